"""Items, round 37: a 10-Q Part's title and its first item printed on one line; a lettered
8-K sub-item spaced off its number ("Item 5.02 (c)") under the same item."""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from support import validate


def _filing(form: str, main: str, filed: str = "19980814",
            accession: str = "0000950123-98-004321") -> dict[str, Any]:
    data = (f"<SEC-DOCUMENT>{accession}.txt : {filed}\n"
            f"<SEC-HEADER>{accession}.hdr.sgml : {filed}\n"
            f"ACCESSION NUMBER:\t\t{accession}\nCONFORMED SUBMISSION TYPE:\t{form}\n"
            f"PUBLIC DOCUMENT COUNT:\t\t1\nFILED AS OF DATE:\t\t{filed}\n</SEC-HEADER>\n"
            f"<DOCUMENT>\n<TYPE>{form}\n<SEQUENCE>1\n<TEXT>\n{main}\n</TEXT>\n</DOCUMENT>\n"
            "</SEC-DOCUMENT>\n").encode()
    return validate(parse(data, f"{accession}.txt"))


_TEN_Q_COVER = """                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                                   FORM 10-Q

[X]  QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES
     EXCHANGE ACT OF 1934

     For the quarterly period ended June 30, 1998

                         Commission file number 1-8472

                           ACME PUMP CORPORATION
           (Exact name of registrant as specified in its charter)

"""

_TEN_Q_BODY = """                           ACME PUMP CORPORATION
                  CONDENSED CONSOLIDATED BALANCE SHEETS
                             (in thousands)
                                              June 30,      December 31,
                                                1998            1997
                                              --------      ------------
     Cash and cash equivalents                $  1,234        $  1,111
     Accounts receivable                         4,567           4,321

ITEM 2.  MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND
         RESULTS OF OPERATIONS

     Net sales for the second quarter of 1998 increased 5% to $12.3 million,
compared with $11.7 million for the second quarter of 1997.

"""

_TEN_Q_TAIL = """ITEM 6.  EXHIBITS AND REPORTS ON FORM 8-K

     (a) Exhibits

         27  Financial Data Schedule

     (b) Reports on Form 8-K

         None.

                                  SIGNATURES

     Pursuant to the requirements of the Securities Exchange Act of 1934, the
registrant has duly caused this report to be signed on its behalf by the
undersigned thereunto duly authorized.
"""


def _numbers_and_titles(record: dict[str, Any]) -> list[tuple[str, str | None]]:
    return [(i["number"], i["standard_title"]) for i in record["items"]]


def test_a_10q_part_title_and_its_first_item_on_one_line() -> None:
    for line in ("PART I - FINANCIAL INFORMATION, ITEM 1. FINANCIAL STATEMENTS",
                 "PART I.  FINANCIAL INFORMATION     ITEM 1.  FINANCIAL STATEMENTS"):
        record = _filing("10-Q", f"{_TEN_Q_COVER}{line}\n\n{_TEN_Q_BODY}"
                         "PART II - OTHER INFORMATION, ITEM 1.  LEGAL PROCEEDINGS\n\n"
                         "     None.\n\n" + _TEN_Q_TAIL)
        assert _numbers_and_titles(record) == [
            ("1", "Financial Statements"),
            ("2", "Management's Discussion and Analysis of Financial Condition and Results "
                  "of Operations"),
            ("1", "Legal Proceedings"),
            ("6", "Exhibits and Reports on Form 8-K"),
        ], line
        first = record["items"][0]
        assert first["title"] == "FINANCIAL STATEMENTS"
        assert first["text"].startswith("ACME PUMP CORPORATION\n")
        assert first["text"].endswith("Accounts receivable                         4,567"
                                      "           4,321")
        assert record["items"][2]["text"] == "None."


def test_a_part_title_and_item_wrapped_into_a_sentence_stays_item_text() -> None:
    mention = ("     For a discussion of liquidity, see the section titled\n"
               "Part I - Financial Information, Item 2. Management's Discussion and Analysis\n"
               "of this report.\n\n")
    record = _filing("10-Q", f"{_TEN_Q_COVER}PART I - FINANCIAL INFORMATION, ITEM 1. "
                     f"FINANCIAL STATEMENTS\n\n{_TEN_Q_BODY}{mention}"
                     "PART II - OTHER INFORMATION\n\n" + _TEN_Q_TAIL)
    assert [i["number"] for i in record["items"]] == ["1", "2", "6"]
    assert record["items"][1]["text"].endswith("see the section titled\nPart I - Financial "
                                               "Information, Item 2. Management's Discussion "
                                               "and Analysis\nof this report.")


_EIGHT_K_COVER = """                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                                   FORM 8-K

                                 CURRENT REPORT
                     PURSUANT TO SECTION 13 OR 15(d) OF THE
                        SECURITIES EXCHANGE ACT OF 1934

        Date of Report (Date of earliest event reported): March 3, 2007

                           ACME PUMP CORPORATION
           (Exact name of registrant as specified in its charter)

"""

_SIGNATURES = """
                                   SIGNATURES

     Pursuant to the requirements of the Securities Exchange Act of 1934, the
registrant has duly caused this report to be signed on its behalf by the
undersigned hereunto duly authorized.

                                        ACME PUMP CORPORATION

Date: March 5, 2007                     By: /s/ John Smith
                                            John Smith
                                            Chief Financial Officer
"""


