"""Press releases (round 37): a news agency's credit after the dateline's place with no date
("CHICAGO (AP) --", "NEW YORK (Reuters) -"), a wire's credit with no place before it
("--(BUSINESS WIRE)--Acme", "March 3, 2015--(BUSINESS WIRE)--Acme"), that credit wrapped
under its place, and a typed highlights heading underlined with dashes."""

from __future__ import annotations

import pytest

from filing2json.parsers.sections.press_release import parse_press_release
from filing2json.parsers.text import html_to_text

_LEAD = """Acme Corp. (NYSE: ACM) today reported record results for the fourth quarter of
1996. Net sales were $142.1 million, up 6% from $134.0 million in the fourth quarter of
1995.

     "We closed the year with record orders," said John Smith, President.
"""


@pytest.mark.parametrize(("dateline", "city", "state"), [
    ("CHICAGO (AP) --", "CHICAGO", None),
    ("NEW YORK (Reuters) -", "NEW YORK", None),
    ("NEW YORK (Dow Jones) --", "NEW YORK", None),
    ("WINSTON-SALEM, N.C. (BUSINESS WIRE) --", "WINSTON-SALEM", "N.C."),
])
def test_agency_credit_after_the_place_with_no_date(dateline: str, city: str,
                                                    state: str | None) -> None:
    text = f"""                                                        EXHIBIT 99.1

February 12, 1997

                ACME CORP. REPORTS RECORD FOURTH QUARTER RESULTS

     {dateline} {_LEAD}"""
    release = parse_press_release(text, "EX-99.1", "19970212")
    assert release is not None
    assert release["headline"] == "ACME CORP. REPORTS RECORD FOURTH QUARTER RESULTS"
    assert release["dateline"] == {"city": city, "state": state, "date": None}
    assert release["date"] == "1997-02-12"
    assert release["body"].startswith(f"{dateline} Acme Corp.")


def test_agency_credit_after_a_date() -> None:
    text = f"""ACME CORP. REPORTS RECORD FOURTH QUARTER RESULTS

CHICAGO, Feb. 12 (AP) -- {_LEAD}"""
    release = parse_press_release(text, "EX-99.1", "19970212")
    assert release is not None
    assert release["dateline"] == {"city": "CHICAGO", "state": None, "date": "1997-02-12"}
    assert release["tickers"] == [{"exchange": "NYSE", "symbol": "ACM"}]


_LEAD_2015 = """Acme Corp. (NYSE: ACME) today reported results for the fourth quarter of 2014.
Net sales were $142.1 million, up 6% from $134.0 million a year earlier.
"""


@pytest.mark.parametrize(("dateline", "date"), [
    ("--(BUSINESS WIRE)--", None),
    ("-- (GLOBE NEWSWIRE) -- March 3, 2015 --", "2015-03-03"),
    ("--(BUSINESS WIRE)--March 3, 2015--", "2015-03-03"),
    ("March 3, 2015--(BUSINESS WIRE)--", "2015-03-03"),
])
def test_wire_credit_with_no_place(dateline: str, date: str | None) -> None:
    text = f"""Acme Corp. Reports Fourth Quarter 2014 Results

Strong Finish to a Record Year

{dateline}{_LEAD_2015}"""
    release = parse_press_release(text, "EX-99.1", "20150303")
    assert release is not None
    assert release["headline"] == "Acme Corp. Reports Fourth Quarter 2014 Results"
    assert release["subheadlines"] == ["Strong Finish to a Record Year"]
    assert release["dateline"] == {"city": None, "state": None, "date": date}
    assert release["tickers"] == [{"exchange": "NYSE", "symbol": "ACME"}]
    assert release["body"].startswith(dateline)


def test_html_wire_credit_with_no_place_takes_the_date_above() -> None:
    html = (
        '<html><body><p align="right">March 3, 2015</p>'
        '<p align="center"><b>Acme Corp. Reports Fourth Quarter 2014 Results</b></p>'
        "<p>--(BUSINESS WIRE)--Acme Corp. (NYSE: ACME) today reported results for the "
        "fourth quarter of 2014. Net sales were $142.1 million, up 6% from $134.0 million a "
        "year earlier.</p><p>Net income was $12.3 million, or $0.42 per diluted share.</p>"
        "</body></html>")
    release = parse_press_release(html_to_text(html), "EX-99.1", "20150303")
    assert release is not None
    assert release["headline"] == "Acme Corp. Reports Fourth Quarter 2014 Results"
    assert release["dateline"] == {"city": None, "state": None, "date": None}
    assert release["date"] == "2015-03-03"


