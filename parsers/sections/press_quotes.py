"""Quotes in a press release body and who said them (the attribution's words are read into
a name and a role by press_quote_who).

Schema slice: ``quotes`` [{speaker, role, text}], seed 000::

    {"speaker": "Frederic Kunzi", "role": "CTO of CTC Communications",
     "text": "This is a profound and exciting progress report for us. The promise of ..."}

Rules, each tested on seed or corpus lines:

- ``text`` joins every quoted fragment one attribution covers into sentences: a fragment
  cut off by its attribution ("...for us", said X. "The promise...") ends with a period
  before the next one, unless the next goes on in lower case ("Our metrics," he said, "are
  strong": "Our metrics are strong", the comma setting off the attribution dropped as the
  last fragment's is, but kept before "and", "which", "we" ...); the last fragment is kept
  as printed minus its quote marks. Quotes nested inside a quote (seed 001: ``"so far-so
  good, working well, sounds great"``) stay in the text with their marks.
- The attribution follows the quote (``", said Frederic Kunzi CTO of CTC Communications.``,
  ``," he said.``) or precedes it (``Robert Fabbricatore, CTC's Chairman and CEO stated, "``).
  A second fragment right after an attributed one, and a paragraph that only continues a
  quote, belong to the same entry; so does a paragraph going on with a quote the one before
  left open, even when it names the speaker again (``," Jacobson continued.``).
- ``role`` drops a possessive company prefix: "CTC's Chairman and CEO" -> "Chairman and CEO",
  "Apple's CEO" -> "CEO"; without a possessive it stays as printed ("CTC Chairman and CEO").
- A surname alone ("Fabbricatore concluded, ...") or a pronoun ("he said") resolves to the
  full name seen earlier and, in a paragraph of its own, makes a *separate* entry carrying
  that person's role (as does the full name given again without a role); in the paragraph
  of that speaker's quote before it ('"We grew," said Jane Doe, CEO. "We will grow," Doe
  added.') it goes on with that entry: one speaker's quotes in a paragraph are one text,
  unless another speaker's come between. The role of a name seen only in running text is
  the one printed with it ("John Smith, 58, its president,", "Chief Executive Officer John
  Smith", "appointed John Smith as CFO"); a pronoun resolves to the speaker reported in its
  own paragraph or, when that quoted no one, the paragraph before. An attribution that
  resolves to no person drops the quote (precision over recall); an honorific before the
  surname ("said Mr. DeAngelis") says it is a person's, who speaks as printed, and so does
  a job after its comma ('Hui, President and CEO, said': "Hui"; not a title before it,
  "said President Carter"). An age after
  a surname ("said Smith, 54", "said Mr. Smith, 54") leaves it a surname to resolve; a job
  after one ('Smith, the chief executive, said') is the role.
- A role keeps the period of a closing "Inc.", "N.V." or "S.p.A." and ends there when a new sentence
  follows ("CEO of Acme Inc. Revenue rose ..." -> "CEO of Acme Inc."); a firm's initials
  before a job and a name end no sentence ("said Acme N.V. CEO Jane Doe"), a time's do
  before a capital ("at 11 A.M. Smith said"), nor a job's naming its firm before the name
  ("Chief Executive Officer of Acme A.G. Jane Doe said": press_quote_forms).
- "she" after a speaker the text calls "he" (or "Mr. Smith") is the latest speaker before
  not so called, and "he" the other way; a firm quoted bare by a name ending in an industry
  noun ('"...," Contoso Robotics said') gives no speaker.
- A surname named in full nowhere in the body nor the contacts is the headline's full name
  ("Acme Names Jane Doe CEO": press_quote_heads).
- A one-word fragment its attribution interrupts ('"Today," said Jane Doe, CEO, "we ...')
  opens that speaker's text; alone, a one-word quote is a name or a term, no quote.
- "he"/"she" is the one person the release names who may be of that sex, by given name or
  honorific (press_quote_pronouns), unless named only in the contacts or in the quote; never
  a last speaker whose given name is of the other sex ('"...," she said' after John Smith's
  quote is no one's).
- A lead-in of only a full name and a job before a colon, no verb, gives the speaker ('Jane
  Doe, Chief Executive Officer: "..."', 'Acme CEO Jane Doe: "..."'); a name alone or a
  heading ("Outlook:") does not. A heading may name the job before the name ("Message from
  the CEO, Jane Doe:"; a body is none: "Statement by the Special Committee:").
- A quote paragraph whose stop is printed outside its closing mark ('"We will grow".') goes
  on with the quote before it, or opens the one its next paragraph attributes, as with the
  stop inside.
- An age before a joining with no job ("Jane Doe, 54, joined Acme in 2001.") is no role: the
  job is the next sentence's ("She is CFO."), as without the age.
- A lead-in's verb may open its sentence in lower case, alone or after a participle's or an
  adverb's opening phrase and its comma ('said Jane Doe, CEO: "..."', 'Commenting on the
  results, said Jane Doe, CEO: "..."'), a full name after it; an aside inside a sentence
  ('The results, said Jane Doe, ...') stays none. "As stated by" (or "noted", "said" ...)
  opens one as "According to" does ('As stated by Jane Doe, CEO: "..."').
- What a speaker did, after the job's comma of a colon lead-in, is no part of the role ('Jane
  Doe, CEO, expressed her thanks:' -> "CEO"); a lower-case department with an "-ed" word is
  (', vice president, regulated utilities:'). So is a deed right after the name, its job
  before it ('Acme CEO Jane Doe expressed his enthusiasm:' -> "Acme CEO"); a preposition
  opening the lead-in before a full name is no part of it ('From Jane Doe, CEO:', "Per John
  Smith, Chairman:", "Per" only before a common given name or its short form, "Per Alex
  Hui": "Per Olof Hansson" keeps his). Before a colon, "expressed", "voiced" or "shared"
  after the job's comma ends the role whatever follows (', expressed confidence in Dr.
  Wong:'; not a department's "shared services"). A deed's object may be a bare noun before
  what it is about (', expressed enthusiasm about the merger:'); a lead-in closed by a deed
  may end with a comma when a sentence is quoted ('Acme's CEO Jane Doe expressed his
  enthusiasm, "We ..."'), not when a title is ('..., introduced the product, "Widget
  Pro,"').
- In an interview layout, a full name alone before the colon opening an answer is its
  speaker ("Q: What does Dr. Wong bring?" / 'Alex Hui: "We are ..."'); an answer marked
  "A:" is the person the interview's heading names ("An interview with Alex Hui, President
  and CEO"), else no one's.
- A heading over the quote naming its speaker and job with no colon ("From Alex Hui,
  President and CEO") reads as the one with a colon.
- A role read cased from a paragraph in capitals and given to a speaker quoted in mixed case
  keeps the capitals it was printed in ("PRESIDENT AND CEO", not "President and Ceo"),
  unless the release prints it in mixed case too; so does the speaker's name a later quote
  resolves to ('"...," Hui added.' after '"...," SAID ALEX HUI, ...': "ALEX HUI", one
  speaker printed one way).
- A firm by its legal form, then a job ("Westell Inc., President and COO, remarked") is the
  job's holder named elsewhere in the release (as "the company's CEO" is), when the holder's
  job names no other firm; an initial and a common given name before a legal form are a
  firm's name ("J. Walter Thompson Co."), no person.
- A two-word name in capitals in a mixed-case paragraph is the speaker before a job's comma
  whatever its first word ("ALEX HUI, PRESIDENT AND CEO, said,"; a common given name first
  needs none: "said JOHN SMITH."); alone ('said ALEX HUI.') only when the release prints
  "Mr. Hui" or quotes "Alex Hui" (else it may be a firm's: "said ACME ROBOTICS").
- A name run into a firm's legal form, then a description that is no job ("T. Rowe Price
  Group Inc., the fund manager, said") is the firm: no speaker.
- A lone "A." marks an interview's answer as "A:" does (under "Q." or "Q:").
- A job alone as the attribution ('"...," the company's CEO said', "Acme's CFO noted") is
  the latest speaker with that job, else the latest person named with it in the text before
  ("Jane Doe, President and CEO, ..."), else one named outside the body; no one holding it
  (a "Vice President" holds no "President") drops the quote.
- A place or a firm before a job's comma ("NEW YORK, PRESIDENT AND CEO, said", "Acme
  Robotics, President and CEO, said") is no speaker (press_quote_who); a firm's job is its
  holder's, as after a legal form, the firm's words matched in either case.
- A surname named in full only in capitals ("ALEX HUI, PRESIDENT AND CEO" in a caption,
  "Pericom named ALEX HUI to the board.") is that name and the role printed after it, as
  printed (press_quote_capitals); the name quoted in capitals ('said ALEX HUI.') is a
  person's when printed before a job's comma, and in mixed case takes the role its
  capitals print. A role read after a name in running text ends at a quote mark (a
  caption's "Jane Doe, CEO" over the quote, the paragraphs read joined).
- An interview's answer labelled by a surname ("Hui:", "Mr. Hui:") is the interviewee's
  or the person named in full; a question and answer on one line ('Q: ...?   A: "..."')
  is the interviewee's.
- A region before a job's comma ("SILICON VALLEY, CEO, said") is no speaker, as a city is;
  two words in capitals after a job word are a name ("ACME SEMICONDUCTOR CEO ALEX HUI
  said,": "ALEX HUI", role "ACME SEMICONDUCTOR CEO"; press_quote_who). A role read after a
  name in the paragraphs before a quote ends at its paragraph's end (they are read joined
  by a line break: a caption "Jane Doe, CEO" over "The board met today."). A first quote's
  "he"/"she" with no one named in mixed case before it is the one full name printed in
  capitals with a job ("ALEX HUI, PRESIDENT AND CEO" over '"...," he said.'), as printed.
- A full name quoted with no job takes the job printed after it elsewhere up to a caption's
  end (a paragraph ending with no stop on a word not in lower case, the next opening in
  capitals: "Alex Hui, President and CEO" over "The board met today."); a paragraph split on
  a comma or a word in lower case reads on ('stated Howard Kirby,' / "Chairman and ...").
  A first quote's "he"/"she" is no one when that one person's given name is of the other
  sex ("JANE HUI, PRESIDENT AND CEO" over '"...," he said.').
- A lead-in's verb reporting a clause with no "that" before its colon ends the role ('Jane
  Doe, CEO, said she was pleased with the quarter:' -> "CEO"), as with "that"; before a
  comma too when a sentence is quoted ('said he was pleased, "We ..."').
- A person no given name or honorific gives a sex is of the one a sentence opening "He" or
  "She" gives, they alone named in the words before it ("... elected Dr. Simon Wong to its
  Board. He will begin serving ..."): "she" then means no man so called ("Jordan Hui"
  joined ... / '"...," she said.': "Jordan Hui", not Dr. Wong too).
- A verb opening a lead-in before a surname alone ('Added Hui: "..."', 'Added Mr. Hui:',
  'Continued Hui,') is the person the release named in full ("Alex Hui"), as
  '"...," Hui said.' is; the verb is no given name of a full mention ("Added Hui").
- A reported clause with no "that" before a participle's comma ends the role ('Jane Doe,
  CEO, said he was pleased, adding, "..."' -> "CEO").
- A common given name alone ('"...," Alex said.') is the one person the release named in
  full with it before ("Alex Hui"); two so named ("Alex Kim" too) are no one's.
- A lower-case verb after an opening phrase before a surname alone ('Commenting on the
  results, said Hui:') is the person the release named in full, as after 'Added Hui:'.
- A speaker quoted by a nickname ('"...," Bill Gates said.') is the full name the release
  prints with a formal given name it shortens ("William H. Gates", given_names.NICKNAMES),
  when one given name is so printed with that surname; a nickname's sex is its formal
  name's ("Liz": "she"), and "Liz Hui" and "Elizabeth Hui" are one person.
- A quote paragraph closed on a comma with no speaker takes the attribution opening the
  paragraph under it in capitals too ('"...,"' / "Jane Doe, CEO, said."), or the one
  interrupting a quote there ('Jane Doe, CEO, said, "and ..."'); the open paragraphs of the
  quote above it (and above a signature under it) go to that speaker.
- So does running text closed by a quote opening its own sentence on a comma ('Revenue rose.
  "We will grow,"' / "said Jane Doe, CEO."), and a quote closed on "!" or "?", which may
  end no sentence ('"We will grow!"' / "Jane Doe, CEO, said."); an attribution closing its
  sentence before the next paragraph's first quote signs the quote above and goes on with
  that one ('"We grew,"' / 'Jane Doe, CEO, said. "We will hire."').
- "Ms." or "Mr." before a surname two people share is the one whose given name fits the
  title ("Ms. Hui" after Jane Hui's and Bob Hui's quotes: Jane Hui), else as printed; a
  nickname may sit in quote marks inside brackets ('William ("Bill") Gates', as printed).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..given_names import GIVEN_NAMES, formal_names, given_or_short
from ..lazy_re import lazy
from .person_names import NOT_NAME, cased, strip_honorific
from .press_patterns import (
    BULLET_CHARS,
    PRONOUNS,
    ROLE_WORDS,
    US_STATES,
    VERB,
    VERB_FIRST,
    VERB_LAST,
    VERBS,
)
from .press_quote_asides import verb_aside_blanked, without_aside, without_source
from .press_quote_capitals import capitals_mention, printed_span
from .press_quote_forms import firm_named, job_after_form, job_of_firm_name
from .press_quote_guillemets import guillemets_doubled, may_hold_guillemets
from .press_quote_heads import headline_person
from .press_quote_initials import firm_of_initials, opens_name, person_name
from .press_quote_later import joined_then, later_job, post_elsewhere
from .press_quote_pages import page_furniture
from .press_quote_pronouns import given_sex, one_of_sex, people_sexes
from .press_quote_roles import PLAIN_REPORTED, without_clause
from .press_quote_singles import may_hold_singles, straight_singles_doubled
from .press_quote_towns import without_named_town
from .press_quote_who import (
    ABBREVIATIONS,
    DEGREE_DOTTED,
    OFFICE_WORDS,
    ORG_ABBREVIATIONS,
    ORG_SUFFIX,
    PICTURED,
    ROMAN,
    Capitalised,
    FirmFirst,
    Office,
    Titled,
    Unconfirmed,
    appointed_job,
    clean_role,
    firm_office,
    fits_firm,
    forget_attributions,
    initials,
    job_then_name,
    name_tail,
    office_alone,
    parse_who,
    place_or_firm,
    plainly_personal,
)
from .press_text import more_words, normalise

# Quote marks: '"', curly quotes, ``TeX-style'', also with its marks made curly, as a word
# processor or typesetter prints them (\u2018\u2018 and \u2019\u2019: see _marks). _MARK: those
# always read (_MARKS), as single-literal branches, which the regex engine skips to with a
# character set (as "[...]|``|''" it tries every position)
_MARK = lazy("\"|\u201c|\u201d|``|''|\u2018\u2018")
_OPENERS = frozenset("([{\u2014\u2013-/")
_CLOSE_NEXT = frozenset(".,;:!?)]\u2014\u2013-'\u2019")
# Sentence ends: a period (or ! ?) then space, unless it closes an initial or abbreviation.
_SENTENCE_END = lazy(r"[.!?][\"\u201d]?[ \t]+")
_ABBREV = frozenset(
    "mr mrs ms dr jr sr st inc co corp ltd pty ltda no vs mt ft gov sen rep gen lt col capt "
    "prof rev hon u.s u.k e.g i.e adm maj sgt fr msgr messrs".split()
)
# Ranks that also end sentences ("a retired Navy Adm. Acme also named ..."): no end only
# before a name ("Adm. Mike Mullen")
_MONTH_ABBREV = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_RANK_BEFORE_NAME = frozenset("adm maj".split())
_CLOCK = frozenset(("a.m", "p.m"))  # (the period kept out: "9 a.m." reads "a.m" here)
_CLOCK_CAPS = frozenset(("A.M.", "P.M."))
_SENTENCE_WINDOW = 600  # an attribution sits within this many characters of its quote


# A list item's marker ("-- ", "\u2022 ", "o ", "1. ", "(a) "): a list a quote leads into
_LIST_ITEM = lazy(
    rf"[ \t]*(?:--?|[{BULLET_CHARS}]|o(?=[ \t])|\(?(?:\d{{1,2}}|[a-z])[.)])[ \t]+(?=\S)")
# 'According to Jane Doe, CEO, "..."', also 'As stated by Jane Doe, CEO:' ("As noted by")
_ACCORDING = lazy(r"[ \t]*(?:(?i:according)[ \t]+to|[Aa]s[ \t]+(?:stated|noted|said|explained"
                  r"|commented|expressed)[ \t]+by)[ \t]+")
# The verb opening a lead-in, the speaker after it: 'Said Jane Doe, CEO: "..."', or a
# heading over the quote: "Comments from Jane Doe, Chief Executive Officer:", "Message from
# the CEO, Jane Doe:" (the job, then the name)
_VERB_OPENS = lazy(
    r"[ \t]*(?:Said|Says|Stated|Added|Noted|Commented|Explained|Continued|Concluded"
    r"|Remarked|Observed|Declared|Emphasi[sz]ed"
    r"|(?:Comments?|Remarks|Statement|Message|Quote)[ \t]+(?:from|by)(?:[ \t]+the)?)[ \t]+"
    r"(?=[A-Z])")
# The same verb in lower case, opening the sentence or after a participle's or adverb's
# phrase and its comma: 'Commenting on the results, said Jane Doe, CEO: "..."', 'said Jane
# Doe: "..."' (filers writing English as a second language print these)
_VERB_INVERTED = lazy(
    r"[ \t]*(?:(?:[A-Z][a-z]{2,}ing|In|On|At|About|Regarding|Concerning|With|As|For|Further"
    r"|Furthermore|Additionally|Also|Moreover|Finally|Lastly|Separately)\b[^,\n]{0,120},[ \t]*)?"
    r"(?:said|says|stated|added|noted|commented|explained|continued|concluded|remarked"
    r"|observed|declared|emphasi[sz]ed)[ \t]+(?=[A-Z])")


@dataclass
class _Frag:
    start: int  # first character inside the quote
    end: int  # first character after the inside (the closing mark, or the paragraph end)
    open_ended: bool  # the paragraph ended inside the quote
    mark_start: int  # where the opening mark starts
    mark_end: int  # where the closing mark ends


@dataclass
class _Entry:
    speaker: str
    role: str | None
    parts: list[str]
    capitals: bool = False  # attributed in a paragraph typed in capitals: print it so


def _has_mark(para: str) -> bool:
    """Whether a quote mark of _MARKS occurs: substring tests, several times faster than a
    regex search (a two-character test only after its one-character one: that runs as a memchr, some
    ten times faster, and most paragraphs hold no backtick)."""
    return ('"' in para or "\u201c" in para or "\u201d" in para
            or ("`" in para and "``" in para) or ("'" in para and "''" in para)
            or ("\u2018" in para and "\u2018\u2018" in para))


def _marks_doubled(para: str) -> str:
    """A paragraph with no double mark (_has_mark) quoting in guillemets or single marks,
    with those made double marks (the same length); else ``para`` itself, unchanged."""
    if may_hold_guillemets(para):
        para = guillemets_doubled(para)  # ("said: \u00abWe have ...\u00bb")
        if _has_mark(para):
            return para
    if "\u2018" in para:
        return single_quotes_doubled(para)
    if "'" in para and may_hold_singles(para):
        return straight_singles_doubled(para)  # ("said: 'We have ...'", plain text)
    return para


def _may_quote(para: str) -> bool:
    """Whether a paragraph may hold a quote: a double mark, or a single one to double (or
    a straight single one opening a word: "said: 'We ...'", or a guillemet). _has_mark's
    tests inlined, and the guillemet's (may_hold_guillemets): this runs on each paragraph
    after a release's last quote, nearly all with no mark."""
    return ('"' in para or "\u201c" in para or "\u201d" in para or "\u2018" in para
            or "\u00ab" in para or ("`" in para and "``" in para)
            or ("'" in para and ("''" in para or may_hold_singles(para))))


