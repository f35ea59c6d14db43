"""Press-release head and body, round 71: more datelines that open with their date, and
Canadian postcodes.

- a date in figures first with a two-figure year ("01/29/09 -- BELLINGHAM, WA -- Horizon")
  or in ISO's order ("2009-01-29 -- BELLINGHAM, WA -- Horizon"): city, state and date, where
  no release was found at all before (``press_patterns._FIRST_DATE``'s numdate;
  ``press_dateline._FIGURES_FIRST`` in the hint);
- a firm's name in capitals after a date-first dash ("Jan. 29, 2009 -- HORIZON CORP. --
  Horizon"): dated, no city, as "The Company" is (``press_patterns.DATE_FIRST_BEFORE_CAPS``
  in ``press_dateline._date_first``); no dateline at all before;
- a Canadian postcode after the province ("TORONTO, ON M5H 2Y4, Jan. 29, 2009 --"), kept out
  of the state as a US one is (``press_patterns.ZIP``);
- a mixed-case city missing from places.CITIES after a date-first dash ("Jan. 29, 2009 --
  Bellingham -- Horizon"): read as the city when the text prints it elsewhere before a known
  state (the cover's "1500 Cornwall Avenue, Bellingham, Washington", the about paragraph's
  "headquartered in Bellingham, Washington"; ``press_dateline._place_named_elsewhere``).
All on Horizon Financial's 8-K (2009), edited.
"""

from __future__ import annotations

import time

from test_prsh70b_round70 import _BELLINGHAM, _DATED, _HEADLINE, _release

from filing2json.parsers.sections import press_dateline

# ---- a two-figure year, or ISO's order, first ----------------------------------------------


def test_two_figure_year_then_place_between_dashes() -> None:
    release = _release("01/29/09 -- BELLINGHAM, WA -- Horizon")
    assert release["dateline"] == _BELLINGHAM
    assert release["headline"] == _HEADLINE
    assert release["date"] == "2009-01-29"


def test_two_figure_year_one_digit_month_mixed_case_place() -> None:
    assert _release("1/29/09 - Bellingham, Washington - Horizon")["dateline"] == {
        "city": "Bellingham", "state": "Washington", "date": "2009-01-29"}


def test_two_figure_year_alone_before_the_company() -> None:
    release = _release("01/29/09 -- Horizon")
    assert release["dateline"] == _DATED
    assert release["headline"] == _HEADLINE


def test_iso_date_then_place_between_dashes() -> None:
    release = _release("2009-01-29 -- BELLINGHAM, WA -- Horizon")
    assert release["dateline"] == _BELLINGHAM
    assert release["headline"] == _HEADLINE


def test_iso_date_alone_before_the_company() -> None:
    assert _release("2009-01-29 -- Horizon")["dateline"] == _DATED


def test_full_year_figures_first_unchanged() -> None:
    assert _release("01/29/2009 -- BELLINGHAM, WA -- Horizon")["dateline"] == _BELLINGHAM


# ---- a firm in capitals after a date-first dash --------------------------------------------


def test_firm_in_capitals_after_date_dash_keeps_the_date() -> None:
    release = _release("Jan. 29, 2009 -- HORIZON FINANCIAL CORP. -- Horizon")
    assert release["dateline"] == _DATED
    assert release["headline"] == _HEADLINE
    assert release["date"] == "2009-01-29"


def test_firm_in_capitals_after_date_comma_unchanged() -> None:
    # (a comma after the date, then a firm: no place, no dash's date-only dateline)
    assert _release("Jan. 29, 2009, HORIZON CORP. -- Horizon")["dateline"] is None


def test_capitals_place_after_date_dash_unchanged() -> None:
    assert _release("Jan. 29, 2009 -- BELLINGHAM, WA -- Horizon")["dateline"] == _BELLINGHAM


# ---- a Canadian postcode after the province ------------------------------------------------


def test_canadian_postcode_after_province_comma_date() -> None:
    assert _release("TORONTO, ON M5H 2Y4, Jan. 29, 2009 -- Horizon")["dateline"] == {
        "city": "TORONTO", "state": "ON", "date": "2009-01-29"}


def test_canadian_postcode_mixed_case_province() -> None:
    assert _release("Toronto, Ontario M5H 2Y4, January 29, 2009 -- Horizon")["dateline"] == {
        "city": "Toronto", "state": "Ontario", "date": "2009-01-29"}


def test_canadian_postcode_before_dashed_date() -> None:
    release = _release("VANCOUVER, BC V6C 3E8 -- Jan. 29, 2009 -- Horizon")
    assert release["dateline"] == {"city": "VANCOUVER", "state": "BC", "date": "2009-01-29"}
    assert release["headline"] == _HEADLINE


def test_canadian_postcode_after_date_first_dash() -> None:
    assert _release("Jan. 29, 2009 -- TORONTO, ON M5H 2Y4 -- Horizon")["dateline"] == {
        "city": "TORONTO", "state": "ON", "date": "2009-01-29"}


def test_canadian_postcode_before_wire_credit() -> None:
    release = _release("MONTREAL, QC H3B 4W8 /PRNewswire/ -- Jan. 29, 2009 -- Horizon")
    assert release["dateline"] == {"city": "MONTREAL", "state": "QC", "date": "2009-01-29"}


def test_us_postcode_unchanged() -> None:
    assert _release("BELLINGHAM, WA 98225, Jan. 29, 2009 -- Horizon")["dateline"] \
        == _BELLINGHAM


# ---- a mixed-case city the text prints elsewhere with its state ----------------------------


def test_mixed_case_city_named_with_state_elsewhere() -> None:
    release = _release("Jan. 29, 2009 -- Bellingham -- Horizon")
    assert release["dateline"] == {"city": "Bellingham", "state": None, "date": "2009-01-29"}
    assert release["headline"] == _HEADLINE


def test_city_not_named_elsewhere_stays_unplaced() -> None:
    # (Everett, Wash., is in no list of ours and the filing never prints it)
    assert _release("Jan. 29, 2009 -- Everett -- Horizon")["dateline"] == _DATED


def test_company_or_firm_words_stay_unplaced() -> None:
    assert _release("Jan. 29, 2009 -- The Company -- Horizon")["dateline"] == _DATED
    # ("Horizon Financial Corp." is printed, with no state after it)
    assert _release("Jan. 29, 2009 -- Horizon Financial -- Horizon")["dateline"] == _DATED
    # (a street of the address, "1500 Cornwall Avenue, Bellingham": a city follows it)
    assert _release("Jan. 29, 2009 -- Cornwall Avenue -- Horizon")["dateline"] == _DATED


def test_place_named_elsewhere_worst_case_time() -> None:
    line = "Jan. 29, 2009 -- Bellingham -- Horizon Financial Corp. today announced"
    found = press_dateline.match_dateline(line)
    assert found is not None and "city" not in found[1].re.groupindex
    text = ("Bellingham, Washingtonx " * 9000)[:200_000] + "\n" + line
    begin = time.process_time()
    for _ in range(20):
        again = press_dateline._place_named_elsewhere(found, text)
    assert time.process_time() - begin < 5
    assert again is found  # ("Washingtonx" is no state; the tries are bounded)
