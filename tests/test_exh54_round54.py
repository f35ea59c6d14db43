"""Exhibit lists of round 54: an entry an exhibit index adds to the item's list takes the
place the index prints it in, not the end of the list.

PerkinElmer's 2001 10-K405 (a corpus filing) lists "*10.5  Employment Contracts:" in Item 14
with its contracts numbered (1) to (8), and its EXHIBIT INDEX, after the item, lists
"10.5(a)" and "10.5(b)" between 10.4 and 10.6: the two go there, not after exhibit 24.
"""

from __future__ import annotations

from pathlib import Path

from filing2json.parsers import parse
from support import FILINGS, filing, validate

PERKINELMER = "10k405_2001_perkinelmerinc_1.txt"
_IN_ORDER = ["3.1", "3.2", "3.3", "4.1", "4.2", "4.3", "4.4", "4.5", "10.1", "10.2", "10.3",
             "10.4", "10.5(a)", "10.5(b)", "10.6", "10.7", "10.8", "21", "23", "24"]
# the index's own 10.4 row as filed (the item lists it too)
_INDEX_10_4 = ("10.4      $300,000,000 364-Day Amended and Restated Competitive\n"
               "          Advance and Revolving Credit Facility Agreement dated as of\n")


def _numbers(record: dict) -> list[str]:
    return [entry["number"] for entry in record["exhibits"]]


def test_index_entries_take_their_place_in_the_list() -> None:
    exhibits = filing(PERKINELMER)["exhibits"]
    assert _numbers({"exhibits": exhibits}) == _IN_ORDER
    assert exhibits[12]["description"].startswith(
        "Employment Contract between the Company and Gregory L. Summe")


def test_index_entries_go_after_the_lower_numbers_the_item_alone_lists() -> None:
    # the filing with the index's 10.4 row cut (only the item lists 10.4): 10.5(a) follows
    # 10.3 in the index, and 10.4 of the item's list still comes before it
    path = FILINGS / PERKINELMER
    text = path.read_bytes().decode("latin-1")
    start = text.index(_INDEX_10_4)
    end = text.index("10.5(a)   Employment", start)
    edited = (text[:start] + text[end:]).encode("latin-1")
    record = validate(parse(edited, str(Path("edited") / PERKINELMER), keep_text=False))
    assert _numbers(record) == _IN_ORDER
