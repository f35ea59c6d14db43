"""Rendered text, round 72b: a ``<br>`` after a whole word's hyphen, and capitals split at a
syllable.

- A whole word a hyphen joins to the next ("first-<br>quarter", the ordinals, "year-", "long-",
  "high-") keeps its hyphen: "first-quarter 2022 sales", not "firstquarter". The word after
  decides: the rest of one word ("second-<br>ary", "high-<br>ly", "ten-<br>ant") reads whole,
  "secondary".
- A word set in capitals split at a syllable ("RESULTS OF OPERA-<br>TIONS") reads whole,
  "OPERATIONS"; a prefix or whole word before the hyphen ("NON-<br>GAAP", "FIRST-<br>QUARTER")
  keeps it, as does a capital after a word not all capitals ("By-<br>Laws").

Real filings: Caterpillar's 2022 8-K release ("announced first-quarter 2022 sales and
revenues"), Plymouth Rock Technologies' 2021 20-F head "RESULTS OF OPERATIONS", Apple's 2024
8-K for the shapes.
"""

from __future__ import annotations

from filing2json.parsers.text.html_text import html_to_text
from support import FILINGS, edited_record

CATERPILLAR = FILINGS / "8k_2022_caterpillarinc_1.txt"


def _body_start(edit: dict[str, str]) -> str:
    (release, *_) = edited_record(CATERPILLAR, edit)["press_releases"]
    return release["body"][:128]


def test_caterpillar_first_quarter_keeps_its_hyphen() -> None:
    """A <br> typed after "first-": the ordinal keeps its hyphen (round 72 read
    "firstquarter")."""
    assert _body_start({"announced first-quarter 2022": "announced first-<br>quarter 2022"}) == (
        "DEERFIELD, Ill. \u2013 Caterpillar Inc. (NYSE: CAT) announced first-quarter 2022 sales "
        "and revenues of $13.6 billion, a 14% increase ")


def test_whole_words_before_a_hyphen() -> None:
    # ordinals and whole words keep the hyphen, in a paragraph and in a cell
    assert html_to_text("<p>Caterpillar announced fourth-<br>quarter 2021 sales</p>") == (
        "Caterpillar announced fourth-quarter 2021 sales\n")
    assert html_to_text("<table><tr><td>First-<br>quarter 2022 sales</td><td>$13.6</td>"
                        "</tr></table>") == "First-quarter 2022 sales\t$13.6\n"
    # the rest of one word after such a word's syllable reads whole
    assert html_to_text("<p>a public offering in the second-<br>ary market</p>") == (
        "a public offering in the secondary market\n")
    assert html_to_text("<p>the high-<br>ly competitive market for the ten-<br>ant</p>") == (
        "the highly competitive market for the tenant\n")
    assert html_to_text("<table><tr><td>Second-<br>ary offering</td><td>1</td></tr></table>") \
        == "Secondary offering\t1\n"


def test_neighbours_stay() -> None:
    """Shapes round 72 read right: a prefix, a compound's second part, a syllable."""
    assert html_to_text("<p>the long-<br>term debt</p>") == "the long-term debt\n"
    assert html_to_text("<p>expected on non-<br>performing loans</p>") == (
        "expected on non-performing loans\n")
    assert html_to_text("<p>pursuant to the fore-<br>going provisions</p>") == (
        "pursuant to the foregoing provisions\n")
    assert html_to_text("<p>Certificate of Incorporation or By-<br>Laws</p>") == (
        "Certificate of Incorporation or By-Laws\n")


def test_plymouth_capitals_split_at_a_syllable() -> None:
    """Plymouth Rock's head "RESULTS OF OPERATIONS" broken inside its last word reads whole
    (round 72 read "OPERA-TIONS"), in a paragraph and in a cell."""
    assert html_to_text('<p style="text-align: justify;"><b>RESULTS OF OPERA-<br>TIONS</b></p>') \
        == "RESULTS OF OPERATIONS\n"
    assert html_to_text("<table><tr><td>CONSOLIDATED STATEMENTS OF OPERA-<br>TIONS</td>"
                        "<td>2021</td></tr></table>") == (
        "CONSOLIDATED STATEMENTS OF OPERATIONS\t2021\n")


def test_capitals_compounds_keep_their_hyphen() -> None:
    """A prefix or whole word in capitals before the hyphen, a compound's second part after
    it, a numeral or a single letter: the hyphen stays."""
    assert html_to_text("<p>RECONCILIATION OF NON-<br>GAAP MEASURES</p>") == (
        "RECONCILIATION OF NON-GAAP MEASURES\n")
    assert html_to_text("<p>CATERPILLAR REPORTS FIRST-<br>QUARTER 2022 RESULTS</p>") == (
        "CATERPILLAR REPORTS FIRST-QUARTER 2022 RESULTS\n")
    assert html_to_text("<p>TOTAL INTEREST-<br>BEARING DEPOSITS</p>") == (
        "TOTAL INTEREST-BEARING DEPOSITS\n")
    assert html_to_text("<p>PART I-<br>FINANCIAL INFORMATION</p>") == (
        "PART I-\nFINANCIAL INFORMATION\n")
    assert html_to_text("<table><tr><td>PART I-<br>FINANCIAL INFORMATION</td><td>1</td>"
                        "</tr></table>") == "PART I-FINANCIAL INFORMATION\t1\n"
