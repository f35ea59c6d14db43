"""Press-release heads of round 67: a typed headline's rest set after a blank line (a last
word alone, the figure its period or date needs, a title-case "Of ...") joins it, where a
line of its own is a subheadline; a symbol named in prose before its exchange ("under the
ticker symbol ACME on the Nasdaq Global Select Market", "(ticker symbol ACME on the
Nasdaq)") is a ticker; a semicolon may part a dateline's place from its date ("SAN JOSE,
Calif.; July 29, 2003 --"); a list lettered "(a)", "b.", "C)" under the headline holds
highlights, as a numbered one does."""

from __future__ import annotations

import time
from typing import Any

import pytest

from filing2json.parsers.sections.press_dateline import match_dateline
from filing2json.parsers.sections.press_tickers import find_tickers
from support import FILINGS, edited_record

# Sears' second-quarter 2004 release (a corpus filing, typed text): its centred one-line headline
SEARS = "8k_2004_searsroebuckandco_1.txt"
SEARS_HEAD = "                  Sears Reports Second Quarter 2004 Results\n"


def _sears_head(lines: list[str]) -> tuple[str, list[str]]:
    """Sears' headline and subheadlines with its headline line replaced by ``lines``, each
    centred as Sears' is ("" a blank line)."""
    head = "".join(f"                  {line}\n" if line else "\n" for line in lines)
    rel = edited_record(FILINGS / SEARS, {SEARS_HEAD: head})["press_releases"][0]
    return rel["headline"], rel["subheadlines"]


@pytest.mark.parametrize(("lines", "expected"), [
    # Sears' headline edited to two lines a blank line parts, the second its rest (was: the
    # second a subheadline): the figure finishing the period the first ends in, a last word
    # alone, a title-case "Of" no subheadline opens with
    (["Sears Reports Second Quarter", "", "2004 Results"],
     ("Sears Reports Second Quarter 2004 Results", [])),
    (["SEARS REPORTS SECOND QUARTER", "", "2004 RESULTS"],
     ("SEARS REPORTS SECOND QUARTER 2004 RESULTS", [])),
    (["Sears Reports Second Quarter 2004", "", "Results"],
     ("Sears Reports Second Quarter 2004 Results", [])),
    (["SEARS REPORTS SECOND QUARTER 2004", "", "RESULTS"],
     ("SEARS REPORTS SECOND QUARTER 2004 RESULTS", [])),
    (["Sears Completes Sale", "", "Of Credit and Financial Products Business"],
     ("Sears Completes Sale Of Credit and Financial Products Business", [])),
    # (a line of figures alone finishing the date or period: was dropped from the head)
    (["Sears Reports Results for the Quarter Ended July", "", "3, 2004"],
     ("Sears Reports Results for the Quarter Ended July 3, 2004", [])),
    (["SEARS REPORTS RESULTS FOR THE QUARTER ENDED JULY 3,", "", "2004"],
     ("SEARS REPORTS RESULTS FOR THE QUARTER ENDED JULY 3, 2004", [])),
    (["Sears Reports Second Quarter", "", "2004"], ("Sears Reports Second Quarter 2004", [])),
    # (unchanged: a line of its own after the blank is a subheadline: a whole phrase, a
    # figure with its verb or amount, a participle alone, capitals under title case)
    (["Sears Reports Second Quarter 2004 Results", "", "Board Declares Dividend"],
     ("Sears Reports Second Quarter 2004 Results", ["Board Declares Dividend"])),
    (["Sears Reports Second Quarter", "", "2004 Net Income Up 25%"],
     ("Sears Reports Second Quarter", ["2004 Net Income Up 25%"])),
    (["Sears Reports Second Quarter 2004 Results", "", "Updated"],
     ("Sears Reports Second Quarter 2004 Results", ["Updated"])),
    (["Sears Reports Second Quarter 2004", "", "RESULTS"],
     ("Sears Reports Second Quarter 2004", ["RESULTS"])),
    (["Sears Reports Results", "", "2004"], ("Sears Reports Results", [])),
])
def test_headline_rest_after_blank(lines: list[str], expected: tuple) -> None:
    assert _sears_head(lines) == expected


