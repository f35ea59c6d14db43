"""Cover page, round 32: an old address of a city line alone (or a street over a city line
with no zip) under the former-name caption is no former name; a 1990s 10-Q's "For Quarter
Ended ..." with no "the"; a registration statement's "Registration No. 33-88960" atop its
cover is its file number.

Each cover is written as filings of its era print it.
"""

from __future__ import annotations

from typing import Any

# round 31's 2000s text 8-K cover (the former-name block follows it) and its item
from test_cover_round31 import _ITEM, _TEXT_COVER

from filing2json.parsers import parse
from support import cover_record, form_record, validate


def _former(block: str) -> str | None:
    (registrant,) = cover_record(_TEXT_COVER % block, _ITEM)["registrants"]
    return registrant["former_name"]


def test_old_city_line_alone_is_no_former_name() -> None:
    # a company that moved within its building's city prints the old city line only
    assert _former("                              Dallas, Texas 75201") is None
    assert _former("                              Dallas, TX 75201") is None
    # a name with a comma (and no state after it) is no city line
    assert _former("                          Java Express, Inc.") == "Java Express, Inc."


def test_old_street_over_city_line_without_zip_is_no_former_name() -> None:
    assert _former("""\
                                1400 Elm Street
                                 Dallas, Texas""") is None


def test_former_name_over_street_and_city_line_without_zip() -> None:
    assert _former("""\
                            Healthsport Holdings, Inc.
                                1400 Elm Street
                                 Dallas, Texas""") == "Healthsport Holdings, Inc."




_TEN_Q_1996 = """
                                    FORM 10-Q

           QUARTERLY REPORT UNDER SECTION 13 OR 15(d) OF THE
                     SECURITIES EXCHANGE ACT OF 1934

For Quarter Ended March 31, 1996              Commission File Number 1-8097

                          ENSCO INTERNATIONAL INCORPORATED
             (Exact name of registrant as specified in its charter)

                 Delaware                                 76-0232579
      (State or other jurisdiction of                  (I.R.S. Employer
       incorporation or organization)                 Identification No.)

                    1445 Ross Avenue, Suite 2700
                         Dallas, Texas                    75202-2792
             (Address of principal executive offices)     (Zip Code)

     Registrant's telephone number, including area code: (214) 922-1500

                                Not Applicable
(Former name, former address and former fiscal year, if changed since last report)

PART I  FINANCIAL INFORMATION

Item 1.  Financial Statements
"""


def test_quarter_ended_with_no_the_dates_a_1990s_10q() -> None:
    record = form_record("10-Q", _TEN_Q_1996, "19960510")
    assert record["report_date"] == "1996-03-31"
    assert record["registrants"][0]["commission_file_number"] == "1-8097"


_S1 = """
     As filed with the Securities and Exchange Commission on March 1, 2007
                                                     Registration No. %s
================================================================================

                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549
                                 ---------------
                                    FORM S-1
                             REGISTRATION STATEMENT
                                      UNDER
                           THE SECURITIES ACT OF 1933
                                 ---------------
                              ACME BIOSCIENCES, INC.
             (Exact name of registrant as specified in its charter)

        Delaware                       2834                      20-1234567
(State or other jurisdiction    (Primary Standard Industrial    (I.R.S. Employer
of incorporation or organization) Classification Code Number)  Identification Number)

                           1000 Winter Street, Suite 300
                          Waltham, Massachusetts 02451
                                 (781) 555-0100
  (Address, including zip code, and telephone number, including area code, of
                   registrant's principal executive offices)

PROSPECTUS SUMMARY

     This summary highlights information contained elsewhere in this prospectus.
"""


def test_registration_number_atop_a_registration_statement_is_its_file_number() -> None:
    record = form_record("S-1", _S1 % "333-140123", "20070301")
    (registrant,) = record["registrants"]
    assert registrant["commission_file_number"] == "333-140123"
    assert registrant["irs_employer_id"] == "20-1234567"
    # "333-" left blank on a first filing: no number yet
    record = form_record("S-1", _S1 % "333-", "20070301")
    assert record["registrants"][0]["commission_file_number"] is None


