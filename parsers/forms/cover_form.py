"""The form a bare cover names: the form line ("FORM 8-K", "F O R M  10-K", "SCHEDULE 13D")
as EDGAR names its form, "/A" where the cover says it amends; a schedule's or a proxy's
checked box ("SC TO-T", "DEF 14A", "DEFA14A"), a text Form 13F's report type box
("13F-HR", "13F-NT"), a Form 12b-25's checked form ("NT 10-K"), a post-effective amendment
("S-8 POS", "POS AM"), a 10-K's or 10-Q's checked transition or Item 405 box ("10-KT",
"10-QT", "10-K405"); a prospectus's legend ("Filed Pursuant to Rule 424(b)(3)": "424B3",
Rule 433: "FWP", Rule 425: "425"). Used where a filing has no header to say its form.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator
from typing import Any

from ..lazy_re import lazy
from ..regex_cache import compiled

# A form's code as covers print it: "8-K", "10-K405", "N-CSR", "10-Q/A", "8 - K", "10–K"
# (a dash), "8-K / A" (a spaced slash); after a spaced-out "F O R M" maybe spaced out too
# ("1 0 - K")
_CODE = r"[0-9A-Z](?:[0-9A-Z]|[ \t]?[\-\u2010-\u2013/][ \t]?){0,11}"
_SPACED_CODE = r"[0-9A-Z](?:[ \t]{0,2}[0-9A-Z/\-\u2010-\u2013]){0,11}"
# "FORM 8-K", "SCHEDULE 13G" alone on a line, maybe as "AMENDMENT NO. 1 TO FORM 10-K",
# "POST-EFFECTIVE AMENDMENT NO. 1 TO FORM S-8 REGISTRATION STATEMENT NO. 333-123456",
# "FORM 8-K/A No. 1", "FORM 10-K/A (Amendment No. 2)", "FORM 10-K 405" (EDGAR's "10-K405"),
# "FORM S-3 REGISTRATION STATEMENT UNDER ..." (not "Form 8-K Current Report dated ..."),
# "FORM" over its code (two HTML spans), "SCHEDULE 14A INFORMATION", "SCHEDULE 13D (Rule
# 13d-101)", "FORM 8-K (AMENDED)" and "AMENDED FORM 8-K" (amendments)
FORM_ON_COVER = compiled(
    r"^[ \t]*(?P<to>(?:(?:POST|PRE)[ \t]?[\-\u2010-\u2013][ \t]?EFFECTIVE[ \t]+)?"
    r"AMENDMENT[ \t]+NO\.?[ \t]*\d{1,2}[ \t]+TO[ \t]+|AMENDED[ \t]+)?"
    r"(?:FORM(?:[ \t]+|[ \t]*\n(?:[ \t]*\n){0,2}[ \t]*(?=[^\n]{0,12}\d))(?P<code>" + _CODE
    + r"(?:(?<=K)[ \t]{1,2}405)?)"
    r"|F[ \t]{1,3}O[ \t]{1,3}R[ \t]{1,3}M[ \t]+(?P<spaced>" + _SPACED_CODE + r")"
    r"|SCHEDULE[ \t]+(?P<sc>13[DG]|14[AC]|TO|14D-?[19]|13E-?[34])(?P<sca>/A)?"
    r"(?:[ \t]+INFORMATION)?(?:[ \t]+\(Rule[ \t]+1[0-9a-z\-]{3,10}\))?)"
    r"(?:[ \t]+\(?(?P<amend>AMENDMENT[ \t]+)?NO\.?[ \t]*\d{1,2}\)?"
    r"|[ \t]+(?P<amended>\(AMENDED\)))?"
    r"(?:[ \t]+(?:(?:CURRENT|ANNUAL|QUARTERLY)[ \t]+REPORT(?:[ \t]+PURSUANT\b[^\n]{0,150})?"
    r"|REGISTRATION[ \t]+STATEMENT(?:[ \t]+UNDER\b[^\n]{0,150}"
    r"|[ \t]+\(?NO\.?[ \t]*33[3-9]-\d{3,6}\)?)?))?[ \t]*$",
    re.M | re.I)
# an amendment's number ("Amendment No. 3"); an original prints the blank "(Amendment No. )*"
_NUMBER = r"Amendment[ \t]+No\.?[ \t:]*+_{0,12}[ \t]*(?:\d|(?:one|two|three|four|five)\b)"
# "FORM 8-K" over "(Amendment No. 1)", maybe under "CURRENT REPORT" and the Act's lines: an
# amendment, though the form line says no "/A"
_AMENDMENT_BELOW = compiled(r"\n[ \t]*+\(?[ \t]*" + _NUMBER, re.I)
_AMENDMENT_CHARS = 400
# ... or under "AMENDMENT NO. 1" (and a "TO" line) just above the form line
_AMENDMENT_ABOVE = lazy(
    r"\(?[ \t]*Amendment[ \t]+No\.?[ \t]*\d{1,2}[ \t]*\)?(?:[ \t]*(?:\n[ \t]*){0,2}to)?"
    r"[ \t]*(?:\n[ \t]*){1,3}\Z", re.I)
_ABOVE_CHARS = 150
_AMENDED_CHARS = 80  # "(AMENDED)" on the next line or two, under the form line


def _amended(head: str, match: re.Match[str]) -> bool:
    """Does the cover call the form on this line an amendment, on it, below it or above it?"""
    if match.group("to") or match.group("amend") or match.group("amended"):
        return True
    start, end = match.start(), match.end()
    if head[end : end + _AMENDED_CHARS].lstrip()[:9].upper() == "(AMENDED)":
        return True  # "FORM 8-K" over "(AMENDED)"
    # both patterns spell out "Amendment": a window without the word is not scanned
    return bool(_says_amendment(head, end, end + _AMENDMENT_CHARS)
                and _AMENDMENT_BELOW.search(head, end, end + _AMENDMENT_CHARS)
                or _says_amendment(head, max(0, start - _ABOVE_CHARS), start)
                and _AMENDMENT_ABOVE.search(head, max(0, start - _ABOVE_CHARS), start))


def _says_amendment(head: str, start: int, end: int) -> bool:
    """"amendment" in head[start:end], in any case (no other character folds onto its
    letters under re.I)."""
    return "amendment" in head[start:end].lower()


def cover_form(head: str, match: re.Match[str]) -> str | None:
    """The form a cover's form line names, as EDGAR names it; null where a schedule's boxes
    leave EDGAR's name open."""
    if match.group("sc"):
        return _schedule(head, match)
    code = match.group("code")
    if code is None:
        code = "".join(match.group("spaced").split())
        if not any(c.isdigit() for c in code):
            return None  # "F O R M  O F  P R O X Y", a heading spaced out; forms have figures
    form = _DASHES.sub("-", code.replace(" ", "").replace("\t", ""))
    undashed = _UNDASHED.fullmatch(form)
    if undashed:  # "FORM 8K", "FORM 10KSB": EDGAR's code has its dash
        form = f"{undashed.group(1)}-{undashed.group(2)}"
    numbered = _NUMBERED_AMENDMENT.search(form)
    if numbered:  # "FORM 8-K/A-1": EDGAR names the amendment, not its number
        form = form[: numbered.start()] + "/A"
    elif _RUN_ON_AMENDMENT.fullmatch(form):  # "FORM 8-KA": no such form, "8-K/A" typed short
        form = form[:-1] + "/A"
    if form[-1:] == "-" or form.isdigit():  # "FORM 10" over "-K", "FORM 10-" over "K"
        form += _wrapped_code(head, match.end(), form[-1:] == "-")
    if form.upper() == "13F":  # EDGAR has no "13F": its report type box names it
        return _thirteen_f(untyped_blanks(head[match.end():]))
    if form.upper() in _POS_NAMES and (post := _post_effective(head, match)):
        on = post.group("on").upper() if post.group("on") else form.upper()
        return "POSASR" if on in _ASR_FORMS and _automatic_shelf(head, match.end()) \
            else _POS_NAMES[on]
    if not form.upper().endswith("/A") and _amended(head, match):
        form += "/A"
    if form.upper() in _ASR_FORMS and _automatic_shelf(head, match.end()):
        return f"{form}ASR"  # "S-3ASR", "F-3ASR"
    if form.upper().startswith("12B-25"):  # EDGAR has no "12B-25": the box checked names it
        return _late_notice(head[match.end():], form.upper().endswith("/A"))
    if form.upper().removesuffix("/A") in ("10-K", "10-Q", "10-KSB"):
        return _periodic(head[match.end():match.end() + _PERIODIC_CHARS], form)
    return form


