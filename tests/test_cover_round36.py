"""Cover page, round 36: a foreign issuer's telephone and fax lines among the address lines over
"(Address of principal executive offices)" (the telephone the registrant's phone, neither
line part of the address), and address parts parted by spaced dashes ("São Paulo – SP,
01412-100 – Brazil", "Tel Aviv 6971068 – Israel").

Each cover is written as filings of its era print it.
"""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from support import validate


def _registrant(text: str, name: str = "cover.txt") -> dict[str, Any]:
    (reg,) = validate(parse(text.encode(), name))["registrants"]
    return reg


_SIX_K_2012 = """
                      SECURITIES AND EXCHANGE COMMISSION
                            Washington, D.C. 20549

                                   FORM 6-K

                       REPORT OF FOREIGN PRIVATE ISSUER
                     Pursuant to Rule 13a-16 or 15d-16 of
                     the Securities Exchange Act of 1934

                         For the month of April 2012

                       Commission File Number: 000-29452

                       E-HOUSE (CHINA) HOLDINGS LIMITED

                        11/F, Shanghai Multimedia Park
                              No. 1 Yanping Road
                  Shanghai 200040, People's Republic of China
                            Tel: (86-21) 6133-0808
                            Fax: (86-21) 6133-0707
                   (Address of principal executive offices)

Indicate by check mark whether the registrant files or will file annual reports
under cover of Form 20-F or Form 40-F.
"""


def test_tel_and_fax_lines_over_the_address_caption_are_no_part_of_the_address() -> None:
    reg = _registrant(_SIX_K_2012)
    assert reg["address"] == {
        "street": "11/F, Shanghai Multimedia Park, No. 1 Yanping Road", "city": "Shanghai",
        "state": "People's Republic of China", "zip": "200040"}


def test_tel_line_over_the_address_caption_is_the_phone() -> None:
    cover = _SIX_K_2012.replace("Tel: (86-21) 6133-0808", "Tel: +86 21 6133 0808")
    reg = _registrant(cover)
    assert reg["phone"] == "+86 21 6133 0808"
    assert reg["address"] is not None and reg["address"]["city"] == "Shanghai"


_TWENTY_F_2012 = """
                      SECURITIES AND EXCHANGE COMMISSION
                            Washington, D.C. 20549

                                   FORM 20-F

[X] ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934

                  For the fiscal year ended December 31, 2012

                        Commission file number 001-33153

                            BERMUDA SHIPPING LTD.
             (Exact name of Registrant as specified in its charter)

                                   Bermuda
               (Jurisdiction of incorporation or organization)

                       Clarendon House, 2 Church Street
                            Hamilton HM 11, Bermuda
                         Telephone: +1 (441) 295-1422
                   (Address of principal executive offices)
"""


def test_telephone_caption_line_over_the_address_caption_keeps_the_address() -> None:
    reg = _registrant(_TWENTY_F_2012)
    assert reg["address"] == {"street": "Clarendon House, 2 Church Street",
                              "city": "Hamilton", "state": "Bermuda", "zip": "HM 11"}
    assert reg["phone"] == "+1 (441) 295-1422"


_SIX_K_HTML_2023 = """<html><body>
<p style="text-align:center">UNITED STATES<br>SECURITIES AND EXCHANGE COMMISSION<br>
Washington, D.C. 20549</p>
<p style="text-align:center"><b>FORM 6-K</b></p>
<p style="text-align:center">REPORT OF FOREIGN PRIVATE ISSUER<br>PURSUANT TO RULE 13a-16 OR
15d-16<br>UNDER THE SECURITIES EXCHANGE ACT OF 1934</p>
<p style="text-align:center">For the month of November 2023</p>
<p style="text-align:center">Commission File Number: 001-38431</p>
<p style="text-align:center"><b>Arco Platform Limited</b><br>(Exact name of registrant as
specified in its charter)</p>
<p style="text-align:center">Rua Augusta 2840, 9th floor, suite 91<br>Consola&#231;&#227;o,
S&#227;o Paulo &#8211; SP<br>01412-100 &#8211; Brazil<br>+55 (11) 3047-2655<br>(Address of
principal executive office)</p>
<p>Indicate by check mark whether the registrant files or will file annual reports under
cover of Form 20-F or Form 40-F.</p>
</body></html>"""


