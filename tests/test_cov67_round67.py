"""Cover page, round 67: a cover that flips one block only (its captions printed over their
values, the other captions under theirs) is read block by block; a caption wrapped over three
lines ("(I.R.S." / "Employer" / "Identification No.)") owns its column; a telephone number
printed under its bracketed caption is read; an HTML cell holding the state's caption over
its value (a <br> between) gives the state.

No corpus 8-K prints these shapes. They are made from real covers of the corpus: Union Camp's
of August 1994 (8k_1994_unioncampcorp_1.txt), its three-line bracketed captions "(State or
Other" / "Jurisdiction of" / "incorporation)" moved over its row "VIRGINIA   1-4001
13-5652423", or its IRS caption wrapped over three lines; Turner Broadcasting's of January
1994 (8k_1994_turnerbroadcastingsyst_1.txt), its "(State of incorporation or organization)"
moved over "Georgia" (or a foreign "Ontario, Canada") while its numbers and address stay over
their captions, or its telephone caption moved over its number; Cotelligent's of November
1996 (8k_1996_cotelligentgroupinc_4.txt), its numbers' captions flipped over their row; and
Sophiris Bio's HTML 8-K of March 2016 (8k_2016_sophirisbioinc_1.htm), its telephone line
retyped as the caption over the number, or its numbers' table retyped as one cell per value
with the caption over the value under a <br>, as other filing agents print them.
"""

from __future__ import annotations

import re
import time
from typing import Any

from filing2json.parsers import parse
from filing2json.parsers.sections.cover_chunks import Chunk, caption_field
from filing2json.parsers.sections.cover_inline import inline_value
from support import FILINGS, validate

_TURNER = "8k_1994_turnerbroadcastingsyst_1.txt"
_UNION_CAMP = "8k_1994_unioncampcorp_1.txt"
_COTELLIGENT = "8k_1996_cotelligentgroupinc_4.txt"
_SOPHIRIS = "8k_2016_sophirisbioinc_1.htm"
_TEXT = re.compile(r"<TEXT>(.*?)(?:</TEXT>|\Z)", re.S)


def _lines(*lines: str, end: str = "\n") -> str:
    """The lines joined as a filing prints them (their trailing blanks kept)."""
    return "\n".join(lines) + end


_UNION_VALUES = "VIRGINIA                   1-4001            13-5652423          "
_UNION_CAPTIONS = _lines(
    "(State or Other          (File Number)       (I.R.S. Employer",
    "Jurisdiction of                              Identification No.)",
    "incorporation)")
_UNION_ROW = _UNION_VALUES + "\n" + _UNION_CAPTIONS
_UNION_FLIPPED = _UNION_CAPTIONS + _UNION_VALUES + "\n"
_TURNER_STATE = _lines(
    "                                    Georgia",
    "                    ---------------------------------------",
    "                    (State of incorporation or organization)")
_TURNER_STATE_CAPTION = "                    (State of incorporation or organization)\n"
_TURNER_PHONE = _lines(
    "                                 (404) 827-1700",
    "              ----------------------------------------------------",
    "              (Registrant's Telephone Number, Including Area Code)")
_TURNER_PHONE_CAPTION = "              (Registrant's Telephone Number, Including Area Code)\n"
_COTELLIGENT_VALUES = " DELAWARE                         0-25372                     94-3173918"
_COTELLIGENT_CAPTIONS = _lines(
    "(State or other            (Commission File Number)          (IRS Employer ",
    "jurisdiction of                                            Identification No.)",
    "incorporation)                                                         ")
_COTELLIGENT_ROW = _COTELLIGENT_VALUES + "\n\n" + _COTELLIGENT_CAPTIONS
_COTELLIGENT_NAME = "             (Exact name of registrant as specified in its charter)\n"


def _document(name: str, edit: dict[str, str]) -> dict[str, Any]:
    """The record of the filing's first document alone (no header to fill what the cover
    leaves unread), each `edit` key (which must be in it) replaced by its value."""
    text = (FILINGS / name).read_text(encoding="latin-1")
    for old, new in edit.items():
        assert old in text
        text = text.replace(old, new)
    body = _TEXT.search(text).group(1)
    return validate(parse(body.encode("latin-1"), name))


