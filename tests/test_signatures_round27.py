"""Signature layouts of round 27: titles over two lines, directors listed in one cell, HTML
captions in cells of their own, a name typed over its signature, and letters."""

from __future__ import annotations

import pytest

from filing2json.parsers import parse

_COVER = """                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                                    FORM 8-K

                                 CURRENT REPORT
                     PURSUANT TO SECTION 13 OR 15(d) OF THE
                        SECURITIES EXCHANGE ACT OF 1934

Date of Report (Date of earliest event reported): April 26, 2001

                            ENTRADA NETWORKS, INC.
             (Exact name of registrant as specified in its charter)

Item 5.  Other Events.

         On April 26, 2001, the Registrant announced its results for the quarter.

"""

_PLAIN = """                                   SIGNATURES

         Pursuant to the requirements of the Securities Exchange Act of 1934,
the Registrant has duly caused this report to be signed on its behalf by the
undersigned hereunto duly authorized.

                                       ENTRADA NETWORKS, INC.
Date: April 26, 2001


                                       /s/ Gilbert S. Goldbeck
                                       ----------------------------------------
                                       Gilbert S. Goldbeck
                                       {}
                                       {}
"""


def _signers(text: str, name: str = "x.txt") -> list[dict]:
    return parse(text.encode(), name)["signatures"]


def _title(first: str, second: str) -> str:
    return _signers(_COVER + _PLAIN.format(first, second))[0]["title"]


def test_a_second_title_line_that_starts_a_title_parts_with_a_comma() -> None:
    # Entrada Networks 2001: "Vice President, Finance" over "Chief Accounting Officer"
    assert _title("Vice President, Finance", "Chief Accounting Officer") == \
        "Vice President, Finance, Chief Accounting Officer"
    assert _title("Chief Financial Officer", "VP Finance and Operations") == \
        "Chief Financial Officer, VP Finance and Operations"
    assert _title("SENIOR VICE PRESIDENT", "CHIEF FINANCIAL OFFICER") == \
        "SENIOR VICE PRESIDENT, CHIEF FINANCIAL OFFICER"
    # a title wrapped: the second line goes on with the first
    assert _title("Executive Vice President and Chief", "Financial Officer") == \
        "Executive Vice President and Chief Financial Officer"
    assert _title("Vice President and Controller", "and Chief Accounting Officer") == \
        "Vice President and Controller and Chief Accounting Officer"
    assert _title("Senior Vice President,", "General Counsel and Secretary") == \
        "Senior Vice President, General Counsel and Secretary"
    assert _title("Chief Financial Officer", "(Principal Accounting Officer)") == \
        "Chief Financial Officer (Principal Accounting Officer)"
    assert _title("Member of the", "Executive Board") == "Member of the Executive Board"
    # "Finance Director" is one title, though "Finance" can end one
    assert _title("Vice President, Group Finance", "Director") == \
        "Vice President, Group Finance Director"


_HTML_HEAD = """<html><body>
<p style="text-align:center">FORM 8-K</p>
<p style="text-align:center">CURRENT REPORT</p>
<p>Date of Report (Date of earliest event reported): June 20, 2018</p>
<p style="text-align:center">THE WALT DISNEY COMPANY</p>
<p style="text-align:center">(Exact name of registrant as specified in its charter)</p>
<p>Item 8.01 Other Events.</p>
<p>On June 20, 2018, the Company issued a press release.</p>
<p style="text-align:center">SIGNATURES</p>
<p>Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly
caused this report to be signed on its behalf by the undersigned hereunto duly authorized.</p>
"""


def _table(rows: list[list[str]]) -> str:
    cells = ("".join(f'<td valign="top">{c or "&#160;"}</td>' for c in row) for row in rows)
    return "<table>" + "".join(f"<tr>{row}</tr>" for row in cells) + "</table>"


def test_html_title_lines_run_together_in_one_cell() -> None:
    # Disney 2018: two <div>s in the title's cell render as one line
    table = _table([
        ["", "THE WALT DISNEY COMPANY", ""],
        ["", "By:", "/s/ Roger J. Patterson"],
        ["", "", "<div>Name: Roger J. Patterson</div>"],
        ["", "", "<div>Title:&#160;&#160; Associate General Counsel and Assistant Secretary"
                 "</div><div>&#160;&#160;&#160; Registered In-House Counsel</div>"],
        ["Date: June 21, 2018", "", ""],
    ])
    signer = _signers(_HTML_HEAD + table + "</body></html>", "x.htm")[0]
    assert (signer["name"], signer["title"]) == (
        "Roger J. Patterson",
        "Associate General Counsel and Assistant Secretary, Registered In-House Counsel")


