"""A role's firm described after it ("president of Acme, a leading provider of widgets",
"chairman of Acme Bank, the Company's principal subsidiary"): the description names what the
firm is, not the speaker's job, so the role ends at the firm."""

from __future__ import annotations

from ..given_names import FIRMS_LIKE_PEOPLE, GIVEN_NAMES
from ..lazy_re import lazy
from .press_patterns import ROLE_WORDS

# ", a/an/the" and up to four words before a noun or an adjective that describes a firm
_FIRM_APPOSITIVE = lazy(
    r",[ \t]+(?:a|an|the|one[ \t]+of[ \t]+the)[ \t]+(?:[\w&'\u2019.-]+[ \t]+){0,4}?"
    r"(?:leading|largest|premier|[\w-]+-based|provider|providers|maker|makers|manufacturer|"
    r"developer|designer|supplier|distributor|marketer|retailer|producer|operator|owner|"
    r"company|firm|subsidiary|affiliate|parent|holding|bank|insurer|lender|innovator|"
    r"pioneer|specialist|franchisor|leader|REIT)\b(?!['\u2019])"
)

# Role words that name a job by themselves, not the words that qualify one ("general",
# "principal" as in "Principal Financial Group" is read with the firm check below)
_JOB_NOUNS = ROLE_WORDS - frozenset(
    "vice chief executive financial operating technology senior managing general lead".split())
# last words of a firm's name: "(Principal Financial Group)", "(Partner Capital LLC)"
_FIRM_LAST = frozenset(
    "inc corp corporation co company ltd llc lp l.p plc limited incorporated group holdings "
    "partners capital bank bancorp trust fund financial securities advisors associates".split())


def without_firm_description(role: str) -> str:
    """``role`` cut before a description of its firm set off by a comma; a role that is
    only such a description stays (its comma comes first: nothing of a job before it)."""
    if ", " not in role:
        return role
    m = _FIRM_APPOSITIVE.search(role)
    if m is None or not m.start():
        return role
    # a second job after the description stays: "president of Acme Bank, a subsidiary of
    # Acme Bancorp, and chief executive officer of Acme Bancorp"
    joint = role.find(", and ", m.end())
    if joint > 0 and role[joint + 6 :].split(" ", 1)[0].lower() in ROLE_WORDS:
        return role[: m.start()] + role[joint:]
    return role[: m.start()]


def unbracketed(role: str) -> str:
    """A role printed in brackets after the name ("said Jane Doe (CEO of Acme)") without
    them, when a job word opens it and a job noun is in it; an age, a rank ("(Ret.)"), a
    ticker or a firm in brackets stays as it was ("(General Electric)", "(Principal
    Financial Group)": job words, no job noun or a firm's last word), and so does a
    bracket that only opens or closes the role ("Chief Executive Officer (CEO) of Acme")."""
    if role[:1] == "(" and role[-1:] == ")" and role.count("(") == 1 and role.count(")") == 1:
        inner = role[1:-1].strip()
        words = [w.strip(".,;:").lower() for w in inner.split()]
        if words and words[0] in ROLE_WORDS and not _JOB_NOUNS.isdisjoint(words):
            # a firm's last word makes it a firm unless the job names its firm after
            # "of", "at" or a comma ("(Chief Executive Officer of Acme Bank)")
            if words[-1] not in _FIRM_LAST or any(w in ("of", "at") for w in words) or (
                    "," in inner):
                return inner
    return role


# "... and John Smith ...": a second person named with the one a verb appointed ("named
# Jane Doe CFO and John Smith CEO"), an initial allowed before the given name, or only that
# initial where the role was cut at its stop ("... CFO and J. Michael Smith COO")
_AND_NAME = lazy(r"[ \t]and[ \t]+(?:[A-Z]\.?$|(?:[A-Z]\.[ \t]+)?([A-Z][a-z]+)[ \t]+"
                 r"(?:[A-Z]\.[ \t]+)?([A-Z][a-z][\w'\u2019-]{0,30}))")
