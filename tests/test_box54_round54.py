"""HTML boxes of paragraphs and stacked cells of round 54 (parsers/text/html_text.py).

- A row's lone cell under 500 characters keeps its lines when two or more of them end a
  sentence: an explanatory note boxed in a one-cell table ("EXPLANATORY NOTE<p>This Amendment
  No. 1 ... .</p><p>Except as ... .</p>"); a signature block, an address or a title stays one
  line.
- A row whose non-empty cells all stack lines with <br>s, the same number each, the first
  cell's short numbers keying the others, gives one line per stacked line, the cells joined
  by a tab ("99.1<br>99.2" beside "Press Release<br>Investor Presentation"); not a wrapped
  heading ("Number of<br>options granted", "Year Ended<br>November 30", "2020<br>(audited)"),
  an address ("Avenue<br>(P.O. Box 976)") or a cover's classes over their exchanges, whose
  pairing cannot be told (test_cover_round31).

The tests take Sophiris Bio's 2016 8-K (a corpus filing) with a one-cell note table put before
its Item 2.02 (the shape Form 8-K/A filers box their note in) and with its one-paragraph exhibit
list ("99.1 Press release dated March 23, 2016.") re-typed as a two-cell row of stacked lines;
the heading rows are Plymouth Rock Technologies' 2021 20-F's (a check-set filing) as filed.
"""

from __future__ import annotations

import time

from test_html51_round51 import _SOPHIRIS_ROW, SOPHIRIS, _exhibits

from filing2json.parsers import parse
from filing2json.parsers.text.html_text import html_to_text

_ITEM_202 = "<TABLE id=MTAB61"
_NOTE = ('<TABLE style="WIDTH: 100%; BORDER: #000000 1px solid"><TR><TD>'
         '<P style="TEXT-ALIGN: center"><B>EXPLANATORY NOTE</B></P>'
         "<P>This Amendment No. 1 on Form 8-K/A amends the Current Report on Form 8-K furnished"
         " by Sophiris Bio Inc. on March 23, 2016 to furnish the press release as Exhibit 99.1."
         "</P><P>Except as described above, no other changes have been made to the Current"
         " Report.</P></TD></TR></TABLE>\n")
_FIRST = ("This Amendment No. 1 on Form 8-K/A amends the Current Report on Form 8-K furnished by"
          " Sophiris Bio Inc. on March 23, 2016 to furnish the press release as Exhibit 99.1.")
_SECOND = "Except as described above, no other changes have been made to the Current Report."
_STACKED = ('<TABLE style="WIDTH: 100%"><TR><TD style="WIDTH: 10%">99.1<BR>99.2</TD>'
            '<TD style="WIDTH: 90%">Press Release<BR>Investor Presentation</TD></TR></TABLE>')


def _note_record(note: str) -> dict:
    text = SOPHIRIS.read_text(encoding="latin-1")
    assert _ITEM_202 in text
    return parse(text.replace(_ITEM_202, note + _ITEM_202, 1).encode("latin-1"), SOPHIRIS.name)


def test_boxed_explanatory_note_keeps_its_paragraphs() -> None:
    assert _note_record(_NOTE)["explanatory_note"] == f"{_FIRST}\n\n{_SECOND}"
    lines = html_to_text(_NOTE).splitlines()
    assert lines[:2] == ["EXPLANATORY NOTE", ""] and _FIRST in lines and _SECOND in lines
    # one sentence among the lines is no box of paragraphs (nor, unchanged, is a signer)
    assert html_to_text("<table><tr><td><p>SOPHIRIS BIO INC.</p><p>By: /s/ Peter Slover</p>"
                        "<p>Peter Slover, Chief Financial Officer of the Company.</p>"
                        "</td></tr></table>") == (
        "SOPHIRIS BIO INC. By: /s/ Peter Slover Peter Slover, Chief Financial Officer of the"
        " Company.\n")
    # the box's sentences read as lines only in a row's lone cell
    assert html_to_text(f"<table><tr><td>Note</td><td><p>{_FIRST}</p><p>{_SECOND}</p></td>"
                        "</tr></table>") == f"Note\t{_FIRST} {_SECOND}\n"


def test_title_case_stacked_exhibit_cells_line_up() -> None:
    assert _exhibits(SOPHIRIS, _SOPHIRIS_ROW, _STACKED) == [
        ("99.1", "Press Release"), ("99.2", "Investor Presentation")]


def test_wrapped_headings_and_addresses_stay_one_line() -> None:
    # Plymouth Rock Technologies' 20-F's heading rows, an 8-K's two registrants' addresses
    # (Edison International's) and a cover's classes over an exchange and its tier
    html = ("<table><tr><td>Statements of (Loss)<br>Income Data</td><td>Year Ended<br>"
            "November 30</td></tr><tr><td>2020<br>(audited)<br>($)</td><td>2019<br>(audited)"
            "<br>($)</td></tr><tr><td>Number of<br>options granted</td><td>Expense for the<br>"
            "year (vested)</td></tr><tr><td>2244 Walnut Grove Avenue<br>(P.O. Box 976)</td>"
            "<td>2244 Walnut Grove Avenue<br>(P.O. Box 800)</td></tr>"
            # the column heads of Apple's January 2011 8-K release: a date keys no stacked row
            "<tr><td>December 25,<br>2010</td><td>December 26,<br>2009</td></tr>"
            "<tr><td>Common Stock<br>Warrants</td><td>LSMC<br>LSMCW</td><td>The Nasdaq Stock"
            " Market LLC<br>Nasdaq Capital Market</td></tr>"
            # lines out of step: a blank beside a line
            "<tr><td>99.1<br><br>99.2</td><td>Press Release<br>Investor Presentation<br>"
            "Agreement</td></tr></table>")
    assert html_to_text(html).splitlines() == [
        "Statements of (Loss) Income Data\tYear Ended November 30",
        "2020 (audited) ($)\t2019 (audited) ($)",
        "Number of options granted\tExpense for the year (vested)",
        "2244 Walnut Grove Avenue (P.O. Box 976)\t2244 Walnut Grove Avenue (P.O. Box 800)",
        "December 25, 2010\tDecember 26, 2009",
        "Common Stock Warrants\tLSMC LSMCW\tThe Nasdaq Stock Market LLC Nasdaq Capital Market",
        "99.1 99.2\tPress Release Investor Presentation Agreement"]
    # and a stacked row lined up in the same table is cut
    row = "<tr><td>99.1<br>99.2</td><td>Press Release<br>Investor Presentation</td></tr>"
    assert html_to_text(html.replace("</table>", row + "</table>")).splitlines()[-2:] == [
        "99.1\tPress Release", "99.2\tInvestor Presentation"]


def test_many_stacked_rows_and_boxes_parse_fast() -> None:
    row = (f"<tr><td>99.1<br>99.2</td><td>Press Release<br>Investor Presentation</td></tr>"
           f"<tr><td><p>{_FIRST}</p><p>{_SECOND}</p></td></tr>")
    html = "<table>" + row * (200_000 // len(row)) + "</table>"
    start = time.process_time()
    text = html_to_text(html)
    assert time.process_time() - start < 5.0  # (quadratic: minutes)
    assert text.count("99.2\tInvestor Presentation") == 200_000 // len(row)