_DASHES = compiled(r"[\u2010-\u2013]")
# a periodic or current report's code typed with no dash ("8K", "10Q", "10KSB", "20F", "8K/A")
_UNDASHED = compiled(r"(6|8|10|11|20|40)([KQF](?:SB|405)?(?:/?A(?:-?\d{1,2})?)?)", re.I)
# an amendment's number run onto its code's "/A" ("8-K/A-1", "10-K/A2")
_NUMBERED_AMENDMENT = compiled(r"/A-?\d{1,2}$", re.I)
# a periodic or current report's "/A" typed without its slash ("8-KA", "10-QA", "20-FA"; not
# "N-1A", a form of its own)
_RUN_ON_AMENDMENT = compiled(r"\d{1,2}-(?:[KQ](?:SB)?|F)A", re.I)
# the rest of a form's code wrapped onto the next line, alone there ("-K", "K/A", "-KSB")
_WRAPPED = lazy(r"[ \t]*+\n[ \t]*+(?P<dash>[\-\u2010-\u2013][ \t]?)?"
                r"(?P<rest>(?:K(?:SB|405)?|Q(?:SB)?|F)(?:/A)?)[ \t]*$", re.I | re.M)


def _wrapped_code(head: str, end: int, dashed: bool) -> str:
    """The code's end on the line under a form line cut at its dash (or before it)."""
    found = _WRAPPED.match(head, end)
    if not found or bool(found.group("dash")) == dashed:
        return ""
    return ("" if dashed else "-") + found.group("rest").upper()
