"""Press-release heads: datelines, tickers, headlines and the furniture above them.

Each text is typed the way EDGAR exhibits of its era print it (plain text wrapped at ~75
columns, or HTML rendered to text).
"""

from __future__ import annotations

import pytest

from filing2json.parsers.sections.press_dateline import dateline_fields, match_dateline
from filing2json.parsers.sections.press_tickers import find_tickers
from filing2json.parsers.text.html_text import html_to_text
from support import release_of


def _dateline(line: str) -> tuple[str, str | None, str | None]:
    found = match_dateline(line)
    assert found is not None, line
    fields = dateline_fields(found[1], "")
    return fields["city"], fields["state"], fields["date"]


# ---- datelines ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("NEW YORK, Monday, January 5, 1998 -- Acme Widgets, Inc. (NYSE: AWI) today",
         ("NEW YORK", None, "1998-01-05")),
        ("DALLAS, Texas, Tuesday, October 1, 2002 - Northwind Corp. today announced",
         ("DALLAS", "Texas", "2002-10-01")),
        ("NEW YORK--(BUSINESS WIRE)--Wednesday, May 1, 2019--Acme Corp. (NYSE: ACM)",
         ("NEW YORK", None, "2019-05-01")),
    ],
)
def test_a_weekday_before_the_date_is_no_state(line: str, expected: tuple) -> None:
    assert _dateline(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("THE WOODLANDS, Texas, Feb. 3, 2015 /PRNewswire/ -- Newfield Exploration Company",
         ("THE WOODLANDS", "Texas", "2015-02-03")),
        ("The Woodlands, Texas - May 1, 2019 - Huntsman Corporation (NYSE: HUN) today",
         ("The Woodlands", "Texas", "2019-05-01")),
        ("THE HAGUE, the Netherlands, 3 March 2015 -- Acme N.V. (NYSE: ACN) today",
         ("THE HAGUE", "the Netherlands", "2015-03-03")),
    ],
)
def test_places_named_with_the(line: str, expected: tuple) -> None:
    assert _dateline(line) == expected


def test_a_state_spelt_with_a_lower_case_the() -> None:
    line = "Amsterdam, the Netherlands, 1 May 2019 - Acme N.V. (Euronext: ACME) announced"
    assert _dateline(line) == ("Amsterdam", "the Netherlands", "2019-05-01")


def test_two_places_joined_by_an_ampersand_after_a_state() -> None:
    line = ("REDWOOD CITY, Calif. & BOSTON--(BUSINESS WIRE)--Jan. 9, 2017--Acme Therapeutics, "
            "Inc. (Nasdaq: ACMT)")
    assert _dateline(line) == ("REDWOOD CITY", "Calif.", "2017-01-09")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("SYDNEY, Australia, May 2, 2005 (PRIMEZONE) -- Acme Ltd. (Nasdaq: ACML) today",
         ("SYDNEY", "Australia", "2005-05-02")),
        ("WASHINGTON, Jan. 12, 2004 /U.S. Newswire/ -- The Acme Foundation today said",
         ("WASHINGTON", None, "2004-01-12")),
        ("DENVER, March 3, 2010 (Reuters) -- Acme Mining Corp. said on Wednesday",
         ("DENVER", None, "2010-03-03")),
    ],
)
def test_wires_in_brackets_by_any_name(line: str, expected: tuple) -> None:
    assert _dateline(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "DALLAS/FORT WORTH, May 1, 2019 /PRNewswire/ -- Acme Airlines Group Inc. (NASDAQ: AAL)",
        "MINNEAPOLIS/ST. PAUL, May 1, 2019 /PRNewswire/ -- Acme Corp. (NYSE: ACM) today",
    ],
)
def test_two_cities_joined_by_a_slash(line: str) -> None:
    city, _, date = _dateline(line)
    assert (city, date) == (line.split(",")[0], "2019-05-01")


