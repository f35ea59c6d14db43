"""Cover page, round 69b: two registrants' names stacked over one name caption, their states,
file and IRS numbers stacked in the cells of one row (a state printed once is both
registrants', states run together part at their names); a moved company's old address printed
under its new one over a single address caption is no part of it, and a zip in an uncaptioned
cell of its own is the address's; a state's caption printed under its state with the file
number under it (the captions stacked each under its own value) reads the state, not the
number.

No corpus filing prints these shapes. They are made from real covers of the corpus:
International Flavors & Fragrances' iXBRL 8-K of May 2025 (8k_2025_internationalflavorsan_1.htm),
given Commonwealth Edison's name in a <div> under IFF's and its state, file and IRS numbers
(as Exelon's combined filings print them) under IFF's in the same cells, or its "(Zip Code)"
caption blanked (its table prints the old Wilmington office under the New York one); Union
Camp's 8-K of August 1994 (8k_1994_unioncampcorp_1.txt), given an old Newark office under its
Wayne one, or its state, file and IRS numbers printed one under another, each over its caption.
"""

from __future__ import annotations

import time
from typing import Any

import pytest

from support import FILINGS, edited_record, validate

_IFF = FILINGS / "8k_2025_internationalflavorsan_1.htm"
_UNION_CAMP = FILINGS / "8k_1994_unioncampcorp_1.txt"


def _registrants(record: dict[str, Any]) -> list[tuple[Any, ...]]:
    validate(record)
    return [(r["name"], r["state_of_incorporation"], r["commission_file_number"],
             r["irs_employer_id"], r["address"], r["phone"]) for r in record["registrants"]]


# --- two names stacked over one caption, their numbers stacked in the cells under ----------

_IFF_NAME = ('<div><ix:nonNumeric name="dei:EntityRegistrantName" '
             'id="Fact_014d76445c1a4a69b8eb405d7a7593bb" contextRef="c20250501to20250501">'
             "INTERNATIONAL FLAVORS &amp; FRAGRANCES INC</ix:nonNumeric>.</div>")
_COMED_NAME = _IFF_NAME + "\n<div>COMMONWEALTH EDISON COMPANY</div>"
_IFF_STATE = "New York</ix:nonNumeric><br/>"
_IFF_FILE = "1-4858</ix:nonNumeric><br/>"
_IFF_IRS = "13-1432060</ix:nonNumeric><br/>"
_IFF_ADDRESS = {"street": "521 West 57th Street", "city": "New York", "state": "New York",
                "zip": "10019"}
_IFF_PHONE = "(212) 765-5500"
_IFF_ROW = ("INTERNATIONAL FLAVORS & FRAGRANCES INC.", "New York", "1-4858", "13-1432060",
            _IFF_ADDRESS, _IFF_PHONE)


def _comed_under_iff(state: str | None, tag: str = "<br/>") -> dict[str, str]:
    """ComEd's name in a <div> under IFF's, its file and IRS numbers (and `state`, unless
    None) under IFF's in their cells, a line apart (`tag`)."""
    edit = {_IFF_NAME: _COMED_NAME, _IFF_FILE: _IFF_FILE.replace("<br/>", tag + "1-1839"),
            _IFF_IRS: _IFF_IRS.replace("<br/>", tag + "36-0938600")}
    if state is not None:
        edit[_IFF_STATE] = _IFF_STATE.replace("<br/>", tag + state)
    return edit


def _comed(state: str) -> tuple[Any, ...]:
    return ("COMMONWEALTH EDISON COMPANY", state, "1-1839", "36-0938600", _IFF_ADDRESS,
            _IFF_PHONE)


@pytest.mark.parametrize(("state", "tag"), [
    ("Illinois", "<br/>"), ("Illinois", "</div><div>"),
    ("District of Columbia", "</div><div>"), ("Bermuda", "<br/>")])
def test_iff_two_names_over_one_caption_numbers_stacked_in_cells(state: str, tag: str) -> None:
    assert _registrants(edited_record(_IFF, _comed_under_iff(state, tag))) == [
        _IFF_ROW, _comed(state)]


def test_iff_two_names_one_state_printed_once() -> None:
    # (one state over the two registrants' numbers: both registrants')
    assert _registrants(edited_record(_IFF, _comed_under_iff(None))) == [
        _IFF_ROW, _comed("New York")]


