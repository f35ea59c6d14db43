"""Items, round 69b: an 8-K mixing title-first headings ("Results of Operations and Financial
Condition (Item 2.02)") with "Item 9.01 ..." lines reads all its items; an 8-K/A's mark of an
amended item after its number ("Item 2.02 (amended) Results of ...") is no part of the title;
and the explanatory note under a heading that only numbers the amendment ("AMENDMENT NO. 1")
holds all its paragraphs.

Horizon Financial's 8-K of 2006 (text, "Item 2.02" and "Item 9.01" headings), Home Health
Corporation of America's 8-K of 1997 ("Item 5." and "Item 7."), Sophiris Bio's 8-K of 2016
(HTML, its headings in table rows) and Quixote's 10-K/A of 1998 (a cover printing "Amendment
No. 2" under "FORM 10-K/A"), corpus filings or test edits of them, edited into those shapes.
"""

from __future__ import annotations

import re
import time

import pytest

from filing2json.parsers import parse
from filing2json.parsers.sections.explanatory_note import find_explanatory_note
from filing2json.parsers.sections.items import find_items
from support import FILINGS

HORIZON = FILINGS / "8k_2006_horizonfinancialcorp_1.txt"
HOME_HEALTH = FILINGS / "8k_1997_homehealthcorpofameric_2.txt"
SOPHIRIS = FILINGS / "8k_2016_sophirisbioinc_1.htm"

_H2 = ("Item 2.02  Results of Operations and Financial Condition\n"
       "- --------------------------------------------------------\n")
_H9 = ("Item 9.01  Financial Statements and Exhibits\n"
       "- --------------------------------------------\n")
_RESULTS = "Results of Operations and Financial Condition"
_EXHIBITS = "Financial Statements and Exhibits"
_HORIZON_2 = "On January 19, 2006, Horizon Financial Corp. issued its earnings release"
_HORIZON_2_END = "attached hereto as Exhibit 99.1 and incorporated herein by reference."
_HORIZON_9 = "(c)    Exhibits\n\n     99.1   Press Release of Horizon Financial Corp."

_HOME_5 = "Item 5.        Other Events\n- -------        ------------\n"
_HOME_7 = ("Item 7.        Financial Statements and Exhibits\n"
           "- -------        ---------------------------------\n")
_HOME_TEXT = "On September 26, 1997, Home Health Corporation of America, Inc."

_ROW_2_02 = re.compile(r"<TABLE id=MTAB61.*?</TABLE>", re.S)
_ROW_9_01 = re.compile(r"<TABLE id=TBL68.*?</TABLE>", re.S)
_SOPHIRIS_TEXT = "On March 23, 2016, Sophiris Bio Inc. issued a press release"
_SOPHIRIS_END = "regardless of any general incorporation language."
_SOPHIRIS_9_01 = "(d) Exhibits\n\n99.1 Press release dated March 23, 2016."

_STATEMENT = ("This Amendment No. 1 on Form 8-K/A amends the Current Report on Form 8-K of\n"
              "Horizon Financial Corp. filed on January 19, 2006 to correct the earnings "
              "release.\n")
_STATEMENT_READ = ("This Amendment No. 1 on Form 8-K/A amends the Current Report on Form 8-K of "
                   "Horizon Financial Corp. filed on January 19, 2006 to correct the earnings "
                   "release.")
_NO_OTHER = "Except as described above, no other change is made to the Current Report."


def _horizon(edit: dict[str, str], amendment: str | None = None) -> dict:
    """The record of Horizon's 8-K, each `edit` key replaced by its value; with `amendment`,
    made an 8-K/A (its header and cover say so) with `amendment` above its first item."""
    raw = HORIZON.read_text(encoding="latin-1")
    for old, new in edit.items():
        assert raw.count(old) == 1
        raw = raw.replace(old, new)
    if amendment is not None:
        for old, new in (("CONFORMED SUBMISSION TYPE:\t8-K", "CONFORMED SUBMISSION TYPE:\t8-K/A"),
                         ("         FORM 8-K\n",
                          "         FORM 8-K/A\n                         (Amendment No. 1)\n"),
                         ("<PAGE>\n\n\n\nItem 2.02", f"<PAGE>\n\n\n\n{amendment}Item 2.02")):
            assert raw.count(old) == 1
            raw = raw.replace(old, new)
    return parse(raw.encode("latin-1"), HORIZON.name)


