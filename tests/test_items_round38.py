"""Items, round 38: a 10-Q's reference to another report's item set as a paragraph of its own
("Part II - Other Information, Item 1A. Risk Factors, of our Annual Report on Form 10-K ...")
is text, not a heading; an item answered on its heading's line (an 11-K's "Item 4.  The Plan is
subject to ...") has no title."""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from support import form_record, validate


def _html_filing(form: str, body: str, filed: str,
                 accession: str = "0001193125-08-171234") -> dict[str, Any]:
    data = (f"<SEC-DOCUMENT>{accession}.txt : {filed}\n"
            f"<SEC-HEADER>{accession}.hdr.sgml : {filed}\n"
            f"ACCESSION NUMBER:\t\t{accession}\nCONFORMED SUBMISSION TYPE:\t{form}\n"
            f"PUBLIC DOCUMENT COUNT:\t\t1\nFILED AS OF DATE:\t\t{filed}\n</SEC-HEADER>\n"
            f"<DOCUMENT>\n<TYPE>{form}\n<SEQUENCE>1\n<FILENAME>d10q.htm\n<TEXT>\n"
            f"<html><body>{body}</body></html>\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n").encode()
    return validate(parse(data, f"{accession}.txt"))


_TEN_Q_HEAD = """<p align="center"><b>UNITED STATES<br>SECURITIES AND EXCHANGE COMMISSION</b></p>
<p align="center"><b>FORM 10-Q</b></p>
<p>For the quarterly period ended June 30, 2008</p>
<p align="center"><b>NORTHWIND INSTRUMENTS, INC.</b></p>
<p align="center">(Exact name of registrant as specified in its charter)</p>
<p><b>PART I. FINANCIAL INFORMATION</b></p>
<p><b>Item 1. Financial Statements</b></p>
<p>The condensed consolidated financial statements are set forth below.</p>
<p><b>Item 2. Management&#8217;s Discussion and Analysis of Financial Condition and Results
of Operations</b></p>
<p>Net revenue for the second quarter of 2008 increased 7% to $48.2 million.</p>
"""

_TEN_Q_TAIL = """<p><b>Item 4. Controls and Procedures</b></p>
<p>Our Chief Executive Officer and Chief Financial Officer have evaluated our disclosure
controls and procedures and concluded that they were effective.</p>
<p><b>PART II. OTHER INFORMATION</b></p>
<p><b>Item 1. Legal Proceedings</b></p>
<p>None.</p>
<p><b>Item 1A. Risk Factors</b></p>
<p>There have been no material changes from the risk factors previously disclosed in</p>
<p>Item 1A. Risk Factors, in our Annual Report on Form 10-K for the fiscal year ended
December 31, 2007.</p>
<p><b>Item 6. Exhibits</b></p>
<p>31.1 Certification of Chief Executive Officer pursuant to Rule 13a-14(a)</p>
<p align="center"><b>SIGNATURES</b></p>
<p>Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has
duly caused this report to be signed on its behalf by the undersigned thereunto duly
authorized.</p>
"""


def _items(record: dict[str, Any]) -> list[tuple[str, str | None]]:
    return [(item["number"], item["standard_title"]) for item in record["items"]]


def test_reference_to_annual_report_item_with_its_part_is_text() -> None:
    body = _TEN_Q_HEAD + """<p>In addition to the other information set forth in this report, you
should carefully consider the factors discussed in</p>
<p>Part II &#8211; Other Information, Item 1A. Risk Factors, of our Annual Report on Form 10-K
for the year ended December 31, 2007, which could materially affect our business.</p>
""" + _TEN_Q_TAIL
    record = _html_filing("10-Q", body, "20080808")
    assert _items(record) == [
        ("1", "Financial Statements"),
        ("2", "Management's Discussion and Analysis of Financial Condition and Results of "
              "Operations"),
        ("4", "Controls and Procedures"),
        ("1", "Legal Proceedings"),
        ("1A", "Risk Factors"),
        ("6", "Exhibits")]
    mdna = record["items"][1]["text"]
    assert mdna.endswith("Part II \u2013 Other Information, Item 1A. Risk Factors, of our "
                         "Annual Report on Form 10-K for the year ended December 31, 2007, "
                         "which could materially affect our business.")


def test_reference_to_annual_report_item_stays_in_risk_factors() -> None:
    record = _html_filing("10-Q", _TEN_Q_HEAD + _TEN_Q_TAIL, "20080808")
    risk = [item for item in record["items"] if item["number"] == "1A"]
    assert len(risk) == 1
    assert risk[0]["text"] == (
        "There have been no material changes from the risk factors previously disclosed in"
        "\n\nItem 1A. Risk Factors, in our Annual Report on Form 10-K for the fiscal year "
        "ended December 31, 2007.")


