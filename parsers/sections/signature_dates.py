"""The date a signature block states for its signers.

Dates reads the dates of each string once per block: find_dates ("3-13-00" and "3.13.00" too
where they are all of a cell or line, or all after a "Date:" caption), then "on the 16th day of
May, 2023" (the day in figures or spelt out: "this twenty-first day of March, 1996") and "21st March
2018". block_date is the date the block states once for all ("Date:" / "Dated:", "duly
authorized on <date>"), not the report's own ("for the fiscal year ended ..."), or else a date
whose month is misspelt by one letter ("Marcxh 12, 2002") or whose comma is a stop ("March 3.
2025"). DATE_LABEL: a "Date:" caption.
"""

from __future__ import annotations

import re

from ..lazy_re import lazy
from ..regex_cache import compiled
from ..values import comma_for_stop, find_dates
from .signature_block import TITLE_WORDS

DATE_LABEL = compiled(r"^Dated?\b[:.]?\s*", re.I)
_DIGIT = compiled(r"\d")


class Dates(dict[str, list[tuple[int, str]]]):
    """find_dates of each string read once per block: a line, its chunks and the registrant
    test date the same strings again (find_dates is pure; its lists are only read here)."""

    def __missing__(self, text: str) -> list[tuple[int, str]]:
        found = find_dates(text)
        if not found and len(text) < _DASHED_CELL and ("-" in text or "." in text) \
                and text.rstrip()[-2:].isdigit():
            found = _dashed_alone(text)  # "Date: 3-13-00", "3-13-00", "3.13.00"
        if not found:
            if "day" in text:
                found = _day_of(text)
            elif text[:1] in _ORDINAL_LEADS and (
                    "st " in text or "nd " in text or "rd " in text or "th " in text):
                found = _ordinal_first(text)  # "Date: 21st March 2018", "21st March 2018"
        self[text] = found
        return found


# "3-13-00", "3.13.00" (see find_dates): read only where it is the whole of a cell or line,
# or the whole of what follows a "Date:" caption
_DASHED_CELL = 24


# the words before a date a title holds ("Director since March 1, 2005", "Trustee u/a/d
# June 1, 1998")
_DATE_LEAD = lazy(
    r"\b(?i:(since|from|effective|until|through|on|of|dated|dtd|u/a/d|u/a|to))[ \t]*$")


def dated_title(title: str, dates_of: Dates) -> tuple[str, str | None]:
    """ "President March 28, 2008", "President, March 28, 2008", "President (March 28,
    2008)": a title typed with its date on one line (a row typed with single spaces) -> the
    title and the date; not "Director since March 1, 2005", a date the title holds."""
    if title[-1:] == ")" and title[-2:-1].isdigit():
        return _bracketed_date(title, dates_of)
    if not title or not title[-1].isdigit() or not (dates := dates_of[title]):
        return title, None
    at = dates[-1][0]
    if lead := _DATE_LEAD.search(title, 0, at):
        if lead.group(1).lower() != "dated" or _held(title[max(0, at - 30) : at]):
            return title, None  # "Director since March 1, 2005", "Trustee u/a dated ..."
        at = lead.start()  # "Director dated March 1, 2005": the signer's date
    elif (label := _LABEL_END.search(title, 0, at)) is not None:
        at = label.start()  # "Director Date: March 1, 2005": the date's caption run on
    return title[:at].rstrip(" ,-\u2013\u2014"), dates[-1][1]


# a date's caption ending the title it is run on after ("Director Date: March 1, 2005")
_LABEL_END = lazy(r"[ \t]Dated?:[ \t]*$", re.I)


def cell_title(text: str, dates_of: Dates) -> tuple[str, str | None] | None:
    """A table's cell holding a title and a date: "Director since March 1, 2005" -> the
    title, no date (the title's own); "President (March 27, 2008)", "Director dated May 24,
    1995", "Director, May 24, 1995" -> the title and the signer's date; None for any other
    cell (a date alone, "Date: ...")."""
    if text[-1:] == ")" and text[-2:-1].isdigit():
        title, dated = _bracketed_date(text, dates_of)
        return (title, dated) if dated and title and not DATE_LABEL.match(title) else None
    dates = dates_of[text]
    if not text[-1:].isdigit() or not dates:
        return None
    if _held(text[max(0, dates[-1][0] - 30) : dates[-1][0]]):
        return text, None
    if not _title_before(text[: dates[-1][0]]):
        return None
    title, dated = dated_title(text, dates_of)
    return (title, dated) if title and dated else None


