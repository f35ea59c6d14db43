"""Signature blocks of round 65.

A title then "dated <date>" ("Director dated March 1, 2005") is the title and the signer's
date (was: the title "Director dated March 1, 2005", the block dated by it), unless the date
is one the title holds ("Trustee u/a dated ...", "Trustee of the Roe Trust dated ...", a
trust's date, no longer the block's); a short title and its date ("Director, March
1, 2005") keeps the title (was: read as a date alone, no title). A date typed after a title on
its line is the signer's own, no date for the block when the block states another (was:
Pericom's block dated by its second signer's title line). Pericom's 8-K of August 2006 is
edited: a signer's title line given a date, the block dated "Date:  August 16, 2006" under both.
In a table's row ("/s/ Name   Title   Date") a cell of a title then its date ("Director dated
May 24, 1995", "Director, May 24, 1995") is the title and the signer's date (was: no title):
Page America's S-3/A of 1995 is edited (test_sig64b_round64), a director's row given the cell.

A bank's legal form ("Acme Bank, N.A.", "Acme Savings Bank, FSB") makes the line under a
finished title a firm's, as other legal forms do (was: the title "President Icahn Bank,
N.A."), and so do a firm of partners' ("Acme LLP", "Acme Law, P.C.", "Acme, PLLC") and a
foreign company's ("Acme GmbH", "Acme B.V."); a firm's line in mixed case followed at once
by an address or a date, no signature, ends the lines under the signature as a blank line
does (was: the title "President Icahn Enterprises L.P."), and the date is the signer's (was:
lost). The tests edit Icahn's Schedule TO-T/A on CVR Energy (2025; test_sig59_round59):
Icahn's certification re-typed as text, and its HTML signature column, Icahn's title given
over one of the filing persons' names."""

from __future__ import annotations

import time

import pytest
from test_sig59_round59 import _plain
from test_sig64_round64 import _CEO, _CFO, _COL, _pericom
from test_sig64b_round64 import _BARRY, _DATE, _both, _page
from test_sig64b_round64 import (
    test_firm_under_a_finished_title_is_no_title_line as _firm_under_title,
)

from filing2json.parsers.sections.signatures import parse_signatures

_SIGNED = "2006-08-16"  # Pericom's "Date:" under both signers


@pytest.mark.parametrize("typed", ["Director dated March 1, 2005", "Director, dated March 1, 2005",
                                   "DIRECTOR DATED MARCH 1, 2005", "Director, March 1, 2005"])
def test_title_then_dated_is_the_signers_date(typed: str) -> None:
    title = typed.partition(" ")[0].rstrip(",")
    # on the first signer's line: his date, "Director" his title
    assert _pericom({f"{_COL}{_CEO}\n": f"{_COL}{typed}\n"}) == [
        ("Alex Hui", title, "2005-03-01"), ("Angela Chen", _CFO, _SIGNED)]
    # on the second's: hers, not the block's (was: Hui dated 2005-03-01)
    assert _pericom({f"{_COL}{_CFO}\n": f"{_COL}{typed}\n"}) == [
        ("Alex Hui", _CEO, _SIGNED), ("Angela Chen", title, "2005-03-01")]


def test_long_title_dated_and_the_block_undated() -> None:
    # the block with no date of its own: the title's date is still the one it states
    dated = f"{_CFO} dated August 14, 2006"
    assert _pericom({f"{_COL}{_CFO}\n": f"{_COL}{dated}\n", "Date:  August 16, 2006\n": "\n"}
                    ) == [("Alex Hui", _CEO, "2006-08-14"), ("Angela Chen", _CFO, "2006-08-14")]
    assert _plain("/s/ Carl C. Icahn, President dated January 12, 2025") == [
        (None, "Carl C. Icahn", "President", "2025-01-12")]
    # a sentence's line opening with a title still dates the block
    head = ("Pursuant to the requirements of the Act, the registrant has caused this report to "
            "be signed by its\nPresident, thereunto duly authorized, on March 1, 2005.\n\n"
            "ACME, INC.\n\n")
    assert [s["date"] for s in parse_signatures(
        f"{head}By: /s/ John Roe\nJohn Roe\nPresident\n\nBy: /s/ Jane Roe\nJane Roe\n"
        "Treasurer dated March 3, 2005\n", False, [])] == ["2005-03-01", "2005-03-03"]
    # a date the title holds after "dated" stays the title's
    for title in ("Trustee u/a dated March 1, 2005", "Trustee of the Roe Trust dated March 1, 2005",
                  "Trustee under Trust Agreement dated 3/1/2005"):
        # (was: a trust's date the block's, Hui and Chen dated 2005-03-01)
        assert _pericom({f"{_COL}{_CEO}\n": f"{_COL}{title}\n"}) == [
            ("Alex Hui", title, _SIGNED), ("Angela Chen", _CFO, _SIGNED)], title


