"""Exhibit indexes of round 62b: a spacer cell holding a bullet or a point, and the number
column of an "Incorporated by Reference" table.

- Stockwalk Group's 2001 8-K (a corpus filing) prints its EXHIBIT INDEX as an HTML table,
  rows 99.1-99.4 ("99.1" / "Transfer Agreement"). Edited so a spacer cell between number and
  description holds a bullet ("&#8226;", "&middot;") or a lone "." as some filers' tables do,
  the list is read as filed; so too when the rows stand two exhibits side by side, or stack
  two numbers and two descriptions in one row with <br>s.
- Asta Funding's 2005 8-K of October 5 (a corpus filing) types "  99.1       Press Release
  dated October 5, 2005" under "Exhibit" / "No.   Description". Edited to list, above it,
  the loan agreement Asta filed with its 8-K of May 19, 2004 (8k_2004_astafundinginc_4:
  "10.17 Third Amended Loan and Security Agreement dated May 11, 2004 ..."), with the
  columns a 10-K's index types for an exhibit incorporated by reference: the number it was
  filed as, then the filing ("10.17    Form 8-K filed May 19, 2004", wrapped within its
  column or not). The reference is no part of the description; the record holds no other
  filing's number, and the exhibit is one no document of this filing holds.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from test_ex62_round62 import (
    _FOUR,
    _ORDER,
    _PURCHASE_CELL,
    _RELEASE_CELL,
    _TRANSFER,
    STOCKWALK,
    _entries,
    _row,
    _stockwalk_rows,
)

from filing2json.parsers import parse
from filing2json.parsers.sections.exhibits import read_entries
from support import FILINGS, validate

ASTA = FILINGS / "8k_2005_astafundinginc_7.txt"
_CELLS = [("99.1", _TRANSFER), ("99.2", _ORDER), ("99.3", _PURCHASE_CELL), ("99.4", _RELEASE_CELL)]


def _record(path: Path, edit=None) -> dict:
    data = path.read_bytes().decode("latin-1")
    if edit is not None:
        data = edit(data)
    return validate(parse(data.encode("latin-1"), path.name))


@pytest.mark.parametrize("spacer", ["&#8226;", "&middot;", ".", "&#8226;&nbsp;"])
def test_html_spacer_cell_with_a_bullet_or_point(spacer: str) -> None:
    rows = "".join(_row(number, spacer, cell) for number, cell in _CELLS)
    assert _entries(STOCKWALK, _stockwalk_rows(rows)) == _FOUR


def test_html_spacer_bullets_in_two_exhibit_columns() -> None:
    (n1, d1), (n2, d2), (n3, d3), (n4, d4) = _CELLS
    rows = (_row(n1, "&#8226;", d1, "&nbsp;", n3, "&#8226;", d3)
            + _row(n2, "&#8226;", d2, "&nbsp;", n4, "&#8226;", d4))
    assert _entries(STOCKWALK, _stockwalk_rows(rows)) == _FOUR


def test_html_spacer_bullet_in_a_stacked_row() -> None:
    rows = _row("99.1<br>99.2", "&#8226;", "Transfer Agreement.<br>" + _ORDER)
    assert _entries(STOCKWALK, _stockwalk_rows(rows)) == [("99.1", "Transfer Agreement."),
                                                          ("99.2", _ORDER)]


_ASTA_ROW = "  99.1       Press Release dated October 5, 2005\n"
_LOAN = "Third Amended Loan and Security Agreement dated May 11, 2004"


@pytest.mark.parametrize("rows", [
    "  10.17      Third Amended Loan and Security Agreement dated May 11, 2004   10.17   "
    "Form 8-K filed May 19, 2004\n",
    # (both columns wrapped within themselves)
    "  10.17      Third Amended Loan and Security       10.17    Form 8-K filed\n"
    "             Agreement dated May 11, 2004                   May 19, 2004\n",
    # (the filing named in words)
    "  10.17      Third Amended Loan and Security       10.17    Current Report on\n"
    "             Agreement dated May 11, 2004                   Form 8-K filed May 19, 2004\n",
])
def test_text_reference_number_column_is_no_description(rows: str) -> None:
    def edit(data: str) -> str:
        assert _ASTA_ROW in data
        return data.replace(_ASTA_ROW, rows + _ASTA_ROW)
    exhibits = _record(ASTA, edit)["exhibits"]
    assert [(e["number"], e["description"], e["document"]) for e in exhibits] == [
        ("10.17", _LOAN, None), ("99.1", "Press Release dated October 5, 2005", 2)]


def test_text_reference_number_column_says_filed_elsewhere() -> None:
    """The task's own row: the referenced exhibit's number in its own column, then the
    filing; both rows are filed elsewhere. A second exhibit column whose description opens
    "Form of" is no reference."""
    text = ("99.1  Press release   99.1   Form 8-K filed May 1, 2004\n"
            "99.2  Investor presentation   99.2   Form 8-K filed May 1, 2004\n")
    elsewhere: set[str] = set()
    assert read_entries(text, elsewhere=elsewhere) == [
        ("99.1", "Press release"), ("99.2", "Investor presentation")]
    assert elsewhere == {"99.1", "99.2"}
    text = "10.1     Credit Agreement      10.3     Form of Pledge Agreement\n"
    assert read_entries(text, elsewhere=(elsewhere := set())) != [("10.1", "Credit Agreement")]
    assert not elsewhere


@pytest.mark.parametrize("text", [
    "99.1\t" + "\u2022\t" * 100_000 + "x",
    "99.1  Press release" + "  10.1  " * 25_000 + "Form\n",
    "99.1  Press release" + "   99.1   Form 8-K" * 10_000 + "\n",
])
def test_pathological_rows_parse_fast(text: str) -> None:
    began = time.process_time()
    read_entries(text)
    assert time.process_time() - began < 5
