"""Read several registrants captioned at once (combined filings): one row each over one row of
bracketed captions (stacked_registrants), listed one a row under a head of captions
(listed_below), side by side, each over its own captions (side_by_side), or a field
captioned once per registrant side by side (per_registrant); share gives every registrant
the fields printed once for all. Names stacked over one caption part where a legal form ends
(split_names, also at an "and" between two names, and after a series' numeral closing a legal
form: "ACME CAPITAL TRUST I"; a bank's "N.A." or "National Association", "AG", "LLP" close a
name as the other legal forms do: "Bank of America, National Association" / "Wells Fargo
Bank, N.A.", two sponsors over one caption of a 10-D, part_names); a rendered row's cells
stacking one number per registrant part likewise, a state printed once being every
registrant's (_unstack_cells); a row of a stacked or listed table whose state cell is empty
takes the state of the row above (_ditto_states), and rows over the first state printed take
that one (_ditto_first_state).
"""

from __future__ import annotations

from ..lazy_re import lazy
from .cover_above import values_above
from .cover_address import place_parts
from .cover_below import BELOW_FIELDS, BELOW_LINES, NUMBER_CHUNK, has_number
from .cover_chunks import RULE_CHARS, Chunk, Rows
from .cover_columns import owners, split_straddling
from .cover_inline import inline_value
from .cover_names import LEGAL_END

# What the registrants of a stacked table share: the address, telephone and former name
# captioned once under the table
_SHARED = ("address", "zip", "phone", "former_name")


def per_registrant(rows: Rows, i: int, captions: list[Chunk],
                   members: list[dict[str, str]]) -> list[Chunk]:
    """A field captioned once per registrant of a stacked table, side by side (Edison
    International and Southern California Edison: two addresses, two telephones), or of
    registrants printed side by side (side_by_side):

        2244 Walnut Grove Avenue ...       2244 Walnut Grove Avenue ...
        (Address of principal ...)         (Address of principal ...)
        (626) 302-2222                     (626) 302-1212
        (Registrant's telephone ...)       (Registrant's telephone ...)

    The k-th column is the k-th registrant's. Returns the captions left to read as usual."""
    rest: list[Chunk] = []
    for cap in captions:
        same = [c for c in captions if c.field == cap.field]
        if len(same) != len(members):
            rest.append(cap)
            continue
        member = members[same.index(cap)]
        if cap.field in member:
            continue
        value = inline_value(cap, rows[i], rows.cells)
        if value is not None:
            member[cap.field] = value  # type: ignore[index]
            continue
        # the other captions keep their columns, with no field: their values are not read
        masked = [c if c is cap else Chunk(c.start, c.end, c.text, None, True)
                  for c in captions]
        for field, found in values_above(rows, i, masked).items():
            member.setdefault(field, found)
    return rest


def side_by_side(rows: Rows, i: int, captions: list[Chunk]) -> list[dict[str, str]]:
    """Registrants printed side by side, each name over its own caption (a REIT and its
    operating partnership, two columns of the same captions down the cover):

        KEYSTONE PROPERTY TRUST              KEYSTONE PROPERTY LIMITED PARTNERSHIP
        (Exact name of registrant ...)       (Exact name of registrant ...)
        Maryland                             Pennsylvania
        (State or other jurisdiction ...)    (State or other jurisdiction ...)

    The names, one dict each, when row i holds two name captions or more; the fields
    captioned below once per column go to each registrant by per_registrant."""
    named = [c for c in captions if c.field == "name"]
    if len(named) < 2:
        return []
    out = []
    for cap in named:
        masked = [c if c is cap else Chunk(c.start, c.end, c.text, None, True)
                  for c in captions]
        name = values_above(rows, i, masked).get("name")
        if name is None:
            return []
        out.append({"name": name})
    return out


def share(groups: list[dict[str, str]], siblings: list[int]) -> None:
    """Each registrant of a stacked table takes the shared fields printed once."""
    first = siblings[0] - 1
    members = [groups[k] for k in range(first, siblings[-1] + 1)]
    for field in _SHARED:
        value = next((g[field] for g in members if field in g), None)
        if value is not None:
            for group in members:
                group.setdefault(field, value)


