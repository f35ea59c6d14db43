"""Cover page, round 38: months abbreviated "Jun." and "Jul.", an 11-K's issuer printed
under its item B caption, and co-registrants stacked one block under another, each with
its file number captioned above its name.

Each cover is written as filings of its era print it.
"""

from __future__ import annotations

from support import text_record

_record = text_record


_TEN_Q_2008 = """
                                  UNITED STATES
                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

                                    FORM 10-Q

[X]  QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES
     EXCHANGE ACT OF 1934

                 For the quarterly period ended Jun. 30, 2008

                                       OR

[ ]  TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES
     EXCHANGE ACT OF 1934

                         Commission file number 0-19019

                           PACIFIC COAST INSTRUMENTS, INC.
             (Exact name of registrant as specified in its charter)

           Delaware                                    94-2404110
(State or other jurisdiction of                     (I.R.S. Employer
incorporation or organization)                     Identification No.)

   1200 Harbor Boulevard, Suite 100
   San Francisco, California                               94105
(Address of principal executive offices)                   (Zip Code)

       Registrant's telephone number, including area code: (415) 555-1212
"""


def test_period_month_abbreviated_jun_with_full_stop() -> None:
    rec = _record(_TEN_Q_2008)
    assert rec["report_date"] == "2008-06-30"


_EIGHT_K_JUL = """
                                  UNITED STATES
                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

                                    FORM 8-K

                                 CURRENT REPORT
                     Pursuant to Section 13 or 15(d) of the
                         Securities Exchange Act of 1934

       Date of Report (Date of earliest event reported): Jul. 15, 2021

                              NORTHSTAR ENERGY INC.
             (Exact name of registrant as specified in its charter)

        Nevada                       001-38123                  46-1234567
(State or other jurisdiction    (Commission File Number)      (IRS Employer
    of incorporation)                                       Identification No.)

                            400 Main Street, Suite 1200
                              Houston, Texas 77002
               (Address of principal executive offices) (Zip Code)

       Registrant's telephone number, including area code: (713) 555-0100

Item 8.01 Other Events.

On July 15, 2021, the Company announced the results of its annual meeting.
"""


def test_event_date_month_abbreviated_jul_with_full_stop() -> None:
    rec = _record(_EIGHT_K_JUL)
    assert (rec["report_date"], rec["event_date"]) == ("2021-07-15", "2021-07-15")


_ELEVEN_K_2006 = """
                      SECURITIES AND EXCHANGE COMMISSION
                            WASHINGTON, D.C. 20549

                                   FORM 11-K

(Mark One)

[X]  ANNUAL REPORT PURSUANT TO SECTION 15(d) OF THE SECURITIES EXCHANGE ACT
     OF 1934

     For the fiscal year ended December 31, 2006

                                      OR

[ ]  TRANSITION REPORT PURSUANT TO SECTION 15(d) OF THE SECURITIES EXCHANGE
     ACT OF 1934

     For the transition period from ____________ to ____________

                         Commission file number 1-11277

     A.  Full title of the plan and the address of the plan, if different
         from that of the issuer named below:

                   VALLEY NATIONAL BANCORP SAVINGS AND INVESTMENT PLAN

     B.  Name of issuer of the securities held pursuant to the plan and the
         address of its principal executive office:

                           VALLEY NATIONAL BANCORP
                              1455 Valley Road
                          Wayne, New Jersey 07470

                             REQUIRED INFORMATION
"""


def test_11k_issuer_name_and_address_under_item_b() -> None:
    (reg,) = _record(_ELEVEN_K_2006)["registrants"]
    assert reg["name"] == "VALLEY NATIONAL BANCORP"
    assert reg["commission_file_number"] == "1-11277"
    assert reg["address"] == {"street": "1455 Valley Road", "city": "Wayne",
                              "state": "New Jersey", "zip": "07470"}