def _numbers(record: dict[str, Any]) -> tuple[Any, ...]:
    reg = record["registrants"][0]
    return (reg["name"], reg["state_of_incorporation"], reg["commission_file_number"],
            reg["irs_employer_id"])


# --- one block flipped: its captions over its values, the other captions under theirs -------

def test_union_camp_captions_over_its_row_of_numbers() -> None:
    record = _document(_UNION_CAMP, {_UNION_ROW: _UNION_FLIPPED})
    assert _numbers(record) == ("UNION CAMP CORPORATION", "VIRGINIA", "1-4001", "13-5652423")
    # (the address under it stays over its own caption)
    assert record["registrants"][0]["address"] == {
        "street": "1600 VALLEY ROAD", "city": "WAYNE", "state": "NEW JERSEY", "zip": "07470"}


def test_union_camp_flipped_with_its_header() -> None:
    """The whole submission: the cover's state and file number as printed, not the name's
    first word nor the header's "001-04001"."""
    text = (FILINGS / _UNION_CAMP).read_text(encoding="latin-1")
    assert _UNION_ROW in text
    record = validate(parse(text.replace(_UNION_ROW, _UNION_FLIPPED).encode("latin-1"),
                            _UNION_CAMP))
    reg = record["registrants"][0]
    assert (reg["state_of_incorporation"], reg["commission_file_number"]) == ("VIRGINIA",
                                                                             "1-4001")


def test_union_camp_flipped_foreign_row() -> None:
    values = "Bermuda                    33-25372          98-0123456"
    record = _document(_UNION_CAMP, {_UNION_ROW: _UNION_CAPTIONS + "\n" + values + "\n"})
    assert _numbers(record) == ("UNION CAMP CORPORATION", "Bermuda", "33-25372", "98-0123456")


def test_cotelligent_captions_over_its_row() -> None:
    flipped = _COTELLIGENT_CAPTIONS + _COTELLIGENT_VALUES + "\n"
    record = _document(_COTELLIGENT, {_COTELLIGENT_ROW: flipped})
    assert _numbers(record) == ("COTELLIGENT GROUP, INC.", "DELAWARE", "0-25372", "94-3173918")


def test_turner_state_caption_over_georgia_alone() -> None:
    moved = _TURNER_STATE_CAPTION + "                                    Georgia\n"
    record = _document(_TURNER, {_TURNER_STATE: moved})
    assert _numbers(record) == ("TURNER BROADCASTING SYSTEM, INC.", "Georgia", "0-9334",
                                "58-0950695")


def test_turner_state_caption_over_a_province_and_country() -> None:
    moved = _TURNER_STATE_CAPTION + _lines(
        "                                Ontario, Canada",
        "                    ---------------------------------------")
    record = _document(_TURNER, {_TURNER_STATE: moved})
    assert _numbers(record)[1:] == ("Ontario, Canada", "0-9334", "58-0950695")


def test_cotelligent_state_caption_over_its_value_alone() -> None:
    """The state's block flipped under the name's caption, the numbers' row over its
    captions as usual."""
    state = _lines(
        "",
        "                  (State or other jurisdiction of incorporation)",
        "                                   Delaware")
    numbers = _lines(
        "                                  0-25372                     94-3173918",
        "                           (Commission File Number)          (IRS Employer ",
        "                                                           Identification No.)")
    record = _document(_COTELLIGENT, {_COTELLIGENT_NAME: _COTELLIGENT_NAME + state,
                                      _COTELLIGENT_ROW: numbers})
    assert _numbers(record) == ("COTELLIGENT GROUP, INC.", "Delaware", "0-25372", "94-3173918")


def test_state_caption_over_no_place_reads_no_state() -> None:
    """Neighbour: the state's caption over the numbers' row (no state printed) takes no
    number for the state."""
    record = _document(_TURNER, {_TURNER_STATE: _TURNER_STATE_CAPTION})
    assert _numbers(record)[1:] == (None, "0-9334", "58-0950695")


