"""Items and exhibits, round 33: an item heading printed on its part's line ("PART II  ITEM
5.  MARKET FOR ..."), "Item 9(a). Disclosure Controls and Procedures" as Item 9A, and exhibit
rows numbered "No. 99.1" under an "Exhibit" column."""

from __future__ import annotations

import pytest

from filing2json.parsers import parse
from support import EIGHT_K_TITLE, submission, validate

_TEN_K = """                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                                   FORM 10-K

[X]  ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES
     EXCHANGE ACT OF 1934

For the fiscal year ended December 31, 2004      Commission file number 1-8472

                           ACME PUMP CORPORATION
           (Exact name of registrant as specified in its charter)

                                     PART I

ITEM 1.  BUSINESS

     Acme Pump Corporation makes centrifugal pumps for industrial customers.

ITEM 2.  PROPERTIES

     The Company owns a 240,000 square foot plant in Dayton, Ohio.

PART II  ITEM 5.  MARKET FOR REGISTRANT'S COMMON EQUITY AND RELATED STOCKHOLDER MATTERS

     The Company's common stock trades on the New York Stock Exchange under the
symbol "APC".

ITEM 8.  FINANCIAL STATEMENTS AND SUPPLEMENTARY DATA

     See the consolidated financial statements beginning on page F-1.

ITEM 9.  CHANGES IN AND DISAGREEMENTS WITH ACCOUNTANTS ON ACCOUNTING AND
         FINANCIAL DISCLOSURE

     None.

Item 9(a).  Disclosure Controls and Procedures

     The Company's chief executive officer and chief financial officer have
evaluated the Company's disclosure controls and procedures as of December 31,
2004 and concluded that they are effective.

Item 9(b).  Other Information

     None.

                                    PART III

ITEM 10.  DIRECTORS AND EXECUTIVE OFFICERS OF THE REGISTRANT

     Incorporated by reference to the Company's Proxy Statement for its 2005
Annual Meeting of Shareholders.
"""


def _ten_k_items() -> list[dict]:
    data = submission(_TEN_K).replace(b"SUBMISSION TYPE:\t8-K", b"SUBMISSION TYPE:\t10-K")
    return validate(parse(data, "x.txt"))["items"]


def test_item_heading_on_its_parts_line_is_read() -> None:
    items = {i["number"]: i for i in _ten_k_items()}
    assert items["5"]["title"] == (
        "MARKET FOR REGISTRANT'S COMMON EQUITY AND RELATED STOCKHOLDER MATTERS")
    assert items["5"]["text"].startswith("The Company's common stock trades on the New York")
    # and Item 2 ends above the part's line
    assert items["2"]["text"] == "The Company owns a 240,000 square foot plant in Dayton, Ohio."


def test_bracketed_nine_a_with_one_more_word_is_item_9a() -> None:
    items = _ten_k_items()[-5:]
    assert [i["number"] for i in items] == ["8", "9", "9A", "9B", "10"]
    assert items[2]["title"] == "Disclosure Controls and Procedures"
    assert items[2]["text"].startswith("The Company's chief executive officer and chief")
    assert items[1]["text"] == "None."  # no longer holding Item 9(a)


def test_html_row_of_part_and_item_is_the_item() -> None:
    page = """<html><body><p style="text-align:center"><b>FORM 10-K</b></p>
<p>ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934</p>
<p>For the fiscal year ended December 31, 2008</p>
<p style="text-align:center"><b>ACME PUMP CORPORATION</b></p>
<table><tr><td><b>PART I</b></td><td><b>Item 1.</b></td><td><b>Business</b></td></tr></table>
<p>Acme makes centrifugal pumps for industrial customers worldwide.</p>
<table><tr><td><b>PART II</b></td><td><b>Item 5.</b></td><td><b>Market for Registrant&#8217;s
Common Equity, Related Stockholder Matters and Issuer Purchases of Equity Securities</b></td>
</tr></table>
<p>Our common stock trades on the New York Stock Exchange under the symbol &#8220;APC.&#8221;</p>
<table><tr><td></td><td><b>Item 6.</b></td><td><b>Selected Financial Data</b></td></tr></table>
<p>The table below presents selected financial data for the last five years.</p>
</body></html>"""
    items = validate(parse(page.encode(), "acme-10k.htm"))["items"]
    assert [(i["number"], i["text"][:30]) for i in items] == [
        ("1", "Acme makes centrifugal pumps f"),
        ("5", "Our common stock trades on the"),
        ("6", "The table below presents selec")]


_COVER = """       Date of Report (Date of earliest event reported): May 1, 2008

                           ACME PUMP CORPORATION
           (Exact name of registrant as specified in its charter)

     Delaware                     1-8472                    13-1234567
(State of incorporation)   (Commission File Number)   (IRS Employer Id. No.)

Item 8.01  Other Events.

     On May 1, 2008, the Board of Directors of Acme Pump Corporation declared a
quarterly dividend of $0.12 per share, payable June 2, 2008.

Item 9.01  Financial Statements and Exhibits.

     (d) Exhibits.

     Exhibit
     No.          Description
     -------      -----------
     No. 99.1     Press release of Acme Pump Corporation dated May 1, 2008.
     No. 99.2     Letter to shareholders dated May 1, 2008.

"""