# a bank's legal forms; a firm of partners', a foreign company's (was: the title "President
# Icahn Bank, N.A.", "President Icahn Associates LLP")
@pytest.mark.parametrize("cell", ["Director dated May 24, 1995", "Director, May 24, 1995"])
def test_table_cell_holding_a_title_then_its_date(cell: str) -> None:
    # "/s/ David A. Barry*   Director dated May 24, 1995": the title and the signer's date,
    # the row's date column the signer's where it has one (was: no title)
    barry = _page({_BARRY: f"/s/ David A. Barry*     {cell}"})[0]
    assert barry == ("David A. Barry", "Director", "1995-05-24")
    assert _page({_BARRY: f"/s/ David A. Barry*     {cell}    May 25, 1995"})[0] == (
        "David A. Barry", "Director", "1995-05-25")


_FIRMS = ["Icahn Bank, N.A.", "Icahn Trust Company, N.A.", "Icahn Savings Bank, FSB",
          "Icahn Bank N.A.", "Icahn Federal Savings Bank, F.S.B.", "Icahn Associates LLP",
          "Icahn Capital LLLP", "Icahn Law, P.C.", "Icahn Advisors, PLLC", "Icahn Law, P.A.",
          "Icahn Capital, L.L.C.", "Icahn Holding GmbH", "Icahn Holding B.V."]


@pytest.mark.parametrize("firm", _FIRMS)
@pytest.mark.parametrize("title", [["President"], ["Chief Executive Officer and", "Director"]])
def test_legal_form_under_a_finished_title_is_no_title_line(firm: str, title: list[str]) -> None:
    _firm_under_title(firm, title)  # (round 64b's test, in mixed case and in capitals)
    # a title going on with the firm keeps it; "PA" with no stops is a state, no legal form
    for line in (f"of {firm}", "Icahn Resorts PA"):
        assert _both(["/s/ Carl C. Icahn", "Carl C. Icahn", "President", line]) == [
            (None, "Carl C. Icahn", f"President {line}", _DATE)]


@pytest.mark.parametrize("firm", ["Icahn Enterprises L.P.", "Icahn Bank, N.A."])
def test_firm_line_over_an_address_or_a_date(firm: str) -> None:
    head = ["/s/ Carl C. Icahn", "Carl C. Icahn", "President", firm]
    for under in (["767 Fifth Avenue", "New York, NY 10153"], ["c/o Icahn Associates"],
                  ["Sunny Isles Beach, FL 33160"]):
        assert _both(head + under) == [(None, "Carl C. Icahn", "President", _DATE)], under
    # his date under the firm's line (was: lost, the block's date his)
    for under in ("Date: January 12, 2025", "January 12, 2025", "Dated: January 12, 2025"):
        assert _both([*head, under]) == [(None, "Carl C. Icahn", "President", "2025-01-12")]
    # a title's line under the firm stays the title's
    assert _plain("|".join([*head, "and Chairman"])) == [
        (None, "Carl C. Icahn", f"President {firm} and Chairman", _DATE)]


def test_dated_title_and_firm_lines_parse_in_linear_time() -> None:
    head = "Pursuant to the requirements of the Act, duly authorized.\n\nACME, INC.\n\n"
    for run in ("dated " * 35000, "President " * 20000, "Bank, N.A. " * 18000):
        start = time.process_time()
        parse_signatures(f"{head}By: /s/ John Roe\nJohn Roe\nDirector {run} March 1, 2005\n"
                         "Icahn Bank, N.A.\n767 Fifth Avenue\nDate: March 2, 2005\n", False, [])
        assert time.process_time() - start < 5
        start = time.process_time()
        parse_signatures(f"{head}/s/ John Roe    Director {run} March 1, 2005    March 2, 2005"
                         "\nJohn Roe\n", False, [])
        assert time.process_time() - start < 5
