"""Cover page, round 72b: a date of report with hyphens set between spaces ("10 - Aug - 94",
"Aug - 10 - 94") or its day spelt out as an ordinal word ("August Tenth, 1994", "the tenth day
of August, 1994"), in its own place (after, under or above its caption); a telephone typed
with the letter O for zero among its digits ("(201) 628-2OOO" is "(201) 628-2000", not a
keypad's "2666"); and a former name printed after the word "Formerly" ("Formerly Union Camp
Paper Company", "(formerly known as ...)", "f/k/a ..."): the name without the caption word,
bracketed or not; securities[] of an HTML 12(b) table whose row after a whole class holds a
title alone ("Common Stock | ORCL | NYSE" then "Preferred Stock | | "): a second class of its
own, no symbol or exchange printed, not the first class's title wrapped.

No corpus filing prints these shapes. They are made from a real cover of the corpus: Union
Camp's 8-K of August 1994 (8k_1994_unioncampcorp_1.txt), its date line, telephone and former
name ("N/A") retyped (its header's period of report is August 9, 1994: the covers below print
August 10, so a date read from the header is told apart); Oracle's 8-K of July 2019
(8k_2019_oraclecorp_1.txt), its 12(b) table's rows retyped (test_cov70b_round70's helper).
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from test_cov70b_round70 import _oracle

from support import FILINGS, edited_record, validate

_UNION_CAMP = FILINGS / "8k_1994_unioncampcorp_1.txt"
_UC_DATE = "Date of Report (Date of earliest event reported) August 9, 1994 \n"
_CAPTION = "Date of Report (Date of earliest event reported)"
_UC_PHONE = "Registrant's telephone number, including area code (201) 628-2000"
_UC_FORMER = "    N/A                                                           \n"
_AUGUST_10 = ("1994-08-10", "1994-08-10")
_FROM_HEADER = ("1994-08-09", None)  # no date read on the cover: the header's period fills it


def _dates(edit: dict[str, str]) -> tuple[Any, Any]:
    record = validate(edited_record(_UNION_CAMP, edit))
    return record["report_date"], record["event_date"]


def _placed(printed: str) -> list[str]:
    """The cover's date printed after, under and above its caption."""
    return [f"{_CAPTION}: {printed}\n", f"{_CAPTION}\n                     {printed}\n",
            f"                     {printed}\n{_CAPTION}\n"]


def _registrant(edit: dict[str, str]) -> dict[str, Any]:
    registrants = validate(edited_record(_UNION_CAMP, edit))["registrants"]
    assert len(registrants) == 1
    return registrants[0]


# --- a date of report with hyphens set between spaces ---------------------------------------

@pytest.mark.parametrize("line", [
    *_placed("10 - Aug - 94"), *_placed("10 - AUG - 1994"), *_placed("Aug - 10 - 94"),
    f"{_CAPTION}  10 - AUG - '94\n",
])
def test_union_camp_date_of_report_spaced_hyphens(line: str) -> None:
    assert _dates({_UC_DATE: line}) == _AUGUST_10


# --- a date of report with the day spelt out ------------------------------------------------

@pytest.mark.parametrize("line", [
    *_placed("August Tenth, 1994"), *_placed("AUGUST TENTH, 1994"), *_placed("August tenth 1994"),
    *_placed("Tenth day of August, 1994"), *_placed("the tenth day of August 1994"),
])
def test_union_camp_date_of_report_day_spelt_out(line: str) -> None:
    assert _dates({_UC_DATE: line}) == _AUGUST_10


@pytest.mark.parametrize(("printed", "iso"), [
    ("August Twenty-Third, 1994", "1994-08-23"), ("August twenty first, 1994", "1994-08-21"),
    ("the Thirtieth day of August, 1994", "1994-08-30"),
    ("August Thirty-First, 1994", "1994-08-31"), ("August First, 1994", "1994-08-01"),
])
def test_union_camp_date_of_report_compound_ordinal(printed: str, iso: str) -> None:
    assert _dates({_UC_DATE: f"{_CAPTION}: {printed}\n"}) == (iso, iso)


@pytest.mark.parametrize("printed", [
    "September Thirty-First, 1994",  # no such day
    "August Tenth",  # no year
    "10 - Aug - 9",  # no whole year
])
def test_union_camp_date_of_report_not_a_day(printed: str) -> None:
    edit = {_UC_DATE: f"{_CAPTION}: {printed}\n"}
    assert _dates(edit) == _FROM_HEADER


# neighbours that read as before
@pytest.mark.parametrize("line", [*_placed("10-Aug-94"), *_placed("August 10th, 1994"),
                                  *_placed("10th day of August, 1994"), *_placed("8 / 10 / 94")])
def test_union_camp_date_of_report_round72_spellings_kept(line: str) -> None:
    assert _dates({_UC_DATE: line}) == _AUGUST_10


def test_placed_dates_worst_case_is_linear() -> None:
    from filing2json.parsers.values import find_dates, placed_dates

    for text in ("August " * 30_000, "10 - " * 40_000, "twenty-" * 30_000,
                 "tenth day of " * 15_000, "Aug - 10 - " * 20_000):
        start = time.process_time()
        placed_dates(text, find_dates(text))
        assert time.process_time() - start < 5


