"""Cover page, more layouts: foreign postcodes, registrants captioned side by side.

Each cover is written as filings of its era print it (the issuer is named beside it).
"""

from __future__ import annotations

import pytest

from filing2json.parsers import parse
from filing2json.parsers.sections.cover import cover_dates, split_address
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


# Old 8-Ks (Zurn 1994) print the date alone under the Act line, the name with no caption,
# captions over their values with no brackets, and the address block under its caption.
_UNCAPTIONED_8K = """
                                   FORM 8-K
                                CURRENT REPORT

                      SECURITIES AND EXCHANGE COMMISSION
                             Washington, DC 20549

    Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934

                                 May 5, 1995




                          CONSOLIDATED PAPERS, INC.


                                                                 IRS Employer
    State of                      Commission                    Identification
  Incorporation                   File Number                       Number
  Wisconsin                         0-1051                       39-0223100


                                  Address and
                               Telephone Number
                             231 First Avenue North
                      Wisconsin Rapids, Wisconsin  54495
                                 715-422-3111




ITEM 5 - OTHER EVENTS

The Company's news release dated May 5, 1995 is incorporated herein by reference.
"""


def test_a_date_alone_under_the_act_line_is_the_report_date() -> None:
    record = validate(parse(_UNCAPTIONED_8K.encode(), "consolidated_8k.txt"))
    assert (record["report_date"], record["event_date"]) == ("1995-05-05", None)
    # the Act line wrapped over two lines, the date in brackets
    wrapped = _UNCAPTIONED_8K.replace(
        "    Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934\n",
        "                   Pursuant to Section 13 or 15(d) of the\n"
        "                      Securities Exchange Act of 1934\n").replace(
        "May 5, 1995\n", "(June 12, 1996)\n", 1)
    assert parse(wrapped.encode(), "x.txt")["report_date"] == "1996-06-12"
    # a 10-Q's period under the Act line is a label's date, not a date alone
    cover = """
                                  FORM 10-Q
           Quarterly Report Under Section 13 or 15(d) of the
                       Securities Exchange Act of 1934
                  For the quarterly period ended June 30, 1999
                        Commission File Number 1-6746
"""
    assert cover_dates(cover) == ("1999-06-30", None)


def test_an_address_and_telephone_block_under_its_caption() -> None:
    (found,) = read_captioned(_UNCAPTIONED_8K)
    assert (found["state"], found["commission_file_number"], found["irs_employer_id"]) == (
        "Wisconsin", "0-1051", "39-0223100")
    assert split_address(found["address"], found["zip"]) == {
        "street": "231 First Avenue North", "city": "Wisconsin Rapids",
        "state": "Wisconsin", "zip": "54495"}
    assert found["phone"] == "715-422-3111"
    # one caption line naming the principal executive offices, with a colon
    (found,) = read_captioned("""
         Address and telephone number of principal executive offices:
                              231 First Avenue North
                      Wisconsin Rapids, Wisconsin  54495
                                (715) 422-3111
""")
    assert (found["address"].rstrip(", "), found["zip"], found["phone"]) == (
        "231 First Avenue North, Wisconsin Rapids, Wisconsin", "54495", "(715) 422-3111")


