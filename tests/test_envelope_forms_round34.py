"""Round 34: envelopes some tools leave behind (lowercased SGML tags, UTF-16 without a BOM, a
document split into two <TEXT> blocks), an N-PX XML primary document's filer, a filer's
letter to the staff ("CORRESP") and the staff's comment letter ("UPLOAD") saved alone, and an
S-3's Rule 462(e) box pushed far down its cover by a list of co-registrants."""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from filing2json.parsers.envelope import decode_bytes


def _parse(data: str | bytes, name: str = "filing.txt") -> dict[str, Any]:
    return parse(data.encode() if isinstance(data, str) else data, name)


_SUBMISSION = """\
<SEC-DOCUMENT>0000950123-99-001234.txt : 19990315
<SEC-HEADER>0000950123-99-001234.hdr.sgml : 19990315
ACCESSION NUMBER:\t\t0000950123-99-001234
CONFORMED SUBMISSION TYPE:\t10-K405
PUBLIC DOCUMENT COUNT:\t\t2
CONFORMED PERIOD OF REPORT:\t19981231
FILED AS OF DATE:\t\t19990315

FILER:

\tCOMPANY DATA:\t
\t\tCOMPANY CONFORMED NAME:\t\t\tACME CORP
\t\tCENTRAL INDEX KEY:\t\t\t0000123456
\t\tSTATE OF INCORPORATION:\t\t\tDE
\t\tFISCAL YEAR END:\t\t\t1231
</SEC-HEADER>
<DOCUMENT>
<TYPE>10-K405
<SEQUENCE>1
<TEXT>
                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                                   FORM 10-K

   [X]  ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES
        EXCHANGE ACT OF 1934

                  For the fiscal year ended December 31, 1998
</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>EX-27
<SEQUENCE>2
<TEXT>
<ARTICLE> 5
<MULTIPLIER> 1,000
</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>
"""


def _lowercase_tags(text: str) -> str:
    for tag in ("DOCUMENT", "TYPE", "SEQUENCE", "TEXT"):
        text = text.replace(f"<{tag}>", f"<{tag.lower()}>").replace(f"</{tag}>",
                                                                    f"</{tag.lower()}>")
    return text


def test_lowercased_document_tags_keep_the_documents() -> None:
    record = _parse(_lowercase_tags(_SUBMISSION))
    assert [(d["sequence"], d["type"]) for d in record["documents"]] == [(1, "10-K405"),
                                                                         (2, "EX-27")]


def test_utf16_without_bom_is_read_as_utf16() -> None:
    for codec in ("utf-16-le", "utf-16-be"):
        record = _parse(_SUBMISSION.replace("\n", "\r\n").encode(codec))
        assert record["source"]["encoding"] == "utf-16"
        assert record["form_type"] == "10-K405"
        assert record["accession_number"] == "0000950123-99-001234"
        assert len(record["documents"]) == 2


def test_utf16_without_bom_with_curly_quotes() -> None:
    text = "FORM 10-K\r\nACME CORP \u201cthe Company\u201d\r\n" * 20
    assert decode_bytes(text.encode("utf-16-le")) == (text.replace("\r\n", "\n"), "utf-16")


def test_second_text_block_of_a_document_is_kept() -> None:
    second = "   PART II\n\n   Item 5.  Market for Registrant's Common Equity\n"
    text = _SUBMISSION.replace(
        "December 31, 1998\n</TEXT>\n", f"December 31, 1998\n</TEXT>\n<TEXT>\n{second}</TEXT>\n")
    record = _parse(text)
    docs = record["documents"]
    assert [d["type"] for d in docs] == ["10-K405", "EX-27"]
    one = _parse(_SUBMISSION)["documents"][0]["bytes"]
    assert docs[0]["bytes"] == one + 1 + len(second)


