"""Vocabulary of contact blocks shared by the press_contact_* readers: the words and
patterns that tell a contact's job, department or firm, and the block's own markers."""

from __future__ import annotations

from collections.abc import Callable

from ..given_names import GIVEN_NAMES
from ..lazy_re import lazy
from ..places import CITIES
from .press_patterns import DATE, DAY_DATE, ROLE_WORDS, US_STATES

# Whether the block is typed in capitals, asked only where a line in capitals could be a name
# (worked out on first asking: most blocks never ask)
Capitals = Callable[[], bool]


def never() -> bool:
    return False


GAP = lazy(r"\t+| {3,}")
DIGIT = lazy(r"\d")
# A group's label: "Investors", "Media Inquiries" (see press_contact_columns)
GROUP = (
    r"(?:investors?|media|analysts?|press|shareholders?|stockholders?|financial[ \t]+community"
    r"|(?:investor|media|press|public|shareholder)[ \t]+(?:relations|contacts?|[ei]nquiries))"
    r"(?:[ \t]+(?:contacts?|[ei]nquiries))?"
)
# "..., both of Acme Corp.": the organisation of everyone the line names (or in capitals:
# "..., BOTH OF ACME CORP."; PR Newswire's "..., both for Acme Corp." as one names it, not
# "both for media inquiries"); closing the line, or the people before a "; or" that names
# another ("..., both for Acme Corp.; or John Roe, 212-...": the match ends at John, whose
# text is the caller's to read on)
ALL_OF = lazy(r",?(?<![ \t])[ \t]+(?:both|all|BOTH|ALL)[ \t]+"
              r"(?:of|at|OF|AT|(?:for|FOR)(?=[ \t]+[A-Z]))[ \t]+(?P<org>[^;]{2,80})"
              r"(?:$|;[ \t]*+(?=(?:or|OR)[ \t]+[A-Z]))")
# A postal address inside a contact block: "3545 North First Street", "San Jose, CA 95134".
ADDRESS = lazy(
    r"\b\d{1,6}[ \t]+(?:[A-Z][\w.]*[ \t]+){1,4}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Drive"
    r"|Boulevard|Blvd\.?|Lane|Way|Parkway|Pkwy\.?|Place|Court|Plaza)(?![\w])"
    r"|\b[A-Z][A-Za-z.]*(?:[ \t][A-Z][A-Za-z.]*)?,[ \t]*[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?\b"
)
# Role headings with no colon, side by side over contact columns (a table's heading row):
# "Investor Relations<TAB>Media", "INVESTORS      MEDIA". Alone on a line such words are a
# contact's job ("Investor Relations" under a name), so a row needs two.
BARE_ROLE = (
    r"(?i:(?:investor|media|press|public|analyst|shareholder)s?[ \t]+(?:relations|[ei]nquiries"
    r"|contacts?)|investors?|media|press|analysts?)"
)
ROLE_ROW = lazy(rf"^[ \t]*{BARE_ROLE}(?:(?:\t|[ ]{{3}})[ \t]*{BARE_ROLE})+[ \t]*$")
BARE_ROLE_ONLY = lazy(rf"{BARE_ROLE}$")
# A group headed by where its people work: "AT THE COMPANY:", "AT FINANCIAL RELATIONS
# BOARD:", "At Lippert/Heilshorn & Associates:", "At the Company:" (1990s-2000s, often
# side by side)
AT_GROUP = lazy(
    r"[ \t]*(?i:at)[ \t]+(?P<firm>(?:the[ \t]+)?[A-Z][^:\n]{1,60}?)[ \t]*:[ \t]*$")
_ISSUER_WORDS = frozenset("company corporation registrant bank partnership trust fund".split())
# The issuer's group under the contacts, as "Investors:" is the investors': "Company:", "The
# Company:", "CORPORATION:" (its people, no firm called "Company"; a firm may follow)
ISSUER_LABEL = lazy(r"(?P<label>(?:(?i:the)[ \t]+)?(?i:company|corporation))[ \t]*:[ \t]*")


