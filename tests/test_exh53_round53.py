"""Exhibit lists of round 53: table rows whose cells stack several exhibits with <br>s, and a
description opening in lower case after one space.

- A row whose number cell stacks "99.1<br>99.2" by a description cell that stacks "Press
  release ...<br>Investor presentation" renders as one line ("99.1 99.2<tab>Press release
  ... Investor presentation"): each exhibit takes its part of the description, cut where a
  stop, a bracket, a year or a word that leads on to nothing ends one, or before exhibit
  104's "Cover Page"; where no cut is surer than the next, no description is guessed.
- A row whose second cell alone stacks whole rows after a bullet or a label cell ("(d)<tab>
  Exhibits<br>99.1 Press release ...<br>99.2 ...") gives a line for each row.
- "99.1 press release dated ..." (one space, lower case) is a row on a line of its own and
  after an exhibits label ("(c) Exhibits. 99.1 press release ..."); a figure or a reference
  wrapped onto a line ("2.1 of the Agreement") is none.

The HTML tests take Sophiris Bio's 2016 8-K (a corpus filing) with its one-paragraph list
("99.1 Press release dated March 23, 2016.") re-typed as the shapes say; the text tests take
Sears' 2004 8-K with its Item 7 list re-typed.
"""

from __future__ import annotations

import time

from test_html51_round51 import _SOPHIRIS_ROW, SOPHIRIS, _exhibits

from filing2json.parsers.sections.exhibits import _unstacked, read_entries
from support import FILINGS

SEARS = FILINGS / "8k_2004_searsroebuckandco_1.txt"
# its Item 7 label and list as filed
_SEARS_ITEM = ("      (c)   Exhibits\n\n"
               "            Exhibit 99 - Press release dated July 22, 2004, furnished\n"
               "            pursuant to Item 12\n")


def _sophiris(html: str) -> list[tuple[str, str]]:
    return _exhibits(SOPHIRIS, _SOPHIRIS_ROW, html)


def _sears(item: str) -> list[tuple[str, str]]:
    return _exhibits(SEARS, _SEARS_ITEM, item)


def test_number_and_description_cells_stacked_with_br() -> None:
    row = ("<table><tr><td>99.1<br>99.2</td><td>Press release dated March 23, 2016.<br>"
           "Investor presentation.</td></tr></table>")
    assert _sophiris(row) == [("99.1", "Press release dated March 23, 2016."),
                              ("99.2", "Investor presentation.")]


def test_stacked_cells_under_a_header_with_the_cover_page_exhibit() -> None:
    # no stops: a year ends the release's description, "Cover Page" opens exhibit 104's
    table = ("<table><tr><td>Exhibit No.</td><td>Description</td></tr><tr><td>Exhibit 99.1"
             "<br>Exhibit 99.2<br>Exhibit 104</td><td>Press release dated March 23, 2016<br>"
             "Investor presentation<br>Cover Page Interactive Data File (embedded within the "
             "Inline XBRL document)</td></tr></table>")
    assert _sophiris(table) == [
        ("99.1", "Press release dated March 23, 2016"), ("99.2", "Investor presentation"),
        ("104", "Cover Page Interactive Data File (embedded within the Inline XBRL document)")]


def test_stacked_cut_after_a_name_and_not_inside_one() -> None:
    # "Inc. on", "J. Smith", "from Sophiris" go on; "2016 Letter" parts the two
    row = ("<table><tr><td>99.1<br>99.2</td><td>Press release issued by Sophiris Bio Inc. on "
           "March 23, 2016<br>Letter to J. Smith from Sophiris Bio Inc.</td></tr></table>")
    assert _sophiris(row) == [
        ("99.1", "Press release issued by Sophiris Bio Inc. on March 23, 2016"),
        ("99.2", "Letter to J. Smith from Sophiris Bio Inc.")]


def test_stacked_title_case_cut_only_where_sure() -> None:
    # a cut between capitalised words is no sure one ("Release Investor", "Employment
    # Agreement": two exhibits of one description): no guess; the last row, cut at its
    # stop, is read
    table = ("<table><tr><td>10.1<br>10.2</td><td>Forms of Employment Agreement (incorporated "
             "by reference to Exhibits 10.1 and 10.2 to Form 8-K)</td></tr>"
             "<tr><td>99.1<br>99.2</td><td>Press Release Investor Presentation Slides"
             "</td></tr><tr><td>99.3<br>99.4</td><td>Letter to shareholders.<br>Investor "
             "Presentation.</td></tr></table>")
    assert _sophiris(table) == [("99.3", "Letter to shareholders."),
                                ("99.4", "Investor Presentation.")]


def test_second_cell_stacks_rows_after_a_label_cell() -> None:
    for first, rows in (("(d)", "Exhibits<br>99.1 Press release dated March 23, 2016<br>"
                                "99.2 Investor presentation"),
                        ("&#8226;", "Exhibit 99.1 &#8211; Press release dated March 23, 2016"
                                    "<br>Exhibit 99.2 &#8211; Investor presentation")):
        row = f"<table><tr><td>{first}</td><td>{rows}</td></tr></table>"
        assert _sophiris(row) == [("99.1", "Press release dated March 23, 2016"),
                                  ("99.2", "Investor presentation")], first


def test_stacked_cell_keeps_a_number_its_words_lead_to() -> None:
    # "Item 2.02 Results" is the release's words, not a row (nor does 2.02 rise over 99.1)
    row = ("<table><tr><td>(d)</td><td>Exhibits<br>99.1 Press release regarding Item 2.02 "
           "Results<br>99.2 Investor presentation</td></tr></table>")
    assert _sophiris(row) == [("99.1", "Press release regarding Item 2.02 Results"),
                              ("99.2", "Investor presentation")]


def test_lower_case_description_after_one_space() -> None:
    assert _sophiris("<p>99.1 press release dated March 23, 2016.</p>") == [
        ("99.1", "press release dated March 23, 2016.")]
    assert _sears("      (c)   Exhibits\n\n      99.1 press release dated July 22, 2004\n"
                  "      99.2 slides\n")[:2] == [
        ("99.1", "press release dated July 22, 2004"), ("99.2", "slides")]


def test_lower_case_run_into_the_label() -> None:
    assert _sears("      (c)   Exhibits. 99.1 press release dated July 22, 2004. 99.2 slides.\n"
                  )[:2] == [("99.1", "press release dated July 22, 2004."), ("99.2", "slides.")]


def test_lower_case_wrapped_reference_is_no_row() -> None:
    # "... pursuant to Section" over "2.1 of the Agreement": words going on, as "3.5 million"
    rows = _sears("      (c)   Exhibits\n\n      99.1 press release dated July 22, 2004, issued "
                  "pursuant to Section\n      2.1 of the Agreement\n      99.2 letter to holders\n")
    assert rows[:2] == [
        ("99.1", "press release dated July 22, 2004, issued pursuant to Section 2.1 of the "
                 "Agreement"), ("99.2", "letter to holders")]


def test_stacked_rows_in_linear_time() -> None:
    for text in ("\t" * 200_000, "\t99.1 " * 40_000, "\u2022\t99.1 Press 99.2 Investor\n" * 8000,
                 "99.1 99.2\tPress release. Investor presentation.\n" * 4000,
                 "99.1 " * 40_000 + "\tA", "99.1 press release\n" * 10_000):
        start = time.process_time()
        read_entries(_unstacked(text))
        assert time.process_time() - start < 5.0  # (quadratic: minutes)

