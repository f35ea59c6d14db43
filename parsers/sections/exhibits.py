"""Exhibit list / index -> exhibits[] {number, description, document}.

Schema slice (SPEC.md), from 8k_1999_westelltechnologiesinc_3.txt::

    exhibits [{number "99.1", description "Press Release dated December 13, 1999.",
               document 2}, ...]

`document` is the <SEQUENCE> of the <DOCUMENT> whose <TYPE> is that exhibit ("EX-99.1"), or
null. Lists are read where filings print them: the exhibits item (8-K Item 7 / 9.01, 10-K Item
14 / 15), an EXHIBIT INDEX, or an untyped document holding the index. Exhibit documents the list
does not name are added from their <TYPE> and <DESCRIPTION>, so nothing attached is missed.
"""

from __future__ import annotations

import re
from collections import deque
from typing import Any

from ..lazy_re import lazy
from ..linescan import LinePattern
from ..model import Document
from ..pipeline import Context
from ..values import squash
from .patterns import EXHIBIT_INDEX_HEADING

EXHIBIT_ITEMS = {"7", "9.01", "13", "14", "15", "16", "19"}

# "99.1     Press Release dated ...", "Exhibit 99 - Press release", "12(c) --   Statement re:",
# "(99) Press release of the Registrant" (1990s: the number in brackets, two digits or more),
# "99.4(a)  Letter Agreement", "101.INS  Inline XBRL Instance Document", and HTML rows
# "99.1<tab>Press release issued ..." (a footnote mark may follow the number: "99.1*<tab>Audit
# Committee Charter")
# (possessive indentation `*+`: a letter or digit follows, so no line is retried at each
# shorter indentation)
# A single space may part them too when the number has two digits or a decimal point and a
# capital opens the description ("99.1 Press release dated ...", "104 Cover Page ..."), as
# rendered HTML paragraphs print them: `single` marks those, for read_entries to check.
_ENTRY = LinePattern(
    r"^[ \t]*+(?:Exhibit[ \t]+(?:No\.?[ \t]*)?)?(?P<br>\((?=\d{2,3}(?:\.\d{1,3})?\)))?"
    r"(?P<num>\d{1,3}(?:\.\d{1,3}|\.(?-i:[A-Z]{3}))?(?:[ \t]?\([a-zA-Z0-9]{1,3}\))?)(?(br)\))\.?"
    r"[*\u2020\u2021]{0,3}"
    r"(?:[ \t]*(?:--|[-\u2013\u2014:])[ \t]*|\t[ \t]*|[ \t]{2,}"
    r"|(?P<single>[ ])(?=(?-i:[A-Z])|[\"\u201c]))"
    r"(?P<desc>[A-Za-z\"\u201c(*][^\n]*)$",
    re.I,
)
_DESC_ENDS = (".", ")", ";", ":")  # a description that ends so is not wrapped
# EXHIBIT_INDEX_LINES behind a lookahead for the first letter of its spellings: the scan of
# the whole document fails most lines at once (about 1.5x faster)
_INDEX_HEADING = LinePattern(rf"(?=[^\S\n]*+[EI])(?:{EXHIBIT_INDEX_HEADING.pattern})")
_CONTINUATION = lazy(r"^[ \t]+\S[^\n]*$")
_KEY = lazy(r"(\d+)(?:\.(\d+))?\.?[ \t]?(?:\(?([A-Z0-9]{1,3})\)?)?")
_COLUMN_GAP = lazy(r"[ \t]{2,}|\t")
_PAGE_NUMBER = lazy(r"(?:(?i:page)[ \t]?)?\d{1,3}|E-\d+")
_LETTER = lazy(r"[A-Za-z]")  # a description has words: "(27)  (48)" is a table row
# a 10-K's "(a) 1. Financial Statements  2. Financial Statement Schedules  3. Exhibits": the
# parts of the exhibits item, not exhibits
_PART_LABEL = lazy(
    r"(?i:(?:consolidated[ ]+)?financial[ ]+statements?(?:[ ]+schedules?)?|exhibits?)[ .:]*$")
