"""Press release highlights and body, round 28: where the body ends above the financial
statements, lists marked "o" (Word's outline bullet in text filings) and the "(cid:127)"
bullet a PDF-to-text conversion prints.
"""

from __future__ import annotations

from typing import Any

from filing2json.parsers.sections.press_release import parse_press_release
from filing2json.parsers.text.html_text import html_to_text


def release(text: str, document: str = "EX-99.1") -> dict[str, Any]:
    found = parse_press_release(text, document)
    assert found is not None
    return found


# A 1998 bank release in fixed-width text: no About, no safe harbour; the statements follow
# the narrative under the company's name, with a "Balance Sheet" section in the narrative.
BANK_1998 = """                                                                  Exhibit 99

NEWS RELEASE

         BAYSIDE BANCORP REPORTS SECOND QUARTER EARNINGS

         TAMPA, FLORIDA, July 21, 1998 -- Bayside Bancorp, Inc. (Nasdaq: BAYB)
today reported net income of $3.2 million, or $.41 per diluted share, for the
quarter ended June 30, 1998, compared with $2.7 million, or $.35 per diluted
share, for the second quarter of 1997.

Balance Sheet

         Total assets grew 12% to $612 million at June 30, 1998, led by growth
in commercial real estate loans.

                                   - more -

Bayside Bancorp
Page 2

         Nonperforming assets declined to .42% of total assets.

                             BAYSIDE BANCORP, INC.
                     CONSOLIDATED STATEMENTS OF INCOME
                    (In thousands, except per share data)

                                          Three Months Ended June 30,
                                            1998             1997
                                          --------         --------
Interest income                           $ 11,412         $ 10,118
Interest expense                             5,630            5,011
                                          --------         --------
Net interest income                          5,782            5,107
"""


def test_the_statements_title_after_the_narrative_ends_the_body() -> None:
    found = release(BANK_1998)
    body = found["body"]
    assert body.startswith("TAMPA, FLORIDA, July 21, 1998 -- Bayside Bancorp, Inc.")
    # the narrative's own "Balance Sheet" heading stays; the tables and their head do not
    assert "Balance Sheet\n\nTotal assets grew 12% to $612 million" in body
    assert body.endswith("Nonperforming assets declined to .42% of total assets.")


# A 2019 HTML release whose statements follow the narrative, contacts under them.
ENERGY_2019 = """<p align="center"><b>Contoso Energy Reports Third Quarter 2019 Results</b></p>
<p>HOUSTON, Nov. 5, 2019 (GLOBE NEWSWIRE) -- Contoso Energy, Inc. (NYSE: CEI) today reported
financial and operating results for the third quarter of 2019.</p>
<p>Production for the quarter averaged 112,400 Boe per day, of which 58% was oil. The company
drilled 31 wells and completed 28 during the quarter.</p>
<p align="center"><b>CONTOSO ENERGY, INC.</b></p>
<p align="center"><b>Condensed Consolidated Statements of Operations</b></p>
<p align="center">(Unaudited)</p>
<table>
<tr><td></td><td>Three Months Ended September 30,</td></tr>
<tr><td>Oil sales</td><td>$</td><td>498.1</td></tr>
<tr><td>Natural gas sales</td><td></td><td>114.2</td></tr>
</table>
<p>Investor Contact: Mary Lee, (713) 555-0100</p>
"""


def test_an_html_statements_title_and_the_company_over_it_leave_the_body() -> None:
    found = release(html_to_text(f"<html><body>{ENERGY_2019}</body></html>"))
    assert found["body"].endswith(
        "The company drilled 31 wells and completed 28 during the quarter.")
    assert "CONTOSO ENERGY, INC." not in found["body"]


# A 2000s text release whose lists are marked with Word's outline bullet, "o".
WIDGET_2004 = """Exhibit 99.1

        Acme Widget Corporation Reports Fourth Quarter and Full Year 2004 Results

CHICAGO, Feb. 8, 2005 /PRNewswire-FirstCall/ -- Acme Widget Corporation (NYSE: ACM)
today reported financial results for the fourth quarter and full year ended
December 31, 2004.

Fourth Quarter 2004 Highlights

  o   Net sales of $212.3 million, up 8% from the prior-year quarter
  o   Diluted earnings per share of $.62, compared with $.54 a year ago

Net sales for the quarter increased 8% to $212.3 million, driven by higher volumes
in the Industrial segment and favorable pricing.

About Acme Widget Corporation

Acme Widget Corporation is a leading maker of industrial widgets based in Chicago.
"""


def test_o_bullets_are_no_page_break_inside_the_body() -> None:
    body = release(WIDGET_2004)["body"].split("\n\n")
    assert body[1:4] == [
        "Fourth Quarter 2004 Highlights",
        "o Net sales of $212.3 million, up 8% from the prior-year quarter",
        "o Diluted earnings per share of $.62, compared with $.54 a year ago",
    ]


def test_cid_bullets_of_a_pdf_conversion_are_highlights() -> None:
    text = WIDGET_2004.replace("  o   ", "(cid:127) ")
    found = release(text)
    assert found["highlights"] == [
        "Net sales of $212.3 million, up 8% from the prior-year quarter",
        "Diluted earnings per share of $.62, compared with $.54 a year ago",
    ]
    assert "(cid:127)" not in found["body"]
