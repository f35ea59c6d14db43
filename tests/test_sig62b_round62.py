"""Signature blocks of round 62b: a person's name typed alone, unsigned, under a signer's
finished title (right under it or past a blank line) over an office of its own ("President" /
"John Roe" / "Treasurer") is a second signer, its name and title typed (was: more of the
first one's title, or dropped); a name closed by a designation ahead of the title on the line
under a line left to sign ("By: ______" over "Jane Doe CPA, Chief Financial Officer") is the
signer's name (was: no name). The tests edit Apple's 10-Q/A of 1997 (signed "By: /S/ Fred D.
Anderson" over "Fred D. Anderson", his offices and the date; test_sig61_round61) and Icahn's
Schedule TO-T/A on CVR Energy (2025; test_sig59_round59), re-typed as text."""

from __future__ import annotations

import time

import pytest
from test_sig59_round59 import _ICAHN, _ICAHN_NAME, _cells, _plain
from test_sig59_round59 import _signers as _cvr
from test_sig61_round61 import _ANDERSON, _OFFICES, APPLE

from filing2json.parsers.sections.signatures import parse_signatures
from support import FILINGS, edited_record

_PAD = " " * 49
_APPLE = "APPLE COMPUTER, INC."
# Apple's signer: his offices over two lines, the date under them
_TITLE = f"{_PAD}Executive Vice President and \n{_PAD}Chief Financial Officer\n"
_ANDERSON_ROW = (_APPLE, "Fred D. Anderson", _OFFICES, "1997-10-03")


def _signers(edit: dict[str, str]) -> list[tuple[str | None, ...]]:
    signers = edited_record(FILINGS / APPLE, edit)["signatures"]
    return [(s["registrant"], s["name"], s["title"], s["date"]) for s in signers]


@pytest.mark.parametrize("gap", ["", "\n"])
@pytest.mark.parametrize(("name", "office"), [
    ("Gilbert F. Amelio", "Chairman and Chief Executive Officer"),
    ("Gilbert F. Amelio", "Treasurer"),
    ("GILBERT F. AMELIO", "Chief Executive Officer"),
])
def test_unsigned_second_signer_under_a_finished_title(gap: str, name: str, office: str
                                                       ) -> None:
    # Apple's CEO of the day typed under Anderson's offices with his own, unsigned, right
    # under them or past a blank line (was: Anderson's title "... Chief Financial Officer
    # Gilbert F. Amelio Chairman ...", or Amelio dropped): a signer of his own
    new = f"{_TITLE}{gap}{_PAD}{name}\n{_PAD}{office}\n"
    assert _signers({_TITLE: new}) == [_ANDERSON_ROW, (_APPLE, name, office, "1997-10-03")]


def test_unsigned_second_signer_in_plain_text_schedule() -> None:
    # CVR's certification re-typed as text: "President" / "John Roe" / "Treasurer", with a
    # "Title:" label or not, a blank line between or not
    roe = (None, "John Roe", "Treasurer", "2025-01-10")
    for first in ("/s/ Carl C. Icahn|Carl C. Icahn|President",
                  "By: /s/ Carl C. Icahn|Name: Carl C. Icahn|Title: President"):
        for gap in ("|", "||"):
            assert _plain(f"{first}{gap}John Roe|Treasurer") == [
                (None, "Carl C. Icahn", "President", "2025-01-10"), roe], (first, gap)
    # in CVR's HTML table, each line a row of the signature column, a row of a zero-width
    # space between or not
    for gap_rows in ([], ["&#8203;"]):
        lines = ["/s/ Carl C. Icahn", "Carl C. Icahn", "President", *gap_rows, "John Roe",
                 "Treasurer"]
        edit = {_ICAHN: _cells(lines) + "<TD></TD></TR>", _ICAHN_NAME: ""}
        assert _cvr(edit)[-2:] == [(None, "Carl C. Icahn", "President", "2025-01-10"), roe]


def test_title_lines_that_are_no_second_signer() -> None:
    # a title going on ("Vice President of" / "Marketing") and a name typed again under its
    # own title ("/s/ Fred D. Anderson" / "Fred D. Anderson") stay as they were
    went_on = f"{_PAD}Executive Vice President of\n{_PAD}Gilbert Marketing\n{_PAD}Treasurer\n"
    assert _signers({_TITLE: went_on})[0][2] == \
        "Executive Vice President of Gilbert Marketing Treasurer"
    # the name typed under the signature, its office under it: one signer
    assert _signers({})[0] == _ANDERSON_ROW
    # a name with no office under it (a date): no signer of its own
    assert _signers({_TITLE: f"{_TITLE}{_PAD}Gilbert F. Amelio\n"})[1:] == []


@pytest.mark.parametrize(("typed", "name", "title"), [
    ("Fred D. Anderson CPA, Chief Financial Officer", "Fred D. Anderson CPA",
     "Chief Financial Officer"),
    ("Fred D. Anderson CPA, PhD, Chief Financial Officer", "Fred D. Anderson CPA, PhD",
     "Chief Financial Officer"),
    ("Fred D. Anderson MD, Chief Financial Officer", "Fred D. Anderson MD",
     "Chief Financial Officer"),
    # after a comma, in capitals, with no designation: as before
    ("Fred D. Anderson, CPA, Chief Financial Officer", "Fred D. Anderson, CPA",
     "Chief Financial Officer"),
    ("FRED D. ANDERSON CPA, CHIEF FINANCIAL OFFICER", "FRED D. ANDERSON CPA",
     "CHIEF FINANCIAL OFFICER"),
    ("Fred D. Anderson, Chief Financial Officer", "Fred D. Anderson", "Chief Financial Officer"),
])
def test_designated_name_and_title_on_one_line_under_a_line_left_to_sign(
        typed: str, name: str, title: str) -> None:
    # Apple's "/S/" cut, a line left to sign over the name with a designation and the office
    # on one line (was: no name, the title "Fred D. Anderson CPA, Chief Financial Officer")
    new = f"By: ____________________\t\t\t\n{_PAD}{typed}\n"
    assert _signers({_ANDERSON + _TITLE: new}) == [(_APPLE, name, title, "1997-10-03")]


# ~200 KB of unsigned signers each under the last one's title, and of designated names with
# a title under lines left to sign
@pytest.mark.parametrize("body", [
    "By: /s/ John Roe\nJohn Roe\nPresident\n" + "Jane Doe\nTreasurer\nJohn Roe\nPresident\n" * 5000,
    "By: ______\nJohn Roe CPA" + ", CPA" * 30000 + ", President\n",
    "By: ______\nJohn Roe CPA, President\n\n" * 5000,
])
def test_new_shapes_parse_in_linear_time(body: str) -> None:
    head = "Pursuant to the requirements of the Act, duly authorized.\n\nACME, INC.\n\n"
    start = time.process_time()
    parse_signatures(head + body, False, [])
    assert time.process_time() - start < 5