def test_the_uncaptioned_8k_through_parse_and_rendered_from_html() -> None:
    expected = ("CONSOLIDATED PAPERS, INC.", "Wisconsin", "0-1051", "39-0223100",
                {"street": "231 First Avenue North", "city": "Wisconsin Rapids",
                 "state": "Wisconsin", "zip": "54495"})
    (reg,) = parse(_UNCAPTIONED_8K.encode(), "x.txt")["registrants"]
    assert (reg["name"], reg["state_of_incorporation"], reg["commission_file_number"],
            reg["irs_employer_id"], reg["address"]) == expected
    html = """<html><body>
<p align="center">SECURITIES AND EXCHANGE COMMISSION<br>Washington, D.C. 20549</p>
<p align="center"><b>FORM 8-K</b></p><p align="center">CURRENT REPORT</p>
<p align="center">Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934</p>
<p align="center">June 12, 2001</p>
<p align="center"><b>CONSOLIDATED PAPERS, INC.</b></p>
<table width="100%">
<tr><td align="center">State of Incorporation</td><td align="center">Commission File Number</td>
<td align="center">IRS Employer Identification Number</td></tr>
<tr><td align="center">Wisconsin</td><td align="center">0-1051</td>
<td align="center">39-0223100</td></tr></table>
<p align="center">Address and Telephone Number<br>231 First Avenue North<br>
Wisconsin Rapids, Wisconsin 54495<br>(715) 422-3111</p>
<p>Item 5. Other Events</p><p>On June 12, 2001 the Company announced its results.</p>
</body></html>"""
    record = validate(parse(html.encode(), "consolidated_8k.htm"))
    assert record["report_date"] == "2001-06-12"
    (reg,) = record["registrants"]
    assert (reg["name"], reg["state_of_incorporation"], reg["commission_file_number"],
            reg["irs_employer_id"], reg["address"]) == expected
    assert reg["phone"] == "(715) 422-3111"


def test_a_telephone_caption_over_its_number_with_no_colon() -> None:
    (found,) = read_captioned("""
                          CONSOLIDATED PAPERS, INC.
            (Exact name of registrant as specified in its charter)

                 Registrant's telephone number, including area code
                                (715) 422-3111
""")
    assert found["phone"] == "(715) 422-3111"


def _submission(body: str, name: str, irs: str, form: str = "10-Q", state: str = "OH") -> bytes:
    return (f"""<SEC-DOCUMENT>0000050178-99-000012.txt : 19990812
<SEC-HEADER>0000050178-99-000012.hdr.sgml : 19990812
ACCESSION NUMBER:\t\t0000050178-99-000012
CONFORMED SUBMISSION TYPE:\t{form}
PUBLIC DOCUMENT COUNT:\t\t1
CONFORMED PERIOD OF REPORT:\t19990630
FILED AS OF DATE:\t\t19990812

FILER:

\tCOMPANY DATA:\t
\t\tCOMPANY CONFORMED NAME:\t\t\t{name}
\t\tCENTRAL INDEX KEY:\t\t\t0000073957
\t\tIRS NUMBER:\t\t\t\t{irs}
\t\tSTATE OF INCORPORATION:\t\t\t{state}

\tFILING VALUES:
\t\tFORM TYPE:\t\t{form}
\t\tSEC ACT:\t\t1934 Act
\t\tSEC FILE NUMBER:\t001-02345

\tBUSINESS ADDRESS:\t
\t\tSTREET 1:\t\t45 ERIEVIEW PLZ
\t\tCITY:\t\t\tCLEVELAND
\t\tSTATE:\t\t\tOH
\t\tZIP:\t\t\t44114
\t\tBUSINESS PHONE:\t\t2168225050
</SEC-HEADER>
<DOCUMENT>
<TYPE>{form}
<SEQUENCE>1
<TEXT>
{body}
</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>
""").encode()


# Ameritech's telephone companies' 10-Qs (1990s): the name alone, the state and address in a
# column under it with no caption, the IRS caption wrapped with its number
_UNCAPTIONED_10Q = """
                                Form  10-Q

[x]  Quarterly Report Under Section 13 or 15(d)
of the Securities Exchange Act of 1934
For the quarterly period ended June 30, 1999

Commission File Number 1-2345

                   The Ohio Bell Telephone Company



                                           -----------------------------
                                           An Ohio Corporation
                                           -----------------------------
                                           45 Erieview Plaza
                                           Cleveland, Ohio  44114
                                           -----------------------------
                                           I.R.S. Employer Identification
                                           Number 34-0465185

                                           Telephone number   (216) 822-5050


PART I - FINANCIAL INFORMATION
"""


