"""Who said a quote: the speaker's name and role read from an attribution's words.

``parse_who`` takes the words of an attribution ("said Jane Doe, CEO of Acme", "Acme
Chairman John Smith", "Smith, the company's chairman,") and returns (name, role); a bare
surname comes back to be resolved against the full names printed earlier (press_quotes).
``clean_role`` trims what follows a name to the job: ages, degrees, possessives, when and
how the quote was given, relative clauses. Split from press_quotes, which finds the quotes
and their attributions.
"""

from __future__ import annotations

import re

from ..given_names import GIVEN_NAMES, given_or_short
from ..lazy_re import lazy
from ..places import CITIES
from ..values import US_STATES, state_code
from .person_names import NOT_NAME, name_token
from .press_contact_vocab import ENTITY_END, ORG_WORDS
from .press_patterns import HONORIFICS, POSSESSIVE_PREFIX, PRONOUNS, ROLE_WORDS
from .press_quote_firm_of import firm_at_end, name_firm_rest
from .press_quote_forms import FIRM_TAIL, dotted_form, job_of_firm_name
from .press_quote_initials import initials_of_name, person_name
from .press_quote_roles import (
    articled_job,
    unbracketed,
    without_clause,
    without_firm_description,
    without_joined_aside,
    without_next_appointee,
    without_person_aside,
    without_second_party,
)
from .press_text import more_words, normalise

# A company name glued to a person's: "J. Nelson Westell Inc., President and COO" (1999).
ORG_SUFFIX = frozenset("Inc Inc. Corp Corp. Ltd Ltd. LLC Co Co. Company Corporation Plc".split())
_MAX_WHO_WORDS = 30
# What may follow a name after its comma and is no role: "Jr." (kept with the name), "Ph.D."
# (or "Jr." with no comma before the role: "said John Smith, Jr. President of Acme"; not
# "Sr.", which opens a job too: "Jane Doe, Sr. Vice President")
_NAME_SUFFIX = lazy(r"([ \t]*+(?:Jr|Sr|JR|SR)\.?|[ \t]*+(?:II|III|IV))(?:[ \t]*+(?:,|$)"
                    r"|(?<=Jr\.)[ \t]++(?=[A-Za-z]))")
_DEGREE = (r"(?:Ph\.?[ \t]?D\.?|M\.?D\.?|CPA|CFA|Esq\.?|J\.?D\.?|M\.?B\.?A\.?|D\.?V\.?M\.?"
           r"|M\.?P\.?H\.?|Pharm\.?[ \t]?D\.?|D\.?Phil\.?"
           # (a dentist's, nurse's, engineer's or surgeon's: "Jane Doe, D.D.S.,", "John
           # Smith, P.E.,", "Jane Doe, RN,", "John Smith, FACS,"; also "CPA, CMA,")
           r"|D\.?D\.?S\.?|D\.?M\.?D\.?|R\.?N\.?|P\.?E\.?|FAC[SPC]|CMA|CFP)")
_CREDENTIALS = lazy(rf"^(?:[ \t]*{_DEGREE}[ \t]*(?:,|$)){{1,3}}")
# Degrees printed after a name with no comma: "Jane Doe M.D., Chief Medical Officer"; only
# the dotted or unambiguous ones, a bare "MD" being a managing director's title too ("John
# Smith MD, Acme UK")
DEGREE_DOTTED = (r"(?:Ph\.?[ \t]?D\.?|M\.D\.|CPA|CFA|Esq\.?|J\.D\.|MBA|M\.B\.A\.|D\.?V\.?M\.?"
                  r"|MPH|M\.P\.H\.|Pharm\.?[ \t]?D\.?|D\.Phil\.)")
# A photo's note after a name: "Jane Doe (pictured), CEO", "said John Smith (pictured left)"
PICTURED = (r"\((?:pictured|photo|photographed|shown|left|right|cent(?:er|re)|above|below)"
             r"\b[^()\n]{0,30}\)")
_PICTURED_NOTE = lazy(rf"[ \t]*{PICTURED}")
# An officer's retired rank after the name, before its comma: "Gen. John Smith (Ret.),
# Chairman" (after a job it is the job's: "Chairman (Ret.)")
_RETIRED_NOTE = lazy(r"[ \t]*+\((?:[Rr]et\.?|[Rr]etired)\)")
# ... or the service's, after the comma: "Adm. John Smith, USN (Ret.), Chairman", "Gen. Jane
# Doe, U.S. Army (Retired), Director"
_BRANCH_RETIRED = lazy(r",[ \t]*+(?:US(?:N|A|AF|MC|CG)|U\.S\.[ \t]++(?:Navy|Army"
                       r"|Air[ \t]++Force|Marine[ \t]++Corps|Coast[ \t]++Guard))"
                       r"[ \t]*+\((?:[Rr]et\.?|[Rr]etired)\)")
_DEGREE_TAIL = lazy(rf"(?<![ \t])(?:[ \t]+{DEGREE_DOTTED}){{1,2}}$")  # (one start per run)
_DEGREE_AFTER = lazy(rf"^(?:[ \t]*{DEGREE_DOTTED}[ \t]*(?:,|$)){{1,3}}")
# A clause before the speaker's name: a capital word, then a lower-case one ("Commenting on
# the results", "In a statement", "Speaking at the meeting"), never a name
# or a participle ("Looking ahead", "Addressing shareholders", "In announcing the results")
_LEAD_CLAUSE = lazy(r"[A-Z][a-z]+[ \t]+(?:on|about|at|in|to|for|of|upon|a|an|the|with)\b"
                    r"|(?:In[ \t]+[a-z]+|[A-Z][a-z]+)ing[ \t]+[a-z]"
                    # ... or only lower-case words after it: "In addition", "In his remarks",
                    # "With respect to the merger", "Also commenting" (not "In its opinion":
                    # an entity's, see _clause_subject)
                    r"|[A-Z][a-z]+(?:[ \t]++(?!its\b|their\b)[a-z]++)++$"
                    # ... or one word: "Commenting, John Smith, Chief Executive, said:"
                    r"|(?:Commenting|Speaking|Responding|Separately|Additionally|Meanwhile"
                    r"|Furthermore|Finally|Similarly|Likewise|Moreover|Further|Later|Lastly"
                    r"|However|Also)$")
# "the Bank's President" / "the company's CEO" / "its CEO" -> "President" / "CEO" / "CEO"
_THE_POSSESSIVE = lazy(
    r"^(?:(?i:the)[ \t]+[\w&.-]+['\u2019]s|(?i:its|our|their))[ \t]+(?=\S)"
)
# A firm's possessive with "of" or "&" in its name: "Bank of America's", "Procter & Gamble's"
# (not a job's: "President of Acme's Energy Unit", "Member of Acme's board": see clean_role)
_JOINED_POSSESSIVE = lazy(r"[A-Z][\w.-]*[ \t](?:of|&)[ \t](?:[A-Z][\w&.-]*[ \t]){0,2}"
                          r"[A-Z][\w&.-]*['\u2019]s[ \t]+(?=\S)")
# A firm's name ending in "s" as a possessive: "Contoso Robotics' CEO" -> "CEO" (only before
# a job word: "Lands' End", "Workers' Compensation" are names)
_PLURAL_POSSESSIVE = lazy(
    r"^(?:[A-Z][\w&.-]*[ \t]){0,2}[A-Z][\w&.-]*s['\u2019][ \t]+(?P<job>[\w-]+)")
# A clause closing the attribution, no part of the role: "CEO of Acme, in a statement",
# ", who joined Acme in 2010", ", speaking at the conference", ", adding," before the
# next quote ('said Jane Doe, CEO of Acme, adding, "..."'), ", citing strong demand",
# ", referring to the plant", ", following the meeting", ", via webcast", ", as she
# announced the results", ", Feb. 3", ", and added that ...", ", about the deal", ", of the
# results", ", based in Dallas", ", to analysts", ", by telephone", ", from the floor of the
# exchange", ", a position she has held since 2010", ", among other things" (named
# participles and verbs of speech only: "managing director", "acting CEO", "and retired
# Chairman" are jobs)
_ROLE_TAIL = lazy(
    r",[ \t]+(?:in|during|on|at|after|before|following|upon|via|as[ \t]+(?:he|she|they)"
    r"|who|which|whose|when|while|adding|noting|speaking|citing|among|according[ \t]+to"
    r"|referring|pointing|commenting|explaining|discussing|reflecting|responding|addressing"
    r"|emphasi[sz]ing|stressing|highlighting|describing|thanking|welcoming|underscoring"
    r"|and[ \t]+(?:added|noted|said|continued|stated|explained|commented|remarked|observed"
    r"|concluded|emphasi[sz]ed|pointed|stressed|went)|about|regarding|concerning"
    r"|(?:based|headquartered)[ \t]+in|by[ \t]+(?:tele)?phone|by[ \t]+e-?mail|from[ \t]+the"
    r"|to[ \t]+(?:analysts|reporters|investors|shareholders|stockholders|employees)"
    # (how long the job was held: ", a position he has held since 1985")
    r"|a[ \t]+(?:position|post|role|title)[ \t]+(?:he|she|they)"
    # (a clause of where or whom, when the job took effect, a participle's perfect: ",
    # where he has worked since 1985", ", effective May 1", ", having led Acme since 1985",
    # ", for his part", ", now 60")
    r"|where|whom|effective|having|now[ \t]+\d\d"
    r"|for[ \t]+(?:his|her|their)[ \t]+part|by[ \t]+(?:conference[ \t]+call|video|webcast))"
    r"(?:[ \t]|$)"
    # a photo's note: ", pictured", ", pictured above", ", left"
    r"|,[ \t]+(?:pictured(?:[ \t]+(?:left|right|above|below))?|left|right|above|below)$"
    # what the quote was about: ", of the results" (", of the Bank" names the firm)
    r"|,[ \t]+of[ \t]+(?:the|this|these|its|his|her|their|our)[ \t]+[a-z]"
    # a date with no "on": ", Feb. 3" (the attribution may end at the month's stop)
    r"|,[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}+\.?(?:[ \t]+\d|$)"
)
# The next clause a role runs on into with no comma: "CEO of Acme who joined in 2003", "...
# which he founded", "... and has led it since 2003", "... as he announced the results",
# "... on a conference call with analysts", "... following the vote", "...; he added",
# "... -- adding that ..." (a verb, a relative or a setting: "and Chief Financial Officer",
# "Professor in the Department of Economics" stay)
_RUN_ON = lazy(
    r"(?<![ \t,])(?:[ \t]++(?:who|whom|whose|which|when[ \t]+asked|as[ \t]+(?:he|she|they)"
    r"|and[ \t]+(?:has|have|had|is|was|will|added|noted|said|stated|explained|commented"
    r"|remarked|observed|continued|concluded|emphasi[sz]ed|pointed|stressed|went)"
    r"|(?:after|following|upon)[ \t]+(?:the|a|an|his|her|its|their)"
    r"|(?:in|on|during|at)[ \t]+(?:a|an|the|his|her|its|their)[ \t]+(?:[\w'\u2019-]+[ \t]+){0,3}?"
    r"(?:(?:conference|earnings|investor|analyst)[ \t]+call|webcast|interview|meeting"
    r"|(?:press|news)[ \t]+conference|presentation|briefing|ceremony|remarks))(?![\w'\u2019-])"
    r"|;(?=[ \t]+[a-z])|[ \t]++(?:--?|\u2013|\u2014)(?=[ \t]+(?:the|a|an|he|she|we|it|they|adding"
    r"|noting|saying)\b))"
)
# The words of the attribution after a role with no comma: "CEO, in a statement today" has
# a comma (see _ROLE_TAIL); "said Jane Doe, CEO in a statement", "said Jane Doe, CEO today"
_END_WORDS = ("today", "statement", "statements", "release", "releases", "interview",
              "interviews", "letter", "letters")  # (a test before _ROLE_END's search)
