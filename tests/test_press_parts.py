"""press_parts / press_patterns shortcuts give what the plain per-line rules give.

The head and dateline code rules lines out with cheap tests (a combined regex, a last
character, a substring) before the exact patterns. Each shortcut is checked here against the
plain rule it stands for, over every line of the real corpus, plus the real values read off
the seed 8-Ks.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from filing2json.parsers.sections.patterns import EXHIBIT_INDEX_HEADING, SIGNATURE_HEADING
from filing2json.parsers.sections.press_dateline import (
    _ANNOUNCING,
    _DATELINE_HINT,
    _lines_within,
    dateline_fields,
    locate_dateline,
    match_dateline,
)
from filing2json.parsers.sections.press_parts import (
    _CONNECT_END,
    _SKIP_START,
    _STOP_START,
    _is_highlights,
)
from filing2json.parsers.sections.press_patterns import (
    ANY_DATELINE,
    DATELINES,
    END_MARK,
    FURNITURE,
    HIGHLIGHTS_HEADING,
    ITEM_HEADING,
    SEPARATOR,
    TICKER,
    any_of,
    unnamed,
)
from filing2json.parsers.sections.press_tickers import _ticker_matches, find_tickers
from support import FILING_FILES as FILINGS
from support import SEED_FILES as SEEDS


@cache
def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace").replace("\r", "")


@cache
def _corpus_lines() -> tuple[str, ...]:
    """Every distinct line of the corpus, stripped of blanks at the ends."""
    return tuple({line.strip() for p in SEEDS + FILINGS for line in _text(p).split("\n")})


# ---- dateline ---------------------------------------------------------------------------


def _plain_locate(lines: list[str]) -> tuple[int, str] | None:
    """locate_dateline as a plain loop: every line within the first 200,000 characters."""
    seen = 0
    for i, line in enumerate(lines):
        seen += len(line) + 1
        if seen > 200_000:
            return None
        found = match_dateline(line)
        if found is None:
            continue
        if found[0] == "no_date" and not _ANNOUNCING.search(" ".join(lines[i : i + 4])[:400]):
            continue
        if found[0] == "date_first" and not _ANNOUNCING.search(" ".join(lines[i : i + 2])[:300]):
            continue
        return i, found[0]
    return None


@pytest.mark.parametrize("path", SEEDS + FILINGS, ids=lambda p: p.name)
def test_locate_dateline_is_the_plain_loop(path: Path) -> None:
    lines = _text(path).split("\n")
    found = locate_dateline(lines)
    assert (found[:2] if found else None) == _plain_locate(lines)


def test_seed_datelines() -> None:
    # read off the seeds: "WALTHAM, Mass-August 2, 2000-- CTC ...", "Waltham, MA, April 24,
    # 2002-CTC Communications (NASDAQ NM: CPTL)"
    got = [locate_dateline(_text(p).split("\n")) for p in SEEDS]
    assert [(f[0], f[1], f[2].group("city")) for f in got if f] == [
        (39, "date_dash", "WALTHAM"),
        (47, "date_dash", "WALTHAM"),
        (37, "date_dash", "Waltham"),
        (37, "date_dash", "Waltham"),
    ]


def test_any_dateline_and_hint_cover_every_pattern() -> None:
    for line in _corpus_lines():
        text = line.lstrip(" \t")
        if any(p.match(text) for _, p in DATELINES):
            assert ANY_DATELINE.match(text), line
        if match_dateline(line) is not None:
            assert _DATELINE_HINT.search(line), line


# Wire-service datelines as the services print them (none is in the corpus). Each must be
# found by the patterns, by ANY_DATELINE and by the scan hint, with its place and date.
WIRE_DATELINES = [
    # Business Wire with no state: the city keeps no dash ("NEW YORK-" before)
    ("NEW YORK--(BUSINESS WIRE)--Jan. 30, 2020--Pfizer Inc. (NYSE: PFE) announced today",
     "wire_first", "NEW YORK", None, "2020-01-30"),
    ("WINSTON-SALEM, N.C.--(BUSINESS WIRE)--Jan. 5, 2024--Hanesbrands Inc. (NYSE: HBI)",
     "wire_first", "WINSTON-SALEM", "N.C.", "2024-01-05"),
    # Marketwired: the wire and the date in one bracket
    ("VANCOUVER, BRITISH COLUMBIA--(Marketwired - Jan. 5, 2015) - Acme Corp. (TSX: ACM)",
     "wire_date_paren", "VANCOUVER", "BRITISH COLUMBIA", "2015-01-05"),
    # ACCESSWIRE between slashes
    ("NEW YORK, NY / ACCESSWIRE / March 3, 2020 / Acme Corp. (OTCQB: ACME) announced",
     "slash_wire", "NEW YORK", "NY", "2020-03-03"),
    # the date in brackets after the place
    ("Houston, Texas (March 3, 2015) - Acme Corp. today announced", "paren_date", "Houston",
     "Texas", "2015-03-03"),
    ("WASHINGTON, D.C. (March 3, 2015) -- Acme Corp. today announced", "paren_date",
     "WASHINGTON", "D.C.", "2015-03-03"),
    # day before month, as European releases print it
    ("LONDON, UK, 3 March 2015 -- Acme plc (LSE: ACM) today announced", "date_dash", "LONDON",
     "UK", "2015-03-03"),
    ("PARIS, 12 January 2021 /PRNewswire/ -- Acme SA today announced", "date_wire", "PARIS",
     None, "2021-01-12"),
    ("LONDON -- 3 March 2015 -- Acme plc (LSE: ACM) today announced", "date_dash", "LONDON",
     None, "2015-03-03"),
    ("London (3rd March, 2015) - Acme plc today announced", "paren_date", "London", None,
     "2015-03-03"),
    ("PARIS--(BUSINESS WIRE)--12 January 2021--Acme SA today announced", "wire_first", "PARIS",
     None, "2021-01-12"),
    ("Zurich, Switzerland, 3 March 2015. Acme AG today announced", "date_dash", "Zurich",
     "Switzerland", "2015-03-03"),
    # a wire credit with its carrier
    ("NEW YORK, NY, March 3, 2015 (MARKETWIRE via COMTEX) -- Acme Corp. today announced",
     "date_wire", "NEW YORK", "NY", "2015-03-03"),
    # a dash before the bracketed date
    ("Fort Worth, Texas \u2013 (March 3, 2015) \u2013 Acme Corp. today announced", "paren_date",
     "Fort Worth", "Texas", "2015-03-03"),
    # two cities joined by "&" in a joint release
    ("SAN FRANCISCO & NEW YORK--(BUSINESS WIRE)--Jan. 5, 2024--Acme Corp. and Beta Inc.",
     "wire_first", "SAN FRANCISCO & NEW YORK", None, "2024-01-05"),
    # Newsfile's name holds a period
    ("Toronto, Ontario--(Newsfile Corp. - March 3, 2015) - Acme Corp. announced",
     "wire_date_paren", "Toronto", "Ontario", "2015-03-03"),
    # a colon after the date
    ("Houston, Texas, March 3, 2015: Acme Corp. today announced", "date_dash", "Houston",
     "Texas", "2015-03-03"),
    # a second place with no state
    ("SYDNEY, Australia and SAN FRANCISCO, March 3, 2015 /PRNewswire/ -- Acme Corp.",
     "date_wire", "SYDNEY", "Australia", "2015-03-03"),
    # cities joined by "and"
    ("LONDON and NEW YORK, Nov. 7, 2019 (GLOBE NEWSWIRE) -- Globex plc (NASDAQ: GBX)",
     "date_wire", "LONDON and NEW YORK", None, "2019-11-07"),
    # a slash after the wire's bracket (ACCESSWIRE)
    ("ST. LOUIS, Mo., Jan. 5, 2015 (ACCESSWIRE) / Acme Corp. (OTCQB: ACME) today announced",
     "date_wire", "ST. LOUIS", "Mo.", "2015-01-05"),
    # a listing in brackets where a wire's credit would be
    ("TEL AVIV, Israel, January 5, 2015 (NASDAQ: ACME) -- Acme Ltd. today announced",
     "date_dash", "TEL AVIV", "Israel", "2015-01-05"),
    ("Tokyo, Japan, Jan. 5, 2015 (TSE: 6758) - Acme Corporation today announced",
     "date_dash", "Tokyo", "Japan", "2015-01-05"),
]


@pytest.mark.parametrize(("line", "name", "city", "state", "date"), WIRE_DATELINES)
def test_wire_service_datelines(line: str, name: str, city: str, state: str | None,
                                date: str) -> None:
    assert ANY_DATELINE.match(line) and _DATELINE_HINT.search(line)
    found = match_dateline(line)
    assert found is not None and found[0] == name
    assert dateline_fields(found[1], line) == {"city": city, "state": state, "date": date}


def test_a_dateline_with_no_place() -> None:
    # "March 4, 2024 \u2013 Acme Corp. ... today announced": the date opens the release
    line = "March 4, 2024 \u2013 Acme Corp. (NYSE: ACM) today announced a new product line."
    assert _DATELINE_HINT.search(line)
    found = match_dateline(line)
    assert found is not None and found[0] == "date_first"
    assert dateline_fields(found[1], line) == {"city": None, "state": None, "date": "2024-03-04"}
    # or its date and a wire's name
    line = "March 3, 2015 (GLOBE NEWSWIRE) -- Globex Corp. (NASDAQ: GBX) today announced"
    assert _DATELINE_HINT.search(line)
    found = match_dateline(line)
    assert found is not None and found[0] == "date_first"
    assert dateline_fields(found[1], line) == {"city": None, "state": None, "date": "2015-03-03"}
    # or the day first, as European releases print it
    line = "3 March 2015 \u2013 Acme plc (LSE: ACM) today announced its full year results."
    assert _DATELINE_HINT.search(line)
    found = match_dateline(line)
    assert found is not None and found[0] == "date_first"
    assert dateline_fields(found[1], line) == {"city": None, "state": None, "date": "2015-03-03"}
    assert match_dateline("31 December 2014 Balance at end of year") is None
    # the place, in mixed case, may follow the date between dashes
    line = "January 5, 2015 \u2013 Chicago, IL \u2013 Acme Corp. (NYSE: ACM) today announced"
    assert _DATELINE_HINT.search(line)
    found = match_dateline(line)
    assert found is not None and found[0] == "date_first"
    assert dateline_fields(found[1], line) == {"city": "Chicago", "state": "IL",
                                               "date": "2015-01-05"}
    # it must open an announcement, on its line or the next
    assert locate_dateline(["Dec. 31, 2023 - Balance at end of year", "", "Totals"]) is None
    assert locate_dateline(["ACME NAMES CFO", "", "Jan. 8, 2024 -- Acme Corp. (NYSE: ACM)",
                            "today named Jane Doe its CFO."])[:2] == (2, "date_first")
    # a date with no year, or with no dash after it, is no dateline
    assert match_dateline("March 4 \u2013 Acme Corp. today announced") is None
    assert match_dateline("March 4, 2024 Acme Corp. today announced") is None


def test_bracketed_dates_in_prose_are_no_datelines() -> None:
    assert match_dateline("The Company (March 3, 2015) said it would") is None
    assert match_dateline("Revenue, 3 March 2015 - 12") is None


def test_any_dateline_rejects_prose() -> None:
    assert ANY_DATELINE.match("WALTHAM, Mass-August 2, 2000-- CTC Communications")
    assert not ANY_DATELINE.match("Selling, general and administrative expenses")


def test_lines_within_counts_as_the_loop() -> None:
    lines = _text(SEEDS[0]).split("\n")
    for limit in (0, 1, 30, 31, 32, 500, 5_000, 200_000):
        seen = n = 0
        for line in lines:
            seen += len(line) + 1
            if seen > limit:
                break
            n += 1
        assert _lines_within(lines, limit) == n


# ---- tickers ----------------------------------------------------------------------------


@pytest.mark.parametrize("path", SEEDS + FILINGS, ids=lambda p: p.name)
def test_ticker_matches_are_finditer(path: Path) -> None:
    text = _text(path)
    assert [m.span() for m in _ticker_matches(text)] == [m.span() for m in TICKER.finditer(text)]


def test_ticker_matches_edge_spellings() -> None:
    for text in (
        "NYSE: IFF NASDAQ: X", "(NASDAQ NM:\nCPTL)", "NYSE: ABCDEFG", "NYSE:ABC:", "ZTSX: A",
        "(OTC\nBulletin  Board:   ICSL.OB)", "Nasdaq: NVDA::NYSE: T", ": NYSE",
        "(HKEX: 0700.HK)", "(KRX: 005930)", "(TSE:  1234567)", "(NYSE: 2015 was)",
    ):  # fmt: skip
        assert [m.span() for m in _ticker_matches(text)] == [
            m.span() for m in TICKER.finditer(text)
        ], text


def test_seed_tickers() -> None:
    assert [find_tickers(_text(p)) for p in SEEDS] == [
        [{"exchange": "NASDAQ NM", "symbol": "CPTL"}],
        [{"exchange": "NASDAQ", "symbol": "CPTL"}],
        [{"exchange": "NASDAQ NM", "symbol": "CPTL"}],
        [{"exchange": "NASDAQ NM", "symbol": "CPTL"}],
    ]


def test_numeric_symbols_of_asian_exchanges() -> None:
    text = ("TOKYO, Jan. 5, 2015 -- Sony Corporation (TSE: 6758; NYSE: SNE) and Tencent "
            "(HKEX: 0700.HK) and Samsung (KRX: 005930) today announced. "
            "The NYSE: 2015 was a record year.")
    assert find_tickers(text) == [
        {"exchange": "TSE", "symbol": "6758"},
        {"exchange": "NYSE", "symbol": "SNE"},
        {"exchange": "HKEX", "symbol": "0700.HK"},
        {"exchange": "KRX", "symbol": "005930"},
    ]


# ---- head -------------------------------------------------------------------------------


def test_combined_patterns_match_where_one_of_theirs_does() -> None:
    labels = [p for name, p in FURNITURE if name in ("exhibit", "release_marker", "logo")]
    stop = [*labels, ITEM_HEADING, END_MARK, EXHIBIT_INDEX_HEADING, SIGNATURE_HEADING]
    skip = [SEPARATOR, *(p for name, p in FURNITURE if name in ("page", "title"))]
    hits = 0
    for s in _corpus_lines():
        assert bool(_STOP_START.match(s)) == any(p.match(s) for p in stop), s
        assert bool(_SKIP_START.match(s)) == any(p.match(s) for p in skip), s
        assert _is_highlights(s) == bool(HIGHLIGHTS_HEADING.match(s)), s
        assert bool(_CONNECT_END.search(s, max(0, len(s) - 6))) == bool(_CONNECT_END.search(s))
        hits += bool(_STOP_START.match(s))
    assert hits > 100  # "SIGNATURES", "Item 7.", "Exhibit 99.1" ... are there


def test_any_of_keeps_flags_and_drops_names() -> None:
    either = any_of(re.compile(r"^(?P<a>x)$", re.MULTILINE), re.compile(r"(?P<a>y)", re.I))
    assert either.match("x\nz") and either.match("Y") and not either.match("z")
    assert unnamed(r"(?P<city>[A-Z]+)\(?P<x>") == r"(?:[A-Z]+)\(?P<x>"
    with pytest.raises(ValueError):
        any_of(re.compile("a", re.ASCII))


def test_tickers_on_bombay_and_swiss_exchanges() -> None:
    # cross-listed issuers name their home listing too: "(BSE: 500325)", "(SIX: ABBN)"
    text = ("MUMBAI, India, March 3, 2015 /PRNewswire/ -- Wipro Limited (NYSE: WIT) (BSE: 507685) "
            "and ABB Ltd (SIX: ABBN) today announced a partnership.")
    assert find_tickers(text) == [
        {"exchange": "NYSE", "symbol": "WIT"},
        {"exchange": "BSE", "symbol": "507685"},
        {"exchange": "SIX", "symbol": "ABBN"},
    ]
