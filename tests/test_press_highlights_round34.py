"""Press release highlights, round 34: sub-items kept with the item they detail, and the
body's next paragraph under a rendered HTML list's last item.
"""

from __future__ import annotations

from typing import Any

from filing2json.parsers.sections.press_release import parse_press_release


def release(text: str, document: str = "EX-99.1") -> dict[str, Any]:
    found = parse_press_release(text, document)
    assert found is not None
    return found


# A 2008 bank release in fixed-width text: "*" items, one with "o" sub-items indented under
# it (Horizon Financial 2008 prints its asset-quality figures so).
SUB_ITEMS_2008 = """             ACME BANCORP REPORTS THIRD QUARTER FISCAL 2008 EARNINGS

     BELLINGHAM, Wash., Jan. 22, 2008 -- Acme Bancorp, Inc. (NASDAQ: ACMB)
today reported net income of $6.2 million for the quarter ended December 31, 2007.

Third Quarter Highlights:

    * Net interest income grew 3% to $13.8 million from $13.4 million.
    * Asset quality continues to be acceptable:
       o Non-performing assets were just 0.12% of total assets compared
         to 0.09% a year ago.
       o Loan loss reserves are 1.50% of net loans receivable compared to
         1.53% a year ago.
    * Tangible book value per share grew 8% to $10.60 from $9.81.

"Our local economy continues to perform very well," stated John Smith, Chairman.
"""


def test_indented_sub_items_stay_with_their_item() -> None:
    assert release(SUB_ITEMS_2008)["highlights"] == [
        "Net interest income grew 3% to $13.8 million from $13.4 million.",
        "Asset quality continues to be acceptable: Non-performing assets were just 0.12% "
        "of total assets compared to 0.09% a year ago. Loan loss reserves are 1.50% of net "
        "loans receivable compared to 1.53% a year ago.",
        "Tangible book value per share grew 8% to $10.60 from $9.81.",
    ]


# A 2015 release rendered from HTML: Word's list, "•" at the first level and "o" at the
# second, each mark and its text parted by a tab; the quote's paragraph right under the list.
HTML_2015 = (
    "ACME CORP. REPORTS THIRD QUARTER 2015 RESULTS\n"
    "AUSTIN, Texas, Oct. 27, 2015 (GLOBE NEWSWIRE) -- Acme Corp. (NASDAQ: ACME), a leading "
    "provider of cloud software for hospitals, today reported financial results for its "
    "third quarter ended September 30, 2015.\n"
    "Third Quarter 2015 Highlights:\n"
    "\u2022\tRevenue of $52.3 million, up 18% from the third quarter of 2014.\n"
    "\u2022\tNew customer agreements included:\n"
    "o\tSt. Luke\u2019s Health System, a five-year enterprise agreement;\n"
    "o\tNorthern Regional Medical Center, an expansion of an existing contract.\n"
    "\u2022\tCash and investments of $118.4 million at September 30, 2015.\n"
    "\u201cWe delivered another strong quarter,\u201d said Jane Doe, Chief Executive Officer "
    "of Acme. \u201cHospitals continue to choose our platform for their most important "
    "work.\u201d\n"
)


def test_html_sub_items_stay_with_their_item() -> None:
    assert release(HTML_2015)["highlights"][1] == (
        "New customer agreements included: St. Luke\u2019s Health System, a five-year "
        "enterprise agreement; Northern Regional Medical Center, an expansion of an "
        "existing contract."
    )


def test_html_paragraph_under_the_last_item_is_no_highlight() -> None:
    found = release(HTML_2015)
    assert found["highlights"][-1] == (
        "Cash and investments of $118.4 million at September 30, 2015."
    )
    assert len(found["highlights"]) == 3
    assert found["body"].endswith("their most important work.\u201d")


# A 2024 release rendered from HTML: items with a bold lead-in and no full stop ("·" from a
# symbol font), one item broken by a <br>, and a one-sentence paragraph right under the list.
HTML_2024 = (
    "ACME CORP. REPORTS THIRD QUARTER 2024 RESULTS\n"
    "DALLAS, Oct. 24, 2024 (BUSINESS WIRE) -- Acme Corp. (NYSE: ACM), a leading provider "
    "of industrial automation equipment and services, today reported financial results for "
    "its third quarter ended September 30, 2024.\n"
    "Q3 2024 Highlights:\n"
    "\u00b7\tRevenue: $5.2 billion, up 8% year over year\n"
    "\u00b7\tGAAP EPS: $1.12, compared with $0.98 in the third quarter of 2023,\n"
    "including a $0.04 gain on the sale of a building\n"
    "\u00b7\tFree cash flow: $410 million\n"
    "The Company repurchased 1.2 million shares during the quarter.\n"
    "Acme will host a conference call today at 5:00 p.m. Eastern Time to discuss its "
    "results.\n"
)


def test_html_sentence_under_an_unstopped_item_is_no_highlight() -> None:
    assert release(HTML_2024)["highlights"] == [
        "Revenue: $5.2 billion, up 8% year over year",
        "GAAP EPS: $1.12, compared with $0.98 in the third quarter of 2023, including a "
        "$0.04 gain on the sale of a building",
        "Free cash flow: $410 million",
    ]
