"""Signature blocks of round 69.

An attorney's capacity typed after the name on the "*By:" line, however cased, with "his" or
"her" before it or worded after the power ("*By: Martin H. Neidell, attorney-in-fact", ",
pursuant to powers of attorney previously filed", "(attorney-in-fact)"), is the title (was:
the name "Martin H. Neidell, attorney-in-fact"; Page America's S-3/A (1995) edited), and
"*By" with no colon signs as "*By:" does (was: the name "By"). A
"Dated:" line printed right over a "Signature  Title  Date" table dates its undated rows
(was: the block's first date; Acurx's S-1 (2023) and PerkinElmer's 10-K405 (2001) edited). A
date alone under the last signer, past a blank line (HTML paragraphs), is that signer's (an
attorney-in-fact under Acurx's table). Entities side by side, each "By: Icahn Enterprises
G.P. Inc.," over "its general partner", sign for the registrants over them: no signers (was:
two signers "Icahn Enterprises G.P. Inc.", title "general partner"). A schedule's filing
person's name over a "Signature:" label alone on its line, over their own signature, signs
for no registrant (CVR's filing persons re-typed as a rendered schedule). A text Form 4
signed under a "Signature:" label, not the form's caption, is read (was: no signature;
Productivity Technologies' Form 4 (2000) edited). "Name" and "Printed Name" typed alone under
the name are captions, no title's words (CTC's sample 8-K edited).
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from test_sig68b_round68 import _ACX, _ACX_NAMES, _ACX_TABLE, _ACX_TEXT, _DATED, _EMPTY

from filing2json.parsers.sections.form_signatures import form_signatures
from filing2json.parsers.sections.signatures import parse_signatures
from support import FILINGS, ctc_signatures, edited_record, page_america_signer

_NEIDELL = ("Martin H. Neidell", "attorney-in-fact", "1995-05-25")


@pytest.mark.parametrize("line", [
    "*By: Martin H. Neidell, attorney-in-fact\n",
    "*By: /s/ Martin H. Neidell, attorney-in-fact\n",
    "  *By: Martin H. Neidell, his attorney-in-fact\n",
    "*By: Martin H. Neidell (attorney-in-fact)\n",
])
def test_attorney_capacity_after_the_name_in_lower_case(line: str) -> None:
    assert page_america_signer(line) == _NEIDELL


@pytest.mark.parametrize("line", [
    "*By: Martin H. Neidell, pursuant to powers of attorney previously filed\n",
    "*By: Martin H. Neidell, by power of attorney\n",
    "*By: Martin H. Neidell, under power of attorney\n",
])
def test_power_of_attorney_after_the_name_is_the_capacity(line: str) -> None:
    assert page_america_signer(line) == ("Martin H. Neidell", "Attorney-in-Fact", "1995-05-25")


@pytest.mark.parametrize("lines", [
    "*By  Martin H. Neidell, attorney-in-fact\n",
    "*By\n    Martin H. Neidell, attorney-in-fact\n",
])
def test_starred_by_with_no_colon_signs(lines: str) -> None:
    # ("*By" alone in its column, the name beside it or under it; was: the name "By", or the
    # last director's row)
    assert page_america_signer(lines) == _NEIDELL


def test_attorney_capacity_as_before() -> None:
    # (the neighbours: "as", capitals, the filed lines; a name typed again with no capacity)
    assert page_america_signer("*By: Martin H. Neidell, as attorney-in-fact\n") == _NEIDELL
    assert page_america_signer("*By: Martin H. Neidell, Attorney-in-Fact\n") == (
        "Martin H. Neidell", "Attorney-in-Fact", "1995-05-25")
    assert page_america_signer("*By:/s/ Martin H. Neidell\n    Martin H. Neidell,\n"
                               "    attorney-in-fact\n") == _NEIDELL
    assert page_america_signer("*By: /s/ Martin H. Neidell\n    Martin H. Neidell\n") == (
        "Martin H. Neidell", None, "1995-05-25")


# Acurx's S-1 (2023): its directors' table (round 68b's _ACX_TABLE), each row dated "June 29,
# 2023"
def _acurx(over: str, kept: tuple[str, ...] = ()) -> list[tuple[str | None, ...]]:
    """(name, date) of Acurx's signers, `over` typed over the table, each row's date cell
    emptied but those of `kept`."""
    table = _ACX_TABLE.replace("the dates indicated.", "the dates indicated." + over)
    for name in _ACX_NAMES:
        if name not in kept:
            at = table.index(f"/s/ {name}")
            end = table.index(_DATED, at) + len(_DATED)
            table = table[:at] + table[at:end].replace(_DATED, _EMPTY) + table[end:]
    record = edited_record(_ACX, {_ACX_TABLE: table})
    return [(s["name"], s["date"]) for s in record["signatures"]]


def test_dated_line_over_an_undated_table_dates_its_rows() -> None:
    # (was: each row the block's first date, "2023-06-29", the registrant's signer's)
    assert _acurx("<P>Dated: June 28, 2023</P>") == [
        ("David P. Luci", "2023-06-29"), *((name, "2023-06-28") for name in _ACX_NAMES)]
    # ... and a table dated in one row: its other rows the line's date, that row its own
    assert _acurx("<P>Dated: June 28, 2023</P>", ("Robert G. Shawah",))[2:5] == [
        ("Robert G. Shawah", "2023-06-29"), ("Robert J. DeLuccia", "2023-06-28"),
        ("Carl V. Sailer", "2023-06-28")]


def test_table_with_no_dated_line_over_it_as_before() -> None:
    # (the neighbours: one date in the table dates its other rows; none, the block's date)
    assert _acurx("", ("Robert G. Shawah",))[-1] == ("James Donohue", "2023-06-29")
    assert _acurx("")[-1] == ("James Donohue", "2023-06-29")
    assert _acurx("<P>Dated: June 28, 2023</P>", tuple(_ACX_NAMES))[-1] == (
        "James Donohue", "2023-06-29")  # (every row dated: its own)


# PerkinElmer's 10-K405 (2001): its directors' table (text), each row dated March 26, 2001
_PKI = FILINGS / "10k405_2001_perkinelmerinc_1.txt"
_PKI_TEXT = _PKI.read_text(encoding="latin-1")
_PKI_AT = _PKI_TEXT.index("REGISTRANT AND IN THE CAPACITIES AND ON THE DATE INDICATED:")
_PKI_TABLE = _PKI_TEXT[_PKI_AT : _PKI_TEXT.index("</TABLE>", _PKI_AT)]


def _pki(over: str, kept: str) -> list[tuple[str | None, ...]]:
    """(name, date) of PerkinElmer's directors, `over` typed over their table, each row's
    date cut but the row of `kept`'s."""
    lines = [line.removesuffix("March 26, 2001").removesuffix("March 26,2001").rstrip()
             if line.startswith("By: /s/") and kept not in line else line
             for line in _PKI_TABLE.replace("INDICATED:", "INDICATED:" + over).split("\n")]
    record = edited_record(_PKI, {_PKI_TABLE: "\n".join(lines)})
    return [(s["name"], s["date"]) for s in record["signatures"][2:]]


