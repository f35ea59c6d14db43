"""Signature blocks of round 64b.

A firm's name in mixed case with its legal form ("Icahn Enterprises L.P.") right under a
finished title, ending the lines under the signature, is no line of the title, as the same
name in capitals already was not (was: the title "President Icahn Enterprises L.P."); a line
going on with the title ("of Icahn Enterprises L.P.") stays in it, in capitals too (was: "OF
ICAHN ENTERPRISES L.P." dropped). The tests edit Icahn's Schedule TO-T/A on CVR Energy (2025;
test_sig59_round59): Icahn's certification re-typed as text, and its HTML signature column,
Icahn's title given over one of the filing persons' names (in CVR's own capitals or in mixed
case).

A date in brackets closing the title ("President, Chief Executive Officer (August 15, 2006)")
is the signer's date, as it is when typed after a comma (was: the title holding it).

A date a title holds ("Director since March 1, 2005") on a line under the signature is no
signing date for the block (was: the block's date, read for each signer with none of their
own, the first date in the block: the tenure's). Pericom's 8-K of August 2006 is edited: its
first signer's title line given a bracketed date or a title holding a date, the block dated
"Date:  August 16, 2006" under both signers. In a table's row ("/s/ Name   Title   Date") a
title cell holding a date ("Director since March 1, 1994", "Director (May 24, 1995)") is the
title (was: no title): Page America's S-3/A of 1995 is edited, its directors' rows given
those cells."""

from __future__ import annotations

import time

import pytest
from test_sig59_round59 import _ICAHN, _ICAHN_NAME, _cells, _plain
from test_sig59_round59 import _signers as _cvr
from test_sig64_round64 import _CEO, _CFO, _COL, _pericom

from filing2json.parsers.sections.signatures import parse_signatures
from support import FILINGS, edited_record

_DATE = "2025-01-10"
_FIRMS = ["Icahn Enterprises L.P.", "Icahn Enterprises Holdings L.P.", "IEP Energy Holding LLC",
          "Beckton Corp.", "Icahn Enterprises G.P. Inc."]


def _both(lines: list[str]) -> list[tuple[str | None, ...]]:
    """Icahn's row, his lines typed as text and as rows of CVR's HTML signature column."""
    plain = _plain("|".join(lines))
    html = _cvr({_ICAHN: _cells(lines) + "<TD></TD></TR>", _ICAHN_NAME: ""})[-1]
    assert plain == [html], lines
    return plain


@pytest.mark.parametrize("firm", _FIRMS)
@pytest.mark.parametrize("title", [["President"], ["Chief Executive Officer and", "Director"]])
def test_firm_under_a_finished_title_is_no_title_line(firm: str, title: list[str]) -> None:
    # in mixed case as in capitals (was: "President Icahn Enterprises L.P.")
    for typed in (firm, firm.upper()):
        assert _both(["/s/ Carl C. Icahn", "Carl C. Icahn", *title, typed]) == [
            (None, "Carl C. Icahn", " ".join(title), _DATE)], typed


def test_title_going_on_with_the_firm_keeps_it() -> None:
    # "Managing Member" over "of Icahn Enterprises L.P.": one title, in capitals too (was:
    # the capitals dropped)
    for firm in ("OF ICAHN ENTERPRISES L.P.", "of Icahn Enterprises L.P.",
                 "and Icahn Enterprises L.P.", "FOR BECKTON CORP."):
        assert _both(["/s/ Carl C. Icahn", "Carl C. Icahn", "Managing Member", firm]) == [
            (None, "Carl C. Icahn", f"Managing Member {firm}", _DATE)], firm


@pytest.mark.parametrize(("typed", "iso"), [("(August 15, 2006)", "2006-08-15"),
                                            ("(Date: August 15, 2006)", "2006-08-15"),
                                            ("(8/15/2006)", "2006-08-15"),
                                            (", (August 15, 2006)", "2006-08-15")])
