"""Items, round 61: item titles in HTML renderings, where every paragraph is a line of its
own, flush left, with no blank line between. PerkinElmer's 10-K405 (2001, plain text) set as
HTML the way other filers print their 10-Ks: each paragraph a <div>, each "ITEM n.  TITLE"
heading either one <div> or the bare "Item n." in one <div> and the title in the next (as
Donnelley and Workiva set them), the cover and the text tables kept in <pre>. A title under a
bare heading does not take the sub-heading under it ("OVERVIEW", "PERKINELMER, INC. AND
SUBSIDIARIES") as its wrapped words, and a list's letter opening the text ("a) DIRECTORS",
PerkinElmer's Item 10; "d) Exhibits" under NVIDIA's 8-K Item 9.01) is neither a title's
wrapped line nor a paragraph's start that leaves the title out."""

from __future__ import annotations

import html
import re
import time
from typing import Any

import pytest

from filing2json.parsers import parse
from support import FILINGS, edited_items

PERKINELMER = FILINGS / "10k405_2001_perkinelmerinc_1.txt"
NVIDIA = FILINGS / "8k_2026_nvidiacorp_1.txt"
_HEADING = re.compile(r"ITEM (\d+)\.\s+(.*)", re.S)
_SMALL = frozenset("of and the in on to for or with".split())


def _title_case(title: str) -> str:
    words = title.lower().split()
    return " ".join(w if i and w in _SMALL else w[:1].upper() + w[1:] for i, w in enumerate(words))


def _as_html(stacked: bool, capitals: bool = True, edit: tuple[str, str] | None = None) -> str:
    """PerkinElmer's 10-K405 document with its text set as HTML paragraphs (see the module's
    docstring); `stacked`: "Item n." and the title in two <div>s; titles in capitals as
    printed, or in title case; `edit`: one (old, new) replacement in the plain text first."""
    text = PERKINELMER.read_text(encoding="latin-1")
    if edit:
        assert edit[0] in text
        text = text.replace(*edit)
    head, rest = text.split("<TEXT>\n", 1)
    body, tail = rest.split("</TEXT>", 1)
    cover, items = body.split("<PAGE>   2\n", 1)
    out = [f"<html><body><pre>{html.escape(cover)}</pre>"]
    for block in re.split(r"\n[ \t]*\n", items):
        block = block.strip()
        if not block or block.startswith("<PAGE>"):
            continue
        if block.startswith(("<TABLE>", "<S>", "<C")):
            out.append(f"<pre>{html.escape(block)}</pre>")
            continue
        para = html.escape(" ".join(block.split()))
        m = _HEADING.match(" ".join(block.split()))
        if m:
            title = m.group(2) if capitals else _title_case(m.group(2))
            sep = "</b></div><div><b>" if stacked else " "
            para = f"Item {m.group(1)}.{sep}{html.escape(title)}"
            out.append(f"<div><b>{para}</b></div>")
            continue
        out.append(f"<div>{para}</div>")
    return f"{head}<TEXT>\n{''.join(out)}</body></html>\n</TEXT>{tail}"


def _items(stacked: bool, capitals: bool = True, edit: tuple[str, str] | None = None
           ) -> dict[str, dict[str, Any]]:
    record = parse(_as_html(stacked, capitals, edit).encode("latin-1"), "perkinelmer.txt")
    return {i["number"]: i for i in record["items"]}


_MDA = "MANAGEMENT'S DISCUSSION AND ANALYSIS OF RESULTS OF OPERATIONS AND FINANCIAL CONDITION"


def test_stacked_title_in_capitals_leaves_the_sub_heading_under_it() -> None:
    items = _items(stacked=True)
    assert len(items) == 14
    assert items["7"]["title"] == _MDA  # was "... FINANCIAL CONDITION OVERVIEW"
    assert items["7"]["text"].startswith("OVERVIEW\nFiscal 2000 represented the third year")
    # was "... SUPPLEMENTAL DATA PERKINELMER, INC. AND SUBSIDIARIES CONSOLIDATED INCOME
    # STATEMENTS FOR THREE YEARS ENDED DECEMBER 31, 2000 <TABLE>"
    assert items["8"]["title"] == "FINANCIAL STATEMENTS AND SUPPLEMENTAL DATA"
    assert items["8"]["text"].startswith("PERKINELMER, INC. AND SUBSIDIARIES\nCONSOLIDATED")


