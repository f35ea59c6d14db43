"""Press releases: an 8-K item that quotes one, or an EX-99 exhibit that is one -> a record.

Usage::

    from filing2json.parsers.sections.press_release import parse_press_release
    release = parse_press_release(item_text, "8-K")      # None: no press release here

Schema (SPEC.md ``press_releases[]``; every key always present)::

    document                    "8-K" | "EX-99.1" ...   # the label given by the caller
    date                        "2000-08-02"            # dateline date, else a date line
    headline                    str | null
    subheadlines                [str]
    dateline                    {city, state, date} | null
    tickers                     [{exchange, symbol}]
    highlights                  [str]
    quotes                      [{speaker, role, text}]
    body                        str                     # dateline paragraph .. before About
    about                       {company, text} | null
    forward_looking_statements  str | null
    contacts                    [{name, organization, role, phone, email, url}]

Real example (seed ``000_af6957f9859c0735.txt``, Item 5)::

    {"document": "8-K", "date": "2000-08-02",
     "headline": "CTC COMMUNICATIONS ANNOUNCES VOICE SERVICES SOFTSWITCH IN OPERATION AND
                  IMPLEMENTATION OF LOCAL VOICE SERVICES ON ITS PACKET-BASED NETWORK ON
                  SCHEDULE FOR 1Q01",
     "subheadlines": ["Softswitch Providing VoIP Voice Services Between 11 CTC Branch Sales
                       Offices"],
     "dateline": {"city": "WALTHAM", "state": "Mass", "date": "2000-08-02"},
     "tickers": [{"exchange": "NASDAQ NM", "symbol": "CPTL"}], "highlights": [],
     "quotes": [{"speaker": "Frederic Kunzi", "role": "CTO of CTC Communications",
                 "text": "This is a profound and exciting progress report for us The ..."},
                {"speaker": "Bob Fabbricatore", "role": "Chairman and CEO", "text": "..."}],
     "body": "WALTHAM, Mass-August 2, 2000-- CTC Communications Group Inc. ...",
     "about": {"company": "CTC Communications", "text": "CTC is a rapidly growing ..."},
     "forward_looking_statements": "The statements in this press release that relate ...",
     "contacts": [{"name": "John Dinsmore", "organization": "Feldman Communications Inc.",
                   "role": null, "phone": "410-571-8900", "email": "JDFelCom@aol.com",
                   "url": "www.FeldmanCommunications.com"}, ...]}

How: a dateline ("WALTHAM, Mass-August 2, 2000--", "SAN JOSE, Calif., July 29
/PRNewswire-FirstCall/ --", "CUPERTINO, CALIFORNIA — Apple today announced") is required:
no dateline, no press release (precision over recall; ``press_dateline``). The head is
read upwards from it (``press_parts``, tickers in ``press_tickers``), the body and tail
downwards (``press_about``, ``press_tail``), quotes from the body (``press_quotes``). Every
detector is a table of named patterns (``press_patterns``).
``parse_press_release`` returns the first release of a text, ``parse_press_releases`` each one
closed by an end mark over the next one's head. Never raises: odd input gives None (or []).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from ..lazy_re import lazy
from ..linescan import LinePattern
from .patterns import SIGNATURE_HEADING
from .press_about import (
    about_above_tail,
    about_after_safe_harbor,
    about_in,
    company_names,
    is_own,
)
from .press_contact_blocks import _person_list, _person_stack
from .press_contacts import (
    ADDRESS,
    call_paragraph,
    contact_block_end,
    contact_heading_lines,
    contact_key,
    contacts_in,
    heading_role,
)
from .press_dateline import (
    Dateline,
    dateline_fields,
    first_live_hint,
    is_firm,
    locate_announcement,
    locate_dateline,
    match_dateline,
)
from .press_parts import (
    PERIOD_HEADING,
    Head,
    date_line,
    highlights_in,
    is_sub_item,
    read_head,
    release_date_line,
)
from .press_parts import SIGN_OFF as _SIGN_OFF
from .press_patterns import (
    ABOUT_HEADING,
    ABOUT_STARTS,
    BULLET,
    CONTACT_HEADING,
    FLS_PHRASE,
    FURNITURE,
    ITEM_HEADING,
    LEAD_IN,
    NOTE_TO_EDITORS,
    PHONE,
    RELEASE_MARKER,
    any_of,
)
from .press_quotes import quotes_in
from .press_tail import END_FIRST, about_colon, forward_looking_in, is_end_mark
from .press_text import (
    ParagraphTexts,
    indent,
    is_unwrapped,
    iso_date,
    lines_holding,
    lines_of,
    more_words,
    normalised_text,
    prepare_lines,
    split_paragraphs,
)
from .press_tickers import find_tickers

__all__ = ["parse_press_release", "parse_press_releases"]

_TOP_LINES = 40  # how far above the headline a contact block or date line is looked for
_COMPANY_WORD = lazy(r"[ \t.,:;\u2013\u2014-]*([A-Z][A-Za-z0-9&.'-]*[A-Za-z0-9])")
_NOT_COMPANY = frozenset("The A An This Today Shares Net Revenue Revenues".split())
_COLUMN_GAP = lazy(r"[ \t]*\t[ \t]*| {3,}")  # between the columns of a typed row
# How a right column's release label opens: "FOR IMMEDIATE RELEASE:", "Release Date:", "NEWS
# RELEASE", "Embargoed ..." (a bare date there is another's, see _date_above)
_RIGHT_LABELS = ("for ", "release", "news", "press", "embargo")
_WIRE_STAMP = lazy(r"[ \t]*-0-[ \t]+(\d{1,2}/\d{1,2}/(?:19|20)\d\d)[ \t]*$")
# The last character of a (right-stripped) line that ends a sentence.
_RULE_CHARS = "-=_ \t"
_CID_BULLET = "(cid:127)"
_SENTENCE_END = frozenset(".!?:;\"\u201d)")


_INDENT = r"^[ \t]*"


def _after_indent(pattern: re.Pattern[str], indent: str) -> str:
    """The source of a line pattern without its leading ``indent`` part."""
    if not pattern.pattern.startswith(indent):
        raise ValueError(f"{pattern.pattern!r} does not start with {indent!r}")
    return pattern.pattern[len(indent) :]


# A line that ends a release quoted in an 8-K, as SIGNATURE_HEADING or ITEM_HEADING match
# the stripped line: one scan of the text after the dateline instead of a call per line.
# (Possessive indents: what follows them never opens with white space, and a line of
# blanks is ruled out in one step.)
_RELEASE_END = LinePattern(
    r"[^\S\n]*+(?:"
    + _after_indent(ITEM_HEADING, _INDENT)
    + "|"
    + _after_indent(SIGNATURE_HEADING, r"^[^\S\n]*")
    + ")"
)
# ANY_FURNITURE with the indent every FURNITURE pattern opens with read once per line, not
# once per pattern.
# (and "more" or "continued" between other marks: "– more –", "— MORE —", "/more/",
# "[more]", "(continued)", which HTML releases print as often as "- more -")
_MORE_MARKS = (
    r"[-\u2013\u2014/\[(]{1,3}[ \t]*(?i:more|continued)[ \t]*[-\u2013\u2014/\])]{1,3}[ \t]*$"
)
# (the first characters of all its branches, each of which tests its own: one test at most
# line starts, a wrapped line of prose opening in lower case, instead of one per branch)
_FURNITURE_FIRST = r"[EeNnPpMmFfHhLlAaSTD0-9<.(\[/\u2013\u2014-]"
_FURNITURE_LINES = LinePattern(
    rf"[ \t]*+(?={_FURNITURE_FIRST})(?:"
    + "|".join(f"(?:{_after_indent(p, _INDENT)})" for _, p in FURNITURE)
    + f"|(?:{_MORE_MARKS}))"
)


def parse_press_release(text: str, document: str, filed: str | None = None,
                        undated: bool = False,
                        on_error: Callable[[Exception], None] | None = None,
                        filers: Sequence[str] = ()) -> dict[str, Any] | None:
    """The press release in ``text`` (an 8-K item or an EX-99 document), or None. `filed`:
    the filing's date (ISO), which gives a yearless dateline ("Jan. 2 /PRNewswire/") its year.
    `undated`: the text is known to be a release (its exhibit is described as one), so one
    that prints no dateline opens at its announcement ("Acme Corp. today announced ...").
    `on_error` hears of an extractor that failed: the text then gives no release.
    `filers`: the registrants' names the filing's cover prints (an exhibit's release is read
    apart from it), which a dateline's words in capitals may be rather than a place."""
    try:
        prepared = _release_lines(text, undated)
        if prepared is None:
            return None
        lines, start, known = prepared
        return _parse(lines, (start, known), document, filed, undated, filers)[0]
    except Exception as exc:  # noqa: BLE001 - odd input must give None, never a crash
        if on_error is not None:
            on_error(exc)
        return None


_MAX_RELEASES = 20


