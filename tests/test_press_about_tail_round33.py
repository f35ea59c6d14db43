"""About, safe harbour and tickers, round 33: an About heading naming a league ("About the
Call of Duty League"), a safe harbour's listed risks after a lead-in ("... include:") and in
HTML bullet cells, the NYSE's joined preferred series ("ACMPrA") and a SPAC's warrants
("ACM WS")."""

from __future__ import annotations

from filing2json.parsers.sections.press_release import parse_press_release
from filing2json.parsers.sections.press_tickers import find_tickers
from filing2json.parsers.text import html_to_text

# A 2020 Business Wire release in plain text: a league's About above the company's
_LEAGUE_2020 = """   Activision Blizzard Announces Call of Duty League Launch Weekend in Minneapolis

SANTA MONICA, Calif.--(BUSINESS WIRE)--Jan. 6, 2020-- Activision Blizzard, Inc. (Nasdaq:
ATVI) today announced that the Call of Duty League will open its inaugural season on
January 24 at The Armory in Minneapolis.

"The launch weekend is a milestone for esports," said Johanna Faries, Commissioner of
the Call of Duty League.

About the Call of Duty League

The Call of Duty League is the premier professional esports league for Call of Duty,
featuring twelve city-based teams competing across North America and Europe.

About Activision Blizzard

Activision Blizzard, Inc. is a leading global developer and publisher of interactive
entertainment, headquartered in Santa Monica, California.

Contacts
Media: Jane Doe, (310) 555-0100
"""


def test_about_the_call_of_a_league_is_no_news_heading():
    release = parse_press_release(_LEAGUE_2020, "EX-99.1")
    assert release["about"] == {
        "company": "Activision Blizzard",
        "text": "Activision Blizzard, Inc. is a leading global developer and publisher of "
                "interactive entertainment, headquartered in Santa Monica, California.",
    }
    # the body ends at the first About, the league's
    assert release["body"].endswith(
        '"The launch weekend is a milestone for esports," said Johanna Faries, Commissioner '
        "of the Call of Duty League.")
    # a heading ending in the call is still the body's news
    text = _LEAGUE_2020.replace("About the Call of Duty League\n", "About the Conference Call\n")
    assert parse_press_release(text, "EX-99.1")["body"].endswith("Europe.")


def test_preferred_series_joined_to_its_symbol():
    text = ("NEW YORK, April 16, 2024 /PRNewswire/ -- Acme Financial Corp. (NYSE: ACM, ACMPrA, "
            "ACMPrB) today reported net income of $45.2 million.")
    assert find_tickers(text) == [
        {"exchange": "NYSE", "symbol": "ACM"},
        {"exchange": "NYSE", "symbol": "ACMPrA"},
        {"exchange": "NYSE", "symbol": "ACMPrB"},
    ]
    text = ("Acme's 6.375% Series C Cumulative Redeemable Preferred Stock (NYSE: ACMPrC) will "
            "be redeemed on May 15, 2024.")
    assert find_tickers(text) == [{"exchange": "NYSE", "symbol": "ACMPrC"}]


def test_spac_warrants_after_a_blank():
    text = ("NEW YORK, Oct. 2, 2020 /PRNewswire/ -- Acme Acquisition Corp. (NYSE: ACM.U, ACM, "
            "ACM WS) today announced that it has entered into a definitive business combination "
            "agreement with Beta Robotics, Inc.")
    assert find_tickers(text) == [
        {"exchange": "NYSE", "symbol": "ACM.U"},
        {"exchange": "NYSE", "symbol": "ACM"},
        {"exchange": "NYSE", "symbol": "ACM WS"},
    ]


# A 2003 release in plain text, its safe harbour listing the risks under a short lead-in
_RISKS_2003 = """                ACME ROBOTICS REPORTS THIRD QUARTER 2003 RESULTS

SAN JOSE, Calif., Oct. 21, 2003 /PRNewswire/ -- Acme Robotics, Inc. (Nasdaq: ACME)
today reported revenue of $45.2 million for the third quarter ended September 30, 2003.

{heading}This press release contains forward-looking statements within the meaning of the
Private Securities Litigation Reform Act of 1995, including statements about expected
revenue. Actual results may differ materially from those projected.

Factors that could cause results to differ include:

    o  our ability to obtain financing;

    o  competition from larger companies; and

    o  general economic conditions.

Acme undertakes no obligation to update any forward-looking statement.

{after}CONTACT: Jane Doe of Acme Robotics, Inc., +1-408-555-0100
"""
_RISKS_TEXT = (
    "Factors that could cause results to differ include:\n\n"
    "o our ability to obtain financing;\n\n"
    "o competition from larger companies; and\n\n"
    "o general economic conditions.\n\n"
    "Acme undertakes no obligation to update any forward-looking statement."
)


