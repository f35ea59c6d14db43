"""Signature blocks of round 63: a second signer typed unsigned under the first one's finished
title, as round 62b reads "President" / "John Roe" / "Treasurer", now also in capitals
("PRESIDENT" / "JOHN ROE" / "TREASURER"), with the office after the name's comma on one line
("John Roe, Treasurer"), and with a first name no list holds and no initial ("Gilbert Amelio"
over "Chairman and Chief Executive Officer": two or three plain words no office, department or
firm holds, over a line opening an office). Was: one title ("PRESIDENT JOHN ROE TREASURER",
"President John Roe, Treasurer"), or the second signer dropped past a blank line. The tests
edit Apple's 10-Q/A of 1997 (signed "By: /S/ Fred D. Anderson" over his name, his offices on
two lines and the date; test_sig62b_round62) and Icahn's Schedule TO-T/A on CVR Energy (2025;
test_sig59_round59), its certification re-typed as text and its HTML signature column."""

from __future__ import annotations

import time

import pytest
from test_sig59_round59 import _ICAHN, _ICAHN_NAME, _cells, _plain
from test_sig59_round59 import _signers as _cvr
from test_sig62b_round62 import _ANDERSON_ROW, _APPLE, _PAD, _TITLE, _signers

from filing2json.parsers.sections.signatures import parse_signatures

_ICAHN_ROW = (None, "Carl C. Icahn", "President", "2025-01-10")
_ICAHN_CAPS = (None, "Carl C. Icahn", "PRESIDENT", "2025-01-10")


@pytest.mark.parametrize("gap", ["", "\n"])
@pytest.mark.parametrize(("caps", "name", "office"), [
    # in capitals under Anderson's offices retyped in capitals
    (True, "JOHN ROE", "TREASURER"),
    (True, "GILBERT AMELIO", "CHIEF EXECUTIVE OFFICER"),
    # a first name no list holds, no initial
    (False, "Gilbert Amelio", "Chairman and Chief Executive Officer"),
    (False, "Anne-Marie O'Neil", "Treasurer"),
    (False, "Gilbert McDonald", "Treasurer"),
])
def test_second_signer_under_a_finished_title(gap: str, caps: bool, name: str, office: str
                                              ) -> None:
    # Apple's CEO of the day (or a treasurer) typed unsigned under Anderson's offices, right
    # under them or past a blank line (was: "... CHIEF FINANCIAL OFFICER JOHN ROE TREASURER",
    # "... Officer Gilbert Amelio Chairman ...", or the second signer dropped)
    title = _TITLE.upper() if caps else _TITLE
    first = _ANDERSON_ROW[:2] + (_ANDERSON_ROW[2].upper() if caps else _ANDERSON_ROW[2],
                                 _ANDERSON_ROW[3])
    new = f"{title}{gap}{_PAD}{name}\n{_PAD}{office}\n"
    assert _signers({_TITLE: new}) == [first, (_APPLE, name, office, "1997-10-03")]


@pytest.mark.parametrize("gap", ["|", "||"])
def test_second_signer_in_capitals_in_a_schedule(gap: str) -> None:
    # CVR's certification re-typed as text, its block in capitals with no "Title:" label
    # (was: Icahn's title "PRESIDENT JOHN ROE TREASURER", or Roe dropped past a blank line)
    assert _plain(f"/s/ Carl C. Icahn|CARL C. ICAHN|PRESIDENT{gap}JOHN ROE|TREASURER") == [
        _ICAHN_CAPS, (None, "JOHN ROE", "TREASURER", "2025-01-10")]
    # a department under a title in capitals stays in it
    assert _plain("/s/ Carl C. Icahn|CARL C. ICAHN|VICE PRESIDENT|ASIA PACIFIC|TREASURER") == [
        (None, "Carl C. Icahn", "VICE PRESIDENT ASIA PACIFIC TREASURER", "2025-01-10")]
    # a name no list holds over an office going on ("and Treasurer") is no signer
    assert _plain("/s/ Carl C. Icahn|Carl C. Icahn|President|Gilbert Amelio|and Treasurer") == [
        (None, "Carl C. Icahn", "President Gilbert Amelio and Treasurer", "2025-01-10")]