def parse_press_releases(text: str, document: str, filed: str | None = None,
                         undated: bool = False,
                         on_error: Callable[[Exception], None] | None = None,
                         filers: Sequence[str] = ()) -> list[dict[str, Any]]:
    """Every release in ``text``, as ``parse_press_release`` reads the first: an exhibit
    may print several, each closed by its end mark ("###") over the next one's headline and
    dateline. A release that fails is the last read (``on_error`` hears of it)."""
    out: list[dict[str, Any]] = []
    try:
        prepared = _release_lines(text, undated)
        rest, start, known = prepared or (None, 0, None)
        while rest and len(out) < _MAX_RELEASES:
            release, rest = _parse(rest, (start, known), document, filed, undated and not out,
                                   filers)
            start, known = 0, None
            if release is None:
                break
            out.append(release)
    except Exception as exc:  # noqa: BLE001 - odd input must give what was read, never a crash
        if on_error is not None:
            on_error(exc)
    return out


def _prepared(text: str) -> list[str] | None:
    """The text's lines (prepare_lines); None for no text."""
    if not isinstance(text, str) or not text.strip():
        return None
    if "(cid:" in text:  # a PDF's bullet glyph as text extractors print it
        text = text.replace(_CID_BULLET, "\u2022")
    return prepare_lines(text)


def _release_lines(text: str, undated: bool = False
                   ) -> tuple[list[str], int, Dateline | None] | None:
    """_prepared's lines, the first that may open a dateline and its match_dateline (see
    first_live_hint: the lines above it are not read again); None where the text holds
    no release: empty, or (not ``undated``) no dateline to be found, told before its lines
    are made (most texts read are an 8-K's items, with no release)."""
    if not isinstance(text, str) or not text.strip():
        return None
    if "(cid:" in text:
        text = text.replace(_CID_BULLET, "\u2022")
    text = normalised_text(text)
    at, known = first_live_hint(text)
    if at < 0 and not undated:
        return None
    lines = lines_of(text)
    if at < 0:
        return lines, len(lines), None  # (an undated release: no dateline, its announcement)
    if len(lines) != text.count("\n") + 1:
        return lines, 0, None  # (blank lines dropped: the line's index is not read off the text)
    return lines, text.count("\n", 0, at), known


def _parse(lines: list[str], start: tuple[int, Dateline | None], document: str,
           filed: str | None, undated: bool = False, filers: Sequence[str] = ()
           ) -> tuple[dict[str, Any] | None, list[str] | None]:
    """The first release of ``lines``, and the lines from the next one's head (None: no
    other release follows). ``start``: no dateline opens above this line, whose
    match_dateline is given; ``filers``: the cover's registrant names."""
    found = _locate(lines, undated, *start, filers)
    while found is not None and (signed := _letter_end(lines, found[0])) is not None:
        if signed < 0:
            return None, None
        lines = lines[signed:]  # (a release may follow the signed letter)
        found = _locate(lines, undated, filers=filers)
    if found is None:
        return None, None
    d, name, match = found
    end, text, cut = _release_end(lines, d)
    head = read_head(lines, d)
    # (the release's lines joined and lower-cased once, for the substring scans of the
    # furniture, highlights and contact headings, and the search for a next release; a
    # line blanked as furniture still holds its text there, and each scan reads the line
    # itself before taking it)
    joined = "\n".join(lines[d:end])
    low = joined.lower()
    after = _next_release(lines, d, end, text, cut, match, head.headline,
                          low[len(lines[d]) + 1 :] if len(low) == len(joined) else None)
    if after is not None:
        end = after
        joined = "\n".join(lines[d:end])
        low = joined.lower()
    region = _drop_furniture(lines[d:end], head.headline, low)
    stripped = list(map(str.strip, region))  # read by every step below
    unwrapped = is_unwrapped(region)  # (read by both steps below)
    paras = _join_page_breaks(region, stripped, split_paragraphs(region, stripped, unwrapped),
                              not unwrapped)
    firsts = [region[s] for s, _ in paras]
    texts = ParagraphTexts(stripped, paras)

    # (dates near the dateline, joined only for a dateline that prints no year)
    context = partial(_joined, lines, head.top, min(end, d + 600))
    dateline = dateline_fields(match, context, filed or _wire_stamp(lines, d, end))
    if dateline["date"] is None:
        dateline["date"] = _date_over(lines, d, match)
    company = _company_word(lines[d], match)
    names = company_names(texts[0], company, head.headline) if texts else {}
    about = about_in(firsts, texts, company, names)
    fls = forward_looking_in(firsts, texts, company)
    if fls is not None and (about is None or not is_own(about[2], names)):
        own = about_after_safe_harbor(firsts, texts, fls[1], company, names, about is not None)
        if own is not None:  # (the body ends at another's About above the safe harbour)
            about = own if about is None else (about[0], own[1], own[2])
    body_end = _body_end(firsts, texts, about, fls)
    if about is None and body_end > 1:
        about = about_above_tail(texts, body_end, names)
        body_end = about[0] if about else body_end
    body = [t for t in texts[:body_end] if not _is_divider(t)]
    tail_end = max(body_end, about[1] if about else 0, fls[1] if fls else 0)
    tail_line = paras[tail_end - 1][1] if tail_end else 0

    top = _top_start(lines, head)
    ticker_text = "\n".join(lines[top:d]) + "\n" + "\n".join(region[:tail_line])
    # where the release names its company: a firm before a dash in its contacts
    firms = (about[2]["company"] if about else "", head.headline or "",
             lines[d][match.end() :] + " " + (lines[d + 1] if d + 1 < len(lines) else ""))
    contacts = _contacts(lines, top, head.top, d, region, low, firms, joined)
    if after is not None and not contacts:
        # a release whose contacts follow its own end mark, over the next release's head
        start = after
        after = _trailing_contacts(lines, after)
        contacts = _contacts_below(lines[start:after], firms)
    release = {
        "document": document,
        "date": dateline["date"] or head.date or _date_above(lines, top, head.top),
        "headline": head.headline,
        "subheadlines": head.subheadlines,
        "dateline": None if name == "announcement" else dateline,  # none printed
        "tickers": find_tickers(ticker_text),
        # the whole release: a "Financial Highlights:" list may follow the tables at its end
        "highlights": _more_highlights(head.highlights + highlights_in(region, low), firsts,
                                       texts, body_end),
        "quotes": quotes_in(body, [(c["name"], _job(c["role"])) for c in contacts
                                   if c["name"]], [head.headline or "", *head.subheadlines]),
        "body": "\n\n".join(body),
        "about": about[2] if about else None,
        "forward_looking_statements": fls[2] if fls else None,
        "contacts": contacts,
    }
    return release, (lines[after:] if after is not None else None)


# A letter's salutation ("Dear Fellow Shareholders:", "DEAR STOCKHOLDER,", "To Our
# Shareholders:", "Fellow Stockholders,") and sign-off ("Sincerely,", "Very truly yours,")
_SALUTATION = lazy(r"^[ \t]*+(?:(?:Dear|DEAR)[ \t]+[A-Z][^\n]{0,80}[,:]"
                   r"|(?i:(?:to[ \t]+(?:our|all|the)[ \t]+(?:fellow[ \t]+)?|fellow[ \t]+)"
                   r"(?:share|stock|unit)holders)[,:]?)[ \t]*$", re.M)
_LETTER_LINES = 300  # how far above the dateline a salutation is looked for


def _locate(lines: list[str], undated: bool, start: int = 0, known: Dateline | None = None,
            filers: Sequence[str] = ()) -> tuple[int, str, re.Match[str]] | None:
    found = locate_dateline(lines, labels=True, start=start, known=known, filers=filers)
    return locate_announcement(lines) if found is None and undated else found


def _letter_end(lines: list[str], d: int) -> int | None:
    """None, unless dateline d stands inside a letter ("Dear Shareholders: ... Today we
    announced ..."), under a salutation with no sign-off between: then the line after the
    letter's sign-off below d (-1: none within reach)."""
    above = "\n".join(lines[max(0, d - _LETTER_LINES) : d])
    if "Dear" not in above and "DEAR" not in above and "olders" not in above \
            and "OLDERS" not in above:
        return None
    salutes = list(_SALUTATION.finditer(above))
    if not salutes or _SIGN_OFF.search(above, salutes[-1].end()) is not None:
        return None
    below = "\n".join(lines[d : d + _LETTER_LINES])
    sign = _SIGN_OFF.search(below)
    return -1 if sign is None else d + 1 + below.count("\n", 0, sign.start())


# The end marks that close a release ("# # #", "-###-", "- END -", "-30-", "(END)", "* * *",
# PR Newswire's "-0-"), not a wire's "SOURCE" trailer, which more lines of the same release
# follow (a next release is only read where a headline and an announcing dateline follow)
# (a possessive indent: no mark opens with a blank, and an indented line of prose or a
# table's row, most lines of a typed release, is ruled out in one step, not once for each
# shorter indent it could give back)
_CLOSED = LinePattern(
    r"[ \t]*+(?:#[ \t]*#[ \t]*#[# \t]*+|\*[ \t]*\*[ \t]*\*[* \t]*+|-0-(?:[ \t]+\d\d/\d\d/\d{4})?"
    r"|[-\u2013\u2014]{1,2}[ \t]*(?:#[ \t]*#[ \t]*#[# \t]*+"
    r"|(?i:end))[ \t]*[-\u2013\u2014]{1,2}|[-\u2013][ ]?30[ ]?[-\u2013]|\((?i:end)\))[ \t]*$"
)
_NEXT_HEAD_LINES = 80  # how far below the end mark the next release's dateline may be


