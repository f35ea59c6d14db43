"""Signature blocks of round 74b.

"Name:" and "Title:" (or "Its:", "Position:"; maybe "Date:" under them) stacked in one HTML
cell, their values stacked in the next cell, the signature in a "By:" row of its own
over them: the page runs each cell's lines together ("Name: Title:" | "Jennifer Johnson
General Counsel"), so the name is the words naming the signer (the name typed in full under
"/s/ J. Johnson" too; a suffix after it, "Jane Doe, M.D.", the name's), or with no
signature a person's name before an office's first word, and the rest the title (was: no
title, or the title's first line lost; with the name alone in the values' cell, "Title:
Jennifer Johnson" the name). IFF's 8-K (2025), edited.

Audited and pinned (these pass on the start tree too): a modern S-1's directors' table
(Acurx Pharmaceuticals 2023) signed by an attorney-in-fact for the rows marked "*" (each
director keeps the table's title; the attorney signs as "Attorney-in-fact"), the table's
date typed once in its first row, and the block's date worded "this 28th day of June, 2023".
"""

from __future__ import annotations

import time
from typing import Any

from test_sig70_round70 import _PURSUANT
from test_sig73b_round73 import _DIV, _IFF_REG, _iff, _row

from filing2json.parsers.sections.signatures import parse_signatures
from support import FILINGS, edited_record

_JENNIFER = "Jennifer Johnson"
_IFF_TITLE = "Executive Vice President, General Counsel and Corporate Secretary"
_DATE = "2025-05-07"


def _stack(*lines: str) -> str:
    """Lines typed in one cell, each in a <div> of its own (as IFF types its title's two)."""
    return f"</div>{_DIV}".join(lines)


def _by(signed: str = "/s/ Jennifer Johnson") -> str:
    return _row("By:", signed)


# --- "Name:" / "Title:" stacked in one cell, the values in the next ---

def test_iff_name_title_labels_stacked_in_one_cell() -> None:
    # (was: "General Counsel and Corporate Secretary", the title's first line lost)
    assert _iff(_by() + _row(_stack("Name:", "Title:"), _stack(
        _JENNIFER, "Executive Vice President, General Counsel", "and Corporate Secretary"))) == [
        (_IFF_REG, _JENNIFER, _IFF_TITLE, _DATE)]


def test_iff_name_its_labels_stacked_in_one_cell() -> None:
    # "Its:" for "Title:" (was: no title)
    assert _iff(_by("/s/ Glenn Richter") + _row(_stack("Name:", "Its:"), _stack(
        "Glenn Richter", "Chief Financial Officer"))) == [
        (_IFF_REG, "Glenn Richter", "Chief Financial Officer", _DATE)]


def test_iff_labels_stacked_in_capitals_and_printed_name() -> None:
    # (was: no title)
    for labels in (("NAME:", "TITLE:"), ("Printed Name:", "Title:"), ("Name:", "Position:")):
        assert _iff(_by() + _row(_stack(*labels), _stack(_JENNIFER, "General Counsel"))) == [
            (_IFF_REG, _JENNIFER, "General Counsel", _DATE)], labels


def test_iff_labels_stacked_two_signers_stacked() -> None:
    # (was: both with no title)
    assert _iff(_by() + _row(_stack("Name:", "Title:"), _stack(_JENNIFER, "General Counsel"))
                + _by("/s/ Glenn Richter") + _row(_stack("Name:", "Title:"), _stack(
                    "Glenn Richter", "Chief Financial Officer"))) == [
        (_IFF_REG, _JENNIFER, "General Counsel", _DATE),
        (_IFF_REG, "Glenn Richter", "Chief Financial Officer", _DATE)]


def test_iff_labels_stacked_two_signers_side_by_side() -> None:
    # (was: both with no title)
    assert _iff(_row("By:", "/s/ Jennifer Johnson", "By:", "/s/ Glenn Richter")
                + _row(_stack("Name:", "Title:"), _stack(_JENNIFER, "General Counsel"),
                       _stack("Name:", "Title:"), _stack("Glenn Richter",
                                                         "Chief Financial Officer"))) == [
        (_IFF_REG, _JENNIFER, "General Counsel", _DATE),
        (_IFF_REG, "Glenn Richter", "Chief Financial Officer", _DATE)]


def test_iff_labels_stacked_name_typed_in_full() -> None:
    # "/s/ J. Johnson" over "Jennifer Johnson": the typed name (was: "J. Johnson", no title)
    assert _iff(_by("/s/ J. Johnson") + _row(_stack("Name:", "Title:"), _stack(
        _JENNIFER, "General Counsel"))) == [(_IFF_REG, _JENNIFER, "General Counsel", _DATE)]


def test_iff_labels_stacked_not_signed() -> None:
    # a line left to sign on: the person's name before the office's first word (was: the
    # name "Title: Jennifer Johnson General Counsel", no title)
    assert _iff(_by("______________") + _row(_stack("Name:", "Title:"), _stack(
        _JENNIFER, "General Counsel"))) == [(_IFF_REG, _JENNIFER, "General Counsel", _DATE)]


def test_iff_labels_stacked_with_the_date() -> None:
    # "Date:" stacked under them: its value is the signer's date (was: no title)
    assert _iff(_by() + _row(_stack("Name:", "Title:", "Date:"), _stack(
        _JENNIFER, "General Counsel", "May 9, 2025")), "") == [
        (_IFF_REG, _JENNIFER, "General Counsel", "2025-05-09")]


