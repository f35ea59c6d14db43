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

from ..lazy_re import lazy
from ..regex_cache import compiled
from .cover_address import POSTCODE, STREET_LINE, cut_phone


def lowered(text: str) -> str | None:
    """text.lower() when a lower-case pattern searched in it finds what the same pattern with
    re.I finds in `text`, at the same offsets; None when `text` holds a character where the
    two part ways: re.I folds U+0130, U+0131 and U+017F onto "i" and "s" but str.lower() does
    not (and lengthens U+0130). No other character differs (checked over all of Unicode)."""
    if text.isascii() or ("\u0130" not in text and "\u0131" not in text
                          and "\u017f" not in text):
        return text.lower()
    return None


class Caseless:
    """A pattern written in lower case ASCII, applied as with re.I. Searched case-sensitively
    in the lowered text it runs several times faster: a case-insensitive pattern gets no
    first-character scan, so the engine tries a full match at every position."""

    __slots__ = ("folded", "lower")

    def __init__(self, source: str) -> None:
        self.folded = compiled(source, re.I)
        self.lower = compiled(source)

    def search(self, text: str, low: str | None, pos: int = 0) -> re.Match[str] | None:
        """Search `text`, or `low` = lowered(text) when that is not None (same offsets)."""
        return self.folded.search(text, pos) if low is None else self.lower.search(low, pos)


# Field name, caption spellings seen on real covers (checked chunk by chunk, in lower case),
# and the words one of which every spelling holds. A spelling anchored at the chunk start stands
# apart: in one alternation with the others it would cost them their first-character scan.
_CAPTION_TABLE: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    # a 10-KSB's "(Name of small business issuer in its charter)"
    ("name", (r"exact\s+name\s+of|name\s+of\s+(?:the\s+)?registrant"
              r"|name\s+of\s+small\s+business\s+issuer",), ("name",)),
    # a foreign issuer's 6-K: "(Translation of registrant's name into English)", the only name
    # it prints (a 20-F prints it under the exact name, often blank)
    ("translated_name", (r"translation\s+of\s+(?:the\s+)?registrant.s\s+name",), ("name",)),
    ("state", (
        # (plural for several registrants: "(States or other jurisdictions of ...)")
        r"states?\s+o[rf]\s+other|other\s+jurisdiction"
        r"|states?\s+of\s+(?:incorporation|organi[sz]ation)"
        r"|jurisdictions?\s+of\s+(?:incorporation|organi[sz]ation)", r"^\(?state(?:\s+of)?\)?$"),
     ("state", "jurisdiction")),
    ("commission_file_number", (r"commission\s+file|file\s+n(?:o|umber)", r"^\(commission\b"),
     ("commission", "file")),
    ("irs_employer_id", (
        r"i\.?\s?r\.?\s?s\.?\s+employer|employer\s+identification|employer\s+i\.?\s?d",
        r"^\(?identification\s+n"), ("employer", "identification")),
    ("address", (r"address\s+of\s+principal|principal\s+executive\s+office",),
     ("address", "principal")),
    ("zip", (r"\bzip\b|postal\s+code",), ("zip", "postal")),
    ("phone", (r"telephone\s+number", r"^telephone\s?:"), ("telephone",)),
    ("former_name", (r"former\s+name|former\s+address",), ("former",)),
    # a registration statement's "(Primary Standard Industrial Classification Code Number)"
    # column: read so that its "8731" does not run into the state beside it (not in the record)
    ("sic_code", (r"standard\s+industrial|classification\s+code",),
     ("standard", "classification")),
)
# As applied with re.I to a chunk that lowered() cannot take (see caption_field).
CAPTIONS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, compiled("|".join(spellings), re.I)) for name, spellings, _ in _CAPTION_TABLE)
# Every caption spelling holds one of these words: a line without one holds no caption.
_CAPTION_WORDS = tuple(dict.fromkeys(word for _, _, words in _CAPTION_TABLE for word in words))
# The first caption word of a line and the rest of the line, so that a scan of the lowered
# region stops once per such line (the words are plain lower-case letters).
_WORD_LINE = compiled(f"(?:{'|'.join(_CAPTION_WORDS)})[^\n]*")
# word -> the field it gates and the field's spellings, compiled for the lowered chunk
_WORD_FIELDS = tuple(
    (word, name, tuple(compiled(spelling) for spelling in spellings))
    for name, spellings, words in _CAPTION_TABLE for word in words)
# A cover value that states nothing: "N/A", "N.A.", "None", "Not applicable", "No change (since
# last report)", "Unchanged", a dash
NONE_VALUES = compiled(
    r"^(?:n/ ?a|n\.? ?a|none|(?:not\s+|in)applicable|no\s+changes?(?:\s+since\s+last\s+report)?"
    r"|unchanged|not\s+changed|[-\u2013\u2014]+)\.?$", re.I)
MULTILINE_FIELDS = {"name": 3, "translated_name": 3, "address": 4, "former_name": 2, "zip": 3}

# words joined by single spaces; equals [^\s](?:[^\s]| (?=[^\s]))* and is linear: a run of
# \S+ can only be followed by a space, so nothing is ever tried twice
_CHUNK = compiled(r"\S+(?: \S+)*")
_PAREN_SPLIT = compiled(r" (?=\()")
_FIGURES = compiled(r"\d{3}")
_RULE = compiled(r"^[\s\-=_*~.]*$")  # "- ------", "=====" or blank
_RULE_CHARS = "-=_*~."
# A line above a name that is cover furniture, not part of the name.
_NAME_STOP = compiled(
    r"date\s+of|form\s+[0-9]|current\s+report|pursuant|securities\s+and\s+exchange|washington"
    r"|commission|exchange\s+act|\d{4}", re.I)


