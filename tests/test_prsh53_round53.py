"""Press releases (round 53): the time of release printed after the dateline's date ("WALTHAM,
Mass., Aug. 2, 2000, 8:00 a.m. EDT -- CTC ..."); one symbol on exchanges parted by
semicolons ("(NYSE; CHX; PCX: S)"); "Background" alone over the company's standing
paragraph; a subheadline typed right under a headline line in its case, longer than it.

Each test edits Sears' second-quarter 2004 release (a corpus filing, PR Newswire text) into
the shape another filer or era prints, as rounds 45 and 51 do.
"""

from __future__ import annotations

import time

import pytest
from test_prsh45_round45 import _SEARS, _SEARS_DATELINE, _release

from filing2json.parsers import parse
from filing2json.parsers.sections.press_dateline import find_dateline
from filing2json.parsers.sections.press_tickers import find_tickers
from support import FILINGS, sample

_OPENING = " Sears, Roebuck and Co. (NYSE: S) today"
_HEADLINE = "                  Sears Reports Second Quarter 2004 Results\n"


@pytest.mark.parametrize("dateline", [
    # Sears' PR Newswire dateline as releases print the time of release after the date
    # (was: no dateline)
    "HOFFMAN ESTATES, Ill., July 22, 2004, 8:00 a.m. EDT --",
    "HOFFMAN ESTATES, Ill., July 22, 2004 8:00 AM CDT --",
    "HOFFMAN ESTATES, Ill., July 22, 2004 (8:00 a.m. Central Time) --",
    "HOFFMAN ESTATES, Ill., July 22, 2004, 7 a.m. CT /PRNewswire/ --",
    "HOFFMAN ESTATES, Ill., July 22 /PRNewswire-FirstCall/ -- 8:00 a.m. CDT --",
])
def test_the_time_of_release_after_the_date(dateline: str) -> None:
    rel = _release(_SEARS, (_SEARS_DATELINE, dateline))
    assert (rel["headline"], rel["date"]) == ("Sears Reports Second Quarter 2004 Results",
                                              "2004-07-22")
    assert rel["dateline"] == {"city": "HOFFMAN ESTATES", "state": "Ill.", "date": "2004-07-22"}
    assert rel["body"].startswith(dateline + _OPENING)  # (not at the time)


def test_a_timed_date_needs_an_announcement() -> None:
    # the same with no announcement after it ("has net income"): an event's schedule line
    # reads alike ("NEW YORK, March 3, 2015, 10:00 a.m. ET -- Investor Day at ...")
    raw = (FILINGS / _SEARS).read_bytes().decode("latin-1")
    raw = raw.replace(_SEARS_DATELINE, "HOFFMAN ESTATES, Ill., July 22, 2004, 8:00 a.m. EDT --")
    raw = raw.replace("Sears, Roebuck\nand Co. (NYSE: S) today reported",
                      "Sears, Roebuck\nand Co. (NYSE: S) has")
    assert all(rel["dateline"] is None or rel["dateline"]["city"] != "HOFFMAN ESTATES"
               for rel in parse(raw.encode("utf-8"), _SEARS)["press_releases"])


def test_a_long_line_of_timed_dates_is_read_quickly() -> None:
    line = "Acme, Beta, July 22, 2004, 8:00 a.m. EDT " * 5_000  # ~200 KB, no closing mark
    start = time.process_time()
    assert find_dateline(line + "\n" + line) is None
    assert time.process_time() - start < 5.0  # (quadratic: minutes)


@pytest.mark.parametrize(("listing", "exchanges"), [
    # Sears' listing with the regional exchanges parted by semicolons (was: PCX only)
    ("(NYSE; CHX; PCX: S)", ["NYSE", "CHX", "PCX"]),
    ("(NYSE; PSE: S)", ["NYSE", "PSE"]),
    ("(NYSE; CHX; and PCX: S)", ["NYSE", "CHX", "PCX"]),
])
def test_exchanges_parted_by_semicolons_share_the_symbol(listing: str,
                                                         exchanges: list[str]) -> None:
    rel = _release(_SEARS, ("(NYSE: S)", listing))
    assert [(t["exchange"], t["symbol"]) for t in rel["tickers"]] == [(e, "S") for e in exchanges]


def test_a_semicolon_still_parts_two_listings() -> None:
    assert [(t["exchange"], t["symbol"]) for t in find_tickers(
        "Acme (NYSE: ACM; TSX: ACM) today said")] == [("NYSE", "ACM"), ("TSX", "ACM")]


@pytest.mark.parametrize("heading", ["Background", "BACKGROUND", "Background:"])
def test_background_alone_heads_the_about(heading: str) -> None:
    # Sears' "About Sears" printed as "Background" (was: the standing paragraph left in the
    # body, no About)
    rel = _release(_SEARS, ("    About Sears\n", f"    {heading}\n"))
    assert rel["about"]["company"] == "Sears, Roebuck and Co."
    assert rel["about"]["text"].startswith("Sears, Roebuck and Co. is a leading broadline")
    assert heading not in rel["body"]
    assert rel["body"].endswith("Credit and Financial Products business.")


def test_background_over_news_is_the_body() -> None:
    # Sears' "Outlook" heading printed as "Background", over the body's news ("The company
    # anticipates third quarter earnings ..."): a heading of the body, the About is "About
    # Sears" still
    rel = _release(_SEARS, ("    Outlook\n", "    Background\n"))
    assert rel["about"]["company"] == "Sears"
    assert "Background The company anticipates third quarter" in " ".join(rel["body"].split())


@pytest.mark.parametrize(("subheadline", "caps"), [
    # a subheadline typed right under Sears' headline, with no blank line between, in the
    # headline's case and longer than it (was: joined to the headline)
    ("Domestic Comparable Store Sales Down 3.1 Percent; Net Income $53 Million", False),
    ("Net Income of $53 Million, or $0.24 Per Share, on Revenues of $8.5 Billion", False),
    ("DOMESTIC COMPARABLE STORE SALES DOWN 3.1 PERCENT; NET INCOME $53 MILLION", True),
])
def test_a_longer_line_under_the_headline_is_a_subheadline(subheadline: str, caps: bool) -> None:
    headline = "Sears Reports Second Quarter 2004 Results"
    headline = headline.upper() if caps else headline
    rel = _release(_SEARS, (_HEADLINE, f"          {headline}\n    {subheadline}\n"))
    assert (rel["headline"], rel["subheadlines"]) == (headline, [subheadline])


@pytest.mark.parametrize("head", [
    # a headline wrapped under the company's name, or cut inside a phrase: one headline
    "          Sears, Roebuck and Co.\n    Reports Second Quarter 2004 Results and Store Sales\n",
    "          Sears Reports Second Quarter\n    2004 Results With Net Income of $53 Million\n",
    # ... or shorter below, as a wrapped line is
    "          Sears Reports Second Quarter 2004 Results and\n    Comparable Store Sales\n",
    "          Sears Reports Second Quarter 2004 Results\n    Domestic Store Sales Down\n",
])
def test_a_wrapped_headline_stays_one(head: str) -> None:
    rel = _release(_SEARS, (_HEADLINE, head))
    assert rel["headline"] == " ".join(head.split())
    assert rel["subheadlines"] == []


def test_a_participle_continues_a_flush_left_headline() -> None:
    # sample 001 (CTC Communications, December 2000): its headline's second line, longer,
    # opens with a participle
    rel = sample("001")["press_releases"][0]
    assert rel["headline"] == ("CTC Communications Announces Six Beta Customers Using its 100% "
                               "Packet-Based Network for Voice Services")
