"""Whether a run of words is a person's name ("Alan J. Lacy", "Dr. Wong", "Maria de la
Cruz", 'William "Bill" Smith'), as quotes, contacts and signatures read them.

A word of a firm's name (NOT_NAME) is a surname after a common given name and a middle
initial ("John Q. Public Jr."), unless it ends a firm's or an address's name ("Capital",
"Street").
"""

from __future__ import annotations

from functools import lru_cache

from ..given_names import FIRMS_LIKE_PEOPLE, GIVEN_NAMES
from ..lazy_re import lazy
from .press_patterns import HONORIFICS, NAME_TOKEN, ROLE_WORDS

# Words that make a capitalised run a company or a thing, not a person.
NOT_NAME = frozenset(
    "The Company Corporation Inc Inc. Corp Corp. Group Board Directors Bank Communications "
    "Systems Technologies Technology Network Networks Services Holdings LLC Ltd Ltd. Co Co. "
    "Partners Fund Trust University Association Department Agency Relations Investor Investors "
    "Media Press Today This That These Those We Our It Its Their Solutions Associates "
    "Semiconductor Financial Capital Securities Energy Pharmaceuticals Therapeutics Health "
    "Healthcare Software Industries International Global Labs Laboratories Advisors "
    "Strategies Consulting Public Affairs Worldwide Incorporated Limited Plc Bancorp "
    "Contact Contacts Information Street Avenue Road Suite Drive Companies Medical Brothers "
    "Funds Banco Banca Banque Grupo Groupe Companhia Compania Sociedad Societe Empresas"
    .split()
)
# Spanish firms' words after "y" ("Garcia y Asociados", "Ruiz y Cia"): no surname's "y"
_FIRM_AFTER_Y = frozenset(
    "Asociados Asociadas Associados Abogados Cia Cia. C\u00eda C\u00eda. Compania Compa\u00f1ia "
    "Compa\u00f1\u00eda Hermanos Hnos Hnos. Hijos Socios".split()) | NOT_NAME


# Words inside a name that are no name alone: "Maria de la Cruz", "Jan van der Berg", and
# "St." ("Thomas St. John": only mid-name, where "St. Louis", "St. Jude Medical" cannot be)
_PARTICLES = frozenset(
    "de da di del della dos das du la le van von der den ter ten bin binti bint ibn al y St. "
    "Saint".split())

# A given name run together from two ("MaryAnn", "JoAnn", "LeeAnn", "MaryBeth", "AnnMarie"):
# only these second parts, not any inner capital ("PayPal", "FedEx" are firms)
_COMPOUND_GIVEN = lazy(r"[A-Z][a-z]{1,6}(?:Ann|Anne|Beth|Ellen|Jo|Lee|Lou|Lynn|Mae|Marie|Sue)$")

# Surnames of two letters ("Li Na", "Bo Li", "Yu Xu"): a name of two-letter words only is
# a person's with one of these (not "In Re", "Do So")
_SHORT_SURNAMES = frozenset(
    "Li Wu Xu Hu Lu Yu Ma Fu Qi Mo Ye Yi Ng Ho Lo Au Ip Ko Oh Ly Vo".split())


def name_token(t: str) -> bool:
    """NAME_TOKEN, for accented names too ("Jos\u00e9", "M\u00fcller", "S\u00f8ren"): a letter
    outside ASCII reads as a plain one of its case."""
    if not t.isascii():
        t = "".join(c if c.isascii() else "a" if c.islower() else "A" if c.isupper() else c
                    for c in t)
    return NAME_TOKEN.match(t) is not None or _hyphenated(t)


def _hyphenated(t: str) -> bool:
    """A double-barrelled name whose parts are names NAME_TOKEN takes one at a time only:
    "O'Brien-Smith", "McKenzie-Jones" ("Jean-Pierre" it takes whole)."""
    parts = t.split("-")
    return 1 < len(parts) <= 3 and all(NAME_TOKEN.match(p) and p[-1:] != "." for p in parts)


# A nickname's marks: the opening one, then those that may close it
_NICKNAME_CLOSE = {'"': '"\u201d', "\u201c": '"\u201d', "(": ")"}


