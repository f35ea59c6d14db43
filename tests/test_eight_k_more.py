"""8-K covers, signatures and exhibit lists in more layouts of 1994-2025.

Each filing is written as filers and filing agents of its era print it (the kind of issuer
is named beside it); the values asserted are the ones printed.
"""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from support import validate


def _parse(text: str, name: str) -> dict[str, Any]:
    return validate(parse(text.encode(), name))


def _covers(record: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(r["name"], r["state_of_incorporation"], r["commission_file_number"],
             r["irs_employer_id"]) for r in record["registrants"]]


# A REIT and its operating partnership (Kilroy Realty's layout): both names stacked over one
# "(Exact name ...)" caption, then one row each, opening with the name in a column that has
# no caption under it.
_STACKED_NAMES_HTML = """<html><body>
<p align="center"><b>FORM 8-K</b></p>
<p align="center"><b>CURRENT REPORT</b><br>Pursuant to Section 13 or 15(d) of the Securities
Exchange Act of 1934</p>
<p align="center">Date of Report (Date of earliest event reported): <b>January 25, 2016</b></p>
<p align="center"><b>PACIFIC COAST REALTY CORPORATION<br>PACIFIC COAST REALTY, L.P.</b><br>
(Exact name of registrant as specified in its charter)</p>
<table width="100%">
<tr><td width="34%"><b>Pacific Coast Realty Corporation</b></td><td width="22%"><b>Maryland</b></td>
<td width="22%"><b>001-12675</b></td><td width="22%"><b>95-4598246</b></td></tr>
<tr><td><b>Pacific Coast Realty, L.P.</b></td><td><b>Delaware</b></td>
<td><b>000-54005</b></td><td><b>95-4612685</b></td></tr>
<tr><td></td><td>(State or other jurisdiction of incorporation)</td>
<td>(Commission File Number)</td><td>(I.R.S. Employer Identification No.)</td></tr>
</table>
<p align="center"><b>12200 W. Olympic Boulevard, Suite 200, Los Angeles, California 90064</b><br>
(Address of principal executive offices) (Zip Code)</p>
<p align="center"><b>(310) 481-8400</b><br>(Registrant&#8217;s telephone number, including area
code)</p>
<p><b>Item 2.02 Results of Operations and Financial Condition.</b></p>
<p>On January 25, 2016, Pacific Coast Realty Corporation issued a press release.</p>
</body></html>
"""

_STACKED_NAMES_TEXT = """\
                                    FORM 8-K

                                 CURRENT REPORT
                     Pursuant to Section 13 or 15(d) of the
                         Securities Exchange Act of 1934

        Date of Report (Date of earliest event reported): April 22, 2013

                         PACIFIC COAST REALTY CORPORATION
                            PACIFIC COAST REALTY, L.P.
             (Exact name of registrant as specified in its charter)

Pacific Coast Realty Corporation     Maryland         001-12675       95-4598246
Pacific Coast Realty, L.P.           Delaware         000-54005       95-4612685
                                 (State or other    (Commission    (I.R.S. Employer
                                 jurisdiction of    File Number)   Identification No.)
                                 incorporation)

         12200 W. Olympic Boulevard, Suite 200, Los Angeles, California 90064
                (Address of principal executive offices) (Zip Code)

       Registrant's telephone number, including area code: (310) 481-8400

Item 8.01  Other Events.

     On April 22, 2013, the Company declared a dividend.
"""


def test_stacked_registrants_each_row_led_by_a_name_no_caption_names() -> None:
    for text, name in ((_STACKED_NAMES_HTML, "kilroy.htm"), (_STACKED_NAMES_TEXT, "k.txt")):
        record = _parse(text, name)
        assert _covers(record) == [
            ("Pacific Coast Realty Corporation", "Maryland", "001-12675", "95-4598246"),
            ("Pacific Coast Realty, L.P.", "Delaware", "000-54005", "95-4612685"),
        ], name
        assert {r["address"]["city"] for r in record["registrants"]} == {"Los Angeles"}
        assert {r["phone"] for r in record["registrants"]} == {"(310) 481-8400"}


