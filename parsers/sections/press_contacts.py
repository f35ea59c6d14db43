"""Contacts of a press release: the people to call, as the release prints them.

Schema slice: ``contacts`` [{name, organization, role, phone, email, url}], seed 000::

    {"name": "John Dinsmore", "organization": "Feldman Communications Inc.", "role": null,
     "phone": "410-571-8900", "email": "JDFelCom@aol.com",
     "url": "www.FeldmanCommunications.com"}

Blocks come stacked (name / role / organisation / phone / email / url, one per line, seeds
000 and 002), side by side in tab or space separated columns (seed 001, Asta Funding 2004,
Oracle 2019), one per heading ("Finance Contact: John Pittenger", "Press Contact:" /
"Investor Relations Contact:"), on one line ("Caterpillar media contact: Kate Kenny, +1
309-361-9333 or Kenny_Kate@cat.com") or as a PR Newswire trailer ("/CONTACT:  Mike Craighead,
VP/Chief Financial Officer of Pericom, +1-408-435-0800/"). A contact needs a personal name;
the heading's qualifier ("Finance Contact") is the role when no role line is printed. Names
printed together share the organisation, phone and web site that follow them; an e-mail goes
to the person whose name it spells ("ahui@..." -> Alex Hui), else to the last one named.
After a name and a comma, words with no job or department in them are a firm ("Jane Doe,
FTI Consulting"); an extension stays with its phone ("(212) 555-1234 ext. 204"); a fax is
never the phone.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Any

from ..lazy_re import lazy
from ..linescan import LinePattern
from .patterns import SIGNATURE_HEADING
from .press_parts import match_dateline
from .press_patterns import (
    ABOUT_HEADING,
    CONTACT_HEADING,
    CONTACT_PLAIN,
    CONTACT_SENTENCE,
    EMAIL,
    END_MARK,
    FLS_HEADING,
    FURNITURE,
    HONORIFICS,
    ITEM_HEADING,
    NOTE_TO_EDITORS,
    PHONE,
    RELEASE_MARKER,
    ROLE_WORDS,
    SEPARATOR,
    URL,
    any_of,
)
from .press_quotes import person_name
from .press_text import normalise

_MAX_CONTACT_LINES = 40
_GAP = lazy(r"\t+| {3,}")
_LABEL_WORDS = (
    "tel telephone phone ph fax e-mail email mobile cell office direct web website url mailto"
    .split()
)
_LABELS = lazy(
    r"\((?i:t|e|f|o|m|c|p|tel|ph|phone|fax|email|e-mail|office|mobile|cell|direct)\)"
    # (not the "Ph." of "Ph.D."), or one capital and a colon: "T: 408-555-1234", "E: jd@..."
    # (one "\b" before both: a third alternative tried at every position is 25% slower)
    rf"|\b(?:(?i:{'|'.join(_LABEL_WORDS)})\b(?!\.[ \t]?D\b)[ \t]*[.:]?|[TEPMOFCWD][ \t]*:)"
)
# A piece of each label word that its lower-cased spelling always holds: the longest without
# "i" or "s", whose case-insensitive twins ("ı", "ſ") lower() keeps ("office" -> "off").
_LABEL_HINTS = tuple(dict.fromkeys(max(re.split("[is]", w), key=len) for w in _LABEL_WORDS))
# "(212) 555-1234, ext. 204", "... x204": the extension is part of the phone
_EXTENSION = lazy(r"[ \t]*[,(]?[ \t]*((?i:ext(?:ension)?\.?|x)[ \t]*\d{1,6})\b\)?")
_PHONE_MORE = lazy(r"(?:[ .-]\d{2,4}){1,2}(?![\d])")
_FAX_BEFORE = lazy(r"(?:(?i:fax)[ \t.:]*|\bF[ \t]*:[ \t]*)$")
_FAX_AFTER = lazy(r"^[ \t]*\(?(?i:fax|f)\)")
_NAME_SPLIT = lazy(r"[ \t]*/[ \t]*|[ \t]+(?:or|and|&)[ \t]+")
# "Michael Heffernan, President, CEO    and Chairman": a justified gap inside one cell.
_CONTINUES = lazy(r"^[a-z]+(?:[ \t]|$)")
_PAREN_ROLE = lazy(r"^(?P<name>[^()]+?)[ \t]*\((?P<role>[^()]{1,40})\)$")
# Cut from both ends of a contact cell, with white space.
_JUNK = ",;:/|\u2022\u00b7-"
# Joining words left over once phones and e-mails are cut out: "Ryan Fiedler, ... or ..."
_NICKNAME = lazy(r"[ \t]+[\"\u201c][A-Z][a-z]+[\"\u201d](?=[ \t])")
_PARTICLES = frozenset(("van", "von", "der", "den", "ter"))
# PR Newswire: "Jane Doe of Brunswick Group, +1-212-..., for Acme Widgets": the agency's
# client, no part of anyone's organisation
_CLIENT = lazy(r",[ \t,]{0,12}for[ \t]+[A-Z][^;]{0,80}$")
# between the people of such a line: "; or John Roe ...", ", or John Roe ..."
_PERSON_SPLIT = lazy(r";[ \t]*|,[ \t]+(?=or[ \t]+[A-Z])")
_DANGLING = lazy(
    r"^(?:(?:or|and|of|for|at|both|all)(?:[ \t]+|$))+|(?:[ \t,;]+(?:or|and|at))+$"
)
_DANGLING_FIRST = ("or", "and", "of", "for", "at", "both", "all")  # how _DANGLING's ends read
_DANGLING_LAST = ("or", "and", "at", "or\n", "and\n", "at\n")  # ("$": before a last newline)
_DIGIT = lazy(r"\d")
_CREDENTIALS = (r"(?:CFA|CPA|CFP|MBA|Esq\.?|Ph\.?\s?D\.?|J\.?D\.?|M\.?D\.?|APR)"
                r"(?:,?\s(?:CFA|CPA|CFP|MBA|Esq\.?|Ph\.?\s?D\.?|APR))?")
_CREDENTIAL = lazy(_CREDENTIALS)
# "John A. Smith, Jr., Treasurer", "Jane Doe, Ph.D., Vice President": the name's suffix (kept)
# or letters (dropped) before the role
_SUFFIX_FIRST = lazy(r"^[ \t]*(?P<suffix>Jr\.?|Sr\.?|II|III|IV)[ \t]*(?:,|$)")
_CREDENTIAL_FIRST = lazy(rf"^[ \t]*{_CREDENTIALS}[ \t]*,")
_NOT_TAB = lazy(r"[^\t]")
_WORD_GAP = lazy(r"[ \t/]+")
# A group of contacts named inside a line: "Investors: Jane Doe, ...; Media: Bob Smith, ..."
# or PR Newswire's "Investors, John Smith, +1-..., or Media, Jane Doe, +1-..."
_GROUP = (
    r"(?:investors?|media|analysts?|press|shareholders?|stockholders?|financial[ \t]+community"
    r"|(?:investor|media|press|public|shareholder)[ \t]+(?:relations|contacts?|inquiries))"
    r"(?:[ \t]+(?:contacts?|inquiries))?"
)
_GROUP_LABEL = lazy(rf"(?i:(?:or[ \t]+)?(?P<label>{_GROUP}))[ \t]*[:,\u2013-][ \t]*")
_GROUP_SPLIT = lazy(rf";[ \t]*|,?[ \t]+(?i:or)[ \t]+(?=(?i:{_GROUP})[ \t]*[:,])")
# "..., both of Acme Corp.": the organisation of everyone the line names
_ALL_OF = lazy(r",?[ \t]+(?:both|all)[ \t]+of[ \t]+(?P<org>[^;]{2,80})$")
_ROLE_CELL = lazy(
    rf"^(?:or[ \t]+)?(?P<role>[A-Z][\w&/ ]{{0,40}}[ \t](?i:contacts?)|(?i:{_GROUP}))$")
# A postal address inside a contact block: "3545 North First Street", "San Jose, CA 95134".
ADDRESS = lazy(
    r"\b\d{1,6}[ \t]+(?:[A-Z][\w.]*[ \t]+){1,4}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Drive"
    r"|Boulevard|Blvd\.?|Lane|Way|Parkway|Pkwy\.?|Place|Court|Plaza)(?![\w])"
    r"|\b[A-Z][A-Za-z.]*(?:[ \t][A-Z][A-Za-z.]*)?,[ \t]*[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?\b"
)
# (the first letter as a set: a case-insensitive alternation gives the regex engine no
# first character to skip to, and is five times slower)
_CONTACT_HINT = lazy(r"[acimpACIMP](?i:ontact|nformation|edia|nvestor|ress|nalyst)")
# Role headings with no colon, side by side over contact columns (a table's heading row):
# "Investor Relations<TAB>Media", "INVESTORS      MEDIA". Alone on a line such words are a
# contact's job ("Investor Relations" under a name), so a row needs two.
_BARE_ROLE = (
    r"(?i:(?:investor|media|press|public|analyst|shareholder)s?[ \t]+(?:relations|inquiries"
    r"|contacts?)|investors?|media|press|analysts?)"
)
_ROLE_ROW = lazy(rf"^[ \t]*{_BARE_ROLE}(?:(?:\t|[ ]{{3}})[ \t]*{_BARE_ROLE})+[ \t]*$")
_BARE_ROLE_ONLY = lazy(rf"{_BARE_ROLE}$")
# One such word alone on a line heads a group only where a blank line stands above it and a
# person's name right below, with a phone or an e-mail in the lines after: "Investor
# Relations" / "Jane Doe" / "(408) 555-1212" (under a name it is still the name's job).
# Lines of role words only, one or more: a row (_ROLE_ROW) or maybe a lone heading.
# (the possessive indent and the first-letter test: giving an indent back a blank at a time,
# each shorter one tried against the role words, made this scan 6x slower)
_ROLE_LINES = LinePattern(
    rf"[ \t]*+(?=(?i:[imaps])){_BARE_ROLE}(?:(?:\t|[ ]{{3}})[ \t]*{_BARE_ROLE})*[ \t]*$"
)
_LONE_ROLE_REACH = 4  # lines below the heading where the phone or e-mail must be
_INFO_TAIL = lazy(r"(?i:(contacts?)[ \t]+(?:information|info|details))$")
# PR Newswire trailer: "/CONTACT:  Mike Craighead, VP/Chief Financial Officer of Pericom,
# +1-408-435-0800/" - one comma-separated record, wrapped, closed by a slash.
_SLASH_HEADING = lazy(r"^[ \t]*/(?i:contact)[ \t]*:")
# "For further information, please contact Jane Doe, Treasurer, at (303) 555-0100." - one
# sentence, wrapped over its paragraph's lines.
_SENTENCE_HEADING = lazy(rf"^[ \t]*{CONTACT_SENTENCE}[ \t]+(?=[A-Z])")
# ... or one inside a paragraph's line, after another sentence: "The call will be webcast.
# For more information, contact Jane Doe at (408) 555-0142."
_MAX_PARAGRAPH = 5000
_SENTENCE_INSIDE = lazy(rf"[.!?][\"\u201d)]?[ \t]+{CONTACT_SENTENCE}[ \t]+(?=[A-Z])")
# A sentence's stop: not an initial's ("Jane A. Doe", "J. Doe")
_SENTENCE_END = lazy(r"(?<!\b[A-Z])\.(?=[ \t]+[A-Z]|[ \t]*$)")
_SENTENCE_OR = lazy(r",?[ \t]+or[ \t]+(?=[A-Z])")  # "... at (303) 555-0100 or John Roe at ..."
# Lines that end a contact block by how they start (one regex call instead of eleven).
_BLOCK_END = any_of(
    SIGNATURE_HEADING, ITEM_HEADING, NOTE_TO_EDITORS, ABOUT_HEADING, END_MARK, SEPARATOR,
    *(p for _, p in FURNITURE),
)
# A company's legal form closing a contact cell: "Acme Corp.", "Stapleton Communications Inc."
# (not a department such as "Corporate Communications", which is part of a role)
_ENTITY_END = lazy(
    r"(?i:\b(?:inc|corp|corporation|company|co|llc|ltd|limited|plc|l\.?p|n\.[va]|s\.a|ag|gmbh)"
    r"\b\.?)$"
)
_DEPARTMENT = lazy(
    r"[ \t]*(?i:investor|media|public|press|shareholder|stockholder|corporate|financial)[ \t]+"
    r"(?i:relations|communications|affairs)[ \t]*$"
)
# Jobs the shared ROLE_WORDS lack, and the words departments are made of (a contact's
# "role" when printed alone: "Jane Doe, Finance", "Investor Relations and Communications")
_JOB_WORDS = ROLE_WORDS | frozenset(
    "controller comptroller coordinator specialist representative administrator supervisor"
    " consultant advisor adviser associate assistant asst sr exec".split()
)
_DEPARTMENT_WORDS = frozenset(
    "investor investors relations media press public corporate communications communication"
    " marketing affairs finance financial accounting treasury sales ir pr external internal"
    " strategic global government legal operations business development and of & the".split()
) | {""}
_ORG_WORDS = lazy(
    r"(?i:\b(?:inc|corp|corporation|company|co|llc|ltd|group|communications|partners|associates"
    r"|holdings)\b)"
)


@dataclass
class _Contact:
    name: str
    role: str | None = None
    heading_role: str | None = None
    organization: str | None = None
    phone: str | None = None
    email: str | None = None
    url: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "organization": self.organization,
            "role": self.role or self.heading_role,
            "phone": self.phone,
            "email": self.email,
            "url": self.url,
        }


_BLANK = ("blank", "")


def heading_role(line: str) -> tuple[str | None, str] | None:
    """(role or None, the line with the heading blanked) when the line opens a contact block.

    Blanking (not cutting) keeps the columns of what follows in place: "Contact:\tJohn
    Dinsmore\t\tJohn Pittenger" (seed 001).
    """
    # Cheap tests first: most lines of a release are prose. A heading has a ":" or is
    # "Contact(s)" (maybe beside a blanked "FOR IMMEDIATE RELEASE"); no letter of "contact"
    # has a case-insensitive twin outside ASCII, so the lower-cased line holds it.
    if ":" not in line and "contact" not in line.lower():
        return None
    if not _CONTACT_HINT.search(line):
        return None
    clean = _strip_markers(line)
    m = CONTACT_HEADING.match(clean)
    if m is None:
        inside = _sentence_inside(clean)
        return (None, " " * inside.end() + clean[inside.end() :]) if inside else None
    head = normalise(clean[: m.start("rest")].strip(" \t/").rstrip(":").strip())
    if head[-1:] in "nosNOS":  # "Media Contact Information" is the role "Media Contact"
        head = _INFO_TAIL.sub(r"\1", head)
    rest = _NOT_TAB.sub(" ", clean[: m.start("rest")]) + clean[m.start("rest") :]
    return (None if CONTACT_PLAIN.match(head) else head), rest


def _may_be_sentence(line: str) -> bool:
    """Whether CONTACT_SENTENCE may be in the line: it needs "information" in some case."""
    return "nformation" in line or "NFORMATION" in line


def _sentence_inside(line: str) -> re.Match[str] | None:
    """The "For more information, contact" after another sentence in the line, if any.

    (Searched only around each "contact": a rendered HTML paragraph is one long line; none
    in a line longer than any paragraph, a whole document not split into lines.)"""
    if len(line) > _MAX_PARAGRAPH or not _may_be_sentence(line):
        return None
    for word in ("ontact", "ONTACT"):  # what CONTACT_SENTENCE needs, in either case
        i = line.find(word)
        while i >= 0:
            m = _SENTENCE_INSIDE.search(line, max(0, i - 80), i + 40)
            if m:
                return m
            i = line.find(word, i + 6)
    return None


def _strip_markers(line: str) -> str:
    """Blank out "FOR IMMEDIATE RELEASE" / "NEWS RELEASE" cells, keeping columns in place."""
    if "relea" not in line.lower():
        return line  # every marker says "release" ("relea": (?i:s) also reads "ſ")
    out = line
    for cell in _GAP.split(line):
        if cell.strip() and RELEASE_MARKER.match(cell.strip()):
            out = out.replace(cell, " " * len(cell), 1)
    return out


def _cells(line: str) -> list[tuple[int, str]]:
    """(visual column, text) of each cell; a lower-case cell continues the previous one."""
    out: list[tuple[int, str]] = []
    pos = 0
    pieces = []
    if "\t" in line or "   " in line:  # what _GAP needs
        for m in _GAP.finditer(line):
            pieces.append((pos, line[pos : m.start()]))
            pos = m.end()
    pieces.append((pos, line[pos:]))
    for start, seg in pieces:
        # both address forms hold a digit
        text = (ADDRESS.sub("", seg) if _DIGIT.search(seg) else seg).strip(" ,")
        if not text:
            continue
        col = len(line[:start].expandtabs(8)) + len(seg) - len(seg.lstrip())
        if out and _CONTINUES.match(text) and not (EMAIL.search(text) or URL.search(text)):
            out[-1] = (out[-1][0], out[-1][1] + " " + text)
        else:
            out.append((col, text))
    return out


def _people(text: str) -> list[tuple[str, str | None, str | None]]:
    """Names, roles and organisations in a contact cell: "Mitchell Herman, CFO", "Andria
    Arena (Media)", "Alex Hui/Angela Chen", "Deborah Stapleton or Alexis Pascal", "Jane Doe
    of Acme Corp." and "Jane Doe, Acme Corp." (PR Newswire's "CONTACT:" line)."""
    found = _named(text)
    if found or not (" of " in text or " at " in text or " with " in text):
        return found
    # "Jane Doe of Acme Corp.", "Jane Doe at Brunswick Group", "Jane Doe with Edelman"
    for sep in (" of ", " at ", " with "):
        head, _, org = text.partition(sep)
        org = org.strip(" ,;")
        if (org[:1].isupper() or (sep == " of " and org)) and (found := _named(head)):
            return [(name, role, org) for name, role, _ in found]
    return []


