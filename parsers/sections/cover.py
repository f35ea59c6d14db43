"""Cover page -> report_date, event_date, registrants[], securities[].

Schema slice (SPEC.md), from sample 000::

    report_date "2000-08-03", event_date "2000-08-02",
    registrants [{name "CTC COMMUNICATIONS GROUP, INC.", cik null, state_of_incorporation
                  "Delaware", commission_file_number "0-27505", irs_employer_id "04-3469590",
                  address {street "220 Bear Hill Rd.", city "Waltham", state "Massachusetts",
                           zip "02451"}, phone "(781) 466-8080", former_name null}]
    securities  [{title, trading_symbol, exchange}]

Sources, in order of trust: the cover text as printed (read by column, cover_layout), the iXBRL
dei: facts of 2019+ covers (a combined filing's each the registrant's whose legal-entity member
its context names, an address tagged once every registrant's), then the SGML header (cik
always; other fields only where the cover is silent; a cover registrant pairs with the header
filer of its name, else of its IRS or file number: merge_registrants). A combined filing's
address and telephone printed once above or under its registrants' table are every
registrant's. Where
cover and header disagree on name, state or IRS number, both are kept (the header stays in
`header`) and a warning says so (also for a cover IRS number of the wrong length, which is
dropped for the header's). A cover that prints its name with no caption (old
8-Ks and 10-Qs) gives it from the name line that the header's filer confirms (cover_names).
A date of report is read after, above or under its caption (up to four blank lines under it:
_date_near), spelt out or in figures, a date typed with hyphens and a two-digit year there
too ("8-10-94": _cover_find), and there only the month's name with a two-digit year
("10-Aug-94"), the day's ordinal before "day of" ("10th day of August, 1994") and slashes set
between spaces ("8 / 10 / 94": values.placed_dates), hyphens set between spaces ("10 - Aug -
94", each its own way: "10 -Aug- 94", or one hyphen beside spaces: "10 -Aug 94") and the
day spelt out ("August Tenth, 1994", "the tenth day of August, 1994"). A former name
printed after "Formerly" ("Formerly Union Camp Paper Company", "(formerly known as ...)",
"f/k/a ...") is the name without that word (_former_word_dropped).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..envelope.xml_primary import xml_filer, xml_filer_details, xml_period, xml_root
from ..forms.header_fields import block, first, header_companies, header_period, place_name
from ..forms.header_phone import header_phone
from ..lazy_re import lazy
from ..linescan import LinePattern
from ..model import XBRL
from ..pipeline import Context
from ..record import empty_registrant
from ..regex_cache import compiled
from ..text.ixbrl import ENTITY_FACTS, fact_contexts
from ..values import (
    DATE_RE,
    US_STATES,
    comma_for_stop,
    find_dates,
    irs_number,
    month_end,
    parse_date,
    placed_dates,
    squash,
    state_code,
)
from .cover_address import SPACED_HYPHEN, phone_after_zip, read_phone, split_address
from .cover_block import phone_under_address, prose_phone
from .cover_chunks import NONE_VALUES, Caseless, lowered, rendered_cells
from .cover_layout import read_captioned
from .cover_names import (
    PROXY_CAPTIONS,
    SUBJECT_CAPTIONS,
    foreign_issuer_block,
    name_line,
    name_over_caption,
    plan_issuer,
    prospectus_block,
    same_company,
    subject_companies,
    uncaptioned_block,
    unmarked,
)
from .cover_securities import securities_after_boxes, securities_from_facts, securities_in_cover
from .cover_table import read_registrant_table

COVER_LIMIT = 20000  # covers are on page one; this bounds the work on 100 MB 10-Ks
# newline-led (LinePattern): the engine skips from line to line instead of trying each character
_ITEM_START = r"^[ \t]*(?:ITEM|Item)[ \t\xa0]*\d|^[ \t]*PART[ \t]+I\b"
_COVER_END = LinePattern(_ITEM_START + r"|^[ \t]*Check the appropriate box")
_BODY_START = LinePattern(_ITEM_START)  # where the 12(b) table after the check boxes ends
# Labels in lower case, searched in the lowered region (Caseless: same matches as re.I).
_REPORT_LABEL = Caseless(r"date\s+of\s+report")
# ("Date of Event Which Requires Filing of this Statement": a Schedule 13D or 13G; an old
# 8-K's "Date of Event: January 24, 1994" alone, no report's date, see _event_alone)
_EVENT_LABEL = Caseless(
    r"earliest\s+event|event\s+reported|date\s+of\s+event\b(?:\s+(?:which|reported))?")
_PERIOD_LABEL = Caseless(
    r"(?:fiscal\s+year|financial\s+year|quarterly\s+period|period|six\s+months|month)\s+ended")
# Older spellings, read only near the top of the cover, where a 10-K or 10-Q states its period
# (further down, a press release's "for the quarter ended" is no period of the filing):
# "For the quarter ended June 30, 1995", "For the year ended ...", "... fiscal year ending ...",
# with no "the" too as a cover line of its own ("For Quarter Ended March 31, 1996"; inside a
# sentence, "the Annual Report on Form 10-K for year ended December 31, 1996" is another's)
# (retailers count weeks: "For the fifty-two weeks ended January 31, 2015", "For the 13
# weeks ended June 28, 2014"; a text Form 13F's "Report for the Calendar Year or Quarter
# Ended: June 30, 2000")
_PERIOD_SPAN = (r"(?:fiscal\s+|calendar\s+year\s+or\s+)?(?:quarter(?:ly\s+period)?|year"
                r"|(?:three|six|nine|twelve)"
                r"\s+months|(?:\d{2}|twelve|thirteen|sixteen|twenty-four|twenty-six|twenty-eight"
                r"|thirty-six|thirty-nine|forty|fifty-two|fifty-three)[\s-]weeks)\s+end(?:ed|ing)")
_PERIOD_TOP = Caseless(
    rf"\bfor\s+the\s+{_PERIOD_SPAN}|(?m:^)[ \t]*for\s+{_PERIOD_SPAN}|fiscal\s+year\s+ending")
# Where _PERIOD_TOP matches, led by its first characters ("\bfor" as a lookbehind after
# "for", a line's start as the newline before it): the engine skips to each "f" and newline
# instead of trying _PERIOD_TOP at every character (see _period_top)
_PERIOD_TOP_AT = Caseless(
    rf"for(?<!\wfor)\s+the\s+{_PERIOD_SPAN}|\n[ \t]*for\s+{_PERIOD_SPAN}|fiscal\s+year\s+ending")
_TOP = 3000
_TRANSITION = Caseless(r"transition\s+period\s+from\b")
# a 10-D's "For the monthly distribution period from: February 21, 2007 to March 20, 2007":
# its period of report is the period's end
_DISTRIBUTION = Caseless(r"distribution\s+period\s+from\b")
# An old 8-K may print its date alone, unlabelled, on the line under the Act line (Zurn 1994):
#     Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934
#                                April 19, 1994
_ACT_LINE = Caseless(r"exchange\s+act\s+of\s+1934")
# a foreign issuer's 6-K reports on a month: "For the month of March, 2009" ("\bfor" as a
# lookbehind after "for": led by a literal, the scan jumps to each "for" instead of trying a
# match at every character)
_MONTH_OF = Caseless(r"for(?<!\wfor)\s+the\s+month\s+of\b[:\s]{0,5}")
# or on a day: "Report on Form 6-K dated March 3, 2004"
_DATED_6K = Caseless(r"form\s+6-k\s+dated\b[:\s]{0,5}")
# or on a line of its own under the form lines: "Dated March 3, 2004"
_DATED_LINE = Caseless(r"(?m)^[ \t]{0,80}dated\b:?[ \t]{0,5}")
# Forms with no period of report: registration statements, prospectuses, schedules, proxies
_NO_PERIOD_FORMS = ("S-", "F-1", "F-3", "F-4", "F-6", "SB-", "424", "SC ", "DEF", "PRE",
                    "CORRESP", "UPLOAD")
# a registration statement's own number, a legend alone on its line atop its cover:
# "                    Registration No. 333-140123" (the file number EDGAR files it under,
# maybe closed by a full stop; "333-" left blank on a first filing is none); in a sentence or
# a check box it is another statement's ("the Registration Statement on Form S-8
# (Registration No. 333-120456)", "[X] Registration No. 333-140123" of a Rule 462(b)
# filing's earlier statement)
_REGISTRATION_NO = compiled(r"^[ \t]*registration[ \t]+(?:statement[ \t]+)?no\.?:?[ \t]*"
                            r"(\d{2,3}-\d{3,6})\.?[ \t]*$", re.M)
_REGISTRATION_FORMS = ("S-", "SB-", "F-1", "F-3", "F-4", "POS AM", "424")
_RULE = " \t-=_"  # the characters of a rule line under a value
_RULE_LINES = f"{_RULE}\n"  # blank or rule lines under a caption, its value under them
_BLANKS = 4  # such lines passed over at most (a value further down is no longer the caption's)
_DIGIT = compiled(r"\d")
_FILE_NUMBER = compiled(r"\b\d{1,4}-\d{2,6}(?:-\d{1,3})?\b")
# a file number's hyphen typed with a space on either side or both: "001 - 14905", "0 -27505"
# a dot leader: four dots or more, or dots spaced out (". . . .")
_LEADER = compiled(r"\.(?:[ ]?\.){3,}")


def cover_region(text: str) -> str:
    # the cover ends where the first item begins (not in the first lines: a TOC may lead);
    # searched up to COVER_LIMIT in place, so only the cover itself is copied
    match = _COVER_END.search(text, 200, min(len(text), COVER_LIMIT))
    return text[: _COVER_END.line_start(match) if match else COVER_LIMIT]


# A typeset dash between digits ("001\u201335551", "98052\u20136399"): the hyphen of a file
# number or ZIP+4 code, which the readers and value shapes spell with "-"
_TYPESET_DASHES = "\u2010\u2011\u2012\u2013"
_DIGIT_DASH = compiled(rf"(?<=\d)[{_TYPESET_DASHES}](?=\d)")


def _plain_dashes(region: str) -> str:
    """The region with _DIGIT_DASH read as "-": one character for one, so offsets hold."""
    if not any(dash in region for dash in _TYPESET_DASHES):
        return region
    return _DIGIT_DASH.sub("-", region)


# a telephone number's area code typed with blanks inside its brackets or more than one after
# them: "( 781 ) 237-5100", "( 781 )237-5100", "(847)  286-2500" (the blanks would cut it
# into two columns, or leave a bracket that is no number's)
_SPACED_AREA = compiled(r"\([ ]?(\d{3})[ ]?\)([ ]{0,4})(\d{3}[-.]\d{4})(?![\d-])")


def _closed_phone(match: re.Match[str]) -> str:
    """ "(781) 237-5100", the blanks it saves after it: one character for one ("(781)237-5100",
    no blank to move, stays as printed)."""
    phone = f"({match.group(1)}) {match.group(3)}"
    if len(phone) > len(match.group(0)):
        return match.group(0)
    return phone + " " * (len(match.group(0)) - len(phone))


def _closed_phones(region: str) -> str:
    """The region with _SPACED_AREA's numbers closed up (offsets hold)."""
    if "( " not in region and " )" not in region and ")  " not in region:
        return region
    return _SPACED_AREA.sub(_closed_phone, region)


