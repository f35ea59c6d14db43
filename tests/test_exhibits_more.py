"""Exhibit list rows that open with a mark or a number, and exhibits printed inside the
primary document (audit of 2026-11: Home Depot 2001, Target and Amazon 2026, Horizon
Financial 2006-2008, Apple 1999, Zurn 1994)."""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from filing2json.parsers.sections.exhibits import exhibit_key, read_entries
from support import filing, submission, validate

# Home Depot 10-K 2001 (g68482e10-k.txt), Item 14's list: "*" marks an exhibit incorporated
# by reference, "+" a management contract, typed against the description
_HOME_DEPOT = (
    "<TABLE>\n<S>      <C>\n"
    " *3.l    Restated Certificate of Incorporation of The Home Depot, Inc., as amended. "
    "[FORM 10-Q FOR THE FISCAL\n"
    "         QUARTER ENDED JULY 30, 2000, EXHIBIT 3.1]\n\n"
    " *3.2    By-laws, as amended and restated.  [FORM 10-K FOR THE FISCAL YEAR ENDED "
    "JANUARY 30, 2000, EXHIBIT 3.2]\n\n"
    "*10.4    +Corporate Office Management Bonus Plan of the Registrant dated March 1, 1991. "
    "[FORM 10-K FOR THE FISCAL YEAR\n"
    "         ENDED FEBRUARY 1, 1998, EXHIBIT 10.2]\n\n"
    "10.5     +Employee Stock Purchase Plan, as amended.\n\n"
    " 10.10   +The Home Depot ESOP Restoration Plan.\n\n"
    " 10.19   Commercial Paper Dealer Agreement between Credit Suisse First Boston Corporation,"
    " as Dealer, and The Home Depot,\n"
    "         Inc., dated as of January 24, 2001.\n\n"
    " 10.20   +Non-Qualified Stock Option and Deferred Stock Unit Plan and Agreement dated as "
    "of December 4, 2001.\n"
    "</TABLE>\n")


def test_a_mark_typed_against_the_description_is_no_part_of_it() -> None:
    entries = dict(read_entries(_HOME_DEPOT))
    assert list(entries) == ["3.1", "3.2", "10.4", "10.5", "10.10", "10.19", "10.20"]
    assert entries["10.4"] == ("Corporate Office Management Bonus Plan of the Registrant dated "
                               "March 1, 1991. [FORM 10-K FOR THE FISCAL YEAR ENDED FEBRUARY 1, "
                               "1998, EXHIBIT 10.2]")
    assert entries["10.5"] == "Employee Stock Purchase Plan, as amended."
    assert entries["10.10"] == "The Home Depot ESOP Restoration Plan."
    # the marks in cells of their own, one or two (Target 2026: "+" a management contract,
    # "\u2021" a filing with omitted schedules), and a mark after a blank in plain text
    rows = ("10.23.1\t\u2021\tAmendment No. 1 to Five-Year Credit Agreement, dated as of "
            "October 25, 2022\n"
            "10.25\t+ \u2021\tCredit Card Program Agreement, dated as of October 22, 2012, among "
            "Target Corporation, Target Enterprise, Inc. and TD Bank USA, N.A.\n"
            "10.25.1\t+\tFirst Amendment, dated as of February 24, 2015, to Credit Card Program "
            "Agreement\n"
            "  10.6     + Senior Officers' Bonus Pool Plan, as amended.\n")
    assert read_entries(rows) == [
        ("10.23.1", "Amendment No. 1 to Five-Year Credit Agreement, dated as of October 25, "
                    "2022"),
        ("10.25", "Credit Card Program Agreement, dated as of October 22, 2012, among Target "
                  "Corporation, Target Enterprise, Inc. and TD Bank USA, N.A."),
        ("10.25.1", "First Amendment, dated as of February 24, 2015, to Credit Card Program "
                    "Agreement"),
        ("10.6", "Senior Officers' Bonus Pool Plan, as amended.")]