def test_phone_line_and_spaced_dashes_in_a_rendered_address_block() -> None:
    reg = _registrant(_SIX_K_HTML_2023, "cover.htm")
    assert reg["address"] == {"street": "Rua Augusta 2840, 9th floor, suite 91, Consolação",
                              "city": "São Paulo", "state": "SP", "zip": "01412-100"}
    assert reg["phone"] == "+55 (11) 3047-2655"


def test_spaced_dash_before_the_country_parts_it_from_the_city() -> None:
    cover = _TWENTY_F_2012.replace("Bermuda\n", "Israel\n", 1).replace(
        "Clarendon House, 2 Church Street", "5 Hanechoshet Street").replace(
        "Hamilton HM 11, Bermuda", "Tel Aviv 6971068 \u2013 Israel").replace(
        "Telephone: +1 (441) 295-1422\n", "")
    reg = _registrant(cover)
    assert reg["address"] == {"street": "5 Hanechoshet Street", "city": "Tel Aviv",
                              "state": "Israel", "zip": "6971068"}


def test_spaced_dash_inside_the_street_stays_as_printed() -> None:
    cover = _TWENTY_F_2012.replace("Clarendon House, 2 Church Street",
                                   "Rua Dr. Renato Paes de Barros, 1017 - 3rd Floor").replace(
        "Hamilton HM 11, Bermuda", "04530-001 São Paulo, SP, Brazil")
    reg = _registrant(cover)
    assert reg["address"] == {"street": "Rua Dr. Renato Paes de Barros, 1017 - 3rd Floor",
                              "city": "São Paulo", "state": "SP", "zip": "04530-001"}


_RETAIL_10K_1998 = """
                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                                   FORM 10-K

(Mark One)
[X]  ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES
     EXCHANGE ACT OF 1934

     For the fifty-two weeks ended January 31, 1998

                                      OR

[ ]  TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES
     EXCHANGE ACT OF 1934

     For the transition period from __________ to __________

                         Commission file number 1-8344

                            THE LIMITED STORES, INC.
             (Exact name of registrant as specified in its charter)

PART I

Item 1. Business.
"""


def test_retailers_fifty_two_weeks_ended_is_the_period_of_report() -> None:
    record = validate(parse(_RETAIL_10K_1998.encode(), "cover.txt"))
    assert record["report_date"] == "1998-01-31"


def test_retailers_quarter_of_thirteen_weeks_is_the_period_of_report() -> None:
    cover = _RETAIL_10K_1998.replace("FORM 10-K", "FORM 10-Q").replace(
        "ANNUAL REPORT", "QUARTERLY REPORT").replace(
        "For the fifty-two weeks ended January 31, 1998", "For the 13 weeks ended May 2, 1998")
    record = validate(parse(cover.encode(), "cover.txt"))
    assert record["report_date"] == "1998-05-02"


_UTILITY_10K_1997 = """
                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                                   FORM 10-K

For the fiscal year ended December 31, 1996

                        OHIO EDISON COMPANY
             (Exact name of registrant as specified in its charter)

Securities registered pursuant to Section 12(b) of the Act:

                                                 Name of each exchange
Title of each class                               on which registered
-------------------                              ---------------------
Common Stock, $9 par value                       New York Stock Exchange
Cumulative Preferred Stock, 3.90% Series         New York Stock Exchange

                                                 Name of each exchange
Title of each class                               on which registered
-------------------                              ---------------------
Cumulative Preferred Stock, 4.44% Series         New York Stock Exchange
Cumulative Preferred Stock, 4.56% Series         Chicago Stock Exchange

Securities registered pursuant to Section 12(g) of the Act: None

PART I

Item 1. Business.
"""


def test_12b_heads_printed_again_over_the_next_page_are_no_row() -> None:
    record = validate(parse(_UTILITY_10K_1997.encode(), "cover.txt"))
    assert [(s["title"], s["exchange"]) for s in record["securities"]] == [
        ("Common Stock, $9 par value", "New York Stock Exchange"),
        ("Cumulative Preferred Stock, 3.90% Series", "New York Stock Exchange"),
        ("Cumulative Preferred Stock, 4.44% Series", "New York Stock Exchange"),
        ("Cumulative Preferred Stock, 4.56% Series", "Chicago Stock Exchange")]


_TWENTY_F_SPACED = """
                                   FORM 20-F

[X] ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934

                  For the fiscal year ended December 31, 2013

                        Commission file number 001-36588

                                WIX.COM LTD.
             (Exact name of Registrant as specified in its charter)

                                   Israel
               (Jurisdiction of incorporation or organization)

                           40 Namal Tel Aviv St.

                         Tel Aviv 6350671, Israel

                         Tel: +972-3-545-4900

                   (Address of principal executive offices)
"""


