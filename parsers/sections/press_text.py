"""Text plumbing for the press-release extractor: lines, paragraphs, dates.

The extractor reads two kinds of text: plain text wrapped at ~70-80 columns (paragraphs split
by blank lines, by a first-line indent, or by a short last line) and HTML rendered to text
(one block element per line, table cells tab-separated). ``split_paragraphs`` tells them apart
by line length and handles both.

    >>> paragraph_text(["Trial on a Packet-", "Based Network"])
    'Trial on a Packet-Based Network'
    >>> iso_date("Sept. 29, 1997")
    '1997-09-29'
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from typing import overload

from ..lazy_re import lazy
from ..values import fast_date
from .press_patterns import BULLET, BULLET_CHARS, FULL_DATE_SCAN

# Inputs can be huge; a press release is not. Text past this point is not read.
MAX_CHARS = 2_000_000
# A line this long cannot come from 80-column plain text: the text is rendered HTML.
_UNWRAPPED_LINE = 160
_PAGE_TAG = lazy(r"^[ \t]*<PAGE>[^\n]*$", re.MULTILINE | re.IGNORECASE)
_TRIPLE_NL = lazy(r"\n{3,}")
_PAGE_HINT = lazy(r"<(?i:page)>")  # led by a literal "<": a fast test for _PAGE_TAG
_DOUBLE_NL = lazy(r"\n\n(?=[^\n])")
_DEFAULT_DATE = datetime(2000, 1, 1)
_MARKER = lazy(r"^[ \t]*(?:-{1,2}|\*|\u2022|\u00b7|o|\d{1,2}[.)]|\([a-z0-9]{1,3}\))[ \t]+\S")
# A line ending in an initial or an honorific ("said Thomas W." / "Keller, ...") runs on.
_NAME_STOP = lazy(r"(?:^|[ \t(\"\u201c])(?:[A-Z]|Mr|Mrs|Ms|Dr)\.$")
# A time of day, its zone maybe after it: "8:00 a.m. EDT", "4:05 PM ET", "7 a.m. (Pacific
# Time)", "noon" (a release's time, under its headline or in its dateline)
TIME_OF_DAY = (
    r"(?:[0-2]?\d:[0-5]\d(?:[ \t]*(?i:[ap]\.?[ \t]?m\b\.?))?|[01]?\d[ \t]*(?i:[ap]\.?[ \t]?m\b\.?)"
    r"|(?i:noon))(?:[ \t]*\(?(?:[ECMPA][SD]?T|GMT|UTC|BST|CES?T|HKT|JST|SGT|AEST"
    r"|(?i:(?:eastern|central|mountain|pacific)(?:[ \t]+(?:standard|daylight))?(?:[ \t]+time)?))"
    r"\)?)?"
)


def prepare_lines(text: str) -> list[str]:
    """Normalise line ends and spaces; undo double spacing; drop <PAGE> tags."""
    return lines_of(normalised_text(text))


def normalised_text(text: str) -> str:
    """prepare_lines' first half: line ends and spaces normalised, <PAGE> tags dropped (a
    caller may test the text, as its lines will read, before it is split)."""
    text = text[:MAX_CHARS]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u200b", "")
    # (its "<" first: a character search reads the text many times faster than the regex,
    # and a rendered or typed text seldom holds one)
    if "<" in text and _PAGE_HINT.search(text):
        text = _PAGE_TAG.sub("", text)
    return text


def lines_of(text: str) -> list[str]:
    """prepare_lines' second half: a normalised text's lines, right-stripped, double spacing
    undone."""
    raw = text.split("\n")
    lines = list(map(str.rstrip, raw))  # (C-level map: faster than a comprehension)
    if _is_double_spaced(text, raw, lines):
        # Stockwalk 2000: every line followed by a blank one, paragraphs by two.
        lines = list(map(str.rstrip, _undoubled(text.split("\n"))))
    elif "\n\n\n" in text and (joined := _double_spaced_paragraphs(text)) is not text:
        lines = list(map(str.rstrip, joined.split("\n")))
    return lines


def _undoubled(raw: list[str]) -> list[str]:
    """Double-spaced lines single-spaced: a lone blank line between two lines dropped, a run
    of blank lines made one. A lone blank line beside single-spaced text (a line of text
    next to another) is a paragraph break kept: the part typed single-spaced, a release's
    tail after double-spaced first paragraphs, keeps its paragraphs apart."""
    last = len(raw) - 1
    out: list[str] = []
    for i, line in enumerate(raw):
        if line:
            out.append(line)
        elif 0 < i < last and raw[i - 1] and raw[i + 1]:
            if (i > 1 and raw[i - 2]) or (i + 2 <= last and raw[i + 2]):
                out.append(line)
        elif not (out and not out[-1]):
            out.append(line)  # (the first of a run of blank lines)
    return out


# A paragraph typed double-spaced between paragraph breaks of two blank lines or more, in a
# text that is not so throughout (only its first paragraphs, the rest single-spaced): each
# line stands alone between blank lines (see _spaced_paragraph)
# (led by its literal break, which the engine finds fast: no test at every position; from a
# run's first break only, not again at each of a long run's)
_SPACED_RUN = lazy(r"\n(?<!\n\n)\n\n++(?P<run>(?:[^\n]++\n\n(?!\n))++[^\n]++)(?=\n\n\n|\n*+\Z)")
_SPACED_LINE = 40  # a wrapped line of prose is at least this long
_PARAGRAPH_ENDS = frozenset('.!?"\u201d)')


def _double_spaced_paragraphs(text: str) -> str:
    """``text`` with the blank lines inside each double-spaced paragraph taken out; the
    same object when there is none."""
    runs = [m for m in _SPACED_RUN.finditer(text, 0, _DOUBLE_SPACED_REACH)
            if _spaced_paragraph(m.group("run").split("\n\n"))]
    if not runs:
        return text
    parts, at = [], 0
    for m in runs:
        parts += [text[at : m.start("run")], m.group("run").replace("\n\n", "\n")]
        at = m.end()
    return "".join(parts) + text[at:]


_DOUBLE_SPACED_REACH = 20000  # (as _is_double_spaced: a release's head and first paragraphs)


def _spaced_paragraph(rows: list[str]) -> bool:
    """Whether lines parted by single blank lines are one paragraph's, double-spaced: each
    but the last a wrapped line of prose (long; no table's column gap, no rendered HTML
    block), most of them ending with no stop (no run of one-line paragraphs) and one in a
    word in lower case (prose, no title-case stack of headlines), the last ending a
    sentence."""
    body = [r.strip() for r in rows]
    if not body[-1] or body[-1][-1] not in _PARAGRAPH_ENDS:
        return False
    runs_on, lower = 0, False
    for line in body[:-1]:
        if not _SPACED_LINE <= len(line) <= _UNWRAPPED_LINE or "   " in line or "\t" in line:
            return False
        if line[-1] == "," or line[-1].isalnum():
            runs_on += 1
            lower = lower or line.rpartition(" ")[2][:1].islower()
    return lower and 2 * runs_on >= len(body) - 1


def _is_double_spaced(text: str, raw: list[str], stripped: list[str]) -> bool:
    """Most wrapped lines stand alone between blank lines (rendered HTML, one line per
    block, looks alike but has long lines and is left as it is). ``raw`` is text split at
    newlines, ``stripped`` the same lines right-stripped."""
    head = text[:20000]
    if len(text) > len(head):  # (the lines of the head, cut inside a line maybe)
        raw = head.split("\n")
        stripped = list(map(str.rstrip, raw))
    # Quick no: each counted pair below is an empty line, and most texts have too few.
    nonblank = len(stripped) - stripped.count("")
    if nonblank < 12 or raw.count("") <= 0.55 * nonblank:
        return False
    lines = [line for line in raw if line.strip()]
    if is_unwrapped(lines):
        return False
    # paragraphs parted by two blank lines or more: rendered HTML never has them (short
    # paragraphs, one per line, would read as double spacing and be run together)
    triples = _TRIPLE_NL.finditer(head)
    if next(triples, None) is None or next(triples, None) is None:
        return False
    # a blank line between two lines of text (the pair of newlines not part of a longer run)
    pairs = sum(1 for m in _DOUBLE_NL.finditer(head) if m.start() and head[m.start() - 1] != "\n")
    return pairs > 0.55 * len(lines)


def indent(line: str) -> int:
    """The line's indent in columns: a tab typed for it goes to the next 8-column stop."""
    n = len(line) - len(line.lstrip(" \t"))
    return n if "\t" not in line else len(line[:n].expandtabs())


