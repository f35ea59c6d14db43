"""Signature blocks of round 37: a 10-K's table of signers under its "Signature  Title  Date"
heads typed with no "/s/" (conformed names only, one row each or grouped by a brace of ")"),
and a title wrapped over HTML paragraphs (a blank line between its lines)."""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse

_ACCESSION = "0000950123-97-002413"


def _filing(text: str, form: str = "10-K") -> bytes:
    header = (f"<SEC-DOCUMENT>{_ACCESSION}.txt : 19970327\n"
              f"<SEC-HEADER>{_ACCESSION}.hdr.sgml : 19970327\n"
              f"ACCESSION NUMBER:\t\t{_ACCESSION}\nCONFORMED SUBMISSION TYPE:\t{form}\n"
              "PUBLIC DOCUMENT COUNT:\t\t1\nCONFORMED PERIOD OF REPORT:\t19961231\n"
              "FILED AS OF DATE:\t\t19970327\nFILER:\n\n\tCOMPANY DATA:\t\n"
              "\t\tCOMPANY CONFORMED NAME:\t\t\tOSBORNE MILLS INC\n"
              "\t\tCENTRAL INDEX KEY:\t\t\t0000712345\n\n</SEC-HEADER>\n")
    return (header + f"<DOCUMENT>\n<TYPE>{form}\n<SEQUENCE>1\n<TEXT>\n{text}\n</TEXT>\n"
            "</DOCUMENT>\n</SEC-DOCUMENT>\n").encode()


def _signers(text: str, form: str = "10-K") -> list[tuple[Any, ...]]:
    return [(s["registrant"], s["name"], s["title"], s["date"])
            for s in parse(_filing(text, form), "d.txt")["signatures"]]


_TOP = """                                  SIGNATURES

     Pursuant to the requirements of Section 13 or 15(d) of the Securities
Exchange Act of 1934, the registrant has duly caused this report to be signed
on its behalf by the undersigned, thereunto duly authorized.

                                        OSBORNE MILLS, INC.

Dated: March 24, 1997                   By: /s/ RICHARD T. OSBORNE
                                            ---------------------------------
                                            Richard T. Osborne
                                            Chairman of the Board

     Pursuant to the requirements of the Securities Exchange Act of 1934, this
report has been signed below by the following persons on behalf of the
registrant and in the capacities and on the dates indicated.

"""
_OSBORNE = ("OSBORNE MILLS, INC.", "Richard T. Osborne", "Chairman of the Board", "1997-03-24")


def test_conformed_names_over_their_rules_under_the_heads() -> None:
    # no "/s/" in the table: each name typed in capitals over the line signed on, typed
    # again under it, the title and date beside it
    text = _TOP + """\
        Signature                         Title                      Date
        ---------                         -----                      ----

RICHARD T. OSBORNE                Chairman of the Board,        March 24, 1997
- -----------------------------    President and Chief
Richard T. Osborne                Executive Officer

ELLEN K. VOSS                     Vice President-Finance        March 24, 1997
- -----------------------------    (Principal Financial and
Ellen K. Voss                     Accounting Officer)

HOWARD B. LINDQUIST               Director                      March 24, 1997
- -----------------------------
Howard B. Lindquist
"""
    assert _signers(text) == [
        _OSBORNE,
        ("OSBORNE MILLS, INC.", "Richard T. Osborne",
         "Chairman of the Board, President and Chief Executive Officer", "1997-03-24"),
        ("OSBORNE MILLS, INC.", "Ellen K. Voss",
         "Vice President-Finance (Principal Financial and Accounting Officer)", "1997-03-24"),
        ("OSBORNE MILLS, INC.", "Howard B. Lindquist", "Director", "1997-03-24"),
    ]


def test_names_alone_under_heads_with_no_date_column() -> None:
    # the table dated once in the sentence over it; the names typed in capitals only
    text = _TOP.replace("signed below by", "signed below on March 24, 1997 by").replace(
        "capacities and on the dates indicated", "capacities indicated") + """\
          SIGNATURE                                  TITLE
          ---------                                  -----

    RICHARD T. OSBORNE                   Chairman of the Board, President
                                         and Chief Executive Officer

    ELLEN K. VOSS                        Vice President-Finance (Principal
                                         Financial and Accounting Officer)

    HOWARD B. LINDQUIST                  Director
"""
    assert _signers(text)[1:] == [
        ("OSBORNE MILLS, INC.", "RICHARD T. OSBORNE",
         "Chairman of the Board, President and Chief Executive Officer", "1997-03-24"),
        ("OSBORNE MILLS, INC.", "ELLEN K. VOSS",
         "Vice President-Finance (Principal Financial and Accounting Officer)", "1997-03-24"),
        ("OSBORNE MILLS, INC.", "HOWARD B. LINDQUIST", "Director", "1997-03-24"),
    ]


