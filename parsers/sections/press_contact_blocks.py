"""Where contact blocks are: the lines that head them (``heading_role``,
``contact_heading_lines``) and where each ends (``contact_block_end``)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ..given_names import GIVEN_NAMES
from ..lazy_re import lazy
from ..linescan import LinePattern
from .patterns import SIGNATURE_HEADING
from .person_names import person_name
from .press_contact_names import run_on_group
from .press_contact_vocab import (
    ADDRESS,
    BARE_ROLE,
    BARE_ROLE_ONLY,
    DEPARTMENT_WORDS,
    DIGIT,
    GAP,
    GROUP,
    ISSUER_LABEL,
    JOB_WORDS,
    NUMBER_NAME,
    NUMBER_THEN_NAME,
    ORG_WORDS,
    PERIOD_HEAD,
    PHONE_LABEL_WORDS,
    ROLE_ROW,
    RUN_IN_SENTENCE,
    SENTENCE_HEADING,
    SLASH_HEADING,
    US_AT,
    US_AT_NUMBER,
    WEB_SITE_TRAILER,
    at_group_firm,
    person_named_firm,
    place_like,
)
from .press_dateline import block_dateline
from .press_patterns import (
    ABOUT_HEADING,
    CONTACT_HEADING,
    CONTACT_PLAIN,
    EMAIL,
    END_MARK,
    FLS_HEADING,
    FURNITURE,
    ITEM_HEADING,
    NOTE_TO_EDITORS,
    PHONE,
    RELEASE_MARKER,
    SEPARATOR,
    any_of,
)
from .press_text import line_numbers, lines_holding, normalise

_MAX_CONTACT_LINES = 40
# What a heading in a letterhead's second column says (``column_heading``)
_COLUMN_WORDS = ("ontact", "ONTACT", "nquir", "NQUIR", "nformation", "NFORMATION")
_NOT_TAB = lazy(r"[^\t]")
# (the first letter as a set: a case-insensitive alternation gives the regex engine no
# first character to skip to, and is five times slower)
_CONTACT_HINT = lazy(r"[acimpACIMP](?i:ontact|nformation|edia|nvestor|ress|nalyst)")
# A colonless heading alone on its line: "ENQUIRIES", "For further enquiries", "FOR FURTHER
# INFORMATION" (UK releases, HTML headings set in bold; "information" in capitals only, as a
# wrapped sentence may leave "For further information" alone on a line). Led by E, F or I.
# ("MEDIA ENQUIRIES" is a BARE_ROLE, a heading where ``lone_role`` says so: under a name
# such words are the person's job)
_COLONLESS = (
    r"(?:(?:(?i:for)[ \t]+)?(?i:further|more|additional|general)[ \t]+)?(?i:[ei]nquiries)"
    r"|(?:FOR[ \t]+)?(?:FURTHER|MORE|ADDITIONAL)[ \t]+INFORMATION"
)
_COLONLESS_HEADING = lazy(rf"[ \t]*(?=[EFI])(?:{_COLONLESS})[ \t]*$")
# A call sentence typed in capitals (1990s text) after such words opening its line: "FOR
# MORE INFORMATION, CALL JOHN ROE AT (212) 555-1234." (found by the role lines' scan)
_CALL_IN_CAPITALS = r",?[ \t]+(?:PLEASE[ \t]+)?(?:CALL|TELEPHONE|PHONE)[ \t]+[A-Z]"
# A role word (BARE_ROLE) alone on a line heads a group only where a blank line stands above
# it and a person's name right below, with a phone or an e-mail in the lines after:
# "Investor Relations" / "Jane Doe" / "(408) 555-1212" (under a name it is still its job).
# Lines of role words only, one or more: a row (ROLE_ROW) or maybe a lone heading.
# (the possessive indent and the first-letter test: giving an indent back a blank at a time,
# each shorter one tried against the role words, made this scan 6x slower)
# Also the colonless headings, in the same scan (led by E, F or I: tried at every line, as
# a case-insensitive first letter, they made the scan a third slower).
# Also a role run into its person's name (an HTML table cell, "Investor Relations Jane Doe
# (408) ...": ``run_on_group`` says which are), and "AT THE COMPANY:" labels (``_at_groups``).
_ROLE_LINES = LinePattern(
    rf"[ \t]*+(?:(?=(?i:[imaps])){BARE_ROLE}(?:(?:(?:\t|[ ]{{3}})[ \t]*{BARE_ROLE})*[ \t]*$"
    rf"|[ \t]++(?:(?i:contacts?)[ \t]++)?[A-Z][a-z.])|(?=[EFI])(?:{_COLONLESS})"
    rf"(?:[ \t]*$|{_CALL_IN_CAPITALS})"
    r"|A[Tt][ \t]++[A-Za-z][^:\n]{0,60}:)"
)
_LONE_ROLE_REACH = 4  # lines below the heading where the phone or e-mail must be
# A grid of names under an end mark: the lines after the mark read for its first row, and
# how many of them not blank
_MARK_REACH, _MARK_ROWS = 6, 2
_NAME_LABELS = frozenset(("Name:", "Names:", "NAME:", "NAMES:"))
# An HTML table's row of two to five cells of capitalised words, no digit (a "Name:" label
# first): where a grid of names may start (each cell possessive: no backtracking in one)
_NAME_CELL = r"[A-Z][A-Za-z.'\u2019\u00c0-\u024f -]{1,40}+"
_NAMES_ROW = LinePattern(
    rf"[ \t]*+(?:(?i:names?):[ \t]*+)?{_NAME_CELL}(?:\t[\t ]*+{_NAME_CELL}){{1,4}}[ \t]*$")
# Words of a grid's first row that name no one: a dial-in's labels, jobs, desks, periods
_NO_NAME_WORDS = (
    PHONE_LABEL_WORDS | JOB_WORDS | (DEPARTMENT_WORDS - {"", "and", "of", "&", "the"})
    | frozenset("call conference replay dial-in in domestic international passcode access code"
                " webcast live participant participants total months ended year quarter"
                " north south east west".split()))
_INFO_TAIL = lazy(r"(?i:(contacts?)[ \t]+(?:information|info|details))$")
# UK "Enquiries:", "For further enquiries:": no role in them ("Media enquiries:" has one);
# "..., please contact" after it says nothing more
_PLAIN_ENQUIRIES = lazy(
    r"(?i:(?:(?:for[ \t]+)?(?:further|more|additional|general|all|other)[ \t]+)?[ei]nquiries)$"
)
# A desk's inquiries sent to a contact, as a heading or a sentence opening its line: "For
# media inquiries, please contact:", "Investor inquiries, contact Jane Doe at ..." (the desk
# words, "For" apart, are the role as printed: "media inquiries")
_INQUIRIES_CONTACT = lazy(
    r"[ \t]*+(?:(?i:for)[ \t]++)?(?:(?i:all)[ \t]++)?"
    r"(?P<head>(?:[A-Za-z&/.-]++[ \t]++){0,3}(?i:[ei]nquiries)),?"
    r"[ \t]++(?:(?i:please)[ \t]++)?(?i:contact)(?:[ \t]*+:|[ \t]*+$|[ \t]++(?=[A-Z]))[ \t]*+"
)
_PLEASE_CONTACT = lazy(r"(?i:(?<=nquiries),?[ \t]+(?:please[ \t]+)?contact)$")
# The contact sentence (SENTENCE_HEADING) inside a paragraph's line, after another one:
# "The call will be webcast. For more information, contact Jane Doe at (408) 555-0142."
_MAX_PARAGRAPH = 5000
# (or closing the line, the name wrapped to the next: "... Friday. For more information,
# please contact" / "Jane Doe at ...")
_SENTENCE_INSIDE = lazy(
    rf"[.!?][\"\u201d)]?[ \t]+{RUN_IN_SENTENCE}"
    rf"(?:[ \t]+(?=[A-Z]|{NUMBER_THEN_NAME}|{US_AT_NUMBER})|[ \t]*+$)")
# Where such a sentence may say no "contact": "information, please call Jane ...", tried
# at each "nformation" found by a fast string search
_CALL_AFTER = lazy(
    r"nformation(?:[ \t]+(?i:about|on|regarding|concerning)[ \t]+[^,.;:\n]{1,80},|,?)"
    r"[ \t]+(?i:please[ \t]+)?(?i:call|(?:tele)?phone)[ \t]+[A-Z(+\d]")
# How far before its "information" the sentence starts (". For additional "), and after it
# where the name after the verb starts (a topic of up to 80 characters between)
_BEFORE_WORD, _AFTER_WORD = 30, 150
_BEFORE_INFORMATION = ("more", "further", "additional")  # the word right before it
# Business Wire's and GlobeNewswire's "Source: Acme Corp." under the contacts: the issuer,
# no one's organisation (PR Newswire's "SOURCE  Acme Corp." is an END_MARK)
_SOURCE_LINE = lazy(r"^[ \t]*(?:SOURCE|Source)[ \t]*:[ \t]*[A-Z]")
# The title of the financial statements printed under the contacts ("CONDENSED CONSOLIDATED
# STATEMENTS OF OPERATIONS", "Consolidated Balance Sheets", "(Unaudited)", "(In thousands,
# except per share data)", a bank's "Statements of Condition", "Statements of Changes in
# Stockholders' Equity", "Consolidated Income Statements", "Reconciliation of GAAP to
# Non-GAAP ...", "Supplemental Financial Information", "Summary of Operations"): it ends the
# block with the company name printed over it.
_STATEMENT_TITLE = lazy(
    r"[ \t]*(?i:(?:(?:condensed|consolidated|unaudited|interim|selected)[ \t]+)*"
    r"(?:statements?[ \t]+of[ \t]+(?:operations|income|earnings|cash|financial|comprehensive"
    r"|changes|stockholders|shareholders|condition|net[ \t]+assets)"
    r"|balance[ \t]+sheets?|income[ \t]+statements?\b|financial[ \t]+(?:highlights|data"
    r"|statements)\b|reconciliations?[ \t]+of[ \t]|supplemental[ \t]+(?:financial|data)"
    r"|summary[ \t]+of[ \t]+(?:operations|results|earnings))"
    r"|\((?:unaudited|in[ \t]+(?:thousands|millions))\b)"
)
_STATEMENT_FIRST = frozenset("CcUuIiSsBbFfRr(")  # how a _STATEMENT_TITLE line opens
# Lines that end a contact block by how they start (one regex call instead of twelve).
BLOCK_END = any_of(
    SIGNATURE_HEADING, ITEM_HEADING, NOTE_TO_EDITORS, ABOUT_HEADING, END_MARK, SEPARATOR,
    _SOURCE_LINE, *(p for _, p in FURNITURE),
)
# A notice or a picture's line printed under a release's text, below its contacts (round
# 69b): a copyright notice ("Copyright 1994 Union Camp Corporation. All rights reserved.",
# "(c) 2024 Apple Inc.", "\u00a9 2024 Acme": the year required, "(c) the Company's ..." is a
# list's item), a picture's link or caption ("Logo - http://...", "Photo: Jane Doe at the
# plant", "Photo caption: ..."), a wire's picture note ("A photo accompanying this
# announcement is available at ...", "Photos/Multimedia Gallery Available: ...")
_NOTICE_LINE = lazy(
    r"[ \t]*+(?:(?:\([Cc]\)|\u00a9|(?i:copyright))[ \t]*+(?:(?i:copyright)[ \t]*+)?"
    r"(?:(?:\([Cc]\)|\u00a9)[ \t]*+)?(?:19|20)\d\d\b"
    r"|(?:Logo|LOGO|Photos?|PHOTOS?|Images?|Videos?|Multimedia|Caption|CAPTION"
    r"|(?:Photo|Image)[ \t]+[Cc]aption)[ \t]*+[-:\u2013\u2014]"
    r"|(?:An?|The|Photos?|Images?|Videos?)[ \t]+(?:(?:photo|image|video|graphic|infographic)s?"
    r"[ \t]+)?accompanying[ \t]+this[ \t]|Photos/Multimedia[ \t]+Gallery)"
)
_NOTICE_FIRST = frozenset("(\u00a9CcLPIVMTA")  # how a _NOTICE_LINE opens (stripped)
_NOTICE_ROW = 160  # a notice's line at most (a longer one is prose)
_CLOSING_PARAGRAPHS = 6  # closing paragraphs read going up from a release's foot
_CLOSING_ROWS = 3  # a closing paragraph's lines at most (a notice wrapped once or twice)


def notice_line(s: str) -> bool:
    """Whether a stripped line is a copyright notice or a picture's line (_NOTICE_LINE); one
    with a phone or an e-mail is a desk's contact ("Photos: Jane Doe, (212) 555-0100")."""
    return s[:1] in _NOTICE_FIRST and len(s) <= _NOTICE_ROW and _NOTICE_LINE.match(
        s) is not None and "@" not in s and PHONE.search(s) is None