# Words after a given name and a surname that make the two a firm's name ("Morgan Keegan
# Inc.", "Charles Schwab & Co.", "John Hancock Bank"; not "Group", which opens jobs too:
# "John Smith Group Vice President")
_FIRM_NEXT = frozenset(
    "& inc corp corporation co company ltd llc lp l.p plc limited incorporated holdings "
    "partners bank bancorp associates".split())


def without_next_appointee(role: str) -> str:
    """An appointed ``role`` cut before a second person the verb appointed with it ("CFO and
    John Smith CEO" -> "CFO"), read by a common given name (not "CFO and Acme Bank
    President"), unless the two words name a firm ("CFO and Morgan Stanley Bank President",
    "Treasurer and Charles Schwab Bank President")."""
    if " and " not in role:
        return role
    for m in _AND_NAME.finditer(role):
        if m.group(1) is None:
            return role[: m.start()]
        if m.group(1).lower() in GIVEN_NAMES and not _firm_name(
                f"{m.group(1)} {m.group(2)}", role[m.end() :]):
            return role[: m.start()]
    return role


def _firm_name(pair: str, after: str) -> bool:
    """Whether a given name and a surname name a firm the job goes on with: one named like
    people ("Morgan Stanley", "Raymond James") or with a firm's word after the two, and more
    of the job's capitals after it ("Morgan Stanley Bank President"; a firm the verb named
    with the person ends the role: "named Jane Doe CFO and Morgan Stanley its adviser")."""
    nxt = after[1:].split(" ", 1)[0] if after[:1] == " " else ""
    return (nxt[:1].isupper() or nxt == "&") and (
        pair in FIRMS_LIKE_PEOPLE or nxt.rstrip(".,").lower() in _FIRM_NEXT)


# The parts of a role after its job that describe the person, not the job: an age (", 45",
# ", age 45"), "himself"/"herself" (", himself an engineer"), a description with no job in
# it (", an engineer by training", ", a veteran of the industry"; ", a member of the board",
# ", a director since 1999" name one)
_AGE_PART = lazy(r"(?:age[ \t]+)?\d\d")
_SELF = ("himself ", "herself ", "themselves ")
_ASIDE_JOBS = ROLE_WORDS | frozenset("member members trustee board committee owner".split())


def without_person_aside(role: str) -> str:
    """``role`` cut before the first part after a comma that describes the person (see
    above), when a job comes before it ("Chairman of Acme, an engineer by training")."""
    parts = role.split(", ")
    for k in range(1, len(parts)):
        part = parts[k]
        if _AGE_PART.fullmatch(part) or part.startswith(_SELF) or (
                part.startswith(("a ", "an ")) and _ASIDE_JOBS.isdisjoint(
                    w.strip(".,;()").lower() for w in part.split())):
            head = ", ".join(parts[:k])
            return head if not ROLE_WORDS.isdisjoint(
                w.strip(".,;()&/").lower() for w in head.split()) else role
    return role


def without_joined_aside(role: str) -> str:
    """``role`` cut before a description of the person joined to the job by "and" ("chairman
    of Acme and a former Navy pilot", as ", a former Navy pilot" is cut); one holding a job
    stays ("president and a director of Acme", "CEO and a co-founder of Acme")."""
    at = role.find(" and a")
    while at > 0:
        if role.startswith(("a ", "an "), at + 5):
            # (the part read to its comma, within a bound: a long role stays linear)
            part = role[at + 5 : at + 205].split(", ", 1)[0]
            if _ASIDE_JOBS.isdisjoint(w.strip(".,;()").lower() for w in part.split()):
                head = role[:at]
                return head if not ROLE_WORDS.isdisjoint(
                    w.strip(".,;()&/").lower() for w in head.split()) else role
        at = role.find(" and a", at + 6)
    return role


