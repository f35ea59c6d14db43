"""Combined filings by several registrants print one table instead of captions:

    Commission   Registrant, State of Incorporation,   IRS Employer
    File Number  Address, and Telephone Number         Identification No.
    2-26720      Louisville Gas and Electric Company   61-0264150
                 (A Kentucky Corporation)
                 220 West Main Street
                 Louisville, Ky. 40232
                 (502) 627-2000

(8k_2003_louisvillegasandelectr_1.htm). One registrant per row that starts with a file number.
The cell may also run on one line, as when its <p>s were joined (8k_2007_southernco_2.txt)::

    1-3526  The Southern Company (A Delaware Corporation) 30 Ivan Allen Jr. Blvd., N.W.
            Atlanta, Georgia 30308 (404) 506-5000                            58-0690070

A head whose name and state of incorporation stand in cells of their own (a tab between
"Exact Name of Registrant as Specified in Its Charter" and "State of Incorporation") is a
table of columns, read by cover_layout: no row of it is read here, not even one whose empty
state cell makes it look like a row of this table.

A cell's state is read from "(A Kentucky Corporation)" and the other kinds of entity
co-registrants print (a trust's, a partnership's, a bank's: "(a Delaware limited
partnership)", "(a Maryland real estate investment trust)"), from "(Incorporated in
Illinois)" / "(organized under the laws of the State of Illinois)" (cover_above.INCORPORATED),
and from the same words with no brackets ("An Illinois corporation": _plain_state).
"""

from __future__ import annotations

import re
from typing import Any

from ..lazy_re import lazy
from ..linescan import LinePattern
from ..record import empty_registrant
from ..regex_cache import compiled
from ..values import irs_number, squash, state_code
from .cover_above import INCORPORATED
from .cover_address import POSTCODE, cut_phone, split_address
from .cover_chunks import Caseless
from .cover_names import ENTITY_KINDS, LEGAL_END, unmarked

# searched in the lowered region (a led-by-literal scan, not a caseless one at every character)
# "Registrant, State of Incorporation, ...", "Registrants; State of Incorporation; ...",
# "Exact Name of Registrant as Specified in Its Charter; State of Incorporation; ..." (Exelon),
# "Exact name of registrants as specified in their charters, state of incorporation, ..."
_HEADER = Caseless(r"registrants?(?:\s++as\s+specified\s+in\s+(?:its|their)\s+charters?)?"
                   r"[,;]?\s+state\s+of\s+incorporation")
_ROW = compiled(
    r"^[ \t]*(?P<file>\d{1,4}-\d{3,6})[ \t]+(?P<name>\S[^\t\n]*?)(?<![ \t])[ \t]++"
    r"(?P<irs>\d{2}-\d{7})[ \t]*$", re.M)

_ROW_LINE = LinePattern(_ROW.pattern)


def _header_above(region: str, pos: int) -> bool:
    """The lines right above the first row (over a rule or a blank line) are the table's
    head, its columns run into each other in text, so no phrase of it reads whole:

        Commission     Exact name of registrants as specified in their charters,   I.R.S. Employer
        File Number    state of incorporation, address of principal executive      Identification
    """
    lines = region[max(0, pos - 800) : pos].split("\n")[-_HEAD_LINES:]
    while lines and not lines[-1].strip(" \t-=_"):
        lines.pop()  # the rule or blank line between head and rows
    head: list[str] = []
    while lines and lines[-1].strip():
        head.append(lines.pop())
    low = " ".join(head).lower()
    return all(any(word in low for word in words) for words in _HEAD_WORDS)


_HEAD_LINES = 8
_HEAD_SPAN = 1500
# every head names the registrant, its incorporation, the address or telephone in the name's
# cell (else state and name have columns of their own, read by cover_layout) and the IRS
# number's column
_HEAD_WORDS = (("registrant",), ("incorporation", "organization"), ("address", "telephone"),
               ("employer", "identification"))


