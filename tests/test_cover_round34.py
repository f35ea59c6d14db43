"""Cover page, round 34: Korea's three-and-three postcode of before 2015 ("Seoul 135-791,
Korea", "Seoul, Korea 150-721"), a city and its postcode with no street line before the
country ("Tokyo 100-8310, Japan"); co-registrants whose every value carries the
registrant's name in brackets ("001-12675 (Kilroy Realty Corporation)"); the registrant's
own town and state alone under the former-name caption (no former name).

Each cover is written as filings of its era print it.
"""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from support import cover_record, validate

_ITEM = "\nItem 8.01. Other Events.\n\nOn May 1, 2012 the Company declared a dividend.\n"


def _registrants(cover: str, item: str = _ITEM) -> list[dict[str, Any]]:
    return cover_record(cover, item)["registrants"]


_KOREA_2006 = """
        Date of Report (Date of earliest event reported): May 1, 2012

                       KOREA ELECTRIC POWER CORPORATION
            (Exact name of registrant as specified in its charter)

               167 Samseong-dong, Gangnam-gu, Seoul 135-791, Korea
                   (Address of principal executive offices)
"""


def test_korean_postcode_of_three_and_three_closes_the_city() -> None:
    (reg,) = _registrants(_KOREA_2006)
    assert reg["address"] == {"street": "167 Samseong-dong, Gangnam-gu", "city": "Seoul",
                              "state": "Korea", "zip": "135-791"}


def test_korean_postcode_after_the_country() -> None:
    cover = _KOREA_2006.replace("Seoul 135-791, Korea", "Seoul, Korea 135-791")
    (reg,) = _registrants(cover)
    assert reg["address"] == {"street": "167 Samseong-dong, Gangnam-gu", "city": "Seoul",
                              "state": "Korea", "zip": "135-791"}


def test_city_and_postcode_before_the_country_with_no_street_line() -> None:
    cover = """
        Date of Report (Date of earliest event reported): May 1, 2012

                        MITSUBISHI UFJ FINANCIAL GROUP, INC.
            (Exact name of registrant as specified in its charter)

                             Tokyo 100-8330, Japan
                   (Address of principal executive offices)
"""
    (reg,) = _registrants(cover)
    assert reg["address"] == {"street": None, "city": "Tokyo", "state": "Japan",
                              "zip": "100-8330"}


# the top of a 2023 HTML 8-K cover, down to its date of report
_HTML_8K_TOP = """<html><body>
<p style="text-align:center">UNITED STATES<br>SECURITIES AND EXCHANGE COMMISSION<br>
Washington, D.C. 20549</p>
<p style="text-align:center"><b>FORM 8-K</b></p>
<p style="text-align:center">CURRENT REPORT<br>Pursuant to Section 13 or 15(d) of the
Securities Exchange Act of 1934</p>
<p style="text-align:center">Date of Report (Date of earliest event reported):
<b>February 14, 2023</b></p>
"""

_KILROY_HTML = _HTML_8K_TOP + """<table>
<tr><td colspan="3" style="text-align:center"><b>KILROY REALTY CORPORATION</b></td></tr>
<tr><td colspan="3" style="text-align:center"><b>KILROY REALTY, L.P.</b></td></tr>
<tr><td colspan="3" style="text-align:center">(Exact name of registrant as specified in its
charter)</td></tr>
<tr><td>Maryland (Kilroy Realty Corporation)</td><td>001-12675 (Kilroy Realty Corporation)</td>
<td>95-4598246 (Kilroy Realty Corporation)</td></tr>
<tr><td>Delaware (Kilroy Realty, L.P.)</td><td>000-54005 (Kilroy Realty, L.P.)</td>
<td>95-4612685 (Kilroy Realty, L.P.)</td></tr>
<tr><td>(State or other jurisdiction of incorporation)</td><td>(Commission File Number)</td>
<td>(IRS Employer Identification No.)</td></tr>
</table>
<table>
<tr><td>12200 W. Olympic Boulevard, Suite 200, Los Angeles, California</td><td>90064</td></tr>
<tr><td>(Address of principal executive offices)</td><td>(Zip Code)</td></tr>
</table>
<p style="text-align:center">(310) 481-8400<br>(Registrant's telephone number, including
area code)</p>
<p style="text-align:center">N/A<br>(Former name or former address, if changed since last
report)</p>
<p>Check the appropriate box below if the Form 8-K filing is intended to simultaneously
satisfy the filing obligation of the registrant under any of the following provisions:</p>
<p>&#9744; Written communications pursuant to Rule 425 under the Securities Act</p>
<p>Item 8.01 Other Events.</p><p>On February 14, 2023 the company declared a dividend.</p>
</body></html>"""


