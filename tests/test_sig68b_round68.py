"""Signature blocks of round 68b.

A "Signature  Title  Date" table printing one date, beside one row only: its undated rows
signed then too, not on the block's date (Acurx's S-1 (2023) edited: only Robert G. Shawah's
row dated "June 30, 2023"; was: the others "2023-06-29", the registrant's part's date); a
table printing two dates, a "Dated:" line right over the table, or an attorney-in-fact under
it keep their dates as before. "*By: Martin H. Neidell, as attorney-in-fact" with no "/s/"
signs, as "By:" and "*By: /s/" do (was: no signer); "their attorneys-in-fact" is signed as
"attorneys-in-fact", as "his attorney-in-fact" is "attorney-in-fact" (Page America's S-3/A
(1995) edited). An office typed alone under the signature of a text Form 4, whole or cut after
a word no title ends in ("/s/ Jane Doe" over "Chief Financial" over "Officer"), is the title
(was: none; Productivity Technologies' Form 4 (2000) edited).
"""

from __future__ import annotations

import time
from typing import Any

from support import FILINGS, edited_record, page_america_signer

_ACX = FILINGS / "s1_2023_acurxpharmaceuticalsin_1.txt"
_ACX_TEXT = _ACX.read_text(encoding="latin-1")
_ACX_TABLE = _ACX_TEXT[_ACX_TEXT.index("SIGNATURES AND POWER") : _ACX_TEXT.index(
    "</TABLE>", _ACX_TEXT.index("SIGNATURES AND POWER"))]
_DATED = '<TD STYLE="text-align: center">June&nbsp;29, 2023</TD></TR>'
_EMPTY = '<TD STYLE="text-align: center">&nbsp;</TD></TR>'
_ACX_REG = "ACURX PHARMACEUTICALS, INC."
_ACX_NAMES = ["David P. Luci", "Robert G. Shawah", "Robert J. DeLuccia", "Carl V. Sailer",
              "Joseph C. Scodari", "Thomas Harrison", "Jack H. Dean", "James Donohue"]


def _signers(record: dict[str, Any]) -> list[tuple[str | None, ...]]:
    return [(s["registrant"], s["name"], s["title"], s["date"]) for s in record["signatures"]]


def _acurx(dated: dict[str, str]) -> list[tuple[str | None, ...]]:
    """(name, date) of the table's signers (the registrant's own signer first), each row's date
    cell emptied but those of `dated` (a signer's name: the date typed in its row)."""
    table = _ACX_TABLE
    for name in _ACX_NAMES:
        at = table.index(f"/s/ {name}")
        end = table.index(_DATED, at) + len(_DATED)
        cell = _DATED.replace("June&nbsp;29, 2023", dated[name]) if name in dated else _EMPTY
        table = table[:at] + table[at:end].replace(_DATED, cell) + table[end:]
    return [(s[1], s[3]) for s in _signers(edited_record(_ACX, {_ACX_TABLE: table}))]


def test_table_dated_in_one_row_dates_its_other_rows() -> None:
    assert _acurx({"Robert G. Shawah": "June&nbsp;30, 2023"}) == [
        ("David P. Luci", "2023-06-29"),
        *((name, "2023-06-30") for name in _ACX_NAMES)]
    assert _acurx({"David P. Luci": "June&nbsp;30, 2023"})[1:] == [
        (name, "2023-06-30") for name in _ACX_NAMES]
    # (the new rule, so that this test fails without it)
    assert _acurx({"Robert G. Shawah": "June&nbsp;30, 2023"})[-1] == (
        "James Donohue", "2023-06-30")


def test_table_dated_twice_or_in_each_row_as_before() -> None:
    # (the neighbours: two dates in the table leave its undated rows the block's; a table
    # dated in each row, as filed)
    assert _acurx({"Robert G. Shawah": "June&nbsp;30, 2023",
                   "Carl V. Sailer": "July&nbsp;1, 2023"}) == [
        ("David P. Luci", "2023-06-29"), ("David P. Luci", "2023-06-29"),
        ("Robert G. Shawah", "2023-06-30"), ("Robert J. DeLuccia", "2023-06-29"),
        ("Carl V. Sailer", "2023-07-01"),
        *((name, "2023-06-29") for name in _ACX_NAMES[4:])]
    assert [s[3] for s in _signers(edited_record(_ACX, {}))] == ["2023-06-29"] * 9


