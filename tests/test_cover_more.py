"""Cover page, more layouts: foreign postcodes, registrants captioned side by side.

Each cover is written as filings of its era print it (the issuer is named beside it).
"""

from __future__ import annotations

import pytest

from filing2json.parsers import parse
from filing2json.parsers.sections.cover import split_address
from filing2json.parsers.sections.cover_layout import read_captioned
from filing2json.parsers.sections.cover_securities import securities_from_text
from filing2json.parsers.sections.cover_table import read_registrant_table
from support import validate


def _address(text: str) -> tuple[str | None, ...]:
    found = split_address(text, None)
    assert found is not None
    return found["street"], found["city"], found["state"], found["zip"]


@pytest.mark.parametrize("text,address", [
    # a Cayman Islands exempted company's 20-F/10-K cover, no country line under it
    ("Cricket Square, Hutchins Drive, George Town, Grand Cayman KY1-1104",
     ("Cricket Square, Hutchins Drive", "George Town", "Cayman Islands", "KY1-1104")),
    ("P.O. Box 309, Ugland House, Grand Cayman KY1-1104",
     ("P.O. Box 309, Ugland House", "Grand Cayman", "Cayman Islands", "KY1-1104")),
    ("Craigmuir Chambers, Road Town, Tortola VG1110",
     ("Craigmuir Chambers", "Road Town", "British Virgin Islands", "VG1110")),
    # Australian issuers (6-K, 20-F): the state and a four-digit postcode after the city
    ("Level 18, 275 Kent Street, Sydney NSW 2000, Australia",
     ("Level 18, 275 Kent Street", "Sydney", "NSW", "2000")),
    ("Level 18, 275 Kent Street, Sydney, NSW 2000",
     ("Level 18, 275 Kent Street", "Sydney", "NSW", "2000")),
    ("Level 23, 101 Collins Street, Melbourne, Victoria 3000, Australia",
     ("Level 23, 101 Collins Street", "Melbourne", "Victoria", "3000")),
    # Irish plcs: Dublin's postal district
    ("20 On Hatch, Lower Hatch Street, Dublin 2, Ireland",
     ("20 On Hatch, Lower Hatch Street", "Dublin", "Ireland", "Dublin 2")),
    ("One Spencer Dock, North Wall Quay, Dublin 1",
     ("One Spencer Dock, North Wall Quay", "Dublin", "Ireland", "Dublin 1")),
    # the Eircode printed too is the postcode
    ("Eaton House, 30 Pembroke Road, Dublin 4, D04 Y0C2, Ireland",
     ("Eaton House, 30 Pembroke Road", "Dublin", "Ireland", "D04 Y0C2")),
])
def test_a_postcode_after_the_city_with_no_country_or_before_it(
        text: str, address: tuple[str, ...]) -> None:
    assert _address(text) == address


@pytest.mark.parametrize("text,address", [
    # Japanese and Korean 6-K covers: the postcode closes the city, the country follows
    ("7-1, Konan 1-chome, Minato-ku, Tokyo 108-0075, Japan",
     ("7-1, Konan 1-chome, Minato-ku", "Tokyo", "Japan", "108-0075")),
    ("12 rue de la Paix, Paris 75002, France",
     ("12 rue de la Paix", "Paris", "France", "75002")),
    ("94 Em Hamoshavot Road, Petach Tikva 4951040, Israel",
     ("94 Em Hamoshavot Road", "Petach Tikva", "Israel", "4951040")),
])
def test_a_postcode_closing_the_city_before_the_country(
        text: str, address: tuple[str, ...]) -> None:
    assert _address(text) == address


def test_the_united_states_printed_after_the_zip() -> None:
    # foreign private issuers' US offices and some US issuers close with the country
    assert _address("350 Fifth Avenue, New York, NY 10118, USA") == (
        "350 Fifth Avenue", "New York", "NY", "10118")
    assert _address("1 Infinite Loop, Cupertino, California 95014, U.S.A.") == (
        "1 Infinite Loop", "Cupertino", "California", "95014")
    assert _address("2211 North First Street, San Jose, CA 95131 United States") == (
        "2211 North First Street", "San Jose", "CA", "95131")


