"""Signature blocks of round 44: an attorney-in-fact signing over "Name:" / "Title:" (the person
named signs), a title after a semicolon or after "its", the mark typed after the name ("By:
Jane Doe /s/"), and a title typed in square brackets."""

from __future__ import annotations

from typing import Any

import pytest

from filing2json.parsers import parse
from support import FILINGS, SAMPLES

_CTC = (SAMPLES / "000_af6957f9859c0735.txt").read_text()
_CTC_BLOCK = """                 By: /s/ John D. Pittenger
                 John D. Pittenger,
                 Executive Vice President, Finance and Administration"""


def _ctc(block: str) -> list[tuple[Any, ...]]:
    """Sample 000 (CTC Communications 8-K, August 2000) with its signer's lines edited."""
    assert _CTC_BLOCK in _CTC
    data = _CTC.replace(_CTC_BLOCK, block).encode()
    return [(s["registrant"], s["name"], s["title"], s["date"])
            for s in parse(data, "000.txt")["signatures"]]


_CTC_REG = "CTC COMMUNICATIONS GROUP, INC."


@pytest.mark.parametrize("capacity", ["Attorney-in-Fact", "as attorney-in-fact",
                                      "Attorney in Fact"])
def test_attorney_over_name_label(capacity: str) -> None:
    # sample 000 edited: an attorney signs over the officer's "Name:" and "Title:" lines
    assert _ctc(f"""                 By: /s/ Mary T. Jones, {capacity}
                 Name: John D. Pittenger
                 Title: Chief Financial Officer""") == [
        (_CTC_REG, "John D. Pittenger", "Chief Financial Officer", "2000-08-03")]


def test_attorney_naming_himself_keeps_title() -> None:
    # sample 000 edited: the attorney typed again under "Name:" signs as attorney-in-fact
    assert _ctc("""                 By: /s/ Mary T. Jones, Attorney-in-Fact
                 Name: Mary T. Jones""") == [
        (_CTC_REG, "Mary T. Jones", "Attorney-in-Fact", "2000-08-03")]


@pytest.mark.parametrize("line", [
    "/s/ John D. Pittenger; Executive Vice President",
    "By /s/ John D. Pittenger, its Executive Vice President",
    "By: John D. Pittenger /s/\n                 Executive Vice President",
    "By: /s/ John D. Pittenger\n                 John D. Pittenger\n"
    "                 [Executive Vice President]",
])
def test_title_shapes(line: str) -> None:
    # sample 000 edited into shapes small filers print: a semicolon or "its" before the
    # title, the mark after the name, the title in square brackets
    assert _ctc(f"                 {line}") == [
        (_CTC_REG, "John D. Pittenger", "Executive Vice President", "2000-08-03")]


def test_mark_after_caption_names_no_one() -> None:
    # sample 000 edited: a caption before a mark ending the line is no name; the name typed
    # under it is read
    assert _ctc("""                 Signature: /s/
                 John D. Pittenger
                 Executive Vice President""") == [
        (_CTC_REG, "John D. Pittenger", "Executive Vice President", "2000-08-03")]


_APPLE = (FILINGS / "8k_2024_appleinc_1.txt").read_text()


def _apple(rows: list[tuple[str, ...]]) -> list[tuple[Any, ...]]:
    """Apple's 8-K of February 2024 with its signature table replaced by `rows` (cells)."""
    start = _APPLE.index('<div style="margin-top:6pt"><table', _APPLE.index(">SIGNATURE"))
    end = _APPLE.index("</table></div>", start) + len("</table></div>")
    table = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    data = (_APPLE[:start] + f"<table>{table}</table>" + _APPLE[end:]).encode()
    return [(s["registrant"], s["name"], s["title"], s["date"])
            for s in parse(data, "a.txt")["signatures"]]


def test_html_attorney_over_name_cell() -> None:
    # Apple 2024 edited: "By:" / "/s/ ..., Attorney-in-Fact" then "Name:" and "Title:" cells
    assert _apple([("Date: February 1, 2024", "Apple Inc."),
                   ("", "By:", "/s/ Kevan Parekh, Attorney-in-Fact"),
                   ("", "Name:", "Luca Maestri"),
                   ("", "Title:", "Senior Vice President, Chief Financial Officer")]) == [
        ("Apple Inc.", "Luca Maestri", "Senior Vice President, Chief Financial Officer",
         "2024-02-01")]


def test_html_semicolon_before_title() -> None:
    # Apple 2024 edited: name and title in one cell parted by a semicolon
    assert _apple([("Date: February 1, 2024", "Apple Inc."),
                   ("", "By:", "/s/ Luca Maestri; Senior Vice President, Chief Financial "
                    "Officer")]) == [
        ("Apple Inc.", "Luca Maestri", "Senior Vice President, Chief Financial Officer",
         "2024-02-01")]


@pytest.mark.parametrize("lines", [
    "By: /s/ John D. Pittenger\n                 Print Name: John D. Pittenger\n"
    "                 Print Title: Executive Vice President",
    "By: /s/ John D. Pittenger\n                 Printed Name: John D. Pittenger\n"
    "                 Printed Title: Executive Vice President",
    "By: /s/ John D. Pittenger\n                 John D. Pittenger; Executive Vice President",
    "By: /s/ John D. Pittenger [Executive Vice President]",
])
def test_small_issuer_labels(lines: str) -> None:
    # sample 000 edited: "Print Name:" / "Printed Title:" labels, a semicolon after the name
    # typed under the signature, the office in square brackets on the signed line
    assert _ctc(f"                 {lines}") == [
        (_CTC_REG, "John D. Pittenger", "Executive Vice President", "2000-08-03")]