def test_iff_labels_stacked_suffix_is_the_names() -> None:
    # (was: "Jennifer Johnson", no title; now as "Name:" and "Title:" in rows of their own
    # read it)
    expected = [(_IFF_REG, "Jennifer Johnson, M.D.", "Chief Medical Officer", _DATE)]
    assert _iff(_by() + _row(_stack("Name:", "Title:"), _stack(
        "Jennifer Johnson, M.D.", "Chief Medical Officer"))) == expected
    assert _iff(_by() + _row("Name:", "Jennifer Johnson, M.D.")
                + _row("Title:", "Chief Medical Officer")) == expected


def test_iff_labels_stacked_senior_office_not_a_suffix() -> None:
    # "Sr." opening the office stays the title's (was: no title)
    assert _iff(_by() + _row(_stack("Name:", "Title:"), _stack(
        _JENNIFER, "Sr. Vice President"))) == [(_IFF_REG, _JENNIFER, "Sr. Vice President", _DATE)]


def test_iff_labels_stacked_for_the_attorney() -> None:
    # "/s/ Roger Smith, Attorney-in-Fact" over another's name and office: she signs by him,
    # as with the labels in rows of their own (was: Roger Smith, "Attorney-in-Fact")
    assert _iff(_by("/s/ Roger Smith, Attorney-in-Fact") + _row(_stack("Name:", "Title:"), _stack(
        _JENNIFER, "Chief Financial Officer"))) == [
        (_IFF_REG, _JENNIFER, "Chief Financial Officer", _DATE)]


def test_iff_labels_stacked_name_alone() -> None:
    # no title typed (was: the name "Title: Jennifer Johnson")
    assert _iff(_by() + _row(_stack("Name:", "Title:"), _JENNIFER)) == [
        (_IFF_REG, _JENNIFER, None, _DATE)]


def test_iff_labels_stacked_title_alone_not_signed() -> None:
    # no name typed, none signed (was: the name "Title: Chief Financial Officer")
    assert _iff(_by("______________") + _row(_stack("Name:", "Title:"),
                                               "Chief Financial Officer")) == [
        (_IFF_REG, None, "Chief Financial Officer", _DATE)]


def test_iff_labels_in_rows_of_their_own_as_before() -> None:
    # (the neighbours: each label in its own row; all the labels and values in one row)
    assert _iff(_by() + _row("Name:", _JENNIFER) + _row("Its:", "General Counsel")) == [
        (_IFF_REG, _JENNIFER, "General Counsel", _DATE)]
    assert _iff(_row(_stack("By:", "Name:", "Title:"), _stack(
        "/s/ Jennifer Johnson", _JENNIFER, "General Counsel"))) == [
        (_IFF_REG, _JENNIFER, "General Counsel", _DATE)]


def test_stacked_labels_long_values_fast() -> None:
    # a values' cell of ~200 KB run together after "Name: Title:"
    block = _PURSUANT + "By:\t/s/ Jane Doe\nName: Title:\t" + "Jane Doe " + "Counsel " * 25000
    unsigned = _PURSUANT + "By:\t______\nName: Title:\t" + "Jane " * 40000
    start = time.process_time()
    parse_signatures(block + "\n", True, [])
    parse_signatures(unsigned + "\n", True, [])
    assert time.process_time() - start < 5


# --- audited: a modern S-1's directors' table (pinned) ---

_ACURX = FILINGS / "s1_2023_acurxpharmaceuticalsin_1.txt"
_ACURX_TEXT = _ACURX.read_text(encoding="latin-1")
_DIRECTORS = ("Robert J. DeLuccia", "Carl V. Sailer", "Joseph C. Scodari", "Thomas Harrison",
              "Jack H. Dean", "James Donohue")
_TABLE_END = '    <TD STYLE="text-align: center">&nbsp;</TD></TR>\n  </TABLE>\n'
_DATED = '<TD STYLE="text-align: center">June&nbsp;29, 2023</TD>'
_LUCI = "President, Chief Executive Officer and Director (Principal Executive Officer)"
_SHAWAH = "Chief Financial Officer (Principal Financial Officer and Principal Accounting Officer)"


def _acurx(edits: dict[str, str]) -> list[tuple[Any, ...]]:
    """The table's signers (after the registrant's own signer over it)."""
    return [(s["name"], s["title"], s["date"])
            for s in edited_record(_ACURX, edits)["signatures"][1:]]


def _table(date: str = "2023-06-29") -> list[tuple[Any, ...]]:
    return [("David P. Luci", _LUCI, date), ("Robert G. Shawah", _SHAWAH, date),
            ("Robert J. DeLuccia", "Executive Chairman", date),
            *((name, "Director", date) for name in _DIRECTORS[1:])]


def test_acurx_directors_starred_attorney_in_fact() -> None:
    edits = {f">/s/ {name}<": ">*<" for name in _DIRECTORS}
    edits[_TABLE_END] = _TABLE_END + (
        "<P>*By: /s/ David P. Luci</P>\n<P>David P. Luci</P>\n<P>Attorney-in-fact</P>\n")
    assert _acurx(edits) == [*_table(), ("David P. Luci", "Attorney-in-fact", "2023-06-29")]


def test_acurx_table_dated_once() -> None:
    tail = _ACURX_TEXT[_ACURX_TEXT.index(_DATED) :]
    blank = '<TD STYLE="text-align: center">&nbsp;</TD>'
    once = tail.replace(_DATED, blank).replace(
        blank, '<TD STYLE="text-align: center">June 30, 2023</TD>', 1)
    assert _acurx({tail: once}) == _table("2023-06-30")


def test_acurx_block_dated_this_day() -> None:
    record = edited_record(_ACURX, {"on June&nbsp;29, 2023.</P>":
                                    "this 28th day of June, 2023.</P>"})
    assert [(s["name"], s["date"]) for s in record["signatures"][:2]] == [
        ("David P. Luci", "2023-06-28"), ("David P. Luci", "2023-06-29")]
