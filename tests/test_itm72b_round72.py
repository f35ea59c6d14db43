"""Round 72b, items: a one-word title past a page's head is the title when it is one of the
parts the form's title lists ("EXHIBITS" for an old 8-K's Item 7); a form's name alone
("Form 8-K") is a page's head, not the title, though the form's title names a form (an old
10-K's Item 14, "... Reports on Form 8-K"); a title in the filer's words wrapped across a page
break joins when it ends as the form's title ends; a 10-Q Part's caption
printed alone ("OTHER INFORMATION", no "PART II") ends the item above; a heading's final
period set in an HTML block of its own opens no item's text.

Each test edits a real corpus filing into a shape other filers print and fails on the
round's start tree (the neighbours, marked so, pass there too).
"""

from __future__ import annotations

import time

import pytest

from filing2json.parsers.sections.item_headings import scan
from support import FILINGS, edited_items, edited_record

APPLE_1999 = FILINGS / "8k_1999_applecomputerinc_1.txt"
PERKINELMER = FILINGS / "10k405_2001_perkinelmerinc_1.txt"
INDIANA_BELL = FILINGS / "10q_1999_indianabelltelephoneco_1.txt"
APPLE_2024 = FILINGS / "8k_2024_appleinc_1.txt"

_PAGE_2 = "\n\n\n                                   2\n<PAGE>\n"

# Apple's 8-K (1999): its Item 7 heading and the first words of the item's text
_A7 = ("Item 7.    Financial Statements, Pro Forma Financial Information and\n"
       "           Exhibits.\n")
_A7_TEXT = "(c)       Exhibits\n\n          "


def _item_7(heading: str) -> tuple[str, str | None, str]:
    return next(i for i in edited_items(APPLE_1999, {_A7: heading}) if i[0] == "7")


# --- a one-word title past a page's head ------------------------------------------------------

def test_key_word_title_past_running_head() -> None:
    # before: the company's name was the title, "EXHIBITS" opening the text
    heading = f"ITEM 7.{_PAGE_2}APPLE COMPUTER, INC.\n\nEXHIBITS\n"
    assert _item_7(heading) == ("7", "EXHIBITS", _A7_TEXT)


def test_other_word_past_running_head_unchanged() -> None:
    # (neighbour: a word that is no part of the form's title is no title there; since round
    # 73b the page's head, the cover's name, is no title either: it was "APPLE COMPUTER, INC.")
    heading = f"ITEM 7.{_PAGE_2}APPLE COMPUTER, INC.\n\nSALES\n"
    assert _item_7(heading) == ("7", None, "SALES\n\n           (c)       Ex")


def test_key_word_title_under_bare_number_unchanged() -> None:
    # (neighbour: with no page head the one word was the title before too)
    assert _item_7("ITEM 7.\n\nEXHIBITS\n") == ("7", "EXHIBITS", _A7_TEXT)


# --- a form's name as a page's head over an old 10-K's Item 14 -----------------------------

_P14 = "ITEM 14.  EXHIBITS, FINANCIAL STATEMENT SCHEDULES, AND REPORTS ON FORM 8-K\n"
_P14_TITLE = "EXHIBITS, FINANCIAL STATEMENT SCHEDULES, AND REPORTS ON FORM 8-K"
_P14_TEXT = "(a) DOCUMENTS FILED AS PART OF"


def _item_14(heading: str) -> tuple[str, str | None, str]:
    return next(i for i in edited_items(PERKINELMER, {_P14: heading}) if i[0] == "14")


@pytest.mark.parametrize(("head", "title"), [
    ("Form 8-K", _P14_TITLE),
    ("FORM 10-K", _P14_TITLE),
], ids=["form-8-k", "form-10-k"])
def test_form_name_head_over_item_14_is_no_title(head: str, title: str) -> None:
    # before: "Form 8-K" ("FORM 10-K") was the title, the form's title opening the text
    heading = f"ITEM 14.{_PAGE_2}{head}\n\n{_P14_TITLE}\n"
    assert _item_14(heading) == ("14", title, _P14_TEXT)


def test_form_name_head_over_key_word_title() -> None:
    # both rules: the form's name skipped, "EXHIBITS" (Item 14's first part) the title
    assert _item_14(f"ITEM 14.{_PAGE_2}Form 8-K\n\nEXHIBITS\n") == ("14", "EXHIBITS", _P14_TEXT)


def test_item_14_title_on_its_line_unchanged() -> None:
    # (neighbour: the heading as PerkinElmer prints it)
    assert _item_14(_P14) == ("14", _P14_TITLE, _P14_TEXT)


# --- a title in the filer's words wrapped across a page break -------------------------------

def test_own_title_wrapped_across_page_break_joined() -> None:
    # before: "FINANCIAL STATEMENTS, FINANCIAL", the rest of the title opening the text
    heading = f"Item 7.  FINANCIAL STATEMENTS, FINANCIAL{_PAGE_2}\nINFORMATION AND EXHIBITS\n"
    assert _item_7(heading) == (
        "7", "FINANCIAL STATEMENTS, FINANCIAL INFORMATION AND EXHIBITS", _A7_TEXT)


def test_title_hanging_on_comma_across_blank_line_unchanged() -> None:
    # (neighbour: a title hung on a comma was joined across a blank line before too)
    heading = "Item 7.  FINANCIAL STATEMENTS, PRO FORMA FINANCIAL INFORMATION,\n\nAND EXHIBITS\n"
    assert _item_7(heading) == (
        "7", "FINANCIAL STATEMENTS, PRO FORMA FINANCIAL INFORMATION, AND EXHIBITS", _A7_TEXT)