@dataclass(init=False, slots=True)
class Chunk:
    start: float
    end: float
    text: str
    field: str | None  # the caption's field, when it is a caption naming one
    caption: bool  # any caption text, including continuation lines "of incorporation)"
    centre: float  # kept, not computed: _owner compares it for every value chunk

    def __init__(self, start: float, end: float, text: str, field: str | None,
                 caption: bool) -> None:
        self.start, self.end, self.text, self.field, self.caption = (
            start, end, text, field, caption)
        self.centre = (start + end) / 2


def caption_field(text: str) -> str | None:
    low = lowered(text)
    if low is not None:
        # a field's pattern runs only when one of its words is there: substring tests are
        # much cheaper than regexes, and most chunks are values
        tried: str | None = None
        for word, name, spellings in _WORD_FIELDS:
            if name is not tried and word in low:
                for spelling in spellings:
                    if spelling.search(low):
                        # (the test inline: this runs for every caption chunk)
                        return "contact" if name in _PERSON_FIELDS and (
                            "contact" in low or "agent" in low) else name
                tried = name  # a field is tried once, for the first of its words found
        return None
    low = text.lower()
    if not any(word in low for word in _CAPTION_WORDS):
        return None
    for name, pattern in CAPTIONS:
        if pattern.search(text):
            return _persons(name, low)
    return None


def _persons(field: str, low: str) -> str:
    """ "contact" for a caption of a person's telephone or address, not the registrant's: a
    20-F's "(Name, telephone number, e-mail ... and address of company contact person)", a
    40-F's or S-8's "(Telephone number ... of agent for service)" (no field of the record)."""
    if field in _PERSON_FIELDS and ("contact" in low or "agent" in low):
        return "contact"
    return field


_PERSON_FIELDS = ("phone", "address", "zip")


def _is_caption(text: str, field: str | None) -> bool:
    if field is not None:
        return True  # also "...area code: (408) 996-1010": a caption with its value inline
    # "(Zip Code)", "of incorporation)", "report)": caption pieces without a field word
    # (the cheap bracket test first: most chunks are values without brackets)
    return (text.startswith("(") or text.endswith(")")) and not _FIGURES.search(text)


def chunk_line(line: str, cells: bool) -> list[Chunk]:
    """Cut a line into chunks with columns (character columns, or cell index in HTML)."""
    return _cut(line, cells, True)


def column_chunks(line: str, cells: bool) -> list[Chunk]:
    """chunk_line's chunks (same cuts, texts and columns) for a caller that reads neither
    `field` nor `caption`: every chunk has field None and caption False, and a chunk is read
    for a caption only where chunk_line would split it in two at a " (" (the signature reader
    spends a fifth of its time on the caption tests otherwise)."""
    if not line or line.isspace():
        return []
    if cells:
        return [Chunk(index * 100.0, index * 100.0 + 99.0, text, None, False)
                for index, text in enumerate(map(str.strip, line.split("\t"))) if text]
    chunks: list[Chunk] = []
    append = chunks.append
    for m in _CHUNK.finditer(line):
        text = m.group()
        start = float(m.start())
        if " (" in text and caption_field(text) is not None:
            split = _caption_parts(text)
            if split is not None:
                for part, _ in split:
                    append(Chunk(start, start + len(part), part, None, False))
                    start += len(part) + 1
                continue
        append(Chunk(start, float(m.end()), text, None, False))
    return chunks


def _caption_parts(text: str) -> list[tuple[str, str | None]] | None:
    """ "(State or other jurisdiction (Commission": two captions in one run, cut at each
    " (" with their fields; None when a part after a cut is no caption ("...area code: +1
    (345) 949-0100" is one caption and its value)."""
    parts = _PAREN_SPLIT.split(text)
    fields = [caption_field(part) for part in parts]
    if all(_is_caption(part, field) for part, field in zip(parts[1:], fields[1:], strict=True)):
        return list(zip(parts, fields, strict=True))
    return None


def _cut(line: str, cells: bool, fields: bool) -> list[Chunk]:
    """chunk_line; `fields=False` for a line known to hold no caption word, whose chunks
    caption_field would all answer None."""
    if not line or line.isspace():
        return []  # blank lines are common above captions: no chunk, whatever the mode
    if cells:
        spans = [(index * 100.0, index * 100.0 + 99.0, text)
                 for index, text in enumerate(map(str.strip, line.split("\t"))) if text]
    else:
        spans = [(float(m.start()), float(m.end()), m.group()) for m in _CHUNK.finditer(line)]
    if not fields:
        return [Chunk(start, end, text, None, _is_caption(text, None))
                for start, end, text in spans]
    chunks: list[Chunk] = []
    append = chunks.append
    for start, end, text in spans:
        field = caption_field(text)
        if field is not None and not cells and " (" in text:
            split = _caption_parts(text)
            if split is not None:
                offset = start
                for part, pfield in split:
                    append(Chunk(offset, offset + len(part), part, pfield,
                                 _is_caption(part, pfield)))
                    offset += len(part) + 1
                continue
        append(Chunk(start, end, text, field, _is_caption(text, field)))
    return chunks


# "(A Delaware Corporation)": the state of incorporation in brackets, under the name on a
# cover, inside the name's cell of a combined filing's registrant table (cover_table).
INCORPORATED = compiled(r"\(An?\s+(?P<state>[^()\n]{1,60}?)\s{1,5}(?:corporation|limited "
                          r"liability company|partnership|company)\)", re.I)


# Captions that may carry their number after "No." or "Number" with no colon between.
_NUMBERED = {
    "commission_file_number": compiled(r"(?i:commission|sec)\b"),
    "irs_employer_id": compiled(r"(?i:employer)"),
}
# (or after the closing bracket of the caption: "(Commission File Number) 0-1234")
_NUMBER_AFTER = lazy(
    r"\b(?:[Nn][Oo]\.?|[Nn]umber|NUMBER|#)\)?[ \t]*(\d[\dA-Z\-]{2,20})$")
# the shape of a number standing in its own chunk right of its bracketed caption
_NUMBER_SHAPE = {"commission_file_number": lazy(r"\d{1,4}-\d{2,6}(?:-\d{1,3})?"),
                 "irs_employer_id": lazy(r"\d{2}-\d{7}")}