# underlines typed under a value ("dated as of ------------ September 26, 1997")
_RULE_WORD = lazy(r"(?<!\S)[-_=]{3,}(?!\S)")


def exhibit_key(number: str) -> tuple[int, int | None, str] | None:
    """ "99.1" / "EX-99.01" -> (99, 1, ""); "12(c)" / "EX-12.(C)" -> (12, None, "C")."""
    text = number.upper().removeprefix("EX-").strip()
    match = _KEY.match(text)
    if not match:
        return None
    minor = match.group(2)
    return int(match.group(1)), int(minor) if minor else None, match.group(3) or ""


def _drop_page_number(line: str) -> str:
    """ "Consent of Price Waterhouse          12": the index's page column is not the text."""
    parts = _COLUMN_GAP.split(line.strip())
    if len(parts) > 1 and _PAGE_NUMBER.fullmatch(parts[-1]):
        parts.pop()
    return " ".join(parts)


def read_entries(text: str) -> list[tuple[str, str]]:
    """(number, description) for each exhibit line of a list, continuation lines joined."""
    entries: list[tuple[str, str]] = []
    matches = list(_ENTRY.finditer(text))
    starts = {_ENTRY.line_start(m) for m in matches}
    size = len(text)
    for match in matches:  # only entry lines and the lines under them are looked at
        num = match.group("num")
        if match.group("single") and not (num[1:2].isdigit() or "." in num):
            continue  # "3 Months Ended": one digit and one space make no entry
        desc = [_drop_page_number(match.group("desc"))]
        eol = match.end()  # the description runs to the end of its line
        # a list typed flush left with one space wraps flush left: "10.17 Third Amended Loan
        # ... between the" over "Company and Israel Discount Bank of NY." (Asta Funding 2004)
        flush = match.group("single") is not None and text[_ENTRY.line_start(match)] not in " \t"
        while eol < size and eol + 1 not in starts:
            nxt = text.find("\n", eol + 1)
            nxt = size if nxt < 0 else nxt
            line = text[eol + 1 : nxt]
            if not _CONTINUATION.match(line) and not (
                    flush and line[:1].isalpha() and not desc[-1].endswith(_DESC_ENDS)):
                break
            desc.append(_drop_page_number(line))
            eol = nxt
        joined = " ".join(desc)
        if "--" in joined or "__" in joined or "==" in joined:
            joined = _RULE_WORD.sub(" ", joined)
        entries.append((match.group("num").replace(" ", ""), squash(joined)))
    return entries


# An exhibit named in a sentence of the exhibits item, where no list is typed: "(d) Exhibits.
# The following exhibit is furnished: Exhibit 99.1, press release dated May 1, 2008." The
# description runs to a semicolon, a blank line, a sentence's end, the next exhibit or the verb
# after an apposition ("Exhibit 16, the letter from Price Waterhouse LLP ..., is attached").
# (the text's lines are joined first: a sentence wraps)
_IN_PROSE = lazy(
    r"\bExhibit[ \t]+(?:No\.[ \t]*)?(?P<num>\d{1,3}(?:\.\d{1,3})?)(?![\d.]\d)"
    r"[ \t]*(?:--|[,:\u2013\u2014-])?[ \t]*"
    r"(?!(?i:to|is|are|was|hereto|attached|filed|furnished|shall|which|and|in|as|of|for)\b)"
    r"(?P<desc>[A-Za-z\"\u201c][^;\n]{2,200}?)"
    r"(?=\.?[ \t]*(?:;|\n|$)|\.[ \t]+[A-Z(]|,?[ \t]+(?:and[ \t]+)?Exhibit[ \t]+\d"
    r"|,[ \t]+(?:is|are|was|were|has|have|will|which)\b)"
)
_LINE_BREAK = lazy(r"(?<!\n)[ \t]*\n[ \t]*(?!\n)")  # a newline that is no blank line


