"""Press releases, round 27b: headlines over bracketed subheadlines, the headingless About's
company named in full, contacts, safe harbours and page furniture."""

from __future__ import annotations

from filing2json.parsers.sections.press_release import parse_press_release
from filing2json.parsers.text import html_to_text

# ---- headline and subheadlines ---------------------------------------------------------------

# A 2004 EX-99 typed with a letterhead, a three-line headline and a subheadline in brackets
_BRACKETED = """\
Acme Widget Corporation
4500 Industrial Parkway
Dayton, Ohio 45414
(937) 555-2000

FOR IMMEDIATE RELEASE

Acme Widget Corporation Reports Record Fiscal 2004 Earnings,
Increases Quarterly Dividend by 15 Percent and
Announces $50 Million Share Repurchase Program

[Conference Call Scheduled for 11:00 a.m. Eastern Time]

DAYTON, Ohio, August 12, 2004 -- Acme Widget Corporation (NYSE: AWC) today reported
record net income for its fiscal year ended June 30, 2004.

Net sales for fiscal 2004 were $612.4 million, an increase of 11 percent over
fiscal 2003.
"""


def test_subheadline_in_square_brackets_keeps_the_headline_above_it() -> None:
    r = parse_press_release(_BRACKETED, "EX-99.1")
    assert r["headline"] == (
        "Acme Widget Corporation Reports Record Fiscal 2004 Earnings, Increases Quarterly "
        "Dividend by 15 Percent and Announces $50 Million Share Repurchase Program"
    )
    assert r["subheadlines"] == ["Conference Call Scheduled for 11:00 a.m. Eastern Time"]


def test_bracketed_picture_notes_over_the_headline_are_no_head() -> None:
    text = _BRACKETED.replace(
        "FOR IMMEDIATE RELEASE\n\n",
        "[ACME WIDGET CORPORATION LETTERHEAD]\n\n[Translation of the original release]\n\n",
    )
    r = parse_press_release(text, "EX-99.1")
    assert r["headline"].startswith("Acme Widget Corporation Reports Record Fiscal 2004")
    assert r["subheadlines"] == ["Conference Call Scheduled for 11:00 a.m. Eastern Time"]


def test_bracketed_note_over_the_headline_is_not_the_headline() -> None:
    text = _BRACKETED.replace(
        "FOR IMMEDIATE RELEASE\n\n", "[For release at 4:05 p.m. Eastern Time]\n\n")
    r = parse_press_release(text, "EX-99.1")
    assert r["headline"].startswith("Acme Widget Corporation Reports Record Fiscal 2004")
    assert r["subheadlines"] == ["Conference Call Scheduled for 11:00 a.m. Eastern Time"]


# ---- about -----------------------------------------------------------------------------------

# 1996: the company's paragraph printed with no heading after the safe harbour
_ABOUT_LAST = """\
                                                              EXHIBIT 99

FOR IMMEDIATE RELEASE

                   ACME HOLDINGS TO ACQUIRE DELTA SYSTEMS

STAMFORD, CONNECTICUT, MARCH 4, 1996 ... Acme Holdings, Inc. (NYSE:AHI) announced
today that it has signed a definitive agreement to acquire Delta Systems, Inc. for
$84 million in cash.

The transaction is expected to close in the second quarter of 1996.

Statements in this press release which are not historical facts, including
statements about the expected closing of the transaction, are forward-looking
statements that involve risks and uncertainties, including the receipt of
regulatory approvals.

Acme Holdings, Inc., based in Stamford, Connecticut, is a diversified
manufacturer of industrial products with annual sales of $1.1 billion.

                                  # # # #
"""


def test_about_after_the_safe_harbour_names_the_company_in_full() -> None:
    r = parse_press_release(_ABOUT_LAST, "EX-99")
    assert r["about"] == {
        "company": "Acme Holdings, Inc.",
        "text": "Acme Holdings, Inc., based in Stamford, Connecticut, is a diversified "
        "manufacturer of industrial products with annual sales of $1.1 billion.",
    }
    assert r["forward_looking_statements"].startswith("Statements in this press release")
    assert r["forward_looking_statements"].endswith("receipt of regulatory approvals.")


# ---- contacts --------------------------------------------------------------------------------


def _contacts(block: str) -> list[tuple[str | None, ...]]:
    text = (
        "EXHIBIT 99.1\n\n"
        f"{block}\n\n"
        "                DELTA CORP. SIGNS AGREEMENT TO ACQUIRE OMEGA TECHNOLOGIES\n\n"
        "SAN FRANCISCO, Calif.--(BUSINESS WIRE)--May 5, 1999--Delta Corp. (NYSE:DLT) today\n"
        "announced that it has signed a definitive agreement to acquire Omega Technologies.\n"
    )
    r = parse_press_release(text, "EX-99.1")
    return [(c["name"], c["organization"], c["role"], c["phone"]) for c in r["contacts"]]