_SINGLE = lazy("[\u2018\u2019]")
_SINGLE_CLOSE_BEFORE = frozenset(".,!?\u2026")
_SINGLE_CLOSE_NEXT = frozenset(",.;:!?)\u2014\u2013")


def single_quotes_doubled(para: str) -> str:
    """A paragraph quoted in single marks, as UK and Australian releases print it ("Jane
    Doe said: \u2018We are delighted.\u2019"), with its quote marks doubled; a \u2019
    that is an apostrophe ("company\u2019s", "shareholders\u2019 support") stays. Only where
    no double mark is printed. (Same length: offsets into it hold for the paragraph.)"""
    chars = list(para)
    opened = False
    for m in _SINGLE.finditer(para):
        i = m.start()
        before = para[i - 1] if i else " "
        after = para[i + 1] if i + 1 < len(para) else " "
        if m.group() == "\u2018":
            opens = before.isspace() or before in _OPENERS
            if opens and not (after.isspace() or after.isdigit()):
                chars[i] = "\u201c"
                opened = True
        elif opened and not before.isspace() and (
                before in _SINGLE_CLOSE_BEFORE or after in _SINGLE_CLOSE_NEXT
                or i + 1 == len(para)):
            chars[i] = "\u201d"
            opened = False
    return "".join(chars)


def quote_spans(para: str, marks: list[tuple[int, str]] | None = None) -> list[_Frag]:
    """Top-level quoted spans of a paragraph; nested quotes stay inside their parent.
    ``marks``: the paragraph's _marks, when the caller has them (each found once)."""
    if marks is None:
        if not _has_mark(para):
            return []
        marks = _marks(para)
    spans: list[_Frag] = []
    depth = 0
    start = mark_start = 0
    for at, mark in marks:
        end = at + len(mark)
        if _opens(para, mark, at, end, depth):
            if depth == 0:
                start, mark_start = end, at
            depth += 1
        elif depth > 0:
            depth -= 1
            if depth == 0:
                spans.append(_Frag(start, at, False, mark_start, end))
    if depth > 0:
        spans.append(_Frag(start, len(para), True, mark_start, len(para)))
    return spans


_MARKS = ('"', "\u201c", "\u201d", "``", "''", "\u2018\u2018")
_TEX_OPENS = ("``", "\u2018\u2018")  # the TeX-style opening marks, straight or curly
# A curly TeX-style close (two right single marks): only in a paragraph that opens such a
# quote, since elsewhere a single-quoted span that ends another one is printed so too
_CURLY_CLOSE = "\u2019\u2019"


def _curly_tex(para: str) -> bool:
    """Whether the paragraph opens a TeX-style quote and holds a _CURLY_CLOSE."""
    return "\u2019" in para and _CURLY_CLOSE in para and ("``" in para or "\u2018\u2018" in para)


def _marks(para: str) -> list[tuple[int, str]]:
    """(start, mark) of each quote mark, in order: str.find per mark (a memchr for one
    character) is several times faster than a regex's scan, and marks of two kinds share no
    character, so they never overlap."""
    found: list[tuple[int, str]] = []
    for mark in _MARKS:
        at = para.find(mark[0])
        if at >= 0 and len(mark) == 2:  # (a two-character find only where the first is)
            at = para.find(mark, at)
        while at >= 0:
            found.append((at, mark))
            at = para.find(mark, at + len(mark))
    if _curly_tex(para):
        at = para.find(_CURLY_CLOSE)
        while at >= 0:
            found.append((at, _CURLY_CLOSE))
            at = para.find(_CURLY_CLOSE, at + 2)
    found.sort()
    return found


def _opens(para: str, mark: str, start: int, end: int, depth: int) -> bool:
    """Whether the quote mark ``mark`` at ``start:end`` opens a quote (else it closes one)."""
    if mark == "\u201c":
        return True
    if mark == "\u201d":
        return False
    # where it stands tells, even against a TeX glyph: a nested quote printed with the
    # marks swapped (Horizon 2009: ``... of ''other than temporary impairment`` on)
    before = para[start - 1] if start > 0 else " "
    after = para[end] if end < len(para) else " "
    can_open = (before.isspace() or before in _OPENERS) and not after.isspace()
    can_close = not before.isspace() and (after.isspace() or after in _CLOSE_NEXT)
    if can_open != can_close:
        return can_open
    return mark in _TEX_OPENS or (mark == '"' and depth == 0)


def _closing_mark(para: str) -> tuple[int, int] | None:
    """(start, end) of the mark closing a quote opened before the paragraph ('... to
    continue."'), if any: one that closes with no quote of the paragraph's own open."""
    if not _has_mark(para):
        return None
    depth = 0
    # (the regex's scan is the cheaper one for a paragraph's few marks)
    marks = _marks(para) if _curly_tex(para) else ((m.start(), m.group()) for m in
                                                   _MARK.finditer(para))
    for at, mark in marks:
        end = at + len(mark)
        if _opens(para, mark, at, end, depth):
            depth += 1
        elif depth == 0:
            return at, end
        else:
            depth -= 1
    return None


def _ends_sentence(text: str, at: int) -> bool:
    """Whether the stop at ``at`` ends a sentence (not "J." or "Mr." or "U.S.")."""
    before = text[max(0, at - 30) : at].split()
    printed = before[-1].lstrip('("\u201c') if before else ""
    word = printed.lower()
    if word in _RANK_BEFORE_NAME:  # (a name or a rank next: "Maj. Gen. John Smith")
        nxt = text[at + 1 : at + 60].split()[:2]
        first = nxt[0].rstrip(".").lower() if nxt else ""
        return not (first in OFFICE_WORDS or first in ROLE_WORDS
                    or person_name(" ".join(nxt).rstrip(",.")))
    if word in _MONTH_ABBREV or (len(before) > 1 and before[-2][-1] == ","
                                 and word.replace(".", "") in US_STATES):
        # (a date's month, "Dec. 13", or a town's state before lower case: "from its
        # Aurora, Ill. offices")
        nxt = text[at + 1 : at + 4].lstrip()[:1]
        if nxt.isdigit() if word in _MONTH_ABBREV else nxt.islower():
            return False
    if word in _CLOCK and len(before) > 1 and before[-2][-1:].isdigit():
        # a time, in capitals too, before a new sentence: "at 11 A.M. Smith said" (no
        # initials of a name), but not before lower case: "at 9 a.m. local time"
        return not text[at + 1 : at + 3].strip()[:1].islower()
    # (dotted initials before lower case too: "Sr. V.P. of Sales", "Ph.D. said"; a firm's
    # before a job and a name, as "Inc." is: "said Acme N.V. CEO Jane Doe"; initials inside
    # a name: "Senior V.P. Sales and Marketing", "of J.M. Smith Co.")
    return not (len(word) == 1 or word in _ABBREV
                or ("." in word and (opens_name(text, at, printed)
                                     or text[at + 1 : at + 3].strip()[:1].islower()
                                     or (initials(printed) and (
                                         job_then_name(text, at + 1)
                                         or _initials_run_on(text, at) != at
                                         or job_of_firm_name(text, at) > 0)))))


def _last_sentence(text: str) -> str:
    """The text after the last stop that ends a sentence (read from the end: the first such
    stop found is the one, and the stops before it are not tested)."""
    text = text[-_SENTENCE_WINDOW:]
    for m in reversed(list(_SENTENCE_END.finditer(text))):
        if _ends_sentence(text, m.start()):
            return text[m.end() :]
    return text


def _first_sentence(text: str) -> tuple[str, bool]:
    """(first sentence, whether it ended with a full stop rather than running on)."""
    text = text[:_SENTENCE_WINDOW]
    for m in _SENTENCE_END.finditer(text):
        if _ends_sentence(text, m.start()):
            return text[: m.start()], True
    stripped = text.rstrip()
    return stripped.rstrip("."), stripped.endswith((".", "!", "?")) or not stripped


def _after_attribution(
    after: str, more_quotes: bool, quoted: str, before: str = ""
) -> tuple[tuple[str, str | None] | None, int]:
    """Attribution opening the text after a quote, and how many characters it used.

    ``, said Frederic Kunzi CTO of CTC Communications.`` / ``," he said.`` /
    ``," Mr. Stern added, "are strong ...`` (a quote interrupted by its attribution).
    """
    note = _FOOTNOTE.match(after) if after[:1] in _FOOTNOTE_FIRST else None
    if note:  # '\u201c... $1.2 billion,\u201d1 said' (a footnote's mark after the quote)
        after = " " * note.end() + after[note.end() :]
    lead = len(after) - len(after.lstrip(" \t,;"))
    sentence, full_stop = _first_sentence(after[lead:])
    used = lead + len(sentence) + 1
    m = VERB_FIRST.match(sentence)
    if m is None and "," in sentence[:20] and (blanked := verb_aside_blanked(sentence)):
        m = VERB_FIRST.match(blanked)  # '," said, in a statement, Jane Doe, CEO.'
    if m is None and (m := _REPORTED_FIRST.match(sentence)) and _last_sentence(before).strip():
        m = None  # 'He starred in "Wall Street," wrote Oliver Stone': a title mid-sentence
    if m:
        # the period the sentence ended with: an "Inc." or "Jr." closing the role keeps it
        stop = "." if after[lead + len(sentence) : used] == "." else ""
        who = m.group("who")
        if m.group("verb")[:1] == "a":  # ('," according to a statement from Jane Doe')
            who = without_source(who)
        if more_quotes and (cut := _next_attribution(who)) > 0:
            # '..., said John Smith, CEO of Acme Inc. Chief Financial Officer Bob Brown
            # added, "...': the next sentence attributes the next quote
            return parse_who(who[:cut]), lead + m.start("who") + cut
        return _who_or_office(who + stop), used
    if after[lead:lead + 1] in _DASHES and not more_quotes:
        return _dash_signature(after[lead:]), len(after)
    if more_quotes and not full_stop and quoted.rstrip()[-1:] in ".!?":
        return None, 0  # "Bruce Chizen, ..., added, " introduces the next quote instead
    opener = sentence[:9].lstrip(" ,;")
    if opener.startswith(("while ", "whereas ")) or (
            opener.startswith(("and ", "but ")) and opener[4:5].isupper()):
        # '"...," while John Roe, CFO, noted ...', '"...," and John Roe, CFO, said costs
        # fell': a new clause's subject, not this quote's speaker
        return None, 0
    v = VERB.search(sentence)
    words = 4  # "he said in a statement" at most
    if v is None and _reports(sentence):
        v, words = _REPORTED.search(sentence), 8  # "told analysts on a conference call"
    if v is None and "quoted as" in sentence:
        v = _QUOTED_AS.search(sentence)  # '"...," Doe was quoted as saying.'
    if v is None or v.start() == 0:
        return None, 0
    tail = sentence[v.end() :]
    if "ing" in tail and (clause := _PARTICIPLE.search(tail)):
        tail = tail[: clause.start()]  # '"...," Doe said, adding that ...': a new clause
    tail = tail.strip(" ,;:")
    if tail[:2] in _SETTING_FIRST and _SETTING.match(tail):
        # "said in a statement issued today", "said in a conference call with analysts",
        # "said at the company's annual meeting in Dallas": where it was said
        words = 8
    if more_words(tail, words):
        return None, 0
    return _who_or_office(sentence[: v.start()]), used


def _who_or_office(who: str) -> tuple[str, str | None] | None:
    """parse_who's (name, role), or a job alone naming no one ("the company's CEO"), whose
    holder _Book.resolve finds among the people named before."""
    found = parse_who(who)
    if found is None and ("'" in who or "\u2019" in who
                          or who.lstrip()[:4] in ("the ", "The ", "its ", "Its ")):
        office = office_alone(who)
        return (office, None) if office else None
    if found is None and "," in who and (office := firm_office(who)):
        return office, None  # "Westell Inc., President and COO": the job's holder
    return found


# A participle's clause after the attribution's comma ('"...," Doe said, adding that costs
# fell', ', noting that ...', ', citing ...'): what the speaker went on to do, no part of it
_PARTICIPLE = lazy(r",[ \t]*+[a-z]{2,}ing\b")
# A quote's attribution in the passive, news style: "Jane Doe was quoted as saying"
_QUOTED_AS = lazy(r"\b(?:was|is)[ \t]+quoted[ \t]+as[ \t]+(?:saying|stating)\b")
# Where or how a quote was given, after its verb ("in a statement", "in a conference call",
# "during an interview", "at the annual meeting", "on a call with analysts")
_SETTING = lazy(r"(?:in|on|at|during)[ \t]+(?:a|an|the|his|her|its|their)[ \t]")
_SETTING_FIRST = frozenset(("in", "on", "at", "du"))
# Verbs of attribution press_patterns.VERBS lacks: "told analysts on a conference call",
# "wrote in a letter to shareholders", and the plain speech verbs ("stressed", "cautioned")
_PLAIN = "|".join(PLAIN_REPORTED)
_REPORTED_WORDS = ("told", "wrote", *PLAIN_REPORTED)
_REPORTED = lazy(rf"\b(?:told|wrote|{_PLAIN})\b")
_REPORTED_FIRST = lazy(
    rf"^[ \t,;\u2014-]*(?P<verb>wrote|{_PLAIN})[ \t]+(?P<who>[A-Z][^\n]*)$")
# ... and before a quote: 'Jane Doe told analysts:', 'John Smith wrote in his letter to
# shareholders, ' (what "told" and "wrote" go on with, bounded), a colon or comma right
# before the mark: 'told the story of "The Little Engine ..."' names a title, 'told
# investors (that) the product was "ready for market"' reports a phrase
_REPORTED_LAST = lazy(
    r"\b(?P<verb>told(?:[ \t]+(?!that\b)[\w'\u2019.&-]+){1,8}|wrote(?:[ \t]+(?:in|to|on)"
    rf"(?:[ \t]+(?!that\b)[\w'\u2019.&-]+){{1,7}})?|{_PLAIN})[ \t]*[,:][ \t]*$"
)


def _reports(text: str) -> bool:
    """Whether one of _REPORTED_WORDS occurs (substring tests before the regex)."""
    return any(w in text for w in _REPORTED_WORDS)


def _next_attribution(who: str) -> int:
    """Where a new sentence attributing a quote starts in an attribution run on past a
    firm's "Inc." or "N.V." (the period kept), or 0."""
    i = who.find(". ")
    while i > 0:
        word = who[who.rfind(" ", 0, i) + 1 : i]
        firm = word in ORG_ABBREVIATIONS or (
            "." in word and initials(word) and job_then_name(who, i + 1))
        if firm and who[i + 2 : i + 3].isupper() and VERB.search(who, i + 2):
            return i + 1
        i = who.find(". ", i + 2)
    return 0


_DASHES = frozenset("-\u2013\u2014")
# A footnote's mark printed right after a quote's closing mark: "1", "(2)", "*", "\u2020", or
# a superscript figure as HTML's <sup>1</sup> renders ("\u00b9")
_SUPERSCRIPTS = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"
_FOOTNOTE = lazy(r"(?:\d{1,2}|\(\d{1,2}\)|[*\u2020\u2021]|[" + _SUPERSCRIPTS + r"]{1,2})"
                 r"(?=[ \t,;])")
_FOOTNOTE_FIRST = frozenset("0123456789(*\u2020\u2021" + _SUPERSCRIPTS)


def _dash_signature(text: str) -> tuple[str, str | None] | None:
    """A quote signed after a dash, the rest of its paragraph: '"..." \u2013 Michael R.
    Thompson III, Chairman' (a full name only: '"WidgetPro" - a new line' is no signature)."""
    who = parse_who(text.lstrip("-\u2013\u2014 \t"))
    return who if who and " " in who[0] else None


_ABBREV_STOPS = tuple(f" {a}." for a in ABBREVIATIONS)  # "... of Acme Inc." ends no sentence


# The lower-case words a job printed as a signature may hold ("Senior Vice President of
# Sales and Marketing"): "retired Chief Financial Officer of Boeing" (a caption or bio) or
# "Chairman, to Present at ..." (a sub-heading) holds others
_SIGNATURE_JOINERS = frozenset({"of", "and", "the", "for", "&"})
# a contact's department, not a speaker's job ("Jane Doe, Vice President, Investor Relations"
# over her phone and e-mail)
_CONTACT_ROLES = ("investor relations", "media relations", "public relations", "communications",
                  "contact")


