"""find_items on 10-K Part III as 1990s text 10-Ks print it: headings stacked over the one
paragraph that answers them by reference, a sentence at a paragraph's start naming the items
it answers, and one saying they are omitted under a General Instruction."""

from __future__ import annotations

from filing2json.parsers.sections.items import find_items

_HEAD = (
    "                                    PART II\n\n"
    "ITEM 9.  CHANGES IN AND DISAGREEMENTS WITH ACCOUNTANTS ON ACCOUNTING AND\n"
    "         FINANCIAL DISCLOSURE\n\n"
    "     None.\n\n"
    "                                   PART III\n\n")
_TAIL = (
    "\n\n                                    PART IV\n\n"
    "ITEM 14.  EXHIBITS, FINANCIAL STATEMENT SCHEDULES, AND REPORTS ON FORM 8-K\n\n"
    "     (a) 1.  Financial Statements - See Index to Consolidated Financial\n"
    "             Statements on page F-1.\n\n"
    "     (b)  No reports on Form 8-K were filed during the last quarter of 1997.\n\n"
    "                                  SIGNATURES\n\n"
    "     Pursuant to the requirements of Section 13 or 15(d) of the Securities\n"
    "Exchange Act of 1934, the registrant has duly caused this report to be signed\n"
    "on its behalf by the undersigned, thereunto duly authorized.\n")


def _items(part_three: str) -> dict[str, object]:
    return {s.number: s for s in find_items(_HEAD + part_three + _TAIL, "10-K")}


def test_part_three_headings_stacked_over_one_paragraph_naming_them_share_it():
    items = _items(
        "ITEM 10.  DIRECTORS AND EXECUTIVE OFFICERS OF THE REGISTRANT\n"
        "ITEM 11.  EXECUTIVE COMPENSATION\n"
        "ITEM 12.  SECURITY OWNERSHIP OF CERTAIN BENEFICIAL OWNERS AND MANAGEMENT\n"
        "ITEM 13.  CERTAIN RELATIONSHIPS AND RELATED TRANSACTIONS\n\n"
        "     The information called for by Items 10, 11, 12 and 13 is incorporated herein\n"
        "by reference to the Company's definitive Proxy Statement for its 1998 Annual\n"
        "Meeting of Shareholders.")
    paragraph = (
        "The information called for by Items 10, 11, 12 and 13 is incorporated herein\n"
        "by reference to the Company's definitive Proxy Statement for its 1998 Annual\n"
        "Meeting of Shareholders.")
    assert [items[n].text for n in ("10", "11", "12", "13")] == [paragraph] * 4
    assert items["11"].title == "EXECUTIVE COMPENSATION"
    assert items["14"].text.startswith("(a) 1.  Financial Statements")


def test_stacked_headings_share_a_paragraph_on_these_items():
    items = _items(
        "Item 10.  Directors and Executive Officers of the Registrant\n\n"
        "Item 11.  Executive Compensation\n\n"
        "Item 12.  Security Ownership of Certain Beneficial Owners and Management\n\n"
        "Item 13.  Certain Relationships and Related Transactions\n\n"
        "     The information required by these items is incorporated by reference to the\n"
        "Registrant's Proxy Statement for the Annual Meeting of Stockholders to be held\n"
        "May 14, 1998.")
    assert all(items[n].text.startswith("The information required by these items is ")
               for n in ("10", "11", "12", "13"))


def test_only_the_items_the_paragraph_names_share_it():
    # a 2023 10-K's "Item 6. [Reserved]" over Item 7, and a heading over a text on another
    # item, stay empty; Items 12 and 13 over "Items 12 and 13" share
    text = (
        "ITEM 6.  [RESERVED]\n\n"
        "ITEM 7.  MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND RESULTS\n"
        "         OF OPERATIONS\n\n"
        "     The following discussion should be read together with the financial\n"
        "statements referred to by these items of Part II and the notes thereto.\n\n"
        "ITEM 10.  DIRECTORS AND EXECUTIVE OFFICERS OF THE REGISTRANT\n\n"
        "ITEM 11.  EXECUTIVE COMPENSATION\n\n"
        "     The information required by Item 11 is incorporated by reference to the\n"
        "Proxy Statement.\n\n"
        "ITEM 12.  SECURITY OWNERSHIP OF CERTAIN BENEFICIAL OWNERS AND MANAGEMENT\n\n"
        "ITEM 13.  CERTAIN RELATIONSHIPS AND RELATED TRANSACTIONS\n\n"
        "     Information responsive to Items 12 and 13 appears in the Proxy Statement.\n")
    items = {s.number: s for s in find_items(text, "10-K")}
    assert [items[n].text for n in ("6", "10", "12", "13")] == [
        "", "", *["Information responsive to Items 12 and 13 appears in the Proxy Statement."] * 2]
    assert items["11"].text.startswith("The information required by Item 11")


def test_sentence_naming_the_items_it_incorporates_by_reference_gives_them():
    items = _items(
        "     Items 10, 11, 12 and 13 are incorporated by reference to the Company's\n"
        "definitive Proxy Statement for its 1998 Annual Meeting of Stockholders, to be\n"
        "filed within 120 days after the end of the fiscal year.")
    sentence = (
        "Items 10, 11, 12 and 13 are incorporated by reference to the Company's\n"
        "definitive Proxy Statement for its 1998 Annual Meeting of Stockholders, to be\n"
        "filed within 120 days after the end of the fiscal year.")
    assert [(n, items[n].title, items[n].text) for n in ("10", "11", "12", "13")] == [
        (n, None, sentence) for n in ("10", "11", "12", "13")]
    assert items["12"].standard_title.startswith("Security Ownership of Certain Beneficial")
    assert items["9"].text == "None."
    # the same words wrapped from a sentence above are a mention: no PART III line here,
    # Item 9's text goes on into them
    text = (
        "ITEM 9.  CHANGES IN AND DISAGREEMENTS WITH ACCOUNTANTS ON ACCOUNTING AND\n"
        "         FINANCIAL DISCLOSURE\n\n"
        "     None.  The information otherwise called for by\n"
        "Items 10 through 13 is incorporated by reference to the Proxy Statement.\n")
    spans = find_items(text, "10-K")
    assert [s.number for s in spans] == ["9"]
    assert spans[0].text.endswith("Items 10 through 13 is incorporated by reference to the "
                                  "Proxy Statement.")


def test_items_omitted_under_a_general_instruction_end_the_item_above():
    # a wholly-owned subsidiary's 10-K: the sentence is no item, and no text of Item 9
    text = (
        "ITEM 9.  CHANGES IN AND DISAGREEMENTS WITH ACCOUNTANTS ON ACCOUNTING AND\n"
        "         FINANCIAL DISCLOSURE\n\n"
        "     None.\n\n"
        "     Items 10, 11, 12 and 13 are omitted pursuant to General Instruction I(2)(c)\n"
        "of Form 10-K.\n\n"
        "ITEM 14.  EXHIBITS, FINANCIAL STATEMENT SCHEDULES, AND REPORTS ON FORM 8-K\n\n"
        "     (a)  1.  Financial Statements: see page F-1.\n")
    spans = find_items(text, "10-K")
    assert [(s.number, s.text) for s in spans] == [
        ("9", "None."), ("14", "(a)  1.  Financial Statements: see page F-1.")]
