"""Cover page, round 57: a head row of unbracketed captions over the row of values, and a
footnote's letter (or any mark) closing a registrant's name in the layouts that lost it.

Each test reads a real filing with its cover reprinted as other filers print it (the edit is
said in each test): the CTC Communications 8-K of 2000 in samples/, Sophiris Bio's 2016 8-K,
Louisville Gas and Electric's 2003 8-K, Union Camp's and Zurn Industries' 1994 8-Ks, Indiana
Bell's 1999 10-Q, Exelon's 2005 8-K and Southern Company's 2007 combined 8-K.
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from test_cov55_round55 import SOPHIRIS, _edited
from test_cov56_round56 import (
    _CTC,
    _CTC_BLOCK,
    _KU,
    _LGE,
    _SOPHIRIS,
    CTC,
    _fields,
    _side_by_side,
    _sophiris_head_row,
)

from filing2json.parsers.sections.cover_layout import read_captioned
from support import FILINGS

# --- a head row of unbracketed captions over the values ---------------------------------------

_BARE = ("Exact name of registrant as specified in its charter", "State of incorporation",
         "Commission File Number", "IRS Employer Identification No.")


@pytest.mark.parametrize("count", [4, 3])
def test_html_head_row_of_bare_captions(count: int) -> None:
    # Sophiris's name, state, file and IRS numbers reprinted as a table: a row of unbracketed
    # captions, one per cell, over the row of values
    record = _sophiris_head_row(_BARE[:count])
    reg = record["registrants"][0]
    assert _fields(reg)[:count] == _SOPHIRIS[:count]
    assert (reg["address"]["street"], reg["address"]["zip"]) == ("1258 Prospect Street", "92037")
    assert record["warnings"] == []


_CTC_ROW = ("CTC COMMUNICATIONS GROUP, INC.        Delaware           0-27505"
            "              04-3469590\n")
_CTC_ROW_WIDE = ("CTC COMMUNICATIONS GROUP, INC.        Delaware                 0-27505"
                 "              04-3469590\n")


@pytest.mark.parametrize(("head", "row"), [
    # one line of captions
    ("Exact name of registrant              State of incorporation   Commission File No."
     "     IRS Employer Id. No.\n", _CTC_ROW_WIDE),
    # wrapped over two lines, each column ruled off
    ("Exact name of registrant              State of           Commission           IRS Employer\n"
     "as specified in its charter           incorporation      File Number          "
     "Identification No.\n"
     "------------------------------        -------------      -----------          "
     "------------------\n", _CTC_ROW),
])
def test_text_head_row_of_bare_captions(head: str, row: str) -> None:
    # CTC's name and numbers typed as one row under a row of their unbracketed captions
    record = _edited(CTC, (_CTC_BLOCK, head + row))
    reg = record["registrants"][0]
    assert _fields(reg) == _CTC
    assert (reg["address"]["street"], reg["phone"]) == ("220 Bear Hill Rd.", "(781) 466-8080")


# --- a footnote's letter closing the name -----------------------------------------------------

@pytest.mark.parametrize("mark", ["(a)", " (a)", " (A)", "(b)"])
def test_text_name_with_letter_mark(mark: str) -> None:
    name = "CTC COMMUNICATIONS GROUP, INC."
    record = _edited(CTC, (f"{name}\n", f"{name}{mark}\n"))
    reg = record["registrants"][0]
    assert _fields(reg) == _CTC
    assert reg["address"]["city"] == "Waltham"


@pytest.mark.parametrize("mark", ["(a)", " (a)", "<sup>(a)</sup>", " (A)"])
def test_html_name_cell_with_letter_mark(mark: str) -> None:
    record = _edited(SOPHIRIS, ("<B>Sophiris Bio Inc.</B>", f"<B>Sophiris Bio Inc.{mark}</B>"))
    assert _fields(record["registrants"][0]) == _SOPHIRIS
    assert record["warnings"] == []


def test_registrants_side_by_side_with_letter_mark() -> None:
    # LG&E's two registrants one per column (as in round 56), KU's name closed by "(a)"
    lge, ku = _side_by_side(_LGE[0], f"{_KU[0]}(a)")["registrants"]
    assert (_fields(lge), _fields(ku)) == (_LGE, _KU)


_UNION_CAMP = FILINGS / "8k_1994_unioncampcorp_1.txt"


@pytest.mark.parametrize("mark", ["(1)", " (1)", "(a)", " (a)"])
def test_text_mark_with_blanks_after_it(mark: str) -> None:
    # Union Camp types blanks after its name; a note's mark put between them and the name
    name = "UNION CAMP CORPORATION"
    record = _edited(_UNION_CAMP, (f"{name}   ", f"{name}{mark}   "))
    reg = record["registrants"][0]
    assert _fields(reg) == (name, "VIRGINIA", "1-4001", "13-5652423")
    assert record["warnings"] == []


@pytest.mark.parametrize(("path", "name", "expected"), [
    # the name printed with no caption over "An Indiana Corporation" (a 10-Q of 1999)
    (FILINGS / "10q_1999_indianabelltelephoneco_1.txt",
     "Indiana Bell Telephone Company, Incorporated", ("Indiana", "1-6746", "35-0407820")),
    # the name alone over a row of numbers under captions above them (an 8-K of 1994)
    (FILINGS / "8k_1994_zurnindustriesinc_2.txt", "ZURN INDUSTRIES, INC.",
     ("Pennsylvania", "1-5502", "25-1040754")),
])
@pytest.mark.parametrize("mark", ["*", " *", "(a)", " (1)"])
def test_uncaptioned_name_with_mark(path: Any, name: str, expected: tuple[str, ...],
                                    mark: str) -> None:
    record = _edited(path, (f"  {name}\n", f"  {name}{mark}\n"))
    reg = record["registrants"][0]
    assert _fields(reg) == (name, *expected)
    assert not [w for w in record["warnings"] if w["code"] != "truncated_input"]


def test_registrant_table_name_with_letter_mark() -> None:
    # Exelon's registrant table: its name cell "EXELON CORPORATION<BR>(a Pennsylvania
    # corporation)" with a note's "(a)" after the name
    record = _edited(FILINGS / "8k_2005_exeloncorp_1.txt",
                     ("EXELON CORPORATION<BR>", "EXELON CORPORATION (a)<BR>"))
    assert [_fields(r) for r in record["registrants"]] == [
        ("EXELON CORPORATION", "Pennsylvania", "1-16169", "23-2990190")]


def test_combined_registrants_table_name_with_letter_mark() -> None:
    # Southern Company's combined 8-K, its first registrant's name closed by "(a)"
    record = _edited(FILINGS / "8k_2007_southernco_2.txt",
                     ("<font size=2>The Southern Company</font>",
                      "<font size=2>The Southern Company(a)</font>"))
    regs = record["registrants"]
    assert [r["name"] for r in regs][:2] == ["The Southern Company", "Alabama Power Company"]
    assert _fields(regs[0]) == ("The Southern Company", "Delaware", "1-3526", "58-0690070")


# --- speed ------------------------------------------------------------------------------------

def test_bare_head_rows_and_marks_read_in_linear_time() -> None:
    region = ("Exact name of registrant   State of incorporation   Commission File Number\n"
              "ACME CORP (a)   Delaware (b)   (c)  " + " " * 40 + "\n") * 2500
    assert len(region) > 200_000
    started = time.process_time()
    read_captioned(region)
    read_captioned(region.replace("   ", "\t"), cells=True)
    assert time.process_time() - started < 5