def test_wire_credit_wrapped_under_its_place() -> None:
    text = f"""                  ACME CORP. REPORTS FOURTH QUARTER RESULTS

SOUTH SAN FRANCISCO, Calif.
-- (BUSINESS WIRE) -- March 3, 2005 -- {_LEAD}"""
    release = parse_press_release(text, "EX-99.1", "20050303")
    assert release is not None
    assert release["headline"] == "ACME CORP. REPORTS FOURTH QUARTER RESULTS"
    assert release["subheadlines"] == []
    assert release["dateline"] == {
        "city": "SOUTH SAN FRANCISCO", "state": "Calif.", "date": "2005-03-03"}
    # (a short headline right over the credit is no place)
    text = f"""ACME REPORTS EARNINGS
--(BUSINESS WIRE)--March 3, 2005--{_LEAD}"""
    release = parse_press_release(text, "EX-99.1", "20050303")
    assert release is not None
    assert release["headline"] == "ACME REPORTS EARNINGS"
    assert release["dateline"] == {"city": None, "state": None, "date": "2005-03-03"}


def test_typed_highlights_heading_underlined() -> None:
    text = """                  ACME CORP. REPORTS RECORD FOURTH QUARTER RESULTS

     CHICAGO, Feb. 12, 1997 -- Acme Corp. (NYSE: ACM) today reported record results
for the fourth quarter of 1996.

     Fourth Quarter Highlights
     -------------------------

     -    Net sales increased 6% to $142.1 million, compared with $134.0 million
          in the fourth quarter of 1995

     -    Net income rose 18% to $12.3 million, or $.42 per share

     Net sales for the year were $560.2 million, up 8% from $518.7 million in 1995.
"""
    release = parse_press_release(text, "EX-99", "19970212")
    assert release is not None
    assert release["highlights"] == [
        "Net sales increased 6% to $142.1 million, compared with $134.0 million in the "
        "fourth quarter of 1995",
        "Net income rose 18% to $12.3 million, or $.42 per share",
    ]


@pytest.mark.parametrize(("first", "second"), [
    ("Acme Corp. Completes", "Beta Systems Acquisition"),
    ("Acme Corp. Declares Special", "Cash Dividend of $1.00 per Share"),
    ("ACME CORP. PRICES $200 MILLION OF SENIOR NOTES", "DUE 2025"),
])
def test_short_html_release_headline_cut_over_two_paragraphs(first: str, second: str) -> None:
    # a short release has no line long enough to be read as rendered HTML: its head reads
    # as typed text, and a headline cut after a verb or word that needs the rest still joins
    html = (
        f'<html><body><p align="center"><b>{first}</b></p><p align="center"><b>{second}'
        "</b></p><p>DALLAS, March 3, 2015 /PRNewswire/ -- Acme Corp. (NASDAQ: ACME) today "
        "announced the transaction.</p><p>The price was $40 million in cash.</p>"
        "</body></html>")
    release = parse_press_release(html_to_text(html), "EX-99.1", "20150303")
    assert release is not None
    assert release["headline"] == f"{first} {second}"
    assert release["subheadlines"] == []
    # (a whole headline over a subheadline in the same case stays two)
    html = html.replace(first, "Acme Corp. Completes Acquisition").replace(
        second, "Beta Systems Adds $40 Million in Revenue")
    release = parse_press_release(html_to_text(html), "EX-99.1", "20150303")
    assert release is not None
    assert release["headline"] == "Acme Corp. Completes Acquisition"
    assert release["subheadlines"] == ["Beta Systems Adds $40 Million in Revenue"]


def test_a_headline_with_a_comma_over_a_placeless_wire_credit_is_no_place() -> None:
    # audit: "Words, Words" over "--(BUSINESS WIRE)--" once read as city and state
    for headline in ("Acme Beats Estimates, Raises Guidance",
                     "ACME REPORTS RECORD REVENUE, EARNINGS"):
        text = (f"{headline}\n--(BUSINESS WIRE)--Acme Corp. (NYSE: ACME) today announced "
                "record results for its fiscal third quarter ended March 31, 2015.\n")
        release = parse_press_release(text, "EX-99.1", "20150303")
        assert release is None or release["dateline"]["city"] is None, headline
