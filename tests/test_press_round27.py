"""Press releases, round 27: preferred-share tickers, datelines with the wire's credit or the
date in brackets, and quotes attributed in 1990s releases typed in capitals."""

from __future__ import annotations

from filing2json.parsers.sections.press_dateline import match_dateline
from filing2json.parsers.sections.press_quotes import find_quotes
from filing2json.parsers.sections.press_release import parse_press_release


def _release(dateline: str, lead: str, filed: str = "2014-03-04") -> dict:
    text = (
        "Exhibit 99.1\n\n"
        "Harbor Realty Trust Announces Redemption of Series A Preferred Shares\n\n"
        f"{dateline}{lead}\n\n"
        "The redemption price is $25.00 per share, plus accrued and unpaid dividends.\n"
    )
    r = parse_press_release(text, "EX-99.1", filed)
    assert r is not None
    return r


# ---- tickers -------------------------------------------------------------------------------


def test_preferred_series_in_nyse_spelling_kept_with_symbol() -> None:
    r = _release(
        "BOSTON, March 3, 2014 /PRNewswire/ -- ",
        "Harbor Realty Trust (NYSE: HRT, HRT PrA) today announced that it will redeem\n"
        "all outstanding shares of its 7.25% Series A Cumulative Redeemable Preferred Shares.",
    )
    assert r["tickers"] == [
        {"exchange": "NYSE", "symbol": "HRT"},
        {"exchange": "NYSE", "symbol": "HRT PrA"},
    ]


def test_preferred_series_after_hyphen_and_semicolon_lists() -> None:
    r = _release(
        "CHARLOTTE, N.C.--(BUSINESS WIRE)--March 3, 2014--",
        "Carolina Bancorp (NYSE: CBK; CBK-PL; CBK-PD) today declared a quarterly\n"
        "cash dividend of $0.01 per common share.",
    )
    assert r["tickers"] == [
        {"exchange": "NYSE", "symbol": "CBK"},
        {"exchange": "NYSE", "symbol": "CBK-PL"},
        {"exchange": "NYSE", "symbol": "CBK-PD"},
    ]


def test_share_class_after_hyphen() -> None:
    r = _release(
        "LOUISVILLE, Ky., March 3, 2014 /PRNewswire/ -- ",
        "Bluegrass Distillers Corporation (NYSE: BGD-A, BGD-B) today reported record\n"
        "sales for its fiscal year. Its class B shares trade on the NYSE: BGD.B. The\n"
        "NYSE: BGD-listed notes are unchanged.",
    )
    # (".B." ends a sentence; "-listed" is prose)
    assert [t["symbol"] for t in r["tickers"]] == ["BGD-A", "BGD-B", "BGD.B", "BGD"]


def test_exchanges_joined_by_slash_share_the_symbol() -> None:
    r = _release(
        "TORONTO, March 3, 2014 /CNW/ - ",
        "Northern Gold Mines Inc. (TSX/NYSE MKT: NGM) today announced production results\n"
        "for the fourth quarter. Its notes trade on the NASDAQ/NMS: NGMX.",
    )
    assert r["tickers"] == [
        {"exchange": "TSX", "symbol": "NGM"},
        {"exchange": "NYSE MKT", "symbol": "NGM"},
        {"exchange": "NASDAQ/NMS", "symbol": "NGMX"},  # a market of one exchange
    ]


# ---- datelines -----------------------------------------------------------------------------


def test_dateline_with_bracketed_wire_and_no_dashes_before_it() -> None:
    r = _release(
        "DALLAS, TX (BUSINESS WIRE) March 3, 2014 -- ",
        "Harbor Realty Trust (NYSE: HRT) today announced the redemption of its preferred\n"
        "shares.",
    )
    assert r["dateline"] == {"city": "DALLAS", "state": "TX", "date": "2014-03-03"}


def test_dateline_with_market_wire_and_figures() -> None:
    r = _release(
        "NEW YORK, NY (MARKET WIRE) -- 03/03/2007 -- ",
        "Harbor Realty Trust (AMEX: HRT) today announced the redemption of its preferred\n"
        "shares.",
        filed="2007-03-05",
    )
    assert r["dateline"] == {"city": "NEW YORK", "state": "NY", "date": "2007-03-03"}


def test_dateline_with_no_comma_between_state_and_date() -> None:
    r = _release(
        "Houston, Texas March 3, 2014 \u2013 ",
        "Harbor Realty Trust (NYSE: HRT) today announced the redemption of its preferred\n"
        "shares.",
    )
    assert r["dateline"] == {"city": "Houston", "state": "Texas", "date": "2014-03-03"}
    # the word before the date must be a state: a table's caption is no dateline
    assert match_dateline("Results, Fourth Quarter March 3, 2014 - Acme") is None


def test_dateline_with_date_in_brackets_before_place() -> None:
    r = _release(
        "(March 3, 2014) NEW YORK \u2013 ",
        "Harbor Realty Trust (NYSE: HRT) today announced the redemption of its preferred\n"
        "shares.",
    )
    assert r["dateline"] == {"city": "NEW YORK", "state": None, "date": "2014-03-03"}


# ---- quotes in capitals --------------------------------------------------------------------

