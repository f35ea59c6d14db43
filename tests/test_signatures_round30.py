"""Signature blocks of round 30: a 10-K's table of directors running past the block's first
MAX_LINES lines is read to its end, and in rendered HTML a title's lone last line goes to the
side-by-side signer whose title it finishes; an auditors' report or a paragraph after the
table signs nothing, and a bracketed or lone cell under a complete title stays in its column."""

from __future__ import annotations

from typing import Any

import pytest
from test_signatures_round29 import NORTHFIELD_8K_HEAD  # the 8-K of the round before

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
_SIDE_BY_SIDE = NORTHFIELD_8K_HEAD + """<p>NORTHFIELD LABORATORIES INC.</p>
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


# The auditors' report a 1990s text 10-K prints after its signatures, addressed to the board:
# its "/s/ Ernst & Young LLP" signs no report, however far below the table it stands
_AUDITORS_REPORT = """
                 REPORT OF ERNST & YOUNG LLP, INDEPENDENT AUDITORS

To the Board of Directors and Shareholders
Consolidated Natural Gas Company

     We have audited the accompanying consolidated balance sheets of Consolidated
Natural Gas Company as of December 31, 1997 and 1996, and the related consolidated
statements of income, shareholders' equity and cash flows for each of the three
years in the period ended December 31, 1997. These financial statements are the
responsibility of the Company's management. Our responsibility is to express an
opinion on these financial statements based on our audits.

     We conducted our audits in accordance with generally accepted auditing
standards. Those standards require that we plan and perform the audit to obtain
reasonable assurance about whether the financial statements are free of material
misstatement. We believe that our audits provide a reasonable basis for our opinion.

     In our opinion, the financial statements referred to above present fairly, in
all material respects, the consolidated financial position of Consolidated Natural
Gas Company at December 31, 1997 and 1996, in conformity with generally accepted
accounting principles.

                                              /s/ Ernst & Young LLP

Pittsburgh, Pennsylvania
February 2, 1998

"""


@pytest.mark.parametrize("directors", [12, 24])
def test_auditors_report_after_the_directors_signs_nothing(directors: int) -> None:
    # 12 directors: the report's "/s/" within the block's first MAX_LINES lines; 24: past them
    text = _TEN_K.format(directors=_director_rows(_DIRECTORS[:directors]) + _AUDITORS_REPORT)
    signers = parse(_ten_k(text), "d10k.txt")["signatures"]
    assert [s["name"] for s in signers] == [
        "George A. Davidson, Jr.", "George A. Davidson, Jr.", "David M. Westfall",
        "Stephen R. McGreevy", *_DIRECTORS[:directors]]
    assert signers[-1]["title"] == "Director"


def test_auditors_report_under_another_heading_ends_the_block_at_its_salutation() -> None:
    report = _AUDITORS_REPORT.replace("REPORT OF ERNST & YOUNG LLP, INDEPENDENT AUDITORS",
                                      "AUDITORS' REPORT")
    # (12 directors: the report's "/s/" within the block's first MAX_LINES lines)
    text = _TEN_K.format(directors=_director_rows(_DIRECTORS[:12]) + report)
    signers = parse(_ten_k(text), "d10k.txt")["signatures"]
    assert [s["name"] for s in signers][-2:] == ["Robert L. Johnson", "Stephen E. Williams"]


# Management's report on the financial statements after the table, signed by two officers
_MANAGEMENT_REPORT = """
                             MANAGEMENT'S RESPONSIBILITY

     The management of Consolidated Natural Gas Company is responsible for the
preparation and integrity of the financial statements and other information in
this report. The statements were prepared in accordance with generally accepted
accounting principles and include amounts based on management's best estimates.

     The Company maintains a system of internal accounting controls designed to
provide reasonable assurance that assets are safeguarded and that transactions are
executed and recorded in accordance with management's authorization.

/s/ George A. Davidson, Jr.                     /s/ David M. Westfall
Chairman of the Board and                       Senior Vice President and
Chief Executive Officer                         Chief Financial Officer

"""


# The attorney-in-fact's paragraph, signed at once, is part of the table
_ATTORNEY = """
     Stephen E. Williams, by signing his name hereto, does hereby sign this report
on behalf of each of the above-named persons pursuant to powers of attorney duly
executed by such persons and filed with the Securities and Exchange Commission.

                                        By: /s/ Stephen E. Williams
                                            -------------------------------
                                            Stephen E. Williams
                                            Attorney-in-fact
"""


def test_a_long_table_s_block_ends_at_the_first_paragraph_after_it() -> None:
    text = _TEN_K.format(
        directors=_director_rows(_DIRECTORS) + _ATTORNEY + _MANAGEMENT_REPORT)
    signers = parse(_ten_k(text), "d10k.txt")["signatures"]
    assert [s["name"] for s in signers] == [
        "George A. Davidson, Jr.", "George A. Davidson, Jr.", "David M. Westfall",
        "Stephen R. McGreevy", *_DIRECTORS, "Stephen E. Williams"]
    assert [s["title"] for s in signers[-2:]] == ["Director", "Attorney-in-fact"]


def test_html_lone_cell_under_a_complete_title_is_not_the_other_signer_s() -> None:
    # "Chief Executive" (a UK title) is complete: the left signer's wrapped title line under
    # the right signer's empty cell stays with the left signer
    assert [(s["name"], s["title"]) for s in _html_signers(
        left="Title: Finance Director", right="Title: Group Chief Executive",
        left_more="and Company Secretary", right_more="")] == [
        ("Steven A. Gould", "Finance Director and Company Secretary"),
        ("Jack J. Kogut", "Group Chief Executive")]
    assert [(s["name"], s["title"]) for s in _html_signers(
        left="Title: Treasurer", right="Title: Secretary General",
        left_more="and Assistant Secretary", right_more="")] == [
        ("Steven A. Gould", "Treasurer and Assistant Secretary"),
        ("Jack J. Kogut", "Secretary General")]


def test_html_bracketed_lone_cell_is_no_open_title_s_continuation() -> None:
    # "(Principal Financial Officer)" is the left signer's caption, though the right
    # signer's title ends in "and"
    assert [(s["name"], s["title"]) for s in _html_signers(
        left="Title: Chief Financial Officer", right="Title: Vice President and",
        left_more="(Principal Financial Officer)", right_more="")] == [
        ("Steven A. Gould", "Chief Financial Officer (Principal Financial Officer)"),
        ("Jack J. Kogut", "Vice President and")]
