"""Covers printed with each bracketed caption ABOVE its value (some 1990s 8-Ks):

    (Exact name of registrant as specified in its charter)
    TURNER BROADCASTING SYSTEM, INC.
    (State of incorporation or organization)
    Georgia

Such a cover is read by moving each caption block under the value lines that follow it: the
readers of cover_layout then see the usual layout, values over their captions. Captions in
square brackets ("[State or other jurisdiction of incorporation]") are read as bracketed ones.
A head row of unbracketed captions over a row of values, each of its caption's shape, is put
under that row as one line of bracketed captions.
"""

from __future__ import annotations

import re

from ..regex_cache import compiled
from ..values import DATE_RE
from .cover_below import NUMBER_CHUNK, has_number
from .cover_chunks import FIGURES, Chunk, Rows, caption_field
from .cover_columns import owners

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
    bracketed caption (or a head row of bare captions, _head_flipped) has cover furniture
    (or nothing) above it and a value line under it; None for any other cover."""
    top = None
    for i in worded:  # (loops, not any() over a generator: this runs for every caption row)
        row = rows[i]
        if len(row) >= 3 and _bare_head(row):
            flipped = None if _value_above(rows, i) else _head_flipped(rows, i)
            if flipped is not None:
                return flipped
            continue
        for c in row:
            if c.field == "name" and c.text[0] == "(":
                top = i
                break
        if top is not None:
            break
    if top is None or not _captions_only(rows[top]) or _value_above(rows, top):
        return None
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


def _value_above(rows: Rows, top: int) -> bool:
    """A name (or any value) stands over the name's caption on line top: the usual layout.
    (A caption with its value inline, "Commission File Number 0-9334", is no name.)"""
    above = _nearest(rows, top, -1)
    return above is not None and not _FURNITURE.search(rows.lines[above].lower()) \
        and not _date_alone(rows.lines[above]) \
        and not any(c.field not in (None, "name") for c in rows[above])


def _date_alone(line: str) -> bool:
    """A date alone on its line: the report's, typed under its caption ("Date of Report (Date
    of earliest event reported)" over "DECEMBER 15, 1998"), no name over the name's caption."""
    text = line.strip()
    return text[-1:].isdigit() and DATE_RE.fullmatch(text) is not None


def _head_row(captions: list[Chunk], values: list[Chunk]) -> bool:
    """A head row captioning the name and at least two other fields, one per column, over a
    row of as many values ("(Exact name ...)" | "(State ...)" | "(Commission File Number)" over
    "Acme Inc." | "Delaware" | "001-12345"): a usual cover prints its name caption alone on
    its row (or beside the address's), under the name."""
    fields = {c.field for c in captions}
    return len(captions) == len(values) and len(fields) == len(captions) >= 3 \
        and all(c.text[0] == "(" for c in captions)


def _bare_head(row: list[Chunk]) -> bool:
    """Line `row` may be the head row of a cover table, three or more unbracketed captions
    (the name's first) over a row of values ("Exact name of registrant ..." | "State of
    incorporation" | "Commission File Number" over "Acme Corp" | "Delaware" | "001-12345").
    A usual cover prints the name's caption on a row of its own, or beside the address's."""
    return len(row) >= 3 and row[0].field == "name" and all(c.text[0] != "(" for c in row)


