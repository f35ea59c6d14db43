"""The head of a press release: dateline, headline, subheadlines, highlights, tickers.

Schema slice (of ``press_releases[]``), seed 000::

    dateline      {"city": "WALTHAM", "state": "Mass", "date": "2000-08-02"}
    headline      "CTC COMMUNICATIONS ANNOUNCES VOICE SERVICES SOFTSWITCH IN OPERATION AND ..."
    subheadlines  ["Softswitch Providing VoIP Voice Services Between 11 CTC Branch Sales Offices"]
    highlights    []        # bullets such as seed 001's "Beta Customer Highlights:"
    tickers       [{"exchange": "NASDAQ NM", "symbol": "CPTL"}]

The dateline anchors everything: the headline is read walking *up* from it (past date lines,
subheadlines and bullets) until furniture stops the walk (an exhibit label, "FOR IMMEDIATE
RELEASE", a contact block, the 8-K's "issued the following press release:" sentence).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import accumulate, compress, count
from typing import Any

from ..lazy_re import lazy
from ..linescan import LinePattern
from .patterns import EXHIBIT_INDEX_HEADING, SIGNATURE_HEADING
from .press_patterns import (
    ANY_DATELINE,
    BULLET,
    CAPITALS,
    COMPANY_RELEASE_LABEL,
    CONTACT_HEADING,
    DATE_FIRST,
    DATE_LINE,
    DATELINES,
    EMAIL,
    END_MARK,
    EXCHANGE,
    FURNITURE,
    HIGHLIGHTS_HEADING,
    ITEM_HEADING,
    LEAD_IN,
    LETTER_SYMBOL,
    LETTERHEAD,
    LETTERS,
    MONTH,
    PHONE,
    RELEASE_MARKER,
    SEPARATOR,
    SUBHEAD_CLOSE,
    SUBHEAD_OPEN,
    TICKER,
    URL,
    US_STATES,
    WEEKDAY,
    any_of,
)
from .press_text import (
    infer_year,
    is_unwrapped,
    iso_date,
    more_words,
    normalise,
    paragraph_text,
    year_from_filing,
)

# The dateline is looked for this far into the text (an 8-K body can precede the release).
DATELINE_SEARCH_CHARS = 200_000
_HEAD_LINES = 60  # a head (headline + subheadlines + bullets) is never longer than this
_PROSE_WORDS = 30  # a block this long above the dateline is prose, not a headline
# Words that never start a city: "On August 2, 2000, the Registrant ..."
# (compared capitalised: "FOR IMMEDIATE RELEASE -- March 3" is a label, not a place)
_NOT_CITY = frozenset(
    "On In As At By For From The Dated Date Since During Effective Between Beginning "
    "Through Until Upon Before After Each News Press".split()
)
# Places whose name opens with "The": "THE WOODLANDS, Texas", "THE HAGUE, the Netherlands"
_THE_CITIES = frozenset("woodlands hague colony villages dalles".split())
# What follows a dateline: the company name, a quote, a parenthesis, or the line end.
_AFTER_DATELINE = lazy(r"[ \t.,:;/\u2013\u2014-]*(?:[A-Za-z\"\u201c(\[]|$)")
# A release's announcing sentence, in prose (lower case: "Today Announced" is a headline's)
_ANNOUNCEMENT = lazy(
    r"\b(?:today|yesterday)[ \t]+(?:announced|reported|said|released|unveiled|introduced"
    r"|declared|named|completed|launched)\b|\b(?:announced|reported|declared)[ \t]+today\b"
)
_ANNOUNCEMENT_LINES = 120
_NO_PLACE = lazy(r"")
_WEEKDAY = lazy(WEEKDAY)
_MONTH_PREFIXES = frozenset("jan feb mar apr may jun jul aug sep oct nov dec".split())
_TABLE_ROW = lazy(r"\t|\S {3,}\S")
_ANNOUNCING = lazy(r"(?i:\btoday\b|\bannounc|\breport|\bsaid\b|\bintroduc|\bunveil)")
# A headline line that runs on: "... IN OPERATION AND" / "of Bond Restructuring Plan".
_CONNECT_END = lazy(
    r"(?i:\b(?:and|or|of|for|to|in|on|with|at|by|from|the|a|an|as|its|&))$|[-,/]$"
)
_CONNECT_START = lazy(
    r"(?i:(?:and|or|of|for|to|in|on|with|at|by|from|as|into|amid|&)\b)|[a-z(]"
)


# ---- dateline ------------------------------------------------------------------------------


def match_dateline(line: str) -> tuple[str, re.Match[str]] | None:
    """The named dateline pattern that matches this line, if any (engine of DATELINES)."""
    text = line.lstrip(" \t")
    first = text[:1]
    if "0" <= first <= "9":  # only a date opens with a digit: "3 March 2015 \u2013 Acme"
        m = DATE_FIRST.match(text)
        return ("date_first", m) if m else None
    if not first.isupper():
        return None
    if ANY_DATELINE.match(text) is None:  # one regex call rules out most lines
        m = DATE_FIRST.match(text) if text[:3].lower() in _MONTH_PREFIXES else None
        return ("date_first", m) if m else None
    for name, pattern in DATELINES:
        m = pattern.match(text)
        if m is None:
            continue
        words = m.group("city").split()
        if words[0].capitalize() in _NOT_CITY and not (
            words[0].capitalize() == "The" and len(words) > 1 and words[1].lower() in _THE_CITIES
        ):
            continue
        if name.startswith("no_date"):
            state = (m.group("state") or "").lower().replace(".", "").strip()
            if state not in US_STATES:
                continue
        if not _AFTER_DATELINE.match(text, m.end()):
            continue  # "Balance, January 1, 1990 $62,483" is a table row
        if name == "date_dash" and m.group("stop") and not m.group("state"):
            continue  # "Acme Corp. March 3, 2015 -": only a state's period parts a date
        return name, m
    return None


def dateline_fields(m: re.Match[str], context: str, filed: str | None = None) -> dict[str, Any]:
    """{city, state, date} from a dateline match; a year missing from it is taken from the
    filing's date `filed` when given, else inferred from the dates in `context`."""
    groups = m.groupdict()
    when = None
    # a date printed month first ("month") or day first ("dmonth")
    month, day, year = (groups.get("month"), groups.get("day"), groups.get("year")) \
        if groups.get("month") else (groups.get("dmonth"), groups.get("dday"), groups.get("dyear"))
    if groups.get("numdate"):  # "03/08/2007", month first
        when = iso_date(groups["numdate"])
    elif month:
        if not year:
            year = year_from_filing(month, day, filed) or infer_year(month, day, context)
        if year:
            when = iso_date(f"{month.rstrip('.')} {day} {year}")
    state = groups.get("state")
    if state and _WEEKDAY.fullmatch(state):
        state = None  # "NEW YORK, Wednesday, May 1, 2019": a weekday, not a state
    return {
        "city": normalise(groups["city"]).rstrip(",") if groups.get("city") else None,
        "state": normalise(state) if state else None,
        "date": when,
    }


