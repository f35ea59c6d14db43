"""Cover page, round 32 (second pass): 2019+ HTML covers, foreign issuers' covers and
co-registrant tables.

Each cover is written as filings of its era print it: a Workiva / Toppan Merrill 8-K of 2019
on, with no iXBRL tags (many filers' 8-Ks are plain HTML), its values over their captions in
table cells and a suite's line stacked over the city's by a <br>.
"""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from support import form_record, validate

_HTML_8K = """<html><body>
<p style="text-align:center">UNITED STATES<br>SECURITIES AND EXCHANGE COMMISSION<br>
Washington, D.C. 20549</p>
<p style="text-align:center"><b>FORM 8-K</b></p>
<p style="text-align:center">CURRENT REPORT<br>Pursuant to Section 13 or 15(d) of the
Securities Exchange Act of 1934</p>
<p style="text-align:center">Date of Report (Date of earliest event reported): March 4, 2021</p>
<p style="text-align:center"><b>SUMMIT HOTEL PROPERTIES, INC.</b></p>
<p style="text-align:center">(Exact name of registrant as specified in its charter)</p>
<table>
<tr><td style="text-align:center">Maryland</td><td></td>
<td style="text-align:center">001-35074</td><td></td>
<td style="text-align:center">27-2962512</td></tr>
<tr><td style="text-align:center">(State or other jurisdiction<br>of incorporation)</td><td></td>
<td style="text-align:center">(Commission<br>File Number)</td><td></td>
<td style="text-align:center">(IRS Employer<br>Identification No.)</td></tr>
</table>
<table>
%s
</table>
<p style="text-align:center">(512) 538-2300<br>(Registrant's telephone number, including area
code)</p>
<p style="text-align:center">Not Applicable<br>(Former name or former address, if changed since
last report)</p>
<p>Check the appropriate box below if the Form 8-K filing is intended to simultaneously satisfy
the filing obligation of the registrant under any of the following provisions:</p>
<table>
<tr><td>&#9744;</td><td>Written communications pursuant to Rule 425 under the Securities Act
(17 CFR 230.425)</td></tr>
</table>
<p>Securities registered pursuant to Section 12(b) of the Act:</p>
<table>
<tr><td>Title of each class</td><td>Trading Symbol(s)</td><td>Name of each exchange on which
registered</td></tr>
<tr><td>Common Stock, $0.01 par value per share</td><td>INN</td><td>New York Stock
Exchange</td></tr>
</table>
<p>Emerging growth company &#9744;</p>
<p><b>Item 7.01 Regulation FD Disclosure.</b></p>
<p>On March 4, 2021, the Company posted an investor presentation on its website.</p>
</body></html>"""


def _address(rows: str) -> dict[str, Any]:
    record = validate(parse((_HTML_8K % rows).encode(), "inn-20210304.htm"))
    (registrant,) = record["registrants"]
    assert registrant["phone"] == "(512) 538-2300"
    return registrant["address"]


def test_lettered_suite_over_the_city_in_one_cell_stays_in_the_street() -> None:
    # the <br> between the suite and the city renders as a space inside the cell
    address = _address("""
<tr><td>13215 Bee Cave Parkway, Suite B-300<br>Austin, TX</td><td>78738</td></tr>
<tr><td>(Address of principal executive offices)</td><td>(Zip Code)</td></tr>""")
    assert address == {"street": "13215 Bee Cave Parkway, Suite B-300", "city": "Austin",
                       "state": "TX", "zip": "78738"}


def test_suite_cell_beside_the_city_cell_stays_in_the_street() -> None:
    address = _address("""
<tr><td>11 Madison Avenue, Suites 1200-1210</td><td>New York, New York</td><td>10010</td></tr>
<tr><td colspan="2">(Address of principal executive offices)</td><td>(Zip Code)</td></tr>""")
    assert address == {"street": "11 Madison Avenue, Suites 1200-1210", "city": "New York",
                       "state": "New York", "zip": "10010"}


def test_numbered_unit_after_the_street_word_run_into_the_city() -> None:
    # "#400" and "Bldg. 2" after the street's name are units, no part of the city's name
    address = _address("""
<tr><td>2500 Sand Hill Road #400<br>Menlo Park, California</td><td>94025</td></tr>
<tr><td>(Address of principal executive offices)</td><td>(Zip Code)</td></tr>""")
    assert address == {"street": "2500 Sand Hill Road #400", "city": "Menlo Park",
                       "state": "California", "zip": "94025"}
    address = _address("""
<tr><td>1 Research Court, Bldg. 2<br>Rockville, MD</td><td>20850</td></tr>
<tr><td>(Address of principal executive offices)</td><td>(Zip Code)</td></tr>""")
    assert address == {"street": "1 Research Court, Bldg. 2", "city": "Rockville",
                       "state": "MD", "zip": "20850"}




