"""Round 74b, items: a running head right under a bare heading is cut from the item's text
too; a running head is known by its repeating atop pages (a caption repeated under other
headings, "GENERAL", stays the text's); a letter-spaced Part line may carry its caption
("P A R T  I I  -  O T H E R  I N F O R M A T I O N"); a bare heading over a statement's
caption ("CONSOLIDATED INCOME STATEMENTS", or a table's caption over its period) has no title.

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
    INDIANA_BELL,
    PERKINELMER,
    _bell_items,
    _pk_item_4_end,
)
from test_itm74_round74 import _INDENT, _OVERVIEW, _PK_7, _PK_7_TITLE, _pk_7

from filing2json.parsers.sections import item_headings
from support import edited_items, edited_record

# --- a running head right under a bare heading, no page break between --------------------


@pytest.mark.parametrize("name", ["APPLE COMPUTER", "Apple Computer", "PERKINELMER"],
                         ids=["capitals", "title-case", "one-word"])
@pytest.mark.parametrize("heading", [
    f"ITEM 7.\n{_INDENT}{{name}}\n\nOVERVIEW\n",
    f"ITEM 7.\n-------\n{_INDENT}{{name}}\n\nOVERVIEW\n",
    f"ITEM 7.\n\n{_INDENT}{{name}}\n\nOVERVIEW\n",
], ids=["under", "underlined", "blank-between"])
def test_running_head_under_bare_heading_cut_from_text(name: str, heading: str) -> None:
    # before: no title, but the item's text opened with the head ("APPLE COMPUTER\n\nOVERVIEW")
    assert _pk_7(name, heading, 3) == ("7", None, _OVERVIEW)


def test_name_printed_twice_under_bare_heading_stays_title() -> None:
    # (neighbour: a line printed alone twice is no running head: the title, as before)
    heading = f"ITEM 7.\n{_INDENT}{{name}}\n\nOVERVIEW\n"
    assert _pk_7("APPLE COMPUTER", heading, 1) == ("7", "APPLE COMPUTER", _OVERVIEW)


# --- a caption repeated under headings is no running head ---------------------------------

_PK_7_END = "FINANCIAL CONDITION\n\nOVERVIEW\n"
_PK_HEADS = ["ITEM 2.  PROPERTIES\n\n", "ITEM 3.  LEGAL PROCEEDINGS\n\n",
             "ITEM 4.  SUBMISSION OF MATTERS TO A VOTE OF SECURITY HOLDERS\n\n"]
_GENERAL = "GENERAL\n\n     Fiscal 2000 repr"


def _captioned_7(edit: dict[str, str], caption: str, headings: int) -> tuple[str, ...]:
    """Item 7 of PerkinElmer's 10-K405 edited by `edit`, `caption` printed under the headings
    of Items 2, 3 (and 4) as well (`headings` of them)."""
    edit = {**edit, **{h: f"{h}{caption}\n\n" for h in _PK_HEADS[:headings]}}
    return next(i for i in edited_items(PERKINELMER, edit) if i[0] == "7")


@pytest.mark.parametrize("headings", [2, 3])
def test_caption_repeated_under_headings_kept_past_page_break_under_title(headings: int
                                                                           ) -> None:
    # before: "GENERAL", atop the page under Item 7's title and alone on 3 lines or more, was
    # cut as a running head (the text opened "Fiscal 2000 ...")
    item = _captioned_7({_PK_7_END: "FINANCIAL CONDITION\n\n\n\n\nGENERAL\n"}, "GENERAL",
                        headings)
    assert item == ("7", _PK_7_TITLE, _GENERAL)


@pytest.mark.parametrize("headings", [2, 3])
def test_caption_repeated_under_headings_kept_past_page_break_under_bare_heading(
        headings: int) -> None:
    # before: cut as a running head, the text opening "Fiscal 2000 ..."
    item = _captioned_7({_PK_7: "ITEM 7.\n\n\n\n\nGENERAL\n"}, "GENERAL", headings)
    assert item == ("7", None, _GENERAL)


@pytest.mark.parametrize("heading", ["ITEM 7.\nGENERAL\n", "ITEM 7.\n\nGENERAL\n"],
                         ids=["under", "blank-between"])
def test_caption_repeated_under_headings_under_bare_heading_unchanged(heading: str) -> None:
    # (neighbour: no title, the caption the text's first line, as on the start tree)
    assert _captioned_7({_PK_7: heading}, "GENERAL", 3) == ("7", None, _GENERAL)


def test_caption_printed_once_past_page_break_kept() -> None:
    # (neighbour: a caption printed once atop the page stays the text's, as before)
    item = _captioned_7({_PK_7_END: "FINANCIAL CONDITION\n\n\n\n\nGENERAL\n"}, "GENERAL", 0)
    assert item == ("7", _PK_7_TITLE, _GENERAL)


def test_one_word_running_head_atop_pages_still_cut() -> None:
    # (neighbour: a one-word head atop 3 pages is cut past the page break, as round 74 did)
    heading = f"ITEM 7.  {_PK_7_TITLE}\n\n\n\n\n{_INDENT}{{name}}\n\nOVERVIEW\n"
    assert _pk_7("PERKINELMER", heading, 3) == ("7", _PK_7_TITLE, _OVERVIEW)


def test_page_top_reads_two_blank_lines() -> None:
    # the new check (absent on the start tree): a page break is two blank lines or more
    _page_top = item_headings._page_top
    assert _page_top("text.\n\n\n", False) is True
    assert _page_top("text.\n  \n\t\n", False) is True
    assert _page_top("ITEM 2.  PROPERTIES\n\n", False) is False
    assert _page_top("\n", True) is True


def test_repeated_line_counts_tops() -> None:
    # a line alone 3 times, once atop a page: repeated, but no running head atop the pages
    _repeated_line = item_headings._repeated_line
    text = "ITEM 2.\n\nGENERAL\n\nText.\n\nITEM 3.\n\nGENERAL\n\nText.\n\n\n\nGENERAL\n\nText."
    assert _repeated_line(text, "GENERAL") is True
    assert _repeated_line(text, "GENERAL", 2) is False
    assert _repeated_line(text + "\n\n\nGENERAL\n", "GENERAL", 2) is True


def test_caption_under_many_headings_scan_is_linear() -> None:
    # ~200 KB of bare headings, each over the same caption, never atop a page: each heading
    # looks the caption up, counted once
    text = "ITEM 5.\nGENERAL\n\nNone.\n\nITEM 6.\n\nGENERAL\n\nNone.\n\n" * 5000
    started = time.process_time()
    item_headings.scan(text, "10-K")
    assert time.process_time() - started < 5


# --- a letter-spaced Part line with its caption on the line ---------------------------------

_CAPTIONED = [
    "P A R T  I I  -  O T H E R  I N F O R M A T I O N",
    "P A R T  I I : O T H E R  I N F O R M A T I O N",
    "P A R T  T W O  --  O T H E R  I N F O R M A T I O N",
    "P  A  R  T    I  I  -  O  T  H  E  R    I  N  F  O  R  M  A  T  I  O  N",
    "P A R T  I I  -  OTHER INFORMATION",
    "P A R T  I I  -  Other Information",
]
_CAPTIONED_IDS = ["dash", "colon", "words", "wide", "plain-caption", "title-case-caption"]


@pytest.mark.parametrize("part", _CAPTIONED, ids=_CAPTIONED_IDS)
def test_letter_spaced_part_with_caption_ends_item(part: str) -> None:
    # before: the Part's line was the last line of Item 4's text
    assert _pk_item_4_end(part) == _PK_ITEM_4_END


@pytest.mark.parametrize("part", _CAPTIONED[:4], ids=_CAPTIONED_IDS[:4])
def test_ten_q_letter_spaced_part_with_caption_ends_item_2(part: str) -> None:
    # before: the Part's line (or its caption) closed Item 2's text
    assert _bell_items(part) == _BELL_PARTED


@pytest.mark.parametrize("line", [
    "P A R T  I I  -  other information follows", "P A R T  I I - 1 2 3",
    "P A R T Y  -  O T H E R  I N F O R M A T I O N",
], ids=["sentence", "figures", "party"])
def test_letter_spaced_part_with_other_tail_stays_text(line: str) -> None:
    # (neighbour: a tail that is no caption keeps the line the text's, as before)
    record = edited_record(PERKINELMER, {_PK_PART_II: f"{_INDENT}{line}\n\nITEM 5."})
    assert next(i for i in record["items"] if i["number"] == "4")["text"][-len(line):] == line


def test_spaced_part_reads_caption() -> None:
    # the caption's letters run together, word by word
    _spaced_part = item_headings._spaced_part
    assert _spaced_part("P A R T  I I  -  O T H E R  I N F O R M A T I O N") == (
        "II", "OTHER INFORMATION")
    assert _spaced_part("P A R T  I I") == ("II", None)
    assert _spaced_part("P A R T  I I  -  1 2") is None


# --- a statement's caption under a bare heading is no title --------------------------------

_PK_8 = ("ITEM 8.  FINANCIAL STATEMENTS AND SUPPLEMENTAL DATA\n\n"
         "                       PERKINELMER, INC. AND SUBSIDIARIES\n\n"
         "                         CONSOLIDATED INCOME STATEMENTS\n")
_PK_NAME = "                       PERKINELMER, INC. AND SUBSIDIARIES\n\n"


def _pk_8(heading: str, caption: str) -> tuple[str, ...]:
    """Item 8 of PerkinElmer's 10-K405 under `heading`, its statement's caption `caption`
    (the period line "FOR THREE YEARS ENDED DECEMBER 31, 2000" under it, as filed)."""
    edit = {_PK_8: f"{heading}                         {caption}\n"}
    return next(i for i in edited_items(PERKINELMER, edit) if i[0] == "8")


_CAPTIONS = ["CONSOLIDATED INCOME STATEMENTS", "CONSOLIDATED BALANCE SHEETS",
             "Consolidated Statements of Operations", "REPORT OF INDEPENDENT ACCOUNTANTS",
             "INDEPENDENT AUDITORS' REPORT", "SELECTED QUARTERLY DATA"]


@pytest.mark.parametrize("caption", _CAPTIONS)
def test_statement_caption_under_bare_heading_not_title(caption: str) -> None:
    # before: the caption, joined to its period line, was the title ("CONSOLIDATED INCOME
    # STATEMENTS FOR THREE YEARS ENDED DECEMBER 31, 2000")
    number, title, text = _pk_8("ITEM 8.\n\n", caption)
    assert (number, title, text.split("\n")[0]) == ("8", None, caption[:30])


@pytest.mark.parametrize("caption", _CAPTIONS)
def test_name_over_statement_caption_under_bare_heading_not_title(caption: str) -> None:
    # before: the company's name over the statements was the title ("PERKINELMER, INC. AND
    # SUBSIDIARIES")
    assert _pk_8(f"ITEM 8.\n\n{_PK_NAME}", caption) == (
        "8", None, "PERKINELMER, INC. AND SUBSIDIA")


def test_ten_q_statement_caption_under_bare_heading_not_title() -> None:
    # Indiana Bell's 10-Q with "Item 1 - Financial Statements" printed bare: before, the
    # caption "CONDENSED STATEMENTS OF INCOME AND REINVESTED EARNINGS" was the title
    heading = ("                        Item 1 - Financial Statements\n"
               "                        -----------------------------\n")
    items = edited_items(INDIANA_BELL, {heading: "                        Item 1\n"
                                                 "                        ------\n"})
    assert items[0] == ("1", None, "CONDENSED STATEMENTS OF INCOME")


def test_form_title_over_period_line_stays_title() -> None:
    # (neighbour: the form's title for the number under a bare heading is its title, as before)
    item = _pk_8("ITEM 8.\n\n", "FINANCIAL STATEMENTS AND SUPPLEMENTARY DATA")
    assert item == ("8", "FINANCIAL STATEMENTS AND SUPPLEMENTARY DATA",
                    "FOR THREE YEARS ENDED DECEMBER")


def test_titled_heading_over_statements_unchanged() -> None:
    # (neighbour: the heading as filed keeps its title, the name and caption its text)
    assert next(i for i in edited_items(PERKINELMER, {}) if i[0] == "8") == (
        "8", "FINANCIAL STATEMENTS AND SUPPLEMENTAL DATA", "PERKINELMER, INC. AND SUBSIDIA")


def test_statement_caption_checks_are_linear() -> None:
    # a ~200 KB line of caption-like words and of period words: the checks read a short line
    line = "FOR THE YEARS " * 15000
    started = time.process_time()
    assert item_headings._statement_caption("CONSOLIDATED " * 15000) is False
    assert item_headings._period_under(f"X\n{line}\n", 1) is False
    assert item_headings._PERIOD_LINE.match(line) is None  # (its reach is bounded)
    assert time.process_time() - started < 5
