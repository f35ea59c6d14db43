"""A speaker named in full only in the headline ("Acme Names Jane Doe Chief Executive
Officer", "ACME APPOINTS JANE A. DOE CFO") and by surname alone in the body ('"...," said
Doe.'): the headline's full name, with the job printed right after it in a headline in
mixed case (in capitals, the job's case is lost)."""

from __future__ import annotations

from ..given_names import GIVEN_NAMES
from .press_patterns import ROLE_WORDS
from .press_quote_initials import person_name
from .press_quote_who import clean_role

# Verbs of a headline before a name: no given name ("Acme Names Doe ...")
_HEAD_VERBS = frozenset(
    "names appoints elects promotes hires taps welcomes adds announces selects retains "
    "recruits nominates".split())
# Words between a name and its job: "Jane Doe Named CEO", "Jane Doe to Succeed ... as CEO"
_BEFORE_JOB = frozenset("named appointed elected promoted to as new".split())
_AFTER_NAME = frozenset("named appointed elected promoted joins to as".split())
_JOINERS = frozenset(("of", "and", "&"))
_END = ",;:!?"
_HEAD_WORDS = 60  # a headline's words read (a run-on "headline" is the body's first lines)


def headline_person(head: str, surname: str) -> tuple[str, str | None] | None:
    """(full name, role) of ``surname`` as the headline ``head`` names them in full, or None:
    a given name before the surname, known as one by the list of given names, a middle
    initial, a verb naming a person before it ("ORACLE NAMES RONA FAIRHEAD") or one of
    appointment after the name ("Rona Fairhead Named ...")."""
    if surname.lower() not in head.lower():  # (a substring test before splitting)
        return None
    capitals = head.isupper()
    tokens = head.split()[:_HEAD_WORDS]
    low = surname.lower()
    for i, token in enumerate(tokens):
        core = token.rstrip(_END + ".").removesuffix("'s").removesuffix("\u2019s")
        if i == 0 or core.lower() != low or (not capitals and (
                not core[:1].isupper() or core.isupper())):
            continue  # (an acronym in a headline in mixed case: "... Broadband DSL")
        k = i - 1
        middle = tokens[k] if len(tokens[k]) == 2 and tokens[k][1] == "." and k > 0 else ""
        if middle:
            k -= 1
        given = tokens[k]
        if not given.replace("-", "").isalpha() or given.lower() in _HEAD_VERBS:
            continue
        if not (given.lower() in GIVEN_NAMES or middle or (
                k > 0 and tokens[k - 1].lower() in _HEAD_VERBS) or (
                i + 1 < len(tokens) and tokens[i + 1].lower() in _AFTER_NAME)):
            continue  # (no sign of a person: "Acme Sales Doe ...", "... Fuel Broadband Dsl")
        if capitals:
            given = "-".join(p.capitalize() for p in given.split("-"))
        name = " ".join(t for t in (given, middle, surname) if t)
        if person_name(name) is None:
            continue
        if core != token or capitals:
            return name, None  # (a comma or a possessive after the name; a job in capitals)
        return name, _job_after(tokens[i + 1 :])
    return None


def _job_after(tokens: list[str]) -> str | None:
    """The job printed right after a name in a headline: "Chief Executive Officer", "Named
    CEO of Acme Corp." (capitalised words and joiners, up to a punctuation mark)."""
    k = 0
    while k < len(tokens) and tokens[k].lower() in _BEFORE_JOB:
        k += 1
    words: list[str] = []
    for token in tokens[k:]:
        word = token.rstrip(_END)
        if not (word[:1].isupper() or word in _JOINERS):
            break
        words.append(word)
        if word != token:
            break
    while words and words[-1] in _JOINERS:
        words.pop()
    if not words or ROLE_WORDS.isdisjoint(w.lower().strip(".") for w in words):
        return None
    return clean_role(" ".join(words))