def test_lettered_sub_items_spaced_off_their_number_stay_one_item() -> None:
    body = """Item 5.02 (b)  Departure of Directors or Principal Officers.

     On March 3, 2007, Jane Doe resigned as Chief Financial Officer of Acme
Pump Corporation, effective March 31, 2007.

Item 5.02 (c)  Appointment of Principal Officers.

     On March 3, 2007, the Board of Directors appointed John Smith, age 52,
as Chief Financial Officer, effective April 1, 2007.

Item 9.01  Financial Statements and Exhibits.

     (d) Exhibits

     99.1  Press release dated March 5, 2007.
"""
    record = _filing("8-K", _EIGHT_K_COVER + body + _SIGNATURES, filed="20070305",
                     accession="0000950123-07-001234")
    assert [(i["number"], i["title"]) for i in record["items"]] == [
        ("5.02", "Departure of Directors or Principal Officers"),
        ("9.01", "Financial Statements and Exhibits"),
    ]
    text = record["items"][0]["text"]
    assert text.startswith("On March 3, 2007, Jane Doe resigned")
    assert "Item 5.02 (c)  Appointment of Principal Officers." in text
    assert text.endswith("as Chief Financial Officer, effective April 1, 2007.")


_N_CSR_COVER = """                                 UNITED STATES
                      SECURITIES AND EXCHANGE COMMISSION
                            Washington, D.C. 20549

                                   FORM N-CSR

              CERTIFIED SHAREHOLDER REPORT OF REGISTERED MANAGEMENT
                             INVESTMENT COMPANIES

                 Investment Company Act file number 811-04321

                          Franklin Custodian Funds
               (Exact name of registrant as specified in charter)

Date of fiscal year end: 9/30

Date of reporting period: {period}

"""

_N_CSR_SIGNATURES = """
SIGNATURES

Pursuant to the requirements of the Securities Exchange Act of 1934 and the
Investment Company Act of 1940, the registrant has duly caused this report to
be signed on its behalf by the undersigned, thereunto duly authorized.
"""


def test_n_csr_items_take_the_titles_of_the_edition_they_print() -> None:
    items_2006 = """ITEM 1. REPORTS TO STOCKHOLDERS.

     Dear Shareholder: This annual report covers the fiscal year ended
September 30, 2006.

ITEM 2. CODE OF ETHICS.

(a) The Registrant has adopted a code of ethics that applies to its principal
executive officers and principal financial and accounting officer.

ITEM 6. SCHEDULE OF INVESTMENTS.                    N/A

ITEM 9. PURCHASES OF EQUITY SECURITIES BY CLOSED-END MANAGEMENT INVESTMENT
COMPANY AND AFFILIATED PURCHASERS.

     N/A

ITEM 10. SUBMISSION OF MATTERS TO A VOTE OF SECURITY HOLDERS.

There have been no changes to the procedures by which shareholders may
recommend nominees to the Registrant's Board of Trustees.

ITEM 11. CONTROLS AND PROCEDURES.

(a) Evaluation of Disclosure Controls and Procedures. The Registrant maintains
disclosure controls and procedures.

ITEM 12. EXHIBITS.

(a)(1) Code of Ethics
"""
    record = _filing("N-CSR", _N_CSR_COVER.format(period="9/30/06") + items_2006
                     + _N_CSR_SIGNATURES, filed="20061128",
                     accession="0000950123-06-014321")
    assert _numbers_and_titles(record) == [
        ("1", "Reports to Stockholders"),
        ("2", "Code of Ethics"),
        ("6", "Schedule of Investments"),
        ("9", "Purchases of Equity Securities by Closed-End Management Investment Company "
              "and Affiliated Purchasers"),
        ("10", "Submission of Matters to a Vote of Security Holders"),
        ("11", "Controls and Procedures"),
        ("12", "Exhibits"),
    ]
    assert record["items"][2]["text"] == "N/A"
    assert record["items"][-1]["text"] == "(a)(1) Code of Ethics"

    items_2024 = """Item 6. Investments.

(a) The schedule of investments is included in the financial statements filed
under Item 7 of this form.

Item 7. Financial Statements and Financial Highlights for Open-End Management
Investment Companies.

The financial statements are attached herewith.

Item 10. Remuneration Paid to Directors, Officers, and Others of Open-End
Management Investment Companies.

The information is included in Item 7 of this Form N-CSR.

Item 16. Controls and Procedures.

(a) The Registrant's principal executive officer and principal financial officer
have concluded that its disclosure controls and procedures are effective.

Item 19. Exhibits.

(a)(1) Code of Ethics
"""
    record = _filing("N-CSR", _N_CSR_COVER.format(period="9/30/24") + items_2024
                     + _N_CSR_SIGNATURES, filed="20241127",
                     accession="0000950123-24-014321")
    assert _numbers_and_titles(record) == [
        ("6", "Investments"),
        ("7", "Financial Statements and Financial Highlights for Open-End Management "
              "Investment Companies"),
        ("10", "Remuneration Paid to Directors, Officers, and Others of Open-End Management "
               "Investment Companies"),
        ("16", "Controls and Procedures"),
        ("19", "Exhibits"),
    ]