# Pericom's fiscal 2003 fourth-quarter release (a corpus filing, typed text)
PERICOM = "8k_2003_pericomsemiconductorco_1.txt"
PERICOM_LISTING = "Corporation (Nasdaq: PSEM) today announced"


def _pericom_tickers(listing: str) -> list[tuple[Any, Any]]:
    rel = edited_record(FILINGS / PERICOM, {PERICOM_LISTING: listing})["press_releases"][0]
    return [(t["exchange"], t["symbol"]) for t in rel["tickers"]]


@pytest.mark.parametrize(("listing", "expected"), [
    # Pericom's listing edited into prose naming the symbol before its exchange (was: no
    # ticker): the exchange as printed
    ("Corporation, which trades under the ticker symbol PSEM on the Nasdaq Global Select "
     "Market, today announced", [("Nasdaq Global Select Market", "PSEM")]),
    ("Corporation, whose shares trade under the symbol \"PSEM\" on the New York Stock "
     "Exchange, today announced", [("New York Stock Exchange", "PSEM")]),
    ("Corporation, whose shares trade under the ticker PSEM on NYSE American, today announced",
     [("NYSE American", "PSEM")]),
    ("Corporation (traded under the symbol PSEM on the Nasdaq) today announced",
     [("Nasdaq", "PSEM")]),
    ("Corporation (ticker symbol PSEM on the Nasdaq Global Market) today announced",
     [("Nasdaq Global Market", "PSEM")]),
    # (unchanged: the exchange before "under the symbol"; no exchange after "on the"; the
    # same listing bracketed too is read once)
    ("Corporation, traded on the Nasdaq under the symbol PSEM, today announced",
     [("Nasdaq", "PSEM")]),
    ("Corporation, whose shares trade under the symbol PSEM on the 15th, today announced", []),
    ("Corporation (Nasdaq: PSEM), which trades under the ticker symbol PSEM on the Nasdaq "
     "Global Select Market, today announced", [("Nasdaq", "PSEM")]),
])
def test_symbol_before_exchange_in_prose(listing: str, expected: list[tuple]) -> None:
    assert _pericom_tickers(listing) == expected


def test_symbol_before_exchange_linear() -> None:
    # ~200 KB of the new rule's trigger, read in linear time
    start = time.process_time()
    assert find_tickers("Acme Corp. trades under the ticker symbol ACME on the " * 3_700) == []
    assert find_tickers("under the symbol ACME on the NYSE Big Board " * 4_500) == [
        {"exchange": "NYSE Big Board", "symbol": "ACME"}]
    assert find_tickers("ticker symbol ticker symbol " * 7_200) == []
    assert time.process_time() - start < 5


PERICOM_DATELINE = "    SAN JOSE, Calif., July 29 /PRNewswire-FirstCall/ -- Pericom Semiconductor\n"


def _pericom_dateline(line: str) -> dict[str, Any]:
    rel = edited_record(FILINGS / PERICOM, {PERICOM_DATELINE: line})["press_releases"][0]
    return rel["dateline"]


@pytest.mark.parametrize(("line", "expected"), [
    # Pericom's dateline edited to a semicolon between its place and date (was: no dateline)
    ("    SAN JOSE, Calif.; July 29, 2003 -- Pericom Semiconductor\n",
     {"city": "SAN JOSE", "state": "Calif.", "date": "2003-07-29"}),
    ("    San Jose, California; July 29, 2003 - Pericom Semiconductor\n",
     {"city": "San Jose", "state": "California", "date": "2003-07-29"}),
    ("    SAN JOSE, CALIFORNIA; JULY 29, 2003 -- Pericom Semiconductor\n",
     {"city": "SAN JOSE", "state": "CALIFORNIA", "date": "2003-07-29"}),
    # (unchanged: a comma there)
    ("    SAN JOSE, Calif., July 29, 2003 -- Pericom Semiconductor\n",
     {"city": "SAN JOSE", "state": "Calif.", "date": "2003-07-29"}),
])
def test_semicolon_after_place(line: str, expected: dict[str, Any]) -> None:
    assert _pericom_dateline(line) == expected


