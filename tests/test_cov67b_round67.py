"""Cover page, round 67b: an address's lines split by <br>s (or <p>s) in one HTML cell part
its street from its suite or floor by a comma, as its lines printed one <p> each do; an
HTML cell holding an unbracketed caption over its value (a name, an address, a zip) or its
value over an unbracketed caption (any field) is read; the wrapped tail of a square-bracketed
caption ("of incorporation or organization]") is a caption, no address line.

No corpus filing prints these shapes. They are made from real covers of the corpus: Sophiris
Bio's HTML 8-K of March 2016 (8k_2016_sophirisbioinc_1.htm), its address, numbers or
telephone tables retyped as other filing agents print them (one cell per value, the caption
over or under the value across a <br>); and Apple Computer's 10-Q/A of May 1997
(10qa_1997_applecomputerinc_1.txt), whose square-bracketed captions "[State or other
jurisdiction" / "of incorporation or organization]" stand right over its address lines, or
over an address block captioned as a registration statement captions it.
"""

from __future__ import annotations

import time
from typing import Any

from test_cov67_round67 import _sophiris

from filing2json.parsers import parse
from filing2json.parsers.sections.cover_address import split_address
from filing2json.parsers.sections.cover_chunks import Chunk, caption_field
from filing2json.parsers.sections.cover_inline import inline_value
from support import FILINGS, validate

_SOPHIRIS = "8k_2016_sophirisbioinc_1.htm"
_APPLE = "10qa_1997_applecomputerinc_1.txt"
_STREET = "1258 Prospect Street"
_ZIP_CELLS = "<td>92037</td></tr><tr><td>(Address of principal executive offices)</td>" \
    "<td>(Zip Code)</td></tr></table>\n"
_NUMBER_CAPTIONS = (
    "<tr><td>(State or other jurisdiction of incorporation)</td><td>(Commission File "
    "Number)</td><td>(IRS Employer Identification No.)</td></tr></table>\n")


def _registrant(record: dict[str, Any]) -> dict[str, Any]:
    (reg,) = record["registrants"]
    return reg


def _numbers(record: dict[str, Any]) -> tuple[Any, ...]:
    reg = _registrant(record)
    return (reg["name"], reg["state_of_incorporation"], reg["commission_file_number"],
            reg["irs_employer_id"])


def _address_cell(cell: str) -> dict[str, Any]:
    """Sophiris's address, its street-and-city cell as given, over its caption."""
    return _registrant(_sophiris(address=f"<table><tr><td>{cell}</td>{_ZIP_CELLS}"))["address"]


# --- an address's lines in one cell: street, suite or floor, city --------------------------

def test_sophiris_suite_on_its_own_br_line() -> None:
    assert _address_cell(f"{_STREET}<br>Suite 400<br>La Jolla, California") == {
        "street": "1258 Prospect Street, Suite 400", "city": "La Jolla",
        "state": "California", "zip": "92037"}


def test_sophiris_suite_on_its_own_p_line_in_the_cell() -> None:
    assert _address_cell(f"<p>{_STREET}</p><p>Suite 400</p><p>La Jolla, California</p>") == {
        "street": "1258 Prospect Street, Suite 400", "city": "La Jolla",
        "state": "California", "zip": "92037"}


def test_sophiris_floor_on_its_own_br_line() -> None:
    assert _address_cell(f"{_STREET}<br>4th Floor<br>La Jolla, CA") == {
        "street": "1258 Prospect Street, 4th Floor", "city": "La Jolla", "state": "CA",
        "zip": "92037"}


def test_sophiris_capitals_suite_on_its_own_br_line() -> None:
    assert _address_cell("1258 PROSPECT STREET<br>SUITE 400<br>LA JOLLA, CALIFORNIA") == {
        "street": "1258 PROSPECT STREET, SUITE 400", "city": "LA JOLLA",
        "state": "CALIFORNIA", "zip": "92037"}


