"""A firm's legal form closing a job printed before the speaker's name ("Chief Executive
Officer of Acme A.G. Jane Doe said", '," said President of Contoso S.p.A. John Smith'): the
form's stop ends no sentence there, and the job with its firm is the speaker's role. Also
the legal forms printed in dotted lower case ("S.p.A.", "S.r.l."), whose stop a role keeps
as it keeps the one of "N.V.", and firms quoted bare by a name no person bears ('"...,"
Contoso Robotics said', which gives no speaker)."""

from __future__ import annotations

from ..given_names import GIVEN_NAMES
from .press_contact_vocab import FIRM_NOUNS
from .press_patterns import ROLE_WORDS, VERB
from .press_quote_initials import person_name

# Last words of firms' names beyond the contacts' FIRM_NOUNS, quoted bare or run on after a
# name ('"...," said Blue Ridge Partners', which read as "Blue Ridge", role "Partners"): no
# surname (not "Power", "Mills", "Banks", "Steel", "Gold", names as often as firms')
FIRM_TAIL = FIRM_NOUNS | frozenset(
    "partners partnership capital ventures holdings labs laboratories therapeutics therapies"
    " pharmaceuticals pharmaceutical technologies systems networks group bank bancorp"
    " bancshares advisors advisers semiconductor semiconductors software solutions industries"
    " energy health healthcare genomics genetics bio biologics biotherapeutics oncology"
    " vaccines financial securities trust fund funds management associates communications"
    " telecommunications services international global worldwide consulting companies equity"
    " wealth lending mortgage credit chemicals hotels resorts gaming hospitals engineering"
    " construction shipping metals packaging plastics broadcasting publishing studios"
    " analytics media life mutual assurance reinsurance".split())
# What may close the word before such a job: a sentence's or a quote's end, a colon
_OPENING_LAST = frozenset('.!?:;"\u201d')
# Words a firm's name may hold in lower case between capitals ("Acme S.A. de C.V.")
_FIRM_JOINERS = frozenset(("de", "&"))


def dotted_form(word: str) -> bool:
    """ "S.p.A", "S.r.l", "S.a.r.l" (as "N.V", "A.G"): single letters joined by stops, a
    capital first; the last stop is not part of ``word``."""
    parts = word.split(".")
    return 1 < len(parts) <= 4 and word[:1].isupper() and all(
        len(p) == 1 and p.isalpha() for p in parts)


def job_of_firm_name(text: str, stop: int) -> int:
    """Where the full name ends that follows the stop at ``stop`` of a firm's legal form
    closing a job, when that job opens its sentence, follows a quote or its speech verb
    ("Chief Executive Officer of Acme A.G. | Jane Doe said", "said CEO of Acme Inc. | John
    Smith"); else -1. A job after a name's comma ("said Jane Doe, CEO of Acme N.V. | John
    Smith, CFO, added") or inside a sentence ("named John Smith CEO of Acme N.V. | Jane
    Doe ...") is a sentence of its own."""
    start = max(0, stop - 160)
    if " of " not in text[start:stop]:
        return -1
    words = text[start:stop].split()
    k = len(words) - 2  # (words[-1] is the legal form)
    while k >= len(words) - 7 and k >= 0 and (
            words[k][:1].isupper() or words[k] in _FIRM_JOINERS) and words[k][-1:] not in ",;:":
        k -= 1
    if k < 1 or k == len(words) - 2 or words[k] != "of" or words[k - 1].lower() not in ROLE_WORDS:
        return -1
    k -= 1
    while k >= 0 and (words[k].lower() in ROLE_WORDS or words[k] in ("and", "&")):
        k -= 1
    if k >= 0 and words[k].lower() == "the":
        k -= 1
    if k < 0 and start > 0:
        return -1
    if k >= 0 and not (words[k][-1:] in _OPENING_LAST or VERB.fullmatch(words[k])):
        return -1
    return _name_after(text, stop + 1)


def _name_after(text: str, at: int) -> int:
    """End of a full name opening ``text`` at ``at`` ("Jane Doe", "Marc A. Zionts") before a
    comma, a stop, a verb or the end; else -1."""
    head = text[at : at + 60]
    tokens = head.split()[:4]
    if len(tokens) < 2 or not tokens[0][:1].isupper():
        return -1
    for n in (3, 2):
        if len(tokens) < n:
            continue
        last = tokens[n - 1].rstrip(",;:.")
        name = " ".join([*tokens[: n - 1], last])
        after = tokens[n] if len(tokens) > n else ""
        closed = last != tokens[n - 1] or not after or VERB.fullmatch(after.rstrip(",:"))
        if closed and person_name(name) == name:
            end = at
            for token in tokens[:n]:
                end = text.index(token, end) + len(token)
            return end - (len(tokens[n - 1]) - len(last))
    return -1


def firm_named(name: str) -> bool:
    """Whether ``name`` is a firm's by its last word, a noun of industry no surname is
    ("Contoso Robotics", "Fabrikam Foods", "Acme Genomics"), with no given name first."""
    words = name.split()
    return len(words) > 1 and words[-1].lower() in FIRM_TAIL and (
        words[0].lower() not in GIVEN_NAMES)


# Legal forms printed with a stop that a job may go on after ("Morgan Keegan Inc. Director")
_STOPPED_FORMS = frozenset("Inc Corp Co Ltd Bros".split())
_JOB_RUN = 6  # words of a job run on after such a form


def job_after_form(text: str, stop: int) -> int:
    """Where a job run on after the stop at ``stop`` of a firm's legal form ends ("named Jane
    Doe CFO and Morgan Keegan Inc. | Director." ends after "Director"): capitalised job words
    up to a comma, a stop or the end; else ``stop`` (a sentence going on: "Acme Inc. | Chief
    Executive John Smith said ...", "Acme Inc. | President Bush ...")."""
    if text[max(0, stop - 5) : stop].rsplit(" ", 1)[-1] not in _STOPPED_FORMS:
        return stop
    end = stop + 1
    for n, word in enumerate(text[stop + 1 : stop + 120].split(" ")[: _JOB_RUN + 1]):
        if n == 0:
            if word:
                return stop  # (no blank after the stop: no sentence's end either)
            end += 1
            continue
        bare = word.rstrip(",;.")
        if not (bare in ("and", "&") and n > 1) and not (
                bare[:1].isupper() and bare.lower() in ROLE_WORDS):
            return stop
        end += len(bare)
        if bare != word or end == len(text):
            return end
        end += 1
    return stop