def _numbers(regs: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [(r["name"], r["state_of_incorporation"], r["commission_file_number"],
             r["irs_employer_id"], r["phone"]) for r in regs]


def test_co_registrants_whose_numbers_carry_their_names_rendered() -> None:
    regs = validate(parse(_KILROY_HTML.encode(), "krc-8k.htm"))["registrants"]
    assert _numbers(regs) == [
        ("Kilroy Realty Corporation", "Maryland", "001-12675", "95-4598246", "(310) 481-8400"),
        ("Kilroy Realty, L.P.", "Delaware", "000-54005", "95-4612685", "(310) 481-8400")]
    assert regs[1]["address"] == {"street": "12200 W. Olympic Boulevard, Suite 200",
                                  "city": "Los Angeles", "state": "California", "zip": "90064"}


def test_co_registrants_whose_numbers_carry_their_names_in_text() -> None:
    cover = """
       Date of Report (Date of earliest event reported): May 1, 2012

                          KILROY REALTY CORPORATION
                             KILROY REALTY, L.P.
           (Exact name of registrant as specified in its charter)

Maryland (Kilroy Realty Corporation)    001-12675 (Kilroy Realty Corporation)    95-4598246 (Kilroy Realty Corporation)
Delaware (Kilroy Realty, L.P.)          000-54005 (Kilroy Realty, L.P.)          95-4612685 (Kilroy Realty, L.P.)
  (State or other jurisdiction             (Commission File Number)                 (IRS Employer
       of incorporation)                                                          Identification No.)

              12200 W. Olympic Boulevard, Suite 200, Los Angeles, California 90064
              (Address of principal executive offices) (Zip Code)

                                (310) 481-8400
              (Registrant's telephone number, including area code)

                                     N/A
         (Former name or former address, if changed since last report.)
"""  # noqa: E501 (the cover's own width)
    assert _numbers(_registrants(cover)) == [
        ("Kilroy Realty Corporation", "Maryland", "001-12675", "95-4598246", "(310) 481-8400"),
        ("Kilroy Realty, L.P.", "Delaware", "000-54005", "95-4612685", "(310) 481-8400")]


_TEMPE_1998 = """
       Date of Report (Date of earliest event reported): May 1, 1998

                         INSIGHT ENTERPRISES, INC.
           (Exact name of registrant as specified in its charter)

    Delaware                         0-25092                    86-0766246
(State or other jurisdiction      (Commission               (I.R.S. Employer
 of incorporation)                File Number)              Identification No.)

         6820 South Harl Avenue, Tempe, Arizona                 85283
   (Address of principal executive offices)                  (Zip Code)

                              (602) 902-1001
              (Registrant's telephone number, including area code)

                            Tempe, Arizona
   (Former name or former address, if changed since last report)
"""


def test_own_town_under_the_former_name_caption_is_no_former_name() -> None:
    (reg,) = _registrants(_TEMPE_1998, "\nItem 5. Other Events.\n\nOn May 1, 1998 ...\n")
    assert reg["address"] == {"street": "6820 South Harl Avenue", "city": "Tempe",
                              "state": "Arizona", "zip": "85283"}
    assert reg["former_name"] is None
    # a firm named like a town elsewhere stays the former name
    cover = _TEMPE_1998.replace("                            Tempe, Arizona\n",
                                "                         Westar, Kansas\n")
    (reg,) = _registrants(cover, "\nItem 5. Other Events.\n\nOn May 1, 1998 ...\n")
    assert reg["former_name"] == "Westar, Kansas"


_BDC_HTML = _HTML_8K_TOP + """<table>
<tr><td colspan="3" style="text-align:center"><b>NORTHSTAR PRIVATE CREDIT INCOME FUND</b></td>
</tr>
<tr><td colspan="3" style="text-align:center">(Exact name of registrant as specified in its
charter)</td></tr>
<tr><td>Delaware</td><td>333-258155 (1933 Act)</td><td>87-2358745</td></tr>
<tr><td></td><td>814-01420 (1940 Act)</td><td></td></tr>
<tr><td>(State or other jurisdiction of incorporation)</td><td>(Commission File Number)</td>
<td>(IRS Employer Identification No.)</td></tr>
</table>
<table>
<tr><td>9 West 57th Street, Suite 4920, New York, New York</td><td>10019</td></tr>
<tr><td>(Address of principal executive offices)</td><td>(Zip Code)</td></tr>
</table>
<p style="text-align:center">(212) 515-3450<br>(Registrant's telephone number, including
area code)</p>
<p style="text-align:center">Not Applicable<br>(Former name or former address, if changed
since last report)</p>
<p>Item 7.01 Regulation FD Disclosure.</p><p>On February 14, 2023 the Fund issued a letter
to its shareholders.</p>
</body></html>"""


def test_fund_numbers_under_the_act_are_one_registrants() -> None:
    # "333-... (1933 Act)" over "814-... (1940 Act)": a BDC's two numbers, not two registrants
    regs = validate(parse(_BDC_HTML.encode(), "bdc-8k.htm"))["registrants"]
    assert [(r["name"], r["irs_employer_id"]) for r in regs] == [
        ("NORTHSTAR PRIVATE CREDIT INCOME FUND", "87-2358745")]
    assert regs[0]["address"] == {"street": "9 West 57th Street, Suite 4920",
                                  "city": "New York", "state": "New York", "zip": "10019"}
    cover = """
       Date of Report (Date of earliest event reported): May 1, 1996

                        PILGRIM AMERICA PRIME RATE TRUST
           (Exact name of registrant as specified in its charter)

Massachusetts                         33-12345 (1933 Act)                   86-0670679
                                      811-5410 (1940 Act)
  (State or other jurisdiction          (Commission File Number)            (IRS Employer
       of incorporation)                                                  Identification No.)

            Two Renaissance Square, 40 North Central Avenue, Suite 1200
                         Phoenix, Arizona 85004-4424
              (Address of principal executive offices) (Zip Code)
"""
    regs = _registrants(cover, "\nItem 5. Other Events.\n\nOn May 1, 1996 ...\n")
    assert [(r["name"], r["irs_employer_id"]) for r in regs] == [
        ("PILGRIM AMERICA PRIME RATE TRUST", "86-0670679")]


def test_a_guarantors_number_row_is_no_registrant_of_its_own() -> None:
    cover = """
       Date of Report (Date of earliest event reported): May 1, 2012

                          ACME HOLDINGS CORPORATION
           (Exact name of registrant as specified in its charter)

Delaware                             1-12345 (Registrant)                   04-1234567
                                     1-12346 (Guarantor)                    04-7654321
  (State or other jurisdiction         (Commission File Number)             (IRS Employer
       of incorporation)                                                  Identification No.)

              One Federal Street, Boston, Massachusetts 02110
              (Address of principal executive offices) (Zip Code)
"""
    regs = _registrants(cover)
    assert [(r["name"], r["state_of_incorporation"]) for r in regs] == [
        ("ACME HOLDINGS CORPORATION", "Delaware")]


_SINGAPORE_2012 = """
        Date of Report (Date of earliest event reported): May 1, 2012

                       PACIFIC VEGAS GLOBAL STRATEGIES LIMITED
            (Exact name of registrant as specified in its charter)

               One Raffles Place, Units 201-203, Singapore
                   (Address of principal executive offices)
"""


def test_a_plural_units_range_is_no_postcode() -> None:
    (reg,) = _registrants(_SINGAPORE_2012)
    assert reg["address"] == {"street": "One Raffles Place, Units 201-203",
                              "city": "Singapore", "state": None, "zip": None}
    cover = _SINGAPORE_2012.replace("One Raffles Place, Units 201-203, Singapore",
                                    "88 Queensway, Suites 101-103 Admiralty Hong Kong")
    (reg,) = _registrants(cover)
    assert reg["address"]["zip"] is None
    assert reg["address"]["street"] == "88 Queensway, Suites 101-103 Admiralty"


def test_a_street_ending_in_its_house_number_before_the_country_keeps_it() -> None:
    cover = _SINGAPORE_2012.replace("One Raffles Place, Units 201-203, Singapore",
                                    "Avenida Paulista 1842, Brazil")
    (reg,) = _registrants(cover)
    assert reg["address"]["street"] == "Avenida Paulista 1842"
    assert reg["address"]["zip"] is None
    cover = _SINGAPORE_2012.replace("One Raffles Place, Units 201-203, Singapore",
                                    "Kurfuerstendamm 123-125, Germany")
    (reg,) = _registrants(cover)
    assert reg["address"]["street"] == "Kurfuerstendamm 123-125"
    assert reg["address"]["zip"] is None
    # a city and its code of the country's form is still cut
    cover = _SINGAPORE_2012.replace("One Raffles Place, Units 201-203, Singapore",
                                    "Herzliya Pituach 4673300, Israel")
    (reg,) = _registrants(cover)
    assert reg["address"] == {"street": None, "city": "Herzliya Pituach", "state": "Israel",
                              "zip": "4673300"}
