"""Signature pages of periodic reports (10-K, 10-Q), round 28: the officers' certifications a
2002-2007 report prints after its signatures sign no report."""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse


def _submission(form: str, main: str, filename: str, filed: str, period: str) -> bytes:
    accession = "0000912345-03-000041"
    return (f"<SEC-DOCUMENT>{accession}.txt : {filed}\n<SEC-HEADER>{accession}.hdr.sgml : {filed}\n"
            f"ACCESSION NUMBER:\t\t{accession}\nCONFORMED SUBMISSION TYPE:\t{form}\n"
            f"PUBLIC DOCUMENT COUNT:\t\t1\nCONFORMED PERIOD OF REPORT:\t{period}\n"
            f"FILED AS OF DATE:\t\t{filed}\n\nFILER:\n\n\tCOMPANY DATA:\t\n"
            "\t\tCOMPANY CONFORMED NAME:\t\t\tACME CORP\n\t\tCENTRAL INDEX KEY:\t\t\t0000912345\n"
            f"</SEC-HEADER>\n<DOCUMENT>\n<TYPE>{form}\n<SEQUENCE>1\n<FILENAME>{filename}\n"
            f"<TEXT>\n{main}\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n").encode()


def _signers(form: str, main: str, filename: str = "d10q.txt", filed: str = "20030813",
             period: str = "20030630") -> list[dict[str, Any]]:
    return parse(_submission(form, main, filename, filed, period), "x.txt")["signatures"]


_TEN_Q_2003 = """                                   FORM 10-Q

[X]  QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES
     EXCHANGE ACT OF 1934

For the quarterly period ended June 30, 2003

                                   ACME CORP
         (Exact name of registrant as specified in its charter)

PART II - OTHER INFORMATION

Item 6.  Exhibits and Reports on Form 8-K

     (a)  Exhibits
          99.1 Certification pursuant to 18 U.S.C. Section 1350

     (b)  No reports on Form 8-K were filed during the quarter.

                                  SIGNATURES

     Pursuant to the requirements of the Securities Exchange Act of 1934, the
registrant has duly caused this report to be signed on its behalf by the
undersigned thereunto duly authorized.

                                        ACME CORP

Date: August 13, 2003                   By: /s/ Mary T. Jones
                                            ---------------------------
                                            Mary T. Jones
                                            Vice President and Chief
                                            Financial Officer
{heading}
I, John R. Smith, certify that:

1.   I have reviewed this quarterly report on Form 10-Q of Acme Corp;

2.   Based on my knowledge, this quarterly report does not contain any untrue
     statement of a material fact or omit to state a material fact necessary
     to make the statements made, in light of the circumstances under which
     such statements were made, not misleading with respect to the period
     covered by this quarterly report;

Date: August 13, 2003

/s/ John R. Smith
- --------------------------------
John R. Smith
President and Chief Executive Officer

I, Mary T. Jones, certify that:

1.   I have reviewed this quarterly report on Form 10-Q of Acme Corp;

Date: August 13, 2003

/s/ Mary T. Jones
- --------------------------------
Mary T. Jones
Vice President and Chief Financial Officer
"""

_SIGNER = {"registrant": "ACME CORP", "name": "Mary T. Jones",
           "title": "Vice President and Chief Financial Officer", "date": "2003-08-13"}


def test_section_302_certifications_after_a_10q_signature_sign_nothing() -> None:
    for heading in ("\n                                 CERTIFICATIONS\n",
                    "\n CERTIFICATION PURSUANT TO SECTION 302 OF THE SARBANES-OXLEY ACT OF 2002\n",
                    "\n"):  # (with no heading: "I, John R. Smith, certify that:")
        text = _TEN_Q_2003.format(heading=heading)
        assert _signers("10-Q", text) == [_SIGNER], heading


def test_certification_whose_name_wraps_the_sentence_signs_nothing() -> None:
    text = _TEN_Q_2003.format(heading="\n").replace(
        "I, John R. Smith, certify that:",
        "I, John R. Smith, President and Chief Executive Officer of Acme Corp,\ncertify that:")
    assert _signers("10-Q", text) == [_SIGNER]


