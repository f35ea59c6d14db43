"""Items, round 65: captions of an HTML rendering (every paragraph a line, no blank line
between) named by a cross-reference index's rows.

PerkinElmer's 10-K405 (2001, plain text) set as HTML paragraphs as in test_itm61_round61 and
test_itm64b_round64 (a table "FORM 10-K CROSS-REFERENCE INDEX" after the cover, the body's item
headings cut to their bold captions), here in title case ("Legal Proceedings"), with these edits
into shapes other filers print:

- Item 7's "MARKET RISK" sub-heading made the caption of an Item 7A "Quantitative and
  Qualitative Disclosures about Market Risk" (its row in the index), "about" in lower case as
  many filers print it: the caption read as sentence case, so a sentence-case label opening
  with a row's words ("Exhibits and financial statement schedules of subsidiaries" over its
  paragraph) was taken for Item 14's caption;
- Item 12's caption broken over two lines by a <br> ("Security Ownership of<br>Certain
  Beneficial Owners and Management"): read only under a blank line, so Item 11 held Item 12.

Apple's 10-Q/A of 1997 (plain text, Part II's Item 4 only) with an Item 6 added under Item 4's
text, captioned in the longer wording some filers copy from the 10-K ("Exhibits, Financial
Statement Schedules and Reports on Form 8-K", as the check set's 10-KSB prints its Item 13):
the heading opens with the form's title "Exhibits" and the form's number "8-K" read as a
sentence's figure, so the title was cut to "Exhibits" and the rest opened the item's text.
"""

from __future__ import annotations

import html
import re
import time

import pytest
import test_itm64b_round64 as itm64b
from test_itm61_round61 import _as_html
from test_itm62_round62 import _HTML_ROWS
from test_itm64_round64 import _PROSE
from test_itm64b_round64 import _ROWS, _part_iv_edit

from filing2json.parsers import parse
from support import FILINGS

APPLE = FILINGS / "10qa_1997_applecomputerinc_1.txt"
_HEADED = re.compile(r"<div><b>Item \d+A?\. ([^<]*)</b>")
_MARKET_RISK = "<div>MARKET RISK</div>"
_7A = "Quantitative and Qualitative Disclosures about Market Risk"
_12 = "Security Ownership of Certain Beneficial Owners and Management"


def _with_7a(rows: list[tuple[int, str, str]]) -> list[tuple[int | str, str, str]]:
    at = next(i for i, row in enumerate(rows) if row[0] == 8)
    return [*rows[:at], ("7A", "Quantitative and Qualitative Disclosures About Market Risk",
                         "60"), *rows[at:]]


def _html_items(rows: list[tuple[int | str, str, str]], edit: tuple[str, str],
                caption_7a: str = _7A, split_12: str = _12
                ) -> tuple[dict[str, dict], dict[str, dict]]:
    """The items of the title-case HTML rendering with an index table of `rows` and the
    captions alone (Item 7A's `caption_7a`, Item 12's printed as `split_12`), and with the
    item headings: test_itm64b_round64's, its rendering and its caption pattern swapped."""

    def as_html(stacked: bool, edit: tuple[str, str]) -> str:
        headed = _as_html(stacked, capitals=False, edit=edit)
        assert _MARKET_RISK in headed
        return headed.replace(_MARKET_RISK,
                              f"<div><b>Item 7A. {html.escape(caption_7a)}</b></div>")

    def split_parse(data: bytes, name: str) -> dict:
        doc = data.decode("latin-1")
        if "CROSS-REFERENCE INDEX" in doc:  # (the captions alone)
            assert f"<div><b>{_12}</b>" in doc
            doc = doc.replace(f"<div><b>{_12}</b>", f"<div><b>{split_12}</b>")
        return parse(doc.encode("latin-1"), name)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(itm64b, "_as_html", as_html)
        patch.setattr(itm64b, "_CAPTION", _HEADED)
        patch.setattr(itm64b, "parse", split_parse)
        return itm64b._html_items(rows, False, edit)


def _same(items: dict[str, dict], headed: dict[str, dict]) -> None:
    assert [(n, i["title"], i["text"]) for n, i in items.items()] == [
        (n, i["title"], i["text"]) for n, i in headed.items()]


_LABEL = f"Exhibits and financial statement schedules of subsidiaries\n\n{_PROSE}\n\n"


@pytest.mark.parametrize("caption", [_7A, _7A.replace("about", "within")])
def test_small_word_in_a_title_case_caption_is_no_sentence_case(caption: str) -> None:
    # the filer's captions in title case, "about" (or "within") in lower case: the label
    # in Item 13's text is no caption, as under captions in capitals (test_itm64b_round64)
    rows = [(n, caption.replace(" about ", " About ").replace(" within ", " Within "), p)
            if n == "7A" else (n, t, p) for n, t, p in _with_7a(_ROWS)]
    items, headed = _html_items(rows, _part_iv_edit(_LABEL), caption_7a=caption)
    _same(items, headed)
    assert items["7A"]["title"] == caption
    assert items["7A"]["text"].startswith("Market Risk: The Company is exposed to market risk")
    assert items["13"]["text"].endswith(_PROSE)
    assert items["14"]["title"].startswith("Exhibits, Financial Statement Schedules, and")


