"""Exhibits, round 73b: a whole number's note reference, notes typed with no blank, a legend
citing a list of exhibits.

PerkinElmer's 10-K405 (2001) lists its exhibits under Item 14 ("21  Subsidiaries ...", "23
Consent ...", "24  Power of Attorney (appears on signature page).") over a "*" legend; Asta
Funding's 2005 8-K lists "99.1  Press release dated August 9, 2005." and "99.2  Transcript of
August 9, 2005 webcast.". Edited into the shapes other filers print:
- a whole number with a note's number ("24(1)  Power of Attorney." over "(1) Previously filed
  as ...") is exhibit 24, filed elsewhere; a list numbering its exhibits "99(1)", "99(2)", or
  one printing no note "(1)", keeps the number whole (_noted_wholes);
- a note typed with no blank after its bracket ("(1)Previously filed as ...") is read
  (_NUMBERED_LEGEND, _has_footnote);
- a legend citing several exhibits ("* Filed as Exhibits 99.1 and 99.2 to ...") files its rows
  elsewhere (_FILED_AS_EXHIBIT_TO).
"""

from __future__ import annotations

import time

from test_ex72_round72 import _ASTA_LIST
from test_ex72b_round72 import PERKINELMER
from test_ex73_round73 import _CITES, _ROWS, _asta

from filing2json.parsers.sections.exhibits import read_entries

_PE_24 = " 24      Power of Attorney (appears on signature page).\n"
_PE_NOTE_AT = "---------------\n"


def _perkinelmer(row: str, note: str = "") -> tuple[list[tuple[str, str]], set[str]]:
    """read_entries over PerkinElmer's Item 14 with its exhibit 24 row replaced by `row` and
    `note` put over its "*" legend; (the last three rows, which of them are filed elsewhere)."""
    text = PERKINELMER.read_text(encoding="latin-1")
    at = text.index("ITEM 14.  EXHIBITS")
    region = text[at : text.index("(b) REPORTS ON FORM 8-K", at)]
    assert _PE_24 in region and _PE_NOTE_AT in region
    region = region.replace(_PE_24, row).replace(_PE_NOTE_AT, _PE_NOTE_AT + note)
    elsewhere: set[str] = set()
    return read_entries(region, elsewhere=elsewhere)[-3:], elsewhere & {"21", "23", "24"}


_PE_LAST = [("21", "Subsidiaries of the Registrant."),
            ("23", "Consent of Independent Public Accountants (appears on signature page).")]
_PE_NOTE = ("(1) Previously filed as Exhibit 24 to the Company's Annual Report on Form 10-K for"
            " the fiscal year ended January 2, 2000.\n")


# --- a whole number's note reference, read against the note under the list

def test_a_whole_number_with_a_note_number_is_the_whole_exhibit() -> None:
    # was ("24(1)", ...) and nothing filed elsewhere: the note's number read as the exhibit's
    rows, elsewhere = _perkinelmer(" 24(1)   Power of Attorney.\n", _PE_NOTE)
    assert rows == [*_PE_LAST, ("24", "Power of Attorney.")]
    assert elsewhere == {"24"}


def test_a_spaced_note_number_on_a_whole_number_reads_its_note() -> None:
    rows, elsewhere = _perkinelmer(" 24 (1)  Power of Attorney.\n", _PE_NOTE)
    assert rows == [*_PE_LAST, ("24", "Power of Attorney.")]
    assert elsewhere == {"24"}


def test_a_whole_number_bracketed_with_no_note_stays_whole() -> None:
    # (neighbour: no note "(1)" under the list, "24(1)" is the exhibit's number as printed)
    rows, elsewhere = _perkinelmer(" 24(1)   Power of Attorney.\n")
    assert rows == [*_PE_LAST, ("24(1)", "Power of Attorney.")]
    assert elsewhere == set()


def test_a_list_numbering_its_exhibits_by_brackets_keeps_them() -> None:
    # (neighbour: "99(1)" and "99(2)" number two exhibits, 1990s style, notes or none)
    rows, elsewhere = _asta(
        "          99(1)  Press release dated August 9, 2005.\n"
        "          99(2)  Transcript of August 9, 2005 webcast.\n",
        f"\n          (1) Previously furnished as Exhibit 99 to {_CITES}.\n")
    assert rows == [("99(1)", "Press release dated August 9, 2005."),
                    ("99(2)", "Transcript of August 9, 2005 webcast.")]
    assert elsewhere == set()