def test_a_name_printed_with_no_caption_and_the_address_under_it() -> None:
    record = validate(parse(_submission(_UNCAPTIONED_10Q, "OHIO BELL TELEPHONE CO",
                                        "340465185"), "ohio_bell_10q.txt"))
    (reg,) = record["registrants"]
    assert (reg["name"], reg["cik"], reg["state_of_incorporation"],
            reg["commission_file_number"], reg["irs_employer_id"], reg["phone"]) == (
        "The Ohio Bell Telephone Company", "0000073957", "Ohio", "1-2345", "34-0465185",
        "(216) 822-5050")
    assert reg["address"] == {"street": "45 Erieview Plaza", "city": "Cleveland",
                              "state": "Ohio", "zip": "44114"}
    assert record["report_date"] == "1999-06-30"
    assert not [w for w in record["warnings"] if w["code"] == "cover_mismatch"]


def test_an_uncaptioned_name_must_be_the_header_filers() -> None:
    # a line closing in a legal form that names another company is not taken for the name
    record = parse(_submission(_UNCAPTIONED_10Q, "AMERITECH CORP /DE/", "362960012"),
                   "x.txt")
    (reg,) = record["registrants"]
    assert reg["name"] == "AMERITECH CORP"  # the header's (its /DE/ tag dropped)
    assert reg["address"]["street"] == "45 ERIEVIEW PLZ"
    # the IRS number wrapped under its caption is read without a header too
    (reg,) = parse(_UNCAPTIONED_10Q.encode(), "x.txt")["registrants"]
    assert (reg["name"], reg["irs_employer_id"]) == (
        "The Ohio Bell Telephone Company", "34-0465185")


def test_a_cover_irs_number_of_the_wrong_length_is_warned() -> None:
    # Rock of Ages 2000: the cover prints "03-153200", the header 030153200
    cover = """
                                   FORM 8-K
                                CURRENT REPORT
                     PURSUANT TO SECTION 13 OR 15(d) OF THE
                        SECURITIES EXCHANGE ACT OF 1934

Date of Report (Date of earliest event reported): September 22, 2000

                           ROCK OF AGES CORPORATION
            (Exact name of registrant as specified in its charter)

        DELAWARE                      0-29464                    03-153200
(State or other jurisdiction       (Commission               (IRS Employer
   of incorporation)               File Number)            Identification No.)

ITEM 5. OTHER EVENTS
"""
    record = parse(_submission(cover, "ROCK OF AGES CORP", "030153200", "8-K", "DE"), "x.txt")
    (reg,) = record["registrants"]
    assert reg["irs_employer_id"] == "03-0153200"  # the header's: the cover's is no number
    assert [w["message"] for w in record["warnings"] if w["code"] == "cover_mismatch"] == [
        "IRS employer id: cover '03-153200', header '03-0153200'"]


def test_an_uncaptioned_name_over_its_address_and_telephone() -> None:
    # a 1990s utility's 8-K: name, street, city and telephone, then the captioned numbers
    cover = """
                                   FORM 8-K
                                CURRENT REPORT
                    Pursuant to Section 13 or 15(d) of the
                       Securities Exchange Act of 1934

      Date of Report (Date of earliest event reported)  March 14, 1996

                          UNION ELECTRIC COMPANY
                           1901 Chouteau Avenue
                        St. Louis, Missouri  63103
                             (314) 621-3222

   Missouri                    1-2967                    43-0559760
(State of Incorporation)  (Commission File Number)  (IRS Employer Identification No.)

Item 5.  Other Events
"""
    (reg,) = validate(parse(cover.encode(), "union_electric_8k.txt"))["registrants"]
    assert (reg["name"], reg["state_of_incorporation"], reg["commission_file_number"],
            reg["irs_employer_id"], reg["phone"]) == (
        "UNION ELECTRIC COMPANY", "Missouri", "1-2967", "43-0559760", "(314) 621-3222")
    assert reg["address"] == {"street": "1901 Chouteau Avenue", "city": "St. Louis",
                              "state": "Missouri", "zip": "63103"}