def test_date_in_brackets_after_the_title_is_the_signers(typed: str, iso: str) -> None:
    sep = "" if typed[0] == "," else " "
    assert _pericom({f"{_COL}{_CEO}\n": f"{_COL}{_CEO}{sep}{typed}\n"}) == [
        ("Alex Hui", _CEO, iso), ("Angela Chen", _CFO, "2006-08-16")]
    # a short title with a date in figures: the title is kept (was: no title)
    assert _pericom({f"{_COL}{_CEO}\n": f"{_COL}President{sep}{typed}\n"})[0] == (
        "Alex Hui", "President", iso)
    # on the signature line
    assert _plain(f"/s/ Carl C. Icahn, President{sep}{typed}") == [
        (None, "Carl C. Icahn", "President", iso)]
    # brackets holding more than a date: the title's
    for title in ("Director (effective August 15, 2006)", "President (August 15, 2006 and 2007)"):
        assert _pericom({f"{_COL}{_CEO}\n": f"{_COL}{title}\n"})[0][:2] == ("Alex Hui", title)


@pytest.mark.parametrize("held", ["since", "effective", "until", "u/a/d", "dtd",
                                  "u/a dated", "SINCE"])
def test_date_a_title_holds_is_not_the_blocks(held: str) -> None:
    # "Director since March 1, 2005" over the block's "Date:" (was: Hui dated 2005-03-01)
    title = f"Director {held} March 1, 2005"
    assert _pericom({f"{_COL}{_CEO}\n": f"{_COL}{title}\n"}) == [
        ("Alex Hui", title, "2006-08-16"), ("Angela Chen", _CFO, "2006-08-16")]


# Page America's S-3/A of 1995: a table of directors, "/s/ Name   Title   Date" on one line
PAGE = "s3a_1995_pageamericagroupinc_1.txt"
_BARRY = "/s/ David A. Barry*     Director               May 25, 1995"
_MAROCCO = "/s/ Michael J. Marocco*   Director             May 25, 1995"


def _page(edit: dict[str, str]) -> list[tuple[str | None, ...]]:
    return [(s["name"], s["title"], s["date"])
            for s in edited_record(FILINGS / PAGE, edit)["signatures"]][2:4]


@pytest.mark.parametrize("held", ["since", "u/a/d", "effective"])
def test_table_cell_holding_a_title_and_a_date(held: str) -> None:
    # "Director since March 1, 1994" in the title's cell, with a date in the row's date
    # column or none (was: no title, and the tenure's date the signer's with no date column);
    # "Director (May 24, 1995)" with the date column empty (was: no title)
    title = f"Director {held} March 1, 1994"
    barry, marocco = ("David A. Barry", title, "1995-05-25"), ("Michael J. Marocco",
                                                                "Director", "1995-05-25")
    assert _page({_BARRY: f"/s/ David A. Barry*     {title}    May 25, 1995"}) == [
        barry, marocco]
    assert _page({_BARRY: f"/s/ David A. Barry*     {title}"}) == [barry, marocco]
    assert _page({_MAROCCO: "/s/ Michael J. Marocco*   Director (May 24, 1995)"})[1] == (
        "Michael J. Marocco", "Director", "1995-05-24")


def test_held_date_parses_in_linear_time() -> None:
    # ~200 KB of the held dates' words run on, under a title and over a date
    head = "Pursuant to the requirements of the Act, duly authorized.\n\nACME, INC.\n\n"
    for run in ("since " * 35000, "u/a/d " * 35000, "effective" * 22000, "(" * 200000):
        start = time.process_time()
        parse_signatures(f"{head}By: /s/ John Roe\nJohn Roe\nDirector {run} March 1, 2005)\n"
                         "Date: March 2, 2005\n", False, [])
        assert time.process_time() - start < 5
        start = time.process_time()
        parse_signatures(f"{head}/s/ John Roe    Director {run} March 1, 2005)    March 2, 2005"
                         "\nJohn Roe\n", False, [])
        assert time.process_time() - start < 5
