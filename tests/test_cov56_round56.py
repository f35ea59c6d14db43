"""Cover page, round 56: a footnote's mark typed right against a registrant's name, a head row
of bracketed captions over its row of values, and two registrants printed one per column.

Each test reads a real filing (the CTC Communications 8-K of 2000 in samples/, Sophiris Bio's
2016 8-K, Louisville Gas and Electric's 2003 8-K for it and Kentucky Utilities) with its cover
reprinted as other filers print it (the edit is said in each test).
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from test_cov55_round55 import SOPHIRIS, _edited

from filing2json.parsers import parse
from filing2json.parsers.sections.cover_layout import read_captioned
from support import FILINGS, SAMPLES, validate

CTC = SAMPLES / "000_af6957f9859c0735.txt"
LGE = FILINGS / "8k_2003_louisvillegasandelectr_1.htm"

# CTC's name, its caption and its row of numbers under their captions, as the sample prints them
_CTC_BLOCK = (
    "CTC COMMUNICATIONS GROUP, INC.\n(Exact name of registrant as specified in its charter)\n"
    "          Delaware                   0-27505            04-3469590\n"
    "       (State or other jurisdiction (Commission         (IRS Employer\n"
    "         of incorporation)          File Number)   Identification No.)\n")
_CTC = ("CTC COMMUNICATIONS GROUP, INC.", "Delaware", "0-27505", "04-3469590")
_SOPHIRIS = ("Sophiris Bio Inc.", "British Columbia", "001-36054", "98-1008712")


def _fields(reg: dict[str, Any]) -> tuple[Any, ...]:
    return (reg["name"], reg["state_of_incorporation"], reg["commission_file_number"],
            reg["irs_employer_id"])


# --- a footnote's mark typed against the name -------------------------------------------------

@pytest.mark.parametrize("mark", ["(1)", "(2)"])
def test_text_name_with_mark_typed_against_it(mark: str) -> None:
    # CTC's name line closed by a note's mark with no space: "... GROUP, INC.(1)"
    name = "CTC COMMUNICATIONS GROUP, INC."
    record = _edited(CTC, (f"{name}\n", f"{name}{mark}\n"))
    reg = record["registrants"][0]
    assert _fields(reg) == _CTC
    assert reg["address"]["city"] == "Waltham"


@pytest.mark.parametrize("mark", ["(1)", "<sup>(1)</sup>"])
def test_html_name_cell_with_mark_typed_against_it(mark: str) -> None:
    # Sophiris's name cell closed by a note's mark with no space: "Sophiris Bio Inc.(1)"
    record = _edited(SOPHIRIS, ("<B>Sophiris Bio Inc.</B>", f"<B>Sophiris Bio Inc.{mark}</B>"))
    assert _fields(record["registrants"][0]) == _SOPHIRIS
    assert record["warnings"] == []


# --- a head row of bracketed captions over the values -----------------------------------------

_CAPTIONS = ("(Exact name of registrant as specified in its charter)",
             "(State or other jurisdiction of incorporation)", "(Commission File Number)",
             "(IRS Employer Identification No.)")


def _sophiris_head_row(captions: tuple[str, ...]) -> dict[str, Any]:
    """Sophiris's cover with its name, state, file number and IRS number reprinted as one
    table: a row of `captions`, one per cell, over the row of values."""
    html = SOPHIRIS.read_text(encoding="utf-8", errors="replace")
    start = html.index('<TR>\n<TD style="WIDTH: 69%')
    end = html.index("</TR>", html.index("of incorporation)</FONT></P></TD>")) + 5

    def row(cells: tuple[str, ...]) -> str:
        return "<TR>" + "".join(f'<TD style="VERTICAL-ALIGN: top"><P style="TEXT-ALIGN: '
                                f'center">{c}</P></TD>' for c in cells) + "</TR>\n"

    values = tuple(f"<B>{v}</B>" for v in _SOPHIRIS[: len(captions)])
    html = html[:start] + row(captions) + row(values) + html[end:]
    return validate(parse(html.encode(), SOPHIRIS.name))


@pytest.mark.parametrize("count", [4, 3])
def test_html_head_row_of_bracketed_captions(count: int) -> None:
    record = _sophiris_head_row(_CAPTIONS[:count])
    reg = record["registrants"][0]
    assert _fields(reg)[:count] == _SOPHIRIS[:count]
    assert (reg["address"]["street"], reg["address"]["zip"]) == ("1258 Prospect Street", "92037")


def test_text_head_row_of_bracketed_captions() -> None:
    # CTC's name and numbers typed as one row under a row of their bracketed captions
    record = _edited(CTC, (_CTC_BLOCK, (
        "(Exact name of registrant)   (State of incorporation)   (Commission File No.)"
        "   (IRS Employer Id. No.)\n"
        "CTC COMMUNICATIONS GROUP, INC.        Delaware                 0-27505"
        "              04-3469590\n")))
    reg = record["registrants"][0]
    assert _fields(reg) == _CTC
    assert (reg["address"]["street"], reg["phone"]) == ("220 Bear Hill Rd.", "(781) 466-8080")


# --- two registrants, one per column ----------------------------------------------------------

_LGE = ("Louisville Gas and Electric Company", "Kentucky", "2-26720", "61-0264150")
_KU = ("Kentucky Utilities Company", "Kentucky and Virginia", "1-3464", "61-0247570")


_ADDRESS = "(Address of principal executive offices, including zip code)"


def _side_by_side(first: str, second: str, address: str = _ADDRESS) -> dict[str, Any]:
    """LG&E's combined 8-K with its registrant table reprinted one registrant per column
    (name, state, file number, IRS number, address, telephone, each over its bracketed
    caption, the address's `address`), the names printed as `first` and `second`."""
    html = LGE.read_text(encoding="utf-8", errors="replace")
    start = html.index("<table")
    end = html.index("</table>", start) + len("</table>")

    def row(left: str, right: str) -> str:
        return "<tr>" + "".join(f'<td valign="top"><p align="center">{c}</p></td>'
                                for c in (left, right)) + "</tr>\n"

    lines = [((f"<b>{first}</b>", f"<b>{second}</b>"), _CAPTIONS[0])]
    lines += [((f"<b>{a}</b>", f"<b>{b}</b>"), cap)
              for a, b, cap in zip(_LGE[1:], _KU[1:], _CAPTIONS[1:], strict=True)]
    lines += [(("220 West Main Street, Louisville, Kentucky 40202",
                "One Quality Street, Lexington, Kentucky 40507-1428"),
               address),
              (("(502) 627-2000", "(859) 255-2100"),
               "(Registrant's telephone number, including area code)")]
    table = "".join(row(*values) + row(cap, cap) for values, cap in lines)
    html = html[:start] + f'<table width="100%">\n{table}</table>' + html[end:]
    return validate(parse(html.encode(), LGE.name))


@pytest.mark.parametrize(("first", "second"), [
    (f"{_LGE[0]}(1)", _KU[0]), (_LGE[0], f"{_KU[0]}(1)"), (_LGE[0], f"{_KU[0]}<sup>(2)</sup>")])
def test_registrants_side_by_side_with_marked_name(first: str, second: str) -> None:
    record = _side_by_side(first, second)
    lge, ku = record["registrants"]
    assert (_fields(lge), _fields(ku)) == (_LGE, _KU)
    assert (lge["address"]["city"], lge["address"]["zip"], lge["phone"]) == (
        "Louisville", "40202", "(502) 627-2000")
    assert (ku["address"]["city"], ku["address"]["zip"], ku["phone"]) == (
        "Lexington", "40507-1428", "(859) 255-2100")


def test_registrants_side_by_side_address_and_zip_captioned_in_one_cell() -> None:
    # each column's address cell over one cell captioning the address and the zip code
    lge, ku = _side_by_side(_LGE[0], _KU[0], "(Address of principal executive offices)"
                                             " (Zip Code)")["registrants"]
    assert (_fields(lge), _fields(ku)) == (_LGE, _KU)
    assert lge["address"] == {"street": "220 West Main Street", "city": "Louisville",
                              "state": "Kentucky", "zip": "40202"}
    assert ku["address"] == {"street": "One Quality Street", "city": "Lexington",
                             "state": "Kentucky", "zip": "40507-1428"}


# --- speed ------------------------------------------------------------------------------------

def test_marks_typed_against_values_read_in_linear_time() -> None:
    started = time.process_time()
    read_captioned("ACME CORP(1)\tDelaware(2)\t((((1)\n" * 6000 + "(Exact name of registrant)\n",
                   cells=True)
    assert time.process_time() - started < 5
