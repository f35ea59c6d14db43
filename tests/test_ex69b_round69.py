"""Exhibit rows of round 69b: an ordinal amendment inside a citing bracket, rows closing on
where the exhibit sits ("To be filed by amendment."), and "Incorporated by Reference" tables
whose Form column names a form the index's other rules do not know.

- PerkinElmer's 10-K405 for 2000 (a corpus filing) lists "4.4  Form of Supplemental Indenture,
  ... as Trustee, was filed with the Commission on August 4, 2000 as Exhibit 4.1 to the
  Company's Report on Form 8-K, and is incorporated herein by reference." Edited into a row
  whose citing bracket opens with the amendment ("(as amended by the First Supplemental
  Indenture thereto, incorporated by reference to ...)"), the amendment stays as round 69
  kept it outside brackets (before: the row kept whole, filed here); a "filed as" participle
  after the comma keeps the bracket's close (before: lost); a bracket whose own words cite
  ("Amendment No. 1 thereto", the form's) is cut whole (before: the row kept whole).
- Page America's S-3/A of 1995 lists "*5.  Opinion of Stroock & Stroock & Lavan." under Item
  16. Closing on a sentence that says where the exhibit sits ("To be filed by amendment.",
  "Previously furnished.", "Filed previously."), the words are cut, the exhibit filed
  elsewhere (before: kept, filed here); its legend "* To be filed by amendment" files it
  elsewhere too. Typed as an "Incorporated by Reference" table whose Form column names "Form
  10", "N-2", "SC TO-T" ..., the citation's columns are no part of the description (before:
  "Opinion of ... Form 10 0-27505 5 June 1, 1995").
- Acurx's S-1 of 2023 prints its index as a table: "1.1 | Form of Placement Agent Agreement
  ... | (Filed Herewith) | 8-K (Exhibit 1.1) | May 17, 2023 | 001-40536". A form cell that
  names a form the rules do not know ("N-2 (Exhibit 1.1)") still files the row elsewhere by
  its file number's or filing date's cell (before: filed here); an "X" in Filed Herewith
  stays here.
"""

from __future__ import annotations

import time

import pytest
from test_ex69_round69 import _FILED_44, _RIGHTS, _SENIOR, _SUPPLEMENTAL, PERKINELMER

from filing2json.parsers.sections.exhibits import read_entries
from filing2json.parsers.text import html_to_text
from support import FILINGS, edited_record, validate

PAGE_AMERICA = FILINGS / "s3a_1995_pageamericagroupinc_1.txt"
ACURX = FILINGS / "s1_2023_acurxpharmaceuticalsin_1.txt"

# PerkinElmer's Item 14 list: its 4.4 row's tail as filed and its rows (round 69's)
_CITED = ("incorporated by reference to Exhibit 4.1 to the\n"
          "         Company's Report on Form 8-K")


def _perkinelmer_rows(tail: str) -> list[tuple]:
    """(number, description, document) of the Item 14 list's rows 4.3 to 4.5, the 4.4 row's
    tail replaced by `tail`."""
    record = validate(edited_record(PERKINELMER, {_FILED_44: tail}))
    return [(e["number"], e["description"], e["document"]) for e in record["exhibits"][5:8]]


def _perkinelmer_index(tail: str) -> str:
    """Item 14's exhibit list, the 4.4 row's tail replaced by `tail`."""
    text = PERKINELMER.read_text(encoding="latin-1").replace(_FILED_44, tail, 1)
    start = text.index("3.  EXHIBITS")
    return text[start : text.index("</TABLE>", start)]