def test_reference_without_comma_in_our_annual_report_is_text() -> None:
    tail = _TEN_Q_TAIL.replace(
        "<p>Item 1A. Risk Factors, in our Annual Report", "<p>Item 1A. Risk Factors in our "
        "Annual Report")
    record = _html_filing("10-Q", _TEN_Q_HEAD + tail, "20080808")
    risk = [item for item in record["items"] if item["number"] == "1A"]
    assert len(risk) == 1
    assert risk[0]["text"].endswith(
        "\n\nItem 1A. Risk Factors in our Annual Report on Form 10-K for the fiscal year "
        "ended December 31, 2007.")


def test_reference_after_part_dash_in_the_companys_report_is_text() -> None:
    body = _TEN_Q_HEAD + """<p>For a discussion of these risks, see</p>
<p>Part I &#8212; Item 1A. Risk Factors, in the Company&#8217;s Annual Report on Form 10-K for
the year ended December 31, 2007.</p>
""" + _TEN_Q_TAIL
    record = _html_filing("10-Q", body, "20080808")
    assert [item["number"] for item in record["items"]] == ["1", "2", "4", "1", "1A", "6"]
    assert record["items"][1]["text"].endswith(
        "see\n\nPart I \u2014 Item 1A. Risk Factors, in the Company\u2019s Annual Report on "
        "Form 10-K for the year ended December 31, 2007.")


_ELEVEN_K = """                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                                   FORM 11-K

[X]  ANNUAL REPORT PURSUANT TO SECTION 15(d) OF THE SECURITIES EXCHANGE ACT
     OF 1934

     For the fiscal year ended December 31, 1999

A.   Full title of the plan:

          NORTHWIND INSTRUMENTS, INC. 401(k) SAVINGS AND RETIREMENT PLAN

B.   Name of issuer of the securities held pursuant to the plan and the
     address of its principal executive office:

          NORTHWIND INSTRUMENTS, INC.
          1200 Harbor Boulevard
          Dayton, Ohio 45402

                             REQUIRED INFORMATION

Item 4.   The Plan is subject to the requirements of the Employee Retirement
          Income Security Act of 1974 ("ERISA").  The Plan's financial
          statements and schedules prepared in accordance with the financial
          reporting requirements of ERISA are filed herewith.

                                   SIGNATURES

     Pursuant to the requirements of the Securities Exchange Act of 1934, the
trustees (or other persons who administer the employee benefit plan) have
duly caused this annual report to be signed on its behalf by the undersigned
hereunto duly authorized.
"""


def test_item_answered_on_its_heading_line_has_no_title() -> None:
    record = form_record("11-K", _ELEVEN_K, "20000628")
    assert len(record["items"]) == 1
    item = record["items"][0]
    assert (item["number"], item["title"], item["standard_title"]) == ("4", None, None)
    assert item["text"].startswith(
        "The Plan is subject to the requirements of the Employee Retirement")
    assert item["text"].endswith("reporting requirements of ERISA are filed herewith.")



_TEN_K_HTML = """<p align="center"><b>FORM 10-K</b></p>
<p>For the fiscal year ended December 31, 1999</p>
<p align="center"><b>NORTHWIND INSTRUMENTS, INC.</b></p>
<p align="center">(Exact name of registrant as specified in its charter)</p>
<p align="center"><b>PART I</b></p>
<p><b>ITEM 1. BUSINESS</b></p>
<p>Northwind Instruments, Inc. designs and manufactures process control instruments for the
chemical and refining industries.</p>
<p>The Company's principal competitors are larger and have greater resources.</p>
<p align="center">I-3</p>
<p><b>ITEM 1. BUSINESS (Continued)</b></p>
<p><i>Employees.</i> At December 31, 1999, the Company employed 1,240 persons.</p>
<p><b>ITEM 2. PROPERTIES</b></p>
<p>The Company owns a 210,000 square foot plant in Dayton, Ohio.</p>
<p><b>ITEM 3. LEGAL PROCEEDINGS</b></p>
<p>None.</p>
<p align="center"><b>PART II</b></p>
<p><b>ITEM 7. MANAGEMENT&#8217;S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND RESULTS OF
OPERATIONS</b></p>
<p>Net sales increased 6% to $112.3 million in 1999.</p>
<p align="center">II-4</p>
<p><b>ITEM 7. MANAGEMENT&#8217;S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND RESULTS OF
OPERATIONS - CONTINUED</b></p>
<p><i>Liquidity and Capital Resources.</i> Cash and equivalents increased to $8.1 million.</p>
<p><b>ITEM 8. FINANCIAL STATEMENTS AND SUPPLEMENTARY DATA</b></p>
<p>The financial statements are set forth on pages F-1 through F-22.</p>
<p align="center"><b>SIGNATURES</b></p>
<p>Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934,
the registrant has duly caused this report to be signed on its behalf by the undersigned.</p>
"""


