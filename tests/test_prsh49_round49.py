"""Press releases (round 49): PR Newswire's 1990s date framed by slashes ("CHICAGO,
Ill./July 22, 2004/PRNewswire/ --"); a numbered list under the headline ("(1) ...", "2.
...", "3) ...") read as highlights; a copyright notice under the About ("(C) 2004 Acme
Inc.") no part of it; a logo's note between the headline and the dateline ("[LOGO]"), which
no longer hides the headline; the company's name over the headline named by the opening
sentence wrapped over two lines.

Each test edits Sears' second-quarter 2004 release (a corpus filing, PR Newswire) into the
shape another filer or era prints, as round 45's tests do.
"""

from __future__ import annotations

import pytest
from test_prsh45_round45 import _SEARS, _SEARS_DATELINE, _release

_HEADLINE = "Sears Reports Second Quarter 2004 Results"
_HEAD = f"                  {_HEADLINE}\n\n"
_OPENING = " Sears, Roebuck and Co. (NYSE: S) today"


@pytest.mark.parametrize(("dateline", "city", "state"), [
    # the date between slashes, the wire's credit after it (was: no dateline)
    ("HOFFMAN ESTATES, Ill./July 22, 2004/PRNewswire-FirstCall/ --", "HOFFMAN ESTATES", "Ill."),
    ("HOFFMAN ESTATES, Ill. /July 22, 2004/ --", "HOFFMAN ESTATES", "Ill."),
    ("CHICAGO/July 22, 2004/PRNewswire/ --", "CHICAGO", None),
    # no year: the filing's
    ("NEW YORK, N.Y./July 22/PRNewswire/ --", "NEW YORK", "N.Y."),
])
def test_a_date_framed_by_slashes(dateline: str, city: str, state: str | None) -> None:
    rel = _release(_SEARS, (_SEARS_DATELINE, dateline))
    assert (rel["headline"], rel["dateline"], rel["date"]) == (
        _HEADLINE, {"city": city, "state": state, "date": "2004-07-22"}, "2004-07-22")
    assert rel["body"].startswith(dateline + _OPENING)


def test_a_slash_framed_date_needs_its_closing_mark() -> None:
    # no dash or colon after the date's slashes: a path or a name, no dateline
    rel = _release(_SEARS, (_SEARS_DATELINE, "Sears Holdings/July 22, 2004/ Sears"))
    assert rel["dateline"] is None


_ITEMS = [
    "Net income of $53 million, or $0.24 per share",
    "Domestic comparable store sales declined 3.4 percent",
    "Retired $1.4 billion of debt in the quarter",
]


@pytest.mark.parametrize("mark", ["({})", "{}.", "{})"])
@pytest.mark.parametrize("heading", ["", "    Second Quarter Highlights:\n\n"])
def test_a_numbered_list_under_the_headline(mark: str, heading: str) -> None:
    # the head's items numbered, as bulleted ones are read (was: one subheadline of the
    # three, numbers and all)
    items = "".join(f"    {mark.format(n)} {t}\n" for n, t in enumerate(_ITEMS, 1))
    rel = _release(_SEARS, (_HEAD, _HEAD + heading + items + "\n"))
    assert (rel["headline"], rel["subheadlines"], rel["highlights"]) == (_HEADLINE, [], _ITEMS)
    assert rel["dateline"]["city"] == "HOFFMAN ESTATES"


def test_numbered_items_wrapped_over_lines() -> None:
    # long items typed over two lines each: more words than a head block's prose limit
    items = (
        "    1. Net income of $53 million, or $0.24 per share, compared with $309\n"
        "       million, or $1.04 per share, in the second quarter of 2003\n"
        "    2. Domestic comparable store sales declined 3.4 percent, reflecting weak\n"
        "       demand for apparel in June\n"
        "    3. Retired $1.4 billion of debt in the quarter\n\n")
    rel = _release(_SEARS, (_HEAD, _HEAD + items))
    assert rel["headline"] == _HEADLINE
    assert rel["highlights"] == [
        "Net income of $53 million, or $0.24 per share, compared with $309 million, or $1.04 "
        "per share, in the second quarter of 2003",
        "Domestic comparable store sales declined 3.4 percent, reflecting weak demand for "
        "apparel in June",
        "Retired $1.4 billion of debt in the quarter",
    ]


def test_one_numbered_line_is_no_list() -> None:
    # a line that opens with a figure, alone, stays a subheadline
    sub = "2. Quarter Charges of $80 Million for Severance and Depreciation"
    rel = _release(_SEARS, (_HEAD, _HEAD + f"    {sub}\n\n"))
    assert (rel["subheadlines"], rel["highlights"]) == ([sub], [])


_ABOUT_END = "services with more than 14 million service calls made annually.\n"


@pytest.mark.parametrize("notice", [
    "(C) 2004 Sears, Roebuck and Co.",
    "Copyright (C) 2004 Sears, Roebuck and Co. All rights reserved.",
    "(c) Copyright 2004 Sears, Roebuck and Co.",
    "\u00a9 2004 Sears, Roebuck and Co. All rights reserved.",
])
def test_a_copyright_notice_under_the_about(notice: str) -> None:
    # (was: the notice the About's last paragraph)
    rel = _release(_SEARS, (_ABOUT_END, f"{_ABOUT_END}\n    {notice}\n"))
    assert rel["about"]["company"] == "Sears"
    assert rel["about"]["text"].endswith(_ABOUT_END.strip())


@pytest.mark.parametrize("logo", ["[LOGO]", "[Sears Logo]", "(Sears logo)"])
def test_a_logo_between_headline_and_dateline(logo: str) -> None:
    # (was: no headline: the note stopped the walk up from the dateline)
    rel = _release(_SEARS, (_HEAD, f"{_HEAD}                  {logo}\n\n"))
    assert (rel["headline"], rel["subheadlines"]) == (_HEADLINE, [])
    assert rel["body"].startswith(_SEARS_DATELINE + _OPENING)


@pytest.mark.parametrize("masthead", [
    "Sears, Roebuck and Co.", "SEARS, ROEBUCK AND CO.", "Sears, Roebuck and Co. (NYSE: S)"])
def test_the_company_over_its_headline_named_across_the_opening_lines(masthead: str) -> None:
    # the name the opening sentence wraps ("... -- Sears, Roebuck" / "and Co. (NYSE: S)
    # today") printed alone over the headline is no headline (was: the name the headline,
    # the real one a subheadline)
    rel = _release(_SEARS, (_HEAD, f"       {masthead}\n\n{_HEAD}"))
    assert (rel["headline"], rel["subheadlines"]) == (_HEADLINE, [])