# --- a telephone typed with O for zero ------------------------------------------------------

@pytest.mark.parametrize(("printed", "phone"), [
    ("(201) 628-2OOO", "(201) 628-2000"), ("(201) 628-2OO0", "(201) 628-2000"),
    ("201-6O1-2OOO", "201-601-2000"),
])
def test_union_camp_phone_letter_o_for_zero(printed: str, phone: str) -> None:
    line = _UC_PHONE.replace("(201) 628-2000", printed)
    assert _registrant({_UC_PHONE: line})["phone"] == phone


# neighbours: a vanity number's letters stay a keypad's digits
@pytest.mark.parametrize(("printed", "phone"), [
    ("(201) 628-GOOD", "(201) 628-4663"), ("(800) 555-CTC1", "(800) 555-2821"),
    ("(201) 628-2000", "(201) 628-2000"),
])
def test_union_camp_phone_keypad_kept(printed: str, phone: str) -> None:
    line = _UC_PHONE.replace("(201) 628-2000", printed)
    assert _registrant({_UC_PHONE: line})["phone"] == phone


# --- a former name printed after "Formerly" -------------------------------------------------

@pytest.mark.parametrize(("printed", "name"), [
    ("Formerly Union Camp Paper Company", "Union Camp Paper Company"),
    ("FORMERLY UNION CAMP PAPER COMPANY", "UNION CAMP PAPER COMPANY"),
    ("Formerly: Union Camp Paper Company", "Union Camp Paper Company"),
    ("formerly, Union Camp Paper Company", "Union Camp Paper Company"),
    ("Formerly known as: Union Camp Paper Company", "Union Camp Paper Company"),
    ("f/k/a Union Camp Paper Company", "Union Camp Paper Company"),
    ("(Formerly Union Camp Paper Company)", "Union Camp Paper Company"),
    ("(formerly known as Union Camp Paper Company)", "Union Camp Paper Company"),
])
def test_union_camp_former_name_after_formerly(printed: str, name: str) -> None:
    assert _registrant({_UC_FORMER: f"    {printed}\n"})["former_name"] == name


# neighbours: a name alone, and one that starts with the letters, stay as printed
@pytest.mark.parametrize(("printed", "name"), [
    ("Union Camp Paper Company", "Union Camp Paper Company"),
    ("Formerlyn Paper Company", "Formerlyn Paper Company"),
    ("N/A", None),
])
def test_union_camp_former_name_kept(printed: str, name: str | None) -> None:
    assert _registrant({_UC_FORMER: f"    {printed}\n"})["former_name"] == name


# --- an HTML 12(b) row holding a title alone after a whole class ----------------------------

_NYSE = "New York Stock Exchange"
_COMMON = ("Common Stock", "ORCL", _NYSE)


@pytest.mark.parametrize(("rows", "securities"), [
    ((_COMMON, ("Preferred Stock", "", "")),
     [("Common Stock", "ORCL", _NYSE), ("Preferred Stock", None, None)]),
    ((_COMMON, ("Preferred Share Purchase Rights", "", "")),
     [("Common Stock", "ORCL", _NYSE), ("Preferred Share Purchase Rights", None, None)]),
    ((("Common Stock, par value $0.01 per share", "ORCL", _NYSE),
      ("Preferred Stock Purchase Rights", "", "")),
     [("Common Stock, par value $0.01 per share", "ORCL", _NYSE),
      ("Preferred Stock Purchase Rights", None, None)]),
    ((_COMMON, ("Preferred Stock", "", ""), ("Warrants", "ORCLW", _NYSE)),
     [("Common Stock", "ORCL", _NYSE), ("Preferred Stock", None, None),
      ("Warrants", "ORCLW", _NYSE)]),
])
def test_oracle_title_alone_after_whole_class_is_its_own(
        rows: tuple[tuple[str, str, str], ...], securities: list[tuple[Any, ...]]) -> None:
    assert _oracle(*rows) == securities


# neighbours: a title's wrapped words (no whole title above, or no class named) still join it
@pytest.mark.parametrize(("rows", "title"), [
    ((("Common Stock, par value $0.01", "ORCL", _NYSE), ("per share", "", "")),
     "Common Stock, par value $0.01 per share"),
    ((("Depositary Shares, each representing a share of Series A Preferred", "ORCL", _NYSE),
      ("Stock", "", "")),
     "Depositary Shares, each representing a share of Series A Preferred Stock"),
    ((("Preferred Stock Purchase", "ORCL", _NYSE), ("Rights", "", "")),
     "Preferred Stock Purchase Rights"),
    ((("Class A Common", "ORCL", _NYSE), ("Stock", "", "")), "Class A Common Stock"),
])
def test_oracle_wrapped_title_still_joins(rows: tuple[tuple[str, str, str], ...],
                                          title: str) -> None:
    assert _oracle(*rows) == [(title, "ORCL", _NYSE)]
