"""Cover page, round 27: 12(b) tables of text 10-Ks and 8-Ks, 8-K dates printed over lines.

Each cover is written as filings of its era print it.
"""

from __future__ import annotations

from filing2json.parsers import parse
from filing2json.parsers.sections.cover import cover_dates
from filing2json.parsers.sections.cover_securities import securities_from_text
from support import validate

# a text 10-K of the 1990s: the 12(b) rows parted by blank lines, a class on two exchanges
_TEXT_10K_12B = """
          Securities registered pursuant to Section 12(b) of the Act:

                                                  Name of each exchange on
          Title of each class                         which registered
          -------------------                     ------------------------
  Common Stock, $1 par value                      New York Stock Exchange
                                                  Chicago Stock Exchange

  7 1/8% Debentures due 2025                      New York Stock Exchange

  Preferred Share Purchase Rights                 New York Stock Exchange

          Securities registered pursuant to Section 12(g) of the Act:

                                      None
"""


def test_12b_rows_parted_by_blank_lines() -> None:
    assert securities_from_text(_TEXT_10K_12B, False) == [
        {"title": "Common Stock, $1 par value", "trading_symbol": None,
         "exchange": "New York Stock Exchange"},
        {"title": "Common Stock, $1 par value", "trading_symbol": None,
         "exchange": "Chicago Stock Exchange"},
        {"title": "7 1/8% Debentures due 2025", "trading_symbol": None,
         "exchange": "New York Stock Exchange"},
        {"title": "Preferred Share Purchase Rights", "trading_symbol": None,
         "exchange": "New York Stock Exchange"}]


def test_12b_table_ends_at_the_prose_after_a_blank_line() -> None:
    # no 12(g) caption under the table: the paragraph after the blank line is no row
    table = _TEXT_10K_12B.split("          Securities registered pursuant to Section 12(g)")[0]
    region = table + ("The aggregate market value of the voting stock held by non-affiliates\n"
                      "of the registrant was $1,234,567,890 as of March 1, 1996.\n")
    assert [s["title"] for s in securities_from_text(region, False)] == [
        "Common Stock, $1 par value", "Common Stock, $1 par value",
        "7 1/8% Debentures due 2025", "Preferred Share Purchase Rights"]


def test_12b_title_wrapped_beside_a_second_exchange() -> None:
    # "per share" wraps the title above; "Pacific Exchange, Inc." on its line is the class's
    # second listing, with the whole title
    region = ("Securities registered pursuant to Section 12(b) of the Act:\n\n"
              "Title of Each Class                   Name of Each Exchange on Which Registered\n"
              "-------------------                   -----------------------------------------\n"
              "Common Stock, par value $.01          New York Stock Exchange, Inc.\n"
              "  per share                           Pacific Exchange, Inc.\n")
    assert securities_from_text(region, False) == [
        {"title": "Common Stock, par value $.01 per share", "trading_symbol": None,
         "exchange": "New York Stock Exchange, Inc."},
        {"title": "Common Stock, par value $.01 per share", "trading_symbol": None,
         "exchange": "Pacific Exchange, Inc."}]


def test_12b_market_tier_in_brackets_is_the_same_listing() -> None:
    # Nasdaq issuers print the tier under the exchange: one listing, not two
    region = ("Securities registered pursuant to Section 12(b) of the Act:\n\n"
              "Title of each class                 Trading Symbol(s)     "
              "Name of each exchange on which registered\n"
              "Common Stock, par value $0.01       ABCD                  "
              "The Nasdaq Stock Market LLC\n"
              "per share                                                 "
              "(Nasdaq Global Select Market)\n"
              "Warrants                            ABCDW                 "
              "The Nasdaq Stock Market LLC\n")
    assert securities_from_text(region, False) == [
        {"title": "Common Stock, par value $0.01 per share", "trading_symbol": "ABCD",
         "exchange": "The Nasdaq Stock Market LLC (Nasdaq Global Select Market)"},
        {"title": "Warrants", "trading_symbol": "ABCDW",
         "exchange": "The Nasdaq Stock Market LLC"}]
    # rendered HTML: the tier in a row of its own
    region = ("Title of each class\tTrading Symbol(s)\tName of each exchange on which registered\n"
              "Common Stock, $0.001 par value\tABCD\tThe Nasdaq Stock Market LLC\n"
              "(The Nasdaq Global Market)\n")
    assert [s["exchange"] for s in securities_from_text(region, True)] == [
        "The Nasdaq Stock Market LLC (The Nasdaq Global Market)"]


