"""Signature blocks of round 62: a designation closing the typed name's line with no comma
before it ("Jane Doe MD", "Jane Doe MD, PhD") is the name's over a title of its own, as "Jane
Doe, MD" is; typed on a line left to sign ("By: ______" over "Jane Doe CPA") the name with its
designation is the signer's name, not a title; "Individually" on a line of its own over an
office is the capacity signed in, then the office ("Individually, Chairman of the Board"). The
tests edit Apple's 10-Q/A of 1997 (signed "By: /S/ Fred D. Anderson" over "Fred D. Anderson"
and his offices; test_sig61_round61) and Icahn's Schedule TO-T/A on CVR Energy (2025;
test_sig59_round59), in HTML and re-typed as text."""

from __future__ import annotations

import time

import pytest
from test_sig59_round59 import _BECKTON, _ICAHN, _ICAHN_NAME, _SELF, _cells, _plain, _signers
from test_sig61_round61 import _ANDERSON, _OFFICES, APPLE, _anderson

from filing2json.parsers.sections.signatures import parse_signatures
from support import FILINGS, edited_record


def _apple(new: str) -> tuple[str, str, str]:
    """Apple's signer, his signature and typed name replaced by `new`: (name, title, date)."""
    signer = edited_record(FILINGS / APPLE, {_ANDERSON: new})["signatures"][0]
    return signer["name"], signer["title"], signer["date"]


_PAD = " " * 49


@pytest.mark.parametrize(("typed", "name"), [
    ("Fred D. Anderson MD", "Fred D. Anderson MD"),
    ("Fred D. Anderson MD, PhD", "Fred D. Anderson MD, PhD"),
    ("Fred D. Anderson MD PhD", "Fred D. Anderson MD PhD"),
    # in capitals under a signature in mixed case: the signature's case
    ("FRED D. ANDERSON MD", "Fred D. Anderson MD"),
])
def test_md_with_no_comma_over_a_title_is_the_name_s(typed: str, name: str) -> None:
    # (was: the name "Fred D. Anderson", the "MD" lost)
    assert _anderson("/S/ Fred D. Anderson", typed) == (name, _OFFICES)


def test_md_with_no_comma_alone_is_the_title_as_with_a_comma() -> None:
    # Apple's signer, his offices cut: "Fred D. Anderson MD" over the date alone gives the
    # title "MD", as "Fred D. Anderson, MD" does (was: the "MD" lost); spaced dashes part a
    # title as before
    text = "Fred D. Anderson\n" + _PAD + "Executive Vice President and \n" + _PAD + \
        "Chief Financial Officer\n"
    for typed in ("Fred D. Anderson MD", "Fred D. Anderson, MD"):
        signer = edited_record(FILINGS / APPLE, {text: f"{typed}\n"})["signatures"][0]
        assert (signer["name"], signer["title"], signer["date"]) == (
            "Fred D. Anderson", "MD", "1997-10-03"), typed
    assert _anderson("/S/ Fred D. Anderson", "Fred D. Anderson - MD") == (
        "Fred D. Anderson", f"MD {_OFFICES}")


@pytest.mark.parametrize(("typed", "name"), [
    ("Fred D. Anderson CPA", "Fred D. Anderson CPA"),
    ("Fred D. Anderson PhD", "Fred D. Anderson PhD"),
    ("Fred D. Anderson MD", "Fred D. Anderson MD"),
    ("Fred D. Anderson, MD", "Fred D. Anderson, MD"),
    ("Fred D. Anderson MD, PhD", "Fred D. Anderson MD, PhD"),
    ("FRED D. ANDERSON MD, PHD", "FRED D. ANDERSON MD, PHD"),
])
def test_designated_name_under_a_line_left_to_sign_is_the_name(typed: str, name: str) -> None:
    # Apple's "/S/" cut, a line left to sign over the name typed with a designation (was: no
    # name, the title "Fred D. Anderson CPA Executive Vice President ...")
    new = f"By: ____________________\t\t\t\n{_PAD}{typed}\n"
    assert _apple(new) == (name, _OFFICES, "1997-10-03")


