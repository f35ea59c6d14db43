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

This module holds the entry point, read_captioned, which walks the caption rows and hands each
to the readers of the sibling modules: cover_chunks (chunks, captions, Rows), cover_columns
(values paired with captions by column), cover_inline (a value on the caption's own line or
just under it), cover_above and cover_below (values above or below the caption row),
cover_stacked (several registrants captioned at once), cover_block (address blocks). The
blocks of a contact person or agent, whose captions are not the registrant's, are found here,
and the names of a stacked table printed a blank line apart over one caption (_names_over_blank);
an asset-backed cover's role whose name joins several firms' whole names (two sponsors over one
caption) gives a registrant each (_parted_roles).
"""

from __future__ import annotations

import re

from ..regex_cache import compiled
from .cover_above import former_name_only, values_above
from .cover_below import BELOW_FIELDS, address_below, numbers_below, postcode_row, values_below
from .cover_block import BLOCK_CAPTION, address_after, address_block, block_below
from .cover_chunks import FIGURES, WORD_LINE, Chunk, Rows, untab
from .cover_flip import captions_first, round_brackets
from .cover_inline import (
    NUMBERED,
    address_continued,
    bare_file_number,
    bracket_close,
    former_name_under,
    inline_value,
    number_under,
    phone_below,
    two_numbers,
    value_under,
)
from .cover_stacked import (
    listed_below,
    per_registrant,
    share,
    side_by_side,
    split_names,
    stacked_registrants,
    whole_names,
)


def _caption_lines(low: str) -> list[int]:
    """Indices of the lines of the lowered text that hold a caption word."""
    numbers: list[int] = []
    line_no = prev = 0
    count = low.count
    for match in WORD_LINE.finditer(low):  # one match per line: it runs to the line's end
        start = match.start()
        line_no += count("\n", prev, start)
        prev = start
        numbers.append(line_no)
    return numbers


# a footnote's mark closing a value's line or cell (blanks may trail it), spaced or typed
# against it: "CTC COMMUNICATIONS GROUP, INC. (1)", "Acme Inc.(1)", "Acme Inc. (a)" (so
# bracketed, the line would read as a caption's piece, as "report)" does). A letter is a mark
# only after no figure (not "Section 12(b)"), and not "(s)" ("office(s)") or a box's "(x)".
_LINE_MARK = compiled(r"\((?:\d|[a-rt-wA-RT-W])\)(?= *+(?:[\n\t]|$))")


def _unmarked_lines(text: str) -> str:
    """`text` with each line's closing footnote mark blanked (same length: offsets hold);
    a mark after blanks (alone on its line, or in a column or cell of its own) is left."""
    return _LINE_MARK.sub(_blank_mark, text)


def _blank_mark(mark: re.Match[str]) -> str:
    at, text = mark.start(), mark.string
    if at and text[at - 1] == " ":  # one space back: the mark's, when a value precedes it
        at -= 1
    if not at or text[at - 1] in " \n\t" or text[at - 1].isdigit() \
            and not text[mark.start() + 1].isdigit():
        return mark.group()
    return "   "


def read_captioned(region: str, cells: bool = False,
                   low: str | None = None) -> list[dict[str, str]]:
    """Caption fields of a cover, one dict per registrant (a new one at each name caption).
    `low`: region.lower(), when the caller has it."""
    if cells and "  " in region and "\t" not in region:
        cells = False  # plain text in an HTML wrapper (<PRE>): columns of spaces, no cells
    # expandtabs walks every character even when there is no tab to expand
    text = region if cells or "\t" not in region else untab(region)
    if "[" in text:
        text = round_brackets(text)
    if "(" in text:
        text = _unmarked_lines(text)
    low = low if low is not None and text is region else text.lower()
    worded = _caption_lines(low)
    rows = Rows(text.split("\n"), cells, worded)
    flipped = captions_first(rows, worded)
    if flipped is not None:  # captions over their values: read as values over captions
        text = "\n".join(flipped)
        low = text.lower()
        worded = _caption_lines(low)
        rows = Rows(flipped, cells, worded)
    persons = _person_blocks(rows, low)
    roles = _Roles(low) if "issuing entity" in low and _ISSUER_NAME.search(low) else None
    groups: list[dict[str, str]] = [{}]
    siblings: list[int] = []  # groups after the first of a stacked table (stacked_registrants)
    numbers_row = -1  # the last row captioning the state or a number
    name_row = -1  # the last row captioning a name
    # (group index, field, values) of a row captioning one field per column above the names
    heading: tuple[int, str, list[str]] | None = None
    lead = -1  # the group whose file number stands above its name ("Commission File No. 1-5")
    opened = -1  # the last group opened by a file number alone, under a registrant read
    addressed = False  # an address or its zip is captioned somewhere
    bare: list[dict[str, str]] = []  # the groups whose number a bare "File No." gave
    for i in worded:
        row = rows[i]
        captions = [c for c in row if c.field is not None]  # a field makes a caption
        if not captions or i in persons:
            continue
        if len(captions) == 1 and captions[0].field in NUMBERED:
            parted = two_numbers(row, captions[0])
            if parted is not None:
                row = parted
                captions = [c for c in row if c.field is not None]
        # the row's fields, tested below as a set: a generator per test costs more
        kinds = {c.field for c in captions}
        if len(captions) > 2 and "city" in kinds:
            _address_columns(captions)
            kinds = {c.field for c in captions}
        if not kinds.isdisjoint(BELOW_FIELDS):
            numbers_row = i
        if "address" in kinds or "zip" in kinds:
            addressed = True
        if "name" in kinds:
            name_row = i
        held = roles.held(rows.lines[i], captions) if roles is not None else None
        stacked = (stacked_registrants(rows, i, captions) or listed_below(rows, i, captions)) \
            if len(captions) > 1 and held is None else []
        beside = side_by_side(rows, i, captions) if len(captions) > 1 and not stacked \
            and held is None else []
        if beside:  # one registrant a column, each over its own captions down the cover
            if heading is not None and heading[0] == len(groups) - 1 \
                    and len(heading[2]) == len(beside) and list(groups[-1]) == [heading[1]]:
                # the numbers printed atop the columns, one per registrant
                groups[-1] = {}
                beside = [dict(v, **{heading[1]: n}) for v, n in zip(beside, heading[2],
                                                                     strict=True)]
            if groups[-1]:
                groups.append({})
            for k, values in enumerate(beside):
                if k:
                    groups.append({})
                    siblings.append(len(groups) - 1)
                groups[-1].update(values)
            continue
        # names in the stacked rows are those printed over the name caption above
        named = bool(stacked) and all("name" in v for v in stacked) \
            and "commission_file_number" not in groups[-1]
        if "name" in groups[-1] and "name" in kinds and not named:
            groups.append({})
        elif held is None and not stacked and len(captions) == 1 \
                and captions[0].field == "commission_file_number" \
                and "name" in groups[-1] and "commission_file_number" in groups[-1]:
            # the next registrant's number captioned above its name, each registrant's
            # block stacked under the last ("Commission File Number 1-973" over PSE&G)
            groups.append({})
            opened = len(groups) - 1
        found = groups[-1] if held is None else held
        if roles is not None and held is None:
            roles.name(len(groups) - 1, rows.lines[i])
        if held is None and "name" not in found and "commission_file_number" in found \
                and "name" in kinds:
            lead = len(groups) - 1
        if stacked:  # one registrant a row over the captions
            first = len(groups) - 1
            if "commission_file_number" in found and (
                    lead != first or "state" in found or "irs_employer_id" in found):
                groups.append({})  # a registrant read already
                first += 1
            elif named:
                found.pop("name", None)
            elif "name" in found and not any("name" in v for v in stacked):
                # the names stacked over one caption, one per row of numbers (FelCor)
                names = split_names(found["name"], len(stacked)) or split_names(
                    _names_over_blank(rows, name_row, found["name"]), len(stacked))
                if names is not None:
                    found["name"] = names[0]
                    stacked = [dict(v, name=n) for v, n in zip(stacked, names, strict=True)]
            for k, values in enumerate(stacked):
                if k:
                    groups.append({})
                    siblings.append(len(groups) - 1)
                for field, value in values.items():
                    groups[-1].setdefault(field, value)  # type: ignore[arg-type]
            if lead == first:
                _deal_numbers(groups[first:])
            found = groups[-1]
        elif siblings and siblings[-1] == len(groups) - 1 and len(captions) > 1:
            # captions repeated under a stacked table, one column per registrant (Edison)
            captions = per_registrant(rows, i, captions, groups[siblings[0] - 1 :])
        if "address" not in found and BLOCK_CAPTION.match(rows.lines[i]):
            found.update(address_block(rows.lines, i))
            if "address" in found:  # its "including zip code" is the block's, read with it
                captions = [c for c in captions if c.field != "zip"]
        for cap in captions:
            if cap.field in found:
                continue
            inline = inline_value(cap, row, cells)
            if inline is None and cap.text[0] != "(" and cap.field in NUMBERED \
                    and cap.text[-1] != ")":
                inline = number_under(rows, i, cap)
            if inline is None and cap.text[-1] == ":":
                inline = value_under(rows, i, cap)
            if inline is not None:
                if cap.field == "address":
                    inline = address_continued(rows, i, inline)
                found[cap.field] = inline  # type: ignore[index]
                if bare_file_number(cap):
                    bare.append(found)
            elif cap.field == "phone" and (cap.text.endswith(":") or cap.text[0] != "("):
                # (an unbracketed caption may stand over its number too, with no colon)
                below = phone_below(rows, i)
                if below is not None:
                    found["phone"] = below
        below = [c for c in captions if c.field in BELOW_FIELDS and c.field not in found]
        if below and (below[0].text[0] != "(" or numbers_below(rows, i)):
            for field, value in values_below(rows, i, captions).items():
                found.setdefault(field, value)  # type: ignore[arg-type]
        placed = [c for c in captions if c.field == "address" or c.field == "phone"] \
            if "address" not in found else None
        if placed:
            if any(c.text[0] != "(" and (c.field == "phone" or "telephone" in c.text.lower())
                   for c in placed):
                for field, value in block_below(rows, i).items():
                    found.setdefault(field, value)  # type: ignore[arg-type]
            if "address" not in found and any(c.field == "address" and (
                    c.text[0] != "(" or not postcode_row(rows, i)) for c in placed):
                for field, value in address_below(rows, i, captions).items():
                    found.setdefault(field, value)  # type: ignore[arg-type]
        if "name" not in found and held is None and not stacked:
            heading = _column_heading(row, captions, cells, len(groups) - 1) or heading
        pending = [c for c in captions if c.field not in found]
        if pending:
            for field, value in values_above(rows, i, pending).items():
                found.setdefault(field, value)
            if "former_name" not in found and any(c.field == "former_name" for c in pending):
                under = former_name_under(rows, i)
                if under is not None:
                    found["former_name"] = under
            if "phone" not in found and any(c.field == "phone" for c in pending):
                # no number over the bracketed caption: the number on the line under it
                # ("(Registrant's telephone number, including area code)" over "(858)
                # 777-1760", as some filing agents print it)
                under = phone_below(rows, _bracket_end(rows.lines, i))
                if under is not None:
                    found["phone"] = under
    if opened == len(groups) - 1 and "name" not in groups[-1]:
        for field, value in groups.pop().items():  # no name under it: the last one's number
            groups[-1].setdefault(field, value)
    if not addressed and numbers_row >= 0 and len(groups) == 1 and "address" not in groups[0]:
        for field, value in address_after(rows, numbers_row).items():
            groups[0].setdefault(field, value)  # type: ignore[arg-type]
    for group in bare:
        if len(group) == 1:  # no other field captioned: a letter's "Re: ... File No. 1-5"
            group.clear()
    if roles is not None:
        roles.place(groups)
        groups = _parted_roles(groups, set(roles.groups.values()))
    for group in groups:
        if "former_name" in group:
            group["former_name"] = former_name_only(group["former_name"])
    if siblings:
        share(groups, siblings)
    return [g for g in groups if g]


def _names_over_blank(rows: Rows, i: int, name: str) -> str:
    """The name read over the name caption on line i, led by the block of lines over it past
    a blank line: two registrants' names a <p> each, a blank <p> between, over one caption
    ("INTERNATIONAL FLAVORS & FRAGRANCES INC." / "" / "COMMONWEALTH EDISON COMPANY"); split_names
    then keeps it only if it parts into whole firm names. "" when line i is no caption."""
    if i < 0:
        return ""
    read: list[str] = []
    j = i - 1
    while j >= 0 and len(read) < 4 and " ".join(read) != name:
        row = rows.without_rules(j)
        if row:
            read.insert(0, " ".join(c.text for c in row))
        j -= 1
    if " ".join(read) != name:
        return ""
    while j >= 0 and j > i - 8 and not rows.without_rules(j):
        j -= 1  # (the blank lines between the names)
    above: list[str] = []
    while j >= 0 and len(above) < 3 and rows.without_rules(j):
        row = rows.without_rules(j)
        if any(c.caption for c in row):
            break
        above.insert(0, " ".join(c.text for c in row))
        j -= 1
    return " ".join(above + [name]) if above else ""


def _bracket_end(lines: list[str], i: int) -> int:
    """The line that closes the bracket opened on line i ("(Registrant's telephone number,"
    over "including area code)"), i itself when it opens none; at most three lines on."""
    depth = lines[i].count("(") - lines[i].count(")")
    j = i
    while depth > 0 and j + 1 < len(lines) and j - i < 3:
        j += 1
        depth += lines[j].count("(") - lines[j].count(")")
    return j


def _address_columns(captions: list[Chunk]) -> None:
    """ "(Street) (City) (State) (Zip Code)" under an address typed in columns (1990s
    covers): that "(State)" is the address's, read as the part after the city (as a country's
    column is), not the state of incorporation."""
    for cap in captions:
        if cap.field == "state" and cap.text.lower() == "(state)":
            cap.field = "country"


_FILE_NUMBERS = compiled(r"\b\d{1,4}-\d{2,6}(?:-\d{1,3})?\b")


def _deal_numbers(members: list[dict[str, str]]) -> None:
    """The file numbers listed once above stacked names, in their order ("Commission File
    Numbers: 001-09044, 000-20625" over Duke Realty Corporation and its partnership)."""
    numbers = _FILE_NUMBERS.findall(members[0].get("commission_file_number", ""))
    if len(numbers) == len(members) > 1 and not any(
            "commission_file_number" in m for m in members[1:]):
        for member, number in zip(members, numbers, strict=True):
            member["commission_file_number"] = number


def _column_heading(row: list[Chunk], captions: list[Chunk], cells: bool,
                    index: int) -> tuple[int, str, list[str]] | None:
    """(index, field, values) of a row printing one captioned number per column, above
    registrants printed side by side (side_by_side), each column's its registrant's:

        Commission File Number 1-12792         Commission File Number 0-24816
        CARRAMERICA REALTY CORPORATION         CARRAMERICA REALTY, L.P.
    """
    if len(captions) < 2 or len(captions) != len(row) \
            or any(c.field != captions[0].field for c in captions):
        return None
    values = [inline_value(c, row, cells) for c in captions]
    if any(v is None for v in values) or len(set(values)) != len(values):
        return None
    return index, str(captions[0].field), [str(v) for v in values]


# An asset-backed issuer's cover (10-D, 10-K, 8-K of 2006 on) names its issuing entity,
# depositor and sponsor, each over "(Exact name of <role> as specified in its charter)",
# and captions each number with its role, above or below the name ("Commission File Number
# of depositor: 333-130961", "Central Index Key Number of sponsor: 0000040729"); the state,
# IRS number, address and telephone are the issuing entity's ("(State ... of the issuing
# entity)"), printed once under the last name.
_ISSUER_NAME = compiled(r"name\s+of\s+(?:the\s+)?issuing\s+entity")
_ROLES = ("issuing entity", "depositor", "sponsor")
# (the CIK is no caption of other covers: read here, one per role)
_CIK = compiled(r"central\s+index\s+key\s+(?:number\s+)?of\s+(?:the\s+)?"
                r"(issuing\s+entity|depositor|sponsor)\b[^:\d\n]{0,30}:?[ \t]*(\d{1,10})\b")


def _parted_roles(groups: list[dict[str, str]], named: set[int]) -> list[dict[str, str]]:
    """An asset-backed cover's groups, a role's name that joins several firms' names, each
    closed by a legal form, parted into a group each: two sponsors stacked over one caption
    ("Bank of America, National Association" / "Wells Fargo Bank, N.A." over "(Exact name of
    sponsor as specified in its charter)"); the role's other values stay with the first."""
    out: list[dict[str, str]] = []
    for index, group in enumerate(groups):
        names = whole_names(group["name"]) if index in named and "name" in group else None
        if names is None:
            out.append(group)
            continue
        out.append({**group, "name": names[0]})
        out.extend({"name": name} for name in names[1:])
    return out


class _Roles:
    """Values of an asset-backed cover held by role until every name is read."""

    def __init__(self, low: str) -> None:
        self.values: dict[str, dict[str, str]] = {}
        self.groups: dict[str, int] = {}  # role -> index of the group its name opened
        for found in _CIK.finditer(low):
            self.values.setdefault(found.group(1), {}).setdefault("cik", found.group(2))

    @staticmethod
    def role(line: str) -> str | None:
        low = line.lower()
        return next((role for role in _ROLES if role in low), None)

    def held(self, line: str, captions: list[Chunk]) -> dict[str, str] | None:
        """Where a caption row's values go: its role's (the issuing entity's when it names
        none); None for a name row, read in place."""
        if any(c.field == "name" for c in captions):
            return None
        return self.values.setdefault(self.role(line) or _ROLES[0], {})

    def name(self, index: int, line: str) -> None:
        role = self.role(line)
        if role is not None:
            self.groups.setdefault(role, index)

    def place(self, groups: list[dict[str, str]]) -> None:
        for role, values in self.values.items():
            index = self.groups.get(role)
            if index is None:
                continue
            for field, value in values.items():
                groups[index].setdefault(field, value)


# The caption closing a person's block (the "contact" captions' own spellings)
_PERSON = compiled(r"contact\s+person|agent\s+for\s+service")
_PERSON_LINES = 10


def _person_blocks(rows: Rows, low: str) -> set[int]:
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
            if text[:1] == "(" and text[-1:] == ")" and not FIGURES.search(text) or any(
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
    return bracket_close(text) == len(text) - 1