# (a blank run is entered only at its first blank: searched from inside a run, "[ \t]+"
# would rescan it at every start, quadratic in its length)
_ROLE_END = lazy(
    r"(?:(?:^|(?<![ \t])[ \t]++)in[ \t]+(?:a|an)[ \t]+(?:(?:news|press|prepared|joint)[ \t]+){0,2}"
    r"(?:statement|release|interview|letter)s?)?(?:(?:^|(?<![ \t])[ \t]++)today)?$"
)


# Words whose period stays at a role's end ("CEO of Acme Corp.", "of Contoso N.V."), and
# after which a role may run on into the next sentence ("CEO of Acme Inc. Revenue rose ...")
# (and "Pty. Ltd.", "Ltda." of Australian and Brazilian firms)
ORG_ABBREVIATIONS = frozenset("Inc Corp Co Ltd Bros Pty Ltda".split())
ABBREVIATIONS = ORG_ABBREVIATIONS | {"Jr", "Sr"}
_ROLE_STRIP = " ,;:.\u2014\u2013-"
_BEFORE_STOP = " ,;:\u2014\u2013-"  # what may follow a role's closing period


def initials(word: str) -> bool:
    """ "N.V", "U.S", "S.p.A": the word before a period is initials."""
    letters = word.replace(".", "")
    return len(word) <= 7 and letters.isalpha() and (
        letters.isupper() or (word[1:2] == "." and dotted_form(word)))


def job_then_name(text: str, start: int) -> bool:
    """Whether job words and a person's name open ``text`` at ``start``, the subject of a
    sentence or a name with its title: "(Acme N.V.) Chief Executive Jane Doe"."""
    words = text[start : start + 80].split()[:6]
    k = 0
    while k < len(words) and words[k].lower() in ROLE_WORDS:
        k += 1
    return 0 < k < len(words) - 1 and person_name(
        f"{words[k]} {words[k + 1].rstrip('.,;:')}") is not None


def _strip_role(text: str) -> str:
    """``text`` without the punctuation around it, but with the period of a last word that
    needs it ("Acme Corp.") and without a sentence run on after such a word."""
    text = normalise(text)
    if "." not in text:
        return text.strip(_ROLE_STRIP)
    i = text.find(". ")
    while i > 0:  # (string tests, not a regex: this runs for every attribution)
        word = text[text.rfind(" ", 0, i) + 1 : i]
        after = text[i + 2 : i + 5]
        if (word in ORG_ABBREVIATIONS or ("." in word and initials(word)
                                            and not initials_of_name(text, i, word))) and (
            after[:1].isupper() and after not in ("Ltd", "LLC", "Inc")
        ) and not (_job_next(text, i + 2, text[: i - len(word)] in ("", *_RETIRED_FIRST)) and (
            word not in ORG_ABBREVIATIONS or _all_job_words(text[i + 2 :]))
            and not job_then_name(text, i + 2)) and not (
            word not in ORG_ABBREVIATIONS and name_tail(text[i + 2 :])):
            text = text[: i + 1]
            break
        i = text.find(". ", i + 2)
    core = text.strip(_ROLE_STRIP)
    if text.rstrip(_BEFORE_STOP).endswith("."):
        word = core[core.rfind(" ") + 1 :]
        if word in ABBREVIATIONS or ("." in word and initials(word)):
            core += "."
    return core


def name_tail(text: str) -> bool:
    """Whether ``text`` after a role's initials is the rest of a proper name closing the role
    ("U.S. Army", "U.K. Sales", "Acme U.S. Holdings"): capitalised words only, no person's
    name, up to the end or a legal form ("U.S. Foods Inc."; a new sentence holds a
    lower-case word: "U.S. Revenue rose")."""
    words = text.rstrip(_ROLE_STRIP).split()
    # (up to a legal form closing the name: "J.M. Smith Co. The firm ...")
    form = next((k for k, w in enumerate(words[:4])
                 if w.rstrip(",")[-1:] == "." and w.rstrip(",")[:-1] in ORG_ABBREVIATIONS), None)
    if form is not None:
        if words[form][-1:] == "." and words[form + 1 : form + 2] and words[form + 1][:1].islower():
            return False  # a firm the new sentence opens with: "U.S. Smith Co. advised ..."
        words = words[: form + 1]
    if len(words) <= 12 and words[-1:] and words[-1][:1].isupper() and any(
            w.lower() in _PUBLIC_BODY for w in words[:4]) and words[0].lower() not in GIVEN_NAMES:
        # a public body's name, read as a person's by two capitals ("District Court", "Air
        # Force") and going on with "for the" ("District Court for the District of Delaware")
        return all(w[:1].isupper() or w in _BODY_LINKS for w in words)
    return 0 < len(words) <= 4 and all(
        w[:1].isupper() or w in ("of", "and", "&") for w in words
    ) and words[-1][:1].isupper() and person_name(" ".join(words)) is None


# Words of a public body's name ("U.S. District Court", "U.S. Air Force", "U.S. Postal
# Service", "U.S. Census Bureau")
_PUBLIC_BODY = frozenset(
    "court corps force guard service office bureau survey academy reserve agency commission "
    "administration attorney representative".split())
_BODY_LINKS = frozenset("of and & for the".split())


def _bare_job(role: str) -> bool:
    """Whether a role is a job naming no firm: "President and COO", "Senior Vice President,
    Sales" (not "CEO of Acme", "analyst at Beta")."""
    return _role_start(role.split(" ", 2)) and " of " not in role and " at " not in role


def _job_after_firm(right: str) -> str | None:
    """The job printed after the speaker's firm and its comma, naming no firm of its own
    ("Jane Doe of Beta, chief executive officer"); one printed with its article is a short
    job phrase all through ("an industry analyst", "a managing director"; "a former Navy
    pilot", "a senior analyst covering Acme" hold no job at the firm)."""
    job = clean_role(right)
    if not job:
        return None
    if (lead := right.lstrip()[:3]) == "an " or lead[:2] == "a ":
        return job if articled_job(job, True) or _all_job_words(job) and _bare_job(job) else None
    return job if _bare_job(job) else None


def _all_job_words(text: str) -> bool:
    """Whether ``text`` is job words only: "President and CEO" after "Acme Corp." goes on
    with the role ("Acme Corp. President and CEO"), "President Obama visited ..." does not."""
    return all(w.lower() in ROLE_WORDS or w in ("and", "&", "of")
               for w in text.rstrip(_ROLE_STRIP).split())


def _job_next(text: str, start: int, first: bool) -> bool:
    """Whether a job word opens ``text`` at ``start``: "U.S. Secretary of Commerce" goes on
    past its initials (no new sentence); so does an office after initials opening the text
    ("U.S. Sen. John Smith", "U.S. Army General John Smith"), not one after a role
    ("president of Acme U.S. Sen. Jane Doe also welcomed ...": a new sentence)."""
    end = text.find(" ", start)
    word = text[start : end if end > 0 else len(text)].strip(",.").lower()
    return word in ROLE_WORDS or (first and (word in OFFICE_WORDS
                                             or _OFFICE.match(text, start) is not None))


# First words of a clause after a name, no role: "John Smith, who ...", "Jane Doe, has been
# elected Chairman of the American Bankers Association"
_NOT_ROLE_FIRST = frozenset("who which that whose in at has have had was were will is and".split())


# A job given in a relative clause: "said Jane Doe, who was named chief executive in May",
# ", who is president of Acme", ", who joined Acme as CFO in 2019", ", who has served as
# CEO since 2001", ", who has been CEO since 2001", ", who took over as CEO in May" (a
# current job only; a firm of up to four words and a year before "as": "who joined Acme
# Semiconductor Corporation in 1998 as")
_WHO_JOB = lazy(
    r"who[ \t]+(?:is(?:[ \t]+also)?|(?:was|has[ \t]+been)[ \t]+(?:recently[ \t]+)?(?:named"
    r"|appointed|elected|promoted[ \t]+to)(?:[ \t]+as)?|has[ \t]+been|became"
    r"|(?:currently[ \t]+)?serves[ \t]+as|has[ \t]+served[ \t]+as|took[ \t]+over[ \t]+as"
    r"|joined[ \t]+(?:[\w&.'\u2019-]+[ \t]+){1,6}?as)[ \t]+(?P<job>[^,;]{2,120})")
# Where such a clause goes on past the job: "in May", "in 2019", "effective March 1", "last
# year", "and has led ...", "upon his retirement", "until his successor is named"
_MONTH = (r"(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|(?:January|February|March"
          r"|April|May|June|July|August|September|October|November|December)\b)")
_JOB_END = lazy(
    rf"(?<![ \t])[ \t]++(?:(?:in|on)[ \t]+(?=\d|{_MONTH}|the[ \t]+(?:spring|summer|fall|autumn"
    r"|winter|first|second|third|fourth|past)\b)|(?:since|effective|last|earlier|after|following"
    r"|when|where|upon|until|and[ \t]+(?:has|have|is|was|will|led|leads|who))\b)")
_JOB_LEAD = frozenset("the a an its our his her their".split())


def _who_job(clause: str) -> str | None:
    """The job a relative clause gives (see _WHO_JOB): a job word or a capital first
    ("Acme's president"), not "who is leaving the company as chief financial officer". A
    job held no longer is kept as printed ("who is Acme's founder and former president"),
    as the comma form keeps it ("said John Smith, Acme's founder and former president")."""
    m = _WHO_JOB.match(clause)
    if m is None:
        return None
    job = m.group("job")
    end = _JOB_END.search(job)
    job = appointed_job(job[: end.start()] if end else job)
    words = job.split()
    k = 1 if words and words[0] in _JOB_LEAD else 0
    if k < len(words) and words[k].endswith(("'s", "\u2019s")) and k + 1 < len(words):
        k += 1
    if k >= len(words) or not (words[k][:1].isupper() or words[k].lower() in ROLE_WORDS):
        return None
    if ROLE_WORDS.isdisjoint(w.strip(".,").lower() for w in words):
        return None
    return clean_role(job)


