"""Exhibits and forms, round 36: a Schedule 13D's or 13G's exhibits lettered "Exhibit A"."""

from __future__ import annotations

from filing2json.parsers import parse
from support import validate

_13D = """                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                                  SCHEDULE 13D

                   Under the Securities Exchange Act of 1934
                               (Amendment No. 2)*

                            WIDGET INDUSTRIES, INC.
                                (Name of Issuer)

                    Common Stock, par value $.01 per share
                         (Title of Class of Securities)

                                   976543105
                                 (CUSIP Number)

Item 4.  Purpose of Transaction.

     The Reporting Persons acquired the Shares for investment purposes.

Item 7.  Material to be Filed as Exhibits.

     Exhibit A - Joint Filing Agreement, dated as of May 5, 2005, among the
                 Reporting Persons.
     Exhibit B - Letter to the Board of Directors of the Issuer, dated May 4, 2005.

                                   SIGNATURE

     After reasonable inquiry and to the best of my knowledge and belief, I certify
that the information set forth in this statement is true, complete and correct.

Dated: May 5, 2005
                                        HARBOR POINT CAPITAL PARTNERS, L.P.

                                        By: /s/ Richard Hale
                                            Richard Hale, Managing Member
"""

_JOINT = """                                                              EXHIBIT A

                             JOINT FILING AGREEMENT

     In accordance with Rule 13d-1(k)(1) under the Securities Exchange Act of 1934,
the persons named below agree to the joint filing on behalf of each of them of a
Statement on Schedule 13D with respect to the Common Stock of Widget Industries, Inc.
"""

_LETTER = """                                                              EXHIBIT B

                      HARBOR POINT CAPITAL PARTNERS, L.P.

May 4, 2005

Board of Directors
Widget Industries, Inc.
"""


def _schedule(text: str, *docs: tuple[str, str], form: str = "SC 13D/A") -> bytes:
    parts = ["<SEC-DOCUMENT>0000950123-05-006001.txt : 20050505\n"
             "<SEC-HEADER>0000950123-05-006001.hdr.sgml : 20050505\n"
             "ACCESSION NUMBER:\t\t0000950123-05-006001\n"
             f"CONFORMED SUBMISSION TYPE:\t{form}\nPUBLIC DOCUMENT COUNT:\t\t{1 + len(docs)}\n"
             "FILED AS OF DATE:\t\t20050505\n</SEC-HEADER>\n"]
    for sequence, (doc_type, body) in enumerate(((form, text), *docs), 1):
        parts.append(f"<DOCUMENT>\n<TYPE>{doc_type}\n<SEQUENCE>{sequence}\n<TEXT>\n{body}\n"
                     "</TEXT>\n</DOCUMENT>\n")
    return ("".join(parts) + "</SEC-DOCUMENT>\n").encode()


def test_schedule_13d_lettered_exhibits_are_listed_and_linked_by_type() -> None:
    data = _schedule(_13D, ("EX-99.A", _JOINT), ("EX-99.B", _LETTER))
    exhibits = validate(parse(data, "x.txt"))["exhibits"]
    assert exhibits == [
        {"number": "A", "description": "Joint Filing Agreement, dated as of May 5, 2005, "
                                       "among the Reporting Persons.", "document": 2},
        {"number": "B", "description": "Letter to the Board of Directors of the Issuer, "
                                       "dated May 4, 2005.", "document": 3},
    ]


def test_schedule_13d_lettered_exhibits_filed_as_ex99_are_linked_by_title() -> None:
    data = _schedule(_13D, ("EX-99", _JOINT), ("EX-99", _LETTER))
    exhibits = validate(parse(data, "x.txt"))["exhibits"]
    assert [(e["number"], e["document"]) for e in exhibits] == [("A", 2), ("B", 3)]