@pytest.mark.parametrize(
    ("first", "second", "state"),
    [
        # Business Wire's long dateline wrapped inside its date (70-column text, 2005)
        ("    SOUTH SAN FRANCISCO, Calif.--(BUSINESS WIRE)--Nov. 3,",
         "2005--Acme Therapeutics, Inc. (Nasdaq:ACMT) today reported financial results", "Calif."),
        ("    SOUTH SAN FRANCISCO, Calif.--(BUSINESS WIRE)--",
         "Nov. 3, 2005--Acme Therapeutics, Inc. (Nasdaq:ACMT) today reported financial", "Calif."),
        # PR Newswire's credit cut at its hyphen, or put on the next line
        ("    SOUTH SAN FRANCISCO, Calif., Nov. 3, 2005 /PRNewswire-",
         "FirstCall/ -- Acme Therapeutics, Inc. (Nasdaq: ACMT) today reported financial", "Calif."),
        ("    SOUTH SAN FRANCISCO, California, November 3, 2005",
         "/PRNewswire-FirstCall/ -- Acme Therapeutics, Inc. (Nasdaq: ACMT) today reported",
         "California"),
    ],
)
def test_a_dateline_wrapped_onto_the_next_line(first: str, second: str, state: str) -> None:
    text = f"""Exhibit 99.1

         Acme Therapeutics Reports Third Quarter 2005 Financial Results

{first}
{second}
results for the third quarter ended September 30, 2005. Revenue was $12.1 million.
"""
    release = release_of(text)
    assert release["dateline"] == {"city": "SOUTH SAN FRANCISCO", "state": state,
                                   "date": "2005-11-03"}
    assert release["date"] == "2005-11-03"
    assert release["headline"] == "Acme Therapeutics Reports Third Quarter 2005 Financial Results"
    assert release["body"].startswith(first.strip())
    assert release["tickers"] == [{"exchange": "Nasdaq", "symbol": "ACMT"}]


# ---- tickers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme Gold Corp. (TSX-V: AGC; OTCQB: AGCDF; FSE: 5AG) is pleased to announce",
         [("TSX-V", "AGC"), ("OTCQB", "AGCDF"), ("FSE", "5AG")]),
        ("Acme Minerals plc (AIM: ACM; TSX.V: ACM), the exploration company",
         [("AIM", "ACM"), ("TSX.V", "ACM")]),
        ("Acme Cannabis Corp. (NEO: ACC) (OTCPink: ACCNF) today announced",
         [("NEO", "ACC"), ("OTCPink", "ACCNF")]),
        ("Acme Lithium Inc. (CSE: ALI) (Frankfurt: A2J) announces", [("CSE", "ALI"),
                                                                      ("Frankfurt", "A2J")]),
        ("Acme Industries, Inc. (ASE: ACI) today reported", [("ASE", "ACI")]),
    ],
)
def test_tickers_on_more_exchanges_and_mixed_symbols(text: str, expected: list) -> None:
    assert [(t["exchange"], t["symbol"]) for t in find_tickers(text)] == expected


def test_a_symbol_followed_by_a_figure_is_not_cut_short() -> None:
    # "XY1" is one symbol, never "XY"
    assert find_tickers("Acme AG (Frankfurt: XY1) today") == [
        {"exchange": "Frankfurt", "symbol": "XY1"}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Acme\'s common stock is traded on the New York Stock Exchange under the symbol "ACM".',
         [("New York Stock Exchange", "ACM")]),
        ("Acme Widgets is listed on the Nasdaq National Market under the symbol ACME.",
         [("Nasdaq National Market", "ACME")]),
        ("Its shares trade on the American Stock Exchange under the symbol AXR and on the TSX "
         "under the symbol AX.", [("American Stock Exchange", "AXR"), ("TSX", "AX")]),
        # a bracketed listing first: the same symbol in prose is not repeated
        ("Acme Corp. (NYSE: ACM) today ... Acme trades on the NYSE under the ticker symbol ACM "
         "and on the TSX under the symbol ACX.", [("NYSE", "ACM"), ("TSX", "ACX")]),
    ],
)
def test_symbols_named_in_prose(text: str, expected: list) -> None:
    assert [(t["exchange"], t["symbol"]) for t in find_tickers(text)] == expected


# ---- headlines ----------------------------------------------------------------------------


_BODY = """
     ANYTOWN, PA, February 3, 1999 -- Acme Corporation (NASDAQ: ACMC) today
reported record earnings for the year ended December 31, 1998. Net income rose
to $14.1 million, or $1.12 per diluted share, from $11.0 million a year earlier.
"""


