"""Press-release heads of round 65b: an exchange named with no symbol among a listing's
classes is read whatever its spelling ("(NYSE: ACM, ACMW and TSX-V)", "(... and Toronto Stock
Exchange)") and after a semicolon-typed listing ("(NYSE; ACM; TSX)"); an HTML headline line
opening with a figure after a period the line above ends in ("... Reports Fourth Quarter<br>2014
Results", "... Quarter Ended December<br>31, 2014") goes on from it, no subheadline; an
exchange a bracket names alone after a company's legal form ("Zurn Industries, Inc. (New York
Stock Exchange)") is a ticker with no symbol."""

from __future__ import annotations

import time
from typing import Any

import pytest

from filing2json.parsers.sections.press_tickers import find_tickers
from support import FILINGS, edited_record

# Caterpillar's first-quarter 2022 release (a corpus filing, iXBRL): its headline as filed,
# one centred <div>, with the bulleted highlights under it
CATERPILLAR = "8k_2022_caterpillarinc_1.txt"
CAT_HEADLINE = "Caterpillar Reports First-Quarter 2022 Results"
# Sears' second-quarter 2004 release (a corpus filing, PR Newswire): its listing as filed
SEARS = "8k_2004_searsroebuckandco_1.txt"
SEARS_LISTING = "(NYSE: S) today reported"


def _tickers(listing: str) -> list[tuple[Any, Any]]:
    rel = edited_record(FILINGS / SEARS, {SEARS_LISTING: f"{listing} today reported"})
    return [(t["exchange"], t["symbol"]) for t in rel["press_releases"][0]["tickers"]]


@pytest.mark.parametrize(("listing", "expected"), [
    # Sears' listing edited to name a second exchange among its classes, no symbol after it,
    # spelled as Canadian cross-listed filers print it (was: the exchange dropped)
    ("(NYSE: S, SW and TSX-V)", [("NYSE", "S"), ("NYSE", "SW"), ("TSX-V", None)]),
    ("(NYSE: S and Toronto Stock Exchange)", [("NYSE", "S"), ("Toronto Stock Exchange", None)]),
    ("(NYSE: S, SW and TSX Venture Exchange)",
     [("NYSE", "S"), ("NYSE", "SW"), ("TSX Venture Exchange", None)]),
    # a semicolon typed for the colon, the bare exchange closing the bracket (was: no ticker)
    ("(NYSE; S; TSX)", [("NYSE", "S"), ("TSX", None)]),
    ("(NYSE; S; Toronto Stock Exchange)", [("NYSE", "S"), ("Toronto Stock Exchange", None)]),
    # (the venture board named bare then listed: its symbol is its own; was: dropped)
    ("(NYSE: S; TSX-V; S)", [("NYSE", "S"), ("TSX-V", "S")]),
    # (unchanged: a symbol typed for the spelled exchange, or given later for it)
    ("(NYSE: S and Toronto Stock Exchange: S)", [("NYSE", "S"), ("Toronto Stock Exchange", "S")]),
    ("(NYSE: S and Toronto Stock Exchange) (TSX: S)", [("NYSE", "S"), ("TSX", "S")]),
    ("(NYSE: S, SW; Nasdaq-NM)", [("NYSE", "S"), ("NYSE", "SW")]),
])
def test_bare_exchange_among_classes(listing: str, expected: list[tuple]) -> None:
    assert _tickers(listing) == expected


def _cat_head(headline: str) -> tuple[str, list[str]]:
    rel = edited_record(FILINGS / CATERPILLAR, {CAT_HEADLINE: headline})["press_releases"][0]
    return rel["headline"], rel["subheadlines"]


