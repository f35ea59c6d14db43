"""Where a filing's signature block is, and what marks a signature in it.

signature_block finds the block: from the last SIGNATURES heading of the primary document (or
the "Pursuant to the requirements of the Securities Exchange Act" sentence), MAX_LINES lines at
the most (more while a long table of directors still signs there, up to the first paragraph
after it), up to an exhibit's heading, an EXHIBIT INDEX or a page after the signatures.
is_signed tells a signer's text: a signature mark ("/s/", "S/", "s/b/", "(signed)": has_mark)
or a leading "By:". signatures.py reads the block.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from ..lazy_re import lazy
from ..linescan import LinePattern
from ..regex_cache import compiled
from .patterns import EXHIBIT_INDEX_HEADING, SIGNATURE_HEADING

# (a cased first letter: a case-insensitive pattern gives the engine nothing to skip to)
PURSUANT = compiled(r"[Pp](?i:ursuant\s+to\s+the\s+requirements\s+of\s+the\s+Securities)")
# (an exhibit's heading: "EXHIBIT 99.1", "EXHIBIT 99-1", "Exhibit 99-A", "EXHIBIT 99(a)",
# "Exhibit 10(iii)(A)"; the exhibits appended to a 1990s report follow its signatures)
_BLOCK_END = LinePattern(
    r"^[ \t]*+(?:EXHIBIT|Exhibit)[ \t]+(?:No\.?[ \t]*)?\d+(?:[.-]\d+|[.-]?[A-Za-z](?![A-Za-z]))?"
    r"(?:[ \t]?\([A-Za-z0-9]{1,4}\)){0,3}\.?[ \t]*$"
    r"|^[ \t]*+(?:EXHIBITS?|Exhibits?)[ \t]*$|^[ \t]*+INDEX TO (?:FINANCIAL|EXHIBITS)", re.M)
# Pages a report prints after its signatures, whose "/s/" lines sign no report: the officers'
# certifications of 2002-2007 (Section 302: "CERTIFICATIONS" / "I, John R. Smith, certify
# that:", the name may wrap the sentence; Section 906: "CERTIFICATION PURSUANT TO 18 U.S.C.
# SECTION 1350"), and a 1990s 10-K's auditors' report on its schedules or their consent
# ("REPORT OF INDEPENDENT PUBLIC ACCOUNTANTS", "REPORT OF ERNST & YOUNG LLP, INDEPENDENT
# AUDITORS", "INDEPENDENT AUDITORS' CONSENT"), signed "/s/ ARTHUR ANDERSEN LLP", or opened by
# its salutation under a heading of another wording ("To the Board of Directors and
# Shareholders").
_AFTER_SIGNATURES = LinePattern(
    r"[ \t]*+(?:I,[ \t]+[A-Z][^\n]{1,120}?(?:\bcertify\b|,[ \t]*$)"
    r"|(?:SECTION[ \t]+(?:302|906)[ \t]+|SARBANES-OXLEY[ \t]+(?:ACT[ \t]+)?(?:SECTION[ \t]+\d+"
    r"[ \t]+)?)?CERTIFICATIONS?(?:[ \t]+(?:OF|PURSUANT|UNDER|BY|REQUIRED)\b[^\n]{0,160})?[ \t]*$"
    r"|Certifications?(?:[ \t]+(?:of|[Pp]ursuant|[Uu]nder|by|[Rr]equired)\b[^\n]{0,160})?[ \t]*$"
    r"|(?:REPORT|CONSENT)[ \t]+OF[ \t]+(?:[^\n]{1,80}?[ \t,])?INDEPENDENT\b[^\n]{0,100}+$"
    r"|(?:Report|Consent)[ \t]+of[ \t]+(?:[^\n]{1,80}?[ \t,])?[Ii]ndependent\b[^\n]{0,100}+$"
    r"|(?:To|TO)[ \t]+(?:the|THE)[ \t]+(?:Board[ \t]+of[ \t]+Directors|BOARD[ \t]+OF[ \t]+DIRECTORS"
    r"|Shareholders|SHAREHOLDERS|Stockholders|STOCKHOLDERS)\b[^\n]{0,120}+$"
    r"|INDEPENDENT[ \t]+(?:AUDITORS?|ACCOUNTANTS?)['\u2019]?S?['\u2019]?[ \t]+(?:REPORT|CONSENT)\b"
    r"[^\n]{0,60}$"
    r"|Independent[ \t]+(?:Auditors?|Accountants?)['\u2019]?s?['\u2019]?[ \t]+(?:Report|Consent)\b"
    r"[^\n]{0,60}$)")
# A typed signature's mark: "/s/" ("/S/ BARBARA S. POLSKY", "/s/John Doe"), "s/" or "S/"
# with no first slash, "s/b/" (Aegon 2001), "(s)" and "(signed)"; not "s/" inside a word
# ("Directors/Officers") or "(s)" after one ("person(s)")
MARK = lazy(
    r"(?:/[sS]/|[sS](?<![\w/('\u2019][sS])/(?:[bB]/)?|\((?<![\w(]\()[sS](?:igned|IGNED)?\))"
    r"[ \t]*")
# A title's opening word, by which a signer's title is told from the name
_TITLE_NAMES = (
    "President|Chief|Vice|Executive|Senior|Director|Chairman|Secretary|Treasurer|General|"
    "Controller|Principal|Manager|Managing|Partner|Attorney|Officer|CEO|CFO|Assistant|"
    "Corporate|Its|EVP|SVP|VP|COO|CAO|CTO|CIO")  # (and the offices' initials: "Jane Doe, EVP")
TITLE_WORDS = rf"(?:{_TITLE_NAMES})\b"
# ... typed in capitals ("/s/ JANE DOE, PRESIDENT")
TITLE_CAPITALS = rf"(?:{_TITLE_NAMES.upper()})\b"
# or the name itself between two slashes, opening the text ("/John A. Smith/", "/ Kim /"): the
# mark is the first slash (apart from MARK, whose search skips to a mark's first character);
# a name has a word of two letters (not the check box "/ X /  Filed herewith") and is no title
# ("/President/" under the name typed)
_SLASHED = lazy(
    rf"[ \t]*/(?=[ \t]?(?!(?i:{TITLE_WORDS}))(?=[^/\n]{{0,60}}?[A-Za-z]{{2}})"
    r"[A-Z][A-Za-z.,'\u2019 -]{1,60}/(?!\w))[ \t]*")
# "By:" opening a signer's line (not "By Order of the Board of Directors" over a secretary's
# signature), also run on into the line to sign on ("By:______")
_BY_SIGNED = lazy(r"By(?::_|[:.]?(?!\s*order\s)(?:\s|$))", re.I)
# "*By:" (or "**By:"): the attorney-in-fact signing for the rows starred above, no "/s/"
_STARRED_BY = lazy(r"\*{1,3}[ \t]?By(?::|[ \t]*$)", re.I)  # (or "*By" alone in its column)
RULE = compiled(r"^[\s\-=_*~.]*$")
RULE_CHARS = "-=_*~."


def is_rule(text: str) -> bool:
    """RULE.match of a chunk's text ("-----"): a chunk starts with a non-space, so only one
    led by a rule character can be a rule (most are not: the regex is skipped)."""
    return text[0] in RULE_CHARS and RULE.match(text) is not None


MAX_LINES = 160  # a 10-K's signature table can be long; an 8-K's is ~15 lines
# MAX_LINES lines from a position: up to the end of the text or before the MAX_LINES-th newline
_FIRST_LINES = compiled(rf"(?:[^\n]*+\n){{0,{MAX_LINES - 1}}}[^\n]*+")
# A table still signing at the cut (15-25 directors, each 3-5 lines with a wrapped title, under
# a power of attorney) goes on by MORE_LINES lines at a time, EXTENSIONS times at the most
MORE_LINES = 80
EXTENSIONS = 3
_MORE_LINES = compiled(rf"(?:\n[^\n]*+){{0,{MORE_LINES}}}")
# The shared headings behind a lookahead for the first letter of their spellings: most lines
# fail it at once instead of trying each spelling after each indentation length.
_HEADING = LinePattern(rf"(?=[^\S\n]*+S)(?:{SIGNATURE_HEADING.pattern})")
_INDEX_HEADING = LinePattern(rf"(?=[^\S\n]*+[EI])(?:{EXHIBIT_INDEX_HEADING.pattern})")


def is_signed(text: str) -> bool:
    """A signature mark or a leading "By:"."""
    if text[:1] in "Bb" and _BY_SIGNED.match(text) and (text[2:3] == ":" or _by_signer(text)):
        return True
    if text[:1] == "*" and _STARRED_BY.match(text):
        return True  # "*By: Jane Doe, as attorney-in-fact": the attorney of the starred rows
    # (has_mark's own first test, here: most chunks hold neither character, and this runs
    # for each chunk of a block)
    return ("/" in text or "(" in text) and has_mark(text)


def _by_signer(text: str) -> bool:
    """A "By" that opens a signer: "By:", "By" alone, "By /s/ ...", "By John Doe"; not a
    sentence wrapped at "by" ("by virtue hereof." in a power of attorney, "BY THESE
    PRESENTS, that each person whose signature appears below ..."); "by /s/ ..." is read by
    its mark."""
    if text[2:3] in ":.":
        return True
    rest = text[2:].lstrip()
    return not rest or rest[0] in RULE_CHARS or rest[0].isupper() and len(rest) <= 60


# "/s/" as some filers type it: spaced ("/ s /", "/S /"), doubled ("//s//") or with
# backslashes ("\s\ Jane Doe"); not "/s/" itself, nor "s /" after a letter ("Directors /")
_ODD_MARK = lazy(r"//[sS]//|/[ \t][sS][ \t]?/|/[sS][ \t]/|\\[sS]\\")
# (a tab spaces a mark as a blank does: "/\ts/ Jane Doe"; any tab beside a slash is a hint)
_ODD_MARK_HINTS = ("/ s", "/ S", "s /", "S /", "//s", "//S", "\\s\\", "\\S\\", "/\t", "\t/")


def plain_marks(block: str) -> str:
    """The block with odd spellings of "/s/" typed as "/s/", padded with blanks to their
    width (a plain-text block's columns stay where they were)."""
    if not any(hint in block for hint in _ODD_MARK_HINTS):
        return block  # (most blocks: ten substring tests, no regex)
    return _ODD_MARK.sub(_plain_mark, block)


# a table typed with "|" between its cells: a row holds two of them, or opens with one
_PIPED_ROWS = 2


def piped_cells(block: str) -> str | None:
    """A plain-text block whose signers sit in a table typed with "|" between the cells
    ("Signature | Title | Date" over "/s/ Jane Doe | Director | March 3, 2001", maybe "|"
    at each end and a "|---|---|" rule under the heads) as rendered HTML is: its cells
    parted by tabs, each other line's columns (typed apart with three blanks or more) cells
    by where they stand (_placed_cells); None for a block of no such table (its columns
    typed apart with blanks, read where they stand)."""
    lines = block.split("\n")
    if sum(line.count("|") >= 2 for line in lines) < _PIPED_ROWS:
        return None
    placed = _placed_cells([line.expandtabs(8) for line in lines if "|" not in line])
    out = []
    for line in lines:
        text = line.strip()
        if "|" not in text:
            out.append(next(placed))
            continue
        if text[0] == "|":  # "| /s/ Jane Doe | Director |": the row's edges
            text = text[1:-1] if text[-1] == "|" else text[1:]
        out.append("\t".join(" ".join(cell.split()) for cell in text.split("|")))
    return "\n".join(out)


# a plain-text line's column: words parted by two blanks at most (three part columns)
_CELL_TEXT = compiled(r"\S+(?:[ ]{1,2}\S+)*")


def _placed_cells(lines: list[str]) -> Iterator[str]:
    """The lines outside a "|" table, each a row of cells parted by tabs: a column's cell
    is counted by the starts of the columns typed right of a line's first (two signers side
    by side, "ACME CORP.   By: /s/ Jane Doe" over the name under "By:"), not one cell a line
    (was: "/s/ Jane Doe   /s/ John Roe" one signer's name)."""
    split = [[(m.start(), m.group()) for m in _CELL_TEXT.finditer(line)] for line in lines]
    starts = sorted({start for parts in split for start, _ in parts[1:]})
    bands: list[int] = []  # the columns' left edges, starts within 4 blanks of one another one
    for start in starts:
        if not bands or start - bands[-1] > 4:
            bands.append(start)
    for parts in split:
        cells: list[str] = []
        for start, text in parts:
            index = bisect_right(bands, start + 4)
            cells.extend([""] * (index - len(cells)))
            if len(cells) > index:  # (two texts in one band: one cell)
                cells[-1] += " " + " ".join(text.split())
            else:
                cells.append(" ".join(text.split()))
        yield "\t".join(cells)


def _plain_mark(mark: re.Match[str]) -> str:
    letter = "S" if "S" in mark.group() else "s"
    return f"/{letter}/".ljust(len(mark.group()))


def has_mark(text: str) -> bool:
    """MARK.search (or a name between slashes), tried only where a "/" or "(s" allows it
    (most chunks have neither)."""
    if "/" in text:
        return MARK.search(text) is not None \
            or text[0] in "/ \t" and _SLASHED.match(text) is not None
    return "(" in text and ("(s" in text or "(S" in text) and MARK.search(text) is not None


def find_mark(text: str) -> re.Match[str] | None:
    """MARK.search, by has_mark's tests (for a caller that reads the mark: one search)."""
    if "/" in text or "(" in text and ("(s" in text or "(S" in text):
        mark = MARK.search(text)
        return mark if mark or text[:1] not in "/ \t" else _SLASHED.match(text)
    return None


# Where a heading can be: its "S" (each spelling starts "SI", "S I" or "Signature"). Led by a
# literal, the scan skips from one "S" to the next, where _HEADING.finditer tries every line.
_HEADING_S = compiled(r"S(?:ignature|[ \t]?I)")


def _last_heading_end(text: str, pos: int = 0) -> int:
    """The end of the last _HEADING line at or after `pos` (a line start), or -1."""
    end = -1
    match_line = _HEADING.first.match  # the ^-form, matched at a line start
    for cand in _HEADING_S.finditer(text, pos):
        if cand.start() < end:
            continue  # on the heading line just read
        line_start = text.rfind("\n", pos, cand.start()) + 1 or pos
        head = match_line(text, line_start)
        if head is not None and not _under_signature(text, pos, line_start, cand.group()):
            end = head.end()
    return end


def _under_signature(text: str, pos: int, line_start: int, head: str) -> bool:
    """The line above is a signature, or a rule signed on under a "Signature" not in
    capitals: the caption of a schedule's "Date / Signature / Name/Title" layout, not a
    heading. (No line above `pos` counts.)"""
    if line_start - pos < 2:
        return False
    above = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].strip()
    return bool(above) and (is_signed(above) or head == "Signature" and above[0] in RULE_CHARS
                            and len(above) >= 10 and is_rule(above))


# A row of a table of signers: a director's or trustee's title cell, or a date cell ("/s/ Paul
# E. Lego   Director   March 18, 1998", "*   Director", "Date: March 11, 2026<tab>..."); not
# "To the Board of Directors and Shareholders" over an auditors' report
_TABLE_ROW = lazy(
    r"(?:(?<=\t)|(?<=[ \t]{2})|^[ \t]*+)(?:Directors?|DIRECTORS?|Trustees?|TRUSTEES?),?"
    r"(?:\t|[ \t]{2}|[ \t]*$)"
    r"|(?:(?<=\t)|(?<=[ \t]{2})|(?<=: )|^[ \t]*+)[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]*"
    r"(?:19|20)\d\d(?:\t|[ \t]{2}|[ \t]*$)", re.M)
_NEAR_CUT = 12  # non-blank lines: a row of the table is 1-5 lines, a page break and heads ~6


def _is_prose(line: str) -> bool:
    """A line of a paragraph: long, lower-case words in the main, no gap between cells ("We
    have audited the accompanying consolidated balance sheets of Acme Holdings")."""
    line = line.strip()
    if len(line) < 50 or "\t" in line or "   " in line or has_mark(line):
        return False
    words = line.split()
    lower = sum(1 for w in words if w[0].islower())
    return lower >= 6 and 2 * lower >= len(words)


def _still_signing(tail: str) -> bool:
    """The lines of a cut block next to the cut still sign (a signature mark or a row of a
    table of signers) with no paragraph after them."""
    near = 0
    for line in reversed(tail.split("\n")):
        if not line.strip():
            continue
        if has_mark(line) or _TABLE_ROW.search(line):
            return True
        near += 1
        if near >= _NEAR_CUT or _is_prose(line):
            return False
    return False


def _prose_start(text: str, start: int, end: int) -> int:
    """Where the first paragraph in text[start:end] starts (its first line ends in "." or the
    next line is prose too), -1 if none: the signers' table has ended there. An
    attorney-in-fact's paragraph signed at once ("Jim Lee, by signing his name hereto, does
    hereby sign this document pursuant to powers of attorney ..." over "By: /s/ Jim Lee") is
    passed over."""
    lines = text[start:end].split("\n")
    at = start
    passed = False  # in a paragraph signed at once
    for k, line in enumerate(lines):
        passed = passed and bool(line.strip())
        if not passed and _is_prose(line) and (line.rstrip().endswith(".") or _is_prose(
                lines[k + 1] if k + 1 < len(lines) else "")):
            if not _signed_after(lines, k):
                return at
            passed = True
        at += len(line) + 1
    return -1


def _signed_after(lines: list[str], k: int) -> bool:
    """The paragraph at lines[k] names an attorney-in-fact and a signed line ends it or comes
    within 3 non-blank lines after it, before any other paragraph."""
    seen = -1  # -1: in the paragraph, up to its first blank line
    named = "ttorney" in lines[k] or "TTORNEY" in lines[k]
    for line in lines[k + 1 :]:
        line = line.strip()
        if not line:
            seen = max(seen, 0)
            continue
        if seen < 0 and not named:
            named = "ttorney" in line or "TTORNEY" in line
        if is_signed(line):
            return named
        if seen >= 0:
            seen += 1
            if seen == 3 or _is_prose(line):
                return False
    return False


def signature_block(text: str, pos: int = 0) -> str:
    """The signature block of `text` at or after `pos` (a line start): under the last
    SIGNATURES heading, or from the last "Pursuant to the requirements ..." sentence.
    (An offset, not a slice: a slice of a 200 MB text is a copy of it.)"""
    start = _last_heading_end(text, pos)  # the last heading's
    if start < 0:
        start = _last_pursuant(text, pos)
        if start < 0:
            return ""
    # the first MAX_LINES lines only (the headings below are searched there: they match
    # within a line, and the cut keeps what comes before the first of them)
    first = _FIRST_LINES.match(text, start)
    end_at = first.end() if first else len(text)
    block = _cut(text[start:end_at])
    if len(block) == end_at - start and end_at < len(text):  # not cut: a table may go on
        more = _extend(text, start, end_at)
        if more > end_at:
            block = _cut(text[start:more])
    return block


_WINDOW = 1 << 16  # characters lower-cased at a time (not a copy of a 200 MB text at once)


def _last_pursuant(text: str, pos: int) -> int:
    """The start of the last PURSUANT match at or after `pos`, or -1. An ASCII text is read
    back from its end, a window at a time, for "pursuant" in lower case (each match's
    letters; the regex scanning forward tries its caseless rest at every "P" and "p")."""
    if not text.isascii():  # (re.I folds some non-ASCII letters onto ASCII ones)
        start = -1
        for pursuant in PURSUANT.finditer(text, pos):
            start = pursuant.start()
        return start
    end = len(text)
    while end > pos:
        begin = max(pos, end - _WINDOW)
        # (7 characters more: a word starting in the window's last characters)
        low = text[begin : end + 7].lower()
        at = low.rfind("pursuant", 0, end - begin + 7)
        while at >= 0:
            if PURSUANT.match(text, begin + at):
                return begin + at
            at = low.rfind("pursuant", 0, at + 7)
        end = begin
    return -1


def _extend(text: str, start: int, end_at: int) -> int:
    """Where a block cut at `end_at` ends when a table of signers still goes on there: by
    MORE_LINES lines at a time, up to the first paragraph after it."""
    for _ in range(EXTENSIONS):
        if end_at >= len(text) or not _still_signing(text[max(start, end_at - 1500) : end_at]):
            break
        more = _MORE_LINES.match(text, end_at).end()
        prose = _prose_start(text, end_at, more)
        if prose >= 0:
            return prose
        end_at = more
    return end_at


def _cut(block: str) -> str:
    """`block` up to an exhibit index, an exhibit or a page after the signatures."""
    # (each spelling of both headings holds "EXHIBIT", "Exhibit" or "INDEX TO ": most blocks
    # have none, and a substring test is cheaper than two scans line by line)
    if "EXHIBIT" in block or "Exhibit" in block or "INDEX TO " in block:
        end = _INDEX_HEADING.search(block)
        if end:
            block = block[: _INDEX_HEADING.line_start(end)]
        end = _BLOCK_END.search(block)
        if end:
            block = block[: _BLOCK_END.line_start(end)]
    if "ertif" in block or "ERTIF" in block or "NDEPENDENT" in block or "ndependent" in block \
            or "To the " in block or "TO THE " in block:
        end = _AFTER_SIGNATURES.search(block)
        if end:
            block = block[: _AFTER_SIGNATURES.line_start(end)]
    return block