# What every DATELINES pattern starts with: a city of up to four capitalised words, then the
# first mark of a state, a date, a wire or a second place after a comma, a dash, an ellipsis
# or "and". Searched over the whole text at once, it picks the few lines worth the full
# per-line test (prose such as "Selling, general and" fails at the mark). Any line a DATELINES
# pattern matches is picked; a few more are, and fail the full test.
_MONTH_START = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_CITY_WORD = rf"[{LETTERS}.'\u2019-]*+"  # (after its capital)
# The start of a city word without "-" or "...": a mark may follow a city inside a word
# ("Waltham-August 2"), where the possessive _CITY_WORD does not stop.
_WORD_START = rf"[{LETTERS}'\u2019]*+(?:\.(?!\.\.)[{LETTERS}'\u2019]*+)*+"
# A dateline with no place opens with its date, "March 4, 2024 \u2013" (see DATE_FIRST): the
# month is the first "city" word, and this mark is tried after that word only.
_YEAR_MARK = r"(?:19|20)\d\d[ \t]*(?:-|\u2013|\u2014|\u2015|\(|/)"  # (a dash, or a wire's mark)
_DATE_FIRST_MARK = rf"[ \t]+[0-3]?\d(?:st|nd|rd|th)?,?[ \t]*{_YEAR_MARK}"
# ... or the day first, "3 March 2015 \u2013"
_DAY_FIRST = rf"[0-3]?\d(?:st|nd|rd|th)?[ \t]+{_MONTH_START}[A-Za-z]*\.?,?[ \t]+{_YEAR_MARK}"
_DAY_START = r"[0-3]?\d(?:st|nd|rd|th)?[ \t]+" + _MONTH_START  # a day-first date's start
_DATELINE_HINT = LinePattern(
    # Possessive words: giving a word back a character at a time, each end tried against the
    # marks, was most of the cost (the second branch finds a mark inside a word).
    rf"[ \t]*(?:[{CAPITALS}](?:{_CITY_WORD}(?:{_DATE_FIRST_MARK}|"
    rf"(?:(?:[ \t]+|/)[{CAPITALS}&]{_CITY_WORD}){{0,4}}"
    rf"(?:,[ \t]*(?:[{CAPITALS}]|and[ \t]|the[ \t]|{_MONTH_START}|{_DAY_START})"
    rf"|[ \t]*(?:-{{1,4}}|\u2013|\u2014|\u2015)[ \t]*"
    rf"(?:[A-Z\"\u201c/(]|{_MONTH_START}|{_DAY_START})"
    rf"|[ \t]*\([ \t]*(?:{_MONTH_START}|{_DAY_START})"
    rf"|[ \t]*\.\.\.|[ \t]+and[ \t]+[{CAPITALS}]))"
    rf"|{_WORD_START}(?:[ \t]+[{CAPITALS}&]{_WORD_START}){{0,4}}+(?:-|\.\.\.))"
    rf"|{_DAY_FIRST})"
)
# The looser hint used before, kept for lists whose items hold newlines: line numbers read
# off the joined text are shifted there, and results stay what they were.
_LOOSE_HINT = LinePattern(
    rf"[ \t]*(?:[{CAPITALS}][{LETTERS}.'\u2019-]*(?:{_DATE_FIRST_MARK}|"
    rf"(?:[ \t]+(?:&[ \t]+)?[{CAPITALS}][{LETTERS}.'\u2019-]*){{0,3}}"
    rf"(?:,|[ \t]*(?:-|\u2013|\u2014|\u2015|\.\.\.)|[ \t]+and[ \t]))|{_DAY_FIRST})"
)


