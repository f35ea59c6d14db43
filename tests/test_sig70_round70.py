"""Signature blocks of round 70.

A "Date:" typed in a cell beside the next registrants' names, right under a signer's title
("Date: January 25, 2007" | "ALABAMA POWER COMPANY ..."), starts their block and dates the
signer under them (was: the names run into the title above; Southern's 8-K (2007) edited). A
person's name before an office in lower case after "By:" ("By: Ted Papapostolou, its general
partner") is a signer with that title (was: dropped as an entity signing); a firm's name, no
given name opening it, before an office ("By: Icahn Capital Management, President") names no
person: no signer, as before an entity's capacity (was: a signer so named; Icahn's Schedule
TO-T/A on CVR Energy (2025) edited). A table's row run together in one line after the mark
("/s/ Kent F. Hansen Director March 26, 2001", maybe with the underline and the name typed
under it run on: "... ------ Kent F. Hansen"; or no title: "/s/ Kent F. Hansen March 26,
2001") is the name, the title and the date (was: all of it the name); EDGAR's table tags
printed as text ("<TABLE> <CAPTION>") are no registrant (PerkinElmer's 10-K405 (2001)
edited).
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from test_itm61_round61 import _as_html
from test_sig69b_round69 import _CVR_SIGNERS, _GP, _HARBOR, _TED, CVR, _typed

from filing2json.parsers import parse
from filing2json.parsers.sections.signatures import parse_signatures
from support import FILINGS, edited_record


def _signers(record: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(s["registrant"], s["name"], s["title"], s["date"]) for s in record["signatures"]]


# Southern's 8-K (2007, a corpus filing): "Date: January 25, 2007" | "THE SOUTHERN COMPANY",
# its signer, then the other five registrants' names in one cell over the second signer;
# the cell left of those names is empty
SOUTHERN = FILINGS / "8k_2007_southernco_2.txt"
_EMPTY_LEFT = (
    "<font size=1>&nbsp;</font></p> </td>\n        <td width=\"378\" valign=top "
    "style='padding:0in 5.4pt 0in 5.4pt'>\n            <p style='margin-left:0pt;text-indent:"
    "0pt;text-align:left;margin-top:0pt;margin-bottom:0pt'><font SIZE=2>ALABAMA")
_OTHERS = ("ALABAMA POWER", "GEORGIA POWER", "GULF POWER", "MISSISSIPPI POWER", "SOUTHERN POWER")


def _southern(dated: str | None) -> list[tuple[Any, ...]]:
    """Southern's signers, with `dated` typed in the empty cell beside the stacked names."""
    if dated is None:
        return _signers(edited_record(SOUTHERN, {}))
    beside = _EMPTY_LEFT.replace("<font size=1>&nbsp;</font>", f"<font size=2>{dated}</font>", 1)
    return _signers(edited_record(SOUTHERN, {_EMPTY_LEFT: beside}))


def _southern_signers(second: str) -> list[tuple[Any, ...]]:
    return [("THE SOUTHERN COMPANY", "W. Ron Hinson", "Comptroller", "2007-01-25"),
            *[(f"{name} COMPANY", "Wayne Boston", "Assistant Secretary", second)
              for name in _OTHERS]]


def test_southern_as_filed() -> None:
    assert _southern(None) == _southern_signers("2007-01-25")


@pytest.mark.parametrize(("dated", "second"), [
    ("Date:&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;January 25, 2007", "2007-01-25"),
    ("Date:&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;January 26, 2007", "2007-01-26"),
    ("Dated: January 25, 2007", "2007-01-25"),
])
def test_date_beside_stacked_registrants_starts_their_block(dated: str, second: str) -> None:
    # (was: Hinson's title "Comptroller ALABAMA POWER COMPANY GEORGIA POWER COMPANY ...", and
    # Wayne Boston signing for THE SOUTHERN COMPANY only)
    assert _southern(dated) == _southern_signers(second)


_PURSUANT = ("Pursuant to the requirements of the Securities Exchange Act of 1934, each of the "
             "registrants has duly caused this report to be signed on its behalf by the "
             "undersigned hereunto duly authorized.\n\n")
# Southern's block as its cells read (a tab between two cells of a row)
_SOUTHERN_CELLS = ("Date: January 25, 2007\tTHE SOUTHERN COMPANY\n"
                   "By /s/W. Ron Hinson W. Ron Hinson Comptroller\n"
                   "Date: January 26, 2007\tALABAMA POWER COMPANY\n"
                   "By /s/Wayne Boston Wayne Boston Assistant Secretary\n")


def _cells(block: str, names: list[str]) -> list[tuple[Any, ...]]:
    return [(s["registrant"], s["name"], s["title"], s["date"])
            for s in parse_signatures(_PURSUANT + block, True, names)]