# Two registrants side by side, each over its own column of captions down the cover (a REIT
# and its operating partnership, Liberty Property Trust's layout), the address printed once.
_SIDE_BY_SIDE_HTML = """<html><body>
<p align="center"><b>FORM 8-K</b></p>
<p align="center"><b>CURRENT REPORT</b><br>Pursuant to Section 13 or 15(d) of the Securities
Exchange Act of 1934</p>
<p align="center">Date of Report (Date of earliest event reported): <b>October 19, 2011</b></p>
<table width="100%">
<tr><td width="50%"><b>KEYSTONE PROPERTY TRUST</b></td>
<td width="50%"><b>KEYSTONE PROPERTY LIMITED PARTNERSHIP</b></td></tr>
<tr><td>(Exact name of registrant as specified in its governing documents)</td>
<td>(Exact name of registrant as specified in its governing documents)</td></tr>
<tr><td>&nbsp;</td><td>&nbsp;</td></tr>
<tr><td><b>Maryland</b></td><td><b>Pennsylvania</b></td></tr>
<tr><td>(State or other jurisdiction of incorporation or organization)</td>
<td>(State or other jurisdiction of incorporation or organization)</td></tr>
<tr><td><b>1-13130</b></td><td><b>1-13132</b></td></tr>
<tr><td>(Commission File Number)</td><td>(Commission File Number)</td></tr>
<tr><td><b>23-7768996</b></td><td><b>23-2766549</b></td></tr>
<tr><td>(I.R.S. Employer Identification Number)</td>
<td>(I.R.S. Employer Identification Number)</td></tr>
</table>
<p align="center"><b>500 Chesterfield Parkway<br>Malvern, PA 19355</b><br>(Address of Principal
Executive Offices)</p>
<p align="center">Registrants&#8217; telephone number, including area code: <b>(610)
648-1700</b></p>
<p><b>Item 2.02 Results of Operations and Financial Condition.</b></p>
<p>On October 19, 2011, Keystone Property Trust issued a press release.</p>
<p align="center"><b>SIGNATURES</b></p>
<p>Pursuant to the requirements of the Securities Exchange Act of 1934, the registrants have
duly caused this report to be signed on their behalf by the undersigned thereunto duly
authorized.</p>
<table width="100%">
<tr><td width="50%">&nbsp;</td><td><b>KEYSTONE PROPERTY TRUST</b></td></tr>
<tr><td>&nbsp;</td><td>By: /s/ George J. Alburger, Jr.<br>George J. Alburger, Jr.<br>Executive
Vice President and Chief Financial Officer</td></tr>
<tr><td>&nbsp;</td><td><b>KEYSTONE PROPERTY LIMITED PARTNERSHIP</b></td></tr>
<tr><td>&nbsp;</td><td>By: Keystone Property Trust, its sole General Partner</td></tr>
<tr><td>&nbsp;</td><td>By: /s/ George J. Alburger, Jr.<br>George J. Alburger, Jr.<br>Executive
Vice President and Chief Financial Officer</td></tr>
<tr><td>Dated: October 19, 2011</td><td>&nbsp;</td></tr>
</table>
</body></html>
"""

_SIDE_BY_SIDE_TEXT = """\
                                   FORM 8-K

                                CURRENT REPORT
                    Pursuant to Section 13 or 15(d) of the
                        Securities Exchange Act of 1934

       Date of Report (Date of earliest event reported): March 16, 2009

     GULF STATES HOLDINGS, INC.               GULF STATES OPERATING PARTNERSHIP, L.P.
(Exact name of registrant as specified   (Exact name of registrant as specified
           in its charter)                          in its charter)

         Maryland                                        Delaware
(State or other jurisdiction of          (State or other jurisdiction of
 incorporation or organization)            incorporation or organization)

          1-13136                                        333-54321
 (Commission File Number)                       (Commission File Number)

        74-2712345                                       76-0512345
(I.R.S. Employer Identification No.)      (I.R.S. Employer Identification No.)

                      2800 Post Oak Boulevard, Suite 4000
                             Houston, Texas 77056
             (Address of principal executive offices) (Zip Code)

                                (713) 555-0190
             (Registrants' telephone number, including area code)

Item 8.01.  Other Events.

     On March 16, 2009, Gulf States Holdings, Inc. announced a quarterly dividend.
"""