def _lines_within(lines: list[str], limit: int) -> int:
    """How many leading lines fit in ``limit`` characters, each with its newline."""
    if len(lines) <= limit and sum(map(len, lines)) + len(lines) <= limit:
        return len(lines)  # the usual case: the whole text
    # C-level iterators: the first line past the limit stops the count
    ends = accumulate(map((1).__add__, map(len, lines)))
    return next(compress(count(), map(limit.__lt__, ends)), len(lines))


# A release label run into the dateline's line: "For Immediate Release - NEW YORK, March 3,
# 2015 - Acme", "NEWS RELEASE: DALLAS, Texas, ..." (the label alone is furniture)
# (matched at the line start of each "elease": a search of the text for it, tried at every
# line start, cost six times as much)
_LABEL_RUN_IN = lazy(
    r"[ \t]*(?P<label>(?i:for[ \t]+immediate[ \t]+release|news[ \t]+release|press[ \t]+release))"
    r"[ \t]*(?::|-{1,2}|\u2013|\u2014)[ \t]*(?=[A-Z])"
)


_LABEL_REACH = 40  # "elease" lies this near its line's start in a label (an indent allowed)
_LABEL_CHARS = 20_000  # a label run into the dateline opens the release: near the text's top


def _label_run_in(text: str) -> tuple[int, re.Match[str]] | None:
    """(line start, match) of the first line that opens with a release label and goes on."""
    found: list[tuple[int, re.Match[str]]] = []
    for needle in ("elease", "ELEASE"):
        at = text.find(needle)
        while at >= 0:
            start = text.rfind("\n", max(0, at - _LABEL_REACH), at) + 1
            m = _LABEL_RUN_IN.match(text, start) if start or at < _LABEL_REACH else None
            if m is not None:
                found.append((start, m))
                break
            at = text.find(needle, at + 6)
    return min(found, key=lambda f: f[0]) if found else None


def _split_run_in_label(lines: list[str], text: str) -> bool:
    """Put a release label that runs into a dateline on a line of its own (``lines`` is
    changed in place; ``text`` is its head joined), so that the head above and the body
    below read as usual. Whether it did."""
    found = _label_run_in(text)
    if found is None:
        return False
    start, m = found
    i = text.count("\n", 0, start)
    line = lines[i]
    rest = line[m.end() - start :]
    if match_dateline(rest) is None:
        return False
    lines[i : i + 1] = [line[: m.end("label") - start], rest]
    return True