def test_a_12g_table_gives_no_12b_securities() -> None:
    # an OTC company's 10-K (2020): no 12(b) class, its common stock tabled under 12(g)
    region = ("Securities registered pursuant to Section 12(b) of the Act: None\n\n"
              "Securities registered pursuant to Section 12(g) of the Act:\n\n"
              "Title of each class\tTrading Symbol(s)\tName of each exchange on which registered\n"
              "Common Stock, par value $0.001 per share\tABCD\tOTCQB\n\n"
              "Indicate by check mark if the registrant is a well-known seasoned issuer, as "
              "defined in Rule 405 of the Securities Act. Yes \u2610 No \u2612\n")
    assert securities_from_text(region, True) == []
    # a 12(b) table further down still counts
    both = region.replace("Section 12(b) of the Act: None\n\n", "Section 12(b) of the Act:\n"
                          "Title of each class\tTrading Symbol(s)\tName of each exchange on "
                          "which registered\nSeries A Preferred Stock\tABCDP\tNYSE American LLC"
                          "\n\n")
    assert securities_from_text(both, True) == [
        {"title": "Series A Preferred Stock", "trading_symbol": "ABCDP",
         "exchange": "NYSE American LLC"}]


_8K_HEAD = """                                  UNITED STATES
                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

                                    FORM 8-K

                                 CURRENT REPORT
     Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934

"""
_8K_REST = """
                              NORTHWIND BANCORP, INC.
             (Exact name of registrant as specified in its charter)

        Pennsylvania                  0-21345                  23-2876543
(State or other jurisdiction    (Commission File Number)     (IRS Employer
     of incorporation)                                     Identification No.)

      1200 Market Street, Philadelphia, Pennsylvania              19107
      (Address of principal executive offices)                 (Zip Code)

       Registrant's telephone number, including area code: (215) 555-0142

Item 5.  Other Events.
"""


def _dates(lines: str) -> tuple[str | None, str | None]:
    record = validate(parse((_8K_HEAD + lines + _8K_REST).encode(), "northwind_8k.txt"))
    return record["report_date"], record["event_date"]


def test_8k_date_wrapped_at_the_end_of_the_caption_line() -> None:
    assert _dates("Date of Report (Date of earliest event reported):             March 3,\n"
                  "                                                              2004\n"
                  ) == ("2004-03-03", "2004-03-03")


def test_8k_event_date_in_brackets_under_the_report_date_under_the_caption() -> None:
    assert _dates("Date of Report (Date of earliest event reported)\n\n"
                  "                                 March 3, 2004\n"
                  "                              (February 27, 2004)\n"
                  ) == ("2004-03-03", "2004-02-27")


def test_8k_bracketed_event_date_wrapped_onto_the_next_line() -> None:
    assert cover_dates("Date of report (Date of earliest event reported)  March 3, 2004 "
                       "(February\n27, 2004)\n") == ("2004-03-03", "2004-02-27")


