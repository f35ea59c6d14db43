"""HTML round 47: an exhibit's number set off from its description by no-break spaces.

- A line outside a table that opens with an exhibit's number ("99.2", "10.1*", "Exhibit
  99.1", "99") and a gap of no-break spaces after it keeps the gap as a tab, as a table's
  cells part the number and the description: a description that opens with a figure
  ("4.875% Senior Notes") is read. A list's or a note's "2." keeps its space. So does a
  padded span or an empty inline-block box after the number alone.

Each test takes a real filing (corpus, named in it) or an excerpt of one, edited as said.
"""

from __future__ import annotations

import re

from filing2json.parsers import parse
from filing2json.parsers.text.html_text import html_to_text
from support import FILINGS, SOUTHERN, SOUTHERN_EXHIBIT_ROW, WORD_GAP


def _southern_as_paragraphs(numbers: list[str] | None, gap: str) -> list[tuple[str, str]]:
    """8k_2007_southernco_2.txt, its exhibit table re-typed as paragraphs (Word's
    <p class=MsoNormal>), each number and description parted by `gap`; the numbers replaced
    by `numbers` if given; its second description made "4.875% Senior Notes due 2017."."""
    text = (FILINGS / SOUTHERN).read_bytes().decode("latin-1")
    text = text.replace("<font size=2>Financial Highlights.</font>",
                        "<font size=2>4.875% Senior Notes due 2017.</font>")
    labels = iter(numbers or [])

    def paragraph(row: re.Match[str]) -> str:
        number = next(labels) if numbers else row.group(1)
        return (f"<p class=MsoNormal style='margin:0in'><font size=2>{number}{gap}"
                f"{row.group(2)}</font></p>")

    edited = SOUTHERN_EXHIBIT_ROW.sub(paragraph, text)
    assert edited != text
    record = parse(edited.encode("latin-1"), SOUTHERN)
    return [(e["number"], e["description"]) for e in record["exhibits"]]


def test_exhibit_number_and_figure_led_description_keep_their_gap() -> None:
    # "99.02 &nbsp; &nbsp; 4.875% Senior Notes due 2017.": the description opens with a
    # figure, which read on after the number hid the whole entry
    exhibits = _southern_as_paragraphs(None, " &nbsp; &nbsp; ")
    assert exhibits[:3] == [
        ("99.01", "Press Release."),
        ("99.02", "4.875% Senior Notes due 2017."),
        ("99.03", "Significant Factors Impacting EPS."),
    ]


def test_word_list_gap_after_an_exhibit_number_is_kept() -> None:
    # Word's list paragraph, "99.02<span style='font:7.0pt'>&nbsp;x3 </span>4.875% Senior
    # Notes due 2017.", the numbers as 2000s filers type them (99, 99.1, 99.2, ...)
    exhibits = _southern_as_paragraphs(["99", "99.1", "99.2", "99.3", "99.4", "99.5"], WORD_GAP)
    assert exhibits[:3] == [
        ("99", "Press Release."),
        ("99.1", "4.875% Senior Notes due 2017."),
        ("99.2", "Significant Factors Impacting EPS."),
    ]


def test_padding_after_an_exhibit_number_is_a_gap() -> None:
    # the number set off by a padded span or an empty inline-block box, as converters type a
    # tab ("99.02<span style='padding-left:36pt'>4.875% Senior Notes due 2017."): a gap
    for gap in ("</font><span style='padding-left:36pt'><font size=2>",
                "</font><span style='display:inline-block;width:36pt'></span><font size=2>"):
        exhibits = _southern_as_paragraphs(None, gap)
        assert exhibits[1] == ("99.02", "4.875% Senior Notes due 2017."), gap
    # a list's "iii." and a heading's "Item 2.02" set off so still read on with a space
    assert html_to_text("<p>iii.<font style='padding-left:8.88pt'>Information</font></p>") == (
        "iii. Information\n")
    assert html_to_text(
        "<p>Item 2.02<span style='display:inline-block;width:40pt'></span>Results</p>") == (
        "Item 2.02 Results\n")
    assert html_to_text("<p>Exhibit 99.1<span style='padding-left:18pt'>Press release</span>"
                        "</p>") == "Exhibit 99.1\tPress release\n"


def test_exhibit_number_gap_is_a_tab_other_gaps_are_not() -> None:
    # the rendered lines: a number's gap is a tab; a list's "(d)" and a heading's "Item 2.02"
    # (8k_2007_southernco_2.txt's own typing) still read on with a space
    assert html_to_text("<p>99.2 &nbsp; &nbsp; Press release dated May 1, 2007</p>") == (
        "99.2\tPress release dated May 1, 2007\n")
    assert html_to_text("<p>Exhibit 10.1*&nbsp;&nbsp; Employment Agreement</p>") == (
        "Exhibit 10.1*\tEmployment Agreement\n")
    assert html_to_text("<p>(d)&nbsp;&nbsp;&nbsp;&nbsp;Exhibits.</p>") == "(d) Exhibits.\n"
    assert html_to_text("<p>Item 2.02&nbsp;&nbsp;&nbsp;&nbsp;Results of Operations</p>") == (
        "Item 2.02 Results of Operations\n")
    # one no-break space, a sentence's two: no gap
    assert html_to_text("<p>99.2&nbsp;Press release</p>") == "99.2 Press release\n"
    assert html_to_text("<p>2.1&nbsp;&nbsp;Definitions.</p>") == "2.1 Definitions.\n"
    # a note's heading, as 20f_2021_plymouthrocktechnologi_1.htm types it, and with Word's gap
    assert html_to_text(
        '<p style="margin-top: 0pt; text-align: justify;"><b>2. <font style="display: '
        'inline-block; width: 10pt;">&#160;</font>SIGNIFICANT ACCOUNTING POLICIES (continued)'
        "</b></p>") == "2. SIGNIFICANT ACCOUNTING POLICIES (continued)\n"
    assert html_to_text(f"<p>2.{WORD_GAP}SIGNIFICANT ACCOUNTING POLICIES</p>") == (
        "2. SIGNIFICANT ACCOUNTING POLICIES\n")
