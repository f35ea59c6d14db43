"""Cover page, round 33 (fourth pass): asset-backed covers (10-D, and the 8-K of 2016 on)
give the issuing entity, depositor and sponsor each its own file number and CIK, the
issuing entity the state, IRS number, address and telephone captioned for it, and a 10-D
the end of its distribution period as report date; a fund's N-CSR / N-Q / N-PX its
"Investment Company Act file number 811-04321" and the end of its "Date of reporting
period"; a rendered cell beside "Commission file number" its number; a bare proxy
statement the name over "(Name of Registrant as Specified In Its Charter)"; a bare
Schedule 13D/13G its issuer alone (the filing persons' IRS number and telephone are none
of the issuer's, with a header or without).

Each cover is written as filings of its era print it.
"""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from support import validate


def _record(text: str, name: str = "cover.txt") -> dict[str, Any]:
    return validate(parse(text.encode(), name))


def _fields(reg: dict[str, Any]) -> tuple[Any, ...]:
    return (reg["name"], reg["cik"], reg["commission_file_number"], reg["state_of_incorporation"],
            reg["irs_employer_id"], reg["phone"])

_TEN_D_2007 = """\
                                  UNITED STATES
                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

                                    FORM 10-D

                     ASSET-BACKED ISSUER DISTRIBUTION REPORT
      PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934

      For the monthly distribution period from: February 21, 2007 to March 20, 2007

          Commission File Number of issuing entity: 333-130961-06

                      Banc of America Funding 2007-1 Trust
           (Exact name of issuing entity as specified in its charter)

               Commission File Number of depositor: 333-130961

                       Banc of America Funding Corporation
             (Exact name of depositor as specified in its charter)

                     Bank of America, National Association
              (Exact name of sponsor as specified in its charter)

            New York                                    54-2197431
  (State or other jurisdiction of              (I.R.S. Employer
  incorporation or organization                Identification No.)
  of the issuing entity)

  c/o U.S. Bank National Association
  209 S. LaSalle Street, Suite 300
  Chicago, IL                                            60604
  (Address of principal executive                     (Zip Code)
  offices of the issuing entity)

                                 (312) 325-8904
               (Telephone number, including area code)

                                      N/A
         (Former name, former address, if changed since last report)

Registered/reporting pursuant to (check one)

Title of                                                          Name of Exchange
Class             Section 12(b)    Section 12(g)    Section 15(d)  (If Section 12(b))
1-A-1                 ___              ___              _X_          ___________

Indicate by check mark whether the registrant (1) has filed all reports required
to be filed by Section 13 or 15(d) of the Securities Exchange Act of 1934 during
the preceding 12 months.  Yes  X   No ___

PART I - DISTRIBUTION INFORMATION

Item 1. Distribution and Pool Performance Information.

On March 20, 2007 a distribution was made to holders of Banc of America Funding
2007-1 Trust.
"""

_TEN_D_2016 = """\
                                  UNITED STATES
                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

                                    FORM 10-D

                     ASSET-BACKED ISSUER DISTRIBUTION REPORT
      PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934

           For the monthly distribution period from:
                    June 1, 2016 to June 30, 2016

     Commission File Number of issuing entity: 333-191359-07
     Central Index Key Number of issuing entity: 0001658256

                      Ally Auto Receivables Trust 2016-1
           (Exact name of issuing entity as specified in its charter)

     Commission File Number of depositor: 333-191359
     Central Index Key Number of depositor: 0001477336

                       Ally Auto Assets LLC
             (Exact name of depositor as specified in its charter)

     Central Index Key Number of sponsor: 0000040729

                          Ally Bank
              (Exact name of sponsor as specified in its charter)

     Delaware                                         47-6565099
 (State or other jurisdiction of              (I.R.S. Employer
 incorporation or organization of the          Identification No.)
 issuing entity)

 c/o Ally Bank
 200 Renaissance Center
 Detroit, Michigan                                      48265
 (Address of principal executive offices of            (Zip Code)
 the issuing entity)

                                (866) 710-4623
     (Telephone number, including area code)

                                   Not Applicable
  (Former name, former address, if changed since last report)

PART I - DISTRIBUTION INFORMATION

Item 1. Distribution and Pool Performance Information.

The response to Item 1 is set forth in part herein.
"""

