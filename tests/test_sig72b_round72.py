"""Signature blocks of round 72b.

Offices in cells over two signers side by side, the date's cells opening their row ("Date:
April 26, 2007 | President | Chief Financial Officer" over "By: | /s/ Alex Hui | By: | /s/
Angela Chen"): each signer's office (was: no titles, the cells outnumbering the signers).
An office typed over one line left to sign on, the name typed under it ("President, Chief
Executive Officer" over "______" over "Alex Hui"): the signer's title (was: none), as over
"By: ______". A department's word of the title right before a name typed as signed with an
initial ("... Principal Treasury X. Friel Officer)" under "/s/ X. Friel") stays the title's
(was: the name "Treasury X. Friel"). Pericom's 8-K (2007) and PerkinElmer's 10-K405 (2001),
edited.
"""

from __future__ import annotations

import pytest
from test_sig71_round71 import _FRIEL, _ROW, _block
from test_sig72_round72 import _PERICOM_SIGNERS, _PSC, _pericom

_HUI_CHEN = [row[1:] for row in _PERICOM_SIGNERS]


# --- offices in cells, the date's cells opening their row ---

def test_offices_in_cells_after_a_date_cell() -> None:
    # "Date: April 26, 2007" in the row's first cell (was: both signers with no title)
    rows = ("PERICOM SEMICONDUCTOR CORPORATION\n\n"
            "Date: April 26, 2007\tPresident, Chief Executive Officer\tChief Financial Officer\n\n"
            "By:\t/s/ Alex Hui\tBy:\t/s/ Angela Chen\n"
            "\tAlex Hui\t\tAngela Chen\n")
    assert _block(rows) == _HUI_CHEN


def test_offices_in_cells_after_a_caption_and_a_date_cell() -> None:
    # "Date:" and "April 26, 2007" in cells of their own, short offices
    rows = ("PERICOM SEMICONDUCTOR CORPORATION\n\n"
            "Date:\tApril 26, 2007\tPresident\tTreasurer\n\n"
            "By:\t/s/ Alex Hui\tBy:\t/s/ Angela Chen\n"
            "\tAlex Hui\t\tAngela Chen\n")
    assert _block(rows) == [("Alex Hui", "President", "2007-04-26"),
                            ("Angela Chen", "Treasurer", "2007-04-26")]


def test_one_office_in_cells_after_a_date_cell_no_title() -> None:
    # one office over two signers, past the date: whose it is is not told (as before)
    rows = ("PERICOM SEMICONDUCTOR CORPORATION\n\n"
            "Date: April 26, 2007\tPresident, Chief Executive Officer\n\n"
            "By:\t/s/ Alex Hui\tBy:\t/s/ Angela Chen\n"
            "\tAlex Hui\t\tAngela Chen\n")
    assert _block(rows) == [("Alex Hui", None, "2007-04-26"),
                            ("Angela Chen", None, "2007-04-26")]


def test_offices_in_cells_without_a_date_as_before() -> None:
    rows = ("PERICOM SEMICONDUCTOR CORPORATION\n\n"
            "President, Chief Executive Officer\t\tChief Financial Officer\n\n"
            "By:\t/s/ Alex Hui\tBy:\t/s/ Angela Chen\n"
            "\tAlex Hui\t\tAngela Chen\n\nDate: April 26, 2007")
    assert _block(rows) == _HUI_CHEN


# --- an office over one line left to sign on ---

def test_pericom_office_over_a_bare_rule() -> None:
    # (was: no title)
    assert _pericom("President, Chief Executive Officer\n"
                    "______________________\n"
                    "Alex Hui\n") == _PERICOM_SIGNERS[:1]


def test_pericom_office_wrapped_over_a_bare_rule() -> None:
    # "President, Chief" over "Executive Officer", a blank line under it (was: no title)
    assert _pericom("President, Chief\n"
                    "Executive Officer\n"
                    "\n"
                    "______________________\n"
                    "Alex Hui\n") == _PERICOM_SIGNERS[:1]


def test_pericom_office_over_by_and_a_rule_as_before() -> None:
    assert _pericom("President, Chief Executive Officer\n"
                    "By:  ______________________\n"
                    "     Alex Hui\n") == _PERICOM_SIGNERS[:1]


def test_pericom_title_of_the_signer_above_not_taken() -> None:
    # "Director" under Hui's name, over Chen's rule: Hui's title, none of Chen's
    assert _pericom("______________________\n"
                    "Alex Hui\n"
                    "Director\n"
                    "\n"
                    "______________________\n"
                    "Angela Chen\n") == [(_PSC, "Alex Hui", "Director", "2007-04-26"),
                                         (_PSC, "Angela Chen", None, "2007-04-26")]


def test_pericom_registrant_over_a_bare_rule_no_title() -> None:
    assert _pericom("PERICOM SEMICONDUCTOR CORPORATION\n"
                    "______________________\n"
                    "Alex Hui\n") == [(_PSC, "Alex Hui", None, "2007-04-26")]


def test_pericom_title_under_the_name_wins_over_the_office_over() -> None:
    # a title typed under the name is the title, not the office over the rule
    assert _pericom("Director\n"
                    "______________________\n"
                    "Alex Hui\n"
                    "President, Chief Executive Officer\n") == _PERICOM_SIGNERS[:1]


# --- a department's word of the title before a name signed with an initial ---

def _friel_row(signed: str, tail: str) -> str:
    return _ROW.format(signed=signed, rule="-" * 50).replace(
        "Accounting Robert F. Friel Officer)", tail)


@pytest.mark.parametrize("word", ["Treasury", "Tax", "Engineering", "Clinical", "Regulatory"])
def test_wrapped_row_department_word_before_initialled_name(word: str) -> None:
    # (was: the name "Treasury X. Friel", the title "... and Principal Officer)")
    row = _friel_row("X. Friel", f"{word} X. Friel Officer)")
    assert _block(row) == [("X. Friel", _FRIEL[1].replace("Accounting", word), _FRIEL[2])]


@pytest.mark.parametrize("typed", ["Xavier X. Friel", "Robert X. Friel"])
def test_wrapped_row_given_name_before_initialled_name_as_before(typed: str) -> None:
    # a given name, listed or not, before the signature typed: the name's
    row = _friel_row("X. Friel", f"Accounting {typed} Officer)")
    assert _block(row) == [(typed, *_FRIEL[1:])]
