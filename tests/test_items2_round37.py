"""Items and explanatory notes, round 37 (second pass): a 2003 8-K's bracketed caption after
its item's title, the "Signature(s)" heading, an 8-K/A stating its amendment under its first
item, and a note followed by a title-case "Forward-Looking Statements" heading."""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from support import validate


def _filing(form: str, main: str, filed: str = "20030425",
            accession: str = "0000950134-03-006543") -> dict[str, Any]:
    data = (f"<SEC-DOCUMENT>{accession}.txt : {filed}\n"
            f"<SEC-HEADER>{accession}.hdr.sgml : {filed}\n"
            f"ACCESSION NUMBER:\t\t{accession}\nCONFORMED SUBMISSION TYPE:\t{form}\n"
            f"PUBLIC DOCUMENT COUNT:\t\t1\nFILED AS OF DATE:\t\t{filed}\n</SEC-HEADER>\n"
            f"<DOCUMENT>\n<TYPE>{form}\n<SEQUENCE>1\n<TEXT>\n{main}\n</TEXT>\n</DOCUMENT>\n"
            "</SEC-DOCUMENT>\n").encode()
    return validate(parse(data, f"{accession}.txt"))


def _cover(form: str, date: str) -> str:
    return f"""                                  UNITED STATES
                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                                   {form}

                                 CURRENT REPORT
                     PURSUANT TO SECTION 13 OR 15(d) OF THE
                         SECURITIES EXCHANGE ACT OF 1934

       Date of Report (Date of earliest event reported): {date}

                           CALLOWAY INDUSTRIES, INC.
             (Exact name of registrant as specified in its charter)

        Delaware                    1-11234                 75-2345678
(State or other jurisdiction      (Commission             (IRS Employer
    of incorporation)             File Number)          Identification No.)

            4100 Alpha Road, Dallas, Texas                     75244
       (Address of principal executive offices)              (Zip Code)

       Registrant's telephone number, including area code: (972) 555-0100

"""


_SIGNED = """
                                   SIGNATURE

     Pursuant to the requirements of the Securities Exchange Act of 1934, the
registrant has duly caused this report to be signed on its behalf by the
undersigned hereunto duly authorized.

                                        CALLOWAY INDUSTRIES, INC.

Date: April 24, 2003                    By: /s/ Robert L. Haney
                                            Robert L. Haney
                                            Chief Financial Officer
"""


def test_item_9_caption_for_item_12_stays_in_the_title() -> None:
    # 2003: results furnished under Item 9 with the caption the SEC asked for, wrapped
    record = _filing("8-K", _cover("FORM 8-K", "April 24, 2003") + """\
Item 7.  Financial Statements and Exhibits.

         (c)  Exhibits

              99.1   Press Release dated April 24, 2003.

Item 9.  Regulation FD Disclosure (Information furnished pursuant to Item 12,
         "Results of Operations and Financial Condition").

         On April 24, 2003, Calloway Industries, Inc. issued a press release
announcing its results for the first quarter ended March 31, 2003. A copy of the
press release is furnished as Exhibit 99.1.
""" + _SIGNED)
    items = {item["number"]: item for item in record["items"]}
    assert list(items) == ["7", "9"]
    assert items["9"]["title"] == ('Regulation FD Disclosure (Information furnished pursuant to '
                                   'Item 12, "Results of Operations and Financial Condition")')
    assert items["9"]["standard_title"] == "Regulation FD Disclosure"
    assert items["9"]["text"].startswith("On April 24, 2003, Calloway Industries")


def test_bracketed_caption_on_an_html_heading_line() -> None:
    html = """<html><body>
<p align="center"><b>FORM 8-K</b></p>
<p align="center">Date of Report (Date of earliest event reported): April 24, 2012</p>
<p align="center"><b>CALLOWAY INDUSTRIES, INC.</b><br>(Exact name of registrant as specified
in its charter)</p>
<p><b>Item 1.01 Entry into a Material Definitive Agreement (Amendment No. 2 to Credit
Agreement)</b></p>
<p>On April 20, 2012, Calloway Industries, Inc. entered into Amendment No. 2 to its Credit
Agreement with Bank of America, N.A., as administrative agent.</p>
<p align="center"><b>SIGNATURE</b></p>
<p>Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly
caused this report to be signed on its behalf by the undersigned hereunto duly authorized.</p>
</body></html>"""
    record = validate(parse(html.encode(), "calloway8k.htm"))
    [item] = record["items"]
    assert item["title"] == ("Entry into a Material Definitive Agreement (Amendment No. 2 to "
                             "Credit Agreement)")
    assert item["text"].startswith("On April 20, 2012, Calloway Industries")


