"""Exhibit lists, round 27: the parts of a 10-K's exhibits item run on into a sentence, an
"Incorporated by Reference" table typed as plain text, and generic exhibit <TYPE>s told
apart by their file names."""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from filing2json.parsers.sections.exhibits import read_entries
from support import filing, submission, validate

_TEN_K = (
    "                       SECURITIES AND EXCHANGE COMMISSION\n"
    "                             Washington, D.C. 20549\n\n"
    "                                   FORM 10-K\n\n"
    "     ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934\n\n"
    "                  For the fiscal year ended December 31, 2004\n\n"
    "                           OAK VALLEY BANCORP, INC.\n\n"
    "                                     PART I\n\n"
    "Item 1.  Business\n\n"
    "     The Company is a bank holding company. Its credit agreement is filed as\n"
    "Exhibit 10.1 to this report.\n\n"
    "                                     PART IV\n\n")
_TEN_K_SIGNATURES = (
    "\n                                   SIGNATURES\n\n"
    "     Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act\n"
    "of 1934, the registrant has duly caused this report to be signed on its behalf by the\n"
    "undersigned, thereunto duly authorized.\n\n"
    "                                        OAK VALLEY BANCORP, INC.\n\n"
    "Date: March 15, 2005                    By: /s/ Thomas R. Miller\n")


def _exhibits(main: str, *documents: tuple[str, str], form: str = "10-K") -> list[tuple]:
    data = submission(main, *documents, accession="0000950134-05-004321", filed="20050315")
    data = data.replace(b"SUBMISSION TYPE:\t8-K", f"SUBMISSION TYPE:\t{form}".encode())
    data = data.replace(b"<TYPE>8-K\n", f"<TYPE>{form}\n".encode(), 1)
    record = validate(parse(data, "oakvalley-10k.txt"))
    return [(e["number"], e["description"], e["document"]) for e in record["exhibits"]]


def test_the_parts_of_the_exhibits_item_run_into_a_sentence_are_no_exhibits() -> None:
    main = _TEN_K + (
        "Item 15.  Exhibits and Financial Statement Schedules\n\n"
        "     (a)  The following documents are filed as part of this report:\n\n"
        "          1.   Financial Statements: The consolidated financial statements of the\n"
        "               Company are included in Item 8 of this report.\n\n"
        "          2.   Financial Statement Schedules: All schedules have been omitted because\n"
        "               they are not applicable or the information is shown in the notes.\n\n"
        "          3.   Exhibits: The exhibits listed in the accompanying Exhibit Index are\n"
        "               filed or incorporated by reference as part of this report.\n\n"
        "     (b)  Exhibits\n\n"
        "          See Item 15(a)(3) above.\n"
        + _TEN_K_SIGNATURES +
        "\n                                 EXHIBIT INDEX\n\n"
        "Exhibit\n"
        "Number     Description\n"
        "-------    -----------\n"
        "3.1        Restated Articles of Incorporation (incorporated by reference to\n"
        "           Exhibit 3.1 to the Company's Form 10-Q for the quarter ended June 30, 2003)\n"
        "10.1       Credit Agreement dated as of June 1, 2004\n"
        "23.1       Consent of Moss Adams LLP\n")
    exhibits = _exhibits(main, ("EX-10.1", "CREDIT AGREEMENT\n\n" + "The Lender agrees. " * 30),
                         ("EX-23.1", "CONSENT OF INDEPENDENT REGISTERED PUBLIC ACCOUNTING FIRM\n\n"
                                     + "We consent to the incorporation by reference. " * 8))
    assert [(number, document) for number, _, document in exhibits] == [
        ("3.1", None), ("10.1", 2), ("23.1", 3)]
    # an exhibit 1 to 9 is still one: "2.1 Agreement and Plan of Merger", "4 Indenture", and
    # a part typed alone stays none
    assert read_entries("   2     Agreement and Plan of Merger dated May 1, 2004\n"
                        "   4     Indenture dated as of June 1, 1998\n") == [
        ("2", "Agreement and Plan of Merger dated May 1, 2004"),
        ("4", "Indenture dated as of June 1, 1998")]