def _next_release(lines: list[str], d: int, end: int, text: str, cut: int,
                  first: re.Match[str], headline: str | None, low: str | None = None
                  ) -> int | None:
    """The line after the end mark that closes the release of dateline d, when another
    release follows it: a headline and a dateline (a release may print its tables, or its
    contacts, below its end mark: those are no release). ``text``: the lines after d
    joined, ``cut``: where line ``end`` starts in it; ``first``: dateline d's match, and
    ``headline`` its release's. A supplement to the first release (see _supplement) is
    passed over: the release after its own end mark, if any, is judged as the first one
    after d is. ``low``: ``text`` up to ``cut`` lower-cased, when the caller has it."""
    at = 0
    ours: list[set[str]] = []  # the first's lead words, read once (see _supplement)
    counted, k = 0, d + 2  # (lines counted up to the last mark: a count from 0 each time
    # is quadratic in the marks of an exhibit of thousands of releases)
    while (m := _CLOSED.search(text, at, cut)) is not None:
        start = _CLOSED.line_start(m)
        k += text.count("\n", counted, start)
        counted = start
        window = lines[k : min(end, k + _NEXT_HEAD_LINES)]
        # (no dateline search where no paragraph can announce)
        found = locate_dateline(window, labels=True) if _may_announce(window) else None
        read = None if found is None or not _announces(window, found[0]) else read_head(
            window, found[0])
        if found is None or read is None or read.headline is None:
            # the first mark closing no release over another: it may be the next one's own
            # (a release printing no end mark over one that does)
            return None if at else _markless_next(lines, d, text, start, first, headline, low)
        head = read.headline
        if not (_same_dateline(first, found[2])
                and _supplement(lines, d, first, (headline, ours), head, window, found)
                and not _own_tail(lines, k, end, text, cut, m.end())):
            # a later end mark over the next head closes the release: the first was a
            # divider inside it ("* * *" over its conference call, About and contacts)
            return k + _last_mark(window, read.top)
        at = m.end()
    return _markless_next(lines, d, text, cut, first, headline, low) if at == 0 else None


_MARKLESS_TRIES = 8  # announcing phrases looked at below a release printing no end mark
_LABEL_ABOVE = any_of(*(p for name, p in FURNITURE if name in ("exhibit", "release_marker")))


def _markless_next(lines: list[str], d: int, text: str, cut: int, first: re.Match[str],
                   headline: str | None, low: str | None = None) -> int | None:
    """The first line of the next release when the release of dateline d prints no end mark
    (1990s exhibits print several one after the other, each under its own label, headline
    and dateline): a paragraph below the lead whose dateline announces ("CLEVELAND, Ohio,
    February 12, 1997 -- Acme Corp. today declared ...") under a headline of its own, not a
    supplement repeating the first release's dateline and lead. Its label ("FOR IMMEDIATE
    RELEASE") right above the head goes with it."""
    at = text.find("\n\n", 0, cut)  # (past the lead's own paragraph)
    if headline is None or at < 0:
        return None
    # (a literal search: each _ANNOUNCES match holds one; ``low``: text lower-cased, if the
    # caller has it)
    low_text = text[at:cut].lower() if low is None else low[at:cut]
    hits = sorted(h for word in ("today", "terday") for h in _finds(low_text, word))
    k, counted = d + 1, 0
    for hit in hits[:_MARKLESS_TRIES]:
        if _ANNOUNCES.search(text, at + hit - 16, at + hit + 24) is None:
            continue  # ("today" in a sentence that announces nothing)
        k += text.count("\n", counted, at + hit)
        counted = at + hit
        low = max(d + 2, k - _ANNOUNCE_LINES + 1)
        found = locate_dateline(lines[low : k + 2])
        if found is None or found[0] + low > k or not _announces(lines, found[0] + low):
            continue
        j = found[0] + low
        head = read_head(lines, j)
        if head.headline is None or head.top <= d + 1 or (
                _same_dateline(first, found[2])
                and _supplement(lines, d, first, (headline, []), head.headline, lines, (
                    j, found[1], found[2]))):
            continue
        return _contacts_over(lines, d, _lead_in_above(lines, d, head), j)
    return None


_BLOCK_LINES = 12  # the most lines of a contact block printed over a release's head


def _contacts_over(lines: list[str], d: int, top: int, j: int) -> int:
    """The first line of the release of dateline j found below the one of dateline d,
    whose head opens at ``top``, or of the contact block printed right over that head (and
    of the label over the block: "Exhibit 99.1" / "CONTACT: ..." / the headline), which is
    the next release's unless that one prints its own below (see _trailing_contacts)."""
    b = top - 1
    while b > d + 1 and not lines[b].strip():
        b -= 1
    s = b
    while s - 1 > d + 1 and lines[s - 1].strip() and b - s < _BLOCK_LINES:
        s -= 1
    if s == b or s <= d + 1 or not contact_heading_lines(lines, s, s + 1) \
            or contact_block_end(lines, s) <= b or _own_contacts_below(lines, j):
        return top
    a = s - 1
    while a > d + 1 and not lines[a].strip():
        a -= 1
    return a if _LABEL_ABOVE.match(lines[a]) else s


_LEAD_IN_LINES = 3  # the most lines of a lead-in's paragraph


def _lead_in_above(lines: list[str], d: int, head: Head) -> int:
    """The first line of a release found below the one of dateline d: its head, or the
    label ("FOR IMMEDIATE RELEASE") or an 8-K's lead-in paragraph ("On March 5, 1998, the
    Registrant issued the following press release:") right above it."""
    above = head.stop
    if above <= d:
        return head.top
    if _LABEL_ABOVE.match(lines[above]):
        return above
    if not lines[above].rstrip().endswith((":", ".")) or heading_role(lines[above]):
        return head.top
    while above - 1 > d and lines[above - 1].strip() and above > head.stop - _LEAD_IN_LINES:
        above -= 1  # (to the first line of the lead-in's paragraph)
    para = " ".join(line.strip() for line in lines[above : head.stop + 1])
    return above if LEAD_IN.search(para) else head.top


def _finds(text: str, word: str) -> list[int]:
    """Where ``word`` starts in ``text``, up to _MARKLESS_TRIES times."""
    out: list[int] = []
    at = text.find(word)
    while at >= 0 and len(out) < _MARKLESS_TRIES:
        out.append(at)
        at = text.find(word, at + 1)
    return out


_MARK_FIRST = frozenset("#*-\u2013\u2014(")


def _last_mark(window: list[str], top: int) -> int:
    """The line after the last end mark above line ``top`` of ``window``, else 0."""
    for j in range(top - 1, -1, -1):
        s = window[j].lstrip()
        if s[:1] in _MARK_FIRST and _CLOSED.first.match(window[j]):
            return j + 1
    return 0


def _trailing_contacts(lines: list[str], k: int) -> int:
    """Where the next release starts, k (the line after the end mark) or past the contact
    block printed right under the mark, above the next release's head: called for a release
    with no contacts of its own, whose contacts those are when the next release prints its
    own below its body or under its own end mark (releases of one exhibit print them in one
    place; a block over a headline is that release's where no other is found)."""
    window = lines[k : k + _NEXT_HEAD_LINES]
    first = next((j for j, line in enumerate(window) if line.strip()), None)
    found = locate_dateline(window, labels=True)
    if first is None or found is None or not contact_heading_lines(window, first, first + 1):
        return k
    head = read_head(window, found[0])
    if head.headline is None or head.top <= first:
        return k
    headings = contact_heading_lines(window, first, head.top)
    stop = min(max(contact_block_end(window, h) for h in headings), head.top)
    if first <= head.stop < stop:
        stop = head.stop + 1  # the walk up from the next dateline stopped inside the block
    return k + stop if _own_contacts_below(lines, k + found[0]) else k


_FOLLOWING = 3  # how many releases on a block under each one's end mark is followed


def _own_contacts_below(lines: list[str], d: int, depth: int = _FOLLOWING) -> bool:
    """Whether the release of dateline d prints contacts below it: over its end mark, or
    under it, with no release following them or one that prints its own below it too
    (three releases, each with its contacts under its end mark)."""
    text = "\n".join(lines[d + 1 :])
    m = _CLOSED.search(text)
    mark = d + 2 + text.count("\n", 0, _CLOSED.line_start(m)) if m else len(lines)
    if contact_heading_lines(lines, d + 1, mark - 1):
        return True
    first = next((j for j in range(mark, min(len(lines), mark + _NEXT_HEAD_LINES))
                  if lines[j].strip()), None)
    if first is None or not contact_heading_lines(lines, first, first + 1):
        return False
    window = lines[first : first + _NEXT_HEAD_LINES]  # (no next release's head under them)
    found = locate_dateline(window, labels=True)
    if found is None or read_head(window, found[0]).headline is None:
        return True
    return depth > 0 and _own_contacts_below(lines, first + found[0], depth - 1)