def test_dated_line_over_a_text_table_dates_its_rows() -> None:
    signers = _pki("\n\nDated: March 27, 2001", "HANSEN")
    assert signers[:3] == [("Tamara J. Erickson", "2001-03-27"),
                           ("Kent F. Hansen", "2001-03-26"), ("John F. Keane", "2001-03-27")]
    assert signers[-1] == ("G. Robert Tod", "2001-03-27")
    # (no such line: the one date printed, as before)
    assert _pki("", "HANSEN")[-1] == ("G. Robert Tod", "2001-03-26")


_P = '<P STYLE="font: 10pt Times New Roman, Times, Serif; margin: 0pt 0">'


def _attorney_under(lines: list[str]) -> tuple[str | None, ...]:
    """(name, title, date) of the last signer of Acurx's S-1, two directors' rows starred and
    `lines` typed as paragraphs under the table."""
    end = _ACX_TEXT.index("</TABLE>", _ACX_TEXT.index("/s/ James Donohue"))
    close = _ACX_TEXT[end - 200 : end + 8]
    paragraphs = "".join(f"\n{_P}{line}</P>" for line in lines)
    record = edited_record(_ACX, {">/s/ Carl V. Sailer<": ">*<", ">/s/ Joseph C. Scodari<": ">*<",
                                  close: close + paragraphs})
    last = record["signatures"][-1]
    return last["name"], last["title"], last["date"]


def test_date_alone_under_the_last_signer_is_its_own() -> None:
    # (was: "2023-06-29", the block's first date)
    assert _attorney_under(["*By: /s/ David P. Luci", "David P. Luci, Attorney-in-fact",
                            "July 1, 2023"]) == ("David P. Luci", "Attorney-in-fact", "2023-07-01")
    assert _attorney_under(["*By: David P. Luci, attorney-in-fact", "July 1, 2023"]) == (
        "David P. Luci", "attorney-in-fact", "2023-07-01")