def _named(text: str) -> list[tuple[str, str | None, str | None]]:
    text = text.strip(" ,;")
    role = None
    m = _PAREN_ROLE.match(text) if ")" in text else None
    if m:
        text, role = m.group("name"), m.group("role")
    head, _, tail = text.partition(",")
    if tail and _DEPARTMENT.match(head):
        # "Investor Relations, Dana White, 312-555-0110" (PR Newswire's "For further
        # information:" line): the department first is the role
        return [(name, role or head.strip(), org) for name, role, org in _named(tail)]
    if _ENTITY_END.match(tail.partition(",")[0].strip()):
        # "Apple Computer, Inc.", "Acme Widgets, Inc., San Jose": a legal form after the
        # comma
        return []
    for sep in (" - ", " \u2013 ", " \u2014 "):
        if sep in head and not tail:
            head, _, tail = head.partition(sep)
    head = head.strip()
    name = person_name(head)
    if name is None and not (head.isascii() and '"' not in head and " v" not in head):
        name = _person_spelt_plainer(head)  # (only where another spelling may read)
    if name:
        tail = normalise(tail).strip(" ,;")
        suffix = _SUFFIX_FIRST.match(tail) if tail and tail[0] in "JSI" else None
        if suffix:
            name += ", " + suffix.group("suffix")
            tail = tail[suffix.end() :].strip(" ,;")
        if _CREDENTIAL.fullmatch(tail):
            tail = ""  # "Stephen D. Axelrod, CFA": a letter after the name, not a role
        elif tail and tail[0] in "ACEJMP" and (letters := _CREDENTIAL_FIRST.match(tail)):
            tail = tail[letters.end() :].strip(" ,;")
        org = None
        if tail and (_ENTITY_END.search(tail) or _org_like(tail.rpartition(",")[2])):
            # "Jane Doe, Acme Corp.", "Jane Doe, Director, Acme Corp.", "Edgar P. McDougal,
            # Sears, Roebuck and Co.", "Jane Doe, FTI Consulting": the role parts first, the
            # organisation after them
            parts = tail.split(",")
            k = 0
            while k < len(parts) - 1 and _role_like(parts[k]):
                k += 1
            while k and _ENTITY_END.match(parts[k].strip()):
                k -= 1  # "Chief Financial Officer of Acme Widgets, Inc.": one role
            if not _role_like(parts[k]):
                tail, org = ",".join(parts[:k]).strip(" ,"), ",".join(parts[k:]).strip(" ,")
        return [(name, tail or role or None, org or None)]
    if "/" not in text and "or" not in text and "and" not in text and "&" not in text:
        return []  # nothing _NAME_SPLIT splits at
    parts = [p for p in _NAME_SPLIT.split(text) if p.strip()]
    if len(parts) > 1:
        names = [_person(p.strip()) for p in parts]
        if all(names):
            return [(n, role, None) for n in names if n]
    return []