def _signature_line(para: str, next_para: str = "") -> tuple[str, str | None] | None:
    """A paragraph under a quote that only signs it: "– Robert Alvarez, Chairman", or
    with no dash a full name and its job ("Thomas J. Reilly, President and Chief Executive
    Officer", as HTML releases print a quote box); a sentence is none, nor a contact, a table
    row, or a sub-heading over a paragraph about that person ("Robert Brown, Chief Financial
    Officer" / "Mr. Brown reviewed ...")."""
    if para[:1] in _DASHES:
        return _dash_signature(para)
    last = para.rstrip()
    if more_words(para, 16) or (last[-1:] in ".!?:;" and not last.endswith(_ABBREV_STOPS)):
        return None
    if "@" in para or "$" in para or any(c.isdigit() for c in para):
        return None
    if ", " in para and without_clause(para) != para:
        return None  # a sentence going on after the role: "Jane Doe, CEO, told analysts that"
    who = parse_who(para)
    if not (who and " " in who[0] and who[1] and _job_words(who[1])):
        return None
    role = who[1]
    low = role.lower()
    if any(w.islower() and w not in _SIGNATURE_JOINERS for w in role.replace(",", " ").split()) \
            or any(c in low for c in _CONTACT_ROLES):
        return None
    surname = _surname(who[0])
    if next_para.startswith((who[0], *(f"{h} {surname}" for h in _SIGNATURE_HONORIFICS))):
        return None
    return who


def _signed_by(quoted: str, para: str, next_para: str) -> tuple[str, str | None] | None:
    """Who signs a quote printed alone in the paragraph above ``para``: a signature line
    under a full sentence, or an attribution going on in lower case, the line broken after
    the quote as HTML releases print it ('\u201c...,\u201d<br>said Jane Doe, CEO.'), or in
    capitals after a quote's comma, which says its sentence goes on ('\u201c...,\u201d<br>Jane
    Doe, CEO, said.', "Doe added.")."""
    if para[:1].islower() or quoted[-1:] == ",":
        return _after_attribution(para, False, quoted)[0]
    if quoted[-1:] in "!?" and (who := _after_attribution(para, False, quoted)[0]):
        return who  # ('"We will grow!"' / "Jane Doe, CEO, said.": the mark may end no sentence)
    return _signature_line(para, next_para)


def _attribution_above(before: str, unsigned: str) -> tuple[str, str | None] | None:
    """The attribution of the quote above, all the text before a paragraph's first quote and
    a whole sentence ('Jane Doe, CEO, said. "We will hire."', 'said Jane Doe. "..."'), when
    that quote may go on to it (``unsigned`` ends on a comma, "!" or "?")."""
    text = before.strip()
    if text[-1:] != "." or len(text) > 200:
        return None
    who, used = _after_attribution(before, True, unsigned)
    return who if who is not None and not before[used:].strip() else None


def _closing_quote(para: str, frags: Sequence[_Frag]) -> bool:
    """Whether a paragraph of running text ends with a closed quote, nothing after it, that
    opens its own sentence and ends on a comma, "!" or "?", which say the sentence may go on
    to an attribution ('Revenue rose 20 percent. "We will grow more next year,"')."""
    last = frags[-1]
    quoted = para[last.start : last.end].strip()
    if last.open_ended or quoted[-1:] not in ",!?" or para[last.mark_end :].strip():
        return False
    before = para[frags[-2].mark_end if len(frags) > 1 else 0 : last.mark_start].rstrip()
    return bool(before) and before[-1:] in ".!?" and not _last_sentence(before + " ").strip()


def _boxed_signature(before: str, after: str, frag: _Frag, quoted: str
                     ) -> tuple[str, str | None] | None:
    """The signer of a quote box, an HTML table's name-and-title cell beside the quote cell,
    which html_to_text puts on one line: "Satya Patel Chief Executive Officer\t\u201c...\u201d"
    or the quote first. Only a closed quote of full sentences ("Best Product of the Year."
    beside a product's name is an award's caption), nothing else in the line."""
    if frag.open_ended or quoted[-1:] not in ".!?\u2026" or not more_words(quoted, 5):
        return None
    if before.strip() and not after.strip():
        cell = before.strip().rstrip(":\u2013\u2014- \t")
    elif after.strip() and not before.strip():
        cell = after.strip().lstrip("\u2013\u2014- \t")
    else:
        return None
    who = _signature_line(cell)
    # the cell opens with a person's name: a customer's box may sign with a title alone
    # ("Purchasing Director, Midwest Utility", "Human Resources Director")
    if cell.split(" ", 1)[0] in _SIGNATURE_HONORIFICS:
        cell = cell.split(" ", 1)[-1]  # ("Dr. Jane Doe")
    if who is None or not cell.startswith(who[0]) or not 2 <= len(who[0].split()) <= 4:
        return None
    words = who[0].replace(".", " ").split()
    if any(w in NOT_NAME or w in _UNIT_WORDS or w.lower() in ROLE_WORDS for w in words):
        return None
    return who


# Words of a department or business, not of a name, signing a quote box with a title only
_UNIT_WORDS = frozenset(
    "Human Resources Customer Customers Success Sales Marketing Operations Purchasing Finance "
    "Engineering Product Products Account Accounts Client Clients Supply Chain Information "
    "Technology Procurement Facilities Research Development Business Regional District Store "
    "Plant Utility Utilities Airline Airlines Hospital Health Support Service Project Program "
    "Quality Safety Logistics Fleet Network Data Security Talent Strategy Communications".split()
)


_SIGNATURE_HONORIFICS = ("Mr.", "Ms.", "Mrs.", "Dr.", "Mr", "Ms", "Mrs", "Dr")


def _surname(speaker: str) -> str:
    """ "John Smith, Jr." -> "Smith": the word "Mr. Smith" names."""
    tokens = speaker.replace(",", " ").split()
    while len(tokens) > 1 and tokens[-1].rstrip(".") in ("Jr", "Sr", "II", "III", "IV"):
        tokens.pop()
    return tokens[-1] if tokens else speaker


# A lead-in announcing what follows: "Jane Doe, CEO, made the following comments:", "...
# offered the following remarks on the quarter:", "... had the following to say:"
_GAVE = r"[ \t,]+(?:made|offered|provided|gave|issued|shared|had|delivered)[ \t]+"
_THE_FOLLOWING = lazy(
    _GAVE + r"(?:the|these)[ \t]+following(?:[ \t]+[\w'\u2019-]+){0,8}?[ \t]*[:,][ \t]*$")
# ... or with "this" for "the following": "Jane Doe, CEO, had this comment:", "... offered
# these remarks on the quarter:"
_THIS_COMMENT = lazy(
    _GAVE + r"(?:this|these)[ \t]+(?:comments?|remarks?|statements?|observations?|thoughts)"
    r"(?:[ \t]+[\w'\u2019-]+){0,6}?[ \t]*[:,][ \t]*$")
# ... or its verb: "Jane Doe, CEO, stated as follows:", "Jane Doe said the following:" (the
# verb then closes the text, with the "in part" before it: "Jane Doe stated, in part, as
# follows:", "..., in pertinent part, as follows:")
_AS_FOLLOWS = lazy(r"(?:,?+[ \t]+in[ \t]+(?:(?:pertinent|relevant)[ \t]+)?part)?+,?+[ \t]+"
                   r"(?:as[ \t]+follows|the[ \t]+following)(?=[ \t]*[:,][ \t]*$)")
# A participle closing a lead-in after what was spoken of: 'Jane Doe, CEO, commented on the
# results, saying: "..."' (the verb before it then closes the text)
_SAYING = ("saying", "stating", "adding", "noting")
# A dash closing a lead-in, as a colon does ('Jane Doe added -- "..."', typewriter style)
_LEAD_DASHES = " \t-\u2013\u2014"


# A speaker's words introduced as theirs: 'As Jane Doe, CEO, put it, "..."', 'Jane Doe put
# it simply: "..."', 'Jane Doe had this to say:', 'Mr. Doe went on to say,', 'She concluded
# by saying:' (the verb closes the text)
_PUT_IT = lazy(r"(?<![ \t,])[ \t,]*+(?:put[ \t]+it(?:[ \t]+(?:simply|best|succinctly|bluntly"
               r"|well|plainly|this[ \t]+way))?|had[ \t]+this[ \t]+to[ \t]+say(?:[ \t]+about"
               r"[ \t][^,:\n]{0,40})?|went[ \t]+on[ \t]+to[ \t]+(?:say|add|note|state|explain)"
               r"|(?:continued|concluded|closed|ended|finished|responded)[ \t]+by[ \t]+(?:saying"
               r"|stating|noting|adding)|summed[ \t]+(?:it[ \t]+)?up)[ \t]*+[,:]?[ \t]*+$")
# ... or opening the sentence: 'In the words of Jane Doe, CEO, "..."'
_IN_WORDS = lazy(r"[ \t]*(?:In|in)[ \t]+the[ \t]+words[ \t]+of[ \t]+")


# A reported clause with no "that" closing a lead-in before its colon: 'Jane Doe, CEO, said
# she was pleased with the quarter:', 'stated the company is well placed:' (the clause's
# subject a pronoun or a determiner's noun; up to 80 characters, no comma or quote mark in it)
_SAID_CLAUSE = lazy(
    r"\b(?:said|says|stated|states|added|adds|noted|notes|commented|explained|remarked"
    r"|observed|declared|emphasi[sz]ed)[ \t]++(?:he|she|they|we|it|the|its|our|his|her|their"
    r"|this|these)[ \t][^,;:\"\u201c\u201d\n]{0,80}[,:][ \t]*+$")


def _said_clause(sentence: str, quoted: str) -> re.Match[str] | None:
    """_SAID_CLAUSE's verb, the role ending before it ('Jane Doe, CEO, said she was pleased:'
    -> "CEO", not "CEO, said she was pleased"); before a comma only when a sentence is quoted
    ('said they had a name for it, "Project X,"' is a title's)."""
    if "s" not in sentence:
        return None
    m = _SAID_CLAUSE.search(sentence)
    if m is None or (sentence.rstrip()[-1:] == "," and not _quotes_sentence(quoted)):
        return None
    return m


def _said_so(sentence: str) -> tuple[str, str | None] | None:
    """The speaker of a lead-in of _PUT_IT or _IN_WORDS (substring tests first)."""
    if ("put it" in sentence or "say" in sentence or " on to " in sentence
            or "summed" in sentence) and (put := _PUT_IT.search(sentence)):
        return parse_who(sentence[: put.start()])
    if "words of" in sentence and (words := _IN_WORDS.match(sentence)):
        return parse_who(sentence[words.end() :].rstrip(" \t,:"))
    return None


_VERB_LAST_SPAN = 100  # the longest VERB_LAST match with no run of blanks: 12 + 71 + 3


def verb_last(text: str) -> re.Match[str] | None:
    """VERB_LAST's search, over the last _VERB_LAST_SPAN characters only when no run of two
    blanks or a tab widens a match: the verb closes the text, and a search from the start
    tries the verbs' alternation at every letter of a long lead-in (the same match)."""
    if len(text) <= _VERB_LAST_SPAN or "\t" in text or "  " in text:
        return VERB_LAST.search(text)
    return VERB_LAST.search(text, len(text) - _VERB_LAST_SPAN)


def _said_saying(sentence: str) -> tuple[str, str | None] | None:
    """The speaker of 'Jane Doe, CEO, commented on the results, saying:' (a verb of
    attribution and what it was about before the participle's comma; or the clause it
    reports: 'said he was pleased, adding,')."""
    head, comma, tail = sentence.rstrip(" \t,:").rpartition(",")
    if not comma or tail.strip() not in _SAYING:
        return None
    m = verb_last(head)
    if m is None and "s" in head and (clause := _SAID_CLAUSE.search(head + ",")):
        # 'Jane Doe, CEO, said he was pleased, adding, "..."' (a reported clause with no
        # "that" before the participle: the role ends at the verb)
        return parse_who(head[: clause.start()])
    if m is None and "ed " in head and (deed := _PAST_CLAUSE.search(head)):
        # 'Jane Doe, CEO, welcomed the news, saying:' (what the speaker did, then the quote)
        return parse_who(head[: deed.start()])
    if m is None or not m.group("extra"):
        return None  # ("Doe said, saying" is no shape)
    return parse_who(head[: m.start()])


# The commas of a date ("Monday, March 1, 1996, that") and of a town before its state's
# abbreviation ("Aurora, Ill. offices")
# (the comma first and every test after it: a pattern opening with a lookbehind is tried
# at every position of the text, one opening with its literal comma only at the commas)
_DATE_COMMA = lazy(r",(?:(?=[ \t]*+(?:19|20)\d\d\b)|(?<=\b(?:19|20)\d\d,)"
                   r"|(?<=day,)(?=[ \t]*+[A-Z][a-z])"
                   r"|(?<=[a-z],)(?=[ \t]*+[A-Z][a-z]{1,4}\.[ \t]++[a-z]))")
# A clause in the past tense closing a lead-in before its participle: ", expressed her
# thanks", " welcomed the news" (up to 6 words, no comma: the subject before it)
_PAST_CLAUSE = lazy(r"(?<![ \t,]),?[ \t]++[a-z]{3,}ed(?:[ \t]++[\w'\u2019-]++){0,6}$")
# The same after a job's comma, before a colon: ", expressed her thanks:", ", welcomed Dr.
# Wong:", ", expressed:" (its object opening with a determiner, a pronoun, a preposition or
# a capital: ", regulated utilities" is a department), or a bare noun and what it is about
# (", expressed enthusiasm about the merger:", ", voiced confidence regarding ..."), also
# "in" or "for" and a determiner (", expressed confidence in the team:", ", expressed optimism
# for the year ahead:"; not a department's place: ", regulated utilities in Texas:")
_DEED_COLON = lazy(
    r",[ \t]++[a-z]{3,}ed(?:(?:[ \t]++(?:his|her|their|its|our|the|this|these|that|a|an|on|upon"
    r"|about|to|with|for)\b|[ \t]++[A-Z][\w'\u2019.-]*+|[ \t]++[a-z]{3,}+[ \t]++(?:about|over"
    r"|regarding|concerning|with|toward|towards|upon|(?:in|for)[ \t]++(?:the|our|its|his|her"
    r"|their|this|these|a|an))\b)(?:[ \t]++[\w'\u2019.-]++){0,5})?$")

# A deed no job prints, after the job's comma of a colon lead-in, ends the role whatever its
# object: ", expressed confidence in Dr. Wong:", ", voiced support for Acme's plan:",
# ", shared a few words with Dr. Wong:" (not a department's "shared services")
_DEED_ANY = lazy(r",[ \t]++(?:expressed|voiced|shared(?![ \t]++services?\b))[ \t]++\S")

# The same right after a name with no comma, the job before it: "Acme CEO Jane Doe expressed
# his enthusiasm:", "... expressed enthusiasm about the merger:" (_name_deed: the word before
# it a capitalised one, the surname; up to 6 words after it)
_DEED_AFTER_NAME = lazy(r"(?<=[a-z'\u2019])[ \t]++[a-z]{3,}ed(?:[ \t]++[\w'\u2019.-]++){0,6}$")


def _name_deed(head: str) -> re.Match[str] | None:
    """A deed of _DEED_AFTER_NAME whose word before is a capitalised one (a surname: 'Acme
    CEO Jane Doe expressed his thanks'; not "head of regulated utilities")."""
    deed = _DEED_AFTER_NAME.search(head)
    if deed is None:
        return None
    word = head[: deed.start()].rpartition(" ")[2]
    return deed if word[:1].isupper() and "," not in head[deed.start() :] else None


def _before_attribution(before: str, quoted: str = "") -> tuple[str, str | None] | None:
    """The speaker a lead-in before a quote names (``quoted``: the quote's words)."""
    sentence = _last_sentence(before)
    if "follow" in sentence:
        if lead := _THE_FOLLOWING.search(sentence):
            return parse_who(sentence[: lead.start()])
        sentence = _AS_FOLLOWS.sub("", sentence, count=1)
    elif sentence.rstrip()[-1:] in (":", ",") and ("this " in sentence or "these " in sentence
                                                  ) and (lead := _THIS_COMMENT.search(sentence)):
        return parse_who(sentence[: lead.start()])
    if sentence[-1:] in _LEAD_DASHES and sentence:
        sentence = sentence.rstrip(_LEAD_DASHES)  # (then the verb closes it: "Doe added")
    if "ing" in sentence[-12:] and (said := _said_saying(sentence)):
        return said
    m = verb_last(sentence)
    dated = _DATE_COMMA.sub(" ", sentence) if m is None and "," in sentence else sentence
    if dated is not sentence and dated != sentence:
        # a date's or a town's comma after the verb: "stated in a letter to employees dated
        # March 1, 1996:", "said at its Aurora, Ill. offices:" (the same length, so the
        # verb's offset holds)
        m = verb_last(dated)
    if m is None and "," in sentence and (bare := without_aside(sentence, dated)) is not None:
        # 'Jane Doe said, among other things, "..."', 'said, on March 1, 2010,' (the verb
        # then closes the text)
        sentence, m = bare, verb_last(bare)
    if m is None and _reports(sentence):
        m = _REPORTED_LAST.search(sentence)
    if m is None and (said := _said_so(sentence)):
        return said
    if m is None and sentence.rstrip()[-1:] in ":," and (clause := _said_clause(sentence, quoted)):
        m = clause  # (the verb's reported clause before a colon: the lead-in ends at the verb)
    if m is None and "quoted as" in sentence and (
            quoted := _QUOTED_AS.search(sentence)) and not sentence[quoted.end() :].strip(" \t,:"):
        return parse_who(sentence[: quoted.start()])  # 'Jane Doe was quoted as saying, "..."'
    if m is None or not sentence[: m.start()].strip():
        # "According to Jane Doe, President of Acme, "..."": the verb opens the sentence
        a = _ACCORDING.match(sentence)
        if a:
            who = parse_who(without_source(sentence[a.end() :]).rstrip(" \t,:"))
            # (not a phrase the sentence runs into: 'According to Jane Doe, CEO, the
            # quarter was "a record."')
            return who if sentence.rstrip()[-1:] in ",:" or not who or who[1] is None else None
        # 'Said Jane Doe, CEO: "..."' (a full name: "Added to that, ..." names no one)
        v = _VERB_OPENS.match(sentence) or _VERB_INVERTED.match(sentence)
        if v is None:
            return _captioned(sentence, quoted)
        who = parse_who(sentence[v.end() :].rstrip(" \t,:"))
        if who and who[1] is None and v.group(0).rstrip().endswith(" the"):
            return None  # "Statement by the Special Committee:" (a job names a person)
        return who if who and (" " in who[0] or _opened_surname(who, v.group(0))) else None
    extra = m.groupdict().get("extra")
    if extra and extra.split(None, 2)[:1] == ["that"] and len(extra.split(None, 2)) > 1 \
            and sentence.rstrip()[-1:].isalnum():
        return None  # a phrase reported: 'She added that the launch was "a milestone."'
    return _who_or_office(_without_deed(sentence[: m.start()]))