def test_dated_line_over_the_table_as_before() -> None:
    # ("Dated: June 28, 2023" right over the table: its undated rows take that line's date, not
    # the one row's (round 69: was the block's first date, "2023-06-29"))
    table = _ACX_TABLE.replace("the dates indicated.", "the dates indicated.<P>Dated: June "
                               "28, 2023</P>")
    for name in _ACX_NAMES:
        if name != "Robert G. Shawah":
            at = table.index(f"/s/ {name}")
            end = table.index(_DATED, at) + len(_DATED)
            table = table[:at] + table[at:end].replace(_DATED, _EMPTY) + table[end:]
    dates = [(s[1], s[3]) for s in _signers(edited_record(_ACX, {_ACX_TABLE: table}))]
    assert dates[2:4] == [("Robert G. Shawah", "2023-06-29"), ("Robert J. DeLuccia", "2023-06-28")]


def test_starred_by_with_no_mark_signs() -> None:
    assert page_america_signer("*By: Martin H. Neidell, as attorney-in-fact\n") == (
        "Martin H. Neidell", "attorney-in-fact", "1995-05-25")
    assert page_america_signer("*By: Martin H. Neidell\n    Martin H. Neidell, as "
                               "attorney-in-fact\n") == (
        "Martin H. Neidell", "attorney-in-fact", "1995-05-25")
    assert page_america_signer("**By: Martin H. Neidell, as attorney-in-fact\n") == (
        "Martin H. Neidell", "attorney-in-fact", "1995-05-25")


def test_by_or_starred_by_with_a_mark_as_before() -> None:
    assert page_america_signer("By: Martin H. Neidell, as attorney-in-fact\n") == (
        "Martin H. Neidell", "attorney-in-fact", "1995-05-25")
    assert page_america_signer("*By: /s/ Martin H. Neidell, as attorney-in-fact\n") == (
        "Martin H. Neidell", "attorney-in-fact", "1995-05-25")
    # (a star alone before a name, no "By:": no signer of its own, as before)
    assert page_america_signer("* Martin H. Neidell, as attorney-in-fact\n")[0] != \
        "Martin H. Neidell"


def test_their_attorneys_in_fact() -> None:
    assert page_america_signer("*By: /s/ Martin H. Neidell\n    Martin H. Neidell, their "
                               "attorneys-in-fact\n") == (
        "Martin H. Neidell", "attorneys-in-fact", "1995-05-25")
    assert page_america_signer("*By: /s/ Martin H. Neidell\n    Martin H. Neidell, their "
                               "Attorneys in Fact\n") == (
        "Martin H. Neidell", "Attorneys in Fact", "1995-05-25")
    # (the neighbours: "his", "as")
    assert page_america_signer("*By: /s/ Martin H. Neidell\n    Martin H. Neidell, his "
                               "attorney-in-fact\n")[1] == "attorney-in-fact"
    assert page_america_signer("*By: /s/ Martin H. Neidell\n    Martin H. Neidell, as "
                               "attorneys-in-fact\n")[1] == "attorneys-in-fact"


_FOSTER = FILINGS / "4_2000_productivitytechnologi_1.txt"
_FOSTER_SIGNED = "SIGNATURE OF REPORTING PERSON\n  /s/         Alan H. Foster\n"


def _foster(lines: str) -> list[tuple[str | None, ...]]:
    """Productivity Technologies' Form 4 with `lines` typed under its caption."""
    return _signers(edited_record(_FOSTER, {_FOSTER_SIGNED: "SIGNATURE OF REPORTING PERSON\n"
                                            + lines}))


def test_office_alone_under_a_form_4_signature() -> None:
    assert _foster("  /s/ Jane Doe\n  Chief Financial\n  Officer\n") == [
        (None, "Jane Doe", "Chief Financial Officer", "2000-03-13")]
    assert _foster("  /s/ Jane Doe\n  Vice President and\n  Treasurer\n") == [
        (None, "Jane Doe", "Vice President and Treasurer", "2000-03-13")]
    assert _foster("  /s/ Jane Doe\n  Chief Financial Officer\n") == [
        (None, "Jane Doe", "Chief Financial Officer", "2000-03-13")]
    # (a cut office over the date's caption or a date: as read, as on the signature's line)
    assert _foster("  /s/ Jane Doe\n  Chief Financial\nDATE\n") == [
        (None, "Jane Doe", "Chief Financial", "2000-03-13")]
    assert _foster("  /s/ Jane Doe\n  Senior Vice\n  March 14, 2000\n") == [
        (None, "Jane Doe", "Senior Vice", "2000-03-14")]


