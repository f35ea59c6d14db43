"""Items, round 70b: a 1990s 8-K's "(5) Other Events" (a number in brackets, no "Item" word)
beside an ordinary "Item 7." heading; a 2004 section line over a bare item number ("SECTION 9 -
FINANCIAL STATEMENTS AND EXHIBITS" / "ITEM 9.01" / "(c) Exhibits": the section line's words are
the item's title). Checked and pinned as they were: a bare combined heading ("ITEMS 5 and 7.")
titled by the line under it, and a 10-Q's Part II items numbered again from 1.

Home Health Corporation of America's 8-K of 1997 ("Item 5." and "Item 7."), Horizon Financial's
8-K of 2006 ("Item 2.02" and "Item 9.01") and Indiana Bell's 10-Q of 1999 (Part I's items only),
corpus filings edited into those shapes.
"""

from __future__ import annotations

import time

import pytest
from test_itm70_round70 import (  # round 70's Home Health edits and helpers
    _HOME_5,
    _HOME_7,
    _HOME_TEXT,
    _check_home,
    _edited,
)

from filing2json.parsers import parse
from filing2json.parsers.sections.items import find_items
from support import FILINGS

HOME_HEALTH = FILINGS / "8k_1997_homehealthcorpofameric_2.txt"
HORIZON = FILINGS / "8k_2006_horizonfinancialcorp_1.txt"
INDIANA_BELL = FILINGS / "10q_1999_indianabelltelephoneco_1.txt"

_EXHIBITS = "Financial Statements and Exhibits"
_EXHIBITS_UP = _EXHIBITS.upper()

_H2 = ("Item 2.02  Results of Operations and Financial Condition\n"
       "- --------------------------------------------------------\n")
_H9 = ("Item 9.01  Financial Statements and Exhibits\n"
       "- --------------------------------------------\n")
_RESULTS = "Results of Operations and Financial Condition"
_HORIZON_2 = "On January 19, 2006, Horizon Financial Corp. issued its earnings release"
_HORIZON_9 = "(c)    Exhibits\n\n     99.1   Press Release of Horizon Financial Corp."
_HORIZON_9_CUT = "99.1   Press Release of Horizon Financial Corp."  # (its caption the title)
_HORIZON_9_END = "Press Release of Horizon Financial Corp. dated January 19, 2006."


# --- "(5) Other Events" beside an "Item" heading ---------------------------------------------

@pytest.mark.parametrize(("item_5", "other"), [
    ("(5) Other Events\n", "Other Events"),
    ("(5)  OTHER EVENTS\n", "OTHER EVENTS"),
    ("   (5)\tOther Events.\n", "Other Events"),
], ids=["brackets", "capitals", "indented-tab"])
def test_bracketed_number_above_item_line(item_5: str, other: str) -> None:
    # before: Item 5 missing, only "Item 7." read (its text as now)
    _check_home(_edited(HOME_HEALTH, {_HOME_5: item_5}), other)


def test_bracketed_number_below_item_line() -> None:
    # before: Item 7 missing, Item 5's text running on over the exhibit list
    _check_home(_edited(HOME_HEALTH, {_HOME_7: f"(7) {_EXHIBITS}\n"}))


def test_bracketed_list_beside_item_line_unchanged() -> None:
    # (the neighbours: a numbered list under "Item 7." whose words are no SEC title, or whose
    # number is below the heading's, adds no item; nor a clause in lower case)
    listed = "(8) Unaudited pro forma information\n(9) the merger of HHCA and USHO\n"
    items = _edited(HOME_HEALTH, {_HOME_7: f"{_HOME_7}{listed}"})
    assert [n for n, _, _ in items] == ["5", "7"]
    assert items[1][2].startswith(listed.rstrip())
    items = _edited(HOME_HEALTH, {_HOME_5: "(5) Merger of HHCA and USHO\n"})
    assert [(n, t) for n, t, _ in items] == [("7", _EXHIBITS)]
    items = _edited(HOME_HEALTH, {_HOME_7: f"{_HOME_7}(2) Acquisition or Disposition of Assets\n"})
    assert [n for n, _, _ in items] == ["5", "7"]


# --- a section line over a bare item number --------------------------------------------------

@pytest.mark.parametrize(("heading", "title"), [
    (f"SECTION 9 - {_EXHIBITS_UP}\n\nITEM 9.01\n\n", _EXHIBITS_UP),
    ("Section 9 - Financial Statements and Exhibits\n\nItem 9.01\n\n", _EXHIBITS),
    (f"SECTION 9 - {_EXHIBITS_UP}\nITEM 9.01\n", _EXHIBITS_UP),
    ("Section 9.  Financial Statements and Exhibits\n---------\n\nItem 9.01.\n\n", _EXHIBITS),
], ids=["capitals", "title-case", "no-blank", "ruled"])
def test_section_line_titles_bare_number(heading: str, title: str) -> None:
    # before: titled "Exhibits" (the paragraph caption under it), the text from "99.1"
    items = _edited(HORIZON, {_H9: heading})
    assert [(n, t) for n, t, _ in items] == [("2.02", _RESULTS), ("9.01", title)]
    assert items[0][2].startswith(_HORIZON_2)
    assert items[1][2].startswith(_HORIZON_9)
    assert items[1][2].endswith(_HORIZON_9_END)


