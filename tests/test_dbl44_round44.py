"""Plain text, round 44: double-spaced documents in the shapes round 43 left single-spaced.

- A double-spaced body under a single-spaced cover page (1990s filings often typed the cover
  so): the body from the first line after the cover's last tight pair of lines is read
  single-spaced, when it is double-spaced to the end and wraps its sentences.
- Paragraphs parted by an indented first line only (no run of 2+ blank lines): each such
  line keeps one blank line above it; a list entry's wrapped line set under its text, a rule
  under a heading or a centred line is no paragraph opening.

The filings are real corpus filings and samples, edited as the comments say.
"""

from __future__ import annotations

import re
from typing import Any

from filing2json.parsers import parse
from filing2json.parsers.text.plain_text import clean_plain_text
from support import FILINGS

_DOCUMENT = re.compile(r"(<TEXT>[ \t]*\n?)(.*?)(</TEXT>)", re.S | re.I)


def _doubled(text: str) -> str:
    """A blank line typed after each line (a tag line is not doubled)."""
    return "".join(ln + "\n" if ln.lstrip().startswith("<") else ln + "\n\n"
                   for ln in text.split("\n")[:-1]) + text.split("\n")[-1]


def _body_doubled(name: str, head: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """The filing's record, and its twin's whose first document is double-spaced below its
    first `head` characters (the cover page, left single-spaced)."""
    text = (FILINGS / name).read_text(encoding="latin-1")
    m = _DOCUMENT.search(text)
    assert m
    cut = m.group(2).index("\n", head) + 1
    body = m.group(2)[:cut] + _doubled(m.group(2)[cut:])
    edited = text[: m.start(2)] + body + text[m.end(2) :]
    return parse(text.encode("latin-1"), name), parse(edited.encode("latin-1"), name)


def test_double_spaced_body_under_single_spaced_cover() -> None:
    # Westell Technologies' 1999 8-K: its cover (3,000 characters) single-spaced, the rest of
    # the 8-K double-spaced: exhibit descriptions and the signer's title keep all their lines
    plain, edited = _body_doubled("8k_1999_westelltechnologiesinc_3.txt", 3000)
    descriptions = [e["description"] for e in edited["exhibits"]]
    assert descriptions[1] == ("Agreement and Plan of Merger, dated December 13, 1999, among "
                               "Teltrend Inc., Westell Technologies Inc. and Theta Acquisition "
                               "Corp.")
    assert descriptions == [e["description"] for e in plain["exhibits"]]
    assert edited["signatures"][0]["title"] == "Chairman, Chief Executive Officer"


def test_double_spaced_body_of_a_later_8k() -> None:
    # Pericom Semiconductor's 2002 8-K, double-spaced below its first 3,000 characters
    plain, edited = _body_doubled("8k_2002_pericomsemiconductorco_1.txt", 3000)
    assert edited["signatures"][0]["title"] == "President and Chief Executive Officer"
    assert edited["exhibits"] == plain["exhibits"]


# CTC Communications' press release of April 24, 2002 (sample 003_bf7d3087f7024729.txt), its
# paragraphs' first lines indented five blanks, the blank lines between them left out
_RELEASE = """\
     Waltham, MA, April 24, 2002-CTC Communications (NASDAQ NM: CPTL)
announced today that it has surpassed the milestone of over one million
minutes of voice traffic per day, using the Company's packet-based
PowerPathSM Network.  This represents over 400,000 local and long
distance calls processed through the Company's softswitch technology
every business day.
     Robert Fabbricatore, CTC Chairman and CEO stated, "We are very pleased
with the progress we have made in confirming the reliability and
scalability of packet-based voice services on our PowerPathSM Network.
Our progress and the acceptance of our customer base is proof again
that our packet switched network solution is a 100% replacement to the
legacy circuit switched networks and was the right choice by CTC over
three years ago.
     Fabbricatore concluded, "CTC's customers continue to purchase multiple
services from us because of our ability to converge these applications,
position them for future growth and reduce their telecommunications
costs."
"""


def test_paragraphs_parted_by_indentation_only() -> None:
    # the release double-spaced: each indented first line opens a paragraph again
    text = _RELEASE * 2
    single = clean_plain_text(_doubled(text))
    paragraphs = single.split("\n\n")
    assert len(paragraphs) == 6
    assert paragraphs[1] == "\n".join(text.split("\n")[6:13])
    assert single.replace("\n\n", "\n") == text


def test_hanging_list_entry_is_no_paragraph_opening() -> None:
    # Westell's exhibit index under the release (double-spaced): an entry's second line set
    # under the entry's text stays on the entry
    index = ("99.2     Agreement and Plan of Merger,  dated December 13, 1999,  among Teltrend\n"
             "         Inc., Westell Technologies Inc. and Theta Acquisition Corp.\n"
             "99.3     Voting  Agreement,  dated December 13, 1999,  among Robert C. Penny III\n"
             "         and Melvin J. Simon,  individually  and as trustees of various  trusts,\n"
             "         and Teltrend Inc.\n")
    single = clean_plain_text(_doubled(_RELEASE * 2 + index))
    assert single.endswith("\n" + index)


def test_rule_under_heading_is_no_paragraph_opening() -> None:
    # Aames Capital's 1998 8-K double-spaced whole: the rule under its Item 7 heading, set in
    # eight blanks, stays on the heading, so the item's text is read as before
    name = "8k_1998_aamescapitalcorp_1.txt"
    text = (FILINGS / name).read_text(encoding="latin-1")
    m = _DOCUMENT.search(text)
    assert m
    edited = text[: m.start(2)] + _doubled(m.group(2)) + text[m.end(2) :]
    plain, doubled = parse(text.encode("latin-1"), name), parse(edited.encode("latin-1"), name)
    assert doubled["items"][0]["text"].startswith("(a)      Not applicable.\n")
    assert doubled["items"] == plain["items"]


def test_one_line_paragraphs_below_a_cover_are_kept() -> None:
    # Pericom's 2005 8-K lines (item, exhibit, signature lines) parted by single blank lines
    # and 2-blank breaks below a single-spaced cover: no sentence wraps, so no double spacing
    cover = (FILINGS / "8k_2002_pericomsemiconductorco_1.txt").read_text(encoding="latin-1")
    head = cover[:3000]
    lines = ["Item 9.01. Financial Statements and Exhibits.", "(c) Exhibits.",
             "99.1 Press release dated April 27, 2005.", "\nSIGNATURES",
             "PERICOM SEMICONDUCTOR CORPORATION", "By: /s/ Angela Chen",
             "Date: April 27, 2005", "Angela Chen, Chief Financial Officer\n"]
    tail = "\n\n".join(lines * 4) + "\n"
    text = head[: head.rindex("\n") + 1] + tail
    assert clean_plain_text(text).endswith(tail)