def _inline_value(chunk: Chunk, row: list[Chunk], cells: bool) -> str | None:
    """ "Commission File Number: 1-416", "...area code:   (408) 996-1010" """
    head, colon, tail = chunk.text.partition(":")
    if not colon and chunk.field == "phone":
        phone = _phone_after(chunk, row)
        if phone is not None:
            return phone
    if not colon:
        # "Commission File No. 0-21234", no colon (a letter's "File No. 333-123596" names a
        # registration statement, not the registrant)
        if chunk.field in _NUMBERED and _NUMBERED[chunk.field].search(chunk.text):
            number = _NUMBER_AFTER.search(chunk.text)
            if number is not None:
                return number.group(1)
            # "(Commission File Number)      0-1234", "Commission file number      0-19681"
            if chunk.text.endswith(")") or not cells:
                right = [c for c in row if c.start > chunk.start]
                if right and _NUMBER_SHAPE[chunk.field].fullmatch(right[0].text):
                    return right[0].text
        return _value_before_caption(chunk) if cells else None
    if tail.strip():
        return tail.strip()
    # the value in the chunks right of the caption
    values = [c.text for c in row if c.start > chunk.start and not c.caption]
    return " ".join(values) if values else None


# the last words of a caption wrapped onto the next line, with its number after them
_NUMBER_LINE = lazy(r"(?:[Nn][Oo]\.?|[Nn]umber|NUMBER)[: ]*(\d[\dA-Z\-]{2,20})")


def _number_under(rows: _Rows, i: int, cap: Chunk) -> str | None:
    """A number caption wrapped with its number: "I.R.S. Employer Identification" over
    "Number 35-0407820" in its column (Ameritech's telephone companies, 1990s 10-Qs)."""
    if i + 1 >= len(rows.lines) or _NUMBER_LINE.search(rows.lines[i + 1]) is None:
        return None  # (the quick test first: most lines under a caption are not cut at all)
    for chunk in rows[i + 1]:
        if chunk.start <= cap.end and cap.start <= chunk.end:
            number = _NUMBER_LINE.fullmatch(chunk.text)
            return number.group(1) if number else None
    return None


def _address_continued(rows: _Rows, i: int, value: str) -> str:
    """An address after its caption on line i, with the lines under it in its column:
    "Address of principal executive offices:   22 West State Street" over "Media,
    Pennsylvania 19063" aligned under the street."""
    line = rows.lines[i]
    if rows.cells:
        column = next((k * 100.0 for k, cell in enumerate(line.split("\t"))
                       if value in cell), None)
    else:
        found = line.rfind(value)
        column = float(found) if found >= 0 else None
    if column is None:
        return value
    texts = [value]
    for j in range(i + 1, min(len(rows.lines), i + 3)):
        row = rows[j]
        if len(row) != 1 or row[0].caption or cut_phone(row[0].text) == ("", row[0].text):
            break  # not the address's line, or the telephone number under it
        if abs(row[0].start - column) > 2 and not (rows.cells and POSTCODE.search(row[0].text)):
            break  # (a rendered row drops its empty cells: "\tMedia, PA 19063" loses its tab)
        texts.append(row[0].text)
    return ", ".join(t.rstrip(",") for t in texts)


def _phone_below(rows: _Rows, i: int) -> str | None:
    """ "Registrant's telephone number, including area code:" with the number alone on the
    next line."""
    for j in range(i + 1, min(len(rows.lines), i + 3)):
        line = rows.lines[j].strip()
        if line:
            rest, number = cut_phone(line)
            return number if not rest else None
    return None


def _phone_after(chunk: Chunk, row: list[Chunk]) -> str | None:
    """The number after a telephone caption with no colon: "...including area code (713)
    555-0100", or alone in the next chunk of the row."""
    number = cut_phone(chunk.text)[1]
    if number is not None:
        return number
    for c in row:
        if c.start > chunk.start and not c.caption:
            rest, number = cut_phone(c.text)
            return number if not rest else None
    return None


def _value_before_caption(chunk: Chunk) -> str | None:
    """An HTML cell holding its value over its caption: "Minnesota<br>(State or Other
    Jurisdiction)" (Stockwalk 2001). The bracketed part alone must be the caption."""
    cut = chunk.text.find(" (")
    if cut <= 0:
        return None
    head, caption = chunk.text[:cut].strip(), chunk.text[cut + 1 :]
    if caption_field(head) is not None or caption_field(caption) != chunk.field:
        return None
    return head


def _caption_lines(low: str) -> list[int]:
    """Indices of the lines of the lowered text that hold a caption word."""
    numbers: list[int] = []
    line_no = prev = 0
    count = low.count
    for match in _WORD_LINE.finditer(low):  # one match per line: it runs to the line's end
        start = match.start()
        line_no += count("\n", prev, start)
        prev = start
        numbers.append(line_no)
    return numbers


class _Rows:
    """Lines chunked on demand: only caption lines and the few lines above them are cut."""

    def __init__(self, lines: list[str], cells: bool, worded: list[int]) -> None:
        self.lines, self.cells = lines, cells
        self.worded = set(worded)  # the lines holding a caption word
        self.cache: dict[int, list[Chunk]] = {}
        self.solid: dict[int, list[Chunk]] = {}

    def __getitem__(self, i: int) -> list[Chunk]:
        row = self.cache.get(i)
        if row is None:
            row = self.cache[i] = _cut(self.lines[i], self.cells, i in self.worded)
        return row

    def without_rules(self, i: int) -> list[Chunk]:
        """Row i less its rule chunks ("-----"); asked again for each caption line below."""
        row = self.solid.get(i)
        if row is None:
            # a chunk starts with a non-space: only one led by a rule character can be a rule
            row = self.solid[i] = [c for c in self[i] if c.text[0] not in _RULE_CHARS
                                   or not _RULE.match(c.text)]
        return row