def test_attorney_under_the_table_with_no_date_or_a_labelled_one_as_before() -> None:
    assert _attorney_under(["*By: /s/ David P. Luci", "David P. Luci, Attorney-in-fact"]) == (
        "David P. Luci", "Attorney-in-fact", "2023-06-29")
    assert _attorney_under(["*By: /s/ David P. Luci", "David P. Luci, Attorney-in-fact",
                            "Date: July 1, 2023"]) == (
        "David P. Luci", "Attorney-in-fact", "2023-07-01")


# Icahn's Schedule TO-T/A on CVR Energy (2025, a corpus filing): its filing persons re-typed
# as text, under its certification
_CERTIFIED = ("After due inquiry and to the best of my knowledge and belief, I certify that the "
              "information set forth in this statement is true, complete and correct.\n\n")
_HOLDINGS = "ICAHN ENTERPRISES HOLDINGS L.P."
_TED = "Ted Papapostolou"


def _typed(lines: list[str], pad: int = 36) -> list[tuple[Any, ...]]:
    block = _CERTIFIED + "".join(f"{' ' * pad}{line}\n" if line else "\n" for line in lines)
    return [(s["registrant"], s["name"], s["title"], s["date"])
            for s in parse_signatures(block, False, [])]


def _beside(left: str, right: str) -> str:
    return f"{left:<42}{right}"


def test_entities_side_by_side_signing_for_the_registrants_are_no_signers() -> None:
    # (was: two more signers, "Icahn Enterprises G.P. Inc.", title "general partner")
    lines = [_beside(_HOLDINGS, "ICAHN ENTERPRISES L.P."), "",
             _beside("By: Icahn Enterprises G.P. Inc.,", "By: Icahn Enterprises G.P. Inc.,"),
             _beside("    its general partner", "    its general partner"), "",
             _beside(f"By: /s/ {_TED}", f"By: /s/ {_TED}"),
             _beside(f"Name: {_TED}", f"Name: {_TED}"),
             _beside("Title: Chief Financial Officer", "Title: Secretary")]
    assert _typed(lines, 4) == [(_HOLDINGS, _TED, "Chief Financial Officer", None),
                                ("ICAHN ENTERPRISES L.P.", _TED, "Secretary", None)]


def test_entities_side_by_side_in_table_cells_are_no_signers() -> None:
    # (CVR's cells, "By:" and "Icahn Enterprises G.P. Inc., its general partner" in one, two
    # registrants' blocks side by side; was: two signers named so, no title)
    entity = "By: Icahn Enterprises G.P. Inc., its general partner"
    block = (f"{_CERTIFIED}Date: January 10, 2025\n\n{_HOLDINGS}\tICAHN ENTERPRISES L.P.\n"
             f"{entity}\t{entity}\nBy:\t/s/ {_TED}\tBy:\t/s/ {_TED}\n"
             f"Name: {_TED}\tName: {_TED}\nTitle: Chief Financial Officer\tTitle: Secretary")
    assert [(s["registrant"], s["name"], s["title"], s["date"])
            for s in parse_signatures(block, True, [])] == [
        (_HOLDINGS, _TED, "Chief Financial Officer", "2025-01-10"),
        ("ICAHN ENTERPRISES L.P.", _TED, "Secretary", "2025-01-10")]


def test_signers_side_by_side_and_an_entity_alone_as_before() -> None:
    lines = [_beside(_HOLDINGS, "ICAHN ENTERPRISES L.P."), "",
             _beside(f"By: /s/ {_TED}", f"By: /s/ {_TED}"),
             _beside(f"Name: {_TED}", f"Name: {_TED}"),
             _beside("Title: Chief Financial Officer", "Title: Secretary")]
    assert _typed(lines, 4) == [(_HOLDINGS, _TED, "Chief Financial Officer", None),
                                ("ICAHN ENTERPRISES L.P.", _TED, "Secretary", None)]
    assert _typed([_HOLDINGS, "By: Icahn Enterprises G.P. Inc., its general partner", "",
                   f"By: /s/ {_TED}", f"Name: {_TED}", "Title: Chief Financial Officer"]) == [
        (_HOLDINGS, _TED, "Chief Financial Officer", None)]