def is_unwrapped(lines: list[str]) -> bool:
    """True for HTML-rendered text, where each line is a whole block (a paragraph)."""
    head = lines[:400]
    # (the longest line first: one C-level pass rules out wrapped text)
    return (
        bool(head)
        and max(map(len, head)) > _UNWRAPPED_LINE
        and any(len(line) > _UNWRAPPED_LINE and "\t" not in line for line in head)
    )


def wrap_width(stripped: list[str]) -> int:
    """Wrap width of the prose (table rows, often wider, are left out), from stripped lines."""
    # running prose: 30+ characters, no tab or 3-space table gap
    lengths = [n for s in stripped[:400] if (n := len(s)) >= 30 and "\t" not in s
               and "   " not in s]
    lengths.sort()
    if not lengths:
        return 80
    return max(40, lengths[int(len(lengths) * 0.9) - 1 if len(lengths) > 1 else 0])


# What a line that _breaks may start a paragraph after must show: the line before ends a
# sentence ('.', '!', '?', '"'), the line is indented three columns deeper than the line
# before (a tab already breaks), or its first character opens a BULLET.
_SENTENCE_STOPS = frozenset('.!?"')
_BULLET_FIRST = frozenset("-o" + BULLET_CHARS)


def split_paragraphs(
    lines: list[str], stripped: list[str] | None = None, unwrapped: bool | None = None
) -> list[tuple[int, int]]:
    """Paragraphs as [start, end) line ranges (``stripped``: the lines stripped, and
    ``unwrapped``: is_unwrapped(lines), when the caller has them).

    Wrapped text breaks at blank lines, at a first-line indent (Union Camp 1994, Pericom),
    after a short line (the last line of a paragraph, or a heading such as "About CTC
    Communications"), and around table rows and bullets. Unwrapped text: one line each.
    """
    if stripped is None:
        stripped = list(map(str.strip, lines))
    if is_unwrapped(lines) if unwrapped is None else unwrapped:
        return [(i, i + 1) for i, s in enumerate(stripped) if s]
    out: list[tuple[int, int]] = []
    width = wrap_width(stripped)
    short = int(width * 0.65)
    start = -1
    # the line before, stripped, whether it holds a tab, and its indent
    prev, prev_last, prev_tab, prev_ind = "", "", False, 0
    # A list item's text column (-1: the paragraph is no item), and the column its items'
    # wrapped lines hang at (-1: none seen): a line left of it after an item is the next
    # paragraph, typed with no blank line under the list ("o    Margin widened to 4.12%" /
    # "     The Company also announced ...")
    item_col = hang = -1
    item_column, item_first = _item_column, _ITEM_FIRST  # (locals: read at each start)
    for i, s in enumerate(stripped):
        if not s:
            if start >= 0:
                out.append((start, i))
                start = -1
            continue
        line = lines[i]
        tab = "\t" in line
        if tab and line[0] in " \t":  # (a tab typed to indent the line is its indent)
            tab = "\t" in s  # (cells set apart)
            ind = indent(line)
        else:
            ind = len(line) - len(line.lstrip(" \t")) if line[0] == " " else 0
        if start < 0:
            start = i
            item_col = item_column(line, s) if s[0] in item_first else -1  # (cheap first)
            if item_col < 0:
                hang = -1
        elif item_col > 0:  # (rare: a list item's lines take the slower path)
            # a line of an item that hangs under its text goes on with it, a sentence
            # ended above or not ("o  Net income rose 22%." / "   Margin improved ...")
            hanging = line[0] == " " and len(line) - len(s) == item_col \
                and _item_column(line, s) < 0  # (not a sub-item: "*  Sales" / "   -  Retail")
            if (
                prev_tab
                or tab
                or len(prev_last) < short
                or (not hanging and _breaks(prev, prev_last, line, s, width, i - 1 == start))
                or _leaves_item(line, s, prev_last, item_col, hang)
            ):
                out.append((start, i))
                start = i
                item_col = item_column(line, s) if s[0] in item_first else -1
                if item_col < 0:
                    hang = -1
            elif hanging and hang < 0:
                hang = item_col
        elif (
            prev_tab
            or tab
            or (len(prev_last) < short and not (
                prev_last[-1] in _DASH_LAST and _dash_runs_on(prev_last, s)))
            or (
                (prev_last[-1] in _SENTENCE_STOPS or ind >= prev_ind + 3
                 or s[0] in _BULLET_FIRST)
                and _breaks(prev, prev_last, line, s, width, i - 1 == start)
            )
        ):
            out.append((start, i))
            start = i
            item_col = item_column(line, s) if s[0] in item_first else -1
            if item_col < 0:
                hang = -1
        # (one assignment each: a four-name tuple would be built and unpacked per line)
        prev = line
        prev_last = s
        # (a tab that only sets a list item's mark apart, "\u00b7<tab>The company launched
        # ...", parts no cells: the item's wrapped lines, typed at column 0, go on with it)
        prev_tab = tab and not (s[0] in item_first and _tab_marked(s))
        prev_ind = ind
    if start >= 0:
        out.append((start, len(lines)))
    return out