@pytest.mark.parametrize("names", [[], ["The Southern Company", "Alabama Power Company"]])
def test_date_beside_the_next_registrant_named_or_not(names: list[str]) -> None:
    # (a company's name in capitals beside the date, the block's names known or not)
    assert _cells(_SOUTHERN_CELLS, names) == [
        ("THE SOUTHERN COMPANY", "W. Ron Hinson", "Comptroller", "2007-01-25"),
        ("ALABAMA POWER COMPANY", "Wayne Boston", "Assistant Secretary", "2007-01-26")]


def test_two_column_blocks_date_left_of_by_stack() -> None:
    # "Date: ..." in the left column beside "By: /s/ ...", "Name:", "Title:" (two blocks)
    block = ("\tTHE SOUTHERN COMPANY\n"
             "Date: January 25, 2007\tBy: /s/ W. Ron Hinson\n\tName: W. Ron Hinson\n"
             "\tTitle: Comptroller\n"
             "Date: January 26, 2007\tALABAMA POWER COMPANY\n"
             "\tBy: /s/ Wayne Boston\n\tName: Wayne Boston\n\tTitle: Assistant Secretary\n")
    assert _cells(block, ["The Southern Company", "Alabama Power Company"]) == [
        ("THE SOUTHERN COMPANY", "W. Ron Hinson", "Comptroller", "2007-01-25"),
        ("ALABAMA POWER COMPANY", "Wayne Boston", "Assistant Secretary", "2007-01-26")]


def test_date_beside_a_title_line_as_before() -> None:
    # ("Date: ..." beside "Title: ..." is the signer's date, no registrant's)
    block = ("\tTHE SOUTHERN COMPANY\n\tBy: /s/ W. Ron Hinson\n\tName: W. Ron Hinson\n"
             "Date: January 25, 2007\tTitle: Comptroller\n")
    assert _cells(block, ["The Southern Company"]) == [
        ("THE SOUTHERN COMPANY", "W. Ron Hinson", "Comptroller", "2007-01-25")]


# --- "By:" a person's name or a firm's, before an office


def _cvr_first_two(entity: str) -> list[tuple[Any, ...]]:
    return _signers(edited_record(CVR, {_GP: f"<B>{entity}</B>"}))[:2]


@pytest.mark.parametrize(("entity", "title"), [
    ("Ted Papapostolou, its general partner", "general partner"),
    ("Ted Papapostolou, general partner", "general partner"),
    ("Ted Papapostolou, its managing member", "managing member"),
])
def test_person_before_an_office_in_lower_case_is_a_signer(entity: str, title: str) -> None:
    # (was: no signer, "its general partner" read as an entity's capacity; or the name
    # "Ted Papapostolou, general partner" with no title)
    assert _cvr_first_two(entity) == [
        ("ICAHN ENTERPRISES HOLDINGS L.P.", _TED, title, "2025-01-10"), _CVR_SIGNERS[0]]


@pytest.mark.parametrize("entity", [
    "Icahn Capital Management, President",
    "Icahn Capital Management, president",
    "ICAHN CAPITAL MANAGEMENT, President",
])
def test_firm_before_an_office_is_no_signer(entity: str) -> None:
    # (was: a signer named "Icahn Capital Management", title "President", or named
    # "Icahn Capital Management, president")
    assert _cvr_first_two(entity) == _CVR_SIGNERS[:2]


def test_person_as_general_partner_typed_is_a_signer() -> None:
    # (was: no signer: "as general partner" read as an entity's capacity)
    assert _typed([_HARBOR, "By: John Smith, as general partner", "",
                   "Date: January 10, 2025"]) == [
        (_HARBOR, "John Smith", "general partner", "2025-01-10")]  # ("as" dropped: _finish)


def test_firm_as_general_partner_typed_as_before() -> None:
    assert _typed([_HARBOR, "By: Harbor Point Management, as general partner", "",
                   f"By: /s/ {_TED}", f"Name: {_TED}", "Title: Chief Financial Officer", "",
                   "Date: January 10, 2025"])[:1] == [
        (_HARBOR, _TED, "Chief Financial Officer", "2025-01-10")]


# --- a table's row run together in one line


PERKINELMER = FILINGS / "10k405_2001_perkinelmerinc_1.txt"
_DIRECTORS = ["Tamara J. Erickson", "Kent F. Hansen", "John F. Keane", "Nicholas A. Lopardo",
              "Greta E. Marshall", "Gabriel Schmergel", "Michael C. Ruettgers",
              "Gregory L. Summe", "John Larkin Thompson", "G. Robert Tod"]
_PE = "PERKINELMER, INC."


