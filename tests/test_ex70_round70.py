"""Exhibit rows of round 70: the words that say this filing holds the exhibit ("Attached
hereto."), bare words of incorporation ("Incorporated by reference."), an "Incorporated by
Reference" table's row whose description cell is empty, and a description wrapped into the
table's next row onto a quote.

- Oracle's 8-K of July 2019 (a corpus filing) lists "99.1 | Press Release - Oracle Names Rona
  Fairhead to the Board of Directors, dated July 10, 2019" in an HTML table under Item 9.01.
  Closed by a sentence, a bracket or a comma's words saying where the exhibit sits, filed here
  ("Attached hereto.", "Filed with this report.", "Enclosed herewith.", "(attached hereto)"),
  those words are cut as "Filed herewith." is (before: kept in the description). Wrapped into
  the table's next row, its number cell empty, onto a title's quote ("..., titled" over
  "\u201cOracle Names ...\u201d"), the quote's row is part of the description (before: lost).
- PerkinElmer's 10-K405 for 2000 lists "4.4  Form of Supplemental Indenture, ..., as Trustee,
  was filed with the Commission on August 4, 2000 as Exhibit 4.1 to the Company's Report on
  Form 8-K, and is incorporated herein by reference." Closed instead by the bare words
  ("Trustee. Incorporated by reference.", "Trustee, incorporated herein by reference."), they
  are cut and the exhibit is filed elsewhere, as their bracket "(incorporated by reference)"
  already was (before: kept, filed here); a row naming portions of a report this one takes in
  keeps them, filed here, as its bracket does.
- Acurx's S-1 of 2023 prints its index as a table ("1.1 | Form of Placement Agent Agreement
  ... | 8-K (Exhibit 1.1) | May 17, 2023 | 001-40536"); Page America's S-3/A of 1995, typed as
  an "Incorporated by Reference" table (round 69b). A row whose description cell is empty has
  no description (null) and is filed elsewhere (before: the form's cell, "Form 10", or "Form 10
  33-88960 5 March 1, 1995", read as its description; a form led by a figure, "8-K (Exhibit
  1.1)" or "10-K", lost the row).
"""

from __future__ import annotations

import time

import pytest
from test_ex69_round69 import _FILED_44, _RIGHTS, _SENIOR, _SUPPLEMENTAL, PERKINELMER
from test_ex69b_round69 import _OPINION, _OPINION_ROW, _TABLE_HEAD, _typed_row

from filing2json.parsers.sections.exhibits import read_entries
from filing2json.parsers.text import html_to_text
from support import FILINGS, edited_record, validate

ORACLE = FILINGS / "8k_2019_oraclecorp_1.txt"
ACURX = FILINGS / "s1_2023_acurxpharmaceuticalsin_1.txt"
PAGE_AMERICA = FILINGS / "s3a_1995_pageamericagroupinc_1.txt"

# Oracle's Item 9.01 row: its description's end as filed, and the description
_ORACLE_END = "July&nbsp;10, 2019 </A>"
_RELEASE = ("Press Release \u2013 Oracle Names Rona Fairhead to the Board of Directors, dated July "
            "10, 2019")


def _oracle(tail: str) -> list[tuple]:
    record = validate(edited_record(ORACLE, {_ORACLE_END: f"July&nbsp;10, 2019{tail}</A>"}))
    return [(e["number"], e["description"], e["document"]) for e in record["exhibits"]]


@pytest.mark.parametrize(("tail", "described"), [
    (". Attached hereto.", "."),
    (".  Attached hereto.", "."),
    (". Filed with this report.", "."),
    (". Furnished with this Current Report on Form 8-K.", "."),
    (". Enclosed herewith.", "."),
    (". Attached hereto as Exhibit 99.1.", "."),
    (" (attached hereto)", ""),
    (" (Filed with this Report).", "."),
    (", enclosed herewith", ""),
    (" - filed with this report", ""),
    ("; attached hereto.", "."),
    (". Included herein.", "."),
    (" (filed herein)", ""),
])
def test_filed_here_words_are_cut(tail: str, described: str) -> None:
    assert _oracle(tail) == [("99.1", _RELEASE + described, 2)]


