"""Items, round 46: a keyword-less 2004-scheme heading whose title prints a word of the SEC's
title in the singular or the plural as the other ("PRINCIPAL OFFICER" for "Principal
Officers"), read from Pericom Semiconductor's 2006 8-K (a corpus filing) with "ITEM" dropped
from its headings, as some filing agents print them."""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from support import FILINGS

PERICOM = "8k_2006_pericomsemiconductorco_3.txt"


def _items(edit: dict[str, str]) -> list[tuple[Any, ...]]:
    text = (FILINGS / PERICOM).read_text(encoding="latin-1")
    for old, new in edit.items():
        assert old in text
        text = text.replace(old, new)
    record = parse(text.encode("latin-1"), PERICOM)
    return [(i["number"], i["title"], i["text"][:39]) for i in record["items"]]


_TITLE_502 = ("DEPARTURE OF DIRECTORS OR PRINCIPAL OFFICER; ELECTION OF DIRECTORS; APPOINTMENT"
              " OF PRINCIPAL OFFICERS")
_TITLE_901 = "FINANCIAL STATEMENTS, PRO FORMA FINANCIAL INFORMATION AND EXHIBITS"


def test_as_filed() -> None:
    assert _items({}) == [
        ("5.02", _TITLE_502, "On August 15, 2006, Pericom Semiconduct"),
        ("9.01", _TITLE_901, "(d)      Exhibits.\n\nThe exhibit listed ")]


def test_keywordless_heading_with_a_singular_word() -> None:
    # "5.02    DEPARTURE OF DIRECTORS OR PRINCIPAL OFFICER; ..." with no "ITEM": item 5.02
    # was lost (its "OFFICER" is no word of the SEC's title, so it scored under the bar) and
    # its text ran into the cover
    assert _items({"ITEM 5.02    ": "5.02    ", "ITEM 9.01": "9.01"}) == _items({})


def test_keywordless_number_with_no_sec_title_stays_text() -> None:
    # a numbered line whose words are no item's title is no heading: the items as before
    edit = {"ITEM 5.02    DEPARTURE OF DIRECTORS OR PRINCIPAL OFFICER; ELECTION OF\n"
            "             DIRECTORS; APPOINTMENT OF PRINCIPAL OFFICERS":
            "5.02    DEPARTURE OF SENIOR ENGINEERS; HIRING OF NEW STAFF"}
    assert [n for n, *_ in _items(edit)] == ["9.01"]


def test_keywordless_heading_after_an_item_heading() -> None:
    # "ITEM 5.02 ..." then "9.01    FINANCIAL STATEMENTS ..." with no keyword, as some
    # filers print an 8-K's last heading: item 9.01 was lost and 5.02's text ran over it
    assert _items({"ITEM 9.01": "9.01"}) == _items({})


def test_keywordless_line_numbered_below_the_last_item_heads_nothing() -> None:
    # a keyword-less "2.02 ..." under "ITEM 9.01" (lower than the last "Item" heading; a
    # line of an exhibit's text, say) is no heading: 9.01 keeps its text
    edit = {"(d)      Exhibits.": "2.02    RESULTS OF OPERATIONS AND FINANCIAL CONDITION\n\n"
                                  "(d)      Exhibits."}
    assert [(n, t) for n, t, _ in _items(edit)] == [("5.02", _TITLE_502), ("9.01", _TITLE_901)]
