"""Press-release head, round 71b: datelines that open with their date, postcodes after a
comma, and a hash line inside the head.

- words in capitals no list holds after a date-first dash, which the release's first
  sentence names or the text prints before a legal form ("Jan. 29, 2009 -- HORIZON
  FINANCIAL -- Horizon Financial Corp. today ..."): the filer's name, no city; the date
  alone (``press_dateline._capitals_filer``); after a comma, no dateline, as after a firm's
  legal name; a city the text prints before a state keeps its place ("Jan. 29, 2009 --
  BELLINGHAM --");
- a comma before the postcode: "TORONTO, ON, M5H 2Y4, Jan. 29, 2009 --", "NEW YORK, NY,
  10001 -- Jan. 29, 2009 --" (``press_patterns.ZIP``);
- a mixed-case city no list holds after a date and a comma ("Jan. 29, 2009, Bellingham --
  Horizon"), when the text prints it elsewhere before a known state
  (``press_dateline._comma_place_elsewhere``, kept live by ``first_live_hint``);
- a hash line between a headline and its subheadline ("###", "# # #", "-- ### --"), the
  headline in sentence case too: it parts them, as a line of stars does, and no longer ends
  the head over the subheadline (``press_parts._stars_in_head``).
Horizon Financial's 8-K (2009) and Apple's 8-K (2024), edited.
"""

from __future__ import annotations

import time
from typing import Any

from test_prsh70b_round70 import _DATED, _HEADLINE, _release

from filing2json.parsers.sections import press_dateline, press_parts
from support import FILINGS, edited_record

HORIZON = FILINGS / "8k_2009_horizonfinancialcorp_1.txt"
APPLE = FILINGS / "8k_2024_appleinc_1.txt"
_HEAD = f"""         {_HEADLINE}
         --------------------------------------------------------------
"""
_SUB = "Provision for Loan Losses Increases"


def _headed(head: str) -> dict[str, Any]:
    """The one press release of Horizon Financial's 8-K (2009), its head edited."""
    (release,) = edited_record(HORIZON, {_HEAD: head})["press_releases"]
    return release


# ---- capitals after a date-first dash that name the filer ----------------------------------


def test_filer_name_in_capitals_opening_first_sentence_is_no_city() -> None:
    release = _release("Jan. 29, 2009 -- HORIZON FINANCIAL -- Horizon")
    assert release["dateline"] == _DATED
    assert release["headline"] == _HEADLINE
    assert release["date"] == "2009-01-29"


def test_one_word_filer_name_in_capitals_is_no_city() -> None:
    assert _release("Jan. 29, 2009 -- HORIZON -- Horizon")["dateline"] == _DATED


def test_bank_the_first_sentence_names_is_no_city() -> None:
    # ("the bank holding company for Horizon Bank": named, not after "in" or "of")
    assert _release("Jan. 29, 2009 -- HORIZON BANK -- Horizon")["dateline"] == _DATED


def test_capitals_printed_before_legal_form_elsewhere_is_no_city() -> None:
    # (the first sentence opens otherwise; the release prints "Horizon Financial Corp.")
    assert _release("Jan. 29, 2009 -- HORIZON FINANCIAL -- The Company, Horizon")[
        "dateline"] == _DATED


def test_filer_name_in_capitals_after_date_comma_gives_no_dateline() -> None:
    # (as a firm's legal name after the comma gives none: "Jan. 29, 2009, HORIZON CORP. --")
    release = _release("Jan. 29, 2009, HORIZON FINANCIAL -- Horizon")
    assert release["dateline"] is None
    assert release["headline"] == _HEADLINE


def test_capitals_city_after_date_comma_keeps_its_place() -> None:
    assert _release("Jan. 29, 2009, EVERETT -- Horizon")["dateline"] == {
        "city": "EVERETT", "state": None, "date": "2009-01-29"}


def test_capitals_city_printed_before_state_keeps_its_place() -> None:
    # ("1500 Cornwall Avenue, Bellingham, Washington 98225" in the about paragraph)
    assert _release("Jan. 29, 2009 -- BELLINGHAM -- Horizon")["dateline"] == {
        "city": "BELLINGHAM", "state": None, "date": "2009-01-29"}


def test_capitals_city_the_text_never_names_keeps_its_place() -> None:
    assert _release("Jan. 29, 2009 -- EVERETT -- Horizon")["dateline"] == {
        "city": "EVERETT", "state": None, "date": "2009-01-29"}


def test_capitals_city_after_of_in_first_sentence_keeps_its_place() -> None:
    release = _release("Jan. 29, 2009 -- EVERETT -- Horizon Financial Corp. of Everett, Horizon")
    assert release["dateline"] == {"city": "EVERETT", "state": None, "date": "2009-01-29"}


def test_known_city_in_capitals_unchanged() -> None:
    assert _release("Jan. 29, 2009 -- NEW YORK -- Horizon")["dateline"] == {
        "city": "NEW YORK", "state": None, "date": "2009-01-29"}


def test_capitals_filer_worst_case_time() -> None:
    line = "Jan. 29, 2009 -- HORIZON FINANCIAL -- Everett Savings today announced"
    found = press_dateline.match_dateline(line)
    assert found is not None and found[1].group("city") == "HORIZON FINANCIAL"
    text = ("HORIZON FINANCIAL, Washingtonx Horizon Financial, Washingtonx " * 3500)[:200_000] \
        + "\n" + line
    begin = time.process_time()
    for _ in range(20):
        again = press_dateline._capitals_filer(found, text, "of Everett, Washington.")
    assert time.process_time() - begin < 5
    assert again is found  # (no legal form, no state after the words: the tries are bounded)