def read_registrant_table(region: str, low: str | None = None) -> list[dict[str, Any]]:
    """`low`: lowered(region), when the caller has it (else the caseless search runs)."""
    header = _HEADER.search(region, low)
    if header and "\t" in region[header.start() : header.end()]:
        return []  # the name and the state a cell each: a table of columns (cover_layout)
    if header:
        rows = list(_ROW.finditer(region, header.end()))
        if not rows:
            return _side_by_side(region, header.end())
    else:
        # the head names the incorporation: its first row follows within a few lines
        head = (low if low is not None else region.lower()).find("incorporation")
        first = _ROW_LINE.search(region, head, head + _HEAD_SPAN) if head >= 0 else None
        if first is None or not _header_above(region, _ROW_LINE.line_start(first)):
            return []
        rows = list(_ROW.finditer(region, _ROW_LINE.line_start(first)))
    registrants = []
    for k, row in enumerate(rows):
        end = rows[k + 1].start() if k + 1 < len(rows) else region.find("\n\n", row.end())
        block = region[row.end() : end if end > 0 else len(region)]
        reg = empty_registrant()
        reg["commission_file_number"] = row.group("file")
        reg["irs_employer_id"] = irs_number(row.group("irs"))
        _read_cell(reg, [row.group("name"), *block.split("\n")])
        registrants.append(reg)
    _share_closing_address(registrants)
    return registrants


def _share_closing_address(registrants: list[dict[str, Any]]) -> None:
    """An address and telephone printed once under the last row, the other rows holding
    none (AEP: "1 Riverside Plaza, Columbus, Ohio 43215" / "Telephone (614) 716-1000" under
    all its subsidiaries' rows), are every registrant's."""
    last = registrants[-1] if len(registrants) >= 2 else None
    if last is None or last["address"] is None or any(
            reg["address"] or reg["phone"] for reg in registrants[:-1]):
        return
    for reg in registrants[:-1]:
        reg["address"], reg["phone"] = dict(last["address"]), last["phone"]


def _read_cell(reg: dict[str, Any], lines: list[str]) -> None:
    """Name, "(A Delaware Corporation)" or "State of Incorporation: Florida", address lines,
    telephone and maybe the IRS number, one per line or all on the first line (a cell whose
    <p>s were joined)."""
    name = squash(lines[0])
    if "(" in name:  # "PPL Corporation (Exact name of Registrant as specified in its charter)"
        name = _NAME_CAPTION.sub("", name)
    lines = [squash(x) for x in lines[1:]]
    labelled = _STATE_LABEL.search(name)  # closing a one-line cell (Progress Energy)
    if labelled:
        reg["state_of_incorporation"] = labelled.group("state")
        name = name[: labelled.start()].rstrip(" ,")
    reg["name"] = name
    # inside the name's line
    state = INCORPORATED.search(name) or _bare_state(name) or _plain_state(name)
    if state:  # the whole cell on one line: name (state) address phone
        reg["name"] = name[: state.start()].rstrip(" ,") or name
        reg["state_of_incorporation"] = state.group("state")
        lines.insert(0, name[state.end() :].strip(" ,"))
    else:
        street = _street_in_name(name)
        if street:  # name, address and telephone run together: cut at the street's number
            reg["name"] = name[:street].rstrip(" ,")
            lines.insert(0, name[street:])
            _state_after_name(reg)
    reg["name"] = unmarked(reg["name"])
    dba = reg["name"].find(" d/b/a ")
    if dba > 0:  # the trade name is no part of the registrant's name
        reg["name"] = reg["name"][:dba].rstrip(" ,")
    address: list[str] = []
    for line in lines:
        if not line or line[:5].lower() in ("d/b/a", "(d/b/") or _NAME_CAPTION.fullmatch(line):
            continue
        state = INCORPORATED.fullmatch(line) or _STATE_LABEL.match(line) or (
            _bare_state(line) if line[0] == "(" and line[-1] == ")" else None) or (
            _plain_state(line, whole=True))
        if state:
            reg["state_of_incorporation"] = state.group("state")
            continue
        if not address and not reg["state_of_incorporation"] and _states_alone(line):
            reg["state_of_incorporation"] = line  # the state's own column, before any address
            continue
        irs = _IRS_END.search(line)
        if irs:  # the IRS number as the cell's last line, or closing a one-line cell
            reg["irs_employer_id"] = reg["irs_employer_id"] or irs_number(irs.group(1))
            line = line[: irs.start()]
        if "dentification" in line:  # its caption before it: no part of the address
            line = _IRS_CAPTION.sub("", line)
        line, phone = cut_phone(line)
        reg["phone"] = reg["phone"] or phone
        if line:
            address.append(line)
    if address:
        reg["address"] = split_address(", ".join(address), None)


