"""Press-release heads of round 66: an exchange a bracket names after a company's legal form
with its market or what is listed dashed to it ("Acme Corp. (Nasdaq-GSM)", "(NYSE-ADR)",
"(AMEX-listed)") is a ticker with no symbol, as round 65 made "(New York Stock Exchange)"; a
typed title-case head's third line set apart by its shape (a closing dash, sentence case, or a
length no wrap of the lines above gives) is a subheadline, not the headline's."""

from __future__ import annotations

import time
from typing import Any

import pytest

from filing2json.parsers.sections.press_tickers import find_tickers
from support import FILINGS, edited_record

# Zurn Industries' 1994 8-K (a corpus filing): its release names its exchange alone
ZURN = "8k_1994_zurnindustriesinc_2.txt"
ZURN_LISTING = "Zurn Industries, Inc. (New York Stock Exchange), a leading"


def _zurn_tickers(listing: str) -> list[tuple[Any, Any]]:
    rel = edited_record(FILINGS / ZURN, {ZURN_LISTING: listing})["press_releases"][0]
    return [(t["exchange"], t["symbol"]) for t in rel["tickers"]]


@pytest.mark.parametrize(("listing", "expected"), [
    # Zurn's bracket edited to the dashed markets other 1990s-2000s releases print (was: no
    # ticker): the exchange as printed, its symbol null
    ("Zurn Industries, Inc. (Nasdaq-GSM), a leading", [("Nasdaq-GSM", None)]),
    ("Zurn Industries, Inc. (NYSE-ADR), a leading", [("NYSE-ADR", None)]),
    ("Zurn Industries, Inc. (OTC - QX), a leading", [("OTC - QX", None)]),
    ("Zurn Industries Corporation (Nasdaq--NM), a leading", [("Nasdaq--NM", None)]),
    # ("listed" names no market: the exchange alone)
    ("Zurn Industries, Inc. (AMEX-listed), a leading", [("AMEX", None)]),
    # (unchanged: a dash before a symbol is a listing; a symbol typed later for the same
    # market stands alone; a dashed word that is neither names nothing)
    ("Zurn Industries, Inc. (NYSE-ZRN), a leading", [("NYSE", "ZRN")]),
    ("Zurn Industries, Inc. (Nasdaq-NM), a leading (Nasdaq: ZURN)", [("Nasdaq", "ZURN")]),
    ("Zurn Industries, Inc. (NYSE-Erie), a leading", []),
    # (no company's legal form before the bracket: no listing)
    ("Zurn Industries, listed on the exchange (Nasdaq-GSM), a leading", []),
])
def test_dashed_market_named_after_company(listing: str, expected: list[tuple]) -> None:
    assert _zurn_tickers(listing) == expected


def test_dashed_market_linear() -> None:
    # ~200 KB of the new rule's trigger, read in linear time
    start = time.process_time()
    assert len(find_tickers("Acme Inc. (Nasdaq-GSM) " * 9_000)) == 1
    assert len(find_tickers("Acme Inc. (NYSE - - - - " * 9_000)) == 0
    assert time.process_time() - start < 5


# Sears' second-quarter 2004 release (a corpus filing, typed text): its centred one-line headline
SEARS = "8k_2004_searsroebuckandco_1.txt"
SEARS_HEAD = "                  Sears Reports Second Quarter 2004 Results\n"
SEARS_FIRST = "Sears, Roebuck and Co. Reports Record Second Quarter"


def _sears_head(lines: list[str]) -> tuple[str, list[str]]:
    head = "".join(f"   {line}\n" for line in lines)
    rel = edited_record(FILINGS / SEARS, {SEARS_HEAD: head})["press_releases"][0]
    return rel["headline"], rel["subheadlines"]


WRAPPED = f"{SEARS_FIRST} Revenue and Earnings"


@pytest.mark.parametrize(("lines", "expected"), [
    # Sears' headline edited to three title-case lines, the third a subheadline by its shape
    # (was: all three joined into the headline): a length no wrap gives ("Board" fits after
    # "Earnings"), sentence case, a closing dash
    ([SEARS_FIRST, "Revenue and Earnings", "Board Declares Quarterly Dividend of 23 Cents"],
     (WRAPPED, ["Board Declares Quarterly Dividend of 23 Cents"])),
    ([SEARS_FIRST, "Revenue and Earnings", "Comparable sales down 3%"],
     (WRAPPED, ["Comparable sales down 3%"])),
    ([SEARS_FIRST, "Revenue and Earnings", "Full Year Outlook Reaffirmed --"],
     (WRAPPED, ["Full Year Outlook Reaffirmed"])),
    ([SEARS_FIRST, "Revenue and Earnings", "--Full Year Outlook Reaffirmed"],
     (WRAPPED, ["Full Year Outlook Reaffirmed"])),
    # (a dash and a blank open an item; one alone closing the head is a subheadline, round 66b)
    ([SEARS_FIRST, "Revenue and Earnings", "-- Full Year Outlook Reaffirmed"],
     (WRAPPED, ["Full Year Outlook Reaffirmed"])),
    # (unchanged: a word finishing the headline, a verb going on from it, three lines a wrap
    # gives, a capitals headline broken where its typist chose)
    ([SEARS_FIRST, "Revenue and Earnings", "Growth"], (f"{WRAPPED} Growth", [])),
    ([SEARS_FIRST, "Revenue and Earnings", "Reports Record Appliance Sales"],
     (f"{WRAPPED} Reports Record Appliance Sales", [])),
    ([SEARS_FIRST, "Revenue and Earnings Growth on Strong Sales of Its", "Appliances and Tools"],
     (f"{SEARS_FIRST} Revenue and Earnings Growth on Strong Sales of Its Appliances and Tools",
      [])),
    ([SEARS_FIRST.upper(), "REVENUE AND EARNINGS", "BOARD DECLARES QUARTERLY DIVIDEND"],
     (f"{WRAPPED} BOARD DECLARES QUARTERLY DIVIDEND".upper(), [])),
])
def test_third_head_line_set_apart(lines: list[str], expected: tuple) -> None:
    assert _sears_head(lines) == expected