def test_exhibit_rows_numbered_no_point() -> None:
    data = submission(EIGHT_K_TITLE + _COVER,
                      ("EX-99.1", "ACME PUMP DECLARES QUARTERLY DIVIDEND\n\nDAYTON, Ohio ..."),
                      ("EX-99.2", "Dear Shareholder:\n\nI am pleased to report ..."))
    exhibits = validate(parse(data, "x.txt"))["exhibits"]
    assert [(e["number"], e["description"], e["document"]) for e in exhibits] == [
        ("99.1", "Press release of Acme Pump Corporation dated May 1, 2008.", 2),
        ("99.2", "Letter to shareholders dated May 1, 2008.", 3)]


_TEN_K_EXHIBITS = """                                     PART IV

ITEM 14.  EXHIBITS, FINANCIAL STATEMENT SCHEDULES AND REPORTS ON FORM 8-K

     (c) Exhibits

     Exhibit
     Number     Description
     ------     -----------
     4.1        Rights Agreement dated May 1, 1996, between the Company and
                First Chicago Trust Company of New York, as amended by Amendment
                No. 1 To Rights Agreement dated May 1, 1998.
     10.1       Credit Agreement dated April 1, 1997, as amended by Amendment
     No. 12 To The Credit Agreement.
     27         Financial Data Schedule.
"""


def test_wrapped_description_opening_no_is_no_exhibit_row() -> None:
    """"No. 1 To Rights Agreement" continues the description above it (the line above does
    not end, and no column head says "No."): no "No." row."""
    text = _TEN_K.split("                                    PART III")[0] + _TEN_K_EXHIBITS
    data = submission(text).replace(b"SUBMISSION TYPE:\t8-K", b"SUBMISSION TYPE:\t10-K")
    exhibits = validate(parse(data, "x.txt"))["exhibits"]
    assert [(e["number"], e["description"]) for e in exhibits] == [
        ("4.1", "Rights Agreement dated May 1, 1996, between the Company and First Chicago "
                "Trust Company of New York, as amended by Amendment No. 1 To Rights Agreement "
                "dated May 1, 1998."),
        ("10.1", "Credit Agreement dated April 1, 1997, as amended by Amendment No. 12 To The "
                 "Credit Agreement."),
        ("27", "Financial Data Schedule.")]


_RISKS = """                                     PART I

ITEM 1.  BUSINESS

     Acme Pump Corporation makes centrifugal pumps for industrial customers.

ITEM 1A.  RISK FACTORS

     Our sales depend on a few large customers in the chemical industry.

{head}

     Our plant in Dayton, Ohio is our only manufacturing plant.

ITEM 2.  PROPERTIES

     The Company owns a 240,000 square foot plant in Dayton, Ohio.
"""


def _risk_items(head: str) -> list[dict]:
    text = _TEN_K.split("                                     PART I\n")[0] + _RISKS.format(
        head=head)
    data = submission(text).replace(b"SUBMISSION TYPE:\t8-K", b"SUBMISSION TYPE:\t10-K")
    return validate(parse(data, "x.txt"))["items"]


@pytest.mark.parametrize("head", [
    "PART I  Item 1A. Risk Factors (continued)                              Page 6",
    "PART I  Item 1A. Risk Factors (continued)          Acme Pump Corporation",
    "PART I  Item 1A. Risk Factors                           2004 Annual Report",
    "PART I - Item 1A. Risk Factors",
    "Item 1A. Risk Factors (continued)                                      Page 6",
])
def test_running_head_of_part_and_item_continues_the_item(head: str) -> None:
    """A page's running head naming its part and item (reprinted "(continued)", a page or a
    company's name beside it, or an item headed above) is no new heading of the item."""
    items = _risk_items(head)
    assert [(i["number"], i["title"]) for i in items] == [
        ("1", "BUSINESS"), ("1A", "RISK FACTORS"), ("2", "PROPERTIES")]
    assert items[1]["text"].startswith("Our sales depend on a few large customers")
    assert items[1]["text"].endswith("Our plant in Dayton, Ohio is our only manufacturing plant.")
    assert "Page 6" not in items[1]["text"] and "Annual Report" not in items[1]["text"]


def test_html_running_head_row_of_part_and_item() -> None:
    page = """<html><body><p style="text-align:center"><b>FORM 10-K</b></p>
<p>ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934</p>
<p>For the fiscal year ended December 31, 2008</p>
<p style="text-align:center"><b>ACME PUMP CORPORATION</b></p>
<p><b>PART I</b></p>
<p><b>Item 1. Business</b></p>
<p>Acme makes centrifugal pumps for industrial customers worldwide.</p>
<p><b>Item 1A. Risk Factors</b></p>
<p>Our sales depend on a few large customers in the chemical industry.</p>
<hr/>
<table><tr><td>PART I</td><td>Item 1A. Risk Factors (continued)</td><td>Page 6</td></tr></table>
<p>Our plant in Dayton, Ohio is our only manufacturing plant.</p>
<p><b>Item 2. Properties</b></p>
<p>We own a 240,000 square foot plant in Dayton, Ohio.</p>
</body></html>"""
    items = validate(parse(page.encode(), "acme-10k.htm"))["items"]
    assert [(i["number"], i["title"]) for i in items] == [
        ("1", "Business"), ("1A", "Risk Factors"), ("2", "Properties")]
    assert items[1]["text"].startswith("Our sales depend on a few large customers")
    assert items[1]["text"].endswith("Our plant in Dayton, Ohio is our only manufacturing plant.")