def _opened_surname(who: tuple[str, str | None], verb: str) -> bool:
    """Whether a verb opening a lead-in names a surname alone ('Added Hui: "..."', 'Added
    Mr. Hui:', 'Continued Hui,'), also in lower case after an opening phrase ('Commenting
    on the results, said Hui:'): the speaker is then whom the release named in full before
    (the book resolves it; one named nowhere is dropped), not a heading's word after
    "Comments from"."""
    name = who[0]
    return verb.split()[-1].capitalize() in _OPENING_VERBS and (
        isinstance(name, Titled) or (type(name) is str and name[:1].isupper()
                                     and name.isalpha() and name not in PRONOUNS))


# The verbs of _VERB_OPENS that report speech ("Comments from" heads a quote instead)
_OPENING_VERBS = frozenset(
    "Said Says Stated Added Noted Commented Explained Continued Concluded Remarked Observed "
    "Declared Emphasized Emphasised".split())


def _without_deed(head: str) -> str:
    """The words before a lead-in's verb less a deed the speaker did after the job's comma,
    joined to the verb by "and" ('Jane Doe, CEO, expressed confidence in the team and said:'
    reads "Jane Doe, CEO"): the job is the role, not what was done (_DEED_COLON's deeds)."""
    core = head.rstrip(" \t")
    if core.endswith(" and") and "ed " in core and (
            deed := _DEED_COLON.search(core[:-4].rstrip(" \t,"))):
        return core[: deed.start()]
    return head


def _captioned(sentence: str, quoted: str = "") -> tuple[str, str | None] | None:
    """The speaker of a lead-in that is only a full name and a job before a colon, no verb:
    'Jane Doe, Chief Executive Officer: "..."', 'Acme CEO Jane Doe: "..."', 'Jane Doe (CEO):'
    (a heading naming no job, "Outlook:", or no person, is none), or a deed after the job
    ('Jane Doe, CEO, expressed her thanks:'; before a colon "expressed", "voiced" or "shared"
    whatever follows: ', expressed confidence in Dr. Wong:'); a deed before a comma too when a
    sentence is quoted ('Acme's CEO Jane Doe expressed his enthusiasm, "We are ..."'; not a title:
    'Jane Doe, CEO, introduced the product, "Widget Pro,"')."""
    head = sentence.rstrip()
    comma = head[-1:] == "," and _quotes_sentence(quoted)
    if (head[-1:] != ":" and not comma) or len(head) > 200:
        return None
    head = head[:-1].rstrip(" \t,")
    if "ed" in head and (deed := _DEED_COLON.search(head) or _name_deed(head) or (
            not comma and _DEED_ANY.search(head))):
        # what the speaker did, after the job's comma: 'Jane Doe, CEO, expressed her thanks:'
        # (or right after the name, the job before it: 'Acme CEO Jane Doe expressed ...:')
        head = head[: deed.start()]
    elif comma:
        return None  # (a name and a job before a comma: an aside, "Jane Doe, CEO, "...")
    who = parse_who(head)
    if who is None or type(who[0]) is not str or " " not in who[0] or not who[1] or (
            ROLE_WORDS.isdisjoint(w.strip(".,&/()").lower() for w in who[1].split())):
        return None
    return who


# A question of an interview layout, opening its paragraph: "Q: What drove ...?", "Question:"
_QUESTION = lazy(r"[ \t]*+(?:Q|Question)[:.][ \t]")


def _answerer(before: str, prev: str, interviewee: tuple[str, str | None] | None = None
              ) -> tuple[str, str | None] | None:
    """The speaker of an answer in an interview layout: a full name alone before the colon
    opening the quote's paragraph ('Alex Hui: "We are ..."') under a question ('Q: What does
    Dr. Wong bring to the board?'), or a surname the release names in full ("Hui:", "Mr.
    Hui:", as transcripts label answers); an answer marked "A:" is the ``interviewee``'s, whom the
    interview's heading named ("An interview with Alex Hui, President and CEO"); elsewhere
    a name alone before a colon is none. A lone "A." marks an answer as "A:" does."""
    head = before.strip()
    if head[:1] == "Q" and (row := _ROW_ANSWER.search(head)) and _QUESTION.match(head):
        # a question and its answer in one row, as a table's two cells print on one line
        # ('Q: What does Dr. Wong bring?   A: "We are ..."')
        return interviewee if row.start() > 3 else None
    if prev[:12].lstrip()[:1] != "Q":
        return None  # (the paragraph before asks no question: most are read no further)
    if head in _ANSWER_MARKS:
        return interviewee if _QUESTION.match(prev) else None
    if head[-1:] != ":" or len(head) > 80 or not _QUESTION.match(prev):
        return None
    who = parse_who(head[:-1].rstrip(" \t,"))
    if who is None or who[0] in PRONOUNS or who[0] in ("he", "she", "they"):
        return None
    if interviewee and " " not in who[0] and _surname(interviewee[0]) == str(who[0]):
        return interviewee  # "Hui:" under "An interview with Alex Hui, President and CEO"
    # a full name, or a surname ("Hui:", "Mr. Hui:") the book resolves to one printed in
    # full, or a name in capitals ("ALEX HUI:") it confirms a person's
    return who if type(who[0]) in (str, Titled, Capitalised) else None


# an answer's mark after a question's "?" on one line, closing the words before the quote
_ROW_ANSWER = lazy(r"\?[ \t]++(?:A|Answer)[:.]$")
_ANSWER_MARKS = frozenset(("A:", "Answer:", "A."))  # ("A." as "Q." asks: a lone letter)
# The heading of an interview naming whom it asks: "An interview with Alex Hui, President
# and CEO", "Q&A with Alex Hui, CEO:", "A conversation with Alex Hui" (the name and job
# after "with", up to a colon or the paragraph's end)
_INTERVIEW_WITH = lazy(r"(?:[Ii]nterview|Q[ \t]?&[ \t]?A|[Cc]onversation)[ \t]++with[ \t]++"
                       r"(?P<who>[A-Z][^:\n]{2,150}?)[ \t.:]*+$")


def _interviewee(para: str) -> tuple[str, str | None] | None:
    """The person an interview's heading names (_INTERVIEW_WITH), by full name; the answers
    marked "A:" under it are theirs."""
    m = _INTERVIEW_WITH.search(para)
    who = parse_who(m.group("who")) if m else None
    return who if who and type(who[0]) is str and " " in who[0] else None


# A heading over a quote naming its speaker with no colon: "From Alex Hui, President and
# CEO", "Comments from Alex Hui, CEO" (read as with the colon: _captioned)
_FROM_HEADING = lazy(r"[ \t]*+(?:(?:Comments?|Remarks|Statement|Message)[ \t]++(?:from|by)"
                     r"|From)[ \t]++[A-Z]")
_FROM_HEADING_CHARS = 120


def _from_heading(para: str) -> str:
    """``para`` with a colon when it is a heading naming a quote's speaker with none
    (_FROM_HEADING; no stop at its end), else ""."""
    if len(para) > _FROM_HEADING_CHARS or not para[-1:].isalnum() or "," not in para:
        return ""
    return para + ":" if _FROM_HEADING.match(para) else ""


def _quotes_sentence(quoted: str) -> bool:
    """Whether ``quoted`` reads as a sentence spoken, not a title or a phrase: it closes with
    a stop or holds more than four words."""
    quoted = quoted.rstrip(" \t,\"\u201d")
    return quoted[-1:] in (".", "!", "?", "\u2026") or more_words(quoted, 4)


def _indirect_speaker(
    text: str, surname: Callable[[str], tuple[str, str | None] | None]
) -> tuple[str, str | None] | None:
    """ "Kurt Swenson, chairman and chief executive officer, said that ..." (the last one);
    a surname ("Reilly said the bank ...") is the person ``surname`` finds named earlier."""
    found = None
    text = text[-4000:]
    for v in VERB.finditer(text):
        who = _last_sentence(text[max(0, v.start() - _SENTENCE_WINDOW) : v.start()])
        parsed = parse_who(who) if who.strip() else None
        if parsed is None or parsed[0] in ("he", "she", "they"):
            continue
        if " " in parsed[0]:
            found = parsed
        elif not _COMPANY_SAID.match(text, v.end()) and (full := surname(parsed[0])) is not None:
            # ("Dell said it expects ...": the company named after its founder)
            found = full[0], parsed[1] or full[1]
    return found


_OFFICE_SCAN = 6000  # how far back the text before a job alone is read for its holder
_OFFICE_NEAR = 150  # ... around a name in it, for that job printed with the name
_OFFICE_READ = 12  # ... and how many of those names, the latest, are read for their roles
# Initials of a job spelled out, to match "the CEO" to "Chief Executive Officer"
_JOB_INITIALS = {"ceo": "chief executive", "cfo": "chief financial", "coo": "chief operating",
                 "cto": "chief technology", "cmo": "chief marketing"}
_JOB_WORD = lazy(r"[a-z]+")


def _spelled_job(job: str) -> str:
    """``job`` in lower case, its initials spelled and "officer" dropped ("CEO" and "Chief
    Executive Officer" both "chief executive"), words single-spaced."""
    words = _JOB_WORD.findall(job.lower())
    return " ".join(_JOB_INITIALS.get(w, w) for w in words if w != "officer")


def _holds(role: str, office: str) -> bool:
    """Whether ``role`` names the job ``office`` names, not as a vice's ("President" is not
    held by a "Vice President")."""
    job = _spelled_job(office)
    have = f" {_spelled_job(role)} "
    at = have.find(f" {job} ")
    while at >= 0:
        if not have[:at].endswith((" vice", " deputy", " assistant")):
            return True
        at = have.find(f" {job} ", at + 1)
    return False


def _reporter(book: _Book, para: str, seen: str) -> tuple[str, str | None] | None:
    """The person the last sentence of ``para`` reports speaking ("Doe said the results
    ..."), a surname being the one named in full earlier."""
    last = _last_sentence(para.rstrip().rstrip("."))
    if not last or (" said" not in last and "stated" not in last and "noted" not in last):
        return None  # (substring tests before VERB's scan)
    return _indirect_speaker(last, lambda w: book.resolve((w, None), last, len(last), seen))


# what a company, not a person, says of itself: "Dell said it expects ...", "... said its"
_COMPANY_SAID = lazy(r"[ \t]+(?:that[ \t]+)?(?:it|its)\b")


# Words after a name that make it a firm's (not "Jane Doe Investor Relations", a contact)
_FIRM_WORDS = frozenset(
    "& Group Bank Capital Securities Partners Holdings Financial Fund Trust Advisors "
    "Associates LP L.P Incorporated Limited Plc Bancorp".split()
)