def test_md_typed_beside_the_signature_is_the_name_s() -> None:
    # the name typed in a column beside the signature, the offices under it (was: the title
    # "Fred D. Anderson MD Executive ..." and "MD Executive ...")
    for typed in ("Fred D. Anderson MD", "Fred D. Anderson, MD"):
        assert _apple(f"By: /S/ Fred D. Anderson          {typed}\n") == (
            typed, _OFFICES, "1997-10-03"), typed


_BLOCK = ("BECKTON CORP.||By: /s/ Ted Papapostolou|    Name: Ted Papapostolou|"
          "    Title: Vice President")
_CHAIRMAN = (None, "Carl C. Icahn", "Individually, Chairman of the Board", "2025-01-10")


def test_individually_on_its_own_line_over_an_office() -> None:
    # CVR's Beckton block re-typed as text, Icahn signing after it as a filing person (no
    # registrant), "Individually" on its own line over his office (was: "Individually
    # Chairman of the Board"); typed after the signed name or the typed one, the same
    for person in ("/s/ Carl C. Icahn|Carl C. Icahn|Individually|Chairman of the Board",
                   "/s/ Carl C. Icahn|Individually|Chairman of the Board",
                   "/s/ Carl C. Icahn|CARL C. ICAHN|Individually|Chairman of the Board"):
        assert _plain(f"{_BLOCK}||{person}") == [_BECKTON, _CHAIRMAN], person
    for person in ("/s/ Carl C. Icahn, individually|Chairman of the Board",
                   "/s/ Carl C. Icahn|Carl C. Icahn, individually|Chairman of the Board"):
        assert _plain(f"{_BLOCK}||{person}")[-1][2] == "individually, Chairman of the Board"
    # under the office, the same capacity after it
    assert _plain(f"{_BLOCK}||/s/ Carl C. Icahn|Carl C. Icahn|Chairman of the Board|"
                  "Individually")[-1][2] == "Chairman of the Board, Individually"
    # alone, or run on into the office, as before
    assert _plain(f"{_BLOCK}||/s/ Carl C. Icahn|Carl C. Icahn|Individually")[-1][2] == \
        "Individually"
    assert _plain(f"{_BLOCK}||/s/ Carl C. Icahn|Individually and as|Chairman of the Board")[
        -1][2] == "Individually and as Chairman of the Board"
    # in CVR's HTML table, each line a row of the signature column
    lines = ["/s/ Carl C. Icahn", "Carl C. Icahn", "Individually", "Chairman of the Board"]
    edit = {_ICAHN: _cells(lines) + "<TD></TD></TR>", _ICAHN_NAME: ""}
    assert _signers(edit)[-2:] == [_BECKTON, _CHAIRMAN]
    # Apple's signer: "individually" after his signed name, his offices under it
    assert _anderson("/S/ Fred D. Anderson, individually", "Fred D. Anderson") == (
        "Fred D. Anderson", f"individually, {_OFFICES}")


_GOLDEN = (None, "Gail Golden", None, "2025-01-10")


def test_next_person_named_over_own_signature_is_no_title_of_an_untitled_signer() -> None:
    # CVR's last filing person (no title) re-typed as text, a second filing person's name
    # over her own signature past a blank line (was: Icahn's title "Gail Golden"), in mixed
    # case, in capitals, surname first; another's name over it stays a title, as before
    for over in ("Gail Golden", "GAIL GOLDEN", "Golden, Gail"):
        for person in (f"/s/ Carl C. Icahn|Carl C. Icahn||{over}||/s/ Gail Golden",
                       f"/s/ Carl C. Icahn||{over}||/s/ Gail Golden"):
            assert _plain(f"{_BLOCK}||{person}")[1:] == [_SELF, _GOLDEN], person
    assert _plain(f"{_BLOCK}||/s/ Carl C. Icahn||Jane Roe||/s/ Gail Golden")[1][2] == "Jane Roe"
    # in CVR's HTML table, rows of zero-width spaces between (was: the title "Gail Golden")
    lines = ["/s/ Carl C. Icahn", "Carl C. Icahn", "&#8203;", "Gail Golden", "&#8203;",
             "/s/ Gail Golden"]
    edit = {_ICAHN: _cells(lines) + "<TD></TD></TR>", _ICAHN_NAME: ""}
    assert _signers(edit)[-3:] == [_BECKTON, _SELF, _GOLDEN]