_EDISON_HEAD = """<html><body>
<p align="center">UNITED STATES<br>SECURITIES AND EXCHANGE COMMISSION<br>
Washington, D.C. 20549</p>
<p align="center"><b>FORM 8-K</b></p>
<p align="center">CURRENT REPORT<br>Pursuant to Section 13 or 15(d) of the Securities
Exchange Act of 1934</p>
<p align="center">Date of Report (Date of earliest event reported): February 22, 2019</p>
<table>
<tr><td><b>Commission File Number</b></td><td><b>Exact Name of Registrant<br>as specified
in its charter</b></td><td><b>State or Other Jurisdiction of<br>Incorporation or
Organization</b></td><td><b>IRS Employer<br>Identification Number</b></td></tr>
<tr><td>1-9936</td><td>EDISON INTERNATIONAL</td><td>California</td><td>95-4137452</td></tr>
<tr><td>1-2313</td><td>SOUTHERN CALIFORNIA EDISON COMPANY</td><td>California</td>
<td>95-1240335</td></tr>
</table>
"""
_EDISON_TAIL = """<p>Check the appropriate box below if the Form 8-K filing is intended to
simultaneously satisfy the filing obligation of the registrant under any of the following
provisions:</p>
<p><b>Item 7.01 Regulation FD Disclosure</b></p>
<p>On February 22, 2019, Edison International issued a press release.</p>
</body></html>"""


def test_each_registrant_its_own_column_of_address_and_telephone_html() -> None:
    # Edison International's 8-K (2010s HTML): the two registrants' addresses and
    # telephones side by side under the table, one column each
    html = _EDISON_HEAD + """<table>
<tr><td>2244 Walnut Grove Avenue<br>(P.O. Box 976)<br>Rosemead, California 91770</td><td></td>
<td>2244 Walnut Grove Avenue<br>(P.O. Box 800)<br>Rosemead, California 91770</td></tr>
<tr><td>(Address of principal executive offices)</td><td></td>
<td>(Address of principal executive offices)</td></tr>
<tr><td>(626) 302-2222</td><td></td><td>(626) 302-1212</td></tr>
<tr><td>(Registrant's telephone number, including area code)</td><td></td>
<td>(Registrant's telephone number, including area code)</td></tr>
</table>
""" + _EDISON_TAIL
    record = validate(parse(html.encode(), "eix_8k.htm"))
    eix, sce = record["registrants"]
    assert (eix["name"], eix["phone"]) == ("EDISON INTERNATIONAL", "(626) 302-2222")
    assert (sce["name"], sce["phone"]) == ("SOUTHERN CALIFORNIA EDISON COMPANY",
                                           "(626) 302-1212")
    assert eix["address"] == {"street": "2244 Walnut Grove Avenue (P.O. Box 976)",
                              "city": "Rosemead", "state": "California", "zip": "91770"}
    assert sce["address"]["street"] == "2244 Walnut Grove Avenue (P.O. Box 800)"


def test_each_registrant_its_own_column_of_address_and_telephone_text() -> None:
    cover = """\
Commission    Exact Name of Registrant       State or Other Jurisdiction of  IRS Employer
File Number   as specified in its charter    Incorporation or Organization   Identification No.
-----------   ---------------------------    -----------------------------   ------------------
1-9936        EDISON INTERNATIONAL           California                      95-4137452
1-2313        SOUTHERN CALIFORNIA EDISON     California                      95-1240335
              COMPANY

     2244 Walnut Grove Avenue                         2244 Walnut Grove Avenue
         (P.O. Box 976)                                   (P.O. Box 800)
   Rosemead, California 91770                       Rosemead, California 91770
(Address of principal executive offices)        (Address of principal executive offices)

         (626) 302-2222                                   (626) 302-1212
(Registrant's telephone number,                  (Registrant's telephone number,
     including area code)                             including area code)
"""
    eix, sce = read_captioned(cover)
    assert (eix["phone"], sce["phone"]) == ("(626) 302-2222", "(626) 302-1212")
    assert eix["address"] == "2244 Walnut Grove Avenue, (P.O. Box 976), Rosemead, California 91770"
    assert sce["address"] == "2244 Walnut Grove Avenue, (P.O. Box 800), Rosemead, California 91770"


def test_a_po_box_in_brackets_between_street_and_city_lines() -> None:
    # Edison International's one-registrant HTML 8-K, each address line its own <p>
    cover = ("EDISON INTERNATIONAL\n(Exact name of registrant as specified in its charter)\n\n"
             "CALIFORNIA\t001-9936\t95-4137452\n"
             "(State or other jurisdiction of incorporation)\t(Commission file number)\t"
             "(I.R.S. Employer Identification No.)\n\n"
             "2244 Walnut Grove Avenue\n\n(P.O. Box 976)\n\nRosemead, California 91770\n\n"
             "(Address of principal executive offices, including zip code)\n\n"
             "626-302-2222\n\n(Registrant's telephone number, including area code)\n")
    (found,) = read_captioned(cover, cells=True)
    assert found["address"] == (
        "2244 Walnut Grove Avenue, (P.O. Box 976), Rosemead, California 91770")
    assert split_address(found["address"], None)["street"] == (
        "2244 Walnut Grove Avenue, (P.O. Box 976)")