class _Book:
    """Speakers seen so far, to resolve pronouns and surnames."""

    def __init__(self, known: Sequence[tuple[str, str | None]] = (),
                 paras: Sequence[str] = (), heads: Sequence[str] = ()) -> None:
        self.entries: list[_Entry] = []
        self.prev_para = ""  # the paragraph before, when it quoted no one
        self.known = known  # (name, role) of people the release names outside its body
        self.heads = heads  # the headline and subheadlines, which may name a speaker in full
        self.paras = paras  # the whole body, for a name the text confirms further on
        self._text: str | None = None  # the body joined, once asked for
        self._role_text: str | None = None  # the body joined, a line break after a caption
        self._titled: _Titles | None = None  # where the body prints "Mr. " and the like
        self._firms: dict[str, bool] = {}  # _firm's answers: a name quoted again is not rescanned
        self._roles: dict[str, tuple[str, str | None] | None] = {}  # _confirmed's answers
        self._called: dict[str, str] = {}  # speaker -> the pronoun that meant them
        # _surname_of_sex's answers from the text: (surname, sex) -> (name, role) or None
        self._of_sex: dict[tuple[str, str], tuple[str, str | None] | None] = {}

    def _confirmed(self, name: str, here: str, seen: str) -> tuple[str, str | None] | None:
        """(name, role) of a name closing a lead clause with nothing personal about it
        (``Unconfirmed``): a person's ("Commenting on the results, Robert Johnson said")
        unless the release prints it as a firm's ("Morgan Stanley & Co. LLC acted as ...")
        and never calls them "Mr. Stanley"; the role from a mention with a job."""
        if formal_names(name.partition(" ")[0]):
            name = self._formal(name, seen[-20000:], here[-20000:])
        for e in reversed(self.entries):
            if e.speaker == name:
                return name, e.role
        for n, r in self.known:
            if n == name:
                return name, r
        if name in self._roles:  # (a name quoted again: no rescan of the text before)
            return self._roles[name]
        surname = _surname(name)
        found: tuple[str, str | None] | None = None
        if not self._firm(name) or self._titles().prints(surname, _PERSONAL):
            found = name, _earlier_role(f"{seen[-20000:]}\n{here[-20000:]}"[-20000:], name)
        self._roles[name] = found
        return found

    def _formal(self, name: str, seen: str, here: str) -> str:
        """The full name a person quoted by a nickname ("Bill Gates said") is printed with
        in the words before the quote (``seen``, then ``here``) or the contacts, by a formal
        given name the nickname shortens ("William H. Gates"; the last printed, as a surname
        alone reads), when one given name is so printed, else ``name`` as printed (two,
        "Christopher Gates" and "Christine Gates" for "Chris Gates", or none). Most releases
        print no formal name: a substring test before the scan for full names."""
        formal = formal_names(name.partition(" ")[0])
        surname = _surname(name)
        found = [n for n, _ in self.known
                 if _surname(n) == surname and n.partition(" ")[0].lower() in formal]
        if any((f := g.capitalize()) in seen or f in here for g in formal):
            text = f"{seen}\n{here}"
            found += [full for s, e in _full_mentions(text, surname)
                      if (full := text[s:e]).partition(" ")[0].lower() in formal]
        return found[-1] if len({f.partition(" ")[0] for f in found}) == 1 else name

    def resolve(
        self, who: tuple[str, str | None], para: str, pos: int, seen: str, given: bool = True
    ) -> tuple[str, str | None] | None:
        """Full (speaker, role) for ``who``, found before ``pos`` in ``para`` (or ``seen``);
        a lone word may be a given name (``given``; not after a title: "Mr. Alex")."""
        name, role = who
        if isinstance(name, Titled):
            # (the role given with the full name: "Austin Mayor" for "Mayor Watson")
            found = self.resolve((str(name), None), para, pos, seen, False)
            sex = _TITLE_SEX.get(name.printed.split(" ", 1)[0])
            if found is not None and sex and given_sex(found[0].split(" ", 1)[0]) not in (
                    None, sex) and " " in found[0]:
                # "Ms. Hui" after "Bob Hui" spoke: the Hui the title fits, else as printed
                found = self._surname_of_sex(str(name), sex, para, pos, seen)
            return found or (name.printed, None)
        if name in ("he", "she", "they"):
            # the one who spoke last: said so in this paragraph, or (when it quoted no one)
            # in the one before ("John Smith, CEO, commented on the results." / '"...," he said.')
            def surname(word: str, text: str) -> tuple[str, str | None] | None:
                return self.resolve((word, None), text, len(text), seen)

            if name != "they" and (one := self._one_of_sex(name, para, pos, seen)):
                self._called.setdefault(one[0], name)
                return one
            here = para[max(0, pos - 4000) : pos]
            indirect = _indirect_speaker(here, lambda w: surname(w, here)) or (
                _indirect_speaker(self.prev_para, lambda w: surname(w, self.prev_para))
                if self.prev_para else None
            )
            if indirect:
                speaker = strip_honorific(indirect[0])
                return (speaker, indirect[1]) if self._sex_fits(name, speaker) else None
            if not self.entries:
                # no one quoted yet: the one person the two paragraphs name with a job
                return _sole_person(f"{self.prev_para}\n{here}", name, self._titles())
            last = self.entries[-1]
            found = (self._by_gender(name, last.speaker, seen) or self._other_gender(name)
                     or (last.speaker, last.role))
            if not self._sex_fits(name, found[0]):
                # ('"...," she said' after John Smith's quote: the latest speaker before
                # known to be a woman, else no one)
                found = self._latest_of_sex(name, _quote_at(para, pos))
                if found is None:
                    return None
            self._called.setdefault(found[0], name)  # ("he"/"she": the first one said)
            return found
        if isinstance(name, Unconfirmed):
            return self._confirmed(name, para[max(0, pos - 20000) : pos], seen)
        if isinstance(name, Capitalised):
            return (str(name), role) if self._capitals_person(name) else None
        if isinstance(name, Office):
            held = self._office_holder(
                name, f"{seen[-_OFFICE_SCAN:]}\n{para[max(0, pos - _OFFICE_SCAN) : pos]}")
            # (a job at a firm printed before it: its holder's role names no other firm)
            return held if held is None or not held[1] or fits_firm(name, held[1]) else None
        if isinstance(name, FirmFirst):
            if self._printed_firm(name) and not self._printed_firm(name.after[0]):
                return name.after  # "Goldman Sachs & Co. LLC" printed elsewhere
            name = str(name)
        if " " not in name:
            for e in reversed(self.entries):
                if (sur := _surname(e.speaker)) == name or (
                        sur[-1:].isupper() and sur.lower() == name.lower()):
                    # ("said Mr. Dupont" after "said Jean DUPONT": a surname in capitals)
                    return e.speaker, role or e.role
            # "Mr. Stern said" after "Gary Stern, Chief Executive Officer" in the text
            text_before = seen[-20000:] + "\n" + para[max(0, pos - 20000) : pos]
            mentions = _full_mentions(text_before, name)
            if not mentions:
                # named in full only in the contacts: 'Mr. Whitcomb stated, "..."' under
                # "CONTACTS: Thomas E. Whitcomb / President and Chief Executive Officer"
                # (in capitals there too: "CONTACT: JOHN A. SMITH", 'SMITH SAID, "..."')
                # (or in the headline only: "Acme Names Jane Doe CEO" / '"...," said Doe.')
                low = name.lower()
                named = next(((n, r) for n, r in self.known if _surname(n).lower() == low),
                             None) or next((h for head in self.heads
                                            if (h := headline_person(head, name))), None)
                if named:
                    return named[0], role or named[1]
                if capitals := _capitals_named(text_before, name):
                    return capitals[0], role or capitals[1]
                if given and (first := _given_named(text_before, name)):
                    return first[0], role or first[1]
                return _surname_with_job(name, role, para)
            start, end = mentions[-1]
            full_name = text_before[start:end]
            return full_name, role or _mention_role(text_before, full_name, mentions)
        plain = not plainly_personal(name)
        name = strip_honorific(name)
        if formal_names(name.partition(" ")[0]):
            name = self._formal(name, seen[-20000:], para[max(0, pos - 20000) : pos])
        if role is None:  # named again in full, without the role given the first time
            prior = next((e for e in reversed(self.entries) if e.speaker == name), None)
            role = prior.role if prior else None
            if role is None and plain and self._firm(name):
                return None  # '"...," said Goldman Sachs.' over "Goldman Sachs & Co. LLC"
            if prior is None and name in (here := para[max(0, pos - 2000) : pos]):
                # the job given earlier in the paragraph: "Acme named Jane Doe Chief
                # Financial Officer." / '"...," said Jane Doe.' (read once a name: a
                # quoted name's entry has what it found)
                role = _earlier_role(here, name, printed=True)
        return name, role

    def _office_holder(self, office: Office, text: str) -> tuple[str, str | None] | None:
        """Who holds the job an attribution names alone ('"...," the company's CEO said'):
        the latest speaker with that job, else the latest person the text before names in
        full with it ("Jane Doe, Acme's President and CEO, ..."), else one named outside the
        body; none when no one is (precision over recall)."""
        for e in reversed(self.entries):
            if e.role and _holds(e.role, office):
                return e.speaker, e.role
        text = text[-_OFFICE_SCAN:]
        job = f" {_spelled_job(office)} "
        read = 0
        for m in reversed(list(_FULL_NAME.finditer(text))):
            # (the latest first; only a name with the job printed near it is read for its
            # role, and at most _OFFICE_READ of those)
            near = text[max(0, m.start() - _OFFICE_NEAR) : m.end() + _OFFICE_NEAR]
            if job not in f" {_spelled_job(near)} " or person_name(name := m.group(0)) is None:
                continue
            role = _mention_role(text, name, [m.span()])
            if role and _holds(role, office):
                return name, role
            read += 1
            if read == _OFFICE_READ:
                break
        return next(((n, r) for n, r in self.known if r and _holds(r, office)), None)

    def _one_of_sex(self, pronoun: str, para: str, pos: int, seen: str
                    ) -> tuple[str, str | None] | None:
        """The one person "he" or "she" may mean by sex among those named before it
        (press_quote_pronouns) and in the contacts; None when several may, or when that one
        is named only in the contacts or in the quote itself ('"I welcome Mrs. Fairhead,"
        she said' is not hers)."""
        before = f"{seen[-_SEX_SCAN:]}\n{para[max(0, pos - _SEX_SCAN) : pos]}"
        named = [*((s.split(" ", 1)[0], _surname(s)) for e in self.entries
                   if " " in (s := e.speaker)), *_people(before, self._titles())]
        contacts = [(n.split(" ", 1)[0], _surname(n)) for n, _ in self.known if " " in n]
        titles = self._titles()
        honorific: dict[str, str | None] = {}
        for _, surname in (*named, *contacts):
            if surname.lower() not in honorific:
                he = titles.prints(surname, ("Mr.",))
                she = titles.prints(surname, _FEMALE)
                honorific[surname.lower()] = "he" if he and not she else (
                    "she" if she and not he else None)
        unsexed = {s for g, s in (*named, *contacts)
                   if honorific[s.lower()] is None and given_sex(g) is None}
        if unsexed and ("He" in before or "She" in before):
            for surname, sex in _called_by_pronoun(before, unsexed).items():
                honorific[surname.lower()] = sex
        key = one_of_sex(pronoun, people_sexes([*named, *contacts], honorific))
        surname = next((s for _, s in named if s.lower() == key), None)
        if surname is None or surname in _quote_at(para, pos):
            return None
        entry = next((e for e in reversed(self.entries) if _surname(e.speaker) == surname), None)
        return (entry.speaker, entry.role) if entry else self.resolve(
            (surname, None), para, pos, seen)

    def _by_gender(self, pronoun: str, last: str, seen: str) -> tuple[str, str | None] | None:
        """Whom "she" means after a paragraph about "Ms. Jones" when the last speaker is "Mr.
        Smith" (and "he" the other way): the one person of the pronoun's gender the
        paragraph before names, when the text gives the last speaker the other one."""
        if pronoun == "they" or not self.prev_para:
            return None
        ours, theirs = (_FEMALE, ("Mr.",)) if pronoun == "she" else (("Mr.",), _FEMALE)
        titles, surname = self._titles(), _surname(last)
        if self._called.get(last) == pronoun or not titles.prints(surname, theirs):
            return None  # (the text called them "she" already)
        given = last.split(" ", 1)[0]
        if titles.prints(surname, ours) or titles.prints(given, ours):
            return None  # "Mr. Smith" is another Smith: "Jane Smith ... Ms. Smith"
        named = {m.group(1) for m in _HONORIFIC_SURNAME.finditer(self.prev_para)
                 if m.group(0).split(" ", 1)[0] in ours}
        if len(named) != 1:
            return None
        prev = self.prev_para
        return self.resolve((named.pop(), None), prev, len(prev), seen)

    def _other_gender(self, pronoun: str) -> tuple[str, str | None] | None:
        """Whom "she" means when the text gives the last speaker the other gender (called
        them "he" or "Mr. Smith"), as two executives quoted in turn are: the latest speaker
        before not given that gender ("he" the other way)."""
        last = self.entries[-1].speaker
        if pronoun == "they" or all(e.speaker == last for e in self.entries) or (
                self._gender(last) in (None, pronoun)):
            return None  # (no one else quoted: nothing to read of the text's genders)
        return next(((e.speaker, e.role) for e in reversed(self.entries)
                     if e.speaker != last and self._gender(e.speaker) in (None, pronoun)), None)

    def _surname_of_sex(self, surname: str, sex: str, para: str, pos: int, seen: str
                        ) -> tuple[str, str | None] | None:
        """(speaker, role) of the latest person of ``surname`` whose given name is of
        ``sex`` ("she" for "Ms. Hui"): a recent speaker, else one named in full before: two
        people of one surname ("Jane Hui", "Bob Hui") keep their own quotes. (The text is
        read once per surname and title: a release quoting "Ms. Hui" a thousand times
        between a man's quotes is read in linear time.)"""
        for e in reversed(self.entries[-_SPEAKERS_READ:]):
            if _surname(e.speaker) == surname and " " in e.speaker and given_sex(
                    e.speaker.split(" ", 1)[0]) == sex:
                return e.speaker, e.role
        if (surname, sex) in self._of_sex:
            return self._of_sex[surname, sex]
        text = seen[-20000:] + "\n" + para[max(0, pos - 20000) : pos]
        mentions = _full_mentions(text, surname)
        found = None
        for k in range(len(mentions) - 1, -1, -1):
            full = text[mentions[k][0] : mentions[k][1]]
            if given_sex(full.split(" ", 1)[0]) == sex:
                found = full, _mention_role(text, full, mentions[: k + 1])
                break
        self._of_sex[surname, sex] = found
        return found

    def _sex_fits(self, pronoun: str, speaker: str) -> bool:
        """Whether "he" or "she" may mean ``speaker``: not when the given name is of the other
        sex ("she" for "John Smith", press_quote_pronouns), nor, of a given name of no known
        sex, the text gives them the other gender (see _gender; "Mr. Smith" may be another
        Smith than "Jane Smith"); "they" and names of no known sex may mean anyone."""
        if pronoun not in ("he", "she"):
            return True
        known = given_sex(speaker.split(" ", 1)[0]) if " " in speaker else None
        return known == pronoun or known is None and self._gender(speaker) in (None, pronoun)

    def _latest_of_sex(self, pronoun: str, quote: str) -> tuple[str, str | None] | None:
        """(speaker, role) of the latest entry the given name or the text (see _gender) says
        is of the pronoun's sex: whom "she" means after Jane Doe's quote and John Smith's (not
        one the ``quote`` names: '"We welcome Ms. Doe," she said' is not hers)."""
        for e in reversed(self.entries):
            if _surname(e.speaker) in quote:
                continue
            given = e.speaker.split(" ", 1)[0] if " " in e.speaker else ""
            known = given_sex(given) if given else None
            if known == pronoun or known is None and self._gender(e.speaker) == pronoun:
                return e.speaker, e.role
        return None

    def _gender(self, speaker: str) -> str | None:
        """ "he" or "she" when the text says which: the pronoun it meant them by, or an
        honorific before their surname ("Mr. Smith", "Ms. Doe")."""
        called = self._called.get(speaker)
        if called in ("he", "she"):
            return called
        surname = _surname(speaker)
        male = self._titles().prints(surname, ("Mr.",))
        if male != self._titles().prints(surname, _FEMALE):
            return "he" if male else "she"
        return None

    def _body(self) -> str:
        if self._text is None:
            self._text = " ".join(self.paras)[:50000]
        return self._text

    def _roles_body(self) -> str:
        """The body with a line break after a paragraph ending as a caption does, else a
        blank (see _caption_ends): a role read after a name ends at its paragraph ("Alex
        Hui, President and CEO" over "The board met today."), not at a line a filer split
        ('stated Howard Kirby,' / "Chairman and Chief Executive Officer of Teltrend.")."""
        if self._role_text is None:
            paras = self.paras
            parts: list[str] = []
            size = 0
            for n, para in enumerate(paras):
                if n:
                    parts.append("\n" if _caption_ends(paras[n - 1], para) else " ")
                parts.append(para)
                size += len(para) + 1
                if size > 50000:
                    break
            self._role_text = "".join(parts)[:50000]
        return self._role_text

    def _capitals_person(self, name: str) -> bool:
        """Whether a two-word name in capitals opening with no common given name ('said ALEX
        HUI') is a person's: the release prints its surname after an honorific ("Mr. Hui")
        or quotes the name in mixed case ("said Alex Hui"); else it may be a firm's ("said
        ACME ROBOTICS", "Acme Robotics" printed as a firm's elsewhere)."""
        cased = _cased(name)
        return any(e.speaker == cased for e in self.entries) or self._titles().prints(
            _surname(cased), _PERSONAL) or _printed_with_job(self._body(), name)

    def _titles(self) -> _Titles:
        """The body's honorifics, indexed once per release (see _Titles)."""
        if self._titled is None:
            self._titled = _Titles(self._body())
        return self._titled

    def _firm(self, name: str) -> bool:
        """Whether the release prints ``name`` as a firm's: "Goldman Sachs & Co.", "Morgan
        Stanley Capital", "Wells Fargo Bank" (a company word after it), or the name is one
        ("Contoso Robotics": see firm_named)."""
        known = self._firms.get(name)
        if known is None:
            known = self._firms[name] = firm_named(name) or self._scan_firm(name)
        return known

    def _printed_firm(self, name: str) -> bool:
        """Whether the release prints ``name`` as a firm's: with a company word after it, a
        legal form after its comma ("Contoso Robotics, Inc. (Nasdaq: CRBT) today ..."), or
        under "About"."""
        if self._firm(name):
            return True
        body = self._body()
        at = body.find(name + ", ")
        while at >= 0:
            word = body[at + len(name) + 2 : at + len(name) + 14].split(" ", 1)[0]
            if word.rstrip(",;") in ORG_SUFFIX:
                return True
            at = body.find(name + ", ", at + 1)
        return f"About {name}" in body

    def _scan_firm(self, name: str) -> bool:
        text = self._body()
        at = text.find(name)
        while at >= 0:
            if _firm_after(text[at + len(name) : at + len(name) + 80]):
                return True
            at = text.find(name, at + 1)
        return False


def _printed_with_job(body: str, name: str) -> bool:
    """Whether the body prints ``name`` (in capitals) before a job's comma, as a caption does
    ("ALEX HUI, PRESIDENT AND CEO" under a photo): a person's, as "Mr. Hui" says (a firm
    before a job is none: "NEW YORK, PRESIDENT AND CEO", see place_or_firm)."""
    if place_or_firm(name):
        return False
    key = name + ","
    at = body.find(key)
    while at >= 0:
        words = body[at + len(key) : at + len(key) + 40].lower().split(None, 2)
        if words[:1] in (["the"], ["its"]):
            words = words[1:]
        if words and words[0].strip(".,") in ROLE_WORDS:
            return True
        at = body.find(key, at + 1)
    return False


def _capitals_role(body: str, speaker: str) -> str | None:
    """The role printed after ``speaker``'s name in capitals ("ALEX HUI, PRESIDENT AND CEO" in
    a caption, '"...," said Alex Hui.'), as printed; None when the body prints none."""
    found = _capitals_named(body, _surname(speaker)) if " " in speaker else None
    return found[1] if found and _cased(found[0]) == speaker else None


# Words after a firm word that make it a job title's: "promoted Jane Doe Group Vice
# President", "John Smith / Group Chief Executive", "named John Smith Capital Markets Director"
_TITLE_AFTER = ROLE_WORDS | frozenset(
    "controller markets officer counsel chairman secretary treasurer manager head "
    "administrator strategist economist advisor adviser".split()
)


_CAPITALS_NEAR = 300  # characters around a name in capitals read for its role


def _capitals_named(text: str, surname: str) -> tuple[str, str | None] | None:
    """(name, role) of the full name in capitals the text before prints for a surname named
    in mixed case nowhere ("JOHN SMITH, PRESIDENT AND CEO" in a caption, '"...," Smith
    said.'): both as printed ("JOHN SMITH", "PRESIDENT AND CEO"), the role read from the
    words around the name cased (press_quote_capitals)."""
    span = capitals_mention(text, surname)
    if span is None or place_or_firm(text[span[0] : span[1]]):
        return None  # ('"...," York said' over "NEW YORK": no one's)
    start, end = span
    lo = max(0, start - _CAPITALS_NEAR)
    near = text[lo : end + _CAPITALS_NEAR]
    read = _cased(near)
    name = read[start - lo : end - lo]
    role = _mention_role(read, name, [(start - lo, end - lo)])
    return text[start:end], printed_span(role, read, near) if role else None


def _surname_with_job(name: str, role: str | None, para: str) -> tuple[str, str | None] | None:
    """The speaker of a surname the release names in full nowhere: the surname as printed
    when its attribution in ``para`` prints a job after its comma ('Hui, President and CEO,
    said'), which says it is a person's as "Mr. Hui" does. Alone ('"...," Gartner said') it
    may be a firm's, and a title before it ("said President Carter") may be an office holder
    the release names no further: the quote is dropped (precision over recall)."""
    if role is None or not name[:1].isupper() or name in PRONOUNS:
        return None
    key = name + ","
    at = para.find(key)
    while at >= 0:
        if role in para[at : at + len(key) + len(role) + 40]:  # (", Acme's chief executive")
            return name, role
        at = para.find(key, at + 1)
    return None


def _quote_at(para: str, pos: int) -> str:
    """The words of the quote opening at ``pos`` of ``para``, up to its closing mark."""
    return para[pos : pos + 2000].split("\u201d", 1)[0].split('"', 1)[0]


def _firm_after(after: str) -> bool:
    """Whether the words after a name print it as a firm's: "& Co.", "Group, Inc.", "Bank"
    (not a title after a firm word, "Group Vice President", nor "& Jane Doe", a second person)."""
    words = after.split(None, 6)[:6]
    if after[:1] != " " or not words:
        return False  # (nor a space ending the text: "... said John Gates ")
    word = words[0].rstrip(".,")
    if word == "&":
        return not (len(words) > 2 and person_name(" ".join(words[1:3]).rstrip(".,;:")))
    if word in ORG_SUFFIX:
        return True
    if word not in _FIRM_WORDS:
        return False
    if words[0][-1:] in ",." or len(words) < 2:
        return True  # "Wells Fargo Bank, N.A.", "... Holdings."
    k = 1
    while k < len(words) and words[k].rstrip(".,;:").lower() in _TITLE_AFTER:
        k += 1
        if words[k - 1][-1:] in ".,;:":
            return False  # the title ends there: "Group Vice President, Industrial Products"
    if k == 1:
        return True  # "Morgan Stanley Capital International"
    # a title after the firm word: a job ("Group Vice President, Industrial Products")
    # unless a person's name follows it ("Wells Fargo Bank Chief Economist John Roe")
    return k + 1 < len(words) and person_name(" ".join(words[k : k + 2]).rstrip(".,;:")) is not None


# Capitalised words that open a sentence or clause before a surname, no first name: "When
# Smith joined ...", "As Smith said ..." (and role words: "Officer John Smith"); also a
# determiner before a firm's name ("Both Teltrend and Westell", "Our Acme team": no person)
_NOT_FIRST_NAME = ROLE_WORDS | frozenset(
    "the a an when since after before under while although though if as at in on for with "
    "by from and but or so then also this that both either neither each every all our its "
    "their his her".split()
)


# a sentence ended in a gap between two quotes (not after an initial: "John Q. Smith")
_GAP_SENTENCE_END = lazy(r"(?<![\s.][A-Z])[.!?][ \t\n]+[A-Z]")
# reported speech in a gap: "..., who added that the launch was"
_THAT_CLAUSE = lazy(r"\bthat[ \t\n]+\w")


def _reported_gap(gap: str) -> bool:
    """Whether the text between two quotes runs into the second as a phrase of reported
    prose: it ends in a word and holds a new sentence ('..., chief executive officer of Acme
    Corp. Doe said the company would "continue ..."') or a "that" clause; a gap holding the
    attribution alone (' said John Smith "and ...', ' John Smith said, adding "we ...')
    joins the quotes."""
    if not gap.rstrip()[-1:].isalnum():
        return False
    return _GAP_SENTENCE_END.search(gap) is not None or _THAT_CLAUSE.search(gap) is not None


_NICKNAME_RE = "(?:\\(?[\"\u201c(][A-Z][a-z]+[\"\u201d)]\\)?[ \t]+)?"  # (or '("Bill")')
# A given name as printed in full mentions: "Michael", "J. Michael", "Jean-Pierre"
_GIVEN_RE = r"(?:(?:[A-Z]\.){2,4}|(?:[A-Z]\.[ \t]+)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
# A name's suffix after its surname: "John Smith, Jr.", "Robert Smith III"
_SUFFIX_AFTER = lazy(r",?[ \t](?:(?:Jr|Sr)\.|II|III|IV)(?![\w.-]|['\u2019]s\b)")


