"""Items, round 71: a heading line right over a bare item number, no blank line between, in
title case ("Section 9 - Financial Statements and Exhibits" / "Item 9.01", "Part II - Other
Information" / "Item 1."): its last word in lower case read it as a sentence the number went on
from, and the item was lost. Checked and pinned: an 8-K's SEC title wrapped under a bare number
with its section line above ("Section 5 - ..." / "Item 5.02" / "Departure of Directors or
Certain Officers; Election of Directors;" / "Appointment of Certain Officers; ...").

Horizon Financial's 8-K of 2006 ("Item 2.02" and "Item 9.01") and Indiana Bell's 10-Q of 1999
(Part I's items only), corpus filings edited into those shapes.
"""

from __future__ import annotations

import time

import pytest
from test_itm69b_round69 import (
    _EXHIBITS,
    _H2,
    _H9,
    _HORIZON_2,
    _HORIZON_2_END,
    _HORIZON_9,
    _RESULTS,
)

from filing2json.parsers import parse
from filing2json.parsers.sections.items import find_items
from support import FILINGS

HORIZON = FILINGS / "8k_2006_horizonfinancialcorp_1.txt"
INDIANA_BELL = FILINGS / "10q_1999_indianabelltelephoneco_1.txt"

_HORIZON_9_END = "Press Release of Horizon Financial Corp. dated January 19, 2006."
_DEPARTURE = ("Departure of Directors or Certain Officers; Election of Directors; Appointment of "
              "Certain Officers; Compensatory Arrangements of Certain Officers")
_DEPARTURE_WRAPPED = ("Departure of Directors or Certain Officers; Election of Directors;\n"
                      "Appointment of Certain Officers; Compensatory Arrangements of Certain "
                      "Officers\n")


def _items(path, edit: dict[str, str]) -> list[tuple[str, str | None, str]]:
    """The items (number, title, text) of `path`, each `edit` key replaced by its value."""
    raw = path.read_text(encoding="latin-1")
    for old, new in edit.items():
        assert raw.count(old) == 1
        raw = raw.replace(old, new)
    record = parse(raw.encode("utf-8"), path.name)
    return [(i["number"], i["title"], i["text"]) for i in record["items"]]


def _check_exhibits(item: tuple[str, str | None, str], title: str = _EXHIBITS) -> None:
    """Horizon's Item 9.01, whole, titled by its section line."""
    assert item[:2] == ("9.01", title)
    assert item[2].startswith(_HORIZON_9)
    assert item[2].endswith(_HORIZON_9_END)


# --- a title-case section line right over a bare number ---------------------------------------

@pytest.mark.parametrize("heading", [
    f"Section 9 - {_EXHIBITS}\nItem 9.01\n",
    f"Section 9 - {_EXHIBITS}\nItem 9.01\n\n",
    f"Section 9. {_EXHIBITS}\nItem 9.01.\n",
    f"Section 9 \u2013 {_EXHIBITS}\n   Item 9.01\n",
], ids=["dash", "blank-under", "stops", "en-dash-indented"])
def test_section_line_right_over_bare_number(heading: str) -> None:
    # before: Item 9.01 missing (its bare number read as going on from a sentence ending
    # "... and Exhibits"), only Item 2.02 read
    items = _items(HORIZON, {_H9: heading})
    assert [n for n, _, _ in items] == ["2.02", "9.01"]
    assert items[0][2].endswith(_HORIZON_2_END)
    _check_exhibits(items[1])


@pytest.mark.parametrize(("heading", "number", "title"), [
    ("Section 8 - Other Events\nItem 8.01\n", "8.01", "Other Events"),
    ("Section 8 - Other events\nItem 8.01\n\n", "8.01", "Other events"),
    ("Section 2 - Financial Information\nItem 2.02\n", "2.02", None),
    ("Section 5 - Corporate Governance and Management\nItem 5.02(e)\n", "5.02", None),
], ids=["its-title", "sentence-case", "not-its-title", "lettered"])
def test_section_line_right_over_bare_number_over_text(heading: str, number: str,
                                                       title: str | None) -> None:
    # before: the item missing, its text the cover's (the section's words its title only
    # when they are the SEC's title for it, as round 70b reads them over a blank line)
    items = _items(HORIZON, {_H2: heading})
    assert [(n, t) for n, t, _ in items] == [(number, title), ("9.01", _EXHIBITS)]
    assert items[0][2].startswith(_HORIZON_2)
    assert items[0][2].endswith(_HORIZON_2_END)