def test_sub_heading_past_page_break_ending_otherwise_not_joined() -> None:
    # (neighbour: a caption of the text's own after the break, in the title's words but not
    # ending as the form's title ends)
    heading = f"Item 7.  FINANCIAL STATEMENTS, FINANCIAL{_PAGE_2}\nPRO FORMA STATEMENTS\n"
    assert _item_7(heading) == (
        "7", "FINANCIAL STATEMENTS, FINANCIAL", "PRO FORMA STATEMENTS\n\n        ")


def test_whole_title_then_capitals_line_past_page_break_not_joined() -> None:
    # (neighbour: the form's whole title, then the text's own caption)
    heading = f"ITEM 7.  FINANCIAL STATEMENTS AND EXHIBITS{_PAGE_2}\nEXHIBITS\n"
    assert _item_7(heading) == (
        "7", "FINANCIAL STATEMENTS AND EXHIBITS", "EXHIBITS\n\n           (c)      ")


# --- a 10-Q Part's caption alone -------------------------------------------------------------

# Indiana Bell's 10-Q (1999) is cut short inside Item 2: the edits end the word and add Part II
_BELL_END = "against the accumul"
_BELL_ITEM_2_END = "against the accumulated depreciation."


def _bell_tail(caption: str) -> str:
    return ("ated depreciation.\n\n\n                             " + caption + "\n\n"
            "Item 1. Legal Proceedings\n\nNone.\n\n"
            "Item 6. Exhibits and Reports on Form 8-K\n\n(a) Exhibit 27\n\n"
            "                               SIGNATURES\n")


def _bell_items(caption: str) -> list[tuple[str, str | None, str]]:
    items = edited_record(INDIANA_BELL, {_BELL_END: _BELL_END + _bell_tail(caption)})["items"]
    return [(i["number"], i["title"], i["text"][-len(_BELL_ITEM_2_END):]) for i in items[1:]]


_PART_II = [("1", "Legal Proceedings", "None."),
            ("6", "Exhibits and Reports on Form 8-K", "(a) Exhibit 27")]


@pytest.mark.parametrize("caption", ["OTHER INFORMATION", "Other Information"],
                         ids=["capitals", "title-case"])
def test_part_caption_alone_ends_item_above(caption: str) -> None:
    # before: "OTHER INFORMATION" was the last line of Item 2's text
    assert _bell_items(caption) == [
        ("2", "Management's Discussion and Analysis of Results of Operations",
         _BELL_ITEM_2_END), *_PART_II]


def test_part_line_over_caption_unchanged() -> None:
    # (neighbour: "PART II" over the caption ended the item before too)
    caption = "PART II\n\n                             OTHER INFORMATION"
    assert _bell_items(caption) == [
        ("2", "Management's Discussion and Analysis of Results of Operations",
         _BELL_ITEM_2_END), *_PART_II]


def test_other_caption_alone_stays_in_text() -> None:
    # (neighbour: a caption that names no Part stays the item's last line)
    assert _bell_items("OTHER MATTERS") == [
        ("2", "Management's Discussion and Analysis of Results of Operations",
         "OTHER MATTERS".rjust(len(_BELL_ITEM_2_END))), *_PART_II]


# --- a heading's final period in an HTML block of its own -----------------------------------

_SPAN = ('<span style="color:#000000;font-family:\'Helvetica\',sans-serif;font-size:9pt;'
         'font-weight:700;line-height:120%">')
_APPLE_H2 = (f'<div style="margin-top:12pt">{_SPAN}Item 2.02&#160;&#160;&#160;&#160;Results of '
             'Operations and Financial Condition.</span></div>')
_RESULTS = "Results of Operations and Financial Condition"
_APPLE_TEXT = "On February 1, 2024, Apple Inc. (\u201cApple\u201d) issued a press release"


def _apple_first(heading: str) -> tuple[str, str | None, str]:
    item = edited_record(APPLE_2024, {_APPLE_H2: heading})["items"][0]
    return item["number"], item["title"], item["text"][: len(_APPLE_TEXT)]


@pytest.mark.parametrize("heading", [
    f"<div>{_SPAN}Item 2.02&#160;&#160;{_RESULTS}</span></div><div>.</div>",
    f"<p>{_SPAN}Item 2.02&#160;&#160;{_RESULTS}</span></p><p>{_SPAN}.</span></p>",
], ids=["div", "paragraph"])
def test_final_period_in_block_of_its_own_opens_no_text(heading: str) -> None:
    # before: the text opened on a lone ".", a blank line, then the release's sentence
    assert _apple_first(heading) == ("2.02", _RESULTS, _APPLE_TEXT)


@pytest.mark.parametrize("heading", [
    f"<div>{_SPAN}Item 2.02&#160;&#160;{_RESULTS}</span><span>.</span></div>",
    f"<table><tr><td>{_SPAN}Item 2.02</span></td><td>{_SPAN}{_RESULTS}</span>"
    "<span>.</span></td></tr></table>",
], ids=["span", "cells"])
def test_final_period_in_span_of_its_own_unchanged(heading: str) -> None:
    # (neighbour: a period in a span of its own on the heading's line was read before)
    assert _apple_first(heading) == ("2.02", _RESULTS, _APPLE_TEXT)


# --- time ---------------------------------------------------------------------------------------

def test_many_part_captions_read_in_linear_time() -> None:
    # ~200 KB of item headings, each under a Part's caption alone
    text = "FORM 10-Q\n\n" + "OTHER INFORMATION\n\nItem 1. Legal Proceedings\n\nNone.\n\n" * 3500
    started = time.process_time()
    found = scan(text, "10-Q")
    assert time.process_time() - started < 5
    assert sum(h.kind == "part" for h in found) == 3500
