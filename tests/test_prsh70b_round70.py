"""Press-release head and body, round 70b: more datelines that open with their date.

- a date in figures first, the year in full ("01/29/2009 -- BELLINGHAM, WA -- Horizon";
  month first, day first when the day is over 12): city, state and date, where no release was
  found at all before (``press_patterns.DATE_FIRST``'s numdate; ``press_dateline.
  _FIGURES_FIRST`` in the hint); and run into a release label ("01/30/2009 -- FOR IMMEDIATE
  RELEASE"), the head's date line, not its headline (``press_dateline._DATED_LABEL``);
- the place in brackets after the date ("Jan. 29, 2009 (BELLINGHAM, WA) -- Horizon"): a
  known state or province there, or a known city alone (``press_patterns.DATE_PAREN_PLACE``,
  ``press_dateline._bracket_place``; "(Benzinga)" stays a wire's credit);
- the place in brackets before the date, "(BELLINGHAM, WA) Jan. 29, 2009 -- Horizon"
  (``press_dateline._PAREN_PLACE_FIRST``), and a state then a date in figures with no comma
  between, "BELLINGHAM, WA 01/29/2009 -- Horizon" (``press_dateline._STATE_DATE``);
- a US postcode after the state ("BELLINGHAM, WA 98225, Jan. 29, 2009 -- Horizon"), kept out
  of the state (``press_patterns.ZIP`` in both modules' places);
- a date-first dateline's words between dashes must read as a place, as a comma's do since
  round 70 (a known state after them, capitals; now or a known city, and no firm, after
  either): "Jan. 29, 2009 -- The Company -- Horizon" is dated, with no city; "Jan. 29, 2009,
  Chicago -- Horizon" reads Chicago (``press_dateline._place_after_date``).
All on Horizon Financial's 8-K (2009), edited.
"""

from __future__ import annotations

import time
from typing import Any

from support import FILINGS, edited_record

HORIZON = FILINGS / "8k_2009_horizonfinancialcorp_1.txt"
_DATELINE = "BELLINGHAM, WA, Jan. 29, 2009 -- Horizon"
_HEADLINE = "Horizon Financial Reports Third Quarter of Fiscal 2009 Results"
_BELLINGHAM = {"city": "BELLINGHAM", "state": "WA", "date": "2009-01-29"}
_DATED = {"city": None, "state": None, "date": "2009-01-29"}


def _release(dateline: str) -> dict[str, Any]:
    """The one press release of Horizon Financial's 8-K (2009), its dateline edited."""
    (release,) = edited_record(HORIZON, {_DATELINE: dateline})["press_releases"]
    return release


# ---- a date in figures first -------------------------------------------------------------


def test_figure_date_then_place_between_dashes() -> None:
    release = _release("01/29/2009 -- BELLINGHAM, WA -- Horizon")
    assert release["dateline"] == _BELLINGHAM
    assert release["headline"] == _HEADLINE
    assert release["date"] == "2009-01-29"


def test_figure_date_one_digit_month_mixed_case_place() -> None:
    release = _release("1/29/2009 - Bellingham, Washington - Horizon")
    assert release["dateline"] == {
        "city": "Bellingham", "state": "Washington", "date": "2009-01-29"}


def test_figure_date_alone_before_the_company() -> None:
    assert _release("01/29/2009 -- Horizon")["dateline"] == _DATED


def test_place_then_figure_date_unchanged() -> None:
    # (the place first, the date in figures after its comma: read before this round too)
    assert _release("BELLINGHAM, WA, 01/29/2009 -- Horizon")["dateline"] == _BELLINGHAM


def test_figure_date_first_needs_full_year_and_a_mark() -> None:
    from filing2json.parsers.sections.press_patterns import DATE_FIRST

    assert DATE_FIRST.match("01/29/2009 -- Horizon Financial Corp. today") is not None
    # (round 71: a two-figure year is read too, a mark after it still wanted)
    assert DATE_FIRST.match("01/29/09 -- Horizon Financial Corp. today") is not None
    assert DATE_FIRST.match("01/29/2009 02/28/2009 Horizon Financial") is None
    assert DATE_FIRST.match("01/29/2009/ -- Horizon Financial") is None


def test_figure_date_day_first_when_day_over_twelve() -> None:
    assert _release("29/01/2009 -- BELLINGHAM, WA -- Horizon")["dateline"] == _BELLINGHAM


