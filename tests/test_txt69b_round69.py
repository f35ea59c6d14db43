"""Rendered text, round 69b: rows of divs laid out as a table, and a page's own head in plain text.

- A div styled ``display:table`` around rows of ``display:table-cell`` divs (an exhibit index
  so typed) stands apart from the lines above and below it by a blank line, as a ``<table>``
  of the same rows does: "(d) Exhibits." / "" / "99.1<tab>Press release ...".
- Divs styled ``display:table-cell`` inside a real table's cell read as a nested table's
  cells do: a space in a cell's value, but side by side, parted by a tab, on a line of a big
  cell laid out as a document (not each on a line of its own).
- The plain-text running-head rule keeps a statement's title and a 13D's CUSIP line on each
  page it tops, as the HTML rule does: a page's own head, not furniture.

Real filings: Apple's 2024 8-K (Workiva), Stockwalk.com Group's 2000 8-K (Kinnard
Investments' statements, plain text). Edits are said where made.
"""

from __future__ import annotations

import time

from test_txt66_round66 import _lines

from filing2json.parsers.text import clean_plain_text
from filing2json.parsers.text.html_text import html_to_text
from support import FILINGS, edited_record

APPLE = FILINGS / "8k_2024_appleinc_1.txt"
STOCKWALK = FILINGS / "8k_2000_stockwalkcomgroupinc_3.txt"

CELL = '<div style="display:table-cell">'
APPLE_99_1 = "Press release issued by Apple Inc. on February 1, 2024."
APPLE_104 = "Inline XBRL for the cover page of this Current Report on Form 8-K."
# Apple's two exhibits as rows of divs laid out as a table's cells
DIV_ROWS = (f'<div style="display:table-row">{CELL}99.1</div>{CELL}{APPLE_99_1}</div></div>'
            f'<div style="display:table-row">{CELL}104</div>{CELL}{APPLE_104}</div></div>')


def _apple_exhibit_table() -> str:
    """Apple's exhibit index as filed: the <table> after Item 9.01's "(d) Exhibits."."""
    text = APPLE.read_text(encoding="latin-1")
    start = text.index("<table", text.index(">Exhibits.</span></div>"))
    return text[start : text.index("</table>", start) + len("</table>")]


def _item(record: dict, number: str) -> str:
    return next(item["text"] for item in record["items"] if item["number"] == number)


# --- display:table: a blank line above its rows and below them ---


def test_div_table_exhibit_rows_stand_apart_as_a_table_does() -> None:
    # edited: Apple's exhibit <table> typed as divs styled display:table / -row / -cell
    table = _apple_exhibit_table()
    assert html_to_text(table).split("\n")[1:3] == [f"99.1\t{APPLE_99_1}", f"104\t{APPLE_104}"]
    divs = f'<div style="display:table">{DIV_ROWS}</div>'
    text = _item(edited_record(APPLE, {table: divs}), "9.01")
    assert text == f"(d) Exhibits.\n\n99.1\t{APPLE_99_1}\n104\t{APPLE_104}"
    # the filed table's item text, its head row aside: the same lines, the same blank line
    assert _item(edited_record(APPLE, {}), "9.01") == (
        f"(d) Exhibits.\n\nExhibit Number\tExhibit Description\n99.1\t{APPLE_99_1}\n"
        f"104\t{APPLE_104}")


def test_div_table_rows_read_as_table_rows_above_and_below() -> None:
    rows = (f"<tr><td>99.1</td><td>{APPLE_99_1}</td></tr>"
            f"<tr><td>104</td><td>{APPLE_104}</td></tr>")
    after = "<div>SIGNATURE</div>"
    as_table = html_to_text(f"<div>(d) Exhibits.</div><table>{rows}</table>{after}")
    as_divs = html_to_text(f'<div>(d) Exhibits.</div><div style="DISPLAY: TABLE">{DIV_ROWS}'
                           f"</div>{after}")
    assert as_divs == as_table == (
        f"(d) Exhibits.\n\n99.1\t{APPLE_99_1}\n104\t{APPLE_104}\n\nSIGNATURE\n")


def test_rows_with_no_table_div_and_inline_tables_stay_tight() -> None:
    # (neighbours: rows typed with no display:table around them, an inline-table box, and a
    # table-row or table-cell display, are no table of their own)
    after = "<div>SIGNATURE</div>"
    assert html_to_text(f"<div>(d) Exhibits.</div>{DIV_ROWS}{after}") == (
        f"(d) Exhibits.\n99.1\t{APPLE_99_1}\n104\t{APPLE_104}\nSIGNATURE\n")
    assert html_to_text(f'<div>(d) Exhibits.</div><div style="display:inline-table">99.1</div>'
                        f"{after}") == "(d) Exhibits.\n99.1\nSIGNATURE\n"