def stacked_registrants(rows: Rows, i: int, captions: list[Chunk]) -> list[dict[str, str]]:
    """Several registrants' values, one row each, over one row of bracketed captions
    (a REIT and its operating partnership, an issuer and its co-issuer):

        Ferrellgas Partners, L.P.          Delaware   001-11331   43-1698480
        Ferrellgas Partners Finance Corp.  Delaware   333-06693   43-1742520
        (Exact name of registrants ...)  (States or other ...)  (Commission file numbers) ...

    Each row holds a file or IRS number; fewer than two such rows is no stacked table."""
    if sum(c.field in BELOW_FIELDS for c in captions) < 2:
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
        row = _numbers_unnamed(rows.without_rules(j))
        # (a value may end in brackets: "Maryland (Host Hotels & Resorts, Inc.)")
        if any(c.caption and c.text[0] == "(" for c in row) or not (
                has_number(row) or (rows.cells and _stacked_numbers(row))):
            break
        found.insert(0, row)
    if len(found) == 1 and rows.cells:
        found = _unstack_cells(found[0])
    if len(found) < 2:
        return []
    # a name column captioned "(Registrant)" (Boston Properties), a caption of no field
    captions = captions + [Chunk(c.start, c.end, c.text, "name", True) for c in rows[i]
                           if c.field is None and c.text.lower() in _REGISTRANT_CAPTIONS]
    uncaptioned = not any(c.field == "name" for c in captions)
    out = []
    for row in found:
        values: dict[str, str] = {}
        if uncaptioned and _name_first(row, captions, rows.cells):
            # the names' column has no caption of its own (Kilroy Realty): under the stacked
            # names and their one "(Exact name ...)" caption, each row opens with its name
            values["name"] = row[0].text
            row = [Chunk(c.start - 100.0, c.end - 100.0, c.text, None, False)
                   for c in row[1:]] if rows.cells else row[1:]
        for chunk, cap in owners(split_straddling(row, captions), captions, rows.cells):
            if cap is not None and cap.field is not None:
                field = cap.field
                values[field] = f"{values[field]} {chunk.text}" if field in values \
                    else chunk.text
        named = _NAMED_STATE.match(values.get("state", "")) if "name" not in values else None
        if named:  # "Maryland (Host Hotels & Resorts, Inc.)": whose state it is
            values["state"], values["name"] = named.group(1), named.group(2)
        out.append(values)
    _ditto_states(out)
    return out


_STACK_LINES = 10
# the legal forms of banks and foreign firms that close a name as LEGAL_END's do ("Wells Fargo
# Bank, N.A.", "Deutsche Bank AG", "Sidley Austin LLP"); "National Association" is two words,
# its last one told by the word before it (_legal_end)
_BANK_ENDS = frozenset(("n.a", "ag", "llp"))
_ENDS = LEGAL_END | _BANK_ENDS
# a word that may go on a legal form ("Limited Partnership", "Trust Incorporated")
_FORM_WORDS = _ENDS | {"partnership"}
_JOINING = frozenset(("of", "and", "&", "de", "for", "the"))  # words inside one name


def _legal_end(words: list[str], k: int) -> bool:
    """words[k] closes a legal form: one of _ENDS ("Inc.", "N.A."), or "Association" after
    "National" ("Bank of America, National Association")."""
    word = words[k].rstrip(".").lower()
    if word == "association":
        return k > 0 and words[k - 1].lower() == "national"
    return word in _ENDS


def split_names(name: str, count: int) -> list[str] | None:
    """Several registrants' names stacked over one "(Exact name ...)" caption, read as one
    ("FELCOR LODGING TRUST INCORPORATED FELCOR LODGING LIMITED PARTNERSHIP"), parted where a
    legal form ends and a new name begins; None unless that gives `count` names exactly, each
    closed by a legal form ("PUBLIC SERVICE COMPANY OF NEW MEXICO" is one name: no part
    before "OF"; "ACME TRUST INC. HOLDINGS" is one: "HOLDINGS" is no name), or by a series'
    numeral after it ("ACME CAPITAL TRUST I", "ACME FUNDING TRUST II": _series_end)."""
    names = part_names(name)
    if len(names) != count or any(not _closed(n) for n in names):
        return None
    return names


def part_names(name: str) -> list[str]:
    """`name` parted where a legal form ends and a capitalised word that is no legal form
    nor a joining word follows (or "and" and a capitalised word): split_names' parts, each
    maybe no whole name ("Bank of America, N.A." is one part: "America," is no legal form)."""
    words = name.split(" ")
    names: list[str] = []
    start = 0
    for k, word in enumerate(words[:-1]):
        if k < start:
            continue  # (the "and" between two names, dropped)
        after = words[k + 1].rstrip(".,").lower()
        # "ACME INC. and BETA COMPANY": a lone "and" between two names parts them too
        joined = after == "and" and k + 2 < len(words) - 1 and words[k + 2][:1].isupper()
        closes = _legal_end(words, k) and not _SERIES.fullmatch(words[k + 1]) \
            or k > start and _series_end(words[k - 1], word)
        if closes and k > start and (joined or (
                words[k + 1][:1].isupper() and after not in _FORM_WORDS
                and after not in _JOINING)):
            names.append(" ".join(words[start : k + 1]))
            start = k + 2 if joined else k + 1
    names.append(" ".join(words[start:]))
    return names


