"""Press releases (round 29): key-point lists, several releases in one exhibit, and paragraphs
that a page-break join ran together; layouts of real EX-99 releases."""

from __future__ import annotations

from filing2json.parsers import parse
from filing2json.parsers.sections.press_release import parse_press_release
from filing2json.parsers.text import html_to_text
from support import submission

# Lists right under the dateline's paragraph are no heading's: a 2015 meeting's proposals, a
# 2021 call's dial-in (and a "Key Metrics" heading over definitions is no key points)
_AGENDA = """\
Acme Corp. Announces Results of Annual Meeting of Shareholders

HOUSTON, Texas, May 12, 2015 -- Acme Corp. (NYSE: ACM) today announced that at its
annual meeting held today its shareholders approved the following proposals:

1.  The election of seven directors to serve until the 2016 annual meeting;

2.  The ratification of KPMG LLP as independent auditors for 2015; and

3.  The advisory vote on executive compensation.

"We thank our shareholders for their support," said John Smith, Chief Executive Officer.
"""

_CALL_AND_METRICS = """\
Acme Corp. to Host Fourth Quarter 2020 Earnings Conference Call

HOUSTON, Texas, Feb. 10, 2021 -- Acme Corp. (NYSE: ACM) today announced that it will release
its fourth quarter 2020 results on February 25, 2021. Conference call details:

  *  Date: Thursday, February 25, 2021
  *  Time: 10:00 a.m. Central Time
  *  Dial-in: (877) 555-0100 (U.S.) or (412) 555-0100 (International)

Key Metrics

  *  Adjusted EBITDA is defined as net income before interest, taxes, depreciation and
     amortization.
  *  Free cash flow is defined as cash from operations less capital expenditures.
"""


def test_lists_under_the_dateline_or_key_metrics_are_no_highlights() -> None:
    for text in (_AGENDA, _CALL_AND_METRICS):
        release = parse_press_release(text, "EX-99.1")
        assert release is not None
        assert release["highlights"] == []
    release = parse_press_release(_AGENDA, "EX-99.1")
    assert release is not None
    assert "\n\n2. The ratification of KPMG LLP" in release["body"]


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


# A 2021 EX-99.1: the release's About, safe harbour and contact printed after its "###",
# then the statements; "Balance, December 31, 2019 -- (1,000)" is a table row, no dateline
_AFTER_MARK = """\
Acme Corp. Reports Fourth Quarter 2020 Results

HOUSTON, Texas, Feb. 25, 2021 -- Acme Corp. (NYSE: ACM) today reported net income of
$12.4 million for the fourth quarter of 2020, or $0.52 per diluted share.

"We finished the year strong," said John Smith, Chief Executive Officer.

###

About Acme Corp.

Acme Corp. is an independent energy company based in Houston, Texas.

Forward-Looking Statements

This press release contains forward-looking statements within the meaning of the Private
Securities Litigation Reform Act of 1995. Actual results may differ materially.

Contact:
Jane Roe
(713) 555-0100

                               ACME CORP.
          CONSOLIDATED STATEMENTS OF CHANGES IN STOCKHOLDERS' EQUITY

                                   Common     Retained
                                   Stock      Earnings      Total
Balance, December 31, 2019          --        (1,000)     $ 6,000
Net income                                    $ 1,200     $ 1,200
"""


_MAIN_991 = "Item 9.01 Financial Statements and Exhibits.\n\n(d) Exhibits.\n\n99.1 Press release.\n"


def test_statements_after_the_end_mark_are_no_second_release() -> None:
    record = parse(submission(_MAIN_991, ("EX-99.1", _AFTER_MARK), filed="20210225"), "x.txt")
    [release] = record["press_releases"]
    assert release["about"] == {
        "company": "Acme Corp.",
        "text": "Acme Corp. is an independent energy company based in Houston, Texas."}
    assert release["forward_looking_statements"] == (
        "This press release contains forward-looking statements within the meaning of the "
        "Private Securities Litigation Reform Act of 1995. Actual results may differ materially.")
    assert [c["name"] for c in release["contacts"]] == ["Jane Roe"]


# A 1997 text release: a sentence cut by the page break ends on the next page with a date, or
# a name, alone on its line; it runs on
_PAGE_BREAK = """\
                                                                    EXHIBIT 99

                 ACME WIDGET CORPORATION ANNOUNCES NEW CHIEF EXECUTIVE

     HOUSTON, TEXAS, March 3, 1997 -- Acme Widget Corporation (NYSE: ACW) today
announced that its Board of Directors has named Mary Jones as President and Chief
Executive Officer. Ms. Jones succeeds John Smith, who will remain Chairman of the
Board. The appointments were approved at today's meeting and become effective on

                                   - more -
<PAGE>

Acme Widget Corporation
Page 2

January 1, 1998.

     "Mary has been the architect of our growth," said Mr. Smith.
"""


def test_sentence_ending_on_the_next_page_runs_on() -> None:
    release = parse_press_release(_PAGE_BREAK, "EX-99")
    assert release is not None
    assert "become effective on January 1, 1998.\n\n\"Mary" in release["body"]
    # (a place with no period: "... joined Acme in 1989 from Beta Industries, Inc. of")
    text = _PAGE_BREAK.replace(
        "Board. The appointments were approved at today's meeting and become effective on",
        "Board. Ms. Jones joined Acme in 1989 from Beta Industries, Inc. of").replace(
        "January 1, 1998.", "Dallas, Texas")
    release = parse_press_release(text, "EX-99")
    assert release is not None
    assert "Beta Industries, Inc. of Dallas, Texas\n\n\"Mary" in release["body"]
