"""Press-release heads of round 65: an exchange's name among a listing's further symbols
starts a listing of its own ("(NYSE: ACM, ACMW and TSX)": TSX's symbol none); a table's
unit or audit word anywhere in a bracket beside a date is no wire's credit ("(Dollars In
Thousands)", "(As Restated)"); a dateline led by the wire's name with no place
("BUSINESS WIRE--March 3, 2005--Acme") gives its date and no place, and one led by the
wire's bracket is found indented too; typed subheadlines stacked under the headline with no
blank line between, each a sentence ending in a full stop or each in sentence case, part."""

from __future__ import annotations

import time
from typing import Any

import pytest

from filing2json.parsers.sections.press_dateline import find_dateline, match_dateline
from filing2json.parsers.sections.press_tickers import find_tickers
from support import FILINGS, edited_record

# Sears' second-quarter 2004 release (a corpus filing, PR Newswire): its headline, its
# dateline and its listing as filed
SEARS = "8k_2004_searsroebuckandco_1.txt"
SEARS_HEADLINE = "Sears Reports Second Quarter 2004 Results"
SEARS_DATELINE = "HOFFMAN ESTATES, Ill., July 22 /PRNewswire-FirstCall/ --"
SEARS_PLACE = {"city": "HOFFMAN ESTATES", "state": "Ill."}
SEARS_LISTING = "(NYSE: S) today reported"
# Pericom Semiconductor's EX-99.1 of April 2005 (a corpus filing, PR Newswire): its dateline
PERICOM = "8k_2005_pericomsemiconductorco_4.txt"
PERICOM_DATELINE = "SAN JOSE, Calif., April 21 /PRNewswire-FirstCall/ --"


def _sears(edit: dict[str, str]) -> dict[str, Any]:
    return edited_record(FILINGS / SEARS, edit)["press_releases"][0]


def _tickers(listing: str) -> list[dict[str, Any]]:
    return _sears({SEARS_LISTING: f"{listing} today reported"})["tickers"]


@pytest.mark.parametrize(("listing", "expected"), [
    # Sears' listing edited to name a second exchange among its classes, no symbol after it
    # (was: "TSX" read as a symbol of the NYSE's)
    ("(NYSE: S, SW and TSX)", [("NYSE", "S"), ("NYSE", "SW"), ("TSX", None)]),
    ("(NYSE: S; TSX)", [("NYSE", "S"), ("TSX", None)]),
    ("(NYSE: S, TSX and LSE)", [("NYSE", "S"), ("TSX", None), ("LSE", None)]),
    # (a symbol typed after the exchange's colon is still its own; one given later for the
    # exchange named bare stands for it)
    ("(NYSE: S, SW and TSX: S)", [("NYSE", "S"), ("NYSE", "SW"), ("TSX", "S")]),
    ("(NYSE: S, SW and TSX) (TSX: S)", [("NYSE", "S"), ("NYSE", "SW"), ("TSX", "S")]),
])
def test_exchange_among_symbols_lists_itself(listing: str, expected: list[tuple]) -> None:
    assert [(t["exchange"], t["symbol"]) for t in _tickers(listing)] == expected


def _dateline(dateline: str) -> dict[str, Any] | None:
    rel = _sears({SEARS_DATELINE: dateline})
    assert rel["headline"] == SEARS_HEADLINE
    return rel["dateline"]


@pytest.mark.parametrize("note", ["(Dollars In Thousands)", "(Amounts In Millions)",
                                  "(As Restated)", "(Preliminary)", "(Pro Forma)",
                                  "(Continued)", "(Note 1)", "(Unaudited)"])
def test_table_note_beside_date_is_no_credit(note: str) -> None:
    # Sears' dateline edited: a table's unit or audit word anywhere in the bracket (not only
    # opening it) beside a date is no wire's credit (was: "(Dollars In Thousands)" read as
    # one, a dateline of "HOFFMAN ESTATES, Ill.")
    for dateline in (f"HOFFMAN ESTATES, Ill., July 22, 2004 {note} --",
                     f"July 22, 2004 {note} --",
                     f"HOFFMAN ESTATES, Ill.--{note}--July 22, 2004--"):
        assert _dateline(dateline) is None, dateline
    # (a wire's credit of any name still is one)
    assert _dateline("HOFFMAN ESTATES, Ill.--(Benzinga)--July 22, 2004--") == {
        "city": "HOFFMAN ESTATES", "state": "Ill.", "date": "2004-07-22"}


def test_new_rules_linear() -> None:
    # ~200 KB of each new rule's trigger: brackets of capitalised words never closed beside a
    # date (the credit's note test reads a bounded run at each "("), dashes or slashes opening
    # lines (the dateline hint, the slash-led credit), a slash never closed after a place,
    # exchanges listed as symbols; each read in linear time
    start = time.process_time()
    for place in ("HOFFMAN ESTATES, Ill., July 22, 2004 ", "HOFFMAN ESTATES, Ill.--",
                  "July 22, 2004 "):
        assert match_dateline(place + "(Acme Wire " * 20_000) is None
    line = "HOFFMAN ESTATES, Ill., July 22, 2004 " + "(Acme Wire " * 20_000
    edited_record(FILINGS / SEARS, {SEARS_DATELINE: line})
    assert find_dateline("    ---- (\n" * 20_000) is None
    assert find_dateline("/news -\n" * 25_000) is None  # (a wire's slashes opening lines)
    assert match_dateline("/" + "news " * 40_000) is None
    assert match_dateline("HOFFMAN ESTATES, Ill. /" + "a" * 200_000) is None
    assert len(find_tickers("(NYSE: ACM, TSX) " * 12_000)) == 2
    assert len(find_tickers("(NYSE: ACM, " + "TSX, " * 40_000 + "TSX)")) == 2
    assert time.process_time() - start < 5