def test_or_between_two_contact_columns_is_a_separator() -> None:
    for sep in ("OR  ", "(or)", "-OR-"):
        block = (
            f"CONTACT:  Thomas Kelly                 {sep}   Jane Roe\n"
            "          President and CEO                     Kelly & Associates\n"
            "          (415) 555-1212                        (415) 555-9000"
        )
        assert _contacts(block) == [
            ("Thomas Kelly", None, "President and CEO", "(415) 555-1212"),
            ("Jane Roe", "Kelly & Associates", None, "(415) 555-9000"),
        ], sep


def test_agency_line_naming_its_client_gives_the_agency() -> None:
    block = (
        "Company Contact:                               Agency Contact:\n"
        "Eleanor Wu                                     Jennifer Haas\n"
        "Vice President, Finance                        The Benchmark Group for Delta Corp.\n"
        "510/623-4400                                   415.555.2312"
    )
    assert _contacts(block) == [
        ("Eleanor Wu", None, "Vice President, Finance", "510/623-4400"),
        ("Jennifer Haas", "The Benchmark Group", "Agency Contact", "415.555.2312"),
    ]


def test_html_contact_table_agency_for_client() -> None:
    html = (
        "<p>BOSTON, Mass., June 3, 2019 (GLOBE NEWSWIRE) -- Acme Therapeutics, Inc. (Nasdaq: "
        "ACMT) today announced positive topline results from its Phase 3 ORION-2 trial.</p>"
        "<table><tr><td><b>Investor Contact:</b></td><td><b>Media Contact:</b></td></tr>"
        "<tr><td>John Smith</td><td>Mary Jones, Ph.D.</td></tr>"
        "<tr><td>Acme Therapeutics, Inc.</td><td>Spark Communications for Acme Therapeutics"
        "</td></tr><tr><td>+1 617-555-0100</td><td>212.555.0199</td></tr>"
        "<tr><td>ir@acmetx.com</td><td>mjones@sparkcomms.com</td></tr></table>"
    )
    r = parse_press_release(html_to_text(html), "EX-99.1")
    assert [(c["name"], c["organization"], c["phone"], c["email"]) for c in r["contacts"]] == [
        ("John Smith", "Acme Therapeutics, Inc.", "+1 617-555-0100", "ir@acmetx.com"),
        ("Mary Jones", "Spark Communications", "212.555.0199", "mjones@sparkcomms.com"),
    ]


# ---- body: page furniture --------------------------------------------------------------------

_PAGES = """\
EXHIBIT 99.1

                  ACME WIDGET REPORTS THIRD QUARTER RESULTS

DAYTON, Ohio, October 21, 1998 -- Acme Widget Corporation (NYSE: AWC) today
reported net income of $12.1 million for the third quarter ended September 30,
1998, compared with $10.4 million a year earlier.

"We are pleased with the quarter," said John Smith, president.

                                    -more-
<PAGE>

Acme Widget Corporation - Page 2
Third Quarter Results

Sales for the quarter rose 8 percent to $151.2 million.

                                    (more)

Page 3
Acme Widget Reports Third Quarter Results
October 21, 1998

Backlog at quarter end was $88.0 million.

ACME WIDGET CORPORATION, PAGE 4

The Board also declared a quarterly dividend of $0.10 per share, payable
January 15, 1999.

Page 5
The company expects fourth quarter sales to be flat, citing lower
Automotive Orders.

                                    # # #
"""


def test_running_heads_with_the_label_first_or_run_in_leave_the_body() -> None:
    r = parse_press_release(_PAGES, "EX-99.1")
    assert r["body"].split("\n\n")[2:] == [
        "Sales for the quarter rose 8 percent to $151.2 million.",
        "Backlog at quarter end was $88.0 million.",
        "The Board also declared a quarterly dividend of $0.10 per share, payable "
        "January 15, 1999.",
        # text under a page label is no running head
        "The company expects fourth quarter sales to be flat, citing lower Automotive Orders.",
    ]


def test_html_headline_printed_again_as_running_head_leaves_the_body() -> None:
    html = (
        '<p align="center"><b>Fabrikam Reports Third Quarter 2008 Results</b></p>'
        "<p>AUSTIN, Texas, Oct. 23, 2008 /PRNewswire-FirstCall/ -- Fabrikam, Inc. (NASDAQ: "
        "FBKM) today reported revenue of $88.4 million for the third quarter of 2008.</p>"
        '<p align="center">-more-</p><hr style="page-break-after:always">'
        '<p align="center">Fabrikam Reports Third Quarter 2008 Results<br>Page 2</p>'
        "<p>Gross margin was 61.2%, compared with 59.8% a year ago.</p>"
    )
    r = parse_press_release(html_to_text(html), "EX-99.1")
    assert r["headline"] == "Fabrikam Reports Third Quarter 2008 Results"
    assert r["body"].split("\n\n")[1:] == [
        "Gross margin was 61.2%, compared with 59.8% a year ago."]