def test_filing_person_over_a_signature_label_alone_signs_for_themselves() -> None:
    # (was: the registrant "CARL C. ICAHN")
    lines = [_HOLDINGS, "Signature:", f"/s/ {_TED}", "Name/Title:",
             f"{_TED}, Chief Financial Officer and Secretary", "Date:", "01/10/2025", "",
             "CARL C. ICAHN", "Signature:", "/s/ Carl C. Icahn", "Name/Title:",
             "Carl C. Icahn", "Date:", "01/10/2025"]
    assert _typed(lines) == [
        (_HOLDINGS, _TED, "Chief Financial Officer and Secretary", "2025-01-10"),
        (None, "Carl C. Icahn", None, "2025-01-10")]


def test_filing_person_over_a_labelled_signature_as_before() -> None:
    lines = [_HOLDINGS, f"Signature: /s/ {_TED}",
             f"Name/Title: {_TED}, Chief Financial Officer and Secretary", "Date: 01/10/2025", "",
             "CARL C. ICAHN", "Signature: /s/ Carl C. Icahn", "Name/Title: Carl C. Icahn",
             "Date: 01/10/2025"]
    assert _typed(lines)[-1] == (None, "Carl C. Icahn", None, "2025-01-10")


# Productivity Technologies' Form 4 (2000, text): its signature under the form's caption
_F4 = FILINGS / "4_2000_productivitytechnologi_1.txt"
_F4_SIGNED = "SIGNATURE OF REPORTING PERSON\n  /s/         Alan H. Foster\nDATE\nMarch 13, 2000\n"


def _form4(lines: str) -> list[tuple[Any, ...]]:
    return [(s["registrant"], s["name"], s["title"], s["date"])
            for s in edited_record(_F4, {_F4_SIGNED: lines})["signatures"]]


@pytest.mark.parametrize("lines", [
    "Signature: /s/ Alan H. Foster                    Date: March 13, 2000\n",
    "Signature: /s/ Alan H. Foster\nDate: March 13, 2000\n",
    "SIGNATURE:  /s/ Alan H. Foster\n\nDATE:  March 13, 2000\n",
])
def test_form4_signed_under_a_signature_label(lines: str) -> None:
    # (was: no signature)
    assert _form4(lines) == [(None, "Alan H. Foster", None, "2000-03-13")]


def test_form4_labelled_signature_with_its_title() -> None:
    assert _form4("Signature: /s/ Alan H. Foster\nName: Alan H. Foster\nTitle: Chief "
                  "Financial Officer\nDate: March 13, 2000\n") == [
        (None, "Alan H. Foster", "Chief Financial Officer", "2000-03-13")]


def test_form4_captioned_or_unsigned_label_as_before() -> None:
    assert _form4(_F4_SIGNED) == [(None, "Alan H. Foster", None, "2000-03-13")]
    assert _form4("Signature: ____________________\nDate: March 13, 2000\n") == []


# CTC's sample 8-K (2000): its signer re-typed over captions typed bare under each line
_CTC = "                  CTC COMMUNICATIONS GROUP, INC.\n\n"
_JDP = ("CTC COMMUNICATIONS GROUP, INC.", "John D. Pittenger",
        "Executive Vice President, Finance and Administration", "2000-08-03")


@pytest.mark.parametrize("caption", ["Name", "Printed Name", "NAME"])
def test_bare_name_caption_under_the_name_is_no_title(caption: str) -> None:
    # (was: the title "Name Executive Vice President, ...")
    assert ctc_signatures(
        f"{_CTC}                 /s/ John D. Pittenger\n                 Signature\n"
        f"                 John D. Pittenger\n                 {caption}\n                 "
        "Executive Vice President, Finance and Administration\n                 Title\n\n"
        "Dated: August 3, 2000") == [_JDP]


def test_captions_in_brackets_as_before() -> None:
    assert ctc_signatures(
        f"{_CTC}                 /s/ John D. Pittenger\n                 (Signature)\n"
        "                 John D. Pittenger\n                 Executive Vice President, "
        "Finance and Administration\n                 (Name and Title)\n\n"
        "Dated: August 3, 2000") == [_JDP]


def test_signature_label_scan_and_dated_tables_take_linear_time() -> None:
    # (~200 KB of "Signature:" labels with no mark, one line and many; a block of tables
    # under "Dated:" lines and dates alone)
    start = time.process_time()
    assert form_signatures("", "Signature: x " * 16_000, None, "4") == []
    assert form_signatures("", "Signature: ______\n" * 11_000, None, "4") == []
    table = "Dated: March 27, 2001\n\nSignature   Title   Date\n/s/ Jane Doe   Director\n"
    parse_signatures("".join([table, "\nMarch 27, 2001\n"] * 2_500), False, [])
    assert time.process_time() - start < 5