def _person(text: str) -> str | None:
    """``person_name``, also for a name that prints a nickname ('William "Bill" Smith'), a
    Dutch or German particle ("Peter van der Berg") or accented letters ("José García"): the
    name as printed when the plainer spelling reads as one."""
    name = person_name(text)
    if name is not None or (text.isascii() and '"' not in text and " v" not in text):
        return name  # (the common case: no other spelling to try)
    return _person_spelt_plainer(text)


def _person_spelt_plainer(text: str) -> str | None:
    if len(text) > 60:
        return None
    probe = _NICKNAME.sub("", text) if '"' in text or "\u201c" in text else text
    if not probe.isascii():
        probe = unicodedata.normalize("NFKD", probe).encode("ascii", "ignore").decode()
    tokens = probe.split()
    if " v" in probe:
        tokens = tokens[:1] + [t for t in tokens[1:-1] if t not in _PARTICLES] + tokens[-1:]
    if tokens == text.split() or person_name(" ".join(tokens)) is None:
        return None
    return " ".join(text.split())


def _name_run_on(text: str, domains: str = "") -> tuple[str, str | None, str | None] | None:
    """ "Jane Doe Acme Corp.", "Jane A. Doe Vice President, Investor Relations": a name run
    into the organisation or role typed under it (an HTML cell's <br> lines joined by a
    space; the caller has cut its phone or e-mail). A name is two or three words (after an
    honorific), ends in no initial and holds no role word; what follows must read as an
    organisation, a role (led by a job word) or a firm of two capitalised words or more
    ("Erin Walsh Walsh Communications"). The shorter name wins, unless the other split's
    firm is what the e-mail's or web site's ``domains`` spell: "Mary Ann Smith Walsh
    Communications ... mary@walshcomm.com". ("Wolfe Axelrod Weinberger Assoc. LLC" on a
    line of its own reads so too: hence only where a phone or an e-mail shared the text.)"""
    tokens = text.split()
    lead = 1 if tokens and tokens[0] in HONORIFICS else 0
    found: list[tuple[str, str | None, str | None]] = []
    firms: list[tuple[str, str | None, str | None]] = []
    for k in (lead + 2, lead + 3):
        if len(tokens) <= k or tokens[k - 1][-1] == ".":
            continue
        head = tokens[:k]
        if any(t.lower() in ROLE_WORDS for t in head) or person_name(" ".join(head)) is None:
            continue
        rest = " ".join(tokens[k:])
        if not rest[0].isupper():
            continue  # "Jane Doe of Acme Corp.", "Jane Doe or John Roe": read elsewhere
        if _ENTITY_END.match(rest):
            continue  # "Jane Doe Acme" + "Corp.": the name took the company's first word
        if _ENTITY_END.search(rest):
            found.append((" ".join(head), *_role_then_org(tokens[k:])))
        elif tokens[k].lower().strip(",.") in _JOB_WORDS | _DEPARTMENT_WORDS and _role_like(
                rest) and (len(tokens) > k + 1 or tokens[k].lower() in _JOB_WORDS):
            found.append((" ".join(head), rest, None))
        elif len(tokens) >= k + 2 and all(t[0].isupper() or t == "&" for t in tokens[k:]) and (
                not any(t.lower() in ROLE_WORDS for t in tokens)):
            firms.append((" ".join(head), None, rest))
    found += firms
    if domains and len(found) > 1:
        for person in found:
            if _spelt(person[2], domains):
                return person
    return found[0] if found else None


