"""Items, round 70: an 8-K's title-first heading with its number on the line below ("Results of
Operations and Financial Condition" / "(Item 2.02)" or "Item 2.02", the title maybe wrapped over
up to three lines) or in the title's next cell with no bracket ("Results of Operations and
Financial Condition\\tItem 2.02"); a bare heading's title above it preferred to a paragraph
caption below it ("(c) Exhibits"); a 1990s 8-K numbering its items in brackets with no "Item"
word ("(5) Other Events").

Horizon Financial's 8-K of 2006 (text, "Item 2.02" and "Item 9.01" headings), Home Health
Corporation of America's 8-K of 1997 ("Item 5." and "Item 7.") and Sophiris Bio's 8-K of 2016
(HTML, its headings in table rows), corpus filings edited into those shapes.
"""

from __future__ import annotations

import re
import time

import pytest

# the same corpus files and headings as round 69b's tests
from test_itm69b_round69 import (
    _EXHIBITS,
    _H2,
    _H9,
    _HORIZON_2,
    _HORIZON_2_END,
    _RESULTS,
    HOME_HEALTH,
    HORIZON,
    SOPHIRIS,
    _check_horizon,
)

from filing2json.parsers import parse
from filing2json.parsers.sections.items import find_items

_HORIZON_9_END = "Press Release of Horizon Financial Corp. dated January 19, 2006."

_HOME_5 = "Item 5.        Other Events\n- -------        ------------\n"
_HOME_7 = ("Item 7.        Financial Statements and Exhibits\n"
           "- -------        ---------------------------------\n")
_HOME_TEXT = "On September 26, 1997, Home Health Corporation of America, Inc."
_HOME_END = "HHCA and USHO."
_HOME_7_TEXT = "Exhibit 10.1      Agreement and Plan of Merger"

_ROW_2_02 = re.compile(r"<TABLE id=MTAB61.*?</TABLE>", re.S)
_ROW_9_01 = re.compile(r"<TABLE id=TBL68.*?</TABLE>", re.S)
_SOPHIRIS_TEXT = "On March 23, 2016, Sophiris Bio Inc. issued a press release"
_SOPHIRIS_END = "regardless of any general incorporation language."
_SOPHIRIS_9_01 = "(d) Exhibits\n\n99.1 Press release dated March 23, 2016."


def _edited(path, edit: dict[str, str]) -> list[tuple[str, str | None, str]]:
    """The items (number, title, text) of `path`, each `edit` key replaced by its value."""
    raw = path.read_text(encoding="latin-1")
    for old, new in edit.items():
        assert raw.count(old) == 1
        raw = raw.replace(old, new)
    record = parse(raw.encode("latin-1"), path.name)
    return [(i["number"], i["title"], i["text"]) for i in record["items"]]


def _check_home(items: list[tuple[str, str | None, str]], other: str = "Other Events",
                exhibits: str = _EXHIBITS) -> None:
    """Home Health's two items, whole."""
    assert [(n, t) for n, t, _ in items] == [("5", other), ("7", exhibits)]
    assert items[0][2].startswith(_HOME_TEXT)
    assert items[0][2].endswith(_HOME_END)
    assert items[1][2].startswith(_HOME_7_TEXT)


# --- the number under its title, or in the title's next cell --------------------------------

@pytest.mark.parametrize(("item_2", "item_9", "results"), [
    (f"{_RESULTS}\n(Item 2.02)\n", f"{_EXHIBITS}\n(Item 9.01)\n", _RESULTS),
    (f"{_RESULTS.upper()}\n(ITEM 2.02)\n", f"{_EXHIBITS.upper()}\n(ITEM 9.01)\n",
     _RESULTS.upper()),
    (f"{_RESULTS}\n    (Item 2.02)\n\n", f"{_EXHIBITS}\n    (Item 9.01)\n\n", _RESULTS),
], ids=["brackets", "capitals", "indented"])
def test_number_on_the_line_under_the_title(item_2: str, item_9: str, results: str) -> None:
    # before: no item at all (the bracketed number alone on its line had no title before it)
    exhibits = _EXHIBITS.upper() if results.isupper() else _EXHIBITS
    _check_horizon(_edited(HORIZON, {_H2: item_2, _H9: item_9}), results, exhibits)


_DEPARTURE = ("Departure of Directors or Certain Officers; Election of Directors; Appointment of "
              "Certain Officers; Compensatory Arrangements of Certain Officers")


