"""Cover page of periodic reports, round 28: a 20-F's ADS title wrapped over three lines, a
6-K's "48005 Bilbao Spain", a transition 10-K that prints no fiscal year line.

Each cover is written as filings of its era print it (bare text documents).
"""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from filing2json.parsers.sections.cover_address import split_address
from support import validate


def _record(text: str) -> dict[str, Any]:
    return validate(parse(text.encode(), "cover.txt"))


_20F = """
                                  UNITED STATES
                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

                                    FORM 20-F

[X]  ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE
     ACT OF 1934

                  For the fiscal year ended December 31, 2003

                         Commission file number 1-14966

                           KABUSHIKI KAISHA TOSHIBA
             (Exact name of Registrant as specified in its charter)

                               TOSHIBA CORPORATION
                 (Translation of Registrant's name into English)

                                      JAPAN
                 (Jurisdiction of incorporation or organization)

                 1-1, Shibaura 1-chome, Minato-ku, Tokyo 105-8001, Japan
                     (Address of principal executive offices)

Securities registered or to be registered pursuant to Section 12(b) of the Act.

        Title of each class              Name of each exchange on which registered
American Depositary Shares, each
  representing four shares of
  Common Stock                                New York Stock Exchange
Common Stock, without par value*              New York Stock Exchange

*Not for trading, but only in connection with the registration of the American
Depositary Shares.

Securities registered or to be registered pursuant to Section 12(g) of the Act.

                                      None
                                (Title of Class)

                                     PART I

Item 1.  Identity of Directors, Senior Management and Advisers

     Not applicable.
"""


def test_20f_first_title_wrapped_over_three_lines_with_its_exchange_on_the_last() -> None:
    assert _record(_20F)["securities"] == [
        {"title": "American Depositary Shares, each representing four shares of Common Stock",
         "trading_symbol": None, "exchange": "New York Stock Exchange"},
        {"title": "Common Stock, without par value", "trading_symbol": None,
         "exchange": "New York Stock Exchange"},
    ]


_6K = """
                                    FORM 6-K

                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

                        Report of Foreign Private Issuer
                      Pursuant to Rule 13a-16 or 15d-16 of
                     the Securities Exchange Act of 1934

                          For the month of March, 2004

                          Commission File Number 1-10110

                       BANCO BILBAO VIZCAYA ARGENTARIA, S.A.
                 (Translation of registrant's name into English)

                             Plaza de San Nicolas 4
                               48005 Bilbao Spain
                    (Address of principal executive offices)

     Indicate by check mark whether the registrant files or will file annual
reports under cover Form 20-F or Form 40-F.

                       Form 20-F    X        Form 40-F
                                  -----               -----
"""


def test_6k_postcode_city_and_country_with_no_comma() -> None:
    (reg,) = _record(_6K)["registrants"]
    assert reg["address"] == {"street": "Plaza de San Nicolas 4", "city": "Bilbao",
                              "state": "Spain", "zip": "48005"}


def test_postcode_first_city_then_country_of_two_words() -> None:
    assert split_address("Strawinskylaan 1, 1077 XX Amsterdam The Netherlands", None) == {
        "street": "Strawinskylaan 1", "city": "Amsterdam", "state": "The Netherlands",
        "zip": "1077 XX"}
    # a city alone after its postcode stays the city
    assert split_address("Via Roma 1, 20121 Milan", None)["city"] == "Milan"


_10KT = """
                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                                   FORM 10-K

[ ]  ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES
     EXCHANGE ACT OF 1934

                                       OR

[X]  TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES
     EXCHANGE ACT OF 1934

         For the transition period from July 1, 1997 to December 31, 1997

                         Commission file number 0-17795

                              CIRRUS LOGIC, INC.
            (Exact name of registrant as specified in its charter)

           California                                     77-0024818
  (State or other jurisdiction of                      (I.R.S. Employer
  incorporation or organization)                     Identification No.)

   3100 West Warren Avenue, Fremont, California               94538
   (Address of principal executive offices)                 (Zip Code)

      Registrant's telephone number, including area code: (510) 623-8300

         Securities registered pursuant to Section 12(b) of the Act:  None
"""


def test_transition_report_with_no_fiscal_year_line_is_dated_by_the_period_end() -> None:
    assert _record(_10KT)["report_date"] == "1997-12-31"