def test_usual_layouts_unchanged() -> None:
    """Neighbours: the covers as filed, values over their captions."""
    assert _numbers(_document(_UNION_CAMP, {})) == (
        "UNION CAMP CORPORATION", "VIRGINIA", "1-4001", "13-5652423")
    assert _numbers(_document(_TURNER, {})) == (
        "TURNER BROADCASTING SYSTEM, INC.", "Georgia", "0-9334", "58-0950695")
    assert _numbers(_document(_COTELLIGENT, {})) == (
        "COTELLIGENT GROUP, INC.", "DELAWARE", "0-25372", "94-3173918")


# --- a caption wrapped over three lines ----------------------------------------------------

def test_union_camp_irs_caption_over_three_lines() -> None:
    wrapped = _lines(
        "(State or Other          (File Number)       (I.R.S.",
        "Jurisdiction of                              Employer",
        "incorporation)                               Identification No.)")
    record = _document(_UNION_CAMP, {_UNION_CAPTIONS: wrapped})
    assert _numbers(record) == ("UNION CAMP CORPORATION", "VIRGINIA", "1-4001", "13-5652423")


def test_cotelligent_irs_caption_over_three_lines() -> None:
    wrapped = _lines(
        "(State or other            (Commission File Number)          (I.R.S.",
        "jurisdiction of                                                Employer",
        "incorporation)                                             Identification No.)")
    record = _document(_COTELLIGENT, {_COTELLIGENT_CAPTIONS: wrapped})
    assert _numbers(record) == ("COTELLIGENT GROUP, INC.", "DELAWARE", "0-25372", "94-3173918")


# --- a telephone number under its bracketed caption ----------------------------------------

def test_turner_phone_under_its_wrapped_caption() -> None:
    moved = _lines(
        "              (Registrant's Telephone Number,",
        "               Including Area Code)",
        "                                 (404) 827-1700")
    record = _document(_TURNER, {_TURNER_PHONE: moved})
    assert record["registrants"][0]["phone"] == "(404) 827-1700"


def test_phone_caption_over_nothing_reads_no_phone() -> None:
    """Neighbour: the caption with no number under it (the former name's "Not Applicable"
    there) gives no telephone."""
    moved = _TURNER_PHONE_CAPTION + _lines(
        "",
        "                                 Not Applicable",
        "          (Former name or former address, if changed since last report)")
    record = _document(_TURNER, {_TURNER_PHONE: moved})
    assert record["registrants"][0]["phone"] is None


def test_phone_over_its_caption_unchanged() -> None:
    """Neighbour: a number over its caption and another under it (a fax typed there) keeps
    the one above."""
    fax = "                                 (404) 827-1799\n"
    record = _document(_TURNER, {_TURNER_PHONE_CAPTION: _TURNER_PHONE_CAPTION + fax})
    assert record["registrants"][0]["phone"] == "(404) 827-1700"

# --- Sophiris Bio's HTML cover, retyped as other filing agents print it --------------------

def _sophiris(numbers: str | None = None, phone: str | None = None,
              address: str | None = None, named: bool = True) -> dict[str, Any]:
    """Sophiris's record with its name-and-numbers table replaced by `numbers` (after the
    name's lines when `named`), its address table by `address`, or its telephone table by
    `phone`."""
    text = (FILINGS / _SOPHIRIS).read_text(encoding="latin-1")
    start = text.index("<TABLE id=TBL38S1")
    end = text.index("</TABLE>", start) + len("</TABLE>")
    address_end = text.index("</TABLE>", end) + len("</TABLE>")
    phone_end = text.index("</TABLE>", address_end) + len("</TABLE>")
    name = ('<p style="text-align:center"><b>Sophiris Bio Inc.</b></p>'
            '<p style="text-align:center">(Exact name of registrant as specified in its '
            'charter)</p>\n')
    name = name if named else ""
    text = (text[:start] + (name + numbers if numbers else text[start:end])
            + (address or text[end:address_end]) + (phone or text[address_end:phone_end])
            + text[phone_end:])
    return validate(parse(text.encode("latin-1"), _SOPHIRIS))


def test_sophiris_phone_under_its_caption() -> None:
    record = _sophiris(phone='<p style="text-align:center">(Registrant&#8217;s telephone '
                             'number, including area code)</p>\n'
                             '<p style="text-align:center">(858) 777-1760</p>\n')
    assert record["registrants"][0]["phone"] == "(858) 777-1760"


