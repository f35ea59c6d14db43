"""Items, round 36: a Part and its item printed on one line with a comma between them
("PART II, ITEM 1.  LEGAL PROCEEDINGS"), read as the period-parted line is, while a
reference opening a line ("Part I, Item 2 of this report ...") stays item text, as does
one wrapped to a line start or running on as a sentence (audit)."""

from __future__ import annotations

import pytest

from filing2json.parsers import parse
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


# A 10-K whose Item 1 text wraps a cross-reference to a line start (audit, round 36)
_TEN_K_REFERENCE = """                                   FORM 10-K

              For the fiscal year ended December 31, 2005

                          ACME WIDGET CORPORATION

                                    PART I

Item 1.  Business

We make widgets. Widgets are sold worldwide through distributors and our own sales force,
and demand depends on the economy. For a discussion of our segments, see
{reference}
Our employees number 1,200.

Item 1A.  Risk Factors

Our business is risky.

                                    PART II

Item 7.  Management's Discussion and Analysis of Financial Condition and Results of Operations

Revenue rose in 2005 because of higher volumes.
"""


@pytest.mark.parametrize("reference", [
    "Part II, Item 7. Management's Discussion and Analysis of Financial Condition and Results "
    "of Operations.",
    "PART II, ITEM 7. MANAGEMENT'S DISCUSSION AND ANALYSIS, below.",
    "Part II, Item 7 - Management's Discussion and Analysis - Segments."])
def test_a_comma_reference_wrapped_to_a_line_start_stays_item_text(reference: str):
    items = find_items(_TEN_K_REFERENCE.format(reference=reference), "10-K")
    assert [s.number for s in items] == ["1", "1A", "7"]
    assert items[0].text is not None
    assert items[0].text.endswith(reference + "\nOur employees number 1,200.")


# A 10-Q's MD&A paragraphs (HTML rendering: one paragraph a line, blank lines between)
_TEN_Q_PARAGRAPHS = """                                   FORM 10-Q

              For the quarterly period ended June 30, 2008

                          ACME WIDGET CORPORATION

                       PART I.  FINANCIAL INFORMATION

Item 1.  Financial Statements

The financial statements are set out below. Revenue rose.

Item 2.  Management's Discussion and Analysis of Financial Condition and Results of Operations

Results of operations improved during the quarter.
{paragraph}
Liquidity remained strong.

Item 4.  Controls and Procedures

Not applicable.

                         PART II.  OTHER INFORMATION

Item 1A.  Risk Factors

There have been no material changes.
"""


@pytest.mark.parametrize("paragraph", [
    # a paragraph of its own, the item's title run on into a sentence
    "\nPart II, Item 1A. Risk Factors, of our Annual Report on Form 10-K for 2007 describes "
    "the risks we face; there have been no material changes.\n",
    # an item said to be omitted: no Item 3 heading
    "Part I, Item 3. Quantitative and Qualitative Disclosures About Market Risk is omitted\n"
    "because the Company is a smaller reporting company."])
def test_a_comma_reference_opening_a_paragraph_runs_on_as_no_heading(paragraph: str):
    items = find_items(_TEN_Q_PARAGRAPHS.format(paragraph=paragraph), "10-Q")
    assert [s.number for s in items] == ["1", "2", "4", "1A"]
    assert items[1].text is not None
    assert items[1].text.endswith((paragraph + "\nLiquidity remained strong.").strip())


def test_an_html_10q_paragraph_opening_with_a_comma_reference_stays_in_its_item():
    html = """<html><body>
<p align="center">UNITED STATES SECURITIES AND EXCHANGE COMMISSION</p>
<p align="center">FORM 10-Q</p>
<p>For the quarterly period ended June 30, 2008</p>
<p>ACME WIDGET CORPORATION</p>
<p align="center"><b>PART I. FINANCIAL INFORMATION</b></p>
<p><b>Item 1. Financial Statements</b></p>
<p>The financial statements are set out below. Revenue rose.</p>
<p><b>Item 2. Management's Discussion and Analysis of Financial Condition and Results of
Operations</b></p>
<p>Results of operations improved during the quarter.</p>
<p>Part II, Item 1A. Risk Factors, of our Annual Report on Form 10-K for 2007 describes the
risks we face; there have been no material changes.</p>
<p>Liquidity remained strong and we hold $50 million of cash.</p>
<p><b>Item 4. Controls and Procedures</b></p>
<p>Not applicable.</p>
<p align="center"><b>PART II. OTHER INFORMATION</b></p>
<p><b>Item 1A. Risk Factors</b></p>
<p>There have been no material changes.</p>
</body></html>"""
    items = parse(html.encode(), "acme-10q.htm")["items"]
    assert [i["number"] for i in items] == ["1", "2", "4", "1A"]
    assert items[1]["text"].endswith("we hold $50 million of cash.")
    assert "Part II, Item 1A. Risk Factors, of our Annual Report" in items[1]["text"]
