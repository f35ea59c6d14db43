"""Press releases (round 47): lines framed by asterisks under the headline ("* Net income
$53 million *"), as "-- ... --" frames a subheadline; GlobeNewswire's web-page line under the
headline ("July 22, 2004 08:00 ET | Source: Sears, Roebuck and Co."), which dates the release
and is no subheadline; a dateline with a wire's name between slashes and no date ("HOFFMAN
ESTATES, IL / EQS-News / Sears ..."), the date printed over the headline.

Each test edits Sears' second-quarter 2004 release (a corpus filing, PR Newswire) into the
shape another wire or filer prints, as round 45's tests do.
"""

from __future__ import annotations

import pytest
from test_prsh45_round45 import _SEARS, _SEARS_DATELINE, _release

_HEADLINE = "Sears Reports Second Quarter 2004 Results"
_UNDER = f"{_HEADLINE}\n\n"


@pytest.mark.parametrize("frame", ["* {} *", "*{}*", "*  {}  *", "** {} **"])
def test_asterisk_framed_lines_are_subheadlines(frame: str) -> None:
    # (was: highlights "Net income of $53 million, or $0.24 per share *", the closing mark
    # kept; the figures are the release's own)
    subs = ["Net income of $53 million, or $0.24 per share",
            "Second quarter domestic comparable store sales decline 2.1%"]
    framed = "\n".join(frame.format(s) for s in subs)
    rel = _release(_SEARS, (_UNDER, f"{_HEADLINE}\n\n{framed}\n\n"))
    assert (rel["headline"], rel["subheadlines"], rel["highlights"]) == (_HEADLINE, subs, [])


def test_a_bullet_with_no_closing_asterisk_stays_a_highlight() -> None:
    rel = _release(_SEARS, (_UNDER, f"{_HEADLINE}\n\n* Net income of $53 million\n\n"))
    assert (rel["subheadlines"], rel["highlights"]) == ([], ["Net income of $53 million"])


@pytest.mark.parametrize("source", ["July 22, 2004 08:00 ET | Source: Sears, Roebuck and Co.",
                                    "July 22, 2004 7:00 AM EDT | Source: Sears Holdings"])
def test_globenewswire_source_line_is_no_subheadline(source: str) -> None:
    # the dateline printed as GlobeNewswire's, its web page's source line under the headline
    # (was: the source line a subheadline)
    rel = _release(_SEARS, (_UNDER, f"{_HEADLINE}\n\n{source}\n\n"), (
        _SEARS_DATELINE, "HOFFMAN ESTATES, Ill., July 22, 2004 (GLOBE NEWSWIRE) --"))
    assert (rel["headline"], rel["subheadlines"], rel["date"]) == (_HEADLINE, [], "2004-07-22")


def test_an_event_time_under_the_headline_is_still_a_subheadline() -> None:
    event = "Thursday, July 22, 2004 at 10:00 a.m. ET"
    rel = _release(_SEARS, (_UNDER, f"{_HEADLINE}\n\n{event}\n\n"))
    assert rel["subheadlines"] == [event]


@pytest.mark.parametrize("wire", ["EQS-News", "ACCESSWIRE", "ACCESS Newswire"])
def test_a_slash_wire_with_no_date(wire: str) -> None:
    # "HOFFMAN ESTATES, IL / EQS-News / Sears ..." under "FOR IMMEDIATE RELEASE" / "July 22,
    # 2004" (was: no dateline, so no release at all)
    rel = _release(_SEARS, (_UNDER, f"FOR IMMEDIATE RELEASE\nJuly 22, 2004\n\n{_UNDER}"), (
        _SEARS_DATELINE, f"HOFFMAN ESTATES, IL / {wire} /"))
    assert (rel["headline"], rel["dateline"], rel["date"]) == (
        _HEADLINE, {"city": "HOFFMAN ESTATES", "state": "IL", "date": None}, "2004-07-22")
    assert rel["tickers"] == [{"exchange": "NYSE", "symbol": "S"}]


def test_a_slash_wire_naming_no_wire_is_no_dateline() -> None:
    # "CHICAGO, IL / Annual Meeting / ...": an event list's line, no wire named
    rel = _release(_SEARS, (_UNDER, f"{_UNDER}CHICAGO, IL / Annual Meeting / Sears will "
                                    "present.\n\n"))
    assert rel["dateline"]["city"] == "HOFFMAN ESTATES"
