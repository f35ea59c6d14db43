"""Items, round 47: a pre-2004 8-K that heads its first item with "Item" and a later one
without it ("ITEM 5.   OTHER EVENTS." then "7.   FINANCIAL STATEMENTS, ..."), read from Union
Camp's 1994 8-K (a corpus filing) with "ITEM" dropped from its second heading, as some filing
agents of the 1990s printed an 8-K's last heading."""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from support import FILINGS

UNION_CAMP = "8k_1994_unioncampcorp_1.txt"
PERICOM = "8k_2005_pericomsemiconductorco_4.txt"

_ITEM_7 = ("ITEM 7.   FINANCIAL STATEMENTS, PRO FORMA FINANCIAL INFORMATION AND\n"
           "          EXHIBITS.")
_TITLE_7 = "FINANCIAL STATEMENTS, PRO FORMA FINANCIAL INFORMATION AND EXHIBITS"


def _items(name: str, edit: dict[str, str]) -> list[tuple[Any, ...]]:
    text = (FILINGS / name).read_text(encoding="latin-1")
    for old, new in edit.items():
        assert old in text
        text = text.replace(old, new)
    record = parse(text.encode("latin-1"), name)
    return [(i["number"], i["title"], i["text"][:30], i["text"][-25:])
            for i in record["items"]]


def test_as_filed() -> None:
    assert _items(UNION_CAMP, {}) == [
        ("5", "OTHER EVENTS", "On August 9, 1994 Union Camp C", "ated herein by reference."),
        ("7", _TITLE_7, "EXHIBITS\n\nExhibit 99     Press", "             Corporation.")]


def test_keywordless_old_heading_after_an_item_heading() -> None:
    # "7.   FINANCIAL STATEMENTS, ..." with no "ITEM" under "ITEM 5.   OTHER EVENTS.": item 7
    # was lost and item 5's text ran over its heading and the exhibit list
    assert _items(UNION_CAMP, {_ITEM_7: _ITEM_7[5:]}) == _items(UNION_CAMP, {})


def test_keywordless_old_heading_in_title_case() -> None:
    # both headings in title case, the second with no keyword ("Item 5.  Other Events" /
    # "7.  Financial Statements and Exhibits", the title most 1990s 8-Ks print)
    got = _items(UNION_CAMP, {"ITEM 5.   OTHER EVENTS.": "Item 5.  Other Events",
                              _ITEM_7: "7.  Financial Statements and Exhibits"})
    assert [(n, t) for n, t, *_ in got] == [
        ("5", "Other Events"), ("7", "Financial Statements and Exhibits")]
    assert got[0][3] == "ated herein by reference."


def test_numbered_paragraph_under_an_old_item_stays_text() -> None:
    # a numbered line whose words are no item's title ("7.  The press release ...") is no
    # heading: item 5 keeps it and item 7 follows as filed
    edit = {"incorporated herein by reference.\n": "incorporated herein by reference.\n\n"
            "7.   The Registrant's Board declared a dividend.\n"}
    got = _items(UNION_CAMP, edit)
    assert [n for n, *_ in got] == ["5", "7"]
    assert got[0][3] == "oard declared a dividend."


def test_old_number_under_a_2004_heading_stays_text() -> None:
    # "7.   FINANCIAL STATEMENTS ..." under "ITEM 2.02" (Pericom's 2005 8-K, its "ITEM 9.01"
    # line so edited) mixes the two schemes: a numbered line of item 2.02, no item 7
    edit = {"ITEM 9.01    FINANCIAL STATEMENTS, PRO FORMA FINANCIAL INFORMATION AND EXHIBITS.":
            "7.    FINANCIAL STATEMENTS, PRO FORMA FINANCIAL INFORMATION AND EXHIBITS."}
    assert [n for n, *_ in _items(PERICOM, edit)] == ["2.02"]


def test_bare_2004_number_over_its_title() -> None:
    # "Item 2.02" alone on its line, the SEC's title on the next (Pericom's 2005 8-K so edited)
    edit = {"ITEM 2.02    RESULTS OF OPERATIONS AND FINANCIAL CONDITION.":
            "Item 2.02\nResults of Operations and Financial Condition",
            "ITEM 9.01    FINANCIAL STATEMENTS, PRO FORMA FINANCIAL INFORMATION AND EXHIBITS.":
            "Item 9.01\n\nFinancial Statements and Exhibits"}
    assert [(n, t, s) for n, t, s, _ in _items(PERICOM, edit)] == [
        ("2.02", "Results of Operations and Financial Condition", "On April 21, 2005, Pericom Sem"),
        ("9.01", "Financial Statements and Exhibits", "(c)  EXHIBITS.\n\nThe exhibit li")]


def test_keywordless_old_heading_before_an_item_heading() -> None:
    # "5.   OTHER EVENTS." with no "ITEM" over "ITEM 7. ..." (Union Camp's 1994 8-K so edited):
    # item 5 and its text were lost
    assert _items(UNION_CAMP, {"ITEM 5.   OTHER EVENTS.": "5.   OTHER EVENTS."}) == _items(
        UNION_CAMP, {})


def test_keywordless_2004_heading_before_an_item_heading() -> None:
    # "2.02    RESULTS OF OPERATIONS ..." with no "ITEM" over "ITEM 9.01 ..." (Pericom's 2005
    # 8-K so edited): item 2.02 was lost
    assert _items(PERICOM, {"ITEM 2.02    RESULTS": "2.02    RESULTS"}) == _items(PERICOM, {})
    assert [n for n, *_ in _items(PERICOM, {})] == ["2.02", "9.01"]
