"""Contact rows -> one item sequence per column: cells side by side, headings over
them, and groups or people named inside one line."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from ..lazy_re import lazy
from .person_names import person_name
from .press_contact_blocks import heading_role, lone_role, strip_markers
from .press_contact_names import name_run_on, people_in, run_on_group
from .press_contact_vocab import (
    ADDRESS,
    ALL_OF,
    BARE_ROLE_ONLY,
    CITIES,
    DEPARTMENT_WORDS,
    DESK_WORDS,
    DIGIT,
    ENTITY_END,
    GAP,
    GROUP,
    ISSUER_LABEL,
    JOB_WORDS,
    ORG_WORDS,
    PHONE_LABEL_WORDS,
    ROLE_ROW,
    Capitals,
    at_group_firm,
    never,
    person_named_firm,
    place_like,
    place_words,
    regions_joined,
    segment_name,
    titled_firm,
)
from .press_patterns import EMAIL, PHONE, URL
from .press_text import normalise

# "Michael Heffernan, President, CEO    and Chairman": a justified gap inside one cell.
_CONTINUES = lazy(r"^[a-z]+(?:[ \t]|$)")
# between the two people of one PR Newswire line: "; or John Roe ...", ", or John Roe ..."
_PERSON_SPLIT = lazy(r";[ \t]*|,[ \t]+(?=(?:or|OR)[ \t]+[A-Z])")  # (capitals: 1990s records)
# 1990s PR Newswire's "-or-" inside a line between two people ("Jane Doe, 408-555-1212 -or-
# John Roe, ..."): the ", or " of later records
# (never from inside a run of spaces: tried again at each of them, quadratic)
DASHED_OR = lazy(r"(?<![ \t]),?[ \t]*+-(?:or|OR)-[ \t]*+(?=[A-Z])")
# ", and " before a second person ("Jane Doe, CFO, and John Roe, Controller, 408-..."); a
# job's "and" stays ("Vice President, Finance, and Chief Financial Officer")
_AND_NEXT = lazy(r",[ \t]+and[ \t]+(?=[A-Z])")
# A group of contacts named inside a line: "Investors: Jane Doe, ...; Media: Bob Smith, ..."
# or PR Newswire's "Investors, John Smith, +1-..., or Media, Jane Doe, +1-..."
_GROUP_LABEL = lazy(rf"(?i:(?:or[ \t]+)?(?P<label>{GROUP}))[ \t]*[:,\u2013-][ \t]*")
_GROUP_SPLIT = lazy(rf";[ \t]*|,?[ \t]+(?i:or)[ \t]+(?=(?i:{GROUP})[ \t]*[:,])")

_BLANK = ("blank", "")
# A cell between two columns that only says "or" ("Thomas Kelly    OR    Jane Roe", "-or-",
# "(or)"): a separator, no firm or name of either column
_OR_CELL = lazy(r"[ \t]*+[-(\[]{0,2}[ \t]*+(?i:or)[ \t]*+[-)\]]{0,2}[ \t]*+$")
# A label of a few capitalised words and a colon before a person's name: an office, a
# region or a group no heading pattern knows ("Dallas Office: Jane Doe", "U.S.: Jane Doe",
# "In Canada: Jane Doe"); the person's role, or their firm ("Brunswick Group: Tom Burns")
_LABEL_FIRST = lazy(
    r"(?P<in>In[ \t]+(?:the[ \t]+)?)?"
    # (regions joined by "and", "&" or commas: "Europe, Middle East and Africa:")
    r"(?P<label>[A-Z][\w.&'/-]{0,30}(?:,?[ \t]+(?:(?:and|&)[ \t]+)?[A-Z][\w.&'/-]{0,30}){0,3}"
    r"(?:,?[ \t]+(?:plc|Inc\.?|Ltd\.?|Corp\.?|LLC|L\.P\.|N\.V\.|S\.A\.|AG))?)"  # "Acme plc:"
    r"[ \t]*:[ \t]*+(?=[A-Z])"
)
_IN_PLACE = lazy(r"In[ \t]+(?:the[ \t]+)?")  # "In Canada:", "In the U.S.:" over their people
_DESKS = frozenset(("office", "offices", "desk", "team", "bureau"))  # "Dallas Office"
# The words of a desk, a department or a job after a label's place ("U.S. Media", "Europe
# Investor Relations"), or all of a group's label ("Trade Press", "General Counsel")
_DESK_LIKE = JOB_WORDS | DEPARTMENT_WORDS | DESK_WORDS
_WORDS_RUN = lazy(r"[^,;(\d@+|\t]{3,120}")  # the words up to a comma, digit or e-mail
# Label words of a phone, an e-mail or a web site; "Office" too, alone ("Dallas Office:"
# names a place)
_FIELD_LABELS = frozenset(
    "tel tel. telephone phone ph fax e-mail email mobile cell office direct web website url"
    " mailto t e f m o c p w d attn attn. source".split()
)


# the words of a field's label opening a grid's row ("Phone:", "Direct Line:"; not a group's
# "Sales:" nor a "Desk:")
_FIELD_WORDS = _FIELD_LABELS | (PHONE_LABEL_WORDS - {"sales", "desk"})
# the words of a label naming a record's own field, opening a grid's row ("Name:", "Title:",
# "Company:", "Contact:" over the numbers): it labels the row, and is no one's value
_RECORD_WORDS = frozenset(
    "name names title titles position company organization organisation firm agency contact"
    " contacts affiliation".split())


# What ADDRESS's street form holds: a number, white space, a capital ("100 Main Street");
# its town form holds a comma ("Austin, TX 78701")
_NUMBER_THEN_WORD = lazy(r"\d[ \t]+[A-Z]")
_FAX_LABEL = lazy(r"[ \t(]*+(?i:fax|f\b)")  # "Fax: ...", "F: ...", "(fax) ..."


def _without_address(seg: str) -> str:
    """The cell with its street address or town cut (``ADDRESS.sub``), tried only where
    one may be: a phone's or an e-mail's cell holds none, and the regex is slow to rule out
    (it may start at any capital)."""
    if DIGIT.search(seg) and ("," in seg or _NUMBER_THEN_WORD.search(seg)):
        return ADDRESS.sub("", seg)  # (both forms hold a digit)
    return seg


def _cells(line: str) -> list[tuple[int, str]]:
    """(visual column, text) of each cell; a lower-case cell continues the previous one."""
    if "\t" not in line and "   " not in line:  # (no GAP: one cell, its column its indent)
        text = _without_address(line).strip(" ,")
        return [(len(line) - len(line.lstrip()), text)] if text else []
    out: list[tuple[int, str]] = []
    pos = 0
    pieces = []
    for m in GAP.finditer(line):
        pieces.append((pos, line[pos : m.start()]))
        pos = m.end()
    pieces.append((pos, line[pos:]))
    if len(pieces) > 2:
        pieces = [p for p in pieces if not _OR_CELL.match(p[1])] or pieces
    # len(line[:done].expandtabs(8)) and the column mod 8 it ends at, carried from cell to
    # cell (expanding line[:start] for each cell was quadratic in a line of many cells)
    done = width = colmod = 0
    tabbed = "\t" in line  # (with no tab, a cell's column is its offset)
    for start, seg in pieces:
        text = _without_address(seg).strip(" ,")
        if not text:
            continue
        if tabbed:
            wide = (" " * colmod + line[done:start]).expandtabs(8)
            width += len(wide) - colmod
            colmod = (len(wide) - 1 - max(wide.rfind("\n"), wide.rfind("\r"))) % 8
            done = start
        else:
            width = start
        col = width + len(seg) - len(seg.lstrip())
        if out and _CONTINUES.match(text) and not (EMAIL.search(text) or URL.search(text)):
            out[-1] = (out[-1][0], out[-1][1] + " " + text)
        else:
            out.append((col, text))
    return out


def column_items(rows: list[str], capitals: Capitals = never) -> list[list[tuple[str, str]]]:
    """Rows -> one item sequence per column ("heading"/"blank"/"text" items)."""
    joined = "\n".join(rows)  # (a run of three blanks never spans the rows' newlines)
    if not ("\t" in joined or "   " in joined) and (
            (one := _one_column(rows)) is not None):
        return [one]  # (no gap parts a cell: one column, nothing to choose)
    parsed: list[tuple[str, list[tuple[int, str]], bool]] = []
    side_by_side: dict[int, list[tuple[int, str]]] = {}  # row -> (column, role) headings
    tabbed: dict[int, str] = {}  # row -> its line, of a row parted by tabs (an HTML row's)
    for r, line in enumerate(rows):
        headings = heading_cells(line)
        if headings:
            side_by_side[len(parsed)] = headings
            # the text after each heading ("Investor Contact: Jane Doe <gap> Media Contact:
            # John Roe") counts when the columns are chosen, and is read under its heading
            parsed.append(("", [(h[0], h[2]) for h in headings if h[2]], False))
            continue
        if (r == 0 or not rows[r - 1] or rows[r - 1].isspace()) and lone_role(rows, r):
            parsed.append((normalise(line), [], True))
            continue
        found = None if ":\t" in line[:30] and _record_label(line) else heading_role(line)
        if found is not None:
            role, line = found[0] or "", found[1]
        else:
            role, line = "", strip_markers(line)
        if "\t" in line:
            tabbed[r] = line
        parsed.append((role, _cells(line) if line.strip() else [], found is not None))
    # (whether a cell names someone, asked once per text: the choice of columns asks again)
    asked: dict[str, bool] = {}

    def names(text: str) -> bool:
        found = asked.get(text)
        if found is None:
            found = asked[text] = _names_someone(text, capitals)
        return found

    # the widest row naming two people or more sets the columns (a one-cell row cannot)
    named = (r for r, (_, row, _) in enumerate(parsed) if len(row) >= 2)
    at = max((r for r in named if sum(1 for _, t in parsed[r][1] if names(t)) >= 2),
             key=lambda r: len(parsed[r][1]), default=None)
    wide = parsed[at][1] if at is not None else None
    columns = ([c for c, t in wide if names(t)] if wide
               else _aligned([r for _, r, _ in parsed], names))
    # an HTML row opening with empty cells ("\t\t(408) 555-0100") puts each of its cells in
    # the column whose name stands in the same cell of the row naming them: the tabs of
    # its empty cells and a wider cell's text seldom part it as far
    by_field = _column_fields(tabbed.get(at, ""), wide, names) if wide and any(
        line[0] == "\t" for line in tabbed.values()) else None
    if len(columns) == 1 and (heads := _bare_headings(side_by_side)):
        # "Investor Contact: <TAB> Media Contact:" over "Jane Doe <TAB> press@acme.com": the
        # headings set the columns, though one heads a shared mailbox and names no one
        columns = heads
    seqs: list[list[tuple[str, str]]] = [[] for _ in columns]
    for r, (role, cells, is_heading) in enumerate(parsed):
        if r in side_by_side:
            heads = side_by_side[r]
            # (one heading per column: each over its own, as an HTML row's tab stops may
            # leave a short heading nearer the column before)
            near = list(range(len(heads))) if len(heads) == len(columns) > 1 else [
                min(range(len(columns)), key=lambda j: abs(columns[j] - h[0])) for h in heads]
            for n, (_, role, rest, firm) in enumerate(heads):
                k = near[n]
                opened = [("heading", role)] + ([("firm", firm)] if firm else [])
                seqs[k].extend(opened)
                if rest:
                    seqs[k].extend(_groups_in(rest))
                elif n + 1 == len(heads) or near[n + 1] > k:
                    # a heading alone over more columns than its own ("AT FINANCIAL RELATIONS
                    # BOARD:" over "Kathy Price    Tim Grace"): theirs up to the next one's
                    for j in range(k + 1, near[n + 1] if n + 1 < len(heads) else len(columns)):
                        seqs[j].extend(opened)
            continue
        if is_heading:
            for seq in seqs:
                seq.append(("heading", role or ""))
        if not cells and not is_heading:
            for seq in seqs:
                seq.append(_BLANK)
            continue
        if len(cells) == len(columns) + 1 > 2 and not is_heading and (
                (label := _field_label(cells[0][1])) is not None):
            # a field's label opening a row of the grid ("Phone: <TAB> 1.650.607.0349 <TAB>
            # 1.212.508.7935"): it labels each value after it, one a column (its own cell
            # moves the values left of their columns: the last may read as the first's); a
            # record's ("Name:", "Company:") only sits there, each value read alone
            for k, (_, text) in enumerate(cells[1:]):
                seqs[k].extend(_groups_in(f"{label} {text}" if label else text))
            continue
        for n, (col, text) in enumerate(cells):
            if len(columns) == 1:
                k = 0
            elif len(cells) == len(columns):
                k = n
            else:
                if text[-1] == ":" and n + 1 < len(cells):
                    # a label heads the cell after it, wherever its gap leaves it ("Investor
                    # Contact: <gap> Jane Doe <gap> Media Contact: <gap> John Roe")
                    col = cells[n + 1][0]
                k = _column_of(columns, col, own=r == at)
                if by_field and (line := tabbed.get(r, "")).startswith("\t") and (
                        fields := _tab_fields(line, len(cells))):
                    k = by_field.get(fields[n], k)
            seqs[k].extend(_groups_in(text))
    if len(seqs) > 1:
        for seq in seqs:
            _desk_heads(seq, names)
    return seqs


def _column_of(columns: list[int], col: int, own: bool) -> int:
    """The column a cell at ``col`` falls in: the nearest column's; in the row whose names
    set the columns (``own``), the last one opening at or before it, as each name's cells
    follow it ("Jane Doe <gap> (212) 555-0100 <gap> jdoe@acme.com <gap> John Roe <gap> ...":
    her e-mail, nearer his column, is hers)."""
    if own:
        return max((j for j, start in enumerate(columns) if start <= col), default=0)
    return min(range(len(columns)), key=lambda j: abs(columns[j] - col))


def _one_column(rows: list[str]) -> list[tuple[str, str]] | None:
    """column_items' items of rows with no tab and no run of three blanks (most blocks): each
    row is one cell, no row a side-by-side heading (``heading_cells`` needs two cells), so
    the columns are [0] and every cell is read in it, in order (the same items, without the
    choice of columns); None where a heading blanked inside a row left two cells (the
    columns are chosen then)."""
    seq: list[tuple[str, str]] = []
    for r, line in enumerate(rows):
        if (r == 0 or not rows[r - 1] or rows[r - 1].isspace()) and lone_role(rows, r):
            seq.append(("heading", normalise(line)))
            continue
        found = heading_role(line)  # (_record_label needs a tab)
        if found is not None:
            line = found[1]
            seq.append(("heading", found[0] or ""))
        else:
            line = strip_markers(line)
        cells = _cells(line) if line.strip() else []
        if len(cells) > 1:
            return None
        if cells:
            seq.extend(_groups_in(cells[0][1]))
        elif found is None:
            seq.append(_BLANK)
    return seq


def _field_label(text: str) -> str | None:
    """A cell that only labels a field, "Phone:", "E-mail:", "Direct Line:", "Phone" (its
    words a phone's, a fax's, an e-mail's or a web site's label; a letter's, "T:", only with
    its colon), else None; "" for a record's field's label with its colon ("Name:",
    "Title:", "Company:", "Contact:")."""
    label = text[:-1] if text[-1] == ":" else text
    if len(text) > 24 or len(label) < 3 and label == text:
        return None
    words = label.lower().split()
    if label != text and words and all(w in _RECORD_WORDS for w in words):
        return ""
    return label + ":" if words and all(w in _FIELD_WORDS for w in words) else None


def _record_label(line: str) -> bool:
    """Whether a row opens with a record's label in a cell of its own over two numbers or
    e-mails or more ("Contact: <TAB> 309-675-4549 <TAB> 309-361-9333"): a grid's row, no
    heading ("Contact: <TAB> Ken Bond <TAB> Media: <TAB> Deborah Hellinger" heads names)."""
    head, _, rest = line.strip().partition("\t")
    head = head.rstrip()
    if head[-1:] != ":" or _field_label(head) != "":
        return False
    cells = [cell for cell in rest.split("\t") if cell.strip()]
    return len(cells) >= 2 and all(DIGIT.search(cell) or "@" in cell for cell in cells)


def _tab_fields(line: str, cells: int) -> list[int] | None:
    """The tab-parted field each cell of a line stands in ("\t\t(408) 555-0100": [2]), or
    None if its cells are not its fields (a gap of spaces parts two, a lower-case cell
    continues the one before)."""
    fields = [n for n, field in enumerate(line.split("\t")) if field.strip(" ,")]
    return fields if len(fields) == cells else None


def _column_fields(line: str, wide: list[tuple[int, str]], names: Callable[[str], bool]
                   ) -> dict[int, int] | None:
    """Field -> column of the cells naming someone in the row that set the columns."""
    fields = _tab_fields(line, len(wide)) if line else None
    if fields is None:
        return None
    named = [f for f, (_, text) in zip(fields, wide, strict=True) if names(text)]
    return {f: k for k, f in enumerate(named)}


def _desk_heads(seq: list[tuple[str, str]], names: Callable[[str], bool]) -> None:
    """A column naming no one under no heading of its own, its desk over an e-mail ("Oracle
    Corporate Communications" / phone / "press@oracle.com" beside Ken Bond's column): the
    desk heads the column, so its mailbox is a contact with no name."""
    texts = [(n, v) for n, (kind, v) in enumerate(seq) if kind == "text"]
    if not texts or any(kind == "heading" and v for kind, v in seq) or not any(
            EMAIL.search(v) for _, v in texts) or any(names(v) for _, v in texts):
        return
    n, first = texts[0]
    if not (DIGIT.search(first) or "@" in first) and DEPARTMENT_WORDS & set(
            first.lower().split()):
        seq[n] = ("heading", first)


def _bare_headings(side_by_side: dict[int, list[tuple[int, str, str, str | None]]]
                   ) -> list[int] | None:
    """The columns of the first row of two headings or more with nothing after them."""
    for heads in side_by_side.values():
        if len(heads) >= 2 and not any(rest for _, _, rest, _ in heads):
            return [col for col, _, _, _ in heads]
    return None


def _names_someone(text: str, capitals: Capitals) -> bool:
    """Whether a cell names a person: also one whose lines an HTML cell ran together, the
    name then its phone or e-mail ("Jane Doe 1.650.607.0349 jane.doe@acme.com")."""
    if people_in(text, capitals):
        return True
    run = _WORDS_RUN.match(text)
    end = run.end() if run else 0
    if 0 < end < len(text) and text[end] == "@":
        end = text.rfind(" ", 0, end)  # "Jane Doe jdoe@acme.com": the mailbox's name cut
        return end > 0 and bool(people_in(text[:end].strip(), capitals))
    return (0 < end < len(text) and text[end] in _CONTACT_AFTER_NAME
            and bool(people_in(text[:end].strip(), capitals)))


_CONTACT_AFTER_NAME = frozenset("(+0123456789@")  # a phone or an e-mail opening


def heading_cells(line: str) -> list[tuple[int, str, str, str | None]] | None:
    """(column, role, text after it, firm) of a row of headings side by side, "COMPANY
    CONTACT: <gap> INVESTOR CONTACT:", each over its own column, or each with its person
    after it ("Investor Contact: Jane Doe (408) ... <TAB> Media Contact: John Roe ...", an
    HTML table's cells), or "AT THE COMPANY: <gap> AT FINANCIAL RELATIONS BOARD:" (the
    firm: "" for the issuer); None for any other row."""
    bare = False
    if line.count(":") < 2 and line.lower().count("contact") < 2:
        # (the regex only where the cheap tests fail; its roles are a tab or 3 blanks apart)
        if "\t" not in line and "   " not in line or ROLE_ROW.match(line) is None:
            return None
        bare = True
    cells = _cells(line)
    if len(cells) < 2:
        return None
    out = []
    for col, text in cells:
        if bare and BARE_ROLE_ONLY.match(text):
            out.append((col, normalise(text), "", None))
            continue
        found = heading_role(text)
        if found is None and text[:1] in "CTct" and (issuer := ISSUER_LABEL.match(text)):
            # "Company: <gap> Investors:", "Company: Jane Doe ... <TAB> Media: John Roe ..."
            out.append((col, issuer.group("label"), text[issuer.end() :].strip(), None))
            continue
        if found is None:
            firm = at_group_firm(text)
            if firm is None and text[-1:] == ":":
                # "Investors:<TAB>Media:<TAB>Europe:", "Zenith Instruments:<TAB>Financial
                # Dynamics:": a place's label is a heading, a firm's heads its people
                label = text[:-1].strip()
                kind = _label_kind(label, "") if 0 < len(label) <= 60 else None
                if kind == "place":
                    out.append((col, label, "", None))
                    continue
                firm = label if kind == "firm" else None
            if firm is None:
                return None
            out.append((col, "", "", firm))
            continue
        rest = found[1]  # the cell with its heading blanked: the text keeps its column
        # (a heading alone stands over its cell's column: "Investor Contact:<TAB>Media
        # Contact:" over "Jane Doe<TAB>John Roe", the short names left of where it ends)
        indent = len(rest) - len(rest.lstrip()) if rest.strip() else 0
        out.append((col + indent, found[0] or "", rest.strip(), None))
    return out


_PHONE_FIRST = frozenset("(+0123456789")


def _groups_in(text: str) -> list[tuple[str, str]]:
    """A cell's items: one text, or headings and texts when it names groups inline."""
    if " | " in text:  # "Jane Doe | Acme Widgets | 408-555-1212": fields split so
        text = text.replace(" | ", ", ")
    if "-or-" in text or "-OR-" in text:
        text = DASHED_OR.sub(", or ", text)
    if "/" in text and (sep := _slash_fields(text)):  # "Jane Doe / Acme Corp. / 408-..."
        text = text.replace(sep, ", ")
    if ":" in text[:40] and text[:1].isupper():
        if text[0] in "CT" and (issuer := ISSUER_LABEL.match(text)) and (
                text[issuer.end() : issuer.end() + 1] not in _PHONE_FIRST):
            # "Company:", "Company: Jane Doe, CFO, ...", "The Company:" (not a phone's label:
            # "Company: (214) 555-1212")
            rest = text[issuer.end() :]
            return [("heading", issuer.group("label")), *(_groups_in(rest) if rest else [])]
        if text[-1] == ":" and _place_label(place := _without_in(text[:-1].strip())):
            return [("heading", place)]  # "Dallas Office:", "In Canada:" over its people
        if text[-1] == ":" and (group := heading_role(text)) and group[0] and (
                not group[1].strip()):
            # a group's heading alone in its cell, after a column gap ("Contact: <TAB> Jane
            # Doe <TAB> Media: <TAB> John Roe"): it heads its column, no firm of the name
            return [("heading", group[0])]
        if first := _label_first(text):
            # (a label that reads as a person's name is dropped: "John Roe: Jane Doe, ...")
            return ([first[0]] if first[0] else []) + _groups_in(first[1])
    if text[:1] in "IiMmPpAaSs" and (run_on := run_on_group(text)):
        return [("heading", run_on[0]), *_groups_in(run_on[1])]  # "Media Jane Doe (408) ..."
    if len(text) >= 24 and _two_points(text):
        # ("..., both of Acme Corp." names the firm of all: cut before parting the people)
        shared = ALL_OF.search(text) if " of " in text or " at " in text or " for " in text or (
            " OF " in text or " AT " in text or " FOR " in text) else None
        rest = text[shared.end() :] if shared else ""  # "; or John Roe, ...": no firm shared
        if len(parts := _people_apart(text[: shared.start()] if shared else text)) > 1 or rest:
            return [item for part in parts for item in _groups_in(part)] + (
                [("all_org", shared.group("org").strip())] if shared else []) + (
                _groups_in(rest) if rest else [])
    if not (";" in text or "," in text):
        return [("text", text)]
    if not _GROUP_LABEL.search(text):
        # (two people in one line need a ";", ", or" or ", and" between them: most cells
        # have none)
        return _people_in_line(text) if ";" in text or ", or " in text or ", OR " in text or (
            ", and " in text) else [("text", text)]
    items: list[tuple[str, str]] = []
    shared = ALL_OF.search(text)
    whole = text
    if shared:
        text = text[: shared.start()]
    for part in _GROUP_SPLIT.split(text):
        label = _GROUP_LABEL.match(part)
        if label and part[label.end() :].strip():
            items.append(("heading", normalise(label.group("label"))))
            part = part[label.end() :]
        if part.strip():
            items.append(("text", part))
    if not any(kind == "heading" for kind, _ in items):
        return _people_in_line(whole)
    if shared:
        items.append(("all_org", shared.group("org").strip()))
        if rest := whole[shared.end() :]:
            items.extend(_groups_in(rest))
    return items


def _slash_fields(text: str) -> str | None:
    """The slash that parts a person's fields ("Jane Doe / Acme Corp. / 408-555-1212", set
    apart, or two unspaced: "Jane Doe/Acme Corp./408-..."), or None: a name first, no second
    name after it ("Jane Doe / John Roe" are two people, "Morgen-Walke Associates / Jane
    Doe" a firm's), and a phone or an e-mail in a later field."""
    sep = " / " if " / " in text else "/" if text.count("/") >= 2 and "//" not in text else ""
    if not sep:
        return None
    head, _, rest = text.partition(sep)
    head = head.strip()
    if head[:3] in ("or ", "OR "):
        head = head[3:]  # PR Newswire's next record: "or John Roe/Brunswick/212-..."
    fields = [f.strip() for f in rest.split(sep, 6)[:6]]
    if "," in head or not (DIGIT.search(rest) or "@" in rest) or (
            person_name(head) is None) or ":" in fields[0] or any(map(_person_field, fields)):
        return None  # (a label's field: "Jane Doe / Investors: John Roe / ...")
    return sep


def _person_field(field: str) -> bool:
    """Whether a slash-parted field names a person ("John Roe", "Ellen St. John"), no firm."""
    if "St. " in field:
        field = field.replace("St. ", "Saint ")
    return bool(people_in(field))


def _label_first(text: str) -> tuple[tuple[str, str] | None, str] | None:
    """(("heading", label) or ("firm", label), the rest) of a cell led by a label and its
    person: "Dallas Office: Jane Doe, (214) ...", "Europe: Hans Becker ..."; (None, the
    rest) for a label that reads as a person's name ("John Roe: Jane Doe"); None for any
    other cell (a field's label, "Tel: ...", or no person's name after the colon)."""
    m = _LABEL_FIRST.match(text)
    if m is None:
        return None
    label = m.group("label")
    if (label.count(" ") > 2 or "," in label or " and " in label or " & " in label) and not (
            regions_joined(label) or ENTITY_END.search(label)):
        return None  # (joined words, four words: a firm's "Acme, Inc." or regions' names)
    last = label.rpartition(" ")[2].lower()
    if last in _FIELD_LABELS and (last != "office" or " " not in label):
        return None
    rest = text[m.end() :]
    run = _WORDS_RUN.match(rest)
    words = run.group(0).split()[:3] if run else []
    if not any(person_name(" ".join(words[:k])) for k in (2, 3) if len(words) >= k):
        return None
    kind = _label_kind(label, rest)
    if m.group("in") and kind != "place":
        return None  # "In Memoriam: ...": only a place follows "In"
    return (("heading" if kind == "place" else kind, label) if kind else None), rest


def _label_kind(label: str, rest: str) -> str | None:
    """What a label before a person names: "place" ("Japan", "Asia Pacific", "Dallas
    Office", "U.S. Media"), "heading" (a group or job: "Trade Press", "General Counsel"),
    "firm" ("Brunswick Group", "Japan Tobacco", "US Bancorp", "ICR"); None for a label that
    reads as a person's name no domain of the cell spells ("John Roe: Jane Doe")."""
    if ("-" in label or "/" in label or " " in label) and regions_joined(label):
        return "place"  # "Middle East and Africa", "Asia-Pacific"
    words = label.split()
    low = [w.lower().strip(",") for w in words]
    core = len(words)
    while core and low[core - 1] in _DESK_LIKE:
        core -= 1  # "U.S. Investor Relations": the place, then its desk
    if core == 0:
        return "heading"
    if core == len(words) == 1 and low[0] in CITIES and _spelt_by(words[0], rest):
        return "firm"  # "Austin: Jane Doe, ..., jdoe@austin.com": the firm the domain spells
    places = place_words(words[:core])
    if places == core:
        return "place"  # "Asia Pacific", "Europe Corporate Communications"
    if ENTITY_END.search(label) or ORG_WORDS.search(label) or person_named_firm(label) or (
            titled_firm(label)):  # ("Mrs. Fields Brands: Jane Doe")
        # "Brunswick Group", "KCSA Strategic Communications", "Financial Dynamics",
        # "Citigate Dewe Rogerson"
        return "firm"
    if segment_name(label) and not (core == 1 and _spelt_by(words[0], rest)):
        # "Consumer Products", "Human Resources", "Electronics": a segment's, no one's (but
        # "Dynamics" over "mellison@dynamics.com" is the firm the domain spells)
        return "heading"
    if places:
        return "firm"  # a word no place's after the place: "Japan Tobacco", "US Bancorp"
    if core < len(words):
        return "place" if low[-1] in _DESKS else "heading"  # "Dallas Office"
    if core == 1:
        # an acronym names a firm ("ICR", "KCSA"); any other word may be a group's
        # ("Publicist:", "Retail:", "London:") unless a domain of the cell spells it: an
        # unknown word alone ("Zenith:") is read as a role, the safer default
        return "firm" if _acronym(words[0]) or _spelt_by(words[0], rest) else "heading"
    if _acronym(words[0]):
        return "firm"  # "FTI Consulting"
    if person_name(label):
        return "firm" if _spelt_by(words[0], rest) else None
    return "heading"


def _acronym(word: str) -> bool:
    """ "ICR", "KCSA", "FTI": a firm's initials (regions and desks are tested before)."""
    return word.isupper() and 2 <= len(word) <= 5 and word.isalpha()


def _spelt_by(word: str, rest: str) -> bool:
    """Whether an e-mail's or web site's domain in the cell opens with the word ("Acme" and
    "jdoe@acme.com")."""
    if "@" not in rest and "www" not in rest.lower():
        return False
    domains = [e.partition("@")[2] for e in EMAIL.pattern.findall(rest)]
    domains += [u.lower().removeprefix("http://").removeprefix("https://").removeprefix("www.")
                for u in URL.pattern.findall(rest)]
    low = word.lower()
    return len(low) >= 3 and any(d.lower().startswith(low) for d in domains)


def _without_in(label: str) -> str:
    """A place's label without its "In" ("In the U.S." -> "U.S."): the place is the role."""
    m = _IN_PLACE.match(label) if label[:3] == "In " else None
    return label[m.end() :] if m else label


def _place_label(label: str) -> bool:
    """Whether a lone label names an office, a place or a region: "Dallas Office", "New
    York", "U.S.", "Asia Pacific", "In Canada" (one to three capitalised words)."""
    words = label.split()
    if not 0 < len(words) <= 3 or not all(w[0].isupper() for w in words):
        return regions_joined(label)  # "Europe, Middle East and Africa"
    return _label_kind(label, "") == "place"


# What may stand between two people's numbers besides a name: a label ("Mobile:"), "or"
_BETWEEN_JUNK = " \t,;:/|()-\u2022"


_DROP_DIGITS = str.maketrans("", "", "0123456789")
# where a name's job or firm starts (a blank run entered at its first blank, or after a
# match's closing blank: from each blank of a run it rescanned the rest, quadratic)
_JOB_OR_FIRM = lazy(r",|(?:(?<![ \t])|(?<=of[ \t])|(?<=at[ \t])|(?<=with[ \t]))"
                    r"[ \t]++(?:of|at|with)[ \t]")


def _two_points(text: str) -> bool:
    """Whether a cell may hold two numbers or e-mails: 14 digits, or an "@" and 7."""
    digits = len(text) - len(text.translate(_DROP_DIGITS))
    return digits >= 14 or ("@" in text and (digits >= 7 or text.count("@") >= 2))


def _people_apart(text: str) -> list[str]:
    """An HTML cell's people, each with the numbers and e-mail typed under them: "Jane Doe
    512-555-0101 jdoe@acme.com John Roe 512-555-0102 jroe@acme.com" (the cell's <br> lines
    joined by a space) is parted before each name that follows a number or an e-mail."""
    points = sorted(
        [(m.start(), m.end()) for m in EMAIL.pattern.finditer(text)]
        + [(m.start(), m.end()) for m in PHONE.pattern.finditer(text)]
    )
    if len(points) < 2:
        return [text]
    # (a cell opening with its number prints each person's after it: "(201) 628-2275 -
    # Brian McDermott; (212) 333-3810 - John Roe" is parted before the next number)
    after = _number_first(text, points[0][0])
    parts, start = [], 0
    for (_, end), (nxt, _) in zip(points, points[1:], strict=False):
        if _person_between(text[end:nxt]):
            cut = nxt if after else end
            parts.append(text[start:cut])
            start = cut
    parts.append(text[start:])
    return parts


def _number_first(text: str, first: int) -> bool:
    """Whether a cell opens with its first number or e-mail (at ``first``), no name before
    it: its people print their names after their numbers."""
    return not text[:first].strip(" \t-\u2013\u2014:;,")


def _person_between(text: str) -> bool:
    """Whether what stands between two numbers or e-mails of a cell opens with a person's
    name (two or three words): not a phone's label ("Toll Free", "Main Line", "United
    Kingdom:", a word before a colon) nor a place ("Austin Texas", "New York")."""
    between = text.rpartition(":")[2].strip(_BETWEEN_JUNK)
    if between[:3] in ("or ", "OR ") and text.lstrip(" \t")[:3] == between[:3]:
        # "Jane Doe, 408-555-1212 or John Roe, 408-...", "... or John Roe of Roe
        # Communications, 212-...": the joiner names the next person, up to their job or
        # firm (", or John Roe" is PR Newswire's, parted later with what "both of" shares)
        between = _JOB_OR_FIRM.split(between[3:].lstrip(), 1)[0]
    elif "," in between:
        # "Jane Doe, CFO, 408-555-1212 / John Roe, Treasurer, 408-...": the next person's
        # name, up to their job or firm
        between = between.partition(",")[0].rstrip(_BETWEEN_JUNK)
    if not between or not between[0].isupper():
        return False
    name = person_name(between) or ((found := name_run_on(between)) and found[0])
    words = name.split() if name else []
    return bool(words) and not place_like(words) and not any(
        w.lower().strip(".,") in PHONE_LABEL_WORDS for w in words)


def _people_in_line(text: str) -> list[tuple[str, str]]:
    """PR Newswire's one-line record of two people: "Jane Doe of Acme, +1-408-..., jd@...;
    or John Roe of Brunswick Group, +1-212-...": one text each (its joining "or" kept),
    and what a closing "both of ..." names shared by all."""
    if _listed_first(text):
        return [("text", text)]  # (read whole: the list's role and firm are its people's)
    shared = ALL_OF.search(text)
    parts = [p for part in _PERSON_SPLIT.split(text[: shared.start()] if shared else text)
             for p in _and_people(part) if p.strip()]
    # (the people after the firm they share: "...; or John Roe, 212-...", theirs not shared)
    after = _people_in_line(rest) if shared and (rest := text[shared.end() :]) else []
    if len(parts) + len(after) < 2:
        return [("text", text)]
    if not shared:
        parts = _firm_shared(parts)
    items = [("text", part) for part in parts]
    if shared:
        items.append(("all_org", shared.group("org").strip()))
    return items + after


# "..., Treasurer, of Acme Corp., 408-...": a firm after a comma closing a line's last person
_LIST_OF = lazy(r",[ \t]++(?:of|OF)[ \t]++(?=[A-Z])")
_OR_LEAD = ("or ", "OR ")


def _firm_shared(parts: list[str]) -> list[str]:
    """A line's people with the firm its list prints once given to each who names none:
    first ("Acme Corp., Jane Doe, CFO, or John Roe, Treasurer") or, when only the last
    prints a number or e-mail, after the last ("Jane Doe, CFO, and John Roe, Treasurer, of
    Acme Corp., 408-...")."""
    if "," in parts[0] and (firm := _leading_firm(parts[0])):
        return [parts[0], *(_with_firm_first(p, firm) for p in parts[1:])]
    last = parts[-1]
    if ", " in last and (m := _LIST_OF.search(last)) and not any(
            "@" in p or DIGIT.search(p) for p in parts[:-1]):
        org = last[m.end() :].partition(",")[0].strip()
        if org and (ENTITY_END.search(org) or ORG_WORDS.search(org)):
            return [*(p if _firm_named(p) else f"{p.rstrip(' ,')}, of {org}"
                      for p in parts[:-1]), last]
    return parts


def _leading_firm(text: str) -> str | None:
    """The firm a line's first record opens with ("Acme Corp., Jane Doe, CFO"), else None."""
    found = people_in(text)
    orgs = {org for _, _, org in found}
    firm = orgs.pop() if len(orgs) == 1 else None
    return firm if firm and text.lstrip().startswith(firm) else None


def _firm_named(text: str) -> bool:
    """Whether a record names its people's firm (or names no one)."""
    body = text[3:] if text[:3] in _OR_LEAD else text
    found = people_in(body.strip())
    return not found or any(org for _, _, org in found)


def _with_firm_first(text: str, firm: str) -> str:
    """The record with ``firm`` put first after its joining "or", as the line's first record
    prints it ("or Acme Corp., John Roe, Treasurer"), unless it names a firm of its own."""
    if _firm_named(text):
        return text
    lead = text[:3] if text[:3] in _OR_LEAD else ""
    return f"{lead}{firm}, {text[len(lead) :].lstrip()}"


def _listed_first(text: str) -> bool:
    """Whether the line opens with a list of people closed by an Oxford comma: "Jane Doe,
    John Roe, or Mary Major, all of Acme Corp., 512-...". Only names stand before that
    ", or" / ", and" (no number, e-mail, job or firm), so it parts no two records."""
    cut = min((k for k in (text.find(", or "), text.find(", and ")) if k > 0), default=-1)
    head = text[:cut]
    if cut < 0 or ";" in head or "@" in head or DIGIT.search(head):
        return False
    names = head.split(",")
    return 2 <= len(names) <= 4 and all(  # (a firm named like a person: "Joele Frank")
        (name := person_name(n.strip())) and not person_named_firm(name) for n in names)


def _and_people(text: str) -> list[str]:
    """The text parted at each ", and " a person's name follows ("Jane Doe, CFO, and John
    Roe, Controller"), the "and" dropped; whole when a job or a firm follows."""
    if ", and " not in text:
        return [text]
    parts, start = [], 0
    for m in _AND_NEXT.finditer(text):
        run = _WORDS_RUN.match(text, m.end())
        words = run.group(0).split()[:3] if run else []
        if any(person_name(" ".join(words[:k])) for k in (2, 3) if len(words) >= k):
            parts.append(text[start : m.start()])
            start = m.end()
    return [*parts, text[start:]]


def _aligned(rows: list[list[tuple[int, str]]], names: Callable[[str], bool]) -> list[int]:
    """Columns typed side by side with no row naming two people: "Contact:  Robert Smith
    <gap> Investor Relations:" over "Chief Financial Officer <gap> Linda Park". Two rows or
    more start their cells at the same places, and every column names someone (``names``:
    whether a cell names a person)."""
    starts = Counter(tuple(c for c, _ in row) for row in rows if len(row) >= 2)
    for cols, seen in sorted(starts.items(), key=lambda kv: -len(kv[0])):
        if seen < 2:
            continue
        named = set()
        for row in rows:
            for col, text in row:
                if col in cols and col not in named and names(text):
                    named.add(col)
        if len(named) == len(cols):
            return list(cols)
    return _reached_apart(rows, names) or [0]


def _kind(cell: str) -> str:
    """What a table cell holds: an e-mail, a phone, or words."""
    return "email" if EMAIL.search(cell) else "phone" if PHONE.search(cell) else "words"


def _reached_apart(rows: list[list[tuple[int, str]]], names: Callable[[str], bool]
                   ) -> list[int] | None:
    """The columns of a table whose second person's name cell is empty (an HTML table
    renders no tab for it): "Contact: <TAB> Ken Bond" over "Oracle Investor Relations <TAB>
    Oracle Corporate Communications", their phones, their e-mails. Two rows or more of the
    same number of cells, in order, each row's cells alike (desks, phones, e-mails), where
    each column holds a phone (no fax) and an e-mail of its own, under or beside a person's
    name ("Phone: ... <gap> Fax: ..." is one column's)."""
    counts = Counter(len(row) for row in rows if len(row) >= 2)
    if not counts:
        return None
    width = max(counts)
    table = [row for row in rows if len(row) == width]
    if len(table) < 2 or any(len({_kind(t) for _, t in row}) > 1 for row in table) or not any(
            names(t) for row in rows for _, t in row):
        return None  # (a row "Jane Doe <TAB> jd@acme.com" is one person's fields)
    for n in range(width):
        cells = [row[n][1] for row in table]
        if not any(EMAIL.search(t) for t in cells) or not any(
                PHONE.search(t) and not _FAX_LABEL.match(t) for t in cells):
            return None
    return [c for c, _ in table[0]]
