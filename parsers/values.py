"""Typed values from printed strings: dates to ISO, phone numbers, IRS numbers, US states.

The jc `_process()` step: detectors find strings, these turn them into typed values.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta

from .lazy_re import lazy
from .regex_cache import compiled

_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May\.?|Jun(?:e|\.)?|Jul(?:y|\.)?"
    r"|Aug(?:ust|\.)?|Sep(?:tember|t\.|t|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
# "August 3, 2000", "August 3 2000", "Sept. 3, 1999", "August 3rd, 2000", "3 August 2000",
# "3rd August, 2000", "3-Aug-2000", "08/02/2000", "8/2/00", "08-02-2000", "2024-02-01"; a
# rendered page's "August 3 , 2000" (a span closed before the comma); a cp1252 text's
# no-break spaces ("August\xa03,\xa02000"); the comma typed after the month ("June, 30 2008")
DATE_RE = compiled(
    rf"\b{_MONTH},?[ \t\xa0]{{0,3}}\d{{1,2}}(?:st|nd|rd|th)?(?:[ \t\xa0]{{0,2}},)?[ \t\xa0]{{0,3}}"
    rf"(?:\d{{4}}|['\u2019]\d\d)\b"
    rf"|\b\d{{1,2}}(?:(?:st|nd|rd|th)?[ \t\xa0\-]{_MONTH}[ \t\xa0,\-]{{1,3}}\d{{4}}"
    r"|/\d{1,2}/(?:\d{4}|\d{2})|-\d{1,2}-(?:19|20)\d\d"
    # "03.03.2025", month first as with slashes (not inside a longer dotted run: "1.10.12.2020"
    # is a version's, nor a two-digit year: "1.5.25" is an amount's or a section's)
    r"|(?<!\.\d)(?<!\.\d\d)\.\d{1,2}\.(?:19|20)\d\d(?!\.\d))\b"
    r"|\b(?:19|20)\d\d-\d\d-\d\d\b",
    re.IGNORECASE,
)
# DATE_RE in lower case, behind a look-ahead for the first characters of its spellings (the
# months' initials, a digit): searched case-sensitively in lowered ASCII text it finds the same
# spans ~2x faster, as a caseless pattern gives the engine no character to skip to. (Only for
# ASCII: re.I also folds U+017F and U+212A onto "s" and "k".)
_DATE_LOWER = compiled(rf"(?=[adfjmnos\d])(?:{DATE_RE.pattern.lower()})")
_DEFAULT = datetime(1900, 1, 1)


_MONTHS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
# The spellings nearly every filing uses, read without dateutil (10x faster).
# ("March 26,2001" too: dateutil reads that as March 26 of the default year)
_COMMON = compiled(r"([A-Za-z]{3})[A-Za-z]*\.?,?[ \t]{1,3}(\d{1,2})(?:st|nd|rd|th)?"
                     r"(?:[ \t]{0,2},[ \t]{0,3}|[ \t]{1,3})(\d{4})$"
                     r"|(\d{1,2})([/.-])(\d{1,2})\5(\d{4}|\d\d)$")


def _year(digits: str) -> int:
    """A year as printed; two digits ("8/2/00", "Sept. 3, '99") name 1950-2049, a fixed
    window (dateutil's moves with today's date)."""
    year = int(digits)
    if len(digits) == 2:
        year += 2000 if year < 50 else 1900
    return year


def fast_date(text: str) -> str | None:
    """The common spellings ("August 2, 2000", "Sept. 29 1997", "08/02/2000") read
    without dateutil; None for anything else."""
    match = _COMMON.match(text)
    if not match:
        return None
    if match.group(1):
        month = _MONTHS.get(match.group(1).lower())
        day, year = int(match.group(2)), int(match.group(3))
    else:
        month, day, year = int(match.group(4)), int(match.group(6)), _year(match.group(7))
    if not month or not 1 <= day <= 31 or not 1 <= month <= 12:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


# "March, 2009", "March 2009", "Mar. 2009": a month with no day
_MONTH_YEAR = compiled(rf"{_MONTH}[ \t]{{0,3}},?[ \t]{{0,3}}((?:19|20)\d\d)\b", re.IGNORECASE)


# a span of months before the last: "March, 2004 through ", "March - ", "March to "
_MONTH_SPAN = compiled(rf"{_MONTH}(?:[ \t]{{0,3}},?[ \t]{{0,3}}(?:19|20)\d\d)?,?[ \t]{{0,3}}"
                       r"(?:through|thru|to|until|-|\u2013|\u2014)[ \t]{0,3}(?=[a-z])",
                       re.IGNORECASE)


def month_end(text: str) -> str | None:
    """The last day of the month printed at the start of `text` ("March, 2009" ->
    "2009-03-31"), the date EDGAR files a monthly report (a 6-K) under; of a span of months
    ("March, 2004 through April, 2004"), the last one's: the report covers the span."""
    span = _MONTH_SPAN.match(text)
    match = _MONTH_YEAR.match(text, span.end() if span else 0)
    if span and not match:
        match = _MONTH_YEAR.match(text)
    if not match:
        return None
    month = _MONTHS[match.group(0)[:3].lower()]
    year = int(match.group(1))
    return (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).isoformat()