def test_registrants_side_by_side_each_over_its_own_captions() -> None:
    record = _parse(_SIDE_BY_SIDE_HTML, "liberty.htm")
    assert _covers(record) == [
        ("KEYSTONE PROPERTY TRUST", "Maryland", "1-13130", "23-7768996"),
        ("KEYSTONE PROPERTY LIMITED PARTNERSHIP", "Pennsylvania", "1-13132", "23-2766549"),
    ]
    assert [r["address"]["street"] for r in record["registrants"]] == [
        "500 Chesterfield Parkway"] * 2
    assert [r["phone"] for r in record["registrants"]] == ["(610) 648-1700"] * 2
    # each registrant's block of signatures is its own (the names now tell them apart)
    assert [(s["registrant"], s["name"], s["title"]) for s in record["signatures"]] == [
        ("KEYSTONE PROPERTY TRUST", "George J. Alburger, Jr.",
         "Executive Vice President and Chief Financial Officer"),
        ("KEYSTONE PROPERTY LIMITED PARTNERSHIP", "George J. Alburger, Jr.",
         "Executive Vice President and Chief Financial Officer"),
    ]
    record = _parse(_SIDE_BY_SIDE_TEXT, "gulf.txt")
    assert _covers(record) == [
        ("GULF STATES HOLDINGS, INC.", "Maryland", "1-13136", "74-2712345"),
        ("GULF STATES OPERATING PARTNERSHIP, L.P.", "Delaware", "333-54321", "76-0512345"),
    ]
    assert [r["address"]["city"] for r in record["registrants"]] == ["Houston"] * 2


# A utility's HTML cover: the post office box in the street's cell, the city under it
# (<br>), rendered as one line "80 Park Plaza, P.O. Box 1171 Newark, New Jersey".
_BOX_HTML = """<html><body>
<p align="center"><b>FORM 8-K</b></p>
<p align="center">Date of Report (Date of earliest event reported): <b>August 14, 2023</b></p>
<p align="center"><b>Consolidated Harbor Utilities Corporation</b><br>(Exact name of registrant
as specified in its charter)</p>
<table style="width:100%">
<tr><td><b>New Jersey</b></td><td><b>001-09120</b></td><td><b>22-2625848</b></td></tr>
<tr><td>(State or other jurisdiction<br>of incorporation)</td><td>(Commission<br>File
Number)</td><td>(IRS Employer<br>Identification No.)</td></tr>
</table>
<table style="width:100%">
<tr><td><b>80 Park Plaza, P.O. Box 1171</b><br><b>Newark, New Jersey</b></td>
<td><b>07101-1171</b></td></tr>
<tr><td>(Address of principal executive offices)</td><td>(Zip Code)</td></tr>
</table>
<p align="center"><b>(973) 430-7000</b><br>Registrant&#8217;s telephone number, including area
code</p>
<p><b>Item 5.02. Departure of Directors or Certain Officers.</b></p>
<p>On August 14, 2023, the Board of Directors elected Maria T. Alvarez as a director.</p>
</body></html>
"""


def test_a_post_office_box_run_into_the_city_stays_in_the_street() -> None:
    (reg,) = _parse(_BOX_HTML, "box.htm")["registrants"]
    assert reg["address"] == {"street": "80 Park Plaza, P.O. Box 1171", "city": "Newark",
                              "state": "New Jersey", "zip": "07101-1171"}


# A 1997 cover whose captions are spelt the less usual ways ("(Registrant's exact name ...)",
# "(I.R.S. Identification No.)", "(Registrant's telephone no., ...)"), and a former name
# printed with the old address on one line.
_CAPTIONS_1997 = """\
                                    FORM 8-K

                                 CURRENT REPORT

                     Pursuant to Section 13 or 15(d) of the
                         Securities Exchange Act of 1934

        Date of Report (Date of earliest event reported):  October 6, 1997

                          GREAT LAKES AVIATION SERVICES, INC.
            (Registrant's exact name as specified in its charter)

         Iowa                         0-23224                  42-1135319
(State or other jurisdiction    (Commission File No.)     (I.R.S. Identification
     of incorporation)                                            No.)

         1965 330th Street, Spencer, Iowa                          51301
      (Address of principal executive offices)                  (Zip Code)

                                 (712) 262-1000
            (Registrant's telephone no., including area code)

       Spencer Air Holdings, Inc., 1021 Grand Avenue, Spencer, Iowa 51301
         (Former name or former address, if changed since last report)


Item 5.   Other Events.

          On October 6, 1997, the Company changed its name.
"""


