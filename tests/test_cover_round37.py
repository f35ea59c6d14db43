"""Cover page, round 37: 1990s covers typed with dot leaders between a value and the next
column, Chinese, Taiwanese and Korean telephone numbers with their codes bracketed together
("(86-21) 6133-0808") or all in dashes, Chinese provinces printed without "Province", a
registration statement's address block whose caption names the zip code, a state typed with
its entity's form ("a Nevada corporation"), and 12(b) classes printed over their series.

Each cover is written as filings of its era print it.
"""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from support import validate


def _record(text: str, name: str = "cover.txt") -> dict[str, Any]:
    return validate(parse(text.encode(), name))


def _registrant(text: str, name: str = "cover.txt") -> dict[str, Any]:
    (reg,) = _record(text, name)["registrants"]
    return reg


_TEN_Q_1996 = """
                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                                   FORM 10-Q

(Mark One)
   [X]  QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES
        EXCHANGE ACT OF 1934

For the quarterly period ended..........................September 30, 1996

                                      OR

   [ ]  TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES
        EXCHANGE ACT OF 1934

For the transition period from.............to.............

Commission file number..................................0-13150

                              CONCORD EFS, INC.
.............................................................................
           (Exact name of registrant as specified in its charter)

Delaware.........................................................04-2462252
(State or other jurisdiction of                           (I.R.S. Employer
incorporation or organization)                          Identification No.)

2525 Horizon Lake Drive, Suite 120, Memphis, Tennessee................38133
(Address of principal executive offices)                         (Zip Code)

(Registrant's telephone number, including area code)..........(901) 371-8000

     Indicate by check mark whether the registrant (1) has filed all reports
required to be filed by Section 13 or 15(d) of the Securities Exchange Act of
1934 during the preceding 12 months (or for such shorter period that the
registrant was required to file such reports), and (2) has been subject to such
filing requirements for the past 90 days.  Yes  X   No
                                               ---    ---
"""


def test_dot_leaders_part_a_value_from_the_next_column() -> None:
    reg = _registrant(_TEN_Q_1996)
    assert reg["state_of_incorporation"] == "Delaware"
    assert reg["irs_employer_id"] == "04-2462252"
    assert reg["commission_file_number"] == "0-13150"
    assert reg["address"] == {"street": "2525 Horizon Lake Drive, Suite 120",
                              "city": "Memphis", "state": "Tennessee", "zip": "38133"}


def test_spaced_dot_leaders_part_columns_too() -> None:
    cover = _TEN_Q_1996.replace(
        "Delaware.........................................................04-2462252",
        "Delaware . . . . . . . . . . . . . . . . . . . . . . . . . . . . 04-2462252")
    reg = _registrant(cover)
    assert reg["state_of_incorporation"] == "Delaware"
    assert reg["irs_employer_id"] == "04-2462252"


_SIX_K_2011 = """
                                 UNITED STATES
                      SECURITIES AND EXCHANGE COMMISSION
                            Washington, D.C. 20549

                                   FORM 6-K

                       REPORT OF FOREIGN PRIVATE ISSUER
                    PURSUANT TO RULE 13a-16 OR 15d-16 UNDER
                      THE SECURITIES EXCHANGE ACT OF 1934

                          For the month of March 2011

                        Commission File Number 001-33765

                          CHINA SUNERGY CO., LTD.
                (Translation of registrant's name into English)

                           No. 123 Focheng West Road
                   Jiangning Economic & Technical Development Zone
                   Nanjing, Jiangsu 211100, People's Republic of China
                         Telephone: (86-25) 5276-6666
                   (Address of principal executive offices)

     Indicate by check mark whether the registrant files or will file annual
reports under cover of Form 20-F or Form 40-F.

                  Form 20-F   X          Form 40-F
                            -----                 -----
"""


def test_chinese_number_with_codes_bracketed_together_is_the_phone() -> None:
    assert _registrant(_SIX_K_2011)["phone"] == "(86-25) 5276-6666"


