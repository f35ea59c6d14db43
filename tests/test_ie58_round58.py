"""Items and exhibits, round 58: real filings edited into shapes other filers print.

- A plain Part line ("PART I", "PART I - FINANCIAL INFORMATION") reprinted atop a page inside
  an item of that Part, with no item heading under it, continues the item (Indiana Bell's 1999
  10-Q with its Part's line typed atop page 10, inside Item 2).
- An 8-K item heading with no title on its line takes the form's title from the next line also
  when that title runs into the text ("Results of Operations and Financial Condition. On ...")
  or wraps before a lower-case word ("Results of Operations" / "and Financial Condition"):
  Horizon Financial's 2008 8-K (plain text) and Apple's 2024 8-K (iXBRL) so retyped.
- "EX-99.A-1", "EX-99.A-5-C" (a dash in a tender offer's type) are (a)(1), (a)(5)(C): CVR
  Energy's 2025 SC TO-T/A with its exhibit document so typed.
- The run-in and prose exhibit readers end a description where its sentence goes on ("... is
  furnished with this report", ", which ...", ", attached hereto and ...", ". The Release is
  ..."), and read no verb or "herewith" as a description: Horizon Financial's 2006 8-K with its
  exhibits item retyped as such sentences.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from filing2json.parsers import parse
from filing2json.parsers.sections.exhibits import exhibit_key, prose_entries, run_in_entries
from filing2json.parsers.sections.items import find_items
from support import FILINGS, edited_record, validate

INDIANA_BELL = FILINGS / "10q_1999_indianabelltelephoneco_1.txt"
HORIZON_2008 = FILINGS / "8k_2008_horizonfinancialcorp_1.txt"
HORIZON_2006 = FILINGS / "8k_2006_horizonfinancialcorp_1.txt"
APPLE_2024 = FILINGS / "8k_2024_appleinc_1.txt"
CVR = FILINGS / "sctota_2025_cvrenergyinc_1.txt"


@pytest.mark.parametrize("again", ["PART I", "PART I - FINANCIAL INFORMATION", "Part I",
                                   "PART I.  FINANCIAL INFORMATION",
                                   "PART I\n\n                FINANCIAL INFORMATION"])
def test_a_plain_part_line_atop_a_page_continues_the_item(again: str) -> None:
    # Indiana Bell 1999: the Part's line typed atop page 10 (a page break above it), inside
    # Item 2, over the item's own running head ("Management's Discussion ... (cont'd.)",
    # atop pages 10 to 21: furniture, gone too since round 60, as is "Network access
    # (cont'd.)" carried over from page 9)
    whole = edited_record(INDIANA_BELL, {})["items"]
    items = edited_record(INDIANA_BELL, {"<PAGE>10\n": f"<PAGE>10\n\n                    "
                                         f"{again}\n"})["items"]
    assert [i["number"] for i in items] == ["1", "2"]
    assert items[1]["text"][-300:] == whole[1]["text"][-300:]
    assert "PART I" not in items[1]["text"].upper()
    assert "FINANCIAL INFORMATION" not in items[1]["text"]
    after = items[1]["text"].split("interstate and intrastate services.\n\n", 1)[1]
    assert after.lstrip().startswith("Interstate network access revenues increased")
    # the same page with Part II and its Item 1 typed atop it: Item 2 ends there
    items = edited_record(INDIANA_BELL, {"<PAGE>10\n": "<PAGE>10\n\n                    PART II"
                                         "\n\nItem 1.  Legal Proceedings\n\n     None.\n"})["items"]
    assert [i["number"] for i in items] == ["1", "2", "1"]
    assert items[1]["text"].endswith("interstate and intrastate services.")


_HORIZON_HEADING = "Item 2.02  Results of Operations and Financial Condition\n"
_UNDERLINE = "- " + "-" * 56 + "\n\n"
_HORIZON_TEXT = "     On January 17, 2008, Horizon Financial Corp. issued its earnings release\n"


@pytest.mark.parametrize("heading", [
    "Item 2.02.\nResults of Operations and Financial Condition. On January 17, 2008, Horizon "
    "Financial Corp.\n",
    "ITEM 2.02\n\nResults of Operations and Financial Condition.  On January 17, 2008, Horizon "
    "Financial Corp.\n"])
def test_a_title_under_a_bare_8k_heading_run_into_its_text(heading: str) -> None:
    # (the heading, its underline and the paragraph's first line retyped: the line under the
    # title's opens in lower case, as a wrapped paragraph's does)
    items = edited_record(HORIZON_2008, {_HORIZON_HEADING + _UNDERLINE + _HORIZON_TEXT: (
        heading + "issued its earnings release\n")})["items"]
    assert [(i["number"], i["title"]) for i in items] == [
        ("2.02", "Results of Operations and Financial Condition"),
        ("9.01", "Financial Statements and Exhibits")]
    assert items[0]["text"].startswith("On January 17, 2008, Horizon Financial Corp.\nissued its")


def test_a_title_under_a_bare_8k_heading_wrapped_before_and() -> None:
    items = edited_record(HORIZON_2008, {_HORIZON_HEADING: (
        "Item 2.02.\nResults of Operations\nand Financial Condition\n")})["items"]
    assert items[0]["title"] == "Results of Operations and Financial Condition"
    assert items[0]["text"].startswith("On January 17, 2008, Horizon Financial Corp.")
    # a paragraph under a bare heading still is the item's text
    items = edited_record(HORIZON_2008, {_HORIZON_HEADING: "Item 2.02.\nResults for the "
                                         "quarter were\nannounced today.\n"})["items"]
    assert items[0]["title"] is None
    assert items[0]["text"].startswith("Results for the quarter were\nannounced today.")


_APPLE_HEADING = ("Item 2.02&#160;&#160;&#160;&#160;Results of Operations and Financial "
                  "Condition.</span></div>")


@pytest.mark.parametrize("heading", [
    "<b>Item 2.02.</b></span></div><div><span><b>Results of Operations and Financial "
    "Condition.</b> On February 1, 2024, Apple announced its results.</span></div>",
    "<b>Item 2.02.</b></span></div><div><span><b>Results of Operations</b></span></div>"
    "<div><span><b>and Financial Condition.</b></span></div>"])
def test_an_html_8k_heading_with_its_title_in_the_next_block(heading: str) -> None:
    items = edited_record(APPLE_2024, {_APPLE_HEADING: heading})["items"]
    assert [(i["number"], i["title"]) for i in items] == [
        ("2.02", "Results of Operations and Financial Condition"),
        ("9.01", "Financial Statements and Exhibits")]
    assert "Results of Operations" not in items[0]["text"]


@pytest.mark.parametrize(("typed", "letters"), [
    ("EX-99.A-1", "(a)(1)"), ("EX-99.A-5-C", "(a)(5)(C)"), ("EX-99.D-1", "(d)(1)"),
    ("EX-99.A-1(A)", "(a)(1)(A)")])
def test_a_dash_inside_a_tender_offer_type(typed: str, letters: str) -> None:
    assert exhibit_key(typed) == exhibit_key(letters)


def test_a_document_typed_with_dashes_is_its_lettered_entry() -> None:
    # CVR's list marks every exhibit but (a)(5)(C) "*" over "* Filed previously"
    text = CVR.read_bytes().decode("latin-1")
    assert text.count("<TYPE>EX-99.(A)(5)(C)") == 1
    text = text.replace("<TYPE>EX-99.(A)(5)(C)", "<TYPE>EX-99.A-5-C")
    record = validate(parse(text.encode("latin-1"), str(Path("edited") / CVR.name),
                            keep_text=False))
    linked = {entry["number"]: entry["document"] for entry in record["exhibits"]}
    assert linked["(a)(5)(C)"] == 2
    assert len(record["exhibits"]) == 13


_HORIZON_LIST = ("     (c)    Exhibits\n\n"
                 "     99.1   Press Release of Horizon Financial Corp. dated January 19, 2006.\n")


def _described(paragraph: str) -> list[tuple[str, str]]:
    """Horizon 2006's exhibits item retyped as one paragraph."""
    record = edited_record(HORIZON_2006, {_HORIZON_LIST: f"     {paragraph}\n"})
    return [(e["number"], e["description"]) for e in record["exhibits"]]


