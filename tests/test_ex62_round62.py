"""Exhibit indexes of round 62: two exhibit columns side by side, and an index run onto its
next page under repeated heads.

- Stockwalk Group's 2001 8-K (a corpus filing) prints its EXHIBIT INDEX as an HTML table with
  a blank spacer column between number and description ("99.1", "&nbsp;", "Transfer
  Agreement"), four rows 99.1-99.4. Edited into two exhibit columns per row (99.1 and 99.3
  over 99.2 and 99.4: the numbers run down each column; or 99.1 and 99.2 over 99.3 and 99.4),
  with or without spacer cells, each exhibit is read once, in order. Edited into two tables,
  the second page repeating "EXHIBIT INDEX" and its column heads, the list opens on the first.
- Asta Funding's 2005 8-K (a corpus filing) types "99.1  Press release dated August 9, 2005."
  over "99.2  Transcript of August 9, 2005 webcast."; edited into a plain-text list in two
  columns (two more rows, "99.3  Slides." and "99.4  Letter to holders.", typed beside them).
  With its list cut to 99.1, its EX-99.2 document (described "TRANSCRIPT OF AUGUST 9, 2005
  WEBCAST") is an unlisted exhibit; given the <DESCRIPTION> filing agents default to, its type
  or its number ("EX-99.2", "EXHIBIT 99.2"), it has no description.
- Westell Technologies' 1999 8-K (a corpus filing) types an EXHIBIT INDEX whose rows wrap
  ("99.2     Agreement and Plan of Merger, ... among Teltrend" over "         Inc., Westell
  ..."); edited so a page ends between two rows or inside the wrapped 99.2, the next page
  printing the page number, <PAGE>, "EXHIBIT INDEX" and the "Exhibit" / "Number   Description"
  heads again.
"""

from __future__ import annotations

import time

import pytest

from filing2json.parsers import parse
from filing2json.parsers.sections.exhibits import read_entries
from support import FILINGS, validate

STOCKWALK = FILINGS / "8k_2001_stockwalkgroupinc_1.txt"
ASTA = FILINGS / "8k_2005_astafundinginc_5.txt"
WESTELL = FILINGS / "8k_1999_westelltechnologiesinc_3.txt"

_TRANSFER = "Transfer Agreement"
_ORDER = "Court Order Approving Customer Transfers to SWS Securities, Inc."
_PURCHASE = ("Stock Purchase Agreement between Registrant and James Stephenson in his capacity "
             "as trustee for the liquidation of MJK Clearing, Inc. dated September 30, 2001")
_RELEASE = "Press release dated October 5, 2001"
_FOUR = [("99.1", _TRANSFER), ("99.2", _ORDER), ("99.3", _PURCHASE), ("99.4", _RELEASE)]


def _entries(path, edit=None) -> list[tuple[str, str]]:
    data = path.read_bytes().decode("latin-1")
    if edit is not None:
        data = edit(data)
    record = validate(parse(data.encode("latin-1"), path.name))
    return [(e["number"], e["description"]) for e in record["exhibits"]]


def _stockwalk_rows(rows: str) -> object:
    """Stockwalk's index with its four rows replaced by `rows`."""
    def edit(data: str) -> str:
        start = data.index('<TR valign="bottom">\n        <TD valign="top"><FONT size="2">99.1')
        return data[:start] + rows + data[data.index("</TABLE>", start):]
    return edit


def _row(*cells: str) -> str:
    return "<TR>" + "".join(f'<TD valign="top"><FONT size="2">{cell}</FONT></TD>'
                            for cell in cells) + "</TR>\n"


_PURCHASE_CELL = _PURCHASE.replace("September 30", "September&nbsp;30")
_RELEASE_CELL = _RELEASE.replace("October 5", "October&nbsp;5")
_SPACE = "&nbsp;"


def test_stockwalk_as_filed() -> None:
    assert _entries(STOCKWALK) == _FOUR


@pytest.mark.parametrize(("rows", "expected"), [
    # (the numbers run down each column)
    (_row("99.1", _TRANSFER, "99.3", _PURCHASE_CELL) + _row("99.2", _ORDER, "99.4", _RELEASE_CELL),
     _FOUR),
    # (a spacer column by each number, and one between the exhibit columns)
    (_row("99.1", _SPACE, _TRANSFER, _SPACE, "99.3", _SPACE, _PURCHASE_CELL)
     + _row("99.2", _SPACE, _ORDER, _SPACE, "99.4", _SPACE, _RELEASE_CELL), _FOUR),
    # (an odd count: the left column is the longer)
    (_row("99.1", _TRANSFER, "99.3", _PURCHASE_CELL) + _row("99.2", _ORDER, "", ""), _FOUR[:3]),
    # (the numbers run across each row)
    (_row("99.1", _TRANSFER, "99.2", _ORDER) + _row("99.3", _PURCHASE_CELL, "99.4", _RELEASE_CELL),
     _FOUR),
])
def test_html_index_in_two_columns(rows: str, expected: list[tuple[str, str]]) -> None:
    assert _entries(STOCKWALK, _stockwalk_rows(rows)) == expected


def test_html_index_on_two_pages_under_repeated_heading() -> None:
    def edit(data: str) -> str:
        heads = data[data.index('<TR valign="bottom">\n        <TD nowrap align="left" colspan'):
                     data.index('<TR valign="bottom">\n        <TD colspan="3"><HR')]
        cut = data.index('<TR valign="bottom">\n        <TD valign="top"><FONT size="2">99.3')
        page = ('</TABLE>\n<P align="center"><FONT size="2">2</FONT></P>\n'
                '<HR style="page-break-after:always">\n<P align="center"><FONT size="2"><B>'
                'EXHIBIT INDEX</B></FONT>\n<TABLE>\n' + heads)
        return data[:cut] + page + data[cut:]
    assert _entries(STOCKWALK, edit) == _FOUR