def closing_line(s: str) -> bool:
    """Whether a stripped line closes a release under its text and contacts: an end mark
    ("###", "-30-", PR Newswire's "SOURCE Acme"), the wire's "Source: Acme Corp.", a logo's
    note ("[LOGO]"), a copyright notice or a picture's line (``notice_line``)."""
    return bool(s) and (END_MARK.match(s) is not None or _SOURCE_LINE.match(s) is not None
                        or _LOGO_NOTE.match(s) is not None or notice_line(s))


_LOGO_NOTE = next(p for name, p in FURNITURE if name == "logo")  # "[LOGO]", "(Acme logo)"


def heading_role(line: str) -> tuple[str | None, str] | None:
    """(role or None, the line with the heading blanked) when the line opens a contact block.

    Blanking (not cutting) keeps the columns of what follows in place: "Contact:\tJohn
    Dinsmore\t\tJohn Pittenger" (seed 001).
    """
    # Cheap tests first: most lines of a release are prose. A heading has a ":" or is
    # "Contact(s)" (maybe beside a blanked "FOR IMMEDIATE RELEASE"); no letter of "contact"
    # has a case-insensitive twin outside ASCII, so the lower-cased line holds it.
    if ":" not in line and "contact" not in line.lower():
        if ("NQUIR" in line or "nquir" in line or "INFORMATION" in line) and (
                _COLONLESS_HEADING.match(line)):
            return None, " " * len(line)
        # (may_be_sentence's test and _may_open_call's needles inlined: most rows of a
        # block hold neither, and pay no call)
        if ("nformation" in line or "NFORMATION" in line) and (said := call_sentence(line)):
            return None, " " * said.end() + line[said.end() :]  # "..., please call Jane Doe"
        if (" to" in line or "call " in line or "CALL " in line or "ontact " in line
                or "ONTACT " in line or _verb_at_end(line)) and (
                said := call_opening(line)):
            # "Media inquiries should be directed to Jane Doe"
            return call_role(said), " " * said.end() + line[said.end() :]
        return None
    if not _CONTACT_HINT.search(line) and "nquir" not in line and "NQUIR" not in line:
        return None  # ("Enquiries:", "INQUIRIES:" by two substring tests: "e" or "q" as a
        # first letter in the hint made it 10% to 40% slower)
    return _hinted_heading(line)


