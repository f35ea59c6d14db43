"""Cover page, round 30: an address typed one paragraph a line (street, suite, city each a
<p> or a spaced <div> of its own, blank lines between once rendered), and an address of four
lines with a building's name over its street.

Each cover is written as filings of its era print it.
"""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from support import submission, validate

# a 2010s HTML 8-K cover down to the address; the address block and the rest follow
_HEAD = """<html><body>
<p style="margin:0pt;text-align:center"><b>UNITED STATES</b></p>
<p style="margin:0pt;text-align:center"><b>SECURITIES AND EXCHANGE COMMISSION</b></p>
<p style="margin:0pt;text-align:center"><b>Washington, D.C. 20549</b></p>
<p style="margin-top:12pt;text-align:center"><b>FORM 8-K</b></p>
<p style="margin-top:12pt;text-align:center"><b>CURRENT REPORT</b><br>
Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934</p>
<p style="margin-top:12pt;text-align:center">Date of Report (Date of earliest event reported):
March 3, 2015</p>
<p style="margin-top:12pt;margin-bottom:0pt;text-align:center"><b>FIVE BELOW, INC.</b></p>
<p style="margin-top:0pt;text-align:center">(Exact name of registrant as specified in its
charter)</p>
<table width="100%" cellpadding="0" cellspacing="0">
<tr><td width="33%" align="center">Pennsylvania</td><td width="33%" align="center">001-35600</td>
<td width="34%" align="center">75-3000378</td></tr>
<tr><td align="center">(State or other jurisdiction<br>of incorporation)</td>
<td align="center">(Commission<br>File Number)</td>
<td align="center">(IRS Employer<br>Identification No.)</td></tr>
</table>
"""

_TAIL = """
<p style="margin-top:12pt;text-align:center">Registrant&#8217;s telephone number, including
area code: (215) 546-7909</p>
<p style="margin-top:12pt;text-align:center">Not Applicable<br>(Former name or former address,
if changed since last report)</p>
<p style="margin-top:12pt"><b>Item 8.01 Other Events.</b></p>
<p>On March 3, 2015, the Company announced the results of its fourth quarter.</p>
</body></html>"""


def _registrant(address_block: str) -> dict[str, Any]:
    record = validate(parse(submission(_HEAD + address_block + _TAIL), "cover.txt"))
    (registrant,) = record["registrants"]
    return registrant


def test_street_suite_and_city_each_a_paragraph() -> None:
    # each line its own <p> with a top margin: blank lines between them once rendered
    registrant = _registrant("""
<p style="margin-top:12pt;margin-bottom:0pt;text-align:center">1818 Market Street</p>
<p style="margin-top:6pt;margin-bottom:0pt;text-align:center">Suite 2000</p>
<p style="margin-top:6pt;margin-bottom:0pt;text-align:center">Philadelphia, PA 19103</p>
<p style="margin-top:0pt;text-align:center">(Address of principal executive offices)
(Zip Code)</p>""")
    assert registrant["address"] == {"street": "1818 Market Street, Suite 2000",
                                     "city": "Philadelphia", "state": "PA", "zip": "19103"}
    assert registrant["phone"] == "(215) 546-7909"


def test_four_line_address_with_a_building_name_in_paragraphs() -> None:
    registrant = _registrant("""
<p style="margin-top:12pt;margin-bottom:0pt;text-align:center">Two Liberty Place</p>
<p style="margin-top:6pt;margin-bottom:0pt;text-align:center">50 South 16th Street</p>
<p style="margin-top:6pt;margin-bottom:0pt;text-align:center">Suite 2800</p>
<p style="margin-top:6pt;margin-bottom:0pt;text-align:center">Philadelphia, Pennsylvania
19102</p>
<p style="margin-top:0pt;text-align:center">(Address of principal executive offices,
including zip code)</p>""")
    assert registrant["address"] == {
        "street": "Two Liberty Place, 50 South 16th Street, Suite 2800",
        "city": "Philadelphia", "state": "Pennsylvania", "zip": "19102"}


def test_four_line_address_in_left_aligned_spaced_divs() -> None:
    # Workiva: left-aligned <div>s 6pt apart, a named building over its street
    registrant = _registrant("""
<div style="margin-top:6pt">Wells Fargo Center</div>
<div style="margin-top:6pt">1700 Lincoln Street</div>
<div style="margin-top:6pt">Floor 33</div>
<div style="margin-top:6pt">Denver, Colorado 80203</div>
<div style="margin-top:6pt">(Address of principal executive offices) (Zip Code)</div>""")
    assert registrant["address"] == {
        "street": "Wells Fargo Center, 1700 Lincoln Street, Floor 33",
        "city": "Denver", "state": "Colorado", "zip": "80203"}


def test_paragraph_lines_stop_at_the_captions_above() -> None:
    # the lines end at the caption row above them; the name over its caption stays out
    registrant = _registrant("""
<p style="margin-top:12pt;margin-bottom:0pt;text-align:center">12th Floor</p>
<p style="margin-top:6pt;margin-bottom:0pt;text-align:center">Philadelphia, PA 19103</p>
<p style="margin-top:0pt;text-align:center">(Address of principal executive offices)
(Zip Code)</p>""")
    assert registrant["address"] == {"street": "12th Floor", "city": "Philadelphia",
                                     "state": "PA", "zip": "19103"}
    assert registrant["name"] == "FIVE BELOW, INC."
    assert registrant["irs_employer_id"] == "75-3000378"


_TEXT_COVER = """
                                    FORM 8-K

                                 CURRENT REPORT
                     PURSUANT TO SECTION 13 OR 15(d) OF THE
                        SECURITIES EXCHANGE ACT OF 1934

            Date of Report (Date of earliest event reported):  May 3, 1996

                           PENNZOIL COMPANY
        (Exact name of registrant as specified in its charter)

     Delaware                     1-5591                  25-0527788
(State or other jurisdiction    (Commission             (IRS Employer
   of incorporation)            File Number)           Identification No.)

                            Pennzoil Place

                          700 Milam Street

                 Houston, Texas                          77002
      (Address of principal executive offices)         (Zip Code)

  Registrant's telephone number, including area code:  (713) 546-4000

Item 5.  Other Events.

     On May 3, 1996, the Registrant announced the sale of its interest in the field.
"""


def test_double_spaced_text_address_over_a_zip_column() -> None:
    # a 1990s text cover typed double-spaced: the zip in its own column beside the city line
    record = validate(parse(submission(_TEXT_COVER), "cover.txt"))
    (registrant,) = record["registrants"]
    assert registrant["address"] == {"street": "Pennzoil Place, 700 Milam Street",
                                     "city": "Houston", "state": "Texas", "zip": "77002"}
    assert registrant["irs_employer_id"] == "25-0527788"
