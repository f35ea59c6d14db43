"""Press-release heads of round 64b: a wire's credit of any name in a dateline's bracket
where a date stands beside it ("(PR.com)", "(Benzinga)", "(INVESTOR BRAND NETWORK)", "(PR
Newswire Europe)", "(BUSINESS WIRE via COMTEX News Network)"); the tables' note typed under
the headline ("(Unaudited)", "(In thousands)"), no head line; stars between a headline and
its subheadline ("* * *"), which part them and end no release."""

from __future__ import annotations

import time
from typing import Any

import pytest

from support import FILINGS, edited_record

# Sears' second-quarter 2004 release (a corpus filing, PR Newswire): its headline and
# dateline as filed
SEARS = "8k_2004_searsroebuckandco_1.txt"
SEARS_HEADLINE = "Sears Reports Second Quarter 2004 Results"
SEARS_DATELINE = "HOFFMAN ESTATES, Ill., July 22 /PRNewswire-FirstCall/ --"
SEARS_PLACE = {"city": "HOFFMAN ESTATES", "state": "Ill."}
CREDITS = ["(PR.com)", "(Benzinga)", "(INVESTOR BRAND NETWORK)", "(PR Newswire Europe)",
           "(BUSINESS WIRE via COMTEX News Network)", "(INVESTORBRANDNETWORK via COMTEX)"]


def _sears(edit: dict[str, str]) -> dict[str, Any]:
    return edited_record(FILINGS / SEARS, edit)["press_releases"][0]


def _dateline(dateline: str) -> dict[str, Any] | None:
    rel = _sears({SEARS_DATELINE: dateline})
    assert rel["headline"] == SEARS_HEADLINE
    return rel["dateline"]


@pytest.mark.parametrize("credit", CREDITS)
def test_credit_of_any_name_beside_the_date(credit: str) -> None:
    # Sears' dateline edited to credit wires whose names hold no "wire" or "news" (or more
    # words after it, or after "via"), in the spellings the wires print (was: no dateline)
    dated = {**SEARS_PLACE, "date": "2004-07-22"}
    for dateline in (f"HOFFMAN ESTATES, Ill., July 22, 2004 {credit} --",
                     f"HOFFMAN ESTATES, Ill.--{credit}--July 22, 2004--",
                     f"HOFFMAN ESTATES, Ill. {credit} -- July 22, 2004 --",
                     f"HOFFMAN ESTATES, Ill. {credit} July 22, 2004 --"):
        assert _dateline(dateline) == dated, dateline
    assert _dateline(f"July 22, 2004 {credit} --") == {
        "city": None, "state": None, "date": "2004-07-22"}
    # (no date beside it, a bracket of any name is no wire's: "NEW YORK--(Acme)--" may be a
    # firm's note; a table's note beside a date is none either)
    assert _dateline(f"HOFFMAN ESTATES, Ill.--{credit}--") is None
    for note in ("(Unaudited)", "(In Thousands)"):
        assert _dateline(f"HOFFMAN ESTATES, Ill., July 22, 2004 {note} --") is None


def test_known_state_in_brackets_is_no_credit() -> None:
    # Sears' dateline edited: a known state in the bracket after the city stays the state
    # (the credit's bracket reads any name; the state's is tried first)
    assert _dateline("HOFFMAN ESTATES (Illinois) - July 22, 2004 - Sears") == {
        "city": "HOFFMAN ESTATES", "state": "Illinois", "date": "2004-07-22"}
    assert _dateline("HOFFMAN ESTATES (Benzinga) - July 22, 2004 - Sears") == {
        "city": "HOFFMAN ESTATES", "state": None, "date": "2004-07-22"}


def test_credit_scan_linear() -> None:
    # ~200 KB of capitalised words in an unclosed bracket after Sears' dateline's date, and
    # of brackets and dashes after its place: the credit's bounded words keep it linear
    for tail in (", July 22, 2004 (" + "PR Newswire " * 17_000,
                 "--(A)--(B via C)" * 12_000):
        start = time.process_time()
        edited_record(FILINGS / SEARS, {SEARS_DATELINE: f"HOFFMAN ESTATES, Ill.{tail}"})
        assert time.process_time() - start < 5


@pytest.mark.parametrize("note", ["(Unaudited)", "(In thousands)",
                                  "(Dollars in millions, except per share data)"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_table_note_under_the_headline(note: str, gap: str) -> None:
    # Sears' head edited: the note of the release's tables typed under its headline (was:
    # joined to the headline, or a subheadline after a blank line)
    rel = _sears({f"{SEARS_HEADLINE}\n": f"{SEARS_HEADLINE}{gap}                  {note}\n"})
    assert (rel["headline"], rel["subheadlines"]) == (SEARS_HEADLINE, [])


SUB = "Net income of $53 million, or $0.24 per share"


@pytest.mark.parametrize("stars", ["* * *", "***", "* * * * *"])
def test_stars_between_headline_and_subheadline(stars: str) -> None:
    # Sears' head edited: stars typed between the headline and a subheadline (was: read as
    # the end of a release above, the subheadline taken for the headline)
    for gap in ("\n", "\n\n"):
        rel = _sears({f"{SEARS_HEADLINE}\n": f"{SEARS_HEADLINE}\n{gap}                  {stars}\n"
                                             f"{gap}                  {SUB}\n"})
        assert (rel["headline"], rel["subheadlines"]) == (SEARS_HEADLINE, [SUB]), gap
        assert rel["body"].startswith("HOFFMAN ESTATES")
    # (over a sentence's end, as a release above ends, the stars still end the head)
    rel = _sears({f"{SEARS_HEADLINE}\n": f"Sears closed the quarter.\n\n                  {stars}"
                                         f"\n\n                  {SEARS_HEADLINE}\n"})
    assert (rel["headline"], rel["subheadlines"]) == (SEARS_HEADLINE, [])