def test_iff_two_names_joined_by_and_over_one_caption() -> None:
    edit = _comed_under_iff("Illinois")
    edit[_IFF_NAME] = _IFF_NAME + "\n<div>and</div>\n<div>COMMONWEALTH EDISON COMPANY</div>"
    assert _registrants(edited_record(_IFF, edit)) == [_IFF_ROW, _comed("Illinois")]


def test_iff_two_names_a_blank_line_apart_over_one_caption() -> None:
    # (a blank <div> between the names: the block over it is the first registrant's name)
    edit = _comed_under_iff("Illinois")
    edit[_IFF_NAME] = _IFF_NAME + "\n<div><br/></div>\n<div>COMMONWEALTH EDISON COMPANY</div>"
    assert _registrants(edited_record(_IFF, edit)) == [_IFF_ROW, _comed("Illinois")]


def test_split_names_at_and() -> None:
    from filing2json.parsers.sections.cover_stacked import split_names

    assert split_names("ALABAMA POWER COMPANY and GEORGIA POWER COMPANY", 2) == [
        "ALABAMA POWER COMPANY", "GEORGIA POWER COMPANY"]
    # (no part at an "and" inside a name, or before a word that closes no name)
    assert split_names("PROCTER AND GAMBLE COMPANY", 2) is None
    assert split_names("ACME INC. and Subsidiaries", 2) is None


# (neighbours that stay: the names over one row of numbers each; IFF as filed)

def test_iff_two_names_over_two_rows_of_numbers() -> None:
    text = _IFF.read_text(encoding="latin-1")
    start = text.index("<tr>", text.index("(Exact Name of Registrant"))
    row = text[start : text.index("</tr>", start) + len("</tr>")]
    comed_row = row.replace(">1-4858<", ">1-1839<").replace(">13-1432060<", ">36-0938600<") \
        .replace(">New York<", ">Illinois<")
    assert _registrants(edited_record(_IFF, {_IFF_NAME: _COMED_NAME, row: row + comed_row})) \
        == [_IFF_ROW, _comed("Illinois")]


def test_iff_as_filed() -> None:
    assert _registrants(edited_record(_IFF, {})) == [_IFF_ROW]


def test_states_worst_case_time() -> None:
    from filing2json.parsers.sections.cover_stacked import _states

    started = time.process_time()
    for _ in range(2_000):
        assert _states("New York " * 30 + "Nowhere", 10) is None
    assert _states("x " * 100_000, 2) is None
    assert time.process_time() - started < 5


# --- a moved company's old address under its new one, over one address caption --------------

_IFF_ZIP_CAPTION = "(Zip Code)"
_OLD_ADDRESS_ROW = "200 Powder Mill Road"


def test_iff_zip_in_its_own_cell_uncaptioned_old_office_under() -> None:
    # (the zip caption blanked: each office's zip in the cell beside it, the Wilmington
    # office printed under the New York one)
    record = edited_record(_IFF, {_IFF_ZIP_CAPTION: "&#160;"})
    assert _registrants(record) == [_IFF_ROW]


def test_iff_zip_in_its_own_cell_uncaptioned_one_office() -> None:
    text = _IFF.read_text(encoding="latin-1")
    old = text.index(_OLD_ADDRESS_ROW)
    start = text.rindex("<tr>", 0, old)
    end = text.index("</tr>", old) + len("</tr>")
    record = edited_record(_IFF, {text[start:end]: "", _IFF_ZIP_CAPTION: "&#160;"})
    assert _registrants(record)[0][4] == _IFF_ADDRESS


_UC_ADDRESS = ("1600 VALLEY ROAD, WAYNE, NEW JERSEY                 07470         \n"
               "(Address of Principal Executive Offices)         (Zip Code)\n")
_UC_OFFICE = {"street": "1600 VALLEY ROAD", "city": "WAYNE", "state": "NEW JERSEY",
              "zip": "07470"}


@pytest.mark.parametrize("lines", [
    "1600 VALLEY ROAD, WAYNE, NEW JERSEY 07470\n200 MAIN STREET, NEWARK, NEW JERSEY 07102\n",
    "1600 VALLEY ROAD\nWAYNE, NEW JERSEY 07470\n200 MAIN STREET\nNEWARK, NEW JERSEY 07102\n",
    "1600 VALLEY ROAD, WAYNE, NJ 07470\n200 MAIN STREET, NEWARK, NJ 07102\n",
    # (each zip far right, in a column no caption stands over)
    "1600 VALLEY ROAD, WAYNE, NEW JERSEY                 07470\n"
    "200 MAIN STREET, NEWARK, NEW JERSEY                 07102\n"])
