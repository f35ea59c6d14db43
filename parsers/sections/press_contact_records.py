"""Contact items -> records: each cell's phones, e-mails and web sites cut out, the
rest read as a name, role or organisation, and what is printed once shared by the people
named together."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..given_names import GIVEN_NAMES
from ..lazy_re import lazy
from .person_names import person_name, strip_honorific
from .press_contact_names import (
    firm_then_department,
    firm_then_name,
    firm_word_run_on,
    heading_firm,
    name_run_on,
    people_in,
    role_like,
    role_of_firm,
    run_initials,
    spelt,
)
from .press_contact_vocab import (
    CITIES,
    DATE_CELL,
    DEPARTMENT,
    DEPARTMENT_WORDS,
    DESK_WORDS,
    DIGIT,
    ENTITY_END,
    FIRM_JOINERS,
    JOB_WORDS,
    ORG_WORDS,
    PERIOD_HEAD,
    PHONE_LABEL_WORDS,
    REGIONS,
    Capitals,
    at_group_firm,
    given_and_body,
    never,
    person_named_firm,
    place_like,
    place_words,
    regions_joined,
    segment_name,
    titled_firm,
)
from .press_patterns import EMAIL, HONORIFICS, PHONE, URL, US_STATES
from .press_text import normalise

_LABEL_WORDS = (
    "tel telephone phone ph fax e-mail email mobile cell office direct web website url mailto"
    .split()
)
LABELS = lazy(
    r"\((?i:t|e|f|o|m|c|p|tel|ph|phone|fax|email|e-mail|office|mobile|cell|direct)\)"
    # (not the "Ph." of "Ph.D."), or one letter and a colon: "T: 408-555-1234", "E: jd@...",
    # in lower case too ("t: +1 408 ...", "e: jd@...", "m: ...": releases of the 2010s on)
    # (one "\b" before both: a third alternative tried at every position is 25% slower)
    # ("Web Site:", "Home Page:", "Internet:" before a web address: no firm's or person's
    # name; "Internet" only with its colon, "Internet Capital Group" being a firm)
    # ("Web Site", "Web-site", "Web Address", "Web Page" and "Web" only before a colon,
    # a bar, the address (cut before this), or the line's end; or a dash, "at" or "(" set
    # apart, or "." or "," (a bar made one) and the address: "Web - www.acme.com", "Web
    # (www.acme.com)", "Web. www.acme.com"; "Web Site Manager", "Web Manager" are jobs)
    rf"|\b(?:(?i:web(?:[ \t]+site|-site)?(?:[ \t]+(?:address|page))?(?=[ \t]*(?:[:|]|www|http|$)"
    r"|[ \t]+(?:[-\u2013\u2014(]|at[ \t])|[.,][ \t]*(?:www|http|$))"
    rf"|(?:home[ \t]?page|internet)(?=[ \t]*:)"
    rf"|{'|'.join(w for w in _LABEL_WORDS if w != 'web')})\b"
    r"(?!\.[ \t]?D\b)[ \t]*[.:]?"
    r"|[TEPMOFCWDtepmofcwd][ \t]*:)"
)
# A piece of each label word that its lower-cased spelling always holds: the longest without
# "i" or "s", whose case-insensitive twins ("ı", "ſ") lower() keeps ("office" -> "off").
# (a hint holding another is dropped: "telephone" holds "tel", "phone" holds "ph")
_LABEL_HINTS = (lambda hints: tuple(h for h in hints if not any(
    o != h and o in h for o in hints)))(tuple(dict.fromkeys(
        [*(max(re.split("[is]", w), key=len) for w in _LABEL_WORDS), "home", "nternet"])))
# "(212) 555-1234, ext. 204", "... x204", "... x. 204", "... Ext: 204", "... ext. #204": the
# extension is part of the phone
EXTENSION = lazy(r"[ \t]*+[,(]?[ \t]*((?i:ext(?:ension)?|x)[.:]?[ \t]*#?\d{1,6})\b\)?")
_PHONE_MORE = lazy(r"(?:[ .-]\d{2,4}){1,2}(?![\d])")
# An international number with its trunk "0" in brackets in shapes PHONE misses: a UK
# mobile's six-digit group ("+44 (0)7712 345678"), dashes around the "(0)" ("+44-(0)20-...")
_TRUNK_PHONE = lazy(r"(?<![\w.])\+\d{1,3}[ -]?\(0\)[ -]?\d{1,5}(?:[ .-]\d{2,8}){1,3}(?![\d])")
# A phone's label before its number, not cut by LABELS: "Toll Free (800) ...", "Main Line:",
# "Voice Mail", "After Hours", "Direct Dial" (an HTML cell's "<br>" lines joined run it into
# the name above: "Karen Whitfield Toll Free"); "Sales" alone is a role's ("VP, Sales")
_LABEL_TAIL = lazy(
    r"(?<![\w&-])(?i:toll[ -]?free|voice[ \t]?mail|after[ \t]+hours|sales[ \t]+desk"
    r"|(?:main|direct|home|work|office|fax|cell|mobile|investor|media|press)[ \t]+"
    r"(?:line|number|dial|hotline)|(?:main|direct|home|work|cell|mobile)[ \t]+(?:office|phone)"
    r"|main|direct|home|work|pager|switchboard|hotline|evenings|weekends)[ \t]*+(?:[:.][ \t]*+)?$"
)
_TAIL_WORDS = frozenset(
    "free toll-free mail hours desk line number dial main direct home work pager switchboard"
    " hotline evenings weekends office phone".split()
)


# The first word of a role line: a job's or a department's ("Chief", "Investor")
_ROLE_WORDS = JOB_WORDS | DEPARTMENT_WORDS
# A local number, no area code: "555-1234" (not part of a longer number, date or zip)
_LOCAL_PHONE = lazy(r"(?<![\w/.+-])\d{3}-\d{4}(?![\w-])")
# A number with a trunk "0" and no country code, as a caption introduces it abroad ("Tel:
# 020 7123 4567", "Phone: 0161 123 4567", "T: 01 23 45 67 89"): no other shape of PHONE's
_DOMESTIC = lazy(
    r"(?<![\w.])(?:(?i:tel(?:ephone)?|phone|ph|mobile|cell|office|direct)\.?[ \t]*+:?"
    r"|[TMODP][ \t]*:)[ \t]*(\(?0\d{1,4}\)?(?:[ .-]\d{2,6}){1,4})(?![\d])"
)
_EMPTY_BRACKETS = lazy(r"\([ \t,;:.]*\)|<[ \t,;:.]*>")  # "Jane Doe <jd@acme.com>" cut
# A web site printed bare, no "www." nor "http://": "ir.acme.com", "Web: acmewidgets.com" (in
# lower case, or after a web label: "Amazon.com" alone is a firm's name)
_SITE = (r"[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){0,3}\.[A-Za-z]{2,6}"
         r"(?:/[^\s,;]{0,100})?")
_BARE_SITE = lazy(_SITE)
_SITE_LABEL = lazy(r"[ \t]*(?i:web(?:[ \t]*site|-site)?|internet|home[ \t]?page|url|w)[ \t]*:")
# The same inside a line: "Jane Doe, 212-555-1212, Web: acme.com" (a label needed: words)
_SITE_LABELLED = lazy(r"(?<![\w-])(?i:web(?:[ \t]*site|-site)?|internet|home[ \t]?page|url)"
                      rf"[ \t]*:[ \t]*({_SITE})(?![\w@-])")
# A toll-free number spelt in letters: "1-800-ACME-NOW", "(888) 4-ZENITH", "800-FLOWERS";
# the area code in brackets or joined by a dash or a dot ("800 BOYLSTON, SUITE 1200" and
# "888 SEVENTH" in capitals are streets)
_VANITY = lazy(
    r"(?<![\w.])(?:(?:1[ .-]?)?\(8[0-8]{2}\)[ ]?|1-8[0-8]{2}[ .-]|(?:1[ .])?8[0-8]{2}[.-])"
    # (seven letters or digits, dashes between: a letter among them, no more than ten in all)
    r"(?=[A-Z0-9.-]{0,8}[A-Z])(?=[A-Z0-9.-]{7,10}(?![\w.-]))"
    r"[A-Z0-9]{1,8}(?:[.-][A-Z0-9]{1,8}){0,2}(?![\w-])"
)
_FAX_BEFORE = lazy(r"(?:(?i:fax)[ \t.:]*|\b[Ff][ \t]*:[ \t]*)$")
_FAX_AFTER = lazy(r"^[ \t]*\(?(?i:fax|f)\)")
# An e-mail address spelt out against harvesters: "jdoe (at) acme.com", "jdoe[at]acme[dot]com"
# (the domain ends in a top-level domain of letters: "me (at) 512.555.0143" is no address)
_OBFUSCATED = lazy(
    r"\b(?P<local>[A-Za-z0-9][\w.+-]{0,63}?)[ \t]*[\[(](?i:at)[\])][ \t]*"
    r"(?P<domain>[A-Za-z0-9-]{1,63}(?:[ \t]*(?:[\[(](?i:dot)[\])]|\.)[ \t]*"
    r"[A-Za-z0-9-]{1,63}){0,3}[ \t]*(?:[\[(](?i:dot)[\])]|\.)[ \t]*[A-Za-z]{2,24})(?![\w-])"
)
_DOT = lazy(r"[ \t]*(?:[\[(](?i:dot)[\])]|\.)[ \t]*")
# What every _OBFUSCATED match holds ("(t)", a phone's label, holds no "(at)"): a quick "no"
_AT_MARK = lazy(r"[\[(](?i:at)[\])]")
# A label run into an e-mail where a line break was lost ("jdoe@acme.comPhone: ..."): its
# top-level domain in lower case, then a capitalised word
_GLUED_TLD = lazy(r"[a-z]{2,6}(?=[A-Z][a-z])")


def _cut_emails(text: str, emails: list[str]) -> str:
    """The text with its e-mails cut out (added to ``emails``), a word run into one's end
    kept: "jdoe@acme.comPhone: ..." is "jdoe@acme.com" and "Phone: ..."."""
    return EMAIL.pattern.sub(lambda m: _email_cut(m.group(0), emails), text)


def _email_cut(email: str, emails: list[str]) -> str:
    """What stands for an e-mail cut from a cell (kept in ``emails``): a blank, and the word
    run into its end."""
    dot = email.rindex(".") + 1
    if (glued := _GLUED_TLD.match(email, dot)) and glued.end() < len(email):
        emails.append(email[: glued.end()])
        return " " + email[glued.end() :]
    emails.append(email)
    return " "


# Cut from both ends of a contact cell, with white space.
_JUNK = ",;:/|\u2022\u00b7-\u2013\u2014"
# PR Newswire: "Jane Doe of Brunswick Group, +1-212-..., for Acme Widgets": the agency's
# client, no part of anyone's organisation
_CLIENT = lazy(r",[ \t,]{0,12}for[ \t]+[A-Z][^;]{0,80}$")
# An agency's line naming its client with no comma: "Spark Communications for Acme
# Therapeutics", "Kelly & Associates for Delta Corp." (a firm's word before "for": not
# "Center for Biologics" nor "Investor Relations for Acme Corp.")
_AGENCY_CLIENT = lazy(
    r"\b(?:Communications|Associates|Group|Partners|PR|Consulting|Advisors|Advisers|Agency"
    r"|Strategies|Inc\.?|Co\.?|LLC|Ltd\.?)[ \t]+for[ \t]+[A-Z][^;()\n]{0,60}$"
)
# Joining words left over once phones and e-mails are cut out: "Ryan Fiedler, ... or ...";
# "AT" before the number of a sentence typed in capitals ("CALL JOHN ROE AT (212) ...")
_DANGLING = lazy(
    r"^(?:(?:or|and|of|for|at|both|all|OR|AND)(?:[ \t]+|$))+|(?:[ \t,;]+(?:or|and|at|of|AT|both))+$"
)
# What is left of "..., (408) 555-1212 and (408) 555-1313, respectively" once the numbers are
# cut: the numbers go in order to the people named before them
# (the word found first, the "and"s and commas before it read backwards: a pattern led by
# the run of them would try again at each of its spaces, quadratic in a long run)
_RESPECTIVELY = lazy(r"(?:respectively|RESPECTIVELY)\b\.?")
_CONJUNCTIONS = ("and", "or", "AND", "OR", "&")


def _cut_respectively(text: str) -> str:
    """``text`` with each "respectively" and the "and"s, "or"s and commas before it cut."""
    parts, at = [], 0
    for m in _RESPECTIVELY.finditer(text):
        start = _before_separator(text, at, m.start(), ",")
        while word := _conjunction_before(text, at, start):
            start = _before_separator(text, at, start - len(word), ",;")
        parts += [text[at:start], " "]
        at = m.end()
    return "".join(parts) + text[at:]


def _before_separator(text: str, at: int, end: int, marks: str) -> int:
    """Where the spaces, one of ``marks`` and the spaces ending ``text[at:end]`` begin."""
    end = at + len(text[at:end].rstrip(" \t"))
    if end > at and text[end - 1] in marks:
        end = at + len(text[at : end - 1].rstrip(" \t"))
    return end


def _conjunction_before(text: str, at: int, end: int) -> str | None:
    """The whole word "and", "or" or an "&" ending ``text[at:end]``, if any."""
    if end < len(text) and text[end].isalnum():
        return None
    for word in _CONJUNCTIONS:
        if text.endswith(word, at, end) and (
                word == "&" or end - len(word) == at or not text[end - len(word) - 1].isalnum()):
            return word
    return None


# how _DANGLING's ends read ("OR JOHN ROE OF ...": a record typed in capitals)
_DANGLING_FIRST = ("or", "and", "of", "for", "at", "both", "all", "OR ", "AND ")
# ("$": before a last newline; "Vice President of" / "Acme Corp.": a title going on below)
_DANGLING_LAST = ("or", "and", "at", "of", " AT", "both", "or\n", "and\n", "at\n", "of\n",
                  " AT\n", "both\n")


@dataclass
class Contact:
    name: str | None  # None: a group's shared mailbox or line ("Media: press@acme.com")
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
            "role": self._role(),
            "phone": self.phone,
            "email": self.email,
            "url": self.url,
        }

    def _role(self) -> str | None:
        """The role printed with the name, else the heading's; a region's or a place's
        heading ("Europe: Angela Chen, Investor Relations") stays after the name's role,
        as a region before a dash does ("Investor Relations, Europe"), and so does a
        department's heading after a rank that names none ("Investor Relations Contact:" over
        "Jane Doe, Director": "Director, Investor Relations")."""
        role, where = self.role, singular_heading(self.heading_role)
        if role and where and (dept := _desk_of_rank(role, where)):
            return f"{role}, {dept}"
        if not (role and where) or where in role or (
                len(words := where.split()) > 3 or place_words(words) != len(words)) and (
                not regions_joined(where)):  # ("Middle East and Africa")
            return role or where
        return f"{role}, {where}"


# A rank that says of what only with its department: "Director", "Senior Vice President"
_RANKS = frozenset("director manager vice president senior sr. sr associate assistant head"
                   " executive deputy managing".split())
_HEADING_TAIL = frozenset(("contact", "contacts", "inquiries", "enquiries"))


def _desk_of_rank(role: str, heading: str) -> str | None:
    """The department a contact heading names ("Investor Relations Contact" -> "Investor
    Relations"), when the role is a rank only ("Director", "Vice President"; not "President"
    alone, nor "Chief Financial Officer")."""
    ranks = role.lower().split()
    if not ranks or len(ranks) > 4 or ranks == ["president"] or any(
            r not in _RANKS for r in ranks) or ranks[-1] in ("senior", "sr", "sr.", "vice"):
        return None
    words = heading.split()
    while words and words[-1].lower() in _HEADING_TAIL:
        words.pop()
    name = " ".join(words)
    return name if name and DEPARTMENT.match(name) else None


def singular_heading(heading: str | None) -> str | None:
    """A contact heading as the role of each person under it, in the singular: "Investor
    Relations Contacts" -> "Investor Relations Contact", "Media Contacts" -> "Media Contact"
    (one person is no "Contacts"; the heading's words are otherwise kept as printed)."""
    if not heading or heading[-1] not in "sS" or " " not in heading:
        return heading
    last = heading.rpartition(" ")[2]
    return heading[:-1] if last.lower() == "contacts" else heading


def records_of(items: list[tuple[str, str]], capitals: Capitals = never) -> list[Contact]:
    """Contacts of a column's items (``capitals``: names typed in capitals count)."""
    out: list[Contact] = []
    cur: Contact | None = None
    waiting: list[Contact] = []  # named just before cur with nothing of their own yet
    pending: dict[str, str] = {}  # organisation/phone/url printed before any name
    group_role: str | None = None
    block_org: str | None = None
    role_line: str | None = None  # after a role line: what joins the next one to it
    in_capitals = False  # whether a name is typed in capitals
    firm_next = False  # after a firm's line heading the next name: its phone is theirs
    after_blank = False  # a blank line right before this item
    named_firm: Contact | None = None  # one whose "firm" after a comma may be a person
    mailbox: Contact | None = None  # a heading's e-mail (and line) with no one named under it
    together: list[Contact] = []  # the people one item named together ("Jane Doe or John Roe")

    def close() -> None:
        nonlocal cur
        if cur is not None:
            out.append(cur)
        cur = None

    def close_group() -> None:
        nonlocal mailbox
        close()
        if mailbox is not None:
            out.append(mailbox)
        mailbox = None

    for k, (kind, value) in enumerate(items):
        if kind == "text" and (value[:1] in "aA" or value[:1].isspace()) and (
                value[:3].strip().lower() == "at"):
            firm = at_group_firm(value.strip())  # "AT FINANCIAL RELATIONS BOARD:" alone
            if firm is not None:
                kind, value = "firm", firm
        if kind == "firm":
            close_group()  # a group headed by its people's firm: theirs ("" for the issuer's)
            waiting, pending, group_role, role_line = [], {}, None, None
            if value:
                pending["organization"] = value
            continue
        if kind == "heading":
            if cur is not None and not (cur.phone or cur.email) and not (
                    cur.role and cur.heading_role) and _numbers_only(items, k + 1):
                # "Jane Doe" / "Media: (312) 555-1234": a label before a number alone, under
                # one named with no number yet, is that person's group and the number's label
                # (no group of its own: no one is named after it); under "Investor Contact:"
                # / "Jane Doe, Chief Financial Officer" she is in her group already, and the
                # label heads the next group's number
                cur.role = cur.role or singular_heading(value) or None
                continue
            if value and cur is not None and _bare_name(cur) and k and items[k - 1][0] == "text" \
                    and not _named_below(items, k, capitals):
                # a column's "Ken Bond" / "Investor Relations" / "Oracle Corporation" / phone:
                # the department right under a name with nothing yet, no one named under it,
                # is that person's job (a group's heading heads a name)
                cur.role = singular_heading(value)
                continue
            close_group()
            # an organisation printed under the block's first heading, before anyone is
            # named, stands for the groups below it that name none ("Contacts / Zenith
            # Financial Corp. / Investor Relations: / Paul Green")
            if not out and block_org is None:
                block_org = pending.get("organization")
            waiting, pending, group_role, role_line = [], {}, value or None, None
            continue
        if kind == "blank":
            after_blank = True
            continue  # rendered HTML puts a blank line between all <p>s: names start records
        if kind == "all_org":
            # "both of Acme Widgets, Inc., +1-408-555-1234": a phone or e-mail may follow
            pieces = value.split(",")
            k = next((j for j, p in enumerate(pieces) if "@" in p or DIGIT.search(p)),
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
        was_blank, after_blank = after_blank, False
        text = value[:300]  # a contact cell is short; bounds the work on odd input
        emails: list[str] = []
        urls: list[str] = []
        phones: list[str] = []
        if ("(" in text or "[" in text) and (
                "t)" in text or "t]" in text or "T)" in text or "T]" in text) and (
                _AT_MARK.search(text)):
            text = _OBFUSCATED.sub(_unobfuscated, text)  # "jdoe (at) acme (dot) com"
        # each guard once: the same text is searched, then cut (EMAIL's and URL's guards
        # inlined: "@", "://" or "www.")
        if "@" in text:
            text = _cut_emails(text, emails)
        if "://" in text or "www." in text:
            urls = [u.rstrip(".") for u in URL.pattern.findall(text)]
            text = URL.pattern.sub(" ", text)
        if not urls and ":" in text and " " in text and (site := _labelled_site(text)):
            urls, text = [site.group(1).rstrip(".")], text[: site.start()] + text[site.end() :]
        if DIGIT.search(text) is not None:  # (every number's pattern needs a digit)
            text = _cut_numbers(text, phones, cur, items, k)
        respectively = "ESPECTIVELY" in text or "espectively" in text
        if respectively:
            # "Jane Doe or John Roe, 408-... or 408-..., respectively": the words left
            # between its numbers once they are cut
            text = _cut_respectively(text)
        # "Insurance: (555) 555-1212" under a name: the number's label, no firm nor job
        phone_label = bool(phones) and text.rstrip().endswith(":") and cur is not None
        text = cut_labels(text)
        if "(" in text or "<" in text:  # "(fax 555-1299)" with its label and number cut
            text = _EMPTY_BRACKETS.sub(" ", text)
        text = " ".join(text.split()) if "\u200b" not in text else normalise(text)
        if not urls and "." in text and " " not in text and (site := _bare_site(text, value)):
            urls, text = [site], ""
        if " for " in text and (client := _CLIENT.search(text) or _agency_client(text)):
            text = text[: client.start()]
        if text.endswith(" .") or text == ".":
            # "... at (303) 839-5060.", "ahui@acme.com.": the sentence's stop, what ends cut
            text = text[:-2]
        # "Senior Vice President and" / "Chief Financial Officer": how a role line goes on
        end = text[-4:]  # (before the junk is cut: a role line's "and", "&" or ",")
        text = strip_junk(text)
        if text[:1] == "(" and text[-1:] == ")" and (phones or emails):
            text = _bracketed_name(text)  # "(212) 555-0100 (Jane Doe)": her name
        # "..., or Deborah Stapleton": named together with the one before
        joined = text.startswith(("or ", "and ", "& ", "OR ", "AND "))
        if text.startswith(_DANGLING_FIRST) or text.endswith(_DANGLING_LAST):
            text = strip_junk(_DANGLING.sub("", text))
        # (a firm printed above heads these names: "Morgen-Walke Associates" / "Jane Doe,
        # John Roe" are two people of that firm)
        people = people_in(text, capitals, bool(
            pending.get("organization") or (block_org and cur is None))) if text else []
        if len(people) == 1 and cur is not None and not (
                cur.phone or cur.email or cur.organization) and titled_firm(
                text, items[k - 1][1].lstrip() if k else ""):
            people = []  # "Jane Doe" / "Mrs. Fields Products": her firm, no second person
        elif len(people) == 1 and cur is None and not (phones or emails) and titled_firm(
                text) and _firm_titled(text) and _person_below(items, k, capitals):
            people = []  # "Mrs. Fields Brands" / "Jane Doe": the firm over its person
        if len(people) == 1 and not (phones or emails) and _initials_firm(
                people[0], items, k, cur, capitals):
            people = []  # "Jane Doe" / "J.P. Morgan", "D.F. King" / "Jane Doe": the firm
        elif len(people) == 1 and not (phones or emails or people[0][1] or people[0][2]) and (
                given_and_body(people[0][0])) and _person_below(items, k, capitals):
            people = []  # "Morgan Institute" / "David Lang": the firm ("John Council" /
            # "(512) 555-0199" a person)
        elif len(people) == 1 and not (people[0][1] or people[0][2]) and (
                _regional_firm(people[0][0])):
            people = []  # "Pericom Europe", "Acme Asia Pacific": a firm's regional arm
        if not people and emails and 1 <= text.count(" ") <= 2 and (
                named := _surname_mailed(text, emails)):
            people = [(named, None, None)]  # "John Brands ... jbrands@acme.com": a person
        if (phones or emails) and text.count(" ") >= 3 and (
                not people or people[0][2] or people[0][0].count(" ") >= 3):
            # "Acme Widgets, Inc. John Roe" (a cell's firm over its person, joined): no
            # "Acme Widgets" of "Inc. John Roe"
            if found := firm_then_name(text):
                people = [found] if found[0] else []
        if text:
            firm_next = False
        was_role, role_line = role_line, None  # (set again below by a role line)
        # a table's cell under its column's heading, its numbers in the rows below
        # ("Media Contact:" / "Jane Doe Acme Corp." / "(408) 555-1212"): the e-mails below
        # tell a name run into its firm, as one cell's own do
        mailed = emails
        if not (phones or emails) and text and cur is None and group_role and not (
                pending or waiting) and (below := _numbers_below(items, k)):
            mailed = []
            _cut_emails(below, mailed)  # (only read here: the line below is read next)
        if not people and text and (phones or emails or mailed):
            # one HTML cell's lines joined: "Jane Doe Acme Corp. (408) 555-1212 jd@acme.com"
            domains = " ".join([e.partition("@")[2] for e in mailed] + urls).lower()
            run_on = name_run_on(text, domains)
            if run_on and mailed is not emails and not _mailed_name(run_on, mailed, domains):
                run_on = None  # "Wolfe Axelrod Weinberger Assoc. LLC" over its number: a firm
            people = [run_on] if run_on else []
        elif (emails or urls) and len(people) == 1 and people[0][0].count(" ") >= 3 and not (
                people[0][1] or people[0][2]):
            # a "name" of four words or more may be one run into a firm the domain spells:
            # "Karen J. Brill Lippert Heilshorn ... kbrill@lippertheilshorn.com"
            domains = " ".join([e.partition("@")[2] for e in emails] + urls).lower()
            run_on = name_run_on(text, domains)
            if run_on and spelt(run_on[2], domains):
                people = [run_on]
        elif mailed and len(people) == 1 and people[0][0].count(" ") == 2 and not (
                people[0][1] or people[0][2]):
            people = [firm_word_run_on(people[0][0], mailed) or people[0]]
        if not people and not text and cur is None and group_role and not waiting and (
                emails or (phones and mailbox is not None)):
            # "Media Contact:" / "press@acme.com" with no one named: the group's mailbox, a
            # contact with no name, with the line printed with it (dropped once a person is
            # named under the heading; a number alone under a label stays no one's)
            mailbox = mailbox or Contact(None, None, group_role,
                                         pending.get("organization") or block_org,
                                         pending.get("phone"))
            mailbox.email = mailbox.email or (emails[0] if emails else None)
            mailbox.phone = mailbox.phone or (phones[0] if phones else None)
        if people:
            mailbox = None
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
                cur = Contact(strip_honorific(name), role, group_role)
                in_capitals = in_capitals or name.isupper()
                cur.organization = org or pending.get("organization") or block_org
                cur.phone = pending.get("phone")
                cur.url = pending.get("url")
            together = [*waiting[len(waiting) + 1 - len(people) :], cur] if len(people) > 1 \
                else []
            # one named with a "firm" after the comma that reads as a name ("Jane Doe, John
            # Roe"), if a firm follows in the next line
            named_firm = cur if len(people) == 1 and people[0][2] and not (
                phones or emails or people[0][1]) else None
        elif phone_label and cur is not None and _number_label(text, cur):
            pass
        elif text and cur is not None and (cur.phone or cur.email) and (
                cur.heading_role or _after_or(items, k)) and DEPARTMENT.match(text) and (
                _named_below(items, k, capitals)) and not _department_under_next(items, k):
            # Business Wire: "Investor Relations" / "Jane Doe, 512-..." / "ir@..." / "or" /
            # "Media Relations" / "John Roe, ...": a department under one whose number is
            # printed, over a name, heads the next group (no job of the one above), unless
            # that name has one under it ("Jane Doe, 512-..." / "Investor Relations" / "John
            # Roe, 512-..." / "Corporate Communications": each line the job above it)
            close()
            waiting, role_line, group_role = [], None, text
        elif text and cur is not None and cur.role is None and role_like(text):
            cur.role = text
            role_line = _joiner(end)
        elif text and cur is not None and was_role and not (
                phones or emails or cur.phone or cur.email or cur.organization) and (
                text.partition(" ")[0].lower().strip(",.") in _ROLE_WORDS) and role_like(text):
            # a second role line right under the first: "Executive Vice President" /
            # "Chief Financial Officer" is one role
            cur.role = f"{cur.role}{was_role}{text}"
            role_line = _joiner(end)
        elif text and cur is None and DEPARTMENT.match(text):
            group_role = text  # "Investor Relations" above the names: their role
        elif text and segment_name(text) and (cur is None or value.rstrip()[-1:] == ":") and (
                " " in text or not _mailed_at(text, items, k)):
            # "Consumer Products:" (a segment's, no person's or firm's name) over its
            # people: their role, heading a new group under others
            if cur is not None:
                close()
                waiting, pending, role_line = [], {}, None
            group_role = text
        elif text and len(text) <= 80 and not _caption_or_date(text):
            department = None
            if "," in text:
                text, department = _firm_and_place(text)
            if department and cur is None:
                group_role = group_role or department
            elif department and cur is not None and cur.role is None:
                cur.role = department
            if cur is not None and cur is named_firm and not (cur.phone or cur.email) and (
                    ENTITY_END.search(text) or ORG_WORDS.search(text)) and (
                    person_name(cur.organization or "")):
                # "Jim Byers, Lauren Levine" / "Morgen-Walke Associates": the "firm" after
                # the comma was a second person, the firm (by its legal form or a word such
                # as "Associates") is printed under them
                close()
                waiting.append(out[-1])
                cur = Contact(out[-1].organization or "", None, group_role)
                out[-1].organization = None
            targets = [c for c in (*waiting, cur) if c is not None and c.organization is None]
            for c in targets:
                c.organization = text
            if cur is None:
                pending.setdefault("organization", text)
            elif not targets and (cur.phone or cur.email or (
                    cur.role and cur.organization and (was_blank or (
                        text != cur.organization and ORG_WORDS.search(text))))):
                # one whose organisation, phone or e-mail are all printed: a firm under it
                # heads the next name (Business Wire: "Acme Corp. / Jane Doe, 408-... / or /
                # FTI Consulting / John Roe, 212-..."), with the phone printed beside it
                # (UK "Enquiries:": "Brunswick Group   +44 (0)20 7404 5959" / "Tom Burns");
                # so does a firm after a blank line under one with a role and a firm, whose
                # phone the one above printed ("Jane Brown, Finance Director" / "" /
                # "Brunswick Group"), or with no blank line when it reads as a firm (a UK
                # table: "Albion plc" / "Jane Brown, CFO" / "Consilium Communications")
                if not (cur.phone or cur.email):
                    close()
                    waiting = []
                pending = {"organization": text}
                firm_next = True
        # (most items print neither: no pair of fields built and walked for each item)
        if (phones or emails) and waiting and cur is not None and not firm_next and (
                respectively or _same([*waiting, cur], together) or (
                    not people and not text and _stacked(items, k, len(waiting) + 1, together))):
            # "Jane Doe or John Roe" / "jd@acme.com / jr@acme.com": one number each
            phones = _one_each(phones, [*waiting, cur], "phone", items, k)
            emails = _one_each(emails, [*waiting, cur], "email", items, k)
        for field_name, values in (("phone", phones), ("url", urls)) if phones or urls else ():
            if not values:
                continue
            if firm_next:
                pending[field_name] = values[0]
                continue
            if cur is None:
                pending.setdefault(field_name, values[0])
            for c in (*waiting, cur):
                if c is not None and getattr(c, field_name) is None:
                    setattr(c, field_name, values[0])
        for email in emails:
            named = [*waiting, cur] if cur else waiting
            owner = _email_owner(email, named)
            if owner is not None and owner.email is None:
                owner.email = email
            elif owner is not None and (other := _held_for(owner, email, named)):
                other.email, owner.email = owner.email, email
    close_group()
    if in_capitals and capitals():
        # a "name" in capitals with no phone, e-mail or role of its own is a headline or a
        # firm typed under the block ("ACME WIDGETS ANNOUNCES ..."), no one to call
        out = [c for c in out if not (c.name or "").isupper() or c.role or c.phone or c.email
               or c.url]
    return _firms_named_like_people(out) if len(out) > 1 else out


def firms_in_roles(found: list[Contact], loose: bool = False, firms: Sequence[str] = ()
                   ) -> None:
    """The firm printed inside a role or a heading, as the organisation of one who has none:
    "VP Investor Relations of Pericom Semiconductor Corporation" (``loose``: in a PR
    Newswire trailer, where "<title> of <company>" is the rule), "Caterpillar media
    contact:"; and the department printed after a firm, as the role of one who has none:
    "Oracle Investor Relations" (``firms``: see contacts_in)."""
    domains: str | None = None
    for c in found:
        of = c.role is not None and (" of " in c.role or " OF " in c.role)
        department = c.role is None and c.organization is not None and (
            c.organization.endswith(("ations", "ffairs")))
        if not department and (c.organization is not None or not (
                of or (c.heading_role and " " in c.heading_role))):
            continue
        if domains is None:
            domains = " ".join([x.email.partition("@")[2] for x in found if x.email]
                               + [x.url for x in found if x.url]).lower()
        if department:
            if split := firm_then_department(c.organization or "", domains, firms):
                c.organization, c.role = split
        elif c.name is None and c.heading_role and (
                split := firm_then_department(c.heading_role, domains, firms)):
            c.organization, c.heading_role = split  # a desk's mailbox: "Oracle Corporate ..."
        elif of and (split := role_of_firm(c.role or "", loose, domains)):
            c.role, c.organization = split
        elif c.heading_role and (firm := heading_firm(c.heading_role, domains)):
            c.organization, c.heading_role = firm


def _caption_or_date(text: str) -> bool:
    """Whether a cell is a letterhead's period caption or its date, printed beside the
    contact ("Contact: Jan Drummond <gap> Quarter ended" / "(847) 286-8361 <gap> July 3,
    2004"): no one's firm."""
    if text[-1:].isdigit():
        return DATE_CELL.match(text) is not None
    return ("nded" in text or "NDED" in text) and PERIOD_HEAD.search(text) is not None


def _firm_and_place(text: str) -> tuple[str, str | None]:
    """ "Acme Corp., San Jose", "Morgen-Walke Associates, New York, N.Y." -> (the firm,
    None): Business Wire's "CONTACT:" line names the firm's town after it; "Acme Corp.,
    Investor Relations" -> (the firm, the department). The firm ends in a legal form or a
    firm's word ("Associates", "Group"); a town is a few capitalised words with neither, nor
    a job ("Sears, Roebuck and Co.", "Acme Corp., Finance" stay whole)."""
    i = text.find(",")
    if i > 0 and _bare_firm(text[:i]):
        if DEPARTMENT.match(text[i + 1 :]):
            return text[:i].strip(), text[i + 1 :].strip()  # "Pericom, Investor Relations"
        if _town_after(text[:i], text[i + 1 :]):
            return text[:i].strip(), None
    while i > 0:
        firm, place = text[:i], text[i + 1 :]
        if ENTITY_END.search(firm) or ORG_WORDS.search(firm.rpartition(" ")[2]):
            if DEPARTMENT.match(place):
                return firm.strip(), place.strip()
            words = place.replace(",", " ").split()
            if 0 < len(words) <= 4 and all(w[0].isupper() for w in words) and not (
                    ENTITY_END.search(place) or ORG_WORDS.search(place)
                    or any(w.lower().strip(".") in _ROLE_WORDS for w in words)):
                return firm.strip(), None
        i = text.find(",", i + 1)
    return text, None


def _bare_firm(firm: str) -> bool:
    """Whether the words before a comma may be a firm printed with no legal form
    ("Pericom Semiconductor"): a few capitalised words, none a job's or a department's."""
    words = firm.split()
    return 0 < len(words) <= 5 and words[0][:1].isupper() and all(
        w in FIRM_JOINERS or (w[:1].isupper() and w.lower().strip(".") not in _ROLE_WORDS)
        for w in words)


def _town_after(firm: str, place: str) -> bool:
    """Whether a firm with no legal form is followed by its town: "Pericom Semiconductor, San
    Jose", "Sun Microsystems, Palo Alto, Calif." (a large city, or a place's words, after
    words that are no place themselves: "San Jose, Calif." is all town)."""
    town, _, state = place.partition(",")
    words = town.split()
    return (0 < len(words) <= 3 and (
        town.strip().lower() in CITIES or place_like(words) or (
            words[0][:1].isupper() and _state(state.strip())))
        and not place_like(firm.split()) and firm.strip().lower() not in CITIES)


# The AP's two-letter state abbreviations ("Erie, Pa.", "Louisville, Ky.")
_AP_STATES = frozenset("Ga. Ky. La. Md. Mo. Pa. Va. Vt.".split())


def _state(text: str) -> bool:
    """Whether a town's last field is its state: "Calif.", "N.J.", "Pa.", "PA" (not "Co.",
    a firm's legal form, nor a lower-case "in" or "or")."""
    key = text.replace(".", "").lower()
    return key in US_STATES and ENTITY_END.match(text) is None and (
        len(key) > 2 or text.isupper() or text in _AP_STATES or (
            len(text) == 4 and text[1] == "." and text[3] == "."))


_VANITY_AFTER = frozenset(("", "toll free", "toll-free", "tollfree"))


def _vanity(text: str, cur: Contact | None, items: list[tuple[str, str]], k: int) -> bool:
    """Whether a toll-free number in letters in ``text`` is a phone: nothing but a label or an
    extension after it ("1-800-FLOWERS, Inc." is a firm), and, alone on its line, neither a
    phone of its person above nor one in the next line ("Jane Doe / 1-800-FLOWERS / (516)
    237-6000": the firm's name, the phone below)."""
    m = _VANITY.search(text)
    if m is None:
        return False
    after = text[m.end() :]
    first = after.lstrip()[:1]
    if first and first in ",;" and not ENTITY_END.match(after.lstrip()[1:].strip(" \t,;")):
        return True  # "Jane Doe, (800) FLOWERS, jd@...": a field of a one-line record
    if after.strip(" \t.()").lower() not in _VANITY_AFTER and not (
            (ext := EXTENSION.match(after)) and not after[ext.end() :].strip()):
        return False
    if text[: m.start()].strip():
        return True  # "Toll-free: 1-800-ACME-NOW"
    nxt = items[k + 1][1] if k + 1 < len(items) else ""
    return not ((cur is not None and cur.phone) or (
        PHONE.may_match(nxt) and PHONE.pattern.search(nxt)))


# Words of a number's label: a department's, a desk's, a line's, an office's ("Corporate:",
# "IR:", "Mobile:", "London:")
_NUMBER_LABEL_WORDS = DEPARTMENT_WORDS | DESK_WORDS | PHONE_LABEL_WORDS | CITIES


def _same(group: list[Contact], together: list[Contact]) -> bool:
    """Whether a group is the people one item named, no other (the very records)."""
    return len(group) == len(together) and all(a is b for a, b in zip(group, together,
                                                                      strict=True))


def _stacked(items: list[tuple[str, str]], k: int, people: int, together: list[Contact]
             ) -> bool:
    """Whether numbers alone on their lines, as many as the people, come under people named
    one a line with nothing of their own between ("Jane Doe" / "John Roe" / "(408) 555-1212"
    / "(408) 555-1313"): each takes one in turn, as when named together on one line. A
    captioned line ("Cell:", "Office:", "555-1313 fax") may be one person's second number."""
    if together or k + people > len(items):
        return False
    return all(_lone(value) for _, value in items[k : k + people])


def _lone(value: str) -> bool:
    """A number alone on its line, or an e-mail alone."""
    line = value.strip()
    return not any(c.isalpha() for c in line) or "@" in line and " " not in line


def _one_each(values: list[str], group: list[Contact], field: str,
              items: list[tuple[str, str]], k: int) -> list[str]:
    """An item's phones (or e-mails) as the people named together before them take them:
    all of them if none of the group has one yet and there is one for each, in this item
    ("Jane Doe or John Roe" / "(408) 555-1212 / (408) 555-1313") or in this and the next
    items of numbers only (two columns); each owner's own first, the rest in the order the
    people are named; else as they are (the numbers of the group's shared line)."""
    if not values or any(getattr(c, field) for c in group):
        return values
    if len(values) == 1 and len(values) < len(group):
        run = 1
        while run < len(group) and k + run < len(items) and _numbers_only(items, k + run) and (
                _count_of(items[k + run][1], field) == 1):
            run += 1
        if run != len(group):
            return values
    elif len(values) != len(group):
        return values
    for c, value in zip(group, _in_owners_order(values, group, field), strict=False):
        if value is not None:
            setattr(c, field, value)
    return []


def _count_of(text: str, field: str) -> int:
    """How many phones (or e-mails) a text of numbers only prints."""
    if field == "email":
        return len(EMAIL.pattern.findall(text))
    phones: list[str] = []
    _cut_phones(_cut_emails(text, []) if "@" in text else text, PHONE.pattern, phones)
    return len(phones)


def _in_owners_order(values: list[str], group: list[Contact], field: str
                     ) -> list[str | None]:
    """The values, one for each of the group in turn: an e-mail spelling one's name is
    theirs, the others go in order to those left ([value, None] for one value of two)."""
    out: list[str | None] = [None] * len(group)
    rest = list(values)
    if field == "email":
        for value in values:
            owner = _email_owner(value, group, fallback=False)
            if owner is not None and out[j := group.index(owner)] is None:
                out[j] = value
                rest.remove(value)
    free = [j for j, v in enumerate(out) if v is None]
    for j, value in zip(free, rest, strict=False):
        out[j] = value
    return out


# Regions no surname spells ("West", "North", "China" may be surnames), ending a firm's name
_ARM_REGIONS = frozenset("europe asia americas emea apac latam pacific africa".split())


def _regional_firm(name: str) -> bool:
    """Whether a "name" is a firm's regional arm: a word no region's, then one or two
    regions' words, the last no surname ("Pericom Europe", "Acme Asia Pacific")."""
    words = name.lower().split()
    return 2 <= len(words) <= 4 and words[-1] in _ARM_REGIONS and words[0] not in REGIONS


def _bare_name(cur: Contact) -> bool:
    """Whether a contact holds a name and nothing else yet."""
    return bool(cur.name) and not (cur.role or cur.heading_role or cur.organization
                                   or cur.phone or cur.email or cur.url)


def _numbers_only(items: list[tuple[str, str]], k: int) -> bool:
    """Whether the k-th item is a text of phones or e-mails and their labels only ("(312)
    555-1234", "Tel: +1 312 555 1234 / jdoe@acme.com"), no one's or any firm's name."""
    if k >= len(items) or items[k][0] != "text":
        return False
    text = items[k][1][:300]
    if not (PHONE.may_match(text) or "@" in text):
        return False
    phones: list[str] = []
    if "@" in text:
        text = _cut_emails(text, phones)
    if PHONE.may_match(text):
        text = _cut_phones(text, PHONE.pattern, phones)
    text = cut_labels(text)
    if "(" in text:
        text = _EMPTY_BRACKETS.sub(" ", text)
    return bool(phones) and not strip_junk(text)


def _numbers_below(items: list[tuple[str, str]], k: int) -> str:
    """The phones' and e-mails' lines right after the k-th item (a blank line between
    skipped), or "" when the next holds anything else: the fields of one named in it."""
    end = k + 1
    if end < len(items) and items[end][0] == "blank":
        end += 1
    below = ""
    while _numbers_only(items, end):
        below, end = below + " " + items[end][1], end + 1
    return below


def _mailed_name(person: tuple[str, str | None, str | None], emails: list[str],
                 domains: str) -> bool:
    """Whether a name run into a firm or job, read with the e-mail below it, is a person's:
    a job and no firm, the firm the domain spells, or a name word in the mailbox
    ("suhasini@apple.com")."""
    name, role, org = person
    if org is None:
        return role is not None
    if spelt(org, domains):
        return True
    boxes = " ".join(e.partition("@")[0] for e in emails).lower()
    return any(len(w) >= 3 and w.lower() in boxes for w in name.split())


def _firm_titled(text: str) -> bool:
    """Whether a titled "name" over a person reads as a firm's: its last word a firm's noun
    in the plural, its middle word no given name ("Mrs. Fields Brands", not "Mr. Gary
    Brands" or "Ms. Jane Foods": Brands and Foods are surnames too)."""
    words = text.split()
    return words[-1][-1:] in "sS" and words[1].lower() not in GIVEN_NAMES


def _after_or(items: list[tuple[str, str]], k: int) -> bool:
    """Whether the text item before the k-th (blank lines skipped) is a lone "or"."""
    j = k - 1
    while j >= 0 and items[j][0] == "blank":
        j -= 1
    return j >= 0 and items[j][1].strip().lower() == "or"


def _department_under_next(items: list[tuple[str, str]], k: int) -> bool:
    """Whether the second text item after the k-th (blank lines skipped) is a department."""
    j, seen = k + 1, 0
    while j < len(items) and seen < 2:
        if items[j][0] != "blank":
            seen += 1
            if items[j][0] != "text":
                return False
            if seen == 2:
                return bool(DEPARTMENT.match(items[j][1]))
        j += 1
    return False


def _named_below(items: list[tuple[str, str]], k: int, capitals: Capitals) -> bool:
    """Whether the text item after the k-th (blank lines skipped) opens with one person's
    name ("John Roe", "John Roe, 212-555-1234")."""
    j = k + 1
    while j < len(items) and items[j][0] == "blank":
        j += 1
    if j >= len(items) or items[j][0] != "text":
        return False
    return len(people_in(strip_junk(items[j][1].partition(",")[0]), capitals)) == 1


def _initials_firm(person: tuple[str, str | None, str | None], items: list[tuple[str, str]],
                   k: int, cur: Contact | None, capitals: Capitals) -> bool:
    """Whether the k-th item, initials typed together and one word with nothing of its own
    ("A.G. Edwards", "R.J. Falkner"), is the firm of the person next to it: over one named
    otherwise ("R.J. Falkner" / "John Roe"), or under one with no firm yet ("Jane Doe" /
    "(314) 555-0143" / "A.G. Edwards") unless a number or job under it is its own ("Jane Doe"
    / "(512) 555-0143" / "A.B. Smith" / "(512) 555-0199" are two people)."""
    name, role, org = person
    if role or org or name.count(" ") != 1 or not run_initials(name):
        return False
    if _person_below(items, k, capitals) and not run_initials(items[k + 1][1].strip()):
        return True  # ("R.J. Smith" / "J.P. Morgan": the first is the person)
    if cur is None or cur.organization:
        return False
    if not (cur.phone or cur.email):
        return True
    nxt = items[k + 1][1] if k + 1 < len(items) and items[k + 1][0] == "text" else ""
    return not (PHONE.search(nxt) or EMAIL.search(nxt) or (nxt and role_like(strip_junk(nxt))))


def _person_below(items: list[tuple[str, str]], k: int, capitals: Capitals) -> bool:
    """Whether the item after the k-th names one person with no title of their own ("Ms.
    Jane Doe" under "Mr. John Brands" is a second person)."""
    nxt = items[k + 1][1].strip() if k + 1 < len(items) and items[k + 1][0] == "text" else ""
    if not nxt or nxt.split(" ", 1)[0] in HONORIFICS:
        return False
    head, _, rest = nxt.partition(",")
    field = rest.strip().partition(",")[0]
    if field[:1].isalpha() and "@" not in field:
        return False  # "John Roe, Vice President": one with a job of their own
    return len(people_in(strip_junk(head), capitals)) == 1


def _number_label(text: str, cur: Contact) -> bool:
    """Whether the words before a phone and its colon label the number ("Insurance:",
    "Corporate:", a second number's), no job's or firm's ("Investor Relations:" under a name
    with no phone yet is the job; "Acme Corp.:", "KCSA:", "Blueshirt:" the firm's)."""
    if text.count(" ") >= 3 or not cur.phone and (
            role_like(text) or ENTITY_END.search(text) or ORG_WORDS.search(text)
            or person_named_firm(text)):
        return False
    return text.islower() or segment_name(text) or all(
        w.strip(",.") in _NUMBER_LABEL_WORDS for w in text.lower().split())


_SITE_TLDS = frozenset("com net org biz info io co us edu gov".split())
_SECOND_LEVEL = frozenset("com co org net ac gov edu".split())  # "acme.co.uk", "acme.com.au"


def _bare_site(text: str, value: str) -> str | None:
    """The web site a cell prints bare: after a web label ("Web: Acme.com"), or in lower case
    with a host or a path before a known top-level domain ("ir.acme.com", "acme.com/ir");
    "salesforce.com" alone is a firm's name, "jane.doe" or "release.pdf" no site at all."""
    if _BARE_SITE.fullmatch(text) is None:
        return None
    host, _, path = text.partition("/")
    parts = host.rstrip(".").lower().split(".")
    if _SITE_LABEL.match(value):  # (a known domain or a country's: no "W: Mr.Smith")
        return text.rstrip(".") if parts[-1] in _SITE_TLDS or len(parts[-1]) == 2 else None
    if not text.islower():
        return None
    if parts[-1] in _SITE_TLDS:
        base = 2
    elif len(parts[-1]) == 2 and len(parts) > 2 and parts[-2] in _SECOND_LEVEL:
        base = 3
    else:
        return None
    return text.rstrip(".") if len(parts) > base or path else None


def _labelled_site(text: str) -> re.Match[str] | None:
    """A bare web site after its label inside a cell ("..., Web: acme.com"), with a known
    top-level domain or a country's."""
    low = text.lower()
    if "web" not in low and "url" not in low and "net" not in low and "page" not in low:
        return None
    m = _SITE_LABELLED.search(text)
    if m is None:
        return None
    tld = m.group(1).partition("/")[0].rstrip(".").rpartition(".")[2].lower()
    return m if tld in _SITE_TLDS or len(tld) == 2 else None


def _agency_client(text: str) -> re.Match[str] | None:
    """The " for <client>" after an agency's name (the match starts at " for")."""
    m = _AGENCY_CLIENT.search(text)
    return _FOR.search(text, m.start()) if m else None


_FOR = lazy(r"[ \t]+for[ \t]")


def _unobfuscated(m: re.Match[str]) -> str:
    """The address an _OBFUSCATED match spells: "jdoe@acme.com"."""
    return f"{m.group('local')}@{_DOT.sub('.', m.group('domain'))}"


def _cut_numbers(text: str, phones: list[str], cur: Contact | None,
                 items: list[tuple[str, str]], k: int) -> str:
    """The k-th item's text with its phone numbers cut out (added to ``phones``): the shared
    pattern's, a trunk "(0)"'s, a local one's, one dialled at home abroad, a vanity one's."""
    if PHONE.may_match(text):
        text = _cut_phones(text, PHONE.pattern, phones)
    if "(0)" in text:
        text = _cut_phones(text, _TRUNK_PHONE, phones)
    if not phones and "-" in text:  # "555-1234": a 1990s number with no area code
        text = _cut_phones(text, _LOCAL_PHONE, phones)
    if not phones and "0" in text and (dialled := _DOMESTIC.search(text)) and (
            9 <= sum(ch.isdigit() for ch in dialled.group(1)) <= 11):
        # "Tel: 020 7123 4567": a number dialled at home abroad, after its caption
        phones.append(dialled.group(1))
        text = text[: dialled.start(1)] + " " + text[dialled.end(1) :]
    if not phones and "8" in text and _vanity(text, cur, items, k):
        # a toll-free number in letters: "1-800-FLOWERS", "(800) FLOWERS"
        text = _cut_phones(text, _VANITY, phones)
    return text


def _joiner(end: str) -> str:
    """What joins a role line ending so to the next: "Senior Vice President and" / "Chief
    Financial Officer", "Chairman &" / "CEO", "Executive Vice President" / "Treasurer"."""
    # (a lower-case "and" is cut as a dangling word; "AND" and "&" stay in the line)
    if end[-3:] == " of":
        return " of "  # "Vice President of" / "Investor Relations"
    return " and " if end == " and" else " " if end == " AND" or end[-1:] == "&" else ", "


def _cut_phones(text: str, pattern: Any, phones: list[str]) -> str:
    """The text with each number ``pattern`` finds cut out, with its extension; the numbers
    that are no fax are added to ``phones``."""
    kept, pos = [], 0  # the text around the phones
    for m in pattern.finditer(text):
        number, end = m.group(0), m.end()
        more = _PHONE_MORE.match(text, end) if number[0] == "+" else None
        if more:  # "+33 1 42 14 20 00": more groups than the shared pattern takes
            number, end = number + more.group(0), more.end()
        before, after = text[: m.start()], text[end:]
        ext = EXTENSION.match(after) if "x" in after[:9].lower() else None
        if not _FAX_BEFORE.search(before) and not _FAX_AFTER.match(after):
            phones.append(number.strip() + (f" {ext.group(1)}" if ext else ""))
        kept.append(_cut_label_tail(text[pos : m.start()]))
        pos = end + (ext.end() if ext else 0)
        if text[pos : pos + 3].lstrip()[:1] == "(" and (q := _QUALIFIER.match(text, pos)) and (
                _qualifies(q.group(1))):
            pos = q.end()  # "1-800-555-0100 (toll free)", "... (U.S. & Canada)": its label
    return " ".join([*kept, text[pos:]])


# Words of a number's bracketed label: where it is called from, or the line's ("(toll free)",
# "(U.S. & Canada)", "(outside the U.S.)", "(International)", "(London)")
_QUALIFIER = lazy(r"[ \t]*\(([A-Za-z][^()\d@\n]{0,30})\)")
# (a desk's "sales" is whom the contact serves: "(212) 555-1212 (sales)" is the role; the
# single letters are a line's: "(o)", "(c)", "(h)", "(m)", "(w)")
_REGION_WORDS = (PHONE_LABEL_WORDS - {"sales", "desk"}) | CITIES | frozenset(
    "us u.s u.s.a usa canada international intl domestic north america americas outside the"
    " and only uk u.k europe asia emea local tollfree within in worldwide global from calls"
    " call collect voice tty tdd o c h m w d".split())


def _qualifies(label: str) -> bool:
    """Whether a bracket after a number labels it: all its words those of a line or a
    region, in any case ("toll free", "U.S. & Canada", "mobile"); a desk's or a group's
    ("media", "investor relations", "Brunswick Group") is the contact's role or firm."""
    words = label.replace("/", " ").replace("-", " ").replace("&", " ").lower().split()
    return all(w.strip(".,") in _REGION_WORDS for w in words)


def _cut_label_tail(piece: str) -> str:
    """The text before a number without the number's label ("Karen Whitfield Toll Free" ->
    "Karen Whitfield"), or a place's before a colon ("... United Kingdom: +44 ...")."""
    tail = piece.rstrip(" \t:.")
    last = tail[tail.rfind(" ") + 1 :].lower()
    if last in _TAIL_WORDS and (m := _LABEL_TAIL.search(piece, max(0, len(piece) - 40))):
        head = piece[: m.start()]
        # (a surname before no colon: "David Main 512-555-0143", "Jane Home")
        if ":" in m.group(0) or " " in m.group(0).strip() or len(head.split()) != 1:
            return head
    if piece.rstrip().endswith(":") and len(words := tail.split()) >= 2 and (
            place_like(words[-2:])):
        return " ".join(words[:-2])
    return piece


def _surname_mailed(text: str, emails: list[str]) -> str | None:
    """A name read as a firm for its last word ("John Brands", "Mary Sciences") that an
    e-mail of its cell spells as a person's address, as a person's name: the initial and
    the surname ("jbrands", "j.brands", "j_brands") or both names apart ("john.brands",
    "john_brands"); both run together may be a firm's own ("nevadaminerals@aol.com"), the
    surname alone a desk's ("brands@acme.com")."""
    if not person_named_firm(text) or person_name(text) is None:
        return None
    words = text.lower().split()
    first, last = words[0], words[-1]
    spelt = {first[0] + last, f"{first[0]}.{last}", f"{first[0]}_{last}", f"{first}.{last}",
             f"{first}_{last}"}
    return text if any(e.partition("@")[0].lower() in spelt for e in emails) else None


def _mailed_at(word: str, items: list[tuple[str, str]], k: int) -> bool:
    """Whether an e-mail of the items after the k-th has a domain opening with the word: a
    column's "Dynamics" over "mellison@dynamics.com" is the firm, no segment's label."""
    at = "@" + word.lower()
    return any(at in value.lower() for _, value in items[k + 1 : k + 8])


def _firms_named_like_people(out: list[Contact]) -> list[Contact]:
    """ "Contacts: / Halcyon Devices / Karen Brill / kbrill@halcyondevices.com": a "name" of
    capitalised words with no role, organisation or e-mail of its own, whose first word an
    e-mail or web domain of the block spells, is a firm: the organisation of the person
    right above it when that one has none ("Jane Doe / Acme Widgets / jane.doe@acme.com"),
    else of those after it."""
    if all(c.role or c.organization or c.email for c in out):
        return out  # (the common case: no one who may be a firm)
    domains = " ".join(
        [c.email.partition("@")[2] for c in out if c.email] + [c.url for c in out if c.url]
    ).lower()
    if not domains:
        return out
    kept: list[Contact] = []
    firm = None
    for c in out:
        word = c.name.split()[0].lower() if c.name else ""
        if c.name and not (c.role or c.organization or c.email) and len(word) >= 3 and (
                word in domains):
            if kept and kept[-1].organization is None:
                kept[-1].organization = c.name
                continue
            if c is not out[-1]:
                firm = c.name
                continue
        if firm and c.organization is None:
            c.organization = firm
        kept.append(c)
    return kept


def cut_labels(text: str) -> str:
    """``LABELS.sub(" ", text)``, skipped when no label can be there ("(", ":" or a label
    word)."""
    if "(" in text or ":" in text:
        return LABELS.sub(" ", text)
    low = text.lower()
    for hint in _LABEL_HINTS:
        if hint in low:
            return LABELS.sub(" ", text)
    return text


def _bracketed_name(text: str) -> str:
    """A cell's text that is one bracket after its number or e-mail: what it holds, read as
    printed unbracketed ("(212) 555-0100 (Jane Doe)", "jdoe@acme.com (Jane Doe)": her name;
    "(Investor Relations)" a job, "(Brunswick Group)" a firm)."""
    inner = text[1:-1]
    return text if "(" in inner or ")" in inner else strip_junk(inner)


def strip_junk(text: str) -> str:
    """White space and _JUNK cut from both ends (str.strip() and the regex \\s agree on white
    space); as fast as two C calls, where a regex anchored at the end tries every position."""
    while True:
        out = text.strip().strip(_JUNK)
        if out == text:
            return out
        text = out


def _held_for(owner: Contact, email: str, people: list[Contact]) -> Contact | None:
    """The one of ``people`` with no e-mail whose name the e-mail ``owner`` holds spells,
    when ``email`` spells the owner's own name: the two printed the wrong way round ("Alexis
    Pascal, deb@..., or Deborah Stapleton, alexis@...": deb@ is Deborah's, alexis@ his)."""
    if owner.email is None or _email_owner(email, people, fallback=False) is not owner:
        return None
    other = _email_owner(owner.email, people, fallback=False)
    return other if other is not None and other is not owner and other.email is None else None


def _email_owner(email: str, people: list[Contact], fallback: bool = True
                 ) -> Contact | None:
    """The one an e-mail spells the name of, else the last named (``fallback``)."""
    local = email.split("@")[0].lower()
    for c in people:
        if any(len(t) >= 3 and t.lower().strip(".") in local for t in (c.name or "").split()):
            return c
    for c in people:  # a short first name: "steve@..." is Stephen D. Axelrod's
        first = c.name.split()[0].lower() if c.name else ""
        if len(first) >= 3 and first[-1] != "." and local[:3] == first[:3]:
            return c
    return people[-1] if people and fallback else None


