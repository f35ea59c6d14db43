"""Read a cover page laid out as values above parenthesised captions.

    CTC COMMUNICATIONS GROUP, INC.
    (Exact name of registrant as specified in its charter)
              Delaware                   0-27505            04-3469590
           (State or other jurisdiction (Commission         (IRS Employer
             of incorporation)          File Number)   Identification No.)

Each line is cut into chunks (runs of text separated by 2+ spaces or a tab); a chunk is a
caption when it matches a row of CAPTIONS or is a parenthesised phrase without figures. A
caption's value is the nearest value line above it, and within that line the chunks whose
centre lies nearest that caption's centre: the columns decide, not the word order.
In HTML-rendered text (`cells=True`) a tab separates table cells, so a chunk's column is its
cell index, and a caption row with as many cells as the value row pairs cell by cell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Field name -> the caption spellings seen on real covers (checked chunk by chunk).
CAPTIONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("name", re.compile(r"exact\s+name\s+of|name\s+of\s+(?:the\s+)?registrant", re.I)),
    ("state", re.compile(
        r"state\s+or\s+other|other\s+jurisdiction|state\s+of\s+(?:incorporation|organi[sz]ation)"
        r"|jurisdiction\s+of\s+(?:incorporation|organi[sz]ation)|^\(?state\)?$", re.I)),
    ("commission_file_number", re.compile(
        r"commission\s+file|file\s+n(?:o|umber)|^\(commission\b", re.I)),
    ("irs_employer_id", re.compile(
        r"I\.?\s?R\.?\s?S\.?\s+Employer|Employer\s+Identification|Employer\s+I\.?\s?D"
        r"|^\(?identification\s+n", re.I)),
    ("address", re.compile(r"address\s+of\s+principal|principal\s+executive\s+office", re.I)),
    ("zip", re.compile(r"\bzip\b|postal\s+code", re.I)),
    ("phone", re.compile(r"telephone\s+number", re.I)),
    ("former_name", re.compile(r"former\s+name|former\s+address", re.I)),
)
MULTILINE_FIELDS = {"name": 3, "address": 3, "former_name": 2, "zip": 3}

_CHUNK = re.compile(r"[^\s](?:[^\s]| (?=[^\s]))*")  # words joined by single spaces
_PAREN_SPLIT = re.compile(r" (?=\()")
_FIGURES = re.compile(r"\d{3}")
_RULE = re.compile(r"^[\s\-=_*~.]*$")  # "- ------", "=====" or blank
# A line above a name that is cover furniture, not part of the name.
_NAME_STOP = re.compile(
    r"date\s+of|form\s+[0-9]|current\s+report|pursuant|securities\s+and\s+exchange|washington"
    r"|commission|exchange\s+act|\d{4}", re.I)


@dataclass
class Chunk:
    start: float
    end: float
    text: str
    field: str | None  # the caption's field, when it is a caption naming one
    caption: bool  # any caption text, including continuation lines "of incorporation)"

    @property
    def centre(self) -> float:
        return (self.start + self.end) / 2


def caption_field(text: str) -> str | None:
    low = text.lower()
    if not any(word in low for word in _CAPTION_WORDS):
        return None  # most chunks are values: substring tests are much cheaper than regexes
    for name, pattern in CAPTIONS:
        if pattern.search(text):
            return name
    return None


def _is_caption(text: str, field: str | None) -> bool:
    if field is not None:
        return True  # also "...area code: (408) 996-1010": a caption with its value inline
    if _FIGURES.search(text):
        return False
    # "(Zip Code)", "of incorporation)", "report)": caption pieces without a field word
    return text.startswith("(") or text.endswith(")")


def chunk_line(line: str, cells: bool) -> list[Chunk]:
    """Cut a line into chunks with columns (character columns, or cell index in HTML)."""
    chunks: list[Chunk] = []
    if cells:
        spans = []
        for index, cell in enumerate(line.split("\t")):
            if cell.strip():
                spans.append((index * 100.0, index * 100.0 + 99.0, cell.strip()))
    else:
        spans = [(float(m.start()), float(m.end()), m.group(0)) for m in _CHUNK.finditer(line)]
    for start, end, text in spans:
        field = caption_field(text)
        if field is not None and not cells and _PAREN_SPLIT.search(text):
            # "(State or other jurisdiction (Commission": two captions in one run
            offset = start
            for part in _PAREN_SPLIT.split(text):
                pfield = caption_field(part)
                chunks.append(Chunk(offset, offset + len(part), part, pfield,
                                    _is_caption(part, pfield)))
                offset += len(part) + 1
            continue
        chunks.append(Chunk(start, end, text, field, _is_caption(text, field)))
    return chunks


def _inline_value(chunk: Chunk, rest: list[Chunk]) -> str | None:
    """ "Commission File Number: 1-416", "...area code:   (408) 996-1010" """
    head, colon, tail = chunk.text.partition(":")
    if not colon:
        return None
    if tail.strip():
        return tail.strip()
    values = [c.text for c in rest if not c.caption]
    return " ".join(values) if values else None


# Every caption spelling holds one of these words; str.find over the lowered region finds the
# candidate lines far faster than a regex alternation tried at every position.
_CAPTION_WORDS = ("name", "state", "jurisdiction", "commission", "file", "employer",
                  "identification", "address", "principal", "zip", "postal", "telephone",
                  "former")


def _caption_lines(text: str) -> list[int]:
    low = text.lower()
    starts: set[int] = set()
    for word in _CAPTION_WORDS:
        pos = low.find(word)
        while pos >= 0:
            starts.add(low.rfind("\n", 0, pos) + 1)
            pos = low.find(word, pos + 1)
    ordered = sorted(starts)
    numbers, line_no, prev = [], 0, 0
    for start in ordered:
        line_no += low.count("\n", prev, start)
        prev = start
        numbers.append(line_no)
    return numbers


class _Rows:
    """Lines chunked on demand: only caption lines and the few lines above them are cut."""

    def __init__(self, lines: list[str], cells: bool) -> None:
        self.lines, self.cells = lines, cells
        self.cache: dict[int, list[Chunk]] = {}

    def __getitem__(self, i: int) -> list[Chunk]:
        row = self.cache.get(i)
        if row is None:
            row = self.cache[i] = chunk_line(self.lines[i], self.cells)
        return row


def read_captioned(region: str, cells: bool = False) -> list[dict[str, str]]:
    """Caption fields of a cover, one dict per registrant (a new one at each name caption)."""
    lines = region.split("\n") if cells else region.expandtabs(8).split("\n")
    rows = _Rows(lines, cells)
    groups: list[dict[str, str]] = [{}]
    for i in _caption_lines("\n".join(lines)):
        row = rows[i]
        captions = [c for c in row if c.caption and c.field]
        if not captions:
            continue
        if any(c.field == "name" for c in captions) and "name" in groups[-1]:
            groups.append({})
        found = groups[-1]
        for cap in captions:
            if cap.field in found:
                continue
            inline = _inline_value(cap, [c for c in row if c.start > cap.start])
            if inline is not None:
                found[cap.field] = inline  # type: ignore[index]
        pending = [c for c in captions if c.field not in found]
        if pending:
            for field, value in _values_above(rows, i, pending).items():
                found.setdefault(field, value)
    return [g for g in groups if g]


def _owner(chunk: Chunk, captions: list[Chunk]) -> Chunk | None:
    """The caption a value chunk stands above: nearest centre; a lone caption, if it overlaps."""
    if len(captions) == 1:
        cap = captions[0]
        slack = 12.0
        if chunk.end >= cap.start - slack and chunk.start <= cap.end + slack:
            return cap
        return None
    return min(captions, key=lambda c: abs(c.centre - chunk.centre))


def _split_straddling(row: list[Chunk], captions: list[Chunk]) -> list[Chunk]:
    """ "0-27568 65-0617076" over "(Commission File Number) (IRS Employer ...)": cut in words."""
    if len(captions) < 2:
        return row
    out: list[Chunk] = []
    for chunk in row:
        over = [c for c in captions if c.start < chunk.end and chunk.start < c.end]
        if len(over) < 2 or chunk.caption:
            out.append(chunk)
            continue
        offset = chunk.start
        for word in chunk.text.split(" "):
            out.append(Chunk(offset, offset + len(word), word, None, False))
            offset += len(word) + 1
    return out


def _values_above(rows: _Rows, i: int, captions: list[Chunk]) -> dict[str, str]:
    parts: dict[str, list[str]] = {}
    lines_of: dict[str, list[int]] = {}
    done: set[str] = set()
    blanks = 0
    for j in range(i - 1, max(-1, i - 8), -1):
        row = [c for c in rows[j] if not _RULE.match(c.text)]
        if not row:
            if parts:  # a blank line ends a value already begun
                break
            blanks += 1
            if blanks > 3:
                break
            continue
        owned: dict[str, list[Chunk]] = {}
        blocked: set[str] = set()
        for chunk in _split_straddling(row, captions):
            cap = _owner(chunk, captions)
            if cap is None or cap.field is None:
                continue
            if chunk.caption:
                blocked.add(cap.field)  # another caption stands there: that column is closed
            else:
                owned.setdefault(cap.field, []).append(chunk)
        for field in blocked:
            done.add(field)
        for field, chunks in owned.items():
            if field in done:
                continue
            text = " ".join(c.text for c in chunks)
            if field in parts and (field == "name" and _NAME_STOP.search(text)):
                done.add(field)
                continue
            parts.setdefault(field, []).insert(0, text)
            lines_of.setdefault(field, []).insert(0, j)
            if len(parts[field]) >= MULTILINE_FIELDS.get(field, 1):
                done.add(field)
        if not owned and parts:
            break
        if all(c.field in done for c in captions):
            break
        # single-line fields take one line only
        for field in list(parts):
            if field not in MULTILINE_FIELDS:
                done.add(field)
    _first_address_only(parts, lines_of)
    return {field: _join(field, texts) for field, texts in parts.items()}


def _first_address_only(parts: dict[str, list[str]], lines_of: dict[str, list[int]]) -> None:
    """Two zip codes in the zip column: two offices are listed; the first is the registrant's."""
    zips = lines_of.get("zip", [])
    if len(zips) < 2:
        return
    parts["zip"] = parts["zip"][:1]
    if "address" in parts:
        keep = [k for k, line in enumerate(lines_of["address"]) if line < zips[1]]
        parts["address"] = [parts["address"][k] for k in keep] or parts["address"][:1]


def _join(field: str, texts: list[str]) -> str:
    if field != "address":
        return " ".join(texts)
    # an address printed over two lines reads "street, city, state"
    return " ".join(t if t.endswith(",") or t is texts[-1] else t + "," for t in texts)