# A post-effective amendment to a Securities Act registration statement is no "/A": EDGAR
# names it "S-8 POS" (to a Form S-8) or "POS AM" (to the others); a pre-effective one is "/A"
# (the form it is "ON" names it: "POST-EFFECTIVE AMENDMENT NO. 1 / ON FORM S-8 / TO / FORM S-4"
# is an "S-8 POS"). One joined by "AND" to a new registration statement (Rule 429's combined
# prospectus), or one the statement "also constitutes", leaves the filing the new form.
_POST_EFFECTIVE = lazy(r"(?P<joined>\bAND[ \t]*(?:\n[ \t]*)?|constitutes[ \t]+(?:a[ \t]+)?)?"
                       r"POST[ \t]?[\-\u2010-\u2013][ \t]?EFFECTIVE[ \t]+AMENDMENT[ \t]+NO\.?"
                       r"[ \t]*\d{1,2}(?:[ \t]*(?:\n[ \t]*)?ON[ \t]+FORM[ \t]+"
                       r"(?P<on>S-8|S-3|F-3)\b)?",
                       re.I)
_POS_NAMES = {"S-8": "S-8 POS", **dict.fromkeys(
    ("S-1", "S-2", "S-3", "S-4", "S-11", "SB-2", "F-1", "F-3", "F-4"), "POS AM")}


def _post_effective(head: str, match: re.Match[str]) -> re.Match[str] | None:
    """The cover's own post-effective amendment title, on the form line, above or below."""
    start, end = match.start(), match.end()
    for found in _POST_EFFECTIVE.finditer(head, max(0, start - _ABOVE_CHARS),
                                          end + _AMENDMENT_CHARS):
        if not found.group("joined"):
            return found
    return None


_SCHEDULE_CHARS = 4000  # a schedule's cover: its title, parties and boxes
_NUMBERED = lazy(_NUMBER, re.I)
# EDGAR's names for the schedules whose cover boxes do not choose among several
_SCHEDULES = {"13D": "SC 13D", "13G": "SC 13G", "14D1": "SC 14D1", "13E3": "SC 13E3",
              "13E4": "SC 13E4"}


def _schedule(head: str, match: re.Match[str]) -> str | None:
    """"SCHEDULE 13D" is "SC 13D"; a Schedule TO, 14D-9, 14A or 14C is named by the box its
    cover checks ("Definitive Proxy Statement": "DEF 14A"), or is null."""
    kind = match.group("sc").upper().replace("-", "")
    cover = untyped_blanks(head[match.end():match.end() + _SCHEDULE_CHARS])
    amended = bool(match.group("sca") or match.group("amend")
                   or _NUMBERED.search(cover, 0, 600) or _AMENDMENT_ABOVE.search(
                       head, max(0, match.start() - _ABOVE_CHARS), match.start()))
    if kind in ("14A", "14C"):
        return _proxy(cover, kind, amended)
    if kind == "TO" or kind == "14D9":
        if _checked_box(cover, _COMMUNICATIONS):  # before the offer began: no amendment
            return "SC TO-C" if kind == "TO" else "SC14D9C"
        if kind == "TO":
            offer = _checked(cover, _OFFERORS)
            form = f"SC TO-{offer.pop()}" if len(offer) == 1 else None
        else:
            form = "SC 14D9"
    else:
        form = _SCHEDULES[kind]
    return f"{form}/A" if form and amended else form