def _hinted_heading(line: str) -> tuple[str | None, str] | None:
    """heading_role of a line holding a ":" or "contact" and a word of a contact heading
    (_CONTACT_HINT, "nquir"): what its cheap tests leave (a caller that made them calls
    this, not heading_role, so no line is searched for the hint twice)."""
    clean = strip_markers(line)
    m = CONTACT_HEADING.match(clean)
    if m is None and ("OMPANY" in clean or "ompany" in clean or "ORPORATION" in clean or (
            "orporation" in clean)) and (issuer := _issuer_first(clean)):
        return issuer
    if m is None and (cut := column_heading(clean)) is not None:
        clean = blank_left(clean, cut)  # "ACME CORP. <gap> Contact: Jane Doe"
        m = CONTACT_HEADING.match(clean)
    if m is None and ("nquir" in clean or "NQUIR" in clean) and (
            asked := _INQUIRIES_CONTACT.match(clean)):
        head = normalise(asked.group("head"))  # "For media inquiries, please contact:"
        rest = _NOT_TAB.sub(" ", clean[: asked.end()]) + clean[asked.end() :]
        return (None if _PLAIN_ENQUIRIES.match(head) else head), rest
    if m is None:
        inside = sentence_inside(clean)
        return (None, " " * inside.end() + clean[inside.end() :]) if inside else None
    if (role := m.group("role")) and " " in role and (named := _name_first(clean, m)):
        return named
    head = normalise(clean[: m.start("rest")].strip(" \t/").rstrip(":").strip())
    if head[-1:] in "nosNOS":  # "Media Contact Information" is the role "Media Contact"
        head = _INFO_TAIL.sub(r"\1", head)
    rest = _NOT_TAB.sub(" ", clean[: m.start("rest")]) + clean[m.start("rest") :]
    if head[-3:] in ("act", "ACT") and "nquiries" in head.lower():
        head = _PLEASE_CONTACT.sub("", head)  # "For further enquiries please contact"
    elif head[-3:] in ("act", "ACT") and (said := _CALL_OPENING.match(head)) and (
            said.end() == len(head)):
        return call_role(said), rest  # a call sentence wrapped after its verb: "Investors
        # may contact" / "Jane Doe at ..." ("Investors"; none in "Please contact")
    plain = CONTACT_PLAIN.match(head) or (
        head[-3:] in ("ies", "IES") and _PLAIN_ENQUIRIES.match(head))
    return (None if plain else head), rest


def _name_first(clean: str, m: re.Match[str]) -> tuple[str, str] | None:
    """(group, the line with only the group's label blanked) of a heading led by a person's
    name, set apart from it, and followed by a number or an e-mail: "Jane Doe / Media: (312)
    555-1234", "Jane Doe <gap> Investor Relations: (312) ..."; the name stays in the line,
    under its group. Not a firm's ("Caterpillar media contact:", "Joele Frank media
    contact:", "Eli Lilly media contact: Jane Doe")."""
    after = m.group("rest")
    if not (after[:1] in _NUMBER_FIRST or ("@" in after and EMAIL.pattern.match(after))):
        return None  # a number must follow: "Eli Lilly media contact: Jane Doe" is a firm's
    words = list(_WORD.finditer(m.group("role")))
    for n in (3, 2):
        if len(words) <= n - 1:
            continue
        end = words[n - 1].end()
        name = m.group("role")[:end]
        if person_name(name) is None or person_named_firm(name):
            continue
        cut = m.start("role") + end
        between = clean[cut : m.start("rest")]
        label = normalise(between.strip(" \t/,|-:\u2013\u2014"))
        if _GROUP_ONLY.match(label) is None or _PARTED.match(between) is None:
            return None  # (one space between: "Eli Lilly Media: (317) ..." may be a firm's)
        return label, (clean[:cut] + _NOT_TAB.sub(" ", clean[cut : m.start("rest")])
                       + clean[m.start("rest") :])
    return None


_WORD = lazy(r"[^ \t]+")
_NUMBER_FIRST = frozenset("(+0123456789")
# A name set apart from the label after it: a slash, a bar, a dash, or a gap of columns
_PARTED = lazy(r"[ \t]*+[/|\u2013\u2014-]|\t|[ ]{2}")
_GROUP_ONLY = lazy(rf"(?i:{GROUP})$")  # "Media", "Investor Relations Contact"


def _at_groups(lines: list[str], i: int) -> bool:
    """Whether lines[i] heads contacts by where they work with no "Contacts:" above it: "AT
    THE COMPANY: <gap> AT FINANCIAL RELATIONS BOARD:" (the Financial Relations Board's
    layout, 1990s-2000s), or one such label alone naming the issuer or a firm ("At the
    Company:", "At Lippert/Heilshorn & Associates:"; not "At December 31, 2003:") over a
    person's name (not "At the Bank:" over a paragraph, "At the Company's annual meeting:")."""
    line = lines[i]
    cells = GAP.split(line.strip())
    firms = [at_group_firm(cell) for cell in cells]
    if None in firms or DIGIT.search(line):
        return False
    if len(cells) > 1:
        return True
    firm = firms[0] or ""
    if firm and not (ORG_WORDS.search(firm) or "Relations" in firm or "RELATIONS" in firm
                     or person_named_firm(firm)):
        return False
    below = next((s for s in lines[i + 1 : i + 3] if s.strip()), "").strip()
    return person_name(GAP.split(below)[0].split(",")[0]) is not None


def _issuer_first(line: str) -> tuple[str, str] | None:
    """(role, the line with it blanked) of a row of headings side by side led by the
    issuer's ("Company: <gap> Investor Relations:", "Company: Jane Doe ... <gap> Investors:
    John Roe ..."): a contact heading must follow in a later cell."""
    indent = len(line) - len(line.lstrip())
    issuer = ISSUER_LABEL.match(line, indent)
    if issuer is None:
        return None
    gap = GAP.search(line, line.index(":", indent) + 1)
    if gap is None or CONTACT_HEADING.match(line[gap.end() :]) is None:
        return None
    return issuer.group("label"), " " * issuer.end() + line[issuer.end() :]


def may_be_sentence(line: str) -> bool:
    """Whether RUN_IN_SENTENCE may be in the line: it needs "information" in some case."""
    return "nformation" in line or "NFORMATION" in line


def call_sentence(line: str) -> re.Match[str] | None:
    """The contact sentence opening the line or inside it, where the line says no "contact"
    ("For more information, please call Jane Doe at ...")."""
    if "all" not in line and "ALL" not in line and "hone" not in line and "HONE" not in line:
        return None
    said = sentence_inside(line)
    if said is None or "ontact" in said.group(0) or "ONTACT" in said.group(0):
        return said
    # "call" / "telephone" name firms as often as people ("please call Acme Widgets at ...",
    # "call Georgeson Shareholder"): only a known given name, an initial or an honorific
    first = line[said.end():said.end() + 30].split(maxsplit=1)[:1]
    word = first[0].rstrip(",") if first else ""
    if word[:1] in _NUMBER_FIRST:
        return said if _number_then_person(line, said.end()) else None
    if word.lower() in GIVEN_NAMES or word in _HONORIFICS or (
            len(word) == 2 and word[0].isupper() and word[1] == "."):
        return said
    return None


def _number_then_person(line: str, at: int) -> bool:
    """Whether a number, the words saying whom it reaches and a person's name open
    line[at:] ("(212) 555-0100 and ask for Jane Doe", "... to reach Jane Doe", "(212)
    555-0100 (Jane Doe)"): a call sentence printing its number first (NUMBER_NAME; a
    known given name first, as a call's name after "call" needs)."""
    m = NUMBER_NAME.match(line, at)
    if m is None:
        return False
    words = line[m.end() : m.end() + 40].split()
    return len(words) >= 2 and words[0].lower() in GIVEN_NAMES and person_name(
        " ".join(words[:2]).strip(".,;)")) is not None


