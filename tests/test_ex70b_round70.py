"""Exhibit rows of round 70b: words that say this filing holds the exhibit on the table's next
row, with no stop before them, and "Incorporated by Reference" rows whose description cell is
empty, the cited exhibit's column before the form's, or the form's cell alone.

- Oracle's 8-K of July 2019 (a corpus filing) lists "99.1 | Press Release - Oracle Names Rona
  Fairhead to the Board of Directors, dated July 10, 2019" in an HTML table under Item 9.01.
  Wrapped onto the table's next row as a sentence of its own ("... dated July 10, 2019" over
  "Attached hereto."), the words saying where the exhibit sits are cut as they are after a
  stop, their stop kept (before: kept in the description).
- Page America's S-3/A of 1995, typed as an "Incorporated by Reference" table (round 69b),
  whose columns run Exhibit Number, Description, Exhibit, Form, File No., Filing Date: a row
  with an empty description cell ("5.  <empty>  5  Form 10  33-88960  March 1, 1995") has no
  description (null) and is filed elsewhere (before: no entry).
- Acurx's S-1 of 2023 prints its index as a table ("1.1 | Form of Placement Agent Agreement
  ... | 8-K (Exhibit 1.1) | May 17, 2023 | 001-40536"): a row whose description cell is empty
  and whose form's cell, led by a figure or by "Form", is its only other cell ("1.1 | 8-K
  (Exhibit 1.1)") has no description (null) and is filed elsewhere (before: lost, or the
  form's cell read as its description).
"""

from __future__ import annotations

import time

import pytest
from test_ex69b_round69 import _OPINION, _OPINION_ROW, _typed_row
from test_ex70_round70 import _ACURX_31, _ACURX_DESCRIPTION, _ACURX_FORM, _PAGE_AMERICA_23A

from filing2json.parsers.sections.exhibits import read_entries
from support import FILINGS, edited_record, validate

ORACLE = FILINGS / "8k_2019_oraclecorp_1.txt"
ACURX = FILINGS / "s1_2023_acurxpharmaceuticalsin_1.txt"
PAGE_AMERICA = FILINGS / "s3a_1995_pageamericagroupinc_1.txt"

# Oracle's Item 9.01 row's description cell, as filed, and its description
_ORACLE_CELL = ('<TD VALIGN="top"><A HREF="d776427dex991.htm">Press Release &#150; Oracle Names '
                'Rona Fairhead to the Board of Directors, dated July&nbsp;10, 2019 </A></TD></TR>')
_RELEASE = ("Press Release \u2013 Oracle Names Rona Fairhead to the Board of Directors, dated July "
            "10, 2019")
_ORACLE_FIRST = ("Press Release &#150; Oracle Names Rona Fairhead to the Board of Directors, "
                 "dated July&nbsp;10, 2019")


def _oracle_two_rows(second: str, first: str = _ORACLE_FIRST) -> list[tuple]:
    """Oracle's rows, its description wrapped into the table's next row (no number there)."""
    cells = (f'<TD VALIGN="top"><A HREF="d776427dex991.htm">{first}</A></TD></TR>\n'
             f'<TR><TD></TD><TD></TD><TD VALIGN="top">{second}</TD></TR>')
    record = validate(edited_record(ORACLE, {_ORACLE_CELL: cells}))
    return [(e["number"], e["description"], e["document"]) for e in record["exhibits"]]


@pytest.mark.parametrize("second", [
    "Attached hereto.",
    "Filed with this report.",
    "Enclosed herewith.",
    "Furnished with this Current Report on Form 8-K.",
    "Attached hereto as Exhibit 99.1.",
    "Included herein.",
])
def test_filed_here_words_on_the_next_row_are_cut(second: str) -> None:
    assert _oracle_two_rows(second) == [("99.1", _RELEASE + ".", 2)]


@pytest.mark.parametrize(("second", "described"), [
    # (as before: a stop before them)
    ("Attached hereto.", _RELEASE + "."),
    # (as before: words that name what the exhibit holds, in lower case or in title case)
    ("with the schedules attached hereto.", _RELEASE + " with the schedules attached hereto."),
    ("Attached Hereto as Annex A", _RELEASE + " Attached Hereto as Annex A"),
])
def test_filed_here_words_on_the_next_row_neighbours(second: str, described: str) -> None:
    first = _ORACLE_FIRST + ("." if second == "Attached hereto." else "")
    assert _oracle_two_rows(second, first) == [("99.1", described, 2)]


def _page_america(table: str) -> list[tuple]:
    record = validate(edited_record(PAGE_AMERICA, {"Item 16.  EXHIBITS\n\n" + _OPINION_ROW:
                                                   "Item 16.  EXHIBITS\n\n" + table}))
    return [(e["number"], e["description"], e["document"]) for e in record["exhibits"]]