# A supplement's headline: "Supplemental Information", "Supplementary Financial Data",
# "Supplemental Operating Statistics", "Acme Reports Fourth Quarter Results (continued)";
# not news that opens with the word ("Supplemental Dividend Declared", "Supplemental
# Distribution Approved")
_SUPPLEMENT_HEAD = lazy(
    r"(?i:supplement(?:al|ary)\b(?![^\n]{0,200}?\b(?:dividends?|distributions?|declare[sd]?"
    r"|announce[sd]?|approve[sd]?|pays?|paid)\b)|[^\n]{0,200}\((?:continued|cont'd\.?)\)$)")
_LEAD_WORDS = 40  # the lead's first words compared
_LEAD_SHARE = 0.75  # of the shorter lead's words the other must hold


def _supplement(lines: list[str], d: int, first: re.Match[str],
                known: tuple[str | None, list[set[str]]], head: str,
                window: list[str], found: tuple[int, str, re.Match[str]]) -> bool:
    """Whether the release found in ``window`` after the end mark, under the first's own
    dateline, is a supplement to it: its headline says so, or repeats the first's, or its
    lead repeats the first's ("HOUSTON--(BUSINESS WIRE)--Feb. 25, 2021--Acme Energy today
    reported fourth-quarter results" over tables). A dividend or a conference call of the
    same day and place announces something else: a release of its own. ``known``: the
    first's headline, and its lead words once read (kept for the next call)."""
    if _SUPPLEMENT_HEAD.match(head.strip()):
        return True
    headline, memo = known
    if " ".join(head.split()).lower() == " ".join((headline or "").split()).lower():
        return True
    if not memo:
        memo.append(_lead_words(lines, d, first))
    ours, theirs = memo[0], _lead_words(window, found[0], found[2])
    least = min(len(ours), len(theirs))
    return least >= 5 and len(ours & theirs) >= _LEAD_SHARE * least


_WORD = lazy(r"[A-Za-z0-9][A-Za-z0-9$.,']*+")
# A sentence's end: "... per diluted share. The", not "Inc. The", "U.S. Steel", "Mr. Smith"
_FIRST_STOP = lazy(r"(?<![A-Z])[a-z0-9%)]{2}\.[ \t]+(?=[A-Z\"\u201c])")


def _lead_words(lines: list[str], j: int, m: re.Match[str]) -> set[str]:
    """The words (of three or more characters, lower-cased) of the first sentence of the
    paragraph of dateline line j, after the dateline ``m``."""
    para = [m.string[m.end():]]
    for line in lines[j + 1 : j + _ANNOUNCE_LINES]:
        if not line.strip():
            break
        para.append(line)
    lead = " ".join(para)[:600]
    if (stop := _FIRST_STOP.search(lead)) is not None:
        lead = lead[: stop.start() + 2]
    words = [w.rstrip(".,").lower() for w in _WORD.findall(lead)]
    return {w for w in words[:_LEAD_WORDS] if len(w) > 2}


def _same_dateline(a: re.Match[str], b: re.Match[str]) -> bool:
    """Whether two datelines give the same place and date (a wire's credit aside); yearless
    ones, the same text (spacing and case aside)."""
    fa, fb = dateline_fields(a, ""), dateline_fields(b, "")
    if fa["date"] and fb["date"]:
        return fa["date"] == fb["date"] and (fa["city"] or "").lower() == (fb["city"] or "").lower()
    return " ".join(a.group().split()).lower() == " ".join(b.group().split()).lower()


def _own_tail(lines: list[str], k: int, end: int, text: str, cut: int, at: int) -> bool:
    """Whether the lines from k (after the end mark that ends at ``at`` in ``text``) up to
    the next end mark, or line ``end``, hold an About heading or a contact heading."""
    nxt = _CLOSED.search(text, at, cut)
    # (the mark's line is k - 1)
    stop = end if nxt is None else k - 1 + text.count("\n", at, _CLOSED.line_start(nxt))
    if contact_heading_lines(lines, k, stop):
        return True
    return any(s.lstrip(" \t").startswith(ABOUT_STARTS)
               and ABOUT_HEADING.match(about_colon(s)) for s in lines[k:stop])


# The next release's announcing words in its dateline's paragraph ("... (Nasdaq: CTSO) today
# announced"): a table row ("Balance, December 31, 2019 -- (1,000)"), a dividend schedule
# ("Record Date, March 15, 2021 --") or a statements page ("Houston, Texas, February 25,
# 2021 - Unaudited") after the end mark prints none
_ANNOUNCES = lazy(
    r"(?i:\b(?:today|yesterday)[ \t]+(?:announced|reported|said|released|unveiled|introduced"
    r"|declared|named|completed|launched|provided)\b|\b(?:announced|reported|declared)[ \t]+"
    r"today\b)"
)
_ANNOUNCE_LINES = 4


def _announces(window: list[str], j: int) -> bool:
    """Whether dateline line j's paragraph (its first lines) announces."""
    para = []
    for line in window[j : j + _ANNOUNCE_LINES]:
        if not line.strip():
            break
        para.append(line)
    return _ANNOUNCES.search(" ".join(para)) is not None


def _may_announce(window: list[str]) -> bool:
    """A cheap test every _announces of ``window`` needs: each _ANNOUNCES match holds
    "today" or "yesterday" (caseless letters with no non-ASCII twin), which locating the
    dateline (splitting or joining lines) never makes."""
    low = "\n".join(window).lower()
    return "today" in low or "terday" in low


# A heading over a list of the release's key points that does not say "Highlights": "Key
# Points:", "Key Financial Results:", "Recent Developments", "Fourth Quarter Key Findings",
# "RECENT BUSINESS UPDATES", a period's summary ("Fourth Quarter Summary", "First-Quarter
# 2022 Summary")
_LIST_HEADING = lazy(
    r"(?:[A-Z0-9][\w'&/-]*[ \t]+){0,5}(?i:key[ \t]+"
    r"(?:(?:financial|operating|operational|business|strategic)[ \t]+)?"
    r"(?:points|findings|takeaways|facts|"
    r"results|developments|accomplishments|achievements)|recent[ \t]+(?:(?:business|corporate|"
    r"operational|company)[ \t]+)?(?:developments|events|updates?|accomplishments|achievements)|"
    r"(?:business|corporate|operational)[ \t]+(?:developments|updates?|accomplishments)|"
    r"(?:(?:[a-z]+-)?(?:quarter|year|half)(?:-to-date)?|fiscal|q[1-4])(?:[ \t]+\d{4})?"
    r"[ \t]+(?:(?:financial|results|operating)[ \t]+)?summary)"
    r"(?:[ \t]+(?i:include|included|were|are))?[ \t]*:?"
)
# How a listed item opens: a bullet, a number ("(1)", "2.", "3)") or an em dash
_ITEM_MARK = any_of(BULLET, lazy(r"[ \t]*(?:\(\d{1,2}\)|\d{1,2}[.)]|\u2014)[ \t]+(?=\S)"))
_LIST_ITEMS = 20


def _more_highlights(found: list[str], firsts: Sequence[str], texts: Sequence[str],
                     body_end: int) -> list[str]:
    """``found`` and the listed items under a key-points heading of another name (\"Key
    Points:\", \"Recent Developments\"); items only: a section of prose under such a heading
    has none. Such headings are the body's (before ``body_end``); the tables below it are
    not read. (A list right under the dateline's paragraph is no heading's: an agenda, the
    call's dial-in, an offering's terms as often as the quarter's points.)"""
    out = list(found)
    seen = set(found)
    # (one scan of the first lines joined: a heading's words are on its first line)
    low = "\n".join(firsts[:body_end]).lower()
    starts = [i + 1 for i in lines_holding(low, *_KEY_WORDS)
              if 0 < i < len(texts) - 1 and _is_list_heading(firsts[i], texts, i)]
    for i in starts:
        top, top_at = "", 0  # the mark of the list's first item, and its indent
        opened = len(out)
        parent = ""  # the last item of the list's first level, as printed
        while i < len(texts) and len(out) - len(found) < _LIST_ITEMS:
            mark = _ITEM_MARK.match(texts[i])
            if mark is None or "...." in texts[i]:  # (a contents' leader dots: no points)
                break
            item = texts[i][mark.end():].strip()
            first = firsts[i]
            at = indent(first)
            if len(out) > opened and item and _sub_item(firsts, texts, i, at, (top, top_at),
                                                        parent):
                out[-1] = f"{out[-1]} {item}"  # "o" under a "*" item details it, as under
                # a "Highlights" heading (Horizon Financial 2008)
            elif item and item not in seen:
                seen.add(item)
                out.append(item)
                parent = item
                if not top:
                    top, top_at = first.lstrip()[:1], at
            i += 1
    return out


