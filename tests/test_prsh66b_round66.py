"""Press-release heads of round 66b: an exchange a bracket names after a company's legal form
with its market slashed to it ("Acme Corp. (Nasdaq/NM)") is a ticker with no symbol, as the
dashed "(Nasdaq-NM)" is; a lone dashed line ("-- Full Year Outlook Reaffirmed") closing the
head under its headline is a subheadline, not the head's one highlight; a rendered headline
broken by <br>s stays whole where its lines go on from each other: the company's name alone
over its verb ("Apple" / "reports first quarter results": no masthead), a line after the
name's "Reports", a last word alone ("... First-Quarter 2022" / "Results")."""

from __future__ import annotations

import time

import pytest
from test_prsh65b_round65 import CAT_HEADLINE, _cat_head
from test_prsh66_round66 import _zurn_tickers

from filing2json.parsers.sections.press_tickers import find_tickers
from support import FILINGS, edited_record

# (_zurn_tickers: Zurn Industries' 1994 release, a corpus filing, its bracket "Zurn Industries,
# Inc. (New York Stock Exchange), a leading" edited; _cat_head: Caterpillar's first-quarter
# 2022 release, iXBRL, its headline "Caterpillar Reports First-Quarter 2022 Results" edited)


@pytest.mark.parametrize(("listing", "expected"), [
    # Zurn's bracket edited to the slashed markets 1990s releases print (was: no ticker): the
    # exchange as printed, its symbol null
    ("Zurn Industries, Inc. (Nasdaq/NM), a leading", [("Nasdaq/NM", None)]),
    ("Zurn Industries, Inc. (NASDAQ/NMS), a leading", [("NASDAQ/NMS", None)]),
    ("Zurn Industries, Inc. (Nasdaq / NM), a leading", [("Nasdaq / NM", None)]),
    # (unchanged: a symbol typed later for the same market stands alone; a slashed word that
    # is no market names nothing; a slashed market with its symbol is a listing)
    ("Zurn Industries, Inc. (Nasdaq/NM), a leading (Nasdaq: ZURN)", [("Nasdaq", "ZURN")]),
    ("Zurn Industries, Inc. (NYSE/Erie), a leading", []),
    ("Zurn Industries, Inc. (NASDAQ/NMS: ZURN), a leading", [("NASDAQ/NMS", "ZURN")]),
])
def test_slashed_market_named_after_company(listing: str, expected: list[tuple]) -> None:
    assert _zurn_tickers(listing) == expected


def test_slashed_market_linear() -> None:
    # ~200 KB of the new rule's trigger, read in linear time
    start = time.process_time()
    assert len(find_tickers("Acme Inc. (Nasdaq/NM) " * 9_000)) == 1
    assert len(find_tickers("Acme Inc. (NYSE / / / / " * 9_000)) == 0
    assert time.process_time() - start < 5


# Sears' second-quarter 2004 release (a corpus filing, typed text): its centred one-line headline
SEARS = "8k_2004_searsroebuckandco_1.txt"
SEARS_HEADLINE = "Sears Reports Second Quarter 2004 Results"


def _sears_head(lines: list[str]) -> tuple[str, list[str], list[str]]:
    head = "".join(f"   {line}\n" for line in lines)
    rel = edited_record(FILINGS / SEARS, {f"{' ' * 18}{SEARS_HEADLINE}\n": head})
    rel = rel["press_releases"][0]
    return rel["headline"], rel["subheadlines"], rel["highlights"]


OUTLOOK = "Full Year Outlook Reaffirmed"


@pytest.mark.parametrize(("lines", "expected"), [
    # Sears' headline edited to carry one dashed line under it, over the dateline (was: the
    # head's one highlight): right under it, after a blank, wrapped, or under a subheadline
    ([SEARS_HEADLINE, f"-- {OUTLOOK}"], (SEARS_HEADLINE, [OUTLOOK], [])),
    ([SEARS_HEADLINE, "", f"-- {OUTLOOK}"], (SEARS_HEADLINE, [OUTLOOK], [])),
    ([SEARS_HEADLINE, f"- {OUTLOOK}"], (SEARS_HEADLINE, [OUTLOOK], [])),
    ([SEARS_HEADLINE, f"-- {OUTLOOK} for", "Fiscal 2004"],
     (SEARS_HEADLINE, [f"{OUTLOOK} for Fiscal 2004"], [])),
    ([SEARS_HEADLINE, "", "Domestic comparable store sales down 3.1 percent", "",
      f"-- {OUTLOOK}"],
     (SEARS_HEADLINE, ["Domestic comparable store sales down 3.1 percent", OUTLOOK], [])),
    # (unchanged: two dashed lines, a dashed line under a heading or not closing the head,
    # a starred or lettered item: the head's highlights)
    ([SEARS_HEADLINE, f"-- {OUTLOOK}", "-- Comparable sales down 3%"],
     (SEARS_HEADLINE, [], [OUTLOOK, "Comparable sales down 3%"])),
    ([SEARS_HEADLINE, f"-- {OUTLOOK}", "* Comparable sales down 3%"],
     (SEARS_HEADLINE, [], [OUTLOOK, "Comparable sales down 3%"])),
    ([SEARS_HEADLINE, "Highlights:", f"-- {OUTLOOK}"], (SEARS_HEADLINE, [], [OUTLOOK])),
    ([SEARS_HEADLINE, f"-- {OUTLOOK}", "", "Domestic comparable store sales down 3.1 percent"],
     (SEARS_HEADLINE, ["Domestic comparable store sales down 3.1 percent"], [OUTLOOK])),
    ([SEARS_HEADLINE, f"* {OUTLOOK}"], (SEARS_HEADLINE, [], [OUTLOOK])),
    ([SEARS_HEADLINE, f"o {OUTLOOK}"], (SEARS_HEADLINE, [], [OUTLOOK])),
])
def test_lone_dashed_line_under_headline(lines: list[str], expected: tuple) -> None:
    assert _sears_head(lines) == expected