def test_a_trading_symbol_head_wrapped_onto_a_row_of_its_own() -> None:
    # an 8-K's 12(b) table (2019 on) whose heads wrap into a second table row:
    # "Trading" above "Symbol(s)"
    table = ("Securities registered pursuant to Section 12(b) of the Act:\n"
             "Title of each class\tTrading\tName of each exchange\n"
             "\tSymbol(s)\ton which registered\n"
             "Common Stock, par value $0.001 per share\tNVDA\tThe Nasdaq Global Select Market\n"
             "Indicate by check mark whether the registrant is an emerging growth company\n")
    assert securities_from_text(table, True) == [
        {"title": "Common Stock, par value $0.001 per share", "trading_symbol": "NVDA",
         "exchange": "The Nasdaq Global Select Market"}]


_TABLE_HEAD = ("Date of Report (Date of earliest event reported): May 4, 2021\n\n"
               "Commission File Number\tExact Name of Registrant as specified in its charter; "
               "State of Incorporation; Address and Telephone Number\t"
               "IRS Employer Identification No.\n")


def test_a_combined_filings_state_in_brackets_with_no_article() -> None:
    # Ameren's rendered registrant table: "(Missouri Corporation)", not "(a Missouri ...)"
    region = _TABLE_HEAD + (
        "1-14756\tAmeren Corporation (Missouri Corporation) 1901 Chouteau Avenue St. Louis, "
        "Missouri 63103 (314) 621-3222\t43-1723446\n"
        "1-3672\tAmeren Illinois Company (Illinois Corporation) 6 Executive Drive "
        "Collinsville, Illinois 62234 (618) 343-8150\t37-0211380\n\n")
    ameren, illinois = read_registrant_table(region)
    assert (ameren["name"], ameren["state_of_incorporation"]) == ("Ameren Corporation",
                                                                  "Missouri")
    assert (illinois["name"], illinois["state_of_incorporation"], illinois["phone"]) == (
        "Ameren Illinois Company", "Illinois", "(618) 343-8150")
    assert illinois["address"] == {"street": "6 Executive Drive", "city": "Collinsville",
                                   "state": "Illinois", "zip": "62234"}


def test_a_combined_filings_name_caption_inside_the_cell() -> None:
    # PPL's 8-Ks: the name's caption and "(Pennsylvania)" under the name in its cell
    region = _TABLE_HEAD + (
        "1-11459\tPPL Corporation (Exact name of Registrant as specified in its charter) "
        "(Pennsylvania) Two North Ninth Street Allentown, PA 18101-1179 (610) 774-5151"
        "\t23-2758192\n\n")
    (ppl,) = read_registrant_table(region)
    assert (ppl["name"], ppl["state_of_incorporation"], ppl["phone"]) == (
        "PPL Corporation", "Pennsylvania", "(610) 774-5151")
    assert ppl["address"] == {"street": "Two North Ninth Street", "city": "Allentown",
                              "state": "PA", "zip": "18101-1179"}
    # the same cell in a text 8-K, a line each
    text = """\
Commission File      Registrant; State of Incorporation;                IRS Employer
Number               Address and Telephone Number                       Identification No.

1-905                PPL Electric Utilities Corporation                 23-0959590
                     (Exact name of Registrant as specified in its charter)
                     (Pennsylvania)
                     Two North Ninth Street
                     Allentown, PA  18101-1179
                     (610) 774-5151
"""
    (electric,) = read_registrant_table(text)
    assert (electric["name"], electric["state_of_incorporation"]) == (
        "PPL Electric Utilities Corporation", "Pennsylvania")
    assert electric["address"]["street"] == "Two North Ninth Street"


def test_a_foreign_address_over_four_lines() -> None:
    # a 20-F cover (ICON plc): park, district, postal district and country a line each
    cover = """
                                  ICON plc
            (Exact name of Registrant as specified in its charter)

                          South County Business Park
                                 Leopardstown
                                  Dublin 18
                                   Ireland
                  (Address of principal executive offices)
"""
    (found,) = read_captioned(cover)
    assert split_address(found["address"], None) == {
        "street": "South County Business Park, Leopardstown", "city": "Dublin",
        "state": "Ireland", "zip": "Dublin 18"}


@pytest.mark.parametrize("text,address", [
    # 6-K covers of Israeli and Japanese issuers: no comma before the country
    ("5 Basel Street, P.O. Box 3190, Petach Tikva 49131 Israel",
     ("5 Basel Street, P.O. Box 3190", "Petach Tikva", "Israel", "49131")),
    ("1-7-1 KONAN, MINATO-KU, TOKYO 108-0075 JAPAN",
     ("1-7-1 KONAN, MINATO-KU", "TOKYO", "JAPAN", "108-0075")),
])
def test_a_postcode_between_city_and_country_with_no_comma(
        text: str, address: tuple[str, ...]) -> None:
    assert _address(text) == address
