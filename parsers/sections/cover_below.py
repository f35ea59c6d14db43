"""Read the values printed BELOW their captions: the state, file and IRS number row under
unbracketed (or 1990s bracketed) captions, and an address under an unbracketed address caption.
A cover may flip one block only, the others' captions under their values: bracketed captions
wrapped over three lines over their row ("(State or Other" / "Jurisdiction of" /
"incorporation)" over "VIRGINIA  1-4001  13-5652423"), or the state's caption alone over its
place ("(State of incorporation or organization)" over "Georgia"). A number under a state's
caption is never its state: the captions stacked each under its own value ("Delaware" /
"State of incorporation" / "1-1234" / "Commission File Number"), the state is read above.
"""

from __future__ import annotations

from ..lazy_re import lazy
from ..regex_cache import compiled
from .cover_above import is_street, join
from .cover_address import POSTCODE, cut_phone, place_parts
from .cover_chunks import Chunk, Rows
from .cover_columns import owners, split_straddling

# Captions printed without brackets ABOVE their values, a rule maybe between (old 8-Ks):
#     State or other jurisdiction       Commission File          IRS Employer
#     of incorporation                  Number                   Identification No.
#     ---------------------------       ---------------          ------------------
#     Pennsylvania                      0-25328                  23-2576479
# The value row is the first one below holding a file or IRS number as a whole chunk.
BELOW_FIELDS = ("state", "commission_file_number", "irs_employer_id")
NUMBER_CHUNK = compiled(r"\d{1,4}-\d{2,6}(?:-\d{1,3})?|\d{2}-?\d{7}")
BELOW_LINES = 4


def values_below(rows: Rows, i: int, captions: list[Chunk]) -> dict[str, str]:
    """The row of values under unbracketed captions on line i, by column; none when the
    row above holds the numbers (captions under values, with no brackets)."""
    for j in range(i - 1, max(-1, i - 3), -1):
        if rows.without_rules(j):
            if has_number(rows.without_rules(j)):
                return {}
            break
    state = _state_only(captions)
    for j in range(i + 1, min(len(rows.lines), i + 1 + BELOW_LINES)):
        row = rows.without_rules(j)
        if not has_number(row) and not (state and _place_alone(row)):
            continue
        out: dict[str, str] = {}
        for chunk, cap in owners(split_straddling(row, captions), captions, rows.cells):
            if cap is not None and cap.field in BELOW_FIELDS and not chunk.caption:
                if cap.field == "state" and NUMBER_CHUNK.fullmatch(chunk.text):
                    # (no state's: the file number under a state caption printed under its
                    # state, the captions stacked each under its own value, "Delaware" /
                    # "State of incorporation" / "1-1234" / "Commission File Number")
                    continue
                out[cap.field] = f"{out[cap.field]} {chunk.text}" if cap.field in out \
                    else chunk.text
        return out
    return {}


def numbers_below(rows: Rows, i: int) -> bool:
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
    end = min(len(rows.lines), i + 1 + BELOW_LINES)
    depth = _opened(rows.lines[i])
    while j < end and (depth > 0 or not (rows.without_rules(j)
                                         and not all(c.caption for c in rows.without_rules(j)))):
        # (a line inside a caption's open bracket continues it, bracket or not: Union Camp's
        # "(State or Other" / "Jurisdiction of" / "incorporation)")
        depth += _opened(rows.lines[j])
        j += 1
    if j == end:
        return False
    values = rows.without_rules(j)
    if not has_number(values) and not (_state_only(rows[i]) and _place_alone(values)):
        return False
    for k in range(j + 1, min(len(rows.lines), j + 3)):
        row = rows[k]
        if row:
            return not any(c.field in BELOW_FIELDS for c in row)
    return True


def _state_only(captions: list[Chunk]) -> bool:
    """The row's only caption naming a field is the state's ("(State of incorporation or
    organization)" alone on its line)."""
    fields = [c.field for c in captions if c.field is not None]
    return fields == ["state"]


def _place_alone(row: list[Chunk]) -> bool:
    """The row is one chunk naming a place: "Georgia", "Bermuda", "Ontario, Canada" (a state's
    caption printed over its value alone, the other captions under theirs)."""
    return len(row) == 1 and not row[0].caption and place_parts(row[0].text)


def _opened(line: str) -> int:
    """The brackets a line leaves open (negative: closes ones opened above it)."""
    return line.count("(") - line.count(")")


# a postal code closing a chunk: "Minneapolis, Minnesota 55401", "55401" (not "13-3456789")
_POSTCODE_END = lazy(r"(?<![\d-])\d{5}(?:-\d{4})?$|[A-Z]\d[A-Z] ?\d[A-Z]\d$")


def postcode_row(rows: Rows, i: int) -> bool:
    """The nearest row above line i ends an address with its postal code: the bracketed
    address caption on line i closes that address (the usual layout), not one below."""
    for j in range(i - 1, max(-1, i - 4), -1):
        row = rows.without_rules(j)
        if row:
            # (a digit closing the chunk first, a chunk holds no newline: the pattern, led by a
            # lookbehind, is tried at every character)
            return any(c.text[-1:].isdigit() and _POSTCODE_END.search(c.text) for c in row)
    return False


def address_below(rows: Rows, i: int, captions: list[Chunk]) -> dict[str, str]:
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
    if not is_street(first) or not cut_phone(first)[0]:
        return {}  # no street under the caption (a bare "781 466 8080" is a telephone)
    if above is not None and is_street(rows.without_rules(above)[0].text):
        return {}  # the caption closes an address above it
    parts: dict[str, list[str]] = {}
    j, end = below, min(len(rows.lines), below + 3)
    while j < end:
        row = rows.without_rules(j)
        if not row and rows.cells and _city_next(rows, j, parts):
            j, end = j + 1, min(len(rows.lines), end + 1)
            continue  # (a `<p>` a line: the city line past the blank line)
        if not row or any(c.caption for c in row):
            break
        for chunk, cap in owners(row, captions, rows.cells):
            if cap is not None and cap.field in ("address", "zip"):
                parts.setdefault(cap.field, []).append(chunk.text)
        j += 1
    return {field: join(field, texts) for field, texts in parts.items()}


def _city_next(rows: Rows, j: int, parts: dict[str, list[str]]) -> bool:
    """Line j is blank between a street read with no postcode and a line alone closed by a
    US zip (the city's: "One CNN Center" / "" / "Atlanta, Georgia 30303")."""
    read = parts.get("address")
    if not read or "zip" in parts or POSTCODE.search(read[-1]) or j + 1 >= len(rows.lines):
        return False
    row = rows.without_rules(j + 1)
    return len(row) == 1 and not row[0].caption and _ZIP_END.search(row[0].text) is not None


_ZIP_END = lazy(r"(?<![\d-])\d{5}(?:-\d{4})?$")


def has_number(row: list[Chunk]) -> bool:
    return any(not c.caption and NUMBER_CHUNK.fullmatch(c.text) for c in row)