def locate_dateline(lines: list[str], labels: bool = False
                    ) -> tuple[int, str, re.Match[str]] | None:
    """Index, pattern name and match of the first dateline line. `labels`: a release label
    run into a dateline's line above the one found (or anywhere near the top, if none is)
    is put on a line of its own (``lines`` changes) and the search is made again."""
    n = _lines_within(lines, DATELINE_SEARCH_CHARS)
    text = "\n".join(lines[:n])
    found, at = _first_dateline(lines, n, text)
    if labels and _split_run_in_label(lines, text[: min(at, _LABEL_CHARS)]):
        return locate_dateline(lines)
    return found


def _first_dateline(lines: list[str], n: int, text: str
                    ) -> tuple[tuple[int, str, re.Match[str]] | None, int]:
    """locate_dateline's find, and where its line starts in ``text`` (its length if none)."""
    scan = _DATELINE_HINT if text.count("\n") < n else _LOOSE_HINT
    i = pos = 0
    for hint in scan.finditer(text):  # lazily: the first dateline ends the scan
        start = scan.line_start(hint)
        i += text.count("\n", pos, start)
        pos = start
        line = lines[i]
        found = match_dateline(line)
        if (found is None or not _dated(found[1])) and i + 1 < len(lines) \
                and len(line) <= _WRAP_WIDTH and (line[-1:] in _CUT_ENDS or line[-1:].isalpha()):
            found = _wrapped_dateline(lines, i, found) or found
        if found is None:
            continue
        name, m = found
        if name in ("no_date", "city_dash"):
            # A date-less dateline must open an announcement ("... today announced").
            lead = " ".join(lines[i : i + 4])[:400]
            if not _ANNOUNCING.search(lead):
                continue
        elif name == "date_first" and not _ANNOUNCING.search(" ".join(lines[i : i + 2])[:300]):
            continue  # a place-less one too, on its line or the next
        return (i, name, m), start
    return None, len(text)


def _dated(m: re.Match[str]) -> bool:
    """Whether a dateline match holds a date (a year is not needed)."""
    groups = m.groupdict()
    return bool(groups.get("month") or groups.get("dmonth") or groups.get("numdate"))


# What a dateline cut by the wrap leaves after its match: nothing, or a date's start
_DATE_CUT = lazy(rf"[ \t]*(?:{MONTH}\.?(?:[ \t]+[0-3]?\d,?)?)?[ \t]*$")
_WRAP_WIDTH = 100  # a dateline's first line longer than this is no wrapped text
_WRAP_WORDS = 10  # nor one of more words (a place, a date and a wire's name have fewer)
_CUT_ENDS = frozenset(",-/)0123456789")
_MONTH_END = lazy(rf"\b{MONTH}\.?$")
_MONTH_WORD = lazy(rf"\b{MONTH}\b")
_WIRE_CUT = ("--", "\u2013", "\u2014")


def _wrapped_dateline(lines: list[str], i: int, found: tuple[str, re.Match[str]] | None
                      ) -> tuple[str, re.Match[str]] | None:
    """A dateline wrapped onto the next line: "SOUTH SAN FRANCISCO, Calif.--(BUSINESS
    WIRE)--Nov. 3," / "2005--Acme", "..., Nov. 3, 2005 /PRNewswire-" / "FirstCall/ --". The
    two lines are joined (``lines`` changes) when the join gives a dated dateline that runs
    across the break; ``found`` is the first line's own match, if any (undated)."""
    line = lines[i].rstrip()
    if len(line) > _WRAP_WIDTH or (
            line[-1] not in _CUT_ENDS and not (line[-1].isalpha() and _MONTH_END.search(line))):
        return None  # a cut dateline ends in a mark, a figure or a month
    if "...." in line or not (line.endswith(_WIRE_CUT) or _MONTH_WORD.search(line)):
        return None  # it holds its date's month, or ends at a wire's credit: "...WIRE)--"
    below = lines[i + 1].strip()
    if not below or more_words(line, _WRAP_WORDS):
        return None
    if found is not None:  # only a date's start may follow it: "...--(BUSINESS WIRE)--Nov. 3,"
        text = line.lstrip(" \t")
        if not _DATE_CUT.match(text, found[1].end()):
            return None
    hyphen = line.endswith("-") and line[-2:-1].isalpha() and below[:1].isalpha()
    joined = line + ("" if hyphen else " ") + below
    again = match_dateline(joined)
    if again is None or not _dated(again[1]):
        return None
    indent = len(joined) - len(joined.lstrip(" \t"))
    if indent + again[1].end() <= len(line):
        return None  # it ends on the first line: the break is no part of it
    if again[0] != "date_first" and indent + again[1].end("city") > len(line):
        return None  # the place runs across it: "Hampshire Customers-" / "Waltham, MA, ..."
    lines[i : i + 2] = [joined]
    return again


