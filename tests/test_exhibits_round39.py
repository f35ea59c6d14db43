"""Exhibits, round 39: a day and month wrapped under a description ("... dated" over "1
January 2007."), and a 1990s index's page column marked "*" for an exhibit incorporated by
reference; lettered footnote references, and the lines that are no such notes (a category's
"(a)" exhibits, a rule's letter, "(b) Reports on Form 8-K"); a one-digit entry in line with
the others."""

from __future__ import annotations

from filing2json.parsers import parse
from support import validate


def _submission(report: str, *docs: tuple[str, str], form: str, filed: str) -> bytes:
    year = filed[2:4]
    parts = [f"<SEC-DOCUMENT>0000950103-{year}-001234.txt : {filed}\n"
             f"<SEC-HEADER>0000950103-{year}-001234.hdr.sgml : {filed}\n"
             f"ACCESSION NUMBER:\t\t0000950103-{year}-001234\n"
             f"CONFORMED SUBMISSION TYPE:\t{form}\nPUBLIC DOCUMENT COUNT:\t\t{1 + len(docs)}\n"
             f"FILED AS OF DATE:\t\t{filed}\n</SEC-HEADER>\n"]
    for sequence, (doc_type, body) in enumerate(((form, report), *docs), 1):
        parts.append(f"<DOCUMENT>\n<TYPE>{doc_type}\n<SEQUENCE>{sequence}\n"
                     f"<FILENAME>d{sequence}.txt\n<TEXT>\n{body}\n</TEXT>\n</DOCUMENT>\n")
    return ("".join(parts) + "</SEC-DOCUMENT>\n").encode()


def _exhibits(data: bytes) -> list[tuple[str, str | None, int | None]]:
    record = validate(parse(data, "x.txt"))
    return [(e["number"], e["description"], e["document"]) for e in record["exhibits"]]


_ANNUAL_REPORT_2008 = """                                  FORM 20-F

[ ]  REGISTRATION STATEMENT PURSUANT TO SECTION 12(b) OR (g) OF THE SECURITIES
     EXCHANGE ACT OF 1934
[X]  ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE
     ACT OF 1934

                  For the fiscal year ended December 31, 2007

                         Commission file number 1-14678

                             HARTWELL HOLDINGS PLC
             (Exact name of Registrant as specified in its charter)

ITEM 18. FINANCIAL STATEMENTS

See pages F-1 through F-42.

ITEM 19. EXHIBITS

1.1      Articles of Association of Hartwell Holdings plc (incorporated by
         reference to Exhibit 1.1 to our Annual Report on Form 20-F for the
         year ended December 31, 2005).
4.1      Service Agreement between Hartwell Holdings plc and Andrew Kerr dated
         1 January 2007.
4.2      Facility Agreement between Hartwell Holdings plc and Barclays Bank PLC
         dated
         15 March 2007.
8.1      List of subsidiaries.
12.1     Certification of Chief Executive Officer required by Rule 13a-14(a).
15.1     Consent of KPMG Audit Plc.

                                   SIGNATURES

The registrant hereby certifies that it meets all of the requirements for filing on
Form 20-F and that it has duly caused and authorized the undersigned to sign this
annual report on its behalf.
"""


def test_day_and_month_wrapped_under_a_description_stay_in_it() -> None:
    data = _submission(_ANNUAL_REPORT_2008, ("EX-4.1", "SERVICE AGREEMENT\n"),
                       ("EX-4.2", "FACILITY AGREEMENT\n"), ("EX-8.1", "SUBSIDIARIES\n"),
                       form="20-F", filed="20080620")
    assert _exhibits(data) == [
        # (round 66: the bracketed citation is cut, the exhibit filed elsewhere; it closes, and
        # the stop kept comes, on the last wrapped line: the wrapped lines are read whole)
        ("1.1", "Articles of Association of Hartwell Holdings plc.", None),
        ("4.1", "Service Agreement between Hartwell Holdings plc and Andrew Kerr dated 1 "
                "January 2007.", 2),
        ("4.2", "Facility Agreement between Hartwell Holdings plc and Barclays Bank PLC dated "
                "15 March 2007.", 3),
        ("8.1", "List of subsidiaries.", 4),
        ("12.1", "Certification of Chief Executive Officer required by Rule 13a-14(a).", None),
        ("15.1", "Consent of KPMG Audit Plc.", None)]


