"""Items and exhibits, round 32: exhibit numbers with a lower-case letter ("99.a", "10.1a")
and plain-text lists spaced with non-breaking spaces (cp1252 byte A0)."""

from __future__ import annotations

from filing2json.parsers import parse
from support import EIGHT_K_TITLE, submission, validate

_COVER = """       Date of Report (Date of earliest event reported): March 3, 1997

                           ACME PUMP CORPORATION
           (Exact name of registrant as specified in its charter)

     Delaware                     1-8472                    13-1234567
(State of incorporation)   (Commission File Number)   (IRS Employer Id. No.)

"""

_SIGNATURES = """
                                   SIGNATURES

     Pursuant to the requirements of the Securities Exchange Act of 1934, the
registrant has duly caused this report to be signed on its behalf by the
undersigned hereunto duly authorized.

                                   ACME PUMP CORPORATION

Date: March 3, 1997                By: /s/ John Smith
                                       John Smith, Chief Financial Officer
"""

_OLD_EIGHT_K = """Item 5.  Other Events.

     On March 3, 1997, the Registrant completed its merger with Widget Inc.

Item 7.  Financial Statements and Exhibits.

     (c)  Exhibits.

          99.a      Press release dated March 3, 1997.
          99.b      Letter to shareholders dated March 3, 1997.
"""


def test_lower_case_letter_after_the_point_is_an_exhibit_number() -> None:
    data = submission(EIGHT_K_TITLE + _COVER + _OLD_EIGHT_K + _SIGNATURES,
                      ("EX-99.A", "ACME PUMP COMPLETES MERGER WITH WIDGET\n\nDAYTON, Ohio ..."),
                      ("EX-99.B", "Dear Shareholder:\n\nI am pleased to report ..."))
    exhibits = validate(parse(data, "x.txt"))["exhibits"]
    assert [(e["number"], e["description"], e["document"]) for e in exhibits] == [
        ("99.a", "Press release dated March 3, 1997.", 2),
        ("99.b", "Letter to shareholders dated March 3, 1997.", 3)]


_TEN_K_1997 = """                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                                   FORM 10-K

[X]  ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES
     EXCHANGE ACT OF 1934

     For the fiscal year ended December 31, 1997

                           ACME PUMP CORPORATION

                                    PART IV

ITEM 14.  EXHIBITS, FINANCIAL STATEMENT SCHEDULES AND REPORTS ON FORM 8-K

     (a)  3.  Exhibits

          3.1       Restated Certificate of Incorporation.
          10.1      Credit Agreement dated as of May 1, 1996 between the
                    Company and First National Bank of Ohio.
          10.1a     First Amendment to Credit Agreement dated as of
                    June 1, 1997.
          10.1b     Second Amendment to Credit Agreement dated as of
                    December 1, 1997.
          10.2      1995 Stock Option Plan.
          27        Financial Data Schedule.
"""


def test_lower_case_letter_after_the_minor_number_is_part_of_it() -> None:
    data = submission(_TEN_K_1997 + _SIGNATURES,
                      ("EX-10.1A", "FIRST AMENDMENT TO CREDIT AGREEMENT\n\nThis First ..."),
                      ("EX-27", "<ARTICLE> 5\n<CASH> 1,234")).replace(
        b"TYPE:\t8-K", b"TYPE:\t10-K").replace(b"<TYPE>8-K", b"<TYPE>10-K")
    exhibits = validate(parse(data, "k.txt"))["exhibits"]
    assert [e["number"] for e in exhibits] == ["3.1", "10.1", "10.1a", "10.1b", "10.2", "27"]
    first = exhibits[2]
    assert first["description"] == "First Amendment to Credit Agreement dated as of June 1, 1997."
    assert first["document"] == 2
    assert exhibits[5]["document"] == 3


_GAP = "\xa0" * 10
_NBSP_EIGHT_K = f"""Item\xa02.02\xa0\xa0Results of Operations and Financial Condition.

On February 6, 2004, Acme Pump Corporation issued a press release announcing its
results for the fourth quarter of 2003.

Item\xa09.01\xa0\xa0Financial Statements and Exhibits.

(c)\xa0\xa0Exhibits.

Exhibit\xa0No.\xa0\xa0\xa0\xa0Description
99.1{_GAP}Press release of Acme Pump Corporation dated February 6, 2004.
99.2{_GAP}Supplemental financial information.
"""


