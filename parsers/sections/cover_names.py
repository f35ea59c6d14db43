"""Is "CTC COMMUNICATIONS GROUP, INC." the same company as "CTC COMMUNICATIONS GROUP INC"?

The header's conformed names drop punctuation, abbreviate suffixes and append state tags
("HOME HEALTH CORP OF AMERICA INC \\PA\\"); a cover prints the charter name. Compare keys.
Also the name block of a cover that prints its name with no caption (uncaptioned_block).
"""

from __future__ import annotations

import re

from ..lazy_re import lazy
from ..regex_cache import compiled
from ..values import unmarked_name
from .cover_address import POSTCODE, STREET_LINE, cut_phone, known_place, phone_line

_STATE_TAG = compiled(r"[\\/][A-Z]{2,3}[\\/]?\s*$")
_SUFFIXES = {
    "CORPORATION": "CORP", "INCORPORATED": "INC", "COMPANY": "CO", "LIMITED": "LTD",
    "&": "AND", "THE": "", "INTL": "INTERNATIONAL", "HLDGS": "HOLDINGS",
}


_WORD = compiled(r"[A-Z0-9&]+")


def company_key(name: str) -> str:
    name = name.upper()
    if "\\" in name or "/" in name:  # a state tag starts with one (the cheap test first)
        name = _STATE_TAG.sub("", name)
    words = _WORD.findall(name)
    return " ".join([w for w in map(_SUFFIXES.get, words, words) if w])


def same_company(a: str, b: str) -> bool:
    return same_keys(company_key(a), company_key(b))


# legal suffixes that may be dropped from the end of a key
_LEGAL = frozenset({"INC", "CORP", "CO", "LTD", "LLC", "LP", "PLC", "NV", "SA", "AG"})


def same_keys(ka: str, kb: str) -> bool:
    """same_company of two names given their company_key (a caller comparing one name with
    several computes each key once)."""
    if ka == kb:
        return True
    # "APPLE INC" vs "APPLE INC." and legal-suffix-only differences ("SOUTHERN CO" vs
    # "THE SOUTHERN COMPANY"): compare without the final suffix word
    ta = [w for w in ka.split() if w not in _LEGAL]
    tb = [w for w in kb.split() if w not in _LEGAL]
    return bool(ta) and ta == tb


# The legal form closing a company's name (its last word, in lower case, less a full stop):
# what marks a name printed with no caption
LEGAL_END = frozenset((
    "inc", "incorporated", "corp", "corporation", "company", "co", "ltd", "limited", "llc",
    "l.l.c", "l.p", "lp", "plc", "n.v", "s.a", "bancorp", "bancorporation", "trust"))
# cover furniture that may end in a legal word: "... Exchange Commission", "Form 8-K Company"
_FURNITURE = lazy(r"commission|washington|pursuant|\breport\b|\bact\b|\bform\b|\d{4}|:", re.I)
# the kinds of entity a state of incorporation is printed with ("(a Delaware limited
# partnership)", "(a Maryland real estate investment trust)", "(a Massachusetts business
# trust)"), as co-registrants print them: trusts, partnerships and banks as well as companies
ENTITY_KINDS = (r"(?:(?:limited|general)\s+)?partnership|(?:(?:statutory|business|real\s+estate"
                r"\s+investment|common\s+law|grantor)\s+)?trust|limited\s+liability\s+company"
                r"|(?:banking\s+)?corporation|(?:national\s+)?banking\s+association|company")
# "An Indiana Corporation" under the name, with or without brackets
_INCORPORATED_LINE = lazy(
    rf"\(?An?\s+([A-Z][A-Za-z. ]{{1,40}}?)\s+(?:{ENTITY_KINDS})\)?", re.I)
_RULE_LINE = lazy(r"[\s\-=_*.]*")
_NAME_BLOCK_LINES = 12
# a footnote's letter closing a name, as its figure does ("Acme Inc. (a)"); not "(s)" or a
# check box's "(x)"
_MARK_LETTERS = frozenset("abcdefghijklmnopqrtuvwABCDEFGHIJKLMNOPQRTUVW")