def _nickname(t: str) -> bool:
    """ '"Bill"', '\u201cBill\u201d', "(Bob)": a nickname printed inside a name ('William
    "Bill" Smith', "Robert (Bob) Jones"), or both ('William ("Bill") Smith')."""
    if t[:2] in ('("', "(\u201c") and t[-1:] == ")":
        t = t[1:-1]
    close = _NICKNAME_CLOSE.get(t[:1])
    return (close is not None and len(t) > 3 and t[-1] in close
            and NAME_TOKEN.match(t[1:-1]) is not None and t[1:-1] not in NOT_NAME
            and t[1:-1].lower() not in ROLE_WORDS)


def _name_tokens(tokens: list[str], titled: bool = False) -> bool:
    last = len(tokens) - 1
    if not 0 <= last <= 4 or tokens[-1].endswith("'s"):
        # (a possessive: "Contoso Energy's Chief Operating Officer, Rachel Green")
        return False
    if tokens[0] == "Saint" and not titled:
        # opening the words, a firm's or a place's ("Saint Gobain", "Saint Paul"); last or
        # inside, a surname's ("Eva Marie Saint", "Marie Saint Pierre")
        return False
    match = NAME_TOKEN.match  # (a local: the loop runs once a token)
    # a token with lower case after its capital: "Lacy", "McDonald", "O'Neil", "Smith-Jones";
    # not only initials, "II" "IV" or capitals ("IBM", "NCR" are firms); after a title two
    # letters do ("Mr. Li", "Ms. Ng")
    lower_case = False
    shortest = 2 if titled else 3
    for k, t in enumerate(tokens):
        if (
            not (match(t) or ((not t.isascii() or "-" in t) and name_token(t)))
            or t in NOT_NAME
            or t.lower().rstrip(".") in ROLE_WORDS
        ) and not (0 < k < last and (_particle(t, tokens[k + 1]) or _nickname(t) or _bare_initial(
                t, tokens[k - 1]))) and not (k < last and _COMPOUND_GIVEN.match(t)) and not (
                k > 1 and _initialled_surname(tokens, k)):
            return False
        if not lower_case:
            lower_case = (len(t) >= shortest and t[1:] != t[1:].upper()) or t in _SHORT_SURNAMES
    return lower_case


# Words of NOT_NAME that end a firm's or an address's name even after a given name and an
# initial ("Thomas H. Lee Partners", "John F. Kennedy Boulevard"): never a surname there
_FIRM_FORMS = frozenset(
    "The Company Corporation Inc Inc. Corp Corp. Group Board Directors Holdings LLC Ltd Ltd. "
    "Co Co. Partners Fund Funds Trust Associates Incorporated Limited Plc Bancorp Companies "
    "Brothers Securities Advisors Industries Laboratories Labs Services Solutions Systems "
    "Street Avenue Road Suite Drive This That These Those We Our It Its Their Contact "
    "Contacts Information Relations Today Bank Banco Banca Banque Capital Financial Network "
    "Networks Technologies Technology Communications Semiconductor Pharmaceuticals "
    "Therapeutics Software International Global Worldwide Consulting Strategies Department "
    "Agency University Association Grupo Groupe Companhia Compania Sociedad Societe Empresas "
    "Healthcare Medical Energy Investor Investors Limited".split())
_SUFFIXES = frozenset("Jr. Jr Sr. Sr II III IV".split())


def _initialled_surname(tokens: list[str], k: int) -> bool:
    """A word of NOT_NAME as the surname after a common given name and a middle initial
    ("John Q. Public", "John Q. Public Jr."): the initial makes it a person's name, unless
    the word ends a firm's or an address's name ("Thomas H. Lee Partners" has no initial
    before "Partners")."""
    t = tokens[k]
    given, initial = tokens[k - 2], tokens[k - 1]
    return (k == len(tokens) - 1 or (k == len(tokens) - 2 and tokens[-1] in _SUFFIXES)) and (
        t in NOT_NAME and t not in _FIRM_FORMS and t[1:].islower() and len(initial) == 2
        and initial[1] == "." and initial[0].isupper() and given[1:].islower()
        and given.lower() in GIVEN_NAMES)