def at_group_firm(cell: str) -> str | None:
    """The firm an AT_GROUP label names; "" for the issuer ("AT THE COMPANY:"), None when
    the cell is no such label."""
    m = AT_GROUP.match(cell) if cell[:3].strip().lower() == "at" else None
    if m is None:
        return None
    firm = m.group("firm")
    if firm[:4] == "the ":
        firm = "The" + firm[3:]  # "At the Financial Relations Board:"
    words = firm.lower().split()
    return "" if words[-1] in _ISSUER_WORDS and len(words) <= 2 else firm


# PR Newswire trailer: "/CONTACT:  Mike Craighead, VP/Chief Financial Officer of Pericom,
# +1-408-435-0800/" - one comma-separated record, wrapped, closed by a slash.
SLASH_HEADING = lazy(r"^[ \t]*/(?i:contact)[ \t]*:")
# PR Newswire's line after it: "/Web site:  http://www.acme.com /" (the issuer's site)
WEB_SITE_TRAILER = lazy(
    r"[ \t]*/(?i:web[ \t]?site)[ \t]*:[ \t]*(?P<url>[^ \t/]\S{2,150}?)[ \t]*+/?[ \t]*+$")
# "For further information, please contact Jane Doe, Treasurer, at (303) 555-0100." - one
# sentence, wrapped over its paragraph's lines; also worded "please call" or "telephone"
# ("For more information, please call Jane Doe at (212) 555-1234."), or with its topic
# before a comma ("For more information about Acme, contact Jane Doe ..."). Only a person's
# name after it makes a contact: "call 1-800-..." and "call the Company" name no one.
RUN_IN_SENTENCE = (
    r"(?i:for[ \t]+(?:more|further|additional)[ \t]+information"
    r"(?:[ \t]+(?:about|on|regarding|concerning)[ \t]+[^,.;:\n]{1,80},|,?)"
    r"[ \t]+(?:please[ \t]+)?(?:contact|call|(?:tele)?phone))"
)
# A call sentence's number printed before the person's name, the words between saying so:
# "call (212) 555-0100 and ask for Jane Doe", "... to reach Jane Doe", "... to speak with
# Jane Doe", "..., attention: Jane Doe", "(212) 555-0100 (Jane Doe)" (a capital after them;
# the sentence's reader tells a person's name there: "and ask for Customer Service" names
# no one)
NUMBER_THEN_NAME = (
    r"[(+\d][\d() .+/-]{6,24}\d(?:[ \t]*+(?:x|ext\.?)[ \t]*+\d{1,6})?"
    r"(?:[ \t]*+,?[ \t]*+(?:and[ \t]+ask[ \t]+for|to[ \t]+(?:reach|speak[ \t]+(?:with|to))"
    r"|(?i:attention|attn\.?)[ \t]*+:?)[ \t]++|[ \t]*+\()(?=[A-Z])"
)
NUMBER_NAME = lazy(NUMBER_THEN_NAME)
# "contact us at (212) 555-0100, Jane Doe": "us" at a number or an e-mail (perhaps both:
# "... 555-0100 or ir@acme.com, Jane Doe"), the person's name after a comma (the sentence's
# reader tells a number or an e-mail before it, and a person's name after it); or the fields
# running to the line's end, the sentence wrapped onto the next line ("Please contact us at
# (201) 628-2275 or" / "bmcd@unioncamp.com, Brian McDermott.": group "wrap", no stop
# before the end; the person told from the paragraph's lines joined), or the line ending on
# its "at" ("Please contact us at" / "(201) 628-2275, Brian McDermott.": group "wrap" empty)
US_AT_NUMBER = (
    r"(?i:us[ \t]+at)(?:[ \t]+"
    r"(?=[(+\d]|[A-Za-z0-9][\w.+-]{0,63}@)[^,;\n]{5,120}?"
    r"(?:,[ \t]*+[A-Z]|(?P<wrap>(?<![.!?\s]),?[ \t]*+$))"
    r"|[ \t]*+(?P<bare_at>$))")
US_AT = lazy(US_AT_NUMBER)
SENTENCE_HEADING = lazy(
    rf"^[ \t]*{RUN_IN_SENTENCE}[ \t]+(?=[A-Z]|{NUMBER_THEN_NAME}|{US_AT_NUMBER})")