def _blank_leaders(region: str) -> str:
    """Dot leaders ("Delaware..........04-2462252", ". . . ."), as 1990s covers typed them
    between a value and the next column, become spaces of the same length: the columns
    and every offset into the region stay."""
    if "...." not in region and ". . ." not in region:
        return region
    return _LEADER.sub(lambda m: " " * len(m.group(0)), region)


def _cover_find(text: str) -> list[tuple[int, str]]:
    """find_dates in a cover date's own place (after or above its caption), where a date
    typed with hyphens and a two-digit year is one too: "Date of Report ...: 3-3-25", and so
    are placed_dates' spellings ("10-Aug-94", "10th day of August, 1994", "8 / 10 / 94")."""
    return placed_dates(text, find_dates(text, dashed=True))


def _date_near(text: str, start: int, stop: int | None = None,
               known: list[tuple[int, str]] | None = None, days: bool = False) -> str | None:
    """The first date after `start` on its line or the next non-blank line, before `stop`
    (a rule under a caption is passed over: "Date of Report ..." / "-----" / "May 1, 1996";
    so are up to _BLANKS blank lines, a date set well under its caption: "Date of Report ...:"
    / "" / "" / "August 10, 1994"). `known`: _cover_find(text[start:stop]), when the caller has
    it (not read again). `days`: a range's first day, or the first of two days, is the date
    ("June 30 - July 2, 2003")."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    nxt = text.find("\n", end + 1)
    skipped = 0
    while nxt > 0 and skipped < _BLANKS and not text[end + 1 : nxt].strip(_RULE_LINES):
        nxt = text.find("\n", nxt + 1)
        skipped += 1
    limit = len(text) if nxt < 0 else nxt
    if stop is not None:
        limit = min(limit, stop)
    dates = known if known is not None and limit == stop else _cover_find(text[start:limit])
    if days and (first := _span_first(text[start:limit], dates)):
        return first
    if not dates and "_" in text[start:limit]:
        # a date typed on its fill-in blank: "For the quarterly period ended ___June 30, 2002___"
        dates = _cover_find(text[start:limit].replace("_", " "))
    if not dates and "\n" in text[start:limit]:
        # a date wrapped at the line's end: "...reported): March 3," over "2014"
        dates = _cover_find(squash(text[start:limit]))
    if not dates and (stop is None or limit < stop) and _DAY_OF_MONTH.search(
            text[max(start, limit - 20) : limit]):
        # a date under the caption wrapped in turn: "DECEMBER 15," over "1998"
        year, year_end = _line_after(text, limit)
        if _YEAR.fullmatch(year):
            dates = _cover_find(squash(text[start : len(text) if year_end < 0 else year_end]))
    return dates[0][1] if dates else None


# a month's day with no year at a line's end ("DECEMBER 15,", "August 9,"), and a year alone
_DAY_OF_MONTH = compiled(r"[A-Za-z]{3}\.?[ \t]{1,3}\d{1,2},?[ \t]*$")
_YEAR = compiled(r"(?:19|20)\d\d")


def _earliest_of_two(text: str, start: int) -> str | None:
    """The earlier of two dates joined by "and" on the combined caption's line ("August 2,
    2000 and August 1, 2000"), or on the line under it when the caption's line has no digit:
    the date of report is the earliest event's, as it says."""
    end = text.find("\n", start)
    line = text[start : len(text) if end < 0 else end]
    if end >= 0 and not _DIGIT.search(line):
        line = _next_line(text, end)
    # (a cover typed in capitals: "AUGUST 5 AND 9, 1994")
    if not _joins_days(line):
        return None
    dates = find_dates(line)
    if len(dates) < 2:
        # days of one month, or a month's day before a whole date: "August 5 and 9, 1994",
        # "March 31 and April 2, 1994"
        first = _first_of_days(line)
        return min(first, dates[0][1]) if first and dates else first
    if len(dates) != 2 or not line[dates[0][0] : dates[1][0]].rstrip().endswith((" and", " AND")):
        return None
    return min(dates[0][1], dates[1][1])


# two days joined by "and", or a range's first and last days, before one year: "August 5
# and 9, 1994", "March 31 and April 2, 1994", "June 30 - July 2, 2003", "June 28-30, 2003",
# "December 30 through January 2, 2004" (the first day in the year before)
_TWO_DAYS = compiled(r"\b([A-Za-z]{3,9}\.?[ \t]{1,3}\d{1,2})(?:st|nd|rd|th|ST|ND|RD|TH)?,?"
                     r"(?:[ \t]{1,3}(?:and|AND|to|TO|through|THROUGH|thru)[ \t]{1,3}"
                     r"|[ \t]{0,3}[-\u2013\u2014][ \t]{0,3})"
                     r"(?:([A-Za-z]{3,9})\.?[ \t]{1,3})?\d{1,2}"
                     r"(?:st|nd|rd|th|ST|ND|RD|TH)?,"
                     r"[ \t]{0,3}((?:19|20)\d\d)\b")
# what a line joining two days holds (the pattern is tried only on such a line)
_JOINS = (" and ", " AND ", "-", "\u2013", "\u2014", " to ", " TO ", "thr", "THR")


def _joins_days(line: str) -> bool:
    return any(join in line for join in _JOINS)


def _first_of_days(line: str) -> str | None:
    """The first of two days joined by "and" or a range's dash, "to" or "through" before one
    year ("August 5 and 9, 1994", "June 30 - July 2, 2003"), as a date of that year."""
    found = _days_span(line)
    return found[1] if found else None


