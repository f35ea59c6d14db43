"""Rendered text, round 70: a running head's first reading where it opens the statements.

A 1990s plain filing types its company's name over each page of its financial statements
("KINNARD INVESTMENTS, INC. AND SUBSIDIARIES", 24 pages of Stockwalk's 2000 8-K); the
page-furniture pass cut every reading, the first too, which on the statements' first page is
their heading ("KINNARD INVESTMENTS, INC. AND SUBSIDIARIES" / "CONSOLIDATED STATEMENTS OF
FINANCIAL CONDITION"). That first reading now stays where it stands right over a statement's
title and is printed nowhere above; the pages after still lose it. A head printed before
(PerkinElmer's under "ITEM 8."), or whose first reading tops running text (a release's
"ACME CORP" / "Page 2"), is cut as before.

Real filings: Stockwalk.com Group's 2000 8-K, PerkinElmer's 2001 10-K405.
"""

from __future__ import annotations

import html
import re
import time

from test_txt66_round66 import _document, _lines

from filing2json.parsers.text.html_text import html_to_text
from filing2json.parsers.text.plain_text import clean_plain_text
from support import FILINGS, SAMPLES, text_record

STOCKWALK = FILINGS / "8k_2000_stockwalkcomgroupinc_3.txt"
PERKINELMER = FILINGS / "10k405_2001_perkinelmerinc_1.txt"
KINNARD = "KINNARD INVESTMENTS, INC. AND SUBSIDIARIES"


def _readings(lines: list[str], line: str) -> list[list[str]]:
    """Each reading of `line` with the two lines below it."""
    return [lines[at : at + 3] for at, text in enumerate(lines) if text == line]


def test_stockwalk_statements_keep_their_first_heading() -> None:
    lines = _lines(clean_plain_text(_document(STOCKWALK, "8-K")))
    assert _readings(lines, KINNARD) == [
        [KINNARD, "", "CONSOLIDATED STATEMENTS OF FINANCIAL CONDITION"]]


def test_stockwalk_pro_forma_statement_keeps_its_heading() -> None:
    """The pro forma pages' own head ("STOCKWALK.COM GROUP, INC."), first read over their
    first statement; the closing page's reading (no statement below) was kept before."""
    lines = _lines(clean_plain_text(_document(STOCKWALK, "8-K")))
    assert _readings(lines, "STOCKWALK.COM GROUP, INC.") == [
        ["STOCKWALK.COM GROUP, INC.",
         "UNAUDITED CONSOLIDATED CONDENSED PRO FORMA STATEMENT OF FINANCIAL CONDITION",
         "AS OF JUNE 30, 2000"],
        ["STOCKWALK.COM GROUP, INC.", "", ""]]


def test_perkinelmer_head_printed_under_its_item_is_not_kept_again() -> None:
    """Neighbour: the head's first reading stands under "ITEM 8." (no page's first line);
    the balance sheet's page after repeats it, a running head still cut there."""
    lines = _lines(clean_plain_text(_document(PERKINELMER, "10-K405")))
    assert _readings(lines, "PERKINELMER, INC. AND SUBSIDIARIES") == [
        ["PERKINELMER, INC. AND SUBSIDIARIES", "", "CONSOLIDATED INCOME STATEMENTS"],
        ["PERKINELMER, INC. AND SUBSIDIARIES", "", "VALUATION AND QUALIFYING ACCOUNTS"]]


def _paged(*pages: str) -> str:
    """A plain document of `pages`, each closed by its centred number and a <PAGE> marker."""
    body = "Filler line of the page's own running text, long enough to read.\n" * 12
    out = []
    for number, top in enumerate(pages, 1):
        out.append(f"{top}\n\n{body}\n                                  {number}\n<PAGE>\n")
    return "".join(out)


def test_statement_head_first_reading_stays_later_ones_go() -> None:
    head = "                  ACME HOLDINGS, INC. AND SUBSIDIARIES\n\n"
    text = clean_plain_text(_paged(
        "Report of independent accountants",
        head + "                    CONSOLIDATED BALANCE SHEETS",
        head + "                  CONSOLIDATED STATEMENTS OF INCOME",
        head + "                  NOTES TO CONSOLIDATED FINANCIAL STATEMENTS"))
    assert _readings(_lines(text), "ACME HOLDINGS, INC. AND SUBSIDIARIES") == [
        ["ACME HOLDINGS, INC. AND SUBSIDIARIES", "", "CONSOLIDATED BALANCE SHEETS"]]