# A company's legal form closing a contact cell: "Acme Corp.", "Stapleton Communications Inc."
# (not a department such as "Corporate Communications", which is part of a role)
ENTITY_END = lazy(
    r"(?i:\b(?:inc|corp|corporation|company|co|llc|ltd|limited|plc|l\.?p|n\.[va]|s\.a|ag|gmbh)"
    r"\b\.?)$"
)
# A table's period columns ("Three Months Ended", "Quarter ended"): a statement's heading, or
# a letterhead's caption over a date beside a contact ("Contact: Jane Doe <gap> Quarter
# ended"), no one's firm or job
PERIOD_HEAD = lazy(r"(?i:(?:months|weeks|quarters?|years?|periods?)[ \t]++ended\b)")
# A date alone in a cell ("July 3, 2004", "3 March 2015"): a letterhead's, under its caption
DATE_CELL = lazy(rf"[ \t]*+(?:{DATE}|{DAY_DATE})[ \t]*+$")
DEPARTMENT = lazy(
    r"[ \t]*(?i:investor|media|public|press|shareholder|stockholder|corporate|financial)[ \t]+"
    r"(?i:relations|communications|affairs)"
    # ("Investor Relations Department", "Corporate Communications Office": the same desk)
    r"(?:[ \t]+(?i:department|dept\.?|office))?[ \t]*$"
)
# Jobs the shared ROLE_WORDS lack, and the words departments are made of (a contact's
# "role" when printed alone: "Jane Doe, Finance", "Investor Relations and Communications",
# "Finance and Administration")
JOB_WORDS = ROLE_WORDS | frozenset(
    "controller comptroller coordinator specialist representative administrator supervisor"
    " consultant advisor adviser associate assistant asst sr exec account".split()
)  # ("account": an agency's "Account Executive", "Account Supervisor")
# Job words that only qualify another ("Chief", "Financial", "Senior"): a line holding none
# but these is a job only when it is all job words ("Chief Executive"), not "Financial
# Dynamics" or "The Financial Relations Board", a firm.
JOB_HEADS = JOB_WORDS - frozenset(
    "vice chief executive financial operating technology senior managing general lead sr exec"
    " account".split()
)
DEPARTMENT_WORDS = frozenset(
    "investor investors relations media press public corporate communications communication"
    " marketing affairs finance financial accounting treasury sales ir pr external internal"
    " strategic global government legal operations business development administration"
    " and of & the".split()
) | {""}
# Small words inside a firm's name ("Bank of America", "Pacific Gas and Electric")
FIRM_JOINERS = frozenset(("of", "and", "&", "de", "du"))
ORG_WORDS = lazy(
    r"(?i:\b(?:inc|corp|corporation|company|co|llc|ltd|group|communications|partners|associates"
    r"|holdings)\b)"
)
# Investor and press relations firms named after their founders, which read as a person's
# name: "Joele Frank, Wilkinson Brimmer Katcher", "Abernathy MacGregor Group" (the firm, no one
# to call by that name)
PERSON_NAMED_FIRMS = frozenset((
    "joele frank", "abernathy macgregor", "sard verbinnen", "lippert heilshorn",
    "morgen walke", "fleishman hillard", "weber shandwick", "burson marsteller",
    "hill knowlton", "dewe rogerson", "dukas linden", "kreab gavin", "cohn wolfe",
    "gavin anderson", "financial dynamics", "ruder finn", "pondel wilkinson",
))
_FIRM_ENDINGS = tuple(" " + f for f in PERSON_NAMED_FIRMS)  # "Citigate Dewe Rogerson"
# ... and those of one word, a firm only when printed alone ("Edelman:", not "Jane Edelman")
_ONE_WORD_FIRMS = frozenset("kekst edelman georgeson brunswick sitrick".split())
# Nouns that end a company's name and no person's, which person_name lets by ("Zenith
# Instruments" under a contact's name is the firm, not a second person)
FIRM_NOUNS = frozenset(
    "instruments resources products electronics devices materials minerals mining petroleum"
    " realty properties insurance bancshares entertainment restaurants stores pharma"
    " biosciences sciences dynamics medical biotech brands foods motors airlines"
    " biopharmaceuticals diagnostics robotics logistics aerospace automotive utilities"
    " enterprises ventures investments".split()
)
# Nouns that end the name of a body no person is named after (contacts only: "FannieMae
# Foundation", "Brookings Institution" over a name are its organisation, no contact)
_BODY_NOUNS = frozenset(
    "foundation foundations institute institution society council college hospital clinic"
    " alliance studios chemicals telecom wireless hotels farms".split()
)
# Words opening a department's, segment's or industry's name before such a noun, no firm's:
# "Human Resources:", "Consumer Products:", "Life Sciences:", "Healthcare Investments:"
_SEGMENT_LEADS = frozenset(
    "human consumer life health healthcare medical industrial commercial retail natural"
    " energy specialty personal home real oil gas mortgage information digital mobile"
    " enterprise electronic defense food agricultural performance private institutional"
    " residential municipal network".split()
) | DEPARTMENT_WORDS
SEGMENT_LEADS = _SEGMENT_LEADS


