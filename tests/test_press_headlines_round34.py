"""Press releases (round 34): date lines carrying the time of release over the headline
("Wednesday, March 5, 2025 4:05 PM EST", "For Release March 5, 2025, 7:00 a.m. ET"), HTML
headlines wrapped over paragraphs of their own, short HTML subheadlines kept apart, and a
wire's page labels in the running head ("ACME CORP. -- ADD 1", "Add 1 - Acme Corp.")."""

from __future__ import annotations

import pytest

from filing2json.parsers.sections.press_release import parse_press_release
from filing2json.parsers.text import html_to_text

_HEADLINE = "ACME ROBOTICS REPORTS RECORD FOURTH QUARTER RESULTS"


def _text_release(top: str) -> dict:
    # an EX-99.1 of 2015-2025 typed as text: a date line with the time over the headline,
    # a dateline with no date
    text = f"""{top}

{_HEADLINE}

SAN DIEGO -- Acme Robotics, Inc. (NASDAQ: ACME) today announced financial results for
its fourth quarter and full year ended December 31, 2024. Revenue for the quarter was
$45.2 million, up 25% from $36.1 million in the fourth quarter of 2023.

"We closed the year with record orders," said Jane Smith, Chief Executive Officer.
"""
    release = parse_press_release(text, "EX-99.1")
    assert release is not None
    return release


@pytest.mark.parametrize("top", [
    "Wednesday, March 5, 2025 4:05 PM EST",
    "March 5, 2025 at 4:05 p.m. ET",
    "For Release March 5, 2025, 7:00 a.m. ET",
    "EMBARGOED UNTIL 4:05 P.M. EST, MARCH 5, 2025",
    "FOR IMMEDIATE RELEASE\nMarch 5, 2025 4:05 PM Eastern Time",
])
def test_date_line_with_the_time_of_release_dates_the_release(top: str) -> None:
    release = _text_release(top)
    assert release["headline"] == _HEADLINE
    assert release["subheadlines"] == []
    assert release["date"] == "2025-03-05"


def _html_release(*head: str) -> dict:
    # an EX-99.1 of 2010-2025 as an EDGARizer prints it: each head line a centred <p>
    paras = "".join(
        f'<p style="margin:0pt; text-align:center"><b>{line}</b></p>' for line in head)
    html = (
        f"<html><body>{paras}"
        '<p style="margin:0pt">&nbsp;</p>'
        '<p style="margin:0pt"><b>SAN DIEGO, March 5, 2025</b> -- Acme Robotics, Inc. '
        "(NASDAQ: ACME) today announced financial results for its fourth quarter and full "
        "year ended December 31, 2024, reporting revenue of $45.2 million, up 25% from "
        "$36.1 million a year ago.</p>"
        '<p style="margin:0pt">&#8220;We closed the year with record orders,&#8221; said '
        "Jane Smith, Chief Executive Officer of Acme.</p></body></html>"
    )
    release = parse_press_release(html_to_text(html), "EX-99.1")
    assert release is not None
    return release


@pytest.mark.parametrize(("first", "second"), [
    ("Acme Robotics Reports Record Fourth", "Quarter and Full Year 2024 Results"),
    ("Acme Robotics Prices $500 Million of 5.25% Convertible Senior Notes", "Due 2030"),
    ("Acme Robotics Reports Financial Results for the Fiscal Quarter",
     "Ended December 31, 2024"),
    ("Acme Robotics and Beta Systems Announce", "Definitive Merger Agreement"),
])
def test_html_headline_wrapped_over_two_paragraphs_is_one_headline(first: str,
                                                                   second: str) -> None:
    release = _html_release(first, second)
    assert release["headline"] == f"{first} {second}"
    assert release["subheadlines"] == []


def test_short_html_subheadlines_are_each_their_own() -> None:
    # a short subheadline is no stub of a headline that the next paragraph finishes
    release = _html_release(
        "Acme Bancorp Reports Record Fourth Quarter Earnings",
        "Net Income Up 18%",
        "Board Raises Quarterly Dividend")
    assert release["headline"] == "Acme Bancorp Reports Record Fourth Quarter Earnings"
    assert release["subheadlines"] == ["Net Income Up 18%", "Board Raises Quarterly Dividend"]
    # (and a whole headline is not run into the subheadline under it: Apple 2011)
    release = _html_release(
        "Apple Reports First Quarter Results",
        "Record Mac, iPhone, iPad Sales Drive Highest Revenue and Earnings Ever",
        "Revenue Grows 71 Percent; Earnings Grow 78 Percent")
    assert release["headline"] == "Apple Reports First Quarter Results"
    assert release["subheadlines"] == [
        "Record Mac, iPhone, iPad Sales Drive Highest Revenue and Earnings Ever",
        "Revenue Grows 71 Percent; Earnings Grow 78 Percent"]


_PAGE_ONE = """ACME WIDGETS REPORTS RECORD FOURTH QUARTER RESULTS

     NEW YORK, March 5, 1997 -- Acme Widgets Corp. (NYSE: AWC) today reported
record revenue of $45.2 million for the fourth quarter of 1996, up 25% from
$36.1 million a year ago. Net income rose to $5.1 million, or $0.42 per share,
from $3.9 million, or $0.33 per share, in the year-ago quarter, and orders
booked during the quarter reached a record $52.0 million, the company

                                 -more-

"""
_PAGE_TWO = """
said. Backlog at year end stood at $61.3 million.

     "We closed the year with record orders," said John Smith, Chief
Executive Officer.
"""


