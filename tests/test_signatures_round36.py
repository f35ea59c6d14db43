"""Signature blocks of round 36: a 1990s table of signers grouped by a brace typed down a
column of ")", one title or date beside the group given to each signer in it."""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse

_ACCESSION = "0000950109-96-001842"


def _filing(text: str, form: str = "10-K") -> bytes:
    header = (f"<SEC-DOCUMENT>{_ACCESSION}.txt : 19960327\n"
              f"<SEC-HEADER>{_ACCESSION}.hdr.sgml : 19960327\n"
              f"ACCESSION NUMBER:\t\t{_ACCESSION}\nCONFORMED SUBMISSION TYPE:\t{form}\n"
              "PUBLIC DOCUMENT COUNT:\t\t1\nCONFORMED PERIOD OF REPORT:\t19951231\n"
              "FILED AS OF DATE:\t\t19960327\nFILER:\n\n\tCOMPANY DATA:\t\n"
              "\t\tCOMPANY CONFORMED NAME:\t\t\tHARCOURT FOODS INC\n"
              "\t\tCENTRAL INDEX KEY:\t\t\t0000812345\n\n</SEC-HEADER>\n")
    return (header + f"<DOCUMENT>\n<TYPE>{form}\n<SEQUENCE>1\n<TEXT>\n{text}\n</TEXT>\n"
            "</DOCUMENT>\n</SEC-DOCUMENT>\n").encode()


def _signers(text: str) -> list[tuple[Any, ...]]:
    return [(s["registrant"], s["name"], s["title"], s["date"])
            for s in parse(_filing(text), "d.txt")["signatures"]]


_TOP = """                      SECURITIES AND EXCHANGE COMMISSION
                            Washington, D.C. 20549

                                   FORM 10-K

               ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE
                        SECURITIES EXCHANGE ACT OF 1934

                  For the fiscal year ended December 31, 1995

                         Commission file number 1-9876

                             HARCOURT FOODS, INC.
            (Exact name of registrant as specified in its charter)

Item 14.  Exhibits, Financial Statement Schedules and Reports on Form 8-K.

     (a) The exhibits listed in the accompanying index are filed as part of this
report.

                                  SIGNATURES

     Pursuant to the requirements of Section 13 or 15(d) of the Securities
Exchange Act of 1934, the registrant has duly caused this report to be signed
on its behalf by the undersigned, thereunto duly authorized.

                                        HARCOURT FOODS, INC.

Dated: March 25, 1996                   By: /s/ WALTER J. KIRBY
                                            ---------------------------------
                                            Walter J. Kirby
                                            Chairman of the Board

     Pursuant to the requirements of the Securities Exchange Act of 1934, this
report has been signed below by the following persons on behalf of the
registrant and in the capacities and on the dates indicated.

"""

_MAJORITY = _TOP + """\
/s/ WALTER J. KIRBY                Chairman of the Board,          March 25, 1996
- -----------------------------    President and Chief
Walter J. Kirby                    Executive Officer

/s/ ELAINE M. FOSTER               Vice President-Finance          March 25, 1996
- -----------------------------    (Principal Financial and
Elaine M. Foster                   Accounting Officer)

/s/ DONALD R. PIERCE           )
- -----------------------------  )
Donald R. Pierce               )
                               )
/s/ MARGARET A. WHITMAN        )  A Majority of the            March 25, 1996
- -----------------------------  )  Board of Directors
Margaret A. Whitman            )
                               )
/s/ THOMAS H. OAKLEY           )
- -----------------------------  )
Thomas H. Oakley               )
"""

_DATE_BRACED = _TOP + """         SIGNATURE                         TITLE                       DATE
         ---------                         -----                       ----

/s/ WALTER J. KIRBY               Chairman of the Board,          )
- -----------------------------   President and Chief Executive   )
Walter J. Kirby                   Officer and Director            )
                                  (Principal Executive Officer)   )
                                                                  )
/s/ ELAINE M. FOSTER              Vice President-Finance          )
- -----------------------------   (Principal Financial and        )  March 25, 1996
Elaine M. Foster                  Accounting Officer)             )
                                                                  )
/s/ DONALD R. PIERCE              Director                        )
- -----------------------------                                   )
Donald R. Pierce                                                  )
"""


def test_a_brace_gives_its_title_and_date_to_each_signer_of_the_group() -> None:
    # three directors braced to "A Majority of the Board of Directors" and one date, printed
    # beside the middle one: each of the three signs with them (the braces no title's words)
    found = _signers(_MAJORITY)
    assert found[-3:] == [
        ("HARCOURT FOODS, INC.", "Donald R. Pierce", "A Majority of the Board of Directors",
         "1996-03-25"),
        ("HARCOURT FOODS, INC.", "Margaret A. Whitman", "A Majority of the Board of Directors",
         "1996-03-25"),
        ("HARCOURT FOODS, INC.", "Thomas H. Oakley", "A Majority of the Board of Directors",
         "1996-03-25"),
    ]
    assert len(found) == 6