# An age before the job: "the 54-year-old chief executive", "age 54, chief executive"
_AGE_LEAD = lazy(r"(?:(?:the[ \t]+)?\d\d-year-old[ \t]+|age[ \t]+\d\d,[ \t]*+)(?=[a-zA-Z])")


# A job set off from its firm by a comma: "Controller, of Acme", "President, of the Bank"
_COMMA_OF = lazy(r",[ \t]+of(?=[ \t]+(?:the[ \t]+)?[A-Z])")


# A footnote's mark closing the attribution: "(1)", "*", "\u2020", a superscript figure
_SUPERSCRIPTS = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"
_ROLE_NOTE = lazy(r"(?<=[\w.])(?:[ \t]?+\(\d{1,2}\)|[*\u2020\u2021]{1,3}|["
                  + _SUPERSCRIPTS + r"]{1,2})$")
_NOTE_LAST = frozenset(")*\u2020\u2021" + _SUPERSCRIPTS)
# When a job was taken, after "since" closing the role: "1998", "May 2019", "May 1, 2019"
_SINCE_WHEN = lazy(rf"(?:{_MONTH}[ \t]++(?:\d\d?,[ \t]*+)?)?(?:19|20)\d\d\.?")


def _since_what(tail: str) -> bool:
    """Whether ``tail`` (after a role's "since") says since what the job was held, as "since
    1998" says when: a word in lower case or a possessive first ("its founding", "the
    merger", "joining Acme in 1998", "Acme's IPO"), as "who has been CEO since ..." reads;
    a second job after "and" stays ("CEO since its founding and chairman since 2001")."""
    first = tail.split(" ", 1)[0]
    return ((first.isalpha() and first.islower()) or first.endswith(("'s", "\u2019s"))) and (
        " and " not in tail)


def clean_role(role: str) -> str | None:
    if role[-1:] in _NOTE_LAST and (note := _ROLE_NOTE.search(role, max(0, len(role) - 8))):
        role = role[: note.start()]  # a footnote's mark: "CEO of Acme Corp.(1)"
    role = _strip_role(role)
    if role[:1] == "(":
        role = unbracketed(role)
    if role[:2].isdigit() and role[2:4] in ("", ", "):
        role = role[4:]  # an age: "said Jane Doe, 54, chief executive officer"
    elif "year-old " in role[:17] and (age := _AGE_LEAD.match(role)):
        role = role[age.end() :]  # "the 54-year-old chief executive of Acme"
    elif role[:4] == "age " and (age := _AGE_LEAD.match(role)):
        role = role[age.end() :]  # "age 54, chief executive of Acme"
    if role[-4:-2] == ", " and role[-2:].isdigit() and not role[-5:-4].isdigit():
        role = role[:-4]  # an age after the job: "Jane Doe, chairman of Acme, 54, said"
    if role[:4] == "who " and (job := _who_job(role)):
        return job
    if not role or role.split()[0].lower() in _NOT_ROLE_FIRST:
        return None
    if ", of " in role:  # "Controller, of Acme": the firm the job is held at, as "Controller of"
        role = _COMMA_OF.sub(" of", role, count=1)
    if ", from " in role and (at := _firm_from(role)) > 0:
        role = role[:at] + role[at + 1 :]  # "analyst, from Morgan Stanley", as ", of Acme"
    role = _THE_POSSESSIVE.sub("", POSSESSIVE_PREFIX.sub("", role, count=1), count=1)
    if ("s " in role[:40]) and (joined := _JOINED_POSSESSIVE.match(role)) and (
            role.split(" ", 1)[0].lower() not in ROLE_WORDS) and (
            role[joined.end() :].split(" ", 1)[0].lower() in ROLE_WORDS):
        # "Bank of America's chairman", "Procter & Gamble's CEO" (a job after it: "Member
        # of Acme's board" stays)
        role = role[joined.end() :]
    if "s' " in role or "s\u2019 " in role:
        plural = _PLURAL_POSSESSIVE.match(role)
        if plural and plural.group("job").lower() in ROLE_WORDS:
            role = role[plural.start("job") :]
    if role[:3] == "of " and role[3:4].isupper():
        if _home_place(role[3:]):
            return None  # "Dr. Jane Doe of Texas": where the person is from, no job
        if _plain_firm(role[3:]):
            role = role[3:]  # "Jane Doe of Acme Capital Partners": the firm, as after a comma
    if role[:4].lower() == "the " and _role_start(role[4:].split(" ", 2)):
        role = role[4:]  # "the chief executive of Acme", as "Acme's chief executive" is
    since = role.find(" since ")
    if since > 0 and (_SINCE_WHEN.fullmatch(role, since + 7) or _since_what(role[since + 7 :])):
        role = role[:since].rstrip(",")  # "CEO of Acme since 1998": how long, no part of it
    tail = _ROLE_TAIL.search(role) if "," in role else None
    if tail and role.startswith(", at ", tail.start()) and (
            end := firm_at_end(role, tail.start())) and not _place(role[tail.start() + 5 :]):
        # the firm after a department's comma: "senior vice president, sales, at Acme"
        role = role[: tail.start()] + role[tail.start() + 1 :]
        tail = _ROLE_TAIL.search(role, end - 1)
    if tail:
        role = role[: tail.start()]
    if ", " in role:
        role = without_clause(role)  # ", summing up the year", ", told analysts"
    if " " in role and (run_on := _RUN_ON.search(role)) and run_on.start():
        role = role[: run_on.start()]
    if role.endswith(_END_WORDS):
        role = role[: _ROLE_END.search(role).start()]
    if role.endswith(_END_WORDS):
        role = role[: _ROLE_END.search(role).start()]
    role = without_firm_description(without_second_party(role))
    if ", " in role:
        role = _without_firm_place(without_person_aside(role))
    if " and a" in role:
        role = without_joined_aside(role)  # "chairman of Acme and a former Navy pilot"
    if role[-1:] == ")" and ":" in role:
        role = _without_listing(role)
    if role[-1:] == ")" and ("www." in role or "://" in role):
        role = _without_site(role)
    joint = role.find(", and ")
    if joint > 0 and person_name(role[joint + 6 :].split(",", 1)[0]):
        # a joint statement: "Jane Doe, CEO of Acme, and John Roe, CEO of Beta" (the second
        # speaker and their role are no part of the first's)
        role = role[:joint]
    if role[:2] == "a " or role[:3] == "an ":
        rest = role.split(" ", 1)[1]  # "an analyst at Beta", as after the firm it is printed
        role = rest if articled_job(rest, False) else role
    if _names_only(role):
        return None  # "John Smith, Jane Doe and Robert Brown said": other speakers, no job
    return role if 0 < len(role) <= 150 else None


# The listing printed after the speaker's firm: "(NASDAQ: ACME)", "(NYSE:ABC)", "(Nasdaq NM:
# ACME; TSX: ACM)"; a ticker, no part of the job
_LISTING = lazy(r"\((?:[A-Za-z][\w .&/-]{0,30}:[ \t]*+[A-Z][\w.]{0,9}[;,]?[ \t]*+){1,3}\)")


def _without_listing(role: str) -> str:
    """The role less a closing bracket that lists its firm's ticker ("CEO of Acme Corp.
    (NASDAQ: ACME)" is "CEO of Acme Corp.")."""
    start = role.rfind("(")
    if start > 0 and _LISTING.fullmatch(role, start):
        return role[:start].rstrip(" \t,")
    return role


LEGAL_FORMS = ("Inc.", "Corp.", "Co.", "Ltd.", "Inc", "Corp", "Company", "Corporation")


def _without_firm_place(role: str) -> str:
    """The role less the town and state its firm is in, after the firm's legal form
    ("President of Acme Inc., Aurora, Illinois" and "President of Acme Inc., Dallas" are
    "President of Acme Inc.", as wire releases of the 1990s print it) or after a firm named
    with "of" or "at" when a state closes it ("CEO of Teltrend, St. Charles, Illinois")."""
    last = role.rfind(", ")
    for cut in (last, role.rfind(", ", 0, last)):
        if cut > 0 and (role[:cut].endswith(LEGAL_FORMS) or (
                cut < last and state_code(role[last + 2 :].rstrip(" \t.")) is not None
                and _FIRM_NAMED.search(role, 0, cut))) and _place(role[cut + 2 :]):
            return role[:cut]
    return role


_FIRM_NAMED = lazy(r"[ \t](?:of|at)[ \t]+(?:the[ \t]+)?[A-Z]")  # "CEO of Acme", "at the Bank"


def _without_site(role: str) -> str:
    """The role less a closing bracket that gives its firm's web site ("CEO of Acme
    (www.acme.com)" is "CEO of Acme"), as releases print it after the firm's name."""
    start = role.rfind("(")
    site = role[start + 1 : -1].strip()
    if start > 0 and " " not in site and site.startswith(("www.", "http://", "https://")):
        return role[:start].rstrip(" \t,")
    return role


# Nouns naming a body people are of, as firms are: "Stanford University", "Mayo Clinic"
_BODY_TAIL = frozenset(
    "university college institute institution school hospital clinic foundation society"
    " association academy laboratory center centre council".split())


def _plain_firm(text: str) -> bool:
    """Whether ``text`` is plainly a firm's or a body's name: capitalised words with a legal
    form or a firm's or body's noun ("Acme Capital Partners", "Smith & Jones LLP", "Stanford
    University"), no place ("Boston", "Ohio") nor "of Counsel" (a lawyer's rank)."""
    words = text.split()
    if words[0] == "Counsel" or not all(w[:1].isupper() or w == "&" for w in words):
        return False
    return bool(ENTITY_END.search(text) or ORG_WORDS.search(text) or text.endswith("LLP")
                or any(w.lower() in FIRM_TAIL or w.lower() in _BODY_TAIL for w in words))


_JOB_MODIFIERS = frozenset("former interim acting".split())


def _role_start(words: list[str]) -> bool:
    """Whether words open a job: "chief executive", "former chief executive"."""
    k = 1 if len(words) > 1 and words[0].lower() in _JOB_MODIFIERS else 0
    return words[k].lower() in ROLE_WORDS


def _opens_job(text: str) -> bool:
    """Whether ``text`` (after a name's comma) opens with a job, its article aside ("PRESIDENT
    AND CEO", "the chief executive"; not "the fund manager", "a unit of WPP Group")."""
    words = text.strip(_ROLE_STRIP).split(" ", 3)
    if words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return bool(words and words[0]) and _role_start(words)


def _names_only(text: str) -> bool:
    """Whether ``text`` only lists people: "Jane Doe and Robert Brown", "and Jane Doe"."""
    if not text[:1].isalpha() or (" and " not in f" {text}" and " & " not in text):
        return False  # (a bare two-word role is a firm: "said John Smith, Morgan Stanley")
    parts = f" {text}".replace(" and ", ",").replace(" & ", ",").split(",")
    names = [p for p in parts if p.strip()]
    return bool(names) and all(person_name(p) for p in names)