def _sub_item(firsts: Sequence[str], texts: Sequence[str], i: int, at: int,
              level: tuple[str, int], above: str) -> bool:
    """Whether listed paragraph i (``at``: its indent) is a second-level item of the list
    whose first mark and indent are ``level`` (``is_sub_item``): set right of the first
    items, or, in rendered HTML (no indent), under an item ending in ":" (``above``), or with
    the list going on under its first mark after it (a flat list's restyled marks never
    come back)."""
    first = firsts[i]
    top, top_at = level
    if not is_sub_item(first, first.strip(), at, top, top_at):
        return False
    if at > top_at or above.endswith(":"):
        return True
    for j in range(i + 1, min(len(texts), i + _LIST_ITEMS)):
        if _ITEM_MARK.match(texts[j]) is None:
            break
        if firsts[j].lstrip()[:1] == top:
            return True
    return False


_KEY_WORDS = ("key ", "recent ", "update", "developments", "accomplishments", "summary",
              "results:")


def _is_list_heading(first: str, texts: Sequence[str], i: int) -> bool:
    """Whether paragraph i (``first``: its first line, which holds a key word) is a
    key-points heading."""
    if len(first) > 90:
        return False
    text = texts[i]
    return not more_words(text, 8) and (_LIST_HEADING.fullmatch(text) is not None or (
        text[-1:] == ":" and PERIOD_HEADING.fullmatch(text) is not None))


def _job(role: str | None) -> str | None:
    """A contact's role as a speaker's: a job, not the heading it was listed under ("Media
    Contact", "Investor Inquiries")."""
    low = (role or "").lower()
    return None if not role or "contact" in low or "nquir" in low else role


def _company_word(line: str, match: re.Match[str]) -> str | None:
    """First word of the company named after the dateline: "Apple® today announced"."""
    m = _COMPANY_WORD.match(line.lstrip(" \t"), match.end())
    return m.group(1) if m and m.group(1) not in _NOT_COMPANY else None


def _wire_stamp(lines: list[str], d: int, end: int) -> str | None:
    """The date of PR Newswire's "-0-   09/12/2003" trailer line, as ISO: it dates a
    yearless dateline ("CHICAGO, Sept. 12 /PRNewswire/") when the filing gives no date."""
    for line in lines[d + 1 : min(end, d + 400)]:
        if line[:1] in " \t-" and "-0-" in line:
            m = _WIRE_STAMP.match(line)
            if m:
                return iso_date(m.group(1))
    return None


def _joined(lines: list[str], start: int, end: int) -> str:
    """Lines ``start`` to ``end`` joined (see dateline_fields' context)."""
    return "\n".join(lines[start:end])


def _join_page_breaks(
    lines: list[str], stripped: list[str], paras: list[tuple[int, int]],
    wrapped: bool | None = None
) -> list[tuple[int, int]]:
    """Rejoin a paragraph cut by a page break: the next part opens in lower case after a
    part that did not end a sentence (Apple 2011: "...including the Company's" / "from time
    to time in the Company's public reports"). ``wrapped``: not is_unwrapped(lines), if the
    caller has it."""
    out: list[tuple[int, int]] = []
    if wrapped is None:
        wrapped = not is_unwrapped(lines)
    for start, end in paras:
        if out:
            last = stripped[out[-1][1] - 1]
            if last[-1:] not in _SENTENCE_END:
                first = stripped[start]
                # lower case goes on; so does a capital after a full wrapped line (Stockwalk
                # 2000), but not after a table row (columns: Horizon Financial 2006)
                # (not after or before a heading alone on its line: "Safe Harbor Statement
                # under the Private Securities Litigation Reform Act of 1995" is as long as
                # a wrapped line, and so is the rule under it; "Recent Developments" under a
                # listed item)
                runs_on = first[:1].islower() or wrapped and first[:1].isalnum() \
                    and 60 <= len(last) <= 100 and last.strip(_RULE_CHARS) != "" \
                    and "   " not in last and "\t" not in last \
                    and not (out[-1][1] - out[-1][0] == 1 and "," not in last
                             and _head_like(last)) \
                    and not (end - start == 1 and not more_words(first, 8) and _head_like(first)
                             and first[-1] != "." and (not last[-1].isalnum()
                                                       or _ITEM_MARK.match(stripped[out[-1][0]])))
                # (a heading's comma-less; one comes after a listed item or a closing mark
                # (".''"), not after a word: "Dallas, Texas" after "... of", and
                # "January 1, 1998." ending a sentence, run on)
                # (a lower-case "o" and a blank: Word's outline bullet in text filings)
                if runs_on and first[:2] not in _O_BULLETS:
                    out[-1] = (out[-1][0], end)
                    continue
        out.append((start, end))
    return out


_O_BULLETS = ("o ", "o\t")


# "Page 2", "Page 2 of 4", "Add 1": the label a continued release prints under its running
# head
_PAGE_LABEL = lazy(r"[ \t]*(?i:page[ \t]+\d|add[ \t]+(?:\d|one|two|three|four|five|six))")
# A page label in a running head: "Page 2", "Page 3 of 5", a wire's "Add 1", "ADD TWO"
_LABEL = (
    r"(?i:page|add)[ \t]+(?:\d{1,3}(?:[ \t]+(?i:of)[ \t]+\d{1,3})?"
    r"|(?i:one|two|three|four|five|six|seven|eight|nine|ten))"
)
# A running head with its page label at the end: "Acme Widget Corporation - Page 2",
# "ACME WIDGET CORPORATION, PAGE 4", "Third Quarter Results | Page 3 of 5", "ACME CORP. --
# ADD 1", or set apart by a column gap: "Acme Widgets, Inc.    Page 2 of 4" (a page's
# footer); or first, before a short name: "Add 1 - Acme Widgets Corp.", "Page 2 -- Acme"
_HEAD_WITH_LABEL = lazy(
    rf"[ \t]*(?:(?P<name>[A-Z][^\n]{{1,80}}?)"
    rf"(?:[ \t]*[-,|/:\u2013\u2014][ \t]*|[ \t]{{2,}}|\t){_LABEL}"
    rf"|{_LABEL}[ \t]*(?:[-|/\u2013\u2014]{{1,2}}|,)[ \t]*(?P<after>[A-Z][^\n:]{{1,60}}))[ \t]*$"
)
# Lower-case words a running head's name may hold ("Results for the Third Quarter")
_HEAD_SMALL_WORDS = frozenset("of and the for in on to a an at by with &".split())


def _head_with_label(line: str) -> bool:
    """Whether ``line`` is a running head with its page label, the rest a short name or
    heading in capitals or title case ("ACME CORP. -- ADD 1", "Add 1 - Acme Widgets Corp."),
    no prose line that happens to end "..., by the end of 2026, add 150"."""
    m = _HEAD_WITH_LABEL.match(line)
    if m is None:
        return False
    if (name := m.group("name")) is not None:
        # (a name's small words in lower case; a word in lower case else is prose's)
        return all(w[:1].isupper() or not w[:1].isalpha() or w in _HEAD_SMALL_WORDS
                   for w in name.split())
    # (the label first: a name only, "Add 1 - Acme Widgets Corp.", no "Line 4 of the ...")
    return all(w[:1].isupper() or w in "&-" for w in m.group("after").split())
_RUNNING_HEAD_LINES = 3


def _drop_furniture(lines: list[str], headline: str | None = None, low: str | None = None
                    ) -> list[str]:
    """Blank "Exhibit 99.1-1", "(more)", page numbers: page furniture inside a release; and
    the headline printed again alone on its line, a running head over a page whose label
    is gone (HTML rendered without its page numbers). ``low``: the lines joined and
    lower-cased, when the caller has them."""
    out = list(lines)
    if low is None:
        low = "\n".join(lines).lower()
    if headline and len(headline) <= 200:
        for i in _headline_again(lines, low, headline):
            out[i] = ""
    for i in _FURNITURE_LINES.matching_lines(lines):
        if len(lines[i]) <= 90:  # furniture is short; an HTML paragraph never is
            out[i] = ""
            if _PAGE_LABEL.match(lines[i]):
                for j in _running_head(lines, i):
                    out[j] = ""
    for i in _labelled_heads(lines, low):
        for j in (i, *_running_head(lines, i)):
            out[j] = ""
    for top, end in _page_letterheads(lines, out, low):
        out[top:end] = [""] * (end - top)
    return out


def _headline_again(lines: list[str], low: str, headline: str) -> list[int]:
    """Lines (after the first) that print only the headline, between blank lines (``low``:
    the lines joined and lower-cased)."""
    key = headline.lower()
    return [i for i in lines_holding(low, key)
            if 0 < i < len(lines) - 1 and not lines[i - 1].strip()
            and not lines[i + 1].strip() and lines[i].strip().lower() == key]


# What is left of a phone line once its numbers and labels are gone: "Phone: 401-831-6755
# Fax: 401-831-6758", "(201) 567-5648, (201) 567-2203 fax"
_PHONE_LABEL = lazy(r"(?i:tele(?:phone|fax)|phone|tel|facsimile|fax|toll[- ]free)")
_LABEL_LEFT = " \t.,:;/|()-"
_LABEL_WORDS = ("fax", "phone", "tel", "facsimile")  # "telephone", "telefax" hold one
_LETTERHEAD_LINES = 4  # a rule, two address lines, a phone line


