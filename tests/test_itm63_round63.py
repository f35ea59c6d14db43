"""Items, round 63: a 10-K's sections under bare captions that its index does not name.

PerkinElmer's 10-K405 (2001, plain text) edited as in test_itm62_round62: a "FORM 10-K
CROSS-REFERENCE INDEX" inserted after the cover and the body's item headings cut to their
captions ("ITEM 6.  SELECTED FINANCIAL DATA" -> "SELECTED FINANCIAL DATA"), and one more edit:
the index prints no row for one item (10-Ks that print such an index list the items they
answer, and a section they keep may be missing from it). Before, the item above ran over the
left-out item's section: Item 5's text held "SELECTED FINANCIAL DATA" and its tables. Or
the caption words its row's title otherwise (the body's "SUPPLEMENTARY DATA" under the row
"Supplemental Data", as filers print it): before, that item was missing and the one above
held its section (Item 7's text, Item 8's financial statements).
"""

from __future__ import annotations

import html
import re
import time

import pytest
from test_itm61_round61 import _as_html
from test_itm62_round62 import (
    _BODY_START,
    _DOTTED_INDEX,
    _HTML_ROWS,
    _INDEX,
    _items_of,
    _summary,
    _text,
)

from filing2json.parsers import parse
from support import FILINGS

PERKINELMER = FILINGS / "10k405_2001_perkinelmerinc_1.txt"
# "RISK FACTORS" set as a caption inside Item 7 (as old 10-Ks print it in their MD&A): it
# reads as Item 1A's title, which the index leaves out too, but Item 1A cannot follow Item 7
_MDA_AT = "OVERVIEW\n"
_RISK = "RISK FACTORS\n\n"


def _without(index: str, number: str) -> str:
    return re.sub(rf"(?m)^Item {number}\..*\n(?:[ ]{{6,}}\S.*\n)?", "", index)


def _captioned(text: str, index: str, back: bool) -> list[dict]:
    """The items with `index` after the cover (`back`: above the SIGNATURES) and every item
    heading in the body cut to its caption (test_itm62_round62's _with_index)."""
    at = text.index("\n" + " " * 35 + "SIGNATURES\n") + 1 if back else text.index(_BODY_START)
    text = text[:at] + index + "\n" + text[at:]
    cut = text.index(_BODY_START)
    return _items_of(text[:cut] + re.sub(r"(?m)^ITEM \d+\.  ", "", text[cut:]))


def _headed(edit: tuple[str, str] | None = None) -> list[dict]:
    """The filing's items with its item headings, `edit` made in its text."""
    text = _text()
    if edit:
        text = text.replace(*edit, 1)
    return _items_of(text.replace(_MDA_AT, _MDA_AT + _RISK, 1))


@pytest.mark.parametrize(("number", "caption", "title"), [
    ("6", "SELECTED FINANCIAL DATA", None),
    ("6", "SELECTED FINANCIAL DATA", "SELECTED CONSOLIDATED FINANCIAL DATA"),
    ("3", "LEGAL PROCEEDINGS", None)])
@pytest.mark.parametrize(("index", "back"), [(_INDEX, False), (_DOTTED_INDEX, False),
                                             (_INDEX, True)])
def test_item_left_out_of_the_index_ends_the_item_above(
        number: str, caption: str, title: str | None, index: str, back: bool) -> None:
    # the item above the left-out one ends at its caption, as the headed filing's does; the
    # left-out item itself is no item (no row names it); "SELECTED CONSOLIDATED FINANCIAL
    # DATA" reads as Item 6's title too
    edit = (f"ITEM {number}.  {caption}", f"ITEM {number}.  {title}") if title else None
    want = [i for i in _summary(_headed(edit)) if i[0] != number]
    text = _text().replace(_MDA_AT, _MDA_AT + _RISK, 1)
    if edit:
        text = text.replace(*edit, 1)
    got = _captioned(text, _without(index, number), back)
    assert _summary(got) == want