def unmarked(name: str | None) -> str | None:
    """A registrant's name less the footnote mark closing it: a figure or a sign
    (unmarked_name), or letters in brackets not typed after a figure ("Acme Inc.(b,c)"; "Trust
    1997-1(a)" keeps its letter)."""
    name = unmarked_name(name)
    if name and name[-1] == ")":
        # one letter or several, "(a)" / "(b,c)" / "(a, d)" as HTML renders a superscript
        start = name.rfind("(", max(0, len(name) - 12))
        marks = name[start + 1:-1].replace(",", " ").split() if start >= 0 else []
        if marks and all(len(m) == 1 and m in _MARK_LETTERS for m in marks):
            bare = name[:start].rstrip()
            if len(bare) >= 2 and not bare[-1].isdigit():
                return bare
    return name


# A merger communication's Rule 425 legend names the company it is filed about, the one its
# "Commission File No." is of (a header files it under that SUBJECT COMPANY too), after the
# company filing it ("Filed by Acme Corporation", no registrant's name block):
#     Subject Company: Widget Inc.
#     Commission File No.: 001-12345
# (a long name wraps, its legal form on the next line: "Subject Company: Widget" / "Holdings
# Inc.")
# (in capitals too, or a dash for its colon: "SUBJECT COMPANY - WIDGET INC."); a legend about
# several names them all ("Subject Companies: Widget Inc. and Gadget Corp.", or one a line,
# each with its file number: "Widget Inc. (Commission File No. 001-12345)"), or repeats the
# two lines for each (subject_companies reads them all, each with its own file number)
_SUBJECT_LINE = lazy(r"^[ \t]{0,60}Subject[ \t]Compan(y|ies)"
                     r"(?::|[ \t]{1,3}[-\u2013\u2014](?=[ \t]))"
                     r"[ \t]{0,20}(\S[^\n]{1,99}?)?[ \t]*$", re.I | re.M)
_FILE_AFTER = lazy(r"[ \t,;(]{1,20}(?:Commission|SEC)[ \t]File\b", re.I)
# where one of several subject companies' names may end: "Widget Inc., Gadget Corp.",
# "Widget Inc. and Gadget Corp.", "WIDGET INC.; GADGET CORP.", "Widget Inc. & Gadget Corp."
_SUBJECT_CUT = lazy(
    r"[ \t]{0,3}(?:[,;][ \t]{0,3}(?:and[ \t]{1,3})?|[ \t](?:and|&)[ \t]{1,3})", re.I)


def _subjects(names: str) -> list[str]:
    """The subject companies `names` lists: cut at each separator after a legal form (not
    one before another legal form: "Widget Co., Ltd."); a last part with no legal form is
    dropped (where two names without legal forms part is not told)."""
    found: list[str] = []
    start = 0
    for cut in _SUBJECT_CUT.finditer(names):
        first, rest = names[start: cut.start()], names[cut.end():]
        if _last_word(first) in LEGAL_END and rest and _first_word(rest) not in LEGAL_END:
            found.append(first)
            start = cut.end()
    if _last_word(names[start:]) in LEGAL_END:
        found.append(names[start:])
    return found


# the file number after a subject's name ("(Commission File No. 001-12345)"), or on a line
# of its own under it ("Commission File No.: 001-12345")
_NUMBER = lazy(r"\d{1,4}-\d{2,8}(?:-\d{1,3})?")
_FILE_LINE = lazy(r"[ \t]{0,60}\(?(?:Commission|SEC)[ \t]File[ \t]N(?:o\.?|umber):?[ \t]{0,20}"
                  r"(\d{1,4}-\d{2,8}(?:-\d{1,3})?)", re.I)
_LEGEND_LINES = 8  # the names a legend lists one a line (maybe each over its number)


def _number_after(after: list[str]) -> str | None:
    """The file number typed after a name on its line, if any."""
    match = _NUMBER.search(after[0]) if after else None
    return match.group(0) if match else None


def _number_under(top: str, end: int) -> str | None:
    """The file number on one of the two lines under a subject line (the first may be the
    rest of a wrapped name), not past the next subject line."""
    for _ in range(2):
        start = end + 1
        end = top.find("\n", start)
        end = len(top) if end < 0 else end
        line = top[start:end]
        if "ubject" in line or "UBJECT" in line:
            return None
        match = _FILE_LINE.match(line)
        if match:
            return match.group(1)
    return None


