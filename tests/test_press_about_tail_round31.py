"""About and tickers, round 31: an About heading run into its paragraph with a stop ("About
Acme Robotics. Acme Robotics, Inc. is ..."), a headingless paragraph of news ("... Acme will
open ...") that is no About, and peers' tickers in a table of figures."""

from __future__ import annotations

# GlobeNewswire, 2019: head, quote and a paragraph of figures, then the tail under test
from test_press_about_round30 import RELEASE_HEAD as _HTML_HEAD

from filing2json.parsers.sections.press_release import parse_press_release
from filing2json.parsers.sections.press_tickers import find_tickers
from filing2json.parsers.text import html_to_text

_ABOUT_TEXT = (
    "Acme Robotics, Inc. is a leading provider of industrial automation systems for "
    "manufacturers in North America and Europe. For more information, visit "
    "www.acmerobotics.com."
)


def _html_release(tail: str) -> dict:
    release = parse_press_release(html_to_text(_HTML_HEAD + tail + "</body></html>"), "EX-99.1")
    assert release is not None
    return release


def test_about_heading_run_in_with_a_stop_html():
    # a bold heading closed by a stop, its paragraph in the same block
    release = _html_release(
        f"<p><b>About Acme Robotics.</b> {_ABOUT_TEXT}</p>\n"
        "<p><b>Investor Contact:</b><br>John Doe<br>(408) 555-0100</p>\n")
    assert release["about"] == {"company": "Acme Robotics", "text": _ABOUT_TEXT}
    assert release["body"].endswith("up 18% from the third quarter of 2018.")
    # the heading's name may end in its legal form: that stop is the name's
    release = _html_release(f"<p><b>About Acme Robotics, Inc.</b> {_ABOUT_TEXT}</p>\n")
    assert release["about"] == {"company": "Acme Robotics, Inc.", "text": _ABOUT_TEXT}


def test_run_in_about_ends_the_safe_harbour_before_it():
    fls = ("This press release contains forward-looking statements, including statements "
           "about our expected revenue. Actual results may differ materially due to the "
           "risks described in our filings with the Securities and Exchange Commission.")
    release = _html_release(
        f"<p><b>Forward-Looking Statements</b></p>\n<p>{fls}</p>\n"
        f"<p><b>ABOUT ACME ROBOTICS, INC.</b> {_ABOUT_TEXT}</p>\n")
    assert release["forward_looking_statements"] == fls
    assert release["about"] == {"company": "ACME ROBOTICS, INC.", "text": _ABOUT_TEXT}


def test_about_heading_run_in_with_a_stop_plain_text():
    text = """                 ACME ROBOTICS REPORTS THIRD QUARTER 2019 RESULTS

SAN JOSE, Calif., Nov. 5, 2019 /PRNewswire/ -- Acme Robotics, Inc. (NASDAQ: ACME)
today reported financial results for the third quarter ended September 30, 2019.

Revenue for the quarter was $45.2 million, up 18% from the third quarter of 2018.

About the Company. The Company is a leading provider of industrial automation
systems for manufacturers in North America and Europe.

CONTACT: John Doe, (408) 555-0100
"""
    release = parse_press_release(text, "EX-99.1")
    assert release["about"] == {
        "company": "Acme Robotics, Inc.",
        "text": "The Company is a leading provider of industrial automation systems for "
                "manufacturers in North America and Europe.",
    }
    # prose opening with "About" is no heading
    text = text.replace("About the Company. The Company is", "About 40 Customers. Customers")
    assert parse_press_release(text, "EX-99.1")["about"] is None


# A 1998 release: the company's paragraph at the end is news ("Acme will open ..."), a
# standing one says what the company is and where
_NEWS_1998 = """                ACME FOODS TO OPEN DISTRIBUTION CENTER IN OHIO

COLUMBUS, Ohio, May 4, 1998 -- Acme Foods, Inc. (NASDAQ: ACMF) said today that it
will open a 200,000 square foot distribution center in Columbus in the fall.

"The new center will let us serve our customers in the Midwest faster," said John
Smith, President of Acme Foods.

Acme Foods is the largest supplier of frozen bakery products to supermarkets in the
Midwest. {second}

                                 # # #
"""


