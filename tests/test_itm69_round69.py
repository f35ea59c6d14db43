"""Items, round 69: a title never ends inside a firm's name closing on its legal form ("ITEM 5.
SALE OF ASSETS FOR FIRST UNION CORP completed ...": cut after the whole name or not at all; a
small word in capitals goes on the name, "BANK OF AMERICA, N.A.", and a title ends on no word
opening a name, "FIRST", "UNITED"), and an 8-K's item headings printed title first, the number
after it ("Results of Operations and Financial Condition (Item 2.02)", "... - Item 2.02", the
number in its own cell).

Home Health Corporation of America's 8-K of 1997 (its "Item 5.  Other Events" heading) and
Sophiris Bio's 2016 8-K (HTML, its Item 2.02 and Item 9.01 headings in table rows), both
corpus filings, edited into those shapes.
"""

from __future__ import annotations

import re
import time

import pytest
from test_itm68_round68 import _HOME_HEAD, _HOME_TEXT, HOME_HEALTH, SOPHIRIS, _home_item_5

from filing2json.parsers import parse
from filing2json.parsers.sections.items import find_items

_ROW_2_02 = re.compile(r"<TABLE id=MTAB61.*?</TABLE>", re.S)
_ROW_9_01 = re.compile(r"<TABLE id=TBL68.*?</TABLE>", re.S)
_HOME_7 = ("Item 7.        Financial Statements and Exhibits\n"
           "- -------        ---------------------------------\n")
_RESULTS = "Results of Operations and Financial Condition"
_EXHIBITS = "Financial Statements and Exhibits"
_SOPHIRIS_TEXT = "On March 23, 2016, Sophiris Bio Inc. issued a press release"
_SOPHIRIS_END = "regardless of any general incorporation language."
_SOPHIRIS_9_01 = "(d) Exhibits\n\n99.1 Press release dated March 23, 2016."


def _sophiris(heading: str) -> list[tuple[str, str | None, str]]:
    """(number, title, text) of Sophiris's items, its two headings' table rows replaced by
    `heading` filled with each item's title and number."""
    raw = SOPHIRIS.read_text(encoding="latin-1")
    assert _ROW_2_02.search(raw) and _ROW_9_01.search(raw)
    edited = _ROW_2_02.sub(lambda _: heading.format(t=_RESULTS, T=_RESULTS.upper(), n="2.02"),
                           raw, count=1)
    edited = _ROW_9_01.sub(lambda _: heading.format(t=_EXHIBITS, T=_EXHIBITS.upper(), n="9.01"),
                           edited, count=1)
    items = parse(edited.encode("latin-1"), SOPHIRIS.name)["items"]
    return [(i["number"], i["title"], i["text"]) for i in items]


# --- a title never ends inside a firm's name closing on its legal form ---------------------

@pytest.mark.parametrize("line", [
    "ITEM 5. SALE OF ASSETS FOR FIRST UNION CORP completed the sale.",
    "ITEM 5. SALE OF ASSETS OF FIRST UNION CORP completed the sale.",
    "ITEM 5. SALE OF ASSETS FOR FIRST UNION L.P. completed the sale.",
    "ITEM 5. SALE OF ASSETS FOR NEW CENTURY CORPORATION completed the sale.",
    "ITEM 5. SALE OF ASSETS TO BANK OF AMERICA, N.A. completed the sale.",
    "Item 5. Sale of Assets for First Union Corp. completed the sale.",
], ids=["for-capitals", "of-capitals", "lp", "new", "bank-of-america", "title-case"])
def test_party_name_after_a_small_word_is_not_cut(line: str) -> None:
    # before: "SALE OF ASSETS FOR FIRST" / "UNION CORP completed ..." ("SALE OF ASSETS TO
    # BANK" / "OF AMERICA, N.A. ..."): a title ending inside the name; no cut now (the line
    # up to its stop is the title, as "ACQUISITION BY FIRST UNION CORP completed ..." is)
    title, text = _home_item_5(line)
    assert title == line[len("Item 5. "):].rstrip(".")
    assert text.startswith(_HOME_TEXT)


@pytest.mark.parametrize(("title", "sentence"), [
    ("SALE OF ASSETS", "FIRST UNION CORP completed the sale."),
    ("Sale of Assets", "First Union Corp. completed the sale."),
    ("SALE OF ASSETS", "UNITED RENTALS INC sold its business."),
    ("Sale of Assets", "United Rentals, Inc. sold its business."),
], ids=["first-capitals", "first-title-case", "united-capitals", "united-title-case"])
def test_title_ends_on_no_word_opening_a_name(title: str, sentence: str) -> None:
    # before: "SALE OF ASSETS FIRST" / "UNION CORP completed ...": the shortest name read;
    # a title is no "FIRST" left without its noun, the whole name is the text's
    got_title, text = _home_item_5(f"Item 5. {title} {sentence}")
    assert got_title == title
    assert text.startswith(f"{sentence} {_HOME_TEXT}")


@pytest.mark.parametrize(("title", "sentence"), [
    ("SALE OF ASSETS", "ACME CORP sold its business."),
    ("Sale of Assets", "The Acme Corp. sold its business."),
    ("Agreement with Bank of America Corp.", "Acme Corp. entered into a merger agreement."),
], ids=["one-word", "the", "party-closed"])
def test_name_cut_unchanged(title: str, sentence: str) -> None:
    # (the neighbours: a name of one word, "The" opening one, a party's name closed on its
    # form: the cut before the firm's name stays)
    got_title, text = _home_item_5(f"Item 5. {title} {sentence}")
    assert got_title == title
    assert text.startswith(f"{sentence} {_HOME_TEXT}")