_TEN_K = """<html><body>
<p style="text-align:center">FORM 10-K</p>
<p style="text-align:center">TARGET CORPORATION</p>
<p style="text-align:center">(Exact name of registrant as specified in its charter)</p>
<p>Item 16. Form 10-K Summary</p>
<p>None.</p>
<p style="text-align:center">SIGNATURES</p>
<p>Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934,
the registrant has duly caused this report to be signed on its behalf by the undersigned,
thereunto duly authorized.</p>
{}
<p>Pursuant to the requirements of the Securities Exchange Act of 1934, this report has been
signed below by the following persons on behalf of the registrant and in the capacities and on
the dates indicated.</p>
{}
<p>Jim Lee, by signing his name hereto, does hereby sign this document pursuant to powers of
attorney duly executed by the Directors named, filed with the Securities and Exchange
Commission on behalf of such Directors, all in the capacities and on the date stated.</p>
{}
</body></html>"""


def _target(directors: list[str]) -> str:
    company = _table([["TARGET CORPORATION", ""], ["By:", "/s/ Jim Lee"],
                      ["Date: March 11, 2026", "Jim Lee<br>Executive Vice President and "
                       "Chief Financial Officer"]])
    officers = _table([["/s/ Michael J. Fiddelke", ""],
                       ["Date: March 11, 2026", "Michael J. Fiddelke<br>Chief Executive Officer"
                        "<br>(Principal Executive Officer)"]])
    cells = ["".join(f"<div>{name}</div>" for name in column) for column in directors]
    listed = _table([[*cells, "Constituting a majority of the Board of Directors"]])
    attorney = _table([["By:", "/s/ Jim Lee"], ["Date: March 11, 2026",
                                                 "Jim Lee<br>Attorney-in-fact"]])
    return _TEN_K.format(company, officers + listed, attorney)


def test_directors_run_together_in_cells_beside_their_caption() -> None:
    # Target's 10-K (2026): each director a <div> of one cell, signed for by the attorney
    page = _target([["DAVID P. ABNEY", "DOUGLAS M. BAKER, JR.", "GEORGE S. BARRETT"],
                    ["MONICA C. LOZANO", "GRACE PUMA", "DERICA W. RICE"]])
    signers = _signers(page, "x.htm")
    directors = [(s["name"], s["title"], s["date"]) for s in signers
                 if s["title"] == "Director"]
    assert directors == [(name, "Director", "2026-03-11") for name in (
        "DAVID P. ABNEY", "DOUGLAS M. BAKER, JR.", "GEORGE S. BARRETT", "MONICA C. LOZANO",
        "GRACE PUMA", "DERICA W. RICE")]
    assert {s["registrant"] for s in signers} == {"TARGET CORPORATION"}
    assert signers[-1]["name"] == "Jim Lee"


def test_directors_run_together_part_by_their_initials_or_not_at_all() -> None:
    # mixed case, a name opening with an initial ("J. Frank Brown")
    page = _target([["Albert P. Carey", "J. Frank Brown", "Helena B. Foulkes"]])
    assert [s["name"] for s in _signers(page, "x.htm") if s["title"] == "Director"] == [
        "Albert P. Carey", "J. Frank Brown", "Helena B. Foulkes"]
    # "GRACE PUMA JOHN PAUL SMITH": cut after PUMA or after PAUL? None of them is read
    page = _target([["DAVID P. ABNEY", "GRACE PUMA", "JOHN PAUL SMITH"]])
    assert [s["name"] for s in _signers(page, "x.htm")] == [
        "Jim Lee", "Michael J. Fiddelke", "Jim Lee"]


_PLAIN_TEN_K = """                                   SIGNATURES

     Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act
of 1934, the registrant has duly caused this report to be signed on its behalf by the
undersigned, thereunto duly authorized.

                                       ENTRADA NETWORKS, INC.

Dated: March 11, 2002                  By: /s/ Kanwar J.S. Chadha
                                           Kanwar J.S. Chadha
                                           President and Chief Executive Officer

     Pursuant to the requirements of the Securities Exchange Act of 1934, this report has
been signed below by the following persons on behalf of the registrant and in the
capacities and on the dates indicated.

/s/ Gilbert S. Goldbeck              Vice President, Finance         March 11, 2002
Gilbert S. Goldbeck                  (Principal Accounting Officer)

DAVID P. ABNEY               DONALD R. KNAUSS          Constituting a majority of
DOUGLAS M. BAKER, JR.        CHRISTINE A. LEAHY        the Board of Directors

By: /s/ Gilbert S. Goldbeck                                          March 11, 2002
    Gilbert S. Goldbeck
    Attorney-in-fact
"""