def _listed_under(top: str, end: int, bare: bool = False) -> list[tuple[str, str | None]]:
    """The names listed one a line under a plural subject line, each with its file number
    after it ("Gadget Corp. (Commission File No. 001-12345)"), or with none under a `bare`
    caption ("Subject Companies:" alone on its line), where each may have its number on the
    line under it instead (a number under the second of two names in a row is neither's)."""
    found: list[tuple[str, str | None]] = []
    for _ in range(_LEGEND_LINES):
        start = end + 1
        end = top.find("\n", start)
        end = len(top) if end < 0 else end
        if bare and found and found[-1][1] is None and (len(found) == 1 or found[-2][1]):
            number = _FILE_LINE.match(top, start, end)
            if number:
                found[-1] = (found[-1][0], number.group(1))
                continue
        name, *after = _FILE_AFTER.split(top[start:end].strip(), 1)
        name = name.rstrip(", ")
        if not (after or bare) or not name_line(name):
            break
        found.append((name, _number_after(after)))
    return found


def _legend_names(top: str, subject: re.Match[str]) -> list[tuple[str, str | None]]:
    """The companies one subject line names, each with the file number typed for it."""
    if not subject.group(2):  # (the caption alone on its line, the names under it)
        listed = _listed_under(top, subject.end(), bare=True)
        return listed if subject.group(1).lower() == "ies" else listed[:1]
    # (its file number may follow on the line: "Widget Inc. (Commission File No. ...)")
    name, *after = _FILE_AFTER.split(subject.group(2), 1)
    name = name.rstrip(",")
    if subject.group(1).lower() != "ies":
        name = name if after else _wrapped(name, top, subject.end())
        return [(name, _number_after(after) or _number_under(top, subject.end()))]
    names = _subjects(name)
    if len(names) != 1:  # (one number for several names is none's own)
        return [(n, None) for n in names]
    if not after:
        return [(names[0], _number_under(top, subject.end()))]
    return [(names[0], _number_after(after)), *_listed_under(top, subject.end())]


def subject_companies(top: str, names: list[str]) -> list[tuple[str, str | None]]:
    """Every subject company a Rule 425 legend names (one of the header's `names` when there
    is a header), each with its own file number when one is typed for it."""
    if "ubject" not in top and "UBJECT" not in top:  # (the cheap test first)
        return []
    keys = [company_key(n) for n in names]
    return [(name, number) for subject in _SUBJECT_LINE.finditer(top)
            for name, number in _legend_names(top, subject)
            if name and (not keys or any(same_keys(company_key(name), k) for k in keys))]


def _first_word(text: str) -> str:
    """The first word of `text` as _last_word gives a last one."""
    return text.split(None, 1)[0].rstrip(".,").lower()


def _wrapped(name: str, top: str, end: int) -> str:
    """A subject company's name less its legal form, run on over the next line to one
    ("Subject Company: Widget" / "Holdings Inc."): the two lines joined; else `name`."""
    if not name or _last_word(name) in LEGAL_END:
        return name
    cut = top.find("\n", end + 1)
    more = top[end + 1 : cut if cut >= 0 else len(top)].strip()
    joined = f"{name} {more}"
    if more[:1].isupper() and more[:9].lower() != "filed by " and name_line(joined):
        return joined
    return name


def _last_word(text: str) -> str:
    """The last word of a name, in lower case, less a full stop (what LEGAL_END holds)."""
    return text.rsplit(None, 1)[-1].rstrip(".").lower().lstrip(",")


def _prose(text: str) -> bool:
    """A line of prose ending in "... the Company": lower case, and more words than a
    lower-case name ("salesforce.com, inc.") has."""
    return text[0].islower() and text.count(" ") >= 4