_ANNUAL_REPORT_1997 = """                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                                   FORM 10-K

                  For the fiscal year ended December 31, 1996

                          Commission file number 0-15321

                          TRINITY VALLEY FOODS, INC.
            (Exact name of registrant as specified in its charter)

ITEM 14.  EXHIBITS, FINANCIAL STATEMENT SCHEDULES AND REPORTS ON FORM 8-K

     (a)  3.  Exhibits.  See Exhibit Index on page 40.

     (b)  Reports on Form 8-K.  None.

                                   SIGNATURES

     Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act
of 1934, the Registrant has duly caused this report to be signed on its behalf by the
undersigned, thereunto duly authorized.

                                        TRINITY VALLEY FOODS, INC.

Date: March 21, 1997                    By: /s/ Harold B. Lyle
                                            Harold B. Lyle, President

                                 EXHIBIT INDEX

                                                                    Sequentially
Exhibit                                                               Numbered
Number                       Description                                Page
-------                      -----------                            ------------
 3(a)    Restated Certificate of Incorporation of the Registrant, as         *
         amended (Exhibit 3(a) to the Registrant's Annual Report on Form
         10-K for 1993).
 3(b)    By-Laws of the Registrant, as amended.                              42
10(a)    1992 Stock Option Plan, as amended.**                               *
10(b)    Loan Agreement dated as of June 30, 1996 between the                60
         Registrant and NationsBank of Texas, N.A.
23       Consent of Arthur Andersen LLP.                                     97
27       Financial Data Schedule.                                            98

*   Incorporated by reference.
**  Management contract or compensatory plan.
"""


def test_page_column_marked_with_a_star_is_no_part_of_the_description() -> None:
    data = _submission(_ANNUAL_REPORT_1997, ("EX-3.B", "BY-LAWS\n"),
                       ("EX-10.B", "LOAN AGREEMENT\n"), ("EX-23", "CONSENT\n"),
                       ("EX-27", "<TABLE>\n<S>\n</TABLE>\n"), form="10-K", filed="19970321")
    assert _exhibits(data) == [
        # (round 66: the bracketed citation is cut, the exhibit filed elsewhere; it closes, and
        # the stop kept comes, on the last wrapped line: the wrapped lines are read whole)
        ("3(a)", "Restated Certificate of Incorporation of the Registrant, as amended.",
         None),
        ("3(b)", "By-Laws of the Registrant, as amended.", 2),
        ("10(a)", "1992 Stock Option Plan, as amended.", None),
        ("10(b)", "Loan Agreement dated as of June 30, 1996 between the Registrant and "
                  "NationsBank of Texas, N.A.", 3),
        ("23", "Consent of Arthur Andersen LLP.", 4),
        ("27", "Financial Data Schedule.", 5)]


_ANNUAL_REPORT_2005 = """                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                                   FORM 10-K

              ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE
                        SECURITIES EXCHANGE ACT OF 1934

                  For the fiscal year ended December 31, 2004

                          Commission file number 0-22817

                          BLUE RIDGE PAPER SUPPLY, INC.
             (Exact name of registrant as specified in its charter)

                                    PART IV

ITEM 15.  EXHIBITS AND FINANCIAL STATEMENT SCHEDULES

     (a)  3.  Exhibits:

EXHIBIT
NUMBER        DESCRIPTION
-------       -----------
  3.1         Restated Certificate of Incorporation of the Company
              (incorporated by reference to Exhibit 3.1 to the Company's
              Current Report on Form 8-K filed on March 3, 2003).
 10.1         Amendment No. 2 to the Blue Ridge Paper Supply, Inc.
              401(k) Savings and Retirement Plan.
 10.2         Employment Agreement, dated as of January 1, 2004, between
              the Company and Thomas R. Avery.
 21           Subsidiaries of the Company.

                                   SIGNATURES

     Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act
of 1934, the Registrant has duly caused this report to be signed on its behalf by the
undersigned, thereunto duly authorized.
"""