def _spelt(org: str | None, domains: str) -> bool:
    """Whether the e-mail or web ``domains`` spell the organisation's first word (not "The"):
    "Walsh Communications" in "walshcomm.com"."""
    words = (org or "").split()
    word = (words[1] if words[0] == "The" and len(words) > 1 else words[0]) if words else ""
    return len(word) >= 3 and word.lower().strip(",.") in domains


def _role_then_org(tokens: list[str]) -> tuple[str | None, str]:
    """ "Chief Financial Officer Vanguard Mills, Inc." -> the role, then the organisation:
    the longest run of role words in front (ending on one) that leaves a company behind."""
    last = 0
    for j, t in enumerate(tokens):
        word = t.lower().strip(",.")
        if word in ROLE_WORDS:
            last = j + 1
        elif word not in ("and", "&", "of"):
            break
    if 0 < last < len(tokens):
        return " ".join(tokens[:last]).rstrip(","), " ".join(tokens[last:])
    return None, " ".join(tokens)


def _role_like(text: str) -> bool:
    """ "EVP and Chief Financial Officer", "VP Investor Relations of Pericom Semiconductor
    Corporation" (an organisation after "of" is part of the role)."""
    words = {w.lower().strip(",.&/()") for w in _WORD_GAP.split(text)}
    head = text.split(" of ", 1)[0]
    if _DEPARTMENT.match(text) or _BARE_ROLE_ONLY.match(text):
        return True  # "Investor Relations", "Media" under a name: a job, not a company
    lead = {w.lower().strip(".&/()") for w in _WORD_GAP.split(text.split(",", 1)[0])}
    if lead <= _JOB_WORDS or words <= _DEPARTMENT_WORDS:
        # "Director, Communications": a title before the department; "Investor Relations
        # and Corporate Communications", "Finance": a department only
        return True
    return bool(words & _JOB_WORDS) and not _ORG_WORDS.search(head)


