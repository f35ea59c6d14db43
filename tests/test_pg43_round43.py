"""Round 43: EDGAR's <PAGE> tag inside HTML.

1997-2002 filing agents that made a text filing HTML often kept its <PAGE> markers between
the pages (between </P> and <P>, or inside a <P> or <FONT>), with the page number and running
foot around them; an HTML editor a text was pasted into prints them as text ("&lt;PAGE&gt;").
Each test takes a real filing (named in it), prints it so, and checks the rendering reads the
marker as the page break the plain-text reader sees.
"""

from __future__ import annotations

import re
from typing import Any

from test_meta42_round42 import _nbsp_line

from filing2json.parsers import parse
from filing2json.parsers.text.html_text import html_to_text
from support import FILINGS


def _raw(name: str) -> str:
    return (FILINGS / name).read_bytes().decode("latin-1")


def _each_text(text: str, change: Any) -> str:
    """`change` applied to the body of every plain-text <DOCUMENT> (the header stays)."""
    return re.sub(r"(?s)(<TEXT>\n)(.*?)(</TEXT>)",
                  lambda m: m.group(1) + change(m.group(2)) + m.group(3), text)


def _as_paragraphs(body: str) -> str:
    """Each paragraph a <P>, its lines parted by <BR>; a <PAGE> line stays a tag between
    paragraphs, as the filing agent's converter kept it."""
    body = re.sub(r"(?m)^<PAGE>.*$", "\n\n<PAGE>\n\n", body.expandtabs(8))
    out = []
    for para in re.split(r"\n[ \t]*\n", body):
        if para.strip() == "<PAGE>":
            out.append("<PAGE>")
        elif para.strip():
            lines = para.strip("\n").split("\n")
            out.append("<P>" + "<BR>\n".join(map(_nbsp_line, lines)) + "</P>")
    return "<HTML>\n<BODY>\n" + "\n".join(out) + "\n</BODY>\n</HTML>\n"


def _as_escaped_paragraphs(body: str) -> str:
    """Each paragraph a <P>, every character escaped: its page tags show as text."""
    out = ["<P>" + "<BR>\n".join(map(_nbsp_line, para.strip("\n").split("\n"))) + "</P>"
           for para in re.split(r"\n[ \t]*\n", body.expandtabs(8)) if para.strip()]
    return "<HTML>\n<BODY>\n" + "\n".join(out) + "\n</BODY>\n</HTML>\n"


# --- a <PAGE> tag is a page break: the paragraph it cuts is whole again ---

# Pericom Semiconductor's 8-K of March 2002 (8k_2002_pericomsemiconductorco_1.txt), Item 5: a
# sentence runs over page 2, "combination or" / "2" / <PAGE> / "reclassification of"
_PERICOM_CUT = (
    "<P>The Purchase Price payable, and the number of Preferred Shares or<BR>\n"
    "other securities or property issuable, upon exercise of the Rights are subject<BR>\n"
    "to adjustment from time to time to prevent dilution (i) in the event of a stock<BR>\n"
    "dividend on, or a subdivision, combination or</P>\n"
)
_PERICOM_NEXT = "reclassification of, the Preferred Shares, (ii) upon the grant"


def test_page_tag_between_paragraphs_joins_the_cut_sentence() -> None:
    page = _PERICOM_CUT + '<P ALIGN="CENTER">2</P>\n<PAGE>\n<P>' + _PERICOM_NEXT + "</P>\n"
    text = html_to_text("<HTML><BODY>\n" + page + "</BODY></HTML>")
    assert "dividend on, or a subdivision, combination or " + _PERICOM_NEXT in text
    assert "\n2\n" not in text


def test_page_tag_inside_a_font_run_joins_the_cut_sentence() -> None:
    # (the same page printed with the marker opening the next page's <P><FONT>)
    page = (_PERICOM_CUT.replace("<P>", "<P><FONT SIZE=2>").replace("</P>", "</FONT></P>")
            + "<P><FONT SIZE=2><PAGE>" + _PERICOM_NEXT + "</FONT></P>\n")
    text = html_to_text("<HTML><BODY>\n" + page + "</BODY></HTML>")
    assert "combination or " + _PERICOM_NEXT in text


def test_page_tag_inside_a_div_is_a_break_not_text() -> None:
    page = ("<DIV>dividend on, or a subdivision, combination or<BR>\n<PAGE>\n"
            + _PERICOM_NEXT + "</DIV>\n")
    text = html_to_text("<HTML><BODY>\n" + page + "</BODY></HTML>")
    assert "combination or " + _PERICOM_NEXT in text
    assert "PAGE" not in text


def test_running_foot_before_each_page_tag_is_dropped() -> None:
    # Horizon Financial's 8-K of January 2006 made HTML with its <PAGE> tags kept, each page
    # closed by a running foot (the company's name and the page number), as agents printed it
    name = "8k_2006_horizonfinancialcorp_1.txt"
    pages = iter(range(1, 100))
    text = re.sub(r"\n<PAGE>", lambda m: "\n\n" + " " * 30 + "Horizon Financial Corp."
                  + f"   Page {next(pages)}\n\n<PAGE>", _raw(name))
    record = parse(_each_text(text, _as_paragraphs).encode("latin-1"), name)
    release = record["press_releases"][0]
    assert release["headline"].startswith("HORIZON FINANCIAL GROWS EPS 29%")
    assert "Horizon Financial Corp. Page" not in release["body"]
    assert "Page 5" not in release["body"]


# --- a page tag printed as text is no line ---


def test_page_tags_printed_as_text_are_dropped() -> None:
    # Home Health Corporation of America's 8-K of February 1998 closes each page with
    # "</page>" and opens the next with "<PAGE>": printed as text, neither is a line of the
    # signature block or of Item 5
    name = "8k_1998_homehealthcorpofameric_1.txt"
    record = parse(_each_text(_raw(name), _as_escaped_paragraphs).encode("latin-1"), name)
    assert record["signatures"][0]["name"] == "Bruce J. Feldman"
    assert record["signatures"][0]["title"] == "President and Chief Executive Officer"
    assert record["items"][0]["number"] == "5"
    assert record["items"][0]["text"].endswith("financial condition or results of operations.")


def test_page_number_beside_a_page_tag_printed_as_text_is_dropped() -> None:
    # Apple Computer's 8-K of 1999 (8k_1999_applecomputerinc_1.txt) types " <PAGE>" under its
    # page number "4"; an editor joining them prints "4 &lt;PAGE&gt;"
    # (the exhibit index's last line above it)
    page = ("<P>99.1&nbsp;&nbsp;&nbsp; Text of Press Release dated September 3, 1999</P>\n"
            "<P>4 &lt;PAGE&gt;</P>\n"
            "<P>Apple Reaches Settlement of Shareholder Derivative Action</P>\n")
    text = html_to_text("<HTML><BODY>\n" + page + "</BODY></HTML>")
    # (the gap after the exhibit's number is a column: round 47)
    assert text == ("99.1\tText of Press Release dated September 3, 1999\n\n"
                    "Apple Reaches Settlement of Shareholder Derivative Action\n")
