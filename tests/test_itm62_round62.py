"""Items, round 62: a 10-K's cross-reference index, and Part III items answered by reference.

PerkinElmer's 10-K405 (2001, plain text) is edited into the shapes other filers print:

- a "FORM 10-K CROSS-REFERENCE INDEX" inserted after the cover, its rows giving each item's
  pages or where else it is found ("Pages 38-60", "Proxy Statement (a)"), with the item
  headings in the body kept, or cut to their captions ("ITEM 1.  BUSINESS" -> "BUSINESS", as
  10-Ks that print such an index set their sections): an index row is no item (before, the
  rows whose locator is words became items of empty text titled "... Proxy Statement"), and
  over captioned sections each row's item is the section under its caption;
- Part III's items answered by reference in the wordings 10-Ks use: a sentence naming the
  item under its heading ("Item 10 is incorporated herein by reference ..."), the sentence
  run on from a wrapped title ("... OF THE REGISTRANT" / "is incorporated herein by ..."),
  and the sentence in place of the title ("ITEM 10.  Information required by Item 10 is
  incorporated herein by"): the item keeps its heading's title, its text is the sentence.
"""

from __future__ import annotations

import html
import re
import time

import pytest
from test_itm61_round61 import _as_html

from filing2json.parsers import parse
from filing2json.parsers.sections.item_headings import is_index_row
from support import FILINGS

PERKINELMER = FILINGS / "10k405_2001_perkinelmerinc_1.txt"
_BODY_START = "=" * 80 + "\n<PAGE>   2"
_PART_III = "ITEM 10.  DIRECTORS"
_PART_IV = "                                        64\n<PAGE>   66"

_INDEX = """
                        FORM 10-K CROSS-REFERENCE INDEX

                                                                      Page
PART I
Item 1.   Business                                                  2-31
Item 2.   Properties                                                  32
Item 3.   Legal Proceedings                                           33
Item 4.   Submission of Matters to a Vote of Security Holders         34
PART II
Item 5.   Market for Registrant's Common Equity and Related
            Stockholder Matters                                       36
Item 6.   Selected Financial Data                                     37
Item 7.   Management's Discussion and Analysis of Results of
            Operations and Financial Condition                     38-60
Item 8.   Financial Statements and Supplemental Data               61-63
Item 9.   Changes in and Disagreements with Accountants on
            Accounting and Financial Disclosure                       64
PART III
Item 10.  Directors and Executive Officers of the Registrant     Proxy Statement
Item 11.  Executive Compensation                                 Proxy Statement
Item 12.  Security Ownership of Certain Beneficial Owners
            and Management                                       Proxy Statement
Item 13.  Certain Relationships and Related Transactions         Proxy Statement
PART IV
Item 14.  Exhibits, Financial Statement Schedules, and Reports
            on Form 8-K                                              65
"""

_DOTTED_INDEX = """
                        FORM 10-K CROSS-REFERENCE INDEX

Item 1.  Business ............................................ Pages 2-31
Item 2.  Properties .............................................. Page 32
Item 3.  Legal Proceedings ....................................... Page 33
Item 4.  Submission of Matters to a Vote of Security Holders ..... Page 34
Item 5.  Market for Registrant's Common Equity and Related
         Stockholder Matters ..................................... Page 36
Item 6.  Selected Financial Data ................................. Page 37
Item 7.  Management's Discussion and Analysis ............... Pages 38-60
Item 8.  Financial Statements and Supplemental Data ......... Pages 61-63
Item 9.  Changes in and Disagreements with Accountants ........... Page 64
Item 10. Directors and Executive Officers ............ Proxy Statement (a)
Item 11. Executive Compensation ...................... Proxy Statement (a)
Item 12. Security Ownership of Certain Beneficial Owners ... Proxy Statement (a)
Item 13. Certain Relationships and Related Transactions .... Proxy Statement (a)
Item 14. Exhibits, Financial Statement Schedules and Reports on Form 8-K .. Page 65
"""


def _text() -> str:
    return PERKINELMER.read_text(encoding="latin-1")


def _items_of(text: str) -> list[dict]:
    return parse(text.encode("latin-1"), PERKINELMER.name)["items"]