@pytest.mark.parametrize(("tail", "described"), [
    # (as before: "Filed herewith." and "Included herewith." cut)
    (". Filed herewith.", "."),
    (". Included herewith.", "."),
    # (as before: words that name what the exhibit holds, no separator before them)
    (", with the schedules attached hereto.", ", with the schedules attached hereto."),
    # (as before: another document's place, inside a bracket that goes on)
    (" (included as Exhibit B to the Agreement, filed herewith as Exhibit 10.1).",
     " (included as Exhibit B to the Agreement, filed herewith as Exhibit 10.1)."),
    # (as before: "Attached." alone says no more than the heading does)
    (". Attached.", ". Attached."),
])
def test_filed_here_words_neighbours(tail: str, described: str) -> None:
    assert _oracle(tail) == [("99.1", _RELEASE + described, 2)]


# Oracle's Item 9.01 row's description cell, as filed
_ORACLE_CELL = ('<TD VALIGN="top"><A HREF="d776427dex991.htm">Press Release &#150; Oracle Names '
                'Rona Fairhead to the Board of Directors, dated July&nbsp;10, 2019 </A></TD></TR>')


def _oracle_two_rows(first: str, second: str) -> list[tuple]:
    """Oracle's rows, its description wrapped into the table's next row (no number there)."""
    cells = (f'<TD VALIGN="top"><A HREF="d776427dex991.htm">{first}</A></TD></TR>\n'
             f'<TR><TD></TD><TD></TD><TD VALIGN="top">{second}</TD></TR>')
    record = validate(edited_record(ORACLE, {_ORACLE_CELL: cells}))
    return [(e["number"], e["description"], e["document"]) for e in record["exhibits"]]


def test_row_wrapped_onto_a_quote() -> None:
    assert _oracle_two_rows("Press Release, dated July&nbsp;10, 2019, titled",
                            "&#147;Oracle Names Rona Fairhead to the Board of Directors&#148;") \
        == [("99.1", "Press Release, dated July 10, 2019, titled \u201cOracle Names Rona "
                     "Fairhead to the Board of Directors\u201d", 2)]


@pytest.mark.parametrize(("first", "second", "described"), [
    # (as before: a word, an amount; a quote under a description closed by its stop)
    ("Press Release &#150; Oracle Names Rona Fairhead to the Board of",
     "Directors, dated July&nbsp;10, 2019", _RELEASE),
    ("Press Release of Oracle Corporation dated", "$1,000,000 Note",
     "Press Release of Oracle Corporation dated $1,000,000 Note"),
    ("Press Release dated July&nbsp;10, 2019.", "&#147;Oracle Names Rona Fairhead&#148;",
     "Press Release dated July 10, 2019."),
])
def test_row_wrapped_neighbours(first: str, second: str, described: str) -> None:
    assert _oracle_two_rows(first, second) == [("99.1", described, 2)]


# PerkinElmer's Item 14 list: its 21 row as filed
_ROW_21 = (" 21      Subsidiaries of the Registrant is attached hereto as Exhibit\n"
           "         21.")


def _perkinelmer(edit: dict[str, str]) -> list[tuple]:
    record = validate(edited_record(PERKINELMER, edit))
    return [(e["number"], e["description"], e["document"]) for e in record["exhibits"]]


def _perkinelmer_row(edit: dict[str, str], number: str) -> tuple:
    """(number, description, document) of the record's exhibit `number`."""
    (row,) = [row for row in _perkinelmer(edit) if row[0] == number]
    return row


