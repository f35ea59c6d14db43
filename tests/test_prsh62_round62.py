"""Press-release heads of round 62: every listing of a bracket that types a semicolon for each
colon ("(NYSE; ACM; PCX; ACM)"), mixes the two ("(PCX; ACM; NYSE: ACM)") or labels each
listing ("(NYSE ticker: ACM; TSX ticker: ACM)") or marks the exchange's name as registered
("(NASDAQ\u00ae: ACM)"), and a dateline whose date pipes frame ("CHICAGO | July 22, 2004 |
Acme").

The tests edit Pericom Semiconductor's EX-99.1 of April 2005 (corpus
8k_2005_pericomsemiconductorco_4.txt) into the shapes other filers print."""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from typing import Any

import pytest

from filing2json.parsers.sections.press_dateline import find_dateline
from filing2json.parsers.sections.press_tickers import find_tickers
from support import FILINGS, edited_record

# Pericom's record with each key of an edit printed as its value
_pericom = partial(edited_record, FILINGS / "8k_2005_pericomsemiconductorco_4.txt")
HEADLINE = "PERICOM SEMICONDUCTOR REPORTS FISCAL THIRD QUARTER RESULTS"
DATELINE = "     SAN JOSE, Calif., April 21 /PRNewswire-FirstCall/ -- Pericom Semiconductor\n"
LISTING = "Corporation (Nasdaq: PSEM) today"


def _release(edit: dict[str, str]) -> dict[str, Any]:
    """Pericom's (first) release, edited."""
    release: dict[str, Any] = _pericom(edit)["press_releases"][0]
    return release


def _ticker(exchange: str, symbol: str = "PSEM") -> dict[str, str]:
    return {"exchange": exchange, "symbol": symbol}


@pytest.mark.parametrize("listing, tickers", [
    # semicolons all through (was: none)
    ("Corporation (Nasdaq; PSEM; PCX; PSEM) today", [_ticker("Nasdaq"), _ticker("PCX")]),
    ("Corporation (NYSE; PSEM; TSX; PSEM) today", [_ticker("NYSE"), _ticker("TSX")]),
    # mixed, a regional's semicolon first (was: the colon's listing only)
    ("Corporation (PCX; PSEM; Nasdaq: PSEM) today", [_ticker("PCX"), _ticker("Nasdaq")]),
    # a colon's listing first (was: "PCX" read as a second symbol of the Nasdaq's)
    ("Corporation (Nasdaq: PSEM; PCX; PSEM) today", [_ticker("Nasdaq"), _ticker("PCX")]),
    # each listing labelled (was: the first only)
    ("Corporation (Nasdaq ticker: PSEM; TSX ticker: PSEM) today",
     [_ticker("Nasdaq"), _ticker("TSX")]),
    ("Corporation (Nasdaq symbol PSEM; TSX symbol PSEM) today",
     [_ticker("Nasdaq"), _ticker("TSX")]),
])
def test_every_listing_of_a_semicolon_bracket(listing: str, tickers: list[dict[str, str]]
                                              ) -> None:
    # Pericom's listing in its dateline edited
    assert _release({LISTING: listing})["tickers"] == tickers


def test_semicolon_listings_read_no_more() -> None:
    # exchanges alone still name no symbol; a class after a symbol is still the issuer's
    assert find_tickers("Acme (NYSE; CHX) today") == []
    assert find_tickers("Acme (NYSE; CHX; PCX: S) today") == [
        _ticker("NYSE", "S"), _ticker("CHX", "S"), _ticker("PCX", "S")]
    assert find_tickers("Acme (NYSE: BRK.A; BRK.B) today") == [
        _ticker("NYSE", "BRK.A"), _ticker("NYSE", "BRK.B")]
    assert find_tickers("Acme (NYSE; ACM; Nasdaq; market maker) today") == [
        _ticker("NYSE", "ACM")]
    # (round 65b: an exchange closing the bracket is named with no symbol, as "(NYSE: ACM;
    # AMEX)" is; was: [])
    assert find_tickers("Acme (NYSE; ACM; AMEX) today") == [
        _ticker("NYSE", "ACM"), {"exchange": "AMEX", "symbol": None}]
    # (a listing named in prose before the bracket cuts none of its classes)
    assert find_tickers('Beta trades on the Nasdaq under the symbol "BETA". Acme (NYSE: '
                        "BRK.A, BRK.B) today") == [
        _ticker("NYSE", "BRK.A"), _ticker("NYSE", "BRK.B"), _ticker("Nasdaq", "BETA")]


