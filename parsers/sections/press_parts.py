"""The head of a press release: dateline, headline, subheadlines, highlights, tickers.

Schema slice (of ``press_releases[]``), seed 000::

    dateline      {"city": "WALTHAM", "state": "Mass", "date": "2000-08-02"}
    headline      "CTC COMMUNICATIONS ANNOUNCES VOICE SERVICES SOFTSWITCH IN OPERATION AND ..."
    subheadlines  ["Softswitch Providing VoIP Voice Services Between 11 CTC Branch Sales Offices"]
    highlights    []        # bullets such as seed 001's "Beta Customer Highlights:"
    tickers       [{"exchange": "NASDAQ NM", "symbol": "CPTL"}]

The dateline anchors everything: the headline is read walking *up* from it (past date lines,
subheadlines and bullets) until furniture stops the walk (an exhibit label, "FOR IMMEDIATE
RELEASE", a contact block, the 8-K's "issued the following press release:" sentence).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..linescan import LinePattern
from .patterns import EXHIBIT_INDEX_HEADING, SIGNATURE_HEADING
from .press_patterns import (
    BULLET,
    CONTACT_HEADING,
    DATE_LINE,
    DATELINES,
    EMAIL,
    END_MARK,
    FURNITURE,
    HIGHLIGHTS_HEADING,
    ITEM_HEADING,
    LEAD_IN,
    PHONE,
    SEPARATOR,
    SUBHEAD_CLOSE,
    SUBHEAD_OPEN,
    TICKER,
    URL,
    US_STATES,
)
from .press_text import (
    infer_year,
    is_unwrapped,
    iso_date,
    normalise,
    paragraph_text,
)

# The dateline is looked for this far into the text (an 8-K body can precede the release).
DATELINE_SEARCH_CHARS = 200_000
_HEAD_LINES = 60  # a head (headline + subheadlines + bullets) is never longer than this
_PROSE_WORDS = 30  # a block this long above the dateline is prose, not a headline
# Words that never start a city: "On August 2, 2000, the Registrant ..."
_NOT_CITY = frozenset(
    "On In As At By For From The Dated Date Since During Effective Between Beginning "
    "Through Until Upon Before After Each".split()
)
# What follows a dateline: the company name, a quote, a parenthesis, or the line end.
_AFTER_DATELINE = re.compile(r"[ \t.,:;-]*(?:[A-Za-z\"\u201c(\[]|$)")
_TABLE_ROW = re.compile(r"\t|\S {3,}\S")
_ANNOUNCING = re.compile(r"(?i:\btoday\b|\bannounc|\breport|\bsaid\b|\bintroduc|\bunveil)")
# A headline line that runs on: "... IN OPERATION AND" / "of Bond Restructuring Plan".
_CONNECT_END = re.compile(
    r"(?i:\b(?:and|or|of|for|to|in|on|with|at|by|from|the|a|an|as|its|&))$|[-,/]$"
)
_CONNECT_START = re.compile(
    r"(?i:(?:and|or|of|for|to|in|on|with|at|by|from|as|into|amid|&)\b)|[a-z(]"
)


# ---- dateline ------------------------------------------------------------------------------


def match_dateline(line: str) -> tuple[str, re.Match[str]] | None:
    """The named dateline pattern that matches this line, if any (engine of DATELINES)."""
    text = line.lstrip(" \t")
    if not text[:1].isupper():
        return None
    for name, pattern in DATELINES:
        m = pattern.match(text)
        if m is None or m.group("city").split()[0] in _NOT_CITY:
            continue
        if name == "no_date":
            state = m.group("state").lower().replace(".", "").strip()
            if state not in US_STATES:
                continue
        if not _AFTER_DATELINE.match(text, m.end()):
            continue  # "Balance, January 1, 1990 $62,483" is a table row
        return name, m
    return None


def dateline_fields(m: re.Match[str], context: str) -> dict[str, Any]:
    """{city, state, date} from a dateline match; a year missing from it is inferred."""
    groups = m.groupdict()
    when = None
    if groups.get("month"):
        if groups.get("year"):
            when = iso_date(f"{groups['month'].rstrip('.')} {groups['day']} {groups['year']}")
        else:
            year = infer_year(groups["month"], groups["day"], context)
            if year:
                when = iso_date(f"{groups['month'].rstrip('.')} {groups['day']} {year}")
    state = groups.get("state")
    return {
        "city": normalise(groups["city"]).rstrip(","),
        "state": normalise(state) if state else None,
        "date": when,
    }


# What every DATELINES pattern starts with: a city of up to four capitalised words, then a
# comma, a dash, an ellipsis or "and" (a second place). Searched over the whole text at once,
# it picks the few lines worth the full per-line test.
_DATELINE_HINT = LinePattern(
    r"[ \t]*[A-Z][A-Za-z.'\u2019-]*(?:[ \t]+[A-Z][A-Za-z.'\u2019-]*){0,3}"
    r"(?:,|[ \t]*(?:-|\u2013|\u2014|\u2015|\.\.\.)|[ \t]+and[ \t])"
)


def locate_dateline(lines: list[str]) -> tuple[int, str, re.Match[str]] | None:
    """Index, pattern name and match of the first dateline line."""
    seen = n = 0
    for line in lines:  # only the first DATELINE_SEARCH_CHARS are searched
        seen += len(line) + 1
        if seen > DATELINE_SEARCH_CHARS:
            break
        n += 1
    for i in _DATELINE_HINT.matching_lines(lines[:n]):
        line = lines[i]
        found = match_dateline(line)
        if found is None:
            continue
        name, m = found
        if name == "no_date":
            # A date-less dateline must open an announcement ("... today announced").
            lead = " ".join(lines[i : i + 4])[:400]
            if not _ANNOUNCING.search(lead):
                continue
        return i, name, m
    return None


def find_dateline(text: str) -> tuple[tuple[int, int], dict[str, Any]] | None:
    """Character span of the dateline in ``text`` and its {city, state, date}."""
    lines = text.split("\n")
    found = locate_dateline(lines)
    if found is None:
        return None
    i, _name, m = found
    offset = sum(len(line) + 1 for line in lines[:i])
    offset += len(lines[i]) - len(lines[i].lstrip(" \t"))
    return (offset + m.start(), offset + m.end()), dateline_fields(m, text)


# ---- tickers -------------------------------------------------------------------------------


def find_tickers(text: str) -> list[dict[str, str]]:
    """Every "(EXCHANGE: SYMBOL)" in order, once each."""
    out: list[dict[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for m in TICKER.finditer(text):
        start = m.start()
        if start and text[start - 1].isascii() and text[start - 1].isalpha():
            continue  # inside a word
        exchange = normalise(m.group("exchange"))
        key = (exchange.upper(), m.group("symbol"))
        if key not in seen:
            seen.add(key)
            out.append({"exchange": exchange, "symbol": m.group("symbol")})
    return out


# ---- head: headline, subheadlines, highlights ----------------------------------------------


@dataclass
class Head:
    headline: str | None = None
    subheadlines: list[str] = field(default_factory=list)
    highlights: list[str] = field(default_factory=list)
    top: int = 0  # first line index of the head (or the dateline when there is none)
    stop: int = -1  # index of the line that stopped the walk up (-1: text start)
    date: str | None = None  # from a date line such as "08/02/2000"


_LABELS_ABOVE = tuple(p for name, p in FURNITURE if name in ("exhibit", "release_marker", "logo"))


def _is_stop(line: str) -> bool:
    s = line.strip()
    if HIGHLIGHTS_HEADING.match(s):
        return False
    if any(p.match(s) for p in _LABELS_ABOVE):
        return True
    if CONTACT_HEADING.match(s) or ITEM_HEADING.match(s) or END_MARK.match(s):
        return True
    if EXHIBIT_INDEX_HEADING.match(s) or SIGNATURE_HEADING.match(s):
        return True
    if EMAIL.search(s) or PHONE.search(s) or URL.search(s):
        return True
    if s.endswith(":") or LEAD_IN.search(s):
        return True
    # "NASDAQ: ASFI" alone on a line (Asta Funding)
    m = TICKER.match(s)
    return bool(m and m.end() == len(s))


def _is_skip(line: str) -> bool:
    s = line.strip()
    if SEPARATOR.match(s):
        return True
    if any(p.match(s) for name, p in FURNITURE if name in ("page", "title")):
        return True
    # a table row between headline and dateline (Caterpillar 2022), but not "\u25cf\ttext"
    return ("\t" in line or bool(_TABLE_ROW.search(s))) and not BULLET.match(line)


def read_head(lines: list[str], dateline: int) -> Head:
    """Walk up from the dateline and split what is found into headline/subheads/bullets."""
    head = Head(top=dateline)
    low = max(0, dateline - _HEAD_LINES)
    unwrapped = is_unwrapped(lines[low : dateline + 40])
    blocks: list[list[int]] = []
    block: list[int] = []
    i = dateline - 1
    in_table = False  # a table row was skipped and no blank line came since
    while i >= low:
        line = lines[i]
        s = line.strip()
        if s and _is_stop(line):
            head.stop = i
            break
        skip = bool(s) and (_is_skip(line) or in_table)
        in_table = skip and (in_table or "\t" in line or bool(_TABLE_ROW.search(s)))
        if not s or skip or DATE_LINE.match(s):
            if DATE_LINE.match(s) and head.date is None:
                head.date = iso_date(s)
            if block:
                blocks.append(block)
                block = []
            i -= 1
            continue
        if unwrapped and block:
            blocks.append(block)  # rendered HTML: each line is a block of its own
            block = []
        block.append(i)
        i -= 1
    if block:
        blocks.append(block)
    # blocks are bottom-up; keep them while they read as head, not prose
    kept: list[list[int]] = []
    for b in blocks:
        b = sorted(b)
        text = " ".join(lines[j].strip() for j in b)
        has_bullets = any(BULLET.match(lines[j]) for j in b)
        if not has_bullets and len(text.split()) > _PROSE_WORDS:
            head.stop = b[-1]
            break
        kept.append(b)
    kept.reverse()
    if not kept:
        return head
    head.top = kept[0][0]
    if unwrapped:  # rejoin the one-line blocks: _segments decides what continues what
        kept = [[j for b in kept for j in b]]
    texts: list[str] = []
    for b in kept:
        segs, bullets = _segments([lines[j] for j in b], unwrapped)
        texts.extend(segs)
        head.highlights.extend(bullets)
    texts = [t for t in texts if any(c.isalpha() for c in t)]
    if texts:
        head.headline = texts[0]
        head.subheadlines = texts[1:]
    return head


def _is_title(line: str) -> bool:
    words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


def _is_caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.85 * len(letters)


def _closes(block: list[str], n: int) -> bool:
    """Line n ends a "--subheadline--"; "on a Packet-" followed by "Based ..." (seed 001) is a
    word broken at a hyphen, not a closing mark."""
    line = block[n].rstrip()
    if not SUBHEAD_CLOSE.search(line):
        return False
    hyphen = line.endswith("-") and not line.endswith("--") and line[-2:-1].isalpha()
    return not (hyphen and n + 1 < len(block) and not SUBHEAD_OPEN.match(block[n + 1]))


def _segments(block: list[str], unwrapped: bool) -> tuple[list[str], list[str]]:
    """Split one block of head lines into text segments and bullet items."""
    segs: list[list[str]] = []
    bullets: list[list[str]] = []
    cur: list[str] = []
    kind = ""  # "text" | "sub" | "bullet"
    block = [raw.strip() for raw in block]
    closed = True  # the current "sub" segment has seen its closing mark
    for n, line in enumerate(block):
        if HIGHLIGHTS_HEADING.match(line):
            _flush(segs, bullets, cur, kind)
            cur, kind = [], ""
            continue
        is_sub = bool(SUBHEAD_OPEN.match(line)) and any(
            _closes(block, k) for k in range(n, len(block))
        )
        if kind == "sub" and not closed:
            cur.append(line)
            closed = _closes(block, n)
        elif is_sub:
            _flush(segs, bullets, cur, kind)
            cur, kind = [line], "sub"
            closed = _closes(block, n)
        elif BULLET.match(line):
            _flush(segs, bullets, cur, kind)
            cur, kind = [BULLET.sub("", line, count=1)], "bullet"
        elif kind == "bullet" or (kind == "text" and not _new_segment(cur[-1], line, unwrapped)):
            cur.append(line)
        else:
            _flush(segs, bullets, cur, kind)
            cur, kind = [line], "text"
    _flush(segs, bullets, cur, kind)
    return [_clean_segment(s) for s in segs], [paragraph_text(b) for b in bullets]


def _flush(segs: list[list[str]], bullets: list[list[str]], cur: list[str], kind: str) -> None:
    if cur:
        (bullets if kind == "bullet" else segs).append(cur)


def _new_segment(prev: str, line: str, unwrapped: bool) -> bool:
    if _CONNECT_END.search(prev) or _CONNECT_START.match(line):
        return False
    if _is_caps(prev) != _is_caps(line):
        return True
    # Rendered HTML: each block is its own headline or subheadline, except a stub such as
    # "Rock of Ages Acquires" / "American Monument Corporation" (two centred <P>s, 2000).
    return unwrapped and not (len(prev.split()) <= 4 and _is_title(prev) and _is_title(line))


def _clean_segment(lines: list[str]) -> str:
    text = paragraph_text(lines)
    if SUBHEAD_OPEN.match(text) and SUBHEAD_CLOSE.search(text):
        text = SUBHEAD_CLOSE.sub("", SUBHEAD_OPEN.sub("", text, count=1), count=1)
    return text.strip()


def find_highlights(text: str) -> list[str]:
    """Bullet items under a "... Highlights:" heading, each joined to one line."""
    return highlights_in(text.split("\n"))


def highlights_in(lines: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not HIGHLIGHTS_HEADING.match(lines[i].strip()):
            i += 1
            continue
        i += 1
        item: list[str] = []
        while i < len(lines):
            line = lines[i]
            if BULLET.match(line):
                if item:
                    out.append(paragraph_text(item))
                item = [BULLET.sub("", line.strip(), count=1)]
            elif line.strip() and item:
                item.append(line)
            elif not line.strip() and item:
                if i + 1 >= len(lines) or not BULLET.match(lines[i + 1]):
                    break
            elif line.strip():
                break
            i += 1
        if item:
            out.append(paragraph_text(item))
    return out


def split_headline(text: str) -> tuple[str | None, list[str]]:
    """(headline, subheadlines) of the lines above a dateline (the text ends at it)."""
    lines = text.split("\n")
    found = locate_dateline(lines)
    end = found[0] if found else len(lines)
    head = read_head(lines + [""], end) if found else read_head(lines + ["x"], len(lines))
    return head.headline, head.subheadlines