@pytest.mark.parametrize(
    "furniture",
    [
        "(LOGO)",
        "(ACME CORPORATION LOGO)",
        "EMBARGOED UNTIL 4:05 P.M. EST",
        "NEWS",
        "N E W S",
        "ACME CORPORATION NEWS RELEASE",
        "HOLD FOR RELEASE UNTIL 7:00 A.M. EST",
    ],
)
def test_furniture_above_the_headline_is_no_headline(furniture: str) -> None:
    text = f"""EXHIBIT 99.1

{furniture}

                     ACME CORPORATION REPORTS RECORD EARNINGS
{_BODY}"""
    release = release_of(text)
    assert release["headline"] == "ACME CORPORATION REPORTS RECORD EARNINGS"
    assert release["subheadlines"] == []


def test_a_letterhead_address_above_the_headline_stops_it() -> None:
    text = f"""EXHIBIT 99.1

ACME CORPORATION
100 Main Street
Anytown, Pennsylvania 19000

                     ACME CORPORATION REPORTS RECORD EARNINGS
{_BODY}"""
    release = release_of(text)
    assert release["headline"] == "ACME CORPORATION REPORTS RECORD EARNINGS"
    assert release["subheadlines"] == []


def test_a_letterhead_with_a_post_office_box() -> None:
    text = f"""Exhibit 99

Acme Corporation
P.O. Box 1234
Anytown, PA 19000-1234

Acme Corporation Reports Record Earnings for 1998
{_BODY}"""
    release = release_of(text)
    assert release["headline"] == "Acme Corporation Reports Record Earnings for 1998"


def test_a_headline_line_ending_in_a_colon_runs_on() -> None:
    text = f"""Exhibit 99.1

For further information contact:
Jane Doe
(215) 555-0100

Acme Corporation Announces Fourth Quarter Results:
Revenue Grows 25% on Record Widget Shipments
{_BODY}"""
    release = release_of(text)
    assert release["headline"] == (
        "Acme Corporation Announces Fourth Quarter Results: Revenue Grows 25% on Record Widget "
        "Shipments")


def test_an_html_capitals_headline_broken_by_br_is_one_headline() -> None:
    html = """<html><body><p align="right">Exhibit 99.1</p>
<p align="center"><b>ACME CORPORATION ANNOUNCES RECORD THIRD<br>QUARTER 2005 RESULTS AND
RAISES<br>FULL YEAR GUIDANCE</b></p>
<p align="center"><b>REVENUE UP 20% TO $312 MILLION</b></p>
<p>DALLAS, Texas, October 20, 2005 -- Acme Corporation (NYSE: ACX) today announced record
results for the third quarter ended September 30, 2005, with revenue up 20% from the third
quarter of 2004 on strong demand for its widgets.</p></body></html>"""
    release = release_of(html_to_text(html))
    assert release["headline"] == (
        "ACME CORPORATION ANNOUNCES RECORD THIRD QUARTER 2005 RESULTS AND RAISES FULL YEAR "
        "GUIDANCE")
    # a paragraph of its own stays a subheadline
    assert release["subheadlines"] == ["REVENUE UP 20% TO $312 MILLION"]


def test_the_company_name_over_the_headline_is_no_headline() -> None:
    text = """Exhibit 99.1

                              ACME WIDGETS, INC.

              ACME WIDGETS REPORTS RECORD FIRST QUARTER EARNINGS

     DALLAS, Texas, April 21, 1997 -- Acme Widgets, Inc. (NYSE: AWI) today reported
record earnings for the first quarter ended March 31, 1997. Net income rose 18% to
$4.2 million, or $0.31 per share, on sales of $61.0 million.
"""
    release = release_of(text)
    assert release["headline"] == "ACME WIDGETS REPORTS RECORD FIRST QUARTER EARNINGS"
    assert release["subheadlines"] == []