def test_an_eight_k_whole_number_with_its_note() -> None:
    rows, elsewhere = _asta(
        "          99(1)  Press release dated August 9, 2005.\n"
        "          99.2   Transcript of August 9, 2005 webcast.\n",
        f"\n          (1) Previously furnished as Exhibit 99 to {_CITES}.\n")
    assert rows == [("99", "Press release dated August 9, 2005."), _ROWS[1]]
    assert elsewhere == {"99"}


# --- a note typed with no blank after its bracket

def test_a_note_with_no_blank_after_its_bracket_is_read() -> None:
    # was elsewhere == set(): "(1)Previously ..." was no note
    rows, elsewhere = _asta(_ASTA_LIST.replace("          99.1  ", "          99.1(1)  "),
                            f"\n          (1)Previously furnished as Exhibit 99.1 to {_CITES}.\n")
    assert rows == _ROWS
    assert elsewhere == {"99.1"}


def test_a_closing_note_reference_with_an_unspaced_note() -> None:
    rows, elsewhere = _asta(_ASTA_LIST.replace("webcast.\n", "webcast. (1)\n"),
                            f"\n(1)Incorporated by reference to Exhibit 99.2 to {_CITES}.\n")
    assert rows == _ROWS
    assert elsewhere == {"99.2"}


def test_an_unspaced_note_that_files_here_files_nothing_elsewhere() -> None:
    # (neighbour: the note is read, and it says the exhibit is here)
    rows, elsewhere = _asta(_ASTA_LIST.replace("          99.1  ", "          99.1(1)  "),
                            "\n          (1)Filed herewith.\n")
    assert rows == _ROWS
    assert elsewhere == set()


def test_a_whole_number_with_an_unspaced_note() -> None:
    rows, elsewhere = _perkinelmer(" 24(1)   Power of Attorney.\n", _PE_NOTE.replace(" ", "", 1))
    assert rows == [*_PE_LAST, ("24", "Power of Attorney.")]
    assert elsewhere == {"24"}


# --- a legend citing a list of exhibits

def test_a_legend_citing_two_exhibits_files_them_elsewhere() -> None:
    # was elsewhere == set(): "Filed as Exhibits 99.1 and 99.2 to" was not read
    rows, elsewhere = _asta(
        _ASTA_LIST.replace("          99.1  ", "          99.1* ")
        .replace("          99.2  ", "          99.2* "),
        f"\n          * Filed as Exhibits 99.1 and 99.2 to {_CITES}.\n")
    assert rows == _ROWS
    assert elsewhere == {"99.1", "99.2"}


def test_a_legend_citing_a_comma_list_of_exhibit_numbers() -> None:
    rows, elsewhere = _asta(
        _ASTA_LIST.replace("          99.1  ", "          99.1* "),
        f"\n          * Filed as Exhibits Nos. 99.1, 99.3, and 99.4 to {_CITES}.\n")
    assert rows == _ROWS
    assert elsewhere == {"99.1"}


def test_a_legend_citing_exhibits_to_this_report_files_nothing_elsewhere() -> None:
    # (neighbour: "to this report" names no other filing)
    rows, elsewhere = _asta(
        _ASTA_LIST.replace("          99.1  ", "          99.1* "),
        "\n          * Filed as Exhibits 99.1 and 99.2 to this report.\n")
    assert rows == _ROWS
    assert elsewhere == set()


# --- timing

def test_a_long_legend_of_exhibit_numbers_reads_in_linear_time() -> None:
    legend = "* Filed as Exhibits " + ", ".join(["10.1"] * 40_000) + " too\n"
    rows = "          99.1* Press release dated August 9, 2005.\n"
    started = time.process_time()
    _asta(rows, legend * 2)
    assert time.process_time() - started < 5


def test_many_unspaced_brackets_under_a_list_read_in_linear_time() -> None:
    notes = "(1)A" * 50_000 + "\n"
    started = time.process_time()
    _asta(_ASTA_LIST.replace("          99.1  ", "          99.1(1)  "), notes)
    _perkinelmer(" 24(1)   Power of Attorney.\n", notes)
    assert time.process_time() - started < 5