def _perkinelmer_elsewhere(edit: dict[str, str]) -> set[str]:
    """The numbers Item 14's list (edited) says are filed elsewhere."""
    text = PERKINELMER.read_text(encoding="latin-1")
    for old, new in edit.items():
        assert old in text
        text = text.replace(old, new, 1)
    start = text.index("3.  EXHIBITS")
    elsewhere: set[str] = set()
    read_entries(text[start : text.index("* This exhibit is", start)], elsewhere=elsewhere)
    return elsewhere


_BARE_TAILS = [
    "         Trustee. Incorporated by reference.",
    "         Trustee.  Incorporated herein by reference.",
    "         Trustee. Incorporated by\n         reference.",
    "         Trustee, incorporated herein by reference.",
    "         Trustee - incorporated by reference.",
    "         Trustee; herein incorporated by reference.",
]


@pytest.mark.parametrize("tail", _BARE_TAILS)
def test_bare_reference_is_cut(tail: str) -> None:
    assert _perkinelmer({_FILED_44: tail})[5:8] == [
        ("4.3", _SENIOR, None), ("4.4", _SUPPLEMENTAL + ".", None), ("4.5", _RIGHTS, None)]


@pytest.mark.parametrize("tail", _BARE_TAILS)
def test_bare_reference_files_elsewhere(tail: str) -> None:
    elsewhere = _perkinelmer_elsewhere({_FILED_44: tail})
    assert "4.4" in elsewhere and "21" not in elsewhere


def test_bare_reference_one_word_row() -> None:
    row = " 21      Subsidiaries. Incorporated by reference."
    assert _perkinelmer_row({_ROW_21: row}, "21") == ("21", "Subsidiaries.", None)
    assert "21" in _perkinelmer_elsewhere({_ROW_21: row})


@pytest.mark.parametrize(("row", "described"), [
    # (as before: a report's portions this one takes in, filed here, bracketed or not)
    (" 13      Portions of the 2000 Annual Report to Stockholders. Incorporated\n"
     "         herein by reference.",
     "Portions of the 2000 Annual Report to Stockholders. Incorporated herein by reference."),
    (" 13      Portions of the 2000 Annual Report to Stockholders (incorporated\n"
     "         herein by reference).",
     "Portions of the 2000 Annual Report to Stockholders (incorporated herein by reference)."),
    # (as before: taken into this report, "into Part II")
    (" 21      Subsidiaries of the Registrant, incorporated by reference into Part I.",
     "Subsidiaries of the Registrant, incorporated by reference into Part I."),
])
def test_bare_reference_neighbours(row: str, described: str) -> None:
    number = row.split()[0]
    assert _perkinelmer_row({_ROW_21: row}, number) == (number, described, None)
    assert number not in _perkinelmer_elsewhere({_ROW_21: row})


def test_bare_reference_bracket_as_before() -> None:
    # (as before: the bracket cut, and the citing bracket before it)
    tail = ("         Trustee (incorporated by reference to Exhibit 4.1 to Form 8-K), as\n"
            "         amended (incorporated by reference).")
    assert _perkinelmer({_FILED_44: tail})[6] == ("4.4", _SUPPLEMENTAL + ", as amended.", None)
    assert "4.4" in _perkinelmer_elsewhere({_FILED_44: tail})


# Acurx's index row 1.1: its description cell and its form cell as filed
_ACURX_DESCRIPTION = ('<FONT STYLE="font-family: Times New Roman, Times, Serif; font-size: 10pt">'
                      "Form\n    of Placement Agent Agreement, dated as of May 16, 2023, by and "
                      "among the Registrant and Maxim Group LLC</FONT>")
_ACURX_FORM = "8-K<BR>\n    (Exhibit 1.1)"
_ACURX_31 = ("3.1", "Certificate of Incorporation of Acurx Pharmaceuticals, Inc.", None)