_NPX = """\
<?xml version="1.0" encoding="UTF-8"?>
<edgarSubmission xmlns="http://www.sec.gov/edgar/npx" xmlns:com="http://www.sec.gov/edgar/common">
  <headerData>
    <submissionType>N-PX</submissionType>
    <filerInfo>
      <filer>
        <issuerCredentials>
          <cik>0000036405</cik>
          <ccc>XXXXXXXX</ccc>
        </issuerCredentials>
      </filer>
      <periodOfReport>06/30/2024</periodOfReport>
    </filerInfo>
  </headerData>
  <formData>
    <coverPage>
      <yearOrQuarter>YEAR</yearOrQuarter>
      <reportCalendarYear>2024</reportCalendarYear>
      <reportingPerson>
        <name>VANGUARD INDEX FUNDS</name>
        <phoneNumber>610-669-1000</phoneNumber>
        <address>
          <com:street1>100 VANGUARD BLVD</com:street1>
          <com:city>MALVERN</com:city>
          <com:stateOrCountry>PA</com:stateOrCountry>
          <com:zipCode>19355</com:zipCode>
        </address>
      </reportingPerson>
      <reportType>FUND VOTING REPORT</reportType>
      <fileNumber>811-02652</fileNumber>
    </coverPage>
  </formData>
</edgarSubmission>
"""


def test_npx_xml_alone_names_its_reporting_person() -> None:
    record = _parse(_NPX, "primary_doc.xml")
    assert record["form_type"] == "N-PX"
    assert [(r["name"], r["cik"]) for r in record["registrants"]] == [
        ("VANGUARD INDEX FUNDS", "0000036405")]


_RESPONSE = """\
                     [LETTERHEAD OF SIDLEY AUSTIN BROWN & WOOD LLP]

                                                             March 15, 2010

VIA EDGAR

Securities and Exchange Commission
Division of Corporation Finance
100 F Street, N.E.
Washington, D.C. 20549
Attention: John Doe, Branch Chief

     Re:  Acme Corporation
          Form 10-K for the Fiscal Year Ended December 31, 2009
          Filed March 1, 2010
          File No. 001-12345

Dear Mr. Doe:

     On behalf of Acme Corporation (the "Company"), we are responding to the
comments of the staff of the Securities and Exchange Commission (the "Staff")
contained in your letter dated March 5, 2010 regarding the above-referenced
filing.
"""

_ACCELERATION = """\
                                 ACME CORPORATION
                                 100 Main Street
                           Springfield, Illinois 62701

                                                     June 3, 2005

VIA EDGAR AND FACSIMILE

Securities and Exchange Commission
450 Fifth Street, N.W.
Washington, D.C. 20549
Attention: Jane Roe

         Re:      Acme Corporation
                  Registration Statement on Form S-1 (File No. 333-123456)

Ladies and Gentlemen:

         Pursuant to Rule 461 under the Securities Act of 1933, as amended,
Acme Corporation hereby requests that the effective date of the above-referenced
Registration Statement be accelerated so that it will become effective at 4:00
p.m., Eastern Time, on June 6, 2005, or as soon thereafter as practicable.
"""

_COMMENT_LETTER = """\
UNITED STATES
SECURITIES AND EXCHANGE COMMISSION
WASHINGTON, D.C. 20549

DIVISION OF
CORPORATION FINANCE

                                                     April 2, 2010

Mr. John Smith
Chief Executive Officer
Acme Corporation
100 Main Street
Springfield, Illinois 62701

     Re:  Acme Corporation
          Form 10-K for the Fiscal Year Ended December 31, 2009
          Filed March 1, 2010
          File No. 001-12345

Dear Mr. Smith:

     We have reviewed your filing and have the following comments.  In some of
our comments, we may ask you to provide us with information so we may better
understand your disclosure.
"""


def test_letter_to_the_staff_is_corresp() -> None:
    assert _parse(_RESPONSE)["form_type"] == "CORRESP"
    assert _parse(_ACCELERATION)["form_type"] == "CORRESP"


def test_staff_comment_letter_is_upload() -> None:
    record = _parse(_COMMENT_LETTER)
    assert record["form_type"] == "UPLOAD"
    assert record["is_amendment"] is False


