"""Press-release heads of round 61b: a semicolon typed for the colon before a further listing
("(NYSE; S; PCX: S)"), a listing labelled "ticker" ("(NYSE ticker: S)", "(NYSE Ticker: S)"),
a dateline whose date, after a comma, ends in a slash ("CHICAGO, July 22, 2004 / Acme"), and a
contact's phone with a dash after the area code's bracket ("(408)-435-0800").

The tests edit Sears' 8-K of July 2004 (corpus 8k_2004_searsroebuckandco_1.txt, listed on the
NYSE, Chicago and Pacific exchanges) and Pericom Semiconductor's EX-99.1 of April 2005 (corpus
8k_2005_pericomsemiconductorco_4.txt) into the shapes other filers print."""

from __future__ import annotations

import time
from typing import Any

import pytest

from filing2json.parsers.sections.press_dateline import find_dateline
from filing2json.parsers.sections.press_patterns import PHONE
from filing2json.parsers.sections.press_tickers import find_tickers
from support import FILINGS, edited_record

SEARS = "8k_2004_searsroebuckandco_1.txt"
SEARS_DATELINE = "HOFFMAN ESTATES, Ill., July 22 /PRNewswire-FirstCall/ --"
SEARS_LISTING = "(NYSE: S)"
HEADLINE = "Sears Reports Second Quarter 2004 Results"
PERICOM = "8k_2005_pericomsemiconductorco_4.txt"


def _release(name: str, edit: dict[str, str]) -> dict[str, Any]:
    return edited_record(FILINGS / name, edit)["press_releases"][0]


@pytest.mark.parametrize("listing, tickers", [
    ("(NYSE; S; PCX: S)", [("NYSE", "S"), ("PCX", "S")]),
    ("(NYSE; S, PCX: S)", [("NYSE", "S"), ("PCX", "S")]),
    ("(NYSE; S; Chicago Stock Exchange: S)", [("NYSE", "S"), ("Chicago Stock Exchange", "S")]),
])
def test_semicolon_listing_before_another(listing: str, tickers: list[tuple[str, str]]) -> None:
    # Sears' "(NYSE: S)" edited: a semicolon for the first listing's colon, then a second
    # listing (was: the second listing only)
    release = _release(SEARS, {SEARS_LISTING: listing})
    assert [(t["exchange"], t["symbol"]) for t in release["tickers"]] == tickers


def test_semicolon_listing_reads_no_more() -> None:
    # exchanges only, or a lower-case note after the semicolon: no listing of its own
    assert find_tickers("Acme (NYSE; CHX; PCX: S) today") == [
        {"exchange": "NYSE", "symbol": "S"}, {"exchange": "CHX", "symbol": "S"},
        {"exchange": "PCX", "symbol": "S"}]
    assert find_tickers("Acme (NYSE; ACM; see below) today") == []
    assert find_tickers("Acme (NYSE; ACM, Inc.) today") == []
    assert find_tickers("Acme (NYSE; CHX) today") == []


@pytest.mark.parametrize("listing", [
    "(NYSE ticker: S)", "(NYSE Ticker: S)", "(NYSE TICKER: S)", "(NYSE Stock Ticker: S)",
    "(NYSE ticker S)",
])
def test_listing_labelled_ticker(listing: str) -> None:
    # Sears' "(NYSE: S)" edited: the label "ticker" between the exchange and the symbol (was:
    # none in lower case; "NYSE Ticker" or "NYSE Stock" for the exchange in capitals)
    release = _release(SEARS, {SEARS_LISTING: listing})
    assert release["tickers"] == [{"exchange": "NYSE", "symbol": "S"}]


@pytest.mark.parametrize("dateline, city, state", [
    ("HOFFMAN ESTATES, Ill., July 22, 2004 /", "HOFFMAN ESTATES", "Ill."),
    ("HOFFMAN ESTATES, Ill., July 22, 2004/", "HOFFMAN ESTATES", "Ill."),
    ("CHICAGO, July 22, 2004 /", "CHICAGO", None),
    ("Chicago, July 22, 2004 /", "Chicago", None),
])
def test_comma_then_slash_after_the_date(dateline: str, city: str, state: str | None) -> None:
    # Sears' dateline edited: a comma before the date and a slash after it, no wire's credit
    # (was: no dateline)
    release = _release(SEARS, {SEARS_DATELINE: dateline})
    assert release["dateline"] == {"city": city, "state": state, "date": "2004-07-22"}
    assert release["headline"] == HEADLINE


@pytest.mark.parametrize("line", [
    "Balance, July 22, 2004 / Acme Corp. today announced results.",
    "Acme Corp., July 22, 2004 / Acme Corp. today announced results.",
    "Milpitas, July 22, 2004 / Acme Corp. today announced results.",
    "CHICAGO, July 22, 2004 / Webcast at the Hilton, 4 p.m. ET",
])
def test_comma_then_slash_needs_a_place_and_an_announcement(line: str) -> None:
    # a caption's word, a firm, a town neither known nor in capitals, or no announcement: none
    assert find_dateline(line) is None


def test_comma_then_slash_leaves_a_wire_credit_to_date_wire() -> None:
    # a wire's credit after the slash: the dateline runs on to the credit's dash, as before
    assert find_dateline("CHICAGO, July 22, 2004 /PRNewswire/ -- Acme Corp. today announced "
                         "results.")[0] == (0, 38)


def test_phone_with_a_dash_after_the_area_code() -> None:
    # Pericom's contact edited: "(408)-435-0800" (was: no phone)
    release = _release(PERICOM, {"+1-408-435-0800": "(408)-435-0800"})
    assert release["contacts"][0]["name"] == "Mike Craighead"
    assert release["contacts"][0]["phone"] == "(408)-435-0800"
    assert PHONE.search("call (408)- 435-0800") is None  # (a dash and a blank: no phone)


def test_new_patterns_linear() -> None:
    # ~200 KB of each rule's trigger parses in linear time
    start = time.process_time()
    find_tickers("(NYSE; ACM; TSX " * 12000)
    find_tickers("(NYSE ticker " * 15000)
    find_dateline("CHICAGO, July 22, 2004 " * 9000)
    find_dateline("CHICAGO, July 22, 2004 / " * 8000)
    PHONE.search("(408)-" * 30000)
    assert time.process_time() - start < 5
