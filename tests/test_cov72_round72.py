"""Cover page, round 72: a date of report spelt the other ways covers print it, in its own
place (after, under or above its caption): the month's name with a two-digit year
("10-Aug-94", "10 AUG 94", "Aug-10-94"), the day's ordinal before "day of" ("10th day of
August, 1994") and slashes set between spaces ("8 / 10 / 94"); securities[] read from an
HTML 12(b) table whose exchange cell wraps the name's last words onto a row of their own
("NYSE American" / "LLC", "Cboe BZX Exchange," / "Inc.", "NYSE" / "Arca", "Cboe BZX" /
"Exchange, Inc."), and from a title cell stacking fewer classes than the exchanges stacked
beside it ("Common Stock" / "Preferred Share Purchase Rights" beside three exchanges: each
class on its line's exchange, the last class on the rest too, as the same table typed in
text reads).

No corpus filing prints these shapes. They are made from real covers of the corpus: Union
Camp's 8-K of August 1994 (8k_1994_unioncampcorp_1.txt), its date line retyped (its header's
period of report is August 9, 1994: the covers below print other days, so a date read from
the header is told apart); Sophiris Bio's 8-K of March 2016 (8k_2016_sophirisbioinc_1.htm, no
header), its date over the caption retyped; Oracle's 8-K of July 2019
(8k_2019_oraclecorp_1.txt), its 12(b) table's rows retyped, and PerkinElmer's 10-K405 of 2001
(10k405_2001_perkinelmerinc_1.txt), its 12(b) table retyped (test_cov70b_round70's helpers).
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from test_cov70b_round70 import _oracle, _perkinelmer
from test_cov71_round71 import _PK_HEADS
from test_cov71b_round71 import (
    _CAPTION,
    _CHICAGO,
    _NYSE,
    _SO_DATE,
    _SOPHIRIS,
    _UC_DATE,
    _UNION_CAMP,
    _dates,
)

_AUGUST_10 = ("1994-08-10", "1994-08-10")
_FROM_HEADER = ("1994-08-09", None)  # no date read on the cover: the header's period fills it
_PACIFIC = "Pacific Exchange, Inc."
_RIGHTS = "Preferred Share Purchase Rights"


def _placed(printed: str) -> list[str]:
    """The cover's date printed after, under and above its caption."""
    return [f"{_CAPTION}: {printed}\n", f"{_CAPTION}\n                     {printed}\n",
            f"                     {printed}\n{_CAPTION}\n"]


# --- a date of report with the month's name and a two-digit year ----------------------------

@pytest.mark.parametrize("line", [
    *_placed("10-Aug-94"), *_placed("10 AUG 94"), *_placed("Aug-10-94"),
    f"{_CAPTION}  10-AUG-'94\n",
])
def test_union_camp_date_of_report_month_name_two_digit_year(line: str) -> None:
    assert _dates(_UNION_CAMP, {_UC_DATE: line}) == _AUGUST_10


# --- a date of report with the day's ordinal before "day of" --------------------------------

@pytest.mark.parametrize("line", [
    *_placed("10th day of August, 1994"), *_placed("the 10th day of August 1994"),
    f"{_CAPTION}:   the 10th day of\n                    August, 1994\n",  # (wrapped)
])
def test_union_camp_date_of_report_day_of_month(line: str) -> None:
    assert _dates(_UNION_CAMP, {_UC_DATE: line}) == _AUGUST_10


# --- a date of report with slashes set between spaces ---------------------------------------

@pytest.mark.parametrize("line", [*_placed("8 / 10 / 94"), *_placed("8 / 10 / 1994"),
                                  f"{_CAPTION}: 8 /10/ 94\n"])
def test_union_camp_date_of_report_spaced_slashes(line: str) -> None:
    assert _dates(_UNION_CAMP, {_UC_DATE: line}) == _AUGUST_10


