"""Items, round 45: pre-2004 8-K item headings printed without the keyword ("5.  Other
Events", "7.  Financial Statements, Pro Forma Financial Information and Exhibits") are read
when they print the form's title for the number and open a paragraph (no "Item" line heading
an item, a list of items not applicable aside); the form's full caption of Item 7 / 9.01
and Item 5.02's 2004-2006 title count as the SEC's titles."""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from support import FILINGS, validate


def _edited(name: str, *edits: tuple[str, str]) -> list[tuple[str, str | None, str]]:
    """The items of a corpus filing with `edits` (old, new) made once each, as (number,
    title, text start)."""
    raw = (FILINGS / name).read_bytes().decode("latin-1")
    for old, new in edits:
        assert old in raw
        raw = raw.replace(old, new, 1)
    record: dict[str, Any] = validate(parse(raw.encode("latin-1"), name))
    return [(i["number"], i["title"], i["text"][:30]) for i in record["items"]]


# Union Camp Corporation's 8-K of August 17, 1994 (8k_1994_unioncampcorp_1.txt): "ITEM 5.   OTHER
# EVENTS." and "ITEM 7.   FINANCIAL STATEMENTS, PRO FORMA FINANCIAL INFORMATION AND" / "EXHIBITS."
# with the keyword dropped, as some 1990s filing agents typed them.
_UNION = "8k_1994_unioncampcorp_1.txt"
_UNION_ITEMS = [
    ("5", "OTHER EVENTS", "On August 9, 1994 Union Camp C"),
    ("7", "FINANCIAL STATEMENTS, PRO FORMA FINANCIAL INFORMATION AND EXHIBITS",
     "EXHIBITS\n\nExhibit 99     Press")]


def test_old_headings_without_the_keyword() -> None:
    assert _edited(_UNION) == _UNION_ITEMS  # as filed
    assert _edited(_UNION, ("ITEM 5.   ", "5.   "), ("ITEM 7.   ", "7.   ")) == _UNION_ITEMS


# Home Health Corporation of America's 8-K of March 1998 (8k_1998_homehealthcorpofameric_2.txt):
# "Item 5.<TAB>Other Events" and "Item 7.  Financial Statements and Exhibits", keyword dropped,
# or the number closed by a dash or a bracket instead of the period.
_HOME = "8k_1998_homehealthcorpofameric_2.txt"


def test_old_headings_with_a_dash_or_a_bracket() -> None:
    for five, seven in (("5.\t", "7.  "), ("5 - ", "7 - "), ("5)\t", "7)  ")):
        items = _edited(_HOME, ("Item 5.\t", five), ("Item 7.  ", seven))
        assert [(n, t) for n, t, _ in items] == [
            ("5", "Other Events"), ("7", "Financial Statements and Exhibits")]
        assert items[0][2] == "On March 27, 1998, Home Health"


def test_old_numbers_that_are_no_headings() -> None:
    # Other words after the number (a numbered clause), a number continuing a sentence
    # ("... reported under Item" / "5.  Other Events ..."): no items.
    assert _edited(_HOME, ("Item 5.\tOther Events", "5.\tAmendment of the Bylaws"),
                   ("Item 7.  Financial Statements and Exhibits", "7.  Exhibits Filed")) == []
    assert _edited(_HOME, ("Item 5.\t", "The Company reports the following under Item\n5.\t"),
                   ("Item 7.  ", "7.  Other ")) == []


# Exelon Corporation's 8-K of April 26, 2005 (8k_2005_exeloncorp_1.txt, HTML): "Item&nbsp;5.02.
# Departure of Directors or Principal Officers; Election of Directors; Appointment of Principal
# Officers" (the item's title of 2004-2006) with the keyword dropped.
def test_the_2004_title_of_item_502_without_the_keyword() -> None:
    items = _edited("8k_2005_exeloncorp_1.txt", ("Item&nbsp;5.02. ", "5.02. "))
    assert items == [("5.02", "Departure of Directors or Principal Officers; Election of "
                      "Directors; Appointment of Principal Officers",
                      "On April 26, 2005, the board o")]
