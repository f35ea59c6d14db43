"""Read a caption's value printed on its own line: after a colon ("Commission File Number:
1-416"), after "No." or the closing bracket, in the chunk right of it, in the same HTML cell
before its caption (bracketed or not: "001-36054<br>Commission File Number") or after it (a
state, a name, an address, a zip; "Exact name of registrant as specified in its
charter<br>Acme Corp."), or on the next line (a wrapped number caption, an address's city
line, a telephone number alone under its caption, bracketed or not).
"""

from __future__ import annotations

import re

from ..lazy_re import lazy
from ..regex_cache import compiled
from .cover_address import (
    POSTCODE,
    STREET_LINE,
    cut_phone,
    known_place,
    last_char,
    place_parts,
)
from .cover_chunks import Chunk, Rows, caption_field
from .cover_names import bare_name, name_line

# Captions that may carry their number after "No." or "Number" with no colon between.
NUMBERED = {
    # (a fund's "Investment Company Act file number 811-04321": N-CSR, N-Q, N-PX)
    "commission_file_number": compiled(r"(?i:commission|sec|company\s+act)\b"),
    # (or "I.R.S. No. 13-2865787" typed in a row of values, beside the file number)
    "irs_employer_id": compiled(r"(?i:employer|i\.\s?r\.\s?s\.)"),
}
# (or after the closing bracket of the caption: "(Commission File Number) 0-1234"; or after
# "#", no word boundary before it: "Commission File #1-5075")
_NUMBER_AFTER = lazy(
    r"(?:\b(?:[Nn][Oo]\.?|[Nn]umber|NUMBER)|#)\)?[ \t]*(\d[\dA-Z\-]{2,20})$")


def _number_after(text: str) -> str | None:
    """_NUMBER_AFTER's number, closing the caption. (Its last character is tested first: most
    captions end in a word or a bracket.)"""
    last = last_char(text)
    if last == ")" and text[:1] == "(":  # the caption bracketed with its number in it
        text = text.rstrip()[:-1]  # ("(Commission File No. 1-5075)", as legends print it)
        last = last_char(text)
    elif last == "." and text.rstrip()[-2:-1].isdigit():  # a sentence's full stop after it
        text = text.rstrip()[:-1]  # ("Commission File Number 1-5075.")
        last = last_char(text)
    if not (last.isdigit() or last.isupper() or last == "-"):
        return None
    number = _NUMBER_AFTER.search(text)
    return number.group(1) if number else None


# the shape of a number standing in its own chunk right of its bracketed caption
_NUMBER_SHAPE = {"commission_file_number": lazy(r"\d{1,4}-\d{2,6}(?:-\d{1,3})?"),
                 "irs_employer_id": lazy(r"\d{2}-\d{7}")}


# an Exchange Act file number ("1-3473", "0-27505", "001-14905"; a BDC's "814-00631")
_EXCHANGE_ACT_NUMBER = lazy(r"(?:0{0,2}[01]|814)-\d")


def _numbered(chunk: Chunk) -> bool:
    """A caption that may carry its number after "No." ("Commission File No. 0-21234"), or a
    bare "File No." (checked against its number by _registrant_number)."""
    return chunk.field == "commission_file_number" \
        or NUMBERED[chunk.field].search(chunk.text) is not None


def bare_file_number(chunk: Chunk) -> bool:
    """A "File No. 1-1234" caption naming no commission, with no colon: the registrant's only
    on a cover that captions another of its fields (a letter's "Re:" lines print one too)."""
    return chunk.field == "commission_file_number" and ":" not in chunk.text \
        and NUMBERED["commission_file_number"].search(chunk.text) is None


def _registrant_number(chunk: Chunk, number: str) -> bool:
    """A bare "File No." names the registrant's file only before an Exchange Act number
    ("File No. 1-1234" on a 1990s 8-K cover): a letter's "File No. 333-123596" names a
    registration statement."""
    return NUMBERED[chunk.field].search(chunk.text) is not None \
        or _EXCHANGE_ACT_NUMBER.match(number) is not None