_ABS_8K_2017 = """\
                                 UNITED STATES
                      SECURITIES AND EXCHANGE COMMISSION
                            Washington, D.C. 20549

                                    FORM 8-K

                                 CURRENT REPORT
                       Pursuant to Section 13 or 15(d) of
                      the Securities Exchange Act of 1934

       Date of Report (Date of earliest event reported): March 1, 2017

                       Ally Auto Receivables Trust 2017-1
           (Exact name of issuing entity as specified in its charter)
          Central Index Key Number of issuing entity: 0001690589

                              Ally Auto Assets LLC
             (Exact name of depositor as specified in its charter)
              Central Index Key Number of depositor: 0001477336

                                   Ally Bank
              (Exact name of sponsor as specified in its charter)
               Central Index Key Number of sponsor: 0000040729

        Delaware                   333-211944-01               38-3940539
(State or other jurisdiction   (Commission File Number)     (IRS Employer
 of incorporation)                                         Identification No.)

   200 Renaissance Center, Detroit, Michigan                        48265
   (Address of principal executive offices)                      (Zip Code)

       Registrant's telephone number, including area code: (866) 710-4623

                                 Not Applicable
         (Former name or former address, if changed since last report)

Item 8.01. Other Events.

On March 1, 2017, the issuing entity issued notes.
"""

_N_CSR_2007 = """\
                                 UNITED STATES
                      SECURITIES AND EXCHANGE COMMISSION
                            Washington, D.C. 20549

                                   FORM N-CSR

              CERTIFIED SHAREHOLDER REPORT OF REGISTERED MANAGEMENT
                             INVESTMENT COMPANIES

                 Investment Company Act file number 811-04321

                          Franklin Custodian Funds
               (Exact name of registrant as specified in charter)

                 One Franklin Parkway, San Mateo, CA 94403-1906
              (Address of principal executive offices) (Zip code)

     Craig S. Tyle, One Franklin Parkway, San Mateo, CA 94403-1906
                    (Name and address of agent for service)

Registrant's telephone number, including area code: (650) 312-2000

Date of fiscal year end: 9/30

Date of reporting period: 3/31/07

Item 1. Reports to Stockholders.
"""

_N_CSR_2021 = """\
UNITED STATES
SECURITIES AND EXCHANGE COMMISSION
Washington, D.C. 20549

FORM N-CSR

CERTIFIED SHAREHOLDER REPORT OF REGISTERED MANAGEMENT INVESTMENT COMPANIES

Investment Company Act file number: 811-02652

The Vanguard Fixed Income Securities Funds
(Exact name of registrant as specified in charter)

P.O. Box 2600
Valley Forge, PA 19482
(Address of principal executive offices) (Zip code)

Anne E. Robinson, Esquire
P.O. Box 876
Valley Forge, PA 19482
(Name and address of agent for service)

Registrant’s telephone number, including area code: (610) 669-1000

Date of fiscal year end: January 31

Date of reporting period: February 1, 2020—January 31, 2021

Item 1: Reports to Shareholders
"""

_N_PX_2008 = """\
                                 UNITED STATES
                      SECURITIES AND EXCHANGE COMMISSION
                            Washington, D.C. 20549

                                   FORM N-PX

                   ANNUAL REPORT OF PROXY VOTING RECORD OF
                   REGISTERED MANAGEMENT INVESTMENT COMPANY

                  Investment Company Act file number 811-07820

                         AIM Counselor Series Trust
              (Exact name of registrant as specified in charter)

             11 Greenway Plaza, Suite 100, Houston, Texas 77046
             (Address of principal executive offices) (Zip code)

                       Philip A. Taylor
          11 Greenway Plaza, Suite 100, Houston, Texas 77046
                    (Name and address of agent for service)

       Registrant's telephone number, including area code: (713) 626-1919

                      Date of fiscal year end: 8/31

              Date of reporting period: 7/1/07 - 6/30/08

Item 1. Proxy Voting Record.
"""

