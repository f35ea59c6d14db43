"""Round 63b (issue 6): the cost of the HTML grid rule of round 63 (a row opening with empty
cells inside a grid keeps its column).

The rule now counts one cell per cell and one column per value, and reads a table's columns
only when the table closes holding such a row. Its rendered text is unchanged (the corpus's
HTML bodies render as before: tests/test_rel63_round63.py holds the rule's real cases); what
this file checks is that a table's width no longer multiplies its grid rows' cost.
"""

from __future__ import annotations

import time

from filing2json.parsers.text.html_text import html_to_text


def test_wide_grid_is_linear() -> None:
    """A 200 KB table whose first row is 20,000 cells wide, over a grid of rows "a | b", each
    but the last followed by seven rows " | x" (a value in the second column only): each keeps
    its one tab, and the table renders in well under 5 s. Counting, for every such row, the
    table's columns left of its value one by one read all 20,000 columns per row (about
    130M steps, half a minute)."""
    wide, groups = 20_000, 960
    grid = ("<tr><td>a<td>b" + "<tr><td><td>x" * 7) * groups + "<tr><td>a<td>b"
    html = "<html><body><table><tr>" + "<td>a" * wide + grid + "</table></body></html>"
    assert 190_000 < len(html) < 210_000
    started = time.process_time()
    text = html_to_text(html)
    took = time.process_time() - started
    lines = text.splitlines()
    assert lines.count("\tx") == 7 * groups
    assert lines.count("a\tb") == groups + 1
    assert took < 5, took
