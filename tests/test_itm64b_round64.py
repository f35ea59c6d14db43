"""Items, round 64b: captions of an HTML rendering (every paragraph a line, no blank line
between) in sentence case, or opening with their index row's words.

PerkinElmer's 10-K405 (2001, plain text) set as HTML paragraphs as in test_itm61_round61 and
test_itm63_round63 (a table "FORM 10-K CROSS-REFERENCE INDEX" after the cover, the body's item
headings cut to their bold captions), with these edits into shapes other filers print:

- the captions in sentence case ("Legal proceedings", "Market for registrant's common
  equity and related stockholder matters"), Item 3's reworded ("Legal proceeding"): before,
  only a title-cased caption was matched loosely, so Item 3 was missing and Item 2 held its
  section;
- the index's Item 14 row in the later wording "Exhibits and Financial Statement Schedules",
  the caption keeping the longer "EXHIBITS, FINANCIAL STATEMENT SCHEDULES, AND REPORTS ON FORM
  8-K", and the line under it worded as prose ("(a) The following documents are filed as
  part of this report:", as most 10-Ks print it): a caption opening with its row's words was
  read only under a blank line, so the last item was missing.

Apple's 10-Q/A of 1997 (plain text) with the page break above its signatures lost, as in the
check set's Midland Tool & Die 10-Q of 1998 (no "<PAGE>" line, the signature page headed by
the registrant's name): the page's number and that name closed Item 4's text.
"""

from __future__ import annotations

import html
import re
import time

import pytest
from test_itm61_round61 import _as_html
from test_itm62_round62 import _HTML_ROWS, _text
from test_itm64_round64 import _PROSE, _edit

from filing2json.parsers import parse
from support import FILINGS

PERKINELMER = FILINGS / "10k405_2001_perkinelmerinc_1.txt"
APPLE = FILINGS / "10qa_1997_applecomputerinc_1.txt"
_CAPTION = re.compile(r"<div><b>Item \d+\. ([^<]*)</b>")


def _sentence(title: str) -> str:
    low = title.lower()
    return low[:1].upper() + low[1:]


def _html_items(rows: list[tuple[int, str, str]], sentence: bool, edit: tuple[str, str]
                ) -> tuple[dict[str, dict], dict[str, dict]]:
    """The items of the HTML rendering with an index table of `rows` and the captions alone
    (`sentence`: in sentence case), and with the item headings."""
    headed = _as_html(stacked=False, edit=edit)
    doc = _CAPTION.sub(lambda m: "<div><b>" + (html.escape(_sentence(html.unescape(
        m.group(1)))) if sentence else m.group(1)) + "</b>", headed)
    table = "".join(f"<tr><td>Item {n}.</td><td>{html.escape(title)}</td><td>{page}</td></tr>"
                    for n, title, page in rows)
    at = doc.index("</pre>") + len("</pre>")
    captioned = (f"{doc[:at]}<div><b>FORM 10-K CROSS-REFERENCE INDEX</b></div>"
                 f"<table>{table}</table>{doc[at:]}")
    return tuple({i["number"]: i for i in parse(d.encode("latin-1"), PERKINELMER.name)["items"]}
                 for d in (captioned, headed))


def _same(items: dict[str, dict], headed: dict[str, dict]) -> None:
    """The same items, titles and texts as with the item headings (titles in any case)."""
    assert [(n, i["title"].lower(), i["text"]) for n, i in items.items()] == [
        (n, i["title"].lower(), i["text"]) for n, i in headed.items()]


# Lines in Item 2's text that read as "Legal proceeding" but are no caption (a paragraph of
# their own each, or a <TABLE> block keeping its lines): a sentence, a contents row, a line
# going on the sentence above
_SENTENCE_DECOYS = [
    f"Legal proceedings continue.\n\n{_PROSE}\n\n",
    f"<TABLE>\nLegal proceeding                    12\n{_PROSE}\n</TABLE>\n\n",
    f"<TABLE>\nClaims against the Company are described under\nLegal proceeding\n{_PROSE}\n"
    "</TABLE>\n\n",
]


@pytest.mark.parametrize("decoy", ["", *_SENTENCE_DECOYS])
def test_reworded_sentence_case_caption_is_its_item(decoy: str) -> None:
    items, headed = _html_items(_HTML_ROWS, True, _edit(decoy))
    _same(items, headed)
    assert items["3"]["title"] == "Legal proceeding"
    assert items["3"]["text"].startswith("The Company is subject to various claims")
    assert items["5"]["title"] == (
        "Market for registrant's common equity and related stockholder matters")


