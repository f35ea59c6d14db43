"""Press releases (round 29): key-point lists, several releases in one exhibit, and paragraphs
that a page-break join ran together; layouts of real EX-99 releases."""

from __future__ import annotations

from filing2json.parsers import parse
from filing2json.parsers.sections.press_release import parse_press_release
from filing2json.parsers.text import html_to_text
from support import submission

# A 2008 Business Wire bank release: the quarter's points listed under the dateline's
# paragraph, which leads into them
_LISTED_UNDER_LEAD = """\
                                                                    Exhibit 99.1

Northwind Bancorp Reports Record Third Quarter Earnings

NEW YORK--(BUSINESS WIRE)--Oct. 21, 2008--Northwind Bancorp, Inc. (NYSE: NWB)
today reported net income for the third quarter of 2008 of $12.4 million, or
$0.52 per diluted share. Highlights of the quarter included:

    --  Net interest margin expanded to 3.85% from 3.62%

    --  Total deposits grew 8% to $2.1 billion

    --  Nonperforming assets fell to 0.45% of total assets

"Our disciplined approach continues to pay off," said Mary Ann Jones, President
and Chief Executive Officer.

The Company's capital ratios remain well above regulatory minimums.
"""


def test_items_listed_right_under_the_dateline_paragraph_are_highlights() -> None:
    release = parse_press_release(_LISTED_UNDER_LEAD, "EX-99.1")
    assert release is not None
    assert release["highlights"] == [
        "Net interest margin expanded to 3.85% from 3.62%",
        "Total deposits grew 8% to $2.1 billion",
        "Nonperforming assets fell to 0.45% of total assets",
    ]


# A 2015 earnings release: "Key Points" and "Recent Developments" lists ("o" bullets, the
# second item wrapped under its hanging indent), and a prose section under a heading
_KEY_POINTS = """\
ACME WIDGET CORPORATION REPORTS FOURTH QUARTER AND FULL YEAR 2014 RESULTS

AUSTIN, Texas, March 3, 2015 -- Acme Widget Corporation (NASDAQ: ACMW) today
reported financial results for the fourth quarter and full year ended December
31, 2014.

"We closed the year with strong momentum," said John A. Smith, Chief Executive
Officer of Acme. "Our new product lines are gaining traction."

Key Points:

  o  Revenue of $45.2 million, up 12% from the fourth quarter of 2013
  o  GAAP net income of $3.1 million, or $0.21 per diluted share

Recent Developments

  o  On January 15, 2015, the Company completed the acquisition of Beta Corp.
  o  On February 2, 2015, the Company announced a $10 million share repurchase
     program.

Business Update

Acme opened its new plant in Round Rock, Texas in January. The plant will double
the Company's capacity for precision widgets by the end of 2015.

About Acme Widget Corporation

Acme Widget Corporation is a leading designer and manufacturer of precision
widgets for the aerospace industry. For more information, visit www.acme.com.
"""


def test_key_points_and_recent_developments_lists_are_highlights() -> None:
    release = parse_press_release(_KEY_POINTS, "EX-99.1")
    assert release is not None
    assert release["highlights"] == [
        "Revenue of $45.2 million, up 12% from the fourth quarter of 2013",
        "GAAP net income of $3.1 million, or $0.21 per diluted share",
        "On January 15, 2015, the Company completed the acquisition of Beta Corp.",
        "On February 2, 2015, the Company announced a $10 million share repurchase program.",
    ]
    # the items stay in the body, each its own paragraph
    assert "\n\no GAAP net income of $3.1 million" in release["body"]


# The same lists as an HTML release prints them (<ul><li>), and a "Recent Developments"
# section in prose, which lists nothing
_KEY_POINTS_HTML = """\
<p align="center"><b>Fabrikam Therapeutics Reports Second Quarter 2021 Financial Results</b></p>
<p>SAN DIEGO, Aug. 5, 2021 (GLOBE NEWSWIRE) -- Fabrikam Therapeutics, Inc. (Nasdaq: FBRK),
a clinical-stage biotechnology company, today reported financial results for the second
quarter ended June 30, 2021 and provided a corporate update.</p>
<p><b>Recent Corporate Developments</b></p>
<ul><li>Initiated dosing in the Phase 1b trial of FB-204 in patients with solid tumors.</li>
<li>Appointed Susan Lee, Ph.D., as Chief Scientific Officer.</li></ul>
<p><b>Recent Developments</b></p>
<p>In July 2021, the Company entered into a research collaboration with a leading academic
medical center to study FB-204 in combination with checkpoint inhibitors.</p>
<ul><li>Cash and cash equivalents were $112.4 million as of June 30, 2021.</li></ul>
"""