def test_caption_spellings_and_a_former_name_with_its_old_address() -> None:
    (reg,) = _parse(_CAPTIONS_1997, "glas.txt")["registrants"]
    assert (reg["commission_file_number"], reg["irs_employer_id"], reg["phone"]) == (
        "0-23224", "42-1135319", "(712) 262-1000")
    assert reg["former_name"] == "Spencer Air Holdings, Inc."
    # (an old address alone on the line names nobody)
    text = _CAPTIONS_1997.replace("Spencer Air Holdings, Inc., 1021", "1021")
    (reg,) = _parse(text, "glas.txt")["registrants"]
    assert reg["former_name"] is None


# "Date:" typed as a caption of its own right of the signature, the date after it
_DATE_RIGHT = """\
                                    FORM 8-K

        Date of Report (Date of earliest event reported): May 4, 2005

                              ACME WIDGET CORPORATION
             (Exact name of registrant as specified in its charter)

Item 8.01  Other Events.

     On May 4, 2005, Acme Widget Corporation announced a dividend.

                                  SIGNATURES

Pursuant to the requirements of the Securities Exchange Act of 1934, the
Registrant has duly caused this report to be signed on its behalf by the
undersigned hereunto duly authorized.

ACME WIDGET CORPORATION

By:  /s/ Susan M. Lee                        Date:  May 5, 2005
     ---------------------------
     Susan M. Lee
     Vice President and Treasurer
"""


def test_a_date_caption_right_of_the_signature_is_no_title() -> None:
    (sig,) = _parse(_DATE_RIGHT, "acme.txt")["signatures"]
    assert (sig["name"], sig["title"], sig["date"]) == (
        "Susan M. Lee", "Vice President and Treasurer", "2005-05-05")


# A cover that captions no address (Microsoft's 8-Ks and 10-Ks of 1994-2004): the street
# and city line, then the telephone alone, right under the state and number captions.
_NO_ADDRESS_CAPTION = """\
                                   FORM 8-K

                                CURRENT REPORT
                     Pursuant to Section 13 or 15(d) of the
                        Securities Exchange Act of 1934

        Date of Report (Date of earliest event reported): January 17, 2002

                        Commission File Number 0-14278

                             MICROSOFT CORPORATION

                   Washington                     91-1144442
            (State of incorporation)              (I.R.S. ID)

               One Microsoft Way, Redmond, Washington 98052-6399

                                (425) 882-8080

Item 5.  Other Events.

     On January 17, 2002, Microsoft Corporation announced its results.
"""


def test_an_uncaptioned_address_and_telephone_under_the_number_captions() -> None:
    (reg,) = _parse(_NO_ADDRESS_CAPTION, "msft.txt")["registrants"]
    assert reg["address"] == {"street": "One Microsoft Way", "city": "Redmond",
                              "state": "Washington", "zip": "98052-6399"}
    assert reg["phone"] == "(425) 882-8080"
    assert (reg["state_of_incorporation"], reg["irs_employer_id"]) == ("Washington",
                                                                       "91-1144442")


# The name typed under the signature misprinted by one letter (Microsoft's 10-K of 2001:
# "/s/ Steven A. Ballmer" over "Steven A. Ballmar"): the name again, no part of the title.
_MISPRINTED = """\
                                   FORM 8-K

        Date of Report (Date of earliest event reported): October 2, 1998

                            NORTHERN PLAINS GRAIN CORP.
             (Exact name of registrant as specified in its charter)

Item 5.  Other Events.

     On October 2, 1998, Northern Plains Grain Corp. sold its elevator in Fargo.

                                   SIGNATURES

     Pursuant to the requirements of the Securities Exchange Act of 1934, the
registrant has duly caused this report to be signed on its behalf by the
undersigned hereunto duly authorized.

                                    NORTHERN PLAINS GRAIN CORP.

Dated: October 5, 1998              By: /s/ Gerald K. Lindquist
                                        ------------------------------
                                        Gerald K. Lindqvist
                                        Vice President and Treasurer
"""