_S3 = """\
   As filed with the Securities and Exchange Commission on March 1, 2007
                                                   Registration No. 333-
================================================================================
                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549
                              --------------------
                                    FORM S-3
                             REGISTRATION STATEMENT
                                      UNDER
                           THE SECURITIES ACT OF 1933
                              --------------------
                                ACME HOLDINGS, INC.
             (Exact name of registrant as specified in its charter)

                      TABLE OF ADDITIONAL REGISTRANTS
{registrants}
   Approximate date of commencement of proposed sale to the public: From time to
time after the effective date of this Registration Statement.

   If this Form is a registration statement pursuant to General Instruction I.D.
or a post-effective amendment thereto that shall become effective upon filing
with the Commission pursuant to Rule 462(e) under the Securities Act, check the
following box.  [X]
"""
_REGISTRANT = ("   Acme Subsidiary {n} LLC            Delaware         3310        "
               "20-55{n:05d}\n")


def test_automatic_shelf_box_far_down_a_long_cover() -> None:
    registrants = "".join(_REGISTRANT.format(n=n) for n in range(80))
    text = _S3.format(registrants=registrants)
    assert text.find("462(e)") > 5000
    assert _parse(text)["form_type"] == "S-3ASR"
    unchecked = text.replace("box.  [X]", "box.  [ ]")
    assert _parse(unchecked)["form_type"] == "S-3"


# --- a letter names its purpose: only a letter about the staff's comments (or an acceleration)
# is CORRESP; the staff's own letter is UPLOAD whatever its opening; other letters are no letter

_TRANSMITTAL_10K = """\
                               ACME CORPORATION
                                100 Main Street
                          Springfield, Illinois 62701

                                                         March 28, 1997

Securities and Exchange Commission
450 Fifth Street, N.W.
Washington, D.C. 20549

Re:  Acme Corporation
     Annual Report on Form 10-K for the fiscal year ended December 31, 1996

Ladies and Gentlemen:

     Pursuant to the requirements of the Securities Exchange Act of 1934, we are
transmitting herewith for filing the Company's Annual Report on Form 10-K for the
fiscal year ended December 31, 1996.

                                 Very truly yours,

                                 /s/ John Smith
                                 John Smith
                                 Chief Financial Officer



                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                          ANNUAL REPORT ON FORM 10-K

[X]  ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT
     OF 1934

                  For the fiscal year ended December 31, 1996

                        Commission file number 1-12345

                               ACME CORPORATION
            (Exact name of registrant as specified in its charter)
"""


def test_transmittal_letter_atop_a_10k_cover_is_no_letter() -> None:
    record = _parse(_TRANSMITTAL_10K)
    assert record["form_type"] is None
    assert record["report_date"] == "1996-12-31"


_WITHDRAWAL = """\
                              ACME BIOSCIENCES, INC.
                                 100 Main Street
                           Boston, Massachusetts 02110

                                                   September 9, 2008

VIA EDGAR

Securities and Exchange Commission
Division of Corporation Finance
100 F Street, N.E.
Washington, D.C. 20549
Attention: Jeffrey Riedler

      Re:   Acme Biosciences, Inc.
            Registration Statement on Form S-1
            File No. 333-145678

Ladies and Gentlemen:

      Pursuant to Rule 477 promulgated under the Securities Act of 1933, as
amended, Acme Biosciences, Inc. (the "Company") hereby respectfully requests
that the Securities and Exchange Commission consent to the withdrawal of the
Company's Registration Statement on Form S-1 (File No. 333-145678), together
with all exhibits thereto.  The Registration Statement has not been declared
effective and no securities have been sold thereunder.
"""

_CERTIFICATION = """\
May 2, 2011

VIA EDGAR

U.S. Securities and Exchange Commission
100 F Street, N.E.
Washington, D.C. 20549

Re:   Acme Funds Trust (the "Trust")
      File Nos. 033-12345 and 811-01234

Dear Sir or Madam:

Pursuant to Rule 497(j) under the Securities Act of 1933, as amended, the Trust
hereby certifies that the forms of Prospectus and Statement of Additional
Information that would have been filed under Rule 497(c) do not differ from those
contained in Post-Effective Amendment No. 45 to the Trust's Registration Statement
on Form N-1A, which was filed electronically on April 28, 2011.
"""