# A style before a name, no job: "the Honorable", "The Right Reverend", "the Rt. Hon.", "the
# Rev. Dr.", "Rabbi", "Father" (the speaker is the name after it, as after "Dr.")
_STYLE = lazy(r"(?:[Tt]he[ \t]+)?(?:(?:Right|Rt\.|Very|Most)[ \t]+)?(?:Honou?rable|Hon\."
              r"|Reverend|Rev\.|Rabbi|Father|Fr\.|Pastor|Imam|Monsignor|Msgr\.)[ \t]+"
              r"(?:(?:Dr|Mr|Mrs|Ms)\.[ \t]+)?(?=[A-Z][a-z])")
_STYLE_FIRST = frozenset("TtHRVFPIM")
# A public office or rank printed before a name, maybe after a place: "Sen.", "U.S. Rep.",
# "Texas Governor", "Austin Mayor", "Lt. Gen.", "Professor" (a job: the role, unless a job is
# printed after the name: "Gen. John Smith, commander of Army Materiel Command"; the longest
# title: "Lt. Gov. Jane Doe"); a military rank spelled out too ("General", "Lieutenant
# Colonel"), maybe retired ("retired General John Smith, CEO of Acme": the job is the role)
_OFFICE = lazy(
    r"(?P<title>(?:(?:retired|former)[ \t]+)?(?:[A-Z][\w.&'\u2019-]*[ \t]+){0,3}"
    r"(?:(?:Sen|Rep|Gov|Gen|Adm|Col|Maj|Capt|Lt|Sgt|Prof)\.|Senator|Congressman|Congresswoman"
    r"|Governor|Mayor|Admiral|Ambassador|Commissioner|Judge|Sheriff|Superintendent|Professor"
    r"|Councilman|Councilwoman|(?P<rank>General|Colonel|Major|Captain|Lieutenant|Sergeant"
    r"|Commander|Brigadier|Marshal)))[ \t]+(?=[A-Z][a-z]|the[ \t]+[A-Z])"
)
_RETIRED_FIRST = ("retired ", "former ")  # (a lower-case word _OFFICE may open with)
_OFFICE_SPELLED = {
    "Sen.": "Senator", "Rep.": "Representative", "Gov.": "Governor", "Gen.": "General",
    "Adm.": "Admiral", "Col.": "Colonel", "Maj.": "Major", "Capt.": "Captain",
    "Lt.": "Lieutenant", "Sgt.": "Sergeant", "Prof.": "Professor"}


# A legislator's party and state, no job: "(R-Texas)", "D-Calif."
_PARTY = lazy(r"\(?[RDI][ \t]?-[ \t]?[A-Z]")
# ... printed after the name, in brackets or set off by commas: " (R-Texas)", ", D-Calif.,",
# ", R-New York" (a state of up to three words)
_PARTY_AFTER = lazy(
    r"[ \t]*+(?:\((?P<bracketed>[RDI][ \t]?-[ \t]?[A-Z][^()\n]{0,30}+)\)|,[ \t]*+(?P<bare>[RDI]"
    r"[ \t]?-[ \t]?[A-Z][\w.]*+(?:[ \t][A-Z][\w.]*+){0,2}+)(?=[ \t]*+(?:,|$)))[ \t]*+,?+")
OFFICE_WORDS = frozenset(
    "sen rep gov gen adm col maj capt lt sgt prof senator congressman congresswoman governor "
    "mayor admiral ambassador commissioner judge sheriff superintendent professor councilman "
    "councilwoman general colonel major captain lieutenant sergeant commander brigadier "
    "marshal".split())


def _office_holder(who: str) -> tuple[str, str | None] | None:
    """(name, role) of a name after an office: "Sen. John Smith (R-Texas)" -> ("John
    Smith", "Sen."), "Texas Governor the Honorable Jane Doe" -> ("Jane Doe", "Texas
    Governor"); a job printed after the name is the role instead."""
    m = _OFFICE.match(who)
    if m is None:
        return None
    title, rest = m.group("title"), who[m.end() :]
    found = parse_who(rest) or (
        parse_who(rest[: rest.find(" (")]) if " (" in rest else None)  # ("(R-Texas)")
    if found is None or found[0] in ("he", "she", "they"):
        return None
    name, role = found
    if m.group("rank") and " " not in name and not person_name(f"{title.split()[-1]} {name}"):
        # a rank spelled out is a word of firms too: "General Motors", "Major League ..."
        return None
    if " " not in name:
        # a surname alone: "Mayor Watson" (resolved, else as printed); an office word
        # inside a name or after one is none: "Paul Judge Jr.", "Jane Doe Professor Emeritus"
        if rest.rstrip(".") in ("Jr", "Sr", "II", "III", "IV") or any(
                w.lower() in GIVEN_NAMES for w in title.split()[:-1]):
            return None
        return Titled(name, who), title
    at = rest.find(name)
    of_body = at == 0 and rest.startswith((" of ", ", of "), len(name))
    held = rest[len(name) :].lstrip(" ,")[3:] if of_body else ""
    # (a place after "of" gives the name no role, the office keeps it: "Senator of Texas")
    if of_body and (role or _home_place(held)):
        # the body the office is held at: "Professor Jane Doe of Stanford University" as
        # "Chief Executive Officer Jane Doe of Acme Corp." reads ("Professor of Stanford
        # University"; "Mayor Jane Doe of Austin": "Mayor of Austin")
        # (an abbreviated office spelled out, as the role reads: "Sen. Jane Doe of Texas" is
        # "Senator of Texas", "Prof." as "Professor")
        return name, clean_role(f"{_spelled(title)} of {held}")
    if role and at > 0 and rest[:at].rstrip(" ,").endswith(role):
        # the run before the name is one title: "Lt. Governor", "Gen. Counsel", "The
        # Judge Group CEO" (a job printed after the name is the role instead)
        return name, f"{title} {rest[:at].strip(' ,')}"
    if role and _PARTY.match(role) and (party := _PARTY_AFTER.match(rest, max(at, 0) + len(name))):
        # a legislator's party and state: the office spelled out with them, as "Senator of
        # Texas" reads ("Senator (R-Texas)"); a job printed after them is the role
        after = rest[party.end() :].lstrip(" ,")
        job = parse_who(f"{name}, {after}") if after else None
        if job and job[0] == name and job[1]:
            return name, job[1]
        return name, (f"{_spelled(title)} "
                      f"({party.group('bracketed') or _party_stop(party.group('bare'))})")
    first = role.split(" ", 1)[0].rstrip(".") if role else ""
    if role and (_PARTY.match(role) or (initials(first) and role.lower() not in ROLE_WORDS
                                         and ("." in first or first == role))):
        role = None  # "(R-Texas)"; "U.S. Army" of "Lt. Col. John Smith, U.S. Army"
    # the office alone spelled out, as with a place or a party after the name ("Sen." is
    # "Senator", "Lt. Gov." "Lieutenant Governor")
    return name, role or _spelled(title)


def _spelled(title: str) -> str:
    """``title`` with each abbreviated office or rank spelled out ("U.S. Sen." -> "U.S.
    Senator"; other words as printed: "U.S.", "Texas")."""
    return " ".join(_OFFICE_SPELLED.get(w, w) for w in title.split())


def _party_stop(party: str) -> str:
    """A party and state with the abbreviation's stop the attribution's end took back:
    "D-Calif" -> "D-Calif.", "R-N.Y" -> "R-N.Y." ("R-Texas", "R-TX" as printed)."""
    state = party.partition("-")[2].strip()
    if state.endswith(".") or not (code := state_code(state)):
        return party
    full = US_STATES.get(code, "").lower() == state.lower()
    return f"{party}." if "." in state or (not full and not state.isupper()) else party


class Titled(str):
    """A surname after a title, "Mayor Watson", "Rabbi Cohen": the person named in full
    earlier, else the speaker as printed."""

    printed: str

    def __new__(cls, surname: str, printed: str) -> Titled:
        self = super().__new__(cls, surname)
        self.printed = printed
        return self


class Office(str):
    """A job alone as an attribution, "the company's CEO", "Acme's chief executive" (held
    lower-case: "ceo", "chief executive"): the person named with that job earlier."""

    firm: str = ""  # the firm printed before it by its legal form (firm_office)


# A job alone after "the", "its" or a firm's possessive: '"...," the company's CEO said',
# "Acme's chief executive added" (office_alone: every word a job's)
_OFFICE_ALONE = lazy(
    r"[ \t]*+(?:(?:[Tt]he|[Ii]ts|[Tt]heir)[ \t]++(?:(?:[Cc]ompany|[Ff]irm|[Bb]ank|[Cc]orporation"
    r"|[Gg]roup)['\u2019]s[ \t]++)?|[A-Z][\w&.-]{0,40}['\u2019]s[ \t]++)"
    r"(?P<job>[A-Za-z][\w-]{0,30}(?:[ \t]++[A-Za-z][\w-]{0,30}){0,5})[ \t,]*+$")
_OFFICE_JOINERS = frozenset(("and", "&"))


def office_alone(text: str) -> Office | None:
    """The job of an attribution naming no one but a job ("the company's CEO", "Acme's
    President and CEO"), every word a job's, for the caller to find its holder by."""
    m = _OFFICE_ALONE.match(text)
    if m is None:
        return None
    return _office_of_words(m.group("job").lower().split())


# Adverbs between a speaker and the verb: "Doe also said", "Ms. Doe further commented",
# "Jane Doe, CEO, additionally noted" (no part of the name or the role)
_ADVERBS = ("also", "further", "additionally", "again")


def _without_adverb(who: str) -> str:
    """``who`` without an adverb closing it ("Jane Doe, CEO, also" -> "Jane Doe, CEO,")."""
    core = who.rstrip(" \t")
    if not core.endswith(_ADVERBS):
        return who
    head, _, word = core.rpartition(" ")
    return head if word in _ADVERBS and head.strip(" \t,") else who


# When the speaker spoke, after the name or the role: "said Doe on Tuesday", "said John
# Smith, CEO, yesterday", "Doe said this morning" (no part of a name or a job)
_WHEN_WORDS = ("day", "yesterday", "tonight", "morning", "afternoon", "evening", "week",
               "month", "year")  # (a test before _WHEN's search)
# (not a firm's word: "Chairman of Tuesday Morning Corp."; a bare weekday after a given
# name is a surname, "John Friday": see _without_when)
_WHEN = lazy(
    r"(?<![ \t])(?<!since),?[ \t]++(?P<on>(?:on|late|early)[ \t]+)?(?P<day>(?:Mon|Tues|Wednes"
    r"|Thurs|Fri|Satur|Sun)day)?(?(day)|(?:yesterday|tonight|(?:(?:earlier[ \t]+)?this|last"
    r"|earlier|late|(?:later|earlier)[ \t]+that)[ \t]+(?:morning|afternoon|evening|night|day"
    r"|week|month|year)|earlier[ \t]+today))\b(?![ \t]+[A-Z])")