def test_signature_s_heading_ends_the_last_item() -> None:
    record = _filing("8-K", _cover("FORM 8-K", "March 3, 2015") + """\
Item 2.02  Results of Operations and Financial Condition.

     On March 3, 2015, Calloway Industries, Inc. issued a press release announcing
its results for the fourth quarter of 2014.

Item 9.01  Financial Statements and Exhibits.

     (d)  Exhibits

          99.1  Press release dated March 3, 2015.

                                  Signature(s)

     Pursuant to the requirements of the Securities Exchange Act of 1934, the
registrant has duly caused this report to be signed on its behalf by the
undersigned hereunto duly authorized.
""", filed="20150303", accession="0000950134-15-004321")
    last = record["items"][-1]
    assert last["number"] == "9.01"
    assert last["text"] == "(d)  Exhibits\n\n          99.1  Press release dated March 3, 2015."


_AMENDED = _cover("FORM 8-K/A\n                               (Amendment No. 1)",
                  "January 5, 2015")


def test_amendment_stated_under_the_first_item_is_the_note() -> None:
    record = _filing("8-K/A", _AMENDED + """\
Item 9.01  Financial Statements and Exhibits.

     This Amendment No. 1 on Form 8-K/A amends the Current Report on Form 8-K filed
by Calloway Industries, Inc. on January 9, 2015 to include the financial statements
and pro forma financial information required by Item 9.01 of Form 8-K.

     (a)  Financial Statements of Businesses Acquired.

          The audited financial statements of Widget Corp. are filed as Exhibit 99.1.
""" + _SIGNED, filed="20150320", accession="0000950134-15-005678")
    assert record["explanatory_note"] == (
        "This Amendment No. 1 on Form 8-K/A amends the Current Report on Form 8-K filed by "
        "Calloway Industries, Inc. on January 9, 2015 to include the financial statements "
        "and pro forma financial information required by Item 9.01 of Form 8-K.")
    assert record["items"][0]["number"] == "9.01"
    # a first item that states no amendment gives none
    record = _filing("8-K/A", _AMENDED + """\
Item 8.01  Other Events.

     On January 5, 2015, Calloway Industries, Inc. announced that it had amended its
revolving credit facility with Bank of America, N.A.
""" + _SIGNED, filed="20150320", accession="0000950134-15-005678")
    assert record["explanatory_note"] is None


def test_note_ends_at_a_title_case_forward_looking_heading() -> None:
    html = """<html><body>
<p align="center"><b>FORM 10-K/A</b></p>
<p align="center">(Amendment No. 1)</p>
<p>For the fiscal year ended December 31, 2019</p>
<p align="center"><b>CALLOWAY INDUSTRIES, INC.</b><br>(Exact name of registrant as specified
in its charter)</p>
<p align="center"><b>Explanatory Note</b></p>
<p>This Amendment No. 1 to our Annual Report on Form 10-K for the year ended December 31,
2019 is being filed solely to furnish Exhibit 101 to the Form 10-K.</p>
<p>No other changes have been made to the Form 10-K.</p>
<p><b>Cautionary Note Regarding Forward-Looking Statements</b></p>
<p>This report contains forward-looking statements within the meaning of the federal
securities laws.</p>
<p align="center"><b>PART IV</b></p>
<p><b>Item 15. Exhibits, Financial Statement Schedules</b></p>
<p>(a)(3) Exhibits. The exhibits listed in the Exhibit Index are filed herewith.</p>
</body></html>"""
    record = validate(parse(html.encode(), "calloway10ka.htm"))
    assert record["explanatory_note"] == (
        "This Amendment No. 1 to our Annual Report on Form 10-K for the year ended December "
        "31, 2019 is being filed solely to furnish Exhibit 101 to the Form 10-K.\n\n"
        "No other changes have been made to the Form 10-K.")


_TEN_K_A = """                                  UNITED STATES
                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                                  FORM 10-K/A
                                (Amendment No. 1)

[X]  ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES
     EXCHANGE ACT OF 1934

                  For the fiscal year ended December 31, 2004

                           CALLOWAY INDUSTRIES, INC.
             (Exact name of registrant as specified in its charter)

                                EXPLANATORY NOTE

     Calloway Industries, Inc. is filing this Amendment No. 1 on Form 10-K/A to
restate its consolidated financial statements for the years ended December 31,
2004 and 2003. This Amendment amends the following items of the Original Filing:

     Item 7.  Management's Discussion and Analysis of Financial Condition and
              Results of Operations;
     Item 8.  Financial Statements and Supplementary Data; and
     Item 9A. Controls and Procedures.

     Except as described above, no other changes have been made to the Original
Filing.

                                     PART II

ITEM 7.  MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND
         RESULTS OF OPERATIONS

     Net sales for 2004 increased 5% to $412.3 million.

ITEM 8.  FINANCIAL STATEMENTS AND SUPPLEMENTARY DATA

     The financial statements listed in Item 15 are filed as part of this report.

ITEM 9A. CONTROLS AND PROCEDURES

     Our disclosure controls and procedures were not effective as of December 31,
2004, because of the material weakness described below.
"""