def test_an_html_company_name_paragraph_over_the_headline() -> None:
    html = """<html><body>
<p align="center"><b>Acme Holdings Corporation</b></p>
<p align="center"><b>Acme Holdings Announces Third Quarter 2009 Results</b></p>
<p align="center"><i>Net Income Rises to $12 Million</i></p>
<p>HOUSTON, Oct. 29, 2009 /PRNewswire-FirstCall/ -- Acme Holdings Corporation (NYSE: AHC)
today announced results for the third quarter ended September 30, 2009, including net
income of $12 million, or $0.40 per diluted share.</p></body></html>"""
    release = release_of(html_to_text(html))
    assert release["headline"] == "Acme Holdings Announces Third Quarter 2009 Results"
    assert release["subheadlines"] == ["Net Income Rises to $12 Million"]


def test_a_date_line_led_by_a_weekday_dates_the_release() -> None:
    text = """Exhibit 99.1

Acme Widgets Reports First Quarter Results

Monday, April 21, 1997

     DALLAS, Texas -- Acme Widgets, Inc. (NYSE: AWI) today reported record earnings
for the first quarter ended March 31, 1997.
"""
    release = release_of(text)
    assert release["date"] == "1997-04-21"
    assert release["headline"] == "Acme Widgets Reports First Quarter Results"
    assert release["subheadlines"] == []


def test_highlights_heading_with_words_after_it() -> None:
    text = """Exhibit 99.1

Acme Widgets Reports Fourth Quarter Results

DALLAS, Texas, Feb. 1, 2016 -- Acme Widgets, Inc. (NYSE: AWI) today reported results
for the fourth quarter ended December 31, 2015.

Highlights for the fourth quarter include:

     -    Revenue of $120 million, up 8% from the fourth quarter of 2014
     -    Operating margin of 14.2%, up from 12.9%

"We had a good quarter," said Jane Smith, chief executive officer.
"""
    assert release_of(text)["highlights"] == [
        "Revenue of $120 million, up 8% from the fourth quarter of 2014",
        "Operating margin of 14.2%, up from 12.9%",
    ]


def test_highlights_marked_by_squares_in_a_table() -> None:
    html = """<html><body>
<p align="center"><b>Acme Widgets Reports Fourth Quarter Results</b></p>
<p>DALLAS, Texas, Feb. 1, 2016 -- Acme Widgets, Inc. (NYSE: AWI) today reported results for
the fourth quarter ended December 31, 2015, with revenue up 8% over the prior year quarter.</p>
<p><b>Fourth Quarter Highlights</b></p>
<table><tr><td>&#9632;</td><td>Revenue of $120 million, up 8%</td></tr>
<tr><td>&#9632;</td><td>Operating margin of 14.2%</td></tr></table>
<p>"We had a good quarter," said Jane Smith, chief executive officer of Acme Widgets.</p>
</body></html>"""
    release = release_of(html_to_text(html))
    assert release["highlights"] == ["Revenue of $120 million, up 8%", "Operating margin of 14.2%"]


def test_pointer_bullets_under_an_html_headline_are_highlights() -> None:
    html = """<html><body>
<p align="center"><b>Acme Widgets Reports Fourth Quarter Results</b></p>
<p align="center">&#9658; Revenue of $120 million, up 8%</p>
<p align="center">&#9658; Operating margin of 14.2%</p>
<p>DALLAS, Texas, Feb. 1, 2016 -- Acme Widgets, Inc. (NYSE: AWI) today reported results for
the fourth quarter ended December 31, 2015, with revenue up 8% over the prior year quarter.</p>
</body></html>"""
    release = release_of(html_to_text(html))
    assert release["subheadlines"] == []
    assert release["highlights"] == ["Revenue of $120 million, up 8%", "Operating margin of 14.2%"]


def test_the_company_name_right_over_a_headline_that_repeats_it() -> None:
    text = """Exhibit 99.1

                 ACME WIDGETS, INC.
       ACME WIDGETS REPORTS RECORD FIRST QUARTER EARNINGS

     DALLAS, Texas, April 21, 1997 -- Acme Widgets, Inc. (NYSE: AWI) today reported
record earnings for the first quarter ended March 31, 1997.
"""
    assert release_of(text)["headline"] == "ACME WIDGETS REPORTS RECORD FIRST QUARTER EARNINGS"
    # a headline wrapped right after the name keeps it
    wrapped = text.replace("ACME WIDGETS REPORTS", "REPORTS")
    assert release_of(wrapped)["headline"] == (
        "ACME WIDGETS, INC. REPORTS RECORD FIRST QUARTER EARNINGS")