def _is_phone_line(s: str) -> bool:
    if not PHONE.may_match(s):  # (its guard first: most lines holding "tel" are prose)
        return False
    rest, n = PHONE.pattern.subn("", s)
    return n > 0 and not _PHONE_LABEL.sub("", rest).strip(_LABEL_LEFT)


def _is_address_line(s: str) -> bool:
    return len(s) <= 90 and len(s.split()) <= 12 and s[-1] != "." and bool(ADDRESS.search(s))


def _page_letterheads(lines: list[str], out: list[str], low: str) -> list[tuple[int, int]]:
    """Page-foot letterheads inside a release: lines [top, end) that hold only an address and
    a phone/fax line (a rule above them may be), set off by blank lines, with text above and
    below, and clearly page furniture: next to a dropped "- MORE -" or page number, cutting a
    sentence in two, or with an address line printed again elsewhere in the release
    (Innovative Clinical Solutions 2000, Asta Funding 2005)."""
    found: list[tuple[int, int]] = []
    n, end = len(lines), 0
    for i in _labelled_lines(low):  # (a line blanked since holds no phone: skipped)
        if i < end or not _is_phone_line(out[i].strip()):
            continue
        top, end = i, i + 1
        while top > 0 and out[top - 1].strip() and i - top < _LETTERHEAD_LINES:
            top -= 1
        while end < n and out[end].strip() and end - top < _LETTERHEAD_LINES:
            end += 1
        block = [out[k].strip() for k in range(top, end)]
        if (top > 0 and out[top - 1].strip()) or (end < n and out[end].strip()):
            continue  # not set off by blank lines (or longer than a letterhead)
        if block[0].strip(_RULE_CHARS) == "" and len(block) > 2:
            block = block[1:]
        addresses = [s for s in block if not _is_phone_line(s)]
        if not addresses or not all(map(_is_address_line, addresses)):
            continue
        above = next((k for k in range(top - 1, -1, -1) if lines[k].strip()), None)
        below = next((k for k in range(end, n) if lines[k].strip()), None)
        if above is None or below is None or lines[above].rstrip().endswith(":"):
            continue  # the release's foot (where it does no harm), or an address led into
        if _at_page_break(lines, out, above, below) or _repeated(lines, top, end, addresses):
            found.append((top, end))
    return found


def _labelled_lines(text: str) -> list[int]:
    """Indices of the lines with a phone or fax label in the lines joined and lower-cased."""
    return lines_holding(text, *_LABEL_WORDS)


def _at_page_break(lines: list[str], out: list[str], above: int, below: int) -> bool:
    """A dropped furniture line next to the block, or a sentence cut by it (the next line
    goes on in lower case)."""
    if not out[above].strip() or not out[below].strip():
        return True
    last = out[above].rstrip()
    return last[-1:] not in _SENTENCE_END and out[below].lstrip()[:1].islower()


def _repeated(lines: list[str], top: int, end: int, addresses: list[str]) -> bool:
    """Whether an address line of the block is printed again, alone on a line, elsewhere."""
    wanted = set(addresses)
    return any(
        k not in range(top, end) and lines[k].strip() in wanted
        for k in range(len(lines)) if lines[k][-1:].isdigit()
    )


def _labelled_heads(lines: list[str], text: str) -> list[int]:
    """Lines that are a running head with its page label last or first, after a blank line
    and over the rest of the head ("Acme Widget Corporation - Page 2" / "Third Quarter
    Results", "Add 1 - Acme Widgets Corp.";
    ``text``: the lines joined and lower-cased)."""
    return [i for i in lines_holding(text, "page ", "add ")
            if len(lines[i]) <= 100 and i > 0 and not lines[i - 1].strip()
            and _head_with_label(lines[i])]


def _running_head(lines: list[str], i: int) -> range:
    """The lines of the head over the page label on line i ("HRZB-Reports Second Quarter
    Fiscal 2009 Results" / "October 23, 2008" / "Page 4", Horizon 2008): up to three short
    lines right above it, a blank line above them, the last ending no sentence. With a
    blank line right above the label, the head is under it ("Page 3" / "Acme Reports Third
    Quarter Results" / "October 21, 1998"), a blank line below it."""
    top = i
    while top > 0 and i - top < _RUNNING_HEAD_LINES and 0 < len(lines[top - 1].strip()) <= 80:
        top -= 1
    if top == i:
        end = i + 1
        while end < len(lines) and end - i <= _RUNNING_HEAD_LINES \
                and 0 < len(lines[end].strip()) <= 80:
            end += 1
        if end == i + 1 or (end < len(lines) and lines[end].strip()) or not all(
                _head_like(lines[j].strip()) for j in range(i + 1, end)):
            return range(0)
        return range(i + 1, end)
    if (top > 0 and lines[top - 1].strip()) or _ends_text(lines[i - 1].strip()):
        return range(0)
    return range(top, i)


def _head_like(s: str) -> bool:
    """A running head's line under its label: a title, name or date, not a paragraph's
    first lines ("The Board also declared ..., payable" / "January 15, 1999.")."""
    if s[-1] in ":;,!?" or (s[-1] == "." and more_words(s, 3)):
        return False
    words = [w for w in s.split() if len(w) > 3 and w[0].isalnum()]
    return sum(w[0].isupper() or w[0].isdigit() for w in words) >= 0.75 * len(words)


def _ends_text(last: str) -> bool:
    """Whether a head's last line reads as text: it leads on, or ends a sentence."""
    return last[-1] in ":;," or (last[-1] == "." and len(last.split()) > 6)


def _release_end(lines: list[str], d: int) -> tuple[int, str, int]:
    """The next item heading or the signatures end a release quoted in an 8-K: that line,
    the lines after d joined, and where that line starts in them."""
    text = "\n".join(lines[d + 1 :])
    m = _RELEASE_END.search(text)
    if m is None:
        return len(lines), text, len(text)
    at = _RELEASE_END.line_start(m)
    return d + 1 + text.count("\n", 0, at), text, at


def _body_end(
    firsts: list[str],
    texts: Sequence[str],
    about: tuple[int, int, dict[str, str]] | None,
    fls: tuple[int, int, str] | None,
) -> int:
    """Index of the first paragraph after the body: About, safe harbour, contacts, end mark."""
    end = len(texts)
    if about:
        end = min(end, about[0])
    if fls:
        end = min(end, fls[0])
    for i in range(1, end):
        s = firsts[i].strip()
        if s[:1] == "*" and _divides(texts, i, end, about is not None or fls is not None):
            continue
        text = texts[i]
        if (
            (s[:1] in END_FIRST and is_end_mark(s))
            or (s[:4].lower() == "note" and NOTE_TO_EDITORS.match(s))
            or ((":" in s or "contact" in s.lower()) and CONTACT_HEADING.match(s))
            # a colonless heading alone on its line: "ENQUIRIES", "FOR FURTHER INFORMATION"
            or (":" not in s and ("NQUIR" in s or "nquir" in s or "INFORMATION" in s)
                and heading_role(s) is not None)
            or call_paragraph(s, text)  # "Media inquiries should be directed to Jane Doe"
            or (s[:3] in _INFO_FIRST and _info_call(text))  # "For more information, please call"
            or (s[:1] in _CALL_FIRST and _call_for_info(text))  # "Please call ... for more ..."
            or (text[:11].lower() == "safe harbor" and FLS_PHRASE.search(text[:200]))
        ):
            return i
        # (a title ends in no stop, as most paragraphs do: no call for those)
        if text[-1:] not in _TITLE_NOT_LAST and (_is_statement_title(s, text) or (
                _is_highlights_table(texts, i) and not _prose_after(firsts, texts, i, end))):
            end = _table_head_top(texts, i)
            break
    # (a page's footer, and the rule over it, above the statements or the tail)
    while end > 1 and (_letterhead(texts[end - 1]) or not texts[end - 1].strip(_RULE_CHARS)):
        end -= 1
    return end


# "For more information, please call Jane Doe at (847) 286-9669 or John Roe at ...", "For
# further information about Acme, call ...": a call sentence CONTACT_HEADING's "... contact"
# does not read (its verb another), closing the body
_INFO_CALL = lazy(
    r"[ \t]*+(?i:for[ \t]+(?:more|further|additional)[ \t]+information)\b[^.\n]{0,60}?"
    r"(?i:[ \t,]please)?[ \t]+(?i:call|telephone|phone|e-?mail|write|reach)\b"
)
_INFO_FIRST = frozenset(("For", "for", "FOR"))  # (how an _INFO_CALL paragraph opens)
_INFO_CALL_CHARS = 300  # one or two sentences: a body's long paragraph may name its solicitor