def test_chinese_province_without_the_word_province_is_the_state() -> None:
    assert _registrant(_SIX_K_2011)["address"] == {
        "street": "No. 123 Focheng West Road, Jiangning Economic & Technical Development Zone",
        "city": "Nanjing", "state": "Jiangsu", "zip": "211100"}


_EIGHT_K_2010 = """
                                  UNITED STATES
                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

                                    FORM 8-K

                                 CURRENT REPORT
                     Pursuant to Section 13 or 15(d) of the
                        Securities Exchange Act of 1934

       Date of Report (Date of earliest event reported): August 16, 2010

                           CHINA COMMERCIAL HOLDINGS, INC.
             (Exact name of registrant as specified in its charter)

          Nevada                      000-52341                 98-0512345
(State or other jurisdiction   (Commission File Number)    (IRS Employer
     of incorporation)                                    Identification No.)

        No. 18 Xinhua Road, Hangzhou, Zhejiang 310003, P.R. China
              (Address of principal executive offices) (Zip Code)

       Registrant's telephone number, including area code: (86-571) 8502-2088

                                       N/A
         (Former name or former address, if changed since last report)
"""


def test_bracketed_codes_after_the_telephone_caption() -> None:
    reg = _registrant(_EIGHT_K_2010)
    assert reg["phone"] == "(86-571) 8502-2088"
    assert reg["address"] == {"street": "No. 18 Xinhua Road", "city": "Hangzhou",
                              "state": "Zhejiang", "zip": "310003"}


def test_codes_in_dashes_after_the_telephone_caption() -> None:
    cover = _EIGHT_K_2010.replace("(86-571) 8502-2088", "86-571-8502-2088")
    assert _registrant(cover)["phone"] == "86-571-8502-2088"


def test_state_typed_with_its_entity_form() -> None:
    cover = _EIGHT_K_2010.replace("          Nevada            ", "   a Nevada corporation   ")
    assert _registrant(cover)["state_of_incorporation"] == "Nevada"


_F_ONE_2010 = """
      As filed with the Securities and Exchange Commission on June 9, 2010
                                                     Registration No. 333-
                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549
                                    FORM F-1
                             REGISTRATION STATEMENT
                                     UNDER
                           THE SECURITIES ACT OF 1933

                            DRAGON EDUCATION LIMITED
             (Exact name of registrant as specified in its charter)

     Cayman Islands                     8200                  Not Applicable
(State or other jurisdiction (Primary Standard Industrial     (I.R.S. Employer
    of incorporation or       Classification Code Number)  Identification Number)
      organization)

                  18/F, Tower B, 8 Jianguomenwai Avenue
                    Beijing 100022, People's Republic of China
                              (86-10) 6588-1234
    (Address, including zip code, and telephone number, including area code,
                  of registrant's principal executive offices)

                             Law Debenture Corporate Services Inc.
                          400 Madison Avenue, 4th Floor
                           New York, New York 10017
                                (212) 750-6474
 (Name, address, including zip code, and telephone number, including area code,
                             of agent for service)
"""


def test_address_block_with_no_zip_at_its_end_keeps_its_street() -> None:
    reg = _registrant(_F_ONE_2010)
    assert reg["address"] == {
        "street": "18/F, Tower B, 8 Jianguomenwai Avenue", "city": "Beijing",
        "state": "People's Republic of China", "zip": "100022"}


def test_bracketed_codes_closing_an_address_block() -> None:
    assert _registrant(_F_ONE_2010)["phone"] == "(86-10) 6588-1234"