def test_sophiris_state_caption_over_its_value_in_one_cell() -> None:
    record = _sophiris(numbers=(
        "<table><tr><td>(State or other jurisdiction of incorporation)<br>British Columbia</td>"
        "<td>(Commission File Number)<br>001-36054</td>"
        "<td>(IRS Employer Identification No.)<br>98-1008712</td></tr></table>\n"))
    assert _numbers(record) == ("Sophiris Bio Inc.", "British Columbia", "001-36054",
                                "98-1008712")


def test_sophiris_bare_state_caption_over_its_value_in_one_cell() -> None:
    record = _sophiris(numbers=(
        "<table><tr><td>State or other jurisdiction of incorporation<br>British Columbia</td>"
        "<td>Commission File Number<br>001-36054</td>"
        "<td>IRS Employer Identification No.<br>98-1008712</td></tr></table>\n"))
    assert _numbers(record) == ("Sophiris Bio Inc.", "British Columbia", "001-36054",
                                "98-1008712")


def test_sophiris_address_caption_over_its_value_in_one_cell() -> None:
    record = _sophiris(address=(
        "<table><tr><td>(Address of principal executive offices)<br>1258 Prospect Street, "
        "Suite 400, La Jolla, CA</td><td>(Zip Code)<br>92037-1234</td></tr></table>\n"))
    assert record["registrants"][0]["address"] == {
        "street": "1258 Prospect Street, Suite 400", "city": "La Jolla", "state": "CA",
        "zip": "92037-1234"}


def test_sophiris_name_caption_over_its_name_in_one_cell() -> None:
    record = _sophiris(numbers=(
        "<table><tr><td colspan=3>(Exact name of registrant as specified in its charter)<br>"
        "<b>Sophiris Bio Inc.</b></td></tr>"
        "<tr><td>British Columbia</td><td>001-36054</td><td>98-1008712</td></tr>"
        "<tr><td>(State or other jurisdiction of incorporation)</td><td>(Commission File "
        "Number)</td><td>(IRS Employer Identification No.)</td></tr></table>\n"), named=False)
    assert _numbers(record) == ("Sophiris Bio Inc.", "British Columbia", "001-36054",
                                "98-1008712")


def test_sophiris_address_over_its_caption_in_one_cell_unchanged() -> None:
    """Neighbour: the address over its caption in one cell reads as before."""
    record = _sophiris(address=(
        "<table><tr><td>1258 Prospect Street, Suite 400, La Jolla, CA<br>(Address of "
        "principal executive offices)</td><td>92037-1234<br>(Zip Code)</td></tr></table>\n"))
    assert record["registrants"][0]["address"] == {
        "street": "1258 Prospect Street, Suite 400", "city": "La Jolla", "state": "CA",
        "zip": "92037-1234"}


def test_sophiris_value_over_caption_in_one_cell_unchanged() -> None:
    """Neighbour: each cell's value over its caption (Stockwalk's way) reads as before."""
    record = _sophiris(numbers=(
        "<table><tr><td>British Columbia<br>(State or other jurisdiction of incorporation)</td>"
        "<td>001-36054<br>(Commission File Number)</td>"
        "<td>98-1008712<br>(IRS Employer Identification No.)</td></tr></table>\n"))
    assert _numbers(record) == ("Sophiris Bio Inc.", "British Columbia", "001-36054",
                                "98-1008712")


def test_state_caption_cell_speed() -> None:
    """A state caption's cell of ~200 KB of caption words and blanks reads in linear time
    (the cover is read in its first 20,000 characters: the cell runs past them)."""
    cell = "State of incorporation or organization " * 5000
    start = time.process_time()
    record = _sophiris(numbers=(
        f"<table><tr><td>(Commission File Number)<br>001-36054</td><td>{cell}Delaware</td>"
        "</tr></table>\n"))
    assert time.process_time() - start < 5
    assert record["registrants"][0]["commission_file_number"] == "001-36054"


def test_state_caption_chunk_speed() -> None:
    """The state's caption and value read from one chunk of ~200 KB in linear time."""
    text = "(State of incorporation or organization) " * 5000 + "Ontario, Canada"
    chunk = Chunk(0, len(text), text, caption_field(text), True)
    start = time.process_time()
    value = inline_value(chunk, [chunk], True)
    assert time.process_time() - start < 5
    assert value == "Ontario, Canada"
