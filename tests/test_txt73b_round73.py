"""Rendered text, round 73b: capitals compounds of two words, prefix syllables past the list,
and a heading a big cell's <br>s set apart.

- A ``<br>`` after the hyphen of a capitals compound whose second part is a common word of
  its own after a whole word ("OFF-<br>BALANCE", "CLASS-<br>ACTION") keeps the hyphen; a
  word's rest read as no word ("ANAL-<br>YSIS") reads whole: "ANALYSIS".
- A prefix that is only a word's first syllable before more rests ("co-<br>venant",
  "all-<br>ocated") reads whole.
- A big cell (500+ characters) whose ``<br>``s set a capitals heading apart between two runs
  of text keeps its lines, as outside a table.

Real filing: Plymouth Rock Technologies' 2021 20-F ("OFF-BALANCE SHEET ARRANGEMENTS",
"MANAGEMENT'S DISCUSSION AND ANALYSIS", "debt financing will have restrictive covenants",
"amounts allocated to the current taxable year").
"""

from __future__ import annotations

import re
import time

from filing2json.parsers.text.html_text import html_to_text
from support import FILINGS, edited_record

PLYMOUTH = FILINGS / "20f_2021_plymouthrocktechnologi_1.htm"
_P = '<p style="text-align: justify;">'


def _item_text_at(record: dict, words: str, before: int, after: int) -> str:
    """The item text around `words` (in the one item holding them)."""
    (text,) = [i["text"] for i in record["items"] if words in i["text"]]
    at = text.index(words)
    return text[at - before: at + after]


def test_plymouth_off_balance_keeps_its_hyphen() -> None:
    """Plymouth's MD&A heading "OFF-BALANCE SHEET ARRANGEMENTS" broken after the hyphen: two
    words (round 73 read "OFFBALANCE")."""
    record = edited_record(PLYMOUTH, {"<b>OFF-BALANCE SHEET ARRANGEMENTS</b>":
                                      "<b>OFF-<br>BALANCE SHEET ARRANGEMENTS</b>"})
    assert _item_text_at(record, "SHEET ARRANGEMENTS", 12, 18) == (
        "OFF-BALANCE SHEET ARRANGEMENTS")


def test_capitals_compounds_keep_their_hyphen() -> None:
    assert html_to_text("<p>SECURITIES CLASS-<br>ACTION LITIGATION</p>") == (
        "SECURITIES CLASS-ACTION LITIGATION\n")
    assert html_to_text("<p>INVESTMENTS IN PRIVATE-<br>EQUITY FUNDS</p>") == (
        "INVESTMENTS IN PRIVATE-EQUITY FUNDS\n")
    assert html_to_text("<table><tr><td>OFF-<br>BALANCE SHEET ITEMS</td><td>12</td></tr>"
                        "</table>") == "OFF-BALANCE SHEET ITEMS\t12\n"


def test_capitals_syllables_still_join() -> None:
    """Neighbours: a rest that is a bare last syllable, a word after a bound prefix, or a
    whole word's rest that is no word, reads whole as before."""
    assert html_to_text("<p>FINANCIAL STATE-<br>MENTS</p>") == "FINANCIAL STATEMENTS\n"
    assert html_to_text("<p>RESULTS OF OPERA-<br>TIONS</p>") == "RESULTS OF OPERATIONS\n"
    assert html_to_text("<p>RELATED PARTY TRANS-<br>ACTIONS</p>") == (
        "RELATED PARTY TRANSACTIONS\n")
    assert html_to_text("<p>REPAIRS AND MAIN-<br>TENANCE</p>") == "REPAIRS AND MAINTENANCE\n"
    assert html_to_text("<p>MERGER-<br>RELATED COSTS</p>") == "MERGER-RELATED COSTS\n"
    # a common word's spelling after a syllable, not a whole word: one word
    assert html_to_text("<p>SIG-<br>NATURES</p>") == "SIGNATURES\n"
    assert html_to_text("<p>COST OF ELECTRI-<br>CITY</p>") == "COST OF ELECTRICITY\n"
    assert html_to_text("<p>TERMI-<br>NATION OF A MATERIAL AGREEMENT</p>") == (
        "TERMINATION OF A MATERIAL AGREEMENT\n")


def test_plymouth_analysis_reads_whole() -> None:
    """Plymouth's "MANAGEMENT'S DISCUSSION AND ANALYSIS" broken at "ANAL-": the rest "YSIS"
    is a last syllable (round 73 read "ANAL-YSIS")."""
    record = edited_record(PLYMOUTH, {"DISCUSSION AND ANALYSIS</b>":
                                      "DISCUSSION AND ANAL-<br>YSIS</b>"})
    text = "\n".join(i["text"] for i in record["items"])
    at = text.index("MANAGEMENT'S DISCUSSION AND ANAL")
    assert text[at: at + 36] == "MANAGEMENT'S DISCUSSION AND ANALYSIS"
    assert html_to_text("<p>SECURITIES ANAL-<br>YSTS</p>") == "SECURITIES ANALYSTS\n"


