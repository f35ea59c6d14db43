"""Who a contact cell names: the people in it, with the role and organisation printed
beside each ("Jane Doe, CFO", "Jane Doe of Acme Corp.", "Jane Doe, FTI Consulting")."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from ..given_names import GIVEN_NAMES
from ..lazy_re import lazy
from .person_names import person_name
from .press_contact_vocab import (
    BARE_ROLE,
    BARE_ROLE_ONLY,
    DEPARTMENT,
    DEPARTMENT_WORDS,
    DESK_WORDS,
    DIGIT,
    ENTITY_END,
    FIRM_JOINERS,
    JOB_HEADS,
    JOB_WORDS,
    ORG_WORDS,
    SEGMENT_LEADS,
    Capitals,
    never,
    person_named_firm,
    place_like,
    place_words,
    segment_name,
)
from .press_patterns import HONORIFICS, PHONE, ROLE_WORDS
from .press_text import normalise

_NAME_SPLIT = lazy(r"[ \t]*/[ \t]*|[ \t]+(?:or|and|&|OR|AND)[ \t]+")
_JOINS = (" of ", " at ", " with ")
_JOINS_IN_CAPITALS = (" OF ", " AT ", " WITH ")  # "JANE DOE OF ACME WIDGETS, INC."
# Job words that lead a role and never a firm (not "Financial Dynamics", "General Electric")
_ROLE_LEADS = JOB_WORDS - {"financial", "technology", "general"}
_PAREN_ROLE = lazy(r"^(?P<name>[^()]*[^() \t]|[ \t])[ \t]*+\((?P<role>[^()]{1,40})\)$")
_NICKNAME = lazy(r"[ \t]+[\"\u201c][A-Z][a-z]+[\"\u201d](?=[ \t])")
_PARTICLES = frozenset(("van", "von", "der", "den", "ter"))
# Between initials typed together ("R.J. Smith", "A.G. Lafley"): where person_name wants a space
_INITIALS_RUN = lazy(r"(?<=\b[A-Z]\.)(?=[A-Z]\b)")
_CREDENTIALS = (r"(?:CFA|CPA|CFP|MBA|Esq\.?|Ph\.?\s?D\.?|J\.?D\.?|M\.?D\.?|APR)"
                r"(?:,?\s(?:CFA|CPA|CFP|MBA|Esq\.?|Ph\.?\s?D\.?|APR))?")
_CREDENTIAL = lazy(_CREDENTIALS)
# "John A. Smith, Jr., Treasurer", "Jane Doe, Ph.D., Vice President": the name's suffix (kept)
# or letters (dropped) before the role
_SUFFIX_FIRST = lazy(r"^[ \t]*(?P<suffix>[JS](?:r|R)\.?|II|III|IV)[ \t]*(?:,|$)")
# (or with no comma, the role on the next line of an HTML cell: "Robert Lane, Ph.D.<br>Vice
# President" renders "Robert Lane, Ph.D. Vice President")
_CREDENTIAL_FIRST = lazy(rf"^[ \t]*{_CREDENTIALS}(?:[ \t]*,|[ \t]+(?=[A-Z]))")
_WORD_GAP = lazy(r"[ \t/-]+")  # ("Vice President-Finance", "Co-Founder": two words each)
# An address line with no digit: "One Zurn Place", "Two Penn Plaza", "One Cowboys Way"
_SPELT_NUMBERS = frozenset(
    w for w in "One Two Three Four Five Six Seven Eight Nine Ten".split() for w in (w, w.upper()))
_STREET_WORDS = frozenset(
    w for w in "Place Plaza Parkway Boulevard Blvd Square Center Centre".split()
    for w in (w, w.upper()))
# What "of" leads in a title, no firm: a department, a region or a board ("Vice President
# of Human Resources", "President of North America", "Chairman of the Board")
_NO_FIRM = DEPARTMENT_WORDS | JOB_WORDS | frozenset(
    "human resources research engineering product products planning administration capital"
    " markets customer customers services support compliance risk regulatory policy events"
    " brand content digital information technology north south east west central americas"
    " europe asia pacific emea latin international worldwide board directors trustees"
    " the".split()
)
# "<firm> <group> contact" heading: "Caterpillar investor relations contact"
_HEADING_FIRM = lazy(
    r"^(?P<firm>[A-Z][\w&.'-]*(?:[ \t]+[A-Z][\w&.'-]*){0,2}?)[ \t]+(?P<role>"
    r"(?P<group>(?i:(?:investor|media|press|public|shareholder|analyst)s?(?:[ \t]+relations)?"
    r"[ \t]+))?(?i:contacts?|[ei]nquiries))$"
)
_DEPARTMENT_TAIL = lazy(
    r"[ \t]+(?P<dept>(?:Investor|Media|Public|Press|Shareholder|Stockholder|Corporate)[ \t]+"
    r"(?:Relations|Communications|Affairs))$"
)
# Words that qualify a heading's group, no firm: "News Media Contact", "U.S. Press Contact"
_QUALIFIERS = DEPARTMENT_WORDS | JOB_WORDS | frozenset(
    "company corporate corporation agency editorial trade technical reader readers sales"
    " product program event local regional national international global worldwide"
    " additional primary secondary other main key client partner news business consumer"
    " industry healthcare medical broadcast our general u.s us uk eu emea apac asia europe"
    " americas north south east west latin china japan india hong kong".split()
)
_DEPARTMENT_OR_JOB = DEPARTMENT_WORDS | JOB_WORDS
_NATIONAL = ("an", "ese", "ish", "ic")  # "European", "Japanese", "British", "Hispanic"
# The second of two given names ("Mary Ann", "Jo Ellen", "Anna Marie"), rarely a surname
_SECOND_GIVEN = frozenset("Ann Anne Beth Jo Lou Sue Ellen Marie Louise".split())
# A colonless group heading run into its person: an HTML table cell's "<b>Investor
# Relations</b><br>Jane Doe<br>(408) ..." renders "Investor Relations Jane Doe (408) ..."
_RUN_ON_GROUP = lazy(rf"[ \t]*+(?P<role>{BARE_ROLE}(?:[ \t]+(?i:contacts?))?)[ \t]++(?=[A-Z])")
# The run of words after it up to a comma, bracket, digit or e-mail: the name and maybe
# the firm or title joined to it
_NAME_RUN = lazy(r"[^,;(\d@+|\t]{3,120}")


def people_in(text: str, capitals: Capitals = never, firm: bool = False
              ) -> list[tuple[str, str | None, str | None]]:
    """Names, roles and organisations in a contact cell: "Mitchell Herman, CFO", "Andria
    Arena (Media)", "Alex Hui/Angela Chen", "Deborah Stapleton or Alexis Pascal", "Jane Doe
    of Acme Corp." and "Jane Doe, Acme Corp." (PR Newswire's "CONTACT:" line), a firm then
    its people ("Morgen-Walke Associates / Jane Doe, John Roe"). ``firm``: a firm printed
    above heads the cell, so a name after a name and a comma is a second person ("Jane
    Doe, John Roe"), not a firm named like one ("Jane Doe, Sard Verbinnen")."""
    found = _named(text, capitals, firm)
    if found:
        if any(org and org[:7].lower().startswith(_THE_LEADS) for _, _, org in found):
            return [(n, r, None if org and _THE_ISSUER.match(org) else org)
                    for n, r, org in found]
        return found
    if "/" in text and (found := _firm_then_people(text, capitals)):
        return found
    if "," in text and (found := _firm_first(text, capitals)):
        return found
    if ("- " in text or "\u2013" in text or "\u2014" in text) and (
            found := _firm_dash(text, capitals)):
        return found
    # "Jane Doe of Acme Corp.", "Jane Doe at Brunswick Group", "Jane Doe with Edelman"
    if " of " in text or " at " in text or " with " in text:
        seps = _JOINS
    elif text.isupper() and capitals():
        seps = _JOINS_IN_CAPITALS
    else:
        return []
    for sep in seps:
        head, _, org = text.partition(sep)
        org = org.strip(" ,;")
        issuer = org[:4].lower() == "the " and _THE_ISSUER.match(org) is not None
        if (org[:1].isupper() or issuer or (sep == " of " and org)) and (
                found := _named(head, capitals)):
            return [(name, role, None if issuer else org) for name, role, _ in found]
    return []


_JOIN_WORDS = frozenset(("of", "at", "with", "OF", "AT", "WITH"))  # (a block in capitals)
_SHARED_LEADS = frozenset(("both ", "all o", "all a", "BOTH ", "ALL O", "ALL A"))


def _after_join(field: str) -> str:
    """A record's field without the word joining it to the role before its comma: "of Acme
    Corp." in "Jane Doe, Controller, of Acme Corp." is the firm "Acme Corp."."""
    org = field.strip(" ,")
    if org[:5] in _SHARED_LEADS:
        # "Jane Doe or John Roe, both of Acme Corp.": the firm of both, less the "both"
        org = org.partition(" ")[2].lstrip()
    word = org[:5].partition(" ")[0]
    return org[len(word) + 1 :].lstrip() if word in _JOIN_WORDS else org


def _firm_after_join(parts: list[str]) -> str:
    """The organisation of a record's last fields (comma-parted), less its joining word."""
    return _after_join(",".join(parts))


# The issuer named as such, no firm's name: "Jane Doe at the Company", "..., CFO, of the
# Corporation" (the release's own company: no organisation printed)
_THE_ISSUER = lazy(r"(?i:(?:at|of|with)[ \t]+)?(?i:the)[ \t]+(?i:company|corporation|bank"
                   r"|partnership|trust|fund|registrant)\.?$")
_THE_LEADS = ("the ", "at the", "of the", "with th")  # how a _THE_ISSUER match opens


def run_on_group(cell: str) -> tuple[str, str] | None:
    """(the heading's role, the rest) of a cell that opens with a colonless group heading
    run into a person's name, a phone or an e-mail after it: "Investor Relations Jane Doe
    (408) 555-1212", "Media Contact John Roe Edelman jroe@edelman.com"; else None."""
    m = _RUN_ON_GROUP.match(cell) if cell.lstrip()[:1] in "IiMmPpAaSs" else None
    if m is None or not (PHONE.search(cell) or "@" in cell):
        return None
    rest = cell[m.end() :]
    run = _NAME_RUN.match(rest)
    tokens = run.group(0).split() if run else []
    lead = 1 if tokens and tokens[0] in HONORIFICS else 0
    if any(_run_on_name(tokens, lead, k) for k in (2, 3) if len(tokens) >= lead + k):
        return normalise(m.group("role")), rest
    return None


# Words of no person's name that person_name lets by: a request ("Media Inquiries Please Call
# Jane Doe ..."), a place ("John Hancock Tower, 200 Clarendon Street")
_PLACE_WORDS = frozenset(
    "tower building center centre plaza street avenue road drive boulevard suite floor park"
    " square place court hall house".split()
)
_NOT_NAME_WORDS = _PLACE_WORDS | frozenset(
    "please call contact contacts visit dial email e-mail write phone tel fax".split()
)


def _run_on_name(tokens: list[str], lead: int, k: int) -> bool:
    """Whether k words after ``lead`` tokens are a person's name: none of them a request's,
    a place's, a department's or a firm's word ("Edelman Public Relations"), and no place's
    word after them (a building named after a person)."""
    words = [w.strip(".,").lower() for w in tokens[lead : lead + k + 1]]
    name, after = words[:k], words[k:]
    if any(w in _NOT_NAME_WORDS or w in DEPARTMENT_WORDS for w in name) or (
            after and after[0] in _PLACE_WORDS):
        return False
    text = " ".join(tokens[: lead + k])
    return ORG_WORDS.search(text) is None and person_name(text) is not None


def _firm_then_people(text: str, capitals: Capitals) -> list[tuple[str, str | None, str | None]]:
    """ "Morgen-Walke Associates / Jane Doe, John Roe": the firm before the slash is the
    organisation of the people after it."""
    head, _, rest = text.partition("/")
    head = head.strip()
    if not (ENTITY_END.search(head) or _org_like(head)) or person_name(head) is not None:
        return []
    return [(name, role, org or head) for name, role, org in _named(rest, capitals, True)]


def _firm_first(text: str, capitals: Capitals) -> list[tuple[str, str | None, str | None]]:
    """ "Acme Corp., Jane Doe, CFO" (a "CONTACT:" record that names the firm first): the
    firm, closed by its legal form or a firm's word before a comma, is the organisation of
    the people after it (a legal form after that comma is the firm's own: "Acme, Inc.")."""
    parts = text.split(",", 4)
    for k, part in enumerate(parts[:3], 1):
        if not (ENTITY_END.search(part) or ORG_WORDS.search(part.rpartition(" ")[2])
                or (k == 1 and bare_firm(part))):
            continue
        if k < len(parts) and ENTITY_END.match(parts[k].strip()):
            continue  # "Acme Widgets, Inc., Jane Doe": the firm goes on
        firm = ",".join(parts[:k]).strip()
        rest = ",".join(parts[k:])
        if person_name(firm) is not None or place_like(rest.partition(",")[0].split()):
            return []  # ("Acme Corp., San Jose": the firm's town)
        found = _named(rest, capitals)
        return [(n, r, firm) for n, r, org in found] if found and not any(
            org for _, _, org in found) else []
    return []


_DASHES = (" -- ", " - ", " \u2013 ", " \u2014 ")


def _firm_dash(text: str, capitals: Capitals) -> list[tuple[str, str | None, str | None]]:
    """ "Acme Corp. - Jane Doe, 408-..." (Business Wire's "CONTACT:" line naming the firm,
    a dash, then its people): the firm before the dash is the organisation of the people
    after it, as "Acme Corp., Jane Doe" names it."""
    head = text.partition(",")[0]
    sep = next((d for d in _DASHES if d in head), None)
    if sep is None:
        return []
    firm, _, rest = text.partition(sep)
    firm = firm.strip()
    if not (ENTITY_END.search(firm) or ORG_WORDS.search(firm.rpartition(" ")[2])
            or bare_firm(firm)) or (
            person_name(firm) is not None and not _firm_before_person(firm, rest)):
        return []
    found = _named(rest, capitals)
    return [(n, r, firm) for n, r, _ in found] if found and not any(
        org for _, _, org in found) else []


def bare_firm(head: str) -> bool:
    """ "Pericom Semiconductor", "Silicon Valley Bank", "Pericom": a firm printed with no legal
    form before a dash and its people (capitalised words, none a department's or a job's,
    the first no region's: "Investor Relations - Jane Doe" and "Europe - Jane Doe" name no
    firm; "Bank of America" is one)."""
    words = head.split()
    return 0 < len(words) <= 5 and words[0][:1].isupper() and (
        words[0].lower().strip(".,") not in _QUALIFIERS) and all(
        w in FIRM_JOINERS or (w[:1].isupper() and w.lower().strip(".,") not in _DEPARTMENT_OR_JOB)
        for w in words)


def _region(head: str) -> bool:
    """Whether the words before a contact's dash all name a region or a place ("Europe",
    "Asia Pacific", "U.S.", "London"), no firm or person."""
    words = head.split()
    return 0 < len(words) <= 3 and place_words(words) == len(words)


def _firm_before_person(head: str, rest: str) -> bool:
    """ "Acme Widgets - Angela Chen, 408-...": of two runs that both read as names around a
    dash, the first is a firm when it opens with no common given name and the second does,
    or has a middle initial the first lacks ("Acme Widgets - Alex J. Hui"; not "Jane Doe -
    Acme Widgets, Inc.": the person first)."""
    first = rest.partition(",")[0].strip()
    return (head.partition(" ")[0].lower() not in GIVEN_NAMES
            and (first.partition(" ")[0].lower() in GIVEN_NAMES or (
                _middle_initial(first) and not _middle_initial(head)))
            and not ENTITY_END.search(first) and person_name(first) is not None
            and bare_firm(head))


def _middle_initial(text: str) -> bool:
    """Whether a run of three words or four has a lone initial inside ("Alex J. Hui")."""
    words = text.split()
    return 2 < len(words) < 5 and any(
        len(w) == 2 and w[1] == "." and w[0].isupper() for w in words[1:-1])


def _named(text: str, capitals: Capitals = never, firm: bool = False
           ) -> list[tuple[str, str | None, str | None]]:
    text = text.strip(" ,;")
    role = None
    m = _PAREN_ROLE.match(text) if ")" in text else None
    if m:
        text, role = m.group("name"), m.group("role")
        if (others := _bracketed_people(role, capitals)) or _bracketed_firm(role):
            return _with_bracket(_named(text, capitals, firm), others, role.strip())
    head, _, tail = text.partition(",")
    region = False  # a region or a place before a dash
    for sep in _DASHES if "- " in head or "\u2013" in head or "\u2014" in head else ():
        if sep in head:
            # "Jane Doe - Vice President, Investor Relations", "Jane Doe - Acme Widgets,
            # Inc.": the dash before the first comma parts the name from what follows
            head, _, rest = head.partition(sep)
            region = _region(head)
            if not region and _firm_before_person(head, rest):
                return []  # (_firm_dash reads it)
            tail = f"{rest},{tail}" if tail else rest
            break
    if tail and (region or DEPARTMENT.match(head)):
        # "Investor Relations, Dana White, 312-555-0110" (PR Newswire's "For further
        # information:" line), "Europe - Jane Doe, +44 ...": the department or the region
        # first is the role, as "Europe: Jane Doe" prints it; a region after the role the
        # name's row prints ("Europe - Jane Doe, Investor Relations": "Investor Relations,
        # Europe")
        where = head.strip()
        return [(name, f"{job}, {where}" if job and region else job or where, org)
                for name, job, org in _named(tail, capitals)]
    if tail and ENTITY_END.match(tail.partition(",")[0].strip()):
        # "Apple Computer, Inc.", "Acme Widgets, Inc., San Jose": a legal form after the
        # comma
        return []
    head = head.strip()
    name = person_name(head)
    if name is None and head.isupper() and capitals():
        name = _name_in_capitals(head)
    elif name is None and not (head.isascii() and '"' not in head and " v" not in head
                               and not run_initials(head)):
        name = _person_spelt_plainer(head)  # (only where another spelling may read)
    if name and (_street_like(name) or person_named_firm(name) or segment_name(name)):
        # "One Zurn Place": the address typed under the name; "Joele Frank"; "Human
        # Resources:" over the name
        name = None
    if name:
        tail = normalise(tail).strip(" ,;") if tail else ""  # (most names have none)
        suffix = _SUFFIX_FIRST.match(tail) if tail and tail[0] in "JSI" else None
        if suffix:
            name += ", " + suffix.group("suffix")
            tail = tail[suffix.end() :].strip(" ,;")
        if tail and _CREDENTIAL.fullmatch(tail):
            tail = ""  # "Stephen D. Axelrod, CFA": a letter after the name, not a role
        elif tail and tail[0] in "ACEJMP" and (letters := _CREDENTIAL_FIRST.match(tail)):
            tail = tail[letters.end() :].strip(" ,;")
        org = None
        if tail.count(",") >= 2 and (paired := _people_with_jobs(name, tail, capitals)):
            return paired
        others = _names_after(tail, capitals, firm) if tail else []
        if others:
            return [(name, None, None), *((other, None, None) for other in others)]
        if tail and (" or " in tail or " and " in tail) and (
                listed := _listed_after(name, tail, capitals, firm)):
            return listed
        if tail and (ENTITY_END.search(tail) or _org_like(_after_join(tail.rpartition(",")[2]))):
            # "Jane Doe, Acme Corp.", "Jane Doe, Director, Acme Corp.", "Edgar P. McDougal,
            # Sears, Roebuck and Co.", "Jane Doe, FTI Consulting": the role parts first, the
            # organisation after them
            parts = tail.split(",")
            k = 0
            while k < len(parts) - 1 and role_like(parts[k]):
                k += 1
            while k and ENTITY_END.match(parts[k].strip()):
                k -= 1  # "Chief Financial Officer of Acme Widgets, Inc.": one role
            if not role_like(parts[k]):
                tail, org = ",".join(parts[:k]).strip(" ,"), _firm_after_join(parts[k:])
        return [(name, tail or role or None, org or None)]
    if tail and (" or " in head or " and " in head or " OR " in head or " AND " in head) and (
            shared := _names_then_shared(head, tail, capitals, firm)):
        return shared
    if "/" not in text and "or" not in text and "and" not in text and "&" not in text and not (
            ("OR" in text or "AND" in text) and text.isupper() and capitals()):
        return []  # nothing _NAME_SPLIT splits at
    parts = [p for p in _NAME_SPLIT.split(text) if p.strip()]
    if len(parts) > 1:
        names = [_person(p.strip(), capitals) for p in parts]
        if all(names):
            return [(n, role, None) for n in names if n]
    return []


def _bracketed_people(inner: str, capitals: Capitals
                      ) -> list[tuple[str, str | None, str | None]]:
    """A second person printed in brackets after someone's name or number ("Jane Doe (212)
    555-0100 (John Roe)", "(John Roe, Brunswick Group)" with the firm): a known given name
    first and a surname, no job's, desk's or firm's word ("(Investor Relations)", "(Media)",
    "(Brunswick Group)" are none)."""
    head = inner.partition(",")[0].strip()
    words = head.split()
    if len(words) < 2 or words[0].lower() not in GIVEN_NAMES or role_like(head) or (
            ENTITY_END.search(head) or ORG_WORDS.search(head)):
        return []
    name = person_name(head)
    if name is None or person_named_firm(name) or segment_name(name):
        return []
    return _named(inner, capitals) or [(name, None, None)]


def _bracketed_firm(inner: str) -> bool:
    """Whether a bracket after a name holds a firm by its legal form or a firm's word ("(Acme
    Widgets, Inc.)", "(Brunswick Group)", as a bracket after a number does): the contact's
    organisation, no role ("(Corporate Communications)" is a desk). (A bracket naming the
    release's company with neither, "(Union Camp)", is told by the release: see
    press_contacts._issuer_named_as_role.)"""
    return (ENTITY_END.search(inner) is not None or ORG_WORDS.search(inner) is not None) and (
        inner[:1].isupper() and not role_like(inner.partition(",")[0]))  # (after _bracketed_people)


def _with_bracket(found: list[tuple[str, str | None, str | None]],
                  others: list[tuple[str, str | None, str | None]], inner: str
                  ) -> list[tuple[str, str | None, str | None]]:
    """The people of a name before a bracket, with what the bracket holds: a second person
    (``others``) after them, else a firm as the organisation of those who print none."""
    if not found:
        return []
    if others:
        return [*found, *others]
    return [(name, role, org or inner) for name, role, org in found]


_OF_LEADS = (" of ", " OF ")  # a comma-parted field that joins a firm: ", of Acme Corp."


def _people_with_jobs(name: str, tail: str, capitals: Capitals
                      ) -> list[tuple[str, str | None, str | None]]:
    """ "Jane Doe, CFO, John Roe, Treasurer": people listed each with a job after the
    comma (a job that goes on past a comma, "Vice President, Finance", kept whole); [] if
    any field is neither, or one named has no job (a firm named like a person follows)."""
    found: list[tuple[str, str | None, str | None]] = []
    role: str | None = None
    parts = tail.split(",")
    firm = None
    if (at := next((k for k, p in enumerate(parts) if p[:4] in _OF_LEADS), 0)) > 1:
        # "Jane Doe, CFO, John Roe, Treasurer, of Acme Corp.": the firm of the list
        firm, parts = _firm_after_join(parts[at:]), parts[:at]
    for part in parts:
        text = part.strip()
        if text[:4].lower() in ("and ", "or "):
            text = text.partition(" ")[2].strip()
        if role is not None and (person := _person(text, capitals)):
            found.append((name, role, None))
            name, role = person, None
        elif text and role_like(text):
            role = text if role is None else f"{role}, {text}"
        else:
            return []
    return [(n, r, firm) for n, r, _ in (*found, (name, role, None))] if found and role else []


def _names_then_shared(head: str, tail: str, capitals: Capitals, firm: bool
                       ) -> list[tuple[str, str | None, str | None]]:
    """PR Newswire's "Deborah Stapleton or Alexis Pascal, Stapleton Communications, +1-...":
    two people before the first comma, what follows it (a role, a firm) theirs both."""
    parts = [p.strip() for p in _NAME_SPLIT.split(head) if p.strip()]
    names = [_person(p, capitals) for p in parts] if len(parts) > 1 else []
    if not names or not all(names):
        return []
    last = _named(f"{parts[-1]},{tail}", capitals, firm)
    if len(last) != 1:
        return []
    return [(n, last[0][1], last[0][2]) for n in names if n]


def _listed_after(name: str, tail: str, capitals: Capitals, firm: bool
                  ) -> list[tuple[str, str | None, str | None]]:
    """Three people or more listed, closed by "or"/"and": "Jane Doe, John Roe or Mary Major,
    all of Acme Corp., 512-..." (or "..., John Roe, or Mary Major, ..."); the role and firm
    after the list are theirs all. [] when the list holds anything but people ("Jane Doe,
    President and CEO")."""
    parts = tail.split(",")
    people: list[str] = []
    for k, part in enumerate(parts[:4]):
        text = part.strip()
        word, _, rest = text.partition(" ")
        closed = word in ("or", "and")
        pieces = [rest.strip()] if closed else [
            p.strip() for p in _NAME_SPLIT.split(text) if p.strip()]
        if not (closed or len(pieces) > 1):  # one more person before the list closes
            if (person := _person(text, capitals)) is None:
                return []
            people.append(person)
            continue
        # the list's close: its last person read with what follows ("Mary Major of Acme
        # Corp.", "Mary Major, all of Acme Corp."), a role and a firm for all
        names = [_person(p, capitals) for p in pieces[:-1]]
        # ("Mary Major of Acme Corp." after the list: people_in reads the joined firm)
        last = people_in(",".join([pieces[-1], *parts[k + 1 :]]), capitals, firm)
        if not all(names) or len(last) != 1:
            return []
        last_name, role, org = last[0]
        return [(n, role, org) for n in (name, *people, *names, last_name) if n]
    return []


def _names_after(tail: str, capitals: Capitals, firm: bool) -> list[str]:
    """The people named after a first name and a comma: "Jane Doe, John Roe" under a firm
    (``firm``), or two names or more ("Jane Doe, John Roe, Tom Poe"); else none (a firm
    may be named like a person: "Jane Doe, Abernathy MacGregor")."""
    parts = tail.split(",")
    if not (firm or len(parts) >= 2) or len(parts) > 4 or any(
            w.lower() in _DEPARTMENT_OR_JOB for w in tail.replace(",", " ").split()):
        return []  # ("Jane Doe, Brand Marketing": a department reads as a name)
    names = [_person(p.strip(), capitals) for p in parts]
    return [n for n in names if n] if all(names) else []


def _person(text: str, capitals: Capitals = never) -> str | None:
    """``person_name``, also for a name that prints a nickname ('William "Bill" Smith'), a
    Dutch or German particle ("Peter van der Berg") or accented letters ("José García"): the
    name as printed when the plainer spelling reads as one."""
    name = person_name(text)
    if name is not None:
        return name
    if text.isupper() and capitals():
        return _name_in_capitals(text)
    if text.isascii() and '"' not in text and " v" not in text and not run_initials(text):
        return None  # (the common case: no other spelling to try)
    return _person_spelt_plainer(text)


def run_initials(text: str) -> bool:
    """Whether a name opens with initials typed together ("R.J. Smith")."""
    return text[1:2] == "." and text[2:3].isupper()


def _street_like(name: str) -> bool:
    """ "One Zurn Place", "Two Penn Plaza": a street address spelt without digits (those with
    digits ADDRESS cuts)."""
    return (name.partition(" ")[0] in _SPELT_NUMBERS
            or name.rpartition(" ")[2].rstrip(".") in _STREET_WORDS)


def _name_in_capitals(text: str) -> str | None:
    """ "JOHN A. SMITH" (1990s releases typed their contacts in capitals): the name as
    printed, two to four words that read as a name in mixed case. (The caller keeps such a
    name only with a phone, e-mail or role of its own: a headline in capitals under the
    block reads so too.)"""
    tokens = text.split()
    title = _INITIALS_RUN.sub(" ", text).title() if run_initials(text) else text.title()
    if not 2 <= len(tokens) <= 4 or person_name(title) is None:
        return None
    if len(tokens) > 2 and tokens[0].title() in HONORIFICS:
        tokens = tokens[1:]  # "MS. JANE DOE": the name without her title, as in mixed case
    return " ".join(tokens)


def _person_spelt_plainer(text: str) -> str | None:
    if len(text) > 60:
        return None
    probe = _NICKNAME.sub("", text) if '"' in text or "\u201c" in text else text
    if not probe.isascii():
        probe = unicodedata.normalize("NFKD", probe).encode("ascii", "ignore").decode()
    tokens = probe.split()
    if " v" in probe:
        tokens = tokens[:1] + [t for t in tokens[1:-1] if t not in _PARTICLES] + tokens[-1:]
    if run_initials(probe):
        tokens = _INITIALS_RUN.sub(" ", " ".join(tokens)).split()
    if tokens == text.split() or person_name(" ".join(tokens)) is None:
        return None
    return " ".join(text.split())


def name_run_on(text: str, domains: str = "") -> tuple[str, str | None, str | None] | None:
    """ "Jane Doe Acme Corp.", "Jane A. Doe Vice President, Investor Relations": a name run
    into the organisation or role typed under it (an HTML cell's <br> lines joined by a
    space; the caller has cut its phone or e-mail). A name is two or three words (after an
    honorific), ends in no initial and holds no role word; what follows must read as an
    organisation, a role (led by a job word) or a firm of two capitalised words or more
    ("Erin Walsh Walsh Communications"). The shorter name wins, unless the other split's
    firm is what the e-mail's or web site's ``domains`` spell: "Mary Ann Smith Walsh
    Communications ... mary@walshcomm.com". ("Wolfe Axelrod Weinberger Assoc. LLC" on a
    line of its own reads so too: hence only where a phone or an e-mail shared the text, or
    an e-mail in the row below spells the name or the firm: ``records_of``.)"""
    tokens = text.split()
    lead = 1 if tokens and tokens[0] in HONORIFICS else 0
    found: list[tuple[str, str | None, str | None]] = []
    firms: list[tuple[str, str | None, str | None]] = []
    for k in (lead + 2, lead + 3):
        if len(tokens) <= k or tokens[k - 1][-1] == "." or (
                k == lead + 2 and tokens[k - 1] in _SECOND_GIVEN):
            continue  # ("Mary Ann Smith Acme Corp.": no name ends in "Ann")
        head = tokens[:k]
        if any(t.lower() in ROLE_WORDS for t in head) or person_name(" ".join(head)) is None:
            continue
        rest = " ".join(tokens[k:])
        if not rest[0].isupper():
            continue  # "Jane Doe of Acme Corp.", "Jane Doe or John Roe": read elsewhere
        if ENTITY_END.match(rest):
            continue  # "Jane Doe Acme" + "Corp.": the name took the company's first word
        if ENTITY_END.search(rest):
            found.append((" ".join(head), *_role_then_org(tokens[k:])))
        elif tokens[k].lower().strip(",.") in JOB_WORDS | DEPARTMENT_WORDS and role_like(
                rest) and (len(tokens) > k + 1 or tokens[k].lower() in JOB_WORDS):
            found.append((" ".join(head), rest, None))
        elif len(tokens) >= k + 2 and all(t[0].isupper() or t == "&" for t in tokens[k:]) and (
                not any(t.lower() in ROLE_WORDS for t in tokens)):
            firms.append((" ".join(head), None, rest))
        elif len(tokens) >= k + 2 and person_named_firm(rest) and rest[0].isupper():
            firms.append((" ".join(head), None, rest))  # "John Roe Financial Dynamics"
        elif len(tokens) == k + 1 and (desk := _desk_word(rest)) is not None:
            found.append((" ".join(head), desk or None, None))  # "Jane Doe Communications"
        elif len(tokens) == k + 1 and domains and _one_word_firm(rest, domains):
            firms.append((" ".join(head), None, rest))  # "John Roe ICR" over "@icrinc.com"
    found += firms
    if domains and len(found) > 1:
        for person in found:
            if spelt(person[2], domains):
                return person
    return found[0] if found else None


_DEGREES = frozenset("phd ph.d md cpa cfa esq jr sr ii iii".split())


def _desk_word(word: str) -> str | None:
    """A department's or desk's one word typed under a name, its role ("Communications",
    "Investors", "Sales"); "" for a degree ("PhD"); None for any other word."""
    low = word.lower().strip(",.")
    if low in _DEGREES:
        return ""
    if not low.isalpha() or low in ("and", "of", "the"):
        return None
    return word if low in DEPARTMENT_WORDS or low in DESK_WORDS else None


def _one_word_firm(word: str, domains: str) -> bool:
    """Whether one word under a name is the firm a domain's name opens with ("ICR" over
    "@icrinc.com"): no job, department or desk ("Communications" over
    "@zenithcommunications.com", "Investors" over "@investorsbank.com")."""
    low = word.lower().strip(",.")
    if len(low) < 3 or low in JOB_WORDS or low in DEPARTMENT_WORDS or low in DESK_WORDS:
        return False
    return any(label.startswith(low) for domain in domains.split()
               for label in domain.split(".")[:-1] if label != "www")


_LEGAL_FORMS = frozenset("inc corp co llc ltd plc lp llp ag gmbh".split())


def firm_then_name(text: str) -> tuple[str, str | None, str] | None:
    """ "Sard Verbinnen & Co Jane Doe", "Acme Widgets, Inc. John Roe": a firm printed over
    its person in one HTML cell (the <br> lines joined by a space; the caller has cut the
    phone or e-mail): the firm, closed by its legal form, then a name of two or three words
    (a role may follow it: "Acme Corp. Jane Doe Chief Financial Officer"). A person over
    the firm and its town ("Jane Doe Sard Verbinnen & Co New York") is that person's, the
    town dropped; a firm that a name opens is never over a second person (who is whose
    cannot be told). A firm and a town only: the name "" (no one named, not "Acme Widgets"
    of "Inc. San Antonio")."""
    tokens = text.split()
    for j in range(1, len(tokens) - 1):
        if tokens[j].lower().strip(".,") not in _LEGAL_FORMS:
            continue
        while j + 1 < len(tokens) and tokens[j + 1].lower().strip(".,") in _LEGAL_FORMS:
            j += 1  # "Zenith Co. Ltd."
        firm, rest = " ".join(tokens[: j + 1]).rstrip(","), tokens[j + 1 :]
        if len(rest) < 2:
            return None
        if place_like(rest[:3]) or place_like(rest[:2]):
            named = name_run_on(firm)  # "Jane Doe Sard Verbinnen & Co" + "New York"
            if named and named[2] and len(rest) <= 3:
                return named[0], named[1], named[2]
            return ("", None, firm) if len(rest) <= 3 and not named else None
        if (named := name_run_on(firm)) and named[2]:
            return None
        if len(rest) <= 3 and person_name(" ".join(rest)) and not any(
                t.lower() in ROLE_WORDS for t in rest):
            return " ".join(rest), None, firm
        found = name_run_on(" ".join(rest))
        if found and found[1] and not found[2]:
            return found[0], found[1], firm
        return None
    return None


def firm_word_run_on(name: str, emails: list[str]) -> tuple[str, None, str] | None:
    """ "Katie Zimmerman Ketchum" over "katie.zimmerman@ketchum.com": a three-word "name"
    whose last word is one firm's word that every e-mail's domain opens with and no e-mail's
    local part holds (an HTML cell's <br> lines joined: Ketchum, Edelman, Brunswick)."""
    tokens = name.split()
    if len(tokens) != 3 or tokens[1] in _SECOND_GIVEN or len(tokens[2]) < 4:
        return None
    word = tokens[2].lower()
    for email in emails:
        local, _, domain = email.lower().partition("@")
        if word in local or not domain.startswith(word):
            return None
    first = " ".join(tokens[:2])
    if not person_name(first):
        return None
    desk = _desk_word(tokens[2])  # "Jane Doe Marketing" over "@marketingpartners.com"
    return (first, desk or None, None) if desk is not None else (first, None, tokens[2])


def spelt(org: str | None, domains: str) -> bool:
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


_JOB_OR_DEPARTMENT = JOB_WORDS | DEPARTMENT_WORDS
# The last word of a title named after a department (not "Board": "Financial Relations Board"
# is a firm)
_TITLES = frozenset(
    "officer director manager president vp counsel secretary treasurer head chairman".split())


def role_like(text: str) -> bool:
    """ "EVP and Chief Financial Officer", "VP Investor Relations of Pericom Semiconductor
    Corporation" (an organisation after "of" reads with the role; role_of_firm cuts it off
    once the whole block is read)."""
    words = {w.lower().strip(",.&/()") for w in _WORD_GAP.split(text)}
    head = text.split(" OF " if text.isupper() else " of ", 1)[0]
    if DEPARTMENT.match(head) or BARE_ROLE_ONLY.match(text):
        # "Investor Relations", "Media" under a name: a job, not a company (also "Investor
        # Relations of Acme Widgets", as "VP Investor Relations of ..." is)
        return True
    # (the words before a comma; with no comma, the same as ``words``)
    lead = {w.lower().strip(".&/()") for w in _WORD_GAP.split(text.split(",", 1)[0])} if (
        "," in text) else words
    if lead <= JOB_WORDS or words <= DEPARTMENT_WORDS:
        # "Director, Communications": a title before the department; "Investor Relations
        # and Corporate Communications", "Finance": a department only
        return True
    if words <= _JOB_OR_DEPARTMENT and text.rstrip(" .,").rpartition(" ")[2].lower() in _TITLES:
        return True  # "Chief Communications Officer", "Investor Relations Manager"
    return bool(words & JOB_HEADS) and not ORG_WORDS.search(head)


def role_of_firm(role: str, loose: bool = False, domains: str = "") -> tuple[str, str] | None:
    """ "VP Investor Relations of Pericom Semiconductor Corporation" -> (the role, the firm):
    after the first "of" that leads no department ("Director of Investor Relations", "Vice
    President of Human Resources", "Chairman of the Board"), a firm by its legal form, by
    the block's e-mail or web ``domains``, or (``loose``) by a PR Newswire trailer's way of
    printing "<name>, <title> of <company>" ("VP/Chief Financial Officer of Pericom")."""
    of = " OF " if role.isupper() else " of "  # ("VICE PRESIDENT OF ACME CORP.")
    i = role.find(of)
    while i > 0:
        firm = role[i + 4 :].strip(" ,")
        words = firm.split()
        lead = (words[1] if len(words) > 1 and words[0] in ("The", "THE")
                else words[0] if words else "")
        if lead[:1].isupper() and lead.lower().strip(",.") not in _NO_FIRM:
            head = role[:i].strip(" ,")
            if (ENTITY_END.search(firm) or loose or spelt(firm, domains) or (
                    _officer_of(head, firm))) and role_like(head):
                return head, firm
            return None
        i = role.find(of, i + 4)
    return None


# An officer's title: what a firm follows after "of" and a department never does ("CFO of
# Pericom", not "Vice President of Manufacturing")
_OFFICERS = frozenset(
    "officer ceo cfo coo cto cio cmo cao cro chairman chairwoman treasurer founder".split())
_OFFICER_GAP = lazy(r"[ \t/&,]+")


def _officer_of(head: str, firm: str) -> bool:
    """Whether a title ending in an officer's ("VP/CFO", "Chief Financial Officer", "President
    and CEO") is followed by a firm's name with no legal form ("Pericom"): a few capitalised
    words, none a department's, a job's or a region's, the first no segment's ("CEO of
    Retail Banking")."""
    words = _OFFICER_GAP.split(head.rstrip(" ,."))
    return words[-1].lower() in _OFFICERS and bare_firm(firm) and place_words(
        firm.split()) == 0 and firm.partition(" ")[0].lower() not in SEGMENT_LEADS


def heading_firm(heading: str, domains: str = "") -> tuple[str, str | None] | None:
    """ "Caterpillar investor relations contact", "Apple Press Contact" -> (the firm, the
    heading's role as "Investor Relations Contact:" gives it). The words before the group
    must be no qualifier ("News Media Contact", "European Media Contact", "Company Contact");
    a heading naming no group ("Pericom Contact") needs the firm's legal form or the block's
    e-mail or web ``domains`` spelling it."""
    m = _HEADING_FIRM.match(heading)
    if m is None:
        return None
    firm, role = m.group("firm"), m.group("role")
    words = [w.lower().strip(".,") for w in firm.split()]
    if any(w in _QUALIFIERS for w in words):
        return None
    known = spelt(firm, domains) or _spelt_short(words[0], domains) or bool(
        ENTITY_END.search(firm))
    if not known and (m.group("group") is None or words[-1].endswith(_NATIONAL)):
        return None  # ("Hispanic Media Contact", "Acme Contact" with no e-mail of acme's)
    return firm, (role if m.group("group") else None)


def firm_then_department(org: str, domains: str, firms: Sequence[str] = ()
                         ) -> tuple[str, str] | None:
    """ "Oracle Investor Relations" -> ("Oracle", "Investor Relations"): a firm the e-mail or
    web ``domains`` spell, one ending in its legal form ("Acme Widgets, Inc. Investor
    Relations") or the head of the release's company's name (``firms``, see contacts_in:
    "Pericom" of "Pericom Semiconductor Corporation"), then its department (not "Integrated
    Corporate Relations", a firm whose domain spells no such word)."""
    m = _DEPARTMENT_TAIL.search(org) if org.endswith(("ations", "ffairs")) else None
    if m is None or m.start() == 0:
        return None
    firm = org[: m.start()].strip(" ,")
    if firm and (spelt(firm, domains) or ENTITY_END.search(firm) or heads_a_firm(
            firm, firms)) or _spelt_short(firm.split()[0].lower(), domains):
        return firm, m.group("dept")
    return None


def heads_a_firm(name: str, firms: Sequence[str]) -> bool:
    """Whether one of ``firms`` (the release's names for its company) opens with all of
    ``name``'s words: "Pericom" in "Pericom Semiconductor Corporation (NASDAQ: PSEM) ..."."""
    head = words_of(name)
    return bool(head) and any(words_of(firm)[: len(head)] == head for firm in firms if firm)


def words_of(text: str) -> list[str]:
    """A name's words in lower case, with no commas, stops or dashes ("/ -- Sears, Roebuck
    and": "sears", "roebuck", "and")."""
    return [w for w in text[:200].lower().replace(",", " ").replace(".", " ").split()
            if w[-1].isalnum()]


def _spelt_short(word: str, domains: str) -> bool:
    """Whether a domain's name is the start of the word: "cat.com" for "Caterpillar"."""
    for domain in domains.split():
        labels = domain.split(".")[:-1]  # (not the top-level ".com")
        if any(len(label) >= 3 and label != "www" and word.startswith(label)
               for label in labels):
            return True
    return False


def _org_like(text: str) -> bool:
    """ "FTI Consulting", "Edelman", "Acme Widgets" after a contact's name and a comma: a
    capitalised phrase of a few words, no digit, that reads as no job or department."""
    text = text.strip()
    return (
        text[:1].isupper()
        # (most roles are quick to tell: "Chairman & CEO", "VP/Chief Financial Officer")
        and text.replace("/", " ").partition(" ")[0].lower() not in _ROLE_LEADS
        and len(text) <= 60
        and not DIGIT.search(text)
        and text.count(" ") < 6
        and not role_like(text)
    )


