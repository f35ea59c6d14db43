"""Press-release heads, round 29: listings on exchanges the ticker list lacked ("FRA", the
1990s regionals, an exchange named in full), exchanges joined by a comma or a spaced slash,
a country after the dateline's state, and a listing line alone under the headline.

Each text is typed the way EDGAR exhibits of its era print it (plain text, or HTML rendered
to text).
"""

from __future__ import annotations

from filing2json.parsers.sections.press_tickers import find_tickers
from filing2json.parsers.text.html_text import html_to_text
from support import release_of


def test_frankfurt_listing_as_fra() -> None:
    text = """Exhibit 99.1

Northern Lithium Announces Closing of $5 Million Private Placement

VANCOUVER, British Columbia, March 3, 2021 (GLOBE NEWSWIRE) -- Northern Lithium Corp.
(TSX-V: NLC) (OTCQB: NLCMF) (FRA: 5NL) ("Northern" or the "Company") is pleased to
announce that it has closed its previously announced private placement.
"""
    assert release_of(text)["tickers"] == [
        {"exchange": "TSX-V", "symbol": "NLC"},
        {"exchange": "OTCQB", "symbol": "NLCMF"},
        {"exchange": "FRA", "symbol": "5NL"},
    ]


def test_exchange_named_in_full() -> None:
    assert find_tickers("Acme Resources Ltd. (Toronto Stock Exchange: ARL) today") == [
        {"exchange": "Toronto Stock Exchange", "symbol": "ARL"}]
    assert find_tickers("Midwest Grain (Chicago Stock Exchange: MWG) announced") == [
        {"exchange": "Chicago Stock Exchange", "symbol": "MWG"}]
    # prose after an exchange's name and a colon is no listing
    assert find_tickers("listed on the Toronto Stock Exchange: The Company's shares") == []


def test_1990s_regional_exchanges_joined_by_a_comma() -> None:
    text = """EXHIBIT 99

                   ACME INDUSTRIES REPORTS RECORD FOURTH QUARTER EARNINGS

     CHICAGO, Illinois, January 23, 1996 -- Acme Industries, Inc. (NYSE, CHX: ACM)
today reported record earnings for the fourth quarter ended December 31, 1995.
"""
    assert release_of(text)["tickers"] == [
        {"exchange": "NYSE", "symbol": "ACM"},
        {"exchange": "CHX", "symbol": "ACM"},
    ]
    assert find_tickers("Pacific Enterprises (NYSE, PSE: PET) said") == [
        {"exchange": "NYSE", "symbol": "PET"},
        {"exchange": "PSE", "symbol": "PET"},
    ]


def test_two_exchanges_joined_by_a_spaced_slash() -> None:
    assert find_tickers("Acme Gold Corp. (NYSE American / TSX: AGC) today") == [
        {"exchange": "NYSE American", "symbol": "AGC"},
        {"exchange": "TSX", "symbol": "AGC"},
    ]


def test_dateline_with_a_country_after_the_state() -> None:
    text = """Exhibit 99.1

Acme Biosciences Reports Fourth Quarter and Full Year 2020 Results

SAN DIEGO, CA, USA, Jan. 5, 2021 /PRNewswire/ -- Acme Biosciences, Inc. (NASDAQ: ACBI)
today reported financial results for the fourth quarter and full year 2020.
"""
    release = release_of(text)
    assert release["dateline"] == {"city": "SAN DIEGO", "state": "CA", "date": "2021-01-05"}
    assert release["headline"] == (
        "Acme Biosciences Reports Fourth Quarter and Full Year 2020 Results")


def test_einpresswire_dateline_in_html() -> None:
    html = """<html><body>
<p><b>Contoso Energy Signs Supply Agreement with Fabrikam</b></p>
<p>AUSTIN, TEXAS, UNITED STATES, March 3, 2021 /EINPresswire.com/ -- Contoso Energy, Inc.
(OTC Pink: CTSO) today announced a three-year supply agreement with Fabrikam LLC.</p>
</body></html>"""
    release = release_of(html_to_text(html))
    assert release["dateline"] == {"city": "AUSTIN", "state": "TEXAS", "date": "2021-03-03"}
    assert release["headline"] == "Contoso Energy Signs Supply Agreement with Fabrikam"