def test_part_page_number_over_a_continued_heading_is_cut() -> None:
    record = _html_filing("10-K", _TEN_K_HTML, "20000330")
    texts = {item["number"]: item["text"] for item in record["items"]}
    assert list(texts) == ["1", "2", "3", "7", "8"]
    assert texts["1"] == (
        "Northwind Instruments, Inc. designs and manufactures process control instruments "
        "for the chemical and refining industries.\n\nThe Company's principal competitors "
        "are larger and have greater resources.\n\nEmployees. At December 31, 1999, the "
        "Company employed 1,240 persons.")
    assert texts["7"] == ("Net sales increased 6% to $112.3 million in 1999.\n\nLiquidity and "
                          "Capital Resources. Cash and equivalents increased to $8.1 million.")


_TEN_K_TEXT = """                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                                   FORM 10-K

[X]  ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE
     ACT OF 1934

     For the fiscal year ended December 31, 1996

                          NORTHWIND INSTRUMENTS, INC.
             (Exact name of registrant as specified in its charter)

                                     PART II

ITEM 7.  MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND
         RESULTS OF OPERATIONS

     Net sales increased 6% to $98.4 million in 1996, reflecting higher
shipments of flow meters.

                                      14

ITEM 7.  MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND
         RESULTS OF OPERATIONS (Continued)

     Liquidity and Capital Resources.  Cash and equivalents increased to $6.2
million at December 31, 1996.

ITEM 8.  FINANCIAL STATEMENTS AND SUPPLEMENTARY DATA

     The financial statements are set forth on pages F-1 through F-19.

                                   SIGNATURES

     Pursuant to the requirements of Section 13 or 15(d) of the Securities
Exchange Act of 1934, the registrant has duly caused this report to be signed
on its behalf by the undersigned, thereunto duly authorized.
"""


def test_text_page_number_over_a_continued_heading_is_cut() -> None:
    record = form_record("10-K", _TEN_K_TEXT, "19970327")
    assert [item["number"] for item in record["items"]] == ["7", "8"]
    assert record["items"][0]["text"] == (
        "Net sales increased 6% to $98.4 million in 1996, reflecting higher\nshipments of "
        "flow meters.\n\n     Liquidity and Capital Resources.  Cash and equivalents "
        "increased to $6.2\nmillion at December 31, 1996.")


_TITLED_TEN_K = """                                   FORM 10-K

                ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE
                        SECURITIES EXCHANGE ACT OF 1934

                  For the fiscal year ended December 31, 1999

                          NORTHWIND INSTRUMENTS, INC.

                                     PART I

Item 1.  Business of our Company and Subsidiaries

     Northwind Instruments, Inc. designs and manufactures process control
instruments for the chemical and refining industries.

Item 2.  Properties, in the United States

     The Company owns a 210,000 square foot plant in Dayton, Ohio.

Item 3.  Legal Proceedings

     None.
"""


def test_a_title_carried_on_with_of_our_or_in_the_is_still_a_heading() -> None:
    # (was items 3 alone: "of our Company", "in the United States" were read as another
    # report's item referred to)
    record = form_record("10-K", _TITLED_TEN_K, "20000329")
    assert [(item["number"], item["title"]) for item in record["items"]] == [
        ("1", "Business of our Company and Subsidiaries"),
        ("2", "Properties, in the United States"), ("3", "Legal Proceedings")]
    assert record["items"][1]["text"] == (
        "The Company owns a 210,000 square foot plant in Dayton, Ohio.")
    record = form_record("10-K", _TITLED_TEN_K.replace(
        "Properties, in the United States", "Properties of our Company"), "20000329")
    assert [item["number"] for item in record["items"]] == ["1", "2", "3"]


_TITLED_TEN_Q = """                                   FORM 10-Q

                 For the quarterly period ended September 30, 2004

                          NORTHWIND INSTRUMENTS, INC.

                         PART I - FINANCIAL INFORMATION

Item 1.  Financial Statements

     The condensed consolidated financial statements are set forth below.

                          PART II - OTHER INFORMATION

Item 1.  Legal Proceedings

     None.

Item 1A.  Risk Factors, in the Company's view, have not changed materially.

     There have been no material changes since December 31, 2003.

Item 5.  Other Information, in the Ordinary Course

     None.

Item 6.  Exhibits

     31.1 Certification of Chief Executive Officer
"""


def test_a_run_on_title_in_the_companys_view_is_no_reference() -> None:
    # (was items 1, 1, 6: 1A and 5 were read as another report's items, their text run
    # into Legal Proceedings)
    record = form_record("10-Q", _TITLED_TEN_Q, "20041112")
    assert [item["number"] for item in record["items"]] == ["1", "1", "1A", "5", "6"]
    assert record["items"][1]["text"] == "None."
    assert record["items"][2]["text"] == (
        "There have been no material changes since December 31, 2003.")
    assert record["items"][3]["title"] == "Other Information, in the Ordinary Course"