# "State of Incorporation: North Carolina", a line of the cell or closing a one-line cell
_STATE_LABEL = lazy(
    r"(?:^|(?<=[ (]))(?i:state[ ]of[ ](?:incorporation|organi[sz]ation)"
    r"(?:[ ]or[ ]organi[sz]ation)?)[ ]?:?[ ]?(?P<state>[A-Z][A-Za-z. ]{1,40}?)\)?$")
# where an address starts inside a one-line cell: a street's number, "One ...", a P.O. box
_STREET_START = lazy(r"(?<= )(?:\d+[A-Za-z]?(?:-\d+)? (?=[A-Z0-9])"
                     r"|(?:One|Two|Three|Four|Five) (?=[A-Z])|P\.? ?O\.? Box\b)")
# the name's caption inside its cell (PPL, LG&E and KU: "(Exact name of Registrant as
# specified in its charter)" under the name, over "(Pennsylvania)" and the address)
_NAME_CAPTION = lazy(r" ?\((?i:exact[ ]name[ ]of[ ](?:the[ ])?registrants?)[^()]{0,60}\)")
# a state of incorporation in brackets with no article: "(Pennsylvania)" (PPL), "(Missouri
# Corporation)" (Ameren); a US state's full name only ("(PA)" may be anything), so that no
# other bracket reads as one
_BARE_STATE = lazy(r"\((?P<state>[A-Z][A-Za-z. ]{3,25}?)(?: (?i:corporation|company))?\)")


_STATES_JOIN = lazy(r",? and |, ")


def _states_alone(line: str) -> bool:
    """A cell holding US states' full names alone ("Pennsylvania", "Kentucky and Virginia"):
    the "State of Incorporation" column of a head that gives the name, the state, the file
    and IRS numbers a column each (AEP, Edison), read in a rendered row's cells."""
    return len(line) > 4 and not any(ch.isdigit() for ch in line) and all(
        len(part) > 3 and state_code(part) is not None for part in _STATES_JOIN.split(line))


# the state and kind of entity with no brackets, as a cell's line prints them ("An Illinois
# corporation", "a Delaware limited partnership"): a US state's full name only
_PLAIN_STATE = lazy(rf"(?<![\w(])(?:An?|AN?|an?) (?P<state>[A-Z][A-Za-z.]{{1,20}}(?: [A-Z][A-Za-z.]"
                    rf"{{1,20}}){{0,2}}) (?i:{ENTITY_KINDS})\b(?![ ]?\))")


def _plain_state(text: str, whole: bool = False) -> re.Match[str] | None:
    """_PLAIN_STATE's first match naming a US state (with `whole`, all of `text`)."""
    if " " not in text:
        return None
    found = _PLAIN_STATE.fullmatch(text) if whole else _PLAIN_STATE.search(text)
    return found if found is not None and state_code(found.group("state")) else None


def _state_after_name(reg: dict[str, Any]) -> None:
    """A state's full name alone between the name, closed by its legal form, and the street
    of a cell whose lines were joined ("COMMONWEALTH EDISON COMPANY Illinois 440 South
    LaSalle Street ..."): the state of incorporation printed on its own line, no part of the
    name ("PUBLIC SERVICE COMPANY OF NEW MEXICO" ends on no legal form before its state)."""
    name = reg["name"]
    for count in (1, 2):  # ("Illinois", "New York")
        words = name.rsplit(" ", count)
        if len(words) < count + 1:
            return
        state = " ".join(words[1:])
        if words[0].rsplit(" ", 1)[-1].rstrip(".,").lower() in LEGAL_END \
                and state[:1].isupper() and state_code(state) is not None and len(state) > 3:
            reg["name"], reg["state_of_incorporation"] = words[0].rstrip(" ,"), state
            return


def _bare_state(text: str) -> re.Match[str] | None:
    for found in _BARE_STATE.finditer(text):
        if state_code(found.group("state")) is not None:
            return found
    return None