def test_wrapped_title_under_bare_number_beside_section_lines() -> None:
    # the lead's shape, in every section of the filing: before, Item 5.02 read (its wrapped
    # SEC title joined) but Item 9.01 under its title-case section line missing
    items = _items(HORIZON, {
        _H2: f"Section 5 - Corporate Governance and Management\nItem 5.02\n{_DEPARTURE_WRAPPED}",
        _H9: f"Section 9 - {_EXHIBITS}\nItem 9.01\n"})
    assert [(n, t) for n, t, _ in items[:1]] == [("5.02", _DEPARTURE)]
    assert items[0][2].startswith(_HORIZON_2)
    assert items[0][2].endswith(_HORIZON_2_END)
    assert len(items) == 2
    _check_exhibits(items[1])


# --- a 10-Q's title-case Part line right over a bare number ------------------------------------

_PART_II = ("against the accumulated depreciation reserve.\n\n\n"
            "Part II - Other Information\nItem 1.\n\n"
            "There are no material pending legal proceedings.\n\n"
            "Item 6. Exhibits\n\n12  Computation of ratio of earnings to fixed charges\n")


def test_part_line_right_over_bare_number() -> None:
    # before: Part II's Item 1 missing (read as going on from "... Other Information")
    raw = INDIANA_BELL.read_text(encoding="latin-1")
    raw = raw.replace("against the accumul", _PART_II)
    items = parse(raw.encode("latin-1"), INDIANA_BELL.name)["items"]
    assert [(i["number"], i["title"], i["standard_title"]) for i in items[2:]] == [
        ("1", None, "Legal Proceedings"), ("6", "Exhibits", "Exhibits")]
    assert items[1]["text"].endswith("against the accumulated depreciation reserve.")
    assert items[2]["text"] == "There are no material pending legal proceedings."


# --- a 10-Q's untitled item under a Part line above an earlier item ---------------------------

_IB_ITEM_2 = ("            Item 2 - Management's Discussion and Analysis\n"
              "                      of Results of Operations\n")
_MDA = "Management's Discussion and Analysis of Financial Condition and Results of Operations"
_IB_2_TEXT = "The following is a discussion and analysis of the changes in"


def _bell_items(edit: dict[str, str]) -> list[tuple[str, str | None, str | None, str]]:
    """Indiana Bell's items (number, title, standard title, text), edited."""
    raw = INDIANA_BELL.read_text(encoding="latin-1")
    for old, new in edit.items():
        assert raw.count(old) == 1
        raw = raw.replace(old, new)
    items = parse(raw.encode("latin-1"), INDIANA_BELL.name)["items"]
    return [(i["number"], i["title"], i["standard_title"], i["text"]) for i in items]


@pytest.mark.parametrize("heading", [
    "Item 2.\n\n",
    "PART I - FINANCIAL INFORMATION (CONTINUED)\n\nItem 2.\n\n",
    "Part I (continued)\n\nItem 2.\n",
], ids=["bare", "part-continued", "part-continued-title-case"])
def test_untitled_item_keeps_the_part_of_the_item_above(heading: str) -> None:
    # before: Part II's standard title ("Unregistered Sales of Equity Securities and Use of
    # Proceeds"), from the contents' last "PART II" line above Item 1 (a "(Continued)" Part
    # line atop the page is a running head, no Part heading)
    items = _bell_items({_IB_ITEM_2: heading})
    assert [(n, t, s) for n, t, s, _ in items] == [
        ("1", "Financial Statements", "Financial Statements"), ("2", None, _MDA)]
    assert items[1][3].startswith(_IB_2_TEXT)


