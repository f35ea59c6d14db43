"""Press releases (round 44): a period's results or summary heading closed by a colon ("Third
Quarter Results:", "Fiscal 2024 Summary:") over bullets leads highlights, under the dateline or
above it (where it no longer stops the walk up to the headline); a subheadline stacked under a
title-case headline with no blank line is parted from it when it is wholly bracketed or set in
sentence case."""

from __future__ import annotations

import pytest
from test_prs43a_round43 import _CATERPILLAR

from support import release_of

# Caterpillar's first-quarter 2022 release (8k_2022_caterpillarinc_1.txt): its headline, its
# three highlights and the dateline's paragraph, as plain text
_HEADLINE = "Caterpillar Reports First-Quarter 2022 Results"
_ITEMS = [
    "First-quarter 2022 sales and revenues increased 14% to $13.6 billion",
    "First-quarter 2022 profit per share of $2.86; adjusted profit per share of $2.88",
]
_BULLETS = "".join(f"\u2022 {item}\n" for item in _ITEMS)
_DATELINE = """
DEERFIELD, Ill. - April 28, 2022 - Caterpillar Inc. (NYSE: CAT) announced first-quarter 2022
sales and revenues of $13.6 billion, a 14% increase compared with $11.9 billion in the first
quarter of 2021.
"""


@pytest.mark.parametrize(
    "heading", ["First Quarter Results:", "First-Quarter 2022 Results:",
                "FIRST QUARTER 2022 FINANCIAL RESULTS:", "Q1 2022 Results:",
                "Fiscal 2022 Summary:", "First Quarter and Year-to-Date Results:"])
def test_a_period_results_heading_under_the_dateline_leads_highlights(heading: str) -> None:
    # the round-43 excerpt with its summary heading reworded (was: no highlights)
    rel = release_of(_CATERPILLAR.format(heading=heading), "20220428")
    assert rel["highlights"][:2] == _ITEMS


@pytest.mark.parametrize("heading", ["First Quarter Results:", "First-Quarter 2022 Summary:"])
def test_a_period_heading_above_the_dateline_keeps_the_headline(heading: str) -> None:
    # the bullets printed between headline and dateline, as the filing prints them, under a
    # heading (was: the heading stopped the walk up: no headline)
    rel = release_of(f"{_HEADLINE}\n\n{heading}\n{_BULLETS}{_DATELINE}", "20220428")
    assert (rel["headline"], rel["subheadlines"], rel["highlights"]) == (_HEADLINE, [], _ITEMS)


def test_a_results_heading_over_prose_gives_no_highlights() -> None:
    text = _CATERPILLAR.format(heading="First Quarter Results:").replace("\u2022 ", "")
    assert release_of(text, "20220428")["highlights"] == []


@pytest.mark.parametrize(
    ("sub", "expected"),
    [
        # sentence case under title case (was: joined into the headline)
        ("Sales and revenues up 14%; profit per share of $2.86",
         "Sales and revenues up 14%; profit per share of $2.86"),
        # wholly bracketed, round (kept, as round 36 keeps them) or square, in any case (was:
        # joined)
        ("(Sales and Revenues Up 14%; Profit Per Share of $2.86)",
         "(Sales and Revenues Up 14%; Profit Per Share of $2.86)"),
        ("[Sales and Revenues Up 14%; Profit Per Share of $2.86]",
         "Sales and Revenues Up 14%; Profit Per Share of $2.86"),
    ],
)
def test_a_subheadline_stacked_under_a_title_case_headline(sub: str, expected: str) -> None:
    rel = release_of(f"{_HEADLINE}\n{sub}\n{_DATELINE}", "20220428")
    assert (rel["headline"], rel["subheadlines"]) == (_HEADLINE, [expected])


@pytest.mark.parametrize(
    "head",
    [
        # a title-case headline wrapped over two lines stays one
        "Caterpillar Reports First-Quarter 2022\nResults Driven by Higher Sales Volume",
        # a headline's wrapped line holding a bracket is no bracketed subheadline
        "Caterpillar Reports First-Quarter 2022 Results\n(NYSE: CAT)",
        # a sentence-case headline goes on in sentence case
        "Caterpillar reports first-quarter 2022 results\nwith sales and revenues up 14%",
    ],
)
def test_a_wrapped_headline_stays_one(head: str) -> None:
    rel = release_of(f"{head}\n{_DATELINE}", "20220428")
    assert rel["subheadlines"] == []
    assert rel["headline"] is not None and rel["headline"].startswith("Caterpillar")