def test_semicolon_after_place_linear() -> None:
    # ~200 KB lines of places and semicolons, read in linear time
    start = time.process_time()
    assert match_dateline("San Jose, Calif.; " * 11_000) is None
    assert match_dateline("SAN JOSE; NEW YORK; " * 10_000) is None
    assert time.process_time() - start < 5


# Sears' head (typed) and Oracle's (HTML, 2019; a corpus filing: its headline's second <p>)
SEARS_DATELINE = "    HOFFMAN ESTATES, Ill., July 22 /PRNewswire-FirstCall/"
SEARS_ITEMS = ["Net income of $53 million, or $0.24 per share",
               "Domestic comparable store sales down 3.1 percent", "Full year outlook reaffirmed"]
ORACLE = "8k_2019_oraclecorp_1.txt"
ORACLE_HEAD_END = "<B>TO THE BOARD OF DIRECTORS </B></P>\n"
ORACLE_ITEMS = ["Fairhead joins the Board effective immediately", "She chaired the BBC Trust",
                "She serves on the Finance and Audit Committees"]


def _lettered(items: list[str], mark: str) -> list[str]:
    """``items`` each under its letter in ``mark``'s form ("a." -> "a.", "b.", "c.")."""
    return [f"{mark.replace('a', chr(97 + k)).replace('A', chr(65 + k))} {t}"
            for k, t in enumerate(items)]


def _sears_items(marks: list[str]) -> tuple[str, list[str], list[str]]:
    lines = "".join(f"    {line}\n" for line in marks)
    rel = edited_record(FILINGS / SEARS, {
        SEARS_HEAD: f"{SEARS_HEAD}\n{lines}", SEARS_DATELINE: f"\n{SEARS_DATELINE}",
    })["press_releases"][0]
    return rel["headline"], rel["subheadlines"], rel["highlights"]


def _oracle_items(paragraphs: list[str]) -> tuple[str, list[str], list[str]]:
    html = "".join(f"<p>{p}</p>" for p in paragraphs)
    rel = edited_record(FILINGS / ORACLE, {ORACLE_HEAD_END: f"{ORACLE_HEAD_END}{html}\n"})
    rel = rel["press_releases"][0]
    return rel["headline"], rel["subheadlines"], rel["highlights"]


@pytest.mark.parametrize("mark", ["a.", "(a)", "a)", "A."])
def test_lettered_highlights_typed(mark: str) -> None:
    # Sears' head edited to a lettered list under the headline (was: one subheadline or two
    # of the items run together, their letters kept)
    assert _sears_items(_lettered(SEARS_ITEMS, mark)) == (
        "Sears Reports Second Quarter 2004 Results", [], SEARS_ITEMS)


@pytest.mark.parametrize("mark", ["a.", "(a)", "A)"])
def test_lettered_highlights_html(mark: str) -> None:
    # Oracle's head edited to a lettered list in <p>s (was: the items run on into the
    # headline, or read as subheadlines)
    assert _oracle_items(_lettered(ORACLE_ITEMS, mark)) == (
        "ORACLE NAMES RONA FAIRHEAD TO THE BOARD OF DIRECTORS", [], ORACLE_ITEMS)


@pytest.mark.parametrize(("marks", "expected"), [
    # (unchanged: numbered items; letters out of order or in two forms are no list)
    ([f"{k}. {t}" for k, t in enumerate(SEARS_ITEMS, 1)],
     ("Sears Reports Second Quarter 2004 Results", [], SEARS_ITEMS)),
    (["a. Net income of $53 million", "c. Sales down 3.1 percent"],
     ("Sears Reports Second Quarter 2004 Results",
      ["a. Net income of $53 million c. Sales down 3.1 percent"], [])),
    (["a. Net income of $53 million", "(b) Sales down 3.1 percent"],
     ("Sears Reports Second Quarter 2004 Results",
      ["a. Net income of $53 million (b) Sales down 3.1 percent"], [])),
])
def test_lettered_neighbours(marks: list[str], expected: tuple) -> None:
    assert _sears_items(marks) == expected