def inline_value(chunk: Chunk, row: list[Chunk], cells: bool) -> str | None:
    """ "Commission File Number: 1-416", "...area code:   (408) 996-1010" """
    head, colon, tail = chunk.text.partition(":")
    if not colon and chunk.field == "phone":
        phone = _phone_after(chunk, row)
        if phone is not None:
            return phone
    if not colon:
        # "Commission File No. 0-21234", no colon (a letter's "File No. 333-123596" names a
        # registration statement, not the registrant)
        if chunk.field in NUMBERED and _numbered(chunk):
            number = _number_after(chunk.text)
            if number is not None and _registrant_number(chunk, number):
                return number
            # "(Commission File Number)      0-1234", "Commission file number      0-19681"
            # (a rendered row: "Commission file number" and "001-12345" in cells side by side)
            right = [c for c in row if c.start > chunk.start]
            # (its full stop dropped: "0-19681.")
            value = right[0].text.removesuffix(".") if right else ""
            if right and (chunk.text.endswith(")") or not cells
                          or right[0].start - chunk.start <= 100) \
                    and _NUMBER_SHAPE[chunk.field].fullmatch(value) \
                    and _registrant_number(chunk, value):
                return value
        # (in HTML, a caption's cell and its value's side by side: "State of incorporation"
        # | "Delaware", as a row-per-caption cover table prints them)
        return (_value_before_caption(chunk) or _value_after_caption(chunk) if cells
                else None) or _value_beside(chunk, row) or value_left(chunk, row)
    if tail.strip():
        return tail.strip()
    # the value in the chunks right of the caption
    values = [c.text for c in row if c.start > chunk.start and not c.caption]
    return " ".join(values) if values else None


# a number closing its caption, then more words: "Commission File Number: 1-416 IRS ..."
_NUMBER_THEN = lazy(r"(?<=[ :.#])\d{1,4}-\d{2,8}(?:-\d{1,3})?(?=[ ,;]{1,20}[A-Za-z(])")


def two_numbers(row: list[Chunk], cap: Chunk) -> list[Chunk] | None:
    """`row` with the caption `cap` cut in two where it holds both numbers' captions, each
    with its number, in one run of text (single spaces, or a rendered paragraph whose blanks
    collapsed): "Commission File Number: 1-416 IRS Employer Identification No.: 36-1750680".
    None when `cap` is no such run."""
    found = _NUMBER_THEN.search(cap.text) if "-" in cap.text else None
    if found is None:
        return None
    head, tail = cap.text[: found.end()], cap.text[found.end() :].lstrip(" ,;")
    first, second = caption_field(head), caption_field(tail)
    if first not in NUMBERED or second not in NUMBERED or first == second:
        return None
    scale = (cap.end - cap.start) / len(cap.text)
    cut = cap.end - len(tail) * scale
    parts = [Chunk(cap.start, cap.start + len(head) * scale, head, first, True),
             Chunk(cut, cap.end, tail, second, True)]
    at = row.index(cap)
    return [*row[:at], *parts, *row[at + 1 :]]


# the last words of a caption wrapped onto the next line, with its number after them
# (maybe with a full stop: "Number 35-0407820.")
_NUMBER_LINE = lazy(r"(?:[Nn][Oo]\.?|[Nn]umber|NUMBER)[: ]*(\d[\dA-Z\-]{2,20})\.?")


def number_under(rows: Rows, i: int, cap: Chunk) -> str | None:
    """A number caption wrapped with its number: "I.R.S. Employer Identification" over
    "Number 35-0407820" in its column (Ameritech's telephone companies, 1990s 10-Qs)."""
    if i + 1 >= len(rows.lines) or _NUMBER_LINE.search(rows.lines[i + 1]) is None:
        return None  # (the quick test first: most lines under a caption are not cut at all)
    for chunk in rows[i + 1]:
        if chunk.start <= cap.end and cap.start <= chunk.end:
            number = _NUMBER_LINE.fullmatch(chunk.text)
            return number.group(1) if number else None
    return None


def address_continued(rows: Rows, i: int, value: str) -> str:
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


# what a value alone under its caption must look like (value_under)
_UNDER_SHAPE = {"commission_file_number": _NUMBER_SHAPE["commission_file_number"],
                "irs_employer_id": lazy(r"\d{2}-?\d{7}")}

_UNDER_TESTS = {"state": known_place, "former_name": name_line}


def value_under(rows: Rows, i: int, cap: Chunk) -> str | None:
    """A state, number or former name alone on the line under its caption, which stands
    alone on its line and ends in a colon ("State of Incorporation:" over "Delaware", "I.R.S.
    Employer Identification No.:" over "58-0950695"), as covers typed a line or a `<p>` each
    print them. A former name must end in a legal form ("Acme Corp."): the check-box prose
    may follow an empty caption."""
    if cap.field not in _UNDER_SHAPE and cap.field not in _UNDER_TESTS or len(rows[i]) != 1:
        return None
    for j in range(i + 1, min(len(rows.lines), i + 3)):
        if rows.lines[j].strip():
            row = rows[j]
            if len(row) != 1 or row[0].caption:
                return None
            text = row[0].text
            test = _UNDER_TESTS.get(cap.field)  # type: ignore[arg-type]
            if test is not None:
                return text if test(text) else None
            return text if _UNDER_SHAPE[cap.field].fullmatch(text) else None
    return None


