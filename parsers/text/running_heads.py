"""Headings a page repeats atop it, marked as carried over: the tests both text readers share.

A printer repeats the heading a page break cut atop the next page, marked "(continued)":
"2. SIGNIFICANT ACCOUNTING POLICIES (continued)", "Notes to Financial Statements (Cont'd.)",
"ITEM 7. ... - CONTINUED". ``html_text`` and ``plain_text`` both drop such a heading where a
page repeats it, so the text reads as if no page had broken it; the tests live here so that
neither reader imports the other's private names. So does a press release's mark at a
page's foot that its text runs on ("(more)"): page furniture to both; and the contact a
letterhead's foot closing each page holds (a phone number, a web site, a ZIP code); and the
heads a page's own text needs however many pages they top (a statement's title, a 13D's CUSIP
line), which neither reader drops as a running head.
"""

from __future__ import annotations

import re

from ..lazy_re import lazy

# a heading carried over a page break, its end: "(continued)", "(Cont'd.)", "- CONTINUED"
CONTINUED_MARK = lazy(r"(?:[(\[]|[\-\u2013\u2014][ ]?)[ ]?cont(?:inued|['\u2019]?d)?\.?"
                      r"[)\]]?\.?[ ]?\Z", re.I)
CONTINUED_CHARS = 150  # a carried-over heading at most
MARK_CHARS = 14  # a line's tail the mark is looked for in


def has_continued_tail(line: str) -> bool:
    """The cheap test of a line's tail for the mark's letters ("ont" / "ONT"): most lines
    fail it, and the mark's regex reads only those that pass."""
    tail = line[-MARK_CHARS:]
    return "ont" in tail or "ONT" in tail


def continued_head(line: str) -> bool:
    """A heading a page repeats atop it marked as carried over ("2. SIGNIFICANT ACCOUNTING
    POLICIES (continued)", "Regulatory Considerations (cont'd.)", "NOTES -- (CONTINUED)"):
    no table row."""
    return has_continued_tail(line) and len(line) <= CONTINUED_CHARS \
        and "\t" not in line and CONTINUED_MARK.search(line[-MARK_CHARS:]) is not None


def strip_continued_mark(line: str) -> str:
    """`line` less its carried-over mark, if it ends with one ("NOTES TO CONSOLIDATED
    FINANCIAL STATEMENTS (CONTINUED)" -> "NOTES TO CONSOLIDATED FINANCIAL STATEMENTS ")."""
    if has_continued_tail(line):
        cut = max(0, len(line) - MARK_CHARS)
        if (mark := CONTINUED_MARK.search(line, cut)) is not None:
            return line[: mark.start()]
    return line


def runs_as_prose(line: str) -> bool:
    """A line of prose: six words or more, a lowercase one among its first eight (a page's
    first paragraph; a carried-over heading below it is the page's own)."""
    words = line.split(" ", 8)
    return len(words) >= 6 and any(word[:1].islower() for word in words[1:8])


# a press release's mark at a page's foot, its text running on over the next page: "(more)",
# "- more -", "-MORE-", "--more--", "[More]"; never a bare "more" (a word, a cell's text)
MORE_MARK = lazy(r"[(\[]?+[ \t]{0,3}+(?:[\-\u2013\u2014]{1,3}+[ \t]{0,3}+)?(?:more|MORE|More)"
                 r"(?:[ \t]{0,3}+[\-\u2013\u2014]{1,3}+)?[ \t]{0,3}+[)\]]?+")
MORE_CHARS = 16  # the longest such mark, its blanks too ("( -- more -- )")


def more_mark(line: str) -> bool:
    """`line` (stripped) is only a page's "(more)" mark: it opens with a bracket or a dash."""
    return len(line) <= MORE_CHARS and line[:1] in "([-\u2013\u2014" \
        and MORE_MARK.fullmatch(line) is not None


# a letterhead's contact, printed at each page's foot: a phone number ("(408) 435-0800",
# "408.435.0800"), a web address, a state's code and ZIP code ("San Jose, CA 95134")
LETTERHEAD_MARK = lazy(r"\(?\b\d{3}\)?[ .\-]?\d{3}[.\-]\d{4}\b|\b(?i:www\.|https?://)"
                       r"|(?i:\.com)\b|\b[A-Z]{2}[ ]\d{5}(?:-\d{4})?\b")


def letterhead_line(line: str) -> bool:
    """`line` holds a letterhead's contact (its address's ZIP code, its phone, its site)."""
    return LETTERHEAD_MARK.search(line) is not None


# a head a page's own text needs, whatever its pages: a statement's title ("CONSOLIDATED
# BALANCE SHEETS", "STATEMENTS OF CASH FLOWS", "SCHEDULE OF INVESTMENTS"), the CUSIP line
# atop each reporting person's page of a Schedule 13D / 13G; neither reader drops it as a
# running head
OWN_HEAD = lazy(r"(?i:balance[ ]sheets?|statements?[ ]of|schedules?[ ]of|cusip)")
# letters a case-blind regex reads as an "s" or an "i" that lowercasing turns into none
_FOLDED = frozenset("\u017f\u0131\u0130")


def own_head(key: str) -> bool:
    """A page's own head (OWN_HEAD): in an ASCII line, its words looked for in the line
    lowercased (substring searches: the case-blind regex, slow, reads each character); in
    another, the regex, where they or a letter it folds stand."""
    low = key.lower()
    if key.isascii():
        return "cusip" in low or "balance sheet" in low or "statement of" in low \
            or "statements of" in low or "schedule of" in low or "schedules of" in low
    if "balance" in low or "statement" in low or "schedule" in low or "cusip" in low \
            or not _FOLDED.isdisjoint(key):
        return OWN_HEAD.search(key) is not None
    return False
