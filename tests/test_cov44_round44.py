"""Cover page, round 44: captions printed ABOVE their values (each bracketed caption over
the value it names, as some 1990s covers and HTML covers print them), and captions in square
brackets ("[State or other jurisdiction of incorporation]") in HTML `<div>`s.

Each test reads a corpus filing's cover printed as other filings of its era print the same
values (the variant said in each test).
"""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from support import FILINGS

TURNER = "8k_1994_turnerbroadcastingsyst_1.txt"
UNION_CAMP = "8k_1994_unioncampcorp_1.txt"

_TURNER_ADDRESS = {"street": "One CNN Center", "city": "Atlanta", "state": "Georgia",
                   "zip": "30303"}


def _body(name: str) -> str:
    """The filing's document text alone (no header: the cover is read)."""
    text = (FILINGS / name).read_text(encoding="utf-8", errors="replace")
    return text[text.index("<TEXT>") + len("<TEXT>") : text.index("</TEXT>")]


def _recovered(name: str, first: str, cover: str) -> dict[str, Any]:
    """The filing's first registrant with its cover from the line `first` to the next page
    printed as `cover`."""
    body = _body(name)
    start = body.index(first)
    end = body.index("<PAGE>", start)
    return parse(body.replace(body[start:end], cover).encode(), "cover.txt")["registrants"][0]


def _turner(cover: str) -> dict[str, Any]:
    return _recovered(TURNER, "                        TURNER BROADCASTING SYSTEM, INC.", cover)


_TURNER_ABOVE = """\
             (Exact name of registrant as specified in its charter)
                        TURNER BROADCASTING SYSTEM, INC.

                    (State of incorporation or organization)
                                    Georgia

   (Commission File Number)             (I.R.S. Employer Identification No.)
          0-9334                                       58-0950695

  (Address of principal executive offices)               (Zip Code)
      One CNN Center, Atlanta, Georgia                     30303

              (Registrant's Telephone Number, Including Area Code)
                                 (404) 827-1700
"""


def _turner_values(reg: dict[str, Any]) -> tuple[Any, ...]:
    return (reg["name"], reg["state_of_incorporation"], reg["commission_file_number"],
            reg["irs_employer_id"], reg["address"], reg["phone"])


_TURNER_VALUES = ("TURNER BROADCASTING SYSTEM, INC.", "Georgia", "0-9334", "58-0950695",
                  _TURNER_ADDRESS, "(404) 827-1700")


def test_captions_above_their_values() -> None:
    # Turner's cover with each caption line moved above its value (under the "Date of
    # report" line), with and without blank lines between the blocks: the state was read as
    # the name, the numbers and the phone were lost
    assert _turner_values(_turner(_TURNER_ABOVE)) == _TURNER_VALUES
    assert _turner_values(_turner(_TURNER_ABOVE.replace("\n\n", "\n"))) == _TURNER_VALUES


def test_captions_above_with_rules_and_file_number_line() -> None:
    # Turner's cover, captions above values, the numbers' captions over two lines and
    # rules under the values; the file number printed inline above the name's caption
    ruled = """\
             (Exact name of registrant as specified in its charter)
                        TURNER BROADCASTING SYSTEM, INC.
             ------------------------------------------------------

   (State or other jurisdiction          (Commission         (I.R.S. Employer
    of incorporation)                    File Number)        Identification No.)
          Georgia                           0-9334              58-0950695
   ------------------------             ------------         ------------------

  (Address of principal executive offices)               (Zip Code)
      One CNN Center, Atlanta, Georgia                     30303
  ----------------------------------------               ----------

              (Registrant's Telephone Number, Including Area Code)
                                 (404) 827-1700
"""
    assert _turner_values(_turner(ruled)) == _TURNER_VALUES
    inline = """\
                         Commission File Number 0-9334

""" + _TURNER_ABOVE.replace("   (Commission File Number)", "                           ")\
        .replace("          0-9334       ", "                       ")
    assert _turner_values(_turner(inline)) == _TURNER_VALUES


