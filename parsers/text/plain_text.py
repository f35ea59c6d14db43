"""Plain-text EDGAR document -> the same text without page furniture.

Removed:

- ``<PAGE>`` markers and form feeds (a ``<PAGE>cover`` line keeps its ``cover``, a
  ``<PAGE>   12`` line goes whole);
- the SGML table tags ``<TABLE> </TABLE> <CAPTION> </CAPTION> <S> <C> <FN> </FN>`` (a
  ``<TABLE ...>`` with attributes too) and a closing ``</PAGE>``: a line holding only tags
  goes, a tag inside a text line turns into spaces of its width;
- page-number lines next to a page break ("2", "-2-", "Page 2 of 10", "F-3", "II-3", "iii", a
  centred "(2)"; not a year), typed on the marker's line ("-3-<PAGE>") or above a "PAGE" line
  that doubles the marker, and the one closing the last page of a paginated document;
- running heads: the first lines of a page (up to 5) when the same lines open 3 or more pages,
  or every page of a text with one or two page breaks (the first page's own lines count, and
  stay), with a page number right below them or beside them ("ACME CORPORATION      3"); but
  an item heading's first appearance stays, and so do a table's column headings ("1997
  1996", rules, or three cells under the page's first line) with the lines typed right
  above them; such a head with a page number below it, printed again below a blank line
  with a page number below it, tops a page whose break the filer typed with no marker: a
  marker goes there first, so that the page reads as the others ("(more)" / "HRZB-Reports
  ..." / "October 23, 2008" / "Page 4", Horizon Financial 2008); a statement's title
  ("CONSOLIDATED STATEMENTS OF CASH FLOWS") or a 13D's CUSIP line among a head's lines is
  the page's own head, and stays on each page it tops (as in html_text), the head's other
  lines go; and a head's first reading right over such a title, its words printed nowhere
  above, is the heading of the statements it opens, and stays ("KINNARD INVESTMENTS, INC.
  AND SUBSIDIARIES" / "CONSOLIDATED STATEMENTS OF FINANCIAL CONDITION", Stockwalk 2000);
- a heading a page repeats atop it marked as carried over ("NOTE 1. ... (CONTINUED)",
  "Network access (cont'd.)", "TABLE OF CONTENTS" / "(CONTINUED)"), among the page's first
  lines above its first line of prose, with the lines typed right above it (a heading
  wrapped over two lines) and a rule under it, when its first words were printed before
  (the heading it carries over) or a later page repeats it; one printed once stays;
- running feet: the last line of each page when it holds the same words on 3 or more pages
  (or every page) beside a page number that counts on ("Acme Corp. 10-K          12"), or
  on a line of its own over or under the page number at the foot of 3 pages in 4 or more
  (a statement's "See notes to ..." closing them is text, and stays); and a release's
  letterhead foot with no page number nor "(more)": the same last line (up to three) closing
  3 pages or more, its blanks aside, a phone, a web site or a ZIP code in it ("3545 North
  First Street     San Jose, CA 95134     (408) 435-0800", Pericom 2005);
- the blank lines where a page break cut a sentence, once the furniture between is gone
  ("... is in the process of" / "4" / ``<PAGE>`` / "negotiating contract closeouts ..."): the
  part after opens in lower case, or the part before ends in a word no sentence ends in and
  the part after runs on (as html_text joins a paragraph a page break split); not a table's
  rows, a list's "a)", a heading over a rule, nor past a head printed once;
- form feeds become page breaks (one typed beside a ``<PAGE>`` marker adds none; the line
  after one keeps its indentation);
- in a text with no page break at all (plain text in an HTML wrapper, 20f_2001_aegonnv_1.htm),
  page-number lines alone between blank lines that count on through the document ("-9-",
  "-10-", "-11-"; "Page 3", "F-4", centred "12"): each a page or so after the last and at most
  4 above it, 3 or more of one style (2 of "-2-" or "Page 2"; bare numbers a full page apart
  as a rule, or a short filing's "2" a page down and "3" closing the text). A
  table's lone figure, a list's "1.", a flush-left "1" or a year stays.

A double-spaced document (a blank line after every line, as some 1990s filing agents'
word processors printed them; paragraphs parted by two or more blank lines, or by an indented
first line) first loses its single blank lines, and each longer run becomes one blank line,
as does the one above an indented first line, so that every reader sees the usual shape:
nearly every line (98%, tags aside) followed by one blank line or more, 20 lines at least,
and two paragraph breaks. A double-spaced body under a single-spaced cover page is read so
from its first line after the cover's last two lines typed tight, when one line in five
there runs a sentence on (so a list of one-line entries stays).

Everything else is kept byte for byte: the cover reader relies on column positions, so no
spaces are collapsed and no tabs expanded. Example (10k405_2001_perkinelmerinc_1.txt)::

    <PAGE>                                    ================================
       1                            ->        SECURITIES AND EXCHANGE COMMISSION
      ================================
      SECURITIES AND EXCHANGE COMMISSION

Work is one scan from table tag to table tag plus a few string operations per page break.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from ..regex_cache import compiled
from .running_heads import (
    continued_head,
    has_continued_tail,
    letterhead_line,
    more_mark,
    own_head,
    runs_as_prose,
    strip_continued_mark,
)

# (the next line keeps its indentation; a run of form feeds with only blanks between them is
# one break: each empty page cost the page-furniture passes ~60 us, and 300,000 form feeds 20 s)
_FORM_FEED = compiled(r"\f(?:[ \t\n]*+\f)*+(?:[ \t]*\n)?")
# (with a closing page tag some filers type: "</page>" ends each page of Home Health 1998)
# (in either case: Horizon Financial 2006 types "<s>  <c>  <c>"; a table tag may hold
# attributes, "<TABLE WIDTH=100%>"; a space may end a tag, "<S >")
_TAGS = (r"</?(?:S|C|FN|s|c|fn)[ \t]*>|</?(?:TABLE|CAPTION|table|caption|Table|Caption)"
         r"(?:>|[ \t][^<>\n]{0,200}>)|</(?:PAGE|[Pp]age)>")
_TAG = compiled(_TAGS)  # tried only where a "<" stands (see _next_tag)
_TAG_ONLY_LINE = compiled(rf"[ \t]*(?:(?:{_TAGS})[ \t]*)+")
# (not a year: "1999" alone on top of a page heads a column; "II-3" numbers the pages of a
# registration statement's Part II; some filers bracket the number, "(2)")
_PAGE_NUMBER = compiled(
    r"[ \t]*(?:-[ \t]*)?(?:(?:[Pp]age|PAGE)[ \t]+)?(?:[A-Z]{1,3}-)?"
    r"(?:\d{1,3}|(?!19|20)\d{4}|[ivxl]{1,6})"
    r"(?:[ \t]*-)?(?:[ \t]+(?:of|OF)[ \t]+\d{1,4})?[ \t]*"
)
_BRACKETED = compiled(r"\((?:[A-Z]{1,3}-)?\d{1,3}\)")
_PAGE_END = frozenset("0123456789ivxl-")  # how a page number ends
# A page-number line set off by blank lines, found from the blank line above (a literal
# newline leads: one attempt per line; possessive indentation and a lookahead for the first
# character fail a line of text at once); the number's style and value are read in Python.
_LONE_NUMBER = compiled(
    r"\n[ \t]*+\n(?P<line>(?P<lead>[ \t]*+)(?=[-\divxlA-Z])(?P<dash>-[ \t]?)?"
    r"(?P<page>(?:Page|PAGE)[ \t]+)?(?:(?P<prefix>[A-Z]{1,3})-)?(?P<num>\d{1,3}|[ivxl]{1,6})"
    r"(?(dash)[ \t]?-)(?:[ \t]+(?:of|OF)[ \t]+\d{1,4})?[ \t]*+)(?=\n[ \t]*+(?:\n|$)|$)")
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}
# page numbers in a run: two "-2-" / "Page 2" lines (a short filing numbers its pages from 2)
# are pages; a bare "2", "F-2" or "ii" must count on to three
_SEQUENCE_MIN = {"dash": 2, "page": 2}
_SEQUENCE_MIN_OTHER = 3
_SEQUENCE_STEP = 4  # most pages a run may skip (a page printed without its number)
_PAGE_MIN_CHARS = 200  # a page holds more than a list item
_PAGE_CHARS = 1500  # the median page of a run of bare numbers: more than a list item's text
_NUMBER_CHARS = 20  # a page-number line's longest text ("Page 12 of 40", "- F-12 -")
_PAREN_INDENT = 16  # a bracketed "(2)" is centred or set to the right
_BARE_INDENT = 8  # a bare "12" is centred or set to the right; a flush-left one is content
_HEADING_START = compiled(r"(?:ITEM|Item|PART|Part)S?\b")
_CELL_GAP = compiled(r"[ \t]{2,}|\t")
_YEAR = compiled(r"(?:19|20)\d\d")
_DIGITS = compiled(r"\d+")
_FORM_NAME = compiled(r"\b(?:FORM|Form)[ \t]+[1-9]|\b(?:10-[KQ]|8-K|20-F|6-K)")
# (a statement's pointer to its notes closes many of its pages, in any case: "See (accompanying)
# notes ...", "(See Notes to ...)", "The accompanying notes are an integral part ...", "The
# notes to ... are an integral part ..."; "The Notes Company, Inc." is a foot)
_NOTE_LINE = compiled(r"\(?(?:(?:see|refer[ \t]+to)[ \t]+(?:the[ \t]+)?(?:accompanying[ \t]+)?"
                      r"notes\b|(?:the[ \t]+)?accompanying[ \t]+notes\b"
                      r"|the[ \t]+notes\b[^\n]{0,80}?\bintegral[ \t]+part\b)", re.IGNORECASE)
# a paragraph's words carried over a page break: a lowercase word, not a list's "i." or "a)"
# nor a bullet typed as a lone letter ("o ", Wingdings "l ", "n ", "q ", "u ", "v ")
_CONTINUED = compiled(r"(?![ivx]{1,4}[.)]|[a-z][.)]|[olnquv][ \t])[a-z]")
# a heading's opening: an item, a part, a note (never the words a sentence runs on into)
_HEADING_OPEN = compiled(r"(?:ITEM|Item|PART|Part|NOTE|Note)S?[ \t]+[\dIVX]")
# words no sentence ends in: a line ending in one runs on over the page (as in html_text)
_RUNS_ON_WORDS = frozenset(
    "a an the of to and or nor for in on at by with from into onto under between among than "
    "as our its their his her your such any each every this these those that which whose is "
    "are was were be been will would may shall should could can not per upon within without "
    "through including about against via".split()
)
_NON_BLANK = compiled(r"\S")
_BLANK_LINES = compiled(r"(?:[^\S\n]*+\n)*+")  # (whitespace as str.strip() knows it)
_TABLE_GAP = compiled(r"\S(?:[ ]{3,}|\t)\S")  # cells set apart: a table's row, not prose
_PAGE = "<PAGE>"
# a page marker in any spelling: "<PAGE>", and "<Page>", "<page>" (some filers)
_ANY_PAGE = (_PAGE, "<Page>", "<page>")
_ANY_PAGE_RE = compiled(r"<(?:PAGE|[Pp]age)>")
_CASED_PAGE = ("<Page>", "<page>")
_CASED_PAGE_RE = compiled(r"<[Pp]age>")
# a scan for "<" by str.find hands over to a regex led by "<" past _STEPS "<"s set closer
# than _GAP characters apart on average (see _at_marker)
_STEPS, _GAP = 16, 64
# A double-spaced document (see _is_double_spaced): its head is counted first, half its
# newlines opening a blank line ("a\n\nb\n\n": 2 in 4); a normal text has far fewer.
_DOUBLE_HEAD = 2048
_DOUBLE_MIN_NEWLINES = 30
_DOUBLE_MIN_GAPS = 20  # lines followed by another
_DOUBLE_MAX_TIGHT = 0.02  # share of lines followed by a line with no blank between
_DOUBLE_MIN_BREAKS = 2  # paragraph breaks: runs of 2+ blank lines
_BLANK_RUN = compiled(r"\n(?:[ \t]*+\n)++")
_SENTENCE_START = compiled(r"[A-Z0-9\"'(]")  # (not a rule's "-----" under a heading)
_DOUBLE_WRAPPED = 5  # a double-spaced body wraps its sentences: 1 line in 5 runs on
_DOUBLE_LEAD = 10  # lines below a double-spaced body's start, each followed by a blank line
_LOOK = 3  # non-blank lines below a page break (after the first) that may be its page number
_HEAD_LINES = 5  # lines a running head may take
_MORE_LINES = 4  # a page's last lines a "(more)" may stand in (a letterhead's foot below it)
_MORE_TAIL = 500  # a page's last characters a "(more)" may stand in (4 lines and blanks)
_HEAD_MIN_PAGES = 3
_FOOT_BLOCK = 3  # lines a letterhead's foot may take (a name, an address, a web site)
_FOOT_CHARS = 200  # a letterhead's foot line at most
_VARIANT_MISSES = 8  # carried-over headings searched for in any spacing, a document
_INDENT_CHARS = 200  # a head line's indentation at most


def _feed_to_marker(text: str, match: re.Match[str]) -> str:
    """A form feed becomes a <PAGE> line, starting a new line only when it is mid-line; one
    typed beside a <PAGE> marker ("\f<PAGE>", "<PAGE>\n\f") only ends its line, so that the
    break counts once."""
    at = match.start()
    line_start = at == 0 or text[at - 1] == "\n"
    if (text[match.end() : match.end() + 6].upper() == _PAGE
            or text[max(0, at - 40) : at].rstrip()[-6:].upper() == _PAGE):
        return "" if line_start else "\n"
    return "<PAGE>\n" if line_start else "\n<PAGE>\n"


def _lines_before(text: str, pos: int, count: int) -> list[tuple[int, int]]:
    """Spans of up to `count` non-blank lines ending before `pos` (a line start), nearest first."""
    spans: list[tuple[int, int]] = []
    end = pos
    while end > 0 and len(spans) < count:
        start = text.rfind("\n", 0, end - 1) + 1
        if text[start : end - 1].strip():
            spans.append((start, end))
        end = start
        if pos - end > 4000:
            break
    return spans


def _lines_after(text: str, pos: int, count: int) -> list[tuple[int, int]]:
    """Spans of up to `count` non-blank lines starting at or after `pos` (a line start), each
    starting within 4,000 characters of it."""
    spans: list[tuple[int, int]] = []
    start, n = pos, len(text)
    while len(spans) < count:
        # one call past a page's blank lines (the pattern matches everywhere, maybe empty),
        # made only where a blank stands: most lines open with text
        if text[start : start + 1].isspace():
            start = _BLANK_LINES.match(text, start).end()  # type: ignore[union-attr]
        if start >= n or start - pos > 4000:
            break
        nl = text.find("\n", start)
        if nl < 0:  # the last line, unless it is blank
            if not text[start:].isspace():
                spans.append((start, n))
            break
        spans.append((start, nl + 1))
        start = nl + 1
    return spans


def _is_page_number(line: str, number: str | None = None) -> bool:
    """`number`: the line stripped, when the caller has it already."""
    if number is None:
        number = line.strip()
    if len(number) > _NUMBER_CHARS:
        return False
    if number[:1] != "(":
        return _PAGE_NUMBER.fullmatch(number) is not None
    # (a flush-left "(1)" over its text is a list's)
    return (_BRACKETED.fullmatch(number) is not None
            and len(line[: line.find("(")].expandtabs()) >= _PAREN_INDENT)


def _page_cuts(text: str, numbered: list[tuple[str | None, ...]]) -> list[tuple[int, int, str]]:
    """(start, end, replacement) edits for page markers, page numbers and running heads
    (`numbered` gets the lines of each head cut with a page number below it)."""
    cuts: list[tuple[int, int, str]] = []
    feet: list[tuple[int, int]] = []  # the last line of each page but the last
    # a page's foot on a line of its own over or under its page number, with that number
    feet_by_number: list[tuple[tuple[int, int], bool]] = []
    breaks = 0
    # first content lines of each page: (start, end, stripped line or None for a page number)
    tops: list[list[tuple[int, int, str | None]]] = []
    heads: list[list[tuple[int, int, str | None]]] = []  # its first _LOOK lines not page numbers
    # each bare marker's last line of text above it (None: none near) and its page's top
    markers: list[tuple[tuple[int, int] | None, list[tuple[int, int, str | None]]]] = []
    misses = [0]  # (see _continued_heads)
    ends: list[int] = []  # where each page ends (its marker's line start)
    pos = 0
    while True:
        i = text.find(_PAGE, pos)
        if i < 0:
            break
        pos = i + len(_PAGE)
        line_start = text.rfind("\n", 0, i) + 1
        lead = text[line_start:i]
        if lead.strip(" \t") and not (_is_page_number(lead) and any(map(str.isdigit, lead))):
            continue  # not a marker that opens a line (nor ends one after its page number)
        nl = text.find("\n", pos)
        line_end = len(text) if nl < 0 else nl + 1
        rest = text[pos:line_end]
        # (most markers stand alone on their line: no page number to test)
        if (kept := rest.strip()) and _is_page_number(rest, kept):
            kept = ""  # `<PAGE>   12`: the printer's page count
        breaks += 1
        ends.append(line_start)
        above: tuple[int, int] | None = None
        # a release's "(more)" among the page's last lines closes its text: the mark goes,
        # and the foot below it (a page number, a letterhead's rule, address and phone)
        # (its lines read only where the page's tail holds the word: most pages' do not)
        low = max(0, line_start - _MORE_TAIL)
        if text.find("ore", low, line_start) >= 0 or text.find("ORE", low, line_start) >= 0:
            near = _lines_before(text, line_start, _MORE_LINES)
            before = near[:1]
            for at, (s, e) in enumerate(near):
                if more_mark(text[s:e].strip()):
                    cuts.append((s, near[0][1], ""))
                    before = near[at + 1 : at + 2]  # (the page's last line of text)
                    break
        else:
            before = _lines_before(text, line_start, 1)
        if before:
            line = text[before[0][0] : before[0][1]]
            if "PAGE" in line and line.strip() == "PAGE":  # a typed twin of the marker
                cuts.append((before[0][0], before[0][1], ""))
                before = _lines_before(text, before[0][0], 1)
                line = text[before[0][0] : before[0][1]] if before else ""
            if _is_page_number(line):
                cuts.append((before[0][0], before[0][1], ""))
                if over := _line_over(text, before[0][0]):
                    feet_by_number.append((over, False))
                above = over
            elif before:
                above = before[0]
                if "  " in line.strip():  # ("Acme Corp. 10-K      12")
                    feet.append(before[0])
                feet_by_number.append((before[0], True))
        if kept:
            cuts.append((line_start, pos, ""))  # `<PAGE>cover`: keep the text
            continue
        cuts.append((line_start, line_end, ""))  # (with a page number before it: `-3-<PAGE>`)
        top: list[tuple[int, int, str | None]] = []
        markers.append((above, top))
        head: list[tuple[int, int, str | None]] = []
        for s, e in _lines_after(text, line_end, _LOOK + 1):
            raw = text[s:e]
            line = raw.strip()  # (once per line: each test below reads it)
            # (the length and "  " tests of _is_page_number and _head_key, without a call)
            if len(line) <= _NUMBER_CHARS and _is_page_number(raw, line):
                if len(top) <= 2 and "age" in raw.lower() and all(t[2] for t in top) \
                        and not any(_HEADING_START.match(t[2] or "") for t in top):
                    # a continued page's own head over its label ("Zurn Industries, Inc." /
                    # "page 2"), printed once: the head goes with the label; not an item
                    # heading over a page's foot ("ITEM 2.02 ..." / "Page 1 of 9")
                    cuts.extend((ts, te, "") for ts, te, _ in top)
                top.append((s, e, None))
                cuts.append((s, e, ""))
            elif not top and _labelled_head(line):
                top.append((s, e, None))  # (as a page number: the page's label)
                cuts.append((s, e, ""))
            else:
                top.append(item := (s, e, _head_key(line) if "  " in line else line))
                if len(head) < _LOOK:
                    head.append(item)
        tops.append(top)
        heads.append(head)
        for _s, _e, line in top:  # (a test of the page's first lines: most hold none)
            if line and has_continued_tail(line):
                cuts.extend(_continued_heads(text, line_end, misses))
                break
    if tops:
        cuts.extend(_running_heads(text, tops, heads, numbered))
        last = _last_page_number(text)
        cuts.extend(last)
        if feet_by_number and (span := _line_over(text, last[0][0] if last else len(text))):
            feet_by_number.append((span, not last))  # (and the last page's)
            cuts.extend(_feet_by_number(text, feet_by_number, breaks + 1))
        if feet:
            if not last:  # the last page's foot, if it has one
                feet.extend(_lines_before(text, len(text) + 1, 1))
            cuts.extend(_running_feet(text, feet, len(tops) + 1))
        ends.append(len(text) + 1)  # (the last page's)
        cuts.extend(_letterhead_feet(text, ends))
        cuts.extend(_sentence_joins(text, markers, cuts))
    return cuts


def _letterhead_feet(text: str, ends: list[int]) -> list[tuple[int, int, str]]:
    """A letterhead's foot a press release prints at each page's foot with no page number
    and no "(more)" ("3545 North First Street     San Jose, CA 95134     (408) 435-0800"):
    the same last line (up to three lines), its blanks aside, closing 3 pages or more, a
    phone number, a web address or a state's ZIP code in it. A statement's or a table's last
    line holds none. (Each page's last line read first; the lines above it only where 3
    pages close alike: most documents' pages do not.)"""
    groups: dict[str, list[int]] = {}
    for pos in ends:
        if last := _lines_before(text, pos, 1):
            line = text[last[0][0] : last[0][1]]
            if len(line) <= _FOOT_CHARS:
                groups.setdefault(" ".join(line.split()), []).append(pos)
    cuts: list[tuple[int, int, str]] = []
    for key, at in groups.items():
        if len(at) < _HEAD_MIN_PAGES or not letterhead_line(key):
            continue
        pages = [_lines_before(text, pos, _FOOT_BLOCK) for pos in at]
        # (the lines above it too, while each page prints the same: a name over an address)
        depth = 1
        while depth < _FOOT_BLOCK and all(len(lines) > depth for lines in pages) and len(
                {" ".join(text[lines[depth][0] : lines[depth][1]].split()) for lines in pages}
        ) == 1 and len(text[pages[0][depth][0] : pages[0][depth][1]]) <= _FOOT_CHARS:
            depth += 1
        cuts.extend((s, e, "") for lines in pages for s, e in lines[:depth])
    return cuts


def _continued_heads(text: str, pos: int, misses: list[int]) -> list[tuple[int, int, str]]:
    """Cuts of the headings a page starting at `pos` repeats atop it marked as carried over,
    among its first lines, above its first line of prose, when the heading was printed
    before (`_printed_before`) or a later page repeats it: the text reads as if no page had
    broken it. (`misses`: its searches in any spacing that found nothing.)"""
    cuts: list[tuple[int, int, str]] = []
    lines = _lines_after(text, pos, _HEAD_LINES + 2)
    for j, (s, e) in enumerate(lines):
        line = text[s:e].strip()
        if line[:6].upper() == _PAGE:
            break  # (a page of a few lines: the next page's own)
        if continued_head(line):
            # with the lines typed right above it: the heading's or title's own, wrapped
            # ("ITEM 7.  MANAGEMENT'S DISCUSSION ... AND" / "RESULTS OF OPERATIONS (CONTINUED)")
            k = j
            while k and lines[k - 1][1] == lines[k][0]:
                k -= 1
            first = text[lines[k][0] : lines[k][1]].strip()
            if not _printed_before(text, lines[k][0], line if k == j else first, misses) \
                    and text.find(first, e) < 0:
                continue  # the page's own heading, printed once (no page repeats it): it stays
            # (a cut a line, as the sentence joins read them)
            cuts.extend((ls, le, "") for ls, le in lines[k : j + 1])
            # ... and the rule under it ("Network access (cont'd.)" / "------------------")
            end = text.find("\n", e) + 1 or len(text)
            if (below := text[e:end].strip()) and not below.strip("-=_ "):
                cuts.append((e, end, ""))
        elif runs_as_prose(line):
            break
    return cuts


def _printed_before(text: str, pos: int, line: str, misses: list[int]) -> bool:
    """Whether the heading `line` opens was printed before `pos`, so that a page repeats it:
    its first three words less the mark ("NOTES TO CONSOLIDATED" of "NOTES TO CONSOLIDATED
    FINANCIAL STATMENTS (CONTINUED)") as typed before it, in any spacing; a bare
    "(CONTINUED)" is."""
    line = strip_continued_mark(line)
    words = line.split()[:3]
    if not words:
        return True
    end = 0
    for word in words:
        end = line.index(word, end) + len(word)
    # (as typed first: the page before most often prints it so) ... else in other spacing
    # ("4. LONG-TERM DEBT" / "4.  LONG-TERM DEBT (CONTINUED)")
    if text.rfind(line[:end], 0, pos) >= 0:
        return True
    if misses[0] >= _VARIANT_MISSES:
        return False  # (each search reads the text before: a few a document)
    if re.compile(r"[ \t]{1,9}".join(map(re.escape, words))).search(text, 0, pos) is not None:
        return True
    misses[0] += 1
    return False


def _sentence_joins(
    text: str,
    markers: list[tuple[tuple[int, int] | None, list[tuple[int, int, str | None]]]],
    cuts: list[tuple[int, int, str]],
) -> list[tuple[int, int, str]]:
    """Cuts of the blank lines left where a page break split a sentence ("... is in the
    process of" / "4" / <PAGE> / "negotiating contract closeouts ..."): the part after the
    break opens in lower case (not a list's "a)") and the part before ends in a lowercase
    letter, ",", ";" or a prose line's figure; or the part before ends in a word no sentence
    ends in ("of", "the", ...) and the part after runs on over two lines or more, whatever
    its case. Only when all between is blank or cut page furniture (a head printed once
    stays, and so the parts stay apart); never a table's rows."""
    gone = {s: e for s, e, _ in cuts}
    joins: list[tuple[int, int, str]] = []
    for before, top in markers:  # (the lines the page scan found; read on past cut ones)
        if before is not None and gone.get(before[0]) == before[1]:
            before = _kept_line(text, before[0], gone, False)
        if before is None or not top:
            continue
        head = text[before[0] : before[1]].strip()
        last = head[-1]
        if not (last.islower() or last in ",;" or last.isdigit()) or _table_row(head):
            continue  # (most pages end a sentence, or a table)
        if _HEADING_OPEN.match(head) or len(head) < 60 and _title_like(head) \
                and not _line_above(text, before[0]):
            continue  # a heading at the page's foot ("Item 2.  Properties"), no paragraph
        after = next(((s, e) for s, e, _ in top if gone.get(s) != e), None)
        if after is None and (after := _kept_line(text, top[-1][1], gone, True)) is None:
            continue
        tail = text[after[0] : after[1]].strip()
        if _table_row(tail) or _HEADING_OPEN.match(tail) or tail.isupper() \
                or "(continued)" in tail.lower():
            continue  # (a table's row, or a heading: "ITEM 3.", "NOTES ... (Continued)")
        if _CONTINUED.match(tail):
            runs_on = not last.isdigit() or len(head) >= 40
        else:  # (and the part after runs on: a heading, "Year 2000 (cont'd.)", stands alone)
            runs_on = (tail[0].isupper() and last.islower() and len(head) > 30
                       and head.rpartition(" ")[2] in _RUNS_ON_WORDS
                       and _runs_on_below(text, after[1]))
        if runs_on:
            joins.append((before[1], after[0], ""))
    return joins


_TITLE_SMALL = frozenset("a an the and or of to for in on at by with".split())


def _title_like(line: str) -> bool:
    """Words as a heading prints them: at most one lower-case word besides the small ones
    ("Other Events and Regulation FD Disclosure"; not "The Company acquired Acme, a
    leading")."""
    return sum(1 for w in line.split() if w[0].islower() and w not in _TITLE_SMALL) < 2


def _line_above(text: str, pos: int) -> bool:
    """Whether the line above the line starting at `pos` holds text (a paragraph's line,
    not a heading set off by a blank line)."""
    if pos < 2:
        return False
    start = text.rfind("\n", 0, pos - 1) + 1
    return bool(text[start : pos - 1].strip())


def _runs_on_below(text: str, pos: int) -> bool:
    """The line at `pos` is prose: neither blank nor a rule ("-----" under a heading)."""
    nl = text.find("\n", pos)
    line = text[pos : len(text) if nl < 0 else nl].strip()
    return bool(line.strip("-=_ ")) and not _table_row(line)


def _table_row(line: str) -> bool:
    """Cells set apart (`_TABLE_GAP`): searched only where its gap can be, a tab or three
    spaces (the regex tries every character of a line of prose)."""
    return ("   " in line or "\t" in line) and _TABLE_GAP.search(line) is not None


def _kept_line(text: str, pos: int, gone: dict[int, int], forward: bool
               ) -> tuple[int, int] | None:
    """The span of the nearest non-blank line before the line start `pos` (or from it,
    `forward`) that no cut takes whole (`gone`: cut ends by start), past at most 8 cut
    lines and 400 characters of blanks each (2,000 below); None if there is none."""
    for _ in range(8):
        if forward:
            m = _NON_BLANK.search(text, pos, pos + 2000)
            if m is None:
                return None
            at = m.start()
        else:
            low = max(0, pos - 400)
            at = low + len(text[low:pos].rstrip()) - 1
            if at < low:
                return None
        nl = text.find("\n", at)
        span = (text.rfind("\n", 0, at) + 1, len(text) if nl < 0 else nl + 1)
        if gone.get(span[0]) != span[1]:
            return span
        pos = span[1] if forward else span[0]
    return None


def _running_feet(text: str, feet: list[tuple[int, int]], pages: int
                  ) -> list[tuple[int, int, str]]:
    """Page feet with the page number beside them ("Acme Corp. 10-K       12", "12    1997
    Annual Report"): the same words closing 3 or more pages, or every page, the number
    counting on (a table row closing two pages holds no such count)."""
    groups: dict[tuple[str, str], list[tuple[int, int, int]]] = {}
    for s, e in feet:
        line = text[s:e].strip()
        if "  " not in line or (key := _head_key(line)) == line:
            continue
        number = line.replace(key, "", 1).strip()
        digits = _DIGITS.findall(number)  # ("Page 12 of 40": 12)
        value = int(digits[0]) if digits else _roman(number.lower().strip("-() ")) or 0
        style = _DIGITS.sub("#", number) if digits else "roman"  # ("F-3", "3" count apart)
        groups.setdefault((key, style), []).append((value, s, e))
    return [(s, e, "") for items in groups.values()
            if (len(items) >= _HEAD_MIN_PAGES or len(items) == pages > 1)
            and all(a[0] < b[0] for a, b in pairwise(items)) for _value, s, e in items]


def _line_over(text: str, pos: int) -> tuple[int, int] | None:
    """The span of the nearest non-blank line ending before `pos`, its newline included, in
    the 1,000 characters above (string methods: it runs once per page)."""
    low = max(0, pos - 1000)
    end = low + len(text[low:pos].rstrip())
    if end == low:
        return None
    nl = text.find("\n", end)
    return text.rfind("\n", 0, end) + 1, len(text) if nl < 0 else nl + 1


def _feet_by_number(text: str, found: list[tuple[tuple[int, int], bool]], pages: int
                    ) -> list[tuple[int, int, str]]:
    """A running foot on a line of its own over or under the page number ("ACME CORPORATION
    - 1997 FORM 10-K" over "12"; `found` holds each page's line over its number, or its last
    line, True, when no number closes it): the same words at the foot of three pages in four
    or more (3 at least), or of every page; the number over a foot goes with it. Content
    closing a page over its number (a signature's "Director", a statement's "See
    accompanying notes") ends some pages, not nearly all."""
    need = min(max(_HEAD_MIN_PAGES, -(-3 * pages // 4)), pages if pages > 1 else pages + 3)
    if len(found) < need:
        return []
    lines = [text[s:e].strip() for (s, e), _under in found]
    cuts: list[tuple[int, int, str]] = []
    for line, n in Counter(lines).items():
        if n < need or len(line) > 100 or _PAGE in line or not any(map(str.isalpha, line)) \
                or _HEADING_START.match(line) or _reads_as_text(line):
            continue
        items = [item for item, other in zip(found, lines, strict=True) if other == line]
        # (a last line is a foot under its page number only with that number right above it)
        group: list[tuple[int, int, str]] = []
        count = 0
        for (s, e), under in items:
            if under:
                above = _lines_before(text, s, 1)
                if not above or not _is_page_number(text[above[0][0] : above[0][1]]):
                    continue
                group.append((above[0][0], above[0][1], ""))
            group.append((s, e, ""))
            count += 1
        if count >= need:
            cuts.extend(group)
    return cuts


def _labelled_head(line: str) -> bool:
    """A continued page's own head with its label beside it, on the page's first line
    ("ACME CORPORATION          Page 2", "Page 2     Acme Corporation"): page furniture even
    printed once. One cell of words only (not an index's "99.1   Press release    Page 5"),
    nor an item heading."""
    if "age" not in line or "  " not in line:
        return False
    key = _head_key(line)
    return key != line and "  " not in key and "\t" not in key \
        and "age" in line.replace(key, "", 1).lower() and not _HEADING_START.match(key)


def _reads_as_text(line: str) -> bool:
    """A statement's note to its reader ("See notes to consolidated financial statements.",
    "The accompanying notes are an integral part of ..."): text under each statement page,
    however many pages it closes. Other sentences closing every page are feet ("Form 10-Q
    for the quarter ended March 31, 1998.", "Confidential treatment has been requested for
    portions of this exhibit.")."""
    return _NOTE_LINE.match(line) is not None


def _head_key(line: str) -> str:
    """A head line as it repeats: without a page number set off beside it by 2+ spaces
    ("ACME CORPORATION      3", "Page 3    Acme Corporation"); string operations, as most
    page tops are table rows."""
    if "  " not in line:
        return line
    if line[-1] in _PAGE_END:
        head, _, tail = line.rpartition("  ")
        if _is_page_number(tail) and any(map(str.isalpha, head)):
            return head.rstrip()
    if line[0].isdigit() or line[0] in "-Pp" or line[1] == "-":
        tail, _, head = line.partition("  ")
        if _is_page_number(tail) and any(map(str.isalpha, head)):
            return head.lstrip()
    return line


def _repeated(text: str, heads: list[list[tuple[int, int, str | None]]]
              ) -> set[tuple[int, str | None]]:
    """(place, line) keys of head lines: on top of 3 or more pages, or of every page when there
    are two, the first page (above the cover) counted when a single break follows."""
    seen = Counter((k, line) for head in heads for k, (_s, _e, line) in enumerate(head))
    pages = len(heads)
    # (a heading is no head of a short document: "ITEM 7. ..." reprinted over its next page)
    keys = {key for key, count in seen.items() if count >= _HEAD_MIN_PAGES
            or count == pages > 1 and not _HEADING_START.match(key[1] or "")}
    if pages == 1 and seen:
        end = text.find(_PAGE)
        first = [_head_key(line) for s, e in _lines_after(text, 0, _LOOK + 1)
                 if (end < 0 or e <= end) and not _is_page_number(line := text[s:e].strip())]
        keys.update(key for key in enumerate(first[:_LOOK])
                    if key in seen and not _HEADING_START.match(key[1]))
    return keys


def _running_heads(
    text: str,
    tops: list[list[tuple[int, int, str | None]]],
    heads: list[list[tuple[int, int, str | None]]],
    numbered: list[tuple[str | None, ...]],
) -> list[tuple[int, int, str]]:
    """A running head: the same lines at the same place on top of 3 or more pages ("ASTA
    FUNDING INCORPORATED / Moderator: ... / Confirmation #8395599"), or of every page when
    there are two ("ACME CORPORATION" above the cover and atop page 2), page numbers aside,
    beside it too ("ACME CORPORATION    3"); a page number right below the head goes with it
    ("Page 2"). The first page's own head stays."""
    keys = _repeated(text, heads)
    if not keys:
        return []
    # a page whose first lines are all a head may have a longer one: read on (few pages do)
    longer = False
    for top, head in zip(tops, heads, strict=True):
        if len(head) == _LOOK and all((k, line) in keys for k, (_s, _e, line) in enumerate(head)):
            for s, e in _lines_after(text, top[-1][1], _HEAD_LINES - _LOOK + 1):
                line = text[s:e].strip()
                top.append((s, e, None if _is_page_number(line) else _head_key(line)))
            longer = True
    if longer:
        heads = [[item for item in top if item[2] is not None][:_HEAD_LINES] for top in tops]
        keys = _repeated(text, heads)
    cuts: list[tuple[int, int, str]] = []
    # an item heading reprinted over the pages of its item: the first is the heading itself,
    # which the item reader needs; a table's column headings reprinted over each page of the
    # table carry its columns: they stay, with the lines typed right above them
    headings: set[str | None] | None = None
    columns: dict[str | None, int] = {}
    firsts: set[str | None] = set()  # heads met so far (their first lines)
    for top, head in zip(tops, heads, strict=True):
        if not head or (0, head[0][2]) not in keys:
            continue
        if head[0][2] not in firsts:
            firsts.add(head[0][2])
            if _opens_statements(top, head, keys) and head[0][2] \
                    and text.find(head[0][2], 0, head[0][0]) < 0:
                continue
        if headings is None:  # (once, for a text with a head)
            headings = {line for _k, line in keys if line and line[0] in "IP"
                        and _HEADING_START.match(line)}
            columns = {line: kind for _k, line in keys if line and (kind := _column_head(line))}
        count, whole = 0, True
        page: list[tuple[int, int, str] | None] = []  # each head line's cut (None: it stays)
        for k, (s, e, line) in enumerate(head):
            if (k, line) not in keys:
                break
            kind = columns.get(line)
            if kind == _YEARS or (kind == _CELLS and k > 0):
                while count and head[count - 1][1] == head[count][0]:
                    count -= 1
                    page.pop()
                whole = False
                break
            if line in headings:
                headings.discard(line)
                whole = False
                break
            # a statement's title or a 13D's CUSIP line is the page's own head, however many
            # pages it tops: it stays, the head's other lines go
            page.append(None if own_head(line or "") else (s, e, ""))
            count = k + 1
        cuts.extend(cut for cut in page if cut is not None)
        if count and whole:
            below = top.index(head[count - 1]) + 1
            if below < len(top) and top[below][2] is None:
                cuts.append((top[below][0], top[below][1], ""))
                numbered.append(tuple(line for _s, _e, line in head[:count]))
    return cuts


def _opens_statements(top: list[tuple[int, int, str | None]],
                      head: list[tuple[int, int, str | None]],
                      keys: set[tuple[int, str | None]]) -> bool:
    """A head right over a statement's title ("KINNARD INVESTMENTS, INC. AND SUBSIDIARIES" /
    "CONSOLIDATED STATEMENTS OF FINANCIAL CONDITION", Stockwalk 2000): at its first reading
    (printed nowhere above), the heading of the statements it opens, which stays; the pages
    after repeat it as a running head, which goes."""
    count = 0
    while count < len(head) and (count, head[count][2]) in keys:
        count += 1
    below = top.index(head[count - 1]) + 1 if count else len(top)
    line = top[below][2] if below < len(top) else None
    return bool(line) and not own_head(head[0][2] or "") and _statement_title(line or "")


def _statement_title(line: str) -> bool:
    """A financial statement's title or its notes' ("CONSOLIDATED BALANCE SHEETS", "NOTES TO
    CONSOLIDATED FINANCIAL STATEMENTS"): no table row, no sentence."""
    return "\t" not in line and "   " not in line and not runs_as_prose(line) \
        and (own_head(line) or line.lower().startswith("notes to "))


def _unmarked_tops(text: str, numbered: list[tuple[str | None, ...]],
                   cuts: list[tuple[int, int, str]]) -> list[int]:
    """Line starts of the page tops a filer typed with no marker: a running head cut with a
    page number below it atop 3 or more pages, printed again below a blank line (not atop
    the first page), its lines as atop the pages with a page number right below them
    ("(more)" / "HRZB-Reports Second Quarter Fiscal 2009 Results" / "October 23, 2008" /
    "Page 4" between two marked pages, Horizon Financial 2008)."""
    cut = {s for s, _e, _r in cuts}
    starts: list[int] = []
    for block, count in Counter(numbered).items():
        if count < _HEAD_MIN_PAGES or not (first := block[0]):
            continue
        at = text.find(first)
        while at >= 0:
            start = text.rfind("\n", max(0, at - _INDENT_CHARS), at) + 1
            # (no line start within reach: start 0, which _set_off refuses)
            if start not in cut and not text[start:at].strip(" \t") and _set_off(text, start) \
                    and _numbered_head(text, start, block):
                starts.append(start)
            at = text.find(first, at + len(first))
    return sorted(starts)


def _set_off(text: str, start: int) -> bool:
    """Whether the line at `start` has a blank line right above it and text above that."""
    above = text.rfind("\n", 0, max(0, start - 1)) + 1
    return 0 < above < start and not text[above:start].strip() \
        and _NON_BLANK.search(text, 0, above) is not None


def _numbered_head(text: str, start: int, block: tuple[str | None, ...]) -> bool:
    """Whether the lines from `start` are `block`'s (as keyed atop the pages), then a page
    number."""
    lines = _lines_after(text, start, len(block) + 1)
    if len(lines) <= len(block):
        return False
    for (s, e), key in zip(lines, block, strict=False):
        if _head_key(text[s:e].strip()) != key:
            return False
    return _is_page_number(text[lines[-1][0] : lines[-1][1]])


_YEARS, _CELLS = 1, 2  # what makes a line a table's column headings (see _column_head)


def _column_head(line: str) -> int:
    """_YEARS for a table's column headings or rules ("2004        2003", "-------    -------");
    _CELLS for a line of three cells set apart by 2+ spaces, which is column headings only
    under a title line (the table's, "(Continued)"): first on its page, it is a running head's
    left, centre and right ("ACME CORPORATION    ANNUAL REPORT    DECEMBER 31, 1998"), as is
    one naming the form ("ACME CORP      FORM 10-Q      March 31, 2004") anywhere; else 0."""
    if "  " not in line and "\t" not in line:
        return 0
    cells = _CELL_GAP.split(line)
    if len(cells) >= 3:
        return _CELLS if _FORM_NAME.search(line) is None else 0
    return _YEARS if all(_YEAR.fullmatch(cell) or not cell.strip("-=_") for cell in cells) else 0


def _last_page_number(text: str) -> list[tuple[int, int, str]]:
    """The page number closing the last page of a paginated document (no marker follows)."""
    end = len(text)
    while end and text[end - 1].isspace():
        end -= 1
    start = text.rfind("\n", 0, end) + 1
    if not end or not _is_page_number(text[start:end]):
        return []
    return [(start, end + 1 if text.startswith("\n", end) else end, "")]  # the line goes whole


def _roman(numeral: str) -> int | None:
    """The value of a lower-case roman page number ("iv" -> 4); None if it is no numeral."""
    values = [_ROMAN[c] for c in numeral]
    total = sum(-v if v < w else v for v, w in zip(values, values[1:] + [0], strict=True))
    return total if _to_roman(total) == numeral else None


def _to_roman(n: int) -> str:
    out = ""
    for value, digits in ((50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"),
                          (1, "i")):
        count, n = divmod(n, value)
        out += digits * count
    return out


def _sequence_cuts(text: str) -> list[tuple[int, int, str]]:
    """Page-number lines of a text without page breaks: lone between blank lines, counting on
    in one style ("-9-", "-10-", ...; see the module docstring). Each line goes whole."""
    # (style, prefix) -> runs of (value, start, end) in document order
    runs: dict[tuple[str, str], list[list[tuple[int, int, int]]]] = {}
    for m in _LONE_NUMBER.finditer(f"\n\n{text}"):  # (the first line may be one too)
        num = m.group("num")
        if num.isdigit():
            value: int | None = int(num)
            style = "dash" if m.group("dash") else "page" if m.group("page") else "bare"
            if style == "bare" and len(m.group("lead").expandtabs()) < _BARE_INDENT:
                continue
        else:
            value, style = _roman(num), "roman"
        if not value:
            continue
        start = m.start("line") - 2
        line = (value, start, min(m.end("line") - 1, len(text)))
        chains = runs.setdefault((style, m.group("prefix") or ""), [])
        for chain in reversed(chains):
            last = chain[-1]
            if 0 < value - last[0] <= _SEQUENCE_STEP and start - last[2] >= _PAGE_MIN_CHARS:
                chain.append(line)
                break
        else:
            chains.append([line])
    return [(start, end, "") for (style, prefix), chains in runs.items() for chain in chains
            if _is_run(chain, style, prefix) or style == "bare" and _short_run(text, chain)
            for _value, start, end in chain]


def _short_run(text: str, chain: list[tuple[int, int, int]]) -> bool:
    """A short filing's bare page numbers, its cover unnumbered: a centred "2" a page or more
    below the text's start, and a "3" closing the text, its last page (a signature's) maybe
    short (Innovative Clinical Solutions 2000: "Exhibit 99 - Press Release ..." / "2" /
    "SIGNATURES" ... "Date:  July 14, 2000" / "3")."""
    if len(chain) != 2 or chain[0][0] != 2 or chain[1][0] != 3:
        return False
    return chain[0][1] >= _PAGE_CHARS and not text[chain[1][2] :].strip()


def _is_run(chain: list[tuple[int, int, int]], style: str, prefix: str) -> bool:
    """Enough page numbers, and for bare ones ("12", "F-12", "xii") pages a page long: a
    centred "1", "2", "3" over short paragraphs numbers those."""
    if style in _SEQUENCE_MIN and not prefix:
        return len(chain) >= _SEQUENCE_MIN[style]
    if len(chain) < _SEQUENCE_MIN_OTHER:
        return False
    gaps = sorted(b[1] - a[2] for a, b in pairwise(chain))
    return gaps[len(gaps) // 2] >= _PAGE_CHARS


def _apply(text: str, cuts: list[tuple[int, int, str]]) -> str:
    if not cuts:
        return text
    cuts.sort()
    out: list[str] = []
    pos = 0
    for start, end, repl in cuts:
        if end <= pos:
            continue
        start = max(start, pos)
        out.append(text[pos:start])
        out.append(repl)
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _at_marker(text: str, start: int, spellings: tuple[str, ...], pattern: re.Pattern[str]
               ) -> int:
    """Where the first of `spellings` (each opening with "<"; `pattern` finds any of them)
    stands from `start`, or -1. Stepped from "<" to "<" by `str.find` (memchr): a regex
    led by "<" tries the text character by character, about 8x slower over a plain text,
    whose "<"s are few; where they stand dense, the regex takes over (see _dense)."""
    at = text.find("<", start)
    steps = 0
    while at >= 0 and not text.startswith(spellings, at):
        steps += 1
        if _dense(steps, at - start):
            m = pattern.search(text, at)
            return -1 if m is None else m.start()
        at = text.find("<", at + 1)
    return at


def _next_tag(text: str, pos: int = 0) -> re.Match[str] | None:
    """`_TAG.search(text, pos)`, tried at each "<" (every tag opens with one) while they are
    few; see _at_marker."""
    at = text.find("<", pos)
    steps = 0
    while at >= 0:
        if (m := _TAG.match(text, at)) is not None:
            return m
        steps += 1
        if _dense(steps, at - pos):
            return _TAG.search(text, at)
        at = text.find("<", at + 1)
    return None


def _dense(steps: int, span: int) -> bool:
    """Whether `steps` "<"s passed over in `span` characters stand closer than _GAP apart on
    average (tested every _STEPS): a Python step each then costs more than the regex's scan."""
    return steps % _STEPS == 0 and span < steps * _GAP


def _strip_table_tags(text: str) -> str:
    """Lines holding only table tags go (with their newline); any other tag turns into spaces
    of its own width, so columns stay put. One scan from tag to tag: a 10-K holds a few
    hundred tags in ten thousand lines."""
    out: list[str] = []
    pos = 0  # text before pos is settled
    search = _next_tag
    # (searched on from where the text is settled: the other tags of a dropped line, most of
    # a table's "<S>  <C>  <C>", are never looked at; no tag spans a newline)
    m = search(text)
    while m is not None:
        start = m.start()
        line_start = text.rfind("\n", 0, start) + 1
        if line_start >= pos:  # the first tag of its line: is the line all tags?
            nl = text.find("\n", start)
            line_end = len(text) if nl < 0 else nl
            if _TAG_ONLY_LINE.fullmatch(text, line_start, line_end):
                out.append(text[pos:line_start])
                pos = min(line_end + 1, len(text))
                m = search(text, pos)
                continue
        out.append(text[pos:start])
        out.append(" " * (m.end() - start))
        pos = m.end()
        m = search(text, pos)
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


def _is_double_spaced(text: str) -> bool:
    """Nearly every line followed by one blank line or more (a tag line or form feed aside:
    "<PAGE>" is no line of text), in a text of 20 lines or more with paragraphs parted by
    runs of 2+ blank lines or by indented first lines: a double-spaced document. A normal one
    single-spaces its address and signature blocks and its tables; a short text of one-line
    paragraphs parted by single blank lines has neither."""
    if not _looks_double(text, 0):
        return False
    # the head's lines first (the text's may be many): one tight pair there is allowed
    if _spacing(text[:_DOUBLE_HEAD])[1] > 1:
        return False
    return _double_enough(*_spacing(text)[:3])


def _looks_double(text: str, start: int) -> bool:
    """The 2 KB from `start` hold half as many blank lines as newlines (str.count only: most
    texts fail here at once)."""
    end = start + _DOUBLE_HEAD
    newlines = text.count("\n", start, end)  # (no copy of the window)
    if newlines < _DOUBLE_MIN_NEWLINES:
        return False
    if text.count("\n\n", start, end) * 5 < newlines * 2:
        # blank lines holding blanks ("\n   \n"), when many lines end in one
        if text.count(" \n", start, end) * 4 < newlines:
            return False
        if text[start:end].replace(" ", "").count("\n\n") * 5 < newlines * 2:
            return False
    return True


def _double_enough(gaps: int, tight: int, breaks: int) -> bool:
    return (gaps >= _DOUBLE_MIN_GAPS and tight <= gaps * _DOUBLE_MAX_TIGHT
            and breaks >= _DOUBLE_MIN_BREAKS)


def _double_body(text: str) -> int:
    """Where the double-spaced body of a text with a single-spaced head (a cover page typed
    single-spaced over a double-spaced body, as 1990s filings printed them) begins: the first
    line under a tight pair of lines (no blank between) from which the next 10 lines are each
    followed by a blank line and the rest of the text is double-spaced and wraps its
    sentences; -1 if none. Only a text whose last 2 KB look double-spaced is read line by
    line, once (sums from the end)."""
    if not _looks_double(text, len(text) - _DOUBLE_HEAD):
        return -1
    marks = _gap_marks(text)
    # (gaps, tight, breaks, wrapped) below each gap, and the next tight gap's index
    gaps = tight = breaks = wrapped = 0
    below: list[tuple[int, int, int, int, int]] = []
    next_tight = len(marks)
    for k in range(len(marks) - 1, -1, -1):
        below.append((gaps, tight, breaks, wrapped, next_tight))
        _start, is_tight, is_break, is_wrapped = marks[k]
        gaps, tight = gaps + 1, tight + is_tight
        breaks, wrapped = breaks + is_break, wrapped + is_wrapped
        if is_tight:
            next_tight = k
    below.reverse()
    for k, (start, is_tight, _b, _w) in enumerate(marks):
        if not is_tight:
            continue
        gaps, tight, breaks, wrapped, after = below[k]
        if after - k > _DOUBLE_LEAD and _double_enough(gaps, tight, breaks) \
                and wrapped * _DOUBLE_WRAPPED >= gaps:
            return start
    return -1


def _spacing(text: str) -> tuple[int, int, int, int]:
    """(lines followed by another, those with no blank line between, those with 2+ or with
    the next indented as a paragraph's first line, those with the next opening in lower case:
    a sentence wrapped), a tag line or form feed aside ("<PAGE>" is no line of text)."""
    marks = _gap_marks(text)
    return (len(marks), sum(m[1] for m in marks), sum(m[2] for m in marks),
            sum(m[3] for m in marks))


def _gap_marks(text: str) -> list[tuple[int, bool, bool, bool]]:
    """For each line of text below another: (its start, no blank line above it, 2+ blank lines
    above it or it opens a paragraph by its indentation, it opens in lower case); a tag line
    or form feed aside ("<PAGE>" is no line of text). The opening is judged from the line
    below, so a line's mark is made one line late."""
    marks: list[tuple[int, bool, bool, bool]] = []
    blanks = -1  # blank lines since the last line of text (-1: none yet)
    above = last = ""  # the last two lines of text
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip(" \t\r"):
            if blanks >= 0:
                blanks += 1
            continue
        if line.lstrip()[:1] in ("<", "\f"):
            continue  # (transparent)
        if last[:1] in (" ", "\t") and marks and not marks[-1][2] \
                and _opens_paragraph(above, last, line):
            marks[-1] = (*marks[-1][:2], True, marks[-1][3])
        if blanks >= 0:
            marks.append((start, blanks == 0, blanks >= 2, line.lstrip()[0].islower()))
        blanks = 0
        above, last = last, line
    return marks


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _opens_paragraph(above: str, line: str, below: str) -> bool:
    """`line` opens a paragraph by its indentation alone: set in 3 to 12 blanks, 3 or more
    deeper than the line below it (its own second line), and beginning a sentence. A centred
    line is no opening (the line below is centred too, or the line is short), nor a list
    entry's wrapped line under the text of the line above ("99.2     Agreement and ..." /
    "         Inc., Westell ...")."""
    if line[:1] not in (" ", "\t") or not above:
        return False
    line = line.expandtabs()
    lead = _indent(line)
    if not 3 <= lead <= 12 or len(line) - lead < 40 or not _SENTENCE_START.match(line, lead):
        return False
    if _indent(below.expandtabs()) > lead - 3:
        return False
    above = above.expandtabs()
    return not (above[lead - 1 : lead] == " " and above[lead : lead + 1].strip()
                and "  " in above[:lead])


def _single_spaced(text: str) -> str:
    """A double-spaced text as it is usually printed: a lone blank line goes, a run of 2+
    becomes one (the next line keeps its indentation), as does a lone one before a paragraph's
    indented first line."""
    def one(m: re.Match[str]) -> str:
        if m.group().count("\n") > 2:
            return "\n\n"
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        if end < 0:
            return "\n"
        after = _lines_after(text, end + 1, 1)
        below = text[after[0][0] : after[0][1]].rstrip("\n") if after else ""
        return "\n\n" if _opens_paragraph(text[start : m.start()], text[m.end() : end], below) \
            else "\n"

    return _BLANK_RUN.sub(one, text)


def clean_plain_text(text: str) -> str:
    """Strip page furniture from a plain-text document, keeping columns intact."""
    try:
        if _is_double_spaced(text):
            text = _single_spaced(text)
        elif len(text) > _DOUBLE_HEAD * 2 and (begin := _double_body(text)) > 0:
            text = text[:begin] + _single_spaced(text[begin:])
        if "\f" in text:
            text = _FORM_FEED.sub(lambda m: _feed_to_marker(text, m), text)
        if "<" in text:
            text = _strip_table_tags(text)
        # (one scan tells both: any marker, and its spelling)
        page = _at_marker(text, 0, _ANY_PAGE, _ANY_PAGE_RE)
        if page >= 0 and (not text.startswith(_PAGE, page) or _at_marker(
                text, page + len(_PAGE), _CASED_PAGE, _CASED_PAGE_RE) >= 0):
            text = text.replace("<Page>", _PAGE).replace("<page>", _PAGE)  # (some filers)
        if page >= 0:
            numbered: list[tuple[str | None, ...]] = []
            cuts = _page_cuts(text, numbered)
            if numbered and (tops := _unmarked_tops(text, numbered, cuts)):
                # (a marker where each such page starts, and the pass again: rare)
                text = "".join(text[a:b] + _PAGE + "\n" for a, b in pairwise([0, *tops])) \
                    + text[tops[-1]:]
                cuts = _page_cuts(text, [])
            text = _apply(text, cuts)
        else:
            text = _apply(text, _sequence_cuts(text))
        return text
    except Exception:  # never crash: the raw text is still useful
        return text