def _html_items(leave_out: int, edit: tuple[str, str] | None = None
                ) -> tuple[dict[str, dict], dict[str, dict]]:
    """The items of test_itm61_round61's HTML rendering (each paragraph a <div> with no blank
    line between, the captions in bold) with a table index whose row `leave_out` is left
    out and the captions alone, and with the item headings."""
    headed = _as_html(stacked=False, edit=edit)
    doc = re.sub(r"<div><b>Item \d+\. ", "<div><b>", headed)
    rows = "".join(
        f"<tr><td>Item {n}.</td><td>{html.escape(title)}</td><td>{page}</td></tr>"
        for n, title, page in _HTML_ROWS if n != leave_out)
    at = doc.index("</pre>") + len("</pre>")
    captioned = (f"{doc[:at]}<div><b>FORM 10-K CROSS-REFERENCE INDEX</b></div>"
                 f"<table>{rows}</table>{doc[at:]}")
    return tuple({i["number"]: i for i in parse(d.encode("latin-1"), PERKINELMER.name)["items"]}
                 for d in (captioned, headed))


def test_item_left_out_of_the_html_index_ends_the_item_above() -> None:
    items, headed = _html_items(6)
    assert "6" not in items
    assert items["5"]["text"] == headed["5"]["text"]
    assert "SELECTED FINANCIAL" not in items["5"]["text"]


def test_html_caption_worded_as_the_catalogue_is_its_item() -> None:
    # "SUPPLEMENTARY DATA" under the row "Supplemental Data": the catalogue's title (before:
    # no Item 8, Item 7's text held the financial statements)
    items, headed = _html_items(0, ("ITEM 8.  FINANCIAL STATEMENTS AND SUPPLEMENTAL DATA",
                                    "ITEM 8.  FINANCIAL STATEMENTS AND SUPPLEMENTARY DATA"))
    assert [(n, i["title"], i["text"]) for n, i in items.items()] == [
        (n, i["title"], i["text"]) for n, i in headed.items()]


def test_many_omitted_caption_like_lines_parse_quickly() -> None:
    text = _text()
    at = text.index("ITEM 5.  ")
    lines = "Selected Financial Data of Other Things and\nMore\n\n" * 4000
    started = time.process_time()
    _captioned(text[:at] + lines + text[at:], _without(_INDEX, "6"), False)
    assert time.process_time() - started < 5


_CONTROLS = ("CONTROLS AND PROCEDURES\n\n     The Company's principal executive officer and "
             "principal\nfinancial officer concluded that its disclosure controls and "
             "procedures are\neffective.\n\n")


@pytest.mark.parametrize("index", [_INDEX, _DOTTED_INDEX])
def test_item_added_after_the_index_ends_the_item_above(index: str) -> None:
    # a section the index predates (10-Ks of 2003 on added Item 9A, "Controls and
    # Procedures", after Item 9): set under its caption after "None." (Item 9's text), it
    # ends Item 9 (before: Item 9's text ran on over it); "Controls and Procedures" is an old
    # Item 14's title too, but the index has its Item 14 row
    at = _text().index("                                    PART III\n")
    text = _text()[:at] + _CONTROLS + _text()[at:]
    items = {i["number"]: i for i in _captioned(text, index, False)}
    assert items["9"]["text"] == "None."
    assert "9A" not in items
    assert items["10"]["title"] == "DIRECTORS AND EXECUTIVE OFFICERS OF THE REGISTRANT"


@pytest.mark.parametrize(("caption", "reworded"), [
    ("ITEM 6.  SELECTED FINANCIAL DATA", "ITEM 6.  SELECTED CONSOLIDATED FINANCIAL DATA"),
    ("ITEM 3.  LEGAL PROCEEDINGS", "ITEM 3.  LEGAL PROCEEDING"),
    ("ITEM 8.  FINANCIAL STATEMENTS AND SUPPLEMENTAL DATA",
     "ITEM 8.  FINANCIAL STATEMENTS AND SUPPLEMENTARY DATA"),
    ("ITEM 7.  MANAGEMENT'S DISCUSSION AND ANALYSIS OF RESULTS OF OPERATIONS AND",
     "ITEM 7.  MANAGEMENT'S DISCUSSIONS AND ANALYSES OF RESULTS OF OPERATIONS AND")])
@pytest.mark.parametrize("index", [_INDEX, _DOTTED_INDEX])
def test_caption_worded_otherwise_than_its_row_is_its_item(caption: str, reworded: str,
                                                           index: str) -> None:
    # the caption reads as its row's title or the catalogue's (the plural "s" aside), the
    # wrapped one ("... OPERATIONS AND" / "FINANCIAL CONDITION") with its second line
    edit = (caption, reworded)
    text = _text().replace(_MDA_AT, _MDA_AT + _RISK, 1).replace(*edit, 1)
    assert _summary(_captioned(text, index, False)) == _summary(_headed(edit))