def uncaptioned_block(top: str, names: list[str]) -> dict[str, str]:
    """Name, state and address of a cover that prints its name with no caption (old 8-Ks
    and 10-Qs), as found-by-caption fields: a Rule 425 legend's subject company
    (_SUBJECT_LINE), else the first line of the cover's top alone ending in a legal form
    (not the legend's "Filed by ..."), one of the header's `names` when there is a header;
    under it the state ("An Indiana Corporation") and a street line over a city line closed
    by a postcode, maybe over the telephone number:

        Indiana Bell Telephone Company, Incorporated
                                           An Indiana Corporation
                                           240 North Meridian Street
                                           Indianapolis, Indiana  46204
    """
    keys = [company_key(n) for n in names]
    # (the cheap test first)
    subject = _SUBJECT_LINE.search(top) if "ubject" in top or "UBJECT" in top else None
    if subject is not None:
        listed = _legend_names(top, subject)
        name = listed[0][0] if listed else ""
        if name and (not keys or any(same_keys(company_key(name), k) for k in keys)):
            return {"name": name}
    lines = top.split("\n")
    for k, line in enumerate(lines):
        text = unmarked(line.strip()) or ""
        if not name_line(text) or text[:9].lower() == "filed by " or _prose(text):
            continue
        key = company_key(text)
        if keys and not any(same_keys(key, other) for other in keys):
            continue
        return {"name": text, **_under_name(lines, k + 1)}
    return {}


def name_line(text: str) -> bool:
    """A line alone that may be a company's name: short, ending in a legal form."""
    return 4 <= len(text) <= 100 and "  " not in text and "\t" not in text \
        and text[0] != "(" \
        and _last_word(text) in LEGAL_END \
        and not _FURNITURE.search(text)


def bare_name(text: str) -> bool:
    """A name printed beside its own caption, with no legal form ("THE GAP", "ACME
    HOLDINGS"): the caption says what it is, so only what no name is rules it out (a
    place, a street line, a telephone number, cover furniture, a lower-case start)."""
    return 2 <= len(text) <= 100 and (text[0].isupper() or text[0].isdigit()) \
        and any(c.isalpha() for c in text) and not _FURNITURE.search(text) \
        and not known_place(text) and STREET_LINE.match(text) is None \
        and cut_phone(text)[1] is None


def _under_name(lines: list[str], start: int) -> dict[str, str]:
    """The state, address and telephone lines under an uncaptioned name, up to any other
    line."""
    out: dict[str, str] = {}
    texts = [" ".join(line.split()) for line in lines[start : start + _NAME_BLOCK_LINES]]
    texts = [t for t in texts if not _RULE_LINE.fullmatch(t)]
    k = 0
    while k < len(texts) and not out.get("state"):
        state = _INCORPORATED_LINE.fullmatch(texts[k])
        if state is None:
            break
        out["state"] = state.group(1)
        k += 1
    if k == len(texts) or STREET_LINE.match(texts[k]) is None \
            or cut_phone(texts[k])[1] is not None:
        return out
    if POSTCODE.search(texts[k]):  # street and city on one line (a rendered cell's lines)
        out["address"] = texts[k]
    elif k + 1 < len(texts) and POSTCODE.search(texts[k + 1]):
        out["address"] = f"{texts[k].rstrip(',')}, {texts[k + 1]}"
        k += 1
    else:
        return out
    for text in texts[k + 1 : k + 3]:  # the telephone under the city line (past a fax's)
        numbers, phone = phone_line(text)
        if phone is not None:
            out["phone"] = phone
        if phone is not None or not numbers:
            break
    return out


# A Form 11-K captions its issuer as item B, the name and address printed under it (or
# the name after the caption's colon, the address under it):
#     B. Name of issuer of the securities held pursuant to the plan and the
#        address of its principal executive office:
#                           VALLEY NATIONAL BANCORP
#                              1455 Valley Road
#                          Wayne, New Jersey 07470
_PLAN_ISSUER = lazy(r"name\s+of\s+(?:the\s+)?issuer\s+of\s+the\s+securities\s+held\s+"
                    r"pursuant\s+to\s+the\s+plan", re.I)
