"""Rendered text, round 72: words a ``<br>`` breaks at a hyphen outside a table's cells and
inside big cells.

- Outside a cell, a line a ``<br>`` ends right after a word's hyphen ("... included in a
  post-<BR>effective amendment ...", "... pursuant to the fore-<BR>going provisions ...", as a
  converter prints a plain text's wrapped lines) runs on into the next line when that opens
  with the word's rest: "post-effective", "foregoing". The hyphen goes before a lower-case
  part, as in a cell (round 71), unless after a prefix ("non-", "post-") or before a
  compound's second part ("interest-<BR>earning"); it stays before a capital ("By-<br>Laws").
  A ``<br>`` after a dash set off by a blank ("Inc. -"), after a numeral ("PART I-"), or
  before a blank line parts two whole lines: it stays.
- A cell of 500 characters or more (laid out as a document, its lines kept) reads such a word
  whole too, in its lines and in its value: "Chief Executive Officer", not "Execu- tive".

Real filings: Page America Group's 1995 S-3/A printed in <P>/<BR> paragraphs (round 43's
converter), Apple's 2024 8-K; Horizon Financial's 2006 8-K table head ("Total interest-<BR>
earning assets") and Home Health Corp of America's 1997 merger text ("Certificate of
Incorporation or By-<br>Laws") for the shapes.
"""

from __future__ import annotations

import time

from test_html43_round43 import _as_br_paragraphs, _record

from filing2json.parsers.text.html_text import html_to_text
from support import FILINGS, edited_record

PAGE_AMERICA = "s3a_1995_pageamericagroupinc_1.txt"
APPLE = FILINGS / "8k_2024_appleinc_1.txt"


def _undertakings() -> list[str]:
    record = _record(PAGE_AMERICA, _as_br_paragraphs)
    (item,) = [i for i in record["items"] if i["number"] == "17"]
    return item["text"].split("\n")


# --- outside a cell ----------------------------------------------------------------------


def test_page_america_undertakings_read_whole_words() -> None:
    """Item 17's "post-<BR>effective" and "fore-<BR>going": one line each, the word whole."""
    lines = _undertakings()
    assert ("S-8, and the information required to be included in a post-effective amendment by "
            "those paragraphs is contained in periodic") in lines
    assert ("(3) To remove from registration by means of a post-effective amendment any of the "
            "securities being registered which") in lines
    assert ("and controlling persons of the registrant pursuant to the foregoing provisions, or "
            "otherwise, the registrant has been advised") in lines


def test_page_america_whole_lines_stay() -> None:
    """Neighbours: the <BR>s between whole lines of the same paragraphs part them as before."""
    lines = _undertakings()
    at = lines.index("and controlling persons of the registrant pursuant to the foregoing "
                     "provisions, or otherwise, the registrant has been advised")
    assert lines[at - 1: at + 2] == [
        "under the Securities Act may be permitted to directors, officers",
        lines[at],
        "that in the opinion of the Securities and Exchange Commission"]


def test_running_paragraph_shapes() -> None:
    # Horizon Financial's 2006 release, "expected on non-<BR>performing loans" (a prefix)
    assert html_to_text("<p>the loss levels expected on non-<BR>\nperforming loans, the local"
                        "<BR>\nand national economic environment</p>") == (
        "the loss levels expected on non-performing loans, the local\n"
        "and national economic environment\n")
    # Home Health Corp of America's merger text: a capital after the hyphen keeps it
    assert html_to_text("<p>Certificate of Incorporation or By-<br>\nLaws, with respect to "
                        "matters</p>") == (
        "Certificate of Incorporation or By-Laws, with respect to matters\n")
    # Horizon's table typed in &nbsp; columns: the next line's indent goes, its columns stay
    assert html_to_text("<P>&nbsp;&nbsp;Total interest-<BR>\n&nbsp;&nbsp;&nbsp;earning assets"
                        "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 970,921&nbsp;&nbsp;&nbsp;"
                        "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 936,529</P>") == (
        "Total interest-earning assets\t970,921\t936,529\n")