_PROXY_2003 = """\
                                 UNITED STATES
                      SECURITIES AND EXCHANGE COMMISSION
                            Washington, D.C. 20549

                                  SCHEDULE 14A
          Proxy Statement Pursuant to Section 14(a) of the Securities
                   Exchange Act of 1934 (Amendment No.     )

Filed by the Registrant  /X/
Filed by a Party other than the Registrant  / /

Check the appropriate box:
/ /  Preliminary Proxy Statement
/ /  Confidential, for Use of the Commission Only (as permitted by
     Rule 14a-6(e)(2))
/X/  Definitive Proxy Statement
/ /  Definitive Additional Materials
/ /  Soliciting Material Pursuant to Section240.14a-11(c) or
     Section240.14a-12

                            Hilltop Bancorporation
--------------------------------------------------------------------------------
                (Name of Registrant as Specified In Its Charter)

                            Smith Shareholder Group
--------------------------------------------------------------------------------
    (Name of Person(s) Filing Proxy Statement, if other than the Registrant)

Payment of Filing Fee (Check the appropriate box):
/X/  No fee required.
"""

_SC_13D_2004 = """\
                                 UNITED STATES
                      SECURITIES AND EXCHANGE COMMISSION
                            Washington, D.C. 20549

                                  SCHEDULE 13D

                   Under the Securities Exchange Act of 1934
                             (Amendment No. 2)*

                           Widget Industries, Inc.
--------------------------------------------------------------------------------
                               (Name of Issuer)

                   Common Stock, par value $.01 per share
--------------------------------------------------------------------------------
                        (Title of Class of Securities)

                                   978123106
--------------------------------------------------------------------------------
                                 (CUSIP Number)

                              John A. Smith, Esq.
                          Smith Capital Partners, L.P.
                         200 Park Avenue, Suite 1700
                           New York, New York 10166
                                (212) 555-0100
--------------------------------------------------------------------------------
                 (Name, Address and Telephone Number of Person
               Authorized to Receive Notices and Communications)

                                 March 3, 2004
--------------------------------------------------------------------------------
            (Date of Event Which Requires Filing of this Statement)

If the filing person has previously filed a statement on Schedule 13G to report
the acquisition that is the subject of this Schedule 13D, and is filing this
schedule because of Sections 240.13d-1(e), 240.13d-1(f) or 240.13d-1(g), check
the following box [ ].

CUSIP No. 978123106                  13D                      Page 2 of 8 Pages

  1   NAME OF REPORTING PERSON
      I.R.S. IDENTIFICATION NO. OF ABOVE PERSON (ENTITIES ONLY)

      Smith Capital Partners, L.P.
      13-3456789

Item 1.  Security and Issuer.

This statement relates to the common stock, $.01 par value, of Widget Industries, Inc.
"""

_SC_13G_2013 = """\
                                 UNITED STATES
                      SECURITIES AND EXCHANGE COMMISSION
                            Washington, D.C. 20549

                                  SCHEDULE 13G

                   Under the Securities Exchange Act of 1934
                              (Amendment No. 1)*

                               Acme Pharma Inc.
                               (Name of Issuer)

                    Common Stock, $0.001 par value per share
                         (Title of Class of Securities)

                                   00434L109
                                (CUSIP Number)

                               December 31, 2012
            (Date of Event Which Requires Filing of this Statement)

Check the appropriate box to designate the rule pursuant to which this
Schedule is filed:

[ ] Rule 13d-1(b)
[X] Rule 13d-1(c)
[ ] Rule 13d-1(d)

CUSIP No. 00434L109                   13G                    Page 2 of 7 Pages

1.  NAMES OF REPORTING PERSONS
    I.R.S. IDENTIFICATION NOS. OF ABOVE PERSONS (ENTITIES ONLY)

    Vertex Capital Management LLC   26-1234567

Item 1(a). Name of Issuer:

    Acme Pharma Inc.

Item 1(b). Address of Issuer's Principal Executive Offices:

    500 Main Street, Cambridge, MA 02139
"""

