"""Press-release heads of round 61: a dateline whose city stands alone before a date framed by
slashes ("CHICAGO / July 22, 2004 / Acme"), a release's time printed alone over the headline
with no date line above it ("7:00 AM CT"), and tickers printed with a semicolon for the colon
("(NYSE; ACM)") or under a label that names no exchange ("(ticker: ACM)"). A list item whose
mark a tab sets apart keeps its wrapped lines in its paragraph for every reader of
split_paragraphs, not only the release's body.

The tests edit Pericom Semiconductor's EX-99.1 of April 2005 (corpus
8k_2005_pericomsemiconductorco_4.txt) into the shapes other filers print."""

from __future__ import annotations

import time
from typing import Any

import pytest

from filing2json.parsers.sections.press_dateline import find_dateline
from filing2json.parsers.sections.press_tail import find_forward_looking
from filing2json.parsers.sections.press_text import split_paragraphs
from filing2json.parsers.sections.press_tickers import find_tickers
from support import FILINGS, edited_record

PERICOM = "8k_2005_pericomsemiconductorco_4.txt"
HEADLINE = "           PERICOM SEMICONDUCTOR REPORTS FISCAL THIRD QUARTER RESULTS\n"
DATELINE = "     SAN JOSE, Calif., April 21 /PRNewswire-FirstCall/ -- Pericom"
LISTING = "Corporation (Nasdaq: PSEM) today"


def _release(edit: dict[str, str]) -> dict[str, Any]:
    return edited_record(FILINGS / PERICOM, edit)["press_releases"][0]


@pytest.mark.parametrize("dateline, city", [
    ("SAN JOSE / April 21, 2005 / Pericom", "SAN JOSE"),
    ("San Jose / April 21, 2005 / Pericom", "San Jose"),
    ("SAN JOSE/April 21, 2005/Pericom", "SAN JOSE"),
])
def test_city_alone_before_a_slashed_date(dateline: str, city: str) -> None:
    # Pericom's dateline edited: the city with no state before the date framed by slashes
    # (was: no dateline)
    release = _release({DATELINE: f"     {dateline}"})
    assert release["dateline"] == {"city": city, "state": None, "date": "2005-04-21"}
    assert release["headline"] == HEADLINE.strip()


def test_city_alone_needs_a_place_and_an_announcement() -> None:
    # a town neither known nor typed in capitals, a firm's name (or the name after the date
    # again: a letterhead's), or no announcement after it: no dateline
    for line in ("Milpitas / April 21, 2005 / Pericom Corp. today announced results.",
                 "PERICOM CORP. / April 21, 2005 / Pericom Corp. today announced results.",
                 "PERICOM / April 21, 2005 / Pericom Corp. today announced results.",
                 "CHICAGO / April 21, 2005 / Webcast at the Hilton, 4 p.m. ET"):
        assert find_dateline(line) is None, line
    assert find_dateline("MILPITAS / April 21, 2005 / Pericom Corp. today announced "
                         "results.")[1] == {"city": "MILPITAS", "state": None,
                                            "date": "2005-04-21"}


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
@pytest.mark.parametrize("time_line", ["7:00 AM CT", "7:00 a.m. ET", "4:05 PM (Eastern Time)"])
def test_time_alone_over_headline(time_line: str, gap: str) -> None:
    # Pericom's release edited: the release's time typed alone over the headline, no date
    # line above it (was: the time read as the headline, the headline as a subheadline; or,
    # with no blank line between, the two joined into one headline)
    release = _release({HEADLINE: f"{time_line}{gap}{HEADLINE}"})
    assert (release["headline"], release["subheadlines"]) == (HEADLINE.strip(), [])


def test_time_over_a_date_line_over_headline() -> None:
    # the time typed over the date line, both over the headline
    release = _release({HEADLINE: f"7:00 AM CT\nApril 21, 2005\n\n{HEADLINE}"})
    assert (release["headline"], release["subheadlines"]) == (HEADLINE.strip(), [])


@pytest.mark.parametrize("listing, ticker", [
    ("Corporation (Nasdaq; PSEM) today", {"exchange": "Nasdaq", "symbol": "PSEM"}),
    ("Corporation (NYSE ; PSEM) today", {"exchange": "NYSE", "symbol": "PSEM"}),
    ("Corporation (ticker: PSEM) today", {"exchange": None, "symbol": "PSEM"}),
    ("Corporation (Ticker Symbol: PSEM) today", {"exchange": None, "symbol": "PSEM"}),
    ("Corporation (TICKER: PSEM) today", {"exchange": None, "symbol": "PSEM"}),
])
def test_semicolon_and_exchangeless_tickers(listing: str, ticker: dict[str, str]) -> None:
    # Pericom's listing in its dateline edited (was: no ticker)
    assert _release({LISTING: listing})["tickers"] == [ticker]


