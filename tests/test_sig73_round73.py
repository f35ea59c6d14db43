"""Signature blocks of round 73.

An office typed over "By:" where "By:" stands apart from the signature ("By:  /s/ Alex Hui",
the "/s/" five columns right of the office's column): the signer's title (was: none, the
office read only in the signature's column); wrapped to two lines too. Offices so typed over
two signers stacked, a blank line between or not (HTML's paragraphs): each signer's own
(was: the second's office the first signer's title, the second none). Not the title line
of a signer above signing with no office over it, typed right over the next "By:", nor a line
ten columns off. Pericom's 8-K (2007), edited.

A "Date: June 29, 2023" line under the registrant's signer, over the sentence opening the
table of the persons signing ("Pursuant to ... has been signed by the following persons in the
capacities and on the dates indicated."): the registrant's part's date, not the table's (was:
the table's undated rows dated by it, not by the one date the table prints). Acurx's S-1
(2023), its power of attorney taken out, edited.
"""

from __future__ import annotations

from typing import Any

from test_sig68b_round68 import _ACX, _ACX_NAMES, _ACX_TABLE, _DATED, _EMPTY
from test_sig72_round72 import _PERICOM_SIGNERS, _pericom

from support import edited_record

_ALEX = _PERICOM_SIGNERS[0]
_ANGELA = _PERICOM_SIGNERS[1]


# --- an office over "By:", the "/s/" five columns right of it ---

def test_pericom_office_over_by_apart_from_the_signature() -> None:
    # "By:" at column 30, "/s/" at 35, the office at 30 (was: no title)
    assert _pericom("                              President, Chief Executive Officer\n"
                    "                              By:  /s/ Alex Hui\n"
                    "                                   -------------------------------\n"
                    "                                   Alex Hui\n") == [_ALEX]


def test_pericom_office_over_by_wrapped_past_a_blank_line() -> None:
    # (was: no title)
    assert _pericom("                              President, Chief\n"
                    "                              Executive Officer\n"
                    "\n"
                    "                              By:  /s/ Alex Hui\n"
                    "                                   Alex Hui\n") == [_ALEX]


def test_pericom_offices_over_by_stacked() -> None:
    # two signers, each office over its "By:" (was: no titles)
    assert _pericom("                              President, Chief Executive Officer\n"
                    "                              By:  /s/ Alex Hui\n"
                    "                                   Alex Hui\n"
                    "\n"
                    "                              Chief Financial Officer\n"
                    "                              By:  /s/ Angela Chen\n"
                    "                                   Angela Chen\n") == [_ALEX, _ANGELA]


def test_pericom_offices_over_by_stacked_wrapped() -> None:
    # each office wrapped to two lines in the "/s/"'s column (was: Alex Hui "Chief Financial
    # Officer", Angela Chen no title)
    assert _pericom("                                   President, Chief\n"
                    "                                   Executive Officer\n"
                    "                              By:  /s/ Alex Hui\n"
                    "                                   Alex Hui\n"
                    "\n"
                    "                                   Chief Financial\n"
                    "                                   Officer\n"
                    "                              By:  /s/ Angela Chen\n"
                    "                                   Angela Chen\n") == [_ALEX, _ANGELA]


def test_pericom_offices_over_by_stacked_no_blank_line() -> None:
    # (was: Alex Hui "Chief Financial Officer", Angela Chen no title)
    assert _pericom("                                   President, Chief Executive Officer\n"
                    "                              By:  /s/ Alex Hui\n"
                    "                                   Alex Hui\n"
                    "                                   Chief Financial Officer\n"
                    "                              By:  /s/ Angela Chen\n"
                    "                                   Angela Chen\n") == [_ALEX, _ANGELA]


def test_pericom_titles_under_stacked_as_before() -> None:
    # (the neighbour: no office over the first signature: the lines under each are its title)
    assert _pericom("                              By:  /s/ Alex Hui\n"
                    "                                   Alex Hui\n"
                    "                                   President, Chief Executive Officer\n"
                    "                              By:  /s/ Angela Chen\n"
                    "                                   Angela Chen\n"
                    "                                   Chief Financial Officer\n") == [
        _ALEX, _ANGELA]