@pytest.mark.parametrize("heading", [
    ("Departure of Directors or Certain Officers; Election of\n"
     "Directors; Appointment of Certain Officers; Compensatory\n"
     "Arrangements of Certain Officers\n(Item 5.02)\n"),
    ("Section 5 - Corporate Governance and Management\n"
     "Departure of Directors or Certain Officers; Election of Directors;\n"
     "Appointment of Certain Officers; Compensatory Arrangements of Certain Officers\n"
     "(Item 5.02)\n"),
], ids=["three-lines", "two-lines-under-section"])
def test_wrapped_title_over_its_number(heading: str) -> None:
    # before: Item 5.02 missing, its text the cover's (and with one line read, its title
    # only "Arrangements of Certain Officers")
    items = _edited(HORIZON, {_H2: heading})
    assert [(n, t) for n, t, _ in items] == [("5.02", _DEPARTURE), ("9.01", _EXHIBITS)]
    assert items[0][2].startswith(_HORIZON_2)
    assert items[0][2].endswith(_HORIZON_2_END)


def test_wrapped_title_under_a_sentence() -> None:
    # (a sentence's line above the title is no part of it)
    items = _edited(HORIZON, {_H2: "The Company reports below.\nResults of Operations and\n"
                                   "Financial Condition\n(Item 2.02)\n"})
    _check_horizon(items)


@pytest.mark.parametrize(("item_2", "item_9"), [
    (f"{_RESULTS}\nItem 2.02\n", f"{_EXHIBITS}\nItem 9.01\n"),
    (f"{_RESULTS}\nItem 2.02\n", _H9),
    (f"{_RESULTS.upper()}\n  ITEM 2.02.\n\n", _H9),
], ids=["both", "beside-item-line", "capitals-stop"])
def test_bare_number_under_its_title(item_2: str, item_9: str) -> None:
    # before: Item 2.02 missing (its "Item 2.02" line read as a sentence going on from the
    # title's line above), its text the cover's
    results = _RESULTS.upper() if "RESULTS" in item_2 else _RESULTS
    _check_horizon(_edited(HORIZON, {_H2: item_2, _H9: item_9}), results)


@pytest.mark.parametrize("mark", ["ITEM {}.", "[ITEM {}]"], ids=["bare", "square"])
def test_title_over_number_before_a_paragraph_caption(mark: str) -> None:
    # the title printed over a bare number, "(c) Exhibits" under it: before, Item 2.02
    # untitled and Item 9.01 titled "Exhibits", its text from "99.1" on ("(c) Exhibits" read
    # as its title; "FINANCIAL STATEMENTS AND EXHIBITS" in Item 2.02's text)
    items = _edited(HORIZON, {_H2: f"{_RESULTS.upper()}\n{mark.format('2.02')}\n",
                              _H9: f"{_EXHIBITS.upper()}\n{mark.format('9.01')}\n"})
    _check_horizon(items, _RESULTS.upper(), _EXHIBITS.upper())


@pytest.mark.parametrize(("item_2", "item_9"), [
    ("Section 2 - Financial Information\nItem 2.02\n" f"{_RESULTS}\n",
     f"Section 9 - {_EXHIBITS}\nItem 9.01\n{_EXHIBITS}\n"),
], ids=["section-lines"])
def test_section_line_over_bare_number_unchanged(item_2: str, item_9: str) -> None:
    # (the neighbour: a 2004 section line over a bare number is no title: the one under it is)
    _check_horizon(_edited(HORIZON, {_H2: item_2, _H9: item_9}))


def test_bare_number_under_other_lines_unchanged() -> None:
    # (the neighbours: a bare "Item 2.02" under no title, or under another item's title,
    # reads as before: a heading with no title, its text below)
    for above in ("", "Other Events\n\n"):
        items = _edited(HORIZON, {_H2: f"{above}Item 2.02\n"})
        assert [(n, t) for n, t, _ in items] == [("2.02", None), ("9.01", _EXHIBITS)]
        assert items[0][2].startswith(_HORIZON_2)


def test_number_under_its_title_beside_item_line() -> None:
    # before: Item 2.02 missing, its text the cover's
    _check_horizon(_edited(HORIZON, {_H2: f"{_RESULTS}\n(Item 2.02)\n"}))


@pytest.mark.parametrize(("item_2", "item_9"), [
    (f"{_RESULTS}\tItem 2.02\n", f"{_EXHIBITS}\tItem 9.01\n"),
    (f"{_RESULTS}\tItem 2.02\n", _H9),
    (f"{_RESULTS}.\t\tItem 2.02.\n", f"{_EXHIBITS}. \tItem 9.01.\n"),
], ids=["both", "beside-item-line", "stops"])
def test_number_in_the_next_cell(item_2: str, item_9: str) -> None:
    # before: no item at all (both), Item 2.02 missing (beside "Item 9.01 ..."): a number in
    # its own cell after the title, with no bracket, was no heading
    _check_horizon(_edited(HORIZON, {_H2: item_2, _H9: item_9}))


def _sophiris_row(title: str, number: str) -> str:
    return (f"<TABLE><TR><TD><P><B>{title}</B></P></TD>"
            f"<TD><P><B>{number}</B></P></TD></TR></TABLE>")