_LATER_12 = f"{_12} and Related Stockholder Matters"  # the form's wording since 2006


@pytest.mark.parametrize("split", [
    "Security Ownership of<br>Certain Beneficial Owners and Management",  # after a small word
    "Security Ownership of Certain<br>Beneficial Owners and Management",
    "Security Ownership of Certain Beneficial<br>Owners and Management",
    # worded as the form's later title, not as the index's row (read by its likeness)
    "Security Ownership of<br>Certain Beneficial Owners and Management and Related "
    "Stockholder Matters",
    "Security Ownership of Certain Beneficial Owners and<br>Management and Related "
    "Stockholder Matters"])
def test_caption_broken_by_a_br_is_its_item(split: str) -> None:
    items, headed = _html_items(_with_7a(_HTML_ROWS), ("", ""), split_12=split)
    title = split.replace("<br>", " ")
    assert items["12"]["title"] == title
    headed["12"]["title"] = title
    _same(items, headed)
    assert items["12"]["text"].startswith("The information required by this Item is")
    assert "Security Ownership of Management" not in items["11"]["text"]


_ITEM_12 = "ITEM 12.  SECURITY OWNERSHIP"
# Lines at the end of Item 11's text reading as the broken caption but none (a <TABLE> block,
# a <pre> keeping its lines): the pair going on the sentence above, over no prose, or the
# second line going on into a sentence
_BR_DECOYS = [
    f"<TABLE>\nThe holdings of officers are set out under\nSecurity Ownership of\n"
    f"Certain Beneficial Owners and Management\n{_PROSE}\n</TABLE>\n\n",
    "<TABLE>\nSecurity Ownership of\nCertain Beneficial Owners and Management\nNone.\n</TABLE>\n\n",
    f"<TABLE>\nSecurity Ownership of\nCertain Beneficial Owners and Management is shown below.\n"
    f"{_PROSE}\n</TABLE>\n\n",
]


@pytest.mark.parametrize("decoy", _BR_DECOYS, ids=["goes-on", "no-prose", "sentence"])
@pytest.mark.parametrize("later", [False, True])  # the index's wording, or the form's later
def test_lines_reading_as_a_broken_caption_are_none(later: bool, decoy: str) -> None:
    if later:
        decoy = decoy.replace("Management", "Management and Related Stockholder Matters")
    caption = _LATER_12 if later else _12
    items, headed = _html_items(_with_7a(_HTML_ROWS), (_ITEM_12, decoy + _ITEM_12),
                                split_12=caption.replace(" of ", " of<br>", 1))
    headed["12"]["title"] = caption
    _same(items, headed)
    assert items["11"]["text"].endswith(decoy.strip())


_ITEM_4_END = "Annual Meeting of  Shareholders held on February 5, 1997.\n"
_EXHIBITS = ("(a) Exhibits\n\n     27  Financial Data Schedule\n\n(b) Reports on Form 8-K\n\n"
             "     None.\n")


@pytest.mark.parametrize("title", [
    "Exhibits, Financial Statement Schedules and Reports on Form 8-K",
    "EXHIBITS, FINANCIAL STATEMENT SCHEDULES AND REPORTS ON FORM 8-K"])
def test_longer_title_naming_a_form_stays_whole(title: str) -> None:
    raw = APPLE.read_text(encoding="latin-1")
    assert raw.count(_ITEM_4_END) == 1
    raw = raw.replace(_ITEM_4_END, f"{_ITEM_4_END}\nItem 6.  {title}\n\n{_EXHIBITS}")
    items = parse(raw.encode("latin-1"), APPLE.name)["items"]
    assert [i["number"] for i in items] == ["4", "6"]
    assert items[1]["title"] == title
    assert items[1]["standard_title"] == "Exhibits and Reports on Form 8-K"
    assert items[1]["text"] == _EXHIBITS.strip()


def test_many_lines_reading_as_a_broken_caption_parse_quickly() -> None:
    # ~200 KB of paragraphs in Item 11's text, each pair the row's whole title over no prose
    pairs = ("<TABLE>\nSecurity Ownership of\nCertain Beneficial Owners and Management\n"
             "None.\n</TABLE>\n\n") * 2500
    started = time.process_time()
    items, _ = _html_items(_with_7a(_HTML_ROWS), (_ITEM_12, pairs + _ITEM_12),
                           split_12="Security Ownership of<br>Certain Beneficial Owners and "
                                    "Management")
    assert time.process_time() - started < 5
    assert items["12"]["text"].startswith("The information required by this Item is")