# the caption's last word, then its line's end or a colon and the name run on after it
_OFFICE = lazy(r"offices?\b(?:[^\n]{0,3}$|[^\S\n]*:[^\S\n]*(?=\S))", re.I | re.M)
# ... or a colon closing the caption's first words, the name after it and the address
# captioned on a line of its own under it: "B. Name of issuer of the securities held
# pursuant to the plan: Acme Corp." / "Address of its principal executive office: ..."
_PLAN_COLON = lazy(r"[^\S\n]{0,20}:[^\S\n]*")
_ADDRESS_CAPTION = lazy(r"(?:and )?(?:the )?address of (?:its|the issuer's) principal executive"
                        r" offices?:? ?", re.I)
# a defined term closing the name: VALLEY NATIONAL BANCORP (the "Company"), ("Valley"); on a
# line whose blanks are single spaces (no "\s*" lead: a search over a run of blanks is quadratic)
_DEFINED_TERM = lazy(r" ?\((?:the )?[\"\u201c][^\"\u201d\n]{1,40}[\"\u201d]\)$", re.I)


def plan_issuer(top: str) -> dict[str, str] | None:
    """Name and address of an 11-K's issuer, printed under its item B caption (the
    caption's own "address of its principal executive office" is no value above it);
    None with no such caption."""
    caption = _PLAN_ISSUER.search(top)
    if caption is None:
        return None
    end = _PLAN_COLON.match(top, caption.end()) \
        or _OFFICE.search(top, caption.end(), caption.end() + 160)
    if end is None:  # (a value run on after the caption's words: not read)
        return {}
    lines = top[end.end():].split("\n")[:_NAME_BLOCK_LINES + 1]
    run_on = bool(lines[0].strip())
    if not run_on:  # (the caption ends its line: the name is under it)
        lines = lines[1:]
    for k, line in enumerate(lines):
        text = " ".join(line.split()).rstrip(",")
        if _RULE_LINE.fullmatch(text):
            continue
        under = _under_name(lines, k + 1)
        if run_on and k == 0 and "address" not in under:
            if "," in text:
                text, under = _name_then_address(text, under)
            if "address" not in under:
                under = _address_under_caption(lines[1:], under)
        # a name over its address, or one closed by a legal form (no heading)
        text = _DEFINED_TERM.sub("", text)
        if not text or len(text) > 100 or text[0] == "(" \
                or not ("address" in under or name_line(text)):
            return {}
        return {"name": text, **under}
    return {}


def _name_then_address(text: str, under: dict[str, str]) -> tuple[str, dict[str, str]]:
    """A name run on after item B's colon with its address on the same line ("office:
    Valley National Bancorp, 1455 Valley Road, Wayne, NJ 07470"): the parts before the
    first numbered street part are the name, the rest its address (with a postcode)."""
    parts = text.split(", ")
    for k in range(1, len(parts)):
        if STREET_LINE.match(parts[k]):
            address = ", ".join(parts[k:])
            if POSTCODE.search(address) is None:
                break
            return ", ".join(parts[:k]), {**under, "address": address}
    return text, under


def _address_under_caption(lines: list[str], under: dict[str, str]) -> dict[str, str]:
    """`under` given the address captioned on the next line, run on after its caption
    (and its city line under it): "Address of its principal executive office: 1455 Valley
    Road, Wayne, NJ 07470"."""
    texts = [" ".join(line.split()) for line in lines[:3]]
    texts = [t for t in texts if t]
    found = _ADDRESS_CAPTION.match(texts[0]) if texts else None
    if found is None:
        return under
    rest = _under_name([texts[0][found.end():], *texts[1:]], 0)
    return {**under, **rest} if "address" in rest else under


_PROSE_WORDS = 8  # a line of this many words is prose, no heading


# a name captioned with another role than the issuer's, on its line ("Guaranteed by ACME
# HOLDINGS, INC.") or on the next ("Guarantor", "(Selling Stockholder)", an ABS's "Sponsor
# and Seller", "Master Servicer"; not "Depositor": an ABS's depositor is its filer)
_GUARANTEED = lazy(r"(?:fully\s+and\s+)?(?:unconditionally\s+)?guaranteed\s", re.I)
_GUARANTOR_ROLE = lazy(r"\(?(?:as\s+)?(?:guarantee[ds]?(?:\s+by)?|guarantors?|co-?obligors?)",
                       re.I)