def test_plain_text_list_spaced_with_non_breaking_spaces() -> None:
    data = submission(EIGHT_K_TITLE + _COVER + _NBSP_EIGHT_K + _SIGNATURES)
    data = data.replace("\xa0".encode(), b"\xa0")  # as a cp1252 text document has it
    rec = validate(parse(data, "x.txt"))
    assert [i["number"] for i in rec["items"]] == ["2.02", "9.01"]
    assert [(e["number"], e["description"]) for e in rec["exhibits"]] == [
        ("99.1", "Press release of Acme Pump Corporation dated February 6, 2004."),
        ("99.2", "Supplemental financial information.")]


_TEN_K_2002 = """                                   FORM 10-K

     For the fiscal year ended December 31, 2002

                           ACME PUMP CORPORATION

                                    PART II

ITEM 7.  MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND
         RESULTS OF OPERATIONS

     Net sales increased 4% in 2002, to $212.4 million.

ITEM 7(a).  QUANTITATIVE AND QUALITATIVE DISCLOSURES ABOUT MARKET RISK

     The Company's exposure to market risk for changes in interest rates
relates primarily to its revolving credit facility.

ITEM 8.  FINANCIAL STATEMENTS AND SUPPLEMENTARY DATA

     See the Index to Consolidated Financial Statements on page F-1.
"""


def test_bracketed_letter_with_the_lettered_items_title_is_that_item() -> None:
    data = submission(_TEN_K_2002).replace(b"TYPE:\t8-K", b"TYPE:\t10-K").replace(
        b"<TYPE>8-K", b"<TYPE>10-K")
    items = validate(parse(data, "k.txt"))["items"]
    assert [(i["number"], i["standard_title"]) for i in items] == [
        ("7", "Management's Discussion and Analysis of Financial Condition and Results of "
              "Operations"),
        ("7A", "Quantitative and Qualitative Disclosures About Market Risk"),
        ("8", "Financial Statements and Supplementary Data")]
    assert items[0]["text"] == "Net sales increased 4% in 2002, to $212.4 million."
    assert items[1]["title"] == "QUANTITATIVE AND QUALITATIVE DISCLOSURES ABOUT MARKET RISK"
    assert items[1]["text"].startswith("The Company's exposure to market risk")


_TEN_Q_2009 = """                                   FORM 10-Q

     For the quarterly period ended June 30, 2009

                         PART I - FINANCIAL INFORMATION

Item 1.  Financial Statements

     The condensed consolidated financial statements follow.

                          PART II - OTHER INFORMATION

Item 1.  Legal Proceedings

     None.

Item 1(a).  Risk Factors

     There have been no material changes to the risk factors disclosed in our
Annual Report on Form 10-K for the year ended December 31, 2008.

Item 6.  Exhibits

     31.1  Certification of Chief Executive Officer
"""


def test_ten_q_bracketed_risk_factors_item_and_sub_paragraph_kept_apart() -> None:
    data = submission(_TEN_Q_2009).replace(b"TYPE:\t8-K", b"TYPE:\t10-Q").replace(
        b"<TYPE>8-K", b"<TYPE>10-Q")
    items = validate(parse(data, "q.txt"))["items"]
    assert [(i["number"], i["title"]) for i in items] == [
        ("1", "Financial Statements"), ("1", "Legal Proceedings"), ("1A", "Risk Factors"),
        ("6", "Exhibits")]
    assert items[1]["text"] == "None."
    assert items[2]["text"].startswith("There have been no material changes")


def _ten_k(body: str) -> bytes:
    return submission(body).replace(b"TYPE:\t8-K", b"TYPE:\t10-K").replace(
        b"<TYPE>8-K", b"<TYPE>10-K")


_TEN_K_2006 = """                                   FORM 10-K

     For the fiscal year ended December 31, 2006

                           ACME PUMP CORPORATION

                                    PART I

ITEM 1.  BUSINESS

     The Company designs and manufactures industrial pumps.

ITEM 1(a).  RISK FACTORS

     The Company's sales depend on capital spending by the chemical industry.

ITEM 1(b).  EXECUTIVE OFFICERS OF THE REGISTRANT

     John Smith, 55, has been President since 1998.

ITEM 2.  PROPERTIES

     The Company owns its plant in Dayton, Ohio.

ITEM 3.  LEGAL PROCEEDINGS

     None.
"""