# Job words that may follow "and" in a role ("Vice President and Controller") beyond
# ROLE_WORDS: with none of them, capitalised words after "and" read as a firm's name
_JOBS_AFTER_AND = ROLE_WORDS | frozenset(
    "controller comptroller auditor actuary trustee publisher editor dean provost founder "
    "administrator strategist economist advisor adviser member fellow".split())
# what follows a firm the verb named with the person: its own part ("its adviser", "as its
# counsel", "the Company's auditors")
_PARTY_NEXT = frozenset("its their the as".split())
_PARTY_READ = 120  # characters after "and" read for a firm's name and its part


def without_second_party(role: str) -> str:
    """``role`` cut before a firm "and" joins to a job: the verb's second object ("named Jane
    Doe CFO and Acme Capital, its adviser", "... CFO and Morgan Keegan & Co. its adviser")
    or a second party speaking with the person ("said Jane Doe, CFO and Acme Capital, its
    adviser", "..., CEO of Westell, and Acme Capital Partners"); read by a firm's word in the
    capitalised words after "and" or by their own part after them. A job going on after
    the firm stays ("CFO and Acme Bank President", "CFO and Morgan Keegan Inc. Director"),
    as do jobs with no firm word ("Vice President and Controller") and firms after "of"
    ("CEO of Acme and Beta Capital")."""
    at = role.find(" and ")
    while at > 0:
        # (a bounded look past "and": a role of thousands of "and"s is read in linear time)
        ends = len(role) <= at + 5 + _PARTY_READ
        words = role[at + 5 : at + 5 + _PARTY_READ].split()
        k = 0
        while k < len(words) and k < 8 and (words[k][:1].isupper() or words[k] == "&"):
            k += 1
            if words[k - 1][-1:] == ",":
                break
        last = role[max(0, at - 40) : at].rsplit(" ", 1)[-1].strip(".,").lower()
        # (after a job's last word, or after a comma: "CEO of Acme, and Acme Capital, its
        # adviser", a joint statement)
        if (last in _JOBS_AFTER_AND or role[at - 1] == ",") and _a_party(words, k, ends):
            return role[:at].rstrip(" ,")
        at = role.find(" and ", at + 5)
    return role


def _a_party(words: list[str], k: int, ends: bool) -> bool:
    """Whether the capitalised ``words[:k]`` after "and" name a firm, not a job: no job word
    in them, and their own part after them ("its adviser") or, closing the role (``ends``),
    a firm's word ("Capital", "Inc.", "&") or a firm named like people ("Goldman Sachs")."""
    run = [w.strip(".,").lower() for w in words[:k]]
    if not run or not _JOBS_AFTER_AND.isdisjoint(run):
        return False
    if k < len(words):
        return words[k] in _PARTY_NEXT
    return ends and (not _FIRM_LAST.isdisjoint(run) or "&" in run
                     or " ".join(words[:2]).rstrip(".,") in FIRMS_LIKE_PEOPLE)


# Words after a lower-case "-ing" word that make it a participle opening a clause (an
# object's article or determiner, an adverb), not a department ("Vice President, marketing
# and sales", "Director, engineering")
_PARTICIPLE_NEXT = frozenset(
    "the a an his her its their our this that these those up ahead back forward about".split())
# "-ing" words naming a department or a trade, before a noun of one ("Vice President,
# manufacturing operations", "Director, engineering services"): no participle
_DEPARTMENT_ING = frozenset(
    "marketing engineering manufacturing accounting banking lending trading licensing "
    "purchasing planning programming publishing advertising consulting operating "
    "underwriting investing financing training learning computing networking printing "
    "processing packaging sourcing staffing recruiting branding merchandising pricing "
    "billing shipping mining drilling refining farming housing nursing building servicing "
    "testing leasing clearing broadcasting gaming retailing wholesaling contracting "
    "fundraising managing leading reporting".split())
