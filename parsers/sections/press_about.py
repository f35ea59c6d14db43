"""The About section of a press release: {company, text}.

Schema slice (of ``press_releases[]``), seed 000::

    about   {"company": "CTC Communications", "text": "CTC is a rapidly growing ..."}

The About section runs from its heading ("About CTC Communications", "ABOUT STOCKWALK.COM
GROUP, INC.") to the next boundary (``press_tail.is_boundary``: safe harbour, contacts, end
mark "# # #", a short heading); Apple prints it without a heading, after the safe harbour
(``press_release`` handles that). Under a heading naming no company ("About the Company",
"Company Profile") the company is the one the text opens with, else the dateline's as the
text or the dateline paragraph prints it ("The Company is ..." / "Founded in 1987, Acme Corp.
is ..."), or the one it brackets a ticker after; "About Us" naming none has no company. Of
several, the one naming the release's company by any name it goes by
(``company_names``: "About IEP and IEH" in Icahn Enterprises L.P.'s release) is taken.
Printed with no heading, the company's standing paragraph is found near the body's end
(``about_above_tail``), or after the safe harbour past a notice opening with the company's
name ("Sears will webcast ...": ``_NOTICE_AFTER``). A numbered list the text leads into
("... through its businesses:" / "1. Integrated Circuits") is the About's, its items no
headings and not counted as its paragraphs; under a heading run into the text ("About Acme -
Acme Corp. is ...") the next paragraph is its second (a title in capitals or the wire's
"Source:" line ends it there).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from ..lazy_re import lazy
from .press_patterns import (
    ABOUT_HEADING,
    ABOUT_INLINE,
    ABOUT_STARTS,
    PROFILE_ENDS,
    PROFILE_HEADING,
    URL,
)
from .press_tail import (
    _NUMBER_FIRST,
    _NUMBER_MARK,
    DESCRIBES,
    DESCRIBES_FIRST,
    _bullet_cell,
    _fls_phrase,
    _is_heading_para,
    _list_item,
    about_colon,
    about_run_in,
    fls_sentence_start,
    is_boundary,
    other_notice,
    paragraphs_of,
    period_head,
    run_in_standing,
)
from .press_text import more_words, normalise

_MAX_ABOUT_PARAS = 4
_MAX_ITEMS = 20  # listed items an About may hold (its paragraphs count apart)



# Trademark signs and a ticker after a name: "Acme\u00ae", "ACME CORP. (NYSE: ACM)"; a footnote's
# star and a dash ending the heading ("About Acme*", "About Acme -")
_MARKS = lazy(
    r"[\u00ae\u2122\u00a9\u2120]|\((?:R|TM|SM|C)\)|[ \t]*\([A-Za-z .]{2,20}:[ \t]*[A-Z.]{1,8}\)$"
    r"|\*{1,3}$|[ \t]+[-\u2013\u2014]{1,2}$"
)
# A fund's, a trust's or a group's release: "About the Fund", "About the Trust"; its text
# may open with another party ("Beta Capital LLC is the investment adviser to the Fund")
_OTHER_GENERIC = frozenset((
    "our company", "the fund", "the trust", "the reit", "the firm", "the group", "the issuer",
))
_GENERIC_COMPANY = _OTHER_GENERIC | {
    "the company", "the corporation", "us", "the bank", "the partnership"
}
# The company an About text opens with: "Acme is ...", "Acme Corp. (NYSE: ACM) is ...".
_SUBJECT = lazy(
    r"((?:The[ \t]+)?[A-Z][\w&.'\u2019-]*(?:,?[ \t]+(?:[A-Z][\w&.'\u2019-]*|&|of|and)){0,6})"
    r"(?:[ \t]+\([^()\n]{1,40}\))?"
    r"(?:,?[ \t]+(?:is|was|are|has|have|provides|develops|designs)\b|,[ \t]+(?:a|an|the)[ \t])"
)

# The same subject doing what a company does ("Oracle Corporation (NYSE: ORCL) offers ...");
# a product may open so too ("The Oracle Cloud offers ..."): taken only as a company's name
# (``_acting_company``)
_SUBJECT_ACTS = lazy(
    r"((?:The[ \t]+)?[A-Z][\w&.'\u2019-]*(?:,?[ \t]+(?:[A-Z][\w&.'\u2019-]*|&|of|and)){0,6})"
    r"([ \t]+\([^()\n]{1,40}\))?[ \t]+(?:offers|operates|owns|serves|delivers|manufactures"
    r"|produces|markets|distributes|supplies|specializes|sells|makes|builds|creates|helps"
    r"|enables|empowers|powers|engages|focuses|invests|leads)\b"
)
# A name with a ticker bracketed after it, in an About's text: "about Oracle (NYSE: ORCL)"
_TICKER_AFTER = lazy(r"[ \t]\((?:[A-Za-z][A-Za-z .-]{1,24}:[ \t]*)[A-Z][A-Z.]{0,7}\)")
# Headings that name the release's company only as "us" or "the company" (no name of it)
_UNNAMED = frozenset(("us", "our company", "the company", "the corporation"))


def about_in(
    firsts: Sequence[str],
    texts: Sequence[str],
    company: str | None = None,
    names: Mapping[str, int] | None = None,
) -> tuple[int, int, dict[str, str]] | None:
    """(first, end) paragraph indexes and {company, text} of the company's About section.

    A release may print several ("About CP-101", "About the ACCORD Trial", "About Contoso
    Pharmaceuticals"): given the first word of the company the dateline names (or all the
    names it goes by, see ``company_names``), the section naming it is taken, else the
    first. ``first`` is where the first About opens, so the body ends there either way.
    """
    if names is None:
        names = {company.lower(): OWN} if company else {}
    first = best = None  # best: (rank, end, about)
    other = None  # a run-in About of another's, ahead of the company's
    for i, start, company_name, parts, run_in in _abouts(firsts, texts):
        end = _about_end(start, firsts, texts, bool(parts))
        if end == start < len(texts) and not parts and (cut := fls_sentence_start(texts[start])):
            # the safe harbour run into the About's paragraph: the sentences before it
            parts = [texts[start][:cut].rstrip()]
            end = start + 1
        else:
            parts = [p for p in parts + list(texts[start:end]) if p]
        if not parts:
            break
        name = _drop_stop(_MARKS.sub("", (company_name or "").strip().rstrip(":")).strip())
        if name.lower() in _OTHER_GENERIC and _opens_with_another(parts[0], name):
            pass  # "About the Fund": "Beta Capital LLC is the adviser to the Fund": as headed
        elif not name or name.lower() in _GENERIC_COMPANY:
            # "About the Company", "Company Profile": the text names it, else the dateline
            # ("The Company is ...", "Founded in 1987, Acme Corp. is ...")
            named = _SUBJECT.match(parts[0])
            subject = named.group(1) if named else ""
            if subject.lower() in _GENERIC_COMPANY or (named and _SUBSIDIARY.match(
                    parts[0], named.end(1))):
                subject = ""  # (or the company's subsidiary the text opens with)
            if not subject:
                subject = _acting_company(parts[0], names)
            if not subject and company:
                # the About's own mention, unless it is the bare word ("Acme is based ...")
                subject = _own_mention(parts[0], company) or ""
                if subject in ("", company) and i > 0:
                    subject = named_in(texts[0], company) or subject
            if not subject and name.lower() in _UNNAMED:
                subject = _ticker_name(parts[0]) or ""
            name = subject or name or None
        if name is None:
            continue
        # ("About Us" naming no company anywhere: no company, rather than "Us")
        about = {"company": None if name.lower() in _UNNAMED else name,
                 "text": "\n\n".join(parts)}
        rank = rank_of(name.split(None, 1)[0], names)
        if rank > HEADLINE and names and texts[i].rstrip(": \t") in _BARE_BACKGROUND:
            continue  # "Background" over a partner's standing paragraph: a heading of the body
        if run_in and not run_in_standing(parts[0]) and _RUN_IN_NEWS.match(parts[0]) \
                and not _STANDING.search(parts[0]) and not _STANDS.search(parts[0]):
            continue  # "About Acme. Acme expects the deal to close ...": the body's news
        if run_in and (rank > HEADLINE or not names):
            # a run-in heading naming none of the company's names: news ("About Non-GAAP
            # Financial Measures. Non-GAAP net income ...") is the body's; a partner's or a
            # product's standing paragraph ("About Beta Systems. Beta Systems, Inc. is a
            # ...") ends the body only ahead of the company's own About
            if not run_in_standing(parts[0]):
                continue
            if names:
                other = i if other is None else other
                continue
        if first is None:
            first = i if other is None else other
        if best is None or rank < best[0]:
            best = rank, end, about, start
        if not names or rank <= ALIAS:  # (with no names the first is taken)
            break
    if first is None or best is None:
        _same_length(firsts, texts)
        return None
    if best[0] > HEADLINE and not is_own(best[2], names):
        # a partner's or a product's About ("About Beta") while the company's own standing
        # paragraph is printed headingless inside it or just above it: the company's
        own = _own_within(texts, best[3] + 1, best[1], names) or about_above_tail(
            texts, first, names)
        if own is not None:
            return min(first, own[0]), own[1], own[2]
    return first, best[1], best[2]


def is_own(about: Mapping[str, str | None], names: Mapping[str, int]) -> bool:
    """Whether an About read is the company's own by the names it goes by: its company's or
    its text's first word ("About Sears-Roebuck - Sears, Roebuck and Co. is ..."); with none
    known, or no company named, it is taken as the company's."""
    company = about["company"]
    if not names or not company:
        return True
    return any(rank_of(words[0], names) <= HEADLINE
               for words in (company.split(None, 1), (about["text"] or "").split(None, 1))
               if words)


