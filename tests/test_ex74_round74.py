"""Exhibits, round 74: a lettered number's note reference, notes that are no filing legend.

Turner Broadcasting's 1994 8-K lists its exhibits under Item 7 ("1(c) -   Terms Agreement
...", "4(f) -   Form of Officers' Certificate ...", "4(g) -   ..."); PerkinElmer's 10-K405
(2001) lists them under Item 14 ("24      Power of Attorney (appears on signature page).").
Edited into the shapes other filers print:
- a lettered number with a note's number ("3(i)(1)  ..." over "(1) Incorporated by reference
  to ...") is exhibit 3(i), read against its note as "99.1(1)" and "24(1)" are; "3(i)" alone
  stays "3(i)" (_noted_wholes, _WHOLE_NOTED);
- the note counts only when it is a filing legend (previously filed, incorporated by
  reference, filed herewith, a management contract): a table's footnote "(1)" under a list
  numbering "24(1)" leaves the number as printed (_filing_note); so does a list that numbers
  the exhibit without the figure too ("24" over "24(1)": a part of 24).
"""

from __future__ import annotations

import time

from test_ex73b_round73 import _PE_LAST, _PE_NOTE, _perkinelmer

from filing2json.parsers.sections.exhibits import read_entries
from support import FILINGS, edited_record

TURNER = FILINGS / "8k_1994_turnerbroadcastingsyst_2.txt"
_ROW_4F = "                 4(f) -   Form"
_PAGE = "                                      -2-"
_CITED = ("Incorporated by reference to Exhibit 4(f) to the Company's Registration Statement"
          " on Form S-3, File No. 33-51234.")
_4F = "Form of Officers' Certificate establishing the terms of the Company's 7.40% Senior Notes" \
    " due February 1, 2004 with Form of Note attached"
_4G = "Form of Officers' Certificate establishing the terms of the Company's 8.40% Senior" \
    " Debentures due February 1, 2024 with form of Debenture attached"


def _turner(number: str, note: str = "") -> tuple[list[tuple[str, str]], set[str]]:
    """read_entries over Turner's Item 7 with its "4(f) -" row numbered `number` and `note`
    put under the list; (the last two rows, which rows are filed elsewhere)."""
    text = TURNER.read_text(encoding="latin-1")
    at = text.index("ITEM 7.  EXHIBITS")
    region = text[at : text.index("SIGNATURE", at)]
    assert _ROW_4F in region and _PAGE in region
    region = region.replace(_ROW_4F, f"                 {number} -{' ' * (8 - len(number))}Form")
    if note:
        region = region.replace(_PAGE, f"\n                 {note}\n{_PAGE}")
    elsewhere: set[str] = set()
    return read_entries(region, elsewhere=elsewhere)[-2:], elsewhere


# --- a lettered number's trailing figure, read against the note under the list

def test_a_lettered_number_with_a_note_number_is_the_lettered_exhibit() -> None:
    # was ("4(f)(1)", ...) and nothing filed elsewhere: the note's number read as the exhibit's
    rows, elsewhere = _turner("4(f)(1)", f"(1) {_CITED}")
    assert rows == [("4(f)", _4F), ("4(g)", _4G)]
    assert elsewhere == {"4(f)"}


def test_articles_numbered_three_i_with_a_note_number() -> None:
    # was ("3(i)(1)", ...): the articles' "3(i)" with the note's "(1)" after it
    rows, elsewhere = _turner("3(i)(1)", f"(1) {_CITED.replace('4(f)', '3(i)')}")
    assert rows == [("3(i)", _4F), ("4(g)", _4G)]
    assert elsewhere == {"3(i)"}


def test_a_lettered_number_with_a_previously_filed_unspaced_note() -> None:
    rows, elsewhere = _turner("3(i)(1)", "(1)Previously filed as Exhibit 3(i) to the Company's"
                                         " Annual Report on Form 10-K for 1992.")
    assert rows == [("3(i)", _4F), ("4(g)", _4G)]
    assert elsewhere == {"3(i)"}


def test_a_lettered_number_noted_filed_herewith_files_nothing_elsewhere() -> None:
    rows, elsewhere = _turner("4(f)(1)", "(1) Filed herewith.")
    assert rows == [("4(f)", _4F), ("4(g)", _4G)]
    assert elsewhere == set()