@pytest.mark.parametrize("paragraph", [
    "(c) Exhibits. Exhibit 99.1 Press release dated January 19, 2006 is furnished with this "
    "report.",
    "(c) Exhibits. Exhibit 99.1 Press release dated January 19, 2006, which is furnished with "
    "this report.",
    "(c) Exhibits. 99.1 Press release dated January 19, 2006 is attached hereto.",
    "(c) Exhibits. Exhibit 99.1 Press release dated January 19, 2006, attached hereto and "
    "incorporated herein by reference.",
    "(c) Exhibits. Exhibit 99.1 Press release dated January 19, 2006 has been furnished "
    "herewith.",
    "(c) Exhibits. Exhibit 99.1 Press release dated January 19, 2006 furnished pursuant to Item "
    "2.02 of Form 8-K and not deemed filed for purposes of Section 18 of the Securities "
    "Exchange Act of 1934, as amended, or otherwise subject to the liabilities of that "
    "section."])
def test_a_run_in_description_ends_where_its_sentence_goes_on(paragraph: str) -> None:
    assert _described(paragraph) == [("99.1", "Press release dated January 19, 2006")]


def test_run_in_descriptions_as_printed() -> None:
    assert _described(
        "(c) Exhibits. Exhibit 99.1 Press release dated January 19, 2006, and Exhibit 99.2 "
        "Investor presentation dated January 19, 2006, are furnished herewith.") == [
        ("99.1", "Press release dated January 19, 2006"),
        ("99.2", "Investor presentation dated January 19, 2006")]
    assert _described(
        "(c) Exhibits. Exhibit 99.1 Press Release dated January 19, 2006 (the \"Press "
        "Release\"). The Press Release is furnished and not filed.") == [
        ("99.1", "Press Release dated January 19, 2006 (the \"Press Release\").")]
    assert _described(
        "(c) Exhibits. The following exhibit is furnished herewith: Exhibit 99.1 Press release "
        "dated January 19, 2006 reporting results for the quarter ended December 31, 2005, "
        "which the Company issued today.") == [
        ("99.1", "Press release dated January 19, 2006 reporting results for the quarter "
                 "ended December 31, 2005")]
    # a bracket's words stay
    assert _described(
        "(c) Exhibits. Exhibit 99.1 Press release dated January 19, 2006 (furnished and not "
        "filed).") == [("99.1", "Press release dated January 19, 2006 (furnished and not "
                                "filed).")]