def test_items_listed_in_an_explanatory_note_are_no_headings() -> None:
    record = _filing("10-K/A", _TEN_K_A, filed="20050815", accession="0000950134-05-015432")
    assert [item["number"] for item in record["items"]] == ["7", "8", "9A"]
    assert record["items"][0]["text"] == "Net sales for 2004 increased 5% to $412.3 million."
    assert record["explanatory_note"] == (
        "Calloway Industries, Inc. is filing this Amendment No. 1 on Form 10-K/A to restate "
        "its consolidated financial statements for the years ended December 31, 2004 and "
        "2003. This Amendment amends the following items of the Original Filing:\n\n"
        "Item 7. Management's Discussion and Analysis of Financial Condition and Results of "
        "Operations; Item 8. Financial Statements and Supplementary Data; and Item 9A. "
        "Controls and Procedures.\n\n"
        "Except as described above, no other changes have been made to the Original Filing.")


def test_html_list_of_amended_items_stays_in_the_note() -> None:
    html = """<html><body>
<p align="center"><b>FORM 10-K/A</b></p><p align="center">(Amendment No. 1)</p>
<p>For the fiscal year ended December 31, 2019</p>
<p align="center"><b>CALLOWAY INDUSTRIES, INC.</b><br>(Exact name of registrant as specified
in its charter)</p>
<p align="center"><b>EXPLANATORY NOTE</b></p>
<p>Calloway Industries, Inc. is filing this Amendment No. 1 on Form 10-K/A to restate its
consolidated financial statements. The following items of the Original Filing are
amended:</p>
<p>Item 8. Financial Statements and Supplementary Data</p>
<p>Item 9A. Controls and Procedures</p>
<p>Except as described above, no other changes have been made to the Original Filing.</p>
<p align="center"><b>PART II</b></p>
<p><b>Item 8. Financial Statements and Supplementary Data</b></p>
<p>See the consolidated financial statements beginning on page F-1.</p>
<p><b>Item 9A. Controls and Procedures</b></p>
<p>Our disclosure controls and procedures were not effective as of December 31, 2019.</p>
</body></html>"""
    record = validate(parse(html.encode(), "calloway10ka.htm"))
    assert [(item["number"], item["text"][:24]) for item in record["items"]] == [
        ("8", "See the consolidated fin"), ("9A", "Our disclosure controls ")]
    assert record["explanatory_note"].endswith(
        "are amended:\n\nItem 8. Financial Statements and Supplementary Data\n\n"
        "Item 9A. Controls and Procedures\n\n"
        "Except as described above, no other changes have been made to the Original Filing.")


def test_an_amended_contract_under_the_first_item_is_no_note() -> None:
    # audit: "Amendment No. 1 is filed as Exhibit 10.1" is the contract's, not this filing's
    main = _AMENDED + """
Item 1.01   Entry into a Material Definitive Agreement.

     On March 3, 2010, Calloway Industries, Inc. (the "Company") entered into
Amendment No. 1 (the "Amendment") to its Credit Agreement dated June 1, 2008
with Bank of America, N.A., as administrative agent. Amendment No. 1 amends the
Credit Agreement to extend the maturity date to June 1, 2013.

     Amendment No. 1 is filed as Exhibit 10.1 hereto and is incorporated herein
by reference.

Item 9.01   Financial Statements and Exhibits.

     (d) Exhibits.

     10.1  Amendment No. 1 to Credit Agreement dated March 3, 2010.
""" + _SIGNED
    assert _filing("8-K/A", main)["explanatory_note"] is None


def test_a_ten_q_item_under_a_lead_in_colon_stays_an_item() -> None:
    # audit: Part I's Item 4 under "... refer to the following:" is no amendment's list,
    # though Part II heads an Item 4 too
    main = """PART I.  FINANCIAL INFORMATION

ITEM 3.  QUANTITATIVE AND QUALITATIVE DISCLOSURES ABOUT MARKET RISK

     For a discussion of our exposure, refer to the following:

ITEM 4.  CONTROLS AND PROCEDURES

     Our disclosure controls are effective.

PART II.  OTHER INFORMATION

ITEM 4.  SUBMISSION OF MATTERS TO A VOTE OF SECURITY HOLDERS

     None.
""" + _SIGNED
    items = [(i["number"], i["text"]) for i in _filing("10-Q", main)["items"]]
    assert ("4", "Our disclosure controls are effective.") in items


def test_a_bracket_opening_the_text_run_into_the_heading_stays_text() -> None:
    # audit: only a caption closing its line is the title's
    main = _cover("FORM 8-K", "May 1, 2008") + """
Item 8.01 Other Events (On May 1, 2008, Calloway Industries, Inc. (the "Company") announced
that it will redeem its notes.) The redemption will occur on June 1, 2008.
""" + _SIGNED
    item = _filing("8-K", main, filed="20080502")["items"][0]
    assert item["title"] == "Other Events"
    assert item["text"].startswith("(On May 1, 2008, Calloway Industries")
