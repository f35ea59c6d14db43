"""HTML round 50: an exhibit table's description wrapped into a row of its own, and Word's
tab span after an exhibit's number.

- A rendered row's description wrapped into the next row, its number cell left empty, joins
  the description above also when it opens with a figure or an amount ("99.1  Press release
  announcing fourth quarter and" over "  2006 results."; "4.1  Form of Note for the" over
  "  $500,000,000 5.30% Senior Notes due 2017.").
- Word's "Save as HTML" keeps a tab typed after an exhibit's number as ``<span
  style='mso-tab-count:1'> </span>``, which may hold one plain space: it parts the number from
  the description as a cell does, so a one-digit number or a description opening with a
  figure is read ("4<tab>Indenture ...", "4.1<tab>4.875% Senior Notes due 2017.").

Each test takes Southern Company's 2007 8-K (a corpus filing) with its exhibit table re-typed
as said (its own rows, or rows of that shape as 8-Ks list notes and indentures).
"""

from __future__ import annotations

from filing2json.parsers.text.html_text import html_to_text
from support import southern_with_index

_southern_with_index = southern_with_index


def _row(number: str, description: str) -> str:
    return f"<tr><td><p>{number}</p></td><td><p>{description}</p></td></tr>"


def test_wrapped_row_opening_with_a_year_joins_the_description() -> None:
    # the filing's first rows, the first description wrapped into a row with no number
    index = ("<table>" + _row("Exhibit 99.01", "Press Release announcing fourth quarter and")
             + _row("&nbsp;", "2006 results.") + _row("Exhibit 99.02", "Financial Highlights.")
             + "</table>")
    assert _southern_with_index(index) == [
        ("99.01", "Press Release announcing fourth quarter and 2006 results."),
        ("99.02", "Financial Highlights.")]


def test_wrapped_row_opening_with_a_rate_or_an_amount_joins_the_description() -> None:
    index = ("<table>" + _row("4.1", "Indenture for the")
             + _row("", "4.875% Senior Notes due 2017.")
             + _row("4.2", "Form of Note for the")
             + _row("", "$500,000,000 5.30% Senior Notes due 2017.")
             + _row("99.01", "Press Release.") + "</table>")
    assert _southern_with_index(index) == [
        ("4.1", "Indenture for the 4.875% Senior Notes due 2017."),
        ("4.2", "Form of Note for the $500,000,000 5.30% Senior Notes due 2017."),
        ("99.01", "Press Release.")]


def test_next_table_row_of_figures_is_no_wrapped_description() -> None:
    # a row of cells under an unfinished description is a row of its own, not its words
    index = ("<table>" + _row("99.01", "Press Release") + _row("2006", "Annual Report")
             + "</table>")
    assert ("99.01", "Press Release") in _southern_with_index(index)


def _word_line(number: str, description: str) -> str:
    return (f"<p class=MsoNormal>{number}<span style='mso-tab-count:1'> </span>"
            f"{description}</p>")


def test_word_tab_span_after_a_one_digit_number_is_a_gap() -> None:
    index = (_word_line("1", "Underwriting Agreement dated January 24, 2007.")
             + _word_line("4", "4.875% Senior Notes due 2017.")
             + _word_line("5", "Opinion of Counsel."))
    assert html_to_text(index) == ("1\tUnderwriting Agreement dated January 24, 2007.\n\n"
                                   "4\t4.875% Senior Notes due 2017.\n\n5\tOpinion of Counsel.\n")
    assert _southern_with_index(index) == [
        ("1", "Underwriting Agreement dated January 24, 2007."),
        ("4", "4.875% Senior Notes due 2017."), ("5", "Opinion of Counsel.")]


def test_word_tab_span_in_a_sentence_stays_a_space() -> None:
    # a heading's tab after "Item 9.01" (no exhibit number before it) reads as a space
    line = ("<p class=MsoNormal>Item 9.01<span style='mso-tab-count:1'> </span>"
            "Financial Statements and Exhibits.</p>")
    assert html_to_text(line) == "Item 9.01 Financial Statements and Exhibits.\n"