_BRACKETED_DATE = 24  # "(Date: September 30, 2025)"


def _bracketed_date(title: str, dates_of: Dates) -> tuple[str, str | None]:
    """ "President (January 12, 2025)", "President (Date: 1/12/2025)": a date, all the
    brackets hold, closing the title."""
    at = title.rfind("(")
    inner = title[at + 1 : -1]
    if at < 0 or len(inner) > _BRACKETED_DATE or not (dates := dates_of[inner]):
        return title, None
    caption = DATE_LABEL.match(inner.lstrip())
    lead = len(inner) - len(inner.lstrip()) + (caption.end() if caption else 0)
    if len(dates) > 1 or dates[0][0] != lead or len(inner[lead:].split()) > 3:
        return title, None  # "(effective January 12, 2025)", "(... 2025 and 2026)": the title's
    return title[:at].rstrip(" ,-\u2013\u2014"), dates[0][1]


def _dashed_alone(text: str) -> list[tuple[int, str]]:
    caption = DATE_LABEL.match(text)
    rest = text[caption.end() :] if caption else text
    at = len(text) - len(rest.lstrip())
    rest = rest.strip()
    found = find_dates(rest, dashed=True) if len(rest) <= 8 else []
    return [(at, found[0][1])] if found and found[0][0] == 0 else []


# "on the 16th day of May, 2023": how registration statements (and old 10-Ks) date the block;
# the day may be spelt out ("this twenty-first day of March, 1996") and the year follow "A.D."
_DAY_OF = lazy(
    r"\b(?:(\d{1,2})(?:st|nd|rd|th|d)?|((?i:(?:(?:twenty|thirty)-?[ \t]?)?(?:first|second|third"
    r"|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven"
    r"|eigh|nine)teenth|twentieth|thirtieth)))[ \t]+day[ \t]+of[ \t]+([A-Z][a-z]{2,8}\.?),?[ \t]+"
    r"(?:A\.?D\.?,?[ \t]+)?((?:19|20)\d\d)\b")
_UNITS = {w: n for n, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split(), 1)}
_TENS = {"twenty": 20, "thirty": 30, "twentieth": 20, "thirtieth": 30}
_WORD_SPLIT = lazy(r"[- \t]+")


def _day_number(words: str) -> int:
    """ "twenty-first" -> 21, "Fifteenth" -> 15."""
    return sum(_TENS.get(w, 0) or _UNITS.get(w, 0) for w in _WORD_SPLIT.split(words.lower()))


# "Date: 21st March 2018": a foreign issuer's ordinal day before the month, in a "Date" line
# or a cell of its own
_ORDINAL_LEADS = frozenset("Dd0123456789")
_ORDINAL_FIRST = lazy(
    r"\b(\d{1,2})(?:st|nd|rd|th)[ \t]+([A-Z][a-z]{2,8}\.?),?[ \t]+((?:19|20)\d\d)\b")


# "Marcxh 12, 2002", "Febuary 3, 2004", "Feburary 3, 2004": a month misspelt by one letter
# (one too many, one missing, one wrong or two swapped; never the first); only the long
# names, so no misspelling can be read as two months ("Juny")
_MISSPELT = lazy(r"\b([A-Z][a-z]{3,9})[ \t]{1,3}(\d{1,2}),?[ \t]{1,3}((?:19|20)\d\d)\b")
_LONG_MONTHS = ("January", "February", "March", "April", "August", "September", "October",
                "November", "December")