def test_stacked_title_in_title_case_leaves_the_sub_heading_under_it() -> None:
    items = _items(stacked=True, capitals=False)
    assert items["7"]["title"] == ("Management's Discussion and Analysis of Results of "
                                   "Operations and Financial Condition")
    assert items["7"]["text"].startswith("OVERVIEW\n")
    assert items["8"]["title"] == "Financial Statements and Supplemental Data"


def test_stacked_title_over_a_lettered_list_keeps_its_title() -> None:
    # was no title, the text opening with it ("a) DIRECTORS" read as a paragraph's wrap)
    item = _items(stacked=True)["10"]
    assert item["title"] == "DIRECTORS AND EXECUTIVE OFFICERS OF THE REGISTRANT"
    assert item["text"].startswith("a) DIRECTORS\nThe information required by this Item")


def test_one_line_heading_over_a_lettered_list_keeps_its_title() -> None:
    # was "DIRECTORS AND EXECUTIVE OFFICERS OF THE REGISTRANT a) DIRECTORS"
    item = _items(stacked=False)["10"]
    assert item["title"] == "DIRECTORS AND EXECUTIVE OFFICERS OF THE REGISTRANT"
    assert item["text"].startswith("a) DIRECTORS\n")


def test_one_line_heading_over_a_roman_numbered_list_keeps_its_title() -> None:
    # PerkinElmer's "a) DIRECTORS" numbered "ii." as other filers number their lists
    item = _items(stacked=False, edit=("a) DIRECTORS", "ii. DIRECTORS"))["10"]
    assert item["title"] == "DIRECTORS AND EXECUTIVE OFFICERS OF THE REGISTRANT"
    assert item["text"].startswith("ii. DIRECTORS\n")


def test_plain_text_title_over_a_lettered_line_with_no_blank_keeps_its_title() -> None:
    # PerkinElmer's plain text with the blank line under Item 10's heading taken out
    text = PERKINELMER.read_text(encoding="latin-1")
    old = "REGISTRANT\n\n     a) DIRECTORS"
    assert old in text
    record = parse(text.replace(old, "REGISTRANT\n     a) DIRECTORS").encode("latin-1"),
                   "pe.txt")
    item = {i["number"]: i for i in record["items"]}["10"]
    assert item["title"] == "DIRECTORS AND EXECUTIVE OFFICERS OF THE REGISTRANT"
    assert item["text"].startswith("a) DIRECTORS\n")


@pytest.mark.parametrize("label", ["d) Exhibits", "d. Exhibits"])
def test_8k_exhibits_label_lettered_under_an_open_title(label: str) -> None:
    # NVIDIA's 8-K (2026, iXBRL) with its Item 9.01 title printed without the closing period
    # and its "(d) Exhibits" label, the next paragraph, lettered as other filers letter it:
    # was the title "Financial Statements and Exhibits d) Exhibits"
    edit = {"Item 9.01. Financial Statements and Exhibits.</span>":
            "Item 9.01. Financial Statements and Exhibits</span>", "(d) Exhibits": label}
    items = edited_items(NVIDIA, edit)
    opening = f"{label}\n\nExhibit Number\tDescription"[:30]
    assert items[1] == ("9.01", "Financial Statements and Exhibits", opening)


def test_many_lettered_lines_under_headings_parse_fast() -> None:
    text = "<DOCUMENT>\n<TYPE>10-K\n<TEXT>\n" + (
        "ITEM 1.  BUSINESS\na) b) c) d) e) f) g) h) i) ii. iii. iv.\n") * 4000 + "</TEXT>\n"
    assert len(text) > 200_000
    start = time.process_time()
    parse(text.encode(), "k.txt")
    assert time.process_time() - start < 5