_ELEVEN_K_2020_HTML = """<html><body>
<p align="center"><b>UNITED STATES<br>SECURITIES AND EXCHANGE COMMISSION</b><br>
Washington, D.C. 20549</p>
<p align="center"><b>FORM 11-K</b></p>
<p>&#9746; ANNUAL REPORT PURSUANT TO SECTION 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934</p>
<p>For the fiscal year ended December 31, 2019</p>
<p align="center">OR</p>
<p>&#9744; TRANSITION REPORT PURSUANT TO SECTION 15(d) OF THE SECURITIES EXCHANGE ACT OF
1934</p>
<p>For the transition period from ______ to ______</p>
<p>Commission file number: 001-00442</p>
<table><tr><td valign="top">A.</td><td>Full title of the plan and the address of the plan,
if different from that of the issuer named below:</td></tr></table>
<p align="center"><b>The Boeing Company Voluntary Investment Plan</b></p>
<table><tr><td valign="top">B.</td><td>Name of issuer of the securities held pursuant to the
plan and the address of its principal executive office:</td></tr></table>
<p align="center"><b>The Boeing Company<br>100 North Riverside Plaza<br>
Chicago, Illinois 60606-1596</b></p>
<p align="center"><b>REQUIRED INFORMATION</b></p>
</body></html>
"""


def test_11k_html_issuer_address_is_not_the_plan_title() -> None:
    (reg,) = _record(_ELEVEN_K_2020_HTML, "plan.htm")["registrants"]
    assert reg["name"] == "The Boeing Company"
    assert reg["address"] == {"street": "100 North Riverside Plaza", "city": "Chicago",
                              "state": "Illinois", "zip": "60606-1596"}


_STACKED_2009 = """
                                  UNITED STATES
                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

                                    FORM 8-K

                                 CURRENT REPORT
                     Pursuant to Section 13 or 15(d) of the
                         Securities Exchange Act of 1934

        Date of Report (Date of earliest event reported): April 2, 2009

                         Commission File Number 1-9120

                 PUBLIC SERVICE ENTERPRISE GROUP INCORPORATED
             (Exact name of registrant as specified in its charter)

         New Jersey                                         22-2625848
(State or other jurisdiction of                          (I.R.S. Employer
incorporation or organization)                          Identification No.)

                 80 Park Plaza, P.O. Box 1171
                     Newark, New Jersey 07101-1171
         (Address of principal executive offices, including zip code)

                                 (973) 430-7000
              (Registrant's telephone number, including area code)

                         Commission File Number 1-973

                 PUBLIC SERVICE ELECTRIC AND GAS COMPANY
             (Exact name of registrant as specified in its charter)

         New Jersey                                         22-1212800
(State or other jurisdiction of                          (I.R.S. Employer
incorporation or organization)                          Identification No.)

                 80 Park Plaza, P.O. Box 570
                     Newark, New Jersey 07101-0570
         (Address of principal executive offices, including zip code)

                                 (973) 430-7000
              (Registrant's telephone number, including area code)

Check the appropriate box below if the Form 8-K filing is intended to
simultaneously satisfy the filing obligation of the registrant under any of the
following provisions:

Item 7.01 Regulation FD Disclosure.
"""


def test_stacked_registrants_each_numbered_above_its_name() -> None:
    first, second = _record(_STACKED_2009)["registrants"]
    assert (first["name"], first["commission_file_number"], first["irs_employer_id"]) == (
        "PUBLIC SERVICE ENTERPRISE GROUP INCORPORATED", "1-9120", "22-2625848")
    assert (second["name"], second["commission_file_number"], second["irs_employer_id"]) == (
        "PUBLIC SERVICE ELECTRIC AND GAS COMPANY", "1-973", "22-1212800")
    assert second["address"]["zip"] == "07101-0570"



_SIX_K_2004 = """
                                    FORM 6-K

                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

                        Report of Foreign Private Issuer
                      Pursuant to Rule 13a-16 or 15d-16 of
                     the Securities Exchange Act of 1934

                          For the month of Jun. 2004

                         Commission File Number 1-15118

                               ASML HOLDING N.V.
                 (Translation of registrant's name into English)

                                  De Run 6501
                                5504 DR Veldhoven
                                The Netherlands
                    (Address of principal executive offices)

Indicate by check mark whether the registrant files or will file annual reports
under cover Form 20-F or Form 40-F.
"""


def test_6k_month_abbreviated_jun_is_the_months_last_day() -> None:
    assert _record(_SIX_K_2004)["report_date"] == "2004-06-30"