def _with_index(index: str, headed_from: int = 1, back: bool = False) -> list[dict]:
    """The items with `index` after the cover (`back`: above the SIGNATURES) and the item
    headings under Item `headed_from` cut to their captions."""
    text = _text()
    at = text.index("\n" + " " * 35 + "SIGNATURES\n") + 1 if back else text.index(_BODY_START)
    text = text[:at] + index + "\n" + text[at:]
    cut = text.index(_BODY_START)
    body = re.sub(r"(?m)^ITEM (\d+)\.  ",
                  lambda m: "" if int(m.group(1)) < headed_from else m.group(0), text[cut:])
    return _items_of(text[:cut] + body)


def _summary(items: list[dict]) -> list[tuple]:
    return [(i["number"], i["title"], i["standard_title"], i["text"]) for i in items]


@pytest.mark.parametrize(("headed_from", "back"), [(99, False), (10, False), (99, True)])
@pytest.mark.parametrize("index", [_INDEX, _DOTTED_INDEX])
def test_index_rows_name_the_captioned_sections(index: str, headed_from: int, back: bool
                                                ) -> None:
    # each row's item is the section under its caption, as the filing with its item headings
    # gives it (before: no item, or items 10-13 titled "Directors and Executive Officers of
    # the Registrant Proxy Statement", ..., each of empty text); the dotted index's shortened
    # titles ("Management's Discussion and Analysis") name the captions they open, wrapped
    # or not ("... RESULTS OF OPERATIONS AND" / "FINANCIAL CONDITION"); so with Part III
    # and IV headed "ITEM 10.  ..." in the body (headed_from 10), and with the index at the
    # back (its title line ends Item 14)
    assert _summary(_with_index(index, headed_from, back)) == _summary(_items_of(_text()))


def test_index_rows_name_the_captioned_sections_of_html() -> None:
    # the same as HTML (test_itm61_round61's rendering: each paragraph a <div>, no blank line
    # between), the index a table of cells, each caption in bold
    doc = re.sub(r"<div><b>Item \d+\. ", "<div><b>", _as_html(stacked=False))
    rows = "".join(
        f"<tr><td>Item {n}.</td><td>{html.escape(title)}</td><td>{page}</td></tr>"
        for n, title, page in _HTML_ROWS)
    at = doc.index("</pre>") + len("</pre>")
    captioned = (f"{doc[:at]}<div><b>FORM 10-K CROSS-REFERENCE INDEX</b></div>"
                 f"<table>{rows}</table>{doc[at:]}")
    assert _summary(parse(captioned.encode("latin-1"), PERKINELMER.name)["items"]) == _summary(
        parse(_as_html(stacked=False).encode("latin-1"), PERKINELMER.name)["items"])


_HTML_ROWS = [
    (1, "Business", "2-31"), (2, "Properties", "32"), (3, "Legal Proceedings", "33"),
    (4, "Submission of Matters to a Vote of Security Holders", "34"),
    (5, "Market for Registrant's Common Equity and Related Stockholder Matters", "36"),
    (6, "Selected Financial Data", "37"),
    (7, "Management's Discussion and Analysis of Results of Operations and Financial "
        "Condition", "38-60"),
    (8, "Financial Statements and Supplemental Data", "61-63"),
    (9, "Changes in and Disagreements with Accountants on Accounting and Financial "
        "Disclosure", "64"),
    (10, "Directors and Executive Officers of the Registrant", "Proxy Statement"),
    (11, "Executive Compensation", "Proxy Statement"),
    (12, "Security Ownership of Certain Beneficial Owners and Management", "Proxy Statement"),
    (13, "Certain Relationships and Related Transactions", "Proxy Statement"),
    (14, "Exhibits, Financial Statement Schedules, and Reports on Form 8-K", "65")]


@pytest.mark.parametrize("index", [_INDEX, _DOTTED_INDEX])
def test_index_rows_are_no_items(index: str) -> None:
    # the item headings in the body are the items, as without the index
    items = _with_index(index)
    assert _summary(items) == _summary(_items_of(_text()))
    # a row whose caption is nowhere gives no item (Part III answered in the proxy statement)
    text = _text()
    cut = text.index(_BODY_START)
    body = re.sub(r"(?m)^ITEM \d+\.  ", "", text[cut:])
    a, b = body.index("DIRECTORS AND EXECUTIVE OFFICERS OF THE"), body.index(_PART_IV)
    items = _items_of(text[:cut] + index + body[:a] + body[b:])
    assert [i["number"] for i in items][:6] == ["1", "2", "3", "4", "5", "6"]
    assert "10" not in [i["number"] for i in items]
    assert all(i["text"] and "Proxy Statement" not in (i["title"] or "") for i in items)