def test_schedule_13g_lettered_exhibit_index_after_signature() -> None:
    text = """                                  SCHEDULE 13G

                   Under the Securities Exchange Act of 1934
                               (Amendment No. 1)*

                            WIDGET INDUSTRIES, INC.
                                (Name of Issuer)

Item 10.  Certification.

     By signing below I certify that, to the best of my knowledge and belief, the
securities referred to above were not acquired and are not held for the purpose of
or with the effect of changing or influencing the control of the issuer.

                                   SIGNATURE

Dated: February 14, 2006
                                        HARBOR POINT CAPITAL PARTNERS, L.P.

                                        By: /s/ Richard Hale
                                            Richard Hale, Managing Member

                                 EXHIBIT INDEX

Exhibit A:  Joint Filing Agreement, dated February 14, 2006
"""
    data = _schedule(text, ("EX-99", _JOINT), form="SC 13G/A")
    exhibits = validate(parse(data, "x.txt"))["exhibits"]
    assert exhibits == [{"number": "A", "description": "Joint Filing Agreement, dated "
                                                       "February 14, 2006", "document": 2}]



_AGREEMENT_TEXT = """
     The undersigned acknowledge that each shall be responsible for the timely filing of
such amendments, and for the completeness and accuracy of the information concerning
him or it contained therein, but shall not be responsible for the completeness and
accuracy of the information concerning the others, except to the extent that he or it
knows or has reason to believe that such information is inaccurate.

Dated: May 5, 2005
                                        HARBOR POINT CAPITAL PARTNERS, L.P.

                                        By: /s/ Richard Hale
"""


def test_schedule_13d_joint_filing_agreement_printed_after_the_signature() -> None:
    """The agreement under its "EXHIBIT A" heading after the signature is held by the
    schedule itself; the letter, printed nowhere, by no document."""
    data = _schedule(_13D + "\n\n" + _JOINT + _AGREEMENT_TEXT)
    exhibits = validate(parse(data, "x.txt"))["exhibits"]
    assert [(e["number"], e["document"]) for e in exhibits] == [("A", 1), ("B", None)]


_SIX_K = """                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                                   FORM 6-K

                        REPORT OF FOREIGN PRIVATE ISSUER
                    PURSUANT TO RULE 13a-16 OR 15d-16 UNDER
                      THE SECURITIES EXCHANGE ACT OF 1934

                         For the month of October 2008

                        Commission File Number 001-14930

                            NORDHAVEN SHIPPING ASA
                 (Translation of registrant's name into English)

Indicate by check mark whether the registrant files or will file annual reports under
cover of Form 20-F or Form 40-F.

                 Form 20-F   X              Form 40-F
                          -------                    -------

                   DOCUMENTS INCLUDED AS PART OF THIS REPORT

Exhibit No.     Document
-----------     --------
99.1            Press release dated October 15, 2008: Nordhaven Shipping announces
                third quarter 2008 results
99.2            Interim report for the nine months ended September 30, 2008
"""


def test_six_k_list_under_its_column_head_alone() -> None:
    release = "NORDHAVEN SHIPPING ANNOUNCES THIRD QUARTER 2008 RESULTS\n\nOslo, Norway ...\n"
    data = _schedule(_SIX_K, ("EX-99.1", release), ("EX-99.2", "INTERIM REPORT\n"), form="6-K")
    exhibits = validate(parse(data, "x.txt"))["exhibits"]
    assert exhibits == [
        {"number": "99.1", "description": "Press release dated October 15, 2008: Nordhaven "
                                          "Shipping announces third quarter 2008 results",
         "document": 2},
        {"number": "99.2", "description": "Interim report for the nine months ended "
                                          "September 30, 2008", "document": 3},
    ]