def _own_within(texts: Sequence[str], start: int, end: int, names: Mapping[str, int]
                ) -> tuple[int, int, dict[str, str]] | None:
    """The company's standing paragraph run on under another's About heading ("About
    Beta" / "Beta is ..." / "Acme Corp. is a leading ..."), with what follows it there."""
    for k in range(start, end):
        found = _own_standing(texts[k], names)
        if found is not None:
            about = _standing_about(texts, k, found[0], found[1], names)
            if about is not None:
                return k, end, {"company": about[2]["company"],
                                "text": "\n\n".join(texts[k:end])}
    return None


def _own_standing(text: str, names: Mapping[str, int]) -> tuple[int, str] | None:
    """(rank, company) when ``text`` is a standing paragraph opening with a name of the
    company's own (not "The Company", which under another's heading is the other)."""
    if not text[:1].isupper() or text.startswith(_THE_COMPANY):
        return None
    found = _describes(text, names, _quotes(text))
    if found is None or found[0] > HEADLINE or not _long_enough(text):
        return None
    return found[0], found[1]


# Paragraphs looked at after the safe harbour for the company's headingless About: a heading
# and another's standing paragraph may come first ("Background" / "Beta Inc. is ...")
_AFTER_SAFE_HARBOR = 4
# What follows the company's name in a notice printed after the safe harbour, no About: "Sears
# will webcast its second quarter earnings conference call ...", "Acme plans to ...", "Acme
# invites ...", "Acme has scheduled ..." (an About says what the company is or does)
_NOTICE_AFTER = lazy(
    r"[ \t]+(?:will|plans[ \t]+to|intends[ \t]+to|invites|(?:has|have)[ \t]+scheduled"
    r"|(?:is|are)[ \t]+scheduled)\b"
)


def about_after_safe_harbor(
    firsts: Sequence[str], texts: Sequence[str], k: int, company: str | None,
    names: Mapping[str, int], others: bool = False,
) -> tuple[int, int, dict[str, str]] | None:
    """An About paragraph printed without its heading after the safe-harbour text (which
    ends at ``k``): one opening with the company's name (Apple 2011, 2024: "Apple
    revolutionized ..."), named as the paragraph prints it in full ("Acme Holdings, Inc.,
    based in Stamford, ..."), or the company's standing paragraph under a heading or
    another's standing paragraph ("Background" / "Teltrend Inc. ... is headquartered in
    ..." / "Westell Technologies, Inc, headquartered in Aurora, ..."). ``others``: another's
    About was read above, so only a standing paragraph is taken ("Sears will webcast ..."
    is a notice)."""
    for j in range(k, min(len(texts), k + _AFTER_SAFE_HARBOR)):
        text = texts[j]
        if is_boundary(firsts[j], text):
            return None
        # (in any case: "Omni Energy Services Corp." above, "OMNI Energy Services Corp. ...")
        word = text[: len(company)] if company and not others else ""
        if word and word.lower() == company.lower() and text[len(word) : len(word) + 1] == " " \
                and more_words(text, 14):
            if _NOTICE_AFTER.match(text, len(word)):
                continue  # "Sears will webcast its ... call": a notice; the About may follow
            return j, j + 1, {"company": named_in(text, word) or word, "text": text}
        if (found := _own_standing(text, names)) is not None:
            return _standing_about(texts, j, found[0], found[1], names)
        if more_words(text, 6) and not (_STANDING.search(text) and not _quotes(text)):
            return None  # (only a heading or another's standing paragraph comes first)
    return None