_CAPS_1996 = """\
     SAN JOSE, CALIF., OCT. 15, 1996 -- ACME WIDGETS, INC. (NASDAQ:ACMW) TODAY
REPORTED RECORD REVENUES AND EARNINGS FOR THE THIRD QUARTER ENDED SEPTEMBER 30,
1996.

     "WE ARE VERY PLEASED WITH OUR RESULTS THIS QUARTER," SAID JOHN A. SMITH,
PRESIDENT AND CHIEF EXECUTIVE OFFICER OF ACME WIDGETS. "DEMAND FOR OUR NEW
PRODUCTS REMAINED STRONG."

     NET INCOME FOR THE QUARTER WAS $4.2 MILLION, OR $.32 PER SHARE, COMPARED WITH
$2.9 MILLION, OR $.23 PER SHARE, IN THE THIRD QUARTER OF 1995.

     "WE EXPECT CONTINUED GROWTH IN THE FOURTH QUARTER," SMITH ADDED.

     THE SO-CALLED "POISON PILL" RIGHTS PLAN WAS ADOPTED IN 1995, THE COMPANY SAID.

     ROBERT O'NEIL, ACME'S CHIEF FINANCIAL OFFICER, SAID, "GROSS MARGINS IMPROVED
TO 45 PERCENT OF SALES."
"""


def test_quotes_in_capitals_are_attributed_as_printed() -> None:
    r = parse_press_release("EXHIBIT 99\n\nACME WIDGETS REPORTS RECORD THIRD QUARTER\n\n"
                            + _CAPS_1996, "EX-99", "1996-10-16")
    assert r is not None
    assert r["quotes"] == [
        {"speaker": "JOHN A. SMITH",
         "role": "PRESIDENT AND CHIEF EXECUTIVE OFFICER OF ACME WIDGETS",
         "text": "WE ARE VERY PLEASED WITH OUR RESULTS THIS QUARTER. DEMAND FOR OUR NEW "
                 "PRODUCTS REMAINED STRONG."},
        {"speaker": "JOHN A. SMITH",
         "role": "PRESIDENT AND CHIEF EXECUTIVE OFFICER OF ACME WIDGETS",
         "text": "WE EXPECT CONTINUED GROWTH IN THE FOURTH QUARTER"},
        {"speaker": "ROBERT O'NEIL", "role": "CHIEF FINANCIAL OFFICER",
         "text": "GROSS MARGINS IMPROVED TO 45 PERCENT OF SALES."},
    ]


def test_capitals_pronoun_resolves_to_speaker() -> None:
    quotes = find_quotes(
        "MARY JONES, CHIEF FINANCIAL OFFICER OF NORTHWIND, COMMENTED ON THE RESULTS.\n\n"
        '"WE ARE ON TRACK TO MEET OUR GOALS FOR 1997," SHE SAID.'
    )
    assert quotes == [{"speaker": "MARY JONES", "role": "CHIEF FINANCIAL OFFICER OF NORTHWIND",
                       "text": "WE ARE ON TRACK TO MEET OUR GOALS FOR 1997"}]


def test_prweb_dateline_with_no_mark_after_the_date() -> None:
    r = _release(
        "Austin, TX (PRWEB) March 03, 2014 ",
        "Harbor Realty Trust (OTCQB: HRTT) today announced the redemption of its preferred\n"
        "shares.",
    )
    assert r["dateline"] == {"city": "Austin", "state": "TX", "date": "2014-03-03"}


def test_capitals_surname_resolves_to_contact_in_capitals() -> None:
    text = """EXHIBIT 99

CONTACT: JOHN A. SMITH
         PRESIDENT AND CHIEF EXECUTIVE OFFICER
         (408) 555-1212

          ACME WIDGETS REPORTS RECORD THIRD QUARTER EARNINGS

     SAN JOSE, CALIF., OCT. 15, 1996 -- ACME WIDGETS, INC. (NASDAQ:ACMW) TODAY
REPORTED RECORD REVENUES AND EARNINGS FOR THE THIRD QUARTER ENDED SEPTEMBER 30,
1996.

     "WE ARE VERY PLEASED WITH OUR RESULTS THIS QUARTER," MR. SMITH SAID.
"""
    r = parse_press_release(text, "EX-99", "1996-10-16")
    assert r is not None
    assert r["quotes"] == [{"speaker": "JOHN A. SMITH",
                            "role": "PRESIDENT AND CHIEF EXECUTIVE OFFICER",
                            "text": "WE ARE VERY PLEASED WITH OUR RESULTS THIS QUARTER"}]


def test_capitals_lead_in_paragraph_names_the_speaker() -> None:
    quotes = find_quotes(
        "IN A LETTER TO SHAREHOLDERS, THE COMPANY'S CHAIRMAN REVIEWED THE YEAR.\n\n"
        "ROBERT T. JONES, CHAIRMAN OF NORTHWIND, SAID:\n\n"
        '"1996 WAS THE BEST YEAR IN OUR HISTORY. WE ENTER 1997 WITH NO DEBT."'
    )
    assert quotes == [{"speaker": "ROBERT T. JONES", "role": "CHAIRMAN OF NORTHWIND",
                       "text": "1996 WAS THE BEST YEAR IN OUR HISTORY. WE ENTER 1997 WITH NO "
                               "DEBT."}]


def test_a_state_and_date_with_no_comma_must_open_an_announcement() -> None:
    # an exhibit listing investor events prints the same shape with no release under it
    # (found by an audit: it gave a release of the event lines, dated by the first event)
    text = ("Acme Widgets, Inc. will present at the following investor conferences:\n\n"
            "Boston, Massachusetts March 12, 2014 - Barclays Industrial Conference\n"
            "New York, New York March 19, 2014 - Citi Global Industrials Conference\n\n"
            "Presentations will be webcast at www.acmewidgets.com.\n")
    assert parse_press_release(text, "EX-99.1", "2014-03-04") is None
    release = _release("Houston, Texas March 3, 2014 \u2013",
                       "Acme Widgets, Inc. today announced record fourth-quarter sales.")
    assert release["dateline"]["city"] == "Houston"