def _items(record: dict) -> list[tuple[str, str | None, str]]:
    return [(i["number"], i["title"], i["text"]) for i in record["items"]]


def _check_horizon(items: list[tuple[str, str | None, str]], results: str = _RESULTS,
                   exhibits: str = _EXHIBITS) -> None:
    """Horizon's two items, whole: each titled, each text from its start to its end."""
    assert [(n, t) for n, t, _ in items] == [("2.02", results), ("9.01", exhibits)]
    assert items[0][2].startswith(_HORIZON_2)
    assert items[0][2].endswith(_HORIZON_2_END)
    assert items[1][2].startswith(_HORIZON_9)
    assert items[1][2].endswith("Press Release of Horizon Financial Corp. dated January 19, 2006.")


# --- title-first headings beside "Item N" lines --------------------------------------------

@pytest.mark.parametrize(("heading", "results"), [
    (f"{_RESULTS} (Item 2.02)\n", _RESULTS),
    (f"{_RESULTS} - Item 2.02\n", _RESULTS),
    (f"{_RESULTS.upper()} (ITEM 2.02)\n", _RESULTS.upper()),
    (f"{_RESULTS} [Item 2.02]\n{'-' * 57}\n", _RESULTS),
], ids=["brackets", "dash", "capitals", "square-underlined"])
def test_title_first_heading_beside_item_lines(heading: str, results: str) -> None:
    # before: the title-first heading was no heading (an "Item" line heads an item): Item
    # 2.02 missing, its text in the cover's
    _check_horizon(_items(_horizon({_H2: heading})), results)


def test_title_first_heading_after_an_item_line() -> None:
    # before: Item 9.01 missing, its text run on in Item 2.02's
    _check_horizon(_items(_horizon({_H9: f"{_EXHIBITS} (Item 9.01)\n"})))


@pytest.mark.parametrize(("item_5", "item_7"), [
    ("Other Events (Item 5)\n", _HOME_7),
    (_HOME_5, "Financial Statements and Exhibits (Item 7)\n"),
], ids=["first", "second"])
def test_old_title_first_heading_beside_item_line(item_5: str, item_7: str) -> None:
    # Home Health's 1997 8-K: before, the title-first item was missing (Item 7's text ran on
    # in Item 5's when it was the second)
    raw = HOME_HEALTH.read_text(encoding="latin-1")
    assert raw.count(_HOME_5) == 1 and raw.count(_HOME_7) == 1
    edited = raw.replace(_HOME_5, item_5).replace(_HOME_7, item_7)
    items = parse(edited.encode("latin-1"), HOME_HEALTH.name)["items"]
    assert [(i["number"], i["title"]) for i in items] == [("5", "Other Events"), ("7", _EXHIBITS)]
    assert items[0]["text"].startswith(_HOME_TEXT)
    assert items[0]["text"].endswith("HHCA and USHO.")
    assert items[1]["text"].startswith("Exhibit 10.1      Agreement and Plan of Merger")


def test_title_first_html_heading_beside_item_row() -> None:
    # Sophiris's HTML 8-K: its Item 2.02 row printed title first, its "Item 9.01" row kept;
    # before: Item 2.02 missing
    raw = SOPHIRIS.read_text(encoding="latin-1")
    edited = _ROW_2_02.sub(lambda _: f"<P><B>{_RESULTS} (Item 2.02)</B></P>", raw, count=1)
    items = _items(parse(edited.encode("latin-1"), SOPHIRIS.name))
    assert [(n, t) for n, t, _ in items] == [("2.02", _RESULTS), ("9.01", _EXHIBITS)]
    assert items[0][2].startswith(_SOPHIRIS_TEXT)
    assert items[0][2].endswith(_SOPHIRIS_END)
    assert items[1][2] == _SOPHIRIS_9_01