_TEN_Q_2005_HTML = """<html><body><p>FORM 10-Q</p>
<p>For the quarterly period ended March 31, 2005</p>
<p>ACME CORP</p><p>(Exact name of registrant as specified in its charter)</p>
<p>PART II. OTHER INFORMATION</p><p>Item 6. Exhibits</p><p>32.1 Section 906 Certification</p>
<p align="center"><b>SIGNATURES</b></p>
<p>Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has
duly caused this report to be signed on its behalf by the undersigned thereunto duly
authorized.</p>
<table>
<tr><td></td><td>ACME CORP</td></tr>
<tr><td>Date: May 12, 2005</td><td>By:</td><td>/s/ Richard B. Roe</td></tr>
<tr><td></td><td></td><td>Richard B. Roe<br/>Chief Financial Officer</td></tr>
</table>
<p align="center"><b>CERTIFICATION PURSUANT TO<br/>18 U.S.C. SECTION 1350,<br/>AS ADOPTED
PURSUANT TO<br/>SECTION 906 OF THE SARBANES-OXLEY ACT OF 2002</b></p>
<p>In connection with the Quarterly Report of Acme Corp (the &#8220;Company&#8221;) on Form
10-Q for the period ended March 31, 2005 as filed with the Securities and Exchange Commission
on the date hereof (the &#8220;Report&#8221;), I, Jane A. Doe, Chief Executive Officer of the
Company, certify, pursuant to 18 U.S.C. &#167; 1350, as adopted pursuant to &#167; 906 of the
Sarbanes-Oxley Act of 2002, that:</p>
<p>/s/ Jane A. Doe</p>
<p>Jane A. Doe<br/>Chief Executive Officer<br/>May 12, 2005</p>
</body></html>"""


def test_section_906_certification_after_an_html_10q_signature_signs_nothing() -> None:
    assert _signers("10-Q", _TEN_Q_2005_HTML, "d10q.htm", "20050512", "20050331") == [{
        "registrant": "ACME CORP", "name": "Richard B. Roe",
        "title": "Chief Financial Officer", "date": "2005-05-12"}]


_TEN_K_1997 = """                                   FORM 10-K

For the fiscal year ended December 31, 1996

                                   ACME CORP
             (Exact name of registrant as specified in its charter)

ITEM 14.  EXHIBITS, FINANCIAL STATEMENT SCHEDULES AND REPORTS ON FORM 8-K

     (a) Documents filed as part of this report.

                                   SIGNATURES

     Pursuant to the requirements of Section 13 or 15(d) of the Securities
Exchange Act of 1934, the Registrant has duly caused this report to be signed
on its behalf by the undersigned, thereunto duly authorized, on March 27, 1997.

                                        ACME CORP

                                        By: /s/ John R. Smith
                                            -----------------------------
                                            John R. Smith
                                            President

     Pursuant to the requirements of the Securities Exchange Act of 1934, this
report has been signed below by the following persons on behalf of the
Registrant and in the capacities indicated on March 27, 1997.

          SIGNATURE                                 TITLE
          ---------                                 -----

/s/ John R. Smith                   President and Director
- -------------------------------     (Principal Executive Officer)
       John R. Smith

              *                     Director
- -------------------------------
       Susan K. Lee

*By: /s/ Mary T. Jones
     --------------------------
     {attorney}
"""


def test_attorney_in_fact_signing_as_one_takes_the_capacity_for_title() -> None:
    for attorney in ("Mary T. Jones, as Attorney-in-Fact",
                     "Mary T. Jones\n     as Attorney-in-Fact"):
        signers = _signers("10-K", _TEN_K_1997.format(attorney=attorney), "d10k.txt",
                           "19970328", "19961231")
        assert signers[-1] == {"registrant": "ACME CORP", "name": "Mary T. Jones",
                               "title": "Attorney-in-Fact", "date": "1997-03-27"}, attorney
        assert [s["name"] for s in signers] == [
            "John R. Smith", "John R. Smith", "Susan K. Lee", "Mary T. Jones"]


_AUDITORS_PAGE = """


{heading}

To the Board of Directors and Shareholders of Acme Corp:

     We have audited in accordance with generally accepted auditing standards,
the consolidated financial statements included in Acme Corp's annual report
to shareholders incorporated by reference in this Form 10-K, and have issued
our report thereon dated February 10, 1997.

                                        /s/ ARTHUR ANDERSEN LLP

Chicago, Illinois
February 10, 1997
"""


def test_auditors_report_or_consent_after_a_10k_signature_table_signs_nothing() -> None:
    plain = _TEN_K_1997.format(attorney="Mary T. Jones\n         Attorney-in-Fact")
    expected = _signers("10-K", plain, "d10k.txt", "19970328", "19961231")
    assert len(expected) == 4
    for heading in ("         REPORT OF INDEPENDENT PUBLIC ACCOUNTANTS ON SCHEDULE",
                    "                    INDEPENDENT AUDITORS' REPORT",
                    "                  CONSENT OF INDEPENDENT AUDITORS",
                    "       Report of Independent Registered Public Accounting Firm"):
        text = plain + _AUDITORS_PAGE.format(heading=heading)
        assert _signers("10-K", text, "d10k.txt", "19970328", "19961231") == expected, heading
