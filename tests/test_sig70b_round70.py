"""Signature blocks of round 70b.

A table's row run together in one line whose title wrapped in its column ("By: /s/ ROBERT F.
FRIEL Senior Vice President and Chief March 26, 2001 Financial Officer (Principal Financial
------ Officer and Principal Accounting Robert F. Friel Officer)": the date, the name's
underline and the name typed under it amid the title's lines) is the name, the whole title and
the date (was: the signer dropped, or all of it the name; a signed row so long it read as a
sentence ending the signer above). A firm's name before the office in such a row ("/s/ Acme
Capital Partners Director March 26, 2001") is the name, the office the title (was: the whole
line the name). A row with no rule whose title goes on after the date ("/s/ Kent F. Hansen
Vice President March 26, 2001 and Treasurer"), or a name and a title with no date ("/s/ Kent
F. Hansen Chief Executive Officer"), parts the same way (was: all of it the name;
PerkinElmer's 10-K405 (2001) edited).
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from test_itm61_round61 import _as_html
from test_sig70_round70 import _HANSEN, _PE, _PURSUANT, PERKINELMER

from filing2json.parsers import parse
from filing2json.parsers.sections.signatures import parse_signatures
from support import edited_record


def _signers(record: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(s["registrant"], s["name"], s["title"], s["date"]) for s in record["signatures"]]


def _block(rows: str) -> list[tuple[Any, ...]]:
    return [(s["name"], s["title"], s["date"]) for s in parse_signatures(
        _PURSUANT + rows + "\n", True, [])]


_FRIEL = ("Robert F. Friel", "Senior Vice President and Chief Financial Officer (Principal "
          "Financial Officer and Principal Accounting Officer)", "2001-03-26")


def test_perkinelmer_html_wrapped_title_row() -> None:
    # PerkinElmer's 10-K405 set as HTML paragraphs (test_itm61_round61): Friel's row run
    # together, his title's lines around the date, the rule and his typed name (was: dropped)
    signers = _signers(parse(_as_html(False).encode("latin-1"), "perkinelmer.txt"))
    assert signers[:3] == [
        (_PE, "Gregory L. Summe", "Chairman of the Board, Chief Executive Officer and President "
         "(Principal Executive Officer)", "2001-03-26"),
        (_PE, *_FRIEL),
        (_PE, "Tamara J. Erickson", "Director", "2001-03-26")]


_ROW = ("By: /s/ ROBERT F. FRIEL Senior Vice President and Chief March 26, 2001 Financial "
        "Officer (Principal Financial {rule} Officer and Principal Accounting Robert F. Friel "
        "Officer){end}")


def test_wrapped_title_row_alone() -> None:
    # (was: the name "ROBERT F. FRIEL Senior Vice President and Chief March 26, 2001 ...")
    assert _block(_ROW.format(rule="-" * 50, end="")) == [_FRIEL]
    assert _block(_ROW.format(rule="_" * 20, end=" </TABLE>")) == [_FRIEL]


def test_wrapped_title_row_typed_name_not_the_signers_as_before() -> None:
    # (a typed name that is not the signer's: no reading of the row's parts, as before)
    row = _ROW.format(rule="-" * 50, end="").replace("Robert F. Friel", "Jane Q. Public")
    assert _block(row) == [(row[8:], None, "2001-03-26")]


def test_firm_signing_a_row_run_together() -> None:
    # (was: the name "Hansen Capital Partners Director March 26, 2001", no title)
    signers = _signers(edited_record(PERKINELMER, {
        f"{_HANSEN}\n{'-' * 50}\n    Kent F. Hansen\n":
        "By: /s/ Hansen Capital Partners Director March 26, 2001\n"}))
    assert signers[3:5] == [(_PE, "Hansen Capital Partners", "Director", "2001-03-26"),
                            (_PE, "John F. Keane", "Director", "2001-03-26")]


@pytest.mark.parametrize(("row", "expected"), [
    ("/s/ Kent F. Hansen Vice President March 26, 2001 and Treasurer",
     ("Kent F. Hansen", "Vice President and Treasurer", "2001-03-26")),
    ("By: /s/ KENT F. HANSEN Vice President March 26, 2001 and Treasurer ---------- Kent F. "
     "Hansen", ("Kent F. Hansen", "Vice President and Treasurer", "2001-03-26")),
    ("/s/ Hansen Capital Partners Director March 26, 2001 ---------- Hansen Capital Partners",
     ("Hansen Capital Partners", "Director", "2001-03-26")),
    ("/s/ Kent F. Hansen Chief Executive Officer", ("Kent F. Hansen", "Chief Executive Officer",
                                                    None)),
])
def test_rows_parted(row: str, expected: tuple[Any, ...]) -> None:
    # (was: the whole line the name)
    assert _block(row) == [expected]


def test_date_the_title_holds_as_before() -> None:
    row = "/s/ Kent F. Hansen Director since March 26, 2001 and Chairman"
    assert _block(row) == [(row[4:], None, None)]


def test_person_row_run_together_as_before() -> None:
    assert _block("/s/ Kent F. Hansen Director March 26, 2001") == [
        ("Kent F. Hansen", "Director", "2001-03-26")]


def test_worst_case_wrapped_rows_time() -> None:
    # ~200 KB of rows with a date, a rule and no typed name to be found
    row = ("/s/ Kent F. Hansen Chief " + "Officer " * 200 + "March 26, 2001 " + "x " * 300
           + "----- " + "Kent " * 400 + ")")
    block = _PURSUANT + "\n".join([row] * 50) + "\n"
    start = time.process_time()
    parse_signatures(block, True, [])
    parse_signatures(block, False, [])
    assert time.process_time() - start < 5