def test_a_prose_sentence_names_no_verb_as_a_description() -> None:
    assert prose_entries("(c) Exhibits. A copy of the earnings release is furnished as "
                         "Exhibit 99.1 herewith.") == []
    assert prose_entries("(d) Exhibits. Exhibit 99.1 contains the press release dated May 1, "
                         "2008.") == []
    assert prose_entries("(d) Exhibits. Exhibit 99.1 Press release dated May 1, 2008 issued "
                         "by Acme Corp. which is furnished herewith.") == [
        ("99.1", "Press release dated May 1, 2008 issued by Acme Corp.")]
    # the apposition stays as printed
    assert prose_entries("Exhibit 99.1, press release dated May 1, 2008, is furnished "
                         "herewith.") == [("99.1", "press release dated May 1, 2008")]


def test_new_readers_parse_in_linear_time() -> None:
    # ~200 KB: Part lines of one Part with an item open, and run-in sentences going on
    text = "PART I\n\nItem 1. Financial Statements\n\nText.\n\n" + (
        "PART I\n\nSome text of the item.\n\n" * 7000)
    assert len(text) > 200_000
    start = time.process_time()
    find_items(text, "10-Q")
    run_in_entries("(d) Exhibits. Exhibit 99.1 Press" + " is, which" * 20_000)
    prose_entries("Exhibit 99.1 Press release" + " furnished, which is" * 10_000)
    assert time.process_time() - start < 5