def read_captioned(region: str, cells: bool = False,
                   low: str | None = None) -> list[dict[str, str]]:
    """Caption fields of a cover, one dict per registrant (a new one at each name caption).
    `low`: region.lower(), when the caller has it."""
    # expandtabs walks every character even when there is no tab to expand
    text = region if cells or "\t" not in region else region.expandtabs(8)
    low = low if low is not None and text is region else text.lower()
    worded = _caption_lines(low)
    rows = _Rows(text.split("\n"), cells, worded)
    persons = _person_blocks(rows, low)
    groups: list[dict[str, str]] = [{}]
    siblings: list[int] = []  # groups after the first of a stacked table (_stacked)
    for i in worded:
        row = rows[i]
        captions = [c for c in row if c.field is not None]  # a field makes a caption
        if not captions or i in persons:
            continue
        stacked = (_stacked(rows, i, captions) or _listed_below(rows, i, captions)) \
            if len(captions) > 1 else []
        # names in the stacked rows are those printed over the name caption above
        named = bool(stacked) and all("name" in v for v in stacked) \
            and "commission_file_number" not in groups[-1]
        if "name" in groups[-1] and any(c.field == "name" for c in captions) and not named:
            groups.append({})
        found = groups[-1]
        if stacked:  # one registrant a row over the captions
            if "commission_file_number" in found:  # a registrant read already
                groups.append({})
            elif named:
                found.pop("name", None)
            for k, values in enumerate(stacked):
                if k:
                    groups.append({})
                    siblings.append(len(groups) - 1)
                for field, value in values.items():
                    groups[-1].setdefault(field, value)  # type: ignore[arg-type]
            found = groups[-1]
        elif siblings and siblings[-1] == len(groups) - 1 and len(captions) > 1:
            # captions repeated under a stacked table, one column per registrant (Edison)
            captions = _per_registrant(rows, i, captions, groups[siblings[0] - 1 :])
        if "address" not in found and _BLOCK_CAPTION.match(rows.lines[i]):
            found.update(_address_block(rows.lines, i))
        for cap in captions:
            if cap.field in found:
                continue
            inline = _inline_value(cap, row, cells)
            if inline is None and cap.text[0] != "(" and cap.field in _NUMBERED \
                    and cap.text[-1] != ")":
                inline = _number_under(rows, i, cap)
            if inline is not None:
                if cap.field == "address":
                    inline = _address_continued(rows, i, inline)
                found[cap.field] = inline  # type: ignore[index]
            elif cap.field == "phone" and (cap.text.endswith(":") or cap.text[0] != "("):
                # (an unbracketed caption may stand over its number too, with no colon)
                below = _phone_below(rows, i)
                if below is not None:
                    found["phone"] = below
        below = [c for c in captions if c.field in _BELOW_FIELDS and c.field not in found]
        if below and (below[0].text[0] != "(" or _numbers_below(rows, i)):
            for field, value in _values_below(rows, i, captions).items():
                found.setdefault(field, value)  # type: ignore[arg-type]
        placed = [c for c in captions if c.field == "address" or c.field == "phone"] \
            if "address" not in found else None
        if placed:
            if any(c.text[0] != "(" and (c.field == "phone" or "telephone" in c.text.lower())
                   for c in placed):
                for field, value in _block_below(rows, i).items():
                    found.setdefault(field, value)  # type: ignore[arg-type]
            if "address" not in found and any(c.field == "address" and (
                    c.text[0] != "(" or not _postcode_row(rows, i)) for c in placed):
                for field, value in _address_below(rows, i, captions).items():
                    found.setdefault(field, value)  # type: ignore[arg-type]
        pending = [c for c in captions if c.field not in found]
        if pending:
            for field, value in _values_above(rows, i, pending).items():
                found.setdefault(field, value)
    if siblings:
        _share(groups, siblings)
    return [g for g in groups if g]


# The caption closing a person's block (the "contact" captions' own spellings)
_PERSON = compiled(r"contact\s+person|agent\s+for\s+service")
_PERSON_LINES = 10


def _person_blocks(rows: _Rows, low: str) -> set[int]:
    """The lines of the blocks above a contact person's or agent's caption, up to the caption
    or captioned value above them: their "Telephone: +91 22 2653 8900" is the person's, no
    caption of the registrant's (ICICI Bank 20-F):

        ICICI Bank Towers, Bandra-Kurla Complex, Mumbai 400051, India
        (Address of principal executive offices)
        Rakesh Jha, Chief Financial Officer
        Telephone: +91 22 2653 8900
        (Name, telephone number, e-mail and/or facsimile number and address of company
        contact person)
    """
    lines: set[int] = set()
    for start in _person_captions(low):
        end = low.count("\n", 0, start)
        # the caption itself, from its opening bracket (it may wrap over lines)
        top = next((k for k in range(end, max(-1, end - 3), -1)
                    if rows.lines[k].lstrip()[:1] == "("), None)
        if top is None or not _one_bracket(" ".join(rows.lines[top : end + 1]).strip()):
            lines.add(end)  # no caption: "Contact Person: Dana Wheeler, Tel: 774 404-7685"
            continue
        lines.update(range(top, end + 1))
        for j in range(top - 1, max(-1, top - _PERSON_LINES), -1):
            text = rows.lines[j].strip()
            if text[:1] == "(" and text[-1:] == ")" and not _FIGURES.search(text) or any(
                    c.field not in (None, "phone", "contact") for c in rows[j]):
                break  # the caption of the block above, or a captioned value
            lines.add(j)
    return lines


def _person_captions(low: str) -> list[int]:
    """Where "contact person" or "agent for service" stands in `low` (str.find runs many
    times faster than a regex scan of the whole cover, and the words are rare)."""
    out = []
    for word in ("contact", "agent"):
        at = low.find(word)
        while at >= 0:
            if _PERSON.match(low, at):
                out.append(at)
            at = low.find(word, at + len(word))
    return sorted(out)