def test_untitled_items_after_a_restart_still_part_two() -> None:
    # (the neighbour: an untitled number going back after Part I's items is Part II's, and
    # a real Part line right over an untitled item gives it its part, as before)
    items = _bell_items({"against the accumul": (
        "against the accumulated depreciation reserve.\n\n\nItem 1.\n\n"
        "There are no material pending legal proceedings.\n\nItem 6. Exhibits\n\n"
        "12  Computation of ratio of earnings to fixed charges\n")})
    assert [(n, t, s) for n, t, s, _ in items] == [
        ("1", "Financial Statements", "Financial Statements"),
        ("2", "Management's Discussion and Analysis of Results of Operations", _MDA),
        ("1", None, "Legal Proceedings"), ("6", "Exhibits", "Exhibits")]
    items = _bell_items({_IB_ITEM_2: "PART II\n\nItem 2.\n\n"})
    assert [(n, t, s) for n, t, s, _ in items][1:] == [
        ("2", None, "Unregistered Sales of Equity Securities and Use of Proceeds")]


# --- neighbours: unchanged ----------------------------------------------------------------------

def test_sentence_over_bare_number_still_a_mention() -> None:
    # (a sentence's line ending in lower case over a bare number is still a mention, the
    # number no heading: Item 2.02's text runs on over it, as before)
    items = _items(HORIZON, {_H9: "The press release is furnished as an exhibit under\n"
                                  "Item 9.01\n"})
    assert [(n, t) for n, t, _ in items] == [("2.02", _RESULTS)]
    assert items[0][2].endswith(_HORIZON_9_END)


def test_other_section_line_over_bare_number_unchanged() -> None:
    # (a section line of another number over a bare number ends the item above and titles
    # nothing; round 71b: the number still heads its item, before it was dropped)
    items = _items(HORIZON, {_H9: "Section 8 - Other Events\nItem 9.01\n"})
    assert [(n, t) for n, t, _ in items] == [("2.02", _RESULTS), ("9.01", None)]
    assert items[0][2].endswith(_HORIZON_2_END)
    assert items[1][2].startswith(_HORIZON_9)


def test_capitals_section_line_over_bare_number_unchanged() -> None:
    # (passes on the start tree too: in capitals the section line ends no sentence)
    items = _items(HORIZON, {_H9: f"SECTION 9 - {_EXHIBITS.upper()}\nITEM 9.01\n"})
    assert [n for n, _, _ in items] == ["2.02", "9.01"]
    _check_exhibits(items[1], _EXHIBITS.upper())


@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["no-blank", "blanks"])
def test_wrapped_title_under_bare_number_under_section_line(gap: str) -> None:
    # (passes on the start tree too: the lead's wrapped SEC title under a bare "Item 5.02"
    # with its section line above is joined whole, the text after it)
    items = _items(HORIZON, {_H2: f"Section 5 - Corporate Governance and Management{gap}"
                                  f"Item 5.02{gap}{_DEPARTURE_WRAPPED}\n"})
    assert [(n, t) for n, t, _ in items] == [("5.02", _DEPARTURE), ("9.01", _EXHIBITS)]
    assert items[0][2].startswith(_HORIZON_2)


# --- speed ----------------------------------------------------------------------------------------

def test_speed_heading_lines_over_bare_numbers() -> None:
    lines = (("Section 9 - " + "Financial " * 12 + "and\nItem 9.01\n") * 1200
             + ("Part II - " + "Other " * 14 + "of\nItem 1.\n") * 1200
             + ("Part II - " + "Other " * 40 + "x\nItem 1.\n") * 600)
    text = "FORM 8-K\n\nItem 5. Other Events\n\nOn May 1 it did.\n\n" + lines
    assert len(text) > 200_000
    start = time.process_time()
    find_items(text, "8-K")
    find_items(text, "10-Q")
    assert time.process_time() - start < 5