def test_an_uncaptioned_name_block_rendered_from_html() -> None:
    # the same 10-Q cover in HTML: the right-hand cell's lines render as one line
    html = """<html><body>
<p align="center">SECURITIES AND EXCHANGE COMMISSION<br>Washington, D.C. 20549</p>
<p align="center"><b>FORM 10-Q</b></p>
<p>[X] Quarterly Report Under Section 13 or 15(d) of the Securities Exchange Act of 1934<br>
For the quarterly period ended June 30, 2000</p>
<p>Commission File Number 1-2345</p>
<p align="center"><b>The Ohio Bell Telephone Company</b></p>
<table><tr><td width="50%"></td><td>An Ohio Corporation</td></tr>
<tr><td></td><td>45 Erieview Plaza<br>Cleveland, Ohio 44114</td></tr>
<tr><td></td><td>I.R.S. Employer Identification<br>Number 34-0465185</td></tr>
<tr><td></td><td>Telephone number (216) 822-5050</td></tr></table>
<p>PART I - FINANCIAL INFORMATION</p>
</body></html>"""
    record = validate(parse(html.encode(), "ohio_bell_10q.htm"))
    (reg,) = record["registrants"]
    assert (reg["name"], reg["state_of_incorporation"], reg["irs_employer_id"],
            reg["phone"]) == ("The Ohio Bell Telephone Company", "Ohio", "34-0465185",
                              "(216) 822-5050")
    assert reg["address"] == {"street": "45 Erieview Plaza", "city": "Cleveland",
                              "state": "Ohio", "zip": "44114"}


@pytest.mark.parametrize("text,address", [
    # Hong Kong's districts are the street's; the city is Hong Kong (the postal convention)
    ("1 Main Road, Wan Chai, Hong Kong", ("1 Main Road, Wan Chai", "Hong Kong", None, None)),
    ("Room 1001, 10/F, Silvercord, 30 Canton Road, Tsim Sha Tsui, Kowloon, Hong Kong",
     ("Room 1001, 10/F, Silvercord, 30 Canton Road, Tsim Sha Tsui, Kowloon", "Hong Kong",
      None, None)),
    ("Level 19, Two International Finance Centre, 8 Finance Street, Central, Hong Kong SAR",
     ("Level 19, Two International Finance Centre, 8 Finance Street, Central", "Hong Kong",
      None, None)),
    ("18/F, 9 Queen's Road Central, Central Hong Kong",
     ("18/F, 9 Queen's Road Central, Central", "Hong Kong", None, None)),
    # a building's line before Singapore's name is the street's too
    ("16 Raffles Quay #26-00, Hong Leong Building, Singapore 048581",
     ("16 Raffles Quay #26-00, Hong Leong Building", "Singapore", None, "048581")),
    ("80 Robinson Road, #02-00, Singapore 068898, Republic of Singapore",
     ("80 Robinson Road, #02-00", "Singapore", None, "068898")),
])
def test_a_city_states_districts_and_buildings_are_the_street(
        text: str, address: tuple[str | None, ...]) -> None:
    assert _address(text) == address


def test_a_town_named_like_a_city_state_in_a_us_state_keeps_its_state() -> None:
    assert _address("1 Main Road, Wan Chai, Hong Kong")[1] == "Hong Kong"
    assert _address("120 Pine Street, Singapore, Michigan 49456") == (
        "120 Pine Street", "Singapore", "Michigan", "49456")


