"""The head of a press release: dateline, headline, subheadlines, highlights, tickers.

Schema slice (of ``press_releases[]``), seed 000::

    dateline      {"city": "WALTHAM", "state": "Mass", "date": "2000-08-02"}
    headline      "CTC COMMUNICATIONS ANNOUNCES VOICE SERVICES SOFTSWITCH IN OPERATION AND ..."
    subheadlines  ["Softswitch Providing VoIP Voice Services Between 11 CTC Branch Sales Offices"]
    highlights    []        # bullets such as seed 001's "Beta Customer Highlights:"
    tickers       [{"exchange": "NASDAQ NM", "symbol": "CPTL"}]

The dateline anchors everything: the headline is read walking *up* from it (past date lines,
subheadlines and bullets, "* item", "+ item", "(a) item", and a line of stars or hashes
between a headline and its subheadline, "###", or an ornament, "oOo", "-o-", "+ + +") until
furniture stops the walk (an exhibit label, "FOR IMMEDIATE RELEASE", a contact block, the
8-K's "issued the following press release:" sentence). A line framed by underscores,
"_Revenue Up 25%_", is a subheadline of its own, as "-- Revenue Up 25% --" is, and so is
a mixed-case line opening with a brand in lower case under a capitals headline ("iPhone
Revenue Sets Record", see _brand_under_caps). A headline broken into short pieces whose last
is the results its period heads ("Apple Reports" / "First Quarter" / "Fiscal 2024 Results")
is one headline (see _results_finish), as are three short pieces that read as one sentence,
a verb in the first and none in the others ("Acme Names" / "Jane Doe" / "Chief Financial
Officer": see _sentence_pieces).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from ..lazy_re import lazy
from .patterns import EXHIBIT_INDEX_HEADING, SIGNATURE_HEADING
from .person_names import person_name
from .press_dateline import firm_stem, is_firm, locate_dateline
from .press_patterns import (
    BULLET,
    BULLET_CHARS,
    COMPANY_RELEASE_LABEL,
    CONTACT_HEADING,
    DATE_LINE,
    DEPARTMENT,
    EMAIL,
    END_MARK,
    EXCHANGE,
    FORM_COVER,
    FORM_COVER_FIRST,
    FURNITURE,
    HEAD_NOTE,
    HEADLINE_SIGN,
    HIGHLIGHTS_HEADING,
    ITEM_HEADING,
    JOB_WORD,
    LEAD_IN,
    LETTERHEAD,
    MONTH,
    PHONE,
    PLACE_LINE,
    RELEASE_CAPTION,
    RELEASE_MARKER,
    SEPARATOR,
    SIGNATURE_MARK,
    SUBHEAD_CLOSE,
    SUBHEAD_OPEN,
    TICKER,
    URL,
    US_STATES,
    any_of,
)
from .press_text import (
    TIME_OF_DAY,
    indent,
    is_unwrapped,
    iso_date,
    lines_holding,
    more_words,
    paragraph_text,
    stripped_text,
    wrap_width,
)

_HEAD_LINES = 60  # a head (headline + subheadlines + bullets) is never longer than this
_PROSE_WORDS = 30  # a block this long above the dateline is prose, not a headline
_TABLE_ROW = lazy(r"\t|\S {3,}\S")
# A headline line that runs on: "... IN OPERATION AND" / "of Bond Restructuring Plan".
_CONNECT_END = lazy(r"(?i:\b(?:and|or|of|for|to|in|on|with|at|by|from|the|a|an|as|its|&))$|[-,/]$")
# (of those, the words no headline ends in: not "Series A", "Plug-In", "Add-On")
_HANGING_END = lazy(r"(?:(?i:\b(?:and|or|of|for|to|with|at|from|the|its))|[ \t]&)$")
_CONNECT_START = lazy(r"(?i:(?:and|or|of|for|to|in|on|with|at|by|from|as|into|amid|&)\b)|[a-z(]")
# Where a line of an HTML headline set in <p>s of its own runs on, read only when both lines
# are in the same case (a capitals headline over a mixed-case subheadline is two): a word no
# headline ends in (a longer preposition, "Fiscal", "Quarterly", a verb that needs its
# object: "Acme Robotics Announces" / "Pricing of ...", "Rock of Ages Acquires" / "American
# Monument Corporation"; not a verb that is also a plural noun, "Periodic Reports", "New
# Product Launches", nor an ordinal, "Ranked First", "Fifth Third"); words of five letters
# or more are read in the last _CUT_LAST characters, the shorter ones in the last six
_RUN_ON_END = lazy(r"(?i:\b(?:their|into|over|via|amid|under|than|per|upon|vs\.))$")
_CUT_END = lazy(
    r"(?i:\b(?:through|between|across|against|towards?|within|during|including|versus"
    r"|fiscal|quarterly|special|announces?|completes|acquires?|declares?|appoints?|enters?"
    r"|receives?|introduces?|unveils?|secures|elects?|agrees?))$"
)
_CUT_LAST = 12  # _CUT_END's longest word and the character before it
# (an ordinal over its quarter: "... Record Fourth" / "Quarter and Full Year Results")
_ORDINAL_END = lazy(r"(?i:\b(?:first|second|third|fourth))$")
_QUARTER_START = lazy(r"(?i:quarter|half)\b")
# (or a line opens as only a phrase's second half does: "Due 2030", "Ended December 31,
# 2024", "Compared to ...", "Versus ...", "Per Share of $2.86"; not "Including ...", "Through
# September 30, ...", "Ending Loans Grow 12%", "Per-Share Earnings Up 25%": a subheadline
# opens so)
_RUN_ON_START = lazy(
    r"(?i:(?:via|than|versus|vs|compared|due(?![ \t]+(?i:to)\b)|ended)\b|per[ \t])"
)
# A short subheadline of rendered HTML broken by <br>: its first line a noun phrase with no
# verb or figure ("Fourth Quarter Revenue"), its second opening with the verb ("Grows 25% to
# $45.2 Million"); not a verb the company is the subject of, as in a subheadline of its own
# ("Record Revenue" / "Raises 2025 Guidance")
_SUB_VERB_START = lazy(
    r"(?i:(?:up|down|grows?|grew|rises?|rose|increases?|increased|climbs?|jumps?|doubles?"
    r"|declines?|decreases?|decreased|falls?|fell|totals?|reaches|exceeds?|surpasses|tops"
    r"|improves?|improved|expands?|is|are|was|were)\b)"
)
_SUB_STUB_WORDS = 4
# What a bracketed line above the dateline names when it stands for a picture or a page
# note ("[LOGO]", "[ACME HOLDINGS LETTERHEAD]", "[Remainder of page intentionally left
# blank]"), not a subheadline ("[Conference Call Scheduled for 11:00 a.m. Eastern Time]")
_PICTURE_WORDS = lazy(
    r"(?i:logo|lgog|letterhead|graphic|photo|picture|image|omitted|seal|artwork|chart|"
    r"map\b|emblem|banner|page|blank|follow|translation|insert)"
)

# A letter's sign-off ("Sincerely,", "Very truly yours,"): a release printed under a letter
# in the same exhibit has its head below the letter's signer
SIGN_OFF = lazy(r"^[ \t]*+(?i:sincerely|(?:very[ \t]+)?(?:truly|cordially)[ \t]+yours"
                r"|yours[ \t]+(?:truly|sincerely)|respectfully(?:[ \t]+yours)?|regards)"
                r",?[ \t]*$", re.M)
_SIGN_OFF_FIRST = frozenset("SsVvTtCcYyRr")  # how a SIGN_OFF line opens
_SIGNED = ("/s/", "/S/", "By:", "BY:", "By /", "Name:")  # a signature's lines under the name

# EQS's (DGAP's before 2022) head: "EQS-News: Acme AG / Key word(s): ..." over the headline
# is the wire's label; "03.03.2021 / 07:00 CET/CEST" and "The issuer is solely responsible
# for the content of this announcement." under it are furniture, not subheadlines
_EQS_LABEL = lazy(r"(?:EQS|DGAP)-[A-Za-z-]{2,20}:")
_EQS_NOTE = lazy(
    r"[0-3]\d\.[01]\d\.(?:19|20)\d\d[ \t]*/[ \t]*[0-2]?\d:\d\d\b|The issuer is solely responsible\b"
)

# A date line with the time of release, a label maybe leading it: "Wednesday, March 5, 2025
# 4:05 PM EST", "March 5, 2025 at 7:00 a.m. ET", "For Release March 5, 2025, 7:00 a.m. ET",
# "EMBARGOED UNTIL 4:05 P.M. EST, MARCH 5, 2025", "For release at 7:00 a.m. ET, March 5, 2025"
_TIME = TIME_OF_DAY


def _timed_date(name: str) -> str:
    """A full date, as DATE_LINE reads it, in group ``name``."""
    return (
        rf"(?P<{name}>{MONTH}\.?[ \t]+[0-3]?\d,?[ \t]+(?:19|20)\d\d|[01]?\d/[0-3]?\d/(?:19|20)\d\d"
        rf"|[0-3]?\d[ \t]+{MONTH}\.?,?[ \t]+(?:19|20)\d\d)"
    )


# GlobeNewswire's web page prints the issuer after the time: "March 03, 2025 08:00 ET |
# Source: Acme Robotics, Inc." (under the headline, kept in releases copied from it: the
# release's date, no event's)
_SOURCE = r"(?P<source>[ \t]*\|[ \t]*(?i:source)[ \t]*:[^|\n]{1,100}+)?"
_WEEKDAY = r"(?:(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day),?[ \t]+)?"
_DATE_TIME_LINE = lazy(
    r"[ \t]*(?P<label>(?i:(?:hold[ \t]+)?for[ \t]+(?:immediate[ \t]+)?release|release[ \t]+date"
    r"|released|embargoed)(?:[ \t]+(?i:until|till|to|at|on|before))?"
    r"[ \t]*(?:[:,\u2013\u2014]|-{1,2})?[ \t]*)?"
    rf"(?:{_WEEKDAY}{_timed_date('date')}"
    rf"(?:,|[ \t]+(?i:at)|[ \t]*[-\u2013\u2014|/]{{1,2}})?[ \t]*{_TIME}{_SOURCE}"
    rf"|{_TIME},?(?:[ \t]+(?i:on))?[ \t]+{_WEEKDAY}{_timed_date('late')})[ \t.]*$"
)


def date_line(s: str) -> str | None:
    """The ISO date of a stripped line that only dates the release ("March 5, 2025",
    "FOR IMMEDIATE RELEASE: March 5, 2009"), its time of release maybe with it ("March 5,
    2025 4:05 PM EST", "EMBARGOED UNTIL 4:05 P.M. EST, MARCH 5, 2025"), else None."""
    return _read_date(s)[0]


def release_date_line(s: str) -> str | None:
    """date_line's date, unless the line is a date and time with no release label (an
    event's: "Wednesday, March 12, 2025 at 4:30 p.m. ET")."""
    found, timed = _read_date(s)
    return None if timed else found


def _read_date(s: str) -> tuple[str | None, bool]:
    """date_line's date, and whether the line is a date and time with no release label
    ("Wednesday, March 12, 2025 at 4:30 p.m. ET"): under a headline that dates an event."""
    if s[-1:].isdecimal() and (m := DATE_LINE.match(s)) is not None:
        return iso_date(m.group("date")), False
    # (a time holds ":", "m" or "M" ("a.m.", "PM", "noon"), and the date a year; a line of
    # prose is no date line)
    if len(s) > 90 or not (":" in s or "m" in s or "M" in s) or not ("19" in s or "20" in s):
        return None, False
    m = _DATE_TIME_LINE.match(s)
    if m is None:
        return None, False
    # (a GlobeNewswire source line dates the release, wherever it stands)
    return iso_date(m.group("date") or m.group("late")), \
        m.group("label") is None and m.group("source") is None


def _after_label(lines: list[str], i: int, low: int) -> bool:
    """Whether the first non-blank line above line ``i`` is a release label ("FOR IMMEDIATE
    RELEASE")."""
    for j in range(i - 1, max(low, i - 4) - 1, -1):
        if s := lines[j].strip():
            return RELEASE_MARKER.match(s) is not None
    return False


_TIME_ALONE = lazy(rf"{_TIME}[ \t.]*$")
_TIME_FIRST = frozenset("0123456789Nn")  # how a _TIME_ALONE line opens


def _time_alone(s: str) -> bool:
    """Whether a stripped line is a time of day alone: "7:00 AM CT", "4:05 PM (Eastern Time)"."""
    return s[:1] in _TIME_FIRST and len(s) <= 40 and _TIME_ALONE.match(s) is not None


def _time_under_date(s: str, lines: list[str], i: int, low: int) -> bool:
    """Whether stripped line ``i`` is a time alone ("7:00 AM CT") right under a date line
    ("July 22, 2004"): the release's time, printed apart from its date."""
    if not _time_alone(s):
        return False
    above = next((lines[j].strip() for j in range(i - 1, max(low, i - 3) - 1, -1)
                  if lines[j].strip()), "")
    return bool(above) and date_line(above) is not None


# ---- head: headline, subheadlines, highlights ----------------------------------------------


@dataclass
class Head:
    headline: str | None = None
    subheadlines: list[str] = field(default_factory=list)
    highlights: list[str] = field(default_factory=list)
    top: int = 0  # first line index of the head (or the dateline when there is none)
    stop: int = -1  # index of the line that stopped the walk up (-1: text start)
    date: str | None = None  # from a date line such as "08/02/2000"


_LOGO = next(p for name, p in FURNITURE if name == "logo")  # "[LOGO]", "(Acme logo)"
_LABELS_ABOVE = tuple(p for name, p in FURNITURE if name in ("exhibit", "release_marker", "logo"))


# Lines that stop the walk up by how they start: the labels above, an item heading, an end
# mark, the exhibit index, the signatures (one regex call instead of seven); or a contact
# heading, which needs a ":" or "contact" (see heading_role).
_STOP_START = any_of(
    *_LABELS_ABOVE, ITEM_HEADING, END_MARK, EXHIBIT_INDEX_HEADING, SIGNATURE_HEADING
)
# An ornament line that sets a subheadline off as a rule does: "oOo", "-oOo-", "-o-", "~o~",
# "+ + +", ". . .", "\u00b7 \u00b7 \u00b7", "o o o" (three to twelve marks, no word; the class
# and the blanks after each mark share no character: linear)
_ORNAMENT = lazy(r"^[ \t]*(?:[-~*=+.oO\u00b7\u2022\u2013\u2014][ \t]*){3,12}$")
# Lines skipped on the walk up: separators, ornaments, page numbers, "Document".
_SKIP_START = any_of(
    SEPARATOR, _ORNAMENT, *(p for name, p in FURNITURE if name in ("page", "title")))
# How a stripped HIGHLIGHTS_HEADING line ends: ":", an "s" (which (?i:s) also reads in "ſ")
# or a bracket.
_HIGHLIGHTS_LAST = frozenset(":sS\u017f)")
_NOTE_FIRST = frozenset("(AaCcDdFf")  # how a HEAD_NOTE line opens
_EQS_NOTE_FIRST = frozenset("0123T")  # how an _EQS_NOTE line opens
_DASH_ENDS = ("-", "\u2013", "\u2014")  # the last character of a SUBHEAD_CLOSE line
# (and the first of a SUBHEAD_OPEN one); the first character of a stripped BULLET line
_BULLET_FIRST = frozenset("-o+" + BULLET_CHARS)
# a head's item marked by a plus, as some typed releases list their highlights ("+ Net income
# rose 25%"): only before a word or a dollar figure ("+ 5.2%" opens a table's row of changes)
_PLUS_ITEM = lazy(r"^[ \t]*\+[ \t]+(?=[A-Za-z$])")
_HEAD_BULLET = any_of(BULLET, _PLUS_ITEM)
# an item under the headline marked by an em dash: "\u2014 Net income of $53 million"
_EM_ITEM = lazy(r"\u2014[ \t]+(?=\S)")
_CLOSE_CHARS = " \t\n-\u2013\u2014"  # what a SUBHEAD_CLOSE match is made of


# A period's results or summary heading over its bullets: "Third Quarter Results:", "Fiscal
# 2024 Summary:", "Fourth Quarter and Full Year 2024 Financial Results:", "Q1 2022 Results:"
# (its words name the period only: not "Acme Corporation Announces Fourth Quarter Results:",
# a headline that runs on)
PERIOD_HEADING = lazy(
    r"(?i:(?:(?:first|second|third|fourth|full|fiscal|interim|annual|three|six|nine|twelve"
    r"|quarter|year|half|months|(?:19|20)\d\d|and|&)[ \t-]+){0,5}"
    r"(?:(?:quarter|year|half|months)(?:-to-date)?|fiscal|q[1-4]|ytd|fy)"
    r"(?:[ \t]+(?:19|20)\d\d)?[ \t]+(?:(?:financial|operating)[ \t]+)?(?:results|summary))[ \t]*:"
)


def _is_period_heading(s: str) -> bool:
    """A stripped line that heads a period's bullets (see PERIOD_HEADING), closed by ":"."""
    return s[-1:] == ":" and not more_words(s, 8) and PERIOD_HEADING.fullmatch(s) is not None


def _is_highlights(s: str) -> bool:
    """HIGHLIGHTS_HEADING.match(s) for a stripped line: its last character rules most out,
    then "ghl" (a piece of "highlights" without the i and s that have non-ASCII twins)."""
    return (
        s[-1:] in _HIGHLIGHTS_LAST
        and "ghl" in s.lower()
        and HIGHLIGHTS_HEADING.match(s) is not None
    )


_EQS_FIRST = ("EQS", "DGA")  # how an _EQS_LABEL line opens


def _is_eqs_label(s: str) -> bool:
    """An EQS/DGAP label line over the headline: "EQS-News: Acme AG / Key word(s): ...",
    "DGAP-News: Acme AG"; not one that carries the headline after the company ("DGAP-News:
    Acme AG: Acme Reports ...", "EQS-Adhoc: Acme N.V. Announces Pricing of ...")."""
    m = _EQS_LABEL.match(s) if s[:3] in _EQS_FIRST else None
    if m is None:
        return False
    rest = s[m.end() :]
    return "/" in rest or (":" not in rest and not more_words(rest, 4))


def _eqs_headline(s: str) -> str:
    """A headline less the EQS/DGAP label printed on its line."""
    m = _EQS_LABEL.match(s) if s[:3] in ("EQS", "DGA") else None
    return s[m.end() :].strip() if m else s


def _company_label(s: str) -> bool:
    """COMPANY_RELEASE_LABEL.match(s) for a stripped line, its last word tested first."""
    return s[-1:] in _LABEL_LAST and s.rstrip(":. \t").endswith(("RELEASE", "Release")) \
        and COMPANY_RELEASE_LABEL.match(s) is not None


_LABEL_LAST = frozenset("Ee:.")  # how a COMPANY_RELEASE_LABEL line ends


def _is_stop(s: str) -> bool:
    """Whether a (stripped, non-blank) line above the dateline ends the head; cheap tests first."""
    if _is_highlights(s) or (s[-1] == ":" and _is_period_heading(s)):
        return False
    if s.endswith(":") or _STOP_START.match(s) or (s[-1:] in _LABEL_LAST and _company_label(s)):
        return True
    if s[:3] in _EQS_FIRST and _is_eqs_label(s):
        return True
    colon = ":" in s  # CONTACT_HEADING needs it or "contact"; TICKER needs it
    if (colon or "contact" in s.lower()) and CONTACT_HEADING.match(s):
        return True
    # (the guards of EMAIL and URL inline: a call each per line saved)
    if ("@" in s and EMAIL.pattern.search(s)) or (
            ("://" in s or "www." in s) and URL.pattern.search(s)) or PHONE.search(s):
        return True
    # (a letterhead line opens with a street number or "P.O.", or ends in a postcode)
    if (s[-1].isdigit() or s[0].isdigit() or s[0] in "Pp") and LETTERHEAD.match(s):
        return True
    if s.endswith(".") and LEAD_IN.search(s):  # LEAD_IN ends the line with ":" or "."
        return True
    if not colon:
        return False
    if s[0] in _ISSUER_LABEL_FIRST and _issuer_label(s):
        return True
    # "NASDAQ: ASFI" alone on a line (Asta Funding), "(NYSE: ACM)", "NYSE and TSX: ACM"; a
    # letterhead's "Listed: NYSE", "Stock Symbol: ACM (NYSE)"
    return _is_listing(s)


# A wire's line naming the issuer over the headline: "Source: Acme Corp.", "Company: Acme
# Robotics" (a short name after the label, no sentence)
_ISSUER_LABEL = lazy(r"(?i:source|company)[ \t]*:[ \t]*[A-Z][^:]{0,60}$")
_ISSUER_LABEL_FIRST = frozenset("SsCc")  # how an _ISSUER_LABEL line opens


def _issuer_label(s: str) -> bool:
    """A stripped line of _ISSUER_LABEL, a few words long."""
    return not more_words(s, _MASTHEAD_WORDS + 1) and _ISSUER_LABEL.match(s) is not None


# A letterhead's listing line (1990s-2000s): "Listed: NYSE", "Traded on: Nasdaq", "Exchange:
# NYSE", "Symbol: ACM", "Stock Symbol: ACM (NYSE)", "Ticker Symbol: ACME"
_LISTING_LABEL = lazy(
    r"(?:(?i:listed|traded)(?:[ \t]+(?i:on))?|(?i:exchange)"
    r"|(?:(?i:stock|ticker|trading)[ \t]+)?(?i:symbol))[ \t]*:[ \t]*[A-Z]"
)
_LISTING_LABEL_FIRST = frozenset("LlTtEeSs")  # how a _LISTING_LABEL line opens


def _listing_label(s: str) -> bool:
    """A stripped line of a listing's labels only (see _LISTING_LABEL), a few words long."""
    return s[0] in _LISTING_LABEL_FIRST and not more_words(s, 8) \
        and _LISTING_LABEL.match(s) is not None


_LISTING_SEPARATORS = lazy(r"[ \t]*+(?:[,;|/]|\)[ \t]*\(|\)?[ \t]*$)[ \t]*")
# exchanges sharing the symbol of the listing after them: "NYSE and TSX: ACM"
_JOINT_LEAD = lazy(rf"(?:{EXCHANGE}[ \t]*(?:,|and|&)[ \t]*)+")


def _is_listing(s: str) -> bool:
    """A stripped line of listings only: "NASDAQ: ACME", "(NYSE: ACM)", "(TSX: ACM) (NYSE:
    ACM)", "NYSE: ACM | TSX: ACM", "NYSE and TSX: ACM"."""
    if ":" not in s or more_words(s, 8):
        return False
    if _listing_label(s):
        return True
    pos = 1 if s[0] == "(" else 0
    while pos < len(s):
        lead = _JOINT_LEAD.match(s, pos)
        m = TICKER.match(s, lead.end() if lead else pos)
        if m is None:
            return False
        sep = _LISTING_SEPARATORS.match(s, m.end())
        if sep is None or sep.end() == m.end() and sep.end() < len(s):
            return False
        pos = sep.end()
    return True


def _is_letterhead(line: str, opening: list[str]) -> bool:
    """The company's name alone, closed by its legal form, as the release's opening lines
    name it: "ACME WIDGETS, INC." over "NASDAQ: AWGT" (not a headline "Acme Completes
    Merger with Beta Inc.")."""
    s = line.strip()
    return bool(s) and not more_words(s, _MASTHEAD_WORDS) and is_firm(s) \
        and _is_masthead(s, " ".join(opening))


_DEPARTMENT_LAST = frozenset("sSnNuUeE")  # how a DEPARTMENT line ends


def _is_letterhead_line(s: str, lines: list[str], i: int, low: int) -> bool:
    """A stripped line above a headline that is the letterhead's: a release's caption
    (RELEASE_CAPTION), a department (DEPARTMENT), or a city and state under the firm's name
    ("ACME CORPORATION" / "Houston, Texas": a wrapped headline's "... Plant in" / "Austin,
    Texas" is none)."""
    if s[0] in "EePpNn" and RELEASE_CAPTION.match(s):
        return True
    if s[-1] in _DEPARTMENT_LAST and not more_words(s, 4) and DEPARTMENT.match(s):
        return True
    if "," not in s or more_words(s, 6) or i <= low:
        return False
    m = PLACE_LINE.match(s)
    if m is None or m.group("state").lower().replace(".", "") not in US_STATES:
        return False
    above = next((lines[j].strip() for j in range(i - 1, max(low, i - 3) - 1, -1)
                  if lines[j].strip()), "")
    return bool(above) and is_firm(above)


def read_head(lines: list[str], dateline: int) -> Head:
    """Walk up from the dateline and split what is found into headline/subheads/bullets."""
    head = Head(top=dateline)
    low = max(0, dateline - _HEAD_LINES)
    unwrapped = is_unwrapped(lines[low : dateline + 40])
    blocks: list[list[int]] = []
    block: list[int] = []
    i = dateline - 1
    in_table = False  # a table row was skipped and no blank line came since
    tight: set[int] = set()  # rendered HTML: lines run on from the one above (a <br>)
    events: list[tuple[int, str]] = []  # date-and-time lines with no release label
    opening = " ".join(lines[dateline : dateline + 2])  # names the company
    while i >= low:
        line = lines[i]
        s = line.strip()
        if s and not (block or blocks) and _is_listing(s):
            # "NASDAQ: ACME", "(NYSE: ACM)" alone under the headline: no head line; nor is
            # the company's name right above it ("ACME WIDGETS, INC." / "NASDAQ: AWGT")
            letterhead = i > low and _is_letterhead(lines[i - 1], lines[dateline : dateline + 2])
            i -= 2 if letterhead else 1
            continue
        if s and s[0] in _SIGN_OFF_FIRST and s[-1] in ",sSyY" and SIGN_OFF.match(s):
            if block:
                blocks.append(block)
                block = []
            _drop_signer(lines, i, blocks)  # (a letter above: its signer is no head line)
            head.stop = i
            break
        signs = ("/s/" in s or "/S/" in s) and SIGNATURE_MARK.search(s) is not None
        if s and (signs or (s[0] in FORM_COVER_FIRST and FORM_COVER.match(s))):
            # the form's own cover or signature ("By: /s/ Jane Roe") above a release in its
            # document (a 6-K); typed lines run on from a cover sentence ("Indicate by check
            # mark ... under cover" / "of Form 20-F or Form 40-F.") are the cover's too
            if block and not unwrapped and not s.endswith((".", ")", ":")):
                block = []
            if signs:  # the signer's name and title typed under it too
                end = _signer_end(lines, i + 1, dateline)
                block = [j for j in block if j >= end]
                blocks = [b for b in ([j for j in b if j >= end] for b in blocks) if b]
            head.stop = i
            break
        if s and (block or blocks) and _is_letterhead_line(s, lines, i, low):
            head.stop = i  # a caption, or the letterhead's department or place, over the head
            break
        if s and (s[0] == "*" or (s[0] in _HASH_FIRST and "#" in s)) and (block or blocks) \
                and _stars_in_head(lines, i, low):
            if block:  # stars or hashes between a headline and its subheadline part them
                blocks.append(block)
                block = []
            i -= 1
            continue
        if s and _is_stop(s) and not (block and _runs_on(s, lines[i + 1])) \
                and not _bracketed_subhead(s):
            if not (block or blocks) and (
                    RELEASE_MARKER.match(s) or _company_label(s) or _is_eqs_label(s)
                    or (s[0] in _ISSUER_LABEL_FIRST and _issuer_label(s))
                    or (s[0] in "[(Ll" and _LOGO.match(s))):
                # a release label or a logo's note ("[LOGO]") right above the dateline: the
                # headline is higher
                i -= 1
                continue
            if not (block or blocks) and (heading := _contact_heading_above(lines, i, low)) > low:
                i = heading - 1  # contacts right above the dateline: the headline is higher
                continue
            if head.date is None and s[:1] in "FfHhEeRr":
                head.date = date_line(s)  # "For Release March 5, 2025, 7:00 a.m. ET"
            head.stop = i
            break
        if not s:
            skip = in_table = False
        elif not in_table:
            # a table row between headline and dateline (Caterpillar 2022), but not "\u25cf\ttext"
            # (_TABLE_ROW needs a tab or three spaces; a tab indenting the line sets no cell)
            row = "\t" in s or ("   " in s and _TABLE_ROW.search(s) is not None)
            skip = _SKIP_START.match(s) is not None or (row and not _HEAD_BULLET.match(line)) or (
                s[0] in _NOTE_FIRST and HEAD_NOTE.match(s) is not None) or (
                s[0] in _EQS_NOTE_FIRST and _EQS_NOTE.match(s) is not None) or (
                s[0] == "(" and _company_note(s, opening))
            in_table = skip and row
        else:
            skip = True  # a table goes on to the next blank line
        dated, timed = _read_date(s) if s else (None, False)
        if s and not dated and _time_under_date(s, lines, i, low):
            skip = True  # "July 22, 2004" / "7:00 AM CT": the release's time, no head line
        if not s or skip or dated:
            if dated and timed:
                events.append((i, dated))  # a release's date line only over the headline
            elif dated and head.date is None:
                head.date = dated
            if block:
                blocks.append(block)
                block = []
            i -= 1
            continue
        if unwrapped and block:
            tight.add(block[-1])
            blocks.append(block)  # rendered HTML: each line is a block of its own
            block = []
        block.append(i)
        i -= 1
    if block:
        blocks.append(block)
    # blocks are bottom-up; keep them while they read as head, not prose
    kept: list[list[int]] = []
    for b in blocks:
        b = sorted(b)
        text = " ".join(lines[j].strip() for j in b)
        has_bullets = any(_HEAD_BULLET.match(lines[j]) for j in b) \
            or bool(_numbered_items([lines[j] for j in b]))
        if not has_bullets and len(text.split()) > _PROSE_WORDS:
            head.stop = b[-1]
            break
        kept.append(b)
    kept.reverse()
    for j, iso in events:
        if kept and kept[0][0] < j and not _after_label(lines, j, low):
            # under the headline: an event's date and time ("... TO HOST FOURTH QUARTER
            # CONFERENCE CALL" / "Wednesday, March 12, 2025 at 4:30 p.m. ET"), a subheadline
            at = next((n for n, b in enumerate(kept) if b[0] > j), len(kept))
            kept.insert(at, [j])
        elif head.date is None:
            head.date = iso
    while kept and _time_alone(lines[kept[0][0]].strip()):
        # the release's time atop the head with no date line over it ("7:00 AM CT" over the
        # headline): no head line
        head.stop = kept[0].pop(0)
        if not kept[0]:
            kept.pop(0)
    if kept and len(kept[0]) == 1 and _bracketed_subhead(lines[kept[0][0]].strip()):
        head.stop = kept.pop(0)[0]  # a bracketed note over the headline is none of the head
    if kept and _is_masthead(lines[kept[0][0]], opening):
        top = kept[0]
        if len(top) == 1 and len(kept) > 1 and not (
                kept[1][0] in tight and _name_runs_on(lines[kept[1][0]])):
            head.stop = kept.pop(0)[0]
        elif len(top) > 1 and _same_first_word(lines[top[0]], lines[top[1]]):
            # "ACME CORPORATION" / "ACME REPORTS RECORD EARNINGS" with no blank line
            # between (but "ACME WIDGETS, INC." / "REPORTS RECORD ..." is one headline)
            head.stop = top.pop(0)
    if not kept:
        return head
    head.top = kept[0][0]
    if unwrapped:  # rejoin the one-line blocks: _segments decides what continues what
        kept = [[j for b in kept for j in b]]
    texts: list[str] = []
    # (typed subheadlines stacked with no blank line between join: no line width tells a
    # hand-wrapped centred one, "Strong Demand From Automotive Customers Drives" / "Revenue
    # Growth of 25 Percent", from two)
    for b in kept:
        runs = [not unwrapped or j in tight for j in b]
        segs, bullets = _segments([lines[j] for j in b], unwrapped, runs)
        texts.extend(segs)
        head.highlights.extend(bullets)
    texts = _head_texts(texts, unwrapped)
    if len(texts) > 1 and (texts[0].endswith((";", ",")) or _HANGING_END.search(
            texts[0], max(0, len(texts[0]) - 6)) or (
            not unwrapped and _is_caps(texts[0]) == (texts[1].upper() == texts[1])
            and (_cut_phrase(texts[0], texts[1]) or _joined_below(texts[1])
                 or _finished_below(texts[0], texts[1])))):
        # a headline that ends in ";" goes on below its rule (Horizon Financial 2006), and
        # one ending in "AND" or "OF" (or whose next line opens so, "AND FULL YEAR 2004
        # RESULTS") on the line after a blank one (typed, 1990s), or in a
        # verb or word that needs the rest in the same case (short HTML releases, read as
        # typed text: "Acme Corp. Completes" / "Beta Systems Acquisition" in two <p>s), or
        # whose rest the line below is (see _finished_below: "... Second Quarter" / "2004
        # Results", "... 2004" / "Results", "... Completes Sale" / "Of Credit Business")
        texts[:2] = [f"{texts[0]} {texts[1]}"]
    if texts:
        head.headline = _eqs_headline(texts[0])
        head.subheadlines = texts[1:]
        if len(head.highlights) == 1 and _lone_dashed_line(lines, kept):
            head.subheadlines.append(head.highlights.pop())
    return head


def _name_runs_on(below: str) -> bool:
    """Whether a rendered line right under the company's name (a <br> or a <div> with no
    gap between) goes on from it, opening with the headline's verb: "Caterpillar" /
    "Reports First-Quarter 2022 Results", "Apple" / "reports first quarter results"."""
    words = below.split(None, 1)
    return bool(words) and (_verb_opener(words[0].lower()) or words[0].lower() in _NEWS_VERBS)


# News verbs a headline opens with after its company's name, besides those _verb_opener
# reads: "Apple" / "Launches Vision Pro in New Markets", "Acme" / "Opens ..." (only after a
# name: "New Product Launches" ends a headline as a noun)
_NEWS_VERBS = frozenset(
    "launches opens expands wins signs raises closes prices provides schedules confirms "
    "reaffirms achieves delivers extends approves adopts obtains settles sells revises "
    "lowers joins promotes hires selects partners".split())


def _lone_dashed_line(lines: list[str], kept: list[list[int]]) -> bool:
    """Whether the head's one item is a dashed line closing it, under a headline or
    subheadline line and no heading ("Sears Reports Second Quarter 2004 Results" / "-- Full
    Year Outlook Reaffirmed" over the dateline): a subheadline typed as an item (two dashed
    lines or more, or one under "Highlights:", are the head's highlights)."""
    marked = [j for b in kept for j in b if _item_line(lines[j].strip())]
    if len(marked) != 1 or marked[0] not in kept[-1]:
        return False
    j = marked[0]
    above = max((k for b in kept for k in b if k < j), default=-1)
    s = lines[above].strip() if above >= 0 else ""
    return lines[j].lstrip()[:1] in _DASH_ENDS and bool(s) and not (
        _is_highlights(s) or _is_period_heading(s))


def _item_line(s: str) -> bool:
    """Whether a stripped head line opens an item with its mark ("-- text", "* text")."""
    first = s[:1]
    return (first in _BULLET_FIRST and _HEAD_BULLET.match(s) is not None) or (
        first == "\u2014" and _EM_ITEM.match(s) is not None)


# A typed headline's line opening with a joining word:
# "ACME REPORTS RECORD FOURTH QUARTER" / "AND FULL YEAR 2004 RESULTS", "Acme Reports Record
# Fourth Quarter" / "and Full Year 2004 Results"
_JOINING_START = lazy(r"(?:and|or|of|for|with|by|from|into|&)[ \t]")
# (not "to", "on", "in", "at": "TO HOST CONFERENCE CALL", "ON TRACK FOR ..." open a
# subheadline of their own)


def _joined_below(line: str) -> bool:
    """Whether ``line``, typed in the case of the headline above it (the caller's test),
    goes on from it after a blank line: it opens with a joining word in lower case or in
    capitals (see _JOINING_START; "And Full Year Results" may open a subheadline)."""
    return _JOINING_START.match(line.lower()) is not None and (
        line[:1].islower() or line[:1] == "&" or line.split(None, 1)[0].isupper())


def _head_texts(texts: list[str], unwrapped: bool) -> list[str]:
    """The head's segments that hold a letter (a rule or a lone figure is no headline), a
    typed one of figures alone joined to the one above when it finishes that one's period
    or date after a blank line ("... for the Quarter Ended September" / "30, 1997", see
    _figure_finishes; "... Ended September 30," / "1997"; rendered HTML's lines are joined
    by _segments)."""
    out: list[str] = []
    for t in texts:
        if any(c.isalpha() for c in t):
            out.append(t)
        elif out and not unwrapped and t[:1].isdigit() and (
                out[-1].endswith(",") or _figure_finishes(out[-1], t)):
            out[-1] = f"{out[-1]} {t}"
    return out


def _finished_below(prev: str, line: str) -> bool:
    """Whether a typed line after a blank line, in the case of the headline line ``prev``
    above it, is the rest of that headline rather than a subheadline: a last word alone (no
    subheadline is one word: "Sears Reports Second Quarter 2004" / "Results"; not a
    participle, a note of its own: "Updated", "Revised"), the figure that finishes the
    period ``prev`` ends in ("Sears Reports Second Quarter" / "2004 Results", see
    _figure_finishes), or a title-case "Of" that only goes on from a phrase ("Sears
    Completes Sale" / "Of Credit Business")."""
    if " " not in line:
        return line[:1].isupper() and line.isalpha() and not line.lower().endswith("ed") \
            and prev[-1:] not in _SENTENCE_ENDS
    if line[:1].isdigit():
        return _figure_finishes(prev, line)
    return line.startswith("Of ")


_SIGNER_LINES = 8  # a signature's lines under a sign-off, blank ones included


def _drop_signer(lines: list[str], i: int, blocks: list[list[int]]) -> None:
    """Drop from ``blocks`` (bottom-up) the signer's lines under the sign-off on line i: the
    run of lines after it ("/s/ John Smith" / "John Smith" / "Chairman"), and a run under
    that which signs ("ACME CORP." / "By: /s/ John Smith")."""
    limit = min(len(lines), i + _SIGNER_LINES)
    end = _past_blanks(lines, i + 1, limit)
    below = lines[end + 1].strip() if end + 1 < len(lines) else ""
    if end < limit and _no_signer(lines[end].strip(), below):
        return  # a sign-off with no signer printed (an image in HTML): the head follows
    while True:
        while end < limit and lines[end].strip():
            end += 1
        after = _past_blanks(lines, end, limit)
        if after >= limit or not lines[after].lstrip().startswith(_SIGNED):
            break
        end = after
    while blocks and min(blocks[-1]) < end:
        blocks.pop()


_SIGNER_WORDS = lazy(r"(?i:\b(?:board|directors?|management|behalf|team|officers?|president"
                     r"|chairman|chair|partners?|shareholders?|stockholders?|yours)\b)")


def _no_signer(s: str, below: str) -> bool:
    """Whether the first line under a sign-off, ``s`` (``below``: the line under it), is no
    signer's but a headline: five words or more with a verb of news or a figure, none
    signing ("/s/", "By:"), naming a person, a firm or the board, and no title line under it
    ("ACME REPORTS RECORD FOURTH QUARTER RESULTS", not "John A. Smith", "The Board of
    Directors", "Office of the Corporate Secretary" or "John Smith and Mary Jones" /
    "Co-Chief Executive Officers")."""
    name = s.split(",", 1)[0]
    if name.isupper():
        name = name.title()  # ("ROBERT J. HANLEY III, PH.D.")
    return more_words(s, 4) and HEADLINE_SIGN.search(s) is not None \
        and not s.startswith(_SIGNED) and "/s/" not in s and person_name(name) is None \
        and not is_firm(s) and _SIGNER_WORDS.search(s) is None and not _job_title(below)


def _job_title(s: str) -> bool:
    """A signer's title line (stripped): "Company Secretary", "Vice President, Investor
    Relations", "Title: Chief Financial Officer"; not a headline naming one ("ACME NAMES
    JOHN SMITH CHIEF EXECUTIVE OFFICER")."""
    return bool(s) and not more_words(s, 8) and JOB_WORD.search(s) is not None \
        and HEADLINE_SIGN.search(s) is None


_SIGNATURE_LINES = 5  # under "/s/": a rule, the name, a title of two lines, a date
_SIGNER_LABELS = ("Title:", "TITLE:", "Its:", "ITS:", "Date:", "DATE:", "Dated:")


def _signer_end(lines: list[str], j: int, stop: int) -> int:
    """The line after the signer's name and title typed under a "/s/" line (line j on, up to
    ``stop``): a rule, labelled lines ("Name:", "Title:", "Date:"), one short name, then
    title lines. A release typed right under them, no blank line between (its "<PAGE>"
    line is gone), keeps its headline ("ACME PLC REPORTS RECORD FOURTH QUARTER RESULTS")."""
    limit = min(stop, j + _SIGNATURE_LINES)
    named = titled = False
    while j < limit:
        t = lines[j].strip()
        if not t:
            break
        if not t.strip("-_=* ") or t.startswith(_SIGNED + _SIGNER_LABELS):
            pass  # (a rule under the signature, a labelled line)
        elif _job_title(t):
            titled = True
        elif not (named or titled or more_words(t, 4)) and HEADLINE_SIGN.search(t) is None:
            named = True  # ("John Smith", "JOHN SMITH")
        else:
            break
        j += 1
    return j


def _past_blanks(lines: list[str], j: int, limit: int) -> int:
    while j < limit and not lines[j].strip():
        j += 1
    return j


_CONTACT_BLOCK_LINES = 12  # a contact block printed over its dateline is no longer


def _contact_heading_above(lines: list[str], i: int, low: int) -> int:
    """The heading line of the contact block that line i ends or is in ("CONTACTS:" / names
    / phones, printed between the headline and the dateline), or -1: the run of lines up to
    it holds no blank line."""
    for j in range(i, max(low, i - _CONTACT_BLOCK_LINES) - 1, -1):
        s = lines[j].strip()
        if not s:
            return -1
        if (":" in s or "contact" in s.lower()) and CONTACT_HEADING.match(s):
            return j
    return -1


_STARS = lazy(r"\*[ \t]*\*[ \t]*\*[* \t]*+")
# ... or hashes, the end mark's other spelling: "###", "# # #", "-- ### --"
_HASHES = lazy(
    r"(?:[-\u2013\u2014]{1,2}[ \t]*)?#[ \t]*#[ \t]*#[# \t]*+(?:[-\u2013\u2014]{1,2})?"
)
_HASH_FIRST = "#-\u2013\u2014"  # how a _HASHES line opens
_SENTENCE_ENDS = ".!?:;\"\u201d"


def _stars_in_head(lines: list[str], i: int, low: int) -> bool:
    """Whether the star line ``i`` ("* * *"), head lines under it, parts a headline from its
    subheadline ("Acme Reports Record Results" / "* * *" / "Revenue Up 25%") rather than
    ends the release above: the next line up, past blanks, reads as a headline (capitals or
    title case, no sentence's or label's end, no line that stops the head). A hash line
    ("###", "# # #", "-- ### --") parts them alike, the headline over it in sentence case
    too ("Apple reports first quarter results"), when that line is no table's row (a
    release above that ends in its tables: "Total Assets      $1,234")."""
    s = lines[i].strip()
    hashes = s[:1] in _HASH_FIRST
    if (_HASHES if hashes else _STARS).fullmatch(s) is None:
        return False
    j = i - 1
    while j >= low and not lines[j].strip():
        j -= 1
    t = lines[j].strip() if j >= low else ""
    if not t or t[-1] in _SENTENCE_ENDS or _is_stop(t):
        return False
    if hashes:  # (a headline in sentence case too, "Acme reports record results")
        return _TABLE_ROW.search(t) is None and _sentence_case_head(t)
    return _is_caps(t) or _is_title(t)


_SHORT_HEAD_WORDS = 15  # a headline in sentence case over a hash line is no longer


def _sentence_case_head(t: str) -> bool:
    """Whether a stripped line reads as a headline in any case: capitals, title case, or a
    capital opening a short line ("Apple reports first quarter results")."""
    return _is_caps(t) or _is_title(t) or (t[0].isupper() and not more_words(t, _SHORT_HEAD_WORDS))


def _bracketed_subhead(s: str) -> bool:
    """A stripped line in square brackets that reads as a subheadline: four words or more,
    or one capitalised word ("[Transformational]", see _bracketed_word); no picture or page
    note ("[LOGO]" and its kin stop the walk up as furniture)."""
    return s[:1] == "[" and s[-1:] == "]" and "[" not in s[1:] \
        and (more_words(s, 3) or _bracketed_word(s)) and _PICTURE_WORDS.search(s) is None


def _is_title(line: str) -> bool:
    words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


# ASCII letters as "U" (upper case) or "l", all else as ".": an ASCII line's letters are
# counted by two C-level calls (five times faster than a test per character); a table of
# bytes, which bytes.translate reads without the dict lookup a character that str.translate
# makes (a line's shape is asked of every head line several times: twice as fast again).
_LETTER_CASE = bytes(
    ord("U") if chr(i).isupper() else ord("l") if chr(i).isalpha() else ord(".")
    for i in range(128)
) + b"." * 128


def _is_caps(line: str) -> bool:
    if line.isascii():
        kinds = line.encode("ascii").translate(_LETTER_CASE)
        upper = kinds.count(b"U")
        letters = upper + kinds.count(b"l")
    else:
        chars = list(filter(str.isalpha, line))
        upper, letters = sum(map(str.isupper, chars)), len(chars)
    return letters >= 4 and upper >= 0.85 * letters


def _closes(block: list[str], n: int) -> bool:
    """Line n ends a "--subheadline--"; "on a Packet-" followed by "Based ..." (seed 001) is a
    word broken at a hyphen, not a closing mark."""
    line = block[n].rstrip()
    if not line.endswith(_DASH_ENDS) or not _close_search(line):
        return False
    hyphen = line.endswith("-") and not line.endswith("--") and line[-2:-1].isalpha()
    return not (hyphen and n + 1 < len(block) and not SUBHEAD_OPEN.match(block[n + 1]))


_NOT_NAME_CHARS = lazy(r"[^0-9a-z]+")
_MASTHEAD_WORDS = 6


def _is_masthead(line: str, dateline: str) -> bool:
    """The company's name alone over its headline ("ACME WIDGETS, INC." / "ACME WIDGETS
    REPORTS ..."): the line's words, in order, name the company in the dateline's line or
    the next, joined (``dateline``: "Sears, Roebuck" / "and Co. (NYSE: S) today")."""
    s = line.strip()
    if not s or not s[0].isupper() or more_words(s, _MASTHEAD_WORDS):
        return False
    name = _NOT_NAME_CHARS.sub(" ", s.lower()).strip()
    text = f" {_NOT_NAME_CHARS.sub(' ', dateline.lower())} "
    if len(name) > 2 and f" {name} " in text:
        return True
    if not is_firm(s):
        return False
    # a legal form spelled otherwise than the lead spells it ("PERICOM SEMICONDUCTOR
    # CORPORATION" / "Pericom Semiconductor Corp.", "& Co." / "and Co.") or not at all
    # ("Oracle Corporation" / "The Oracle Board ... today announced"): the name less its form
    stem = " ".join(firm_stem([w for w in name.split() if w != "and"]))
    return len(stem) > 2 and f" {stem} " in text.replace(" and ", " ")


def _company_note(s: str, opening: str) -> bool:
    """A stripped line that only names the company in brackets under its headline ("Acme
    Completes Acquisition of Beta" / "(Acme Widgets, Inc.)"), as the dateline's lines do. A
    sum or a rate names no company: "(Net Income of $53 Million)" restates the lead's figure,
    a subheadline."""
    return s[-1:] == ")" and "(" not in s[1:] and "$" not in s and "%" not in s \
        and _is_masthead(s[1:-1], opening)


def _same_first_word(a: str, b: str) -> bool:
    first = a.split(None, 1)[0].strip(",.").lower()
    return b.split(None, 1)[0].strip(",.").lower() == first


def _runs_on(s: str, below: str) -> bool:
    """A headline line ending in ":" that runs on into the line right under it ("Acme
    Announces Record Results:" / "Revenue Grows 25%"): four words or more in capitals or
    title case, no contact heading, lead-in or "Attention ... Editors:" line."""
    if not s.endswith(":") or not below.strip()[:1].isupper() or not more_words(s, 3):
        return False
    if s[:4].lower() in ("atte", "attn") or LEAD_IN.search(s) or CONTACT_HEADING.match(s):
        return False
    return _is_caps(s) or _is_title(s)


def _segments(block: list[str], unwrapped: bool, runs: list[bool] | None = None
              ) -> tuple[list[str], list[str]]:
    """Split one block of head lines into text segments and bullet items. ``runs[n]``: line
    n follows line n-1 with no blank line between."""
    segs: list[list[str]] = []
    bullets: list[list[str]] = []
    cur: list[str] = []
    kind = ""  # "text" | "sub" | "bullet"
    block = [raw.strip() for raw in block]
    numbered = _numbered_items(block)
    # (each pattern behind the first character it needs: the lines are stripped)
    closes = [b.endswith(_DASH_ENDS) and _closes(block, k) for k, b in enumerate(block)]
    stacked = _stacked_sentences(block, unwrapped)
    closed = True  # the current "sub" segment has seen its closing mark
    under_end = -1  # the line that closes the current "_underscored_" segment
    for n, line in enumerate(block):
        if _is_highlights(line) or (line[-1:] == ":" and _is_period_heading(line)):
            _flush(segs, bullets, cur, kind)
            cur, kind = [], ""
            continue
        first = line[:1]
        is_sub = first in _DASH_ENDS and SUBHEAD_OPEN.match(line) is not None \
            and any(closes[n:])
        if kind == "sub" and not closed:
            closed = closes[n] if under_end < 0 else n == under_end
            cur.append(line.rstrip("_").rstrip() if n == under_end else line)
        elif is_sub:
            _flush(segs, bullets, cur, kind)
            cur, kind = [line], "sub"
            closed, under_end = closes[n], -1
        elif first == "*" and _star_framed(line):
            _flush(segs, bullets, cur, kind)
            cur, kind, closed = [line.strip("*").strip()], "sub", True
        elif first == "_" and (under_end := _underscore_close(block, n)) >= 0:
            # "_Net Income Up 25%_", maybe wrapped over lines up to ``under_end``: a segment
            # of its own, its marks cut
            _flush(segs, bullets, cur, kind)
            cur, kind, closed = [line.lstrip("_").lstrip()], "sub", under_end == n
            if closed:
                cur[0] = cur[0].rstrip("_").rstrip()
        elif first in _BULLET_FIRST and _HEAD_BULLET.match(line):
            _flush(segs, bullets, cur, kind)
            cur, kind = [_HEAD_BULLET.sub("", line, count=1)], "bullet"
        elif first == "\u2014" and (em := _EM_ITEM.match(line)):
            # an em dash opens an item as "--" does (the typed dashes a word processor set)
            _flush(segs, bullets, cur, kind)
            cur, kind = [line[em.end() :]], "bullet"
        elif n in numbered:
            _flush(segs, bullets, cur, kind)
            cur, kind = [line[numbered[n] :]], "bullet"
        elif kind == "bullet" or (
            kind == "text"
            and not _new_segment(cur, line, unwrapped, bool(runs and runs[n]), not segs,
                                 n in stacked)
        ):
            cur.append(line)
        else:
            _flush(segs, bullets, cur, kind)
            cur, kind = [line], "text"
    _flush(segs, bullets, cur, kind)
    # (the lines are stripped: a bullet's text too, the mark and blanks after it cut)
    return [_clean_segment(s) for s in segs], [stripped_text(b) for b in bullets]


# A numbered item's mark: "(1) ", "2. ", "3) "
_NUMBER_MARK = lazy(r"[ \t]*(?:\((?P<paren>\d{1,2})\)|(?P<bare>\d{1,2})[.)])[ \t]+(?=\S)")


def _numbered_items(block: list[str]) -> dict[int, int]:
    """{line index: where its text starts} of the items of a numbered list among the head's
    lines: "(1) Net income of $53 million" / "(2) Sales rose 4%", numbered from 1 up, two at
    least (a headline that opens with a figure, "3. Quarter ...", numbers no list); or
    lettered from "a" up, in one case ("(a) ...", "a. ...", "A) ...", see _lettered_items)."""
    items: dict[int, int] = {}
    for k, line in enumerate(block):
        if line.lstrip()[:1] not in _NUMBER_FIRST:
            continue  # (a cheap test first: most lines open otherwise)
        m = _NUMBER_MARK.match(line)
        if m is not None and int(m.group("paren") or m.group("bare")) == len(items) + 1:
            items[k] = m.end()
    if len(items) > 1:
        return items
    return _lettered_items(block)


# A lettered item's mark: "(a) ", "b. ", "C) " (one letter, its bracket or stop)
_LETTER_MARK = lazy(r"[ \t]*(?:\((?P<paren>[A-Za-z])\)|(?P<bare>[A-Za-z])[.)])[ \t]+(?=\S)")


def _lettered_items(block: list[str]) -> dict[int, int]:
    """{line index: where its text starts} of a list lettered "a", "b", "c" ... in order, in
    one case and one mark's form, two items at least: "(a) Net income of $53 million" / "(b)
    Sales rose 4%" (a line opening "A. Smith ..." alone is no list; its lower-case lines
    would otherwise run on from the headline above)."""
    items: dict[int, int] = {}
    form = ""  # the first item's mark with its letter cut: "()", ".", ")" and its case
    for k, line in enumerate(block):
        s = line.lstrip()
        if not (s[:1] == "(" or s[1:2] in ".)") or (m := _LETTER_MARK.match(line)) is None:
            continue  # (a cheap test first: most lines open otherwise)
        letter = m.group("paren") or m.group("bare")
        mark = ("()" if m.group("paren") else m.group().strip()[-1]) + str(letter.isupper())
        if ord(letter.lower()) - ord("a") == len(items) and (not items or mark == form):
            form = mark
            items[k] = m.end()
    return items if len(items) > 1 else {}


_NUMBER_FIRST = frozenset("(123456789")


def _star_framed(line: str) -> bool:
    """A stripped line framed by asterisks, as "-- ... --" frames a subheadline: "* Revenue
    up 14% to $52.3 million *", "** Record Revenue **" (a bullet has no closing mark; "* *
    *" frames no words)."""
    inner = line.strip("*")
    return line[-1:] == "*" and "*" not in inner and any(c.isalnum() for c in inner)


_UNDERSCORED_LINES = 3  # an "_underscored_" subheadline wraps over this many lines at most


def _underscore_close(block: list[str], n: int) -> int:
    """The index of the line that closes an "_underscored_" segment opened by (stripped)
    line ``n``: the first line from ``n`` on, within _UNDERSCORED_LINES, that ends in "_",
    words between ("_Net Income Up 25%_", "_Net Income Up" / "25%_"); -1 for none (a rule
    of underscores, "__ __", is no frame)."""
    for k in range(n, min(len(block), n + _UNDERSCORED_LINES)):
        line = block[k]
        if k > n and line.startswith("_"):
            break  # (another frame opens: the first is none)
        if line.endswith("_") and any(c.isalnum() for c in line):
            return k
    return -1


def _flush(segs: list[list[str]], bullets: list[list[str]], cur: list[str], kind: str) -> None:
    if cur:
        (bullets if kind == "bullet" else segs).append(cur)


def _stacked_sentences(block: list[str], unwrapped: bool) -> set[int]:
    """The lines of a typed block that open a run of two or more sentences closing it, each
    line ending in a full stop, under a line with none ("Sears Reports Second Quarter 2004
    Results" / "Domestic Sales Down 3.1 Percent." / "Full Year Outlook Reaffirmed."): each
    a subheadline of its own. (Two at least: a wrapped headline may end in one stop.)"""
    if unwrapped or len(block) < 3 or not block[-1].endswith("."):
        return set()  # (a cheap test first: most heads end in no stop)
    n = len(block)
    while n and block[n - 1][-1:] == "." and _full_stop(block[n - 1]):
        n -= 1
    return {n} if 0 < n <= len(block) - 2 and block[n - 1][-1:] != "." else set()


def _new_segment(cur: list[str], line: str, unwrapped: bool, tight: bool = False,
                 first: bool = True, stacked: bool = False) -> bool:
    """Whether ``line`` opens a segment after the lines ``cur`` (``tight``: no blank line
    between; ``first``: ``cur`` opens the block, the headline of rendered HTML; ``stacked``:
    it opens the stacked sentences that close a typed block, see _stacked_sentences)."""
    prev = cur[-1]
    if line[:1] == "(" and line[-1:] == ")" and more_words(line, 3) and _is_caps(prev) \
            and not _is_caps(line):
        # a bracketed mixed-case line under a capitals headline is a subheadline: "ACME
        # REPORTS ... RESULTS" / "(Earnings per share of $0.42 exceed estimates)"
        return True
    if (line[:1] in "([" and _bracketed_line(line)) or (
            line[:1].isupper() and _sentence_under_title(prev, line)):
        return True
    if line[:1] in "([" and _bracketed_word(line):
        # "Oracle Names ... Directors" / "(Transformational)" or "[Transformational]": a
        # note of its own
        return True
    # (_CONNECT_END matches at most five characters before the end: "with\n")
    if _CONNECT_END.search(prev, max(0, len(prev) - 6)) or (
            _CONNECT_START.match(line) and not _brand_under_caps(prev, line)):
        return False
    if line[:1].isdigit() and _figure_finishes(prev, line):
        return False
    if line[-1:] in "sS" and _results_finish(prev, line):
        return False
    if _is_caps(prev) != _is_caps(line):
        return True
    if _cut_phrase(prev, line):
        return False
    if first and not unwrapped and _longer_below(cur, line):
        return True
    if len(cur) > 1 and not unwrapped and _set_apart(cur, line):
        return True
    if stacked and more_words(line, 2) and not _is_caps(line) \
            and not _verb_opener(line.split(None, 1)[0].lower()):
        return True
    if not unwrapped and _sentence_case(prev) and _sentence_case(line):
        # stacked subheadlines in sentence case, each opening with its capital: "Domestic
        # comparable store sales down 3.1 percent" / "Full year outlook reaffirmed"
        return True
    if prev[-1:] == "." and line[-1:] == "." and line[:1].isupper() and not _is_caps(prev) \
            and _full_stop(prev):
        # stacked subheadlines, each a sentence: "Revenue Up 25%." / "Net Income Doubles."
        # (a capitals headline wraps anywhere: "ACME GROUP, INC." / "COMPLETES ...")
        return True
    if tight and _is_caps(prev):
        return False  # a capitals headline broken by <br>s: "ACME ... THIRD<br>QUARTER ..."
    if tight and _br_goes_on(prev, line):
        return False
    if tight and first and unwrapped and _sentence_pieces(cur, line):
        return False
    # Rendered HTML: each block is its own headline or subheadline, except a headline's stub
    # such as "Rock of Ages Acquires" / "American Monument Corporation" (two centred <P>s,
    # 2000); the short last line of a headline broken by <br>s is none. (A short subheadline
    # is no stub: "Raises 2025 Guidance" / "Revenue Up 25%" are two.)
    return unwrapped and not (
        len(cur) == 1 and len(prev.split()) <= _SUB_STUB_WORDS and _is_title(prev)
        and _is_title(line) and (first or _sub_stub(prev, line)))


# A brand in lower case then capitals, opening a line: "iPhone", "eSpeed", "eBay", "iShares"
_BRAND_OPEN = lazy(r"[a-z]{1,3}[A-Z][A-Za-z]*+[ \t]")


def _brand_under_caps(prev: str, line: str) -> bool:
    """Whether ``line`` opens with a brand in lower case ("iPhone Revenue Sets Record") and is
    in mixed case under a capitals line: the case style changes, a subheadline; its lower-case
    first letter is no word that goes on from the line above."""
    return _BRAND_OPEN.match(line) is not None and _is_caps(prev) and not _is_caps(line)


def _br_goes_on(prev: str, line: str) -> bool:
    """Whether a rendered line right under ``prev`` (a <br>) goes on from it: a last word
    alone ("Caterpillar Reports First-Quarter 2022" / "Results"; no subheadline is one word),
    or what the company "Reports" (or "Launches", see _NEWS_VERBS) after its name
    ("Caterpillar" / "Reports" / "First-Quarter 2022 Results")."""
    if " " not in line:
        return prev[-1:] not in _SENTENCE_ENDS and line[:1].isupper() and line[-1:].isalpha()
    words = prev.split()
    return len(words) <= _NAME_VERB_WORDS and (
        words[-1].lower() in _NAME_VERBS or words[-1].lower() in _NEWS_VERBS)


def _sentence_pieces(cur: list[str], line: str) -> bool:
    """Whether a headline's third (or later) short piece under <br>s goes on with the pieces
    above as one sentence: a verb in the first piece, none in the others or in ``line``, all
    in one case ("Acme Names" / "Jane Doe" / "Chief Financial Officer", "Acme Announces
    Pricing" / "of $500 Million" / "Senior Notes Offering"). A piece with a verb ("Deal
    Valued at $2 Billion", "Revenue Up 25%") or a figure's sign, or one after a sentence's
    end, is a subheadline. (The second piece is the stub rule's: see _new_segment.)"""
    if len(cur) < 2 or "$" in line or "%" in line or cur[-1][-1:] in "!?:;" or (
            cur[-1][-1:] == "." and _full_stop(cur[-1])):
        return False
    pieces = [*cur, line]
    if any(len(p.split()) > _SUB_STUB_WORDS for p in pieces) \
            or len({_is_caps(p) for p in pieces}) > 1:
        return False
    head = [w.lower() for w in cur[0].split()[1:]]
    return any(map(_verb_opener, head)) and not any(_piece_verb(p) for p in pieces[1:])


def _piece_verb(piece: str) -> bool:
    """Whether a headline piece holds a verb or participle (an infinitive after "to" is none:
    "Agreement to Acquire"; nor a word in "-ing" after the first, a noun there: "Senior Notes
    Offering"); a first word in "-s" reads as one ("Raises 2022 Outlook")."""
    words = piece.lower().split()
    if words and words[0][-1:] == "s" and words[0][-2:] != "ss":
        return True
    return any((w.endswith("ed") or _verb_opener(w)) and w not in _PERIOD_ADJECTIVES
               and (k == 0 or (words[k - 1] != "to" and not w.endswith("ing")))
               for k, w in enumerate(words))


_NAME_VERB_WORDS = 4  # "Acme Holdings, Inc. Reports": a company's name and its verb
_NAME_VERBS = frozenset(("reports", "posts", "names"))  # (_CUT_END names the others)
_HEADLINE_WORDS = 4  # a typed headline line a longer line under it may be a subheadline of
_TAIL_MARKS = frozenset(",;:-&/")


def _longer_below(cur: list[str], line: str) -> bool:
    """Whether a typed line under a headline of one line, in its case, is a subheadline
    because it is longer: a wrapped headline's first line is the longest, the wrap taking
    the word it had no room for, and typists break a centred one with its longer part on top
    ("Sears Reports Second Quarter 2004 Results" / "Domestic Comparable Store Sales Down 3.1
    Percent"). The headline line of four words or more, not ending in a mark or an "Inc."
    ("Acme Widgets, Inc." / "Reports Record ..."), the line below opening with a capital and
    no verb or participle ("CTC Communications Announces Six Beta Customers" / "Using its
    100% Packet-Based Network for Voice Services" is one headline, typed flush left)."""
    if len(cur) != 1:
        return False
    prev = cur[0]
    words = line.split()
    if len(prev) + 1 + len(words[0]) > len(line) or not words[0][:1].isupper() \
            or not more_words(prev, _HEADLINE_WORDS - 1):
        return False
    last = prev.rsplit(None, 1)[-1]
    if prev[-1:] in _TAIL_MARKS or last.rstrip(".,").lower() in _ABBREVIATIONS:
        return False
    return not _verb_opener(words[0].lower())


def _set_apart(cur: list[str], line: str) -> bool:
    """Whether a typed line under two or more head lines it joins with no clue is a
    subheadline by its shape: an opening or closing dash alone ("--Net Income Up 25%", "Net
    Income Up 25% --"), sentence case under title case ("Net income up 25%"), or a length no
    wrap of the lines above gives (see _past_wrap)."""
    if line[:1] in _DASH_ENDS and SUBHEAD_OPEN.match(line) is not None:
        return True  # an opening dash alone: "--Net Income Up 25%"
    if line[-1:] in _DASH_ENDS and _close_search(line) is not None \
            and not (line[-1] == "-" and line[-2:-1].isalpha()):
        return True  # (not a word broken at its hyphen, "Packet-")
    if not _is_caps(line) and _is_title(cur[-1]) and _lower_case(line):
        return True
    return _past_wrap(cur, line)


# words of four letters or more a title-case line keeps in lower case
_TITLE_SMALL = frozenset("with from into over than upon onto amid near from that".split())


def _lower_case(line: str) -> bool:
    """Whether a line opening with a capital keeps its other words of four letters or more
    (one at least; title case's small words aside) in lower case: "Net income up 25%"."""
    if not line[:1].isupper():
        return False
    words = [w for w in line.split()[1:] if len(w) > 3 and w[0].isalpha()
             and w not in _TITLE_SMALL and not w[1].isupper()]  # (a name: "iPhone")
    return bool(words) and not any(w[0].isupper() for w in words)


def _past_wrap(cur: list[str], line: str) -> bool:
    """Whether ``line``, three words or more, follows title-case lines ``cur`` that read as
    one wrap, ended short: a wrap breaks a line only where its next word did not fit, so
    the last line of ``cur`` closes its headline when ``line``'s first word would have fit
    on it ("Acme Corp. Reports Record Third Quarter" / "Revenue and Earnings" / "Board
    Declares Quarterly Dividend"). Not a line opening with a verb ("... Inc." / "Completes
    ...") or a figure."""
    if _is_caps(line) or not more_words(line, 2) or not _is_title(cur[0]) \
            or line[:1].isdigit() or line[:1] == "$":
        return False  # (capitals headlines are centred, broken where the typist chose; a
        # figure goes on from the line above, "Domestic Sales Down" / "3.1 Percent ...")
    widest = max(len(a) for a in cur)
    if any(len(a) + 1 + len(b.split(None, 1)[0]) <= widest for a, b in pairwise(cur)):
        return False  # (the lines above break short themselves: no wrap's)
    return len(cur[-1]) + 1 + len(line.split(None, 1)[0]) <= max(widest, len(line)) \
        and not _verb_opener(line.split(None, 1)[0].lower())


def _verb_opener(opener: str) -> bool:
    """Whether a line's first word (lower-cased) is a verb or participle that goes on from
    the line above: "Reports", "Announces", "Up", "Using"."""
    return _CUT_END.fullmatch(opener) is not None or _SUB_VERB_START.fullmatch(opener) is not None \
        or opener in _VERB_OPENERS or (opener.endswith("ing") and len(opener) > 4)


# a verb a headline's second line opens with after its company's name ("Acme Widgets, Inc." /
# "Reports Record Results"), besides those _CUT_END names
_VERB_OPENERS = frozenset("reports reported posts names announced".split())


def _bracketed_line(line: str) -> bool:
    """A line wholly in round or square brackets, four words or more, under a headline
    line: a subheadline however either is cased ("Acme Reports Record Results" / "(Sales Up
    14%; Earnings Per Share of $2.86)"); a headline's wrapped line holds no whole bracket."""
    first = line[:1]
    return first in "([" and line[-1:] == ("(" if first == "(" else "]").translate(
        _CLOSING) and first not in line[1:] and more_words(line, 3)


_CLOSING = str.maketrans("([", ")]")


def _bracketed_word(line: str) -> bool:
    """A line that is one capitalised word in round or square brackets, no picture's note:
    "(Updated)", "(Transformational)", "[Transformational]" under a headline line are a
    note of their own, where a bracket opening a line otherwise goes on from the line above
    (see _CONNECT_START), and a square one would stop the walk up as "[LOGO]" does."""
    word = line[1:-1]
    return line[-1:] == line[:1].translate(_CLOSING) and line[:1] in "([" and word.isalpha() \
        and word[:1].isupper() and _PICTURE_WORDS.search(word) is None
_SENTENCE_CAPS = 3  # a sentence-case line's words of four letters or more, at the least


def _sentence_under_title(prev: str, line: str) -> bool:
    """A line in sentence case under a title-case headline line: a subheadline, stacked
    with no blank line ("Caterpillar Reports First-Quarter 2022 Results" / "Sales and
    revenues up 14%; profit per share of $2.86")."""
    return not _is_caps(prev) and _is_title(prev) and _sentence_case(line)


def _sentence_case(line: str) -> bool:
    """Whether a line opening with a capital is in sentence case: of its words of four
    letters or more after the first, three or more, none capitalised."""
    if not line[:1].isupper():
        return False
    words = [w for w in line.split()[1:] if len(w) > 3 and w[0].isalpha()]
    return len(words) >= _SENTENCE_CAPS and not any(w[0].isupper() for w in words)


def _cut_phrase(prev: str, line: str) -> bool:
    """Whether ``line`` finishes a phrase that ``prev`` cuts (see _RUN_ON_END, _CUT_END,
    _ORDINAL_END, _RECORD_END and _RUN_ON_START): "Acme Corp. Completes" / "Beta Systems
    Acquisition", "Acme Reports Record" / "Third Quarter of Fiscal 2009 Earnings"."""
    return bool(
        _RUN_ON_END.search(prev, max(0, len(prev) - 6)) or _RUN_ON_START.match(line)
        or _CUT_END.search(prev, max(0, len(prev) - _CUT_LAST)) or (
            _ORDINAL_END.search(prev, max(0, len(prev) - 7)) and _QUARTER_START.match(line))
        or (prev[-6:].lower() == "record"
            and _RECORD_END.search(prev, max(0, len(prev) - _RECORD_LAST)) is not None))


# "Record" after the verb that reports it is an adjective, its noun on the next line: "Acme
# Reports Record" / "Third Quarter Earnings" (no headline ends so; "Acme Sets Sales Record"
# may)
_RECORD_END = lazy(
    r"(?i:\b(?:reports|reported|posts|posted|announces|achieves|delivers)[ \t]+record)$")
_RECORD_LAST = 17  # "announces record" and the character before it


# A period a figure finishes, cut from it by a <br> or a wrap: "Acme Corp. Reports Fourth
# Quarter" / "2014 Results", "... for the Quarter Ended December" / "31, 2014"
_PERIOD_END = lazy(
    r"(?i:\b(?:quarter|year|half|months|weeks|period|q[1-4]|fy|january|february|march|april"
    r"|may|june|july|august|september|october|november|december))$"
)
_PERIOD_LAST = 10  # _PERIOD_END's longest word and the character before it
_FIGURE_TAIL_WORDS = 6  # the most words of a period's figure and what it heads ("2014 Results")


def _figure_finishes(prev: str, line: str) -> bool:
    """Whether a line opening with a figure finishes the period ``prev`` ends in, as a
    headline's second line: few words, no amount or verb ("2014 Results", "31, 2014"; not a
    subheadline of its own, "2015 Outlook Raised", "2014 Revenue Up 25%")."""
    if not _PERIOD_END.search(prev, max(0, len(prev) - _PERIOD_LAST)):
        return False
    words = line.split()
    return len(words) <= _FIGURE_TAIL_WORDS and "%" not in line and "$" not in line \
        and not any(w.lower().endswith("ed") or _verb_opener(w.lower()) for w in words[1:])


# The noun a period's results line closes with: "Fiscal 2024 Results", "Financial Results"
_RESULTS_END = lazy(r"(?i:\b(?:results|earnings))$")
_RESULTS_LAST = 9  # "earnings" and the character before it


def _results_finish(prev: str, line: str) -> bool:
    """Whether ``line`` is the rest of a headline whose line ``prev`` ends in its period,
    a word leading it: few words in the same case, no amount or verb, closing with the
    results the period heads ("Apple Reports" / "First Quarter" / "Fiscal 2024 Results",
    pieces broken by <br>s; "... Fourth Quarter" / "Financial Results"). A figure leading
    it is _figure_finishes's; a verb makes a subheadline ("Revenue Up 25%", "Net Income
    Doubles")."""
    if not _RESULTS_END.search(line, max(0, len(line) - _RESULTS_LAST)) \
            or not _PERIOD_END.search(prev, max(0, len(prev) - _PERIOD_LAST)):
        return False
    words = line.split()
    return len(words) <= _FIGURE_TAIL_WORDS and "%" not in line and "$" not in line \
        and _is_caps(prev) == _is_caps(line) and not any(
            w.lower().endswith("ed") or (_verb_opener(w.lower()) and w.lower() not in
                                         _PERIOD_ADJECTIVES) for w in words)


_PERIOD_ADJECTIVES = frozenset(("fiscal", "quarterly"))  # (in _CUT_END, but no verbs)


def _sub_stub(prev: str, line: str) -> bool:
    """Whether a short subheadline line ``prev`` is a noun phrase the next ``line`` finishes
    with its verb ("Fourth Quarter Revenue" / "Grows 25% to $45.2 Million"), not a whole
    phrase ("Net Income Up 18%" / "Board Raises Quarterly Dividend")."""
    return prev[-1:].isalpha() and _SUB_VERB_START.match(line) is not None and not any(
        c.isdigit() or c in "%$" for c in prev) and not any(
        _SUB_VERB_START.fullmatch(w) for w in prev.split())


# Words whose stop is an abbreviation's, no sentence's end: "Acme Widgets, Inc." / "Reports"
# (titles, legal forms, places), compared in lower case
_ABBREVIATIONS = frozenset(
    "inc corp co cos ltd ltda llc lp llp plc pty pte bhd sdn ag sa nv bv se spa gmbh cie intl"
    " jr sr no nos bros mfg assn st mt ft dr mr mrs ms messrs sen rep gov gen lt col capt"
    " prof rev hon ave blvd vs vol dept govt fla calif mass penn conn".split()
)


def _full_stop(line: str) -> bool:
    """Whether a line's closing "." ends a sentence: not an abbreviation's ("Inc.", "Corp.",
    "Sen."), an initial's or one inside a word ("U.S.", "L.P.")."""
    word = line[:-1].rsplit(None, 1)[-1] if line[:-1].strip() else ""
    return len(word) > 1 and "." not in word and \
        word.lstrip("(").strip(",").lower() not in _ABBREVIATIONS


def _close_search(text: str) -> re.Match[str] | None:
    """SUBHEAD_CLOSE.search(text), searched only in the run of blanks and dashes that ends
    the text (any match lies there, and its look-behind still sees the character before):
    a search led by a look-behind tries every position of the text."""
    return SUBHEAD_CLOSE.search(text, len(text.rstrip(_CLOSE_CHARS)))


def _clean_segment(lines: list[str]) -> str:
    """The text of a segment's (stripped) lines, less its brackets or subheadline dashes."""
    text = stripped_text(lines)
    if text[:1] == "[" and text[-1:] == "]" and "[" not in text[1:]:
        return text[1:-1].strip()  # "[Conference Call Scheduled for ...]": typography
    m = SUBHEAD_OPEN.match(text) if text[:1] in _DASH_ENDS else None
    if m and _close_search(text):
        text = text[m.end() :]  # SUBHEAD_OPEN.sub(count=1) of a match at the start
        close = _close_search(text)
        if close:
            text = text[: close.start()] + text[close.end() :]
    elif m:  # an opening dash alone: "--Net Income Up 25%"
        text = text[m.end() :]
    elif text[-1:] in _DASH_ENDS:  # a closing dash alone: "Net Income Up 25% --" (not
        # a word broken at its hyphen, "Packet-")
        mark = text[len(text.rstrip(_CLOSE_CHARS)) :]
        if mark[:1] in " \t" or "--" in mark or "\u2013" in mark or "\u2014" in mark:
            text = text[: len(text) - len(mark)]
    return text.strip()


# An item under a highlights heading is bulleted or numbered: "(1) Revenue ...", "2. Margin",
# or marked by an em dash, as HTML releases print "--" ("\u2014 Launched ..."; only here:
# elsewhere a line opening with one may be a dateline's or subheadline's)
_HIGHLIGHT_MARK = any_of(
    BULLET, _PLUS_ITEM, lazy(r"^[ \t]*(?:\(\d{1,2}\)|\d{1,2}[.)]|\u2014)[ \t]+(?=\S)"))


def _wrapped_highlights(lines: list[str], i: int) -> bool:
    """Whether lines i and i + 1 are one highlights heading wrapped at its bracket: "Third
    Quarter Fiscal 2008 Highlights (for the quarter ended December 31, 2007," / "compared to
    December 31, 2006):" (Horizon Financial 2008)."""
    s = lines[i].strip()
    if "(" not in s or ")" in s or i + 1 >= len(lines) or "ghl" not in s.lower():
        return False
    below = lines[i + 1].strip()
    return below.endswith((")", "):")) and _is_highlights(f"{s} {below}")


def find_highlights(text: str) -> list[str]:
    """Bullet items under a "... Highlights:" heading, each joined to one line."""
    return highlights_in(text.split("\n"))


def _lead_in_highlights(s: str) -> bool:
    """A paragraph's last sentence leading into the list: "... second quarter results.
    Highlights of the quarter included:"."""
    cut = s.rfind(". ", 0, len(s) - 10)
    return cut > 0 and s.endswith(":") and _is_highlights(s[cut + 2 :].strip())


def _group_label(lines: list[str], i: int) -> bool:
    """Line i labels a group of items under a highlights heading ("Financial" / "- Net
    income ...", "Operational:"): a few words in capitals or title case, no sentence's
    stop, and a marked item of words right under it (not the underline a 1990s table's
    sub-heading prints as "- ---------")."""
    s = lines[i].strip()
    if i + 1 >= len(lines) or not s[:1].isupper() or more_words(s, 4) or s[-1:] in ".,;":
        return False
    mark = _HIGHLIGHT_MARK.match(lines[i + 1])
    return (
        mark is not None
        and any(c.isalpha() for c in lines[i + 1][mark.end() : mark.end() + 20])
        and _is_title(s.rstrip(":") + " Xxxx")  # (a one-short-word label counts)
    )


# Labels over a release's other lists, no group of highlights: "Outlook", "2019 Guidance",
# "Conference Call Information", "Webcast", "Dividend", "About Acme", "Forward-Looking ..."
_NOT_GROUPS = ("outlook", "guidance", "conference call", "webcast", "dividend", "about ",
               "forward-looking", "forward looking", "safe harbor")


def _names_no_group(s: str) -> bool:
    low = s.lower()
    return any(w in low for w in _NOT_GROUPS)


def _ends_item(lines: list[str], i: int, text_at: int, hang: int, width: list[int]) -> bool:
    """Whether line i, under a highlight's lines, opens the body's next paragraph instead:
    it sits left of the column the list's wrapped lines hang at ("o    Margin widened to
    4.12%, up 150 basis points" / "     The Company also ..."), or the line above ended a
    sentence where the line's first word would have fitted ("-  Completed the conversion." /
    "The Company also announced ..."). ``width``: the wrap width, worked out on first need
    (0: rendered HTML, whose lines are blocks and may be an item's <br> lines)."""
    line = lines[i]
    at = indent(line)
    if hang > 0 and hang == text_at and at < hang:
        return True
    last = lines[i - 1].strip()
    first = line[at : at + 1]
    if not (first.isupper() or first in _OPENERS):
        return False
    stop = last.rstrip(_CLOSERS)[-1:]
    if not width:
        head = lines[:400]
        width.append(0 if is_unwrapped(head) else wrap_width([s.strip() for s in head]))
    if not width[0]:
        # rendered HTML: under an item that does not run on, a line that is a paragraph of
        # prose, or a sentence of its own after the item's full stop, or a whole sentence
        # ("\u201cWe delivered ...,\u201d said ...", "The Company repurchased 1.2 million
        # shares."), is the body's next (an item's <br> line runs on from it)
        return stop not in _RUNS_ON and (
            (stop in ".!?" and _ends_sentence(last.rstrip(_CLOSERS)))
            or more_words(line, _PROSE_LINE_WORDS)
            or (line.rstrip(_CLOSERS)[-1:] in ".!?" and more_words(line, _SENTENCE_WORDS)))
    if stop not in ".!?" or not first.isupper() or at == text_at:
        return False
    return len(last) + 1 + len(line.split(None, 1)[0]) <= width[0] - 2


_CLOSERS = "\"'\u201d\u2019)"  # what may follow an item's full stop
_OPENERS = "\"\u201c"  # a quote opening a paragraph
_RUNS_ON = ",;:-&"  # how an item's line that goes on to the next ends
_PROSE_LINE_WORDS = 20
_SENTENCE_WORDS = 5


def _ends_sentence(text: str) -> bool:
    """Whether a line's closing stop ends a sentence: not an abbreviation's ("Health
    System, Inc.", "Corp.") or initials' ("U.S.", "L.P."), though a figure's ("$0.12.")."""
    if text[-1:] != ".":
        return True
    word = text[:-1].rsplit(None, 1)[-1].lstrip("(").lower() if text[:-1].strip() else ""
    return word not in _ABBREVIATIONS and not (
        word.replace(".", "").isalpha() and (len(word) == 1 or "." in word))


def _ends_sentence_line(line: str) -> bool:
    """Whether a line ends with a sentence's stop (see _ends_sentence)."""
    text = line.rstrip().rstrip(_CLOSERS)
    return text[-1:] in ".!?" and _ends_sentence(text)


def _lead_in(item: list[str]) -> bool:
    """Whether the item so far is a bold lead-in over its text's <br> line ("Expanded
    Margins" / "Gross margin expanded ..."): a short title with no stop (not "Free cash
    flow: $410 million", whose line under it may be the body's)."""
    return len(item) == 1 and not more_words(item[0], 6) and _is_title(item[0]) \
        and not _ends_sentence_line(item[0])


def _item_below(lines: list[str], i: int, marks: str) -> bool:
    """Whether an item with one of ``marks`` follows line i within its block (no blank
    line or label between): rendered HTML prints an item's <br>, <div> or <p> lines
    apart ("\u2022 Record Quarterly Revenue" / "Revenue increased 18% ..." / "\u2022 ..."),
    and the list goes on after them."""
    for j in range(i + 1, min(len(lines), i + 9)):
        s = lines[j].strip()
        if not s:  # (<p> items print a blank line apart)
            return j + 1 < len(lines) and lines[j + 1].lstrip()[:1] in marks and \
                _HIGHLIGHT_MARK.match(lines[j + 1]) is not None
        if s[-1] == ":" and not more_words(s, 4):
            return False
        line = lines[j]
        if s[0] in marks and _HIGHLIGHT_MARK.match(line):
            return True
    return False


# Marks a list's second level prints under a "\u2022" or "*" item: Word's "o" and its
# Wingdings square, a dash, a white bullet
_SUB_MARKS = frozenset("o-\u2013\u25e6\u25aa\uf0a7\u2043")


def is_sub_item(line: str, s: str, at: int, top: str, top_at: int) -> bool:
    """Whether a marked line (``s`` stripped, ``at`` its indent) may detail the item above
    instead of opening the next ("*  New customers included:" / "     -  Global Bank ..."):
    a second-level mark unlike the list's first (``top``, at indent ``top_at``), set right
    of it in plain text or after a tab in rendered HTML (whose cells keep no indent; see
    _top_returns)."""
    c = s[0]
    return bool(top) and c != top and c in _SUB_MARKS and top not in _SUB_MARKS and (
        at > top_at or "\t" in line)


def _top_returns(lines: list[str], i: int, top: str) -> int:
    """Where a list whose marks changed at line i (rendered HTML, no indent) goes on with
    its first mark (``top``): "\u2022 ... / o ... / o ... / \u2022 ..." are two levels, but
    a flat list's restyled marks never come back ("\u00b7 Revenue ..." / "o GAAP EPS ..." /
    "o Cash ..."). Minus the line the search ended at when it does not."""
    j = i + 1
    for j in range(i + 1, min(len(lines), i + 60)):
        s = lines[j].strip()
        if not s:
            if j + 1 < len(lines) and not _HIGHLIGHT_MARK.match(lines[j + 1]):
                break  # the list's end
        elif s[0] == top and _HIGHLIGHT_MARK.match(lines[j]):
            return j
        elif s[-1] == ":" and not _HIGHLIGHT_MARK.match(lines[j]):
            break  # a label over the next group or list
    return -j


def _mark_class(s: str) -> str:
    """The marks an item's fellows may bear: its own, or any number."""
    return "0123456789(" if s[0] in "0123456789(" else s[0]


_RULE_CHARS = frozenset("-=_")


def _is_underline(line: str) -> bool:
    """A line of dashes, equals signs or underscores alone (a typed heading's underline)."""
    s = line.strip()
    return len(s) >= 3 and s[0] in _RULE_CHARS and not set(s) - _RULE_CHARS


def highlights_in(lines: list[str], low: str | None = None) -> list[str]:
    """The items of each highlights list in ``lines`` (``low``: the lines joined and
    lower-cased, when the caller has them; a line blanked since may still hold its text
    there, and is passed over)."""
    out: list[str] = []
    if low is None:
        low = "\n".join(lines).lower()
    # a heading holds "highlights" in some case: only the lines holding "ghl" are tried
    i = 0
    for at in lines_holding(low, "ghl"):
        if at < i or not lines[at]:
            continue  # (inside the list just read, or blanked)
        s = lines[at].strip()
        if _is_highlights(s) or _lead_in_highlights(s):
            i = at + 1
        elif _wrapped_highlights(lines, at):
            i = at + 2
        else:
            continue
        if i < len(lines) and _is_underline(lines[i]):
            i += 1  # a typed heading's rule: "Highlights" / "----------"
        item: list[str] = []
        indent_at = 0  # the indent of the current item's mark
        text_at = hang = -1  # the item's text column; where the list's wrapped lines hang
        top = ""  # the mark of the list's first item, and its indent: the list's level
        top_at = 0
        sub = False  # the current line belongs to a sub-item (kept with its parent)
        flat_to = 0  # in rendered HTML, marks unlike the first are flat up to this line
        marks = ""  # (see _mark_class) of the current item
        width: list[int] = []  # (see _ends_item)
        # the list opened with a group's label: later labels head groups too (else a label
        # under the list, "Outlook" over its own items, ends it)
        grouped = False
        while i < len(lines):
            line = lines[i]
            s = line.strip()
            if mark := _HIGHLIGHT_MARK.match(line):
                at = indent(line)
                # (a run of sub-items stays one: its first decided)
                doubt = not sub and at <= top_at and not item[-1].endswith(":") if item else False
                sub = bool(item) and is_sub_item(line, s, at, top, top_at)
                if sub and doubt and i >= flat_to and (back := _top_returns(lines, i, top)) < 0:
                    flat_to = -back
                if sub and doubt and i < flat_to:
                    sub = False  # a flat list's restyled mark
                if sub:
                    item.append(line[mark.end() :].strip())  # with the item it details
                else:
                    if item:
                        out.append(paragraph_text(item))
                    item = [line[mark.end() :].strip()]
                    marks = _mark_class(s)
                    if not top:
                        top, top_at = s[0], at
                indent_at = at
                text_at = -1 if "\t" in line else mark.end()
            elif s and item and _is_highlights(s):
                break  # the next heading ("Business Highlights:" right under an item)
            elif s and (grouped or not item) and _group_label(lines, i) and (
                    not item or not lines[i - 1].strip() or s.endswith(":")
                    or indent(line) < indent_at or _ends_sentence_line(lines[i - 1])):
                # (not a wrapped item's last line)
                if _names_no_group(s):
                    break  # "Outlook" over its own items: the highlights end
                grouped = True
                if item:  # a new group: its items are the list's, whatever their mark
                    out.append(paragraph_text(item))
                    item, top = [], ""
            elif s and item:
                # (in rendered HTML a line the list's items go on under, or a lead-in's
                # text, is an item's <br> line, however it reads)
                if _ends_item(lines, i, text_at, hang, width) and (
                        not width or width[0] or not (
                        _item_below(lines, i, marks) or _lead_in(item))):
                    break  # the body's next paragraph, typed with no blank line above
                if hang < 0 and not sub and indent(line) == text_at > indent_at:
                    hang = text_at  # the list's wrapped lines hang under the text
                item.append(line)
            elif not s and item:
                if i + 1 >= len(lines) or not (_HIGHLIGHT_MARK.match(lines[i + 1]) or (
                        grouped and _group_label(lines, i + 1)
                        and not _names_no_group(lines[i + 1]))):
                    break
            elif s:
                break
            i += 1
        if item:
            out.append(paragraph_text(item))
    return out


def split_headline(text: str) -> tuple[str | None, list[str]]:
    """(headline, subheadlines) of the lines above a dateline (the text ends at it)."""
    lines = text.split("\n")
    found = locate_dateline(lines, labels=True)
    end = found[0] if found else len(lines)
    head = read_head(lines + [""], end) if found else read_head(lines + ["x"], len(lines))
    return head.headline, head.subheadlines