def test_plymouth_prefix_syllables_join() -> None:
    """Plymouth's "restrictive covenants" and "amounts allocated" broken after "co-" and
    "all-": one word each (round 73 read "co-venants", "all-ocated")."""
    record = edited_record(PLYMOUTH, {
        "will have restrictive covenants": "will have restrictive co-<br>venants",
        "amounts allocated to the current taxable year":
            "amounts all-<br>ocated to the current taxable year"})
    assert _item_text_at(record, "restrictive co", 25, 21) == (
        "debt financing will have restrictive covenants")
    assert _item_text_at(record, "amounts all", 0, 45) == (
        "amounts allocated to the current taxable year")


def test_prefix_compounds_keep_their_hyphen() -> None:
    assert html_to_text("<p>the co-<br>owner of the property</p>") == (
        "the co-owner of the property\n")
    assert html_to_text("<p>an all-<br>inclusive fee</p>") == "an all-inclusive fee\n"
    assert html_to_text("<p>an all-<br>out effort</p>") == "an all-out effort\n"
    assert html_to_text("<p>a co-<br>operative</p>") == "a co-operative\n"


def _plymouth_in_one_cell() -> str:
    """Plymouth's cash flow paragraphs through its off-balance sheet note laid out in one
    table cell, the paragraphs parted by <br>s (a document typed in a cell), rendered."""
    text = PLYMOUTH.read_text(encoding="latin-1")
    end = text.index(_P + "<b>CONTRACTUAL COMMITMENTS")
    start = text.rindex(_P + "During the year ended November 30, 2020, cash used", 0, end)
    paragraphs = re.findall(re.escape(_P) + "(.*?)</p>", text[start:end])
    return html_to_text("<table><tr><td>" + "<br>".join(paragraphs) + "</td></tr></table>")


def test_plymouth_big_cell_heading_keeps_its_line() -> None:
    """The headings a big cell's <br>s set apart stay lines of their own (round 73 ran the
    cell into one line: "... this report. OFF-BALANCE SHEET ARRANGEMENTS To the best ...")."""
    text = _plymouth_in_one_cell()
    at = text.index("PROPOSED TRANSACTIONS")
    assert text[at - 42: at + 136] == (
        "2020 amounted to $30,112 (2019 - $1,401).\n"
        "PROPOSED TRANSACTIONS\n"
        "The Company has no proposed transactions as at the date of this report.\n"
        "OFF-BALANCE SHEET ARRANGEMENTS\n"
        "To the best")
    assert text.count("\n") == 8


def test_big_cell_without_heading_stays_one_line() -> None:
    """A big cell whose <br>s only wrap its prose, or set apart no capitals heading, reads
    as one line as before."""
    prose = "The Company has no proposed transactions as at the date of this report. " * 8
    cell = f"<table><tr><td>{prose}<br>Proposed transactions<br>{prose}</td></tr></table>"
    assert html_to_text(cell).count("\n") == 1
    cell = f"<table><tr><td>{prose}<br>NOTE<br>{prose}</td></tr></table>"
    assert html_to_text(cell).count("\n") == 1


def test_big_cell_headings_linear_time() -> None:
    """~200 KB of <br>-parted lines in one cell, none a heading: linear time."""
    unit = "no proposed transactions as at the date, <br>"
    html = "<table><tr><td>" + unit * 4500 + "</td></tr></table>"
    start = time.process_time()
    text = html_to_text(html)
    assert time.process_time() - start < 5
    assert text.count("\n") == 1


def test_page_mark_ends_a_hyphen_line() -> None:
    """A page number or a release's "(more)" dropped after a line a <br> broke at a hyphen
    ends that page: the next page's first line is no rest of the word (round 73 joined it,
    "first-CATERPILLAR INC.")."""
    assert html_to_text("<p>Caterpillar reported 2022 first-<br>(more)<br>CATERPILLAR INC."
                        "<br>quarter sales</p>") == (
        "Caterpillar reported 2022 first-\nCATERPILLAR INC.\nquarter sales\n")
    assert html_to_text("<p>changes in the ex-<br>- 12 -<br>Table of Contents</p>") == (
        "changes in the ex-\nTable of Contents\n")


def test_hyphen_joins_around_page_marks_stay() -> None:
    """Neighbours: a word's rest right after its hyphen's <br> joins as before, a hyphen
    line after a dropped mark joins its own rest, and a figure is still the word's rest."""
    assert html_to_text("<p>changes in the ex-<br>pected geographic mix</p>") == (
        "changes in the expected geographic mix\n")
    assert html_to_text("<p>(more)<br>primarily related to the ex-<br>pected mix</p>") == (
        "primarily related to the expected mix\n")
    assert html_to_text("<p>IMPACT OF COVID-<br>19<br>Due to the recent outbreak</p>") == (
        "IMPACT OF COVID-19\nDue to the recent outbreak\n")
    assert html_to_text("<p>the com-<br>pany's non-<br>performing loans</p>") == (
        "the company's non-performing loans\n")