def whole_names(name: str) -> list[str] | None:
    """The names of several firms read as one, each closed by a legal form ("Bank of
    America, National Association Wells Fargo Bank, N.A."); None unless `name` parts into
    two or more such names."""
    names = part_names(name)
    if len(names) < 2 or any(not _closed(n) for n in names):
        return None
    return names


# a series' numeral closing a name after its legal form ("Capital Trust I", "Trust 2")
_SERIES = lazy(r"(?:I{1,3}|IV|VI{0,3}|IX|X|\d{1,2})")


def _series_end(form: str, word: str) -> bool:
    """`word` is a series' numeral after the legal form `form` ("TRUST" "II")."""
    return form.rstrip(".,").lower() in _FORM_WORDS and _SERIES.fullmatch(word) is not None


def _closed(name: str) -> bool:
    """A stacked name closed by a legal form, or by a series' numeral after one."""
    words = name.rsplit(None, 2)
    if words[-1].rstrip(".,").lower() in _FORM_WORDS or _legal_end(words, len(words) - 1):
        return True
    return len(words) > 1 and _series_end(words[-2], words[-1])


def _name_first(row: list[Chunk], captions: list[Chunk], cells: bool) -> bool:
    """The row's first chunk is a registrant's name in a column no caption stands under:
    a rendered row with one cell more than the captions (the caption row lost its empty
    first cell), or a text chunk ending left of every caption; a name holds no number."""
    first = row[0]
    if _DASHED.search(first.text) or len(first.text) < 3:
        return False
    if cells:
        return len(row) == len(captions) + 1
    return first.end < min(c.start for c in captions)
_BLANK_OR_RULE = " \t" + RULE_CHARS
_DASHED = lazy(r"\d-\d")
_IRS_SHAPE = lazy(r"\d{2}-?\d{7}")
_REGISTRANT_CAPTIONS = ("(registrant)", "(registrants)")


def listed_below(rows: Rows, i: int, captions: list[Chunk]) -> list[dict[str, str]]:
    """Registrants listed one a row UNDER a head of unbracketed captions (Edison 2017):

        Commission File Number | Exact Name of Registrant ... | State or Other Jurisdiction
        of Incorporation or Organization | IRS Employer Identification Number
        1-9936 | EDISON INTERNATIONAL | California | 95-4137452
        1-2313 | SOUTHERN CALIFORNIA EDISON COMPANY | California | 95-1240335

    The head may run over several lines (a caption of its column on the next one); a name
    wrapped onto the line under its row is joined to it. One row is no list (values_below
    reads it)."""
    if not any(c.field == "name" and c.text[0] != "(" for c in captions) \
            or sum(c.field in BELOW_FIELDS for c in captions) < 1:
        return []
    head = list(captions)
    j = i + 1
    end = min(len(rows.lines), i + 1 + BELOW_LINES)
    while j < end and not has_number(rows.without_rules(j)):
        fields = {c.field for c in head}
        head += [c for c in rows[j] if c.field is not None and c.field not in fields]
        j += 1
    if sum(c.field in BELOW_FIELDS for c in head) < 2:
        return []
    out: list[dict[str, str]] = []
    for k in range(j, min(len(rows.lines), j + _STACK_LINES)):
        row = rows.without_rules(k)
        if not row or any(c.caption for c in row):
            break
        owned = owners(split_straddling(row, head), head, rows.cells)
        if not has_number(row):
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
    if len(out) < 2:
        return []
    _ditto_states(out)
    return out


def _ditto_states(listed: list[dict[str, str]]) -> None:
    """A row whose state cell is empty, under a row printing one, shares it: the state
    printed once for the registrants under it (a cell spanning their rows, "Pennsylvania"
    over PECO's empty cell), not the value under the state's caption (the first row's)."""
    for k in range(1, len(listed)):
        if "state" in listed[k - 1] and "state" not in listed[k]:
            listed[k]["state"] = listed[k - 1]["state"]
    _ditto_first_state(listed)


