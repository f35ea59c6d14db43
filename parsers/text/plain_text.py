"""Plain-text EDGAR document -> the same text without page furniture.

Removed:

- ``<PAGE>`` markers and form feeds (a ``<PAGE>cover`` line keeps its ``cover``, a
  ``<PAGE>   12`` line goes whole);
- the SGML table tags ``<TABLE> </TABLE> <CAPTION> </CAPTION> <S> <C> <FN> </FN>``: a line
  holding only tags goes, a tag inside a text line turns into spaces of its width;
- page-number lines next to a page break ("2", "-2-", "Page 2 of 10", "F-3", "iii");
- running heads: the first lines of a page (up to 3) when the same lines open 3 or more pages.

Everything else is kept byte for byte: the cover reader relies on column positions, so no
spaces are collapsed and no tabs expanded. Example (10k405_2001_perkinelmerinc_1.txt)::

    <PAGE>                                    ================================
       1                            ->        SECURITIES AND EXCHANGE COMMISSION
      ================================
      SECURITIES AND EXCHANGE COMMISSION

Work is two regex passes plus a few string operations per page break.
"""

from __future__ import annotations

import re
from collections import Counter

from ..linescan import LinePattern, delete_lines

_FORM_FEED = re.compile(r"\f[ \t]*\n?")
_TAG_NAMES = r"(?:TABLE|CAPTION|S|C|FN)"
_TAG_ONLY_LINE = LinePattern(rf"[ \t]*(?:</?{_TAG_NAMES}>[ \t]*)+(?=\n|\Z)")
# each tag is blanked by spaces of its own length, so columns stay put
_TAGS = tuple(f"<{slash}{name}>" for name in ("TABLE", "CAPTION", "S", "C", "FN")
              for slash in ("", "/"))
_TAG_MARKERS = ("<S>", "<C>", "TABLE>", "FN>", "CAPTION>")
_PAGE_NUMBER = re.compile(
    r"[ \t]*(?:-[ \t]*)?(?:(?:[Pp]age|PAGE)[ \t]+)?(?:[A-Z]-)?(?:\d{1,4}|[ivxl]{1,6})"
    r"(?:[ \t]*-)?(?:[ \t]+(?:of|OF)[ \t]+\d{1,4})?[ \t]*"
)
_PAGE = "<PAGE>"
_LOOK = 3  # non-blank lines examined on each side of a page break
_HEAD_MIN_PAGES = 3


def _feed_to_marker(text: str, match: re.Match[str]) -> str:
    """A form feed becomes a <PAGE> line, starting a new line only when it is mid-line."""
    at = match.start()
    return "<PAGE>\n" if at == 0 or text[at - 1] == "\n" else "\n<PAGE>\n"


def _lines_before(text: str, pos: int, count: int) -> list[tuple[int, int]]:
    """Spans of up to `count` non-blank lines ending before `pos` (a line start), nearest first."""
    spans: list[tuple[int, int]] = []
    end = pos
    while end > 0 and len(spans) < count:
        start = text.rfind("\n", 0, end - 1) + 1
        if text[start : end - 1].strip():
            spans.append((start, end))
        end = start
        if pos - end > 4000:
            break
    return spans


def _lines_after(text: str, pos: int, count: int) -> list[tuple[int, int]]:
    """Spans of up to `count` non-blank lines starting at or after `pos` (a line start)."""
    spans: list[tuple[int, int]] = []
    start, n = pos, len(text)
    while start < n and len(spans) < count:
        nl = text.find("\n", start)
        end = n if nl < 0 else nl + 1
        if text[start:end].strip():
            spans.append((start, end))
        start = end
        if start - pos > 4000:
            break
    return spans


def _is_page_number(line: str) -> bool:
    line = line.strip()
    return len(line) <= 20 and _PAGE_NUMBER.fullmatch(line) is not None


def _page_cuts(text: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) edits for page markers, page numbers and running heads."""
    cuts: list[tuple[int, int, str]] = []
    tops: list[list[tuple[int, int, str]]] = []  # first content lines of each page
    pos = 0
    while True:
        i = text.find(_PAGE, pos)
        if i < 0:
            break
        pos = i + len(_PAGE)
        line_start = text.rfind("\n", 0, i) + 1
        if text[line_start:i].strip(" \t"):
            continue  # not a marker that opens a line
        nl = text.find("\n", pos)
        line_end = len(text) if nl < 0 else nl + 1
        rest = text[pos:line_end]
        if _is_page_number(rest):  # `<PAGE>   12`: the printer's page count
            rest = ""
        before = _lines_before(text, line_start, 1)
        if before and _is_page_number(text[before[0][0] : before[0][1]]):
            cuts.append((before[0][0], before[0][1], ""))
        if rest.strip():
            cuts.append((line_start, pos, ""))  # `<PAGE>cover`: keep the text
            continue
        cuts.append((line_start, line_end, ""))
        top: list[tuple[int, int, str]] = []
        for s, e in _lines_after(text, line_end, _LOOK + 1):
            if _is_page_number(text[s:e]):
                cuts.append((s, e, ""))
            elif len(top) < _LOOK:
                top.append((s, e, text[s:e].strip()))
        tops.append(top)
    # A running head: the same line at the same place on top of 3 or more pages.
    seen = Counter((k, line) for top in tops for k, (_s, _e, line) in enumerate(top))
    for top in tops:
        for k, (s, e, line) in enumerate(top):
            if seen[(k, line)] < _HEAD_MIN_PAGES:
                break
            cuts.append((s, e, ""))
    return cuts


def _apply(text: str, cuts: list[tuple[int, int, str]]) -> str:
    if not cuts:
        return text
    cuts.sort()
    out: list[str] = []
    pos = 0
    for start, end, repl in cuts:
        if end <= pos:
            continue
        start = max(start, pos)
        out.append(text[pos:start])
        out.append(repl)
        pos = end
    out.append(text[pos:])
    return "".join(out)


def clean_plain_text(text: str) -> str:
    """Strip page furniture from a plain-text document, keeping columns intact."""
    try:
        if "\f" in text:
            text = _FORM_FEED.sub(lambda m: _feed_to_marker(text, m), text)
        if any(marker in text for marker in _TAG_MARKERS):
            text = delete_lines(text, _TAG_ONLY_LINE)
            for tag in _TAGS:
                if tag in text:
                    text = text.replace(tag, " " * len(tag))
        if _PAGE in text:
            text = _apply(text, _page_cuts(text))
        return text
    except Exception:  # never crash: the raw text is still useful
        return text
