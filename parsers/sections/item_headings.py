"""Item and Part headings: one compiled pattern, a table of spellings, and the checks that
tell a heading from a reference or a table-of-contents line.

Produces ``Heading`` records that ``items.py`` turns into SPEC.md ``items[]``. For the line
``Item 5.  Other Events`` of sample 000::

    Heading(kind="item", numbers=["5"], title="Other Events", start=<offset of "Item">,
            body_start=<offset after the heading line>, toc=False)

Spellings handled (tests/test_item_headings.py tests each on a real line where the corpus
has one; it has no "Items 1 and 2." with a body nor a heading "Item 7(c).", the combined
"Items 1 through 4, 6 and 8 Not Applicable." stands in for both):

    Item 5.  Other Events                     ITEM 5 - OTHER EVENTS        ITEM 5 -- OTHER EVENTS
    ITEM 5. OTHER EVENTS.                     Item 5:   Other Events.      Item5.    Other Events.
    Item 2.02 Results of ...                  Item 2.02. Results of ...    Item 8.01- Other Events
    Item\\t2.02\\tResults of ...  (HTML cells)  Item\\xa05.02. Departure ...  Item\\u20095.07.
    Item 5.\\nOther Events  (title below)      Items 1 and 2.  (combined)   Item 7(c). Exhibits.
    Item 8.01\\nOther\\nMatters\\n\\n  (a title below wrapped before a capital, a blank under it)
    ITEM 7. FINANCIAL STATEMENTS, PRO FORMA FINANCIAL INFORMATION AND\\n EXHIBITS.  (wrapped)
    ITEM 1A. RISK FACTORS                     PART II - OTHER INFORMATION
    PART 2  PART TWO  Part Two - Other Information  (a Part's number in figures or words:
    read as "PART II", see _ROMAN_PART)
    Item 2.02 and Item 7.01 Results ...       Items 1 through 9 and Item 11.
    Item 8.01. Other Events. On May 1, 2008, Acme ...  (run into its text: split at the stop)
    Item 2.02 Results of ... Condition On May 1, ...  (no stop: split after the form's title)
    ITEM 7.  FINANCIAL STATEMENTS, PRO FORMA FINANCIAL\\n         INFORMATION AND EXHIBITS.  (hung)
    Item 1.   Legal Proceedings - None        Item No. 5.  Other Events    Item 2.02Results of
    SECTION 9 \u2013 FINANCIAL STATEMENTS AND EXHIBITS  (2004 8-K section line: a boundary only)
    ITEM FIVE. OTHER EVENTS  (spelled out)    PART II\tItem 7  (a running head: also a bare item)
    Items 2.02 and 7.01. Results of Operations and Financial Condition. Regulation FD Disclosure.
    ITEM 9A(T).  ITEM 9A (T).  ITEM 9AT.  Item 4T.  (2008-2010: Item 9A, Item 4; 10-QSB
    "Item 3A(T)" is Item 3)                   ITEMS 2 - 5.  NOT APPLICABLE  (a dash range)
    Item 2.02 Results of Operations and Financial Condition; Item 7.01 Regulation FD Disclosure
    (the keyword again after the first title, or "... and Item 7.01": a combined heading)
    Item 5 (Other Events)  (a title in parentheses: read without them, see _unwrapped)
    ITEM 5. OTHER EVENTS On May 1, ...  (capitals run into the text: cut at the sentence)
    Item 3. Litigation The Company is ...  (a filer's own title run on: cut where it opens)
    Item 2(a). Quantitative and Qualitative Disclosures\\nAbout Market Risk  (a lettered
    sub-item's caption wrapped: joined as any of the form's titles, see _continue_title)
    ITEM 7 A.  ITEM VII A.  ITEM VIIA.  ITEM VII(A).  (10-K, 10-KSB, 10-Q: Item 7A when the
    title is none or that item's, see _spaced_lettered; roman as _ten_unkeyed reads it)
    ITEM 5. OTHER EVENTS Home Health Corporation of America, Inc.\\n("HHCA") entered ...
    (a firm's name closing the line, its sentence going on below: the text, _firm_goes_on)
    Item 5. Merger Agreement Acme Corp. ("Acme") sold ...  (a firm's defined name after it)
    ITEM 5. SALE OF ASSETS HHCA sold its ...  (a firm named in capitals with no legal form,
    then its verb: the text, see _capitals_named_then_text; "HHCA announces ..." too, and
    "ACME CORP sold ...": a legal form opens no name)
    Item 5.\\nSale of Assets Acme Corp. announced ...  (the title under a bare heading run into
    a firm's sentence: cut when one name reads, see _named_below; "Sophiris Bio Inc.
    announced ..." alone under it stays the text; "Holdings", "Group" open no name)
    ITEM 5. ACQUISITION BY FIRST UNION CORP completed ...  (a party's name after "BY" or
    "WITH" is not cut inside, see _splits_party: no cut, the line is the title)
    Item 2.02 Sophiris Bio Inc. announced ...  Item 2.02 The Company announced ...  (a firm's
    sentence opening the heading's line: no title, all of it is the text, see _firm_opens)
    ITEM 5. SALE OF ASSETS FOR FIRST UNION CORP completed ...  (a title never ends inside a
    firm's name: not on "FIRST", "NEW", "UNITED" ..., see _opens_name; "OF" in capitals goes
    on the name, "BANK OF AMERICA, N.A."; no cut, the line is the title)
    Results of Operations and Financial Condition (Item 2.02)  (an 8-K's number after its
    title, in brackets, after a dash or in its own cell, the SEC's title: _numbered_after;
    beside "Item 9.01 ..." lines too, for a number no such line heads: _numbered_after_too)
    Results of Operations and Financial Condition\n(Item 2.02)  (the number alone under its
    title, wrapped or not, in brackets or none, see _title_lines_above; over a bare heading
    the regular scan reads, "ITEM 9.01." / "[ITEM 9.01]", it is the title before any line
    under it, "(c) Exhibits": _title_above; a bare heading under its 2004 section line, "SECTION
    9 - FINANCIAL STATEMENTS AND EXHIBITS" / "ITEM 9.01", takes the section's words when they
    are the SEC's title for it and no such title is under it: _section_title_above)
    Results of Operations and Financial Condition\tItem 2.02  (the number in its own cell, no
    bracket: the tab marks it, see _number_mark)
    (5) Other Events  (a 1990s number in brackets, no keyword: read as "5) Other Events" is,
    with the SEC's title, where no "Item" line heads an item, see _unkeyed_lines; or beside
    old "Item" headings, above the first when numbered below it, after the last when above
    it, see _later_unkeyed)
    Item 2.01 (amended) Completion of Acquisition  (an 8-K/A's mark after the number, "(as
    amended)", "[Amended]": the heading's, never the title, see _unmarked)
    Item 6.\n(a) Exhibits\n(b) Reports on Form 8-K  (a part's caption under a bare heading
    on an 8-K, 10-K, 10-Q or 20-F: the text's, no title, see _part_caption; a Schedule 13G's
    "(a) Name of Issuer" still titles its captionless item)
    Item 2.02\n"Results of Operations and Financial Condition"  ("**Other Events**", "'Other
    Events'": marks wrapping the whole title are dropped, see _unquoted)
    Section 8 - Other Events\nItem 2.02  (a section line of another number over a bare
    heading: a heading still, no sentence the number goes on, see _section_line)
    Item 2.02\n<PAGE>\nHORIZON FINANCIAL CORP.\nResults of Operations and Financial Condition
    (a page's running head between a bare heading and its title, "Table of Contents", "Form
    8-K" too: no title, the form's title under it is, see _title_past_furniture; "Form 8-K"
    over an old 10-K's Item 14 too, though its title names the form, see _FORM_NAME; one
    word past the head, "EXHIBITS" under "ITEM 7.", is the title when it is one of the parts
    the form's title lists, see _key_word)
    ITEM 5.\nCTC COMMUNICATIONS ANNOUNCES VOICE SERVICES ...  (a press release's headline under
    a bare heading, a firm printed above then a verb of news: the text's, no title, _headline;
    "ACME CORP. ANNOUNCES ...", a firm's name closed on its legal form, printed above or not)
    Item 2.02  Results of Operations and\n\n\n\nFinancial Condition  (a title wrapped across
    a page break, its number and mark dropped: joined as across one blank line, see
    _past_page_break; in the filer's own words, "FINANCIAL STATEMENTS, FINANCIAL" / page
    break / "INFORMATION AND EXHIBITS", when the next line ends as the form's title ends,
    see _open_across; past the next page's running head too, "... Obligation or an" / page
    break / "ASTA FUNDING, INC." / "Obligation under an Off-Balance Sheet ...", when the line
    under the head carries the title on, see _past_running_head)
    OTHER INFORMATION\n\nItem 1. Legal Proceedings  (a 10-Q Part's caption alone over an
    item, no "PART II" line: a Part heading, ending the item above, see _part_captions)
    [PART II]  - PART II -  **PART II**  P A R T  I I  (a Part line in marks or letter-spaced,
    over an item heading on a 10-K or 10-Q: a Part heading, ending the item above, see
    _marked_parts; its number spelled out or its letters set wider too, "P A R T  T W O",
    "P  A  R  T    I  I": its letters run together, see _spaced_part)
    Item 2.03 Creation of ... Registrant.\n\n\nASTA FUNDING, INC.\n\nLease Obligation  (a page's
    running head under a title ending at a page break, the cover's name of the company,
    "FORM 8-K" or "Table of Contents": no line of the title, a title left open on "AND" too,
    nor the text's first words, see _past_page_head, _page_head; under a bare heading no
    title either: "Item 2.03" / page break / "ASTA FUNDING, INC." / "The information ...")
    ITEM 7.\nAPPLE COMPUTER\n\nOVERVIEW  (a running head with no legal form, known by its
    repeating: a short line the filing prints alone on 3 lines or more, see _repeated_line;
    under a bare heading no title, page break or not, see _running_head; past a page break
    under a title, no line of the text either, see _page_head; right under a bare heading
    no line of the text either, see _head_below. To be cut it must stand atop 2 pages at
    least, past two blank lines, see _page_top: a caption printed under other headings,
    "GENERAL" under "ITEM 2." and "ITEM 3.", stays the text's first line)
    ITEM 8.\nCONSOLIDATED INCOME STATEMENTS\nFOR THREE YEARS ENDED ...  (a statement's
    caption under a bare heading, or the company's name over it, or a table's caption over
    the period it covers: no title, the text's first lines, see _statement_caption,
    _period_under)
    P A R T  I I  -  O T H E R  I N F O R M A T I O N  (a letter-spaced Part line with its
    caption after a dash or colon, set the same way or in plain words: a Part heading, see
    _spaced_caption)
    ITEM 7.  MANAGEMENT'S DISCUSSION ... OF RESULTS OF OPERATIONS AND\n\n\n\nAPPLE COMPUTER\n\n
    FINANCIAL CONDITION  (a title left open on "AND" at a page break, under the next page's
    head a line of the form's title's words in the filer's order: joined, _ends_open_title)

Not headings: ``Item 2.01 above`` or ``Item 7 of Form 8-K`` (lower-case after the number),
a line that continues the sentence of the line above (``referred to in\\nItem 2.  The
registrant will file``, ``under\\nItem 5.02(e).``; a heading line is no sentence, though its
last word is in lower case: "Section 9 - Financial Statements and Exhibits" / "Item 9.01",
"Part II - Other Information" / "Item 1.", see _heading_over), ``Item 9.01(a)(4)`` (no "Item 9"),
numbers like ``Item 601(b)`` (three digits), a sentence that names an item and its title
at a line start (``Item 1A - Risk Factors in this Form 10-K describes ...``), a line saying
items are not applicable (``Items 2, 3, 4 and 5 are not applicable and have been omitted.``:
a boundary, flagged ``not_applicable``), and table-of-contents lines (``Item 5 - Other
Events.......  3``, ``Item 1\\tBusiness\\t3``, a cross-reference index's ``Item 10.  Directors
...    Proxy Statement`` or ``... Pages 38-60``: flagged ``toc``; so is a heading beside such a
line whose short text is contents lines, its page numbers on its sub-entries). A title ending
"(Continued)" is flagged ``continued``: the item's heading reprinted atop a page (a Part line
too: "PART I (Continued)"). Nor are the
lines of a list of items under a sentence ending in ":" (an amendment's explanatory note,
"... amends the following items:" / "Item 8. ...;" / "Item 9A. ..."), when an item listed
is headed further on (_drop_listed). A sentence answering an item by reference just under
its heading ("Item 10 is incorporated herein by reference ...") is that heading's text, not a
heading again; under a title it is no wrapped line of the title.
All patterns are line-anchored without nested quantifiers; per match the work is one line
(plus up to three for a wrapped title), so a scan is linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from itertools import islice

from ..lazy_re import lazy
from ..linescan import LinePattern, line_above
from . import item_catalog as cat

_SP = r"[^\S\n]"  # whitespace but newline: space, tab, NBSP, thin space (HTML renderings)
_BULLETS = r"\u2022\u00b7\u25cf\u25aa*"
# ("9AT": the temporary "Item 9A(T)" of 2008-2010 printed without its parentheses)
_DIGITS = r"\d{1,2}(?!\d)(?:\.\d{1,2}(?!\d))?(?:[A-Za-z]T?(?![A-Za-z]))?"
# Spelled out, upper or title case: "ITEM FIVE. OTHER EVENTS" (1990s 8-Ks)
_WORD_NUMBERS = {w: str(i) for i, w in enumerate(
    "ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN ELEVEN TWELVE THIRTEEN FOURTEEN "
    "FIFTEEN".split(), 1)}
_SPELLED = "|".join(sorted((f"{w}|{w.title()}" for w in _WORD_NUMBERS), key=len, reverse=True))
# Roman, read only on 8-Ks, 10-Ks and 10-Qs with no other item heading and the SEC's title
# for the number ("ITEM V. OTHER EVENTS", 1990s filers); see _ROMAN_LINES, _ten_unkeyed
_ROMAN_NUMBERS = {r: str(i) for i, r in enumerate(
    "I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI".split(), 1)}
# No roman numbers in the heading pattern: "Item I. Election of Directors / Item II.
# Ratification ..." (votes under an 8-K Item 5.07), a servicer's "ITEM I. DISTRIBUTIONS",
# "ITEM V. Representations and Warranties" are far commoner than a roman item heading, and
# would cut the real item short
_NUM = rf"(?:{_DIGITS}|(?:{_SPELLED})(?![A-Za-z]))"

# A numbered clause closing a lettered paragraph: the "(1)" of "Item 5.02(e)(1)" (2006-on 8-Ks)
_CLAUSE = r"(?:\((?:\d{1,2}|[ivx]{1,4})\))?+"

# A Part's number in figures or words ("PART 2", "PART TWO", "Part Two"), as its roman one
_ROMAN_PART = {"1": "I", "2": "II", "3": "III", "4": "IV"}
for _digit, _word in zip("1234", ("ONE", "TWO", "THREE", "FOUR"), strict=True):
    _ROMAN_PART[_word] = _ROMAN_PART[_word.title()] = _ROMAN_PART[_digit]
_PART_WORDS = "FOUR|THREE|TWO|ONE|Four|Three|Two|One"

# The heading pattern, assembled from named parts (each with the spelling it exists for).
_PARTS: dict[str, str] = {
    # line start, optional bullet: "    ITEM 5." (Westell 1999), "\u2022 Item 8.01". Possessive
    # (`*+`): a keyword letter follows, never a space, so giving back indentation cannot help;
    # without it a failing indented line is retried at every shorter indentation.
    "lead": rf"^{_SP}*+[{_BULLETS}]?+{_SP}*+",
    # "Item", "ITEM", "Items"; zero spaces allowed: "Item5." (Pericom 2002)
    "keyword": r"(?P<kw>(?:ITEM|Item)(?P<plural>[Ss])?)",
    # "5", "2.02", "1A", "16J"; not "601" (Item 601(b) of Regulation S-K); "Item No. 5."
    "number": rf"{_SP}*(?:(?:No|NO)\.?{_SP}*)?(?P<num>{_NUM})",
    # "7(c)" - a sub-paragraph of the item, also spaced off ("Item 5.02 (e)"); "9A(T)", "9A
    # (T)", "3A(T)": the temporary items of smaller companies (2008-2010), read as their item
    # in scan()
    "sub": rf"(?:(?:{_SP}{{1,2}}(?=\([A-Za-z]\)))?\((?P<sub>[A-Za-z0-9]{{1,4}})\)"
           rf"{_CLAUSE}"
    # more sub-paragraphs of the same item: "Item 5.02(b) and (c).", "Item 5.02(b), (c) and
    # (d)", "(b)/(c)" (2006-on 8-Ks naming the paragraphs they answer): one heading; also with
    # the number said again ("Items 5.02(b) and 5.02(c)", "Item 5.02(b) and Item 5.02(e)")
           rf"(?P<subs>(?:{_SP}*+(?:,{_SP}*+(?:and|AND|&)?|&|and|AND|/|or|OR){_SP}*+"
           rf"(?:(?:(?:ITEM|Item){_SP}*+)?(?P=num))?\([A-Za-z0-9]{{1,4}}\){_CLAUSE})++)?)?",
    # "Items 1 and 2", "Items 1 through 4, 6 and 8", "Items 5.02 & 9.01", "Item 2.02 and
    # Item 7.01" (the keyword said again), each number's own period kept: "Item 2.02. and
    # Item 7.01." ("Items 2 - 5. Not applicable": a dash after a plural keyword only); a later
    # number with its lettered paragraphs too ("Item 5.02(b) and 5.03(a) and (b).", as "sub")
    # ("Item 2.02; Item 7.01", "Items 2.02/7.01": a semicolon or slash between numbers too)
    "more": rf"(?P<more>(?:\.?{_SP}*(?:,|;|/|&|and|AND|through|THROUGH|to|TO"
            rf"|(?(plural)[-\u2013]|(?!))){_SP}*"
            rf"(?:(?:ITEMS?|Items?){_SP}*)?{_NUM}"
            rf"(?:(?:{_SP}(?=\([A-Za-z]\)))?\([A-Za-z0-9]{{1,4}}\)"
            rf"(?:{_SP}*+(?:,{_SP}*+(?:and|AND|&)?|&|and|AND|/){_SP}*+\([A-Za-z0-9]{{1,4}}\))*+)?+"
            rf"){{1,8}})?",
    # what may follow the number: end of line, a separator or a space; after a 2004 number
    # also the title's capital ("Item 2.02Results": HTML spacing by an empty inline block)
    # ("Item 9.01(a)(4)" is no "Item 9" titled "01(a)(4)": a period before a digit is none)
    # ("Item 5, Other Events": a comma before a capital, kept only before the form's title)
    "after": r"(?:(?=\.(?!\d)|[:)\-\u2013\u2014\s]|,[^\S\n]*+[A-Z]|$)|(?<=\.\d\d)(?=[A-Z]))",
    # "Part I", "PART II - OTHER INFORMATION"
    # (the number in figures or spelled out too, "PART 2", "PART TWO": read as "II", _ROMAN_PART)
    "part": rf"(?P<pkw>PART|Part){_SP}+(?P<part>IV|III|II|I|[1-4]|{_PART_WORDS})(?![A-Za-z0-9])",
    # 2004 8-K section lines: "Section 9 – Financial Statements and Exhibits"
    # ("Section 2. Financial Information. Item 2.02 ...": a period, never "Section 2.01 of")
    "section": rf"(?P<skw>SECTION|Section){_SP}+(?P<section>\d)(?!\d|\.\d)",
    # the rest of the heading line
    "rest": r"(?P<rest>[^\n]*)",
}
HEADING = lazy(
    "{lead}(?:{keyword}{number}{sub}{more}{after}|{part}|{section}){rest}".format(**_PARTS),
    re.M)
# The same, for whole-text scans, behind a lookahead for what may open a heading (a bullet or
# the first letter of a keyword): most lines fail it at once (about 1.3x faster).
_HEADING_LINES = LinePattern(rf"(?={_SP}*+[IPS{_BULLETS}])(?:{HEADING.pattern})")
# An item heading led by a bracket or a dash ("[Item 2.02] Results of Operations ...", "[Item
# 8.01 Other Events]", "- Item 9.01 Financial Statements and Exhibits"): scanned for only in a
# text where no plain heading heads an item (a filer prints every heading alike), so the hot
# scan above keeps its one-letter lookahead (a dash opens many plain-text lines: rules, "- -").
_MARKS = "[-\u2013\u2014"  # (what opens one, for a cheap test first)
_MARKED_LINES = LinePattern(
    rf"(?={_SP}*+[\[\-\u2013\u2014])^{_SP}*+(?P<mark>\[|[-\u2013\u2014](?![-\u2013\u2014]))"
    rf"{_SP}*+{_PARTS['keyword']}{_PARTS['number']}{_PARTS['sub']}{_PARTS['more']}"
    rf"(?:{_SP}*+\](?={_SP}|$))?+{_PARTS['after']}"
    rf"(?:(?P<pkw>(?!))(?P<part>)(?P<skw>)(?P<section>))?+{_PARTS['rest']}")

# Table-of-contents line endings, tried on the rest of a heading line. Each opens with a
# character, not a repeat or a lookbehind, so the engine skips to where one may start (a run
# into its paragraph is a long rest: 6x and 1.5x faster than "\.{4,}|(?:\.[^\S\n]){3,}|_{4,}"
# and a lookbehind first)
_TOC_LINE: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "Item 5 - Other Events..................................             3": four dots, three
    # spaced ones, or four underscores
    ("dot leaders", lazy(r"\.(?:\.{3,}|[^\S\n](?:\.[^\S\n]){2,})|__{3,}")),
    # "Item 1    Identity of Directors ...            3", "Item 1.\tBusiness\t3", "F-1", "ii":
    # two spaces or more, or a tab; tried at the start of a run of spaces only (from inside a
    # long run it is quadratic)
    ("page number", lazy(
        r"[^\S\n](?<![^\S\n][^\S\n])(?:[^\S\n]++|(?<=\t))(?:\d{1,3}|[A-Z]-\d{1,3}|[ivxl]{1,5})"
        r"(?:[-\u2013](?:\d{1,3}|[A-Z]-\d{1,3}))?[^\S\n]*$")),
)

# "Items 1 through 4, 6 and 8 Not Applicable." (Apple 1999): a disclaimer, not a heading; so
# is a sentence saying so, in any case ("Items 2, 3, 4 and 5 are not applicable and have been
# omitted.", "Items 3, 4 and 5 are omitted because they are not applicable.", 10-Qs).
# (one sentence: "Item 2 is not applicable to the Company's subsidiaries, as each leases its
# offices. The Company owns ..." is a paragraph of the item above, not its end)
NOT_APPLICABLE = lazy(
    r"^(?:(?:are|is|were|(?:have|has)\s+been)\s+)?(?:not\s+applicable|inapplicable|none|n/a"
    r"|omitted)(?:\s+(?:to|and|or|because|as|since|for|pursuant)\b(?:[^.\n]|\.(?!\s)){0,200})?"
    r"\.?$", re.I)
_VERB = frozenset({"are", "is", "were", "have", "has"})  # "Item 2 is not applicable.": no item
# A sentence at a paragraph's start answering items by reference (10-K Part III): "Items 10,
# 11, 12 and 13 are incorporated by reference to the Company's definitive Proxy Statement";
# the items, their text the sentence ("... are omitted pursuant to General Instruction
# I(2)(c)" is NOT_APPLICABLE's: no items)
_BY_REFERENCE = lazy(r"(?:is|are|(?:has|have)[^\S\n]+been|will[^\S\n]+be)[^\S\n]+"
                     r"(?:(?:hereby|herein)[^\S\n]+)?incorporated\b")

_SEPARATORS = ".:-\u2013\u2014) \t\xa0\u2009"
_WS = lazy(r"\s+")


def _spaced(text: str) -> str:
    """Runs of whitespace as one space, stripped (`_WS.sub(" ", text).strip()`, by
    str.split: ~2x faster, as each single space is a match of _WS)."""
    return " ".join(text.split())


_CONTINUES = lazy(
    r"(?:[,;&\-\u2013\u2014]|\b(?:and|or|of|the|a|an|to|in|for|on|with|under|by|that|AND|OR|OF"
    r"|THE|TO|IN|FOR|ON|WITH|UNDER|BY))$")
_SENTENCE_END = lazy(r"[.:;!?)\]\"'\u201d\d]$")
_LOWER_START = lazy(r"[a-z]")
# A list's letter or roman numeral opening a line ("a) DIRECTORS", "ii. Officers"): the text's
# first line under a title, never a title's wrapped words
_ENUMERATOR = lazy(r"(?:[a-z]|[ivx]{2,4})[.)][^\S\n]")
# A Part's title in brackets closing its line, or before its first item ("PART II (OTHER
# INFORMATION)", "PART I (Financial Information)  Item 1. ..."): words, no figure, so "Part
# II (Items 5-9)" and "Part I (a)" stay references
_PART_BRACKET = lazy(r"\((?=[A-Z][A-Za-z])[A-Za-z'\u2019&,. \t-]{2,60}\)[^\S\n]*+"
                     r"(?:$|[-\u2013\u2014:,.|]?[^\S\n]*+(?:ITEM|Item))")
_UNDERLINE = lazy(r"[^\S\n]*[-=_\u2013\u2014][-=_\u2013\u2014 \t]*")  # "-----", EDGAR's "- ------"
# A rule a blank line under the heading: an HTML heading's bottom border or a rule paragraph
# under a two-cell table row ("Item 2.02 | Results of ..." / "" / "----------"), 3 marks at least
_RULE_MARKS = 3
_YEAR = lazy(r"\b(?:19|20)\d\d\b")
# How an item's text opens when a bare heading has no title ("Incorporated herein by
# reference", "See Note 8", "The information required by this Item"): at least three words
# more, so that short titles such as "The Merger" still pass.
_PROSE_OPENER = lazy(
    r"(?:Incorporated|See|Refer(?:ence)?|Information|The|There|This|Pursuant|On|In"
    r"|As|We|Our|During|Effective|No)\s(?:\S+\s+){2}\S")
# "(Continued)", "(cont'd)", "- Continued", ", continued" closing a title reprinted atop a page
_CONTINUED = lazy(r"(?:[(\[][^\S\n]*+|[-\u2013\u2014,:][^\S\n]*+|[^\S\n])(?i:continued|cont'?d)"
                  r"\.?[^\S\n]*+[)\]]?\.?$")
_CONTINUED_ENDS = frozenset("dD).]")
_CONTENTS_BODY = 3000  # characters: sub-entries of a contents line, not an item's text
_PAGE_NUMBER = lazy(r"^(?:page\s+)?(?:\d{1,3}|[A-Z]-\d{1,3}|[ivxl]{1,5})$", re.I)


@dataclass
class Heading:
    kind: str  # "item" | "part" | "section" (an 8-K section line: a boundary only)
    numbers: list[str]  # normalised: "5", "2.02", "1A"; a combined heading holds several
    start: int  # offset of the keyword ("Item"/"Part")
    line_start: int  # offset of the heading's line
    body_start: int  # first offset after the heading (and a title on the next lines)
    title: str | None = None  # as printed, whitespace-normalised, trailing period stripped
    part: str | None = None  # "I".."IV" for Part headings
    sub: str | None = None  # "c" of "Item 7(c)"
    toc: bool = False  # a table-of-contents line
    not_applicable: bool = False  # "Items 1 through 4 ... Not Applicable": a boundary only
    inline_text: str | None = None  # "Item 3. Not applicable." keeps "Not applicable." as text
    bare: bool = False  # nothing but the number on its line: "Item 7" atop a page
    continued: bool = False  # its title says so: "ITEM 7. ... (Continued)" atop a page


def normalise_number(raw: str, family: str | None) -> str:
    """ "1a" -> "1A"; "8.1" -> "8.01" on 8-Ks (a common misprint of a 2004 item)."""
    number = raw.upper()
    number = _WORD_NUMBERS.get(number) or _ROMAN_NUMBERS.get(number) or _roman_lettered(number)
    if family == "8-K" and _ONE_DECIMAL.fullmatch(number):
        padded = number[:2] + "0" + number[2]
        if cat.is_known(family, padded):
            return padded
    elif family in _T_FAMILIES and number.endswith("T") and len(number) > 1 and (
            not cat.is_known(family, number)):
        # the smaller companies' temporary items of 2008-2010: 10-Q "Item 4T. Controls and
        # Procedures" is Item 4, 10-K "Item 9AT" Item 9A (as "Item 4(T)", "Item 9A(T)" read)
        return temporary(number[:-1], family)
    return number


def _roman_lettered(number: str) -> str:
    """ "VIIA" / "VII(A)" -> "7A": a roman number and its letter ("ITEM VIIA.", 10-Ks numbered
    in roman); any other number as it is."""
    roman, letter = number.rstrip(")")[:-1].rstrip("("), number.rstrip(")")[-1:]
    if letter in _ROMAN_LETTERS and roman in _ROMAN_NUMBERS:
        return _ROMAN_NUMBERS[roman] + letter
    return number


def temporary(number: str, family: str | None) -> str:
    """The item a temporary "(T)" item stands for: its own number, or, when the form has none
    such, the number without its letter (10-QSB "Item 3A(T). Controls and Procedures" of
    2008 is the form's Item 3, "Controls and Procedures")."""
    if family in _T_FAMILIES and not cat.is_known(family, number) and number[-1:].isalpha() and (
            cat.is_known(family, number[:-1])):
        return number[:-1]
    return number


_ONE_DECIMAL = lazy(r"\d\.\d")
_SECTIONED = ("8-K", "SD")  # forms whose "Section 9 - ..." lines end the item above
_T_FAMILIES = (cat.TEN_Q, cat.TEN_K, "10-KSB")
# "ITEM 7 A.", "ITEM 8 A." (a 20-F's "Item 4 A." is Item 4's part A)
_SPACED_FAMILIES = (cat.TEN_Q, cat.TEN_K, "10-KSB")
_ROMAN_LETTERS = frozenset("ABCD")  # (no roman digit: "VIIA" is VII and A)
_PART_AND_ITEM = lazy(rf"{_SP}*+[-\u2013\u2014:,.|]?{_SP}*+(ITEM|Item){_SP}*({_DIGITS})\.?{_SP}*$")
# "PART II  ITEM 5.  MARKET FOR REGISTRANT'S COMMON EQUITY ..." (an item heading printed on
# its part's line, or an HTML row of both): the item, read from its keyword on
# (also after a 10-Q Part's title: "PART I - FINANCIAL INFORMATION, ITEM 1. FINANCIAL
# STATEMENTS", "PART II.  OTHER INFORMATION   Item 1.  Legal Proceedings")
_ITEM_AFTER_PART = lazy(
    "(?P<ptitle>{sp}*+[-\u2013\u2014:,.]?{sp}*+\\(?(?i:financial|other){sp}++(?i:information)\\)?)?"
    "{sp}*+[-\u2013\u2014:,.|]?{sp}*+{keyword}{number}{sub}{more}{after}{rest}"
    .format(sp=_SP, **_PARTS))
# "Section 2 - Financial Information; Item 2.02 Results of Operations ..." (an 8-K's section
# and item headings on one line): the item, read from its keyword on, when the words before
# it name the section
_ITEM_AT = lazy("{keyword}{number}{sub}{more}{after}"
                "(?:(?P<pkw>(?!))(?P<part>)(?P<skw>)(?P<section>))?+{rest}".format(**_PARTS))
_KEYWORD_IN = lazy(r"(?<![A-Za-z])(?:ITEM|Item)")
# ... unless it is a page's running head (marked continued, see scan): a column follows the
# title ("Risk Factors (continued)   Page 6", "Risk Factors<tab>2004 Annual Report"), its
# item was headed above, or its title says "(continued)", "(Cont'd)", "- Continued"
_RUNNING_HEAD = lazy(r"\S(?:[ ]{3,}+|\t)[ \t]*+\S")
# (any item line that says so anywhere in its title is one: "Item 1A. Risk Factors
# (continued)   Page 6")
_CONTINUED_IN = lazy(r"(?i:[(\[][ \t]*+cont(?:inued|'?d)\b|[-\u2013\u2014,][ \t]*+continued\b)")
# ... or a row of a cross-reference index or a comment letter's caption: its title ends in the
# pages or note where the item's matter is found ("Part I. Item 1A. Risk Factors, page 12",
# "Part I. Item 1. Business      1-12, 44-46", "Part I. Item 3. Legal Proceedings   Note 14");
# a single page number is a contents line's (is_toc_line)
_REFERENCE_ROW = lazy(
    r"(?:,[ \t]*+(?:pages?|Pages?|PAGES?|pp?\.)[ \t]*+(?:[A-Z]-)?\d{1,3}"
    r"(?:[ \t]*+[-\u2013][ \t]*+\d{1,3})?"
    r"|(?<![ \t])(?:[ ]{2,}+|\t)[ \t]*+(?:\d{1,3}(?:[-\u2013]\d{1,3})?,[ \t]*+\d{1,3}"
    r"[-\u2013\d, \t]{0,40}"
    r"|(?:Notes?|NOTES?)[ \t]+\d{1,2}(?![\d.])[-\u2013\d, \tand]{0,40}"
    r"|(?i:inside[ \t]+(?:front|back)[ \t]+cover)))[ \t.]*$")
_MORE_ITEM = lazy(rf"(,|;|/|&|and|AND|through|THROUGH|to|TO|[-\u2013]){_SP}*"
                  rf"(?:(?:ITEMS?|Items?){_SP}*)?({_NUM})")
_RANGE = ("through", "to", "-", "\u2013")


def _numbers(first: str, more: str | None, family: str | None) -> list[str]:
    """Expand "1 through 4, 6 and 8" into ["1", "2", "3", "4", "6", "8"]."""
    numbers = [normalise_number(first, family)]
    for sep, raw in _MORE_ITEM.findall(more or ""):
        number = normalise_number(raw, family)
        last = numbers[-1]
        if sep.lower() in _RANGE and last.isdigit() and number.isdigit():
            numbers.extend(str(n) for n in range(int(last) + 1, int(number) + 1))
        else:
            numbers.append(number)
    return numbers


# Items a sentence names: "Items 10, 11, 12 and 13", "Items 10 through 14", "ITEMS 10-13";
# or "required by these items" (each separator a non-space token: no two quantifiers share a space)
_NAMED = lazy(rf"\b(?:ITEMS|Items|items)\s+(?P<num>{_DIGITS})(?P<more>(?:\s*+(?:,|&|and|AND"
              rf"|through|THROUGH|to|TO|[-\u2013])\s*+(?:(?:ITEMS?|Items?)\s++)?{_DIGITS}){{1,8}})"
              r"|\b(?:by|to|in|under)\s+(?i:these|the\s+foregoing)\s+(?i:items)\b")


def named_items(text: str, family: str | None) -> set[str] | None:
    """The item numbers a text names as a list ("The information required by Items 10
    through 13 is incorporated ..."), or None for "these items" (whichever stand above)."""
    numbers: set[str] = set()
    for m in _NAMED.finditer(text):
        if m.group("num") is None:
            return None
        numbers.update(_numbers(m.group("num"), m.group("more"), family))
    return numbers


def _tidy_title(raw: str) -> str:
    return _trim_stops(_spaced(raw).lstrip(_SEPARATORS).strip())


def _trim_stops(title: str) -> str:
    """The title without its final periods and colons (`_tidy_title` of a tidy one); an
    abbreviation's period stays ("... Agreement with Dr.", "... with Acme Inc.", initials:
    "... with Bank of America, N.A.": the title as printed)."""
    while title.endswith((".", ":")):
        if title[-1] == "." and ((last := title[title.rfind(" ") + 1 :]) in _ABBREVIATIONS
                                 or last[-3:-2] == "." and _INITIALS.fullmatch(last)):
            break
        title = title[:-1].rstrip()
    return title


def _unwrapped(raw: str) -> str:
    """A title without the parentheses it is set in ("Item 5 (Other Events)", "Item 5. (Other
    Events) On August 2, ..."): heading punctuation, as a dash or a period is. Kept: a letter
    or numeral ("(a) Name of Issuer", "(viii)"), "(Continued)" (a reprint's mark, see
    _CONTINUED) and the SEC's own "(Removed and Reserved)"."""
    close = raw.find(")")
    inner = raw[1:close]
    if close < 5 or not inner[0].isupper() or "(" in inner or " " not in inner and close < 6 or (
            inner[:4].lower() == "cont" or "eserved" in inner or "ESERVED" in inner):
        return raw
    return inner + raw[close + 1 :]


# An 8-K/A's mark of an amended item beside its number ("Item 2.01 (amended)", "ITEM 5
# (AS AMENDED).", "Item 9.01 [Amended]"): the heading's, as its period is, never the title
_AMENDED_MARK = lazy(rf"{_SP}*+[(\[](?:as{_SP}++)?amended[)\]]", re.I)


def _unmarked(rest: str) -> str:
    """The rest of a heading line without the amendment mark after its number ("Item 2.01
    (amended) Completion of Acquisition" is titled "Completion of Acquisition"; a bare
    "Item 2.01 (amended)" takes its title from the line below)."""
    mark = _AMENDED_MARK.match(rest.lstrip(_SEPARATORS))
    return rest if mark is None else rest.lstrip(_SEPARATORS)[mark.end() :]


# A firm's initials, its last period theirs ("... with Bank of America, N.A.", "Acme, L.P.")
_INITIALS = lazy(r"[A-Za-z]\.(?:[A-Za-z]\.){1,5}")


def _unhung(title: str) -> str:
    """A title without the "and" or ";" that led on to the next heading ("Item 2.02 Results
    of Operations and Financial Condition and" / "Item 7.01 Regulation FD Disclosure")."""
    if title.endswith((" and", " AND", " &")):
        title = title[: title.rfind(" ")]
    return title.rstrip(" ,;")


# An item with no caption of its own that opens on its lettered parts (a Schedule 13G's "Item 1.
# (a) Name of Issuer: Acme Corp."): the first part's caption is its title, without the letter
_PART_LETTER = lazy(rf"\([a-z]\){_SP}++(?=[A-Z])")


# Marks a filer sets a whole title in: quotes, double or single, or asterisks (a bold title's
# plain-text rendering), as ("\"Results of Operations and Financial Condition\"", "'Other
# Events'", "\u2018Other Events\u2019", "**Other Events**")
_QUOTE_PAIRS = {'"': '"', "\u201c": "\u201d", "'": "'", "\u2018": "\u2019", "*": "*"}
# an apostrophe inside a word is no quote ("'Changes in Registrant's Certifying Accountant'")
_APOSTROPHE = lazy(r"(?<=[A-Za-z])['\u2019](?=[A-Za-z])")


def _unquoted(title: str) -> str:
    """A title without the quotes or asterisks that wrap all of it ("\"Other Events\"",
    "'Other Events'", "*Other Events*", "**Other Events**"); marks inside it stay ("\"Results
    of Operations\" and Financial Condition", "Item 1.01 \"Acme\" Agreement", "'Results'
    of Operations and 'Financial Condition'")."""
    close = _QUOTE_PAIRS.get(title[:1])
    if close is None or not title.endswith(close) or len(title) < 3:
        return title
    if close == "*":
        inner = _trim_stops(title.strip("*").strip())
        return inner if inner and "*" not in inner else title
    inner = title[1:-1]  # (its stop inside the quotes: "\"Other Events.\"")
    marks = _APOSTROPHE.sub("", inner) if close in "'\u2019" else inner
    return title if title[:1] in marks or close in marks else _trim_stops(inner.strip()) or title


def _part_caption(raw: str, family: str | None) -> bool:
    """A lettered (or numbered) part's caption under a bare heading ("Item 6." / "(a) Exhibits"
    / "(b) Reports on Form 8-K") on a form whose items have titles of their own (8-K, 10-K, 10-Q,
    20-F): the first paragraph of the item's text, no title. (A Schedule 13G prints its
    items as their parts' captions: "(a) Name of Issuer" titles its captionless item.)"""
    return raw[:1] == "(" and family is not None and not cat.is_open(family) and (
        _PART_MARK.match(raw) is not None)


# A part's letter or number in brackets before its caption: "(a) ", "(A) ", "(1) ", "(iv) "
_PART_MARK = lazy(rf"\((?:[A-Za-z]|[0-9]{{1,2}}|[ivx]{{2,4}})\){_SP}++(?=[A-Z])")


def _unlettered(title: str) -> str:
    """A title without the "(a) " of the lettered part it was read from."""
    if title[:1] != "(":
        return title
    letter = _PART_LETTER.match(title)
    return title[letter.end() :] if letter else title


def is_toc_line(rest: str) -> bool:
    (_, leaders), (_, page) = _TOC_LINE  # (unrolled: no generator per line)
    return leaders.search(rest) is not None or page.search(rest) is not None


# A row of a 10-K cross-reference index whose locator column is words, not a page number
# ("Item 1.  Business  ......  Pages 2-31", "Item 10.  Directors ...     Proxy Statement (a)",
# "Item 3.  Legal Proceedings     Note 14"): set off by two spaces, a tab or two dots, at the
# line's end (tried at a run's start only: from inside a long run it is quadratic)
_INDEX_ROW = lazy(
    r"(?<![ \t.])(?:[ ]{2}|\t|[ ]?\.\.)[ \t.]*+"
    r"(?:(?:Pages?|PAGES?|pp?\.)[ \t]*+(?:[A-Z]-)?\d{1,3}(?:[ \t]*+(?:[-\u2013]|to|and)[ \t]*+"
    r"(?:[A-Z]-)?\d{1,3})?|(?:Proxy|PROXY)[ \t]+(?:Statement|STATEMENT))"
    r"(?:[ \t]*+(?:\([a-z\d]\)|\*{1,3}))?[ \t.]*$")


def is_index_row(rest: str) -> bool:
    """A contents line (is_toc_line) or a cross-reference index's row (_INDEX_ROW,
    _REFERENCE_ROW): no heading. (A title saying "(continued)" is the item's running head,
    "Item 1A. Risk Factors (continued)     Page 6": its page is the page's.)"""
    if is_toc_line(rest):
        return True
    if not ("  " in rest or "\t" in rest or ".." in rest or "," in rest) or (
            "ont" in rest or "ONT" in rest) and _CONTINUED_IN.search(rest) is not None:
        return False
    return _INDEX_ROW.search(rest) is not None or _REFERENCE_ROW.search(rest) is not None


def _line(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the line holding `pos`; end excludes the newline."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _previous_line(text: str, line_start: int) -> str:
    if line_start <= 0:
        return ""
    return text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1]


def _catalogue_match(family: str | None, numbers: list[str], title: str) -> float:
    best = 0.0
    for number in numbers:
        parts = ("I", "II") if family == cat.TEN_Q else (None,)
        for part in parts:
            for std in cat.titles(family, number, part):
                best = max(best, cat.title_score(title, std))
    return best


def _is_reference(text: str, line_start: int, title: str, family: str | None,
                  numbers: list[str]) -> bool:
    """True when the "Item N" at a line start is a mention inside running text."""
    if _LOWER_START.match(title) and not NOT_APPLICABLE.match(title):
        return True  # "Item 7 of Form 8-K", "Item 2.01 above"
    prev = _previous_line(text, line_start).rstrip()
    if prev and not _SENTENCE_END.search(prev) and (prev[-1].islower() or prev[-1] in ",;(") \
            and not _heading_over(prev, numbers):
        # the line continues a sentence ("referred to in\nItem 2.  The registrant will file",
        # "the response under\nItem 5.02(e).") unless what follows the number reads as a
        # title ("ITEM 5. Other Items")
        if not _has_letters(title):
            # a bare number under a line that ends no sentence ("Table of Contents", the
            # company's name atop a page) heads its item when the form's title stands below
            return _CONTINUES.search(prev) is not None or not _standard_below(
                text, line_start, family, numbers)
        if _CONTINUES.search(prev) and not _heading_line(prev):
            # left hanging on "in", "under", "the" or a comma, the sentence goes on: a 10-K's
            # "included in\nItem 8. Financial Statements and Supplementary Data." is a mention
            return True
        looks_titled = title.upper() == title or _title_case(title)
        return not looks_titled and _catalogue_match(family, numbers, title) < 0.6
    return False


def _heading_over(line: str, numbers: list[str]) -> bool:
    """True when `line` is a heading, no sentence the number under it goes on from (in title
    case its last word is in lower case): the 2004 section line of the items' own section
    ("Section 9 - Financial Statements and Exhibits" right over "Item 9.01"), or a Part line
    with its name ("Part II - Other Information" over a 10-Q's "Item 1.")."""
    if "ection" in line or "ECTION" in line:
        m = _SECTION_OVER.fullmatch(line)
        return m is not None and (all(n.startswith(m.group("section") + ".") for n in numbers)
                                  or _section_line(m.group("name")))
    m = _PART_OVER.fullmatch(line) if "art" in line or "ART" in line else None
    return m is not None and _CONTINUES.search(m.group("name")) is None


def _section_line(name: str) -> bool:
    """A section line of another number over an item ("Section 8 - Other Events" / "Item
    2.02", the filer's slip) is still a heading, no sentence the item's number goes on: its
    name in capitals or title case, not hanging on a word ("... Other Events under" goes on)."""
    name = name.rstrip()
    return _CONTINUES.search(name) is None and (name.upper() == name or _title_case(name))


# A Part line with its name ("PART II - OTHER INFORMATION", "Part I. Financial Information")
_PART_OVER = lazy(rf"{_SP}*+(?:PART|Part){_SP}++(?:IV|III|II|I)(?![A-Za-z0-9]){_SP}*+"
                  rf"[.:\-\u2013\u2014]?+{_SP}*+(?P<name>[A-Z][^\n]{{0,80}})")


# A heading line set inside a sentence: the line above wants more ("... is included in Note 9
# in:", "See", "discussed under") and the line below goes on in lower case ("and is
# incorporated herein by reference.", "above.", "of this report.")
_WANTS_MORE = lazy(r"(?:[:,]|\b(?i:see|in|under|of|to|and|or|the|by|for|with|within|from"
                   r"|including|captioned|entitled))$")
# (from the heading line's end: past up to two blank lines, a lower-case word)
_RUNS_ON = lazy(r"\n(?:[^\S\n]*+\n){0,2}[^\S\n]*+[a-z]{2}")


def _line_up(text: str, pos: int) -> str:
    """The first line with text above the line starting at `pos`, past up to two blank
    lines; "" if none."""
    for _ in range(3):
        if pos <= 0:
            return ""
        start = text.rfind("\n", 0, pos - 1) + 1
        line, pos = text[start : pos - 1], start
        if line.strip():
            return line.strip()
    return ""


def in_sentence(text: str, line_start: int, eol: int, loose: bool = False) -> bool:
    """True when the heading line at `line_start`..`eol` is a mention set on a line of its own:
    the line below goes on in lower case and the line above wants more (`loose`: or ends no
    sentence)."""
    if not _RUNS_ON.match(text, eol):
        return False
    above = _line_up(text, line_start)
    if not above or _heading_line(above):
        return False
    return _WANTS_MORE.search(above) is not None or loose and not _SENTENCE_END.search(above)


def _wrapped_mention(text: str, line_start: int, title: str) -> bool:
    """True when the heading line is a mention wrapped mid-sentence at both ends: the line
    right above runs on into it, and it runs on past its end ("... is being filed to amend"
    / "Item 2.01 \"Completion of Acquisition\" of the Current Report filed on" / "August 16,
    2006 ..."), which no title does."""
    if not title or not _runs_on(title):
        return False
    above = _previous_line(text, line_start).rstrip()
    return bool(above) and _runs_on(above) and not _heading_line(above)


def _runs_on(line: str) -> bool:
    """The line ends on a lower-case word or a comma: its sentence goes on."""
    last = line.rsplit(None, 1)[-1]
    return last[0].islower() or last[-1] == ","


def _reprint(found: list[Heading], numbers: list[str]) -> bool:
    """The item last headed is this one: a heading printed again atop a page that cuts a
    sentence of the item is its running head, no mention."""
    for h in reversed(found):
        if h.kind == "item":
            return h.numbers == numbers
    return False


def _heading_line(line: str) -> bool:
    """The line is a heading, not a sentence that opens with an item ("Item 1 is set forth in
    Note 12 to the financial statements included in" wraps on to a mention)."""
    m = HEADING.match(line) or (
        _MARKED_LINES.first.match(line) if line.lstrip()[:1] in _MARKS else None)
    return m is not None and not _LOWER_START.match(m.group("rest").lstrip(_SEPARATORS))


def _paragraph_start(text: str, line_start: int) -> bool:
    """The line opens a paragraph: a blank line, a heading ("PART III") or a sentence's end
    above it, not a sentence wrapped ("... called for by" / "Items 10 through 13 is ...")."""
    prev = _previous_line(text, line_start).rstrip()
    return not prev.strip() or prev[-1] in ".:" or HEADING.match(prev) is not None


def _standard_below(text: str, line_start: int, family: str | None, numbers: list[str]
                    ) -> bool:
    """True when the line under a bare "ITEM 7." is the form's title for the number."""
    eol = text.find("\n", line_start)
    below = _title_below(text, len(text) if eol < 0 else eol, family, numbers)
    return below is not None and _catalogue_match(family, numbers, _tidy_title(below[0])) >= 0.6


# A comma-form line's title running on as a sentence: a lower-case word of five letters or
# more ("... is omitted", "..., below.", "... describes"), a lower-case word after a comma
# (", of our Annual Report") or more text after a stop
_COMMA_RUN_ON = lazy(r"(?<![\w'\u2019])[a-z]{5,}+|,[^\S\n]*+(?!(?:and|or)\b)[a-z]|[.;][^\S\n]++\S")
# (title words of five letters or more printed in lower case: "Disclosures about Market Risk")
_TITLE_LOWER = frozenset("about under other among between through within without".split())


def _comma_heading(text: str, line_start: int, rest: str) -> bool:
    """After "PART I, ITEM 1" a title in capitals or title case opens ("PART II, ITEM 1.
    LEGAL PROCEEDINGS"), on a line that stands as a heading: a blank line (or a page break)
    above, and nothing but the title on it. A reference wrapped to a line start reads on from
    the line above ("... see" / "Part II, Item 7. Management's Discussion ..."); one opening a
    paragraph runs on in lower case ("Part I, Item 2 of this report", "Part II, Item 1A.
    Risk Factors, of our Annual Report ... describes"); a bare "Part I, Item 1A" is a link.
    The usual checks follow."""
    title = rest.lstrip(_SEPARATORS).rstrip()
    if not title[:1].isupper():
        return False
    above = _previous_line(text, line_start).strip()
    if above and above[:6].upper() != "<PAGE>":
        return False
    return all(m.group() in _TITLE_LOWER for m in _COMMA_RUN_ON.finditer(title))


def _runs_on_lower(line: str) -> bool:
    """A line opening in lower case, not on a list's letter ("and Exhibits", not "a) ...")."""
    return _LOWER_START.match(line) is not None and _ENUMERATOR.match(line) is None


def _set_apart(above: str) -> bool:
    """The line above a heading leaves it standing: blank, a page break, a sentence's end, or
    a heading or page head of its own ("Table of Contents", the company's name)."""
    return not above or above[:6].upper() == "<PAGE>" or _SENTENCE_END.search(above) is not None \
        or _title_case(above)


def _has_letters(line: str) -> bool:
    return any(map(str.isalpha, line))  # (no generator frame: about 2x faster)


def _title_case(line: str) -> bool:
    words = [w.strip("\"'\u201c\u201d(),;:") for w in line.split()]
    long = [w for w in words if len(w) > 3 and w[:1].isalpha()]
    if not long:
        return bool(words) and all(w[:1].isupper() or not w[:1].isalpha() for w in words)
    return sum(w[0].isupper() for w in long) / len(long) >= 0.75


def _next_line(text: str, eol: int) -> tuple[str, int]:
    """The line after the newline at `eol` and its end offset ("" at end of text)."""
    if eol >= len(text):
        return "", len(text)
    end = text.find("\n", eol + 1)
    end = len(text) if end < 0 else end
    return text[eol + 1 : end], end


def _past_underline(text: str, eol: int) -> int:
    """The end of a heading's underline, on the next line or after one blank line (see
    _RULE_MARKS); `eol` when there is none."""
    line, end = _next_line(text, eol)
    if line and _UNDERLINE.fullmatch(line):
        return end
    if line.strip() or end >= len(text):
        return eol
    rule, after = _next_line(text, end)
    if _UNDERLINE.fullmatch(rule) and len(rule.strip(" \t\xa0")) - rule.count(" ") >= _RULE_MARKS:
        return after
    return eol


def _head_below(text: str, eol: int, family: str | None, numbers: list[str]) -> int:
    """The end of a running head printed right under a bare heading with no title, past up
    to 3 blank lines or an underline as _title_below walks ("ITEM 7." / "APPLE COMPUTER" /
    "OVERVIEW", the head repeated atop the pages, see _running_head): the item's text opens
    under it; `eol` when the first line there is none."""
    at = eol
    for _ in range(4):
        line, end = _next_line(text, at)
        if end == at:
            return eol
        if line.strip() and not _UNDERLINE.fullmatch(line):
            return end if _running_head(_tidy_title(line), line, text, family, numbers) else eol
        at = end
    return eol


def _title_below(text: str, eol: int, family: str | None, numbers: list[str]
                 ) -> tuple[str, int, int] | None:
    """(title, its offset, end of its line): a title printed on its own line under a bare
    "Item 5." (skipping up to 2 blank lines and an underline)."""
    heading_eol = eol
    for _ in range(4):
        line, end = _next_line(text, eol)
        if end == eol:
            return None
        if line.strip() and not _UNDERLINE.fullmatch(line):  # "Item 5.\n- -------\n\nOther"
            break
        eol = end
    else:
        return None
    candidate = _tidy_title(line)
    raw = _spaced(line)
    start = eol + 1 + len(line) - len(line.lstrip())
    furniture = _furniture(candidate, family, numbers)
    if furniture and (past := _title_past_furniture(text, end, family, numbers)):
        return past  # "Item 2.02" / "HORIZON FINANCIAL CORP." / "Results of Operations ..."
    if furniture and _repeated_line(text, line.strip()):
        return None  # "ITEM 7." / "APPLE COMPUTER" (atop each page) / "OVERVIEW": no title
        # (a running head, see _running_head; nor is a caption the filing prints under
        # other headings too, "GENERAL": the text's, _head_below leaves it there)
    if _statement_caption(candidate) or furniture and any(
            _statement_caption(_tidy_title(nxt)) or _period_under(text, nxt_end)
            for nxt, _, nxt_end in islice(_past_furniture(text, end, family, numbers), 1)):
        return None  # "ITEM 8." / ("ACME CORP. AND SUBSIDIARIES") / "CONSOLIDATED INCOME
        # STATEMENTS": a statement's caption (and the name over it) opens the text
    if _period_under(text, end) and _catalogue_match(family, numbers, candidate) < 0.5:
        return None  # "ITEM 8." / "SELECTED QUARTERLY DATA" / "FOR THREE YEARS ENDED ...": a
        # table's caption over the period it covers, the text's
    if eol - heading_eol >= 2 and _page_head(candidate, text, start):  # (2 blank lines)
        return None  # "Item 2.03" / page break / "ASTA FUNDING, INC." / "The information ...":
        # a running head, no title (the text opens under it, see _past_page_head)
    if candidate and candidate[0].isupper() and _title_then_text(raw, family, numbers):
        return raw, start, end  # the form's title run into the text ("Results of Operations
        # and Financial Condition. On May 1, ..."), split by the caller
    if candidate[:1].isupper() and (candidate.upper() == candidate or _title_case(candidate)) \
            and _headline(candidate, text, eol + 1):
        return None  # "ITEM 5." / "CTC COMMUNICATIONS ANNOUNCES VOICE SERVICES ...": the text's
        # (before a run-in's cut: "ACME CORP. ANNOUNCES ..." is no title "ACME CORP")
    if candidate[:1].isupper() and _own_run_in(raw, family, numbers) and not HEADING.match(line):
        return raw, start, end
    if candidate[:1].isupper() and _named_below(raw, text, eol + 1) and not HEADING.match(line):
        return raw, start, end  # "Item 5." / "Sale of Assets Acme Corp. announced ..."
    if not candidate or len(candidate) > 200 or HEADING.match(line) or _LOWER_START.match(
            candidate) or _PAGE_NUMBER.match(candidate) or NOT_APPLICABLE.match(candidate):
        return None  # "None." under "Item 4." is the item's text, not its title
    after, _ = _next_line(text, end)
    if _runs_on_lower(after := after.strip()) and not _CONTINUES.search(candidate) and (
            not _completes(family, numbers, candidate, f"{candidate} {after}")):
        return None  # the line is the start of a wrapped paragraph, not a title (the form's
        # title wrapped before a lower-case word, "Results of Operations" / "and Financial
        # Condition", is one)
    if _catalogue_match(family, numbers, candidate) >= 0.5:
        return raw, start, end
    if len(candidate.split()) > 12 and not _long_title(text, end, candidate) or \
            candidate.endswith(",") or _YEAR.search(candidate):
        return None  # prose ("On October 7, 1996, the Company completed the acquisition of")
    if _PROSE_OPENER.match(candidate) and candidate.upper() != candidate:
        return None  # "Incorporated by reference to the Proxy Statement." under "ITEM 12."
    if candidate.upper() == candidate or _title_case(candidate):
        return raw, start, end
    return None


# A financial statement's caption, or its auditors' report's ("CONSOLIDATED INCOME
# STATEMENTS", "Condensed Consolidated Statements of Cash Flows", "BALANCE SHEETS", "REPORT OF
# INDEPENDENT ACCOUNTANTS"): the text's first line under a bare heading, never its title
_STATEMENT_CAPTION = lazy(
    r"(?i:(?:(?:condensed|consolidated|combined)[ \t\xa0]+){0,2}(?:statements?[ \t\xa0]+of"
    r"[ \t\xa0]+(?:income|operations|earnings|loss|cash[ \t\xa0]+flows?|financial"
    r"[ \t\xa0]+(?:position|condition)|(?:stockholders|shareholders|changes|comprehensive)\S*)"
    r"|balance[ \t\xa0]+sheets?|income[ \t\xa0]+statements?"
    r"|report[ \t\xa0]+of[ \t\xa0]+independent|independent[ \t\xa0]+auditors?\S*[ \t\xa0]+report)"
    r")\b")


def _statement_caption(line: str) -> bool:
    """A short line opening on a financial statement's caption (see _STATEMENT_CAPTION): a
    caption of a statement the item prints, not the item's title ("title as printed")."""
    return len(line) <= _STACKED_CHARS and _STATEMENT_CAPTION.match(line) is not None


# The period a statement or table covers, on the line under its caption ("FOR THREE YEARS
# ENDED DECEMBER 31, 2000", "For the Years Ended December 31, 2000 and 1999", "AS OF JUNE 30,
# 1999"): "for" or "as of" / "at", then "ended" / "ending" or a year within the line
_PERIOD_LINE = lazy(r"(?i:for|as[ \t\xa0]+of|at)[ \t\xa0][^\n]{0,60}?"
                    r"(?:\b(?i:ended|ending)\b|\b(?:19|20)\d\d\b)")


def _period_under(text: str, eol: int) -> bool:
    """The line right under the one ending at `eol` (no blank line between) states a
    statement's or table's period (see _PERIOD_LINE), short as a caption's line is."""
    line, _ = _next_line(text, eol)
    line = line.strip()
    return len(line) <= _STACKED_CHARS and _PERIOD_LINE.match(line) is not None


_FURNITURE_LINES = 3  # a page's head lines: the company's name, "Form 8-K", "Table of Contents"
_FURNITURE_WORDS = 8


def _furniture(line: str, family: str | None, numbers: list[str]) -> bool:
    """A line that may be a page's running head (or foot) set between a bare heading and its
    title where a page breaks ("HORIZON FINANCIAL CORP.", "Form 8-K", "Table of Contents"):
    short, in capitals or title case, no sentence, no heading or lettered part, not the
    form's title for the number."""
    return bool(line) and len(line.split()) <= _FURNITURE_WORDS and line[0] not in "(\"'" and (
        line.upper() == line or _title_case(line)) and not _LOWER_START.match(line) and (
        _STOP.search(line) is None and HEADING.match(line) is None
        and (_FORM_NAME.fullmatch(line) is not None
             or _catalogue_match(family, numbers, line) < 0.5))


# A form's name alone, a page's running head ("Form 8-K", "FORM 10-K405", "Form 10-Q/A"):
# furniture though the form's title names a form ("Reports on Form 8-K", old 10-K Item 14)
_FORM_NAME = lazy(r"(?i:form)[ \t\xa0]{1,3}\d{1,2}-[A-Z]{1,3}(?:\d{1,3})?(?:/A)?")


def _title_past_furniture(text: str, eol: int, family: str | None, numbers: list[str]
                          ) -> tuple[str, int, int] | None:
    """(title, its offset, end of its line) of the form's title for a bare heading's number
    printed under up to 3 lines of a page's head or foot (see _furniture; the first line,
    ending at `eol`, is one): "Item 2.02" / "" / "HORIZON FINANCIAL CORP." / "" / "Results of
    Operations and Financial Condition", the heading at a page's foot. The title line is the
    form's title alone, its first words wrapped ("Results of Operations and"), or a line of
    two words or more in capitals or title case worded as it ("FINANCIAL STATEMENTS AND
    SUPPLEMENTAL DATA", see _worded_title); None when another line comes first."""
    for line, start, end in _past_furniture(text, eol, family, numbers):
        nxt = line.strip()
        if _standard_prefix(nxt, family, numbers) == len(nxt) or _key_word(
                nxt, family, numbers) or (
                len(cat.words(nxt)) >= 2 and (_completes(family, numbers, "", nxt) or (
                    _worded_title(nxt, family, numbers)))):
            return _spaced(line), start + 1 + len(line) - len(line.lstrip()), end
    return None


def _past_furniture(text: str, eol: int, family: str | None, numbers: list[str]
                    ) -> Iterator[tuple[str, int, int]]:
    """(line, end of the line before it, its end) of each non-blank line under a page's head
    or foot, the head's first line ending at `eol`: the caller takes the first it wants; the
    walk stops past a line that is no furniture (_furniture) or past _FURNITURE_LINES of it."""
    skipped = 1
    for _ in range(3 * _FURNITURE_LINES):
        line, end = _next_line(text, eol)
        if end == eol:
            return
        if nxt := line.strip():
            yield line, eol, end
            if skipped == _FURNITURE_LINES or not _furniture(_tidy_title(nxt), family, numbers):
                return
            skipped += 1
        eol = end


_WORDED = 0.75  # share of a title line's words that are the form's title's
# The parts a form's title lists ("Financial Statements and Exhibits", "Exhibits, Financial
# Statement Schedules, and Reports on Form 8-K"): split at its commas and "and"s
_TITLE_PARTS = lazy(r",\s*(?:and\s+)?|\s+and\s+")


def _key_word(line: str, family: str | None, numbers: list[str]) -> bool:
    """A one-word title line (in capitals or title case, its stop allowed) that is one of the
    parts the form's title for the number lists ("EXHIBITS" for an old 8-K's Item 7,
    "Financial Statements and Exhibits"; "Properties"): a filer's short form of the title,
    past a page's head. Any other word ("SALES") is no title there."""
    got = cat.words(line)
    if len(got) != 1 or len(line) > 40 or not (line.upper() == line or _title_case(line)):
        return False
    parts = ("I", "II") if family == cat.TEN_Q else (None,)
    return any(cat.words(piece) == got for number in numbers for part in parts
               for title in cat.titles(family, number, part)
               for piece in _TITLE_PARTS.split(title))


def _worded_title(line: str, family: str | None, numbers: list[str]) -> bool:
    """A line that words the form's title for the number the filer's way: a heading (in
    capitals or title case, no stop inside) whose words are mostly the title's ("MANAGEMENT'S
    DISCUSSION AND ANALYSIS OF RESULTS OF OPERATIONS AND FINANCIAL CONDITION")."""
    return (line.upper() == line or _title_case(line)) and _STOP.search(line) is None and (
        _catalogue_match(family, numbers, line) >= _WORDED)


def _own_run_in(raw: str, family: str | None, numbers: list[str]) -> bool:
    """A filer's own title run into the text under a bare heading, as HTML sets it in one
    paragraph ("Sale of the Headquarters Building. Acme Corp. announced ...", "OTHER EVENTS
    On May 1, ..."): before where _split_run_in cuts, at most 12 words in title case, no
    year, no prose opening."""
    split = _capitals_then_text(raw) or _titled_then_text(raw) or _run_in(raw, family, numbers)
    if split is None:
        return False
    head = split[0]
    return len(head.split()) <= 12 and _title_case(head) and not (
        _YEAR.search(head) or _PROSE_OPENER.match(head) or NOT_APPLICABLE.match(head))


def _named_below(raw: str, text: str, line_start: int) -> bool:
    """A filer's own title run into a sentence whose subject is a firm, on the line under a
    bare heading ("Item 5." / "Sale of Assets Acme Corp. announced ...", "SALE OF ASSETS HHCA
    sold ..."; see _named_then_text, _capitals_named_then_text): one name to read (see
    _one_cut), a title of 2 words or more (one word before a name is the name's: "Sophiris
    Bio Inc. announced ..." is the text) not opening on "The" ("THE ACME GROUP announced"),
    in title case or capitals, no year, no prose opening."""
    split = _named_then_text(raw, text, line_start, only=True) or _capitals_named_then_text(
        raw, text, line_start, only=True)
    if split is None:
        return False
    head = split[0]
    return 2 <= len(head.split()) <= _OWN_TITLE_WORDS and head[:4].lower() != "the " and (
        head.isupper() or _title_case(head)) and not (
        _YEAR.search(head) or _PROSE_OPENER.match(head) or NOT_APPLICABLE.match(head))


_LONG_TITLE_WORDS = 24  # a filer's own title under a bare heading, set as a paragraph

# A press release's verb of news after the firm's name opening its headline ("CTC
# COMMUNICATIONS ANNOUNCES ...", "Acme Corp. Reports ..."), in the headline's case
_NEWS_VERBS = ("announces", "reports", "completes", "enters", "agrees", "signs", "acquires",
               "sells", "receives", "declares", "issues", "names", "appoints", "elects",
               "launches", "files", "settles", "commences", "posts", "releases", "raises")
_NEWS_VERB = lazy(r"[^\S\n]+(?:" + "|".join(
    f"{v.upper()}|{v.title()}" for v in _NEWS_VERBS) + r")(?![A-Za-z])")
_HEADLINE_NAME = 5  # words of the firm's name before the verb


def _headline(candidate: str, text: str, line_start: int) -> bool:
    """A press release's headline under a bare heading, not the item's title: in capitals or
    title case (checked by the caller), opening with a firm's name the filing prints above
    the heading (the cover's "CTC COMMUNICATIONS GROUP, INC.") and a verb of news in the
    present tense: "ITEM 5." / "CTC COMMUNICATIONS ANNOUNCES VOICE SERVICES SOFTSWITCH IN
    OPERATION AND" / ... (a filer's own title names no firm first: "SALE OF ASSETS")."""
    m = _NEWS_VERB.search(candidate)
    if m is None or not 1 <= len(name := candidate[: m.start()].split()) <= _HEADLINE_NAME \
            or not candidate[m.end() :].strip():
        return False  # (the verb's object follows it: "ACME REPORTS" alone is no headline)
    if len(name) > 1 and name[-1].upper().rstrip(".,") in _NAME_CLOSERS:
        return True  # a firm's name closed on its legal form ("ACME CORP. ANNOUNCES ..."), the
        # filing printing it above or not (another firm's release)
    above = " ".join(text[: min(line_start, cat.COVER_LIMIT)].split()).lower()
    return f" {' '.join(name).lower()} " in f" {above} "


def _long_title(text: str, end: int, candidate: str) -> bool:
    """A title of more than 12 words under a bare heading, in a paragraph of its own (HTML's
    "Item 8.01" / "Other Events \u2013 Completion of the Sale of ..."): in title case, not in
    capitals (a legend's line), no stop inside, ending no phrase; under it a blank line or
    the text's first sentence (not in title case: a title-case line would be its wrap)."""
    if len(candidate.split()) > _LONG_TITLE_WORDS or candidate.upper() == candidate or not (
            _title_case(candidate)) or _STOP.search(candidate) or _CONTINUES.search(candidate):
        return False
    nxt = _next_line(text, end)[0].strip()
    return not nxt or not _title_case(nxt) and not _LOWER_START.match(nxt)


# A sentence stop inside a heading line: after a word of 4+ letters ("Events.", not "U.S." or
# "No."), before what opens a sentence. (The stop first, the word behind it: the engine skips
# to each "." or ":" instead of trying the lookbehind at every character.)
_STOP = lazy(r"[.:](?<=[A-Za-z]{4}[.:])[ \t]+(?=[A-Z0-9(\"\u201c])")
_NOT_A_STOP = ("Corp", "Bros", "Assn")  # abbreviations of 4 letters


def _run_in(raw: str, family: str | None, numbers: list[str]) -> tuple[str, str] | None:
    """(title, text) of a heading run into its item's text on one line: "Item 8.01. Other
    Events. On May 1, 2008, Acme Corp. announced ...". The title must be the form's for the
    number, or the text after the stop long (more than 4 words): "Item 1.01 Credit
    Agreement. Amendment No. 2" keeps its title whole."""
    for m in _STOP.finditer(raw):
        head, rest = raw[: m.start()], raw[m.end() :]
        if head.endswith(_NOT_A_STOP):
            continue
        if _catalogue_match(family, numbers, head) >= 0.6 or len(rest.split()) > 4:
            return _split(raw, m.start(), family, numbers)
        return None
    return None


def _split_run_in(raw: str, family: str | None, numbers: list[str], text: str = "",
                  line_start: int = 0) -> tuple[str, str] | None:
    """(title, text) of a heading line run into its text: after the form's title, after a
    title in capitals or the filer's own in title case (before a sentence's opener or a
    firm's name, see _named_then_text: `text` is the filing, the heading's line at
    `line_start`), or at a stop; None when the line is all title."""
    below = _line_below(text, line_start, raw)
    if _firm_opens(raw, text, line_start):
        return "", raw  # "Item 2.02 Sophiris Bio Inc. announced ...": all of it is text
    return _title_then_text(raw, family, numbers) or _capitals_then_text(raw, below) or (
        _titled_then_text(raw)) or _named_then_text(raw, text, line_start, below) or (
        _capitals_named_then_text(raw, text, line_start)) or _run_in(raw, family, numbers)


def _line_below(text: str, line_start: int, raw: str) -> str:
    """The line under the heading's line at `line_start` (stripped), when `raw` closes that
    line (not a title joined over more lines); else ""."""
    eol = text.find("\n", line_start)
    if eol < 0 or not text[line_start:eol].rstrip().endswith(raw[-20:]):
        return ""
    return _next_line(text, eol)[0].strip()


def _split(raw: str, end: int, family: str | None, numbers: list[str]
           ) -> tuple[str, str] | None:
    """(title, text) of `raw` split at `end`; on a combined heading the other numbers' titles
    that follow stay in the title ("Items 2.02 and 7.01. Results of Operations and Financial
    Condition. Regulation FD Disclosure."); None when no text is left."""
    for _ in range(len(numbers) - 1):
        at = len(raw) - len(raw[end:].lstrip(_TITLE_GAP + ";,&"))
        stop = _STOP.search(raw, at)
        seg_end = stop.start() if stop else len(raw)
        segment = raw[at:seg_end]
        if len(segment.split()) <= 20 and _catalogue_match(family, numbers, segment) >= 0.6:
            end = seg_end
            continue
        prefix = _standard_prefix(raw[at:], family, numbers)
        if prefix < 0:
            break
        end = at + prefix
    rest = raw[end:].lstrip(_TITLE_GAP)
    return (raw[:end], rest) if rest else None


_TOKEN = lazy(r"\S+")
_SUB_MARK = lazy(r"\([a-zA-Z0-9]{1,3}\)")  # "(d) Exhibits" opening the text of Item 9.01
# a lower-case word or a figure: what a sentence has and a title-case tail ("With Bank of
# America, N.A.") or an upper-case heading's words lack (a form's number is a title's: "...
# FINANCIAL STATEMENT SCHEDULES AND REPORTS ON FORM 8-K" after a 10-KSB's "EXHIBITS,", also
# "FORMS 8-K", "Forms 8-K and 10-Q", "Form No. 8-K", "Form 8-Ks": digits and capitals)
_SENTENCE_WORD = lazy(r"\b[a-z]{4,}|(?<!\d)\d(?!\d?-?[A-Z]{1,3}s?(?![A-Za-z]))")
_TITLE_GAP = " \t\xa0.:;-\u2013\u2014"
# "Legal Proceedings - None", "Submission of Matters ... -- None.": the answer after a dash
_DASH_ANSWER = lazy(
    r"(?<![^\S\n])[^\S\n]++(?:--?|[\u2013\u2014])[^\S\n]*+"
    r"((?:None|NONE|Not [Aa]pplicable|NOT APPLICABLE|N/A|Inapplicable)\.?)[^\S\n]*$")


@cache
def _standard_words(family: str | None, number: str, part: str | None
                    ) -> tuple[tuple[str, ...], ...]:
    titles = cat.titles(family, number, part)
    if family == "8-K" and number in _LONG_CAPTIONS:
        # the 8-K form's longer wording too: a heading wrapped in it ("Other Events and
        # Regulation FD" / "Disclosure.", flush left or after a tab) is joined, as the title's
        titles = (*titles, _LONG_CAPTIONS[number])
    return tuple(w for w in (tuple(cat.words(t)) for t in titles) if w)


_HEAD_CHARS = 300  # a run-in line's head, read for the standard title's words it opens with
_SPACE = lazy(r"\s")


def _printed_words(raw: str, most: int) -> tuple[str, ...]:
    """cat.words(raw); of a long line (a heading run into its paragraph) only those of its
    head, cut at a space, when it holds more than `most` words: no title reads further."""
    if len(raw) > _HEAD_CHARS and (cut := _SPACE.search(raw, _HEAD_CHARS)) is not None:
        head = tuple(cat.words(raw[: cut.start()]))
        if len(head) > most:
            return head
    return tuple(cat.words(raw))


def _standard_prefix(raw: str, family: str | None, numbers: list[str]) -> int:
    """End offset in `raw` of the longest whole standard title it starts with, or -1: the
    longest, since an older title may open a newer one ("Exhibits" / "Exhibits and Reports
    on Form 8-K", "... Stockholder Matters" / "... Stockholder Matters and Issuer ...")."""
    parts = ("I", "II") if family == cat.TEN_Q else (None,)
    standard = [w for number in numbers for part in parts
                for w in _standard_words(family, number, part)]
    if not standard:
        return -1
    printed = _printed_words(raw, max(map(len, standard)))
    alive = [w for w in standard if len(w) <= len(printed) and printed[: len(w)] == w]
    if any(len(w) == len(printed) for w in alive):
        return len(raw)  # the whole title (most headings)
    got: tuple[str, ...] = ()
    best = -1
    for m in _TOKEN.finditer(raw):
        if not alive:
            break
        token = cat.words(m.group())
        if not token:  # "of", "and": a title does not end on them
            continue
        got += tuple(token)
        n = len(got)
        alive = [w for w in alive if len(w) >= n]
        if any(len(w) == n for w in alive):
            best = m.end()
    return best


def _title_then_text(raw: str, family: str | None, numbers: list[str]
                     ) -> tuple[str, str] | None:
    """(title, text) of a heading run into its text with no stop between: "Item 2.02 Results
    of Operations and Financial Condition On May 1, 2008, ..." (a bold heading and its
    paragraph in HTML), "Legal Proceedings - None". The title must be the form's for the
    number and the text read as a sentence (more than 4 words, one in lower case or a figure)
    or open with a "(d)" mark; else the words stay in the title ("Other Events and ...")."""
    answer = _DASH_ANSWER.search(raw) if raw.rstrip(". ").endswith(
        ("None", "NONE", "pplicable", "PPLICABLE", "N/A")) else None
    if answer is not None:
        return raw[: answer.start()], answer.group(1)
    end = _standard_prefix(raw, family, numbers)
    if end < 0:
        return None
    rest = raw[end:].lstrip(_TITLE_GAP)
    if not rest or not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "(\"\u201c"):
        return None
    if rest[0] == "(" and not _SUB_MARK.match(rest):
        # a caption in brackets after the title is the heading's ("Item 9. Regulation FD
        # Disclosure (Information furnished pursuant to Item 12, Results of Operations and
        # Financial Condition)", 2003): the text, if any, follows its ")"
        # (with text run on after its ")", the bracket opens the text: "Other Events (On May
        # 1, 2008, Acme (the "Company") announced ...) The redemption ...")
        close = rest.find(")")
        if close < 0 or not rest[close + 1 :].strip(_TITLE_GAP):
            return None
    if _SUB_MARK.match(rest) or (len(rest.split()) > 4 and _SENTENCE_WORD.search(rest, 0, 80)):
        return _split(raw, end, family, numbers)
    return None