def test_html_six_k_table_under_its_header_row_alone() -> None:
    html = """<html><body>
<p align="center"><b>FORM 6-K</b></p>
<p align="center">REPORT OF FOREIGN PRIVATE ISSUER<br>Pursuant to Rule 13a-16 or 15d-16 under
the Securities Exchange Act of 1934</p>
<p align="center">For the month of May 2019</p>
<p align="center">Commission File Number: 001-36815</p>
<p align="center"><b>KESTREL MEDICAL LTD.</b><br>(Translation of registrant's name into
English)</p>
<p>Indicate by check mark whether the registrant files or will file annual reports under
cover of Form 20-F or Form 40-F.</p>
<p>Form 20-F &#9746; Form 40-F &#9744;</p>
<p>This Report on Form 6-K contains the following:</p>
<table>
<tr><td><b>Exhibit No.</b></td><td><b>Description</b></td></tr>
<tr><td>99.1</td><td>Press release dated May 14, 2019, titled &#8220;Kestrel Medical Reports
First Quarter 2019 Financial Results&#8221;</td></tr>
<tr><td>99.2</td><td>Unaudited Condensed Consolidated Financial Statements as of March 31,
2019</td></tr>
</table>
</body></html>"""
    exhibits = validate(parse(html.encode(), "x.htm"))["exhibits"]
    assert [(e["number"], e["description"]) for e in exhibits] == [
        ("99.1", "Press release dated May 14, 2019, titled \u201cKestrel Medical Reports "
                 "First Quarter 2019 Financial Results\u201d"),
        ("99.2", "Unaudited Condensed Consolidated Financial Statements as of March 31, 2019"),
    ]


# Audit round 36: lettered lines that are some other paper's exhibits, and a head row
# that is an included agreement's.

_13D_NUMBERED = _13D[: _13D.index("     Exhibit A - ")] + """\
Exhibit 1   Stock Purchase Agreement, dated May 1, 2005, among the Reporting Persons
            and the Issuer, with the following exhibits:
            Exhibit A - Form of Warrant
            Exhibit B - Registration Rights Agreement
Exhibit 2   Joint Filing Agreement, dated as of May 5, 2005
""" + _13D[_13D.index("\n                                   SIGNATURE") :]


def test_schedule_13d_numbered_list_keeps_an_agreements_lettered_exhibits_out() -> None:
    exhibits = validate(parse(_schedule(_13D_NUMBERED), "x.txt"))["exhibits"]
    assert [e["number"] for e in exhibits] == ["1", "2"]


def test_schedule_13d_lettered_list_filed_as_numbered_types_reads_no_letters() -> None:
    """Documents typed EX-1 and EX-2: the filer numbered the exhibits, each by its type."""
    data = _schedule(_13D, ("EX-1", _JOINT), ("EX-2", _LETTER))
    exhibits = validate(parse(data, "x.txt"))["exhibits"]
    assert [(e["number"], e["document"]) for e in exhibits] == [("1", 2), ("2", 3)]


_8K_CREDIT_AGREEMENT = """
                                    FORM 8-K
                                 CURRENT REPORT
              Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934
          Date of Report (Date of earliest event reported): September 15, 1997
                          ACME WIDGET CORPORATION

Item 2.  Acquisition or Disposition of Assets

On September 15, 1997 the Company entered into the Credit Agreement set out below, under
which the lenders agreed to lend the Company up to $50,000,000 for general purposes.

                                   SIGNATURES

Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has
duly caused this report to be signed on its behalf by the undersigned.

                                    ACME WIDGET CORPORATION
                                    By: /s/ John Smith
                                        John Smith, President
Dated: September 20, 1997



                               CREDIT AGREEMENT

                        dated as of September 15, 1997

                              TABLE OF CONTENTS

Exhibit No.     Description
-----------     -----------
   1            Form of Revolving Note
   2            Form of Guaranty
   3            Form of Compliance Certificate

     THIS CREDIT AGREEMENT is made among the Company and the banks named herein, who
agree as follows.
"""


def test_included_agreements_exhibit_table_is_no_list_of_an_8k() -> None:
    data = _schedule(_8K_CREDIT_AGREEMENT, form="8-K")
    assert validate(parse(data, "x.txt"))["exhibits"] == []


def test_included_agreements_exhibit_table_after_a_6k_signature_is_no_list() -> None:
    text = _8K_CREDIT_AGREEMENT.replace("FORM 8-K", "FORM 6-K").replace(
        "Item 2.  Acquisition or Disposition of Assets\n", "")
    assert validate(parse(text.encode(), "x.txt"))["exhibits"] == []
