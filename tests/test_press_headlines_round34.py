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