def parse_date(text: str | None) -> str | None:
    """A printed date -> "YYYY-MM-DD", or None when it is not a whole date."""
    if not text:
        return None
    match = DATE_RE.search(text)
    if not match:
        return None
    return _iso(match.group(0))


def _iso(found: str) -> str | None:
    """parse_date of a string DATE_RE matched whole (searched again, it matches the same)."""
    if "\xa0" in found:
        found = found.replace("\xa0", " ")
    fast = fast_date(found)
    if fast is not None:
        return fast if 1900 < int(fast[:4]) < 2100 else None
    if found[-3] in "'\u2019":  # "Sept. 3, '99": DATE_RE closes on the year
        found = f"{found[:-3]}{_year(found[-2:])}"
        fast = fast_date(found)
        if fast is not None:
            return fast
    try:
        value = _dateutil_parse(found, default=_DEFAULT)
    except (ValueError, OverflowError):
        return None
    if not 1900 < value.year < 2100:
        return None
    return value.date().isoformat()


_DIGIT = compiled(r"\d")  # every DATE_RE spelling has digits; most lines tested have none


# "3-13-00", "3.13.00": month, day and a two-digit year between hyphens or stops (the same
# twice), as an insider's form or a signature block types the date beside its "Date" caption;
# elsewhere the shape is as often a part number's, a code's, a range's or a section's, so
# DATE_RE leaves it: only a caller reading a date's own place asks for it (not inside a longer
# run of digits, hyphens, slashes or stops)
_DASHED = compiled(r"(?<![\w./\-])(\d{1,2})([-.])(\d{1,2})\2(\d\d)(?![\w/\-]|\.\d)")


def _dashed(text: str) -> list[tuple[int, str]]:
    found = []
    for match in _DASHED.finditer(text):
        month, day = int(match.group(1)), int(match.group(3))
        if 1 <= month <= 12 and 1 <= day <= 31:
            try:
                iso = date(_year(match.group(4)), month, day).isoformat()
            except ValueError:  # ("2-30-00")
                continue
            found.append((match.start(), iso))
    return found


def find_dates(text: str, dashed: bool = False) -> list[tuple[int, str]]:
    """Every whole date in `text`, as (offset, ISO date); with `dashed`, "3-13-00" and
    "3.13.00" too (see _DASHED)."""
    found: list[tuple[int, str]] = []
    if _DIGIT.search(text) is None:  # a fast character scan: DATE_RE has no first character
        return found
    if text.isascii():
        # same spans as DATE_RE.finditer(text); the values are read from `text` as printed
        for match in _DATE_LOWER.finditer(text.lower()):
            iso = _iso(text[match.start() : match.end()])
            if iso:
                found.append((match.start(), iso))
    else:
        for match in DATE_RE.finditer(text):
            iso = _iso(match.group(0))
            if iso:
                found.append((match.start(), iso))
    if dashed and ("-" in text or "." in text) and (more := _dashed(text)):
        found = sorted(found + more)
    return found


