"""Press-release heads of round 67b: a listing in prose naming the exchange, then "as" and
the symbol ("listed on Nasdaq as ACME", "trades on the NYSE as ACM") is a ticker; a text
printing only capitalised label words ("Ticker Symbol ACME on the Nasdaq") is read for
prose listings too; "Nasdaq/OMX" (the NASDAQ OMX Group's name) is one market, where
"NYSE/TSX" are two; a head's items marked by a plus ("+ Net income ...") are highlights,
not one run-together subheadline; a dateline cut at its wire's credit or after its date, the
rest in the next paragraph ("<p>SAN JOSE, Calif.--(BUSINESS WIRE)--</p><p>July 29, 2003--
Acme ...</p>"), is read whole, its date kept."""

from __future__ import annotations

import time
from typing import Any

import pytest

from filing2json.parsers.sections.press_tickers import find_tickers
from support import FILINGS, edited_record

# Pericom's fiscal 2003 fourth-quarter release (a corpus filing, typed text)
PERICOM = "8k_2003_pericomsemiconductorco_1.txt"
PERICOM_LISTING = "Corporation (Nasdaq: PSEM) today announced"
PERICOM_DATELINE = "    SAN JOSE, Calif., July 29 /PRNewswire-FirstCall/ -- Pericom Semiconductor\n"


def _pericom(edit: dict[str, str]) -> dict[str, Any]:
    return edited_record(FILINGS / PERICOM, edit)["press_releases"][0]


def _pericom_tickers(listing: str) -> list[tuple[Any, Any]]:
    rel = _pericom({PERICOM_LISTING: listing})
    return [(t["exchange"], t["symbol"]) for t in rel["tickers"]]


@pytest.mark.parametrize(("listing", "expected"), [
    # Pericom's listing edited into prose naming the exchange, then "as" and the symbol
    # (was: no ticker): the exchange as printed
    ("Corporation, listed on Nasdaq as PSEM, today announced", [("Nasdaq", "PSEM")]),
    ("Corporation, which trades on the NYSE as PSEM, today announced", [("NYSE", "PSEM")]),
    ("Corporation, whose shares are traded on the Nasdaq Global Market as \"PSEM\", today "
     "announced", [("Nasdaq Global Market", "PSEM")]),
    ("Corporation (listed on the New York Stock Exchange as PSEM) today announced",
     [("New York Stock Exchange", "PSEM")]),
    # ... and capitalised label words with no colon, the symbol before its exchange (was: no
    # ticker, the prose scan asked for a lower-case "symbol" or "ticker")
    ("Corporation (Ticker Symbol PSEM on the Nasdaq) today announced", [("Nasdaq", "PSEM")]),
    ("Corporation (Symbol PSEM on the Nasdaq National Market) today announced",
     [("Nasdaq National Market", "PSEM")]),
    # ... and "Nasdaq/OMX", one group's name (was: two listings, Nasdaq and OMX)
    ("Corporation (Nasdaq/OMX: PSEM) today announced", [("Nasdaq/OMX", "PSEM")]),
    ("Corporation (NASDAQ/OMX: PSEM) today announced", [("NASDAQ/OMX", "PSEM")]),
    # (unchanged: "as" and no symbol; a REIT or ADS is what is listed; two markets a slash
    # joins are two listings; a bracketed listing and the prose read once)
    ("Corporation, listed on the NYSE as a REIT, today announced", []),
    ("Corporation, listed on the NYSE as ADS, today announced", []),
    ("Corporation, traded on the NYSE as A result, today announced", []),
    ("Corporation (NYSE/TSX: PSEM) today announced", [("NYSE", "PSEM"), ("TSX", "PSEM")]),
    ("Corporation (Nasdaq: PSEM), listed on Nasdaq as PSEM, today announced",
     [("Nasdaq", "PSEM")]),
    ("Corporation (NASDAQ OMX: PSEM) today announced", [("NASDAQ OMX", "PSEM")]),
])
def test_prose_and_group_listings(listing: str, expected: list[tuple]) -> None:
    assert _pericom_tickers(listing) == expected


def test_listed_as_linear() -> None:
    # ~200 KB of the new rule's trigger, read in linear time
    start = time.process_time()
    assert find_tickers("Acme is listed on the NYSE Big Board Market as " * 4_300) == []
    assert find_tickers("traded on traded on the the " * 7_200) == []
    assert find_tickers("listed on Nasdaq as ACME; " * 8_000) == [
        {"exchange": "Nasdaq", "symbol": "ACME"}]
    assert time.process_time() - start < 5


# Sears' second-quarter 2004 release (a corpus filing, typed text): its centred headline
SEARS = "8k_2004_searsroebuckandco_1.txt"
SEARS_HEAD = "                  Sears Reports Second Quarter 2004 Results\n"
SEARS_ITEMS = ["Net income of $53 million, or $0.24 per share",
               "Domestic comparable store sales down 3.1 percent", "Full year outlook reaffirmed"]