def _given_named(text: str, given: str) -> tuple[str, str | None] | None:
    """The person a common given name alone names ('"...," Alex said.'): the one person
    ``text`` named in full with it before ("Alex Hui joined Pericom in 1990."), with the
    role printed there; two people of that given name ("Alex Hui", "Alex Kim") are no one's."""
    if not given[1:].islower() or not given_or_short(given) or given in PRONOUNS:
        return None
    surnames = {m.group(1) for m in re.finditer(
        rf"\b{given}[ \t]+(?:[A-Z]\.[ \t]+)?([A-Z][a-z][\w'\u2019-]{{0,30}})\b", text)
        if m.group(1) not in NOT_NAME}
    found = None
    for surname in surnames:
        mentions = [(s, e) for s, e in _full_mentions(text, surname)
                    if text.startswith(given + " ", s)]
        if mentions:
            if found is not None:
                return None  # (two people of the given name)
            full_name = text[slice(*mentions[-1])]
            found = full_name, _mention_role(text, full_name, mentions)
    return found


def _full_mentions(text: str, surname: str) -> list[tuple[int, int]]:
    """(start, end) in ``text`` of each full mention of ``surname``: "Chief Executive
    Officer John A. Smith" -> "John A. Smith" (the words before the first name dropped; a
    nickname kept: 'William "Bill" Smith')."""
    pattern = (rf"(?=[A-Z])\b(?<![.'\u2019-])(?:{_GIVEN_RE}[ \t]+(?:[A-Z]\.[ \t]+)?"
               rf"{_NICKNAME_RE}){{1,2}}{re.escape(surname)}\b")
    found = []
    for m in re.finditer(pattern, text):
        tokens = m.group(0).split()
        while tokens and (tokens[0].lower() in _NOT_FIRST_NAME or tokens[0] in _CLOCK_CAPS
                          or tokens[0] in _OPENING_VERBS):
            tokens.pop(0)  # (nor a time's "A.M.": "at 11 A.M. Smith said"; nor "Added Hui:")
        name = " ".join(tokens)
        if person_name(name) and not _company_word(text[m.end() : m.end() + 14]):
            # the name's "Jr." or "III" is part of it ("John Smith, Jr., chairman")
            suffix = _SUFFIX_AFTER.match(text, m.end()) if text[m.end() : m.end() + 1] in ", " \
                else None
            found.append((m.end() - len(name), suffix.end() if suffix else m.end()))
    return found


def _mention_role(text: str, name: str, mentions: list[tuple[int, int]]) -> str | None:
    """The role of the person last named in full at ``mentions[-1]``: printed with that
    mention, or, when a verb of appointment there gave no job ("Jane Doe was appointed Chair
    of the Audit Committee"), the role set off with the name earlier ("Jane Doe, President
    and Chief Executive Officer of Acme Corp.,")."""
    start, end = mentions[-1]
    role, appointed = _role_after_how(text, name, end)
    if appointed and role is None:
        for s, e in reversed(mentions[:-1]):
            earlier, how = _role_after_how(text, name, e) if text[s:e] == name else (None, True)
            if earlier and not how:
                return earlier
    return role or _role_before(text, start)


_MENTIONS_READ = 40  # a name's mentions read for its role, the last ones


def _earlier_role(text: str, name: str, printed: bool = False) -> str | None:
    """The role of ``name`` (in full) at its last full mention in ``text`` that gives one
    (``printed``: its mentions as printed, no pattern compiled per name)."""
    first = text.find(name)
    if first < 0:
        return None
    # (read from the first mention on, with the words before it that may hold the role or
    # the verb: a long text before the first mention is not scanned again per name; the
    # role read in the whole text, which may name a firm in full earlier, see post_elsewhere)
    lo = max(0, first - 200)
    near = text[lo:]
    mentions = [(s + lo, e + lo) for s, e in (_printed_mentions(near, name) if printed else [
        m for m in _full_mentions(near, _surname(name)) if near[m[0] : m[1]] == name])]
    # (the last few: each mention appointed with no job reads the ones before it, so a name
    # printed thousands of times was quadratic)
    mentions = mentions[-_MENTIONS_READ:]
    return next((r for k in range(len(mentions), 0, -1)
                 if (r := _mention_role(text, name, mentions[:k]))), None)


def _printed_mentions(text: str, name: str) -> list[tuple[int, int]]:
    """(start, end) of each whole-word ``name`` in ``text``, not a firm's ("Charles Schwab
    & Co.")."""
    found = []
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        before = text[at - 1 : at] if at else ""
        if not (before.isalnum() or before in (".", "'", "\u2019", "-")) and not text[
                end : end + 1].isalnum() and not _company_word(text[end : end + 14]):
            found.append((at, end))
        at = text.find(name, end)
    return found


# A full name in running text: "Jane Doe", "J. Michael Smith", "Rona A. Fairhead" (the
# lookahead first: tried at every position, it fails fast where no capital opens a name)
# (_GIVEN_RE after its first capital, which opens the pattern with the test before it behind
# it: a pattern opening with a capital is tried only at capitals, one opening with a
# lookahead at every position)
_FULL_NAME = lazy(r"[A-Z](?<![\w.'\u2019-][A-Z])(?:\.(?:[A-Z]\.){1,3}|\.[ \t]+[A-Z][a-z]+"
                  r"(?:-[A-Z][a-z]+)?|[a-z]+(?:-[A-Z][a-z]+)?)[ \t]+(?:[A-Z]\.[ \t]+)?"
                  r"[A-Z][a-z]+(?:[-'\u2019][A-Z]?[a-z]+)?\b")
_SOLE_SCAN = 3000  # how far back the text before a first pronoun quote is read for its person


def _sole_person(text: str, pronoun: str, titles: _Titles) -> tuple[str, str | None] | None:
    """Whom the first quote of a release attributed to "he"/"she" means when no one was
    quoted or reported speaking before it: the one person the text before names in full
    with a job ("Acme today announced that Jane Doe, its CEO, ..." / '"...," she said.'),
    unless it names another (then the pronoun is left unresolved) or an honorific or the
    given name gives that person the other gender ("Mr. Doe", "John Doe" for "she";
    given_sex knows only names of one sex: "Alex" may mean either)."""
    if pronoun == "they":
        return None  # (a team or the company as often as two people)
    text = text[-_SOLE_SCAN:]
    found: tuple[str, str | None] | None = None
    for m in _FULL_NAME.finditer(text):
        name = m.group(0)
        if person_name(name) is None or _company_word(text[m.end() : m.end() + 14]):
            continue
        role = _mention_role(text, name, [m.span()])
        if role is None and name.split(" ", 1)[0].lower() not in GIVEN_NAMES:
            continue  # (capitalised words with no job: "Supply Chain", "Redwood Shores")
        if found is not None and _surname(found[0]) != _surname(name):
            return None  # two people: the pronoun could mean either
        if found is None or (role and not found[1]):
            found = name, role
    if found is None:
        found = _sole_in_capitals(text)
    if found is None or found[1] is None:
        return None
    theirs = ("Mr.",) if pronoun == "she" else _FEMALE
    if given_sex(found[0].split(" ", 1)[0]) not in (None, pronoun):
        return None  # a given name of the other sex ('"...," he said.' under "JANE DOE, CEO")
    return None if titles.prints(_surname(found[0]), theirs) else found


# A run of words in capitals before a comma, the last maybe a surname ("ALEX HUI, PRESIDENT
# AND CEO" in a caption over the quote); few tried (_CAPITALS_TRIED), each looked up once
_CAPITALS_RUN = lazy(r"(?<![\w.'\u2019-])[A-Z][A-Z'\u2019.-]*+(?:[ \t]++[A-Z][A-Z'\u2019.-]*+){1,3}"
                     r"(?=,)")
_CAPITALS_TRIED = 6


def _sole_in_capitals(text: str) -> tuple[str, str | None] | None:
    """_sole_person's one person when the text names no one in mixed case: the one full name
    printed in capitals with a job after its comma ("ALEX HUI, PRESIDENT AND CEO" in a
    caption, then '"...," he said.'), as printed; None for none or two."""
    found: tuple[str, str | None] | None = None
    for k, m in enumerate(_CAPITALS_RUN.finditer(text)):
        if k == _CAPITALS_TRIED:
            break
        surname = cased(m.group(0).rsplit(None, 1)[-1].rstrip("."))
        named = _capitals_named(text, surname) if len(surname) > 2 else None
        if named is None or named[1] is None:
            continue
        if found is not None and found[0] != named[0]:
            return None  # two people: the pronoun could mean either
        found = named
    return found


# "He" or "She" opening a sentence or a paragraph (the word before a stop no honorific's:
# "Dr. He" is a surname)
_SENTENCE_PRONOUN = lazy(r"(?:(?<![MDS]r)(?<!Mrs)(?<!Ms)(?<!Prof)[.!?][\"\u201d]?|\n)[ \t\n]*+"
                         r"(He|She)[ \t]")
_PRONOUN_BACK = 300  # how far before such a "He" the one person it means is named


def _named_in(text: str, surname: str) -> bool:
    """Whether ``text`` prints ``surname`` as a word (substring test first)."""
    return surname in text and re.search(rf"\b{re.escape(surname)}\b", text) is not None


def _called_by_pronoun(text: str, surnames: set[str]) -> dict[str, str]:
    """Surname -> "he" or "she" of people of ``surnames`` (those neither a given name nor an
    honorific gives a sex) that a sentence in ``text`` opens by calling so, they alone of
    them named in the words before it ("... the election of Dr. Simon Wong to its Board. He
    will begin serving ..."): a sentence's subject after one naming one person is that
    person; read at odds (two people near, "He" and "She" both), none."""
    found: dict[str, str | None] = {}
    for m in _SENTENCE_PRONOUN.finditer(text):
        near = text[max(0, m.start() - _PRONOUN_BACK) : m.start() + 1]
        who = [s for s in surnames if _named_in(near, s)]
        if len(who) == 1:
            sex = m.group(1).lower()
            found[who[0]] = sex if found.get(who[0], sex) == sex else None
    return {s: sex for s, sex in found.items() if sex}


_SEX_SCAN = 6000  # how far back the text before "he"/"she" is read for the people it names


def _people(text: str, body: str | _Titles) -> list[tuple[str, str]]:
    """(given, surname) of the people ``text`` names in full: a common given name, or an
    honorific (in the ``body``, or its _Titles) or a job printed with the name ("Kai Tanaka,
    CEO"), which capitalised words ("Redwood Shores") lack."""
    titles = body if isinstance(body, _Titles) else _Titles(body)
    named = []
    # what holds for a name wherever it is printed, read once per name (a release prints
    # its people and its firm's name many times over): whether it reads as a person's, and
    # its (given, surname) when a given name or an honorific makes it one
    read: dict[str, tuple[bool, tuple[str, str] | None]] = {}
    for m in _FULL_NAME.finditer(text):
        name = m.group(0)
        if (known := read.get(name)) is None:
            known = read[name] = _person_read(name, titles)
        if not known[0] or _company_word(text[m.end() : m.end() + 14]):
            continue
        if known[1] is not None:
            named.append(known[1])
        elif _mention_role(text, name, [m.span()]):
            named.append((name.split(" ", 1)[0], _surname(name)))
    return named


def _person_read(name: str, titles: _Titles) -> tuple[bool, tuple[str, str] | None]:
    """_people's reading of a name wherever printed: whether person_name reads it, and its
    (given, surname) when a common given name or an honorific in the body (``titles``) shows a
    person (else only a job printed with it does, read at each mention)."""
    if person_name(name) is None:
        return False, None
    given = name.split(" ", 1)[0]
    if given.lower() in GIVEN_NAMES or titles.prints(_surname(name), _PERSONAL):
        return True, (given, _surname(name))
    return True, None


def _honorific_word(text: str, word: str, honorifics: Sequence[str]) -> bool:
    """Whether ``text`` prints "Mr. Lee" (a whole word: not "Mr. Leeds") for an honorific."""
    for h in honorifics:
        key = f"{h} {word}"
        at = text.find(key)
        while at >= 0:
            end = at + len(key)
            if not text[end : end + 1].isalpha():
                return True
            at = text.find(key, end)
    return False


_FEMALE = ("Ms.", "Mrs.")
_SPEAKERS_READ = 20  # the latest speakers a title's surname is matched against by sex
# The sex a title before a surname says ("Ms. Hui": "she")
_TITLE_SEX = {"Mr.": "he", "Mr": "he", "Ms.": "she", "Ms": "she", "Mrs.": "she", "Mrs": "she",
              "Miss": "she"}
_PERSONAL = ("Mr.", "Ms.", "Mrs.", "Dr.")  # "Mr. Stanley": a person, whatever else prints
_HONORIFIC_SURNAME = lazy(r"\b(?:Mr|Ms|Mrs)\.[ \t]+([A-Z][A-Za-z'\u2019-]+)")


