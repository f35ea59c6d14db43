"""Press releases (round 60): a list whose marks are set apart by a tab, wrapped to column 0.

The tests edit Pericom Semiconductor's January 2007 release (corpus
8k_2007_pericomsemiconductorco_2.txt, EX-99.1, a text release whose "Q2 NEW PRODUCTS"
paragraphs are typed to column 0) into the shape other filers print: the heading renamed
"Key Financial Results:" (or "Second Quarter Highlights:") and each paragraph's first line
opened by a bullet and a tab ("\u00b7<tab>The company launched ..."), its wrapped lines left
at column 0.
"""

from __future__ import annotations

from typing import Any

import pytest

from support import FILINGS, edited_record

_PERICOM = "8k_2007_pericomsemiconductorco_2.txt"
_PRODUCTS = ["Pericom expanded its PCI Express", "The company launched eight new HDMI",
             "The  company  released  two new VCXO", "Pericom also released three new"]
_ITEMS_END = [
    "include servers, HBA and NIC cards, networking, embedded and storage applications.",
    "Target applications include digital TVs, LCD monitors, set-top boxes, game consoles, "
    "switch box and notebook PCs.",
    "further enhancing Pericom's product positioning in digital video platforms.",
    "reference clock distribution solution in the high growth Gigabit Ethernet switching "
    "applications.",
]


def _release(heading: str, mark: str) -> dict[str, Any]:
    edits = {"  Q2 NEW PRODUCTS\n": f"{heading}\n"}
    edits.update((item, mark + item) for item in _PRODUCTS)
    return edited_record(FILINGS / _PERICOM, edits)["press_releases"][0]


@pytest.mark.parametrize("mark", ["\u00b7\t", "*\t", "-\t", "1.\t", "\t\u00b7\t"])
def test_a_tab_marked_items_wrapped_lines_at_column_0_stay_with_it(mark: str) -> None:
    # (was: from the second item on (its wrapped line opens with a capital, "HDMI
    # connectivity ..."), an item ended at its first line, the rest read as the body's next
    # paragraph; the list ended there: two highlights, the second cut)
    rel = _release("Key Financial Results:", mark)
    highlights = rel["highlights"]
    assert len(highlights) == 4
    for item, head, end in zip(highlights, _PRODUCTS, _ITEMS_END, strict=True):
        assert item.startswith(" ".join(head.split()))
        assert item.endswith(end)
    assert "solution for HDMI connectivity in digital video applications." in rel["body"]


def test_under_a_highlights_heading_the_body_keeps_the_items_whole() -> None:
    # (was: the highlights were read whole, but the body cut the second item after "for")
    rel = _release("Second Quarter Highlights:", "\u00b7\t")
    assert len(rel["highlights"]) == 4
    assert "solution for\n" not in rel["body"]
    assert "solution for HDMI connectivity in digital video applications." in rel["body"]


def test_tab_marked_items_with_no_blank_line_between_them_stay_apart() -> None:
    # (was: as above; the items typed one under another, each item's mark is a new item)
    mark = "\u00b7\t"
    edits = {"  Q2 NEW PRODUCTS\n\nPericom expanded":
             f"Key Financial Results:\n\n{mark}Pericom expanded"}
    for end, item in zip(("applications.\n\n", "notebook PCs.\n\n", "video platforms.\n\n"),
                         _PRODUCTS[1:], strict=True):
        edits[end + item] = f"{end.rstrip()}\n{mark}{item}"
    rel = edited_record(FILINGS / _PERICOM, edits)["press_releases"][0]
    assert [h[-40:] for h in rel["highlights"]] == [end[-40:] for end in _ITEMS_END]
