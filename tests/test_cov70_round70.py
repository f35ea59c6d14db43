"""Cover page, round 70: two whole offices a blank line apart over one address caption (a
moved company's new office over its old one) give the upper one, as they did printed
adjacent (round 69b); a combined filing's table of columns whose row leaves its state cell
empty (a state printed once for the rows under it, or in a cell spanning them) keeps every
registrant, each row with no state taking the state printed in the row above.

No corpus filing prints these shapes. They are made from real covers of the corpus: Union
Camp's 8-K of August 1994 (8k_1994_unioncampcorp_1.txt), given an old Newark office a blank
line under its Wayne one; Exelon's 8-K of April 2005 (8k_2005_exeloncorp_1.txt), its
registrant table retyped with a column for each field, Exelon's, ComEd's and PECO's rows,
PECO's state cell left empty or ComEd's state cell spanning both rows; and Ferrellgas' 2003
cover (test_cover's stacked rows over bracketed captions), its co-issuer's state left blank.
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from test_cov63_round63 import _ADDRESS, _PHONE, CTC
from test_cov68b_round68 import _EXELON, _EXELONS, _row
from test_cov69b_round69 import _UC_ADDRESS, _UC_OFFICE, _UNION_CAMP
from test_cover import FERRELLGAS_REGION, _stacked_names

from support import edited_record, validate


def _address(record: dict[str, Any]) -> dict[str, Any]:
    validate(record)
    return record["registrants"][0]["address"]


# --- two whole offices a blank line apart over one address caption -------------------------

_CAPTION = "(Address of Principal Executive Offices)\n"


@pytest.mark.parametrize("lines", [
    "1600 VALLEY ROAD, WAYNE, NEW JERSEY 07470\n\n200 MAIN STREET, NEWARK, NEW JERSEY 07102\n"
    + _CAPTION,
    "1600 VALLEY ROAD\nWAYNE, NEW JERSEY 07470\n\n200 MAIN STREET\nNEWARK, NEW JERSEY 07102\n"
    + _CAPTION,
    # (a blank line under the old office too)
    "1600 VALLEY ROAD, WAYNE, NEW JERSEY 07470\n\n200 MAIN STREET, NEWARK, NEW JERSEY 07102\n\n"
    + _CAPTION,
    # (each zip in the zip's column)
    "1600 VALLEY ROAD, WAYNE, NEW JERSEY                 07470\n\n"
    "200 MAIN STREET, NEWARK, NEW JERSEY                 07102\n"
    "(Address of Principal Executive Offices)         (Zip Code)\n"])
def test_union_camp_old_office_a_blank_line_under_the_new_one(lines: str) -> None:
    assert _address(edited_record(_UNION_CAMP, {_UC_ADDRESS: lines})) == _UC_OFFICE


# (neighbours that stay: a city line a blank line under its street is the office's (as a
# building's line over the street: test_cover_round30); a suite's line over a whole office
# is left out; the office alone)

def test_union_camp_city_line_a_blank_line_under_its_street_stays() -> None:
    lines = "1600 VALLEY ROAD\n\nWAYNE, NEW JERSEY 07470\n" + _CAPTION
    assert _address(edited_record(_UNION_CAMP, {_UC_ADDRESS: lines})) == _UC_OFFICE


def test_union_camp_suite_over_a_whole_office_stays_out() -> None:
    lines = "SUITE 400\n\n1600 VALLEY ROAD, WAYNE, NEW JERSEY 07470\n" + _CAPTION
    assert _address(edited_record(_UNION_CAMP, {_UC_ADDRESS: lines})) == _UC_OFFICE


def test_union_camp_one_office_under_a_blank_line() -> None:
    lines = "\n1600 VALLEY ROAD\nWAYNE, NEW JERSEY 07470\n" + _CAPTION
    assert _address(edited_record(_UNION_CAMP, {_UC_ADDRESS: lines})) == _UC_OFFICE


# --- a table of columns, a row's state cell empty --------------------------------------------

_HEAD = _row("Commission File Number", "Exact Name of Registrant as Specified in Its Charter",
             "State of Incorporation", "IRS Employer Identification No.")
_NAME_HEAD = _row("Exact Name of Registrant as Specified in Its Charter",
                  "State or Other Jurisdiction of Incorporation", "Commission File Number",
                  "IRS Employer Identification No.")


def _columns(rows: str, head: str = _HEAD) -> dict[str, str]:
    """Exelon's registrant table retyped as `head` over `rows`, the address and telephone
    captioned once under it."""
    text = _EXELON.read_text(encoding="latin-1")
    start = text.index('<TABLE style="font-size: 10pt" cellspacing="0" border="0"')
    end = text.index("</TABLE>", start) + len("</TABLE>")
    return {text[start:end]: '<TABLE width="100%">\n' + head + rows + "</TABLE>\n"
            "<P align=center>10 South Dearborn Street&nbsp;&#151;&nbsp;37th Floor<BR>"
            "P.O. Box 805379<BR>Chicago, Illinois 60680-5379<BR>"
            "(Address of principal executive offices)</P>\n<P align=center>(312)&nbsp;"
            "394-7398<BR>(Registrant's telephone number, including area code)</P>\n"}


def _numbers(record: dict[str, Any]) -> list[tuple[Any, ...]]:
    validate(record)
    return [(r["commission_file_number"], r["name"], r["state_of_incorporation"],
             r["irs_employer_id"]) for r in record["registrants"]]


def _states(*states: str) -> list[tuple[str, ...]]:
    return [(file, name, state, irs) for (file, name, _, irs), state
            in zip(_EXELONS, states, strict=True)]


def test_exelon_columns_last_state_cell_empty() -> None:
    rows = "".join(_row(file, name, state if file != "1-1401" else "", irs)
                   for file, name, state, irs in _EXELONS)
    assert _numbers(edited_record(_EXELON, _columns(rows))) == _states(
        "Pennsylvania", "Illinois", "Illinois")


def test_exelon_columns_state_cell_spanning_two_rows() -> None:
    (file0, name0, state0, irs0), (file1, name1, state1, irs1), (file2, name2, _, irs2) = \
        _EXELONS
    rows = (_row(file0, name0, state0, irs0)
            + f"<TR><TD>{file1}</TD><TD>{name1}</TD><TD rowspan=2>{state1}</TD>"
            f"<TD>{irs1}</TD></TR>\n<TR><TD>{file2}</TD><TD>{name2}</TD><TD>{irs2}</TD></TR>\n")
    assert _numbers(edited_record(_EXELON, _columns(rows))) == _states(
        "Pennsylvania", "Illinois", "Illinois")


def test_exelon_columns_name_first_state_printed_once() -> None:
    rows = "".join(_row(name, state if file == "1-16169" else "&nbsp;", file, irs)
                   for file, name, state, irs in _EXELONS)
    assert _numbers(edited_record(_EXELON, _columns(rows, _NAME_HEAD))) == _states(
        "Pennsylvania", "Pennsylvania", "Pennsylvania")


# (neighbour that stays: each row its own state)

def test_exelon_columns_each_row_its_state() -> None:
    rows = "".join(_row(*cells) for cells in _EXELONS)
    assert _numbers(edited_record(_EXELON, _columns(rows))) == _states(
        "Pennsylvania", "Illinois", "Pennsylvania")


# --- stacked rows over bracketed captions, the second row's state blank --------------------

_FERRELLGAS = FERRELLGAS_REGION  # the Ferrellgas rows of tests/test_cover.py
_FINANCE_STATE = "Finance Corp.       Delaware"
_FERRELLGAS_ROWS = [
    ("Ferrellgas Partners, L.P.", "Delaware", "001-11331", "43-1698480", "(816) 792-1600"),
    ("Ferrellgas Partners Finance Corp.", "Delaware", "333-06693", "43-1742520",
     "(816) 792-1600")]


def test_ferrellgas_second_row_state_blank() -> None:
    region = _FERRELLGAS.replace(_FINANCE_STATE, "Finance Corp.               ")
    assert _stacked_names(region, False) == _FERRELLGAS_ROWS


def test_ferrellgas_no_state_printed() -> None:
    # (neighbour that stays: no row prints a state, no registrant has one)
    region = _FERRELLGAS.replace(_FINANCE_STATE, "Finance Corp.               ").replace(
        "L.P.               Delaware", "L.P.                       ")
    assert _stacked_names(region, False) == [
        (name, None, file, irs, phone) for name, _, file, irs, phone in _FERRELLGAS_ROWS]


# --- no telephone line nor "N/A" pair leaks into the former name ----------------------------

_FORMER = " (Former name or former address if changed since last\nreport)\n"


def _former(edit: dict[str, str]) -> tuple[Any, Any]:
    (reg,) = validate(edited_record(CTC, edit))["registrants"]
    return reg["former_name"], reg["phone"]


@pytest.mark.parametrize(("lines", "phone"), [
    ("          Tel. (781) 466-8080, fax (781) 466-1234\n", "(781) 466-8080"),
    ("          Telephone (781) 466-8080\n", "(781) 466-8080"),
    ("          Tel. 781.466.8080     Fax 781.466.1234\n", "781.466.8080"),
    ("\n                               781.466.8080\n", "781.466.8080"),
    ("          Fax: 781.466.1234\n", None)],
    ids=["tel_fax", "telephone", "fax_beside", "bare", "fax"])
def test_ctc_phone_line_over_the_former_name_caption(lines: str, phone: str | None) -> None:
    # (the sample's telephone caption dropped, the number under the address's caption and
    # over the former name's, with no former name printed)
    assert _former({_PHONE: "", _ADDRESS: _ADDRESS + lines}) == (None, phone)


@pytest.mark.parametrize("value", ["Not applicable                                     N/A",
                                   "N/A          N/A", "None, None"])
def test_ctc_two_values_stating_nothing_over_the_former_caption(value: str) -> None:
    assert _former({_FORMER: f"        {value}\n{_FORMER}"}) == (None, "(781) 466-8080")


# (neighbours that stay: a former name over its caption, or under a caption printed above it;
# one "Not Applicable" under it)

@pytest.mark.parametrize("edit", [
    {_FORMER: "                 CTC Communications Corp.\n" + _FORMER},
    {_FORMER: " (Former name or former address, if changed since last report.)\n"
              "                 CTC Communications Corp.\n"}])
def test_ctc_former_name_stays(edit: dict[str, str]) -> None:
    assert _former(edit) == ("CTC Communications Corp.", "(781) 466-8080")


def test_ctc_not_applicable_under_the_caption_printed_above() -> None:
    edit = {_FORMER: " (Former name or former address, if changed since last report.)\n"
                     "                 Not Applicable\n"}
    assert _former(edit) == (None, "(781) 466-8080")


def test_values_stating_nothing_worst_case_time() -> None:
    from filing2json.parsers.sections.cover import _clean

    started = time.process_time()
    assert _clean("N/A " * 50_000 + "Corp.") == "N/A " * 49_999 + "N/A Corp."
    assert _clean("Not applicable, " * 12_000 + "x") is not None
    assert time.process_time() - started < 5
