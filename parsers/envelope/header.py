"""The SGML header of a submission, all of it, as nested JSON (the record's ``header``).

Two dialects, often mixed in one header, both read by one line-based engine:

- SEC-HEADER / IMS-HEADER text lines, nested by tab indentation::

      ACCESSION NUMBER:<TAB><TAB>0000950117-94-000182
      FILER:
      <TAB>COMPANY DATA:
      <TAB><TAB>COMPANY CONFORMED NAME:<TAB><TAB><TAB>UNION CAMP CORP

- tag lines, nested by open/close tags (the <SUBMISSION> feed, and parts of modern SEC-HEADERs
  such as ``<ACCEPTANCE-DATETIME>`` or series-and-classes data)::

      <ACCESSION-NUMBER>0000732715-99-000042
      <FILER>
      <COMPANY-DATA>
      <CONFORMED-NAME>INDIANA BELL TELEPHONE CO INC
      </COMPANY-DATA>

Schema (keys snake_cased from the tag names, each dialect keeping its own names)::

    {"accession_number": "0000950117-94-000182",
     "conformed_submission_type": "8-K",
     "public_document_count": "2",
     "conformed_period_of_report": "1994-08-09",
     "item_information": ["Other events", "Financial statements and exhibits"],
     "filed_as_of_date": "1994-08-17",
     "filer": [{"company_data": {"company_conformed_name": "UNION CAMP CORP", ...},
                "filing_values": {"form_type": "8-K", ...},
                "business_address": {"street_1": "1600 VALLEY RD", ...},
                "mail_address": {...},
                "former_company": [{"former_conformed_name": "UNION BAG CAMP PAPER CORP",
                                    "date_of_name_change": "1966-09-21"}]}]}

A header whose indentation was stripped (every line flush left, or blocks at their fields'
column) is grouped by its section keys instead: FILER, SUBJECT COMPANY, ISSUER, ... hold
COMPANY DATA, FILING VALUES, BUSINESS ADDRESS, ..., which hold the fields.

Dates (8 digits under a key naming a date or period) become "YYYY-MM-DD", 14-digit datetimes
"YYYY-MM-DDTHH:MM:SS"; invalid ones stay as printed. Repeatable blocks are always lists; any
other key that repeats becomes a list; a value-less key with no body is null. Unknown keys are
kept. Never raises; one pass over the lines. A no-break space reads as a space and a
character a reader sees as nothing (a byte-order mark, a zero-width space) is dropped, as a
header a word processor saved types them ("ACCESSION NUMBER:\ufeff\t\t0000320193-97-000021",
"SAN\xa0JOSE": "0000320193-97-000021", "SAN JOSE").
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from ..lazy_re import lazy

# Keys whose values are always lists, whether they occur once or many times.
LIST_KEYS = frozenset(
    {
        "filer",
        "subject_company",
        "filed_by",
        "reporting_owner",
        "issuer",
        "former_company",
        "former_name",
        "serial_company",
        "depositor",
        "securitizer",
        "issuing_entity",
        "series",
        "class_contract",
        "new_series",
        # (EDGAR's NEW-CLASSES-CONTRACTS: one per series gaining classes; a fund merger
        # filing's MERGER blocks, each of one acquirer and one or more TARGET-DATA)
        "new_classes_contracts",
        "merger",
        "target_data",
        "item_information",
        "items",
        "group_members",
    }
)
# List keys that hold strings, not blocks.
STRING_LIST_KEYS = frozenset({"item_information", "items", "group_members"})

# Feed tags that open a block even when a truncated header lost their closing tag.
_BLOCK_TAGS = frozenset(
    {
        "FILER",
        "SUBJECT-COMPANY",
        "FILED-BY",
        "REPORTING-OWNER",
        "ISSUER",
        "SERIAL-COMPANY",
        "DEPOSITOR",
        "SECURITIZER",
        "ISSUING-ENTITY",
        "COMPANY-DATA",
        "OWNER-DATA",
        "FILING-VALUES",
        "BUSINESS-ADDRESS",
        "MAIL-ADDRESS",
        "FORMER-COMPANY",
        "FORMER-NAME",
        "SERIES-AND-CLASSES-CONTRACTS-DATA",
        "EXISTING-SERIES-AND-CLASSES-CONTRACTS",
        "NEW-SERIES-AND-CLASSES-CONTRACTS",
        "MERGER-SERIES-AND-CLASSES-CONTRACTS",
        "SERIES",
        "CLASS-CONTRACT",
        "NEW-SERIES",
        "NEW-CLASSES-CONTRACTS",
        "MERGER",
    }
)

# Text-dialect section keys, for headers whose indentation was stripped ("FILER:",
# "COMPANY DATA:", "COMPANY CONFORMED NAME:" all flush left): a party block holds the
# sub-blocks, a sub-block the fields. The depth they take below the line's column keeps a
# flat block open for the lines at its own column (see `_parse`).
_PARTY, _SUB_BLOCK = 0.5, 0.25
_SECTION_DEPTH: dict[str, float] = {
    **dict.fromkeys(("filer", "subject_company", "filed_by", "reporting_owner", "issuer",
                     "serial_company", "depositor", "securitizer", "issuing_entity"), _PARTY),
    **dict.fromkeys(("company_data", "owner_data", "filing_values", "business_address",
                     "mail_address", "former_company", "former_name"), _SUB_BLOCK),
}
# Filing-level keys: in a flat header they end the blocks above them.
_ROOT_KEYS = frozenset({"accession_number", "conformed_submission_type", "public_document_count",
                        "conformed_period_of_report", "item_information", "filed_as_of_date",
                        "date_as_of_change", "effectiveness_date", "group_members"})

# `<TAG>value`, `</TAG>` (feed dialect and tag lines inside SEC-HEADER).
_TAG_LINE = r"[ \t]*+<(/?)([A-Za-z][A-Za-z0-9_.-]*+)>(.*)"
# `\t\tKEY NAME:\tvalue`; the key runs to the first colon. (Possessive runs here and in
# _TAG_LINE: what follows each run is a character it cannot hold, so a line that is
# neither form fails at once instead of giving its run back a character at a time.)
_TEXT_LINE_BODY = r"([ \t]*+)([A-Za-z][^:\n<]*+):(.*)"
_TEXT_LINE = lazy(_TEXT_LINE_BODY)
# Each non-empty line of a header as (slash, tag, tag value, lead, key, value, other): a tag
# line, else a text line, else as it is. One C-level findall that `_parse` walks (each match
# takes a whole line, so the MULTILINE "^" fails once per line, not per character).
_LINE = lazy(rf"^(?:{_TAG_LINE}|{_TEXT_LINE_BODY}|(.+))$", re.MULTILINE)
_NON_WORD = lazy(r"[^0-9a-z]+")
_DATE8 = lazy(r"\d{8}")
_DATETIME14 = lazy(r"\d{14}")

# characters a reader sees as nothing: a byte-order mark, a zero-width space, a word joiner
_INVISIBLE = "\ufeff\u200b\u2060"
_Frame = tuple[dict[str, Any], float, str | None, str]  # (block, indent, tag, key)


@lru_cache(maxsize=2048)  # a header repeats a few dozen tag names across every filing
def snake(name: str) -> str:
    """`COMPANY CONFORMED NAME` -> `company_conformed_name`; `STREET-1` -> `street_1`."""
    return _NON_WORD.sub("_", name.lower()).strip("_")


def convert(key: str, value: str) -> str:
    """ISO-format the dates and datetimes; other values as printed."""
    if "date" in key or "period" in key:
        if len(value) == 14 and "datetime" in key and _DATETIME14.fullmatch(value):
            try:
                if not value.isascii():  # (strptime's fields are ASCII digits but the year's)
                    return datetime.strptime(value, "%Y%m%d%H%M%S").isoformat()
                # what strptime reads from 14 digits, at a fifth of its cost
                return datetime(int(value[:4]), int(value[4:6]), int(value[6:8]),
                                int(value[8:10]), int(value[10:12]),
                                int(value[12:])).isoformat()
            except ValueError:
                return value
        if len(value) == 8 and _DATE8.fullmatch(value):
            try:
                return date(int(value[:4]), int(value[4:6]), int(value[6:])).isoformat()
            except ValueError:
                return value
    return value


def _spill(line: str) -> tuple[str, int, str, str]:
    """A value that spilled onto the next line, e.g. "[6331" + "]\t\tIRS NUMBER:\t..."
    (2000-era headers): the spill continues the last value, the rest is a line. A copy
    with its tabs expanded parts them by a run of spaces. (spill, indent, key, value) of
    that line; the key "" where all of it is the spill."""
    tab = line.find("\t")
    if tab <= 0:
        tab = line.find("  ")
    m = _TEXT_LINE.match(line, tab) if tab > 0 else None
    if m:
        indent = len(line[: m.start(2)].expandtabs(8))
        return line[:tab].strip(), indent, m.group(2), m.group(3).strip()
    return line.strip(), 0, "", ""


def _add(container: dict[str, Any], key: str, value: Any) -> None:
    if key in LIST_KEYS:
        bucket = container.setdefault(key, [])
        if not isinstance(bucket, list):
            bucket = container[key] = [bucket]
        if value is not None:
            bucket.append(value)
        return
    if key not in container:
        container[key] = value
        return
    old = container[key]
    if isinstance(old, list):
        old.append(value)
    else:
        container[key] = [old, value]


def parse_header(text: str) -> dict[str, Any]:
    """Parse header text (SEC-HEADER body, IMS-HEADER body or feed header) into nested dicts."""
    try:
        return _parse(text if text.isascii() else _visible(text))
    except Exception:  # never fatal: a header we cannot read is an empty header
        return {}


def _visible(text: str) -> str:
    """`text` as a reader sees it: no-break spaces as spaces, no zero-width characters (a
    header an editor saved in Unicode: "CITY:\t\tSAN\xa0JOSE" reads "SAN JOSE")."""
    for ch in _INVISIBLE:
        if ch in text:
            text = text.replace(ch, "")
    return text.replace("\xa0", " ") if "\xa0" in text else text


def _open(stack: list[_Frame], key: str, indent: int, below: tuple[int, str] | None) -> bool:
    """Put a value-less text key: a block where the next text line (`below`: its indent and
    key; None at a tag line or the end) is indented under it or is the body of a flat
    section (True: it opened flat), else null."""
    if below is not None:
        if below[0] > indent:
            _put(stack, key, "", True, indent, None)
            return False
        if below[0] == indent and (depth := _flat_depth(key, below[1])) is not None:
            _put(stack, key, "", True, indent - depth, None)
            return True
    _put(stack, key, "", False, indent, None)
    return False


def _flat_depth(key: str, after: str) -> float | None:
    """How far below its column a section key whose body is not indented (`after`, the key
    of its next line, is at its own column) opens its block; None where it is no section key
    or holds nothing (the next line is a section of its rank or higher, or a filing key)."""
    depth = _SECTION_DEPTH.get(key)
    if depth is None:
        return None
    if after in _ROOT_KEYS or _SECTION_DEPTH.get(after, 0.0) >= depth:
        return None
    return depth


def _continue(container: dict[str, Any], key: str, spills: list[str]) -> None:
    # a run of spilled lines is joined, then added once: adding them one at a time copied
    # the value for each (quadratic in a header with thousands of spilled lines)
    spill = "".join(("" if part[:1] in ")]}" else " ") + part for part in spills)
    value = container.get(key)
    if isinstance(value, str):
        container[key] = value + spill
    elif isinstance(value, list) and value and isinstance(value[-1], str):
        value[-1] = value[-1] + spill


def _parse(text: str) -> dict[str, Any]:
    rows = _LINE.findall(text)
    # the tags closed anywhere (a tag line opening with "</")
    closers = {row[1] for row in rows if row[0]} if "</" in text else set()
    root: dict[str, Any] = {}
    # Frames: [container, indent, tag name, key]. Text frames (nested by indentation) have
    # tag None; tag frames (nested by open/close tags) have indent -1. A flat text frame's
    # indent is its column less its _SECTION_DEPTH: the fraction tells it is flat.
    stack: list[_Frame] = [(root, -1, "", "")]
    last: tuple[dict[str, Any], str] | None = None  # where the last scalar went
    flat = False  # has a section opened flat (its body not indented)?
    spills: list[str] = []  # the spilled lines of the run so far, for `last`
    # a value-less text key (key, indent): block or null, as the next text line tells
    pending: tuple[str, int] | None = None
    widths: dict[str, int] = {}  # the column each lead of tabs and spaces reaches
    for slash, tag, tag_value, lead, name, value, other in rows:
        if name:
            indent = widths.get(lead)  # (a header has a handful of distinct leads)
            if indent is None:
                indent = widths[lead] = len(lead.expandtabs(8))
            value = value.strip()  # (the key needs no rstrip: `snake` drops what it strips)
        elif not tag:  # neither form: a spill, maybe with a text line after it
            if other.isspace():
                continue
            spill, indent, name, value = _spill(other)
            if last is not None and spill:
                spills.append(spill)
            if not name:
                continue
        if spills:  # (`last` changes only below, so the run still belongs to it)
            if last is not None:
                _continue(last[0], last[1], spills)
            spills = []
        if name:
            key = snake(name)
            if pending is not None:
                flat = _open(stack, *pending, (indent, key)) or flat
                pending = None
            while stack[-1][2] is None and stack[-1][1] >= indent:  # (the root's tag is "")
                stack.pop()
            if not key:
                continue
            if flat and stack[-1][1] % 1:  # in a flat block: the keys tell where it ends
                _close_flat(stack, key)
            if value:  # (most lines: a value for the innermost block, put here directly)
                top = stack[-1][0]
                if "date" in key or "period" in key:  # (convert's own test, without a call)
                    value = convert(key, value)
                if key in top or key in LIST_KEYS:
                    _add(top, key, value)
                else:  # (_add's common case inline: a key met once in its block)
                    top[key] = value
                last = top, key
            else:
                pending, last = (key, indent), None
            continue
        if pending is not None:
            _open(stack, *pending, None)
            pending = None
        key = snake(tag)
        if slash:
            # Close the tag block of that name; a stray closer in the text dialect
            # (`</COMPANY-DATA>` after an indented COMPANY DATA:) closes that text block.
            for depth in range(len(stack) - 1, 0, -1):
                frame = stack[depth]
                if frame[2] == tag or (frame[2] is None and frame[3] == key):
                    del stack[depth:]
                    break
            last = None
            continue
        # An opening tag line sits at column 0: it ends indented text blocks.
        while len(stack) > 1 and stack[-1][2] is None:
            stack.pop()
        if key:
            value = tag_value.strip()
            opens = not value and (tag in closers or tag.upper() in _BLOCK_TAGS)
            last = _put(stack, key, value, opens, -1, tag)
    if pending is not None:
        _open(stack, *pending, None)
    if spills and last is not None:
        _continue(last[0], last[1], spills)
    return root


def _close_flat(stack: list[_Frame], key: str) -> None:
    """A section key ends the flat blocks of its depth and below (a party key all of them,
    a sub-block key the sub-blocks); a filing-level key ends every flat block."""
    depth = _SECTION_DEPTH.get(key)
    if depth is None and key not in _ROOT_KEYS:
        return
    while len(stack) > 1 and stack[-1][2] is None and stack[-1][1] % 1:
        if depth == _SUB_BLOCK and stack[-1][1] % 1 != 1 - _SUB_BLOCK:
            return  # a sub-block key stops at its party
        stack.pop()


def _put(stack: list[_Frame], key: str, value: str,
         opens: bool, indent: float, tag: str | None) -> tuple[dict[str, Any], str] | None:
    """Add `key` to the innermost block: a value, a block it opens (pushed), or null.
    Returns where a value went (for continuation lines), else None."""
    top = stack[-1][0]
    if value:
        _add(top, key, convert(key, value))
        return top, key
    if opens:
        block: dict[str, Any] = {}
        _add(top, key, block)
        stack.append((block, indent, tag, key))
    else:
        _add(top, key, None)
    return None