# A list's mark closing a title in capitals run on into its lettered parts ("INFORMATION ON
# THE COMPANY A. History and Development ...", 20-F): the text's, not the title's
_LIST_MARK = lazy(r"(?:[A-Z0-9]{1,2}[.)]|\([A-Za-z0-9]{1,3}\))")


def _capitals_then_text(raw: str, below: str = "") -> tuple[str, str] | None:
    """(title, text) of a title in capitals run into its text in mixed case with no stop
    between, a title not the form's ("ITEM 5. OTHER EVENTS On May 1, 2001, the Company
    ...", a 10-K; "ITEM 9. CHANGES IN ACCOUNTANTS None."): cut before the first word in
    lower case, when it opens a sentence (in title case, the text reading as one: more than 4
    words, one in lower case or a figure; or an answer, "None."). A title with a stop inside
    is _run_in's; one ending on "AND" or "OF" goes on; a bracket after it is its own. A
    firm's name closing the line is the text too when its sentence goes on on the line
    `below` ("ITEM 5. OTHER EVENTS Home Health Corporation of America, Inc." / "("HHCA")
    entered into ...", see _firm_goes_on)."""
    if not raw[:2].isupper() or (low := _LOWER_START.search(raw)) is None:
        return None
    cut = raw.rfind(" ", 0, low.start()) + 1
    if cut == 0:
        return None
    head, rest = raw[:cut].rstrip(), raw[cut:]
    first = rest.split(None, 1)[0].lstrip("\"\u201c")
    if not (first[:1].isupper() and first[1:2].islower() or _SUB_MARK.match(rest)) or any(
            map(str.isupper, first[1:])):
        return None  # "... McDONALD'S", "... SECTION 16(a) OF ...": no sentence opens
    if " " in head and _LIST_MARK.fullmatch(head[head.rfind(" ") + 1 :]):
        cut = head.rfind(" ") + 1  # "... COMPANY A. History ...": the mark opens the text
        head, rest = head[:cut].rstrip(), raw[cut:]
    if len(head) < 4 or _STOP.search(head) or _CONTINUES.search(head):
        return None
    if NOT_APPLICABLE.match(rest) or _SUB_MARK.match(rest) or (
            len(rest.split(None, 5)) > 4 and _SENTENCE_WORD.search(rest, 0, 80)) or (
            below and _firm_goes_on(rest, below)):
        return head, rest
    return None


