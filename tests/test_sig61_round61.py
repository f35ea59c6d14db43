"""Signature blocks of round 61: a filing person's name (surname first, "PELTZ, NELSON", or
not; also with a suffix: "ICAHN, CARL C., JR.") over their own signature past three or more
blank rows is no registrant and no title; a suffix typed in capitals after the typed name
("ROBERT O'NEIL, JR.", "SR.", "PH.D."; two of them, "JR., PH.D.") stays with the name, cased
as the signature is, and so does one signed and not typed ("/s/ Henry Ford II" over "Henry
Ford"); a title after the name on the signature line in capitals ("/s/ JANE DOE, PRESIDENT")
or opening "Sr." ("Sr. Vice President") is parted from it. The schedule's tests edit Icahn's
Schedule TO-T/A on CVR Energy (2025), as round 59's do (see test_sig59_round59); the others
edit Apple's 10-Q/A of 1997 (signed "By: /S/ Fred D. Anderson" over "Fred D. Anderson" and his
offices), Home Health Corporation of America's 8-K of 1997 ("By: /s/ Bruce J. Feldman,
President, Chief" over the title's next lines) and round 28's 10-K table typed with single
spaces (test_signatures_round28)."""

from __future__ import annotations

import time
from typing import Any

import pytest
from test_sig59_round59 import (
    _BECKTON,
    _FIRST,
    _FONT,
    _HOLDINGS,
    _ICAHN,
    _ICAHN_NAME,
    _SELF,
    _plain,
    _signers,
)
from test_signatures_round28 import _TEN_K

from filing2json.parsers import parse
from filing2json.parsers.sections.signatures import parse_signatures
from support import FILINGS, edited_record

# an HTML row of empty cells (a zero-width space each), as iXBRL filers space a signature out:
# it renders as a blank row of its own, so several stand between a name and its signature
_BLANK_ROW = "<TR><TD>&#8203;</TD><TD>&#8203;</TD></TR>"
_SIGNED = (f'<TR><TD>&nbsp;</TD><TD COLSPAN="2">{_FONT}/s/ Carl C. Icahn</FONT></TD></TR>'
           "<TR><TD>&nbsp;</TD>")


def _name_rows(name: str, blanks: int) -> str:
    return f'<TD COLSPAN="2">{_FONT}{name}</FONT></TD></TR>' + _BLANK_ROW * blanks + _SIGNED


@pytest.mark.parametrize("name", ["ICAHN, CARL C.", "CARL C. ICAHN"])
def test_html_filing_person_over_own_signature_past_blank_rows(name: str) -> None:
    # CVR edited: Icahn's name typed in a row of its own over his signature, blank rows
    # between, first over the entities' blocks (was, past three: the registrant "ICAHN, CARL
    # C.") and last, right under Beckton's title (was: more of Beckton's title)
    for blanks in (1, 3, 5):
        signers = _signers({_FIRST: _name_rows(name, blanks) + _FIRST})
        assert signers[:2] == [_SELF, _HOLDINGS], (name, blanks)
        assert len(signers) == 8
        signers = _signers({_ICAHN: _name_rows(name, blanks) + "<TD></TD></TR>",
                            _ICAHN_NAME: ""})
        assert signers[-2:] == [_BECKTON, _SELF], (name, blanks)


def test_plain_text_surname_first_over_own_signature_past_blank_lines() -> None:
    # CVR's Beckton block re-typed as text (test_sig59_round59._plain), Icahn's name typed
    # surname first three to six blank lines over his signature (was: the registrant "ICAHN,
    # CARL C.")
    block = ("BECKTON CORP.||By: /s/ Ted Papapostolou|    Name: Ted Papapostolou|"
             "    Title: Vice President")
    for blanks in (3, 6):
        person = "ICAHN, CARL C." + "|" * (blanks + 1) + "/s/ Carl C. Icahn"
        assert _plain(f"{person}||{block}") == [_SELF, _BECKTON], blanks


APPLE = "10qa_1997_applecomputerinc_1.txt"
_ANDERSON = ("By: /S/ Fred D. Anderson\t\t\t\n"
             "                                                 Fred D. Anderson\n")
_OFFICES = "Executive Vice President and Chief Financial Officer"


def _anderson(signed: str, typed: str) -> tuple[Any, ...]:
    """Apple's signer, signed `signed` over the name typed `typed`: (name, title)."""
    new = f"By: {signed}\t\t\t\n                                                 {typed}\n"
    signer = edited_record(FILINGS / APPLE, {_ANDERSON: new})["signatures"][0]
    return signer["name"], signer["title"]