def _acting_company(text: str, names: Mapping[str, int]) -> str:
    """The company an About's text opens with doing what it does, when the subject is a
    company's name: a legal form ends it, a ticker is bracketed after it, or it opens with
    one of the release's names ("Acme Robotics, Inc. designs", "Oracle Corporation (NYSE:
    ORCL) offers"; not "The Oracle Cloud offers")."""
    m = _SUBJECT_ACTS.match(text)
    if m is None:
        return ""
    subject = m.group(1).rstrip(",")
    last = subject.rsplit(None, 1)[-1].rstrip(".").lower()
    first = subject.split(None, 1)[0]
    if m.group(2) is not None or last in _SHORT_FORMS or last in _LEGAL_WORDS or (
            first != "The" and rank_of(first, names) <= HEADLINE):
        return subject
    return ""


def _ticker_name(text: str) -> str:
    """The name an About's text brackets a ticker after ("For more information about Oracle
    (NYSE: ORCL), visit ..."): up to six capitalised words (with "of", "and", "&") before
    it."""
    m = _TICKER_AFTER.search(text)
    if m is None:
        return ""
    words = text[max(0, m.start() - 120) : m.start()].split()
    name: list[str] = []
    for word in reversed(words[-7:]):
        if not (word[:1].isupper() or word in ("of", "and", "&")) or (
                word.endswith((".", ":")) and word.rstrip(".").lower() not in _SHORT_FORMS):
            break  # (a sentence's end before the name: "... in 1977. Acme (NYSE: ACM)")
        name.insert(0, word)
    while name and not name[0][:1].isupper():
        name.pop(0)
    return " ".join(name).rstrip(",")


# Legal forms spelled in full, in lower case
_LEGAL_WORDS = frozenset(("incorporated", "corporation", "company", "limited", "llc", "plc"))


# "subsidiary" set right before a name, in its sentence, as its appositive: "through its
# wholly-owned subsidiary, Horizon Bank,", "its subsidiary Horizon Bank" (not "... with one
# bank subsidiary. Acme Bancorp, Inc. was founded": a sentence ends between)
_SUBSIDIARY_BEFORE = lazy(r"(?i)\bsubsidiar(?P<plural>y|ies),?[ \t\n]{1,4}$")
# After a plural's name, a list or an appositive: "its subsidiaries, Horizon Bank and
# Horizon Financial Services, Inc., from ..." (not "The Company, together with its
# subsidiaries, Acme Bancorp, Inc. provides ...": the company, subject of the verb)
_LISTED_AFTER = lazy(r",|[ \t]and[ \t]")


def _own_mention(text: str, word: str) -> str | None:
    """The company's name as an About's text names it, but not its subsidiary's ("The
    Company, through its wholly-owned subsidiary, Horizon Bank, operates ...": the words
    just before the name say so)."""
    name = named_in(text, word)
    if name is not None:
        at = text.find(word)
        before = _SUBSIDIARY_BEFORE.search(text, max(0, at - 20), at)
        if before is not None and (before.group("plural").lower() == "y" or _LISTED_AFTER.match(
                " ".join(text[at : at + len(name) + 40].split()), len(name))):
            return None
    return name


# A name set in apposition as the company's subsidiary, under "About the Company": "Acme
# Savings Bank, the Company's wholly owned subsidiary, operates ...", "Acme Bank, a wholly-
# owned subsidiary of Acme Bancorp, Inc., is ..."
_SUBSIDIARY = lazy(
    r",[ \t]+(?:the[ \t]+(?:Company|Corporation)[\u2019']s[ \t]|(?:a|an|the)[ \t]+(?:principal"
    r"[ \t]+|(?:wholly|majority)[- ]owned[ \t]+|operating[ \t]+|banking[ \t]+){0,2}subsidiary[ \t])"
)


def _drop_stop(name: str) -> str:
    """The name under a heading closed by a stop ("About Acme." in bold): the stop is the
    heading's unless it ends an abbreviated legal form or an initial ("Acme Corp.", "ACME
    CO.", "S.A."; a word in full is no abbreviation: "About Acme Corporation." -> "Acme
    Corporation")."""
    if not name.endswith(".") or (" " not in name and "." in name[:-1]):
        return name
    last = name[:-1].rsplit(None, 1)[-1].strip(",")
    if len(last) < 2 or "." in last or last.lower() in _SHORT_FORMS:
        return name
    return name[:-1]


# Abbreviations a name may end with ("Acme Bros.", "Acme Mfg.", "Acme Sdn. Bhd."), in lower
# case
_SHORT_FORMS = frozenset(
    "inc corp co cos ltd ltda pty pte bhd sdn bros mfg intl natl assn svcs hldgs grp mgmt"
    " ind inds sa spa nv bv ag kk ab as oy".split()
)


# What a run-in About of news opens with: a name, then what it will do or did ("Acme
# expects the transaction to close ...", "Acme announced ..."), where a standing paragraph
# says what it is (``run_in_standing``, or ``_STANDS`` anywhere: "Acme will be the premier
# provider of ...", "Acme, which reported revenue of $1.2 billion, is a leading ...")
_RUN_IN_NEWS = lazy(
    r"(?:The[ \t]+)?[A-Z][\w&.'\u2019-]*(?:,?[ \t]+(?:[A-Z][\w&.'\u2019-]*|&|of|and)){0,6},?"
    r"(?:[ \t]+\([^()\n]{1,60}\),?)?[ \t]+(?:also[ \t]+)?(?:expects|will|plans|intends"
    r"|anticipates|announced|announces|said|says|agreed|has[ \t]+agreed|signed|completed)\b"
)
_STANDS = lazy(
    r"\b(?:is|are)[ \t]+(?:a|an|the|one[ \t]+of)[ \t]|\b(?:provides|designs|develops"
    r"|manufactures|operates|owns|produces|distributes|markets|offers|supplies|specializes"
    r"|serves)[ \t]|\bproviders?[ \t]+of\b"
)
# What an "About the ..." heading over the body's own news names: "About the Transaction",
# "ABOUT THE OFFERING", "About the Proposed Merger", "About the Conference Call", and the
# event the release invites to ("About the Webcast Replay", "About the Annual Meeting")
_DEAL_WORDS = frozenset(
    "transaction transactions offering offerings merger mergers acquisition acquisitions "
    "agreement deal combination offer placement financing spin-off spinoff separation notes "
    "debentures repurchase buyback settlement proposal tender dividend distribution sale "
    "divestiture call calls webcast webcasts replay replays meeting presentation".split()
)