def test_directors_listed_in_columns_are_signers_not_a_registrant() -> None:
    signers = _signers(_COVER.replace("FORM 8-K", "FORM 10-K") + _PLAIN_TEN_K)
    assert {s["registrant"] for s in signers} == {"ENTRADA NETWORKS, INC."}
    assert sorted(s["name"] for s in signers if s["title"] == "Director") == [
        "CHRISTINE A. LEAHY", "DAVID P. ABNEY", "DONALD R. KNAUSS", "DOUGLAS M. BAKER, JR."]
    assert signers[-1]["title"] == "Attorney-in-fact"


def test_html_name_and_title_captions_in_cells_of_the_signature_row() -> None:
    table = _table([["", "THE WALT DISNEY COMPANY", "", ""],
                    ["Date: June 21, 2018", "By: /s/ Roger J. Patterson",
                     "Name: Roger J. Patterson", "Title: Associate General Counsel"]])
    signer = _signers(_HTML_HEAD + table + "</body></html>", "x.htm")[0]
    assert (signer["name"], signer["title"], signer["date"]) == (
        "Roger J. Patterson", "Associate General Counsel", "2018-06-21")


def test_html_table_with_the_name_typed_in_the_row_above_the_signature() -> None:
    table = _table([["Name", "Title", "Date"],
                    ["Michael J. Fiddelke", "Chief Executive Officer", "March 11, 2026"],
                    ["/s/ Michael J. Fiddelke", "(Principal Executive Officer)", ""],
                    ["Jim Lee", "Director", "March 11, 2026"],
                    ["/s/ Jim Lee", "", ""]])
    page = _TEN_K.format("", table, "").replace("<p>Jim Lee, by signing", "<p>By signing")
    assert [(s["name"], s["title"]) for s in _signers(page, "x.htm")] == [
        ("Michael J. Fiddelke", "Chief Executive Officer (Principal Executive Officer)"),
        ("Jim Lee", "Director")]


_SUBMISSION = """<SEC-DOCUMENT>0001193125-20-061234.txt : 20200305
<SEC-HEADER>0001193125-20-061234.hdr.sgml : 20200305
ACCESSION NUMBER:\t\t0001193125-20-061234
CONFORMED SUBMISSION TYPE:\t{form}
PUBLIC DOCUMENT COUNT:\t\t1
FILED AS OF DATE:\t\t20200305

FILER:

\tCOMPANY DATA:\t
\t\tCOMPANY CONFORMED NAME:\t\t\tENTRADA NETWORKS INC
\t\tCENTRAL INDEX KEY:\t\t\t0000912345

</SEC-HEADER>
<DOCUMENT>
<TYPE>{form}
<SEQUENCE>1
<FILENAME>filename1.txt
<TEXT>
                            ENTRADA NETWORKS, INC.
                               12 Morgan Street
                          Irvine, California 92618

March 5, 2020

VIA EDGAR

Securities and Exchange Commission
Division of Corporation Finance
100 F Street, N.E.
Washington, D.C. 20549

Re:   Entrada Networks, Inc.
      Form 10-K for the Fiscal Year Ended January 31, 2020
      Filed February 28, 2020
      File No. 000-26952

Dear Ms. Smith:

     We are responding to the comment of the staff contained in its letter
dated February 20, 2020. If you have any questions, please call me at
(949) 588-2070.

{close}

cc:  John Roe, Esq.
</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>
"""


@pytest.mark.parametrize(
    ("form", "close", "expected"),
    [
        ("CORRESP", "                                        Sincerely,\n\n"
                    "                                        /s/ Gilbert S. Goldbeck\n\n"
                    "                                        Gilbert S. Goldbeck\n"
                    "                                        Chief Financial Officer",
         ("ENTRADA NETWORKS INC", "Gilbert S. Goldbeck", "Chief Financial Officer")),
        ("CORRESP", "Sincerely, /s/ Gilbert S. Goldbeck, Chief Financial Officer",
         ("ENTRADA NETWORKS INC", "Gilbert S. Goldbeck", "Chief Financial Officer")),
        # typed with no mark; the company named under the title
        ("CORRESP", "Very truly yours,\n\nGilbert S. Goldbeck\nVice President and\n"
                    "Chief Financial Officer\nEntrada Networks, Inc.",
         ("Entrada Networks, Inc.", "Gilbert S. Goldbeck",
          "Vice President and Chief Financial Officer")),
        # the company's counsel signs for no registrant
        ("CORRESP", "Very truly yours,\n\n/s/ Robert A. Brown\nRobert A. Brown\n"
                    "of LATHAM & WATKINS LLP", (None, "Robert A. Brown", None)),
    ],
)
def test_a_letter_signed_under_its_complimentary_close(form: str, close: str,
                                                      expected: tuple) -> None:
    signers = _signers(_SUBMISSION.format(form=form, close=close))
    assert [(s["registrant"], s["name"], s["title"], s["date"]) for s in signers] == [
        (*expected, "2020-03-05")]