# A firm's name closing a heading's line on its legal form, maybe its defined name after it
# ("... Inc. ("HHCA")"); and how its sentence goes on on the next line: a word in lower case
# or that defined name ("entered into ...", "("HHCA") entered into ...")
_FIRM_CLOSES = lazy(
    r",?[^\S\n]+(?P<form>Corp\.|Corporation|Inc\.|Incorporated|Co\.|Company|Ltd\.|Limited|LLC"
    r"|L\.P\.|N\.A\.|plc|PLC|Bancorp|Holdings)(?:,?[^\S\n]+\((?:the[^\S\n]+)?[\"\u201c]"
    r"[^()\n]{1,40}\))?+,?$")
_SENTENCE_GOES_ON = lazy(r"[a-z]{2,}\b|\((?:the[^\S\n]+)?[\"\u201c]")
_FIRM_LINE = 100  # characters of a firm's name


def _firm_goes_on(rest: str, below: str) -> bool:
    """True when `rest` is a firm's name (at most 4 words in capitals before its legal form,
    "of" and "and" between them) whose sentence goes on on the line `below`."""
    if len(rest) > _FIRM_LINE or not _SENTENCE_GOES_ON.match(below) or (
            form := _FIRM_CLOSES.search(rest)) is None:
        return False
    words = rest[: form.start()].split()
    named = [w for w in words if w not in _SMALL]
    return 0 < len(named) <= _NAME_WORDS and all(w[:1].isupper() for w in named)


