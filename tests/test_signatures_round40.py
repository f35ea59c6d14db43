"""Signature blocks of round 40: the "Pursuant to the requirements of the Securities ..."
sentence over a 10-K's table of directors that dates them all ("... in the capacities
indicated on March 2, 2015.") dates the signers under it that print no date of their own,
though the officer above signed for the registrant on another day."""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from support import filer_submission


def _signers(text: str, form: str = "10-K", html: bool = False) -> list[tuple[Any, ...]]:
    data = filer_submission(text, form, ("HERON BAY BANCORP INC",),
                            accession="0001104659-15-017345", filed="20150303",
                            period="20141231", cik_stem="000107345", html=html)
    return [(s["registrant"], s["name"], s["title"], s["date"])
            for s in parse(data, "d.txt")["signatures"]]


def test_sentence_dates_the_table_under_it() -> None:
    text = """                                  SIGNATURES

     Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act
of 1934, the registrant has duly caused this report to be signed on its behalf by the
undersigned, thereunto duly authorized.

                                        HERON BAY BANCORP, INC.

Date: February 27, 2015                 By: /s/ Walter S. Pruitt
                                            ------------------------------
                                            Walter S. Pruitt
                                            President and Chief Executive Officer

     Pursuant to the requirements of the Securities Exchange Act of 1934, this report has
been signed below by the following persons on behalf of the registrant and in the
capacities indicated on March 2, 2015.

          Signature                              Title
          ---------                              -----

/s/ Walter S. Pruitt                     President, Chief Executive Officer
-------------------------------          and Director (Principal Executive Officer)
Walter S. Pruitt

/s/ Karen L. Whitfield                   Senior Vice President and Chief
-------------------------------          Financial Officer (Principal Financial
Karen L. Whitfield                       and Accounting Officer)

/s/ Donald R. Haskell                    Director
-------------------------------
Donald R. Haskell
"""
    assert _signers(text) == [
        ("HERON BAY BANCORP, INC.", "Walter S. Pruitt", "President and Chief Executive Officer",
         "2015-02-27"),
        ("HERON BAY BANCORP, INC.", "Walter S. Pruitt",
         "President, Chief Executive Officer and Director (Principal Executive Officer)",
         "2015-03-02"),
        ("HERON BAY BANCORP, INC.", "Karen L. Whitfield",
         "Senior Vice President and Chief Financial Officer (Principal Financial and "
         "Accounting Officer)", "2015-03-02"),
        ("HERON BAY BANCORP, INC.", "Donald R. Haskell", "Director", "2015-03-02")]


def _row(*cells: str) -> str:
    return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


def test_html_sentence_dates_the_rows_without_a_date_cell() -> None:
    # the date column of a row that prints one still wins over the sentence's
    text = (
        "<p align=center><b>SIGNATURES</b></p><p>Pursuant to the requirements of Section 13 "
        "or 15(d) of the Securities Exchange Act of 1934, the registrant has duly caused this "
        "report to be signed on its behalf by the undersigned, thereunto duly authorized.</p>"
        "<table>" + _row("", "HERON BAY BANCORP, INC.")
        + _row("Date: February 27, 2015", "By: /s/ Walter S. Pruitt")
        + _row("", "Walter S. Pruitt") + _row("", "President and Chief Executive Officer")
        + "</table><p>Pursuant to the requirements of the Securities Exchange Act of 1934, "
        "this report has been signed below by the following persons on behalf of the "
        "registrant and in the capacities indicated on March 2, 2015.</p><table>"
        + _row("<b>Signature</b>", "<b>Title</b>", "<b>Date</b>")
        + _row("/s/ Walter S. Pruitt", "President, Chief Executive Officer and Director", "")
        + _row("Walter S. Pruitt", "", "")
        + _row("/s/ Donald R. Haskell", "Director", "March 4, 2015")
        + _row("Donald R. Haskell", "", "") + "</table>")
    assert _signers(text, html=True) == [
        ("HERON BAY BANCORP, INC.", "Walter S. Pruitt", "President and Chief Executive Officer",
         "2015-02-27"),
        ("HERON BAY BANCORP, INC.", "Walter S. Pruitt",
         "President, Chief Executive Officer and Director", "2015-03-02"),
        ("HERON BAY BANCORP, INC.", "Donald R. Haskell", "Director", "2015-03-04")]


def test_report_period_in_the_sentence_dates_nobody() -> None:
    # "... for the fiscal year ended December 31, 2014" is the report's date, not a signing
    text = """                                  SIGNATURES

     Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act
of 1934, the registrant has duly caused this report to be signed on its behalf by the
undersigned, thereunto duly authorized.

                                        HERON BAY BANCORP, INC.

Date: February 27, 2015                 By: /s/ Walter S. Pruitt
                                            Walter S. Pruitt
                                            President and Chief Executive Officer

     Pursuant to the requirements of the Securities Exchange Act of 1934, this report on
Form 10-K for the fiscal year ended December 31, 2014 has been signed below by the
following persons on behalf of the registrant and in the capacities indicated on
March 2, 2015.

/s/ Donald R. Haskell                    Director
-------------------------------
Donald R. Haskell
"""
    assert [s[3] for s in _signers(text)] == ["2015-02-27", "2015-03-02"]