@pytest.mark.parametrize("text,address", [
    # Brazil's CEP, before the city, after the state or led by "CEP"; the state is the UF
    ("Avenida Presidente Juscelino Kubitschek, 1.909, 04543-011 S\u00e3o Paulo, SP, Brazil",
     ("Avenida Presidente Juscelino Kubitschek, 1.909", "S\u00e3o Paulo", "SP", "04543-011")),
    ("Praia de Botafogo, 186, Rio de Janeiro, RJ 22250-145, Brazil",
     ("Praia de Botafogo, 186", "Rio de Janeiro", "RJ", "22250-145")),
    ("Av. das Na\u00e7\u00f5es Unidas, 8501, 19\u00ba andar, CEP 05425-070, S\u00e3o Paulo, "
     "SP, Brazil",
     ("Av. das Na\u00e7\u00f5es Unidas, 8501, 19\u00ba andar", "S\u00e3o Paulo", "SP",
      "05425-070")),
    ("Av. Paulista, 1938 - 5o andar, 01310-942 S\u00e3o Paulo - SP, Brasil",
     ("Av. Paulista, 1938 - 5o andar", "S\u00e3o Paulo", "SP", "01310-942")),
    # Mexico's "C.P." and a postcode before the city; "D.F." keeps its full stop
    ("Av. Ricardo Margain Zozaya 400, San Pedro Garza Garc\u00eda, Nuevo Le\u00f3n, "
     "C.P. 66265, M\u00e9xico",
     ("Av. Ricardo Margain Zozaya 400", "San Pedro Garza Garc\u00eda", "Nuevo Le\u00f3n",
      "66265")),
    ("Paseo de los Tamarindos 400, Col. Bosques de las Lomas, C.P. 05120, Ciudad de "
     "M\u00e9xico, M\u00e9xico",
     ("Paseo de los Tamarindos 400, Col. Bosques de las Lomas", "Ciudad de M\u00e9xico",
      "M\u00e9xico", "05120")),
    ("Blvd. Manuel Avila Camacho 36, Col. Lomas de Chapultepec, 11000 M\u00e9xico, D.F., "
     "M\u00e9xico",
     ("Blvd. Manuel Avila Camacho 36, Col. Lomas de Chapultepec", "M\u00e9xico", "D.F.",
      "11000")),
    ("Col. Lomas de Chapultepec, 11000 Mexico City, D.F.",
     ("Col. Lomas de Chapultepec", "Mexico City", "D.F.", "11000")),
    # India's PIN printed as two groups of three
    ("Gate 4, Godrej & Boyce Complex, Vikhroli (W), Mumbai 400 079, India",
     ("Gate 4, Godrej & Boyce Complex, Vikhroli (W)", "Mumbai", "India", "400 079")),
])
def test_latin_american_and_indian_postcodes(text: str,
                                             address: tuple[str | None, ...]) -> None:
    assert _address(text) == address


_ICICI_20F = """                                   FORM 20-F

[X]  ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934

                    For the fiscal year ended March 31, 2018

                        Commission file number 001-15002

                               ICICI BANK LIMITED
             (Exact name of Registrant as specified in its charter)

                                 Not Applicable
                 (Translation of Registrant's name into English)

                                     India
                (Jurisdiction of incorporation or organization)

                               ICICI Bank Towers
                             Bandra-Kurla Complex
                               Mumbai 400051, India
                    (Address of principal executive offices)

                       Rakesh Jha, Chief Financial Officer
                         Telephone: +91 22 2653 8900
                         Facsimile: +91 22 2653 1175
        ICICI Bank Towers, Bandra-Kurla Complex, Mumbai 400051, India
   (Name, telephone number, e-mail and/or facsimile number and address of company
                                contact person)

Securities registered or to be registered pursuant to Section 12(b) of the Act:
"""


def test_a_20f_contact_persons_telephone_is_not_the_registrants() -> None:
    (reg,) = validate(parse(_ICICI_20F.encode(), "icici_20f.txt"))["registrants"]
    assert reg["phone"] is None  # the cover prints no telephone of the bank's own
    assert (reg["name"], reg["state_of_incorporation"], reg["commission_file_number"]) == (
        "ICICI BANK LIMITED", "India", "001-15002")
    assert reg["address"] == {"street": "ICICI Bank Towers, Bandra-Kurla Complex",
                              "city": "Mumbai", "state": "India", "zip": "400051"}