# --- display:table-cell divs inside a real table's cell ---


def test_cell_divs_in_a_layout_cell_read_side_by_side() -> None:
    # a document laid out in one big cell (Apple's Item 9.01 and its signature's paragraph),
    # its exhibit index typed as divs styled as cells: a line a row, its cells parted by a tab
    # (as a nested <table>'s row reads there), not a line a cell
    sign = ("Pursuant to the requirements of the Securities Exchange Act of 1934, the "
            "Registrant has duly caused this report to be signed on its behalf by the "
            "undersigned hereunto duly authorized.")
    body = ("<div>Item 9.01 Financial Statements and Exhibits.</div><div>(d) Exhibits.</div>"
            f"{DIV_ROWS}<p>{sign}</p><p>{sign}</p><p>{sign}</p>")
    lines = _lines(html_to_text(f"<table><tr><td>{body}</td></tr></table>"))
    assert lines[:4] == ["Item 9.01 Financial Statements and Exhibits.", "(d) Exhibits.",
                         f"99.1\t{APPLE_99_1}", f"104\t{APPLE_104}"]
    nested = body.replace(DIV_ROWS, f"<table><tr><td>99.1</td><td>{APPLE_99_1}</td></tr>"
                                    f"<tr><td>104</td><td>{APPLE_104}</td></tr></table>")
    assert _lines(html_to_text(f"<table><tr><td>{nested}</td></tr></table>"))[3:5] == lines[2:4]


def test_cell_divs_in_a_small_cell_are_one_value() -> None:
    # (neighbour: a row's cell holding such divs is one value, its words parted by a space,
    # as a nested table's cells are)
    html = (f"<table><tr><td>Exhibit</td><td>{CELL}99.1</div>{CELL}{APPLE_99_1}</div></td>"
            "</tr></table>")
    assert html_to_text(html) == f"Exhibit\t99.1 {APPLE_99_1}\n"


def test_many_div_tables_render_in_linear_time() -> None:
    block = f'<div>(d) Exhibits.</div><div style="display:table">{DIV_ROWS}</div>'
    started = time.process_time()
    html_to_text("<table><tr><td>" + block * (100_000 // len(block)) + "</td></tr></table>"
                 + block * (100_000 // len(block)))
    assert time.process_time() - started < 5


# --- plain text: a statement's title atop its pages is the page's own head ---

CASH_FLOWS = "CONSOLIDATED STATEMENTS OF CASH FLOWS"


def test_statement_title_atop_three_pages_stays_in_plain_text() -> None:
    # edited: Kinnard's cash-flow statement title atop its second page typed without its
    # "(CONTINUED)", so that it tops three pages (pages 8, 24 and 25): each page's own head
    old = f"{CASH_FLOWS} (CONTINUED)"
    record = edited_record(STOCKWALK, {old: CASH_FLOWS})
    text = _item(record, "7")
    assert text.count(CASH_FLOWS) == 5
    lines = _lines(text)
    at = [n for n, line in enumerate(lines) if line == CASH_FLOWS]
    assert len(at) == 3
    # the head's other lines under the title still go ("(In thousands)" and a rule, atop
    # each of the three interim statements' pages): the page reads on with its columns
    assert lines[at[1] : at[1] + 3] == [CASH_FLOWS, "", "Six Months Ended"]
    # the company's name over it, on every statement's page, is still a running head; its
    # first reading, over the first statement's title, is the statements' heading (round 70)
    assert [lines[n + 2] for n, line in enumerate(lines)
            if line == "KINNARD INVESTMENTS, INC. AND SUBSIDIARIES"] == [
        "CONSOLIDATED STATEMENTS OF FINANCIAL CONDITION"]


def test_cusip_line_atop_pages_stays_in_plain_text() -> None:
    # edited: the company's name atop each of Kinnard's 24 pages typed as a Schedule 13D's
    # CUSIP line (each reporting person's page): it stays on every page, as in HTML; but
    # one typed right over a carried-over title ("CONSOLIDATED STATEMENTS OF CASH FLOWS
    # (CONTINUED)", page 25) goes with it, a wrapped heading's line
    raw = STOCKWALK.read_text(encoding="latin-1")
    name = "KINNARD INVESTMENTS, INC. AND SUBSIDIARIES"
    assert raw.count(name) == 24
    # (its first reading, over the first statement's title, stays: round 70)
    assert _lines(clean_plain_text(raw)).count(name) == 1
    edited = clean_plain_text(raw.replace(name, "CUSIP No. 494752101"))
    assert _lines(edited).count("CUSIP No. 494752101") == 23
