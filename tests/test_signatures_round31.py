"""Signature blocks of round 31: a 10-K's table of directors whose conformed copy types some
names with no "/s/" ("JOHN P. WHITE   Director   March 18, 1999"), the other rows signed,
reads those rows as signers, in plain text and in rendered HTML, where the rows come with no
blank line between them and were read as the title of the signer above."""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse

_ACCESSION = "0000912057-99-001234"

_HEAD = """                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                                   FORM 10-K

               ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE
                        SECURITIES EXCHANGE ACT OF 1934

                  For the fiscal year ended December 31, 1998

                         Commission file number 0-19807

                          MIDWEST GRAIN PRODUCTS, INC.
             (Exact name of registrant as specified in its charter)

                                     PART I

ITEM 1.  BUSINESS

     The Company produces wheat gluten, starches and alcohol.

                                    PART IV

ITEM 14.  EXHIBITS, FINANCIAL STATEMENT SCHEDULES, AND REPORTS ON FORM 8-K

     (a) The financial statements are listed in the index on page F-1.

                                   SIGNATURES

     Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange
Act of 1934, the registrant has duly caused this report to be signed on its behalf
by the undersigned, thereunto duly authorized.

                                        MIDWEST GRAIN PRODUCTS, INC.

Date:  March 18, 1999                   By: /s/ Ladd M. Seaberg
                                            -------------------------------
                                            Ladd M. Seaberg
                                            President and Chief Executive Officer

     Pursuant to the requirements of the Securities Exchange Act of 1934, this
report has been signed below by the following persons on behalf of the registrant
and in the capacities and on the dates indicated.

         Signature                           Title                          Date
         ---------                           -----                          ----

"""

_ROWS = """/s/ Ladd M. Seaberg                President, Chief Executive      March 18, 1999
- ----------------------------      Officer and Director
Ladd M. Seaberg

/s/ Robert G. Booe                 Vice President and Chief        March 18, 1999
- ----------------------------      Financial Officer
Robert G. Booe

JOHN P. WHITE                      Director                        March 18, 1999
- ----------------------------
John P. White

MICHAEL BRAUDE                     Director                        March 18, 1999
- ----------------------------
Michael Braude
"""


def _ten_k(text: str, html: bool = False) -> bytes:
    header = (f"<SEC-DOCUMENT>{_ACCESSION}.txt : 19990325\n"
              f"<SEC-HEADER>{_ACCESSION}.hdr.sgml : 19990325\n"
              f"ACCESSION NUMBER:\t\t{_ACCESSION}\nCONFORMED SUBMISSION TYPE:\t10-K\n"
              "PUBLIC DOCUMENT COUNT:\t\t1\nCONFORMED PERIOD OF REPORT:\t19981231\n"
              "FILED AS OF DATE:\t\t19990325\n</SEC-HEADER>\n")
    name = "<FILENAME>d10k.htm\n" if html else ""
    return (header + f"<DOCUMENT>\n<TYPE>10-K\n<SEQUENCE>1\n{name}<TEXT>\n{text}\n</TEXT>\n"
            "</DOCUMENT>\n</SEC-DOCUMENT>\n").encode()


def _signers(text: str, html: bool = False) -> list[dict[str, Any]]:
    return parse(_ten_k(text, html), "d10k.htm" if html else "d10k.txt")["signatures"]


def test_unsigned_director_rows_of_a_signed_table_are_signers() -> None:
    signers = _signers(_HEAD + _ROWS)
    assert [(s["name"], s["title"]) for s in signers] == [
        ("Ladd M. Seaberg", "President and Chief Executive Officer"),
        ("Ladd M. Seaberg", "President, Chief Executive Officer and Director"),
        ("Robert G. Booe", "Vice President and Chief Financial Officer"),
        ("John P. White", "Director"),
        ("Michael Braude", "Director"),
    ]
    assert signers[-1] == {"registrant": "MIDWEST GRAIN PRODUCTS, INC.",
                           "name": "Michael Braude", "title": "Director",
                           "date": "1999-03-18"}


def test_unsigned_names_alone_in_capitals_are_signers() -> None:
    # no rule signed on and no name typed again: the name in the signature column only
    rows = """/s/ Ladd M. Seaberg                President and Director          March 18, 1999
Ladd M. Seaberg

JOHN P. WHITE                      Director                        March 18, 1999

RANDALL M. SCHRICK                 Director                        March 19, 1999
"""
    signers = _signers(_HEAD + rows)
    assert [(s["name"], s["title"], s["date"]) for s in signers[1:]] == [
        ("Ladd M. Seaberg", "President and Director", "1999-03-18"),
        ("JOHN P. WHITE", "Director", "1999-03-18"),
        ("RANDALL M. SCHRICK", "Director", "1999-03-19"),
    ]


