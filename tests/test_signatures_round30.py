"""Signature blocks of round 30: a 10-K's table of directors running past the block's first
MAX_LINES lines is read to its end, and in rendered HTML a title's lone last line goes to the
side-by-side signer whose title it finishes."""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from filing2json.parsers.sections.signature_block import MAX_LINES
from filing2json.parsers.text import html_to_text

_ACCESSION = "0000950123-98-002468"

_TEN_K = """                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                                   FORM 10-K

               ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE
                        SECURITIES EXCHANGE ACT OF 1934

                  For the fiscal year ended December 31, 1997

                         Commission file number 1-8962

                        CONSOLIDATED NATURAL GAS COMPANY
             (Exact name of registrant as specified in its charter)

                                     PART I

ITEM 1.  BUSINESS

     The Company is a public utility holding company.

                                    PART IV

ITEM 14.  EXHIBITS, FINANCIAL STATEMENT SCHEDULES, AND REPORTS ON FORM 8-K

     (a) The financial statements are listed in the index on page F-1.

                                   SIGNATURES

     Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange
Act of 1934, the registrant has duly caused this report to be signed on its behalf
by the undersigned, thereunto duly authorized.

                                        CONSOLIDATED NATURAL GAS COMPANY

Date:  March 18, 1998                   By: /s/ George A. Davidson, Jr.
                                            -------------------------------
                                            George A. Davidson, Jr.
                                            Chairman of the Board and
                                            Chief Executive Officer

                               POWER OF ATTORNEY

     KNOW ALL PERSONS BY THESE PRESENTS, that each person whose signature appears
below constitutes and appoints Stephen E. Williams and Laura J. McKeown, and each
of them, his or her true and lawful attorneys-in-fact and agents, with full power
of substitution and resubstitution, for him or her and in his or her name, place
and stead, in any and all capacities, to sign any and all amendments to this
Annual Report on Form 10-K, and to file the same, with all exhibits thereto, and
other documents in connection therewith, with the Securities and Exchange
Commission, granting unto said attorneys-in-fact and agents, and each of them,
full power and authority to do and perform each and every act and thing requisite
and necessary to be done in and about the premises, as fully to all intents and
purposes as he or she might or could do in person, hereby ratifying and confirming
all that said attorneys-in-fact and agents, or any of them, or their substitute
or substitutes, may lawfully do or cause to be done by virtue hereof.

     Pursuant to the requirements of the Securities Exchange Act of 1934, this
report has been signed below by the following persons on behalf of the registrant
and in the capacities and on the dates indicated.

         Signature                           Title                          Date
         ---------                           -----                          ----

/s/ George A. Davidson, Jr.       Chairman of the Board, Chief          March 18, 1998
- ----------------------------     Executive Officer and Director
George A. Davidson, Jr.           (Principal Executive Officer)


/s/ David M. Westfall             Senior Vice President and Chief       March 18, 1998
- ----------------------------     Financial Officer (Principal
David M. Westfall                 Financial Officer)


/s/ Stephen R. McGreevy           Vice President and Controller         March 18, 1998
- ----------------------------     (Principal Accounting Officer)
Stephen R. McGreevy

{directors}
                                 EXHIBIT INDEX

Exhibit
Number     Description
- -------    -----------
3.1        Restated Certificate of Incorporation, as amended.
10.1       Employment Agreement with /s/ George A. Davidson, Jr.
"""

_DIRECTORS = [
    "Paul E. Lego", "Margaret A. McKenna", "Richard P. Simmons", "William S. Barrack, Jr.",
    "J. W. Connolly", "Raymond E. Galvin", "Steven A. Minter", "Robert J. Schoenberger",
    "Ralph E. Ball", "David E. Wise", "Robert L. Johnson", "Stephen E. Williams",
    "Anne M. Jones", "Thomas F. Sweeney", "Carolyn R. Whitfield", "Michael C. Garrity",
    "Donald R. Craig", "Frances K. Doyle", "Harold W. Ruppert", "Walter L. Harris",
    "Gloria J. Bennett", "Samuel H. Iapalucci", "Kenneth R. Burke", "Edward J. Hornbeck",
]


