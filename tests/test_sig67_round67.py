"""Signature blocks of round 67.

A plain-text block holding a table typed with "|" between its cells: the lines outside the
table keep their columns (typed apart with three blanks or more), each a cell placed by where
it stands (was: each line one cell, so that two signers side by side were read as one, "GREGORY
L. SUMME By: /s/ ROBERT F. FRIEL", and a table typed in columns above the "|" one ran its
columns together). PerkinElmer's 10-K405 (2001) is edited: its directors' table re-typed with
"|", its officers' table as two signers side by side or left as filed.

A 10-K's directors starred in a list beside a "Directors" caption with no date ("*Tamara J.
Erickson, *Kent F. Hansen, ...   Directors"): each star goes, each name a signer (was: the
first three names one signer), and signed when the attorney-in-fact of the "*By: /s/ ..." line
under them did, as starred rows of a table are (was: the block's date).
"""

from __future__ import annotations

import time

import pytest

from filing2json.parsers.sections.signature_block import piped_cells
from support import FILINGS, ctc_signatures, edited_record

_CTC = "CTC COMMUNICATIONS GROUP, INC."

_PKI = FILINGS / "10k405_2001_perkinelmerinc_1.txt"
_TEXT = _PKI.read_text(encoding="latin-1")


def _table_after(marker: str) -> str:
    """The first <TABLE>...</TABLE> of PerkinElmer's 10-K after `marker`."""
    start = _TEXT.index("<TABLE>", _TEXT.index(marker))
    return _TEXT[start : _TEXT.index("</TABLE>", start) + len("</TABLE>")]


_OFFICERS = _table_after("PERKINELMER, INC.\n\n<TABLE>")
_DIRECTORS = _table_after("ON THE DATE INDICATED:")
_PIPED = ("| Signature | Title | Date |\n|---|---|---|\n"
          "| /s/ Tamara J. Erickson | Director | March 26, 2001 |\n"
          "| /s/ Kent F. Hansen | Director | March 27, 2001 |\n")
_SIDE = ("By: /s/ GREGORY L. SUMME                     By: /s/ ROBERT F. FRIEL\n"
         "    Gregory L. Summe                             Robert F. Friel\n"
         "    Chairman of the Board, Chief Executive       Senior Vice President and Chief\n"
         "    Officer and President                        Financial Officer\n\n"
         "Date: March 26, 2001\n")
_PKI_REG = "PERKINELMER, INC."
_SUMME_SIDE = (_PKI_REG, "Gregory L. Summe",
               "Chairman of the Board, Chief Executive Officer and President", "2001-03-26")
_FRIEL_SIDE = (_PKI_REG, "Robert F. Friel", "Senior Vice President and Chief Financial Officer",
               "2001-03-26")
_PIPED_SIGNERS = [(_PKI_REG, "Tamara J. Erickson", "Director", "2001-03-26"),
                  (_PKI_REG, "Kent F. Hansen", "Director", "2001-03-27")]


def _signers(edit: dict[str, str]) -> list[tuple[str | None, ...]]:
    return [(s["registrant"], s["name"], s["title"], s["date"])
            for s in edited_record(_PKI, edit)["signatures"]]


def test_side_by_side_signers_over_a_piped_table_stay_two() -> None:
    assert _signers({_OFFICERS: _SIDE, _DIRECTORS: _PIPED}) == [
        _SUMME_SIDE, _FRIEL_SIDE, *_PIPED_SIGNERS]


def test_side_by_side_signers_with_no_piped_table_as_before() -> None:
    # (the neighbour: no "|" table, read where they stand, as before)
    assert _signers({_OFFICERS: _SIDE})[:3] == [
        _SUMME_SIDE, _FRIEL_SIDE, (_PKI_REG, "Tamara J. Erickson", "Director", "2001-03-26")]
    # (the new rule, so that this test fails without it: the same over a "|" table)
    assert _signers({_OFFICERS: _SIDE, _DIRECTORS: _PIPED})[:2] == [_SUMME_SIDE, _FRIEL_SIDE]


def test_table_typed_in_columns_over_a_piped_table_keeps_its_columns() -> None:
    assert _signers({_DIRECTORS: _PIPED}) == [
        (_PKI_REG, "Gregory L. Summe", "Chairman of the Board, Chief Executive Officer and "
         "President (Principal Executive Officer)", "2001-03-26"),
        (_PKI_REG, "Robert F. Friel", "Senior Vice President and Chief Financial Officer "
         "(Principal Financial Officer and Principal Accounting Officer)", "2001-03-26"),
        *_PIPED_SIGNERS]


