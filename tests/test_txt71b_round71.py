"""Rendered text, round 71 (built in round 70b, landed once the exhibit reader parts rows an
editor joined): EDGAR's text-table tags printed as text in an HTML line.

A 1990s text filing pasted into an HTML editor keeps its markup as words: each paragraph
one line, the table tags of its text tables run into it ("&lt;TABLE&gt; &lt;S&gt; &lt;C&gt;
*10.2 The Company's 1999 INCENTIVE PLAN ...", PerkinElmer's 2001 10-K405 so set). Round 70
read a ``<PAGE>`` tag in such a line as a page break; the table tags (``<TABLE>``,
``<CAPTION>``, ``<S>``, ``<C>``, ``<FN>`` and their closing tags) now go too, each a word of
its own (not inside a word: "A<S>B" stays), never inside ``<pre>``, whose text table keeps
its tags as typed; a line of tags only is no line.

Real filing: PerkinElmer's 2001 10-K405.
"""

from __future__ import annotations

import re
import time

from test_itm61_round61 import _as_html
from test_txt66_round66 import _document, _lines
from test_txt70_round70 import _joined_paragraphs

from filing2json.parsers import parse
from filing2json.parsers.text.html_text import html_to_text
from support import FILINGS

PERKINELMER = FILINGS / "10k405_2001_perkinelmerinc_1.txt"
_TAG_WORD = re.compile(r"<(?:/?TABLE|/?CAPTION|S|C)>")


def test_perkinelmer_joined_paragraphs_keep_no_table_tags() -> None:
    """Every paragraph one line: the exhibit list's row and a table's caption line lose the
    tags run into them (was "<TABLE> <S> <C> *10.2 The Company's ...", "<TABLE> <CAPTION>
    EXHIBIT NUMBER ...")."""
    lines = _lines(html_to_text(_joined_paragraphs(_document(PERKINELMER, "10-K405"))))
    assert [line for line in lines if _TAG_WORD.search(line)] == []
    assert [line[:60] for line in lines if line.startswith("*10.2 ")] == [
        "*10.2 The Company's 1999 INCENTIVE PLAN was filed with the C"]
    assert [line[:60] for line in lines if line.startswith("EXHIBIT NUMBER EXHIBIT")] == [
        "EXHIBIT NUMBER EXHIBIT NAME ------- ------------ 3.1 The Com",
        "EXHIBIT NUMBER EXHIBIT NAME ------- ------------ 10.8 The Co"]


def test_perkinelmer_html_copy_item_text_opens_its_row_with_the_exhibit() -> None:
    """The PerkinElmer copy of round 61 (paragraphs as <div>s, blocks opening with a tag in
    <pre>): Item 14's joined row "65 <PAGE> 67 <TABLE> <S> <C> *10.2 ..." reads "*10.2 ..."
    (the page tag a break as in round 70), the tables in <pre> keep their tags."""
    record = parse(_as_html(stacked=True).encode("latin-1"), "perkinelmer.txt")
    item = {i["number"]: i for i in record["items"]}["14"]
    rows = [line for line in item["text"].split("\n") if "1999 INCENTIVE PLAN" in line]
    assert [row[:48] for row in rows] == ["*10.2 The Company's 1999 INCENTIVE PLAN was file"]
    # a text table in <pre> keeps its tags, as typed
    assert "<TABLE>" in item["text"].split("\n")


def test_perkinelmer_html_copy_exhibits_read_row_by_row_without_the_tags() -> None:
    """With the tags gone the exhibit reader sees Item 14's joined paragraph of rows 10.2 to
    24 and parts it (round 71's exhibit rule): 10.2 is its own row, not the paragraph (the tag
    rule alone, before that exhibit rule, gave 10.2 the whole paragraph)."""
    record = parse(_as_html(stacked=True).encode("latin-1"), "perkinelmer.txt")
    described = {e["number"]: e["description"] for e in record["exhibits"]}
    assert described["10.2"] == "The Company's 1999 INCENTIVE PLAN."
    assert described["10.8"] == "The Company's 1998 EMPLOYEE STOCK PURCHASE PLAN."


def test_table_tags_in_a_line_small_shapes() -> None:
    assert html_to_text("<p>&lt;TABLE&gt; &lt;S&gt; &lt;C&gt; *10.2 The Plan</p>") == (
        "*10.2 The Plan\n")
    assert html_to_text("<p>Sales &lt;S&gt;&lt;C&gt; 2000 &lt;/TABLE&gt;</p>") == (
        "Sales 2000\n")
    assert html_to_text("<p>One.</p><p>&lt;TABLE&gt; &lt;CAPTION&gt;</p><p>Two.</p>") == (
        "One.\n\nTwo.\n")


def test_table_tags_neighbours_stay() -> None:
    # inside a word, or a tag of another name: as printed
    assert html_to_text("<p>A&lt;S&gt;B and &lt;C&gt;x, the &lt;TABLE&gt;s</p>") == (
        "A<S>B and <C>x, the <TABLE>s\n")
    assert html_to_text("<p>if a &lt;B&gt; b</p>") == "if a <B> b\n"
    # <pre>: a text table's tags as typed
    assert html_to_text("<pre>&lt;TABLE&gt;\n&lt;S&gt;   &lt;C&gt;\n99.1  Release\n</pre>") == (
        "<TABLE>\n<S>   <C>\n99.1  Release\n")


def test_many_table_tags_in_a_line_time() -> None:
    line = "&lt;S&gt; &lt;C&gt;x &lt;TABLE&gt;&lt;S&gt; " * 12_000  # ~200 KB of tags
    start = time.process_time()
    text = html_to_text(f"<p>{line}</p>")
    assert time.process_time() - start < 5
    assert text.count("<C>x") == 12_000 and "<S>" not in text