def _one_typo(word: str, month: str) -> bool:
    """`word` is `month` with one letter added, dropped, changed or swapped with the next."""
    if word[0] != month[0] or abs(len(word) - len(month)) > 1 or word == month:
        return False
    short, long = sorted((word, month), key=len)
    if len(short) < len(long):
        return any(long[:k] + long[k + 1 :] == short for k in range(1, len(long)))
    diff = [k for k in range(len(word)) if word[k] != month[k]]
    return len(diff) == 1 or len(diff) == 2 and diff[1] == diff[0] + 1 \
        and word[diff[0]] == month[diff[1]] and word[diff[1]] == month[diff[0]]


def _misspelt(text: str) -> list[tuple[int, str]]:
    found = []
    fixed = comma_for_stop(text)  # "March 3. 2025": the dates read only with the comma
    if fixed is not text:
        plain = set(find_dates(text))
        found.extend(date for date in find_dates(fixed) if date not in plain)
    for m in _MISSPELT.finditer(text):
        months = [month for month in _LONG_MONTHS if _one_typo(m.group(1), month)]
        if len(months) == 1:
            dates = find_dates(f"{months[0]} {m.group(2)}, {m.group(3)}")
            found.extend((m.start(), iso) for _, iso in dates)
    return found


def _ordinal_first(text: str) -> list[tuple[int, str]]:
    return [(m.start(), found[0][1]) for m in _ORDINAL_FIRST.finditer(text)
            if (found := find_dates(f"{m.group(2)} {m.group(1)}, {m.group(3)}"))]


def _day_of(text: str) -> list[tuple[int, str]]:
    return [(m.start(), found[0][1]) for m in _DAY_OF.finditer(text)
            if (found := find_dates(
                f"{m.group(3)} {m.group(1) or _day_number(m.group(2))}, {m.group(4)}"))]


# The preamble's date of the report, not of the signing: "... this Annual Report on Form 10-K
# for the fiscal year ended" / "December 31, 2002 to be signed ...", "... this report on Form
# 8-K dated March 3, 2003" (the text before the date, the line above too)
_PERIOD_BEFORE = lazy(r"(?:\b(?i:ended|ending)|\b(?i:report|8-K(?:/A)?)[ \t]+dated)\s*+(?:,\s*+)?$")


# the words before a date a signer's title holds, no signing date ("Director since March 1,
# 2005", "Trustee u/a/d June 1, 1998", "effective March 1, 2005", "Trustee of the Roe Trust
# dated June 1, 1998", a trust's date); not "on", "of" nor "dated" alone, which the block's
# own date follows too ("duly authorized on ...", "Dated ...")
_HELD_BY = lazy(r"\b(?i:since|effective|until|dtd|u/a/d|u/a(?:[ \t]+dated)?|(?:trust|agreement)"
                r"[ \t]+dated)[ \t]*$")
_HELD_ENDS = frozenset("eEdDaAlL")  # (the last letters of those words: a cheap guard)


def _held(before: str) -> bool:
    """The text `before` a date ends with words that make it a date a title holds."""
    return before.rstrip(" \t")[-1:] in _HELD_ENDS and _HELD_BY.search(before) is not None


def _signing_dates(block: str, start: int, dates: list[tuple[int, str]]
                   ) -> list[tuple[int, str]]:
    """The dates of a line (or lines) at `start` of the block, less the report's own."""
    if not dates:
        return dates
    kept = []
    for at, iso in dates:
        before = block[max(0, start + at - 30) : start + at]
        if ("nd" in before or "ated" in before) and _PERIOD_BEFORE.search(before):
            continue  # the report's period
        if _held(before):
            continue  # the date a title holds
        kept.append((at, iso))
    return kept


# a month ending a line, its day and year on the next: "... duly authorized on April" / "24,
# 2002." (a sentence wrapped in plain text); or the month and day, the year on the next:
# "... duly authorized on April 24," / "2002."
_MONTH_ENDING = lazy(r"\b(?:January|February|March|April|May|June|July|August|September"
                     r"|October|November|December)(?:[ \t]{1,3}\d{1,2},)?$")
_MONTH_CHARS = 16  # the longest month's name, its day and comma


def _month_above(block: str, start: int, end: int, dates_of: Dates) -> list[tuple[int, str]]:
    """The dates of a line whose month (or month and day) ends the line above: both lines
    read as one."""
    if _MONTH_ENDING.search(block, max(0, start - 2 - _MONTH_CHARS), start - 1) is None:
        return []
    above = block.rfind("\n", 0, start - 1) + 1
    return _signing_dates(block, above, dates_of[block[above:end].replace("\n", " ")])


