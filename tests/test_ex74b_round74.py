"""Exhibits, round 74b: a bracketed or spaced note figure, citation columns read as a row beside
the exhibit's, descriptions wrapped onto the table's next row or paragraph.

Turner Broadcasting's 1994 8-K lists its exhibits under Item 7 ("4(f) -   Form of Officers'
Certificate ..."); PerkinElmer's 10-K405 (2001) lists them under Item 14 ("24      Power of
Attorney ..."); Acurx's S-1 (2023) prints an "Incorporated by Reference" table ("3.1 |
Certificate of Incorporation of Acurx Pharmaceuticals, Inc. | | S-1 (Exhibit 3.2) | May 27,
2021 | 333-256516"); Walt Disney's 8-K of June 2018 lists "10.1 | Amended and Restated Voting
Agreement, dated as of June 20, 2018, among The Walt Disney Company, Murdoch Family Trust, and
Cruden Financial Services LLC". Edited into the shapes other filers print:
- a lettered number's figure printed after its brackets or a blank ("(3)(i)(1)", "3(i) (1)",
  "(24)(1)") is part of the number as printed, read against the note under the list only where
  that note is a filing legend, as "3(i)(1)" is (_printed_number, _noted_wholes): a table's
  footnote, or no note, keeps "3(i)(1)" (was "3(i)" whatever the note);
- a 10-K's index whose cited exhibit's column comes before the form's or the filing date's
  ("3.1 | Certificate ... | 3.2 | S-1 | May 27, 2021", "... | S-1 | 3.2 | Feb. 28, 2023") or
  dates a filing "27-May-21" reads each row from its own cells: the cited "3.2" and the date's
  day are no exhibit typed beside it (_NOT_SIDE, _side_heads; was an extra row "3.2", rows lost);
- a description wrapped onto the table's next row that opens in lower case, a word or a
  bracket's, goes on it after a stop too ("... Acurx Pharmaceuticals, Inc." over "(as amended)"
  or "as amended by ..."), and a rendered row's description wrapped into a paragraph of its own
  ("... among The Walt Disney Company," over a blank and "Murdoch Family Trust, and ...") is
  joined (_LOWER_WRAP, _paragraph_wraps).
"""

from __future__ import annotations

import time
from typing import Any

from test_ex73b_round73 import _PE_LAST, _PE_NOTE, _perkinelmer
from test_ex74_round74 import _4F, _4G, _CITED, _PAGE, _TABLE_NOTE, TURNER, _turner

from filing2json.parsers.sections.exhibits import read_entries
from filing2json.parsers.text import html_to_text
from support import FILINGS, edited_record

ACURX = FILINGS / "s1_2023_acurxpharmaceuticalsin_1.txt"
DISNEY = FILINGS / "8k_2018_waltdisneyco_1.txt"

# --- a lettered number's figure after its brackets or a blank, read against a filing legend only


def test_a_bracketed_lettered_number_with_a_figure_and_no_note_keeps_it() -> None:
    # was ("3(i)", ...): the figure after "(3)(i)" dropped with no note under the list
    rows, elsewhere = _turner("(3)(i)(1)")
    assert rows == [("3(i)(1)", _4F), ("4(g)", _4G)]
    assert elsewhere == set()


def test_a_bracketed_lettered_number_over_a_table_footnote_keeps_the_figure() -> None:
    rows, elsewhere = _turner("(4)(f)(1)", _TABLE_NOTE.rstrip())
    assert rows == [("4(f)(1)", _4F), ("4(g)", _4G)]
    assert elsewhere == set()


def test_a_bracketed_lettered_number_over_a_filing_note_reads_it() -> None:
    # (neighbour: round 74's rule, the figure a filing legend's number)
    rows, elsewhere = _turner("(3)(i)(1)", f"(1) {_CITED.replace('4(f)', '3(i)')}")
    assert rows == [("3(i)", _4F), ("4(g)", _4G)]
    assert elsewhere == {"3(i)"}


def test_a_spaced_figure_with_no_note_stays_in_the_number() -> None:
    # was ("3(i)", ...): the figure after a blank read as a note's with none printed
    rows, elsewhere = _turner("3(i) (1)")
    assert rows == [("3(i)(1)", _4F), ("4(g)", _4G)]
    assert elsewhere == set()


