"""Rendered text, round 68b: speed of the HTML renderer, the rules it keeps.

- A cell styled hidden ("display:none", EDGARizer's "DISPLAY: NONE") takes no column and no
  value; the others read as before (pinned while the cell's fast path was reworked).
- The probe for plain text in an HTML wrapper counts its head's lines and block tags in place,
  with no copy of the head.

Real filing: Apple's 2024 8-K (Workiva); its cover's values are built into the rows below.
These pin behaviour the speed work must keep: they pass on the start tree too.
"""

from __future__ import annotations

import time

from test_txt66_round66 import _document

from filing2json.parsers.text.html_text import _preformatted, html_to_text
from support import FILINGS

APPLE = FILINGS / "8k_2024_appleinc_1.txt"

_ROW = ("<table><tr><td style='width:30%;text-align:center'>California</td>{hidden}"
        "<td style='width:30%;text-align:center'>001-36743</td>"
        "<td style='width:30%;text-align:center'>94-2404110</td></tr></table>")


def test_hidden_cell_takes_no_value() -> None:
    for style in ("display:none", "DISPLAY: NONE", "width:1%; Display : none"):
        html = _ROW.format(hidden=f"<td style='{style}'>Delaware</td>")
        assert html_to_text(html) == "California\t001-36743\t94-2404110\n"


def test_cell_styled_shown_keeps_its_value() -> None:
    html = _ROW.format(hidden="<td style='display:table-cell;width:1%'>Delaware</td>")
    assert html_to_text(html) == "California\tDelaware\t001-36743\t94-2404110\n"


def test_styled_cells_share_a_style() -> None:
    # the same style string on every cell, read once: each row keeps its own values
    html = _ROW.format(hidden="") * 3  # (three tables: a blank line parts them)
    assert html_to_text(html) == "\n\n".join(["California\t001-36743\t94-2404110"] * 3) + "\n"


def test_apple_cover_row_reads_as_before() -> None:
    text = html_to_text(_document(APPLE, "8-K"))
    assert "California\t001-36743\t94-2404110" in text.split("\n")


def test_preformatted_probe_reads_only_the_head() -> None:
    plain = "Line of a plain text filing\n" * 60
    assert _preformatted(plain) is True
    # a head of HTML blocks over a long plain tail: the head tells
    head = "<p>Paragraph</p>\n" * 70_000  # past the probe's 1,000,000 characters
    assert _preformatted(head + plain * 100) is False
    assert _preformatted("<div>" + plain + "</div>") is True


def test_render_time() -> None:
    html = _document(APPLE, "8-K")
    start = time.process_time()
    for _ in range(20):
        html_to_text(html)
    assert time.process_time() - start < 5
