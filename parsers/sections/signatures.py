"""Signature block -> signatures[] {registrant, name, title, date}.

Schema slice (SPEC.md), from sample 000::

    signatures [{registrant "CTC COMMUNICATIONS GROUP, INC.", name "John D. Pittenger",
                 title "Executive Vice President, Finance and Administration",
                 date "2000-08-03"}]

The block starts at the last SIGNATURES heading of the primary document (or at the "Pursuant to
the requirements of the Securities Exchange Act" sentence). Each "/s/" (or "By:") starts a signer;
the title is read below it in the signer's column ("Title:" labels, "Name, Title" lines, titles
over several lines); the date from "Date:"/"Dated:", "duly authorized on <date>", or a date above
a "Date" caption. Signers are laid out to the right of the date in old filings, so lines are read
as column chunks, as the cover reader does.
"""

from __future__ import annotations

import re
from typing import Any

from ..linescan import LinePattern
from ..pipeline import Context
from ..values import find_dates, squash
from .cover_layout import Chunk, chunk_line
from .cover_names import same_company
from .patterns import EXHIBIT_INDEX_LINES, SIGNATURE_LINES

# (a cased first letter: a case-insensitive pattern gives the engine nothing to skip to)
_PURSUANT = re.compile(r"[Pp](?i:ursuant\s+to\s+the\s+requirements\s+of\s+the\s+Securities)")
_BLOCK_END = LinePattern(
    r"^[ \t]*(?:EXHIBIT|Exhibit)[ \t]+(?:No\.?[ \t]*)?\d+(?:\.\d+)?[ \t]*$"
    r"|^[ \t]*(?:EXHIBITS?|Exhibits?)[ \t]*$|^[ \t]*INDEX TO (?:FINANCIAL|EXHIBITS)", re.M)
_SIGNED = re.compile(r"/s/|^By[:.]?(?:\s|$)", re.I)  # "/S/ BARBARA S. POLSKY" too
_BY = re.compile(r"^By[:.]?\s*", re.I)
_NAME_LABEL = re.compile(r"^Name\s?[:.]\s*", re.I)
_TITLE_LABEL = re.compile(r"^Title\s?[:.]\s*|^Its\s?[:.]?\s+", re.I)
_DATE_LABEL = re.compile(r"^Dated?\b[:.]?\s*", re.I)
_RULE = re.compile(r"^[\s\-=_*~.]*$")
_COMPANY_WORDS = re.compile(
    r"\b(?:INC|CORP|CORPORATION|COMPANY|CO|LTD|LLC|L\.?P|PLC|N\.?V|TRUST|BANCORP|GROUP|"
    r"HOLDINGS?|FUND|PARTNERS)\b\.?,?\s*$", re.I)
MAX_LINES = 160  # a 10-K's signature table can be long; an 8-K's is ~15 lines


def signature_block(text: str) -> str:
    heads = list(SIGNATURE_LINES.finditer(text))
    start = heads[-1].end() if heads else -1
    if start < 0:
        starts = [m.start() for m in _PURSUANT.finditer(text)]
        if not starts:
            return ""
        start = starts[-1]
    block = text[start:]
    end = EXHIBIT_INDEX_LINES.search(block)
    if end:
        block = block[: EXHIBIT_INDEX_LINES.line_start(end)]
    end = _BLOCK_END.search(block)
    if end:
        block = block[: _BLOCK_END.line_start(end)]
    return "\n".join(block.split("\n")[:MAX_LINES])


def _is_registrant_line(text: str, names: list[str]) -> bool:
    if _SIGNED.search(text) or find_dates(text) or len(text) > 80:
        return False
    if any(same_company(text, n) for n in names):
        return True
    letters = re.sub(r"[^A-Za-z]", "", text)
    return len(letters) > 3 and (letters.isupper() or bool(_COMPANY_WORDS.search(text)))


_SLASH_S = re.compile(r"/s/", re.I)
# "/s/ Bruce J. Feldman, President, Chief": a title after the name on the signature line
_TITLE_START = re.compile(
    r",\s*(?=(?:President|Chief|Vice|Executive|Senior|Director|Chairman|Secretary|Treasurer|"
    r"General|Controller|Principal|Manager|Managing|Partner|Attorney|Officer|CEO|CFO|"
    r"Assistant|Corporate|Its)\b)")


def _name_of(chunk_text: str) -> tuple[str, str | None]:
    """The signer's name, and a title typed after it on the same line."""
    parts = _SLASH_S.split(chunk_text, 1)
    name = squash(parts[1] if len(parts) > 1 else _BY.sub("", chunk_text)).strip(" ,")
    cut = _TITLE_START.search(name)
    if cut:
        return name[: cut.start()], name[cut.end() :]
    return name, None


