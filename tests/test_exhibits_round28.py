"""Exhibit lists, round 28: 8-K lists typed flush left and wrapped at the margin, numbers with
a point before their letter ("99.(a)", "99.A"), a heading that says less than its <TYPE>, and
the financial statements listed under an 8-K's parts (a) and (b)."""

from __future__ import annotations

from filing2json.parsers import parse
from support import submission, validate

_COVER = (
    "                       SECURITIES AND EXCHANGE COMMISSION\n"
    "                             WASHINGTON, D.C. 20549\n\n"
    "                                    FORM 8-K\n\n"
    "                                 CURRENT REPORT\n"
    "                     PURSUANT TO SECTION 13 OR 15(d) OF THE\n"
    "                        SECURITIES EXCHANGE ACT OF 1934\n\n"
    "      Date of Report (Date of earliest event reported): January 5, 1998\n\n"
    "                             NORTHFIELD INDUSTRIES, INC.\n"
    "             (Exact name of registrant as specified in its charter)\n\n")
_SIGNATURES = (
    "\n                                   SIGNATURES\n\n"
    "     Pursuant to the requirements of the Securities Exchange Act of 1934, the\n"
    "registrant has duly caused this report to be signed on its behalf by the\n"
    "undersigned hereunto duly authorized.\n\n"
    "                                        NORTHFIELD INDUSTRIES, INC.\n\n"
    "Date: January 6, 1998                   By: /s/ Walter J. Brennan\n"
    "                                            -----------------------\n"
    "                                            Walter J. Brennan\n"
    "                                            Chief Financial Officer\n")
_RELEASE = (
    "FOR IMMEDIATE RELEASE\n\n"
    "NORTHFIELD INDUSTRIES REPORTS RECORD FOURTH QUARTER EARNINGS\n\n"
    "     CHICAGO, Jan. 5, 1998 -- Northfield Industries, Inc. today reported record\n"
    "earnings for the fourth quarter ended December 31, 1997.\n")


def _exhibits(items: str, *documents: tuple[str, str]) -> list[tuple]:
    data = submission(_COVER + items + _SIGNATURES, *documents,
                      accession="0000912057-98-000123", filed="19980106")
    record = validate(parse(data, "northfield-8k.txt"))
    return [(e["number"], e["description"], e["document"]) for e in record["exhibits"]]


def test_a_flush_left_entry_wrapped_at_the_margin_keeps_its_next_line() -> None:
    items = (
        "Item 5.  Other Events.\n\n"
        "On January 5, 2004, the Company issued a press release announcing its results for\n"
        "the fourth quarter and the year ended December 31, 2003.\n\n"
        "Item 7.  Financial Statements and Exhibits.\n\n"
        "(c) Exhibits.\n\n"
        "Exhibit 99.1 -- Press Release dated January 5, 2004, announcing the results of the\n"
        "Company for the fourth quarter and the year ended December 31, 2003.\n"
        "Exhibit 99.2 -- Supplemental financial information for the quarter.\n"
        "The information in this report, including the exhibits, is furnished pursuant\n"
        "to Item 12 and shall not be deemed filed.\n")
    assert _exhibits(items, ("EX-99.1", _RELEASE), ("EX-99.2", "SUPPLEMENTAL INFORMATION\n")) == [
        ("99.1", "Press Release dated January 5, 2004, announcing the results of the Company "
                 "for the fourth quarter and the year ended December 31, 2003.", 2),
        # a short line did not wrap: the sentence under it is no part of it
        ("99.2", "Supplemental financial information for the quarter.", 3)]
    # two blanks part the number from its description, and the line above is full
    items = items.replace("Exhibit 99.1 -- ", "99.1  ").replace("Exhibit 99.2 -- ", "99.2  ")
    assert _exhibits(items, ("EX-99.1", _RELEASE))[0] == (
        "99.1", "Press Release dated January 5, 2004, announcing the results of the Company for "
                "the fourth quarter and the year ended December 31, 2003.", 2)


def test_a_number_with_a_point_before_its_letter_is_read_and_linked() -> None:
    items = (
        "Item 7.  Financial Statements and Exhibits.\n\n"
        "     (c)  Exhibits.\n\n"
        "          Exhibit 99.A  Press Release of the Registrant dated January 5, 1998.\n"
        "          Exhibit 99.B  Letter to shareholders dated January 5, 1998.\n")
    letter = " " * 56 + "EXHIBIT 99.B\n\nDear Shareholder:\n"
    assert _exhibits(items, ("EX-99.A", _RELEASE), ("EX-99.B", letter)) == [
        ("99.A", "Press Release of the Registrant dated January 5, 1998.", 2),
        ("99.B", "Letter to shareholders dated January 5, 1998.", 3)]
    items = items.replace("Exhibit 99.A", "99.(a)      ").replace("Exhibit 99.B", "99.(b)      ")
    assert _exhibits(items, ("EX-99.(A)", _RELEASE), ("EX-99.(B)", letter)) == [
        ("99.(a)", "Press Release of the Registrant dated January 5, 1998.", 2),
        ("99.(b)", "Letter to shareholders dated January 5, 1998.", 3)]


def test_a_heading_that_says_less_than_the_type_keeps_the_type_number() -> None:
    items = (
        "Item 5.  Other Events.\n\n"
        "     On January 5, 1998, the Registrant issued a press release, a copy of which is\n"
        "attached as Exhibit 99.1 hereto and incorporated herein by reference.\n\n"
        "Item 7.  Financial Statements and Exhibits.\n\n"
        "     (c)  Exhibits.  A copy of the press release is attached as Exhibit 99.1\n"
        "hereto.\n")
    release = "                                                        EXHIBIT 99\n\n" + _RELEASE
    assert _exhibits(items, ("EX-99.1", release)) == [("99.1", "Press release", 2)]


def test_financial_statements_listed_under_parts_a_and_b_are_no_exhibits() -> None:
    items = (
        "Item 2.  Acquisition or Disposition of Assets.\n\n"
        "     On December 22, 1997, the Registrant acquired all of the outstanding\n"
        "partnership interests of Widget Holdings, L.P.\n\n"
        "Item 7.  Financial Statements, Pro Forma Financial Information and Exhibits.\n\n"
        "     (a)  Financial Statements of Business Acquired.\n\n"
        "          The following financial statements of Widget Holdings, L.P. are filed\n"
        "          herewith:\n\n"
        "          1.  Report of Independent Accountants.\n"
        "          2.  Balance Sheets as of December 31, 1997 and 1996.\n"
        "          3.  Statements of Operations for the years ended December 31, 1997\n"
        "              and 1996.\n\n"
        "     (b)  Pro Forma Financial Information.\n\n"
        "          1.  Unaudited Pro Forma Condensed Combined Balance Sheet as of\n"
        "              September 30, 1997.\n\n"
        "     (c)  Exhibits.\n\n"
        "          2.1   Asset Purchase Agreement dated as of December 15, 1997.\n"
        "          23.1  Consent of Price Waterhouse LLP.\n")
    assert _exhibits(items, ("EX-2.1", "ASSET PURCHASE AGREEMENT\n"),
                     ("EX-23.1", "CONSENT OF INDEPENDENT ACCOUNTANTS\n")) == [
        ("2.1", "Asset Purchase Agreement dated as of December 15, 1997.", 2),
        ("23.1", "Consent of Price Waterhouse LLP.", 3)]
