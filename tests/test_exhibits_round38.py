"""Exhibits, round 38: 1990s numbers bracketed before their letters ("(10)(a)"), and an HTML
table that lists a lower number after a higher one ("99.1", then "10.1")."""

from __future__ import annotations

from filing2json.parsers import parse
from support import submission, validate

_REPORT_1996 = """                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                                   FORM 10-K

              ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE
                        SECURITIES EXCHANGE ACT OF 1934

                  For the fiscal year ended December 31, 1995

                          Commission file number 1-8831

                           CONSOLIDATED PAPERBOARD CO.
             (Exact name of registrant as specified in its charter)

           Ohio                                          34-0912874
(State or other jurisdiction of               (I.R.S. Employer Identification No.)
incorporation or organization)

           1800 Harvard Avenue, Cleveland, Ohio               44105
        (Address of principal executive offices)           (Zip Code)

                                     PART IV

ITEM 14.  EXHIBITS, FINANCIAL STATEMENT SCHEDULES, AND REPORTS ON FORM 8-K

     (a)  Documents filed as part of this report:

          3.  Exhibits:

          (3)(i)    Amended Articles of Incorporation of the Registrant
                    (incorporated by reference to Exhibit 3(i) to the
                    Registrant's Annual Report on Form 10-K for 1993).

          (3)(ii)   Code of Regulations of the Registrant, as amended.

          (10)(a)   1991 Stock Option Plan (incorporated by reference to
                    Exhibit 10(a) to the Registrant's Form S-8, No. 33-41234).

          (10)(b)   Employment Agreement dated as of January 1, 1995 between
                    the Registrant and Walter J. Brandt.

          (21)      Subsidiaries of the Registrant.

          (27)      Financial Data Schedule.

     (b)  Reports on Form 8-K:

          None.

                                   SIGNATURES

     Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act
of 1934, the Registrant has duly caused this report to be signed on its behalf by the
undersigned, thereunto duly authorized.

                                        CONSOLIDATED PAPERBOARD CO.

Date: March 28, 1996                    By: /s/ Walter J. Brandt
                                            --------------------------
                                            Walter J. Brandt
                                            Chief Financial Officer
"""


def _submission(report: str, *docs: tuple[str, str], form: str, filed: str,
                html: bool = False) -> bytes:
    year = filed[2:4]
    parts = [f"<SEC-DOCUMENT>0000950152-{year}-001234.txt : {filed}\n"
             f"<SEC-HEADER>0000950152-{year}-001234.hdr.sgml : {filed}\n"
             f"ACCESSION NUMBER:\t\t0000950152-{year}-001234\n"
             f"CONFORMED SUBMISSION TYPE:\t{form}\nPUBLIC DOCUMENT COUNT:\t\t{1 + len(docs)}\n"
             f"FILED AS OF DATE:\t\t{filed}\n</SEC-HEADER>\n"]
    suffix = "htm" if html else "txt"
    for sequence, (doc_type, body) in enumerate(((form, report), *docs), 1):
        parts.append(f"<DOCUMENT>\n<TYPE>{doc_type}\n<SEQUENCE>{sequence}\n"
                     f"<FILENAME>d{sequence}.{suffix}\n<TEXT>\n{body}\n</TEXT>\n</DOCUMENT>\n")
    return ("".join(parts) + "</SEC-DOCUMENT>\n").encode()


def _exhibits(data: bytes, name: str = "x.txt") -> list[tuple[str, str | None, int | None]]:
    record = validate(parse(data, name))
    return [(e["number"], e["description"], e["document"]) for e in record["exhibits"]]


def test_number_bracketed_before_its_letters_is_read_and_linked() -> None:
    data = _submission(
        _REPORT_1996,
        ("EX-3.II", "                             CODE OF REGULATIONS\n\n"
                    "                          ARTICLE I.  SHAREHOLDERS\n"),
        ("EX-10.B", "                            EMPLOYMENT AGREEMENT\n\n"
                    "     THIS AGREEMENT is made as of January 1, 1995 ...\n"),
        ("EX-21", "                       SUBSIDIARIES OF THE REGISTRANT\n"),
        form="10-K", filed="19960328")
    assert _exhibits(data) == [
        # (round 66: the bracketed citation is cut, the exhibit filed elsewhere; it closes, and
        # the stop kept comes, on the last wrapped line: the wrapped lines are read whole)
        ("3(i)", "Amended Articles of Incorporation of the Registrant.", None),
        ("3(ii)", "Code of Regulations of the Registrant, as amended.", 2),
        ("10(a)", "1991 Stock Option Plan.", None),
        ("10(b)", "Employment Agreement dated as of January 1, 1995 between the Registrant "
                  "and Walter J. Brandt.", 3),
        ("21", "Subsidiaries of the Registrant.", 4),
        ("27", "Financial Data Schedule.", None)]