# Plain speech verbs of 1990s-2020s releases ('"...," indicated John Smith', 'Jane Doe, CEO,
# cautioned, "..."')
PLAIN_REPORTED = ("stressed", "acknowledged", "indicated", "cautioned", "asserted",
                  "reiterated", "summarized", "summarised", "elaborated", "affirmed",
                  "mentioned", "underscored", "predicted", "exclaimed", "replied",
                  "announced", "reported", "shared", "warned", "recalled", "insisted",
                  "highlighted", "agreed", "confirmed", "responded", "quipped", "enthused",
                  "offered")
# A verb of speaking to an audience after the role's comma opens what the speaker told whom
# (", told analysts", ", wrote in a letter to shareholders"): no job ("said", "stated" stay
# for the lead-in's reading: ', stated today that "..."' reports a phrase)
_SPOKE = frozenset(("told", "wrote", "spoke", "addressed"))
# Conjunctions opening an adverbial clause (", once the deal closes", ", because ...")
# ("as" opens one before a lower-case word no job's: ", as part of the announcement", ",
# as expected"; ", as trustee", ", as well as chairman" stay)
_SUBORDINATE = frozenset(
    "once until unless because although though whereas whenever if as".split())
_AS_KEPT = frozenset("well such acting interim trustee agent".split()) | ROLE_WORDS


def without_clause(role: str) -> str:
    """``role`` cut before a clause after a comma: what the speaker did as they spoke (",
    summing up the year", ", echoing remarks made earlier", ", told analysts") or an
    adverbial clause (", once the deal closes", ", as part of the announcement"); a job's
    own "-ing" word stays ("managing director", "Vice President, marketing and sales")."""
    at = role.find(", ")
    while at > 0:
        if _opens_clause(role[at + 2 : at + 40].split(" ", 2)):
            return role[:at]
        at = role.find(", ", at + 2)
    return role


def _opens_clause(words: list[str]) -> bool:
    """Whether the words after a role's comma open a clause (see without_clause)."""
    first = words[0].rstrip(",.;")
    if not first.islower() or not first.isalpha():
        return False
    if first in _SPOKE:
        return True
    after = words[1].rstrip(",.;") if len(words) > 1 else ""
    if first in _SUBORDINATE:
        # (a lower-case word next: ", once the deal closes", ", if approved")
        return after.isalpha() and after.islower() and (first != "as" or after not in _AS_KEPT)
    if len(first) <= 4 or not first.endswith("ing") or not after:
        return False
    # a participle's object: ", summing up the year", ", echoing remarks made earlier" (a
    # department's "-ing" word before its noun stays: ", manufacturing operations")
    return after in _PARTICIPLE_NEXT or (
        after.isalpha() and after.islower() and after not in ("and", "or")
        and first not in _DEPARTMENT_ING)


# Words of a short job phrase after an article that end it as its noun ("an industry
# analyst", "a company spokesman", "a top executive"); not the words that only qualify one
_PHRASE_NOUNS = _JOB_NOUNS | frozenset(("executive",))
# Words that end the phrase and name where the job is held ("an analyst at Smith Barney")
_PHRASE_END = frozenset("of at from with for in".split())


def articled_job(rest: str, whole: bool) -> bool:
    """Whether ``rest``, the words after a role's "a"/"an", hold a job: job words opening it
    ("a senior vice president of Acme") or a short phrase of up to four words ending in a
    job's noun ("an industry analyst", "an equity research analyst at Beta"), to the end
    when ``whole``; no description of the person ("a former Navy pilot", "a veteran of the
    industry", "a senior analyst covering Acme" when ``whole``)."""
    words = rest.split(" ", 5)
    if not whole and words[0].lower() in ROLE_WORDS:
        return True
    head: list[str] = []
    for word in words[:5]:
        if word in _PHRASE_END:
            break
        head.append(word)
        if word[-1:] in ",;":
            break
    if not 0 < len(head) <= 4 or (whole and len(head) < len(rest.split())):
        return False
    last = head[-1].strip(".,;").lower()
    return last in _PHRASE_NOUNS and all(w.isalpha() or w[:-1].isalpha() for w in head)