# ... and the call first, the words last: "Please call Jane Doe at 847-286-9669 or John Roe
# at 847-286-7419 for more information.", "Call (847) 286-9669 for further information
# about Acme.", "Please e-mail Jane Doe at jdoe@acme.com for additional information."
_CALL_FOR_INFO = lazy(
    r"[ \t]*+(?:(?i:please)[ \t]+)?(?i:call|telephone|phone|e-?mail|write|reach|contact)\b"
)
_FOR_INFO_LAST = lazy(
    r"\b(?i:for[ \t\n]+(?:more|further|additional)[ \t\n]+information)\b[^.!?]{0,60}[.!]?[ \t]*$"
)
_CALL_FIRST = frozenset("PpCcTtEeWwRr")  # (how a _CALL_FOR_INFO paragraph opens)


def _call_for_info(text: str) -> bool:
    """Whether a paragraph is a short call sentence that ends "for more information": "Please
    call Jane Doe at 847-286-9669 or John Roe at 847-286-7419 for more information." (its
    number or mailbox printed in it): the release's contacts, no body paragraph."""
    return len(text) <= _INFO_CALL_CHARS and _CALL_FOR_INFO.match(text) is not None \
        and _FOR_INFO_LAST.search(text) is not None \
        and (PHONE.search(text) is not None or "@" in text)


def _info_call(text: str) -> bool:
    """Whether a paragraph is a short call sentence, "For more information, please call Jane
    Doe at (847) 286-9669 or John Roe at (847) 286-7419.": the release's contacts (its number
    or mailbox printed in it), no body paragraph."""
    return len(text) <= _INFO_CALL_CHARS and _INFO_CALL.match(text) is not None and (
        PHONE.search(text) is not None or "@" in text)


_DIVIDED_PARAS = 6  # the most paragraphs a divider sets off above the tail


def _is_divider(text: str) -> bool:
    """A line of asterisks alone: "* * *", "***"."""
    return text[:1] == "*" and not text.strip("* \t")


def _divides(texts: Sequence[str], i: int, end: int, tail: bool) -> bool:
    """Whether paragraph i, "* * *", divides the body from a last section of prose printed
    above the tail (About or safe harbour, paragraph ``end``), "* * *" / "Acme will host a
    conference call ..." / "About Acme": no end mark then. Anything else under it (tables, a
    supplement's headline, contacts) leaves it the end mark."""
    if not tail or not _is_divider(texts[i]) or not 0 < end - i - 1 <= _DIVIDED_PARAS:
        return False
    return all(t[:1].isalpha() and t[-1:] in ".!?\"\u201d" and more_words(t, 8)
               and not _OFF_BODY.match(t) and match_dateline(t) is None
               for t in texts[i + 1 : end])


# What opens a paragraph under a divider that is none of the release's news: a note to
# editors or photo line ("Editor's Note: ...", "A photo accompanying this release is
# available at ..."), a legend run in ("Additional Information and Where to Find It. ...",
# "Participants in the Solicitation. ...", "This announcement is neither an offer ...",
# "Use of Non-GAAP Financial Measures. ..."); (a dateline opens another announcement)
_OFF_BODY = lazy(
    r"[ \t]*(?i:editors?(?:['\u2019]s|s['\u2019])?[ \t]+notes?\b|notes?[ \t]+to[ \t]+editors\b"
    r"|photos?\b(?!-)|an?[ \t]+photo|(?:important[ \t]+)?additional[ \t]+"
    r"information\b|participants[ \t]+in[ \t]+(?:the[ \t]+)?solicitation"
    r"|this[ \t]+(?:announcement|(?:press[ \t]+)?release|communication|document)[ \t]+"
    r"(?:is[ \t]+(?:neither|not|for[ \t]+information)|does[ \t]+not|shall[ \t]+not)"
    r"|(?:use[ \t]+of[ \t]+)?non-gaap)"
)


# The title of the financial statements printed after the narrative: "CONDENSED CONSOLIDATED
# STATEMENTS OF OPERATIONS", "Consolidated Balance Sheets (Unaudited)", "SELECTED FINANCIAL
# DATA", "Condensed Consolidated Statements of Income Data"; a company name may lead it
_STATEMENT_TITLE = lazy(
    r"(?i:[^\n]{0,80}?\b(?:(?:condensed|consolidated|combined|unaudited|interim|summary|"
    r"summarized|selected)[ \t]+)*"
    r"(?:statements?[ \t]+of[ \t]+(?:operations|income|earnings|cash[ \t]+flows?|"
    r"comprehensive[ \t]+(?:income|loss)|financial[ \t]+(?:condition|position))|"
    r"balance[ \t]+sheets?|(?<=selected[ \t])financial[ \t]+data))"
    r"(?i:[ \t]+data)?[ \t]*(?:\([^()\n]{1,60}\)[ \t]*)*$"
)
# The last characters of a sentence, which no statement's title nor highlights table's ends in
_TITLE_NOT_LAST = frozenset(".!?:;,\"\u201d")
_QUALIFIERS = ("consolidated", "condensed", "combined", "unaudited", "interim", "summar",
               "selected", "(in ", "(dollars", "(amounts")
_TITLE_WORDS = 16  # a title is short; a sentence naming the statements is not one
_TABLE_HEAD_LINES = 2  # a company name, a caption over the title


def _is_statement_title(first: str, text: str) -> bool:
    """Whether a paragraph (first line stripped, and text) is a financial statement's title:
    the tables under it are no part of the body."""
    # (substring tests first: this runs for every paragraph of every release)
    if text[-1:] in ".!?:;,\"\u201d" or not (
            "tatement" in text or "TATEMENT" in text or "alance" in text or "ALANCE" in text
            or "ata" in text or "ATA" in text) or more_words(text, _TITLE_WORDS):
        return False
    low = text.lower()
    if "statement" not in low and "balance" not in low and "financial data" not in low:
        return False
    # qualified: "Balance Sheet" alone heads a bank's narrative ("Balance Sheet" / "Total
    # assets grew ..."); "Consolidated Balance Sheets", "Balance Sheet (Unaudited)" head tables
    return any(q in low for q in _QUALIFIERS) and _STATEMENT_TITLE.match(text) is not None


# A table of figures headed as highlights: "FINANCIAL HIGHLIGHTS (Unaudited)", "Selected
# Financial Highlights (Dollars in thousands)" (banks' releases of 1993-2010 close so)
_HIGHLIGHTS_TABLE = lazy(
    r"(?i:[^\n]{0,60}?\bfinancial[ \t]+highlights)[ \t]*(?P<note>\([^()\n]{1,60}\)[ \t]*)*$"
)
_TABLE_NOTES = ("unaudited", "(in ", "(dollars", "(amounts")


def _is_highlights_table(texts: Sequence[str], i: int) -> bool:
    """Whether paragraph i titles a table of highlights: a bracketed note of figures
    ("(Unaudited)", "(Dollars in thousands)") or the company's name in capitals over it. A
    highlights list in the narrative ("Fourth Quarter Financial Highlights:") is none."""
    text = texts[i]
    if not ("IGHLIGHTS" in text or "ighlights" in text) or more_words(text, _TITLE_WORDS) \
            or _HIGHLIGHTS_TABLE.match(text) is None:
        return False
    low = text.lower()
    return any(q in low for q in _TABLE_NOTES) or (i > 1 and _head_line(texts[i - 1]))


# The caption or column head of a table of figures: "(In thousands, except per share
# amounts)", "(Dollars in millions)", "(Unaudited)", "(000's omitted)"; "Three Months Ended
# June 30,". Read only in a statement's head (_table_head_top, _less_note): alone it ends no
# body, since a summary table amid the story is common.
_TABLE_HEAD = lazy(
    r"(?i:\((?:unaudited|(?:(?:u\.s\.[ \t]+)?dollars|amounts|figures|\$)?[ \t]*in[ \t]+"
    r"(?:thousands|millions|billions)|\$?[ \t]*000['\u2019]?s[ \t]+omitted)\b[^()\n]{0,60}\)"
    r"|(?:for[ \t]+the[ \t]+)?(?:(?:three|six|nine|twelve|3|6|9|12)[ \t-]+months?"
    r"|(?:fiscal[ \t]+)?(?:quarters?|years?))[ \t]+ended\b[^.!?\n]{0,80}$)"
)
_TABLE_HEAD_FIRST = frozenset("(FfTtSsNnQqYy3691")  # how a _TABLE_HEAD line opens


def _is_table_head(first: str) -> bool:
    """Whether a paragraph's stripped first line is a table's caption or column head (see
    _TABLE_HEAD): short, no sentence."""
    return first[:1] in _TABLE_HEAD_FIRST and len(first) <= 100 \
        and first[-1:] in "),0123456789" and _TABLE_HEAD.match(first) is not None


_PROSE_WORDS = 12  # a sentence paragraph's least words
_QUOTE_OPENS = ("\"", "\u201c")