_DASH_LAST = frozenset("-\u2013\u2014")  # how a line _dash_runs_on ends


def _dash_runs_on(last: str, stripped: str) -> bool:
    """Whether a short typed line ending in an open dash goes on into the line under it, a
    word opening that one: the dateline's wire credit or date, its sentence typed below
    ("NEW YORK, March 3, 2025 /PRNewswire/ --" / "Acme Corp. today announced ...",
    "AURORA, Ill.--(BUSINESS WIRE)--Dec. 13, 1999--" / "Westell ..."). Not a line a dash
    opens too ("-- Net income up 25% --", a subheadline or item), nor a hyphen that closes
    a word ("Packet-", a wrap the next line finishes)."""
    if last[0] in _DASH_LAST or not (stripped[0].isalnum() or stripped[0] in "\"\u201c("):
        return False
    return last.endswith(("--", "\u2014", " -", " \u2013"))


_ITEM_FIRST = frozenset("-*o(0123456789" + BULLET_CHARS)  # how a _MARKER/BULLET line opens
_NUMBERED = frozenset("(0123456789")


# A list item's mark and the one tab after it: "\u00b7<tab>", "-<tab>", "1.<tab>", "(a)<tab>"
_TAB_MARK = lazy(rf"(?:--?|[{BULLET_CHARS}\u2014]|o|\d{{1,2}}[.)]|\([a-z0-9]{{1,3}}\))\t(?=\S)")