def test_a_date_braced_beside_titles_of_their_own() -> None:
    # each signer's title in its own column, one date braced beside them all: no ")" in the
    # titles
    assert _signers(_DATE_BRACED)[1:] == [
        ("HARCOURT FOODS, INC.", "Walter J. Kirby", "Chairman of the Board, President and "
         "Chief Executive Officer and Director (Principal Executive Officer)", "1996-03-25"),
        ("HARCOURT FOODS, INC.", "Elaine M. Foster",
         "Vice President-Finance (Principal Financial and Accounting Officer)", "1996-03-25"),
        ("HARCOURT FOODS, INC.", "Donald R. Pierce", "Director", "1996-03-25"),
    ]


_HTML = """<html><body>
<p align="center">SECURITIES AND EXCHANGE COMMISSION</p>
<p align="center">FORM 10-K</p>
<p align="center">For the fiscal year ended December 31, 2002</p>
<p align="center"><b>HARCOURT FOODS, INC.</b><br>(Exact name of registrant as specified in its
charter)</p>
<p>Item 15. Exhibits, Financial Statement Schedules and Reports on Form 8-K.</p>
<p>(a) The exhibits listed in the accompanying index are filed as part of this report.</p>
<p align="center"><b>SIGNATURES</b></p>
<p>Pursuant to the requirements of the Securities Exchange Act of 1934, this report has been
signed below by the following persons on behalf of the registrant and in the capacities and on
the dates indicated.</p>
<table width="100%">
<tr><td>/s/ Walter J. Kirby</td><td></td><td>Chairman of the Board and Chief Executive
Officer</td><td>March 21, 2003</td></tr>
<tr><td>Walter J. Kirby</td><td></td><td></td><td></td></tr>
<tr><td>/s/ Donald R. Pierce</td><td>)</td><td></td><td></td></tr>
<tr><td>Donald R. Pierce</td><td>)</td><td></td><td></td></tr>
<tr><td>/s/ Margaret A. Whitman</td><td>)</td><td>Directors</td><td>March 21, 2003</td></tr>
<tr><td>Margaret A. Whitman</td><td>)</td><td></td><td></td></tr>
<tr><td>/s/ Thomas H. Oakley</td><td>)</td><td></td><td></td></tr>
<tr><td>Thomas H. Oakley</td><td>)</td><td></td><td></td></tr>
</table>
</body></html>"""


def test_a_brace_down_an_html_column_of_cells() -> None:
    # the ")" typed in a cell of its own on each row of the group
    found = parse(_HTML.encode(), "d10k.htm")["signatures"]
    assert [(s["name"], s["title"], s["date"]) for s in found] == [
        ("Walter J. Kirby", "Chairman of the Board and Chief Executive Officer", "2003-03-21"),
        ("Donald R. Pierce", "Directors", "2003-03-21"),
        ("Margaret A. Whitman", "Directors", "2003-03-21"),
        ("Thomas H. Oakley", "Directors", "2003-03-21"),
    ]


_QUARTER = """                      SECURITIES AND EXCHANGE COMMISSION
                            Washington, D.C. 20549

                                   FORM 10-Q

              QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE
                        SECURITIES EXCHANGE ACT OF 1934

                  For the quarterly period ended June 30, 1997

                             HARCOURT FOODS, INC.
            (Exact name of registrant as specified in its charter)

PART II.  OTHER INFORMATION

Item 6.  Exhibits and Reports on Form 8-K.

     (a) Exhibit 27 - Financial Data Schedule

                                  SIGNATURES

     Pursuant to the requirements of the Securities Exchange Act of 1934, the
registrant has duly caused this report to be signed on its behalf by the
undersigned thereunto duly authorized.

                                        HARCOURT FOODS, INC.
                                        (Registrant)

Date: August 12, 1997                   /s/ Walter J. Kirby
                                        ---------------------------------
                                        Walter J. Kirby
                                        (Chief Executive Officer)

Date: August 12, 1997                   /s/ Elaine M. Foster
                                        ---------------------------------
                                        Elaine M. Foster
                                        (Principal Financial and Accounting
                                        Officer)
"""


def test_a_title_typed_whole_in_brackets_is_the_office() -> None:
    # the only title under the name, in one pair of brackets: the office without them
    assert _signers(_QUARTER) == [
        ("HARCOURT FOODS, INC.", "Walter J. Kirby", "Chief Executive Officer", "1997-08-12"),
        ("HARCOURT FOODS, INC.", "Elaine M. Foster", "Principal Financial and Accounting Officer",
         "1997-08-12"),
    ]


