"""EDGAR's names for the forms a bare cover prints without the section or rule that EDGAR's
name carries: a Form 10 or 10-SB ("10-12G", "10SB12G"), a Form 8-A ("8-A12B"), a 20-F or
40-F whose registration statement box is checked ("20FR12B", "40FR12G"), all by the Section
12 caption that names a class; a Form 15 by the rule its checked box relies on ("15-12G",
"15-15D", "15-12B"); a fund's post-effective amendment by the Rule 485 paragraph it takes
effect under ("485BPOS", "485APOS"). A cover that does not tell keeps its printed form.
"""

from __future__ import annotations

import re

from ..lazy_re import lazy
from .cover_form import BOX, box_before, box_just_before, is_checked, untyped_blanks

_COVER_CHARS = 5000  # the cover: its captions, the Section 12 tables and the rule boxes
# "Securities to be registered pursuant to Section 12(b) of the Act:", a 20-F's "Securities
# registered or to be registered pursuant to Section 12(g) of the Act."
_SECTION = lazy(r"registered[ \t]+(?:pursuant[ \t]+to|under)[ \t]+Section[ \t]+12[ \t]?"
                r"\((?P<s>[bg])\)[^\n:]{0,40}:?", re.I)
# the lines under such a caption that name no class: the table's heads, rules, a wrapped "Act"
_HEAD_LINE = lazy(r"[ \t]*+(?:[\-=_ \t]*$|Title[ \t]+of[ \t]+(?:each[ \t]+)?class|Name[ \t]+of"
                  r"[ \t]+(?:each[ \t]+)?exchange|to[ \t]+be[ \t]+so[ \t]+registered|each[ \t]+"
                  r"class[ \t]+is[ \t]+to[ \t]+be|Act[ \t.:]*$)", re.I)
_NONE = lazy(r"[ \t]*\(?(?:None|N/?A\b|Not[ \t]+applicable)", re.I)
_FORMS = {"10": "10-12", "10-SB": "10SB12", "8-A": "8-A12"}
_ANNUAL_FORMS = {"20-F": "20FR12", "40-F": "40FR12"}
_REGISTRATION_BOX = lazy(r"REGISTRATION[ \t]+STATEMENT[ \t]+PURSUANT[ \t]+TO[ \t]+SECTION[ \t]+12",
                         re.I)
# the title of a Form 10, 10-SB or 8-A ("GENERAL FORM FOR REGISTRATION OF SECURITIES", "FOR
# REGISTRATION OF CERTAIN CLASSES OF SECURITIES"): a "FORM 10" with no such title is more
# likely a 10-K whose "-K" the line lost
_REGISTRATION_TITLE = lazy(r"FOR[ \t]+REGISTRATION[ \t]+OF", re.I)
_ANNUAL_BOX = lazy(r"ANNUAL[ \t]+REPORT[ \t]+(?:PURSUANT|UNDER)\b", re.I)


def registration_form(head: str, match: re.Match[str], form: str) -> str:
    """`form` (as cover_form named it) in EDGAR's name, where the cover tells which."""
    amended = "/A" if form.upper().endswith("/A") else ""
    base = form[:len(form) - len(amended)].upper()
    if base in _RULE_485_FORMS:
        above = max(0, match.start() - _TITLE_ABOVE)  # a title "... NO. 12 TO" over the line
        return _rule_485(head[above:match.end() + _COVER_CHARS]) or form
    if base == "15":  # (a blank after a rule is to fill in, unless the boxes are typed so)
        kind = _rule_relied_on(untyped_blanks(head[match.end():match.end() + _COVER_CHARS]))
        return f"15-{kind}{amended}" if kind else form
    if base not in _FORMS and base not in _ANNUAL_FORMS:
        return form
    cover = head[match.end():match.end() + _COVER_CHARS]
    if base in _ANNUAL_FORMS and not _registration_checked(cover):
        return form  # an annual, transition or shell company report: EDGAR's "20-F"
    if base in _FORMS and not _REGISTRATION_TITLE.search(head, 0, match.end() + _COVER_CHARS):
        return form
    section = _section_with_class(cover)
    return f"{(_FORMS | _ANNUAL_FORMS)[base]}{section}{amended}" if section else form