# Apple's first-quarter 2024 release (a corpus filing, iXBRL): its headline and two
# sentence-case subheadlines, each a <div> of its own
APPLE = "8k_2024_appleinc_1.txt"
APPLE_HEADLINE = "Apple reports first quarter results"
APPLE_SUBS = ["Services revenue reaches new all-time record",
              "EPS up 16 percent to new all-time high"]


def _apple_head(edit: dict[str, str]) -> tuple[str, list[str], list[str]]:
    rel = edited_record(FILINGS / APPLE, edit)["press_releases"][0]
    return rel["headline"], rel["subheadlines"], rel["highlights"]


@pytest.mark.parametrize("dash", ["&#8212; ", "&#8211; ", "-- "])
def test_lone_dashed_subheadline_in_html(dash: str) -> None:
    # Apple's last subheadline edited to open with a dash, as an item (was: the head's one
    # highlight)
    edit = {f">{APPLE_SUBS[1]}<": f">{dash}{APPLE_SUBS[1]}<"}
    assert _apple_head(edit) == (APPLE_HEADLINE, APPLE_SUBS, [])


def test_lone_bullet_in_html_stays_highlight() -> None:
    # (unchanged: a bullet's dot marks an item)
    edit = {f">{APPLE_SUBS[1]}<": f">&#8226; {APPLE_SUBS[1]}<"}
    assert _apple_head(edit) == (APPLE_HEADLINE, APPLE_SUBS[:1], APPLE_SUBS[1:])


@pytest.mark.parametrize("headline", [
    # Apple's headline re-typed with <br>s (was: "Apple", alone over the rest, dropped as
    # the company's masthead)
    "Apple<br>reports first quarter results",
    "Apple<br>reports<br>first<br>quarter<br>results",
    "Apple<br>reports first quarter<br>results",
    # (unchanged: broken after its verb or anywhere later)
    "Apple reports<br>first quarter results",
    "Apple reports first<br>quarter<br>results",
])
def test_apple_headline_broken_by_br(headline: str) -> None:
    assert _apple_head({APPLE_HEADLINE: headline}) == (APPLE_HEADLINE, APPLE_SUBS, [])


@pytest.mark.parametrize(("headline", "expected"), [
    # Caterpillar's headline re-typed with <br>s between its words (was: the name dropped as
    # a masthead, "Results" or what followed "Reports" a subheadline)
    ("Caterpillar<br>Reports First-Quarter 2022 Results", (CAT_HEADLINE, [])),
    ("Caterpillar<br>Reports<br>First-Quarter<br>2022<br>Results", (CAT_HEADLINE, [])),
    ("Caterpillar<br>Reports<br>First-Quarter 2022 Results", (CAT_HEADLINE, [])),
    ("Caterpillar Reports<br>First-Quarter 2022<br>Results", (CAT_HEADLINE, [])),
    ("Caterpillar Reports First-Quarter<br>2022<br>Results", (CAT_HEADLINE, [])),
    ("Caterpillar Inc.<br>Reports First-Quarter 2022 Results",
     ("Caterpillar Inc. Reports First-Quarter 2022 Results", [])),
    ("CATERPILLAR<br>REPORTS FIRST-QUARTER 2022 RESULTS", (CAT_HEADLINE.upper(), [])),
    # (the line opening with "Per" goes on from its amount: was a subheadline)
    ("Caterpillar Reports First-Quarter 2022 Profit<br>Per Share of $2.86",
     ("Caterpillar Reports First-Quarter 2022 Profit Per Share of $2.86", [])),
    # (unchanged: a subheadline under it, broken off by a <br>, is its own; the company's
    # name over a headline that names it again is the masthead)
    (f"{CAT_HEADLINE}<br>Sales and Revenues Up 14%", (CAT_HEADLINE, ["Sales and Revenues Up 14%"])),
    (f"{CAT_HEADLINE}<br>Outlook Raised", (CAT_HEADLINE, ["Outlook Raised"])),
    (f"{CAT_HEADLINE}<br>Declares Dividend", (CAT_HEADLINE, ["Declares Dividend"])),
    (f"{CAT_HEADLINE}<br>2022 Outlook", (CAT_HEADLINE, ["2022 Outlook"])),
    (f"{CAT_HEADLINE}<br>Per-Share Profit Up 3%", (CAT_HEADLINE, ["Per-Share Profit Up 3%"])),
    ("Caterpillar Reports<br>Record Results<br>Raises 2022 Outlook",
     ("Caterpillar Reports Record Results", ["Raises 2022 Outlook"])),
    (f"Caterpillar Inc.<br>{CAT_HEADLINE}", (CAT_HEADLINE, [])),
])
def test_caterpillar_headline_broken_by_br(headline: str, expected: tuple) -> None:
    assert _cat_head(headline) == expected