def test_a_spaced_figure_over_a_table_footnote_stays_in_the_number() -> None:
    rows, elsewhere = _turner("4(f) (1)", _TABLE_NOTE.rstrip())
    assert rows == [("4(f)(1)", _4F), ("4(g)", _4G)]
    assert elsewhere == set()


def test_a_spaced_figure_over_a_filing_note_reads_it() -> None:
    # (neighbour: a previously filed note, as before)
    rows, elsewhere = _turner("4(f) (1)", f"(1) {_CITED}")
    assert rows == [("4(f)", _4F), ("4(g)", _4G)]
    assert elsewhere == {"4(f)"}


def test_a_spaced_figure_noted_filed_herewith_files_nothing_elsewhere() -> None:
    rows, elsewhere = _turner("4(f) (1)", "(1) Filed herewith.")
    assert rows == [("4(f)", _4F), ("4(g)", _4G)]
    assert elsewhere == set()


def test_a_bracketed_whole_number_with_a_figure_and_no_note_keeps_it() -> None:
    # was ("24", ...): "(24)(1)" read as "24" with no note "(1)" under the list
    rows, elsewhere = _perkinelmer(" (24)(1)  Power of Attorney.\n")
    assert rows == [*_PE_LAST, ("24(1)", "Power of Attorney.")]
    assert elsewhere == set()


def test_a_bracketed_whole_number_over_a_table_footnote_keeps_the_figure() -> None:
    rows, elsewhere = _perkinelmer(" (24)(1)  Power of Attorney.\n", _TABLE_NOTE)
    assert rows == [*_PE_LAST, ("24(1)", "Power of Attorney.")]
    assert elsewhere == set()


def test_a_bracketed_whole_number_over_a_filing_note_reads_it() -> None:
    # (neighbour: a previously filed note, as before)
    rows, elsewhere = _perkinelmer(" (24)(1)  Power of Attorney.\n", _PE_NOTE)
    assert rows == [*_PE_LAST, ("24", "Power of Attorney.")]
    assert elsewhere == {"24"}


def test_bracketed_parts_of_one_lettered_exhibit_keep_their_figures() -> None:
    # was "4(f)" twice: "(4)(f)(1)" and "(4)(f)(2)" number two parts, a note "(1)" or none
    for note in ("", f"(1) {_CITED}"):
        rows, elsewhere = _turner_two("(4)(f)(1)", "(4)(f)(2)", note)
        assert rows == [("4(f)(1)", _4F), ("4(f)(2)", _4G)]
        assert elsewhere == set()


def test_a_bracketed_lettered_number_alone_stays() -> None:
    # (neighbour: "(3)(i)" has no figure, "3(i)" with a note under the list or none)
    for note in ("", f"(1) {_CITED}"):
        rows, elsewhere = _turner("(3)(i)", note)
        assert rows == [("3(i)", _4F), ("4(g)", _4G)]
        assert elsewhere == set()


def _turner_two(first: str, second: str, note: str) -> tuple[list[tuple[str, str]], set[str]]:
    """read_entries over Turner's Item 7 with its "4(f) -" and "4(g) -" rows numbered `first`
    and `second` and `note` put under the list (the last two rows, those filed elsewhere)."""
    text = TURNER.read_text(encoding="latin-1")
    at = text.index("ITEM 7.  EXHIBITS")
    region = text[at : text.index("SIGNATURE", at)]
    region = region.replace("                 4(f) -   Form", f"                 {first} - Form")
    region = region.replace("                 4(g) -   Form", f"                 {second} - Form")
    if note:
        region = region.replace(_PAGE, f"\n                 {note}\n{_PAGE}")
    elsewhere: set[str] = set()
    return read_entries(region, elsewhere=elsewhere)[-2:], elsewhere


# --- an "Incorporated by Reference" table's cited exhibit or date beside the form's cell

_FORM_31 = "S-1<BR>\n    (Exhibit 3.2)"  # (exhibit 3.1's form cell, as filed)
_DATE_31 = 'tm2111636d3_ex3-2.htm">May\n    27, 2021'  # (its filing date's cell)
# (a cell closed and another opened: the cited exhibit's column apart from the form's)
_NEXT_CELL = ('</A></FONT></TD>\n    <TD STYLE="vertical-align: bottom">&nbsp;</TD>\n'
              '    <TD STYLE="white-space: nowrap; vertical-align: top">'
              '<FONT STYLE="font-size: 10pt"><A>')
