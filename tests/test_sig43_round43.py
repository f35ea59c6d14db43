"""Signature blocks of round 43: "/s/" typed spaced, doubled or with backslashes ("/ s /",
"//s//", "\\s\\"), a "By:" row naming the signer under the "/s/" cell of an HTML row that
dropped its empty cells, "Position:" / "Capacity:" labels, a date typed with a stop for its
comma, and a title on the signature's line typed again in full under it."""

from __future__ import annotations

from typing import Any

import pytest

from filing2json.parsers import parse
from support import FILINGS, SAMPLES

_CTC = (SAMPLES / "000_af6957f9859c0735.txt").read_text()
_CTC_BLOCK = """                 By: /s/ John D. Pittenger
                 John D. Pittenger,
                 Executive Vice President, Finance and Administration

Dated: August 3, 2000"""


def _ctc(block: str) -> list[tuple[Any, ...]]:
    """Sample 000 (CTC Communications 8-K, August 2000) with its signer's lines edited."""
    assert _CTC_BLOCK in _CTC
    data = _CTC.replace(_CTC_BLOCK, block).encode()
    return [(s["registrant"], s["name"], s["title"], s["date"])
            for s in parse(data, "000.txt")["signatures"]]


_PITTENGER = ("CTC COMMUNICATIONS GROUP, INC.", "John D. Pittenger",
              "Executive Vice President, Finance and Administration", "2000-08-03")


@pytest.mark.parametrize("mark", ["/ s /", "/S /", "//s//", "\\s\\", "/s/:", "/s/ -"])
def test_odd_marks_sign(mark: str) -> None:
    # sample 000 with "/s/" typed as other filers type it, and the name not typed again
    # under it (the signature's line is all that names the signer)
    assert _ctc(f"""                 By: {mark} John D. Pittenger
                 Executive Vice President, Finance and Administration

Dated: August 3, 2000""") == [_PITTENGER]


@pytest.mark.parametrize("label", ["Position:", "Capacity:"])
def test_position_label_is_a_title_label(label: str) -> None:
    # sample 000 laid out with labels, "Position:" (or "Capacity:") for "Title:"
    assert _ctc(f"""                 By: /s/ John D. Pittenger
                 Name:  John D. Pittenger
                 {label} Executive Vice President, Finance and Administration

Dated: August 3, 2000""") == [_PITTENGER]


def test_stop_for_the_comma_in_the_date() -> None:
    # sample 000 with "Dated: August 3. 2000" (a stop typed for the comma)
    assert _ctc(_CTC_BLOCK.replace("August 3, 2000", "August 3. 2000")) == [_PITTENGER]


def test_title_on_the_signature_line_said_once() -> None:
    # sample 000 with the office typed after the signature too: "/s/ John D. Pittenger,
    # Executive Vice President" over the title in full
    block = _CTC_BLOCK.replace("/s/ John D. Pittenger", "/s/ John D. Pittenger, Executive "
                               "Vice President")
    assert _ctc(block) == [_PITTENGER]


def test_by_row_under_the_mark_in_html_is_the_same_signer() -> None:
    # Sophiris Bio 8-K, March 2016: its table prints "Dated: March 23, 2016" in the left
    # cell and "/s/ Peter Slover" in the right one on the same row, then "By: Peter Slover"
    # and "Its: Chief Financial Officer" (edited from "By: /s/ Peter Slover" / "Peter
    # Slover" / "Chief Financial Officer" under the date); the renderer drops the rows'
    # empty cells, so the "By:" row lands in the first column
    path = FILINGS / "8k_2016_sophirisbioinc_1.htm"
    text = path.read_text(encoding="latin-1")
    head = text[: text.index("<TABLE id=TBL98")]
    table = """<TABLE>
<TR><TD>&nbsp;</TD><TD><B>Sophiris Bio Inc.</B></TD></TR>
<TR><TD>Dated: March 23, 2016</TD><TD>/s/ Peter Slover</TD></TR>
<TR><TD>&nbsp;</TD><TD>By: Peter Slover</TD></TR>
<TR><TD>&nbsp;</TD><TD>Its: Chief Financial Officer</TD></TR>
</TABLE></BODY></HTML>
</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>
"""
    signers = parse((head + table).encode("latin-1"), path.name)["signatures"]
    assert [(s["registrant"], s["name"], s["title"], s["date"]) for s in signers] == [
        ("Sophiris Bio Inc.", "Peter Slover", "Chief Financial Officer", "2016-03-23")]


@pytest.mark.parametrize("mark", ["\\s\\", "/ s /", "//s//"])
def test_odd_marks_in_form_4_xml(mark: str) -> None:
    # Form 4 of Jessica A. Garascia, January 2025: "<signatureName>/s/ Katherine Kwiat,
    # power of attorney" with "/s/" typed otherwise
    path = FILINGS / "4_2025_garasciajessicaa_1.txt"
    text = path.read_text()
    assert "/s/ Katherine Kwiat, power of attorney" in text
    data = text.replace("/s/ Katherine Kwiat", f"{mark} Katherine Kwiat").encode()
    signers = parse(data, path.name)["signatures"]
    assert [(s["name"], s["title"], s["date"]) for s in signers] == [
        ("Katherine Kwiat", "Attorney-in-Fact", "2025-01-10")]


def test_stop_after_the_signed_name_is_dropped() -> None:
    # sample 000 with a stop typed after the signature ("/s/ John D. Pittenger.") and the
    # name not typed again under it; "Jr." keeps its stop
    assert _ctc("""                 By: /s/ John D. Pittenger.
                 Executive Vice President, Finance and Administration

Dated: August 3, 2000""") == [_PITTENGER]
    assert _ctc("""                 By: /s/ John D. Pittenger, Jr.
                 Executive Vice President, Finance and Administration

Dated: August 3, 2000""")[0][1] == "John D. Pittenger, Jr."