def test_12b_values_over_bracketed_captions() -> None:
    # a 10-KSB/10-K of the 1990s prints each value over its bracketed caption, under the
    # 12(b) caption (the 12(g) class below likewise)
    region = """
Securities registered under Section 12(b) of the Exchange Act:

      Common Stock, $.01 par value               American Stock Exchange
      Redeemable Common Stock Purchase Warrants  American Stock Exchange
      -----------------------------------------  -----------------------
               (Title of each class)             (Name of each exchange on
                                                     which registered)

Securities registered under Section 12(g) of the Exchange Act:

                                     None
                                ---------------
                                (Title of class)
"""
    assert securities_from_text(region, False) == [
        {"title": "Common Stock, $.01 par value", "trading_symbol": None,
         "exchange": "American Stock Exchange"},
        {"title": "Redeemable Common Stock Purchase Warrants", "trading_symbol": None,
         "exchange": "American Stock Exchange"}]


_12B_HEAD = """Securities registered pursuant to Section 12(b) of the Act:

                                                   Name of each exchange
Title of each class                                 on which registered
-------------------                               ------------------------
"""


def test_12b_exchange_on_the_last_line_of_a_wrapped_title() -> None:
    # the exchange printed beside the title's last line, not its first
    region = _12B_HEAD + (
        "Common Stock, par value $1.00 per share           New York Stock Exchange\n"
        "                                                  Chicago Stock Exchange\n"
        "Depositary Shares, each representing 1/2,000\n"
        "  of a share of Series B Cumulative Preferred\n"
        "  Stock, par value $1.00 per share                New York Stock Exchange\n"
        "7.50% Notes due 2027                              New York Stock Exchange\n")
    assert securities_from_text(region, False) == [
        {"title": "Common Stock, par value $1.00 per share", "trading_symbol": None,
         "exchange": "New York Stock Exchange"},
        {"title": "Common Stock, par value $1.00 per share", "trading_symbol": None,
         "exchange": "Chicago Stock Exchange"},
        {"title": "Depositary Shares, each representing 1/2,000 of a share of Series B "
                  "Cumulative Preferred Stock, par value $1.00 per share",
         "trading_symbol": None, "exchange": "New York Stock Exchange"},
        {"title": "7.50% Notes due 2027", "trading_symbol": None,
         "exchange": "New York Stock Exchange"}]


def test_12b_wrapped_title_after_a_blank_line_takes_the_exchange_below() -> None:
    region = _12B_HEAD + (
        "Common Stock, par value $1.00 per share           New York Stock Exchange\n\n"
        "8.375% Cumulative Quarterly Income\n"
        "Preferred Securities                              New York Stock Exchange\n\n"
        "Securities registered pursuant to Section 12(g) of the Act: None\n")
    assert [s["title"] for s in securities_from_text(region, False)] == [
        "Common Stock, par value $1.00 per share",
        "8.375% Cumulative Quarterly Income Preferred Securities"]


def test_12b_title_wrapped_at_the_left_edge_stays_one_title() -> None:
    # the wrapped line holds no exchange and the next class has its own: a wrap after all
    region = _12B_HEAD + (
        "Common Stock, par value $1.00                     New York Stock Exchange\n"
        "Per Share\n"
        "7.50% Notes due 2027                              New York Stock Exchange\n")
    assert [s["title"] for s in securities_from_text(region, False)] == [
        "Common Stock, par value $1.00 Per Share", "7.50% Notes due 2027"]
    # rendered HTML: a row a line, the symbol and exchange on the title's last row
    region = ("Title of each class\tTrading Symbol(s)\tName of each exchange on which registered\n"
              "Common Stock, $0.01 par value\tABC\tNew York Stock Exchange\n"
              "Depositary Shares, each representing a 1/1,000th\n"
              "interest in a share of 5.25% Series A Preferred Stock\tABC PrA\t"
              "New York Stock Exchange\n")
    assert securities_from_text(region, True)[1] == {
        "title": "Depositary Shares, each representing a 1/1,000th interest in a share of "
                 "5.25% Series A Preferred Stock",
        "trading_symbol": "ABC PrA", "exchange": "New York Stock Exchange"}


