"""HTML round 53 (speed): a style attribute is read once per distinct string.

The renderer reads a tag's style for a dozen rules (display:none, an inline div, a block
span, a padding or inline-block box, page breaks, a paragraph's margins, a raised
superscript, a Wingdings bullet). It now works out all of them once per distinct style
string (`_Style`, kept in `_STYLES`) instead of testing the string at each tag: a filing
repeats a few hundred styles over thousands of tags. These tests pin that the reading is the
one the rules made at each tag, on every style of real filings, and what the rules render.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from filing2json.parsers.text import html_text as H
from filing2json.parsers.text.html_text import html_to_text
from support import FILINGS

# real filings whose styles exercise the rules: Workiva (Caterpillar 2022, Apple 2024,
# Meta 2025), EDGARizer capitals (ExperTelligence 2009), a 20-F of inline-block boxes and
# paddings (Plymouth Rock 2021), Word with Wingdings bullets (Atrinsic 2016, Acurx 2023)
_STYLED = ("8k_2022_caterpillarinc_1.txt", "8k_2024_appleinc_1.txt",
           "8k_2025_metaplatformsinc_1.txt", "8k_2009_expertelligenceinc_1.txt",
           "20f_2021_plymouthrocktechnologi_1.htm", "8k_2016_atrinsicinc_1.txt",
           "s1_2023_acurxpharmaceuticalsin_1.txt", "8k_2015_appleinc_1.txt")
_STYLE_ATTR = re.compile(r"""\sstyle\s*=\s*(?:"([^"]{0,3000})"|'([^']{0,3000})')""", re.I)


def _styles(name: str) -> set[str]:
    text = Path(FILINGS / name).read_text(encoding="latin-1")
    return {m.group(1) or m.group(2) or "" for m in _STYLE_ATTR.finditer(text)}


def _document(name: str, index: int) -> str:
    text = Path(FILINGS / name).read_text(encoding="latin-1")
    return re.findall(r"(?s)<TEXT>(.*?)</TEXT>", text)[index]


def _as_each_tag_read_it(style: str) -> tuple[bool, ...]:
    """The rules' tests of a style as they were made at each tag (substring, then pattern)."""
    display = "isplay" in style or "ISPLAY" in style
    breaks = "reak" in style or "REAK" in style
    padded = ("left" in style or "LEFT" in style or "inline-b" in style or "tab-c" in style) \
        and H._PADDED.search(style) is not None
    centered = H._CENTERED.search(style) is not None
    return (
        "ingdings" in style and H._WINGDINGS_FAMILY.search(style) is not None,
        display,
        display and H._HIDDEN.search(style) is not None,
        display and ("nline" in style or "NLINE" in style)
        and H._INLINE_DISPLAY.search(style) is not None,
        display and ("lock" in style or "LOCK" in style)
        and H._BLOCK_DISPLAY.search(style) is not None,
        padded,
        padded and "inline-b" in style,
        breaks,
        breaks and H._BREAK_BEFORE.search(style) is not None,
        breaks and H._BREAK_AFTER.search(style) is not None,
        ("-top" in style or "-TOP" in style) and H._SPACED_TOP.search(style) is not None
        and not centered,
        ("-bottom" in style or "-BOTTOM" in style) and H._SPACED_BOTTOM.search(style) is not None
        and not centered,
        ("p:-" in style or "uper" in style or "p: -" in style)
        and H._RAISED.search(style) is not None,
    )


@pytest.mark.parametrize("name", _STYLED)
def test_each_style_of_a_filing_reads_as_the_rules_read_it(name: str) -> None:
    styles = _styles(name)
    assert len(styles) > 5
    for style in styles:
        read = H._Style(style)
        got = (read.symbol, read.display, read.hidden, read.inline, read.block, read.padded,
               read.box, read.breaks, read.before, read.after, read.top, read.bottom,
               read.raised)
        assert got == _as_each_tag_read_it(style), style
        assert read.text == style


def test_every_reading_is_met_in_the_real_styles() -> None:
    """Each reading is true for some style of the filings above: the test reads them all."""
    seen: set[str] = set()
    for name in _STYLED:
        for style in _styles(name):
            read = H._Style(style)
            seen.update(slot for slot in H._Style.__slots__ if getattr(read, slot) is True)
    assert seen == set(H._Style.__slots__) - {"text"}


def test_a_style_is_read_once_per_document() -> None:
    """Caterpillar's 2022 release (EX-99.1, Workiva): thousands of tags, its styles read once
    each; its superscripts raised by "top:-3.15pt" and its "display:none" cells render."""
    body = _document("8k_2022_caterpillarinc_1.txt", 1)
    H._STYLES.clear()
    made: list[str] = []

    class Counted(H._Style):
        __slots__ = ()

        def __init__(self, style: str) -> None:
            made.append(style)
            super().__init__(style)

    H._Style, original = Counted, H._Style  # type: ignore[misc]
    try:
        text = html_to_text(body)
    finally:
        H._Style = original  # type: ignore[misc]
    assert len(made) == len(set(made)) > 50
    assert body.count("style=") > 5 * len(made)
    lines = text.splitlines()
    assert "Profit \u00b9\t$\t1,537\t$\t1,530" in lines
    assert "Profit per common share \u2014 diluted \u00b2\t$\t2.86\t$\t2.77" in lines


def test_the_style_table_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """A run over many filings does not keep every style it met: past the bound the table
    starts afresh, and the rendering is the same."""
    body = _document("8k_2022_caterpillarinc_1.txt", 1)
    H._STYLES.clear()
    whole = html_to_text(body)
    assert len(H._STYLES) > 50
    monkeypatch.setattr(H, "_MAX_STYLES", 20)
    H._STYLES.clear()
    assert html_to_text(body) == whole
    assert 0 < len(H._STYLES) <= 20


def test_one_style_on_different_tags_reads_by_the_tag() -> None:
    """The reading of a style is the string's; what it does is the tag's. Words of Apple's
    2024 8-K cover and exhibit index (corpus), printed as EDGARizer and Workiva style them,
    one style on two tags: "display:inline" joins a div to its line but leaves a cell a
    cell; "padding-left" sets a span's text off after an exhibit's number, not a div's."""
    inline = "display:inline;font-weight:bold"
    html = (f'<div>Apple <div style="{inline}">Inc.</div> reports</div>'
            f'<table><tr><td style="{inline}">California</td><td>001-36743</td></tr></table>'
            '<div>99.1<span style="padding-left:36pt">Press release</span></div>'
            '<div style="padding-left:36pt">Press release</div>')
    H._STYLES.clear()
    assert html_to_text(html).splitlines() == [
        "Apple Inc. reports", "", "California\t001-36743", "",
        "99.1\tPress release", "Press release"]
    assert set(H._STYLES) == {inline, "padding-left:36pt"}  # (one reading each)