def _news_heading(name: str, text: str = "") -> bool:
    """Whether an About heading names the body's news, not a company: "About the
    Transaction", "About the Proposed Merger with Beta", "About Non-GAAP Financial Measures"
    (not "About the Company", "About the ACCORD Trial", nor a name holding a deal word:
    "About The Music Acquisition Corporation", "About The Merger Fund"). ``text``: the
    About's text, which may describe the headed name as a firm (see _describes_firm)."""
    cased = [w.strip(".,") for w in name.replace(":", " ").split()]
    words = [w.lower() for w in cased]
    if "non-gaap" in words:
        return True
    if len(words) < 2 or words[0] != "the":
        return False
    # the deal word ends the heading or is followed by its parties: "... Merger with Beta"
    news = words[-1] in _DEAL_WORDS or any(
        words[n] in _DEAL_WORDS and words[n + 1] in _DEAL_LINKS
        and not _names_a_call_of(words[n], cased[n + 1 : n + 3])
        for n in range(1, len(words) - 1))
    return news and not (_EVENT_WORDS.intersection(words) and _describes_firm(words, text))


# The deal words of an event the release invites to, which also name firms and foundations
# ("The Sports Replay, Inc.", "The Meeting of the Minds Foundation"); a deal's own defined
# term ("The Transaction is an all-cash deal ...") is left news
_EVENT_WORDS = frozenset("call calls webcast webcasts replay replays meeting presentation".split())
# What a description opens with: a name, its listing maybe, then what it is ("The Replay is
# a sports-video network", "Acme Webcasts, Inc. (NASDAQ: AWEB) is a leading provider of")
_NAME_IS = lazy(
    r"((?:[A-Z][\w&.'\u2019-]*|of|the|and|&)(?:,?[ \t]+(?:[A-Z][\w&.'\u2019-]*|of|the|and|&)){0,7})"
    r",?(?:[ \t]+\([^()\n]{1,40}\))?[ \t]+(?:is|was|are)[ \t]"
)


def _describes_firm(words: list[str], text: str) -> bool:
    """Whether an About's text opens by describing the headed name ("the Sports Replay",
    lower-cased ``words``) as a firm does: its name holds the heading's words capitalised
    and it stands ("The Sports Replay, Inc. is a leading provider of ...", "The Meeting of
    the Minds Foundation is a non-profit ..."; not "A replay of the webcast will be ...")."""
    m = _NAME_IS.match(text)
    if m is None or not _STANDS.search(text, m.start(), m.end() + 40):
        return False
    named = {w.strip(",.").lower() for w in m.group(1).split() if w[:1].isupper()}
    return all(w in named or w in _NAME_LINKS for w in words[1:])


_NAME_LINKS = frozenset(("of", "the", "and", "&"))


_DEAL_LINKS = frozenset("with of by between among for".split())
_CALLS = frozenset(("call", "webcast"))
_DETERMINERS = frozenset("the a an our its their this his her".split())


def _names_a_call_of(word: str, after: list[str]) -> bool:
    """Whether a call or webcast word opens a name: "of" and a capitalised word that is no
    article ("About the Call of Duty League"; not "the Webcast of the Annual Meeting", "the
    Call with Analysts": the body's news)."""
    return (word in _CALLS and len(after) == 2 and after[0].lower() == "of"
            and after[1][:1].isupper() and after[1].lower() not in _DETERMINERS)


def _opens_with_another(text: str, heading: str) -> bool:
    """Whether an About headed "the Fund" ("the Trust", "Our Company") opens with another
    party's role toward it: "Beta Capital Management, LLC is the investment adviser to the
    Fund.", "BlackRock, Inc. is the Fund's sub-adviser." (not "Acme Income Fund is a
    closed-end fund", "The Fund is ...")."""
    named = _SUBJECT.match(text)
    if named is None or named.group(1).lower() in _GENERIC_COMPANY:
        return False
    stop = text.find(". ", named.end(), 300)
    word = heading.split()[-1]  # "Fund", "REIT", "FUND" (as "the Fund" in the text)
    return any(text.find("the " + w, named.end(), stop) >= 0 for w in {word, word.title()})


# The words of a company's name after its first: "Northwind Systems, Inc. (Nasdaq: NWND)"
_NAME_RUN = lazy(r"(?:,?[ \t]+(?:[A-Z][\w&.'\u2019-]*|&|of|and)){0,6}")
_NAME_ENDS = frozenset(
    "Inc Corp Co Ltd LLC LLP LP L.P plc PLC N.V S.A AG SE Incorporated Corporation Company "
    "Limited".split()
)


def named_in(text: str, word: str) -> str | None:
    """The company whose name opens with ``word`` as ``text`` first names it in full:
    "Northwind Systems, Inc." (up to its "Inc." or a sentence end)."""
    at = text.find(word)
    if at < 0 or (at and (text[at - 1].isalnum() or text[at - 1] in "&-")):
        return None
    end = at + len(word)
    if end < len(text) and (text[end].isalnum() or text[end] in "-&"):
        return None  # part of a longer word
    tokens = [word]
    run = text[end : _NAME_RUN.match(text, end).end()].split()
    for n, token in enumerate(run):
        bare = token.strip(",").rstrip(".")
        if token.endswith(".") and bare not in _NAME_ENDS and len(bare) > 1:
            tokens.append(bare)  # "... Acme Holdings. The company" ends there
            break
        tokens.append(token)
        # (a spelled-out ending goes on with "of": "Home Health Corporation of America, Inc.")
        if bare in _NAME_ENDS and not (token == bare and run[n + 1 : n + 2] == ["of"]):
            break
    while len(tokens) > 1 and tokens[-1].strip(",") in ("and", "of", "&"):
        tokens.pop()
    return " ".join(tokens).rstrip(",")


# ---- the company's names and its headingless About ------------------------------------------