# A cover date's other spellings, read only in a date's own place (beside, above or under its
# caption: placed_dates): "10-Aug-94", "10 AUG 94", "Aug-10-94" (the month's name and a
# two-digit year), "10th day of August, 1994" (the day's ordinal before "day of"), and
# "8 / 10 / 94" (slashes set between spaces); hyphens set between spaces too ("10 - Aug - 94",
# "Aug - 10 - 94", each hyphen spaced its own way: "10 -Aug- 94"), and the day spelt out as
# an ordinal word ("August Tenth, 1994", "the tenth day of August, 1994": _ORDINAL); a day
# and the month's name parted by a hyphen on one side and spaces on the other ("10 -Aug 94",
# "10 Aug- 94": a typist's hyphen on one side only), the hyphen touching a neighbour (_HALF).
# Elsewhere a day and a month's name before two digits are as often a count's ("5 May 12"),
# so DATE_RE leaves them.
_ORDINAL = (r"(?:(?:twenty|thirty)[ \t\-]?)?(?:first|second|third|fourth|fifth|sixth|seventh"
            r"|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth"
            r"|seventeenth|eighteenth|nineteenth|twentieth|thirtieth")
# a hyphen between a date's parts, spaces on either side or none, each side typed its own
# way ("10 -Aug- 94", "10 - Aug -94"): the two hyphens need not be spaced alike
_HYPHEN = r"[ \t]{0,2}-[ \t]{0,2}"
# a hyphen that touches a neighbour on at least one side ("10 -Aug 94", "10 Aug- 94"): the
# one hyphen of a date whose other parting is spaces; a hyphen spaced on both sides there is
# a range's ("June 30 - July 2": "30 - July 2" is no date)
_HALF = r"(?:[ \t]{1,2}-|-[ \t]{0,2})"
_PLACED = compiled(
    rf"(?<![\w./\-])(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"(?:(?P<s1>[ \t])|(?P<h1>{_HALF})|{_HYPHEN})(?P<m1>{_MONTH})"
    rf"(?(s1)(?:(?P=s1)|{_HALF})|(?(h1)(?:{_HYPHEN}|[ \t]{{1,2}})|{_HYPHEN}))"
    r"['\u2019]?(?P<y1>(?:19|20)\d\d|\d\d)"
    rf"|(?P<m2>{_MONTH}){_HYPHEN}(?P<d2>\d{{1,2}}){_HYPHEN}"
    rf"(?P<y2>(?:19|20)\d\d|\d\d)"
    rf"|(?P<d3>\d{{1,2}}|{_ORDINAL})(?:st|nd|rd|th)?[ \t]{{1,3}}day[ \t]{{1,3}}of[ \t]{{1,3}}"
    rf"(?P<m3>{_MONTH})[ \t]{{0,2}},?[ \t]{{1,3}}(?P<y3>(?:19|20)\d\d)"
    r"|(?P<n4>\d{1,2})[ \t]{0,2}/[ \t]{0,2}(?P<d4>\d{1,2})[ \t]{0,2}/[ \t]{0,2}(?P<y4>\d{4}|\d\d)"
    rf"|(?P<m5>{_MONTH})[ \t]{{1,3}}(?P<d5>{_ORDINAL})[ \t]{{0,2}},?[ \t]{{1,3}}"
    r"(?P<y5>(?:19|20)\d\d))"
    r"(?![\w/\-]|\.\d)",
    re.IGNORECASE,
)
# the ordinal words' days ("tenth" -> 10, "twenty-first" -> 21)
_ORDINALS = {word: day for day, word in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"
    " thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
    .split(), start=1)}


def _ordinal_day(word: str) -> int:
    """The day of a printed ordinal ("10", "Tenth", "Twenty-First", "thirty first")."""
    if word.isdigit():
        return int(word)
    word = word.lower()
    if word == "thirtieth":
        return 30
    for tens, base in (("twenty", 20), ("thirty", 30)):
        if word.startswith(tens) and len(word) > len(tens):
            return base + _ORDINALS.get(word[len(tens):].lstrip(" \t-"), 99)
    return _ORDINALS.get(word, 99)


def _placed_iso(match: re.Match[str]) -> str | None:
    """The ISO date of one _PLACED match, None for no real day ("2-30-00", "13 / 1 / 94")."""
    for tag in "1235":
        if match.group(f"d{tag}"):
            month = _MONTHS.get(match.group(f"m{tag}")[:3].lower(), 0)
            day, year = _ordinal_day(match.group(f"d{tag}")), _year(match.group(f"y{tag}"))
            break
    else:
        month, day = int(match.group("n4")), int(match.group("d4"))
        year = _year(match.group("y4"))
    try:
        return date(year, month, day).isoformat() if 1900 < year < 2100 else None
    except ValueError:
        return None