def test_a_lower_case_l_typed_for_the_digit_one() -> None:
    # Home Depot 2001: " *3.l    Restated Certificate ..." is exhibit 3.1
    (first, *_) = read_entries(_HOME_DEPOT)
    assert first == ("3.1", "Restated Certificate of Incorporation of The Home Depot, Inc., as "
                            "amended. [FORM 10-Q FOR THE FISCAL QUARTER ENDED JULY 30, 2000, "
                            "EXHIBIT 3.1]")
    assert read_entries("  10.1l   Lease Agreement dated May 1, 1996.\n") == [
        ("10.11", "Lease Agreement dated May 1, 1996.")]
    # a lettered sub-number keeps its letter: "10(l)" is exhibit 10, letter L
    assert read_entries("  10(l)   Lease Agreement dated May 1, 1996.\n") == [
        ("10(l)", "Lease Agreement dated May 1, 1996.")]
    assert exhibit_key("10(l)") == (10, None, "L")


def test_a_description_may_open_with_a_term_or_a_rate() -> None:
    # Target 2026 ("10.24<tab>\u2021<tab>364-Day Credit Agreement"), Amazon 2026 ("10.9<tab>
    # 364-Day Revolving Credit Agreement"), and a note's rate opening a 1990s description
    rows = ("10.24\t\u2021\t364-Day Credit Agreement, dated as of October 9, 2025, among Target "
            "Corporation, the Banks listed therein\n"
            "10.9\t364-Day Revolving Credit Agreement, dated as of October 29, 2025, among "
            "Amazon.com, Inc., Citibank N.A.\n"
            "  4.3     8 1/2% Senior Notes Indenture dated as of June 1, 1996.\n"
            "  4.4     6.875% Notes due 2027 (incorporated by reference to Exhibit 4.1 to the\n"
            "          Form 8-K dated July 1, 1997).\n")
    assert [number for number, _ in read_entries(rows)] == ["10.24", "10.9", "4.3", "4.4"]
    assert read_entries(rows)[0][1].startswith("364-Day Credit Agreement, dated as of")
    assert read_entries(rows)[2][1] == "8 1/2% Senior Notes Indenture dated as of June 1, 1996."
    # a table's figures, a page column or a rate column are no entries
    table = ("  10.5     364      400\n"
             "  12.5     5.2%      4.3%\n"
             "  10.5     $1,234,567      $1,100,000\n"
             "  99.1     25-30\n")
    assert read_entries(table) == []


def _ten_k_html(rows: list[tuple[str, str, str]]) -> bytes:
    cells = "".join(
        f'<tr><td style="vertical-align:top"><span>{number}</span></td>'
        f'<td style="vertical-align:top"><span>{marks}</span></td>'
        f'<td style="vertical-align:top"><span>{description}</span></td></tr>'
        for number, marks, description in rows)
    return (
        '<html><body><div><p style="text-align:center">UNITED STATES<br>SECURITIES AND '
        'EXCHANGE COMMISSION</p><p style="text-align:center">FORM 10-K</p><p>ANNUAL REPORT '
        "PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934</p>"
        "<p>For the fiscal year ended January 31, 2026</p><p>TARGET CORPORATION</p>"
        "<p><b>Item 15. Exhibit and Financial Statement Schedules</b></p><p>b) Exhibits</p>"
        f"<table>{cells}</table><p>Item 16. Form 10-K Summary</p><p>None.</p>"
        '<p style="text-align:center">SIGNATURES</p></div></body></html>').encode()


def test_html_index_rows_with_marks_and_numbers_opening_the_description() -> None:
    record = validate(parse(_ten_k_html([
        ("10.23.1", "&#8225;", "Amendment No. 1 to Five-Year Credit Agreement, dated as of "
                               "October 25, 2022"),
        ("10.24", "&#8225;", "364-Day Credit Agreement, dated as of October 9, 2025"),
        ("10.25", "+ &#8225;", "Credit Card Program Agreement, dated as of October 22, 2012"),
        ("10.25.1", "+", "First Amendment, dated as of February 24, 2015, to Credit Card "
                         "Program Agreement")]), "tgt-20260131.htm"))
    assert [(e["number"], e["description"]) for e in record["exhibits"]] == [
        ("10.23.1", "Amendment No. 1 to Five-Year Credit Agreement, dated as of October 25, "
                    "2022"),
        ("10.24", "364-Day Credit Agreement, dated as of October 9, 2025"),
        ("10.25", "Credit Card Program Agreement, dated as of October 22, 2012"),
        ("10.25.1", "First Amendment, dated as of February 24, 2015, to Credit Card Program "
                    "Agreement")]