_STACKED_HTML = """<html><body>
<p align="center"><b>FORM 8-K</b></p>
<p align="center">CURRENT REPORT<br>Pursuant to Section 13 or 15(d) of the Securities
Exchange Act of 1934</p>
<p align="center">Date of Report (Date of earliest event reported) <b>April 2, 2009</b></p>
<p align="center">Commission File Number 001-09120</p>
<p align="center"><b>PUBLIC SERVICE ENTERPRISE GROUP INCORPORATED</b><br>(Exact name of
registrant as specified in its charter)</p>
<table width="100%"><tr><td align="center">New Jersey</td><td align="center">22-2625848</td></tr>
<tr><td align="center">(State or other jurisdiction of incorporation)</td>
<td align="center">(I.R.S. Employer Identification No.)</td></tr></table>
<p align="center">80 Park Plaza, P.O. Box 1171<br>Newark, New Jersey 07101-1171<br>(Address of
principal executive offices, including zip code)</p>
<p align="center">(973) 430-7000<br>(Registrant's telephone number, including area code)</p>
<p align="center">Commission File Number 001-00973</p>
<p align="center"><b>PUBLIC SERVICE ELECTRIC AND GAS COMPANY</b><br>(Exact name of registrant
as specified in its charter)</p>
<table width="100%"><tr><td align="center">New Jersey</td><td align="center">22-1212800</td></tr>
<tr><td align="center">(State or other jurisdiction of incorporation)</td>
<td align="center">(I.R.S. Employer Identification No.)</td></tr></table>
<p align="center">80 Park Plaza, P.O. Box 570<br>Newark, New Jersey 07101-0570<br>(Address of
principal executive offices, including zip code)</p>
<p align="center">(973) 430-7000<br>(Registrant's telephone number, including area code)</p>
<p>Check the appropriate box below if the Form 8-K filing is intended to simultaneously
satisfy the filing obligation of the registrant under any of the following provisions:</p>
<p><b>Item 7.01 Regulation FD Disclosure.</b></p>
<p>On April 2, 2009, the company presented at an investor conference.</p>
</body></html>
"""


def test_stacked_registrants_html_each_numbered_above_its_name() -> None:
    first, second = _record(_STACKED_HTML, "pseg.htm")["registrants"]
    assert (first["name"], first["commission_file_number"]) == (
        "PUBLIC SERVICE ENTERPRISE GROUP INCORPORATED", "001-09120")
    assert (second["name"], second["commission_file_number"]) == (
        "PUBLIC SERVICE ELECTRIC AND GAS COMPANY", "001-00973")


# Audit false positives of the item B reading: the name run on after the caption's colon,
# a defined term after the name, and a value item B cannot split.
_ITEM_B = """     B.  Name of issuer of the securities held pursuant to the plan and the
         address of its principal executive office:

                           VALLEY NATIONAL BANCORP
                              1455 Valley Road
                          Wayne, New Jersey 07470
"""


def _eleven_k(item_b: str) -> str:
    assert _ITEM_B in _ELEVEN_K_2006
    return _ELEVEN_K_2006.replace(_ITEM_B, item_b)


_ITEM_B_RUN_ON = """     B.  Name of issuer of the securities held pursuant to the plan and the
         address of its principal executive office:  VALLEY NATIONAL BANCORP
                                                     1455 Valley Road
                                                     Wayne, New Jersey 07470
"""


def test_11k_issuer_name_after_the_captions_colon() -> None:
    (reg,) = _record(_eleven_k(_ITEM_B_RUN_ON))["registrants"]
    assert reg["name"] == "VALLEY NATIONAL BANCORP"
    assert reg["address"] == {"street": "1455 Valley Road", "city": "Wayne",
                              "state": "New Jersey", "zip": "07470"}


_ITEM_B_DEFINED = """     B.  Name of issuer of the securities held pursuant to the plan and the
         address of its principal executive office:

                    VALLEY NATIONAL BANCORP (the "Company")
                              1455 Valley Road
                          Wayne, New Jersey 07470
"""


def test_11k_issuer_name_less_its_defined_term() -> None:
    (reg,) = _record(_eleven_k(_ITEM_B_DEFINED))["registrants"]
    assert reg["name"] == "VALLEY NATIONAL BANCORP"
    assert reg["address"]["city"] == "Wayne"


def test_11k_address_kept_when_item_b_is_not_split() -> None:
    # name and address run together on the caption's line: both are read (the name before
    # the street's comma, the address after it)
    item_b = ("     B.  Name of issuer of the securities held pursuant to the plan and the\n"
              "         address of its principal executive office: Valley National Bancorp, "
              "1455 Valley Road, Wayne, NJ 07470\n")
    (reg,) = _record(_eleven_k(item_b))["registrants"]
    assert reg["address"] is not None
    assert (reg["address"]["city"], reg["address"]["zip"]) == ("Wayne", "07470")