def _ten_k(text: str) -> bytes:
    header = (f"<SEC-DOCUMENT>{_ACCESSION}.txt : 19980320\n"
              f"<SEC-HEADER>{_ACCESSION}.hdr.sgml : 19980320\n"
              f"ACCESSION NUMBER:\t\t{_ACCESSION}\nCONFORMED SUBMISSION TYPE:\t10-K\n"
              "PUBLIC DOCUMENT COUNT:\t\t1\nCONFORMED PERIOD OF REPORT:\t19971231\n"
              "FILED AS OF DATE:\t\t19980320\n</SEC-HEADER>\n")
    return (header + f"<DOCUMENT>\n<TYPE>10-K\n<SEQUENCE>1\n<TEXT>\n{text}\n</TEXT>\n"
            "</DOCUMENT>\n</SEC-DOCUMENT>\n").encode()


def _director_rows(names: list[str]) -> str:
    """Each director's row of the table: "/s/ Name   Director   Date", the rule signed on,
    the name typed under it, and two blank lines; the page breaks after the tenth, and the
    column heads are printed again."""
    rows = [f"/s/ {name:<30}Director                              March 18, 1998\n"
            f"- ----------------------------\n{name}\n\n\n" for name in names]
    rows.insert(10, f"{'52':>42}\n\n<PAGE>\n\n{_HEADS}")
    return "".join(rows)


_HEADS = """         Signature                           Title                          Date
         ---------                           -----                          ----

"""


def test_directors_past_the_block_s_first_lines_are_read() -> None:
    text = _TEN_K.format(directors=_director_rows(_DIRECTORS))
    block = text[text.index("SIGNATURES") : text.index("EXHIBIT INDEX")]
    assert block.count("\n") > MAX_LINES  # the table runs past the first MAX_LINES lines
    signers = parse(_ten_k(text), "d10k.txt")["signatures"]
    assert [s["name"] for s in signers] == [
        "George A. Davidson, Jr.", "George A. Davidson, Jr.", "David M. Westfall",
        "Stephen R. McGreevy", *_DIRECTORS]
    assert signers[-1] == {"registrant": "CONSOLIDATED NATURAL GAS COMPANY",
                           "name": "Edward J. Hornbeck", "title": "Director",
                           "date": "1998-03-18"}
    assert signers[2]["title"] == \
        "Senior Vice President and Chief Financial Officer (Principal Financial Officer)"
    # (the block still ends at the EXHIBIT INDEX: its "/s/" signs nothing, as listed above)


# An HTML 8-K of 2012 whose two officers sign side by side, a row a line of their cells
_SIDE_BY_SIDE = """<html><body><p align="center">FORM 8-K</p>
<p>Date of Report (Date of earliest event reported): March 1, 2012</p>
<p align="center"><b>NORTHFIELD LABORATORIES INC.</b></p>
<p>(Exact name of registrant as specified in its charter)</p>
<p><b>Item 8.01 Other Events.</b></p><p>On March 1, 2012, the Company announced a dividend.</p>
<p align="center"><b>SIGNATURES</b></p>
<p>Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has
duly caused this report to be signed on its behalf by the undersigned hereunto duly
authorized.</p>
<p>NORTHFIELD LABORATORIES INC.</p>
<table>
<tr><td width="50%">By: /s/ Steven A. Gould</td><td width="50%">By: /s/ Jack J. Kogut</td></tr>
<tr><td>Name: Steven A. Gould</td><td>Name: Jack J. Kogut</td></tr>
<tr><td>{left}</td><td>{right}</td></tr>
<tr><td>{left_more}</td><td>{right_more}</td></tr>
</table>
<p>Date: March 5, 2012</p>
</body></html>"""


def _html_signers(**cells: str) -> list[dict[str, Any]]:
    html = _SIDE_BY_SIDE.format(**cells)
    return parse(html.encode(), "d8k.htm")["signatures"]


def test_html_right_signer_s_title_line_under_an_empty_cell_is_the_right_signer_s() -> None:
    # the empty cell left of "Financial Officer" is dropped when the page is rendered
    html = _SIDE_BY_SIDE.format(left="Title: President", right="Title: Senior Vice President "
                                "and Chief", left_more="", right_more="Financial Officer")
    assert "\nFinancial Officer\n" in html_to_text(html)
    assert [(s["name"], s["title"]) for s in _html_signers(
        left="Title: President", right="Title: Senior Vice President and Chief",
        left_more="", right_more="Financial Officer")] == [
        ("Steven A. Gould", "President"),
        ("Jack J. Kogut", "Senior Vice President and Chief Financial Officer")]
    # the left signer's title left open takes the line under it as before
    assert [(s["name"], s["title"]) for s in _html_signers(
        left="Title: President and Chief", right="Title: Treasurer",
        left_more="Executive Officer", right_more="")] == [
        ("Steven A. Gould", "President and Chief Executive Officer"),
        ("Jack J. Kogut", "Treasurer")]