def test_a_plain_text_incorporated_by_reference_table_keeps_its_description_only() -> None:
    main = _TEN_K + (
        "Item 15.  Exhibits and Financial Statement Schedules\n\n"
        "     (a)(3)  Exhibits\n\n"
        "<TABLE>\n<CAPTION>\n"
        "                                                        Incorporated by Reference\n"
        "Exhibit                                           ------------------------------------"
        "   Filed\n"
        "Number   Exhibit Description                      Form    File No.   Exhibit  "
        "Filing Date Herewith\n"
        "-------  -------------------                      ----    --------   -------  "
        "----------- --------\n"
        "<S>      <C>                                      <C>     <C>        <C>      <C>"
        "         <C>\n"
        "3.1      Restated Articles of Incorporation       10-Q    000-27581  3.1      "
        "8/14/2003\n"
        "10.1     Loan and Security Agreement dated as     8-K     000-27581  10.1     "
        "3/2/2004\n"
        "         of March 1, 2004\n"
        "10.2     Amended 1998 Stock Option Plan           S-8     333-61234  4.1      "
        "5/24/2001\n"
        "10.3     Credit Agreement dated as of June 1, 2004"
        "                                             X\n"
        "31.1     Certification of Chief Executive                                        "
        "           X\n"
        "         Officer\n"
        "</TABLE>\n"
        + _TEN_K_SIGNATURES)
    exhibits = _exhibits(main, ("EX-10.3", "CREDIT AGREEMENT\n\n" + "The Lender agrees. " * 30),
                         ("EX-31.1", "CERTIFICATION\n\n" + "I, Thomas R. Miller, certify. " * 8))
    assert exhibits == [
        ("3.1", "Restated Articles of Incorporation", None),
        ("10.1", "Loan and Security Agreement dated as of March 1, 2004", None),
        ("10.2", "Amended 1998 Stock Option Plan", None),
        ("10.3", "Credit Agreement dated as of June 1, 2004", 2),
        ("31.1", "Certification of Chief Executive Officer", 3)]


def _filed(main: str, *documents: tuple[str, str, str]) -> list[tuple[str, Any]]:
    """(number, document) of an 8-K whose exhibits are (type, filename, text) documents."""
    accession = "0001193125-05-041234"
    parts = [f"<SEC-DOCUMENT>{accession}.txt : 20050301\n"
             f"<SEC-HEADER>{accession}.hdr.sgml : 20050301\n"
             f"ACCESSION NUMBER:\t\t{accession}\nCONFORMED SUBMISSION TYPE:\t8-K\n"
             f"PUBLIC DOCUMENT COUNT:\t\t{len(documents) + 1}\n"
             "FILED AS OF DATE:\t\t20050301\n</SEC-HEADER>\n"]
    for sequence, (doc_type, filename, text) in enumerate(
            [("8-K", "d8k.txt", main), *documents], 1):
        parts.append(f"<DOCUMENT>\n<TYPE>{doc_type}\n<SEQUENCE>{sequence}\n"
                     f"<FILENAME>{filename}\n<TEXT>\n{text}\n</TEXT>\n</DOCUMENT>\n")
    record = validate(parse(("".join(parts) + "</SEC-DOCUMENT>\n").encode(), "d8k.txt"))
    return [(e["number"], e["document"]) for e in record["exhibits"]]


_EIGHT_K = (
    "                                    FORM 8-K\n\n"
    "                                 CURRENT REPORT\n\n"
    "                           OAK VALLEY BANCORP, INC.\n\n"
    "Item 9.01  Financial Statements and Exhibits.\n\n"
    "     (c)  Exhibits.\n\n{}"
    "\n                                   SIGNATURES\n\n"
    "     Pursuant to the requirements of the Securities Exchange Act of 1934, the\n"
    "registrant has duly caused this report to be signed on its behalf.\n\n"
    "Date: March 1, 2005                     By: /s/ Thomas R. Miller\n")


def test_generic_exhibit_types_go_to_the_entries_their_file_names_number() -> None:
    # Donnelley's "dex992.htm" filed before "dex991.htm", both typed EX-99, neither headed
    main = _EIGHT_K.format("     99.1   Press release dated March 1, 2005\n"
                           "     99.2   Fourth quarter 2004 financial supplement\n")
    supplement = "OAK VALLEY BANCORP\nSUPPLEMENTAL INFORMATION\n\n" + "Loans by type. " * 40
    release = "OAK VALLEY BANCORP REPORTS RECORD EARNINGS\n\n" + "Oak Valley today said. " * 30
    assert _filed(main, ("EX-99", "dex992.htm", supplement), ("EX-99", "dex991.htm", release)) \
        == [("99.1", 3), ("99.2", 2)]
    # "ex10-2.txt" before "ex10-1.txt", typed EX-10, and Bowne's "exv99w1.htm"
    main = _EIGHT_K.format("     10.1   Amendment No. 2 to Credit Agreement, dated as of February\n"
                           "            25, 2005\n"
                           "     10.2   Form of Restricted Stock Agreement\n"
                           "     99.1   Press release dated March 1, 2005\n")
    assert _filed(main, ("EX-10", "ex10-2.txt", "RESTRICTED STOCK AWARD\n\n" + "Shares. " * 60),
                  ("EX-10", "ex10-1.txt", "SECOND AMENDMENT\n\n" + "The parties. " * 60),
                  ("EX-99", "y05123exv99w1.htm", release)) \
        == [("10.1", 3), ("10.2", 2), ("99.1", 4)]
    # a name with no minor number, or with a date after it, tells nothing: the order filed
    assert _filed(_EIGHT_K.format("     99.1   Press release dated March 1, 2005\n"
                                  "     99.2   Fourth quarter 2004 financial supplement\n"),
                  ("EX-99", "ex99_20050301.htm", release), ("EX-99", "ex99.htm", supplement)) \
        == [("99.1", 2), ("99.2", 3)]


