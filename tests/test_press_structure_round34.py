"""Press releases (round 34): date lines led by a weekday (alone, after a release label, or
opening a place-less dateline), a release label and date parted by "--", and "About the
Webcast Replay" headings that name the release's news, not a company; EX-99 layouts of
1997-2025."""

from __future__ import annotations

from filing2json.parsers.sections.press_release import parse_press_release


def _release(top: str, dateline: str, tail: str = "") -> dict:
    # an EX-99.1 as 1997-2025 releases print it: a date or label line over the headline
    text = f"""{top}
                 ACME WIDGETS REPORTS RECORD FOURTH QUARTER RESULTS

{dateline} Acme Widgets, Inc. (NYSE: AWI) today reported record revenue of
$45.2 million for the fourth quarter of 1996, up 25% from $36.1 million a year ago.

"We closed the year with record orders," said John Smith, Chief Executive Officer.
{tail}"""
    release = parse_press_release(text, "EX-99.1", "19970306")
    assert release is not None
    return release


def test_weekday_date_line_over_the_headline_dates_the_release() -> None:
    # "Wednesday, March 5, 1997" alone is a date line, not a dateline in "Wednesday"
    release = _release("Wednesday, March 5, 1997\n", "NEW YORK --")
    assert release["headline"] == "ACME WIDGETS REPORTS RECORD FOURTH QUARTER RESULTS"
    assert release["dateline"] == {"city": "NEW YORK", "state": None, "date": None}
    assert release["date"] == "1997-03-05"
    assert release["body"].startswith("NEW YORK -- Acme Widgets, Inc. (NYSE: AWI) today")


def test_release_label_with_a_weekday_date() -> None:
    release = _release("FOR IMMEDIATE RELEASE: Wednesday, March 5, 1997\n", "NEW YORK --")
    assert release["headline"] == "ACME WIDGETS REPORTS RECORD FOURTH QUARTER RESULTS"
    assert release["dateline"]["city"] == "NEW YORK"
    assert release["date"] == "1997-03-05"


def test_release_label_and_date_parted_by_a_typed_double_dash() -> None:
    release = _release("FOR IMMEDIATE RELEASE -- March 5, 1997\n", "NEW YORK --")
    assert release["date"] == "1997-03-05"
    assert release["headline"] == "ACME WIDGETS REPORTS RECORD FOURTH QUARTER RESULTS"


def test_weekday_led_dateline_with_no_place() -> None:
    release = _release("", "Wednesday, March 5, 1997 --")
    assert release["dateline"] == {"city": None, "state": None, "date": "1997-03-05"}
    assert release["date"] == "1997-03-05"


_REPLAY = """
About the Webcast Replay

A replay of the webcast will be available on the Company's website at www.acme.com for 90
days following the call.

Contact:
Jane Roe
(212) 555-0100
"""


def test_about_the_webcast_replay_is_news_not_an_about() -> None:
    release = _release("", "NEW YORK, March 5, 1997 --", _REPLAY)
    assert release["about"] is None
    assert release["body"].endswith(
        "A replay of the webcast will be available on the Company's website at www.acme.com "
        "for 90 days following the call.")


def test_about_the_annual_meeting_is_news_and_the_companys_about_is_read() -> None:
    tail = """
About the Annual Meeting

Acme will hold its annual meeting of stockholders on May 1, 1997 in New York.

About Acme Widgets, Inc.

Acme Widgets, Inc. is a leading maker of industrial widgets based in New York, New York.
"""
    release = _release("", "NEW YORK, March 5, 1997 --", tail)
    assert release["about"] == {
        "company": "Acme Widgets, Inc.",
        "text": "Acme Widgets, Inc. is a leading maker of industrial widgets based in New York, "
                "New York."}
    assert release["body"].endswith(
        "Acme will hold its annual meeting of stockholders on May 1, 1997 in New York.")


