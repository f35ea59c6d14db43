"""Items, round 67: lettered items with the letter spaced off the number or after a roman
number ("ITEM 7 A.", "ITEM VII A.", "ITEM VIIA.", "ITEM VII(A)."); a 10-KSB's headings in
roman or without the keyword; a firm's name run on after a filer's own title, with its
defined name in brackets or its sentence going on on the next line.

PerkinElmer's 10-K405 of 2001 (its Item 7 sub-heading "MARKET RISK" made an Item 7A
heading), the 2003 10-KSB of round 36 (KSB_2003) and Home Health Corporation of America's
8-K of 1997 (its "Item 5.  Other Events" heading run into its first sentence), edited into
shapes other filers print.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from test_items2_round36 import KSB_2003

from filing2json.parsers import parse
from filing2json.parsers.sections.items import find_items
from support import FILINGS

PERKINELMER = FILINGS / "10k405_2001_perkinelmerinc_1.txt"
HOME_HEALTH = FILINGS / "8k_1997_homehealthcorpofameric_2.txt"
_ROMAN = "I II III IV V VI VII VIII IX X XI XII XIII XIV".split()
_MARKET_RISK = "\nMARKET RISK\n"
_7A = "QUANTITATIVE AND QUALITATIVE DISCLOSURES ABOUT MARKET RISK"
_7A_TEXT = "Market Risk:  The Company is exposed to market risk, including changes in\n"
_7_TITLE = ("MANAGEMENT'S DISCUSSION AND ANALYSIS OF RESULTS OF OPERATIONS AND FINANCIAL "
            "CONDITION")


def _read(path: Path) -> str:
    return path.read_text(encoding="latin-1")


def _items(name: str, raw: str) -> list[dict]:
    return parse(raw.encode("latin-1"), name)["items"]


def _with_7a(heading: str, roman: bool = False) -> dict[str, dict]:
    """PerkinElmer's items, "MARKET RISK" printed as Item 7A's `heading` (every heading in
    roman when `roman`)."""
    raw = _read(PERKINELMER)
    assert raw.count(_MARKET_RISK) == 1
    raw = raw.replace(_MARKET_RISK, f"\n{heading}\n")
    if roman:
        raw, count = re.subn(r"(?m)^ITEM (\d+)\.  ([A-Z])",
                             lambda m: f"ITEM {_ROMAN[int(m.group(1)) - 1]}.  {m.group(2)}", raw)
        assert count == 14
    return {i["number"]: i for i in _items(PERKINELMER.name, raw)}


@pytest.mark.parametrize(("heading", "roman"), [
    (f"ITEM 7 A.  {_7A}", False),
    (f"ITEM VII A.  {_7A}", True),
    (f"ITEM VIIA.  {_7A}", True),
    (f"ITEM VII(A).  {_7A}", True),
], ids=["spaced", "roman-spaced", "roman", "roman-bracketed"])
def test_ten_k_lettered_item_spaced_or_roman(heading: str, roman: bool) -> None:
    items = _with_7a(heading, roman)
    assert list(items) == ["1", "2", "3", "4", "5", "6", "7", "7A", "8", "9", "10", "11", "12",
                           "13", "14"]
    assert (items["7A"]["title"], items["7A"]["standard_title"]) == (
        _7A, "Quantitative and Qualitative Disclosures About Market Risk")
    assert items["7A"]["text"].startswith(_7A_TEXT)
    # Item 7 keeps its own heading and text, ending where Item 7A's starts
    assert items["7"]["title"] == _7_TITLE
    assert items["7"]["text"].startswith("OVERVIEW\n\n     Fiscal 2000 represented the third")
    assert items["7"]["text"].endswith("indebtedness will increase if interest rates increase.")


def test_ten_k_lettered_item_unspaced_unchanged() -> None:
    # (the neighbour: "ITEM 7A." was read so before)
    items = _with_7a(f"ITEM 7A.  {_7A}")
    assert items["7A"]["title"] == _7A
    assert items["7"]["title"] == _7_TITLE


def test_ten_k_spaced_letter_of_another_title_is_a_part_of_the_item() -> None:
    # "ITEM 7 A.  LIQUIDITY AND CAPITAL RESOURCES" is no Item 7A (not that item's title), nor
    # Item 7 again (which took Item 7's place with the text below it): Item 7's part A
    items = _with_7a("ITEM 7 A.  LIQUIDITY AND CAPITAL RESOURCES")
    assert list(items) == [str(n) for n in range(1, 15)]
    assert items["7"]["title"] == _7_TITLE
    assert items["7"]["text"].startswith("OVERVIEW\n\n     Fiscal 2000 represented the third")
    assert ("interest rates increase.\n\nITEM 7 A.  LIQUIDITY AND CAPITAL RESOURCES\n\n"
            "     Market Risk:  The Company") in items["7"]["text"]


def _ksb(shape: str) -> str:
    edited, count = re.subn(r"(?m)^ITEM (\d+)([A-Z]?)\.  ", lambda m: shape.format(
        n=m.group(1), roman=_ROMAN[int(m.group(1)) - 1], letter=m.group(2)), KSB_2003)
    assert count == 15
    return edited


def _ksb_items(text: str) -> list[tuple[str, str | None, str]]:
    return [(s.number, s.title, s.text) for s in find_items(text, "10-KSB")]


@pytest.mark.parametrize("shape", [
    "ITEM {roman}{letter}.  ", "{n}{letter}.  ", "ITEM {n} {letter}.  ", "ITEM {roman} {letter}.  ",
], ids=["roman", "no-keyword", "spaced-letter", "roman-spaced-letter"])
def test_ten_ksb_headings_in_roman_or_without_keyword(shape: str) -> None:
    items = _ksb_items(_ksb(shape))
    assert items == _ksb_items(KSB_2003)
    # the small-business form's own items: Item 6 its MD&A "or Plan of Operation", Item 7 the
    # financial statements, Item 8A its controls
    assert [(n, t) for n, t, _ in items[5:9]] == [
        ("6", "MANAGEMENT'S DISCUSSION AND ANALYSIS OR PLAN OF OPERATION"),
        ("7", "FINANCIAL STATEMENTS"),
        ("8", "CHANGES IN AND DISAGREEMENTS WITH ACCOUNTANTS ON ACCOUNTING AND FINANCIAL "
              "DISCLOSURE"),
        ("8A", "CONTROLS AND PROCEDURES")]


_HOME_HEAD = ("Item 5.        Other Events\n- -------        ------------\n\n"
              "               On September 26, 1997, Home Health")
_HOME_TEXT = ('Home Health Corporation of America, Inc.\n("HHCA") entered into an Agreement and '
              "Plan of Merger by and\n")


def _home_item_5(heading: str) -> tuple[str | None, str]:
    raw = _read(HOME_HEALTH)
    assert raw.count(_HOME_HEAD) == 1
    item = _items(HOME_HEALTH.name, raw.replace(_HOME_HEAD, f"{heading} Home Health"))[0]
    assert item["number"] == "5"
    return item["title"], item["text"]


@pytest.mark.parametrize(("heading", "title"), [
    ("ITEM 5. OTHER EVENTS", "OTHER EVENTS"),
    ("Item 5. Merger Agreement", "Merger Agreement"),
    ("ITEM 5. MERGER AGREEMENT", "MERGER AGREEMENT"),
])
def test_firm_name_closing_the_heading_line(heading: str, title: str) -> None:
    # "ITEM 5. OTHER EVENTS Home Health Corporation of America, Inc." / "("HHCA") entered
    # into ...": the firm's name opens the text, its sentence going on below
    got_title, text = _home_item_5(heading)
    assert got_title == title
    assert text.startswith(_HOME_TEXT)


def test_firm_name_in_a_capitals_title_stays() -> None:
    # (the neighbour: a title in capitals naming the firm keeps it)
    title, text = _home_item_5("ITEM 5. MERGER AGREEMENT WITH")
    assert title == "MERGER AGREEMENT WITH Home Health Corporation of America, Inc."
    assert text.startswith('("HHCA") entered into an Agreement and Plan of Merger by and\n')


def test_firm_and_its_defined_name_run_on_after_own_title() -> None:
    # "Item 5. Merger Agreement Home Health Corporation of America, Inc. ("HHCA") entered
    # into ...": the defined name in brackets between the firm and its verb
    raw = _read(HOME_HEALTH)
    edited = raw.replace(_HOME_HEAD, "Item 5. Merger Agreement Home Health").replace(
        'America, Inc.\n               ("HHCA") entered', 'America, Inc. ("HHCA") entered')
    item = _items(HOME_HEALTH.name, edited)[0]
    assert (item["number"], item["title"]) == ("5", "Merger Agreement")
    assert item["text"].startswith('Home Health Corporation of America, Inc. ("HHCA") entered '
                                   "into an Agreement and Plan of Merger by and\n")


DISNEY = FILINGS / "8k_2018_waltdisneyco_1.txt"
_DISNEY_8_01 = ('Other Events.</div>\n\n<div>&#160;</div>\n\n<div style="FONT-SIZE: 10pt; '
                "FONT-FAMILY: 'Times New Roman'; TEXT-ALIGN: left\">"
                "On June 20, 2018, Disney issued")


@pytest.mark.parametrize("title", ["Press Release", "PRESS RELEASE"])
def test_html_bold_own_title_then_firm_and_defined_name(title: str) -> None:
    # Disney's 8-K of 2018 (HTML), its "Item 8.01. Other Events." in bold run on into its
    # paragraph as "Item 8.01. Press Release The Walt Disney Company ("Disney") issued ...":
    # the title ends before the firm (in capitals it did before: the neighbour)
    raw = DISNEY.read_text(encoding="utf-8")
    assert raw.count(_DISNEY_8_01) == 1
    edited = raw.replace(_DISNEY_8_01, f"{title} The Walt Disney Company (&#8220;Disney&#8221;)"
                         " issued")
    items = {i["number"]: i for i in parse(edited.encode(), DISNEY.name)["items"]}
    assert (items["8.01"]["title"], items["8.01"]["standard_title"]) == (title, "Other Events")
    assert items["8.01"]["text"].startswith(
        "The Walt Disney Company (\u201cDisney\u201d) issued a press release announcing the "
        "entry into the Amended and Restated Merger Agreement. A copy of the press release is")


def test_speed_lettered_and_firm_lines() -> None:
    lines = ("ITEM VII A  ITEM VIIA ITEM VII(A)\n" * 2000
             + "ITEM 5. OTHER EVENTS " + "Acme Holdings Inc. (\"Acme\") " * 3000 + "\n"
             + "Item 5. Merger Agreement " + "Acme Corp. Acme Corp. " * 4000 + "\n"
             + "ITEM 7 A " * 8000 + "\n")
    text = "FORM 10-K\n\n" + lines
    assert len(text) > 200_000
    start = time.process_time()
    find_items(text, "10-K")
    find_items(text.replace("FORM 10-K", "FORM 8-K"), "8-K")
    assert time.process_time() - start < 5