def test_a_staff_letter_signs_for_no_registrant() -> None:
    close = "Sincerely,\n\n/s/ Mary Smith\n\nMary Smith\nBranch Chief"
    assert _signers(_SUBMISSION.format(form="UPLOAD", close=close)) == [
        {"registrant": None, "name": "Mary Smith", "title": "Branch Chief",
         "date": "2020-03-05"}]
    # signed by the office, not by a person: no signer
    close = "Sincerely,\n\nDivision of Corporation Finance\nOffice of Technology"
    assert _signers(_SUBMISSION.format(form="UPLOAD", close=close)) == []


_ALLTEL = """<SEC-DOCUMENT>0000065873-05-000060.txt : 20050623
<SEC-HEADER>0000065873-05-000060.hdr.sgml : 20050623
ACCESSION NUMBER:\t\t0000065873-05-000060
CONFORMED SUBMISSION TYPE:\tCORRESP
PUBLIC DOCUMENT COUNT:\t\t1
FILED AS OF DATE:\t\t20050623

FILER:

\tCOMPANY DATA:\t
\t\tCOMPANY CONFORMED NAME:\t\t\tALLTEL CORP
\t\tCENTRAL INDEX KEY:\t\t\t0000065873

</SEC-HEADER>
<DOCUMENT>
<TYPE>CORRESP
<SEQUENCE>1
<FILENAME>filename1.htm
<TEXT>
<body>
<p align="center">ALLTEL CORPORATION</p>
<p align="center">One Allied Drive, Little Rock, Arkansas 72202</p>
<p>June 22, 2005</p>
<p>Securities and Exchange Commission<br>100 F Street, NE<br>Washington, D.C. 20549</p>
<p>Re: ALLTEL Corporation<br>Form S-4, as amended<br>File No. 333-123596</p>
<p>The undersigned respectfully requests that the effective date of the above-referenced
Registration Statement be accelerated to 1:00 p.m. Central Daylight Time on June 23, 2005.</p>
<p>Alltel Corporation</p>
<p>By:&nbsp;&nbsp;&nbsp; <u>/s/ Francis X. Frantz</u></p>
<p>Name:&nbsp;&nbsp; Francis X. Frantz</p>
<p>Title:&nbsp;&nbsp;&nbsp;&nbsp; Executive Vice President</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; and Secretary</p>
</body>
</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>
"""


def test_a_letter_with_no_close_signed_as_a_report_is() -> None:
    # Alltel's CORRESP (2005): "Alltel Corporation" / "By: /s/ ..." / "Name:" / "Title:",
    # each an HTML paragraph ("and Secretary" goes on with the title after the blank line);
    # the letter's date line dates it
    assert _signers(_ALLTEL) == [
        {"registrant": "Alltel Corporation", "name": "Francis X. Frantz",
         "title": "Executive Vice President and Secretary", "date": "2005-06-22"}]


def test_a_letter_by_outside_counsel_signs_for_no_registrant() -> None:
    # "Counsel to the Company" under a law firm's letterhead is not the filer's officer
    # (found by an audit: the letter signed for the filer)
    head = ("<SEC-DOCUMENT>0000950123-05-000001.txt : 20050622\n<SEC-HEADER>\n"
            "ACCESSION NUMBER:\t\t0000950123-05-000001\nCONFORMED SUBMISSION TYPE:\tCORRESP\n"
            "PUBLIC DOCUMENT COUNT:\t\t1\nFILED AS OF DATE:\t\t20050622\n\nFILER:\n\n"
            "\tCOMPANY DATA:\t\n\t\tCOMPANY CONFORMED NAME:\t\t\tACME WIDGET CORP\n"
            "\t\tCENTRAL INDEX KEY:\t\t\t0000123456\n</SEC-HEADER>\n"
            "<DOCUMENT>\n<TYPE>CORRESP\n<SEQUENCE>1\n<FILENAME>filename1.txt\n<TEXT>\n")
    body = ("                    SIMPSON THACHER & BARTLETT LLP\n"
            "                         425 Lexington Avenue\n\nJune 22, 2005\n\n"
            "Securities and Exchange Commission\nWashington, D.C. 20549\n\nDear Mr. Owings:\n\n"
            "On behalf of Acme Widget Corp., we respond to the comments of the Staff.\n\n"
            "Very truly yours,\n\n/s/ Robert Lawyer\nRobert Lawyer\nCounsel to the Company\n")
    record = parse((head + body + "</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n").encode(), "x.txt")
    assert record["signatures"] == [{"registrant": None, "name": "Robert Lawyer",
                                     "title": "Counsel to the Company", "date": "2005-06-22"}]
