"""Item segmentation: the primary document's text -> SPEC.md ``items[]``.

Usage::

    from filing2json.parsers.sections.items import find_items
    spans = find_items(text, "8-K")          # form_type None: read "FORM 8-K" from the cover
    [s.as_dict() for s in spans]

Schema slice, from sample 000 (``Item 5.  Other Events`` of an August 2000 8-K)::

    items [{"number": "5",                   # as printed, normalised: "2.02", "1A"
            "title": "Other Events",          # as printed (whitespace-normalised, no final
                                              # period), null when the heading has none
            "standard_title": "Other Events", # the SEC's title (item_catalog.py)
            "scheme": "pre-2004",             # "pre-2004" | "2004" | "10-K" | "10-Q" | "20-F"
                                              # | null (forms without a catalogue)
            "equivalent": "8.01",             # 8-K crosswalk; null elsewhere
            "text": "On August 2, 2000, the Registrant issued the following press release: ..."}]

Choices (see tests/test_items.py for the filings behind each):

- Which headings: ``Item N`` at a line start (item_headings.py); on 8-K, 10-K, 10-Q and 20-F
  only numbers that form has; on other forms any ``Item N`` heading. Part headings end items
  (not on 8-Ks) and give 10-Q items their part.
- 10-Q numbers repeat across Parts: ``number`` stays as printed ("1", "1A") and the title comes
  from the part the item sits in (the last PART heading above it; without one, the printed
  title decides, then a restart of the numbering means Part II).
- Combined headings (``Items 1 and 2.``) give one item per number, sharing title and text, so
  ``.items[] | select(.number == "2")`` finds it. A combined line that only says the items are
  "Not Applicable" (``Items 1 through 4, 6 and 8 Not Applicable.``) is no item. A single
  ``Item 3. Not applicable.`` is kept: title null, text "Not applicable.".
- Table-of-contents lines (dot leaders, a trailing page number) are not items. When a number
  occurs twice in the list, the later occurrence with body text wins.
- Numbering runs: a heading that goes back in numbering starts a new list when a signature or
  exhibit-index heading lies between, or when it restarts at the form's first item ("Item 1.",
  "Item 1.01"). The first list whose items mostly have body text is the filing's (a table of
  contents before it is skipped, a quoted document after it is ignored); a stray backwards
  heading that starts no new list stays in its list (filers do print 8.01 before 7.01).
- Each item ends at the next heading (any Item or Part, or an 8-K "Section 9 - ..." line) or at
  the first SIGNATURE(S) or EXHIBIT INDEX heading (patterns.py, plus NBSP-indented spellings) or
  signature sentence ("Pursuant to the requirements of ... duly caused") after it, whichever
  comes first, so signatures and exhibits never leak in.
- 8-K/A: the explanatory note before the first item is no item; the items come as printed.
- ``text`` is the body after the heading (title lines included in the heading): trailing
  spaces stripped, runs of 3+ line breaks folded to one blank line, stripped.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from ..lazy_re import lazy
from ..linescan import LinePattern
from . import item_catalog as cat
from .item_headings import Heading, scan
from .patterns import EXHIBIT_INDEX_HEADING, SIGNATURE_HEADING


@dataclass
class ItemSpan:
    number: str
    title: str | None
    start: int
    end: int
    text: str
    standard_title: str | None = None
    scheme: str | None = None
    equivalent: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "title": self.title,
            "standard_title": self.standard_title,
            "scheme": self.scheme,
            "equivalent": self.equivalent,
            "text": self.text,
        }


@dataclass
class _Entry:
    """One item number of one heading (a combined heading gives several)."""

    heading: Heading
    number: str
    part: str | None
    key: tuple[int, int, int, str]
    end: int = 0
    has_body: bool = False


# What ends the last item: the shared headings, plus spellings they miss in HTML renderings
# ("\xa0SIGNATURES", Caterpillar 2022) and the signature sentence when the heading is absent
# ("Pursuant to the requirements of the Securities and Exchange Act of 1934, the registrant
# has duly caused", Rock of Ages 2000; 10-Ks say "of Section 13 or 15(d) of the ...").
_END_OF_ITEMS = lazy(
    r"^[^\S\n]*+(?:(?:SIGNATURES?|Signatures?)[^\S\n]*:?"
    r"|(?:EXHIBIT|Exhibit)[^\S\n]+(?:INDEX|Index)"
    r"|(?:INDEX|Index)[^\S\n]+(?:TO|to)[^\S\n]+(?:EXHIBITS|Exhibits))[^\S\n]*$"
    r"|^[^\S\n]*+Pursuant\s+to\s+the\s+requirements\s+of\b[\s\S]{0,160}?\bduly\s+caused",
    re.M)
# The first letter of every spelling above, after the indentation: most lines fail this
# lookahead at once, instead of trying each spelling at each indentation length (2.8x faster).
_STOP_LETTERS = "SEIP"
# one pattern, one pass per item body
_STOP = LinePattern(rf"(?=[^\S\n]*+[{_STOP_LETTERS}])(?:" + "|".join(
    f"(?:{p.pattern})" for p in (SIGNATURE_HEADING, EXHIBIT_INDEX_HEADING, _END_OF_ITEMS)) + ")")
_KEY = lazy(r"(\d+)(?:\.(\d+))?([A-Z]?)")
# a word of body text; a contents "Page" column is none
_HAS_WORDS = lazy(r"\b(?!(?:Page|PAGE|page)\b)[A-Za-z]{3,}")
_BLANK_RUNS = lazy(r"\n\n\n+")  # a literal lead: the engine skips to it fast
# A line ending in whitespace, found from its newline (led by a literal, unlike `[^\S\n]\n`,
# which is tried at every character): most item bodies have none and skip the per-line rstrip.
_SPACE_BEFORE_NEWLINE = lazy(r"\n(?<=[^\S\n]\n)")
_PART_INDEX = {"I": 1, "II": 2, "III": 3, "IV": 4}
_FIRST_NUMBERS = frozenset({"1", "1.01"})


def find_items(text: str, form_type: str | None) -> list[ItemSpan]:
    """The items of a primary document, in document order; [] when there are none."""
    try:
        return _find_items(text, form_type)
    except Exception:  # a detector never fails a conversion; odd input yields no items
        return []


def tidy_text(body: str) -> str:
    """Trailing spaces stripped, 3+ line breaks folded to one blank line, stripped."""
    if _SPACE_BEFORE_NEWLINE.search(body) is not None:
        # str.rstrip per line runs in C (a `[ \t]+$` regex backtracks on every run of spaces)
        body = "\n".join(map(str.rstrip, body.split("\n")))
    # (else only the last line may end in spaces, and the final strip() drops them)
    return _BLANK_RUNS.sub("\n\n", body).strip()


def _find_items(text: str, form_type: str | None) -> list[ItemSpan]:
    if not text:
        return []
    if "\n" not in text and "\r" in text:  # lone-CR line ends; same length keeps offsets
        text = text.replace("\r", "\n")
    if form_type is None:
        form_type = cat.infer_form_type(text)
    family = cat.form_family(form_type)
    headings = _known(scan(text, family), family)
    if not any(h.kind == "item" for h in headings):
        return []
    boundaries = sorted(h.line_start for h in headings)
    entries = _entries(headings, family)
    for entry in entries:
        entry.end = _end_of(text, entry.heading, boundaries)
        entry.has_body = bool(entry.heading.inline_text) or _HAS_WORDS.search(
            text, entry.heading.body_start, entry.end) is not None
    chosen = _dedupe(_main_list(text, entries))
    return [_span(text, e, family) for e in chosen]


def _known(headings: list[Heading], family: str | None) -> list[Heading]:
    """Keep Part headings (not on 8-Ks), 8-K section lines, and Item headings with numbers the
    form has."""
    kept: list[Heading] = []
    last_number: str | None = None
    for h in headings:
        if h.kind == "section" or (h.kind == "part" and family != "8-K"):
            kept.append(h)
            continue
        if h.kind == "part":
            continue
        if family is not None:
            h.numbers = [n for n in h.numbers if cat.is_known(family, n)]
            if not h.numbers:
                continue
        if h.sub and h.numbers[0] == last_number:
            continue  # "Item 9.01(d) Exhibits" under "Item 9.01": a sub-heading, not an item
        last_number = h.numbers[-1]
        kept.append(h)
    return kept


def _key(number: str, part: str | None) -> tuple[int, int, int, str]:
    m = _KEY.match(number)
    if m is None:
        return (_PART_INDEX.get(part or "", 0), 0, 0, number)
    return (_PART_INDEX.get(part or "", 0), int(m.group(1)), int(m.group(2) or 0), m.group(3))


def _entries(headings: list[Heading], family: str | None) -> list[_Entry]:
    """Item headings as entries, TOC lines and "Not Applicable" lists left out, parts set."""
    entries: list[_Entry] = []
    part: str | None = None  # from the last PART heading
    for h in headings:
        if h.kind != "item":
            if h.kind == "part" and not h.toc:
                part = h.part
            continue
        if h.toc or h.not_applicable:
            continue
        for number in h.numbers:
            item_part = None
            if family == cat.TEN_Q:
                item_part = _ten_q_part(number, h.title, part, entries)
            entries.append(_Entry(h, number, item_part, _key(number, item_part)))
    return entries


def _ten_q_part(number: str, title: str | None, part: str | None,
                entries: list[_Entry]) -> str:
    guess = cat.ten_q_part(number, title)
    if guess:  # the title beats a PART line, which may be a table of contents' last one
        return guess
    if part in ("I", "II"):
        return part
    previous = entries[-1] if entries else None
    if previous and previous.part == "I" and _key(number, "I") <= previous.key:
        return "II"  # numbering restarted without a PART heading
    return previous.part if previous and previous.part else "I"


def _end_of(text: str, heading: Heading, boundaries: list[int]) -> int:
    """The next heading's line start, or an earlier signature / exhibit-index heading."""
    i = bisect_right(boundaries, heading.line_start)
    end = boundaries[i] if i < len(boundaries) else len(text)
    start = heading.body_start
    m = _STOP.search(text, start, end)
    return _STOP.line_start(m) if m else max(end, start)