def test_tel_line_of_an_address_typed_a_line_apart_over_its_caption() -> None:
    reg = _registrant(_TWENTY_F_SPACED)
    assert reg["address"] == {"street": "40 Namal Tel Aviv St.", "city": "Tel Aviv",
                              "state": "Israel", "zip": "6350671"}
    assert reg["phone"] == "+972-3-545-4900"


# Audit round 36: what the spaced dashes and the lines over the caption must leave alone.

_SIX_K_INDIA_2015 = """
                      SECURITIES AND EXCHANGE COMMISSION
                            Washington, D.C. 20549

                                   FORM 6-K

                       REPORT OF FOREIGN PRIVATE ISSUER
                     Pursuant to Rule 13a-16 or 15d-16 of
                     the Securities Exchange Act of 1934

                         For the month of July 2015

                       Commission File Number: 001-15002

                              INFOSYS LIMITED
               (Translation of registrant's name into English)

                        Electronics City, Hosur Road
                  Bengaluru - 560 100, Karnataka, India
                   (Address of principal executive offices)

Indicate by check mark whether the registrant files or will file annual reports
under cover of Form 20-F or Form 40-F.
"""


def test_dash_before_an_indian_pin_code_moves_no_street_word() -> None:
    """The dash before "560 100" is the PIN code's: the code is the zip (round 60)."""
    reg = _registrant(_SIX_K_INDIA_2015)
    assert reg["address"] == {"street": "Electronics City, Hosur Road",
                              "city": "Bengaluru", "state": "Karnataka", "zip": "560 100"}


def test_dash_before_a_pin_code_with_a_district_before_the_city() -> None:
    cover = _SIX_K_INDIA_2015.replace(
        "Electronics City, Hosur Road", "HDFC Bank House, Senapati Bapat Marg").replace(
        "Bengaluru - 560 100, Karnataka, India", "Lower Parel, Mumbai - 400 013, India")
    reg = _registrant(cover)
    assert reg["address"] == {
        "street": "HDFC Bank House, Senapati Bapat Marg, Lower Parel",
        "city": "Mumbai", "state": "India", "zip": "400 013"}


def test_colombian_house_number_dash_keeps_bogota_the_city() -> None:
    """ "No. 71 - 21" is a Colombian house number; "Bogota" stays the city."""
    cover = _SIX_K_INDIA_2015.replace(
        "Electronics City, Hosur Road", "Carrera 7 No. 71 - 21").replace(
        "Bengaluru - 560 100, Karnataka, India", "Bogota, D.C. - Colombia")
    reg = _registrant(cover)
    assert reg["address"] is not None
    assert reg["address"]["street"] == "Carrera 7 No. 71 - 21"
    assert reg["address"]["city"] == "Bogota"


_TEN_K_WINSTON_SALEM_1998 = """
                      SECURITIES AND EXCHANGE COMMISSION
                            Washington, D.C. 20549

                                   FORM 10-K

          ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE
                    SECURITIES EXCHANGE ACT OF 1934

              For the fiscal year ended December 31, 1997

                       Commission File Number: 0-17224

                        PIEDMONT TEXTILE CORPORATION
           (Exact name of registrant as specified in its charter)

            North Carolina                           56-1234567
  (State of incorporation)             (I.R.S. Employer Identification No.)

                     One Ravinia Drive, Suite 1000
                  Winston - Salem, North Carolina 27101
                 (Address of principal executive offices)

Registrant's telephone number, including area code: (336) 555-1212

Indicate by check mark whether the registrant (1) has filed all reports required
"""


def test_dash_inside_a_city_name_keeps_the_city_whole() -> None:
    reg = _registrant(_TEN_K_WINSTON_SALEM_1998)
    assert reg["address"] == {"street": "One Ravinia Drive, Suite 1000",
                              "city": "Winston - Salem", "state": "North Carolina",
                              "zip": "27101"}


def test_number_alone_over_the_caption_gives_way_to_the_telephone_caption() -> None:
    """A number alone over the address caption is no part of the address, but the
    registrant's telephone is the one its own caption gives."""
    cover = _TEN_K_WINSTON_SALEM_1998.replace(
        "                  Winston - Salem, North Carolina 27101\n",
        "                  Winston-Salem, North Carolina 27101\n"
        "                          (336) 555-9999\n")
    reg = _registrant(cover)
    assert reg["phone"] == "(336) 555-1212"