def test_head_over_running_text_still_goes_everywhere() -> None:
    """Neighbour: a release's head atop pages 2 on, over its text, is furniture throughout."""
    head = "ACME HOLDINGS, INC.\n\n"
    text = clean_plain_text(_paged(
        "ACME REPORTS RESULTS", head + "Sales rose in the quarter.",
        head + "Costs fell in the quarter.", head + "Margins widened."))
    assert "ACME HOLDINGS, INC." not in _lines(text)


def test_head_printed_above_its_first_page_goes_everywhere() -> None:
    """Neighbour: the head's words printed before (an index of the statements) make its
    readings atop the statements' pages a running head, the first too."""
    head = "          ACME HOLDINGS, INC. AND SUBSIDIARIES\n\n"
    text = clean_plain_text(_paged(
        "Index\n\nACME HOLDINGS, INC. AND SUBSIDIARIES",
        head + "          CONSOLIDATED BALANCE SHEETS",
        head + "          CONSOLIDATED STATEMENTS OF INCOME",
        head + "          CONSOLIDATED STATEMENTS OF CASH FLOWS"))
    assert _readings(_lines(text), "ACME HOLDINGS, INC. AND SUBSIDIARIES") == [
        ["ACME HOLDINGS, INC. AND SUBSIDIARIES", "", "Filler line of the page's own running "
         "text, long enough to read."]]


def test_many_statement_pages_time() -> None:
    """~4,000 statement pages under one head: the first-reading test runs once a head."""
    head = "ACME HOLDINGS, INC. AND SUBSIDIARIES\n\nCONSOLIDATED BALANCE SHEETS"
    text = _paged(*[head] * 4000)
    start = time.process_time()
    out = clean_plain_text(text)
    assert time.process_time() - start < 5
    assert _lines(out).count("ACME HOLDINGS, INC. AND SUBSIDIARIES") == 1


# --- display:inline-table divs: one-cell tables a browser sets side by side ------------------

APPLE = FILINGS / "8k_2024_appleinc_1.txt"
_APPLE_HEADING = (
    "<div style=\"margin-top:12pt\"><span style=\"color:#000000;font-family:'Helvetica',"
    "sans-serif;font-size:9pt;font-weight:700;line-height:120%\">Item 2.02&#160;&#160;&#160;"
    "&#160;Results of Operations and Financial Condition.</span></div>")


def _apple_with(heading: str) -> list[str]:
    html = _document(APPLE, "8-K")
    assert _APPLE_HEADING in html
    return _lines(html_to_text(html.replace(_APPLE_HEADING, heading)))


def test_inline_table_divs_read_side_by_side_as_cells() -> None:
    """Apple's item heading typed as two inline tables (its number, its title): one line, a
    tab between, as display:table-cell divs read."""
    lines = _apple_with(
        "<div style=\"margin-top:12pt\"><div style=\"display:inline-table;width:12%\">"
        "<b>Item 2.02</b></div><div style=\"display: INLINE-TABLE\"><b>Results of Operations "
        "and Financial Condition.</b></div></div>")
    at = lines.index("Item 2.02\tResults of Operations and Financial Condition.")
    assert lines[at + 2].startswith("On February 1, 2024, Apple Inc.")


def test_inline_block_divs_read_side_by_side_as_cells() -> None:
    """Inline-block boxes sit side by side as inline tables do: a tab between (round 71; a
    space before)."""
    lines = _apple_with(
        "<div style=\"margin-top:12pt\"><div style=\"display:inline-block\"><b>Item 2.02</b>"
        "</div><div style=\"display:inline-block\"><b>Results of Operations and Financial "
        "Condition.</b></div></div>")
    assert "Item 2.02\tResults of Operations and Financial Condition." in lines


