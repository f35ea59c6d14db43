"""Signature blocks of round 64: a second signer typed unsigned under the first one's finished
title with its office in brackets in capitals ("JOHN ROE (TREASURER)"), after a hyphen typed
with no spaces ("John Roe-Treasurer"; not the hyphen of "Smith-Jones" or "Vice-President"),
a colon ("John Roe: Treasurer") or "as" ("John Roe as Treasurer") reads as round 63b reads
"John Roe - Treasurer": a signer of its own when the words before the office are a plain
name. Was: the first one's title "President JOHN ROE (TREASURER)", or the second signer
dropped past a blank line. The tests edit Icahn's Schedule TO-T/A on CVR Energy (2025;
test_sig59_round59), its certification re-typed as text and its HTML signature column, and
Apple's 10-Q/A of 1997 (test_sig62b_round62), a second signer typed under Anderson's
offices.

Also: a date typed after the title on a line under the signature ("President, Chief Executive
Officer, August 15, 2006") is the signer's date, not the title's, as it already was on the
signature line itself (was: the title "President, Chief Executive Officer, August 15, 2006").
Pericom's 8-K of August 2006 is edited: each signer's title line given a date.

And: the signer's postal address typed under the title (a street, a box, "c/o" a firm, a town
before its ZIP code) is no line of the title (was: "President 16690 Collins Avenue, PH-1
Sunny Isles Beach, FL 33160"). CVR's signer is given the address its cover prints for the
person authorized to receive notices ("16690 Collins Avenue, PH-1" / "Sunny Isles Beach, FL
33160")."""

from __future__ import annotations

import time

import pytest
from test_sig59_round59 import _ICAHN, _ICAHN_NAME, _cells, _plain
from test_sig59_round59 import _signers as _cvr
from test_sig62b_round62 import _ANDERSON_ROW, _APPLE, _PAD, _TITLE, _signers

from filing2json.parsers.sections.signatures import parse_signatures
from support import FILINGS, edited_record

_DATE = "2025-01-10"


@pytest.mark.parametrize(("typed", "name", "office"), [
    # the office in brackets in capitals
    ("JOHN ROE (TREASURER)", "JOHN ROE", "TREASURER"),
    ("John Roe (TREASURER)", "John Roe", "TREASURER"),
    ("GILBERT AMELIO (PRINCIPAL EXECUTIVE OFFICER)", "GILBERT AMELIO",
     "PRINCIPAL EXECUTIVE OFFICER"),
    # after a hyphen typed with no spaces, a hyphenated surname or office kept whole
    ("John Roe-Treasurer", "John Roe", "Treasurer"),
    ("JOHN ROE-TREASURER", "JOHN ROE", "TREASURER"),
    ("Mary Smith-Jones-Treasurer", "Mary Smith-Jones", "Treasurer"),
    ("John Roe-Vice-President", "John Roe", "Vice-President"),
    ("Gilbert Amelio-Chief Executive Officer", "Gilbert Amelio", "Chief Executive Officer"),
    # after a colon
    ("John Roe: Treasurer", "John Roe", "Treasurer"),
    ("JOHN ROE: TREASURER", "JOHN ROE", "TREASURER"),
    ("Mary Smith-Jones: Vice President", "Mary Smith-Jones", "Vice President"),
    # after "as"
    ("John Roe as Treasurer", "John Roe", "Treasurer"),
    ("JOHN ROE AS TREASURER", "JOHN ROE", "TREASURER"),
    ("Gilbert Amelio as Chairman and Chief Executive Officer", "Gilbert Amelio",
     "Chairman and Chief Executive Officer"),
])
def test_next_signers_office_after_a_colon_as_hyphen_or_capital_brackets(
        typed: str, name: str, office: str) -> None:
    # CVR's certification re-typed as text, right under Icahn's title or past a blank line
    # (was: Icahn's title "President John Roe: Treasurer", or Roe dropped)
    for first in ("President", "PRESIDENT"):
        for gap in ("|", "||"):
            assert _plain(f"/s/ Carl C. Icahn|Carl C. Icahn|{first}{gap}{typed}") == [
                (None, "Carl C. Icahn", first, _DATE), (None, name, office, _DATE)], gap
    # in CVR's HTML table, each line a row of the signature column
    edit = {_ICAHN: _cells(["/s/ Carl C. Icahn", "Carl C. Icahn", "President", typed])
            + "<TD></TD></TR>", _ICAHN_NAME: ""}
    assert _cvr(edit)[-2:] == [(None, "Carl C. Icahn", "President", _DATE),
                               (None, name, office, _DATE)]