def test_a_typed_name_misprinted_by_a_letter_is_no_title() -> None:
    (sig,) = _parse(_MISPRINTED, "npg.txt")["signatures"]
    assert (sig["name"], sig["title"]) == ("Gerald K. Lindquist", "Vice President and Treasurer")


def test_more_ways_of_printing_no_former_name() -> None:
    for none in ("N / A", "Not Changed Since Last Report", "No change from last report"):
        text = _CAPTIONS_1997.replace(
            "Spencer Air Holdings, Inc., 1021 Grand Avenue, Spencer, Iowa 51301", none)
        (reg,) = _parse(text, "glas.txt")["registrants"]
        assert reg["former_name"] is None, none


# An HTML 8-K that wraps its plain text in <PRE> (filing agents' HTML of 2000-2008): the
# cover's columns are columns of spaces, as in a text filing.
_PRE_HTML = """<HTML><HEAD><TITLE>FORM 8-K</TITLE></HEAD><BODY><PRE>
                                   FORM 8-K

                                CURRENT REPORT

                    Pursuant to Section 13 or 15(d) of the
                        Securities Exchange Act of 1934

     Date of Report (Date of earliest event reported)     June 15, 2001
                                                       -------------------

                           WESTERN PLAINS ENERGY, INC.
          ------------------------------------------------------------
             (Exact name of registrant as specified in its charter)

          Kansas                      1-3523                 48-0290150
-----------------------------   -----------------    -----------------------
(State or other jurisdiction    (Commission File        (I.R.S. Employer
    of incorporation)               Number)           Identification Number)

     818 South Kansas Avenue, Topeka, Kansas                    66612
-------------------------------------------------         ---------------
   (Address of principal executive offices)                  (Zip Code)

Registrant's telephone number, including area code          (785) 575-6300
                                                    ------------------------

Item 5.  Other Events.

     On June 15, 2001, Western Plains Energy, Inc. sold its gas business.
</PRE></BODY></HTML>
"""


def test_a_cover_in_pre_formatted_html_reads_its_columns() -> None:
    (reg,) = _parse(_PRE_HTML, "d8k.htm")["registrants"]
    assert (reg["state_of_incorporation"], reg["commission_file_number"],
            reg["irs_employer_id"]) == ("Kansas", "1-3523", "48-0290150")
    assert reg["address"] == {"street": "818 South Kansas Avenue", "city": "Topeka",
                              "state": "Kansas", "zip": "66612"}


# Values and their captions typed in one paragraph each, the columns spaced with &nbsp;
# runs (which render as single spaces): small filers' HTML of the 2010s.
_ONE_PARAGRAPH = """<html><body>
<p align="center"><b>FORM 8-K</b></p>
<p align="center"><b>March 5, 2012</b></p>
<p align="center">Date of Report (Date of earliest event reported)</p>
<p align="center"><b>SILVER FALCON MINING, INC.</b></p>
<p align="center">(Exact name of registrant as specified in its charter)</p>
<p align="center"><b>New York&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;333-149862&nbsp;&nbsp;&nbsp;&nbsp;
&nbsp;&nbsp;26-1581234</b></p>
<p align="center">(State or other jurisdiction of incorporation)&nbsp;&nbsp;&nbsp;&nbsp;(Commission
File Number)&nbsp;&nbsp;&nbsp;&nbsp;(IRS Employer Identification No.)</p>
<p align="center"><b>14 Wall Street, Suite 1702, New York, NY 10005</b></p>
<p align="center">(Address of principal executive offices) (Zip Code)</p>
<p><b>Item 4.01 Changes in Registrant&#146;s Certifying Accountant.</b></p>
<p>On March 5, 2012, the Board dismissed its accountants.</p>
</body></html>
"""


def test_values_and_captions_each_in_one_html_paragraph() -> None:
    (reg,) = _parse(_ONE_PARAGRAPH, "sfm.htm")["registrants"]
    assert (reg["state_of_incorporation"], reg["commission_file_number"],
            reg["irs_employer_id"]) == ("New York", "333-149862", "26-1581234")
    assert reg["address"]["zip"] == "10005"
