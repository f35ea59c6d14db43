"""Text plumbing for the press-release extractor: lines, paragraphs, dates.

The extractor reads two kinds of text: plain text wrapped at ~70-80 columns (paragraphs split
by blank lines, by a first-line indent, or by a short last line) and HTML rendered to text
(one block element per line, table cells tab-separated). ``split_paragraphs`` tells them apart
by line length and handles both.

    >>> paragraph_text(["Trial on a Packet-", "Based Network"])
    'Trial on a Packet-Based Network'
    >>> iso_date("Sept. 29, 1997")
    '1997-09-29'
"""

from __future__ import annotations

import re
from datetime import date, datetime

from ..values import fast_date
from .press_patterns import BULLET, FULL_DATE_SCAN

# Inputs can be huge; a press release is not. Text past this point is not read.
MAX_CHARS = 2_000_000
# A line this long cannot come from 80-column plain text: the text is rendered HTML.
_UNWRAPPED_LINE = 160
_PAGE_TAG = re.compile(r"^[ \t]*<PAGE>[^\n]*$", re.MULTILINE | re.IGNORECASE)
_TRIPLE_NL = re.compile(r"\n{3,}")
_PAGE_HINT = re.compile(r"<(?i:page)>")  # led by a literal "<": a fast test for _PAGE_TAG
_DOUBLE_NL = re.compile(r"\n\n(?=[^\n])")
_DEFAULT_DATE = datetime(2000, 1, 1)
_MARKER = re.compile(r"^[ \t]*(?:-{1,2}|\*|\u2022|\u00b7|o|\d{1,2}[.)]|\([a-z0-9]{1,3}\))[ \t]+\S")


def prepare_lines(text: str) -> list[str]:
    """Normalise line ends and spaces; undo double spacing; drop <PAGE> tags."""
    text = text[:MAX_CHARS]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u200b", "")
    if _PAGE_HINT.search(text):
        text = _PAGE_TAG.sub("", text)
    if _is_double_spaced(text):
        # Stockwalk 2000: every line followed by a blank one, paragraphs by two.
        text = _TRIPLE_NL.sub("\x00", text).replace("\n\n", "\n").replace("\x00", "\n\n")
    return [line.rstrip() for line in text.split("\n")]


def _is_double_spaced(text: str) -> bool:
    """Most wrapped lines stand alone between blank lines (rendered HTML, one line per
    block, looks alike but has long lines and is left as it is)."""
    head = text[:20000]
    lines = [line for line in head.split("\n") if line.strip()]
    if len(lines) < 12 or is_unwrapped(lines):
        return False
    # a blank line between two lines of text (the pair of newlines not part of a longer run)
    pairs = sum(1 for m in _DOUBLE_NL.finditer(head) if m.start() and head[m.start() - 1] != "\n")
    return pairs > 0.55 * len(lines)


def indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def is_unwrapped(lines: list[str]) -> bool:
    """True for HTML-rendered text, where each line is a whole block (a paragraph)."""
    return any(len(line) > _UNWRAPPED_LINE and "\t" not in line for line in lines[:400])


def _width(lines: list[str]) -> int:
    """Wrap width of the prose (table rows, often wider, are left out)."""
    lengths = sorted(
        len(s)
        for s in (line.strip() for line in lines[:400])
        # running prose: 30+ characters, no tab or 3-space table gap
        if len(s) >= 30 and "\t" not in s and "   " not in s
    )
    if not lengths:
        return 80
    return max(40, lengths[int(len(lengths) * 0.9) - 1 if len(lengths) > 1 else 0])


def split_paragraphs(lines: list[str]) -> list[tuple[int, int]]:
    """Paragraphs as [start, end) line ranges.

    Wrapped text breaks at blank lines, at a first-line indent (Union Camp 1994, Pericom),
    after a short line (the last line of a paragraph, or a heading such as "About CTC
    Communications"), and around table rows and bullets. Unwrapped text: one line each.
    """
    out: list[tuple[int, int]] = []
    unwrapped = is_unwrapped(lines)
    width = _width(lines)
    short = int(width * 0.65)
    start = -1
    # the line before, with what _breaks reads of it (each line is measured once)
    prev, prev_last, prev_ind, prev_tab = "", "", 0, False
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            if start >= 0:
                out.append((start, i))
                start = -1
            continue
        tab = "\t" in line
        ind = len(line) - len(line.lstrip(" \t"))
        if start >= 0 and (
            unwrapped
            or prev_tab
            or tab
            or len(prev_last) < short
            or _breaks(prev, prev_last, prev_ind, line, stripped, ind, width, i - 1 == start)
        ):
            out.append((start, i))
            start = -1
        if start < 0:
            start = i
        prev, prev_last, prev_ind, prev_tab = line, stripped, ind, tab
    if start >= 0:
        out.append((start, len(lines)))
    return out


