"""Round 27b: foreign issuers' covers (20-F, 6-K): footnote marks in the 12(b) table, a
Japanese prefecture or Chinese province as the address's state."""

from __future__ import annotations

from filing2json.parsers import parse
from filing2json.parsers.sections.cover_address import split_address
from filing2json.parsers.sections.cover_securities import securities_from_text

_VODAFONE_20F = """\
                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

                                   FORM 20-F

[X]  ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934

                  For the fiscal year ended March 31, 2005

                        Commission file number 1-10086

                     VODAFONE GROUP PUBLIC LIMITED COMPANY
             (Exact name of Registrant as specified in its charter)

                                 England and Wales
                  (Jurisdiction of incorporation or organization)

                  Vodafone House, The Connection, Newbury, Berkshire
                                RG14 2FN, England
                     (Address of principal executive offices)

Securities registered or to be registered pursuant to Section 12(b) of the Act:

        Title of each class                 Name of each exchange on which registered
        -------------------                 -----------------------------------------
American Depositary Shares, each            New York Stock Exchange
representing ten ordinary shares
Ordinary shares of US$0.10 each*            New York Stock Exchange*

* Not for trading, but only in connection with the registration of the American
Depositary Shares, pursuant to the requirements of the Securities and Exchange Commission.

Securities registered or to be registered pursuant to Section 12(g) of the Act: None
"""


def test_a_footnote_mark_closing_a_12b_cell_is_no_part_of_it() -> None:
    record = parse(_VODAFONE_20F.encode(), "vodafone-20f.txt")
    assert record["securities"] == [
        {"title": "American Depositary Shares, each representing ten ordinary shares",
         "trading_symbol": None, "exchange": "New York Stock Exchange"},
        {"title": "Ordinary shares of US$0.10 each", "trading_symbol": None,
         "exchange": "New York Stock Exchange"}]


def test_footnote_marks_in_a_rendered_12b_table() -> None:
    # a 2020s 20-F rendered from HTML: "**" and "(1)" marks on the cells
    region = ("Securities registered or to be registered pursuant to Section 12(b) of the Act.\n"
              "Title of each class\tTrading Symbol(s)\tName of each exchange on which registered\n"
              "American Depositary Shares*\tTM\tThe New York Stock Exchange\n"
              "Common Stock**\t\tThe New York Stock Exchange(1)\n"
              "* American Depositary Receipts evidence American Depositary Shares, each "
              "representing two shares of the registrant's Common Stock.\n")
    rows = securities_from_text(region, True)
    assert [(s["title"], s["trading_symbol"], s["exchange"]) for s in rows] == [
        ("American Depositary Shares", "TM", "The New York Stock Exchange"),
        ("Common Stock", None, "The New York Stock Exchange")]


_TOYOTA_6K = """\
                                   FORM 6-K

                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

                        Report of Foreign Private Issuer
                      Pursuant to Rule 13a-16 or 15d-16 of
                      the Securities Exchange Act of 1934

                          For the month of March 2015

                      Commission File Number 001-14948

                           TOYOTA MOTOR CORPORATION
                   (Translation of registrant's name into English)

             1 Toyota-cho, Toyota City, Aichi Prefecture 471-8571, Japan
                        (Address of principal executive offices)

Indicate by check mark whether the registrant files or will file annual reports under cover
of Form 20-F or Form 40-F.

                  Form 20-F   X            Form 40-F
                             ---                     ---
"""


def test_a_prefecture_before_the_country_is_the_state() -> None:
    record = parse(_TOYOTA_6K.encode(), "toyota-6k.txt")
    (reg,) = record["registrants"]
    assert reg["name"] == "TOYOTA MOTOR CORPORATION"
    assert reg["address"] == {"street": "1 Toyota-cho", "city": "Toyota City",
                              "state": "Aichi Prefecture", "zip": "471-8571"}


def test_a_province_before_the_country_is_the_state() -> None:
    assert split_address(
        "Bantian, Longgang District, Shenzhen, Guangdong Province 518129, "
        "People's Republic of China", None) == {
        "street": "Bantian, Longgang District", "city": "Shenzhen",
        "state": "Guangdong Province", "zip": "518129"}
    # a city-state's or ward's address keeps the country as its state
    assert split_address("1-7-1 Konan, Minato-ku, Tokyo 108-0075, Japan", None) == {
        "street": "1-7-1 Konan, Minato-ku", "city": "Tokyo", "state": "Japan",
        "zip": "108-0075"}