def _one_bracket(text: str) -> bool:
    """`text` is one bracketed caption: the bracket it opens with closes at its end."""
    depth = 0
    for k, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return k == len(text) - 1
    return False


# What the registrants of a stacked table share: the address, telephone and former name
# captioned once under the table
_SHARED = ("address", "zip", "phone", "former_name")


def _per_registrant(rows: _Rows, i: int, captions: list[Chunk],
                    members: list[dict[str, str]]) -> list[Chunk]:
    """A shared field captioned once per registrant of a stacked table, side by side (Edison
    International and Southern California Edison: two addresses, two telephones):

        2244 Walnut Grove Avenue ...       2244 Walnut Grove Avenue ...
        (Address of principal ...)         (Address of principal ...)
        (626) 302-2222                     (626) 302-1212
        (Registrant's telephone ...)       (Registrant's telephone ...)

    The k-th column is the k-th registrant's. Returns the captions left to read as usual."""
    rest: list[Chunk] = []
    for cap in captions:
        same = [c for c in captions if c.field == cap.field]
        if cap.field not in _SHARED or len(same) != len(members):
            rest.append(cap)
            continue
        member = members[same.index(cap)]
        if cap.field in member:
            continue
        value = _inline_value(cap, rows[i], rows.cells)
        if value is not None:
            member[cap.field] = value  # type: ignore[index]
            continue
        # the other captions keep their columns, with no field: their values are not read
        masked = [c if c is cap else Chunk(c.start, c.end, c.text, None, True)
                  for c in captions]
        for field, found in _values_above(rows, i, masked).items():
            member.setdefault(field, found)
    return rest


def _share(groups: list[dict[str, str]], siblings: list[int]) -> None:
    """Each registrant of a stacked table takes the shared fields printed once."""
    first = siblings[0] - 1
    members = [groups[k] for k in range(first, siblings[-1] + 1)]
    for field in _SHARED:
        value = next((g[field] for g in members if field in g), None)
        if value is not None:
            for group in members:
                group.setdefault(field, value)


def _stacked(rows: _Rows, i: int, captions: list[Chunk]) -> list[dict[str, str]]:
    """Several registrants' values, one row each, over one row of bracketed captions
    (a REIT and its operating partnership, an issuer and its co-issuer):

        Ferrellgas Partners, L.P.          Delaware   001-11331   43-1698480
        Ferrellgas Partners Finance Corp.  Delaware   333-06693   43-1742520
        (Exact name of registrants ...)  (States or other ...)  (Commission file numbers) ...

    Each row holds a file or IRS number; fewer than two such rows is no stacked table."""
    if sum(c.field in _BELOW_FIELDS for c in captions) < 2:
        return []
    found: list[list[Chunk]] = []
    for j in range(i - 1, max(-1, i - _STACK_LINES), -1):
        line = rows.lines[j]
        if not line.strip(_BLANK_OR_RULE):
            if found:
                break
            continue
        if _DASHED.search(line) is None:
            break  # (a quick test: a line with no file or IRS number is not cut at all)
        row = rows.without_rules(j)
        # (a value may end in brackets: "Maryland (Host Hotels & Resorts, Inc.)")
        if any(c.caption and c.text[0] == "(" for c in row) or not (
                _has_number(row) or (rows.cells and _stacked_numbers(row))):
            break
        found.insert(0, row)
    if len(found) == 1 and rows.cells:
        found = _unstack_cells(found[0])
    if len(found) < 2:
        return []
    # a name column captioned "(Registrant)" (Boston Properties), a caption of no field
    captions = captions + [Chunk(c.start, c.end, c.text, "name", True) for c in rows[i]
                           if c.field is None and c.text.lower() in _REGISTRANT_CAPTIONS]
    out = []
    for row in found:
        values: dict[str, str] = {}
        for chunk, cap in _owners(_split_straddling(row, captions), captions, rows.cells):
            if cap is not None and cap.field is not None:
                field = cap.field
                values[field] = f"{values[field]} {chunk.text}" if field in values \
                    else chunk.text
        named = _NAMED_STATE.match(values.get("state", "")) if "name" not in values else None
        if named:  # "Maryland (Host Hotels & Resorts, Inc.)": whose state it is
            values["state"], values["name"] = named.group(1), named.group(2)
        out.append(values)
    return out


_STACK_LINES = 10
_BLANK_OR_RULE = " \t" + _RULE_CHARS
_DASHED = lazy(r"\d-\d")
_REGISTRANT_CAPTIONS = ("(registrant)", "(registrants)")


def _listed_below(rows: _Rows, i: int, captions: list[Chunk]) -> list[dict[str, str]]:
    """Registrants listed one a row UNDER a head of unbracketed captions (Edison 2017):

        Commission File Number | Exact Name of Registrant ... | State or Other Jurisdiction
        of Incorporation or Organization | IRS Employer Identification Number
        1-9936 | EDISON INTERNATIONAL | California | 95-4137452
        1-2313 | SOUTHERN CALIFORNIA EDISON COMPANY | California | 95-1240335

    The head may run over several lines (a caption of its column on the next one); a name
    wrapped onto the line under its row is joined to it. One row is no list (_values_below
    reads it)."""
    if not any(c.field == "name" and c.text[0] != "(" for c in captions) \
            or sum(c.field in _BELOW_FIELDS for c in captions) < 1:
        return []
    head = list(captions)
    j = i + 1
    end = min(len(rows.lines), i + 1 + _BELOW_LINES)
    while j < end and not _has_number(rows.without_rules(j)):
        fields = {c.field for c in head}
        head += [c for c in rows[j] if c.field is not None and c.field not in fields]
        j += 1
    if sum(c.field in _BELOW_FIELDS for c in head) < 2:
        return []
    out: list[dict[str, str]] = []
    for k in range(j, min(len(rows.lines), j + _STACK_LINES)):
        row = rows.without_rules(k)
        if not row or any(c.caption for c in row):
            break
        owned = _owners(_split_straddling(row, head), head, rows.cells)
        if not _has_number(row):
            if out and all(cap is not None and cap.field == "name" for _, cap in owned):
                out[-1]["name"] = f"{out[-1].get('name', '')} {row[0].text}".strip()
                continue
            break
        values: dict[str, str] = {}
        for chunk, cap in owned:
            if cap is not None and cap.field is not None:
                field = cap.field
                values[field] = f"{values[field]} {chunk.text}" if field in values \
                    else chunk.text
        out.append(values)
    return out if len(out) >= 2 else []