_PLAN = """                      SECURITIES AND EXCHANGE COMMISSION
                            Washington, D.C. 20549

                                   FORM 11-K

   ANNUAL REPORT PURSUANT TO SECTION 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934

                  For the fiscal year ended December 31, 2003

                         Commission file number 1-9876

         A. Full title of the plan:

                   HARCOURT FOODS, INC. 401(k) SAVINGS PLAN

         B. Name of issuer of the securities held pursuant to the plan and the
            address of its principal executive office:

                             HARCOURT FOODS, INC.
                   2200 Grand Avenue, Des Moines, Iowa 50312

Item 4.  Financial Statements and Schedules.

     The financial statements of the Plan are filed herewith.

                                  SIGNATURES

     The Plan.  Pursuant to the requirements of the Securities Exchange Act of
1934, the trustees (or other persons who administer the employee benefit plan)
have duly caused this annual report to be signed on their behalf by the
undersigned hereunto duly authorized.

                                        HARCOURT FOODS, INC.
                                        401(k) SAVINGS PLAN

Date: June 25, 2004                     By: /s/ Elaine M. Foster
                                            ---------------------------------
                                            Elaine M. Foster
                                            Chair, Benefits Committee
"""


def test_an_employee_plan_signs_its_11k() -> None:
    # the plan's name, its sponsor's on the line above, signs: read whole, "401(k)" and all
    assert _signers(_PLAN) == [
        ("HARCOURT FOODS, INC. 401(k) SAVINGS PLAN", "Elaine M. Foster",
         "Chair, Benefits Committee", "2004-06-25"),
    ]
    # (on one line, in mixed case)
    one = _PLAN.replace("HARCOURT FOODS, INC.\n" + " " * 40 + "401(k) SAVINGS PLAN",
                        "Harcourt Foods, Inc. Employee Stock Purchase Plan")
    assert _signers(one)[0][0] == "Harcourt Foods, Inc. Employee Stock Purchase Plan"


_OWN_TITLES = _TOP + """\
       /s/ WALTER J. KIRBY         )
    ------------------------       )   Chairman of the Board
         Walter J. Kirby           )
                                   )
       /s/ ELAINE M. FOSTER        )
    ------------------------       )   Director            March 25, 1996
         Elaine M. Foster          )
                                   )
       /s/ DONALD R. PIERCE        )
    ------------------------       )   Treasurer
         Donald R. Pierce          )
"""


def test_a_long_brace_beside_titles_of_each_signer_shares_no_title() -> None:
    # one brace down the whole table, each signer's own title beside his rows (three runs of
    # text for three signers): each keeps his own, the braces dropped
    assert [s[1:3] for s in _signers(_OWN_TITLES)[1:]] == [
        ("Walter J. Kirby", "Chairman of the Board"),
        ("Elaine M. Foster", "Director"),
        ("Donald R. Pierce", "Treasurer"),
    ]


_BRACED_TITLES = _TOP + """\
/s/ Walter J. Kirby           )   Chairman of the Board   )
Walter J. Kirby               )   and Director            )
/s/ Elaine M. Foster          )   Vice President-Finance  )   March 25, 1996
Elaine M. Foster              )                           )
/s/ Donald R. Pierce          )   Director                )
Donald R. Pierce              )                           )
"""


def test_braces_between_each_name_and_its_own_title() -> None:
    # a brace between the names and their titles, another between the titles and the date:
    # each signer's rows hold a title of his own (one run of rows, but one per signer)
    assert [s[1:4] for s in _signers(_BRACED_TITLES)[1:]] == [
        ("Walter J. Kirby", "Chairman of the Board and Director", "1996-03-25"),
        ("Elaine M. Foster", "Vice President-Finance", "1996-03-25"),
        ("Donald R. Pierce", "Director", "1996-03-25"),
    ]


_ATTORNEY = _TOP + """\
WALTER J. KIRBY*                         )
DONALD R. PIERCE*                        )     Directors
THOMAS H. OAKLEY*                        )
                                         )
*By: /s/ Elaine M. Foster                )     March 25, 1996
     Elaine M. Foster, Attorney-in-Fact  )
"""


def test_the_attorney_in_fact_in_a_brace_takes_no_group_title() -> None:
    # "*By: /s/ ..." braced with the directors she signs for: they are the "Directors", she
    # the attorney-in-fact
    found = _signers(_ATTORNEY)[1:]
    assert [s[1:3] for s in found] == [
        ("WALTER J. KIRBY", "Directors"),
        ("DONALD R. PIERCE", "Directors"),
        ("THOMAS H. OAKLEY", "Directors"),
        ("Elaine M. Foster", "Attorney-in-Fact"),
    ]