@pytest.mark.parametrize(("tail", "described"), [
    (f"         Trustee (as amended by the First Supplemental Indenture thereto,\n"
     f"         {_CITED}).", " (as amended by the First Supplemental Indenture thereto)."),
    (f"         Trustee [as amended by the Second Amendment thereto, {_CITED}].",
     " [as amended by the Second Amendment thereto]."),
    (f"         Trustee (as amended by the First Supplemental Indenture thereto,\n"
     f"         {_CITED}) (File No. 1-5075).",
     " (as amended by the First Supplemental Indenture thereto)."),
    # (a "filed as" participle after the comma: the bracket's close kept)
    ("         Trustee (as amended by the First Supplemental Indenture thereto,\n"
     "         filed as Exhibit 4.1 to the Company's Report on Form 8-K).",
     " (as amended by the First Supplemental Indenture thereto)."),
    ("         Trustee (as amended, filed as Exhibit 4.1 to the Company's Report\n"
     "         on Form 8-K).", " (as amended)."),
    # (the bracket's own words cite: the form's amendment, the bracket cut whole)
    (f"         Trustee (as amended by Amendment No. 1 thereto, {_CITED}).", "."),
    (f"         Trustee (as amended by Amendment No. 1 to Form 8-K/A, {_CITED}).", "."),
])
def test_amendment_in_a_citing_bracket(tail: str, described: str) -> None:
    assert _perkinelmer_rows(tail) == [("4.3", _SENIOR, None),
                                       ("4.4", _SUPPLEMENTAL + described, None),
                                       ("4.5", _RIGHTS, None)]


@pytest.mark.parametrize("tail", [
    f"         Trustee (as amended by the First Supplemental Indenture thereto,\n"
    f"         {_CITED}).",
    f"         Trustee (as amended by Amendment No. 1 thereto, {_CITED}).",
])
def test_amendment_in_a_citing_bracket_is_filed_elsewhere(tail: str) -> None:
    elsewhere: set[str] = set()
    read_entries(_perkinelmer_index(tail), elsewhere=elsewhere)
    assert "4.4" in elsewhere and "4.5" not in elsewhere


@pytest.mark.parametrize(("tail", "described"), [
    # (as before: words that cite nothing before the citation kept, the citation cut)
    (f"         Trustee (as amended, {_CITED}).", " (as amended)."),
    # (as before: the citation is this filing's, the row kept whole)
    ("         Trustee (as amended by the First Supplemental Indenture thereto,\n"
     "         incorporated by reference to Exhibit 4.6 hereto).",
     " (as amended by the First Supplemental Indenture thereto, incorporated by reference to "
     "Exhibit 4.6 hereto)."),
    # (as before, round 69: outside a bracket)
    (f"         Trustee, {_CITED}, as supplemented by the First Supplemental\n"
     "         Indenture thereto.", ", as supplemented by the First Supplemental Indenture "
     "thereto."),
])
def test_amendment_in_a_bracket_neighbours(tail: str, described: str) -> None:
    assert _perkinelmer_rows(tail) == [("4.3", _SENIOR, None),
                                       ("4.4", _SUPPLEMENTAL + described, None),
                                       ("4.5", _RIGHTS, None)]


# Page America's Item 16 list, its first row and its legend as filed
_OPINION_ROW = "      *5.     Opinion of Stroock & Stroock & Lavan."
_LEGEND = "*   Previously filed"
_OPINION = "Opinion of Stroock & Stroock & Lavan."
_PAGE_AMERICA_REST = [
    ("23(a)", "Consent of Stroock & Stroock & Lavan (contained in Exhibit 5).", None),
    ("23(b)", "Consent of Ernst & Young LLP.", 2),
    ("24", "Power of Attorney (included on signature page)", None)]


def _page_america(edit: dict[str, str]) -> list[tuple]:
    record = validate(edited_record(PAGE_AMERICA, edit))
    return [(e["number"], e["description"], e["document"]) for e in record["exhibits"]]


def _item_16(edit: dict[str, str]) -> str:
    text = PAGE_AMERICA.read_text(encoding="latin-1")
    for old, new in edit.items():
        text = text.replace(old, new, 1)
    start = text.index("Item 16.  EXHIBITS")
    return text[start : text.index("Item 17.", start)]


_PLACED_TAILS = [
    " To be filed by amendment.",
    " To be filed by amendment, if applicable.",
    " To be filed by amendment or as an exhibit to a Current Report on Form 8-K.",
    " Previously furnished.",
    " Filed previously.",
]