# How sure a name is the release's own company: the dateline's first word, a short name or
# ticker bracketed after its name, the headline's first word; a name found nowhere ranks last.
OWN, ALIAS, HEADLINE, _NOT_OURS = 0, 1, 2, 9
# A short name or ticker bracketed after the company's name in the dateline paragraph:
# "Icahn Enterprises L.P. (NASDAQ: IEP) (\u201cIEP\u201d)", "Horizon Financial Corp. (Horizon)",
# "Home Health Corporation of America, Inc. (Nasdaq-NNM:HHCA)", "Corrections Corporation of
# America (NYSE: CXW) ("CCA" or the "Company")" (the first name of several)
_ALIAS = lazy(
    r",?[ \t]*\((?:[A-Za-z][A-Za-z .-]{1,24}:[ \t]*)?(?:the[ \t]+)?[\"\u201c]?(?:the[ \t]+)?"
    r"([A-Z][A-Za-z0-9&.-]{1,24}?)[\"\u201d]?(?:,?[ \t]+(?:or|and)[ \t][^()\n]{1,40})?\)"
)
_NOT_ALIAS = frozenset("company corporation registrant bank partnership fund trust issuer".split())
# A person who announces, not a company: "Robert H. Gaynor, Chairman and Chief Executive
# Officer, announced today, that Westell Technologies ..."
_PERSON = lazy(
    r"[A-Z][a-z]+[ \t]+(?:[A-Z]\.[ \t]+)?[A-Z][a-z'\u2019-]+(?:,?[ \t]+(?:Jr\.|Sr\.|I{2,3}|IV))?,"
    r"[ \t]+(?:the[ \t]+)?(?:[A-Z][a-z]+[ \t]+){0,3}"
    r"(?:Chairman|Chairwoman|Chair|President|Chief|CEO|Founder|Director|Officer|Partner)\b"
)
# a headline's first word that names no company ("NEW PRODUCT ...", "FIRST QUARTER ...")
_HEADLINE_WORD = lazy(r"[\"\u201c]?([A-Za-z][A-Za-z0-9&'-]{2,})")
_NOT_HEADLINE_NAME = frozenset(
    "the new first second third fourth fiscal record press news annual quarterly update "
    "correction board notice".split()
)


def company_names(lead: str, word: str | None, headline: str | None = None) -> dict[str, int]:
    """The names the release's company goes by, with their ranks (OWN, ALIAS, HEADLINE; an
    alias as printed, the others in lower case): ``word`` (the first word after the
    dateline), what the dateline paragraph ``lead`` brackets after its name, and the
    headline's first word when ``lead`` prints it
    ("WESTELL TECHNOLOGIES ANNOUNCES ..." over "Robert H. Gaynor ... announced today, that
    Westell Technologies (NASDAQ: WSTL) ...")."""
    names: dict[str, int] = {}
    lead = lead[:600]
    at = lead.find(word) if word else -1
    if word and (at < 0 or _PERSON.match(lead, at) is None):
        names[word.lower()] = OWN
        for _ in range(3):  # its first mentions (the dateline's city may print it too)
            if at < 0:
                break
            pos = _NAME_RUN.match(lead, at + len(word)).end()
            while (m := _ALIAS.match(lead, pos)) is not None:
                alias = m.group(1).rstrip(".")
                if alias.lower() not in _NOT_ALIAS:
                    names.setdefault(alias, ALIAS)  # as printed: "(NYSE: IT)" is no "It"
                pos = m.end()
            at = lead.find(word, at + len(word))
    m = _HEADLINE_WORD.match(headline or "")
    if m is not None:
        first = m.group(1).lower()
        if first not in names and first not in _NOT_HEADLINE_NAME and _prints(lead, first):
            names[first] = HEADLINE
    return names


def rank_of(token: str, names: Mapping[str, int]) -> int:
    """The rank of the name a word of text opens with (an alias as printed), else _NOT_OURS."""
    token = token.rstrip(",")
    rank = names.get(token.lower())
    return names.get(token, _NOT_OURS) if rank is None else rank


def _prints(text: str, word: str) -> bool:
    """Whether ``text`` prints the lower-case ``word`` as a capitalised word."""
    low = text.lower()
    at = low.find(word)
    while at >= 0:
        end = at + len(word)
        if text[at].isupper() and (at == 0 or not low[at - 1].isalnum()) and (
                end == len(low) or not low[end].isalnum()):
            return True
        at = low.find(word, end)
    return False


_THE_COMPANY = ("The Company ", "The Company,", "The Corporation ", "The Corporation,")
# News, not a standing description: "Acme is the first to ... It today launched ...", "...
# in the quarter" (not "one of the largest drillers working in Texas today")
_NEWS = lazy(
    r"(?i:\b(?:(?:today|yesterday)[ \t]+(?:said|named|\w{2,12}?ed)|announc\w*|report(?:s|ed)"
    r"|quarter|this[ \t]+(?:week|month|year))\b)"
)
# A later sentence of plans: a name, "It" or "The company" planning ("... in the Midwest.
# Acme will open the Columbus center in October"); news when it says when or how much
# (``_PLANS_WHEN``), a standing paragraph's strategy otherwise ("The Company intends to
# continue to expand through acquisitions of regional bakeries.")
_PLANS = lazy(
    r"[.!?][ \t]+(?:The[ \t]+(?:company|Company)|It|[A-Z][\w&.'\u2019-]*"
    r"(?:[ \t]+[A-Z][\w&.'\u2019-]*){0,3})[ \t]+(?:also[ \t]+)?"
    r"(?:will|expects[ \t]+to|plans[ \t]+to|intends[ \t]+to)[ \t]"
)
# A date, a season or a figure: "in October", "by 1999", "next week", "this fall", "hire 150"
_PLANS_WHEN = lazy(
    r"\d|\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|(?i:\b(?:next|this|later"
    r"[ \t]+this|coming)[ \t]+(?:week|month|year|quarter|spring|summer|fall|autumn|winter)\b)"
)
_MAX_PLANS_CHARS = 300  # of a plans sentence read for its date or figure
_SAYS = lazy(r"\b(?:said|says|stated|added|commented|noted|remarked|explained|continued)\b")
# What a company's standing paragraph says, and a body paragraph seldom does
_STANDING = lazy(
    r"(?i:headquarter|based[ \t]+in\b|founded|established[ \t]+in\b|www\.|https?://|"
    r"web[ \t]?site|more[ \t]+information|employees|offices|subsidiar|publicly[ \t]+traded)"
)
# News in a paragraph opening "The Company is ...", "Acme, a ..., is ...", "Acme is
# based/listed ...": the looser openings a body paragraph shares ("The Company is a party to
# a merger agreement ...", "Acme, a Dallas-based maker of widgets, is the low bidder on a $40
# million contract ...", "... is based in Dallas and will move ..."); a standing paragraph
# names no deal, suit, date or price ("for $12 million"; "a $1.2 billion bank holding
# company", "annual sales of approximately $500 million" are its size).
_BODY_NEWS = lazy(
    r"(?i:\b(?:will|would|agreements?|agreed|lawsuits?|suit|litigation|merger|defendant"
    r"|plaintiff|party[ \t]+to|bidder|today|yesterday"
    r"|contracts?(?![ \t]+(?:manufactur|drill|research|electronic|servic|logistic))))\b"
    r"|(?<![ \t]a[ \t])(?<![ \t]of[ \t])(?<!approximately[ \t])(?<!than[ \t])\$[ \t]?\d"
    r"|\b(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d"
)
_RULE_CHARS = "-=_ \t"
_MAX_PROSE_BELOW = 1  # news paragraphs a headingless About may stand above