# -- exhibits printed inside the primary document ------------------------------------------

def _submission(main: str, *exhibits: tuple[str, str]) -> list[dict[str, Any]]:
    """exhibits[] of an 8-K submission: the report, then (type, text) documents."""
    text = submission(main, *exhibits, accession="0000939057-08-000012", filed="20080117")
    record = parse(text, "exhibits.txt")
    return validate(record)["exhibits"]


_SIGNATURES = (
    "<PAGE>\n\n                                   SIGNATURES\n\n"
    "     Pursuant to the requirements of the Securities Exchange Act of 1934, the\n"
    "registrant has duly caused this report to be signed on its behalf by the\n"
    "undersigned, hereunto duly authorized.\n\n"
    "                                    HORIZON FINANCIAL CORP.\n\n"
    "Date: January 17, 2008              By: /s/Richard P. Jacobson\n"
    "                                        -------------------------------------\n"
    "                                        Richard P. Jacobson\n"
    "                                        President and Chief Executive Officer\n\n")
# Horizon Financial 2008_1: Items 2.02 and 9.01, the signatures, then the release
_REPORT = (
    "                                   FORM 8-K\n\n                                CURRENT "
    "REPORT\n\n"
    "Item 2.02  Results of Operations and Financial Condition\n"
    "- --------------------------------------------------------\n\n"
    "     On January 17, 2008, Horizon Financial Corp. issued its earnings release\n"
    "for the quarter ended December 31, 2007.  A copy of the earnings release is\n"
    "attached hereto as Exhibit 99.1 and incorporated herein by reference.\n\n"
    "Item 9.01  Financial Statements and Exhibits\n"
    "- --------------------------------------------\n\n"
    "     (c)    Exhibits\n\n"
    "     99.1   Press Release of Horizon Financial Corp. dated January 17, 2008.\n\n"
    + _SIGNATURES)
_RELEASE = (
    "Contacts:\n"
    "          Horizon Financial Corp.\n"
    "          V. Lawrence Evans, Chairman\n"
    "          Rich Jacobson, CEO\n"
    "          Dennis Joines, President & COO                        NEWS RELEASE\n"
    "          360.733.3050\n\n"
    "==============================================================================\n\n"
    "         Horizon Financial Earns $0.39 in Third Quarter of Fiscal 2008;\n"
    "         --------------------------------------------------------------\n"
    "                      Loan Portfolio Grows 14 Percent\n"
    "                      -------------------------------\n\n"
    "BELLINGHAM, WA, -- January 17, 2008 -- Horizon Financial Corp. (Nasdaq: HRZB)\n"
    "today reported that it had strong loan growth and solid profits in the third\n"
    "quarter of fiscal 2008, ended December 31, 2007. Horizon reported earnings of\n"
    "$4.7 million, or $0.39 per diluted share, for the quarter ended December 31,\n"
    "2007, compared to $5.1 million, or $0.41 per diluted share, in the same quarter\n"
    "a year ago.\n")
_HEADING = "<PAGE>\n\n\n                                 Exhibit 99.1\n\n<PAGE>\n\n\n"


def _linked(main: str, *exhibits: tuple[str, str]) -> list[tuple[str, int | None]]:
    return [(e["number"], e["document"]) for e in _submission(main, *exhibits)]