# Where a sentence opens after a filer's own title in title case, with no stop between: a
# date after "On", "Effective" or "As of" ("... On May 1, 2001, the Company ..."), or a
# subject and, within two words in capitals, a word in lower case ("... The Company is ...",
# "... We have ...", "... No reports were ..."; not "... The Company and Its Subsidiaries",
# "... The Merger Agreement with Acme": a name goes on)
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November"
           "|December")
_OPENS = lazy(rf"[^\S\n](?:(?:On|Effective|As[^\S\n]of)[^\S\n]+(?:{_MONTHS})[^\S\n]+\d"
              r"|(?:The|We|Our|There|This|During|No|Pursuant)[^\S\n]+"
              r"(?:[A-Z][\w'\u2019.,-]{0,30}[^\S\n]+){0,2}"
              r"(?!(?:and|or|of|with|for|in|on|at|to|from|by|under|between|among)\b)[a-z]{2,})")
_OWN_TITLE_WORDS = 12
_OWN_RUN_ON_SPACES = 5  # a title's word, then a sentence of more than 4 words
_SMALL = frozenset("of and or the a an to in for on with by at from under".split())  # any case


def _titled_then_text(raw: str) -> tuple[str, str] | None:
    """(title, text) of a filer's own title in title case run into its text with no stop
    between ("Item 3. Litigation The Company is a party to ...", "Item 5. New Product On May
    1, 2001, the Company ..."): cut where a sentence opens (_OPENS), the title before it at
    most 12 words in title case, ending on no "of" or "and", the text reading as a sentence.
    A title with a stop in it is _run_in's."""
    if not raw[:1].isupper() or raw.count(" ") < _OWN_RUN_ON_SPACES:
        return None  # (most headings: a short title alone, fewer words than title and text)
    for m in _OPENS.finditer(raw, 0, _HEAD_CHARS):
        head, rest = raw[: m.start()], raw[m.start() + 1 :]
        if _STOP.search(raw, 0, m.start() + 2):
            return None  # (a stop closing the head too: "... Inc. announced a sale. On May")
        if len(head.split()) > _OWN_TITLE_WORDS:
            return None
        if _CONTINUES.search(head) or head[head.rfind(" ") + 1 :].lower() in _SMALL or (
                not _title_case(head)) or _PROSE_OPENER.match(head):
            continue  # "Acquisition of The Dial Corporation ...": the title goes on
        if len(rest.split(None, 5)) > 4 and _SENTENCE_WORD.search(rest, 0, 80):
            return head, rest
    return None


# A verb in the past tense (or "has"/"had"/"have" and one) after a firm's name: its sentence
# opens ("HHCA and USHO have entered into ..."); so does one of a filer's verbs of news in the
# present tense ("Acme Corp. announces ...", "HHCA reports ...", a press release's wording)
_PAST_VERB = (r"(?:(?:has|had|have)[^\S\n]+)?"
              r"(?:[a-z]{2,20}ed|sold|paid|made|became|began|bought|held|sent|won|took|gave|lost"
              r"|led|sought|chose|withdrew|grew|brought"
              r"|(?:announce|report|complete|enter|agree|sign|acquire|sell|receive|declare|issue"
              r"|name|appoint|elect|terminate|amend|close|launch|file|settle|commence)s)\b")
# A firm's name closing on its legal form, maybe its defined name in brackets ("(the
# "Company")", "("HHCA")"), then a verb in the past tense (or "has"/"had" and one): the
# subject of a sentence run on after a filer's own title ("Item 5. Sale of Assets Acme
# Corp. sold ...", "... Apple Computer, Inc. has entered into ..."); the name's words
# before its form are counted back from it (_named_then_text)
_FIRM_AND_VERB = lazy(
    r"(?:,?[^\S\n]+(?P<form>Corp\.|Corporation|Inc\.|Incorporated|Co\.|Company|Ltd\.|Limited|LLC"
    r"|L\.P\.|N\.A\.|plc|PLC|Bancorp|Holdings))"
    r"(?:,?[^\S\n]+\((?:the[^\S\n]+)?[\"\u201c][^()\n]{1,40}\))?+"  # ("the "Company"")
    rf",?[^\S\n]+{_PAST_VERB}")
_NAME_WORDS = 4  # words of a firm's name before its legal form ("Bank of America")


def _named_then_text(raw: str, text: str, line_start: int, below: str = "", only: bool = False
                     ) -> tuple[str, str] | None:
    """(title, text) of a filer's own title in title case run into a sentence whose subject is
    a firm, with no stop between ("Item 5. Sale of Assets Acme Corp. sold ..."; the stop in
    "Corp." is no title's end): cut before the firm's name, where the title before it ends on
    no small word, is in title case and at most 12 words. The name's words in capitals are
    counted back from its legal form ("of" between them kept: "Bank of America"): the longest
    name the filing's cover prints above the heading too ("Apple Computer, Inc."), else the
    shortest ("Acme Corp."). The name may close the line, its sentence going on on the
    line `below` ("Item 5. Merger Agreement Home Health Corporation of America, Inc." /
    "("HHCA") entered into ..."). With `only`, a name the cover does not print must leave one
    cut (see _one_cut)."""
    if not raw[:1].isupper() or raw.count(" ") < _OWN_RUN_ON_SPACES:
        return None
    m = _FIRM_AND_VERB.search(raw, 0, _HEAD_CHARS)
    if m is None and below and len(raw) <= _HEAD_CHARS and _SENTENCE_GOES_ON.match(below):
        m = _FIRM_CLOSES.search(raw)
    if m is None:
        return None
    head = raw[: m.start()]
    if any(not head[: s.start()].endswith(_NOT_A_STOP) for s in _STOP.finditer(head)):
        return None  # a title with a stop in it is _run_in's ("Acme Corp." has none)
    cuts: list[int] = []  # where the name may open, nearest its form first
    named = 0  # the name's words in capitals so far ("of" uncounted: "Home Health Corporation
    # of America, Inc." is 4 words)
    for t in reversed(list(_TOKEN.finditer(head))[1:]):  # (not the title's 1st)
        if _joins_name(t.group()):
            continue  # "Bank of America", "BANK OF AMERICA": the name goes on
        if not t.group()[0].isupper():
            break
        if (named := named + 1) > _NAME_WORDS:
            break
        if t.group().upper().rstrip(".,") in _NAME_CLOSERS:
            continue  # "Acme Holdings Inc.": "Holdings Inc." is no name
        title = head[: t.start()].rstrip()
        if len(title.split()) <= _OWN_TITLE_WORDS and _title_case(title) and not (
                _CONTINUES.search(title) or title[title.rfind(" ") + 1 :].lower() in _SMALL
                or _mixed_case(title) or _splits_party(title) or _opens_name(title)):
            cuts.append(t.start())
    if not cuts:
        return None
    printed = " ".join(text[: min(line_start, cat.COVER_LIMIT)].split()).lower()
    cut = next((c for c in reversed(cuts)
                if " ".join(raw[c : m.end("form")].split()).lower() in printed), None)
    return _one_cut(raw, cuts, cut, only)