def _tab_marked(stripped: str) -> bool:
    """Whether a stripped line's one tab is its list mark's gap (see _TAB_MARK)."""
    return stripped.count("\t") == 1 and _TAB_MARK.match(stripped) is not None


def _item_column(line: str, stripped: str) -> int:
    """The column a list item's text starts at ("     o    Net income ..." -> 10), or -1:
    the line is no item, or tabs leave its columns unknown."""
    if "\t" in line or not _may_mark(stripped):
        return -1
    m = _MARKER.match(line)
    if m is not None:
        return m.end() - 1  # (_MARKER takes the text's first character)
    m = BULLET.match(line)
    return -1 if m is None else m.end()


def _may_mark(s: str) -> bool:
    """A cheap test that a stripped line may open with a _MARKER or BULLET: not a rule
    ("------", "- -------"), a word ("of", "outlook"), a figure or a note ("(In thousands)")."""
    c = s[0]
    if c == "-":
        return s[1:2] in (" ", "\t", "-") and s.lstrip("-").lstrip()[:1] != "-"
    if c == "o":
        return s[1:2] in (" ", "\t")
    if c == "(":
        return ")" in s[2:5]
    if c.isdigit():
        return ")" in s[1:3] or "." in s[1:3]
    return c in _ITEM_FIRST


