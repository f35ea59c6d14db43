"""Press releases (round 50): a listing joined to another by "and" or "&" on an exchange the
short names lack ("(NYSE and CHX: S)", "(NYSE: S and PCX: S)"); a quoted symbol ("(NYSE:
"S")"); PR Newswire's slash-framed date with its credit and no dash after it; Newsfile's
"(Newsfile Corp.)" after the date; the wire's "Source:" line naming a company whose name holds
a comma ("Sears, Roebuck and Co."), no part of the About; an About heading run into its text
after a hyphen ("About Sears - Sears, Roebuck and Co. is ...").

Each test edits Sears' second-quarter 2004 release (a corpus filing, PR Newswire) into the
shape another filer or era prints, as round 45's tests do.
"""

from __future__ import annotations

import pytest
from test_prsh45_round45 import _SEARS, _SEARS_DATELINE, _release

_LISTING = "(NYSE: S)"
_NYSE = {"exchange": "NYSE", "symbol": "S"}


@pytest.mark.parametrize(("listing", "tickers"), [
    # 1990s releases naming the regional exchanges too (was: none, and NYSE only)
    ("(NYSE and CHX: S)", [_NYSE, {"exchange": "CHX", "symbol": "S"}]),
    ("(NYSE & PCX: S)", [_NYSE, {"exchange": "PCX", "symbol": "S"}]),
    ("(NYSE: S and PCX: S)", [_NYSE, {"exchange": "PCX", "symbol": "S"}]),
    ("(NYSE: S and Chicago Stock Exchange: S)",
     [_NYSE, {"exchange": "Chicago Stock Exchange", "symbol": "S"}]),
    # the symbol quoted, as small filers print it (was: none)
    ('(NYSE: "S")', [_NYSE]),
    ("(NYSE: \u201cS\u201d)", [_NYSE]),
])
def test_listings_joined_by_and_or_quoted(listing: str, tickers: list[dict[str, str]]) -> None:
    rel = _release(_SEARS, (_LISTING, listing))
    assert rel["tickers"] == tickers


def test_a_quote_with_no_closing_one_is_no_symbol() -> None:
    # prose after a colon in the brackets: no listing read off an opening quote alone
    rel = _release(_SEARS, (_LISTING, '(NYSE: "Sears today)'))
    assert rel["tickers"] == []


@pytest.mark.parametrize("dateline", [
    # PR Newswire's date framed by slashes with its credit and no dash, as filers' HTML
    # prints it (was: no dateline)
    "HOFFMAN ESTATES, Ill. / July 22, 2004 / PRNewswire /",
    "HOFFMAN ESTATES, Ill./July 22, 2004/PRNewswire-FirstCall/",
    # Newsfile's credit after the date (was: no dateline)
    "HOFFMAN ESTATES, IL, July 22, 2004 (Newsfile Corp.) -",
])
def test_a_wire_credit_closing_the_dateline(dateline: str) -> None:
    rel = _release(_SEARS, (_SEARS_DATELINE, dateline))
    assert (rel["headline"], rel["dateline"]["date"], rel["dateline"]["city"]) == (
        "Sears Reports Second Quarter 2004 Results", "2004-07-22", "HOFFMAN ESTATES")
    assert rel["body"].startswith(dateline + " Sears, Roebuck and Co. (NYSE: S) today")


def test_a_slash_framed_date_with_no_wire_and_no_dash_is_no_dateline() -> None:
    # a name between slashes that is no wire's, and no dash: not a dateline
    rel = _release(_SEARS, (_SEARS_DATELINE, "HOFFMAN ESTATES, Ill. / July 22, 2004 / Sears /"))
    assert rel["dateline"] is None


_ABOUT_END = "calls made annually.\n"


@pytest.mark.parametrize("line", ["SOURCE: Sears, Roebuck and Co.",
                                  "Source: Sears, Roebuck and Co."])
def test_a_source_line_naming_a_company_with_a_comma(line: str) -> None:
    # the wire's "Source:" line under the About (Business Wire, GlobeNewswire), the company's
    # name holding a comma before its legal form's words (was: kept in the About)
    rel = _release(_SEARS, (_ABOUT_END, f"{_ABOUT_END}\n{line}\n"))
    assert rel["about"]["text"].endswith("14 million service calls made annually.")


def test_a_source_line_citing_a_study_stays_in_the_about() -> None:
    # a citation ends in no legal form: still the About's
    line = "Source: Gartner, Retail Market Share, 2003."
    rel = _release(_SEARS, (_ABOUT_END, f"{_ABOUT_END}\n{line}\n"))
    assert rel["about"]["text"].endswith(line)


_ABOUT = "    About Sears\n\n    Sears, Roebuck and Co. is"


@pytest.mark.parametrize(("heading", "company"), [
    # the heading run into the text after a hyphen between blanks, as one rendered block
    # prints it (was: no About)
    ("    About Sears - Sears, Roebuck and Co. is", "Sears"),
    # a hyphen inside the name is no separator
    ("    About Sears-Roebuck - Sears, Roebuck and Co. is", "Sears-Roebuck"),
])
def test_an_about_heading_run_in_after_a_hyphen(heading: str, company: str) -> None:
    rel = _release(_SEARS, (_ABOUT, heading))
    assert rel["about"]["company"] == company
    assert rel["about"]["text"].startswith("Sears, Roebuck and Co. is a leading broadline")