def _one_cut(raw: str, cuts: list[int], printed: int | None, only: bool
             ) -> tuple[str, str] | None:
    """(title, text) of `raw` cut at the name the cover `printed`, else at the shortest name;
    with `only` (a line under a bare heading, which most often is the text: "Acme Bio
    Holdings Inc. announced ...") None when more than one name could be read."""
    if printed is None and only and len(cuts) > 1:
        return None
    cut = cuts[0] if printed is None else printed
    return raw[:cut].rstrip(), raw[cut:]


_CAPITALS_AND_VERB = lazy(rf"[^\S\n]+{_PAST_VERB}")
# Words that close a firm's name in capitals, never open it ("ACME CORP sold ...": the name is
# "ACME CORP", not "CORP")
_NAME_CLOSERS = frozenset("CORP CORPORATION INC INCORPORATED CO COMPANY LTD LIMITED LLC LP L.P "
                          "PLC N.A HOLDINGS BANCORP GROUP".split())


def _capitals_named_then_text(raw: str, text: str, line_start: int, only: bool = False
                              ) -> tuple[str, str] | None:
    """(title, text) of a filer's own title run into a sentence whose subject is a firm named
    in capitals with no legal form, then its verb ("ITEM 5. SALE OF ASSETS HHCA sold its
    ...", "Item 5. Sale of Assets HHCA sold ..."): cut before the name, at most 4 words in
    capitals counted back from the verb (small words between them kept: "THE COMPANY"); the
    longest the filing prints above the heading ("HOME HEALTH sold ..."), else the shortest
    that leaves a title (in capitals or title case, at most 12 words, ending on no small
    word, no stop in it), the name opening on no legal form ("ACME CORP sold ...": "ACME
    CORP"). The text must read as a sentence (more than 4 words)."""
    if not raw[:1].isupper() or raw.count(" ") < _OWN_RUN_ON_SPACES or (
            m := _CAPITALS_AND_VERB.search(raw, 0, _HEAD_CHARS)) is None:
        return None
    head = raw[: m.start()]
    if _LOWER_START.search(head[head.rfind(" ") + 1 :]) or len(raw[m.start() :].split(None, 5)) < 5:
        return None  # (the word before the verb in lower case: no name in capitals)
    cuts: list[int] = []
    named = 0
    for t in reversed(list(_TOKEN.finditer(head))[1:]):  # (not the title's 1st)
        word = t.group()
        if word.lower() in _SMALL:
            if word.lower() != "the":
                continue  # "BANK OF AMERICA": the name goes on ("THE COMPANY" may open it)
        elif not (word.isupper() and len(word.strip("&.,'-")) >= 2):
            break
        elif (named := named + 1) > _NAME_WORDS:
            break
        elif word.rstrip(".,") in _NAME_CLOSERS:
            continue  # (a legal form opens no name)
        title = head[: t.start()].rstrip()
        if len(title) >= 4 and len(title.split()) <= _OWN_TITLE_WORDS and (
                title.isupper() or _title_case(title)) and not (
                _STOP.search(title) or _CONTINUES.search(title)
                or title[title.rfind(" ") + 1 :].lower() in _SMALL or _splits_party(title)
                or _opens_name(title)):
            cuts.append(t.start())
    if not cuts:
        return None
    printed = " ".join(text[: min(line_start, cat.COVER_LIMIT)].split()).lower()
    cut = next((c for c in reversed(cuts)
                if f" {' '.join(head[c:].split()).lower()} " in f" {printed} "), None)
    return _one_cut(raw, cuts, cut, only)


# Words after which a party is named ("ACQUISITION BY FIRST UNION CORP", "MERGER WITH ACME
# CORP"): the capitalised words after them run to the party's legal form
_PARTY_WORDS = frozenset(("by", "with"))


def _splits_party(title: str) -> bool:
    """True when `title` ends inside a party's name: after its last "by" or "with" only
    capitalised words, none a legal form ("ACQUISITION BY FIRST" before "UNION CORP completed
    ...": the name is "FIRST UNION CORP", a title never ends on "BY", so no cut). A name
    closed on its form is done ("Agreement with Bank of America Corp." before "Acme Corp.")."""
    words = title.split()[-_NAME_WORDS - 2 :]
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if word.lower() in _PARTY_WORDS:
            return i < len(words) - 1
        if word.upper().rstrip(".,") in _NAME_CLOSERS or not (
                word[:1].isupper() or word.lower() in _SMALL):
            return False
    return False


def _joins_name(word: str) -> bool:
    """True for a small word inside a firm's name, in either case ("Bank of America", "BANK
    OF AMERICA"); "The" may open one ("The Acme Corp."), so it counts as a name's word."""
    return word.lower() in _SMALL - {"the"} and (word.islower() or word.isupper())


# Words that qualify the word after them and open many firms' names ("FIRST UNION CORP",
# "United Rentals Inc.", "NEW CENTURY CORP"): a title never ends on one before a name
_NAME_OPENERS = frozenset("first second third new united american national general "
                          "international global great royal central northern southern "
                          "eastern western".split())


def _opens_name(title: str) -> bool:
    """True when `title` ends on a word that opens a firm's name ("SALE OF ASSETS FIRST" before
    "UNION CORP completed ..."): the cut is inside the name; the whole name is cut off or
    none is (a title is no adjective left without its noun)."""
    return title[title.rfind(" ") + 1 :].lower() in _NAME_OPENERS


# A sentence opening a heading's line, its subject a firm: "The Company", "We" or a name of
# one word before its legal form, then a verb ("Item 2.02 The Company announced ...", "Item
# 1.01 Acme Corp. entered into ..."; a longer name is one when the cover prints it, see
# _firm_opens)
_COMPANY_OPENS = lazy(
    r"(?:(?:The|THE)[^\S\n]+(?:Company|COMPANY|Registrant|REGISTRANT|Corporation|CORPORATION)"
    rf"|We)[^\S\n]+{_PAST_VERB}")


def _firm_opens(raw: str, text: str, line_start: int) -> bool:
    """True when the heading's line is a sentence whose subject, a firm, opens it: no title
    ("Item 2.02 Sophiris Bio Inc. announced its results", the cover printing "Sophiris Bio
    Inc."; "Item 2.02 The Company announced ..."). A name of 2 words or more the cover does
    not print may hold a title ("Item 3. Litigation Acme Corp. sued ..."); one with a small
    word in it is a title's ("Sale of Assets Acme Corp. sold ...")."""
    if raw.count(" ") < _OWN_RUN_ON_SPACES - 1 or not raw[:1].isupper():
        return False  # (most headings: a short title, no sentence)
    if raw[:2] in ("Th", "TH", "We") and _COMPANY_OPENS.match(raw):
        return True
    if (m := _FIRM_AND_VERB.search(raw, 0, _HEAD_CHARS)) is None:
        return False
    words = raw[: m.start()].split()
    if not 0 < len(words) <= _NAME_WORDS or not all(
            w[:1].isupper() and w.lower() not in _SMALL for w in words):
        return False  # ("Sale of Assets Acme Corp. sold ...": a title's words)
    if len(words) == 1:
        return True
    printed = " ".join(text[: min(line_start, cat.COVER_LIMIT)].split()).lower()
    return " ".join(raw[: m.end("form")].split()).lower() in printed


def _mixed_case(title: str) -> bool:
    """True when a title in capitals ends on words in title case ("MERGER AGREEMENT WITH
    Home"): the name it holds goes on (a title is in one case or the other)."""
    words = [w for w in title.split() if sum(map(str.isalpha, w)) > 1]
    return any(w.isupper() for w in words) and not words[-1].isupper()


# How a sentence that names an item at a line start (an HTML paragraph, a wrapped line after a
# full stop) goes on after the item's title: "Item 1A - Risk Factors in this Form 10-K
# describes ...", "Item 8 (Financial Statements and Supplementary Data) of this report
# includes ...", "Item 3. Legal Proceedings in Note 12 is incorporated herein by reference."
# A preposition and then a place in the filing: a one-line heading runs on otherwise ("Item
# 7. Management's Discussion ... is incorporated herein by reference to pages 24 through 31
# of the Annual Report", "Item 4. ... is not applicable.", "Item 3. Legal Proceedings in
# which the Company is a party are described in Note 12").
_GOES_ON = frozenset("in of to under within".split())
_PLACES = frozenset("this these Part PART Note Notes".split())
_VERB_WORD = lazy(r"\b(?:is|are|was|were|be|been|has|have|includes?|contains?|describes?"
                  r"|discuss(?:es)?|sets|provides?|appears?|should|may|will|can)\b")


# The standard title then where the reader finds it, in another report: "Item 1A. Risk
# Factors, of our Annual Report on Form 10-K ...", "Part II - Other Information, Item 1A.
# Risk Factors, in our 2007 Form 10-K" (a 10-Q's paragraph of its own, "see" above it), or
# with no comma "... Risk Factors in our Annual Report" ("Business of the Company" is a title)
# (the standard title's end may fall after its comma: "Factors," is one token)
_ELSEWHERE = lazy(r"[\"\u201d']?+(?:(?:,|(?<=,)|(?<=,[\"\u201d']))[^\S\n]*+(?:of|in"
                  r"|included[^\S\n]+in|contained[^\S\n]+in|set[^\S\n]+forth[^\S\n]+in)"
                  r"[^\S\n]+(?:our|the|its|this)|[^\S\n]+(?:of|in)[^\S\n]+our)[^\S\n]")
# ... and, within a few words after it, the other report itself: "Properties of our
# Company", "Properties, in the United States", "Risk Factors, in the Company's view, have
# not changed" are titles (or a title run on), no reference
_REPORT = lazy(r"\b(?:(?:[Rr]eports?|[Ff]ilings?|[Pp]rospectus|(?:Proxy|Registration"
               r"|Information|proxy|registration)[^\S\n]+[Ss]tatements?)\b|Form[^\S\n]+[\dS])")
_REPORT_WORDS = 4  # "the Company's 2007 Annual Report": the words looked at after "our"


def _mentioned(title: str, family: str | None, numbers: list[str]) -> bool:
    """True when the title is the item's standard title carried on as a sentence: a word of
    _GOES_ON and one of _PLACES, then more words, with a verb among them ("Business and
    properties", "Business of the Company", 20-F "Reserved for future use" are titles), or a
    place in another report (_ELSEWHERE)."""
    verb = _VERB_WORD.search(title) is not None
    if not verb and " our " not in title and "," not in title:  # (first: most titles)
        return False
    end = _standard_prefix(title, family, numbers)
    if end < 0:
        return False
    where = _ELSEWHERE.match(title, end)
    if where is not None:
        # (the words up to a comma, a bounded slice: the title is one line)
        near = title[where.end() : where.end() + 80].split(",", 1)[0].split(None, _REPORT_WORDS)
        if _REPORT.search(" ".join(near[:_REPORT_WORDS])) is not None:
            return True
    if not verb:
        return False
    rest = title[end:].lstrip(_TITLE_GAP + ",)")
    words = rest.split(None, 3)
    return len(words) >= 3 and words[0] in _GOES_ON and words[1] in _PLACES \
        and _VERB_WORD.search(rest) is not None


# A sentence answering an item, which may restate its caption word for word ("Item 6.  There
# are no contracts, arrangements, understandings or relationships with respect to securities
# of the Issuer.", "Item 7. No material is required to be filed as exhibits."): a subject
# that opens a sentence, never a caption, and a finite verb ("Material to be Filed as
# Exhibits" has only an infinitive).
_ANSWER_OPENER = lazy(
    r"(?:There|No|None|The|This|These|It|Its|We|Our|They|Their|He|His|She|Her)\s(?:\S+\s+){2}\S")
_FINITE_VERB = lazy(r"(?<!\bto\s)\b(?:is|are|was|were|has|have|had|will|shall|does|do)\b")


def _answers(raw: str, family: str | None, numbers: list[str]) -> bool:
    """True when what follows the number of an item the catalogue has no title for, or
    (a schedule's titles-only catalogue) a title it does not match, is a sentence, not a
    title: the item answered on its heading's line ("Item 4.  The Plan is subject to the
    requirements of ERISA.", an 11-K; "Item 5. The Reporting Person is the beneficial owner
    of ...", a 13D/A): a prose opener and a verb in lower case. On a titles-only form a
    sentence (_ANSWER_OPENER, _FINITE_VERB) is text however close to the title it reads."""
    if cat.is_open(family) and _ANSWER_OPENER.match(raw) and _FINITE_VERB.search(raw):
        return True
    if "ncorporated" in raw and _PROSE_OPENER.match(raw) and _BY_REFERENCE.search(raw):
        return True  # "Item 10.  Information required by Item 10 is incorporated herein by"
    return _VERB_WORD.search(raw) is not None and _PROSE_OPENER.match(raw) is not None and (
        not any(cat.titles(family, n) for n in numbers)
        or cat.is_open(family) and _catalogue_match(family, numbers, raw) < 0.6)


def _completes(family: str | None, numbers: list[str], raw: str, joined: str) -> bool:
    """True when `raw` is an unfinished standard title that `joined` carries on."""
    got, more = tuple(cat.words(raw)), tuple(cat.words(joined))
    if len(more) == len(got):  # (a line of no words, an underline "- -------", carries none)
        return False
    parts = ("I", "II") if family == cat.TEN_Q else (None,)
    return any(len(got) < len(want) and want[: len(got)] == got and want[: len(more)] == more
               for number in numbers for part in parts
               for want in _standard_words(family, number, part))


def _last_title_glue(family: str | None, numbers: list[str], raw: str, nxt: str
                     ) -> str | None:
    """How `nxt` joins a combined heading's title, wrapped as plain text wraps a long line:
    " " when it carries on the last title ("Item 2.02 Results ... Condition and Item 7.01
    Regulation FD" / "Disclosure"), "; " when it is that title, the line having ended on its
    number ("... Condition and Item 7.01" / "Regulation FD Disclosure"); None otherwise."""
    segments = raw.split(";")
    if len(segments) >= len(numbers) and not _title_done(family, numbers[-2], raw):
        last = segments[-1].strip()
        return " " if _completes(family, numbers, last, f"{last} {nxt}") else None
    # one title for both, its last after "and" ("Items 2.02 and 7.01. Results ... Condition
    # and Regulation FD" / "Disclosure."), or none yet
    last = raw.rsplit(" and ", 1)[-1] if " and " in raw else raw.rsplit(" AND ", 1)[-1]
    if last != raw and _completes(family, numbers, last, f"{last} {nxt}"):
        return " "
    return "; " if _completes(family, numbers, "", nxt) else None


def _title_done(family: str | None, number: str, raw: str) -> bool:
    """True when `raw` ends on the whole of `number`'s standard title: a title of its own
    semicolons ("... Appointment of Certain Officers; Compensatory Arrangements of Certain
    Officers") printed whole, the next item's not yet begun."""
    got = tuple(cat.words(raw))
    return any(got[-len(want):] == want for want in _standard_words(family, number, None))


def _hung(line: str, column: int | None, raw: str, nxt: str, family: str | None,
          numbers: list[str]) -> bool:
    """A wrapped title line hung under the title's first letter, in the title's case:
    "ITEM 7.  FINANCIAL STATEMENTS, PRO FORMA FINANCIAL\\n         INFORMATION AND EXHIBITS."
    A complete standard title is not carried on ("OTHER EVENTS" over a sub-heading)."""
    if column is None or len(line) - len(line.lstrip(" ")) != column:
        return False
    if raw.upper() == raw:
        if nxt.upper() != nxt or not any(c.isalpha() for c in nxt):
            return False
    elif not (_title_case(raw) and _title_case(nxt)) or _YEAR.search(nxt):
        return False
    end = _standard_prefix(raw, family, numbers)
    return end < 0 or bool(raw[end:].strip(_TITLE_GAP))


_STACKED_CHARS = 60  # a title's line under a bare heading: short, as headings are


def _stacked(text: str, end: int, raw: str, nxt: str, family: str | None,
             numbers: list[str]) -> bool:
    """A title under a bare heading wrapped onto a line of its own in the title's case, the
    title block closed by a blank line under it ("Item 8.01" / "Other" / "Matters" / ""): not
    the text's first line (prose, a year, no blank line under it), nor a sub-heading under a
    complete standard title ("Other Events" / "Share Repurchase Program")."""
    if len(nxt) > _STACKED_CHARS or len(raw) > _STACKED_CHARS or _next_line(text, end)[0].strip():
        return False
    if raw.upper() == raw:
        if nxt.upper() != nxt or not _has_letters(nxt):
            return False
    elif not (_title_case(raw) and _title_case(nxt)) or _YEAR.search(nxt) \
            or _PROSE_OPENER.match(nxt):
        return False
    return _standard_prefix(raw, family, numbers) < 0


# Abbreviations before a name, which no title ends on: a line ending "... Appointment of Dr."
# goes on with the name on the next line, flush left or not
_COURTESY = frozenset("Dr. Mr. Mrs. Ms. Messrs. Prof. DR. MR. MRS. MS. MESSRS. PROF.".split())
# Words whose period is the abbreviation's, not a stop: a title may end on one (`_trim_stops`)
_ABBREVIATIONS = _COURTESY | frozenset(
    "Jr. Sr. Inc. Co. Corp. Ltd. JR. SR. INC. CO. CORP. LTD.".split())


def _name_line(text: str, nxt: str, end: int) -> bool:
    """Whether `nxt`, the line under a title ending "... with Dr.", carries the name on
    ("Simon Wong as a Director"), not the text's first line ("On August 15, 2006, ...", or
    "Pericom Semiconductor Corporation" / "announced ...": its sentence runs on below)."""
    return nxt[0].isupper() and not _PROSE_OPENER.match(nxt) and not _LOWER_START.match(
        _next_line(text, end)[0].lstrip())


def _continue_title(text: str, title: str, eol: int, family: str | None,
                    numbers: list[str], column: int | None = None, below: bool = False,
                    others: tuple[str, ...] = ()) -> tuple[str, int]:
    """Join title lines wrapped onto the next lines ("... AND\\n EXHIBITS.", "... OFF-\\n
    BALANCE SHEET ...", a line hung under the title at `column`, its first letter's; `below`:
    the title stands under a bare heading, see _stacked; flush left there, a line hung under
    it is a wrap only when a blank line closes it: HTML sets every paragraph flush left, with
    no blank line between, and "OVERVIEW" under the title is the text's sub-heading).
    `others`: the numbers whose titles a lettered sub-item's caption may carry on ("Item
    2(a). Quantitative and Qualitative Disclosures" / "About Market Risk", a 10-Q's Item 3
    numbered after the item above it)."""
    for _ in range(3):
        raw = title.rstrip()
        courtesy = raw.endswith(".") and raw.rsplit(None, 1)[-1] in _COURTESY
        if raw.endswith(".") and not courtesy:
            break
        line, end = _next_line(text, eol)
        nxt = line.strip()
        gap = not nxt and end < len(text)
        if gap:  # a title set in two blocks of HTML: "ITEM 8. FINANCIAL STATEMENTS AND" / ""
            line, end = _next_line(text, end)  # / "SUPPLEMENTARY DATA" (Microsoft 2004)
            nxt = line.strip()
            paged = not nxt and end < len(text)
            if paged:  # (blank lines more: a page broke in the title)
                line, end = _past_page_break(text, end)
                nxt = line.strip()
                if nxt and _furniture(_tidy_title(nxt), family, numbers):
                    past = _past_running_head(text, end, raw, family, numbers)
                    if past is None and _page_head(nxt, text, end - len(line)):
                        break  # ("... OWNERS AND" / page / "PERKINELMER, INC." / "THE
                        # PROXY STATEMENT": the head is no line of the title)
                    if past:
                        line, end = past  # ("... or an" / page / "ACME CORP." / "Obligation")
                        nxt = line.strip()
            # (only a line set in the title's case or in lower case: not a paragraph)
            if not nxt or len(nxt) > 120 or not (nxt[0].islower() or nxt[0].isupper() and (
                    nxt.upper() == nxt if raw.upper() == raw
                    else _title_case(nxt) and _title_case(raw))):
                break
        if not nxt or len(nxt) > 120 or HEADING.match(line) or _PAGE_NUMBER.match(nxt) or (
                nxt[0] in _MARKS and _MARKED_LINES.first.match(line)) or (
                nxt[0] in "iaIAwh" and _BY_REFERENCE.match(nxt)):
            break  # (".. OF THE REGISTRANT" / "is incorporated herein by reference ...": text)
        glue = "" if raw.endswith("-") and raw[-2:-1].isalpha() else " "
        joined = f"{raw}{glue}{_WS.sub(' ', nxt)}"  # the period kept: it ends the title
        if gap:
            # across a blank line, or a page break ("Results of Operations and" / "" / "2" /
            # <PAGE> / "Financial Condition", its page number and mark dropped), the form's
            # title carried on, or a title left hanging on "AND" / "OF" (in the title's case,
            # as checked above)
            if not (_CONTINUES.search(raw) and nxt[0].isupper()
                    or _completes(family, numbers, raw, joined)
                    or nxt[0].isupper() and _open_across(raw, joined, paged, family, numbers)):
                break
        elif not (courtesy and _name_line(text, nxt, end) or _CONTINUES.search(raw)
                  or _runs_on_lower(nxt)
                  or _completes(family, numbers, raw, joined)
                  or others and _completes(family, others, raw, joined)
                  or _hung(line, column, raw, nxt, family, numbers) and (
                      column or not below or not _next_line(text, end)[0].strip())
                  or below and _stacked(text, end, raw, nxt, family, numbers)):
            glue = _last_title_glue(family, numbers, raw, nxt) if len(numbers) > 1 else None
            if glue is None:
                break
            joined = f"{raw}{glue}{_WS.sub(' ', nxt)}"
        title, eol = joined, end
    return title, eol