def _us_fields(fields: str) -> bool:
    """Whether "us at" fields hold a number or an e-mail."""
    return bool(PHONE.search(fields) or EMAIL.search(fields))


def _us_then_person(line: str, at: int, name: int) -> bool:
    """Whether "us at" a number or an e-mail opens line[at:] and a person's name follows at
    ``name``, after the comma ("contact us at (212) 555-0100 or ir@acme.com, Jane Doe"; a
    known given name first, as after a number first)."""
    if not _us_fields(line[at:name]):
        return False
    if _name_wrapped(line, name):  # (the paragraph's lines joined tell: call_paragraph)
        return line[name:].strip().lower() in GIVEN_NAMES
    words = line[name : name + 40].split()
    head = " ".join(words[:2]).strip(".,;)")
    return len(words) >= 2 and words[0].lower() in GIVEN_NAMES and person_name(
        head.title() if head.isupper() else head) is not None  # ("..., BRIAN MCDERMOTT.")


_HONORIFICS = frozenset(("Mr.", "Ms.", "Mrs.", "Dr.", "MR.", "MS.", "MRS.", "DR.", "Mr", "Ms",
                         "Mrs", "Dr"))


def sentence_inside(line: str) -> re.Match[str] | None:
    """The "For more information, contact" after another sentence in the line, if any, or
    another call sentence's opening (``call_opening``: "Media inquiries should be directed
    to", "Investors may contact", "Contact").

    (Searched only around each "information": a rendered HTML paragraph is one long line; none
    in a line longer than any paragraph, a whole document not split into lines.)"""
    if len(line) > _MAX_PARAGRAPH:
        return None
    if not may_be_sentence(line):
        return call_opening(line)
    return _information_sentence(line) or call_opening(line)


def _information_sentence(line: str) -> re.Match[str] | None:
    """The RUN_IN_SENTENCE opening the line or after another sentence in it, if any."""
    if opening := SENTENCE_HEADING.match(line):
        return opening
    for word in ("nformation", "NFORMATION"):  # what RUN_IN_SENTENCE needs, in either case
        i = line.find(word)
        while i >= 0:
            stop = min(len(line), i + _AFTER_WORD)
            if line[max(0, i - 12) : i - 1].rstrip().lower().endswith(_BEFORE_INFORMATION) and (
                    m := _SENTENCE_INSIDE.search(line, max(0, i - _BEFORE_WORD), stop)) and (
                    m.end() < stop or stop == len(line)):  # ("$" at the window's end: no)
                return m
            i = line.find(word, i + 10)
    return None


# Other openings of a sentence naming whom to call, at a line's start or after another
# sentence's stop: "Media inquiries should be directed to Jane Doe at ...", "Investors may
# contact Jane Doe, Investor Relations, at ...", "Reporters may call Jane Doe ...", "Contact
# Jane Doe at ... for more information.", "If you have any questions, please contact Jane
# Doe at ...". The desk words ("Media inquiries", "Investors") are the role as printed
# (``head``; none in plain "Inquiries" or "Questions"). Each is found by a fast string
# search for its needle (_CALL_NEEDLES), then matched back from there.
_CALL_START = r"(?:^[ \t]*+|(?<=[.!?])[\"\u201d)]?[ \t]++)"
_CALL_OPENING = lazy(
    rf"{_CALL_START}(?:(?P<head>(?:[A-Za-z&/-]++[ \t]++){{0,3}}(?i:[ei]nquiries|questions))"
    r"[ \t]++(?i:should|may|can|are[ \t]+to)[ \t]++(?i:be)[ \t]++"
    r"(?i:directed|addressed|referred|sent|made)[ \t]++(?i:to)"
    r"|(?P<desk>(?i:investors|analysts|shareholders|stockholders|reporters|journalists|media"
    r"|members[ \t]+of[ \t]+the[ \t]+(?:media|press)))[ \t]++(?i:may|can|should)[ \t]++"
    r"(?i:contact|call)"
    r"|[A-Z][^.,;:!?\n]{0,60}+,[ \t]*+(?i:please)[ \t]++(?:(?i:contact)|(?P<asked>(?i:call)))"
    r"|(?P<asks>(?i:please)[ \t]++(?i:call))"
    r"|(?P<bare>(?i:please[ \t]+)?(?i:contact)))"
    r"(?:[ \t]++(?=[A-Z(+\d]|(?i:us[ \t]+at)(?:[ \t]|$))|[ \t]*+$)"  # ("us at": _person_after)
)
_CALL_NEEDLES = ("irected to", "ddressed to", "eferred to", "sent to", "made to", "ay call ",
                 "an call ", "ould call ", "ontact ", "ONTACT ", "AY CALL ", "AN CALL ",
                 "OULD CALL ", "lease call ", "LEASE CALL ", "lease Call ")
# (a desk's call typed in capitals: "ANALYSTS SHOULD CALL"; "Please call Jane Doe at ...")
# The needles worth searching by whether the line holds "call " and "CALL " (in order)
_NEEDLES_BY_VERB = {
    (lower, upper): tuple(n for n in _CALL_NEEDLES if not (
        (n.endswith("call ") and not lower) or (n.endswith("CALL ") and not upper)))
    for lower in (False, True) for upper in (False, True)}
# The needles a release's lower-cased text is searched for, the lines saying no "contact"
# (those are asked by the line test): a word the openings with a verb need, "inquiries" or
# "questions" ("... should be directed / sent / made to"), or a desk's "may call", "can
# call" or "should call" ("Reporters may call Jane Doe at ..."); heading_role decides on
# each line found. (A scan for "call" alone, a short word in every "conference call", costs
# twice one of these.) (A text lower-cased to another length, "İ", is searched as printed,
# for the two common verbs and the calls: a position in one is not in the other.)
_SCANNED = ("nquiries", "questions")
_SCANNED_CASED = ("irected", "ddressed")
# and "may call ", "can call ", "should call ": one search for "call ", the word before it
# read there (a search each cost three scans of the text)
_CALLERS = ("ay ", "an ", "ould ", "lease ")
# (in the text as printed, in either case: "ANALYSTS SHOULD CALL Jane Doe at ...")
# (searched without the space after it, then tested there: a needle ending in a blank, the
# commonest character, is skipped to half as fast)
_CASED_CALLS = (("call", _CALLERS), ("CALL", ("AY ", "AN ", "OULD ", "LEASE ")))
# Where such an opening's needle stands: at most this far after the sentence's start
_CALL_REACH = 70
# The name after the opening ends at its role's comma, "at" before a number, a bracket or
# "or" ("Jane Doe, Investor Relations,", "Jane Doe at (212) ...", "Jane Doe (212) ...")
_NAME_STOP = lazy(r",|[ \t]+(?:at|or|on|via|by|AT|OR|ON|VIA|BY)(?:[ \t]|$)|[ \t]*+[(\d]")
_NAMES_SEARCHED = 60


def call_opening(line: str) -> re.Match[str] | None:
    """The opening of a call sentence other than "For more information, contact"
    (_CALL_OPENING) in the line, where a person's name follows it: "Contact Center sales
    rose" or "Inquiries should be directed to the Company's Secretary" name no one."""
    if len(line) > _MAX_PARAGRAPH:
        return None
    if not _may_open_call(line):
        return _opening_at_end(line)
    # (the calls' needles searched only where their verb is: two scans for six)
    for needle in _NEEDLES_BY_VERB["call " in line, "CALL " in line]:
        i = line.find(needle)
        while i >= 0:
            m = _CALL_OPENING.search(line, max(0, i - _CALL_REACH), i + len(needle) + 12)
            if m is not None and m.end() > i and _person_after(line, m.end(), m):
                return m
            i = line.find(needle, i + len(needle))
    return _opening_at_end(line)


