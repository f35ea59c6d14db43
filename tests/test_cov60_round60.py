"""Cover page, round 60: an Indian PIN code after a dash closing the city ("Bengaluru - 560
100"), a building or street over its country alone ("Ugland House, Cayman Islands"), and a
fund's second file number ("814-01420 (1940 Act)") in a rendered row whose blank cells are
dropped.

Each test reads a real filing (Sears' 2004 8-K, Sophiris Bio's 2016 HTML 8-K) with its cover
printed as other filers print it (the edit is said in each test).
"""

from __future__ import annotations

import time
from typing import Any

from filing2json.parsers.sections.cover_address import split_address
from support import FILINGS, edited_record, validate

SEARS = FILINGS / "8k_2004_searsroebuckandco_1.txt"
SOPHIRIS = FILINGS / "8k_2016_sophirisbioinc_1.htm"

# Sears' street, town and zip lines over its address caption (the zip's caption beside them)
_SEARS_ADDRESS = ("           3333 Beverly Road                             60179\n"
                  "       Hoffman Estates, Illinois                       (Zip code)\n")


def _sears_address(lines: str) -> dict[str, Any]:
    """Sears' 2004 8-K with its address lines (and zip) replaced by `lines`, as a foreign
    filer prints its address over the caption, no zip column."""
    record = validate(edited_record(SEARS, {_SEARS_ADDRESS: lines}))
    (reg,) = record["registrants"]
    assert reg["name"] == "SEARS, ROEBUCK AND CO."
    return reg["address"]


def test_pin_code_after_a_dash_is_the_zip() -> None:
    # Infosys' address as its 6-Ks print it
    assert _sears_address("              Electronics City, Hosur Road\n"
                          "         Bengaluru - 560 100, Karnataka, India\n") == {
        "street": "Electronics City, Hosur Road", "city": "Bengaluru", "state": "Karnataka",
        "zip": "560 100"}
    # HDFC Bank's, the district over the city, the country after it
    assert _sears_address("          HDFC Bank House, Senapati Bapat Marg\n"
                          "            Lower Parel, Mumbai - 400 013, India\n") == {
        "street": "HDFC Bank House, Senapati Bapat Marg, Lower Parel", "city": "Mumbai",
        "state": "India", "zip": "400 013"}
    # no street line; the dash typed with no spaces
    assert _sears_address("             Bengaluru-560 100, Karnataka, India\n") == {
        "street": None, "city": "Bengaluru", "state": "Karnataka", "zip": "560 100"}


def test_building_over_its_country_alone_names_no_city() -> None:
    assert _sears_address("                     Ugland House\n"
                          "                    Cayman Islands\n") == {
        "street": "Ugland House", "city": None, "state": "Cayman Islands", "zip": None}
    assert _sears_address("                     Canon's Court\n"
                          "                        Bermuda\n") == {
        "street": "Canon's Court", "city": None, "state": "Bermuda", "zip": None}
    assert _sears_address("                 Avenida Paulista 1842\n"
                          "                        Brazil\n") == {
        "street": "Avenida Paulista 1842", "city": None, "state": "Brazil", "zip": None}
    # the town when printed; a town's name alone over its country is the city
    assert _sears_address("                     Ugland House\n"
                          "              George Town, Cayman Islands\n") == {
        "street": "Ugland House", "city": "George Town", "state": "Cayman Islands",
        "zip": None}
    assert _sears_address("                   Hamilton, Bermuda\n") == {
        "street": None, "city": "Hamilton", "state": "Bermuda", "zip": None}


def test_funds_second_file_number_in_a_rendered_row_leaves_the_state() -> None:
    # Sophiris Bio's 2016 HTML 8-K with a fund's second file number in a row of its own
    # under the first ("814-01420 (1940 Act)", as a BDC prints it), blank cells before it
    numbers_row = "<B>98-1008712</B></FONT></P></TD></TR>"
    row = ("<TR><TD>&nbsp;</TD><TD>&nbsp;</TD><TD><P style=\"TEXT-ALIGN: center\">814-01420 "
           "(1940 Act)</P></TD><TD>&nbsp;</TD><TD>&nbsp;</TD></TR>")
    record = validate(edited_record(SOPHIRIS, {
        "<B>001-36054</B>": "<B>001-36054 (1933 Act)</B>",
        numbers_row: numbers_row + row}))
    (reg,) = record["registrants"]
    assert (reg["name"], reg["state_of_incorporation"], reg["commission_file_number"],
            reg["irs_employer_id"]) == ("Sophiris Bio Inc.", "British Columbia", "001-36054",
                                        "98-1008712")


def test_dashed_codes_parse_in_linear_time() -> None:
    text = "Bengaluru" + " - 560 100 Bengaluru" * 10_000 + ", Karnataka, India"
    start = time.process_time()
    split_address(text, None)
    assert time.process_time() - start < 5