# Barrick Gold's 40-F cover (2010) down to its address block, and its agent for service
_BARRICK_40F = """                                   FORM 40-F

For the fiscal year ended December 31, 2010       Commission File Number 001-31395

                            BARRICK GOLD CORPORATION
             (Exact name of Registrant as specified in its charter)

                       Brookfield Place, TD Canada Trust Tower
                             161 Bay Street, Suite 3700
                          Toronto, Ontario, Canada M5J 2S1
"""
_BARRICK_AGENT = """
                              CT Corporation System
                   111 Eighth Avenue, New York, New York 10011
                                 (212) 894-8940
"""


def test_an_agents_telephone_caption_gives_no_registrant_telephone() -> None:
    # a 40-F: the registrant's number above its caption, the agent's above the agent's
    cover = (
        _BARRICK_40F
        + "     (Address and telephone number of Registrant's principal executive offices)\n"
        + _BARRICK_AGENT
        + "             (Telephone number (including area code) of agent for service\n"
        + "                              in the United States)\n"
    )
    (reg,) = validate(parse(cover.encode(), "barrick_40f.txt"))["registrants"]
    assert reg["phone"] is None
    assert reg["address"] == {"street": "Brookfield Place, TD Canada Trust Tower, 161 Bay "
                              "Street, Suite 3700", "city": "Toronto", "state": "Ontario",
                              "zip": "M5J 2S1"}


_6K_HEAD = """                                   FORM 6-K

                        REPORT OF FOREIGN PRIVATE ISSUER
                      PURSUANT TO RULE 13a-16 OR 15d-16 OF
                      THE SECURITIES EXCHANGE ACT OF 1934

                        For the month of September, 2003

"""
_6K_TAIL = """
Indicate by check mark whether the registrant files or will file annual reports under cover
of Form 20-F or Form 40-F.

                    Form 20-F    X          Form 40-F
                              ---                    ---
"""


def test_a_6k_that_captions_neither_name_nor_address() -> None:
    cover = _6K_HEAD + """                       CHINA YUCHAI INTERNATIONAL LIMITED

                             16 Raffles Quay #26-00
                              Hong Leong Building
                                Singapore 048581
""" + _6K_TAIL
    record = validate(parse(cover.encode(), "china_yuchai_6k.txt"))
    assert record["report_date"] == "2003-09-30"
    (reg,) = record["registrants"]
    assert reg["name"] == "CHINA YUCHAI INTERNATIONAL LIMITED"
    assert reg["address"] == {"street": "16 Raffles Quay #26-00, Hong Leong Building",
                              "city": "Singapore", "state": None, "zip": "048581"}


def test_a_6k_with_a_captioned_name_over_an_uncaptioned_address() -> None:
    cover = _6K_HEAD + """                       Commission File Number 001-12345

                              ACME HOLDINGS LTD.
                (Translation of registrant's name into English)

                                  1 Main Road
                              Wan Chai, Hong Kong
""" + _6K_TAIL
    (reg,) = validate(parse(cover.encode(), "acme_6k.txt"))["registrants"]
    assert (reg["name"], reg["commission_file_number"]) == ("ACME HOLDINGS LTD.", "001-12345")
    assert reg["address"] == {"street": "1 Main Road, Wan Chai", "city": "Hong Kong",
                              "state": None, "zip": None}


