"""Exhibit rows of round 67b: a number on a line of its own over its indented description, and
citations that do not close the row.

- Pericom Semiconductor's 8-K of April 2005 (a corpus filing) lists "99.1  Press Release issued
  by Pericom Semiconductor Corporation" over "dated April 21, 2005." under Item 9.01. Edited
  into the shape where the number stands on a line of its own ("Exhibit 99.1", "99.1", "Exhibit
  No. 99.1", "Ex. 99.1", "EX-99.1") and the description is indented under it, each is one row
  (before: no entry, or the first only, its stop lost). Not a heading over the release it heads
  (the release's lines are no deeper, or a blank line parts them).
- Pericom's 8-K of 2002 (a corpus filing) closes its 99 row by a bracketed citation. Edited
  into an unbracketed one that goes on to tell how the exhibit was amended ("...,
  incorporated by reference to Exhibit 99 to Registration Statement on Form 8-A, as amended by
  Amendment No. 1."), the amendment's words stay (before: cut with the citation); where they
  cite a filing themselves ("as amended by Amendment No. 1 to Form 8-A/A") they go, as before.
  A citation closing a bracket that other words open ("(as amended, incorporated by reference
  to Exhibit 99 to ...)") is cut, the bracket's words kept and the exhibit filed elsewhere
  (before: the row kept whole, filed here).
"""

from __future__ import annotations

import time

import pytest
from test_ex66_round66 import _CITED_99, _RELEASE, _RIGHTS, PERICOM, _index

from filing2json.parsers.sections.exhibits import read_entries
from support import FILINGS, edited_record, validate

PERICOM_2005 = FILINGS / "8k_2005_pericomsemiconductorco_4.txt"
_ROW = ("99.1         Press Release issued by Pericom Semiconductor Corporation\n"
        "             dated April 21, 2005.")
_DESC = ("Press Release issued by Pericom Semiconductor Corporation\n"
         "             dated April 21, 2005.")
_PRESS = "Press Release issued by Pericom Semiconductor Corporation dated April 21, 2005."
_SLIDES = "Slides presented at the annual meeting."
_HEADING = ("                                                                    Exhibit 99.1\n\n"
            "           PERICOM SEMICONDUCTOR REPORTS FISCAL THIRD QUARTER RESULTS")


def _exhibits(record: dict) -> list[tuple]:
    return [(e["number"], e["description"], e["document"]) for e in record["exhibits"]]


@pytest.mark.parametrize("head", ["Exhibit 99.", "Exhibit No. 99.", "99.", "EXHIBIT 99.",
                                  "Ex. 99.", "EX-99."])
def test_number_on_its_own_line_over_its_description(head: str) -> None:
    rows = f"{head}1\n             {_DESC}\n\n{head}2\n             {_SLIDES}"
    record = validate(edited_record(PERICOM_2005, {_ROW: rows}))
    assert _exhibits(record) == [("99.1", _PRESS, 2), ("99.2", _SLIDES, None)]


def test_number_on_its_own_line_in_a_list_read_alone() -> None:
    rows = f"Exhibit 99.1\n             {_DESC}\nExhibit 99.2\n             {_SLIDES}\n"
    assert read_entries(rows) == [("99.1", _PRESS), ("99.2", _SLIDES)]


@pytest.mark.parametrize(("edit", "expected"), [
    # (the row as filed, number and description on one line)
    ({}, [("99.1", _PRESS, 2)]),
    # (a heading over the release, flush left, the headline indented under it)
    ({_HEADING: "Exhibit 99.1\n           Pericom Semiconductor Reports Fiscal Third Quarter "
                "Results"}, [("99.1", _PRESS, 2)]),
])
def test_number_on_its_own_line_neighbours(edit: dict[str, str], expected: list) -> None:
    assert _exhibits(validate(edited_record(PERICOM_2005, edit))) == expected


def test_no_row_from_a_number_over_a_line_no_deeper() -> None:
    # (flush under it, or a blank line between: a heading, not a row)
    assert read_entries(f"Exhibit 99.1\n{_DESC}\n") == []
    assert read_entries(f"Exhibit 99.1\n\n             {_DESC}\n") == []
    assert read_entries(f"      Exhibit 99.1\n      {_DESC}\n") == []


_UNBRACKETED = (", incorporated by reference to Exhibit 99 to\n         Registration Statement "
                "on Form 8-A")