def _org_like(text: str) -> bool:
    """ "FTI Consulting", "Edelman", "Acme Widgets" after a contact's name and a comma: a
    capitalised phrase of a few words, no digit, that reads as no job or department."""
    text = text.strip()
    return (
        text[:1].isupper()
        # (most roles are quick to tell: "Chairman & CEO", "VP/Chief Financial Officer")
        and text.replace("/", " ").partition(" ")[0].lower() not in _JOB_WORDS
        and len(text) <= 60
        and not _DIGIT.search(text)
        and text.count(" ") < 6
        and not _role_like(text)
    )


def _items(rows: list[str]) -> list[list[tuple[str, str]]]:
    """Rows -> one item sequence per column ("heading"/"blank"/"text" items)."""
    parsed: list[tuple[str, list[tuple[int, str]], bool]] = []
    side_by_side: dict[int, list[tuple[int, str]]] = {}  # row -> (column, role) headings
    for r, line in enumerate(rows):
        headings = _heading_cells(line)
        if headings:
            side_by_side[len(parsed)] = headings
            # the text after each heading ("Investor Contact: Jane Doe <gap> Media Contact:
            # John Roe") counts when the columns are chosen, and is read under its heading
            parsed.append(("", [(col, rest) for col, _, rest in headings if rest], False))
            continue
        if (r == 0 or not rows[r - 1] or rows[r - 1].isspace()) and _lone_role(rows, r):
            parsed.append((normalise(line), [], True))
            continue
        found = heading_role(line)
        if found is not None:
            role, line = found[0] or "", found[1]
        else:
            role, line = "", _strip_markers(line)
        parsed.append((role, _cells(line) if line.strip() else [], found is not None))
    # the widest row naming two people or more sets the columns (a one-cell row cannot)
    named = (row for _, row, _ in parsed if len(row) >= 2)
    wide = max(
        (row for row in named if sum(1 for _, t in row if _people(t)) >= 2), key=len, default=None
    )
    columns = [c for c, t in wide if _people(t)] if wide else _aligned([r for _, r, _ in parsed])
    seqs: list[list[tuple[str, str]]] = [[] for _ in columns]
    for r, (role, cells, is_heading) in enumerate(parsed):
        if r in side_by_side:
            for col, role, rest in side_by_side[r]:
                k = min(range(len(columns)), key=lambda j: abs(columns[j] - col))
                seqs[k].append(("heading", role))
                if rest:
                    seqs[k].extend(_groups_in(rest))
            continue
        if is_heading:
            for seq in seqs:
                seq.append(("heading", role or ""))
        if not cells and not is_heading:
            for seq in seqs:
                seq.append(_BLANK)
            continue
        for n, (col, text) in enumerate(cells):
            if len(columns) == 1:
                k = 0
            elif len(cells) == len(columns):
                k = n
            else:
                k = min(range(len(columns)), key=lambda j: abs(columns[j] - col))
            seqs[k].extend(_groups_in(text))
    return seqs