@pytest.mark.parametrize("gap", ["", "\n"])
@pytest.mark.parametrize("typed", ["Gilbert F. Amelio: Chief Executive Officer",
                                   "Gilbert Amelio as Chief Executive Officer",
                                   "Gilbert Amelio-Chief Executive Officer",
                                   "GILBERT AMELIO (CHIEF EXECUTIVE OFFICER)"])
def test_next_signer_joined_in_a_periodic_report(gap: str, typed: str) -> None:
    # Apple's CEO of the day typed under Anderson's offices
    name = typed.split(":")[0].split(" as ")[0].split("-")[0].split(" (")[0]
    office = "Chief Executive Officer"
    office = office.upper() if typed.isupper() else office
    assert _signers({_TITLE: f"{_TITLE}{gap}{_PAD}{typed}\n"}) == [
        _ANDERSON_ROW, (_APPLE, name, office, "1997-10-03")]


@pytest.mark.parametrize(("first", "department", "office", "typed"), [
    # a department, region or office joined to an office: more of the one title
    ("Vice President", "Finance", "Treasurer", "{}: {}"),
    ("Vice President", "Investor Relations", "Treasurer", "{}: {}"),
    ("Vice President", "Sales", "Treasurer", "{} as {}"),
    ("Executive Vice President", "Worldwide Marketing", "Chief Information Officer",
     "{} as {}"),
    ("Vice President", "North America", "Treasurer", "{}-{}"),
    ("Senior Vice President", "Global Operations", "Chief Strategy Officer", "{}-{}"),
    ("President and Chief Executive", "Officer", "Trustee", "{} as {}"),
    ("President", "Consumer Products", "TREASURER", "{} ({})"),
])
def test_departments_joined_to_an_office_stay_one_title(first: str, department: str,
                                                        office: str, typed: str) -> None:
    line = typed.format(department, office)
    assert _plain(f"/s/ Carl C. Icahn|Carl C. Icahn|{first}|{line}") == [
        (None, "Carl C. Icahn", f"{first} {line}", _DATE)]
    # the same block with a name in the department's place reads two signers
    line = typed.format("Gilbert Amelio", office)
    assert _plain(f"/s/ Carl C. Icahn|Carl C. Icahn|{first}|{line}") == [
        (None, "Carl C. Icahn", first, _DATE), (None, "Gilbert Amelio", office, _DATE)]


def test_hyphen_of_a_surname_or_office_parts_no_signer() -> None:
    # "Mary Smith-Jones" or "Vice-President" with no office after a hyphen: more of the
    # title; the hyphen before an office parts her off
    for line in ("Mary Smith-Jones", "Vice-President"):
        assert _plain(f"/s/ Carl C. Icahn|Carl C. Icahn|President|{line}") == [
            (None, "Carl C. Icahn", f"President {line}", _DATE)]
    assert _plain("/s/ Carl C. Icahn|Carl C. Icahn|President|Mary Smith-Jones-Vice-President"
                  ) == [(None, "Carl C. Icahn", "President", _DATE),
                        (None, "Mary Smith-Jones", "Vice-President", _DATE)]


def test_signed_name_with_its_office_in_capital_brackets() -> None:
    # "/s/ JOHN ROE (TREASURER)" on a signature line (was: the name "JOHN ROE (TREASURER)")
    assert _plain("/s/ JOHN ROE (TREASURER)") == [(None, "JOHN ROE", "TREASURER", _DATE)]


# Pericom's 8-K (August 2006): two signers, each "By: /s/" over the name and the title, the
# block dated "Date:  August 16, 2006" under them
PERICOM = "8k_2006_pericomsemiconductorco_4.txt"
_COL = " " * 46
_CEO, _CFO = "President, Chief Executive Officer", "President, Chief Financial Officer"


def _pericom(edit: dict[str, str]) -> list[tuple[str | None, ...]]:
    return [(s["name"], s["title"], s["date"])
            for s in edited_record(FILINGS / PERICOM, edit)["signatures"]]


@pytest.mark.parametrize("sep", [", ", " ", " - ", " -- "])
def test_date_after_the_title_line_is_the_signers(sep: str) -> None:
    edit = {f"{_COL}{_CEO}\n": f"{_COL}{_CEO}{sep}August 15, 2006\n",
            f"{_COL}{_CFO}\n": f"{_COL}{_CFO}{sep}August 14, 2006\n"}
    assert _pericom(edit) == [("Alex Hui", _CEO, "2006-08-15"),
                              ("Angela Chen", _CFO, "2006-08-14")]