def _days_span(line: str) -> tuple[int, str] | None:
    """(offset, ISO date) of _first_of_days's date."""
    match = _TWO_DAYS.search(line)
    if match is None:
        return None
    year = int(match.group(3))
    dates = find_dates(f"{match.group(1)}, {year}")
    if dates and match.group(2):  # a last day in an earlier month is in the next year
        last = find_dates(f"{match.group(2)} 1, {year}")
        if last and last[0][1][5:7] < dates[0][1][5:7]:
            dates = find_dates(f"{match.group(1)}, {year - 1}")
    return (match.start(), dates[0][1]) if dates else None


def _span_first(text: str, dates: list[tuple[int, str]]) -> str | None:
    """The first day of a range or pair of days in `text` ("June 30 - July 2, 2003") that
    opens before its first whole date (`dates`: find_dates(text)): the earliest date
    printed."""
    found = _days_span(text) if _joins_days(text) else None
    return found[1] if found and (not dates or found[0] <= dates[0][0]) else None


def _line_above(text: str, pos: int) -> str:
    """The last non-blank line above the line of `pos`, or the one over it if that is a rule."""
    line_start = text.rfind("\n", 0, pos) + 1
    lines = text[max(0, line_start - 300) : line_start].rstrip().rsplit("\n", 2)
    above = lines[-1]
    if len(lines) > 1 and above.strip(_RULE) == "" and above.strip():
        above = lines[-2]
    return above


def _date_above(text: str, pos: int) -> str | None:
    """A date alone on the line above a caption such as "(Date of Report)", maybe over a
    rule ("June 3, 1996" / "-------" / "Date of Report (...)"); a range's first day."""
    above = _line_above(text, pos)
    if _YEAR.fullmatch(above.strip()):
        # the date wrapped over two lines: "DECEMBER 15," over "1998" over the caption
        over = _line_above(text, text.rfind(above, 0, pos))
        if _DAY_OF_MONTH.search(over):
            above = f"{over.strip()} {above.strip()}"
    dates = _cover_find(above)
    if dates and len(squash(above)) < 40:
        return _span_first(above, dates) or dates[-1][1]
    return None


def _date_left(text: str, pos: int) -> str | None:
    """A date alone in the column left of the caption on its line (a table's cell beside
    it: "February 9, 2012" + tab + "Date of Report (Date of earliest event reported)")."""
    head = text[text.rfind("\n", 0, pos) + 1 : pos].strip()
    if not head or len(head) > 25 or not _DIGIT.search(head):
        return None
    dates = _cover_find(head)
    return dates[0][1] if len(dates) == 1 and dates[0][0] == 0 else None


def _dated_event(text: str, start: int) -> tuple[str, str] | None:
    """(report, event) from one combined caption's line that prints both, the event's in
    brackets: "Date of report (Date of earliest event reported) June 3, 1996 (May 31, 1996)",
    with the bracketed date alone on the next line, under the first, or both on that line."""
    end = text.find("\n", start)
    line = text[start : len(text) if end < 0 else end]
    if end >= 0 and "(" not in line:
        below, below_end = _line_after(text, end)
        if _bracketed(below):
            line = f"{line} {below}"
        elif not _DIGIT.search(line):
            line = below  # both under the caption: "March 3, 2008 (February 28, 2008)"
            if "(" not in below and below_end >= 0:
                # or one over the other: "March 3, 2014" over "(February 27, 2014)"
                after = _line_after(text, below_end)[0]
                if _bracketed(after):
                    line = f"{below} {after}"
                else:
                    return _date_columns(below)
    elif end >= 0 and line.rfind("(") > line.rfind(")"):
        # the bracketed date wrapped: "March 3, 2014 (February" over "27, 2014)"
        line = f"{line} {_next_line(text, end)}"
    return _two_dates(line)


_COLUMN_GAP = compiled(r"\t|[ ]{2,}")


def _date_columns(line: str) -> tuple[str, str] | None:
    """(report, event) of two dates side by side under the combined caption, each in a column
    of its own ("March 16, 1999      March 12, 1999"); the event is not after the report."""
    parts = _COLUMN_GAP.split(line)
    if len(parts) != 2:
        return None
    dates = [_cover_find(p) for p in parts]
    if any(len(d) != 1 or d[0][0] != 0 or len(p) > 25 for d, p in zip(dates, parts, strict=True)):
        return None
    report, event = dates[0][0][1], dates[1][0][1]
    return (report, event) if event < report else None


def _side_by_side(gap: str) -> bool:
    """The text between two captions on one line parts two columns (a bracket closed, or a
    run of blanks), not one combined caption's words ("Date of Report (Date of earliest")."""
    return "\n" not in gap and (")" in gap or "  " in gap or "\t" in gap)


def _bracketed(line: str) -> bool:
    return line.startswith("(") and line.endswith(")")


def _next_line(text: str, end: int) -> str:
    """The first non-blank line after the newline at `end` (blank lines skipped, at most 2)."""
    return _line_after(text, end)[0]


def _line_after(text: str, end: int) -> tuple[str, int]:
    """_next_line, and the offset of the newline ending it (-1 at the end of `text`)."""
    for _ in range(3):
        below_end = text.find("\n", end + 1)
        below = text[end + 1 : len(text) if below_end < 0 else below_end].strip()
        if below or below_end < 0:
            return below, below_end
        end = below_end
    return "", end


def _two_dates(line: str) -> tuple[str, str] | None:
    """(report, event) of a line printing both, the event's in brackets: "June 3, 1996
    (May 31, 1996)"; of two events' dates joined by "and" in the brackets ("August 9, 1994
    (August 5 and 8, 1994)"), the earlier, as the caption asks."""
    dates = _cover_find(line) if "(" in line else []
    bracket = line.find("(", dates[0][0]) if dates else -1
    if bracket < 0 or not 1 <= len(dates) <= 3 or dates[1:2] and dates[1][0] < bracket:
        return None
    events = [date for _, date in dates[1:]]
    if len(events) == 2 and not line[dates[1][0] : dates[2][0]].rstrip().endswith(
            (" and", " AND")):
        return None
    if len(events) < 2 and _joins_days(line[bracket:]) and (
            first := _first_of_days(line[bracket:])):
        events.append(first)
    event = min(events, default=None)
    return (dates[0][1], event) if event and event != dates[0][1] else None


def cover_dates(region: str) -> tuple[str | None, str | None]:
    """(report_date, event_date). One combined caption fills both."""
    return _cover_dates(region, lowered(region))


def _cover_dates(region: str, low: str | None, periodic: bool = True,
                 foreign: bool = False) -> tuple[str | None, str | None]:
    """cover_dates, with `low` = lowered(region) for the label searches. `periodic`: the form
    reports on a period ("For the fiscal year ended ..." is its date of report); `foreign`:
    the form is a 6-K."""
    # same length, so `low`'s offsets hold: "March\xa03,\xa02008", "March 3 , 2008" (a
    # rendered page's spans) read as dates
    if "\xa0" in region:
        region = region.replace("\xa0", " ")
    if " ," in region:
        region = region.replace(" ,", ", ")
    if ". 19" in region or ". 20" in region:
        region = comma_for_stop(region)
    rep = _REPORT_LABEL.search(region, low)
    evt = _event_label(region, low, rep.start() if rep else 0)
    # the dates between the two labels (read once: the report's date is looked for there too)
    between = _cover_find(region[rep.end() : evt.start()]) \
        if rep and evt and evt.start() - rep.end() < 60 else None
    if rep and evt and between == [] and _span_first(region[rep.end() : evt.start()], between):
        between = None  # the report's date is days of one month: "June 28-30, 2003"
    if between and _inside_caption(region[rep.end() : evt.start()], between):
        return between[0][1], between[0][1]
    if rep and evt and between == []:
        # both dates after the caption, or above it: "May 5, 2008 (May 1, 2008)"
        above = squash(_line_above(region, rep.start()))
        two = _dated_event(region, evt.end()) or (_two_dates(above) if len(above) < 60 else None)
        if two is None and _side_by_side(region[rep.end() : evt.start()]):
            # two captions side by side, each under its own date: "June 5, 1997    June 2,
            # 1997" over "(Date of Report)    (Date of earliest event reported)"
            two = _date_columns(_line_above(region, rep.start()).strip())
        if two:
            return two
        date = _earliest_of_two(region, evt.end()) or _date_near(region, evt.end()) \
            or _date_above(region, rep.start()) or _date_left(region, rep.start())
        return date, date
    report = event = None
    if rep and region[rep.end() : rep.end() + 3].lower() == "ing":
        # a fund's "Date of reporting period: 7/1/07 - 6/30/08" (N-CSR, N-Q, N-PX): its end
        report = _range_end(region, rep.end())
    elif rep:
        report = _date_near(region, rep.end(), evt.start() if evt else None, between, True)
        report = report or _date_above(region, rep.start())
    if evt:
        event = _date_near(region, evt.end(), days=True) or _date_above(region, evt.start())
    if report is None and event is None and periodic:
        period = _PERIOD_LABEL.search(region, low)
        top = _period_top(region[:_TOP], low[:_TOP] if low is not None else None)
        if top and (period is None or top.start() < period.start()):
            period = top
        act = _act_date(region, low)
        if period is None and "distribution" in region[:_TOP].lower():
            period = _DISTRIBUTION.search(region[:_TOP], low[:_TOP] if low is not None else None)
            if period is not None:
                return _range_end(region, period.end()), None
        if act and (period is None or act[0] < period.start()):
            report = act[1]
        elif period:
            # "(Fiscal Year Ended)" captions the date above it, in its column
            above = _date_above(region, period.start()) if _bracketed_label(region, period) \
                else None
            report = above or _date_near(region, period.end()) or _transition_end(region, low)
        else:  # a transition report that prints no fiscal year line, or a 6-K's month
            report = _transition_end(region, low) or _foreign_report(region, low, foreign)
    elif report is None and not _event_alone(evt):
        report = event  # "Date of earliest event reported" alone is the date of the report
    return report, event