def test_mixed_case_names_under_name_heads() -> None:
    # "Name  Title  Date" heads, the names in mixed case with no rule, the titles wrapped
    text = _TOP + """\
Name                              Title                              Date
----                              -----                              ----

Richard T. Osborne                Chairman of the Board,             March 24, 1997
                                  President and Chief
                                  Executive Officer

Howard B. Lindquist               Director                           March 24, 1997

Marjorie L. Wenk                  Director                           March 24, 1997
"""
    assert _signers(text)[1:] == [
        ("OSBORNE MILLS, INC.", "Richard T. Osborne",
         "Chairman of the Board, President and Chief Executive Officer", "1997-03-24"),
        ("OSBORNE MILLS, INC.", "Howard B. Lindquist", "Director", "1997-03-24"),
        ("OSBORNE MILLS, INC.", "Marjorie L. Wenk", "Director", "1997-03-24"),
    ]


def test_conformed_names_braced_share_the_title_and_date() -> None:
    # directors typed over their rules with no "/s/", braced: "Directors" and the date
    # beside the middle one are each one's
    text = _TOP + """\
        Signature                         Title                      Date
        ---------                         -----                      ----

HOWARD B. LINDQUIST            )
- -----------------------------  )
Howard B. Lindquist            )
                               )
MARJORIE L. WENK               )  Directors                    March 24, 1997
- -----------------------------  )
Marjorie L. Wenk               )
                               )
PAUL A. DEMARCO                )
- -----------------------------  )
Paul A. DeMarco                )
"""
    assert _signers(text)[1:] == [
        ("OSBORNE MILLS, INC.", "Howard B. Lindquist", "Directors", "1997-03-24"),
        ("OSBORNE MILLS, INC.", "Marjorie L. Wenk", "Directors", "1997-03-24"),
        ("OSBORNE MILLS, INC.", "Paul A. DeMarco", "Directors", "1997-03-24"),
    ]


_HTML_TOP = """<HTML><BODY>
<P ALIGN="center"><B>SIGNATURES</B></P>
<P>Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of
1934, the registrant has duly caused this report to be signed on its behalf by the
undersigned, thereunto duly authorized.</P>
<P>Date: March 3, 2006</P>
<P>OSBORNE MILLS, INC.</P>
"""


def test_html_title_wrapped_over_paragraphs() -> None:
    # one <P> a line: the title cut after "and" goes on past the blank line, and the
    # bracketed "(Duly Authorized Officer)" under it is part of it
    text = _HTML_TOP + """<P>By: /s/ Ellen K. Voss</P>
<P STYLE="margin-top:0px;margin-bottom:0px">Ellen K. Voss</P>
<P STYLE="margin-top:0px;margin-bottom:0px">Executive Vice President and</P>
<P STYLE="margin-top:0px;margin-bottom:0px">Chief Financial Officer</P>
<P STYLE="margin-top:0px;margin-bottom:0px">(Duly Authorized Officer)</P>
</BODY></HTML>"""
    assert _signers(text) == [
        ("OSBORNE MILLS, INC.", "Ellen K. Voss",
         "Executive Vice President and Chief Financial Officer (Duly Authorized Officer)",
         "2006-03-03"),
    ]
    # (a title ending in no connector stops at the blank line: the note under it is none)
    text = _HTML_TOP + """<P>By: /s/ Ellen K. Voss</P>
<P>Ellen K. Voss</P>
<P>Chief Financial Officer</P>
<P>Exhibit Index</P>
</BODY></HTML>"""
    assert _signers(text) == [
        ("OSBORNE MILLS, INC.", "Ellen K. Voss", "Chief Financial Officer", "2006-03-03"),
    ]


_BANK_TOP = """                                  SIGNATURES

     Pursuant to the requirements of Section 13 or 15(d) of the Securities
Exchange Act of 1934, each registrant has duly caused this report to be signed
on its behalf by the undersigned, thereunto duly authorized.

                                        Osborne Bancorp, Inc.

Date: March 15, 2004                    By: /s/ Ellen K. Voss
                                            ---------------------------
                                            Ellen K. Voss
                                            President and Chief Executive
                                            Officer

"""


def test_bank_signing_with_its_holding_company_in_mixed_case() -> None:
    # a bank holding company and its bank, each over its own "By:": the bank's name, in
    # mixed case with no company word, is the second block's registrant
    text = _BANK_TOP + """\
                                        Osborne National Bank

Date: March 15, 2004                    By: /s/ Paul A. DeMarco
                                            ---------------------------
                                            Paul A. DeMarco
                                            Executive Vice President
"""
    assert _signers(text) == [
        ("Osborne Bancorp, Inc.", "Ellen K. Voss", "President and Chief Executive Officer",
         "2004-03-15"),
        ("Osborne National Bank", "Paul A. DeMarco", "Executive Vice President", "2004-03-15"),
    ]
    # ("... of the Bank" is a title, not a bank's name)
    text = _BANK_TOP.replace("President and Chief Executive\n", "Executive Vice President\n")\
        .replace("                                            Officer\n",
                 "                                            of the Bank\n")
    assert _signers(text) == [
        ("Osborne Bancorp, Inc.", "Ellen K. Voss", "Executive Vice President of the Bank",
         "2004-03-15"),
    ]