_PROSE_CHARS = 4000  # such a sentence opens the item: a long item is not read through


def prose_entries(text: str) -> list[tuple[str, str]]:
    """(number, description) of the exhibits a sentence names (see _IN_PROSE)."""
    text = text[:_PROSE_CHARS]
    if "Exhibit" not in text:
        return []
    return [(m.group("num"), squash(m.group("desc")).rstrip(" ,"))
            for m in _IN_PROSE.finditer(_LINE_BREAK.sub(" ", text))]


def _lists_exhibits(item: Any) -> bool:
    """The exhibits item by number (8-K 7 / 9.01, 10-K 14 / 15, 20-F 19), or any item whose
    title names exhibits (a 10-Q's Part II "Item 6. Exhibits")."""
    return item.number in EXHIBIT_ITEMS or "exhibit" in (item.title or "").lower()


def _entries(ctx: Context) -> list[list[tuple[str, str]]]:
    """The entries of each region that lists exhibits; an exhibits item that lists none may
    name them in a sentence."""
    regions = _regions(ctx)
    # _regions puts the exhibits items' texts first: that many regions are items
    items = sum(1 for item in ctx.items if item.text and _lists_exhibits(item))
    out = []
    for k, region in enumerate(regions):
        entries = read_entries(region)
        if not entries and k < items:
            entries = prose_entries(region)
        out.append(entries)
    return out


def _regions(ctx: Context) -> list[str]:
    """The texts that may list exhibits: the exhibits items first, then an index."""
    regions = [item.text for item in ctx.items if item.text and _lists_exhibits(item)]
    if ctx.primary is not None and ctx.primary.readable:
        text = ctx.primary.text
        last = deque(_INDEX_HEADING.finditer(text), maxlen=1)  # the last heading only
        if last:
            regions.append(text[last[0].end():])
    assert ctx.envelope is not None
    for doc in ctx.envelope.documents:
        if doc is not ctx.primary and doc.readable and not doc.type and doc.bytes < 50_000:
            regions.append(doc.text)  # an exhibit index filed as a document of its own
    return regions


def _exhibit_documents(documents: list[Document]) -> dict[tuple, Document]:
    found: dict[tuple, Document] = {}
    for doc in documents:
        if doc.type and doc.type.upper().startswith("EX-"):
            key = exhibit_key(doc.type)
            if key is not None:
                found.setdefault(key, doc)
    return found


def _sibling(key: tuple[int, int | None, str]) -> tuple[int, int | None, str]:
    """Lists say "99" for the document typed "EX-99.1", and the other way round."""
    major, minor, suffix = key
    return (major, 1, suffix) if minor is None else (major, None, suffix)


def apply(ctx: Context) -> None:
    assert ctx.envelope is not None
    by_key = _exhibit_documents(ctx.envelope.documents)
    exhibits: list[dict[str, Any]] = []
    seen: set[tuple] = set()
    for entries in _entries(ctx):
        last = 0  # the list's numbers go up: a lower one is a footnote or a table row
        for number, description in entries:
            key = exhibit_key(number)
            if key is None or key in seen or key[0] == 0 or key[0] < last \
                    or _LETTER.search(description) is None or _PART_LABEL.match(description):
                continue
            last = key[0]
            seen.add(key)
            doc = by_key.get(key) or by_key.get(_sibling(key))
            if doc is not None:
                seen.add(exhibit_key(doc.type or "") or key)
            exhibits.append({"number": number, "description": description,
                             "document": doc.sequence if doc else None})
    for key, doc in by_key.items():
        if key not in seen:
            seen.add(key)
            exhibits.append({"number": doc.type.upper().removeprefix("EX-"),  # type: ignore
                             "description": doc.description, "document": doc.sequence})
    ctx.record["exhibits"] = exhibits
