"""Press releases (round 45): a dateline that opens with the wire's bracket and no place
(Marketwire's "(Marketwire - March 3, 2025) -", Market Wire's "(MARKET WIRE) -- March 3,
2005 --", CCNMatthews'); a joint release's two places parted by a slash ("PHILADELPHIA,
Pa./HARTFORD, Conn."), of which the first is the dateline's; a release typed double-spaced
for its first paragraphs only, the rest single-spaced, whose paragraphs come out whole."""

from __future__ import annotations

from typing import Any

import pytest

from filing2json.parsers import parse
from support import FILINGS, release_of

_SEARS = "8k_2004_searsroebuckandco_1.txt"
_SEARS_DATELINE = "HOFFMAN ESTATES, Ill., July 22 /PRNewswire-FirstCall/ --"
_HHCA = "8k_1997_homehealthcorpofameric_2.txt"


def _release(name: str, *edits: tuple[str, str]) -> dict[str, Any]:
    """The first press release of corpus filing ``name`` with each old text printed as the
    new one."""
    raw = (FILINGS / name).read_bytes().decode("latin-1")
    for old, new in edits:
        assert old in raw
        raw = raw.replace(old, new, 1)
    return parse(raw.encode("utf-8"), name)["press_releases"][0]


@pytest.mark.parametrize(
    "dateline",
    [
        "(Marketwire - July 22, 2004) -",  # Marketwire, 2007-2013
        "(Marketwired - July 22, 2004) -",
        "(CCNMatthews - July 22, 2004) -",  # CCNMatthews, 2000s
        "(MARKET WIRE) -- July 22, 2004 --",  # Market Wire, early 2000s
        "(MARKET WIRE) -- 07/22/2004 --",  # ... its date in figures
    ],
)
def test_a_wire_bracket_opening_the_dateline_with_no_place(dateline: str) -> None:
    # Sears' second-quarter 2004 release with its PR Newswire dateline printed as Canadian
    # wires print one with the city left out (was: no dateline, so no release at all)
    rel = _release(_SEARS, (_SEARS_DATELINE, dateline))
    assert (rel["headline"], rel["dateline"], rel["date"]) == (
        "Sears Reports Second Quarter 2004 Results",
        {"city": None, "state": None, "date": "2004-07-22"}, "2004-07-22")
    assert rel["body"].startswith(dateline + " Sears, Roebuck and Co. (NYSE: S) today")


def test_a_wire_bracket_under_its_place() -> None:
    # the same with the place wrapped onto the line above it: the place is read
    wrapped = "HOFFMAN ESTATES, Ill.\n(Marketwire - July 22, 2004) -"
    rel = _release(_SEARS, (_SEARS_DATELINE, wrapped))
    assert rel["dateline"] == {"city": "HOFFMAN ESTATES", "state": "Ill.", "date": "2004-07-22"}


@pytest.mark.parametrize(
    "bracket", ["(Reuters) - July 22, 2004 -", "(NYSE: S) -- July 22, 2004 --",
                "(Marketwire - July 22) -"])
def test_no_other_bracket_opens_a_place_less_dateline(bracket: str) -> None:
    # an agency's or a listing's bracket is no wire's, and Marketwire printed the year
    raw = (FILINGS / _SEARS).read_bytes().decode("latin-1").replace(_SEARS_DATELINE, bracket)
    assert all(rel["dateline"] is None or rel["dateline"]["date"] is None
               for rel in parse(raw.encode("utf-8"), _SEARS)["press_releases"])


@pytest.mark.parametrize(
    ("dateline", "state"),
    [
        # Home Health Corporation of America's joint release with U.S. HomeCare, its "and"
        # printed as a slash (was: no dateline: no release)
        ("KING OF PRUSSIA, Pa./HARTFORD, Conn., Sept. 29 /PRNewswire/ --", "Pa."),
        ("KING OF PRUSSIA, Pa. / HARTFORD, Conn., Sept. 29 /PRNewswire/ --", "Pa."),
        ("KING OF PRUSSIA, PA/HARTFORD, CT--(BUSINESS WIRE)--Sept. 29, 1997--", "PA"),
    ],
)
def test_two_places_parted_by_a_slash(dateline: str, state: str) -> None:
    rel = _release(_HHCA, ("KING OF PRUSSIA, Pa., and HARTFORD, Conn., Sept. 29 /PRNewswire/ --",
                           dateline))
    assert rel["dateline"] == {"city": "KING OF PRUSSIA", "state": state, "date": "1997-09-29"}


_HHCA_FIRST = """KING OF PRUSSIA, Pa., and HARTFORD, Conn., Sept. 29 /PRNewswire/ -- Home Health
Corporation of America, Inc. (Nasdaq-NNM:HHCA) and U.S. HomeCare Corporation
(Nasdaq:USHO) today jointly announced that they have entered into a definitive
merger agreement."""
_HHCA_COMBINED = """The combined company will be one of the leading regional providers of
comprehensive home health care services and products, delivering nursing and
related patient services, respiratory therapy, infusion therapy and durable
medical equipment and will own and operate 76 branch locations in 12 states
throughout the U.S. The consolidated company would have had pro forma net
revenues of approximately $206 million for the year ended June 30, 1997."""
# (the release's headline and subheadline, then its paragraphs; the merger terms' paragraph
# left out)
_HHCA_TEXT = """HOME HEALTH CORPORATION OF AMERICA, INC. TO MERGE WITH U.S. HOMECARE CORPORATION

Merger Expands Geographic Coverage and Services for Home Health Corporation of
America, Inc.


{first}


{combined}

The merger provides HHCA with expansion into the New York metropolitan and
Connecticut markets and positions HHCA to leverage existing managed care
contracts in USHO's current markets.
"""


def _spaced(paragraph: str) -> str:
    return paragraph.replace("\n", "\n\n")


def test_paragraphs_double_spaced_in_a_single_spaced_release() -> None:
    # the HHCA release (8k_1997_homehealthcorpofameric_2.txt) typed double-spaced for its
    # first two paragraphs, two blank lines between them, single-spaced after (was: each
    # typed line of them a paragraph of the body)
    text = _HHCA_TEXT.format(first=_spaced(_HHCA_FIRST), combined=_spaced(_HHCA_COMBINED))
    rel = _one(text)
    assert rel["headline"] == ("HOME HEALTH CORPORATION OF AMERICA, INC. TO MERGE WITH U.S. "
                               "HOMECARE CORPORATION")
    assert rel["dateline"] == {"city": "KING OF PRUSSIA", "state": "Pa.", "date": "1997-09-29"}
    paragraphs = rel["body"].split("\n\n")
    assert paragraphs[:2] == [" ".join(_HHCA_FIRST.split("\n")),
                              " ".join(_HHCA_COMBINED.split("\n"))]
    assert paragraphs[2].startswith("The merger provides HHCA with expansion")


def test_one_line_paragraphs_parted_by_blank_lines_stay_apart() -> None:
    # single-spaced paragraphs of one line each (each ends its sentence) between paragraph
    # breaks of two blank lines: no double-spaced paragraph, nothing is joined
    lines = ["The merger provides HHCA with expansion into the New York metropolitan area.",
             "The merger also positions HHCA to leverage existing managed care contracts.",
             "This merger will also allow HHCA to cross-sell other services to customers."]
    text = _HHCA_TEXT.format(first=_spaced(_HHCA_FIRST), combined="\n\n".join(lines))
    paragraphs = _one(text)["body"].split("\n\n")
    assert paragraphs[1:4] == lines


def _one(text: str) -> dict[str, Any]:
    return release_of(text, "19970929")