def locate_announcement(lines: list[str]) -> tuple[int, str, re.Match[str]] | None:
    """Where a release with no dateline opens: the first line (of the first 120) whose
    sentence announces in prose, "Acme Widgets, Inc. (NYSE: AWI) today reported ...". The
    match is empty: no city, state or date."""
    for i, line in enumerate(lines[:_ANNOUNCEMENT_LINES]):
        s = line.lstrip(" \t")
        if not s[:1].isupper():
            continue
        lead = " ".join(lines[i : i + 2])[:300]
        if _ANNOUNCEMENT.search(lead) and more_words(lead, 10):
            return i, "announcement", _NO_PLACE.match(s)  # type: ignore[return-value]
    return None


def find_dateline(text: str) -> tuple[tuple[int, int], dict[str, Any]] | None:
    """Character span of the dateline in ``text`` and its {city, state, date}."""
    lines = text.split("\n")
    found = locate_dateline(lines)
    if found is None:
        return None
    i, _name, m = found
    offset = sum(len(line) + 1 for line in lines[:i])
    offset += len(lines[i]) - len(lines[i].lstrip(" \t"))
    return (offset + m.start(), offset + m.end()), dateline_fields(m, text)


# ---- tickers -------------------------------------------------------------------------------


# What TICKER reads before its colon (exchange names and the words after them), and after it.
_TICKER_RUN = lazy(r"[A-Za-z \t\n/.-]*")  # ("." for "TSX.V")
_BLANKS = lazy(r"[ \t\n]*")
_SYMBOL_CHARS = 11  # "[A-Z]{1,6}(?:\.[A-Z]{1,3})?" and the character "(?![A-Za-z])" looks at
# (a numeric symbol, "0700.HK" and its closing bracket, is shorter)


def _ticker_matches(text: str) -> Iterator[re.Match[str]]:
    """TICKER.finditer(text), searched only around the colons.

    Every match holds one colon, led by letters, blanks, "/", "." and "-" only, and followed by
    blanks and a short symbol: a match using a colon lies in the run of those characters
    just before it and a few characters after its blanks. Only that stretch is searched,
    instead of every capital letter of the text. The run is measured forwards on the
    reversed text (one C-level match).
    """
    n = len(text)
    rev = ""
    pos = 0  # where the last match ended: matches do not overlap
    colon = text.find(":")
    while colon >= 0:
        if not rev:
            rev = text[::-1]
        back = n - colon  # the colon's index in rev, plus one
        start = max(pos, colon - (_TICKER_RUN.match(rev, back).end() - back))
        end = min(n, _BLANKS.match(text, colon + 1).end() + _SYMBOL_CHARS)
        m = TICKER.search(text, start, end) if start < colon else None
        if m is not None and m.start() < colon:  # (a later one is found at its own colon)
            yield m
            pos = m.end()
        colon = text.find(":", colon + 1)


def _prose_tickers(text: str) -> Iterator[re.Match[str]]:
    """Symbols given in prose: "... traded on the New York Stock Exchange under the symbol
    "ACM"" (About paragraphs, 1990s releases that print no "(NYSE: ACM)")."""
    if "symbol" not in text:
        return
    last = 0  # where the last phrase ended: the exchange is named after it
    for m in _UNDER_SYMBOL.finditer(text):
        found = _PROSE_TICKER.search(text, max(last, m.start() - _PROSE_EXCHANGE_CHARS), m.end())
        last = m.end()
        if found is not None:
            yield found