def test_date_after_the_title_typed_with_the_name_or_its_label() -> None:
    # the name typed with its title and date on one line, or "Title:" over them, the
    # block's own date gone
    for old, new in ((f"{_COL}Alex Hui\n{_COL}{_CEO}\n", f"{_COL}Alex Hui, {_CEO}, August 15,"
                      " 2006\n"), (f"{_COL}{_CEO}\n", f"{_COL}Title: {_CEO}, August 15, 2006\n"),
                     (f"{_COL}{_CEO}\n", f"{_COL}President,\n{_COL}Chief Executive Officer,"
                      " August 15, 2006\n")):
        assert _pericom({old: new, "Date:  August 16, 2006\n": ""})[0] == (
            "Alex Hui", _CEO, "2006-08-15"), new


@pytest.mark.parametrize("held", ["since", "effective", "u/a/d", "dated"])
def test_date_the_title_holds_stays(held: str) -> None:
    # "Trustee u/a/d August 15, 2006": the date is the title's; the other signer's dated
    # title line is still cut
    title = f"Trustee {held} August 15, 2006"
    # ("Trustee dated ...": the title and the signer's date since round 65)
    assert _pericom({f"{_COL}{_CEO}\n": f"{_COL}{title}\n",
                     f"{_COL}{_CFO}\n": f"{_COL}{_CFO}, August 14, 2006\n"})[0][1] == (
        "Trustee" if held == "dated" else title)
    assert _pericom({f"{_COL}{_CFO}\n": f"{_COL}{_CFO}, August 14, 2006\n"})[1] == (
        "Angela Chen", _CFO, "2006-08-14")


_COLLINS = ["16690 Collins Avenue, PH-1", "Sunny Isles Beach, FL 33160"]


@pytest.mark.parametrize(("title", "address"), [
    (["President"], _COLLINS),
    (["President"], ["c/o Icahn Enterprises L.P.", *_COLLINS]),
    (["Chief Executive Officer and", "Director"], ["P.O. Box 1234", "Sunny Isles Beach, "
                                                   "Florida 33160-1234"]),
    (["President"], ["Post Office Box 1234"]),
    (["President"], ["(P.O. Box 1234)", "Winston-Salem, NC 27101"]),
])
def test_address_under_the_title_is_no_title_line(title: list[str], address: list[str]
                                                  ) -> None:
    lines = ["/s/ Carl C. Icahn", "Carl C. Icahn", *title, *address]
    row = (None, "Carl C. Icahn", " ".join(title), _DATE)
    assert _plain("|".join(lines)) == [row]
    # in CVR's HTML table, each line a row of the signature column
    edit = {_ICAHN: _cells(lines) + "<TD></TD></TR>", _ICAHN_NAME: ""}
    assert _cvr(edit)[-1] == row


def test_address_parses_in_linear_time() -> None:
    # ~200 KB lines of an address's shapes run on, under a title
    head = "Pursuant to the requirements of the Act, duly authorized.\n\nACME, INC.\n\n"
    for line in ("Sunny Isles Beach" * 12000 + ", FL 33160", "Sunny, " * 30000 + "FL 33160",
                 "1" * 200000 + " Collins", "P.O. " * 40000 + "Box 1"):
        start = time.process_time()
        parse_signatures(f"{head}By: /s/ John Roe\nJohn Roe\nPresident\n{line}\n", False, [])
        assert time.process_time() - start < 5


def test_joined_shape_parses_in_linear_time() -> None:
    # ~200 KB of names joined to an office, of hyphens run on and of "as" repeated
    head = "Pursuant to the requirements of the Act, duly authorized.\n\nACME, INC.\n\n"
    for body in ("By: /s/ John Roe\nJohn Roe\nPresident\n" + "Gilbert Amelio-Treasurer\n"
                 * 8000, "By: /s/ John Roe\nJohn Roe\nPresident\nGilbert Amelio"
                 + "-Treasurer" * 20000 + "\n", "By: /s/ John Roe\nJohn Roe\nPresident\n"
                 "Gilbert Amelio" + " as Treasurer" * 16000 + "\n", "By: /s/ John Roe\n"
                 "John Roe\nPresident\nGilbert Amelio" + ": Treasurer" * 18000 + "\n"):
        start = time.process_time()
        parse_signatures(head + body, False, [])
        assert time.process_time() - start < 5
