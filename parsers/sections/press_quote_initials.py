"""Speakers printed with run-together initials ("said R.J. Smith", "A.G. Lafley, chairman,
said"), as releases of every decade print them: the shared ``person_name`` reads only
spaced initials ("R. J. Smith"), so the initials are spaced for the test and the name kept
as printed. Firms named after their founders' initials ("J.P. Morgan") stay firms."""

from __future__ import annotations

from ..given_names import GIVEN_NAMES
from .person_names import person_name as _spaced_person_name
from .press_patterns import ROLE_WORDS

_INITIAL_FIRMS = frozenset(
    "J.P. Morgan|J.C. Penney|W.R. Grace|H.J. Heinz|R.R. Donnelley|A.O. Smith|J.M. Smucker|"
    "C.R. Bard|H.B. Fuller|W.W. Grainger|A.T. Cross|E.W. Scripps|A.G. Edwards|D.A. Davidson|"
    "A.H. Belo|J.B. Hunt|L.L. Bean|S.C. Johnson|R.J. Reynolds|A.B. Dick|D.R. Horton|"
    "E.F. Hutton|C.H. Robinson|J.W. Mays|A.M. Castle|L.B. Foster|R.G. Barry|W.P. Carey|"
    "H.D. Vest|J.J. Kenny|F.W. Woolworth|S.S. Kresge|A.C. Nielsen|J.D. Power|T.J. Maxx|"
    "A.T. Kearney|D.E. Shaw|J.D. Edwards|J.C. Bradford|D.H. Blair|S.G. Cowen|W.L. Gore|"
    "R.L. Polk|G.D. Searle|T.D. Waterhouse|K.V. Pharmaceutical|E.I. du|H.R. Block|R.H. Macy|"
    "P.T. Barnum|C.E. Unterberg"
    .split("|")
)


# Initials of places, legal forms and degrees, never a person's: "U.S. Steel", "Acme
# N.V.", "Jane Doe, M.D."
_NOT_INITIALS = frozenset("US UK UN EU NV SA DC NY NJ LP PC BV MD MBA MPH RN CPA DDS DVM DMD "
                          "USA LLC LLP PLC SARL".split())
# Initials of a state (AP style) or a legal form that a person may bear too ("N.C. Wyeth",
# "A.G. Lafley"): after a comma or a firm's word they end their sentence ("Charlotte, N.C.",
# "Acme Bank, N.A.", "Siemens A.G.")
_PLACE_OR_FORM = frozenset("NC SC NH NM ND SD RI NA PA AG".split())


def run_together(token: str) -> bool:
    """ "R.J." or "R.J" (before a stop): two to four capitals parted by periods."""
    letters = token[0::2]
    return (3 <= len(token) <= 8 and token[1::2] == "." * (len(token) // 2)
            and 2 <= len(letters) <= 4 and letters.isalpha() and letters.isupper()
            and letters not in _NOT_INITIALS)


def person_name(text: str) -> str | None:
    """``person_name`` that also reads a name with run-together initials, returned as
    printed ("R.J. Smith", "John R.J. Smith")."""
    found = _spaced_person_name(text)
    if found is not None or "." not in text:
        return found
    tokens = text.split()
    # (initials open a name or stand inside it; last, they are a degree: "Jane Doe M.D.")
    spaced = [" ".join(t[0::2]).replace(" ", ". ") + "." if run_together(t) else t
              for t in tokens[:-1]] + tokens[-1:]
    if spaced == tokens or " ".join(tokens[:2]) in _INITIAL_FIRMS:
        return None
    return " ".join(tokens) if _spaced_person_name(" ".join(spaced)) else None


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