def _long_enough(text: str) -> bool:
    """Whether a paragraph is long enough to be a standing one: 13 words, or a whole
    sentence of 7 that says what the company is or makes and no news (1990s: "Acme Medical
    Corporation develops, manufactures and markets diagnostic imaging systems for
    cardiology."; not "Acme is the first company to ...", "Acme is a party to ...")."""
    if more_words(text, 12):
        return True
    return text.endswith(".") and more_words(text, 6) and _SHORT_STANDS.search(text) is not None \
        and _BODY_NEWS.search(text) is None


_SHORT_STANDS = lazy(
    r"\b(?:is|are)[ \t]+(?:a|an|one[ \t]+of)[ \t]|\b(?:designs|develops|manufactures|produces"
    r"|distributes|markets|provides|offers|supplies|specializes)\b"
)


def _quotes(text: str) -> bool:
    return '"' in text or "\u201c" in text or "``" in text


def about_above_tail(
    texts: Sequence[str], end: int, names: Mapping[str, int]
) -> tuple[int, int, dict[str, str]] | None:
    """The company's standing paragraph printed without a heading near the end of the body
    (``end``: where the safe harbour, contacts or end mark open): "Horizon Financial Corp.
    is a $1.2 billion, state-chartered bank holding company headquartered in Bellingham ...".
    Below the last quote, and the body's last paragraph (tables below it aside) or one
    saying where the company is, its web site ...: a body paragraph is worse than none.
    A heading over it that is the company's bare name ("Asta Funding, Inc.") or "Background"
    goes with it."""
    if not names:
        return None
    best: tuple[int, int, str] | None = None  # (rank, index, subject)
    above: tuple[int, int, str] | None = None  # the same, above a news paragraph
    prose = 0  # news paragraphs below
    for k in range(end - 1, 0, -1):
        text = texts[k]
        said = _quotes(text)
        if text[:1].isupper():  # (not a table row, footnote or rule)
            found = _describes(text, names, said)
            if found is not None and _long_enough(text) and (prose == 0 or (
                    not found[2] and _STANDING.search(text))):  # (loose: the last only)
                if prose == 0 and (best is None or found[0] < best[0]):
                    best = found[0], k, found[1]
                elif prose and (above is None or found[0] < above[0]):
                    above = found[0], k, found[1]
                if found[0] <= ALIAS:
                    break
            elif text[-1:] in ".!?" and more_words(text, 12):
                prose += 1
        if said or prose > _MAX_PROSE_BELOW:
            break  # the last quote: the body's
    if above is not None and (best is None or above[0] < best[0]) and any(
            _quotes(texts[j]) for j in range(above[1] - 1, 0, -1)):
        best = above  # above a news paragraph only below the last quote
    return None if best is None else _standing_about(texts, best[1], best[0], best[2], names)


def _standing_about(texts: Sequence[str], k: int, rank: int, subject: str,
                    names: Mapping[str, int]) -> tuple[int, int, dict[str, str]] | None:
    """(first, end, {company, text}) of the standing paragraph ``k`` describing the company
    as ``subject`` (of ``rank``), with a heading over it that goes with it."""
    first = k
    above = texts[k - 1].split(None, 7) if k > 1 else []
    if 0 < len(above) <= 6 and (above[0].rstrip(",.").lower() == subject.split()[0].lower()
                                or texts[k - 1].rstrip(": \t") in _BARE_BACKGROUND):
        first -= 1  # "Asta Funding, Inc." or "Background" over it
    while first > 1 and not texts[first - 1].strip(_RULE_CHARS):
        first -= 1  # and the rule over that
    if rank == ALIAS and " " not in subject:  # "HHCA is a ...": the name the dateline prints
        subject = _lead_name(texts[0], names) or subject
    elif subject.lower() in _GENERIC_COMPANY:  # "The Company is a ..."
        subject = _lead_name(texts[0], names) or ""
        if not subject:
            return None
    return first, k + 1, {"company": subject, "text": texts[k]}


def _describes(
    text: str, names: Mapping[str, int], said: bool
) -> tuple[int, str, bool] | None:
    """(rank, company as printed, loose) when ``text`` opens describing a company of
    ``names``; loose: in one of the openings a body paragraph shares (``_BODY_NEWS``)."""
    generic = text.startswith(_THE_COMPANY)
    if not generic and not text.startswith(DESCRIBES_FIRST) and rank_of(
            text.split(None, 1)[0].rstrip("\u00ae\u2122"), names) == _NOT_OURS:
        return None  # (a cheap test before the pattern)
    m = DESCRIBES.match(text)
    if m is None:
        return None
    subject = _MARKS.sub("", m.group(1)).rstrip(" ,")
    generic = generic and subject.lower() in _GENERIC_COMPANY
    if generic:
        # "The Company is a ... headquartered in ...": the dateline's company, when the
        # paragraph says what a standing one does (a body one says "The Company is a party")
        if not _STANDING.search(text, 0, 400):
            return None
        rank = HEADLINE
    else:
        rank = rank_of(subject.split(None, 1)[0], names)
    if rank == _NOT_OURS or (said and _SAYS.search(text)):
        return None
    stop = text.find(". ", m.end(), 400)
    if _NEWS.search(text, 0, stop if stop > 0 else 400):  # its first sentence
        return None
    if stop > 0 and _plans_news(text, stop):
        return None
    loose = generic or m.group(2) is not None or m.group(3) is not None
    if loose and _BODY_NEWS.search(text, 0, 600):
        return None
    return rank, subject, loose