# The words before a date of a "signed below" sentence that make it no signing date: a
# period's ends ("this report for the period from March 3, 2014 (inception) through December
# 31, 2014", "the transition period from July 1, 2014 to ..."), a document's date ("this
# Amendment No. 1 to the report, originally filed on February 27, 2015", "powers of attorney
# dated February 1, 2015"), what a report covers ("which covers the period through ...")
_NO_SIGNING_BEFORE = lazy(
    r"(?:\b(?i:from|through|thru|to|until|filed(?:[ \t]+on)?|dated|period|ended|ending"
    r"|covers|covering|inception)|\((?i:inception)\))[ \t,]*+$")
_NO_SIGNING_REACH = 30  # (the words right before the date)


def sentence_date(before: str, line: str, dates_of: Dates) -> str | None:
    """The signing date a line of a sentence states, the sentence's text so far `before` it
    ("... in the capacities indicated on March 2, 2015."; not "... the fiscal year ended",
    "... the period from March 3, 2014", "... originally filed on February 27, 2015")."""
    joined = f"{before[-40:]} {line}"
    start = len(joined) - len(line)
    for at, iso in _signing_dates(joined, start, dates_of[line]):
        end = start + at
        if _NO_SIGNING_BEFORE.search(joined[max(0, end - _NO_SIGNING_REACH) : end]) is None:
            return iso
    return None


def block_date(block: str, dates_of: Dates) -> str | None:
    """The date the block states once for all: "Dated: ...", "duly authorized on ..."."""
    pos = 0
    titled = None  # a date typed after a signer's title
    spelt = "day" in block  # (most blocks have no "day of": no sentence to join across lines)
    while digit := _DIGIT.search(block, pos):  # only lines with a digit can hold a date
        start = block.rfind("\n", 0, digit.start()) + 1
        end = block.find("\n", digit.start())
        end = len(block) if end < 0 else end
        dates = _signing_dates(block, start, dates_of[block[start:end]])
        if spelt and (not dates or block[start - 2 : start] == "-\n"):
            # "... on the 3rd day of March," / "1995.", "this twenty-first day of" / "March,
            # 1996.", "twenty-" / "first day of ...": the sentence wraps in plain text (the
            # line above, this and the next)
            before = block.rfind("\n", 0, max(0, start - 1)) + 1 if start else 0
            after = block.find("\n", end + 1) if end < len(block) else -1
            window = block[before : len(block) if after < 0 else after]
            if "day" in window:
                dates = _signing_dates(block, before,
                                       dates_of[window.replace("\n", " ")]) or dates
        if not dates and start and (block[start - 2 : start - 1].isalpha()
                                    or block[start - 2 : start - 1] == ","):
            dates = _month_above(block, start, end, dates_of)
        if dates and not titled and _title_before(block[start : start + dates[0][0]]):
            titled = dates[0][1]  # the signer's own, the block's if it states no other
        elif dates:
            return dates[0][1]
        pos = end + 1
    if titled:
        return titled
    # no date as spelt: one whose month is misspelt ("Date:  Marcxh 12, 2002") or with a
    # stop for its comma ("March 3. 2025")
    misspelt = _misspelt(block)
    return min(misspelt)[1] if misspelt else None


# a signer's title opening a line the date ends ("President, March 28, 2008", "Director
# dated March 1, 2005"): the signer's date; a table's row is kept ("President    March ...")
_TITLE_OPENS = lazy(rf"[ \t]*+(?i:{TITLE_WORDS})[^\n]{{0,80}}$")


def _title_before(before: str) -> bool:
    """Not a sentence's line ("President, thereunto duly authorized, on March 1, 2005")."""
    typed = before.strip()
    if "  " in typed or "\t" in typed or "uthoriz" in typed or not _TITLE_OPENS.match(typed):
        return False
    lead = _DATE_LEAD.search(before)
    return lead is None or lead.group(1).lower() == "dated"