# A segment's or industry's one word, no firm's name alone: "Electronics:", "Software:"
_SEGMENT_WORDS = FIRM_NOUNS | frozenset(
    "software semiconductors pharmaceuticals chemicals healthcare energy".split())


def segment_name(name: str) -> bool:
    """Whether a name reads as a department's or segment's ("Human Resources", "Consumer
    Products", "Life Sciences", "Electronics"), no person's nor firm's ("Financial
    Dynamics")."""
    words = _firm_words(name)
    if len(words) == 1:
        return words[0] in _SEGMENT_WORDS
    return len(words) > 1 and words[-1] in FIRM_NOUNS and words[0] in _SEGMENT_LEADS and (
        not _listed(words))


def person_named_firm(name: str) -> bool:
    """Whether a name is, or ends in, a relations firm's founders' names ("Joele Frank",
    "Citigate Dewe Rogerson", "Hill & Knowlton") or is a name ending in a firm's noun
    ("Zenith Instruments"; not a segment's, "Consumer Products", nor one word)."""
    words = _firm_words(name)
    if len(words) < 2:
        return bool(words) and words[0] in _ONE_WORD_FIRMS
    return _listed(words) or (words[-1] in _BODY_NOUNS and not given_and_body(name)) or (
        words[-1] in FIRM_NOUNS and words[0] not in _SEGMENT_LEADS and not _personal(name))


def given_and_body(name: str) -> bool:
    """Whether a name is a given name and a body's noun ("Morgan Institute", "John Council"):
    a person's or the firm's by where it stands (over a name the firm, with a phone a
    person); "Hoover Institution" and "Acme Community Foundation" are firms anywhere."""
    words = _firm_words(name)
    return len(words) == 2 and words[1] in _BODY_NOUNS and words[0] in GIVEN_NAMES


_TITLED = frozenset(("Mr.", "Ms.", "Mrs.", "Mr", "Ms", "Mrs", "Mme.", "Miss"))


def _personal(name: str) -> bool:
    """Whether a name ending in a firm's noun prints what only a person's has: a middle
    initial after a full first name ("John A. Brands"); "Zenith Instruments" has none, nor
    have firms named for their founders ("J. Crew Products", "A. O. Smith Products", "Mrs.
    Fields Famous Brands", "Dr Pepper Brands")."""
    tokens = name.split()
    if tokens and tokens[0] in _TITLED and len(tokens) == 3:
        return True  # "Mr. John Brands": a title and two names is a person ("Dr Pepper Brands",
        # no "Dr"; "Mrs. Fields Famous Brands": four words)
    return len(tokens) >= 3 and tokens[0].isalpha() and len(tokens[0]) > 1 and any(
        len(t) == 2 and t[1] == "." and t[0].isupper() for t in tokens[1:-1])




def titled_firm(name: str, above: str = "") -> bool:
    """Whether a titled two-word "name" ends in a firm's noun ("Mrs. Fields Products", "Mr.
    Coffee Brands"): a person's where one is expected, a firm's under a person named (not
    under one titled too: "Ms. Jane Doe" / "Mr. John Brands" are two people)."""
    tokens = name.split()
    return len(tokens) == 3 and tokens[0] in _TITLED and tokens[2].lower() in FIRM_NOUNS and (
        above.split(" ", 1)[0] not in _TITLED)


def _firm_words(name: str) -> list[str]:
    """A name's words in lower case, without its "&" or "and" ("Hill & Knowlton")."""
    low = name.lower().replace("-", " ").replace("/", " ").rstrip(".,:")
    if "&" not in low and "and" not in low:
        return low.split()
    return [w for w in low.split() if w not in ("&", "and")]