# ... or before it, opening the sentence: "On Tuesday, Kirby said", "Yesterday, Jane Doe"
_LEAD_WHEN = lazy(
    r"(?:(?:On|Late|Early)[ \t]+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Yesterday"
    r"|(?:This|Last|Earlier)[ \t]+(?:morning|afternoon|evening|week|month))[ \t]*+,[ \t]*+")
# Where a speaker named bare spoke: "said Doe at the conference", "said John Doe in New
# York", "said Doe during the call" (after a bare name only: "analyst at the firm" is a job)
# ("at Acme", "from Acme" name the speaker's firm: a place or a medium only after "in", "on")
# ("from Acme's headquarters", "from the company's offices in Dallas": a place, not a firm;
# also with the town or kind of the premises, "from the company's Chicago headquarters",
# "from its corporate offices")
# (a town and its state set off by a comma too: "from Acme's Aurora, Illinois headquarters")
_PREMISES = (r"from[ \t]+(?:(?:the[ \t]+)?+(?:[A-Z][\w.&-]*+[ \t]+){0,3}?(?:[A-Z][\w.&-]*+"
             r"|company|firm|bank)['\u2019]s?+|its|his|her|their)[ \t]+(?:(?:[A-Z][\w.-]*+,?+"
             r"|corporate|world|global|main|new)[ \t]+){0,3}?(?:headquarters|head[ \t]+office"
             r"|offices?|plant|facility|campus)\b")
_WHERE = lazy(r"(?<![ \t])[ \t]++(?:(?:at|during|in|on|before)[ \t]+(?:a|an|the|his|her|its"
              rf"|their|prepared|written)[ \t]|(?:in|on)[ \t]+[A-Z]|{_PREMISES})")
# ... and after a role, set off by its comma: "John Doe, CEO of Acme, from Acme's headquarters
# in Dallas" (where, to the end of the attribution)
_ROLE_PREMISES = lazy(rf",[ \t]*+{_PREMISES}")


def _firm_from(role: str) -> int:
    """Where the comma is that sets a job off from the firm it names after "from" ("an
    analyst, from Morgan Stanley"); 0 for none: a place or premises spoken from (", from
    Dallas", ", from Acme's headquarters"), a date (", from 1998 to 2003")."""
    at = role.rfind(", from ")
    firm = role[at + 7 :]
    if not firm[:1].isupper() or "," in firm or _place(firm) or _ROLE_PREMISES.match(role, at):
        return 0
    return at if not ROLE_WORDS.isdisjoint(w.lower() for w in role[:at].split()) else 0


def _place(text: str) -> bool:
    """Whether ``text`` names a place where a speaker spoke from: a large city ("New York",
    "London, England") or a town and its US state ("Aurora, Illinois", "Aurora, Ill.")."""
    town, _, state = text.rstrip(" \t.,").partition(",")
    words = town.split()
    if not 0 < len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    state = state.strip()
    if town.lower() in CITIES:
        return not state or all(w[:1].isupper() for w in state.split()[:3])
    return bool(state) and state_code(state) is not None


def _home_place(text: str) -> bool:
    """Whether ``text`` (printed after a name and "of") is a place, where the person is from:
    a US state ("Texas", "N.Y."; not a two-letter code, "IN"), a large city or a town and its
    state (see _place)."""
    state = text.rstrip(" \t.,")
    return (state_code(state) is not None and (len(state) > 2 or not state.isupper())) or (
        _place(text))


def _after_place(place: str, right: str, firm_read: bool = False) -> str | None:
    """The words after ``place`` and maybe a state after the comma (``right``) when the two
    are where a person named before "of" is from ("Austin", " Texas, CEO of Acme" -> "CEO of
    Acme"; "" for none), else None. ``firm_read``: the name's run read "of <place>" as a
    firm's (a town the city list lacks, "of Aurora"): a place only with its state, and no
    firm with its city ("of Goldman Sachs, New York": two words before a city's name)."""
    state, _, after = right.partition(",")
    bare = state.strip(" \t.")
    if state_code(bare) is not None and _place(f"{place},{state}") and (not firm_read or (
            not _plain_firm(place) and not (" " in place and bare.lower() in CITIES))):
        return after.strip()
    if firm_read:
        return None
    return right.strip() if _home_place(place) else None


def _may_say_when(who: str) -> bool:
    """Whether one of _WHEN_WORDS occurs, the gate before _LEAD_WHEN and _WHEN: a chain of
    substring tests, some three times faster than any() over them (no attribution of the
    corpus holds one)."""
    return ("day" in who or "year" in who or "week" in who or "month" in who
            or "morning" in who or "evening" in who or "afternoon" in who or "tonight" in who)


def _may_say_where(who: str) -> bool:
    """Whether _WHERE may match: it needs a blank, then "at", "during", "in", "on", "before"
    or "from" (substring tests, several times faster than its search, which fails for
    nearly every attribution)."""
    return ("\t" in who or " in" in who or " at" in who or " on" in who or " from" in who
            or " during" in who or " before" in who)


def _without_when(who: str) -> str:
    """The attribution's subject less when or where it was said: "Doe on Tuesday" -> "Doe",
    "John Smith, CEO, yesterday" -> "John Smith, CEO", "Doe at the conference" -> "Doe"."""
    if _may_say_when(who):
        if lead := _LEAD_WHEN.match(who):
            who = who[lead.end() :]  # 'On Tuesday, Kirby said, "..."'
        when = _WHEN.search(who)
        # (a name after it is the speaker's, "Doe, on Tuesday, Jane Roe": cut at the end only)
        if when and not who[when.end() :].lstrip(" \t,.")[:1].isupper() and (
                when.group("on") or not when.group("day")
                or who[: when.start()].rsplit(" ", 1)[-1].lower() not in GIVEN_NAMES):
            who = who[: when.start()]
    if ", from " in who:
        if premises := _ROLE_PREMISES.search(who):
            who = who[: premises.start()]
        elif _place(who[who.rfind(", from ") + 7 :]):
            who = who[: who.rfind(", from ")]  # "John Doe, CEO of Acme, from New York"
    if " " in who and _may_say_where(who) and (where := _WHERE.search(who)):
        head = who[: where.start()]  # ("Jim Umpleby in Peoria, Illinois": commas after it)
        # (a participle opens a lead clause, no name: "Speaking at the meeting, Kirby")
        if "," not in head and not head.split(" ", 1)[0].endswith("ing") and (
                found := _split_run(head)) is not None and found[1] is None:
            return head  # (a name alone before it: "Vice President of Sales in Europe" stays)
    return who


# parse_who's answers for the release being read: its attributions are read again by the
# helpers that look for a lead-in, a reporter or a job (one in seven in the corpus);
# press_quotes.quotes_in empties it at each release, so it holds one release's at most
_READ: dict[str, tuple[str, str | None] | None] = {}


def forget_attributions() -> None:
    """Empty parse_who's answers (press_quotes.quotes_in, at each release it reads)."""
    _READ.clear()


def parse_who(who: str) -> tuple[str, str | None] | None:
    """("Frederic Kunzi", "CTO of CTC Communications") from an attribution's subject.

    Returns ("he", None) for a pronoun and (surname, None) for a lone capitalised word, for
    the caller to resolve against earlier speakers. (Each text read once per release: the
    answer depends on the text alone.)
    """
    if who in _READ:
        return _READ[who]
    found = _READ[who] = _parse_who(who)
    return found


def _parse_who(who: str) -> tuple[str, str | None] | None:
    """parse_who's reading, for a text not read before in the release."""
    who = _without_when(_without_adverb(who))
    if "(" in who and (photo := _PICTURED_NOTE.search(who)):
        who = who[: photo.start()] + who[photo.end() :]  # "John Smith (pictured), CEO"
    if "(R" in who or "(r" in who:
        comma = who.find(",")
        if (ret := _RETIRED_NOTE.search(who, 0, comma if comma > 0 else len(who))) and (
                comma > 0 or ret.end() == len(who)):
            who = who[: ret.start()] + who[ret.end() :]
        elif comma > 0 and (ret := _BRANCH_RETIRED.match(who, comma)):
            who = who[:comma] + who[ret.end() :]
    if ". " in who and (firm_job := _firm_job_name(who) or (
            " of " in who and _job_firm_name(who))):
        return firm_job
    if 0 < who.find(" of ") < who.find(",") and (firm_of := _firm_of_name(who)):
        return firm_of  # ("of" before the first comma: "Jane Doe of Acme, Inc., CEO")
    who = _strip_role(who)
    if who.endswith(_END_WORDS):  # "Acme CEO Jane Doe in a statement today"
        # (and the comma before it: "Doe, in a statement," is Doe's, as "Doe" is)
        who = who[: _ROLE_END.search(who).start()].rstrip(" \t,")
    if not who or more_words(who, _MAX_WHO_WORDS):
        return None
    if who[:1] in _STYLE_FIRST and (style := _STYLE.match(who)):
        printed, who = who, who[style.end() :]  # "the Honorable Jane Doe": Jane Doe speaks
        if " " not in who and _surname_word(who):
            return Titled(who, printed.removeprefix("the ").removeprefix("The ")), None
    if (who[:1].isupper() or who.startswith(_RETIRED_FIRST)) and (
            office := _office_holder(who)):
        return office
    if who in PRONOUNS:
        return who.lower(), None
    first = who.split(" ", 1)
    if first[0] in _CLAUSE_OPENERS and len(first) == 2 and first[1][:1].isupper():
        who = first[1]  # 'As John Smith, CEO, pointed out, "..."': "As" opens no name
    elif first[0] in _LEAD_PREPOSITIONS and len(first) == 2 and _opens_full_name(*first):
        who = first[1]  # 'From Jane Doe, CEO: "..."': a preposition before a full name
    if "," in who:
        left, right = who.split(",", 1)
        suffix = _NAME_SUFFIX.match(right)
        if suffix:  # "John A. Smith, Jr., President": the suffix is the name's
            right = right[suffix.end() :]
        right = _CREDENTIALS.sub("", right, count=1)  # "Jane Doe, Ph.D., Chief Scientific"
        if left[-1:] in ".ADMq":
            left = _DEGREE_TAIL.sub("", left, count=1)
        name, firm = person_name(left) or _capitals_name(left, _opens_job(right)), None
        if name and place_or_firm(left):
            return None  # "NEW YORK, PRESIDENT AND CEO", "Acme Robotics, CEO": no one's name
        if not name and (run_in := _drop_company(left)):
            name, firm = run_in
        if name:
            if suffix:
                name = _suffixed(name, suffix)
            role = clean_role(right)
            if firm and role and not _opens_job(role):
                return None  # "T. Rowe Price Group Inc., the fund manager": the firm's
            if firm and role and _bare_job(role):
                role = f"{firm} {role}"  # "J. Nelson Westell Inc., President and COO"
            if role is None and name.count(" ") == 1 and name.split(" ", 1)[0] in HONORIFICS:
                # "said Mr. Smith, 61," / ", who founded Acme": a surname, as "said Mr. Smith"
                return _split_run(name)
            return name, role
        found = _split_run(left)
        home = left.rsplit(" of ", 1)[1] if found and " of " in left else ""
        if home and found[1] in (None, f"of {home}") and (
                job := _after_place(home, right, found[1] is not None)) is not None:
            # where the person is from, no job: "Jane Doe of Austin, Texas" (a job after
            # it is the role: "Jane Doe of Boston, CEO of Acme"); a town the city list
            # lacks read as a firm ("of Aurora") is a place when a state follows its comma
            return found[0], clean_role(job) if job else None
        if home and found[1] in (f"of {home}", home) and home[:7] != "Counsel" and (
                job := _job_after_firm(right)):
            # the job after the firm: "Jane Doe of Acme Robotics, chief executive officer"
            # is "chief executive officer of Acme Robotics", as the job first prints it (not
            # after "of Counsel", a lawyer's rank)
            return found[0], f"{job} of {home}"
        if home and found[1] == f"of {home}" and home[:7] != "Counsel" and (
                job := clean_role(right)) and _role_start(job.split(" ", 2)) and (
                " of " in job or " at " in job):
            # a job naming its own firm after "of" and a town with no state ("Jane Doe of
            # Aurora, CEO of Acme"): the job is the role, the town or firm before it none
            return found[0], job
        if found and suffix and found[1] and " " in found[0] and not right.strip(_ROLE_STRIP):
            # the job before the name: "Acme CEO John A. Smith, Jr." (his suffix kept)
            return _suffixed(found[0], suffix), found[1]
        if found and (found[1] is not None or _ROLE_TAIL.match("," + right)
                      or _age_first(right)):
            # (a surname before a clause: "said Smith, who founded Acme", or an age:
            # "said Smith, 54.")
            return found
        if found and " " not in found[0] and " " not in left and _job_first(right):
            # a surname and the role: '"...," Doe, the chief executive, said' (named earlier)
            return found[0], clean_role(right)
        if found and (" & " in left or (" and " in left and (
                _names_only(left) or " " not in found[0]))):
            # "John Smith & Jane Doe, co-founders of Acme," / "Jane Doe and John Smith, ..."
            # / "Doe and Smith, co-chief executives," (surnames, _split_run)
            return found[0], clean_role(right) if _role_words(right) else None
        role_first = bool(ROLE_WORDS.intersection(left.lower().split()))
        if role_first or _LEAD_CLAUSE.match(left):
            # "Commenting on the results, Jane Doe, CEO, noted" / "President and CEO, John
            # Smith, said": the name after the comma, the role before it if it is one
            after = parse_who(right) or (_past_place(right) if not role_first else None)
            if after and " " not in after[0] and not role_first:
                after = _past_place(right) or after  # "At the show in Las Vegas, Nevada, ..."
            if after and " " in after[0]:
                if role_first and after[1] and right.rstrip(_ROLE_STRIP).endswith(after[0]):
                    # a list of jobs before the name: "Acme Chairman, President and CEO
                    # Jane Doe" (the jobs on both sides of the comma are the role)
                    jobs = right[: right.rstrip(_ROLE_STRIP).rfind(after[0])]
                    return after[0], clean_role(f"{left},{jobs}") or after[1]
                if role_first or after[1] is not None or plainly_personal(after[0]):
                    return after[0], after[1] or (clean_role(left) if role_first else None)
                # "In a statement issued today, Morgan Stanley said": a firm as often as a
                # person: a person's unless the release prints it as a firm's (_Book)
                return Unconfirmed(after[0]), None
        return _clause_subject(who) if not role_first else None
    return _split_run(who)