def _foreign_report(region: str, low: str | None, foreign: bool = False) -> str | None:
    """A 6-K's date of report: the last day of the month it reports on ("For the month of
    March, 2009"), or the day printed there or after "Form 6-K dated" ("For the month of
    March 3, 2004", "Report on Form 6-K dated March 3, 2004")."""
    label = _MONTH_OF.search(region, low) or _DATED_6K.search(region, low)
    if label is None:
        return _dated_line(region, low, foreign)
    after = region[label.end() : label.end() + 60]
    day = find_dates(after)
    if day and day[0][0] == 0:
        return day[0][1]
    return month_end(after)


def _dated_line(region: str, low: str | None, foreign: bool = False) -> str | None:
    """The day of a line that prints only "Dated" and a date ("Dated March 3, 2004") under
    a 6-K's form line, or (`foreign`: the form is a 6-K) under its "Report of Foreign
    Private Issuer" title; a line saying more is a sentence's, one under "SIGNATURE" the
    signer's."""
    top, low_top = region[:_TOP], low[:_TOP] if low is not None else None
    if "ated" not in top and "ATED" not in top:
        return None
    found = _DATED_LINE.search(top, low_top)
    if found is None:
        return None
    head = (top.lower() if low_top is None else low_top)[: found.start()]
    # (a signature's or a prospectus's "Dated" line: only a 6-K cover's is read)
    if ("6-k" not in head and not (foreign and "foreign" in head)) or "signature" in head:
        return None
    end = top.find("\n", found.end())
    line = top[found.end() : len(top) if end < 0 else end].rstrip()
    day = find_dates(line)
    return day[0][1] if len(day) == 1 and day[0][0] == 0 and len(line) <= 22 else None


def _period_top(top: str, low: str | None) -> re.Match[str] | None:
    """_PERIOD_TOP.search(top, low), the same match: _PERIOD_TOP matched where _PERIOD_TOP_AT
    finds its first match (after the newline it may start with), or at the very start."""
    text, pattern = (top, _PERIOD_TOP.folded) if low is None else (low, _PERIOD_TOP.lower)
    found = pattern.match(text)  # (a line at the start has no newline before it)
    if found is None:
        lead = _PERIOD_TOP_AT.search(top, low)
        if lead is not None:
            at = lead.start()
            found = pattern.match(text, at + 1 if text[at] == "\n" else at)
    return found


def _bracketed_label(region: str, label: re.Match[str]) -> bool:
    """The period label opens a bracketed caption: "(Fiscal Year Ended)", "(For the fiscal
    year ended)", under its date as 1990s covers print it beside "(Commission File No.)"."""
    head = region[region.rfind("\n", 0, label.start()) + 1 : label.start()].strip()
    return head[:1] == "(" and len(head) <= 9 and region[label.end() : label.end() + 1] == ")"


def _event_alone(label: re.Match[str] | None) -> bool:
    """The label is an old 8-K's "Date of Event": the event's date, not the report's (that is
    the header's period of report, where there is a header)."""
    return label is not None and label.group()[0] in "dD" and label.group()[-1] in "tT"


def _event_label(region: str, low: str | None, pos: int) -> re.Match[str] | None:
    """_EVENT_LABEL searched from `pos`; each spelling holds "event", so a cover without the
    word (most 10-Ks and 10-Qs) is not scanned at every "e" and "d"."""
    if low is not None and low.find("event", pos) < 0:
        return None
    return _EVENT_LABEL.search(region, low, pos)


def _inside_caption(gap: str, dates: list[tuple[int, str]]) -> bool:
    """The one date between the two labels stands inside one combined caption wrapped over
    two lines: "Date of Report (Date of earliest      July 22, 2004" over "event
    reported):" (its bracket opened before the date and closed after it, no other figure
    between): the date of both."""
    if len(dates) != 1:
        return False
    head = gap[: dates[0][0]].strip()
    return head.startswith("(") and ")" not in head and "date of" in head.lower() \
        and "\n" in gap[dates[0][0] :] and not _DIGIT.search(head)


def _range_end(region: str, start: int) -> str | None:
    """The last date of a period printed after its label, on its line or, none there, on
    the next non-blank line ("from:" over "June 1, 2016 to June 30, 2016")."""
    end = region.find("\n", start)
    line = region[start : len(region) if end < 0 else end]
    dates = find_dates(line)
    if not dates and end >= 0:
        dates = find_dates(_next_line(region, end))
    return dates[-1][1] if dates else None


def _transition_end(region: str, low: str | None) -> str | None:
    """A transition report's period end, where the fiscal year's date is left blank: "For
    the transition period from July 1, 2012 to December 31, 2012" (a 10-KT's or 10-QT's)."""
    found = _TRANSITION.search(region[:_TOP], low[:_TOP] if low is not None else None)
    if found is None:
        return None
    end = region.find("\n", found.end())
    dates = find_dates(region[found.end() : end if end >= 0 else len(region)])
    return dates[-1][1] if len(dates) == 2 else None


def _act_date(region: str, low: str | None) -> tuple[int, str] | None:
    """(offset, date) of a date standing alone on the line under the Act line at the top of
    the cover; a 10-Q's "For the quarterly period ended ..." there is a label, not this."""
    act = _ACT_LINE.search(region[:_TOP], low[:_TOP] if low is not None else None)
    if act is None:
        return None
    end = region.find("\n", act.end())
    if end < 0:
        return None
    line = _next_line(region, end)
    alone = line.strip("().")  # "April 19, 1994", "September 22, 2000", "(May 1, 1995)"
    dates = find_dates(alone) if len(alone) <= 20 else []
    if len(dates) == 1 and dates[0][0] == 0:
        return region.find(line, end), dates[0][1]
    return None


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = squash(value).strip("()")
    if value[:1] == "[":  # "[Not Applicable]", "[None]": bracketed as a template prints it
        return None if NONE_VALUES.match(value.strip("[]")) else value
    return None if not value or NONE_VALUES.match(value) or _NONE_RUN.fullmatch(value) \
        else value


# several values that each state nothing, side by side over one caption ("Not applicable
# N/A": the former name's and the former address's), or "N/A, N/A"
_NONE_RUN = compiled(r"(?:n ?/ ?a|n\.? ?a|none|not\s+applicable)\.?"
                     r"(?:[ ,;]{1,4}(?:n ?/ ?a|n\.? ?a|none|not\s+applicable)\.?){1,4}", re.I)


