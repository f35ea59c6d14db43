"""Cut a cover's lines into chunks and tell which chunks are captions.

A chunk is a run of text separated by 2+ spaces or a tab (in HTML-rendered text, `cells=True`,
a tab separates table cells and a chunk's column is its cell index); a chunk is a caption when
it matches a row of the caption table (CAPTIONS) or is a parenthesised phrase without figures
(or the wrapped tail of a square-bracketed one: "of incorporation or organization]").
Also here: the caseless matching the cover readers share (lowered, Caseless), the values that
state nothing (NONE_VALUES, NONE_CELLS), and Rows, a cover's lines chunked on demand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..regex_cache import compiled


def rendered_cells(fmt: str, text: str) -> bool:
    """Whether `text` (of a document in format `fmt`) is rendered HTML, whose table cells a
    tab parts. Rendering collapses runs of blanks, so text holding three in a row was typed
    in columns, as plain text is: an HTML document's <pre> text, or plain text in an HTML
    wrapper."""
    return fmt == "html" and "   " not in text


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
    # ("(Registrant's exact name as specified in its charter)" too)
    ("name", (r"exact\s+name\b|name\s+of\s+(?:the\s+)?registrant"
              r"|name\s+of\s+small\s+business\s+issuer",), ("name",)),
    # a foreign issuer's 6-K: "(Translation of registrant's name into English)", the only name
    # it prints (a 20-F prints it under the exact name, often blank)
    ("translated_name", (r"translation\s+of\s+(?:the\s+)?registrant.s\s+name",), ("name",)),
    ("state", (
        # (plural for several registrants: "(States or other jurisdictions of ...)")
        r"states?\s+o[rf]\s+other|other\s+jurisdiction"
        r"|states?\s+of\s+(?:incorporation|organi[sz]ation)"
        r"|jurisdictions?\s+of\s+(?:incorporation|organi[sz]ation)"
        r"|country\s+of\s+(?:incorporation|organi[sz]ation)", r"^\(?state(?:\s+of)?\)?$"),
     ("state", "jurisdiction", "country")),
    # (wrapped: "(Commission" or "(SEC File" over "Number)")
    ("commission_file_number", (r"commission\s+file|file\s+n(?:o|umber)",
                                r"^\((?:commission|sec\s+file)\b"),
     ("commission", "file")),
    # (Microsoft's "(I.R.S. ID)" names no employer; "(I.R.S." alone opens a caption wrapped
    # over three lines, "Employer" / "Identification No.)" under it)
    ("irs_employer_id", (
        r"i\.?\s?r\.?\s?s\.?\s+employer|employer\s+identification|employer\s+i\.?\s?d"
        r"|i\.\s?r\.\s?s\.\s+(?:id|no)\b|\bi\.?\s?r\.?\s?s\.?\s+identification",
        r"^\(?identification\s+n", r"^\(i\.?\s?r\.?\s?s\.?$"),
     ("employer", "identification", "i.r.s.", "(irs")),
    # (not a signer's "(Principal Executive Officer)")
    # (or the street's own column: "(Street)", "(Number and Street)", "(Address)" beside
    # "(City)")
    ("address", (r"address\s+of\s+principal|principal\s+executive\s+office(?!r)",
                 r"^\((?:(?:(?:number|no\.)\s+and\s+)?street(?:\s+address)?|address)\)$"),
     ("address", "principal", "(street", "street)")),
    ("zip", (r"\bzip\b|postal\s+code",), ("zip", "postal")),
    # the address cut into columns, each over its caption: "Wessex House, 45 Reid Street
    # Hamilton  Bermuda  HM 12" over "(Address ...) (City) (Country) (Zip Code)"
    ("city", (r"^\(city\)$",), ("(city",)),
    ("country", (r"^\(country\)$",), ("country",)),
    # (also "(Registrant's phone number, including area code)")
    ("phone", (r"(?:tele)?phone\s+n(?:umber|o\b)", r"^telephone\s?:"), ("phone",)),
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


# English letters, commonest first: a caption word is searched from its rarest character
_COMMONEST = "etaoinshrdlcumwfgypbvkjxqz"


def _by_rare_letter(words: tuple[str, ...]) -> str:
    """An alternation of `words`, each entered at its rarest character and checked back to
    its start by a lookbehind ("m(?<=nam)e" for "name"), the alternatives grouped by that
    character: the engine tries a match only where the text holds one of the entry
    characters, and "m", "p", "f", "d", "y" stand far less often than the first letters
    "n", "s", "c", "e", "a", "i" (a cover's caption-line scan -15% instructions)."""
    rests: dict[str, list[str]] = {}
    for word in words:
        # (a character no letter, "(" or ".", is the rarest of all)
        k = max(range(len(word)), key=lambda n: _COMMONEST.find(word[n]) % 99)
        back = f"(?<={re.escape(word[: k + 1])})" if k else ""
        rests.setdefault(word[k], []).append(back + re.escape(word[k + 1 :]))
    return "|".join(re.escape(entry) + (tails[0] if len(tails) == 1
                                        else f"(?:{'|'.join(tails)})")
                    for entry, tails in rests.items())


# The first caption word of a line and the rest of the line, so that a scan of the lowered
# region stops once per such line.
WORD_LINE = compiled(f"(?:{_by_rare_letter(_CAPTION_WORDS)})[^\n]*")
# word -> the field it gates and the field's spellings, compiled for the lowered chunk
_WORD_FIELDS = tuple(
    (word, name, tuple(compiled(spelling) for spelling in spellings))
    for name, spellings, words in _CAPTION_TABLE for word in words)
# A cover value that states nothing: "N/A" ("N / A"), "N.A.", "None", "Not applicable", "No
# change (since last report)", "Not changed from last report", "Unchanged", a dash
_NONE = (r"n ?/ ?a|n\.? ?a|none|(?:not\s+|in)applicable"
         r"|(?:no\s+changes?|not\s+changed)(?:\s+(?:since|from)\s+(?:the\s+)?last\s+report)?"
         r"|unchanged|[-\u2013\u2014]+")
# a 12(b) table's cell: "SAME" there may be a trading symbol
NONE_CELLS = compiled(rf"^(?:{_NONE})\.?$", re.I)
# a caption's value: also "Same (as above)", a former name unchanged
NONE_VALUES = compiled(rf"^(?:{_NONE}|same(?:\s+as\s+(?:above|before))?)\.?$", re.I)
MULTILINE_FIELDS = {"name": 3, "translated_name": 3, "address": 4, "former_name": 4, "zip": 3}

# words joined by single spaces; equals [^\s](?:[^\s]| (?=[^\s]))* and is linear: a run of
# \S+ can only be followed by a space, so nothing is ever tried twice
_CHUNK = compiled(r"\S+(?: \S+)*")
_PAREN_SPLIT = compiled(r" (?=\()")
FIGURES = compiled(r"\d{3}")
_RULE = compiled(r"^[\s\-=_*~.]*$")  # "- ------", "=====" or blank
RULE_CHARS = "-=_*~."


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
        # (one assignment each: a five-name tuple would be built and unpacked per chunk)
        self.start = start
        self.end = end
        self.text = text
        self.field = field
        self.caption = caption
        self.centre = (start + end) / 2


def caption_field(text: str) -> str | None:
    # the same caption spellings recur on cover after cover ("(Commission File Number)"):
    # a short chunk's answer is kept (a long one, a paragraph, is rarely seen twice)
    return _known_field(text) if len(text) <= _KEPT_CHARS else _caption_field(text)


_KEPT_CHARS = 160


@lru_cache(maxsize=4096)
def _known_field(text: str) -> str | None:
    return _caption_field(text)


def _caption_field(text: str) -> str | None:
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
    # "(Zip Code)", "of incorporation)", "report)": caption pieces without a field word, or
    # the tail of a square-bracketed one ("[State or other jurisdiction" over "of
    # incorporation or organization]", Apple's 1990s covers; not a check box's "[X]")
    # (the cheap bracket test first: most chunks are values without brackets)
    return (text.startswith("(") or text.endswith(")")
            or text.endswith("]") and "[" not in text) and not FIGURES.search(text) \
        and not _formerly(text)


def _formerly(text: str) -> bool:
    """A bracketed former name ("(Formerly Union Camp Paper Company)", "(formerly known as
    ...)"): a value, not a caption's piece (only tested on a chunk in brackets)."""
    return text[1:9].lower() == "formerly"


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
    chunks: list[Chunk] = []
    append = chunks.append
    if cells:
        spans = [(index * 100.0, index * 100.0 + 99.0, text)
                 for index, text in enumerate(map(str.strip, line.split("\t"))) if text]
        for start, end, text in spans:
            if " (" in text and caption_field(text) is not None:
                split = _split_captions(text, cells)
                if split is not None:
                    for part_start, part_end, part, _ in _placed(start, end, text, split):
                        append(Chunk(part_start, part_end, part, None, False))
                    continue
            append(Chunk(start, end, text, None, False))
        return chunks
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


# a chunk's captions, each with its field (_caption_parts)
_Parts = tuple[tuple[str, str | None], ...]


def _split_captions(text: str, cells: bool) -> _Parts | None:
    """_caption_parts; a rendered cell is parted only when its first part is a caption too
    (a cell may hold its value before its caption, "Minnesota (State or Other
    Jurisdiction)": inline_value reads it whole)."""
    split = _caption_parts(text)
    if split is not None and cells and not _is_caption(*split[0]):
        return None
    return split


def _placed(start: float, end: float, text: str, split: _Parts
            ) -> list[tuple[float, float, str, str | None]]:
    """Each part of a chunk where it stands: its characters in text, its share of the cell
    in a rendered cell ("(State ...) (Commission File Number) (IRS ...)" typed in one
    paragraph, over "Delaware 333-149862 26-1581234")."""
    scale = (end - start) / len(text)
    out = []
    offset = 0
    for part, field in split:
        bare = part.strip()  # (a <PRE> line's cell keeps its runs of spaces)
        out.append((start + offset * scale, start + (offset + len(bare)) * scale, bare, field))
        offset += len(part) + 1
    return out


def _caption_parts(text: str) -> _Parts | None:
    """ "(State or other jurisdiction (Commission": two captions in one run, cut at each
    " (" with their fields; None when a part after a cut is no caption ("...area code: +1
    (345) 949-0100" is one caption and its value)."""
    # (kept as caption_field's answers are: these caption runs recur from cover to cover)
    return _known_parts(text) if len(text) <= _KEPT_CHARS else _parts_of(text)


@lru_cache(maxsize=1024)
def _known_parts(text: str) -> _Parts | None:
    return _parts_of(text)


def _parts_of(text: str) -> _Parts | None:
    parts = _PAREN_SPLIT.split(text)
    fields = [caption_field(part) for part in parts]
    if all(_is_caption(part, field) for part, field in zip(parts[1:], fields[1:], strict=True)):
        return tuple(zip(parts, fields, strict=True))
    return None


def _cut(line: str, cells: bool, fields: bool) -> list[Chunk]:
    """chunk_line; `fields=False` for a line known to hold no caption word, whose chunks
    caption_field would all answer None."""
    if not line or line.isspace():
        return []  # blank lines are common above captions: no chunk, whatever the mode
    # (_is_caption inline: this runs for every chunk of every line read)
    figures = FIGURES.search
    if not fields and not cells:  # (the commonest case: chunks straight from the matches)
        return [Chunk(float(m.start()), float(m.end()), text, None, (
            text[0] == "(" or text[-1] == ")"
            or text[-1] == "]" and "[" not in text) and not figures(text) and not _formerly(text))
                for m in _CHUNK.finditer(line) for text in [m.group()]]
    if cells:
        spans = [(index * 100.0, index * 100.0 + 99.0, text)
                 for index, text in enumerate(map(str.strip, line.split("\t"))) if text]
        if not fields:
            return [Chunk(start, end, text, None, (text[0] == "(" or text[-1] == ")"
                                                   or text[-1] == "]" and "[" not in text)
                          and not figures(text) and not _formerly(text))
                    for start, end, text in spans]
    else:  # (spans straight from the matches: no list of them built first)
        spans = ((float(m.start()), float(m.end()), m.group()) for m in _CHUNK.finditer(line))
    chunks: list[Chunk] = []
    append = chunks.append
    for start, end, text in spans:
        field = caption_field(text)
        if field is not None:
            if " (" in text:
                split = _split_captions(text, cells)
                if split is not None:
                    for part_start, part_end, part, pfield in _placed(start, end, text, split):
                        append(Chunk(part_start, part_end, part, pfield,
                                     _is_caption(part, pfield)))
                    continue
            append(Chunk(start, end, text, field, True))
        else:
            append(Chunk(start, end, text, None, (text[0] == "(" or text[-1] == ")"
                                                  or text[-1] == "]" and "[" not in text)
                         and not figures(text) and not _formerly(text)))
    return chunks


class Rows:
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
            row = self.solid[i] = [c for c in self[i] if c.text[0] not in RULE_CHARS
                                   or not _RULE.match(c.text)]
        return row


# the tabs parting a line's columns, with the blanks typed around them
_TAB_RUN = compiled(r" *+\t[\t ]*+")


def untab(region: str) -> str:
    """Text with its tabs expanded to blanks. Lines typed on a word processor's tab stops,
    not eight columns apart ("Delaware<TAB>0-27505<TAB>04-3469590" over "(State of
    incorporation)<TAB>(Commission File Number)<TAB>(IRS Employer Identification No.)"),
    lose their columns that way: two or more lines in a row parted into as many columns by
    their tabs have each column start where the rightmost of its lines puts it."""
    out: list[str] = []
    done = 0  # the region is copied up to here
    block: list[tuple[int, int, list[str]]] = []  # (start, end, columns) of lines in a row
    at = region.find("\t")
    while at >= 0:  # (only the lines holding a tab are visited)
        start = region.rfind("\n", 0, at) + 1
        end = region.find("\n", at)
        end = len(region) if end < 0 else end
        parts = _TAB_RUN.split(region[start:end].strip(" \t"))
        if block and (block[-1][1] + 1 != start or len(block[-1][2]) != len(parts)):
            done = _flush(region, done, block, out)
        if len(parts) > 1:
            block.append((start, end, parts))
        at = region.find("\t", end)
    if block:
        done = _flush(region, done, block, out)
    out.append(region[done:].expandtabs(8))
    return "".join(out)


def _flush(region: str, done: int, block: list[tuple[int, int, list[str]]],
           out: list[str]) -> int:
    """Copy the region up to the block's end into `out`, the block's lines aligned when it
    holds two or more; return where the copy stopped."""
    start, end = block[0][0], block[-1][1]
    out.append(region[done:start].expandtabs(8))
    lines = region[start:end].split("\n")
    if len(block) < 2:
        out.append(lines[0].expandtabs(8))
    else:
        out.append("\n".join(_aligned([line.expandtabs(8) for line in lines],
                                       [parts for _, _, parts in block])))
    block.clear()
    return end


def _aligned(expanded: list[str], parts: list[list[str]]) -> list[str]:
    """The lines of a tab-parted block (each expanded, and its column texts), each column
    moved right to the furthest start its lines give it, two blanks clear of the last."""
    starts = []
    for line, texts in zip(expanded, parts, strict=True):
        at, found = 0, []
        for text in texts:
            at = line.find(text, at)
            found.append(at)
            at += len(text)
        starts.append(found)
    ends = [s[0] + len(p[0]) for s, p in zip(starts, parts, strict=True)]
    out = [[line[: s[0]], p[0]] for line, s, p in zip(expanded, starts, parts, strict=True)]
    for k in range(1, len(parts[0])):  # (pieces joined once: no line rebuilt per column)
        column = max(max(s[k] for s in starts), max(ends) + 2)
        for pieces, p, end in zip(out, parts, ends, strict=True):
            pieces.append(" " * (column - end))
            pieces.append(p[k])
        ends = [column + len(p[k]) for p in parts]
    return ["".join(pieces) for pieces in out]