def test_an_exhibit_headed_inside_the_report_is_held_by_the_report() -> None:
    # Horizon Financial 2006-2008: "Exhibit 99.1" on a line of its own under the signatures
    assert _linked(_REPORT + _HEADING + _RELEASE) == [("99.1", 1)]
    # "EXHIBIT 99" over the release for the list's "99.1"
    assert _linked(_REPORT + _HEADING.replace("Exhibit 99.1", "EXHIBIT 99") + _RELEASE) == [
        ("99.1", 1)]
    # the release filed as a document of its own is that document, not the report
    assert _linked(_REPORT, ("EX-99.1", _HEADING + _RELEASE)) == [("99.1", 2)]
    # a heading over nothing (the exhibit filed on paper), or over another heading, heads no
    # text of the report
    assert _linked(_REPORT + _HEADING + "[Filed under cover of Form SE]\n") == [("99.1", None)]
    assert _linked(_REPORT + _HEADING + "                                 Exhibit 99.2\n\n"
                   + _RELEASE) == [("99.1", None)]
    # a listed exhibit the list says is filed elsewhere is not the report's, heading or not
    elsewhere = _REPORT.replace(
        "January 17, 2008.\n\n<PAGE>",
        "January 17, 2008\n            (incorporated by reference to Exhibit 99.1 to the "
        "Form 10-Q).\n\n<PAGE>")
    assert _linked(elsewhere + _HEADING + _RELEASE) == [("99.1", None)]


# Apple 1999 (one document): "INDEX TO EXHIBITS" after the signatures, the release after it
# with no heading of its own
_INDEX = ("\n\n                               INDEX TO EXHIBITS\n\n"
          "Exhibit            Document                                               Page\n"
          "99.1               Text of Press Release dated September 3, 1999          5\n\n"
          "<PAGE>\n\n")
_APPLE_RELEASE = (
    "           Apple Reaches Settlement of Shareholder Derivative Action\n\n"
    "CUPERTINO, California -- September 3, 1999 -- Apple today announced it has\n"
    "reached a settlement, subject to court approval, of shareholder derivative\n"
    "action known as Kostick vs. Crisp, which has been pending since January 1996.\n")
_APPLE = _REPORT.replace("     99.1   Press Release of Horizon Financial Corp. dated January 17, "
                         "2008.", "     99.1   Text of press release dated September 3, 1999.")


def test_a_release_printed_after_the_report_is_its_listed_release() -> None:
    assert _linked(_APPLE + _INDEX + _APPLE_RELEASE) == [("99.1", 1)]
    # Zurn 1994: "20  Other Documents or Statements to Security Holders" over "News Release
    # dated April 19, 1994  Page 3", then "FOR IMMEDIATE RELEASE"
    zurn = (_REPORT.split("     (c)")[0] + "\n" + _SIGNATURES
            + "                                 EXHIBIT INDEX\n\n"
              "20  Other Documents or Statements to Security Holders\n"
              "    News Release dated April 19, 1994                                   Page 3\n"
              "\n<PAGE>\n                                                FOR IMMEDIATE RELEASE\n"
              "                                                April 19, 1994\n\n"
              "ZURN INDUSTRIES RECORDS FOURTH QUARTER CHARGE\n"
              "FOR CLOSING BOILER MANUFACTURING FACILITY\n\n"
              "Erie, PA ... Zurn Industries, Inc. (New York Stock Exchange), a leading\n"
              "designer, constructor and manufacturer of systems and equipment for power\n")
    assert _linked(zurn) == [("20", 1)]
    # no release after the report: nothing is linked
    assert _linked(_APPLE + _INDEX) == [("99.1", None)]
    # two releases listed and neither headed: which one is printed is not known
    two = _APPLE.replace("1999.\n", "1999.\n     99.2   Press release dated September 7, "
                         "1999.\n", 1)
    assert _linked(two + _INDEX + _APPLE_RELEASE) == [("99.1", None), ("99.2", None)]
    # a release filed under that number as a document of its own: the report's text is not
    # taken for the list's other release
    filed = _linked(two + _INDEX + _APPLE_RELEASE,
                    ("EX-99.1", "EXHIBIT 99.1\n\n" + _APPLE_RELEASE))
    assert filed == [("99.1", 2), ("99.2", None)]


