"""Round 72, items: single quotes around a whole title are dropped as double ones are; a page's
running head (the company's name, "Form 8-K", "Table of Contents") between a bare heading and
its title, where a page breaks, is no title; a title wrapped across a page break (its page
number and <PAGE> mark dropped, blank lines left) is joined when it carries on the form's
title; a 10-Q's Part I Item 3 keeps the 10-Q's standard title ("Controls and Procedures" is
the 10-QSB's Item 3 and the 10-Q's Item 4).

Each test edits a real corpus filing into a shape other filers print and fails on the
round's start tree (the neighbours, marked so, pass there too).
"""

from __future__ import annotations

import time

import pytest
from test_itm71b_round71 import HORIZON, INDIANA_BELL

from filing2json.parsers.sections.items import find_items
from support import FILINGS, edited_items, edited_record

APPLE_2024 = FILINGS / "8k_2024_appleinc_1.txt"

# Horizon Financial's Item 2.02 heading (2006) and the first words of its text
_H2 = ("Item 2.02  Results of Operations and Financial Condition\n"
       "- --------------------------------------------------------\n")
_RESULTS = "Results of Operations and Financial Condition"
_HORIZON_2 = "On January 19, 2006, Horizon F"


def _first(edit: dict[str, str]) -> tuple[str, str | None, str]:
    return edited_items(HORIZON, edit)[0]


# --- single quotes around a whole title ---------------------------------------------------

@pytest.mark.parametrize("heading", [
    f"Item 2.02  '{_RESULTS}'\n",
    f"Item 2.02\n\n'{_RESULTS}'\n",
    f"Item 2.02 - '{_RESULTS}'\n",
    f"Item 2.02  '{_RESULTS}.'\n",
    f"Item 2.02  \x91{_RESULTS}\x92\n",  # (typographic single quotes, cp1252)
    f"Item 2.02\n\n\x91{_RESULTS}.\x92\n",
], ids=["inline", "below", "dash", "stop-inside", "curly", "curly-below"])
def test_single_quotes_around_whole_title_dropped(heading: str) -> None:
    # before: the title kept its quotes ("'Results of Operations and Financial Condition'")
    assert _first({_H2: heading}) == ("2.02", _RESULTS, _HORIZON_2)


@pytest.mark.parametrize(("heading", "title"), [
    ("Item 4.01  'Changes in Registrant's Certifying Accountant'\n",
     "Changes in Registrant's Certifying Accountant"),
    ("Item 4.01  \x91Changes in Registrant\x92s Certifying Accountant\x92\n",
     "Changes in Registrant\u2019s Certifying Accountant"),
], ids=["straight", "curly"])
def test_single_quotes_dropped_around_an_apostrophe(heading: str, title: str) -> None:
    # the apostrophe inside a word is no quote: the marks around the title still go
    item = edited_record(HORIZON, {_H2: heading})["items"][0]
    assert (item["number"], item["title"], item["standard_title"]) == (
        "4.01", title, "Changes in Registrant's Certifying Accountant")


@pytest.mark.parametrize("title", [
    "'Results' of Operations and Financial Condition",
    "Results of Operations and 'Financial Condition'",
    "'Results' of Operations and 'Financial Condition'",
], ids=["first-word", "last-words", "two-quotes"])
def test_single_quotes_inside_title_kept(title: str) -> None:
    # (neighbour: quotes around some of the words stay, as printed)
    assert _first({_H2: f"Item 2.02  {title}\n"}) == ("2.02", title, _HORIZON_2)


# --- a page's running head between a bare heading and its title -----------------------------

_PAGE_2 = "\n\n\n                                   2\n<PAGE>\n"


@pytest.mark.parametrize("head", [
    "HORIZON FINANCIAL CORP.\n\n",
    "Horizon Financial Corp.\nForm 8-K\n\n",
    "Table of Contents\n\n",
], ids=["name", "name-and-form", "contents-link"])
def test_running_head_between_bare_number_and_title_is_no_title(head: str) -> None:
    # before: the head was the title ("HORIZON FINANCIAL CORP.") and the form's title
    # opened the text
    edit = {_H2: f"Item 2.02{_PAGE_2}{head}{_RESULTS}\n"}
    assert _first(edit) == ("2.02", _RESULTS, _HORIZON_2)


def test_page_break_alone_between_bare_number_and_title_unchanged() -> None:
    # (neighbour: with no head on the new page the title was found before too)
    assert _first({_H2: f"Item 2.02{_PAGE_2}\n{_RESULTS}\n"}) == ("2.02", _RESULTS, _HORIZON_2)


@pytest.mark.parametrize(("below", "title", "text"), [
    # the filer's own title over a text whose first sentence opens on the form's words
    ("Earnings Release\n\nResults of Operations and Financial Condition for the quarter were "
     "strong.\n", "Earnings Release", "Results of Operations and Fina"),
    # the filer's own title over its text
    ("Earnings Release\n\n", "Earnings Release", _HORIZON_2),
], ids=["sentence-below", "own-title"])
def test_own_title_under_bare_number_unchanged(below: str, title: str, text: str) -> None:
    # (neighbour: a title of the filer's own under a bare number stays the title)
    assert _first({_H2: f"Item 2.02\n\n{below}"}) == ("2.02", title, text)