_ROWS = [(n, "Exhibits and Financial Statement Schedules" if n == 14 else title, page)
         for n, title, page in _HTML_ROWS]
_PART_IV = "by reference.\n\n" + " " * 40 + "64\n<PAGE>   66"
_DOCUMENTS = ("(a) DOCUMENTS FILED AS PART OF THIS REPORT:",
              "(a) The following documents are filed as part of this report:")
# Lines in Item 13's text opening with the row's words but no caption: a sentence, a
# contents row, a line going on the sentence above, a label over a contents list
_ROW_DECOYS = [
    f"Exhibits and financial statement schedules are listed below.\n\n{_PROSE}\n\n",
    f"<TABLE>\nExhibits and Financial Statement Schedules         65\n{_PROSE}\n</TABLE>\n\n",
    f"<TABLE>\nThe exhibits are listed under\nExhibits and Financial Statement Schedules Filed\n"
    f"{_PROSE}\n</TABLE>\n\n",
    "<TABLE>\nEXHIBITS AND FINANCIAL STATEMENT SCHEDULES FILED\n1.  Financial Statements     F-1"
    "\n</TABLE>\n\n",
]


def _part_iv_edit(decoy: str) -> tuple[str, str]:
    """`decoy` at the end of Item 13's text and the line under Item 14's caption as prose."""
    text = _text()
    old = text[text.index(_PART_IV) : text.index(_DOCUMENTS[0]) + len(_DOCUMENTS[0])]
    return old, old.replace("by reference.\n\n", f"by reference.\n\n{decoy}", 1).replace(
        *_DOCUMENTS)


@pytest.mark.parametrize("decoy", ["", *_ROW_DECOYS])
@pytest.mark.parametrize("sentence", [False, True])
def test_caption_opening_with_its_rows_words_is_its_item(sentence: bool, decoy: str) -> None:
    items, headed = _html_items(_ROWS, sentence, _part_iv_edit(decoy))
    _same(items, headed)
    assert items["14"]["text"].startswith("(a) The following documents are filed")


def test_sentence_case_line_under_capital_captions_is_no_caption() -> None:
    # the filer's captions in capitals: a sentence-case line opening with the row's words
    # over prose is a paragraph's label, no caption (it would be, were they in sentence case)
    label = f"Exhibits and financial statement schedules of subsidiaries\n\n{_PROSE}\n\n"
    items, headed = _html_items(_ROWS, False, _part_iv_edit(label))
    _same(items, headed)
    assert items["14"]["title"].startswith("EXHIBITS, FINANCIAL STATEMENT SCHEDULES")


def test_many_lines_opening_with_a_rows_words_parse_quickly() -> None:
    # 4,000 paragraphs in Item 13's text, every other one opening with the row's words and
    # read as a caption but for the short line under it
    lines = "Exhibits and Financial Statement Schedules of Other Kinds\n\nNone.\n\n" * 2000
    started = time.process_time()
    items, _ = _html_items(_ROWS, False, _part_iv_edit(lines))
    assert time.process_time() - started < 5
    assert items["14"]["text"].startswith("(a) The following documents are filed")


_BREAK = " " * 38 + "3\n<PAGE>\n"  # Item 4's page number, the signature page's marker
_HEAD = " " * 33 + "{}\n"


def _apple_item(edit: str) -> str:
    raw = APPLE.read_text(encoding="latin-1")
    assert _BREAK in raw
    return parse(raw.replace(_BREAK, edit).encode("latin-1"), APPLE.name)["items"][-1]["text"]


@pytest.mark.parametrize("under", ["\n", ""])  # the number set off, or right under the text
def test_page_number_and_registrants_name_over_the_signatures_end_no_item(under: str) -> None:
    text = _apple_item(f"{under}{_BREAK[:-8]}\n\n{_HEAD.format('APPLE COMPUTER, INC.')}")
    assert text == _apple_item(_BREAK)
    assert text.endswith("Annual Meeting of  Shareholders held on February 5, 1997.")


@pytest.mark.parametrize("edit", [
    # another name under the page number: no running head of this filer
    f"{_BREAK[:-8]}\n\n{_HEAD.format('KPMG PEAT MARWICK LLP')}",
    # the registrant's name with no page number over it
    f"\n{_HEAD.format('APPLE COMPUTER, INC.')}"])
def test_a_name_closing_an_item_with_no_page_break_stays(edit: str) -> None:
    assert _apple_item(edit).endswith(edit.strip().rsplit("\n", 1)[-1].strip())