def test_401k_wrapped_under_a_description_stays_in_it() -> None:
    data = _submission(_ANNUAL_REPORT_2005, ("EX-10.1", "AMENDMENT NO. 2\n"),
                       ("EX-21", "SUBSIDIARIES\n"), form="10-K", filed="20050315")
    assert _exhibits(data) == [
        # (round 66: the bracketed citation is cut, the exhibit filed elsewhere; it closes, and
        # the stop kept comes, on the last wrapped line: the wrapped lines are read whole)
        ("3.1", "Restated Certificate of Incorporation of the Company.", None),
        ("10.1", "Amendment No. 2 to the Blue Ridge Paper Supply, Inc. 401(k) Savings and "
                 "Retirement Plan.", 2),
        ("10.2", "Employment Agreement, dated as of January 1, 2004, between the Company and "
                 "Thomas R. Avery.", None),
        ("21", "Subsidiaries of the Company.", 3)]


def test_lettered_footnote_references_and_their_notes_leave_the_descriptions() -> None:
    # the notes are indented under the last entry, as its wrapped lines are
    start = _ANNUAL_REPORT_2005.index("  3.1         Restated")
    end = _ANNUAL_REPORT_2005.index("                                   SIGNATURES")
    listing = (
        "  3.1         Restated Certificate of Incorporation of the Company.(a)\n"
        " 10.1         2004 Stock Incentive Plan (b)\n"
        " 10.2         Employment Agreement, dated as of January 1, 2004, between\n"
        "              the Company and Thomas R. Avery (b)\n"
        " 21           Subsidiaries of the Company.\n"
        " 31.1         Certification of Chief Executive Officer pursuant to Rule\n"
        "              13a-14(a)\n"
        "              (a) Incorporated by reference to Exhibit 3.1 to the Company's\n"
        "                  Annual Report on Form 10-K for the year ended December 31, 2002.\n"
        "              (b) Management contract or compensatory plan or arrangement.\n\n")
    report = _ANNUAL_REPORT_2005[:start] + listing + _ANNUAL_REPORT_2005[end:]
    data = _submission(report, ("EX-10.2", "EMPLOYMENT AGREEMENT\n"),
                       ("EX-21", "SUBSIDIARIES\n"), form="10-K", filed="20050315")
    assert _exhibits(data) == [
        ("3.1", "Restated Certificate of Incorporation of the Company.", None),
        ("10.1", "2004 Stock Incentive Plan", None),
        ("10.2", "Employment Agreement, dated as of January 1, 2004, between the Company and "
                 "Thomas R. Avery", 2),
        ("21", "Subsidiaries of the Company.", 3),
        # (a rule's own letter is no reference)
        ("31.1", "Certification of Chief Executive Officer pursuant to Rule 13a-14(a)", None)]



# a 1990s 8-K's indented list, one space after each number: exhibit "4" stands in line with
# the entries around it, so it ends the description above (it is read as no entry, as a "3
# Months Ended" line is)
_CURRENT_REPORT_1997 = """                                    FORM 8-K

                                 CURRENT REPORT
                     PURSUANT TO SECTION 13 OR 15(d) OF THE
                        SECURITIES EXCHANGE ACT OF 1934

       Date of Report (Date of earliest event reported): March 3, 1997

                               ACME WIDGETS, INC.
             (Exact name of registrant as specified in its charter)

Item 7. Financial Statements and Exhibits.

(c) Exhibits

    Exhibit
    Number     Description
    2.1 Agreement and Plan of Merger dated as of
        January 5, 1997
    3.1 Restated Articles of Incorporation
    4 Specimen Common Stock Certificate
    10.1 Employment Agreement with John Smith
    27 Financial Data Schedule

                                   SIGNATURES

Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has
duly caused this report to be signed on its behalf by the undersigned.
"""


def test_one_digit_entry_in_line_with_the_others_ends_the_description_above() -> None:
    # (since round 40 the "4" line, rising between 3.1 and 10.1 at their column, is an entry)
    data = _submission(_CURRENT_REPORT_1997, form="8-K", filed="19970303")
    assert _exhibits(data) == [
        ("2.1", "Agreement and Plan of Merger dated as of January 5, 1997", None),
        ("3.1", "Restated Articles of Incorporation", None),
        ("4", "Specimen Common Stock Certificate", None),
        ("10.1", "Employment Agreement with John Smith", None),
        ("27", "Financial Data Schedule", None)]