# A call's verb closing a line (the needles above need the blank after it)
_VERBS_AT_END = ("ontact", "ONTACT", "call", "CALL")


def _verb_at_end(line: str) -> bool:
    """Whether a call's verb closes the line (blanks after it allowed; asked of most lines:
    one test where the line ends on no blank)."""
    return line.endswith(_VERBS_AT_END) or (
        line[-1:].isspace() and line[-12:].rstrip().endswith(_VERBS_AT_END))


def _opening_at_end(line: str) -> re.Match[str] | None:
    """A call sentence's opening ending the line, its name on the paragraph's next line
    ("If you have any questions, please contact" / "Jane Doe at ...", "Investors may call"
    / "Jane Doe ..."): a bare "Contact" or "Please contact" there is a heading's."""
    if not _verb_at_end(line):
        return None
    tail = line[-12:].rstrip()
    end = len(line) - 12 + len(tail) if len(line) > 12 else len(tail)
    for m in _CALL_OPENING.finditer(line, max(0, end - _CALL_REACH - 12)):
        if m.end() >= end and _person_after(line, m.end(), m):
            return m
    return None


def _may_open_call(line: str) -> bool:
    """A cheap gate before call_opening's ten needle searches (most lines asked are short
    prose, headings or table rows): a needle there ("contact ", "call " or " to"), and with
    only " to", a word some opening needs ("inquiries", "questions", "contact", "call";
    a line with a non-ASCII letter is let through: a caseless match may fold one)."""
    if "ontact " in line or "ONTACT " in line or "call " in line or "CALL " in line:
        return True
    if " to" not in line:  # every other needle ends " to": "should be directed to"
        return False
    if not line.isascii():
        return True
    low = line.lower()
    return "nquiries" in low or "questions" in low or "contact" in low or "call" in low


def _opens_call(line: str) -> bool:
    """Whether a call sentence (``sentence_inside``) opens the line."""
    m = sentence_inside(line)
    return m is not None and not line[: m.start()].strip()


def call_paragraph(first_line: str, text: str) -> bool:
    """Whether a paragraph (its first line, its text) is a short one opening with a call
    sentence other than "For more information, contact" ("Media inquiries should be
    directed to Jane Doe at ...", "Investors may contact Jane Doe, ..."): the release's
    contacts, no part of its body or its About (a body's long paragraph may name its
    solicitor so: it goes on)."""
    if len(text) > _CALL_PARAGRAPH:
        return False
    m = call_opening(first_line)
    if m is None or first_line[: m.start()].strip():
        return False
    if not _us_wrapped(first_line, m.end()) and m.end() < len(first_line.rstrip()):
        return True
    # (the line ends on the opening: "Please call" / "Georgeson Shareholder at ..." names no
    # one; the paragraph's lines joined tell)
    # ("Please contact us at (212) 555-0100 or" / "ir@acme.com.": no one named, no call)
    joined = " ".join(text.split())
    return (m := call_opening(joined)) is not None and not _us_wrapped(joined, m.end())


def _us_wrapped(line: str, at: int) -> bool:
    """Whether "us at" fields run from ``at`` to the line's end (wrapped onto the next line:
    "Please contact us at (201) 628-2275 or", "Please contact us at"), or the line ends
    inside the person's name after them ("..., Brian" / "McDermott.")."""
    if line[at : at + 2] not in ("us", "Us", "US") or (us := US_AT.match(line, at)) is None:
        return False
    return us.group("wrap") is not None or us.group("bare_at") is not None or _name_wrapped(
        line, us.end() - 1)


def _area_code_at_end(line: str) -> bool:
    """Whether the line ends on a number's area code, the rest on the next line ("contact us
    at (201)" / "628-2275, Brian McDermott.")."""
    tail = line.rstrip()[-5:]
    return len(tail) == 5 and tail[0] == "(" and tail[4] == ")" and tail[1:4].isdigit()


def _name_wrapped(line: str, name: int) -> bool:
    """Whether the line ends on one capitalised word at ``name``: a person's name broken
    over the paragraph's lines ("contact us at (201) 628-2275, Brian" / "McDermott."; in
    capitals too: "..., BRIAN" / "MCDERMOTT.")."""
    word = line[name:].strip()
    return 1 < len(word) <= 20 and word.isalpha() and word[0].isupper() and (
        word[1:].islower() or word.isupper())


_CALL_PARAGRAPH = 300  # a call paragraph's length at most: one or two sentences


def _person_after(line: str, at: int, opening: re.Match[str]) -> bool:
    """Whether a person's name opens line[at:], up to its comma, "at", "or" or number. A
    paragraph's line may end on the opening or inside the name ("... to all. Investors may
    contact Brian" / "McDermott at ..."): a desk's opening there, or a given name, is
    enough (the record is read from the lines joined)."""
    window = line[at : at + _NAMES_SEARCHED]
    stop = _NAME_STOP.search(window)
    name = window[: stop.start() if stop else len(window)].strip()
    if name[:2] in ("us", "Us", "US") and (us := US_AT.match(line, at)):
        if us.group("bare_at") is not None:  # "contact us at" / "(212) 555-0100, Jane Doe"
            return True  # (the paragraph's lines joined tell: call_paragraph, _us_first)
        if us.group("wrap") is not None:  # "contact us at (212) 555-0100 or" / "..., Jane Doe"
            return _us_fields(line[at:]) or _area_code_at_end(line)  # "us at (212)" / "555-"
        return _us_then_person(line, at, us.end() - 1)  # "contact us at (212) 555-0100, Jane Doe"
    if not name:
        if line[at : at + 1] in _NUMBER_FIRST and _number_then_person(line, at):
            return True  # "Reporters may call (212) 555-0100 to reach Jane Doe"
        return opening.group("bare") is None and at == len(line.rstrip())
    if opening.group("asks") or opening.group("asked"):
        if name.isupper() and opening.group(0).isupper():
            name = name.title()  # "PLEASE CALL JANE DOE AT ...": the name in capitals too
        if stop is None and _name_wrapped(line, at):  # "Please call Brian" / "McDermott at"
            return name.lower() in GIVEN_NAMES
        return _caller_named(name)  # "Please call Jane Doe at ..." (not "Georgeson")
    if person_name(name) is not None:
        return True
    if name.isupper() and opening.group(0).isupper() and name.split()[0].lower() in (
            GIVEN_NAMES) and person_name(name.title()):
        return True  # a call typed in capitals: "REPORTERS MAY CALL JANE DOE AT ..." (a
        # known given name first: a firm's name in capitals reads as a person's)
    words = name.split()
    return stop is None and len(words) <= 2 and at + len(window) >= len(line) and (
        words[0].lower() in GIVEN_NAMES)


def _caller_named(name: str) -> bool:
    """Whether a plain "please call" names a person: a firm is called so as often ("Please
    call Georgeson Shareholder at ..."), so a known given name, an honorific or an initial
    first, as call_sentence asks."""
    word = name.split(maxsplit=1)[0] if name else ""
    return person_name(name) is not None and (word.lower() in GIVEN_NAMES or (
        word in _HONORIFICS) or (len(word) == 2 and word[0].isupper() and word[1] == "."))


def call_role(opening: re.Match[str]) -> str | None:
    """The role a call sentence's opening prints: its desk ("Media inquiries", "Investors"),
    none for plain "Inquiries" or "Questions" or a bare "Contact"."""
    groups = opening.groupdict()
    head = groups.get("head") or groups.get("desk")
    if not head:
        return None
    head = normalise(head)
    return None if head.lower() in ("inquiries", "enquiries", "questions") else head