# A box as a cover prints it, checked ("[X]", "[_X_]", "/x/", "|X|", "(X)", "☒", "☑", "✓",
# an "x", "ý" or "þ" standing alone where the HTML's Wingdings box was, a typed blank filled
# in, "_X_" or "___X___") or not ("[ ]", "[_]", "☐", "¨", "o", a blank "___" standing alone)
BOX = (r"(?:[\[(/|][ \t_]{0,3}(?P<x>[Xx✓✔])?[ \t_]{0,3}[\])/|]|(?P<glyph>[☒☑✓✔■])|[☐□❑¨]"
        r"|(?<!\S)(?:(?P<letter>[Xxýþ])|[oq]|_{1,8}(?P<blank>[Xx])_{1,8}|_{3,10})(?!\S))")
# the labels of a proxy's or information statement's boxes (each box before its label)
_PROXY_BOXES = lazy(
    r"(?P<label>Preliminary[ \t]+(?:Proxy|Information)|"
    r"Definitive[ \t]+(?:Proxy|Information)|Definitive[ \t]+Additional|Soliciting[ \t]+Material"
    r"|Fee[ \t]+(?:computed|paid[ \t]+previously)|No[ \t]+fee[ \t]+required)", re.I)
_OTHER_PARTY = lazy(r"Filed[ \t]+by[ \t]+a[ \t]+Party[ \t]+other[ \t]+than[ \t]+the[ \t]+"
                    r"Registrant[ \t:]*(?P<box>" + BOX + r")?", re.I)
_BOX_BEFORE = lazy(BOX + r"[ \t]*\Z")
# a Schedule TO's box labels: the offer is a third party's or the issuer's own
_OFFERORS = lazy(r"(?P<label>third[- ]party|issuer)(?=[ \t]+tender[ \t]+offer)", re.I)
# "[ ] Check the box if the filing relates solely to preliminary communications made before
# the commencement of a tender offer." (its box before it, or after it on old covers)
_COMMUNICATIONS = lazy(r"solely[ \t]+to[ \t]+preliminary[ \s]{0,4}communications", re.I)
_PARAGRAPH_BOX = lazy(r"(?:[^\n]|\n(?![ \t]*\n)){0,240}?" + BOX)


# what a checked box's label says
_BOX_KEYS = {"preliminary proxy": "PRE", "preliminary information": "PRE",
             "definitive proxy": "DEF", "definitive information": "DEF",
             "definitive additional": "DEFA", "soliciting material": "DEFA",
             "fee computed": "FEE", "fee paid previously": "FEE", "no fee required": "NO FEE",
             "third party": "T", "issuer": "I"}


# A lone blank ("___") is an unchecked box only on a cover that types its checked box as a
# blank filled in ("_X_", "___X___"); elsewhere it is a blank to fill in: "[X] Rule 15d-6
# ________", "Form 10-K ______ (see below)", "... Form 10-K.  ___   [X]"
_TYPED_CHECK = lazy(r"(?<!\S)_{1,8}+[Xx]_{1,8}+(?!\S)")
_LONE_BLANK = lazy(r"(?<!\S)_{3,10}+(?!\S)")


def untyped_blanks(text: str) -> str:
    """`text` with its lone blanks ruled out as boxes ("___" read "---", the same length),
    unless it types its checked box as a blank: then they are its unchecked boxes."""
    if "___" not in text or _TYPED_CHECK.search(text):
        return text
    return _LONE_BLANK.sub(lambda m: "-" * len(m.group()), text)


def is_checked(box: re.Match[str]) -> bool:
    return bool(box.group("x") or box.group("glyph") or box.group("letter")
                or box.group("blank"))


# A well-known seasoned issuer's S-3 or F-3 takes effect on filing (Rule 462(e)): its cover
# checks "If this Form is a registration statement pursuant to General Instruction I.D. or a
# post-effective amendment thereto that shall become effective upon filing with the Commission
# pursuant to Rule 462(e) under the Securities Act, check the following box. [X]" (EDGAR's
# "S-3ASR", "F-3ASR", "POSASR"); every S-3 cover since 2005 prints the box, most unchecked
_ASR_FORMS = frozenset({"S-3", "F-3"})
_RULE_462E = lazy(r"Rule[ \t]+462[ \t]?\(e\)", re.I)
# its box after "check the following box." (on the next line only where that line holds
# nothing but the box: a box opening a line with words is the next paragraph's) ...
_462E_BOX = lazy(r"[^.]{0,200}?following[ \t]*+(?:\n[ \t]*+)?box[ \t]*+[.:]?[ \t]*+"
                  r"(?P<below>\n[ \t]*)?" + BOX, re.I)
