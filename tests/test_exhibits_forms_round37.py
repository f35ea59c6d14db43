"""Exhibits, round 37: a row for a run of exhibits ("99.1 - 99.3"), numbers over their
descriptions on lines of their own (HTML paragraphs or rows), and a closing "(furnished
herewith)" that is the filing's mark, not the exhibit's name."""

from __future__ import annotations

from filing2json.parsers import parse
from support import validate

_REPORT_1998 = """                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                                    FORM 8-K

                                 CURRENT REPORT
                     PURSUANT TO SECTION 13 OR 15(d) OF THE
                         SECURITIES EXCHANGE ACT OF 1934

        Date of Report (Date of earliest event reported): April 14, 1998

                           MIDLAND TOOL & DIE CORP.
           (Exact name of registrant as specified in its charter)

   Delaware                      0-14210                  36-2987411
(State or other            (Commission File           (IRS Employer
jurisdiction of              Number)               Identification No.)
incorporation)

            1200 Lake Street, Rockford, Illinois          61101
           (Address of principal executive offices)       (Zip Code)

ITEM 5.  OTHER EVENTS.

     On April 14, 1998, the Registrant issued the press releases filed as exhibits
to this report.

ITEM 7.  FINANCIAL STATEMENTS AND EXHIBITS.

     (c)  Exhibits.

{list}

                                   SIGNATURES

     Pursuant to the requirements of the Securities Exchange Act of 1934, the
registrant has duly caused this report to be signed on its behalf by the
undersigned hereunto duly authorized.

                                        MIDLAND TOOL & DIE CORP.

Date: April 15, 1998                    By: /s/ Walter J. Brandt
                                            --------------------------
                                            Walter J. Brandt
                                            Chief Financial Officer
"""

_RELEASE = """                                                           EXHIBIT {number}

                    MIDLAND TOOL & DIE ANNOUNCES {title}

ROCKFORD, Ill., April 14, 1998 -- Midland Tool & Die Corp. (NASDAQ: MTDC) today
announced {title_lower}.
"""


def _submission(report: str, *docs: tuple[str, str], form: str = "8-K",
                filed: str = "19980415", html: bool = False) -> bytes:
    year = filed[2:4]
    parts = [f"<SEC-DOCUMENT>0000912057-{year}-004417.txt : {filed}\n"
             f"<SEC-HEADER>0000912057-{year}-004417.hdr.sgml : {filed}\n"
             f"ACCESSION NUMBER:\t\t0000912057-{year}-004417\n"
             f"CONFORMED SUBMISSION TYPE:\t{form}\nPUBLIC DOCUMENT COUNT:\t\t{1 + len(docs)}\n"
             f"FILED AS OF DATE:\t\t{filed}\n</SEC-HEADER>\n"]
    suffix = "htm" if html else "txt"
    for sequence, (doc_type, body) in enumerate(((form, report), *docs), 1):
        parts.append(f"<DOCUMENT>\n<TYPE>{doc_type}\n<SEQUENCE>{sequence}\n"
                     f"<FILENAME>d{sequence}.{suffix}\n<TEXT>\n{body}\n</TEXT>\n</DOCUMENT>\n")
    return ("".join(parts) + "</SEC-DOCUMENT>\n").encode()


def _releases(*numbers: str) -> list[tuple[str, str]]:
    titles = ("FIRST QUARTER RESULTS", "NEW CREDIT FACILITY", "PLANT EXPANSION")
    return [(f"EX-{number}", _RELEASE.format(number=number, title=title,
                                             title_lower=title.lower()))
            for number, title in zip(numbers, titles, strict=False)]


def _exhibits(data: bytes) -> list[tuple[str, str | None, int | None]]:
    record = validate(parse(data, "x.txt"))
    return [(e["number"], e["description"], e["document"]) for e in record["exhibits"]]


def test_one_row_for_a_range_of_exhibits_describes_each() -> None:
    listing = ("          99.1 - 99.3    Press releases of the Registrant dated April 14,\n"
               "                         1998.")
    data = _submission(_REPORT_1998.format(list=listing), *_releases("99.1", "99.2", "99.3"))
    described = "Press releases of the Registrant dated April 14, 1998."
    assert _exhibits(data) == [("99.1", described, 2), ("99.2", described, 3),
                               ("99.3", described, 4)]


