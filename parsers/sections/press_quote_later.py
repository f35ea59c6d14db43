"""A later job after the one a person joined as: "Jane Doe joined Acme in 2001 as CFO and was
named CEO in 2005", "... as CFO and became president in 2008", "Jane Doe, who joined Acme
in 2001 as CFO, has been CEO since 2005": the job joined as is a past one there, the later
job the person's role."""

from __future__ import annotations

from ..lazy_re import lazy

# The verb of a later job: "was (later) named/appointed/elected (as)", "was promoted to",
# "became", "has (since) been", "has served as", "is now", "now serves as"
_VERBS = (
    r"was[ \t]+(?:later[ \t]+|subsequently[ \t]+)?(?:(?:named|appointed|elected)"
    r"(?:[ \t]+as)?|promoted[ \t]+to)|(?:later[ \t]+|subsequently[ \t]+)?became"
    r"|has[ \t]+(?:since[ \t]+)?(?:been|served[ \t]+as)|is[ \t]+now|now[ \t]+serves[ \t]+as")
_JOB = r"[ \t]+(?=[A-Za-z])(?P<job>[^,;()\n]{3,90}?)(?=[,;)]|\.(?:[ \t]|$)|$)"
_LATER_VERB = rf"(?:{_VERBS}){_JOB}"
# (the main verb after a "who joined" clause may be in the plain present too: "Jane Doe, who
# joined Acme as CFO in 1998, is the Company's President", "..., serves as CEO"; not a job
# held beside it, "is also", nor one denied, "is not", nor a past job or kin, "is a former
# President of Intel", "is the son of the founder")
_PRESENT = (r"is(?:[ \t]+currently)?(?![ \t]+(?:(?:an?|the)[ \t]+)?(?:also|not|no|currently"
            r"|former|son|daughter|brother|sister|wife|husband|father|mother|nephew|niece)\b)"
            r"|(?:currently[ \t]+)?serves[ \t]+as")
# ... joined to the job joined as by "and" in the same sentence ("as CFO and was named ...",
# "as CFO, and became ..."), or the verb of the sentence a "who joined" clause sits in
# ("Jane Doe, who joined Acme as CFO, has been CEO since 2005")
_AND_LATER = lazy(rf",?[ \t]+and[ \t]+(?:{_VERBS}|{_PRESENT}){_JOB}")
_MAIN_LATER = lazy(rf",[ \t]+(?:{_VERBS}|{_PRESENT}){_JOB}")
# ... or opening the next sentence: "He was named ...", "Mr. Hui became ...", "Hui has been"
_NEXT_SUBJECT = lazy(r"[ \t]*(?:He|She|(?:(?:Mr|Ms|Mrs|Dr)\.[ \t]+)?"
                     r"(?P<surname>[A-Z][\w'\u2019-]{1,30}))(?=[ \t])")
# (there in the plain present too, "She is Chief Financial Officer.", "He currently serves as
# CEO.": the sentence right after the one naming the person, whose subject is that person)
_NEXT_LATER = lazy(rf"[ \t]+(?:{_VERBS}|{_PRESENT}){_JOB}")


def later_job(text: str, start: int, end: int, who_clause: bool,
              name: str) -> tuple[int, str] | None:
    """The later job printed after the job joined as, which ``text[start:end]`` holds up to
    its comma or stop ("Vice President of Sales and was named President in 1998", or for
    a ``who_clause`` "who joined Acme in 1990 as Vice President of Sales"), or opening the
    next sentence by ``name``'s surname or a pronoun ("He was named President in 1998."):
    (where the job joined as ends, the later job); None for none."""
    if who_clause:
        m = _MAIN_LATER.match(text, end, end + 120)
        return (end, m.group("job")) if m else None
    # (to the sentence's end: the job joined as may hold a comma, "as Vice President,
    # Sales and became ...", or an aside follow it, "as CFO, a post ..., and became ...")
    stop = text.find(". ", end, end + 150)
    stop = stop if stop > 0 else end + 150
    at = text.find(" and ", start, stop)
    while at >= 0:  # (the job may hold an "and": "as President and CEO and became ...")
        if m := _AND_LATER.match(text, at - (text[at - 1 : at] == ","), stop + 100):
            return m.start(), m.group("job")
        at = text.find(" and ", at + 5, stop)
    job = _next_job(text, stop, name)
    return (stop, job) if job else None


def _next_job(text: str, stop: int, name: str) -> str | None:
    """The job the sentence after the stop at ``stop`` gives ``name`` by a pronoun or the
    surname ("He was named President in 1998.", "She is now CFO."); None for none."""
    if text[stop : stop + 2] != ". ":
        return None
    subject = _NEXT_SUBJECT.match(text, stop + 2, stop + 40)
    if subject and subject.group("surname") in (None, name.rsplit(" ", 1)[-1]):
        m = _NEXT_LATER.match(text, subject.end(), subject.end() + 120)
        return m.group("job") if m else None
    return None


# A sentence saying only that a person joined a firm, with no job: "Jane Doe joined Acme in
# 1998.", "Jane Doe, 54, joined Acme in 1998." (after an age), "Jane Doe has joined Acme
# Robotics Inc." (up to four capitalised words, or "the company", and the year or month and
# year)
_JOINED_ONLY = lazy(
    r"(?:,[ \t]+\d\d,)?[ \t]+(?:has[ \t]+)?(?P<clause>(?:re)?joined[ \t]+(?:the[ \t]+[a-z]+"
    r"|(?:the[ \t]+)?[A-Z][\w&.'\u2019-]{0,40}(?:[ \t]+(?:[A-Z][\w&.'\u2019-]{0,40}|&)){0,3}))"
    r"(?:[ \t]+in[ \t]+(?:[A-Z][a-z]{2,8}[ \t]+)?(?:19|20)\d\d)?(?=\.[ \t])")