# ---- the place in brackets after the date ------------------------------------------------


def test_place_in_brackets_after_date() -> None:
    release = _release("Jan. 29, 2009 (BELLINGHAM, WA) -- Horizon")
    assert release["dateline"] == _BELLINGHAM
    assert release["headline"] == _HEADLINE


def test_place_in_brackets_mixed_case_and_figures() -> None:
    release = _release("January 29, 2009 (Bellingham, Washington) - Horizon")
    assert release["dateline"] == {
        "city": "Bellingham", "state": "Washington", "date": "2009-01-29"}
    assert _release("01/29/2009 (BELLINGHAM, WA) -- Horizon")["dateline"] == _BELLINGHAM


def test_known_city_alone_in_brackets() -> None:
    assert _release("Jan. 29, 2009 (Chicago) -- Horizon")["dateline"] == {
        "city": "Chicago", "state": None, "date": "2009-01-29"}


def test_credit_or_firm_in_brackets_is_no_place() -> None:
    # (a wire's credit of any name, and a firm, as before: the date alone)
    assert _release("Jan. 29, 2009 (Benzinga) -- Horizon")["dateline"] == _DATED
    assert _release("Jan. 29, 2009 (Acme Corp.) -- Horizon")["dateline"] == _DATED


def test_date_paren_place_linear_time() -> None:
    from filing2json.parsers.sections.press_patterns import DATE_PAREN_PLACE

    line = "June 3, 2024 (" + "Aa " * 70_000 + "-- Acme"
    start = time.process_time()
    assert DATE_PAREN_PLACE.match(line) is None
    assert DATE_PAREN_PLACE.match("June 3, 2024 (Austin, " + "Tx " * 70_000) is None
    assert time.process_time() - start < 5


def test_place_in_brackets_before_date() -> None:
    assert _release("(BELLINGHAM, WA) Jan. 29, 2009 -- Horizon")["dateline"] == _BELLINGHAM
    assert _release("(Bellingham, Washington) - 01/29/2009 - Horizon")["dateline"] == {
        "city": "Bellingham", "state": "Washington", "date": "2009-01-29"}
    assert _release("(Chicago) Jan. 29, 2009 -- Horizon")["dateline"] == {
        "city": "Chicago", "state": None, "date": "2009-01-29"}


def test_date_in_brackets_before_place_unchanged() -> None:
    assert _release("(Jan. 29, 2009) BELLINGHAM, WA -- Horizon")["dateline"] == _BELLINGHAM


def test_bracket_place_hint_linear_time() -> None:
    from filing2json.parsers.sections.press_dateline import locate_dateline, match_dateline

    rows = [
        "(Aa, Bb Cc Dd Ee Ff Gg Hh Ii Jj Kk Ll Mm) - Jan",
        "(" + "A" * 39 + ") 01/29/2009 -- " + "A" * 40,
        "01/29/2009 -- " + "Aa, " * 30,
        "29/29/2009 / (" + "A " * 30,
    ]
    text = "\n".join(rows * 1500)  # (about 200 KB)
    start = time.process_time()
    assert locate_dateline(text.split("\n")) is None
    for row in rows[:2] + rows[3:]:
        assert match_dateline(row * 200) is None
    # (a date in figures before words: a date-first dateline, with no announcement after it)
    found = match_dateline(rows[2] * 200)
    assert found is not None and found[1].group() == "01/29/2009 -- "
    assert time.process_time() - start < 5


# ---- a postcode after the state ----------------------------------------------------------


def test_postcode_then_date() -> None:
    release = _release("BELLINGHAM, WA 98225, Jan. 29, 2009 -- Horizon")
    assert release["dateline"] == _BELLINGHAM
    assert release["headline"] == _HEADLINE


def test_postcode_plus_four_and_dash() -> None:
    assert _release("BELLINGHAM, WA 98225-1234, Jan. 29, 2009 -- Horizon")["dateline"] \
        == _BELLINGHAM
    assert _release("BELLINGHAM, WA 98225 -- Jan. 29, 2009 -- Horizon")["dateline"] \
        == _BELLINGHAM