_ROWS_31_33 = [
    ("3.1", "Certificate of Incorporation of Acurx Pharmaceuticals, Inc.", None),
    ("3.2", "Certificate of Amendment to Certificate of Incorporation of Acurx Pharmaceuticals,"
            " Inc.", None),
    ("3.3", "Bylaws of Acurx Pharmaceuticals, Inc.", None)]


def _acurx_rows(edit: dict[str, str]) -> list[tuple[Any, ...]]:
    """(number, description, document) of the edited Acurx index's rows 3.1 to 3.3."""
    record = edited_record(ACURX, edit)
    return [(e["number"], e["description"], e["document"]) for e in record["exhibits"]][1:4]


def test_the_cited_exhibits_column_before_the_forms_is_no_row() -> None:
    # "3.1 | Certificate ... | 3.2 | S-1 | May 27, 2021 | 333-256516": was ("3.2", None, None),
    # "3.2  S-1  May 27, 2021  333-256516" read as a row beside 3.1's
    assert _acurx_rows({_FORM_31: "3.2" + _NEXT_CELL + "S-1"}) == _ROWS_31_33


def test_the_cited_exhibit_before_an_abbreviated_filing_date_is_no_row() -> None:
    # "... | S-1 | 3.2 | Feb. 28, 2023 | ...": was ("3.2", "Feb. 28, 2023", None)
    assert _acurx_rows({_FORM_31: "S-1" + _NEXT_CELL + "3.2",
                        _DATE_31: 'tm2111636d3_ex3-2.htm">Feb. 28, 2023'}) == _ROWS_31_33
    assert _acurx_rows({_FORM_31: "S-1" + _NEXT_CELL + "3.2",
                        _DATE_31: 'tm2111636d3_ex3-2.htm">Sept. 27, 2021'}) == _ROWS_31_33


def test_a_filing_date_typed_day_month_year_is_no_row() -> None:
    # "27-May-21": was ("27", "May-21", None), rows 3.3 to 4.5 lost
    assert _acurx_rows({_DATE_31: 'tm2111636d3_ex3-2.htm">27-May-21'}) == _ROWS_31_33
    assert _acurx_rows({_FORM_31: "S-1" + _NEXT_CELL + "3.2",
                        _DATE_31: 'tm2111636d3_ex3-2.htm">27-May-21'}) == _ROWS_31_33


def test_the_cited_exhibit_before_a_full_filing_date_stays_apart() -> None:
    # (neighbour: "May 27, 2021" after the cited exhibit's cell was read so already)
    assert _acurx_rows({_FORM_31: "S-1" + _NEXT_CELL + "3.2"}) == _ROWS_31_33


def test_a_side_by_side_index_is_still_read_down_its_columns() -> None:
    # (neighbour: two exhibit columns in one row, each opening with words)
    rows = read_entries("10.1\tCredit Agreement\t10.3\tPledge Agreement\n"
                        "10.2\tSecurity Agreement\t10.4\tGuaranty\n")
    assert rows == [("10.1", "Credit Agreement"), ("10.2", "Security Agreement"),
                    ("10.3", "Pledge Agreement"), ("10.4", "Guaranty")]


# --- a description wrapped onto the next line or row in lower case, or into a paragraph

# Asta Funding's 8-K of May 2004 types its list flush left, its row wrapped flush left too
ASTA = FILINGS / "8k_2004_astafundinginc_4.txt"
_ASTA_ROW = ("10.17 Third Amended Loan and Security Agreement dated May 11, 2004, between the\n"
             "Company and Israel Discount Bank of NY.\n")
_LOAN = ("Third Amended Loan and Security Agreement dated May 11, 2004, between the Company and"
         " Israel Discount Bank of NY.")


def _asta_10_17(under: str) -> list[tuple[Any, ...]]:
    """(number, description, document) of Asta's exhibits with `under` typed flush left under
    its row."""
    record = edited_record(ASTA, {_ASTA_ROW: _ASTA_ROW + under})
    return [(e["number"], e["description"], e["document"]) for e in record["exhibits"]]