def _particle(t: str, after: str) -> bool:
    """A particle inside a name; "y" only before a surname ("Jose Ortega y Gasset", not
    "Garcia y Asociados")."""
    return t in _PARTICLES and (t != "y" or after not in _FIRM_AFTER_Y)


def _bare_initial(t: str, before: str) -> bool:
    """A middle initial printed without its stop ("John F Smith"), after a common given name
    only ("Class A Common", "Series B Preferred" are no names)."""
    return len(t) == 1 and t.isupper() and before.lower() in GIVEN_NAMES


# Quotes, contacts and signatures ask again about the same strings, within a release ("CTC
# Communications" six times) and across filings (" President", "Chief Financial Officer"):
# a small cache answers the repeats.
@lru_cache(maxsize=256)
def person_name(text: str) -> str | None:
    """The text as a personal name ("Alan J. Lacy", "Dr. Wong"), or None.

    An honorific needs one more token ("Mr. Stern"), otherwise two are needed ("Apple" and
    "Fabbricatore" alone are not names here; ``parse_who`` resolves surnames).
    """
    if text in FIRMS_LIKE_PEOPLE:
        return None
    tokens = text.replace("\u2019", "'").split()
    if tokens and tokens[0] in HONORIFICS and len(tokens) > 1:
        return " ".join(tokens) if _name_tokens(tokens[1:], True) else None
    if len(tokens) > 1 and (_name_tokens(tokens) or _capital_surname(tokens)):
        return " ".join(tokens)
    return None


def _capital_surname(tokens: list[str]) -> bool:
    """Common given names in mixed case (maybe an initial), then the surname in capitals,
    as European releases and some 1990s ones print it ("John McDONALD", "Jean-Pierre
    DUPONT", "Mary A. O'NEIL"): the words read cased ("USA", "LLC" stay no surname)."""
    last = tokens[-1]
    if not (len(last) > 2 and last[-1].isupper() and last.replace("-", "").replace(
            "'", "").isalpha()) or last in _NOT_INITIALS:
        return False
    # (given names and initials only before it: "Brian Kowalski ICR" is a name and a firm)
    if not all(_given_or_initial(t) for t in tokens[:-1]):
        return False
    return _name_tokens(tokens[:-1] + [cased(last)])


def _given_or_initial(token: str) -> bool:
    """ "John", "Jean-Pierre" (a common given name in mixed case) or "A." (an initial)."""
    given = token.split("-", 1)[0]
    return (len(token) == 2 and token[1] == "." and token[0].isupper()) or (
        given[1:].islower() and given.lower() in GIVEN_NAMES)


def cased(word: str) -> str:
    """A surname in capitals cased as mixed-case text prints it: "DUPONT" -> "Dupont",
    "McDONALD" -> "McDonald", "O'NEIL" -> "O'Neil", "SMITH-JONES" -> "Smith-Jones"."""
    return "-".join(_cased_part(p) for p in word.split("-"))


def _cased_part(part: str) -> str:
    if len(part) > 3 and part[:2].upper() in ("MC", "O'"):
        return part[0] + part[1].lower() + part[2] + part[3:].lower()
    if part[:3] == "Mac" and part[3:].isupper():
        return part[:4] + part[4:].lower()
    return part[0] + part[1:].lower()