def _suffixed(name: str, suffix: re.Match[str]) -> str:
    """ "John A. Smith" with the suffix _NAME_SUFFIX found after its comma: "John A. Smith,
    Jr." (the period a "Jr." or "Sr." needs, none after "III")."""
    mark = suffix.group(1).strip().rstrip(".")
    return f"{name}, {mark}{'.' if mark in ('Jr', 'Sr', 'JR', 'SR') else ''}"


def _age_first(text: str) -> bool:
    """Whether ``text`` (after a name's comma) opens with an age: " 54", " 54, chairman"."""
    text = text.lstrip(" \t")
    return text[:2].isdigit() and text[2:3] in ("", ",", " ") and not text[2:3].isdigit()


# A firm with its legal form before a job and a name: "Acme Robotics Inc. CEO Jane Doe",
# "Contoso, Ltd. President John Smith" (the period of "Inc." ends no sentence there)
_FIRM_LEGAL = lazy(r"[ \t]*(?P<firm>[A-Z][\w&'\u2019-]*(?:[ \t][A-Z][\w&'\u2019-]*){0,4},?"
                   r"[ \t](?:Inc|Corp|Co|Ltd|Ltda|Pty\.[ \t]Ltd|[A-Z](?:\.[A-Za-z]){1,3})\.)"
                   r"[ \t]+(?=[A-Za-z])")


def _firm_job_name(who: str) -> tuple[str, str | None] | None:
    """(name, "<firm> <job>") of "Acme Robotics Inc. CEO Jane Doe" (or "Acme N.V. CEO"):
    only job words between the firm and a full name closing the run."""
    m = _FIRM_LEGAL.match(who)
    if m is None:
        return None
    tokens = normalise(who[m.end() :]).rstrip(_ROLE_STRIP).split()
    if not 2 < len(tokens) <= 10:
        return None
    for n in (3, 2):
        name = " ".join(tokens[-n:])
        job = tokens[:-n]
        if job and person_name(name) and job[0].lower() in ROLE_WORDS and all(
                w.lower() in ROLE_WORDS or w in ("and", "&", "of") for w in job):
            return name, f"{m.group('firm')} {' '.join(job)}"
    return None


def _job_firm_name(who: str) -> tuple[str, str | None] | None:
    """(name, "<job> of <firm>") of "Chief Executive Officer of Acme A.G. Jane Doe": a job
    naming its firm, whose legal form's stop ends no sentence before the full name."""
    i = who.find(". ")
    while i > 0:
        word = who[who.rfind(" ", 0, i) + 1 : i]
        if (word in ORG_ABBREVIATIONS or initials(word)) and (
                end := job_of_firm_name(who, i)) > 0 and not who[end:].strip(_ROLE_STRIP):
            return who[i + 2 : end], clean_role(who[: i + 1])
        i = who.find(". ", i + 2)
    return None


def _firm_of_name(who: str) -> tuple[str, str | None] | None:
    """(name, "<job> of <firm>") of "Jane Doe of Acme, Inc., chief executive officer", as
    "Jane Doe, chief executive officer of Acme, Inc." gives; (name, firm) when no job
    follows the firm's legal form ("Jane Doe of Acme, Inc., 54")."""
    if (parts := name_firm_rest(who)) is None:
        return None
    # a full name, or an honorific and a surname ("Ms. Smith", the person named in full)
    name = person_name(parts[0]) if parts[0].split(" ", 1)[0] not in HONORIFICS else None
    if name is None and (found := _split_run(parts[0])) and found[1] is None:
        name = found[0]
    if name is None:
        return None
    job = clean_role(parts[2]) if parts[2].strip(_ROLE_STRIP) else None
    return name, f"{job} of {parts[1]}" if job and _role_words(job) else parts[1]


def _job_first(text: str) -> bool:
    """Whether ``text`` opens with a job, not a name: "the chief executive", "Acme's
    chairman", "President of Acme" (not "Marc Zionts, CEO": "Moreover, Marc Zionts, ...")."""
    words = text.split(None, 1)
    if not words or not _role_words(text):
        return False
    first = words[0]
    return first.islower() or first.lower() in ROLE_WORDS or first.endswith(("'s", "\u2019s"))


def _role_words(text: str) -> bool:
    """Whether ``text`` opens with a job ("co-founders of Acme", "the company's CEOs",
    "co-chairmen")."""
    return any(_singular(w.rstrip(".,")).removeprefix("co-") in ROLE_WORDS
               for w in text.lower().replace("'s ", " ").split()[:4])


def _singular(word: str) -> str:
    """A lower-case job word without its plural ending: "founders", "chairmen"."""
    return word[:-2] + "an" if word.endswith("men") else word.removesuffix("s")


class Capitalised(str):
    """A two-word name printed in capitals, its first word no common given name ('said ALEX
    HUI'): a person's when the release prints its surname with an honorific ("Mr. Hui") or
    quotes the name in mixed case (press_quotes._Book.resolve); else it may be a firm's."""


class Unconfirmed(str):
    """A name closing a lead clause with no role, honorific or initial ("In a statement,
    Morgan Stanley"): a person's unless the release prints it as a firm's elsewhere."""


def plainly_personal(name: str) -> bool:
    """An honorific or a middle initial: "Dr. Jane Doe", "John A. Smith" (no firm)."""
    tokens = name.split()
    return tokens[0] in HONORIFICS or any(len(t) == 2 and t[1] == "." for t in tokens[1:-1])


def _past_place(text: str) -> tuple[str, str | None] | None:
    """The speaker after a place ending a lead clause: "Nevada, Jane Doe" (from "At a press
    conference in Las Vegas, Nevada, Jane Doe said"); a full name after one or two commas."""
    cut = 0
    for _ in range(2):
        cut = text.find(",", cut) + 1
        if not cut:
            return None
        found = parse_who(text[cut:])
        if found and " " in found[0]:
            return found
    return None


# Words opening a clause before the speaker's name: "As John Smith, CEO, pointed out"
_CLAUSE_OPENERS = frozenset("As And But When While Also and but while whereas".split())
# A preposition opening a lead-in before the speaker's name: 'From Jane Doe, CEO: "..."',
# "Per John Smith, Chairman:" ("Per" is a given name too: dropped only before a common given
# name or an honorific, "Per Olof Hansson" keeping his; see _opens_full_name)
_LEAD_PREPOSITIONS = frozenset("Per For From Via By".split())


def _opens_full_name(word: str, rest: str) -> bool:
    """Whether ``rest`` opens with a full name (two capitalised words) the preposition
    ``word`` before it is no part of: after "Per" only a common given name's, its short form's
    or an honorific's ("Per John Smith", "Per Alex Hui", "Per Dr. Jane Doe"; not "Per Olof
    Hansson")."""
    words = rest.split(None, 2)
    if len(words) < 2 or not words[0][:1].isupper() or not words[1][:1].isupper():
        return False
    return word != "Per" or given_or_short(words[0]) or words[0] in HONORIFICS
# ("So Young Kim" is a name; lower case: '"...," while John Roe, CFO, noted that "..."')


def _clause_subject(who: str) -> tuple[str, str | None] | None:
    """The speaker closing a clause, set off by its last comma: "In a statement, Reilly"
    (said, "..."), "Under the agreement, Acme will pay $12.50 a share, Reilly" (said.): a
    surname or name alone, after words in lower case (a clause, not a list of names)."""
    cut = who.rfind(",")
    tokens = who[cut + 1 :].split()
    clause = who[:cut].split()
    if not 1 <= len(tokens) <= 4 or not any(w.islower() for w in clause):
        return None
    if _ENTITY_POSSESSIVES.intersection(clause):
        return None  # "In its opinion, Merrill Lynch": "its" says an entity speaks
    if len(tokens) == 1 or (len(tokens) == 2 and tokens[0] in HONORIFICS):
        return (tokens[-1], None) if _surname_word(tokens[-1]) else None
    # two capitalised words are as often a firm ("Wells Fargo", "Morgan Stanley") as a
    # person: a full name here needs an honorific or a middle initial ("John A. Smith")
    if tokens[0] not in HONORIFICS and not any(len(t) == 2 and t[1] == "." for t in tokens[1:-1]):
        return None
    name = person_name(" ".join(tokens))
    return (name, None) if name else None