def test_listing_line_under_the_headline_is_no_head_line() -> None:
    text = """Exhibit 99.1

                 ACME WIDGETS REPORTS RECORD THIRD QUARTER REVENUE

                                 NASDAQ: AWGT

ENGLEWOOD CLIFFS, NJ, OCTOBER 5, 2005 -- Acme Widgets, Inc. today reported record
revenue of $12.5 million for the third quarter, up 20% from a year ago.
"""
    release = release_of(text)
    assert release["headline"] == "ACME WIDGETS REPORTS RECORD THIRD QUARTER REVENUE"
    assert release["tickers"] == [{"exchange": "NASDAQ", "symbol": "AWGT"}]


def test_bracketed_listing_under_an_html_headline_is_no_head_line() -> None:
    html = """<html><body>
<p align="center"><b>Contoso Pharmaceuticals Announces Positive Phase 2 Results</b></p>
<p align="center">(NYSE American: CPI)</p>
<p>BOSTON, March 3, 2021 (GLOBE NEWSWIRE) -- Contoso Pharmaceuticals, Inc. today
announced positive topline results from its Phase 2 trial.</p>
</body></html>"""
    release = release_of(html_to_text(html))
    assert release["headline"] == "Contoso Pharmaceuticals Announces Positive Phase 2 Results"
    assert release["subheadlines"] == []


def test_country_dateline_needs_a_place_not_a_firm() -> None:
    from filing2json.parsers.sections.press_dateline import match_dateline

    for line in (
        "Acme Corp., Houston, Texas, March 3, 2005 -- Acme Corp. (NYSE: ACM) today reported",
        "Acme Corp., Beta Inc., Gamma LLC, March 3, 2005 -- The three companies today announced",
        "Acme Corp., Houston, USA, March 3, 2005 -- Acme Corp. (NYSE: ACM) today reported",
    ):
        assert match_dateline(line) is None, line
    for line, city, state in (
        ("HOUSTON, Texas, U.S.A., March 3, 2005 -- Acme Corp. (NYSE: ACM) today reported",
         "HOUSTON", "Texas"),
        ("San Juan, Puerto Rico, U.S., March 3, 2005 -- Acme Corp. today announced",
         "San Juan", "Puerto Rico"),
        ("PARIS, France, Europe, March 3, 2005 -- Acme S.A. (NYSE: ACM) today announced",
         "PARIS", "France"),
        ("SAO PAULO, SP, Brazil, March 3, 2014 /PRNewswire/ -- Acme S.A. today announced",
         "SAO PAULO", "SP"),
    ):
        found = match_dateline(line)
        assert found is not None, line
        assert (found[1].group("city"), found[1].group("state")) == (city, state)


def test_named_exchange_must_be_a_stock_exchange() -> None:
    text = """Other expense, net, increased $1.2 million, reflecting losses on
currency contracts (Foreign Exchange: FX) and translation (Euro Exchange: EUR)."""
    assert find_tickers(text) == []
    assert find_tickers("Acme Mining Ltd. (Australian Securities Exchange: AMX) today") == [
        {"exchange": "Australian Securities Exchange", "symbol": "AMX"}]


def test_other_exchange_symbol_holds_a_letter_or_is_asian() -> None:
    assert find_tickers("Trading in the shares (Toronto Stock Exchange: HALTED) resumed") == []
    assert find_tickers("Patients were enrolled by country (USA: 12, FRA: 8, GER: 5).") == []
    assert find_tickers("Acme Holdings Ltd. (HKEx: 0123) (Tokyo Stock Exchange: 6758) today") \
        == [{"exchange": "HKEx", "symbol": "0123"},
            {"exchange": "Tokyo Stock Exchange", "symbol": "6758"}]


_LETTERHEAD = """ACME WIDGETS, INC.
NASDAQ: AWGT

FOR IMMEDIATE RELEASE

ENGLEWOOD CLIFFS, NJ, OCTOBER 5, 2005 -- Acme Widgets, Inc. today reported record
revenue of $12.5 million for the third quarter of 2005.
"""


def test_letterhead_over_a_listing_line_is_no_headline() -> None:
    release = release_of("Exhibit 99.1\n\n" + _LETTERHEAD)
    assert release["headline"] is None
    assert release["tickers"] == [{"exchange": "NASDAQ", "symbol": "AWGT"}]
    above = release_of("Exhibit 99.1\n\nACME WIDGETS REPORTS RECORD THIRD QUARTER REVENUE\n\n"
                     + _LETTERHEAD)
    assert above["headline"] == "ACME WIDGETS REPORTS RECORD THIRD QUARTER REVENUE"
