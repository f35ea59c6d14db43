"""Rendered text, round 68: divs laid out as a table's cells, a numbered running head.

- A filer's HTML may lay a row out with divs styled ``display:table-cell`` (inside a
  ``display:table-row`` div or not) in place of a <table>: a browser shows the cells side by
  side, so the renderer makes the row one line, its cells parted by a tab as a <td>'s are
  ("99.1\tPress release issued by Apple Inc. on February 1, 2024."). A div so styled inside a
  real table's cell (Oracle's 2019 "Exhibit No." heading) reads as before.
- A running head printed with its page number beside it ("Caterpillar Inc. Fourth-Quarter
  2022 Results\tPage 3") that the first page prints atop it too ("... Results\tPage 1") was
  read before the first page it tops: every page-top copy goes, as an unnumbered head's do.

Real filings: Apple's 2024 8-K (Workiva), Caterpillar's 2022 8-K (Exhibit 99.1, 22 pages),
Oracle's 2019 8-K. Edits are said where made.
"""

from __future__ import annotations

import time

from test_txt66_round66 import _document, _lines

from filing2json.parsers import parse
from filing2json.parsers.text.html_text import html_to_text
from support import FILINGS

APPLE = FILINGS / "8k_2024_appleinc_1.txt"
CATERPILLAR = FILINGS / "8k_2022_caterpillarinc_1.txt"
ORACLE = FILINGS / "8k_2019_oraclecorp_1.txt"

# Apple's item heading as filed (a bold span, the number and title parted by no-break spaces)
APPLE_HEADING = ('<span style="color:#000000;font-family:\'Helvetica\',sans-serif;font-size:9pt;'
                 'font-weight:700;line-height:120%">Item 2.02&#160;&#160;&#160;&#160;Results of '
                 'Operations and Financial Condition.</span>')
CELL = '<div style="display:table-cell;padding:2px 1pt;vertical-align:top">'
APPLE_EXHIBITS = [
    ("99.1", "Press release issued by Apple Inc. on February 1, 2024."),
    ("104", "Inline XBRL for the cover page of this Current Report on Form 8-K."),
    ("101.SCH", "XBRL TAXONOMY EXTENSION SCHEMA DOCUMENT"),
    ("101.DEF", "XBRL TAXONOMY EXTENSION DEFINITION LINKBASE DOCUMENT"),
    ("101.LAB", "XBRL TAXONOMY EXTENSION LABEL LINKBASE DOCUMENT"),
    ("101.PRE", "XBRL TAXONOMY EXTENSION PRESENTATION LINKBASE DOCUMENT"),
]


def _cell_row(*cells: str, style: str = "display:table-row") -> str:
    return f'<div style="{style}">' + "".join(f"{CELL}{c}</div>" for c in cells) + "</div>"


def _apple_with_index(index: str) -> dict:
    """Apple's 8-K record, its exhibit table (from its "<table" to its "</table>") replaced."""
    text = APPLE.read_text(encoding="latin-1")
    at = text.index(">99.1<", text.index("Exhibits."))
    start, end = text.rindex("<table", 0, at), text.index("</table>", at) + len("</table>")
    return parse((text[:start] + index + text[end:]).encode("latin-1"), APPLE.name)


def test_exhibit_index_of_table_cell_divs_reads_as_a_table() -> None:
    # edited: Apple's exhibit table typed as divs styled display:table / table-row / table-cell
    record = _apple_with_index(
        '<div style="display:table">'
        + _cell_row("Exhibit Number", "Exhibit Description")
        + _cell_row("99.1", '<a href="a8-kex991q1202412302023.htm">Press release issued by '
                    "Apple Inc. on February 1, 2024.</a>")
        + _cell_row("104", "Inline XBRL for the cover page of this Current Report on Form 8-K.")
        + "</div>")
    assert [(e["number"], e["description"]) for e in record["exhibits"]] == APPLE_EXHIBITS
    assert record["items"][-1]["text"] == (
        "(d) Exhibits.\n\nExhibit Number\tExhibit Description\n99.1\tPress release issued by "
        "Apple Inc. on February 1, 2024.\n104\tInline XBRL for the cover page of this Current "
        "Report on Form 8-K.")
    # (the table as filed reads the same)
    filed = parse(APPLE.read_bytes(), APPLE.name)
    assert [(e["number"], e["description"]) for e in filed["exhibits"]] == APPLE_EXHIBITS
    # (the table as filed reads the same, a table's blank line over it too: round 69b)
    assert filed["items"][-1]["text"] == record["items"][-1]["text"]


def test_item_heading_of_table_cell_divs_is_one_line() -> None:
    # edited: Apple's item heading typed as two cells of a table-row div, and as two bare
    # table-cell divs (no row around them; a cell of only a no-break space between)
    html = _document(APPLE, "8-K")
    assert APPLE_HEADING in html
    for row in (
        _cell_row("<b>Item 2.02</b>", "<b>Results of Operations and Financial Condition.</b>"),
        _cell_row("Item 2.02", "&#160;", "Results of Operations and Financial Condition.",
                  style="margin-top:0"),
    ):
        lines = _lines(html_to_text(html.replace(APPLE_HEADING, row)))
        assert "Item 2.02\tResults of Operations and Financial Condition." in lines
        assert "Item 2.02" not in lines


def test_inline_block_box_and_cell_div_inside_a_table_stay() -> None:
    # neighbours: an inline-block spacer between a number and a title parts them by a space;
    # Oracle's table-cell <p> inside a real <td> reads as its cell ("Exhibit No.")
    html = _document(APPLE, "8-K")
    spaced = html.replace(APPLE_HEADING, "Item 2.02<span style='display:inline-block;width:40pt'>"
                          "</span>Results of Operations and Financial Condition.")
    assert "Item 2.02 Results of Operations and Financial Condition." in _lines(
        html_to_text(spaced))
    oracle = parse(ORACLE.read_bytes(), ORACLE.name)
    assert oracle["items"][-1]["text"].startswith("(d) Exhibits\n\nExhibit No.\tDescription\n99.1")


