"""Exhibit lists of round 61: a run's sentence that dates one document per exhibit, two rows
typed on one line, and a sentence row whose verb ends its line.

All use Asta Funding's 2005 8-K (a corpus filing), whose list prints "99.1  Press release dated
August 9, 2005." over "99.2  Transcript of August 9, 2005 webcast." (filed as EX-99.1 and
EX-99.2), edited into the shapes other filers print:
- "Exhibits 99.1 and 99.2 - Press releases dated August 9, 2005 and August 10, 2005 are filed"
  over "herewith.": a description per exhibit, the plural made singular (one date for the two
  leaves them undescribed, as round 37 has it);
- "99.1  Press release dated August 9, 2005.   99.2  Transcript of ...": two entries, split
  only where the second number is the one the list numbers next;
- "99.1  Press release dated August 9, 2005 is" over "filed herewith." typed flush left: the
  sentence's predicate is the description's (so "is filed herewith" is the filing's mark);
- a line opening with a figure in line with the entries: the description's words where the
  line above runs on ("... announcing the" over "3 Year Credit Facility."), else no part of it
  (a table's "15 12% Increase" under the list).
"""

from __future__ import annotations

import time

import pytest

from filing2json.parsers import parse
from filing2json.parsers.sections.exhibits import read_entries
from support import FILINGS, validate

ASTA = FILINGS / "8k_2005_astafundinginc_5.txt"
_LIST = ("          99.1  Press release dated August 9, 2005.\n"
         "          99.2  Transcript of August 9, 2005 webcast.\n")
_RELEASE = "Press release dated August 9, 2005."
_TRANSCRIPT = "Transcript of August 9, 2005 webcast."


def _exhibits(listing: str) -> list[tuple[str, str | None, int | None]]:
    data = ASTA.read_bytes().decode("latin-1")
    assert _LIST in data
    record = validate(parse(data.replace(_LIST, listing).encode("latin-1"), ASTA.name))
    return [(e["number"], e["description"], e["document"]) for e in record["exhibits"]]


def test_asta_as_filed() -> None:
    assert _exhibits(_LIST) == [("99.1", _RELEASE, 2), ("99.2", _TRANSCRIPT, 3)]


@pytest.mark.parametrize(("listing", "first", "second"), [
    ("          Exhibits 99.1 and 99.2 - Press releases dated August 9, 2005 and August 10,"
     " 2005 are filed\nherewith.\n",
     "Press release dated August 9, 2005", "Press release dated August 10, 2005"),
    # (on one line, the stop kept as a description's: "... is filed herewith." above)
    ("          Exhibits 99.1 and 99.2 - Press releases of the Registrant dated August 9 and"
     " August 10, 2005 are filed herewith.\n",
     "Press release of the Registrant dated August 9, 2005.",
     "Press release of the Registrant dated August 10, 2005."),
    # (a row, no sentence)
    ("          99.1 and 99.2   Press releases dated August 9, 2005 and August 10, 2005.\n",
     "Press release dated August 9, 2005.", "Press release dated August 10, 2005."),
    ("          99.1 and 99.2   Press releases dated August 9, 2005 and August 10, 2005,"
     " respectively.\n",
     "Press release dated August 9, 2005.", "Press release dated August 10, 2005."),
    ("          Exhibits 99.1 and 99.2 - News releases dated August 9, 2005 and August 10,"
     " 2005 are furnished as Exhibits 99.1 and 99.2.\n",
     "News release dated August 9, 2005.", "News release dated August 10, 2005."),
])
def test_run_dating_one_release_per_exhibit(listing: str, first: str, second: str) -> None:
    assert _exhibits(listing) == [("99.1", first, 2), ("99.2", second, 3)]