def test_exhibits_through_and_a_pair_joined_by_and() -> None:
    listing = ("          Exhibits 10.1 through 10.3   Employment Agreements between the\n"
               "                                       Registrant and its executive officers.\n"
               "          99.1 and 99.2                Press releases dated April 14, 1998.")
    data = _submission(_REPORT_1998.format(list=listing), *_releases("99.1", "99.2"))
    agreements = "Employment Agreements between the Registrant and its executive officers."
    releases = "Press releases dated April 14, 1998."
    assert _exhibits(data) == [
        ("10.1", agreements, None), ("10.2", agreements, None), ("10.3", agreements, None),
        ("99.1", releases, 2), ("99.2", releases, 3)]


def test_filed_herewith_marks_leave_the_description() -> None:
    listing = ("          99.1  Press release dated April 14, 1998 (filed herewith).\n"
               "          99.2  Letter to shareholders dated April 14, 1998 - Filed herewith")
    data = _submission(_REPORT_1998.format(list=listing), *_releases("99.1", "99.2"))
    assert _exhibits(data) == [("99.1", "Press release dated April 14, 1998.", 2),
                               ("99.2", "Letter to shareholders dated April 14, 1998", 3)]


_REPORT_2012 = """<html><body>
<p style="text-align:center"><b>UNITED STATES<br>SECURITIES AND EXCHANGE COMMISSION</b></p>
<p style="text-align:center"><b>Washington, D.C. 20549</b></p>
<p style="text-align:center"><b>FORM 8-K</b></p>
<p style="text-align:center"><b>CURRENT REPORT</b></p>
<p style="text-align:center">Date of Report (Date of earliest event reported): May 1, 2012</p>
<p style="text-align:center"><b>HARTWELL MEDICAL SYSTEMS, INC.</b></p>
<p style="text-align:center">(Exact name of registrant as specified in its charter)</p>
<p><b>Item 2.02 Results of Operations and Financial Condition.</b></p>
<p>On May 1, 2012, Hartwell Medical Systems, Inc. issued a press release announcing its
results for the quarter ended March 31, 2012. A copy of the press release is furnished as
Exhibit 99.1 to this report.</p>
<p><b>Item 9.01 Financial Statements and Exhibits.</b></p>
{list}
<p style="text-align:center"><b>SIGNATURES</b></p>
<p>Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has
duly caused this report to be signed on its behalf by the undersigned hereunto duly
authorized.</p>
<p>HARTWELL MEDICAL SYSTEMS, INC.</p>
<p>Date: May 1, 2012</p>
<p>By: /s/ Karen L. Ostrowski<br>Karen L. Ostrowski<br>Chief Financial Officer</p>
</body></html>"""

_HTML_RELEASE = """<html><body><p style="text-align:right"><b>Exhibit {number}</b></p>
<p style="text-align:center"><b>HARTWELL MEDICAL SYSTEMS REPORTS {title}</b></p>
<p>MINNEAPOLIS, May 1, 2012 -- Hartwell Medical Systems, Inc. (NASDAQ: HMSI) today
reported {title_lower}.</p></body></html>"""


def _html_releases(*numbers: str) -> list[tuple[str, str]]:
    titles = ("FIRST QUARTER RESULTS", "SUPPLEMENTAL INFORMATION")
    return [(f"EX-{number}", _HTML_RELEASE.format(number=number, title=title,
                                                  title_lower=title.lower()))
            for number, title in zip(numbers, titles, strict=False)]


def test_numbers_and_descriptions_in_paragraphs_of_their_own() -> None:
    # (a lone number over a title with no exhibits label or column head above it is a page
    # number: "12" over "Balance Sheet" is no exhibit)
    listing = """<p>(a) Financial statements of business acquired.</p>
<p>Report of Independent Auditors</p>
<p>12</p>
<p>Balance Sheet as of December 31, 2011</p>
<p>(d) Exhibits.</p>
<p><b>Exhibit No.</b></p>
<p><b>Description</b></p>
<p>99.1</p>
<p>Press release issued by Hartwell Medical Systems, Inc. on May 1, 2012.</p>
<p>99.2</p>
<p>Supplemental financial information for the quarter ended March 31, 2012.</p>"""
    data = _submission(_REPORT_2012.format(list=listing), *_html_releases("99.1", "99.2"),
                       filed="20120501", html=True)
    assert _exhibits(data) == [
        ("99.1", "Press release issued by Hartwell Medical Systems, Inc. on May 1, 2012.", 2),
        ("99.2", "Supplemental financial information for the quarter ended March 31, 2012.",
         3)]