def test_one_document_reports_hold_their_exhibit_and_only_those() -> None:
    for name in ("8k_2006_horizonfinancialcorp_1.txt", "8k_2006_horizonfinancialcorp_5.txt",
                 "8k_2008_horizonfinancialcorp_1.txt", "8k_2008_horizonfinancialcorp_5.txt",
                 "8k_1999_applecomputerinc_1.txt", "8k_1994_zurnindustriesinc_2.txt"):
        (exhibit,) = filing(name)["exhibits"]
        assert exhibit["document"] == 1, name
    # Pericom 2002: the list incorporates its exhibits by reference
    assert [e["document"] for e in filing("8k_2002_pericomsemiconductorco_1.txt")["exhibits"]] \
        == [None, None]
    # Apple 2004 (the 8-K document only): its releases are not in it
    assert [e["document"] for e in filing("8k_2004_applecomputerinc_2.txt")["exhibits"]] == [
        None, None]


def test_a_certification_printed_in_a_quarterly_report_is_held_by_it() -> None:
    # 2003-04 10-Qs print the Section 302 certification under "EXHIBIT 31.1" after the
    # signatures, in the report itself, and file the 906 one as a document of its own
    report = (
        "                                   FORM 10-Q\n\n"
        "                  For the quarterly period ended March 31, 2004\n\n"
        "                             ACME WIDGET CORPORATION\n\n"
        "PART II.  OTHER INFORMATION\n\n"
        "Item 6.  Exhibits and Reports on Form 8-K\n\n"
        "     (a)  Exhibits\n\n"
        "          10.1   Employment Agreement with John Smith (incorporated by reference to\n"
        "                 Exhibit 10.1 to the Form 8-K filed January 5, 2004).\n"
        "          31.1   Certification of Chief Executive Officer pursuant to Section 302.\n"
        "          32.1   Certification pursuant to Section 906.\n\n"
        "     (b)  Reports on Form 8-K\n\n          None.\n\n"
        "                                   SIGNATURES\n\n"
        "Pursuant to the requirements of the Securities Exchange Act of 1934, the\n"
        "registrant has duly caused this report to be signed on its behalf by the\n"
        "undersigned thereunto duly authorized.\n\n"
        "                                        ACME WIDGET CORPORATION\n\n"
        "Date: May 14, 2004                      By: /s/ John Smith\n"
        "                                            John Smith, President\n\n<PAGE>\n"
        "                                                                    EXHIBIT 31.1\n\n"
        "                                 CERTIFICATION\n\n"
        "I, John Smith, certify that:\n\n"
        "1. I have reviewed this quarterly report on Form 10-Q of Acme Widget Corp.;\n\n"
        "2. Based on my knowledge, this report does not contain any untrue statement of a\n"
        "material fact or omit to state a material fact necessary to make the statements\n"
        "made, in light of the circumstances under which such statements were made, not\n"
        "misleading with respect to the period covered by this report;\n")
    submission = (
        "<SEC-DOCUMENT>0001234567-04-000012.txt : 20040514\n"
        "<SEC-HEADER>0001234567-04-000012.hdr.sgml : 20040514\n"
        "ACCESSION NUMBER:\t\t0001234567-04-000012\nCONFORMED SUBMISSION TYPE:\t10-Q\n"
        "PUBLIC DOCUMENT COUNT:\t\t2\nFILED AS OF DATE:\t\t20040514\n</SEC-HEADER>\n"
        f"<DOCUMENT>\n<TYPE>10-Q\n<SEQUENCE>1\n<TEXT>\n{report}</TEXT>\n</DOCUMENT>\n"
        "<DOCUMENT>\n<TYPE>EX-32.1\n<SEQUENCE>2\n<TEXT>\nEXHIBIT 32.1\n\nCERTIFICATION "
        "PURSUANT TO 18 U.S.C. SECTION 1350\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n")
    exhibits = validate(parse(submission.encode(), "acme-10q.txt"))["exhibits"]
    assert [(e["number"], e["document"]) for e in exhibits] == [
        ("10.1", None), ("31.1", 1), ("32.1", 2)]