def _prose_after(firsts: list[str], texts: Sequence[str], i: int, end: int) -> bool:
    """Whether the narrative goes on below paragraph i, before ``end`` or a statement's
    title: a quote, or two sentences of some words ("Net interest income increased 5% to
    $40.1 million ..."). A small highlights table near the top of a release has the story
    below it; the one that closes a release, tables (rows end in figures, notes open with
    "(1)"), and a note or so ("Certain prior period amounts have been reclassified ...")."""
    sentences = 0
    for j in range(i + 1, end):
        text = texts[j]
        if text[:1] in _QUOTE_OPENS:
            return True
        if text[:1].isalpha() and text.rstrip("\"\u201d' ")[-1:] == "." \
                and text.count(" ") + 1 >= _PROSE_WORDS:
            sentences += 1
            if sentences == 2:
                return True
        elif _is_statement_title(firsts[j].strip(), text):
            return False
    return False


def _table_head_top(texts: Sequence[str], i: int, lines: int = _TABLE_HEAD_LINES) -> int:
    """The first paragraph of the head over the statement title at i: the short lines right
    above it that end no sentence ("BAYSIDE BANCORP, INC." / "CONSOLIDATED STATEMENTS OF
    INCOME")."""
    top = i
    while top > max(1, i - lines) and (
            _head_line(title := _less_note(texts[top - 1])) or _title_line(title)
            or _is_table_head(texts[top - 1])):
        top -= 1
    return top


def _less_note(text: str) -> str:
    """A title less the caption that ends it: "SUMMARY OF OPERATIONS (UNAUDITED)"."""
    at = text.rfind("(") if text[-1:] == ")" else -1
    return text[:at].rstrip() if at > 0 and _TABLE_HEAD.match(text, at) else text


_TITLE_LINE_WORDS = 10


def _title_line(text: str) -> bool:
    """A table's title or company line, in mixed case or a longer one in capitals: "Acme
    Widget Corp.", "Acme Corp. and Subsidiaries", "Selected Financial Information",
    "RECONCILIATION OF GAAP TO NON-GAAP FINANCIAL MEASURES" (each word of four letters or
    more capitalised; no sentence's end)."""
    if more_words(text, _TITLE_LINE_WORDS) or text[-1:] in "!?:;,\"\u201d)" or (
            text[-1:] == "." and not is_firm(text)):
        return False
    words = [w for w in text.split() if len(w) > 3 and w[0].isalpha()]
    return bool(words) and all(w[0].isupper() or w.lower() == "subsidiaries" for w in words)


def _head_line(text: str) -> bool:
    """A line of a table's head in capitals: "ACME CORP." (a stop may end the name)."""
    return not more_words(text, 6) and text[-1:] not in "!?:;,\"\u201d)" and text.isupper()


def _letterhead(text: str) -> bool:
    """A page footer printed under the release: an address or telephone line, no sentence
    ("210 Sylvan Avenue, Englewood Cliffs, NJ 07632" / "(201) 567-5648, (201) 567-2203 fax")."""
    text = text.lstrip(_RULE_CHARS)
    if text.endswith((".", "!", "?", "\u201d", '"', ":")) or more_words(text, 16):
        return False
    return PHONE.search(text) is not None or ADDRESS.search(text) is not None


def _may_lead_in(s: str) -> bool:
    """A cheap test that LEAD_IN may match ``s``: each of its branches ("press release",
    "news release", "following", "attached", "as follows", "reads") holds one of these words,
    none of whose letters has a caseless twin outside ASCII, so the lower-cased line holds
    it. (The regex tries its caseless alternation at every character of a long line.)"""
    low = s.lower()
    return "relea" in low or "follow" in low or "attach" in low or "read" in low


def _top_start(lines: list[str], head: Head) -> int:
    """First line of the release above its headline (after an 8-K's lead-in sentence)."""
    low = max(0, head.top - _TOP_LINES)
    for j in range(head.top - 1, low - 1, -1):
        s = lines[j].strip()
        first = s[:1]  # (what each pattern needs first; see is_end_mark, is_boundary)
        if (
            (s[:1] in END_FIRST and is_end_mark(s))
            or (first == "S" and SIGNATURE_HEADING.match(s))
            or (s[1:4].lower() == "tem" and ITEM_HEADING.match(s))
        ):
            return j + 1
        # (LEAD_IN ends the line with ":" or ".", and holds one of its words)
        lead_in = s.endswith((":", ".")) and _may_lead_in(s) and LEAD_IN.search(s)
        if lead_in and not heading_role(lines[j]) and more_words(s, 4):
            return j + 1
    return low


def _date_over(lines: list[str], d: int, match: re.Match[str]) -> str | None:
    """The date of a line alone right over a dateline that prints none ("March 3, 2025" over
    "SAN JOSE, Calif. -- Acme Corp. today ..."): the dateline's date set on its own line. (A
    wire's credit, "CHICAGO (AP) --", dates nothing; the date above it is the release's.)"""
    if "(" in match.group(0):
        return None
    for j in range(d - 1, max(-1, d - 3), -1):
        if s := lines[j].strip():
            return release_date_line(s)  # (not an event's date and time)
    return None


def _date_above(lines: list[str], top: int, head_top: int) -> str | None:
    right_label = False  # (the row above ended in a release label)
    for j in range(top, head_top):
        if not (s := lines[j].strip()):
            continue
        found = date_line(s)
        if found is None and ("   " in s or "\t" in s):
            # the left column of a typed two-column row: "For Release: January 10, 2007
            # <gap> Contact: Jane Roe" (a date on the right is another's: "Quarter ended
            # <gap> December 31, 1996", "Date of Report ...: <gap> January 5, 1997")
            columns = _COLUMN_GAP.split(s)
            found = date_line(columns[0]) or _right_column_date(columns[-1], right_label)
            right_label = RELEASE_MARKER.match(columns[-1]) is not None
        if found is not None:
            return found
    return None


def _right_column_date(cell: str, under_label: bool) -> str | None:
    """The release's date in the right column of a typed contact row, labelled there ("Contact:
    Jane Roe <gap> FOR IMMEDIATE RELEASE: July 21, 2004") or under its label in the row above
    ("... <gap> FOR IMMEDIATE RELEASE" over "(847) 286-8361 <gap> July 21, 2004"), as 1990s
    text releases print their head."""
    found = date_line(cell)
    if found is None or under_label or cell.lower().startswith(_RIGHT_LABELS):
        return found
    return None


def _contacts(lines: list[str], top: int, head_top: int, d: int, region: list[str],
              low: str | None = None, firms: Sequence[str] = (),
              text: str | None = None) -> list[dict[str, Any]]:
    """Contact blocks above the headline (line head_top) or the dateline (line d), then
    below the body (``low``: the region's lines joined and lower-cased, ``text``: the same
    joined, not lower-cased; see _blocks_in)."""
    blocks: list[list[str]] = []
    j = top  # the end of the last block: a heading inside a block is part of it
    # (some print them between the headline and the dateline)
    for start in contact_heading_lines(lines, top, d):
        if start >= j:
            j = min(contact_block_end(lines, start), head_top if start < head_top else d)
            blocks.append(lines[start:j])
    if not blocks:
        blocks += _headless_above(lines, top, head_top)
    blocks += _blocks_in(region, low, text)
    return _merged(blocks, firms)


def _headless_above(lines: list[str], top: int, head_top: int) -> list[list[str]]:
    """Contacts printed over the headline with no heading, as releases print them at their
    foot (see press_contact_blocks' _person_stack and _person_list): one person's name,
    firm or title and phone stacked ("Brian McDermott" / "Union Camp Corporation" /
    "201-628-2275"), or a list on a line ("Brian McDermott, 201-628-2275, or John Roe,
    Brunswick Group, 212-333-3810"). Each paragraph of lines[top:head_top] is read, a
    release label ("FOR IMMEDIATE RELEASE") or a rule ending one as a blank line does."""
    blocks: list[list[str]] = []
    k = top
    while k < head_top:
        end = k
        while end < head_top and not _parts_above(lines[end]):
            end += 1
        if end > k and (_person_stack(lines, k, end) or _person_list(lines, k, end)):
            blocks.append(lines[k:end])
        k = end + 1
    return blocks


def _parts_above(line: str) -> bool:
    """Whether a line over the headline parts paragraphs: a blank one, a release label or
    a rule."""
    s = line.strip()
    return not s or s.strip(_RULE_CHARS) == "" or RELEASE_MARKER.match(s) is not None


def _blocks_in(region: list[str], low: str | None = None,
               text: str | None = None) -> list[list[str]]:
    """The contact blocks of ``region``, each from its heading (``low``: its lines joined
    and lower-cased, ``text``: joined, if the caller has them, so they are not joined
    again; see contact_heading_lines)."""
    blocks: list[list[str]] = []
    j = 0
    for start in contact_heading_lines(region, low=low, text=text):
        if start >= j:
            j = contact_block_end(region, start)
            blocks.append(region[start:j])
    return blocks


def _contacts_below(region: list[str], firms: Sequence[str] = ()) -> list[dict[str, Any]]:
    return _merged(_blocks_in(region), firms) if region else []


def _merged(blocks: list[list[str]], firms: Sequence[str] = ()) -> list[dict[str, Any]]:
    """The contacts of ``blocks``, each name once (``firms``: see contacts_in)."""
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for block in blocks:
        for c in contacts_in(block, firms):
            if (key := contact_key(c)) not in seen:
                seen.add(key)
                out.append(c)
    return out
