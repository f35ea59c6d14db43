"""Round 71b, items: the form type picks a 10-Q item's wording (10-Q or 10-QSB); a lettered
part's caption under a bare heading ("Item 6." / "(a) Exhibits") is the text's, no title; a
10-Q's untitled Item 6 takes its edition by the report's period; quotes or asterisks wrapping
a whole title are dropped; a section line of another number over a bare item number
("Section 8 - Other Events" / "Item 2.02") leaves the number heading its item.

Each test edits a real corpus filing into a shape other filers print and fails on the
round's start tree (the neighbours, marked so, pass there too).
"""

from __future__ import annotations

import pytest

from support import FILINGS, edited_items, edited_record

APPLE = FILINGS / "10qa_1997_applecomputerinc_1.txt"
HORIZON = FILINGS / "8k_2006_horizonfinancialcorp_1.txt"
INDIANA_BELL = FILINGS / "10q_1999_indianabelltelephoneco_1.txt"
# its Item 2 heading, wrapped over two lines
_BELL_MDA = ("            Item 2 - Management's Discussion and Analysis\n"
             "                      of Results of Operations\n")
_BELL_SHORT = "            Item 2 - Management's Discussion and Analysis\n"
TEN_Q_MDA = ("Management's Discussion and Analysis of Financial Condition and Results of "
             "Operations")
TEN_QSB_MDA = "Management's Discussion and Analysis or Plan of Operation"


def _item(record: dict, number: str) -> dict:
    return next(i for i in record["items"] if i["number"] == number)


def test_ten_q_short_mda_takes_the_ten_q_title() -> None:
    # "Item 2 - Management's Discussion and Analysis" alone: its words are closer to the
    # 10-QSB's shorter title, but the record is a 10-Q
    item = _item(edited_record(INDIANA_BELL, {_BELL_MDA: _BELL_SHORT}), "2")
    assert (item["title"], item["standard_title"]) == (
        "Management's Discussion and Analysis", TEN_Q_MDA)


def test_ten_qsb_mda_takes_the_ten_qsb_title() -> None:
    # the same filing typed 10-QSB, printing the 10-Q's longer wording: the 10-QSB's title
    edit = {"<TYPE>10-Q\n": "<TYPE>10-QSB\n", "<FORM-TYPE>10-Q\n": "<FORM-TYPE>10-QSB\n",
            _BELL_MDA: ("            Item 2 - Management's Discussion and Analysis of Financial\n"
                        "                      Condition and Results of Operations\n")}
    record = edited_record(INDIANA_BELL, edit)
    assert record["form_type"] == "10-QSB"
    item = _item(record, "2")
    assert (item["title"], item["standard_title"]) == (
        "Management's Discussion and Analysis of Financial Condition and Results of Operations",
        TEN_QSB_MDA)


def test_ten_q_printed_plan_of_operation_keeps_the_ten_q_title() -> None:
    # a 10-Q printing the 10-QSB's wording: the title stays as printed, the standard one the
    # 10-Q's
    edit = {_BELL_MDA: ("            Item 2 - Management's Discussion and Analysis or Plan of\n"
                        "                      Operation\n")}
    item = _item(edited_record(INDIANA_BELL, edit), "2")
    assert (item["title"], item["standard_title"]) == (
        "Management's Discussion and Analysis or Plan of Operation", TEN_Q_MDA)


def test_ten_q_full_mda_unchanged() -> None:
    # neighbour: the filing as printed keeps the 10-Q title (it did before too)
    item = _item(edited_record(INDIANA_BELL, {}), "2")
    assert (item["title"], item["standard_title"]) == (
        "Management's Discussion and Analysis of Results of Operations", TEN_Q_MDA)


# --- a lettered part's caption under a bare heading ------------------------------------------

# Apple's 10-Q/A (1997) ends its Item 4 on this line; the edits add an Item 6 after it
_APPLE_END = "Annual Meeting of  Shareholders held on February 5, 1997.\n"
_APPLE_6 = ("(a) Exhibits\n\n          None.\n\n(b) Reports on Form 8-K\n\n"
            "          None.")
_OLD_6 = "Exhibits and Reports on Form 8-K"


@pytest.mark.parametrize("heading", ["Item 6.\n\n", "ITEM 6\n", "Item 6 -\n\n"],
                         ids=["blank", "no-blank", "dash"])
def test_lettered_caption_under_bare_number_is_text(heading: str) -> None:
    # before: titled "Exhibits", the text from "None." (its caption lost)
    record = edited_record(APPLE, {_APPLE_END: f"{_APPLE_END}\n{heading}{_APPLE_6}\n"})
    item = _item(record, "6")
    assert (item["title"], item["standard_title"], item["text"]) == (None, _OLD_6, _APPLE_6)


@pytest.mark.parametrize("mark", ["(1)", "(A)"], ids=["numbered", "capital"])
def test_numbered_caption_under_bare_number_is_text(mark: str) -> None:
    # before: titled "(1) Exhibits" / "(A) Exhibits", the text from "None."
    part = f"{mark} Exhibits\n\n          None."
    item = _item(edited_record(APPLE, {_APPLE_END: f"{_APPLE_END}\nItem 6.\n\n{part}\n"}), "6")
    assert (item["title"], item["text"]) == (None, part)