def test_number_and_description_in_table_rows_of_their_own() -> None:
    listing = """<p>(d) Exhibits</p>
<table>
<tr><td><b>Exhibit Number</b></td><td><b>Description</b></td></tr>
<tr><td>99.1</td><td></td></tr>
<tr><td></td><td>Press release issued by Hartwell Medical Systems, Inc. on May 1, 2012
(furnished herewith).</td></tr>
</table>"""
    data = _submission(_REPORT_2012.format(list=listing), *_html_releases("99.1"),
                       filed="20120501", html=True)
    assert _exhibits(data) == [
        ("99.1", "Press release issued by Hartwell Medical Systems, Inc. on May 1, 2012.", 2)]



_QUARTERLY_1998 = """                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                                   FORM 10-Q

[X]  QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES
     EXCHANGE ACT OF 1934

For the quarterly period ended March 31, 1998

Commission file number 0-14210

                           MIDLAND TOOL & DIE CORP.
           (Exact name of registrant as specified in its charter)

                         PART I - FINANCIAL INFORMATION

Item 1.  Financial Statements

     The financial statements are omitted here.

                          PART II - OTHER INFORMATION

Item 1.  Legal Proceedings

     None.

Item 6.  Exhibits and Reports on Form 8-K

     (a)  Exhibits: see the Exhibit Index following the signature page.
                                      14

                           MIDLAND TOOL & DIE CORP.

                                   SIGNATURES

     Pursuant to the requirements of the Securities Exchange Act of 1934, the
registrant has duly caused this report to be signed on its behalf by the
undersigned hereunto duly authorized.

                                        MIDLAND TOOL & DIE CORP.

Date: May 15, 1998                      By: /s/ Walter J. Brandt
                                            Walter J. Brandt
                                            Chief Financial Officer

                                 EXHIBIT INDEX

Exhibit
Number    Description
27        Financial Data Schedule
"""


def test_page_number_under_a_sentence_naming_the_exhibit_index_is_no_exhibit() -> None:
    # a centred page number after "see the Exhibit Index" stands over the next page's
    # running head: no exhibit "14" described "MIDLAND TOOL & DIE CORP."
    data = _submission(_QUARTERLY_1998, ("EX-27", "[ARTICLE] 5\n"), form="10-Q",
                       filed="19980515")
    assert _exhibits(data) == [("27", "Financial Data Schedule", 2)]


def test_page_number_under_a_sentence_keeps_the_sentence_reading() -> None:
    listing = ("     Exhibit 99.1, the press release, is filed as an exhibit hereto.\n"
               "                                       12\n"
               "                              Pro Forma Financial Information")
    data = _submission(_REPORT_1998.format(list=listing), *_releases("99.1"))
    assert _exhibits(data) == [("99.1", "the press release", 2)]


def test_wrapped_reference_to_two_exhibits_is_no_row_of_its_own() -> None:
    listing = ("          10.5  Credit Agreement dated as of March 1, 1998 (incorporated by\n"
               "                reference to Exhibits\n"
               "                10.1 and 10.2  to the Company's Form 8-K filed March 2, 1998).\n"
               "          99.1  Press release dated April 14, 1998.")
    data = _submission(_REPORT_1998.format(list=listing), *_releases("99.1"))
    assert _exhibits(data) == [
        # (round 66: the bracketed citation is cut, the exhibit filed elsewhere; it closes, and
        # the stop kept comes, on the last wrapped line: the wrapped lines are read whole)
        ("10.5", "Credit Agreement dated as of March 1, 1998.", None),
        ("99.1", "Press release dated April 14, 1998.", 2)]


def test_sentence_filing_two_exhibits_is_no_row() -> None:
    listing = ("     Exhibits 99.1 and 99.2 - Press releases dated April 14, 1998 are filed\n"
               "herewith as exhibits.")
    data = _submission(_REPORT_1998.format(list=listing), *_releases("99.1", "99.2"))
    assert _exhibits(data) == [("99.1", None, 2), ("99.2", None, 3)]