def test_no_office_under_a_form_4_signature_as_before() -> None:
    # (the neighbours: a date, a word in capitals or a name under the signature; the form
    # as filed)
    assert _foster("  /s/ Jane Doe\n  March 14, 2000\n") == [
        (None, "Jane Doe", None, "2000-03-14")]
    assert _foster("  /s/ Jane Doe\n  DIRECTOR\n") == [
        (None, "Jane Doe", None, "2000-03-13")]
    assert _foster("  /s/ Jane Doe\n  Alan H. Foster\n") == [
        (None, "Jane Doe", None, "2000-03-13")]
    assert _signers(edited_record(_FOSTER, {})) == [
        (None, "Alan H. Foster", None, "2000-03-13")]


_PKI = FILINGS / "10k405_2001_perkinelmerinc_1.txt"
_PKI_NAMES = ["Tamara J. Erickson", "Kent F. Hansen", "John F. Keane", "Nicholas A. Lopardo",
              "Greta E. Marshall"]
_PKI_SUMME = "\nBy: /s/ Gregory L. Summe\n    Gregory L. Summe\n    Attorney-in-fact\n"


def _pki_directors(listed: str) -> list[tuple[str | None, ...]]:
    """(name, title, date) of PerkinElmer's directors, their table (from its first row to the
    table's end) re-typed as `listed` (the officers' table over it dated March 26, 2001)."""
    text = _PKI.read_text(encoding="latin-1")
    start = text.index("By: /s/ TAMARA J. ERICKSON")
    old = text[start : text.index("</TABLE>", start)]
    return [s[1:] for s in _signers(edited_record(_PKI, {old: listed}))[2:]]


def _pki_list(caption: str = "Directors") -> str:
    return (", ".join(_PKI_NAMES[:3]) + ",").ljust(60) + caption + "\n" + ", ".join(
        _PKI_NAMES[3:]) + "\n"


def test_date_line_under_a_directors_list_dates_it() -> None:
    signers = [*((n, "Director", "2001-03-27") for n in _PKI_NAMES),
               ("Gregory L. Summe", "Attorney-in-fact", "2001-03-26")]
    assert _pki_directors(_pki_list() + "Date: March 27, 2001\n" + _PKI_SUMME) == signers
    assert _pki_directors(_pki_list() + "\nDate: March 27, 2001\n" + _PKI_SUMME) == signers
    assert _pki_directors(_pki_list() + "\nDated: March 27, 2001\n" + _PKI_SUMME) == signers


def test_directors_list_undated_or_dated_in_its_caption_as_before() -> None:
    # (the neighbours: no date line: the block's date; a date in the caption's row; a date
    # line under the attorney: his)
    assert _pki_directors(_pki_list() + _PKI_SUMME) == [
        *((n, "Director", "2001-03-26") for n in _PKI_NAMES),
        ("Gregory L. Summe", "Attorney-in-fact", "2001-03-26")]
    assert _pki_directors(_pki_list("Directors" + " " * 20 + "March 28, 2001") + _PKI_SUMME) == [
        *((n, "Director", "2001-03-28") for n in _PKI_NAMES),
        ("Gregory L. Summe", "Attorney-in-fact", "2001-03-26")]
    assert _pki_directors(_pki_list() + _PKI_SUMME + "\nDate: March 27, 2001\n") == [
        *((n, "Director", "2001-03-26") for n in _PKI_NAMES),
        ("Gregory L. Summe", "Attorney-in-fact", "2001-03-27")]


def test_many_starred_attorneys_and_dated_tables_take_linear_time() -> None:
    # (~200 KB of "*By:" lines with no mark, and of tables dated in one row)
    began = time.process_time()
    page_america_signer("*By: Martin H. Neidell, as attorney-in-fact\n" * 4700)
    rows = "Signature      Title      Date\n/s/ Jane Doe   Director   March 3, 2001\n" \
        "/s/ John Roe   Director\n\n" * 2500
    _foster(rows)
    assert time.process_time() - began < 5