_NAMED_STATE = lazy(r"([^()]{2,40}?) \(([^()]{2,150})\)$")
_CLOSED = lazy(r"(?<=\)) ")


def _stacked_numbers(row: list[Chunk]) -> bool:
    """A rendered cell holding several numbers, one per registrant: "001-14625 0-25087"."""
    return any(" " in c.text and all(_NUMBER_CHUNK.fullmatch(w) for w in c.text.split(" "))
               for c in row)


def _unstack_cells(row: list[Chunk]) -> list[list[Chunk]]:
    """A rendered row whose cells each stack one value per registrant (lines of a cell
    joined by spaces): "Maryland (Host Hotels & Resorts, Inc.) Delaware (Host Hotels &
    Resorts, L.P.) | 001-14625 0-25087 | 53-0085950 52-2095412" -> one row per registrant.
    The number cells say how many; every other cell must part into as many."""
    parts = []
    for chunk in row:
        words = chunk.text.split(" ")
        numbers = all(_NUMBER_CHUNK.fullmatch(w) for w in words)
        parts.append(words if numbers else _CLOSED.split(chunk.text))
    counts = {len(p) for p in parts}
    if len(counts) != 1 or counts == {1}:
        return [row]
    return [[Chunk(c.start, c.end, p[k], None, False) for c, p in zip(row, parts, strict=True)]
            for k in range(len(parts[0]))]


# Captions printed without brackets ABOVE their values, a rule maybe between (old 8-Ks):
#     State or other jurisdiction       Commission File          IRS Employer
#     of incorporation                  Number                   Identification No.
#     ---------------------------       ---------------          ------------------
#     Pennsylvania                      0-25328                  23-2576479
# The value row is the first one below holding a file or IRS number as a whole chunk.
_BELOW_FIELDS = ("state", "commission_file_number", "irs_employer_id")
_NUMBER_CHUNK = compiled(r"\d{1,4}-\d{2,6}(?:-\d{1,3})?|\d{2}-?\d{7}")
_BELOW_LINES = 4


def _values_below(rows: _Rows, i: int, captions: list[Chunk]) -> dict[str, str]:
    """The row of values under unbracketed captions on line i, by column; none when the
    row above holds the numbers (captions under values, with no brackets)."""
    for j in range(i - 1, max(-1, i - 3), -1):
        if rows.without_rules(j):
            if _has_number(rows.without_rules(j)):
                return {}
            break
    for j in range(i + 1, min(len(rows.lines), i + 1 + _BELOW_LINES)):
        row = rows.without_rules(j)
        if not _has_number(row):
            continue
        out: dict[str, str] = {}
        for chunk, cap in _owners(_split_straddling(row, captions), captions, rows.cells):
            if cap is not None and cap.field in _BELOW_FIELDS and not chunk.caption:
                out[cap.field] = f"{out[cap.field]} {chunk.text}" if cap.field in out \
                    else chunk.text
        return out
    return {}


def _numbers_below(rows: _Rows, i: int) -> bool:
    """Bracketed captions on line i stand ABOVE their values (1990s and HTML covers):
        (State or other jurisdiction  (Commission File Number)  (IRS Employer
           of incorporation)                                     Identification No.)
               Delaware                   0-21234                 13-3456789
    The nearest row above is caption text (the name's), not a value that the captions close;
    the first row below that is not caption text holds a file or IRS number, and no such
    captions close that row from under it (a second block of values over captions)."""
    for j in range(i - 1, max(-1, i - 4), -1):
        row = rows.without_rules(j)
        if row:
            if not all(c.caption for c in row):
                return False
            break
    j = i + 1
    end = min(len(rows.lines), i + 1 + _BELOW_LINES)
    while j < end and not (rows.without_rules(j)
                           and not all(c.caption for c in rows.without_rules(j))):
        j += 1
    if j == end or not _has_number(rows.without_rules(j)):
        return False
    for k in range(j + 1, min(len(rows.lines), j + 3)):
        row = rows[k]
        if row:
            return not any(c.field in _BELOW_FIELDS for c in row)
    return True


# a postal code closing a chunk: "Minneapolis, Minnesota 55401", "55401" (not "13-3456789")
_POSTCODE_END = lazy(r"(?<![\d-])\d{5}(?:-\d{4})?$|[A-Z]\d[A-Z] ?\d[A-Z]\d$")


def _postcode_row(rows: _Rows, i: int) -> bool:
    """The nearest row above line i ends an address with its postal code: the bracketed
    address caption on line i closes that address (the usual layout), not one below."""
    for j in range(i - 1, max(-1, i - 4), -1):
        row = rows.without_rules(j)
        if row:
            return any(_POSTCODE_END.search(c.text) for c in row)
    return False


