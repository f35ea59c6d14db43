"""HTML rendering, round 58: a footnote's letter mark raised against a word, and lines indented
by no-break spaces all through a block (a cover centred by blanks, not a hanging indent).

- A superscript holding one lower-case letter typed right after a word or its stop reads in
  brackets ("Sophiris Bio Inc.<sup>a</sup>" is "Sophiris Bio Inc.(a)", not "Inc.a"); an
  ordinal's "1<sup>st</sup>" and a trademark's "<sup>TM</sup>" read as they are.
- A line after a <br> indented by no-break spaces is set off by a tab only as the wrap of a
  flush first line, of one in columns or of one long enough to have wrapped ("99.1&nbsp;x4
  Press release ...<br>&nbsp;x20 Semiconductor ..."), not when the block's lines are all
  indented (Page America's 1995 S-3/A cover, centred by blanks: "&nbsp;x15 SECURITIES AND
  EXCHANGE COMMISSION<BR>&nbsp;x21 WASHINGTON, D.C.").

The letter test takes Sophiris Bio's 2016 8-K (a corpus filing) with a note's letter typed
after its name and an ordinal and a trademark typed into its Item 2.02 (the edits are said in
the test); the others take
corpus text filings printed as a converter prints them in HTML, each paragraph a <P>, its lines
parted by <BR> and its blanks typed in &nbsp; (round 43's _as_br_paragraphs).
"""

from __future__ import annotations

import pytest
from test_html43_round43 import _as_br_paragraphs, _record

from filing2json.parsers import parse
from filing2json.parsers.text.html_text import html_to_text
from support import FILINGS, validate

SOPHIRIS = FILINGS / "8k_2016_sophirisbioinc_1.htm"


def test_letter_mark_raised_after_a_name() -> None:
    # Sophiris's name cell with a note's letter, as a fund's cover marks "Acme Trust<sup>a</sup>",
    # and its Item 2.02 sentence with an ordinal and a trademark typed into it
    html = SOPHIRIS.read_text(encoding="utf-8", errors="replace")
    for old, new in (("<B>Sophiris Bio Inc.</B>", "<B>Sophiris Bio Inc.<sup>a</sup></B>"),
                     ("shall be expressly set forth",
                      "shall be the 1<sup>st</sup> Acme<sup>TM</sup> set forth")):
        assert old in html
        html = html.replace(old, new, 1)
    text = html_to_text(html)
    assert "Sophiris Bio Inc.(a)" in text
    assert "the 1st AcmeTM" in text
    record = validate(parse(html.encode(), SOPHIRIS.name))
    assert record["registrants"][0]["name"] == "Sophiris Bio Inc."


def test_cover_centred_by_no_break_spaces() -> None:
    # Page America 1995 printed in <P>/<BR> with its blanks in &nbsp;: every cover line typed
    # after "&nbsp;" x15 to x31 ("...COMMISSION<BR>&nbsp;x21 WASHINGTON, D.C.")
    name = "s3a_1995_pageamericagroupinc_1.txt"
    (reg,) = _record(name, _as_br_paragraphs)["registrants"]
    assert (reg["name"], reg["state_of_incorporation"], reg["irs_employer_id"]) == (
        "PAGE AMERICA GROUP, INC.", "New York", "13-2865787")
    body = _as_br_paragraphs((FILINGS / name).read_text(encoding="latin-1"))
    assert "SECURITIES AND EXCHANGE COMMISSION\nWASHINGTON, D.C. 20549\n" in html_to_text(body)
    # an exhibit's description wrapped under it keeps its hanging indent: Pericom 2005's
    # "&nbsp;x11 99.1&nbsp;x4 Press release ... "Pericom<BR>&nbsp;x20 Semiconductor ..."
    record = _record("8k_2005_pericomsemiconductorco_7.txt", _as_br_paragraphs)
    (item,) = [i for i in record["items"] if "Exhibits" in i["text"]]
    assert '"Pericom\n\tSemiconductor Completes' in item["text"]


@pytest.mark.parametrize("name, registrant", [
    ("8k_2005_pericomsemiconductorco_4.txt", "PERICOM SEMICONDUCTOR CORPORATION"),
    ("8k_1999_westelltechnologiesinc_3.txt", "WESTELL TECHNOLOGIES, INC."),
])
def test_cover_name_under_a_centred_title(name: str, registrant: str) -> None:
    # each 8-K printed in <P>/<BR> with its blanks in &nbsp;: its centred "Current Report
    # Pursuant to<BR>&nbsp;x26 Section 13 or 15(d) of ..." lines were read as the name
    record = validate(_record(name, _as_br_paragraphs))
    assert record["registrants"][0]["name"] == registrant
    assert record["warnings"] == []