def test_former_bank_or_utility_name_over_old_address_is_kept() -> None:
    # a name with its state after a comma (no zip) is a former name, not a city line
    for name in ("Summit Bank, Georgia", "Capital Bank, NC", "Bank of Granite, N.C.",
                 "New England Power, Massachusetts", "Energy West, Montana"):
        assert _former("                        " + name) == name
    assert _former("""\
                          Sun Capital Bank, Florida
                               1400 Elm Street
                            Miami, Florida 33131""") == "Sun Capital Bank, Florida"


_TEN_K_A_1997 = """
                                   FORM 10-K/A
                                 Amendment No. 2

   This amendment to the Annual Report on Form 10-K for year ended December 31, 1996
   is filed to restate Item 8.

[X]  ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934

                   For the fiscal year ended December 31, 1997

                          Commission File Number 0-15131

                          QUIXOTE MEDICAL SYSTEMS, INC.
             (Exact name of registrant as specified in its charter)

PART I

Item 1.  Business
"""


def test_year_ended_inside_a_sentence_is_another_reports_period() -> None:
    record = form_record("10-K/A", _TEN_K_A_1997, "19980415")
    assert record["report_date"] == "1997-12-31"


_S8_2007 = """
     As filed with the Securities and Exchange Commission on March 1, 2007
                                                     Registration No. 333-
================================================================================
                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549
                                    FORM S-8
                             REGISTRATION STATEMENT
                                      UNDER
                           THE SECURITIES ACT OF 1933

                              ACME BIOSCIENCES, INC.
             (Exact name of registrant as specified in its charter)

        Delaware                                                 20-1234567
(State or other jurisdiction of                              (I.R.S. Employer
incorporation or organization)                             Identification No.)

                           1000 Winter Street, Suite 300
                          Waltham, Massachusetts 02451
                    (Address of principal executive offices)

                       ACME BIOSCIENCES 2004 STOCK INCENTIVE PLAN
                              (Full title of the plan)

                                  EXPLANATORY NOTE

     This Registration Statement on Form S-8 registers an additional 1,000,000
shares of Common Stock under the Plan. Pursuant to General Instruction E of Form
S-8, the contents of the Registration Statement on Form S-8
(Registration Statement No. 333-120456) previously filed by the Registrant
are incorporated by reference.

PART II
"""
_HEADER_FILER = """FILER:

	COMPANY DATA:
		COMPANY CONFORMED NAME:			ACME BIOSCIENCES INC
		CENTRAL INDEX KEY:			0001234567
		STATE OF INCORPORATION:			DE

	FILING VALUES:
		FORM TYPE:		S-8
		SEC ACT:		1933 Act
		SEC FILE NUMBER:	333-150001
		FILM NUMBER:		07654321
"""


def _with_header(form: str, text: str, header: str) -> dict[str, Any]:
    accession = "0000950123-07-004321"
    doc = (f"<SEC-DOCUMENT>{accession}.txt : 20070301\n<SEC-HEADER>{accession}.hdr.sgml : "
           f"20070301\nACCESSION NUMBER:\t\t{accession}\nCONFORMED SUBMISSION TYPE:\t{form}\n"
           f"PUBLIC DOCUMENT COUNT:\t\t1\nFILED AS OF DATE:\t\t20070301\n{header}"
           f"</SEC-HEADER>\n<DOCUMENT>\n<TYPE>{form}\n<SEQUENCE>1\n<TEXT>\n{text}\n</TEXT>\n"
           "</DOCUMENT>\n</SEC-DOCUMENT>\n")
    return validate(parse(doc.encode(), "cover.txt"))


def test_an_earlier_statements_number_is_no_file_number() -> None:
    # an S-8 that incorporates an earlier S-8 cites that one's number in a sentence
    record = _with_header("S-8", _S8_2007, "")
    assert record["registrants"][0]["commission_file_number"] is None
    # the header's file number is the statement's own
    record = _with_header("S-8", _S8_2007, _HEADER_FILER)
    assert record["registrants"][0]["commission_file_number"] == "333-150001"
    # a Rule 462(b) filing's box names the earlier effective statement
    mef = _S8_2007.replace("FORM S-8", "FORM S-1").replace("""\
                                  EXPLANATORY NOTE
""", """\
     If this Form is filed to register additional securities for an offering
pursuant to Rule 462(b) under the Securities Act, please check the following
box and list the Securities Act registration statement number of the earlier
effective registration statement for the same offering.
[X] Registration No. 333-140123
""")
    record = _with_header("S-1MEF", mef, "")
    assert record["registrants"][0]["commission_file_number"] is None