@pytest.mark.parametrize("tail", [
    *_PLACED_TAILS,
    # (unbracketed after a dash, bracketed)
    ("- to be filed by amendment", "Opinion of Stroock & Stroock & Lavan"),
    ("(to be filed by amendment)", "Opinion of Stroock & Stroock & Lavan"),
    ("(Previously furnished)", "Opinion of Stroock & Stroock & Lavan"),
])
def test_where_the_exhibit_sits_is_no_part_of_its_description(tail: str | tuple) -> None:
    row = f"      5.      {_OPINION}{tail}" if isinstance(tail, str) \
        else f"      5.      {tail[1]} {tail[0]}"
    assert _page_america({_OPINION_ROW: row}) == [("5", _OPINION if isinstance(tail, str)
                                                   else tail[1], None), *_PAGE_AMERICA_REST]


@pytest.mark.parametrize("tail", _PLACED_TAILS)
def test_where_the_exhibit_sits_files_it_elsewhere(tail: str) -> None:
    elsewhere: set[str] = set()
    entries = read_entries(_item_16({_OPINION_ROW: f"      5.      {_OPINION}{tail}"}),
                           elsewhere=elsewhere)
    assert entries[0] == ("5", _OPINION)
    assert elsewhere == {"5"}


def test_legend_to_be_filed_by_amendment_files_elsewhere() -> None:
    elsewhere: set[str] = set()
    read_entries(_item_16({_LEGEND: "*   To be filed by amendment"}), elsewhere=elsewhere)
    assert elsewhere == {"5"}  # (**23(b): "Filed herewith")


@pytest.mark.parametrize(("tail", "described"), [
    # (as before: filed here, its mark cut in the record; "Previously filed." a citation)
    (" Filed herewith.", _OPINION),
    (" Furnished herewith.", _OPINION),
    (" Previously filed.", _OPINION),
    # (as before: words that say where else it sits inside the exhibit's own name)
    (" The opinion was previously furnished to the underwriters.",
     f"{_OPINION} The opinion was previously furnished to the underwriters."),
])
def test_where_the_exhibit_sits_neighbours(tail: str, described: str) -> None:
    assert _page_america({_OPINION_ROW: f"      5.      {_OPINION}{tail}"}) == [
        ("5", described, None), *_PAGE_AMERICA_REST]


# Item 16 typed as an "Incorporated by Reference" table
_TABLE_HEAD = ("                                                      Incorporated by Reference\n"
               "Exhibit                                                                    "
               "                  Filed\n"
               "Number  Description                                 Form          File No.    "
               "Exhibit  Filing Date  Herewith\n")


def _typed_row(number: str, description: str, *cells: str) -> str:
    widths = (14, 12, 9, 13)
    return f"{number:<8}{description:<44}" + "".join(
        f"{cell:<{width}}" for cell, width in zip(cells, widths, strict=False)).rstrip()


@pytest.mark.parametrize("form", ["Form 10", "10", "N-2", "SC TO-T", "S-4EF", "1-A",
                                  "Schedule 14A"])
def test_form_column_of_any_form_is_no_part_of_the_description(form: str) -> None:
    table = _TABLE_HEAD + _typed_row("5.", _OPINION, form, "33-88960", "5", "March 1, 1995")
    assert _page_america({"Item 16.  EXHIBITS\n\n" + _OPINION_ROW:
                          "Item 16.  EXHIBITS\n\n" + table}) == [("5", _OPINION, None),
                                                                 *_PAGE_AMERICA_REST]


def test_form_column_of_any_form_files_elsewhere() -> None:
    table = (_TABLE_HEAD + _typed_row("5.", _OPINION, "Form 10", "33-88960", "5", "March 1, 1995")
             + "\n" + _typed_row("23(b).", "Consent of Ernst & Young LLP.") + " " * 40 + "X")
    elsewhere: set[str] = set()
    entries = read_entries(table, elsewhere=elsewhere)
    assert entries == [("5", _OPINION), ("23(b)", "Consent of Ernst & Young LLP.")]
    assert elsewhere == {"5"}