# ---- a comma before the postcode -----------------------------------------------------------


def test_comma_before_canadian_postcode() -> None:
    release = _release("TORONTO, ON, M5H 2Y4, Jan. 29, 2009 -- Horizon")
    assert release["dateline"] == {"city": "TORONTO", "state": "ON", "date": "2009-01-29"}
    assert release["headline"] == _HEADLINE


def test_comma_before_us_postcode_then_dashed_date() -> None:
    assert _release("NEW YORK, NY, 10001 -- Jan. 29, 2009 -- Horizon")["dateline"] == {
        "city": "NEW YORK", "state": "NY", "date": "2009-01-29"}


def test_comma_before_us_postcode_then_comma_date() -> None:
    assert _release("BELLINGHAM, WA, 98225, Jan. 29, 2009 -- Horizon")["dateline"] == {
        "city": "BELLINGHAM", "state": "WA", "date": "2009-01-29"}


def test_comma_before_postcode_after_date_first_dash() -> None:
    assert _release("Jan. 29, 2009 -- TORONTO, ON, M5H 2Y4 -- Horizon")["dateline"] == {
        "city": "TORONTO", "state": "ON", "date": "2009-01-29"}


def test_postcode_without_comma_unchanged() -> None:
    assert _release("BELLINGHAM, WA 98225, Jan. 29, 2009 -- Horizon")["dateline"] == {
        "city": "BELLINGHAM", "state": "WA", "date": "2009-01-29"}


# ---- a mixed-case city after a date and a comma --------------------------------------------


def test_mixed_case_city_after_date_comma_named_with_state_elsewhere() -> None:
    release = _release("Jan. 29, 2009, Bellingham -- Horizon")
    assert release["dateline"] == {"city": "Bellingham", "state": None, "date": "2009-01-29"}
    assert release["headline"] == _HEADLINE
    assert release["body"][:40] == "Jan. 29, 2009, Bellingham -- Horizon Fin"


def test_mixed_case_city_after_weekday_date_comma() -> None:
    assert _release("Thursday, Jan. 29, 2009, Bellingham -- Horizon")["dateline"] == {
        "city": "Bellingham", "state": None, "date": "2009-01-29"}


def test_date_comma_words_not_named_elsewhere_stay_unread() -> None:
    # (Everett is printed nowhere; "The Company" and a firm are no place)
    assert _release("Jan. 29, 2009, Everett -- Horizon")["dateline"] is None
    assert _release("Jan. 29, 2009, The Company -- Horizon")["dateline"] is None
    assert _release("Jan. 29, 2009, Horizon Financial -- Horizon")["dateline"] is None


def test_date_comma_place_with_state_unchanged() -> None:
    assert _release("Jan. 29, 2009, Bellingham, WA -- Horizon")["dateline"] == {
        "city": "Bellingham", "state": "WA", "date": "2009-01-29"}


# ---- a hash line between headline and subheadline ------------------------------------------


def test_hashes_between_headline_and_subheadline() -> None:
    release = _headed(f"         {_HEADLINE}\n{' ' * 32}###\n         {_SUB}\n")
    assert release["headline"] == _HEADLINE
    assert release["subheadlines"] == [_SUB]


def test_spaced_hashes_between_capitals_headline_and_subheadline() -> None:
    release = _headed(f"         {_HEADLINE.upper()}\n{' ' * 30}# # #\n         {_SUB.upper()}\n")
    assert release["headline"] == _HEADLINE.upper()
    assert release["subheadlines"] == [_SUB.upper()]


def test_dashed_hashes_with_blank_lines_between_headline_and_subheadline() -> None:
    release = _headed(f"         {_HEADLINE}\n\n{' ' * 30}-- ### --\n\n         {_SUB}\n")
    assert release["headline"] == _HEADLINE
    assert release["subheadlines"] == [_SUB]


def test_hashes_under_sentence_case_html_headline() -> None:
    font = ("font style=\"color:#000000;font-family:'Helvetica',sans-serif;font-size:11pt;"
            "font-weight:700;line-height:120%\"")
    head = "Apple reports first quarter results</font></div><div><font><br></font></div><div><"
    sub = "Services revenue reaches new all-time record"
    edit = {f"{head}{font}>{sub}":
            f"{head}{font}>###</font></div><div><font><br></font></div><div><{font}>{sub}"}
    (release,) = edited_record(APPLE, edit)["press_releases"]
    assert release["headline"] == "Apple reports first quarter results"
    assert release["subheadlines"] == [sub, "EPS up 16 percent to new all-time high"]


def test_hashes_under_a_sentence_still_end_the_head() -> None:
    # (a sentence's end over the hash line: the release above ends there)
    release = _headed(f"         The quarter closed.\n{' ' * 32}###\n         {_HEADLINE}\n")
    assert release["headline"] == _HEADLINE
    assert release["subheadlines"] == []


def test_stars_between_headline_and_subheadline_unchanged() -> None:
    release = _headed(f"         {_HEADLINE}\n{' ' * 30}* * *\n         {_SUB}\n")
    assert release["headline"] == _HEADLINE
    assert release["subheadlines"] == [_SUB]


def test_hash_line_under_table_row_ends_the_head() -> None:
    lines = ["Total Assets          $1,234", "", "###", _HEADLINE, "BELLINGHAM, WA -- Horizon"]
    assert press_parts._stars_in_head(lines, 2, 0) is False
    lines[0] = _HEADLINE
    assert press_parts._stars_in_head(lines, 2, 0) is True
