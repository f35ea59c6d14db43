"""Signature blocks of round 63b: a second signer typed unsigned under the first one's finished
title with its office after a spaced dash or en/em dash ("John Roe - Treasurer", "John Roe
\u2013 Treasurer") or in brackets ("John Roe (Treasurer)") reads as round 63 reads "John Roe,
Treasurer": a signer of its own, and so does one typed surname first over its office ("Roe,
John" / "Treasurer"). Was: the first one's title "President John Roe - Treasurer", or the
second signer dropped past a blank line. The tests edit Icahn's Schedule TO-T/A on CVR Energy
(2025; test_sig59_round59), its certification re-typed as text and its HTML signature column,
and Apple's 10-Q/A of 1997 (signed "By: /S/ Fred D. Anderson" over his name, his offices on
two lines and the date; test_sig62b_round62)."""

from __future__ import annotations

import time

import pytest
from test_sig59_round59 import _ICAHN, _ICAHN_NAME, _cells, _plain
from test_sig59_round59 import _signers as _cvr
from test_sig62b_round62 import _ANDERSON_ROW, _APPLE, _PAD, _TITLE, _signers

from filing2json.parsers.sections.signatures import parse_signatures

_ICAHN_ROW = (None, "Carl C. Icahn", "President", "2025-01-10")


@pytest.mark.parametrize(("typed", "name", "office"), [
    ("John Roe - Treasurer", "John Roe", "Treasurer"),
    ("John Roe -- Treasurer", "John Roe", "Treasurer"),
    ("John Roe \u2013 Treasurer", "John Roe", "Treasurer"),
    ("John Roe \u2014 Treasurer", "John Roe", "Treasurer"),
    ("JOHN ROE - TREASURER", "JOHN ROE", "TREASURER"),
    ("Gilbert Amelio \u2013 Chairman and Chief Executive Officer", "Gilbert Amelio",
     "Chairman and Chief Executive Officer"),
    # the office in brackets after the name
    ("John Roe (Treasurer)", "John Roe", "Treasurer"),
    ("Gilbert Amelio (Principal Executive Officer)", "Gilbert Amelio",
     "Principal Executive Officer"),
])
def test_next_signers_office_after_a_dash_or_in_brackets(typed: str, name: str,
                                                         office: str) -> None:
    # CVR's certification re-typed as text, right under Icahn's title or past a blank line
    # (was: Icahn's title "President John Roe - Treasurer", "President John Roe
    # (Treasurer)", or Roe dropped)
    for gap in ("|", "||"):
        assert _plain(f"/s/ Carl C. Icahn|Carl C. Icahn|President{gap}{typed}") == [
            _ICAHN_ROW, (None, name, office, "2025-01-10")], gap
    # in CVR's HTML table, each line a row of the signature column (dashes as entities)
    html = typed.replace("\u2013", "&#8211;").replace("\u2014", "&mdash;")
    edit = {_ICAHN: _cells(["/s/ Carl C. Icahn", "Carl C. Icahn", "President", html])
            + "<TD></TD></TR>", _ICAHN_NAME: ""}
    assert _cvr(edit)[-2:] == [_ICAHN_ROW, (None, name, office, "2025-01-10")]


@pytest.mark.parametrize("gap", ["", "\n"])
def test_next_signer_after_a_dash_in_a_periodic_report(gap: str) -> None:
    # Apple's CEO of the day typed under Anderson's offices, his own after a typed dash
    new = f"{_TITLE}{gap}{_PAD}Gilbert F. Amelio -- Chief Executive Officer\n"
    assert _signers({_TITLE: new}) == [
        _ANDERSON_ROW, (_APPLE, "Gilbert F. Amelio", "Chief Executive Officer", "1997-10-03")]


