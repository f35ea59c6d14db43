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
    "H.D. Vest|J.J. Kenny|F.W. Woolworth|S.S. Kresge|A.C. Nielsen|J.D. Power|T.J. Maxx"
    .split("|")
)


# Initials of places, legal forms and degrees, never a person's: "U.S. Steel", "Acme
# N.V.", "Jane Doe, M.D."
_NOT_INITIALS = frozenset("US UK UN EU NV SA DC NY NJ LP PC BV MD MBA MPH RN CPA DDS DVM DMD"
                          .split())


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
