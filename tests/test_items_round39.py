"""Items, round 39: a 10-K's "Item 4A. Executive Officers of the Registrant" (or "Item 4(a).")
is an item of its own, with no standard title, and ends Item 4; a 2001 10-K's "Item 1A.
Executive Officers of the Registrant" (before Risk Factors took 1A) gets no standard title.
Form 10-D (both editions of Regulation AB) and Form SD items get the SEC's titles, and an SD's
"Section 3 - Exhibits" line ends the item above it."""

from __future__ import annotations

from typing import Any

from support import form_record

_TEN_K_1998 = """                                   FORM 10-K

              ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE
                        SECURITIES EXCHANGE ACT OF 1934

                  For the fiscal year ended December 31, 1998

                         Commission file number 1-8417

                          CASCADE FOUNDRY CORPORATION
             (Exact name of registrant as specified in its charter)

                                     PART I

ITEM 1.  BUSINESS

     Cascade Foundry Corporation (the "Company") manufactures gray and ductile iron
castings for the automotive and agricultural equipment industries.

ITEM 3.  LEGAL PROCEEDINGS

     There are no material pending legal proceedings to which the Company is a
party.

ITEM 4.  SUBMISSION OF MATTERS TO A VOTE OF SECURITY HOLDERS

     No matters were submitted to a vote of security holders during the fourth
quarter of 1998.

ITEM 4(a).  EXECUTIVE OFFICERS OF THE REGISTRANT

     The executive officers of the Company, their ages and their positions are
set forth below.

                                    PART II

ITEM 5.  MARKET FOR REGISTRANT'S COMMON EQUITY AND RELATED STOCKHOLDER MATTERS

     The Company's common stock is traded on the New York Stock Exchange.
"""

_TEN_K_2013 = """<p align="center"><b>FORM 10-K</b></p>
<p>For the fiscal year ended December 31, 2013</p>
<p align="center"><b>NORTHWIND INSTRUMENTS, INC.</b></p>
<p><b>PART I</b></p>
<p><b>Item 1. Business</b></p>
<p>Northwind Instruments, Inc. designs and sells test and measurement equipment.</p>
<p><b>Item 4. Mine Safety Disclosures</b></p>
<p>Not applicable.</p>
<p><b>Item 4A. Executive Officers of the Registrant</b></p>
<p>The following table sets forth the names, ages and positions of our executive officers as
of February 14, 2014.</p>
<p><b>PART II</b></p>
<p><b>Item 5. Market for Registrant&#8217;s Common Equity, Related Stockholder Matters and
Issuer Purchases of Equity Securities</b></p>
<p>Our common stock trades on the NASDAQ Global Select Market under the symbol
&#8220;NWIN.&#8221;</p>
"""