def test_bracketed_footnote_under_the_list_stays_no_exhibit() -> None:
    listing = ("          (10)(a)   1991 Stock Option Plan (1)\n\n"
               "          (10)(b)   Employment Agreement with Walter J. Brandt.\n\n"
               "          (21)      Subsidiaries of the Registrant.\n\n"
               "          (1)  Incorporated by reference to the Registrant's Form S-8.\n")
    start = _REPORT_1996.index("          (3)(i)")
    end = _REPORT_1996.index("     (b)  Reports on Form 8-K")
    report = _REPORT_1996[:start] + listing + "\n" + _REPORT_1996[end:]
    data = _submission(report, form="10-K", filed="19960328")
    assert _exhibits(data) == [
        ("10(a)", "1991 Stock Option Plan", None),
        ("10(b)", "Employment Agreement with Walter J. Brandt.", None),
        ("21", "Subsidiaries of the Registrant.", None)]


_REPORT_2015 = """<html><body>
<p style="text-align:center"><b>UNITED STATES<br>SECURITIES AND EXCHANGE COMMISSION</b></p>
<p style="text-align:center"><b>Washington, D.C. 20549</b></p>
<p style="text-align:center"><b>FORM 8-K</b></p>
<p style="text-align:center"><b>CURRENT REPORT</b><br>Pursuant to Section 13 or 15(d) of the
Securities Exchange Act of 1934</p>
<p style="text-align:center">Date of Report (Date of earliest event reported): March 3, 2015</p>
<p style="text-align:center"><b>BRIGHTWATER LOGISTICS, INC.</b></p>
<p style="text-align:center">(Exact name of registrant as specified in its charter)</p>
<p><b>Item 1.01 Entry into a Material Definitive Agreement.</b></p>
<p>On March 1, 2015, Brightwater Logistics, Inc. entered into a Credit Agreement with Bank of
America, N.A., as administrative agent. The Credit Agreement will be filed as an exhibit to
the Company's Quarterly Report on Form 10-Q for the quarter ending March 31, 2015.</p>
<p><b>Item 2.02 Results of Operations and Financial Condition.</b></p>
<p>On March 3, 2015, the Company issued a press release announcing its results for the
fourth quarter of 2014, a copy of which is furnished as Exhibit 99.1 hereto.</p>
<p><b>Item 9.01 Financial Statements and Exhibits.</b></p>
<p>(d) Exhibits.</p>
<table>
<tr><td><b>Exhibit No.</b></td><td><b>Description</b></td></tr>
{rows}
</table>
<p style="text-align:center"><b>SIGNATURES</b></p>
<p>Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has
duly caused this report to be signed on its behalf by the undersigned hereunto duly
authorized.</p>
<p>BRIGHTWATER LOGISTICS, INC.</p>
<p>Date: March 3, 2015</p>
<p>By: /s/ Jane Doe<br>Jane Doe<br>Chief Financial Officer</p>
</body></html>"""

_RELEASE_2015 = """<html><body><p>Exhibit 99.1</p>
<p><b>Brightwater Logistics Reports Fourth Quarter 2014 Results</b></p>
<p>DALLAS, March 3, 2015 -- Brightwater Logistics, Inc. (NYSE: BWL) today announced results
for the fourth quarter of 2014.</p></body></html>"""


def _rows(*rows: tuple[str, str]) -> str:
    return "\n".join(f"<tr><td>{number}</td><td>{description}</td></tr>"
                     for number, description in rows)


def test_lower_number_listed_after_the_release_is_kept() -> None:
    rows = _rows(("99.1", "Press release dated March 3, 2015."),
                 ("10.1", "Credit Agreement, dated as of March 1, 2015, among Brightwater "
                          "Logistics, Inc. and Bank of America, N.A. (to be filed by "
                          "amendment)."))
    data = _submission(_REPORT_2015.format(rows=rows), ("EX-99.1", _RELEASE_2015),
                       form="8-K", filed="20150303", html=True)
    assert _exhibits(data, "x.htm") == [
        ("99.1", "Press release dated March 3, 2015.", 2),
        # (round 69b: "(to be filed by amendment)" tells where the exhibit sits, no part of
        # its name; before: kept)
        ("10.1", "Credit Agreement, dated as of March 1, 2015, among Brightwater Logistics, "
                 "Inc. and Bank of America, N.A.", None)]


