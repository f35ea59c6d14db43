"""Press releases (round 36): typed heads of 1996-2007 EX-99s: a capitals headline broken by
a blank line after "AND", a bracketed mixed-case subheadline under a capitals headline, and
the release's date in the left column of a two-column letterhead row."""

from __future__ import annotations

from filing2json.parsers.sections.press_release import parse_press_release

_LEAD = """     CHICAGO, Feb. 12, 1997 -- Acme Corp. (NYSE: ACM) today reported record results
for the fourth quarter of 1996. Net sales were $142.1 million, up 6% from $134.0
million in the fourth quarter of 1995.
"""


def test_capitals_headline_ending_in_and_runs_on_past_a_blank_line() -> None:
    text = f"""                                                                   EXHIBIT 99

                   ACME CORP. REPORTS RECORD FOURTH QUARTER AND

                            FULL YEAR 1996 RESULTS

{_LEAD}"""
    release = parse_press_release(text, "EX-99", "19970212")
    assert release is not None
    assert release["headline"] == (
        "ACME CORP. REPORTS RECORD FOURTH QUARTER AND FULL YEAR 1996 RESULTS")
    assert release["subheadlines"] == []
    assert release["dateline"] == {"city": "CHICAGO", "state": None, "date": "1997-02-12"}


def test_headline_ending_in_of_runs_on_and_a_subheadline_stays() -> None:
    text = f"""                    ACME CORP. COMPLETES ACQUISITION OF

                          BETA SYSTEMS, INC.

                   Transaction Adds $40 Million in Annual Sales

{_LEAD}"""
    release = parse_press_release(text, "EX-99", "19970212")
    assert release is not None
    assert release["headline"] == "ACME CORP. COMPLETES ACQUISITION OF BETA SYSTEMS, INC."
    assert release["subheadlines"] == ["Transaction Adds $40 Million in Annual Sales"]


def test_bracketed_mixed_case_line_under_a_capitals_headline_is_a_subheadline() -> None:
    text = f"""                                                                   EXHIBIT 99.1

              ACME CORP. REPORTS RECORD FOURTH QUARTER RESULTS
           (Earnings per share of $0.42 exceed analysts' estimates)

{_LEAD}"""
    release = parse_press_release(text, "EX-99.1", "19970212")
    assert release is not None
    assert release["headline"] == "ACME CORP. REPORTS RECORD FOURTH QUARTER RESULTS"
    assert release["subheadlines"] == [
        "(Earnings per share of $0.42 exceed analysts' estimates)"]
    # (a bracket in the headline's own capitals is its wrapped end, not a subheadline)
    text = f"""              ACME CORP. REPORTS EARNINGS PER SHARE OF $0.42
                        (BEFORE SPECIAL CHARGES)

{_LEAD}"""
    release = parse_press_release(text, "EX-99.1", "19970212")
    assert release is not None
    assert release["headline"] == (
        "ACME CORP. REPORTS EARNINGS PER SHARE OF $0.42 (BEFORE SPECIAL CHARGES)")


_DIVIDEND = """                  ACME BANCORP ANNOUNCES FOURTH QUARTER DIVIDEND

     The Board of Directors of Acme Bancorp, Inc. (Nasdaq: ACMB) today declared a
quarterly cash dividend of $.12 per share, payable February 15, 2007 to shareholders
of record on January 31, 2007.
"""


def test_release_date_in_the_left_column_of_a_letterhead_row() -> None:
    text = f"""EXHIBIT 99.1

FOR IMMEDIATE RELEASE                                  Contact:  Jane Roe
January 10, 2007                                                 Chief Financial Officer
                                                                 (312) 555-0100

{_DIVIDEND}"""
    release = parse_press_release(text, "EX-99.1", "20070110", undated=True)
    assert release is not None
    assert release["date"] == "2007-01-10"
    assert release["dateline"] is None
    assert release["headline"] == "ACME BANCORP ANNOUNCES FOURTH QUARTER DIVIDEND"


def test_labelled_release_date_beside_a_contact_column() -> None:
    text = f"""EXHIBIT 99.1

For Release:  January 10, 2007                   Contact:  Jane Roe
                                                           (312) 555-0100

{_DIVIDEND.replace("     The Board", "     CHICAGO -- The Board")}"""
    release = parse_press_release(text, "EX-99.1", "20070110")
    assert release is not None
    assert release["date"] == "2007-01-10"
    assert release["dateline"] == {"city": "CHICAGO", "state": None, "date": None}

    # (a date in the right column is another's: the period's end, not the release's)
    text = f"""EXHIBIT 99.1

NEWS RELEASE                                     CONTACT: Jane Roe
Quarter ended                                    December 31, 1996

{_DIVIDEND.replace("     The Board", "     CHICAGO -- The Board")}"""
    release = parse_press_release(text, "EX-99.1", "19970212")
    assert release is not None
    assert release["date"] is None  # (not "1996-12-31"; the 8-K's date fills it later)


# An HTML dividend release of 2016 as rendered: the letterhead cell "NEWS RELEASE<br>date",
# no dateline, and a lead that declares with no "today"
_DIVIDEND_HTML = """NEWS RELEASE February 10, 2016

Acme Bancorp Declares Quarterly Dividend

The Board of Directors of Acme Bancorp, Inc. (NASDAQ: ACMB) declared a quarterly cash \
dividend of $0.15 per share on its common stock, payable on March 15, 2016 to shareholders \
of record as of the close of business on March 1, 2016.

Acme Bancorp, Inc. is the holding company for Acme Bank, a community bank with twelve \
offices in central Illinois.
"""


def test_news_release_label_with_its_date_dates_the_release() -> None:
    text = _DIVIDEND_HTML.replace(") declared a", ") today declared a")
    release = parse_press_release(text, "EX-99.1", "20160210", undated=True)
    assert release is not None
    assert release["headline"] == "Acme Bancorp Declares Quarterly Dividend"
    assert release["subheadlines"] == []
    assert release["date"] == "2016-02-10"