def former_name_under(rows: Rows, i: int) -> str | None:
    """A former name printed on the line under its bracketed caption, none above it ("(Former
    name or former address, if changed since last report)" over "Acme Industries, Inc."):
    alone on its line, ending in a legal form, and no registrant's name over its own caption
    (a combined filing's next registrant)."""
    if len(rows[i]) != 1:
        return None
    name = None
    for j in range(i + 1, min(len(rows.lines), i + 6)):
        line = rows.lines[j].strip()
        if not line:
            continue
        if name is not None:
            return None if any(c.caption for c in rows[j]) else name
        if line[-1] == ")":
            continue  # the caption's wrapped words ("report)")
        if not name_line(line):
            return None  # (a name is one chunk: name_line takes no double blank)
        name = line
    return name


# the end of a telephone caption wrapped onto the line of its number ("Registrant's
# telephone number," over "including area code: (214) 555-3300")
_AREA_CODE_TAIL = lazy(r"\(?including\s+(?:the\s+)?area\s+code\)?\s*:?", re.I)


def phone_below(rows: Rows, i: int) -> str | None:
    """ "Registrant's telephone number, including area code:" with the number alone on the
    next line, or after the caption's last words wrapped onto it."""
    for j in range(i + 1, min(len(rows.lines), i + 3)):
        line = rows.lines[j].strip()
        if line:
            rest, number = cut_phone(line)
            return number if not rest or _AREA_CODE_TAIL.fullmatch(rest) else None
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


def _value_beside(chunk: Chunk, row: list[Chunk]) -> str | None:
    """A state or address typed right of its unbracketed caption with no colon, as 1990s
    covers typed them past dot leaders ("State of incorporation..........Georgia", blanked
    before the chunks are cut). The one chunk right of the caption must be the value's shape
    (a known place; a street line closed by a zip), not a second caption's words."""
    if chunk.field not in _BESIDE_FIELDS or chunk.text[0] == "(" or row[-1] is chunk:
        return None
    right = row[-1]
    if len(row) != 2 or row[0] is not chunk or right.caption:
        return None
    if chunk.field == "state":
        return right.text if known_place(right.text) else None
    return right.text if STREET_LINE.match(right.text) else None


_BESIDE_FIELDS = ("state", "address")


def value_left(chunk: Chunk, row: list[Chunk]) -> str | None:
    """The value typed left of its bracketed caption on one line, the row's only other chunk:
    "ACME CORP.   (Exact name of registrant ...)", "Delaware   (State or other jurisdiction
    ...)", "1-5075   (Commission File Number)", "(781) 237-5100   (Registrant's telephone
    number ...)". It must be the field's shape (a name, a known place, a number), not another
    column's value over its caption."""
    if len(row) != 2 or row[1] is not chunk or row[0].caption or chunk.text[0] != "(" \
            or chunk.text[-1] != ")":
        return None
    text = row[0].text
    if chunk.field == "name":
        return text if name_line(text) or bare_name(text) else None
    if chunk.field == "state":
        return text if known_place(text) else None
    if chunk.field == "phone":
        rest, number = cut_phone(text)
        return None if rest else number
    shape = _NUMBER_SHAPE.get(chunk.field or "")
    return text if shape is not None and shape.fullmatch(text) else None


def _value_before_caption(chunk: Chunk) -> str | None:
    """An HTML cell holding its value over its caption: "Minnesota<br>(State or Other
    Jurisdiction)" (Stockwalk 2001). The bracketed part alone must be the caption; an
    unbracketed caption is read by _value_before_bare."""
    cut = chunk.text.find(" (")
    if cut <= 0:
        return _value_before_bare(chunk)
    head, caption = chunk.text[:cut].strip(), chunk.text[cut + 1 :]
    if caption_field(head) is not None or caption_field(caption) != chunk.field:
        return None
    return head


# the first words of an unbracketed caption printed under its value in one cell
_BARE_CAPTION_OPENS = {
    "state": lazy(r"(?i:state[ ]or[ ]other|state[ ]of|(?:other[ ])?jurisdiction[ ]of)"),
    "commission_file_number": lazy(r"(?i:commission[ ]file|(?:sec[ ])?file[ ]n)"),
    "irs_employer_id": lazy(r"(?i:i\.?[ ]?r\.?[ ]?s\.?[ ]|irs[ ]|employer[ ]ident)"),
    "name": lazy(r"(?i:exact[ ]name|name[ ]of[ ]registrant)"),
    "address": lazy(r"(?i:address[ ]of|address,)"),
    "zip": lazy(r"(?i:zip[ ]code)"),
    "phone": lazy(r"(?i:registrant.{1,2}s[ ]telephone|telephone[ ]number)"),
}