def _heading_cells(line: str) -> list[tuple[int, str, str]] | None:
    """(column, role, text after it) of a row of headings side by side, "COMPANY CONTACT:
    <gap> INVESTOR CONTACT:", each over its own column, or each with its person after it
    ("Investor Contact: Jane Doe (408) ... <TAB> Media Contact: John Roe ...", an HTML
    table's cells); None for any other row."""
    bare = False
    if line.count(":") < 2 and line.lower().count("contact") < 2:
        if _ROLE_ROW.match(line) is None:  # (the regex only where the cheap tests fail)
            return None
        bare = True
    cells = _cells(line)
    if len(cells) < 2:
        return None
    out = []
    for col, text in cells:
        if bare and _BARE_ROLE_ONLY.match(text):
            out.append((col, normalise(text), ""))
            continue
        found = heading_role(text)
        if found is None:
            return None
        rest = found[1]  # the cell with its heading blanked: the text keeps its column
        # (a heading alone stands over its cell's column: "Investor Contact:<TAB>Media
        # Contact:" over "Jane Doe<TAB>John Roe", the short names left of where it ends)
        indent = len(rest) - len(rest.lstrip()) if rest.strip() else 0
        out.append((col + indent, found[0] or "", rest.strip()))
    return out


def _groups_in(text: str) -> list[tuple[str, str]]:
    """A cell's items: one text, or headings and texts when it names groups inline."""
    if not (";" in text or "," in text):
        return [("text", text)]
    if not _GROUP_LABEL.search(text):
        # (two people in one line need a ";" or ", or" between them: most cells have none)
        return _people_in_line(text) if ";" in text or ", or " in text else [("text", text)]
    items: list[tuple[str, str]] = []
    shared = _ALL_OF.search(text)
    if shared:
        text = text[: shared.start()]
    for part in _GROUP_SPLIT.split(text):
        label = _GROUP_LABEL.match(part)
        if label and part[label.end() :].strip():
            items.append(("heading", normalise(label.group("label"))))
            part = part[label.end() :]
        if part.strip():
            items.append(("text", part))
    if not any(kind == "heading" for kind, _ in items):
        return _people_in_line(text + (shared.group(0) if shared else ""))
    if shared:
        items.append(("all_org", shared.group("org").strip()))
    return items


def _people_in_line(text: str) -> list[tuple[str, str]]:
    """PR Newswire's one-line record of two people: "Jane Doe of Acme, +1-408-..., jd@...;
    or John Roe of Brunswick Group, +1-212-...": one text each (its joining "or" kept),
    and what a closing "both of ..." names shared by all."""
    shared = _ALL_OF.search(text)
    parts = [p for p in _PERSON_SPLIT.split(text[: shared.start()] if shared else text)
             if p.strip()]
    if len(parts) < 2:
        return [("text", text)]
    items = [("text", part) for part in parts]
    if shared:
        items.append(("all_org", shared.group("org").strip()))
    return items


def _aligned(rows: list[list[tuple[int, str]]]) -> list[int]:
    """Columns typed side by side with no row naming two people: "Contact:  Robert Smith
    <gap> Investor Relations:" over "Chief Financial Officer <gap> Linda Park". Two rows or
    more start their cells at the same places, and every column names someone."""
    starts = Counter(tuple(c for c, _ in row) for row in rows if len(row) >= 2)
    for cols, seen in sorted(starts.items(), key=lambda kv: -len(kv[0])):
        if seen < 2:
            continue
        named = set()
        for row in rows:
            for col, text in row:
                if col in cols and col not in named and _people(text):
                    named.add(col)
        if len(named) == len(cols):
            return list(cols)
    return [0]


