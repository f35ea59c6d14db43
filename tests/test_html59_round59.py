"""HTML rendering, round 59: notes' letters raised as a superscript, and a heading a page
repeats atop it marked as carried over.

- A superscript of two or more notes' letters ("Acme Trust<sup>b,c</sup>") reads in brackets
  as one letter does ("Acme Trust(b,c)"), after a word or a figure; and so does a letter
  Workiva raises in a span of its own ("position:relative;top:-3.15pt"), as its raised
  figures read in superscript digits. Ordinals ("1<sup>st</sup>") and exponents stay.
- A heading a page repeats atop it with "(continued)", "(Cont'd.)" or "- CONTINUED" after
  it (Plymouth Rock's 20-F: "2. SIGNIFICANT ACCOUNTING POLICIES (continued)" under its
  running head) is dropped: the text reads as if no page had broken it. Not such a line
  under the page's first paragraph, nor a table row's cell.
- A paragraph split by a page break is looked for a few lines above the break only (pages of
  running heads only made the look back quadratic).

The letters take Sophiris Bio's 2016 8-K and Apple's 2024 8-K (corpus filings) with letters
typed into them (the edits are said in each test); the headings take Plymouth Rock's 2021 20-F
as filed, and Sophiris's 8-K with a page break and a carried-over heading typed into it.
"""

from __future__ import annotations

import time

from filing2json.parsers import parse
from filing2json.parsers.text.html_text import html_to_text
from support import FILINGS, validate

SOPHIRIS = FILINGS / "8k_2016_sophirisbioinc_1.htm"
APPLE = FILINGS / "8k_2024_appleinc_1.txt"
PLYMOUTH = FILINGS / "20f_2021_plymouthrocktechnologi_1.htm"


def _edited(path, *edits: tuple[str, str]) -> str:
    html = path.read_text(encoding="utf-8", errors="replace")
    for old, new in edits:
        assert old in html
        html = html.replace(old, new, 1)
    return html


def test_notes_letters_in_a_superscript() -> None:
    # Sophiris's name cell marked by two notes, as a fund's cover marks "Acme Trust<sup>b,c</sup>",
    # and its Item 2.02 sentence with an ordinal, an exponent and a figure's letters typed in
    html = _edited(SOPHIRIS,
                   ("<B>Sophiris Bio Inc.</B>", "<B>Sophiris Bio Inc.<sup>b,c</sup></B>"),
                   ("shall be expressly set forth", "shall be the 2<sup>nd</sup> of "
                    "10<sup>6</sup> and $1.25<sup>a, d</sup> set forth"))
    text = html_to_text(html)
    assert "Sophiris Bio Inc.(b,c)" in text
    assert "the 2nd of 10\u2076 and $1.25(a, d) set forth" in text


def test_letter_raised_by_workiva() -> None:
    # Apple's dateline raises a "®" in a span of its own (top:-3.15pt); a note's letter typed
    # there, and its letters, read as a <sup>'s do
    raised = ";position:relative;top:-3.15pt;vertical-align:baseline\">"
    for mark, read in (("a", "Apple(a) today"), ("b,c", "Apple(b,c) today"),
                       ("&#174;", "Apple\u00ae today")):
        html = _edited(APPLE, (f"{raised}&#174;</font>", f"{raised}{mark}</font>"))
        at = html.index("CUPERTINO, CALIFORNIA")  # (the release's document)
        html = html[html.rindex("<TEXT>", 0, at) + 6 : html.index("</TEXT>", at)]
        assert read in html_to_text(html)


def test_carried_over_headings_dropped() -> None:
    # Plymouth Rock prints each note's heading again atop each page it runs over, under the
    # running head: "10.&#160; &#160;SHARE CAPITAL (continued)" / "(a) Common Shares (continued)"
    html = PLYMOUTH.read_text(encoding="utf-8", errors="replace")
    text = html_to_text(html)
    assert "(continued)" not in text.lower()
    assert text.count("\n10. SHARE CAPITAL\n") == 1
    record = validate(parse(html.encode(), PLYMOUTH.name))
    notes = [i["text"] for i in record["items"] if "SHARE CAPITAL" in i["text"]]
    assert notes and all("(continued)" not in t for t in notes)


def test_carried_over_heading_only_atop_a_page() -> None:
    # Sophiris's 8-K with a page break typed before its Item 2.02 paragraph and the item's
    # heading repeated with "- Continued" atop the new page; the same line typed under the
    # page's first paragraph stays (the cover's page ends over the item's own heading)
    heading = "<p><b>Item 2.02 Results of Operations and Financial Condition - Continued</b></p>"
    text = html_to_text(_edited(SOPHIRIS, (
        "<P id=PARA65", f'<hr style="page-break-after:always">{heading}<P id=PARA65')))
    assert "Continued" not in text
    assert "Financial Condition.\n\nOn March 23, 2016, Sophiris" in text
    text = html_to_text(_edited(SOPHIRIS, ("<P id=PARA66", f"{heading}<P id=PARA66")))
    assert "general incorporation language.\n\nItem 2.02 Results of Operations and Financial " \
        "Condition - Continued\n" in text


def test_carried_over_heads_in_linear_time() -> None:
    # ~300 KB of pages that each open with a carried-over heading over the same line of raised
    # letters: every line tops every page, and a page's part before the break was looked for
    # back over all the pages before it (quadratic: 15 s)
    page = '<hr style="page-break-after:always"><p>NOTES (continued)</p><p>Text<sup>a,b</sup></p>'
    html = "<html><body>" + page * 3500 + "</body></html>"
    start = time.process_time()
    text = html_to_text(html)
    assert time.process_time() - start < 5
    assert "continued" not in text and text.count("Text(a,b)") == 3500