def test_many_table_cell_divs_render_in_linear_time() -> None:
    row = _cell_row("99.1", "", "Press release", "&#160;")
    started = time.process_time()
    text = html_to_text("<div>" + row * (200_000 // len(row)) + "</div>")
    assert time.process_time() - started < 5
    assert text.startswith("99.1\tPress release\n99.1\tPress release\n")


# --- a running head with its page number beside it, printed atop the first page too ---

BREAK = '<hr style="page-break-after:always">'
CAT_HEAD = ('<table><tr><td>Caterpillar Inc. Fourth-Quarter 2022 Results</td>'
            "<td>Page {}</td></tr></table>")


def _numbered_heads(first: bool) -> str:
    """Caterpillar's release with a numbered head atop each page after a break (edited), and
    atop its first page too when `first`."""
    pages = _document(CATERPILLAR, "EX-99.1").split(BREAK)
    assert len(pages) == 22
    body = pages[0].index("<body>") + len("<body>")
    top = CAT_HEAD.format(1) if first else ""
    return pages[0][:body] + top + pages[0][body:] + "".join(
        BREAK + CAT_HEAD.format(n) + page for n, page in enumerate(pages[1:], 2))


def test_numbered_head_printed_atop_the_first_page_reads_once() -> None:
    lines = _lines(html_to_text(_numbered_heads(first=True)))
    heads = [line for line in lines if line.startswith("Caterpillar Inc. Fourth-Quarter 2022")]
    assert heads == ["Caterpillar Inc. Fourth-Quarter 2022 Results\tPage 1"]
    original = html_to_text(_document(CATERPILLAR, "EX-99.1"))
    assert html_to_text(_numbered_heads(first=True)) == (
        "Caterpillar Inc. Fourth-Quarter 2022 Results\tPage 1\n\n" + original)


def test_numbered_head_not_printed_before_keeps_its_first_copy() -> None:
    # neighbour: with no copy atop the first page, the first page-top copy heads what follows
    lines = _lines(html_to_text(_numbered_heads(first=False)))
    heads = [line for line in lines if line.startswith("Caterpillar Inc. Fourth-Quarter 2022")]
    assert heads == ["Caterpillar Inc. Fourth-Quarter 2022 Results\tPage 2"]


# --- a gutter cell holding only a zero-width space ("&NegativeThickSpace;") is empty ---

CVR = FILINGS / "sctota_2025_cvrenergyinc_1.txt"


def test_zero_width_gutter_cells_part_a_row_by_one_tab() -> None:
    # as filed: CVR Energy's exhibit table sets two cells of "&NegativeThickSpace;" (U+200B)
    # between each number and its description; a browser shows them empty
    assert CVR.read_text(encoding="latin-1").count("&NegativeThickSpace;") == 30
    record = parse(CVR.read_bytes(), CVR.name)
    item = record["items"][-2]
    assert item["number"] == "12"
    assert item["text"].startswith(
        "Exhibit\tDescription\n(a)(1)(A)*\tOffer to Purchase, dated December 6, 2024.\n"
        "(a)(1)(B)*\tForm of Letter of Transmittal (including Guidelines for Certification of "
        "Taxpayer Identification Number on Substitute Form W-9).\n")
    assert record["exhibits"][0] == {"number": "(a)(1)(A)", "description":
                                     "Offer to Purchase, dated December 6, 2024.",
                                     "document": None}


def test_own_head_test_reads_as_its_case_blind_regex() -> None:
    # (speed: an ASCII line's statement title or CUSIP line is found by substring searches,
    # not the case-blind regex; both answer alike, a letter the regex folds too)
    from filing2json.parsers.text.html_text import _OWN_HEAD, _own_head

    lines = ["CONSOLIDATED BALANCE SHEETS", "Consolidated Balance Sheet (unaudited)",
             "Statements Of Operations", "SCHEDULE OF INVESTMENTS", "CUSIP No. 729608102",
             "Cusip Number", "PLYMOUTH ROCK TECHNOLOGIES INC.", "Balance  Sheets",
             "Statement  of", "Acme Corp. \u2013 Notes", "Acme \u2013 Balance Sheet",
             "\u017ftatement of", "CUS\u0130P No. 1", "cus\u0131p", "Table of Contents"]
    assert [_own_head(line) for line in lines] == [
        True, True, True, True, True, True, False, False, False, False, True, True, True,
        True, False]
    assert [_own_head(line) for line in lines] == [
        _OWN_HEAD.search(line) is not None for line in lines]


def test_many_zero_width_cells_clean_in_linear_time() -> None:
    from filing2json.parsers.text.html_text import _invisible_cells

    # runs of zero-width spaces after tabs that end in a word, not a tab (no cell to drop)
    text = ("Exhibit\t" + "\u200b" * 40 + "x\t\u200b\n") * (200_000 // 50)
    started = time.process_time()
    cleaned = _invisible_cells(text)
    assert time.process_time() - started < 5
    assert cleaned.startswith("Exhibit\t" + "\u200b" * 40 + "x\nExhibit\t")
    row = "<tr><td>99.1</td><td>&#8203;</td><td>&#8203;</td><td>Press release</td></tr>"
    started = time.process_time()
    rendered = html_to_text("<table>" + row * (200_000 // len(row)) + "</table>")
    assert time.process_time() - started < 5
    assert rendered.startswith("99.1\tPress release\n99.1\tPress release\n")
