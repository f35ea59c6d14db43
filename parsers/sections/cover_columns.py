"""Pair the value chunks of a cover row with the captions they stand over, by column.

The nearest caption centre decides; a row with one value per caption pairs in order when the
centres would give one caption two values; a rendered row that lost its empty cells pairs its
numbers by their shape; a value straddling two captions is cut into words.
"""

from __future__ import annotations

from ..regex_cache import compiled
from ..values import state_code
from .cover_address import cut_phone
from .cover_chunks import MULTILINE_FIELDS, Chunk, caption_field


def _owner(chunk: Chunk, captions: list[Chunk]) -> Chunk:
    """The caption of two or more that a value chunk stands above: the nearest centre."""
    # min() by distance, first wins a tie, without a key function per caption
    centre = chunk.centre
    best = captions[0]
    best_gap = abs(best.centre - centre)
    for cap in captions:
        gap = abs(cap.centre - centre)
        if gap < best_gap:
            best, best_gap = cap, gap
    return best


def owners(row: list[Chunk], captions: list[Chunk],
           cells: bool = False) -> list[tuple[Chunk, Chunk | None]]:
    """Each chunk with the caption it stands over (_owner). A row of single-line values with
    one chunk per caption pairs in order when the nearest centres would give one caption two
    values and another none: "Ontario, Canada   001-31234   98-0123456" over captions that
    sit right of their values, "(State ... incorporation)  (Commission File Number)  (IRS
    Employer Identification No.)" on one line."""
    if len(captions) == 1:
        # a lone caption owns a chunk that overlaps it (within a few characters; a rendered
        # cell only over its own column: the cell beside it ends one column short of the
        # caption's, "3333 Beverly Road | 60179" over "| (Zip code)")
        cap = captions[0]
        slack = 0.0 if cells else 12.0
        low, high = cap.start - slack, cap.end + slack
        return [(chunk, cap if chunk.end >= low and chunk.start <= high else None)
                for chunk in row]
    pairs: list[tuple[Chunk, Chunk | None]] = [(chunk, _owner(chunk, captions)) for chunk in row]
    if cells and len(row) < len(captions):
        return _by_kind(pairs, captions)
    if len(row) != len(captions) or len({id(cap) for _, cap in pairs}) == len(pairs):
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


# Fields whose values are words, never two numbers run together: kept whole when straddling.
_WHOLE = frozenset(("address", "name", "translated_name"))


def split_straddling(row: list[Chunk], captions: list[Chunk]) -> list[Chunk]:
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
                    address = address or c.field in _WHOLE
            # (an address line running under the zip caption stays whole: its words are
            # the address's, and split_address reads a postcode at its end; a long name
            # run on under the state caption is words of the name, "... PARTNERSHIP, L.P.")
            state = _state_tail(chunk, captions) if over >= 2 and address else None
            if state is not None:
                out.extend(state)
                continue
            if over >= 2 and not address and _masked_whole(start, end, captions):
                address = True
            if over >= 2 and not address:
                # (each word where it stands: in a rendered cell, its share of the cell)
                scale = (end - start) / len(chunk.text)
                offset = 0
                for word in _words(chunk.text):
                    out.append(Chunk(start + offset * scale, start + (offset + len(word)) * scale,
                                     word, None, False))
                    offset += len(word) + 1
                continue
        out.append(chunk)
    return out


def _words(text: str) -> list[str]:
    """A straddling value's words, a telephone number closing it kept whole: "60179 (847)
    286-2500" over "(Zip Code)   (Telephone Number)" (cut at each blank, its area code would
    go to the zip)."""
    words = text.split(" ")
    if len(words) > 2 and text[-1].isdigit():
        rest, phone = cut_phone(text)
        if phone is not None and rest and text == f"{rest} {phone}":
            return [*rest.split(" "), phone]
    return words


def _masked_whole(start: float, end: float, captions: list[Chunk]) -> bool:
    """A caption masked to no field (per_registrant reads one column's at a time) over the
    span is an address's or a name's: the value under it stays whole all the same (else a
    word of the next registrant's cell may go to this one's zip caption)."""
    return any(c.field is None and c.caption and c.start < end and start < c.end
               and caption_field(c.text) in _WHOLE for c in captions)


def _state_tail(chunk: Chunk, captions: list[Chunk]) -> list[Chunk] | None:
    """A name kept whole (_WHOLE) that runs one space into the state under the state caption
    ("HARBORVIEW OPERATING CO. LLC Delaware"): the name and its state, cut before its last
    word or two when they spell out a U.S. state nearest that caption; else None."""
    words = chunk.text.split(" ")
    scale = (chunk.end - chunk.start) / len(chunk.text)
    for k in (2, 1):
        if len(words) <= k:
            continue
        tail = " ".join(words[-k:])
        # (spelled out: "CO", "IN", "ME" close names as often as they name states; a name
        # may end in its state: "PUBLIC SERVICE COMPANY OF NEW MEXICO")
        if len(tail.rstrip(".")) <= 2 or words[-k - 1].lower() in ("of", "the") \
                or state_code(tail) is None:
            continue
        cut = chunk.start + (len(chunk.text) - len(tail)) * scale
        state = Chunk(cut, chunk.end, tail, None, False)
        owner = _owner(state, captions)
        if owner.field != "state":
            return None
        head = chunk.text[: len(chunk.text) - len(tail) - 1]
        return [Chunk(chunk.start, chunk.start + len(head) * scale, head, None, False), state]
    return None
