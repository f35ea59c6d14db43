"""HTML round 45: plain text re-printed as Word HTML.

- A plain text re-printed line for line as HTML (Word's "Save as HTML", a filing agent's
  converter: each line ended by a ``<br>``, its indentation typed in ``&nbsp;``): a line after
  a ``<br>`` indented by two no-break spaces or more opens with a tab, so a wrapped exhibit
  description's hanging indent tells it from the next entry, as in the plain text.

Each test takes a real filing (corpus, named in it) or an excerpt of one, edited as said.
"""

from __future__ import annotations

import html
import re

from filing2json.parsers import parse
from filing2json.parsers.text.html_text import html_to_text
from support import FILINGS


def _line_as_word_html(line: str) -> str:
    """A plain text line as Word types it: its leading blanks and inner runs of blanks in
    no-break spaces (the last blank of an inner run a plain one)."""
    line = html.escape(line.rstrip(), quote=False)
    body = line.lstrip(" ")
    lead = "&nbsp;" * (len(line) - len(body))
    return lead + re.sub(r" {2,}", lambda m: "&nbsp;" * (len(m.group()) - 1) + " ", body)


def _as_word_html(name: str) -> dict:
    """The corpus filing `name` (plain text) with each document re-printed as Word HTML: each
    paragraph a <p class=MsoNormal>, its lines parted by <br>."""
    text = (FILINGS / name).read_bytes().decode("latin-1")
    return parse(re.sub(r"(?s)(<TEXT>)(.*?)(</TEXT>)", _document_as_word_html, text)
                 .encode("latin-1"), name)


def _document_as_word_html(match: re.Match[str]) -> str:
    # (a page tag ends its paragraph: a rule, as converters print it)
    text = re.sub(r"\n<PAGE>[^\n]*", "\n\n<PAGE>\n\n", match.group(2).expandtabs(8))
    body = "\n".join(
        "<hr>" if p.strip() == "<PAGE>" else
        "<p class=MsoNormal>" + "<br>\n".join(map(_line_as_word_html, p.split("\n"))) + "</p>"
        for p in re.split(r"\n[ \t]*\n", text) if p.strip()
    )
    return f"{match.group(1)}\n<html><body>\n{body}\n</body></html>\n{match.group(3)}"


def _exhibits(record: dict) -> dict[str, str]:
    return {e["number"]: " ".join(e["description"].split()) for e in record["exhibits"]}


def test_word_html_exhibit_descriptions_keep_their_wrapped_lines() -> None:
    # 8k_1994_turnerbroadcastingsyst_1.txt re-printed as Word HTML: "99(a) --&nbsp;&nbsp;
    # Audited ...<br>&nbsp;x28 balance sheets ..." wraps over five lines under its text
    exhibits = _exhibits(_as_word_html("8k_1994_turnerbroadcastingsyst_1.txt"))
    assert exhibits["99(a)"] == (
        "Audited New Line Cinema Corporation consolidated balance sheets as of December 31, "
        "1992 and 1991, and the related consolidated statements of operations, shareholders' "
        "equity and cash flows for the three years ending December 31, 1992."
    )
    assert exhibits["99(b)"].endswith("for the nine months ended September 30, 1993 and 1992.")


def test_word_html_exhibit_rows_keep_their_third_line() -> None:
    # 8k_1997_homehealthcorpofameric_2.txt re-printed as Word HTML: "Exhibit 99.1&nbsp;x5
    # Joint Press Release ...<br>------------&nbsp;x5 of America, ...<br>&nbsp;x33 dated ..."
    exhibits = _exhibits(_as_word_html("8k_1997_homehealthcorpofameric_2.txt"))
    assert exhibits["99.1"] == (
        "Joint Press Release of Home Health Corporation of America, Inc. and U.S. HomeCare "
        "Corporation, dated September 29, 1997."
    )
    assert exhibits["10.1"].endswith("HHCA Acquisition Corporation, Inc., and U.S. HomeCare "
                                     "Corporation.")


def test_br_line_keeps_its_no_break_space_indent_only() -> None:
    # the Turner excerpt above as Word prints it: the line after the <br>, indented 28 blanks,
    # opens with a tab (a row's empty first cell: no run of blanks, which would read as a
    # plain text's columns); the paragraph's first line, and a line after a <br> opened by one
    # no-break space, keep none
    nbsp = "&nbsp;"
    text = html_to_text(
        f"<p class=MsoNormal>{nbsp * 17}99(a) --{nbsp * 2} Audited New Line Cinema Corporation "
        f"consolidated<br>\n{nbsp * 28}balance sheets as of December 31, 1992 and 1991,<br>\n"
        f"{nbsp}and the related consolidated statements of</p>"
    )
    assert text.split("\n") == [
        "99(a) -- Audited New Line Cinema Corporation consolidated",
        "\tbalance sheets as of December 31, 1992 and 1991,",
        "and the related consolidated statements of",
        "",
    ]