_TEN_K_1995 = """
                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                                   FORM 10-K

[X]  ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT
     OF 1934

For the fiscal year ended December 31, 1995

                         Commission file number 1-3187

                          HOUSTON LIGHTING & POWER COMPANY
             (Exact name of registrant as specified in its charter)

               Texas                                    74-0694415
     (State or other jurisdiction of                 (I.R.S. Employer
     incorporation or organization)                  Identification No.)

     611 Walker Avenue, Houston, Texas                     77002
   (Address of principal executive offices)              (Zip Code)

       Registrant's telephone number, including area code: (713) 228-9211

          Securities registered pursuant to Section 12(b) of the Act:

                                                       Name of each exchange
           Title of each class                          on which registered
           -------------------                         ---------------------
Common Stock, without par value                       New York Stock Exchange
Cumulative Preferred Stock, no par value:
     $4.00 Series                                     New York Stock Exchange
     $6.72 Series                                     New York Stock Exchange
     $7.52 Series                                     New York Stock Exchange

          Securities registered pursuant to Section 12(g) of the Act: None
"""


def test_series_indented_under_their_class_take_its_title() -> None:
    titles = [s["title"] for s in _record(_TEN_K_1995)["securities"]]
    assert titles == ["Common Stock, without par value",
                      "Cumulative Preferred Stock, no par value: $4.00 Series",
                      "Cumulative Preferred Stock, no par value: $6.72 Series",
                      "Cumulative Preferred Stock, no par value: $7.52 Series"]


_TEN_K_2012_HTML = """<html><body>
<p align="center"><b>UNITED STATES<br>SECURITIES AND EXCHANGE COMMISSION</b><br>
Washington, D.C. 20549</p>
<p align="center"><b>FORM 10-K</b></p>
<p>&#9746; ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF
1934</p>
<p align="center">For the fiscal year ended December 31, 2012</p>
<p align="center">Commission File Number 1-6468</p>
<p align="center"><b>GEORGIA POWER COMPANY</b><br>(Exact name of registrant as specified in
its charter)</p>
<p align="center">Securities registered pursuant to Section 12(b) of the Act:</p>
<table width="100%">
<tr><td>Title of each class</td><td>Name of each exchange on which registered</td></tr>
<tr><td>Class A Preferred Stock, non-cumulative, Par value $25 stated capital:</td><td></td></tr>
<tr><td>6 1/8% Series</td><td>New York Stock Exchange</td></tr>
<tr><td>6.5% Series 2007A</td><td>New York Stock Exchange</td></tr>
<tr><td>5.70% Senior Notes, Series 2007D</td><td>New York Stock Exchange</td></tr>
</table>
<p align="center">Securities registered pursuant to Section 12(g) of the Act: None</p>
</body></html>
"""


def test_series_rows_under_a_class_row_in_cells() -> None:
    titles = [s["title"] for s in _record(_TEN_K_2012_HTML, "cover.htm")["securities"]]
    assert titles == [
        "Class A Preferred Stock, non-cumulative, Par value $25 stated capital: 6 1/8% Series",
        "Class A Preferred Stock, non-cumulative, Par value $25 stated capital: 6.5% Series "
        "2007A",
        "5.70% Senior Notes, Series 2007D"]


def test_an_entity_form_with_no_state_stays_as_printed() -> None:
    # audit: the article alone once made "a limited partnership" the state "limited"
    for typed, state in (("a limited partnership", "a limited partnership"),
                         ("a bank holding company", "a bank holding company"),
                         ("a Delaware general partnership", "Delaware")):
        cover = _EIGHT_K_2010.replace("          Nevada            ", f"   {typed}   ")
        assert _registrant(cover)["state_of_incorporation"] == state, typed


def test_a_province_named_city_after_its_street_stays_the_city() -> None:
    # audit: Jilin is a city and a province; after a street it is the city, as before
    cover = _SIX_K_2011.replace(
        "                   Nanjing, Jiangsu 211100, People's Republic of China",
        "          No. 5 Jiefang Road, Jilin 132000, People's Republic of China")
    address = _registrant(cover)["address"]
    assert (address["city"], address["zip"]) == ("Jilin", "132000")
    assert address["street"].endswith("No. 5 Jiefang Road")