def test_10d_gives_each_registrant_its_own_file_number_and_the_issuer_its_captions() -> None:
    record = _record(_TEN_D_2007)
    issuer, depositor, sponsor = record["registrants"]
    assert _fields(issuer) == ("Banc of America Funding 2007-1 Trust", None, "333-130961-06",
                               "New York", "54-2197431", "(312) 325-8904")
    assert issuer["address"] == {"street": "c/o U.S. Bank National Association, 209 S. LaSalle "
                                           "Street, Suite 300", "city": "Chicago",
                                 "state": "IL", "zip": "60604"}
    assert _fields(depositor) == ("Banc of America Funding Corporation", None, "333-130961",
                                  None, None, None)
    assert _fields(sponsor) == ("Bank of America, National Association", None, None, None,
                                None, None)
    assert sponsor["address"] is None
    # the distribution period's end is the period of report
    assert (record["report_date"], record["event_date"]) == ("2007-03-20", None)


def test_10d_central_index_keys_go_to_their_roles() -> None:
    record = _record(_TEN_D_2016)
    assert [_fields(reg) for reg in record["registrants"]] == [
        ("Ally Auto Receivables Trust 2016-1", "0001658256", "333-191359-07", "Delaware",
         "47-6565099", "(866) 710-4623"),
        ("Ally Auto Assets LLC", "0001477336", "333-191359", None, None, None),
        ("Ally Bank", "0000040729", None, None, None, None)]
    # the period's dates on the line under "from:"
    assert record["report_date"] == "2016-06-30"


def test_abs_8k_keys_under_the_names_and_numbers_of_the_issuing_entity() -> None:
    record = _record(_ABS_8K_2017)
    assert [_fields(reg) for reg in record["registrants"]] == [
        ("Ally Auto Receivables Trust 2017-1", "0001690589", "333-211944-01", "Delaware",
         "38-3940539", "(866) 710-4623"),
        ("Ally Auto Assets LLC", "0001477336", None, None, None, None),
        ("Ally Bank", "0000040729", None, None, None, None)]
    assert record["registrants"][0]["address"]["city"] == "Detroit"
    assert record["report_date"] == "2017-03-01"


def test_fund_file_number_and_end_of_reporting_period() -> None:
    record = _record(_N_CSR_2007)
    (reg,) = record["registrants"]
    assert _fields(reg) == ("Franklin Custodian Funds", None, "811-04321", None, None,
                            "(650) 312-2000")
    assert record["report_date"] == "2007-03-31"
    # a period printed from its start to its end: the end is the date of report
    (reg,) = (record := _record(_N_CSR_2021))["registrants"]
    assert (reg["commission_file_number"], record["report_date"]) == ("811-02652", "2021-01-31")
    (reg,) = (record := _record(_N_PX_2008))["registrants"]
    assert (reg["commission_file_number"], record["report_date"]) == ("811-07820", "2008-06-30")
    assert reg["address"]["street"] == "11 Greenway Plaza, Suite 100"  # not the agent's


_RENDERED = """<html><body>
<p align="center"><b>UNITED STATES<br>SECURITIES AND EXCHANGE COMMISSION<br>
Washington, D.C. 20549</b></p>
<p align="center"><b>FORM %s</b></p>
<table width="100%%"><tr><td>%s</td><td>%s</td></tr></table>
<p align="center"><b>%s</b><br>(Exact name of registrant as specified in %s)</p>
<table width="100%%">
<tr><td align="center">Delaware</td><td align="center">13-3456789</td></tr>
<tr><td align="center">(State or other jurisdiction of incorporation or organization)</td>
<td align="center">(I.R.S. Employer Identification No.)</td></tr>
</table>
<table width="100%%">
<tr><td>Date of reporting period:</td><td>10/1/15 - 3/31/16</td></tr>
</table>
<p><b>Item 1. %s</b></p>
<p>The report follows.</p>
</body></html>
"""