def _breaks(prev: str, last: str, prev_ind: int, line: str, stripped: str, ind: int,
            width: int, prev_first: bool) -> bool:
    """Does a paragraph start at ``line``? (The caller has tested tabs and a short ``last``,
    the stripped line before.)"""
    # A sentence ends the line although the next word would have fitted on it: the writer
    # broke the line there (seed 002's About: "...as of June 30, 2001." / "CTC's Cisco ...").
    if last.endswith((".", "!", "?", '."', '"')):
        first = stripped.split(None, 1)[0]
        if len(last) + 1 + len(first) <= width - 2:
            return True
    # A first-line indent opens a paragraph; a hanging indent under "-- item" (Pericom 2003)
    # continues one.
    if ind >= prev_ind + 3 and not (prev_first and _MARKER.match(prev)):
        return True
    return BULLET.match(line) is not None


def paragraph_text(lines: list[str]) -> str:
    """Join wrapped lines with single spaces; "Packet-\\nBased" joins as "Packet-Based"."""
    parts: list[str] = []
    prev = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if parts:
            hyphen = prev.endswith("-") and prev[-2:-1].isalpha() and line[:1].isalpha()
            parts.append("" if hyphen else " ")
        parts.append(line)
        prev = line
    return _squash("".join(parts))


def more_words(text: str, n: int) -> bool:
    """``len(text.split()) > n`` without splitting a long paragraph past its n+1st word."""
    return len(text.split(None, n)) > n


def normalise(text: str) -> str:
    return _squash(text)


def _squash(text: str) -> str:
    """Runs of white space (tabs, NBSP, thin and zero-width spaces, newlines) -> one space."""
    if "\u200b" in text:  # zero-width: not white space to str.split
        text = text.replace("\u200b", " ")
    return " ".join(text.split())


def iso_date(text: str) -> str | None:
    """A printed date to ISO "YYYY-MM-DD", or None when it holds no full date."""
    fast = fast_date(text.strip())
    if fast is not None:
        return fast if 1900 < int(fast[:4]) < 2100 else None
    try:
        parsed = _dateutil_parse(text, default=_DEFAULT_DATE)
    except (ValueError, OverflowError, TypeError):
        return None
    if parsed is None or not (1900 < parsed.year < 2100):
        return None
    return parsed.date().isoformat()


def month_day_date(month: str, day: str, year: int) -> date | None:
    iso = iso_date(f"{month.rstrip('.')} {day} {year}")
    return date.fromisoformat(iso) if iso else None


def infer_year(month: str, day: str, text: str) -> int | None:
    """The year of a dateline printed without one ("SAN JOSE, Calif., July 29 /PRNewswire/").

    Releases talk about dates just behind them (the quarter just ended) and a little ahead
    (the call next week), seldom about a date a year ahead. Each candidate year scores the
    full dates of the text falling from six months before to two months after "July 29" of
    that year, minus those further ahead. Ties go to no guess (None).
    """
    seen: list[date] = []
    for m in FULL_DATE_SCAN.finditer(text, 0, 30000):
        before = text[m.start() - 1 : m.start()]
        if before.isalnum() or before == "_":
            continue  # inside a word ("Bojan 5, 2000")
        iso = iso_date(m.group(0))
        if iso:
            seen.append(date.fromisoformat(iso))
        if len(seen) >= 60:
            break
    scores: dict[int, int] = {}
    for year in {d.year + k for d in seen for k in (-1, 0, 1)}:
        when = month_day_date(month, day, year)
        if when is None:
            continue
        gaps = [(d - when).days for d in seen]
        scores[year] = sum(1 for g in gaps if -185 <= g <= 60) - sum(1 for g in gaps if g > 60)
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    best, count = ranked[0]
    if count <= 0 or (len(ranked) > 1 and ranked[1][1] == count):
        return None
    return best


def _dateutil_parse(text: str, default: datetime) -> datetime:
    # imported on first use: most dates take the fast path, and start-up stays short
    from dateutil import parser as dateparser

    return dateparser.parse(text, default=default)
