"""Round 73, items: a title wrapped across a page break whose second line stands under the
next page's running head (the company's name, "FORM 8-K", "Table of Contents") joins past
the head; a Part's number printed in figures or words ("PART 2", "PART TWO") makes a Part
heading as "PART II" does, ending the item above; a press release's headline under a bare
heading ("ITEM 5." / "CTC COMMUNICATIONS ANNOUNCES ...") is the item's text, not its title.

Each test edits a real corpus filing into a shape other filers print and fails on the
round's start tree (the neighbours, marked so, pass there too).
"""

from __future__ import annotations

import time

import pytest
from test_itm72b_round72 import (
    _BELL_END,
    _BELL_ITEM_2_END,
    _PAGE_2,
    APPLE_1999,
    INDIANA_BELL,
    PERKINELMER,
)

from filing2json.parsers.sections.item_headings import scan
from support import FILINGS, SAMPLES, edited_items, edited_record

ASTA_2005 = FILINGS / "8k_2005_astafundinginc_4.txt"


# --- a wrapped title's second line under the next page's running head ------------------------

# Asta Funding's 8-K (2005): its Item 2.03 heading, wrapped, and the item's first words
_ASTA_203 = ("ITEM 2.03 CREATION OF A DIRECT FINANCIAL OBLIGATION OR AN OBLIGATION UNDER AN\n"
             "          OFF-BALANCE SHEET ARRANGEMENT OF A REGISTRANT.\n")
_ASTA_TEXT = "The information set forth abov"
_CREATION = ("Creation of a Direct Financial Obligation or an Obligation under an Off-Balance "
             "Sheet Arrangement of a Registrant")


def _item_203(heading: str) -> tuple[str, str | None, str]:
    return next(i for i in edited_items(ASTA_2005, {_ASTA_203: heading}) if i[0] == "2.03")


@pytest.mark.parametrize("head", [
    "ASTA FUNDING, INC.\n",
    "FORM 8-K\n",
    "Table of Contents\n",
    "ASTA FUNDING, INC.\nFORM 8-K\n",
], ids=["company", "form", "contents", "company-and-form"])
def test_title_wrapped_past_running_head(head: str) -> None:
    # before: the head's line was the title's second line ("... or an ASTA FUNDING, INC."),
    # the title's own second line opening the text
    heading = (f"Item 2.03 Creation of a Direct Financial Obligation or an{_PAGE_2}{head}\n"
               "Obligation under an Off-Balance Sheet Arrangement of a Registrant.\n")
    assert _item_203(heading) == ("2.03", _CREATION, _ASTA_TEXT)


def test_capitals_title_wrapped_past_running_head() -> None:
    # before: "CREATION OF A DIRECT FINANCIAL OBLIGATION OR AN", the rest in the text
    heading = (f"ITEM 2.03 CREATION OF A DIRECT FINANCIAL OBLIGATION OR AN{_PAGE_2}"
               "ASTA FUNDING, INC.\n\n"
               "OBLIGATION UNDER AN OFF-BALANCE SHEET ARRANGEMENT OF A REGISTRANT.\n")
    assert _item_203(heading) == ("2.03", _CREATION.upper(), _ASTA_TEXT)


def test_title_wrapped_over_page_break_unchanged() -> None:
    # (neighbour: with no head between, the two lines joined before too)
    heading = (f"Item 2.03 Creation of a Direct Financial Obligation or an{_PAGE_2}"
               "Obligation under an Off-Balance Sheet Arrangement of a Registrant.\n")
    assert _item_203(heading) == ("2.03", _CREATION, _ASTA_TEXT)


def test_caption_past_running_head_under_short_title_not_joined() -> None:
    # (neighbour: a line past the head that does not carry the form's title on is no part
    # of the title)
    heading = (f"Item 2.03 Creation of a Direct Financial Obligation{_PAGE_2}"
               "ASTA FUNDING, INC.\n\nLease Obligation\n")
    assert _item_203(heading)[1] == "Creation of a Direct Financial Obligation"