def test_plan_sentence_dates_the_plan_signer() -> None:
    # an S-8 signed for its plan after the registrant's table: "The Plan. Pursuant to ..."
    text = """                                  SIGNATURES

     Pursuant to the requirements of the Securities Act of 1933, the registrant certifies
that it has reasonable grounds to believe that it meets all of the requirements for filing
on Form S-8 and has duly caused this registration statement to be signed on its behalf by
the undersigned, thereunto duly authorized, in the City of Omaha, State of Nebraska, on
March 3, 2015.

                                        HERON BAY BANCORP, INC.

                                        By: /s/ Walter S. Pruitt
                                            Walter S. Pruitt
                                            President and Chief Executive Officer

     Pursuant to the requirements of the Securities Act of 1933, this registration
statement has been signed by the following persons in the capacities and on the date
indicated.

          Signature                          Title                         Date
          ---------                          -----                         ----

/s/ Walter S. Pruitt               President and Director            March 3, 2015
---------------------------
Walter S. Pruitt

     The Plan. Pursuant to the requirements of the Securities Act of 1933, the
administrator of the plan has duly caused this registration statement to be signed on
its behalf by the undersigned, thereunto duly authorized, in the City of Omaha, State of
Nebraska, on March 5, 2015.

                                        HERON BAY BANCORP, INC. 401(k) SAVINGS PLAN

                                        By: /s/ Karen L. Whitfield
                                            Karen L. Whitfield
                                            Plan Administrator
"""
    assert _signers(text, form="S-8") == [
        ("HERON BAY BANCORP, INC.", "Walter S. Pruitt", "President and Chief Executive Officer",
         "2015-03-03"),
        ("HERON BAY BANCORP, INC.", "Walter S. Pruitt", "President and Director", "2015-03-03"),
        ("HERON BAY BANCORP, INC. 401(k) SAVINGS PLAN", "Karen L. Whitfield",
         "Plan Administrator", "2015-03-05")]


_OFFICER = """                                  SIGNATURES

     Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act
of 1934, the registrant has duly caused this report to be signed on its behalf by the
undersigned, thereunto duly authorized, on March 2, 2015.

                                        HERON BAY BANCORP, INC.

                                        By: /s/ Walter S. Pruitt
                                            Walter S. Pruitt
                                            President and Chief Executive Officer

"""
_DIRECTORS = """
/s/ Walter S. Pruitt                     President, Chief Executive Officer
-------------------------------          and Director
Walter S. Pruitt

/s/ Donald R. Haskell                    Director
-------------------------------
Donald R. Haskell
"""


def test_period_and_document_dates_in_the_sentence_date_nobody() -> None:
    # a period's ends, an amended report's filing and the powers of attorney are no signing
    # dates: the block's date (March 2, 2015) stays
    sentences = [
        """     Pursuant to the requirements of the Securities Exchange Act of 1934, this report for
the period from March 3, 2014 (inception) through December 31, 2014 has been signed below
by the following persons on behalf of the registrant and in the capacities indicated.
""",
        """     Pursuant to the requirements of the Securities Exchange Act of 1934, this report for
the transition period from July 1, 2014 to December 31, 2014 has been signed below by the
following persons on behalf of the registrant and in the capacities indicated.
""",
        """     Pursuant to the requirements of the Securities Exchange Act of 1934, this Amendment
No. 1 to the report, originally filed on February 27, 2015, has been signed below by the
following persons on behalf of the registrant and in the capacities indicated.
""",
        """     Pursuant to the requirements of the Securities Exchange Act of 1934, this report has
been signed below by the following persons on behalf of the registrant and in the
capacities indicated, pursuant to powers of attorney dated February 1, 2015.
""",
        """     Pursuant to the requirements of the Securities Exchange Act of 1934, this report,
which covers the period through December 31, 2014, has been signed below by the following
persons on behalf of the registrant and in the capacities and on the dates indicated.
"""]
    for sentence in sentences:
        assert [s[3] for s in _signers(_OFFICER + sentence + _DIRECTORS)] == ["2015-03-02"] * 3


def test_signing_date_in_the_capacities_indicated_still_dates_the_table() -> None:
    sentence = """     Pursuant to the requirements of the Securities Exchange Act of 1934,
this report has been signed below by the following persons on behalf of the registrant and in the
capacities indicated as of March 25, 2015.
"""
    assert [s[3] for s in _signers(_OFFICER + sentence + _DIRECTORS)] == [
        "2015-03-02", "2015-03-25", "2015-03-25"]


def test_sentence_without_a_stop_ends_at_the_first_signature() -> None:
    # the date under Pruitt's name is his, not the sentence's: Moss signs undated
    text = _OFFICER + """     Pursuant to the requirements of the Securities Exchange Act of
1934, this report has been signed below by the following persons on behalf of the
registrant and in the capacities and on the dates indicated
/s/ Walter S. Pruitt
Walter S. Pruitt, Director
March 4, 2015
/s/ Ellen Moss
Ellen Moss, Director
"""
    dates = {s[1]: s[3] for s in _signers(text)[1:]}
    assert dates == {"Walter S. Pruitt": "2015-03-04", "Ellen Moss": "2015-03-02"}