def _items(record: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {item["number"]: item for item in record["items"]}


def test_item_4a_executive_officers_ends_item_4_in_text_10k() -> None:
    items = _items(form_record("10-K", _TEN_K_1998, "19990326"))
    assert list(items) == ["1", "3", "4", "4A", "5"]
    assert items["4"]["text"] == ("No matters were submitted to a vote of security holders "
                                  "during the fourth\nquarter of 1998.")
    assert items["4A"]["title"] == "EXECUTIVE OFFICERS OF THE REGISTRANT"
    assert items["4A"]["standard_title"] is None
    assert items["4A"]["text"].startswith("The executive officers of the Company, their ages")


def test_item_4a_executive_officers_in_html_10k() -> None:
    html = f"<html><body>{_TEN_K_2013}</body></html>"
    items = _items(form_record("10-K", html, "20140228"))
    assert list(items) == ["1", "4", "4A", "5"]
    assert items["4"]["text"] == "Not applicable."
    assert items["4A"]["title"] == "Executive Officers of the Registrant"
    assert items["4A"]["text"].startswith("The following table sets forth the names, ages")


_TEN_K_2001 = """                                   FORM 10-K

              ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE
                        SECURITIES EXCHANGE ACT OF 1934

                  For the fiscal year ended December 31, 2001

                          GRANITE STATE UTILITIES, INC.

                                     PART I

ITEM 1.  BUSINESS

     Granite State Utilities, Inc. distributes electricity and natural gas to
customers in southern New Hampshire.

ITEM 1A.  EXECUTIVE OFFICERS OF THE REGISTRANT

     The names, ages and positions of the executive officers of the Company as of
March 1, 2002 are listed below.

ITEM 2.  PROPERTIES

     The Company owns 1,240 miles of distribution lines.
"""


def test_item_1a_executive_officers_before_2005_has_no_risk_factors_title() -> None:
    items = _items(form_record("10-K", _TEN_K_2001, "20020315"))
    assert list(items) == ["1", "1A", "2"]
    assert items["1A"]["title"] == "EXECUTIVE OFFICERS OF THE REGISTRANT"
    assert items["1A"]["standard_title"] is None
    assert items["2"]["standard_title"] == "Properties"


_TEN_D_2008 = """                                    FORM 10-D

                     ASSET-BACKED ISSUER DISTRIBUTION REPORT
      PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934

      For the monthly distribution period from: March 21, 2008 to April 20, 2008

                 Harbor Point Home Equity Loan Trust 2006-2

PART I - DISTRIBUTION INFORMATION

Item 1.  Distribution and Pool Performance Information.

     The response to Item 1 is set forth in part herein and in part in Exhibit
99.1.

PART II - OTHER INFORMATION

Item 2.  Legal Proceedings.

     None.

Item 7.  Significant Enhancement Provider Information.

     Nothing to report.

Item 8.  Other Information.

     Nothing to report.

Item 9.  Exhibits.

     (b) 99.1 Monthly report distributed to holders of the certificates,
relating to the April 25, 2008 distribution.
"""

_TEN_D_2019 = """<p align="center"><b>FORM 10-D</b></p>
<p align="center">ASSET-BACKED ISSUER DISTRIBUTION REPORT</p>
<p>For the monthly distribution period from March 1, 2019 to March 31, 2019</p>
<p align="center"><b>Northwind Auto Receivables Trust 2018-1</b></p>
<p><b>PART I &#8211; DISTRIBUTION INFORMATION</b></p>
<p><b>Item 1. Distribution and Pool Performance Information.</b></p>
<p>The response to Item 1 is set forth in part herein and in part in Exhibit 99.1.</p>
<p><b>Item 1A. Asset-Level Information.</b></p>
<p>The asset-level data file and related information are filed as Exhibits 102 and 103 to
the Form ABS-EE filed on April 15, 2019.</p>
<p><b>PART II &#8211; OTHER INFORMATION</b></p>
<p><b>Item 7. Change in Sponsor Interest in the Securities.</b></p>
<p>None.</p>
<p><b>Item 9. Other Information.</b></p>
<p>None.</p>
<p><b>Item 10. Exhibits.</b></p>
<p>99.1 Monthly Servicer&#8217;s Certificate for the April 15, 2019 distribution date.</p>
"""

_SD_2022 = """<p align="center"><b>FORM SD</b></p>
<p align="center"><b>SPECIALIZED DISCLOSURE REPORT</b></p>
<p align="center"><b>NORTHWIND INSTRUMENTS, INC.</b></p>
<p>[X] Rule 13p-1 under the Securities Exchange Act (17 CFR 240.13p-1) for the reporting
period from January 1 to December 31, 2022.</p>
<p><b>Section 1 &#8211; Conflict Minerals Disclosure</b></p>
<p><b>Item 1.01 Conflict Minerals Disclosure and Report</b></p>
<p>Northwind Instruments, Inc. has filed a Conflict Minerals Report as Exhibit 1.01 to this
Form SD, which is also available at www.northwind-instruments.com.</p>
<p><b>Item 1.02 Exhibit</b></p>
<p>The Conflict Minerals Report required by Item 1.01 is filed as Exhibit 1.01 hereto.</p>
<p><b>Section 3 &#8211; Exhibits</b></p>
<p><b>Item 3.01 Exhibits</b></p>
<p>Exhibit 1.01 &#8211; Conflict Minerals Report for the calendar year ended December 31,
2022.</p>
"""


def test_ten_d_items_get_titles_of_their_edition() -> None:
    old = _items(form_record("10-D", _TEN_D_2008, "20080505"))
    assert {n: i["standard_title"] for n, i in old.items()} == {
        "1": "Distribution and Pool Performance Information", "2": "Legal Proceedings",
        "7": "Significant Enhancement Provider Information", "8": "Other Information",
        "9": "Exhibits"}
    new = _items(form_record("10-D", f"<html><body>{_TEN_D_2019}</body></html>", "20190426"))
    assert {n: i["standard_title"] for n, i in new.items()} == {
        "1": "Distribution and Pool Performance Information", "1A": "Asset-Level Information",
        "7": "Change in Sponsor Interest in the Securities", "9": "Other Information",
        "10": "Exhibits"}


def test_form_sd_items_titles_and_section_lines() -> None:
    items = _items(form_record("SD", f"<html><body>{_SD_2022}</body></html>", "20230525"))
    assert list(items) == ["1.01", "1.02", "3.01"]
    assert items["1.01"]["standard_title"] == "Conflict Minerals Disclosure and Report"
    assert items["1.02"]["text"] == ("The Conflict Minerals Report required by Item 1.01 is "
                                     "filed as Exhibit 1.01 hereto.")
    assert items["3.01"]["standard_title"] == "Exhibits"
    assert all(item["scheme"] is None for item in items.values())


_TEN_K_1997_PART_III = """                                   FORM 10-K

              ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE
                        SECURITIES EXCHANGE ACT OF 1934

                  For the fiscal year ended December 31, 1997

                          MIDLAND PAPERBOARD COMPANY

                                     PART I

ITEM 1.  BUSINESS

     Midland Paperboard Company manufactures recycled paperboard and folding
cartons.

ITEM 4.  SUBMISSION OF MATTERS TO A VOTE OF SECURITY HOLDERS

     None.

                                    PART III

ITEM 10(a).  DIRECTORS OF THE REGISTRANT

     Information on directors is incorporated by reference to the Company's
Proxy Statement for the 1998 Annual Meeting of Shareholders.

ITEM 10(b).  EXECUTIVE OFFICERS OF THE REGISTRANT

     The executive officers of the Company are listed in Part I of this report.

ITEM 11.  EXECUTIVE OFFICERS' COMPENSATION

     Incorporated by reference to the Proxy Statement.
"""


def test_part_iii_executive_officers_sub_heading_stays_in_item_10() -> None:
    # Item 10 already names the executive officers: "Item 10(b)" is a part of it, not "10B"
    items = _items(form_record("10-K", _TEN_K_1997_PART_III, "19980320"))
    assert list(items) == ["1", "4", "10", "11"]
    assert items["10"]["title"] == "DIRECTORS OF THE REGISTRANT"
    assert items["10"]["text"].endswith("The executive officers of the Company are listed in "
                                        "Part I of this report.")


def test_executive_officers_compensation_keeps_its_standard_title() -> None:
    # only the executive-officers caption alone loses the form's title, not a longer one
    items = _items(form_record("10-K", _TEN_K_1997_PART_III, "19980320"))
    assert items["11"]["title"] == "EXECUTIVE OFFICERS' COMPENSATION"
    assert items["11"]["standard_title"] == "Executive Compensation"