@pytest.mark.parametrize("label", [
    "ACME WIDGETS CORP. -- ADD 1",
    "Add 1 - Acme Widgets Corp.",
    "ACME WIDGETS REPORTS RECORD FOURTH QUARTER RESULTS -- Add One",
    "ACME WIDGETS CORP., PAGE TWO",
])
def test_wire_page_label_in_the_running_head_leaves_the_body(label: str) -> None:
    release = parse_press_release(_PAGE_ONE + label + "\n" + _PAGE_TWO, "EX-99")
    assert release is not None
    assert label not in release["body"]
    assert "reached a record $52.0 million, the company said. Backlog at year end stood at " \
        "$61.3 million." in release["body"]


# ---- audit of the rules above (false positives) --------------------------------------------


@pytest.mark.parametrize(("headline", "event"), [
    ("ACME ROBOTICS TO HOST FOURTH QUARTER 2024 EARNINGS CONFERENCE CALL",
     "Wednesday, March 12, 2025 at 4:30 p.m. ET"),
    ("Acme Robotics to Present at J.P. Morgan Healthcare Conference",
     "January 13, 2025 at 10:30 a.m. PT"),
])
def test_event_date_and_time_under_the_headline_is_a_subheadline(headline: str,
                                                                 event: str) -> None:
    # the date and time of the call, not of the release: the dateline has no date
    text = f"""{headline}

{event}

SAN DIEGO -- Acme Robotics, Inc. (NASDAQ: ACME) today announced that it will host a
conference call to discuss its financial results for the fourth quarter of 2024.

"We look forward to the call," said Jane Smith, Chief Executive Officer.
"""
    release = parse_press_release(text, "EX-99.1")
    assert release is not None
    assert release["headline"] == headline
    assert release["subheadlines"] == [event]
    assert release["date"] is None


@pytest.mark.parametrize("head", [
    ("Acme Files Delinquent Periodic Reports",
     "Company Regains Compliance with Nasdaq Listing Requirements"),
    ("Acme Reports Record Quarter Driven by New Product Launches", "Revenue Up 25%"),
    ("Acme Wireless Network Again Ranked First", "J.D. Power Study Cites Call Quality"),
    ("Acme Bancorp Agrees to Be Acquired by Fifth Third",
     "Transaction Valued at $1.2 Billion"),
    ("Acme Reports Fourth Quarter EPS of $0.85",
     "Including One-Time Charges, GAAP EPS Was $0.45"),
    ("Acme Reports Record Nine-Month Results", "Through September 30, Revenue Up 20%"),
    ("Acme Bank Reports Third Quarter Earnings", "Ending Loans Grow 12% Year Over Year",
     "Deposits Up 8%"),
])
def test_html_headline_and_its_subheadline_stay_apart(head: tuple[str, ...]) -> None:
    release = _html_release(*head)
    assert release["headline"] == head[0]
    assert release["subheadlines"] == list(head[1:])


@pytest.mark.parametrize("sub", [
    "Including One-Time Charges, GAAP EPS Was $0.45",
    "Company Regains Compliance with Nasdaq Listing Requirements",
])
def test_capitals_headline_over_a_mixed_case_subheadline_is_two(sub: str) -> None:
    release = _text_release(f"ACME ROBOTICS FILES DELINQUENT PERIODIC REPORTS\n{sub}")
    assert release["headline"] == "ACME ROBOTICS FILES DELINQUENT PERIODIC REPORTS"
    assert release["subheadlines"] == [sub, _HEADLINE]


@pytest.mark.parametrize(("sub", "joined"), [
    ("<i>Fourth Quarter Revenue<br>Grows 25% to $45.2 Million</i>",
     "Fourth Quarter Revenue Grows 25% to $45.2 Million"),
    ("Board Declares Special<br>Dividend of $1.00 per Share",
     "Board Declares Special Dividend of $1.00 per Share"),
])
def test_short_html_subheadline_broken_by_br_is_one(sub: str, joined: str) -> None:
    release = _html_release("Acme Bancorp Reports Record Fourth Quarter Earnings", sub)
    assert release["headline"] == "Acme Bancorp Reports Record Fourth Quarter Earnings"
    assert release["subheadlines"] == [joined]


@pytest.mark.parametrize(("line", "rest"), [
    ("The Company plans to open 40 stores in 2025 and, by the end of 2026, add 150",
     "stores in the Southeast."),
    ("Page 2, Line 4 of the Proxy Statement",
     "should read \"$1.2 million\" in place of \"$2.1 million\"."),
    ("Page 12, Footnote 3: the charge should read $1.2 million",
     "in place of $2.1 million."),
])
def test_body_line_with_a_page_or_add_word_is_no_running_head(line: str, rest: str) -> None:
    # a paragraph's first line that happens to end "add 150" or open "Page 2, ..."
    text = _PAGE_ONE.replace("                                 -more-\n\n", "") + \
        f"\n{line}\n{rest}\n"
    release = parse_press_release(text, "EX-99")
    assert release is not None
    assert f"{line} {rest}" in release["body"]
