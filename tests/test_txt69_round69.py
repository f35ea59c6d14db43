"""Rendered text, round 69: the HTML renderer's hot paths made cheaper, the text unchanged.

Round 69 cut instructions from the renderer's per-tag work (issue 6): a run of text outside a
table is handed to the line (Writer.text's work) inside the flush, not through a call; a
table cell's end no longer tests for its row (a cell opens only in a row, and the row closes
only after its cell); a <th> is pushed as the same open entry as a <td>. These tests pin the
shapes those paths render (each as the start tree renders it: a speed change moves no text),
on real filings and on small documents of the same shapes, and time a worst case.

Real filings: Apple's 2024 8-K (Workiva), Caterpillar's 2022 8-K (Exhibit 99.1, 22 pages).
"""

from __future__ import annotations

import time

from test_txt66_round66 import _document, _lines

from filing2json.parsers.text.html_text import html_to_text
from support import FILINGS

APPLE = FILINGS / "8k_2024_appleinc_1.txt"
CATERPILLAR = FILINGS / "8k_2022_caterpillarinc_1.txt"


def test_apple_cover_rows_and_lines_read_as_before() -> None:
    """The cover's table rows (a <td> each cell) and its lines outside the table."""
    lines = _lines(html_to_text(_document(APPLE, "8-K")))
    at = lines.index("California\t001-36743\t94-2404110")
    assert lines[at + 1] == ("(State or other jurisdiction of incorporation)\t"
                             "(Commission File Number)\t(I.R.S. Employer Identification No.)")
    assert lines[lines.index("Apple Inc.") + 1] == (
        "(Exact name of Registrant as specified in its charter)")


def test_caterpillar_release_text_keeps_its_lines() -> None:
    """A 22-page Workiva release: its paragraphs outside tables, its table rows."""
    text = html_to_text(_document(CATERPILLAR, "EX-99.1"))
    lines = _lines(text)
    assert "(more)" not in lines
    assert text.count("\n\n\n") == 0
    assert lines[:3] == ["Exhibit 99.1", "Caterpillar Inc.", "1Q 2022 Earnings Release"]
    assert "Sales and Revenues\t$13.6\t$11.9" in lines


def test_spacer_line_outside_a_table_is_a_blank_line() -> None:
    """A line of no-break spaces between blocks (the flush's inline text path) is blank."""
    assert html_to_text("<div>Item 8.01</div><div>&nbsp;</div><div>Other Events.</div>") == (
        "Item 8.01\n\nOther Events.\n")


def test_white_space_between_blocks_makes_no_line() -> None:
    assert html_to_text("<p>Item 8.01</p>  <span> </span><div>Other Events.</div>") == (
        "Item 8.01\n\nOther Events.\n")


def test_preformatted_run_keeps_its_columns() -> None:
    """Text in a <pre> still goes through the writer's own line keeping."""
    assert html_to_text("<pre>Item 8.01   Other\n\n  Events.</pre><p>x y</p>") == (
        "Item 8.01   Other\n\n  Events.\n\nx y\n")


def test_th_cells_in_a_nested_table_read_as_td_cells() -> None:
    """A <th> inside a cell's nested table counts as a cell, as a <td> does."""
    html = ("<table><tr><td>99.1</td><td><table><tr><th>Press</th><th>release</th></tr>"
            "<tr><th>dated</th><td>May 1</td></tr></table></td></tr></table>")
    assert html_to_text(html) == "99.1\tPress release dated May 1\n"


def test_th_head_row_and_spanned_columns() -> None:
    html = ('<table><tr><th>Exhibit</th><th colspan="2">Description</th></tr>'
            "<tr><td></td><td> </td><td>99.1</td></tr></table>")
    assert html_to_text(html) == "Exhibit\tDescription\n99.1\n"


def test_many_cells_and_runs_render_fast() -> None:
    """~200 KB of rows of empty and filled cells and runs between blocks: linear."""
    row = "<tr><td>&nbsp;</td><td style='padding:0'>Revenue</td><td>$</td><td>1,234</td></tr>\n"
    html = "<table>" + row * 2500 + "</table>" + "<p>A line of text.</p> \n" * 2000
    begin = time.process_time()
    text = html_to_text(html)
    assert time.process_time() - begin < 5
    assert text.count("Revenue\t$\t1,234\n") == 2500
