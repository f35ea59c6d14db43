"""HTML round 48: exhibit numbers set off by em spaces, a tab before a lettered description,
Word's one-digit numbered paragraphs; the dei: scan decided from the document's head.

- An exhibit's number opening a line and set off by an em space (``&#8195;``) or two en
  spaces keeps the gap as a tab, as a run of no-break spaces does.
- A tab after an exhibit's number before "(a) Press release ..." parts the number from its
  description; a letter in a cell of its own ("99.4<tab>(a)<tab>Letter ...") is the number's.
- One-digit numbers typed with a point ("3.", "4.") over a list's first entry ("10.") are
  entries when they rise to it.
- A document is searched for dei: facts only when its head declares inline XBRL (or shows a
  "dei:" name itself).

Each test takes a real filing (corpus, named in it) or an excerpt of one, edited as said.
"""

from __future__ import annotations

import re

from filing2json.parsers import parse
from filing2json.parsers.envelope import decode_bytes, read_envelope
from filing2json.parsers.sections.exhibits import read_entries
from filing2json.parsers.text.html_text import html_to_text
from filing2json.parsers.text.ixbrl import dei_facts
from support import FILINGS, SOUTHERN, SOUTHERN_EXHIBIT_ROW, WORD_GAP


def _southern_as_paragraphs(gap: str, numbers: list[str] | None = None,
                            descriptions: dict[str, str] | None = None
                            ) -> list[tuple[str, str]]:
    """8k_2007_southernco_2.txt, its exhibit table re-typed as paragraphs (Word's
    <p class=MsoNormal>), each number and description parted by `gap`; the numbers replaced
    by `numbers` and descriptions by `descriptions` (by the filing's number) if given."""
    text = (FILINGS / SOUTHERN).read_bytes().decode("latin-1")
    labels = iter(numbers or [])
    swap = descriptions or {}

    def paragraph(row: re.Match[str]) -> str:
        number = next(labels) if numbers else row.group(1)
        desc = swap.get(row.group(1), row.group(2))
        return (f"<p class=MsoNormal style='margin:0in'><font size=2>{number}{gap}"
                f"{desc}</font></p>")

    edited = SOUTHERN_EXHIBIT_ROW.sub(paragraph, text)
    assert edited != text
    record = parse(edited.encode("latin-1"), SOUTHERN)
    return [(e["number"], e["description"]) for e in record["exhibits"]]


def test_em_space_after_an_exhibit_number_is_a_gap() -> None:
    # "99.02&#8195;4.875% Senior Notes due 2017.": a figure-led description, read on after
    # the number with one space, hid the entry
    figure = {"99.02": "4.875% Senior Notes due 2017."}
    for gap in ("&#8195;", "&emsp;", "&ensp;&ensp;", " &#8195;"):
        exhibits = _southern_as_paragraphs(gap, descriptions=figure)
        assert exhibits[:3] == [
            ("99.01", "Press Release."),
            ("99.02", "4.875% Senior Notes due 2017."),
            ("99.03", "Significant Factors Impacting EPS."),
        ], gap
    assert html_to_text("<p>Exhibit 99.1&#8195;Press release</p>") == (
        "Exhibit 99.1\tPress release\n")
    # one en space, a heading's "Item 9.01" or a sentence's em space: no gap
    assert html_to_text("<p>99.1&#8194;Press release</p>") == "99.1 Press release\n"
    assert html_to_text("<p>Item 9.01&#8195;Financial Statements and Exhibits</p>") == (
        "Item 9.01 Financial Statements and Exhibits\n")
    assert html_to_text("<p>The Company&#8195;reported</p>") == "The Company reported\n"


def test_tab_before_a_lettered_description_parts_the_number() -> None:
    # "99.03<gap>(a) Press release dated January 25, 2007": the number was read as
    # "99.03\t(a)", a tab inside it
    release = {"99.03": "(a) Press release dated January 25, 2007"}
    for gap in ("&nbsp;&nbsp;&nbsp;&nbsp;", "&#8195;"):
        exhibits = _southern_as_paragraphs(gap, descriptions=release)
        assert exhibits[2] == ("99.03", "(a) Press release dated January 25, 2007"), gap
    # the letter in a cell of its own is the number's: 8k_1999_westelltechnologiesinc_3.txt's
    # "99.4(a)  Letter Agreement, dated December 13, 1999, ..." typed as a three-cell row
    rows = html_to_text(
        "<table><tr><td>99.4</td><td>(a)</td><td>Letter Agreement, dated December 13, 1999"
        "</td></tr><tr><td>99.4</td><td>(b)</td><td>Letter Agreement, dated December 13, "
        "1999</td></tr></table>")
    assert read_entries(rows) == [("99.4(a)", "Letter Agreement, dated December 13, 1999"),
                                  ("99.4(b)", "Letter Agreement, dated December 13, 1999")]
    # and with a space, as the filing types "Exhibit 10.5 (a)" (10k405_2001_perkinelmerinc_1)
    assert read_entries("10.5 (a)   Employment Contract between the Company and Gregory L."
                        " Summe\n") == [
        ("10.5(a)", "Employment Contract between the Company and Gregory L. Summe")]


def test_word_numbered_paragraphs_with_one_digit_numbers() -> None:
    # a 10-K's list as Word numbers its paragraphs ("3.<gap>Articles ...", "4.<gap>..."):
    # rendered "3. Articles ...", its one-digit rows were dropped, "10." on were read
    exhibits = _southern_as_paragraphs(
        WORD_GAP, ["3.", "4.", "10.", "21.", "23.", "99."],
        {"99.01": "Articles of Incorporation of the Registrant.",
         "99.02": "Instruments defining the rights of security holders, including indentures.",
         "99.03": "Material contracts.", "99.04": "Subsidiaries of the Registrant."})
    assert exhibits[:4] == [
        ("3", "Articles of Incorporation of the Registrant."),
        ("4", "Instruments defining the rights of security holders, including indentures."),
        ("10", "Material contracts."),
        ("21", "Subsidiaries of the Registrant."),
    ]
    # a figure with no point ("3 Months Ended") over the list stays no entry, and so do
    # numbers that do not rise to the first entry's
    assert read_entries("3 Months Ended June 30\n10.1 Credit Agreement\n") == [
        ("10.1", "Credit Agreement")]
    assert read_entries("8. Other Events\n4.1 Indenture\n") == [("4.1", "Indenture")]


def _primary_body(name: str) -> str:
    text = decode_bytes((FILINGS / name).read_bytes())[0]
    return read_envelope(text).documents[0].body


def test_dei_facts_read_where_the_head_declares_inline_xbrl() -> None:
    apple = _primary_body("8k_2024_appleinc_1.txt")
    assert dei_facts(apple)["dei:EntityRegistrantName"] == ["Apple Inc."]
    # a cover page excerpt of the same filing, no namespace declared: its "dei:" names tell
    cover = apple[apple.find("<ix:nonNumeric", apple.find("</ix:header>")):][:3000]
    assert dei_facts(cover)["dei:DocumentType"] == ["8-K"]
    # a plain HTML document (8k_2007_southernco_2.txt) quoting a fact's tag deep in its
    # text: not iXBRL, no facts
    southern = _primary_body(SOUTHERN)
    quoted = southern + " " * 20000 + (
        '<p><ix:nonNumeric name="dei:DocumentType">8-K</ix:nonNumeric></p>')
    assert dei_facts(quoted) == {}
    assert dei_facts(apple + quoted)["dei:EntityRegistrantName"] == ["Apple Inc."]
