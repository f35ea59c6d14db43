"""Rendered text, round 74 (speed): the HTML renderer's event handlers copy less per call.

libxml2 calls the renderer's ``start`` and ``end`` once for each tag of each HTML document
(~85k calls a corpus pass). They are closures, and Python copies every name a closure reads
from its enclosing function into the frame at each call, used on that path or not. The
module's tag sets and mark tables (``_BREAKING``, ``_CELL``, ``_OPEN_MARK``, ``_STYLES``, ...)
are read as module globals now, a look-up only on the paths that read them; the closures
keep their state, the bound methods and what a table cell's own path reads. About 12M
instructions less a corpus pass (of ~990M the rendering costs), the text unchanged.

Real filing: Apple's 2024 8-K (its cover's lines, the module docstring's example).
"""

from __future__ import annotations

import re
import time

from filing2json.parsers.text import html_text
from filing2json.parsers.text.html_text import html_to_text
from support import FILINGS

# the module tables the handlers once read through their closure
_MODULE_TABLES = frozenset({
    "skip_tags", "cells", "blocks", "breaking", "paragraphs", "hidden", "inlineable",
    "styles", "opens", "closes", "cell_mark", "lists_or_terms",
})
_START_NAMES = 30  # the names start's closure reads (state, bound methods, a cell's tables)
_END_NAMES = 23


def _apple_cover() -> list[str]:
    raw = (FILINGS / "8k_2024_appleinc_1.txt").read_text(encoding="utf-8")
    match = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    assert match is not None
    return html_to_text(match.group(1)).split("\n")


def test_handlers_read_module_tables_as_globals() -> None:
    """start and end read no module table through their closure (each such name is copied
    into the frame at every call); their closures hold no more names than now."""
    target = html_text._renderer()
    start, end = target.start.__code__.co_freevars, target.end.__code__.co_freevars
    assert _MODULE_TABLES.isdisjoint(start)
    assert _MODULE_TABLES.isdisjoint(end)
    assert len(start) <= _START_NAMES
    assert len(end) <= _END_NAMES


def test_apple_cover_lines_unchanged() -> None:
    """Apple's 2024 8-K cover renders as before: blocks, a paragraph's blank line, the
    state, file number and IRS number cells of one row on one line."""
    assert _apple_cover()[:14] == [
        "UNITED STATES",
        "SECURITIES AND EXCHANGE COMMISSION",
        "Washington, D.C. 20549",
        "",
        "FORM 8-K",
        "CURRENT REPORT",
        "Pursuant to Section 13 OR 15(d) of The Securities Exchange Act of 1934",
        "February 1, 2024",
        "Date of Report (Date of earliest event reported)",
        "",
        "Apple Inc.",
        "(Exact name of Registrant as specified in its charter)",
        "",
        "California\t001-36743\t94-2404110",
    ]


def test_paths_reading_the_tables_unchanged() -> None:
    """The rules whose tables moved still apply: a hidden cell dropped (and its column not
    counted), a colspan, divs styled as cells on one line, a list's bullet, a superscript
    digit, a paragraph's blank line."""
    html = ('<p>A</p><table><tr><td style="display:none">x</td><td colspan="2">Jane Doe</td>'
            "<td>John Roe</td></tr><tr><td></td><td></td><td></td><td>(408) 555-0100</td></tr>"
            '</table><div style="display:table-cell">Item 2.02</div>'
            '<div style="display:table-cell">Results</div><ul><li>one</li></ul>'
            "<p>EPS<sup>1</sup></p>")
    assert html_to_text(html) == (
        "A\n\nJane Doe\tJohn Roe\n(408) 555-0100\n\nItem 2.02\tResults\n\n\u2022 one\n\nEPS\u00b9\n"
    )


def test_big_styled_table_renders_in_linear_time() -> None:
    """~200 KB of styled rows, cells spanning columns and rows, nested blocks: well under
    5 s of CPU, each row one line."""
    row = ('<tr><td style="padding-left:8pt;display:block">Item <b>2.02</b></td>'
           '<td colspan="2" rowspan="1"><p style="margin-top:12pt">Results</p></td></tr>')
    html = "<table>" + row * 1500 + "</table>"
    assert len(html) > 200_000
    began = time.process_time()
    text = html_to_text(html)
    assert time.process_time() - began < 5
    assert text.split("\n")[:2] == ["Item 2.02\tResults", "Item 2.02\tResults"]
    assert text.count("\n") == 1500
