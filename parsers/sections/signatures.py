"""Signature block -> signatures[] {registrant, name, title, date}.

Schema slice (SPEC.md), from sample 000::

    signatures [{registrant "CTC COMMUNICATIONS GROUP, INC.", name "John D. Pittenger",
                 title "Executive Vice President, Finance and Administration",
                 date "2000-08-03"}]

The block starts at the last SIGNATURES heading of the primary document (or at the "Pursuant to
the requirements of the Securities Exchange Act" sentence). Each signature mark ("/s/", "S/",
"s/b/", "(signed)") or "By:" starts a signer; the title is read below it in the signer's column
("Title:" labels, "Name, Title" lines, titles over several lines). The name typed under the
signature or after "Name:" is the signer's printed name when it shares the signature's surname
("/s/ W.A. Freeman" over "William A. Freeman"), unless it only repeats it in capitals. The date
from "Date:" / "Dated:", "duly authorized on <date>", "on the 16th day of May, 2023", or a date
above a "Date" caption (a month misspelt by one letter when the block has no other date). In a
schedule ("After reasonable inquiry ..."), a "/s/" with no "By:" after an entity's signer is a
filing person signing for themselves: no registrant. Signers are laid out to the right of the
date in old filings, so lines are read as column chunks, as the cover reader does. In a 10-K's
table a "*" in the signature column is one signed for by the attorney-in-fact of "*By: /s/
..."; "By: Acme GP, LLC, its general partner" is an entity signing for the registrant, not a
signer. A primary document with no such block (an XML ownership report, a 13F) goes to
form_signatures.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..lazy_re import lazy
from ..linescan import LinePattern
from ..pipeline import Context
from ..regex_cache import compiled
from ..values import find_dates, squash
from .cover_layout import Chunk, column_chunks
from .cover_names import company_key, same_keys
from .form_signatures import form_signatures
from .patterns import EXHIBIT_INDEX_HEADING, SIGNATURE_HEADING
from .press_quotes import person_name

# (a cased first letter: a case-insensitive pattern gives the engine nothing to skip to)
_PURSUANT = compiled(r"[Pp](?i:ursuant\s+to\s+the\s+requirements\s+of\s+the\s+Securities)")
# (an exhibit's heading: "EXHIBIT 99.1", "EXHIBIT 99-1", "Exhibit 99-A", "EXHIBIT 99(a)",
# "Exhibit 10(iii)(A)"; the exhibits appended to a 1990s report follow its signatures)
_BLOCK_END = LinePattern(
    r"^[ \t]*+(?:EXHIBIT|Exhibit)[ \t]+(?:No\.?[ \t]*)?\d+(?:[.-]\d+|[.-]?[A-Za-z](?![A-Za-z]))?"
    r"(?:[ \t]?\([A-Za-z0-9]{1,4}\)){0,3}\.?[ \t]*$"
    r"|^[ \t]*+(?:EXHIBITS?|Exhibits?)[ \t]*$|^[ \t]*+INDEX TO (?:FINANCIAL|EXHIBITS)", re.M)
# A typed signature's mark: "/s/" ("/S/ BARBARA S. POLSKY", "/s/John Doe"), "s/" or "S/"
# with no first slash, "s/b/" (Aegon 2001), "(s)" and "(signed)"; not "s/" inside a word
# ("Directors/Officers") or "(s)" after one ("person(s)")
_MARK = lazy(
    r"(?:/[sS]/|[sS](?<![\w/('\u2019][sS])/(?:[bB]/)?|\((?<![\w(]\()[sS](?:igned|IGNED)?\))"
    r"[ \t]*")
# "By:" opening a signer's line (not "By Order of the Board of Directors" over a secretary's
# signature)
_BY_SIGNED = lazy(r"By[:.]?(?!\s*order\s)(?:\s|$)", re.I)
_BY = lazy(r"^By(?:[:.]\s*|\s+|$)", re.I)  # (not the "By" of "Byron Smith")
_NAME_LABEL = compiled(r"^Name\s?[:.]\s*", re.I)
_NAME_TITLE_LABEL = lazy(r"^Name\s?(?:/|and)\s?Title\s?:\s*", re.I)
_TITLE_LABEL = compiled(r"^Title\s?[:.]\s*|^Its\s?[:.]?\s+", re.I)
_DATE_LABEL = compiled(r"^Dated?\b[:.]?\s*", re.I)
# a date as printed, read by shape: a misspelt month is still no registrant ("Marcxh 12, 2002")
_DATE_SHAPE = compiled(r"[A-Za-z]{3,10}\.?\s\d{1,2},?\s(?:19|20)\d\d$")
# a caption under a signature line: "(Signature)", "(Name and Title)", "(Name/Title)",
# "(Signature)*" (the form's note: "*Print the name and title of the signing officer ...")
_CAPTION = compiled(r"\((?:signature|name|title|date|registrant)[a-z /&]{0,20}\)\*?$", re.I)
_RULE = compiled(r"^[\s\-=_*~.]*$")
_RULE_CHARS = "-=_*~."


def _is_rule(text: str) -> bool:
    """_RULE.match of a chunk's text ("-----"): a chunk starts with a non-space, so only one
    led by a rule character can be a rule (most are not: the regex is skipped)."""
    return text[0] in _RULE_CHARS and _RULE.match(text) is not None

# (and the forms of foreign issuers: "BP p.l.c.", "Banco Santander, S.A.", "Novartis AG",
# "Infosys Limited", "Novo Nordisk A/S", "America Movil, S.A.B. de C.V.")
_COMPANY_WORDS = compiled(
    r"\b(?:INC|CORP|CORPORATION|COMPANY|CO|LTD|LLC|L\.?P|P\.?L\.?C|N\.?V|TRUST|BANCORP|GROUP|"
    r"HOLDINGS?|FUND|PARTNERS|INCORPORATED|LIMITED|S\.?A|AG|SE|A/S|ASA|OYJ|C\.?V|S\.?p\.?A|KAISHA"
    r"|AKTIENGESELLSCHAFT)\b\.?,?\s*$",
    re.I)
_BARE_CAPTION = lazy(r"(?:signature|name\s?(?:/|and)\s?title|title)$", re.I)


def _company_words(text: str) -> bool:
    """_COMPANY_WORDS.search, from the last 30 characters only: the words end the name, and
    the search would try every word boundary of a long line ("\\b" still sees the character
    before the start)."""
    return _COMPANY_WORDS.search(text, max(0, len(text) - 30)) is not None


_REGISTRANT_CAPTION = lazy(r"\((?:name\s+of\s+)?(?:the\s+)?registrant\)$", re.I)
_AUTHORIZED = compiled(r"authorized|behalf", re.I)
_NOT_LETTERS = compiled(r"[^A-Za-z]")
_DIGIT = compiled(r"\d")
MAX_LINES = 160  # a 10-K's signature table can be long; an 8-K's is ~15 lines
# MAX_LINES lines from a position: up to the end of the text or before the MAX_LINES-th newline
_FIRST_LINES = compiled(rf"(?:[^\n]*+\n){{0,{MAX_LINES - 1}}}[^\n]*+")
# The shared headings behind a lookahead for the first letter of their spellings: most lines
# fail it at once instead of trying each spelling after each indentation length.
_HEADING = LinePattern(rf"(?=[^\S\n]*+S)(?:{SIGNATURE_HEADING.pattern})")
_INDEX_HEADING = LinePattern(rf"(?=[^\S\n]*+[EI])(?:{EXHIBIT_INDEX_HEADING.pattern})")


def _signed(text: str) -> bool:
    """A signature mark or a leading "By:"."""
    if text[:1] in "Bb" and _BY_SIGNED.match(text) and (text[2:3] == ":" or _by_signer(text)):
        return True
    return _marked(text)


def _by_signer(text: str) -> bool:
    """A "By" that opens a signer: "By:", "By" alone, "By /s/ ...", "By John Doe"; not a
    sentence wrapped at "by" ("by virtue hereof." in a power of attorney, "BY THESE
    PRESENTS, that each person whose signature appears below ..."); "by /s/ ..." is read by
    its mark."""
    if text[2:3] in ":.":
        return True
    rest = text[2:].lstrip()
    return not rest or rest[0] in _RULE_CHARS or rest[0].isupper() and len(rest) <= 60


def _marked(text: str) -> bool:
    """_MARK.search, tried only where a "/" or "(s" allows it (most chunks have neither)."""
    if "/" in text:
        return _MARK.search(text) is not None
    return "(" in text and ("(s" in text or "(S" in text) and _MARK.search(text) is not None


# Where a heading can be: its "S" (each spelling starts "SI", "S I" or "Signature"). Led by a
# literal, the scan skips from one "S" to the next, where _HEADING.finditer tries every line.
_HEADING_S = compiled(r"S(?:ignature|[ \t]?I)")


def _last_heading_end(text: str) -> int:
    """The end of the last _HEADING line (as the last of _HEADING.finditer), or -1."""
    end = -1
    match_line = _HEADING.first.match  # the ^-form, matched at a line start
    for cand in _HEADING_S.finditer(text):
        if cand.start() < end:
            continue  # on the heading line just read
        line_start = text.rfind("\n", 0, cand.start()) + 1
        head = match_line(text, line_start)
        if head is not None and not _under_signature(text, line_start, cand.group()):
            end = head.end()
    return end


def _under_signature(text: str, line_start: int, head: str) -> bool:
    """The line above is a signature, or a rule signed on under a "Signature" not in
    capitals: the caption of a schedule's "Date / Signature / Name/Title" layout, not a
    heading."""
    if line_start < 2:
        return False
    above = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].strip()
    return bool(above) and (_signed(above) or head == "Signature" and above[0] in _RULE_CHARS
                            and len(above) >= 10 and _is_rule(above))


def signature_block(text: str) -> str:
    start = _last_heading_end(text)  # the last heading's
    if start < 0:
        for pursuant in _PURSUANT.finditer(text):
            start = pursuant.start()
        if start < 0:
            return ""
    # the first MAX_LINES lines only (the headings below are searched there: they match
    # within a line, and the cut keeps what comes before the first of them)
    first = _FIRST_LINES.match(text, start)
    block = first.group() if first else text[start:]
    end = _INDEX_HEADING.search(block)
    if end:
        block = block[: _INDEX_HEADING.line_start(end)]
    end = _BLOCK_END.search(block)
    if end:
        block = block[: _BLOCK_END.line_start(end)]
    return block


class _Dates(dict[str, list[tuple[int, str]]]):
    """find_dates of each string read once per block: a line, its chunks and the registrant
    test date the same strings again (find_dates is pure; its lists are only read here)."""

    def __missing__(self, text: str) -> list[tuple[int, str]]:
        found = find_dates(text)
        if not found:
            if "day" in text:
                found = _day_of(text)
            elif text[:1] in _ORDINAL_LEADS and (
                    "st " in text or "nd " in text or "rd " in text or "th " in text):
                found = _ordinal_first(text)  # "Date: 21st March 2018", "21st March 2018"
        self[text] = found
        return found


# "on the 16th day of May, 2023": how registration statements (and old 10-Ks) date the block;
# the day may be spelt out ("this twenty-first day of March, 1996") and the year follow "A.D."
_DAY_OF = lazy(
    r"\b(?:(\d{1,2})(?:st|nd|rd|th|d)?|((?i:(?:(?:twenty|thirty)-?[ \t]?)?(?:first|second|third"
    r"|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven"
    r"|eigh|nine)teenth|twentieth|thirtieth)))[ \t]+day[ \t]+of[ \t]+([A-Z][a-z]{2,8}\.?),?[ \t]+"
    r"(?:A\.?D\.?,?[ \t]+)?((?:19|20)\d\d)\b")
_UNITS = {w: n for n, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split(), 1)}
_TENS = {"twenty": 20, "thirty": 30, "twentieth": 20, "thirtieth": 30}
_WORD_SPLIT = lazy(r"[- \t]+")


def _day_number(words: str) -> int:
    """ "twenty-first" -> 21, "Fifteenth" -> 15."""
    return sum(_TENS.get(w, 0) or _UNITS.get(w, 0) for w in _WORD_SPLIT.split(words.lower()))


# "Date: 21st March 2018": a foreign issuer's ordinal day before the month, in a "Date" line
# or a cell of its own
_ORDINAL_LEADS = frozenset("Dd0123456789")
_ORDINAL_FIRST = lazy(
    r"\b(\d{1,2})(?:st|nd|rd|th)[ \t]+([A-Z][a-z]{2,8}\.?),?[ \t]+((?:19|20)\d\d)\b")


# "Marcxh 12, 2002", "Febuary 3, 2004", "Feburary 3, 2004": a month misspelt by one letter
# (one too many, one missing, one wrong or two swapped; never the first); only the long
# names, so no misspelling can be read as two months ("Juny")
_MISSPELT = lazy(r"\b([A-Z][a-z]{3,9})[ \t]{1,3}(\d{1,2}),?[ \t]{1,3}((?:19|20)\d\d)\b")
_LONG_MONTHS = ("January", "February", "March", "April", "August", "September", "October",
                "November", "December")


def _one_typo(word: str, month: str) -> bool:
    """`word` is `month` with one letter added, dropped, changed or swapped with the next."""
    if word[0] != month[0] or abs(len(word) - len(month)) > 1 or word == month:
        return False
    short, long = sorted((word, month), key=len)
    if len(short) < len(long):
        return any(long[:k] + long[k + 1 :] == short for k in range(1, len(long)))
    diff = [k for k in range(len(word)) if word[k] != month[k]]
    return len(diff) == 1 or len(diff) == 2 and diff[1] == diff[0] + 1 \
        and word[diff[0]] == month[diff[1]] and word[diff[1]] == month[diff[0]]


def _misspelt(text: str) -> list[tuple[int, str]]:
    found = []
    for m in _MISSPELT.finditer(text):
        months = [month for month in _LONG_MONTHS if _one_typo(m.group(1), month)]
        if len(months) == 1:
            dates = find_dates(f"{months[0]} {m.group(2)}, {m.group(3)}")
            found.extend((m.start(), iso) for _, iso in dates)
    return found


def _ordinal_first(text: str) -> list[tuple[int, str]]:
    return [(m.start(), found[0][1]) for m in _ORDINAL_FIRST.finditer(text)
            if (found := find_dates(f"{m.group(2)} {m.group(1)}, {m.group(3)}"))]


def _day_of(text: str) -> list[tuple[int, str]]:
    return [(m.start(), found[0][1]) for m in _DAY_OF.finditer(text)
            if (found := find_dates(
                f"{m.group(3)} {m.group(1) or _day_number(m.group(2))}, {m.group(4)}"))]


def _is_registrant_line(text: str, name_keys: list[str], dates_of: _Dates) -> bool:
    """`name_keys`: company_key of each registrant's name."""
    if _signed(text) or dates_of[text] or len(text) > 80:
        return False
    if name_keys:
        key = company_key(text)
        if any(same_keys(key, k) for k in name_keys):  # same_company(text, name)
            return True
    if _is_column_heads(text) or _INCORPORATED_AS.match(text) or _NOT_A_NAME.search(text):
        return False
    if _company_words(text):
        return True
    # in capitals: a short name, not a sentence of the preamble ("... DATE INDICATED:")
    letters = _NOT_LETTERS.sub("", text)
    return len(letters) > 3 and letters.isupper() and len(text.split()) <= 6 \
        and not text.endswith((":", ",", ";"))


# "SIGNATURE    TITLE    DATE" over a table of signers: column heads, not a registrant
_COLUMN_HEADS = frozenset(
    "signature signatures title titles date name names capacity capacities position".split())
# the block's own headings: "SIGNATURES AND POWER OF ATTORNEY"
_NOT_A_NAME = compiled(r"^signatures?\b|power\s+of\s+attorney", re.I)
# "A Nevada Corporation" under the registrant's name: its state, not another registrant
_INCORPORATED_AS = compiled(
    r"\(?an?\s+[A-Z][A-Za-z. ]{1,30}\s(?:corporation|company|limited\s+liability\s+company"
    r"|limited\s+partnership|partnership)\)?$", re.I)


def _continues_sentence(above: list[Chunk], text: str, name_keys: list[str]) -> bool:
    """The row goes on with a sentence cut above it: "... hereby constitutes and appoints"
    over "JOHN DOE" (a power of attorney naming its attorney on a line of its own), not a
    registrant's name (unless it is the name the cover gives)."""
    if len(above) != 1 or len(above[0].text) < 50 or not (
            above[0].text[-1].islower() or above[0].text[-1] == ","):
        return False
    key = company_key(text)
    return not any(same_keys(key, k) for k in name_keys)


# "Golden West Homes (Registrant)", "Registrant: Golden West Homes": a name captioned on its
# line; ", a California corporation" after a name: its state, no part of it
_REGISTRANT_LABEL = lazy(r"^registrant\s?:\s*", re.I)
_REGISTRANT_AFTER = lazy(r"\s*\((?:name\s+of\s+)?(?:the\s+)?registrant\)$", re.I)
_STATE_TAIL = lazy(
    r",\s*an?\s+[A-Z][A-Za-z. ]{1,30}\s(?:corporation|company|limited\s+liability\s+company"
    r"|limited\s+partnership|partnership|trust)$", re.I)


def _labelled_registrant(text: str) -> str | None:
    """The name in a line captioned as the registrant's, or None."""
    label = _REGISTRANT_LABEL.match(text) or _REGISTRANT_AFTER.search(text)
    if label is None:
        return None
    name = squash(text[label.end() :] if label.start() == 0 else text[: label.start()])
    return name if 1 < len(name) <= 80 and not _signed(name) else None


def _is_column_heads(text: str) -> bool:
    return all(w in _COLUMN_HEADS for w in text.lower().split())


# "/s/ Bruce J. Feldman, President, Chief": a title after the name on the signature line,
# after a comma or a spaced dash ("/s/ John A. Smith - Chief Financial Officer"; not the
# hyphen of "Smith-Jones")
_TITLE_WORDS = (
    r"(?:President|Chief|Vice|Executive|Senior|Director|Chairman|Secretary|Treasurer|"
    r"General|Controller|Principal|Manager|Managing|Partner|Attorney|Officer|CEO|CFO|"
    r"Assistant|Corporate|Its)\b")
_TITLE_START = lazy(rf"(?:,|[ \t](?:--?|\u2013|\u2014))\s*(?={_TITLE_WORDS})")
# a title run on after the typed name in one HTML cell ("William R. Smith<br>Executive Vice
# President")
_TITLE_WORD = lazy(_TITLE_WORDS)


def _name_of(chunk_text: str) -> tuple[str, str | None]:
    """The signer's name, and a title typed after it on the same line."""
    mark = _MARK.search(chunk_text) if _marked(chunk_text) else None
    # (a star marks one signed for by an attorney-in-fact: "/s/ Steven L. Sinn*")
    name = squash(chunk_text[mark.end() :] if mark else _BY.sub("", chunk_text)).strip(" ,*")
    if name and name[0] in _RULE_CHARS and _RULE.match(name):
        return "", None  # "By: ________": a line left to sign on, the name typed below it
    title = None
    if ":" in name:  # one HTML cell: "/s/ Jane Doe Name: Jane Doe Title: Chief Financial..."
        label = _INLINE_TITLE.search(name)
        if label:
            name, title = name[: label.start()], name[label.end() :] or None
        label = _INLINE_NAME.search(name)
        if label:
            name = name[label.end() :] or name[: label.start()]
    cut = _TITLE_START.search(name) if title is None else None
    if cut:
        name, title = name[: cut.start()], name[cut.end() :]
    name, before = _typed_twice(name)  # "Jane Doe Jane Doe, Chief Financial Officer"
    if before:
        title = f"{before}, {title}" if title else before
    return name, title


_INLINE_TITLE = compiled(r"\s(?:Title|Its)\s?:\s*")
_INLINE_NAME = compiled(r"(?:^|\s)Name\s?:\s*")


def _typed_twice(text: str) -> tuple[str, str | None]:
    """ "W. Ron Hinson W. Ron Hinson Comptroller": an HTML cell holding the signature, the
    name typed under it and the title, run together -> the name and the title. The name
    typed again may differ in case ("/s/ JANE DOE Jane Doe"): the one in mixed case is kept."""
    words = text.split()
    if len(words) < 4:
        return text, None
    folded = [w.lower() for w in words]
    for k in range(2, len(words) // 2 + 1):
        if folded[:k] == folded[k : 2 * k]:
            first, again = " ".join(words[:k]), " ".join(words[k : 2 * k])
            name = again if first.isupper() and not again.isupper() else first
            name, rest = _with_suffix(name, " ".join(words[2 * k :]))  # "Henry Ford II"
            return name, rest.lstrip(", ") or None
    return _signed_then_typed(words) or (text, None)


def _signed_then_typed(words: list[str]) -> tuple[str, str | None] | None:
    """ "Tim Cook Timothy D. Cook Chief Executive Officer": the signature, then the name typed
    in full (same surname) -> the printed name (_printed_name, as on two lines) and the rest
    as the title."""
    for k in (2, 3):
        surname = words[k - 1].lower().rstrip(",")
        if len(surname) < 2 or surname[-1] == ".":
            continue  # "Paul R." is no whole name: its "R." no surname
        for end in range(k + 2, min(k + 5, len(words)) + 1):  # the typed name: 2-4 words
            if words[end - 1].lower().rstrip(",") != surname:
                continue
            signed, typed = " ".join(words[:k]), " ".join(words[k:end]).rstrip(",")
            if not (_typed_person(signed) or signed.isupper()) or not _typed_person(typed):
                break
            rest = " ".join(words[end:])
            typed, rest = _with_suffix(typed, f", {rest}" if words[end - 1][-1] == "," else rest)
            return _printed_name(signed, typed), rest.lstrip(", ") or None
    return None


def _with_suffix(typed: str, rest: str) -> tuple[str, str]:
    """A "Jr." or "Ph.D." opening the rest of the line goes with the typed name before it
    ("Robert L. Smith, Jr.", "Henry Ford II")."""
    suffix = _NAME_SUFFIX.match(rest)
    if suffix is None:
        return typed, rest
    return typed + (suffix.group() if rest[0] == "," else f" {suffix.group().strip()}"), \
        rest[suffix.end() :]


# The preamble's date of the report, not of the signing: "... this Annual Report on Form 10-K
# for the fiscal year ended" / "December 31, 2002 to be signed ...", "... this report on Form
# 8-K dated March 3, 2003" (the text before the date, the line above too)
_PERIOD_BEFORE = lazy(r"(?:\b(?i:ended|ending)|\b(?i:report|8-K(?:/A)?)[ \t]+dated)\s*+(?:,\s*+)?$")


def _signing_dates(block: str, start: int, dates: list[tuple[int, str]]
                   ) -> list[tuple[int, str]]:
    """The dates of a line (or lines) at `start` of the block, less the report's own."""
    if not dates:
        return dates
    kept = []
    for at, iso in dates:
        before = block[max(0, start + at - 30) : start + at]
        if ("nd" not in before and "ated" not in before) or not _PERIOD_BEFORE.search(before):
            kept.append((at, iso))
    return kept


def _block_date(block: str, dates_of: _Dates) -> str | None:
    """The date the block states once for all: "Dated: ...", "duly authorized on ..."."""
    pos = 0
    spelt = "day" in block  # (most blocks have no "day of": no sentence to join across lines)
    while digit := _DIGIT.search(block, pos):  # only lines with a digit can hold a date
        start = block.rfind("\n", 0, digit.start()) + 1
        end = block.find("\n", digit.start())
        end = len(block) if end < 0 else end
        dates = _signing_dates(block, start, dates_of[block[start:end]])
        if spelt and (not dates or block[start - 2 : start] == "-\n"):
            # "... on the 3rd day of March," / "1995.", "this twenty-first day of" / "March,
            # 1996.", "twenty-" / "first day of ...": the sentence wraps in plain text (the
            # line above, this and the next)
            before = block.rfind("\n", 0, max(0, start - 1)) + 1 if start else 0
            after = block.find("\n", end + 1) if end < len(block) else -1
            window = block[before : len(block) if after < 0 else after]
            if "day" in window:
                dates = _signing_dates(block, before,
                                       dates_of[window.replace("\n", " ")]) or dates
        if dates:
            return dates[0][1]
        pos = end + 1
    # no date as spelt: one whose month is misspelt ("Date:  Marcxh 12, 2002")
    misspelt = _misspelt(block)
    return misspelt[0][1] if misspelt else None


def parse_signatures(block: str, cells: bool, names: list[str],
                     signs_for: str | None = None) -> list[dict[str, Any]]:
    """The signers of a block; `signs_for`: the registrant they sign for when the block
    names none (the filer, known from the cover or header)."""
    lines = block.split("\n") if cells else block.expandtabs(8).split("\n")
    rows = [column_chunks(line, cells) for line in lines]
    dates_of = _Dates()
    name_keys = [company_key(n) for n in names]
    default_date = _block_date(block, dates_of)
    registrant: str | None = None
    past_preamble = not _PURSUANT.search(block[:400])
    certified = "nquiry" in block[:1500] and _INQUIRY.search(block[:1500]) is not None
    through = False  # in the lines of an entity signing for the registrant
    said = False  # the preamble has said "authorized" or "on behalf" (its end may come later)
    signers: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    beside: list[dict[str, Any]] = []  # signers side by side on one row, left to right
    column = 0.0
    names_low = [n.lower() for n in names if len(n) >= 8]
    initials = {n[0] for n in names_low}  # most rows open with none of them: no join, no lower
    registrant_row = -2  # the row that last named the registrant
    for k, row in enumerate(rows):
        if not past_preamble:
            # "... signed below by the following persons on behalf of the registrant and in
            # the" / "capacities and on the dates indicated.": the sentence ends lines later;
            # a signed row (a table under it with no heads) is read, not passed over
            joined = " ".join([c.text for c in row if not _is_rule(c.text)])
            said = said or bool(_AUTHORIZED.search(joined))
            if said and joined.rstrip().endswith((".", ":")):
                past_preamble = True
                continue
            past_preamble = bool(dates_of[joined])
            if not past_preamble or not any(_signed(c.text) for c in row):
                continue
        if not row:  # a blank line ends the title; a rule under a signature does not
            through = False
            if current is not None and current["title_lines"]:
                current, beside = None, []
            continue
        # rules only (the first chunk tells for most rows)
        if row[0].text[0] in _RULE_CHARS and all(_is_rule(c.text) for c in row):
            continue
        if current is not None and _ends_signer(row):
            current, beside = None, []
            continue
        signed = [c for c in row if _signed(c.text)]
        if not signed and current is None and registrant is not None and k + 2 < len(rows):
            signed = _typed_signature(row, rows[k + 1], rows[k + 2], dates_of)
        if not signed and "*" in row[0].text and len(row) > 1:
            signed = _starred(row, rows[k + 1 : k + 3], dates_of)
        if through and not signed:
            continue  # "its general partner" under "By: Acme GP, LLC,"
        through = False
        if signed:
            # (a bare "By:" names nobody: most rows of two signed chunks are "By:" and "/s/")
            named = len(signed) > 1 and sum(len(c.text) > 4 for c in signed) > 1
            beside = _side_by_side(signed, registrant) if named else []
        if beside and signed:  # "By: /s/ Jane Doe      By: /s/ John Smith": one per column
            signers.extend(beside)
            current = beside[0]
            # a table of two signers a row: "/s/ Jane Doe  Director  /s/ John Smith  Director"
            _read_below_each([c for c in row if c not in signed], beside, dates_of)
            continue
        if signed:
            marked = [c for c in signed if _marked(c.text)]  # (every marked chunk is signed)
            chunk = marked[0] if marked else signed[0]
            rest = [c for c in row if c.start > chunk.start and not _is_rule(c.text)]
            name, title = _name_of(chunk.text)
            if not name and rest and _signed(chunk.text):  # "By:" and the name apart
                name, title = _name_of(rest.pop(0).text)
            if not marked and (
                _ENTITY_NAME.search(name) or _ENTITY_ROLE.search(f"{name}, {title}")
            ):
                # "By: Acme GP, LLC, its general partner": the registrant signs through
                # another entity, whose own signer follows; its lines are no signer's
                current, beside, through = None, [], True
                continue
            by = any(c.text[:2].lower() == "by" and _BY_WORD.match(c.text) for c in row)
            if not by and _signs_for_self(signers, certified):
                registrant = None
            current = {"registrant": registrant, "name": name or None,
                       "title_lines": [title] if title else [], "date": None,
                       "col": chunk.start, "by": by}
            column = chunk.start
            for extra in rest:  # a table row: "/s/ Name    Title    Date"
                dates = dates_of[extra.text]
                if dates:
                    current["date"] = dates[0][1]
                else:
                    current["title_lines"].append(extra.text)
            _dates_left(row, chunk, current, dates_of)
            signers.append(current)
            continue
        if current is None:
            text = " ".join(c.text for c in row if not _DATE_LABEL.match(c.text)
                            and not dates_of[c.text] and not _DATE_SHAPE.match(c.text))
            if text[:1] == "(" and registrant_row != k - 1 and _REGISTRANT_CAPTION.match(text):
                # "(Registrant)" under a name no other test knows for one ("Ameritas
                # Variable Life Insurance Account", "... Kabushiki Kaisha")
                above = " ".join(c.text for c in rows[k - 1] if not dates_of[c.text]
                                 and not _DATE_LABEL.match(c.text)) if k else ""
                if above and not _signed(above) and not _is_rule(above):
                    registrant, registrant_row = squash(above), k
                continue
            own = _labelled_registrant(text) if "egistrant" in text and (
                text[-1:] == ")" or text[:1] in "Rr") else None
            if own:
                registrant, registrant_row = own, k
                continue
            if text and _is_registrant_line(text, name_keys, dates_of) and not (
                    k and len(rows[k - 1]) == 1 and _continues_sentence(rows[k - 1], text,
                                                                        name_keys)):
                text = squash(text)
                # "PERICOM SEMICONDUCTOR" over "CORPORATION": one name on two lines
                # ("INDIANA BELL TELEPHONE COMPANY," over "INCORPORATED" too)
                joined = registrant_row == k - 1 and registrant is not None and (
                    not _company_words(registrant) or registrant.endswith(","))
                if "," in text:  # "ACME HOMES, a California corporation"
                    text = _STATE_TAIL.sub("", text)
                registrant = f"{registrant} {text}" if joined else text
                registrant_row = k
            continue
        if row[0].text[:1].lower() in initials and _names_registrant(row, names_low):
            # the next registrant's block, right under this signer (Southern 2007)
            registrant = squash(_row_text(row))
            current = None
            continue
        if len(row) == 1 and current["title_lines"] and _next_registrant(
                row[0].text, current, name_keys, dates_of):
            registrant, current, beside, registrant_row = squash(row[0].text), None, [], k
            continue
        if beside:
            _read_below_each(row, beside, dates_of)
            continue
        _read_below(row, current, column, cells, dates_of)
    if signs_for and not certified and all(s["registrant"] is None for s in signers):
        for signer in signers:  # a 10-K's table under no registrant's name: the filer's
            signer["registrant"] = signs_for
    return [_finish(s, default_date, registrant) for s in signers
            if s["name"] or s["title_lines"]
            for registrant in _each_registrant(s["registrant"], names)]


# A schedule's certification, signed by each filing person: "After reasonable inquiry and to
# the best of my knowledge and belief, I certify ..." ("After due inquiry" in a Schedule TO)
_INQUIRY = lazy(r"[Aa]fter\s+(?:reasonable|due)\s+inquiry")
_BY_WORD = lazy(r"By[:.]?(?:\s|$)", re.I)


def _signs_for_self(signers: list[dict[str, Any]], certified: bool) -> bool:
    """A signature with no "By:" after an entity's "By:" signer, in a schedule (`certified`
    by its filing persons): a person filing with the entities, signing for themselves
    ("/s/ CARL C. ICAHN" after the Icahn entities' blocks), for no registrant. (A 10-K's
    directors sign "/s/" for the registrant under its "By:" signer; no such sentence there.)"""
    return certified and bool(signers) and signers[-1]["registrant"] is not None \
        and bool(signers[-1].get("by"))


def _typed_signature(row: list[Chunk], rule: list[Chunk], again: list[Chunk],
                     dates_of: _Dates) -> list[Chunk]:
    """A name typed over the line signed on, with no "By:" or "/s/": "JANE DOE" over
    "--------" over "Jane Doe" (the name typed again, as under a signature): that chunk."""
    if not rule or not again or not all(_is_rule(c.text) for c in rule):
        return []
    chunk = row[-1]  # the signer's column is the right one; a date may stand left of it
    text = chunk.text
    if dates_of[text] or chunk.end < rule[0].start:
        return []
    return [chunk] if any(_same_person(c.text, text) for c in again) else []


# A paragraph or heading right under a title (HTML <div>s leave no blank line between them)
_PARAGRAPH_START = compiled(r"[PpKk](?i:ursuant\s+to\s|now\s+all\s)")
_POWER_HEADING = compiled(r"(?:signatures?\s+and\s+)?power\s+of\s+attorney:?$", re.I)


# A "By:" naming an entity that signs for the registrant: a company or a bank by its name,
# or anyone "as Trustee", "its general partner" (a person's title may say "of the Company")
_ENTITY_NAME = compiled(
    r"\b(?:INC|CORP|CORPORATION|COMPANY|LTD|LLC|L\.L\.C|L\.P|LP|N\.A|BANK|TRUST)\b", re.I)
_ENTITY_ROLE = compiled(
    r"\b(?:its|as)\s+(?:sole\s+|managing\s+|general\s+)?(?:general\s+partner|managing\s+member"
    r"|manager|member|trustee|owner\s+trustee|servicer|depositor)\b", re.I)


def _row_text(row: list[Chunk]) -> str:
    return " ".join(c.text for c in row)


def _ends_signer(row: list[Chunk]) -> bool:
    """The row ends the signer's lines: the 10-K's "Pursuant to the requirements ... signed
    below by the following persons", "KNOW ALL PERSONS BY THESE PRESENTS", a "POWER OF
    ATTORNEY" heading, a long sentence, or the column heads of the table that follows."""
    text = row[0].text
    if len(row) == 1:
        return len(text) > 200 or text[0] in "PpKkSs" and (
            _PARAGRAPH_START.match(text) is not None or _POWER_HEADING.match(text) is not None)
    if text[0] in "Pp" and _PARAGRAPH_START.match(text):
        return True
    return text.lower() in _COLUMN_HEADS and _is_column_heads(_row_text(row))


_CONNECTOR_END = compiled(r"(?:,|&|\b(?:of|and|for|to|the))$", re.I)


def _next_registrant(text: str, signer: dict[str, Any], name_keys: list[str],
                     dates_of: _Dates) -> bool:
    """A company's name right under a finished title: the next registrant's block of a joint
    filing ("Title: Chief Financial Officer" over "ICAHN ENTERPRISES L.P."), in capitals or
    under a "Title:" label, and not the end of a title cut after "of" or "and"."""
    if not (signer.get("labelled") or text.isupper()) or not _company_words(text):
        return False
    return not _CONNECTOR_END.search(signer["title_lines"][-1]) \
        and _is_registrant_line(text, name_keys, dates_of)


def _starred(row: list[Chunk], below: list[list[Chunk]], dates_of: _Dates) -> list[Chunk]:
    """A 10-K table row signed for by an attorney-in-fact ("*By: /s/ ..." under the table):
    a star in the signature column, beside the title and date, and the name typed under it
    ("*" over "Robert Brown") or beside the star ("* Robert Brown", "ROBERT BROWN*")."""
    chunk = row[0]
    text = chunk.text
    bare = text.strip("* ")
    if bare:
        return [chunk] if text.strip()[0] == "*" or text.strip()[-1] == "*" \
            and _typed_name(bare) else []
    if any(dates_of[c.text] for c in row[1:]):
        return [chunk]
    typed = next((r for r in below if r and not all(_is_rule(c.text) for c in r)), None)
    return [chunk] if typed and _typed_name(typed[0].text) else []


def _typed_name(text: str) -> bool:
    """A personal name as typed under a signature, also in capitals ("ROBERT BROWN")."""
    return person_name(text.title() if text.isupper() else text) is not None


def _side_by_side(signed: list[Chunk], registrant: str | None) -> list[dict[str, Any]]:
    """A signer for each signed chunk of a row, when two or more of them name someone."""
    out = []
    by: float | None = None  # a "By:" in a cell or column of its own: the signer's column
    for chunk in signed:
        name, title = _name_of(chunk.text)
        if not name:
            by = chunk.start if by is None else by
            continue
        out.append({"registrant": registrant, "name": name,
                    "title_lines": [title] if title else [], "date": None,
                    "col": chunk.start if by is None else by})
        by = None
    return out if len(out) > 1 else []


def _read_below_each(row: list[Chunk], beside: list[dict[str, Any]], dates_of: _Dates) -> None:
    """Lines under signers side by side: each chunk goes to the signer whose column it
    stands in (the last one starting at or left of it); a date alone goes to all of them."""
    parts: list[list[Chunk]] = [[] for _ in beside]
    for chunk in row:
        if dates_of[chunk.text] and len(chunk.text) < 25 and not _signed(chunk.text):
            for signer in beside:
                signer["date"] = signer["date"] or dates_of[chunk.text][0][1]
            continue
        k = max((j for j, s in enumerate(beside) if s["col"] <= chunk.start + 4), default=0)
        parts[k].append(chunk)
    for signer, chunks in zip(beside, parts, strict=True):
        if chunks:
            _read_below(chunks, signer, signer["col"], False, dates_of)


def _each_registrant(text: str | None, names: list[str]) -> list[str | None]:
    """The registrants a signer signs for: several when their names stand in one line
    ("ALABAMA POWER COMPANY GEORGIA POWER COMPANY ..." in a combined filing), as printed."""
    if text is None or len(names) < 2:
        return [text]
    low = text.lower()
    found: list[tuple[int, int]] = []
    for name in names:
        at = low.find(name.lower())
        if at >= 0:
            found.append((at, at + len(name)))
    found.sort()
    spans = [f for k, f in enumerate(found) if k == 0 or f[0] >= found[k - 1][1]]
    covered = sum(end - start for start, end in spans)
    if len(spans) < 2 or covered < 0.8 * len(text.replace(" ", "")):
        return [text]
    return [text[start:end] for start, end in spans]


def _dates_left(row: list[Chunk], chunk: Chunk, signer: dict[str, Any],
                dates_of: _Dates) -> None:
    for other in row:
        if other.start < chunk.start:
            dates = dates_of[other.text]
            if dates:
                signer["date"] = dates[0][1]


def _read_below(row: list[Chunk], signer: dict[str, Any], column: float, cells: bool,
                dates_of: _Dates) -> None:
    """Lines under a signature: the name again, "Name:", "Title:", title lines, a date."""
    kept: list[str] = []
    for chunk in row:
        text = chunk.text
        if _is_rule(text):
            continue
        if not signer["name"] and not kept and _typed_name(text):
            signer["name"] = text  # under a star, or "By:" typed with no name
            continue
        dates = dates_of[text]
        if dates and (_DATE_LABEL.match(text) or len(text) < 25):
            signer["date"] = signer["date"] or dates[0][1]
            continue
        if _DATE_LABEL.match(text) and len(text) < 8:
            continue  # the "Date" caption under a date
        if text[:1] == "(" and _CAPTION.match(text):
            continue  # "(Date)" in a cell beside the name and title
        if text[0] == "*" and len(text) > 30 and text[1:2].isalpha():
            continue  # the note of a "(Signature)*" caption: "*Print the name and title ..."
        if text[0] in "SsNnTt" and len(text) < 16 and _BARE_CAPTION.match(text):
            continue  # a schedule's "Signature" and "Name/Title" under their lines
        if not cells and chunk.end < column - 4:
            continue  # left column: dates and captions, not the signer's
        if not kept and signer["name"] and not signer.get("typed"):
            typed = _typed_under(text, signer["name"])
            if typed is not None:
                # "/s/ W.A. Freeman" over "William A. Freeman" (", President"): the name
                # typed under the signature is the printed one; what follows is the title
                signer["name"], signer["typed"] = _printed_name(signer["name"], typed[0]), True
                text = typed[1]
                if not text:
                    continue
        kept.append(text)
    text = squash(" ".join(kept))  # "Title:" and its value may sit in two cells
    if not text or (text[0] == "(" and _CAPTION.match(text)):
        return
    if text[0] in "Nn" and _NAME_TITLE_LABEL.match(text):
        # a schedule's "Name/Title: Jane Doe, Managing Director": the name, then the title
        text = _NAME_TITLE_LABEL.sub("", text)
        typed, title = _name_of(text)
        if not signer["name"] or typed and _same_person(typed, signer["name"]):
            # (the name typed in full under "/s/ Bill Smith" too)
            signer["name"] = _printed_name(signer["name"], typed) if signer["name"] else typed
            text = title or ""
    elif _NAME_LABEL.match(text):
        typed = _NAME_LABEL.sub("", text)
        label = _INLINE_TITLE.search(typed) if ":" in typed else None
        if label:  # "Name: Jane Doe      Title: President" on one line
            signer["title_lines"].append(typed[label.end() :])
            signer["labelled"] = True
            typed = typed[: label.start()]
        else:
            cut = _TITLE_START.search(typed)
            if cut:  # "Name: Jane Doe, President"
                signer["title_lines"].append(typed[cut.end() :])
                typed = typed[: cut.start()]
        name = signer["name"]
        if not name:
            signer["name"] = typed
        elif _same_person(typed, name):
            # "/s/ CARL C. ICAHN" over "Name: Carl C. Icahn", "/s/ Bill Smith" over "Name:
            # William Smith": the typed name
            signer["name"] = _printed_name(name, typed.rstrip(" ,"))
        return
    if _TITLE_LABEL.match(text):
        signer["title_lines"].append(_TITLE_LABEL.sub("", text))
        signer["labelled"] = True
        return
    if not signer["name"] and not signer["title_lines"]:
        # "By:" with no signature typed: the name is the first line below
        head, title = _name_of(text)
        if person_name(head):
            signer["name"] = head
            if title:
                signer["title_lines"].append(title)
            return
    name = (signer["name"] or "").lower()
    if name and not signer["title_lines"] and _same_person(text, name):
        # the name typed again under the signature ("Daniel. E. Jackson"); typed in mixed
        # case under a signature in capitals ("/s/ JANE DOE" over "Jane Doe"), it is kept
        typed = text.rstrip(" ,")
        if signer["name"].isupper() and not typed.isupper() and _letters(typed) == _letters(name):
            signer["name"] = typed
        return
    if name and name in text.lower():
        # "Jason Smart, Chief Executive Officer," or a table row "Title   Gregory L. Summe"
        at = text.lower().index(name)
        typed = text[at : at + len(name)]
        if signer["name"].isupper() and not typed.isupper():
            # "/s/ JANE DOE" over "Jane Doe, Senior Vice"; in a table, "/s/ JANE DOE
            # Director  March 1, 2005" over "Jane Doe" (or "Jane Doe   and Treasurer")
            signer["name"] = typed
        after = text[at + len(name) :]
        suffix = _NAME_SUFFIX.match(after) if at == 0 else None
        if suffix:  # "Jane Doe, Ph.D." under "/s/ Jane Doe": the name's, not the title's
            signer["name"] += suffix.group()
            after = after[suffix.end() :]
        # "Jane Doe / Principal", "Jane Doe - President"; "(JANE DOE)" leaves its brackets
        text = squash(f"{text[:at]} {after}").replace("()", "").replace("( )", "") \
            .lstrip(", /-\u2013\u2014")
    if text.strip():
        signer["title_lines"].append(text.strip())


# (not "Sr.": "Jane Doe, Sr. Vice President" is a title)
_NAME_SUFFIX = compiled(r",?\s?(?:Jr|II|III|IV|Ph\.\s?D|M\.D|Esq|CPA)\.?(?=,|\s|$)")


def _letters(text: str) -> str:
    return _NOT_LETTERS.sub("", text).lower()


def _printed_name(signed: str, typed: str) -> str:
    """The signer's name of a signature and the name typed with it (the same person): the
    typed one, the signer's full printed name ("Dr. Kanwar J.S. Chadha" under "/s/ Ken
    Chadha"), unless it only repeats the signature in capitals ("/s/ Luca Maestri" over
    "LUCA MAESTRI") or shortens it."""
    if typed.isupper() and not signed.isupper() and (
            _letters(typed) == _letters(signed) or len(typed.split()) < len(signed.split())):
        return signed
    return typed


# initials run together ("J.S.", "W.A."): one token each for person_name
_INITIALS = lazy(r"(?<=\b[A-Z]\.)(?=[A-Z]\b)")


_NICK_MARKS = "\"'(\u201c\u2018"
# a nickname in single quotes ("William 'Bill' Smith"), as person_name reads it in double ones
_SINGLE_QUOTED = lazy(r"(?<=[ \t])['\u2018]([A-Z][a-z]{1,15})['\u2019](?=[ \t])")


def _typed_person(text: str) -> bool:
    """_typed_name, also for initials run together, an honorific and a nickname ("Dr. Kanwar
    J.S. Chadha", "W.A. FREEMAN", "William 'Bill' Smith")."""
    if text.isupper():
        text = text.title()
    if "'" in text or "\u2018" in text:
        text = _SINGLE_QUOTED.sub(r'"\1"', text)
    return person_name(_INITIALS.sub(" ", text) if "." in text else text) is not None


def _typed_under(text: str, name: str) -> tuple[str, str] | None:
    """A line under a signature that opens with a personal name sharing the signer's
    surname: that name typed in full (and a "Jr." or "Ph.D." after it), and the rest of the
    line after a comma or dash ("William A. Freeman, President"); None for a title line or
    another person's name."""
    if text == name or text.lower() == name.lower():
        return text, ""  # (the common case: the name typed again as signed)
    if text[:4] in ("Name", "NAME"):
        return None  # "Name: Jane Doe": read by its label
    if text[0] == "(" and text[-1] == ")":  # "(ROBERT J. BROWN)" under a 10-K's signature
        typed = _typed_under(text[1:-1], name) if len(text) > 2 else None
        return typed if typed and not typed[1] else None
    surname = _surname(name)
    low = text[:80].lower()
    if not surname or surname not in low:
        return None  # (most lines under a signature: the cheap test)
    parts = text.split()
    for k, word in enumerate(low.split()[1:6], 1):
        if word.strip(".,") != surname:
            continue
        typed = " ".join(parts[: k + 1]).rstrip(",")
        if typed != name and not _typed_person(typed):  # (most often the name typed again)
            return None
        rest = " ".join(parts[k + 1 :]) if word[-1] != "," else ", " + " ".join(parts[k + 1 :])
        typed, rest = _with_suffix(typed, rest)
        if rest and rest[0] not in ",/-(\u2013\u2014" and not _TITLE_WORD.match(rest):
            return None  # "Jane Doe Smith Trust"? not a name and a title apart
        return typed, rest.lstrip(", /-\u2013\u2014") if rest[:1] != "(" else rest
    return None


@lru_cache(maxsize=512)
def _surname(name: str) -> str:
    """The signer's surname in lower case ("smith" of "John Smith, Jr.", "o'brien")."""
    words = name.lower().replace(",", " ").split()
    while len(words) > 1 and words[-1].strip(".") in _SUFFIXES:
        words.pop()
    return words[-1].strip(".") if words else ""


_SUFFIXES = frozenset("jr sr ii iii iv ph.d phd m.d md esq cpa".split())


def _same_person(text: str, name: str) -> bool:
    """The line is the signer's name typed again: the same letters, or a personal name with
    the same surname ("/s/ W.A. Freeman" over "William A. Freeman")."""
    text = text.rstrip(" ,")
    if text.lower() == name.lower():
        return True  # (the common case, tested first)
    words = text.split()  # a name: two to five words, each capitalised
    # (a nickname's quotes or brackets before its capital: 'William "Bill" Smith')
    if not 2 <= len(words) <= 5 or not all(w.lstrip(_NICK_MARKS)[:1].isupper() for w in words):
        return False
    # "Daniel. E. Jackson"; "Dr. Kanwar J.S. Chadha" under "/s/ Ken Chadha"; "John A. Smith,
    # Jr." under "/s/ John A. Smith" (the surname before a suffix)
    return _letters(text) == _letters(name) \
        or _letters(_surname(text)) == _letters(_surname(name))


def _names_registrant(row: list[Chunk], names_low: list[str]) -> bool:
    """The row opens with a registrant's name (`names_low`: the names in lower case)."""
    text = _row_text(row).lower()
    return any(text.startswith(n) for n in names_low)


_FULL_STOP = lazy(r"(?<=[a-z]{4})\.$")


def _finish(signer: dict[str, Any], default_date: str | None,
            registrant: str | None) -> dict[str, Any]:
    title = squash(" ".join(signer["title_lines"])).strip(" ,") or None
    if title and title[-1] == "." and _FULL_STOP.search(title):
        title = title[:-1]  # "Member of the / Executive Board.": not "Inc." or "Corp."
    return {"registrant": registrant, "name": signer["name"], "title": title,
            "date": signer["date"] or default_date}


# Forms whose signers sign for themselves, not for the company the record names: a
# schedule's filing persons (its registrant is the subject company), an insider's Forms 3, 4,
# 5 and 144, the SEC staff's letters
_FOR_THEMSELVES = lazy(r"SC\b|[345](?:/A)?$|144\b|UPLOAD", re.I)


def apply(ctx: Context) -> None:
    primary = ctx.primary
    if primary is None:
        return
    names = [r["name"] for r in ctx.record["registrants"] if r.get("name")]
    found: list[dict[str, Any]] = []
    if primary.readable:
        text = primary.text
        if ctx.items:  # the block follows the last item; do not read a TOC or the cover
            text = text[ctx.items[-1].start :]
        block = signature_block(text)
        if block:
            signs_for = names[0] if len(names) == 1 and not _FOR_THEMSELVES.match(
                ctx.form_type or "") else None
            found = parse_signatures(block, primary.format == "html", names, signs_for)
    if not found:  # Forms 3/4/5 and 13F sign without a SIGNATURES section
        found = form_signatures(primary.body, primary.text if primary.readable else None,
                                names[0] if names else None, ctx.form_type)
    ctx.record["signatures"] = found