# (these lead a caption line, joined to more roles: "Sponsor and Seller"; a guarantee's
# caption is the whole line, as "Guaranteed by ACME HOLDINGS, INC." under the issuer's name
# guarantees it)
_ROLE_LEAD = lazy(r"\(?(?:as\s+)?(?:selling\s+(?:stock|share|security)holders?|underwriters?"
                  r"|trustee|sponsor|servicer|master\s+servicer|seller|parent"
                  r"|dealer\s+managers?|(?:sole\s+|joint\s+|lead\s+)?(?:book-?running\s+)?"
                  r"managers?|placement\s+agents?)(?=\)?$|,|\s+and\s|\s*&)", re.I)
# a line leading into another company's name: "Linked to the Common Stock of" / "Cisco
# Systems, Inc." (a bank's notes), "Exchangeable into Shares of" / "Intel Corporation"; or
# on the name's line: "the Common Stock of Pfizer Inc.", "A subsidiary of Acme Bancorp"
_LEAD_IN = lazy(r"(?:\bof|\blinked\s+to)$", re.I)
_STOCK_OF = lazy(r"\b(?:stock|shares|securities|subsidiary|division)\s+of\s", re.I)
# a tagline over or under the issuer's name: "An Acme Holdings, Inc. company" ("A CONSULTING
# TEAM INC." and "AN HOLDINGS, INC." are issuers' names)
_TAGLINE = lazy(r"an?\s.{1,90}\scompany", re.I)


def _other_role(texts: list[str], k: int) -> bool:
    """Is the name line texts[k] captioned with another role than the issuer's or led into
    by the line above it?"""
    text = texts[k]
    if _TAGLINE.fullmatch(text) or _GUARANTEED.match(text) or _STOCK_OF.search(text) \
            or (k > 0 and _LEAD_IN.search(texts[k - 1])):
        return True
    if k + 1 == len(texts):
        return False
    under = texts[k + 1]
    return _GUARANTOR_ROLE.fullmatch(under.rstrip(")")) is not None \
        or _ROLE_LEAD.match(under) is not None


def prospectus_block(top: str) -> dict[str, str]:
    """The issuer of a prospectus (a 424B's cover prints no captions): uncaptioned_block's
    name line, above the cover's first line of prose (further down, the underwriters' names,
    "Goldman, Sachs & Co.", also end in a legal form):

                                    PROSPECTUS
                              ACME BIOSCIENCES, INC.
                         5,000,000 Shares of Common Stock
         This prospectus relates to the resale of up to 5,000,000 shares of our

    A name captioned with another role (its guarantor, a selling stockholder, an ABS's
    sponsor), a tagline ("An Acme Holdings, Inc. company") and a name led into by "Linked to
    the Common Stock of" are not the issuer's."""
    lines: list[str] = []
    for line in top.split("\n"):
        if len(line.split()) >= _PROSE_WORDS:
            break
        lines.append(line.strip())
    texts = [t for t in lines if t]
    for k, text in enumerate(texts):
        text = unmarked(text) or ""
        if name_line(text) and not _other_role(texts, k):
            return {"name": text, **_under_name(texts, k + 1)}
    return {}


# A foreign issuer's 6-K states its month; its name and address may stand under it with no
# captions. What ends the address block under the name: a caption, the check boxes, prose,
# the heading of a list of exhibits where no address is printed ("EXHIBITS", "Exhibit No.")
_MONTH_OF_LINE = lazy(r"for\s+the\s+month\s+of", re.I)
_BLOCK_END = lazy(r"\(|\[|indicate|check\s+mark|form\s+(?:20|40)-f|pursuant|signature"
                  r"|exhibit", re.I)
_NAME_CAPTION_LINE = lazy(r"\(.{0,30}\bname\b.{0,60}\)", re.I)
_FOREIGN_LINES = 16
_ADDRESS_LINES = 5