@pytest.mark.parametrize(("headline", "expected"), [
    # Caterpillar's headline edited to the shape other filers print, its period cut from its
    # figure by a <br> (was: "2014 Results" a subheadline; "31, 2014" dropped)
    ("Caterpillar Inc. Reports Fourth Quarter<br>2014 Results",
     ("Caterpillar Inc. Reports Fourth Quarter 2014 Results", [])),
    ("Caterpillar Inc. Reports Fourth Quarter and Full Year<br>2014 Results",
     ("Caterpillar Inc. Reports Fourth Quarter and Full Year 2014 Results", [])),
    ("Caterpillar Inc. Reports Results for the Quarter Ended December<br>31, 2014",
     ("Caterpillar Inc. Reports Results for the Quarter Ended December 31, 2014", [])),
    ("CATERPILLAR INC. REPORTS FOURTH QUARTER<br>2014 RESULTS",
     ("CATERPILLAR INC. REPORTS FOURTH QUARTER 2014 RESULTS", [])),
    # (unchanged: a figure-led subheadline of its own, with its verb or amount)
    ("Caterpillar Inc. Reports Record Fourth Quarter<br>2015 Outlook Raised",
     ("Caterpillar Inc. Reports Record Fourth Quarter", ["2015 Outlook Raised"])),
    ("Caterpillar Inc. Reports Record Fourth Quarter<br>2014 Revenue Up 25%",
     ("Caterpillar Inc. Reports Record Fourth Quarter", ["2014 Revenue Up 25%"])),
    ("Caterpillar Inc. Reports Fourth Quarter Results<br>2015 Sales Outlook of $50 Billion",
     ("Caterpillar Inc. Reports Fourth Quarter Results", ["2015 Sales Outlook of $50 Billion"])),
])
def test_figure_finishes_period_of_headline(headline: str, expected: tuple) -> None:
    assert _cat_head(headline) == expected


# Zurn Industries' 1994 8-K (a corpus filing): its release names its exchange alone
ZURN = "8k_1994_zurnindustriesinc_2.txt"
ZURN_LISTING = "Zurn Industries, Inc. (New York Stock Exchange), a leading"


def _zurn_tickers(edit: dict[str, str]) -> list[tuple[Any, Any]]:
    rel = edited_record(FILINGS / ZURN, edit)["press_releases"][0]
    return [(t["exchange"], t["symbol"]) for t in rel["tickers"]]


@pytest.mark.parametrize(("listing", "expected"), [
    # as filed (was: no ticker)
    (ZURN_LISTING, [("New York Stock Exchange", None)]),
    # edited to the short names other 1990s releases print (was: none)
    ("Zurn Industries, Inc. (NYSE), a leading", [("NYSE", None)]),
    ("Zurn Industries Corporation (Nasdaq National Market), a leading",
     [("Nasdaq National Market", None)]),
    # (the symbol typed later names the same market: the listing alone stands)
    ("Zurn Industries, Inc. (NYSE), a leading (NYSE: ZRN)", [("NYSE", "ZRN")]),
    # (no company's name before the bracket: an exchange's short form, no listing)
    ("Zurn Industries, Inc., listed on the New York Stock Exchange (NYSE), a leading", []),
])
def test_exchange_named_after_company(listing: str, expected: list[tuple]) -> None:
    assert _zurn_tickers({ZURN_LISTING: listing}) == expected


def test_new_rules_linear() -> None:
    # ~200 KB of each new rule's trigger, read in linear time: spelled exchanges and venture
    # boards as classes, never closed; semicolon listings before bare exchanges
    start = time.process_time()
    assert len(find_tickers("(NYSE: ACM, " + "Toronto Stock Exchange, " * 8_000)) == 1
    assert len(find_tickers("(NYSE: ACM, " + "TSX-V and " * 20_000 + "x")) == 1
    assert len(find_tickers("(NYSE; ACM; TSX) " * 12_000)) == 2
    assert len(find_tickers("(NYSE; ACM, " + "TSX, " * 40_000)) == 0
    assert len(find_tickers("Acme Inc. (NYSE) " * 12_000)) == 1
    assert len(find_tickers("Inc. (" * 40_000)) == 0
    assert time.process_time() - start < 5
