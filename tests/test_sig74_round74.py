"""Signature blocks of round 74.

An office typed right over a "/s/ Name" with no "By:" ("Chief Financial Officer" over "/s/
Angela Chen" over "Angela Chen"; a blank line or a rule between or not; wrapped to two lines;
offices so typed over signers stacked, each one's own; in HTML table cells or paragraphs,
each a line of its own): the signer's title when no line under the signature gives one, as
over "By: /s/ ..." (was: no title; stacked, the second one's office read as the first one's
title). Not the title of the signer above typed there, a registrant's name, a date. Pericom's
8-K (2007) and IFF's 8-K (2025), edited.

A row typed with single spaces (or an HTML cell whose blanks the page squashes), the title
opening after the name and going on after a comma ("/s/ Alex Hui President, Chief Executive
Officer", also in capitals, maybe with the date): the name and the whole title (was: "Alex
Hui President" the name, "Chief Executive Officer" the title). Not a name with a suffix
("/s/ Alex Hui Jr., President") nor a firm's. Pericom's 8-K (2007) and IFF's 8-K (2025), edited.

A signer's name and title on one line parted by many blanks ("/s/ Alex Hui          President,
Chief Executive Officer"), in plain text and in HTML (one cell, or the name's cell and the
title's): the name and the title (audited; these pin it).
"""

from __future__ import annotations

from test_sig72_round72 import _pericom
from test_sig73_round73 import _ALEX, _ANGELA
from test_sig73b_round73 import _IFF_REG, _iff, _row

_ALEX_NO_TITLE = (*_ALEX[:2], None, _ALEX[3])
_ANGELA_NO_TITLE = (*_ANGELA[:2], None, _ANGELA[3])
_PAD = " " * 30  # the signers' column in Pericom's block
_JENNIFER = (_IFF_REG, "Jennifer Johnson", "Executive Vice President, General Counsel",
             "2025-05-07")
_GLENN = (_IFF_REG, "Glenn Richter", "Chief Financial Officer", "2025-05-07")


def _lines(*lines: str) -> str:
    """Lines typed in the signers' column of Pericom's block."""
    return "".join(f"{_PAD}{line}\n" if line else "\n" for line in lines)


# --- an office right over "/s/ Name", no "By:" (plain text) ---

def test_pericom_office_over_signature_no_by() -> None:
    # (was: no title)
    assert _pericom(_lines("Chief Financial Officer", "/s/ Angela Chen", "Angela Chen")) == [
        _ANGELA]


def test_pericom_office_over_signature_no_by_ruled() -> None:
    # the name's rule under the signature (was: no title)
    assert _pericom(_lines("President, Chief Executive Officer", "/s/ Alex Hui",
                           "-------------------------", "Alex Hui")) == [_ALEX]


def test_pericom_office_over_signature_no_by_blank_line_between() -> None:
    # (was: no title)
    assert _pericom(_lines("Chief Financial Officer", "", "/s/ Angela Chen",
                           "Angela Chen")) == [_ANGELA]


def test_pericom_office_over_signature_no_by_wrapped() -> None:
    # "President, Chief" over "Executive Officer": one office (was: no title)
    assert _pericom(_lines("President, Chief", "Executive Officer", "/s/ Alex Hui",
                           "Alex Hui")) == [_ALEX]


def test_pericom_offices_over_signatures_no_by_stacked() -> None:
    # (was: Alex Hui "Chief Financial Officer", Angela Chen no title)
    assert _pericom(_lines("President, Chief Executive Officer", "/s/ Alex Hui", "Alex Hui",
                           "", "Chief Financial Officer", "/s/ Angela Chen",
                           "Angela Chen")) == [_ALEX, _ANGELA]


def test_pericom_office_over_signature_no_by_at_the_margin() -> None:
    # (was: no title)
    assert _pericom("President, Chief Executive Officer\n/s/ Alex Hui\nAlex Hui\n") == [_ALEX]


def test_pericom_title_of_the_signer_above_no_by_as_before() -> None:
    # (the neighbour: Alex Hui's title under his name, right over Angela Chen's "/s/": his)
    assert _pericom(_lines("/s/ Alex Hui", "Alex Hui", "President, Chief Executive Officer",
                           "/s/ Angela Chen", "Angela Chen")) == [_ALEX, _ANGELA_NO_TITLE]
    # (wrapped, past a blank line: the same)
    assert _pericom(_lines("/s/ Alex Hui", "Alex Hui", "President, Chief",
                           "Executive Officer", "", "/s/ Angela Chen", "Angela Chen")) == [
        _ALEX, _ANGELA_NO_TITLE]


def test_pericom_title_under_wins_over_office_over_no_by() -> None:
    # (the neighbour: a title typed under the signature is the title)
    assert _pericom(_lines("Director", "/s/ Angela Chen", "Angela Chen",
                           "Chief Financial Officer")) == [_ANGELA]


def test_pericom_registrant_or_date_over_signature_no_by_no_title() -> None:
    # (the neighbours: the company's name or a date so typed is no office)
    assert _pericom(_lines("PERICOM SEMICONDUCTOR CORPORATION", "/s/ Alex Hui",
                           "Alex Hui")) == [_ALEX_NO_TITLE]
    assert _pericom(_lines("Date: April 26, 2007", "/s/ Alex Hui", "Alex Hui")) == [
        _ALEX_NO_TITLE]


def test_pericom_office_over_by_as_before() -> None:
    # (the neighbour: over "By: /s/ ...", as rounds 72/73 read it)
    assert _pericom(_lines("     Chief Financial Officer", "By:  /s/ Angela Chen",
                           "     Angela Chen")) == [_ANGELA]