def test_title_first_line_of_an_item_headed_is_no_heading() -> None:
    # (the neighbour: a title-first line of a number an "Item" line heads, a list of the items
    # reported above them, adds no item and cuts no text)
    listed = f"{_RESULTS} (Item 2.02)\n{_EXHIBITS} (Item 9.01)\n\n"
    _check_horizon(_items(_horizon({"<PAGE>\n\n\n\nItem 2.02": f"<PAGE>\n\n{listed}Item 2.02"})))


def test_own_title_first_beside_item_line_is_no_heading() -> None:
    # (the neighbour: a title not the SEC's before a number, "Fourth Quarter Results (Item
    # 2.02)", is no heading beside "Item" lines either: its words stay the cover's)
    record = _horizon({_H2: "Fourth Quarter Results (Item 2.02)\n"})
    assert [(n, t) for n, t, _ in _items(record)] == [("9.01", _EXHIBITS)]


# --- an 8-K/A's amended item ---------------------------------------------------------------

@pytest.mark.parametrize(("heading_2", "heading_9", "exhibits"), [
    (f"Item 2.02 (amended)  {_RESULTS}\n", f"Item 9.01 (amended)  {_EXHIBITS}\n", _EXHIBITS),
    (f"Item 2.02 (Amended). {_RESULTS}\n", f"Item 9.01 (As Amended): {_EXHIBITS}\n", _EXHIBITS),
    (f"Item 2.02 [Amended] {_RESULTS}\n", f"ITEM 9.01 (AS AMENDED). {_EXHIBITS.upper()}\n",
     _EXHIBITS.upper()),
    (f"Item 2.02. (amended) {_RESULTS}\n", f"Item 9.01 (Amended) - {_EXHIBITS}\n", _EXHIBITS),
    (f"Item 2.02 (amended)\n{_RESULTS}\n", f"Item 9.01 (amended)\n{_EXHIBITS}\n", _EXHIBITS),
], ids=["amended", "stop-colon", "square-capitals", "period-dash", "title-below"])
def test_amended_mark_after_the_number(heading_2: str, heading_9: str, exhibits: str) -> None:
    # before: "(amended) Results of Operations ...", "Amended" / "Results ..." in the text,
    # "[Amended] Results ...", "AS AMENDED. FINANCIAL ...", "(amended)" / the title the text's
    record = _horizon({_H2: heading_2, _H9: heading_9}, f"{_STATEMENT}\n")
    assert record["form_type"] == "8-K/A"
    _check_horizon(_items(record), exhibits=exhibits)


def test_amended_mark_then_run_in_text() -> None:
    # before: the whole line the title, "(amended) Results of ... Condition On January 20,
    # 2006, the Company amended it"
    record = _horizon({_H2: f"Item 2.02 (amended) {_RESULTS} On January 20, 2006, the Company "
                            "amended it.\n"}, f"{_STATEMENT}\n")
    number, title, text = _items(record)[0]
    assert (number, title) == ("2.02", _RESULTS)
    assert text.startswith(f"On January 20, 2006, the Company amended it.\n\n{_HORIZON_2}")


def test_amended_after_the_title_unchanged() -> None:
    # (the neighbour: "(as amended)" closing the title is the title's words, as printed)
    record = _horizon({_H9: f"Item 9.01  {_EXHIBITS} (as amended)\n"}, f"{_STATEMENT}\n")
    _check_horizon(_items(record), exhibits=f"{_EXHIBITS} (as amended)")