def test_a_rendered_6k_name_address_and_telephone_without_captions() -> None:
    html = """<html><body>
<p align="center"><b>FORM 6-K</b></p>
<p align="center">REPORT OF FOREIGN PRIVATE ISSUER<br>PURSUANT TO RULE 13a-16 OR 15d-16<br>
UNDER THE SECURITIES EXCHANGE ACT OF 1934</p>
<p align="center">For the month of November 2012</p>
<p align="center">Commission File Number: 001-32945</p>
<p align="center"><b>WNS (HOLDINGS) LIMITED</b></p>
<p align="center">Gate 4, Godrej &amp; Boyce Complex</p>
<p align="center">Pirojshanagar, Vikhroli (W)</p>
<p align="center">Mumbai 400 079, India</p>
<p align="center">+91-22-4095-2100</p>
<p>Indicate by check mark whether the registrant files or will file annual reports under
cover of Form 20-F or Form 40-F.</p>
<p>Form 20-F <u>X</u> Form 40-F ___</p>
</body></html>"""
    (reg,) = validate(parse(html.encode(), "wns_6k.htm"))["registrants"]
    assert (reg["name"], reg["commission_file_number"], reg["phone"]) == (
        "WNS (HOLDINGS) LIMITED", "001-32945", "+91-22-4095-2100")
    assert reg["address"] == {"street": "Gate 4, Godrej & Boyce Complex, Pirojshanagar, "
                              "Vikhroli (W)", "city": "Mumbai", "state": "India",
                              "zip": "400 079"}


def test_a_wrapped_agent_caption_and_an_s8_agents_telephone() -> None:
    # "(Name, address ... and telephone number ..." wraps onto "of agent for service ...)"
    cover = (
        _BARRICK_40F
        + "             (Address of Registrant's principal executive offices)\n"
        + _BARRICK_AGENT
        + "   (Name, address (including zip code) and telephone number (including area code)\n"
        + "                   of agent for service in the United States)\n"
    )
    (reg,) = validate(parse(cover.encode(), "barrick_40f.txt"))["registrants"]
    assert (reg["phone"], reg["address"]["city"]) == (None, "Toronto")
    s8 = """                                    FORM S-8
                             REGISTRATION STATEMENT
                           UNDER THE SECURITIES ACT OF 1933

                               ACME WIDGETS, INC.
             (Exact name of registrant as specified in its charter)

            Delaware                                      94-1234567
(State or other jurisdiction of incorporation    (I.R.S. Employer Identification No.)
         or organization)

   100 Main Street, Palo Alto, California                        94301
   (Address of Principal Executive Offices)                   (Zip Code)

                          ACME WIDGETS, INC. 2005 STOCK PLAN
                            (Full title of the plan)

                                  John Smith
                            Chief Executive Officer
                                100 Main Street
                          Palo Alto, California 94301
                    (Name and address of agent for service)

                                 (650) 555-1212
          (Telephone number, including area code, of agent for service)
"""
    (reg,) = validate(parse(s8.encode(), "acme_s8.txt"))["registrants"]
    assert (reg["phone"], reg["irs_employer_id"]) == (None, "94-1234567")


def test_a_1990s_10q_file_number_right_of_its_unbracketed_caption() -> None:
    cover = """                                 FORM 10-Q

  [X]  QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES
       EXCHANGE ACT OF 1934

For the quarterly period ended                     March 31, 1996
                              -------------------------------------------

Commission file number                                  0-19681
                      ---------------------------------------------------

                         JOHNSON WORLDWIDE ASSOCIATES, INC.
- ------------------------------------------------------------------------------
           (Exact name of registrant as specified in its charter)

          Wisconsin                                     39-1536083
- -------------------------------           ------------------------------------
(State or other jurisdiction of              (I.R.S. Employer Identification No.)
incorporation or organization)
"""
    record = validate(parse(cover.encode(), "johnson_10q.txt"))
    (reg,) = record["registrants"]
    assert (reg["commission_file_number"], reg["irs_employer_id"], record["report_date"]) == (
        "0-19681", "39-1536083", "1996-03-31")


def test_an_ordinal_floor_run_into_the_city_of_a_rendered_cell() -> None:
    assert _address("200 Clarendon Street, 30th Floor Boston, Massachusetts") == (
        "200 Clarendon Street, 30th Floor", "Boston", "Massachusetts", None)