def _value_before_bare(chunk: Chunk) -> str | None:
    """An HTML cell holding its value over an unbracketed caption: "British Columbia<br>State
    or other jurisdiction of incorporation", "001-36054<br>Commission File Number", "Acme
    Corp.<br>Exact name of registrant as specified in its charter". The words before the
    caption's first words must be no caption and have the value's shape (_shaped)."""
    opens = _BARE_CAPTION_OPENS.get(chunk.field or "")
    if opens is None or opens.match(chunk.text):
        return None  # (a caption first: its value after it, _value_after_caption)
    found = opens.search(chunk.text, 1)
    if found is None or chunk.text[found.start() - 1] != " ":
        return None
    head, caption = chunk.text[: found.start()].strip(), chunk.text[found.start() :]
    if caption_field(head) is not None or caption_field(caption) != chunk.field:
        return None
    return head if _shaped(chunk.field or "", head) else None


def _shaped(field: str, text: str) -> bool:
    """`text` has the shape of `field`'s value: a place, a number, a company's name, a street
    line, a zip, a telephone number."""
    if field == "state":
        return place_parts(text)
    if field == "name":
        return name_line(text) or bare_name(text)
    if field == "address":
        return STREET_LINE.match(text) is not None
    if field == "zip":
        return _ZIP_ALONE.fullmatch(text) is not None
    if field == "phone":
        rest, number = cut_phone(text)
        return number is not None and not rest
    return _NUMBER_SHAPE[field].fullmatch(text) is not None


# the last word of a state's caption: "(State or other jurisdiction of incorporation)",
# "State of organization"
_STATE_CAPTION_END = lazy(r"(?i:incorporation|organi[sz]ation)\)?")
_ZIP_ALONE = lazy(r"\d{5}(?:-\d{4})?")


def _value_after_caption(chunk: Chunk) -> str | None:
    """An HTML cell holding its caption over its value, cut by a <br> that renders as a
    blank: "(State or other jurisdiction of incorporation)<br>British Columbia", "(Address of
    principal executive offices)<br>1258 Prospect Street, La Jolla, CA", "(Zip Code)<br>92037".
    The words after the caption must have the value's shape: a place ("Delaware", "Ontario,
    Canada"; the state's caption may be unbracketed), a company's name, a street line, a
    zip."""
    if chunk.field == "state":
        ends = list(_STATE_CAPTION_END.finditer(chunk.text))
        tail = chunk.text[ends[-1].end() :].strip(" :") if ends else ""
        return tail if tail and place_parts(tail) else None
    if chunk.field not in _AFTER_FIELDS:
        return None
    tail = _after_bracket(chunk.text) if chunk.text[0] == "(" else _after_bare(chunk)
    if not tail or caption_field(tail) is not None:
        return None
    if chunk.field == "zip":
        return tail if _ZIP_ALONE.fullmatch(tail) else None
    if chunk.field == "name":
        return tail if name_line(tail) or bare_name(tail) else None
    return tail if STREET_LINE.match(tail) else None


_AFTER_FIELDS = ("name", "address", "zip")
# the last words of an unbracketed caption over its value in one cell, tried in order:
# "Exact name of registrant as specified in its charter<br>Acme Corp." (or "Name of
# Registrant<br>..."), "Address of principal executive offices<br>1 Main St., ...", "Zip
# Code<br>92037" (a caption's words come first: its end is looked for in its first
# _BARE_CAPTION_CHARS characters)
_BARE_CAPTION_ENDS = {
    "name": (lazy(r"(?i:as[ ]specified[ ]in[ ](?:its[ ]|their[ ])?charters?)"),
             lazy(r"(?i:registrants?)")),
    "address": (lazy(r"(?i:offices?|office\(s\))(?:,?[ ]\(?(?i:including[ ])?"
                     r"(?i:zip[ ]code)\)?)?"),),
    "zip": (lazy(r"(?i:zip[ ]code)"),),
}
_BARE_CAPTION_CHARS = 80


def _after_bare(chunk: Chunk) -> str:
    """The words after an unbracketed caption's last word in its cell ("" when it has
    none): a name, an address or a zip under its caption (_BARE_CAPTION_ENDS)."""
    head = chunk.text[:_BARE_CAPTION_CHARS]
    for end in _BARE_CAPTION_ENDS[chunk.field or ""]:
        found = end.search(head)
        if found is not None:
            return chunk.text[found.end() :].strip(" :")
    return ""


def bracket_close(text: str) -> int:
    """Where the bracket `text` opens with closes (-1: it never does): "(Address of
    principal executive office(s)) 1 Main St." -> 43."""
    depth = 0
    for k, char in enumerate(text):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return k
    return -1


def _after_bracket(text: str) -> str:
    """The text after the bracket that opens it closes: "(Address of principal executive
    office(s)) 1 Main St." -> "1 Main St." ("" when it never closes)."""
    k = bracket_close(text)
    return text[k + 1 :].strip() if k >= 0 else ""