def test_schedule_person_named_over_own_by_signature_signs_for_no_entity() -> None:
    # CVR's Beckton block re-typed as text, then past a blank line Icahn's name in mixed case
    # or surname first over his own "By:" signature (was: Beckton's signer, the registrant
    # "BECKTON CORP."), as in capitals; over an attorney's signature it is left as it was
    # (right under Beckton's title, test_sig59_round59 keeps Beckton's)
    for over in ("Carl C. Icahn|", "Carl C. Icahn||", "Icahn, Carl C.|", "CARL C. ICAHN|"):
        assert _plain(f"{_BLOCK}||{over}By: /s/ Carl C. Icahn") == [_BECKTON, _SELF], over
    assert _plain(f"{_BLOCK}||Carl C. Icahn|By: /s/ Jane Roe|Attorney-in-Fact")[1][0] == \
        "BECKTON CORP."


_AMELIO = ("APPLE COMPUTER, INC.", "Gilbert F. Amelio", "Chairman and Chief Executive Officer",
           "1997-10-03")


def test_report_person_named_over_own_signature_is_no_registrant_nor_title() -> None:
    # Apple's 10-Q/A edited: a second officer (Apple's CEO of the day) signs under his name
    # typed over his signature past a blank line. Under Anderson's offices, the name in
    # capitals was the registrant "GILBERT F. AMELIO"; under Anderson with his offices cut,
    # each form was Anderson's title
    for over in ("GILBERT F. AMELIO", "Gilbert F. Amelio"):
        new = f"October 3, 1997\n\n{_PAD}{over}\n\n{_PAD}By: /S/ Gilbert F. Amelio\n" \
              f"{_PAD}Chairman and Chief Executive Officer\n"
        signers = edited_record(FILINGS / APPLE, {"October 3, 1997\n": new})["signatures"]
        assert [(s["registrant"], s["name"], s["title"], s["date"]) for s in signers] == [
            ("APPLE COMPUTER, INC.", "Fred D. Anderson", _OFFICES, "1997-10-03"), _AMELIO], over
    offices = f"Fred D. Anderson\n{_PAD}Executive Vice President and \n{_PAD}" \
        "Chief Financial Officer\n"
    for over in ("Gilbert F. Amelio", "GILBERT F. AMELIO", "AMELIO, GILBERT F."):
        new = f"Fred D. Anderson\n\n{_PAD}{over}\n\n{_PAD}By: /S/ Gilbert F. Amelio\n" \
              f"{_PAD}Chairman and Chief Executive Officer\n"
        signers = edited_record(FILINGS / APPLE, {offices: new})["signatures"]
        assert [(s["registrant"], s["name"], s["title"], s["date"]) for s in signers] == [
            ("APPLE COMPUTER, INC.", "Fred D. Anderson", None, "1997-10-03"), _AMELIO], over


def test_new_shapes_parse_in_linear_time() -> None:
    # ~200 KB of designations after a name on a line left to sign, of names with "MD" under
    # signatures and of "Individually" lines under one
    head = "Pursuant to the requirements of the Act, duly authorized.\n\nACME, INC.\n\n"
    for body in ("By: ______\nJohn Roe MD" + " PhD" * 50000 + "\nPresident\n",
                 "By: /s/ John Roe\nJohn Roe MD\nPresident\n\n" * 5000,
                 "By: /s/ John Roe\n" + "Individually\n" * 16000,
                 "By: /s/ John Roe\n\n" + "JOHN ROE\n\n" * 16000 + "/s/ John Roe\n"):
        start = time.process_time()
        parse_signatures(head + body, False, [])
        assert time.process_time() - start < 5
