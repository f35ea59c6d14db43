"""Signature blocks of round 73b.

An office typed over a signature, opening right of the "/s/" over its signature ("By:  /s/
Alex Hui" with "President, Chief Executive Officer" five columns right of the "/s/": an office
indented or centred over it): the signer's title (was: none; over signers stacked, the second
one's office read as the first one's title). Not a registrant's name so typed, nor the title
of a signer above typed there. Pericom's 8-K (2007), edited.

A 10-K's first part (the registrant's signers) printing no date, over a "Signature  Title
Date" table whose rows print their dates: no date for the first part's signers (the date
printed for a signer is the signer's; was: the table's first row's date, read as the block's).
A date the first part prints is its own, as before. PerkinElmer's 10-K405 (2001), its first
part typed undated, edited.

"Name:" / "Title:" / "Its:" labels in HTML table cells apart from their values, "By:" in a
cell of its own, signers side by side or stacked: read as printed (audited; these pin it).
IFF's 8-K (2025), edited.
"""

from __future__ import annotations

from typing import Any

from test_sig72_round72 import _pericom
from test_sig73_round73 import _ALEX, _ANGELA

from support import FILINGS, edited_record

# --- an office over the signature, opening right of the "/s/" ---

def test_pericom_office_five_columns_right_of_the_signature() -> None:
    # "/s/" at column 35, the office at 40 (was: no title)
    assert _pericom("                                        President, Chief Executive Officer\n"
                    "                              By:  /s/ Alex Hui\n"
                    "                                   Alex Hui\n") == [_ALEX]


def test_pericom_office_right_of_the_signature_by_run_on() -> None:
    # "By: /s/ Alex Hui" one chunk at 30, the office at 40 (was: no title)
    assert _pericom("                                        President, Chief Executive Officer\n"
                    "                              By: /s/ Alex Hui\n"
                    "                                  Alex Hui\n") == [_ALEX]


def test_pericom_office_right_of_the_signature_wrapped() -> None:
    # (was: no title)
    assert _pericom("                                        President, Chief\n"
                    "                                        Executive Officer\n"
                    "                              By:  /s/ Alex Hui\n"
                    "                                   Alex Hui\n") == [_ALEX]


def test_pericom_offices_right_of_the_signatures_stacked() -> None:
    # (was: Alex Hui "Chief Financial Officer", Angela Chen no title)
    assert _pericom("                                        President, Chief Executive Officer\n"
                    "                              By:  /s/ Alex Hui\n"
                    "                                   Alex Hui\n"
                    "\n"
                    "                                        Chief Financial Officer\n"
                    "                              By:  /s/ Angela Chen\n"
                    "                                   Angela Chen\n") == [_ALEX, _ANGELA]


def test_pericom_registrant_right_over_the_signature_no_title() -> None:
    # (the neighbour: the company's name so typed is no office)
    assert _pericom("                                        PERICOM SEMICONDUCTOR CORPORATION\n"
                    "                              By:  /s/ Alex Hui\n"
                    "                                   Alex Hui\n") == [
        (*_ALEX[:2], None, _ALEX[3])]


def test_pericom_title_of_the_signer_above_right_of_the_signature_as_before() -> None:
    # (the neighbour: Alex Hui's title under his name, right over Angela Chen's "By:": his)
    assert _pericom("                              By:  /s/ Alex Hui\n"
                    "                                   Alex Hui\n"
                    "                                        President, Chief Executive Officer\n"
                    "                              By:  /s/ Angela Chen\n"
                    "                                   Angela Chen\n") == [
        _ALEX, (*_ANGELA[:2], None, _ANGELA[3])]


def test_pericom_offices_side_by_side_as_before() -> None:
    # (the neighbour: offices over signers side by side, one column right of "By:")
    assert _pericom(" President, Chief Executive Officer     Chief Financial Officer\n"
                    "By:  /s/ Alex Hui                      By:  /s/ Angela Chen\n"
                    "     Alex Hui                               Angela Chen\n") == [
        _ALEX, _ANGELA]


# --- a 10-K's first part printing no date, over a dated table ---

_PE = FILINGS / "10k405_2001_perkinelmerinc_1.txt"
_PE_TEXT = _PE.read_text(encoding="latin-1")
_PE_FIRST_ROW = "By: /s/ GREGORY L. SUMME                             Chairman"
# the first part's table (the registrant's officers, each dated "March 26, 2001")
_PE_FIRST = _PE_TEXT[_PE_TEXT.rindex("<TABLE>", 0, _PE_TEXT.index(_PE_FIRST_ROW)) : _PE_TEXT.index(
    "</TABLE>", _PE_TEXT.index(_PE_FIRST_ROW)) + len("</TABLE>")]
_PE_UNDATED = ("                                       By: /s/ GREGORY L. SUMME\n"
               "                                           -------------------------\n"
               "                                           Gregory L. Summe\n"
               "                                           Chairman of the Board\n"
               "\n"
               "                                       By: /s/ ROBERT F. FRIEL\n"
               "                                           -------------------------\n"
               "                                           Robert F. Friel\n"
               "                                           Senior Vice President\n")