def test_exhibit_column_before_a_form_of_any_form_files_elsewhere() -> None:
    # (the cited exhibit's number before the form: "5   Form 10   33-88960   March 1, 1995")
    row = f"5.      {_OPINION:<44}5        Form 10       33-88960    March 1, 1995"
    elsewhere: set[str] = set()
    entries = read_entries(_TABLE_HEAD + row + "\n", elsewhere=elsewhere)
    assert entries == [("5", _OPINION)]
    assert elsewhere == {"5"}


def test_form_column_neighbours() -> None:
    # (as before: a known form; a page column's figure after the description is no form's)
    table = (_TABLE_HEAD + _typed_row("5.", _OPINION, "S-3", "33-88960", "5", "March 1, 1995")
             + "\n" + "23(b). Consent of Ernst & Young LLP.    10   400\n")
    elsewhere: set[str] = set()
    entries = read_entries(table, elsewhere=elsewhere)
    assert entries[0] == ("5", _OPINION)
    assert elsewhere == {"5"}


# Acurx's index row 1.1: its form cell as filed
_ACURX_FORM = "8-K<BR>\n    (Exhibit 1.1)"


def _acurx_index(edit: dict[str, str]) -> str:
    text = ACURX.read_text(encoding="latin-1")
    for old, new in edit.items():
        assert old in text
        text = text.replace(old, new, 1)
    start = text.index("<TABLE", text.index("EXHIBIT&nbsp;INDEX"))
    return html_to_text(text[start : text.index("</TABLE>", start) + 8])


@pytest.mark.parametrize("form", ["N-2<BR>\n    (Exhibit 1.1)", "Form 10", "SC TO-T"])
def test_rendered_row_citing_cells_file_elsewhere(form: str) -> None:
    elsewhere: set[str] = set()
    entries = read_entries(_acurx_index({_ACURX_FORM: form}), elsewhere=elsewhere)
    assert entries[0] == ("1.1", "Form of Placement Agent Agreement, dated as of May 16, 2023, "
                                 "by and among the Registrant and Maxim Group LLC")
    assert "1.1" in elsewhere and "5.1" not in elsewhere  # (5.1: "X" filed herewith)


def test_rendered_row_date_cell_alone_is_no_citation() -> None:
    # (a date in the first cell after the description, no form or file number: as before)
    elsewhere: set[str] = set()
    entries = read_entries("99.1\tPress release\tMay 17, 2023\n99.2\tInvestor presentation\n",
                           elsewhere=elsewhere)
    assert entries == [("99.1", "Press release"), ("99.2", "Investor presentation")]
    assert elsewhere == set()


def test_rendered_row_to_be_filed_cell_files_elsewhere() -> None:
    elsewhere: set[str] = set()
    read_entries(_acurx_index({_ACURX_FORM: "To be filed by amendment"}), elsewhere=elsewhere)
    assert "1.1" in elsewhere and "5.1" not in elsewhere


def test_method_column_to_be_filed_files_elsewhere() -> None:
    table = ("1.1     Form of Underwriting Agreement          To be filed by amendment\n"
             "5.1     Opinion of Counsel                      Filed herewith\n")
    elsewhere: set[str] = set()
    entries = read_entries(table, elsewhere=elsewhere)
    assert entries == [("1.1", "Form of Underwriting Agreement"), ("5.1", "Opinion of Counsel")]
    assert elsewhere == {"1.1"}


def test_new_patterns_in_linear_time() -> None:
    worst = ("5.     Opinion" + "  SC TO-T  12" * 8000 + "\n"
             "5.1    Opinion" + ", previously filed a" * 5000 + " (to be filed by amendment" * 3000
             + "\n5.2\tOpinion" + "\t1-2345\tMay 1, 20" * 6000 + "\n"
             "5.3    Agreement (as amended by the First" + " a" * 30000 + " thereto, "
             "incorporated by reference to Exhibit 4.1 to Form 8-K)\n")
    start = time.process_time()
    read_entries(worst, elsewhere=set())
    assert time.process_time() - start < 5