def _address_below(rows: _Rows, i: int, captions: list[Chunk]) -> dict[str, str]:
    """The address (and zip) under an unbracketed "Address of principal executive offices"
    caption on line i, when a street line stands under it and none above it."""
    def near(step: int) -> int | None:
        j = i + step
        while 0 <= j < len(rows.lines) and abs(j - i) <= 3:
            if rows.without_rules(j):
                return j
            j += step
        return None

    above, below = near(-1), near(1)
    first = rows.without_rules(below)[0].text if below is not None else ""
    if not _is_street(first) or not cut_phone(first)[0]:
        return {}  # no street under the caption (a bare "781 466 8080" is a telephone)
    if above is not None and _is_street(rows.without_rules(above)[0].text):
        return {}  # the caption closes an address above it
    parts: dict[str, list[str]] = {}
    for j in range(below, min(len(rows.lines), below + 3)):
        row = rows.without_rules(j)
        if not row or any(c.caption for c in row):
            break
        for chunk, cap in _owners(row, captions, rows.cells):
            if cap is not None and cap.field in ("address", "zip"):
                parts.setdefault(cap.field, []).append(chunk.text)
    return {field: _join(field, texts) for field, texts in parts.items()}


def _has_number(row: list[Chunk]) -> bool:
    return any(not c.caption and _NUMBER_CHUNK.fullmatch(c.text) for c in row)


# Registration statements (S-1, S-3, F-1, Form 10) caption the whole block at once: street,
# city line and telephone stand above "(Address, including zip code, and telephone number,
# including area code, of registrant's principal executive offices)", one per line.
_BLOCK_CAPTION = compiled(
    r"[ \t]*+\(address,?[ \t]+(?:including[ \t]+(?:the[ \t]+)?zip[ \t]+code,?[ \t]+)?"
    r"(?:and[ \t]+)?telephone", re.I)
_BLOCK_LINES = 4


def _address_block(lines: list[str], i: int) -> dict[str, str]:
    """address, zip and phone from the lines above the block caption on line i; the lines
    run up to a blank-line gap or to the caption above ("...Identification No.)")."""
    texts: list[str] = []
    phone: str | None = None
    blanks = 0
    for j in range(i - 1, max(-1, i - 3 * _BLOCK_LINES), -1):
        line = " ".join(lines[j].split())
        if not line:
            blanks += 1
            if blanks > 1 and texts:
                break
            continue
        blanks = 0
        rest, number = cut_phone(line)
        if number is None and (line.startswith("(") or line.endswith(")")):
            break  # a caption: the block is above it no more
        phone = number or phone
        if rest:
            texts.insert(0, rest)
        if len(texts) == _BLOCK_LINES:
            break
    return _block_fields(texts, phone)


def _block_below(rows: _Rows, i: int) -> dict[str, str]:
    """address, zip and phone from a block of one-column lines under an unbracketed
    telephone caption that names the address too, on its line or the one above (Zurn 1994):

                                  Address and
                               Telephone Number
                                One Zurn Place
                           Erie, Pennsylvania  16505
                                 814-452-2111
    """
    above = rows.lines[i - 1] if i else ""
    if "address" not in rows.lines[i].lower() and "address" not in above.lower():
        return {}
    texts: list[str] = []
    phone: str | None = None
    for j in range(i + 1, min(len(rows.lines), i + 2 + _BLOCK_LINES)):
        row = rows.without_rules(j)
        if not row:
            if texts:
                break  # a blank line ends the block
            continue
        if any(c.caption for c in row) or any(
                b.start - a.end > 4 for a, b in zip(row, row[1:], strict=False)):
            break  # a caption, or columns side by side ("Erie, Pennsylvania  16505" is one)
        rest, phone = cut_phone(" ".join(c.text for c in row))
        if not texts and not _is_street(rest):
            return {}  # a block opens with its street
        if rest:
            texts.append(rest)
        if phone is not None:
            break  # the telephone closes the block
    return _block_fields(texts, phone) if texts else {}


def _block_fields(texts: list[str], phone: str | None) -> dict[str, str]:
    """address, zip and phone of an address block's lines and its telephone number."""
    if not texts:
        return {"phone": phone} if phone else {}
    out = {"address": ", ".join(t.rstrip(",") for t in texts)}
    postcode = POSTCODE.search(out["address"])
    if postcode:  # the zip column is the block's own, not a caption's further down
        out["address"], out["zip"] = out["address"][: postcode.start()], postcode.group(1)
    if phone:
        out["phone"] = phone
    return out


def _owner(chunk: Chunk, captions: list[Chunk]) -> Chunk | None:
    """The caption a value chunk stands above: nearest centre; a lone caption, if it overlaps."""
    if len(captions) == 1:
        cap = captions[0]
        slack = 12.0
        if chunk.end >= cap.start - slack and chunk.start <= cap.end + slack:
            return cap
        return None
    # min() by distance, first wins a tie, without a key function per caption
    centre = chunk.centre
    best = captions[0]
    best_gap = abs(best.centre - centre)
    for cap in captions:
        gap = abs(cap.centre - centre)
        if gap < best_gap:
            best, best_gap = cap, gap
    return best


def _owners(row: list[Chunk], captions: list[Chunk],
            cells: bool = False) -> list[tuple[Chunk, Chunk | None]]:
    """Each chunk with the caption it stands over (_owner). A row of single-line values with
    one chunk per caption pairs in order when the nearest centres would give one caption two
    values and another none: "Ontario, Canada   001-31234   98-0123456" over captions that
    sit right of their values, "(State ... incorporation)  (Commission File Number)  (IRS
    Employer Identification No.)" on one line."""
    pairs = [(chunk, _owner(chunk, captions)) for chunk in row]
    if cells and len(row) < len(captions):
        return _by_kind(pairs, captions)
    if len(captions) < 2 or len(row) != len(captions) \
            or len({id(cap) for _, cap in pairs}) == len(pairs):
        return pairs
    if any(c.caption for c in row) or any(c.field in MULTILINE_FIELDS for c in captions):
        return pairs
    return list(zip(row, sorted(captions, key=lambda c: c.start), strict=True))


# What a number in a cover's value row is, by its shape (a file number is any other).
_KINDS = (("irs_employer_id", compiled(r"\d{2}-\d{7}")),
          ("commission_file_number", compiled(r"\d{1,4}-\d{2,6}(?:-\d{1,3})?")),
          ("sic_code", compiled(r"\d{4}")))


