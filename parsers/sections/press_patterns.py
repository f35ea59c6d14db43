"""Named, compiled patterns for the press-release extractor (Pygments style: data, not code).

Every pattern is anchored (line start, or a literal first character), uses bounded repetition
and no nested quantifiers over the same characters, so each runs in linear time. Each entry
names the real-filing spelling it exists for. The engines that run these tables live in
``press_dateline``, ``press_tickers``, ``press_parts`` (head), ``press_quotes``,
``press_about``, ``press_tail`` (safe harbour) and ``press_contacts``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from ..lazy_re import lazy
from ..linescan import LinePattern


class Guarded:
    """A pattern behind a cheap test every match needs: an "@" before an e-mail address is
    looked for, a digit before a phone number. Most lines have neither, and these patterns
    (a leading look-behind, or a long run tried at every letter) are slow to rule out.
    ``needs`` is a regex, literal strings one of which must occur (a substring test is
    several times faster than any regex search), or a test function."""

    __slots__ = ("pattern", "needs", "may_match", "search")

    def __init__(
        self,
        pattern: re.Pattern[str],
        needs: str | tuple[str, ...] | re.Pattern[str] | Callable[[str], bool],
    ) -> None:
        self.pattern, self.needs = pattern, needs
        # One closure per guard kind, built once: a call is one Python frame, not three
        # (search -> may_match -> isinstance tests).
        may_match: Callable[[str], bool]
        search: Callable[[str], re.Match[str] | None]
        if isinstance(needs, str):

            def may_match(text: str) -> bool:
                return needs in text

            def search(text: str) -> re.Match[str] | None:
                return pattern.search(text) if needs in text else None

        elif isinstance(needs, tuple):

            def may_match(text: str) -> bool:
                for literal in needs:
                    if literal in text:
                        return True
                return False

            def search(text: str) -> re.Match[str] | None:
                for literal in needs:
                    if literal in text:
                        return pattern.search(text)
                return None

        elif isinstance(needs, re.Pattern):
            needs_search = needs.search

            def may_match(text: str) -> bool:
                return needs_search(text) is not None

            def search(text: str) -> re.Match[str] | None:
                return pattern.search(text) if needs_search(text) is not None else None

        else:
            may_match = needs

            def search(text: str) -> re.Match[str] | None:
                return pattern.search(text) if needs(text) else None

        self.may_match, self.search = may_match, search

    def findall(self, text: str) -> list[Any]:
        return self.pattern.findall(text) if self.may_match(text) else []

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self.may_match(text) else iter(())

    def sub(self, repl: str, text: str) -> str:
        return self.pattern.sub(repl, text) if self.may_match(text) else text


_SCOPED_FLAGS = ((re.IGNORECASE, "i"), (re.MULTILINE, "m"), (re.DOTALL, "s"), (re.VERBOSE, "x"))
_GROUP_NAME = lazy(r"(?<!\\)\(\?P<\w+>")


def unnamed(source: str) -> str:
    """A regex source with its named groups made plain, so that it can join an alternation."""
    if "(?P=" in source:
        raise ValueError("a back-reference cannot lose its group name")
    return _GROUP_NAME.sub("(?:", source)


def any_of(*patterns: re.Pattern[str]) -> re.Pattern[str]:
    """One regex that matches where any of ``patterns`` matches (each keeps its own flags):
    one C-level call rules a line out instead of a Python call per pattern."""
    parts: list[str] = []
    for p in patterns:
        letters = "".join(c for flag, c in _SCOPED_FLAGS if p.flags & flag)
        if p.flags & ~(re.UNICODE | re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE):
            raise ValueError(f"flags of {p.pattern!r} cannot be scoped")
        parts.append(f"(?{letters}:{unnamed(p.pattern)})")
    return lazy("|".join(parts))


# --- dates ---------------------------------------------------------------------------------

# "August", "Aug.", "Sept.", "AUGUST", "DECEMBER" (month names are matched case-insensitively).
MONTH = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# "August 2, 2000", "Sept. 29", "DECEMBER  13,  1999", "Jan. 29, 2009" (year optional).
DATE = (
    rf"(?P<month>{MONTH})\.?[ \t]+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    r"(?:,?[ \t]*(?P<year>(?:19|20)\d\d)\b)?"
)
# "3 March 2015", "12th January, 2021": the day first, as European releases print it (the
# year required). Its groups have names of their own: a pattern may hold both spellings.
DAY_DATE = (
    rf"(?P<dday>[0-3]?\d)(?:st|nd|rd|th)?[ \t]+(?P<dmonth>{MONTH})\.?,?[ \t]+"
    r"(?P<dyear>(?:19|20)\d\d)\b"
)
# "NEW YORK, Monday, January 5, 1998 --": a weekday may lead a dateline's date
WEEKDAY = r"(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
# (any word ending in "day": cheaper to rule out than the seven names, and months do not)
_WEEKDAY_LEAD = r"(?:[A-Za-z]{3,6}(?i:day),?[ \t]+)?"
# (disjoint: one opens with a letter, one a digit)
_EITHER_DATE = rf"{_WEEKDAY_LEAD}(?:{DATE}|{DAY_DATE})"
# ... the year required ("Houston, Texas, March 3, 2015, Acme": see date_comma)
_YEAR_DATE = (
    rf"{_WEEKDAY_LEAD}(?:(?P<month>{MONTH})\.?[ \t]+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?[ \t]*"
    rf"(?P<year>(?:19|20)\d\d)\b|{DAY_DATE})"
)
# A full date anywhere in prose, used to infer a missing dateline year and for date lines.
FULL_DATE = lazy(rf"\b{MONTH}\.?[ \t]+[0-3]?\d,?[ \t]+(?:19|20)\d\d\b")
# The same led by the month's first letter, for scans: "\b" plus a case-insensitive alternation
# give the regex engine no first character to skip to (about five times slower). The caller
# checks the word boundary before the match (see ``infer_year``); ``full_dates`` runs it only
# just before each year.
_MONTH_BY_LETTER = (
    r"[JFMASONDjfmasond](?:(?<=[Jj])(?i:an(?:uary)?|une?|uly?)|(?<=[Ff])(?i:eb(?:ruary)?)"
    r"|(?<=[Mm])(?i:ar(?:ch)?|ay)|(?<=[Aa])(?i:pr(?:il)?|ug(?:ust)?)|(?<=[Ss])(?i:ept?(?:ember)?)"
    r"|(?<=[Oo])(?i:ct(?:ober)?)|(?<=[Nn])(?i:ov(?:ember)?)|(?<=[Dd])(?i:ec(?:ember)?))"
)
FULL_DATE_SCAN = lazy(rf"{_MONTH_BY_LETTER}\.?[ \t]+[0-3]?\d,?[ \t]+(?:19|20)\d\d\b")
# A line holding only a date: "08/02/2000" (seed 000), "April 28, 2022" (Caterpillar 2022),
# "3 March 2021" (UK releases),
# maybe led by a release label: "FOR IMMEDIATE RELEASE: March 5, 2009", "Release Date: ...",
# "Released: March 3, 1997".
# ("Monday, April 21, 1997": a weekday may lead the date)
DATE_LINE = lazy(
    r"^[ \t]*(?:(?i:for[ \t]+(?:immediate[ \t]+)?release|release[ \t]+date|released|dated?"
    r"|(?:news|press)[ \t]+release)"  # ("NEWS RELEASE   February 10, 2016")
    r"[ \t]*+(?:[:,\u2013\u2014]|-{1,2})?[ \t]*+)?"  # ("FOR IMMEDIATE RELEASE -- March 5, 2009")
    r"(?:(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day),?[ \t]+)?"
    rf"(?P<date>{MONTH}\.?[ \t]+[0-3]?\d,?[ \t]+(?:19|20)\d\d|[01]?\d/[0-3]?\d/(?:19|20)\d\d"
    # (the day first, as UK and European releases print it: "3 March 2021")
    rf"|[0-3]?\d(?:st|nd|rd|th)?[ \t]+{MONTH}\.?,?[ \t]+(?:19|20)\d\d)"
    r"[ \t]*$"
)

# --- datelines -----------------------------------------------------------------------------

# Letters of place names, accented Latin ones too ("MONTR\u00c9AL", "S\u00c3O PAULO"), as
# the insides of character classes: capitals, and letters of either case.
CAPITALS = "A-Z\u00c0-\u00d6\u00d8-\u00de"
LETTERS = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff"
# (a hyphen only between letters, "WINSTON-SALEM": "NEW YORK--(BUSINESS WIRE)" is "NEW YORK")
# (character-class runs with the hyphen apart: an alternation tried per character is slower)
_CITY_WORD = rf"[{CAPITALS}][{LETTERS}.'\u2019]*(?:-[{LETTERS}.'\u2019]+)*"
# ("SAN FRANCISCO & NEW YORK--(BUSINESS WIRE)--", "LONDON and NEW YORK, Nov. 7, 2019": two
# cities joined by "&" or "and" are one place)
# ("DALLAS/FORT WORTH", "MINNEAPOLIS/ST. PAUL": a slash may join two city names)
# ("Rio de Janeiro", "King of Prussia", "Frankfurt am Main", "Coeur d'Alene": a lower-case
# particle between two words of a city)
PLACE_PARTICLE = r"(?:(?:of|de|del|da|do|dos|das|la|am|upon|sur)[ \t]+|d['\u2019])"
_CITY = (
    rf"(?P<city>{_CITY_WORD}(?:(?:[ \t]+(?:(?:&|and)[ \t]+|{PLACE_PARTICLE})?|/){_CITY_WORD})"
    r"{0,3})"
)
_CAPS_WORD = rf"[{CAPITALS}][{CAPITALS}.'\u2019]*(?:-[{CAPITALS}.'\u2019]+)*"
_CAPS_CITY = (
    rf"(?P<city>[{CAPITALS}][{CAPITALS}.'\u2019]+(?:-[{CAPITALS}.'\u2019]+)*"
    rf"(?:[ \t]+{_CAPS_WORD}){{0,3}})"
)
# ("Amsterdam, the Netherlands"; a weekday read as the state, "NEW YORK, Wednesday, May 1,
# 2019", is dropped by press_dateline.dateline_fields)
_STATE = (
    rf"(?P<state>(?:the[ \t]+)?[{CAPITALS}][{LETTERS}.]*"
    rf"(?:[ \t]+[{CAPITALS}][{LETTERS}.]*){{0,2}})"
)
# A second place in joint releases: "KING OF PRUSSIA, Pa., and HARTFORD, Conn., Sept. 29".
# ("SYDNEY, Australia and SAN FRANCISCO, March 3, 2015": the second place may have no state)
# ("SYDNEY, Australia & SAN FRANCISCO, March 3, 2015": or "&")
# ("PHILADELPHIA, Pa./HARTFORD, Conn., March 3, 2025 /PRNewswire/": or a slash after the
# first place's state; the first place is the dateline's)
_AND_PLACE = (
    rf"(?:(?:,?[ \t]+(?:and|&)[ \t]+|(?<=[{LETTERS}.])[ \t]?/[ \t]?)[{CAPITALS}][{LETTERS}.'-]*"
    rf"(?:[ \t]+[{CAPITALS}][{LETTERS}.'-]*){{0,3}}"
    rf"(?:,[ \t]*[{CAPITALS}][{LETTERS}.]*)?)?"
)
# (Business Wire's joint dateline after a state: "REDWOOD CITY, Calif. & BOSTON--(BUSINESS
# WIRE)--", "KING OF PRUSSIA, Pa., and HARTFORD, Conn.--(BUSINESS WIRE)--": "&" or "and")
_AMP_PLACE = (
    rf"(?:(?:,?[ \t]+(?:&|and)[ \t]+|(?<=[{LETTERS}.])[ \t]?/[ \t]?)[{CAPITALS}][{LETTERS}.'-]*"
    rf"(?:[ \t]+[{CAPITALS}][{LETTERS}.'-]*){{0,3}}"
    rf"(?:,[ \t]*[{CAPITALS}][{LETTERS}.]*)?)?"
)
# Newswire credits: "/PRNewswire-FirstCall/", "(BUSINESS WIRE)", "(GLOBE NEWSWIRE)", "/CNW/".
# In brackets, a name holding "wire" or "news" ("(PRIMEZONE)", "(Reuters)" named alone), or a
# news agency's ("CHICAGO, Feb. 12 (AP) --", "(Dow Jones)"); figures may be in the name
# ("(SEND2PRESS NEWSWIRE)"); Business Wire's "(EON: Enhanced Online News)", 2008-2012;
# Newsfile's "(Newsfile Corp.)"; a name opening with figures before its letters
# ("/24-7PressRelease/", "(24-7PressRelease)", "/3BL Media/"; figures alone are no name).
_WIRE_FIGURES = r"(?:\d{1,3}(?:-\d{1,3})?)?"
_WIRE_NAMES = (
    rf"/[ \t]?{_WIRE_FIGURES}[A-Za-z][A-Za-z. -]{{1,40}}/"
    rf"|\([ \t]?(?:AP|(?i:{_WIRE_FIGURES}(?=[a-z])[a-z0-9. -]{{0,21}}?"
    r"(?:wire|news|press[ \t]?release)[a-z.-]{0,10}"
    r"|newsfile(?:[ \t]corp\.?)?|primezone|reuters|prweb"
    r"|eon(?::[ \t]enhanced[ \t]online[ \t]news)?|endplay"
    r"|ccn[ \t]?matthews|dow[ \t]jones))"
    r"(?:[ \t]+via[ \t]+[A-Za-z]{1,20})?[ \t]?\)"  # "(MARKETWIRE via COMTEX)"
)
_WIRE = rf"(?P<wire>{_WIRE_NAMES})"
# ... and a credit of any name where a date stands beside the bracket (so that it can only
# be a dateline's): "(PR.com)", "(Benzinga)", "(INVESTOR BRAND NETWORK)", "(PR Newswire
# Europe)", "(BUSINESS WIRE via COMTEX News Network)": capitalised words (figures may open
# one), "via" between two names; a table's note is none, a unit or an audit's word anywhere
# in it ("(Unaudited)", "(In Thousands)", "(Dollars In Thousands)", "(As Restated)")
_CREDIT_WORD = r"[A-Z0-9][A-Za-z0-9.&'-]{0,24}"
_TABLE_NOTE_WORD = (
    r"(?i:unaudited|audited|restated|thousands|millions|billions|dollars|amounts|except"
    r"|continued|preliminary|pro[ \t]forma|notes?|euros?)"
)
CREDIT = (
    rf"\([ \t]?(?![^()\n]{{0,160}}?(?<![A-Za-z]){_TABLE_NOTE_WORD}(?![A-Za-z]))"
    rf"{_CREDIT_WORD}(?:[ \t]+(?:via[ \t]+)?{_CREDIT_WORD}){{0,5}}[ \t]?\)"
)
_DATED_WIRE = rf"(?P<wire>{_WIRE_NAMES}|{CREDIT})"
_DASH = r"(?:-{1,4}|\u2013|\u2014|\u2015)"
# A stray comma between a place and the dash after it: "BELLINGHAM, WA, -- January 17, 2008"
# (Horizon Financial 2008); possessive, so a comma and no dash backtracks no blanks
_COMMA = r"(?:,[ \t]*+)?"
# Market Wire printed dates in figures, month first: "-- (MARKET WIRE) -- 03/08/2007 --",
# "(Marketwire - 11/14/2006)"; taken only beside a wire's name
_WIRE_DATE = rf"{_WEEKDAY_LEAD}(?:{DATE}|{DAY_DATE}|(?P<numdate>[01]?\d/[0-3]?\d/(?:19|20)?\d\d)\b)"
# ... and a credit of any name before the date ("SEATTLE--(Benzinga)--March 3, 2015--")
_WIRE_THEN_DATE = (
    rf"(?P<wire>{_WIRE_NAMES}|{CREDIT}(?=[ \t]*{_DASH}[ \t]*(?:{_WEEKDAY_LEAD}{MONTH}\.?[ \t]+\d"
    rf"|[0-3]?\d(?:[ \t]+{MONTH}|/))))"
)

_EXCHANGE = (
    r"(?:NASDAQ(?:GS|GM|CM)?|Nasdaq(?:GS|GM|CM)?|NYSE|Nyse|AMEX|Amex"
    r"|American[ \t]+Stock[ \t]+Exchange|New[ \t]+York[ \t]+Stock[ \t]+Exchange"
    r"|OTC|OTCQX|OTCQB|OTCBB|OTCPK|OTCMKTS|TSX|TSXV|TSX-V|LSE|ASX"
    r"|Euronext|Pink[ \t]+Sheets|CBOE|Cboe|NYSE[ \t]+Arca|NYSE[ \t]+American"
    # foreign exchanges of cross-listed issuers
    r"|TASE|TSE|HKEX|SEHK|SGX|JSE|NZX|CSE|XETRA|Xetra|Frankfurt|NSE|BSE|SSE|SZSE|KRX|KOSDAQ|TWSE"
    # London's AIM, Frankfurt's FSE/FWB, Canada's NEO, "TSX.V", "OTCPink", BATS, the 1990s
    # American Stock Exchange as "ASE"
    r"|SIX|AIM|FSE|FWB|NEO|TSX\.V|OTCPink|BATS|ASE)"
)
EXCHANGE = _EXCHANGE
# A listing in brackets, where a wire's credit would stand in a dateline: "(NASDAQ: ACME) --"
_LISTING = rf"(?:\([ \t]*{_EXCHANGE}[^()\n]{{0,40}}\)[ \t]*)?"

# A US postcode after the state, as a letterhead's address prints it: "AUSTIN, TX 78701, June
# 3, 2024 --", "Bellingham, WA 98225-1234 -- Jan. 29, 2009 --" (kept out of the state); or a
# Canadian one after the province, "TORONTO, ON M5H 2Y4, June 3, 2024 --" (letter, figure,
# letter, a blank maybe, figure, letter, figure); a comma may stand before either, "NEW
# YORK, NY, 10001 --", "TORONTO, ON, M5H 2Y4, June 3, 2024 --"
ZIP = (
    r"(?:,?[ \t]+(?:\d{5}(?:-\d{4})?(?!\d)"
    r"|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d(?![A-Za-z0-9])))"
)
# Every dateline opens with a place: a city of up to four capitalised words and maybe a state.
# (A date-less one needs a state, checked against US_STATES, and an announcement after it.)
_PLACE = rf"{_CITY}(?:,[ \t]*{_STATE}{ZIP}?)?"

# (name, place, what follows it), tried in order on each line; the first line with a match is
# the dateline. Every place but city_dash's _CAPS_CITY is a _PLACE, which ANY_DATELINE shares.
_DATELINE_PARTS: tuple[tuple[str, str, str], ...] = (
    # "SEATTLE--(BUSINESS WIRE)--Jan. 5, 2024--Amazon.com" (wire before the date)
    (
        "wire_first",
        _PLACE,
        rf"{_AMP_PLACE}[ \t]*{_COMMA}{_DASH}[ \t]*{_WIRE_THEN_DATE}[ \t]*{_DASH}[ \t]*"
        rf"(?:{_WIRE_DATE}[ \t]*{_DASH})?",
    ),
    # "SAN JOSE, Calif., July 29 /PRNewswire-FirstCall/ --",
    # "NEW YORK, Jan. 5, 2024 /PRNewswire/ --", "PARIS, 12 January 2021 /PRNewswire/ --"
    (
        "date_wire",
        _PLACE,
        rf"{_AND_PLACE}[ \t]*(?:,(?:[ \t]*+{_DASH})?|{_DASH})[ \t]*{_EITHER_DATE}[ \t]*"
        rf"{_DATED_WIRE}[ \t]*(?:{_DASH}|:)?",
    ),
    # "WALTHAM, Mass-August 2, 2000--", "Waltham, MA, September 20, 2001-CTC",
    # "CUPERTINO, California -- September 3, 1999 --", "REDWOOD SHORES, Calif., July 10, 2019 —",
    # "Houston, Texas, March 3, 2015: Acme", "DALLAS, Texas, October 22, 2003. Northwind",
    # "LONDON, UK, 3 March 2015 --", "Mumbai, India \u2013 5 March 2019 \u2013" (day first)
    # "TEL AVIV, Israel, January 5, 2015 (NASDAQ: ACME) --" (a listing where a wire would be)
    # "CHICAGO, IL. March 3, 2015 -" (a state's period parts it from the date; see the
    # "stop" test in press_dateline.match_dateline)
    # (a period only right after the date's digits, with the sentence going on after it)
    # "BELLINGHAM, WA, -- January 17, 2008 --" (a comma and a dash: Horizon Financial 2008)
    # "SAN JOSE, Calif.; July 29, 2003 --" (a semicolon where the comma would be)
    (
        "date_dash",
        _PLACE,
        rf"{_AND_PLACE}(?:[ \t]*(?:[,;](?:[ \t]*+{_DASH})?|{_DASH})|(?P<stop>(?<=\.)[ \t]))"
        rf"[ \t]*{_EITHER_DATE}[ \t]*"
        rf"{_LISTING}"
        rf"(?:{_DASH}|:|(?<=\d)\.(?=[ \t]+[A-Z\"\u201c]))",
    ),
    # "Houston, Texas (March 3, 2015) - Acme", "WASHINGTON, D.C. (March 3, 2015) --",
    # "Fort Worth, Texas \u2013 (March 3, 2015) \u2013", a wire's credit after it: "NEW YORK
    # (March 3, 2015) /PRNewswire/ --"
    (
        "paren_date",
        _PLACE,
        rf"{_AND_PLACE}[ \t]*{_COMMA}(?:{_DASH}[ \t]*)?\([ \t]*{_EITHER_DATE}[ \t]*\)[ \t]*"
        rf"(?:{_DATED_WIRE}[ \t]*)?(?:{_DASH}|:|(?=[ \t]+[A-Z\"\u201c]))",
    ),
    # "TORONTO, ONTARIO--(Marketwired - March 3, 2015) -" (the wire and date in one bracket),
    # "Toronto, Ontario--(Newsfile Corp. - March 3, 2015)"
    # (the blanks before the dash possessive: a letterhead's run of blanks after a name,
    # "ASTA FUNDING, INC.      WOLFE AXELROD", is not tried at every split)
    (
        "wire_date_paren",
        _PLACE,
        rf"[ \t]*+(?:{_DASH}[ \t]*)?\([ \t]?[A-Za-z][A-Za-z. ]{{1,30}}?[ \t]*{_DASH}[ \t]*"
        rf"{_WIRE_DATE}[ \t]*\)",
    ),
    # "DALLAS, TX / ACCESSWIRE / March 3, 2015 / Acme"
    ("slash_wire", _PLACE, rf"[ \t]*/[ \t]*[A-Za-z][A-Za-z -]{{1,30}}?[ \t]*/[ \t]*{DATE}[ \t]*/"),
    # "AURORA,  IL  ...(DECEMBER  13,  1999)...", "MINNEAPOLIS...SEPTEMBER 8, 2000, Stockwalk.com"
    ("ellipsis", _PLACE, rf"[ \t]*\.{{3}}[ \t]*\(?{DATE}\)?[ \t]*(?:\.{{3}}|,[ \t])"),
    # "CONCORD, NEW HAMPSHIRE, September 26, 2000...ROCK OF AGES"
    ("ellipsis_after", _PLACE, rf",[ \t]*{DATE}[ \t]*\.{{3}}"),
    # "HOUSTON, Texas, March 3, 2015, Acme Corp. today announced", "Dallas, TX, March 3,
    # 2015 Acme ...": a comma or nothing after the date (its year required; the caller wants
    # an announcement in the dateline's paragraph, as for DATE_FIRST)
    ("date_comma", _PLACE, rf"{_AND_PLACE},[ \t]*{_YEAR_DATE}(?:,[ \t]*|[ \t]+)"
                           r"(?=[A-Z\"\u201c])"),
    # "DEERFIELD, Ill. – Caterpillar Inc.", "CUPERTINO, CALIFORNIA — Apple® today announced",
    # "Itasca, Illinois - First Midwest Bancorp, Inc. ... today reported" (no date: the state
    # must be a known name, see US_STATES, and an announcement must follow; "WA, -- Acme":
    # after a stray comma one hyphen will do)
    ("no_date", _PLACE,
     r"[ \t]*(?:,[ \t]*+(?:\u2013|\u2014|-{1,2})|\u2013|\u2014|--|[ \t]-)[ \t]*(?=[A-Z\"\u201c])"),
    # "Erie, PA ... Zurn Industries, Inc." (1994: an ellipsis and no date; the state must be
    # a known name, as above, and the date is read off the head)
    ("no_date_ellipsis", _PLACE, r"[ \t]*\.{3}[ \t]*(?=[A-Z\"\u201c])"),
    # "NEW YORK -- Acme Widgets, Inc. today reported" (a city in capitals, no state and no
    # date: the date stands above the headline; an announcement must follow, as for no_date)
    ("city_dash", _CAPS_CITY, r"[ \t]*(?:\u2013|\u2014|--)[ \t]*(?=[A-Z\"\u201c][a-z])"),
    # "Hartford, Connecticut, March 3, 2014" alone on its line (an HTML paragraph of its
    # own), the announcement in the paragraph below (the caller checks it, as for no_date);
    # a dash may part the place from the date: "REDWOOD SHORES, Calif. -- July 10, 2019"
    ("date_alone", _PLACE, rf"(?:,|[ \t]*{_DASH})[ \t]*{_EITHER_DATE}[ \t]*$"),
)
DATELINES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, lazy(f"^{place}{rest}")) for name, place, rest in _DATELINE_PARTS
)
# A dateline that opens with its date: "March 4, 2024 \u2013 Acme Corp. (NYSE: ACM) today
# announced", "Jan. 5, 2021 -- SAN DIEGO -- Acme", "January 5, 2015 \u2013 Chicago, IL \u2013
# Acme" (the place, if any, after the date, between dashes),
# "March 3, 2015 (GLOBE NEWSWIRE) -- Acme", "March 3, 2015--(BUSINESS WIRE)--Acme" (the
# city left out), "3 March 2015 \u2013 Acme plc" (the year is
# required, and the caller wants an announcement on the line or the next two of its
# paragraph); a weekday may
# lead the date ("Wednesday, March 5, 2025 -- Acme"), and then the year may be left out
# ("WEDNESDAY, MARCH 5 -- Acme", newspaper style: the weekday marks it a date, no place).
# The date may end in a colon ("March 3, 2015: Acme Corp. today ...") or stand in brackets
# ("(March 3, 2015) - Acme Corp. today ...").
# ... and the wire's credit after that place: "March 3, 2025 -- NEW YORK--(BUSINESS
# WIRE)--Acme", "Jan. 5, 2021 - SAN DIEGO, Calif. /PRNewswire/ -- Acme" (a date line run
# into the wire's own dateline)
_PLACE_WIRE = unnamed(_DATED_WIRE)
# (a date in figures too: "06/03/2024 -- AUSTIN, TX --", read month first as Market Wire's
# are, day first where the day is over 12, "29/01/2009"; the year in two figures, "01/29/09
# --", or ISO's order, "2024-06-03 -- AUSTIN, TX --"; or dotted, the day first as Europe
# prints it, "22.07.2004 -- BOSTON --", the year in four figures: DOTTED_DATE)
DOTTED_DATE = r"[0-3]?\d\.[0-3]?\d\.(?:19|20)\d\d(?![\d.])"
_FIRST_DATE = (
    rf"(?P<weekday>{WEEKDAY},?[ \t]+)?"
    rf"(?:(?P<month>{MONTH})\.?[ \t]+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    rf"(?:,?[ \t]*(?P<year>(?:19|20)\d\d)|(?(weekday)\b|(?!)))"  # (no year: weekday only)
    r"|(?P<numdate>[0-3]?\d/[0-3]?\d/(?:(?:19|20)\d\d|\d\d)(?![\d/])"
    rf"|{DOTTED_DATE}"
    r"|(?:19|20)\d\d-[01]\d-[0-3]\d(?!-?\d))"
    rf"|{DAY_DATE})"
)
_DATE_FIRST_HEAD = (
    rf"^(?P<open>\([ \t]*)?{_FIRST_DATE}(?(open)[ \t]*\))[ \t]*"
    rf"(?:(?:{_DASH}[ \t]*)?{_DATED_WIRE}[ \t]*)?"
)
DATE_FIRST = lazy(
    rf"{_DATE_FIRST_HEAD}(?:{_DASH}|:|(?P<comma>,))[ \t]*"
    rf"(?:{_CITY}(?:,[ \t]*{_STATE}{ZIP}?)?[ \t]*+(?:(?:{_DASH}[ \t]*+)?{_PLACE_WIRE}[ \t]*+)?"
    rf"{_DASH}[ \t]*)?"
    # (a comma after the date, "June 3, 2024, New York, NY -- Acme": only before a place and
    # its dash, which prose after a date has not)
    r"(?(comma)(?(city)|(?!)))"
    r"(?=[A-Z\"\u201c][a-z])"
)
# ... the same with no place, for a dash's words that do not read as one ("June 3, 2024 --
# The Company -- Acme ...": press_dateline._date_first)
DATE_FIRST_UNPLACED = lazy(rf"{_DATE_FIRST_HEAD}(?:{_DASH}|:)[ \t]*(?=[A-Z\"\u201c][a-z])")
# ... and before a firm's name in capitals ("June 3, 2024 -- ACME CORP. -- Acme ...": the
# date alone; press_dateline._date_first wants a legal form closing the words)
DATE_FIRST_BEFORE_CAPS = lazy(rf"{_DATE_FIRST_HEAD}(?:{_DASH}|:)[ \t]*(?=[A-Z\"\u201c])")
# ... and its place in brackets after the date: "June 3, 2024 (AUSTIN, TX) -- Acme",
# "January 29, 2009 (Bellingham, Washington) - Horizon" (press_dateline._date_first wants a
# known state or city there: "(Benzinga)" is a wire's credit)
DATE_PAREN_PLACE = lazy(
    rf"^{_FIRST_DATE}[ \t]*\([ \t]*{_CITY}(?:,[ \t]*{_STATE}{ZIP}?)?[ \t]*\)[ \t]*"
    rf"(?:{_DATED_WIRE}[ \t]*)?(?:{_DASH}|:)[ \t]*(?=[A-Z\"\u201c][a-z])"
)
# Matches wherever a DATELINES pattern does (group names dropped; any _PLACE, where city_dash
# needs a _CAPS_CITY): one regex call rules a line out, instead of six.
# (the lookahead: every part opens with a comma, a dash, a period, a bracket, a slash or
# "and" after the place; it fails most of the place's backtracking positions at once)
ANY_DATELINE = lazy(
    unnamed(rf"{_PLACE}(?=[ \t]*[-,;.(/\u2013\u2014\u2015]|,?[ \t]+(?:and|&)[ \t]|(?<=\.)[ \t])"
            rf"(?:{'|'.join(rest for _, _, rest in _DATELINE_PARTS)})")
)

# States, AP abbreviations and a few countries accepted in a date-less dateline (compared
# lower-cased with periods removed: "Ill." -> "ill", "N.J." -> "nj").
US_STATES = frozenset(
    s.strip()
    for s in """
    alabama, ala, al, alaska, ak, arizona, ariz, az, arkansas, ark, ar, california, calif, ca,
    colorado, colo, co, connecticut, conn, ct, delaware, del, de, florida, fla, fl, georgia, ga,
    hawaii, hi, idaho, id, illinois, ill, il, indiana, ind, in, iowa, ia, kansas, kan, ks,
    kentucky, ky, louisiana, la, maine, me, maryland, md, massachusetts, mass, ma, michigan,
    mich, mi, minnesota, minn, mn, mississippi, miss, ms, missouri, mo, montana, mont, mt,
    nebraska, neb, ne, nevada, nev, nv, new hampshire, nh, new jersey, nj, new mexico, nm,
    new york, ny, north carolina, nc, north dakota, nd, ohio, oh, oklahoma, okla, ok, oregon,
    ore, or, pennsylvania, pa, rhode island, ri, south carolina, sc, south dakota, sd,
    tennessee, tenn, tn, texas, tex, tx, utah, ut, vermont, vt, virginia, va, washington, wash,
    wa, west virginia, wva, wv, wisconsin, wis, wi, wyoming, wyo, wy, dc, canada, england, uk,
    japan, china, germany, france, israel, india, ireland, switzerland, netherlands,
    australia, singapore, taiwan, korea, ontario, quebec, british columbia, alberta
    """.split(",")
)

# --- tickers -------------------------------------------------------------------------------

# A symbol: letters, maybe a class or market suffix ("BRK.A", "ICSL.OB"), or the figures of
# Tokyo, Hong Kong, Shanghai or Seoul ("TSE: 6758", "HKEX: 0700.HK"), closed by a bracket or a
# separator so that a number in prose is not one.
LETTER_SYMBOL = r"[A-Z]{1,6}(?:\.[A-Z]{1,3})?"
# Letters and figures mixed ("FSE: 5AB", "Frankfurt: A1B2"), closed the same way; the
# caller's "(?![A-Za-z0-9])" keeps "XY1" from giving "XY".
SYMBOL = (
    rf"{LETTER_SYMBOL}|\d{{1,6}}(?:\.[A-Z]{{1,2}})?(?=[);,\]])"
    r"|(?=[A-Z0-9]{0,5}[A-Z])(?=[A-Z]{0,5}\d)[A-Z0-9]{2,6}(?=[);,\]])"
)
# "(NASDAQ NM:\nCPTL)", "(OTCBB: AWGT)", "(NasdaqGS: ABCD)", "(Nasdaq-NNM:HHCA)",
# "(NASDAQ/NMS: HHCA)", "[NASDAQ\nNational Market: PSEM]", "(OTC\nBulletin  Board:   ICSL.OB)",
# "(NYSE: IFF)", "Nasdaq: NVDA", "NASDAQ: ASFI".
# The exchange must not continue a word ("ZTSX: A"): callers check the character before, since
# a leading look-behind would stop the regex engine skipping to the exchanges' first letters
# (five times slower). A line break inside the exchange's words may carry the next line's
# indentation, as in a text indented whole ("(OTC\n      Bulletin  Board:   ICSL.OB)").
_WORD_GAP = r"(?:[ \t\n/-]{1,3}|[ \t]*+\n[ \t]{1,12}+)"
TICKER = lazy(
    rf"(?P<exchange>{_EXCHANGE}(?:{_WORD_GAP}[A-Z][A-Za-z]*){{0,3}})"
    rf"[ \t]*:[ \t\n]*(?:[\"\u201c](?=[A-Z0-9.]{{1,10}}[\"\u201d]))?(?P<symbol>{SYMBOL})"
    r"(?![A-Za-z0-9])"
)  # (the symbol may be quoted: "(OTCBB: "ACME")")

# --- furniture and boundaries ---------------------------------------------------------------

# "# # #", "###", "#\t#\t#" (seed 001), "* * *", "* * * * *", "-30-", "- end -", "(END)", the
# same between dashes ("-###-", "- # # # -", "\u2014 END \u2014"; "30" only between single
# hyphens or en dashes a space apart at most, "- 30 -", "\u2013 30 \u2013": "\u2014 30 \u2014",
# "--   30   --" and tab-separated cells are a table's row of nil cells), and
# PR Newswire's trailer: "SOURCE  Pericom Semiconductor Corporation" / "-0-    10/26/2006";
# the wire's link to its own copy, after the release's last paragraph (2010s-2020s): "To view
# the original version on PR Newswire, visit: http://...", "View original content to download
# multimedia: https://...", "View source version on businesswire.com: https://...", Newsfile's
# "To view the source version of this press release, please visit https://...".
END_MARK = lazy(
    r"^[ \t]*(?:#[ \t]*#[ \t]*#[# \t]*+|\*[ \t]*\*[ \t]*\*[* \t]*+"
    r"|[-\u2013\u2014]{1,2}[ \t]*(?:#[ \t]*#[ \t]*#[# \t]*+|(?i:end))[ \t]*[-\u2013\u2014]{1,2}"
    r"|[-\u2013][ ]?30[ ]?[-\u2013]"
    r"|\((?i:end)\)|-0-(?:[ \t]+\d\d/\d\d/\d{4})?"
    r"|SOURCE[ \t]+[A-Z][^\n]{0,100}"
    r"|(?:To[ \t]+view[ \t]+the[ \t]+(?:original|source)[ \t]+version"
    r"|View[ \t]+original[ \t]+content|View[ \t]+source[ \t]+version)\b[^\n]{0,500}?)[ \t]*$"
)
# Page furniture and labels above a headline: "Exhibit 99.1", "EX-99.1", "EXHIBIT 99.1",
# "FOR IMMEDIATE RELEASE", "FOR IMMEDIATE RELEASE -- March 3, 2015", "NEWS RELEASE",
# "[LOGO]", "<PAGE>", "(more)", "- MORE -", "Document", "1".
FURNITURE: tuple[tuple[str, re.Pattern[str]], ...] = (
    # (tender offer exhibits are lettered: "Exhibit (a)(5)(C)")
    ("exhibit", lazy(
        r"^[ \t]*(?=[Ee])(?i:exhibit|ex)[ \t-]*(?:\d|\([A-Za-z0-9]{1,4}\))[\w.()-]*[ \t]*$")),
    # "EMBARGOED UNTIL 4:05 P.M. EST", "HOLD FOR RELEASE ...", "NEWS" alone or spaced out
    # ("N E W S"), "NEWS BULLETIN", "News from Acme"; the issuer's line of a 1990s-2000s
    # release, "FROM: Acme Corp." (a label over the headline, no headline)
    (
        "release_marker",
        # (the lookahead: the first letters of all branches, one test at most line starts)
        lazy(
            r"^[ \t]*(?=[NnPpMmFfHhEe])(?i:news(?:[ \t]+(?:release|bulletin|announcement"
            r"|advisory|flash|from[ \t][^\n]{1,60}))?|press[ \t]+release|media[ \t]+release"
            r"|(?:hold[ \t]+)?for[ \t]+(?:immediate[ \t]+)?release[^\n]{0,40}"
            r"|embargoed[ \t][^\n]{0,60}|from:[ \t][^\n]{1,60}"
            r"|n[ \t]+e[ \t]+w[ \t]+s(?:[ \t]+r[ \t]+e[ \t]+l[ \t]+e[ \t]+a[ \t]+s[ \t]+e)?)"
            r"[ \t:.]*$"
        ),
    ),
    # "[LOGO]", "(LOGO)", "(Acme Corp. logo)", "LOGO" alone
    (
        "logo",
        lazy(r"^[ \t]*(?=[\[(Ll])(?:\[[^\]\n]{0,60}\]"
             r"|\([^()\n]{0,40}(?i:\blogo\b|\bgraphic\b)[^()\n]{0,20}\)|(?i:logo))[ \t]*$"),
    ),
    (
        "page",
        # (each branch opens with a case-blind word's first letter as a class: a case-blind
        # letter costs a call per try, and this runs at every line start)
        lazy(r"^[ \t]*(?=[<(Pp0-9Aa.\[\u2013\u2014STF-])(?:<PAGE>[ \t\d]*+"
             # a page number, "2", "- 2 -", or beside a bar: "2 | Page"
             r"|\d{1,3}(?:[ \t]*\|[ \t]*[Pp](?i:age))?|-[ \t]*\d{1,3}[ \t]*-"
             # "(more)", "(continued on next page)", "- more -", "-more", "... more ..."
             r"|\((?:[Mm](?i:ore)|[Cc](?i:ontinued[ \t]+on[ \t]+(?:the[ \t]+)?(?:next|following)"
             r"[ \t]+page))\)"
             r"|-{1,2}[ \t]*[Mm](?i:ore)(?:[ \t]*-)?|\.{2,4}[ \t]*[Mm](?i:ore)[ \t]*\.{0,4}"
             # a note that the tables follow, framed by its marks: "- See Attached Tables -",
             # "(See accompanying tables)", "[Tables to follow]", "-- Financial Tables Follow --"
             r"|[-\u2013\u2014(\[]{1,3}[ \t]*(?:[Ss](?i:ee[ \t]+(?:the[ \t]+)?(?:attached"
             r"|accompanying|following|enclosed)[ \t]+(?:financial[ \t]+)?(?:tables|schedules))"
             r"|[FfTt](?i:(?:inancial[ \t]+t)?ables[ \t]+(?:to[ \t]+)?follow))"
             r"[ \t.]*[-\u2013\u2014)\]]{1,3}"
             # the same note unframed, alone on its line: "See attached tables.", "Tables
             # follow", "Financial Tables to Follow" (capitalised: no wrapped prose line)
             r"|(?:S(?i:ee[ \t]+(?:the[ \t]+)?(?:attached|accompanying|following|enclosed)"
             r"[ \t]+(?:financial[ \t]+)?(?:tables|schedules))"
             r"|(?:F(?i:inancial[ \t]+t)|T)(?i:ables[ \t]+(?:to[ \t]+)?follow))\.?"
             # a wire's continued page: "Add 1", "ADD TWO" (1990s PR Newswire, Business Wire)
             r"|[Aa](?i:dd)[ \t]+(?:\d{1,2}|(?i:one|two|three|four|five|six))"
             # "Page 2", "Page 2 of 4", "Page | 2"
             r"|[Pp](?i:age)(?:[ \t]+\d{1,3}(?:[ \t]+(?i:of)[ \t]+\d{1,3})?|[ \t]*\|[ \t]*\d{1,3}))"
             r"[ \t]*$"),
    ),
    ("title", lazy(r"^[ \t]*Document[ \t]*$")),
)
RELEASE_MARKER = FURNITURE[1][1]
# A release label led by the company's name: "ACME CORPORATION NEWS RELEASE" (tried on the
# lines above a headline only: it reads up to 40 characters at each line start)
COMPANY_RELEASE_LABEL = lazy(
    r"^[ \t]*[A-Z][^\n]{0,40}[ \t](?:NEWS|News|PRESS|Press)[ \t]+(?:RELEASE|Release)[ \t:.]*$"
)
# A letterhead's address line above the headline: "100 Main Street", "P.O. Box 1234",
# "Anytown, Pennsylvania 19000", "San Jose, CA 95134" (the company's name above it is no
# headline).
LETTERHEAD = lazy(
    r"^[ \t]*(?:\d{1,6}[ \t]+(?:[A-Z0-9][\w.'-]*[ \t]+){0,4}(?:Street|St\.|Avenue|Ave\.?|Road"
    r"|Rd\.|Drive|Dr\.|Boulevard|Blvd\.?|Lane|Way|Parkway|Pkwy\.?|Place|Plaza|Court|Circle"
    r"|Highway|Hwy\.?|Square|Pike|Turnpike)\b[^\n]{0,60}"
    r"|(?i:p\.?[ \t]?o\.?[ \t]+box|post[ \t]+office[ \t]+box)[ \t]+\d[^\n]{0,60}"
    r"|[^\n]{0,60},[ \t]*(?:[A-Z]{2}|[A-Z][a-z]+\.?(?:[ \t][A-Z][a-z]+)?)[ \t]+\d{5}(?:-\d{4})?)"
    r"[ \t]*$"
)
# A caption that describes the release over its head, not its headline: the exhibit's label
# with a description ("Exhibit 99.1 - Press Release dated July 22, 2004", "EXHIBIT 99.1:
# NEWS RELEASE OF ACME CORP.") or the description alone ("Press release of Acme Corp. dated
# July 22, 2004", "Press Release issued by Acme on July 22, 2004"); not "Press Release: Acme
# Reports ..." (a headline after the label)
RELEASE_CAPTION = lazy(
    r"^[ \t]*(?=[EePpNn])(?:(?i:exhibit|ex)[ \t-]*\d[\w.()-]*[ \t]*(?:[-:\u2013\u2014][ \t]*"
    r"|[ \t]+)[^\n]{0,40}?(?i:release|announcement)\b"
    r"|(?i:press|news|earnings)[ \t]+(?i:release)[ \t,]+(?i:dated|of|issued|announcing|by"
    r"|from|on|regarding|titled|entitled)\b)[^\n]{0,120}$"
)
# A letterhead's department ("Corporate Communications", "Investor Relations", "Acme Public
# Relations", "News Bureau") on a line of its own: no headline (one word of the firm's name
# before it at most: "Acme Expands Investor Relations" may be one)
DEPARTMENT = lazy(
    r"^[ \t]*(?:[A-Z][\w&.'-]{0,30}[ \t]+)?(?i:(?:corporate|investor|media|public|press"
    r"|shareholder|stockholder|external|financial)[ \t]+(?:communications?|relations|affairs"
    r"|information)|news[ \t]+bureau|press[ \t]+office|media[ \t]+cent(?:er|re))[ \t]*$"
)
# A letterhead's city and state under the firm's name ("ACME CORPORATION" / "Houston, Texas"),
# the state a known one (see US_STATES)
PLACE_LINE = lazy(
    rf"^[ \t]*{_CITY_WORD}(?:[ \t]+{PLACE_PARTICLE}?{_CITY_WORD}){{0,3}},[ \t]*"
    rf"(?P<state>[{CAPITALS}][{LETTERS}.]*(?:[ \t]+[{CAPITALS}][{LETTERS}.]*){{0,2}})[ \t]*$"
)
# Any furniture line, for one scan over a whole text (see linescan).
ANY_FURNITURE = LinePattern("|".join(f"(?:{p.pattern})" for _, p in FURNITURE))
SEPARATOR = lazy(r"^[ \t]*(?:[-=_*~][ \t]*){3,}$")
# The 8-K sentence that introduces a release: "...issued the following press release:".
LEAD_IN = lazy(
    r"(?i:press[ \t]+release|news[ \t]+release|following|attached|as[ \t]+follows|reads)"
    r"[^\n]{0,80}[:.][ \t]*$"
)
# Lines that end a release in a whole 8-K text: the next item, the signatures.
ITEM_HEADING = lazy(r"^[ \t]*(?i:item)[ \t]+\d{1,2}(?:\.\d{2})?\b")
NOTE_TO_EDITORS = lazy(r"^[ \t]*(?i:note[ \t]+to[ \t]+editors)\b")

# --- head: subheadlines and highlights ------------------------------------------------------

# Lines between a UK or Canadian headline and its dateline that are no subheadline: the
# defined terms under the company's name ('("Albion" or the "Company")', RNS style) and the
# currency note ("(All amounts in U.S. dollars unless otherwise stated)"); the note of the
# tables a results release holds, typed under its headline ("(Unaudited)", "(In thousands)",
# "(Dollars in millions, except per share data)").
HEAD_NOTE = lazy(
    r"^[ \t]*(?:\((?i:unaudited|(?:(?:dollars|amounts)[ \t]+)?in[ \t]+(?:thousands|millions"
    r"|billions)\b[^()\n]{0,60})\)"
    r"|\((?:the[ \t]+)?[\"\u201c][^\"\u201d\n]{1,60}[\"\u201d]"
    r"(?:,?[ \t]+(?:or|and)[ \t]+(?:the[ \t]+)?[\"\u201c][^\"\u201d\n]{1,60}[\"\u201d])?\)"
    r"|\(?(?i:(?:all[ \t]+)?(?:dollar[ \t]+)?(?:amounts|figures|currency|financial[ \t]+figures)"
    r"[ \t]+(?:are[ \t]+)?(?:in|expressed|reported|stated)\b[^\n]{0,80}"
    r"(?:dollars|US\$|C\$|CAD|USD|otherwise[ \t]+(?:stated|noted|indicated|specified))"
    r"[ \t.]*+)\)?)[ \t]*$"
)

# A form's own cover over a release printed in the same document (a 6-K's "REPORT OF FOREIGN
# PRIVATE ISSUER", its captions and check-mark questions) or signatures ("Pursuant to the
# requirements of the Securities Exchange Act ..."): never part of the release's head.
# (a stripped line; a caption only as the whole of a bracket that opens the line: a
# bracketed subheadline with a caption's word in it, "(Court Finds It Lacks Jurisdiction
# Over Beta Claims)", "(Former Name: Beta Widgets Corporation)", is none)
FORM_COVER = lazy(
    r"\((?i:(?:exact[ \t]+)?name[ \t]+of[ \t]+registrant|translation[ \t]+of[ \t]+registrant"
    r"|registrant.{1,2}s[ \t]+(?:telephone|name)|state[ \t]+or[ \t]+other[ \t]+jurisdiction"
    r"|state[ \t]+of[ \t]+incorporation|I\.?R\.?S\.?[ \t]+employer|zip[ \t]+code(?=\))"
    r"|commission[ \t]+file[ \t]+(?:number|no\b)|former[ \t]+name(?:[ \t]+or|,)[ \t]+former"
    r"|address\b(?=[^()\n]{0,60}principal[ \t]+executive[ \t]+office))[^()\n]{0,100}\)"
    r"|(?i:report[ \t]+of[ \t]+(?:a[ \t]+)?foreign[ \t]+(?:private[ \t]+)?issuer"
    r"|pursuant[ \t]+to[ \t]+(?:rules?[ \t]+13a-16|the[ \t]+requirements)"
    r"|indicate[ \t]+by[ \t]+check[ \t]+mark"
    r"|commission[ \t]+file[ \t]+(?:number|no\b))"
    r"|Form[ \t]+20-F\b[^\n]{0,40}\bForm[ \t]+40-F\b"
    r"|If[ \t]+[\"\u201c]Yes[\"\u201d][ \t]+is[ \t]+marked"
)
FORM_COVER_FIRST = frozenset("(RrPpIiCcF")  # how a FORM_COVER line opens
# A signature mark: "/s/" opening a line or after "By:" or blanks, a name after it ("By: /s/
# Jane Roe", "/S/JANE ROE") or none ("By: /s/" over the typed name), not the "/S/" of
# "A/S/NOVOZYMES A/S" nor a URL's "/s/"
SIGNATURE_MARK = lazy(r"(?:^|[ \t:])/[sS]/(?:[ \t]{0,20}[A-Za-z]|[ \t]*$)")
# A line under a sign-off that reads as a headline, not a signer's: a verb of news or a
# figure ("REDWOOD VALLEY BANCORP REPORTS RECORD 2014 EARNINGS"), none of which a name, an
# office or a committee holds ("Office of the Corporate Secretary", "John Smith and Mary Jones")
HEADLINE_SIGN = lazy(
    r"\d|[$%\u20ac\u00a3]|(?i:\b(?:reports?|reported|announces?|announced|completes?|completed"
    r"|declares?|declared|names|appoints?|elects?|acquires?|acquired|to[ \t]+acquire|agrees?"
    r"|signs|launches|introduces|unveils|receives|wins|awarded|enters|raises|increases|expands"
    r"|closes|prices|files|updates|provides|schedules|sets|confirms|reaffirms|posts|achieves"
    r"|delivers|extends|issues|approves|adopts|plans|obtains|secures|settles|sells|opens"
    r"|releases|comments|revises|lowers|retires|resigns|joins|promotes|to[ \t]+host|will)\b)"
)
# A signer's title line under the name ("Company Secretary", "Co-Chief Executive Officers",
# "Vice President, Investor Relations"; labelled ones, "Title: ...", are read by their label)
JOB_WORD = lazy(
    r"(?i:\b(?:chief|officers?|president|vice|secretary|treasurer|controller|counsel"
    r"|director|chair(?:man|woman|person)?|manager|head|partner|executive|attorney-in-fact"
    r"|authori[sz]ed|signatory|CEO|CFO|COO)\b)"
)

# "-- Softswitch ... Offices--", "-CTC Packet Based ... Customers-", "- NET INCOME ... -".
SUBHEAD_OPEN = lazy(r"^[ \t]*(?:-{1,3}|\u2013|\u2014)[ \t]*(?=\S)")
SUBHEAD_CLOSE = lazy(r"(?<=\S)[ \t]*(?:-{1,3}|\u2013|\u2014)[ \t]*$")
# "- Packet-Based ...", "* text", "\u2022 text", "\u25cf\ttext", "\u00b7\ttext", "o text".
# (also squares, triangles, diamonds, ticks and Word's Wingdings glyphs: "\u25a0\ttext";
# and the arrows typed in plain text, "> text", "\u00bb text")
BULLET_CHARS = (
    "*\u2022\u25cf\u25aa\u00b7\u2013\u27a2\uf0b7\u25a0\u25ba\u25c6\u2666\u2713\u2714"
    "\u25e6\u27a4\u2023\u2043\uf0a7\uf0d8\uf076\uf0fc>\u00bb"
)
BULLET = lazy(rf"^[ \t]*(?:--?|[{BULLET_CHARS}]|o(?=[ \t]))[ \t]+(?=\S)")
# "Beta Customer Highlights:", or the word alone ("Highlights", "HIGHLIGHTS:"), or with
# words after it and a colon ("Highlights for the fourth quarter include:"), or a bracket
# ("Third Quarter Fiscal 2008 Highlights (for the quarter ended December 31, 2007, compared
# to December 31, 2006):", Horizon Financial 2008, whose caller joins the wrapped lines)
HIGHLIGHTS_HEADING = lazy(
    r"^[ \t]*(?:[A-Z][^\n]{0,80}(?i:highlights)|H(?i:ighlights))"
    r"(?:[ \t]*+:?|[ \t]+(?i:for|of|from|in|include|included|including)\b[^\n:]{0,60}:"
    r"|[ \t]*\([^()\n]{1,120}\)[ \t]*+:?)[ \t]*$"
)

# --- tail: about, forward-looking statements, contacts -------------------------------------

# "About CTC Communications", "ABOUT STOCKWALK.COM GROUP, INC.", "About Pericom"
# "About Acme Corp.", "ABOUT THE COMPANY", "Company Profile", "Company Overview", "Corporate
# Background" (its text names the company)
ABOUT_HEADING = lazy(
    r"^[ \t]*(?:(?:About|ABOUT)[ \t]+(?P<company>(?:the[ \t]+)?[A-Z0-9][^\n\t]{0,79}?)"
    r"|(?:Company|Corporate|COMPANY|CORPORATE)[ \t]+(?:Profile|PROFILE|Overview|OVERVIEW"
    r"|Background|BACKGROUND))[ \t]*+:?[ \t]*+$"
)
ABOUT_STARTS = ("About", "ABOUT", "Company", "Corporate", "COMPANY", "CORPORATE")
# "Northwind Systems, Inc. Profile": the company's name over its standing paragraph (taken
# only when that paragraph opens with the same name; see press_tail.about_in)
PROFILE_HEADING = lazy(
    r"^[ \t]*(?P<company>[A-Z][^\n\t:]{0,79}?)[ \t]+(?:Profile|PROFILE)[ \t]*+:?[ \t]*+$"
)
PROFILE_ENDS = ("Profile", "PROFILE", "Profile:", "PROFILE:")
# "Forward-Looking Statements", "Safe Harbor Statement", "Cautionary Note Regarding ...", the
# act alone ("Private Securities Litigation Reform Act of 1995", 1990s-2000s)
FLS_HEADING = lazy(
    r"^[ \t]*[^\n]{0,60}(?i:forward[- ]looking|safe[ \t]+harbor|cautionary[ \t]+(?:statement|note"
    r"|language)|litigation[ \t]+reform[ \t]+act)[^\n]{0,100}$"
)
# "About Apple Inc.: Apple designs ..." (heading and text in one rendered block), "About Acme
# - Acme is ..." (a hyphen between blanks: "About Coca-Cola" is a name)
ABOUT_INLINE = lazy(
    r"^[ \t]*(?:About|ABOUT)[ \t]+(?P<company>[A-Z][^\n:]{1,60}?)[ \t]*"
    r"(?::|\u2014|\u2013|--|(?<=[ \t])-)[ \t]+(?=[A-Z])"
)
FLS_PHRASE = lazy(r"(?i:forward[-\s]{1,3}looking[ \t\n]+(?:statement|information))")
# "Contact:", "CONTACTS:", "Contacts" (alone), "Finance Contact: John Pittenger", "Press
# Contact:", "Investor Relations Contact:", "For more information:", "Media:", "Investors:",
# "/CONTACT:  Mike Craighead, ..." (PR Newswire trailer), "For further information, please
# contact:" (or a name after it: "... please contact Jane Doe at (303) 555-0100."). Words other
# than "contact" need ":".
CONTACT_SENTENCE = (
    r"(?i:for[ \t]+(?:more|further|additional)[ \t]+information,?[ \t]+(?:please[ \t]+)?contact)"
)
CONTACT_HEADING = lazy(
    r"^[ \t]*/?(?:(?P<role>[A-Z][A-Za-z&/.-]*(?:[ \t]+[A-Za-z&/.-]+){0,3})[ \t]+)?"
    r"(?:(?i:contacts?(?:[ \t]+(?:information|info|details))?)(?:[ \t]*:|[ \t]*$)"
    rf"|{CONTACT_SENTENCE}(?:[ \t]*:|[ \t]*$|[ \t]+(?=[A-Z]))"
    r"|(?i:for[ \t]+(?:more|further|additional)[ \t]+information"
    r"|media[ \t]+relations|investor[ \t]+relations"
    r"|(?:(?:press|media|investors?|analysts?|shareholders?)[ \t]+)?(?:en|in)quiries"
    r"|media|investors?|analysts?|press)[ \t]*:)"
    r"[ \t]*(?P<rest>[^\n]*)$"
)
# Heading words that say nothing of the role: "Contact:", "For more information:".
CONTACT_PLAIN = lazy(
    r"^(?i:contacts?(?:[ \t]+(?:information|info|details))?"
    r"|for[ \t]+(?:more|further|additional)[ \t]+information.*)$"
)

EMAIL = Guarded(
    lazy(r"[A-Za-z0-9][\w.+-]{0,63}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,4}"), "@"
)
URL = Guarded(lazy(
    r"(?<![@\w.])(?:https?://[^\s/$.?#][^\s,;]{1,200}|www\.[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,4}"
    r"(?:/[^\s,;]{0,200})?)"
), ("://", "www."))
# What every PHONE match holds: "+", or three digits, a separator and four digits. On an
# ASCII text, digits read "0" and separators "_" after one C-level translate (a regex led by
# a digit is slow to search: years and amounts are common in prose); of the text's bytes,
# which bytes.translate maps by a table, without str.translate's lookup a character.
_PHONE_CORE = lazy(r"\d{3}[ .-]\d{4}|\+")
_PHONE_SHAPES = bytes(
    ord("0") if chr(i).isdigit() else ord("_") if chr(i) in " .-" else ord("x")
    for i in range(128)
) + b"x" * 128


def _may_be_phone(text: str) -> bool:
    if text.isascii():
        return "+" in text or b"000_0000" in text.encode("ascii").translate(_PHONE_SHAPES)
    return _PHONE_CORE.search(text) is not None


# "410-571-8900", "(408) 862-1142", "612.542.3626", "1.650.607.0349", "+1-650-470-4234",
# "217/555-1212", "(408)-435-0800" (a dash after the area code's bracket).
PHONE = Guarded(lazy(
    r"(?<![\w.])(?:\+?1[ .-])?(?:\(\d{3}\)[ -]?|\d{3}[ ./-])\d{3}[ .-]\d{4}(?![\d])"
    # (a trunk "0" in brackets after the country code: "+44 (0)20 7123 4567"; a UK mobile's
    # six digits in one group, "+44 (0)7712 345678", "+44 7712 345678")
    r"|(?<![\w.])\+\d{1,3}(?:[ ]?\(0\)[ ]?\d{1,4}(?:[ .-]\d{1,6}){1,4}|(?:[ .-]\d{1,6}){2,4})"
    r"(?![\d])"
), _may_be_phone)

# --- people --------------------------------------------------------------------------------

# Words that make a role, not a name: "Chairman and CEO Alan J. Lacy" -> role + name.
ROLE_WORDS = frozenset(
    """
    chairman chairwoman chair president vice chief executive officer financial operating
    technology director senior executive managing partner founder co-founder treasurer
    secretary general counsel head manager ceo cfo coo cto cmo evp svp vp md principal
    lead leader analyst spokesman spokeswoman spokesperson governor minister professor
    """.split()
)
HONORIFICS = frozenset({"Mr.", "Ms.", "Mrs.", "Dr.", "Mr", "Ms", "Mrs", "Dr", "Prof.", "Sir"})
# One token of a personal name: "Frederic", "J.", "McDonald", "O'Neil", "Jean-Claude", and
# surnames whose particle is run in with a capital after it ("DeAngelis", "LeBlanc",
# "DiMarco", "VanDyke", "LaRue", "DuBois", "LoPresti", "DelVecchio"): only these particles,
# not any inner capital ("PayPal", "FedEx", "NetApp" are firms).
NAME_TOKEN = lazy(
    r"(?:[A-Z][a-z]+(?:['\u2019-][A-Z]?[a-z]+)?|[A-Z]\.|Ma?c[A-Z][a-z]+"
    r"|(?:D[aeiu]|De[ls]|Dal|L[aeo]|Van|Von)[A-Z][a-z]+"
    r"|[A-Z]'[A-Z][a-z]+|Jr\.?|Sr\.?|II|III|IV|Dr\.|Mr\.|Ms\.|Mrs\.)$"
)
PRONOUNS = frozenset({"he", "she", "they", "He", "She", "They"})
# Verbs of attribution: "said", "stated", "added", "concluded" ... and "asked", which
# attributes a quoted question ('"Why would we not grow next year?" asked Alex Hui, CEO.')
VERBS = (
    r"(?:said|says|stated|states|added|adds|noted|notes|commented|comments|explained|explains"
    r"|continued|continues|concluded|concludes|remarked|remarks|observed|observes|declared"
    r"|asked|asks"
    r"|emphasized|emphasised|pointed[ \t]+out|according[ \t]+to)"
)
VERB = lazy(rf"\b{VERBS}\b")
# After a quote: ", said Frederic Kunzi CTO of ...", "," he said.", ", Rich Jacobson, CEO, said."
VERB_FIRST = lazy(rf"^[ \t,;\u2014-]*(?P<verb>{VERBS})[ \t]+(?P<who>\S[^\n]*)$")
# Before a quote: "Robert Fabbricatore, CTC's Chairman and CEO stated, " (verb closes the text)
# (or when, where or how much was said: 'said today:', 'said at the meeting:', 'said, in
# part:', 'said further:', 'said regarding the merger:')
VERB_LAST = lazy(
    rf"(?P<verb>{VERBS})(?P<extra>[ \t]+(?:of|about|on|in|at|during|that|regarding|concerning)"
    r"[^,\"\u201c\u201d]{0,60}|[ \t]+(?:today|yesterday|further|(?:Mon|Tues|Wednes|Thurs|Fri|Satur"
    r"|Sun)day)|,[ \t]+in[ \t]+part)?[ \t]*+[,:]?[ \t]*$"
)
# "Apple's CEO" -> "CEO": a possessive company word opening a role is dropped (documented rule).
POSSESSIVE_PREFIX = lazy(r"^(?:[A-Z][\w&.-]*[ \t]){0,2}[A-Z][\w&.-]*['\u2019]s[ \t]+(?=\S)")