@pytest.mark.parametrize("listing, ticker", [
    ("Corporation (Nasdaq\u00ae: PSEM) today", _ticker("Nasdaq")),
    ("Corporation (OTCQX\u00ae: PSEM) today", _ticker("OTCQX")),
    ("Corporation (NASDAQ\u00ae Global Select Market: PSEM) today",
     _ticker("NASDAQ Global Select Market")),
    ("Corporation (NYSE\u00ae; PSEM) today", _ticker("NYSE")),
])
def test_registered_mark_after_the_exchange(listing: str, ticker: dict[str, str]) -> None:
    # Pericom's listing edited: the exchange's name with its registered mark, as OTC Markets
    # and Nasdaq ask issuers to print it (was: no ticker)
    assert _release({LISTING: listing})["tickers"] == [ticker]


def test_trade_mark_after_the_exchange() -> None:
    assert find_tickers("Acme Corp. (Nasdaq\u2122: ACM) today") == [_ticker("Nasdaq", "ACM")]
    assert find_tickers("Acme\u00ae Widgets (NYSE: ACM) today") == [_ticker("NYSE", "ACM")]


@pytest.mark.parametrize("dateline, state", [
    ("     SAN JOSE | April 21, 2005 | Pericom Semiconductor\n", None),
    ("     SAN JOSE, Calif. | April 21, 2005 | Pericom Semiconductor\n", "Calif."),
    ("     SAN JOSE|April 21, 2005|Pericom Semiconductor\n", None),
    # the line ending at the last pipe, the announcement below it
    ("     SAN JOSE, Calif. | April 21, 2005 |\nPericom Semiconductor\n", "Calif."),
    # a comma before the date, a pipe after it
    ("     SAN JOSE, Calif., April 21, 2005 | Pericom Semiconductor\n", "Calif."),
    ("     SAN JOSE, April 21, 2005 |\nPericom Semiconductor\n", None),
])
def test_date_framed_by_pipes(dateline: str, state: str | None) -> None:
    # Pericom's dateline edited: its date framed by pipes (was: no dateline)
    release = _release({DATELINE: dateline})
    assert release["dateline"] == {"city": "SAN JOSE", "state": state, "date": "2005-04-21"}
    assert release["headline"] == HEADLINE


@pytest.mark.parametrize("line, unlike", [
    # a firm's name, no announcement, a mixed frame or a name framed as a wire's credit: none
    ("PERICOM CORP. | April 21, 2005 | Pericom Corp. today announced results.", "PERICOM CORP."),
    ("CHICAGO | April 21, 2005 | Webcast at the Hilton, 4 p.m. ET", "Webcast at the Hilton"),
    ("CHICAGO | April 21, 2005 / Pericom Corp. today announced results.", "/"),
    ("CHICAGO | April 21, 2005 | Acme Wire | Pericom Corp. today announced.", "Acme Wire |"),
])
def test_pipe_frame_needs_a_place_and_an_announcement(line: str, unlike: str) -> None:
    # (each read when the part that spoils it is printed as a dateline prints it)
    assert find_dateline(line) is None
    fixed = line.replace(unlike, _SPOILERS[unlike])
    assert find_dateline(fixed)[1]["date"] == "2005-04-21", fixed


_SPOILERS = {"PERICOM CORP.": "SAN JOSE", "Webcast at the Hilton": "Pericom Corp. today announced",
             "/": "|", "Acme Wire |": ""}


@pytest.mark.parametrize("read, trigger, times", [
    (find_dateline, "CHICAGO | July 22, 2004 | ", 8000),
    (find_tickers, "(NYSE; ACM; PCX; ACM", 10000),
    (find_tickers, "(NYSE ticker: ACM; TSX ticker: ACM ", 6000),
    # (many listings, each read after another in its bracket: no pairwise overlap test; ~110
    # KB, as each listing costs some work, where a quadratic step still takes half a minute)
    (find_tickers, "(NYSE; ACM; PCX; ACM) ", 5000),
    (find_tickers, "(NYSE: ACM; PCX; ACM) ", 5000),
    (find_tickers, "(NYSE: ACM) (TSX; ACM) ", 5000),  # (was: 26 s, each pair tested)
    (find_tickers, "(NYSE\u00ae: ACM) ", 12000),
])
def test_new_patterns_linear(read: Callable[[str], object], trigger: str, times: int) -> None:
    # ~200 KB of each new rule's trigger
    started = time.process_time()
    read(trigger * times)
    assert time.process_time() - started < 5
