"""Speakers printed with run-together initials ("said R.J. Smith", "A.G. Lafley, chairman,
said"), as releases of every decade print them: where such initials open a name, so that
their period ends no sentence; the name itself is read by ``initialled_name`` (exported
here as ``person_name``, which turns down job titles). Firms named after their founders'
initials ("J.P. Morgan") stay firms."""

from __future__ import annotations

from ..given_names import GIVEN_NAMES
from .person_names import INITIAL_FIRMS as _INITIAL_FIRMS
from .person_names import initialled_name, run_together
from .press_patterns import ROLE_WORDS

# Initials of a state (AP style) or a legal form that a person may bear too ("N.C. Wyeth",
# "A.G. Lafley"): after a comma or a firm's word they end their sentence ("Charlotte, N.C.",
# "Acme Bank, N.A.", "Siemens A.G.")
_PLACE_OR_FORM = frozenset("NC SC NH NM ND SD RI NA PA AG".split())

def initials_of_name(text: str, at: int, word: str) -> bool:
    """Whether ``word``, run-together initials whose period is at ``at``, opens the name
    after it ("R.J. Smith", "Acme CEO R.J. Smith"), so that period ends no sentence."""
    if not run_together(word):
        return False
    if at == len(word):
        return True
    lead = text[max(0, at - len(word) - 20) : at - len(word)].split()
    after = text[at + 2 : at + 40].split(" ", 1)[0].rstrip(",;:")
    # after a job or a given name only: "CEO R.J. Smith", "John R.J. Smith", not "Philips
    # N.V. Revenue rose"
    if lead and lead[-1].lower() in GIVEN_NAMES:
        return person_name(f"{lead[-1]} {word}. {after}") is not None
    return bool(lead) and lead[-1].lower() in ROLE_WORDS and person_name(
        f"{word}. {after}") is not None


def opens_name(text: str, at: int, printed: str) -> bool:
    """Whether run-together initials ``printed`` whose last period is at ``at`` open the
    name after them ("said R.J. Smith", "A.G. Lafley, chairman"), so that period ends no
    sentence; a state's or a legal form's does ("in Charlotte, N.C. Commenting on ...")."""
    if not run_together(printed):
        return False
    nxt = text[at + 1 : at + 40].split()[:2]
    named = f"{printed}. {nxt[0].rstrip(',;:.')}" if nxt else ""
    if not named or (named not in _INITIAL_FIRMS and person_name(named) is None):
        return False  # no surname after them: "... in the U.S.A. The company ..."
    if len(nxt) == 2 and nxt[0].lower() in GIVEN_NAMES and nxt[1][:1].isupper():
        return False  # a new full name: "... from Acme Bank, N.A. John Smith, president"
    if printed.replace(".", "") not in _PLACE_OR_FORM:
        return True
    lead = text[max(0, at - len(printed) - 30) : at - len(printed)].split()
    last = lead[-1] if lead else ""
    # a name after a verb, a job or a given name ("said A.G. Lafley", "CEO A.G. Lafley"), a
    # state or form after a comma or a firm's or place's word
    return not (last.endswith(",") or (
        last[:1].isupper() and last[-1:].isalpha() and last.lower() not in ROLE_WORDS
        and last.lower() not in GIVEN_NAMES))


def person_name(text: str) -> str | None:
    """``initialled_name``, but no name holds a job word shared or plural ("Co-Chairman
    John Smith", "Co-Chairmen John Smith and ...", "Presidents"): those are titles."""
    found = initialled_name(text)
    if found is None or not any(_job_title(t) for t in found.split()):
        return found
    return None


def _job_title(token: str) -> bool:
    """ "Co-Chairman", "Co-Presidents", "Chairmen", "Directors": a job word, shared or
    plural (a singular one ``person_name`` turns down already)."""
    low = token.lower().rstrip(".,").removeprefix("co-")
    if low.endswith("men"):
        low = low[:-2] + "an"
    elif low.endswith("s") and low[:-1] in ROLE_WORDS:
        low = low[:-1]
    return low in ROLE_WORDS


_HONORIFICS = ("Mr.", "Ms.", "Mrs.", "Dr.", "Mr", "Ms", "Mrs", "Dr")


def firm_of_initials(speaker: str, role: str | None, paras: list[str]) -> bool:
    """Whether a speaker of initials and one word ("D.E. Shaw said", "said W.L. Gore") is
    rather a firm named after its founder: the list of such firms is never complete, so a
    person needs a job printed with the name or an honorific later ("Mr. Shaw")."""
    if role or speaker.count(" ") != 1:
        return False
    initials, surname = speaker.split(" ")
    if not run_together(initials.rstrip(".")):
        return False
    for para in paras:  # (only for such a speaker: a few per release at most)
        if surname in para and any(f"{h} {surname}" in para for h in _HONORIFICS):
            return False
    return True
