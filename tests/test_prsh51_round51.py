"""Press releases (round 51): one symbol on three exchanges or more ("(NYSE, PSE and CHX:
S)", "(NYSE/CHX/PCX: S)"); a dateline whose date is printed in figures with no wire's credit
("CHICAGO, Ill., 7/22/2004 --", "DALLAS, TX, 2004-07-22 /"); a subheadline in brackets that
restates the lead's figure; "Company Overview" and "Corporate Background" over the About;
the act's name alone over the safe harbour; items marked by an em dash under the headline.

Each test edits a corpus filing's release (Sears' second-quarter 2004 release, PR Newswire
text; Apple's first-quarter 2011 release, HTML) into the shape another filer or era prints,
as round 45's tests do.
"""

from __future__ import annotations

import pytest
from test_prsh45_round45 import _SEARS, _SEARS_DATELINE, _release

from filing2json.parsers import parse
from filing2json.parsers.sections.press_tickers import find_tickers
from support import FILINGS

_LISTING = "(NYSE: S)"
_LEAD = "Sears, Roebuck and Co. {} today reported net income of $53 million"
_HEADLINE = "                  Sears Reports Second Quarter 2004 Results\n"
_ITEMS = ("Net income of $53 million, or $0.24 per share",
          "Domestic comparable store sales down 3.1%")


def _tickers(listing: str) -> list[tuple[str, str]]:
    return [(t["exchange"], t["symbol"]) for t in find_tickers(_LEAD.format(listing))]


@pytest.mark.parametrize(("listing", "exchanges"), [
    # Sears' listing as 1990s releases printed the regional exchanges too (was: CHX only,
    # PCX only, and one exchange "NYSE/CHX/PCX")
    ("(NYSE, PSE and CHX: S)", ["NYSE", "PSE", "CHX"]),
    ("(NYSE, CHX, PCX: S)", ["NYSE", "CHX", "PCX"]),
    ("(NYSE, CHX, and PCX: S)", ["NYSE", "CHX", "PCX"]),
    ("(NYSE/CHX/PCX: S)", ["NYSE", "CHX", "PCX"]),
    ("(NYSE / PCX: S)", ["NYSE", "PCX"]),
    # as before
    ("(NYSE, PSE: S)", ["NYSE", "PSE"]),
    ("(NYSE and TSX: S)", ["NYSE", "TSX"]),
])
def test_one_symbol_on_several_exchanges(listing: str, exchanges: list[str]) -> None:
    assert _tickers(listing) == [(e, "S") for e in exchanges]
    rel = _release(_SEARS, (_LISTING, listing))
    assert [(t["exchange"], t["symbol"]) for t in rel["tickers"]] == [(e, "S") for e in exchanges]


def test_a_market_after_a_slash_is_no_exchange() -> None:
    # "NASDAQ/NMS": one exchange's market, not two listings
    assert _tickers("(NASDAQ/NMS: S)") == [("NASDAQ/NMS", "S")]


@pytest.mark.parametrize(("dateline", "city", "state"), [
    # Sears' PR Newswire dateline as a company's own release prints the date in figures,
    # with no wire (was: no dateline)
    ("HOFFMAN ESTATES, Ill., 7/22/2004 --", "HOFFMAN ESTATES", "Ill."),
    ("HOFFMAN ESTATES, Ill. -- 07/22/2004 --", "HOFFMAN ESTATES", "Ill."),
    ("Hoffman Estates, IL, 07/22/04 -", "Hoffman Estates", "IL"),
    ("HOFFMAN ESTATES, 7/22/2004 --", "HOFFMAN ESTATES", None),
    ("HOFFMAN ESTATES, IL, 2004-07-22 /", "HOFFMAN ESTATES", "IL"),
])
def test_a_date_in_figures_with_no_wire(dateline: str, city: str, state: str | None) -> None:
    rel = _release(_SEARS, (_SEARS_DATELINE, dateline))
    assert rel["headline"] == "Sears Reports Second Quarter 2004 Results"
    assert rel["dateline"] == {"city": city, "state": state, "date": "2004-07-22"}
    assert rel["body"].startswith(dateline + " Sears, Roebuck and Co. (NYSE: S) today")