def test_union_camp_old_office_under_the_new_one(lines: str) -> None:
    record = edited_record(_UNION_CAMP, {
        _UC_ADDRESS: lines + "(Address of Principal Executive Offices)\n"})
    address = dict(_UC_OFFICE, state="NJ") if ", NJ " in lines else _UC_OFFICE
    assert _registrants(record)[0][4] == address


# (neighbours that stay: the two offices beside a zip caption; a box number closing the line
# over the street; the office alone)

def test_union_camp_two_offices_zip_captioned() -> None:
    record = edited_record(_UNION_CAMP, {_UC_ADDRESS: _UC_ADDRESS.replace(
        "(Address", "200 MAIN STREET, NEWARK, NEW JERSEY                 07102\n(Address")})
    assert _registrants(record)[0][4] == _UC_OFFICE


def test_union_camp_box_number_over_the_street() -> None:
    record = edited_record(_UNION_CAMP, {_UC_ADDRESS: "P.O. BOX 10019\n1600 VALLEY ROAD\n"
                                         "WAYNE, NEW JERSEY 07470\n"
                                         "(Address of Principal Executive Offices)\n"})
    assert _registrants(record)[0][4] == dict(
        _UC_OFFICE, street="P.O. BOX 10019, 1600 VALLEY ROAD")


def test_union_camp_one_office() -> None:
    record = edited_record(_UNION_CAMP, {_UC_ADDRESS: "1600 VALLEY ROAD, WAYNE, NEW JERSEY "
                                         "07470\n(Address of Principal Executive Offices)\n"})
    assert _registrants(record)[0][4] == _UC_OFFICE


def test_city_closed_worst_case_time() -> None:
    from filing2json.parsers.sections.cover_above import _city_closed

    started = time.process_time()
    assert _city_closed("1" * 200_000) is False
    assert _city_closed("New York " * 25_000 + "10019") is True
    assert _city_closed("1-" * 100_000 + "10019") is False
    assert time.process_time() - started < 5


# --- state, file and IRS numbers one under another, each over its caption ------------------

_UC_NUMBERS = ("VIRGINIA                   1-4001            13-5652423          \n"
               "(State or Other          (File Number)       (I.R.S. Employer\n"
               "Jurisdiction of                              Identification No.)\n"
               "incorporation)\n")
_UC_ROW = ("UNION CAMP CORPORATION", "VIRGINIA", "1-4001", "13-5652423", _UC_OFFICE,
           "(201) 628-2000")


def _stacked(*blocks: tuple[str, str]) -> str:
    return "".join(f"                {value}\n        {caption}\n" for value, caption in blocks)


_STATE = ("VIRGINIA", "State or Other Jurisdiction of incorporation")
_FILE = ("1-4001", "Commission File Number")
_IRS = ("13-5652423", "I.R.S. Employer Identification No.")


@pytest.mark.parametrize("order", [(_STATE, _FILE, _IRS), (_STATE, _IRS, _FILE),
                                   (_FILE, _STATE, _IRS)])
def test_union_camp_values_stacked_over_unbracketed_captions(order: tuple[Any, ...]) -> None:
    assert _registrants(edited_record(_UNION_CAMP, {_UC_NUMBERS: _stacked(*order)})) == [_UC_ROW]


def test_iff_values_stacked_over_unbracketed_captions() -> None:
    text = _IFF.read_text(encoding="latin-1")
    start = text.index("<table", text.index("(Exact Name of Registrant"))
    table = text[start : text.index("</table>", start) + len("</table>")]
    stacked = "".join(f"<div>{value}</div>\n<div>{caption}</div>\n" for value, caption in (
        ("New York", "State or Other Jurisdiction of Incorporation"),
        ("1-4858", "Commission File Number"), ("13-1432060", "IRS Employer Identification No.")))
    assert _registrants(edited_record(_IFF, {table: stacked})) == [_IFF_ROW]


# (neighbours that stay: the same stacked under bracketed captions; Union Camp as filed)

def test_union_camp_values_stacked_over_bracketed_captions() -> None:
    blocks = [(value, f"({caption})") for value, caption in (_STATE, _FILE, _IRS)]
    assert _registrants(edited_record(_UNION_CAMP, {_UC_NUMBERS: _stacked(*blocks)})) \
        == [_UC_ROW]


def test_union_camp_as_filed() -> None:
    assert _registrants(edited_record(_UNION_CAMP, {})) == [_UC_ROW]