def test_registrant_beside_a_piped_table_line_and_sentence_spaces() -> None:
    block = ("Pursuant to the requirements of the Act, the registrant has duly caused this\n"
             "report to be signed.  Thereunto duly authorized.\n\n"
             "              ACME CORP.\n\n"
             "By: /s/ Jane Doe          By: /s/ John Roe\n"
             "| /s/ Mary Major | Director | March 4, 2025 |\n"
             "| /s/ Ted Minor | Director | March 4, 2025 |\n")
    assert piped_cells(block) == (
        "Pursuant to the requirements of the Act, the registrant has duly caused this\n"
        "report to be signed. Thereunto duly authorized.\n\n"
        "ACME CORP.\n\n"
        "By: /s/ Jane Doe\tBy: /s/ John Roe\n"
        "/s/ Mary Major\tDirector\tMarch 4, 2025\n"
        "/s/ Ted Minor\tDirector\tMarch 4, 2025\n")


def test_piped_block_cells_in_linear_time() -> None:
    rows = "| /s/ Jane Doe | Director | March 3, 2001 |\n" * 3
    for run in ("a  " * 70000, "a   " * 50000, " " * 200000 + "x", "x " * 100000):
        start = time.process_time()
        piped_cells(rows + run + "\n" + run)
        assert time.process_time() - start < 5


_NAMES = ["Tamara J. Erickson", "Kent F. Hansen", "John F. Keane", "Nicholas A. Lopardo",
          "Greta E. Marshall"]
_BY_DATED = ("\n*By: /s/ Gregory L. Summe" + " " * 30 + "March 28, 2001\n"
             "    Gregory L. Summe\n    Attorney-in-fact\n")
_BY_UNDATED = "\n*By: /s/ Gregory L. Summe\n    Gregory L. Summe\n    Attorney-in-fact\n"


def _pad(text: str, width: int) -> str:
    return text + " " * (width - len(text))


def _listed(names: list[str], caption: str = "Directors") -> str:
    return _pad(", ".join(names[:3]) + ",", 60) + caption + "\n" + ", ".join(names[3:])


def _directors(listed: str) -> list[tuple[str | None, ...]]:
    return [s[1:] for s in _signers({_DIRECTORS: listed})[2:]]


@pytest.mark.parametrize("star", ["front", "back", "capitals"])
def test_starred_directors_listed_sign_when_the_attorney_did(star: str) -> None:
    names = [n.upper() for n in _NAMES] if star == "capitals" else _NAMES
    starred = [f"*{n}" if star == "front" else f"{n}*" for n in names]
    assert _directors(_listed(starred) + "\n" + _BY_DATED) == [
        *((n, "Director", "2001-03-28") for n in names),
        ("Gregory L. Summe", "Attorney-in-fact", "2001-03-28")]


def test_starred_directors_listed_with_an_undated_attorney_take_the_blocks_date() -> None:
    starred = [f"*{n}" for n in _NAMES]
    assert _directors(_listed(starred) + "\n" + _BY_UNDATED) == [
        *((n, "Director", "2001-03-26") for n in _NAMES),
        ("Gregory L. Summe", "Attorney-in-fact", "2001-03-26")]


def test_directors_listed_unstarred_or_dated_in_the_caption_as_before() -> None:
    # no star: not the attorney's, the block's date (as before)
    assert _directors(_listed(_NAMES) + "\n" + _BY_DATED)[0] == (
        "Tamara J. Erickson", "Director", "2001-03-26")
    # a date in the caption's row: theirs (as before)
    starred = [f"*{n}" for n in _NAMES]
    caption = "Directors" + " " * 20 + "March 27, 2001"
    assert _directors(_listed(starred, caption) + "\n" + _BY_DATED)[:2] == [
        ("Tamara J. Erickson", "Director", "2001-03-27"),
        ("Kent F. Hansen", "Director", "2001-03-27")]
    # starred rows of a table, each its own line: the attorney's date (as before)
    rows = "\n".join(_pad(f"*{n}", 60) + "Director" for n in _NAMES)
    assert _directors(rows + "\n" + _BY_DATED)[0] == (
        "Tamara J. Erickson", "Director", "2001-03-28")