def test_a_transition_reports_period_end_is_its_report_date() -> None:
    # a 10-K filed as a transition report leaves the fiscal year's date blank
    cover = """                                   FORM 10-K

[ ]  ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934

     For the fiscal year ended ______________

                                       OR

[X]  TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES
     EXCHANGE ACT OF 1934

     For the transition period from July 1, 2012 to December 31, 2012

                        Commission file number 1-12345
"""
    assert cover_dates(cover) == ("2012-12-31", None)
    # an annual report's blank transition line changes nothing
    annual = cover.replace("______________", "June 30, 2012").replace(
        "July 1, 2012 to December 31, 2012", "__________ to __________")
    assert cover_dates(annual) == ("2012-06-30", None)


def test_a_footnote_under_the_12b_table_is_no_row() -> None:
    # a foreign issuer's 20-F (rendered): the ordinary shares' note under the table
    region = ("Securities registered or to be registered pursuant to Section 12(b) of the Act.\n"
              "Title of each class\tTrading Symbol(s)\tName of each exchange on which registered\n"
              "American depositary shares, each representing one Class A ordinary share\tABCD\t"
              "The Nasdaq Stock Market LLC\n"
              "Class A ordinary shares, par value US$0.0001 per share*\t\t"
              "The Nasdaq Stock Market LLC\n"
              "* Not for trading, but only in connection with the listing on The Nasdaq Stock "
              "Market LLC of American depositary shares.\n")
    assert [s["exchange"] for s in securities_from_text(region, True)] == [
        "The Nasdaq Stock Market LLC", "The Nasdaq Stock Market LLC"]


# Cover prose after a 12(b) table parted by a blank line is no row of it (found by an audit)
_TEXT_TABLE = """
Securities registered pursuant to Section 12(b) of the Act:

     Title of each class                   Name of each exchange on which registered
     -------------------                   -----------------------------------------
     Common Stock, $1.00 par value         New York Stock Exchange

"""
_COMMON = {"title": "Common Stock, $1.00 par value", "trading_symbol": None,
           "exchange": "New York Stock Exchange"}


def test_cover_prose_after_a_gap_is_no_12b_row() -> None:
    for after in (
            "Securities registered pursuant to Section 12 (g) of the Act:       None\n",
            "Securities registered pursuant to Section\n12(g) of the Act:       None\n",
            "Aggregate market value of Common Stock held by\n"
            "non-affiliates as of March 1, 1997:                       $1,234,567,890\n",
            "Number of shares of Common Stock outstanding\n"
            "as of March 1, 1997:                                      45,123,456\n",
            "Portions of the Proxy Statement for the 1997 Annual Meeting      Part III\n"):
        assert securities_from_text(_TEXT_TABLE + after, False) == [_COMMON], after


def test_a_class_named_in_lower_case_is_no_wrap() -> None:
    # "iStar Series D Preferred Stock" opens with a brand in lower case: a class of its own
    region = ("Securities registered pursuant to Section 12(b) of the Act:\n\n"
              "Title of each class                          Name of each exchange on which "
              "registered\n"
              "Common Stock                                 New York Stock Exchange\n"
              "iStar Series D Preferred Stock               New York Stock Exchange\n"
              "iStar Series E Preferred Stock               New York Stock Exchange\n")
    assert [s["title"] for s in securities_from_text(region, False)] == [
        "Common Stock", "iStar Series D Preferred Stock", "iStar Series E Preferred Stock"]


def test_a_wrapped_12b_caption_is_no_row_over_bracketed_captions() -> None:
    region = """
Securities registered pursuant to Section 12(b)
of the Act:

     Common Stock, $1.00 par value                  American Stock Exchange
     -----------------------------                  -----------------------
           (Title of Class)                         (Name of Exchange on
                                                     Which Registered)
"""
    assert securities_from_text(region, False) == [
        {"title": "Common Stock, $1.00 par value", "trading_symbol": None,
         "exchange": "American Stock Exchange"}]