# What each caption's value must look like; anything else is a misread and stays null.
_VALID = {
    "name": compiled(r"^[^\n]{2,150}$"),
    "state": compiled(r"^[^\d:]{2,40}$"),
    # (wider here: _file_number keeps the first of several numbers, or _ONE_NUMBER's shape)
    "commission_file_number": compiled(r"^(?=.*\d)[0-9A-Za-z\-/ .,;&]{3,40}$"),
    "former_name": compiled(r"^[^\n]{2,200}$"),
}
# (its closing bracket may be gone: _clean strips a value's outer brackets)
_ACT_LABEL = compiled(r"[ ]?\((?:19[34]\d|Securities|Exchange|Investment[ ]Company)[ ]Act\)?")
_NOT_A_VALUE = compiled(r"date\s+of\s+report|telephone\s+number|exact\s+name", re.I)


# a state typed with its entity's form: "a Delaware corporation", "an Ohio limited
# partnership", "Maryland corporation" (the state alone is the value); only a U.S. state:
# "a limited partnership", "a bank holding company" and "a Cayman Islands exempted company"
# stay as printed
_STATE_FORM = compiled(
    r"(?:an?[ ]+)?(?P<state>[^\d:]{2,40}?)[ ]+(?:business[ ]+|statutory[ ]+|banking[ ]+"
    r"|general[ ]+|real[ ]+estate[ ]+investment[ ]+)?"
    r"(?:corporation|limited[ ]+liability[ ]+company|(?:limited[ ]+)?partnership|company"
    r"|trust)", re.I)


# a place behind a verb ("Incorporated in Delaware", "Organized under the laws of the State
# of Ohio", "Incorporated in Bermuda"), or a U.S. state behind its title ("State of
# Delaware", "Commonwealth of Pennsylvania"; "State of Israel" is a country's name)
_STATE_LEAD = compiled(
    r"(?P<verb>(?:incorporated|organi[sz]ed)[ ]+(?:in|under[ ]+the[ ]+laws[ ]+of)[ ]+"
    r"(?:the[ ]+)?)?(?:(?:state|commonwealth)[ ]+of[ ]+)?(?P<state>[^\d:]{2,40})", re.I)


def _state_alone(value: str) -> str:
    """The state's name out of "a Delaware corporation", "State of Delaware", ..."""
    typed = _STATE_FORM.fullmatch(value)
    if typed and state_code(typed.group("state")):
        return typed.group("state")
    led = _STATE_LEAD.fullmatch(value)
    if led and led.start("state") and (led.group("verb") or state_code(led.group("state"))):
        return led.group("state")
    return value


def _caption_words(value: str) -> bool:
    """_NOT_A_VALUE is in `value`: a caption's words, read as its value. (The last word of
    each spelling is looked for first: a caseless pattern is tried at every character.)"""
    low = value.lower()
    return ("report" in low or "number" in low or "name" in low) \
        and _NOT_A_VALUE.search(value) is not None


# the word a former name is printed after ("Formerly Union Camp Paper Company", "(formerly
# known as ...)", "f/k/a ..."): a caption's, not the name's
_FORMERLY = compiled(r"(?:formerly(?:[ \t]{1,3}known[ \t]{1,3}as)?|f/k/a)[ \t]{0,3}[:,]?[ \t]{1,3}"
                     r"(?=\S)", re.IGNORECASE)


def _former_word_dropped(value: str) -> str:
    """A former name without the "Formerly" printed before it (the name alone is the value)."""
    match = _FORMERLY.match(value)
    return value[match.end():] if match and len(value) - match.end() >= 2 else value


def _valid(found: dict[str, str], field: str) -> str | None:
    value = _clean(found.get(field))
    if value is None or _caption_words(value):
        return None
    if field == "state" and " " in value and len(value) <= 80:
        value = _state_alone(value)
    if field == "state" and value[-1] == "." and (US_STATES.get(state_code(value) or "", "")
                                                  .lower() == value[:-1].lower()):
        value = value[:-1]  # a state's name closed by a full stop ("Georgia."; not "Calif.")
    if field == "commission_file_number" and " Act" in value:
        value = _ACT_LABEL.sub("", value)  # a fund's "33-12345 (1933 Act)": its Act's label
    if field == "name" and value[-1].isdigit() and DATE_RE.fullmatch(value):
        return None  # (a date printed in the name's column: no company is named so)
    if field == "former_name" and value[:1] in "Ff":
        value = _former_word_dropped(value)
    pattern = _VALID.get(field)
    return value if pattern is None or pattern.match(value) else None


def _address_under_table(table: list[dict[str, Any]], region: str, cells: bool) -> None:
    """The address and telephone captioned once under a table that gives the registrants'
    names, states and numbers a column each (AEP: "1 Riverside Plaza, Columbus, Ohio 43215"
    over "(Address of principal executive offices)" under its subsidiaries' rows): every
    registrant's. Read from the captions after the last row, when they name no registrant;
    else from those above the first row (_address_over_table)."""
    last = table[-1]["irs_employer_id"] or table[-1]["commission_file_number"]
    at = region.rfind(last) if last else -1
    if at < 0:
        return
    shared = _one_address(read_captioned(region[at + len(last) :], cells)) \
        or _address_over_table(table, region, cells)
    if shared is None:
        return
    for reg in table:
        reg["address"] = dict(shared["address"]) if shared["address"] else None
        reg["phone"] = shared["phone"]


def _one_address(groups: list[dict[str, str]]) -> dict[str, Any] | None:
    """The registrant of captions read around a table when they are one address and
    telephone naming no registrant (None otherwise)."""
    if len(groups) != 1 or "name" in groups[0] or not (
            "address" in groups[0] or "phone" in groups[0]):
        return None
    return registrant_from_cover(groups[0])


def _address_over_table(table: list[dict[str, Any]], region: str,
                        cells: bool) -> dict[str, Any] | None:
    """The address and telephone captioned once ABOVE such a table ("10 South Dearborn
    Street" / "(Address of principal executive offices)" between the date of report and the
    rows of the file numbers, names and states): read from the captions before the line of
    the first row's first value."""
    first = table[0]
    values = [v for v in (first["commission_file_number"], first["name"],
                          first["irs_employer_id"]) if v]
    found = [at for at in (region.find(v) for v in values) if at >= 0]
    if not found:
        return None
    line = region.rfind("\n", 0, min(found)) + 1
    return _one_address(read_captioned(region[:line], cells))


def registrant_from_cover(found: dict[str, str]) -> dict[str, Any]:
    reg = empty_registrant()
    reg["name"] = unmarked(_valid(found, "name") or _valid(found, "translated_name"))
    reg["state_of_incorporation"] = _valid(found, "state")
    reg["commission_file_number"] = _file_number(_valid(found, "commission_file_number"))
    reg["irs_employer_id"] = irs_number(found.get("irs_employer_id"))
    zip_code = _clean(found.get("zip"))
    if zip_code and zip_code[-1] == "." and zip_code[-2:-1].isdigit():
        zip_code = zip_code[:-1]  # closed by a full stop: "60504."
    zip_code, zip_phone = phone_after_zip(zip_code)
    address = _clean(found.get("address"))
    if address and ("city" in found or "country" in found):
        # the city and country in columns of their own: parts of the address
        address = ", ".join(v for v in (address, _clean(found.get("city")),
                                        _clean(found.get("country"))) if v)
    reg["address"] = split_address(address, zip_code)
    phone = found.get("phone") or ""
    reg["phone"] = read_phone(phone) or zip_phone
    former = _valid(found, "former_name")
    reg["former_name"] = None if former and _own_town(former, reg["address"]) else former
    cik = (found.get("cik") or "").strip()
    if cik.isdigit() and len(cik) <= 10:
        reg["cik"] = cik.zfill(10)  # as the header prints it
    return reg


def _own_town(former: str, address: dict[str, Any] | None) -> bool:
    """The former name is the registrant's own town and state, as its address prints them
    ("Tempe, Arizona" under the former-name caption of a company at "..., Tempe, Arizona
    85283"): the address's city line taken again, no former name or address."""
    if address is None or not address["city"] or not address["state"] or "," not in former:
        return False
    town, _, state = former.rstrip(" .").rpartition(",")
    state = state.strip()
    return town.strip().lower() == address["city"].lower() and state_code(state) is not None \
        and state_code(state) == state_code(address["state"])


