"""Signature blocks of round 32: a signer "as attorney-in-fact" on the signature line, a 10-K
table's unsigned rows with no office or typed surname first, two names typed side by side
over their rules with no "/s/", and a "(Principal Financial Officer)" paragraph under the
title (HTML paragraphs leave a blank line between)."""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse

_ACCESSION = "0000950109-97-001234"


def _filing(text: str, form: str, html: bool = False) -> bytes:
    header = (f"<SEC-DOCUMENT>{_ACCESSION}.txt : 19970325\n"
              f"<SEC-HEADER>{_ACCESSION}.hdr.sgml : 19970325\n"
              f"ACCESSION NUMBER:\t\t{_ACCESSION}\nCONFORMED SUBMISSION TYPE:\t{form}\n"
              "PUBLIC DOCUMENT COUNT:\t\t1\nCONFORMED PERIOD OF REPORT:\t19961231\n"
              "FILED AS OF DATE:\t\t19970325\n</SEC-HEADER>\n")
    name = "<FILENAME>d10q.htm\n" if html else ""
    return (header + f"<DOCUMENT>\n<TYPE>{form}\n<SEQUENCE>1\n{name}<TEXT>\n{text}\n</TEXT>\n"
            "</DOCUMENT>\n</SEC-DOCUMENT>\n").encode()


def _signers(text: str, form: str = "10-K", html: bool = False) -> list[dict[str, Any]]:
    return parse(_filing(text, form, html), "d.htm" if html else "d.txt")["signatures"]


_EIGHT_K = """                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                                    FORM 8-K

                                 CURRENT REPORT

                          HARBOR FEDERAL BANCORP, INC.
             (Exact name of registrant as specified in its charter)

Item 5.  Other Events.

     On March 3, 1997, the Company announced a quarterly dividend.

                                   SIGNATURE

     Pursuant to the requirements of the Securities Exchange Act of 1934, the
registrant has duly caused this report to be signed on its behalf by the
undersigned hereunto duly authorized.

Dated: March 5, 1997                    HARBOR FEDERAL BANCORP, INC.

                                        By: /s/ Robert L. Nardelli, as attorney-in-fact
                                            -------------------------------------------
"""


def test_signer_as_attorney_in_fact_is_parted_from_the_capacity() -> None:
    signers = _signers(_EIGHT_K, "8-K")
    assert signers == [{"registrant": "HARBOR FEDERAL BANCORP, INC.",
                        "name": "Robert L. Nardelli", "title": "attorney-in-fact",
                        "date": "1997-03-05"}]


def test_signer_as_attorney_in_fact_in_capitals() -> None:
    text = _EIGHT_K.replace("/s/ Robert L. Nardelli, as attorney-in-fact",
                            "/s/ ROBERT L. NARDELLI, AS ATTORNEY-IN-FACT")
    signers = _signers(text, "8-K")
    assert [(s["name"], s["title"]) for s in signers] == [
        ("ROBERT L. NARDELLI", "ATTORNEY-IN-FACT")]


_TEN_K = """                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                                   FORM 10-K

                          HARBOR FEDERAL BANCORP, INC.
             (Exact name of registrant as specified in its charter)

                                    PART IV

ITEM 14.  EXHIBITS, FINANCIAL STATEMENT SCHEDULES, AND REPORTS ON FORM 8-K

     (a) The financial statements are listed in the index on page F-1.

                                   SIGNATURES

     Pursuant to the requirements of the Securities Exchange Act of 1934, this
report has been signed below by the following persons on behalf of the registrant
and in the capacities and on the dates indicated.

"""

_TABLE = _TEN_K + """         Signature                           Title                       Date
         ---------                           -----                       ----

/s/ Irving E. Shapiro              President and Director          March 24, 1997
- ----------------------------
Irving E. Shapiro

"""


def test_unsigned_row_with_no_office_is_a_signer_not_a_registrant() -> None:
    rows = """MICHAEL J. BRAUDE                                                  March 24, 1997

RANDALL M. SCHRICK                 Director                        March 24, 1997
"""
    signers = _signers(_TABLE + rows)
    assert signers[1:] == [
        {"registrant": "HARBOR FEDERAL BANCORP, INC.", "name": "MICHAEL J. BRAUDE",
         "title": None, "date": "1997-03-24"},
        {"registrant": "HARBOR FEDERAL BANCORP, INC.", "name": "RANDALL M. SCHRICK",
         "title": "Director", "date": "1997-03-24"},
    ]


def test_unsigned_rows_typed_surname_first_are_signers() -> None:
    rows = """WHITE, JOHN P.                     Director                        March 24, 1997

Braude, Michael J.                 Director                        March 25, 1997
"""
    signers = _signers(_TABLE + rows)
    assert [(s["name"], s["title"], s["date"]) for s in signers[1:]] == [
        ("WHITE, JOHN P.", "Director", "1997-03-24"),
        ("Braude, Michael J.", "Director", "1997-03-25"),
    ]