def _block_date(block: str) -> str | None:
    """The date the block states once for all: "Dated: ...", "duly authorized on ..."."""
    for line in block.split("\n"):
        dates = find_dates(line)
        if dates:
            return dates[0][1]
    return None


def parse_signatures(block: str, cells: bool, names: list[str]) -> list[dict[str, Any]]:
    lines = block.split("\n") if cells else block.expandtabs(8).split("\n")
    rows = [chunk_line(line, cells) for line in lines]
    default_date = _block_date(block)
    registrant: str | None = None
    past_preamble = not _PURSUANT.search(block[:400])
    signers: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    column = 0.0
    for row in rows:
        texts = [c.text for c in row if not _RULE.match(c.text)]
        joined = " ".join(texts)
        if not past_preamble:
            past_preamble = bool(re.search(r"authorized|behalf", joined, re.I)) and \
                joined.rstrip().endswith((".", ":")) or bool(find_dates(joined))
            continue
        if not row:  # a blank line ends the title; a rule under a signature does not
            if current is not None and current["title_lines"]:
                current = None
            continue
        if not texts:
            continue
        signed = [c for c in row if _SIGNED.search(c.text)]
        if signed:
            chunk = next((c for c in signed if "/s/" in c.text), signed[0])
            rest = [c for c in row if c.start > chunk.start and not _RULE.match(c.text)]
            name, title = _name_of(chunk.text)
            if not name and rest:  # "By:" and the name in separate cells or columns
                name, title = _name_of(rest.pop(0).text)
            current = {"registrant": registrant, "name": name or None,
                       "title_lines": [title] if title else [], "date": None,
                       "col": chunk.start}
            column = chunk.start
            for extra in rest:  # a table row: "/s/ Name    Title    Date"
                dates = find_dates(extra.text)
                if dates:
                    current["date"] = dates[0][1]
                else:
                    current["title_lines"].append(extra.text)
            _dates_left(row, chunk, current)
            signers.append(current)
            continue
        if current is None:
            text = " ".join(c.text for c in row if not _DATE_LABEL.match(c.text)
                            and not find_dates(c.text))
            if text and _is_registrant_line(text, names):
                registrant = squash(text)
            continue
        _read_below(row, current, column, cells)
    return [_finish(s, default_date) for s in signers if s["name"] or s["title_lines"]]


def _dates_left(row: list[Chunk], chunk: Chunk, signer: dict[str, Any]) -> None:
    for other in row:
        if other.start < chunk.start:
            dates = find_dates(other.text)
            if dates:
                signer["date"] = dates[0][1]


def _read_below(row: list[Chunk], signer: dict[str, Any], column: float, cells: bool) -> None:
    """Lines under a signature: the name again, "Name:", "Title:", title lines, a date."""
    kept: list[str] = []
    for chunk in row:
        text = chunk.text
        if _RULE.match(text):
            continue
        dates = find_dates(text)
        if dates and (_DATE_LABEL.match(text) or len(text) < 25):
            signer["date"] = signer["date"] or dates[0][1]
            continue
        if _DATE_LABEL.match(text) and len(text) < 8:
            continue  # the "Date" caption under a date
        if not cells and chunk.end < column - 4:
            continue  # left column: dates and captions, not the signer's
        kept.append(text)
    text = squash(" ".join(kept))  # "Title:" and its value may sit in two cells
    if not text:
        return
    if _NAME_LABEL.match(text):
        signer["name"] = signer["name"] or _NAME_LABEL.sub("", text)
        return
    if _TITLE_LABEL.match(text):
        signer["title_lines"].append(_TITLE_LABEL.sub("", text))
        return
    name = (signer["name"] or "").lower()
    if name and text.rstrip(" ,").lower() == name:
        return  # the name typed again under the signature
    if name and name in text.lower():
        # "Jason Smart, Chief Executive Officer," or a table row "Title   Gregory L. Summe"
        at = text.lower().index(name)
        text = squash(f"{text[:at]} {text[at + len(name):]}").lstrip(", ")
    if text.strip():
        signer["title_lines"].append(text.strip())


def _finish(signer: dict[str, Any], default_date: str | None) -> dict[str, Any]:
    title = squash(" ".join(signer["title_lines"])).strip(" ,") or None
    return {"registrant": signer["registrant"], "name": signer["name"], "title": title,
            "date": signer["date"] or default_date}


def apply(ctx: Context) -> None:
    if ctx.primary is None or not ctx.primary.readable:
        return
    text = ctx.primary.text
    if ctx.items:  # the block follows the last item; do not read a TOC or the cover
        text = text[ctx.items[-1].start :]
    block = signature_block(text)
    if not block:
        return
    names = [r["name"] for r in ctx.record["registrants"] if r.get("name")]
    ctx.record["signatures"] = parse_signatures(block, ctx.primary.format == "html", names)
