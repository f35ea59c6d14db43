"""Press-release heads of round 64: a listing's further classes before "and" and the next
exchange's listing ("(NYSE: ACM, ACMW and TSX: ACM)"), a bracket's listings wrapped over two
lines ("(Nasdaq and\\nTSX: PSEM)", "(Nasdaq: PSEM,\\nPSEMW)"), and a joined exchange with a
board after its dash or dot ("(TSX-V and OTCQB: ACM)"); arrows typed as bullets under the
headline ("> Net income ...", "\u00bb ..."); a wire's name opening with figures
("/24-7PressRelease/", "/3BL Media/")."""

from __future__ import annotations

import time
from typing import Any

import pytest

from filing2json.parsers.sections.press_tickers import find_tickers
from support import FILINGS, edited_record

# Pericom Semiconductor's EX-99.1 of April 2005 (a corpus filing): its dateline's listing,
# "Corporation (Nasdaq: PSEM) today", as filed
PERICOM = "8k_2005_pericomsemiconductorco_4.txt"
LISTING = "Semiconductor\nCorporation (Nasdaq: PSEM) today"


def _tickers(listing: str) -> list[dict[str, Any]]:
    """The tickers of Pericom's release, its listing edited to ``listing`` (the bracket and
    what it holds), the company's name before it kept on its own line."""
    edit = {LISTING: f"Semiconductor\nCorporation {listing} today"}
    return edited_record(FILINGS / PERICOM, edit)["press_releases"][0]["tickers"]


def _pairs(tickers: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(t["exchange"], t["symbol"]) for t in tickers]


def test_classes_before_and_next_listing() -> None:
    # Pericom's listing edited into the shape cross-listed issuers print: the first
    # exchange's classes, then "and" (or "&") and the other exchange's listing
    for joint in ("and", "&"):
        assert _pairs(_tickers(f"(Nasdaq: PSEM, PSEMW {joint} TSX: PSEM)")) == [
            ("Nasdaq", "PSEM"), ("Nasdaq", "PSEMW"), ("TSX", "PSEM")]
    assert _pairs(_tickers("(Nasdaq: PSEM, PSEMW and Toronto Stock Exchange: PSE)")) == [
        ("Nasdaq", "PSEM"), ("Nasdaq", "PSEMW"), ("Toronto Stock Exchange", "PSE")]
    # (an exchange closing the bracket with no colon stays what it was; one listing alone
    # keeps its classes)
    assert _pairs(_tickers("(Nasdaq: PSEM and PSEMW)")) == [
        ("Nasdaq", "PSEM"), ("Nasdaq", "PSEMW")]


def test_listing_wrapped_over_two_lines() -> None:
    # Pericom's listing edited: plain-text releases wrap a long bracket at any blank, so
    # joined exchanges or a class list may run onto the next line
    for listing in ("(Nasdaq and\nTSX: PSEM)", "(Nasdaq\nand TSX: PSEM)"):
        assert _pairs(_tickers(listing)) == [("Nasdaq", "PSEM"), ("TSX", "PSEM")], listing
    for listing in ("(Nasdaq: PSEM,\nPSEMW)", "(Nasdaq: PSEM and\nPSEMW)"):
        assert _pairs(_tickers(listing)) == [("Nasdaq", "PSEM"), ("Nasdaq", "PSEMW")], listing
    for listing in ("(Nasdaq: PSEM,\nPSEMW; TSX: PSEM)", "(Nasdaq: PSEM, PSEMW\nand TSX: PSEM)"):
        assert _pairs(_tickers(listing)) == [
            ("Nasdaq", "PSEM"), ("Nasdaq", "PSEMW"), ("TSX", "PSEM")], listing
    # (prose after the comma on the next line is no class)
    assert _pairs(_tickers("(Nasdaq: PSEM,\nthe Company)")) == [("Nasdaq", "PSEM")]


def test_joined_venture_board_keeps_its_name() -> None:
    # Pericom's listing edited: Toronto's venture board joined to another exchange keeps
    # its "-V" / ".V", as it does alone ("(TSX-V: PSEM)")
    for board in ("TSX-V", "TSX.V"):
        assert _pairs(_tickers(f"({board} and OTCQB: PSEM)")) == [
            (board, "PSEM"), ("OTCQB", "PSEM")]


def test_wrapped_classes_linear() -> None:
    # ~200 KB of an unclosed bracket's class list wrapped at every symbol, and of blanks
    # and line breaks after a listing: the further-symbols scan stays linear
    for text in ("(NYSE: ACM" + ",\nACMW" * 30_000, "(NYSE: ACM," + " \n " * 70_000 + "x",
                 "(NYSE and\n" * 20_000 + "TSX: ACM)"):
        start = time.process_time()
        find_tickers(text)
        assert time.process_time() - start < 5


# Sears' second-quarter 2004 release (a corpus filing, PR Newswire): its headline and
# dateline as filed
SEARS = "8k_2004_searsroebuckandco_1.txt"
SEARS_HEADLINE = "Sears Reports Second Quarter 2004 Results"
SEARS_DATELINE = "HOFFMAN ESTATES, Ill., July 22 /PRNewswire-FirstCall/ --"
SEARS_ITEMS = ["Net income of $53 million, or $0.24 per share",
               "Domestic comparable store sales declined 3.4 percent"]


def _sears(old: str, new: str) -> dict[str, Any]:
    return edited_record(FILINGS / SEARS, {old: new})["press_releases"][0]


@pytest.mark.parametrize("mark", [">", "\u00bb"])
def test_arrow_bullets_under_the_headline(mark: str) -> None:
    # Sears' head edited: its results listed under the headline with arrows, as plain-text
    # releases type them (was: one subheadline of both items, marks and all)
    items = "".join(f"  {mark}  {item}\n" for item in SEARS_ITEMS)
    rel = _sears(f"{SEARS_HEADLINE}\n\n", f"{SEARS_HEADLINE}\n\n{items}\n")
    assert (rel["headline"], rel["subheadlines"], rel["highlights"]) == (
        SEARS_HEADLINE, [], SEARS_ITEMS)


@pytest.mark.parametrize("wire", ["/24-7PressRelease/", "(24-7PressRelease)", "/3BL Media/"])
def test_wire_named_with_figures_first(wire: str) -> None:
    # Sears' dateline edited to credit a wire whose name opens with figures (was: no dateline)
    rel = _sears(SEARS_DATELINE, f"HOFFMAN ESTATES, Ill., July 22, 2004 {wire} --")
    assert rel["dateline"] == {"city": "HOFFMAN ESTATES", "state": "Ill.", "date": "2004-07-22"}
    assert rel["headline"] == SEARS_HEADLINE


@pytest.mark.parametrize("figures", ["/2004/", "/22-07/"])
def test_figures_between_slashes_are_no_wire(figures: str) -> None:
    rel = _sears(SEARS_DATELINE, f"HOFFMAN ESTATES, Ill., July 22, 2004 {figures} --")
    assert rel["dateline"] is None


def test_wire_scan_linear() -> None:
    # ~200 KB of slashes and figures after Sears' dateline's date: the wire's look-ahead
    # and its bounded name keep the dateline's scan linear
    start = time.process_time()
    edited_record(FILINGS / SEARS, {SEARS_DATELINE: "HOFFMAN ESTATES, Ill., July 22, 2004 "
                                    + "/3-" * 70_000})
    assert time.process_time() - start < 5