def placed_dates(text: str, found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """`found` (find_dates(text)) with _PLACED's dates in `text` that hold none of them (a
    _PLACED match starts where a token starts, so it never begins inside one), in the text's
    order; `found` itself when `text` has no such date."""
    if "/" not in text and "-" not in text and " " not in text and "\t" not in text:
        return found
    more = []
    for match in _placed_matches(text):
        iso = _placed_iso(match)
        if iso and not any(match.start() <= at < match.end() for at, _ in found):
            more.append((match.start(), iso))
    return sorted(found + more) if more else found


# A _PLACED match starts a token (its look-behind refuses a word character before it) with a
# digit, a month's or an ordinal's first letters: only those tokens are tried, since the whole
# pattern, tried at every position, cost ~22 µs an 84-character caption line.
_TOKEN = compiled(r"\d+|[^\W\d_]+")
_PLACED_OPENINGS = frozenset(
    "jan feb mar apr may jun jul aug sep oct nov dec"
    " fir sec thi fou fif six sev eig nin ten ele twe".split())


def _placed_matches(text: str) -> Iterator[re.Match[str]]:
    """_PLACED.finditer(text), trying the pattern only where a match can start."""
    end = 0
    for token in _TOKEN.finditer(text):
        start = token.start()
        if start < end:
            continue
        word = token.group()
        if not word[0].isdigit() and word.casefold()[:3] not in _PLACED_OPENINGS:
            continue
        if match := _PLACED.match(text, start):
            end = match.end()
            yield match


# "August 2. 2000": a stop typed for the comma after the day (the month spelt out)
_STOP_YEAR = compiled(r"\.[ \t]{1,3}(?:19|20)\d\d\b")
_MONTH_DAY = compiled(r"\b(?:January|February|March|April|May|June|July|August|September"
                      r"|October|November|December)[ \t]{1,3}\d{1,2}$", re.IGNORECASE)


def comma_for_stop(text: str) -> str:
    """`text` with the stop of a date typed "August 2. 2000" read as its comma (one
    character for one, so offsets hold); `text` itself when it has none. Led by the stop's
    literal, the scan jumps from stop to stop; the month is matched behind each one only."""
    stops = [m.start() for m in _STOP_YEAR.finditer(text)
             if text[m.start() - 1 : m.start()].isdigit()
             and _MONTH_DAY.search(text, max(0, m.start() - 16), m.start())]
    if not stops:
        return text
    chars = list(text)
    for at in stops:
        chars[at] = ","
    return "".join(chars)


# "(781) 466-8080", "781-466-8080", "781.466.8080"; old covers also print "781/466-8080", a
# rendered page a non-breaking hyphen or an en dash ("781\u2011466\u20118080"); with its
# extension, which is part of the number: "(781) 466-8080, ext. 212", "781-466-8080 x212",
# "Ext: 212", "x.212"
PHONE_RE = compiled(
    r"(?:\+?1[ .-]?)?\(?\b\d{3}\)?[ .\-/\u2010-\u2013]{0,2}\d{3}[ .\-\u2010-\u2013]\d{4}"
    r"(?:,?[ \t]{0,2}(?:[Ee]xt(?:ension)?[.:]?|EXT(?:ENSION)?[.:]?|[Xx]\.?)[ \t]{0,2}\d{1,6}\b"
    r"|\b)")


# A number dialled from abroad, as a foreign issuer prints it: "+44 (0)20 7123 4567", "+852
# 2123 4567", "011-44-20-7123-4567" (the US exit code), "(852) 2123-4567" (the country code
# in brackets, maybe before a one-digit area code: "(353) 1 234 5678", "(972) 3-123-4567")
INTL_PHONE_RE = lazy(
    r"(?:(?:\+|(?<!\d)011[ .\-]?)\d{1,3}[ .\-]?(?:\(\d{1,4}\)[ .\-]?)?\d{1,6}"
    r"(?:[ .\-]\d{1,6}){1,5}|\(\d{2,4}\)[ ]?\d{1,5}(?:[ .\-]\d{2,6}){1,3})(?!\d)")
_INTL_DIGITS = 9  # fewer digits are no whole number dialled from abroad
_DASHES = str.maketrans("\u2010\u2011\u2012\u2013", "----")  # a rendered page's hyphens


def find_phone(text: str) -> str | None:
    """The first US number in `text`, else a number dialled from abroad (INTL_PHONE_RE); a
    number led by "+" or "011" also wins over a US-shaped part of it ("+44 (0) 207 123
    4567")."""
    match = PHONE_RE.search(text)
    if "+" in text or "(" in text or "011" in text:
        intl = intl_phone(text)
        if intl is not None and (match is None or (
                intl.start() < match.start() and text[intl.start()] in "+0")):
            return intl.group(0)
    if match is None:
        return None
    found = match.group(0).strip()
    return found if found.isascii() else found.translate(_DASHES)


# A US number printed with letters for some digits ("(800) 555-CTC1", "1-800-FLOWERS"), as
# a vanity number is advertised: read as dialled, the letters as a keypad's digits, with the
# separators printed ("-" where the letters ran its last two groups together)
# (the area code bracketed or closed by a hyphen, stop or slash: "500 OAK PARK" is a street's;
# its digits typed with look-alikes too, "(2O2)", "(2l2)": _look_alikes)
_LETTER_PHONE = compiled(r"(?<![\w-])(?:1[ .-]?)?(?:\(([\dOl]{3})\)[ ]?|([\dOl]{3})[.\-/])"
                         r"([0-9A-Zl]{3})([.\-]?)([0-9A-Zl]{4})(?![\w-])")
_KEYPAD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "22233344455566677778889999")
# ten digits run together ("7814668080"): an area code and exchange (neither led by 0 or 1)
_RUN_PHONE = compiled(r"(?<![\w-])([2-9]\d\d)([2-9]\d\d)(\d{4})(?![\w-])")
# either closing a line (searched only in its last characters: led by a lookbehind, it would
# be tried at every character)
SPELT_TAIL = compiled(rf"(?:{_LETTER_PHONE.pattern}|{_RUN_PHONE.pattern})[ \t]*$")
_DIGIT_LOOKS = str.maketrans("Ol", "01")