def test_recent_developments_in_html_lists_and_not_prose() -> None:
    release = parse_press_release(html_to_text(_KEY_POINTS_HTML), "EX-99.1")
    assert release is not None
    assert release["highlights"] == [
        "Initiated dosing in the Phase 1b trial of FB-204 in patients with solid tumors.",
        "Appointed Susan Lee, Ph.D., as Chief Scientific Officer.",
    ]


# An EX-99 of two releases, each closed by "###" (1990s-2000s 8-Ks filed a week's releases
# as one exhibit); the first's "Safe Harbor Statement under the ... Act of 1995" heading is
# as long as a wrapped line and ends with no colon
_TWO_RELEASES = """\
EXHIBIT 99.1

FOR IMMEDIATE RELEASE

Contoso Pharmaceuticals Announces Positive Phase 2 Results for CP-101

CAMBRIDGE, Mass., June 5, 2019 /PRNewswire/ -- Contoso Pharmaceuticals, Inc.
(Nasdaq: CTSO) today announced positive topline results from its Phase 2 trial
of CP-101 in patients with moderate to severe plaque psoriasis.

"These results are a major milestone," said Dr. Linda Park, Chief Medical
Officer.

About Contoso Pharmaceuticals, Inc.

Contoso Pharmaceuticals, Inc. is a clinical-stage biopharmaceutical company
focused on immunology. For more information, please visit www.contoso.com.

Safe Harbor Statement under the Private Securities Litigation Reform Act of 1995

Statements in this press release that are not historical facts are
forward-looking statements. These statements involve risks and uncertainties.

Investor Contact:
Bob Smith
(617) 555-0110

###

Contoso Pharmaceuticals Announces Pricing of $75 Million Public Offering

Highlights:

  *  5,000,000 shares at $15.00 per share

CAMBRIDGE, Mass., June 6, 2019 /PRNewswire/ -- Contoso Pharmaceuticals, Inc.
(Nasdaq: CTSO) today announced the pricing of an underwritten public offering
of 5,000,000 shares of its common stock at $15.00 per share.

Media Contact:
Jane Roe
(617) 555-0120

###
"""


# A release followed by its tables below the end mark is one release
_TABLES_BELOW = """\
Fabrikam Bancorp Reports Second Quarter Results

COLUMBUS, Ohio, July 21, 2005 -- Fabrikam Bancorp, Inc. (NASDAQ: FABK) today
reported net income of $4.2 million for the second quarter of 2005.

                                     # # #

                            FABRIKAM BANCORP, INC.
                     CONSOLIDATED STATEMENTS OF INCOME
                                                 Three Months Ended June 30,
                                                   2005             2004
Net interest income                             $ 12,114         $ 11,020
Net income                                      $  4,211         $  3,877
"""


def test_second_release_after_the_end_mark_is_read() -> None:
    main = ("Item 7. Financial Statements and Exhibits.\n\n(c) Exhibits.\n\n"
            "99.1 Press releases dated June 5 and June 6, 2019.\n")
    record = parse(submission(main, ("EX-99.1", _TWO_RELEASES), filed="20190607"), "x.txt")
    first, second = record["press_releases"]
    assert first["headline"] == (
        "Contoso Pharmaceuticals Announces Positive Phase 2 Results for CP-101")
    assert second["headline"] == (
        "Contoso Pharmaceuticals Announces Pricing of $75 Million Public Offering")
    assert (first["date"], second["date"]) == ("2019-06-05", "2019-06-06")
    assert second["document"] == "EX-99.1"
    # each keeps its own contacts and highlights
    assert [c["name"] for c in first["contacts"]] == ["Bob Smith"]
    assert [c["name"] for c in second["contacts"]] == ["Jane Roe"]
    assert first["highlights"] == []
    assert second["highlights"] == ["5,000,000 shares at $15.00 per share"]
    # tables printed below a release's end mark are no second release
    record = parse(submission(_TABLES_BELOW, filed="20050722"), "x.txt")
    [release] = record["press_releases"]
    assert release["headline"] == "Fabrikam Bancorp Reports Second Quarter Results"


