"""Signature blocks of round 61b: a professional designation after the comma closing the name
typed under a signature ("Jane Doe, CFA", "Jane Doe, MD, PhD") is the name's, not the title's
("MD" without stops only with a title on its own line under it: alone it is the title, a
managing director); "individually" after a signed name is the capacity one signs in, the
title, as it is when typed under the name ("/s/ Carl C. Icahn, individually"); a person's
name in capitals, unsigned, on the block's last line right under a finished title ("JOHN ROE")
is no line of that title. The tests edit Apple's 10-Q/A of 1997 (signed "By: /S/ Fred D.
Anderson" over "Fred D. Anderson" and his offices; test_sig61_round61) and Icahn's Schedule
TO-T/A on CVR Energy (2025; test_sig59_round59), in HTML and re-typed as text."""

from __future__ import annotations

import time

import pytest
from test_sig59_round59 import _BECKTON, _FONT, _ICAHN, _ICAHN_NAME, _SELF, _cells, _plain, _signers
from test_sig61_round61 import _OFFICES, _anderson

from filing2json.parsers.sections.signatures import parse_signatures
from support import FILINGS, edited_record

APPLE = "10qa_1997_applecomputerinc_1.txt"


@pytest.mark.parametrize(("signed", "typed", "name"), [
    ("/S/ Fred D. Anderson", "Fred D. Anderson, CFA", "Fred D. Anderson, CFA"),
    ("/S/ Fred D. Anderson", "Fred D. Anderson, CFA, CPA", "Fred D. Anderson, CFA, CPA"),
    ("/S/ Fred D. Anderson", "Fred D. Anderson, DDS", "Fred D. Anderson, DDS"),
    ("/S/ Fred D. Anderson", "Fred D. Anderson, PhD", "Fred D. Anderson, PhD"),
    # in capitals under a signature in mixed case: cased as the name is
    ("/S/ Fred D. Anderson", "FRED D. ANDERSON, PHD", "Fred D. Anderson, PhD"),
    ("/S/ FRED D. ANDERSON", "FRED D. ANDERSON, CFA", "FRED D. ANDERSON, CFA"),
    ("/S/ F. D. Anderson", "FRED D. ANDERSON, CFA", "Fred D. Anderson, CFA"),
    # "MD" closing the name's line, a title on its own line under it
    ("/S/ Fred D. Anderson", "Fred D. Anderson, MD", "Fred D. Anderson, MD"),
    ("/S/ Fred D. Anderson", "Fred D. Anderson, MD, PhD", "Fred D. Anderson, MD, PhD"),
    ("/S/ FRED D. ANDERSON", "FRED D. ANDERSON, MD", "FRED D. ANDERSON, MD"),
])
def test_designation_after_the_typed_name_is_the_name_s(signed: str, typed: str,
                                                        name: str) -> None:
    # (was: the title "CFA Executive Vice President ...", "MD Executive ...", "PHD ...")
    assert _anderson(signed, typed) == (name, _OFFICES)


def test_md_is_the_name_s_only_over_a_title_line() -> None:
    # Apple's signer, his offices cut: "Fred D. Anderson, MD" over the date alone; "MD" is
    # the title (a managing director's), as before; "MD" run on before a title stays too;
    # over his offices it is the name's (was: the title "MD Executive Vice President ...")
    assert _anderson("/S/ Fred D. Anderson", "Fred D. Anderson, MD")[0] == "Fred D. Anderson, MD"
    text = "Fred D. Anderson\n" + " " * 49 + "Executive Vice President and \n" + " " * 49 + \
        "Chief Financial Officer\n"
    signer = edited_record(FILINGS / APPLE, {text: "Fred D. Anderson, MD\n"})["signatures"][0]
    assert (signer["name"], signer["title"], signer["date"]) == (
        "Fred D. Anderson", "MD", "1997-10-03")
    assert _anderson("/S/ Fred D. Anderson", "Fred D. Anderson, MD, Chief Medical Officer") == (
        "Fred D. Anderson", f"MD, Chief Medical Officer, {_OFFICES}")


