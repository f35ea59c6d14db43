"""Cover page, round 29: foreign addresses run together, an address cut into (City) and
(Country) columns, a registration statement's block under a rule.

Each cover is written as filings of its era print it.
"""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from filing2json.parsers.sections.cover_address import split_address
from support import cover_record, validate

_ITEM = """
Item 8.01  Other Events.

     On May 3, 2010, the Registrant announced ...
"""


def _record(cover: str) -> dict[str, Any]:
    return cover_record(cover, _ITEM)


def test_european_house_number_before_the_city() -> None:
    # "Bahnhofstrasse 45 Zurich": the house number after the street's name, the city after it
    assert split_address("Bahnhofstrasse 45 Zurich, Switzerland", None) == {
        "street": "Bahnhofstrasse 45", "city": "Zurich", "state": "Switzerland", "zip": None}
    assert split_address("Via Nizza 250 Turin, Italy", None) == {
        "street": "Via Nizza 250", "city": "Turin", "state": "Italy", "zip": None}


def test_australian_street_run_into_the_city() -> None:
    assert split_address("Level 18, 275 Kent Street Sydney NSW 2000 Australia", None) == {
        "street": "Level 18, 275 Kent Street", "city": "Sydney", "state": "NSW", "zip": "2000"}
    assert split_address("Level 5, 1 Martin Place Sydney NSW 2000, Australia", None) == {
        "street": "Level 5, 1 Martin Place", "city": "Sydney", "state": "NSW", "zip": "2000"}
    # the city line alone
    assert split_address("Sydney NSW 2000, Australia", None) == {
        "street": None, "city": "Sydney", "state": "NSW", "zip": "2000"}


def test_region_run_into_the_country() -> None:
    # "SP Brazil": Brazil's state before the country with no comma; Mexico's "N.L." too
    assert split_address("Av. Brigadeiro Faria Lima, 3064, Sao Paulo, SP Brazil", None) == {
        "street": "Av. Brigadeiro Faria Lima, 3064", "city": "Sao Paulo", "state": "SP",
        "zip": None}
    assert split_address("Av. Constitucion 405, Monterrey, N.L. Mexico", None)["state"] == "N.L."
    # a US state of that name stays whole
    assert split_address("100 Main St, Albuquerque, New Mexico", None)["state"] == "New Mexico"



def test_street_run_into_the_city_before_a_region_and_country() -> None:
    # the street, house number last, ran into the city; the state (with or without its
    # comma) and the country follow: the street is cut off the city as a comma would
    assert split_address("Plot 45 Gurgaon, Haryana India", None) == {
        "street": "Plot 45", "city": "Gurgaon", "state": "Haryana", "zip": None}
    assert split_address("Avenida Paulista 1000 Sao Paulo, SP, Brazil", None) == {
        "street": "Avenida Paulista 1000", "city": "Sao Paulo", "state": "SP", "zip": None}
    assert split_address("Calzada del Valle 400 Garza Garcia, Nuevo Leon, Mexico", None) == {
        "street": "Calzada del Valle 400", "city": "Garza Garcia", "state": "Nuevo Leon",
        "zip": None}
    # a numbered street closed by a street word, before a county
    assert split_address("1 Kingdom Street Newbury, Berkshire, England", None) == {
        "street": "1 Kingdom Street", "city": "Newbury", "state": "Berkshire", "zip": None}
    # the city with no street stays whole
    assert split_address("Bengaluru, Karnataka, India", None) == {
        "street": None, "city": "Bengaluru", "state": "Karnataka", "zip": None}

_BERMUDA = """       Date of Report (Date of earliest event reported): May 3, 2010

                          ARCH CAPITAL GROUP LTD.
           (Exact name of registrant as specified in its charter)

        Bermuda                      0-26456                    Not Applicable
(State or other jurisdiction      (Commission File           (IRS Employer
    of incorporation)                 Number)             Identification No.)

Wessex House, 45 Reid Street          Hamilton            Bermuda           HM 12
   (Address of principal           (City)               (Country)         (Zip Code)
     executive offices)

   Registrant's telephone number, including area code: (441) 278-9250
"""


