"""Cover page, round 28: co-registrants' names stacked over one caption, dates in columns.

Each cover is written as filings of its era print it.
"""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from support import cover_record, validate

_ITEM = """
Item 5.  Other Events.

     On February 12, 2004, the Registrants announced ...
"""


def _record(cover: str) -> dict[str, Any]:
    return cover_record(cover, _ITEM)


def _html(body: str) -> dict[str, Any]:
    page = ("<html><body><p style='text-align:center'>UNITED STATES<br/>SECURITIES AND EXCHANGE"
            " COMMISSION<br/>Washington, D.C. 20549</p><p style='text-align:center'><b>FORM"
            " 8-K</b></p><p style='text-align:center'>CURRENT REPORT<br/>Pursuant to Section 13"
            " or 15(d)<br/>of the Securities Exchange Act of 1934</p>" + body +
            "<p>Check the appropriate box below if the Form 8-K filing is intended to"
            " simultaneously satisfy the filing obligation of the registrant under any of the"
            " following provisions:</p><p>Item 8.01 Other Events.</p><p>On July 25, 2024 ...</p>"
            "</body></html>")
    return validate(parse(page.encode(), "cover.htm"))


# a REIT and its operating partnership (FelCor 2004): both names over one caption, then one
# row of numbers each, with no name in the rows
_FELCOR = """       Date of Report (Date of earliest event reported): February 12, 2004

                        FELCOR LODGING TRUST INCORPORATED
                        FELCOR LODGING LIMITED PARTNERSHIP
             (Exact name of registrant as specified in its charter)

      Maryland                     1-14236                    75-2541756
      Delaware                     333-39595                  75-2544994
(State or other jurisdiction     (Commission File          (IRS Employer
    of incorporation)                Number)            Identification No.)

       545 E. John Carpenter Frwy., Suite 1300
               Irving, Texas                                    75062
  (Address of principal executive offices)                   (Zip Code)

     Registrant's telephone number, including area code: (972) 444-4900

                                 Not Applicable
          (Former name or former address, if changed since last report)
"""


def test_stacked_names_over_one_caption_text() -> None:
    regs = _record(_FELCOR)["registrants"]
    assert [(r["name"], r["state_of_incorporation"], r["commission_file_number"],
             r["irs_employer_id"]) for r in regs] == [
        ("FELCOR LODGING TRUST INCORPORATED", "Maryland", "1-14236", "75-2541756"),
        ("FELCOR LODGING LIMITED PARTNERSHIP", "Delaware", "333-39595", "75-2544994")]
    assert all(r["address"]["city"] == "Irving" and r["phone"] == "(972) 444-4900"
               for r in regs)
    # a long name wrapped at a legal word is one registrant's (A&P), not two
    rec = _record(_FELCOR.replace(
        "FELCOR LODGING TRUST INCORPORATED\n                        FELCOR LODGING LIMITED "
        "PARTNERSHIP", "THE GREAT ATLANTIC & PACIFIC TEA\n                        COMPANY, INC."))
    assert rec["registrants"][0]["name"] == "THE GREAT ATLANTIC & PACIFIC TEA COMPANY, INC."


def test_stacked_names_over_one_caption_html() -> None:
    regs = _html("""
<p style="text-align:center">Date of Report (Date of earliest event reported): July 25, 2024</p>
<p style="text-align:center"><b>ESSEX PROPERTY TRUST, INC.</b><br/><b>ESSEX PORTFOLIO, L.P.</b>
<br/>(Exact name of registrant as specified in its charter)</p>
<table>
<tr><td>Maryland</td><td>001-13106</td><td>77-0369576</td></tr>
<tr><td>California</td><td>333-44467-01</td><td>77-0369575</td></tr>
<tr><td>(State or other jurisdiction of incorporation or organization)</td>
<td>(Commission File Number)</td><td>(I.R.S. Employer Identification No.)</td></tr>
</table>
<p style="text-align:center">1100 Park Place, Suite 200<br/>San Mateo, California 94403<br/>
(Address of principal executive offices) (Zip Code)</p>
<p style="text-align:center">(650) 655-7800<br/>
(Registrant&#8217;s telephone number, including area code)</p>""")["registrants"]
    assert [(r["name"], r["state_of_incorporation"], r["commission_file_number"])
            for r in regs] == [("ESSEX PROPERTY TRUST, INC.", "Maryland", "001-13106"),
                               ("ESSEX PORTFOLIO, L.P.", "California", "333-44467-01")]


def test_report_and_event_dates_in_columns() -> None:
    # the combined caption in two columns, each date under its own
    rec = _record(_FELCOR.replace(
        "       Date of Report (Date of earliest event reported): February 12, 2004",
        "       Date of Report                     (Date of earliest event reported)\n"
        "       February 12, 2004                  February 9, 2004"))
    assert (rec["report_date"], rec["event_date"]) == ("2004-02-12", "2004-02-09")


def test_dates_in_columns_of_a_rendered_row() -> None:
    rec = _html("""
<table><tr><td>Date of Report</td><td>(Date of earliest event reported)</td></tr>
<tr><td>July 25, 2024</td><td>July 22, 2024</td></tr></table>
<p style="text-align:center"><b>Acme Holdings, Inc.</b><br/>
(Exact name of registrant as specified in its charter)</p>""")
    assert (rec["report_date"], rec["event_date"]) == ("2024-07-25", "2024-07-22")


def _foreign(street_cell: str, zip_code: str, phone: str) -> dict[str, Any]:
    return _html(f"""
<p style="text-align:center">Date of Report (Date of earliest event reported): May 1, 2024</p>
<p style="text-align:center"><b>Acme Holdings Ltd.</b><br/>
(Exact name of registrant as specified in its charter)</p>
<table><tr><td>Ontario, Canada</td><td>001-41234</td><td>98-1234567</td></tr>
<tr><td>(State or other jurisdiction of incorporation)</td><td>(Commission File Number)</td>
<td>(IRS Employer Identification No.)</td></tr></table>
<table><tr><td>{street_cell}</td><td>{zip_code}</td></tr>
<tr><td>(Address of principal executive offices)</td><td>(Zip Code)</td></tr></table>
<p style="text-align:center">{phone}<br/>
(Registrant&#8217;s telephone number, including area code)</p>""")["registrants"][0]


def test_foreign_street_and_city_in_one_rendered_cell() -> None:
    # the cell's lines joined by a space: the city ran into its street before the province
    # or country, as US addresses ("1 Main Street Boston, Massachusetts") are read already
    reg = _foreign("100 King Street West<br/>Toronto, Ontario, Canada", "M5X 1A9",
                   "(416) 555-0100")
    assert reg["address"] == {"street": "100 King Street West", "city": "Toronto",
                              "state": "Ontario", "zip": "M5X 1A9"}
    reg = _foreign("10 Fleet Place<br/>London, United Kingdom", "EC4M 7RB",
                   "+44 20 3727 1000")
    assert reg["address"] == {"street": "10 Fleet Place", "city": "London",
                              "state": "United Kingdom", "zip": "EC4M 7RB"}
    reg = _foreign("Suite 1500, 701 West Georgia Street<br/>Vancouver, British Columbia",
                   "V7Y 1C6", "(604) 555-1234")
    assert reg["address"] == {"street": "Suite 1500, 701 West Georgia Street",
                              "city": "Vancouver", "state": "British Columbia",
                              "zip": "V7Y 1C6"}