def _head_flipped(rows: Rows, top: int) -> list[str] | None:
    """The region's lines with the bare head row on line top (and its wrapped lines:
    "Commission" over "File Number") put under the row of values it heads as one line of
    bracketed captions, when each column's caption names a field of its own and each value
    has its caption's shape; None otherwise. Only the head row moves: the captions further
    down are read where they stand."""
    row = rows[top]
    texts = [c.text for c in row]
    spans = [(c.start, c.end) for c in row]
    below = _nearest(rows, top, 1)
    while below is not None and below - top <= _NEAR and _wrapped(rows.without_rules(below)):
        for chunk, cap in owners(rows.without_rules(below), row, rows.cells):
            if cap is not None:
                k = row.index(cap)
                texts[k] = f"{texts[k]} {chunk.text}"
                spans[k] = (min(spans[k][0], chunk.start), max(spans[k][1], chunk.end))
        below = _nearest(rows, below, 1)
    if below is None:
        return None
    fields = [caption_field(text) for text in texts]
    values = rows.without_rules(below)
    if None in fields or len(set(fields)) != len(row) or len(values) != len(row) \
            or not has_number(values):
        return None
    heads = [Chunk(c.start, c.end, text, field, True)
             for c, text, field in zip(row, texts, fields, strict=True)]
    if not _shaped(heads, values, rows.cells) or _rows_listed(rows, below, heads):
        return None
    captions = [f"({text})" for text in texts]
    line = _cells_line(rows.lines[top], captions) if rows.cells else _typed_line(
        spans, captions, fields)
    if line is None:
        return None
    lines = rows.lines
    return lines[:top] + [lines[below], line] + [""] * (below - top - 1) + lines[below + 1 :]


def _rows_listed(rows: Rows, below: int, heads: list[Chunk]) -> bool:
    """A second row of values of the head's shape right under the first: registrants listed
    one a row under the head (a combined filing: "Exact Name of Registrant" | "State or Other
    Jurisdiction of Incorporation" | "Commission File Number" | "IRS Employer Identification
    No." over Exelon's, ComEd's and PECO's rows), read where they stand (listed_below), not
    one value row flipped over its captions."""
    after = below + 1
    if after >= len(rows.lines):
        return False
    values = rows.without_rules(after)
    # (a rendered row drops an empty cell: a row whose state cell is empty holds one fewer)
    fewer = len(heads) - len(values)
    return (fewer == 0 or rows.cells and fewer == 1) and has_number(values) \
        and _shaped(heads, values, rows.cells)


def _cells_line(line: str, captions: list[str]) -> str:
    """A rendered row with its cells' texts replaced by `captions`, in order."""
    cells = line.split("\t")
    texts = iter(captions)
    return "\t".join(next(texts) if cell.strip() else cell for cell in cells)


# a short caption for each field a head row names, for a column too narrow for its own
_SHORT = {"name": "(Exact name)", "state": "(State)", "commission_file_number": "(File No.)",
          "irs_employer_id": "(IRS Employer)"}


def _typed_line(spans: list[tuple[float, float]], captions: list[str],
                fields: list[str | None]) -> str | None:
    """A line of `captions`, each centred on its column (a short one where the column is too
    narrow for its whole caption); None when even those would run together."""
    out = ""
    for k, ((start, end), caption) in enumerate(zip(spans, captions, strict=True)):
        limit = spans[k + 1][0] - 2 if k + 1 < len(spans) else float("inf")
        for text in (caption, _SHORT.get(str(fields[k]), caption)):
            at = max(len(out) + 2 if out else 0, int((start + end - len(text)) / 2))
            if at + len(text) <= limit:
                break
        else:
            return None
        out = f"{out}{' ' * (at - len(out))}{text}"
    return out


def _wrapped(row: list[Chunk]) -> bool:
    """A row of caption words wrapped from the row above ("as specified in its charter",
    "incorporation", "File Number"): captions, or words led by a small letter; no figures."""
    return bool(row) and all(
        c.caption or c.text[0].islower() or c.text in _WRAPPED_WORDS for c in row) \
        and not any(FIGURES.search(c.text) for c in row)


_WRAPPED_WORDS = frozenset(("File", "Number", "No.", "Identification Number", "Identification No."))


def _shaped(captions: list[Chunk], values: list[Chunk], cells: bool) -> bool:
    """Each value of the row under a bare head row has the shape its caption asks: a word
    under the name's, a file or IRS number whole under theirs (a row of values over their
    captions, read the other way round, would not be so)."""
    for chunk, cap in owners(values, captions, cells):
        if cap is None:
            return False
        number = NUMBER_CHUNK.fullmatch(chunk.text) is not None
        if cap.field in _NUMBERED and not number or cap.field == "name" and (
                number or chunk.caption):
            return False
    return True


_NUMBERED = ("commission_file_number", "irs_employer_id")


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