def column_heading(line: str) -> int | None:
    """Where a contact heading printed in a letterhead's second column starts, after the
    first column's text and a gap ("ACME CORPORATION <gap> Contact: Jane Doe, CFO", "FROM:
    Acme Corp. <gap> CONTACT: ..."); None when the line has no such cell. Only headings
    saying "contact", "inquiries" or "information": a bare "Media:" after a gap may be a
    table's cell."""
    if ("\t" not in line and "   " not in line) or not any(w in line for w in _COLUMN_WORDS):
        return None
    for gap in GAP.finditer(line):
        cell = line[gap.end() :]
        if not line[: gap.start()].strip():
            continue  # a blank first column: the heading opens the line
        if any(w in cell for w in _COLUMN_WORDS) and CONTACT_HEADING.match(cell):
            return gap.end()
    return None


def blank_left(line: str, cut: int) -> str:
    """The line with what stands left of ``cut`` blanked, its text keeping its column."""
    return " " * len(line[:cut].expandtabs(8)) + line[cut:]


def first_column_end(line: str) -> int | None:
    """Where the first column's text ends (a visual column) on a line heading a contact
    block in a letterhead's second column (``column_heading``); None for any other line."""
    if "\t" not in line and "   " not in line:
        return None
    first = strip_markers(line)
    if (cut := column_heading(first)) is None or CONTACT_HEADING.match(first):
        return None
    return len(first[:cut].rstrip(" \t").expandtabs(8))


def right_of(row: str, left: int) -> str:
    """The row from its first cell starting right of visual column ``left``, the text
    keeping its column ("" if none): a second column's line, the first one's cut."""
    for start in (0, *(m.end() for m in GAP.finditer(row))):
        if len(row[:start].expandtabs(8)) > left and row[start:].strip():
            return blank_left(row, start)
    return ""


def strip_markers(line: str) -> str:
    """Blank out "FOR IMMEDIATE RELEASE" / "NEWS RELEASE" cells, keeping columns in place."""
    if "relea" not in line.lower():
        return line  # every marker says "release" ("relea": (?i:s) also reads "ſ")
    out = line
    # (a line with no gap is one cell: GAP's split tries every character of a long one)
    for cell in GAP.split(line) if "\t" in line or "   " in line else (line,):
        if cell.strip() and RELEASE_MARKER.match(cell.strip()):
            out = out.replace(cell, " " * len(cell), 1)
    return out


def contact_heading_lines(lines: list[str], start: int = 0, end: int | None = None,
                          low: str | None = None, text: str | None = None) -> list[int]:
    """Indices i in [start, end) where ``heading_role(lines[i])`` is not None (a colonless
    "ENQUIRIES" found by the role lines' scan), or that hold a row of colonless role
    headings ("Investor Relations<TAB>Media") or one such heading alone over a contact
    (``lone_role``), in order.

    Same result as calling heading_role on every line, faster than a loop doing so: only
    the few lines holding a ":" or "contact" pay for the call, found by substring scans of
    the joined lines, lower-cased once (a test and a lower() per line cost more);
    ``low`` is that text when the caller has it, ``text`` the same not lower-cased (a line
    blanked since may still hold its text there: every scan reads the line itself).
    """
    first, stop, _ = slice(start, end).indices(len(lines))  # as lines[start:end]
    # (role lines and call sentences are rare: scans of the joined lines, not a regex call
    # per line)
    if text is None:
        text = "\n".join(lines[first:stop])
    if low is None:
        low = text.lower()
    # heading_role's first test, ":" or "contact" in the lower-cased line, made on the
    # whole text (lower() keeps the newlines); its second, the hint, made here first (every
    # time and ticker line holds a ":": a call each cost more than the test)
    found = [first + j for j in lines_holding(low, ":", "contact")
             if (heading_role(line) if ":" not in (line := lines[first + j]) else (
                 _CONTACT_HINT.search(line) or "nquir" in line or "NQUIR" in line)
                 and _hinted_heading(line))]
    if calls := [i for i in _call_lines(text, low, lines, first) if heading_role(lines[i])]:
        found = sorted(set(found).union(calls))
    rows = [i for i in _lines_of(_ROLE_LINES.finditer(text), text, first, _ROLE_LINES.line_start)
            if ROLE_ROW.match(lines[i]) or lone_role(lines, i) or heading_role(lines[i])
            or run_on_group(lines[i].partition("\t")[0]) or _at_groups(lines, i)]
    rows += _names_grids(lines, first, stop, text, low)
    return sorted(set(found).union(rows)) if rows else found


def _names_grids(lines: list[str], first: int, stop: int, text: str, low: str) -> list[int]:
    """Rows of people's names heading a contact grid printed with no heading ("Jane Doe
    <TAB> John Roe" / their desks or titles / their numbers): an HTML table's row anywhere,
    a row of text columns right under an end mark ("###", "# # #") or, with no grid there,
    heading the last paragraph of a window that closes its lines (a release's foot). Known
    by a name in every cell and a phone or an e-mail for each below them (a financial
    table's "Three Months <TAB> Nine Months" has none, a signature block neither)."""
    out = [i for i in _lines_of(_NAMES_ROW.finditer(text), text, first, _NAMES_ROW.line_start)
           if _names_row(lines, i, stop)] if "\t" in text else []
    for j in lines_holding(low, "#"):  # ("###", "# # #": "#" is rare, a fast needle)
        i = first + j
        if i >= stop or not END_MARK.match(lines[i]):
            continue
        seen = 0  # the lines read after the mark, blank ones apart
        for k in range(i + 1, min(stop, i + 1 + _MARK_REACH)):
            if not lines[k].strip():
                continue
            if _names_row(lines, k, stop):
                out.append(k)
                break
            seen += 1
            if seen == _MARK_ROWS:
                break
    if not out and stop == len(lines) and (
            foot := _foot_grid(lines, first, stop, low)) is not None:
        out.append(foot)  # a release with no end mark closing on its grid (or one person's)
        if (under := _stack_under_closing(lines, first, stop)) is not None and under > foot:
            out.append(under)  # another person's stack under a "Source:" line below it
    return out


def _foot_grid(lines: list[str], first: int, stop: int, low: str = "") -> int | None:
    """The first line of the window's last paragraph (lines[first:stop], blank lines
    and a closing end mark, "###", apart) when it is a text grid of contacts: short (a
    names row, up to _LONE_ROLE_REACH rows under it), parted by a blank line from what is
    above, its first row names; or one person's stacked contact or a list of contacts on a
    line (_person_stack, _person_list). Else the same of the last paragraph above a "NOTE
    TO EDITORS" line (``low``: the window's lines joined and lower-cased), which closes
    the release's own text (Apple's, over its (c) line and its tables), or above the
    wire's first "Source: Acme Corp." line (tables under it, no note); or one person's
    stack under a closing line that opens its paragraph (_stack_under_closing). One
    person's stack right above another's is read with it: the first line of the topmost."""
    end = _above_closing(lines, first, stop)
    found = _foot_paragraph(lines, first, end, stop)
    if found is None:
        found = _stack_under_closing(lines, first, stop)
    for j in lines_holding(low, "editors") if found is None and "editors" in low else ():
        if first + j < stop and NOTE_TO_EDITORS.match(lines[first + j]):
            found = _foot_paragraph(lines, first, _last_text(lines, first, first + j), stop)
            break
    if found is None:
        found = _above_source(lines, first, stop, low)
    while found is not None and (k := _paragraph_start(lines, first, _last_text(
            lines, first, found))) is not None and _person_stack(lines, k, _last_text(
            lines, first, found)):
        found = k  # "Jane Doe" / "Acme" / phone, then "John Roe" / "Acme" / phone
    return found