def _leaves_item(line: str, stripped: str, last: str, item_col: int, hang: int) -> bool:
    """Whether ``line`` ends the list item above it (``item_col``: the item's text column,
    ``hang``: where the list's wrapped lines hang): it sits left of the hanging column, or
    it is a numbered item after one that ended ("1. Revenue rose 18%." / "2. Loans ...",
    which the bullet tests of _breaks do not read)."""
    ind = len(line) - len(stripped)
    if hang == item_col and ind < hang and _MARKER.match(line) is None:
        return True
    return stripped[0] in _NUMBERED and last[-1] in ".;:!?" and _MARKER.match(line) is not None


def _breaks(prev: str, last: str, line: str, stripped: str, width: int, prev_first: bool
            ) -> bool:
    """Does a paragraph start at ``line``? (The caller has tested tabs and a short ``last``,
    the stripped line before.)"""
    # A sentence ends the line although the next word would have fitted on it: the writer
    # broke the line there (seed 002's About: "...as of June 30, 2001." / "CTC's Cisco ...").
    if last.endswith((".", "!", "?", '."', '"')) and not _NAME_STOP.search(last):
        first = stripped.split(None, 1)[0]
        if len(last) + 1 + len(first) <= width - 2:
            return True
    # A first-line indent opens a paragraph; a hanging indent under "-- item" (Pericom 2003)
    # continues one.
    if indent(line) >= indent(prev) + 3 and not (
        prev_first and _MARKER.match(prev)
    ):
        return True
    return BULLET.match(line) is not None


def paragraph_text(lines: list[str]) -> str:
    """Join wrapped lines with single spaces; "Packet-\\nBased" joins as "Packet-Based"."""
    return stripped_text([line.strip() for line in lines])


def stripped_text(stripped: list[str]) -> str:
    """``paragraph_text`` of lines already stripped."""
    text = "\n".join(stripped)
    if "-\n" not in text:  # no line ends in a hyphen: plain white space joins them all
        flat = text.replace("\n", " ")
        return flat if _single_spaced(flat) else _squash(text)
    parts: list[str] = []
    prev = ""
    for line in stripped:
        if not line:
            continue
        if parts:
            # a hyphen inside a word, a number or a range ("Packet-Based", "800-435-2336",
            # "1998-2000", "14-point") was where the line wrapped: no space after it
            hyphen = prev.endswith("-") and prev[-2:-1].isalnum() and line[:1].isalnum()
            parts.append("" if hyphen else " ")
        parts.append(line)
        prev = line
    return _squash("".join(parts))


def _single_spaced(flat: str) -> bool:
    """Whether a text's only white space is single spaces between words: _squash would
    leave it as it is."""
    if "  " in flat or flat[:1] == " " or flat[-1:] == " ":
        return False
    if flat.isascii():
        # the ASCII characters but " " that str.split() cuts at (isascii reads a flag, and
        # each test is a memchr: isprintable looks every character up in a table)
        return "\t" not in flat and "\x0c" not in flat and "\r" not in flat \
            and "\x0b" not in flat and "\x1c" not in flat and "\x1d" not in flat \
            and "\x1e" not in flat and "\x1f" not in flat and "\n" not in flat
    # (no printable character is white space but " ", and the zero-width space, which
    # _squash turns into one, is not printable)
    return flat.isprintable()