@pytest.mark.parametrize("wire", ["BUSINESS WIRE", "Business Wire", "GLOBE NEWSWIRE",
                                  "PR Newswire", "MARKET WIRE", "Marketwire",
                                  "PRNewswire-FirstCall", "PRWeb"])
def test_wire_led_dateline_gives_date_no_place(wire: str) -> None:
    # Pericom's dateline edited to open with the wire's name, no place before it (was: the
    # wire's name read as the city)
    for dateline in (f"{wire}--April 21, 2005--", f"{wire} -- April 21, 2005 --"):
        rel = edited_record(FILINGS / PERICOM, {PERICOM_DATELINE: dateline})["press_releases"][0]
        assert rel["dateline"] == {"city": None, "state": None, "date": "2005-04-21"}, dateline
        assert rel["date"] == "2005-04-21"
    # (a place before the dash is still the city)
    rel = edited_record(FILINGS / PERICOM, {PERICOM_DATELINE: "SAN JOSE--April 21, 2005--"})
    assert rel["press_releases"][0]["dateline"]["city"] == "SAN JOSE"


@pytest.mark.parametrize("wire", ["(BUSINESS WIRE)", "(GLOBE NEWSWIRE)"])
def test_indented_dash_led_wire_dateline(wire: str) -> None:
    # Sears' dateline (indented four blanks, as filed) edited to the wire's bracket between
    # dashes, no place before it (was: no dateline found, so no press release at all)
    rel = _sears({SEARS_DATELINE: f"-- {wire} -- July 22, 2004 --"})
    assert rel["headline"] == SEARS_HEADLINE
    assert rel["dateline"] == {"city": None, "state": None, "date": "2004-07-22"}
    assert rel["body"].startswith(f"-- {wire} -- July 22, 2004 -- Sears, Roebuck and Co.")


# Sears' headline line as filed (centred by blanks), and the indent its lines are typed with
SEARS_HEAD = "                  Sears Reports Second Quarter 2004 Results\n"
INDENT = "                  "


def _head(*lines: str) -> tuple[str, list[str]]:
    """Sears' headline and subheadlines, its headline line edited to ``lines`` (typed with
    no blank line between, in its indent)."""
    rel = _sears({SEARS_HEAD: "".join(f"{INDENT}{line}\n" for line in lines)})
    return rel["headline"], rel["subheadlines"]


def test_stacked_sentences_under_headline_part() -> None:
    # Sears' headline edited to carry two subheadlines typed under it, each a sentence with
    # its full stop (was: the first joined to the headline)
    assert _head(SEARS_HEADLINE, "Domestic Sales Down 3.1 Percent.",
                 "Full Year Outlook Reaffirmed.") == (
        SEARS_HEADLINE, ["Domestic Sales Down 3.1 Percent.", "Full Year Outlook Reaffirmed."])
    # ... and in sentence case, each opening with its capital (was: the two joined)
    assert _head(SEARS_HEADLINE, "Domestic comparable store sales down 3.1 percent",
                 "Full year outlook reaffirmed by the company") == (
        SEARS_HEADLINE, ["Domestic comparable store sales down 3.1 percent",
                         "Full year outlook reaffirmed by the company"])
    # (one stop closing a wrapped headline, or a line that goes on from the one above, parts
    # nothing: no rule reads a title-case stack without such a shape)
    assert _head("Sears Reports Second Quarter", "2004 Results; Outlook Reaffirmed.") == (
        "Sears Reports Second Quarter 2004 Results; Outlook Reaffirmed.", [])
    assert _head("Sears Reports Record", "Results.", "Outlook Reaffirmed.")[0] == \
        "Sears Reports Record Results."
    assert _head("Sears Reports Second Quarter 2004 Results and", "Domestic Sales Down 3 Percent.",
                 "Outlook Reaffirmed.")[0] == \
        "Sears Reports Second Quarter 2004 Results and Domestic Sales Down 3 Percent."
    assert _head(SEARS_HEADLINE, "Domestic Sales Down", "3.1 Percent From a Year Ago")[0] == \
        f"{SEARS_HEADLINE} Domestic Sales Down 3.1 Percent From a Year Ago"


def test_slash_credit_led_dateline() -> None:
    # Sears' dateline edited to PR Newswire's credit with no place before it (was: no
    # dateline found, so no press release), and with its place wrapped onto the line over
    # it, or on its line with the date after the credit (was: no dateline)
    no_place = {"city": None, "state": None, "date": "2004-07-22"}
    placed = {**SEARS_PLACE, "date": "2004-07-22"}
    for dateline, expected in (
            ("/PRNewswire-FirstCall/ -- July 22, 2004 --", no_place),
            ("HOFFMAN ESTATES, Ill. /PRNewswire-FirstCall/ -- July 22, 2004 --", placed),
            ("HOFFMAN ESTATES, Ill.\n    /PRNewswire-FirstCall/ -- July 22, 2004 --", placed)):
        rel = _sears({SEARS_DATELINE: dateline})
        assert (rel["headline"], rel["subheadlines"]) == (SEARS_HEADLINE, []), dateline
        assert rel["dateline"] == expected, dateline
    # (a signature's "/s/" leads no dateline)
    assert match_dateline("/s/ -- Sears, Roebuck and Co.") is None