def _records(items: list[tuple[str, str]]) -> list[_Contact]:
    out: list[_Contact] = []
    cur: _Contact | None = None
    waiting: list[_Contact] = []  # named just before cur with nothing of their own yet
    pending: dict[str, str] = {}  # organisation/phone/url printed before any name
    group_role: str | None = None
    block_org: str | None = None

    def close() -> None:
        nonlocal cur
        if cur is not None:
            out.append(cur)
        cur = None

    for kind, value in items:
        if kind == "heading":
            close()
            # an organisation printed under the block's first heading, before anyone is
            # named, stands for the groups below it that name none ("Contacts / Zenith
            # Financial Corp. / Investor Relations: / Paul Green")
            if not out and block_org is None:
                block_org = pending.get("organization")
            waiting, pending, group_role = [], {}, value or None
            continue
        if kind == "blank":
            continue  # rendered HTML puts a blank line between all <p>s: names start records
        if kind == "all_org":
            # "both of Acme Widgets, Inc., +1-408-555-1234": a phone or e-mail may follow
            pieces = value.split(",")
            k = next((j for j, p in enumerate(pieces) if "@" in p or _DIGIT.search(p)),
                     len(pieces))
            org, extra = ",".join(pieces[:k]).strip(), ",".join(pieces[k:])
            phone = PHONE.pattern.search(extra) if extra else None
            email = EMAIL.pattern.search(extra) if extra else None
            for c in (*out, cur):
                if c is not None:
                    c.organization = c.organization or org or None
                    c.phone = c.phone or (phone.group(0).strip() if phone else None)
                    c.email = c.email or (email.group(0) if email else None)
            continue
        text = value[:300]  # a contact cell is short; bounds the work on odd input
        emails: list[str] = []
        urls: list[str] = []
        phones: list[str] = []
        # each guard once: the same text is searched, then cut
        if EMAIL.may_match(text):
            emails = EMAIL.pattern.findall(text)
            text = EMAIL.pattern.sub(" ", text)
        if URL.may_match(text):
            urls = [u.rstrip(".") for u in URL.pattern.findall(text)]
            text = URL.pattern.sub(" ", text)
        if PHONE.may_match(text):
            kept, pos = [], 0  # the text around the phones (each cut with its extension)
            for m in PHONE.pattern.finditer(text):
                number, end = m.group(0), m.end()
                more = _PHONE_MORE.match(text, end) if number[0] == "+" else None
                if more:  # "+33 1 42 14 20 00": more groups than the shared pattern takes
                    number, end = number + more.group(0), more.end()
                before, after = text[: m.start()], text[end:]
                ext = _EXTENSION.match(after) if "x" in after[:9].lower() else None
                if not _FAX_BEFORE.search(before) and not _FAX_AFTER.match(after):
                    phones.append(number.strip() + (f" {ext.group(1)}" if ext else ""))
                kept.append(text[pos : m.start()])
                pos = end + (ext.end() if ext else 0)
            text = " ".join([*kept, text[pos:]])
        text = normalise(_cut_labels(text))
        if " for " in text and (client := _CLIENT.search(text)):
            text = text[: client.start()]
        if text.endswith(" ."):  # "... at (303) 839-5060.": the sentence's stop, its phone cut
            text = text[:-2]
        text = _strip_junk(text)
        # "..., or Deborah Stapleton": named together with the one before
        joined = text.startswith(("or ", "and ", "& "))
        if text.startswith(_DANGLING_FIRST) or text.endswith(_DANGLING_LAST):
            text = _strip_junk(_DANGLING.sub("", text))
        else:
            text = _strip_junk(text)
        people = _people(text) if text else []
        if not people and text and (phones or emails):
            # one HTML cell's lines joined: "Jane Doe Acme Corp. (408) 555-1212 jd@acme.com"
            domains = " ".join([e.partition("@")[2] for e in emails] + urls).lower()
            run_on = _name_run_on(text, domains)
            people = [run_on] if run_on else []
        elif (emails or urls) and len(people) == 1 and people[0][0].count(" ") >= 3 and not (
                people[0][1] or people[0][2]):
            # a "name" of four words or more may be one run into a firm the domain spells:
            # "Karen J. Brill Lippert Heilshorn ... kbrill@lippertheilshorn.com"
            domains = " ".join([e.partition("@")[2] for e in emails] + urls).lower()
            run_on = _name_run_on(text, domains)
            if run_on and _spelt(run_on[2], domains):
                people = [run_on]
        if people:
            # one named with nothing of their own yet, or only an e-mail when the next is
            # joined by "or" (PR Newswire: "Alexis Pascal, alexis@..., or Deborah Stapleton,
            # deb@..., of Stapleton Communications, +1-650-470-0200"), shares what follows
            if cur is not None and (not (cur.phone or cur.email or cur.url) or (
                    joined and not (cur.phone or cur.organization or cur.url))):
                waiting.append(cur)
            elif cur is not None:
                waiting = []
            close()
            for n, (name, role, org) in enumerate(people):
                if n:
                    close()
                    waiting.append(out[-1])
                cur = _Contact(name, role, group_role)
                cur.organization = org or pending.get("organization") or block_org
                cur.phone = pending.get("phone")
                cur.url = pending.get("url")
        elif text and cur is not None and cur.role is None and _role_like(text):
            cur.role = text
        elif text and cur is None and _DEPARTMENT.match(text):
            group_role = text  # "Investor Relations" above the names: their role
        elif text and len(text) <= 80:
            targets = [c for c in (*waiting, cur) if c is not None and c.organization is None]
            for c in targets:
                c.organization = text
            if cur is None:
                pending.setdefault("organization", text)
            elif not targets and (cur.phone or cur.email):
                # one whose organisation, phone or e-mail are all printed: a firm under it
                # heads the next name (Business Wire: "Acme Corp. / Jane Doe, 408-... / or /
                # FTI Consulting / John Roe, 212-...")
                pending["organization"] = text
        for field_name, values in (("phone", phones), ("url", urls)):
            if not values:
                continue
            if cur is None:
                pending.setdefault(field_name, values[0])
            for c in (*waiting, cur):
                if c is not None and getattr(c, field_name) is None:
                    setattr(c, field_name, values[0])
        for email in emails:
            owner = _email_owner(email, [*waiting, cur] if cur else waiting)
            if owner is not None and owner.email is None:
                owner.email = email
    close()
    return _firms_named_like_people(out) if len(out) > 1 else out


def _firms_named_like_people(out: list[_Contact]) -> list[_Contact]:
    """ "Contacts: / Halcyon Devices / Karen Brill / kbrill@halcyondevices.com": a "name" of
    capitalised words with no role, organisation or e-mail of its own, whose first word an
    e-mail or web domain of the block spells, is the organisation of those after it."""
    if all(c.role or c.organization or c.email for c in out[:-1]):
        return out  # (the common case: no one who may be a firm)
    domains = " ".join(
        [c.email.partition("@")[2] for c in out if c.email] + [c.url for c in out if c.url]
    ).lower()
    if not domains:
        return out
    kept: list[_Contact] = []
    firm = None
    for c in out:
        word = c.name.split()[0].lower()
        if c is not out[-1] and not (c.role or c.organization or c.email) and (
                len(word) >= 3 and word in domains):
            firm = c.name
            continue
        if firm and c.organization is None:
            c.organization = firm
        kept.append(c)
    return kept


def _cut_labels(text: str) -> str:
    """``_LABELS.sub(" ", text)``, skipped when no label can be there ("(", ":" or a label
    word)."""
    if "(" in text or ":" in text:
        return _LABELS.sub(" ", text)
    low = text.lower()
    for hint in _LABEL_HINTS:
        if hint in low:
            return _LABELS.sub(" ", text)
    return text


def _strip_junk(text: str) -> str:
    """White space and _JUNK cut from both ends (str.strip() and the regex \\s agree on white
    space); as fast as two C calls, where a regex anchored at the end tries every position."""
    while True:
        out = text.strip().strip(_JUNK)
        if out == text:
            return out
        text = out


def _email_owner(email: str, people: list[_Contact]) -> _Contact | None:
    local = email.split("@")[0].lower()
    for c in people:
        if any(len(t) >= 3 and t.lower().strip(".") in local for t in c.name.split()):
            return c
    for c in people:  # a short first name: "steve@..." is Stephen D. Axelrod's
        first = c.name.split()[0].lower()
        if len(first) >= 3 and first[-1] != "." and local[:3] == first[:3]:
            return c
    return people[-1] if people else None


