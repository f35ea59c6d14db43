"""Press releases (round 38): a dateline that opens with its date and a colon ("March 3,
2015: Acme") or its date in brackets and no place ("(March 3, 2015) - Acme"), and a city
whose name holds a lower-case particle ("Rio de Janeiro", "King of Prussia", "Frankfurt am
Main", "Coeur d'Alene"), a date with a comma or no mark before the announcement
("HOUSTON, Texas, March 3, 2015, Acme"), and a letter whose salutation is in capitals."""

from __future__ import annotations

import pytest

from filing2json.parsers.sections.press_release import parse_press_release, parse_press_releases
from filing2json.parsers.text import html_to_text

_HEADLINE = "ACME CORP. REPORTS RECORD FOURTH QUARTER RESULTS"
_LEAD = """Acme Corp. (NYSE: ACM), a leading maker of industrial widgets, today reported net
sales of $142.1 million for the fourth quarter of 2014, up 6% from $134.0 million a year
earlier.

     "We closed the year with record orders," said John Smith, President and Chief
Executive Officer.
"""


@pytest.mark.parametrize("dateline", [
    "March 3, 2015:",
    "(March 3, 2015) -",
    "(March 3, 2015) --",
    "3 March 2015:",
])
def test_date_first_with_a_colon_or_in_brackets(dateline: str) -> None:
    text = f"""                                                        Exhibit 99.1

                {_HEADLINE}

{dateline} {_LEAD}"""
    release = parse_press_release(text, "EX-99.1", "20150303")
    assert release is not None
    assert release["headline"] == _HEADLINE
    assert release["dateline"] == {"city": None, "state": None, "date": "2015-03-03"}
    assert release["date"] == "2015-03-03"
    assert release["tickers"] == [{"exchange": "NYSE", "symbol": "ACM"}]
    assert release["body"].startswith(f"{dateline} Acme Corp.")


def test_date_first_with_a_colon_in_html() -> None:
    html = """<html><body>
<p align="center"><b>Acme Corp. Reports Record Fourth Quarter Results</b></p>
<p align="center"><i>Revenue up 6%; Backlog at Record $310 Million</i></p>
<p>March 3, 2015: Acme Corp. (NASDAQ: ACME), a leading maker of widgets, today reported
net sales of $142.1 million for the fourth quarter of 2014.</p>
<p>&#147;We closed the year with record orders,&#148; said John Smith, President.</p>
</body></html>"""
    release = parse_press_release(html_to_text(html), "EX-99.1", "20150303")
    assert release is not None
    assert release["headline"] == "Acme Corp. Reports Record Fourth Quarter Results"
    assert release["subheadlines"] == ["Revenue up 6%; Backlog at Record $310 Million"]
    assert release["dateline"] == {"city": None, "state": None, "date": "2015-03-03"}
    assert release["tickers"] == [{"exchange": "NASDAQ", "symbol": "ACME"}]


@pytest.mark.parametrize(("dateline", "city", "state"), [
    ("King of Prussia, PA, March 3, 2015 (GLOBE NEWSWIRE) --", "King of Prussia", "PA"),
    ("King of Prussia, Pa. \u2013 March 3, 2015 \u2013", "King of Prussia", "Pa."),
    ("Rio de Janeiro, March 3, 2015 \u2013", "Rio de Janeiro", None),
    ("Frankfurt am Main, 3 March 2015 \u2013", "Frankfurt am Main", None),
    ("Coeur d'Alene, Idaho, March 3, 2015 /PRNewswire/ --", "Coeur d'Alene", "Idaho"),
    ("Isle of Palms, SC--(BUSINESS WIRE)--March 3, 2015--", "Isle of Palms", "SC"),
])
def test_city_with_a_lower_case_particle(dateline: str, city: str, state: str | None) -> None:
    text = f"""{_HEADLINE}

{dateline} {_LEAD}"""
    release = parse_press_release(text, "EX-99.1", "20150303")
    assert release is not None
    assert release["headline"] == _HEADLINE
    assert release["dateline"] == {"city": city, "state": state, "date": "2015-03-03"}
    assert release["body"].startswith(dateline)


def test_particle_city_in_an_html_six_k() -> None:
    html = """<html><body>
<p><b>Acme Bank reports fourth quarter 2014 results</b></p>
<p>Frankfurt am Main, 3 March 2015 &#8211; Acme Bank AG (XETRA: ACMG.DE / NYSE: ACM)
today reported net income of EUR 142 million for the fourth quarter of 2014.</p>
</body></html>"""
    release = parse_press_release(html_to_text(html), "EX-99.1", "20150303")
    assert release is not None
    assert release["headline"] == "Acme Bank reports fourth quarter 2014 results"
    assert release["dateline"] == {"city": "Frankfurt am Main", "state": None,
                                   "date": "2015-03-03"}
    assert release["tickers"] == [{"exchange": "XETRA", "symbol": "ACMG.DE"},
                                  {"exchange": "NYSE", "symbol": "ACM"}]