def _pe_dates(first: str, dated: str) -> list[tuple[Any, ...]]:
    """(name, title, date) of PerkinElmer's first four signers, its first part typed as
    `first` and the table's rows dated `dated`."""
    record = edited_record(_PE, {_PE_FIRST: first, "March 26, 2001": dated,
                                 "March 26,2001": dated})
    return [(s["name"], s["title"], s["date"]) for s in record["signatures"][:4]]


def test_perkinelmer_first_part_undated_takes_no_table_date() -> None:
    # (was: "2001-03-28" for both, the table's first row's date)
    assert _pe_dates(_PE_UNDATED, "March 28, 2001") == [
        ("Gregory L. Summe", "Chairman of the Board", None),
        ("Robert F. Friel", "Senior Vice President", None),
        ("Tamara J. Erickson", "Director", "2001-03-28"),
        ("Kent F. Hansen", "Director", "2001-03-28")]
    # (was: "2001-03-26")
    assert _pe_dates(_PE_UNDATED, "March 26, 2001")[1] == (
        "Robert F. Friel", "Senior Vice President", None)


def test_perkinelmer_first_part_dated_as_before() -> None:
    # (the neighbour: a "Date:" line under the first part's signers dates them)
    dated = "\n" + " " * 39 + "Date: March 27, 2001\n"
    assert _pe_dates(_PE_UNDATED + dated, "March 28, 2001") == [
        ("Gregory L. Summe", "Chairman of the Board", "2001-03-27"),
        ("Robert F. Friel", "Senior Vice President", "2001-03-27"),
        ("Tamara J. Erickson", "Director", "2001-03-28"),
        ("Kent F. Hansen", "Director", "2001-03-28")]


def test_perkinelmer_as_filed() -> None:
    # (the neighbour: the first part's own table dates its rows)
    record = edited_record(_PE, {})
    assert [(s["name"], s["date"]) for s in record["signatures"][:3]] == [
        ("Gregory L. Summe", "2001-03-26"), ("Robert F. Friel", "2001-03-26"),
        ("Tamara J. Erickson", "2001-03-26")]


# --- "Name:" / "Title:" / "Its:" labels in cells apart from their values (audit) ---

_IFF = FILINGS / "8k_2025_internationalflavorsan_1.htm"
_IFF_REG = "INTERNATIONAL FLAVORS & FRAGRANCES INC."
_DIV = ('<div style="text-align: left; color: #000000; font-family: \'Times New Roman\'; '
        'font-size: 10pt;">')
_IFF_TEXT = _IFF.read_text(encoding="latin-1")
_IFF_ROWS = _IFF_TEXT[_IFF_TEXT.index("<tr>", _IFF_TEXT.index(_DIV + "By:</div>") - 400) :
                      _IFF_TEXT.index("</table>", _IFF_TEXT.index(_DIV + "By:</div>"))]
_IFF_DATE = ('<div style="text-align: left; font-family: \'Times New Roman\'; font-size: 10pt;">'
             'Date: May 7, 2025</div>')


def _row(*cells: str) -> str:
    return "<tr>" + "".join(f'<td style="vertical-align: top;">{_DIV}{c}</div></td>'
                            for c in cells) + "</tr>\n"


def _iff(rows: str, date: str = _IFF_DATE) -> list[tuple[Any, ...]]:
    record = edited_record(_IFF, {_IFF_ROWS: rows, _IFF_DATE: date})
    return [(s["registrant"], s["name"], s["title"], s["date"]) for s in record["signatures"]]


def test_iff_as_filed() -> None:
    assert _iff(_IFF_ROWS) == [
        (_IFF_REG, "Jennifer Johnson",
         "Executive Vice President, General Counsel and Corporate Secretary", "2025-05-07")]


def test_iff_its_label_signers_side_by_side_dated_each() -> None:
    assert _iff(_row("By:", "/s/ Jennifer Johnson", "By:", "/s/ Glenn Richter")
                + _row("Name:", "Jennifer Johnson", "Name:", "Glenn Richter")
                + _row("Its:", "General Counsel", "Its:", "Chief Financial Officer")
                + _row("Date:", "May 7, 2025", "Date:", "May 8, 2025"), "") == [
        (_IFF_REG, "Jennifer Johnson", "General Counsel", "2025-05-07"),
        (_IFF_REG, "Glenn Richter", "Chief Financial Officer", "2025-05-08")]


def test_iff_its_label_signers_stacked_by_apart() -> None:
    assert _iff(_row("By:", "") + _row("", "/s/ J. Johnson") + _row("Name:", "Jennifer Johnson")
                + _row("Its:", "General Counsel")
                + _row("By:", "/s/ Glenn Richter") + _row("Name:", "Glenn Richter")
                + _row("Title:", "Chief Financial Officer")) == [
        (_IFF_REG, "Jennifer Johnson", "General Counsel", "2025-05-07"),
        (_IFF_REG, "Glenn Richter", "Chief Financial Officer", "2025-05-07")]
