"""HTML round 49: exhibit indexes typed as definition lists or with tabs, and Word's numbered
paragraphs over a decimal index.

- A short ``<dt>`` and its ``<dd>`` read as one line parted by a tab, as a table row's cells
  ("99.01<tab>Press Release."): an index typed as a definition list is read.
- A tab typed in the text after an exhibit's number opening a line (``99.1&#9;Press
  release``) parts the description as a cell does (a browser shows it as a space).
- One-digit numbers typed with a point over a list's first entry rise to it only when that
  entry's number is whole: over "99.01" a "1. Press release dated ..." is a numbered
  paragraph, unless it says "Exhibit".

Each test takes Southern Company's 2007 8-K (a corpus filing) with its exhibit table re-typed
as said.
"""

from __future__ import annotations

from filing2json.parsers.text.html_text import html_to_text
from support import southern_with_index

# its first three rows
_ROWS = [("99.01", "Press Release."), ("99.02", "Financial Highlights."),
         ("99.03", "Significant Factors Impacting EPS.")]


_southern_with_index = southern_with_index


def test_definition_list_index_is_read() -> None:
    # the table typed as <dl><dt>99.01</dt><dd>Press Release.</dd>...: no exhibit was read,
    # each number stood on a line of its own over its description
    for term in ("{}", "Exhibit {}", "<b>{}</b>"):
        index = "<dl>" + "".join(f"<dt>{term.format(n)}</dt>\n<dd>{d}</dd>\n"
                                 for n, d in _ROWS) + "</dl>"
        assert _southern_with_index(index) == _ROWS, term
    # rendered as a two-cell row each, the column heads too; after a paragraph's blank line
    assert html_to_text(
        "<p>(c) Exhibits</p><dl><dt>Exhibit No.</dt><dd>Description</dd><dt>99.01</dt>"
        "<dd>Press Release.</dd></dl>") == (
        "(c) Exhibits\n\nExhibit No.\tDescription\n99.01\tPress Release.\n")
    # an empty <dd> keeps its term alone; a long term (a glossary's sentence) stays apart
    assert html_to_text("<dl><dt>99.01</dt><dd></dd><dt>99.02</dt><dd>Financial Highlights."
                        "</dd></dl>") == "99.01\n99.02\tFinancial Highlights.\n"
    long_term = "Significant Factors Impacting Earnings Per Share for the Year"
    assert html_to_text(f"<dl><dt>{long_term}</dt><dd>Text.</dd></dl>") == (
        f"{long_term}\nText.\n")


def test_tab_entity_after_an_exhibit_number_is_a_gap() -> None:
    # the table re-typed as paragraphs "99.01&#9;Press Release.", with a 1990s one-digit
    # entry ("2&#9;Agreement and Plan of Merger ...") and a figure-led description: a tab
    # shows as a space, and one space after one digit, or before a figure, is no entry's gap
    rows = [("2", "Agreement and Plan of Merger, dated as of January 2, 2007."),
            ("4.1", "4.875% Senior Notes due 2017."), ("99.01", "Press Release.")]
    for gap in ("&#9;", "\t", " &#9;", "&#9;&#9;"):
        index = "".join(f"<p><font size=2>{n}{gap}{d}</font></p>" for n, d in rows)
        assert _southern_with_index(index) == rows, repr(gap)
    assert html_to_text("<p>Exhibit 99.1&#9;Press release</p>") == (
        "Exhibit 99.1\tPress release\n")
    # a tab that indents a source line after its break, or one in a sentence, is a blank
    assert html_to_text("<p>99.1\n\tPress release</p>") == "99.1 Press release\n"
    assert html_to_text("<p>The Company\tannounced</p>") == "The Company announced\n"
    assert html_to_text("<p>1.\tIntroduction</p>") == "1. Introduction\n"


def test_numbered_paragraph_over_a_decimal_index_is_no_exhibit() -> None:
    table = "<table>" + "".join(f"<tr><td>{n}</td><td>{d}</td></tr>" for n, d in _ROWS) + (
        "</table>")
    # Word's numbered paragraph listing the release above the index: read as exhibit 1
    para = "<p>1. Press release dated January 25, 2007</p>"
    assert _southern_with_index(para + table) == _ROWS
    assert _southern_with_index(para + "<p>2. Financial highlights</p>" + table) == _ROWS
    assert _southern_with_index("<ul><li>1. Press release dated January 25, 2007</li></ul>"
                                + table) == _ROWS
    # one that says "Exhibit" is one; whole numbers rising to a whole one stay entries
    assert _southern_with_index("<p>Exhibit 1. Underwriting Agreement</p>" + table) == [
        ("1", "Underwriting Agreement"), *_ROWS]
    assert _southern_with_index(
        "<p>3. Articles of Incorporation</p><p>4. Instruments defining rights</p>"
        "<table><tr><td>10.</td><td>Material contracts.</td></tr></table>") == [
        ("3", "Articles of Incorporation"), ("4", "Instruments defining rights"),
        ("10", "Material contracts.")]