class ParagraphTexts(Sequence[str]):
    """The texts of paragraphs (``stripped_text`` of each [start, end) range of stripped
    lines), each joined when first read: the steps after the body (About, safe harbour)
    stop early, and a release's tables and contact lines below them are seldom read."""

    __slots__ = ("_stripped", "_paras", "_texts")

    def __init__(self, stripped: list[str], paras: list[tuple[int, int]]) -> None:
        self._stripped = stripped
        self._paras = paras
        self._texts: list[str | None] = [None] * len(paras)

    def __len__(self) -> int:
        return len(self._paras)

    @overload
    def __getitem__(self, i: int) -> str: ...

    @overload
    def __getitem__(self, i: slice) -> list[str]: ...

    def __getitem__(self, i: int | slice) -> str | list[str]:
        if isinstance(i, slice):
            return [self._text(j) for j in range(*i.indices(len(self._paras)))]
        text = self._texts[i]  # (joined already, most reads: no call)
        return self._text(i) if text is None else text

    def __iter__(self) -> Iterator[str]:
        for i, text in enumerate(self._texts):
            yield self._text(i) if text is None else text

    def _text(self, i: int) -> str:
        text = self._texts[i]
        if text is None:
            start, end = self._paras[i]
            text = self._texts[i] = stripped_text(self._stripped[start:end])
        return text

    def may_hold(self, i: int, word: str) -> bool:
        """False when paragraph i's text cannot hold ``word`` (lower case, of letters whose
        caseless match has no non-ASCII twin) in any case: none of its lines holds it, and
        joining lines adds no letter. Cheap for a text not joined yet (a table row past the
        body), which it leaves unjoined; True for one already joined."""
        if self._texts[i] is not None:
            return True
        start, end = self._paras[i]
        if end - start == 1:
            return word in self._stripped[start].lower()
        return word in "\n".join(self._stripped[start:end]).lower()


def lines_holding(text: str, *needles: str) -> list[int]:
    """Indices of the lines of `text` that hold one of `needles`, each once, in order.
    (Substring scans of the joined lines: faster than a regex, or a test per line.)"""
    starts: list[int] = []
    for needle in needles:
        at = text.find(needle)
        while at >= 0:
            starts.append(at)
            at = text.find(needle, at + len(needle))
    if len(needles) > 1:
        starts.sort()
    return line_numbers(starts, text)


def line_numbers(positions: list[int], text: str, first: int = 0) -> list[int]:
    """Indices of the lines of `text` (numbered from `first`) holding the sorted
    `positions`, each once."""
    found: list[int] = []
    line, prev = first, 0
    for at in positions:
        line += text.count("\n", prev, at)
        prev = at
        if not found or found[-1] != line:
            found.append(line)
    return found


def more_words(text: str, n: int) -> bool:
    """``len(text.split()) > n`` without splitting a long paragraph past its n+1st word."""
    return len(text.split(None, n)) > n


def normalise(text: str) -> str:
    return _squash(text)


def _squash(text: str) -> str:
    """Runs of white space (tabs, NBSP, thin and zero-width spaces, newlines) -> one space."""
    if "\u200b" in text:  # zero-width: not white space to str.split
        text = text.replace("\u200b", " ")
    return " ".join(text.split())


def iso_date(text: str) -> str | None:
    """A printed date to ISO "YYYY-MM-DD", or None when it holds no full date."""
    fast = fast_date(text.strip())
    if fast is not None:
        return fast if 1900 < int(fast[:4]) < 2100 else None
    try:
        parsed = _dateutil_parse(text, default=_DEFAULT_DATE)
    except (ValueError, OverflowError, TypeError):
        return None
    if parsed is None or not (1900 < parsed.year < 2100):
        return None
    return parsed.date().isoformat()