@pytest.mark.parametrize("listing", [
    # one date for both: no description tells them apart
    "          Exhibits 99.1 and 99.2 - Press releases dated August 9, 2005 are filed\n"
    "herewith.\n",
    # three dates for two exhibits
    "          Exhibits 99.1 and 99.2 - Press releases dated August 8, August 9 and August 10,"
    " 2005 are filed herewith.\n",
])
def test_run_dating_no_release_per_exhibit_describes_none(listing: str) -> None:
    # (the list describes neither: each is described by its document's <DESCRIPTION>)
    assert _exhibits(listing) == [("99.1", "PRESS RELEASE DATED AUGUST 9, 2005", 2),
                                  ("99.2", "TRANSCRIPT OF AUGUST 9, 2005 WEBCAST", 3)]


@pytest.mark.parametrize("listing", [
    "          99.1  Press release dated August 9, 2005.   99.2  Transcript of August 9, 2005"
    " webcast.\n",
    "99.1 Press release dated August 9, 2005.  99.2 Transcript of August 9, 2005 webcast.\n",
    "          Exhibit 99.1 - Press release dated August 9, 2005.  Exhibit 99.2 - Transcript of"
    " August 9, 2005 webcast.\n",
])
def test_two_rows_on_one_line(listing: str) -> None:
    assert _exhibits(listing) == [("99.1", _RELEASE, 2), ("99.2", _TRANSCRIPT, 3)]


def test_three_rows_on_one_line_and_a_reference_that_is_no_row() -> None:
    assert read_entries("99.1 Press release  99.2 Investor presentation  99.3 Slides\n") == [
        ("99.1", "Press release"), ("99.2", "Investor presentation"), ("99.3", "Slides")]
    # (a number a word leads to, or one the list does not number next, opens no row)
    for line in ("10.1 Amendment No. 2 to the Credit Agreement filed as Exhibit 10.2 Amendment"
                 " to Loan Agreement\n",
                 "99.1 Press release announcing Section 99.2 Notices\n",
                 "99.1 Press release  99.3 Investor presentation\n",
                 "10.1 Stock Option Plan  99.2 Press release\n"):
        assert len(read_entries(line)) == 1, line


@pytest.mark.parametrize(("listing", "first"), [
    ("          99.1  Press release dated August 9, 2005 is\nfiled herewith.\n"
     "          99.2  Transcript of August 9, 2005 webcast.\n", _RELEASE),
    ("          99.1  Press release dated August 9, 2005 was\nfurnished to the Commission on"
     " August 10, 2005.\n          99.2  Transcript of August 9, 2005 webcast.\n",
     "Press release dated August 9, 2005 was furnished to the Commission on August 10, 2005."),
])
def test_sentence_row_whose_verb_ends_its_line(listing: str, first: str) -> None:
    assert _exhibits(listing) == [("99.1", first, 2), ("99.2", _TRANSCRIPT, 3)]


def test_long_rows_read_in_linear_time() -> None:
    rows = ["99.1 Press release" + " Exhibit 99.2 Notes" * 12_000 + "\n",
            "Exhibits 99.1 and 99.2 - Press releases dated " + "May 1, " * 30_000
            + "and May 3, 2004 are filed herewith.\n",
            "99.1 Press release is\n" + "filed is\n" * 25_000]
    for row in rows:
        start = time.process_time()
        read_entries(row)
        assert time.process_time() - start < 5


@pytest.mark.parametrize("listing", [
    "          99.1  Press release dated August 9, 2005 announcing the\n"
    "          3 Year Credit Facility.\n"
    "          99.2  Transcript of August 9, 2005 webcast.\n",
    # (typed flush left, one space after the number)
    "99.1 Press release dated August 9, 2005 announcing the\n3 Year Credit Facility.\n"
    "99.2 Transcript of August 9, 2005 webcast.\n",
])
def test_figure_line_under_a_line_that_runs_on_goes_on(listing: str) -> None:
    assert _exhibits(listing) == [
        ("99.1", "Press release dated August 9, 2005 announcing the 3 Year Credit Facility.", 2),
        ("99.2", _TRANSCRIPT, 3)]


def test_row_of_figures_under_a_complete_line_is_no_part_of_it() -> None:
    assert _exhibits(_LIST + "          15 12% Increase\n") == [
        ("99.1", _RELEASE, 2), ("99.2", _TRANSCRIPT, 3)]