def test_semicolon_and_exchangeless_tickers_read_no_more() -> None:
    # exchanges alone after a semicolon name no symbol; a symbol known with its exchange is
    # listed once, under it
    assert find_tickers("Acme (NYSE; ACM) today") == [{"exchange": "NYSE", "symbol": "ACM"}]
    assert find_tickers("Acme (NYSE; CHX) today") == []
    assert find_tickers("Acme (NYSE; CHX; PCX: S) today") == [
        {"exchange": "NYSE", "symbol": "S"}, {"exchange": "CHX", "symbol": "S"},
        {"exchange": "PCX", "symbol": "S"}]
    assert find_tickers("Acme (ticker: ACM) today. About Acme: Acme (NYSE: ACM) is") == [
        {"exchange": "NYSE", "symbol": "ACM"}]
    assert find_tickers("Acme (ticker: acm, lower case) today") == []


def test_new_patterns_linear() -> None:
    # ~200 KB of near misses for each new pattern
    started = time.process_time()
    find_dateline("CHICAGO / July 22, 2004 / " * 8000)
    find_tickers("(NYSE; ACM " * 20000)
    find_tickers("(Ticker Symbol: ACM " * 10000)
    assert time.process_time() - started < 5
    assert find_tickers("(Ticker Symbol: ACM " * 10000 + ")") == [
        {"exchange": None, "symbol": "ACM"}]


# Pericom Semiconductor's January 2007 release (corpus 8k_2007_pericomsemiconductorco_2.txt):
# its safe harbour's run-on list of risks edited into items marked by a bullet and a tab,
# their wrapped lines typed at column 0 (one opening with a capital)
_PERICOM_2007 = "8k_2007_pericomsemiconductorco_2.txt"
_RISKS = """statements due to a variety of risk factors, including softness in demand for
our products, price erosion for certain of our products, unexpected difficulties
in developing new products, customer decisions to reduce inventory, economic or
financial difficulties experienced by our customers, difficulties in integrating
eCERA with our business, or technological and market changes. All
forward-looking"""
_ITEMS = """statements due to a variety of risk factors, including:

{mark}Softness in demand for our products, price erosion for certain of our products,
Unexpected difficulties in developing new products, customer decisions to reduce
inventory;
{mark2}Economic or financial difficulties experienced by our customers, difficulties
In integrating eCERA with our business, or technological and market changes.

All forward-looking"""


@pytest.mark.parametrize("mark, mark2", [("\u00b7\t", "\u00b7\t"), ("-\t", "-\t"),
                                         ("o\t", "o\t"), ("\t\u00b7\t", "\t\u00b7\t")])
def test_tab_marked_items_wrapped_lines_stay_in_their_paragraph(mark: str, mark2: str) -> None:
    # (was: split_paragraphs began a paragraph after any line holding a tab, so the safe
    # harbour read by find_forward_looking (press_tail's paragraphs_of) ended at the first
    # item's first line; the release's own body rejoined them since round 60)
    text = (FILINGS / _PERICOM_2007).read_text(errors="replace")
    tail = text[text.index("About Pericom") : text.index("- - See Attached")]
    assert _RISKS in tail
    fls = find_forward_looking(tail.replace(_RISKS, _ITEMS.format(mark=mark, mark2=mark2)))
    assert "of our products, Unexpected difficulties in developing new products" in fls
    assert "difficulties In integrating eCERA" in fls
    assert fls.endswith("the risk factors sections of those filings.")
    # each item is a paragraph of its own, and a table row's tabs still end one
    lines = [f"{mark}Softness in demand for our products, price erosion for certain of our",
             "products, unexpected difficulties in developing new products, customer",
             f"{mark2}Economic or financial difficulties experienced by our customers in",
             "Revenue\t$19,433\t$19,217\tand the rest of the row of figures",
             "Net revenues for the third quarter were up 1.1% from the preceding quarter"]
    assert split_paragraphs(lines) == [(0, 2), (2, 3), (3, 4), (4, 5)]
    # (numbered items too; the safe harbour itself still ends before a numbered list)
    numbered = [line.replace(mark, "1.\t", 1) if k == 0 else line.replace(mark2, "2.\t", 1)
                for k, line in enumerate(lines)]
    assert split_paragraphs(numbered) == [(0, 2), (2, 3), (3, 4), (4, 5)]
