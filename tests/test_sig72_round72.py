"""Signature blocks of round 72.

Offices typed over two signers side by side, one over each signer's column ("President,
Chief Executive Officer    Chief Financial Officer" over "By: /s/ Alex Hui    By: /s/ Angela
Chen", a blank line between or not, wrapped or not, in columns or cells): each signer's title
when none is typed under its signature (was: none); an office typed over one "By: /s/ ..."
wrapped to two lines ("Chairman and Chief" over "Executive Officer") is read whole (was: its
last line). The name typed under a row's rule amid a wrapped title, a given name not in the
list with an initial other than the signature's ("/s/ J. Friel" over "... Accounting Xavier
Friel Officer)"), is the typed name (was: the whole row the name); the signature found inside
the name typed ("/s/ F. FRIEL" over "Robert F. Friel", "/s/ ROBERT TOD" over "G. Robert
Tod") takes the given name or initial before it (was: left in the title). Pericom's 8-K
(2007), Rock of Ages' 8-K (2000) and PerkinElmer's 10-K405 (2001), edited.
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from test_itm61_round61 import _as_html
from test_sig70_round70 import _PE
from test_sig71_round71 import _FRIEL, _ROW, ROCK, _block, _signers

from filing2json.parsers import parse
from filing2json.parsers.sections.signatures import parse_signatures
from support import FILINGS, edited_record

PERICOM = FILINGS / "8k_2007_pericomsemiconductorco_1.txt"
_PERICOM_BY = (
    "                              By:  /s/ Alex Hui\n"
    "                                   -------------------------------------------\n"
    "                                   Alex Hui\n"
    "                                   President, Chief Executive Officer\n"
    "\n"
    "                              By:  /s/ Angela Chen\n"
    "                                   -------------------------------------------\n"
    "                                   Angela Chen\n"
    "                                   Chief Financial Officer\n")
_PSC = "PERICOM SEMICONDUCTOR CORPORATION"
_PERICOM_SIGNERS = [(_PSC, "Alex Hui", "President, Chief Executive Officer", "2007-04-26"),
                    (_PSC, "Angela Chen", "Chief Financial Officer", "2007-04-26")]


def _pericom(rows: str) -> list[tuple[Any, ...]]:
    return _signers(edited_record(PERICOM, {_PERICOM_BY: rows}))


# --- offices over two signers side by side ---

def test_pericom_offices_over_side_by_side() -> None:
    # (was: both signers with no title)
    assert _pericom(
        "President, Chief Executive Officer     Chief Financial Officer\n"
        "By:  /s/ Alex Hui                      By:  /s/ Angela Chen\n"
        "     -------------------------              -------------------------\n"
        "     Alex Hui                               Angela Chen\n") == _PERICOM_SIGNERS


def test_pericom_offices_over_past_a_blank_line_wrapped() -> None:
    # "President, Chief" over "Executive Officer" in the first column, a blank line under
    assert _pericom(
        "          President, Chief                   Chief Financial\n"
        "          Executive Officer                  Officer\n"
        "\n"
        "          By:  /s/ Alex Hui                  By:  /s/ Angela Chen\n"
        "               ------------------                 ------------------\n"
        "               Alex Hui                           Angela Chen\n") == _PERICOM_SIGNERS


def test_pericom_offices_over_a_date_left_of_them() -> None:
    # "Date:" typed left of the offices' row: not an office
    record = edited_record(PERICOM, {_PERICOM_BY: (
        "Date: April 26, 2007     President, Chief Executive Officer     Chief Financial Officer\n"
        "                         By:  /s/ Alex Hui                      By:  /s/ Angela Chen\n"
        "                              Alex Hui                               Angela Chen\n"),
        "Date:  April 26, 2007\n": "\n"})
    assert _signers(record) == _PERICOM_SIGNERS


def test_pericom_offices_over_the_signature_rules() -> None:
    # "President, Chief Executive Officer    Chief Financial Officer" over the two rules to
    # sign on, "/s/ ..." under them (was: no titles)
    assert _pericom(
        "President, Chief Executive Officer     Chief Financial Officer\n"
        "__________________________________     __________________________________\n"
        "/s/ Alex Hui                           /s/ Angela Chen\n") == _PERICOM_SIGNERS


def test_pericom_offices_over_rules_left_unsigned() -> None:
    # the rules left blank, the names typed under them (was: no titles)
    assert _pericom(
        "President, Chief Executive Officer     Chief Financial Officer\n"
        "\n"
        "__________________________________     __________________________________\n"
        "Alex Hui                               Angela Chen\n") == _PERICOM_SIGNERS


def test_offices_over_side_by_side_in_cells() -> None:
    # rendered HTML cells, the empty ones dropped: the offices by order
    rows = ("PERICOM SEMICONDUCTOR CORPORATION\n\n"
            "President, Chief Executive Officer\t\tChief Financial Officer\n\n"
            "By:\t/s/ Alex Hui\tBy:\t/s/ Angela Chen\n"
            "\tAlex Hui\t\tAngela Chen\n\nDate: April 26, 2007")
    assert _block(rows) == [row[1:] for row in _PERICOM_SIGNERS]


def test_pericom_titles_under_side_by_side_as_before() -> None:
    assert _pericom(
        "By:  /s/ Alex Hui                      By:  /s/ Angela Chen\n"
        "     Alex Hui                               Angela Chen\n"
        "     President, Chief Executive Officer     Chief Financial Officer\n") == (
        _PERICOM_SIGNERS)


def test_pericom_titles_under_win_over_offices_over() -> None:
    # a title typed under each signature is the title, not the office over it
    assert _pericom(
        "Director                               Director\n"
        "By:  /s/ Alex Hui                      By:  /s/ Angela Chen\n"
        "     Alex Hui                               Angela Chen\n"
        "     President, Chief Executive Officer     Chief Financial Officer\n") == (
        _PERICOM_SIGNERS)


def test_pericom_titles_of_the_pair_above_not_taken() -> None:
    # the pair above ends with its titles right over the next pair: no title of the next
    signers = _pericom(
        "By:  /s/ Alex Hui                      By:  /s/ Angela Chen\n"
        "     President, Chief Executive Officer     Chief Financial Officer\n"
        "By:  /s/ John East                     By:  /s/ Kevin Bauer\n"
        "     John East                              Kevin Bauer\n")
    assert signers == [*_PERICOM_SIGNERS, (_PSC, "John East", None, "2007-04-26"),
                       (_PSC, "Kevin Bauer", None, "2007-04-26")]


def test_pericom_one_office_over_two_signers_no_title() -> None:
    # one office over two signers: whose it is is not told
    assert _pericom(
        "President, Chief Executive Officer\n"
        "By:  /s/ Alex Hui                      By:  /s/ Angela Chen\n"
        "     Alex Hui                               Angela Chen\n") == [
        (_PSC, "Alex Hui", None, "2007-04-26"), (_PSC, "Angela Chen", None, "2007-04-26")]


def test_pericom_names_over_side_by_side_not_offices() -> None:
    # companies' names over the signers are their registrants, no offices
    signers = _pericom(
        "PERICOM TECHNOLOGY INC.                PERICOM SEMICONDUCTOR CORPORATION\n"
        "By:  /s/ Alex Hui                      By:  /s/ Angela Chen\n"
        "     Alex Hui                               Angela Chen\n")
    assert [(s[1], s[2]) for s in signers] == [("Alex Hui", None), ("Angela Chen", None)]


# --- an office wrapped over one "By: /s/ ..." ---

_ROCK_BY = ('<P><FONT FACE="Times New Roman">By: /s/ Kurt M. Swenson             </FONT></P>\n'
            '\n<P><FONT FACE="Times New Roman">Kurt M. Swenson,\n Chairman and Chief Executive\n'
            ' Officer</FONT></P>')
_SWENSON = [("ROCK OF AGES CORPORATION", "Kurt M. Swenson",
             "Chairman and Chief Executive Officer", "2000-09-27")]


def test_rock_of_ages_office_wrapped_over_by() -> None:
    # "Chairman and Chief" / "Executive Officer" over "By: /s/ Kurt M. Swenson" (was:
    # "Executive Officer")
    record = edited_record(ROCK, {_ROCK_BY: (
        '<P>Chairman and Chief<BR>Executive Officer</P>\n<P>By: /s/ Kurt M. Swenson</P>\n'
        '<P>Kurt M. Swenson</P>')})
    assert _signers(record) == _SWENSON


def test_rock_of_ages_office_over_by_under_its_name_as_before() -> None:
    # the registrant's name right over the office: no line of it
    record = edited_record(ROCK, {
        '<P><FONT FACE="Times New Roman">ROCK OF AGES CORPORATION</FONT></P>\n\n'
        '<BR WP="BR1"><BR WP="BR2">\n': "<P>ROCK OF AGES CORPORATION<BR>",
        _ROCK_BY: ('Chairman and Chief Executive Officer<BR>By: /s/ Kurt M. Swenson</P>\n'
                   '<P>Kurt M. Swenson</P>')})
    assert _signers(record) == _SWENSON


def test_office_wrapped_over_by_a_date_over_it_not_joined() -> None:
    rows = ("ROCK OF AGES CORPORATION\nDate: September 27, 2000\nChairman and Chief\n"
            "Executive Officer\nBy: /s/ Kurt M. Swenson\nKurt M. Swenson")
    assert _block(rows, False) == [row[1:] for row in _SWENSON]


# --- the name typed under a wrapped row's rule ---

def test_perkinelmer_html_row_signed_by_middle_initial() -> None:
    # "/s/ F. FRIEL" over "Robert F. Friel" (was: the name "F. Friel", "Robert" in the title)
    page = _as_html(False, edit=("By: /s/ ROBERT F. FRIEL", "By: /s/ F. FRIEL"))
    assert _signers(parse(page.encode("latin-1"), "perkinelmer.txt"))[1] == (_PE, *_FRIEL)


@pytest.mark.parametrize(("signed", "typed"), [
    ("F. FRIEL", "Robert F. Friel"),  # (the signature inside the name typed)
    ("ROBERT FRIEL", "G. Robert Friel"),  # (an initial before it)
    ("J. Friel", "Xavier Friel"),  # (a given name not in the list, another initial)
    ("J. Friel", "Xavier J. Friel"),
    ("Jon Friel", "Xavier Friel"),
])
def test_wrapped_row_typed_name_given_name_unlisted(signed: str, typed: str) -> None:
    row = _ROW.format(signed=signed, rule="-" * 50).replace("Robert F. Friel Officer)",
                                                             f"{typed} Officer)")
    assert _block(row) == [(typed, *_FRIEL[1:])]


def test_wrapped_row_office_field_before_surname_not_a_name() -> None:
    # "Accounting Friel" is no name typed: the row as before (no reading of it)
    row = _ROW.format(signed="J. Friel", rule="-" * 50).replace("Robert F. Friel Officer)",
                                                                 "Friel Officer)")
    assert _block(row) == [(row[8:], None, "2001-03-26")]


def test_wrapped_row_full_signature_title_word_before_not_taken() -> None:
    # a signature with its given name: the title's last word before it stays the title's
    row = _ROW.format(signed="Robert F. Friel", rule="-" * 50).replace(
        "Accounting Robert F. Friel", "Treasury Robert F. Friel")
    assert _block(row) == [(_FRIEL[0], _FRIEL[1].replace("Accounting", "Treasury"), _FRIEL[2])]


# --- worst cases ---

def test_worst_case_offices_over_time() -> None:
    # ~200 KB of offices side by side over signers side by side, each pair's titles run on
    pair = ("President and Chief          Chief Financial\nExecutive Officer            Officer\n"
            "By: /s/ Jane Doe             By: /s/ John Roe\n")
    wrapped = ("/s/ J. Smith Vice President and Chief March 26, 2001 Financial ------ "
               + "Officer Xx Smith " * 300 + ")")
    block = "ACME CORP.\n\n" + pair * 1500 + "\n".join([wrapped] * 20) + "\n"
    assert len(block) > 200_000
    start = time.process_time()
    parse_signatures(block, False, [])
    parse_signatures(block.replace("  ", "\t"), True, [])
    assert time.process_time() - start < 5