def test_sophiris_lines_as_paragraphs_unchanged() -> None:
    """Neighbour: the address's lines one <p> each, outside a table, read as before."""
    lines = "".join(f'<p style="text-align:center">{line}</p>' for line in (
        _STREET, "Suite 400", "La Jolla, California 92037",
        "(Address of principal executive offices) (Zip Code)"))
    assert _registrant(_sophiris(address=lines + "\n"))["address"] == {
        "street": "1258 Prospect Street, Suite 400", "city": "La Jolla",
        "state": "California", "zip": "92037"}


def test_street_and_city_in_one_cell_unchanged() -> None:
    """Neighbour: no suite between the street and the city (Sophiris as filed)."""
    assert _address_cell(f"{_STREET}<br>La Jolla, CA") == {
        "street": "1258 Prospect Street", "city": "La Jolla", "state": "CA", "zip": "92037"}


def test_units_after_a_dash_or_a_number_sign_unchanged() -> None:
    """Neighbours: a floor after a spaced dash, a unit's "#500": no comma put in."""
    assert split_address("1017 Prospect Street - 3rd Floor, La Jolla, CA", "92037") == {
        "street": "1017 Prospect Street - 3rd Floor", "city": "La Jolla", "state": "CA",
        "zip": "92037"}
    assert split_address("1 Main St. #500 Denver, CO", "80202") == {
        "street": "1 Main St. #500", "city": "Denver", "state": "CO", "zip": "80202"}


# --- an unbracketed caption over its value in one cell --------------------------------------

def test_sophiris_bare_name_caption_over_its_name() -> None:
    record = _sophiris(numbers=(
        "<table><tr><td colspan=3>Exact name of registrant as specified in its charter<br>"
        "<b>Sophiris Bio Inc.</b></td></tr>"
        "<tr><td>British Columbia</td><td>001-36054</td><td>98-1008712</td></tr>"
        + _NUMBER_CAPTIONS), named=False)
    assert _numbers(record) == ("Sophiris Bio Inc.", "British Columbia", "001-36054",
                                "98-1008712")


def test_sophiris_bare_address_and_zip_captions_over_their_values() -> None:
    record = _sophiris(address=(
        "<table><tr><td>Address of Principal Executive Offices<br>1258 Prospect Street, "
        "Suite 400<br>La Jolla, California</td><td>Zip Code<br>92037</td></tr></table>\n"))
    assert _registrant(record)["address"] == {
        "street": "1258 Prospect Street, Suite 400", "city": "La Jolla",
        "state": "California", "zip": "92037"}


def test_sophiris_bare_address_caption_with_its_zip_code() -> None:
    record = _sophiris(address=(
        "<table><tr><td>Address of principal executive offices, including zip code<br>"
        "1258 Prospect Street, La Jolla, CA 92037</td></tr></table>\n"))
    assert _registrant(record)["address"] == {
        "street": "1258 Prospect Street", "city": "La Jolla", "state": "CA", "zip": "92037"}


# --- a value over its unbracketed caption in one cell ---------------------------------------

def test_sophiris_numbers_over_their_bare_captions() -> None:
    record = _sophiris(numbers=(
        "<table><tr><td>British Columbia<br>State or other jurisdiction of incorporation</td>"
        "<td>001-36054<br>Commission File Number</td>"
        "<td>98-1008712<br>IRS Employer Identification No.</td></tr></table>\n"))
    assert _numbers(record) == ("Sophiris Bio Inc.", "British Columbia", "001-36054",
                                "98-1008712")


def test_sophiris_name_over_its_bare_caption() -> None:
    record = _sophiris(numbers=(
        "<table><tr><td colspan=3><b>Sophiris Bio Inc.</b><br>Exact Name of Registrant as "
        "Specified in its Charter</td></tr>"
        "<tr><td>British Columbia</td><td>001-36054</td><td>98-1008712</td></tr>"
        + _NUMBER_CAPTIONS), named=False)
    assert _numbers(record) == ("Sophiris Bio Inc.", "British Columbia", "001-36054",
                                "98-1008712")


def test_sophiris_address_over_its_bare_caption() -> None:
    record = _sophiris(address=(
        "<table><tr><td>1258 Prospect Street, La Jolla, CA<br>Address of principal executive "
        "offices</td><td>92037<br>Zip Code</td></tr></table>\n"))
    assert _registrant(record)["address"] == {
        "street": "1258 Prospect Street", "city": "La Jolla", "state": "CA", "zip": "92037"}


