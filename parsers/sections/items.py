"""Item segmentation: the primary document's text -> SPEC.md ``items[]``.

Usage::

    from filing2json.parsers.sections.items import find_items
    spans = find_items(text, "8-K")          # form_type None: read "FORM 8-K" from the cover
    [s.as_dict() for s in spans]

Schema slice, from sample 000 (``Item 5.  Other Events`` of an August 2000 8-K)::

    items [{"number": "5",                   # as printed, normalised: "2.02", "1A"
            "title": "Other Events",          # as printed (whitespace-normalised, no final
                                              # period), null when the heading has none
            "standard_title": "Other Events", # the SEC's title (item_catalog.py)
            "scheme": "pre-2004",             # "pre-2004" | "2004" (8-K numbering schemes)
                                              # | null (other forms)
            "equivalent": "8.01",             # 8-K crosswalk; null elsewhere
            "text": "On August 2, 2000, the Registrant issued the following press release: ..."}]

Choices (see tests/test_items.py for the filings behind each):

- Which headings: ``Item N`` at a line start (item_headings.py); on 8-K, 10-K, 10-Q and 20-F
  only numbers that form has; on other forms any ``Item N`` heading (standard titles, where
  the catalogue has them: Schedule TO, registration statements' Part II). Part headings end items
  (not on 8-Ks) and give 10-Q items their part.
- 10-Q numbers repeat across Parts: ``number`` stays as printed ("1", "1A") and the title comes
  from the part the item sits in (the last PART heading above it; without one, the printed
  title decides, then a restart of the numbering means Part II). An untitled item keeps the
  part of the item above when the last PART heading stands above that item (a contents'
  last "PART II", a "PART I (Continued)" running head: no Part heading), see _ten_q_part.
- Combined headings (``Items 1 and 2.``) give one item per number, sharing title and text, so
  ``.items[] | select(.number == "2")`` finds it. A combined line that only says the items are
  "Not Applicable" (``Items 1 through 4, 6 and 8 Not Applicable.``) is no item. 8-K headings
  stacked over one text (nothing but a section line between them) share it the same way
  (never an exhibit list; under the old numbering only a Regulation FD / Other Events text or
  one that names them). A single
  ``Item 3. Not applicable.`` is kept: title null, text "Not applicable.".
- Table-of-contents lines (dot leaders, a trailing page number) are not items. When a number
  occurs twice in the list, the later occurrence with body text wins.
- A 10-K whose sections stand under their captions alone, with a cross-reference index before
  or after them (rows "Item 1.  Business  ....  2-31"), takes each row's item not headed in
  the body from the section under the first caption that reads as the row's title
  ("BUSINESS", or one opening with the row's words, set off as below); see _captioned. The
  caption of an item the index leaves out ("SELECTED FINANCIAL DATA" with no "Item 6." row)
  ends the item above it, and one that words its row's title otherwise ("SUPPLEMENTARY
  DATA" under "Supplemental Data") is its item, set off by a blank line or, in an HTML
  rendering, standing alone over a paragraph (in sentence case, "Legal proceeding", only
  where the filer's other captions are too); see _reworded.
- Numbering runs: a heading that goes back in numbering starts a new list when a signature or
  exhibit-index heading lies between, or when it restarts at the form's first item ("Item 1.",
  "Item 1.01") that the list already holds or that has no form's title or a Part line above
  (an 8-K's "Item 5.02" above its "Item 1.01 Entry into ..." is the filer's order). The
  first list whose items mostly have body text is the filing's (a table of contents before it
  is skipped, a quoted document after it is ignored); a stray backwards
  heading that starts no new list stays in its list (filers do print 8.01 before 7.01).
- Each item ends at the next heading (any Item or Part, or an 8-K "Section 9 - ..." line) or at
  the first SIGNATURE(S) or EXHIBIT INDEX heading (patterns.py, plus NBSP-indented spellings),
  signature sentence ("Pursuant to the requirements of ... duly caused ... signed"; or a
  short heading naming the signatures set off above it, "Signature Page") or note
  above a signature page ("[Signature page follows]") after it, or at an accountants' consent
  or a power of attorney (a heading alone in capitals over its own wording, which text 10-Ks
  print after the last item), whichever comes first, so signatures and exhibits never leak
  in. An EXHIBIT INDEX with the signatures or the next item below it (2017-on 8-Ks, 10-K
  Item 15) is the item's exhibit table: it stays in the item.
- Running heads: a bare heading of the item open just above ("PART II" / "Item 7" atop each
  page, Microsoft 10-Ks), or its heading reprinted "(Continued)", continues that item, its
  lines cut out of the text, as does a Part line saying so ("PART I - Continued") or a plain
  one of the open item's Part set off atop a page with no item under it; so are a
  "Table of Contents" link line repeated atop the pages (and an "Index to Financial
  Statements" link beside it on 3 pages or more), a footer
  repeated with its page number ("Apple Inc. | 2023 Form 10-K | 17") of HTML pages, a
  head naming the form printed twice or more, set off by blank lines, maybe under the
  company's name ("ROCK OF AGES CORPORATION" / "FORM 8-K" after each page break, Rock of
  Ages 2000), and the cover's company name atop or under the pages: beside page numbers that
  count on (3 pages), or alone beside a blank line on 4 pages or more, in 3 items or more
  (not the name heading Item 8's statements), or once, closing an item under a page number
  (a page break whose marker was lost, over the signatures); see _drop_page_break.
- Standard titles: the printed title picks the form's edition; a 10-K's, 10-Q's or 20-F's
  item whose printed title matches no edition (a bare "ITEM 14.") takes the edition in force
  for the period its cover states ("For the fiscal year ended December 31, 1997"), where the
  catalogue knows it (item_catalog._EDITIONS). A 10-Q's item takes the 10-Q's wording and a
  10-QSB's the 10-QSB's where the two differ ("Item 2. Management's Discussion and Analysis"
  on a 10-Q is no "... or Plan of Operation").
- 8-K/A: the explanatory note before the first item is no item; the items come as printed,
  a mark of an amended item after its number ("Item 2.01 (amended)") no part of the title.
- ``text`` is the body after the heading (title lines included in the heading): trailing
  spaces stripped, runs of 3+ line breaks folded to one blank line, stripped, and a page
  number or a row of marks ("*****", "* * *") alone on its last line dropped, and the
  heading's own final period set in an HTML block of its own (a lone "." first) dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from typing import Any, NamedTuple

from ..lazy_re import lazy
from ..linescan import LinePattern, line_above
from ..regex_cache import compiled
from ..values import parse_date
from . import item_catalog as cat
from .item_headings import Heading, in_sentence, is_toc_line, named_items, scan
from .patterns import EXHIBIT_INDEX_HEADING, SIGNATURE_HEADING


@dataclass
class ItemSpan:
    number: str
    title: str | None
    start: int
    end: int
    text: str
    standard_title: str | None = None
    scheme: str | None = None
    equivalent: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "title": self.title,
            "standard_title": self.standard_title,
            "scheme": self.scheme,
            "equivalent": self.equivalent,
            "text": self.text,
        }


@dataclass
class _Entry:
    """One item number of one heading (a combined heading gives several)."""

    heading: Heading
    number: str
    part: str | None
    key: tuple[int, int, int, str]
    end: int = 0
    has_body: bool = False
    cuts: list[tuple[int, int]] = field(default_factory=list)  # running heads inside the text


# What ends the last item: the shared headings, plus spellings they miss in HTML renderings
# ("\xa0SIGNATURES", Caterpillar 2022) or anywhere ("Signature(s)"), and the signature sentence
# when the heading is absent ("Pursuant to the requirements of the Securities and Exchange Act
# of 1934, the registrant has duly caused", Rock of Ages 2000; 10-Ks say "of Section 13 or
# 15(d) of the ..."; 10-KSBs and 10-QSBs "In accordance with the requirements of the Exchange
# Act, the registrant caused"; some filers "has caused", upper case, or after a run-in
# "SIGNATURE.  Pursuant to ..."), and the page notes above a signature page ("SIGNATURE PAGE",
# "[Signature page follows]", "(Remainder of page intentionally left blank; signature page
# follows.)").
_SIGNED_SENTENCE = (
    r"(?:(?:SIGNATURES?|Signatures?)(?:[^\S\n]*+[.:])?[^\S\n]++)?"
    r"(?:P(?i:ursuant\s+to\s+the\s+requirements?\s+of)|I(?i:n\s+accordance\s+with))\b"
    r"[\s\S]{0,200}?\b(?i:caused)\s[\s\S]{0,100}?\b(?i:signed)\b")
_PAGE_NOTE = (
    r"(?P<note_open>[\[(])?+[^\S\n]*+(?:(?:R(?i:emainder\s+of\s+(?:this\s+)?page\s+(?:is\s+)?"
    r"(?:intentionally\s+)?left\s+blank)[.;,:]?[^\S\n]*+(?:[\])][^\S\n]*+[\[(]?+)?[^\S\n]*+[Ss]|S)"
    r"(?i:ignature[^\S\n]+pages?[^\S\n]+(?:follows?|to[^\S\n]+follow))"
    r"|SIGNATURE[^\S\n]+PAGES?)"  # in capitals: "Power of Attorney (see\nSignature Page)" wraps
    r"[^\S\n]*+\.?[^\S\n]*+(?(note_open)[\])])[^\S\n]*+\.?[^\S\n]*$")
# Exhibits a text 10-K prints after its last item, before or after the SIGNATURES: the
# accountants' consent and a power of attorney (PerkinElmer 2001), as centred headings alone in
# capitals, each opening its own wording ("we hereby consent to", "constitute ... attorneys");
# an exhibit list's "23  Consent of ..." or a schedule's auditors' report are item text.
_BACK_MATTER = (
    r"(?:CONSENT[^\S\n]+OF[^\S\n]+[A-Z][A-Z&.,'\- ]{0,80}?(?:ACCOUNTANTS|AUDITORS"
    r"|ACCOUNTING[^\S\n]+FIRM|LLP|L\.L\.P\.)|INDEPENDENT[^\S\n]+(?:AUDITORS|ACCOUNTANTS)"
    r"['\u2019]?[^\S\n]+CONSENT)[^\S\n]*$(?=[\s\S]{0,600}?(?i:we[^\S\n]+(?:hereby[^\S\n]+)?"
    r"consent|consent\s+to\s+the))"
    r"|POWERS?[^\S\n]+OF[^\S\n]+ATTORNEY[^\S\n]*$"
    r"(?=[\s\S]{0,600}?(?i:constitut|attorneys?[-\s]in[-\s]fact|lawful\s+attorney|know\s+all))")
_END_OF_ITEMS = lazy(
    r"^[^\S\n]*+(?:(?:SIGNATURE(?:S|\(S\))?|Signature(?:s|\(s\))?)[^\S\n]*+:?"
    r"|(?:EXHIBIT|Exhibit)[^\S\n]+(?:INDEX|Index)"
    r"|(?:INDEX|Index)[^\S\n]+(?:TO|to)[^\S\n]+(?:EXHIBITS|Exhibits))[^\S\n]*+$"
    rf"|^[^\S\n]*+(?:{_SIGNED_SENTENCE}|{_PAGE_NOTE}|{_BACK_MATTER})",
    re.M)
# How every spelling above opens, after the indentation: most lines fail this lookahead at
# once, instead of trying each spelling at each indentation length (2.8x faster). Two letters
# ("SI", "S I", "Si", "EX", "Ex", "IN", "In", "Pu", "PO") fail "So", "Each", "If", "Per" too.
_STOP_LEAD = (r"(?:S[ \t]?[Ii]|E[Xx]|I[Nn]|P[UuOo]|CONSENT|R(?i:emainder)"
              r"|[\[(][^\S\n]*+[RS])")
# one pattern, one pass per item body
_STOP = LinePattern(rf"(?=[^\S\n]*+{_STOP_LEAD})(?:" + "|".join(
    f"(?:{p.pattern})" for p in (SIGNATURE_HEADING, EXHIBIT_INDEX_HEADING, _END_OF_ITEMS)) + ")")
_KEY = lazy(r"(\d+)(?:\.(\d+))?([A-Z]?)")
# a word of body text; a contents "Page" column is none
_HAS_WORDS = lazy(r"\b(?!(?:Page|PAGE|page)\b)[A-Za-z]{3,}")
_BLANK_RUNS = lazy(r"\n\n\n+")  # a literal lead: the engine skips to it fast
# a page number alone on the last line, after a blank line (a table's last row has cells)
_LAST_PAGE_NUMBER = lazy(
    r"\n\n[^\S\n]*+(?:(?:Page|PAGE)[^\S\n]+)?(?:-[^\S\n]?)?(?:\d{1,3}|[A-Z]{1,3}-\d{1,3})"
    r"(?:[^\S\n]?-)?(?:[^\S\n]+(?:of|OF)[^\S\n]+\d{1,3})?")
# the marks alone on the last line ("# # #" closes a press release the item quotes; a line of
# dashes or equals signs may close a table, and stays)
_END_MARKS = lazy(r"\n[^\S\n]*+(?:[*#][^\S\n]*+){3,}")
# a full-width rule set apart by a blank line under the last paragraph (a plain-text page's
# separator above the signatures, "- -----" as EDGAR escapes a dash at a line start); a rule
# right under a table's last row closes the table, and stays
_END_RULE = lazy(r"\n\n[^\S\n]*+(?:- )?+(?:-{20,}+|={20,}+|_{20,}+)")
# a note under the last paragraph that the signatures are on the next page, in the wordings
# _STOP's "[Signature page follows]" misses ("(Signature on following page)", "[Signatures on
# the next page]", "(Signatures follow)"), the rest of the page said blank before it or not
# (a blank-page note alone too, "[Remainder of page intentionally left blank]": page filler
# under the last paragraph, not the filer's words about the item)
_BLANK_WORDS = (r"(?:(?:the\s+)?remainder\s+of\s+(?:this\s+)?page|this\s+(?:page|space))\s+"
                r"(?:(?:is|has\s+been)\s+)?(?:intentionally\s+)?left\s+blank")
_SIGNATURE_WORDS = (r"signatures?\s+(?:page\s+)?(?:(?:appears?\s+)?on\s+(?:the\s+)?"
                    r"(?:following|next)\s+page|follows?|to\s+follow)")
_END_PAGE_NOTE = lazy(
    rf"\n\n[^\S\n]*+[\[(]?+(?i:(?:{_BLANK_WORDS})(?:[.;,][^\S\n]*+{_SIGNATURE_WORDS})?+"
    rf"|{_SIGNATURE_WORDS})\.?"
    r"[\])]?+\.?[^\S\n]*+")
# A line ending in whitespace, found from its newline (led by a literal, unlike `[^\S\n]\n`,
# which is tried at every character): most item bodies have none and skip the per-line rstrip.
_SPACE_BEFORE_NEWLINE = lazy(r"\n(?<=[^\S\n]\n)")
_PART_INDEX = {"I": 1, "II": 2, "III": 3, "IV": 4}
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # "1A" -> "1": a sub-heading "Item 1(b)" below it
# Page furniture of HTML renderings (plain_text.py drops the plain-text kind), found from a
# literal: the contents link atop each page, alone or in a row beside the company's name
# ("Table of Contents\tAlphabet Inc."), and a footer repeated with its page number ("Apple
# Inc. | 2023 Form 10-K | 17"; single-spaced, which a plain-text table row is not).
# ("Back to Index" is left alone: a scan for "Index" would cost a third more, for few filers)
_TOC_LINK = (r"(?:(?:Back|BACK|Return|RETURN)[ \t]+(?:to|TO)[ \t]+(?:(?:the|THE)[ \t]+)?)?"
             r"(?:(?:Table[ \t]+[Oo]f|TABLE[ \t]+OF)[ \t]+)?(?<![A-Za-z])(?:Contents|CONTENTS)")
_LINK_NEEDLES = ("Contents", "CONTENTS")
_LINK_WORD = lazy(r"C(?:ontents|ONTENTS)")  # both in one pass, led by a literal
_LINK_LINE = lazy(rf"[^\S\t]*+(?:{_TOC_LINK})[^\S\t]*+(?:\t[^\t]{{1,80}})?"
                  rf"|[^\t]{{1,80}}\t(?:{_TOC_LINK})\s*")
_FOOTER_LINE = lazy(r"\s*+(?:\d{1,3}\s*\|\s*(?P<a>[^\t]{4,80}?)"
                    r"|(?P<b>[^\t]{4,80}?)\s*\|\s*\d{1,3})\s*")
# The same in a table row, found from the form's name: "TARGET CORPORATION\t2025 Form 10-K\t26"
_TAB_FOOTER = lazy(r"\s*+(?:\d{1,3}\t(?P<a>[^\t]{2,80}(?:\t[^\t]{2,80})?)"
                   r"|(?P<b>[^\t]{2,80}(?:\t[^\t]{2,80})?)\t\d{1,3})\s*")
# the other link some printers set atop each page under "Table of Contents" ("Index to
# Financial Statements"): once or twice it is the F-pages' own heading and the contents'
# line, so it takes _FOOTER_MIN pages
# Alone on its line, or in a row beside the section's name ("NOTES\tIndex to Financial
# Statements", Target 2025), counted together whatever the name.
_INDEX_LINK = lazy(
    r"\s*+(?:[^\t]{1,80}\t)?(?P<link>(?:(?:Back|BACK|Return|RETURN)[ \t]+(?:to|TO)[ \t]+"
    r"(?:(?:the|THE)[ \t]+)?)?(?:Index|INDEX)[ \t]+(?:to|To|TO)[ \t]+(?:(?:the|The|THE)[ \t]+)?"
    r"(?:(?:Consolidated|CONSOLIDATED|Combined|COMBINED)[ \t]+)?(?:Financial|FINANCIAL)[ \t]+"
    r"(?:Statements|STATEMENTS))\s*")
_INDEX_NEEDLES = ("Index to", "INDEX TO")
_FOOTER_MIN = 3  # pages
_LINK_MIN = 2
# A running head naming the form, repeated atop the pages ("FORM 8-K", "Acme Corp. - Annual
# Report on Form 10-K", "2023 Form 10-K  17"; a page number beside it aside), maybe under the
# company's name ("ROCK OF AGES CORPORATION" / "FORM 8-K", Rock of Ages 2000, whose HTML page
# breaks leave no trace in the text). Not a heading (Item, Part, Exhibit), no wrapped sentence.
_HEAD_PAGE = r"(?:(?:Page|PAGE)[^\S\t]+)?(?:-[^\S\t]?)?\d{1,3}(?:[^\S\t]?-)?"
_FORM_HEAD = lazy(
    rf"(?:{_HEAD_PAGE}[^\S\t]+)?(?P<key>(?!(?:Item|ITEM|Part|PART|Exhibit|EXHIBIT)\b)"
    r"(?:[A-Z0-9][^\t]{0,60}?[^\S\t])?(?:FORM|Form)[^\S\t]+(?:8-K|10-K|10-Q|20-F)(?:SB|405)?"
    rf"(?:/A)?(?:[^\S\t][^\t]{{0,40}}?)??)(?:[^\S\t]+{_HEAD_PAGE})?")
_LOWER_WORD = lazy(r"(?<![^\s(])[a-z]")  # a head has one at most ("Report on Form 10-K")
_HEAD_MIN = 2  # the cover's form line and one page top, or two page tops
_HEAD_WINDOW = 30_000  # the first pages: cover, contents, a page or two of items
_NAME_WORD = lazy(r"[A-Z0-9&(\"\u201c]|(?:of|and|the|de)$")  # "ROCK OF AGES", "Apple Inc."
_NO_NAME = frozenset({"NOT APPLICABLE", "NOT APPLICABLE.", "NONE", "NONE."})
# The company's name alone atop or under each page of an HTML document ("ACME PUMP
# CORPORATION"), or beside the page's number ("Acme Pump Corporation  12"): rendered, the page
# break and a lone page number leave no trace but a blank line. The name is the one the cover
# prints over "(Exact name of registrant as specified in its charter)"; a bare name is cut
# only when it recurs page after page, through the items, set off from the text.
_COVER_SPAN = 20_000
_HEAD_SPAN = 15_000  # the first pages of the items: a head on one of them, or none at all
_NAME_PAGE = lazy(r"[\s|\-\u2013\u2014]*+(?:(?:Page|PAGE)\s+)?(\d{1,3})[\s|\-\u2013\u2014]*+")
_NUMBERED_MIN = 3  # pages whose number stands beside the name, counting on
_BARE_MIN = 4  # pages with the name alone
_BARE_ITEMS = 3  # items holding it: not the headings of the financial statements (Item 8)
_PAGE_GAP = 1000  # characters from one page's head to the next, as a rule (the median)
_LINE_GAP = 200  # and at least: no list of names
_FIRST_NUMBERS = frozenset({"1", "1.01"})
_INDEX_SPAN = 50_000  # an exhibit table, not the exhibits themselves
_STACKED_TITLE = 0.6  # a stacked heading's title is the form's (cat.title_score)


# The period a 10-K, 10-Q or 20-F reports on, as its cover states it ("For the fiscal year
# ended December 31, 1997", "For the quarterly period ended", "For the three months ended",
# "For the period ended", "For the transition period from ... to <date>"): it picks the form's
# edition for a standard title the printed one leaves open (item_catalog.standard_title). Read
# on the cover only: Note 1's "Annual Report on Form 10-K for the fiscal year ended ..." is not
# the report's period. A blank box ("For the fiscal year ended ______") gives way to the next.
_PERIOD = lazy(
    r"\b(?:(?:(?:fiscal|quarterly)[^\S\n]+)?(?:year|quarter|period)"
    r"|(?:three|six|nine|twelve|3|6|9|12)[^\S\n]+months)\s+end(?:ed|ing)[\s:]{1,5}+([^\n]{6,40})"
    r"|\btransition[^\S\n]+period[^\S\n]+from[^\n]{1,40}?[^\S\n]to[\s:]{1,5}+([^\n]{6,40})",
    re.I)
_PERIOD_FAMILIES = frozenset({cat.TEN_K, cat.TEN_Q, cat.TWENTY_F})
_PERIOD_SPAN = 6_000  # a cover, HTML checkboxes and all; no further than the first heading


def report_period(text: str, end: int = _PERIOD_SPAN) -> str | None:
    """The cover's period of report, ISO, or None: the first phrase with a date before
    `end` (the first item or PART heading) and _PERIOD_SPAN."""
    for match in _PERIOD.finditer(text, 0, min(end, _PERIOD_SPAN)):
        if found := parse_date(match.group(1) or match.group(2)):
            return found
    return None


def find_items(text: str, form_type: str | None) -> list[ItemSpan]:
    """The items of a primary document, in document order; [] when there are none."""
    try:
        return _find_items(text, form_type)
    except Exception:  # a detector never fails a conversion; odd input yields no items
        return []


def tidy_text(body: str) -> str:
    """Trailing spaces stripped, 3+ line breaks folded to one blank line, stripped."""
    if _SPACE_BEFORE_NEWLINE.search(body) is not None:
        # str.rstrip per line runs in C (a `[ \t]+$` regex backtracks on every run of spaces)
        body = "\n".join(map(str.rstrip, body.split("\n")))
    # (else only the last line may end in spaces, and the final strip() drops them)
    return _BLANK_RUNS.sub("\n\n", body).strip()


def _drop_page_number(body: str) -> str:
    """The page's number printed under an item's last paragraph, where no page break marks
    it for plain_text.py ("2", "-71-", "II-7", "Page 3 of 5" before the next item's page),
    a rule under it (_END_RULE), a note that the signatures follow (_END_PAGE_NOTE),
    and a row of marks closing the text above the signatures ("*****", "* * *")."""
    if body[-1:] in ("-", "=", "_") and (
            at := body.rfind("\n\n", max(0, len(body) - 200))) >= 0 and _END_RULE.fullmatch(
                body, at):
        body = body[:at]
    at = body.rfind("\n\n", max(0, len(body) - 120))
    if at >= 0 and _LAST_PAGE_NUMBER.fullmatch(body, at):
        body = body[:at]
    tail = body[-40:]
    if "ollow" in tail or "OLLOW" in tail or "age" in tail or "AGE" in tail or (
            "lank" in tail or "LANK" in tail):
        at = body.rfind("\n\n", max(0, len(body) - 160))
        if at >= 0 and _END_PAGE_NOTE.fullmatch(body, at):
            body = body[:at]
    at = body.rfind("\n", max(0, len(body) - 40))
    return body[:at].rstrip() if at >= 0 and _END_MARKS.fullmatch(body, at) else body


# A page break under an item's last paragraph where no page marker is left (plain text whose
# form feeds were lost): the page's number, and under it the next page's running head, the
# registrant's name as the cover prints it ("14" / "MIDLAND TOOL & DIE CORP." over the
# SIGNATURES): no text of the item
_HEAD_TAIL = 84  # characters: a name line (see _is_name) and the blank line over it


def _drop_page_break(text: str, body: str) -> str:
    """`body` without such a page number and running head closing it."""
    blank = body.rfind("\n\n")
    head = body[blank + 2 :]
    at = body.rfind("\n", 0, blank)
    if "\n" in head or at < 0 or not _PAGE_LINE.fullmatch(body, at + 1, blank):
        return body
    name = _cover_name(text)
    return body[:at].rstrip() if name and head.strip().upper() == name.upper() else body


@lru_cache(maxsize=32)
def _literal(needle: str) -> re.Pattern[str]:
    """A needle as a pattern: the engine's literal search is up to 2x faster than str.find
    on a short needle ("8-K"), and never slower."""
    return compiled(re.escape(needle))


def _lines_with(text: str, needle: str | re.Pattern[str], end: int | None = None
                ) -> list[tuple[int, str]]:
    """(start, line) of the lines holding `needle` (a string, or a pattern of one line's
    text) before `end`, each once, in order."""
    search = (_literal(needle) if isinstance(needle, str) else needle).search
    stop = len(text) if end is None else end
    lines, m = [], search(text, 0, stop)
    while m is not None:
        at = m.start()
        start, eol = text.rfind("\n", 0, at) + 1, text.find("\n", at)
        eol = len(text) if eol < 0 else eol
        lines.append((start, text[start:eol]))
        m = search(text, eol, stop)
    return lines


class _Furniture(NamedTuple):
    lines: frozenset[str]  # stripped lines cut wherever they stand
    above: frozenset[tuple[str, str]]  # (line, furniture line): cut when just above that one

    def __bool__(self) -> bool:
        return bool(self.lines)


def _furniture(text: str, family: str | None) -> _Furniture:
    """Stripped lines of page furniture (see _TOC_LINK, _FORM_HEAD): dropped from item texts."""
    # (links repeat atop the pages; a "TABLE OF CONTENTS" printed once heads the contents)
    # (one pass for both spellings; a line counts once for each it holds)
    links = [line.strip() for _, line in _lines_with(text, _LINK_WORD)
             if len(line) < 200 and _LINK_LINE.fullmatch(line)
             for needle in _LINK_NEEDLES if needle in line]
    found = set(links) if len(links) >= _LINK_MIN else set()
    if found:  # (printers that set it do so beside the contents link: no scan elsewhere)
        index_links: dict[str, list[str]] = {}
        for needle in _INDEX_NEEDLES:
            for _, line in _lines_with(text, needle):
                m = _INDEX_LINK.fullmatch(line) if len(line) < 160 else None
                if m:
                    index_links.setdefault(m.group("link"), []).append(line.strip())
        found.update(line for lines in index_links.values() if len(lines) >= _FOOTER_MIN
                     for line in lines)
    footers: dict[str, set[str]] = {}
    for _, line in _lines_with(text, "|") if "|" in text else ():
        m = _FOOTER_LINE.fullmatch(line) if len(line) < 120 else None
        key = m and (m.group("a") or m.group("b"))
        if key and " " in key and "  " not in line.strip() and sum(map(str.isalpha, key)) > 3:
            footers.setdefault(key, set()).add(line.strip())
    above: set[tuple[str, str]] = set()
    if family is not None:
        needle = family.removesuffix("SB")
        if "\t" in text:
            _tab_footers(text, needle, footers)
        _form_heads(text, needle, found, above)
    for lines in footers.values():
        if len(lines) >= _FOOTER_MIN:
            found |= lines
    return _Furniture(frozenset(found), frozenset(above))


def _tab_footers(text: str, needle: str, footers: dict[str, set[str]]) -> None:
    """Footer rows naming the form beside the page number (_TAB_FOOTER) into `footers`."""
    for _, line in _lines_with(text, needle):
        m = _TAB_FOOTER.fullmatch(line) if len(line) < 120 and "\t" in line else None
        key = m and (m.group("a") or m.group("b"))
        if key and needle in key:
            footers.setdefault(key, set()).add(line.strip())


def _form_heads(text: str, needle: str, found: set[str], above: set[tuple[str, str]]) -> None:
    """Running heads naming the form (_FORM_HEAD) into `found`, the company's name line over
    them into `above`."""
    # a head tops every page: twice in the first pages, or the text has none (one short scan
    # instead of a whole-text one, for most filings)
    if len(text) > _HEAD_WINDOW and not _heads(text, needle, _HEAD_WINDOW):
        return
    for occurrences in _heads(text, needle, None):
        found.update(line for _, line in occurrences)
        names = [(_line_above(text, start), line) for start, line in occurrences]
        counts = Counter(name for name, _ in names)
        above.update(pair for pair in names if counts[pair[0]] >= _HEAD_MIN and _is_name(
            pair[0]))


def _heads(text: str, needle: str, end: int | None) -> list[list[tuple[int, str]]]:
    """The (start, line)s of each head (_FORM_HEAD, set off) printed twice or more."""
    heads: dict[str, list[tuple[int, str]]] = {}
    for start, line in _lines_with(text, needle, end):
        if len(line) > 120 or "\t" in line or len(words := line.split()) > 12:
            continue  # (a line of a paragraph, mostly: fails before the longer pattern)
        m = _FORM_HEAD.fullmatch(" ".join(words))
        key = m and m.group("key")
        if key and len(_LOWER_WORD.findall(key)) <= 1 and "EPORTS ON" not in key.upper() and (
                _set_off(text, start, start + len(line))):
            # (not "Reports on Form 8-K", the subject of 10-K Item 14(b))
            heads.setdefault(key, []).append((start, line.strip()))
    return [occurrences for occurrences in heads.values() if len(occurrences) >= _HEAD_MIN]


def _set_off(text: str, start: int, end: int) -> bool:
    """A blank line below the line text[start:end], and one above it or above a name over it:
    a head stands alone, a line of a wrapped paragraph ("Annual Report on Form 10-K") not."""
    below = text.find("\n", end + 1)
    if text[end + 1 : len(text) if below < 0 else below].strip():
        return False
    above = text.rfind("\n", 0, max(start - 1, 0)) + 1
    if start == 0 or not text[above : start - 1].strip():
        return True
    over = text.rfind("\n", 0, max(above - 1, 0)) + 1
    return _is_name(text[above : start - 1].strip()) and (
        above == 0 or not text[over : above - 1].strip())


def _line_above(text: str, start: int) -> str:
    """The stripped non-blank line above the line at `start` (blank lines skipped), or ""."""
    return line_above(text, start)[0].strip()


def _is_name(line: str) -> bool:
    """A company's name, as a running head prints it over the form line: two words or more,
    capitalised ("ROCK OF AGES CORPORATION", "PerkinElmer, Inc."), no tab, no sentence."""
    words = line.split()
    return (1 < len(words) <= 10 and len(line) <= 80 and "\t" not in line
            and line.upper() not in _NO_NAME and all(_NAME_WORD.match(w) for w in words))


def _cover_name(text: str) -> str | None:
    """The registrant's name as the cover prints it over "(Exact name of registrant ...)"."""
    found = [at for at in (_exact(text, needle) for needle in ("xact ", "XACT ")) if at >= 0]
    if not found:
        return None
    at = min(found)
    name = _line_above(text, text.rfind("\n", 0, at) + 1)
    return name if len(name) > 5 and _is_name(name) else None


def _exact(text: str, needle: str) -> int:
    """Offset of the cover's "Exact name" ("EXACT NAME") spelled with `needle`, or -1."""
    at = text.find(needle, 0, _COVER_SPAN)
    while at >= 0 and text[at + 5 : at + 9].lower() != "name":
        at = text.find(needle, at + 5, _COVER_SPAN)
    return at


def _name_heads(text: str, chosen: list[_Entry]) -> frozenset[str]:
    """Stripped lines of the company's name as a running head (see _COVER_SPAN)."""
    lo, hi = chosen[0].heading.body_start if chosen else 0, chosen[-1].end if chosen else 0
    if len(chosen) < _BARE_ITEMS or hi - lo < _BARE_MIN * _PAGE_GAP:
        return frozenset()  # (most 8-Ks: no scan)
    name = _cover_name(text)
    if name is None:
        return frozenset()
    starts = [e.heading.body_start for e in chosen]
    found: set[str] = set()
    for variant in {name, name.upper(), _capitalised(name)}:  # as the cover prints it, or not
        if not any(_head_lines(text, variant, lo, min(hi, lo + _HEAD_SPAN))):
            continue  # (a head tops every page: one in the first pages, or none)
        bare, numbered = _head_lines(text, variant, lo, hi)
        if len(numbered) >= _NUMBERED_MIN and all(a[1] < b[1] for a, b in pairwise(numbered)):
            found.update(head for _, _, head in numbered)
        inside = {at: i for at in bare if (i := bisect_right(starts, at) - 1) >= 0
                  and at < chosen[i].end}  # (an item's text, not the page between two)
        if len(inside) >= _BARE_MIN and len(set(inside.values())) >= _BARE_ITEMS and _spaced(
                list(inside)):
            found.add(variant)
    return frozenset(found)


def _head_lines(text: str, name: str, lo: int, hi: int
                ) -> tuple[list[int], list[tuple[int, int, str]]]:
    """The lines of text[lo:hi] that are `name` alone, set off by a blank line above or below
    (their starts), and `name` beside a page number ((start, number, stripped line))."""
    bare: list[int] = []
    numbered: list[tuple[int, int, str]] = []
    at = text.find(name, lo, hi)
    while at >= 0:
        start, eol = text.rfind("\n", 0, at) + 1, text.find("\n", at)
        eol = len(text) if eol < 0 else eol
        head = text[start:eol].strip()
        if head == name:
            if _beside_blank(text, start, eol) and not _over_heading(text, eol):
                bare.append(start)
        elif len(head) < len(name) + 12:
            rest = head[len(name) :] if head.startswith(name) else (
                head[: -len(name)] if head.endswith(name) else "")
            m = _NAME_PAGE.fullmatch(rest) if rest else None
            if m:
                numbered.append((start, int(m.group(1)), head))
        at = text.find(name, eol, hi)
    return bare, numbered


_HEADING_CHARS = 60


def _over_heading(text: str, end: int) -> bool:
    """The next line with text after `end` is a short one with no sentence's stop: a heading
    the name stands over ("ACME CORPORATION" / "CONSOLIDATED BALANCE SHEETS", "SCHEDULE II -
    VALUATION AND QUALIFYING ACCOUNTS", Item 1's "General"), not the page's text, or an item's
    heading, under a running head."""
    for _ in range(3):
        start = end + 1
        end = text.find("\n", start)
        line = text[start : len(text) if end < 0 else end].strip()
        if line:  # (an item's or part's heading under it: a running head still)
            return len(line) <= _HEADING_CHARS and line[-1] not in ".:;," \
                and line[:4].lower() not in ("item", "part")
        if end < 0:
            return False
    return False


def _capitalised(name: str) -> str:
    """ "ACME PUMP CORPORATION OF AMERICA" -> "Acme Pump Corporation of America"."""
    words = name.split()
    return " ".join(w.capitalize() if i == 0 or w.lower() not in _SMALL else w.lower()
                    for i, w in enumerate(words))


_SMALL = frozenset({"of", "and", "the", "de"})


def _beside_blank(text: str, start: int, end: int) -> bool:
    """A blank line (or the text's edge) right above or below the line text[start:end]."""
    below = text.find("\n", end + 1)
    above = text.rfind("\n", 0, max(start - 1, 0)) + 1
    return (start == 0 or not text[above : start - 1].strip()
            or not text[end + 1 : len(text) if below < 0 else below].strip())


def _spaced(offsets: list[int]) -> bool:
    """Offsets a page apart (_PAGE_GAP), as a rule: a page of a chart or a short table may
    hold little text, but never a mere line (_LINE_GAP)."""
    gaps = sorted(b - a for a, b in pairwise(offsets))
    return bool(gaps) and gaps[0] >= _LINE_GAP and gaps[len(gaps) // 2] >= _PAGE_GAP


def _cut_furniture(body: str, furniture: _Furniture) -> str:
    kept: list[str] = []
    for line in body.split("\n"):
        stripped = line.strip()
        if stripped not in furniture.lines:
            kept.append(line)
            continue
        if furniture.above:  # the company's name above a form head goes with it
            i = len(kept) - 1
            while i >= 0 and not kept[i].strip():
                i -= 1
            if i >= 0 and (kept[i].strip(), stripped) in furniture.above:
                del kept[i:]
    return "\n".join(kept)


def _family(text: str, form_type: str | None) -> str | None:
    """The form family whose items the text prints: soliciting material (DEFA14A, DFAN14A)
    and a Rule 425 communication are often an 8-K filed again, its cover's "FORM 8-K" line
    giving the items the 8-K's numbering and titles."""
    family = cat.form_family(form_type)
    if family is None and form_type and cat.infer_form_type(text) == "8-K":
        return "8-K"
    return family


def _find_items(text: str, form_type: str | None) -> list[ItemSpan]:
    if not text:
        return []
    if "\n" not in text and "\r" in text:  # lone-CR line ends; same length keeps offsets
        text = text.replace("\r", "\n")
    if form_type is None:
        form_type = cat.infer_form_type(text)
    elif cat.has_no_items(form_type):
        return []
    family = _family(text, form_type)
    scanned = scan(text, family)
    reprints = _part_reprints(text, scanned, family)
    if reprints:  # "PART I (Continued)" atop a page: no boundary (cut in _cut_reprints)
        again = {id(h) for h in reprints}
        scanned = [h for h in scanned if id(h) not in again]
    headings = _known(scanned, family)
    if family == cat.TEN_K and (captioned := _captioned(text, headings)):
        headings = captioned
    if not any(h.kind == "item" for h in headings):
        return []
    boundaries = sorted(h.line_start for h in headings)
    entries = _entries(headings, family)
    for entry in entries:
        entry.end = _end_of(text, entry.heading, boundaries)
        entry.has_body = bool(entry.heading.inline_text) or _HAS_WORDS.search(
            text, entry.heading.body_start, entry.end) is not None
    parts = {h.line_start: h.body_start for h in headings if h.kind == "part"}
    part_lines = [h.line_start for h in scanned if h.kind == "part"]
    part_of = {h.line_start: h.part or "" for h in scanned if h.kind == "part" and not h.toc}
    chosen = _dedupe(text, _main_list(text, _merge_running_heads(text, entries, parts), family,
                                      part_lines, part_of))
    if reprints:
        _cut_reprints(text, chosen, reprints)
    furniture = _furniture(text, family)
    if heads := _name_heads(text, chosen):
        furniture = furniture._replace(lines=furniture.lines | heads)
    period = None
    if family in _PERIOD_FAMILIES and chosen:
        period = report_period(text, min([boundaries[0], *part_lines[:1]]))
    if len(chosen) >= _FULL_REPORT and family != "8-K":
        _end_at_statements(text, chosen[-1], family)
    spans = [_span(text, e, family, furniture, period, form_type) for e in chosen]
    if (form_type or "").upper().startswith("6-K") and not any(span.text for span in spans):
        return []  # "Item 1. Press release dated ..." lines: the 6-K's list, no items
    if family == "8-K":
        sections = {h.line_start: h.body_start for h in headings if h.kind == "section"}
        _share_stacked(text, chosen, spans, sections)
    else:
        _share_named(text, chosen, spans, family)
    return spans


# A 10-K that prints a cross-reference index ("Item 1.  Business  ......  2-31") and sets its
# sections under their captions alone ("BUSINESS"), no item heading over them (Part III's
# items may be headed): each row's item not headed in the body is the section under the
# first caption after the index (before it, an index at the back) that reads as the row's
# title (its words, the page column cut off; a caption wrapped onto a second line too),
# ending at the next caption or heading (one of an item no row names too), a Part line or
# the signatures. A row whose caption is nowhere ("Item 10. Directors ...   Proxy
# Statement") gives no item.
_ROW_GAP = lazy(r"[ ]{2,}|\t|\.{2,}|\.[ ]\.")
_ROW_LEAD = lazy(r"[^\S\n]*+(?:ITEMS?|Items?)[^\S\n]*+[0-9]{1,2}[A-Za-z]?\.?")
_MIN_ROWS = 3  # an index, not a stray contents line
_HANGING = frozenset("and of the or in for to on".split())  # a caption wrapped after it
_CAPTION_MAX = 120  # characters of a caption line
_TITLE_LINES = 6  # lines from an index's title to its first row ("Page", "PART I")


def _row_words(text: str, row: Heading) -> tuple[str, ...]:
    """The title words of an index row, the lines of a wrapped title joined, each line cut at
    its page column."""
    pieces = []
    lead = _ROW_LEAD.match(text, row.start)
    at = lead.end() if lead else row.start
    for line in text[at : at + 400].split("\n")[:3]:
        line = line.strip()
        if not line:
            break
        gap = _ROW_GAP.search(line)
        pieces.append(line[: gap.start()] if gap else line)
        if gap:  # the page column closes the row
            break
    return tuple(cat.words(" ".join(pieces)))


def _caption_of(wanted: dict[tuple[str, ...], list[str]], got: tuple[str, ...],
                nxt: tuple[str, ...]) -> tuple[list[str], bool] | None:
    """The numbers of the row a caption line names, popped from `wanted`, and whether the
    caption goes on on the next line: its words the row's, or the row's shortened title
    (three words or more) its first words, or the line the row's first words, the next line
    the rest."""
    if not got:
        return None
    if (numbers := wanted.pop(got, None)) is not None:
        return numbers, False
    for key in wanted:
        if len(key) >= 3 and got[: len(key)] == key:
            return wanted.pop(key), False
        if len(got) >= 3 and nxt and key[: len(got)] == got and key == got + nxt[: len(key)
                                                                               - len(got)]:
            return wanted.pop(key), True
    return None


def _captioned(text: str, headings: list[Heading]) -> list[Heading]:
    """Item headings read from an index's rows and the captions they name (see _ROW_GAP),
    after the index or, an index at the back, before it (its title line then ends the
    last item); [] when the index names too few of them."""
    rows = [h for h in headings if h.kind == "item" and h.toc]
    if len(rows) < _MIN_ROWS:
        return []
    headed = {n for h in headings if h.kind == "item" and not h.toc for n in h.numbers}
    if sum(not headed.issuperset(row.numbers) for row in rows) < _MIN_ROWS:
        return []  # (most 10-Ks: each row's item headed in the body)
    wanted: dict[tuple[str, ...], list[str]] = {}
    for row in rows:
        if not headed.issuperset(row.numbers) and (key := _row_words(text, row)) and (
                key not in wanted):
            wanted[key] = row.numbers
    first = min(h.line_start for h in rows)
    left = dict(wanted)
    found = _captions(text, left, max(h.body_start for h in rows), len(text))
    if len(found) < _MIN_ROWS:
        found = _captions(text, left := wanted, 0, first)
        if len(found) < _MIN_ROWS:
            return []
        title = _index_title(text, first)
        found.append(Heading("item", [], title, title, title, toc=True))  # a boundary
    listed = headed.union(*(row.numbers for row in rows))
    found += _reworded(text, headings, found, left,
                       [n for n in cat.TEN_K_ITEMS if n not in listed])
    return sorted(headings + found, key=lambda h: h.line_start)


# A caption that words its row's title otherwise ("SELECTED CONSOLIDATED FINANCIAL DATA",
# "... SUPPLEMENTARY DATA" under the row "Supplemental Data") or names an item the index
# leaves out ("SELECTED FINANCIAL DATA" with no "Item 6." row) is found by its likeness to the
# row's title or the catalogue's: the row's item, or a boundary ending the item above.
_LIKE = 0.8  # Dice of the words, a plural "s" dropped ("Disclosure" / "Disclosures")


def _reworded(text: str, headings: list[Heading], found: list[Heading],
              left: dict[tuple[str, ...], list[str]], omitted: list[str]) -> list[Heading]:
    """Headings at the captions of the rows `left` unfound and boundaries at those of the
    `omitted` items: a caption line set off by a blank line reading as the title (in an
    HTML rendering, every paragraph a line, its words the title's), whose number falls
    between the items above and below it ("RISK FACTORS" inside Item 7 is no Item 1A)."""
    titles: dict[tuple[str, ...], list[tuple[str, list[str] | None]]] = {}
    for key, numbers in left.items():
        for title in [key, *(tuple(cat.words(t)) for n in numbers
                             for t in cat.titles(cat.TEN_K, n))]:
            titles.setdefault(title, []).extend((n, numbers) for n in numbers)
    for number in omitted:  # ("Controls and Procedures": Item 9A, or an old Item 14)
        for title in cat.titles(cat.TEN_K, number):
            titles.setdefault(tuple(cat.words(title)), []).append((number, None))
    firsts = {key[0] for key in titles if key}
    items = sorted((h.line_start, h.numbers[0]) for h in [*headings, *found]
                   if h.kind == "item" and h.numbers and not h.toc)
    if len(items) < 2 or not firsts:
        return []
    out: list[Heading] = []
    taken: set[str] = set()
    sentence = any(_sentence_case(h.title) for h in found if h.title)
    pos, hi, blank, prev = items[0][0], items[-1][0], False, ""
    while pos < hi:
        eol = text.find("\n", pos)
        eol = len(text) if eol < 0 else eol
        line = text[pos:eol].strip()
        if line and len(line) <= _CAPTION_MAX and line[0].isupper() and _first_word(
                line) in firsts:
            end, title, loose = eol, line, blank
            if _hangs(line):  # "... OPERATIONS AND" / "FINANCIAL CONDITION", under a blank
                nxt = text.find("\n", eol + 1)  # line or (a <br>) the two standing alone
                nxt = len(text) if nxt < 0 else nxt
                both = f"{line} {text[eol + 1 : nxt].strip()}"
                if blank or _stands_alone(both, prev, _next_line(text, nxt), sentence):
                    end, title, loose = nxt, both, True
            at = bisect_right(items, (pos, "~"))
            above, below = _key(items[at - 1][1], None), _key(items[at][1], None)
            under = _next_line(text, eol)
            named = _named(title, titles, loose or _stands_alone(line, prev, under, sentence))
            if named and not loose and _goes_on(line, under, titles):
                named = []  # "... Certain Beneficial" / "Owners and ... is shown below."
            if not named and not loose and (broken := _broken(text, eol, line, prev, sentence)):
                # (a <br> after another word: "... Certain Beneficial" / "Owners and ...")
                end, title = broken
                named = _named(title, titles, True)
            for number, row in named:
                if not above < _key(number, None) < below or number in taken:
                    continue
                if row is None:  # a boundary
                    out.append(Heading("item", [], pos, pos, eol, toc=True))
                    break
                taken.update(row)
                start = pos + len(text[pos:eol]) - len(text[pos:eol].lstrip())
                out.append(Heading("item", row, start, pos, end,
                                   title=" ".join(title.split()).rstrip(".")))
                break
        blank, prev = not line, line
        pos = eol + 1
    return out


# An HTML rendering sets each paragraph on a line, no blank line between: a caption there
# stands alone, short and title-cased (or in capitals), no stop inside it nor a contents row's
# page number, under a line that goes on no sentence and over a paragraph of prose. A filer
# prints its captions alike: one in sentence case ("Legal proceedings", no stop closing it)
# stands alone only where a caption found by its row's whole title is in sentence case too
# (else it is a sentence, or a label inside an item: "Legal proceeding" over its paragraph).
_SMALL_WORDS = frozenset(
    "a about an and as at by for from in into of on or per the to upon via with within".split())
_PROSE_WORDS = 8  # words of the paragraph under a caption, at least
_CAPTION_WORDS = 12


def _stands_alone(line: str, above: str, below: str, sentence: bool) -> bool:
    """Whether the caption-like `line`, no blank line above it, is set off as a caption
    (`sentence`: the filer's captions are in sentence case)."""
    words = line.split()
    if len(words) > _CAPTION_WORDS or line[-1] in ",;:" or ". " in line or _hangs(line) or (
            above and (above[-1].islower() or above[-1] in ",-")) or is_toc_line(line):
        return False
    if _sentence_case(line) and not (sentence and line[-1] != "."):
        return False  # a sentence: "Legal proceedings are described in Note 9."
    return len(below.split()) >= _PROSE_WORDS and any(c.islower() for c in below) and (
        not is_toc_line(below))


def _broken(text: str, eol: int, line: str, above: str, sentence: bool
            ) -> tuple[int, str] | None:
    """(end, the two lines) of a caption `line` (ending at `eol`) broken by a <br> after a
    word that does not hang: the next line going on in title case (or with a small word) and
    the two standing alone over prose, else None."""
    nxt = text.find("\n", eol + 1)
    nxt = len(text) if nxt < 0 else nxt
    second = text[eol + 1 : nxt].strip()
    if not second or not (second[0].isupper() or second.split(None, 1)[0] in _SMALL_WORDS):
        return None
    both = f"{line} {second}"
    return (nxt, both) if _stands_alone(both, above, _next_line(text, nxt), sentence) else None


def _goes_on(line: str, under: str, titles: dict[tuple[str, ...], list]) -> bool:
    """Whether the line `under` a caption-like `line` read by likeness (no title's whole
    words) opens with a word of a title it reads as, not yet on `line`: the caption broken
    and going on into a sentence, not a caption over its paragraph."""
    got = tuple(cat.words(line))
    if got in titles or not under[:1].isupper():
        return False
    first = cat.words(under.split(None, 1)[0])
    return bool(first) and first[0] not in got and any(
        first[0] in key for key in titles if key[:1] == got[:1])


def _sentence_case(caption: str) -> bool:
    """Whether a word after the caption's first, no small word, opens in lower case."""
    return any(w[0].islower() and w not in _SMALL_WORDS for w in caption.split()[1:])


def _next_line(text: str, eol: int) -> str:
    end = text.find("\n", eol + 1)
    return text[eol + 1 : len(text) if end < 0 else end].strip() if eol < len(text) else ""


def _named(line: str, titles: dict[tuple[str, ...], list[tuple[str, list[str] | None]]],
           blank: bool) -> list[tuple[str, list[str] | None]]:
    """(number, the row's numbers or None) of each title `line` reads as (see _reworded)."""
    got = tuple(cat.words(line))
    if not blank:
        return titles.get(got, [])
    stems = _stems(got)
    named = []
    for key, numbers in titles.items():
        want = _stems(key)
        if key == got or 2 * len(stems & want) >= _LIKE * (len(stems) + len(want)):
            named += numbers
    return named


def _stems(words: tuple[str, ...]) -> set[str]:
    return {w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words}


def _index_title(text: str, first: int) -> int:
    """The line start of an index's title ("FORM 10-K CROSS-REFERENCE INDEX") a few lines
    above its first row, or the row's."""
    pos = first
    for _ in range(_TITLE_LINES):
        if pos <= 0:
            break
        line, pos = line_above(text, pos)
        if "INDEX" in line.upper() or "REFERENCE" in line.upper():
            return pos
    return first


def _captions(text: str, wanted: dict[tuple[str, ...], list[str]], lo: int, hi: int
              ) -> list[Heading]:
    """Headings of the caption lines from `lo` to `hi` that name the `wanted` rows."""
    firsts = {key[0] for key in wanted}  # a cheap test before a line's words are read
    found: list[Heading] = []
    blank, prev, sentence = True, "", False
    nl = text.find("\n", lo) if lo else -1
    pos = nl + 1 if nl >= 0 else lo
    while pos < hi and wanted:
        eol = text.find("\n", pos)
        eol = len(text) if eol < 0 else eol
        line = text[pos:eol].strip()
        if line and len(line) <= _CAPTION_MAX and line[0].isupper() and _first_word(
                line) in firsts:
            nxt_end = text.find("\n", eol + 1)
            nxt_end = len(text) if nxt_end < 0 else nxt_end
            nxt = text[eol + 1 : nxt_end].strip()
            got = tuple(cat.words(line))
            # (set off by a blank line; in an HTML rendering, every paragraph a line, the
            # row's whole title alone on its line, or its first words standing alone, or the
            # whole title broken over two lines by a <br>, the two standing alone)
            match = _caption_of(wanted, got, tuple(cat.words(nxt)) if nxt else ()) if blank \
                else (wanted.pop(got), False) if got in wanted else _caption_of(
                    wanted, got, ()) if _stands_alone(line, prev, nxt, sentence) else None
            if match is None and not blank and nxt and (key := got + tuple(
                    cat.words(nxt))) in wanted and _stands_alone(
                    f"{line} {nxt}", prev, _next_line(text, nxt_end), sentence):
                match = wanted.pop(key), True
            if match:
                numbers, wraps = match
                end, title = eol, line
                if nxt and (wraps or _hangs(line) or not blank and nxt.split(None, 1)[0] in (
                        _SMALL_WORDS) and _stands_alone(f"{line} {nxt}", prev, _next_line(
                            text, nxt_end), sentence)):
                    # (the row's title going on in the form's later wording, under a <br>:
                    # "... Owners and Management" / "and Related Stockholder Matters")
                    end, title = nxt_end, f"{line} {nxt}"
                start = pos + len(text[pos:eol]) - len(text[pos:eol].lstrip())
                found.append(Heading("item", numbers, start, pos, end,
                                     title=" ".join(title.split()).rstrip(".")))
                sentence = sentence or _sentence_case(title)
        blank, prev = not line, line
        pos = eol + 1
    return found


def _hangs(line: str) -> bool:
    """Whether a caption goes on on the next line: "... OPERATIONS AND" / "FINANCIAL
    CONDITION"."""
    return line.endswith(",") or line.rsplit(None, 1)[-1].lower() in _HANGING


def _first_word(line: str) -> str:
    """A line's first word as cat.words reads it ("MANAGEMENT'S" -> "management")."""
    word = line.split(None, 1)[0].lower().replace("'s", "").replace("\u2019s", "")
    return word.strip(".,:;()\"'\u2019")


# The financial statements a report prints after its last item ("ITEM 14. PRINCIPAL
# ACCOUNTANT FEES ..." / "INDEX TO FINANCIAL STATEMENTS" / "REPORT OF INDEPENDENT ..." / the
# F-pages, then the signatures) are no text of that item: the auditors' report heading alone
# on its line, its opinion ("We have audited the accompanying ...") just below, ends it, or
# the statements' index heading above that report, when nothing but the index lies between
# (an Item 15 "(a)(1) Index to Financial Statements" over its exhibit list stays). A report
# "on schedules" stays (Item 14/15 files the schedules), and so does an ICFR report
# ("We have audited XYZ's internal control ..."); an item that holds statements is left, and
# so is the last item of a list of one or two (an amendment's).
_AUDIT_REPORT = lazy(
    r"^[^\S\n]*+(?:REPORT[^\S\n]+OF[^\S\n]+INDEPENDENT[^\S\n]+(?:REGISTERED[^\S\n]+PUBLIC"
    r"[^\S\n]+ACCOUNTING[^\S\n]+FIRM|(?:CERTIFIED[^\S\n]+)?PUBLIC[^\S\n]+ACCOUNTANTS"
    r"|AUDITORS|ACCOUNTANTS)|INDEPENDENT[^\S\n]+AUDITORS['\u2019]?[^\S\n]+REPORT"
    r"|Report[^\S\n]+of[^\S\n]+Independent[^\S\n]+(?:Registered[^\S\n]+Public[^\S\n]+"
    r"Accounting[^\S\n]+Firm|(?:Certified[^\S\n]+)?Public[^\S\n]+Accountants|Auditors"
    r"|Accountants))[^\S\n]*$(?=[\s\S]{0,1500}?\baudited[^\S\n]+the[^\S\n]+accompanying\b)",
    re.M)
_STATEMENTS_INDEX = lazy(
    r"^[^\S\n]*+(?:INDEX|Index)[^\S\n]+(?:TO|to|To)[^\S\n]+(?:(?:THE|the|The)[^\S\n]+)?"
    r"(?:(?:CONSOLIDATED|Consolidated|COMBINED|Combined)[^\S\n]+)?(?:FINANCIAL|Financial)"
    r"[^\S\n]+(?:STATEMENTS|Statements)\b[^\n]{0,60}$", re.M)
_HOLDS_STATEMENTS = lazy(r"financial\s+statements(?!\s+schedule)|financial\s+information",
                         re.I)
_INDEX_GAP = 4000  # an index page of the statements, its lines and its page numbers
# A whole report, whose statements Item 8 (a 10-KSB's Item 7) points to; an amendment's one
# Item 15 may file them itself (a Rule 3-09 investee's statements).
_FULL_REPORT = 3
_NOT_INDEX = ("Exhibit", "EXHIBIT", "Item", "ITEM")  # the item's own list goes on
# the item's exhibit list printed after the statements ("(3) Exhibits", "(b) EXHIBITS"): the
# statements are the item's "(a)(1)" part then, and stay
# (any line naming exhibits near its start: "(a) 3.  Exhibits", "(a)(3) The exhibits listed
# below ...", "EXHIBIT INDEX", "(c) The following exhibits are filed ...")
_LATER_EXHIBITS = lazy(r"^[^\n]{0,40}?\b(?i:exhibits?)\b", re.M)


def _end_at_statements(text: str, e: _Entry, family: str | None) -> None:
    """End the last item at the financial statements printed after it (see _AUDIT_REPORT)."""
    start = e.heading.body_start
    if text.find("REPORT", start, e.end) < 0 and text.find("Report", start, e.end) < 0:
        return
    titles = (e.heading.title or "", *cat.titles(family, e.number, e.part))
    if any(_HOLDS_STATEMENTS.search(title) for title in titles):
        return
    m = _AUDIT_REPORT.search(text, start, e.end)
    if m is None:
        return
    stop = m.start()
    if _LATER_EXHIBITS.search(text, stop, e.end):
        return
    indexes = list(_STATEMENTS_INDEX.finditer(text, max(start, stop - _INDEX_GAP), stop))
    if indexes and not any(word in text[indexes[-1].end() : stop] for word in _NOT_INDEX):
        stop = indexes[-1].start()
    e.end = stop
    e.cuts = [cut for cut in e.cuts if cut[1] <= stop]


_NAMED_SPAN = 400  # the text's first sentence or two


def _share_named(text: str, chosen: list[_Entry], spans: list[ItemSpan],
                 family: str | None) -> None:
    """Headings stacked over one text that names them ("ITEM 10. DIRECTORS ..." / "ITEM
    11. EXECUTIVE COMPENSATION" / ... / "The information required by Items 10 through 13 is
    incorporated by reference ...", "... by these items ...", 10-K Part III) share it, from
    the last up; an empty item the text does not name ("Item 6. [Reserved]") stays empty,
    and so does one over a Part line."""
    for i in range(len(spans) - 2, -1, -1):
        span, nxt = spans[i], spans[i + 1]
        if span.text or not nxt.text or chosen[i].heading is chosen[i + 1].heading or (
                span.standard_title or "").startswith(("[", "(")) or text[
                chosen[i].end : chosen[i + 1].heading.line_start].strip():
            continue
        if (named := named_items(nxt.text[:_NAMED_SPAN], family)) is None or (
                span.number in named):
            span.text, span.end = nxt.text, nxt.end


def _share_stacked(text: str, chosen: list[_Entry], spans: list[ItemSpan],
                   sections: dict[int, int]) -> None:
    """8-K headings stacked over one text ("Item 2.02 Results of Operations and Financial
    Condition." / "Item 7.01 Regulation FD Disclosure." / the paragraph) share it, as a
    combined heading's items do: a heading with nothing under it but the next item's heading
    (maybe under its "Section 7 - Regulation FD" line) gets that item's text (from the last
    up, so three stacked share too), unless that item is the exhibits one, or numbered
    below it: a line of the cover's list of items ("Item 7.01 Regulation FD Disclosure")
    whose item the body does not head is no heading of the body's first item."""
    for i in range(len(spans) - 2, -1, -1):
        cur, nxt, span = chosen[i], chosen[i + 1], spans[i]
        if span.text or cur.heading is nxt.heading or cur.key > nxt.key or not _only_sections(
                text, cur.heading.body_start, nxt.heading.line_start, sections):
            continue  # (numbering back down: the cover's list of items over the first one)
        if span.title and not (span.standard_title and cat.title_score(
                span.title, span.standard_title) >= _STACKED_TITLE):
            continue  # a heading whose title ran on into words of its own
        if nxt.number in _EXHIBITS_ITEMS or "." not in span.number and (
                nxt.number not in _OPEN_ITEMS and not _names(spans[i + 1].text or "",
                                                            span.number)):
            continue  # an exhibit list answers its own item only; see _OPEN_ITEMS
        if _says_nothing(spans[i + 1].text):
            continue  # "Not applicable." answers the item it is printed under only
        spans[i].text, spans[i].end = spans[i + 1].text, spans[i + 1].end


_NOTHING = frozenset({"not applicable", "none", "n/a", "inapplicable"})


def _says_nothing(text: str | None) -> bool:
    """Whether an item's text only says it does not apply ("Not applicable.", "None.")."""
    return bool(text) and len(text) < 24 and text.strip().rstrip(".").lower() in _NOTHING


# Stacked 8-K headings: the exhibits item's text is its list, which answers for no other
# heading. Under the 2004 numbering any other text is the account the filer gave for all the
# headings over it ("Item 5.02 ..." / "Item 5.03 ..." / "On April 22, 2008, the Board elected
# ... and amended the Bylaws ..."): a filer lists only the items it reports. A 1990s report
# may list every item of the form, some left bare ("ITEM 1. CHANGES IN CONTROL ..." over
# "ITEM 2. ACQUISITION ..."), so there a Regulation FD or Other Events text, the filer's free
# account, answers for the headings over it, and any other text only when it names them.
_EXHIBITS_ITEMS = frozenset({"9.01", "7"})
_OPEN_ITEMS = frozenset({"5", "9"})
_NAMING_SPAN = 3000
_ITEM_NUMBER = lazy(r"\b(?:ITEMS?|Items?)[^\S\n]++(\d+(?:\.\d\d)?)")


def _names(text: str, number: str) -> bool:
    """Whether a text names item `number` ("this Item 3 and Item 8", "Items 3 and 8", "these
    items")."""
    head = text[:_NAMING_SPAN]
    if any(m.group(1) == number for m in _ITEM_NUMBER.finditer(head)):
        return True
    named = named_items(head, "8-K")
    return named is None or number in named


def _only_sections(text: str, start: int, end: int, sections: dict[int, int]) -> bool:
    """Nothing in text[start:end] but blank lines and 8-K section lines."""
    while True:
        gap = text[start:end]
        lead = len(gap) - len(gap.lstrip())
        if lead == len(gap):
            return True
        at = text.rfind("\n", 0, start + lead) + 1  # the line of the first text
        if at not in sections or sections[at] <= start:
            return False
        start = sections[at]


def _known(headings: list[Heading], family: str | None) -> list[Heading]:
    """Keep Part headings (not on 8-Ks), 8-K section lines, and Item headings with numbers the
    form has."""
    kept: list[Heading] = []
    last_number: str | None = None
    for h in headings:
        if h.kind == "section" or (h.kind == "part" and family != "8-K"):
            kept.append(h)
            continue
        if h.kind == "part":
            continue
        if family == cat.TEN_K and (lettered := _officers_item(h)):
            h.numbers, h.sub = [lettered], None  # an item of its own, no standard title
            last_number = lettered
            kept.append(h)
            continue
        if family == cat.TEN_Q and h.sub and (lettered := _captioned_sub(h)):
            h.numbers, h.sub = [lettered], None  # an item of its own, no standard title
            last_number = lettered
            kept.append(h)
            continue
        if family is not None and not cat.is_open(family):
            h.numbers = [n for n in h.numbers if cat.is_known(family, n)]
            if not h.numbers:
                continue
        if h.sub and last_number and h.numbers[0] == last_number.rstrip(_LETTERS):
            # "Item 9.01(d) Exhibits" under "Item 9.01", "Item 1(b). Executive Officers"
            # under "Item 1(a). Risk Factors" (read as 1A): a sub-heading, not an item
            continue
        last_number = h.numbers[-1]
        kept.append(h)
    return kept


# A 10-K's Part I item of the executive officers, numbered after the item above it ("Item 4A.
# Executive Officers of the Registrant", "ITEM 4(a). INFORMATION ABOUT OUR EXECUTIVE
# OFFICERS"; Regulation S-K Item 401(b) lets Part I carry them): the form has no such number,
# yet the heading ends the item above. Part I only (Items 1-4): in Part III "Item 10(b).
# Executive Officers" is a part of Item 10, whose title already names them
_OFFICERS = lazy(r"\bEXECUTIVE\s+OFFICERS\b", re.I)
_LETTERED = lazy(r"(\d{1,2})[A-Z]")
_LAST_PART_I = 4
# a title that is that caption alone: under a number the form gives another title (a 2001
# 10-K's "Item 1A. Executive Officers of the Registrant", before Risk Factors took 1A), the
# form's title is no standard title for it. The whole title, so "Executive Officers'
# Compensation" keeps Executive Compensation; a tail "(Pursuant to Instruction 3 ...)" may
# follow
_OFFICERS_TITLE = lazy(r"(?:INFORMATION\s+(?:ABOUT|CONCERNING|REGARDING|ON)\s+)?(?:OUR\s+|THE\s+)?"
                       r"EXECUTIVE\s+OFFICERS"
                       r"(?:\s+OF\s+(?:THE\s+)?(?:REGISTRANTS?|COMPANY|CORPORATION))?"
                       r"(?:\s*\([^\n]{1,160}\))?[.:]?", re.I)


def _officers_item(h: Heading) -> str | None:
    """"4A" for a Part I "Item 4A." / "Item 4(a)." titled the executive officers, else None."""
    if len(h.numbers) != 1 or not h.title or _OFFICERS.search(h.title) is None:
        return None
    number = h.numbers[0] + (h.sub or "").upper()
    m = _LETTERED.fullmatch(number)
    if m is None or int(m.group(1)) > _LAST_PART_I or cat.is_known(cat.TEN_K, number):
        return None
    return number


def _captioned_sub(h: Heading) -> str | None:
    """"1B" for a 10-Q's "Item 1(b). Other Information", "2A" for "Item 2(a). Quantitative and
    Qualitative Disclosures About Market Risk": a lettered sub-item the form lacks, captioned
    with another item's title (the filer's numbering of that item), else None. A caption of
    its own item's ("Item 6(b). Reports on Form 8-K" under Exhibits and Reports on Form 8-K)
    or of none is a sub-paragraph of the item above."""
    sub = h.sub or ""
    if len(h.numbers) != 1 or not h.title or len(sub) != 1 or not sub.isalpha():
        return None
    number = h.numbers[0]
    lettered = number + sub.upper()
    if not number.isdigit() or cat.is_known(cat.TEN_Q, lettered):
        return None
    got = cat.words(h.title)
    own = set(cat.titles(cat.TEN_Q, number, "I") + cat.titles(cat.TEN_Q, number, "II"))
    for (_, other), titles in cat.TEN_Q_ITEMS.items():
        if other != number and any(t not in own and cat.close_to(got, t) for t in titles):
            return lettered
    return None


def _key(number: str, part: str | None) -> tuple[int, int, int, str]:
    m = _KEY.match(number)
    if m is None:
        return (_PART_INDEX.get(part or "", 0), 0, 0, number)
    return (_PART_INDEX.get(part or "", 0), int(m.group(1)), int(m.group(2) or 0), m.group(3))


def _entries(headings: list[Heading], family: str | None) -> list[_Entry]:
    """Item headings as entries, TOC lines and "Not Applicable" lists left out, parts set."""
    entries: list[_Entry] = []
    part: str | None = None  # from the last PART heading
    fresh = False  # no item under that PART heading yet
    for h in headings:
        if h.kind != "item":
            if h.kind == "part" and not h.toc:
                part, fresh = h.part, True
            continue
        if h.toc or h.not_applicable:
            continue
        for number in h.numbers:
            item_part = None
            if family == cat.TEN_Q:
                item_part = _ten_q_part(number, h.title, part, entries, fresh)
            entries.append(_Entry(h, number, item_part, _key(number, item_part)))
            fresh = False
    return entries


def _ten_q_part(number: str, title: str | None, part: str | None,
                entries: list[_Entry], fresh: bool = True) -> str:
    """The 10-Q part of an item: its printed title's, else the PART heading's just above it
    (with no item between), else the item above's, unless the numbering restarts. A PART
    line above an earlier item (a table of contents' last, "PART II", or one that item's
    title overrode) gives a later untitled item none: "Item 2." after Part I's "Item 1.
    Financial Statements" is Part I's."""
    guess = cat.ten_q_part(number, title)
    if guess:  # the title beats a PART line, which may be a table of contents' last one
        return guess
    if part in ("I", "II") and (fresh or not entries or not entries[-1].part):
        return part
    previous = entries[-1] if entries else None
    if previous and previous.part == "I" and _key(number, "I") <= previous.key:
        return "II"  # numbering restarted without a PART heading
    return previous.part if previous and previous.part else "I"


def _end_of(text: str, heading: Heading, boundaries: list[int]) -> int:
    """The next heading's line start, or an earlier signature / exhibit-index heading."""
    i = bisect_right(boundaries, heading.line_start)
    end = boundaries[i] if i < len(boundaries) else len(text)
    start = heading.body_start
    m = _STOP.search(text, start, end)
    if m is None:
        return max(end, start)
    stop = _STOP.line_start(m)
    eol = text.find("\n", stop)
    if eol > 0 and "INDEX" in text[stop:eol].upper():
        # an exhibit index printed above the signatures is the item's exhibit table (2017-on
        # 8-Ks: "(d) Exhibits." / "EXHIBIT INDEX" / the table / "SIGNATURES")
        after = _STOP.search(text, eol, min(end, eol + _INDEX_SPAN))
        if after and "INDEX" not in text[_STOP.line_start(after) : after.end()].upper():
            return _STOP.line_start(after)
        if after is None and i < len(boundaries) and end - eol <= _INDEX_SPAN:
            return end  # the index inside 10-K Item 15, "Item 16. Form 10-K Summary" below
    return _signatures_heading(text, stop, start)


# A heading over the signature sentence in a wording _STOP misses ("Signature Page", "-
# SIGNATURES -", "Signatures and Certifications"): a short line naming the signatures, set
# off by a blank line above it, opens them
_SIGNED_LEADS = ("Pu", "PU", "In", "IN")  # how the signature sentence opens (_SIGNED_SENTENCE)
_HEADING_WORDS = 6


def _signatures_heading(text: str, stop: int, start: int) -> int:
    """`stop`, or where such a heading just above the signature sentence at `stop` starts."""
    if text[stop : stop + 80].lstrip()[:2] not in _SIGNED_LEADS:
        return stop
    line, at = line_above(text, stop, tries=3)
    if at <= start or "IGNATURE" not in line.upper() or len(line.split()) > _HEADING_WORDS:
        return stop
    head = line.strip()
    if head[0].islower() or head[-1] in ",;:" or ". " in head:
        return stop  # a sentence wrapped: "... as set forth on the signature" / "page."
    return at if not text[text.rfind("\n", 0, at - 1) + 1 : at].strip() else stop


def _merge_running_heads(text: str, entries: list[_Entry], parts: dict[int, int]
                         ) -> list[_Entry]:
    """A bare heading of the item open just above ("PART II" / "Item 7" atop each page of
    Item 7, Microsoft 10-Ks), or its heading reprinted "(Continued)", continues it: its lines,
    and a Part line right above, are cut."""
    out: list[_Entry] = []
    for e in entries:
        prev = out[-1] if out else None
        if prev is None or e.key != prev.key or e.heading is prev.heading or not (
                e.heading.bare or e.heading.continued or _same_title(prev.heading, e.heading)
                and _reprinted(text, prev)):
            out.append(e)
            continue
        cut_from = e.heading.line_start
        if prev.end in parts and not text[parts[prev.end] : cut_from].strip():
            cut_from = prev.end  # the Part line of the running head
        elif text[prev.end : cut_from].strip():
            out.append(e)  # a signature or exhibit index lies between: no running head
            continue
        cut_from = _page_number_over(text, cut_from, prev.heading.body_start)
        eol = text.find("\n", e.heading.start)
        if not e.heading.bare:  # (its title may wrap)
            eol = e.heading.body_start
        prev.cuts.append((cut_from, len(text) if eol < 0 else eol))
        prev.end, prev.has_body = e.end, prev.has_body or e.has_body
    return out


# a 10-Q Part's title on the line under its reprinted Part line ("PART I" / "FINANCIAL
# INFORMATION"), cut with it
_PART_TITLE = lazy(r"\n*+[^\S\n]*+(?i:financial|other)[^\S\n]+(?i:information)\.?[^\S\n]*+(?=\n|$)")
_NON_BLANK = lazy(r"\S")  # (searched for: a text between two lines is not copied)


def _part_reprints(text: str, scanned: list[Heading], family: str | None) -> list[Heading]:
    """Part lines reprinted atop a page of an item, which continue it: one saying so ("PART I
    (Continued)"), and, not on 8-Ks, a plain one ("PART I", "PART I - FINANCIAL
    INFORMATION") of the Part open above, an item headed since, set off by a blank line above
    (a page break leaves no other trace) and with no item heading under it."""
    out: list[Heading] = []
    part: str | None = None  # the last Part heading's
    open_part: str | None = None  # the open item's: a 10-Q's title says it (a contents
    # list's "PART II" may be the last Part line above its Part I items)
    for i, h in enumerate(scanned):
        if h.toc or h.kind not in ("item", "part"):
            continue
        if h.kind == "item":
            open_part = family == "10-Q" and h.numbers and cat.ten_q_part(
                h.numbers[0], h.title) or part
        elif h.continued:
            out.append(h)
        elif family != "8-K" and open_part and h.part == open_part and _blank_above(
                text, h.line_start) and not _item_under(text, h, scanned, i + 1):
            out.append(h)
        else:
            part, open_part = h.part, None
    return out


def _blank_above(text: str, line_start: int) -> bool:
    """A blank line (or the text's start) right above the line at `line_start`."""
    above = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    return line_start == 0 or not text[above : line_start - 1].strip()


def _item_under(text: str, part: Heading, scanned: list[Heading], at: int) -> bool:
    """An item heading on the Part line or under it (its Part's title between, if any): the
    first heading from scanned[at] on that is no contents line."""
    below = next((scanned[k] for k in range(at, len(scanned)) if not scanned[k].toc), None)
    if below is None or below.kind != "item":
        return False
    if below.line_start <= part.body_start:
        return True
    title = _PART_TITLE.match(text, part.body_start, below.line_start)
    return _NON_BLANK.search(text, title.end() if title else part.body_start,
                             below.line_start) is None


def _cut_reprints(text: str, chosen: list[_Entry], reprints: list[Heading]) -> None:
    """A Part line reprinted atop a page of an item ("PART I (Continued)", "PART II - OTHER
    INFORMATION (continued)", a plain "PART I" under a page break) continues it: its line (and
    a Part's title under it), and the page number above it, are cut from the item's text."""
    for h in reprints:
        for e in chosen:
            if e.heading.body_start <= h.line_start < e.end:
                cut_from = _page_number_over(text, h.line_start, e.heading.body_start)
                title = _PART_TITLE.match(text, h.body_start, e.end)
                e.cuts = sorted([*e.cuts, (cut_from, title.end() if title else h.body_start)])
                break


# The page's number alone at the foot of the page a running head follows ("12" / "ITEM 7.
# ... (Continued)"; an HTML page break leaves no other trace), set off by a blank line above
_PAGE_LINE = lazy(r"[^\S\n]*+(?:(?:Page|PAGE)[^\S\n]+)?(?:-[^\S\n]?)?(?:\d{1,3}|[A-Z]{1,3}-\d{1,3})"
                  r"(?:[^\S\n]?-)?[^\S\n]*+")


def _page_number_over(text: str, at: int, floor: int) -> int:
    """Where the cut of a running head at `at` starts: at the page number above it, if any
    (no higher than `floor`, the item's text start)."""
    line, start = line_above(text, at, tries=3)
    if start <= floor or not _PAGE_LINE.fullmatch(line):
        return at
    over = text.rfind("\n", 0, max(start - 1, 0)) + 1
    return start if not text[over : start - 1].strip() else at


# An item named in a contents list or above a cover, then headed: the text between is no
# page of the item ("TABLE OF CONTENTS" / "Item 9A. ..." / "EXPLANATORY NOTE" / "Item 9A.
# ...", an 8-K's item named above its cover's "Check the appropriate box below ...")
_CONTENTS_TITLE = lazy(r"(?:TABLE OF |Table of )?(?:CONTENTS|Contents|INDEX|Index)")
_COVER_BOXES = ("appropriate box", "APPROPRIATE BOX", "\u2610")


def _reprinted(text: str, prev: _Entry) -> bool:
    """The heading printed again with the same title atop a later page of its item: the first
    is not under a contents title nor above the cover's boxes (looked at once per item)."""
    if prev.cuts:
        return True
    if _CONTENTS_TITLE.fullmatch(line_above(text, prev.heading.line_start)[0].strip()):
        return False
    between = text[prev.heading.body_start : prev.end]
    return not any(box in between for box in _COVER_BOXES)


def _same_title(first: Heading, again: Heading) -> bool:
    """The item's heading printed again word for word, nothing run on to it: the running head
    atop each page of the item ("Item 1A.  Risk Factors" over each page of the risks)."""
    return bool(first.title) and again.inline_text is None and first.title.casefold() == (
        again.title or "").casefold()


def _main_list(text: str, entries: list[_Entry], family: str | None,
               part_lines: list[int], part_of: dict[int, str]) -> list[_Entry]:
    """Split entries into numbering lists and pick the filing's own (see module docstring)."""
    if not entries:
        return []
    lists: list[list[_Entry]] = [[entries[0]]]
    in_force = sorted(part_of)
    for i in range(1, len(entries)):
        prev, cur = lists[-1][-1], entries[i]
        if cur.key <= prev.key and cur.heading.line_start in part_of and i + 1 < len(
                entries) and entries[i + 1].key > prev.key and _back_to(cur, part_of, in_force):
            prev.end, prev.has_body = cur.end, prev.has_body or cur.has_body
            continue  # "See" / "Part I. Item 1. Financial Statements, Note 7." in Part II
        new_list = cur.key <= prev.key and cur.heading is not prev.heading and (
            _second_run(prev, cur, lists[-1], family, part_lines)
            or _stop_between(text, prev, cur))
        if new_list:
            lists.append([cur])
        else:
            lists[-1].append(cur)
    for entries_ in lists:
        if sum(e.has_body for e in entries_) * 2 >= len(entries_):
            return entries_
    return lists[-1]


def _back_to(cur: _Entry, part_of: dict[int, str], in_force: list[int]) -> bool:
    """An item heading printed on its Part's line names an earlier Part than the one in force:
    a reference back (Part II of a 10-Q citing "Part I. Item 1."), and the numbering goes on
    after it, so it starts no new list."""
    line = cur.heading.line_start
    at = bisect_left(in_force, line)
    return at > 0 and _PART_INDEX.get(part_of[line], 9) < _PART_INDEX.get(
        part_of[in_force[at - 1]], 0)


def _second_run(prev: _Entry, cur: _Entry, current: list[_Entry], family: str | None,
                part_lines: list[int]) -> bool:
    """The form's first item again: the numbering starts over (contents, then the items; a
    document quoted after them: a 10-Q's "PART I" / "Item 1. Financial Statements" under an
    8-K's Item 7). A first item the list lacks, under the form's own title for it and with no
    Part line above it, is the filer's order ("Item 5.02 ..." above "Item 1.01 Entry into a
    Material Definitive Agreement" on an 8-K): it stays in."""
    if cur.number not in _FIRST_NUMBERS or cur.key[0] > 1:
        return False
    if any(e.key == cur.key for e in current) or not cur.heading.title:
        return True
    if not any(cat.title_score(cur.heading.title, std) >= _STACKED_TITLE
               for std in cat.titles(family, cur.number)):
        return True
    at = bisect_right(part_lines, prev.heading.line_start)
    return at < len(part_lines) and part_lines[at] < cur.heading.line_start


def _stop_between(text: str, prev: _Entry, cur: _Entry) -> bool:
    start, end = prev.heading.body_start, cur.heading.line_start
    return start < end and _STOP.search(text, start, end) is not None


def _dedupe(text: str, entries: list[_Entry]) -> list[_Entry]:
    """One entry per (part, number): the last with body text, else the last. A heading out of
    order between two in order, its item headed with text above, is a mention set on a line
    of its own ("... for the reasons discussed under" / "Item 1A.  Risk Factors" / "above."
    inside Item 7): the item above runs on over it."""
    kept: list[_Entry] = []
    headed: set[tuple[int, int, int, str]] = set()  # keys kept with body text (a set: linear)
    for i, e in enumerate(entries):
        prev = kept[-1] if kept else None
        if prev is not None and e.key < prev.key and e.heading is not prev.heading and (
                i + 1 < len(entries) and entries[i + 1].key > prev.key) and (
                e.key in headed) and not text[prev.end : e.heading.line_start].strip() and (
                in_sentence(text, e.heading.line_start, e.heading.body_start, loose=True)):
            prev.end, prev.has_body = e.end, prev.has_body or e.has_body
            if prev.has_body:
                headed.add(prev.key)
            continue
        kept.append(e)
        if e.has_body:
            headed.add(e.key)
    best: dict[tuple[int, int, int, str], _Entry] = {}
    for e in kept:
        held = best.get(e.key)
        if held is None or e.has_body or not held.has_body:
            best[e.key] = e
    keep = {id(e) for e in best.values()}
    return [e for e in kept if id(e) in keep]


def _drop_lone_stop(body: str) -> str:
    """The text without the heading's own stop set on a line of its own at its start: an HTML
    heading whose final period stands in a block apart ("Item 2.02 Results of Operations and
    Financial Condition" / "." in the next <div>) leaves no lone "." opening the text."""
    if len(body) == 1 or body[1] == "\n":
        return body[1:].lstrip("\n")
    return body


def _span(text: str, e: _Entry, family: str | None, furniture: _Furniture,
          period: str | None = None, form_type: str | None = None) -> ItemSpan:
    h = e.heading
    pieces, at = [], h.body_start
    for cut_start, cut_end in e.cuts:
        pieces.append(text[at:cut_start])
        at = cut_end
    pieces.append(text[at : e.end])
    body = "".join(pieces)
    if furniture and any(line in body for line in furniture.lines):  # (a C-level test first)
        body = _cut_furniture(body, furniture)
    body = _drop_page_number(tidy_text(body))
    if h.title and body and body[0] in ".:":
        body = _drop_lone_stop(body)
    if "\n\n" in body[-_HEAD_TAIL:]:
        body = _drop_page_break(text, body)
    if h.inline_text:
        # a paragraph run on from the heading line goes on on the next line; else a new one
        nl = text.find("\n", h.body_start + 1)
        glue = "\n" if text[h.body_start + 1 : nl if nl >= 0 else e.end].strip() else "\n\n"
        body = f"{h.inline_text}{glue}{body}".strip() if body else h.inline_text
    standard = cat.standard_title(family, e.number, e.part, h.title, period, form_type)
    if family == cat.TEN_K and standard and h.title and (
            _OFFICERS_TITLE.fullmatch(h.title.strip()) and _OFFICERS.search(standard) is None):
        standard = None  # see _OFFICERS_TITLE
    return ItemSpan(
        number=e.number,
        title=h.title,
        start=h.start,
        end=e.end,
        text=body,
        standard_title=standard,
        scheme=cat.scheme_of(family, e.number),
        equivalent=cat.equivalent(family, e.number, h.title),
    )
