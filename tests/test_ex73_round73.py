"""Exhibits, round 73: notes referred to by number, each row's own method cell, item headings.

Asta Funding's 2005 8-K lists "99.1  Press release dated August 9, 2005." over "99.2
Transcript of August 9, 2005 webcast." under Item 9.01's "(c) Exhibits". Edited into the
shapes other filers print:
- a note's number after the exhibit's ("99.1(1)", "99.1 (1)") or closing its description
  ("... 2005.(1)") is read against the note under the list ("(1) Previously furnished as ...",
  "(1) Filed as an exhibit to the Company's Form 8-K ..."): filed elsewhere, the number kept
  (_NUMBERED_LEGEND, _lead_marks);
- a legend saying "Filed as an exhibit to" another filing files its rows elsewhere, one saying
  "filed as an exhibit to this report" or "pursuant to Item 14(c)" not (_FILED_AS_EXHIBIT_TO);
- rows typed on one line each with a filing method cell ("99.1 ...    Filed herewith    99.2
  ...    Incorporated by reference to ...") take their own cells, the line's last cell only
  the last row's (_last_row_column).
Pericom's 2007 8-K with an 8-K item's heading left under its exhibit list ("2.02  RESULTS OF
OPERATIONS AND FINANCIAL CONDITION") reads no exhibit "2.02" (_item_heading).
"""

from __future__ import annotations

import time

from test_ex72_round72 import _ASTA_LIST, ASTA

from filing2json.parsers.sections.exhibits import read_entries
from support import FILINGS, edited_record, filing

PERICOM = FILINGS / "8k_2007_pericomsemiconductorco_1.txt"
_PERICOM_LAST_ROW = "                  dated April 26, 2007.\n"
_PERICOM_99_1 = {"number": "99.1", "description": "Press Release issued by Pericom "
                 "Semiconductor Corporation dated April 26, 2007.", "document": 2}
_ROWS = [("99.1", "Press release dated August 9, 2005."),
         ("99.2", "Transcript of August 9, 2005 webcast.")]
_CITES = "the Company's Current Report on Form 8-K filed August 10, 2005"


def _asta(rows: str, notes: str = "") -> tuple[list[tuple[str, str]], set[str]]:
    """read_entries over Asta's exhibits item with its two rows replaced by `rows` and
    `notes` under them; (rows, the numbers filed elsewhere)."""
    text = ASTA.read_text(encoding="latin-1")
    assert _ASTA_LIST in text
    at = text.index("(c) Exhibits")
    region = text[at : text.index("SIGNATURE", at)].replace(_ASTA_LIST, rows + notes)
    elsewhere: set[str] = set()
    return read_entries(region, elsewhere=elsewhere), elsewhere


def _marked(first: str, second: str = "          99.2  ") -> str:
    """Asta's two rows, `first` and `second` typed for their number and its gap."""
    return _ASTA_LIST.replace("          99.1  ", first).replace("          99.2  ", second)


# --- a note's number by the exhibit's, read against the note under the list

def test_a_note_number_after_the_exhibit_number_files_it_elsewhere() -> None:
    # was elsewhere == set(): "(1)" was dropped from the number but never read
    rows, elsewhere = _asta(_marked("          99.1(1)  "),
                            f"\n          (1) Previously furnished as Exhibit 99.1 to {_CITES}.\n")
    assert rows == _ROWS
    assert elsewhere == {"99.1"}


def test_a_spaced_note_number_reads_its_own_note() -> None:
    # was elsewhere == set(); each row reads its own note: "(2) Filed herewith." files nothing
    rows, elsewhere = _asta(
        _marked("          99.1 (1)  ", "          99.2 (2)  "),
        f"\n          (1) Filed as an exhibit to {_CITES}.\n          (2) Filed herewith.\n")
    assert rows == _ROWS
    assert elsewhere == {"99.1"}


def test_a_note_number_closing_the_description_files_it_elsewhere() -> None:
    # was elsewhere == set(): the "(1)" closing 99.2 was cut, its note not read
    rows, elsewhere = _asta(
        _ASTA_LIST.replace("webcast.\n", "webcast.(1)\n"),
        f"\n          (1) Incorporated by reference to Exhibit 99.2 to {_CITES}.\n")
    assert rows == _ROWS
    assert elsewhere == {"99.2"}