def test_fls_goes_on_through_a_short_lead_in_to_listed_risks():
    for heading in ("Forward-Looking Statements\n\n", ""):
        release = parse_press_release(_RISKS_2003.format(heading=heading, after=""), "EX-99.1")
        assert release["forward_looking_statements"].endswith(
            "Actual results may differ materially from those projected.\n\n" + _RISKS_TEXT)
    # a lead-in to the call's details is no safe harbour's
    call = ("The conference call details are as follows:\n\n    o  Date: Tuesday, October 21, "
            "2003\n\n    o  Time: 5:00 p.m. Eastern Time\n\n")
    release = parse_press_release(
        _RISKS_2003.format(heading="Forward-Looking Statements\n\n", after=call), "EX-99.1")
    assert release["forward_looking_statements"].endswith(_RISKS_TEXT)


def test_fls_listed_risks_in_html_bullet_cells():
    # a 2021 EDGAR HTML exhibit: each risk a one-row table, its bullet in the first cell
    rows = "".join(
        '<table style="width:100%"><tr><td style="width:4%;vertical-align:top">&#8226;</td>'
        f"<td>{risk}</td></tr></table>\n"
        for risk in ("the impact of the COVID-19 pandemic on our operations;",
                     "our ability to retain key customers; and",
                     "the other risks described in our Annual Report on Form 10-K."))
    html = (
        "<html><body>\n<p style='text-align:center'><b>Acme Robotics Reports Second Quarter "
        "2021 Results</b></p>\n<p>SAN JOSE, Calif., Aug. 3, 2021 (GLOBE NEWSWIRE) -- Acme "
        "Robotics, Inc. (Nasdaq: ACME) today reported revenue of $52.7 million for the second "
        "quarter ended June 30, 2021.</p>\n<p><b>Forward-Looking Statements</b></p>\n<p>This "
        "press release contains forward-looking statements, including statements about our "
        "expected revenue. Actual results may differ materially from those projected due to "
        "a number of risks and uncertainties, including the following:</p>\n" + rows +
        "<p>Acme undertakes no obligation to update any forward-looking statement.</p>\n"
        "<p><b>Investor Contact:</b><br>Jane Doe<br>(408) 555-0100</p>\n</body></html>")
    release = parse_press_release(html_to_text(html), "EX-99.1")
    assert release["forward_looking_statements"].endswith(
        "including the following:\n\n"
        "\u2022 the impact of the COVID-19 pandemic on our operations;\n\n"
        "\u2022 our ability to retain key customers; and\n\n"
        "\u2022 the other risks described in our Annual Report on Form 10-K.\n\n"
        "Acme undertakes no obligation to update any forward-looking statement.")


# A 2016 EX-99.1: the call's own "About the ..." heading above the company's About
_CALL_2016 = """Acme Widgets Reports Record Fourth Quarter Results

NEW YORK, Feb. 25, 2016 /PRNewswire/ -- Acme Widgets, Inc. (NYSE: AWI) today reported
record revenue of $45.2 million for the fourth quarter of 2015, up 25% from a year ago.

"We closed the year with record orders," said John Smith, Chief Executive Officer.

{heading}

Acme Widgets will host a conference call and live webcast at 10:00 a.m. Eastern Time
today to discuss the results. To participate, dial (800) 555-0123.

About Acme Widgets, Inc.

Acme Widgets, Inc. is a leading maker of industrial widgets based in New York, New York.

Contact:
Jane Roe
(212) 555-0100
"""


def test_about_the_call_with_its_audience_is_the_bodys_news():
    for heading in ("About the Conference Call with Management", "About the Call with Analysts",
                    "About the Webcast for Investors", "ABOUT THE WEBCAST OF THE ANNUAL MEETING",
                    "About the Webcast of Our Annual Meeting"):
        release = parse_press_release(_CALL_2016.format(heading=heading), "EX-99.1")
        assert release["body"].endswith(
            "today to discuss the results. To participate, dial (800) 555-0123."), heading
        assert release["about"] == {
            "company": "Acme Widgets, Inc.",
            "text": "Acme Widgets, Inc. is a leading maker of industrial widgets based in New "
                    "York, New York.",
        }, heading


def test_fls_stops_at_a_lead_in_to_the_results_own_list():
    growth = ("Factors driving growth in the quarter include:\n\n"
              "    o  strong demand for industrial robots in North America; and\n\n"
              "    o  the new assembly plant in Ohio, which opened in July.\n\n")
    release = parse_press_release(
        _RISKS_2003.format(heading="Forward-Looking Statements\n\n", after=growth), "EX-99.1")
    assert release["forward_looking_statements"].endswith(_RISKS_TEXT)