def _file_number(value: str | None) -> str | None:
    """The number alone when a neighbouring column's word ran into it ("Delaware 0-25372");
    its hyphen typed with spaces ("001 - 14905") closed up; the first of a registrant's two
    numbers ("001-35551, 333-123456", "... and ...", stacked in one cell)."""
    if value is None:
        return None
    if value[-1] == "." and value[-2:-1].isdigit():
        value = value[:-1]  # a sentence's full stop: "Commission File Number: 0-10030."
    if " " not in value and "/" not in value and "," not in value:
        return value if _ONE_NUMBER.match(value) else None
    if "- " in value or " -" in value:
        value = SPACED_HYPHEN.sub("-", value)
    match = _FILE_NUMBER.search(value)
    if match and not _DIGIT.search(value[: match.start()] + value[match.end() :]):
        return match.group(0)
    if match and _SEVERAL_NUMBERS.fullmatch(value):
        return match.group(0)
    return value if _ONE_NUMBER.match(value) else None


_ONE_NUMBER = compiled(r"(?=.*\d)[0-9A-Za-z\-/ .]{3,25}$")
# a registrant's file numbers one after another: "0-27505, 333-12345", "1-3473 and 1-7293",
# "001-35551/333-123456", two lines of one cell run into one ("001-35551 333-123456")
_SEVERAL_NUMBERS = compiled(
    r"\d{1,4}-\d{2,6}(?:(?:[ ]?[,;/&][ ]?|[ ](?:and[ ])?)\d{1,4}-\d{2,6}){1,3}")


def registrant_from_header(filer: dict[str, Any]) -> dict[str, Any]:
    company = block(filer.get("company_data")) or {}
    values = block(filer.get("filing_values")) or {}
    address = block(filer.get("business_address")) or block(filer.get("mail_address")) or {}
    reg = empty_registrant()
    reg["name"] = first(company, "company_conformed_name", "conformed_name")
    reg["cik"] = first(company, "central_index_key", "cik")
    code = first(company, "state_of_incorporation")
    reg["state_of_incorporation"] = US_STATES.get(code, code) if code else None
    reg["commission_file_number"] = first(values, "sec_file_number", "file_number")
    reg["irs_employer_id"] = irs_number(first(company, "irs_number", "ein"))
    state = first(address, "state")
    if address:
        street = ", ".join(
            v for v in (first(address, "street_1", "street1"), first(address, "street_2",
                                                                      "street2")) if v)
        reg["address"] = {"street": street or None, "city": first(address, "city"),
                          "state": state, "zip": first(address, "zip")}
    reg["phone"] = header_phone(first(address, "business_phone", "phone"), state)
    return reg


def registrant_from_facts(facts: dict[str, list[str]], index: int) -> dict[str, Any]:
    """The `index`th registrant the dei: facts name, each fact taken by position (the
    first value of one tagged once)."""
    def fact(name: str) -> str | None:
        values = facts.get("dei:" + name) or []
        return values[index] if index < len(values) else (values[0] if len(values) == 1
                                                            and index == 0 else None)

    return _registrant_of(fact)


_LEGAL_ENTITY = "LegalEntityAxis="


def _entity_of(members: str) -> str | None:
    """The registrant a fact of a context with these `members` belongs to: "" the
    filing's own entity (no member), a legal-entity member's name for a co-registrant's;
    None for any other member (a former address, a class of stock)."""
    if not members:
        return ""
    if ";" in members or _LEGAL_ENTITY not in members:
        return None
    return members


def registrants_from_facts(facts: dict[str, list[str]]) -> list[dict[str, Any]]:
    """Each registrant the dei: facts name (dei:EntityRegistrantName). A combined filing
    tags each registrant's name, file and IRS numbers in the context of its legal-entity
    member (dei:LegalEntityAxis), and a cover may tag a former address under a member of its
    own: each fact is the registrant's whose entity its context gives, not the one at its
    position (a registrant with no IRS number tagged leaves the next one its own); an address
    and telephone tagged for the filing's own entity alone, printed once, are each
    registrant's that has none tagged. By position when the contexts are not read (one
    context for all, no context list)."""
    names = facts.get("dei:EntityRegistrantName") or []
    members = getattr(facts, "members", None)
    refs = fact_contexts(facts, "dei:EntityRegistrantName")
    if not members or len(refs) != len(names):
        return [registrant_from_facts(facts, i) for i in range(len(names))]
    entities = [_entity_of(members.get(ref, "")) for ref in refs]
    if None in entities or len(set(entities)) != len(entities):
        # (names tagged in one context, or under another member: no entity to pair by)
        return [registrant_from_facts(facts, i) for i in range(len(names))]
    by_entity: dict[str, dict[str, str]] = {}
    for name in ENTITY_FACTS:
        for value, ref in zip(facts.get(name) or [], fact_contexts(facts, name), strict=False):
            entity = _entity_of(members.get(ref, ""))
            if entity is not None:
                by_entity.setdefault(entity, {}).setdefault(name, value)
    shared = {name: value for name, value in by_entity.get("", {}).items()
              if name in _SHARED_FACTS}
    out = []
    for entity in entities:
        own = by_entity.get(entity, {})
        if not any(name in own for name in _SHARED_FACTS):
            own = {**shared, **own}
        out.append(_registrant_of(lambda name, own=own: own.get("dei:" + name)))
    return out


# the facts of an address and telephone printed once for all the registrants
_SHARED_FACTS = frozenset(name for name in ENTITY_FACTS
                          if "Address" in name or name in ("dei:CityAreaCode",
                                                           "dei:LocalPhoneNumber"))


def _registrant_of(fact: Callable[[str], str | None]) -> dict[str, Any]:
    """A registrant from its facts, `fact("EntityFileNumber")` giving each one's value."""
    reg = empty_registrant()
    reg["name"] = fact("EntityRegistrantName")
    reg["cik"] = fact("EntityCentralIndexKey")
    code = fact("EntityIncorporationStateCountryCode")
    reg["state_of_incorporation"] = US_STATES.get(code, code) if code else None
    reg["commission_file_number"] = fact("EntityFileNumber")
    reg["irs_employer_id"] = irs_number(fact("EntityTaxIdentificationNumber"))
    street = ", ".join(v for v in (fact("EntityAddressAddressLine1"),
                                   fact("EntityAddressAddressLine2")) if v)
    city, state, zip_code = (fact("EntityAddressCityOrTown"),
                             fact("EntityAddressStateOrProvince"),
                             fact("EntityAddressPostalZipCode"))
    if street or city or zip_code:
        reg["address"] = {"street": street or None, "city": city, "state": state,
                          "zip": zip_code}
    area, local = fact("CityAreaCode"), fact("LocalPhoneNumber")
    if local:
        area = (area or "").strip("() ")
        reg["phone"] = f"({area}) {local}" if area else local
    return reg


