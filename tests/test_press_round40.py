"""Press releases (round 40): a dateline whose country follows the state with a dash for
its comma ("Vancouver, British Columbia, Canada – March 3, 2014 – Acme"), and a wire named
with figures in its brackets ("(SEND2PRESS NEWSWIRE)")."""

from __future__ import annotations

import pytest

from filing2json.parsers.sections.press_release import parse_press_release

_LEAD = (" Northern Lights Resources Corp. (TSX-V: NLR) (OTCQB: NLRCF) is pleased to"
         " announce drill results from its Blackwater gold project.\n\n"
         "The 2014 program comprised 12 holes totalling 3,450 metres.\n")


@pytest.mark.parametrize(("place", "city", "state"), [
    ("Vancouver, British Columbia, Canada \u2013", "Vancouver", "British Columbia"),
    ("VANCOUVER, BC, CANADA -", "VANCOUVER", "BC"),
    ("Toronto, Ontario, Canada --", "Toronto", "Ontario"),
    ("Perth, Western Australia, Australia \u2013", "Perth", "Western Australia"),
])
def test_country_after_state_before_a_dash(place: str, city: str, state: str) -> None:
    dash = place.rsplit(" ", 1)[-1]
    text = ("NORTHERN LIGHTS RESOURCES INTERSECTS 42 METRES OF 3.1 G/T GOLD AT BLACKWATER\n\n"
            f"{place} March 3, 2014 {dash}{_LEAD}")
    rel = parse_press_release(text, "EX-99.1")
    assert rel is not None
    assert rel["dateline"] == {"city": city, "state": state, "date": "2014-03-03"}
    assert rel["headline"] == ("NORTHERN LIGHTS RESOURCES INTERSECTS 42 METRES OF 3.1 G/T GOLD"
                               " AT BLACKWATER")
    assert "12 holes totalling 3,450 metres" in rel["body"]


def test_wire_with_figures_in_its_name() -> None:
    text = """Exhibit 99.1

Bayside Marine Holdings Reports Record Third Quarter Revenue

FORT LAUDERDALE, Fla., Nov. 12, 2015 (SEND2PRESS NEWSWIRE) -- Bayside Marine Holdings, Inc.
(OTCQB: BYMH) today reported revenue of $8.4 million for the quarter ended September 30,
2015, up 31% from the same quarter last year.

The Company's backlog stood at $12.1 million at quarter end.
"""
    rel = parse_press_release(text, "EX-99.1")
    assert rel is not None
    assert rel["dateline"] == {"city": "FORT LAUDERDALE", "state": "Fla.", "date": "2015-11-12"}
    assert rel["headline"] == "Bayside Marine Holdings Reports Record Third Quarter Revenue"
    assert rel["tickers"] == [{"exchange": "OTCQB", "symbol": "BYMH"}]


def test_country_dash_needs_a_known_region_and_a_capital_after() -> None:
    # a letterhead, "Firm, City, Country – date – Firm": the state slot holds a city
    # (was: dateline {city "Acme Gold", state "Vancouver"})
    lead = ("Acme Gold Corp. (TSX: ACM) is pleased to announce drill results from its Ridge"
            " project.\n\nThe 2015 program comprised 12 holes totalling 3,450 metres.\n")
    text = ("ACME GOLD REPORTS DRILL RESULTS\n\n"
            f"Acme Gold, Vancouver, Canada \u2013 March 3, 2015 \u2013 {lead}")
    assert parse_press_release(text, "EX-99.1") is None
    # a schedule's line whose text after the dash is no company (was: a release opening there)
    text = (f"ACME GOLD REPORTS DRILL RESULTS\n\n{lead}\nDrill program schedule:\n\n"
            "Kamloops, British Columbia, Canada - March 10, 2015 - drilling resumed at the "
            "Ridge target\n")
    assert parse_press_release(text, "EX-99.1") is None