# Apple's 8-K (1999): its Item 7 heading; the old form's longer caption, wrapped in capitals
_APPLE_7 = ("Item 7.    Financial Statements, Pro Forma Financial Information and\n"
            "           Exhibits.\n")
_APPLE_TEXT = "(c)       Exhibits\n\n          "


@pytest.mark.parametrize(("first", "second"), [
    ("FINANCIAL STATEMENTS, PRO FORMA FINANCIAL", "INFORMATION AND EXHIBITS."),
    ("FINANCIAL STATEMENTS, PRO FORMA FINANCIAL INFORMATION AND", "EXHIBITS."),
], ids=["after-financial", "after-and"])
def test_old_item_7_caption_wrapped_past_running_head(first: str, second: str) -> None:
    # before: "... FINANCIAL" alone, or "... AND APPLE COMPUTER, INC.", the rest in the text
    heading = f"ITEM 7.  {first}{_PAGE_2}APPLE COMPUTER, INC.\n\n{second}\n"
    items = edited_items(APPLE_1999, {_APPLE_7: heading})
    assert next(i for i in items if i[0] == "7") == (
        "7", "FINANCIAL STATEMENTS, PRO FORMA FINANCIAL INFORMATION AND EXHIBITS", _APPLE_TEXT)


# PerkinElmer's 10-K405 (2001): Item 12's heading
_PK_12 = "ITEM 12.  SECURITY OWNERSHIP OF CERTAIN BENEFICIAL OWNERS AND MANAGEMENT\n"


def test_ten_k_title_wrapped_past_running_head() -> None:
    # before: "SECURITY OWNERSHIP OF CERTAIN BENEFICIAL OWNERS AND PERKINELMER, INC."
    heading = ("ITEM 12.  SECURITY OWNERSHIP OF CERTAIN BENEFICIAL OWNERS AND"
               f"{_PAGE_2}PERKINELMER, INC.\n\nMANAGEMENT\n")
    items = edited_items(PERKINELMER, {_PK_12: heading})
    assert next(i for i in items if i[0] == "12") == (
        "12", "SECURITY OWNERSHIP OF CERTAIN BENEFICIAL OWNERS AND MANAGEMENT",
        "The information required by th")


# --- a Part's number in figures or words ------------------------------------------------------

_PK_PART_II = "                                    PART II\n\nITEM 5."
_PK_ITEM_4_END = "Carrier Division and Corporate Director of Strategic Planning."


def _pk_item_4_end(part: str) -> str:
    record = edited_record(PERKINELMER, {_PK_PART_II: f"                                    "
                                                      f"{part}\n\nITEM 5."})
    return next(i for i in record["items"] if i["number"] == "4")["text"][-len(_PK_ITEM_4_END):]


@pytest.mark.parametrize("part", ["PART 2", "PART TWO", "Part Two"])
def test_part_number_in_figures_or_words_ends_item(part: str) -> None:
    # before: the Part's line was the last line of Item 4's text
    assert _pk_item_4_end(part) == _PK_ITEM_4_END


def test_roman_part_line_unchanged() -> None:
    # (neighbour: "PART II" ended the item before too)
    assert _pk_item_4_end("PART II") == _PK_ITEM_4_END


def test_part_in_figures_in_a_sentence_stays_text() -> None:
    # (neighbour: a sentence opening "Part 2 of this report" is no Part heading)
    sentence = "Part 2 of this report describes the Company's markets."
    record = edited_record(PERKINELMER, {
        f"{_PK_ITEM_4_END}\n": f"{_PK_ITEM_4_END}\n\n{sentence}\n"})
    assert next(i for i in record["items"] if i["number"] == "4")["text"][-len(sentence):] \
        == sentence


def _bell_items(part: str) -> list[tuple[str, str | None, str]]:
    tail = ("ated depreciation.\n\n\n                             " + part + "\n\n"
            "Item 1. Legal Proceedings\n\nNone.\n\n"
            "Item 6. Exhibits and Reports on Form 8-K\n\n(a) Exhibit 27\n\n"
            "                               SIGNATURES\n")
    items = edited_record(INDIANA_BELL, {_BELL_END: _BELL_END + tail})["items"]
    return [(i["number"], i["title"], i["text"][-len(_BELL_ITEM_2_END):]) for i in items[1:]]


