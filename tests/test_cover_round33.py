"""Cover page, round 33: one 12(b) cell naming two exchanges ("New York and Pacific Stock
Exchanges") gives a row for each; a town alone with no zip under the former-name caption is
no former name; a bare 424B prospectus names its issuer.

Each cover is written as filings of its era print it.
"""

from __future__ import annotations

# round 31's 2000s text 8-K cover (the former-name block follows it) and its item
from test_cover_round31 import _ITEM, _TEXT_COVER

from filing2json.parsers import parse
from support import cover_record, form_record, validate

_TEN_K_1998 = """
                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                                    FORM 10-K

[X]  ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT
     OF 1934

                   For the fiscal year ended December 31, 1997

                          Commission File Number 1-4717

                           KANSAS CITY SOUTHERN INDUSTRIES, INC.
             (Exact name of registrant as specified in its charter)

            Delaware                                    44-0663509
  (State or other jurisdiction of                    (I.R.S. Employer
   incorporation or organization)                   Identification No.)

         114 West 11th Street, Kansas City, Missouri             64105
          (Address of principal executive offices)              (Zip Code)

                                 (816) 983-1303
              (Registrant's telephone number, including area code)

           Securities registered pursuant to Section 12(b) of the Act:

     Title of each class                   Name of each exchange on which registered
     -------------------                   -----------------------------------------
%s

           Securities registered pursuant to Section 12(g) of the Act: None

PART I

Item 1.  Business
"""


def _securities(rows: str) -> list[tuple[str | None, str | None]]:
    record = form_record("10-K", _TEN_K_1998 % rows, "19980325")
    return [(s["title"], s["exchange"]) for s in record["securities"]]


def test_one_cell_naming_two_exchanges_gives_a_row_for_each() -> None:
    assert _securities(
        "Common Stock, $.01 Par Value              New York and Pacific Stock Exchanges") == [
        ("Common Stock, $.01 Par Value", "New York Stock Exchange"),
        ("Common Stock, $.01 Par Value", "Pacific Stock Exchange")]
    assert _securities(
        "COMMON STOCK, $1 PAR VALUE          NEW YORK, CHICAGO AND PACIFIC STOCK EXCHANGES") == [
        ("COMMON STOCK, $1 PAR VALUE", "NEW YORK STOCK EXCHANGE"),
        ("COMMON STOCK, $1 PAR VALUE", "CHICAGO STOCK EXCHANGE"),
        ("COMMON STOCK, $1 PAR VALUE", "PACIFIC STOCK EXCHANGE")]


def test_two_exchanges_joined_by_and_give_a_row_each() -> None:
    assert _securities(
        "Common Stock, $1 Par Value    New York Stock Exchange and Pacific Exchange, Inc.") == [
        ("Common Stock, $1 Par Value", "New York Stock Exchange"),
        ("Common Stock, $1 Par Value", "Pacific Exchange, Inc.")]
    # one exchange stays one row
    assert _securities(
        "Common Stock, $1 Par Value                 New York Stock Exchange, Inc.") == [
        ("Common Stock, $1 Par Value", "New York Stock Exchange, Inc.")]


def _former(block: str) -> str | None:
    (registrant,) = cover_record(_TEXT_COVER % block, _ITEM)["registrants"]
    return registrant["former_name"]


def test_old_town_alone_without_zip_is_no_former_name() -> None:
    assert _former("                              Dallas, TX") is None
    assert _former("                           St. Louis, Missouri") is None
    # a firm's name before the state is still a former name
    assert _former("                        Capital Bank, NC") == "Capital Bank, NC"
    assert _former("                          Bank of the Ozarks") == "Bank of the Ozarks"


_PROSPECTUS = """
                                          Filed Pursuant to Rule 424(b)(3)
                                          Registration No. 333-112233

PROSPECTUS

                              ACME BIOSCIENCES, INC.

                        5,000,000 Shares of Common Stock

     This prospectus relates to the resale of up to 5,000,000 shares of our
common stock by the selling stockholders named in this prospectus. We will not
receive any proceeds from the sale of the shares.

     Our common stock is quoted on the Nasdaq Global Market under the symbol
"ACMB." On March 1, 2007, the last reported sale price of our common stock was
$4.12 per share.

                             GOLDMAN, SACHS & CO.

                 The date of this prospectus is March 2, 2007.
"""


def test_bare_prospectus_names_its_issuer() -> None:
    record = validate(parse(_PROSPECTUS.encode(), "prospectus.txt"))
    assert record["form_type"] == "424B3"
    (registrant,) = record["registrants"]
    assert registrant["name"] == "ACME BIOSCIENCES, INC."
    assert registrant["commission_file_number"] == "333-112233"
    # an issuer's name with no legal form: the underwriter under the prose is no registrant
    record = validate(parse(_PROSPECTUS.replace("ACME BIOSCIENCES, INC.", "ACME BIOSCIENCES")
                            .encode(), "prospectus.txt"))
    assert record["registrants"] == []