@pytest.mark.parametrize(("signed", "typed", "name"), [
    ("/S/ FRED D. ANDERSON", "FRED D. ANDERSON, JR.", "FRED D. ANDERSON, JR."),
    ("/S/ FRED D. ANDERSON", "FRED D. ANDERSON, SR.", "FRED D. ANDERSON, SR."),
    ("/S/ FRED D. ANDERSON", "FRED D. ANDERSON, PH.D.", "FRED D. ANDERSON, PH.D."),
    ("/S/ FRED D. ANDERSON", "FRED D. ANDERSON, ESQ.", "FRED D. ANDERSON, ESQ."),
    # in capitals under a signature in mixed case: read in the signature's case
    ("/S/ Fred D. Anderson", "FRED D. ANDERSON, JR.", "Fred D. Anderson, Jr."),
    ("/S/ F. D. Anderson", "FRED D. ANDERSON, PH.D.", "Fred D. Anderson, Ph.D."),
    ("/S/ Fred D. Anderson", "Fred D. Anderson, Sr.", "Fred D. Anderson, Sr."),
])
def test_suffix_after_typed_name_stays_with_it(signed: str, typed: str, name: str) -> None:
    # (was: "JR. Executive Vice President ...", the suffix opening the title)
    assert _anderson(signed, typed) == (name, _OFFICES)


def test_suffix_then_title_on_the_typed_line() -> None:
    # "ROBERT O'NEIL, JR., Chief Executive Officer" under his signature (was: the name
    # "ROBERT O'NEIL", the title "JR., ...")
    for signed in ("/S/ FRED D. ANDERSON, JR.", "/S/ FRED D. ANDERSON"):
        assert _anderson(signed, "FRED D. ANDERSON, JR., Senior Vice President") == (
            "FRED D. ANDERSON, JR.", f"Senior Vice President, {_OFFICES}"), signed
    # "Sr." opening an office is the title's ("Sr. Vice President"), not a suffix; "III" and
    # "M.D." in capitals were read before and still are
    assert _anderson("/S/ FRED D. ANDERSON", "FRED D. ANDERSON, SR. VICE PRESIDENT") == (
        "FRED D. ANDERSON", f"SR. VICE PRESIDENT, {_OFFICES}")
    for typed in ("FRED D. ANDERSON III", "FRED D. ANDERSON, M.D."):
        assert _anderson("/S/ FRED D. ANDERSON", typed) == (typed, _OFFICES)


def test_html_suffix_in_capitals_stays_with_the_name() -> None:
    # CVR's last filing person edited: the name typed with a suffix under his signature, or
    # run on after it in the one cell (was: the suffix his title: "JR.", "SR., Chairman",
    # "PH.D. Chairman")
    for signed, typed, name, title in (
            ("/s/ CARL C. ICAHN", "CARL C. ICAHN, JR.", "CARL C. ICAHN, JR.", None),
            ("/s/ Carl C. Icahn", "CARL C. ICAHN, SR.", "Carl C. Icahn, Sr.", None),
            ("/s/ CARL C. ICAHN", "CARL C. ICAHN, SR., Chairman", "CARL C. ICAHN, SR.", "Chairman"),
            ("/s/ Carl C. Icahn CARL C. ICAHN, JR.", "", "Carl C. Icahn, Jr.", None),
            ("/s/ CARL C. ICAHN CARL C. ICAHN, PH.D. Chairman", "", "CARL C. ICAHN, PH.D.",
             "Chairman")):
        edit = {">/s/ CARL C. ICAHN<": f">{signed}<", ">Name: Carl C. Icahn<": f">{typed}<"}
        assert _signers(edit)[-1] == (None, name, title, "2025-01-10"), signed


def test_surname_first_with_a_suffix_is_the_filing_person() -> None:
    # CVR edited: Icahn's name typed surname first with a suffix after a second comma, over
    # his signature (was: the registrant "ICAHN, CARL C., JR.") or under it (was: his title)
    jr = (None, "Carl C. Icahn, Jr.", None, "2025-01-10")
    signers = _signers({_FIRST: _name_rows("ICAHN, CARL C., JR.", 1).replace(
        "/s/ Carl C. Icahn", "/s/ Carl C. Icahn, Jr.") + _FIRST})
    assert signers[:2] == [jr, _HOLDINGS]
    edit = {">/s/ CARL C. ICAHN<": ">/s/ Carl C. Icahn, Jr.<",
            ">Name: Carl C. Icahn<": ">ICAHN, CARL C., JR.<"}
    assert _signers(edit)[-1] == jr
    # a second comma before anything but a suffix is no name surname first
    edit[">Name: Carl C. Icahn<"] = ">ICAHN, CARL C., Chairman<"
    assert _signers(edit)[-1][1] == "Carl C. Icahn, Jr."


HOME_HEALTH = "8k_1997_homehealthcorpofameric_2.txt"  # Home Health Corp. of America's 8-K
_FELDMAN = ("By: /s/ Bruce J. Feldman, President, Chief",
            "Executive Officer, Director and", "Chairman of the Board")


def _feldman(lines: tuple[str, str, str]) -> tuple[Any, ...]:
    """Home Health's signer, his signature line and title lines typed as `lines`."""
    edit = dict(zip(_FELDMAN, lines, strict=True))
    signer = edited_record(FILINGS / HOME_HEALTH, edit)["signatures"][0]
    return signer["name"], signer["title"]


