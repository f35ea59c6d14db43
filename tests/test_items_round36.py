"""Items, round 36: a Part and its item printed on one line with a comma between them
("PART II, ITEM 1.  LEGAL PROCEEDINGS"), read as the period-parted line is, while a
reference opening a line ("Part I, Item 2 of this report ...") stays item text."""

from __future__ import annotations

from filing2json.parsers.sections.items import find_items

# A 1990s plain-text 10-Q whose headings all name their Part with a comma
_TEN_Q_COMMA = """                                  FORM 10-Q

               QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d)
                   OF THE SECURITIES EXCHANGE ACT OF 1934

                 For the quarterly period ended March 31, 1999

                         Commission File Number 0-16875

                           MIDWEST GRAIN PRODUCTS, INC.
           (Exact name of registrant as specified in its charter)

PART I, ITEM 1.  FINANCIAL STATEMENTS

                   CONDENSED CONSOLIDATED BALANCE SHEETS
                                 (Unaudited)

                                               March 31,    December 31,
                                                 1999           1998
                                             ------------   ------------
Cash and cash equivalents                    $  2,318,000   $  1,904,000

PART I, ITEM 2.  MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION
                 AND RESULTS OF OPERATIONS

     Net sales for the first quarter of 1999 decreased 4% from the first
quarter of 1998, as discussed in the notes to the financial statements in
Part I, Item 1 of this report and in the Company's Annual Report.

PART II, ITEM 1.  LEGAL PROCEEDINGS

     None.

PART II, ITEM 6.  EXHIBITS AND REPORTS ON FORM 8-K

     (a)  Exhibits

          27   Financial Data Schedule

     (b)  No reports on Form 8-K were filed during the quarter.

                                  SIGNATURES

     Pursuant to the requirements of the Securities Exchange Act of 1934, the
registrant has duly caused this report to be signed on its behalf by the
undersigned thereunto duly authorized.
"""


def test_part_and_item_parted_by_a_comma_head_a_10q():
    items = find_items(_TEN_Q_COMMA, "10-Q")
    assert [(s.number, s.standard_title) for s in items] == [
        ("1", "Financial Statements"),
        ("2", "Management's Discussion and Analysis of Financial Condition and Results of "
              "Operations"),
        ("1", "Legal Proceedings"),
        ("6", "Exhibits and Reports on Form 8-K")]
    assert items[1].title == ("MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND "
                              "RESULTS OF OPERATIONS")
    # the reference wrapped to a line start stays in Item 2's text
    assert items[1].text is not None
    assert items[1].text.endswith(
        "Part I, Item 1 of this report and in the Company's Annual Report.")
    assert items[2].text == "None."
    assert items[3].text is not None and items[3].text.endswith("filed during the quarter.")


def test_a_10k_business_heading_after_part_i_and_a_comma():
    text = """                                   FORM 10-K

     For the fiscal year ended December 31, 1996

                           ACME PUMP CORPORATION
           (Exact name of registrant as specified in its charter)

PART I, ITEM 1.  BUSINESS

     Acme Pump Corporation (the "Company") manufactures industrial pumps and
valves sold throughout North America.

PART I, ITEM 2.  PROPERTIES

     The Company owns its plant in Dayton, Ohio.
"""
    items = find_items(text, "10-K")
    assert [(s.number, s.title, s.text) for s in items] == [
        ("1", "BUSINESS", 'Acme Pump Corporation (the "Company") manufactures industrial '
                          "pumps and\nvalves sold throughout North America."),
        ("2", "PROPERTIES", "The Company owns its plant in Dayton, Ohio.")]