# Firms named after their founders' initials ("J.P. Morgan", "H.J. Heinz"): their first two
# words, which read as a person's name with initials run together
INITIAL_FIRMS = frozenset(
    "J.P. Morgan|J.C. Penney|W.R. Grace|H.J. Heinz|R.R. Donnelley|A.O. Smith|J.M. Smucker|"
    "C.R. Bard|H.B. Fuller|W.W. Grainger|A.T. Cross|E.W. Scripps|A.G. Edwards|D.A. Davidson|"
    "A.H. Belo|J.B. Hunt|L.L. Bean|S.C. Johnson|R.J. Reynolds|A.B. Dick|D.R. Horton|"
    "E.F. Hutton|C.H. Robinson|J.W. Mays|A.M. Castle|L.B. Foster|R.G. Barry|W.P. Carey|"
    "H.D. Vest|J.J. Kenny|F.W. Woolworth|S.S. Kresge|A.C. Nielsen|J.D. Power|T.J. Maxx|"
    "A.T. Kearney|D.E. Shaw|J.D. Edwards|J.C. Bradford|D.H. Blair|S.G. Cowen|W.L. Gore|"
    "R.L. Polk|G.D. Searle|T.D. Waterhouse|K.V. Pharmaceutical|E.I. du|H.R. Block|R.H. Macy|"
    "P.T. Barnum|C.E. Unterberg|B.F. Goodrich|L.A. Gear|R.H. Donnelley|H.F. Ahmanson|"
    "J.H. Cohn|A.G. Becker|H.C. Wainwright|C.L. King|W.R. Hambrecht|L.F. Rothschild|"
    "S.G. Warburg|E.M. Warburg|B.C. Ziegler|J.C. Flowers|T.H. Lee|J.W. Childs|L.S. Starrett|"
    "J.J.B. Hilliard|W.L. Lyons|F.S. Moseley|R.F. Lafferty|J.F. Lehman"
    .split("|")
)  # (a closed list: a firm of initials missing from it still reads as a person)
# Initials of places, legal forms, degrees, titles, addresses and accounts, never a
# person's: "U.S. Steel", "Acme N.V.", "Jane Doe, M.D.", "V.P. Finance", "S.V.P. Sales",
# "P.O. Box", "N.W. Washington", "N.A. Trustee", "J.D. Candidate", "I.R.A. Custodian"
_NOT_INITIALS = frozenset("US UK UN EU NV SA DC NY NJ LP PC BV MD MBA MPH RN CPA DDS DVM DMD "
                          "USA LLC LLP PLC SARL VP SVP EVP AVP CEO CFO COO CTO CIO PO RR RFD "
                          "NA FSB FNB NW NE SW SE JD LLB LLM PHD IRA SEP UTMA UGMA FBO DBA AKA "
                          "FKA NKA".split())
# Words of a job or an account, after initials a title's ("V.P. Finance", "E.V.P.
# Operations", "N.A. Trustee", "I.R.A. Custodian"), never a surname
_JOB_WORDS = frozenset(
    "finance operations trustee custodian marketing sales controller administration "
    "accounting engineering manufacturing legal treasury tax human research development "
    "planning candidate box drawer".split()) | ROLE_WORDS


def run_together(token: str) -> bool:
    """ "R.J." or "R.J" (before a stop): two to four capitals parted by periods."""
    letters = token[0::2]
    return (3 <= len(token) <= 8 and token[1::2] == "." * (len(token) // 2)
            and 2 <= len(letters) <= 4 and letters.isalpha() and letters.isupper()
            and letters not in _NOT_INITIALS)


def initialled_name(text: str) -> str | None:
    """``person_name`` that also reads initials typed together ("R.J. Smith", "John R.J.
    Smith", as releases and signature blocks of every decade print them): the initials
    are spaced for the test and the name kept as printed. Firms named after their founders'
    initials ("J.P. Morgan") stay firms; initials last are a degree ("Jane Doe M.D."), and
    initials before a job word a title ("V.P. Finance")."""
    found = person_name(text)
    if found is not None or "." not in text:
        return found
    tokens = text.split()
    spaced = [" ".join(t[0::2]).replace(" ", ". ") + "." if run_together(t) else t
              for t in tokens[:-1]] + tokens[-1:]
    if spaced == tokens or " ".join(tokens[:2]) in INITIAL_FIRMS:
        return None
    if any(t != s and after.lower().rstrip(".,") in _JOB_WORDS
           for t, s, after in zip(tokens[:-1], spaced[:-1], tokens[1:], strict=True)):
        return None  # initials before a job word: a title's ("V.P. Finance")
    return " ".join(tokens) if person_name(" ".join(spaced)) else None


def strip_honorific(name: str) -> str:
    tokens = name.split()
    return " ".join(tokens[1:]) if len(tokens) > 2 and tokens[0] in HONORIFICS else name
