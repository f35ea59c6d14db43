"""Items and explanatory notes, round 49: variants of real filings edited into shapes other
filers print. An 8-K/A's note with no heading that names the filing "This Amended Current
Report on Form 8-K/A" or "This Report on Form 8-K/A", says it "is being furnished", or opens
"The sole purpose of this Amendment"; a 1990s 8-K's item headings numbered in roman ("ITEM
II.  ACQUISITION OR DISPOSITION OF ASSETS"); and an 8-K's section and item headings printed
on one line ("Section 2 - Financial Information; Item 2.02 Results of ...")."""

from __future__ import annotations

from support import FILINGS, edited_items, edited_record

HORIZON = FILINGS / "8k_2008_horizonfinancialcorp_1.txt"
SOPHIRIS = FILINGS / "8k_2016_sophirisbioinc_1.htm"
STOCKWALK = FILINGS / "8k_2000_stockwalkcomgroupinc_3.txt"

_HORIZON_2_02 = "Item 2.02  Results of Operations and Financial Condition"
_HORIZON_9_01 = "Item 9.01  Financial Statements and Exhibits"
# Horizon 2008 filed as an amendment: its form type in the header and the document
_AMENDED = {"CONFORMED SUBMISSION TYPE:\t8-K": "CONFORMED SUBMISSION TYPE:\t8-K/A",
            "<TYPE>8-K": "<TYPE>8-K/A"}
_STOCKWALK_2 = "ITEM 2.  ACQUISITION OR DISPOSITION OF ASSETS."
_STOCKWALK_7 = "ITEM 7.  FINANCIAL STATEMENTS AND EXHIBITS."


_record = edited_record
_items = edited_items


def _note(paragraph: str) -> str | None:
    # the paragraph put above Horizon's first item, its 8-K made an 8-K/A
    edit = {**_AMENDED, _HORIZON_2_02: paragraph + "\n\n" + _HORIZON_2_02}
    return _record(HORIZON, edit)["explanatory_note"]


def test_amended_current_report_states_the_amendment() -> None:
    # "This Amended Current Report on Form 8-K/A ..." (no heading): no note was read
    para = ("This Amended Current Report on Form 8-K/A is being filed to correct the date\n"
            "of the earnings release.")
    assert _note(para) == " ".join(para.split())


def test_report_on_form_8ka_states_the_amendment() -> None:
    para = ("This Report on Form 8-K/A is being filed to correct the date of the earnings\n"
            "release.")
    assert _note(para) == " ".join(para.split())


def test_amendment_being_furnished() -> None:
    # an 8-K/A amending a furnished Item 2.02 says "furnished", not "filed"
    para = ("This Amendment No. 1 on Form 8-K/A is being furnished to correct the date of\n"
            "the earnings release furnished as Exhibit 99.1.")
    assert _note(para) == " ".join(para.split())


def test_sole_purpose_of_this_amendment() -> None:
    para = ("The sole purpose of this Amendment No. 1 is to correct the date of the\n"
            "earnings release.")
    assert _note(para) == " ".join(para.split())


def test_paragraph_not_about_this_filing_is_no_note() -> None:
    # a paragraph on the earnings, naming no amendment: still no note
    para = "The Company's earnings release was furnished as Exhibit 99.1 on January 17, 2008."
    assert _note(para) is None


def test_roman_numbered_old_items() -> None:
    # Stockwalk.com 2000 with its headings numbered in roman, as some 1990s filers did:
    # no item was read
    edit = {_STOCKWALK_2: "ITEM II.  ACQUISITION OR DISPOSITION OF ASSETS.",
            _STOCKWALK_7: "Item VII - Financial Statements and Exhibits"}
    assert _items(STOCKWALK, edit) == [
        ("2", "ACQUISITION OR DISPOSITION OF ASSETS", "On June 6, 2000, the registran"),
        ("7", "Financial Statements and Exhibits", "(A)      FINANCIAL STATEMENTS ")]


def test_roman_number_with_another_title_is_no_item() -> None:
    # a roman number whose title is not the SEC's title for it ("Item I" over Item 2's
    # title, as a vote's "Item I. Election of Directors" is no Item 1): no heading
    edit = {_STOCKWALK_2: "ITEM I.  ACQUISITION OR DISPOSITION OF ASSETS.",
            _STOCKWALK_7: "ITEM II.  FINANCIAL STATEMENTS AND EXHIBITS."}
    assert _items(STOCKWALK, edit) == []


def test_section_and_item_on_one_line() -> None:
    # Horizon 2008 with Section 2's heading printed before its item on the same line: the
    # item was lost
    edit = {_HORIZON_2_02: "Section 2 - Financial Information; " + _HORIZON_2_02}
    assert _items(HORIZON, edit) == [
        ("2.02", "Results of Operations and Financial Condition",
         "On January 17, 2008, Horizon F"),
        ("9.01", "Financial Statements and Exhibits", "(c)    Exhibits\n\n     99.1   P")]


def test_section_and_item_in_one_html_paragraph() -> None:
    # Sophiris Bio 2016 (HTML) with its Item 2.02 table row replaced by one bold paragraph
    # holding the section's and the item's headings
    text = SOPHIRIS.read_text(encoding="latin-1")
    start = text.index("<TABLE id=MTAB61")
    row = text[start : text.index("</TABLE>", start) + 8]
    para = ("<P><B>Section 2 &#8211; Financial Information &#8211; Item 2.02 Results of "
            "Operations and Financial Condition</B></P>")
    got = _items(SOPHIRIS, {row: para})
    assert got[0] == ("2.02", "Results of Operations and Financial Condition",
                      "On March 23, 2016, Sophiris Bi")
    assert [n for n, _, _ in got] == ["2.02", "9.01"]


def test_section_line_naming_another_section_heads_no_item() -> None:
    # "Section 8 - Other Events; Item 2.02 ..." names no section 2: the line is left alone
    edit = {_HORIZON_2_02: "Section 8 - Other Events; " + _HORIZON_2_02}
    assert [n for n, _, _ in _items(HORIZON, edit)] == ["9.01"]