def _stack_under_closing(lines: list[str], first: int, stop: int) -> int | None:
    """The name's line of one person's stack printed in a closing paragraph under the
    line that opens it ("Source: Union Camp Corporation" / "Brian McDermott" / "(201)
    628-2275"): going up the release's foot, each short paragraph opening with a closing
    line (``closing_line``), the first whose lines under it stack a contact; else None."""
    end = _last_text(lines, first, stop)
    for _ in range(_CLOSING_PARAGRAPHS):
        k = _paragraph_start(lines, first, end)
        if k is None or not closing_line(lines[k].strip()):
            return _stack_under_inner_closing(lines, first, end) if end == _last_text(
                lines, first, stop) else None
        if k + 1 < end and _person_stack(lines, k + 1, end):
            return k + 1
        end = _last_text(lines, first, k)
    return None


def _stack_under_inner_closing(lines: list[str], first: int, end: int) -> int | None:
    """The name's line of one person's stack under a closing line inside the release's last
    paragraph (lines[:end]), one person's stack over that line from the paragraph's first
    line ("Brian McDermott" / "(201) 628-2275" / "Source: Union Camp Corporation" / "John
    Roe" / "(212) 333-3810", no blank line between): else None (prose over it)."""
    for j in range(end - 2, max(first, end - _LONE_ROLE_REACH - 2), -1):
        if not lines[j].strip():
            return None
        if not closing_line(lines[j].strip()) or not _person_stack(lines, j + 1, end):
            continue
        k = _paragraph_start(lines, first, j)
        return j + 1 if k is not None and _person_stack(lines, k, j) else None
    return None


_SOURCE_TRIES = 4  # "Source:" lines tried going down (tables' notes above the wire's line)


def _above_source(lines: list[str], first: int, stop: int, low: str) -> int | None:
    """The first line of the contacts' paragraph above the window's first wire "Source:
    Acme Corp." line when the release's financial tables follow it (no "NOTE TO EDITORS"
    line between: Business Wire's and GlobeNewswire's order), the closing lines between
    apart (see _foot_grid); else None. A "Source:" line with no contacts above it (a
    table's note in the body, "Source: Bloomberg") passes to the next, up to
    _SOURCE_TRIES of them."""
    i, counted = first, 0  # the line at ``counted``, the newlines before it counted once
    tries = _SOURCE_TRIES
    at = low.find("source")
    while at >= 0:
        # (a line's first word: only blanks between it and the line's start; "resources"
        # and a sentence's "source" are passed by two string tests, not a line's count)
        head = low.rfind("\n", 0, at) + 1
        if (head == at or not low[head:at].strip(" \t")) and low[at + 6 : at + 8].lstrip(
                " \t")[:1] == ":":
            i += low.count("\n", counted, head)
            counted = head
            if i >= stop:
                return None
            if _SOURCE_LINE.match(lines[i]):
                found = _foot_paragraph(lines, first, _above_closing(lines, first, i), stop)
                tries -= 1
                if found is not None or not tries:
                    return found
                # (a table's note in the body, "Source: Bloomberg", above the wire's own
                # "Source: Acme Corp." line: the next such line is tried)
        at = low.find("source", at + 6)
    return None


def _above_closing(lines: list[str], first: int, stop: int) -> int:
    """The end of the window's text (lines[first:stop]) above the lines that close a
    release under its contacts (``closing_line``: "###", "Source: Union Camp Corporation",
    "Copyright 1994 Union Camp Corporation. All rights reserved.", "Logo - http://..."):
    going up, each short paragraph opening with one is cut, and such a line closing the
    paragraph above."""
    end = _last_text(lines, first, stop)
    for _ in range(_CLOSING_PARAGRAPHS):
        top = end
        while top > first and lines[top - 1].strip() and end - top <= _CLOSING_ROWS:
            top -= 1
        if top < end and (top == first or not lines[top - 1].strip()) and closing_line(
                lines[top].strip()):
            end = _last_text(lines, first, top)  # a paragraph of its own
        elif end > first and closing_line(lines[end - 1].strip()):
            end = _last_text(lines, first, end - 1)  # the last line of the one above
        else:
            break
    return end


def _paragraph_start(lines: list[str], first: int, end: int) -> int | None:
    """The first line of the short paragraph ending at line ``end`` (lines[first:end]),
    parted by a blank line from what is above, or None (a long one, none)."""
    k = end
    while k > first and lines[k - 1].strip():
        k -= 1
        if end - k > _LONE_ROLE_REACH + 1:
            return None
    return k if first < k < end else None


def _foot_paragraph(lines: list[str], first: int, end: int, stop: int) -> int | None:
    """The first line of the paragraph ending at line ``end`` when it is a grid of contacts
    or one person's or a list (see _foot_grid)."""
    k = _paragraph_start(lines, first, end)
    if k is None:
        return None
    return k if _names_row(lines, k, stop) or _person_stack(lines, k, end) or _person_list(
        lines, k, end) else None


def _last_text(lines: list[str], first: int, end: int) -> int:
    """The end of lines[first:end] without its blank lines at the foot."""
    while end > first and not lines[end - 1].strip():
        end -= 1
    return end


_STACK_ROW = 80  # a stacked contact's line at most (a longer one is prose)


def _person_stack(lines: list[str], k: int, end: int) -> bool:
    """Whether lines[k:end] (a paragraph closing the release) is one person's contact
    stacked with no heading: a name alone on its line ("Brian McDermott"), then up to
    _LONE_ROLE_REACH lines of a title or firm and a phone or an e-mail line, none of
    them a street's or a town's line (an address block's: "1600 Valley Road"), a signature's
    ("/s/") or prose (a long line, a sentence's stop)."""
    under = lines[k + 1 : end]
    if not under or any(len(row) > _STACK_ROW for row in under) or len(lines[k]) > _STACK_ROW \
            or "/s/" in lines[k] or _not_a_name(lines[k].strip()):
        return False
    fields = sum(1 for row in under if PHONE.search(row) or "@" in row)
    return fields >= 1 and not any(
        ADDRESS.search(row) or "/s/" in row or (
            "@" not in row and _PROSE_STOP.search(row)) for row in under)


_LIST_CELL = 45  # a list's comma-parted cell at most: a name, a title, a firm, a number


def _person_list(lines: list[str], k: int, end: int) -> bool:
    """Whether lines[k:end] (a paragraph closing the release) lists contacts on a line or
    two with no heading: "Brian McDermott, 201-628-2275, or John Roe, Brunswick Group,
    212-333-3810, for Union Camp": a person's name before its first comma, a phone or an
    e-mail in it, every comma-parted cell short (no prose: "John Roe, President, said")
    and no sentence's stop before its end."""
    text = " ".join(row.strip() for row in lines[k:end])
    if "," not in text or len(text) > _CALL_PARAGRAPH or not (PHONE.search(text) or "@" in text):
        return False
    cells = text.rstrip(" .").split(",")
    if _not_a_name(cells[0].strip()) or any(len(c) > _LIST_CELL for c in cells):
        return False
    return all(_LIST_CELL_HEAD.match(c) for c in cells[1:]) and not any(
        "@" not in c and _PROSE_STOP.search(c) for c in cells)


# How a list's cell after the name opens: a title's, a firm's or a number's first character,
# a joining word before the next one ("or John Roe", "for Union Camp", "both of Brunswick"),
# an extension or an e-mail; a lower-case word is prose ("the company's spokesman, said")
_LIST_CELL_HEAD = lazy(
    r"[ \t]*+(?:[A-Z0-9+(]|(?:or|and|for|both[ \t]+of|ext\.?|x)[ \t]+[A-Z0-9(+]"
    r"|[\w.+-]{1,64}+@)")