def _look_alikes(group: str) -> str:
    """A group of a number with the letters a typist puts for digits read as those digits:
    O for zero ("2OOO", "6O1", "(2O2)") and l for one ("0l00"), in a group of digits and
    look-alikes only, at least one a digit (a word's letters, "GOOD", are a keypad's)."""
    if ("O" in group or "l" in group) and any(map(str.isdigit, group)) \
            and group.translate(_DIGIT_LOOKS).isdigit():
        return group.translate(_DIGIT_LOOKS)
    return group


def _digits_for_looks(found: re.Match[str]) -> str:
    """_LETTER_PHONE's number with its groups' look-alikes read as digits ("(201)
    628-2OOO" -> "(201) 628-2000", "(2O2) 555-0l00" -> "(202) 555-0100"): a typist's O
    among digits is a zero, not a keypad's 6."""
    number = found.group(0)
    for tag in (5, 3, 2, 1):  # (the last group first: offsets of the first hold)
        group = found.group(tag)
        if group is not None and (read := _look_alikes(group)) != group:
            start, end = found.start(tag) - found.start(), found.end(tag) - found.start()
            number = f"{number[:start]}{read}{number[end:]}"
    return number


def spelt_phone(text: str) -> str | None:
    """A US number PHONE_RE cannot read, in the form most covers print: one with letters
    for digits ("(800) 555-CTC1" -> "(800) 555-2821"), or ten digits run together
    ("7814668080" -> "(781) 466-8080")."""
    run = _RUN_PHONE.search(text) if any(map(str.isdigit, text)) else None
    if run is not None:
        return f"({run.group(1)}) {run.group(2)}-{run.group(3)}"
    for found in _LETTER_PHONE.finditer(text):
        if (found.group(1) or found.group(2)).isdigit() and found.group(3).isdigit() \
                and found.group(5).isdigit():
            continue  # (no letter: PHONE_RE's or not a number)
        number = _digits_for_looks(found)
        if "l" in number or "O" in number[: found.start(3) - found.start()]:
            continue  # (an l or an area code's O no digit beside it reads: no number)
        number = number.translate(_KEYPAD)
        at = found.start(5) - found.start()
        return number if found.group(4) else f"{number[:at]}-{number[at:]}"
    return None


def intl_phone(text: str) -> re.Match[str] | None:
    """The first INTL_PHONE_RE number in `text` with enough digits to be one."""
    for match in INTL_PHONE_RE.finditer(text):
        if sum(map(str.isdigit, match.group(0))) >= _INTL_DIGITS:
            return match
    return None