@pytest.mark.parametrize("line", [
    f"{_CAPTION}: 12-Aug-94 (10-Aug-94)\n",
    f"{_CAPTION}: 12th day of August, 1994 (10th day of August, 1994)\n",
    f"{_CAPTION}: 8 / 12 / 94 (8 / 10 / 94)\n",
])
def test_union_camp_date_of_report_and_event_spelt_other_ways(line: str) -> None:
    # the report's date, the event's in brackets
    assert _dates(_UNION_CAMP, {_UC_DATE: line}) == ("1994-08-12", "1994-08-10")


@pytest.mark.parametrize("printed", ["23-Mar-16", "23 MAR 16", "Mar-23-16",
                                     "23rd day of March, 2016", "3 / 23 / 16"])
def test_sophiris_date_over_the_caption_spelt_other_ways(printed: str) -> None:
    assert _dates(_SOPHIRIS, {_SO_DATE: f"<B>{printed}</B></FONT></P>"}) == (
        "2016-03-23", "2016-03-23")


# (neighbours that stay: the spellings read before; no such day, no date, the header's period
# fills it; the shapes are a cover date's place's only, DATE_RE everywhere else reads none)

@pytest.mark.parametrize("line", [
    *_placed("10 August 1994"), *_placed("August 10th, 1994"), *_placed("10-Aug-1994"),
    f"{_CAPTION}: 8/10/94\n",
    f"{_CAPTION}: 10 - Aug - 94\n",  # (round 72b: hyphens set between spaces are read)
])
def test_union_camp_date_of_report_spellings_read_before_stay(line: str) -> None:
    assert _dates(_UNION_CAMP, {_UC_DATE: line}) == _AUGUST_10


@pytest.mark.parametrize("printed", ["13 / 31 / 94", "31-Feb-94", "Aug-10-9412"])
def test_union_camp_no_such_date_stays_unread(printed: str) -> None:
    assert _dates(_UNION_CAMP, {_UC_DATE: f"{_CAPTION}: {printed}\n"}) == _FROM_HEADER


def test_other_spellings_are_no_date_outside_a_cover_place() -> None:
    from filing2json.parsers.values import find_dates, parse_date
    text = "on 10-Aug-94 at 8 / 10 / 94, the 10th day of August, 1994, 5 May 12"
    assert (find_dates(text, dashed=True), parse_date("10 AUG 94")) == ([], None)


def test_cover_dates_other_spellings_worst_case_time() -> None:
    from filing2json.parsers.sections.cover import cover_dates
    began = time.process_time()
    for region in (f"{_CAPTION}: " + "10 Aug 9" * 25000,
                   f"{_CAPTION}: " + "1 / 2 / " * 25000,
                   f"{_CAPTION}: " + "10th day of August, " * 10000,
                   "Aug-10-9 Aug-1" * 15000 + f"\n{_CAPTION}"):
        cover_dates(region)
    assert time.process_time() - began < 5


# --- an exchange's last words wrapped onto a row of their own, in HTML ----------------------

@pytest.mark.parametrize(("first", "rest", "name"), [
    ("NYSE American", "LLC", "NYSE American LLC"),
    ("Cboe BZX Exchange,", "Inc.", "Cboe BZX Exchange, Inc."),
    ("NYSE Arca,", "Inc.", "NYSE Arca, Inc."),
    ("The Nasdaq Global Select Market", "LLC", "The Nasdaq Global Select Market LLC"),
    ("NYSE", "Arca", "NYSE Arca"),
    ("NYSE", "American LLC", "NYSE American LLC"),
    ("Cboe BZX", "Exchange, Inc.", "Cboe BZX Exchange, Inc."),
    ("Cboe", "BZX Exchange, Inc.", "Cboe BZX Exchange, Inc."),
    ("NYSE", "Arca, Inc.", "NYSE Arca, Inc."),
])
def test_oracle_exchange_last_words_wrapped_onto_their_own_row(first: str, rest: str,
                                                              name: str) -> None:
    assert _oracle(("Common Stock", "ORCL", first), ("", "", rest)) == [
        ("Common Stock", "ORCL", name)]


def test_oracle_two_classes_each_exchange_wrapped() -> None:
    assert _oracle(("Common Stock", "ORCL", "NYSE American"), ("", "", "LLC"),
                   ("Preferred Stock", "ORCLP", "NYSE American"), ("", "", "LLC")) == [
        ("Common Stock", "ORCL", "NYSE American LLC"),
        ("Preferred Stock", "ORCLP", "NYSE American LLC")]