def test_whole_lines_after_a_hyphen_stay_apart() -> None:
    """A dash after a blank, a numeral's hyphen, a blank line or a figure's line after the
    break: two lines, as before."""
    assert html_to_text("<p>Apple Inc. -<br>Cupertino, California</p>") == (
        "Apple Inc. -\nCupertino, California\n")
    assert html_to_text("<p>PART I-<br>FINANCIAL INFORMATION</p>") == (
        "PART I-\nFINANCIAL INFORMATION\n")
    assert html_to_text("<p>expected on non-<br><br>performing loans</p>") == (
        "expected on non-\n\nperforming loans\n")
    assert html_to_text("<p>Total non-<br>$ 1,234</p>") == "Total non-\n$ 1,234\n"


def test_apple_item_paragraph_broken_at_a_hyphen() -> None:
    """Apple's Item 2.02 paragraph with a <br> typed inside "non-GAAP" (a capital after the
    hyphen), "fi-nancial" (a syllable) and "forward-looking" (a compound): the sentence reads
    whole, the item's other lines as before."""
    record = edited_record(APPLE, {
        "regarding Apple&#8217;s financial results":
            "regarding Apple&#8217;s non-<br/>GAAP and forward-<br/>looking fi-<br/>"
            "nancial results"})
    (item, _) = record["items"]
    assert item["text"].split("\n")[0] == (
        "On February 1, 2024, Apple Inc. (“Apple”) issued a press release regarding Apple’s "
        "non-GAAP and forward-looking financial results for its first fiscal quarter ended "
        "December 30, 2023. A copy of Apple’s press release is attached hereto as Exhibit 99.1.")


# --- a big cell ----------------------------------------------------------------------------


_LONG = ("The information contained in this Current Report shall not be deemed filed for "
         "purposes of Section 18 of the Securities Exchange Act of 1934, as amended (the "
         "Exchange Act), or incorporated by reference in any filing under the Securities Act "
         "of 1933, as amended, or the Exchange Act, except as shall be expressly set forth by "
         "specific reference in such a filing. ") * 2


def test_big_cell_lines_read_whole_words() -> None:
    """A one-cell table laid out as a document (500+ characters): its lines keep the word
    whole, "Chief Executive Officer", as a small cell's value does."""
    cell = f"<p>{_LONG}</p><p>Timothy D. Cook, Chief Execu-<br>tive Officer and Direc-<br>tor</p>"
    assert html_to_text(f"<table><tr><td>{cell}</td></tr></table>").split("\n")[-2:] == [
        "Timothy D. Cook, Chief Executive Officer and Director", ""]


def test_big_cell_value_reads_whole_words() -> None:
    """A big cell beside another (no layout table: one row's value) reads "Executive", not
    "Execu- tive"."""
    cell = f"{_LONG}Timothy D. Cook, Chief Execu-<br>tive Officer"
    line = html_to_text(f"<table><tr><td>(1)</td><td>{cell}</td></tr></table>")
    assert line.endswith("such a filing. Timothy D. Cook, Chief Executive Officer\n")


def test_small_cell_compound_keeps_its_hyphen() -> None:
    """Horizon's head "Yield on interest-<BR>earning assets" in a cell: a compound's second
    part keeps its hyphen (round 71's cell rule read "interestearning")."""
    assert html_to_text("<table><tr><td>Yield on interest-<br>earning assets</td><td>7.50%</td>"
                        "</tr></table>") == "Yield on interest-earning assets\t7.50%\n"
    # neighbours: a word's last syllable that is a word too reads whole, as before
    assert html_to_text("<table><tr><td>Vice President, Corpo-<br>rate Development</td>"
                        "<td>Jane Doe</td></tr></table>") == (
        "Vice President, Corporate Development\tJane Doe\n")


def test_hyphen_lines_time() -> None:
    """~200 KB of lines each ending in a word's hyphen, each next opening with a figure (the
    join looked for and refused on every line) or with a word's rest (each joined onto a
    line the joins grow), and of a 200 KB big cell so broken."""
    lines = "<p>" + "<br>".join(["the Chief Execu-", "12 tive"] * 6000) + "</p>"
    joined = "<p>" + "<br>".join(["x ab-"] * 40000) + "</p>"
    cell = "<table><tr><td>" + "Execu-<br>tive " * 14000 + "</td></tr></table>"
    started = time.process_time()
    html_to_text(lines)
    html_to_text(joined)
    html_to_text(cell)
    assert time.process_time() - started < 5