def test_lettered_caption_with_its_dash_kept() -> None:
    lettered = "     (a)  Exhibits - None\n\n     (b)  Reports on Form 8-K - None"
    item = _item(edited_record(APPLE, {_APPLE_END: f"{_APPLE_END}\nITEM 6.\n\n{lettered}\n"}),
                 "6")
    assert (item["title"], item["text"]) == (
        None, "(a)  Exhibits - None\n\n     (b)  Reports on Form 8-K - None")


def test_title_over_lettered_caption_unchanged() -> None:
    # (neighbour: the item's own title under the bare number, then the lettered parts)
    new = f"{_APPLE_END}\nItem 6.\n\n{_OLD_6}\n\n{_APPLE_6}\n"
    item = _item(edited_record(APPLE, {_APPLE_END: new}), "6")
    assert (item["title"], item["text"]) == (_OLD_6, _APPLE_6)


def test_untitled_ten_q_item_6_takes_its_edition_by_period() -> None:
    # before: "Exhibits" on a 1997 10-Q, whose Item 6 still had "(b) Reports on Form 8-K"
    new = f"{_APPLE_END}\nItem 6.\n\nNone.\n"
    item = _item(edited_record(APPLE, {_APPLE_END: new}), "6")
    assert (item["title"], item["standard_title"], item["text"]) == (None, _OLD_6, "None.")


def test_untitled_ten_q_item_6_after_2004_unchanged() -> None:
    # (neighbour: the same on a quarter of 2005, after Release 33-8400: "Exhibits")
    edit = {_APPLE_END: f"{_APPLE_END}\nItem 6.\n\nNone.\n",
            "For the quarterly period ended March 28, 1997":
            "For the quarterly period ended March 26, 2005"}
    item = _item(edited_record(APPLE, edit), "6")
    assert (item["title"], item["standard_title"]) == (None, "Exhibits")


# --- quotes or asterisks around a whole title ---------------------------------------------

_H2 = ("Item 2.02  Results of Operations and Financial Condition\n"
       "- --------------------------------------------------------\n")
_RESULTS = "Results of Operations and Financial Condition"
_HORIZON_2 = "On January 19, 2006, Horizon Financial Corp. issued its earnings release"
_HORIZON_9 = "(c)    Exhibits\n\n     99.1   Press Release of Horizon Financial Corp."
_EXHIBITS = "Financial Statements and Exhibits"


@pytest.mark.parametrize("heading", [
    f'Item 2.02\n\n"{_RESULTS}"\n',
    f"Item 2.02\n\n\x93{_RESULTS}\x94\n",  # (typographic quotes, cp1252)
    f"Item 2.02\n\n*{_RESULTS}*\n",
    f"Item 2.02\n\n**{_RESULTS}**\n",
    f'Item 2.02  "{_RESULTS}"\n',
    f"ITEM 2.02  **{_RESULTS}**\n",
    f'Item 2.02  "{_RESULTS}."\n',
], ids=["quotes-below", "curly-below", "star-below", "stars-below", "quotes-inline",
        "stars-inline", "stop-inside"])
def test_marks_around_whole_title_dropped(heading: str) -> None:
    # before: the title kept its marks ("\"Results of ...\"", "**Results of ...**")
    items = edited_items(HORIZON, {_H2: heading})
    assert [(n, t) for n, t, _ in items] == [("2.02", _RESULTS), ("9.01", _EXHIBITS)]
    assert items[0][2] == _HORIZON_2[:30]


def test_marks_inside_title_kept() -> None:
    # (neighbour: quotes around some words of the title stay as printed)
    items = edited_items(HORIZON, {_H2: 'Item 2.02\n\n"Results of Operations" and '
                                        "Financial Condition\n"})
    assert items[0][:2] == ("2.02", '"Results of Operations" and Financial Condition')


# --- a section line of another number over a bare number ----------------------------------

def test_other_section_line_over_bare_number_keeps_the_item() -> None:
    # before: "Item 2.02" read as a sentence going on from "... Other Events": no Item 2.02
    record = edited_record(HORIZON, {_H2: "Section 8 - Other Events\nItem 2.02\n"})
    got = [(i["number"], i["title"], i["standard_title"]) for i in record["items"]]
    assert got == [("2.02", None, _RESULTS), ("9.01", _EXHIBITS, _EXHIBITS)]
    assert record["items"][0]["text"].startswith(_HORIZON_2)
    assert record["items"][1]["text"].startswith(_HORIZON_9)


def test_other_section_line_over_titled_number_unchanged() -> None:
    # (neighbour: the item's title on its own line, under the section line)
    items = edited_items(HORIZON, {_H2: f"Section 8 - Other Events\nItem 2.02  {_RESULTS}\n"})
    assert [(n, t) for n, t, _ in items] == [("2.02", _RESULTS), ("9.01", _EXHIBITS)]