def _registration_checked(cover: str) -> bool:
    """Is the registration statement's box checked, the cover printing each box before its
    label? (The annual report's box, before its label too, is there and not checked: where
    boxes follow their labels, the one before "Registration statement" is the annual's.)"""
    box = _REGISTRATION_BOX.search(cover)
    if not box or not box_before(cover, box.start()):
        return False
    for annual in _ANNUAL_BOX.finditer(cover):
        if box_before(cover, annual.start(), any_box=True):
            return not box_before(cover, annual.start())
    return False


def _section_with_class(cover: str) -> str | None:
    """"B" or "G": the one Section 12 caption with a class under it (the other's "None")."""
    named: dict[str, bool] = {}
    for caption in _SECTION.finditer(cover):
        section = caption.group("s").upper()
        if section not in named:
            named[section] = _names_class(cover, caption.end())
    if named.get("B") and not named.get("G"):
        return "B"
    if named.get("G") and not named.get("B"):
        return "G"
    return None


def _names_class(cover: str, at: int) -> bool:
    """Is the first line under the caption (or after it on its line), past the table's heads,
    a class rather than "None"?"""
    lines = cover[at:at + 600].split("\n")
    for line in lines[:8]:
        if not _HEAD_LINE.match(line):
            return not _NONE.match(line)
    return False


# a Form 15's rule boxes: "Rule 12g-4(a)(1)(i)  [X]", "☒ Rule 12h-3(b)(1)(i)", "Rule 15d-6 [ ]";
# a sub-paragraph is "(a)", "(2)", "(ii)", never "(X)": that is a box after the rule
_RULES = lazy(r"Rule[ \t]+(?P<label>12g-?4|12h-?3|15d-?6|15d-?22|12d2-?2)"
              r"(?:[ \t]?\((?:[a-e]|\d\d?|i{1,3}|iv)\)){0,4}+", re.I)
# a box after its rule, past the column's blanks (not past the next rule: only blanks between)
_RULE_BOX_AFTER = lazy(r"[ \t]{0,40}+" + BOX)
# the rule a checked box names: a 12(g) registration ended, a 15(d) duty suspended, a
# 12(b) one ended
_RULE_KINDS = {"12G4": "12G", "12H3": "15D", "15D6": "15D", "15D22": "15D", "12D22": "12B"}
_TITLE_CHARS = 400
_SECTION_12B = lazy(r"\bSection[ \t]+12[ \t]?\(b\)", re.I)
_SECTION_12G = lazy(r"\b12[ \t]?\(g\)", re.I)


def _rule_relied_on(cover: str) -> str | None:
    """"12G", "15D" or "12B": a Form 15's kind by its checked rule boxes (a 12(g) registration
    ended with a 15(d) duty suspended is "12G"; a title naming Section 12(b), "12B")."""
    # each rule with the box just before it and the one after it
    rules = [(m, box_just_before(cover, m.start()), _RULE_BOX_AFTER.match(cover, m.end()))
             for m in _RULES.finditer(cover)]
    sides = _box_sides(cover, rules)
    kinds = _kinds(rules, 2)
    if sides == {"before"}:
        kinds = _kinds(rules, 1)
    elif sides != {"after"} and kinds != _kinds(rules, 1):
        return None  # the layout does not tell which box is whose, and the readings differ
    if "12B" in kinds or "12G" in kinds and _SECTION_12B.search(cover, 0, _TITLE_CHARS) \
            and not _SECTION_12G.search(cover, 0, _TITLE_CHARS):
        return "12B"
    return "12G" if "12G" in kinds else "15D" if kinds else None


_Rule = tuple[re.Match[str], re.Match[str] | None, re.Match[str] | None]


def _kinds(rules: list[_Rule], side: int) -> set[str]:
    """The kinds of the rules whose box on that side (1 before, 2 after) is checked."""
    return {_RULE_KINDS[rule[0].group("label").upper().replace("-", "")]
            for rule in rules if (box := rule[side]) and is_checked(box)}