def test_headingless_paragraph_of_plans_is_no_about():
    news = "Acme will open the Columbus center in October and expects to hire 150 employees there."
    release = parse_press_release(_NEWS_1998.format(second=news), "EX-99.1")
    assert release["about"] is None
    assert release["body"].endswith("expects to hire 150 employees there.")
    standing = "The company is headquartered in Dayton, Ohio and has 1,200 employees."
    release = parse_press_release(_NEWS_1998.format(second=standing), "EX-99.1")
    assert release["about"] == {
        "company": "Acme Foods",
        "text": "Acme Foods is the largest supplier of frozen bakery products to "
                "supermarkets in the Midwest. " + standing,
    }


def test_standing_paragraph_with_a_strategy_sentence_is_the_about():
    # a plans sentence that names no date, season or figure is the paragraph's strategy
    for strategy in (
        "The Company intends to continue to expand through acquisitions of regional bakeries.",
        "Acme Foods plans to expand its distribution throughout the Southeast.",
        "The Company will continue to focus on its core frozen bakery business.",
    ):
        release = parse_press_release(_NEWS_1998.format(second=strategy), "EX-99.1")
        assert release["about"] == {
            "company": "Acme Foods",
            "text": "Acme Foods is the largest supplier of frozen bakery products to "
                    "supermarkets in the Midwest. " + strategy,
        }
    # one that says when is news
    news = "The Company will open a second plant in Dayton this fall."
    assert parse_press_release(_NEWS_1998.format(second=news), "EX-99.1")["about"] is None


def test_peer_tickers_in_a_table_of_figures_are_not_the_releases():
    text = """ACME BANCORP ANNOUNCES AGREEMENT TO ACQUIRE FIRST VALLEY BANCORP

DALLAS, Texas, March 3, 2008 /PRNewswire/ -- Acme Bancorp, Inc. (NASDAQ: ACMB) today
announced that it has signed a definitive agreement to acquire First Valley Bancorp
(NASDAQ: FVAL) in a stock transaction valued at approximately $120 million.

The price represents 1.8 times tangible book value, compared with recent transactions
in the region:

   Buyer                          Target                          Price/TBV
   Regions Financial (NYSE: RF)   Union Bank (NASDAQ: UBNK)         2.1x
   BB&T Corp. (NYSE: BBT)         Coastal Federal (NASDAQ: CFCP)    2.4x

Acme Bancorp, Inc. is a $3.2 billion bank holding company headquartered in Dallas.
"""
    release = parse_press_release(text, "EX-99.1")
    assert release["tickers"] == [
        {"exchange": "NASDAQ", "symbol": "ACMB"},
        {"exchange": "NASDAQ", "symbol": "FVAL"},
    ]
    # an HTML table renders its cells apart with tabs
    html = html_to_text(
        "<html><body><p>Acme Bancorp, Inc. (NASDAQ: ACMB) today announced ...</p><table>"
        "<tr><td>Regions Financial (NYSE: RF)</td><td>$24.10</td><td>15.2%</td></tr>"
        "</table></body></html>")
    assert find_tickers(html) == [{"exchange": "NASDAQ", "symbol": "ACMB"}]
    # a row with no figures (the letterhead) and a justified line of prose keep theirs
    assert find_tickers("FOR IMMEDIATE RELEASE                    NYSE: ACME\n") == [
        {"exchange": "NYSE", "symbol": "ACME"}]
    # a 1990s justified line of prose, a figure among its words
    assert find_tickers(
        "Acme Corp.  (NASDAQ: ACME)  reported  net  income  of  $4.5\nmillion") == [
        {"exchange": "NASDAQ", "symbol": "ACME"}]