def test_the_record_holds_the_lettered_exhibit_once() -> None:
    # was ("4(f)(1)", None) listed and the attached EX-4.(F) added again as ("4(f)", 3)
    record = edited_record(TURNER, {
        _ROW_4F: "                 4(f)(1) - Form",
        _PAGE: f"\n                 (1) {_CITED}\n{_PAGE}"})
    assert [(e["number"], e["document"]) for e in record["exhibits"]] == [
        ("1(c)", 2), ("4(f)", 3), ("4(g)", 4)]


def test_the_lettered_number_alone_stays() -> None:
    # (neighbour: "3(i)" with a note "(1)" under the list names no note)
    rows, elsewhere = _turner("3(i)", f"(1) {_CITED}")
    assert rows == [("3(i)", _4F), ("4(g)", _4G)]
    assert elsewhere == set()


def test_a_lettered_number_with_a_figure_and_no_note_stays_as_printed() -> None:
    # (neighbour: no note "(1)" under the list)
    rows, elsewhere = _turner("4(f)(1)")
    assert rows == [("4(f)(1)", _4F), ("4(g)", _4G)]
    assert elsewhere == set()


def test_a_list_numbering_the_exhibit_and_its_part_keeps_the_part() -> None:
    # (neighbour: "4(g)" listed, "4(g)(1)" a part of it, the note or none)
    text = TURNER.read_text(encoding="latin-1")
    at = text.index("ITEM 7.  EXHIBITS")
    region = text[at : text.index("SIGNATURE", at)].replace(
        _ROW_4F, "                 4(g)(1) - Form").replace(
        "                 4(g) -   Form", "                 4(g)(2) - Form").replace(
        _PAGE, f"\n                 (1) {_CITED}\n{_PAGE}")
    assert [number for number, _ in read_entries(region)] == ["1(c)", "4(g)(1)", "4(g)(2)"]


# --- the note must be a filing legend

_TABLE_NOTE = "(1) Amounts in thousands, except per share data.\n"


def test_a_table_footnote_leaves_a_whole_number_as_printed() -> None:
    # was ("24", ...): any "(1)" opening a line under the list was read as its note
    rows, elsewhere = _perkinelmer(" 24(1)   Power of Attorney.\n", _TABLE_NOTE)
    assert rows == [*_PE_LAST, ("24(1)", "Power of Attorney.")]
    assert elsewhere == set()


def test_a_table_footnote_leaves_a_lettered_number_as_printed() -> None:
    rows, elsewhere = _turner("4(f)(1)", _TABLE_NOTE.rstrip())
    assert rows == [("4(f)(1)", _4F), ("4(g)", _4G)]
    assert elsewhere == set()


def test_a_whole_number_listed_with_its_part_keeps_the_part() -> None:
    # was ("24", ...) twice: "24(1)" under "24" is a part of 24, not a note's reference
    rows, elsewhere = _perkinelmer(
        " 24      Power of Attorney (appears on signature page).\n"
        " 24(1)   Power of Attorney of Gregory L. Summe.\n", _PE_NOTE)
    assert rows == [_PE_LAST[1], ("24", "Power of Attorney (appears on signature page)."),
                    ("24(1)", "Power of Attorney of Gregory L. Summe.")]


def test_a_management_contract_note_is_a_legend() -> None:
    # (neighbour: a note saying what the exhibit is, as legends do)
    rows, elsewhere = _perkinelmer(
        " 24(1)   Power of Attorney.\n",
        "(1) Management contract or compensatory plan or arrangement.\n")
    assert rows == [*_PE_LAST, ("24", "Power of Attorney.")]
    assert elsewhere == set()


def test_a_whole_number_with_a_filing_note_still_reads_it() -> None:
    # (neighbour: round 73b's rule, a previously filed note)
    rows, elsewhere = _perkinelmer(" 24(1)   Power of Attorney.\n", _PE_NOTE)
    assert rows == [*_PE_LAST, ("24", "Power of Attorney.")]
    assert elsewhere == {"24"}


# --- timing

def test_many_bracketed_figures_under_a_list_read_in_linear_time() -> None:
    notes = "(1) " * 60_000 + "\n" + "(1) Amounts\n" * 15_000
    started = time.process_time()
    _turner("4(f)(1)", notes)
    _perkinelmer(" 24(1)   Power of Attorney.\n", notes)
    assert time.process_time() - started < 5