def _plans_news(text: str, start: int) -> bool:
    """Whether a sentence of ``text`` after ``start`` (in its first 800 characters) says
    what the company will do and when or how much: "Acme will open the Columbus center in
    October and expects to hire 150"."""
    for m in _PLANS.finditer(text, start, 800):
        stop = text.find(". ", m.end(), m.end() + _MAX_PLANS_CHARS)
        if _PLANS_WHEN.search(text, m.end(), stop if stop > 0 else m.end() + _MAX_PLANS_CHARS):
            return True
    return False


def _lead_name(lead: str, names: Mapping[str, int]) -> str | None:
    """The company's name as the dateline paragraph prints it in full."""
    for name, rank in names.items():
        if rank == OWN:
            at = lead.lower().find(name)
            return named_in(lead, lead[at : at + len(name)]) if at >= 0 else None
    return None


def _abouts(
    firsts: Sequence[str], texts: Sequence[str]
) -> Iterator[tuple[int, int, str | None, list[str], bool]]:
    """(heading index, first text index, company as headed, inline text, run in: see
    ``about_run_in``) of each About."""
    for i, first in enumerate(firsts):
        s = first.strip()
        if s[5:6] == ":":  # ("About: Acme"; stripped, its "About" opens it)
            s = about_colon(s)
        if not s.startswith(ABOUT_STARTS):
            if s.endswith(_PROFILE_ENDS) and (found := _profile(s, i, firsts, texts)):
                yield *found, False
            continue  # (how the patterns open; the text is read only past this test)
        text = texts[i]
        m = ABOUT_HEADING.match(s)
        if m and not more_words(text, 10) and not (  # "ABOUT STOCKWALK.COM GROUP, INC."
                ". " in (m.group("company") or "") and about_run_in(text)):  # (a sentence)
            after = texts[i + 1] if i + 1 < len(texts) else ""
            if not _news_heading(m.group("company") or "", after):  # ("About the Transaction")
                yield i, i + 1, m.group("company"), [], False
            continue
        # "About Apple Inc.: Apple designs ..." (a short one reads as a heading too)
        inline = ABOUT_INLINE.match(s)
        if inline is not None and (". " in inline.group("company") or _opens_ticker(
                inline.group("company"))) and about_run_in(text):
            inline = None  # a run-in heading, its text's ticker's colon: "About Acme. Acme,
            # Inc. (NASDAQ: ACME) is ...", or its own: "ABOUT ACME (NASDAQ: ACME) Acme is"
        if inline is not None:
            rest = normalise(s[inline.end() :] + text[len(normalise(first)) :])
            if _news_heading(inline.group("company"), rest):
                continue
            yield i, i + 1, inline.group("company"), [rest], False
        elif cut := about_run_in(text):  # "About Acme Robotics. Acme Robotics, Inc. is ..."
            name = text[6:cut].strip()
            stop = name.endswith(".")  # (an "Inc."'s, or the heading's; none run in bare)
            name = name[:-1] if stop else name
            last = name.rsplit(None, 1)[-1].rstrip(",")
            if stop and last.lower() in _SHORT_FORMS and (  # ("Corporation." is the heading's)
                    name.lower() not in _GENERIC_COMPANY):
                name += "."
            yield i, i + 1, name, [text[cut:]], True


def _opens_ticker(name: str) -> bool:
    """Whether a name read up to a colon stops inside its ticker: "Acme (NASDAQ"."""
    return name.rfind("(") > name.rfind(")")


def _about_end(start: int, firsts: Sequence[str], texts: Sequence[str], begun: bool = False
               ) -> int:
    """Index of the first paragraph past the About text that starts at ``start`` (``begun``:
    its text opens on the heading's line, "About Acme - Acme Corp. is ...", so the paragraph
    at ``start`` is its second: a heading in capitals or a notice there ends it)."""
    end = start
    top = start - 1 if begun else start  # (past it, a paragraph is no first one)
    items = 0  # what it lists under a lead-in ("The company operates:" / "\u2022 120 hospice
    # locations; and"): a short item is no heading, a bullet's tab no column gap
    listing = False
    number = 0  # the last number of a numbered list read ("1. ...", "(2) ...")
    while end < len(texts) and end - start - items < _MAX_ABOUT_PARAS and items < _MAX_ITEMS:
        text = texts[end]
        if end > top and (((listing or texts[end - 1].endswith(":")) and _list_item(text))
                            or (text[:1] in _NUMBER_FIRST and _next_number(
                                text, texts[end - 1], number))):
            if is_boundary(_bullet_cell(firsts[end]), text):
                break
            items += 1
            end += 1
            listing = True
            number = _list_number(text)
            continue
        listing = False
        number = 0
        if is_boundary(firsts[end], text) or _fls_phrase(text):
            break
        if (_is_heading_para(text) or (end > top and _caps_line(text))) and not (
                URL.search(text) or ("@" in text and _HANDLE.search(text))):
            # (a web or social link line stays: "Follow Acme on Twitter: @Acme")
            break  # "Conference Call", "Webcast Information", "SEARS, ROEBUCK AND CO." ...
        if end > top and (_after_about(text) or other_notice(text) or period_head(text)):
            break  # (a call's notice, an exchange's disclaimer or a table below it)
        end += 1
    return end


def _list_number(text: str) -> int:
    """The number a list item opens with ("1. ", "(2) ", "3) "), else 0."""
    m = _NUMBER_MARK.match(text) if text[:1] in _NUMBER_FIRST else None
    return int(m.group().strip(" \t().")) if m else 0


def _next_number(text: str, above: str, number: int) -> bool:
    """Whether ``text`` is the next item of a numbered list the About's text leads into:
    the number after the last one read, the first under a sentence that runs on into it
    ("... through two businesses:" / "(1) integrated circuits;"; not under a finished one,
    as a table's footnotes are), or the next after items run into the paragraph above."""
    n = _list_number(text)
    if n == 0:
        return False
    if number:
        return n == number + 1
    if n == 1:
        return above[-1:] not in _SENTENCE_STOPS
    return f"{n - 1}. " in above or f"({n - 1}) " in above or f"{n - 1}) " in above


_SENTENCE_STOPS = frozenset(".!?")


# A wire's note on the release's pictures (GlobeNewswire's "A photo accompanying this
# announcement is available at https://...", Business Wire's "Photos/Multimedia Gallery
# Available: https://..."), printed after the About's last paragraph
_PICTURE_NOTE = lazy(
    r"(?:An?|The|Photos?|Images?|Videos?)[ \t]+(?:(?:photo|image|video|graphic|infographic)s?"
    r"[ \t]+)?accompanying[ \t]+this[ \t]|Photos/Multimedia[ \t]+Gallery[ \t]+Available"
)