def test_perkinelmer_set_as_html_paragraphs() -> None:
    # PerkinElmer's 10-K405 set as HTML (test_itm61_round61): the directors' table parted
    # at its blank lines, its first part in <pre> with its tags printed ("&lt;TABLE&gt;"),
    # each later row a paragraph run together ("By: /s/ KENT F. HANSEN Director March 26,
    # 2001 ------ Kent F. Hansen"); was: registrant "<TABLE> <CAPTION>" and those rows'
    # names "KENT F. HANSEN Director March 26, 2001 ---...--- Kent F. Hansen", no title
    signers = _signers(parse(_as_html(False).encode("latin-1"), "perkinelmer.txt"))
    assert signers[0] == (_PE, "Gregory L. Summe", "Chairman of the Board, Chief Executive "
                          "Officer and President (Principal Executive Officer)", "2001-03-26")
    assert signers[-len(_DIRECTORS):] == [(_PE, name, "Director", "2001-03-26")
                                          for name in _DIRECTORS]


_HANSEN = ("By: /s/ KENT F. HANSEN                               Director"
           "                                March 26, 2001")


@pytest.mark.parametrize(("row", "name"), [
    ("By: /s/ KENT F. HANSEN Director March 26, 2001", "KENT F. HANSEN"),
    ("By: /s/ Kent F. Hansen Director March 26, 2001", "Kent F. Hansen"),
    ("/s/ Kent F. Hansen Director March 26, 2001", "Kent F. Hansen"),
])
def test_row_typed_with_single_spaces(row: str, name: str) -> None:
    # (the underline and the name typed under it left out; was: the name "Kent F. Hansen
    # Director March 26, 2001", no title)
    signers = _signers(edited_record(PERKINELMER, {f"{_HANSEN}\n{'-' * 50}\n    Kent F. Hansen\n":
                                                   f"{row}\n"}))
    assert signers[3:5] == [(_PE, name, "Director", "2001-03-26"),
                            (_PE, "John F. Keane", "Director", "2001-03-26")]


def test_row_typed_with_single_spaces_over_its_typed_name_as_before() -> None:
    # (the name typed under the underline parts the row, as before)
    signers = _signers(edited_record(PERKINELMER, {
        _HANSEN: "By: /s/ Kent F. Hansen Director March 26, 2001"}))
    assert signers[3] == (_PE, "Kent F. Hansen", "Director", "2001-03-26")


@pytest.mark.parametrize("row", [
    "/s/ Kent F. Hansen Chairman of the Board March 26, 2001 ---------- Kent F. Hansen",
    "/s/ KENT F. HANSEN Chairman of the Board March 26, 2001 __________ Kent F. Hansen",
])
def test_row_run_together_with_its_underline_and_typed_name(row: str) -> None:
    block = ("Pursuant to the requirements of the Securities Exchange Act of 1934, this report "
             "has been signed below by the following persons on behalf of the registrant and "
             "in the capacities and on the dates indicated.\n\n" + row + "\n")
    assert [(s["name"], s["title"], s["date"]) for s in parse_signatures(block, True, [])] == [
        ("Kent F. Hansen", "Chairman of the Board", "2001-03-26")]


@pytest.mark.parametrize("row", ["/s/ Kent F. Hansen March 26, 2001",
                                 "/s/ Kent F. Hansen, March 26, 2001"])
def test_name_run_into_its_date(row: str) -> None:
    # (was: the name "Kent F. Hansen March 26, 2001")
    assert [(s["name"], s["title"], s["date"]) for s in parse_signatures(
        _PURSUANT + row + "\n", True, [])] == [("Kent F. Hansen", None, "2001-03-26")]


@pytest.mark.parametrize(("row", "name", "title", "date"), [
    ("/s/ Kent F. Hansen, Director March 26, 2001", "Kent F. Hansen", "Director",
     "2001-03-26"),
    # (a date the title holds, no date of the signature's; was: the name "Kent F. Hansen
    # Director since March 26, 2001")
    ("/s/ Kent F. Hansen Director since March 26, 2001", "Kent F. Hansen",
     "Director since March 26, 2001", None),
])
def test_rows_on_one_line_with_a_title(row: str, name: str, title: str, date: str | None) -> None:
    block = _PURSUANT + row + "\n"
    assert [(s["name"], s["title"], s["date"]) for s in parse_signatures(block, True, [])] == [
        (name, title, date)]


def test_worst_case_tags_and_rules_time() -> None:
    # ~200 KB of "<" opening no tag, "<TABLE" left open, and rules run into a signed line
    block = _PURSUANT + "\n".join(
        ["<" * 2000, "<TABLE" * 400, "/s/ Kent F. Hansen " + "- " * 2000 + "-----",
         "/s/ Kent F. Hansen Director " + "----- " * 400 + "Kent F. Hansen"] * 20) + "\n"
    start = time.process_time()
    parse_signatures(block, True, [])
    parse_signatures(block, False, [])
    assert time.process_time() - start < 5
