"""Signature blocks of round 28: titles broken at a slash or hyphen (8-K text, 1996-2004) and a
10-K's signature table typed with single spaces (name, title and date run together)."""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from support import submission

_REPORT = """                      SECURITIES AND EXCHANGE COMMISSION
                            WASHINGTON, D.C. 20549

                                   FORM 8-K

                                CURRENT REPORT
                    Pursuant to Section 13 or 15(d) of the
                        Securities Exchange Act of 1934

       Date of Report (Date of earliest event reported): December 30, 2003

                           MIDWEST GRAIN PRODUCTS, INC.
            (Exact name of registrant as specified in its charter)

ITEM 5.  OTHER EVENTS.

     On December 30, 2003, the Registrant completed the sale of its Pekin, Illinois
distillery to a group of private investors.

                                  SIGNATURES

     Pursuant to the requirements of the Securities Exchange Act of 1934, the
registrant has duly caused this report to be signed on its behalf by the
undersigned hereunto duly authorized.

                                   MIDWEST GRAIN PRODUCTS, INC.

January 5, 2004                    By: /s/ Robert T. Brown
                                       ---------------------------
                                       Robert T. Brown
                                       {title}
"""


def _signers(text: str) -> list[dict[str, Any]]:
    return parse(submission(text, accession="0000950134-04-000123", filed="20040105"),
                 "x.txt")["signatures"]


def test_title_broken_after_a_slash_joins_with_no_space() -> None:
    text = _REPORT.format(title="Vice President/\n" + " " * 39 + "Chief Financial Officer")
    assert _signers(text) == [{
        "registrant": "MIDWEST GRAIN PRODUCTS, INC.", "name": "Robert T. Brown",
        "title": "Vice President/Chief Financial Officer", "date": "2004-01-05"}]


def test_title_broken_after_a_hyphen_joins_with_no_space() -> None:
    text = _REPORT.format(title="Executive Vice President-\n" + " " * 39
                          + "Finance and Administration")
    (signer,) = _signers(text)
    assert signer["title"] == "Executive Vice President-Finance and Administration"
    # a spaced dash at the line's end ("Vice President -" / "Finance") keeps its spaces
    text = _REPORT.format(title="Senior Vice President -\n" + " " * 39 + "Finance")
    (signer,) = _signers(text)
    assert signer["title"] == "Senior Vice President - Finance"


_TEN_K = """<SEC-DOCUMENT>0001013762-08-000811.txt : 20080328
<SEC-HEADER>0001013762-08-000811.hdr.sgml : 20080328
ACCESSION NUMBER:\t\t0001013762-08-000811
CONFORMED SUBMISSION TYPE:\t10-K
PUBLIC DOCUMENT COUNT:\t\t1
CONFORMED PERIOD OF REPORT:\t20071231
FILED AS OF DATE:\t\t20080328
</SEC-HEADER>
<DOCUMENT>
<TYPE>10-K
<SEQUENCE>1
<TEXT>
SECURITIES AND EXCHANGE COMMISSION
Washington, D.C. 20549

FORM 10-K

ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934

For the fiscal year ended December 31, 2007

PACIFIC GOLD CORP.
(Exact name of registrant as specified in its charter)

PART I

ITEM 1. BUSINESS

Pacific Gold Corp. explores for placer gold in Nevada and Oregon.

PART IV

ITEM 15. EXHIBITS, FINANCIAL STATEMENT SCHEDULES

(a) The following documents are filed as part of this report.

SIGNATURES

Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, the
registrant has duly caused this report to be signed on its behalf by the undersigned, thereunto
duly authorized.

PACIFIC GOLD CORP.

By: /s/ Robert Landau
Robert Landau
Chief Executive Officer
Date: March 27, 2008

Pursuant to the requirements of the Securities Exchange Act of 1934, this report has been
signed below by the following persons on behalf of the registrant and in the capacities and on
the dates indicated.

Signature Title Date

/s/ Robert Landau Chief Executive Officer and Director (Principal Executive Officer) March 27, 2008
Robert Landau

/s/ Mitchell Geisler President, Chief Operating Officer and Director March 28, 2008
Mitchell Geisler

/s/ Ronald L. Tingle Chief Financial Officer (Principal Financial Officer) March 27, 2008
Ronald L. Tingle
</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>
"""


def test_table_typed_with_single_spaces_parts_name_title_and_date() -> None:
    signers = parse(_TEN_K.encode(), "k.txt")["signatures"]
    assert [(s["name"], s["title"], s["date"]) for s in signers] == [
        ("Robert Landau", "Chief Executive Officer", "2008-03-27"),
        ("Robert Landau", "Chief Executive Officer and Director (Principal Executive Officer)",
         "2008-03-27"),
        ("Mitchell Geisler", "President, Chief Operating Officer and Director", "2008-03-28"),
        ("Ronald L. Tingle", "Chief Financial Officer (Principal Financial Officer)",
         "2008-03-27"),
    ]
    assert {s["registrant"] for s in signers} == {"PACIFIC GOLD CORP."}