def month_day_date(month: str, day: str, year: int) -> date | None:
    iso = iso_date(f"{month.rstrip('.')} {day} {year}")
    return date.fromisoformat(iso) if iso else None


# A year as FULL_DATE_SCAN ends: after a blank, then a word boundary. Led by a blank, the
# scan steps over text in C; the month patterns are tried only just before a year.
_YEAR_AFTER_BLANK = lazy(r"[ \t](?:19|20)\d\d\b")
_LONGEST_MONTH = 9  # "September"


def _blanks_before(text: str, i: int) -> int:
    """Where the run of spaces and tabs ending at ``i`` starts."""
    while i and text[i - 1] in " \t":
        i -= 1
    return i


def full_dates(text: str, end: int) -> Iterator[re.Match[str]]:
    """``FULL_DATE_SCAN.finditer(text, 0, end)``, searched only just before each year.

    Every match ends with a year after blanks. Walking back from the year over the longest
    spelling each part may take (blanks, ",", two digits, blanks, ".", nine letters) gives a
    start no later than the match's; matches before it would end at an earlier year.
    """
    pos = 0  # where the last match ended: matches do not overlap
    for year in _YEAR_AFTER_BLANK.finditer(text, 0, end):
        i = _blanks_before(text, year.start())
        if i and text[i - 1] == ",":
            i -= 1
        for _ in range(2):
            if i and text[i - 1].isdigit():
                i -= 1
        i = _blanks_before(text, i)
        if i and text[i - 1] == ".":
            i -= 1
        m = FULL_DATE_SCAN.search(text, max(pos, i - _LONGEST_MONTH), year.end())
        if m is not None:
            pos = m.end()
            yield m


def infer_year(month: str, day: str, text: str) -> int | None:
    """The year of a dateline printed without one ("SAN JOSE, Calif., July 29 /PRNewswire/").

    Releases talk about dates just behind them (the quarter just ended) and a little ahead
    (the call next week), seldom about a date a year ahead. Each candidate year scores the
    full dates of the text falling from six months before to two months after "July 29" of
    that year, minus those further ahead. Ties go to no guess (None).
    """
    seen: list[date] = []
    for m in full_dates(text, 30000):
        before = text[m.start() - 1 : m.start()]
        if before.isalnum() or before == "_":
            continue  # inside a word ("Bojan 5, 2000")
        iso = iso_date(m.group(0))
        if iso:
            seen.append(date.fromisoformat(iso))
        if len(seen) >= 60:
            break
    scores: dict[int, int] = {}
    for year in {d.year + k for d in seen for k in (-1, 0, 1)}:
        when = month_day_date(month, day, year)
        if when is None:
            continue
        gaps = [(d - when).days for d in seen]
        scores[year] = sum(1 for g in gaps if -185 <= g <= 60) - sum(1 for g in gaps if g > 60)
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    best, count = ranked[0]
    if count <= 0 or (len(ranked) > 1 and ranked[1][1] == count):
        return None
    return best


def year_from_filing(month: str, day: str, filed: str | None) -> int | None:
    """The year of a yearless dateline from the date the filing gives (filed or reported): a
    release is dated at most a month after it and less than eleven months before."""
    if not filed:
        return None
    try:
        anchor = date.fromisoformat(filed)
    except ValueError:
        return None
    for year in (anchor.year + 1, anchor.year, anchor.year - 1):
        when = month_day_date(month, day, year)
        if when is not None and -335 < (when - anchor).days <= 31:
            return year
    return None


def _dateutil_parse(text: str, default: datetime) -> datetime:
    # imported on first use: most dates take the fast path, and start-up stays short
    from dateutil import parser as dateparser

    return dateparser.parse(text, default=default)
