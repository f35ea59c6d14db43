"""Rendered text, round 67: a running head atop each page of an HTML document reads once.

A printer repeats a document's head atop each page: the company's name over the notes' title
and period ("PLYMOUTH ROCK TECHNOLOGIES INC. / NOTES TO THE CONSOLIDATED FINANCIAL STATEMENTS /
For the years ended ... / (EXPRESSED IN CANADIAN DOLLARS)", a one-cell table atop each of the
notes' pages), a release's "NEWS RELEASE, August 16, 2006", a "Table of Contents" link. The
HTML renderer drops a line (or up to three) that opens 3 pages or more right after a page
break, all but its first reading (the heading of what follows). A statement's title and a
13D's "CUSIP No." line stay wherever they repeat: each page's own head.

Real filings: Plymouth Rock Technologies' 2021 20-F (27 pages of notes under the head),
Caterpillar's 2022 8-K (Exhibit 99.1, Workiva HTML of 22 pages). Edits are said where made.
"""

from __future__ import annotations

import time

from test_txt66_round66 import _document, _lines

from filing2json.parsers.text import clean_plain_text
from filing2json.parsers.text.html_text import html_to_text
from support import FILINGS

PLYMOUTH = FILINGS / "20f_2021_plymouthrocktechnologi_1.htm"
CATERPILLAR = FILINGS / "8k_2022_caterpillarinc_1.txt"

NOTES_HEAD = ("PLYMOUTH ROCK TECHNOLOGIES INC. NOTES TO THE CONSOLIDATED FINANCIAL STATEMENTS "
              "For the years ended November 30, 2020, 2019 and 2018 (EXPRESSED IN CANADIAN "
              "DOLLARS)")
# the notes' title in Plymouth's head (a <font> run inside the one-cell table atop each page)
NOTES_TITLE = '<font style="color: #0054a4;">NOTES TO THE CONSOLIDATED FINANCIAL STATEMENTS</font>'


def _plymouth() -> str:
    return PLYMOUTH.read_text(encoding="utf-8", errors="replace")


def test_notes_head_atop_each_page_reads_once() -> None:
    html = _plymouth()
    assert html.count(NOTES_TITLE) == 27
    text = html_to_text(html)
    lines = _lines(text)
    assert lines.count(NOTES_HEAD) == 1
    # its first reading heads the notes; the page's own lines after each break stay
    at = lines.index(NOTES_HEAD)
    assert lines[at + 2] == "1. NATURE OF OPERATIONS AND ABILITY TO CONTINUE AS A GOING CONCERN"
    assert "\n\nIn March 2020, the World Health Organization declared a global pandemic" in text
    # the company's name atop each statement's page reads once too; the statements' titles
    # under it stay, and the note under each statement
    assert lines.count("PLYMOUTH ROCK TECHNOLOGIES INC.") == 2
    assert lines.count("The accompanying notes are an integral part of these consolidated "
                       "financial statements.") == 4


def test_table_of_contents_link_atop_each_page_reads_once() -> None:
    # edited: a "Table of Contents" link typed after each of Caterpillar's 21 page breaks
    html = _document(CATERPILLAR, "EX-99.1")
    brk = '<hr style="page-break-after:always">'
    assert html.count(brk) == 21
    text = html_to_text(html.replace(brk, brk + '<div><a href="#toc">Table of Contents</a></div>'))
    assert _lines(text).count("Table of Contents") == 1
    assert text.replace("Table of Contents\n\n", "", 1) == html_to_text(html)


def test_statement_title_and_cusip_line_atop_pages_stay() -> None:
    # edited: Plymouth's notes title atop each page typed as a statement's title, and as a
    # Schedule 13D's CUSIP line: a page's own head, read on each page
    html = _plymouth()
    for title, head in (
        ("CONSOLIDATED STATEMENTS OF CASH FLOWS", "PLYMOUTH ROCK TECHNOLOGIES INC. "
         "CONSOLIDATED STATEMENTS OF CASH FLOWS For the years ended November 30, 2020, 2019 "
         "and 2018 (EXPRESSED IN CANADIAN DOLLARS)"),
        ("CUSIP No. 729608102", "PLYMOUTH ROCK TECHNOLOGIES INC. CUSIP No. 729608102 For the "
         "years ended November 30, 2020, 2019 and 2018 (EXPRESSED IN CANADIAN DOLLARS)"),
    ):
        edited = html.replace(NOTES_TITLE, title)
        assert _lines(html_to_text(edited)).count(head) == 27


def test_head_repeated_on_two_pages_or_below_a_page_top_stays() -> None:
    # edited: the notes' head kept atop two pages only (the rest typed apart): both stay; and
    # a line that repeats below each page's top (a section heading) is no head
    html = _plymouth()
    first = html.index(NOTES_TITLE)
    second = html.index(NOTES_TITLE, first + 1)
    third = html.index(NOTES_TITLE, second + 1)
    kept = html[:third] + html[third:].replace(NOTES_TITLE, "NOTES")
    assert _lines(html_to_text(kept)).count(NOTES_HEAD) == 2
    caterpillar = _document(CATERPILLAR, "EX-99.1")
    brk = '<hr style="page-break-after:always">'
    pages = caterpillar.split(brk)
    below = pages[0] + "".join(
        f"{brk}<div>Page {n} of the release reads on in a sentence of its own.</div>"
        f"<div>Table of Contents</div>{page}" for n, page in enumerate(pages[1:], 2))
    assert _lines(html_to_text(below)).count("Table of Contents") == 21


