"""The tail of a press release: the forward-looking statements, and the boundaries that end
its sections.

Schema slice (of ``press_releases[]``), seed 000::

    forward_looking_statements "The statements in this press release that relate to ..."

The safe harbour is a headed section ("Forward-Looking Statements") or the paragraph that says
"forward-looking statements" or opens with a run-in heading ("Safe Harbor Statement: ...").
A section ends at a boundary (``is_boundary``): a safe harbour, contacts, an About heading,
an end mark "# # #", a signature, a short heading. The About section is read by
``press_about``, contacts by ``press_contacts``.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lazy_re import lazy
from .patterns import SIGNATURE_HEADING
from .press_contact_blocks import call_paragraph
from .press_patterns import (
    ABOUT_HEADING,
    ABOUT_INLINE,
    ABOUT_STARTS,
    CONTACT_HEADING,
    END_MARK,
    FLS_HEADING,
    FLS_PHRASE,
    ITEM_HEADING,
    NOTE_TO_EDITORS,
)
from .press_text import ParagraphTexts, more_words, paragraph_text, split_paragraphs

_MAX_FLS_PARAS = 8
# A long safe harbour (a merger's, a biotech's) goes on past that while it speaks as one
_MAX_LONG_FLS_PARAS = 20
# how a (stripped) END_MARK line opens: a cheap test first
END_FIRST = frozenset("#*-(STV\u2013\u2014")


def is_end_mark(s: str) -> bool:
    """Whether a stripped line is an end mark ("# # #", "-30-", "-###-", "SOURCE Acme")."""
    return s[:1] in END_FIRST and END_MARK.match(s) is not None


# A safe-harbour heading run into its paragraph, whose text may not say "forward-looking
# statements": "Safe Harbor Statement: Statements in this release that are forward-looking
# are made pursuant to ...", "SAFE HARBOR STATEMENT UNDER THE ... ACT OF 1995: ..."
# ("Forward-Looking Guidance: we expect ..." is the body's)
_INLINE_FLS_HEADING = lazy(
    r"[ \t]*[\"\u201c]?(?i:safe[ \t]+harbou?r|(?:forward[- ]looking|cautionary)[ \t]+"
    r"(?:statement|information|note|language))[^:\n.]{0,100}:[ \t]"
)


def _fls_phrase(text: str) -> bool:
    """FLS_PHRASE in the first 400 characters, or an inline safe-harbour heading opening
    them, whose text may not say "forward" ("SAFE HARBOR STATEMENT UNDER THE ... ACT OF
    1995: Statements in this press release which are not historical ... involve risks").
    None of these caseless words has a non-ASCII twin, so the lower-cased text holds them:
    substring tests rule most paragraphs out."""
    head = text[:400]
    low = head.lower()
    if "forward" in low and _phrase_at(head) >= 0:
        return True
    return _inline_heading_word(low) and _INLINE_FLS_HEADING.match(head) is not None \
        and any(w in text[:1500].lower() for w in _SAFE_HARBOUR_WORDS)


# The safe harbour's phrase in its other common forms: quoted apart from its noun ('are
# "forward-looking" statements'), or with none ("are forward-looking within the meaning of
# the Private Securities Litigation Reform Act", "... are forward-looking and involve risks":
# the risks in the same sentence, as "the plan is forward-looking and involves closing two
# plants" has none)
_LOOSE_PHRASE = lazy(
    r"(?i:forward[- ]looking(?:[\"\u201d\u2019'][ \t\n]+statements?\b|[ \t\n]+(?:within[ \t\n]+the"
    r"[ \t\n]+meaning|and[ \t\n]+(?:involve|are[ \t\n]+subject|entail)\b[^.]{0,120}?"
    r"\b(?:risks?|uncertaint))))"
)


def _phrase_at(text: str, end: int = 400) -> int:
    """Where the safe harbour's phrase opens in the text's first ``end`` characters; -1
    when it is not there."""
    m = FLS_PHRASE.search(text, 0, end) or _LOOSE_PHRASE.search(text, 0, end)
    return -1 if m is None else m.start()


# What a safe harbour says that a notice under the same heading does not ("Cautionary
# Statement: This notice of annual meeting is not a solicitation of proxies" is none)
_SAFE_HARBOUR_WORDS = ("risk", "uncertaint", "actual result", "not historical",
                       "differ materially")


def _inline_heading_word(low: str) -> bool:
    """Whether lower-cased text opens with a word of an inline safe-harbour heading."""
    lead = low[:12]
    return "forward" in lead or "harbo" in lead or "caution" in lead


# A sentence's end: a stop, then a capital (or an opening mark before one)
_SENTENCE_BREAK = lazy(r"[.!?][\"\u201d\u2019]?[ \t]+(?=[\"\u201c]?[A-Z])")
_NO_STOP_WORDS = frozenset("inc corp co ltd no mr mrs ms dr jr sr st u.s u.k e.g i.e".split())
# What a safe harbour's own opening says ("Safe Harbor Statement under the ... Reform Act of
# 1995. This release ...", "This press release contains statements that are not historical
# facts. These forward-looking ...", "... includes projections of future performance. Such
# ..."): an About says none of these
_FLS_LEAD_WORDS = (
    "forward", "harbo", "reform act", "caution", "risk", "uncertain", "historical",
    "statement", "press release", "news release", "this release", "this document",
    "this announcement", "future", "expect", "anticipat", "believ", "estimat", "projection",
    "predict", "outlook",
)


def fls_sentence_start(text: str) -> int:
    """Where the safe harbour begins in a paragraph that opens with other sentences (an About
    run into it: "Acme Corp. is a ... company. This press release contains forward-looking
    statements ..."): its first sentence that speaks like one; 0 when that is the first."""
    at = _phrase_at(text)
    if at < 0:
        return 0
    start = 0
    for b in _SENTENCE_BREAK.finditer(text, 0, at):
        word = text[text.rfind(" ", 0, b.start()) + 1 : b.start()].lower()
        if len(word) > 1 and word not in _NO_STOP_WORDS:
            sentence = text[start : b.start()].lower()
            if any(w in sentence for w in _FLS_LEAD_WORDS):
                return start
            start = b.end()
    return start


def about_colon(s: str) -> str:
    """A line opening "About: Acme" (a colon stuck to "About") as "About  Acme", the colon
    turned to a blank so that the About patterns read it and offsets into ``s`` hold."""
    at = len(s) - len(s.lstrip(" \t")) + 5
    if s[at : at + 1] == ":" and s[at - 5 : at] in ("About", "ABOUT"):
        return s[:at] + " " + s[at + 1 :]
    return s


def _under_about_heading(firsts: Sequence[str], texts: Sequence[str], i: int) -> bool:
    """Whether paragraph i is the first under an About heading (where ``press_about`` takes
    the sentences before a safe harbour run into it)."""
    s = about_colon(firsts[i - 1].strip())
    return s.startswith(ABOUT_STARTS) and ABOUT_HEADING.match(s) is not None and not more_words(
        texts[i - 1], 10
    )


# The words a company's name is made of (capitalised, or these)
_NAME_JOINS = frozenset(("&", "of", "and", "the"))
_MAX_RUN_IN_CHARS = 90
# "About the <noun>." that may head the company's own paragraph ("About the Company. The
# Company is ..."); any other "About the ..." heads the body's ("About the Transaction.")
_RUN_IN_GENERIC = frozenset(
    "company corporation bank partnership fund trust reit firm group issuer".split()
)
# How a standing paragraph opens: the name (maybe its legal form and ticker), then what it
# is or does: "Acme Robotics, Inc. (NASDAQ: ACME) is a leading ...", "Acme designs ..."
_STANDING_OPEN = lazy(
    r"(?:The[ \t]+)?[A-Z][\w&.'\u2019\u00ae\u2122-]*"
    r"(?:,?[ \t]+(?:[A-Z][\w&.'\u2019\u00ae\u2122-]*|&|of|and)){0,6},?"
    r"(?:[ \t]+\([^()\n]{1,60}\),?)?[ \t]+(?:(?:is|are)[ \t]+(?:a|an|one[ \t]+of|the)"
    r"|designs|develops|manufactures|operates|owns|produces|distributes|markets|provides"
    r"|offers|supplies|specializes|serves)[ \t,]"  # ("designs, develops and markets")
)


def run_in_standing(text: str) -> bool:
    """Whether the text after a run-in About heading opens as a standing paragraph does
    ("Beta Systems, Inc. is a maker of ..."), not as news ("The transaction is expected
    ...", "Non-GAAP net income excludes ...")."""
    return _STANDING_OPEN.match(text) is not None


def about_run_in(s: str) -> int:
    """Where the text starts after a run-in About heading closed by a stop (a bold heading
    and its paragraph rendered as one block): "About Acme Robotics. Acme Robotics, Inc. is
    ...", "ABOUT ACME CORP. Acme Corp. is ..."; 0 when ``s`` opens with none. The text must
    open with the heading's first word ("About 40 customers. ..." is prose); "About the
    ..." only heads a standing paragraph of "the Company" ("About the Offering. The offering
    of ..." is the body's). Whose About it is, ``press_about`` judges."""
    s = about_colon(s)  # ("About: Acme. Acme is ...")
    words = s[6:].split(None, 1)
    if s[:6] not in ("About ", "ABOUT ") or not words or not (
            words[0][:1].isupper() or words[0] == "the"):  # ("About the Company. The ...")
        return 0
    word = bare_name(words[0].rstrip(".,")).lower()  # ("About Acme(R). Acme is ...")
    at = s.lower().find(". " + word, 6, _MAX_RUN_IN_CHARS)
    if at < 0:
        return _run_in_unstopped(s, words[0])
    if not s[at + 2 : at + 3].isupper():
        return 0
    end = at + 2 + len(word)
    if end < len(s) and (s[end].isalnum() or s[end] in "-&"):
        return 0  # part of a longer word
    name = s[6 : at + 1].split()
    if len(name) > 8 or not all(w[:1].isupper() or w in _NAME_JOINS for w in name):
        return 0
    if word == "the" and not (len(name) == 2 and name[1].rstrip(".").lower() in _RUN_IN_GENERIC
                              and run_in_standing(s[at + 2 :])):
        return 0
    return at + 2


# A trademark sign after a name ("Acme\u00ae", "Acme(R)", "ACME(TM)")
_NAME_MARKS = ("\u00ae", "\u2122", "\u2120", "(R)", "(TM)", "(SM)")


def bare_name(word: str) -> str:
    """A word of a name without the trademark sign after it."""
    for mark in _NAME_MARKS:
        if word.endswith(mark):
            return word[: -len(mark)]
    return word


def _run_in_unstopped(s: str, first: str) -> int:
    """Where the text starts after a run-in About heading with no stop, its name printed
    again to open a standing paragraph (an HTML bold heading run into its paragraph: "About
    Acme Robotics Acme Robotics, Inc. is a leading ...", "About Acme The Acme Group is ...",
    the text from "The"), or any paragraph when the name is printed twice in a row, as no
    prose does ("About Apple\u00ae Apple revolutionized ..."); 0 when there is none."""
    if not s.startswith(first, 6) or not first[:1].isupper() or not first[1:2].isalpha():
        return 0
    low = bare_name(first).lower()  # ("About Acme\u00ae Acme is ...")
    pos = 6 + len(first)
    article = 0  # where a "The" opening the text stands ("About Acme The Acme Group is ...")
    for n in range(8):
        if s[pos : pos + 1] != " ":
            return 0
        end = s.find(" ", pos + 1, pos + 40)
        token = s[pos + 1 : end] if end > 0 else ""
        if token.rstrip(",").lower() == low:
            return (article or pos + 1) if n == 0 or run_in_standing(s[pos + 1 :]) else 0
        article = pos + 1 if token == "The" else 0
        if not (token.lstrip("(")[:1].isupper() or token in _NAME_JOINS):
            return 0  # (a ticker may follow the name: "About Acme (NASDAQ: ACME) Acme is")
        pos = end
    return 0


def _is_heading_para(text: str, words: int = 10) -> bool:
    return not more_words(text, words) and not text.rstrip().endswith((".", ",", ";"))


# A safe-harbour heading may be long: "Safe Harbor Statement under the Private Securities
# Litigation Reform Act of 1995" (12 words)
_FLS_HEADING_WORDS = 16


def is_boundary(first_line: str, text: str) -> bool:
    """A paragraph that ends the About or forward-looking section."""
    s = about_colon(first_line.strip())
    low = s.lower()
    # Each pattern behind the first thing it needs (none of these caseless letters has a
    # non-ASCII twin, except the "i" of "item": its "tem" is looked for instead).
    return bool(
        "\t" in s  # (a table row; a tab that indents the line is no column)
        or (s.startswith(ABOUT_STARTS) and (
            ABOUT_HEADING.match(s) or ABOUT_INLINE.match(s) or _run_in_boundary(text)))
        or ((":" in s or "contact" in low) and CONTACT_HEADING.match(s))
        or call_paragraph(s, text)  # "Media inquiries should be directed to Jane Doe at ..."
        or (s[:1] in END_FIRST and is_end_mark(s))
        or (low.startswith("note") and NOTE_TO_EDITORS.match(s))
        or (low.startswith("editor") and _EDITORS_NOTE.match(s) is not None)
        or (s[1:4].lower() == "tem" and ITEM_HEADING.match(s))
        or (s[:1] == "S" and SIGNATURE_HEADING.match(s))
        or (("forward" in low or "harbor" in low or "caut" in low) and _fls_heading(s, text))
        or other_section_run_in(text)
    )


# Business Wire's and PR Newswire's "Editor's Note:", "Editors' Note:", "EDITOR'S NOTE:" over
# a photo or call note (NOTE_TO_EDITORS reads "Note to Editors")
_EDITORS_NOTE = lazy(r"[ \t]*(?i:editors?['\u2019]?s?['\u2019]?[ \t]+notes?)\b")


# The notices printed after a safe harbour or an About, as a heading run into its text:
# "Non-GAAP Financial Measures. This release includes ...", "Use of Non-GAAP Financial
# Information: ...", "Additional Information and Where to Find It: In connection with ...",
# "Participants in the Solicitation. Acme, Beta and ...", "Conference Call: Acme will host ..."
_OTHER_SECTION = lazy(
    r"[ \t]*(?P<head>(?:(?i:use|important|reconciliation)[ \t]+(?:of[ \t]+)?)?"
    r"(?i:non-gaap[ \t]|additional[ \t]+information|where[ \t]+to[ \t]+find|participants[ \t]+in"
    r"|no[ \t]+offer[ \t]+or|conference[ \t]+call|webcast)[^\n.:\u2014]{0,80}?)"
    r"(?:[.:][ \t]+|[ \t]*\u2014[ \t]*|[ \t]+--?[ \t]+)(?=[A-Z\"\u201c])"
)
# the same heading in bold run into its text with no stop, as HTML prints it ("Non-GAAP
# Financial Measures This release ..."): it must end in a heading's last word
_OTHER_UNSTOPPED = lazy(
    r"[ \t]*(?P<head>(?:(?i:use|important|reconciliation)[ \t]+(?:of[ \t]+)?)?"
    r"(?i:non-gaap|additional[ \t]+information|participants[ \t]+in|conference[ \t]+call)"
    r"[^\n.:\u2014]{0,60}?(?:Measures?|Information|Find[ \t]+It|Solicitation|Call|Webcast"
    r"|Details))[ \t]+(?=(?:This|The|These|To|In|We|Our|Management)[ \t])"
)
_OTHER_FIRST = frozenset("UIRNAWPC")
_OTHER_WORDS = ("gaap", "additional", "where to", "participants", "offer", "conference",
                "webcast")


def other_section_run_in(text: str) -> bool:
    """Whether a paragraph opens with another notice's heading run into its text (its words
    capitalised: "Additional information concerning these risks is ..." is the safe
    harbour's own sentence)."""
    if text[:1] not in _OTHER_FIRST and text[:40].lstrip()[:1] not in _OTHER_FIRST:
        return False  # (a cheap test first: its heading's capital)
    low = text[:40].lower()
    if not any(w in low for w in _OTHER_WORDS):
        return False
    m = _OTHER_SECTION.match(text) or _OTHER_UNSTOPPED.match(text)
    if m is None:
        return False
    words = [w for w in m.group("head").split() if len(w) > 3 and w[:1].isalpha()]
    if m.group("head").isupper() and text[m.end() : m.end() + 60].isupper():
        return False  # a paragraph in capitals: "ADDITIONAL INFORMATION CONCERNING ..."
    return all(w[:1].isupper() for w in words)


def _run_in_boundary(text: str) -> bool:
    """A paragraph opening with a run-in About heading over a standing paragraph (whose, is
    unknown here; a run-in heading over news, "About the Trial. The trial enrolled ...",
    ends nothing)."""
    cut = about_run_in(text)
    return cut > 0 and run_in_standing(text[cut:])


def _fls_heading(first: str, text: str) -> bool:
    """A safe-harbour heading; a long one is capitalised ("Safe Harbor Statement under the
    Private Securities Litigation Reform Act of 1995:"), unlike a sentence leading into a
    list ("Forward-looking statements are subject to risks ..., including:")."""
    if not _is_heading_para(text, _FLS_HEADING_WORDS) or not FLS_HEADING.match(first):
        return False
    if not more_words(text, 10):
        return True
    words = [w for w in text.split() if len(w) > 3 and w[:1].isalpha()]
    return 2 * sum(w[0].isupper() for w in words) >= len(words)


def paragraphs_of(text: str) -> tuple[list[str], list[str]]:
    """(first line, whole text) of each paragraph: what the section finders read."""
    lines = text.split("\n")
    paras = split_paragraphs(lines)
    return [lines[s] for s, _ in paras], [paragraph_text(lines[s:e]) for s, e in paras]


# ---- forward-looking statements --------------------------------------------------------------


# how many paragraphs past a headingless safe harbour a headed one is looked for (a call's
# notice, the About, contacts between)
_MAX_AFTER_LOOSE = 40


def forward_looking_in(
    firsts: Sequence[str], texts: Sequence[str], company: str | None = None
) -> tuple[int, int, str] | None:
    """(first, end) paragraph indexes and the text of the forward-looking statements.
    ``company``: the first word of the company's name, whose own paragraph printed under the
    safe harbour with no heading ends it."""
    # (a paragraph's text is read only past a cheap test of its lines: past the body, a
    # release's tables are many paragraphs that no one else joins)
    may_hold = texts.may_hold if isinstance(texts, ParagraphTexts) else None
    legend = None  # a legend pointing to the safe harbour below: taken if none follows
    # a headingless one, taken unless a headed safe harbour follows it: an outlook in the
    # body may say "These forward-looking statements involve risks ..." above the real one
    loose: tuple[int, int, str] | None = None
    weak = False  # the headingless one read is no safe harbour's own (see _reads_as_own)
    for i, (first, _) in enumerate(zip(firsts, range(len(texts)), strict=True)):
        if loose is not None and i > loose[1] + _MAX_AFTER_LOOSE:
            break  # (the headed one follows within the release's tail)
        low = first.lower()
        # (FLS_HEADING holds one of these words; none of their letters has a caseless twin)
        if ("forward" in low or "harbor" in low or "caut" in low or "reform act" in low) \
                and (loose is None or (i >= loose[1] and _own_fls_heading(first))) \
                and _fls_heading(first.strip(), texts[i]):
            end = i + 1
            parts: list[str] = []
            items = 0  # listed risks do not count against the limit (there may be twenty)
            numbered = False  # in a numbered list under a lead-in ("... among others:")
            while end < len(texts) and items < 40 and (
                    end - i - items <= _MAX_FLS_PARAS or (
                        end - i - items <= _MAX_LONG_FLS_PARAS and _speaks_fls(texts[end]))):
                part = texts[end]
                numbered = _numbered(part) and (numbered or _lead_in(texts[end - 1]))
                item = numbered or _list_item(part)
                if not part.strip(_RULE):
                    pass  # the heading's underline ("- --------", 1990s text)
                elif not parts and not item and _heading_rest(part):
                    pass  # the heading's last words wrapped under its underline ("Reform
                    # Act" / "-------- of 1995:", a text release set in HTML lines)
                elif is_boundary(_bullet_cell(firsts[end]) if item else firsts[end], part):
                    break
                elif not item and period_head(part):
                    break  # a table's column heading ("Three Months Ended September 30,")
                elif not item and (_standing_after(part) or _own_paragraph(part, company)):
                    break  # a company's About printed with no heading (1990s; Apple's)
                elif not item and (other_notice(part) or _trademark_notice(part)):
                    break  # a call's dial-in, the exchange's disclaimer, a trademark note
                elif not item and _name_alone(part):
                    if not _safe_harbour_prose(texts, end + 1):
                        break  # the company's name over its statements
                    # (else its name atop a page the safe harbour goes on over: a running
                    # head after a <PAGE> break)
                elif not item and (
                        (_is_heading_para(part) and not _leads_into_list(texts, end))
                        or (part[:7].lower() == "source:" and not more_words(part, 8))):
                    break  # (the wire's "Source: Acme Corp." line; a risk list's lead-in
                    # "... include:" goes on)
                else:
                    parts.append(part)
                items += item
                end += 1
            if parts and (loose is None or _reads_as_harbour(parts)):
                return i, end, "\n\n".join(parts)
        elif (loose is None or (weak and i >= loose[1])) and i > 0 \
                and (may_hold is None or may_hold(i, "forward")
                     or _inline_heading_word(low.lstrip())) \
                and _fls_phrase(text := texts[i]) \
                and more_words(text, 15):
            if legend is None and _points_below(text):
                legend = i  # (a legend over the body: the safe harbour is further on)
                continue
            if loose is not None and not _reads_as_own(text):
                continue  # (only a safe harbour's own opening beats an outlook's sentence)
            loose = _headingless(firsts, texts, i)
            if _cites_the_act(loose[2]):
                return loose  # (a safe harbour of its own: a headed one below is another's)
            weak = not _reads_as_own(loose[2])
    if loose is not None:
        return loose
    return None if legend is None else _headingless(firsts, texts, legend)


# What only a safe harbour cites: the Act it is made under, its "safe harbor"
_ACT_WORDS = ("reform act", "within the meaning", "safe harbor", "safe harbour",
              "section 27a", "section 21e")


_HEADING_REST_WORDS = 3


def _heading_rest(text: str) -> bool:
    """A heading's wrapped last words run after its rule ("------ of 1995:"), short and
    ending in a colon as the heading does."""
    rest = text.lstrip(_RULE)
    return rest != text and rest[-1:] == ":" and not more_words(rest, _HEADING_REST_WORDS)


def _cites_the_act(text: str) -> bool:
    low = text[:1500].lower()
    return any(w in low for w in _ACT_WORDS)


# How a safe harbour printed with no heading opens: "This press release contains forward-
# looking statements", "This news release may contain \u201cforward-looking\u201d statements"
_OPENS_AS_HARBOUR = lazy(
    r"[ \t]*(?i:this|the)[ \t]+(?:(?i:press|news|earnings)[ \t]+)?(?i:release|announcement)"
    r"[ \t]+(?i:contains|includes|may[ \t]+(?:contain|include))[ \t]+(?i:certain[ \t]+)?"
    r"[\"\u201c]?(?i:forward)"
)


def _reads_as_own(text: str) -> bool:
    """Whether a headingless safe harbour is one of its own, not an outlook's sentence in the
    body ("These forward-looking statements about the call involve risks"): it cites the
    Act, opens as one ("This press release contains forward-looking statements ...") or
    under a run-in heading ("Cautionary Statement: ...")."""
    return _cites_the_act(text) or _OPENS_AS_HARBOUR.match(text) is not None \
        or (_inline_heading_word(text[:12].lower()) and _INLINE_FLS_HEADING.match(text) is not None)


# A safe harbour's own heading, the whole line: a later one beats a headingless outlook
# sentence ("Forward-Looking Non-GAAP Measures", "Cautionary Note to U.S. Investors" do not)
_OWN_FLS_HEADING = lazy(
    r"[ \t]*(?i:forward[- ]looking[ \t]+(?:statements?|information)"
    r"|safe[ \t]+harbou?r(?:[ \t]+statements?)?(?:[ \t]+under[ \t]+the[ \t]+private[ \t]+"
    r"securities[ \t]+litigation[ \t]+reform[ \t]+act[ \t]+of[ \t]+1995)?"
    r"|(?:special[ \t]+|cautionary[ \t]+){0,2}(?:statements?|notes?|language)[ \t]+"
    r"(?:regarding|concerning|about|on)[ \t]+forward[- ]looking[ \t]+(?:statements?|information)"
    r"|cautionary[ \t]+(?:statements?|notes?|language))"
    r"[ \t]*[:.]?[ \t]*"
)


def _own_fls_heading(first: str) -> bool:
    return len(first) < 120 and _OWN_FLS_HEADING.fullmatch(first) is not None


def _reads_as_harbour(parts: Sequence[str]) -> bool:
    """Whether a headed safe harbour's text reads as one: it names forward-looking
    statements and their risks at some length ("See the discussion above." does not)."""
    text = "\n".join(parts)
    low = text[:3000].lower()
    return FLS_PHRASE.search(text, 0, 3000) is not None and more_words(text, 30) \
        and ("risk" in low or "uncertaint" in low)


# A financial table's column heading, printed as a paragraph of its own from HTML
_PERIOD_HEAD = lazy(
    r"(?:(?:Three|Six|Nine|Twelve|Thirteen|Twenty|Fifty)[ \t-]+(?:\w+[ \t-]+)?"
    r"(?:[Mm]onths|[Ww]eeks)|(?:Fiscal[ \t]+)?(?:Years?|Quarters?))[ \t]+[Ee]nded\b"
    r"|(?:THREE|SIX|NINE|TWELVE)[ \t]+MONTHS[ \t]+ENDED\b|(?:YEARS?|QUARTERS?)[ \t]+ENDED\b"
)


def period_head(text: str) -> bool:
    """A table's column heading over its figures ("Three Months Ended September 30,",
    "Years Ended December 31,"), not a sentence."""
    return text[:1] in "TSNFYQ" and not text.endswith(".") and not more_words(text, 12) \
        and _PERIOD_HEAD.match(text) is not None


def _headingless(firsts: Sequence[str], texts: Sequence[str], i: int) -> tuple[int, int, str]:
    """The safe harbour opening at paragraph i with no heading, and the paragraphs that
    carry it on (not a company's standing paragraph, see _standing_after)."""
    text = texts[i]
    end = i + 1
    items = 0  # its listed risks ("... include:" / "\u2022 competition; and") go on
    listing = False  # (and so do the items after one: "\u2022 Competition.")
    while end < len(texts) and items < 40 and (end - i - items < _MAX_FLS_PARAS or (
            end - i - items < _MAX_LONG_FLS_PARAS and _speaks_fls(texts[end]))):
        part, last = texts[end], texts[end - 1]
        listing = _list_item(part) and (listing or last.endswith(_LEADS_ON)) \
            or _numbered(part) and (listing or _lead_in(last))  # ("... among others:" / "1. ")
        if not listing and not _goes_on(firsts, texts, end) and not (
                _leads_into_list(texts, end) and not is_boundary(firsts[end], texts[end])):
            break
        items += listing
        end += 1
    # (an About run into it keeps its sentences, see press_about; elsewhere the sentences
    # before the phrase are the safe harbour's own lead)
    cut = fls_sentence_start(text) if _under_about_heading(firsts, texts, i) else 0
    # (a notice's heading over it, "Disclaimer", "Legal Notice", is the safe harbour's, not
    # the body's last line)
    top = i - 1 if i > 1 and _notice_heading(texts[i - 1]) else i
    return top, end, "\n\n".join([text[cut:], *texts[i + 1 : end]])


# A short heading over a safe harbour that does not say "forward-looking": "Disclaimer",
# "LEGAL DISCLAIMER", "Important Notice", "Notice to Investors"
_NOTICE_HEADING = lazy(
    r"[ \t]*(?i:(?:legal[ \t]+|important[ \t]+)?disclaimers?|(?:legal|important)[ \t]+notice"
    r"|notice[ \t]+to[ \t]+(?:investors|shareholders|stockholders|readers))[ \t]*+:?[ \t]*$"
)


def _notice_heading(text: str) -> bool:
    return len(text) < 40 and ("isclaim" in text or "ISCLAIM" in text or "otice" in text
                               or "OTICE" in text) and _NOTICE_HEADING.match(text) is not None


# A legend's pointer to the safe harbour printed further on: "(This news release contains
# forward-looking statements. Please refer to the cautionary note ... at the end of this
# news release.)", "See \"Forward-Looking Statements\" below ..."
_POINTS_BELOW = lazy(
    r"(?i:\b(?:see|refer[ \t]+to|read)\b[^.]{0,160}?\b(?:below|at[ \t]+the[ \t]+end[ \t]+of"
    r"[ \t]+this|later[ \t]+in[ \t]+this|(?:that|which)[ \t]+follows?\b))"
)
_MAX_LEGEND_WORDS = 70


def _points_below(text: str) -> bool:
    """Whether a short paragraph saying "forward-looking statements" is a legend over the
    body, pointing to the safe harbour at the release's end (a safe harbour that follows
    it is the one; the legend is the body's)."""
    low = text.lower()
    return not more_words(text, _MAX_LEGEND_WORDS) and (
        "below" in text or " end " in text or "later" in text or "follow" in text
    ) and not any(w in low for w in _OWN_HARBOUR_WORDS) \
        and _POINTS_BELOW.search(text) is not None


# a short safe harbour of its own ("... involve risks and uncertainties ... see the risk
# factors listed below") is no pointer
_OWN_HARBOUR_WORDS = ("uncertaint", "undertake", "actual result", "differ materially")


# How a paragraph over a listed risk ends: "... include:", "competition;", "; and"
_LEADS_ON = (":", ";", ",", " and", " or")
# A risk listed as a bullet ("\u2022 supply chain disruptions; and"): short, but no heading
_BULLETS = ("\u2022", "\u00b7", "\u25aa", "\u25cf", "\u25e6", "\u2013", "\u2014", "-", "*", "o ")
_RULE = " \t-=_*~"


def _list_item(text: str) -> bool:
    return (text.startswith(_BULLETS) and text[1:3].strip(_RULE)[:1].isalnum()) or text.endswith(
        (" and", " or")
    )


def _bullet_cell(first: str) -> str:
    """A bullet's or number's first line without the tab after its mark (HTML prints a
    listed risk as a table row, "\u2022\tcompetition; and", "1.\tcompetition;"): that tab
    is no table's column gap."""
    s = first.lstrip()
    if s.startswith(_BULLETS) and s[1:2] == "\t":
        return s.replace("\t", " ", 1)
    m = _NUMBER_MARK.match(s) if s[:1] in _NUMBER_FIRST else None
    return s.replace("\t", " ", 1) if m and "\t" in m.group() else first


# A listed risk's number and the gap after it: "1. ", "2)\t", "(3) "
_NUMBER_MARK = lazy(r"(?:\(\d{1,2}\)|\d{1,2}[.)])[ \t]+(?=[\w\"\u201c(])")
_NUMBER_FIRST = frozenset("(0123456789")


def _numbered(text: str) -> bool:
    """Whether a paragraph opens with a list item's number ("1. competition;")."""
    return text[:1] in _NUMBER_FIRST and _NUMBER_MARK.match(text) is not None


def _lead_in(text: str) -> bool:
    """Whether a paragraph leads into listed risks: "... could cause actual results to
    differ materially include, among others:" (not a table's note or "as follows:" over a
    call's details)."""
    return text.endswith(":") and _speaks_of_risk(text[-400:].lower())


def _leads_into_list(texts: Sequence[str], k: int) -> bool:
    """Whether paragraph k is a short sentence leading into listed risks, not a heading
    ("Factors that could cause results to differ include:" over "o  competition;"): it ends
    with a colon over a list item, speaks of risks (not "The call's details are as
    follows:"), and most of its words are in lower case (a heading's are capitalised)."""
    text = texts[k]
    if not text.endswith(":") or k + 1 >= len(texts) or not (
            _list_item(texts[k + 1]) or _numbered(texts[k + 1])):
        return False
    if not _speaks_of_risk(text.lower()):
        return False
    words = [w for w in text.split() if len(w) > 3 and w[:1].isalpha()]
    return len(words) >= 3 and 2 * sum(w[0].isupper() for w in words) < len(words)


def _speaks_of_risk(low: str) -> bool:
    """Whether a lead-in speaks of risks: "These risks and uncertainties include:",
    "Important factors that could cause actual results to differ ... include:" (not "Factors
    driving growth in the quarter include:", the results' own list)."""
    if "risk" in low or "uncertaint" in low:
        return True
    words = set(low.replace(",", " ").split())
    return not words.isdisjoint(_MODALS) and any(w in low for w in _EFFECTS)


# A lead-in's hedge and what it may do to results ("factors that could cause results to differ")
_MODALS = frozenset(("could", "may", "might"))
_EFFECTS = ("differ", "cause", "affect")


# The legal forms that end a company's name printed alone ("Acme Robotics, Inc.")
_NAME_ENDS = frozenset(
    "inc corp corporation co company ltd limited llc plc lp l.p n.v s.a ag se".split()
)


def _name_alone(text: str) -> bool:
    """A company's name printed alone, ending in a stop as no heading does: "ACME CORP.",
    "Acme Robotics, Inc."."""
    if more_words(text, 8):
        return False
    words = text.split()
    return words[-1].rstrip(".").lower() in _NAME_ENDS and all(
        w[:1].isupper() or w in ("&", "of", "and") for w in words
    )


def _safe_harbour_prose(texts: Sequence[str], k: int) -> bool:
    """Whether paragraph k goes on with a safe harbour's sentences (not a statement's title,
    a table, an About under the company's name or the end of text)."""
    if k >= len(texts):
        return False
    text = texts[k]
    return (
        more_words(text, 10)
        and sum(c.isdigit() for c in text) * 10 < len(text)
        and (text[:1].islower() or any(w in text.lower() for w in _FLS_WORDS))
    )


# Words of a safe harbour's later paragraphs ("Additional risk factors ...", "Actual results
# may differ ...", "The Company undertakes no obligation ..."); their 1995-2025 stock phrases
# ("risks", not "risk": "a leading provider of risk management ..." is an About)
_FLS_WORDS = ("risks", "risk factors", "uncertaint", "actual result", "undertake",
              "forward-looking", "forward looking", "could", "might", "factors", "harm",
              "adverse", "no assurance", "changing")


# What a company's standing paragraph may open with: maybe where it is based, then the company
# (maybe its ticker or seat, or a clause between commas: "Acme Widget Corporation, a
# Dallas-based maker of ..., is listed ...", "Acme, through its subsidiaries, is a ..."),
# then "is a" ("Redstone Drilling Co. is a contract driller",
# "Based in Englewood Cliffs, NJ, ASTA FUNDING, INC., is a leading ...", "Westell
# Technologies, Inc, headquartered in Aurora, Illinois, is a holding company"), or what it
# does ("Pericom Semiconductor Corporation (NASDAQ: PSEM) offers customers worldwide ...").
DESCRIBES = lazy(
    r"(?:(?:Based|Headquartered|Located|Founded)[ \t]+in[ \t][^,\n]{1,40}"
    r"(?:,[ \t][^,\n]{1,40})?,[ \t]+)?"
    r"([A-Z][\w&.'\u2019\u00ae\u2122-]*"
    r"(?:[ \t]+(?:(?:of|and|&)[ \t]+)?[A-Z][\w&.'\u2019\u00ae\u2122-]*){0,5}"  # "Bank of America"
    r"(?:,[ \t]+(?i:Inc|Corp|Co|Ltd|L\.?P|LLC|N\.V|S\.A|plc|AG|SE)\b\.?"
    r"|,[ \t]+[A-Z][\w'\u2019-]*[ \t]+(?:and|&)[ \t]+(?:Co|Company)\b\.?)?),?"  # "Sears,
    # Roebuck and Co."
    r"(?:[ \t]+\([^()\n]{1,60}\))?(?:[ \t]+(?:based|headquartered)[ \t]+in(?:[^,\n]{1,40},){1,2})?"
    r"([ \t]+(?:a|an|through|together[ \t]+with)[ \t][^,\n]{1,100},)?"
    r"[ \t]+(?:(?:is|are)[ \t]+(?:a|an|one[ \t]+of|the|(headquartered|based|listed|traded))"
    r"|designs|develops|manufactures|operates|owns|produces|distributes|markets|provides"
    r"|offers|supplies|specializes)[ \t,]"
)
DESCRIBES_FIRST = ("Based ", "Headquartered ", "Located ", "Founded ")
# an opening that says what the company is ("... is a leading provider"), not what it does
_IS_OPENING = lazy(r"[ \t](?:is|are)[ \t]+(?:a|an|one[ \t]+of|the|headquartered|based)[ \t,]$")
# A safe harbour's stock phrases, which no company's standing paragraph says (it may say
# "risks": "helps banks manage the risks of their loans")
_HARBOUR_PHRASES = ("forward", "actual result", "differ materially", "undertake", "uncertaint",
                    "risk factor", "no assurance", "subject to", "could cause", "speak only",
                    "speaks only", "caution", "undue reliance", "statement")
_MAX_SIZE_CHARS = 120  # of a standing paragraph's lead "With ... sales of $5.1 billion, "


def _standing_after(text: str) -> bool:
    """Whether a paragraph under a safe harbour is a company's standing one (the issuer's or
    a partner's), printed with no heading: it opens as one ("Fourth Shift Corp. develops and
    markets ...", "Beta Systems, Inc., based in Fremont, California, is one of ...", "With
    2021 sales of $51.0 billion, Caterpillar Inc. is ...") and says none of a safe harbour's
    stock phrases; one opening with what the company does, or its size, says nothing of
    risks either, as the safe harbour's own paragraphs do ("Acme operates in a rapidly
    changing environment. New factors emerge ...")."""
    if not text[:1].isupper():
        return False
    sized = text.startswith("With ") and (at := text.find(", ", 5, _MAX_SIZE_CHARS)) > 0
    opening = text[at + 2 :] if sized else text  # (after "With 2021 sales of $51 billion, ")
    m = _STANDING_OPEN.match(opening) or DESCRIBES.match(opening)
    if m is None:
        return False
    low = text.lower()
    if any(w in low for w in _HARBOUR_PHRASES):
        return False
    return _IS_OPENING.search(m.group(0)) is not None or not (
        sized or any(w in low for w in _FLS_WORDS))


def _own_paragraph(text: str, company: str | None) -> bool:
    """Whether a paragraph under a safe harbour is the company's own printed with no heading:
    it opens with the company's name (the dateline's first word: "Apple revolutionized
    personal technology ...") and says none of a safe harbour's words ("Apple assumes no
    obligation ..." does)."""
    if not company or not text.startswith(company) or text[len(company) : len(company) + 1] \
            not in (" ", ",") or not more_words(text, 14):
        return False
    low = text.lower()
    return not any(w in low for w in _ANY_HARBOUR_WORDS)


# What a notice printed with no heading under the safe harbour or the About says: a call's
# time or dial-in ("Acme will host a conference call today at 5:00 p.m. ET ... dial (800)
# ..."), a Canadian exchange's disclaimer ("Neither TSX Venture Exchange nor its Regulation
# Services Provider ... accepts responsibility for the adequacy or accuracy of this release")
_CALL_WORDS = ("conference call", "webcast")
_CALL_DETAILS = ("a.m.", "p.m.", "dial", "eastern time", " et ", " et.", "will host",
                 "will hold", "will be held")
# a replay's notice says these, but so do a safe harbour ("... including a replay of the
# webcast, speak only as of ...") and an About ("posts its webcasts, and a replay of each"):
# they count only beside a phone number to call
_REPLAY_DETAILS = ("passcode", "pass code", "access code", "conference id", "a replay")
_PHONE = lazy(r"\(?\b\d{3}\)?[ \t.-]{0,2}\d{3}[ \t.-]\d{4}\b")
_DISCLAIMERS = ("adequacy or accuracy of this", "neither approved nor disapproved")


def other_notice(text: str) -> bool:
    """Whether a paragraph is a notice of the company's call (when and how to join it) or an
    exchange's disclaimer: no part of the safe harbour or the About above it (a safe harbour
    may speak of the call too, "Statements made on the conference call ... are also
    forward-looking": a notice says no safe harbour's words)."""
    low = text[:300].lower()
    if any(w in low for w in _DISCLAIMERS):
        return True
    return any(w in low for w in _CALL_WORDS) and (
        any(w in low for w in _CALL_DETAILS)
        or (any(w in low for w in _REPLAY_DETAILS) and _PHONE.search(low) is not None)
    ) and "forward" not in low and not any(w in low for w in _HARBOUR_WORDS)


_HARBOUR_WORDS = ("risks", "risk factors", "uncertaint", "actual result", "undertake",
                  "no obligation to", "speak only as of", "speaks only as of",
                  "accurate only as of", "time-sensitive")
# Every safe-harbour word listed here: what a company's own paragraph never says (_own_paragraph)
_ANY_HARBOUR_WORDS = frozenset((*_FLS_WORDS, *_HARBOUR_PHRASES, *_HARBOUR_WORDS))


# A trademark note: "Acme and the Acme logo are registered trademarks of Acme Corp.", "Widget
# 3000 is a trademark of Acme Corp." (an About keeps one, a safe harbour does not)
_TRADEMARK = lazy(r"\b(?:is[ \t]+a|are)[ \t]+(?:registered[ \t]+)?trademarks?[ \t]+of[ \t]")


def _trademark_notice(text: str) -> bool:
    return "trademark" in text[:300] and _TRADEMARK.search(text, 0, 300) is not None


def _speaks_fls(text: str) -> bool:
    """Whether a paragraph opens in a safe harbour's words ("You should not place undue
    reliance ... We undertake no obligation ...")."""
    head = text[:300].lower()
    return any(w in head for w in _FLS_WORDS)


def _goes_on(firsts: Sequence[str], texts: Sequence[str], k: int) -> bool:
    """Whether paragraph k continues a headingless safe-harbour paragraph: no boundary or
    heading, and in the safe harbour's words (an About or body paragraph after it is not,
    though it may speak of risks or factors: "Beta is a leading provider of software that
    helps banks manage the risks ...")."""
    text = texts[k]
    if is_boundary(firsts[k], text) or _is_heading_para(text):
        return False
    return _speaks_fls(text) and not _standing_after(text)


def find_forward_looking(text: str) -> str | None:
    """The forward-looking statements paragraph(s) of a release text (after its first one)."""
    found = forward_looking_in(*paragraphs_of(text))
    return found[2] if found else None
