"""Covers printed with each bracketed caption ABOVE its value (some 1990s 8-Ks):

    (Exact name of registrant as specified in its charter)
    TURNER BROADCASTING SYSTEM, INC.
    (State of incorporation or organization)
    Georgia

Such a cover is read by moving each caption block under the value lines that follow it: the
readers of cover_layout then see the usual layout, values over their captions. Captions in
square brackets ("[State or other jurisdiction of incorporation]") are read as bracketed ones.
"""

from __future__ import annotations

import re

from ..regex_cache import compiled
from .cover_below import has_number
from .cover_chunks import Chunk, Rows, caption_field

# A line above the name caption that is cover furniture, not a name printed over its caption
_FURNITURE = compiled(
    r"date\s+of|form\s+[0-9]|current\s+report|pursuant|securities\s+and\s+exchange|washington"
    r"|exchange\s+act")
_NEAR = 3  # lines looked at above and below the name caption
# A caption in square brackets, maybe over two lines ("[State or other jurisdiction\nof
# incorporation]"); a check box "[X]" or "[ ]" is none (bounded: linear)
_SQUARE = compiled(r"\[([A-Za-z][^\[\]]{2,200}+)\]")


def round_brackets(text: str) -> str:
    """`text` with each caption in square brackets put in round ones, as most covers print
    them (a caption's bracket tells the readers it closes the value above it); same length."""
    return _SQUARE.sub(_rounded, text)


# the one-word captions of an address typed in columns, caption words only when bracketed
_COLUMN_WORDS = frozenset(("street", "address", "city", "state", "country"))


def _rounded(found: re.Match[str]) -> str:
    inner = found.group(1)
    return f"({inner})" if caption_field(inner.replace("\n", " ")) is not None \
        or inner.lower() in _COLUMN_WORDS else found.group()


def captions_first(rows: Rows, worded: list[int]) -> list[str] | None:
    """The region's lines with each caption block moved under its value, when the name's
    bracketed caption has cover furniture (or nothing) above it and a value line under it;
    None for any other cover."""
    top = next((i for i in worded if any(c.field == "name" and c.text[0] == "("
                                          for c in rows[i])), None)
    if top is None or not _captions_only(rows[top]):
        return None
    above = _nearest(rows, top, -1)
    if above is not None and not _FURNITURE.search(rows.lines[above].lower()) and not any(
            c.field not in (None, "name") for c in rows[above]):
        # (a caption with its value inline, "Commission File Number 0-9334", is no name)
        return None  # a name (or any value) over the caption: the usual layout
    below = _nearest(rows, top, 1)
    if below is None or _is_caption_row(rows, below):
        return None
    values = rows.without_rules(below)
    if has_number(values) and not _head_row(rows[top], values):
        return None  # the numbers' row of a name printed over its caption, as usual
    if _FURNITURE.search(rows.lines[below].lower()):
        return None
    last = max(i for i in worded if any(c.field is not None for c in rows[i]))
    return _flipped(rows, top, last)


def _head_row(captions: list[Chunk], values: list[Chunk]) -> bool:
    """A head row captioning the name and at least two other fields, one per column, over a
    row of as many values ("(Exact name ...)" | "(State ...)" | "(Commission File Number)" over
    "Acme Inc." | "Delaware" | "001-12345"): a usual cover prints its name caption alone on
    its row (or beside the address's), under the name."""
    fields = {c.field for c in captions}
    return len(captions) == len(values) and len(fields) == len(captions) >= 3 \
        and all(c.text[0] == "(" for c in captions)


def _flipped(rows: Rows, top: int, last: int) -> list[str]:
    """rows' lines, each caption block from line `top` to line `last` (the last caption) moved
    under the value lines that follow it (a block with no value under it stays in place)."""
    lines = rows.lines
    out = lines[:top]
    i, end = top, len(lines)
    while i < end:
        if i > last:  # (the text after the cover's captions is left as it is)
            out.extend(lines[i:])
            break
        if not _is_caption_row(rows, i):
            out.append(lines[i])
            i += 1
            continue
        j, depth = i, 0
        while j < end and (_is_caption_row(rows, j) or _rule_only(rows, j)
                           or 0 < depth and j - i <= _NEAR and rows[j]):
            # (a line inside a caption's open bracket continues it: "Jurisdiction of")
            depth += lines[j].count("(") - lines[j].count(")")
            j += 1
        k = j
        while k < end and rows.without_rules(k) and not _is_caption_row(rows, k):
            k += 1
        out.extend(lines[j:k])
        out.extend(lines[i:j])
        i = k
    return out


def _nearest(rows: Rows, i: int, step: int) -> int | None:
    """The nearest line from i in direction `step` holding text other than rules."""
    j = i + step
    while 0 <= j < len(rows.lines) and abs(j - i) <= _NEAR:
        if rows.without_rules(j):
            return j
        j += step
    return None


def _captions_only(row: list[Chunk]) -> bool:
    return bool(row) and all(c.caption for c in row)


def _is_caption_row(rows: Rows, i: int) -> bool:
    return _captions_only(rows.without_rules(i))


def _rule_only(rows: Rows, i: int) -> bool:
    return bool(rows[i]) and not rows.without_rules(i)