def joined_then(text: str, end: int, name: str) -> tuple[str, str] | None:
    """(the joining clause, the job) where a sentence says only that ``name``, ending at
    ``end``, joined a firm and the next one gives the job ("Jane Doe joined Acme in 1998.
    She is now Chief Financial Officer."); None for no such sentences."""
    m = _JOINED_ONLY.match(text, end, end + 200)
    job = _next_job(text, m.end(), name) if m else None
    return (m.group("clause"), job) if job else None


# The firm a person joined: "joined Acme in 2001 as", "who joined Acme Robotics as" (up to
# five capitalised words; "joined the company as", "joined the Bank as" name none)
_JOINED = lazy(r"join(?:ed|s)?[ \t]+(?:the[ \t]+)?(?!(?:Company|Corporation|Bank|Firm|Group"
               r"|Partnership|Trust|Registrant)\b)(?P<firm>[A-Z][\w&'\u2019-]{0,40}"
               r"(?:[ \t]+(?:[A-Z][\w&'\u2019.-]{0,40}|&)){0,4})")
# The organisation a later job names after "of"/"at": "chairman of the IEEE", "president of
# the Semiconductor Industry Association" (to a comma or a date: "... in 2005")
_POST_AT = lazy(r"[ \t](?:of|at)[ \t]+(?:the[ \t]+)?(?P<org>[A-Z][\w&'\u2019. -]{0,80}?)"
                r"(?=,|[ \t]+(?:in|on|since|from)[ \t]|\.?$)")
# Words that make that organisation a body of its own, not a unit of the firm joined (a
# department, "Sales", or a region, "North America", has none)
_BODY_WORDS = frozenset(
    "association society institute institution university college council foundation "
    "federation commission committee academy chamber alliance consortium forum league union "
    "organization organisation agency hospital school inc inc. corp corp. corporation "
    "company co. llc ltd ltd. bank bancorp partners holdings fund trust".split())


def post_elsewhere(clause: str, role: str, text: str = "") -> bool:
    """Whether the later job ``role`` is held at another organisation than the firm the
    ``clause`` says the person joined ("joined Acme as CFO in 2001 and became chairman of
    the IEEE in 2005"): a body (see _BODY_WORDS) or an acronym ("IEEE") after "of"/"at"
    whose first word is not the joined firm's ("President of Acme Robotics Inc." after
    "joined Acme" is the firm's, as "PSC" is after "joined Pericom" where the release
    ``text`` prints "Pericom Semiconductor Corp."); never when the clause names no firm
    ("joined the company")."""
    joined = _JOINED.search(clause)
    post = _POST_AT.search(role) if joined else None
    if post is None:
        return False
    words, firm = post.group("org").split(), joined.group("firm").split()
    if words[0] == firm[0] or _initials_of(words, firm) or _initials_of(firm, words):
        return False
    if len(firm) == 1 and _acronym(words) and words[0][0] == firm[0][0] and any(
            _initials_of(words, full) for full in _printed_names(text, firm[0])):
        return False
    return any(w.lower() in _BODY_WORDS for w in words) or _acronym(words)


_NAMES_READ = 20  # a one-word firm's mentions read for its full name, the first ones


def _printed_names(text: str, word: str) -> list[list[str]]:
    """The full names ``text`` prints opening with the firm's one ``word`` ("Pericom
    Semiconductor Corporation" for "Pericom"): its capitalised words after each of the
    first mentions, up to five (the name may break at a line's end: "Pericom" /
    "Semiconductor Corporation", or at a no-break space)."""
    names, at, read, n = [], text.find(word), 0, len(word)
    while at >= 0 and read < _NAMES_READ:
        if text[at + n : at + n + 1].isspace():
            read += 1
            full = [word]
            for w in text[at + n : at + n + 120].split()[:5]:
                w = w.rstrip(".,;:)")
                if not (w[:1].isupper() or w == "&"):
                    break
                full.append(w)
            if len(full) > 1:
                names.append(full)
        at = text.find(word, at + n)
    return names


def _acronym(words: list[str]) -> bool:
    """Whether ``words`` are one word of three to six capitals ("IEEE", "PSC")."""
    return len(words) == 1 and 3 <= len(words[0]) <= 6 and words[0].isupper()


# A legal form's initial an acronym may add to its firm's ("PSC": Pericom Semiconductor Corp.)
_FORM_INITIALS = frozenset("CIL")
_FORM_WORDS = frozenset("inc inc. incorporated corp corp. corporation co co. company ltd ltd. "
                        "limited llc".split())


def _initials_of(short: list[str], full: list[str]) -> bool:
    """Whether ``short`` is an acronym of the firm named ``full`` ("PSC" of "Pericom
    Semiconductor" or "Pericom Semiconductor Corporation"): its initials, with or without
    the legal form's ("&", "of", "and" skipped)."""
    if not _acronym(short):
        return False
    core = "".join(w[0] for w in full if w[0].isupper() and w.lower() not in _FORM_WORDS)
    acronym = short[0]
    return len(core) >= 2 and acronym.startswith(core) and (
        len(acronym) == len(core) or acronym[len(core):] in _FORM_INITIALS)