@pytest.mark.parametrize(("first", "department", "office", "typed"), [
    # a department or region, then its office after a dash or in brackets: one title
    ("Executive Vice President", "Worldwide Marketing", "Chief Information Officer", "{} - {}"),
    ("Vice President", "North America", "Treasurer", "{} \u2013 {}"),
    ("Vice President", "Investor Relations", "Treasurer", "{} - {}"),
    ("President", "Consumer Products Division", "Secretary", "{} \u2014 {}"),
    ("Vice President", "Finance", "Treasurer", "{} - {}"),
    ("Vice President", "Investor Relations", "Treasurer", "{} ({})"),
    ("President", "North America", "Principal Executive Officer", "{} ({})"),
])
def test_department_and_office_stay_one_title(first: str, department: str, office: str,
                                              typed: str) -> None:
    line = typed.format(department, office)
    assert _plain(f"/s/ Carl C. Icahn|Carl C. Icahn|{first}|{line}") == [
        (None, "Carl C. Icahn", f"{first} {line}", "2025-01-10")]
    # the same block with a name in the department's place reads two signers
    line = typed.format("Gilbert Amelio", office)
    assert _plain(f"/s/ Carl C. Icahn|Carl C. Icahn|{first}|{line}") == [
        (None, "Carl C. Icahn", first, "2025-01-10"),
        (None, "Gilbert Amelio", office, "2025-01-10")]


@pytest.mark.parametrize(("typed", "office"), [
    ("Roe, John", "Treasurer"),
    ("ROE, JOHN A.", "TREASURER"),
    ("Roe, John A., Jr.", "Treasurer"),
    ("Amelio, Gilbert", "Chairman and Chief Executive Officer"),
])
def test_next_signer_typed_surname_first(typed: str, office: str) -> None:
    # CVR's certification re-typed as text, its signers typed surname first as schedules do
    # ("ICAHN, CARL C.", test_sig59_round59), the name kept as typed (was: Icahn's title
    # "President Roe, John Treasurer", or Roe dropped past a blank line)
    first = "PRESIDENT" if typed.isupper() else "President"
    for gap in ("|", "||"):
        assert _plain(f"/s/ Carl C. Icahn|Carl C. Icahn|{first}{gap}{typed}|{office}") == [
            (None, "Carl C. Icahn", first, "2025-01-10"),
            (None, typed, office, "2025-01-10")], gap
    # in CVR's HTML table, each line a row of the signature column
    edit = {_ICAHN: _cells(["/s/ Carl C. Icahn", "Carl C. Icahn", first, typed, office])
            + "<TD></TD></TR>", _ICAHN_NAME: ""}
    assert _cvr(edit)[-2:] == [(None, "Carl C. Icahn", first, "2025-01-10"),
                               (None, typed, office, "2025-01-10")]


@pytest.mark.parametrize("lines", [
    # a department and a region, or two, parted by a comma, over an office going on
    "Vice President|Finance, Treasury|Secretary",
    "Vice President|Europe, Middle East|Treasurer",
    "Vice President|Sales, Americas|Treasurer",
    "Senior Vice President|Global Operations, Europe|Chief Strategy Officer",
])
def test_departments_parted_by_a_comma_are_no_signer(lines: str) -> None:
    assert _plain(f"/s/ Carl C. Icahn|Carl C. Icahn|{lines}") == [
        (None, "Carl C. Icahn", lines.replace("|", " "), "2025-01-10")]
    # the same block with a name typed surname first in the middle line reads two signers
    first, _, office = lines.split("|")
    assert _plain(f"/s/ Carl C. Icahn|Carl C. Icahn|{first}|Amelio, Gilbert|{office}") == [
        (None, "Carl C. Icahn", first, "2025-01-10"),
        (None, "Amelio, Gilbert", office, "2025-01-10")]


def test_dashed_shape_parses_in_linear_time() -> None:
    # ~200 KB of names with their office after a dash or in brackets, of one dash run on and
    # of brackets opened
    head = "Pursuant to the requirements of the Act, duly authorized.\n\nACME, INC.\n\n"
    for body in ("By: /s/ John Roe\nJohn Roe\nPresident\n" + "Gilbert Amelio - Treasurer\n"
                 * 8000, "By: /s/ John Roe\nJohn Roe\nPresident\nGilbert Amelio"
                 + " - Treasurer" * 17000 + "\n", "By: /s/ John Roe\nJohn Roe\nPresident\n"
                 + "Gilbert Amelio (Treasurer)\n" * 7500, "By: /s/ John Roe\nJohn Roe\n"
                 "President\nGilbert Amelio " + "(" * 100000 + "Treasurer)\n"):
        start = time.process_time()
        parse_signatures(head + body, False, [])
        assert time.process_time() - start < 5
