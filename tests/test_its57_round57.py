"""Items, round 57: real filings edited into shapes other filers print.
A 10-Q Part heading with its title in brackets ("PART II (OTHER INFORMATION)", "PART I -
(FINANCIAL INFORMATION), ITEM 1. ...") is a Part heading, and a Part line reprinted atop a
page saying it continues ("PART I - Continued", "PART I (Continued)") continues the item open
above it instead of ending it."""

from __future__ import annotations

import time

from filing2json.parsers.sections.items import find_items
from support import FILINGS, edited_record

# Indiana Bell's 10-Q for June 1999: Part I's Items 1 and 2; the file is cut short inside
# Item 2 ("... charged / against the accumul"), so Part II is typed on after the cut
INDIANA_BELL = FILINGS / "10q_1999_indianabelltelephoneco_1.txt"
_CUT = "against the accumul"
_ITEM_1 = "                        Item 1 - Financial Statements"
_ITEM_2_END = "plant retirements are charged\nagainst the accumulated depreciation."
_PART_II = ("depreciation.\n\n\n                    {part}\n\nItem 6.  Exhibits and Reports on "
            "Form 8-K\n\n     (a) Exhibits\n\n     None.\n")


def _items(edit: dict[str, str]) -> list[dict]:
    return edited_record(INDIANA_BELL, edit)["items"]


def test_part_title_in_brackets_ends_the_item_above() -> None:
    # Indiana Bell 1999 with Part II typed after Item 2, its title in brackets; a line of
    # Item 2 naming a Part with more words after the bracket stays Item 2's text
    mention = ("\nPart II (Other Information) of the 1998 Form 10-K describes the plan.\n\n")
    for part in ("PART II (OTHER INFORMATION)", "PART II (Other Information)",
                 "PART II. (OTHER INFORMATION)", "PART II - (OTHER INFORMATION)"):
        items = _items({_CUT: "against the accumulated " + mention + _PART_II.format(
            part=part)})
        assert [(i["number"], i["standard_title"]) for i in items] == [
            ("1", "Financial Statements"),
            ("2", "Management's Discussion and Analysis of Financial Condition and Results of "
                  "Operations"),
            ("6", "Exhibits and Reports on Form 8-K")], part
        assert items[1]["text"].endswith(
            "accumulated\nPart II (Other Information) of the 1998 Form 10-K describes the "
            "plan.\n\ndepreciation."), part
        assert items[2]["text"] == "(a) Exhibits\n\n     None."


def test_part_title_in_brackets_before_its_first_item() -> None:
    # Indiana Bell 1999 with each Part's title and first item on one line, the title in
    # brackets ("PART II (OTHER INFORMATION)   Item 1. Legal Proceedings", 10-Qs of the 1990s)
    for part_i, part_ii in (
            ("PART I - (FINANCIAL INFORMATION), ITEM 1. FINANCIAL STATEMENTS",
             "PART II (OTHER INFORMATION)   ITEM 1. LEGAL PROCEEDINGS"),
            ("PART I (Financial Information) - Item 1 - Financial Statements",
             "PART II (Other Information) Item 1 - Legal Proceedings")):
        items = _items({_ITEM_1: "    " + part_i, _CUT: "against the accumulated "
                        + _PART_II.format(part=part_ii + "\n\n     None.")})
        assert [(i["number"], i["title"].upper(), i["standard_title"]) for i in items] == [
            ("1", "FINANCIAL STATEMENTS", "Financial Statements"),
            ("2", "MANAGEMENT'S DISCUSSION AND ANALYSIS OF RESULTS OF OPERATIONS",
             "Management's Discussion and Analysis of Financial Condition and Results of "
             "Operations"),
            ("1", "LEGAL PROCEEDINGS", "Legal Proceedings"),
            ("6", "EXHIBITS AND REPORTS ON FORM 8-K", "Exhibits and Reports on Form 8-K")]
        assert items[0]["text"].startswith("CONDENSED STATEMENTS OF INCOME AND REINVESTED")
        assert items[1]["text"].endswith(_ITEM_2_END)
        assert items[2]["text"] == "None."


def test_part_reprinted_continued_atop_a_page_continues_the_item() -> None:
    # Indiana Bell 1999 with its Part's line reprinted atop page 10, inside Item 2
    whole = _items({})
    for again in ("PART I - Continued", "PART I - FINANCIAL INFORMATION (continued)",
                  "PART I (Continued)", "PART I (FINANCIAL INFORMATION) - CONTINUED"):
        items = _items({"<PAGE>10\n": f"<PAGE>10\n\n                    {again}\n"})
        assert [i["number"] for i in items] == ["1", "2"], again
        assert items[1]["text"][-300:] == whole[1]["text"][-300:], again
        assert "PART I" not in items[1]["text"], again


def test_bracketed_part_lines_parse_in_linear_time() -> None:
    # ~200 KB of Part lines opening a bracket that never closes, or runs on past it
    lines = ["PART II (" + "Other Information " * 12, "PART I (Continued" + " x" * 40,
             "PART II (OTHER INFORMATION) " + "a" * 60]
    text = "Item 1. Financial Statements\n\nText.\n\n" + "\n".join(lines * 1200)
    assert len(text) > 200_000
    start = time.process_time()
    find_items(text, "10-Q")
    assert time.process_time() - start < 5