def find_tickers(text: str) -> list[dict[str, str]]:
    """Every "(EXCHANGE: SYMBOL)" in order, once each, then those named in prose."""
    out: list[dict[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for m in (*_ticker_matches(text), *_prose_tickers(text)):
        start = m.start()
        if start and text[start - 1].isascii() and text[start - 1].isalpha():
            continue  # inside a word
        exchanges = [normalise(m.group("exchange"))]
        joint = _JOINT.search(text, max(0, start - 40), start)
        if joint:  # "(NYSE and TSX: ACM)": one symbol on both
            exchanges.insert(0, normalise(joint.group(1)))
        symbols = [m.group("symbol")]
        more = _MORE_SYMBOLS.match(text, m.end())
        if more:  # "(NYSE: BRK.A, BRK.B)", "(NASDAQ: ACME and ACMEW)": classes of one issuer
            symbols += _SYMBOL.findall(more.group(0))
        for exchange in exchanges:
            for symbol in symbols:
                key = (exchange.upper(), symbol)
                if key not in seen:
                    seen.add(key)
                    out.append({"exchange": exchange, "symbol": symbol})
    return out


# "under the symbol "ACM"", "under the ticker symbol ACME", after the exchange's name
_UNDER_SYMBOL = lazy(
    r"under[ \t\n]+the[ \t\n]+(?:(?:ticker|trading|stock)[ \t\n]+)?symbol[ \t\n]+"
    r"[\"\u201c']?[A-Z]{1,5}(?:\.[A-Z]{1,2})?[\"\u201d']?(?![A-Za-z0-9])"
)
_PROSE_EXCHANGE_CHARS = 60  # how far before "under the symbol" the exchange's name may start
_PROSE_TICKER = lazy(
    rf"(?P<exchange>{EXCHANGE}(?:[ \t\n]+[A-Z][A-Za-z]*){{0,3}})[ \t\n]+under[ \t\n]+the"
    r"[ \t\n]+(?:(?:ticker|trading|stock)[ \t\n]+)?symbol[ \t\n]+[\"\u201c']?"
    r"(?P<symbol>[A-Z]{1,5}(?:\.[A-Z]{1,2})?)[\"\u201d']?(?![A-Za-z0-9])"
)
_SYMBOL_FORM = LETTER_SYMBOL  # a further symbol after the first: letters only
# an exchange joined to the one before the colon: "(NYSE and TSX: ACM)"
_JOINT = lazy(rf"\(({EXCHANGE})[ \t]+(?:and|&)[ \t]+$")
_SYMBOL = lazy(rf"{_SYMBOL_FORM}(?![A-Za-z])")
# further symbols after the first, up to the closing bracket
_MORE_SYMBOLS = lazy(
    rf"(?:[ \t]*(?:,|and|&)[ \t]*{_SYMBOL_FORM}(?![A-Za-z.]))+(?=[ \t]*[)\]])")


# ---- head: headline, subheadlines, highlights ----------------------------------------------


@dataclass
class Head:
    headline: str | None = None
    subheadlines: list[str] = field(default_factory=list)
    highlights: list[str] = field(default_factory=list)
    top: int = 0  # first line index of the head (or the dateline when there is none)
    stop: int = -1  # index of the line that stopped the walk up (-1: text start)
    date: str | None = None  # from a date line such as "08/02/2000"


_LABELS_ABOVE = tuple(p for name, p in FURNITURE if name in ("exhibit", "release_marker", "logo"))


# Lines that stop the walk up by how they start: the labels above, an item heading, an end
# mark, the exhibit index, the signatures (one regex call instead of seven); or a contact
# heading, which needs a ":" or "contact" (see heading_role).
_STOP_START = any_of(
    *_LABELS_ABOVE, ITEM_HEADING, END_MARK, EXHIBIT_INDEX_HEADING, SIGNATURE_HEADING
)
# Lines skipped on the walk up: separators, page numbers, "Document".
_SKIP_START = any_of(SEPARATOR, *(p for name, p in FURNITURE if name in ("page", "title")))
# How a stripped HIGHLIGHTS_HEADING line ends: ":" or an "s" (which (?i:s) also reads in "ſ").
_HIGHLIGHTS_LAST = frozenset(":sS\u017f")
_DASH_ENDS = ("-", "\u2013", "\u2014")  # the last character of a SUBHEAD_CLOSE line
_CLOSE_CHARS = " \t\n-\u2013\u2014"  # what a SUBHEAD_CLOSE match is made of


def _is_highlights(s: str) -> bool:
    """HIGHLIGHTS_HEADING.match(s) for a stripped line: its last character rules most out,
    then "ghl" (a piece of "highlights" without the i and s that have non-ASCII twins)."""
    return (
        s[-1:] in _HIGHLIGHTS_LAST
        and "ghl" in s.lower()
        and HIGHLIGHTS_HEADING.match(s) is not None
    )


def _company_label(s: str) -> bool:
    """COMPANY_RELEASE_LABEL.match(s) for a stripped line, its last word tested first."""
    return s[-1:] in _LABEL_LAST and s.rstrip(":. \t").endswith(("RELEASE", "Release")) \
        and COMPANY_RELEASE_LABEL.match(s) is not None


_LABEL_LAST = frozenset("Ee:.")  # how a COMPANY_RELEASE_LABEL line ends


def _is_stop(s: str) -> bool:
    """Whether a (stripped, non-blank) line above the dateline ends the head; cheap tests first."""
    if _is_highlights(s):
        return False
    if s.endswith(":") or _STOP_START.match(s) or _company_label(s):
        return True
    colon = ":" in s  # CONTACT_HEADING needs it or "contact"; TICKER needs it
    if (colon or "contact" in s.lower()) and CONTACT_HEADING.match(s):
        return True
    if EMAIL.search(s) or URL.search(s) or PHONE.search(s):
        return True
    # (a letterhead line opens with a street number or "P.O.", or ends in a postcode)
    if (s[-1].isdigit() or s[0].isdigit() or s[0] in "Pp") and LETTERHEAD.match(s):
        return True
    if s.endswith(".") and LEAD_IN.search(s):  # LEAD_IN ends the line with ":" or "."
        return True
    if not colon:
        return False
    # "NASDAQ: ASFI" alone on a line (Asta Funding)
    m = TICKER.match(s)
    return bool(m and m.end() == len(s))


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
    while i >= low:
        line = lines[i]
        s = line.strip()
        if s and _is_stop(s) and not (block and _runs_on(s, lines[i + 1])):
            if not (block or blocks) and (RELEASE_MARKER.match(s) or _company_label(s)):
                i -= 1  # a release label right above the dateline: the headline is higher
                continue
            head.stop = i
            break
        if not s:
            skip = in_table = False
        elif not in_table:
            # a table row between headline and dateline (Caterpillar 2022), but not "\u25cf\ttext"
            # (_TABLE_ROW needs a tab or three spaces)
            row = "\t" in line or ("   " in s and _TABLE_ROW.search(s) is not None)
            skip = _SKIP_START.match(s) is not None or (row and not BULLET.match(line))
            in_table = skip and row
        else:
            skip = True  # a table goes on to the next blank line
        # a date line ends in a digit
        dated = DATE_LINE.match(s) if s[-1:].isdecimal() else None
        if not s or skip or dated:
            if dated and head.date is None:
                head.date = iso_date(dated.group("date"))
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
        has_bullets = any(BULLET.match(lines[j]) for j in b)
        if not has_bullets and len(text.split()) > _PROSE_WORDS:
            head.stop = b[-1]
            break
        kept.append(b)
    kept.reverse()
    if kept and _is_masthead(lines[kept[0][0]], lines[dateline]):
        top = kept[0]
        if len(top) == 1 and len(kept) > 1:
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
    for b in kept:
        runs = [not unwrapped or j in tight for j in b]
        segs, bullets = _segments([lines[j] for j in b], unwrapped, runs)
        texts.extend(segs)
        head.highlights.extend(bullets)
    texts = [t for t in texts if any(c.isalpha() for c in t)]
    if len(texts) > 1 and texts[0].endswith((";", ",")):
        # a headline that ends in ";" goes on below its rule (Horizon Financial 2006)
        texts[:2] = [f"{texts[0]} {texts[1]}"]
    if texts:
        head.headline = texts[0]
        head.subheadlines = texts[1:]
    return head


def _is_title(line: str) -> bool:
    words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


# ASCII letters as "U" (upper case) or "l", all else as ".": an ASCII line's letters are
# counted by two C-level calls (five times faster than a test per character).
_LETTER_CASE = str.maketrans(
    {chr(i): "U" if chr(i).isupper() else "l" if chr(i).isalpha() else "." for i in range(128)}
)


def _is_caps(line: str) -> bool:
    if line.isascii():
        kinds = line.translate(_LETTER_CASE)
        upper = kinds.count("U")
        letters = upper + kinds.count("l")
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
    REPORTS ..."): the line's words, in order, name the company in the dateline's line."""
    s = line.strip()
    if not s or not s[0].isupper() or more_words(s, _MASTHEAD_WORDS):
        return False
    name = _NOT_NAME_CHARS.sub(" ", s.lower()).strip()
    text = _NOT_NAME_CHARS.sub(" ", dateline.lower())
    return len(name) > 2 and f" {name} " in f" {text} "


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
    closes = [_closes(block, k) for k in range(len(block))]
    closed = True  # the current "sub" segment has seen its closing mark
    for n, line in enumerate(block):
        if _is_highlights(line):
            _flush(segs, bullets, cur, kind)
            cur, kind = [], ""
            continue
        is_sub = bool(SUBHEAD_OPEN.match(line)) and any(closes[n:])
        if kind == "sub" and not closed:
            cur.append(line)
            closed = closes[n]
        elif is_sub:
            _flush(segs, bullets, cur, kind)
            cur, kind = [line], "sub"
            closed = closes[n]
        elif BULLET.match(line):
            _flush(segs, bullets, cur, kind)
            cur, kind = [BULLET.sub("", line, count=1)], "bullet"
        elif kind == "bullet" or (
            kind == "text"
            and not _new_segment(cur, line, unwrapped, bool(runs and runs[n]))
        ):
            cur.append(line)
        else:
            _flush(segs, bullets, cur, kind)
            cur, kind = [line], "text"
    _flush(segs, bullets, cur, kind)
    return [_clean_segment(s) for s in segs], [paragraph_text(b) for b in bullets]


def _flush(segs: list[list[str]], bullets: list[list[str]], cur: list[str], kind: str) -> None:
    if cur:
        (bullets if kind == "bullet" else segs).append(cur)


def _new_segment(cur: list[str], line: str, unwrapped: bool, tight: bool = False) -> bool:
    """Whether ``line`` opens a segment after the lines ``cur`` (``tight``: no blank line
    between)."""
    prev = cur[-1]
    # _CONNECT_END matches at most five characters before the end ("with\n")
    if _CONNECT_END.search(prev, max(0, len(prev) - 6)) or _CONNECT_START.match(line):
        return False
    if _is_caps(prev) != _is_caps(line):
        return True
    if tight and _is_caps(prev):
        return False  # a capitals headline broken by <br>s: "ACME ... THIRD<br>QUARTER ..."
    # Rendered HTML: each block is its own headline or subheadline, except a stub such as
    # "Rock of Ages Acquires" / "American Monument Corporation" (two centred <P>s, 2000);
    # the short last line of a headline broken by <br>s is none.
    return unwrapped and not (
        len(cur) == 1 and len(prev.split()) <= 4 and _is_title(prev) and _is_title(line))


def _close_search(text: str) -> re.Match[str] | None:
    """SUBHEAD_CLOSE.search(text), searched only in the run of blanks and dashes that ends
    the text (any match lies there, and its look-behind still sees the character before):
    a search led by a look-behind tries every position of the text."""
    return SUBHEAD_CLOSE.search(text, len(text.rstrip(_CLOSE_CHARS)))


def _clean_segment(lines: list[str]) -> str:
    text = paragraph_text(lines)
    m = SUBHEAD_OPEN.match(text)
    if m and _close_search(text):
        text = text[m.end() :]  # SUBHEAD_OPEN.sub(count=1) of a match at the start
        close = _close_search(text)
        if close:
            text = text[: close.start()] + text[close.end() :]
    return text.strip()


# An item under a highlights heading is bulleted or numbered: "(1) Revenue ...", "2. Margin"
_HIGHLIGHT_MARK = any_of(BULLET, lazy(r"^[ \t]*(?:\(\d{1,2}\)|\d{1,2}[.)])[ \t]+(?=\S)"))


def find_highlights(text: str) -> list[str]:
    """Bullet items under a "... Highlights:" heading, each joined to one line."""
    return highlights_in(text.split("\n"))


def highlights_in(lines: list[str]) -> list[str]:
    out: list[str] = []
    # a heading holds "highlights" in some case: most texts are ruled out in one search
    if "ghl" not in "\n".join(lines).lower():
        return out
    i = 0
    while i < len(lines):
        if not _is_highlights(lines[i].strip()):
            i += 1
            continue
        i += 1
        item: list[str] = []
        while i < len(lines):
            line = lines[i]
            if mark := _HIGHLIGHT_MARK.match(line):
                if item:
                    out.append(paragraph_text(item))
                item = [line[mark.end() :].strip()]
            elif line.strip() and item:
                item.append(line)
            elif not line.strip() and item:
                if i + 1 >= len(lines) or not _HIGHLIGHT_MARK.match(lines[i + 1]):
                    break
            elif line.strip():
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