def _by_kind(pairs: list[tuple[Chunk, Chunk | None]],
             captions: list[Chunk]) -> list[tuple[Chunk, Chunk | None]]:
    """A rendered row drops its empty cells, so a row with fewer cells than the caption row
    has lost its columns: "Delaware | 13-3764753" under state, file number and IRS captions
    (no file number yet). A number goes to the caption its shape names, if there is one."""
    by_field = {c.field: c for c in captions}
    out = []
    for chunk, cap in pairs:
        for field, shape in _KINDS:
            if field in by_field and shape.fullmatch(chunk.text):
                cap = by_field[field]
                break
        out.append((chunk, cap))
    return out


def _split_straddling(row: list[Chunk], captions: list[Chunk]) -> list[Chunk]:
    """ "0-27568 65-0617076" over "(Commission File Number) (IRS Employer ...)": cut in words."""
    if len(captions) < 2:
        return row
    out: list[Chunk] = []
    for chunk in row:
        if not chunk.caption:
            start, end = chunk.start, chunk.end
            over = 0
            address = False
            for c in captions:
                if c.start < end and start < c.end:
                    over += 1
                    address = address or c.field == "address"
            # (an address line running under the zip caption stays whole: its words are
            # the address's, and split_address reads a postcode at its end)
            if over >= 2 and not address:
                offset = start
                for word in chunk.text.split(" "):
                    out.append(Chunk(offset, offset + len(word), word, None, False))
                    offset += len(word) + 1
                continue
        out.append(chunk)
    return out


def _values_above(rows: _Rows, i: int, captions: list[Chunk]) -> dict[str, str]:
    parts: dict[str, list[str]] = {}
    lines_of: dict[str, list[int]] = {}
    done: set[str] = set()
    fields = {c.field for c in captions if c.field is not None}
    blanks = 0
    bridged = False  # crossed the blank line between a city line and its street line
    state: str | None = None  # "(A Delaware Corporation)"
    for j in range(i - 1, max(-1, i - 8), -1):
        row = rows.without_rules(j)
        if not row:
            if parts:  # a blank line ends a value already begun ...
                if not (_city_line_only(parts) or bridged and _box_line_first(parts)):
                    break
                bridged = True  # ... but for the street over a city line (HTML <p> lines)
                continue  # (and over a P.O. box line: "(P.O. Box 976)" under the street)
            blanks += 1
            if blanks > 3:
                break
            continue
        owned: dict[str, list[Chunk]] = {}
        blocked: set[str] = set()
        for chunk, cap in _owners(_split_straddling(row, captions), captions, rows.cells):
            if chunk.caption and chunk.text[:3].lower() in ("(a ", "(an"):
                incorporated = INCORPORATED.fullmatch(chunk.text)
                if incorporated:  # under the name: a value, and no caption closing its column
                    state = state or incorporated.group("state")
                    continue
            if cap is None or cap.field is None:
                continue
            if chunk.caption:
                blocked.add(cap.field)  # another caption stands there: that column is closed
            else:
                owned.setdefault(cap.field, []).append(chunk)
        done |= blocked
        if bridged and not _is_street(" ".join(c.text for c in owned.get("address", ()))):
            break  # past the blank line only a street line belongs to the address
        for field, chunks in owned.items():
            if field in done:
                continue
            text = " ".join([c.text for c in chunks])
            if field in parts and (field == "name" and _NAME_STOP.search(text)):
                done.add(field)
                continue
            parts.setdefault(field, []).insert(0, text)
            lines_of.setdefault(field, []).insert(0, j)
            if len(parts[field]) >= MULTILINE_FIELDS.get(field, 1):
                done.add(field)
        if not owned and parts:
            break
        if fields <= done:
            break
        # single-line fields take one line only
        for field in parts:
            if field not in MULTILINE_FIELDS:
                done.add(field)
    _first_address_only(parts, lines_of)
    out = {field: _join(field, texts) for field, texts in parts.items()}
    if state is not None:
        out.setdefault("state", state)
    return out


_BOX_LINE = lazy(r"\(?P\.?\s?O\.?\s+Box\b", re.I)


def _city_line_only(parts: dict[str, list[str]]) -> bool:
    """Only the address is begun, and only with a line that holds no street."""
    lines = parts.get("address")
    return len(parts) == 1 and lines is not None and len(lines) == 1 and not _is_street(lines[0])


def _is_street(text: str) -> bool:
    return STREET_LINE.match(text) is not None


def _box_line_first(parts: dict[str, list[str]]) -> bool:
    """Only the address is begun, and its top line so far is a P.O. box over a city line."""
    lines = parts.get("address")
    return len(parts) == 1 and lines is not None and len(lines) == 2 \
        and _BOX_LINE.match(lines[0]) is not None


def _first_address_only(parts: dict[str, list[str]], lines_of: dict[str, list[int]]) -> None:
    """Two zip codes in the zip column: two offices are listed; the first is the registrant's."""
    zips = lines_of.get("zip", [])
    if len(zips) < 2:
        return
    parts["zip"] = parts["zip"][:1]
    if "address" in parts:
        keep = [k for k, line in enumerate(lines_of["address"]) if line < zips[1]]
        parts["address"] = [parts["address"][k] for k in keep] or parts["address"][:1]


def _former_address(texts: list[str]) -> int:
    """Where a former address starts in the lines under the former-name caption: a street
    line, with a postal code closing the lines ("724 Solutions Inc." is a name)."""
    k = next((k for k, t in enumerate(texts) if _is_street(t)), len(texts))
    return k if k < len(texts) and POSTCODE.search(texts[-1].rstrip(" .")) else len(texts)


def _join(field: str, texts: list[str]) -> str:
    if field == "former_name":  # "(Former name or former address ...)": the name is above
        texts = texts[: _former_address(texts)]
    if field != "address":
        return " ".join(texts)
    # an address printed over two lines reads "street, city, state"
    return " ".join(t if t.endswith(",") or t is texts[-1] else t + "," for t in texts)