def test_inline_table_small_shapes() -> None:
    assert html_to_text('<div style="display:inline-table">99.1</div>'
                        '<div style="display:inline-table">Press release</div><p>Next</p>') == (
        "99.1\tPress release\n\nNext\n")
    # the first box on its line opens it with no tab
    assert html_to_text('<p>Exhibits</p><div style="display:inline-table">99.1</div>') == (
        "Exhibits\n\n99.1\n")


def test_workiva_inline_table_rule_still_reads_as_before() -> None:
    """Neighbour: a <table> styled inline-table (Workiva's rule under a cover's title) is a
    table as before: the cover's lines around it unchanged."""
    lines = _lines(html_to_text(_document(APPLE, "8-K")))
    at = lines.index("UNITED STATES")
    assert lines[at : at + 4] == ["UNITED STATES", "SECURITIES AND EXCHANGE COMMISSION",
                                  "Washington, D.C. 20549", ""]


def test_many_inline_table_divs_time() -> None:
    html = '<div style="display:inline-table">cell</div>' * 20_000
    start = time.process_time()
    text = html_to_text(html)
    assert time.process_time() - start < 5
    assert text.count("\t") == 19_999


# --- EDGAR's page tag printed as text inside a line: a page break there -------------------

CTC = SAMPLES / "000_af6957f9859c0735.txt"


def _joined_paragraphs(body: str) -> str:
    """Each paragraph one <P>, its lines joined by a space and every character escaped, as
    an HTML editor a text was pasted into prints it: a page's foot, its <PAGE> tag and the
    next page's number or first line run on in one line ("30 &lt;PAGE&gt; 32 PERKINELMER")."""
    paras = [" ".join(line.strip() for line in para.split("\n") if line.strip())
             for para in re.split(r"\n[ \t]*\n", body)]
    body = "\n".join(f"<P>{html.escape(para, quote=False)}</P>" for para in paras if para)
    return f"<HTML>\n<BODY>\n{body}\n</BODY>\n</HTML>\n"


def test_ctc_item_after_a_page_tag_in_its_line_is_read() -> None:
    """CTC Communications' 8-K (2000): "&lt;PAGE&gt; Item 5.  Other Events" opens page 2."""
    record = text_record(_joined_paragraphs(CTC.read_text()))
    assert [(item["number"], item["title"]) for item in record["items"]] == [
        ("5", "Other Events")]
    assert record["items"][0]["text"].startswith(
        "On August 2, 2000, the Registrant issued the following press release:")


def test_perkinelmer_page_tags_in_lines_break_pages() -> None:
    """PerkinElmer's 10-K405 (2001) so joined: no tag nor page number left in a line; the
    statements' notes (a statement page's closing note, its foot's number, the tag, the next
    page's number and head: one line) read as pages, their running head gone."""
    text = html_to_text(_joined_paragraphs(_document(PERKINELMER, "10-K405")))
    assert "<PAGE>" not in text
    lines = _lines(text)
    assert "- Information management software." in lines
    assert lines.count("The accompanying notes are an integral part of these consolidated "
                       "financial statements.") == 4
    assert lines.count("PERKINELMER, INC. AND SUBSIDIARIES") == 1


def test_page_tag_in_a_line_small_shapes() -> None:
    assert html_to_text("<p>ends the page. 7 &lt;PAGE&gt; 8 The next page opens</p>") == (
        "ends the page.\n\nThe next page opens\n")
    assert html_to_text("<p>&lt;PAGE&gt; Item 5. Other Events</p><p>On May 1</p>") == (
        "Item 5. Other Events\n\nOn May 1\n")
    # neighbours: a tag named in a word, a lone tag line (a page break, as before)
    assert html_to_text("<p>the &lt;PAGE&gt;s tag and 10 more</p>") == (
        "the <PAGE>s tag and 10 more\n")
    assert html_to_text("<p>One.</p><p>4 &lt;PAGE&gt;</p><p>Two.</p>") == "One.\n\nTwo.\n"


def test_many_page_tags_in_a_line_time() -> None:
    line = "word 12 &lt;PAGE&gt; 13 " * 20_000
    start = time.process_time()
    text = html_to_text(f"<p>{line}</p>")
    assert time.process_time() - start < 5
    assert "<PAGE>" not in text
