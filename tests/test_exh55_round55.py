"""Exhibit lists of round 55.

- An entry an exhibit index adds above every entry it repeats from the item's list goes first,
  as the index prints it, not last: PerkinElmer's 2001 10-K405 (a corpus filing) with the "3.1"
  row cut from its Item 14 list (its EXHIBIT INDEX still lists 3.1 over 3.2, 3.3, ...).
- A stacked row is found by one scan of the region's lines (the stacked number cell, or a
  cell of whole rows after a bullet or a label cell; round 53's tests hold its readings): a
  ~200 KB region of rows that almost stack is read in linear time.
"""

from __future__ import annotations

import time
from pathlib import Path

from filing2json.parsers import parse
from filing2json.parsers.sections.exhibits import _unstacked
from support import FILINGS, validate

PERKINELMER = "10k405_2001_perkinelmerinc_1.txt"
# the Item 14 list's 3.1 row as filed (its index lists 3.1 too)
_ITEM_3_1 = ("  3.1    The Company's Restated Articles of Organization were filed\n"
             "         with the Commission on March 30, 1999 as Exhibit 3.1 to the\n"
             "         Company's Annual Report on Form 10-K and are herein\n"
             "         incorporated by reference.\n")


def _perkinelmer_without_item_3_1() -> dict:
    text = (FILINGS / PERKINELMER).read_bytes().decode("latin-1")
    assert text.count(_ITEM_3_1) == 1
    edited = text.replace(_ITEM_3_1, "").encode("latin-1")
    return validate(parse(edited, str(Path("edited") / PERKINELMER), keep_text=False))


def test_index_entry_above_the_repeated_ones_goes_first() -> None:
    exhibits = _perkinelmer_without_item_3_1()["exhibits"]
    assert [entry["number"] for entry in exhibits[:4]] == ["3.1", "3.2", "3.3", "4.1"]
    assert exhibits[0]["description"] == "The Company's Restated Articles of Organization."
    assert [entry["number"] for entry in exhibits[-3:]] == ["21", "23", "24"]


def test_stacked_rows_scan_in_linear_time() -> None:
    # rows that open like stacked ones and fail late: numbers with no tab after them, and
    # label cells over a row with no second head
    region = ("99.1 99.2 99.3 99.4 99.5 99.6 99.7 99.8 99.9 99.10 99.11 99.12\n"
              "(d)\tExhibits 99.1 Press release dated March 23, 2016\n") * 1800
    assert len(region) > 200_000
    start = time.process_time()
    assert _unstacked(region) == region
    assert time.process_time() - start < 5
