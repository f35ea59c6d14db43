"""Press release highlights, round 34: sub-items kept with the item they detail, and the
body's next paragraph under a rendered HTML list's last item.
"""

from __future__ import annotations

from typing import Any

from filing2json.parsers.sections.press_release import parse_press_release
from filing2json.parsers.text import html_to_text


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


def html_release(items: str) -> dict[str, Any]:
    """A 2015 EX-99.1 in HTML with the given highlights list, rendered to text."""
    return release(html_to_text(
        "<html><body>\n"
        '<p style="text-align:center"><b>ACME CORP. REPORTS THIRD QUARTER 2015 RESULTS</b></p>\n'
        "<p>AUSTIN, Texas, Oct. 27, 2015 (GLOBE NEWSWIRE) -- Acme Corp. (NASDAQ: ACME), a "
        "leading provider of cloud software for hospitals, today reported financial results "
        "for its third quarter ended September 30, 2015.</p>\n"
        "<p><b>Third Quarter 2015 Highlights:</b></p>\n"
        f"{items}\n"
        "<p>&#8220;We delivered another strong quarter,&#8221; said Jane Doe, Chief Executive "
        "Officer of Acme.</p>\n</body></html>"))


def test_html_lead_in_and_its_br_line_are_one_item() -> None:
    # a bold lead-in over its text (a <br> in one <li>): each item keeps its text, the
    # list goes on after it, and the last item's text is no body paragraph
    found = html_release(
        "<ul><li><b>Record Quarterly Revenue</b><br>Revenue increased 18% to $52.3 million, "
        "driven by continued strong demand for our cloud platform among large hospital "
        "systems across the country.</li>\n"
        "<li><b>Expanded Margins</b><br>Gross margin expanded to 68.2% from 64.1%, reflecting "
        "improved hosting efficiency and higher subscription mix.</li></ul>")
    assert found["highlights"] == [
        "Record Quarterly Revenue Revenue increased 18% to $52.3 million, driven by "
        "continued strong demand for our cloud platform among large hospital systems across "
        "the country.",
        "Expanded Margins Gross margin expanded to 68.2% from 64.1%, reflecting improved "
        "hosting efficiency and higher subscription mix.",
    ]


def test_html_second_line_of_an_item_after_inc_keeps_the_list() -> None:
    found = html_release(
        "<ul><li>Signed a five-year agreement with St. Luke&#8217;s Health System, Inc.<br>"
        "The agreement covers all 12 hospitals in the system.</li>\n"
        "<li><div>Revenue of $52.3 million, up 18%.</div><div>Subscription revenue grew 25% "
        "to $40.1 million, reflecting new customers.</div></li>\n"
        "<li>Cash and investments of $118.4 million at September 30, 2015.</li></ul>")
    assert found["highlights"] == [
        "Signed a five-year agreement with St. Luke\u2019s Health System, Inc. The agreement "
        "covers all 12 hospitals in the system.",
        "Revenue of $52.3 million, up 18%. Subscription revenue grew 25% to $40.1 million, "
        "reflecting new customers.",
        "Cash and investments of $118.4 million at September 30, 2015.",
    ]


# One table of two labelled groups, the second marked by en dashes: each group's items are
# the list's items (no sub-items of the group above), with or without the label's colon.
GROUPS = (
    "<table><tr><td colspan=2><b>Financial{c}</b></td></tr>"
    "<tr><td>&#8226;</td><td>Revenue of $52.3 million, up 18%.</td></tr>"
    "<tr><td>&#8226;</td><td>GAAP EPS of $0.12.</td></tr>"
    "<tr><td colspan=2><b>Operational{c}</b></td></tr>"
    "<tr><td>&#8211;</td><td>Added 12 new hospital customers.</td></tr>"
    "<tr><td>&#8211;</td><td>Launched Acme Cloud 3.0.</td></tr></table>"
)


def test_html_group_labels_reset_the_list_level() -> None:
    for colon in (":", ""):
        assert html_release(GROUPS.format(c=colon))["highlights"] == [
            "Revenue of $52.3 million, up 18%.",
            "GAAP EPS of $0.12.",
            "Added 12 new hospital customers.",
            "Launched Acme Cloud 3.0.",
        ]


def test_html_flat_list_with_restyled_marks_keeps_its_items() -> None:
    # Word's Symbol-font first bullet, the rest restyled "o": the first mark never comes
    # back and no item leads into the next, so the list is flat
    found = html_release(
        "<table><tr><td>&#183;</td><td>Revenue of $52.3 million, up 18%.</td></tr>"
        "<tr><td>o</td><td>GAAP EPS of $0.12, compared with $0.07.</td></tr>"
        "<tr><td>o</td><td>Cash and investments of $118.4 million.</td></tr></table>")
    assert found["highlights"] == [
        "Revenue of $52.3 million, up 18%.",
        "GAAP EPS of $0.12, compared with $0.07.",
        "Cash and investments of $118.4 million.",
    ]