def _box_sides(cover: str, rules: list[_Rule]) -> set[str]:
    """The side each row of rules puts its boxes: "before" where a box leads the row's first
    rule, "after" where one follows its last (a box between two rules could be either's)."""
    rows: dict[int, list[_Rule]] = {}
    for rule in rules:
        rows.setdefault(cover.rfind("\n", 0, rule[0].start()), []).append(rule)
    sides = set()
    for row in rows.values():
        first, last = row[0][1] is not None, row[-1][2] is not None
        if first or last:
            sides.add("before" if first and not last else "after" if last and not first
                      else "both")
    return sides


# A post-effective amendment to a fund's (or a separate account's) registration statement is
# filed under Rule 485, not as "/A": EDGAR's "485BPOS" where the cover checks a "pursuant to
# paragraph (b)" date, "485APOS" for "(a)", "485BXT" where it only sets a new date for an
# earlier one. The N-1A cover: "Post-Effective Amendment No. 45  [X]" (the original's "No.
# ___  [ ]"), or a title "POST-EFFECTIVE AMENDMENT NO. 12 TO FORM S-6".
_RULE_485_FORMS = frozenset({"N-1A", "N-3", "N-4", "N-6", "S-6"})
_TITLE_ABOVE = 150
_POST_AMENDMENT = lazy(r"Post[ \t]?[\-\u2010-\u2013]?[ \t]?Effective[ \t]+Amendment[ \t]+No\.?"
                       r"[ \t]*+\d{1,4}+\b(?P<rest>[^\n]{0,80})", re.I)
_BOX_AT_END = lazy(BOX + r"[ \t]*$", re.M)
# "[X] on May 1, 2005 pursuant to paragraph (b)" (of Rule 485), "... pursuant to Rule 485(a)"
_PARAGRAPH = lazy(r"pursuant[ \t]+to[ \t]*(?:\n[ \t]*)?(?:paragraph|Rule[ \t]+485)[ \t]*"
                  r"(?:\n[ \t]*)?\((?P<p>[ab])\)", re.I)
_NEW_DATE = lazy(r"designates[ \t]+a[ \t]+new[ \t]+effective[ \t]+date", re.I)
_LINE_BOX = lazy(r"[ \t]*+" + BOX)


def _rule_485(cover: str) -> str | None:
    """"485BPOS", "485APOS" or "485BXT" for a post-effective amendment; None for any other
    filing, or where the cover's boxes do not tell which paragraph it is under."""
    cover = untyped_blanks(cover)
    post = _POST_AMENDMENT.search(cover)
    if post is None:
        return None
    box = _BOX_AT_END.search(post.group("rest"))
    if box and not is_checked(box):  # numbered but not checked: another line's number
        return None
    paragraphs = {m.group("p").upper() for m in _PARAGRAPH.finditer(cover)
                  if _line_checked(cover, m.start())}
    if not paragraphs:
        return None
    # (a new date for an earlier amendment is 485BXT whichever paragraph its date is under:
    # "[X] on (date) pursuant to paragraph (a)(1)" with the new-date box checked too)
    if (found := _NEW_DATE.search(cover)) and _line_checked(cover, found.start()):
        return "485BXT"
    return f"485{paragraphs.pop()}POS" if len(paragraphs) == 1 else None


def _line_checked(cover: str, at: int) -> bool:
    """Is the box of the option at `at` checked: the one opening its line (or, where the
    line opens with the option's words, the line above, which it continues), or the one
    ending its line?"""
    start = cover.rfind("\n", 0, at) + 1
    box = _LINE_BOX.match(cover, start, at)
    if box is None and start and not cover[start:at].strip():
        above = cover.rfind("\n", 0, start - 1) + 1
        box = _LINE_BOX.match(cover, above, start - 1)
    if box is None:
        end = cover.find("\n", at)
        box = _BOX_AT_END.search(cover, at, len(cover) if end < 0 else end)
    return bool(box) and is_checked(box)