def test_a_figure_date_needs_an_announcement() -> None:
    # the same with no announcement after it ("has net income"): no dateline, as for a
    # date_first one (a caption or a schedule's line reads alike)
    raw = (FILINGS / _SEARS).read_bytes().decode("latin-1")
    raw = raw.replace(_SEARS_DATELINE, "HOFFMAN ESTATES, Ill., 7/22/2004 --").replace(
        "Sears, Roebuck\nand Co. (NYSE: S) today reported", "Sears, Roebuck\nand Co. (NYSE: S) has")
    assert all(rel["dateline"] is None or rel["dateline"]["date"] != "2004-07-22"
               for rel in parse(raw.encode("utf-8"), _SEARS)["press_releases"])


def test_a_bracketed_subheadline_restating_the_lead() -> None:
    # Sears' headline over a bracketed subheadline whose words the lead repeats ("today
    # reported net income of $53 million"): a subheadline, no company's name (was: dropped)
    rel = _release(_SEARS, (_HEADLINE, _HEADLINE + "    (Net Income of $53 Million)\n"))
    assert (rel["headline"], rel["subheadlines"]) == (
        "Sears Reports Second Quarter 2004 Results", ["(Net Income of $53 Million)"])


def test_the_company_bracketed_under_the_headline_is_no_subheadline() -> None:
    rel = _release(_SEARS, (_HEADLINE, _HEADLINE + "    (Sears, Roebuck and Co.)\n"))
    assert rel["subheadlines"] == []


@pytest.mark.parametrize("heading", [
    # Sears' "About Sears" as other filers head the standing paragraph (was: no About)
    "Company Overview", "Corporate Overview", "COMPANY OVERVIEW", "Company Background",
    "Corporate Background:",
])
def test_generic_about_headings(heading: str) -> None:
    rel = _release(_SEARS, ("    About Sears\n", f"    {heading}\n"))
    assert rel["about"]["company"] == "Sears, Roebuck and Co."
    assert rel["about"]["text"].startswith("Sears, Roebuck and Co. is a leading broadline")
    assert heading not in rel["body"]


def test_the_act_alone_heads_the_safe_harbour() -> None:
    # Sears' "Forward-Looking Statements" heading printed as the act's name, as 1990s-2000s
    # releases head it (was: the heading left at the body's end)
    rel = _release(_SEARS, ("    Forward-Looking Statements\n",
                            "    Private Securities Litigation Reform Act of 1995\n"))
    assert rel["forward_looking_statements"].startswith("This release contains guidance")
    assert rel["body"].endswith("Credit and Financial Products business.")


def test_em_dash_items_under_a_text_headline() -> None:
    # Sears' headline over items marked by em dashes, as a word processor sets "--" (was:
    # one subheadline holding the dashes)
    items = "".join(f"    \u2014 {t}\n" for t in _ITEMS)
    rel = _release(_SEARS, (_HEADLINE, _HEADLINE + "\n" + items))
    assert (rel["subheadlines"], rel["highlights"]) == ([], list(_ITEMS))


_APPLE = "8k_2011_appleinc_1.txt"
_APPLE_SUBS = ("<B>Record Mac, iPhone, iPad Sales Drive Highest\nRevenue and Earnings Ever </B>",
               "<B>Revenue Grows 71 Percent; Earnings Grow 78 Percent </B>")
_APPLE_TEXTS = ["Record Mac, iPhone, iPad Sales Drive Highest Revenue and Earnings Ever",
                "Revenue Grows 71 Percent; Earnings Grow 78 Percent"]


def test_em_dash_items_under_an_html_headline() -> None:
    # Apple's two subheadlines each led by "&#151;" (was: subheadlines holding the dash)
    rel = _release(_APPLE, *((s, s.replace("<B>", "<B>&#151; ")) for s in _APPLE_SUBS))
    assert (rel["subheadlines"], rel["highlights"]) == ([], _APPLE_TEXTS)


def test_a_subheadline_framed_by_em_dashes_stays_one() -> None:
    rel = _release(_APPLE, (_APPLE_SUBS[0], _APPLE_SUBS[0].replace("<B>", "<B>&#151; ")
                            .replace(" </B>", " &#151;</B>")))
    assert (rel["subheadlines"], rel["highlights"]) == (_APPLE_TEXTS, [])