# Apple's 8-K (2024): its Item 2.02 heading, one <div>; the edits split it at a page break
_SPAN = ('<span style="color:#000000;font-family:\'Helvetica\',sans-serif;font-size:9pt;'
         'font-weight:700;line-height:120%">')
_APPLE_H2 = (f'<div style="margin-top:12pt">{_SPAN}Item 2.02&#160;&#160;&#160;&#160;Results of '
             'Operations and Financial Condition.</span></div>')
_APPLE_BREAK = ('<div style="height:42pt;position:relative;width:100%"><div style="bottom:0;'
                'position:absolute;width:100%"><div style="text-align:center"><span>2</span>'
                '</div></div></div><hr style="page-break-after:always"/><div style="min-height:'
                '42.75pt;width:100%"><div><span>{head}<br/></span></div></div>')
_APPLE_TEXT = "On February 1, 2024, Apple Inc. (\u201cApple\u201d) issued a press release"


@pytest.mark.parametrize("head", ["Apple Inc.", '<a href="#toc">Table of Contents</a>'],
                         ids=["name", "contents-link"])
def test_html_running_head_between_bare_number_and_title_is_no_title(head: str) -> None:
    # before: "Apple Inc." titled the item, the form's title opening its text; or the title
    # was "Table of Contents Results of Operations and Financial Condition"
    split = (f"<div>{_SPAN}Item 2.02</span></div>" + _APPLE_BREAK.format(head=head)
             + f"<div>{_SPAN}Results of Operations and Financial Condition.</span></div>")
    item = edited_record(APPLE_2024, {_APPLE_H2: split})["items"][0]
    assert (item["number"], item["title"], item["text"][: len(_APPLE_TEXT)]) == (
        "2.02", _RESULTS, _APPLE_TEXT)


@pytest.mark.parametrize("split", [
    f"<table><tr><td>{_SPAN}Item 2.02</span></td><td>{_SPAN}{_RESULTS}.</span></td></tr></table>",
    f"<table><tr><td>{_SPAN}Item 2.02</span></td><td>&#160;</td><td>{_SPAN}{_RESULTS}.</span>"
    "</td></tr></table>",
    f"<p>{_SPAN}Item 2.02</span></p><hr style=\"page-break-after:always\"/><p>{_SPAN}"
    f"{_RESULTS}.</span></p>",
], ids=["two-cells", "three-cells", "two-paragraphs"])
def test_html_heading_split_over_cells_unchanged(split: str) -> None:
    # (neighbour: the number and the title in two cells or two paragraphs were read before)
    item = edited_record(APPLE_2024, {_APPLE_H2: split})["items"][0]
    assert (item["number"], item["title"], item["text"][: len(_APPLE_TEXT)]) == (
        "2.02", _RESULTS, _APPLE_TEXT)


# --- a title wrapped across a page break ------------------------------------------------------

@pytest.mark.parametrize("heading", [
    f"Item 2.02  Results of Operations and{_PAGE_2}\nFinancial Condition\n",
    f"Item 2.02  Results of Operations{_PAGE_2}\nand Financial Condition\n",
    f"ITEM 2.02  RESULTS OF OPERATIONS AND{_PAGE_2}\nFINANCIAL CONDITION\n",
], ids=["hanging-and", "lower-case", "capitals"])
def test_title_wrapped_across_page_break_joined(heading: str) -> None:
    # before: "Results of Operations", the rest of the title opening the text
    item = _first({_H2: heading})
    assert (item[0], item[1].title(), item[2]) == ("2.02", _RESULTS.title(), _HORIZON_2)


def test_sub_heading_past_page_break_not_joined() -> None:
    # (neighbour: a whole title over a page break and a caption of the text's own)
    edit = {_H2: f"Item 2.02  {_RESULTS}{_PAGE_2}\nFourth Quarter Highlights\n"}
    assert _first(edit) == ("2.02", _RESULTS, "Fourth Quarter Highlights\n\n   ")


def test_title_hanging_on_and_past_page_break_not_joined_to_the_text() -> None:
    # (neighbour: a title left hanging on "and" over the break, the text's sentence after it)
    edit = {_H2: f"Item 2.02  {_RESULTS} and{_PAGE_2}"}
    assert _first(edit) == ("2.02", _RESULTS, _HORIZON_2)


@pytest.mark.parametrize(("first", "last"), [
    ("ITEM 2.02  ANNOUNCEMENT OF", "FOURTH QUARTER EARNINGS"),
    ("Item 2.02  Announcement of", "Fourth Quarter Earnings"),
], ids=["capitals", "title-case"])
def test_own_title_hanging_on_of_joined_across_page_break(first: str, last: str) -> None:
    # a filer's own title left hanging on "of" where the page breaks, carried on in its
    # case after the break (before: cut at the break, its last words opening the text)
    title = f"{first[11:]} {last}"
    assert _first({_H2: f"{first}{_PAGE_2}\n{last}\n"}) == ("2.02", title, _HORIZON_2)