def test_a_flush_line_opening_in_lower_case_goes_on_after_a_stop() -> None:
    # was ("10.17", "... Israel Discount Bank of NY.", 2): the line under the stop lost
    assert _asta_10_17("as amended by the First Amendment dated June 1, 2004.\n") == [
        ("10.17", f"{_LOAN} as amended by the First Amendment dated June 1, 2004.", 2)]


def test_a_flush_bracket_opening_in_lower_case_goes_on_after_a_stop() -> None:
    assert _asta_10_17("(as amended)\n") == [("10.17", f"{_LOAN} (as amended)", 2)]


def test_a_flush_line_opening_with_a_capital_after_a_stop_stays_apart() -> None:
    # (neighbour: a capital after a stop opens a sentence of its own)
    assert _asta_10_17("See Item 2.03 above.\n") == [("10.17", _LOAN, 2)]


def test_a_flush_note_under_the_row_is_no_wrapped_line() -> None:
    # (neighbour: a lettered note opens with no word in lower case)
    assert _asta_10_17("(a) Filed herewith.\n") == [("10.17", _LOAN, 2)]


_DISNEY_ROW = ("<a href=\"ex10-1.htm\">Amended and Restated Voting Agreement, dated as of June 20, "
               "2018, among The Walt Disney Company, Murdoch Family Trust, and Cruden Financial "
               "Services LLC</a>")
_VOTING = ("Amended and Restated Voting Agreement, dated as of June 20, 2018, among The Walt Disney"
           " Company, Murdoch Family Trust, and Cruden Financial Services LLC")
_GAP = "&#160;" * 4
_RELEASE = ("99.1", "Press Release, dated June 20, 2018, issued by The Walt Disney Company")


def _disney_paragraphs(first: str, rest: str) -> list[tuple[str, str]]:
    """read_entries over Disney's exhibit 10.1 printed as two paragraphs, its number and
    `first` over `rest` indented, and exhibit 99.1 in a paragraph under them."""
    assert _DISNEY_ROW in DISNEY.read_text(encoding="latin-1")
    text = html_to_text(f"<p>10.1{_GAP}{first}</p><p>{_GAP}{_GAP}{rest}</p>"
                        f"<p>99.1{_GAP}{_RELEASE[1]}</p>")
    return read_entries(text)


def test_a_paragraph_opening_in_lower_case_goes_on_the_description() -> None:
    # was [("10.1", "Amended and Restated Voting Agreement, dated as of June 20, 2018,"), ...]
    cut = _VOTING.index(" among")
    assert _disney_paragraphs(_VOTING[:cut], _VOTING[cut + 1:]) == [("10.1", _VOTING),
                                                                     _RELEASE]


def test_a_paragraph_after_a_word_that_leads_on_goes_on_the_description() -> None:
    # was [("10.1", "... dated as of June 20, 2018, among"), ...]
    cut = _VOTING.index("The Walt")
    assert _disney_paragraphs(_VOTING[:cut - 1], _VOTING[cut:]) == [("10.1", _VOTING),
                                                                    _RELEASE]


def test_a_paragraph_after_a_complete_description_stays_apart() -> None:
    # (neighbour: a paragraph after a stop, or a capital after words that lead nowhere, opens
    # no wrapped line)
    assert _disney_paragraphs(_VOTING + ".", "as filed with the Commission.")[0] == (
        "10.1", _VOTING + ".")
    cut = _VOTING.index(", Murdoch")
    assert _disney_paragraphs(_VOTING[:cut], "Murdoch Family Trust")[0] == (
        "10.1", _VOTING[:cut])


# --- timing


def test_new_checks_read_in_linear_time() -> None:
    rows = "".join(f"10.{k}\tAgreement of the Company and\n\n(as amended {k}\n\n"
                   f"3.{k}\tS-1\t3.2\tFeb. 28, 2023\t27-May-21\t333-256516\n"
                   f"({k % 90 + 10})(a)(1)  Plan\n" for k in range(1, 2500))
    assert len(rows) > 200_000
    started = time.process_time()
    read_entries(rows, elsewhere=set())
    read_entries(rows.replace("\n\n", "\n"))
    assert time.process_time() - started < 5