# ---- audit fixes: a weekday date with no year, a date run into a label, "About The Replay"


def test_weekday_date_with_no_year_opens_a_dateline_with_no_place() -> None:
    # newspaper style: the weekday marks "WEDNESDAY, MARCH 5" a date (the filing's year)
    release = _release("FOR IMMEDIATE RELEASE\n", "WEDNESDAY, MARCH 5 --")
    assert release["dateline"] == {"city": None, "state": None, "date": "1997-03-05"}
    assert release["date"] == "1997-03-05"
    assert release["headline"] == "ACME WIDGETS REPORTS RECORD FOURTH QUARTER RESULTS"


def test_weekday_date_with_no_year_then_the_place() -> None:
    release = _release("FOR IMMEDIATE RELEASE\n", "MONDAY, MARCH 3 -- NEW YORK --")
    assert release["dateline"] == {"city": "NEW YORK", "state": None, "date": "1997-03-03"}


def test_weekday_date_run_into_a_release_label_dates_the_release() -> None:
    release = _release("Tuesday, March 4, 1997 -- For Immediate Release\n", "NEW YORK --")
    assert release["headline"] == "ACME WIDGETS REPORTS RECORD FOURTH QUARTER RESULTS"
    assert release["date"] == "1997-03-04"
    assert release["dateline"] == {"city": "NEW YORK", "state": None, "date": None}


def test_date_run_into_a_page_label_is_no_headline() -> None:
    release = _release("March 4, 1997 -- Page 1 of 3\n", "NEW YORK --")
    assert release["headline"] == "ACME WIDGETS REPORTS RECORD FOURTH QUARTER RESULTS"
    assert release["date"] == "1997-03-04"


def test_rendered_html_date_and_label_line_right_over_the_headline() -> None:
    # each <p> a line of its own: the headline's "REPORTS" is no announcement of the date line
    text = """Tuesday, March 4, 2014 -- For Immediate Release
ACME WIDGETS REPORTS RECORD FOURTH QUARTER RESULTS
NEW YORK -- Acme Widgets, Inc. (NYSE: AWI) today reported record revenue of $45.2 million \
for the fourth quarter of 2013, up 25% from $36.1 million a year ago.
"We closed the year with record orders," said John Smith, Chief Executive Officer.
"""
    release = parse_press_release(text, "EX-99.1", "20140304")
    assert release is not None
    assert release["headline"] == "ACME WIDGETS REPORTS RECORD FOURTH QUARTER RESULTS"
    assert release["date"] == "2014-03-04"
    assert release["dateline"]["city"] == "NEW YORK"


def _about_tail(heading: str, text: str) -> str:
    return f"""
{heading}

{text}

Contact:
Jane Roe
(212) 555-0100
"""


def test_about_a_firm_named_the_replay_is_an_about() -> None:
    text = ("The Sports Replay, Inc. is a leading provider of instant replay systems for "
            "professional and college stadiums.")
    release = _release("", "NEW YORK, March 5, 1997 --",
                       _about_tail("About The Sports Replay", text))
    assert release["about"] == {"company": "The Sports Replay", "text": text}
    assert "instant replay" not in release["body"]
    # a replay's text that names no firm is still the body's news
    release = _release("", "NEW YORK, March 5, 1997 --", _about_tail(
        "About the Replay",
        "A replay of the call will be available at (800) 555-1212 until March 12, 1997."))
    assert release["about"] is None
    assert release["body"].endswith("will be available at (800) 555-1212 until March 12, 1997.")


def test_about_a_foundation_named_meeting_of_is_an_about() -> None:
    text = ("The Meeting of the Minds Foundation is a non-profit organization that funds "
            "research into Alzheimer's disease.")
    release = _release("", "NEW YORK, March 5, 1997 --",
                       _about_tail("About the Meeting of the Minds Foundation", text))
    assert release["about"] is not None
    assert release["about"]["text"] == text
