"""HTML round 43: how an HTML filing parts its paragraphs and its columns.

- A line a browser shows empty, a block holding only no-break spaces (``<div>&nbsp;</div>``,
  the spacer Word and filing agents type between margin-less divs), is a blank line: a
  headline and the subheadline under it, or two paragraphs, stay apart.
- A run of two no-break spaces three blanks wide ("Marocco*&nbsp;&nbsp; Director", as a
  converter prints plain text's three blanks) parts columns as three or more do; not in a
  justified line of prose, where three or more such runs part its words.

Each test takes a real filing (corpus, named in it) or prints one the way filing agents do.
"""

from __future__ import annotations

import html
import re
from typing import Any

from filing2json.parsers import parse
from filing2json.parsers.text.html_text import html_to_text
from support import FILINGS, filing


def _each_text(text: str, change: Any) -> str:
    """`change` applied to the body of every plain-text <DOCUMENT> (the header stays)."""
    return re.sub(r"(?s)(<TEXT>\n)(.*?)(</TEXT>)",
                  lambda m: m.group(1) + change(m.group(2)) + m.group(3), text)


def _nbsp_line(line: str) -> str:
    """A line's blanks as a converter types them: indentation and each gap of n blanks as
    n - 1 &nbsp; and a space."""
    line = html.escape(line, quote=False)
    lead = len(line) - len(line.lstrip(" "))
    rest = re.sub(r" {2,}", lambda m: "&nbsp;" * (len(m.group(0)) - 1) + " ", line[lead:])
    return "&nbsp;" * lead + rest


def _paragraphs(body: str) -> list[str]:
    return [p for p in re.split(r"\n[ \t]*\n", body.expandtabs(8)) if p.strip()]


def _as_divs(body: str) -> str:
    """A <div> per line with no margin, paragraphs parted by a <div>&nbsp;</div> spacer."""
    out = []
    for para in _paragraphs(body.replace("<PAGE>", "")):
        out.append("".join(f"<div><font style=\"font-family:Times New Roman\">"
                           f"{html.escape(ln.strip(), quote=False)}</font></div>\n"
                           for ln in para.split("\n") if ln.strip()))
    return "<html><body>\n" + "<div>&nbsp;</div>\n".join(out) + "</body></html>\n"


def _as_br_paragraphs(body: str) -> str:
    """Each paragraph a <P>, its lines parted by <BR>, its gaps typed in &nbsp;."""
    out = ["<P>" + "<BR>\n".join(map(_nbsp_line, para.split("\n"))) + "</P>"
           for para in _paragraphs(body.replace("<PAGE>", ""))]
    return "<HTML>\n<BODY>\n" + "\n".join(out) + "\n</BODY>\n</HTML>\n"


def _record(name: str, change: Any) -> dict[str, Any]:
    text = _each_text((FILINGS / name).read_bytes().decode("latin-1"), change)
    return parse(text.encode("latin-1"), name)


# --- a spacer block is a blank line ---

def test_nbsp_spacer_div_parts_headline_from_subheadline() -> None:
    # 8k_2006_pericomsemiconductorco_5.txt, its text printed a <div> per line and a
    # <div>&nbsp;</div> between paragraphs: the headline ends before "REVENUES UP 37.2 ..."
    record = _record("8k_2006_pericomsemiconductorco_5.txt", _as_divs)
    release = record["press_releases"][0]
    assert release["headline"] == "PERICOM SEMICONDUCTOR REPORTS Q1 2007 FINANCIAL RESULTS"


def test_nbsp_spacer_div_parts_paragraphs_of_real_html() -> None:
    # 8k_2009_expertelligenceinc_1.txt parts its paragraphs by "<div>&#160;</div>"
    text = filing("8k_2009_expertelligenceinc_1.txt")["items"][0]["text"]
    assert "of Regulation S-K.\n\nOn August 3, 2009, the Company retained" in text
    assert "Regulation S-K.\n\nOn August 17, 2009, the Company provided" in text


def test_spacer_shapes() -> None:
    # excerpt of 8k_2009_expertelligenceinc_1.txt (its spacer in a <font>, as Word prints it);
    # an empty <div></div> has no height in a browser and parts nothing
    spacer = ("<html><body><div>the type discussed in Item 304(a)(iv) of Regulation S-K.</div>"
              "<div><font size=2>&#160;</font></div>"
              "<div>On August 3, 2009, the Company retained Larry O'Donnell, CPA</div>"
              "<div></div><div>as the Company's Independent Auditor.</div></body></html>")
    assert html_to_text(spacer) == (
        "the type discussed in Item 304(a)(iv) of Regulation S-K.\n\n"
        "On August 3, 2009, the Company retained Larry O'Donnell, CPA\n"
        "as the Company's Independent Auditor.\n")


# --- two no-break spaces and a blank part columns ---

def test_three_blank_nbsp_gap_parts_signer_from_title() -> None:
    # s3a_1995_pageamericagroupinc_1.txt printed in <P>/<BR> with its gaps in &nbsp;:
    # "/s/ Michael J. Marocco*&nbsp;&nbsp; Director&nbsp;x12 May 25, 1995"
    record = _record("s3a_1995_pageamericagroupinc_1.txt", _as_br_paragraphs)
    signer = [s for s in record["signatures"] if "Marocco" in (s["name"] or "")]
    assert [(s["name"], s["title"]) for s in signer] == [("Michael J. Marocco", "Director")]


def test_justified_line_keeps_its_words_together() -> None:
    # 8k_1999_westelltechnologiesinc_3.txt printed the same way: its justified exhibit line
    # "99.4(a)  Letter   Agreement,   dated   December   13,  1999,   between   Westell"
    # has six such runs between words, a line of prose, no columns
    record = _record("8k_1999_westelltechnologiesinc_3.txt", _as_br_paragraphs)
    described = {e["number"]: e["description"] for e in record["exhibits"]}
    assert described["99.4(a)"] == ("Letter Agreement, dated December 13, 1999, between Westell "
                                    "Technologies, Inc. and Capital Ventures International")


def test_sentence_gap_of_two_nbsp_is_a_space() -> None:
    # 8k_2009_expertelligenceinc_1.txt types "interim&#160;&#160;period&#160;&#160;prior";
    # a sentence's "auditor.&#160;&#160;We" (two wide) is no column either
    line = ("<div>interim&#160;&#160;period&#160;&#160;prior to the August 3, 2009, dismissal."
            "&#160;&#160;We understand</div>")
    assert html_to_text(line) == (
        "interim period prior to the August 3, 2009, dismissal. We understand\n")