@pytest.mark.parametrize(("edit", "described"), [
    (f"{_UNBRACKETED}, as amended by Amendment No. 1.",
     f"{_RELEASE}, as amended by Amendment No. 1."),
    (f"{_UNBRACKETED}, as amended and restated by Amendment No. 1 dated May 1, 2003.",
     f"{_RELEASE}, as amended and restated by Amendment No. 1 dated May 1, 2003."),
    # (the amendment's own citation cut too)
    (f"{_UNBRACKETED}, as amended by Amendment No. 1, incorporated by reference to Exhibit "
     "4.2 to Form 8-K.", f"{_RELEASE}, as amended by Amendment No. 1."),
    (f"{_UNBRACKETED}, as amended by Amendment No. 1 (incorporated by reference to Exhibit "
     "4.2 to Form 8-K).", f"{_RELEASE}, as amended by Amendment No. 1."),
])
def test_amendment_after_an_unbracketed_citation_is_kept(edit: str, described: str) -> None:
    elsewhere: set[str] = set()
    entries = read_entries(_index({f" {_CITED_99}": edit}), elsewhere=elsewhere)
    assert entries == [("4", _RIGHTS), ("99", described)]
    assert elsewhere == {"4", "99"}


@pytest.mark.parametrize("edit", [
    # (the amendment cites a filing: the form's, cut with the citation, as before)
    f"{_UNBRACKETED}, as amended by Amendment No. 1 to Form 8-A/A.",
    f"{_UNBRACKETED}, as amended by Amendment No. 1 filed May 1, 2003.",
    f"{_UNBRACKETED}, as amended by Amendment No. 1 thereto.",
    f"{_UNBRACKETED}, as amended by Post-Effective Amendment No. 1.",
    # (no "by": the form as amended, as before)
    f"{_UNBRACKETED}, as amended.",
    f"{_UNBRACKETED} filed by the Registrant dated March 12, 2002.",
])
def test_unbracketed_citation_neighbours(edit: str) -> None:
    elsewhere: set[str] = set()
    entries = read_entries(_index({f" {_CITED_99}": edit}), elsewhere=elsewhere)
    assert entries == [("4", _RIGHTS), ("99", f"{_RELEASE}.")]
    assert elsewhere == {"4", "99"}


_IN_BRACKET = ("incorporated by reference to Exhibit 99 to\n         Registration Statement on "
               "Form 8-A filed by\n         the Registrant dated March 12, 2002")


@pytest.mark.parametrize(("edit", "described"), [
    (f"(as amended, {_IN_BRACKET}).", f"{_RELEASE} (as amended)."),
    (f"[as amended, {_IN_BRACKET}].", f"{_RELEASE} [as amended]."),
    (f"(Series A; {_IN_BRACKET})", f"{_RELEASE} (Series A)"),
    # (the citation's file number after it goes too)
    (f"(as amended, {_IN_BRACKET}) (File No. 0-27026).", f"{_RELEASE} (as amended)."),
    # (the bracket's words cite too: the bracket whole is the citation; round 69b, before:
    # kept whole, filed here)
    (f"(filed as Exhibit 4, {_IN_BRACKET}).", f"{_RELEASE}."),
])
def test_citation_closing_a_bracket_of_other_words_is_cut(edit: str, described: str) -> None:
    elsewhere: set[str] = set()
    entries = read_entries(_index({_CITED_99: edit}), elsewhere=elsewhere)
    assert entries == [("4", _RIGHTS), ("99", described)]
    assert elsewhere == {"4", "99"}


@pytest.mark.parametrize("edit", [
    # (the citation is this filing's: kept whole, as before)
    "(as amended, incorporated by reference to Exhibit 99 hereto).",
])
def test_citation_in_a_bracket_neighbours(edit: str) -> None:
    elsewhere: set[str] = set()
    entries = read_entries(_index({_CITED_99: edit}), elsewhere=elsewhere)
    assert entries == [("4", _RIGHTS), ("99", f"{_RELEASE} {squashed(edit)}")]
    assert elsewhere == {"4"}


def squashed(text: str) -> str:
    """`text` with its line breaks and indentation read as one blank."""
    return " ".join(text.split())


def test_citations_in_the_record() -> None:
    record = validate(edited_record(PERICOM, {
        _CITED_99: f"(as amended, {_IN_BRACKET}).",
        " [Incorporated by\n         reference to Exhibit 4 to Registration Statement on Form "
        "8-A filed by\n         the Registrant dated March 12, 2002]":
        f"{_UNBRACKETED}, as amended by Amendment No. 1"}))
    assert _exhibits(record) == [
        ("4", _RIGHTS[:-1] + ", as amended by Amendment No. 1.", None),
        ("99", f"{_RELEASE} (as amended).", None)]


def test_numbers_above_in_linear_time() -> None:
    worst = ("Exhibit 99.1   \n" + " " * 40 + "\n" + "99.1\n" + "\t" * 30 + "x\n") * 3000
    start = time.process_time()
    read_entries(worst)
    assert time.process_time() - start < 5


def test_amended_after_and_bracket_in_linear_time() -> None:
    row = ("99    Rights Agreement (as amended" + ", as amended by (" * 2000
           + ", incorporated by reference to Exhibit 99 to Form 8-A"
           + ", as amended by Amendment" * 4000 + ".\n")
    start = time.process_time()
    read_entries(row * 2)
    assert time.process_time() - start < 5