def _main_list(text: str, entries: list[_Entry]) -> list[_Entry]:
    """Split entries into numbering lists and pick the filing's own (see module docstring)."""
    if not entries:
        return []
    lists: list[list[_Entry]] = [[entries[0]]]
    for prev, cur in pairwise(entries):
        new_list = cur.key <= prev.key and cur.heading is not prev.heading and (
            cur.number in _FIRST_NUMBERS and cur.key[0] <= 1 or _stop_between(text, prev, cur))
        if new_list:
            lists.append([cur])
        else:
            lists[-1].append(cur)
    for entries_ in lists:
        if sum(e.has_body for e in entries_) * 2 >= len(entries_):
            return entries_
    return lists[-1]


def _stop_between(text: str, prev: _Entry, cur: _Entry) -> bool:
    start, end = prev.heading.body_start, cur.heading.line_start
    return start < end and _STOP.search(text, start, end) is not None


def _dedupe(entries: list[_Entry]) -> list[_Entry]:
    """One entry per (part, number): the last with body text, else the last."""
    best: dict[tuple[int, int, int, str], _Entry] = {}
    for e in entries:
        held = best.get(e.key)
        if held is None or e.has_body or not held.has_body:
            best[e.key] = e
    keep = {id(e) for e in best.values()}
    return [e for e in entries if id(e) in keep]


def _span(text: str, e: _Entry, family: str | None) -> ItemSpan:
    h = e.heading
    body = tidy_text(text[h.body_start : e.end])
    if h.inline_text:
        # a paragraph run on from the heading line goes on on the next line; else a new one
        nl = text.find("\n", h.body_start + 1)
        glue = "\n" if text[h.body_start + 1 : nl if nl >= 0 else e.end].strip() else "\n\n"
        body = f"{h.inline_text}{glue}{body}".strip() if body else h.inline_text
    return ItemSpan(
        number=e.number,
        title=h.title,
        start=h.start,
        end=e.end,
        text=body,
        standard_title=cat.standard_title(family, e.number, e.part, h.title),
        scheme=cat.scheme_of(family, e.number),
        equivalent=cat.equivalent(family, e.number),
    )
