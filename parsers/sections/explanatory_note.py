"""Amendment explanatory note -> explanatory_note (string or null), schema_version "1.1".

Schema slice (CHANGELOG.md "1.1"), from 10qa_1997_applecomputerinc_1.txt (a 10-Q/A with no
heading: the paragraph that states the amendment, before its first item)::

    is_amendment      true
    explanatory_note  "The Registrant hereby amends the disclosure contained in Part II of the
                       Registrant's Quarterly Report on Form 10-Q for the period ended March 28,
                       1997 to add Item 4 thereto and the information required thereunder. In
                       accordance with Rule 12b-15 promulgated under the Securities Exchange Act
                       of 1934, as amended, the complete text of Part II, Item 4, as amended
                       follows."

Only the front of the primary document is read: the text before its first item, at most 150,000
characters. There, in order:

1. A heading line ("EXPLANATORY NOTE", "Explanatory Note:", "EXPLANATORY STATEMENT", "PURPOSE
   OF THIS AMENDMENT", "AMENDMENT NO. 1 - EXPLANATORY NOTE", "EXPLANATORY NOTE - AMENDMENT NO.
   1"; on an 8-K also "INTRODUCTORY NOTE"), alone, underlined ("----------------") or
   followed on the same line by the note ("Explanatory Note: This Amendment No. 1 ..."). The
   note is the paragraphs after it up to the next heading (Item / PART / SIGNATURES / a short
   all-caps line / "Table of Contents" / "FORM 10-K" / a 2004 8-K's "Section 2 - Financial
   Information") or a rule set off as a paragraph ("- ------", "* * *"), at most 12
   paragraphs and 10,000 characters, joined by a blank line. An Item or Part named on a line
   that carries on the sentence above ("... is being filed to amend" / "Item 9.01(a) and (b)
   of the ...") is no heading.
   On an amendment, a line that only numbers it ("AMENDMENT NO. 1", a blank line above it)
   is such a heading when the paragraph under it states the amendment (2.); its paragraphs
   are read up to the first that is no sentence (a cover's "[X] ANNUAL REPORT ..." line).
2. No heading, and the filing is an amendment: the first paragraph that states the amendment
   ("The undersigned registrant hereby amends Item 7 of its Current Report ...", "This Amendment
   No. 1 on Form 8-K/A amends ...", "This Form 8-K/A is being filed to ...", "Acme Corp. amends
   Item 7 of its Current Report ...", "The Registrant hereby files this Amendment No. 1 ..."),
   without a run-in label ("Note: This Amendment No. 1 ...").
   The registration statement delaying legend of S-1/S-3 covers ("The Registrant hereby amends
   this Registration Statement on such date or dates as may be necessary to delay its effective
   date ...") is never a note.
3. Otherwise null; for an amendment, the same statement opening its first item's text
   ("Item 9.01 ..." / "This Amendment No. 1 on Form 8-K/A amends ...": opening_statement).

A list of the items amended under a line ending in ":" ("... amends the following items:" /
"Item 8. Financial Statements ...;") stays in the note; a title-case "Forward-Looking
Statements" heading ends it, as one in capitals does.

Wrapped lines of plain-text filings are joined with one space and whitespace runs squashed.

Library use (the pipeline stage "explanatory_note" does this after "items")::

    note = find_explanatory_note(doc.text, before=spans[0].start if spans else None,
                                 is_amendment=True)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from heapq import merge
from itertools import chain

from ..lazy_re import lazy
from ..pipeline import Context
from ..values import squash
from .patterns import SIGNATURE_HEADING

FRONT_LIMIT = 150_000
MAX_PARAGRAPHS = 12
MAX_CHARS = 10_000
_SCAN_LIMIT = 40_000  # text read after a heading: 12 paragraphs fit well within it

# ---- the heading ------------------------------------------------------------------------------
# Matched case-insensitively, then its first letter must be a capital: "explanatory note" at a
# line start is a wrapped sentence, "Explanatory Note" / "EXPLANATORY NOTE" is a heading.
_HEADING = lazy(
    r"^[ \t]*+\(?[ \t]*+"
    r"(?P<head>"
    r"(?:(?:FORM[ \t]+[0-9A-Z][\w-]{0,8}/A|AMENDMENT[ \t]+NO\.?[ \t]*\d{1,2})"
    r"[ \t]*+[-\u2013\u2014:.,]?[ \t]*+)?"                   # "Amendment No. 1 - Explanatory Note"
    r"(?:EXPLANATORY[ \t]+(?:NOTES?|STATEMENT)"
    r"|PURPOSE[ \t]+OF[ \t]+(?:THE[ \t]+|THIS[ \t]+)?(?:AMENDMENT|FILING|FORM[ \t]+[\w-]{1,10}/A)"
    r"(?:[ \t]+NO\.?[ \t]*\d{1,2})?"
    # "Reason for Amendment", "Reasons for the Amendment", "Explanation of Amendment"
    r"|(?:REASONS?[ \t]+FOR|EXPLANATION[ \t]+OF)[ \t]+(?:THE[ \t]+|THIS[ \t]+)?AMENDMENT"
    r"(?:[ \t]+NO\.?[ \t]*\d{1,2})?)"
    r"|INTRODUCTORY[ \t]+(?:NOTE|STATEMENT)"  # (8-Ks only: see _INTRODUCTORY)
    r")[ \t]*\)?(?P<sep>[ \t]*[:.\u2013\u2014-]+)?[ \t]*(?P<rest>[^\n]*)$",
    re.MULTILINE | re.IGNORECASE,
)
# Every heading holds one of these, capitalised as headings are. Two patterns led by a literal
# letter: the engine skips to it fast (one `EXPLANATORY|...|Purpose` pattern is ~4x slower).
_KEY_WORDS = (lazy(r"E(?:XPLANAT(?:ORY|ION)|xplanat(?:ory|ion))"), lazy(r"P(?:URPOSE|urpose)"))
# "Reason for Amendment": looked for on amendments only (a third scan of every front costs)
_REASON = lazy(r"R(?:EASONS?|easons?)[ \t]++(?:FOR|for)")
# "Introductory Note" over a merger 8-K's items (2004-on: "On March 1, 2016, Acme Corp.
# completed its previously announced merger ..."), the note the items refer back to: read as
# an explanatory note on 8-Ks only (a 10-K's "Introductory Note" defines its terms).
_INTRODUCTORY = lazy(r"I(?:NTRODUCTORY|ntroductory)[ \t]++(?:NOTE|Note|STATEMENT|Statement)\b")
_INTRODUCTORY_FORMS = ("8-K", "8-K/A", "8-K12B", "8-K12G3", "8-K15D5")
# Words that continue a heading rather than start the note: "Explanatory Note Regarding ...".
_HEAD_SUFFIX = lazy(
    r"(?:regarding|relating|concerning|to|on|for|about|of|and)\b|\(", re.IGNORECASE)
# A table-of-contents row: only dot leaders and a page number after the heading.
_TOC_REST = lazy(r"[.\s\u00b7_-]*(?:\d{1,3}|[ivxlc]{1,6})?", re.IGNORECASE)

# ---- where the note ends -----------------------------------------------------------------------
# "Item 9.01 Financial Statements and Exhibits.", "ITEM 2.", "Item 7" alone, "PART I", "Part II -
# Other Information": capitalised, and followed by a capital or nothing, so that a wrapped
# sentence ("Item 2.01 of the Original Report to include ...") runs on.
_ITEM_OR_PART = lazy(
    r"[ \t]*(?:(?:Items?|ITEMS?)[ \t]+\d{1,2}(?:\.\d{1,2})?[A-Z]?\b"
    r"|(?:PART|Part)[ \t]+(?:[IV]{1,4}|[1-4])\b)"
    r"[ \t]*+[.:\u2013\u2014-]?[ \t]*(?:[A-Z(\"\u201c]|$)"
)
# A 2004 8-K's section line over its items, "Section 2 - Financial Information", "SECTION 9."
# (at a paragraph's start only: "Section 13 or 15(d) of ...", "Section 2.02 of the ..." run on)
_SECTION_LINE = lazy(
    r"[ \t]*+(?:SECTION|Section)[ \t]++\d(?!\d|\.\d)[ \t]*+[.:\u2013\u2014-]?[ \t]*+(?:[A-Z]|$)")
# "Table of Contents", "FORM 10-K", "Form 8-K/A" alone on a line.
_CONTENTS_OR_FORM = lazy(
    r"[ \t]*(?:TABLE[ \t]+OF[ \t]+CONTENTS|FORM[ \t]+[0-9][\w-]{0,8}(?:/A)?)[ \t]*$",
    re.IGNORECASE,
)
_LOWER = lazy(r"[a-z]")
_LIST_LEADS = (":", ";", ",", " and", " AND")  # a line over the next entry of a list
_FORWARD_HEADING = lazy(
    r"(?:(?:[A-Z][\w'\u2019-]*+|(?:on|of|the|and|to|for|about|regarding|concerning))[ \t]++)"
    r"{0,8}?Forward[- \u2010\u2011]Looking[ \t]++(?:Statements|Information)")
_RULE = lazy(r"[ \t]*+[-=_*\u2014\u2500]{3,}+[ \t]*+")
# A rule or a row of marks set off as a paragraph of its own ("- -----------", "________",
# "* * *", "# # #"): the note's end, the separator before the next section
_RULE_ROW = lazy(r"[ \t]*+(?:[-=_*#\u2014\u2500][ \t]*+){3,}+")
_LINE = lazy(r"^[^\n]*", re.MULTILINE)
_BLOCK_END = (".", ":", ";", "!", "?", ")", '"', "\u201d")
_BLOCK_LINE = 120  # characters: past any plain-text line (wrapped at 60-80 or so)

# ---- the fallback: a paragraph that states the amendment ---------------------------------------
_PARAGRAPH_BREAK = lazy(r"\n[ \t]*\n")
_DOC_WORDS = (r"(?:Amendment|Form|Current[ \t]+Report|Quarterly[ \t]+Report|Annual[ \t]+Report"
              r"|Report|Statement|Schedule|filing)")
# Where a statement may open: the paragraph's start, or a sentence's after the first one ("On
# March 1, 2016, Acme filed a Current Report on Form 8-K (the "Original Report") ... . The
# Company is filing this Amendment No. 1 to ...", the common 8-K/A opening)
_OPENS = r"(?:^|(?<=[.;])[ \t]+)"
_STATES_AMENDMENT = [
    # "The undersigned registrant hereby amends Item 7 of its Current Report on Form 8-K ..."
    # "The Registrant hereby amends the disclosure contained in Part II ..."
    ("hereby_amends", lazy(_OPENS + r"[^\n]{0,300}?\bhereby[ \t]+amends\b", re.IGNORECASE)),
    # "This Amendment No. 1 on Form 8-K/A amends ...", "This Form 8-K/A is being filed to ...",
    # "This 8-K/A amends ...", "Amendment No. 2 to the Current Report ... is being filed ...";
    # also "This Amended Current Report on Form 8-K/A ...", "This Report on Form 8-K/A ...",
    # and "... is being furnished to ..." (an 8-K/A amending a furnished Item 2.02 or 7.01);
    # "This amended Form 8-K ...", "This amended Current Report on Form 8-K ..." name no "/A"
    ("this_amendment", lazy(
        r"(?:^|[.;:][ \t]+)(?:This[ \t]+(?:Amended[ \t]+)?|(?=Amendment[ \t]+No\.))"
        r"(?:Amendment\b|(?:Form[ \t]+)?[\w-]{1,10}/A\b|(?<=Amended[ \t])(?:(?:(?:Current"
        r"|Quarterly|Annual)[ \t]+)?Report[ \t]+on[ \t]+)?Form[ \t]+[\w-]{1,10}\b|"
        r"(?:(?:Current|Quarterly|Annual)[ \t]+)?Report[ \t]+on[ \t]+Form[ \t]+[\w-]{1,10}/A\b)"
        r"[^\n]{0,400}?\b(?:amends|is[ \t]+(?:being[ \t]+)?(?:filed|furnished)|supplements"
        r"|restates|updates|is[ \t]+to[ \t]+amend)\b", re.IGNORECASE)),
    # "The Company is filing this Amendment No. 1 to ...", "We are filing this Form 8-K/A ...",
    # "The Registrant hereby files this Amendment No. 1 to its Current Report ..."
    ("filing_this", lazy(
        _OPENS + r"[^\n]{0,200}?\b(?:(?:is|are)[ \t]+filing|files)[ \t]+this[ \t]+"
        r"(?:amended[ \t]+)?" + _DOC_WORDS,
        re.IGNORECASE)),
    # "Acme Corp. amends Item 9.01 of its Current Report on Form 8-K ...", "By this amendment,
    # the Registrant amends Item 7 ...", "The Company is amending its Annual Report ...": the
    # report or item amended must follow (a prospectus's "if Congress amends the tax code" is
    # no note)
    ("amends_report", lazy(
        _OPENS + r"[^\n]{0,300}?\b(?:amends|(?:is|are)[ \t]+(?:hereby[ \t]+)?amending)\b"
        r"[^\n]{0,120}?\b(?:(?:Current|Quarterly|Annual|Transition)[ \t]+Report|Form[ \t]+\d"
        r"|Items?[ \t]+\d|Original[ \t]+(?:Current[ \t]+)?(?:Report|Filing|Form))",
        re.IGNORECASE)),
    # "The purpose of this Amendment No. 1 ... is to ...", "The sole purpose of this Amendment
    # ...", "The purpose of filing this Form 8-K/A ..."
    ("purpose_of", lazy(_OPENS + r"The[ \t]+(?:(?:sole|only|primary)[ \t]+)?purpose[ \t]+of[ \t]+"
                        r"(?:filing[ \t]+)?this[ \t]+(?:amended[ \t]+)?" + _DOC_WORDS,
                        re.IGNORECASE)),
    # "Item 7 of the Current Report on Form 8-K dated May 1, 1998 is hereby amended to read
    # ...", "The Company's Current Report on Form 8-K filed ... is amended to include ..."
    ("report_amended", lazy(
        r"\b(?:Report|Form[ \t]+8-K|Items?[ \t]+\d[\d.]*+)\b[^\n]{0,200}?\b(?:is|are)[ \t]+"
        r"(?:hereby[ \t]+)?amended[ \t]+(?:to|and|by|in|as[ \t]+follows)\b", re.IGNORECASE)),
]
# S-1/S-3 cover legend: "hereby amends this Registration Statement ... to delay its effective date"
_DELAYING_LEGEND = lazy(
    r"hereby[ \t]+amends[ \t]+this[ \t]+registration[ \t]+statement|delay[ \t]+its[ \t]+effective"
    r"[ \t]+date", re.IGNORECASE)
_AMENDMENT_WORD = lazy(r"amend|/A\b", re.IGNORECASE)
# A heading line that only numbers the amendment, "AMENDMENT NO. 1", "Amendment No. 2:" (a
# literal first letter: the engine skips to it)
_AMENDMENT_NUMBER = lazy(r"(?<![^\n])[ \t]*+A(?:MENDMENT|mendment)[ \t]++(?:NO|No)\.?[ \t]*+"
                         r"\d{1,2}[ \t]*+:?[ \t]*+$", re.MULTILINE)
# A run-in label opening the paragraph ("Note: This Amendment No. 1 ...", "NOTE - The
# Registrant hereby amends ..."): the note's heading, not its words
_LABEL = lazy(r"(?:NOTE|Note)[ \t]*+[:\u2013\u2014-][ \t]*+(?=\S)")
_LABEL_WORDS = ("NOTE", "Note")
_FALLBACK_HEAD = 1_500  # chars of a paragraph looked at; the statement opens it
_OPENING_BLOCKS = 2  # paragraphs of the first item: a statement under its heading opens it
_THIS_FILING = lazy(r"\bthis[ \t]+(?:amended[ \t]+)?(?:amendment|form|current[ \t]+report"
                   r"|report)\b|/A\b",
                   re.IGNORECASE)


def apply(ctx: Context) -> None:
    """Pipeline stage "explanatory_note": fills record["explanatory_note"]."""
    doc = ctx.primary
    if doc is None or not doc.readable:
        return
    before = min(span.start for span in ctx.items) if ctx.items else None
    is_amendment = bool(ctx.record.get("is_amendment"))
    introductory = (ctx.record.get("form_type") or "").upper() in _INTRODUCTORY_FORMS
    note = find_explanatory_note(doc.text, before, is_amendment, introductory)
    if note is None and is_amendment and ctx.items:
        first = min(ctx.items, key=lambda span: span.start)
        note = opening_statement(first.text or "")
    ctx.record["explanatory_note"] = note


def opening_statement(item_text: str) -> str | None:
    """The amendment stated in the first paragraphs of its first item, where many 8-K/As put
    it ("Item 9.01 Financial Statements and Exhibits." / "This Amendment No. 1 on Form 8-K/A
    amends ... to include the financial statements ..."), as the paragraph before the items
    would be read (_amendment_paragraph); None elsewhere. Never raises."""
    try:
        blocks = _PARAGRAPH_BREAK.split(item_text, _OPENING_BLOCKS)[:_OPENING_BLOCKS]
        note = _amendment_paragraph("\n\n".join(blocks))
        # it names this filing: an item's "Amendment No. 1 is filed as Exhibit 10.1" or
        # "Amendment No. 1 amends the Credit Agreement" is the contract's
        return note if note is not None and _THIS_FILING.search(note) is not None else None
    except Exception:  # odd input yields null, never a crash
        return None


def find_explanatory_note(text: str, before: int | None, is_amendment: bool,
                          introductory: bool = False) -> str | None:
    """The note in the front of `text` (before offset `before`), or None; an "Introductory
    Note" heading counts when `introductory` (an 8-K). Never raises."""
    try:
        end = FRONT_LIMIT if before is None else max(0, min(before, FRONT_LIMIT))
        front = text[:end]
        if not front.strip():
            return None
        note = _note_under_heading(front, introductory, is_amendment)
        if note is None and is_amendment:
            note = _under_amendment_number(front) or _amendment_paragraph(front)
        return note
    except Exception:  # odd input yields null, never a crash
        return None


def _headings(front: str, introductory: bool = False, amendment: bool = False
              ) -> Iterator[re.Match[str]]:
    """Heading lines, found from their key word: a literal search is ~30x faster than trying
    the line pattern at every position of a 150,000-character front."""
    line_end = -1
    for word in _key_words(front, introductory, amendment):
        if word.start() <= line_end:
            continue  # that line was tried: each line is looked at once, so this stays linear
        line_start = front.rfind("\n", 0, word.start()) + 1
        line_end = front.find("\n", word.start())
        if line_end < 0:
            line_end = len(front)
        match = _HEADING.match(front, line_start)
        if match:
            yield match


def _key_words(front: str, introductory: bool = False, amendment: bool = False
               ) -> Iterator[re.Match[str]]:
    """The key words of `front` in order: merged (lazily) only when two kinds occur, as
    heapq.merge's set-up costs more than the scan of a short front that holds neither."""
    found = []
    patterns = (*_KEY_WORDS, *((_INTRODUCTORY,) if introductory else ()),
                *((_REASON,) if amendment else ()))
    for pattern in patterns:
        words = pattern.finditer(front)
        first = next(words, None)
        if first is not None:
            found.append(chain((first,), words))
    if len(found) > 1:
        return merge(*found, key=lambda m: m.start())
    return found[0] if found else iter(())


def _note_under_heading(front: str, introductory: bool = False, amendment: bool = False
                        ) -> str | None:
    for match in _headings(front, introductory, amendment):
        head = match.group("head")
        if not head[0].isupper() or not introductory and head[0] in "Ii":
            continue  # "explanatory note" in a wrapped sentence; a 10-K's "Introductory Note"
        rest = match.group("rest").strip()
        if rest and _continues_sentence(front, match.start()):
            continue  # "... as described in the\nExplanatory Note. The ..."
        if rest and _TOC_REST.fullmatch(rest):
            continue  # "Explanatory Note ........ 3"
        first = ""
        if rest:
            if len(rest) <= 40 and not rest.endswith(".") and not _LOWER.search(rest):
                first = ""  # "EXPLANATORY NOTE - AMENDMENT NO. 1": a short capitals-only rest
            elif match.group("sep"):
                first = rest  # "Explanatory Note: This Amendment No. 1 ..."
            elif _HEAD_SUFFIX.match(rest) and len(rest) <= 60 and not rest.endswith("."):
                first = ""  # "EXPLANATORY NOTE REGARDING AMENDMENT NO. 1": still the heading
            elif rest[0].isupper() or rest[0] in "\"\u201c":
                first = rest  # "Explanatory Note This Amendment ..." (a run-in bold heading)
            else:
                continue  # "Explanatory Note below", a sentence
        note = _paragraphs_after(front, match.end(), first)
        if note:
            return note
    return None


def _continues_sentence(text: str, start: int) -> bool:
    """True when the line before `start` is text whose sentence runs on into this line."""
    prev_end = text.rfind("\n", 0, start)
    if prev_end <= 0:
        return False
    prev_start = text.rfind("\n", 0, prev_end) + 1
    prev = text[prev_start:prev_end].rstrip()
    return bool(prev) and prev[-1].isalpha() and prev[-1].islower()


def _is_stop(line: str, block_start: bool, runs_on: bool = False) -> bool:
    """True for a line that opens the next section; an item named on a line that carries on
    the sentence above ("... is being filed to amend" / "Item 9.01(a) and (b) of the ...")
    opens none."""
    if (not runs_on and _ITEM_OR_PART.match(line) or _CONTENTS_OR_FORM.match(line)
            or SIGNATURE_HEADING.match(line)):
        return True
    if block_start:  # a short all-caps heading ("FORWARD-LOOKING STATEMENTS") opens a block
        if ("ection" in line or "ECTION" in line) and _SECTION_LINE.match(line):
            return True
        stripped = line.strip()
        if len(stripped) <= 80 and not _LOWER.search(stripped):
            return sum(c.isupper() for c in stripped) >= 3
        # the same in title case, the section that follows most notes ("Cautionary Note
        # Regarding Forward-Looking Statements"): a sentence has a stop and lower-case words
        return ("orward" in stripped and len(stripped) <= 100
                and not stripped.endswith(_BLOCK_END)
                and _FORWARD_HEADING.fullmatch(stripped) is not None)
    return False


def _paragraphs_after(front: str, pos: int, first: str) -> str | None:
    """Paragraphs from the line after `pos` to the next heading, within the limits."""
    window = front[pos + 1:pos + 1 + _SCAN_LIMIT]
    paragraphs: list[str] = []
    current: list[str] = [first] if first else []
    size = len(first)
    prev_line = last = ""  # the line above, and the last one with text
    in_list = False  # in a list of items under a sentence ending in ":"
    for line_match in _LINE.finditer(window):  # lazily: a failed heading costs little
        line = line_match.group()
        if not paragraphs and not current and _RULE.fullmatch(line):
            continue  # the heading's underline ("----------------")
        if line.strip():
            listed = (in_list or last.endswith(_LIST_LEADS)) and _ITEM_OR_PART.match(
                line) is not None
            # ("This Amendment amends the following items:" / "Item 8. Financial Statements
            # and Supplementary Data;": the items amended, no heading; the front ends at the
            # first item headed, so a heading proper is never read as one)
            in_list, last = listed, line.rstrip()
            if listed:
                current.append(line)
                prev_line = line
                size += len(line)
                continue
        if not line.strip():
            if current:
                paragraphs.append(squash(" ".join(current)))
                current = []
                if len(paragraphs) >= MAX_PARAGRAPHS:
                    break
            prev_line = ""
            continue
        if current and len(prev_line) > _BLOCK_LINE and prev_line.rstrip().endswith(_BLOCK_END):
            # a line longer than plain text wraps is a rendered HTML block (a note boxed in a
            # table cell keeps each paragraph a line, no blank between): its end is the
            # paragraph's
            paragraphs.append(squash(" ".join(current)))
            current = []
            if len(paragraphs) >= MAX_PARAGRAPHS:
                break
        above = prev_line.rstrip()
        block_start = not current or above.endswith(_BLOCK_END)
        runs_on = bool(current) and bool(above) and (
            above[above.rfind(" ") + 1].islower() or above[-1] == ",")  # "... to amend"
        if _is_stop(line, block_start, runs_on) or paragraphs and not current and (
                _RULE_ROW.fullmatch(line)):
            break
        current.append(line)
        prev_line = line
        size += len(line)
        if size > 2 * MAX_CHARS:  # enough read: _join cuts to MAX_CHARS
            break
    if current and len(paragraphs) < MAX_PARAGRAPHS:
        paragraphs.append(squash(" ".join(current)))
    return _join(paragraphs)


def _join(paragraphs: list[str]) -> str | None:
    kept: list[str] = []
    size = 0
    for para in paragraphs:
        if not para:
            continue
        room = MAX_CHARS - size - (2 if kept else 0)
        if room <= 0:
            break
        if len(para) > room:
            cut = para[:room]
            space = cut.rfind(" ")
            kept.append(cut[:space] if space > room // 2 else cut)
            break
        kept.append(para)
        size += len(para) + (2 if len(kept) > 1 else 0)
    return "\n\n".join(kept) or None


def _under_amendment_number(front: str) -> str | None:
    """The paragraphs under a heading that only numbers the amendment ("AMENDMENT NO. 1" /
    "This Amendment No. 1 on Form 8-K/A amends ..." / "Except as described above, ..."), read
    as under "EXPLANATORY NOTE" when the paragraph just under it states the amendment and a
    blank line is above it; the cover's "FORM 8-K/A" / "Amendment No. 1" or "(Amendment No.
    1)" heads none."""
    for head in _AMENDMENT_NUMBER.finditer(front):
        above = front.rfind("\n", 0, max(0, head.start() - 1))
        if front[above + 1 : head.start()].strip():
            continue  # under "FORM 10-K/A" on the cover: its number, no heading
        body = front[head.end() : head.end() + _FALLBACK_HEAD].lstrip()  # (blank lines under)
        below = _PARAGRAPH_BREAK.search(body)
        para = squash(body[: below.start()] if below else body)
        if any(pattern.search(para) for _, pattern in _STATES_AMENDMENT):
            return _prose_run(_paragraphs_after(front, head.end(), "") or "")
    return None


def _prose_run(note: str) -> str | None:
    """The note's paragraphs up to the first that is no sentence (the cover's "[X] ANNUAL
    REPORT PURSUANT TO SECTION 13 ..." or "Commission File Number 0-15131" below a statement
    under a cover's "Amendment No. 2" set off by blank lines)."""
    kept = []
    for para in note.split("\n\n"):
        if not para.endswith((".", ":", ";")) or _LOWER.search(para) is None:
            break
        kept.append(para)
    return "\n\n".join(kept) or None


def _amendment_paragraph(front: str) -> str | None:
    """The first paragraph of the front that states the amendment (no heading above it)."""
    for block in _PARAGRAPH_BREAK.split(front):
        head = block[:_FALLBACK_HEAD]
        low = head.lower()  # the words as substrings first: faster than a caseless pattern
        if ("amend" not in low and "/a" not in low) or not _AMENDMENT_WORD.search(head):
            continue  # cheap test first: most paragraphs say neither
        para = squash(head)
        if _DELAYING_LEGEND.search(para):
            continue
        if any(pattern.search(para) for _, pattern in _STATES_AMENDMENT):
            note = squash(block)
            if note[:4] in _LABEL_WORDS and (label := _LABEL.match(note)):
                note = note[label.end() :]
            return _join([note])
    return None