def _listed(words: list[str]) -> bool:
    low = " ".join(words)
    return low in PERSON_NAMED_FIRMS or low.endswith(_FIRM_ENDINGS)


# Words naming whom a contact serves, their desk or their degree, no firm: "Reporters: Jane
# Doe", "Jane Doe<br>Investors", "Jane Doe<br>PhD" (see also JOB_WORDS, DEPARTMENT_WORDS)
DESK_WORDS = frozenset(
    "reporters editors editorial journalists analysts analyst investors investor shareholders"
    " stockholders customers consumers employees press media inquiries enquiries contact"
    " contacts headquarters hq office offices desk team bureau division region phd ph.d md cpa"
    " cfa esq jr sr ii iii attention note".split()
)
# A phone's label, no person's name: "Toll Free", "Main Line", "Voice Mail", "After Hours"
# (an HTML cell's "<br>Toll Free (800) 555-0199" under its person)
PHONE_LABEL_WORDS = frozenset(
    "toll free main line voice mail after hours number desk sales office direct dial mobile"
    " cell cellular home work fax tel telephone phone switchboard pager hotline evenings"
    " weekends facsimile telecopier telecopy station".split()
)
# Words that open a place's name, no person's ("New York", "San Antonio", "United Kingdom")
_PLACE_LEADS = frozenset("new san los las santa st st. saint fort ft. palo united".split())
_PLACES = frozenset(("hong kong", "great britain", "puerto rico", "tel aviv"))
# States' names that are people's names too ("Jane Washington", "Bob Conn")
_STATE_SURNAMES = frozenset(
    "washington wash virginia georgia carolina conn mass del ind india china israel france"
    " montana dakota tennessee".split()
)


def place_like(words: list[str]) -> bool:
    """Whether a cell's words name a place, no person: "New York", "San Antonio", "Austin
    Texas", "Palo Alto CA" (a first word that opens places, or a state or country last)."""
    if not words:
        return False
    low = [w.strip(".,:").lower() for w in words]
    if low[0] in _PLACE_LEADS or " ".join(low) in US_STATES or " ".join(low) in _PLACES:
        return True
    last = words[-1].strip(".,:")
    if len(last) == 2:
        return last.isupper() and low[-1] in US_STATES  # "CA", not "in" or "Al"
    return low[-1] in US_STATES and low[-1] not in _STATE_SURNAMES


# Words of a region's name ("Asia Pacific", "North America", "U.S.", "EMEA")
REGIONS = frozenset(
    "u.s. us u.s usa u.s.a. uk u.k. eu emea apac latam asia europe european americas america"
    " american north south east west northern southern eastern western central greater latin"
    " pacific china japan india canada germany france australia africa middle nordic"
    " international global worldwide domestic regional".split()
)


_REGION_JOINERS = frozenset(("and", "&", "AND"))


def regions_joined(label: str) -> bool:
    """Whether a label names regions joined by "and", "&", commas, a dash or a slash, each
    word capitalised ("Middle East and Africa", "Europe, Middle East & Africa",
    "Asia-Pacific", "Americas/Europe"): a region's heading, no firm or person."""
    words = label.replace(",", " ").replace("-", " ").replace("/", " ").split()
    if not 1 < len(words) <= 8 or words[0] in _REGION_JOINERS or words[-1] in _REGION_JOINERS:
        return False
    return all(w in _REGION_JOINERS or (w[0].isupper() and w.lower() in REGIONS)
               for w in words)


def place_words(words: list[str]) -> int:
    """How many of the first words name a place or a region: 2 of "New York Office", 1 of
    "Japan Tobacco", 2 of "Asia Pacific", 0 of "Zenith Instruments"."""
    low = [w.strip(",:").lower() for w in words]
    if not low:
        return 0
    if low[0] in _PLACE_LEADS:
        return min(2, len(low))  # "New York", "San Antonio", "United Kingdom"
    for k in (3, 2):
        if len(low) >= k and " ".join(low[:k]) in _PLACES | US_STATES:
            return k  # "Hong Kong", "North Carolina"
    n = 0
    while n < len(low) and low[n] in REGIONS:
        n += 1
    if n == 0 and (low[0] in CITIES or (len(low[0]) > 2 or words[0].isupper()) and (
            place_like(words[:1]))):
        n = 1  # "Texas", "CA", "London"
    return n