_PAGE_GAP = 4  # blank lines a page break leaves in a title, its number and mark dropped


def _open_across(raw: str, joined: str, paged: bool, family: str | None,
                 numbers: list[str]) -> bool:
    """A title in the filer's own wording left open across a page break, the next line in
    its case (checked by the caller; one hung on a comma or "and" joins by _CONTINUES): not
    yet the form's whole title, the next line ending as the form's title ends and the joined
    line worded as it ("FINANCIAL STATEMENTS, FINANCIAL" / page break / "INFORMATION AND
    EXHIBITS"; a sub-heading under a whole title is not joined, nor one ending another way)."""
    if not paged or _standard_prefix(raw, family, numbers) == len(raw):
        return False
    last = tuple(cat.words(joined)[-1:])
    parts = ("I", "II") if family == cat.TEN_Q else (None,)
    return any(want[-1:] == last for number in numbers for part in parts
               for want in _standard_words(family, number, part)) and (
        _catalogue_match(family, numbers, joined) >= _WORDED)


def _past_running_head(text: str, eol: int, raw: str, family: str | None, numbers: list[str]
                       ) -> tuple[str, int] | None:
    """(line, end) of a title's wrapped line printed under the next page's running head, the
    head's first line ending at `eol` (see _furniture: the company's name, "Form 8-K", "Table
    of Contents", up to 3 lines with blank ones between): "Item 2.03 Creation of a Direct
    Financial Obligation or an" / page break / "ASTA FUNDING, INC." / "" / "Obligation under
    an Off-Balance Sheet Arrangement of a Registrant.". The line must carry the form's title
    on (or end a title left open as the form's title ends, _open_across); None otherwise,
    the head's line then read as before."""
    for line, _start, end in _past_furniture(text, eol, family, numbers):
        joined = f"{raw} {_spaced(line.strip())}"
        if _completes(family, numbers, raw, joined) or (
                _open_across(raw, joined, True, family, numbers)) or (
                _ends_open_title(raw, line.strip(), joined, family, numbers)):
            return line, end
    return None


def _ends_open_title(raw: str, nxt: str, joined: str, family: str | None, numbers: list[str]
                     ) -> bool:
    """A title left open on "AND" / "OF" at a page break that `nxt`, in the title's case,
    ends in the filer's own order of the form's words: every word of it is the form's title's
    and the joined title is worded as the form's ("MANAGEMENT'S DISCUSSION AND ANALYSIS OF
    RESULTS OF OPERATIONS AND" / page break / "APPLE COMPUTER" / "FINANCIAL CONDITION"). A
    caption of the text's ("THE PROXY STATEMENT") holds other words: not joined."""
    if not _CONTINUES.search(raw) or not nxt or (raw.upper() == raw) != (nxt.upper() == nxt):
        return False
    got = set(cat.words(nxt))
    parts = ("I", "II") if family == cat.TEN_Q else (None,)
    return bool(got) and any(got.issubset(want) for number in numbers for part in parts
                             for want in _standard_words(family, number, part)) and (
        _catalogue_match(family, numbers, joined) >= _WORDED)


_CONTENTS_HEAD = frozenset(("table of contents", "index", "contents"))


def _page_head(line: str, text: str, line_start: int) -> bool:
    """A line past a page break that is the page's running head for sure, not a title's
    wrapped line nor the text's caption: the form's name ("FORM 8-K"), "Table of Contents",
    the company's name, closed on its legal form, as the filing prints it on a line of its
    own above (the cover's "ASTA FUNDING, INC.", in any case), or a short line in capitals or
    title case the filing prints alone on _HEAD_REPEATS lines or more ("APPLE COMPUTER" atop
    its pages, no legal form: see _repeated_line); short, no sentence."""
    if not line or len(line) > _FIRM_LINE or _LOWER_START.match(line) or _STOP.search(line):
        return False
    if _FORM_NAME.fullmatch(line) or line.lower() in _CONTENTS_HEAD:
        return True
    words = line.split()
    if len(words) <= _FURNITURE_WORDS and (line.upper() == line or _title_case(line)) and (
            _repeated_line(text, line, _HEAD_TOPS)):
        return True
    if not 1 < len(words) <= _FURNITURE_WORDS or not (
            line.upper() == line or _title_case(line)) or not any(
            w.upper().rstrip(".,") in _NAME_CLOSERS for w in words[1:]):
        return False
    name = " ".join(words).lower()
    return any(" ".join(above.split()).lower() == name
               for above in text[: min(line_start, cat.COVER_LIMIT)].splitlines())


def _running_head(candidate: str, line: str, text: str, family: str | None,
                  numbers: list[str]) -> bool:
    """A line under a bare heading that is a page's running head, never its title: furniture
    (see _furniture: short, in capitals or title case, not the form's title for the number)
    the filing prints alone on _HEAD_REPEATS lines or more ("APPLE COMPUTER" atop its pages,
    the heading at a page's top), with or without a blank line or a page break between."""
    return _furniture(candidate, family, numbers) and _repeated_line(
        text, line.strip(), _HEAD_TOPS)


_HEAD_REPEATS = 3  # lines alone that make a short line a page's running head (this one too)
_LINE_EDGE = 80  # characters looked at beside an occurrence for its line's edges
_HEAD_TOPS = 2  # of a running head's lines, those atop a page (past a page break)


def _repeated_line(text: str, line: str, tops: int = 0) -> bool:
    """True when `line` (stripped) stands alone on _HEAD_REPEATS lines of `text` or more: a
    running head printed atop (or under) the pages, "APPLE COMPUTER" or "PerkinElmer", known
    by its repeating, not by a legal form; `tops` of them at least atop a page (see
    _page_top), so that a caption repeated under the headings ("GENERAL" under "ITEM 2." and
    "ITEM 3.") is none. Each occurrence's line edges are looked for within _LINE_EDGE
    characters only (linear: a long line holding it many times costs no rescans)."""
    if _COUNTED[0] is not text:  # (counts kept for the last text only)
        _COUNTED[:] = [text, {}]
    counts = _COUNTED[1]
    if (got := counts.get(line)) is None:
        got = counts[line] = _line_count(text, line)
    return got[0] >= _HEAD_REPEATS and got[1] >= tops


# The text whose lines were last counted and their counts, line -> (alone, atop a page): a
# caption under each of many headings is counted once, not rescanned for each
_COUNTED: list = [None, {}]


def _line_count(text: str, line: str) -> tuple[int, int]:
    """(lines alone, those atop a page) of `line` in `text`, for _repeated_line: counted up
    to _HEAD_REPEATS and _HEAD_TOPS."""
    seen = top = 0
    pos, size = text.find(line), len(text)
    while pos >= 0:
        end = pos + len(line)
        before = text[max(0, pos - _LINE_EDGE) : pos]
        after = text[end : end + _LINE_EDGE]
        cut, close = before.rfind("\n"), after.find("\n")
        opens = cut >= 0 or pos <= _LINE_EDGE  # (the line's start is near)
        closes = close >= 0 or end + _LINE_EDGE >= size
        if opens and closes and not before[cut + 1 :].strip() and not (
                after if close < 0 else after[:close]).strip():
            seen += 1
            top += _page_top(before[: cut + 1], pos <= _LINE_EDGE)
            if seen >= _HEAD_REPEATS and top >= _HEAD_TOPS:
                break
        pos = text.find(line, end)
    return seen, top




def _page_top(above: str, near_start: bool) -> bool:
    """The text `above` a line (up to its own line's start) ends on a page break: two blank
    lines or more, the page's number and mark dropped (or the text's start, `near_start`)."""
    kept = above.rstrip()
    return above[len(kept) :].count("\n") >= 3 or (near_start and not kept)


def _past_page_head(text: str, eol: int) -> int:
    """The end of a page's running head (see _page_head: up to 3 lines, blank ones between)
    printed under a heading whose title ends at `eol` just before a page break (two blank
    lines or more: its number and mark dropped): "Item 2.03 Creation of ... of a
    Registrant." / page break / "ASTA FUNDING, INC." / "" / "Lease Obligation": the text
    opens under the head; `eol` when no head stands there."""
    line, end = _next_line(text, eol)
    if line.strip() or end >= len(text):
        return eol
    line, end = _past_page_break(text, end)
    if line.strip() and end - len(line) == eol + 2:
        return eol  # (one blank line only: no page break)
    head_end = eol
    for _ in range(2 * _FURNITURE_LINES):
        if nxt := line.strip():
            if not _page_head(nxt, text, end - len(line)):
                break
            head_end = end
        line, end = _next_line(text, end)
        if end == len(text):
            break
    return head_end


def _past_page_break(text: str, eol: int) -> tuple[str, int]:
    """The first line with text after the blank line ending at `eol`, past up to _PAGE_GAP
    more blank lines; ("", end) when there is none that near."""
    line, end = "", eol
    for _ in range(_PAGE_GAP):
        line, end = _next_line(text, end)
        if line.strip() or end >= len(text):
            break
    return line, end


def _wrapped_item(text: str, title: str, eol: int, family: str | None, numbers: list[str]
                  ) -> tuple[str, int]:
    """A combined heading whose next item is named on a wrapped line ("... Appointment of" /
    "Certain Officers; ... Officers and Item 9.01" / "Financial Statements and Exhibits."):
    that item's number added to `numbers`, its title joined as the first line's would be."""
    if len(numbers) > 1 or ("Item" not in title and "ITEM" not in title):
        return title, eol
    again = _another_item(title, family, numbers)
    if again is None:
        return title, eol
    return _continue_title(text, again, eol, family, numbers)


def _title_column(text: str, line_start: int, title_start: int) -> int | None:
    """Column of a title's first letter when its line is long enough to have wrapped and
    laid out in spaces (a tab's width is unknown)."""
    line_end = text.find("\n", title_start)
    if (len(text) if line_end < 0 else line_end) - line_start < 40:
        return None
    lead = text[line_start:title_start]
    return None if "\t" in lead else len(lead)


# A letter after the number's period: "Item 1.A." (no space: "Item 5. A new plant" is a title)
_LETTER = lazy(r"\.([A-Za-z])(?![A-Za-z0-9])")
# A capital spaced off the number, then a stop or the line's end: "ITEM 7 A.", "ITEM VII A."
_SPACED_LETTER = lazy(rf"{_SP}{{1,2}}([A-D])(?:[.:\-\u2013\u2014]|{_SP}*+$|{_SP}++(?=[A-Z]))")


def _lettered(number: str, letter: str, rest: str, family: str | None) -> str | None:
    """The item "Item 1.A." names when the form has item "1A" ("Item 1.A. Risk Factors",
    "Item 9.A. Controls and Procedures"); None when it is a lettered part of an item, as 20-F
    items print theirs ("Item 5.A. Operating Results" under "Item 5.", "Item 4.A. History and
    Development of the Company"), unless the title is the lettered item's ("Item 4.A.
    Unresolved Staff Comments")."""
    lettered = normalise_number(number + letter, family)
    if not cat.is_known(family, lettered):
        return None
    if family != cat.TWENTY_F:
        return lettered
    title = _tidy_title(rest)
    return lettered if not title or _catalogue_match(family, [lettered], title) >= 0.5 else None


def _spaced_lettered(number: str, letter: str, rest: str, family: str | None) -> str | None:
    """The lettered item "ITEM 7 A." / "ITEM VII A." names (the letter spaced off the number,
    10-Ks and 10-Qs of the 1990s): the form's item "7A" when the title is none or that item's
    ("QUANTITATIVE AND QUALITATIVE DISCLOSURES ABOUT MARKET RISK"); else None (a lettered part
    of the item, "Item 4 A. History and Development of the Company")."""
    lettered = normalise_number(number + letter, family)
    if not cat.is_known(family, lettered) or not normalise_number(number, family).isdigit():
        return None
    title = _tidy_title(rest)
    return lettered if not title or _catalogue_match(family, [lettered], title) >= 0.5 else None


def _bracketed(number: str, sub: str, rest: str, family: str) -> str | None:
    """The lettered item a bracketed letter names when the title is that item's ("Item 7(a).
    Quantitative and Qualitative Disclosures About Market Risk" is 10-K Item 7A; "Item 1(a).
    Risk Factors" 10-Q Item 1A); a bare "Item 7(c)" or "Item 7(c) Exhibits" (1990s 8-Ks) is a
    sub-paragraph of its item, as is "Item 9(b). Other Matters" (one word in common). The whole
    title with one word more is the item's too ("Item 9(a). Disclosure Controls and Procedures",
    2003-2005 10-Ks: Item 9A)."""
    if len(sub) != 1 or not sub.isalpha() or not number.isdigit():
        return None
    lettered = normalise_number(number + sub, family)
    title = _tidy_title(_spaced(rest).lstrip(_SEPARATORS).strip())
    if not title or not cat.is_known(family, lettered):
        return None
    got = cat.words(title)
    parts = ("I", "II") if family == cat.TEN_Q else (None,)
    for part in parts:
        if any(cat.close_to(got, std) for std in cat.titles(family, lettered, part)):
            return lettered  # closely the lettered item's title ("Executive Officers": no)
    return None


# The keyword said again after the first item's title, on the heading's line: "Item 2.02
# Results of Operations and Financial Condition; Item 7.01 Regulation FD Disclosure", "... and
# Item 7.01 ...", "... Condition. Item 7.01. ...", "... Condition / Item 7.01 ..." (a
# sentence's "in Item 2.03" is no heading)
# (tried only where a blank run starts: from each blank of a long run it would scan the rest)
_KEYWORD_AGAIN = lazy(
    rf"(?<!{_SP})(?:{_SP}*+[;,./]|{_SP}++(?:and|AND|&))?+{_SP}++(?:ITEMS?|Items?){_SP}*+"
    rf"(?P<num>{_DIGITS})(?:[.:]?(?:{_SP}|$)|{_SP}*+[-\u2013\u2014])")


# A word that points to another item ("- See Item 7", "as described in Item 2.01")
_POINTING = frozenset(
    "see refer in of under per also to by with from at than pursuant including within".split())
_POINTED = frozenset("below above herein hereof hereto of is are in and to for".split())
_POINT_PUNCT = "()[],;:\"'\u201c"
_DASHES = "-\u2013\u2014"
_ORDER = lazy(r"(\d+)(?:\.(\d+))?")


def _order(number: str) -> tuple[int, int, str]:
    """An item number's place in its form ("7" < "7A" < "8", "2.03" < "7.01")."""
    m = _ORDER.match(number)
    if m is None:
        return (0, 0, number)
    return (int(m.group(1)), int(m.group(2) or 0), number[m.end() :])


def _another_item(raw: str, family: str | None, numbers: list[str]) -> str | None:
    """The title of a heading that names more items after its first one's title ("Item 2.02
    Results ... Condition; Item 7.01 Regulation FD Disclosure"), their numbers added to
    `numbers` and the titles joined as a combined heading prints them ("Results ...
    Condition; Regulation FD Disclosure"); None when the line names no other item. The first
    title must read as a heading: the form's title for the number, or a title-case one
    without a sentence's stop, nor a lower-case word last (capitals pass on the form's title
    only). A heading that points to another item is none: the number back in the form's
    order ("Market Risk - See Item 7" under Item 7A), a pointing word before it ("AS
    DESCRIBED IN ITEM 2.01") or after it ("AND ITEM 2.04 BELOW"), or a dash before it but no
    form's titles around it ("Other Events - Item 4.02 Restatement Update")."""
    titles: list[str] = []
    added: list[str] = []
    for _ in range(3):
        m = _KEYWORD_AGAIN.search(raw)
        if m is None or m.start() == 0:
            break
        head = raw[: m.start()].strip()
        number = normalise_number(m.group("num"), family)
        if not head or number in numbers or number in added or (
                family is not None and not cat.is_open(family)
                and not cat.is_known(family, number)):
            break
        last = head.rsplit(None, 1)[-1]
        first = added[-1:] or numbers
        after = raw[m.end() :].lstrip(_SEPARATORS)
        back = _order(number) <= _order(first[-1]) and not _both_titled(
            family, first, head, number, after)
        if _STOP.search(head) or last[0].islower() or back or last.strip(
                _POINT_PUNCT).lower() in _POINTING:
            break  # "Legal Proceedings. See Item 1", "Market Risk - SEE ITEM 7", "AS SET IN"
        match = _form_titled(family, first, _tidy_title(head))
        caps = head.upper() == head
        if not (match or _title_case(head) and not caps or caps and (
                family is None or cat.is_open(family))):
            break  # capitals pass on the form's title only: every word looks a title's
        if head[-1] in _DASHES and not (match and _catalogue_match(
                family, [number], _tidy_title(after)) >= 0.6):
            break  # "Other Events - Item 4.02 Restatement Update": a title's own words
        word = after.split(None, 1)[0] if after.strip() else ""
        if word.strip(_POINT_PUNCT + ".").lower() in _POINTED:
            break  # "... AND ITEM 2.04 BELOW", "... AND ITEM 2.04 OF THIS REPORT"
        titles.append(head.rstrip(_DASHES + " ,"))  # (", and Item 7.01": no comma kept)
        added.append(number)
        raw = after
        if raw and not (raw[0].isupper() or raw[0] in "(\"\u201c"):
            return None  # "... and Item 7.01 below": a sentence
    if not added:
        return None
    numbers.extend(added)
    return "; ".join(t for t in (*titles, raw) if t.strip(_SEPARATORS))


def _form_titled(family: str | None, numbers: list[str], title: str) -> bool:
    """The catalogue's title for one of `numbers`, or the 8-K form's longer wording of it
    ("OTHER EVENTS AND REGULATION FD DISCLOSURE; ITEM 7. ...", capitals of 2003)."""
    return _catalogue_match(family, numbers, title) >= 0.6 or family == "8-K" and any(
        cat.title_score(title, _LONG_CAPTIONS[n]) >= 0.6 for n in numbers if n in _LONG_CAPTIONS)


def _both_titled(family: str | None, first: list[str], head: str, number: str, after: str
                 ) -> bool:
    """True for a 2004 8-K heading naming its items out of the form's order, each with its
    form's title and no dash between ("Item 7.01 Regulation FD Disclosure and Item 2.02
    Results of Operations ..."): a combined heading, not a pointer back ("- See Item 7")."""
    return (family == "8-K" and "." in number and head[-1] not in _DASHES
            and _catalogue_match(family, first, _tidy_title(head)) >= 0.6
            and _catalogue_match(family, [number], _tidy_title(after)) >= 0.6)


def _comma_titled(rest: str, family: str | None, numbers: list[str]) -> bool:
    """Whether the words after "Item 5," open with the form's title for the number ("Item 5,
    Other Events", "ITEM 2, ACQUISITION OR DISPOSITION OF ASSETS."; 1990s 8-Ks): a comma there
    is a heading's only when the title follows, a sentence's otherwise."""
    return family is not None and _standard_prefix(
        _spaced(rest).strip(), family, numbers) > 0


# A pre-2004 8-K item number, 1 to 12, printed without the keyword ("5.  Other Events"): no
# exhibit number ("10.1", "99"), no figure ("1994")
_OLD_NUMBER = r"(?:1[0-2]|[1-9])(?![\d,]|\.\d)"
# An 8-K whose item headings lack the keyword or follow a list letter: "2.02  Results of
# Operations and Financial Condition", "5.02 Departure of Directors or Certain Officers; ...",
# "(a) Item 2.02 Results of ...", "5.  Other Events" (some filing agents' style), read only
# when no "Item" line heads an item. Kept when its title is the SEC's own (see _sec_titled): never
# an exhibit row ("99.1 Press release"), a figure or a numbered clause. (No lookahead for the
# first digit: entering one at every line costs more than the failing match, about 1.8x.)
def _unkeyed_lines(number: str) -> LinePattern:
    return LinePattern(
        rf"^{_SP}*+(?P<letter>\([a-z]\){_SP}++(?=I))?+"
        # (a number in brackets, "(5) Other Events": the bracket opens the heading)
        rf"(?P<kw>(?(letter)(?:ITEM|Item)(?P<plural>[Ss])?|(?:\((?=[\d.]{{1,4}}[A-D]?\)))?+(?=\d)))"
        rf"{_SP}*+(?P<num>{number}){_PARTS['sub']}{_PARTS['more']}"
        rf"{_PARTS['after']}(?=(?:[.:\-\u2013\u2014)]|{_SP})*+[A-Z]"  # (a title's capital)
        rf"|\.?+{_SP}*+$)"  # (or the number alone: "2.02" / "Results of Operations ...")
        r"(?:(?P<pkw>(?!))(?P<part>)(?P<skw>)(?P<section>))?+"
        r"(?P<rest>[^\n]*)")