# A sentence's stop inside a row ("... in 1994. The"): prose, not a contact's line (an
# extension's "ext. 204" is one)
_PROSE_STOP = lazy(r"\b(?!ext\.)[a-z]{2,}\.(?:[ \t]|$)")


def _not_a_name(cell: str) -> bool:
    """Whether a cell names no person: no name's shape, or a word of a dial-in's label, a
    job, a desk or a period ("Toll Free", "Conference Call", "Three Months"), or a place
    ("New York") or a firm's word."""
    if person_name(cell) is None or ORG_WORDS.search(cell):
        return True
    words = cell.split()
    return place_like(words) or any(w.lower() in _NO_NAME_WORDS for w in words)


def _names_row(lines: list[str], k: int, stop: int) -> bool:
    """Whether lines[k] names two people or more, one a cell, each with a phone or an
    e-mail in the rows under it."""
    line = lines[k]
    if "\t" not in line and "   " not in line or DIGIT.search(line) or "@" in line:
        return False
    cells = GAP.split(line.strip())
    if cells[0] in _NAME_LABELS:
        cells = cells[1:]  # a grid labelling its rows: "Name: <TAB> Jane Doe <TAB> John Roe"
    if not 2 <= len(cells) <= 4 or any(_not_a_name(c) for c in cells):
        return False
    below = "\n".join(lines[k + 1 : min(stop, k + 1 + _LONE_ROLE_REACH)])
    return len(PHONE.findall(below)) + below.count("@") >= len(cells)


def _lines_of(matches: Iterator[re.Match[str]], text: str, first: int,
              start: Callable[[re.Match[str]], int] = re.Match.start) -> list[int]:
    """Indices of the lines (``text`` joins them from line ``first``) where ``matches``
    start, each once (as LinePattern.matching_lines, sharing the joined text)."""
    out: list[int] = []
    i, pos = first, 0
    for m in matches:
        at = start(m)
        i += text.count("\n", pos, at)
        pos = at
        if not out or out[-1] != i:
            out.append(i)
    return out


def _call_lines(text: str, low: str, lines: list[str], first: int) -> list[int]:
    """Indices of the lines holding "information, please call <Name>" or a word of another
    call sentence (_SCANNED) and no ":" or "contact" (those are asked by the line test) in
    ``text`` (``low``: lower-cased), the lines joined from line ``first``. (A string
    search for the word, then a match there: a regex led by the word scans twice as
    slowly.)"""
    found: list[int] = []
    at = text.find("nformation")
    while at >= 0:
        if m := _CALL_AFTER.match(text, at):
            found.append(m.start())
        at = text.find("nformation", at + 10)
    same = len(low) == len(text)
    scanned = low if same else text
    for needle in _SCANNED if same else _SCANNED_CASED:  # "Media inquiries should be"
        at = scanned.find(needle)
        while at >= 0:
            found.append(at)
            at = scanned.find(needle, at + len(needle))
    for call, callers in _CASED_CALLS[:1] if same else _CASED_CALLS:
        at = scanned.find(call)
        while at >= 0:
            if scanned[at + 4 : at + 5] in (" ", "\n") and scanned.endswith(  # (or wrapped)
                    callers, max(0, at - 6), at):
                found.append(at)
            at = scanned.find(call, at + 4)
    if not found:
        return []
    return [i for i in line_numbers(sorted(found), text, first)
            if ":" not in lines[i] and "contact" not in lines[i].lower()]




def lone_role(lines: list[str], i: int) -> bool:
    """Whether lines[i] is a colonless role heading standing alone over a contact: a blank
    line above, a person's name right below, a phone or an e-mail in the lines after."""
    if (i > 0 and lines[i - 1] and not lines[i - 1].isspace()) or i + 1 >= len(lines):
        return False
    line = lines[i].strip()
    if not line or line[0] not in "IiMmPpAaSs" or BARE_ROLE_ONLY.match(line) is None:
        return False
    below = lines[i + 1].strip()
    if not below or person_name(below.split("\t")[0].split(",")[0]) is None:
        return False
    after = "\n".join(lines[i + 1 : i + 1 + _LONE_ROLE_REACH])
    return bool(EMAIL.search(after) or PHONE.search(after))


def _web_site_end(lines: list[str], j: int) -> int:
    """End of PR Newswire's "/Web site:  http://www.acme.com /" trailer at line ``j`` (the
    issuer's site, one or two addresses) after its "/CONTACT: .../"; ``j`` if none."""
    if j >= len(lines) or not WEB_SITE_TRAILER.match(lines[j]):
        return j
    for k in range(j, min(len(lines), j + 3)):
        if lines[k].rstrip().endswith("/"):
            return k + 1
    return j + 1


def contact_block_end(lines: list[str], start: int) -> int:
    """End (exclusive) of the contact block whose heading is at ``start``."""
    if SLASH_HEADING.match(lines[start]):
        for j in range(start, min(len(lines), start + 6)):
            if lines[j].rstrip().endswith("/"):
                return _web_site_end(lines, j + 1)
        return start + 1
    if sentence_inside(lines[start]):
        # a sentence naming the contact: its paragraph, no further (nor past a line opening
        # the next such sentence: "Investors may contact John Roe ..." under it)
        end = start + 1
        while end < min(len(lines), start + 6) and lines[end].strip() and not (
                _opens_call(lines[end])):
            end += 1
        return end
    blanks = 0
    end = start + 1
    limit = min(len(lines), start + _MAX_CONTACT_LINES)
    j = start + 1
    para = start  # the first line after the last blank one
    above = start  # the first line of the paragraph before it
    left = first_column_end(lines[start])  # the first column's lines are none of the block's
    while j < limit:
        line = lines[j] if left is None else right_of(lines[j], left)
        s = line.strip()
        if not s:
            blanks += 1
            if blanks >= 3:
                break
            j += 1
            continue
        if blanks:
            above, para = para, j
        blanks = 0
        if s[0] in _STATEMENT_FIRST and _STATEMENT_TITLE.match(s):
            # (the company's name right over the title goes with it)
            return max(start + 1, min(end, para if start < para >= j - 2 else j))
        if "nded" in s and PERIOD_HEAD.search(s):
            # a table's period columns ("Three Months Ended    Twelve Months Ended"): the
            # statements have begun under a title not known above, no one's name; the title
            # over the columns, a paragraph of its own with no number or e-mail ("ACME
            # CORP." / "OPERATING DATA"), goes with them
            titled = para == j and _title_over(lines[above:j], start < above)
            return max(start + 1, above) if titled else end
        if (
            BLOCK_END.match(s)
            or notice_line(s)
            or (len(s) > 100 and "\t" not in s and not (EMAIL.search(s) or PHONE.search(s)))
            or (s.endswith(".") and len(s.split()) > 12)
            or (_may_be_fls(s) and FLS_HEADING.match(s) and len(s.split()) <= 10)
            or block_dateline(s)
        ):
            break
        end = j + 1
        j += 1
    return end



def _title_over(rows: list[str], apart: bool) -> bool:
    """Whether ``rows`` (a paragraph and the blank lines under it) may be a table's title:
    set ``apart`` from the block's heading, three lines at most, no number or e-mail."""
    text = "\n".join(rows)
    return apart and len(rows) <= 5 and sum(1 for r in rows if r.strip()) <= 3 and not (
        "@" in text or PHONE.search(text))


def _may_be_fls(s: str) -> bool:
    """Whether FLS_HEADING may match: it needs "forward", "harbor" or "cautionary" in some
    case (looked for without the letters i and s, whose case-insensitive twins lower() keeps)."""
    low = s.lower()
    return "forward" in low or "harbor" in low or "caut" in low


