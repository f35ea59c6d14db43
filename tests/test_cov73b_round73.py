"""Cover page, round 73b: a date of report whose day and month's name are split by a hyphen
on one side and spaces on the other ("10 -Aug 94", "10 Aug- 94"), in its own place; and a
cover row of state, file and IRS numbers printed under a name that is another row's (one
name over two rows of numbers) paired with the header's filer that carries the same IRS
number or commission file number, which names it (the row is no longer a nameless
registrant beside the same company appended from the header).

No corpus filing prints these shapes. They are made from Union Camp's 8-K of August 1994
(8k_1994_unioncampcorp_1.txt): its date line retyped (test_cov71b_round71's helper), and its
number row given a second row under it, its header a second filer (a finance company's, as
co-registrants' headers list them).
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from test_cov71b_round71 import _CAPTION, _UC_DATE, _UNION_CAMP, _dates
from test_cov72_round72 import _placed
from test_cov73_round73 import _AUGUST_10, _FROM_HEADER, _UC_ROW

from support import edited_record, validate

# --- a date of report with a hyphen on one side of the month and spaces on the other ----------

@pytest.mark.parametrize("line", [
    *_placed("10 -Aug 94"), *_placed("10 Aug- 94"),
    f"{_CAPTION}: 10 AUG -94\n", f"{_CAPTION}  10- Aug '94\n",
])
def test_union_camp_date_of_report_hyphen_on_one_side(line: str) -> None:
    assert _dates(_UNION_CAMP, {_UC_DATE: line}) == _AUGUST_10


def test_union_camp_report_and_event_hyphen_on_one_side() -> None:
    assert _dates(_UNION_CAMP, {_UC_DATE: f"{_CAPTION}: 12 -Aug 94 (10 Aug- 94)\n"}) == (
        "1994-08-12", "1994-08-10")


# (neighbours that stay: a four-digit year, read before; no such day; a longer number after
# the month; a hyphen spaced on both sides beside spaces, a range's ("June 30 - July 2");
# outside a cover place)

@pytest.mark.parametrize("line", _placed("10-Aug 1994"))
def test_union_camp_hyphen_on_one_side_four_digit_year_stays(line: str) -> None:
    assert _dates(_UNION_CAMP, {_UC_DATE: line}) == _AUGUST_10


@pytest.mark.parametrize("printed", ["31 -Feb 94", "10 -Aug 9412", "10 Aug- 9412",
                                     "10 - Aug 94", "10 Aug - 94"])
def test_union_camp_no_such_date_hyphen_on_one_side_stays_unread(printed: str) -> None:
    assert _dates(_UNION_CAMP, {_UC_DATE: f"{_CAPTION}: {printed}\n"}) == _FROM_HEADER


def test_hyphen_on_one_side_is_no_date_outside_a_cover_place() -> None:
    from filing2json.parsers.values import find_dates
    assert find_dates("on 10 -Aug 94 and 10 Aug- 94", dashed=True) == []


# --- a nameless cover row paired with the header filer of the same numbers ------------------

_SECOND_ROW = "DELAWARE                   33-55555          51-0350000\n"
_UC_HEADER_END = "\t\tDATE OF NAME CHANGE:\t19660921\n"


def _second_filer(irs: str, file_number: str, name: str = "UNION CAMP FINANCE CORP") -> str:
    """A second FILER block for the header, as EDGAR lists a co-registrant."""
    irs_line = f"\t\tIRS NUMBER:\t\t\t\t{irs}\n" if irs else ""
    return (f"\nFILER:\n\n\tCOMPANY DATA:\t\n\t\tCOMPANY CONFORMED NAME:\t\t\t{name}\n"
            f"\t\tCENTRAL INDEX KEY:\t\t\t0000912345\n{irs_line}"
            "\t\tSTATE OF INCORPORATION:\t\t\tDE\n\n\tFILING VALUES:\n\t\tFORM TYPE:\t\t8-K\n"
            f"\t\tSEC ACT:\t\t1934 Act\n\t\tSEC FILE NUMBER:\t{file_number}\n")


def _registrants(filer: str | None) -> list[tuple[Any, ...]]:
    edit = {_UC_ROW: _UC_ROW + _SECOND_ROW}
    if filer is not None:
        edit[_UC_HEADER_END] = _UC_HEADER_END + filer
    record = validate(edited_record(_UNION_CAMP, edit))
    return [(r["name"], r["cik"], r["state_of_incorporation"], r["commission_file_number"],
             r["irs_employer_id"]) for r in record["registrants"]]


_UNION_CAMP_ROW = ("UNION CAMP CORPORATION", "0000100783", "VIRGINIA", "1-4001", "13-5652423")


def test_union_camp_nameless_row_named_by_the_filer_of_its_irs_number() -> None:
    assert _registrants(_second_filer("510350000", "033-55555")) == [
        _UNION_CAMP_ROW,
        ("UNION CAMP FINANCE CORP", "0000912345", "DELAWARE", "33-55555", "51-0350000")]


def test_union_camp_nameless_row_named_by_the_filer_of_its_file_number() -> None:
    # the header gives no IRS number; its file number is printed with leading zeros
    assert _registrants(_second_filer("", "033-55555")) == [
        _UNION_CAMP_ROW,
        ("UNION CAMP FINANCE CORP", "0000912345", "DELAWARE", "33-55555", "51-0350000")]


# (neighbours that stay: no header filer for the row, or one of other numbers)

def test_union_camp_nameless_row_without_its_filer_stays_nameless() -> None:
    assert _registrants(None) == [
        _UNION_CAMP_ROW, (None, None, "DELAWARE", "33-55555", "51-0350000")]


def test_union_camp_filer_of_other_numbers_stays_apart() -> None:
    assert _registrants(_second_filer("510350001", "033-55556")) == [
        _UNION_CAMP_ROW, (None, None, "DELAWARE", "33-55555", "51-0350000"),
        ("UNION CAMP FINANCE CORP", "0000912345", "Delaware", "033-55556", "51-0350001")]


def test_placed_dates_hyphen_on_one_side_worst_case_time() -> None:
    from filing2json.parsers.values import find_dates, placed_dates
    for text in ("10 -Aug " * 25_000, "10 Aug- " * 25_000, "10  -Aug  " * 20_000,
                 "10 Aug  -" * 22_000):
        began = time.process_time()
        placed_dates(text, find_dates(text))
        assert time.process_time() - began < 5.0