def test_two_names_typed_side_by_side_over_their_rules_are_two_signers() -> None:
    rows = """/s/ Irving E. Shapiro                    /s/ Robert G. Booe
- ---------------------------------        ---------------------------------
Irving E. Shapiro, President and          Robert G. Booe, Vice President and
Director                                  Chief Financial Officer

JOHN P. WHITE                             MICHAEL J. BRAUDE
- ---------------------------------        ---------------------------------
John P. White, Director                   Michael J. Braude, Director

Date: March 24, 1997
"""
    signers = _signers(_TEN_K + rows)
    assert [(s["name"], s["title"], s["date"]) for s in signers] == [
        ("Irving E. Shapiro", "President and Director", "1997-03-24"),
        ("Robert G. Booe", "Vice President and Chief Financial Officer", "1997-03-24"),
        ("John P. White", "Director", "1997-03-24"),
        ("Michael J. Braude", "Director", "1997-03-24"),
    ]


_TEN_Q_HTML = """<html><body>
<p align="center">UNITED STATES SECURITIES AND EXCHANGE COMMISSION</p>
<p align="center">FORM 10-Q</p>
<p align="center">HARBOR FEDERAL BANCORP, INC.</p>
<p>PART II. OTHER INFORMATION</p>
<p>Item 6. Exhibits</p>
<p>31.1 Certification of the Chief Executive Officer.</p>
<p align="center">SIGNATURES</p>
<p>Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly
caused this report to be signed on its behalf by the undersigned thereunto duly authorized.</p>
<p>HARBOR FEDERAL BANCORP, INC.</p>
<p>Date: May 5, 2004</p>
<p>By: /s/ Jane A. Doe</p>
<p>Jane A. Doe, Chief Financial Officer</p>
<p>(Principal Financial and Accounting Officer)</p>
</body></html>"""


def test_principal_officer_paragraph_under_the_title_stays_in_it() -> None:
    signers = _signers(_TEN_Q_HTML, "10-Q", html=True)
    assert signers == [{"registrant": "HARBOR FEDERAL BANCORP, INC.", "name": "Jane A. Doe",
                        "title": "Chief Financial Officer (Principal Financial and "
                                 "Accounting Officer)",
                        "date": "2004-05-05"}]


def test_place_and_date_under_the_table_is_no_signer() -> None:
    # where the report was signed ("Houston, Texas" reads "Texas Houston" surname first)
    rows = """/s/ Randall M. Schrick             Director                        March 24, 1997
- ----------------------------
Randall M. Schrick

Houston, Texas                                                     March 24, 1997
"""
    signers = _signers(_TABLE + rows)
    assert [s["name"] for s in signers] == ["Irving E. Shapiro", "Randall M. Schrick"]


def test_auditor_and_notary_rows_after_the_table_are_no_signers() -> None:
    rows = """/s/ Randall M. Schrick             Director                        March 24, 1997
- ----------------------------
Randall M. Schrick

Arthur Andersen                                                    March 24, 1997

     Subscribed and sworn to before me this 24th day of March, 1997.

Mary T. Jones                                                      March 24, 1997
Notary Public
"""
    signers = _signers(_TABLE + rows)
    assert [s["name"] for s in signers] == ["Irving E. Shapiro", "Randall M. Schrick"]


def test_names_under_a_witness_line_and_column_captions_are_no_signers() -> None:
    rows = """Date: March 5, 1997

/s/ Jane Doe                             President and Director
------------------------------
Jane Doe

WITNESS:
MARY JONES                               ROBERT ROE
------------------------------           ------------------------------
Mary Jones                               Robert Roe
"""
    assert [s["name"] for s in _signers(_TEN_K + rows)] == ["Jane Doe"]
    captions = _EIGHT_K.split("Dated: March 5, 1997")[0] + """Date: March 5, 1997

NAME                                      TITLE
------------------------------            ------------------------------
Name                                      Title
"""
    assert _signers(captions, "8-K") == []


def test_as_of_a_date_and_as_such_are_no_capacity() -> None:
    text = _EIGHT_K.replace("/s/ Robert L. Nardelli, as attorney-in-fact",
                            "/s/ Robert L. Nardelli as of March 5, 1997")
    assert [(s["name"], s["title"]) for s in _signers(text, "8-K")] == [
        ("Robert L. Nardelli", None)]
    text = _EIGHT_K.replace(
        "/s/ Robert L. Nardelli, as attorney-in-fact\n"
        "                                            -------------------------------------------",
        "/s/ Robert L. Nardelli, as such\n"
        "                                        Title: Secretary")
    assert [(s["name"], s["title"]) for s in _signers(text, "8-K")] == [
        ("Robert L. Nardelli", "Secretary")]


def test_capacity_repeated_by_the_title_cell_is_said_once() -> None:
    rows = """/s/ Randall M. Schrick, as President  President and Director    March 24, 1997
- ----------------------------
Randall M. Schrick
"""
    signers = _signers(_TABLE + rows)
    assert [(s["name"], s["title"]) for s in signers[1:]] == [
        ("Randall M. Schrick", "President and Director")]