def test_bank_name_of_many_words_in_capitals() -> None:
    text = _BANK_TOP + """\
                                        THE FIRST NATIONAL BANK OF OSBORNE COUNTY

Date: March 15, 2004                    By: /s/ Paul A. DeMarco
                                            ---------------------------
                                            Paul A. DeMarco
                                            Executive Vice President
"""
    assert _signers(text)[1][0] == "THE FIRST NATIONAL BANK OF OSBORNE COUNTY"


def test_html_bank_block_run_into_the_title_above() -> None:
    # the renderer drops the empty row between the two blocks: the bank's name stands right
    # under the first signer's title, over the next "By:"
    text = """<HTML><BODY>
<P ALIGN="center"><B>SIGNATURES</B></P>
<P>Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of
1934, each registrant has duly caused this report to be signed on its behalf by the
undersigned, thereunto duly authorized.</P>
<TABLE WIDTH="100%">
<TR><TD WIDTH="40%"></TD><TD COLSPAN="2">OSBORNE BANCORP, INC.</TD></TR>
<TR><TD></TD><TD>By:</TD><TD>/s/ Ellen K. Voss</TD></TR>
<TR><TD></TD><TD></TD><TD>Ellen K. Voss</TD></TR>
<TR><TD></TD><TD></TD><TD>President and Chief Executive Officer</TD></TR>
<TR><TD>&nbsp;</TD></TR>
<TR><TD></TD><TD COLSPAN="2">Osborne Savings Bank, FSB</TD></TR>
<TR><TD></TD><TD>By:</TD><TD>/s/ Paul A. DeMarco</TD></TR>
<TR><TD></TD><TD></TD><TD>Paul A. DeMarco</TD></TR>
<TR><TD></TD><TD></TD><TD>Executive Vice President</TD></TR>
</TABLE>
<P>Date: March 15, 2004</P>
</BODY></HTML>"""
    assert _signers(text) == [
        ("OSBORNE BANCORP, INC.", "Ellen K. Voss", "President and Chief Executive Officer",
         "2004-03-15"),
        ("Osborne Savings Bank, FSB", "Paul A. DeMarco", "Executive Vice President",
         "2004-03-15"),
    ]



def test_a_list_of_officers_after_the_signature_signs_nothing() -> None:
    # an 8-K announcing its new officers, the list printed under the signature: "Name
    # Title" heads name no signature column (was: "John A. Smith" a signer, titled
    # "President Mary B. Jones Treasurer")
    signed = """
                                  SIGNATURES

     Pursuant to the requirements of the Securities Exchange Act of 1934, the
registrant has duly caused this report to be signed on its behalf by the
undersigned hereunto duly authorized.

                                        ACME CORPORATION

Date: March 24, 1997                    By: /s/ Jane Roe
                                            Jane Roe
                                            Secretary

"""
    acme = [("ACME CORPORATION", "Jane Roe", "Secretary", "1997-03-24")]
    listed = """\
The officers of the Company are:

     Name                     Title
     John A. Smith            President
     Mary B. Jones            Treasurer
"""
    assert _signers(signed + listed, "8-K") == acme
    assert _signers(signed + listed.replace("Title\n", "Position\n"), "8-K") == acme
    # "Name  Title  Date" heads under a sentence that is no signing one: no table of signers
    assert _signers(signed + listed.replace("Title\n", "Title        Date\n"), "8-K") == acme


def test_a_title_cut_after_of_goes_on_with_the_bank() -> None:
    # "... Officer of" / "First Keystone National Bank" over the next "By:": the bank ends
    # the title (was: the title ending "of", the bank the next signer's registrant)
    text = """
                                  SIGNATURES

     Pursuant to the requirements of the Securities Exchange Act of 1934, the
registrant has duly caused this report to be signed on its behalf by the
undersigned hereunto duly authorized.

                                  FIRST KEYSTONE CORPORATION

Date: March 24, 1997              By: /s/ John A. Smith
                                      John A. Smith
                                      President and Chief Executive Officer of
                                      First Keystone National Bank
                                  By: /s/ Jane B. Roe
                                      Jane B. Roe
                                      Treasurer
"""
    expected = [
        ("FIRST KEYSTONE CORPORATION", "John A. Smith",
         "President and Chief Executive Officer of First Keystone National Bank", "1997-03-24"),
        ("FIRST KEYSTONE CORPORATION", "Jane B. Roe", "Treasurer", "1997-03-24"),
    ]
    assert _signers(text, "8-K") == expected
    assert _signers(text.replace("National Bank\n", "National Bank\n\n"), "8-K") == expected