# (neighbours that stay: a wrap the rows read before; a second exchange in a row of its own)

@pytest.mark.parametrize(("first", "rest", "name"), [
    ("Nasdaq Global", "Select Market", "Nasdaq Global Select Market"),
    ("The Nasdaq Capital", "Market", "The Nasdaq Capital Market"),
    ("Cboe Options", "Exchange", "Cboe Options Exchange"),
    ("The NASDAQ Stock", "Market LLC", "The NASDAQ Stock Market LLC"),
])
def test_oracle_exchange_wrapped_read_before_stays(first: str, rest: str, name: str) -> None:
    assert _oracle(("Common Stock", "ORCL", first), ("", "", rest)) == [
        ("Common Stock", "ORCL", name)]


@pytest.mark.parametrize("second", ["NYSE Chicago, Inc.", _CHICAGO])
@pytest.mark.parametrize("first", [_NYSE, "NYSE"])
def test_oracle_second_exchange_on_a_row_of_its_own_stays(first: str, second: str) -> None:
    assert _oracle(("Common Stock", "ORCL", first), ("", "", second)) == [
        ("Common Stock", "ORCL", first), ("Common Stock", "ORCL", second)]


# --- fewer classes stacked than the exchanges stacked beside them, in HTML -------------------

_THREE = f"{_NYSE}<BR>{_CHICAGO}<BR>{_PACIFIC}"


@pytest.mark.parametrize(("symbols", "marks"), [
    ("", (None, None)), ("ORCL", ("ORCL", None)), ("ORCL<BR>ORCLR", ("ORCL", "ORCLR"))])
def test_oracle_two_classes_beside_three_exchanges(symbols: str, marks: tuple[Any, Any]
                                                   ) -> None:
    assert _oracle((f"Common Stock<BR>{_RIGHTS}", symbols, _THREE)) == [
        ("Common Stock", marks[0], _NYSE), (_RIGHTS, marks[1], _CHICAGO),
        (_RIGHTS, marks[1], _PACIFIC)]


def test_oracle_two_classes_beside_one_exchange_three_times() -> None:
    assert _oracle((f"Common Stock<BR>{_RIGHTS}", "", f"{_NYSE}<BR>{_NYSE}<BR>{_NYSE}")) == [
        ("Common Stock", None, _NYSE), (_RIGHTS, None, _NYSE)]


# (neighbours that stay: the same table typed in text; as many classes as exchanges; one
# class on each exchange; as many classes as one exchange's lines)

def test_perkinelmer_two_classes_beside_three_exchanges_stays() -> None:
    assert _perkinelmer(
        _PK_HEADS + f"   Common Stock, $1 par value                 {_NYSE}\n"
        f"   {_RIGHTS}            {_CHICAGO}\n" + " " * 46 + f"{_PACIFIC}\n") == [
        ("Common Stock, $1 par value", None, _NYSE), (_RIGHTS, None, _CHICAGO),
        (_RIGHTS, None, _PACIFIC)]


def test_oracle_three_classes_beside_three_exchanges_stays() -> None:
    assert _oracle((f"Common Stock<BR>{_RIGHTS}<BR>Warrants", "", _THREE)) == [
        ("Common Stock", None, _NYSE), (_RIGHTS, None, _CHICAGO), ("Warrants", None, _PACIFIC)]


def test_oracle_one_class_beside_three_exchanges_stays() -> None:
    assert _oracle(("Common Stock", "", _THREE)) == [
        ("Common Stock", None, _NYSE), ("Common Stock", None, _CHICAGO),
        ("Common Stock", None, _PACIFIC)]


def test_oracle_two_classes_beside_one_exchange_twice_stays() -> None:
    assert _oracle((f"Common Stock<BR>{_RIGHTS}", "ORCL", f"{_NYSE}<BR>{_NYSE}")) == [
        ("Common Stock", "ORCL", _NYSE), (_RIGHTS, None, _NYSE)]