def test_pericom_office_over_the_signature_as_before() -> None:
    # (the neighbour: the office in the "/s/"'s column, as round 72 read it)
    assert _pericom("                                   President, Chief Executive Officer\n"
                    "                              By:  /s/ Alex Hui\n"
                    "                                   Alex Hui\n") == [_ALEX]


def test_pericom_line_ten_columns_off_no_title() -> None:
    # a line ten columns left of the "/s/" (five left of "By:"): no column of the signer's
    assert _pericom("                         President, Chief Executive Officer\n"
                    "                              By:  /s/ Alex Hui\n"
                    "                                   Alex Hui\n") == [
        (*_ALEX[:2], None, _ALEX[3])]


def test_pericom_title_of_the_signer_above_not_taken() -> None:
    # Alex Hui's title typed in the "By:" column right over Angela Chen's "By:": his, not hers
    assert _pericom("                              By: /s/ Alex Hui\n"
                    "                              Alex Hui\n"
                    "                              President, Chief Executive Officer\n"
                    "                              By:  /s/ Angela Chen\n"
                    "                                   Angela Chen\n") == [
        _ALEX, (*_ANGELA[:2], None, _ANGELA[3])]


# --- a date over the sentence opening the table is the part's above ---

_P = '<P STYLE="font: 10pt Times New Roman, Times, Serif; margin: 0pt 0">'
_SENTENCE = ('<P STYLE="font: 10pt Times New Roman, Times, Serif; margin: 0pt 0; text-indent: '
             '0.25in">Pursuant to the requirements of the Securities\nAct of 1933, as amended')


def _acurx_dated(date_line: str, dated: dict[str, str], under: str = "") -> list[tuple[Any, ...]]:
    """(name, date) of Acurx's signers, its power of attorney taken out and `date_line` typed
    as a paragraph under the registrant's signer (over the table's sentence; `under`: under
    the sentence), each row's date cell emptied but those of `dated`."""
    table = _ACX_TABLE[_ACX_TABLE.index(_SENTENCE):]
    if under:
        table = table.replace("the dates indicated.</P>",
                              f"the dates indicated.</P>\n\n{_P}{under}</P>")
    for name in _ACX_NAMES:
        at = table.index(f"/s/ {name}")
        end = table.index(_DATED, at) + len(_DATED)
        cell = _DATED.replace("June&nbsp;29, 2023", dated[name]) if name in dated else _EMPTY
        table = table[:at] + table[at:end].replace(_DATED, cell) + table[end:]
    over = f"{_P}{date_line}</P>\n\n" if date_line else ""
    record = edited_record(_ACX, {_ACX_TABLE: f"&nbsp;</B></P>\n\n{over}{table}"})
    return [(s["name"], s["date"]) for s in record["signatures"]]


_SHAWAH = {"Robert G. Shawah": "June&nbsp;30, 2023"}


def test_date_over_the_sentence_not_the_tables() -> None:
    # "Date: June 29, 2023" under Luci's signature, over the sentence; the table dates one
    # row "June 30, 2023": its other rows that date (was: "2023-06-29", the line's)
    assert _acurx_dated("Date: June&nbsp;29, 2023", _SHAWAH) == [
        ("David P. Luci", "2023-06-29"), *((name, "2023-06-30") for name in _ACX_NAMES)]
    assert _acurx_dated("Dated: June&nbsp;28, 2023", _SHAWAH)[-1] == (
        "James Donohue", "2023-06-30")


def test_dated_line_under_the_sentence_as_before() -> None:
    # (the neighbour: "Dated:" right over the table, under the sentence: its undated rows')
    assert _acurx_dated("", _SHAWAH, "Dated: June&nbsp;28, 2023")[2:4] == [
        ("Robert G. Shawah", "2023-06-30"), ("Robert J. DeLuccia", "2023-06-28")]


def test_no_date_line_table_dated_in_one_row_as_before() -> None:
    # (the neighbour: no "Date:" line at all; the table's one date dates its rows)
    assert _acurx_dated("", _SHAWAH)[-1] == ("James Donohue", "2023-06-30")