def test_many_page_heads_render_in_linear_time() -> None:
    # ~200 KB of pages, each topped by a head and a near-head, and closed by a letterhead
    page = ('<hr style="page-break-after:always"><div>ACME CORP. NOTES</div><div>Table of '
            'Contents</div><div>(in thousands)</div><p>Text of a page runs on here.</p>'
            '<div>Acme Corp.</div><div>1 Main Street, Springfield, IL 62701</div>')
    started = time.process_time()
    html_to_text(page * (200_000 // len(page)))
    assert time.process_time() - started < 5


# --- plain text: a release's letterhead foot closing each page, no "(more)" over it ---

PERICOM_2005 = FILINGS / "8k_2005_pericomsemiconductorco_10.txt"
FOOT = "3545 North First Street"


def _pericom_release() -> str:
    return _document(PERICOM_2005, "EX-99.1").replace("\ufffd", "")


def test_letterhead_foot_closing_each_page_goes() -> None:
    # Pericom 2005, Exhibit 99.1: seven of its eight pages close on the letterhead's address
    # and phone, "3545 North First Street   San Jose, CA 95134   (408) 435-0800" (spaced
    # apart as each page typed it), three of them under "- MORE -", four with no mark
    body = _pericom_release()
    assert body.count(FOOT) == 8
    out = clean_plain_text(body)
    # the contact block's address on the first page stays: no page's foot
    assert out.count(FOOT) == 1
    assert "Pericom Semiconductor Corporation              3545 North First Street     Tel:" \
        in out
    # the page's text above each foot stays
    assert "graphics and many other video applications.\n" in out
    assert "globally. http://www.pericom.com\n" in out
    assert out.rstrip().endswith("- END -")


def test_letterhead_foot_of_two_pages_or_with_no_contact_stays() -> None:
    # edited: the address left at the foot of two pages only (the rest typed out), and, in
    # another copy, the foot typed as a company's line with no phone, site or ZIP code: text
    body = _pericom_release()
    lines = body.split("\n")
    feet = [n for n, line in enumerate(lines) if line.strip().startswith(FOOT)]
    two = list(lines)
    for n in feet[2:]:
        two[n] = ""
    assert clean_plain_text("\n".join(two)).count(FOOT) == 3
    named = [("   Pericom Semiconductor Corporation, San Jose" if n in feet else line)
             for n, line in enumerate(lines)]
    assert clean_plain_text("\n".join(named)).count("Pericom Semiconductor Corporation, San "
                                                    "Jose") == 4


def test_many_letterhead_feet_clean_in_linear_time() -> None:
    # ~200 KB of pages, each closing on a letterhead's foot of three lines
    page = ("A page of the release runs on here.\n\n   Acme Corp.\n   1 Main Street   Springfield,"
            " IL 62701\n   (217) 555-0100   www.acme.com\n\n<PAGE>\n")
    started = time.process_time()
    out = clean_plain_text(page * (200_000 // len(page)))
    assert time.process_time() - started < 5
    assert "Main Street" not in out and "Acme Corp." not in out


def test_html_letterhead_foot_closing_each_page_goes() -> None:
    # edited: a letterhead's foot of three lines (name, address, site) typed before each of
    # Caterpillar's 21 page breaks and closing its last page: all go, the text reads as before
    html = _document(CATERPILLAR, "EX-99.1")
    brk = '<hr style="page-break-after:always">'
    foot = ('<div style="text-align:center">Caterpillar Inc.</div><div style="text-align:center">'
            '100 NE Adams Street, Peoria, IL 61629</div><div>www.caterpillar.com</div>')
    edited = html.replace(brk, foot + brk).replace("</body>", foot + "</body>")
    assert html_to_text(edited) == html_to_text(html)
    # its page's own name atop the release stays
    assert _lines(html_to_text(edited))[:2] == ["Exhibit 99.1", "Caterpillar Inc."]


def test_html_foot_of_two_pages_or_with_no_contact_stays() -> None:
    html = _document(CATERPILLAR, "EX-99.1")
    brk = '<hr style="page-break-after:always">'
    # edited: the address closing two pages only, and a line of no contact closing each page
    pages = html.split(brk)
    two = "".join(page + ("<div>100 NE Adams Street, Peoria, IL 61629</div>" if n < 2 else "")
                  + brk for n, page in enumerate(pages[:-1])) + pages[-1]
    assert _lines(html_to_text(two)).count("100 NE Adams Street, Peoria, IL 61629") == 2
    named = html.replace(brk, "<div>Caterpillar Inc. Earnings Release</div>" + brk)
    assert _lines(html_to_text(named)).count("Caterpillar Inc. Earnings Release") == 21