# --- an 8-K's item number printed after its title -----------------------------------------

@pytest.mark.parametrize(("heading", "upper"), [
    ("<P><B>{t} (Item {n})</B></P>", False),
    ("<P><B>{t}. (Item {n})</B></P>", False),
    ("<P><B>{T} (ITEM {n})</B></P>", True),
    ("<P><B>{t} - Item {n}</B></P>", False),
    ("<P><B>{t} &#8212; Item {n}</B></P>", False),
    ("<P><B>{t} [Item {n}]</B></P>", False),
    ("<P><U>{t} (Item {n}).</U></P>", False),
    ("<TABLE><TR><TD><B>{t}</B></TD><TD><B>(Item {n})</B></TD></TR></TABLE>", False),
    ("<P><B>{t} (Item {n} of Form 8-K)</B></P>", False),
], ids=["brackets", "stop", "capitals", "dash", "em-dash", "square", "underlined", "cells",
        "of-form"])
def test_item_number_after_its_title(heading: str, upper: bool) -> None:
    # before: no item at all (no line opens on "Item")
    results, exhibits = (_RESULTS.upper(), _EXHIBITS.upper()) if upper else (_RESULTS, _EXHIBITS)
    items = _sophiris(heading)
    assert [(n, t) for n, t, _ in items] == [("2.02", results), ("9.01", exhibits)]
    assert items[0][2].startswith(_SOPHIRIS_TEXT)
    assert items[0][2].endswith(_SOPHIRIS_END)
    assert items[1][2] == _SOPHIRIS_9_01


@pytest.mark.parametrize(("item_5", "item_7", "titles"), [
    ("Other Events (Item 5)\n", "Financial Statements and Exhibits (Item 7)\n",
     ["Other Events", "Financial Statements and Exhibits"]),
    ("OTHER EVENTS - ITEM 5\n- ------------------\n",
     "FINANCIAL STATEMENTS AND EXHIBITS - ITEM 7\n",
     ["OTHER EVENTS", "FINANCIAL STATEMENTS AND EXHIBITS"]),
], ids=["brackets", "dash-capitals"])
def test_old_item_number_after_its_title(item_5: str, item_7: str, titles: list[str]) -> None:
    # Home Health's 1997 text 8-K, its two headings printed title first; before: no items
    raw = HOME_HEALTH.read_text(encoding="latin-1")
    assert raw.count(_HOME_HEAD) == 1 and raw.count(_HOME_7) == 1
    edited = raw.replace(_HOME_HEAD, f"{item_5}\n               On September 26, 1997, Home "
                         "Health").replace(_HOME_7, item_7)
    items = parse(edited.encode("latin-1"), HOME_HEALTH.name)["items"]
    assert [(i["number"], i["title"]) for i in items] == list(zip(["5", "7"], titles, strict=True))
    assert items[0]["text"].startswith(_HOME_TEXT[: _HOME_TEXT.index("\n") + 1])
    assert items[0]["text"].endswith("HHCA and USHO.")
    assert items[1]["text"].startswith("Exhibit 10.1      Agreement and Plan of Merger")


def test_item_number_before_its_title_in_cells_unchanged() -> None:
    # (the neighbour: "Item 2.02" | "Results of Operations and Financial Condition." in a
    # two-cell row, as Sophiris prints it)
    items = _sophiris("<TABLE><TR><TD><B>Item {n}</B></TD><TD><B>{t}.</B></TD></TR></TABLE>")
    assert [(n, t) for n, t, _ in items] == [("2.02", _RESULTS), ("9.01", _EXHIBITS)]
    assert items[0][2].startswith(_SOPHIRIS_TEXT)


def test_own_title_before_a_number_is_no_heading() -> None:
    # (the neighbour: a title not the SEC's for its number reads no heading: "Fourth Quarter
    # Results (Item 2.02)" may be a sentence's words)
    raw = SOPHIRIS.read_text(encoding="latin-1")
    edited = _ROW_2_02.sub(lambda _: "<P><B>Fourth Quarter Results (Item 2.02)</B></P>", raw,
                           count=1)
    edited = _ROW_9_01.sub(lambda _: "<P><B>Exhibits Filed (Item 9.01)</B></P>", edited,
                           count=1)
    assert parse(edited.encode("latin-1"), SOPHIRIS.name)["items"] == []


def test_speed_number_after_title_and_names() -> None:
    lines = ("Results of Operations (Item " * 3000 + "\n"
             + "- - - Item 2.02 x " * 3000 + "\n"
             + "Results of Operations and Financial Condition - Item 2.02)\n" * 1000
             + "(Item 2.02\n" * 3000)
    text = "FORM 8-K\n\n" + lines
    assert len(text) > 200_000
    start = time.process_time()
    find_items(text, "8-K")
    names = "ITEM 5. SALE OF ASSETS FOR " + "FIRST UNITED " * 8000 + "CORP completed it.\n"
    find_items("FORM 8-K\n\n" + names, "8-K")
    assert time.process_time() - start < 5