def contact_heading_lines(lines: list[str], start: int = 0, end: int | None = None) -> list[int]:
    """Indices i in [start, end) where ``heading_role(lines[i])`` is not None, or that hold
    a row of colonless role headings ("Investor Relations<TAB>Media") or one such heading
    alone over a contact (``_lone_role``), in order.

    Same result as calling heading_role on every line, about 1.3x faster than a loop doing
    so: heading_role's first test is made inline, and only the few lines holding a ":" or
    "contact" pay for the call. (A scan of the joined lines is slower: lower() over a whole
    text with one non-ASCII character in it is slow.)
    """
    first, stop, _ = slice(start, end).indices(len(lines))  # as lines[start:end]
    found = [
        i
        for i in range(first, stop)
        if (":" in lines[i] or "contact" in lines[i].lower()) and heading_role(lines[i])
    ]
    # (role lines are rare: one scan of the joined lines, not a regex call per line)
    rows = [i for i in (first + k for k in _ROLE_LINES.matching_lines(lines[first:stop]))
            if _ROLE_ROW.match(lines[i]) or _lone_role(lines, i)]
    return sorted(set(found).union(rows)) if rows else found


def _lone_role(lines: list[str], i: int) -> bool:
    """Whether lines[i] is a colonless role heading standing alone over a contact: a blank
    line above, a person's name right below, a phone or an e-mail in the lines after."""
    if (i > 0 and lines[i - 1] and not lines[i - 1].isspace()) or i + 1 >= len(lines):
        return False
    line = lines[i].strip()
    if not line or line[0] not in "IiMmPpAaSs" or _BARE_ROLE_ONLY.match(line) is None:
        return False
    below = lines[i + 1].strip()
    if not below or person_name(below.split("\t")[0].split(",")[0]) is None:
        return False
    after = "\n".join(lines[i + 1 : i + 1 + _LONE_ROLE_REACH])
    return bool(EMAIL.search(after) or PHONE.search(after))


def contacts_in(rows: list[str]) -> list[dict[str, Any]]:
    """Contacts of a contact block (its lines, the heading line first)."""
    found: list[_Contact] = []
    if rows and _SLASH_HEADING.match(rows[0]):
        text = normalise(" ".join(rows)).rstrip("/ ")
        text = text[_SLASH_HEADING.match(text).end() :]  # type: ignore[union-attr]
        shared = _ALL_OF.search(text)
        cells: list[str] = []
        for cell in text[: shared.start() if shared else None].replace(";", ",").split(","):
            cell = cell.strip()
            if cells and _ENTITY_END.match(cell):
                cells[-1] += ", " + cell  # "Acme Widgets, Inc.": one name, one cell
            elif not cell.startswith("for "):  # "..., for Acme Widgets": the agency's client
                cells.append(cell)
        items = []
        for cell in cells:
            m = _ROLE_CELL.match(cell)
            items.append(("heading", m.group("role")) if m else ("text", cell))
        if shared:
            items.append(("all_org", shared.group("org").strip()))
        found = _records([item for item in items if item[1]])
        rows = []
    elif rows and _may_be_sentence(rows[0]) and (
            sentence := _SENTENCE_HEADING.match(rows[0]) or _sentence_inside(rows[0])):
        k = next((j for j, row in enumerate(rows) if not row.strip()), len(rows))
        text = normalise(" ".join([rows[0][sentence.end() :], *rows[1:k]]))
        stop = _SENTENCE_END.search(text)
        if stop:  # the paragraph may go on after the sentence
            text = text[: stop.end()]
        found = _records([("text", part) for part in _SENTENCE_OR.split(text)])
        rows = []
    for seq in _items(rows) if rows else []:
        found.extend(_records(seq))
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for c in found:
        if c.name not in seen:
            seen.add(c.name)
            out.append(c.as_dict())
    return out


def contact_block_end(lines: list[str], start: int) -> int:
    """End (exclusive) of the contact block whose heading is at ``start``."""
    if _SLASH_HEADING.match(lines[start]):
        for j in range(start, min(len(lines), start + 6)):
            if lines[j].rstrip().endswith("/"):
                return j + 1
        return start + 1
    if _may_be_sentence(lines[start]) and (
            _SENTENCE_HEADING.match(lines[start]) or _sentence_inside(lines[start])):
        # a sentence naming the contact: its paragraph, no further
        end = start + 1
        while end < min(len(lines), start + 6) and lines[end].strip():
            end += 1
        return end
    blanks = 0
    end = start + 1
    limit = min(len(lines), start + _MAX_CONTACT_LINES)
    j = start + 1
    while j < limit:
        line = lines[j]
        s = line.strip()
        if not s:
            blanks += 1
            if blanks >= 3:
                break
            j += 1
            continue
        blanks = 0
        if (
            _BLOCK_END.match(s)
            or (len(s) > 100 and "\t" not in s and not (EMAIL.search(s) or PHONE.search(s)))
            or (s.endswith(".") and len(s.split()) > 12)
            or (_may_be_fls(s) and FLS_HEADING.match(s) and len(s.split()) <= 10)
            or match_dateline(s) is not None
        ):
            break
        end = j + 1
        j += 1
    return end


def _may_be_fls(s: str) -> bool:
    """Whether FLS_HEADING may match: it needs "forward", "harbor" or "cautionary" in some
    case (looked for without the letters i and s, whose case-insensitive twins lower() keeps)."""
    low = s.lower()
    return "forward" in low or "harbor" in low or "caut" in low


def find_contacts(text: str) -> list[dict[str, Any]]:
    """Contacts of every contact block in a text (deduplicated by name)."""
    lines = text.split("\n")
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    i = 0  # the end of the last block: a heading inside a block is part of it
    for start in contact_heading_lines(lines):
        if start < i:
            continue
        i = contact_block_end(lines, start)
        for c in contacts_in(lines[start:i]):
            if c["name"] not in seen:
                seen.add(c["name"])
                out.append(c)
    return out