def test_html_designation_under_the_filing_person_s_signature() -> None:
    # CVR's last filing person: "CARL C. ICAHN, CFA" typed under "/s/ CARL C. ICAHN" in
    # place of "Name: Carl C. Icahn" (was: the name "CARL C. ICAHN", the title "CFA")
    edit = {">Name: Carl C. Icahn<": ">CARL C. ICAHN, CFA<"}
    assert _signers(edit)[-1] == (None, "CARL C. ICAHN, CFA", None, "2025-01-10")


_BLOCK = ("BECKTON CORP.||By: /s/ Ted Papapostolou|    Name: Ted Papapostolou|"
          "    Title: Vice President")
_INDIVIDUALLY = (None, "Carl C. Icahn", "individually", "2025-01-10")


def test_individually_after_the_signed_name_is_the_title() -> None:
    # CVR's Beckton block re-typed as text, Icahn signing "individually" after it: on the
    # signed line (was: the name "Carl C. Icahn, individually") as typed under it
    for person in ("/s/ Carl C. Icahn, individually",
                   "/s/ Carl C. Icahn|Carl C. Icahn, individually"):
        assert _plain(f"{_BLOCK}||{person}") == [_BECKTON, _INDIVIDUALLY], person
    assert _plain(f"{_BLOCK}||/s/ Carl C. Icahn, individually and as trustee")[-1][1:3] == (
        "Carl C. Icahn", "individually and as trustee")
    # in CVR's HTML table (was: the name "CARL C. ICAHN, individually")
    edit = {">/s/ CARL C. ICAHN<": ">/s/ Carl C. Icahn, individually<", _ICAHN_NAME: ""}
    assert _signers(edit)[-1] == _INDIVIDUALLY
    # Apple's signer (was: the name "Fred D. Anderson, individually", the title his name
    # typed under it and his offices)
    assert _anderson("/S/ Fred D. Anderson, individually", "Fred D. Anderson") == (
        "Fred D. Anderson", f"individually, {_OFFICES}")


def test_unsigned_name_in_capitals_under_the_last_title_is_no_title() -> None:
    # CVR's Beckton block re-typed as text, a name in capitals right under its title ending
    # the block (was: the title "Vice President JOHN ROE"); a name in mixed case, a firm's
    # and a title cut after "of" are left as they were
    for name in ("JOHN ROE", "CARL C. ICAHN"):
        assert _plain(f"{_BLOCK}|{name}") == [_BECKTON], name
    assert _plain(f"{_BLOCK} of|JOHN ROE")[-1][2] == "Vice President of JOHN ROE"
    assert _plain(f"{_BLOCK}|ICAHN ENTERPRISES")[-1][2] == "Vice President ICAHN ENTERPRISES"
    # CVR's HTML table: Icahn's signature cut, his name left in capitals in its row (was:
    # Beckton's title "Vice President CARL C. ICAHN")
    for edit in ({_ICAHN: f'<TD COLSPAN="2">{_FONT}CARL C. ICAHN</FONT></TD></TR>',
                  _ICAHN_NAME: ""},
                 {">/s/ CARL C. ICAHN<": ">&nbsp;<", ">Name: Carl C. Icahn<": ">JOHN ROE<"}):
        assert _signers(edit)[-1] == _BECKTON
    # signed under it, the name is the next signer's as before
    edit = {_ICAHN: _cells(["CARL C. ICAHN", "/s/ Carl C. Icahn"]) + "<TD></TD></TR>",
            _ICAHN_NAME: ""}
    assert _signers(edit)[-2:] == [_BECKTON, _SELF]


def test_new_shapes_parse_in_linear_time() -> None:
    # ~200 KB of names in capitals under a title, of designations after a typed name and of
    # "individually" after signed names
    head = "Pursuant to the requirements of the Act, duly authorized.\n\nACME, INC.\n\n"
    for body in ("By: /s/ John Roe\nTitle: President\n" + "JOHN ROE\n" * 22000,
                 "By: /s/ John Roe\nJohn Roe, MD" + ", CFA" * 40000 + "\n",
                 "By: /s/ John Roe, individually\n" * 7000):
        start = time.process_time()
        parse_signatures(head + body, False, [])
        assert time.process_time() - start < 5