@pytest.mark.parametrize("form", [_ACURX_FORM, "Form 10", "N-2", "10-K", "S-1/A"])
def test_empty_description_cell_rendered(form: str) -> None:
    record = validate(edited_record(ACURX, {_ACURX_DESCRIPTION: "",
                                            _ACURX_FORM: form}))
    rows = [(e["number"], e["description"], e["document"]) for e in record["exhibits"]]
    assert rows[:2] == [("1.1", None, None), _ACURX_31]


def test_empty_description_cell_rendered_files_elsewhere() -> None:
    text = ACURX.read_text(encoding="latin-1").replace(_ACURX_DESCRIPTION, "", 1)
    start = text.index("<TABLE", text.index("EXHIBIT&nbsp;INDEX"))
    elsewhere: set[str] = set()
    entries = read_entries(html_to_text(text[start : text.index("</TABLE>", start) + 8]),
                           elsewhere=elsewhere)
    assert entries[:2] == [("1.1", ""), _ACURX_31[:2]]
    assert "1.1" in elsewhere and "5.1" not in elsewhere


def _page_america(table: str) -> list[tuple]:
    record = validate(edited_record(PAGE_AMERICA, {"Item 16.  EXHIBITS\n\n" + _OPINION_ROW:
                                                   "Item 16.  EXHIBITS\n\n" + table}))
    return [(e["number"], e["description"], e["document"]) for e in record["exhibits"]]


_PAGE_AMERICA_23A = ("23(a)", "Consent of Stroock & Stroock & Lavan (contained in Exhibit 5).",
                     None)


@pytest.mark.parametrize("row", [
    *(_typed_row("5.", "", form, "33-88960", "5", "March 1, 1995")
      for form in ("Form 10", "S-3", "10-K", "N-2", "DEF 14A")),
    # (the form's cell naming the cited exhibit; a filing date alone after it)
    f"5.      {'':<44}8-K (Exhibit 5)  33-88960    March 1, 1995",
    f"5.      {'':<44}10-Q          March 1, 1995",
])
def test_empty_description_cell_typed(row: str) -> None:
    assert _page_america(_TABLE_HEAD + row)[:2] == [("5", None, None), _PAGE_AMERICA_23A]


def test_empty_description_cell_typed_files_elsewhere() -> None:
    table = (_TABLE_HEAD + _typed_row("5.", "", "Form 10", "33-88960", "5", "March 1, 1995")
             + "\n" + _typed_row("23(b).", "Consent of Ernst & Young LLP.") + " " * 40 + "X")
    elsewhere: set[str] = set()
    assert read_entries(table, elsewhere=elsewhere) == [
        ("5", ""), ("23(b)", "Consent of Ernst & Young LLP.")]
    assert elsewhere == {"5"}


@pytest.mark.parametrize(("row", "entries"), [
    # (as before: a description cell with words, its form's column cut)
    (_typed_row("5.", _OPINION, "Form 10", "33-88960", "5", "March 1, 1995"),
     [("5", _OPINION)]),
    # (as before: a figure's row, no form, no citation: no entry)
    ("5.      10-K          1995    400", []),
    # (as before: capitals that are no form's, then no citing cell)
    ("99.1\tFAQ\tpage 3", [("99.1", "FAQ")]),
])
def test_empty_description_cell_neighbours(row: str, entries: list[tuple]) -> None:
    assert read_entries(row + "\n") == entries


def test_new_patterns_in_linear_time() -> None:
    worst = ("5.     Opinion. Attached" + " hereto" * 30000 + ".\n"
             "5.1    Opinion" + ", incorporated by" * 10000 + " reference.\n"
             "5.2    10-K" + " " * 60000 + "\t" * 30000 + "x\n"
             "5.3    Form 10 (Exhibit " + "1" * 40000 + "\n"
             + "5.4    N-2  1-2345" * 5000 + "\n")
    start = time.process_time()
    read_entries(worst, elsewhere=set())
    validate(edited_record(ORACLE, {_ORACLE_END: "July&nbsp;10, 2019" + ". Attached" * 20000
                                    + " with this" * 20000 + "</A>"}))
    assert time.process_time() - start < 5