def test_captions_above_open_bracket_over_lines() -> None:
    # Union Camp's 1994 cover with its captions moved above their values: the state's
    # caption runs over three lines ("(State or Other" / "Jurisdiction of" /
    # "incorporation)"), its middle line no caption by itself (read as the state before)
    cover = """\
       (Exact Name of Registrant as Specified in Charter)
                         UNION CAMP CORPORATION


(State or Other          (File Number)       (I.R.S. Employer
Jurisdiction of                              Identification No.)
incorporation)
VIRGINIA                   1-4001            13-5652423


(Address of Principal Executive Offices)         (Zip Code)
1600 VALLEY ROAD, WAYNE, NEW JERSEY                 07470


Registrant's telephone number, including area code (201) 628-2000


(Former name or former address, if changed since last report)
    N/A

"""
    reg = _recovered(UNION_CAMP, "                         UNION CAMP CORPORATION", cover)
    assert (reg["name"], reg["state_of_incorporation"], reg["commission_file_number"],
            reg["irs_employer_id"], reg["phone"], reg["former_name"]) == (
        "UNION CAMP CORPORATION", "VIRGINIA", "1-4001", "13-5652423", "(201) 628-2000", None)
    assert reg["address"] == {"street": "1600 VALLEY ROAD", "city": "WAYNE",
                              "state": "NEW JERSEY", "zip": "07470"}


_APPLE_HTML = """<html><body>
<div>UNITED STATES</div><div>SECURITIES AND EXCHANGE COMMISSION</div>
<div>Washington, D.C. 20549</div><div>FORM 8-K</div><div>CURRENT REPORT</div>
<div>Date of Report (Date of earliest event reported): February 1, 2011</div>
%s
<div>Item 5.02 Departure of Directors or Certain Officers.</div>
<div>On February 1, 2011, the Board of Directors acted.</div>
</body></html>"""


def test_html_captions_above_their_values() -> None:
    # Apple's 2011 8-K cover (8k_2011_appleinc_1) as an HTML cover with each caption
    # `<div>` or table row above its value: the state was read as the name, the zip as the
    # address's state
    cover = """<div>(Exact name of registrant as specified in its charter)</div>
<div>Apple Inc.</div>
<table><tr><td>(State or other jurisdiction of incorporation)</td>
<td>(Commission File Number)</td><td>(I.R.S. Employer Identification No.)</td></tr>
<tr><td>California</td><td>000-10030</td><td>94-2404110</td></tr></table>
<div>(Address of principal executive offices) (Zip Code)</div>
<div>1 Infinite Loop, Cupertino, California 95014</div>
<div>(Registrant's telephone number, including area code)</div><div>(408) 996-1010</div>
<div>(Former name or former address, if changed since last report.)</div>
<div>Not applicable</div>"""
    reg = parse((_APPLE_HTML % cover).encode(), "cover.htm")["registrants"][0]
    assert (reg["name"], reg["state_of_incorporation"], reg["commission_file_number"],
            reg["irs_employer_id"], reg["phone"], reg["former_name"]) == (
        "Apple Inc.", "California", "000-10030", "94-2404110", "(408) 996-1010", None)
    assert reg["address"] == {"street": "1 Infinite Loop", "city": "Cupertino",
                              "state": "California", "zip": "95014"}


def test_square_bracketed_captions_in_divs() -> None:
    # Apple's 1997 10-Q/A (10qa_1997_applecomputerinc_1) prints its captions in square
    # brackets; typed one `<div>` a line under each value, the state's caption read as
    # unbracketed took the IRS number under it for the state
    cover = """<div>Commission file number 0-10030</div>
<div>APPLE COMPUTER, INC.</div>
<div>[Exact name of Registrant as specified in its charter]</div>
<div>CALIFORNIA</div>
<div>[State or other jurisdiction of incorporation or organization]</div>
<div>94-2404110</div>
<div>[I.R.S. Employer Identification No.]</div>
<div>1 Infinite Loop, Cupertino, California 95014</div>
<div>[Address of principal executive offices, including zip code]</div>
<div>(408) 996-1010</div>
<div>[Registrant's telephone number, including area code]</div>"""
    reg = parse((_APPLE_HTML % cover).encode(), "cover.htm")["registrants"][0]
    assert (reg["name"], reg["state_of_incorporation"], reg["commission_file_number"],
            reg["irs_employer_id"], reg["phone"]) == (
        "APPLE COMPUTER, INC.", "CALIFORNIA", "0-10030", "94-2404110", "(408) 996-1010")


def test_values_over_captions_not_flipped() -> None:
    # the usual layout, values over captions, stays read as it is (Turner as filed, and a
    # check box "[X]" is no bracketed caption)
    reg = parse(_body(TURNER).encode(), "cover.txt")["registrants"][0]
    assert _turner_values(reg) == _TURNER_VALUES