# --- a 10-Q's Part I Item 3 ---------------------------------------------------------------------

# Indiana Bell's 10-Q (1999) is cut short inside Item 2: the edits end the word and add items
_BELL_END = "against the accumul"
_MARKET_RISK = "Quantitative and Qualitative Disclosures About Market Risk"
_CONTROLS = "Controls and Procedures"
_BELL_3 = ("ated depreciation.\n\n            Item 3 - Controls and Procedures\n\n"
           "Our officers found our disclosure controls effective.\n\n"
           "                               SIGNATURES\n")


def _item_3(edit: dict[str, str]) -> tuple[str, str | None, str | None]:
    record = edited_record(INDIANA_BELL, edit)
    item = next(i for i in record["items"] if i["number"] == "3")
    return record["form_type"], item["title"], item["standard_title"]


def test_ten_q_item_3_printed_controls_keeps_ten_q_title() -> None:
    # before: "Controls and Procedures", the 10-QSB's Item 3 (the 10-Q's Item 4)
    assert _item_3({_BELL_END: _BELL_END + _BELL_3}) == ("10-Q", _CONTROLS, _MARKET_RISK)


def test_ten_q_bare_item_3_keeps_ten_q_title() -> None:
    # (neighbour: a bare "Item 3." on a 10-Q had the 10-Q's title before too)
    tail = _BELL_3.replace(" - Controls and Procedures", ".")
    assert _item_3({_BELL_END: _BELL_END + tail}) == ("10-Q", None, _MARKET_RISK)


def test_ten_qsb_item_3_keeps_controls_and_procedures() -> None:
    # (neighbour: the same filing typed 10-QSB: its Item 3 is "Controls and Procedures")
    edit = {"<TYPE>10-Q\n": "<TYPE>10-QSB\n", "<FORM-TYPE>10-Q\n": "<FORM-TYPE>10-QSB\n",
            _BELL_END: _BELL_END + _BELL_3}
    assert _item_3(edit) == ("10-QSB", _CONTROLS, _CONTROLS)


def test_ten_q_item_4_controls_unchanged() -> None:
    # (neighbour: the 10-Q's own Item 4 under its Item 3)
    tail = ("ated depreciation.\n\n            Item 3 - " + _MARKET_RISK + "\n\nNot applicable.\n\n"
            "            Item 4 - Controls and Procedures\n\nOur officers found them effective.\n\n"
            "                               SIGNATURES\n")
    items = edited_record(INDIANA_BELL, {_BELL_END: _BELL_END + tail})["items"]
    assert [(i["number"], i["standard_title"]) for i in items[2:]] == [
        ("3", _MARKET_RISK), ("4", _CONTROLS)]


# --- time ---------------------------------------------------------------------------------------

def test_many_bare_headings_over_running_heads_read_in_linear_time() -> None:
    # ~200 KB of bare numbers, each over three lines of a page's head and no title
    text = "FORM 8-K\n\n" + "Item 2.02\n\nACME CORP.\nForm 8-K\nTable of Contents\n\n" * 4000
    start = time.process_time()
    find_items(text, "8-K")
    assert time.process_time() - start < 5


# PerkinElmer's 10-K405 (2001): its Item 8 heading atop page 31; the edit leaves the number
# at the foot of page 30, the company's name atop page 31 over the title the filer words
PERKINELMER = FILINGS / "10k405_2001_perkinelmerinc_1.txt"
_PK_8 = ("                                        29\n<PAGE>   31\n\n"
         "ITEM 8.  FINANCIAL STATEMENTS AND SUPPLEMENTAL DATA\n")
_PK_TITLE = "FINANCIAL STATEMENTS AND SUPPLEMENTAL DATA"


def test_ten_k_title_worded_otherwise_past_running_head() -> None:
    # before: "PERKINELMER, INC." titled Item 8, its printed title opening the text
    edit = {_PK_8: ("ITEM 8.\n\n                                        29\n<PAGE>   31\n\n"
                    f"PERKINELMER, INC.\n\n{_PK_TITLE}\n")}
    item = next(i for i in edited_record(PERKINELMER, edit)["items"] if i["number"] == "8")
    assert (item["title"], item["standard_title"], item["text"][:34]) == (
        _PK_TITLE, "Financial Statements and Supplementary Data",
        "PERKINELMER, INC. AND SUBSIDIARIES")


def test_ten_k_caption_under_bare_number_unchanged() -> None:
    # (neighbour: the statements' captions under a bare "ITEM 8." read none of them as the
    # form's title; round 74b: nor is the name over the statements the title, the name and
    # caption open the text)
    edit = {_PK_8: _PK_8.replace(f"  {_PK_TITLE}", "")}
    item = next(i for i in edited_record(PERKINELMER, edit)["items"] if i["number"] == "8")
    assert (item["title"], item["text"][:30]) == (None, "PERKINELMER, INC. AND SUBSIDIA")