def test_rendered_file_number_in_the_cell_beside_its_caption() -> None:
    for form, caption, number, name, charter, item in (
            ("10-K", "Commission file number", "001-12345", "ACME WIDGETS, INC.", "its charter",
             "Business."),
            ("N-CSR", "Investment Company Act file number", "811-04321",
             "Franklin Custodian Funds", "charter", "Reports to Stockholders.")):
        html = _RENDERED % (form, caption, number, name, charter, item)
        record = _record(html, "cover.htm")
        (reg,) = record["registrants"]
        assert (reg["name"], reg["commission_file_number"]) == (name, number)
    assert record["report_date"] == "2016-03-31"


def test_bare_proxy_statement_names_its_registrant() -> None:
    record = _record(_PROXY_2003)
    assert record["form_type"] == "DEF 14A"
    # (not "Smith Shareholder Group", the person filing it)
    assert [reg["name"] for reg in record["registrants"]] == ["Hilltop Bancorporation"]
    # a blank name over the caption is none (not the check box above it)
    blank = _PROXY_2003.replace("Hilltop Bancorporation", "")
    assert _record(blank)["registrants"] == []


def test_bare_schedule_13d_and_13g_name_the_issuer_alone() -> None:
    for text, name, date in ((_SC_13D_2004, "Widget Industries, Inc.", "2004-03-03"),
                             (_SC_13G_2013, "Acme Pharma Inc.", "2012-12-31")):
        record = _record(text)
        (reg,) = record["registrants"]
        # the CUSIP number is no file number; the reporting person's IRS number and the
        # telephone of the person authorized to receive notices are not the issuer's
        assert _fields(reg) == (name, None, None, None, None, None), text[:400]
        assert reg["address"] is None
        assert (record["report_date"], record["event_date"]) == (date, date)


_HEADER = """<SEC-DOCUMENT>0000950123-04-002811.txt : 20040305
<SEC-HEADER>0000950123-04-002811.hdr.sgml : 20040305
ACCESSION NUMBER:\t\t0000950123-04-002811
CONFORMED SUBMISSION TYPE:\tSC 13D/A
PUBLIC DOCUMENT COUNT:\t\t1
FILED AS OF DATE:\t\t20040305

SUBJECT COMPANY:\t

\tCOMPANY DATA:\t
\t\tCOMPANY CONFORMED NAME:\t\t\tWIDGET INDUSTRIES INC
\t\tCENTRAL INDEX KEY:\t\t\t0000912345
\t\tIRS NUMBER:\t\t\t\t363123456
\t\tSTATE OF INCORPORATION:\t\t\tDE

\tFILING VALUES:
\t\tFORM TYPE:\t\tSC 13D/A
\t\tSEC ACT:\t\t1934 Act
\t\tSEC FILE NUMBER:\t005-45678

\tBUSINESS ADDRESS:\t
\t\tSTREET 1:\t\t100 INDUSTRIAL PARKWAY
\t\tCITY:\t\t\tCHICAGO
\t\tSTATE:\t\t\tIL
\t\tZIP:\t\t\t60601
\t\tBUSINESS PHONE:\t\t3125550199

FILED BY:\t\t

\tCOMPANY DATA:\t
\t\tCOMPANY CONFORMED NAME:\t\t\tSMITH CAPITAL PARTNERS LP
\t\tCENTRAL INDEX KEY:\t\t\t0001054321

\tFILING VALUES:
\t\tFORM TYPE:\t\tSC 13D/A
</SEC-HEADER>
<DOCUMENT>
<TYPE>SC 13D/A
<SEQUENCE>1
<TEXT>
"""


def test_schedule_13d_with_header_keeps_the_subject_company_numbers() -> None:
    record = _record(_HEADER + _SC_13D_2004 + "</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n")
    (reg,) = record["registrants"]
    assert _fields(reg) == ("WIDGET INDUSTRIES INC", "0000912345", "005-45678", "Delaware",
                            "36-3123456", "(312) 555-0199")
    assert not [w for w in record["warnings"] if w["code"] == "cover_mismatch"]
