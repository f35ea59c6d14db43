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