def _annual_report_1994(listing: str) -> str:
    return ("""                                   FORM 10-K

                  For the fiscal year ended December 31, 1993

                          Commission file number 0-15321

                          TRINITY VALLEY FOODS, INC.
            (Exact name of registrant as specified in its charter)

ITEM 14.  EXHIBITS, FINANCIAL STATEMENT SCHEDULES AND REPORTS ON FORM 8-K

     (a)  3.  Exhibits:

""" + listing + """
                                   SIGNATURES

     Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act
of 1934, the Registrant has duly caused this report to be signed on its behalf.
""")


def test_lettered_footnote_leaves_a_categorys_lettered_exhibits() -> None:
    listing = """Exhibit
Number    Description
 3.1      Restated Certificate of Incorporation (a)
 3.2      By-laws of the Company (a)
10        Material contracts:
          (a) 1991 Stock Option Plan
          (b) Employment Agreement with John Smith
27        Financial Data Schedule

(a) Incorporated by reference to the Company's Form 10-K for 1993.
"""
    data = _submission(_annual_report_1994(listing), form="10-K", filed="19940330")
    assert _exhibits(data) == [
        ("3.1", "Restated Certificate of Incorporation", None),
        ("3.2", "By-laws of the Company", None),
        ("10(a)", "1991 Stock Option Plan", None),
        ("10(b)", "Employment Agreement with John Smith", None),
        ("27", "Financial Data Schedule", None)]


def test_lettered_footnote_leaves_the_amendments_listed_under_an_agreement() -> None:
    listing = """   4.1    Indenture dated as of May 1, 1995 (a)
   10.1   Credit Agreement dated as of June 1, 1996, as amended by
          (a) First Amendment dated January 1, 1997 and
          (b) Second Amendment dated March 1, 1997
   27     Financial Data Schedule

   (a)    Incorporated by reference to the Company's Form S-3 (No. 33-12345).
"""
    data = _submission(_annual_report_1994(listing), form="10-K", filed="19970330")
    assert _exhibits(data) == [
        ("4.1", "Indenture dated as of May 1, 1995", None),
        ("10.1", "Credit Agreement dated as of June 1, 1996, as amended by (a) First "
                 "Amendment dated January 1, 1997 and (b) Second Amendment dated March 1, "
                 "1997", None),
        ("27", "Financial Data Schedule", None)]


def test_a_rules_letter_is_no_footnote_reference() -> None:
    # "(b) Reports on Form 8-K." is the item's next part, no note; and a letter after a
    # rule's number is the rule's own
    listing = """Exhibit
Number    Description
31.1      Certification of Chief Executive Officer pursuant to Rule 13a-14 (a)
32.1      Certification of Chief Executive Officer pursuant to Rule 13a-14 (b)
32.2      Certification of Chief Financial Officer pursuant to Rule 13a-14 (b)

(a) Filed herewith.

     (b)  Reports on Form 8-K.  None.
"""
    data = _submission(_annual_report_1994(listing), form="10-K", filed="20040330")
    assert _exhibits(data) == [
        ("31.1", "Certification of Chief Executive Officer pursuant to Rule 13a-14 (a)", None),
        ("32.1", "Certification of Chief Executive Officer pursuant to Rule 13a-14 (b)", None),
        ("32.2", "Certification of Chief Financial Officer pursuant to Rule 13a-14 (b)", None)]


def test_a_lettered_heading_under_the_list_is_no_footnote() -> None:
    listing = """Exhibit
Number    Description
10.1      Employment Agreement with John Smith (b)
10.2      1996 Stock Option Plan (b)

(b)  Reports on Form 8-K.  None.
"""
    data = _submission(_annual_report_1994(listing), form="10-K", filed="19970330")
    assert _exhibits(data) == [
        ("10.1", "Employment Agreement with John Smith (b)", None),
        ("10.2", "1996 Stock Option Plan (b)", None)]