def _sears_items(lines: list[str]) -> tuple[str, list[str], list[str]]:
    head = SEARS_HEAD + "\n" + "".join(f"    {line}\n" for line in lines)
    rel = edited_record(FILINGS / SEARS, {SEARS_HEAD: head})["press_releases"][0]
    return rel["headline"], rel["subheadlines"], rel["highlights"]


@pytest.mark.parametrize(("lines", "expected"), [
    # Sears' head edited to items marked by a plus under the headline (was: one subheadline,
    # the items and their marks run together)
    ([f"+ {t}" for t in SEARS_ITEMS],
     ("Sears Reports Second Quarter 2004 Results", [], SEARS_ITEMS)),
    ([f"+  {t}" for t in SEARS_ITEMS],
     ("Sears Reports Second Quarter 2004 Results", [], SEARS_ITEMS)),
    (["+ Net income of $53 million"],
     ("Sears Reports Second Quarter 2004 Results", [], ["Net income of $53 million"])),
    # (unchanged: a plus before a figure is a change, no item's mark; a starred list)
    (["+ 25% Net income"], ("Sears Reports Second Quarter 2004 Results", ["+ 25% Net income"], [])),
    ([f"* {t}" for t in SEARS_ITEMS],
     ("Sears Reports Second Quarter 2004 Results", [], SEARS_ITEMS)),
])
def test_plus_items(lines: list[str], expected: tuple) -> None:
    assert _sears_items(lines) == expected


# Oracle's 2019 release (a corpus filing, HTML): its dateline opens the first <p> of the body
ORACLE = "8k_2019_oraclecorp_1.txt"
ORACLE_P = ('<P STYLE="margin-top:12pt; margin-bottom:0pt; text-indent:4%; font-size:10pt; '
            'font-family:Times New Roman">')
ORACLE_DATELINE = f"{ORACLE_P}REDWOOD SHORES, Calif., July&nbsp;10, 2019 &#151; The Oracle"


def _oracle_dateline(first: str, rest: str) -> dict[str, Any]:
    edit = {ORACLE_DATELINE: f"<P>{first}</P>{ORACLE_P}{rest} The Oracle"}
    return edited_record(FILINGS / ORACLE, edit)["press_releases"][0]["dateline"]


@pytest.mark.parametrize(("first", "rest", "expected"), [
    # Oracle's dateline edited into a <p> of its own, cut at the wire's credit or after its
    # date, the rest opening the next <p> (was: the date null)
    ("REDWOOD SHORES, Calif.--(BUSINESS WIRE)--", "July 10, 2019--",
     {"city": "REDWOOD SHORES", "state": "Calif.", "date": "2019-07-10"}),
    ("REDWOOD SHORES, Calif.--(BUSINESS WIRE)--July 10, 2019", "--",
     {"city": "REDWOOD SHORES", "state": "Calif.", "date": "2019-07-10"}),
    # (unchanged: a whole dateline alone in its <p>, its wire's credit or dash in the next)
    ("REDWOOD SHORES, Calif., July 10, 2019", "/PRNewswire/ --",
     {"city": "REDWOOD SHORES", "state": "Calif.", "date": "2019-07-10"}),
    ("REDWOOD SHORES, Calif., July 10, 2019", "&#151;",
     {"city": "REDWOOD SHORES", "state": "Calif.", "date": "2019-07-10"}),
])
def test_dateline_own_paragraph(first: str, rest: str, expected: dict[str, Any]) -> None:
    assert _oracle_dateline(first, rest) == expected


@pytest.mark.parametrize(("lines", "expected"), [
    # Pericom's typed dateline edited the same ways (was: the date null), a blank line
    # between, or the date's dash alone on the next line
    ("    SAN JOSE, Calif.--(BUSINESS WIRE)--\n\n    July 29, 2003--Pericom Semiconductor\n",
     "2003-07-29"),
    ("    SAN JOSE, Calif.--(BUSINESS WIRE)--July 29, 2003\n\n--Pericom Semiconductor\n",
     "2003-07-29"),
    ("    SAN JOSE, Calif.--(BUSINESS WIRE)--July 29, 2003\n--Pericom Semiconductor\n",
     "2003-07-29"),
    # (unchanged: no date after the credit)
    ("    SAN JOSE, Calif.--(BUSINESS WIRE)--\n\n    Pericom Semiconductor\n", None),
])
def test_dateline_cut_typed(lines: str, expected: str | None) -> None:
    dateline = _pericom({PERICOM_DATELINE: lines})["dateline"]
    assert (dateline["city"], dateline["state"], dateline["date"]) == (
        "SAN JOSE", "Calif.", expected)