# --- a title typed before the signature on its row -------------------------------------------

_ACX = FILINGS / "s1_2023_acurxpharmaceuticalsin_1.txt"  # Acurx Pharmaceuticals' S-1 (2023)
_C = '<TD STYLE="text-align: center">'
_SIG = '<TD STYLE="border-bottom: black 1pt solid; text-align: center">'
_ROW = '</TR>\n  <TR STYLE="vertical-align: top">\n'
# Carl V. Sailer's row of the directors' table: "/s/ ..." | | "Director" | | date, his name under
_SAILER = (f"{_SIG}/s/ Carl V. Sailer</TD>\n    {_C}&nbsp;</TD>\n    {_C}Director</TD>\n"
           f"    {_C}&nbsp;</TD>\n    {_C}June&nbsp;29, 2023</TD>{_ROW}"
           f"    {_C}Carl V. Sailer</TD>\n    {_C}&nbsp;</TD>\n    {_C}&nbsp;</TD>")


def _title_first(title: str) -> str:
    """Sailer's row with its title cell before the signature's, his name under it."""
    return (f"{_C}{title}</TD>\n    {_C}&nbsp;</TD>\n    {_SIG}/s/ Carl V. Sailer</TD>\n"
            f"    {_C}&nbsp;</TD>\n    {_C}June&nbsp;29, 2023</TD>{_ROW}"
            f"    {_C}&nbsp;</TD>\n    {_C}&nbsp;</TD>\n    {_C}Carl V. Sailer</TD>")


def _sailer(row: str) -> tuple[str | None, ...]:
    signers = edited_record(_ACX, {_SAILER: row})["signatures"]
    return next((s["name"], s["title"], s["date"]) for s in signers
                if s["name"] == "Carl V. Sailer")


@pytest.mark.parametrize("title", ["Director", "Chief Operating Officer and Director",
                                   "Vice President, Finance", "Principal Accounting Officer"])
def test_title_cell_before_the_signature_is_the_signers(title: str) -> None:
    assert _sailer(_title_first(title)) == ("Carl V. Sailer", title, "2023-06-29")


def test_firm_or_date_cell_before_the_signature_is_no_title() -> None:
    for left in ("General Electric Company", "Principal Life Insurance Co.",
                 "Corporate Partners, L.P.", "June 29, 2023", "Date:"):
        assert _sailer(_title_first(left)) == ("Carl V. Sailer", None, "2023-06-29"), left
    # the title in its own cell after the signature: as before
    assert _sailer(_SAILER) == ("Carl V. Sailer", "Director", "2023-06-29")
    # (the new rule, so that this test fails without it)
    assert _sailer(_title_first("Director")) == ("Carl V. Sailer", "Director", "2023-06-29")


@pytest.mark.parametrize("gap", [" ", "    "])
def test_title_typed_before_the_mark_on_its_line(gap: str) -> None:
    # CTC Communications' 8-K (sample 000), its signer re-typed title first
    assert ctc_signatures(f"{_CTC}\nChief Executive Officer{gap}/s/ John D. Pittenger\n\n"
                          "Dated: August 3, 2000") == [
        (_CTC, "John D. Pittenger", "Chief Executive Officer", "2000-08-03")]
    # a title under the name: the signer's, the line before it no title (as before)
    assert ctc_signatures(f"{_CTC}\nPresident{gap}By: /s/ John D. Pittenger\n"
                          "John D. Pittenger, Chief Executive Officer\n\n"
                          "Dated: August 3, 2000") == [
        (_CTC, "John D. Pittenger", "Chief Executive Officer", "2000-08-03")]


def test_firm_before_the_mark_on_its_line_is_no_title() -> None:
    for firm in ("General Electric Company", "Principal Life Insurance Co.",
                 "Corporate Partners, L.P."):
        assert ctc_signatures(f"{_CTC}\n{firm} By: /s/ John D. Pittenger\nJohn D. Pittenger\n"
                              "Vice President\n\nDated: August 3, 2000")[0][1:] == (
            "John D. Pittenger", "Vice President", "2000-08-03"), firm
    # (the new rule, so that this test fails without it: a title there)
    assert ctc_signatures(f"{_CTC}\nVice President /s/ John D. Pittenger\n\n"
                          "Dated: August 3, 2000")[0][2] == "Vice President"
