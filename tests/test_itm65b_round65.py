"""Items, round 65b: a 10-Q's lettered sub-items in brackets captioned with another item's
title, and a form's number written another way after a standard title.

Apple's 10-Q/A of 1997 (plain text, Part II's Item 4 only) and Indiana Bell's 10-Q of 1999
(Part I's Items 1 and 2), edited into shapes other filers print:

- after Apple's Item 4, the filer's next item numbered "Item 4(a)." and captioned "Other
  Information" (as a 2009 10-Q prints "Item 1(b). Other Information" under "Item 1(a). Risk
  Factors"); in Indiana Bell's Item 2, "Item 2(a) - Quantitative and Qualitative Disclosures
  About Market Risk" (the form's Item 3, numbered after the item above it): both were read as
  sub-paragraphs and stayed in the item above;
- after Apple's Item 4, an Item 6 in the 10-K's longer wording (test_itm65_round65) with the
  form's number written "FORMS 8-K", "Forms 8-K and 10-Q" or "Form No. 8-K": read as a
  sentence's figure, the title was cut to "Exhibits".

PerkinElmer's 10-K405 (2001) set as HTML paragraphs with its cross-reference index, as in
test_itm65_round65, Item 12's caption worded as the form's later title and broken by a <br>
after a word that hangs on nothing: see the tests below.
"""

from __future__ import annotations

import time

import pytest
import test_itm65_round65 as itm65

from filing2json.parsers import parse
from support import FILINGS

APPLE = FILINGS / "10qa_1997_applecomputerinc_1.txt"
INDIANA_BELL = FILINGS / "10q_1999_indianabelltelephoneco_1.txt"
_ITEM_4_END = "Annual Meeting of  Shareholders held on February 5, 1997.\n"
_AUDIT = "Audit Report on Continuing Property Records\n----"


def _apple_items(after_item_4: str) -> list[dict]:
    raw = APPLE.read_text(encoding="latin-1")
    assert raw.count(_ITEM_4_END) == 1
    raw = raw.replace(_ITEM_4_END, f"{_ITEM_4_END}\n{after_item_4}")
    return parse(raw.encode("latin-1"), APPLE.name)["items"]


_OTHER_MATTERS = "Item 4(d).  Other Matters\n\n     None."


@pytest.mark.parametrize("heading", ["Item 4(a).  Other Information",
                                     "ITEM 4(B).  OTHER INFORMATION"])
def test_bracketed_sub_item_captioned_as_another_item_is_its_own(heading: str) -> None:
    # under it, "Other Matters" (one word of the form's "Other Information") is its caption
    items = _apple_items(f"{heading}\n\n     None.\n\n{_OTHER_MATTERS}\n")
    assert [i["number"] for i in items] == ["4", "4" + heading[7].upper()]
    assert items[0]["text"].endswith(_ITEM_4_END.strip())
    assert items[1]["title"] == heading.split(".  ")[1]
    assert items[1]["standard_title"] is None  # the form has no such number
    assert items[1]["text"] == f"None.\n\n{_OTHER_MATTERS}"


def test_bracketed_market_risk_after_discussion_is_its_own() -> None:
    raw = INDIANA_BELL.read_text(encoding="latin-1")
    assert raw.count(_AUDIT) == 1
    raw = raw.replace(_AUDIT, "            Item 2(a) - Quantitative and Qualitative Disclosures "
                              f"About Market Risk\n\n{_AUDIT}")
    items = parse(raw.encode("latin-1"), INDIANA_BELL.name)["items"]
    assert [i["number"] for i in items] == ["1", "2", "2A"]
    assert items[2]["title"] == "Quantitative and Qualitative Disclosures About Market Risk"
    assert items[2]["text"].startswith("Audit Report on Continuing Property Records\n")
    assert items[1]["text"].endswith("we determined when we\nwill implement the new standard.")