# a 1990s utility holding company's 10-K: its subsidiaries' rows, then the one address and
# telephone they share, printed once under the last row
_AEP_1997 = """
                                    FORM 10-K

[X]  ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES
     EXCHANGE ACT OF 1934

For the fiscal year ended December 31, 1996

Commission    Registrants; States of Incorporation;                I.R.S. Employer
File Number   Address and Telephone Number                         Identification Nos.
-----------   ------------------------------------                 -------------------

1-3525        AMERICAN ELECTRIC POWER COMPANY, INC.                    13-4922640
              (A New York Corporation)
1-3457        APPALACHIAN POWER COMPANY                                54-0124790
              (A Virginia Corporation)
1-2680        INDIANA MICHIGAN POWER COMPANY                           35-0410455
              (An Indiana Corporation)
              1 Riverside Plaza, Columbus, Ohio 43215
              Telephone (614) 223-1000

Securities registered pursuant to Section 12(b) of the Act:

PART I

Item 1.  Business

     American Electric Power Company, Inc. is a public utility holding company.
"""


def test_address_printed_once_under_the_registrant_rows_is_every_registrants() -> None:
    registrants = form_record("10-K", _AEP_1997, "19970321")["registrants"]
    assert [(r["name"], r["state_of_incorporation"], r["irs_employer_id"])
            for r in registrants] == [
        ("AMERICAN ELECTRIC POWER COMPANY, INC.", "New York", "13-4922640"),
        ("APPALACHIAN POWER COMPANY", "Virginia", "54-0124790"),
        ("INDIANA MICHIGAN POWER COMPANY", "Indiana", "35-0410455")]
    for registrant in registrants:
        assert registrant["address"] == {"street": "1 Riverside Plaza", "city": "Columbus",
                                         "state": "Ohio", "zip": "43215"}
        assert registrant["phone"] == "(614) 223-1000"
    # a row printing an address of its own: no address is printed once for all
    text = _AEP_1997.replace("""(A Virginia Corporation)
""", """(A Virginia Corporation)
              40 Franklin Road, S.W., Roanoke, Virginia 24011
              Telephone (540) 985-2300
""")
    first, second, third = form_record("10-K", text, "19970321")["registrants"]
    assert first["address"] is None and first["phone"] is None
    assert second["address"]["city"] == "Roanoke" and second["phone"] == "(540) 985-2300"
    assert third["address"]["city"] == "Columbus" and third["phone"] == "(614) 223-1000"


# a 2020s combined 10-K's registrant table, each cell holding the name, the state, the
# address, the telephone and the IRS number after its caption
_DUKE_2020 = """<html><body>
<p style="text-align:center"><b>FORM 10-K</b></p>
<p>&#9746; ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF
1934</p>
<p style="text-align:center">For the fiscal year ended December 31, 2019</p>
<table>
<tr><td>Commission File Number</td><td>Registrant, State of Incorporation or Organization,
Address of Principal Executive Offices, Telephone Number and IRS Employer Identification
No.</td></tr>
<tr><td>1-32853</td><td><p>DUKE ENERGY CORPORATION</p><p>(a Delaware corporation)</p>
<p>526 South Church Street</p><p>Charlotte, North Carolina 28202-1803</p><p>704-382-3853</p>
<p>IRS Employer Identification No. 20-2777218</p></td></tr>
<tr><td>1-4928</td><td><p>DUKE ENERGY CAROLINAS, LLC</p><p>(a North Carolina limited liability
company)</p><p>526 South Church Street</p><p>Charlotte, North Carolina 28202-1803</p>
<p>704-382-3853</p><p>IRS Employer Identification No. 56-0205520</p></td></tr>
</table>
<p>SECURITIES REGISTERED PURSUANT TO SECTION 12(b) OF THE ACT:</p>
<p><b>PART I</b></p>
<p><b>Item 1. Business</b></p>
<p>Duke Energy Corporation is an energy company headquartered in Charlotte.</p>
</body></html>"""


def test_irs_caption_inside_a_registrant_cell_is_no_part_of_the_address() -> None:
    record = validate(parse(_DUKE_2020.encode(), "duk-20191231.htm"))
    first, second = record["registrants"]
    assert (first["name"], first["commission_file_number"], first["irs_employer_id"]) == (
        "DUKE ENERGY CORPORATION", "1-32853", "20-2777218")
    assert (second["name"], second["state_of_incorporation"], second["irs_employer_id"]) == (
        "DUKE ENERGY CAROLINAS, LLC", "North Carolina", "56-0205520")
    for registrant in (first, second):
        assert registrant["address"] == {"street": "526 South Church Street",
                                         "city": "Charlotte", "state": "North Carolina",
                                         "zip": "28202-1803"}
        assert registrant["phone"] == "704-382-3853"
