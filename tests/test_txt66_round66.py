"""Rendered text, round 66: a press release's "(more)" at a page's foot is page furniture.

A release printed on paper marks each page but the last "(more)", "- more -" or "-MORE-",
centred at its foot, as its page number is. Both text readers drop it as they drop a page
number: the HTML renderer where it is a line (or a table row) of its own, the plain-text
reader among a page's last four lines, where it closes the page's text: the foot below it
goes too (a page number, a letterhead's rule, address and phone); a sentence the page cut
then reads whole again. A bare "more", or "(more than 10%)", stays.

And a short plain-text filing with no page marker, its cover unnumbered, loses its centred
"2" (a page or more down) and "3" (closing the text), as longer runs of bare numbers go.

Real filings: Caterpillar's 2022 8-K (Workiva HTML, Exhibit 99.1: 21 pages closing on
"(more)"), Horizon Financial's 2008 8-K (plain text, "(more)" over the marker, a sentence cut
by the page), Asta Funding's 2004 8-K ("-MORE-" over its page number "-4-"), and Asta's and
Pericom's 2005 8-Ks ("- MORE -" over a letterhead's foot); Innovative Clinical Solutions'
2000 8-K (the page numbers). Edits are said where made.
"""

from __future__ import annotations

import time

from filing2json.parsers.text import clean_plain_text
from filing2json.parsers.text.html_text import html_to_text
from support import FILINGS

CATERPILLAR = FILINGS / "8k_2022_caterpillarinc_1.txt"


def _document(path, kind: str) -> str:
    """The <TEXT> of the submission's document of type `kind`."""
    sgml = path.read_text(encoding="utf-8", errors="replace")
    doc = sgml[sgml.index(f"<TYPE>{kind}\n") :]
    return doc[doc.index("<TEXT>") + 6 : doc.index("</TEXT>")]


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n")]


def test_workiva_release_loses_its_more_marks() -> None:
    html = _document(CATERPILLAR, "EX-99.1")
    assert html.count(">(more)<") == 21
    text = html_to_text(html)
    assert "(more)" not in _lines(text)
    # the text around each mark stays, and the page that follows
    assert "the quarter.\u201d\n\nCONSOLIDATED RESULTS\n" in text
    assert "Consolidated Operating Profit\n" in text


def test_html_more_marks_in_other_shapes() -> None:
    # edited: Caterpillar's first "(more)" typed as "- MORE -" in a one-cell table (an older
    # converter's layout), its second as "-more-"; a paragraph reading "more" and one reading
    # "(more than 10%)" typed in after the third: both are text, and stay
    html = _document(CATERPILLAR, "EX-99.1")
    first = html.index(">(more)<")
    start = html.rindex("<div", 0, first)
    end = html.index("</div>", first) + 6
    html = (html[:start] + "<table><tr><td>- MORE -</td></tr></table>" + html[end:])
    html = html.replace(">(more)<", ">-more-<", 1)
    third = html.index(">(more)<")
    end = html.index("</div>", third) + 6
    html = html[:end] + "<p>more</p><p>(more than 10%)</p>" + html[end:]
    lines = _lines(html_to_text(html))
    assert "- MORE -" not in lines and "-more-" not in lines and "(more)" not in lines
    assert "more" in lines and "(more than 10%)" in lines


def _clean(name: str) -> str:
    return clean_plain_text((FILINGS / name).read_text(encoding="latin-1"))


def test_plain_release_loses_its_more_marks_and_joins_the_cut_sentence() -> None:
    out = _clean("8k_2008_horizonfinancialcorp_1.txt")
    assert "(more)" not in _lines(out)
    # "(more)" sat between the sentence's parts, over the page marker and the running head
    assert "we are currently\nmonitoring three loans\n" in out
    assert "monitoring three loans\n\n" not in out


def test_plain_more_mark_over_a_page_number_or_a_letterhead_foot() -> None:
    out = _clean("8k_2004_astafundinginc_5.txt")  # "-MORE-" over "-4-"
    assert "-MORE-" not in _lines(out) and "-4-" not in _lines(out)
    assert "Asta Funding will conduct a teleconference today" in out
    # Asta 2005: "- MORE -" over a rule and the letterhead's address and phone lines, its
    # page's foot: all go, and the quote runs on to the next page's paragraph
    out = _clean("8k_2005_astafundinginc_5.txt")
    assert "- MORE -" not in _lines(out)
    assert "NJ 07632" not in out and "567-2203 fax" not in out
    assert 'from June 30, 2004."\n\n\n\n\nMr. Stern concluded' in out
    # Pericom 2005: three of its pages close on "- MORE -" (or "- more -") over a rule and
    # the letterhead's address, four others on the address alone (no mark: since round 67 a
    # letterhead's foot closing 3 pages goes too; the last, under "</TEXT>" in the whole
    # submission read here, and the contact block's stay)
    text = (FILINGS / "8k_2005_pericomsemiconductorco_10.txt").read_text(encoding="latin-1")
    assert text.count("3545 North First Street") == 8
    out = clean_plain_text(text)
    lines = _lines(out)
    assert "- MORE -" not in lines and "- more -" not in lines
    assert out.count("3545 North First Street") == 2


def test_many_more_marks_parse_in_linear_time() -> None:
    # ~200 KB of marks and near-marks, in HTML lines and cells, and plain-text pages
    html = "<p>( -- more -- )</p><p>-- -- -- more</p><table><tr><td>[more</td></tr></table>"
    plain = "text of a page\n\n  - - - MORE - - -\n  (more\n<PAGE>\n"
    started = time.process_time()
    html_to_text(html * (200_000 // len(html)))
    clean_plain_text(plain * (200_000 // len(plain)))
    assert time.process_time() - started < 5


INNOVATIVE = FILINGS / "8k_2000_innovativeclinicalsolu_5.txt"


def test_short_filing_loses_its_bare_page_numbers() -> None:
    # Innovative Clinical Solutions 2000: a 3-page 8-K, no page marker, its cover unnumbered,
    # a centred "2" under the exhibit list and a "3" under the signature's date, closing it
    body = _document(INNOVATIVE, "8-K")
    out = clean_plain_text(body)
    assert [line for line in _lines(out) if line in ("2", "3")] == []
    assert "Exhibit 99 - Press Release Dated July 14, 2000\n\n\n" in out
    # edited: a line typed after the "3": it no longer closes the text, and both stay (two
    # bare numbers alone are no proof of pages)
    out = clean_plain_text(body.rstrip() + "\n\nAttachment follows.\n")
    assert [line for line in _lines(out) if line in ("2", "3")] == ["2", "3"]
