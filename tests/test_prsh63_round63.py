"""Press-release heads of round 63: a bracket that lists several classes on one exchange and
then another exchange ("(Nasdaq: PSEM, PSEMW; PCX - PSEM)", "(NYSE: ACM, ACMW; CHX; PCX:
ACM)": each exchange keeps its own symbols), a wire's credit between pipes ("CHICAGO | July
22, 2004 | PRNewswire |", "PRNewswire | CHICAGO | July 22, 2004 |") and a colon after the
dateline's state ("HOFFMAN ESTATES, Ill.: July 22, 2004 --").

The tests edit Pericom Semiconductor's EX-99.1 of April 2005 (corpus
8k_2005_pericomsemiconductorco_4.txt: its listing "(Nasdaq: PSEM)") and Sears, Roebuck's
EX-99 of July 2004 (corpus 8k_2004_searsroebuckandco_1.txt: its dateline "HOFFMAN ESTATES,
Ill., July 22 /PRNewswire-FirstCall/ --") into the shapes other filers print."""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from typing import Any

import pytest

from filing2json.parsers.sections.press_dateline import find_dateline
from filing2json.parsers.sections.press_tickers import find_tickers
from support import FILINGS, edited_record

_pericom = partial(edited_record, FILINGS / "8k_2005_pericomsemiconductorco_4.txt")
LISTING = "Corporation (Nasdaq: PSEM) today"
_sears = partial(edited_record, FILINGS / "8k_2004_searsroebuckandco_1.txt")
DATELINE = "    HOFFMAN ESTATES, Ill., July 22 /PRNewswire-FirstCall/ -- Sears, Roebuck\n"
SEARS_HEADLINE = "Sears Reports Second Quarter 2004 Results"


def _ticker(exchange: str, symbol: str = "PSEM") -> dict[str, str]:
    return {"exchange": exchange, "symbol": symbol}


@pytest.mark.parametrize("listing, tickers", [
    # classes, then a dashed listing (was: the Nasdaq's "PSEMW" lost)
    ("Corporation (Nasdaq: PSEM, PSEMW; PCX - PSEM) today",
     [_ticker("Nasdaq"), _ticker("Nasdaq", "PSEMW"), _ticker("PCX")]),
    # classes on both, a semicolon for the second colon (was: "PCX" a Nasdaq symbol, the
    # PCX's listing lost)
    ("Corporation (Nasdaq: PSEM, PSEMW; PCX; PSEM, PSEMW) today",
     [_ticker("Nasdaq"), _ticker("Nasdaq", "PSEMW"), _ticker("PCX"), _ticker("PCX", "PSEMW")]),
    # classes, then a colon's listing (was: the Nasdaq's "PSEMW" lost)
    ("Corporation (Nasdaq: PSEM, PSEMW; PCX: PSEM, PSEMW) today",
     [_ticker("Nasdaq"), _ticker("Nasdaq", "PSEMW"), _ticker("PCX"), _ticker("PCX", "PSEMW")]),
    # an exchange joined to the next listing after a listing (was: "CHX" and "PSEMW" lost)
    ("Corporation (Nasdaq: PSEM, PSEMW; CHX; PCX: PSEM) today",
     [_ticker("Nasdaq"), _ticker("Nasdaq", "PSEMW"), _ticker("CHX"), _ticker("PCX")]),
    ("Corporation (Nasdaq: PSEM; CHX; PCX: PSEM) today",
     [_ticker("Nasdaq"), _ticker("CHX"), _ticker("PCX")]),
    # (was: "CHX" also a Nasdaq symbol)
    ("Corporation (Nasdaq: PSEM; CHX, PCX: PSEM) today",
     [_ticker("Nasdaq"), _ticker("CHX"), _ticker("PCX")]),
    ("Corporation (Nasdaq: PSEM, CHX, PCX: PSEM) today",
     [_ticker("Nasdaq"), _ticker("CHX"), _ticker("PCX")]),
])
def test_each_exchange_keeps_its_classes(listing: str, tickers: list[dict[str, str]]) -> None:
    # Pericom's listing in its dateline edited
    release = _pericom({LISTING: listing})["press_releases"][0]
    assert release["tickers"] == tickers