_TO_THE_COMMISSION = """\
                                                     {date}

Securities and Exchange Commission
450 Fifth Street, N.W.
Washington, D.C. 20549

Re:  Acme Corporation
     {re}

Ladies and Gentlemen:

{body}
"""
_OTHER_LETTERS = (
    ("Fidelity Bond Filing Pursuant to Rule 17g-1",
     "Enclosed for filing on behalf of the Acme Funds, pursuant to Rule 17g-1(g) under the\n"
     "Investment Company Act of 1940, is a copy of the joint fidelity bond."),
    ("Commission File No. 0-12345",
     "We have read Item 4.01 of Form 8-K dated March 4, 2005, of Acme Corporation and are\n"
     "in agreement with the statements contained in paragraphs 1 through 3 therein."),
    ("Registration Statement on Form S-8",
     "     We have acted as counsel to Acme Corporation, a Florida corporation (the\n"
     "\"Company\"), in connection with the Registration Statement on Form S-8.  Based on\n"
     "the foregoing, we are of the opinion that the Shares, when issued, will be validly\n"
     "issued, fully paid and non-assessable."),
    ("Registration Statement on Form S-8",
     "We consent to the incorporation by reference in the Registration Statement on\n"
     "Form S-8 of our report dated February 10, 1998."),
)


def test_letters_to_the_commission_that_are_other_forms() -> None:
    assert _parse(_WITHDRAWAL)["form_type"] == "RW"
    assert _parse(_CERTIFICATION)["form_type"] == "497J"
    for re_line, body in _OTHER_LETTERS:
        text = _TO_THE_COMMISSION.format(date="March 10, 2005", re=re_line, body=body)
        assert _parse(text)["form_type"] is None, body


def test_filer_letter_opening_we_have_reviewed_is_corresp() -> None:
    text = _RESPONSE.replace(
        "     On behalf of Acme Corporation (the \"Company\"), we are responding to the\n"
        "comments of the staff",
        "     We have reviewed the comments of the staff")
    assert "We have reviewed the comments" in text
    assert _parse(text)["form_type"] == "CORRESP"
    no_action = _TO_THE_COMMISSION.format(
        date="January 5, 2000", re="Shareholder Proposal of John Doe",
        body="     We have reviewed the proposal submitted by John Doe and, on behalf of Acme,\n"
             "request that the staff not recommend enforcement action if Acme omits it\n"
             "from its proxy materials in reliance on Rule 14a-8(i)(7).")
    assert _parse(no_action)["form_type"] is None


_STAFF_OPENINGS = (
    "We have completed our review of your filing.  We have no further comments at this time.",
    "We have selectively reviewed your filing and have the following comments.",
    "Thank you for your letter dated March 20, 2010 responding to our comments.",
    "We have received your response to our prior comment letter.",
    "On March 1, 2010, you filed a Form 10-K.  We have reviewed the filing and have the\n"
    "following comments.",
)


def test_staff_letters_with_other_openings_are_upload() -> None:
    opening = "     We have reviewed your filing and have the following comments."
    for words in _STAFF_OPENINGS:
        text = _COMMENT_LETTER.replace(opening, "     " + words)
        assert _parse(text)["form_type"] == "UPLOAD", words
    # since about 2016 the letterhead is the Commission's logo (its alt text) and the division
    # signs at the foot
    logo = _COMMENT_LETTER.replace(
        "UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nWASHINGTON, D.C. 20549\n\n"
        "DIVISION OF\nCORPORATION FINANCE\n",
        "United States securities and exchange commission logo\n").replace(opening, "     "
                                                                         + _STAFF_OPENINGS[0])
    assert _parse(logo)["form_type"] == "UPLOAD"