def _distinct(registrants: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A company named twice in the header (subject company and filer) is one registrant."""
    seen: set[str] = set()
    out = []
    for reg in registrants:
        key = reg["cik"] or reg["name"] or ""
        if key and key in seen:
            continue
        seen.add(key)
        out.append(reg)
    return out


def _fill(target: dict[str, Any], source: dict[str, Any]) -> None:
    for key, value in source.items():
        if target.get(key) in (None, "") and value not in (None, ""):
            target[key] = value


# Fields where cover and header can disagree in substance (not just in spelling).
def _compare(ctx: Context, cover: dict[str, Any], header: dict[str, Any], origin: str,
             named: bool = False) -> None:
    """`named`: the two were paired because same_company() holds for their names."""
    if cover["name"] and header["name"] and not named \
            and not same_company(cover["name"], header["name"]):
        ctx.warn("cover_mismatch", f"registrant name: cover {cover['name']!r}, "
                 f"{origin} {header['name']!r}")
    cs, hs = state_code(cover["state_of_incorporation"]), \
        state_code(header["state_of_incorporation"])
    if cs and hs and cs != hs:
        ctx.warn("cover_mismatch", f"state of incorporation: cover "
                 f"{cover['state_of_incorporation']!r}, {origin} "
                 f"{header['state_of_incorporation']!r}")
    ci, hi = cover["irs_employer_id"], header["irs_employer_id"]
    if ci and hi and ci != hi and hi != "00-0000000":
        ctx.warn("cover_mismatch", f"IRS employer id: cover {ci!r}, {origin} {hi!r}")


# an IRS number typed with a digit too few or too many: "03-153200" (Rock of Ages 2000)
_IRS_LIKE = lazy(r"\d{2,3}-\d{5,8}")


def _misprinted_irs(ctx: Context, reg: dict[str, Any], irs: str, origin: str) -> None:
    """A cover IRS number of the wrong length is no number (irs_number drops it, and the
    header's fills its place), but it is a disagreement all the same: warned like one."""
    kept = reg["irs_employer_id"]
    irs = irs.strip(" ()")
    # (irs_number read no number in it; "00-0000000" says none is given)
    if kept and _IRS_LIKE.fullmatch(irs) and irs.strip("0-"):
        ctx.warn("cover_mismatch", f"IRS employer id: cover {irs!r}, {origin} {kept!r}")


def merge_registrants(ctx: Context, cover: list[dict[str, Any]],
                      header: list[dict[str, Any]], origin: str = "header") -> list[dict]:
    """Pair each cover registrant with its header filer (by name, else by position)."""
    if not header:
        return cover
    if not cover:
        return header
    merged: list[dict[str, Any]] = []
    unused = list(range(len(header)))
    for pos, reg in enumerate(cover):
        match = next((i for i in unused if reg["name"] and header[i]["name"]
                      and same_company(reg["name"], header[i]["name"])), None)
        named = match is not None
        if match is None:
            match = next((i for i in unused if _same_numbers(reg, header[i])), None)
        if match is None and pos < len(header) and pos in unused and len(cover) == 1:
            match = pos
        if match is not None:
            unused.remove(match)
            _compare(ctx, reg, header[match], origin, named)
            _fill(reg, header[match])
        merged.append(reg)
    merged.extend(header[i] for i in unused)
    return merged


def _file_key(number: str | None) -> tuple[str, ...] | None:
    """A commission file number's groups without their leading zeros ("001-14236" and
    "1-14236" are one number)."""
    if not number:
        return None
    return tuple(group.lstrip("0") or "0" for group in number.split("-"))


def _same_numbers(cover: dict[str, Any], header: dict[str, Any]) -> bool:
    """The cover row and the header filer carry the same IRS number or file number: one
    company, when the cover prints no name for the row (a name over two rows of numbers)
    or a name the header spells its own way."""
    irs = cover["irs_employer_id"]
    if irs and irs == header["irs_employer_id"] and irs.strip("0-"):
        return True
    key = _file_key(cover["commission_file_number"])
    return key is not None and key == _file_key(header["commission_file_number"])


def _name_block(found: dict[str, str], region: str,
                header: list[dict[str, Any]]) -> dict[str, str]:
    """`found` given the name, and the state and address under it, of the cover's
    uncaptioned name block (old 8-Ks and 10-Qs print the name alone), which must name a
    header filer when there is a header."""
    names = [reg["name"] for reg in header if reg["name"]]
    for field, value in uncaptioned_block(region[:_TOP], names).items():
        if field == "name" or not _clean(found.get(field)):
            found[field] = value
    return found


def _legend_subjects(first: dict[str, Any], region: str,
                     header: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The registrant a Rule 425 legend's first subject company gave (`first`, its file
    number the one typed for it when the legend types one for each) and one more for each
    other subject company the legend names ending in a legal form (a header's filers when
    there is a header)."""
    subjects = subject_companies(region[:_TOP], [reg["name"] for reg in header if reg["name"]])
    if not subjects or subjects[0][0] != first["name"]:
        return [first]
    # (a number under several names, typed for none, is none's own: guessed the first's, it
    # may be the second's; a header fills each its own)
    kept = first["commission_file_number"] if len(subjects) == 1 else None
    first["commission_file_number"] = _file_number(subjects[0][1]) or kept
    cover = [first]
    for name, number in subjects[1:]:
        # (one more only when its name ends in a legal form, as the plural shapes need)
        if not name_line(name) or any(same_company(name, reg["name"]) for reg in cover):
            continue
        reg = empty_registrant()
        reg["name"], reg["commission_file_number"] = name, _file_number(number)
        cover.append(reg)
    return cover


# item B's caption words, read as an address by the address caption inside them
_CAPTION_PROSE = compiled(r"issuer\s+of\s+the|pursuant\s+to\s+the\s+plan|principal\s+executive",
                          re.I)


def _plan_block(groups: list[dict[str, str]], region: str) -> list[dict[str, str]]:
    """An 11-K's one group given its issuer's name and address from under item B; the
    address read by caption is that caption's prose, or the plan's (item A), unless
    nothing under item B could be read and it is a real address."""
    plan = plan_issuer(region[:_TOP])
    if plan is None:
        return []
    found = groups[0] if groups else {}
    if plan or not _real_address(found):
        found = {k: v for k, v in found.items() if k not in ("address", "zip", "city", "country")}
    return [{**found, **plan}]


def _real_address(found: dict[str, str]) -> bool:
    """The address read by caption has a city or postcode and none of item B's caption
    prose (kept when nothing under item B could be read)."""
    address = registrant_from_cover(found)["address"]
    return address is not None and bool(address["city"] or address["zip"]) \
        and not any(_CAPTION_PROSE.search(v or "") for v in address.values())


def _foreign_block(found: dict[str, str], region: str,
                   header: list[dict[str, Any]]) -> dict[str, str]:
    """`found` given what a 6-K prints with no caption under its month: the name (one of the
    header's filers' when there is a header) and the address under it."""
    block = foreign_issuer_block(region[:_TOP])
    names = [reg["name"] for reg in header if reg["name"]]
    if "name" in block and names and not any(same_company(block["name"], n) for n in names):
        return found
    if _clean(found.get("name")) or _clean(found.get("translated_name")):
        block.pop("name", None)  # (the captioned name is the same line)
    for field, value in block.items():
        if not _clean(found.get(field)):
            found[field] = value
    return found


def _registration_number(low: str) -> str | None:
    """The one registration number printed atop a registration statement's cover, above its
    registrant's name caption (none where it lists several, a post-effective amendment to a
    few)."""
    if "registration" not in low:
        return None
    top = low.find("exact name")
    numbers = {m.group(1) for m in _REGISTRATION_NO.finditer(low, 0, top if top > 0 else len(low))}
    return numbers.pop() if len(numbers) == 1 else None


_SCHEDULES = ("SC 13", "SC TO", "SC 14D")
_PROXIES = ("DEF", "PRE")  # DEF 14A, DEFA14A, DEFM14A, PRE 14A, PRE 14C, ...


def _named_over(text: str, phrases: tuple[str, ...]) -> list[dict[str, Any]]:
    """The registrant named over a schedule's or proxy statement's caption, as a list."""
    name = _clean(name_over_caption(text, phrases))
    if name is None:
        return []
    reg = empty_registrant()
    reg["name"] = name
    return [reg]


# A text Form 13F's (1999-2013) manager, under "Institutional Investment Manager Filing this
# Report:": "Name:       Berkshire Hathaway Inc." and "Address:    1440 Kiewit Plaza" over
# "Omaha, NE 68131" in the value's column (each line maybe over a rule to type on)
_MANAGER = compiled(r"Institutional[ \t]+Investment[ \t]+Manager[ \t]+Filing[ \t]+this"
                    r"[ \t]+Report", re.I)
_MANAGER_CAPTION = compiled(r"^(Name|Address):[ \t]*+(?=\S)", re.M)
_MANAGER_CHARS = 800
_MANAGER_LINES = 6  # the address's lines under its caption (rules between them)


def _manager_block(region: str) -> dict[str, str]:
    """{"name", "address"} of a text 13F's manager filing the report, as far as printed."""
    if "nvestment" not in region:
        return {}
    head = _MANAGER.search(region)
    if head is None:
        return {}
    found: dict[str, str] = {}
    for caption in _MANAGER_CAPTION.finditer(region, head.end(), head.end() + _MANAGER_CHARS):
        field = caption.group(1).lower()
        if field in found:
            break
        lines = [_rest_of_line(region, caption.end())]
        if field == "address":
            lines += _column_lines(region, caption.end())
        found[field] = ", ".join(line for line in lines if line)
    return found


def _rest_of_line(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start : len(text) if end < 0 else end].strip()


def _column_lines(text: str, column_start: int) -> list[str]:
    """The lines under the one of `column_start` that start in its column (rules and blank
    lines passed over), up to a line that starts left of it."""
    line_start = text.rfind("\n", 0, column_start) + 1
    column = column_start - line_start
    lines: list[str] = []
    at = text.find("\n", column_start)
    for _ in range(_MANAGER_LINES):
        if at < 0:
            break
        end = text.find("\n", at + 1)
        line = text[at + 1 : len(text) if end < 0 else end]
        at = end
        if not line.strip(_RULE):
            continue
        if len(line) - len(line.lstrip()) != column:
            break
        lines.append(line.strip())
    return lines


def _shared_address(cover: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Co-registrants' blocks (name over its row of numbers) followed by one address and
    telephone, printed once under the last block: the address and telephone of each
    registrant above that has none of its own."""
    if len(cover) < 2 or not (cover[-1]["address"] and cover[-1]["phone"]):
        return cover
    if any(reg["address"] or reg["phone"] or not reg["name"] for reg in cover[:-1]):
        return cover
    for reg in cover[:-1]:
        reg["address"] = dict(cover[-1]["address"])
        reg["phone"] = cover[-1]["phone"]
    return cover


def _unnamed(reg: dict[str, Any]) -> bool:
    """A registrant's cover with no name read: a file number, IRS number or state is
    captioned (a schedule's subject company or a Form 4's issuer is no registrant's cover)."""
    return reg["name"] is None and bool(reg["commission_file_number"] or reg["irs_employer_id"]
                                        or reg["state_of_incorporation"])


def apply(ctx: Context) -> None:
    assert ctx.primary is not None
    printed = cover_region(ctx.primary.text)
    cells = rendered_cells(ctx.primary.format, printed)  # (before leaders turn into blanks)
    printed = _blank_leaders(printed)
    region = _closed_phones(_plain_dashes(printed))  # (a security's title keeps its dashes)
    low = lowered(region)  # one lowered copy for the label and caption searches
    # a prospectus's "For the fiscal year ended ..." is no date of the registration statement
    periodic = not (ctx.form_type or "").startswith(_NO_PERIOD_FORMS)
    report, event = _cover_dates(region, low, periodic,
                                 (ctx.form_type or "").startswith("6-K"))
    facts = ctx.facts
    if not report and facts.get("dei:DocumentPeriodEndDate"):
        report = parse_date(facts["dei:DocumentPeriodEndDate"][0])
    header = ctx.envelope.header if ctx.envelope else None
    ctx.record["report_date"] = report or header_period(header)
    ctx.record["event_date"] = event
    from_header = _distinct([registrant_from_header(b) for b in header_companies(header)])
    form = ctx.form_type or ""
    # a schedule's cover names its subject company alone, the company a header files it
    # under (SUBJECT COMPANY, read from there when there is one); its other captions are
    # the filing persons': their IRS number, their telephone
    schedule = form.startswith(_SCHEDULES)
    if schedule:
        cover = [] if from_header else _named_over(ctx.primary.text, SUBJECT_CAPTIONS)
    else:
        cover = read_registrant_table(region, low)
        if len(cover) > 1 and not any(reg["address"] or reg["phone"] for reg in cover):
            _address_under_table(cover, region, cells)
    typos: list[tuple[dict[str, Any], str]] = []  # (registrant, IRS number misprinted)
    if not cover and not schedule:
        groups = read_captioned(region, cells, low)
        cover = _shared_address([registrant_from_cover(found) for found in groups])
        # (an 11-K filed as a 10-K/A or under a 10-K's type prints its own cover)
        if (form.startswith("11-K") or "11-K" in region[:_TOP]) and len(groups) <= 1 \
                and not (cover and cover[0]["name"]):
            groups = _plan_block(groups, region) or groups
            cover = [registrant_from_cover(found) for found in groups]
        legend = len(cover) == 1 and _unnamed(cover[0])
        if legend:
            cover[0] = registrant_from_cover(_name_block(groups[0], region, from_header))
        if len(cover) == 1 and cover[0]["address"] and cover[0]["phone"] is None and low:
            # (no telephone caption read: the number under the address's own caption)
            cover[0]["phone"] = phone_under_address(region, low)
        if len(cover) <= 1 and (ctx.form_type or "").startswith("6-K") and not (
                cover and cover[0]["name"] and cover[0]["address"]):
            groups = groups or [{}]
            cover = [registrant_from_cover(_foreign_block(groups[0], region, from_header))]
        if form.startswith("13F") and not from_header and not (cover and cover[0]["name"]):
            # (filed with a header, a 13F is its header's filer, as README says)
            manager = _manager_block(region)
            if manager:
                groups = [{**(groups[0] if groups else {}), **manager}]
                cover = [registrant_from_cover(groups[0])]
        if len(cover) == 1 and cover[0]["phone"] is None and low and "telephone" in low:
            cover[0]["phone"] = prose_phone(region, low)  # (no caption: said in a sentence)
        typos = [(reg, found["irs_employer_id"]) for reg, found in zip(cover, groups, strict=True)
                   if reg["irs_employer_id"] is None and found.get("irs_employer_id")]
        if legend:
            cover = _legend_subjects(cover[0], region, from_header)
    cover = [r for r in cover if r["name"] or r["commission_file_number"]]
    if not cover and form.startswith(_PROXIES):
        cover = _named_over(ctx.primary.text, PROXY_CAPTIONS)
    if not cover and not from_header and (ctx.form_type or "").startswith("424"):
        # a bare prospectus: its issuer's name alone atop the cover
        block = prospectus_block(region[:_TOP])
        cover = [registrant_from_cover(block)] if block else []
    if len(cover) == 1 and cover[0]["commission_file_number"] is None \
            and (ctx.form_type or "").startswith(_REGISTRATION_FORMS) \
            and not any(reg["commission_file_number"] for reg in from_header):
        # (the header's file number is the statement's own: the cover's may be another's)
        cover[0]["commission_file_number"] = _registration_number(low[:_TOP])
    origin = "header"
    if facts.get("dei:EntityRegistrantName"):
        tagged = registrants_from_facts(facts)
        cover = merge_registrants(ctx, cover, tagged, "iXBRL") if cover else tagged
        origin = "iXBRL" if facts.get("dei:EntityTaxIdentificationNumber") else origin
    ctx.record["registrants"] = merge_registrants(ctx, cover, from_header)
    for reg, irs in typos:
        _misprinted_irs(ctx, reg, irs, origin)
    securities = securities_in_cover(printed, cells, low) or securities_after_boxes(
        ctx.primary.text, len(region), cells, _BODY_START)
    ctx.record["securities"] = securities or securities_from_facts(facts)


def apply_header_only(ctx: Context) -> None:
    header = ctx.envelope.header if ctx.envelope else None
    ctx.record["registrants"] = _distinct(
        [registrant_from_header(b) for b in header_companies(header)])
    ctx.record["report_date"] = header_period(header)
    primary = ctx.primary
    if header is None and primary is not None and primary.format == XBRL \
            and xml_root(primary.body):
        # a bare XML primary document (a Form 4's, a 13F's) says what its header would: the
        # period, and the company it is filed under (a Form 4's issuer, a 13F's manager),
        # with the address, file number and phone its cover page gives
        ctx.record["report_date"] = xml_period(primary.body)
        name, cik = xml_filer(primary.body)
        if name or cik:
            reg = empty_registrant()
            reg["name"], reg["cik"] = name, cik
            address, reg["commission_file_number"], phone, reg["state_of_incorporation"] = \
                xml_filer_details(primary.body)
            if address and address["state"] and not address["state"].isalpha():
                # a foreign filer's EDGAR place code ("E9"), spelt out as the header's is
                address["state"] = place_name(address["state"]) or address["state"]
            reg["address"] = address
            reg["phone"] = header_phone(phone, address and address["state"])
            ctx.record["registrants"] = [reg]
    if primary is not None and primary.format == XBRL and "dateOfEvent>" in primary.body:
        # a Schedule 13D's XML (2024 on) prints its cover's "Date of Event Which Requires
        # Filing of this Statement" as <dateOfEvent>, "01/08/2025": the event's date, and
        # the report's where nothing else gives one (as a text 13D's cover reads)
        event = _xml_event(primary.body)
        ctx.record["event_date"] = event
        ctx.record["report_date"] = ctx.record["report_date"] or event


_DATE_OF_EVENT = compiled(r"<(?:\w{1,20}:)?dateOfEvent(?:\s[^>]{0,300})?>\s*+([^<]{0,40})<")


def _xml_event(body: str) -> str | None:
    """The date a Schedule 13D's XML prints in <dateOfEvent> ("01/08/2025"), ISO."""
    found = _DATE_OF_EVENT.search(body)
    return parse_date(found.group(1)) if found else None