@pytest.mark.parametrize(("dateline", "city", "state"), [
    ("HOUSTON, Texas, March 3, 2015,", "HOUSTON", "Texas"),
    ("Dallas, TX, March 3, 2015", "Dallas", "TX"),
    ("NEW YORK, NY, Tuesday, March 3, 2015,", "NEW YORK", "NY"),
    ("LONDON, England, 3 March 2015,", "LONDON", "England"),
])
def test_date_with_a_comma_or_no_mark_before_the_announcement(
        dateline: str, city: str, state: str) -> None:
    text = f"""FOR IMMEDIATE RELEASE

{_HEADLINE}

{dateline} {_LEAD}"""
    release = parse_press_release(text, "EX-99.1", "20150303")
    assert release is not None
    assert release["headline"] == _HEADLINE
    assert release["dateline"] == {"city": city, "state": state, "date": "2015-03-03"}
    assert release["body"].startswith(f"{dateline} Acme Corp.")
    assert release["tickers"] == [{"exchange": "NYSE", "symbol": "ACM"}]


@pytest.mark.parametrize("salutation", ["DEAR STOCKHOLDERS:", "DEAR FELLOW SHAREHOLDER,"])
def test_a_letter_with_its_salutation_in_capitals_is_no_release(salutation: str) -> None:
    text = f"""                                                      Exhibit 99.1

                               ACME CORP.

{salutation}

     We are pleased to share with you the news we released this morning:

     DALLAS, March 3, 2015 -- Acme Corp. today announced record results for 2014.
Net sales were $142.1 million, up 6% from a year earlier.

     We thank you for your continued support.

Sincerely,

John Smith
President and Chief Executive Officer
"""
    assert parse_press_releases(text, "EX-99.1", "20150303") == []


@pytest.mark.parametrize(("dateline", "city", "state"), [
    ("March 3, 2015 -", None, None),
    ("(March 3, 2015) -", None, None),
    ("DALLAS, TX, March 3, 2015,", "DALLAS", "TX"),
    ("Houston, Texas March 3, 2015 -", "Houston", "Texas"),
])
def test_announcement_on_the_third_typed_line_of_the_dateline_paragraph(
        dateline: str, city: str | None, state: str | None) -> None:
    text = f"""{_HEADLINE}

{dateline} Acme Corporation (NASDAQ: ACME), a leading global provider of
precision-engineered components for the aerospace, defense and industrial
markets, today announced net sales of $142.1 million for the fourth quarter of
2014.
"""
    release = parse_press_release(text, "EX-99.1", "20150303")
    assert release is not None
    assert release["headline"] == _HEADLINE
    assert release["dateline"] == {"city": city, "state": state, "date": "2015-03-03"}
    assert release["tickers"] == [{"exchange": "NASDAQ", "symbol": "ACME"}]


# False positives of the spellings above (audit): a caption or a schedule's line is no dateline.

_STATEMENTS = """                                                        Exhibit 99.1

                    ACME CORPORATION AND SUBSIDIARIES
        {caption}, December 31, 2014
            (in thousands, except per share data, as reported)

                                                   2014         2013
Net sales                                      $ 142,107    $ 134,012
Cost of sales                                     98,410       93,220
"""


@pytest.mark.parametrize("caption", [
    "Consolidated Statements of Operations",
    "Schedule of Investments",
    "Statement of Operations",
])
def test_a_financial_statement_caption_with_of_is_no_dateline(caption: str) -> None:
    # "of" joins a caption's words as it does a city's ("King of Prussia"); a caption has no
    # state and is not typed in capitals
    text = _STATEMENTS.format(caption=caption)
    assert parse_press_releases(text, "EX-99.1", "20150303") == []


@pytest.mark.parametrize("line", [
    "Board of Directors, March 3, 2015, Minutes. The Chairman reported that the company"
    " announced earnings for the fourth quarter.",
    "Bank of America, March 3, 2015, The Company today announced that its credit facility"
    " with Bank of America was amended.",
    "Proceeds of Sale, March 3, 2015 Acme reported that the proceeds of the sale were"
    " received in full.",
])
def test_a_name_with_of_and_a_date_after_a_comma_is_no_dateline(line: str) -> None:
    text = f"""                                                        Exhibit 99.1

                             ACME CORPORATION

{line}

The foregoing summary is qualified in its entirety by the full text of the agreement.
"""
    assert parse_press_releases(text, "EX-99.1", "20150303") == []


@pytest.mark.parametrize("text", [
    """                       Acme Corp. Dividend History

March 3, 2015: Board declares dividend; announced on the company's website.
December 2, 2014: Board declares dividend; announced on the company's website.
""",
    """                            ACME CORPORATION
                           DIVIDEND SCHEDULE

March 3, 2015: Record date for the quarterly dividend announced today by the Board.
March 17, 2015: Payment date.
""",
    """                          Annual Meeting Agenda

(March 3, 2015) - Shareholders meeting; the chairman will report on the year and announce
the results of voting.
(March 4, 2015) - Board meeting.
""",
])
def test_a_dated_schedule_entry_with_a_colon_or_brackets_is_no_dateline(text: str) -> None:
    # the date-first colon and bracket forms want a company's name after the mark, then
    # "today" or a past-tense announcing word: not "Board declares", "Record date for"
    assert parse_press_releases(text, "EX-99.1", "20150303") == []
