"""Round 74, items: a page's running head known by its repeating ("APPLE COMPUTER" atop each
page, no legal form) is neither a bare heading's title nor, past a page break, the item's first
words; a letter-spaced Part line whose number is spelled in words ("P A R T  T W O") or whose
letters are set two spaces apart ("P  A  R  T    I  I") is a Part heading, ending the item above.

Each test edits a real corpus filing into a shape other filers print and fails on the
round's start tree (the neighbours, marked so, pass there too).
"""

from __future__ import annotations

import time

import pytest
from test_itm73_round73 import (
    _BELL_PARTED,
    _PK_ITEM_4_END,
    _PK_PART_II,
    PERKINELMER,
    _bell_items,
    _pk_item_4_end,
)

from filing2json.parsers.sections import item_headings
from filing2json.parsers.sections.item_headings import scan
from support import edited_items, edited_record

# --- a running head known by its repeating ----------------------------------------------------

# PerkinElmer's 10-K405 (2001): Item 7's heading atop page 15, and its first caption
_PK_7 = ("<PAGE>   15\n\nITEM 7.  MANAGEMENT'S DISCUSSION AND ANALYSIS OF RESULTS OF OPERATIONS "
         "AND\nFINANCIAL CONDITION\n\nOVERVIEW\n")
_PK_7_TITLE = ("MANAGEMENT'S DISCUSSION AND ANALYSIS OF RESULTS OF OPERATIONS AND FINANCIAL "
               "CONDITION")
_OVERVIEW = "OVERVIEW\n\n     Fiscal 2000 rep"
_INDENT = "                       "


def _pk_7(name: str, heading: str, pages: int) -> tuple[str, str | None, str]:
    """Item 7 of PerkinElmer's 10-K405 with its heading replaced by `heading` ("{name}" in it
    stands for the running head) and `name` printed atop `pages` of the next pages, each page
    break left as blank lines (its number and <PAGE> tag gone, as an HTML rendering prints
    it)."""
    edit = {f"                                        {page - 2}\n<PAGE>   {page}\n":
            f"\n\n\n\n{_INDENT}{name}\n" for page in range(16, 16 + pages)}
    edit[_PK_7] = heading.format(name=name)
    return next(i for i in edited_items(PERKINELMER, edit) if i[0] == "7")


_NAMES = ["APPLE COMPUTER", "Apple Computer", "PERKINELMER AND SUBSIDIARIES"]


@pytest.mark.parametrize("name", _NAMES, ids=["capitals", "title-case", "subsidiaries"])
@pytest.mark.parametrize("heading", [
    f"ITEM 7.\n{_INDENT}{{name}}\n\nOVERVIEW\n",
    f"ITEM 7.\n\n{_INDENT}{{name}}\n\nOVERVIEW\n",
], ids=["under", "blank-between"])
@pytest.mark.parametrize("pages", [2, 5])
def test_repeated_running_head_under_bare_heading_not_title(name: str, heading: str,
                                                            pages: int) -> None:
    # before: the title was the running head's words ("APPLE COMPUTER"); round 74b: nor does
    # the text open with them
    assert _pk_7(name, heading, pages) == ("7", None, _OVERVIEW)


@pytest.mark.parametrize("name", _NAMES, ids=["capitals", "title-case", "subsidiaries"])
def test_repeated_running_head_past_page_break_under_bare_heading_cut(name: str) -> None:
    # before: no title, the item's text opening with the running head ("APPLE COMPUTER\n\n...")
    heading = f"ITEM 7.\n\n\n\n\n{_INDENT}{{name}}\n\nOVERVIEW\n"
    assert _pk_7(name, heading, 2) == ("7", None, _OVERVIEW)


@pytest.mark.parametrize("name", _NAMES, ids=["capitals", "title-case", "subsidiaries"])
def test_repeated_running_head_past_page_break_under_title_cut(name: str) -> None:
    # before: the item's text opened with the running head
    heading = f"ITEM 7.  {_PK_7_TITLE}\n\n\n\n\n{_INDENT}{{name}}\n\nOVERVIEW\n"
    assert _pk_7(name, heading, 2) == ("7", _PK_7_TITLE, _OVERVIEW)


@pytest.mark.parametrize("pages", [0, 1])
def test_name_printed_once_or_twice_stays_title(pages: int) -> None:
    # (neighbour: a line printed alone twice at most is no running head: the title, as before)
    heading = f"ITEM 7.\n\n{_INDENT}{{name}}\n\nOVERVIEW\n"
    assert _pk_7("APPLE COMPUTER", heading, pages) == ("7", "APPLE COMPUTER", _OVERVIEW)


