"""Cover page, round 33 (second pass): a plural exchange cell splits only into known
exchange places ("New York and Other Stock Exchanges" stays one row); a bare 424B's issuer
is not its guarantor, selling stockholder, an ABS's sponsor, a tagline or the company its
notes are linked to, and may be a securities firm; "Westar, Kansas" alone under the
former-name caption is a former name (a known town's line is not); a building over an
island country with no postcode is the street.

Each cover is written as filings of its era print it.
"""

from __future__ import annotations

from test_cover_round31 import _ITEM, _TEXT_COVER
from test_cover_round33 import _PROSPECTUS, _securities

from filing2json.parsers import parse
from support import cover_record, validate


def test_plural_exchange_cell_with_a_qualifier_stays_one_row() -> None:
    for cell in ("New York and Other Stock Exchanges", "New York and Regional Stock Exchanges",
                 "New York, Pacific and Other Stock Exchanges",
                 "NEW YORK AND FOREIGN STOCK EXCHANGES",
                 "American and Chicago Board Options Exchanges"):
        assert _securities(f"Common Stock, $1 Par Value          {cell}") == [
            ("Common Stock, $1 Par Value", cell)], cell
    # known places still split
    assert _securities("Common Stock, $1 Par Value       New York and Toronto Stock Exchanges") \
        == [("Common Stock, $1 Par Value", "New York Stock Exchange"),
            ("Common Stock, $1 Par Value", "Toronto Stock Exchange")]


def test_plural_exchange_cell_splits_over_every_real_exchange_place() -> None:
    # ("&" joins places too)
    for places, names in (
            ("New York and Tel Aviv", ("New York", "Tel Aviv")),
            ("New York, Swiss and Frankfurt", ("New York", "Swiss", "Frankfurt")),
            ("New York, Toronto and Winnipeg", ("New York", "Toronto", "Winnipeg")),
            ("New York and Oslo", ("New York", "Oslo")),
            ("New York, Pacific & Chicago", ("New York", "Pacific", "Chicago"))):
        assert _securities(f"Common Stock, $1 Par Value       {places} Stock Exchanges") \
            == [("Common Stock, $1 Par Value", f"{name} Stock Exchange") for name in names]


def _issuer(top: str) -> str | None:
    text = _PROSPECTUS.replace("                              ACME BIOSCIENCES, INC.\n", top)
    record = validate(parse(text.encode(), "prospectus.txt"))
    return record["registrants"][0]["name"] if record["registrants"] else None


def test_bare_prospectus_skips_guarantor_above_the_issuer() -> None:
    assert _issuer("""
                              ACME HOLDINGS, INC.
                                   Guarantor

                           ACME FINANCE CORPORATION
""") == "ACME FINANCE CORPORATION"
    assert _issuer("""
                           ACME FINANCE CORPORATION
                  Fully and Unconditionally Guaranteed by
                              ACME HOLDINGS, INC.
""") == "ACME FINANCE CORPORATION"


def test_bare_prospectus_skips_selling_stockholder_and_tagline() -> None:
    assert _issuer("""
                            VENTURE PARTNERS II, L.P.
                              (Selling Stockholder)

                              ACME BIOSCIENCES, INC.
""") == "ACME BIOSCIENCES, INC."
    assert _issuer("""
                              ACME BIOSCIENCES, INC.
                         An Acme Holdings, Inc. company
""") == "ACME BIOSCIENCES, INC."
    assert _issuer("""
                         An Acme Holdings, Inc. company
                              ACME BIOSCIENCES, INC.
""") == "ACME BIOSCIENCES, INC."


def test_bare_prospectus_of_a_securities_firm_is_its_own_issuer() -> None:
    # a broker-dealer's holding company issues notes linked to another company's stock
    assert _issuer("""
                          MERRILL LYNCH & CO., INC.

                               5,000,000 Units
                   Stock Return Income DEbt Securities(SM)
                        Linked to the common stock of
                             Cisco Systems, Inc.
""") == "MERRILL LYNCH & CO., INC."
    assert _issuer("""
                               KKR & Co. Inc.

                  18,000,000 Shares of Class A Common Stock

                              KKR Holdings L.P.
""") == "KKR & Co. Inc."


