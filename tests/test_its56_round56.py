"""Items and explanatory note, round 56: real filings edited into shapes other filers print.
An item title set in parentheses ("Item 5 (Other Events)") is read without them (the SEC's
own "(Removed and Reserved)" and a reprint's "(Continued)" keep theirs); a title ending in
a firm's initials ("... with Bank of America, N.A.") keeps their period; an amendment's
statement opened by a run-in "Note:" label is the note without the label."""

from __future__ import annotations

import time

from filing2json.parsers.sections.item_headings import scan
from support import FILINGS, edited_items, edited_record

HOME_HEALTH = FILINGS / "8k_1997_homehealthcorpofameric_2.txt"
_5 = "Item 5.        Other Events\n- -------"
_7 = "Item 7.        Financial Statements and Exhibits\n- -------"
_5_TEXT = "On September 26, 1997, Home He"
_7_TEXT = "Exhibit 10.1      Agreement an"
PERICOM = FILINGS / "8k_2006_pericomsemiconductorco_3.txt"
_PERICOM_5_02 = ("ITEM 5.02    DEPARTURE OF DIRECTORS OR PRINCIPAL OFFICER; ELECTION OF\n"
                 "             DIRECTORS; APPOINTMENT OF PRINCIPAL OFFICERS\n")
_PERICOM_TEXT = "On August 15, 2006, Pericom Se"
APPLE_10QA = FILINGS / "10qa_1997_applecomputerinc_1.txt"
_APPLE_NOTE = "         The Registrant hereby amends the disclosure"
APPLE_8K = FILINGS / "8k_2011_appleinc_1.txt"
_APPLE_2_02 = "<B>Results of Operations and Financial Condition. </B>"


def _home_health(item_5: str, item_7: str = _7) -> list[tuple[str, str, str]]:
    # Home Health Corp. of America 1997 (8-K): Items 5 and 7, each over a dashed underline
    return edited_items(HOME_HEALTH, {_5: item_5, _7: item_7})


def test_title_in_parentheses_is_read_without_them() -> None:
    # "Item 5 (Other Events)", 1990s filers; with a period, in capitals, and the title on the
    # line under a bare number
    for item_5, title in (("Item 5         (Other Events)", "Other Events"),
                          ("Item 5.        (Other Events.)", "Other Events"),
                          ("ITEM 5.        (OTHER EVENTS).", "OTHER EVENTS"),
                          ("Item 5.\n(Other Events)", "Other Events")):
        assert _home_health(item_5 + "\n- -------")[0] == ("5", title, _5_TEXT)
    # with Item 7's sub-paragraph, spelled out, or in roman numerals (read on an 8-K when the
    # title is the SEC's: so the parentheses must go first)
    assert _home_health(_5, "Item 7(c)      (Exhibits)\n- -------") == [
        ("5", "Other Events", _5_TEXT), ("7", "Exhibits", _7_TEXT)]
    assert _home_health("ITEM FIVE      (OTHER EVENTS)\n- -------",
                        "ITEM SEVEN     (FINANCIAL STATEMENTS AND EXHIBITS)\n- -------") == [
        ("5", "OTHER EVENTS", _5_TEXT), ("7", "FINANCIAL STATEMENTS AND EXHIBITS", _7_TEXT)]
    assert _home_health("Item V         (Other Events)\n- -------",
                        "Item VII       (Financial Statements and Exhibits)\n- -------") == [
        ("5", "Other Events", _5_TEXT), ("7", "Financial Statements and Exhibits", _7_TEXT)]


def test_parenthesised_title_run_into_its_text() -> None:
    # Home Health 1997 with Item 5's text run onto the heading's line
    text = "On September 26, 1997, Home Health Corporation of America, Inc."
    got = edited_items(HOME_HEALTH, {
        _5 + "        ------------\n\n               " + text: "Item 5 (Other Events) " + text})
    assert got[0] == ("5", "Other Events", _5_TEXT)


def test_title_in_parentheses_in_a_wrapped_table_cell() -> None:
    # Apple 2011 (8-K, HTML): "Item&nbsp;2.02" in one cell, the title in the next, edited into
    # parentheses and wrapped by a <BR>
    got = edited_record(APPLE_8K, {_APPLE_2_02: "<B>(Results of Operations and<BR>Financial "
                                                "Condition) </B>"})["items"]
    assert [(i["number"], i["title"]) for i in got] == [
        ("2.02", "Results of Operations and Financial Condition"),
        ("9.01", "Financial Statements and Exhibits")]


def test_parentheses_that_stay() -> None:
    # the SEC's "(Removed and Reserved)" (10-K Item 4 of 2010-2011, Item 6 in 2021 filings),
    # a reprint's "(Continued)", a lettered paragraph: as printed; the real item "(Other
    # Events)" is read bare (so the test fails on the code before)
    assert _home_health("Item 5.        (Removed and Reserved)\n- -------")[0][1] == (
        "(Removed and Reserved)")
    headings = [(h.numbers, h.title, h.continued) for h in scan(
        "Item 5 (Other Events)\n\nOn May 1, 1998, Acme Corp.\n\n<PAGE>\n\nItem 5 (Continued)\n\n"
        "The merger closed.\n", "8-K") if h.kind == "item"]
    assert headings == [(["5"], "Other Events", False), (["5"], "(Continued)", True)]


def test_title_ending_in_initials_keeps_their_period() -> None:
    # Pericom 2006 (8-K) with its Item 5.02 heading replaced: the bank's or the partnership's
    # initials end the title; a stop after them goes
    for heading, title in (
            ("Item 1.01. Entry into a Credit Agreement with Bank of America, N.A.",
             "Entry into a Credit Agreement with Bank of America, N.A."),
            ("ITEM 1.01 AGREEMENT WITH STILLWATER PARTNERS, L.P.:",
             "AGREEMENT WITH STILLWATER PARTNERS, L.P."),
            ("Item 2.01 Acquisition of Acme Widgets B.V.", "Acquisition of Acme Widgets B.V."),
            ("Item 1.01 Entry into a Material Definitive Agreement.",
             "Entry into a Material Definitive Agreement")):
        got = edited_items(PERICOM, {_PERICOM_5_02: heading + "\n"})
        assert got[0] == (heading.split()[1].rstrip("."), title, _PERICOM_TEXT)


def test_note_label_is_not_the_notes_words() -> None:
    # Apple 1997 (10-Q/A): its statement of the amendment, before Item 4, with no heading,
    # edited to open on a run-in label as other filers print it
    for lead, words in (("         Note: This Amendment No. 1 amends the disclosure",
                         "This Amendment No. 1 amends the disclosure contained in Part II"),
                        ("NOTE - The Registrant hereby amends the disclosure",
                         "The Registrant hereby amends the disclosure contained in Part II")):
        note = edited_record(APPLE_10QA, {_APPLE_NOTE: lead})["explanatory_note"]
        assert note.startswith(words), note
        assert note.endswith("the complete text of Part II, Item 4, as amended follows.")


def test_long_parenthesised_and_dotted_lines_stay_linear() -> None:
    # ~200 KB of heading lines each opening a parenthesis, and of initials
    text = ("Item 5 (" + "Other Events " * 30 + "\n") * 500 + (
        "Item 5. With " + "N.A. " * 40 + "\n") * 500
    start = time.process_time()
    scan(text, "8-K")
    assert time.process_time() - start < 5