def _street_in_name(name: str) -> int | None:
    """Where the address starts in a name's line that runs on into the address: "PROGRESS
    ENERGY, INC. 410 South Wilmington Street Raleigh, North Carolina 27601-1748 Telephone:
    (919) 546-6111"; None unless a postal code closes the line (less its telephone)."""
    rest = cut_phone(name)[0]
    if not POSTCODE.search(rest):
        return None
    street = _STREET_START.search(rest)
    return street.start() if street else None


_IRS_END = lazy(r"(?:^|[ ])(\d{2}-\d{7})$")
# "IRS Employer Identification No." printed in the cell before its number (Duke Energy)
_IRS_CAPTION = lazy(r"(?:^|(?<![ ,;])[ ,;]++)(?i:i\.?[ ]?r\.?[ ]?s\.?[ ]employer[ ]identification"
                    r"(?:[ ](?:no\.?|number))?)[ ]?:?$")
_FILE = lazy(r"\d{1,4}-\d{3,6}")
_CELL_CHUNK = lazy(r"[^\t ]+(?: [^\t ]+)*")  # runs of words split by a tab or 2+ spaces
_TABLE_LINES = 60


def _side_by_side(region: str, start: int) -> list[dict[str, Any]]:
    """Registrants printed two to a row (Entergy), each cell led by its file number:

        1-11299   ENTERGY CORPORATION            1-31508   ENTERGY MISSISSIPPI, INC.
                  (a Delaware corporation)                 (a Mississippi corporation)
                  639 Loyola Avenue                        308 East Pearl Street
                  ...                                      ...
                  72-1229752                               64-0205830

    A line's text goes to the cell it starts under. Rendered HTML puts each row on one line
    ("1-11299<tab>ENTERGY CORPORATION (a Delaware corporation) 639 Loyola ...<tab>1-31508
    <tab>..."), so a cell's words are all on its row's line."""
    cells: list[tuple[float, list[str], dict[str, Any]]] = []
    row: list[tuple[float, list[str], dict[str, Any]]] = []
    blanks = 0
    for line in region[start:].split("\n", _TABLE_LINES)[:_TABLE_LINES]:
        chunks = [(float(m.start()), m.group()) for m in _CELL_CHUNK.finditer(line)]
        if not chunks:
            blanks += 1
            if row and (blanks > 1 or row[0][0] < 0):
                row = []  # a blank line ends a rendered row; two end a text one
            continue
        blanks = 0
        pairs = [k for k in range(len(chunks) - 1) if _FILE.fullmatch(chunks[k][1])
                 and not _FILE.match(chunks[k + 1][1])]
        if pairs and pairs[0] == 0:
            rendered = "\t" in line
            row = []
            for k in pairs:
                reg = empty_registrant()
                reg["commission_file_number"] = chunks[k][1]
                column = -1.0 if rendered else chunks[k + 1][0]
                row.append((column, [], reg))
            cells.extend(row)
            for k, (column, text) in enumerate(chunks):
                if k not in pairs:
                    cell = _cell_at(row, pairs, k) if rendered else _cell_under(row, column)
                    cell[1].append(text)
            continue
        if not row:
            if cells:
                break
            continue
        if row[0][0] >= 0 and chunks[0][0] < row[0][0] - 2:
            break  # text back at the left margin: the table is over
        for column, text in chunks:
            cell = row[-1] if row[0][0] < 0 else _cell_under(row, column)
            cell[1].append(text)
    registrants = []
    for _, lines, reg in cells:
        if lines:
            _read_cell(reg, lines)
            registrants.append(reg)
    return registrants


def _cell_under(row: list[tuple[float, list[str], dict[str, Any]]],
                column: float) -> tuple[float, list[str], dict[str, Any]]:
    """The cell whose column is the last one at or left of `column` (2 characters slack)."""
    found = row[0]
    for cell in row:
        if cell[0] <= column + 2:
            found = cell
    return found


def _cell_at(row: list[tuple[float, list[str], dict[str, Any]]], pairs: list[int],
             k: int) -> tuple[float, list[str], dict[str, Any]]:
    """The cell of a rendered row that chunk k belongs to: the one led by the last file
    number before it."""
    index = 0
    for n, pair in enumerate(pairs):
        if pair < k:
            index = n
    return row[index]