# ... or before its paragraph ("[X]  If this Form is a registration statement pursuant to
# General Instruction I.D. ...", each box opening its paragraph's line)
_IF_THIS_FORM = lazy(r"If[ \t]+this[ \t]+Form\b", re.I)
_FOLLOWING_BOX = lazy(r"following[ \t]*(?:\n[ \t]*)?box", re.I)
_PARAGRAPH_CHARS = 400  # how far before "Rule 462(e)" its paragraph opens


def _automatic_shelf(head: str, end: int) -> bool:
    """Is the cover's Rule 462(e) box checked?"""
    if "462(e)" not in head and "462 (e)" not in head:
        return False
    rule = _RULE_462E.search(head, end)
    if rule is None:
        return False
    box = _462E_BOX.match(head, rule.end())
    if box is not None:
        eol = head.find("\n", box.end())
        if not box.group("below") or not head[box.end() : len(head) if eol < 0 else eol].strip():
            return is_checked(box)
    return _box_opening(head, rule.start())


def _box_opening(head: str, at: int) -> bool:
    """Is the box that opens the line of the paragraph's "If this Form" (before `at`)
    checked? (No box of its own where an earlier paragraph's "following box" lies between.)"""
    start = max(0, at - _PARAGRAPH_CHARS)
    opening = deque(_IF_THIS_FORM.finditer(head, start, at), maxlen=1)  # the last
    if not opening or _FOLLOWING_BOX.search(head, opening[0].end(), at):
        return False
    line = head.rfind("\n", 0, opening[0].start()) + 1
    box = _LONE_BOX.match(head[line : opening[0].start()])
    return box is not None and is_checked(box)


def _checked(cover: str, labels: Any) -> set[str]:
    """What the labels checked just before say ("PRE", "DEF", "FEE", "T", ...). (Found by
    their label first: a scan led by the box's many spellings is slow.)"""
    return {_BOX_KEYS.get(" ".join(m.group("label").lower().replace("-", " ").split()), "")
            for m in labels.finditer(cover) if box_before(cover, m.start())}


def box_before(text: str, at: int, any_box: bool = False) -> bool:
    """Is the box just before `at` ("[X] ", "x\t") checked (or, `any_box`, there at all)?"""
    box = box_just_before(text, at)
    return bool(box) and (any_box or is_checked(box))


def box_just_before(text: str, at: int) -> re.Match[str] | None:
    """The box just before `at` ("[X] ", "x\t"), checked or not."""
    return _BOX_BEFORE.search(text, max(0, at - 12), at)


def _checked_box(cover: str, label: Any) -> bool:
    """Is the paragraph's box checked: the one just before the label's line, or after it?"""
    found = label.search(cover)
    if not found:
        return False
    box = _PARAGRAPH_BOX.match(cover, cover.rfind("\n", 0, found.start()) + 1)
    return bool(box) and is_checked(box)


def _other_party(cover: str) -> bool:
    """Is "Filed by a Party other than the Registrant" checked (its box after it or before)?"""
    found = _OTHER_PARTY.search(cover)
    if not found:
        return False
    if found.group("box"):
        return is_checked(found)
    return box_before(cover, found.start())


# a text Form 13F's (1999-2013) boxes: "Check here if Amendment [X]; Amendment Number: 2",
# "Report Type (Check only one.): [X] 13F HOLDINGS REPORT. [ ] 13F NOTICE. [ ] 13F
# COMBINATION REPORT." (a combination report is filed as a holdings report)
_13F_AMENDMENT = lazy(r"Check[ \t]+here[ \t]+if[ \t]+Amendment[ \t:]*(?P<box>" + BOX + ")",
                      re.I)
_13F_TYPES = lazy(r"(?P<label>13F[ \t]+(?:HOLDINGS|NOTICE|COMBINATION))", re.I)


def _thirteen_f(cover: str) -> str | None:
    kinds = {m.group("label")[4:].lstrip()[:1].upper()
             for m in _13F_TYPES.finditer(cover) if box_before(cover, m.start())}
    if not kinds or ("N" in kinds and len(kinds) > 1):
        return None  # no box checked, or a notice and a holdings report at once
    form = "13F-NT" if kinds == {"N"} else "13F-HR"
    amended = _13F_AMENDMENT.search(cover)
    return f"{form}/A" if amended and is_checked(amended) else form


# a Form 12b-25's "(Check One): [X] Form 10-K  [ ] Form 20-F  [ ] Form 11-K  [ ] Form 10-Q
# ..." (each box before its label; "[ ] Transition Report on Form 10-K" has its box before
# "Transition"); EDGAR files it as "NT 10-K", a small business's 10-KSB box as "NT 10-K" too.
# (A fund's N-SAR, N-CEN or N-CSR box is left unnamed.)
_NT_FORMS = lazy(r"Form[ \t]+(?P<label>10-?[KQ](?:SB)?|11-?K|20-?F|10-?D|N-?CEN|N-?CSR|N-?SAR)"
                 r"(?![\w-])", re.I)