# PR Newswire's links to the release's logo or photo, 2000s: "Logo -
# http://www.newscom.com/cgi-bin/prnh/20040722/SEARSLOGO", "Photo: http://..."
_PICTURE_LINK = lazy(r"(?:Logo|Photo|Photos)[ \t]*+[-:][ \t]*+https?://")


# A copyright notice: "(C) 2004 Acme Inc.", "Copyright (c) 2004 Acme Corp. All rights
# reserved.", "\u00a9 2024 Acme" (the year required: "(c) the Company's ..." is a list item)
_COPYRIGHT = lazy(
    r"(?:\([Cc]\)|\u00a9|(?i:copyright))[ \t]*+(?:(?i:copyright)[ \t]*+)?"
    r"(?:(?:\([Cc]\)|\u00a9)[ \t]*+)?(?:19|20)\d\d\b"
)
_COPYRIGHT_FIRST = frozenset("(\u00a9Cc")
_COPYRIGHT_WORDS = 20  # a notice, not a paragraph that opens with one


def _copyright(text: str) -> bool:
    """Whether a paragraph is a copyright notice (see _COPYRIGHT)."""
    return text[:1] in _COPYRIGHT_FIRST and _COPYRIGHT.match(text) is not None \
        and not more_words(text, _COPYRIGHT_WORDS)


def _after_about(text: str) -> bool:
    """A short paragraph under the About's that is no part of it: the wire's "Source: Acme
    Corp." line (GlobeNewswire, Business Wire, Accesswire; "SOURCE Acme" is an end mark),
    a picture note or link, a copyright notice, or the company's name alone in mixed case
    ("Acme Robotics, Inc.") over its financial statements (in capitals ``_caps_line`` sees
    it)."""
    if text[:7].lower() == "source:":
        return _source_names_company(text[7:].split())
    if ("accompanying" in text[:40] or text.startswith("Photos/")) and _PICTURE_NOTE.match(text):
        # the wire's link, not a caption ("The photo accompanying this release shows ...")
        return "vailable" in text or URL.search(text) is not None
    if text[:4] in ("Logo", "Phot") and _PICTURE_LINK.match(text):
        return True
    return _copyright(text) or _name_alone(text)


def _source_names_company(words: list[str]) -> bool:
    """The wire's "Source: Acme Robotics, Inc." (a company's name: capitalised words, a
    comma only before its legal form, or anywhere in a name that ends in one: "Source: Sears,
    Roebuck and Co."), not a citation ("Source: Gartner, Industrial Robotics Market Share,
    2019.")."""
    if not 0 < len(words) <= 8:
        return False
    legal_end = words[-1].rstrip(".,") in _NAME_ENDS
    for n, w in enumerate(words):
        if not (w.lstrip("(")[:1].isupper() or w in ("&", "of", "and")):  # "(NASDAQ: ACME)"
            return False
        if w.endswith(",") and not legal_end and words[n + 1 : n + 2] and (
                words[n + 1].rstrip(".,") not in _NAME_ENDS):
            return False
    return True


def _name_alone(text: str) -> bool:
    """A company's name alone, ending in its legal form: "Acme Robotics, Inc."."""
    if len(text) > 100:
        return False
    words = text.split()
    if not 1 < len(words) <= 8 or words[-1].strip(",").rstrip(".") not in _NAME_ENDS:
        return False
    return all(w[:1].isupper() or w[:1] == "&" or w in ("of", "and") for w in words)


# a social-media handle ("@AcmeCorp"), not an e-mail address ("ir@acme.com")
_HANDLE = lazy(r"(?<![\w.@])@[A-Za-z0-9_]{2,30}\b")


def _caps_line(text: str) -> bool:
    """A short line in capitals: a heading even when it ends with "Inc." or "Co." (the
    title of the statements under the About: "SEARS, ROEBUCK AND CO.")."""
    return text.isupper() and not more_words(text, 8)


# "Adatum Corp. Background" reads as "<Company> Profile" does
_BACKGROUND_HEADING = lazy(
    r"^[ \t]*(?P<company>[A-Z][^\n\t:]{0,79}?)[ \t]+(?:Background|BACKGROUND)[ \t]*+:?[ \t]*+$"
)
_PROFILE_ENDS = (*PROFILE_ENDS, "Background", "BACKGROUND", "Background:", "BACKGROUND:")


def _profile(
    heading: str, i: int, firsts: Sequence[str], texts: Sequence[str]
) -> tuple[int, int, str | None, list[str]] | None:
    """The About under "<Company> Profile", when the paragraph below opens with the name:
    "Northwind Systems, Inc. Profile" / "Northwind Systems, Inc. designs ..." ("Customer
    Profile" over "Acme Bank is ..." is body)."""
    if heading.rstrip(": \t") in _BARE_BACKGROUND:
        return _background(i, firsts, texts)
    m = PROFILE_HEADING.match(heading) or _BACKGROUND_HEADING.match(heading)
    if m is None or more_words(texts[i], 10) or i + 1 >= len(texts):
        return None
    company = m.group("company").strip()
    if not texts[i + 1].lower().startswith(company.split()[0].lower()):
        return None
    if _about_end(i + 1, firsts, texts) == i + 1:
        return None
    return i, i + 1, company, []


_BARE_BACKGROUND = frozenset(("Background", "BACKGROUND"))


def _background(i: int, firsts: Sequence[str], texts: Sequence[str]
                ) -> tuple[int, int, None, list[str]] | None:
    """The About under "Background" alone, when the paragraph below opens as a company's
    standing one does and names no news ("Acme Corp. is a leading maker of ..."; not "The
    Company is a party to a merger agreement ..."): its company is the one it opens with."""
    if texts[i].rstrip(": \t") not in _BARE_BACKGROUND or i + 1 >= len(texts):
        return None
    below = texts[i + 1]
    if not run_in_standing(below) or _BODY_NEWS.search(below) is not None:
        return None
    if _about_end(i + 1, firsts, texts) == i + 1:
        return None
    return i, i + 1, None, []


def _same_length(firsts: Sequence[str], texts: Sequence[str]) -> None:
    """Raise as zip(firsts, texts, strict=True) does once a search has read them all."""
    if len(firsts) != len(texts):
        raise ValueError("paragraph first lines and texts differ in number")


def find_about(text: str) -> dict[str, str] | None:
    """{company, text} of the "About <Company>" section of a release text."""
    found = about_in(*paragraphs_of(text))
    return found[2] if found else None