# Page America's table, its columns as the filers that cite the exhibit before the form print
_HEAD_EXHIBIT_FIRST = (
    "                                                      Incorporated by Reference\n"
    "Exhibit                                                                    "
    "                  Filed\n"
    "Number  Description                                 Exhibit       Form        "
    "File No.  Filing Date  Herewith\n")


@pytest.mark.parametrize("cited", [
    ("5", "Form 10", "33-88960", "March 1, 1995"),
    ("5.1", "S-3", "33-88960", "March 1, 1995"),
    ("5(a)", "10-K", "1-12345", "3/1/1995"),
    ("5", "8-K", "33-88960"),
])
def test_empty_description_cell_exhibit_before_form(cited: tuple[str, ...]) -> None:
    row = _typed_row("5.", "", *cited)
    assert _page_america(_HEAD_EXHIBIT_FIRST + row)[:2] == [("5", None, None), _PAGE_AMERICA_23A]


def test_empty_description_cell_exhibit_before_form_files_elsewhere() -> None:
    table = (_HEAD_EXHIBIT_FIRST + _typed_row("5.", "", "5", "Form 10", "33-88960",
                                              "March 1, 1995")
             + "\n" + _typed_row("23(b).", "Consent of Ernst & Young LLP."))
    elsewhere: set[str] = set()
    assert read_entries(table, elsewhere=elsewhere) == [
        ("5", ""), ("23(b)", "Consent of Ernst & Young LLP.")]
    assert elsewhere == {"5"}


@pytest.mark.parametrize(("row", "entries"), [
    # (as before: a description cell with words, the cited exhibit's and form's columns cut)
    (_typed_row("5.", _OPINION, "5", "Form 10", "33-88960", "March 1, 1995"),
     [("5", _OPINION)]),
    # (as before: figures only, no form, no citation: no entry)
    ("5.      5             1995    400", []),
    ("5.      5       10-K  1995    400", []),
])
def test_exhibit_before_form_neighbours(row: str, entries: list[tuple]) -> None:
    assert read_entries(row + "\n") == entries


@pytest.mark.parametrize("form", ["8-K<BR>\n    (Exhibit 1.1)", "10-K (Exhibit 1.1)",
                                  "8-K/A (Exhibit 1.1)", "Form 10 (Exhibit 1.1)"])
def test_form_cell_alone(form: str) -> None:
    table = ACURX.read_text(encoding="latin-1")
    row_start = table.index(_ACURX_DESCRIPTION)
    row_end = table.index("</TR>", row_start)
    # (the row's description emptied, the form's cell its last: no file number, no date)
    tail = table[table.index(_ACURX_FORM, row_start) + len(_ACURX_FORM) : row_end]
    record = validate(edited_record(ACURX, {_ACURX_DESCRIPTION: "", _ACURX_FORM: form,
                                            tail: "</TD>"}))
    rows = [(e["number"], e["description"], e["document"]) for e in record["exhibits"]]
    assert rows[:2] == [("1.1", None, None), _ACURX_31]


@pytest.mark.parametrize(("row", "entries", "cited"), [
    ("1.1\t8-K (Exhibit 1.1)", [("1.1", "")], {"1.1"}),
    ("1.1\tForm 10 (Exhibit 5)", [("1.1", "")], {"1.1"}),
    # (as before: words in the description cell)
    ("1.1\tFAQ (Exhibit A)", [("1.1", "FAQ (Exhibit A)")], set()),
    ("1.1\tAgreement (Exhibit 1.1)", [("1.1", "Agreement (Exhibit 1.1)")], set()),
    # (as before: more after the form's bracket than a citation's columns: lost)
    ("1.1\t8-K (Exhibit 1.1) and 8-K (Exhibit 1.2)", [], set()),
])
def test_form_cell_alone_rows(row: str, entries: list[tuple], cited: set[str]) -> None:
    elsewhere: set[str] = set()
    assert read_entries(row + "\n", elsewhere=elsewhere) == entries
    assert elsewhere == cited


def test_new_patterns_in_linear_time() -> None:
    worst = ("5.     5" + " " * 60000 + "\t" * 30000 + "Form 10 x\n"
             "5.1    8-K (Exhibit " + "1" * 40000 + "\n"
             + "5.2    5.1  Form 10 (Exhibit 1)  x" * 3000 + "\n")
    start = time.process_time()
    read_entries(worst, elsewhere=set())
    validate(edited_record(ORACLE, {_ORACLE_CELL: "Press Release" + " Attached" * 20000
                                    + " with this" * 20000 + "</A></TD></TR>"}))
    assert time.process_time() - start < 5
