"""Rendered text, round 73: a ``<br>`` after a prefix that is only a word's first syllable,
capitals compounds, and a figure after a hyphen's break.

- A prefix whose hyphen stays ("ex-", "pre-", "anti-", "multi-") before a rest that is no
  word of its own, only the word's syllables ("ex-<br>pected", "pre-<br>vious",
  "anti-<br>cipated"), reads whole: "expected"; "pre-<br>approved" keeps its hyphen.
- Capitals split at a syllable join only where the rest is a common last syllable
  ("OPERA-<br>TIONS"); two whole capitals words keep the hyphen ("MERGER-<br>RELATED").
- A figure on the line after a hyphen's break is the word's rest, not a page number:
  "COVID-<br>19" reads "COVID-19" (round 72 dropped the "19").

Real filings: Caterpillar's 2022 8-K release ("changes in the expected geographic mix of
profits"), Westell's 1999 8-K ("in favor of the merger-related transactions"), Plymouth
Rock Technologies' 2021 20-F ("Due to the recent outbreak of COVID-19").
"""

from __future__ import annotations

import time

from test_txt72b_round72 import CATERPILLAR

from filing2json.parsers.text.html_text import html_to_text
from support import edited_record

_TAX_RATE = "primarily related to changes in the "


def _tax_rate_line(edit: dict[str, str]) -> str:
    (release, *_) = edited_record(CATERPILLAR, edit)["press_releases"]
    body = release["body"]
    at = body.index(_TAX_RATE)
    return body[at: at + 90]


def test_caterpillar_expected_reads_whole() -> None:
    """Caterpillar's "the expected geographic mix" broken after "ex-": one word (round 72
    read "ex-pected")."""
    assert _tax_rate_line({"in the expected geographic": "in the ex-<br>pected geographic"}) == (
        "primarily related to changes in the expected geographic mix of profits from a tax "
        "perspect")


def test_prefix_syllables_join() -> None:
    # a prefix that is only the first syllable of the word: in a paragraph and in a cell
    assert html_to_text("<p>options granted during the pre-<br>vious 12 months</p>") == (
        "options granted during the previous 12 months\n")
    assert html_to_text("<p>all of the anti-<br>cipated benefits of our acquisitions</p>") == (
        "all of the anticipated benefits of our acquisitions\n")
    assert html_to_text("<p>one of our ex-<br>ecutive officers</p>") == (
        "one of our executive officers\n")
    assert html_to_text("<p>customers in multi-<br>ple markets</p>") == (
        "customers in multiple markets\n")
    assert html_to_text("<table><tr><td>Ex-<br>pected volatility</td><td>45%</td></tr>"
                        "</table>") == "Expected volatility\t45%\n"
    assert html_to_text("<p>the shares were post-<br>ed to the account</p>") == (
        "the shares were posted to the account\n")
    assert html_to_text("<p>RESULTS BETTER THAN EX-<br>PECTED</p>") == (
        "RESULTS BETTER THAN EXPECTED\n")
    # round 72b's rest of one word after a whole word, in capitals too
    assert html_to_text("<p>HIGH-<br>LY COMPETITIVE</p>") == "HIGHLY COMPETITIVE\n"


def test_prefix_compounds_keep_their_hyphen() -> None:
    """The prefix before a word of its own keeps the hyphen, as round 72 read it."""
    assert html_to_text("<p>the Audit Committee pre-<br>approved all services</p>") == (
        "the Audit Committee pre-approved all services\n")
    assert html_to_text("<p>customary anti-<br>dilution adjustments</p>") == (
        "customary anti-dilution adjustments\n")
    assert html_to_text("<p>a multi-<br>year agreement</p>") == "a multi-year agreement\n"
    assert html_to_text("<p>our ex-<br>employees</p>") == "our ex-employees\n"
    assert html_to_text("<p>the pre-<br>tax loss</p>") == "the pre-tax loss\n"
    assert html_to_text("<table><tr><td>Pre-<br>existing conditions</td><td>1</td></tr>"
                        "</table>") == "Pre-existing conditions\t1\n"


def test_numbers_keep_their_hyphen() -> None:
    """A tens word before a unit is a compound numeral ("twenty-five"), not a syllable."""
    assert html_to_text("<p>a term of twenty-<br>five years</p>") == (
        "a term of twenty-five years\n")
    assert html_to_text("<p>THIRTY-<br>FIVE PERCENT</p>") == "THIRTY-FIVE PERCENT\n"


def test_westell_capitals_compound_keeps_its_hyphen() -> None:
    """Westell's "merger-related transactions" set in capitals and broken at the hyphen:
    two whole words keep it (round 72 read "MERGERRELATED")."""
    assert html_to_text("<p>IN FAVOR OF THE MERGER-<br>RELATED TRANSACTIONS</p>") == (
        "IN FAVOR OF THE MERGER-RELATED TRANSACTIONS\n")
    assert html_to_text("<table><tr><td>MERGER-<br>RELATED COSTS</td><td>1</td></tr>"
                        "</table>") == "MERGER-RELATED COSTS\t1\n"
    assert html_to_text("<p>INVESTMENT IN JOINT-<br>VENTURE</p>") == (
        "INVESTMENT IN JOINT-VENTURE\n")


def test_capitals_syllables_still_join() -> None:
    """Round 72b's neighbours: a common last syllable after the break reads whole."""
    assert html_to_text("<p>RESULTS OF OPERA-<br>TIONS</p>") == "RESULTS OF OPERATIONS\n"
    assert html_to_text("<p>CONSOLIDATED FINAN-<br>CIAL STATEMENTS</p>") == (
        "CONSOLIDATED FINANCIAL STATEMENTS\n")
    assert html_to_text("<table><tr><td>CONSOLI-<br>DATED</td><td>2021</td></tr></table>") \
        == "CONSOLIDATED\t2021\n"
    assert html_to_text("<p>SELECTED FINANCIAL INFOR-<br>MATION</p>") == (
        "SELECTED FINANCIAL INFORMATION\n")
    assert html_to_text("<p>RECONCILIATION OF NON-<br>GAAP MEASURES</p>") == (
        "RECONCILIATION OF NON-GAAP MEASURES\n")


def test_plymouth_covid_figure_is_no_page_number() -> None:
    """Plymouth Rock's "COVID-19" broken after the hyphen, the "19" alone on its line: the
    word's rest (round 72 dropped it as a page number, and joined the next line on)."""
    assert html_to_text("<p>Due to the recent outbreak of COVID-<br>19</p>") == (
        "Due to the recent outbreak of COVID-19\n")
    assert html_to_text("<p>IMPACT OF COVID-<br>19<br>Due to the recent outbreak</p>") == (
        "IMPACT OF COVID-19\nDue to the recent outbreak\n")


def test_page_numbers_stay_dropped() -> None:
    """A lone figure after a line that ends in no hyphen, or after a paragraph's end, is a
    page number as before."""
    assert html_to_text("<p>a tax perspective.<br>12</p>") == "a tax perspective.\n"
    assert html_to_text("<p>Impact of COVID-</p><p>19</p>") == "Impact of COVID-\n"


def test_hyphen_breaks_linear_time() -> None:
    """~200 KB of prefix breaks, each a rest to look up: linear time."""
    unit = "the ex-<br>pected and pre-<br>approved MERGER-<br>RELATED COVID-<br>19 "
    html = "<p>" + unit * 3000 + "</p>"
    start = time.process_time()
    text = html_to_text(html)
    assert time.process_time() - start < 5
    assert text.startswith("the expected and pre-approved MERGER-RELATED COVID-19 the ")