_NT_CHARS = 2000
_NT_NAMES = {"10K": "NT 10-K", "10KSB": "NT 10-K", "10Q": "NT 10-Q", "10QSB": "NT 10-Q",
             "11K": "NT 11-K", "20F": "NT 20-F", "10D": "NT 10-D"}


_BOX_AFTER = lazy(r"[ \t]{0,6}" + BOX)


def _boxes_after(cover: str, labels: list[re.Match[str]]) -> bool:
    """Does the first label with a box beside it have it after, none before?"""
    for label in labels:
        if _BOX_BEFORE.search(cover, max(0, label.start() - 12), label.start()):
            return False
        if _BOX_AFTER.match(cover, label.end()):
            return True
    return False


def _late_notice(cover: str, amended: bool) -> str | None:
    """A notification of late filing's EDGAR name, from the one form its cover checks."""
    cover = untyped_blanks(cover[:_NT_CHARS])
    labels = list(_NT_FORMS.finditer(cover))
    if _boxes_after(cover, labels):  # "Form 10-K [X]  Form 20-F [ ]": each box after its label
        checked = {m.group("label").upper().replace("-", "") for m in labels
                   if (box := _BOX_AFTER.match(cover, m.end())) and is_checked(box)}
    else:
        checked = {m.group("label").upper().replace("-", "")
                   for m in labels if box_before(cover, m.start())}
    if len(checked) != 1:
        return None
    form = _NT_NAMES.get(checked.pop())
    return f"{form}/A" if form and amended else form


# A Form 10-K's (10-Q's) "(Mark One)" boxes: "[X] ANNUAL REPORT PURSUANT TO SECTION 13 OR
# 15(d) ..." or "[X] TRANSITION REPORT PURSUANT TO ..." (EDGAR's "10-KT", "10-QT"), the
# transition's dates filled in ("For the transition period from July 1, 2004 to December 31,
# 2004") where no box reads checked; and, on a 10-K for a year before 2002's filings ended
# the form, the Item 405 box ("... or any amendment to this Form 10-K. [X]"): "10-K405"; a
# 10-KSB's Regulation S-B Item 405 box likewise: "10-KSB40".
_PERIODIC_CHARS = 4000
_PERIODIC_BOXES = lazy(r"(?P<label>ANNUAL|QUARTERLY|TRANSITION)[ \t]+REPORT[ \t]+"
                       r"(?:PURSUANT|UNDER)\b", re.I)
_TRANSITION_DATES = lazy(
    r"transition[ \t]+period[ \t]+from[ \t:]*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct"
    r"|Nov|Dec)[a-z]{0,6}\.?[ \t]+\d|\d{1,2}/\d{1,2}/\d{2,4})", re.I)
_ITEM_405 = lazy(r"Item(?:[ \t]*+\n)?[ \t]*+405\b(?P<rest>[\s\S]{0,600}?)" + BOX)
# the year the cover's fiscal year (or transition period) ends ("For the fiscal year ended
# December 31, 2000", "For the fifty-two weeks ended ..."), the date maybe on the next line
_FISCAL_YEAR = lazy(r"(?:year|weeks|period)[ \t]+(?:ended|ending|from)"
                    r"[^\n]{0,60}?(?:\n[^\n]{0,60}?)?\b(?P<year>19[89]\d|20\d\d)\b", re.I)
_LAST_405_YEAR = 2001  # a fiscal year of 2002 or later was filed after EDGAR dropped 10-K405


def _periodic(cover: str, form: str) -> str:
    """"10-K" as EDGAR names it from its cover's boxes: "10-KT", "10-K405", "10-QT/A", ..."""
    amended = "/A" if form.upper().endswith("/A") else ""
    base = form[:len(form) - len(amended)]
    if "RANSITION" not in cover and "ransition" not in cover and "405" not in cover:
        return form  # the common cover, read no further
    cover = untyped_blanks(cover)
    small = base.upper() == "10-KSB"  # EDGAR has no 10-KSB transition name: it stays
    checked = set() if small else _checked_labels(cover)
    transition = not small and ("TRANSITION" in checked and len(checked) == 1 or (
        not checked and bool(_TRANSITION_DATES.search(cover))))
    suffix = "T" if transition else ""
    if (_small_405(cover) if small else base.upper() == "10-K" and _large_405(cover)) \
            and (year := _FISCAL_YEAR.search(cover)) and int(year["year"]) <= _LAST_405_YEAR:
        suffix += "40" if small else "405"  # a 10-KSB's Item 405 box: EDGAR's "10-KSB40"
    return f"{base}{suffix}{amended}"