class _Titles:
    """Where a release body prints "Mr. ", "Ms. ", "Mrs. " or "Dr. ": each honorific's places
    found once (on the first question about it), indexed by the character after its space.
    Asking whether the body prints "Mr. Lee" reads those few places, not the whole (up to 50
    KB) text once per surname as _honorific_word's finds did (the same answers: a whole
    word, "Mr. Leeds" is not Lee's)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.at: dict[str, dict[str, list[int]]] = {}  # "Mr." -> "L" -> starts of words

    def _places(self, honorific: str) -> dict[str, list[int]]:
        """Where the word after each "Mr. " (for "Mr.") starts, by its first character."""
        places = self.at.get(honorific)
        if places is None:
            text, key = self.text, honorific + " "
            places = self.at[honorific] = {}
            at = text.find(key)
            while at >= 0:
                end = at + len(key)
                places.setdefault(text[end : end + 1], []).append(end)
                at = text.find(key, end)
        return places

    def prints(self, word: str, honorifics: Sequence[str]) -> bool:
        """_honorific_word(text, word, honorifics), read from the index."""
        if not word:
            return _honorific_word(self.text, word, honorifics)
        text, size = self.text, len(word)
        for h in honorifics:
            for start in self._places(h).get(word[0], ()):
                if text.startswith(word, start) and not text[
                        start + size : start + size + 1].isalpha():
                    return True
        return False


def _company_word(after: str) -> bool:
    """Whether the words after a name make it a company's: "The Walt Disney Company",
    "Charles Schwab & Co." (whose surname names the company, not a person)."""
    word = after.split(None, 1)[0].rstrip(".,") if after[:1] in " \t" and after.strip() else ""
    return word in NOT_NAME or word in ORG_SUFFIX or word == "&"


# The role set off by commas after a name in running text: "John A. Smith, the Company's
# Chief Executive Officer, and ..." (to the next comma, semicolon or sentence end), maybe
# after an age ("John Smith, 58, its president"), or given with "as" ("appointed John Smith
# as Chief Financial Officer, effective ...", "John Smith, 54, as President") or a verb of
# appointment ("Jane Doe has been named Chief Financial Officer effective March 1"), or
# stated with "is" ("Thomas J. Reilly is President and CEO of Fabrikam.": a job only).
_AFTER_NAME = (rf"(?:[ \t]+{PICTURED})?(?:,?[ \t]+{DEGREE_DOTTED}(?![\w.])){{0,2}}"
               r"(?:,[ \t]+\d\d)?")
# (joining as it: "Jane Doe has joined Acme Corp. as Chief Financial Officer", "will join the
# company as CFO", "joined Acme in 2001 as CFO", "joined the Company as CFO")
_JOIN_AS = (r",?[ \t]+(?:has[ \t]+|will[ \t]+)?(?:re)?join(?:ed|s)?(?:[ \t]+the[ \t]+[a-z]+"
            r"|(?:[ \t]+the)?(?:[ \t]+[A-Z][\w&.'\u2019-]*){1,4})?(?:[ \t]+in[ \t]+(?:19|20)\d\d)?"
            r"[ \t]+as")
_ROLE_APPOSITION = lazy(
    rf"{_AFTER_NAME}"
    r"(?:(?P<verb>,?[ \t]+(?:(?:has|have)[ \t]+been|was|were|will[ \t]+be)[ \t]+(?:named"
    r"|appointed|elected|promoted[ \t]+to)(?:[ \t]+as)?(?![ \t]+to\b)"
    rf"|{_JOIN_AS})"
    # ("is" after an age too: "John Smith, 54, is Acme's chief executive"; a job in lower
    # case as 1990s releases print it: "John Smith is president of Acme"; a job held since
    # a date: "Jane Doe has served as CFO since 2001", "has been CFO since 2001")
    r"|(?P<is>,?[ \t]+(?:is|serves[ \t]+as|has[ \t]+(?:served[ \t]+as|been)))"
    r"(?=[ \t]+(?:[A-Z]|the[ \t]|its[ \t]|an?[ \t]+[A-Z]"
    r"|(?:president|chairman|chairwoman|chief|vice|senior|executive|founder|co-founder"
    r"|managing|general|director)\b))"
    r"|,(?:[ \t]+as(?=[ \t]))?|[ \t]+as)"
    # (the blanks before the role possessive: a role's every length looks ahead past the
    # blanks for "effective", so blanks shared between the two were quadratic)
    # (nor past a quote mark opening a quote: a caption's "Jane Doe, CEO" run into the
    # quote under it, the body's paragraphs joined)
    r"[ \t]++(?P<role>[^,;()\n\"\u201c]{3,90}?)(?:[,;)]|\.(?:[ \t]|$)|(?=[ \t]+effective\b)"
    r"|(?=[ \t]*[\"\u201c\n]))"
)
# The job joined as where the sentence runs on past the role's bound: read only up to a later
# job ("joined Acme in 1998 as CFO and was named president of the Semiconductor Industry
# Association in 2005", see later_job)
_JOINED_LONG = lazy(rf"{_AFTER_NAME}(?P<verb>{_JOIN_AS})[ \t]++(?P<role>[^,;()\n]{{3,90}})")
# ... or a "who joined" clause of more than 90 characters, read to its comma ("Jane Doe, who
# joined Acme Semiconductor Corporation in 1998 as Vice President of Worldwide Sales and
# Marketing, was named ...")
_WHO_JOINED_LONG = lazy(
    rf"{_AFTER_NAME},[ \t]+(?P<role>who[ \t]+joined[ \t][^,;()\n]{{3,150}})(?=,)")
# "named Jane Doe Chief Financial Officer": the role right after the name the verb names
# (in lower case as 1990s releases print it, "named John Doe president and chief executive
# officer", when it opens with a role word: "named Jane Doe in March" gives none)
_APPOINTED = ("named ", "appointed ", "elected ", "promoted ")
_ROLE_RIGHT_AFTER = lazy(r"[ \t]+(?=[A-Za-z])(?P<role>[^,;()\n\"\u201c]{3,90}?)(?:[,;)]"
                         r"|\.(?:[ \t]|$)|(?=[ \t]+effective\b)|(?=[ \t]*[\"\u201c\n]))")
# (a job in lower case ends before a time or place run on to it: "a director of the Company
# at its meeting on May 2"; one in capitals goes on: "Senior Vice President in the
# Company's Commercial Lending Division")
_LOWER_JOB_END = lazy(r"[ \t](?:in(?![ \t]+charge)|on|at|during)[ \t]")
# (and any job before a day, month or year: "Chief Financial Officer on Monday", "... in
# March", "Chief Executive in 2012")
_JOB_DATE_END = lazy(
    r"[ \t](?:on|in)[ \t]+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February"
    r"|March|April|May|June|July|August|September|October|November|December"
    r"|(?:19|20)\d\d\b)\b")


def _role_after(text: str, name: str, end: int) -> str | None:
    """The role a person was given where the text named them in full (ending at ``end``)."""
    return _role_after_how(text, name, end)[0]


def _role_after_how(text: str, name: str, end: int) -> tuple[str | None, bool]:
    """(_role_after, whether a verb of appointment gave it: "was named ...", "named Jane Doe
    ...", the role kept or not)."""
    m = _ROLE_APPOSITION.match(text, end)
    if m is not None and m.group("role").startswith(_AGED_JOINED):
        m = None  # an age, then a joining with no job: "Jane Doe, 54, joined Acme in 2001."
    appointed = m is not None and m.group("verb") is not None
    start = end - len(name)
    if m is None and (text[max(0, start - 12) : start].endswith(_APPOINTED) or (
            text[max(0, start - 5) : start] == " and " and _appointed_before(text, start - 5))):
        m = _ROLE_RIGHT_AFTER.match(text, end)
        if m is not None and m.group("role")[:1].islower() and not _role_opens(m.group("role")):
            m = None
        appointed = m is not None
    long_join = False
    if m is None and "join" in text[end : end + 40]:
        m, long_join = _joined_long(text, end)
        # (no job joined as: one given in the next sentence, "Jane Doe joined Acme in 1998.
        # She is now CFO.")
        if m is None and (then := joined_then(text, end, name)) and (
                role := _later_role(name, then[1])) and not post_elsewhere(then[0], role, text):
            return role, True
    if m is None:
        return None, False
    given, role_end = m.group("role"), m.end("role")
    if "join" in (verb := m.groupdict().get("verb") or "") or given[:11] == "who joined ":
        # a later job than the one joined as: "joined Acme as CFO and was named CEO in 2005"
        # (not a post at another body: "... and became chairman of the IEEE in 2005")
        if later := later_job(text, m.start("role"), role_end, given[:1] == "w", name):
            if (later_role := _later_role(name, later[1])) and not post_elsewhere(
                    verb or given, later_role, text):
                return later_role, True
            if later[0] < role_end:  # (no job: "and became a member of the board")
                given, role_end = text[m.start("role") : later[0]], later[0]
                long_join = False
        if long_join:  # (no later job inside the bound: the words read are no job's)
            return None, False
    if text[role_end : role_end + 1] == "." and initials(given[given.rfind(" ") + 1 :]):
        # initials inside a firm's name ("of J.M. Smith Co.", "of Acme U.S. Foods Inc.")
        role_end = _initials_run_on(text, role_end)
        given = text[m.start("role") : role_end]
    elif appointed and text[role_end : role_end + 1] == "." and (
            run_on := job_after_form(text, role_end)) > role_end:
        # a job going on after its firm's "Inc.": "named Jane Doe CFO and Morgan Keegan Inc.
        # Director" (with no verb the role is read to its comma: "Acme Inc. President")
        given, role_end = text[m.start("role") : run_on], run_on
    if appointed and (cut := (_LOWER_JOB_END if given[:1].islower() else _JOB_DATE_END)
                      .search(given)):
        given, role_end = given[: cut.start()], -1
    elif (" in " in given or " on " in given) and text[
            max(0, end - len(name) - 12) : end - len(name)].endswith(_APPOINTED) and (
            cut := _JOB_DATE_END.search(given)):
        # the job after an age the verb named the person with: "named Jane Doe, 54,
        # President in 2001" (when, no part of it)
        given, role_end = given[: cut.start()], -1
    stop = role_end > 0 and text[role_end : role_end + 1] == "."  # ("of Acme Corp.")
    given = f"{given}{'.' if stop else ''}"
    if appointed:
        given = appointed_job(given)
    elif m.groupdict().get("is") is not None:
        given = _stated_job(given)
    parsed = parse_who(f"{name}, {given}") if given else None
    role = parsed[1] if parsed else None
    # a job, not any aside ("John Smith, 45," / "John Smith, formerly of IBM,")
    if role and ROLE_WORDS.isdisjoint(w.strip(".&/()").lower() for w in role.split()):
        return None, appointed
    return role, appointed


# What an age apposition's comma reads as a role when the person only joined a firm (the job
# in the next sentence, see joined_then): "Jane Doe, 54, joined Acme in 2001. She is CFO."
_AGED_JOINED = ("joined ", "rejoined ", "has joined ", "has rejoined ")


def _joined_long(text: str, end: int) -> tuple[re.Match[str] | None, bool]:
    """(the match of a job joined as past the role's bound after a name ending at ``end``,
    whether it holds a later job to be cut at: see _JOINED_LONG); a "who joined" clause
    runs to its comma, in its own sentence."""
    if m := _JOINED_LONG.match(text, end):
        return m, True
    m = _WHO_JOINED_LONG.match(text, end)
    return (m if m and ". " not in m.group("role") else None), False


def _later_role(name: str, job: str) -> str | None:
    """The role the later job ``job`` gives (see later_job), read as a verb of
    appointment's ("President in 1998" is "President"); None for no job ("has been
    instrumental in the deal")."""
    if cut := _JOB_DATE_END.search(job):
        job = job[: cut.start()]
    parsed = parse_who(f"{name}, {appointed_job(job)}")
    role = parsed[1] if parsed else None
    if role and (ROLE_WORDS.isdisjoint(w.strip(".&/()").lower() for w in role.split())
                 or role.lower() in ("director", "a director")
                 or role.lower().startswith(_BOARD_SEAT)):
        return None
    return role


# A seat on the board taken later, held with the job joined as: "and has been a director
# since 1991", "and became a member of the board"
_BOARD_SEAT = ("member", "a member", "to the", "director of the company")


def _appointed_before(text: str, at: int) -> bool:
    """Whether the sentence before ``at`` (an "and" before a name) appointed someone: the
    second of two named together ("named Jane Doe CFO and John Smith CEO")."""
    before = text[max(0, at - 120) : at]
    verb = max(before.rfind(v) for v in _APPOINTED)
    return verb >= 0 and ". " not in before[verb:]


_UP_TO_COMMA = lazy(r"[ \t]++[^,;()\n]+")
_COMMAS = frozenset(",;(")  # (not "": the text's end)


def _initials_run_on(text: str, stop: int) -> int:
    """Where a role cut at the period ``stop`` of initials ends when a proper name goes on
    past them to a comma or a stop ("... of J.M. | Smith Co.,"): that stop or comma, else
    ``stop`` (a new sentence: "... of Acme N.V. | The company ...")."""
    run = _UP_TO_COMMA.match(text, stop + 1, stop + 80)
    words = run.group().split() if run else []
    k = next((n for n, w in enumerate(words) if w.endswith(".")), len(words) - 1)
    if k < 0 or not (words[k].endswith(".") or text[run.end() : run.end() + 1] in _COMMAS) \
            or not name_tail(" ".join(words[: k + 1])):
        return stop  # (nor where the text is cut: "... of Acme N.V. She" before "said")
    if k + 1 < len(words) and words[k + 1][:1].islower():
        return stop  # a firm opening a new sentence: "... N.V. Smith Co. advised ..."
    end = run.start()
    for word in words[: k + 1]:
        end = text.index(word, end) + len(word)
    return end - 1 if words[k].endswith(".") else end


def _role_opens(text: str) -> bool:
    """Whether lower-case words open with a job: "president and ...", "a director of ..."."""
    words = text.split(" ", 2)
    if words[0] in ("a", "an") and len(words) > 1:
        words = words[1:]
    return words[0] in ROLE_WORDS


def _stated_job(role: str) -> str:
    """The job in what "is" states of a person: not a kinship ("John Smith is the son of the
    founder"), nor how long it was held ("since 2001", "for ten years"), and up to an "and"
    going on with a verb ("is President of Acme and has served ...", "is Acme's Chief
    Scientific Officer and leads its oncology programs")."""
    if _KIN.match(role):
        return ""
    if role.startswith(("a ", "an ")):
        role = role.split(" ", 1)[1]  # "is a Professor of ...", "is an Executive Director"
    if (" since " in role or " for " in role) and (held := _HELD_SINCE.search(role)):
        role = role[: held.start()]  # how long: "has been CFO since 2001", "... for ten years"
    words = role.split(" ")
    for k, word in enumerate(words[:-1]):
        nxt = words[k + 1]
        if word == "and" and nxt[:1].islower() and nxt.lower() not in ROLE_WORDS:
            return " ".join(words[:k])
    return role


_HELD_SINCE = lazy(
    r"[ \t](?:since|for[ \t]+(?:the[ \t]+(?:past|last)[ \t]+)?(?:\d++|more|over|nearly|about"
    r"|almost|several|many|two|three|four|five|six|seven|eight|nine|ten|a[ \t]+(?:year|decade)"
    r"))\b")
_KIN = lazy(r"(?:the|a)[ \t]+(?:son|daughter|wife|husband|brother|sister|father|mother|widow"
            r"|grandson|granddaughter|nephew|niece|cousin)s?\b")


def _role_before(text: str, start: int) -> str | None:
    """The role printed right before a full name: "Acme Chief Executive Officer John Smith",
    "its president and CEO, John Smith" (role words only: "Acme" or "Sales" end it)."""
    words = text[max(0, start - 120) : start].rstrip(" \t,").split()
    if words[-1:] in (["and"], ["&"]):
        return None  # another's job before ("named Jane Doe CFO and John Smith CEO")
    k = len(words)
    while k > 0 and not words[k - 1].endswith((".", ",", ";", ":")) and (
        words[k - 1].lower() in ROLE_WORDS or words[k - 1] in ("and", "&")
    ):
        k -= 1
    while k < len(words) and words[k] in ("and", "&"):
        k += 1
    return clean_role(" ".join(words[k:])) if k < len(words) else None


# Words a paragraph typed in capitals keeps in lower case once cased (see _cased): the
# attribution verbs, pronouns and the small words of prose that never start a name.
_LOWER_WORDS = frozenset(
    """
    said says stated states added adds noted notes commented comments explained explains
    continued continues concluded concludes remarked remarks observed observes declared
    emphasized emphasised pointed out according to he she they it we i you who which whose
    whom that this these those of and or but nor the a an in at on for with by from as into
    its his her our their about upon during while when after before over under than then
    also very not no is are was were be been being has have had do does did would should
    could can shall must part follows following by telephone phone
    """.split()
)
_HEADING_CHARS = 60  # a paragraph in capitals this short with no quote is a heading
_CAPS_WORD = lazy(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)*")


def _case_word(m: re.Match[str]) -> str:
    word = m.group()
    low = word.lower()
    if low in _LOWER_WORDS and not (len(word) == 1 and m.string[m.end() : m.end() + 1] == "."):
        return low  # (but the initial of "JOHN A. SMITH")
    if low in ROMAN:
        return word
    if len(word) > 3 and word[1] in "'\u2019":  # "O'NEIL" -> "O'Neil", as names print it
        return word[:3] + low[3:]
    return word[0] + low[1:]


def _job_words(role: str | None) -> bool:
    """Whether a role is none or names a job ("PRESIDENT OF ACME"): in a paragraph typed in
    capitals every word reads as a name, and "RIGHTS PLAN WAS ADOPTED" as "Rights Plan",
    role "was adopted"."""
    return role is None or not ROLE_WORDS.isdisjoint(
        w.strip(".,&/()").lower() for w in role.split())


def _cased(para: str) -> str:
    """A paragraph typed in capitals (1990s releases: '"WE ARE PLEASED," SAID JOHN SMITH,
    PRESIDENT OF ACME.'), cased as prose prints it ("said John Smith, President of Acme"),
    for the attribution rules to read; the same length, so offsets into it hold."""
    return _CAPS_WORD.sub(_case_word, para)


def _printed_role(role: str, paras: list[str]) -> str:
    """``role`` as the release prints it when it was read cased from a paragraph in capitals
    ("President and Ceo" of "ALEX HUI, PRESIDENT AND CEO, SAID ...") and is printed nowhere
    in mixed case: in capitals, as printed ("PRESIDENT AND CEO"); else ``role``."""
    printed = role.upper()
    if _cased(printed) != role or any(role in p for p in paras):
        return role
    return printed if any(printed in p for p in paras if p.isupper()) else role


def _printed_name(name: str, paras: list[str]) -> str:
    """A full name read cased from a paragraph in capitals ("ALEX HUI, PRESIDENT AND CEO,
    SAID ...") that a later quote's surname or pronoun resolves to ('"...," Hui added.'), as
    the release prints it: in capitals when printed nowhere in mixed case, so one speaker
    reads one way; a name printed in mixed case anywhere ("said Alex Hui, ...") stays so."""
    printed = name.upper()
    if printed == name or _cased(printed) != name or any(name in p for p in paras):
        return name
    return printed if any(printed in p for p in paras if p.isupper()) else name


def find_quotes(text: str) -> list[dict[str, str | None]]:
    """Quotes of a body given as paragraphs separated by blank lines (or one per line)."""
    paras = [normalise(p) for p in re.split(r"\n[ \t]*\n", text) if p.strip()]
    if len(paras) == 1 and "\n" in text.strip():
        paras = [normalise(p) for p in text.split("\n") if p.strip()]
    return quotes_in(paras)


def quotes_in(paras: list[str], known: Sequence[tuple[str, str | None]] = (),
              heads: Sequence[str] = ()) -> list[dict[str, str | None]]:
    """Quotes of body paragraphs (each already joined to one line); ``known``: (name, role)
    of people named elsewhere in the release (its contacts), whom a surname may mean;
    ``heads``: its headline and subheadlines, which may name them in full too."""
    forget_attributions()  # (parse_who's answers of the release before)
    book = _Book(known, paras, heads)
    last_open: _Entry | None = None  # entry of a quote still open at the previous paragraph end
    prev_para_entry: _Entry | None = None
    seen_text = ""  # the body read so far, to find the full name behind a surname
    # Paragraphs of a quote left open with no speaker yet: a quote over several paragraphs
    # names its speaker in the last one ('"A ...' / '"B ...," said X.'), and opens with them.
    orphans: list[str] = []
    # a paragraph all one closed quote naming no one, for a signature under it
    # ('"We are thrilled ..."' / "\u2013 Jane Doe, Chief Executive Officer")
    unsigned = ""
    unsigned_from: _Entry | None = None  # the speaker it was carried on to, if any
    # the paragraphs of a quote left open above the unsigned one, which closes it ('"A ...' /
    # '"B ...,"' / "Jane Doe, CEO, said."): they are its signer's too
    unsigned_before: list[str] = []
    # whose quote, left open at a lead-in ('"Highlights include:'), goes on over a list
    listing: _Entry | None = None
    lead_in = ""
    cased_any = False  # whether a paragraph in capitals was read cased (_cased)
    interviewee: tuple[str, str | None] | None = None  # whom an interview's "A:" answers are
    signs_below = ""  # a paragraph with no quote that signed none above it
    # Past the last paragraph with a quote mark, only a list or a signature under a quote
    # still adds to the quotes: the rest of a long release (tables, notes) is not read
    last = next((n for n in range(len(paras) - 1, -1, -1) if _may_quote(paras[n])), -1)
    for n, para in enumerate(paras):
        if n > last and listing is None and not unsigned:
            break
        if len(para) <= 60 and n and page_furniture(para):
            continue  # (a quote reads on past a page's head or number)
        # whether a double mark is printed, tested once per paragraph (and again only where
        # the paragraph changes): a paragraph with none skips the quote helpers below
        marked = _has_mark(para)
        if not marked and (doubled := _marks_doubled(para)) is not para:
            para, marked = doubled, _has_mark(doubled)
        if listing is not None:
            item = _LIST_ITEM.match(para)
            close = _closing_mark(para[item.end() :] if item else para)
            if item:
                text = para[item.end() :]
                listing.parts[-1] = _with_item(listing.parts[-1], text[: close[0]]
                                               if close else text)
                listing = last_open = None if close else listing
                continue
            listing = None
            if close is not None and last_open is not None:
                # the quote closes after its list: '... to continue."' (no mark opens it)
                last_open.parts.append(para[: close[0]])
                para = para[close[1] :]
                marked = _has_mark(para)
                last_open = None
        if (last_open is not None or orphans) and not marked and _goes_on(paras, n):
            # a quote left open goes on over paragraphs with no mark up to the one closing
            # it ('Doe said: "We grew.' / 'We hired.' / 'We expect more."')
            (last_open.parts if last_open is not None else orphans).append(para)
            if len(seen_text) < 50000:
                seen_text += "\n" + para
            continue
        if marked and (last_open is not None or orphans) and (close := _closing_mark(para)) \
                and para[close[0] - 1 : close[0]] in _SPOKEN_END:
            # a quote left open goes on in a paragraph that opens with no mark, up to the
            # mark closing it after its words ('Doe said: "We grew.' / 'We expect more next
            # year."', not an inch's '12" wafers'): read with the mark a continued quote
            # opens with
            para = "\u201c" + para
        spans = quote_spans(para, _marks(para)) if marked else []
        frags = [f for k, f in enumerate(spans)
                 if more_words(para[f.start : f.end], 1) or _interrupted(para, spans, k)
                 ] if spans else spans
        # a paragraph typed in capitals is read cased: the quotes as printed, the rest cased
        # (not a heading, "CONFERENCE CALL": it names no one)
        capitals = para.isupper() and (
            len(para) > _HEADING_CHARS or bool(frags) or para.endswith(":"))
        view = _cased(para) if capitals else para
        cased_any = cased_any or capitals
        para_entry: _Entry | None = None
        carried: _Entry | None = None  # the speaker of the paragraph before, carried on
        consumed = 0  # characters after the previous fragment used by its attribution
        dropped: list[str] = []  # the open paragraphs above, this one closing them unnamed
        whole_quote = bool(frags) and not para[: frags[0].mark_start].strip()
        for k, frag in enumerate(frags):
            quoted = para[frag.start : frag.end].strip()
            after_end = frags[k + 1].mark_start if k + 1 < len(frags) else len(para)
            after = view[frag.mark_end : after_end]
            before = view[frags[k - 1].mark_end + consumed if k else 0 : frag.mark_start]
            who, used = (None, 0)
            if after.strip() and not frag.open_ended:
                who, used = _after_attribution(after, k + 1 < len(frags), quoted, before)
            above = None
            if who is None and k == 0 and unsigned[-1:] in ",!?" and unsigned_from is None:
                # 'Jane Doe, CEO, said. "We will hire."' under a quote its sentence goes on
                # from ('"We grew,"'): that quote's attribution, then this one's, as
                # '"We grew," Jane Doe, CEO, said. "We will hire."' in one paragraph reads
                who = above = _attribution_above(before, unsigned)
            if who is None and (k == 0 or before.strip(" \t,.;:")):
                who = _before_attribution(before, quoted)
                if who is None and k == 0 and n:
                    who = _answerer(before, paras[n - 1], interviewee)
                if who is None and len(frags) == 1:
                    who = _boxed_signature(before, after, frag, quoted)
            if capitals and who is not None and not _job_words(who[1]):
                who = None  # cased capitals read as names: '"PILL" RIGHTS PLAN WAS ADOPTED'
            # a quote left open at the paragraph before goes on here, even when named again
            # ('"... two plants.' / '"We opened one," he continued.')
            goes_on = para_entry or (last_open if k == 0 and whole_quote else None)
            entry = _entry_for(book, who, view, frag.start, seen_text, goes_on)
            if entry is None and who is None:
                if k > 0 and para_entry is not None and not _reported_gap(
                        view[frags[k - 1].mark_end : frag.mark_start]) and not _unnamed(after):
                    # "A", said X. "B" - the same attribution goes on (not a phrase or a name
                    # a new sentence runs into: 'Doe said it would "continue to invest."')
                    entry = para_entry
                elif k == 0 and whole_quote:
                    # a paragraph carrying a quote on: one left open, or a closed one whose
                    # paragraph is a quote too ('"Adjusted EBITDA" means ...' is none)
                    entry = last_open or (prev_para_entry if _quote_paragraph(
                        para, frag, quoted) and not _unnamed(after) else None)
                    if entry is prev_para_entry and frag.open_ended and len(frags) == 1 \
                            and _signed_later(paras, n):
                        entry = None  # its own speaker signs it further on (an orphan)
                    if entry is None and not lead_in and book.prev_para and len(frags) == 1 \
                            and not frag.open_ended and quoted[-1:] in ".!?":
                        # a quote paragraph under one reporting what a person said ('Doe,
                        # who joined Acme in 1998, said the results ...' / '"We are ..."')
                        entry = _entry_for(book, _reporter(book, book.prev_para, seen_text),
                                           view, 0, seen_text, None)
                    carried = entry if entry is not last_open else None
                    if entry is None and lead_in and (
                            lead_in.endswith(":") or quoted[-1:] in ".!?\u2026"
                            or more_words(quoted, 4)):
                        # UK releases: "John Smith, Chief Executive, said:" / '"2014 was ..."'
                        # (after "stated," a sentence quoted, not a name: '"The Acme Plan"')
                        entry = _entry_for(book, _before_attribution(lead_in), lead_in,
                                           len(lead_in), seen_text, None)
                    if entry is None and signs_below and len(frags) == 1:
                        # a quote box stacked: "Satya Patel, Chief Executive Officer" over it
                        entry = _entry_for(book, _boxed_signature(
                            signs_below, para[frag.mark_end :], frag, quoted), view, 0,
                            seen_text, None)
            consumed = used if entry is not None else 0
            if entry is not None:
                if capitals and not entry.parts:  # (a new entry: its name is in capitals)
                    entry.capitals = True
                if above is not None:
                    entry.parts.extend(unsigned_before)
                    entry.parts.append(unsigned)
                elif k == 0 and whole_quote and orphans:
                    entry.parts.extend(orphans)
                elif k == 0 and whole_quote and who is not None and unsigned and (
                        unsigned_from is None):
                    # a quote paragraph closed with no speaker, the next one opening with
                    # a quote and its attribution ('"We grew."' / '"We expect more," said
                    # Jane Doe.'): one quote over two paragraphs, each closed
                    entry.parts.extend(unsigned_before)
                    entry.parts.append(unsigned)
                elif k == 0 and who is not None and unsigned[-1:] == "," and (
                        unsigned_from is None) and not para_entry and before.strip() and (
                        _last_sentence(before).strip() == before.strip()):
                    # a quote paragraph closed on its comma, the next opening with the
                    # attribution that interrupts it ('"We grew,"' / 'Jane Doe, CEO, said,
                    # "and we will hire."'): one quote, as in one paragraph
                    entry.parts.extend(unsigned_before)
                    entry.parts.append(unsigned)
                entry.parts.append(quoted)
                para_entry = entry
            elif k == 0 and whole_quote and frag.open_ended and len(frags) == 1:
                orphans.append(quoted)
                continue
            if k == 0:
                dropped = orphans if entry is None else []
                orphans = []
        signs_below = view if not frags else ""
        if not frags:
            orphans = []
            if unsigned and (signer := _signed_by(
                    unsigned, para, paras[n + 1] if n + 1 < len(paras) else "")):
                entry = _entry_for(book, signer, view, 0, seen_text, None)
                if entry is not None:
                    # (the signature beats carrying on the quote of the paragraph before)
                    if unsigned_from is not None and unsigned_from.parts[-1:] == [unsigned]:
                        unsigned_from.parts.pop()
                    entry.parts.extend(unsigned_before)
                    entry.parts.append(unsigned)
                    signs_below = ""
        unsigned = quoted if (
            len(frags) == 1 and whole_quote and para_entry is carried
            and not frags[0].open_ended and (
                not para[frags[0].mark_end :].strip() and quoted[-1:] in ".!?,\u2026"
                or _stop_outside(para, frags[0]))) else ""
        unsigned_before = dropped if unsigned else []
        if not unsigned and frags and para_entry is None and _closing_quote(para, frags):
            # running text closed by a quote its sentence goes on from ('Revenue rose. "We
            # will grow,"' / "said Jane Doe, CEO."): signed as a quote paragraph is
            unsigned = para[frags[-1].start : frags[-1].end].strip()
        unsigned_from = carried
        if len(seen_text) < 50000:
            seen_text += "\n" + view
        last_open = para_entry if frags and frags[-1].open_ended else None
        if last_open is not None and last_open.parts[-1].endswith(":"):
            listing = last_open
        prev_para_entry = para_entry
        book.prev_para = view if para_entry is None else ""
        # a paragraph quoting no one that ends "said:" (or "stated,", HTML paragraphs of
        # the 2000s, or the verb alone: "Jane Doe, CEO, commented") introduces the quote
        # under it
        lead_in = view if not frags and (para.rstrip().endswith((":", ",")) or (
            para[-1:].isalpha() and para[para.rfind(" ") + 1 :] in _LEAD_VERBS)) else ""
        if not frags and not lead_in and para[-1:].isalnum():
            lead_in = _from_heading(view)  # ("From Jane Doe, CEO" over the quote)
        if not frags and " with " in para and (
                "nterview" in para or "&" in para or "onversation" in para):
            interviewee = _interviewee(view) or interviewee
    _fill_roles(book)
    for e in book.entries:
        if e.role and ", " in e.role:  # "president of Teltrend Inc., Aurora" (the release
            e.role = without_named_town(e.role, paras)  # names the town: "Aurora, Illinois")
    if cased_any:  # (a role read from a paragraph in capitals, given to a speaker not)
        names: dict[str, str] = {}  # (each name looked up once: a release quotes it again)
        for e in book.entries:
            if e.role and not e.capitals:
                e.role = _printed_role(e.role, paras)
            if not e.capitals and " " in e.speaker:
                if e.speaker not in names:
                    names[e.speaker] = _printed_name(e.speaker, paras)
                e.speaker = names[e.speaker]
    return [
        {"speaker": e.speaker.upper() if e.capitals else e.speaker,
         "role": e.role.upper() if e.capitals and e.role else e.role,
         "text": join_fragments(e.parts)}
        for e in book.entries
        if e.parts and not firm_of_initials(e.speaker, e.role, paras)
    ]


def _fill_roles(book: _Book) -> None:
    """A speaker quoted by full name with no job takes the job the release gives that name
    elsewhere, before or after the quote ('"...," said Jane Doe.' / "Acme named Jane Doe
    Chief Financial Officer."), else the job its contacts give it ("VP/Chief Financial
    Officer"; not a label: "Media Contact", "Investor Relations"): the lookup at the quote
    reads only its paragraph, and a name quoted again keeps what the first quote found
    (each name read once here)."""
    found: dict[str, str | None] = {}
    for e in book.entries:
        if e.role is None and " " in e.speaker and not e.capitals:
            if e.speaker not in found:
                body = book._roles_body()
                found[e.speaker] = _earlier_role(body, e.speaker, printed=True) or (
                    _surname_role(body, e.speaker)) or _capitals_role(body, e.speaker) or next(
                    (r for n, r in book.known if n == e.speaker and r and _job_words(r)), None)
            e.role = found[e.speaker]


_SENTENCE_ENDS = (".", "!", "?", "\n", '."', ".\u201d")


def _caption_ends(para: str, nxt: str) -> bool:
    """Whether ``para`` ends with no stop on a word not in lower case, as a caption or a
    heading ends ("Alex Hui, President and CEO" over "The board met today."), and ``nxt``
    opens a new sentence: not a paragraph a filer split on a comma or a word in lower case
    ('stated Howard Kirby,' / "Chairman and Chief Executive Officer of Teltrend.", "named
    Jane Doe President and" / "CEO."), nor over a line opening in lower case ("... named
    Jane Doe President" / "and CEO."). (A stop ends a role already.)"""
    para = para.rstrip()
    if not para[-1:].isalnum() or nxt.lstrip()[:1].islower():
        return False
    last = para[para.rfind(" ") + 1 :]
    return not last[:1].islower()


def _surname_role(text: str, name: str) -> str | None:
    """The job the release gives ``name`` (named in full with none) by the surname alone,
    opening a sentence or after an honorific ("Doe has served as CFO since 2001", "Ms. Doe
    is Acme's CFO"), when it names no one else of that surname ("Mary Doe", "J. Doe")."""
    surname = _surname(name)
    if surname == name:
        return None
    alone = []
    # (every mention read once, by string search: a release quoting thousands of names
    # each once is read in linear time per name)
    for start, end in _printed_mentions(text, surname):
        if text.endswith(name, 0, end):
            continue  # the full name's own
        before = text[max(0, start - 60) : start].rstrip(" \t")
        prev = before.rsplit(None, 1)[-1] if before.strip() else ""
        if prev in _SIGNATURE_HONORIFICS:
            alone.append(end)
        elif prev[:1].isupper() and (prev.isalpha() or (len(prev) == 2 and prev[1] == ".")):
            return None  # another name, or a word of a firm's ("Mary Doe", "Acme Doe")
        elif not prev or before.endswith(_SENTENCE_ENDS):
            alone.append(end)
    return next((r for end in reversed(alone[-_MENTIONS_READ:])
                 if (r := _role_after(text, surname, end))), None)


# An attribution to someone the release does not name: '," said a spokeswoman', '," an
# analyst noted', '," the company said' (another speaker than the one quoted before)
_UNNAMED_WHO = lazy(rf"[ \t,;]*+(?:{VERBS}[ \t]+)?(?:a|an|one|another|the[ \t]+(?:company"
                    r"|firm|bank|group))[ \t]")


def _unnamed(after: str) -> bool:
    """Whether the text after a quote attributes it to someone unnamed (see _UNNAMED_WHO):
    no quote before it goes on there."""
    if after[:1] not in " \t,;":
        return False
    m = _UNNAMED_WHO.match(after)
    return m is not None and VERB.search(after, 0, m.end() + 60) is not None


_INTERRUPT_GAP = 120  # characters an attribution between two fragments may take


def _interrupted(para: str, spans: list[_Frag], k: int) -> bool:
    """Whether the one-word quote ``spans[k]`` opens a sentence its attribution interrupts
    ('"However," said Jane Doe, CEO, "we expect ..."', '"Today," he said, "we ..."'): a
    word and its comma, a short gap holding a verb of attribution and closing with a comma,
    then a quote going on in lower case (a one-word quote is else a name or a term)."""
    if k + 1 >= len(spans):
        return False
    frag, nxt = spans[k], spans[k + 1]
    word = para[frag.start : frag.end].strip()
    gap = para[frag.mark_end : nxt.mark_start]
    return (word[-1:] == "," and word[:-1].isalpha() and len(gap) <= _INTERRUPT_GAP
            and gap.rstrip()[-1:] == "," and para[nxt.start : nxt.end].lstrip()[:1].islower()
            and VERB.search(gap) is not None)


_OPEN_FIRST = frozenset('"\u201c`')  # a mark opening a paragraph carrying a quote on
_AHEAD = 3  # paragraphs a quote left open may run on over


def _closing_at(para: str) -> int | None:
    """Where the text after the mark closing a quote left open starts in ``para``, when one
    closes it after spoken words ('We expect more next year." said ...'; a paragraph
    opening with a mark carries the quote on: its own quote's close), else None."""
    if para[:1] in _OPEN_FIRST:
        frags = quote_spans(para)
        if not frags or frags[0].mark_start > 1:
            return None
        return -1 if frags[0].open_ended else frags[0].mark_end
    close = _closing_mark(para)
    if close is None or para[close[0] - 1 : close[0]] not in _SPOKEN_END:
        return None
    return close[1]


def _goes_on(paras: list[str], n: int) -> bool:
    """Whether paragraph ``n`` (no mark) carries on a quote left open: a paragraph within
    _AHEAD closes it, only paragraphs with no mark between."""
    for para in paras[n + 1 : n + 1 + _AHEAD]:
        if _has_mark(para):
            return para[:1] not in _OPEN_FIRST and (_closing_at(para) or 0) > 0
    return False


def _signed_later(paras: list[str], n: int) -> bool:
    """Whether the quote left open at paragraph ``n`` closes within _AHEAD paragraphs
    followed by a speaker's name (not a pronoun): '"We are pleased ...' / '... things,"
    said John Smith' names its own speaker, not the one of the quote before it."""
    for para in paras[n + 1 : n + 1 + _AHEAD]:
        if not _has_mark(para):
            continue
        at = _closing_at(para)
        if at is None:
            return False
        if at > 0:
            who, _ = _after_attribution(para[at:], False, "")
            return who is not None and who[0] not in PRONOUNS
    return False


# A lead-in's verb closing its paragraph with no stop ("Jane Doe, CEO, commented")
_LEAD_VERBS = frozenset(
    "said says stated states added adds noted notes commented comments explained explains "
    "continued continues concluded concludes remarked remarks observed observes declared "
    "emphasized emphasised".split())
# What a quote's words end with before its closing mark ('year."', 'team,"', 'now!"')
_SPOKEN_END = frozenset(".,!?;:\u2026\u2014\u2013-")


def _quote_paragraph(para: str, frag: _Frag, quoted: str) -> bool:
    """Whether a paragraph's opening quote is a spoken one: it runs to the paragraph end, or
    ends a sentence ("Adjusted EBITDA" before "is a non-GAAP measure ..." does not), also by
    a stop outside its closing mark ('"We will grow".')."""
    return frag.open_ended or quoted[-1:] in ".!?\u2026" or not para[frag.mark_end :].strip() \
        or _stop_outside(para, frag)


def _stop_outside(para: str, frag: _Frag) -> bool:
    """Whether all that follows a quote in its paragraph is the stop ending its sentence,
    printed outside the closing mark ('"We grew".', '"We grew" .', British style)."""
    return para[frag.mark_end :].strip() in (".", "!", "?")


def _entry_for(
    book: _Book,
    who: tuple[str, str | None] | None,
    para: str,
    pos: int,
    seen: str,
    para_entry: _Entry | None,
) -> _Entry | None:
    """The entry a fragment attributed to ``who`` joins: the paragraph's own entry when the
    same person speaks on ("...," Mr. Stern added, "..."), else a new one."""
    if who is None:
        return None
    resolved = book.resolve(who, para, pos, seen)
    if resolved is None:
        return None
    if para_entry is not None and para_entry.speaker == resolved[0]:
        return para_entry
    entry = _Entry(resolved[0], resolved[1], [])
    book.entries.append(entry)
    return entry


def _with_item(text: str, item: str) -> str:
    """A quote's text with an item of the list it leads into: "include: Record revenue;
    Three new customers" (an item ending in no stop or "and" gets a semicolon after it)."""
    item = item.strip()
    if not item:
        return text
    ends = text[-1:] in ":;,." or text.endswith((" and", " or"))
    return f"{text}{' ' if ends else '; '}{item}"


# Words opening a fragment that go on from a comma of the sentence itself, a conjunction or a
# new clause's subject: '"We are pleased," he said, "and we expect ..."', '"In 2005," he
# said, "we grew ..."' (a verb goes on without one: '"Our metrics," he said, "are strong"')
_CLAUSE_JOINERS = frozenset(
    "and but or nor yet so which while whereas although though including we i you they it he "
    "she our their its this these there the a an".split())


def join_fragments(parts: list[str]) -> str:
    """Fragments of one speaker as running sentences (SPEC: "...for us. The promise ...")."""
    out = []
    for k, part in enumerate(parts):
        part = part.strip()
        following = parts[k + 1].lstrip()[:1] if k < len(parts) - 1 else ""
        if following and part and not following.islower():  # a new sentence follows
            part = part.rstrip(",;:- ")
            if part[-1:] not in (".", "!", "?", "\u2026"):
                part += "."
        elif not following:
            part = part.rstrip(",;: ")  # '"... shareholders," said Karen Wu.' ends there
        elif part[-1:] == "," and (
                parts[k + 1].split(None, 1)[0].rstrip(",;") not in _CLAUSE_JOINERS):
            # the comma that only set off the attribution: '"Our metrics," he said, "are
            # strong"' reads "Our metrics are strong" (before "and" the sentence has one)
            part = part[:-1]
        out.append(part)
    return " ".join(p for p in out if p)