_ENTITY_POSSESSIVES = frozenset({"its", "their"})


def place_or_firm(text: str) -> bool:
    """Whether a name read before a job's comma is a place's or a firm's, no person's: a
    large city or a state ("NEW YORK, PRESIDENT AND CEO", "San Jose, CEO", as a dateline
    run into a lead-in prints it) or a firm's last word ("Acme Robotics, President and CEO",
    "TEXAS INSTRUMENTS, CEO"; not after a common given name: "Jane Foods, CFO" is hers); the
    firm's job may still be its holder's (firm_office)."""
    words = text.split()
    return _home_place(text) or (len(words) > 1 and (
        words[-1].lower() in FIRM_TAIL or words[-1].lower() in _REGION_NOUNS)
        and words[0].lower() not in GIVEN_NAMES)


# a region's last word, a place no city list holds: "SILICON VALLEY, CEO" (a dateline run
# into a lead-in), "Orange County, CEO", "Research Triangle, CEO"
_REGION_NOUNS = frozenset("valley county region coast area triangle".split())


def _drop_company(text: str) -> tuple[str, str] | None:
    """(name, firm) of a name run into its firm's: "J. Nelson Westell Inc." (the firm's
    word and its legal form closing the run); the firm is the role's when a bare job
    follows ("..., President and COO")."""
    tokens = text.split()
    if len(tokens) <= 3 or tokens[-1] not in ORG_SUFFIX:
        return None
    cut = len(tokens) - 1
    while cut > 3 and tokens[cut - 1] in NOT_NAME:
        cut -= 1  # the firm's nouns: "Bill Jones Acme Holdings Inc."
    if _initial_and_given(tokens[: cut - 1]):
        return None  # "J. Walter Thompson Co.": a firm named for its founder, whole
    name = person_name(" ".join(tokens[: cut - 1]))
    return (name, " ".join(tokens[cut - 1 :])) if name else None


def _initial_and_given(tokens: list[str]) -> bool:
    """Whether ``tokens`` are an initial and a common given name ("J. Walter"): a name
    still wanting its surname, which the word after gives ("J. Walter Thompson Co." is a
    firm's name; "J. Nelson Westell Inc." a person's, then the firm's)."""
    return (len(tokens) == 2 and len(tokens[0]) == 2 and tokens[0][1] == "."
            and tokens[1].lower() in GIVEN_NAMES)


def firm_office(who: str) -> Office | None:
    """The job of an attribution naming a firm by its legal form or its last word, then a
    job, no person ("Westell Inc., President and COO", "J. Walter Thompson Co., President
    and CEO", "Acme Robotics, President and CEO"):
    every word after the comma a job's, for the caller to find its holder by, as
    "the company's CEO" is (office_alone)."""
    firm, comma, job = who.partition(",")
    words = firm.split()
    if not comma or len(words) < 2 or (
            words[-1] not in ORG_SUFFIX and words[-1].lower() not in FIRM_TAIL) or not all(
            w[:1].isupper() or w == "&" for w in words):
        return None
    office = _office_of_words(job.strip(" \t,").lower().split())
    if office is not None:
        office.firm = " ".join(words)
    return office


def fits_firm(office: Office, role: str) -> bool:
    """Whether the holder's ``role`` may be the job at ``office``'s firm: it names no firm,
    or names one of that firm's words ("President and COO of Westell" for "Westell Inc.";
    not for "J. Walter Thompson Co.")."""
    if not office.firm:
        return True
    words = [w.strip(".,'\u2019") for w in role.split()]
    named = [w for w in words if w[:1].isupper() and w.lower() not in ROLE_WORDS
             and w.lower() not in _OFFICE_JOINERS]
    # (in either case: "PERICOM SEMICONDUCTOR, PRESIDENT AND CEO" for "... of Pericom")
    firm = {w.strip(".,").lower() for w in office.firm.split()} - _FORMS_LOWER
    return not named or not firm.isdisjoint(w.lower() for w in named)


_FORMS_LOWER = frozenset(w.rstrip(".").lower() for w in ORG_SUFFIX)  # ("inc", "corp", ...)


def _office_of_words(words: list[str]) -> Office | None:
    """An Office of ``words`` when one is a job's and every other a job's or a joiner."""
    if not any(w in ROLE_WORDS for w in words) or any(
            w not in ROLE_WORDS and w not in _OFFICE_JOINERS for w in words):
        return None
    return Office(" ".join(words))


def _capitals_name(text: str, before_job: bool = False) -> str | None:
    """A full name printed in capitals in a release in mixed case ('said JOHN A. SMITH,
    president', as some 1990s releases set the speaker off), as printed: a common given name
    first, or any two words before a job's comma ("ALEX HUI, PRESIDENT AND CEO, said":
    ``before_job``); the words a name once cased ("ACME CORP", "IBM CEO" are none)."""
    if not (" " in text and _in_capitals(text)):
        return None
    tokens = [t.title() if t.title() in HONORIFICS else t for t in text.split()]
    given = 1 if tokens[0] in HONORIFICS else 0  # ("DR. JANE DOE")
    if not 1 < len(tokens) - given <= 4 or tokens[given].lower() not in GIVEN_NAMES and not (
            before_job and len(tokens) - given == 2):
        return None
    if not person_name(" ".join(_cased_surname(t) if len(t) > 2 else t for t in tokens)):
        return None
    return " ".join(text.split()[given:])  # (the honorific dropped, as "Dr. Jane Doe" is)


def _in_capitals(text: str) -> bool:
    """Whether ``text`` is printed in capitals, a Mc/Mac prefix's lower-case letters aside
    ("ROBERT McDONALD", "JAMES MacDONALD", as signers print it too)."""
    if text.isupper():
        return True
    # (a substring test first: most text holds no Mc/Mac)
    return ("Mc" in text or "Mac" in text) and all(
        t.isupper() or _capital_mc(t) for t in text.split())


def _split_run(text: str) -> tuple[str, str | None] | None:
    """Name first ("Frederic Kunzi CTO of ...") or last ("Chairman and CEO Alan J. Lacy")."""
    if _in_capitals(text) and (name := _capitals_name(text)):
        return name, None  # 'said JOHN SMITH.'
    if _in_capitals(text) and (name := _capitals_name(text, True)):
        return Capitalised(name), None  # 'said ALEX HUI.': the release tells (Capitalised)
    tokens = text.split()
    if not tokens:
        return None  # (nothing before a place: "in the release" of "As noted, in the release")
    if len(tokens) == 2 and tokens[0].isupper() and tokens[0].title() in HONORIFICS:
        tokens[0] = tokens[0].title()  # 'said MR. KIRBY', in capitals as the name is
    if len(tokens) == 1 or (len(tokens) == 2 and tokens[0] in HONORIFICS):
        t = tokens[-1]
        if len(t) > 2 and (t.isupper() or _capital_mc(t)):
            t = tokens[-1] = _cased_surname(t)
        if not _surname_word(t):
            return None
        # "said Mr. DeAngelis": the person named in full, else as printed (a person's)
        return (Titled(t, " ".join(tokens)) if len(tokens) == 2 else t), None
    if "and" in tokens and len(tokens) <= 6 and (joint := _joint_surnames(tokens)):
        return joint, None  # "said Catz and Ellison": the first, named in full earlier
    titled = _titled_name(tokens)
    if titled and not titled[2]:
        return titled[0], titled[1]
    found = _name_first_or_last(tokens)
    if found is None and ("of" in tokens or "at" in tokens):
        return _job_name_of(tokens)
    if titled and found and found[0] == titled[2]:
        # "Contoso Robotics CEO Jane Doe" as "Jane Doe CEO Acme Widgets" reads: the release
        # tells which (_Book.resolve: the words before the job printed as a firm's)
        return FirmFirst(found[0], (titled[0], titled[1])), found[1]
    return found


def _job_name_of(tokens: list[str]) -> tuple[str, str | None] | None:
    """The name between a job and the firm it is held at: "Chief Executive Officer Jane Doe
    of Acme Corp.", "Chairman Jane Doe of the Federal Reserve Bank", "Vice President of
    Sales Jane Doe of Acme Corp." (the role the job and the firm: "Chief Executive Officer
    of Acme Corp."; a town after it is none of it)."""
    for k, word in enumerate(tokens[:12]):
        if word not in ("of", "at") or k + 1 >= len(tokens) or not (
                tokens[k + 1][:1].isupper() or tokens[k + 1] == "the"):
            continue
        for n in (3, 2):
            job = tokens[: max(0, k - n)]
            if job and _job_end(job) and person_name(
                    name := " ".join(tokens[k - n : k])) == name:
                # (where the person is from is no part of it: "... Jane Doe of Chicago",
                # "... of Texas")
                held = [] if _home_place(" ".join(tokens[k + 1 :])) else tokens[k:]
                return name, clean_role(" ".join([*job, *held]))
    return None


def _job_end(job: list[str]) -> bool:
    """Whether ``job`` ends a job: with a job word, or with the department a job word heads
    after "of" ("Vice President of Sales", "Director of Investor Relations")."""
    if job[-1].rstrip(",.").lower() in ROLE_WORDS:
        return True
    of = next((i for i in range(len(job) - 2, max(0, len(job) - 5), -1) if job[i] == "of"), 0)
    return of > 0 and job[of - 1].lower() in ROLE_WORDS and all(
        w[:1].isupper() for w in job[of + 1 :])


def _capital_mc(word: str) -> bool:
    """ "McDONALD", "MacDONALD": a Mc/Mac surname printed in capitals past its prefix."""
    for prefix in ("Mc", "Mac"):
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) > 2 and rest.isupper() and rest.isalpha():
            return True
    return False


def _cased_surname(word: str) -> str:
    """A surname printed in capitals in a release in mixed case ('said KUNZI', as some 1990s
    releases print it), cased as the full name prints it ("Kunzi", "McDonald", "O'Neil");
    the caller resolves it against the full name, so an acronym ("IBM") finds none."""
    low = word.lower()
    if low.startswith("mc") and len(word) > 3:
        return "Mc" + word[2] + low[3:]
    if word.startswith("Mac") and word[3:].isupper():
        return "Mac" + word[3] + low[4:]  # "MacDONALD" -> "MacDonald"
    if low[1:2] in "'\u2019" and len(word) > 3:
        return word[:3] + low[3:]
    return word[0] + low[1:]