def _ditto_first_state(listed: list[dict[str, str]]) -> None:
    """The rows over the first that prints a state, their state cells empty, share that
    state: printed once for the group on a later line (centred on its rows, "Delaware"
    beside the co-issuer's row only), not left to the first registrant alone."""
    first = next((row["state"] for row in listed if "state" in row), None)
    if first is None:
        return
    for row in listed:
        if "state" in row:
            break
        row["state"] = first


_NAMED_STATE = lazy(r"([^()]{2,40}?) \(([^()]{2,150})\)$")
# a number followed by its registrant's name: "001-12675 (Kilroy Realty Corporation)"
_NAMED_NUMBER = lazy(r"(\d{1,4}-\d{2,6}(?:-\d{1,3})?|\d{2}-?\d{7}) \(([^()\d]{2,150})\)")
# ... but an Act's ("33-12345 (1933 Act)" over "811-1234 (1940 Act)": one fund's two numbers)
_ACT = lazy(r"(?i:\bact\b)")


def _numbers_unnamed(row: list[Chunk]) -> list[Chunk]:
    """The row with each number's bracketed registrant name dropped (Kilroy Realty 2017 on
    prints every value so: "Maryland (Kilroy Realty Corporation) | 001-12675 (Kilroy Realty
    Corporation) | 95-4598246 (Kilroy Realty Corporation)"); the state's name stays, to
    name the registrant; a market or role goes too ("0-12345 (Nasdaq)"). A row of numbers
    alone ("1-12346 (Guarantor)" under "Delaware  1-12345 (Registrant)") is not one
    registrant's: it is left whole."""
    if not any(c.text[-1:] == ")" and c.text[:1].isdigit() for c in row) \
            or all(c.text[:1].isdigit() or c.text[:1] == "(" for c in row):
        return row
    out = []
    for c in row:
        named = _NAMED_NUMBER.fullmatch(c.text) if not c.caption else None
        out.append(Chunk(c.start, c.end, named.group(1), c.field, False)
                   if named and _ACT.search(named.group(2)) is None else c)
    return out


_CLOSED = lazy(r"(?<=\)) ")


def _stacked_numbers(row: list[Chunk]) -> bool:
    """A rendered cell holding several numbers, one per registrant: "001-14625 0-25087"."""
    return any(" " in c.text and all(NUMBER_CHUNK.fullmatch(w) for w in c.text.split(" "))
               for c in row)


def _unstack_cells(row: list[Chunk]) -> list[list[Chunk]]:
    """A rendered row whose cells each stack one value per registrant (lines of a cell
    joined by spaces): "Maryland (Host Hotels & Resorts, Inc.) Delaware (Host Hotels &
    Resorts, L.P.) | 001-14625 0-25087 | 53-0085950 52-2095412" -> one row per registrant.
    The number cells say how many; every other cell must part into as many, but a state's
    cell: one state is every registrant's ("New York | 1-4858 1-1839 | ..."), and states
    run together part at their names ("New York Illinois", _states). A cell of numbers of two kinds
    is one registrant's file and IRS numbers run together under their two captions
    ("0-27568 65-0617076"), no stack."""
    parts = []
    counts = set()
    for chunk in row:
        words = chunk.text.split(" ")
        numbers = all(NUMBER_CHUNK.fullmatch(w) for w in words)
        if numbers and len({_IRS_SHAPE.fullmatch(w) is None for w in words}) > 1:
            return [row]
        if numbers:
            counts.add(len(words))
        parts.append(words if numbers else _CLOSED.split(chunk.text))
    if len(counts) != 1 or counts == {1}:
        return [row]
    count = counts.pop()
    for k, part in enumerate(parts):
        if len(part) == 1:
            part = _states(part[0], count) or part
        if len(part) != count:
            return [row]
        parts[k] = part
    return [[Chunk(c.start, c.end, p[k], None, False) for c, p in zip(row, parts, strict=True)]
            for k in range(count)]


def _states(text: str, count: int) -> list[str] | None:
    """A cell of states or countries, one per registrant: the one place `count` times (every
    registrant's), or the `count` places run together ("New York Illinois", "Delaware
    Bermuda"); None for any other cell."""
    if place_parts(text):
        return [text] * count
    words = text.split(" ")
    if len(words) > 3 * count:
        return None
    out: list[str] = []
    start = 0
    while start < len(words):
        # (the longest place name first: "New York" before "New"; "District of Columbia")
        end = next((e for e in range(min(len(words), start + 3), start, -1)
                    if place_parts(" ".join(words[start:e]))), None)
        if end is None:
            return None
        out.append(" ".join(words[start:end]))
        start = end
    return out if len(out) == count else None