def test_sophiris_phone_over_its_bare_caption() -> None:
    record = _sophiris(phone=(
        "<table><tr><td>(858) 777-1760<br>Registrant&#8217;s telephone number, including "
        "area code</td></tr></table>\n"))
    assert _registrant(record)["phone"] == "(858) 777-1760"


def test_words_of_no_value_shape_over_a_bare_caption_read_nothing() -> None:
    """Neighbour: "Not applicable" over the IRS caption is no number; the others stand."""
    record = _sophiris(numbers=(
        "<table><tr><td>British Columbia<br>State or other jurisdiction of incorporation</td>"
        "<td>001-36054<br>Commission File Number</td>"
        "<td>Not applicable<br>IRS Employer Identification No.</td></tr></table>\n"))
    assert _numbers(record) == ("Sophiris Bio Inc.", "British Columbia", "001-36054", None)


def test_bare_value_over_caption_chunk_speed() -> None:
    """A cell of ~200 KB of a place's words over a state caption reads in linear time."""
    text = "British Columbia " * 12000 + "State or other jurisdiction of incorporation"
    chunk = Chunk(0, len(text), text, caption_field(text), True)
    start = time.process_time()
    value = inline_value(chunk, [chunk], True)
    assert time.process_time() - start < 5
    assert value is None


def test_bare_caption_over_value_chunk_speed() -> None:
    """A name caption over ~200 KB of words reads in linear time."""
    text = "Exact name of registrant as specified in its charter " + "Acme " * 40000
    chunk = Chunk(0, len(text), text, caption_field(text), True)
    start = time.process_time()
    inline_value(chunk, [chunk], True)
    assert time.process_time() - start < 5


# --- a square-bracketed caption's wrapped tail ----------------------------------------------

_APPLE_STATE_TAIL = "of incorporation or organization]\n\n            1 Infinite Loop"
_APPLE_TAIL = "of incorporation or organization]\n"
_APPLE_PHONE = "(408) 996-1010\n"


def _apple_address() -> str:
    """Apple's lines from under its state caption's tail to its telephone line's end."""
    text = (FILINGS / _APPLE).read_text(encoding="latin-1")
    start = text.index(_APPLE_TAIL) + len(_APPLE_TAIL)
    return text[start : text.index(_APPLE_PHONE, start) + len(_APPLE_PHONE)]


def _apple(edit: dict[str, str]) -> dict[str, Any]:
    text = (FILINGS / _APPLE).read_text(encoding="latin-1")
    for old, new in edit.items():
        assert old in text
        text = text.replace(old, new)
    return _registrant(validate(parse(text.encode("latin-1"), _APPLE)))


def test_apple_address_right_under_the_state_caption_tail() -> None:
    reg = _apple({_APPLE_STATE_TAIL: _APPLE_STATE_TAIL.replace("\n\n", "\n")})
    assert reg["address"] == {"street": "1 Infinite Loop", "city": "Cupertino",
                              "state": "California", "zip": "95014"}


def test_apple_address_block_right_under_the_state_caption_tail() -> None:
    block = ("     1 Infinite Loop, Cupertino, California 95014   (408) 996-1010\n"
             "(Address, including zip code, and telephone number, including area code, of "
             "registrant's principal executive offices)\n")
    reg = _apple({_APPLE_TAIL + _apple_address(): _APPLE_TAIL + block})
    assert (reg["address"], reg["phone"]) == (
        {"street": "1 Infinite Loop", "city": "Cupertino", "state": "California",
         "zip": "95014"}, "(408) 996-1010")


def test_apple_cover_as_filed_unchanged() -> None:
    """Neighbour: Apple's cover as filed (a blank line under the state caption)."""
    reg = _apple({})
    assert (reg["state_of_incorporation"], reg["irs_employer_id"], reg["address"]) == (
        "CALIFORNIA", "94-2404110", {"street": "1 Infinite Loop", "city": "Cupertino",
                                     "state": "California", "zip": "95014"})
