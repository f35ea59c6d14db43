"""Cover page, round 46: the combined date caption's dates in capitals, and the events' dates
joined by "and" inside the brackets after the report's date.

Each test reads Union Camp's 1994 8-K cover (a corpus filing) with its date line printed as
other 1990s filers print it (the edit said in each test).
"""

from __future__ import annotations

from test_cov45_round45 import _dates, _union_camp

_CAPTION = "Date of Report (Date of earliest event reported) "


def test_dates_joined_in_capitals() -> None:
    # the date line typed in capitals, as some 1990s covers are: "AND" was not read as the
    # "and" joining two days, so no date, or the later one, was read
    caption = _CAPTION.upper()
    assert _dates(_union_camp(caption + "AUGUST 5 AND 9, 1994")) == ("1994-08-05", "1994-08-05")
    assert _dates(_union_camp(caption + "MARCH 31 AND APRIL 2, 1994")) == ("1994-03-31",
                                                                          "1994-03-31")
    assert _dates(_union_camp(caption + "AUGUST 9, 1994 AND AUGUST 5, 1994")) == (
        "1994-08-05", "1994-08-05")


def test_two_event_dates_in_the_brackets() -> None:
    # the report's date, then the events' dates in brackets: the first event's day was read
    # as both dates, or the report's date as the event's
    assert _dates(_union_camp(_CAPTION + "August 9, 1994 (August 5 and 8, 1994)")) == (
        "1994-08-09", "1994-08-05")
    assert _dates(_union_camp(_CAPTION + "August 9, 1994 (August 5, 1994 and August 8, 1994)")
                  ) == ("1994-08-09", "1994-08-05")
    assert _dates(_union_camp(_CAPTION.upper() + "AUGUST 9, 1994 (JULY 29 AND AUGUST 2, 1994)")
                  ) == ("1994-08-09", "1994-07-29")


def test_one_event_date_in_the_brackets_unchanged() -> None:
    assert _dates(_union_camp(_CAPTION + "August 9, 1994 (August 5, 1994)")) == (
        "1994-08-09", "1994-08-05")