def test_state_then_figure_date_no_comma() -> None:
    assert _release("BELLINGHAM, WA 01/29/2009 -- Horizon")["dateline"] == _BELLINGHAM
    assert _release("BELLINGHAM, WA 98225 01/29/2009 -- Horizon")["dateline"] == _BELLINGHAM
    # (no state: a firm's name before the date is no place)
    assert _release("Horizon Financial 01/29/2009 -- Horizon")["dateline"] is None


def test_postcode_mixed_case_place() -> None:
    assert _release("Bellingham, Washington 98225, January 29, 2009 -- Horizon")[
        "dateline"] == {"city": "Bellingham", "state": "Washington", "date": "2009-01-29"}


# ---- a date-first dash's words must read as a place ---------------------------------------


def test_dash_words_not_a_place_leave_the_date() -> None:
    assert _release("Jan. 29, 2009 -- The Company -- Horizon")["dateline"] == _DATED
    assert _release("Jan. 29, 2009 -- Horizon Financial -- Horizon")["dateline"] == _DATED


def test_dash_place_that_reads_as_one_unchanged() -> None:
    assert _release("Jan. 29, 2009 -- BELLINGHAM, WA -- Horizon")["dateline"] == _BELLINGHAM
    assert _release("Jan. 29, 2009 -- Bellingham, Washington -- Horizon")["dateline"] == {
        "city": "Bellingham", "state": "Washington", "date": "2009-01-29"}
    assert _release("Jan. 29, 2009 -- BELLINGHAM -- Horizon")["dateline"] == {
        "city": "BELLINGHAM", "state": None, "date": "2009-01-29"}
    assert _release("Jan. 29, 2009 -- Chicago -- Horizon")["dateline"] == {
        "city": "Chicago", "state": None, "date": "2009-01-29"}
    assert _release("Jan. 29, 2009, BELLINGHAM, WA -- Horizon")["dateline"] == _BELLINGHAM


# ---- heads read as before ------------------------------------------------------------------

_HEAD = (
    "         Horizon Financial Reports Third Quarter of Fiscal 2009 Results\n"
    "         --------------------------------------------------------------\n\n"
    "BELLINGHAM, WA, Jan. 29, 2009 -- Horizon"
)


def _head(head: str) -> dict[str, Any]:
    (release,) = edited_record(HORIZON, {_HEAD: head})["press_releases"]
    return release


def test_head_label_beside_date_and_two_line_headline() -> None:
    release = _head(
        "FOR IMMEDIATE RELEASE                      01/29/2009\n\n"
        "         Horizon Financial Reports Third Quarter\n"
        "         of fiscal 2009 results\n\n"
        "BELLINGHAM, WA -- Horizon")
    assert release["headline"] == "Horizon Financial Reports Third Quarter of fiscal 2009 results"
    assert release["date"] == "2009-01-29"
    assert release["dateline"] == {"city": "BELLINGHAM", "state": "WA", "date": None}


def test_figure_date_run_into_release_label_is_the_head_date() -> None:
    # (the label beside a date in figures: its own date line, not the headline)
    release = _head(
        "01/30/2009 -- FOR IMMEDIATE RELEASE\n\n"
        "         Horizon Financial Reports Third Quarter of Fiscal 2009 Results\n\n"
        "BELLINGHAM, WA -- Horizon")
    assert release["headline"] == _HEADLINE
    assert release["subheadlines"] == []
    assert release["date"] == "2009-01-30"


def test_month_date_run_into_release_label_unchanged() -> None:
    release = _head(
        "January 30, 2009 -- FOR IMMEDIATE RELEASE\n\n"
        "         Horizon Financial Reports Third Quarter of Fiscal 2009 Results\n\n"
        "BELLINGHAM, WA -- Horizon")
    assert release["headline"] == _HEADLINE
    assert release["date"] == "2009-01-30"


def test_comma_place_known_city_or_firm() -> None:
    assert _release("Jan. 29, 2009, Chicago -- Horizon")["dateline"] == {
        "city": "Chicago", "state": None, "date": "2009-01-29"}
    assert _release("Jan. 29, 2009, HORIZON CORP. -- Horizon")["dateline"] is None
    # (round 71: a firm in capitals after the date's dash leaves the date alone, as "The
    # Company" does; before, no dateline)
    assert _release("Jan. 29, 2009 -- HORIZON CORP. -- Horizon")["dateline"] == _DATED