def test_about_after_the_safe_harbour_names_the_company_in_capitals() -> None:
    text = """\
EXHIBIT 99.1

                   OMNI ENERGY ANNOUNCES NEW CREDIT FACILITY

HOUSTON, Texas, June 2, 1997 -- Omni Energy Services Corp. (Nasdaq: OMNI) announced
today that it has entered into a new $40 million revolving credit facility.

     This press release contains forward-looking statements within the meaning of
Section 27A of the Securities Act of 1933 and Section 21E of the Securities Exchange
Act of 1934. Such statements are subject to certain risks and uncertainties.

     OMNI Energy Services Corp. provides seismic drilling and aviation services to
the oil and gas industry in the Gulf Coast region of the United States.

FOR MORE INFORMATION CONTACT:  James C. Eckert, Chief Financial Officer
                               (318) 896-6664
"""
    r = parse_press_release(text, "EX-99.1")
    assert r["about"] == {
        "company": "OMNI Energy Services Corp.",
        "text": "OMNI Energy Services Corp. provides seismic drilling and aviation services to "
        "the oil and gas industry in the Gulf Coast region of the United States.",
    }
    assert r["forward_looking_statements"].endswith("certain risks and uncertainties.")


def test_html_cell_with_degree_then_title_on_the_next_line() -> None:
    html = (
        '<table width="100%"><tr><td valign="top"><b>Investor Contact:</b><br>Robert Lane, '
        "Ph.D.<br>Vice President, Investor Relations<br>(858) 555-0199 ext. 123<br>"
        'rlane@tailspin.com</td><td valign="top"><b>Media Contact:</b><br>Amy Chu<br>'
        "Westside Communications<br>+1 (415) 555-0111<br>amy@westsidecomms.com</td></tr>"
        "</table>"
        '<p align="center"><b>TAILSPIN BIOSCIENCES REPORTS FIRST QUARTER 2010<br>FINANCIAL '
        "RESULTS</b></p><p>SAN DIEGO, May 6, 2010 -- Tailspin Biosciences, Inc. (Nasdaq: "
        "TSBI) today reported financial results for the first quarter ended March 31, 2010.</p>"
    )
    r = parse_press_release(html_to_text(html), "EX-99.1")
    assert r["headline"] == "TAILSPIN BIOSCIENCES REPORTS FIRST QUARTER 2010 FINANCIAL RESULTS"
    assert r["contacts"][0] == {
        "name": "Robert Lane", "organization": None,
        "role": "Vice President, Investor Relations", "phone": "(858) 555-0199 ext. 123",
        "email": "rlane@tailspin.com", "url": None,
    }
    assert r["contacts"][1]["name"] == "Amy Chu"


def test_more_and_end_marks_between_dashes_leave_the_body() -> None:
    html = (
        '<p align="center"><b>Northwind Industries Reports Fourth Quarter Results</b></p>'
        "<p>CHICAGO, Feb. 12, 2013 /PRNewswire/ -- Northwind Industries, Inc. (NYSE: NWI) "
        "today reported results for the fourth quarter ended December 31, 2012.</p>"
        '<p align="center">&#8211; more &#8211;</p>'
        "<p>Sales rose 9% to $412 million.</p>"
        '<p align="center">&#8212; MORE &#8212;</p>'
        "<p>Operating margin was 14.2%.</p>"
        '<p align="center">/more/</p>'
        "<p>Backlog reached a record $1.1 billion.</p>"
        '<p align="center">(continued)</p>'
        "<p>The company repurchased 1.2 million shares.</p>"
        '<p align="center">-###-</p>'
        "<p>Media: Jane Doe, 312-555-0100</p>"
    )
    r = parse_press_release(html_to_text(html), "EX-99.1")
    assert r["body"].split("\n\n")[1:] == [
        "Sales rose 9% to $412 million.",
        "Operating margin was 14.2%.",
        "Backlog reached a record $1.1 billion.",
        "The company repurchased 1.2 million shares.",
    ]
    assert [c["name"] for c in r["contacts"]] == ["Jane Doe"]


def test_end_mark_with_en_dashes_ends_the_body() -> None:
    text = (
        "EXHIBIT 99.1\n\n"
        "               ZENITH LABS COMPLETES PUBLIC OFFERING\n\n"
        "BOSTON, March 3, 2014 /PRNewswire/ -- Zenith Labs, Inc. (NASDAQ: ZNTH) today "
        "announced\nthe closing of its public offering of 4,000,000 shares of common stock.\n\n"
        "The shares were sold at a price of $12.00 per share.\n\n"
        "\u2013 30 \u2013\n\n"
        "Zenith Labs is a registered trademark of Zenith Labs, Inc.\n"
    )
    r = parse_press_release(text, "EX-99.1")
    assert r["body"].endswith("The shares were sold at a price of $12.00 per share.")