_UNKEYED_LINES = _unkeyed_lines(rf"\d\.\d\d(?!\d)|{_OLD_NUMBER}")
# The same on a 10-K or 10-Q ("1. BUSINESS", "7A. QUANTITATIVE AND ..."): 1 to 16, a letter
_TEN_UNKEYED_LINES = _unkeyed_lines(r"(?:1[0-6]|[1-9])(?:[A-D](?![A-Za-z]))?+(?![\d,]|\.\d)")
_TEN = ("10-K", "10-Q", "10-KSB")  # (10-K405 and 10-QSB are of the 10-K's and 10-Q's family)
# A pre-2004 8-K heading numbered in roman ("ITEM V. OTHER EVENTS", "Item VII - Financial
# Statements and Exhibits"): read, as a keyword-less line is, only on an 8-K with no other
# item heading and only with the SEC's title for its number (a vote's "Item I. Election of
# Directors" or a servicer's "ITEM I. DISTRIBUTIONS" is no Item 1)
_ROMAN = "|".join(sorted(_ROMAN_NUMBERS, key=len, reverse=True))  # (longest first: "VII", "V")
_ROMAN_LINES = LinePattern(
    rf"^{_SP}*+(?P<kw>ITEM|Item){_SP}++(?P<num>(?:{_ROMAN})(?:[A-D]|\([A-D]\))?+)"
    rf"(?=[.:\-\u2013\u2014)]|{_SP}|$)"
    r"(?:(?P<pkw>(?!))(?P<part>)(?P<skw>)(?P<section>)(?P<sub>)(?P<subs>)(?P<more>))?+"
    r"(?P<rest>[^\n]*)")
_SEC_TITLED = 0.9  # share of a keyword-less heading's words in the SEC's title
_TEN_TITLED = 0.75  # (on a 10-K or 10-Q: three words of four)
_SEC_WORDS = 2  # and at least so many: "Other Events", "Regulation FD Disclosure"


# Captions the form printed besides the catalogue's one title per item: the full caption of
# the financial statements item, printed by many filers under Item 7 (pre-2004) and Item 9.01,
# Item 5's caption of Regulation FD (2000-2004), and Item 5.02's title of 2004-2006 (before
# "Certain Officers" and "Compensatory ..."); also read to join a heading wrapped in them
# (_standard_words)
_LONG_CAPTIONS = {
    "5": "Other Events and Regulation FD Disclosure",
    "7": "Financial Statements, Pro Forma Financial Information and Exhibits",
    # Item 12 (2003-2004) as filers named it in their own text ("furnished under Item 12.
    # Disclosure of Results of Operations and Financial Condition", Pericom 2003)
    "12": "Disclosure of Results of Operations and Financial Condition",
    "9.01": "Financial Statements, Pro Forma Financial Information and Exhibits",
    "5.02": "Departure of Directors or Principal Officers; Election of Directors; Appointment "
            "of Principal Officers"}


def _sec_titled(family: str | None, numbers: list[str], title: str | None) -> bool:
    """True when `title` is the SEC's title for the heading's number (a keyword-less line;
    on a 10-K or 10-Q one word too, when it is all of it: "BUSINESS", "Properties")."""
    if not title or not (got := cat.words(title)):
        return False
    if len(got) < _SEC_WORDS:
        return family in _TEN and any(got == cat.words(std) for n in numbers
                                      for std in _sec_titles(family, n))
    # (a 10-K's or 10-Q's own wording of a title, as the keyword's line is read: "FINANCIAL
    # STATEMENTS AND SUPPLEMENTAL DATA")
    least = _TEN_TITLED if family in _TEN else _SEC_TITLED
    return _catalogue_match(family, numbers, title) >= least or any(
        _share_in(got, std) >= _SEC_TITLED for n in numbers for std in _sec_titles(family, n))


def _sec_titles(family: str | None, number: str) -> tuple[str, ...]:
    """The SEC's titles for an item number, both Parts' on a 10-Q; the longer captions too."""
    if family == cat.TEN_Q:
        return (*cat.titles(family, number, "I"), *cat.titles(family, number, "II"))
    long = _LONG_CAPTIONS.get(number) if family == "8-K" else None
    return (*cat.titles(family, number), long) if long else cat.titles(family, number)


def _share_in(got: list[str], standard: str) -> float:
    """Share of the words `got` in `standard`, a word in the singular or the plural as the
    other ("DEPARTURE OF DIRECTORS OR PRINCIPAL OFFICER", as some filers print Item 5.02)."""
    want = set(cat.words(standard))
    return sum(w in want or w + "s" in want or w[-1:] == "s" and w[:-1] in want
               for w in got) / len(got)


def _bare_number(text: str, eol: int, rest: str, family: str | None, numbers: list[str]
                 ) -> bool:
    """A keyword-less number alone on its line ("2.02", "5."; an old number with its period,
    unlike a page number) over the SEC's title for it on the next line ("Results of
    Operations and Financial Condition")."""
    if rest.strip() not in (("", ".") if "." in numbers[0] else (".",)):
        return False
    below = _title_below(text, eol, family, numbers)
    return below is not None and _sec_titled(family, numbers, _tidy_title(below[0]))


def _sec_opening(family: str | None, numbers: list[str], title: str) -> bool:
    """The first word of a keyword-less line's title is a word of the SEC's title for its
    number: a cheap test before the line is read as a heading (most lines opening with a
    number are figures or numbered clauses)."""
    first = cat.words(title[:40])[:1]
    return bool(first) and any(
        first[0] in cat.words(std) for n in numbers for std in _sec_titles(family, n))


# A 2004-scheme number opening a line before a capital ("9.01  Financial Statements and
# Exhibits"; never a figure, "0.45"): the cheap test, one search of the text after the last
# "Item" heading (and of the text above the first), before its lines are read; beside a
# pre-2004 "Item" heading also an old number with its period ("7.  Financial Statements,
# Pro Forma Financial Information and Exhibits"; without one it is mostly a figure) or in
# brackets ("(5) Other Events" over "Item 7.")
# (or the number alone on its line, its title under it: "9.01" / "Financial Statements ...")
_LATER_NUMBER = LinePattern(
    r"[ \t]*+[1-9]\.0[1-9](?:[ \t\xa0.:\-\u2013\u2014]++[A-Z]|\.?+[ \t]*+$)")
# (or an old number in brackets before its title, "(5) Other Events": a bracket marks it as
# a period does)
_LATER_OLD_NUMBER = LinePattern(
    r"[ \t]*+(?:(?:1[0-2]|[1-9])\.(?:0[1-9])?+(?:[ \t\xa0.:\-\u2013\u2014]++[A-Z]|[ \t]*+$)"
    r"|\((?:1[0-2]|[1-9])\)[ \t\xa0]++[A-Z])")


def _later_unkeyed(text: str, family: str, found: list[Heading]) -> list[Heading]:
    """Keyword-less headings after the last "Item" heading, numbered above it: an 8-K that
    prints "Item 5.02 ..." and then "9.01  Financial Statements and Exhibits" with no keyword,
    or "Item 5. Other Events" and then "7.  Financial Statements ..." (the same SEC-title test
    as an 8-K with no "Item" line at all); and before the first, numbered below it ("2.02
    Results of Operations ..." over "Item 9.01 ..."). An old number only beside an old one:
    "7." under "Item 2.02" is a numbered paragraph."""
    items = [h for h in found if h.kind == "item" and not h.toc and h.numbers]
    if not items or _order(items[0].numbers[0])[0] < 1 or _order(items[-1].numbers[-1])[0] < 1:
        return []
    return [*_unkeyed_in(text, family, items[-1].numbers[-1], items[-1].body_start, None),
            *_unkeyed_in(text, family, items[0].numbers[0], 0, items[0].line_start)]


def _unkeyed_in(text: str, family: str, beside: str, start: int, end: int | None
                ) -> list[Heading]:
    """The keyword-less headings of text[start:end], numbered above `beside` (a stretch after
    it) or below it (a stretch before it); an old number only beside an old one."""
    old, after, mark = "." not in beside, end is None, _order(beside)
    numbered = _LATER_OLD_NUMBER if old else _LATER_NUMBER
    found: list[Heading] = []
    # only the lines the cheap test finds are read (a financial statement's numbered notes
    # after an old "Item 7" are many lines, few of them numbered)
    for m in numbered.finditer(text, start, end):
        line_start = numbered.line_start(m)
        eol = text.find("\n", m.end())
        found += [h for h in _scan_lines(text, family, _UNKEYED_LINES, line_start,
                                         len(text) if eol < 0 else eol)
                  if h.kind == "item" and all((_order(n) > mark if after else _order(n) < mark)
                                              and (old or "." in n) for n in h.numbers)]
    return found


def _heads_an_item(found: list[Heading]) -> bool:
    """True when a heading of `found` heads an item: no contents line, no list of items not
    applicable ("Items 1 through 4, 6 and 8 Not Applicable.")."""
    return any(h.kind == "item" and not h.toc and not h.not_applicable for h in found)


# A 10-Q Part's caption printed alone, no "PART" line ("OTHER INFORMATION" over Part II's
# "Item 1. Legal Proceedings"): the Part it names
_PART_CAPTIONS = {"FINANCIAL INFORMATION": "I", "OTHER INFORMATION": "II"}


def _part_captions(text: str, found: list[Heading]) -> list[Heading]:
    """Part headings for a 10-Q Part's caption alone on its line ("OTHER INFORMATION"), in
    capitals or title case, right over an item heading (past up to two blank lines) and set
    apart above, with no Part line over it: it ends the item above as "PART II" would (one
    line looked at per item heading, no scan of the text)."""
    added: list[Heading] = []
    lines = {h.line_start for h in found}
    for heading in found:
        if heading.kind != "item" or heading.toc:
            continue
        pos = heading.line_start
        for _ in range(3):
            if pos <= 0:
                break
            start = text.rfind("\n", 0, pos - 1) + 1
            line, pos = text[start : pos - 1].strip(), start
            if not line:
                continue
            part = _PART_CAPTIONS.get(line.upper().rstrip(".:"))
            if part and (line.isupper() or _title_case(line)) and start not in lines and (
                    _set_apart(_previous_line(text, start).strip())) and not (
                    _line_up(text, start).upper().startswith("PART")):
                eol = text.find("\n", start)
                added.append(Heading("part", [], text.index(line[0], start), start,
                                     len(text) if eol < 0 else eol,
                                     title=line.rstrip(".:"), part=part))
                lines.add(start)
            break
    return added


# A Part line set off by marks or letter-spacing, alone on its line ("[PART II]", "- PART II
# -", "**PART II**", "(PART II)", "P A R T  I I"; a caption may follow the number, "- PART II
# - OTHER INFORMATION -"): the plain pattern misses it (a mark opens the line, or the keyword
# is spaced out); read over an item heading only (_marked_parts), no scan of the text
_MARK_CHARS = "[]()<>*_=-\u2013\u2014 \t\xa0"
# A letter-spaced Part line's letters run together ("P A R T  T W O", "P  A  R  T    I  I I":
# "PARTTWO", "PARTIII"): the keyword, then the number in roman, figures or words
_SPACED_NUMBERS = frozenset(("I", "II", "III", "IV", *_ROMAN_PART))
_SPACED_KEYWORDS = ("PART", "Part")
_MARKED_PART = lazy(rf"(?:PART|Part){_SP}++(?P<part>IV|III|II|I|[1-4]|{_PART_WORDS})"
                    rf"(?:{_SP}*+[-\u2013\u2014:.]{_SP}*+"
                    rf"(?P<caption>[A-Za-z][A-Za-z ,&']{{2,60}}))?")
_PART_LINES_UP = 2  # lines with text read over an item heading (a Part line, its caption)


def _marked_part(line: str) -> tuple[str, str | None] | None:
    """(part, caption) of a Part line printed inside marks or letter-spaced (see _MARK_CHARS),
    or None (a plain "PART II" is the heading pattern's: None)."""
    inner = line.strip(_MARK_CHARS)
    spaced = inner[:1] == "P" and inner[1:2].isspace()
    if inner == line.strip() and not spaced:
        return None  # (no mark, no spacing: the plain pattern read it, or it is none)
    if spaced:
        return _spaced_part(inner)
    if (m := _MARKED_PART.fullmatch(inner)) is None:
        return None
    caption = m.group("caption")
    return _ROMAN_PART.get(m.group("part"), m.group("part")), caption and caption.strip()


def _spaced_part(inner: str) -> tuple[str, str | None] | None:
    """(part, caption) of a letter-spaced Part line, every word's letters set apart by spaces
    ("P A R T  I I", "P A R T  T W O", "P  A  R  T    I I I"): its letters run together read
    as "PART" and the number (roman, figures or words, see _SPACED_NUMBERS), a caption set
    the same way after a dash or colon read by its words ("P A R T  I I  -  O T H E R  I N F
    O R M A T I O N": "OTHER INFORMATION", see _spaced_caption); None otherwise."""
    head, mark, tail = inner.partition(next((c for c in _SPACED_MARKS if c in inner), "\n"))
    letters = head.split()
    if len(letters) > _SPACED_LETTERS or any(len(letter) != 1 for letter in letters):
        return None
    joined = "".join(letters)
    number = joined[4:]
    if joined[:4] not in _SPACED_KEYWORDS or number not in _SPACED_NUMBERS:
        return None
    caption = _spaced_caption(tail) if mark else None
    if mark and caption is None:
        return None
    return _ROMAN_PART.get(number, number), caption


_SPACED_MARKS = "-\u2013\u2014:"  # what parts a letter-spaced Part's number from its caption
_SPACED_CAPTION_WORDS = 6  # "F I N A N C I A L  I N F O R M A T I O N": a Part's caption


def _spaced_caption(tail: str) -> str | None:
    """The words of a letter-spaced caption ("O T H E R  I N F O R M A T I O N": "OTHER
    INFORMATION"): words parted by gaps wider than the letters' ("O  T  H  E  R    I  N  F
    O ..." too), each word's letters by the narrowest gap; None when
    any piece is no single letter, unless the caption is set in plain words, short and in
    capitals or title case ("P A R T  I I  -  OTHER INFORMATION")."""
    tail = tail.strip(_MARK_CHARS)
    pieces = _GAP.split(tail)  # letters and the gaps between them, by turns
    letter_gap = min((len(gap) for gap in pieces[1::2]), default=1)
    words: list[list[str]] = [[]]
    for at, piece in enumerate(pieces):
        if at % 2 == 0:
            words[-1].append(piece)
        elif len(piece) > letter_gap:  # (wider than the letters' gap: the next word)
            words.append([])
    if len(words) > _SPACED_CAPTION_WORDS or any(
            any(len(letter) != 1 or not letter.isalpha() for letter in word) for word in words):
        plain = " ".join(tail.split())
        return plain if 2 < len(plain) <= _STACKED_CHARS and plain.replace(" ", "").isalpha(
            ) and (plain.isupper() or _title_case(plain)) else None
    return " ".join("".join(word) for word in words)


_GAP = lazy(r"([ \t\xa0]+)")  # a gap in a letter-spaced line (kept by the split)


_SPACED_LETTERS = 9  # "P A R T T H R E E": the longest letter-spaced Part line


def _marked_parts(text: str, found: list[Heading]) -> list[Heading]:
    """Part headings for a marked or letter-spaced Part line (see _marked_part) over an item
    heading, past blank lines and one short caption line in capitals or title case ("- PART
    II -" / "OTHER INFORMATION" / "Item 1."), set apart above: it ends the item above as
    "PART II" does."""
    added: list[Heading] = []
    lines = {h.line_start for h in found}
    items = {h.line_start for h in found if h.kind != "part"}
    for heading in found:
        if heading.kind != "item" or heading.toc:
            continue
        pos, seen = heading.line_start, 0
        for _ in range(2 * _PART_LINES_UP + 2):
            if pos <= 0 or seen == _PART_LINES_UP:
                break
            start = text.rfind("\n", 0, pos - 1) + 1
            line, pos = text[start : pos - 1], start
            if not line.strip():
                continue
            seen += 1
            marked = None if start in lines or len(line.strip()) > _FIRM_LINE else (
                _marked_part(line))  # (its indent aside: a wide-set line runs long)
            if marked is None:
                caption = line.strip()
                if start in items or caption.lstrip(_MARK_CHARS).upper().startswith(
                        ("PART", "P A R T")) or len(caption) > _STACKED_CHARS or not (
                        caption.isupper() or _title_case(caption)):
                    break  # (a heading, or the text above: no Part line over the item; a
                    # 10-Q's caption, read as a Part by _part_captions, is passed)
                continue
            if _set_apart(_previous_line(text, start).strip()):
                eol = text.find("\n", start)
                added.append(Heading("part", [], text.index(line.strip()[0], start), start,
                                     len(text) if eol < 0 else eol, title=marked[1],
                                     part=marked[0]))
                lines.add(start)
            break
    return added


def scan(text: str, family: str | None) -> list[Heading]:
    """Every Item/Part heading of `text` in order (references dropped, TOC lines flagged)."""
    found = _scan_lines(text, family, _HEADING_LINES)
    if not _heads_an_item(found) and (marked := _scan_lines(text, family, _MARKED_LINES)):
        found = sorted(found + marked, key=lambda h: h.line_start)
    # (a list of items not applicable heads none: "Items 1 through 4, 6 and 8 Not Applicable.")
    if family == "8-K" and not _heads_an_item(found) and (
            trailing := _numbered_after(text, family)):
        found = sorted(found + trailing, key=lambda h: h.line_start)
    elif family == "8-K" and not _heads_an_item(found) and (
            unkeyed := _scan_lines(text, family, _UNKEYED_LINES)):
        found = sorted(found + unkeyed, key=lambda h: h.line_start)
    elif family == "8-K" and not _heads_an_item(found) and (
            roman := _scan_lines(text, family, _ROMAN_LINES)):
        found = sorted(found + roman, key=lambda h: h.line_start)
    elif family == "8-K" and (later := _later_unkeyed(text, family, found)):
        found = sorted(found + later, key=lambda h: h.line_start)
    elif family in _TEN and not _heads_an_item(found) and (
            unkeyed := _ten_unkeyed(text, family)):
        found = sorted(found + unkeyed, key=lambda h: h.line_start)
    if family == "8-K" and _heads_an_item(found) and (mixed := _numbered_after_too(text, found)):
        found = sorted(found + mixed, key=lambda h: h.line_start)
    if family == cat.TEN_Q and (captions := _part_captions(text, found)):
        found = sorted(found + captions, key=lambda h: h.line_start)
    if family in _T_FAMILIES and (marked := _marked_parts(text, found)):
        found = sorted(found + marked, key=lambda h: h.line_start)
    _mark_contents(text, found)
    return _drop_listed(text, found)


# An 8-K heading line numbered after its title: "Results of Operations and Financial Condition
# (Item 2.02)", "OTHER EVENTS - ITEM 5", the number in its own cell ("... Condition\t(Item
# 2.02)"); found from the keyword (a literal first letter: the engine skips to it; a bracket
# or a dash first tried every one of a long text's many), its mark looked for before it (see
# _number_mark), the title back to the line's start, the number closing the line
_NUMBER_AFTER = lazy(rf"I(?:TEM|tem){_SP}*+(?P<num>{_DIGITS})"
                     rf"(?:{_SP}++(?:of|OF){_SP}++(?:Form|FORM){_SP}++8-K)?+"  # ("of Form 8-K")
                     rf"(?P<close>[)\]])?+\.?+{_SP}*+$", re.M)
_TITLE_BEFORE = 150  # characters of a title before its number
_DASHES = "-\u2013\u2014,:|"  # marks a space may follow before the keyword ("- Item 2.02")


def _number_mark(text: str, keyword: int) -> int:
    """The offset of the mark before the keyword at `keyword` ("(Item", "[Item", "- Item",
    ": ITEM"), or of the tab ending the title's cell ("... Condition\tItem 2.02": the number
    in its own cell, no bracket), or of the line's start when the keyword opens it, or -1
    when none is."""
    if keyword and text[keyword - 1] in "([":
        return keyword - 1
    at = keyword
    while at and text[at - 1] != "\n" and text[at - 1].isspace():
        at -= 1  # (the spaces before the keyword: each is walked once, by its keyword's)
    if at and text[at - 1] in _DASHES:
        return at - 1
    if not at or text[at - 1] == "\n":
        return at  # (the keyword opening its line: the title above it, see _title_lines_above)
    return at if at < keyword and "\t" in text[at:keyword] else -1


def _title_lines_above(text: str, line_start: int, mark: int) -> list[int]:
    """The starts of the lines above a number alone on its line, nearest first, up to a
    blank line and at most _TITLE_LINES ("Results of Operations and Financial Condition" /
    "(Item 2.02)" or "Item 2.02": the title printed over its number, maybe wrapped); none
    when the number has words before it on its line."""
    starts: list[int] = []
    if text[line_start:mark].strip():
        return starts
    end = line_start - 1
    while end > 0 and len(starts) < _TITLE_LINES:
        start = text.rfind("\n", 0, end) + 1
        if not text[start:end].strip() or end - start > _TITLE_BEFORE:
            break
        starts.append(start)
        end = start - 1
    return starts


_TITLE_LINES = 3  # lines of a title over its number ("Departure of Directors or ..." wrapped)


def _title_above(text: str, line_start: int, family: str, numbers: list[str]
                 ) -> tuple[str, int] | None:
    """The title printed over a bare item heading with none under it, and the start of its
    first line ("RESULTS OF OPERATIONS AND FINANCIAL CONDITION" / "ITEM 2.02."): the SEC's
    title for its number, on the lines just above it (no blank line between)."""
    for start in reversed(_title_lines_above(text, line_start, line_start)):
        raw = _spaced(text[start:line_start]).strip(_SEPARATORS + ",|")
        if raw[:1].isupper() and _sec_titled(family, numbers, raw):
            return _tidy_title(raw), start
    return None


# A 2004 8-K section line over a bare item heading ("SECTION 9 - FINANCIAL STATEMENTS AND
# EXHIBITS" / "ITEM 9.01"): its number, then its words
_SECTION_OVER = lazy(rf"{_SP}*+(?:SECTION|Section){_SP}++(?P<section>\d)"
                     rf"{_SP}*+[.:\-\u2013\u2014]?+{_SP}*+(?P<name>[A-Z][^\n]{{0,120}})")