def foreign_issuer_block(top: str) -> dict[str, str]:
    """Name and address of a 6-K cover printed with no captions: the first line under the
    month (and the file number) that is no cover furniture, and the lines under it up to a
    caption, the check boxes or a gap (one blank line apart at most: a rendered page's
    paragraphs), which hold a figure; a telephone number alone closes them:

                        For the month of September, 2003
                        Commission File Number 1-13522
                       CHINA YUCHAI INTERNATIONAL LIMITED
                             16 Raffles Quay #26-00
                              Hong Leong Building
                               Singapore 048581

    A name captioned ("(Translation of registrant's name into English)") may stand there
    with the address under it uncaptioned: the caller keeps the captioned values first."""
    month = _MONTH_OF_LINE.search(top)
    if month is None:
        return {}
    lines = top[month.end() :].split("\n")[1 : 1 + _FOREIGN_LINES]
    texts = [" ".join(line.split()) for line in lines]
    for k, text in enumerate(texts):
        if not text or _RULE_LINE.fullmatch(text) or text[0] == "(" \
                or _FURNITURE.search(text) or text.lower().startswith("for the"):
            continue
        if _BLOCK_END.match(text) or STREET_LINE.match(text) or len(text) > 100 \
                or cut_phone(text)[1] is not None:
            return {}
        return {"name": text, **_foreign_address(texts[k + 1 :])}
    return {}


def _foreign_address(texts: list[str]) -> dict[str, str]:
    """The address lines under a 6-K's uncaptioned name (foreign_issuer_block)."""
    out: dict[str, str] = {}
    address: list[str] = []
    blanks = 0
    for text in texts:
        if not text or _RULE_LINE.fullmatch(text):
            blanks += 1
            if blanks > 1 and address:
                break
            continue
        gap, blanks = blanks, 0
        if not address and _NAME_CAPTION_LINE.fullmatch(text):
            continue  # the name's own caption
        if _BLOCK_END.match(text) or len(text) > 80:
            break
        numbers, phone = phone_line(text)
        if numbers:  # (a fax's line alone: the telephone's may follow)
            if phone is not None:
                out["phone"] = phone
                break
            continue
        if cut_phone(text)[1] is not None:
            break  # (a number of another's: "Contact: ... 852 2123 4567")
        if gap and address and known_place(address[-1].rsplit(",", 1)[-1]):
            break  # (an address closed by its country: past a gap, the text begins)
        address.append(text.rstrip(","))
        if len(address) == _ADDRESS_LINES:
            break
    if address and any(ch.isdigit() for ch in "".join(address)):
        out["address"] = ", ".join(address)
    return out


# A schedule's or proxy statement's cover names its company over a caption, below the check
# boxes (past the cover region): Schedule 13D/13G "(Name of Issuer)", Schedule TO and 14D-9
# "(Name of Subject Company (Issuer))", Schedule 14A/14C "(Name of Registrant as Specified In
# Its Charter)" (not the "(Name of Person(s) Filing Proxy Statement ...)" under it)
SUBJECT_CAPTIONS = ("(name of issuer)", "(name of the issuer)", "(name of subject company")
PROXY_CAPTIONS = ("name of registrant as specified", "name of the registrant as specified")
_CAPTION_SPAN = 12000  # the top of the document: the check boxes stand above the name
_OVER_LINES = 6
# a check box's or another caption's line is no name: "[X]", "/X/", "☒", "þ", "(Title of"
_BOX = r"[\[\]\u2610\u2611\u2612\u00fe\u00a8]|^(?:/[ xX]?/|[xo]\s)"
_NOT_A_NAME = lazy(_BOX + r"|[(:]")
_BOX_LINE = lazy(_BOX)


def name_over_caption(text: str, phrases: tuple[str, ...]) -> str | None:
    """The name on the nearest line above the first of the captions `phrases` (lower case),
    across blank lines and rules; None when that line is a check box or another caption."""
    top = text[:_CAPTION_SPAN]
    low = top.lower()
    at = min((found for found in map(low.find, phrases) if found >= 0), default=-1)
    if at < 0:
        return None
    lines = top[: top.rfind("\n", 0, at) + 1].split("\n")
    for k in range(len(lines) - 1, max(-1, len(lines) - _OVER_LINES - 2), -1):
        name = " ".join(lines[k].split()).strip("-=_* ")
        if not name:
            continue  # a blank line or a rule under the name
        if len(name) > 150 or _NOT_A_NAME.search(name) or (
                k and _BOX_LINE.search(lines[k - 1].strip())):
            return None  # (or a box's label wrapped onto this line: "Section240.14a-12")
        return name
    return None