def test_city_and_country_columns_text() -> None:
    (reg,) = _record(_BERMUDA)["registrants"]
    assert reg["address"] == {"street": "Wessex House, 45 Reid Street", "city": "Hamilton",
                              "state": "Bermuda", "zip": "HM 12"}
    assert reg["phone"] == "(441) 278-9250"


def _row(*cells: str) -> str:
    return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


def test_city_and_country_columns_html() -> None:
    body = (
        "<p>Date of Report (Date of earliest event reported): July 25, 2024</p>"
        "<p style='text-align:center'><b>ARCH CAPITAL GROUP LTD.</b></p>"
        "<p style='text-align:center'>(Exact name of registrant as specified in its charter)</p>"
        "<table>" + _row("Bermuda", "001-16209", "Not Applicable")
        + _row("(State or other jurisdiction of incorporation)", "(Commission File Number)",
               "(I.R.S. Employer Identification No.)") + "</table><table>"
        + _row("Waterloo House, Ground Floor, 100 Pitts Bay Road", "Pembroke", "Bermuda",
               "HM 08")
        + _row("(Address of principal executive offices)", "(City)", "(Country)", "(Zip Code)")
        + "</table><p>Registrant's telephone number, including area code: (441) 278-9250</p>")
    page = ("<html><body><p style='text-align:center'>UNITED STATES<br/>SECURITIES AND EXCHANGE"
            " COMMISSION<br/>Washington, D.C. 20549</p><p style='text-align:center'><b>FORM"
            " 8-K</b></p><p style='text-align:center'>CURRENT REPORT</p>" + body +
            "<p>Check the appropriate box below if the Form 8-K filing is intended to"
            " simultaneously satisfy the filing obligation of the registrant under any of the"
            " following provisions:</p><p>Item 8.01 Other Events.</p><p>On July 25, 2024 ...</p>"
            "</body></html>")
    (reg,) = validate(parse(page.encode(), "cover.htm"))["registrants"]
    assert reg["address"] == {"street": "Waterloo House, Ground Floor, 100 Pitts Bay Road",
                              "city": "Pembroke", "state": "Bermuda", "zip": "HM 08"}


_S1 = """
   As filed with the Securities and Exchange Commission on March 14, 2001
                                                    Registration No. 333-
================================================================================
                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549
                              --------------------
                                    FORM S-1
                             REGISTRATION STATEMENT
                                     UNDER
                           THE SECURITIES ACT OF 1933
                              --------------------
                              ACME WIDGETS, INC.
             (Exact name of registrant as specified in its charter)

        DELAWARE                         3674                       94-3177549
(State or other jurisdiction  (Primary Standard Industrial       (I.R.S. Employer
    of incorporation or        Classification Code Number)      Identification No.)
      organization)
                              --------------------
                            1250 Borregas Avenue
                        Sunnyvale, California 94089
                                 (408) 555-1200
    (Address, including zip code, and telephone number, including area code, of
                   registrant's principal executive offices)
                              --------------------
                                 JOHN Q. SMITH
                     President and Chief Executive Officer
                              ACME WIDGETS, INC.
                            1250 Borregas Avenue
                        Sunnyvale, California 94089
                                 (408) 555-1200
(Name, address, including zip code, and telephone number, including area code,
                             of agent for service)
                              --------------------
"""


def test_registration_block_under_a_rule() -> None:
    head = ("<SEC-DOCUMENT>0000891618-01-500123.txt : 20010314\n<SEC-HEADER>\n"
            "ACCESSION NUMBER:\t\t0000891618-01-500123\nCONFORMED SUBMISSION TYPE:\tS-1\n"
            "PUBLIC DOCUMENT COUNT:\t\t1\nFILED AS OF DATE:\t\t20010314\n</SEC-HEADER>\n")
    doc = f"<DOCUMENT>\n<TYPE>S-1\n<SEQUENCE>1\n<TEXT>\n{_S1}\n</TEXT>\n</DOCUMENT>\n"
    rec = validate(parse((head + doc + "</SEC-DOCUMENT>\n").encode(), "s1.txt"))
    (reg,) = rec["registrants"]
    assert reg["address"] == {"street": "1250 Borregas Avenue", "city": "Sunnyvale",
                              "state": "California", "zip": "94089"}
    assert (reg["irs_employer_id"], reg["commission_file_number"], reg["phone"]) == (
        "94-3177549", None, "(408) 555-1200")