@pytest.mark.parametrize("both", [False, True], ids=["first-row", "both-rows"])
def test_html_row_title_then_number(both: bool) -> None:
    # Sophiris's rows printed title first, "Item 2.02" in the second cell: before, Item 2.02
    # missing (and with both rows so printed, no item at all)
    raw = SOPHIRIS.read_text(encoding="latin-1")
    raw = _ROW_2_02.sub(lambda _: _sophiris_row(f"{_RESULTS}.", "Item 2.02"), raw, count=1)
    if both:
        raw = _ROW_9_01.sub(lambda _: _sophiris_row(f"{_EXHIBITS}.", "Item 9.01"), raw, count=1)
    items = parse(raw.encode("latin-1"), SOPHIRIS.name)["items"]
    assert [(i["number"], i["title"]) for i in items] == [("2.02", _RESULTS), ("9.01", _EXHIBITS)]
    assert items[0]["text"].startswith(_SOPHIRIS_TEXT)
    assert items[0]["text"].endswith(_SOPHIRIS_END)
    assert items[1]["text"] == _SOPHIRIS_9_01


def test_own_title_over_number_is_no_heading() -> None:
    # (the neighbours: a title not the SEC's over "(Item 2.02)" or before it in a cell is no
    # heading; nor is a bracketed number under a sentence's line)
    assert [n for n, _, _ in _edited(HORIZON, {_H2: "Fourth Quarter Results\n(Item 2.02)\n"})
            ] == ["9.01"]
    assert [n for n, _, _ in _edited(HORIZON, {_H2: "Fourth Quarter Results\tItem 2.02\n"})
            ] == ["9.01"]
    items = _edited(HORIZON, {_H2: "The Company furnishes its results of operations\n"
                                   "(Item 2.02)\n"})
    assert [n for n, _, _ in items] == ["9.01"]


def test_number_after_title_on_its_line_unchanged() -> None:
    # (the neighbour: "Results of ... Condition (Item 2.02)" on one line, as round 69b read it)
    _check_horizon(_edited(HORIZON, {_H2: f"{_RESULTS} (Item 2.02)\n"}))


# --- "(5) Other Events": a 1990s number in brackets ------------------------------------------

@pytest.mark.parametrize(("item_5", "item_7", "other", "exhibits"), [
    ("(5) Other Events\n", f"(7) {_EXHIBITS}\n", "Other Events", _EXHIBITS),
    ("(5)  OTHER EVENTS\n", f"(7)  {_EXHIBITS.upper()}\n", "OTHER EVENTS", _EXHIBITS.upper()),
    ("   (5)  Other Events.\n", f"   (7)  {_EXHIBITS}.\n", "Other Events", _EXHIBITS),
], ids=["brackets", "capitals", "indented-stops"])
def test_bracketed_old_number(item_5: str, item_7: str, other: str, exhibits: str) -> None:
    # before: no item at all, the items' text the cover's
    _check_home(_edited(HOME_HEALTH, {_HOME_5: item_5, _HOME_7: item_7}), other, exhibits)


def test_closing_bracket_only_unchanged() -> None:
    # (the neighbour: "5) Other Events", as before)
    _check_home(_edited(HOME_HEALTH, {_HOME_5: "5) Other Events\n",
                                      _HOME_7: f"7) {_EXHIBITS}\n"}))


def test_bracketed_list_in_text_is_no_heading() -> None:
    # (the neighbours: a numbered clause of a sentence, "(5) the merger ...", or one whose
    # words are not the SEC's title, under "Item" headings or none, adds no item)
    listed = "(2) Acquisition of USHO shares by HHCA\n(5) the merger of HHCA and USHO\n"
    items = _edited(HOME_HEALTH, {_HOME_5: f"{_HOME_5}{listed}"})
    assert [n for n, _, _ in items] == ["5", "7"]
    assert items[0][2].startswith(listed.rstrip())
    items = _edited(HOME_HEALTH, {_HOME_5: "(5) Merger of HHCA and USHO\n",
                                  _HOME_7: f"(7) {_EXHIBITS}\n"})
    assert [n for n, _, _ in items] == ["7"]


# --- speed ---------------------------------------------------------------------------------

def test_speed_numbers_under_titles_and_in_cells() -> None:
    lines = ("Results of Operations and Financial Condition\n(Item 2.02)\n" * 1500
             + ("x" * 300 + "\n(Item 2.02)\n") * 300
             + "(Item 5.02)\n" * 3000  # (each number's lines above: bounded, 3 at most)
             + ("Departure of Directors or Certain Officers; Election " * 2 + "\n") * 1000
             + "Other Events\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\tItem 8.01\n" * 1500
             + "(5) (5) (5) (5) (5) (5 (5) Other Events\n" * 1500)
    text = "FORM 8-K\n\n" + lines
    assert len(text) > 200_000
    start = time.process_time()
    find_items(text, "8-K")
    find_items("FORM 8-K\n\n" + "(1) Changes in Control of Registrant\n" * 6000, "8-K")
    assert time.process_time() - start < 5