# --- an office right over "/s/ Name", no "By:" (HTML) ---

def test_iff_office_cell_over_signature_no_by() -> None:
    # (was: no title)
    assert _iff(_row("Chief Financial Officer") + _row("/s/ Glenn Richter")
                + _row("Glenn Richter")) == [_GLENN]


def test_iff_office_cells_over_signatures_no_by_stacked() -> None:
    # (was: Jennifer Johnson "Chief Financial Officer", Glenn Richter no title)
    assert _iff(_row("Executive Vice President, General Counsel") + _row("/s/ Jennifer Johnson")
                + _row("Jennifer Johnson") + _row("Chief Financial Officer")
                + _row("/s/ Glenn Richter") + _row("Glenn Richter")) == [_JENNIFER, _GLENN]


def test_iff_office_paragraphs_over_signatures_no_by_stacked() -> None:
    # the signers in paragraphs, no table (was: Jennifer Johnson "Chief Financial Officer",
    # Glenn Richter no title)
    assert _iff("</table><p>Executive Vice President, General Counsel</p>"
                "<p>/s/ Jennifer Johnson</p><p>Jennifer Johnson</p>"
                "<p>Chief Financial Officer</p><p>/s/ Glenn Richter</p><p>Glenn Richter</p>"
                "<table>") == [_JENNIFER, _GLENN]


def test_iff_title_cell_of_the_signer_above_as_before() -> None:
    # (the neighbour: Jennifer Johnson's title under her name, right over the next "/s/")
    assert _iff(_row("/s/ Jennifer Johnson") + _row("Jennifer Johnson")
                + _row("Executive Vice President, General Counsel")
                + _row("/s/ Glenn Richter") + _row("Glenn Richter")) == [
        _JENNIFER, (*_GLENN[:2], None, _GLENN[3])]


# --- the title run on after the name with a single space, going on after a comma ---

def test_pericom_office_run_on_after_the_name() -> None:
    # (was: "Alex Hui President", "Chief Executive Officer")
    assert _pericom(_lines("/s/ Alex Hui President, Chief Executive Officer")) == [_ALEX]


def test_pericom_office_run_on_after_the_name_dated() -> None:
    # (was: "Alex Hui President", "Chief Executive Officer")
    assert _pericom(_lines("/s/ Alex Hui President, Chief Executive Officer April 27, 2007")) == [
        (*_ALEX[:3], "2007-04-27")]


def test_pericom_office_run_on_after_the_name_stacked() -> None:
    # (was: "Alex Hui Chairman", "President and Chief Executive Officer")
    assert _pericom(_lines("/s/ Alex Hui Chairman, President and Chief Executive Officer",
                           "", "/s/ Angela Chen Chief Financial Officer")) == [
        (*_ALEX[:2], "Chairman, President and Chief Executive Officer", _ALEX[3]), _ANGELA]


def test_pericom_office_run_on_after_the_name_in_capitals() -> None:
    # (was: "ALEX HUI PRESIDENT", "CHIEF EXECUTIVE OFFICER")
    assert _pericom(_lines("/s/ ALEX HUI PRESIDENT, CHIEF EXECUTIVE OFFICER")) == [
        (_ALEX[0], "ALEX HUI", "PRESIDENT, CHIEF EXECUTIVE OFFICER", _ALEX[3])]


def test_iff_office_run_on_after_the_name_in_one_cell() -> None:
    # the blanks between the name and the title squashed by the page (was: "Jennifer Johnson
    # Executive Vice President", "General Counsel")
    nbsp = "&nbsp;" * 10
    assert _iff(_row(f"/s/ Jennifer Johnson{nbsp}Executive Vice President, General Counsel")
                + _row(f"/s/ Glenn Richter{nbsp}Chief Financial Officer")) == [
        _JENNIFER, _GLENN]


def test_pericom_name_comma_title_as_before() -> None:
    # (the neighbours: the name alone before the comma, a suffix after it, a firm's name)
    assert _pericom(_lines("/s/ Alex Hui, President, Chief Executive Officer")) == [_ALEX]
    assert _pericom(_lines("/s/ Alex Hui Jr., President, Chief Executive Officer")) == [
        (_ALEX[0], "Alex Hui Jr.", _ALEX[2], _ALEX[3])]
    assert _pericom(_lines("/s/ Alex Hui Trustee, Acme Trust")) == [
        (_ALEX[0], "Alex Hui Trustee, Acme Trust", None, _ALEX[3])]


# --- the name and the title on one line, many blanks apart (audit) ---

def test_pericom_name_and_title_one_line() -> None:
    assert _pericom(_lines("/s/ Alex Hui          President, Chief Executive Officer",
                           "", "/s/ Angela Chen       Chief Financial Officer")) == [
        _ALEX, _ANGELA]


def test_pericom_name_and_title_one_line_wrapped_name_typed() -> None:
    assert _pericom(_lines("/s/ Alex Hui          President, Chief",
                           "Alex Hui              Executive Officer")) == [_ALEX]


def test_iff_name_and_title_one_cell_name_typed_under() -> None:
    nbsp = "&nbsp;" * 10
    assert _iff(_row(f"/s/ Jennifer Johnson{nbsp}Executive Vice President, General Counsel")
                + _row("Jennifer Johnson")) == [_JENNIFER]


def test_iff_name_and_title_cells() -> None:
    assert _iff(_row("/s/ Jennifer Johnson", "Executive Vice President, General Counsel")
                + _row("/s/ Glenn Richter", "Chief Financial Officer")) == [_JENNIFER, _GLENN]