_HTML = """<html><body>
<p align="center">PART IV</p>
<p>ITEM 15. EXHIBITS AND FINANCIAL STATEMENT SCHEDULES</p>
<p>(a) The financial statements are listed in the index on page F-1.</p>
<p align="center"><b>SIGNATURES</b></p>
<p>Pursuant to the requirements of the Securities Exchange Act of 1934, this report has been
signed below by the following persons on behalf of the registrant and in the capacities and on
the dates indicated.</p>
<table>
<tr><td><b>Signature</b></td><td></td><td><b>Title</b></td><td></td><td><b>Date</b></td></tr>
<tr><td>/s/ Ladd M. Seaberg</td><td></td><td>President and Director</td><td></td>
<td>March 15, 2005</td></tr>
<tr><td>Ladd M. Seaberg</td><td></td><td></td><td></td><td></td></tr>
<tr><td>John P. White</td><td></td><td>Director</td><td></td><td>March 15, 2005</td></tr>
<tr><td>Cloud L. Cray, Jr.</td><td></td><td>Director</td><td></td><td>March 15, 2005</td></tr>
</table>
</body></html>"""


def test_html_unsigned_rows_are_signers_not_the_title_above() -> None:
    signers = _signers(_HTML, html=True)
    assert [(s["name"], s["title"], s["date"]) for s in signers] == [
        ("Ladd M. Seaberg", "President and Director", "2005-03-15"),
        ("John P. White", "Director", "2005-03-15"),
        ("Cloud L. Cray, Jr.", "Director", "2005-03-15"),
    ]


_SIGNED = """/s/ Ladd M. Seaberg                President and Director          March 18, 1999
- ----------------------------      (Principal Executive Officer)
Ladd M. Seaberg
"""


def test_name_typed_with_an_initial_or_particle_is_no_second_signer() -> None:
    # the typed name adds a middle initial (and keeps "de" in lower case), with the date
    rows = _SIGNED + """
/s/ Pierre de Weck                 Vice President and Chief        March 18, 1999
- ----------------------------      Financial Officer
Pierre J. de Weck                  (Principal Financial Officer)   March 18, 1999

/s/ Ann Smith                      Director                        March 18, 1999
- ----------------------------
Ann Smith Brown                                                    March 18, 1999
"""
    signers = _signers(_HEAD + rows)
    assert [(s["name"], s["title"], s["date"]) for s in signers[2:]] == [
        ("Pierre J. de Weck",
         "Vice President and Chief Financial Officer (Principal Financial Officer)",
         "1999-03-18"),
        ("Ann Smith Brown", "Director", "1999-03-18"),
    ]


def test_name_typed_over_its_signature_with_a_wrapped_title() -> None:
    rows = _SIGNED + """
ROBERT G. BOOE                     Vice President and Chief        March 18, 1999
                                   Financial Officer
- ----------------------------
/s/ Robert G. Booe

JOHN P. WHITE                      Director                        March 19, 1999
"""
    signers = _signers(_HEAD + rows)
    assert [(s["name"], s["title"], s["date"]) for s in signers[2:]] == [
        ("Robert G. Booe", "Vice President and Chief Financial Officer", "1999-03-18"),
        ("JOHN P. WHITE", "Director", "1999-03-19"),
    ]


def test_rows_naming_no_person_beside_an_office_are_no_signers() -> None:
    rows = _SIGNED + """
Acme Funding                       Co-Registrant                   March 18, 1999

Conformed Signature                Director                        March 18, 1999

Robert Booe  served as director until  March 18, 1999.

John White                         Jane Black                      March 18, 1999

MICHAEL BRAUDE                     Director                        March 18, 1999
"""
    signers = _signers(_HEAD + rows)
    assert [(s["name"], s["title"]) for s in signers[2:]] == [("MICHAEL BRAUDE", "Director")]


def test_name_typed_again_after_a_blank_line_and_rule_is_no_signer() -> None:
    rows = """/s/ Ladd M. Seaberg                President and Director          March 18, 1999
Ladd M. Seaberg

- ----------------------------
Ladd M. Seaberg                    (Principal Executive Officer)   March 18, 1999

/s/ Robert G. Booe                 Vice President and Chief        March 18, 1999
- ----------------------------      Financial Officer
Robert G. Booe
"""
    signers = _signers(_HEAD + rows)
    assert [(s["name"], s["title"]) for s in signers[1:]] == [
        ("Ladd M. Seaberg", "President and Director"),
        ("Robert G. Booe", "Vice President and Chief Financial Officer"),
    ]