def test_bracketed_words_after_the_number_unchanged() -> None:
    # (the neighbour: other words in brackets after the number are the title's)
    record = _horizon({_H2: f"Item 2.02 (Amended Results) {_RESULTS}\n"}, f"{_STATEMENT}\n")
    assert _items(record)[0][1] == f"Amended Results {_RESULTS}"


# --- the note under "AMENDMENT NO. 1" ------------------------------------------------------

@pytest.mark.parametrize("head", ["AMENDMENT NO. 1\n\n", "Amendment No. 1\n",
                                  "Amendment No. 1:\n\n"],
                         ids=["capitals", "no-blank", "colon"])
def test_note_under_amendment_number(head: str) -> None:
    # before: the first paragraph only ("Amendment No. 1 This Amendment No. 1 ..." with no
    # blank line under the heading)
    record = _horizon({}, f"{head}{_STATEMENT}\n{_NO_OTHER}\n\n")
    assert record["explanatory_note"] == f"{_STATEMENT_READ}\n\n{_NO_OTHER}"
    _check_horizon(_items(record))


def test_note_under_explanatory_note_unchanged() -> None:
    # (the neighbour: under "EXPLANATORY NOTE" all the paragraphs, as before)
    record = _horizon({}, f"EXPLANATORY NOTE\n\n{_STATEMENT}\n{_NO_OTHER}\n\n")
    assert record["explanatory_note"] == f"{_STATEMENT_READ}\n\n{_NO_OTHER}"


def test_cover_amendment_number_heads_no_note() -> None:
    # (the neighbours: the cover's "(Amendment No. 1)" in brackets, and "AMENDMENT NO. 1" over
    # a paragraph stating no amendment of this filing (a contract's), head no note)
    record = _horizon({}, f"(Amendment No. 1)\n\n{_STATEMENT}\n{_NO_OTHER}\n\n")
    assert record["explanatory_note"] == _STATEMENT_READ
    contract = ("AMENDMENT NO. 1\n\nOn January 19, 2006, the Company entered into Amendment No. 1 "
                "to its\ncredit agreement with the bank.\n\nThe amendment extends its term.\n\n")
    assert _horizon({}, contract)["explanatory_note"] is None


@pytest.mark.parametrize("above", ["", "\n"], ids=["under-form", "set-off"])
def test_cover_amendment_number_over_cover_lines(above: str) -> None:
    # Quixote's 10-K/A: "FORM 10-K/A" / "Amendment No. 2" / the statement / the cover's
    # "[X] ANNUAL REPORT ..." lines: the statement alone, never the cover's lines under it
    text = ("                                   FORM 10-K/A\n" + above
            + "                                 Amendment No. 2\n\n"
            "   This amendment to the Annual Report on Form 10-K for year ended December 31, 1996\n"
            "   is filed to restate Item 8.\n\n"
            "[X]  ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT "
            "OF 1934\n\n                   For the fiscal year ended December 31, 1997\n\n"
            "                          Commission File Number 0-15131\n\n")
    assert find_explanatory_note(text, None, True) == (
        "This amendment to the Annual Report on Form 10-K for year ended December 31, 1996 is "
        "filed to restate Item 8.")


# --- speed ---------------------------------------------------------------------------------

def test_speed_mixed_headings_and_amendment_heads() -> None:
    lines = ("Item 2.02 Results of Operations and Financial Condition\n\nText.\n\n"
             + "Results of Operations and Financial Condition (Item 2.02)\n" * 2000
             + "Other Events - Item 8.01 (Item 8.01 - Item 8.01\n" * 2000
             + "Item 9.01 (amended (amended (amended [As amended\n" * 2000)
    lines += (" " * 40 + "- Item 2.02\n") * 2000  # (spaces walked back from each keyword)
    text = "FORM 8-K\n\n" + lines
    assert len(text) > 200_000
    start = time.process_time()
    find_items(text, "8-K")
    front = ("\nAMENDMENT NO. 1\n" + "Amendment No. 1 " * 200 + "\n") * 100
    find_explanatory_note(front, None, True)
    assert time.process_time() - start < 5
