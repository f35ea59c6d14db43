"""Round 35 speed pass: the shortcuts in items, exhibits and the explanatory note give what the
plain scans gave."""

from __future__ import annotations

from collections import deque

import pytest

from filing2json.parsers.sections import exhibits, explanatory_note, item_catalog, items
from filing2json.parsers.sections.items import find_items

_PARA = ("The Company's revenues for the quarter rose on higher shipments to customers in "
         "North America and Europe, offset in part by lower prices.\n\n")


def _last_by_full_scan(text: str) -> int | None:
    last = deque(exhibits._INDEX_HEADING.finditer(text), maxlen=1)
    return last[0].end() if last else None


@pytest.mark.parametrize("where", ["end", "middle", "start", "two", "none", "edge"])
def test_last_index_heading_by_stretches_is_the_full_scans(where: str) -> None:
    # the index before the last 50,000 characters, in them, or both: the last one all the same
    filler = _PARA * 800  # ~130,000 characters
    index = "\n                 EXHIBIT INDEX\n\n99.1  Press release dated May 1, 2008.\n"
    text = {
        "end": filler + index,
        "middle": filler + index + filler,
        "start": index + filler + filler,
        "two": index + filler + "\nIndex to Exhibits\n" + filler[:20_000],
        "none": filler + filler,
        # a heading line across a stretch's edge is tried whole, in one stretch
        "edge": filler[: len(filler) - 50_000 - 5] + index + "x" * 60_000,
    }[where]
    got = exhibits._INDEX_HEADING.last(text)  # (stretches of 50,000 characters)
    assert (got.end() if got else None) == _last_by_full_scan(text)
    if where != "none":
        assert got is not None
        assert text[got.start() : got.end()].strip() in ("EXHIBIT INDEX", "Index to Exhibits")


@pytest.mark.parametrize("stop", [
    "SIGNATURES",
    "S I G N A T U R E S",
    "Signature",
    "EXHIBIT INDEX",
    "Index to Exhibits",
    "Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has "
    "duly caused this report to be signed on its behalf.",
    "In accordance with the requirements of the Exchange Act, the registrant caused this "
    "report to be signed on its behalf.",
    "PURSUANT TO THE REQUIREMENTS OF THE SECURITIES EXCHANGE ACT OF 1934, THE REGISTRANT HAS "
    "DULY CAUSED THIS REPORT TO BE SIGNED.",
    "[Signature page follows]",
    "(Remainder of page intentionally left blank; signature page follows.)",
    "SIGNATURE PAGE",
])
def test_each_stop_spelling_passes_the_two_letter_lead(stop: str) -> None:
    # every spelling _STOP reads still opens with a lead its lookahead lets through
    text = ("FORM 8-K\n\nItem 8.01  Other Events.\n\nOn May 1, 2008, Acme Corp. announced a new "
            f"plant in Ohio.\n\n    {stop}\n\nBy: /s/ Jane Doe\n")
    assert items._STOP.search(text) is not None
    [item] = find_items(text, "8-K")
    assert item.text == "On May 1, 2008, Acme Corp. announced a new plant in Ohio."


def test_lines_starting_like_a_stop_do_not_end_the_item() -> None:
    # "So", "Each", "If", "Per", "Since": first letters of stops, not stops
    body = ("So far the plant runs at capacity.\nEach unit ships in May.\nIf demand holds, a "
            "second line opens.\nPer the agreement, Acme pays $5 million.\nSince then, sales "
            "rose.")
    text = f"FORM 8-K\n\nItem 8.01  Other Events.\n\n{body}\n\nSIGNATURES\n"
    [item] = find_items(text, "8-K")
    assert item.text == body


def test_contents_links_both_spellings_in_one_pass() -> None:
    # a line holding both spellings counts for each, as two searches counted it
    both = "Table of Contents\tTABLE OF CONTENTS"
    furniture = items._furniture(f"x\n{both}\ny\n", None)
    assert furniture.lines == frozenset({both})
    one = items._furniture("x\nTable of Contents\ny\n", None)
    assert not one
    mixed = items._furniture("Table of Contents\nz\nTABLE OF CONTENTS\n", None)
    assert mixed.lines == frozenset({"Table of Contents", "TABLE OF CONTENTS"})


def test_lines_with_a_literal_needle_and_an_end() -> None:
    text = "FORM 8-K\nAcme\nForm 8-K/A filed\n8-K 8-K twice\nlast 8-K"
    assert items._lines_with(text, "8-K") == [
        (0, "FORM 8-K"), (14, "Form 8-K/A filed"), (31, "8-K 8-K twice"), (45, "last 8-K")]
    assert items._lines_with(text, "8-K", 33) == [(0, "FORM 8-K"), (14, "Form 8-K/A filed")]
    assert items._lines_with(text, "|") == []


def test_catalogue_words_cached_and_fresh() -> None:
    first = item_catalog.words("Management\u2019s Discussion and Analysis")
    assert first == ["management", "discussion", "analysis"]
    first.append("changed")  # a caller's list is its own
    assert item_catalog.words("Management\u2019s Discussion and Analysis") == [
        "management", "discussion", "analysis"]
    long = "Results of Operations " * 20  # past the cached length: read all the same
    assert item_catalog.words(long) == ["results", "operations"] * 20


@pytest.mark.parametrize("front, expect", [
    ("FORM 10-K/A\n\nEXPLANATORY NOTE\n\nThis Amendment No. 1 amends Item 9A.\n\nPART I\n",
     "This Amendment No. 1 amends Item 9A."),
    ("FORM 8-K/A\n\nPURPOSE OF THIS AMENDMENT\n\nTo file the financial statements.\n\n"
     "Item 9.01\n", "To file the financial statements."),
    # both key words: the first heading in the text wins
    ("PURPOSE OF THIS AMENDMENT\n\nTo add exhibits.\n\nEXPLANATORY NOTE\n\nOther words.\n",
     "To add exhibits."),
    ("EXPLANATORY NOTE\n\nTo restate.\n\nPURPOSE OF THIS AMENDMENT\n\nOther words.\n",
     "To restate."),
    ("FORM 8-K\n\nAcme Corp.\n\nItem 8.01\n", None),
])
def test_explanatory_note_key_words_merged_only_when_both(front: str, expect: str | None
                                                          ) -> None:
    assert explanatory_note.find_explanatory_note(front, None, False) == expect