# "04-3469590", "043469590", "04 3469590"; typed "04 - 3469590" or "04- 3469590", or with a
# rendered page's non-breaking hyphen or en dash ("04\u20113469590")
_IRS_RE = compiled(r"\b\d{2}(?:[ \t]{0,2}[\-\u2010-\u2013][ \t]{0,2}|[ \t]?)\d{7}\b")
_NON_DIGIT = compiled(r"\D")


def irs_number(text: str | None) -> str | None:
    """IRS employer identification number as printed "04-3469590"; 9 bare digits get the dash."""
    if not text:
        return None
    match = _IRS_RE.search(text)
    if not match:
        return None
    digits = _NON_DIGIT.sub("", match.group(0))
    if digits == "000000000":
        return None  # EDGAR's placeholder for "none given"
    return f"{digits[:2]}-{digits[2:]}"


# a footnote's mark closing a name, its note under the cover: "CTC COMMUNICATIONS GROUP,
# INC.*", "Acme Trust\u2020", "Acme Funding LLC (1)", "Acme Corp.\u00b9" (string tests: a
# pattern ending "[*]+$" would try each star of a run)
_NAME_MARKS = "*\u2020\u2021\u00b9\u00b2\u00b3"


def unmarked_name(name: str | None) -> str | None:
    """A registrant's name less the footnote's mark closing it."""
    if not name:
        return name
    if name[-1] in _NAME_MARKS:
        bare = name.rstrip(_NAME_MARKS).rstrip()
    elif name[-1] == ")" and name[-3:-2] == "(" and name[-2:-1].isdigit():
        bare = name[:-3].rstrip()
    else:
        return name
    return bare if len(bare) >= 2 else name


US_STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
    "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois",
    "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
    "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon",
    "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota",
    "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia",
    "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
    "PR": "Puerto Rico", "VI": "Virgin Islands", "GU": "Guam",
}
_STATE_BY_NAME = {name.upper(): code for code, name in US_STATES.items()}
# Older covers abbreviate: "Mass.", "Calif.", "Penn.", "Del.", "N.C.", "W. Va." (the GPO's
# abbreviations, as typed for a state of incorporation or in an address)
_STATE_ALIASES = {"MASS": "MA", "CALIF": "CA", "PENN": "PA", "PENNA": "PA", "WASH": "WA",
                  "MICH": "MI", "MINN": "MN", "WISC": "WI", "CONN": "CT", "ILL": "IL",
                  "FLA": "FL", "TEX": "TX", "COLO": "CO", "ARIZ": "AZ", "N.Y": "NY",
                  "N.J": "NJ", "D.C": "DC", "ALA": "AL", "ARK": "AR", "DEL": "DE", "IND": "IN",
                  "KAN": "KS", "KANS": "KS", "MISS": "MS", "MONT": "MT", "NEB": "NE",
                  "NEBR": "NE", "NEV": "NV", "N.H": "NH", "N.M": "NM", "N.MEX": "NM",
                  "N.C": "NC", "N.D": "ND", "N.DAK": "ND", "OKLA": "OK", "ORE": "OR",
                  "OREG": "OR", "R.I": "RI", "S.C": "SC", "S.D": "SD", "S.DAK": "SD",
                  "TENN": "TN", "W.VA": "WV", "WIS": "WI", "WYO": "WY"}
# "State of Delaware", "Commonwealth of Massachusetts": the state's name after its title
_STATE_TITLES = ("STATE OF ", "COMMONWEALTH OF ")


_SPACES = compiled(r"\s+")


def state_code(text: str | None) -> str | None:
    """"Delaware", "DE", "Mass." -> the two-letter code; None when it is not a US state."""
    if not text:
        return None
    key = _SPACES.sub(" ", text.strip().rstrip(".")).upper()
    if key.startswith(_STATE_TITLES):
        key = key.partition(" OF ")[2]
    if key in US_STATES:
        return key
    if key in _STATE_BY_NAME:
        return _STATE_BY_NAME[key]
    return _STATE_ALIASES.get(key.replace(". ", ".") if ". " in key else key)


def squash(text: str) -> str:
    """Runs of whitespace -> one space, stripped."""
    return " ".join(text.split())


def _dateutil_parse(text: str, default: datetime) -> datetime:
    # imported on first use: most dates take the fast path, and start-up stays short
    from dateutil import parser as dateparser

    return dateparser.parse(text, default=default)