def test_form_title_repeated_under_bare_heading_stays_title() -> None:
    # (neighbour: the form's title for the number, printed atop each page as well, is the title)
    name = "MANAGEMENT'S DISCUSSION AND ANALYSIS"
    heading = f"ITEM 7.\n{_INDENT}{{name}}\n\nOVERVIEW\n"
    assert _pk_7(name, heading, 5) == ("7", name, _OVERVIEW)


def test_repeated_line_counts_lines_alone() -> None:
    # the new check (absent on the start tree): a name inside sentences or closing a longer
    # line is not counted, one alone on its line (spaces around it) is
    _repeated_line = item_headings._repeated_line
    text = "Apple Computer sold units.\nBy Apple Computer\n  Apple Computer, Inc.\nApple Computer\n"
    assert _repeated_line(text, "Apple Computer") is False
    assert _repeated_line(text + "\n   Apple Computer  \n\nApple Computer", "Apple Computer")


def test_repeated_line_is_linear() -> None:
    # ~200 KB of one line holding the name thousands of times, and of lines opening with it
    _repeated_line = item_headings._repeated_line
    for text in ("APPLE COMPUTER " * 14000, "APPLE COMPUTER SOLD\n" * 10000):
        started = time.process_time()
        assert _repeated_line(text, "APPLE COMPUTER") is False
        assert time.process_time() - started < 5


def test_running_head_scan_is_linear() -> None:
    # ~200 KB of bare headings, each over a firm-like line repeated on every page
    text = ("ITEM 5.\n\nAPPLE COMPUTER\n\nNone.\n\n\n\nAPPLE COMPUTER\n\n"
            "ITEM 6.\nWESTCHESTER REALTY\n\nNone.\n\n") * 2500
    started = time.process_time()
    scan(text, "10-K")
    assert time.process_time() - started < 5


# --- a letter-spaced Part line, its number in words or its letters set wide -----------------


@pytest.mark.parametrize("part", [
    "P A R T  T W O", "P A R T   T W O", "P  A  R  T    I  I", "[P A R T  T W O]",
    "P a r t  T w o",
], ids=["words", "words-wide", "letters-wide", "words-brackets", "title-case"])
def test_letter_spaced_part_in_words_ends_item(part: str) -> None:
    # before: the Part's line was the last line of Item 4's text
    assert _pk_item_4_end(part) == _PK_ITEM_4_END


@pytest.mark.parametrize("part", ["P A R T  T W O", "P  A  R  T    I  I"],
                         ids=["words", "letters-wide"])
def test_ten_q_letter_spaced_part_in_words_ends_item_2(part: str) -> None:
    # before: the Part's line closed Item 2's text
    assert _bell_items(part) == _BELL_PARTED


@pytest.mark.parametrize("line", ["P A R T Y", "P A R T  O F  I T", "P A R T  F I V E"],
                         ids=["party", "part-of", "five"])
def test_letter_spaced_words_not_part(line: str) -> None:
    # (neighbour: letter-spaced words that spell no Part line stay the text's)
    record = edited_record(PERKINELMER, {_PK_PART_II: f"{_INDENT}{line}\n\nITEM 5."})
    assert next(i for i in record["items"] if i["number"] == "4")["text"][-len(line):] == line


# --- a title left open on "AND" at a page break, its last words under the running head -----

_PK_7_OPEN = "ITEM 7.  MANAGEMENT'S DISCUSSION AND ANALYSIS OF RESULTS OF OPERATIONS AND"


@pytest.mark.parametrize("name", ["APPLE COMPUTER", "PERKINELMER, INC.", "PerkinElmer"],
                         ids=["unformed", "legal-form", "title-case"])
@pytest.mark.parametrize("pages", [0, 2])
def test_open_title_ends_past_running_head(name: str, pages: int) -> None:
    # before: "... OF RESULTS OF OPERATIONS" (or "... AND APPLE COMPUTER"), the text opening
    # at "FINANCIAL CONDITION" (or the head)
    heading = f"{_PK_7_OPEN}\n\n\n\n\n{_INDENT}{{name}}\n\nFINANCIAL CONDITION\n\nOVERVIEW\n"
    assert _pk_7(name, heading, pages) == ("7", _PK_7_TITLE, _OVERVIEW)


def test_open_title_not_joined_to_other_words_past_running_head() -> None:
    # (neighbour: a line under the head holding words the form's title has not is the text's)
    heading = f"{_PK_7_OPEN}\n\n\n\n\n{_INDENT}{{name}}\n\nRECENT DEVELOPMENTS\n\nOVERVIEW\n"
    assert _pk_7("PERKINELMER, INC.", heading, 0) == (
        "7", "MANAGEMENT'S DISCUSSION AND ANALYSIS OF RESULTS OF OPERATIONS",
        "RECENT DEVELOPMENTS\n\nOVERVIEW\n")