@pytest.mark.parametrize(("row", "expected"), [
    ("  Directors and Executive Officers of the Registrant     Proxy Statement", True),
    (" Directors and Executive Officers ............ Proxy Statement (a)", True),
    ("  Management's Discussion and Analysis ............... Pages 38-60", True),
    (" Exhibits, Financial Statement Schedules and Reports on Form 8-K .. Page 65", True),
    ("  Legal Proceedings                                    Note 14", True),
    ("  DIRECTORS AND EXECUTIVE OFFICERS OF THE REGISTRANT", False),
    ("  The information is in the Proxy Statement", False),
    ("  Properties. Page 3 of the Annual Report is incorporated herein.", False),
])
def test_index_row(row: str, expected: bool) -> None:
    assert is_index_row(row) is expected


def _part_iii(sentences: str) -> list[dict]:
    text = _text()
    a, b = text.index(_PART_III), text.index(_PART_IV)
    return [i for i in _items_of(text[:a] + sentences + text[b:]) if i["number"] in
            ("10", "11")]


_NAMED = """ITEM 10.  DIRECTORS AND EXECUTIVE OFFICERS OF THE REGISTRANT

Item 10 is incorporated herein by reference to the 2001 Proxy Statement.

ITEM 11.  EXECUTIVE COMPENSATION

Item 11 is incorporated herein by reference to the 2001 Proxy Statement.

"""
_RUN_ON = """ITEM 10.  DIRECTORS AND EXECUTIVE OFFICERS OF THE REGISTRANT
           is incorporated herein by reference to the 2001 Proxy Statement.
ITEM 11.  EXECUTIVE COMPENSATION
           is incorporated herein by reference to the 2001 Proxy Statement.

"""


@pytest.mark.parametrize(("part_iii", "opening"), [(_NAMED, "Item {} is"), (_RUN_ON, "is")])
def test_sentence_under_the_heading_is_its_text(part_iii: str, opening: str) -> None:
    # before: _NAMED's titles None (the sentence read as the item's heading again);
    # _RUN_ON's sentence joined to the title, the text empty
    rest = " incorporated herein by reference to the 2001 Proxy Statement."
    assert [(i["title"], i["text"]) for i in _part_iii(part_iii)] == [
        ("DIRECTORS AND EXECUTIVE OFFICERS OF THE REGISTRANT", opening.format(10) + rest),
        ("EXECUTIVE COMPENSATION", opening.format(11) + rest)]


def test_sentence_in_place_of_the_title_is_the_text() -> None:
    items = _part_iii("""ITEM 10.  Information required by Item 10 is incorporated herein by
reference to the 2001 Proxy Statement.

ITEM 11.  EXECUTIVE COMPENSATION.  The information required by this Item is
incorporated herein by reference to the 2001 Proxy Statement.

""")
    # before: the sentence as Item 10's title, its text empty; a title run into its
    # sentence (Item 11) stays the title
    assert [(i["title"], i["text"]) for i in items] == [
        (None, "Information required by Item 10 is incorporated herein by reference to the "
               "2001 Proxy Statement."),
        ("EXECUTIVE COMPENSATION", "The information required by this Item is\nincorporated "
                                   "herein by reference to the 2001 Proxy Statement.")]


@pytest.mark.parametrize("filler", ["  .", " ..", "  Page", "\t(a)"])
def test_long_index_like_line_parses_quickly(filler: str) -> None:
    text = _text()
    cut = text.index(_BODY_START)
    line = "Item 10.  Directors" + filler * (200_000 // len(filler)) + "x\n"
    started = time.process_time()
    _items_of(text[:cut] + line + text[cut:])
    assert time.process_time() - started < 5


def test_many_caption_like_lines_parse_quickly() -> None:
    text = _text()
    cut = text.index(_BODY_START)
    lines = "Management's Discussion and Analysis of Results of Other Things\n\n" * 3000
    started = time.process_time()
    _items_of(text[:cut] + _INDEX + re.sub(r"(?m)^ITEM \d+\.  ", "", lines + text[cut:]))
    assert time.process_time() - started < 5
