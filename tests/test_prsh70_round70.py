"""Press-release head and body, round 70.

Speed (issue 6, no record changes): a line's letter cases (``press_parts._is_caps``) and a
text's phone shapes (``press_patterns._may_be_phone``) are counted by bytes.translate with a
table of bytes, not str.translate with a dict (a lookup a character).

Accuracy:
- a dateline with its date first and a comma after it, the place after that and then its dash
  ("Jan. 29, 2009, BELLINGHAM, WA -- Horizon Financial Corp. ..."): city, state and date
  (``press_patterns.DATE_FIRST``; ``press_dateline._YEAR_MARK`` lets its line through the
  dateline hint; ``press_dateline._date_first``: the place must read as one, a known state
  after it or capitals, as date_comma's). A date and a comma before prose ("Jan. 29, 2009,
  Horizon Financial Corp. ...") is no dateline, as before (Horizon Financial 2009, edited).
"""

from __future__ import annotations

import time
from typing import Any

from filing2json.parsers.sections.press_patterns import DATE_FIRST
from support import FILINGS, edited_record

HORIZON = FILINGS / "8k_2009_horizonfinancialcorp_1.txt"
_DATELINE = "BELLINGHAM, WA, Jan. 29, 2009 -- Horizon"
_HEADLINE = "Horizon Financial Reports Third Quarter of Fiscal 2009 Results"


def _release(edit: dict[str, str]) -> dict[str, Any]:
    """The one press release of Horizon Financial's 8-K (2009), edited."""
    (release,) = edited_record(HORIZON, edit)["press_releases"]
    return release


def test_date_comma_then_place_and_dash() -> None:
    release = _release({_DATELINE: "Jan. 29, 2009, BELLINGHAM, WA -- Horizon"})
    assert release["dateline"] == {"city": "BELLINGHAM", "state": "WA", "date": "2009-01-29"}
    assert release["headline"] == _HEADLINE


def test_date_comma_then_place_in_mixed_case() -> None:
    release = _release({_DATELINE: "January 29, 2009, Bellingham, Washington -- Horizon"})
    assert release["dateline"] == {
        "city": "Bellingham", "state": "Washington", "date": "2009-01-29"}


def test_place_first_as_printed_unchanged() -> None:
    # (the filing's own dateline, and the date-first one with a dash, read as before)
    assert _release({})["dateline"] == {
        "city": "BELLINGHAM", "state": "WA", "date": "2009-01-29"}
    release = _release({_DATELINE: "Jan. 29, 2009 -- BELLINGHAM, WA -- Horizon"})
    assert release["dateline"] == {"city": "BELLINGHAM", "state": "WA", "date": "2009-01-29"}


def test_date_comma_before_prose_is_no_dateline() -> None:
    release = _release({_DATELINE: "Jan. 29, 2009, Horizon"})
    assert release["dateline"] is None
    assert release["headline"] == _HEADLINE


def test_date_comma_then_no_place_is_no_dateline() -> None:
    # (a comma's words must read as a place: a known state after them, or capitals)
    release = _release({_DATELINE: "Jan. 29, 2009, The Bank of Bellingham -- Horizon"})
    assert release["dateline"] is None
    assert release["headline"] == _HEADLINE


def test_date_first_comma_needs_place_and_dash() -> None:
    assert DATE_FIRST.match("June 3, 2024, New York, NY -- Acme Corp. today") is not None
    assert DATE_FIRST.match("June 3, 2024, Acme Corp. announced that it") is None
    assert DATE_FIRST.match("June 3, 2024, The Company entered into an agreement") is None


def test_date_first_comma_linear_time() -> None:
    line = "June 3, 2024, " + "Aa " * 70_000 + "-- Acme"
    start = time.process_time()
    assert DATE_FIRST.match(line) is None
    assert DATE_FIRST.match("June 3, 2024, " + ", " * 100_000) is None
    assert time.process_time() - start < 5


# ---- the letter-case and phone-shape tables --------------------------------------------------


def test_caps_read_as_before() -> None:
    from filing2json.parsers.sections.press_parts import _is_caps

    assert _is_caps("CTC COMMUNICATIONS ANNOUNCES VOICE SERVICES SOFTSWITCH IN OPERATION AND")
    assert not _is_caps("CTC Communications Announces Six Beta Customers")
    assert _is_caps("SCHEDULE FOR 1Q01")
    assert _is_caps("ACME") is True
    assert _is_caps("ACM") is False  # (four letters at least)
    assert _is_caps("\u00c9LAN VITAL ACME") is True  # (not ASCII: a test a character)


def test_phone_shapes_read_as_before() -> None:
    from filing2json.parsers.sections.press_patterns import PHONE, _may_be_phone

    assert _may_be_phone("Contact: John Doe, 512-555-1234")
    assert _may_be_phone("+44 20 7123 4567")
    assert not _may_be_phone("Revenue of $52.3 million in 2024")
    assert PHONE.search("Contact: John Doe, (512) 555-1234").group() == "(512) 555-1234"
    assert PHONE.search("Contact: John Doe, 512-555-1234 \u00e9").group() == "512-555-1234"