# Indiana Bell's items once the Part line ends Item 2
_BELL_PARTED = [
    ("2", "Management's Discussion and Analysis of Results of Operations", _BELL_ITEM_2_END),
    ("1", "Legal Proceedings", "None."),
    ("6", "Exhibits and Reports on Form 8-K", "(a) Exhibit 27")]


@pytest.mark.parametrize("part", [
    "PART 2",
    "PART 2 - OTHER INFORMATION",
    "Part Two - Other Information",
    "PART 2\n\n                             OTHER INFORMATION",
], ids=["figure", "figure-caption", "word-caption", "figure-over-caption"])
def test_ten_q_part_in_figures_or_words_ends_item_2(part: str) -> None:
    # before: the Part's line(s) closed Item 2's text
    assert _bell_items(part) == _BELL_PARTED


# --- a press release's headline under a bare heading ------------------------------------------

# CTC's 8-K (sample 000): Item 5's heading and first sentence, and the release's headline
CTC = SAMPLES / "000_af6957f9859c0735.txt"
_CTC_5 = ("Item 5.  Other Events\n\n"
          "On August 2, 2000, the Registrant issued the following press release:\n\n")
_CTC_HEADLINE = ("CTC COMMUNICATIONS ANNOUNCES VOICE SERVICES SOFTSWITCH IN OPERATION AND\n"
                 "IMPLEMENTATION OF LOCAL VOICE SERVICES ON ITS PACKET-BASED NETWORK ON\n"
                 "SCHEDULE FOR 1Q01\n")


def _ctc_item_5(edit: dict[str, str]) -> tuple[str | None, str]:
    item = edited_record(CTC, edit)["items"][0]
    return item["title"], item["text"][:40]


@pytest.mark.parametrize("heading", ["ITEM 5.\n", "Item 5.\n\n"], ids=["under", "blank-between"])
def test_headline_under_bare_heading_is_text(heading: str) -> None:
    # before: the headline's three lines were the title, the text opening at its date
    assert _ctc_item_5({_CTC_5: heading}) == (None, "CTC COMMUNICATIONS ANNOUNCES VOICE SERVI")


def test_title_case_headline_under_bare_heading_is_text() -> None:
    # before: "CTC Communications Announces Voice Services Softswitch in Operation"
    headline = "CTC Communications Announces Voice Services Softswitch in Operation\n"
    assert _ctc_item_5({_CTC_5: "Item 5.\n\n", _CTC_HEADLINE: headline}) == (
        None, "CTC Communications Announces Voice Servi")


def test_headline_press_release_reads_it() -> None:
    # the release found in the item's text takes the headline (before: its subheadline)
    record = edited_record(CTC, {_CTC_5: "ITEM 5.\n"})
    assert record["press_releases"][0]["headline"] == (
        "CTC COMMUNICATIONS ANNOUNCES VOICE SERVICES SOFTSWITCH IN OPERATION AND "
        "IMPLEMENTATION OF LOCAL VOICE SERVICES ON ITS PACKET-BASED NETWORK ON SCHEDULE FOR 1Q01")


def test_own_title_naming_firm_unchanged() -> None:
    # (neighbour: the firm's name and no verb of news: the filer's own title, as before)
    assert _ctc_item_5({_CTC_5: "ITEM 5.\n\n",
                        _CTC_HEADLINE: "CTC COMMUNICATIONS SOFTSWITCH IN OPERATION\n"}) == (
        "CTC COMMUNICATIONS SOFTSWITCH IN OPERATION", "08/02/2000\n\n-- Softswitch Providing VoIP")


def test_part_words_scan_is_linear() -> None:
    # ~200 KB of lines that open as Part headings and fail late
    text = "PART TWO OF THE PLAN, PART 2 OF THE PLAN,\n" * 5000
    started = time.process_time()
    scan(text, "10-K")
    assert time.process_time() - started < 5