def _one_surname(tokens: list[str]) -> str | None:
    """ "Catz" or "Ms. Catz" (a Titled surname), else None."""
    if len(tokens) == 1 or (len(tokens) == 2 and tokens[0] in HONORIFICS):
        t = tokens[-1]
        if _surname_word(t):
            return Titled(t, " ".join(tokens)) if len(tokens) == 2 else t
    return None


def _joint_surnames(tokens: list[str]) -> str | None:
    """The first of two surnames joined by "and": "Catz and Ellison", "Ms. Catz and Mr.
    Ellison", "Messrs. Zionts and Kirby" (not "&", which joins a firm's names: "Johnson &
    Johnson", "Smith & Wesson"; not one name repeated)."""
    i = tokens.index("and")
    first = _one_surname(tokens[1:i] if tokens[0] == "Messrs." else tokens[:i])
    second = _one_surname(tokens[i + 1 :])
    return first if first and second and str(first) != str(second) else None


_ROLE_PREPOSITIONS = frozenset("of at for with from in".split())
_GROUP_NOUNS = frozenset("analysts officials executives representatives spokesmen spokeswomen"
                         " spokespeople spokespersons economists researchers".split())


def _name_first_or_last(tokens: list[str]) -> tuple[str, str | None] | None:
    """Name first ("Frederic Kunzi CTO of ...") or last ("Chairman and CEO Alan J. Lacy")."""
    for n in range(min(5, len(tokens)), 1, -1):
        if n > 2 and tokens[n - 1].lower() in FIRM_TAIL:
            continue  # ("Jane Doe Ventures": a firm's word closes no name)
        if person_name(" ".join(tokens[:n])):
            if n < len(tokens) and (tokens[n] == "&" or tokens[n].rstrip(",") in ORG_SUFFIX):
                if tokens[n] == "&" and _person_after(tokens[n + 1 :]):
                    return " ".join(tokens[:n]), None  # "John Smith & Jane Doe": the first
                return None  # a firm: "Morgan Stanley & Co.", "Goldman Sachs Group, Inc."
            if n < len(tokens) and tokens[n].lower() in _GROUP_NOUNS:
                return None  # "Smith Barney analysts said": a firm's people, no one person
            if n < len(tokens) and _firm_tail(tokens[n:]):
                return None  # "Blue Ridge Partners", "Hudson Capital Group": a firm quoted bare
            rest = _DEGREE_AFTER.sub("", " ".join(tokens[n:]), count=1)  # ("Jane Doe PhD")
            return " ".join(tokens[:n]), clean_role(rest) if rest else None
    # (or in capitals: "Teltrend Chairman HOWARD KIRBY"; a firm's word closes no name:
    # "Goldman Sachs Ventures")
    last = len(tokens) - 1 if tokens[-1].lower() not in FIRM_TAIL else 1
    for n in range(min(5, last), 1, -1):
        head = tokens[:-n]
        # (two words in capitals right after a job word are a name, as before a job's
        # comma: "ACME SEMICONDUCTOR CEO ALEX HUI", a given name the list lacks)
        if person_name(" ".join(tokens[-n:])) or _capitals_name(
                " ".join(tokens[-n:]), head[-1].lower() in ROLE_WORDS):
            if head[-1] in _ROLE_PREPOSITIONS:
                # a preposition's object is no speaker: "Vice President of Sales John
                # Smith" is John Smith's; "analysts at Smith Barney", "a spokeswoman for
                # Jane Doe" name a group or a firm, no one's quote
                continue
            if head[-1].lower() in ("the", "a", "an"):
                return None  # "Representatives of the Jane Doe Foundation": a body's name
            if head[-1] in ("&", "and"):  # "co-founders John Smith & Jane Doe": the first
                first = next((k for k in (3, 2) if k < len(head)
                              and person_name(" ".join(head[-1 - k : -1]))), 0)
                if first and (head[-1] == "&" or _role_words(" ".join(head[: -1 - first]))):
                    # ("said Co-CEOs John Smith and Jane Doe": a job before them, as with "&")
                    role = " ".join(head[: -1 - first])
                    return " ".join(head[-1 - first : -1]), clean_role(role) if role else None
            return " ".join(tokens[-n:]), clean_role(" ".join(head))
    return _titled_surname(tokens)


def _firm_tail(rest: list[str]) -> bool:
    """Whether the words after a name end a firm's ("Partners", "Capital Group"): a firm's
    last word, no job after it ("Jane Doe Group Vice President" holds her title)."""
    if rest[0].rstrip(",.").lower() not in FIRM_TAIL:
        return False
    return len(rest) == 1 or rest[1].rstrip(",.").lower() not in ROLE_WORDS


def _titled_name(tokens: list[str]) -> tuple[str, str | None, str] | None:
    """A full name closing the run right after a job word, a firm before the job: "Wells
    Fargo Securities analyst John Smith", "Goldman Sachs analyst Robert Johnson" (a two-word
    firm reads as a name, so the name-first reading would make the firm speak; so does a
    person before a job and a firm, "Jane Doe CEO Acme Widgets").

    (name, role, "") when the words before the job are plainly a firm's (a company word, an
    acronym), or the name after it plainly a person's (a middle initial) and they not;
    (name, role, the words before the job) when only the release can tell; None for no
    such run."""
    for n in (2, 3):
        head, name = tokens[:-n], " ".join(tokens[-n:])
        if len(head) < 2 or head[-1].lower() not in ROLE_WORDS or not person_name(name):
            continue
        if any(t.lower() in FIRM_TAIL for t in tokens[-n:]):
            return None  # "Jane Doe CEO Acme Robotics": the firm closes the run
        job = next(k for k, t in enumerate(head) if t.lower() in ROLE_WORDS)
        lead = head[:job]
        if not lead or lead[-1].lower() in _NO_FIRM_END or (
                "and" in lead and person_name(" ".join(lead[: lead.index("and")]))):
            return None  # "Jane Doe and director John Smith": two people
        firm = " ".join(lead)
        plain = any(t in NOT_NAME or t.rstrip(",") in ORG_SUFFIX or t.lower() in FIRM_TAIL
                    or (t.isupper() and t.isalpha() and len(t) > 1 and t.lower() not in ROMAN)
                    for t in lead)
        # (or a job held at a firm for its clients or press, "Smith Barney analyst John
        # Smith", unless a person holds it: "Jane Doe analyst Raymond James")
        plain = plain or (head[-1] in _FIRM_JOBS and not _person_first(lead, tokens[-n:])) or (
            plainly_personal(name) and not plainly_personal(firm))
        return name, clean_role(" ".join(head)), "" if plain else firm
    return None


_FIRM_JOBS = frozenset("analyst spokesman spokeswoman spokesperson".split())


def _person_first(lead: list[str], after: list[str]) -> bool:
    """Whether the words before a firm's job are a person's ("Jane Doe" before "analyst
    Raymond James"): a given name and a surname, the words after the job less plainly so
    (both given names, "Raymond James", "Morgan Stanley", read as a firm's)."""
    def given(words: list[str]) -> int:
        return sum(w.lower() in GIVEN_NAMES for w in words[:2])
    return len(lead) == 2 and given(lead) == 1 and lead[0].lower() in GIVEN_NAMES and (
        len(after) != 2 or given(after) != 1 or after[0].lower() not in GIVEN_NAMES)


# Last words before a job that tie it to a person, no firm: "Jane Doe and director John Roe"
_NO_FIRM_END = frozenset("and & her his its their our".split())


class FirmFirst(str):
    """A two-word name before a job and a name ("Goldman Sachs analyst Robert Johnson"),
    read name first; ``after`` is (the name after the job, the firm and job) for a release
    that prints the first name as a firm's."""

    after: tuple[str, str | None]

    def __new__(cls, text: str, after: tuple[str, str | None]) -> FirmFirst:
        self = super().__new__(cls, text)
        self.after = after
        return self


def _person_after(tokens: list[str]) -> bool:
    """Whether the words after an "&" name a person ("& Jane Doe", "& Jane M. Doe"), not
    a firm's rest ("& Co.", "& Young LLP")."""
    return any(person_name(" ".join(tokens[:k])) for k in (2, 3) if k <= len(tokens))


# A surname run in with its particle: "DeAngelis", "LeBlanc", "DiMarco", "VanDyke" (the
# particles NAME_TOKEN takes; "PayPal", "FedEx" are none)
_PARTICLE_SURNAME = lazy(r"(?:D[aeiu]|De[ls]|Dal|L[aeo]|Van|Von)[A-Z][a-z]+$")


def _surname_word(t: str) -> bool:
    """A word that may be a surname alone: "Reilly", "McDonald", "O'Brien", "Smith-Jones"
    (not "IBM", "III", "J." or a role word)."""
    cased = t[1:].islower() or (t[1:].replace("-", "").replace("'", "").isalpha() and (
        t.startswith(("Mc", "Mac", "O'")) or "-" in t)) or _PARTICLE_SURNAME.match(t) is not None
    return cased and name_token(t) and t not in NOT_NAME and t.lower() not in ROLE_WORDS


def _titled_surname(tokens: list[str]) -> tuple[str, str | None] | None:
    """ "Chairman Smith", "CEO Jones", "Chief Executive Officer Smith", "Acme President
    Doe": a title (maybe after the company's word) before a surname, the person named in
    full earlier (the caller resolves the surname)."""
    # (the company's word: capitalised, a title after it)
    lead = 1 if len(tokens) > 2 and tokens[0][:1].isupper() and (
        tokens[0].lower() not in ROLE_WORDS and tokens[0] not in NOT_NAME) else 0
    if len(tokens) > 6 or tokens[lead].lower() not in ROLE_WORDS:
        return None
    t = tokens[-1]
    if not _surname_word(t):
        return None
    if any(w.lower() not in ROLE_WORDS and w not in ("and", "&") for w in tokens[lead + 1 : -1]):
        return None
    return t, clean_role(" ".join(tokens[:-1]))


# What a verb of appointment gives that is no job at the company: an award ("named CEO of
# the Year by ..."), a board committee's chair, a post at an outside body ("elected
# President of the Board of Trustees of Rice University", "Chairman of the Texas Bankers
# Association for 2005")
_OUTSIDE_POST = lazy(
    r"\b(?:Year|Committee|Trustees|Governors|Regents|University|College|Association|Foundation"
    r"|Institute|Council|Chamber|Federation|Commission|Museum)\b"
    r"|\bfor[ \t]+(?:the[ \t]+)?(?:19|20)\d\d\b"
)


def appointed_job(role: str) -> str:
    """The job a verb of appointment gives ("a director of the Company" -> "director of the
    Company"; "Chief Financial Officer by the Board" -> "Chief Financial Officer"), or ""
    when it gives none (see _OUTSIDE_POST)."""
    by = role.find(" by ")
    if by > 0:
        role = role[:by]
    if role.startswith(("a ", "an ")):
        role = role.split(" ", 1)[1]
    role = without_next_appointee(role)
    return "" if _OUTSIDE_POST.search(role) else role
ROMAN = frozenset("ii iii iv".split())