_ASTA_LIST = ("          99.1  Press release dated August 9, 2005.\n"
              "          99.2  Transcript of August 9, 2005 webcast.\n")
_ASTA_FOUR = [("99.1", "Press release dated August 9, 2005."),
              ("99.2", "Transcript of August 9, 2005 webcast."),
              ("99.3", "Slides presented at the webcast."), ("99.4", "Letter to holders.")]


@pytest.mark.parametrize("listing", [
    "          99.1  Press release dated August 9, 2005.      99.3  Slides presented at the"
    " webcast.\n"
    "          99.2  Transcript of August 9, 2005 webcast.   99.4  Letter to holders.\n",
    # (the right column in line, the longer description two spaces short of it)
    "          99.1  Press release dated August 9, 2005.    99.3  Slides presented at the"
    " webcast.\n"
    "          99.2  Transcript of August 9, 2005 webcast.  99.4  Letter to holders.\n",
    # (each column's descriptions wrapped within it)
    "          99.1  Press release dated August       99.3  Slides presented at the\n"
    "                9, 2005.                             webcast.\n"
    "          99.2  Transcript of August 9,        99.4  Letter to holders.\n"
    "                2005 webcast.\n",
])
def test_text_index_in_two_columns(listing: str) -> None:
    def edit(data: str) -> str:
        assert _ASTA_LIST in data
        return data.replace(_ASTA_LIST, listing)
    assert _entries(ASTA, edit) == _ASTA_FOUR


def test_reference_columns_are_no_second_exhibit() -> None:
    """An index's "Incorporated by Reference" columns (the form, the exhibit number it was
    filed as, its date) typed beside each row are no second exhibit column."""
    text = ("99.1     Press release dated August 9, 2005          8-K      99.1    May 1, 2005\n"
            "99.2     Transcript of the webcast                   8-K      99.2    May 1, 2005\n")
    assert [number for number, _ in read_entries(text)] == ["99.1", "99.2"]
    text = ("10.1     Credit Agreement      10.1     Annual Report on Form 10-K for 2004\n"
            "10.2     Security Agreement    10.2     Annual Report on Form 10-K for 2004\n")
    assert [number for number, _ in read_entries(text)] == ["10.1", "10.2"]


@pytest.mark.parametrize(("description", "expected"), [
    ("TRANSCRIPT OF AUGUST 9, 2005 WEBCAST", "TRANSCRIPT OF AUGUST 9, 2005 WEBCAST"),
    ("EX-99.2", None),
    ("EXHIBIT 99.2", None),
    ("Exhibit No. 99.2", None),
    ("EX-99.1", "EX-99.1"),  # (another exhibit's number: kept as printed)
])
def test_unlisted_document_described_by_its_type(description: str,
                                                 expected: str | None) -> None:
    def edit(data: str) -> str:
        old = "<DESCRIPTION>TRANSCRIPT OF AUGUST 9, 2005 WEBCAST\n"
        assert _ASTA_LIST in data and old in data
        return data.replace(_ASTA_LIST, _ASTA_LIST.split("\n")[0] + "\n").replace(
            old, f"<DESCRIPTION>{description}\n")
    data = edit(ASTA.read_bytes().decode("latin-1"))
    record = validate(parse(data.encode("latin-1"), ASTA.name))
    assert [(e["number"], e["description"], e["document"]) for e in record["exhibits"]] == [
        ("99.1", "Press release dated August 9, 2005.", 2), ("99.2", expected, 3)]


_MERGER = ("Agreement and Plan of Merger, dated December 13, 1999, among Teltrend Inc., Westell "
           "Technologies Inc. and Theta Acquisition Corp.")
_PAGE_HEADS = ("                                  EXHIBIT INDEX\n"
               "                                  -------------\n\n"
               "Exhibit\nNumber   Description\n- ------   -----------\n")


@pytest.mark.parametrize(("old", "new"), [
    # (the page ends between two rows)
    ("\n99.3     Voting",
     "\n\n                                       2\n<PAGE>\n" + _PAGE_HEADS + "\n99.3     Voting"),
    # (inside 99.2's wrapped description, the heading printed again or not)
    ("among Teltrend\n         Inc.",
     "among Teltrend\n\n                                      -2-\n<PAGE>\n" + _PAGE_HEADS
     + "         Inc."),
    ("among Teltrend\n         Inc.",
     "among Teltrend\n                                       2\n<PAGE>\n"
     "Exhibit\nNumber   Description\n- ------   -----------\n         Inc."),
])
def test_text_index_on_two_pages(old: str, new: str) -> None:
    def edit(data: str) -> str:
        assert data.count(old) == 1
        return data.replace(old, new)
    entries = _entries(WESTELL, edit)
    assert [number for number, _ in entries] == [
        "99.1", "99.2", "99.3", "99.4(a)", "99.4(b)", "99.4(c)"]
    assert entries[1] == ("99.2", _MERGER)
    assert entries[2][1].endswith("individually and as trustees of various trusts, and "
                                  "Teltrend Inc.")


@pytest.mark.parametrize("line", [
    "99.1  Press release" + " " * 200_000 + "99.2  x\n",
    "99.1  Press release" + "\t" * 200_000 + "99.2  x\n",
    "99.1  Press release   " + "99.3   " * 30_000 + "\n",
    "99.1  Press release dated the\n\n" + "Exhibit   Description\n" * 10_000,
])
def test_pathological_rows_parse_fast(line: str) -> None:
    began = time.process_time()
    read_entries(line * 2)
    assert time.process_time() - began < 5