def test_a_note_that_files_nothing_elsewhere_keeps_the_row_here() -> None:
    # the neighbour that must not change: a note saying what the exhibit is
    rows, elsewhere = _asta(_marked("          99.1(1)  "),
                            "\n          (1) Furnished, not filed, for purposes of Section 18.\n")
    assert rows == _ROWS
    assert elsewhere == set()


def _asta_record(rows: str, notes: str) -> list[dict[str, object]]:
    """The exhibits of Asta's 8-K with its rows replaced by `rows`, `notes` under them, and
    its press release typed "EX-99" (no <TYPE> names 99.1: a legend decides whether the
    document is that exhibit)."""
    return edited_record(ASTA, {_ASTA_LIST: rows + notes,
                                "<TYPE>EX-99.1": "<TYPE>EX-99"})["exhibits"]


_ASTA_99_2 = {"number": "99.2", "description": "Transcript of August 9, 2005 webcast.",
              "document": 3}


def test_a_noted_exhibit_filed_elsewhere_holds_no_document_of_the_filing() -> None:
    # was 99.1 held by document 2 (the "EX-99"): its note "(1) Previously furnished ..."
    # unread; now as a "*" legend saying so files it, the document is exhibit 99 of its own
    exhibits = _asta_record(_marked("          99.1(1)  "),
                            f"\n          (1) Previously furnished as Exhibit 99.1 to {_CITES}.\n")
    assert exhibits == [
        {"number": "99.1", "description": "Press release dated August 9, 2005.",
         "document": None}, _ASTA_99_2,
        {"number": "99", "description": "PRESS RELEASE DATED AUGUST 9, 2005", "document": 2}]


# --- a legend naming another filing the exhibit was filed as an exhibit to

def test_a_management_contract_legend_files_nothing_elsewhere() -> None:
    # was [99.1 (document None), 99.2, 99 (document 2)]: "required to be filed" was read as
    # "to be filed" (by amendment); the marked row is the attached EX-99
    exhibits = _asta_record(_marked("          99.1+  "), (
        "\n          +  Management contract or compensatory plan or arrangement required to "
        "be filed as an exhibit to this report.\n"))
    assert exhibits == [{"number": "99.1", "description": "Press release dated August 9, 2005.",
                         "document": 2}, _ASTA_99_2]
    _, elsewhere = _asta(_marked("          99.1+  "), "\n          +  To be filed by amendment.\n")
    assert elsewhere == {"99.1"}  # (the neighbour: not yet filed, no document here)


def test_a_legend_filed_as_an_exhibit_to_another_filing_files_the_row_elsewhere() -> None:
    # was elsewhere == set()
    rows, elsewhere = _asta(_marked("          99.1*  "),
                            f"\n          *  Filed as an exhibit to {_CITES}.\n")
    assert rows == _ROWS
    assert elsewhere == {"99.1"}
    _, numbered = _asta(_marked("          99.1   ", "          99.2*  "),
                        f"\n          *  Filed as Exhibit 99.2 to {_CITES}.\n")
    assert numbered == {"99.2"}


def test_a_legend_filed_as_an_exhibit_to_this_report_files_nothing_elsewhere() -> None:
    # the neighbours that must not change: this report, or the rule it is filed under
    for legend in ("*  Filed as an exhibit to this Current Report on Form 8-K.",
                   "*  Required to be filed as an exhibit pursuant to Item 601 of "
                   "Regulation S-K."):
        rows, elsewhere = _asta(_marked("          99.1*  "), f"\n          {legend}\n")
        assert rows == _ROWS
        assert elsewhere == set()


def test_perkinelmer_legend_pursuant_to_item_14c_files_no_uncited_row_elsewhere() -> None:
    # PerkinElmer's "* ... required to be filed as an Exhibit pursuant to Item 14(c) of Form
    # 10-K": the marked *10.5 (its parts, one attached hereto) stays filed here
    record = filing("10k405_2001_perkinelmerinc_1.txt")
    assert [(e["number"], e["document"]) for e in record["exhibits"] if
            e["number"].startswith("10.5")] == [("10.5(a)", None), ("10.5(b)", None)]
    text = (FILINGS / "10k405_2001_perkinelmerinc_1.txt").read_text(encoding="latin-1")
    at = text.index("*10.2    The Company's 1999")
    elsewhere: set[str] = set()
    rows = read_entries(text[at : text.index("(b) REPORTS ON FORM 8-K", at)],
                        elsewhere=elsewhere)
    assert [number for number, _ in rows] == ["10.2", "10.3", "10.4", "10.5", "10.6", "10.7",
                                              "10.8", "21", "23", "24"]
    assert elsewhere == {"10.2", "10.6", "10.7", "10.8"}