def test_bare_number_without_section_line_unchanged() -> None:
    # (the neighbour: no section line over it; the lettered caption under it is its text's
    # first part, no title (round 71b; before: titled "Exhibits", the text from "99.1"))
    items = _edited(HORIZON, {_H9: "ITEM 9.01\n\n"})
    assert [(n, t) for n, t, _ in items] == [("2.02", _RESULTS), ("9.01", None)]
    assert items[1][2].startswith(_HORIZON_9)


def test_other_section_over_bare_number_unchanged() -> None:
    # (the neighbours: a section's name that is not its item's title, "Financial Information"
    # over "Item 2.02", or a section of another number, titles nothing: the line under it does)
    section_2 = "SECTION 2 - FINANCIAL INFORMATION\n\nITEM 2.02\n\n"
    items = _edited(HORIZON, {_H2: f"{section_2}{_RESULTS}\n"})
    assert [(n, t) for n, t, _ in items] == [("2.02", _RESULTS), ("9.01", _EXHIBITS)]
    assert items[0][2].startswith(_HORIZON_2)
    items = _edited(HORIZON, {_H9: "SECTION 8 - OTHER EVENTS\n\nITEM 9.01\n\n"})
    # (round 71b: the lettered caption "(c) Exhibits" is the text's, no title; was "Exhibits")
    assert [(n, t) for n, t, _ in items] == [("2.02", _RESULTS), ("9.01", None)]


def test_section_line_and_title_under_number_unchanged() -> None:
    # (the neighbour: the SEC's title printed under the bare number is its title, the text
    # after it, as before)
    items = _edited(HORIZON, {_H9: f"SECTION 9 - {_EXHIBITS_UP}\n\nITEM 9.01\n\n{_EXHIBITS}\n\n"})
    assert [(n, t) for n, t, _ in items] == [("2.02", _RESULTS), ("9.01", _EXHIBITS)]
    assert items[1][2].startswith(_HORIZON_9)


# --- pinned as they were: a bare combined heading, a 10-Q's Part II ---------------------------

def test_bare_combined_heading_titled_below() -> None:
    # (passes on the start tree too: one item per number, both titled by the sub-heading
    # under the bare combined line, sharing its text)
    items = _edited(HOME_HEALTH, {_HOME_5: "ITEMS 5 and 7.\n\nOther Events\n\n", _HOME_7: ""})
    assert [(n, t) for n, t, _ in items] == [("5", "Other Events"), ("7", "Other Events")]
    assert items[0][2] == items[1][2]
    assert items[0][2].startswith(_HOME_TEXT)


_PART_II = ("against the accumulated depreciation reserve.\n\n\n"
            "PART II - OTHER INFORMATION\n\n"
            "Item 1. Legal Proceedings\n\nThere are no material pending legal proceedings.\n\n"
            "Item 1A. Risk Factors\n\nThere have been no material changes in our risk factors.\n\n"
            "Item 6. Exhibits\n\n12  Computation of ratio of earnings to fixed charges\n")


def test_ten_q_part_two_kept_apart() -> None:
    # (passes on the start tree too: Part II's "Item 1" is its own item, with Part II's
    # standard title, after Part I's "Item 1" and "Item 2", whose text ends at the Part line)
    raw = INDIANA_BELL.read_text(encoding="latin-1")
    raw = raw.replace("against the accumul", _PART_II)
    items = parse(raw.encode("latin-1"), INDIANA_BELL.name)["items"]
    assert [(i["number"], i["title"], i["standard_title"]) for i in items] == [
        ("1", "Financial Statements", "Financial Statements"),
        ("2", "Management's Discussion and Analysis of Results of Operations",
         "Management's Discussion and Analysis of Financial Condition and Results of Operations"),
        ("1", "Legal Proceedings", "Legal Proceedings"),
        ("1A", "Risk Factors", "Risk Factors"),
        ("6", "Exhibits", "Exhibits")]
    assert items[1]["text"].endswith("against the accumulated depreciation reserve.")
    assert items[2]["text"] == "There are no material pending legal proceedings."
    assert items[4]["text"] == "12  Computation of ratio of earnings to fixed charges"


# --- speed -----------------------------------------------------------------------------------

def test_speed_bracketed_numbers_and_section_lines() -> None:
    lines = ("(5) (5) Other Events (5)\n" * 2000
             + "(8) Other Events\n" * 2000
             + ("SECTION 9 - " + "FINANCIAL " * 20 + "\n\n- - - - - - -\n\nITEM 9.01\n") * 1500
             + ("Section 9 " + "x" * 200 + "\nItem 9.01\n") * 300)
    text = "FORM 8-K\n\nItem 5. Other Events\n\nOn May 1 it did.\n\n" + lines
    assert len(text) > 200_000
    start = time.process_time()
    find_items(text, "8-K")
    assert time.process_time() - start < 5