def test_agreement_contents_under_the_list_are_no_exhibits() -> None:
    # the primary document prints the agreement after the index: its contents' section
    # numbers ("1.1  Definitions") run on well past the list
    contents = "".join(
        f"<p>{major}.{minor}&nbsp;&nbsp;&nbsp;{title}</p>\n"
        for major, minor, title in ((1, 1, "Defined Terms"), (1, 2, "Other Interpretive "
                                    "Provisions"), (2, 1, "The Loans"), (2, 2, "Borrowings"),
                                    (2, 3, "Prepayments"), (3, 1, "Taxes")))
    report = _REPORT_2015.format(rows=_rows(("99.1", "Press release dated March 3, 2015.")))
    report = report.replace("</body></html>", "<p>EXHIBIT INDEX</p>\n<table>\n"
                            "<tr><td>Exhibit No.</td><td>Description</td></tr>\n"
                            + _rows(("99.1", "Press release dated March 3, 2015."))
                            + "\n</table>\n<p>CREDIT AGREEMENT</p>\n<p>TABLE OF CONTENTS</p>\n"
                            + contents + "</body></html>")
    data = _submission(report, ("EX-99.1", _RELEASE_2015), form="8-K", filed="20150303",
                       html=True)
    assert _exhibits(data, "x.htm") == [("99.1", "Press release dated March 3, 2015.", 2)]


def test_category_over_lettered_lines_gives_an_exhibit_per_letter() -> None:
    listing = ("          3         Amended Articles of Incorporation of the Registrant.\n\n"
               "          10        Material contracts:\n"
               "                    (a)  1991 Stock Option Plan (incorporated by reference\n"
               "                         to Exhibit 10(a) to the Registrant's Form S-8,\n"
               "                         No. 33-41234).\n"
               "                    (b)  Employment Agreement dated as of January 1, 1995\n"
               "                         between the Registrant and Walter J. Brandt.\n\n"
               "          27        Financial Data Schedule.\n")
    start = _REPORT_1996.index("          (3)(i)")
    end = _REPORT_1996.index("     (b)  Reports on Form 8-K")
    report = _REPORT_1996[:start] + listing + "\n" + _REPORT_1996[end:]
    data = _submission(report, ("EX-10.B", "                            EMPLOYMENT AGREEMENT\n\n"
                                           "     THIS AGREEMENT is made as of January 1, 1995\n"),
                       form="10-K", filed="19960328")
    assert _exhibits(data) == [
        ("3", "Amended Articles of Incorporation of the Registrant.", None),
        # (round 66: the bracketed citation is cut, the exhibit filed elsewhere; it closes, and
        # the stop kept comes, on the last wrapped line: the wrapped lines are read whole)
        ("10(a)", "1991 Stock Option Plan.", None),
        ("10(b)", "Employment Agreement dated as of January 1, 1995 between the Registrant "
                  "and Walter J. Brandt.", 2),
        ("27", "Financial Data Schedule.", None)]


def test_lettered_parts_of_one_exhibit_stay_its_description() -> None:
    # "99.1 ... of the Company:" and "10.5 Credit Agreement ..., as amended by" over "(a)" /
    # "(b)": the parts of one exhibit, not exhibits 99.1(a) and 10.5(b) (the audit's case)
    main = """Item 9.01 Financial Statements and Exhibits.

(d) Exhibits.

Exhibit No.   Description

99.1          Unaudited pro forma condensed combined financial information of the Company:
              (a) Pro forma condensed combined balance sheet as of June 30, 2015
              (b) Pro forma condensed combined statement of operations for the six months
                  ended June 30, 2015

10.5          Credit Agreement dated as of May 1, 2014, as amended by
              (a) First Amendment dated June 1, 2014, and
              (b) Second Amendment dated July 1, 2015
"""
    record = parse(submission(main, ("EX-99.1", "Pro forma financial information")), "x.txt")
    assert [e["number"] for e in record["exhibits"]] == ["99.1", "10.5"]
    assert record["exhibits"][0]["description"].startswith(
        "Unaudited pro forma condensed combined financial information of the Company: (a)")
    assert record["exhibits"][0]["document"] == 2