# Item 6's paragraphs (a) and (b) under their bracketed item numbers: the item's own title's
# words, so no items of their own
_EXHIBITS = ("Item 6(a).  Exhibits\n\n     27  Financial Data Schedule\n\n"
             "Item 6(b).  Reports on Form 8-K\n\n     None.")


@pytest.mark.parametrize("title", [
    "EXHIBITS, FINANCIAL STATEMENT SCHEDULES AND REPORTS ON FORMS 8-K",
    "Exhibits, Financial Statement Schedules and Reports on Forms 8-K",
    "Exhibits, Financial Statement Schedules and Reports on Forms 8-K and 10-Q",
    "Exhibits, Financial Statement Schedules and Reports on Form No. 8-K"])
def test_form_number_written_otherwise_stays_in_the_title(title: str) -> None:
    items = _apple_items(f"Item 6.  {title}\n\n{_EXHIBITS}\n")
    assert [i["number"] for i in items] == ["4", "6"]
    assert items[1]["title"] == title
    assert items[1]["text"] == _EXHIBITS


# PerkinElmer's 10-K405 as HTML paragraphs (test_itm65_round65's rendering), Item 12's
# caption worded as the form's later title and broken by a <br> after a word that hangs on
# nothing ("Beneficial", "Certain", "Management"): read only under a blank line, so Item 11
# held Item 12 (or, with the index row's whole title on the first line, the title's tail
# opened Item 12's text)
_LATER_12 = f"{itm65._12} and Related Stockholder Matters"


@pytest.mark.parametrize("word", ["Certain", "Beneficial", "Owners", "Management"])
def test_reworded_caption_broken_after_any_word_is_its_item(word: str) -> None:
    split = _LATER_12.replace(f"{word} ", f"{word}<br>", 1)
    items, headed = itm65._html_items(itm65._with_7a(itm65._HTML_ROWS), ("", ""),
                                      split_12=split)
    assert items["12"]["title"] == _LATER_12
    headed["12"]["title"] = _LATER_12
    itm65._same(items, headed)
    assert items["12"]["text"].startswith("The information required by this Item is")
    assert "Security Ownership of Management" not in items["11"]["text"]


@pytest.mark.parametrize("decoy", itm65._BR_DECOYS, ids=["goes-on", "no-prose", "sentence"])
def test_lines_reading_as_a_caption_broken_after_any_word_are_none(decoy: str) -> None:
    # test_itm65_round65's decoys at the end of Item 11's text, broken after "Beneficial"
    decoy = decoy.replace("Management", "Management and Related Stockholder Matters").replace(
        "of\nCertain Beneficial\n", "of Certain Beneficial\n").replace(
        "of\nCertain Beneficial Owners", "of Certain Beneficial\nOwners")
    assert "Beneficial\nOwners" in decoy
    items, headed = itm65._html_items(
        itm65._with_7a(itm65._HTML_ROWS), (itm65._ITEM_12, decoy + itm65._ITEM_12),
        split_12=_LATER_12.replace("Beneficial ", "Beneficial<br>"))
    headed["12"]["title"] = _LATER_12
    itm65._same(items, headed)
    assert items["11"]["text"].endswith(decoy.strip())


def test_many_lines_reading_as_a_caption_broken_after_any_word_parse_quickly() -> None:
    # ~200 KB of pairs in Item 11's text, each the later title broken after "Beneficial"
    pairs = ("<TABLE>\nSecurity Ownership of Certain Beneficial\nOwners and Management and "
             "Related Stockholder Matters\nNone.\n</TABLE>\n\n") * 2000
    started = time.process_time()
    items, _ = itm65._html_items(itm65._with_7a(itm65._HTML_ROWS),
                                 (itm65._ITEM_12, pairs + itm65._ITEM_12),
                                 split_12=_LATER_12.replace("Beneficial ", "Beneficial<br>"))
    assert time.process_time() - started < 5
    assert items["12"]["text"].startswith("The information required by this Item is")