_RULE_LINE = lazy(rf"{_SP}*+(?:[-=_]{_SP}?+)*+")
_LINES_OVER = 4  # blank lines or rules between the section line and its item's number


def _section_title_above(text: str, line_start: int, family: str, numbers: list[str]
                         ) -> str | None:
    """The words of the section line over a bare item heading, blank lines or a rule between
    ("SECTION 9 - FINANCIAL STATEMENTS AND EXHIBITS" / "ITEM 9.01" / "(c) Exhibits"), when
    they are the SEC's title for the item of that section: the filer titled it there, never
    the paragraph caption under it."""
    end = line_start - 1
    for _ in range(_LINES_OVER):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if _RULE_LINE.fullmatch(line) is None:
            m = _SECTION_OVER.fullmatch(line.rstrip())
            if m is None or not all(n.startswith(m.group("section") + ".") for n in numbers):
                return None
            name = _spaced(m.group("name")).strip(_SEPARATORS + ",|")
            return _tidy_title(name) if _sec_titled(family, numbers, name) else None
        end = start - 1
    return None


def _numbered_after(text: str, family: str) -> list[Heading]:
    """An 8-K's item headings printed title first, the number after it in brackets or after a
    dash ("Results of Operations and Financial Condition (Item 2.02)"): read where no "Item"
    line heads an item (a filer prints every heading alike), each titled as the SEC titles
    its number, alone on its line."""
    if "Item" not in text and "ITEM" not in text:
        return []
    found: list[Heading] = []
    for m in _NUMBER_AFTER.finditer(text):
        mark = _number_mark(text, m.start())
        if mark < 0:
            continue
        opened = text[mark] in "(["
        if opened != (m.group("close") is not None):
            continue  # "(Item 2.02" unclosed, "- Item 2.02)": no heading's number
        line_start = text.rfind("\n", 0, mark) + 1
        numbers = _numbers(m.group("num"), None, family)
        above = _title_lines_above(text, line_start, mark)
        if above:  # the title the lines above, as many as still read as the SEC's title
            heading = next((h for start in reversed(above) if (
                h := _titled_before(text, start, line_start - 1, m.end(), numbers, family))),
                None)
        elif mark - line_start <= _TITLE_BEFORE:
            heading = _titled_before(text, line_start, mark, m.end(), numbers, family)
        else:
            heading = None
        if heading is not None:
            found.append(heading)
    return found


def _titled_before(text: str, line_start: int, mark: int, number_end: int,
                   numbers: list[str], family: str) -> Heading | None:
    """The heading titled by text[line_start:mark] before its number (ending at
    `number_end`), when those words are the SEC's title for `numbers`."""
    head = text[line_start:mark]
    raw = _spaced(head).strip(_SEPARATORS + ",|")
    if not raw[:1].isupper() or not _sec_titled(family, numbers, raw):
        return None
    title_start = line_start + len(head) - len(head.lstrip())
    return Heading("item", numbers, title_start, line_start, _past_underline(text, number_end),
                   title=_tidy_title(raw))


def _numbered_after_too(text: str, found: list[Heading]) -> list[Heading]:
    """The title-first headings of an 8-K that also prints "Item 7.01 ..." lines ("Results of
    Operations and Financial Condition (Item 2.02)" above "Item 7.01 Regulation FD
    Disclosure"): each one whose number no "Item" line heads (a list of the items reported
    above their headings adds none)."""
    headed = {n for h in found if h.kind == "item" and not h.toc for n in h.numbers}
    lines = {h.line_start for h in found}
    return [h for h in _numbered_after(text, "8-K")
            if h.line_start not in lines and not headed.intersection(h.numbers)]


def _ten_unkeyed(text: str, family: str) -> list[Heading]:
    """A 10-K's, 10-KSB's or 10-Q's item headings numbered without the keyword or in roman
    ("1. BUSINESS", "ITEM II. PROPERTIES", "ITEM VIIA." / "ITEM VII(A)." for Item 7A; a
    10-KSB's "6.  MANAGEMENT'S DISCUSSION AND ANALYSIS OR PLAN OF OPERATION"), read where no
    "Item" line heads an item: each titled as the form titles its number, two items at least
    (one such line is a numbered list's)."""
    for pattern in (_TEN_UNKEYED_LINES, _ROMAN_LINES):
        found = _scan_lines(text, family, pattern)
        if len({n for h in found if h.kind == "item" and not h.toc for n in h.numbers}) > 1:
            return found
    return []


def _item_after_section(text: str, section: re.Match[str], family: str
                        ) -> re.Match[str] | None:
    """The item heading of its own section on a "Section 2" line, when the words before it
    are the section's name ("Section 2 - Financial Information; Item 2.02 ...")."""
    rest, start = section.group("rest"), section.start("rest")
    keyword = _KEYWORD_IN.search(rest)
    item = None if keyword is None else _ITEM_AT.match(text, start + keyword.start())
    if item is None or not item.group("num").startswith(section.group("section") + "."):
        return None
    name = rest[: keyword.start()].strip(_SEPARATORS + ";,|")  # (keyword is set: item is)
    # ("Section 2, Item 2.02 ...": no name, the item's number says the section)
    return item if not name or cat.section_score(
        section.group("section"), name, family) >= 0.6 else None


def _scan_lines(text: str, family: str | None, pattern: LinePattern, start: int = 0,
                end: int | None = None) -> list[Heading]:
    """The headings of the lines `pattern` finds in text[start:end] (see scan); a keyword-less
    one only when titled as the SEC titles its number."""
    found: list[Heading] = []
    headed: set[str] = set()  # the items headed so far (read when a Part+Item line comes)
    counted = 0  # (of `found`)
    rows_end = -1  # the end of the last cross-reference row (see _REFERENCE_ROW)
    for m in pattern.finditer(text, start, end):
        unkeyed = pattern in (_UNKEYED_LINES, _TEN_UNKEYED_LINES, _ROMAN_LINES)
        running, on_part = False, -1
        rest = m.group("rest")
        if pattern is _MARKED_LINES and m.group("mark") == "[" and rest.rstrip()[-1:] == "]":
            close = rest.rfind("]")  # "[Item 8.01 Other Events]" (a blank for it: same length)
            rest = f"{rest[:close]} {rest[close + 1:]}"
        line_start, eol = _line(text, m.start("rest"))
        if m.group("skw"):
            if family not in _SECTIONED:
                continue
            item = _item_after_section(text, m, family) if (
                "tem" in rest or "TEM" in rest) else None
            if item is None and cat.section_score(m.group("section"), rest, family) < 0.6:
                continue
            found.append(Heading("section", [], m.start("skw"), line_start, eol))
            if item is None:
                continue
            m, rest = item, item.group("rest")  # read on as the item's heading
        if m.group("pkw"):
            tail = rest.strip()
            # "PART I (Continued)", "PART II - OTHER INFORMATION (continued)" atop a page
            again = ("ont" in tail or "ONT" in tail) and _CONTINUED_IN.search(tail) is not None
            if tail and (tail[0] == ";" or _LOWER_START.match(tail) or (
                    tail[0] == "(" and not again and not _PART_BRACKET.match(tail))):
                continue  # "Part II; ...", "Part II of the Plan", "Part II (Items 5-9)"
            comma = tail[:1] == ","  # "Part I, Item 2 of this report", or a heading (below)
            item = _PART_AND_ITEM.match(rest) if family != "8-K" and not comma else None
            titled = None if item or family == "8-K" or "tem" not in rest and "TEM" not in rest \
                else _ITEM_AFTER_PART.match(text, m.start("rest"))
            if comma and (titled is None or not _comma_heading(
                    text, line_start, titled.group("rest"))):
                continue
            if titled is not None and titled.group("ptitle") and not comma and not _set_apart(
                    _previous_line(text, line_start).strip()):
                continue  # "... see the section titled" / "Part I - Financial Information,
                # Item 2. Management's ...": a reference wrapped to a line start
            if titled is not None and (_REFERENCE_ROW.search(titled.group("rest")) or (
                    0 <= rows_end < line_start and not text[rows_end:line_start].strip()
                    and _RUNNING_HEAD.search(titled.group("rest").strip()))):
                # "Part I. Item 1A. Risk Factors, page 12": no part, no item; nor is a row
                # under such a one with a column ("... Officers     Proxy Statement")
                rows_end = eol
                continue
            on_part = len(found)
            found.append(Heading("part", [], m.start("pkw"), line_start, eol,
                                 title=None if titled else _tidy_title(rest) or None,
                                 part=_ROMAN_PART.get(m.group("part"), m.group("part")),
                                 toc=is_toc_line(rest),
                                 continued=again and not item and not titled))
            if item:  # "PART II\tItem 7" atop each page of the item: a bare item heading too
                found.append(Heading("item", _numbers(item.group(2), None, family),
                                     m.start("rest") + item.start(1), line_start, eol,
                                     bare=True))
            if titled is None:
                continue
            m, rest = titled, titled.group("rest")  # read on as the item's heading
            headed.update(n for h in found[counted:] if h.kind == "item" and not h.toc
                          for n in h.numbers)
            counted = len(found)
            running = True
        numbers = _numbers(m.group("num"), m.group("more"), family)
        sub = m.group("sub")
        if sub == "T":  # "Item 9A(T)": part of the number, no sub-paragraph
            numbers, sub = [temporary(n, family) for n in numbers], None
        elif sub and family and not m.group("more") and not m.group("subs") and (
                lettered := _bracketed(m.group("num"), sub, rest, family)):
            numbers, sub = [lettered], None  # "Item 7(a). Quantitative and Qualitative ..."
        letter = _LETTER.match(rest) if rest[:1] == "." and family and sub is None and (
            not m.group("more") and m.group("num").isdigit()) else None
        if letter:  # "Item 1.A. Risk Factors", "Item 5.A. Operating Results"
            rest = rest[letter.end() :]
            lettered = _lettered(m.group("num"), letter.group(1), rest, family)
            numbers, sub = ([lettered], None) if lettered else (numbers, letter.group(1))
        elif family in _SPACED_FAMILIES and sub is None and not m.group("more") and (
                spaced := _SPACED_LETTER.match(rest)):
            # "ITEM 7 A.  QUANTITATIVE ...": Item 7A; "ITEM 7 A.  LIQUIDITY": Item 7's part A
            lettered = _spaced_lettered(m.group("num"), spaced.group(1), rest[spaced.end() :],
                                        family)
            numbers, sub = ([lettered], None) if lettered else (numbers, spaced.group(1))
            rest = rest[spaced.end() :]
        if rest[:1] == "," and not m.group("more"):
            rest = rest[1:]
            if not _comma_titled(rest, family, numbers):
                continue  # "Item 2.02, as amended, ...": a sentence wrapped to a line start
        elif "," in rest[:3] and rest.lstrip(" \t\xa0")[:1] == ",":
            rest = rest.lstrip(" \t\xa0")[1:]  # "Item 5 , Other Events": no comma in the title
        if running:  # a Part+Item line: a running head? (see _RUNNING_HEAD)
            running = headed.issuperset(numbers) or _RUNNING_HEAD.search(
                rest.strip().lstrip(_SEPARATORS)) is not None
        if not running and ("ont" in rest or "ONT" in rest):
            running = _CONTINUED_IN.search(rest) is not None
        if "mend" in rest[:16] or "MEND" in rest[:16]:
            rest = _unmarked(rest)
        raw_title = _spaced(rest).lstrip(_SEPARATORS).strip()
        if raw_title[:1] == "(":
            raw_title = _unwrapped(raw_title)
        title = _trim_stops(raw_title)  # (raw_title is tidy: _tidy_title less its work)
        if unkeyed and not _has_letters(rest):
            if not _bare_number(text, eol, rest, family, numbers):
                continue  # a page number, a figure: no title under it
        elif unkeyed and (_BY_REFERENCE.match(title)
                        or NOT_APPLICABLE.match(title) or not _sec_opening(family, numbers, title)
                        or "." not in numbers[0] and not _paragraph_start(text, line_start)):
            continue  # a bare "2.02" (a figure), "2.02 Not applicable": no title to check;
            # an old number continuing a sentence ("... reported under Item" / "5. Other ...")
        if _BY_REFERENCE.match(title) and _paragraph_start(text, line_start):
            if _answers_above(text, found, numbers, line_start):
                continue  # "ITEM 10.  DIRECTORS ..." / "Item 10 is incorporated ...": its text
            found.append(Heading("item", numbers, m.start("kw"), line_start, eol, sub=sub,
                                 inline_text=_spaced(text[m.start("kw") : eol])))
            continue
        if _is_reference(text, line_start, title, family, numbers):
            if on_part >= 0:  # "... included in" / "Part I. Item 1. Financial Statements":
                del found[on_part:]  # its Part line is no heading either
                counted = min(counted, on_part)
            continue
        if ("Item" in raw_title or "ITEM" in raw_title) and (
                again := _another_item(raw_title, family, numbers)):
            raw_title = again  # "Item 2.02 Results ...; Item 7.01 Regulation FD Disclosure"
        toc = is_index_row(rest)
        heading = Heading("item", numbers, m.start("kw"), line_start, eol, sub=sub,
                          toc=toc, bare=not _has_letters(rest))
        if NOT_APPLICABLE.match(title):
            heading.not_applicable = len(numbers) > 1 or title.split(None, 1)[0].lower() in _VERB
            heading.inline_text = _spaced(rest).lstrip(_SEPARATORS)
            found.append(heading)
            continue
        if not toc:
            title_start = m.end("rest") - len(rest.lstrip(_SEPARATORS))
            below = above = None
            if not title and family == "8-K":
                above = _title_above(text, line_start, family, numbers)
            if not title and above is None:
                below = _title_below(text, eol, family, numbers)
                if below and _part_caption(below[0], family):
                    below = None  # "Item 6." / "(a) Exhibits": the text's first part
                if family == "8-K" and not (below and _sec_titled(
                        family, numbers, _tidy_title(below[0]))) and (
                        named := _section_title_above(text, line_start, family, numbers)):
                    # the section line's words, not a caption under it ("(c) Exhibits")
                    above, below = (named, line_start), None
                if below:
                    raw_title, title_start, eol = below
                    if raw_title[:1] == "(":
                        raw_title = _unwrapped(raw_title)
            if raw_title:
                # a run-in text is split off the first line; a wrapped title is joined first
                run_in = _split_run_in(raw_title, family, numbers, text, line_start)
                if run_in is None:
                    column = _title_column(text, text.rfind("\n", 0, title_start) + 1,
                                           title_start)
                    lettered_sub = sub is not None and len(sub) == 1 and sub.isalpha()
                    joined, end = _continue_title(
                        text, raw_title, eol, family, numbers, column, below is not None,
                        cat.numbers(family) if lettered_sub else ())
                    if end != eol:
                        raw_title, eol = joined, end
                        if lettered_sub and not m.group("more") and not m.group("subs") and (
                                lettered := _bracketed(m.group("num"), sub, joined, family)):
                            # its whole caption the lettered item's ("ITEM 7(a).
                            # QUANTITATIVE AND" / "QUALITATIVE DISCLOSURES ...": Item 7A)
                            numbers, sub = [lettered], None
                            heading.numbers, heading.sub = numbers, sub
                        raw_title, eol = _wrapped_item(text, raw_title, eol, family, numbers)
                        # "... of Financial\n Condition and Results of Operations.....  12"
                        heading.toc = is_index_row(text[text.rfind("\n", 0, eol) + 1 : eol])
                        run_in = _split_run_in(raw_title, family, numbers, text, line_start)
                if _answers(raw_title, family, numbers):
                    run_in = ("", _spaced(raw_title))  # all of it is text
                if run_in is not None:
                    raw_title, heading.inline_text = run_in
            title = _tidy_title(raw_title)
            if not title and above is None and below is None and heading.inline_text is None:
                eol = _head_below(text, eol, family, numbers)  # "ITEM 7." / "APPLE COMPUTER"
        if not toc:
            eol = _past_page_head(text, _past_underline(text, eol))
        if title and heading.inline_text is None and not heading.toc and _mentioned(
                title, family, numbers):
            if on_part >= 0:  # (and the heading of its Part line)
                del found[on_part:]
                counted = min(counted, on_part)
            continue
        if heading.inline_text is None and not _reprint(found, numbers) and (in_sentence(
                text, line_start, eol) or _wrapped_mention(text, line_start, title)):
            if on_part >= 0:  # (and the heading of its Part line)
                del found[on_part:]
                counted = min(counted, on_part)
            continue
        if not toc and above is not None and above[1] == line_start:
            title = above[0]  # "SECTION 9 - FINANCIAL STATEMENTS AND EXHIBITS" / "ITEM 9.01"
        elif not toc and above is not None:  # "RESULTS OF OPERATIONS AND ..." / "ITEM 2.02."
            title, heading.line_start = above
            heading.start = heading.line_start + len(text[heading.line_start : line_start]) - len(
                text[heading.line_start : line_start].lstrip())
        heading.title = _unquoted(_unlettered(_unhung(title))) or None
        if unkeyed and (heading.inline_text is not None and not heading.title or not _sec_titled(
                family, numbers, heading.title)):
            continue
        heading.continued = running and not heading.toc or bool(title) and (
            title[-1] in _CONTINUED_ENDS and _CONTINUED.search(title) is not None)
        heading.body_start = eol
        found.append(heading)
    return found


def _answers_above(text: str, found: list[Heading], numbers: list[str], line_start: int
                   ) -> bool:
    """True when the heading just above, with nothing between, is of the same items: a
    sentence answering them by reference under it is its text, no heading again."""
    last = found[-1] if found else None
    return last is not None and last.kind == "item" and not last.toc and set(numbers) <= set(
        last.numbers) and not text[last.body_start : line_start].strip()


# An explanatory note's list of the items an amendment changes, under a sentence ending in ":"
# ("This Amendment amends the following items of the Original Filing:" / "Item 8. Financial
# Statements and Supplementary Data;" / "Item 9A. Controls and Procedures."), its entries
# bulleted, in cells, or "Part II, Item 8. ...": no headings, when an item it names is headed
# further on (a 10-K's "... incorporated by reference:" over its bare Part III headings is
# the items themselves).
_LISTED = lazy(
    rf"{_SP}*+[{_BULLETS}\-\u2013]?+{_SP}*+(?:(?:PART|Part){_SP}++[IV]{{1,4}}+{_SP}*+"
    rf"[,.:\-\u2013\u2014]?{_SP}*+)?(?:ITEMS?|Items?){_SP}*+(?P<num>{_DIGITS})")
_LIST_LINES = 30  # lines read of a list, blank ones too


def _drop_listed(text: str, found: list[Heading]) -> list[Heading]:
    """`found` without the headings of an item list under a sentence (see _LISTED)."""
    drop: set[int] = set()  # line starts
    ends: dict[int, int] = {}  # line start -> body start (a wrapped title's last line)
    for h in found:
        ends[h.line_start] = max(ends.get(h.line_start, 0), h.body_start)
    items = [h for h in found if h.kind == "item" and not h.toc]
    last: dict[str, int] = {}  # item number -> where it is last headed
    for g in items:
        for n in g.numbers:
            last[n] = g.line_start
    for h in items[:-1]:
        if h.line_start in drop:
            continue
        above = line_above(text, h.line_start)[0].rstrip()
        if not above.endswith(":") or not any(c.islower() for c in above) \
                or "amend" not in text[max(0, h.line_start - 300) : h.line_start].lower():
            continue  # (most headings: one look above; a 10-Q's "... the following:" over
            # its Item 4, a Part III "incorporated by reference as follows:", are no lists)
        listed, end = _list_lines(text, h.line_start, ends)
        if any(last.get(n, -1) >= end for n in listed):
            drop.update(g.line_start for g in found if h.line_start <= g.line_start < end)
    return [h for h in found if h.line_start not in drop] if drop else found


def _list_lines(text: str, start: int, ends: dict[int, int]) -> tuple[set[str], int]:
    """The item numbers of the list lines from `start` on, and where the first other line
    starts."""
    listed: set[str] = set()
    pos = start
    for _ in range(_LIST_LINES):
        if pos >= len(text):
            break
        eol = text.find("\n", pos)
        eol = len(text) if eol < 0 else eol
        if text[pos:eol].strip():
            m = _LISTED.match(text, pos, eol)
            if m is None:
                break
            listed.add(m.group("num").upper())
            eol = max(eol, ends.get(pos, 0))  # a title wrapped onto the next lines
        pos = eol + 1
    return listed, min(pos, len(text))


def _mark_contents(text: str, found: list[Heading]) -> None:
    """A heading next to a table-of-contents line whose own page number sits on the lines
    under it ("Item 1.  Financial Statements" over "Condensed Consolidated Balance Sheets  3")
    is a contents line too: its short body is all contents lines."""
    items = [h for h in found if h.kind == "item"]
    for i, h in enumerate(items):
        if h.toc or not (i and items[i - 1].toc or i + 1 < len(items) and items[i + 1].toc):
            continue
        end = next((g.line_start for g in found if g.line_start > h.line_start), len(text))
        if end - h.body_start <= _CONTENTS_BODY and _contents_lines(text[h.body_start : end]):
            h.toc = True


_ENTRY_LINES = 3  # lines a contents entry wraps over before its page number


def _contents_lines(body: str) -> bool:
    """Lines of a table of contents: the last one ends in a page number, and half of them do
    or each entry wraps over a few lines with its page number on the last ("Condensed
    Statements of Income and" / "Reinvested Earnings for" / "June 30, 1999 and 1998  1")."""
    lines = [line for line in body.split("\n") if line.strip()]
    flags = [is_toc_line(line) for line in lines]
    if not lines or not flags[-1]:
        return False
    return sum(flags) * 2 >= len(flags) or _short_entries(flags)


def _short_entries(flags: list[bool]) -> bool:
    """No more than _ENTRY_LINES lines in a row without a page number."""
    run = 0
    for flag in flags:
        run = 0 if flag else run + 1
        if run > _ENTRY_LINES:
            return False
    return True