def test_second_signer_in_capitals_in_html() -> None:
    # in CVR's HTML table, each line a row of the signature column (was: Icahn's title
    # "PRESIDENT JOHN ROE TREASURER")
    edit = {_ICAHN: _cells(["/s/ Carl C. Icahn", "CARL C. ICAHN", "PRESIDENT", "JOHN ROE",
                            "TREASURER"]) + "<TD></TD></TR>", _ICAHN_NAME: ""}
    assert _cvr(edit)[-2:] == [_ICAHN_CAPS, (None, "JOHN ROE", "TREASURER", "2025-01-10")]


@pytest.mark.parametrize(("typed", "name", "office"), [
    ("John Roe, Treasurer", "John Roe", "Treasurer"),
    ("JOHN ROE, TREASURER", "JOHN ROE", "TREASURER"),
    ("Gilbert Amelio, Chairman and Chief Executive Officer", "Gilbert Amelio",
     "Chairman and Chief Executive Officer"),
    ("John Roe, Jr., Vice President", "John Roe, Jr.", "Vice President"),
])
def test_next_signers_name_and_office_on_one_line(typed: str, name: str, office: str) -> None:
    # CVR's certification re-typed as text (was: Icahn's title "President John Roe,
    # Treasurer", or Roe dropped past a blank line)
    for gap in ("|", "||"):
        assert _plain(f"/s/ Carl C. Icahn|Carl C. Icahn|President{gap}{typed}") == [
            _ICAHN_ROW, (None, name, office, "2025-01-10")], gap
    # in CVR's HTML table, each line a row of the signature column
    edit = {_ICAHN: _cells(["/s/ Carl C. Icahn", "Carl C. Icahn", "President", typed])
            + "<TD></TD></TR>", _ICAHN_NAME: ""}
    assert _cvr(edit)[-2:] == [_ICAHN_ROW, (None, name, office, "2025-01-10")]


@pytest.mark.parametrize("lines", [
    # a department or region under an office, and an office going on
    "Executive Vice President|Worldwide Marketing|Chief Information Officer",
    "Senior Vice President|Corporate Development|Chief Strategy Officer",
    "Vice President|North America|Treasurer",
    "Vice President|Investor Relations, Treasurer",
    "Vice President|Human Resources, Secretary",
    "President|Consumer Products Division|Secretary",
])
def test_title_lines_that_are_no_second_signer(lines: str) -> None:
    # stay one title; the same block with a name in the middle line reads two signers
    assert _plain(f"/s/ Carl C. Icahn|Carl C. Icahn|{lines}") == [
        (None, "Carl C. Icahn", lines.replace("|", " "), "2025-01-10")]
    first, _, rest = lines.partition("|")
    office = rest.split("|")[-1].split(", ")[-1]
    assert _plain(f"/s/ Carl C. Icahn|Carl C. Icahn|{first}|Gilbert Amelio|{office}") == [
        (None, "Carl C. Icahn", first, "2025-01-10"),
        (None, "Gilbert Amelio", office, "2025-01-10")]


# ~200 KB of unsigned signers in capitals each under the last one's title, and of names with
# their office after a comma
@pytest.mark.parametrize("body", [
    "By: /s/ John Roe\nJOHN ROE\nPRESIDENT\n" + "GILBERT AMELIO\nTREASURER\n" * 9000,
    "By: /s/ John Roe\nJohn Roe\nPresident\n" + "Gilbert Amelio, Treasurer\n" * 8000,
    "By: /s/ John Roe\nJohn Roe\nPresident\nGilbert Amelio" + ", Treasurer" * 20000 + "\n",
])
def test_new_shapes_parse_in_linear_time(body: str) -> None:
    head = "Pursuant to the requirements of the Act, duly authorized.\n\nACME, INC.\n\n"
    start = time.process_time()
    parse_signatures(head + body, False, [])
    assert time.process_time() - start < 5