def _large_405(cover: str) -> bool:
    """Is a 10-K's Item 405 box (the first after "Item 405", in its paragraph) checked?"""
    box = _ITEM_405.search(cover)
    return bool(box) and is_checked(box) and "Indicate" not in box.group("rest")


# A 10-KSB prints its Item 405 box before "Check if there is no disclosure of delinquent
# filers in response to Item 405 of Regulation S-B ..." (on its line or alone on the line
# above), or right after the paragraph's closing "... amendment to this Form 10-KSB. [X]";
# the next box on is a later question's ("Yes [X] No [ ]")
_ITEM_405_AT = lazy(r"Item(?:[ \t]*+\n)?[ \t]*+405\b", re.I)
_CHECK_IF = lazy(r"Check[ \t]+if\b", re.I)
_KSB_CLOSE = lazy(r"Form(?:[ \t]*+\n)?[ \t]*+10-?KSB\.?[ \t]{0,60}+" + BOX, re.I)
_LONE_BOX = lazy(r"[ \t]*+" + BOX + r"[ \t]*+\Z")


def _small_405(cover: str) -> bool:
    """Is a 10-KSB's Item 405 box checked (see _KSB_CLOSE)?"""
    item = _ITEM_405_AT.search(cover)
    if item is None:
        return False
    # the last "Check if" before "Item 405" opens its paragraph
    checks = list(_CHECK_IF.finditer(cover, max(0, item.start() - 200), item.start()))
    if checks:
        at = checks[-1].start()
        line = cover.rfind("\n", 0, at) + 1
        box = box_just_before(cover, at)
        if box is None and line and not cover[line:at].strip():
            box = _LONE_BOX.match(cover, cover.rfind("\n", 0, line - 1) + 1, line - 1)
        if box is not None:
            return is_checked(box)
    end = cover.find("\n\n", item.end(), item.end() + 700)  # the paragraph's end
    close = _KSB_CLOSE.search(cover, item.end(), item.end() + 700 if end < 0 else end)
    return bool(close) and is_checked(close)


def _checked_labels(cover: str) -> set[str]:
    """The report kinds ("ANNUAL", "TRANSITION") whose boxes before them are checked."""
    return {m.group("label").upper() for m in _PERIODIC_BOXES.finditer(cover)
            if box_before(cover, m.start())}


def _proxy(cover: str, kind: str, amended: bool) -> str | None:
    """A Schedule 14A's (14C's) EDGAR name from its checked box: "PRE 14A", "DEF 14A",
    "DEFA14A"; "R" for an amendment, "M" where a fee is paid (a merger), "N" where a party
    other than the registrant files (EDGAR's "DFAN14A", "PREN14A", ...)."""
    checked = _checked(cover, _PROXY_BOXES)
    statement = checked & {"PRE", "DEF", "DEFA"}
    if len(statement) != 1:
        return None
    which = statement.pop()
    other = kind == "14A" and _other_party(cover)
    if which == "DEFA":
        return None if kind == "14C" else "DFAN14A" if other else "DEFA14A"
    if other:
        return None if amended else f"{which}N14A"
    if amended:
        return f"{which}R{kind}"
    if "FEE" in checked and "NO FEE" not in checked:
        return f"{which}M{kind}"
    return f"{which} {kind}"


# The legend atop a prospectus or communication filed under a Securities Act rule, not on a
# form: "Filed Pursuant to Rule 424(b)(3)" (EDGAR's "424B3"), "Filed pursuant to Rule 433"
# (a free writing prospectus, "FWP"), "Filed by Acme Corp. / Pursuant to Rule 425" ("425"),
# "Filed pursuant to Rule 497(e)" (a fund's prospectus supplement, "497").
# Led by the line's start: an 8-K's "[ ] Written communications pursuant to Rule 425" is no
# legend, nor is its wrapped "pursuant to Rule 425 under ...": Rule 425's names its filer
# ("Filed by ...") on its line or the line above.
_RULE_LEGEND = lazy(r"^[ \t]*(?P<filed>Filed[ \t]+(?P<by>by[ \t][^\n]{1,120}?[ \t])?)?pursuant"
                    r"[ \t]+to"
                    r"[ \t]+Rule[ \t]+(?:424[ \t]?\(b\)[ \t]?\((?P<b>[1-578])\)"
                    r"|(?P<rule>433|425)\b"
                    r"|497(?![\d\-])(?:[ \t]?\((?P<fund>[a-k])\)(?P<h2>[ \t]?\(2\))?)?)",
                    re.I | re.M)