# Microsoft's 10-K for fiscal 2001 (d10k.txt), Item 14's list and its footnotes
_REFERENCED = (
    "             3.1       Restated Articles of Incorporation of Microsoft Corporation (1)\n\n"
    "             10.3      Microsoft Corporation 1999 Stock Option Plan for Non-\n"
    "                       Employee Directors (4)\n\n"
    "             10.5      Microsoft Corporation 1997 Employee Stock Purchase Plan\n\n"
    "             10.9      Amended and Restated Note Purchase Agreement (Series 2)\n\n"
    "             10.10     Indenture Supplement (3)\n\n"
    "(1)  Incorporated by reference to Annual Report on Form 10-K For The Fiscal Year\n"
    "     Ended June 30, 1994.\n"
    "(4)  Incorporated by reference to Registration Statement 333-91755 on Form S-8.\n")


def test_a_footnote_reference_closing_a_description_is_no_part_of_it() -> None:
    assert read_entries(_REFERENCED) == [
        ("3.1", "Restated Articles of Incorporation of Microsoft Corporation"),
        ("10.3", "Microsoft Corporation 1999 Stock Option Plan for Non-Employee Directors"),
        ("10.5", "Microsoft Corporation 1997 Employee Stock Purchase Plan"),
        ("10.9", "Amended and Restated Note Purchase Agreement (Series 2)"),
        ("10.10", "Indenture Supplement (3)")]  # no footnote (3) under the list: kept
    # the 2004 report's HTML rows, the reference typed against the word
    rows = ("3.2\tBylaws of Microsoft Corporation(2)\n"
            "10.14\tTrust Agreement dated June 1, 1993 between Microsoft Corporation and BNY "
            "Western Trust Company as trustee (formerly with First Interstate Bank of Washington "
            "as trustee)(6)\n"
            "21.\tSubsidiaries of Registrant\n\n"
            "(2)\tIncorporated by reference to Quarterly Report on Form 10-Q for the Quarterly "
            "Period Ended March 31, 2003.\n\n"
            "(6)\tIncorporated by reference to Annual Report on Form 10-K for the Fiscal Year "
            "Ended June 30, 2002.\n")
    assert read_entries(rows) == [
        ("3.2", "Bylaws of Microsoft Corporation"),
        ("10.14", "Trust Agreement dated June 1, 1993 between Microsoft Corporation and BNY "
                  "Western Trust Company as trustee (formerly with First Interstate Bank of "
                  "Washington as trustee)"),
        ("21", "Subsidiaries of Registrant")]


def test_a_word_hyphenated_at_a_line_end_is_whole_and_a_dash_after_a_blank_parts() -> None:
    lines = ("  10.3   Microsoft Corporation 1999 Stock Option Plan for Non-\n"
             "         Employee Directors\n"
             "  10.4   Employment Agreement with John Smith dated June 1, 2004 -\n"
             "         Amendment No. 1\n")
    assert [description for _, description in read_entries(lines)] == [
        "Microsoft Corporation 1999 Stock Option Plan for Non-Employee Directors",
        "Employment Agreement with John Smith dated June 1, 2004 - Amendment No. 1"]


def test_the_filing_fees_document_is_exhibit_107() -> None:
    # Acurx S-1 2023: "107<tab>Filing Fee Table<tab>X" over the EX-FILING FEES document
    # tm2319782d1_ex-filingfees.htm (sequence 4)
    exhibits = filing("s1_2023_acurxpharmaceuticalsin_1.txt")["exhibits"]
    assert {"number": "107", "description": "Filing Fee Table", "document": 4} in exhibits
    # unlisted, it is still exhibit 107, not "FILING FEES"
    main = (
        "                                    FORM S-8\n\n"
        "                             REGISTRATION STATEMENT\n"
        "                        UNDER THE SECURITIES ACT OF 1933\n\n"
        "                           OAK VALLEY BANCORP, INC.\n\n"
        "Item 8.  Exhibits.\n\n"
        "     5.1    Opinion of Bryan Cave LLP\n"
        "     23.1   Consent of Moss Adams LLP\n")
    exhibits = _exhibits(main, ("EX-5.1", "OPINION\n\n" + "We have acted as counsel. " * 10),
                         ("EX-FILING FEES", "Calculation of Filing Fee Tables\n\nForm S-8\n\n"
                                            + "Equity  Common Stock  457(c)  $0.0001476 " * 5),
                         form="S-8")
    assert [(number, document) for number, _, document in exhibits] == [
        ("5.1", 2), ("23.1", None), ("107", 3)]
