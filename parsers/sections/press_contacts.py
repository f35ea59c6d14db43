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
VP/Chief Financial Officer of Pericom, +1-408-435-0800/"), under UK "Enquiries:" too. A
title "of" a company is the role and the organisation ("VP/Chief Financial Officer" of
"Pericom"), as a firm before a heading's group is ("Caterpillar" / "media contact") and a
department after a firm the e-mail spells ("Oracle" / "Investor Relations"). A contact
needs a personal name, but for a heading's shared mailbox with no one named under it
("Media: press@acme.com, (408) 555-0100": a contact with no name); the heading's
qualifier is the role when no role line is printed, in the singular ("Finance Contact";
"Investor Relations Contacts" over one person -> "Investor Relations Contact"). Names
printed together share the organisation, phone and web site that
follow them (a firm's line with its phone heads the names under it; the release's company
with its switchboard's number over people printing their own: "Union Camp" / "(201)
628-2275" / "Brian McDermott" / "(212) 555-0100", his firm, his number); an e-mail goes
to the person whose name it spells ("ahui@..." -> Alex Hui), else to the last one named.
After a name and a comma, words with no job or department in them are a firm ("Jane Doe,
FTI Consulting"); an extension stays with its phone ("(212) 555-1234 ext. 204"); a fax is
never the phone. A block typed in capitals ("CONTACT:  ROBERT J. WARD") names its people in
capitals; a 1990s number may have no area code ("452-2111"). A firm over two names on one
line ("Morgen-Walke Associates / Jim Byers, Lauren Levine", or the firm on the next line)
is both people's; a colonless "ENQUIRIES" alone heads a block; a town after a firm ("Acme
Corp., San Jose") is no part of it; honorifics are dropped, nicknames kept ('William "Bill"
Smith', "Robert (Bob) Jones"). "AT FINANCIAL RELATIONS BOARD:" heads a group of that firm's
people ("AT THE COMPANY:" of the issuer's), over every column up to the next such heading.
A firm printed as a label ("Citigate Dewe Rogerson:", "Financial Dynamics: John Roe") heads
its people; "Web Site:", "Internet:" and "Home Page:" label the url (PR Newswire's
"/Web site: .../" line after its trailer is the issuer's, so its people's). A firm and a
person around a dash that no common given name tells apart ("Sears Roebuck - Edgar
McDougal") are told by the block: the person's mailbox, a domain spelling the firm, the firm
printed again, or by the release printing it as its company. A title "of the Company" (or
the term a release defines for its issuer: "the Bank", "the Partnership", "the Trust", "the
Fund") names the release's company (its About's name); "Edelman for <that company>" (or
for a party its lead names, as a merger's does) names the agency, not its client; a region
before a dash or a colon stays in the role after the name's ("Europe - Angela Chen, Investor
Relations", "Europe: Angela Chen, Investor Relations": "Investor Relations, Europe"), regions
joined too ("Europe, Middle East and Africa:", "Asia-Pacific:"). A number keeps its "x. 204"
("Ext: 204") and a trunk "(0)" in any spacing ("+44 (0)7712 345678", "+44-(0)20-7555-0100").
An e-mail run into the next line's label ("jdoe@acme.comFax: ...") ends with its domain; a
department after a firm's legal form ("Acme Corp. Investor Relations") or after the head
of the release's company's name ("Pericom Investor Relations") is the role. A grid with no
heading (people's names in its first row, a phone or an e-mail for each under them: an HTML
table's anywhere, text columns under the release's end mark or as its last paragraph) is a
block; the labels of a grid's rows ("Name:", "Title:", "Company:", "Contact:") are no one's
values. Call sentences other than "For more information, contact" name contacts too, at a
paragraph's start or after another sentence: "Media inquiries should be directed to Jane Doe
at ...", "Investors may contact Jane Doe, Investor Relations, at ...", "If you have any
questions, please contact ...", "Contact Jane Doe at (212) 555-0100 for more information."
(the purpose after the number and "or by e-mail at" are no field); the desk is the role as
printed where the name has none after it ("Media inquiries"), and a short paragraph opening
with one ends the body and the About. Each call sentence right after another in a paragraph
is read too ("... directed to Jane Doe at .... Investors may contact John Roe at ...."), and
one with neither "contact" nor a common verb is found by its "inquiries" or "questions"
("Media inquiries should be sent to Jane Doe ..."), a desk's call by its "may call" or "can
call" ("Reporters may call Jane Doe at ..."); "contact us at <number>, <name>" reads in
capitals too ("PLEASE CONTACT US AT (201) 628-2275, BRIAN MCDERMOTT."). With no heading,
the release's last paragraph (over the lines closing the release: "###", "-30-", the
wire's "Source: Union Camp Corporation", a copyright notice, a logo's or photo's link or
caption) is a block when it stacks one person's contact (a name alone on its line, a title
or a firm and a phone or an e-mail under it, no street's or town's line: "Brian McDermott"
/ "Union Camp Corporation" / "201-628-2275"; an address block or a signature is none) or
lists contacts on a line or two ("Brian McDermott, 201-628-2275, or John Roe, Brunswick
Group, 212-333-3810, for Union Camp": short cells after a name, no prose).
A copyright notice ("(c) 1994 Union Camp Corporation") or a picture's line ("Logo -
http://...", "Photo: ...") ends a contact block: no one's organisation. Such a stack is read
under a closing line opening its own paragraph too ("Source: Union Camp Corporation" /
"Brian McDermott" / "(201) 628-2275"), and above the wire's "Source:" line when the
release's financial tables follow it (as above a "NOTE TO EDITORS" line); a "Source:" line
with no contacts above it (a table's note in the body, "Source: Bloomberg") passes the
search to the next one. A stack under a "Source:" line opening its paragraph right below
another person's stack is read with it. A list whose cell opens with a number or an e-mail
prints each person's name after theirs ("(201) 628-2275 - Brian McDermott; (212) 333-3810 -
John Roe"): its people are parted before each next number, a name in brackets after its
number or e-mail too ("(201) 628-2275 (Brian McDermott)"; a desk's or a firm's bracket there,
"(Investor Relations)", is read without its brackets). Two stacks in one paragraph with a
closing line between them ("Source: Union Camp Corporation", "###", a copyright notice) are
both read. A second person's name in brackets after someone's name or number ("Brian
McDermott (201) 628-2275 (John Roe)") is a contact of its own, sharing the number, never the
first one's role; a firm in brackets there (by its legal form or a firm's word: "(Acme
Widgets, Inc.)", "(Brunswick Group)"; or the release's company as it prints it: "(Union
Camp)") is the organisation, as is the release's company stacked under a name ("Brian
McDermott" / "Union Camp" / "(201) 628-2275"). A call sentence may print its number first:
"call (201) 628-2275 and ask for Brian McDermott" ("to reach", "to speak with", ",
attention:", "(Brian McDermott)"), "contact Union Camp at (201) 628-2275, Brian McDermott"
(what is named before "at" the firm or desk; "contact us at (201) 628-2275, Brian McDermott":
no one's firm). No value keeps a sentence's stop ("..., Investor Relations." ->
"Investor Relations"; "Inc." keeps its own), an organisation of desk words only is the
role, a title of address in brackets ("(Mr.)") is no role, and an e-mail read as the next
bracketed person's goes back to the person before when its mailbox spells that name only
("Brian McDermott, bmcd@unioncamp.com (John Roe)"). In the row whose names set the
columns, each cell is the name's before it (two contacts a row: name | phone | e-mail). "Contact
us at" a number or an e-mail (or both: "or ir@acme.com", "or by e-mail at ...") names the
person after its comma with no "For more information" lead too ("Investors may contact us at
(201) 628-2275 or bmcd@unioncamp.com, Brian McDermott, Investor Relations."; a purpose after
the name is no role, and no one named there, no contact). A mailbox spells a name by its
given name alone, or that name's first three letters or more, too ("suhasini@",
"deb@": Deborah Stapleton); an e-mail given to the earlier of two people that spells only
the later one's name goes to the later one, who has none (or holds the earlier one's: the
two swap). A "contact us at" sentence is read across its line break ("Please contact us at
(201) 628-2275 or" / "bmcd@unioncamp.com, Brian McDermott."), a plain "Please call" names
people too ("Please call Jane Doe at 847-286-9669 or John Roe at 847-286-1000 for more
information."; a known given name first: "Please call Georgeson ..." names no one), the
release's company stacked under names sharing one number is each one's ("Brian McDermott" /
"John Roe" / "Union Camp" / "(201) 628-2275"), and an e-mail spelling one who holds another
e-mail spelling someone named with no e-mail takes its place ("Alexis Pascal, deb@..., or
Deborah Stapleton, alexis@...": deb@ is Deborah's). A call sentence is read across a line
break anywhere in its fields: after "us at" ("Please contact us at" / "(201) 628-2275, Brian
McDermott.") or a number's area code ("us at (201)" / "628-2275, ..."), inside the name
("..., Brian" / "McDermott.", "Please call Brian" / "McDermott at ..."), after its verb
("Please call" / "Brian McDermott at ...", "If you have any questions, please contact" /
...; a desk's "Investors may contact" alone on its line gives the role "Investors", "Please
contact" none); "PLEASE CALL JANE DOE AT ... OR JOHN ROE AT ..." typed in capitals names
both; the release's company printed with no legal form over the people under it is theirs
("Union Camp" / "Brian McDermott" / "(201) 628-2275").

The readers: press_contact_blocks (where blocks are), press_contact_columns (rows ->
items per column), press_contact_records (items -> records), press_contact_names (who a
cell names) and press_contact_vocab (the words and patterns they share).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..given_names import GIVEN_NAMES
from ..lazy_re import lazy
from .person_names import person_name
from .press_contact_blocks import (
    BLOCK_END,
    call_paragraph,
    call_role,
    contact_block_end,
    contact_heading_lines,
    first_column_end,
    heading_role,
    lone_role,
    right_of,
    sentence_inside,
)
from .press_contact_columns import DASHED_OR, column_items, heading_cells
from .press_contact_names import (
    bare_firm,
    heads_a_firm,
    people_in,
    role_like,
    spelt,
    words_of,
)
from .press_contact_records import (
    EXTENSION,
    LABELS,
    Contact,
    cut_labels,
    firms_in_roles,
    records_of,
    strip_junk,
)
from .press_contact_vocab import (
    ADDRESS,
    ALL_OF,
    DEPARTMENT,
    DEPARTMENT_WORDS,
    ENTITY_END,
    FIRM_NOUNS,
    GROUP,
    ORG_WORDS,
    SLASH_HEADING,
    WEB_SITE_TRAILER,
    Capitals,
)
from .press_patterns import EMAIL, PHONE
from .press_text import normalise

# What other modules and the tests import from here (the readers live in press_contact_*).
__all__ = [
    "ADDRESS", "call_paragraph", "contact_block_end", "contact_heading_lines", "contacts_in",
    "find_contacts", "heading_role", "_BLOCK_END", "_LABELS", "_cut_labels", "_heading_cells",
    "_lone_role", "_strip_junk",
]
_BLOCK_END = BLOCK_END
_LABELS = LABELS
_cut_labels = cut_labels
_heading_cells = heading_cells
_lone_role = lone_role
_strip_junk = strip_junk

_ROLE_CELL = lazy(
    rf"^(?:or[ \t]+)?(?P<role>[A-Z][\w&/ ]{{0,40}}[ \t](?i:contacts?)|(?i:{GROUP}))$")
# A sentence's stop: not an initial's ("Jane A. Doe", "J. Doe")
_SENTENCE_END = lazy(r"(?<!\b[A-Z])\.(?=[ \t]+[A-Z]|[ \t]*$)")
_WRAP_WIDTH = 55  # a row as long as this may be a paragraph's line wrapped at the page's width
_EXTENSION_HEADS = frozenset("EeXx")  # how an extension opens: "ext.", "Extension", "x"
# A record's "CONTACT:" label and text after it on the line (PR Newswire's "/CONTACT: ...")
_CONTACT_LABEL = lazy(r"[ \t/]*+(?i:contacts?)[ \t]*+:[ \t]*+\S")
# A label opening a row: "Media:", "Investor Contact:", "Media Relations:" (no "http://")
_ROW_LABEL = lazy(r"[A-Z][\w&'.-]*+(?:[ \t][\w&'.-]++){0,3}[ \t]*+:(?!//)")
_JOINS = frozenset(("of", "at", "with", "for", "OF", "AT", "WITH", "FOR"))
# Words that open a role and never end one: a row ending in one is cut inside the role
_ROLE_OPENERS = frozenset(
    "vice chief senior executive investor corporate public assistant general managing".split())
_CAPITALS_ROWS = 12  # enough of a block to tell how it is typed
_DROP_LOWER = str.maketrans("", "", "abcdefghijklmnopqrstuvwxyz")
_DROP_UPPER = str.maketrans("", "", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
# A call sentence's record printing its number first (NUMBER_THEN_NAME's words, or a comma
# after a firm or desk "at" the number): the number, the person's name closing the sentence
_CALL_NUMBER_FIRST = lazy(
    r"^[ \t]*+(?P<head>[A-Za-z][^,;@\d()]{0,60}?[ \t]at[ \t]++)?"
    r"(?P<num>[(+\d][\d() .+/-]{6,24}\d(?:[ \t]*+(?:x|ext\.?)[ \t]*+\d{1,6})?)"
    r"(?:[ \t]*+,?[ \t]*+(?:and[ \t]+ask[ \t]+for|to[ \t]+(?:reach|speak[ \t]+(?:with|to))"
    r"|(?i:attention|attn\.?)[ \t]*+:?)[ \t]++|[ \t]*+\((?=[^()]{3,60}\)[ \t]*+\.?[ \t]*+$)"
    r"|(?P<comma>[ \t]*+,[ \t]*+))"
    r"(?P<name>[A-Z][^,;()\d@]{2,60}?)\)?[ \t]*+\.?[ \t]*+$"
)
_NUMBER_LEADS = frozenset("(+0123456789")  # how a number opens
_NAMES_OR = lazy(r"[ \t]+(?:or|and)[ \t]+")
_SENTENCE_OR = lazy(r",?[ \t]+or[ \t]+(?=[A-Z])")  # "... at (303) 555-0100 or John Roe at ..."
# the same typed in capitals ("... AT (212) 555-0100 OR JOHN ROE AT ..."; only in a sentence
# in capitals: "OR" in another is Oregon's)
_SENTENCE_OR_CAPS = lazy(r",?[ \t]+(?:or|OR)[ \t]+(?=[A-Z])")
_NUMBER_OR = lazy(r"(?<=\d)[ \t]++(?=or[ \t]+[A-Z])")  # "+1-847-286-9669 or Scott A. Bohaboy"
# "..., 512-555-0143, or Jane Doe,": a wrapped record going on to its next person
# "Jane Doe at (212) 555-0100 for more information.": the purpose after the last field
# (a number's digit, an e-mail's or a site's letter before it), to the sentence's stop
_PURPOSE_TAIL = lazy(
    r"(?<=[\w)])[ \t]++(?i:for[ \t]+(?:more|further|additional|any)[ \t]|with[ \t]+(?:any|your)"
    r"[ \t]|if[ \t]+you[ \t])[^.;]{0,80}+\.?$")
# "or by e-mail at", "or via phone at": the means before a field, read as the name "by ..."
_BY_MEANS = lazy(
    r"(?<=[\w)])[ \t]++(?P<or>or[ \t]+)?(?:by|via)[ \t]+"
    r"(?i:e-?mail|phone|telephone)(?:[ \t]+at)?[ \t]+")
_OR_NAME = lazy(r"[ \t]*+(?:[,;][ \t]*+)?or[ \t]++[A-Z][^,;\d@]{1,60},$")


def contacts_in(rows: list[str], firms: Sequence[str] = ()) -> list[dict[str, Any]]:
    """Contacts of a contact block (its lines, the heading line first); ``firms``: where the
    release prints its company's name elsewhere (its About's company or "", its headline,
    its lead after the dateline), which tells that firm from a person before a dash."""
    found: list[Contact] = []
    rows = _second_column(rows)
    capitals = _capitals(rows)
    trailer = bool(rows and SLASH_HEADING.match(rows[0]))
    url = None
    if trailer:
        site = next((j for j, row in enumerate(rows) if j and WEB_SITE_TRAILER.match(row)), None)
        url = WEB_SITE_TRAILER.match(rows[site]).group("url") if site else None  # type: ignore[union-attr]
        text = normalise(" ".join(rows[:site])).rstrip("/ ")
        text = text[SLASH_HEADING.match(text).end() :]  # type: ignore[union-attr]
        # (the people after a firm they share, "...; or John Roe, 212-...", do not share it)
        items = _trailer_items(text, capitals) if (shared := ALL_OF.search(text)) is None else [
            *_trailer_items(text[: shared.start()], capitals),
            ("all_org", shared.group("org").strip()),
            *_trailer_items(text[shared.end() :], capitals)]
        found = records_of([item for item in items if item[1]], capitals)
        rows = []
    elif rows and (sentence := sentence_inside(rows[0])):
        k = next((j for j, row in enumerate(rows) if not row.strip()), len(rows))
        if _opening_confirmed(sentence, rows[:k]):
            found = _sentence_records(
                sentence, normalise(" ".join([rows[0][sentence.end() :], *rows[1:k]])),
                capitals)
        rows = []
    if rows and len(rows) > 1:
        rows = _unwrap(rows)
    for seq in column_items(rows, capitals) if rows else []:
        found.extend(records_of(seq, capitals))
    firms_in_roles(found, loose=trailer or _newswire_record(rows, found), firms=firms)
    _issuer_in_roles(found, firms[0] if firms else "")
    if firms:
        _clients_cut(found, firms)
        _issuer_named_as_role(found, firms)
        found = _issuer_named_as_person(_issuer_over_people(found, firms[0]), firms[0])
    if len(found) > 1 or (found and (found[0].email or found[0].url or firms)):
        _firms_read_as_people(found, firms)
    for c in found if url else []:
        if c.url is None and _site_spells(c.organization, url):
            c.url = url  # PR Newswire's "/Web site: .../": the issuer's, its people's
    _values_tidied(found)
    _emails_to_owners(found)
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for c in found:
        record = c.as_dict()
        if (key := contact_key(record)) not in seen:
            seen.add(key)
            out.append(record)
    return out


def _opening_confirmed(sentence: re.Match[str], rows: list[str]) -> bool:
    """Whether a call sentence whose opening ends its first line (``rows``: its paragraph's)
    still names a person with the lines joined: "Please call" / "Jane Doe at ..." does,
    "Please call" / "Georgeson Shareholder at ..." does not (as on one line)."""
    if sentence.end() < len(rows[0].rstrip()) or len(rows) < 2:
        return True
    return sentence_inside(normalise(" ".join(rows))) is not None


_SENTENCES_READ = 4  # call sentences read from one paragraph at most


def _sentence_records(sentence: re.Match[str], text: str, capitals: Capitals) -> list[Contact]:
    """The records of a call sentence (its opening ``sentence``, ``text`` what follows it
    in the paragraph), and of each call sentence right after it ("Media inquiries should
    be directed to Jane Doe at .... Investors may contact John Roe at ...."): the
    paragraph may go on after them."""
    found: list[Contact] = []
    for _ in range(_SENTENCES_READ):
        stop = _SENTENCE_END.search(text)
        part = text[: stop.end()] if stop else text
        people = records_of(
            [("text", p) for p in _sentence_people(_sentence_fields(part))], capitals)
        if role := call_role(sentence):  # "Media inquiries should be directed to Jane Doe"
            for c in people:
                c.heading_role = c.heading_role or role
        found.extend(people)
        rest = text[stop.end() :] if stop else ""
        if not rest or (nxt := sentence_inside(rest)) is None or rest[: nxt.start()].strip():
            break
        sentence, text = nxt, rest[nxt.end() :]
    return found


def _sentence_people(text: str) -> list[str]:
    """A call sentence's record parted before each next person ("... or John Roe at ...")."""
    return (_SENTENCE_OR_CAPS if text.isupper() else _SENTENCE_OR).split(text)


def _sentence_fields(text: str) -> str:
    """A call sentence's record without its words around the fields: the purpose closing it
    ("... at (212) 555-0100 for more information.") and the means before a number or an
    e-mail ("or by e-mail at jdoe@acme.com" -> "or jdoe@acme.com")."""
    if "by" in text or "via" in text:
        text = _BY_MEANS.sub(lambda m: " " + (m.group("or") or ""), text)
    if (" for " in text or " with " in text or " if " in text or (
            " FOR " in text or " WITH " in text or " IF " in text)) and (
            tail := _PURPOSE_TAIL.search(text)):
        text = text[: tail.start()] + "."
    if text.lstrip()[:1] in _NUMBER_LEADS or " at " in text or " AT " in text:
        text = _us_first(text) or _name_first(text)
    return text


# "us at (212) 555-0100 or jdoe@acme.com, Jane Doe, Investor Relations.": the fields before
# the first comma, whom they reach after it
_US_FIELDS = lazy(
    r"^[ \t]*+(?i:us[ \t]+at)[ \t]++(?P<fields>[^,;]{5,120}?)[ \t]*+,[ \t]*+(?P<rest>[A-Z].*)$")


def _us_first(text: str) -> str | None:
    """A call sentence's record "us at <number or e-mail, or both>, <a person's name>" (no
    "For more information" needed: "Investors may contact us at (212) 555-0100 or
    ir@acme.com, Jane Doe.") printed name first as the readers take it: "Jane Doe, (212)
    555-0100 or ir@acme.com"; None when no person's name (a known given name first) follows
    the fields ("..., Monday through Friday")."""
    m = _US_FIELDS.match(text)
    if m is None:
        return None
    fields, rest = m.group("fields"), m.group("rest").rstrip()
    if not (PHONE.search(fields) or EMAIL.search(fields)) or "@" in rest or PHONE.search(rest):
        return None  # (another person's fields after: "..., Jane Doe, or (212) ..., John Roe")
    cells = rest.split(",")
    head = cells[0].split(" or ", 1)[0].strip().rstrip(".")
    if head.partition(" ")[0].lower() not in GIVEN_NAMES or person_name(
            head.title() if head.isupper() else head) is None:  # ("..., BRIAN MCDERMOTT.")
        return None
    # (no purpose after the name: "..., Jane Doe, for more information.")
    kept = next((n for n, cell in enumerate(cells) if cell.strip()[:1].islower()), len(cells))
    rest = ",".join(cells[:kept]).rstrip()
    if rest.endswith(".") and not rest.endswith(".."):
        rest = rest[:-1]  # (the sentence's stop: the fields close the record now)
    return f"{rest}, {fields}"


def _name_first(text: str) -> str:
    """A call sentence's record whose number comes before the person's name, printed name
    first as the readers take it: "(212) 555-0100 and ask for Jane Doe." and "(212) 555-0100
    (Jane Doe)." -> "Jane Doe, (212) 555-0100"; "Acme Widgets at (212) 555-0100, Jane Doe."
    -> "Jane Doe, Acme Widgets, (212) 555-0100" (what is named before "at" her firm or
    desk; not when a person is named there: "Jane Doe at (212) 555-0100, Investor
    Relations")."""
    m = _CALL_NUMBER_FIRST.match(text)
    if m is None or not PHONE.pattern.search(m.group("num")):
        return text
    name = m.group("name").strip()
    # ("... and ask for Jane Doe or John Roe": both, the number shared)
    for one in _NAMES_OR.split(name):
        if person_name(one) is None or one.partition(" ")[0].lower() not in GIVEN_NAMES:
            return text
    head = (m.group("head") or "").strip()
    if head:
        head = head[: -2].rstrip()  # (its "at")
        if person_name(head) is not None and head.partition(" ")[0].lower() in GIVEN_NAMES:
            return text
        head = head if head[:1].isupper() and head.lower() != "us" else ""  # (no one's firm)
    return ", ".join(part for part in (name, head, m.group("num").strip()) if part)


def _firms_read_as_people(found: list[Contact], firms: Sequence[str] = ()) -> None:
    """ "Acme Widgets - Alex Hui" read as the person "Acme Widgets" of the firm "Alex Hui"
    (or with the role "Alex Hui, CFO"; no common given name tells them apart): turned round
    when the block tells the firm from the person: the e-mail a person's mailbox of the
    other name ("ahui@"), an e-mail or web domain that spells the firm's ("acmewidgets.com"),
    or the firm printed again as another contact's organisation or before another person,
    or as the release's company (``firms``: "Sears Roebuck" by "Sears, Roebuck and Co.")."""
    domains = ""
    for c in found:
        if not (c.name and (c.organization or (c.role and "," in c.role))
                and bare_firm(c.name)):
            continue
        other, role = (c.organization, c.role) if c.organization else (
            part.strip() for part in (c.role or "").partition(",")[::2])
        if (person := _person_like(other)) is None:
            continue
        if not domains:
            domains = " ".join([x.email.partition("@")[2] for x in found if x.email]
                               + [x.url for x in found if x.url]).lower() or " "
        if _mailbox_of(c.email, other) or (
                spelt(c.name, domains) and not spelt(other, domains)) or any(
                x is not c and (x.organization == c.name or (
                    x.name == c.name and x.organization != other
                    and _person_like(x.organization))) for x in found) or (
                firms and _printed_as_firm(c.name, other, firms)):
            c.name, c.organization, c.role = person, c.name, role or None


# A title's tail naming the issuer by the term a release defines for it, not a firm: "Chief
# Financial Officer of the Company" (a bank's, a partnership's, a trust's or a fund's release
# calls it "the Bank", "the Partnership", "the Trust", "the Fund")
_OF_ISSUER = (" of the company", " of the corporation", " of the bank", " of the partnership",
              " of the trust", " of the fund", " of the registrant")


_ISSUER_TERMS = frozenset(tail[4:] for tail in _OF_ISSUER)  # "the company", "the bank"


def _issuer_in_roles(found: list[Contact], company: str) -> None:
    """ "Chief Financial Officer of the Company": the title is the role, the release's
    company (its About's name, if it prints one) the organisation of one who has none (or
    of one whose firm was read as "THE BANK")."""
    for c in found:
        if c.organization is not None and c.organization.lower() in _ISSUER_TERMS:
            c.organization = company or None
        if c.role is None or not c.role.lower().endswith(_OF_ISSUER):
            continue
        c.role = c.role[: c.role.lower().rindex(" of the ")].rstrip(" ,") or None
        if c.organization is None:
            c.organization = company or None


def _issuer_named_as_role(found: list[Contact], firms: Sequence[str]) -> None:
    """ "Jane Doe (Union Camp)", "Jane Doe (212) 555-0100 (Union Camp)": a "role" that is the
    release's company as the release prints it (``firms``: the head of its About's name,
    headline or lead; "Union Camp" of "Union Camp Corporation"), no job nor desk, is the
    contact's organisation."""
    for c in found:
        if c.role and c.organization is None and bare_firm(c.role) and not role_like(
                c.role) and heads_a_firm(c.role, firms):
            c.organization, c.role = c.role, None


def _issuer_named_as_person(found: list[Contact], company: str) -> list[Contact]:
    """ "Jane Doe" / "Union Camp" / "(201) 628-2275": a "person" named as the release's
    company (``company``: its About's name, whose head it is), with no role, firm or e-mail
    of its own, right under a person with no firm (under the same heading), is that
    person's organisation (and its number hers, if she prints none); and of the people
    stacked over her sharing her number ("Jane Doe" / "John Roe" / "Union Camp" / "(201)
    628-2275"), its e-mail the one of theirs it spells ("bmcd@": Brian McDermott's)."""
    if not company or len(found) < 2:
        return found
    kept: list[Contact] = []
    for c in found:
        above = kept[-1] if kept else None
        if above is not None and above.name and above.organization is None and c.name and (
                not (c.role or c.organization)) and (
                c.heading_role == above.heading_role) and (
                bare_firm(c.name) and heads_a_firm(c.name, (company,))) and (
                stack := _stacked_over(kept, c.email)):
            for person in stack:
                person.organization = c.name
            above.phone = above.phone or c.phone
            above.url = above.url or c.url
            if c.email and (owner := next(p for p in stack if _spells_name(
                    c.email, p.name or ""))).email is None:
                owner.email = c.email
            continue
        kept.append(c)
    return kept


def _issuer_over_people(found: list[Contact], company: str) -> list[Contact]:
    """ "Union Camp" / "Brian McDermott" / "(201) 628-2275": a "person" named as the
    release's company (``company``: its About's name, whose head it is; no common given name
    first), with no role, firm, e-mail or site of its own and no number but the one of the
    person under it, right over a person with no firm (under the same heading), is the
    organisation of the people stacked under it (up to one with a firm of her own); so is
    one with a number of its own over a person who prints hers ("Union Camp" / "(201)
    628-2275" / "Brian McDermott" / "(212) 555-0100": the company's switchboard, no one's)."""
    if not company or len(found) < 2:
        return found
    kept: list[Contact] = []
    for k, c in enumerate(found):
        below = found[k + 1] if k + 1 < len(found) else None
        if below is not None and _issuer_line(c, company) and below.name and (
                below.organization is None and below.heading_role == c.heading_role) and (
                c.phone is None or below.phone is not None) and not _issuer_line(below, company):
            for person in found[k + 1 :]:
                if not person.name or person.organization is not None or (
                        person.heading_role != c.heading_role):
                    break
                person.organization = c.name
            continue
        kept.append(c)
    return kept


def _issuer_line(c: Contact, company: str) -> bool:
    """Whether a contact read as a person is only the release's company's name ("Union
    Camp" of "Union Camp Corporation"): no role, firm, e-mail or site, no given name first."""
    return bool(c.name) and not (c.role or c.organization or c.email or c.url) and bare_firm(
        c.name or "") and (c.name or "").split()[0].lower() not in GIVEN_NAMES and heads_a_firm(
        c.name or "", (company,))


def _stacked_over(kept: list[Contact], email: str | None) -> list[Contact]:
    """The person last kept and those right above her with no firm, under the same heading,
    sharing her number (names stacked over one number: "Jane Doe" / "John Roe" / "(201)
    628-2275"); none when ``email`` (the firm's line's) spells none of their names (a
    mailbox of its own: the line is no firm stacked under them)."""
    above = kept[-1]
    stack = [above]
    for person in reversed(kept[:-1]):
        if not (person.name and person.organization is None and above.phone
                and person.phone == above.phone and person.heading_role == above.heading_role):
            break
        stack.insert(0, person)
    if email and not any(_spells_name(email, p.name or "") for p in stack):
        return []
    return stack


def _clients_cut(found: list[Contact], firms: Sequence[str]) -> None:
    """ "Jane Doe, Edelman for Acme": an agency's person; the client after "for" is a company
    the release names (``firms``: its About's, headline and lead; in a merger's lead "Acme
    and Zenith today announced" each party's), not her firm. Read as her role ("Sard
    Verbinnen & Co for Acme") with no firm of her own, the agency is her firm. A department
    (or a job in one) "for" such a company is that company's: "Investor Relations for Acme
    Widgets", "Director, Investor Relations for Acme" (the department her role, the company
    her firm). A body "for" something ("Center for ...", "Alliance for ...") stays whole."""
    for c in found:
        for org in (c.organization, None if c.organization else c.role):
            if not org or (i := org.find(" for ")) <= 0:
                continue
            agency = org[:i].rstrip(" ,")
            desk = DEPARTMENT.match(agency) is not None or (
                DEPARTMENT.search(agency) is not None and role_like(agency))
            if not org[i + 5 : i + 6].isupper() or not desk and (
                    agency.rpartition(" ")[2].lower() in _BODIES
                    or (org is c.role and role_like(agency))):
                continue  # ("Vice President for Acme": no agency's name)
            client = words_of(org[i + 5 :])
            while client and client[-1] in _LEGAL:
                client.pop()  # "Acme Widgets, Inc." printed as "Acme Widgets Corp."
            if client and any(_names(words_of(firm), client) for firm in firms if firm):
                if desk:
                    if c.role is None or org is c.role:
                        c.role = agency
                    elif agency.lower() not in c.role.lower():  # ("Investor Relations" over it)
                        c.role = f"{c.role}, {agency}"
                    c.organization = org[i + 5 :].strip(" ,;") or None
                    break
                if org is c.role:
                    c.role = None
                c.organization = agency or None


# Heads of bodies named "for" what they serve, no agency's client: "Center for Biologics"
_BODIES = frozenset(
    "center centre institute institution foundation alliance association council society"
    " coalition committee commission campaign fund partnership network bank school college"
    " academy office organization organisation union league board trust project".split())


def _names(words: list[str], client: list[str]) -> bool:
    """Whether ``client``'s words run together in ``words`` ("acme widgets" in "pericom and
    acme widgets today announced")."""
    n = len(client)
    return any(words[j : j + n] == client for j in range(len(words) - n + 1))


def _printed_as_firm(name: str, other: str, firms: Sequence[str]) -> bool:
    """Whether the release prints ``name`` (all its words, in order) at the head of its
    company's name and ``other`` not: "Sears Roebuck" in "Sears, Roebuck and Co. today
    ...", not "Edgar McDougal"."""
    head, rest = words_of(name), words_of(other)
    return any((words := words_of(firm))[: len(head)] == head and words[: len(rest)] != rest
               for firm in firms if firm)




# Titles of address printed in brackets after a name ("Brian McDermott (Mr.)"): no role
_ADDRESS_TITLES = frozenset("mr mr. ms ms. mrs mrs. miss dr dr. mme mme. m. sir".split())
# A firm's or a title's abbreviation whose stop is its own ("Acme Widgets, Inc.", "Sr.")
_OWN_STOPS = frozenset(
    "inc corp co ltd bros assn assoc dept intl mfg jr sr esq st ave blvd no cos svcs natl"
    " plc llc lp llp ag sa nv bv gmbh"
    .split())


def _values_tidied(found: list[Contact]) -> None:
    """A call sentence's stop closing an organisation or role ("Jane Doe at (212) 555-0100,
    Investor Relations." -> "Investor Relations"; an abbreviation keeps its own: "Acme,
    Inc."), an organisation of desk words only made the role ("Investor Relations" is no
    firm), and a title of address in brackets dropped ("(Mr.)" is no role)."""
    for c in found:
        c.organization = _stop_dropped(c.organization)
        c.role = _stop_dropped(c.role)
        if c.role and c.role.lower() in _ADDRESS_TITLES:
            c.role = None
        if c.organization and c.role is None and _desk_only(c.organization):
            c.role, c.organization = c.organization, None


def _stop_dropped(value: str | None) -> str | None:
    """The value without a sentence's stop after its last word (a word of two or more
    letters, lower-case after its first, no abbreviation: "Relations." -> "Relations")."""
    if not value or not value.endswith(".") or value.endswith(".."):
        return value
    last = value[:-1].rsplit(None, 1)[-1]
    if len(last) < 3 or not last.isalpha() or not last[1:].islower() or (
            last.lower() in _OWN_STOPS):
        return value
    return value[:-1].rstrip()


def _desk_only(org: str) -> bool:
    """Whether an organisation is a desk's or department's words only ("Investor Relations",
    "Corporate Communications"; not "Investor Relations Group" or "Media General")."""
    words = org.lower().replace(",", " ").split()
    return len(words) >= 2 and all(w in DEPARTMENT_WORDS for w in words) and not (
        words[0] in _SMALL or words[-1] in _SMALL)


_SMALL = frozenset(("and", "of", "&", "the"))


def _emails_to_owners(found: list[Contact]) -> None:
    """An e-mail given to the next person named after it ("Brian McDermott,
    bmcd@unioncamp.com (John Roe)") back to the person before, who has none, when its
    mailbox spells that person's name and not the next one's ("bmcd": Brian McDermott);
    and one given to the person before that spells the next one's name only ("Brian
    McDermott, (201) 628-2275, jroe@unioncamp.com; John Roe, (212) 555-0100", or columns
    typed out of line) on to the next, who has none (or has the first one's: swapped)."""
    for before, after in zip(found, found[1:], strict=False):
        if not before.name or not after.name:
            continue
        if not before.email and after.email and _spelt_for(after.email, before.name,
                                                           after.name):
            before.email, after.email = after.email, None
        elif before.email and _spelt_for(before.email, after.name, before.name) and (
                not after.email or _spelt_for(after.email, before.name, after.name)):
            before.email, after.email = after.email, before.email


def _spelt_for(email: str, name: str, other: str) -> bool:
    """Whether an e-mail's mailbox spells ``name`` and not ``other``."""
    return _spells_name(email, name) and not _spells_name(email, other)


def _spells_name(email: str, name: str) -> bool:
    """Whether an e-mail's mailbox is spelt from a person's name: the given name's initial
    or whole given name, then the surname or its first letters ("bmcd", "bmcdermott",
    "brian.mcd", "b_mcdermott"), or the surname or the given name alone, or its first three
    letters or more ("brian", "deb": Deborah Stapleton)."""
    words = [w for w in re.sub(r"[^a-z ]", "", name.lower()).split()]
    box = re.sub(r"[^a-z]", "", email.partition("@")[0].lower())
    if len(words) < 2 or len(box) < 3:
        return False
    first, last = words[0], words[-1]
    if box == last or first.startswith(box):
        return True
    for given in (first, first[0]):
        rest = box[len(given):]
        if box.startswith(given) and len(rest) >= 2 and last.startswith(rest):
            return True
    return False


def _person_like(text: str | None) -> str | None:
    """The person's name an organisation reads as, if any (no legal form or firm's word)."""
    if not text or ENTITY_END.search(text) or ORG_WORDS.search(text):
        return None
    return person_name(text)


def _mailbox_of(email: str | None, name: str) -> bool:
    """Whether an e-mail's mailbox is a person's of that name: the initial and the surname
    ("ahui", "a.hui", "a_hui") or both names apart ("alex.hui", "alex_hui"); both run
    together may be a firm's own ("nevadaminerals@aol.com")."""
    words = name.lower().split()
    if not email or len(words) < 2:
        return False
    first, last = words[0], words[-1]
    return email.partition("@")[0].lower() in (
        first[0] + last, f"{first[0]}.{last}", f"{first[0]}_{last}", f"{first}.{last}",
        f"{first}_{last}")


def _newswire_record(rows: list[str], found: list[Contact]) -> bool:
    """Whether a block is PR Newswire's "CONTACT:" record printed with no slashes (its
    releases of about 2008 on): a heading in capitals and its numbers typed "+1-408-...",
    so "<name>, <title> of <company>" reads as its trailer's ("VP/Chief Financial Officer of
    Pericom")."""
    return bool(rows) and "CONTACT" in rows[0][:20] and any(
        c.phone is not None and c.phone[:3] == "+1-" for c in found)


def _trailer_items(text: str, capitals: Capitals) -> list[tuple[str, str]]:
    """The items of a PR Newswire "/CONTACT:" record's text (no firm shared by all in it): a
    cell's text each, a group's label before a person's name a heading."""
    cells: list[str] = []
    client = False  # "..., for Acme Widgets, Inc.": the agency's client, no one's firm
    for cell in _trailer_cells(text):
        if cell.startswith("for ") or (client and ENTITY_END.match(cell)):
            client = True
        elif cells and ENTITY_END.match(cell):
            cells[-1] += ", " + cell  # "Acme Widgets, Inc.": one name, one cell
        else:
            client = False
            cells.append(cell)
    items = []
    for n, cell in enumerate(cells):
        # a group's label heads the person after it ("Investors, John Smith, ..."); after
        # a name it is that person's job ("John Smith, Media Relations, +1-...")
        m = _ROLE_CELL.match(cell)
        if m and n + 1 < len(cells) and people_in(cells[n + 1], capitals):
            items.append(("heading", m.group("role")))
        else:
            items.append(("text", cell))
    return items


def _trailer_cells(text: str) -> list[str]:
    """A PR Newswire "/CONTACT:" record's comma-parted cells; "or" right after a number
    parts one too ("+1-847-286-9669 or Scott A. Bohaboy": the next person's name)."""
    cells = []
    if "-or-" in text or "-OR-" in text:
        text = DASHED_OR.sub(", or ", text)  # "+1-408-555-1212 -or- John Roe ..."
    for cell in text.replace(";", ",").split(","):
        if " or " in cell:
            cells.extend(part.strip() for part in _NUMBER_OR.split(cell))
        elif _extension_of(cell, cells):
            cells[-1] += " " + cell.strip()
        else:
            cells.append(cell.strip())
    return cells


def _extension_of(cell: str, cells: list[str]) -> bool:
    """Whether a cell is the extension of the number in the cell before it ("+1-408-555-1212,
    ext. 204": the phone's, no firm)."""
    head = cell.lstrip()[:1]
    return (head in _EXTENSION_HEADS and bool(cells) and cells[-1][-1:].isdigit()
            and EXTENSION.fullmatch(cell) is not None)


def _second_column(rows: list[str]) -> list[str]:
    """A block headed in a letterhead's second column ("ACME CORP. <gap> Contact: Jane
    Doe"): its rows cut to that column, the first one's lines (the issuer's address) blank."""
    if not rows or (left := first_column_end(rows[0])) is None:
        return rows
    return [right_of(row, left) for row in rows]


def contact_key(contact: dict[str, Any]) -> str:
    """What makes a contact one: the person's name, or a mailbox's e-mail and phone."""
    return contact["name"] or f"@ {contact['email']} {contact['phone']}"


# A url's host: "http://www.acme-corp.com/ir" -> "acme-corp.com" (no "www.")
_HOST = lazy(r"(?i:[a-z]{3,6}://)?(?i:www\d?\.)?(?P<host>[\w.-]{1,120})")
# Words of an organisation's name that tell no one firm from another: a site spelt by only
# these ("Financial Relations Board", "Corporate Relations") is no one's site
_LEGAL = frozenset("the and of inc corp corporation co company ltd llc l.l.c lp l.p plc".split())
_GENERIC = _LEGAL | frozenset(
    "companies group groups board financial corporate relations communications associates"
    " partners public investor investors international global national american united first"
    " general capital media marketing consulting services holdings bank".split())


def _site_spells(org: str | None, url: str) -> bool:
    """Whether the url's domain is spelt by the whole organisation: one label of its host
    (before a hyphen's tail) is the name's words run together, first word first, the last
    one perhaps cut short ("sterlingfinancialcorporation-spokane" by "Sterling Financial
    Corporation", "zenithinst" by "Zenith Instruments, Inc.", "sears" by "Sears, Roebuck and
    Co."), with a word no other firm shares, or its initials; so "Integrated Corporate
    Relations" spells no "integratedbiopharma", "Allen & Caron" no "allenorgan"."""
    words = [w for w in (t.strip(",.&'()").lower() for t in (org or "").split()) if w]
    host = _HOST.match(url.strip())
    if not words or host is None:
        return False
    labels = host.group("host").lower().split(".")[:-1]  # (no top-level domain)
    initials = "".join(w[0] for w in words if w not in _LEGAL)
    for label in labels:
        stem = label.partition("-")[0]
        if len(initials) > 1 and stem == initials:
            return True
        if _run_together(stem, words):
            return True
    return False


def _run_together(stem: str, words: list[str]) -> bool:
    """Whether ``stem`` is the organisation's ``words`` run together in order from its first
    (after "The"): each whole or left out, the last one typed perhaps cut to three letters or
    more; one of them not generic."""
    if words[0] == "the" and len(words) > 1:
        words = words[1:]
    pos, own = 0, False
    for j, w in enumerate(words):
        if stem.startswith(w, pos):
            pos, own = pos + len(w), own or w not in _GENERIC
        elif len(stem) - pos >= 3 and w.startswith(stem[pos:]):
            pos, own = len(stem), own or w not in _GENERIC  # "zenithinst": cut short
        elif j == 0:
            return False  # the name's first word opens its site
        if pos == len(stem):
            return own
    return False


def _unwrap(rows: list[str]) -> list[str]:
    """Rows with a one-line record wrapped after a comma joined again: "CONTACT: John Smith,
    CFO, 713-555-1212, or Jane Doe," / "Investor Relations, 212-555-1313, both of Acme
    Corp.". Only a row that holds a whole record (a phone or e-mail) and goes on to the
    next person ("..., or Jane Doe,") is wrapped: a comma may end a line of a stacked block
    ("John Smith, Chief Financial Officer," / "Acme Corp."; "Media: Jane Doe, (512) ...,"
    / "Investors: ..."); rows in columns are left alone."""
    out: list[str] = []
    last = ""  # the row before, as printed
    for row in rows:
        # (_wrapped needs a long row above, _area_code_over a bracket ending the record)
        if out and (text := row.strip()) and not ("\t" in text or "   " in text) and (
                (out[-1].endswith(",") and _goes_on(out[-1]))
                or (len(last) >= _WRAP_WIDTH and _wrapped(out[-1], last, row))
                or (out[-1].endswith(")") and _area_code_over(out[-1], row))):
            out[-1] += " " + row.strip()
        else:
            out.append(row.rstrip())
        last = row
    return out


# a bracketed area code closing a row ("(212)", "Tel: (212)") and the number under it
# ("555-1234"): a phone cut in two by a narrow column
_AREA_CODE_END = lazy(r"(?:^|[ \t:])\(\d{3}\)$")
_LOCAL_NUMBER = lazy(r"[ \t]*\d{3}[-.\u2013][ \t]?\d{4}(?!\d)")


def _area_code_over(above: str, row: str) -> bool:
    """Whether ``above`` ends in a bracketed area code whose number opens ``row``."""
    return above.endswith(")") and not _in_columns(above) \
        and _AREA_CODE_END.search(above.strip()) is not None \
        and _LOCAL_NUMBER.match(row) is not None


def _wrapped(record: str, last: str, row: str) -> bool:
    """Whether ``row`` goes on with PR Newswire's "CONTACT:" record typed as a paragraph and
    wrapped at the width of the page ("CONTACT: Jane Doe, Chief Financial Officer of Zenith"
    / "Instruments, Inc., +1-512-555-0100"): the record (``record``, joined so far) opens
    with its "CONTACT:" label, the row above (``last``) is long, with a comma in it, and
    stops mid-phrase (_mid_phrase); this row opens with no label of its own ("Media: ...").
    A whole "Name, Title" row over its firm's line is a stacked block's."""
    text = last.strip()
    if len(text) < _WRAP_WIDTH or "," not in text or _in_columns(last) or (
            not _CONTACT_LABEL.match(record)):
        return False
    head = row.strip()
    if ":" in head[:45] and _ROW_LABEL.match(head):
        return False  # "Media: John Roe, ...": the next record
    return _mid_phrase(text, head)


def _mid_phrase(text: str, row: str) -> bool:
    """Whether a row (``text``) stops in the middle of a phrase that the next one (``row``)
    ends: after "of", "at", "with", "for", "and", "or" or a comma, or in a firm's name cut
    before its last word or legal form ("... of Zenith" / "Instruments, Inc., ..."; "... of
    Brunswick" / "Group, ..."). Not after a phone, e-mail or web site (a record's end)."""
    end = text.rstrip(" ;").rpartition(" ")[2]
    if "@" in end or end.rstrip(",")[-1:].isdigit() or end.lower().startswith(("www", "http")):
        return False
    if end in ("or", "and", "&") or row.startswith(("of ", "at ", "with ")):
        return True  # "..., +1-512-555-0100, or" / "John Roe, ...": the next person's
    field = row.partition(",")[0]
    if end in _JOINS:
        return True  # "... Chief Financial Officer of" / "Zenith Instruments, Inc., ..."
    if person_name(field) is not None:
        return False  # "John Roe, Investor Relations, ...": the next record
    if _cut_in_field(text, field):
        return True
    if end.endswith(","):
        return True  # "..., Zenith Instruments, Inc.," / "+1-512-555-0100, ..."
    words = text.split()[-4:]
    tail = next((n for n in range(len(words) - 1, 0, -1) if words[n - 1] in _JOINS), 0)
    if not tail or not all(w[:1].isupper() for w in words[tail:]):
        return False  # no firm's name after "of" at the end
    rest = row.partition(",")[2].lstrip()
    return bool(ORG_WORDS.search(field) or field.rpartition(" ")[2].lower() in FIRM_NOUNS or (
        rest and ENTITY_END.match(rest.partition(",")[0].strip())))


def _cut_in_field(text: str, field: str) -> bool:
    """Whether a row (``text``) stops inside a role or a name that the next row's first field
    (``field``) ends: "..., or John Roe, Investor" / "Relations, ...", "..., Vice" /
    "President, ...", "..., or John" / "Roe, ..." (a page's width wraps at any space)."""
    if not field[:1].isupper() or len(field) > 40:
        return False
    last = text.rpartition(",")[2].split()
    if last[:1] == ["or"]:
        last = last[1:]
    if last and last[-1].lower() in _ROLE_OPENERS:
        return True  # no role ends in "Vice", "Chief" or "Investor"
    return len(last) == 1 and " " not in field and last[0][:1].isupper() and (
        person_name(f"{last[0]} {field}") is not None)


def _goes_on(row: str) -> bool:
    """Whether a row ending in a comma is a record run on to the next person's name: "...,
    512-555-0143, or Jane Doe," (after its last phone or e-mail an "or" and a name)."""
    if _in_columns(row.partition(":")[2] or row) or " or " not in row:
        return False
    ends = [m.end() for m in PHONE.pattern.finditer(row)]
    ends += [m.end() for m in EMAIL.pattern.finditer(row)] if "@" in row else []
    return bool(ends) and _OR_NAME.match(row, max(ends)) is not None


def _in_columns(row: str) -> bool:
    """Whether a row's text has a tab or a gap of three spaces in it (cells side by side)."""
    text = row.strip()
    return "\t" in text or "   " in text


def _capitals(rows: list[str]) -> Capitals:
    """Whether the block is typed in capitals (1990s: "CONTACT:  ROBERT J. WARD"), where a
    name in capitals is a name; in a block typed in mixed case such a line is a firm or a
    headline ("ACME WIDGETS" under "Jane Doe"). Capitals, that is: at most one letter in
    eight in lower case (a "Contact:" or an e-mail's letters allowed)."""
    known: list[bool] = []

    def ask() -> bool:
        if not known:
            text = "\n".join(rows[:_CAPITALS_ROWS])
            lower = len(text) - len(text.translate(_DROP_LOWER))
            known.append(lower * 8 <= len(text) - len(text.translate(_DROP_UPPER)))
        return known[0]

    return ask


def find_contacts(text: str, firms: Sequence[str] = ()) -> list[dict[str, Any]]:
    """Contacts of every contact block in a text (deduplicated by name); ``firms``: the
    company names the text is about, as for contacts_in (its company first), so a title "of
    the Company" or a firm before a dash reads as in a press release."""
    lines = text.split("\n")
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    i = 0  # the end of the last block: a heading inside a block is part of it
    for start in contact_heading_lines(lines):
        if start < i:
            continue
        i = contact_block_end(lines, start)
        for c in contacts_in(lines[start:i], firms):
            if (key := contact_key(c)) not in seen:
                seen.add(key)
                out.append(c)
    return out

