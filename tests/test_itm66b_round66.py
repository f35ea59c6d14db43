"""Items, round 66b: a 10-K's or 10-Q's item headings numbered in roman or without the
keyword; a filer's own title in title case run on into a sentence whose subject is a firm.

PerkinElmer's 10-K405 of 2001 and Indiana Bell's 10-Q of 1999 (plain text), edited into
shapes other filers print: every "ITEM 7." heading numbered in roman ("ITEM VII.", "Item
II. Properties") or printed without the keyword ("7.  MANAGEMENT'S DISCUSSION ..."; Indiana
Bell's "Item 1 - Financial Statements" as "1. Financial Statements"). Only 8-Ks were read so:
the 10-K had no items. Indiana Bell's table of contents lists " 1.    Financial Statements"
with no keyword: never an item. PerkinElmer's Item 14 lists "1.  FINANCIAL STATEMENTS" /
"2.  FINANCIAL STATEMENT SCHEDULES" / "3.  EXHIBITS": no items either (not the form's titles).
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from filing2json.parsers import parse
from support import FILINGS

PERKINELMER = FILINGS / "10k405_2001_perkinelmerinc_1.txt"
INDIANA_BELL = FILINGS / "10q_1999_indianabelltelephoneco_1.txt"
_ROMAN = "I II III IV V VI VII VIII IX X XI XII XIII XIV".split()
_HEADING = re.compile(r"(?m)^ITEM (\d+)\.  ([A-Z])")


def _items(path: Path, raw: str) -> list[tuple[str, str, str]]:
    return [(i["number"], i["title"], i["text"])
            for i in parse(raw.encode("latin-1"), path.name)["items"]]


def _read(path: Path) -> str:
    return path.read_text(encoding="latin-1")


def _numbered(raw: str, shape: str) -> str:
    edited, count = _HEADING.subn(lambda m: shape.format(
        n=m.group(1), roman=_ROMAN[int(m.group(1)) - 1], cap=m.group(2)), raw)
    assert count == 14
    return edited


@pytest.mark.parametrize("shape", ["ITEM {roman}.  {cap}", "Item {roman} - {cap}", "{n}.  {cap}"],
                         ids=["roman", "roman-dash", "no-keyword"])
def test_ten_k_headings_in_roman_or_without_keyword(shape: str) -> None:
    raw = _read(PERKINELMER)
    items = _items(PERKINELMER, _numbered(raw, shape))
    assert [n for n, _, _ in items] == [str(n) for n in range(1, 15)]
    # the same items as the filing's own "ITEM 7." headings give (Item 8's "SUPPLEMENTAL
    # DATA" its own wording); Item 14's numbered list stays its text
    assert items == _items(PERKINELMER, raw)
    assert "1.  FINANCIAL STATEMENTS" in items[-1][2]


def test_ten_k_heading_in_roman_title_case() -> None:
    edited = _numbered(_read(PERKINELMER), "ITEM {roman}.  {cap}")
    assert edited.count("ITEM II.  PROPERTIES") == 1
    items = _items(PERKINELMER, edited.replace("ITEM II.  PROPERTIES", "Item II. Properties"))
    assert items[1][:2] == ("2", "Properties")
    assert items[1][2].startswith("As of January 30, 2001 the Company occup")


_ITEM_1 = "Item 1 - Financial Statements"
_ITEM_2 = "Item 2 - Management's Discussion"


@pytest.mark.parametrize(("one", "two"), [
    ("1. Financial Statements", "2. Management's Discussion"),
    ("ITEM I - Financial Statements", "ITEM II - Management's Discussion"),
])
def test_ten_q_headings_without_keyword_not_its_contents(one: str, two: str) -> None:
    raw = _read(INDIANA_BELL)
    assert raw.count(_ITEM_1) == raw.count(_ITEM_2) == 1
    edited = raw.replace(_ITEM_1, one).replace(_ITEM_2, two)
    # (the contents' " 1.    Financial Statements" / " 6.  Exhibits and Reports ...  23" are
    # no items)
    assert _items(INDIANA_BELL, edited) == _items(INDIANA_BELL, raw)
    assert [n for n, _, _ in _items(INDIANA_BELL, edited)] == ["1", "2"]
    # no heading at all: the contents' keyword-less entries head nothing
    edited = raw.replace(_ITEM_1, "Financial Statements").replace(_ITEM_2, "Management's")
    assert _items(INDIANA_BELL, edited) == []
    # one caption alone, the form's title for its number, is a numbered list's line
    edited = raw.replace(_ITEM_1, "Financial Statements").replace(_ITEM_2, two)
    toc_end = edited.index("<PAGE>1")
    edited = edited[:toc_end].replace(" 1.    Financial", "       Financial") + edited[toc_end:]
    assert _items(INDIANA_BELL, edited) == []


# A filer's own title in title case run on into a sentence whose subject is a firm, no stop
# between (an HTML heading set in bold at the head of its paragraph): Apple's 8-K of 1999
# with its "Item 5.\tOther Events." so captioned, PerkinElmer's Item 3 and Apple's 10-Q/A of
# 1997 with an Item 5 after its Item 4. The title ran to the first stop ("... Acme Corp."),
# or, with "Corp." no stop, on to the sentence's end.
APPLE_8K = FILINGS / "8k_1999_applecomputerinc_1.txt"
_ITEM_5 = "Item 5.\tOther Events.\n"
_REFERENCE = "(i)   Reference is made to the press release"


@pytest.mark.parametrize(("title", "sentence"), [
    ("Sale of Assets", "Acme Corp. sold its Fremont plant to the registrant for cash."),
    # the longest name the cover prints ("Apple Computer, Inc."), not "Computer, Inc."
    ("Asset Sale", "Apple Computer, Inc. has entered into an agreement to sell a plant."),
    # "of" inside a name: the title ends on no small word
    ("Sale of Notes", "Bank of America Corporation acquired the registrant's notes."),
    # a firm's name in the title: "Corp." is no stop
    ("Acquisition of Acme Corp.", "Apple Computer, Inc. completed the purchase of a plant."),
], ids=["short-name", "cover-name", "name-with-of", "name-in-title"])
def test_eight_k_own_title_run_on_into_a_firm_sentence(title: str, sentence: str) -> None:
    raw = _read(APPLE_8K)
    assert raw.count(_ITEM_5) == 1
    items = _items(APPLE_8K, raw.replace(_ITEM_5, f"Item 5. {title} {sentence}\n"))
    assert [n for n, _, _ in items] == ["5", "7"]
    assert items[0][1] == title
    assert items[0][2].startswith(f"{sentence}\n\n{_REFERENCE}")
    # a title in title case with no verb after the name ("... Shares Sold") stays whole
    items = _items(APPLE_8K, raw.replace(_ITEM_5, f"Item 5. {title} Acme Corp. Shares Sold\n"))
    assert items[0][1:] == (f"{title} Acme Corp. Shares Sold", items[0][2])
    assert items[0][2].startswith(_REFERENCE)


_ITEM_3 = "ITEM 3.  LEGAL PROCEEDINGS\n\n     The Company is subject"
APPLE_10Q = FILINGS / "10qa_1997_applecomputerinc_1.txt"
_ITEM_4_END = "Annual Meeting of  Shareholders held on February 5, 1997.\n"


def test_ten_k_and_ten_q_own_title_run_on_into_a_firm_sentence() -> None:
    raw = _read(PERKINELMER)
    assert raw.count(_ITEM_3) == 1
    settled = "PerkinElmer, Inc. settled a claim on March 1, 2001."
    items = _items(PERKINELMER, raw.replace(
        _ITEM_3, f"Item 3.  Litigation Settled {settled} The Company is subject"))
    assert [n for n, _, _ in items] == [str(n) for n in range(1, 15)]
    assert items[2][1] == "Litigation Settled"
    assert items[2][2].startswith(f"{settled} The Company is subject to various claims")
    raw = _read(APPLE_10Q)
    assert raw.count(_ITEM_4_END) == 1
    announced = "Apple Computer, Inc. announced a new product line on May 1, 1997."
    items = _items(APPLE_10Q, raw.replace(
        _ITEM_4_END, f"{_ITEM_4_END}\nItem 5. New Products {announced}\n"))
    assert items[1:] == [("5", "New Products", announced)]


def test_firm_run_on_headings_parse_quickly() -> None:
    # ~200 KB: a title of firms' names with no verb after them, then the sentence; and many
    # run-on headings in a row (each reads the cover once)
    long_line = "Item 5. Sale of " + "Acme Corp. Bank of America Corporation " * 5000 + (
        "Acme Corp. sold a plant to the registrant for cash.")
    many = "Item 5. Sale of Assets Acme Corp. sold a plant to the registrant.\n\n" * 3000
    for body in (long_line, many):
        raw = _read(APPLE_10Q).replace(_ITEM_4_END, f"{_ITEM_4_END}\n{body}\n")
        started = time.process_time()
        items = _items(APPLE_10Q, raw)
        assert time.process_time() - started < 5
        assert items[-1][2] == ("" if body is long_line else
                                "Acme Corp. sold a plant to the registrant.")