def test_bracketed_sub_paragraph_after_a_lettered_item_stays_inside_it() -> None:
    # "Item 1(b). Executive Officers" is no Item 1 read backwards: it stays in Item 1A, and
    # Items 2 and 3 after it are kept
    items = validate(parse(_ten_k(_TEN_K_2006), "k.txt"))["items"]
    assert [i["number"] for i in items] == ["1", "1A", "2", "3"]
    assert items[1]["text"].endswith("John Smith, 55, has been President since 1998.")
    assert items[2]["text"] == "The Company owns its plant in Dayton, Ohio."


def test_ten_q_bracketed_sub_paragraph_after_risk_factors_keeps_legal_proceedings() -> None:
    body = _TEN_Q_2009.replace("Item 6.  Exhibits", """Item 1(b).  Other Information

     None.

Item 6.  Exhibits""")
    data = submission(body).replace(b"TYPE:\t8-K", b"TYPE:\t10-Q").replace(
        b"<TYPE>8-K", b"<TYPE>10-Q")
    items = validate(parse(data, "q.txt"))["items"]
    # "Item 1(b). Other Information": the form's Item 5 by its caption, numbered after the
    # item above it: an item of its own (round 65b), as a 10-K's "Item 4(a). Executive
    # Officers" is
    assert [(i["number"], i["title"]) for i in items] == [
        ("1", "Financial Statements"), ("1", "Legal Proceedings"), ("1A", "Risk Factors"),
        ("1B", "Other Information"), ("6", "Exhibits")]
    assert items[1]["text"] == "None."


_TEN_K_1996 = """                                   FORM 10-K

     For the fiscal year ended December 31, 1996

                           ACME PUMP CORPORATION

ITEM 9.  CHANGES IN AND DISAGREEMENTS WITH ACCOUNTANTS ON ACCOUNTING AND
         FINANCIAL DISCLOSURE

ITEM 9(a).  CHANGES IN ACCOUNTANTS

     None.

ITEM 9(b).  OTHER MATTERS

     None.

                                   PART III

ITEM 10.  DIRECTORS AND EXECUTIVE OFFICERS OF THE REGISTRANT

     Incorporated by reference to the Proxy Statement.
"""


def test_bracketed_letter_sharing_one_word_with_a_lettered_item_is_a_sub_paragraph() -> None:
    # "Other Matters" shares only "Other" with Item 9B's "Other Information"
    items = validate(parse(_ten_k(_TEN_K_1996), "k.txt"))["items"]
    assert [i["number"] for i in items] == ["9", "10"]
    assert "ITEM 9(b).  OTHER MATTERS" in items[0]["text"]


def test_multiple_and_wrapped_exhibit_reference_start_no_entries() -> None:
    items = """Item 7.  Financial Statements and Exhibits.

     (c)  Exhibits.

          2.1       Agreement and Plan of Merger, filed as Exhibit
          2.1a  to the Registration Statement on Form S-4.
          99.1      Press release dated March 3, 1997, announcing leverage of
          3.5x  and interest coverage of 4.2x.
"""
    data = submission(EIGHT_K_TITLE + _COVER + items + _SIGNATURES)
    exhibits = validate(parse(data, "x.txt"))["exhibits"]
    assert [(e["number"], e["description"]) for e in exhibits] == [
        # (the participle filing clause is no part of the name: round 63b)
        ("2.1", "Agreement and Plan of Merger."),
        ("99.1", "Press release dated March 3, 1997, announcing leverage of 3.5x and "
                 "interest coverage of 4.2x.")]


def test_articles_and_by_laws_numbered_with_roman_letters_after_the_point() -> None:
    body = _TEN_K_1997.replace(
        "          3.1       Restated Certificate of Incorporation.\n",
        "          3.i       Restated Certificate of Incorporation.\n"
        "          3.ii      By-laws, as amended.\n")
    data = submission(body + _SIGNATURES, ("EX-3.II", "BY-LAWS\n\nARTICLE I ...")).replace(
        b"TYPE:\t8-K", b"TYPE:\t10-K").replace(b"<TYPE>8-K", b"<TYPE>10-K")
    exhibits = validate(parse(data, "k.txt"))["exhibits"]
    assert [(e["number"], e["description"]) for e in exhibits[:2]] == [
        ("3.i", "Restated Certificate of Incorporation."), ("3.ii", "By-laws, as amended.")]
    assert exhibits[1]["document"] == 2