# a fund's prospectus or summary filed under Rule 497: "(j)" and "(k)" have names of their
# own, and so has "(h)(2)" ("497H2"; a bare "(h)" is left unnamed); the rest (its "(c)",
# "(e)" supplements, or none printed) is EDGAR's "497"
_FUND_NAMES = {"j": "497J", "k": "497K", "h2": "497H2"}
_FILED_BY = lazy(r"[ \t]*Filed[ \t]+by\b", re.I)
_LEGEND_CHARS = 1500  # the legend heads the first page
# Rule 425 has its legend name the subject company on a line of its own ("Subject Company:
# Widget Inc."), however the lines above word it ("Filed by Acme Corp. pursuant to / Rule 425
# ...", "This filing is made pursuant to Rule 425 ...", "Filer: Acme Corp."): "Rule 425"
# above such a line is the legend (an 8-K's Rule 425 box names no subject company)
# (or a dash for the colon: "Subject Company - Widget Inc.")
_SUBJECT_COMPANY = lazy(r"^[ \t]*Subject[ \t]+Compan(?:y|ies)\b[^:\n\t]{0,40}"
                        r"(?::|\t|[ \t][-\u2013\u2014][ \t])", re.I | re.M)
_RULE_425 = lazy(r"\bRule(?:[ \t]*+\n)?[ \t]*+425\b", re.I)
_SUBJECT_CHARS = 600  # the subject company's line follows the rule's within a few lines


_MONTH_NAME = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
# A Rule 497 legend is "Filed pursuant to Rule 497(e)" over the prospectus, alone on its line
# but for the Act or a file number: not a sentence going on ("... filed / pursuant to Rule
# 497(c) on March 1, 2001 ... is incorporated by reference" on an N-1A's cover), nor under
# the form line of a registration statement that cites it (an S-6's "Filed pursuant to Rule
# 497(j)")
_SENTENCE_ON = lazy(r"[^\n]{0,160}?\b(?:on[ \t]+(?:\d|" + _MONTH_NAME + r")"
                    r"|(?:is|are|was|were|incorporated)\b)", re.I)


def _fund_legend(head: str, found: re.Match[str]) -> bool:
    return bool(found.group("filed")) and not found.group("by") \
        and not _SENTENCE_ON.match(head, found.end()) \
        and not FORM_ON_COVER.search(head, 0, found.start())


def _rule_legends(head: str) -> Iterator[re.Match[str]]:
    """_RULE_LEGEND.finditer(head, 0, _LEGEND_CHARS), matched only at the start of the lines
    that hold "rule" in any case: a legend is one line led by the line's start, and the scan
    of a caseless multiline pattern would try every character. (Non-ASCII text is scanned:
    lower() may change its length.)"""
    top = head[:_LEGEND_CHARS]
    if not top.isascii():
        yield from _RULE_LEGEND.finditer(head, 0, _LEGEND_CHARS)
        return
    low = top.lower()
    at = low.find("rule")
    while at >= 0:
        found = _RULE_LEGEND.match(head, low.rfind("\n", 0, at) + 1, _LEGEND_CHARS)
        if found:
            yield found
        end = low.find("\n", at)
        at = low.find("rule", end) if end >= 0 else -1


def legend_form(head: str) -> tuple[str, int] | None:
    """The form a prospectus's or communication's legend names, and where the legend starts;
    or None."""
    if head.find("ule", 0, _LEGEND_CHARS) < 0 and head.find("ULE", 0, _LEGEND_CHARS) < 0:
        return None  # no "Rule" at all: most covers, and a caseless regex saved
    for found in _rule_legends(head):
        if found.group("b"):
            return f"424B{found.group('b')}", found.start()
        if found.group("rule") is None:
            fund = (found.group("fund") or "").lower() + ("2" if found.group("h2") else "")
            if fund != "h" and _fund_legend(head, found):
                return _FUND_NAMES.get(fund, "497"), found.start()
            continue
        if found.group("rule") == "433":
            return "FWP", found.start()
        above = head.rfind("\n", 0, max(0, found.start() - 1)) + 1
        if found.group("by") or (found.start() and _FILED_BY.match(head, above)):
            return "425", min(found.start(), above)
    if head.find("425", 0, _LEGEND_CHARS) >= 0:
        rule = _RULE_425.search(head, 0, _LEGEND_CHARS)
        if rule and _SUBJECT_COMPANY.search(head, rule.end(), rule.end() + _SUBJECT_CHARS):
            return "425", rule.start()
    return None