def test_classes_stop_at_the_next_listing_only() -> None:
    # an exchange's name closing the bracket lists that exchange, no symbol typed (round 65:
    # was read as a class "CHX" of the NYSE's), or prose after the classes, as before
    assert find_tickers("Acme (NYSE: ACM, CHX) today") == [
        _ticker("NYSE", "ACM"), {"exchange": "CHX", "symbol": None}]
    assert find_tickers("Acme (NYSE: ACM, ACMW; see below) today") == [_ticker("NYSE", "ACM")]
    assert find_tickers("Acme (NASDAQ: ACME; NYSE Arca: ACME) today") == [
        _ticker("NASDAQ", "ACME"), _ticker("NYSE Arca", "ACME")]
    # the classes before the next listing's exchange are the first one's (was: "ACMW" lost)
    assert find_tickers("Acme (NYSE: ACM, ACMW; TSX: ACM) today") == [
        _ticker("NYSE", "ACM"), _ticker("NYSE", "ACMW"), _ticker("TSX", "ACM")]


@pytest.mark.parametrize("dateline, state", [
    # a colon after the state (was: no dateline)
    ("    HOFFMAN ESTATES, Ill.: July 22, 2004 -- Sears, Roebuck\n", "Ill."),
    ("    HOFFMAN ESTATES, Ill.: July 22 /PRNewswire-FirstCall/ -- Sears, Roebuck\n", "Ill."),
    # a wire's credit between pipes after the date (was: no dateline)
    ("    HOFFMAN ESTATES | July 22, 2004 | PRNewswire | Sears, Roebuck\n", None),
    ("    HOFFMAN ESTATES, Ill. | July 22, 2004 | PRNewswire-FirstCall | Sears, Roebuck\n",
     "Ill."),
    ("    HOFFMAN ESTATES, Ill., July 22, 2004 | PR Newswire |\n    Sears, Roebuck\n", "Ill."),
    # ... before the place, or before the date (was: no dateline)
    ("    PRNewswire | HOFFMAN ESTATES, Ill. | July 22, 2004 | Sears, Roebuck\n", "Ill."),
    ("    HOFFMAN ESTATES, Ill. | PRNewswire | July 22, 2004 | Sears, Roebuck\n", "Ill."),
])
def test_colon_state_and_piped_wire(dateline: str, state: str | None) -> None:
    release = _sears({DATELINE: dateline})["press_releases"][0]
    assert release["dateline"] == {"city": "HOFFMAN ESTATES", "state": state,
                                   "date": "2004-07-22"}
    assert release["headline"] == SEARS_HEADLINE


@pytest.mark.parametrize("line, unlike", [
    # a lease's term under a known state, no announcement: no dateline
    ("Hoffman Estates, Ill.: July 22, 2004 - June 30, 2009, 12,000 square feet of offices.",
     "June 30, 2009, 12,000 square feet of offices."),
    # no known state before the colon
    ("Sears Holdings, Inc.: July 22, 2004 -- Sears, Roebuck and Co. today reported results.",
     "Sears Holdings, Inc."),
    # a firm's name framed as a credit between pipes (see round 62's "Acme Wire")
    ("HOFFMAN ESTATES | July 22, 2004 | Acme Wire | Sears, Roebuck and Co. today reported.",
     "Acme Wire"),
])
def test_colon_and_pipes_need_their_shape(line: str, unlike: str) -> None:
    # (each read when the part that spoils it is printed as a dateline prints it)
    assert find_dateline(line) is None
    fixed = line.replace(unlike, _SPOILERS[unlike])
    assert find_dateline(fixed)[1]["date"] == "2004-07-22", fixed


_SPOILERS = {"June 30, 2009, 12,000 square feet of offices.": "Sears today reported results.",
             "Sears Holdings, Inc.": "Hoffman Estates, Ill.", "Acme Wire": "PRNewswire"}


@pytest.mark.parametrize("read, trigger, times", [
    (find_dateline, "PRNewswire | ", 16000),
    (find_dateline, "CHICAGO | PRNewswire | ", 9000),
    (find_dateline, "HOFFMAN ESTATES, Ill.: ", 9000),
    (find_dateline, "HOFFMAN ESTATES, Ill.: July 22 /", 6000),
    (find_tickers, "(NYSE: ACM, ACMW; CHX; ", 9000),
    (find_tickers, "(NYSE: ACM, ACMW; PCX; ACM, ACMW", 6000),
    (find_tickers, "(NYSE: ACM, ACMW, ACMX, ACMY, ACMZ; PCX; ", 5000),
])
def test_new_patterns_linear(read: Callable[[str], Any], trigger: str, times: int) -> None:
    # ~200 KB of each new rule's trigger
    started = time.process_time()
    read(trigger * times)
    assert time.process_time() - started < 5