def test_title_after_the_name_on_the_signature_line() -> None:
    # typed in capitals (was: the name "BRUCE J. FELDMAN, PRESIDENT, CHIEF", no title), after
    # a suffix in capitals, and opening "Sr." (was: the name "Bruce J. Feldman, Sr. Vice
    # President, Chief")
    capitals = ("EXECUTIVE OFFICER, DIRECTOR AND", "CHAIRMAN OF THE BOARD")
    assert _feldman(("By: /s/ BRUCE J. FELDMAN, PRESIDENT, CHIEF", *capitals)) == (
        "BRUCE J. FELDMAN", "PRESIDENT, CHIEF EXECUTIVE OFFICER, DIRECTOR AND CHAIRMAN OF THE "
        "BOARD")
    assert _feldman(("By: /s/ BRUCE J. FELDMAN, SR., PRESIDENT, CHIEF", *capitals))[0] == (
        "BRUCE J. FELDMAN, SR.")
    assert _feldman(("By: /s/ Bruce J. Feldman, Sr. Vice President, Chief",
                     *_FELDMAN[1:])) == (
        "Bruce J. Feldman", "Sr. Vice President, Chief Executive Officer, Director and "
        "Chairman of the Board")
    # a suffix alone after the name is the name's: "Sr." over the title lines
    assert _feldman(("By: /s/ Bruce J. Feldman, Sr.", "President, Chief Executive Officer,"
                     " Director and", "Chairman of the Board")) == (
        "Bruce J. Feldman, Sr.", "President, Chief Executive Officer, Director and Chairman "
        "of the Board")


def test_two_suffixes_after_the_typed_name() -> None:
    # Apple's signer edited: "Jr., Ph.D." both the name's (was: the title "Ph.D. ...")
    for signed, typed in (("/S/ Fred D. Anderson, Jr.", "Fred D. Anderson, Jr., Ph.D."),
                          ("/S/ FRED D. ANDERSON", "FRED D. ANDERSON, JR., PH.D.")):
        assert _anderson(signed, typed) == (typed, _OFFICES), typed


def test_report_director_surname_first_past_blank_lines_signs_for_the_registrant() -> None:
    # Apple's 10-Q/A edited: "ANDERSON, FRED D." typed three and five blank lines over his
    # signature (was: the registrant "ANDERSON, FRED D."): Apple's signer still
    pad = " " * 49
    old = f"{pad}By: /S/ Fred D. Anderson"
    for blanks in (3, 5):
        new = f"{pad}ANDERSON, FRED D." + "\n" * (blanks + 1) + old
        signer = edited_record(FILINGS / APPLE, {old: new})["signatures"][0]
        assert (signer["registrant"], signer["name"]) == (
            "APPLE COMPUTER, INC.", "Fred D. Anderson"), blanks


def test_suffix_signed_and_not_typed_stays_with_the_name() -> None:
    # Apple's signer edited: signed with a suffix, his name typed under it without one (was:
    # the typed name, the suffix lost)
    assert _anderson("/S/ Fred D. Anderson, Jr.", "Fred D. Anderson") == (
        "Fred D. Anderson, Jr.", _OFFICES)
    assert _anderson("/S/ F. D. Anderson, Jr.", "FRED D. ANDERSON") == (
        "Fred D. Anderson, Jr.", _OFFICES)
    assert _anderson("/S/ Fred D. Anderson II", "Fred D. Anderson") == (
        "Fred D. Anderson II", _OFFICES)


def test_table_row_typed_with_single_spaces_keeps_the_suffix() -> None:
    # round 28's 10-K table typed with single spaces, its second director signed with a
    # suffix after his name, typed under it without (was: the whole row his name, the name
    # typed under it his title); in capitals after a name in mixed case, cased as it is
    for suffix in ("Jr.", "JR."):
        text = _TEN_K.replace("/s/ Mitchell Geisler President", f"/s/ Mitchell Geisler {suffix} "
                              "President")
        signer = parse(text.encode(), "k.txt")["signatures"][2]
        assert (signer["name"], signer["title"], signer["date"]) == (
            "Mitchell Geisler Jr.", "President, Chief Operating Officer and Director",
            "2008-03-28"), suffix


def test_names_and_suffixes_over_blank_rows_parse_in_linear_time() -> None:
    # ~200 KB of names typed surname first with a suffix, each six blank lines over the next,
    # and of a signature line run on with suffixes and titles in capitals
    head = "Pursuant to the requirements of the Act, duly authorized.\n\nACME, INC.\n\n"
    for body in ("By: /s/ Carl C. Icahn\n" + "ICAHN, CARL C., JR.\n\n\n\n\n\n\n" * 8000,
                 "By: /s/ " + "CARL C. ICAHN, SR., PRESIDENT, JR. " * 6000 + "\n"):
        start = time.process_time()
        parse_signatures(head + body, False, [])
        assert time.process_time() - start < 5
