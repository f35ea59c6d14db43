"""Press releases (round 43): the NYSE's sister exchanges ("NYSE Texas", "NYSE American") are
listings of their own beside "NYSE"; a letterhead's "NASDAQ SYMBOL: ACME" names the exchange
"NASDAQ" (the label word is no part of it); a quote's attribution closed by a participle or a
verb of speech (", citing strong demand", ", and added that ...") or by "in a statement" /
"today" with no comma gives none of those words to the role; a period's summary heading
("First-Quarter 2022 Summary") over marked items gives highlights."""

from __future__ import annotations

import pytest
from test_prs42b_round42 import _release

from filing2json.parsers.sections.press_tickers import find_tickers
from support import release_of

# (_release: Oracle's EX-99.1 release (8k_2019_oraclecorp_1.txt) with edits applied)
# Larry Ellison's attribution as printed (the line breaks inside his role)
_ELLISON = ("said Larry Ellison, Chairman of the Board of Directors and Chief\n"
            "Technology Officer.")
_ROLE = "Chairman of the Board of Directors and Chief Technology Officer"


def _listed(text: str) -> list[tuple[str, str]]:
    return [(t["exchange"], t["symbol"]) for t in find_tickers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # IFF's 2025 releases (8k_2025_internationalflavorsan_1): its NYSE listing and its
        # NYSE Texas one (was: NYSE only, the two read as one market)
        ("International Flavors & Fragrances Inc. (NYSE: IFF, NYSE Texas: IFF) today announced",
         [("NYSE", "IFF"), ("NYSE Texas", "IFF")]),
        # Oracle's About sentence (8k_2019_oraclecorp_1) with a second, NYSE Texas listing
        ("For more information about Oracle (NYSE: ORCL; NYSE Texas: ORCL), visit",
         [("NYSE", "ORCL"), ("NYSE Texas", "ORCL")]),
        ("Acme Corp. (NYSE American: ACU) today ... Acme (NYSE: ACU) also",
         [("NYSE American", "ACU"), ("NYSE", "ACU")]),
        # the NYSE named twice is one listing, as before
        ("Oracle (NYSE: ORCL) today ... About Oracle (NYSE: ORCL)", [("NYSE", "ORCL")]),
        ("Oracle (NYSE Texas: ORCL) today ... About Oracle (NYSE Texas: ORCL)",
         [("NYSE Texas", "ORCL")]),
    ],
)
def test_nyse_sister_exchanges_are_listings_of_their_own(text: str, expected: list) -> None:
    assert _listed(text) == expected


def test_oracle_as_printed() -> None:
    quotes = _release()["quotes"]
    assert (quotes[0]["speaker"], quotes[0]["role"]) == ("Larry Ellison", _ROLE)


@pytest.mark.parametrize(
    "tail",
    [
        ", citing the Board's needs.",
        ", referring to Mrs.&nbsp;Fairhead's experience.",
        ", pointing to her years at Pearson.",
        ", and added that the Board was glad.",
        ", and noted that the Board was glad.",
        " in a statement.",
        " in a statement today.",
        " today.",
    ],
)
def test_attribution_words_after_the_role_are_no_part_of_it(tail: str) -> None:
    # Oracle's first quote with the attribution's clause after Ellison's role (was: the role
    # "Chairman ... Officer, citing the Board's needs", "... Officer in a statement today")
    quotes = _release((_ELLISON, _ELLISON[:-1] + tail))["quotes"]
    assert (quotes[0]["speaker"], quotes[0]["role"]) == ("Larry Ellison", _ROLE)


@pytest.mark.parametrize(
    ("attribution", "expected"),
    [
        # a name alone before "today" (was: the role "today")
        ("said Larry Ellison today.", ("Larry Ellison", None)),
        # the role before the name, then "in a statement" (was: no quote)
        ("said Oracle Chairman Larry Ellison in a statement.",
         ("Larry Ellison", "Oracle Chairman")),
    ],
)
def test_statement_and_today_after_a_name(attribution: str, expected: tuple) -> None:
    quotes = _release((_ELLISON, attribution))["quotes"]
    assert (quotes[0]["speaker"], quotes[0]["role"]) == expected


@pytest.mark.parametrize(
    "role",
    [
        # jobs that read like the clauses above stay whole
        "managing director of Oracle",
        "founder, and retired Chairman of Oracle",
        "Professor in the Department of Economics at Stanford",
    ],
)
def test_jobs_like_clauses_stay_roles(role: str) -> None:
    quotes = _release((_ELLISON, f"said Larry Ellison, {role}."))["quotes"]
    assert (quotes[0]["speaker"], quotes[0]["role"]) == ("Larry Ellison", role)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Oracle's About sentence (8k_2019_oraclecorp_1) as 1990s letterheads print the
        # listing over the headline (was: the exchange "NYSE Symbol", "NASDAQ SYMBOL")
        ("NYSE Symbol: ORCL\n\nORACLE NAMES RONA FAIRHEAD TO THE BOARD OF DIRECTORS",
         [("NYSE", "ORCL")]),
        ("NASDAQ SYMBOL: ORCL\n\nORACLE NAMES RONA FAIRHEAD", [("NASDAQ", "ORCL")]),
        ("For more information about Oracle (NYSE Ticker Symbol: ORCL), visit",
         [("NYSE", "ORCL")]),
        ("Traded: NYSE\nSymbol: ORCL\n\nORACLE NAMES RONA FAIRHEAD", [("NYSE", "ORCL")]),
        # a market's words before the label stay
        ("Nasdaq National Market Symbol: ORCL\n", [("Nasdaq National Market", "ORCL")]),
    ],
)
def test_a_letterhead_symbol_label_is_no_part_of_the_exchange(text: str, expected: list) -> None:
    assert _listed(text) == expected


# Caterpillar's first-quarter 2022 release (8k_2022_caterpillarinc_1.txt) as plain text, its
# three highlights moved under a summary heading after the dateline's paragraph
_CATERPILLAR = """Caterpillar Reports First-Quarter 2022 Results

DEERFIELD, Ill. - April 28, 2022 - Caterpillar Inc. (NYSE: CAT) announced first-quarter 2022
sales and revenues of $13.6 billion, a 14% increase compared with $11.9 billion in the first
quarter of 2021.

{heading}

\u2022 First-quarter 2022 sales and revenues increased 14% to $13.6 billion
\u2022 First-quarter 2022 profit per share of $2.86; adjusted profit per share of $2.88
\u2022 Returned $1.4 billion to shareholders through share repurchases and dividends in the
  quarter

"I'm proud of our global team's performance," said Jim Umpleby, Caterpillar Chairman and CEO.
"""


@pytest.mark.parametrize(
    "heading", ["First-Quarter 2022 Summary", "FIRST QUARTER 2022 FINANCIAL SUMMARY",
                "First Quarter Summary:"])
def test_a_period_summary_heading_leads_highlights(heading: str) -> None:
    # (was: no highlights)
    rel = release_of(_CATERPILLAR.format(heading=heading), "20220428")
    assert rel["highlights"] == [
        "First-quarter 2022 sales and revenues increased 14% to $13.6 billion",
        "First-quarter 2022 profit per share of $2.86; adjusted profit per share of $2.88",
        "Returned $1.4 billion to shareholders through share repurchases and dividends in the "
        "quarter"]


def test_a_summary_heading_over_prose_gives_no_highlights() -> None:
    text = _CATERPILLAR.format(heading="First-Quarter 2022 Summary").replace("\u2022 ", "")
    assert release_of(text, "20220428")["highlights"] == []
