"""Rendered text, round 74b: capitals words a ``<br>`` breaks at a syllable after the hyphen.

- A word set in capitals broken after its hyphen whose rest is no word of its own reads
  whole: a common last syllable with up to four letters before it ("SUB-<br>STANTIAL"
  "SUBSTANTIAL"), or "-ing" after a vowel and two letters at most ("OFF-<br>ERING"
  "OFFERING", "OPER-<br>ATING" "OPERATING"); round 74 kept the hyphen ("OFF-ERING").
- A capitals compound whose second part is a word of its own keeps its hyphen as before
  ("OFF-<br>BALANCE", "CLASS-<br>ACTION", "JOINT-<br>VENTURES", "MERGER-<br>RELATED"; a
  syllable four letters in after a compound's first word, "CREDIT-<br>QUALITY", too).
- A short title-case line ("Results of Operations") a big cell's (500+ characters) <br>s set
  apart between a sentence's end and prose keeps its line, as a capitals heading does since
  round 73b; a sentence-case line ("Proposed transactions") or a name under no sentence's
  end does not.

Real filing: Plymouth Rock Technologies' 2021 20-F ("OPERATING EXPENSES", "OFF-BALANCE SHEET
ARRANGEMENTS").
"""

from __future__ import annotations

import re
import time

from test_txt73b_round73 import _P, PLYMOUTH, _item_text_at

from filing2json.parsers.text.html_text import html_to_text
from support import edited_record


def test_plymouth_operating_expenses_reads_whole() -> None:
    """Plymouth's heading "OPERATING EXPENSES" broken after "OPER-": one word (round 74 read
    "OPER-ATING EXPENSES")."""
    record = edited_record(PLYMOUTH, {"<b>OPERATING EXPENSES</b>":
                                      "<b>OPER-<br>ATING EXPENSES</b>"})
    assert _item_text_at(record, "ATING EXPENSES", 4, 14) == "OPERATING EXPENSES"


def test_plymouth_off_balance_still_keeps_its_hyphen() -> None:
    """Neighbour: a compound whose second part is a word of its own keeps the hyphen."""
    record = edited_record(PLYMOUTH, {"<b>OFF-BALANCE SHEET ARRANGEMENTS</b>":
                                      "<b>OFF-<br>BALANCE SHEET ARRANGEMENTS</b>"})
    assert _item_text_at(record, "SHEET ARRANGEMENTS", 12, 18) == (
        "OFF-BALANCE SHEET ARRANGEMENTS")


def test_capitals_syllables_past_the_list_join() -> None:
    assert html_to_text("<p>THE OFF-<br>ERING</p>") == "THE OFFERING\n"
    assert html_to_text("<p>SUB-<br>STANTIAL DOUBT ABOUT OUR ABILITY</p>") == (
        "SUBSTANTIAL DOUBT ABOUT OUR ABILITY\n")
    assert html_to_text("<table><tr><td>PUBLIC OFF-<br>ERING</td><td>12</td></tr>"
                        "</table>") == "PUBLIC OFFERING\t12\n"
    assert html_to_text("<p>CONTRACT MANUFACT-<br>URING</p>") == "CONTRACT MANUFACTURING\n"


def test_capitals_words_of_their_own_keep_the_hyphen() -> None:
    """Neighbours: a rest that is a word of its own after a compound's first word, or a
    rest matching no syllable, keeps the hyphen."""
    assert html_to_text("<p>INVESTMENTS IN JOINT-<br>VENTURES</p>") == (
        "INVESTMENTS IN JOINT-VENTURES\n")
    assert html_to_text("<p>SECURITIES CLASS-<br>ACTION LITIGATION</p>") == (
        "SECURITIES CLASS-ACTION LITIGATION\n")
    assert html_to_text("<p>MERGER-<br>RELATED COSTS</p>") == "MERGER-RELATED COSTS\n"
    assert html_to_text("<p>NON-<br>RECURRING ITEMS</p>") == "NON-RECURRING ITEMS\n"
    assert html_to_text("<p>LEFT-<br>WING</p>") == "LEFT-WING\n"
    assert html_to_text("<p>CREDIT-<br>QUALITY</p>") == "CREDIT-QUALITY\n"
    assert html_to_text("<p>DEBT-<br>ISSUANCE COSTS</p>") == "DEBT-ISSUANCE COSTS\n"
    assert html_to_text("<p>COST-<br>SAVINGS</p>") == "COST-SAVINGS\n"


def test_capitals_breaks_linear_time() -> None:
    """~200 KB of capitals words broken at hyphens by <br>s reads in linear time."""
    html = "<p>" + "ABCDEFGHIJKL-<br>AEIOUAEIOUING " * 7000 + "</p>"
    start = time.process_time()
    html_to_text(html)
    assert time.process_time() - start < 5


def _plymouth_in_one_cell(edit: dict[str, str]) -> str:
    """Plymouth's cash flow paragraphs through its off-balance sheet note laid out in one
    table cell, the paragraphs parted by <br>s (a document typed in a cell), `edit` made,
    rendered."""
    text = PLYMOUTH.read_text(encoding="latin-1")
    end = text.index(_P + "<b>CONTRACTUAL COMMITMENTS")
    start = text.rindex(_P + "During the year ended November 30, 2020, cash used", 0, end)
    paragraphs = re.findall(re.escape(_P) + "(.*?)</p>", text[start:end])
    cell = "<br>".join(paragraphs)
    for old, new in edit.items():
        assert old in cell
        cell = cell.replace(old, new)
    return html_to_text("<table><tr><td>" + cell + "</td></tr></table>")


def test_plymouth_big_cell_title_case_heading_keeps_its_line() -> None:
    """Plymouth's headings set in title case in a big cell: lines of their own (round 74 ran
    the cell into one line: "... this report. Off-Balance Sheet Arrangements To the best")."""
    text = _plymouth_in_one_cell({"PROPOSED TRANSACTIONS": "Proposed Transactions",
                                  "OFF-BALANCE SHEET ARRANGEMENTS":
                                  "Off-Balance Sheet Arrangements"})
    at = text.index("Proposed Transactions")
    assert text[at - 42: at + 136] == (
        "2020 amounted to $30,112 (2019 - $1,401).\n"
        "Proposed Transactions\n"
        "The Company has no proposed transactions as at the date of this report.\n"
        "Off-Balance Sheet Arrangements\n"
        "To the best")


def test_big_cell_title_case_neighbours_stay_one_line() -> None:
    """Neighbours: a sentence-case line, a title-case line after no sentence's end, or one
    before no prose, read as before: the cell one line."""
    prose = "The Company has no proposed transactions as at the date of this report. " * 8
    for middle in ("Proposed transactions", f"{prose[:-2]}<br>Chief Executive Officer",
                   "Results of Operations<br>Jane Doe"):
        cell = f"<table><tr><td>{prose}<br>{middle}<br>{prose}</td></tr></table>"
        assert html_to_text(cell).count("\n") == 1, middle


def test_title_case_heading_linear_time() -> None:
    """~200 KB of a big cell's title-case lines parted by <br>s reads in linear time."""
    html = "<table><tr><td>" + "Ab Cd Ef Gh Ij Kl Mn Op Qr St Uv Wx Yz.<br>" * 5000 + \
        "</td></tr></table>"
    start = time.process_time()
    html_to_text(html)
    assert time.process_time() - start < 5