def test_bare_prospectus_never_names_the_company_notes_are_linked_to() -> None:
    # the issuer's name ends in no legal form: no registrant rather than the linked company
    assert _issuer("""
                             Royal Bank of Canada

                                  $2,500,000
                   Reverse Convertible Notes due June 30, 2009
                        Linked to the Common Stock of
                                  Apple Inc.
""") is None
    assert _issuer("""
                             Royal Bank of Canada

                                  $1,250,000
                      Equity Linked Securities Based on
                       the Common Stock of Pfizer Inc.
""") is None


def test_bare_abs_prospectus_names_its_depositor() -> None:
    # the depositor files the ABS prospectus; the sponsor's caption holds two roles
    assert _issuer("""
                        $1,234,567,000 (Approximate)
               CWABS Asset-Backed Certificates Trust 2006-1
                              Issuing Entity

                                CWABS, Inc.
                                 Depositor

                        Countrywide Home Loans, Inc.
                             Sponsor and Seller

                   Countrywide Home Loans Servicing LP
                              Master Servicer
""") == "CWABS, Inc."


def test_bare_prospectus_issuer_named_a_or_an() -> None:
    assert _issuer("""
                            A CONSULTING TEAM INC.
""") == "A CONSULTING TEAM INC."
    assert _issuer("""
                               AN HOLDINGS, INC.
""") == "AN HOLDINGS, INC."


def _former(block: str) -> str | None:
    (registrant,) = cover_record(_TEXT_COVER % block, _ITEM)["registrants"]
    return registrant["former_name"]


def test_firm_and_state_alone_is_a_former_name() -> None:
    assert _former("                              Westar, Kansas") == "Westar, Kansas"
    assert _former("                          Hibernia, Louisiana") == "Hibernia, Louisiana"
    assert _former("                        Great Western, California") \
        == "Great Western, California"
    # a known town alone is still no former name
    assert _former("                             Kansas City, Missouri") is None


_SIX_K = """
                                  FORM 6-K

                       SECURITIES AND EXCHANGE COMMISSION
                            Washington, D.C. 20549

                        Report of Foreign Private Issuer
                    Pursuant to Rule 13a-16 or 15d-16 of
                     the Securities Exchange Act of 1934

                          For the month of March 2024

                      Commission File Number 001-15002

                            ICICI Bank Limited
                 (Translation of registrant's name into English)

%s
                    (Address of principal executive office)

Indicate by check mark whether the registrant files or will file annual reports
under cover of Form 20-F or Form 40-F.

                  Form 20-F   X        Form 40-F
"""


def _six_k_address(lines: str) -> dict[str, str | None]:
    record = validate(parse(_SIX_K.replace("%s", lines).encode(), "6k.txt"))
    (registrant,) = record["registrants"]
    assert registrant["name"] == "ICICI Bank Limited"
    assert registrant["commission_file_number"] == "001-15002"
    return registrant["address"]


def test_postcode_after_the_country_is_the_zip() -> None:
    assert _six_k_address("""                           ICICI Bank Towers,
                            Bandra-Kurla Complex
                          Mumbai, India 400 051""") == {
        "street": "ICICI Bank Towers, Bandra-Kurla Complex", "city": "Mumbai",
        "state": "India", "zip": "400 051"}
    assert _six_k_address("""                     2-7-3, Marunouchi, Chiyoda-ku
                          Tokyo, Japan 100-8310""") == {
        "street": "2-7-3, Marunouchi, Chiyoda-ku", "city": "Tokyo", "state": "Japan",
        "zip": "100-8310"}
    # a city and its country alone, no street line
    assert _six_k_address("                            Seoul, Korea 04637") == {
        "street": None, "city": "Seoul", "state": "Korea", "zip": "04637"}


def test_building_over_an_island_country_is_the_street() -> None:
    # no postcode after the country: no "city, country" pair (the country is the state,
    # no city named: round 60)
    assert _six_k_address("""                                Ugland House
                               Cayman Islands""") == {
        "street": "Ugland House", "city": None, "state": "Cayman Islands", "zip": None}
    assert _six_k_address("""                               Canon's Court
                                  Bermuda""") == {
        "street": "Canon's Court", "city": None, "state": "Bermuda", "zip": None}