# --- rows typed on one line, each with its own filing method cell

def test_rows_on_a_line_each_take_their_own_method_cell() -> None:
    # was [99.1 only], elsewhere == set(): the first cell was read as the line's column and
    # the row after it lost; the record took 99.2's description from its <DESCRIPTION>
    # ("TRANSCRIPT OF AUGUST 9, 2005 WEBCAST")
    line = ("99.1 Press release dated August 9, 2005.    Filed herewith    99.2 Transcript of "
            f"August 9, 2005 webcast.    Incorporated by reference to Exhibit 99.2 to {_CITES}\n")
    rows, elsewhere = _asta(line)
    assert rows == [("99.1", "Press release dated August 9, 2005. Filed herewith"), _ROWS[1]]
    assert elsewhere == {"99.2"}
    assert edited_record(ASTA, {_ASTA_LIST: line})["exhibits"] == [
        {"number": "99.1", "description": "Press release dated August 9, 2005.",
         "document": 2}, _ASTA_99_2]


def test_the_line_method_cell_is_the_last_row_cell() -> None:
    # was elsewhere == {"99.1", "99.2"}: the line's cell filed every row on it elsewhere
    rows, elsewhere = _asta(
        "          99.1  Press release dated August 9, 2005.  99.2  Transcript of August 9, "
        f"2005 webcast.    Incorporated by reference to Exhibit 99.2 to {_CITES}\n")
    assert rows == _ROWS
    assert elsewhere == {"99.2"}


def test_a_method_column_on_rows_of_their_own_is_unchanged() -> None:
    # the neighbour that must not change: one row a line, each its cell
    rows, elsewhere = _asta(
        "          99.1  Press release dated August 9, 2005.    Incorporated by reference "
        f"to Exhibit 99.1 to {_CITES}\n"
        "          99.2  Transcript of August 9, 2005 webcast.    Filed herewith\n")
    assert rows == _ROWS
    assert elsewhere == {"99.1"}


# --- an 8-K item's heading left under the list

def test_an_item_heading_under_the_exhibit_list_is_no_exhibit() -> None:
    # was [99.1, {"number": "2.02", "description": "RESULTS OF OPERATIONS AND FINANCIAL
    # CONDITION", "document": None}]
    record = edited_record(PERICOM, {_PERICOM_LAST_ROW: _PERICOM_LAST_ROW + (
        "\n2.02              RESULTS OF OPERATIONS AND FINANCIAL CONDITION\n\n"
        "On April 26, 2007, Pericom Semiconductor Corporation issued a press release.\n")})
    assert record["exhibits"] == [_PERICOM_99_1]
    titled = edited_record(PERICOM, {_PERICOM_LAST_ROW: _PERICOM_LAST_ROW
                                     + "8.01              Other Events.\n"})
    assert titled["exhibits"] == [_PERICOM_99_1]


def test_an_exhibit_numbered_as_an_item_but_described_otherwise_stays() -> None:
    # the neighbour that must not change: exhibit 2.1 is a merger agreement, no heading
    record = edited_record(PERICOM, {_PERICOM_LAST_ROW: _PERICOM_LAST_ROW + (
        "2.1               Agreement and Plan of Merger dated April 1, 2007.\n")})
    assert record["exhibits"] == [
        _PERICOM_99_1, {"number": "2.1", "description": "Agreement and Plan of Merger dated "
                        "April 1, 2007.", "document": None}]
    assert filing(PERICOM.name)["exhibits"] == [_PERICOM_99_1]


# --- linear time

def test_noted_rows_and_method_cells_read_in_linear_time() -> None:
    # ~200 KB: rows by note numbers, two to a line with method cells, then their notes
    line = ("10.{k}(1)  Agreement number {k} dated May 1, 2000.    Filed herewith    10.{j}  "
            "Lease number {k}.    Incorporated by reference to Form 10-K\n")
    rows = "".join(line.format(k=2 * k + 1, j=2 * k + 2) for k in range(700))
    notes = "(1) Previously filed as Exhibit 10.1 to the Company's Form 10-K.\n" * 700
    started = time.process_time()
    read_entries(rows + "\n" + notes, elsewhere=set())
    assert time.process_time() - started < 5