def test_long_safe_harbor_heading_is_not_run_into_its_paragraph() -> None:
    release = parse_press_release(_TWO_RELEASES, "EX-99.1")
    assert release is not None
    assert release["forward_looking_statements"] == (
        "Statements in this press release that are not historical facts are forward-looking "
        "statements. These statements involve risks and uncertainties.")
    assert release["about"] == {
        "company": "Contoso Pharmaceuticals, Inc.",
        "text": "Contoso Pharmaceuticals, Inc. is a clinical-stage biopharmaceutical company "
                "focused on immunology. For more information, please visit www.contoso.com."}


# A 1996 text release: the company's paragraph with no heading, then a safe harbour that says
# its statements "are forward-looking" (no "forward-looking statements"), then the tables
_FORWARD_LOOKING_WORD = """\
                                                                 EXHIBIT 99

              ZETA INDUSTRIES REPORTS RECORD SALES FOR FISCAL 1996

     CLEVELAND, OHIO, August 12, 1996 -- Zeta Industries, Inc. (NYSE:ZTA)
today reported record sales of $214.5 million for the fiscal year ended June 30,
1996, an increase of 11% over the prior year.

     "We are pleased with these results," said Robert T. Brown, Chairman.

     Zeta Industries is a manufacturer of specialty valves and controls for the
process industries, with plants in Ohio, Texas and Alberta.

     Certain statements in this release are forward-looking and involve risks
and uncertainties that could cause actual results to differ materially.

                                    - more -

                              ZETA INDUSTRIES, INC.
                        CONSOLIDATED STATEMENTS OF INCOME
                                                   1996           1995
Net sales                                      $214,512       $193,245
"""


def test_statements_said_to_be_forward_looking_are_the_safe_harbor() -> None:
    release = parse_press_release(_FORWARD_LOOKING_WORD, "EX-99")
    assert release is not None
    assert release["forward_looking_statements"] == (
        "Certain statements in this release are forward-looking and involve risks and "
        "uncertainties that could cause actual results to differ materially.")
    assert release["about"] == {
        "company": "Zeta Industries",
        "text": "Zeta Industries is a manufacturer of specialty valves and controls for the "
                "process industries, with plants in Ohio, Texas and Alberta."}
    assert release["body"].endswith('said Robert T. Brown, Chairman.')


# A 2024 HTML release: the headed safe harbour's risks led into by a ten-word sentence
_LED_INTO_RISKS = """\
<p style="text-align:center"><b>Contoso Energy Reports Fourth Quarter 2023 Results</b></p>
<p>HOUSTON, Feb. 27, 2024 (BUSINESS WIRE) -- Contoso Energy Corp. (NYSE: CEC) today
reported fourth quarter 2023 results.</p>
<p><b>Cautionary Statement Regarding Forward-Looking Statements</b></p>
<p>This news release includes forward-looking statements within the meaning of Section 27A
of the Securities Act of 1933, as amended.</p>
<p>Forward-looking statements are subject to risks and uncertainties, including:</p>
<ul><li>volatility of oil prices;</li><li>the availability of capital.</li></ul>
<p>Contoso undertakes no obligation to update any forward-looking statement.</p>
<p><b>Use of Non-GAAP Financial Measures</b></p>
<p>This release includes Adjusted EBITDAX, a non-GAAP financial measure.</p>
"""


def test_short_sentence_leading_into_the_risks_stays_in_the_safe_harbor() -> None:
    release = parse_press_release(html_to_text(_LED_INTO_RISKS), "EX-99.1")
    assert release is not None
    assert release["forward_looking_statements"] == (
        "This news release includes forward-looking statements within the meaning of "
        "Section 27A of the Securities Act of 1933, as amended.\n\n"
        "Forward-looking statements are subject to risks and uncertainties, including:\n\n"
        "\u2022 volatility of oil prices;\n\n\u2022 the availability of capital.\n\n"
        "Contoso undertakes no obligation to update any forward-looking statement.")