def test_run_in_body_headings_are_no_about():
    # GlobeNewswire 2019 deal release: bold run-in headings over the body's own paragraphs
    deal = ("<p><b>About the Transaction.</b> The transaction is expected to close in the first "
            "quarter of 2020, subject to regulatory approvals.</p>\n"
            "<p><b>About Non-GAAP Financial Measures.</b> Non-GAAP net income excludes "
            "stock-based compensation and amortization of acquired intangibles.</p>\n")
    release = _html_release(deal + f"<p><b>About Acme Robotics</b></p>\n<p>{_ABOUT_TEXT}</p>\n")
    assert release["about"] == {"company": "Acme Robotics", "text": _ABOUT_TEXT}
    assert release["body"].endswith(
        "Non-GAAP net income excludes stock-based compensation and amortization of acquired "
        "intangibles.")
    # nor do they end the safe harbour before them
    fls = ("This press release contains forward-looking statements, including statements "
           "about the expected timing of the transaction. Actual results may differ "
           "materially due to the risks described in our filings with the SEC.")
    release = _html_release(
        f"<p><b>Forward-Looking Statements</b></p>\n<p>{fls}</p>\n"
        "<p><b>About the Offering.</b> The offering of 5,000,000 shares of common stock is "
        "being made by Goldman, Sachs &amp; Co. as sole underwriter.</p>\n")
    assert release["about"] is None


def test_partners_run_in_about_is_not_the_releases():
    partner = ("<p><b>About Beta Systems.</b> Beta Systems, Inc. is a maker of motion "
               "controllers based in Austin, Texas.</p>\n")
    # with no About of the company's after it, the partner's paragraph is the body's
    release = _html_release(partner + "<p><b>Investor Contact:</b><br>John Doe</p>\n")
    assert release["about"] is None
    assert release["body"].endswith("motion controllers based in Austin, Texas.")
    # ahead of the company's own About, the body ends at it and the company's is taken
    release = _html_release(partner + f"<p><b>About Acme Robotics.</b> {_ABOUT_TEXT}</p>\n")
    assert release["about"] == {"company": "Acme Robotics", "text": _ABOUT_TEXT}
    assert release["body"].endswith("up 18% from the third quarter of 2018.")


def test_own_ticker_in_a_row_with_one_figure_is_kept():
    # a 1990s letterhead: the exchange, then the address (a ZIP code is no figure)
    assert find_tickers(
        "NYSE: ACME                    1000 Main Street, Houston, TX  77002\n") == [
        {"exchange": "NYSE", "symbol": "ACME"}]
    # the masthead's share price
    assert find_tickers("                         (NYSE: ACME)   $24.10\n") == [
        {"exchange": "NYSE", "symbol": "ACME"}]
    # an HTML letterhead table with the year in a cell
    assert find_tickers(html_to_text(
        "<html><body><table><tr><td>Acme Bancorp, Inc. (NASDAQ: ACMB)</td><td>2024</td></tr>"
        "</table></body></html>")) == [{"exchange": "NASDAQ", "symbol": "ACMB"}]
    # a REIT's own preferred series in its dividend table
    text = """ACME REALTY TRUST DECLARES QUARTERLY PREFERRED DIVIDENDS

NEW YORK, March 5, 2024 -- Acme Realty Trust (the "Company") today announced that its
Board of Trustees declared the following quarterly dividends on its preferred shares,
payable April 15, 2024 to holders of record on March 31, 2024:

Series                                      Dividend per Share
6.50% Series A Preferred (NYSE: ACR PrA)         $0.40625
6.25% Series B Preferred (NYSE: ACR PrB)         $0.39063

Acme Realty Trust is a real estate investment trust that owns office buildings in
Manhattan.
"""
    assert parse_press_release(text, "EX-99.1")["tickers"] == [
        {"exchange": "NYSE", "symbol": "ACR PrA"}, {"exchange": "NYSE", "symbol": "ACR PrB"}]
