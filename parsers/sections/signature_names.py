"""A signer's printed name and title: on the signature line and in the lines under it.

name_of reads a signature line ("/s/ Jane Doe, President"; an HTML cell run together: "W. Ron
Hinson W. Ron Hinson Comptroller"); read_below the lines under it (the name again, "Name:",
"Title:", "Name/Title:", title lines, a date). The name typed under the signature or after
"Name:" is the signer's printed name when it shares the signature's surname (same_person:
"/s/ W.A. Freeman" over "William A. Freeman"), unless it only repeats it in capitals; a "Jr."
or "Ph.D." after it is the name's, not the title's. An attorney's capacity after the name,
however cased or worded ("Jane Doe, attorney-in-fact", "... his attorney-in-fact", "...
(attorney-in-fact)", "..., pursuant to powers of attorney previously filed"), is the title;
"Name" or "Printed Name" typed alone under the name is a caption. An office in lower case
after a person's name and a comma is the title ("Ted Papapostolou, its general partner").
The labels stacked in one HTML cell and their values in the next, run together ("Name:
Title: Jane Doe General Counsel", "Its:" for "Title:", maybe "Date:" too): the name (the
words naming the signer, else a person's name before an office's first word) and the title.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from ..given_names import FIRMS_LIKE_PEOPLE, GIVEN_NAMES
from ..lazy_re import lazy
from ..regex_cache import compiled
from ..values import squash
from .cover_chunks import Chunk
from .person_names import cased, initialled_name, person_name
from .signature_block import (
    RULE,
    RULE_CHARS,
    TITLE_CAPITALS,
    TITLE_WORDS,
    find_mark,
    is_rule,
    is_signed,
)
from .signature_dates import DATE_LABEL, Dates, dated_title

# professional designations after a typed name's comma, the name's and not the title's ("Jane
# Doe, CFA"); "MD" without stops only with a title on its own line under it (read_below)
_DESIGNATIONS = "CPA|CFA|CFP|CMA|CAIA|DDS|DMD|DVM|FACS|FACP|FACC|MBA|PhD|PHD"

# (not the "By" of "Byron Smith"; "*By:" signs for the starred rows, "*By" alone too)
_BY = lazy(r"^(?:\*{1,3}[ \t]?(?=By(?::|\s|$)))?By(?:[:.]\s*|\s+|$)", re.I)
# (small issuers print "Print Name:" / "Printed Title:")
_NAME_LABEL = compiled(r"^(?:Print(?:ed)?[ \t]++)?Name\s?[:.]\s*", re.I)
_NAME_TITLE_LABEL = lazy(r"^Name\s?(?:/|and)\s?Title\s?:\s*", re.I)
# "Title:", "Its", and the "Position:" / "Capacity:" some filers print instead
_TITLE_LABEL = compiled(
    r"^(?:Print(?:ed)?[ \t]++)?(?:Title|Position|Capacity)\s?[:.]\s*|^Its\s?[:.]?\s+", re.I)
# a caption under a signature line: "(Signature)", "(Name and Title)", "(Name/Title)",
# "(Signature)*" (the form's note: "*Print the name and title of the signing officer ...")
# (also a typed copy's "(Conformed Signature)")
_CAPTION = compiled(
    r"\((?:conformed[ \t])?(?:signature|name|title|date|registrant)[a-z /&]{0,20}\)\*?$", re.I)
# (also "Name" and "Printed Name" alone under the name typed: no title's line)
_BARE_CAPTION = lazy(
    r"(?:signature|(?:print(?:ed)?[ \t])?name|name\s?(?:/|and)\s?title|title)$", re.I)
# the caption of a signature page printed under its last signer ("[Signature Page to Schedule
# 13D]", "(Signature Page to Amendment No. 3 to Schedule 13D)"): no title's line
_PAGE_CAPTION = lazy(r"[\[(]?[ \t]?signature[ \t]+page[ \t]+(?:to|of|for)\b.{0,120}$", re.I)
NOT_LETTERS = compiled(r"[^A-Za-z]")
# the place for a seal printed beside a signature, in a cell of its own or after the name
# ("/s/ Jane Doe   (SEAL)", "[SEAL]", "(L.S.)"): no name or title
SEAL = lazy(r"(?:^|\s)[(\[](?:SEAL|Seal|L\.\s?S\.)[)\]]$")


# "/s/ Bruce J. Feldman, President, Chief": a title after the name on the signature line,
# after a comma, a semicolon or a spaced dash ("/s/ John A. Smith - Chief Financial Officer";
# not the hyphen of "Smith-Jones"), and an "its" before it ("/s/ Jane Doe, its President");
# also in capitals ("/s/ JANE DOE, PRESIDENT") and opening "Sr." ("Sr. Vice President"; not
# the suffix ending the name: "/s/ John Smith, Sr."); and an attorney's capacity however
# cased, "his" or "her" before it, or the power it signs under ("*By: Martin H. Neidell,
# attorney-in-fact", "*By: Jane Doe, pursuant to power of attorney": _finish reads the
# capacity, as after "as")
_TITLE_START = lazy(rf"(?:[,;]|[ \t](?:--?|\u2013|\u2014))\s*(?:(?:its|ITS)[ \t]++)?"
                    rf"(?={TITLE_WORDS}|{TITLE_CAPITALS}|S[rR]\.?[ \t]+[A-Z]"
                    r"|(?i:(?:his[ \t]+|her[ \t]+|their[ \t]+)?attorneys?[ \t-]in[ \t-]fact\b"
                    r"|(?:pursuant[ \t]+to|under|by)[ \t]+(?:an?[ \t]+|the[ \t]+)?powers?[ \t]+of"
                    r"[ \t]+attorney\b))")
# a title run on after the typed name in one HTML cell ("William R. Smith<br>Executive Vice
# President")
TITLE_WORD = lazy(TITLE_WORDS)
_TITLE_CAPS = lazy(TITLE_CAPITALS)  # ("/s/ JANE DOE (PRESIDENT)")


def name_of(chunk_text: str) -> tuple[str, str | None]:
    """The signer's name, and a title typed after it on the same line."""
    mark = find_mark(chunk_text)
    # (a star marks one signed for by an attorney-in-fact: "/s/ Steven L. Sinn*"; a 1990s
    # line signed on runs on in underscores: "By___/s/ Robert L. Nardelli_______")
    name = squash(chunk_text[mark.end() :] if mark else _BY.sub("", chunk_text)).strip(" ,*_")
    if name[-1:] in _NOTE_ENDS:  # "/s/ Jane Doe (1)", "/s/ Jane Doe\u2020": a footnote's mark
        name = unmarked(name) or name
    if mark and not name and mark.start() > 2:
        name = _marked_after(chunk_text[: mark.start()])
    if mark and name[:1] in ":-/":
        name = name.lstrip(":-/ ")  # "/s/: Jane Doe", "/s/ - Jane Doe", "/s// Jane Doe"
    if mark and name[-1:] == "." and _sentence_stop(name):
        name = name[:-1]  # "/s/ Jane Doe.": not "Jr.", "Ph.D.", "Esq." or "Inc."
    if name and name[0] in RULE_CHARS and RULE.match(name):
        return "", None  # "By: ________": a line left to sign on, the name typed below it
    title = None
    if ":" in name:  # one HTML cell: "/s/ Jane Doe Name: Jane Doe Title: Chief Financial..."
        label = _INLINE_TITLE.search(name)
        if label:
            name, title = name[: label.start()], name[label.end() :] or None
        label = _INLINE_NAME.search(name)
        if label:
            name = name[label.end() :] or name[: label.start()]
    cut = _TITLE_START.search(name) if title is None else None
    if cut:
        name, title = name[: cut.start()], name[cut.end() :]
    elif title is None and ", " in name:
        name, title = _office_in_lower_case(name)
    if name[-1:] == "/":  # "By: /John A. Smith/", "/s/ John A. Smith/": no slash is a name's
        name = name.strip(" /")
    if name[-1:] in (")", "]") and (seal := SEAL.search(name)):
        name = name[: seal.start()]  # "/s/ Jane Doe (SEAL)": the seal's place, no name's
    if name[-1:] in (")", "]"):
        name, office = _name_in_brackets(name)
        title = f"{office}, {title}" if office and title else office or title
    name, before = _typed_twice(name)  # "Jane Doe Jane Doe, Chief Financial Officer"
    if before:
        title = f"{before}, {title}" if title else before
    if title and chunk_text.rstrip()[-1:] == "," and title[-1:] != ",":
        title += ","  # "/s/ Jane Doe, Executive Vice President," / "Finance": the title goes on
    if mark and title is None and name and mark.start() > 8:
        title = title_before(chunk_text[: mark.start()])
    return name, title


# an office typed in lower case after a person's name and a comma, maybe after "its"
# ("Ted Papapostolou, its general partner", "John Smith, president")
_LOWER_OFFICE = lazy(rf"(?:(?:its|his|her)[ \t]+)?(?=(?i:{TITLE_WORDS}))(?!(?i:its)\b)")


def _office_in_lower_case(name: str) -> tuple[str, str | None]:
    """ "Ted Papapostolou, its general partner" -> ("Ted Papapostolou", "general partner"): a
    person's name (a given name and a surname) and the office typed after it in lower case,
    which _TITLE_START does not know for a title; the name whole (title None) otherwise."""
    head, _, tail = name.partition(", ")
    words = head.split()
    if not tail[:1].islower() or len(words) < 2 or not given_first(words[0]) or not (
            typed_name(head)):
        return name, None
    office = _LOWER_OFFICE.match(tail)
    if office is None or " ".join(words[:2]).title() in FIRMS_LIKE_PEOPLE:
        return name, None
    return head, tail[office.end() :]


# a firm's name ending in its legal form or kind ("General Electric Company", "Principal
# Life Insurance Co.", "Corporate Partners, L.P."), no title however it opens
_FIRM_END = compiled(r"(?i:\b(?:inc|corp|corporation|company|co|ltd|llc|l\.l\.c|lp|l\.p|plc"
                     r"|n\.a|bank|trust|group|associates|partners|fund|holdings))\.?$")


def title_before(before: str) -> str | None:
    """ "Chief Executive Officer /s/ Jane Doe", "Director" | "/s/ Jane Doe": a title typed
    before the signature on its row (a table of "Title | Signature | Date") is the signer's;
    None for anything else (a caption, a date, a firm's name)."""
    text = squash(before).strip(" ,*_")
    if not TITLE_WORD.match(text) or ":" in text or any(ch.isdigit() for ch in text):
        return None
    return None if _FIRM_END.search(text) or is_signed(text) else text


def _marked_after(before: str) -> str:
    """ "By: Jane Doe /s/": a name typed before a mark that ends the line is the signer's
    ("" for anything else before it: a caption, a date)."""
    name = squash(_BY.sub("", before.lstrip())).strip(" ,*_")
    return name if typed_name(name) else ""


def _name_in_brackets(name: str) -> tuple[str, str | None]:
    """ "Jane Doe (Jane Doe)", "J. Doe (Jane A. Doe)": the signature, then the name typed
    again in brackets on its line -> the printed name (printed_name); "Jane Doe (Principal
    Financial Officer)", "JANE DOE (PRESIDENT)" -> the name and the office as a title;
    "(Signature)" is a caption; other brackets stay. Square ones hold an office only ("/s/
    Jane Doe [President]")."""
    opener = "(" if name[-1] == ")" else "["
    open_at = name.find(opener)
    signed, typed = name[:open_at].strip(), name[open_at + 1 : -1].strip()
    if open_at < 1 or opener in typed or not signed:
        return name, None
    if opener == "[":
        office = TITLE_WORD.match(typed) and typed_name(signed)
        return (signed, typed) if office else (name, None)
    if _CAPTION.match(name, open_at):
        return signed, None  # "/s/ Jane Doe (Signature)": the line's caption typed beside it
    if TITLE_WORD.match(typed) or typed.isupper() and _TITLE_CAPS.match(typed) or (
            typed[:1] in "aA" and _ATTORNEY.match(typed)):  # ("Jane Doe (attorney-in-fact)")
        # (not a row typed with single spaces: "/s/ Jane Doe Chief Financial Officer
        # (Principal Financial Officer)", parted by the name typed under it)
        return (signed, typed) if typed_name(signed) else (name, None)
    return (printed_name(signed, typed) if same_signer(typed, signed) else name), None


_ABBREVIATIONS = frozenset("esq inc corp ltd bros assoc intl".split())


def _sentence_stop(name: str) -> bool:
    """The stop ending a signed name is a sentence's, not an abbreviation's: its last word is
    three letters or more ("Doe.", "SMITH.") and no "Esq." or "Inc."."""
    word = name[name.rfind(" ") + 1 : -1]
    return len(word) > 2 and word.isalpha() and word.lower() not in _ABBREVIATIONS


# a line of a postal address: a street ("767 Fifth Avenue"), a box, "c/o" a firm, or a town
# and state before a ZIP code ("Sunny Isles Beach, FL 33160", "Winston-Salem, NC 27101")
_ADDRESS = lazy(r"\d{1,6}[A-Za-z]?[ \t]+[A-Z0-9]|\(?P\.?[ \t]?O\.?[ \t]+Box\b|Post[ \t]+Office"
                r"[ \t]+Box\b|c/o[ \t]|[A-Z][\w.' -]{1,40},[ \t]?[A-Z][A-Za-z. ]{1,20}[ \t]\d{5}"
                r"(?:-\d{4})?$")


def address_line(text: str) -> bool:
    """A line of a postal address, the signer's under the title (see _ADDRESS)."""
    return (text[0].isdigit() or text[0] in "PpCc(" or text[-1].isdigit()) and (
        _ADDRESS.match(text) is not None)


_INLINE_TITLE = compiled(r"\s(?:Title|Its|Position|Capacity)\s?:\s*")
_INLINE_NAME = compiled(r"(?:^|\s)Name\s?:\s*")
# the title's label right after "Name:", the labels stacked in one HTML cell ("Name:<br>Title:"
# or "Its:", maybe "Date:" under them) and their values in the next: "Name: Title: Jane Doe
# General Counsel"
_STACKED_TITLE_LABEL = compiled(
    r"(?:Title|Its|Position|Capacity)\s?:\s*(?:Date\s?:\s*)?", re.I)


def _suffixes_at(words: list[str], k: int) -> int:
    """How many of the words from k on close the name before it ("Jane Doe, M.D." / "Jr.");
    not "Sr." opening an office ("Sr. Vice President"), nor the title's last word."""
    count = 0
    while k + count < len(words) - 1:
        word = words[k + count]
        folded = word.strip(",.").lower()
        if folded not in _SUFFIXES or folded == "sr" and word[-1:] != ",":
            break
        count += 1
    return count


def _values_of_stacked(values: str, signed: str | None) -> tuple[str, str] | None:
    """ "Jane Doe General Counsel", the values of "Name:" and "Title:" stacked in one cell
    and run together -> (the name, the title): the words naming the signer ("/s/ Jane Doe";
    the name typed in full under "/s/ J. Doe" too), else a person's name of two to five
    words before the first office's word; None when neither is found."""
    words = values.split()
    if signed:
        size = len(signed.split())
        for k in (size, size + 1, size - 1, size + 2):  # (a middle name or initial more)
            if 1 <= k < len(words) and same_person(" ".join(words[:k]), signed, False):
                k += _suffixes_at(words, k)
                return " ".join(words[:k]), " ".join(words[k:])
    for k in range(2, min(len(words), 6)):
        if TITLE_WORD.match(words[k]):
            name = " ".join(words[:k])
            return (name, " ".join(words[k:])) if typed_name(name) else None
    return None


def _typed_twice(text: str) -> tuple[str, str | None]:
    """ "W. Ron Hinson W. Ron Hinson Comptroller": an HTML cell holding the signature, the
    name typed under it and the title, run together -> the name and the title. The name
    typed again may differ in case ("/s/ JANE DOE Jane Doe"): the one in mixed case is kept."""
    words = text.split()
    if len(words) < 4:
        return text, None
    folded = [w.lower() for w in words[:24]]
    # a name is 2-12 words ("Hamad bin Jassim bin Jaber Al Thani"): bounded, so a long line
    # costs no more than a short one
    for k in range(2, min(len(words) // 2, 12) + 1):
        if folded[:k] == folded[k : 2 * k]:
            first, again = " ".join(words[:k]), " ".join(words[k : 2 * k])
            name = again if capitals(first) and not capitals(again) else first
            name, rest = _with_suffix(name, " ".join(words[2 * k :]))  # "Henry Ford II"
            return name, rest.lstrip(", ") or None
    return _signed_then_typed(words) or (text, None)


def _signed_then_typed(words: list[str]) -> tuple[str, str | None] | None:
    """ "Tim Cook Timothy D. Cook Chief Executive Officer": the signature, then the name typed
    in full (same surname) -> the printed name (printed_name, as on two lines) and the rest
    as the title."""
    for k in (2, 3):
        surname = words[k - 1].lower().rstrip(",")
        if len(surname) < 2 or surname[-1] == ".":
            continue  # "Paul R." is no whole name: its "R." no surname
        for end in range(k + 2, min(k + 5, len(words)) + 1):  # the typed name: 2-4 words
            if words[end - 1].lower().rstrip(",") != surname:
                continue
            signed, typed = " ".join(words[:k]), " ".join(words[k:end]).rstrip(",")
            if not (_typed_person(signed) or signed.isupper()) or not _typed_person(typed):
                break
            rest = " ".join(words[end:])
            typed, rest = _with_suffix(typed, f", {rest}" if words[end - 1][-1] == "," else rest)
            return printed_name(signed, typed), rest.lstrip(", ") or None
    return None


def _with_suffix(typed: str, rest: str) -> tuple[str, str]:
    """A "Jr." or "Ph.D." opening the rest of the line goes with the typed name before it
    ("Robert L. Smith, Jr.", "Henry Ford II")."""
    for _ in range(2):  # (two of them: "John Smith, Jr., Ph.D.")
        suffix = _NAME_SUFFIX.match(rest)
        if suffix is None:
            break
        found = _suffix_cased(suffix.group(), typed)
        typed += found if rest[0] == "," else f" {found.strip()}"
        rest = rest[suffix.end() :]
    return typed, rest


def _designated(text: str) -> tuple[str, str | None] | None:
    """A personal name closed by designations, typed on the line to sign ("Jane Doe CPA",
    "JANE DOE, CFA", "Jane Doe MD, PhD") -> the name with its designations, and None; for
    "MD" ("Jane Doe MD") the name, and "MD" with its parting (the name's if a title follows:
    _finish). None for other lines."""
    words = text.split(None, 6)
    for k in range(2, min(len(words), 6)):
        if words[k].strip(",.").upper() not in _DESIGNATED:
            continue
        at = 0
        for word in words[:k]:  # (where the name's last word ends)
            at = text.index(word, at) + len(word)
        head, tail = text[:at], text[at:]
        if head[-1] == ",":
            head, tail = head[:-1], f",{tail}"
        if not typed_name(head):
            return None
        md = md_closing(text, tail.lstrip(", ")) if words[k][:2] == "MD" else None
        typed, left = _with_suffix(head, tail) if md is None else (head, "")
        return (typed, md) if not left.strip() else None
    return None


def md_after(rest: str) -> str | None:
    """"MD" (and designations after it: "MD, PhD", "MD PhD") as all the rest of a typed name's
    line ("Jane Doe MD"), None for anything else ("MD, Chief Medical Officer")."""
    if rest[:2] != "MD" or rest[2:3].isalpha():
        return None
    more, left = _with_suffix("MD", rest[2:])  # (", PHD" as typed, as "MD" is)
    return None if left.strip() else more


def md_closing(line: str, rest: str) -> str | None:
    """The "MD" `rest` closing the typed name's `line`, with what parts it from the name (",
    MD" of "Jane Doe, MD", " MD" of "Jane Doe MD"); None for other rests or partings ("Jane
    Doe - MD")."""
    md = md_after(rest)
    cut = len(line) - len(rest)
    if md is None or cut < 2 or not line.endswith(rest) or line[cut - 1] != " ":
        return None
    if line[cut - 2] == ",":
        return f", {md}"
    return f" {md}" if line[cut - 2].isalpha() or line[cut - 2] == "." else None


def _suffix_cased(suffix: str, name: str) -> str:
    """A suffix typed in capitals after a name in mixed case, as that name prints it ("JR."
    -> "Jr.", "PH.D." -> "Ph.D.", "PHD" -> "PhD"; "III", "M.D." and "CPA" as typed)."""
    if not suffix.isupper() or capitals(name):
        return suffix
    return _SUFFIX_CASE.sub(lambda m: m.group()[0] + m.group()[1:].lower(), suffix)


_DESIGNATION_WORDS = frozenset(_DESIGNATIONS.upper().split("|"))
_DESIGNATED = _DESIGNATION_WORDS | {"MD"}  # (ending a name typed to sign: _designated)
_SUFFIX_CASE = compiled(r"\b(?:JR|SR|PH|ESQ)\b|\bPH(?=D\b)")  # ("PHD" -> "PhD")


# A surname's prefix left in lower case in a name typed in capitals ("JAMES J. McNULTY",
# "ROBERT E. MacDONALD", "JOHN A. DeLUCA", "MARY LaPORTE")
_LOWER_PREFIX = lazy(r"\b(?:Mc|Mac|De|Di|Da|Du|La|Le)(?=[A-Z]{2})")


def capitals(text: str) -> bool:
    """Typed in capitals, a surname's "Mc" or "De" as printed ("JAMES J. McNULTY")."""
    if text.isupper():
        return True
    # (most text is in mixed case, its first word too: "Vice President", "Jane Doe")
    if text[1:2].islower() and not (text[2:3].isupper() or text[3:4].isupper()):
        return False
    return _LOWER_PREFIX.sub(_upper, text).isupper()


def _upper(match: re.Match[str]) -> str:
    return match.group().upper()


# A legal form last, in any case ("J.H. COHN LLP": title-cased, "Llp" would pass as a word);
# one of two letters only with its stops ("N.A.", "P.C."; "Li Na" is a name)
_LEGAL_FORMS = frozenset("LLP LLC LLLP PLLC FSB PLC GMBH".split())
_SHORT_LEGAL_FORMS = frozenset("LP PC PA NA SA NV BV AG".split())
# A last word of a line in capitals that makes it a place or a firm ("DuPAGE COUNTY",
# "McLEAN VIRGINIA", "DeKALB GENETICS"); no state that is a common surname (Washington,
# Montana)
_NOT_LAST_IN_CAPITALS = frozenset(
    "COUNTY CITY TOWNSHIP PARISH ALABAMA ALASKA ARIZONA ARKANSAS CALIFORNIA COLORADO "
    "CONNECTICUT DELAWARE FLORIDA GEORGIA HAWAII IDAHO ILLINOIS INDIANA IOWA KANSAS KENTUCKY "
    "LOUISIANA MAINE MARYLAND MASSACHUSETTS MICHIGAN MINNESOTA MISSISSIPPI MISSOURI NEBRASKA "
    "NEVADA OHIO OKLAHOMA OREGON PENNSYLVANIA TENNESSEE TEXAS UTAH VERMONT VIRGINIA WISCONSIN "
    "WYOMING GENETICS FOODS REALTY NEWSPAPERS INVESTMENTS INVESTMENT VASCULAR MOTOR MOTORS "
    "STORES BANK BANCSHARES INDUSTRIES PRODUCTS".split())


def typed_name(text: str) -> bool:
    """A personal name as typed under a signature, also in capitals ("ROBERT BROWN"), with
    initials typed together ("R.J. Smith"), maybe with a suffix after a comma ("Milledge A.
    Hart, III")."""
    words = text.split()
    if not words:
        return False
    form = NOT_LETTERS.sub("", words[-1]).upper()
    if form in _LEGAL_FORMS or form in _SHORT_LEGAL_FORMS and "." in words[-1]:
        return False
    if capitals(text):
        if words[-1].upper() in _NOT_LAST_IN_CAPITALS or not (
                text.isupper() or given_first(words[0])):
            return False
        text = text.title()
    if "," in text:
        text = _SUFFIX_END.sub("", text)
    return initialled_name(text) is not None


def given_first(word: str) -> bool:
    """A name in capitals with a surname's "Mc" or "De" opens with a given name or an
    initial ("JOHN A. DeLUCA", "R.J. McNULTY"); opening with one, a place or a firm ("McLEAN
    VIRGINIA", "McGLADREY PULLEN", "LeBOEUF LAMB")."""
    return word.lower() in GIVEN_NAMES or word[1:2] == "." or (
        word[-1:] == "." and len(word) <= 3)  # ("J.", "R.J.", "WM.")


def unbracketed(text: str) -> str:
    """ "(Frank Borman)" -> "Frank Borman": a name typed in brackets under the line signed on
    (The Home Depot's 10-Ks); other text as it is."""
    if text[:1] == "(" and text[-1:] == ")" and text.count("(") == 1:
        return text[1:-1].strip()
    return text


def _dated_after(text: str, dates: list[tuple[int, str]]) -> int:
    """Where a captioned date after the title starts in the line ("Title: President Date:
    May 5, 2015", the two lines of an HTML cell run into one), 0 if none."""
    before = text[: dates[-1][0]].rstrip()
    if before[-1:] in (":", "."):
        before = before[:-1].rstrip()
    for label in (" date", " dated"):
        if before[-len(label) :].lower() == label:
            return len(before) - len(label) if before[: -len(label)].strip(" ,;") else 0
    return 0


def read_below(row: list[Chunk], signer: dict[str, Any], column: float, cells: bool,
               dates_of: Dates) -> None:
    """Lines under a signature: the name again, "Name:", "Title:", title lines, a date."""
    kept: list[str] = []
    for chunk in row:
        text = chunk.text
        if is_rule(text):
            continue
        if text[-1] in _NOTE_ENDS:  # "William A. Freeman*", "Director (1)": a footnote's mark
            text = unmarked(text) or text
        if not signer["name"] and not kept and typed_name(unbracketed(text)):
            signer["name"] = unbracketed(text)  # under a star, or "By:" typed with no name
            continue
        if not signer["name"] and not kept and (designated := _designated(text)):
            signer["name"], signer["md"] = designated  # "Jane Doe MD", "Jane Doe CPA"
            continue
        dates = dates_of[text]
        if dates and (DATE_LABEL.match(text) or len(text) < 25 and (
                text[-1] != ")" or not (own := dated_title(text, dates_of)[0]) or own[0] == "(")
                and not (dates[0][0] and TITLE_WORD.match(text))):
            # a date alone (not "President (1/12/2025)", "Director, May 1, 2005": a title and
            # its date, read below)
            signer["date"] = signer["date"] or dates[0][1]
            continue
        if len(text) < 8 and DATE_LABEL.match(text):
            continue  # the "Date" caption under a date
        if dates and ("Date" in text or "DATE" in text) and (cut := _dated_after(text, dates)):
            # "Title: President Date: May 5, 2015": a cell's two lines run into one
            signer["date"] = signer["date"] or dates[-1][1]
            text = text[:cut]
        if text[:1] == "(" and _CAPTION.match(text):
            continue  # "(Date)" in a cell beside the name and title
        if text[0] == "*" and len(text) > 30 and text[1:2].isalpha():
            continue  # the note of a "(Signature)*" caption: "*Print the name and title ..."
        if text[0] in "SsNnTtPp" and len(text) < 16 and _BARE_CAPTION.match(text):
            continue  # a schedule's "Signature", "Name" and "Name/Title" under their lines
        if text[0] in "[(Ss" and text[:12].lstrip(" [(\t")[:9].lower() == "signature" and (
                _PAGE_CAPTION.match(text)):
            continue  # "[Signature Page to Schedule 13D]": the page's caption
        if not cells and chunk.end < column - 4:
            continue  # left column: dates and captions, not the signer's
        if address_line(text):
            continue  # the signer's address under the title: "P.O. Box 1234", "Houston, TX
            # 77002" (a line left to sign over an address: no name, no title's line)
        if not kept and signer["name"] and not signer.get("typed"):
            typed = _typed_under(text, signer["name"])
            if typed is None and text[:1].lower() == signer["name"][:1].lower() and same_signer(
                    text, signer["name"], True) and typed_name(text) and (
                    typed_name(signer["name"]) or " " not in signer["name"]):
                # "Ann Smith Brown" under "/s/ Ann Smith" (the longer name is the printed
                # one; "/s/ José García" over "Jose Garcia" keeps its accents; not "/s/ Jane
                # Doe Chief Executive Officer" over "Jane Doe", read below; "/s/ Kim" over
                # "Kim Sung-ho" in a table, a title read beside it)
                typed = max(signer["name"], text.rstrip(" ,"), key=len), ""
            if typed is not None:
                # "/s/ W.A. Freeman" over "William A. Freeman" (", President"): the name
                # typed under the signature is the printed one; what follows is the title
                signer["name"], signer["typed"] = printed_name(signer["name"], typed[0]), True
                text = typed[1]
                if text[:2] == "MD" and (md := md_closing(chunk.text, text)):
                    # "Jane Doe, MD" ("MD, PhD"), "Jane Doe MD" closing the line: the
                    # name's if a title follows (_finish)
                    signer["md"] = md
                    continue
                if not text:
                    continue
        kept.append(text)
    text = squash(" ".join(kept))  # "Title:" and its value may sit in two cells
    if not text or (text[0] == "(" and _CAPTION.match(text)):
        return
    if text[0] in "Nn" and _NAME_TITLE_LABEL.match(text):
        # a schedule's "Name/Title: Jane Doe, Managing Director": the name, then the title
        text = _NAME_TITLE_LABEL.sub("", text)
        typed, title = name_of(text)
        if not signer["name"] or typed and same_person(typed, signer["name"]):
            # (the name typed in full under "/s/ Bill Smith" too)
            signer["name"] = printed_name(signer["name"], typed) if signer["name"] else typed
            text = title or ""
    elif _NAME_LABEL.match(text):
        typed = _NAME_LABEL.sub("", text)
        stacked = _STACKED_TITLE_LABEL.match(typed) if typed[:1] in "TtIiPpCc" else None
        split = _values_of_stacked(typed[stacked.end() :], signer["name"]) if stacked else None
        label = _INLINE_TITLE.search(typed) if ":" in typed and not stacked else None
        if split:  # "Name: Title: Jane Doe General Counsel": the labels' cell, the values'
            typed = split[0]
        elif stacked:  # the name alone in the values' cell (no title typed), or the title
            typed = typed[stacked.end() :]  # alone (no name typed)
            if typed and not typed_name(typed):
                split, typed = ("", typed), ""
        elif label:  # "Name: Jane Doe      Title: President" on one line
            signer["title_lines"].append(typed[label.end() :])
            signer["labelled"] = True
            typed = typed[: label.start()]
        else:
            cut = _TITLE_START.search(typed)
            if cut:  # "Name: Jane Doe, President"
                signer["title_lines"].append(typed[cut.end() :])
                typed = typed[: cut.start()]
        name = signer["name"]
        if not name:
            signer["name"] = typed or name
        elif _for_principal(signer, typed):
            # "By: /s/ John Roe, Attorney-in-Fact" over "Name: Jane Doe" / "Title: Chief
            # Financial Officer": the attorney signs her name, she is the signer
            signer["name"] = typed
            signer["title_lines"] = [line for line in signer["title_lines"]
                                     if not _ATTORNEY.match(line)]
        elif same_person(typed, name):
            # "/s/ CARL C. ICAHN" over "Name: Carl C. Icahn", "/s/ Bill Smith" over "Name:
            # William Smith": the typed name
            signer["name"] = printed_name(name, typed.rstrip(" ,"))
        if split:  # (after the name: the attorney's capacity above is no title then)
            _title_line(signer, split[1], dates_of)  # ("Date:" stacked too: its value)
            signer["labelled"] = True
        return
    if _TITLE_LABEL.match(text):
        _title_line(signer, _TITLE_LABEL.sub("", text), dates_of)
        signer["labelled"] = True
        return
    if not signer["name"] and not signer["title_lines"]:
        # "By:" with no signature typed: the name is the first line below ("R.J. Smith,
        # Treasurer", "JOHN A. SMITH, President")
        head, title = name_of(text)
        typed = typed_name(head)
        # (a designation closing the name: "Jane Doe CPA, Chief Financial Officer")
        designated = None if typed or not title else _designated(head)
        if designated:
            signer["name"], signer["md"] = designated
        elif typed:
            signer["name"] = head
        if typed or designated:
            if title:
                signer["title_lines"].append(title)
            return
    name = (signer["name"] or "").lower()
    if name and len(name) > len(text) + 4 and name[len(text)] == " " and \
            name.startswith(text.lower()) and typed_name(text) and (
            split := _with_suffix(text, signer["name"][len(text) :]))[1].strip(" ,"):
        # "/s/ Jane Doe Chief Financial Officer March 27, 2008" over "Jane Doe": a table row
        # typed with single spaces; the name typed under it ends the signed name (with a
        # suffix after it: "/s/ Jane Doe Jr. Chief ..."), the rest is the title (over any
        # title line read beside it) and the date
        signer["name"], rest = split[0], split[1].strip(" ,")
        dates = dates_of[rest]
        if dates:
            signer["date"] = signer["date"] or dates[-1][1]
            rest = rest[: dates[-1][0]].rstrip(" ,")
        if rest:
            signer["title_lines"].insert(0, rest)
        return
    if name and not signer["title_lines"] and same_person(text, name):
        # the name typed again under the signature ("Daniel. E. Jackson"); typed in mixed
        # case under a signature in capitals ("/s/ JANE DOE" over "Jane Doe"), it is kept;
        # so is the name typed in full under a signature of one word ("/s/ KIM" over "Kim
        # Jin-il")
        typed = text.rstrip(" ,")
        if capitals(signer["name"]) and not capitals(typed) and _letters(typed) == _letters(name) \
                or " " not in name and " " in typed:
            signer["name"] = typed
        return
    if name and name in text.lower():
        # "Jason Smart, Chief Executive Officer," or a table row "Title   Gregory L. Summe"
        if text[0] == "(" and text[-1] == ")" and text.count("(") == 1:
            text = text[1:-1]  # "(Robert L. Nardelli, President & CEO)": both in brackets
        at = text.lower().index(name)
        typed = text[at : at + len(name)]
        if capitals(signer["name"]) and not capitals(typed):
            # "/s/ JANE DOE" over "Jane Doe, Senior Vice"; in a table, "/s/ JANE DOE
            # Director  March 1, 2005" over "Jane Doe" (or "Jane Doe   and Treasurer")
            signer["name"] = typed
        after = text[at + len(name) :]
        if at == 0:  # "Jane Doe, Ph.D." under "/s/ Jane Doe": the name's, not the title's
            signer["name"], after = _with_suffix(signer["name"], after)
        # "Jane Doe / Principal", "Jane Doe - President"; "(JANE DOE)" leaves its brackets
        text = squash(f"{text[:at]} {after}").replace("()", "").replace("( )", "") \
            .lstrip(",; /-\u2013\u2014")
    if text.strip():
        _title_line(signer, text.strip(), dates_of)


def _title_line(signer: dict[str, Any], text: str, dates_of: Dates) -> None:
    """A line of the signer's title; a date typed after it on the line ("President, March
    28, 2008") is the signer's date, not the title's."""
    text, dated = dated_title(text, dates_of)
    signer["date"] = signer["date"] or dated
    if text:
        signer["title_lines"].append(text)


# "Attorney-in-Fact", "as attorney in fact": the capacity of one signing another's name
_ATTORNEY = compiled(r"(?:as\s)?attorney[\s-]in[\s-]fact$", re.I)
# the capacity of one signing for another under a power of attorney, typed as a title line
# ("Pursuant to Power of Attorney", "By power of attorney", "Under a Power of Attorney")
_BY_POWER = compiled(
    r"\(?(?:pursuant\s+to|by|under)\s+(?:an?\s+|the\s+)?powers?\s+of\s+"
    r"attorney\)?\.?$", re.I)
ATTORNEY_IN_FACT = "Attorney-in-Fact"
# ... that power opening a longer line ("pursuant to a power of attorney filed herewith")
_POWER_LEAD = compiled(
    r"\(?(?:pursuant\s+to|by|under)\s+(?:an?\s+|the\s+)?powers?\s+of\s+attorney\b", re.I)


# "Attorney-in-Fact, pursuant to powers of attorney previously filed": the capacity, then
# the power it signs under (said again); "Attorney-in-Fact for the persons indicated", "...
# on behalf of each of the above": then whom it signs for (their own rows name them)
_FACT_UNDER = compiled(
    r"(\(?attorney[\s-]in[\s-]fact\)?),?[ \t]++(?:(?:pursuant\s+to|under|by)\s[^\n]{0,80}"
    r"powers?\s+of\s+attorney\b|for\s|on\s+behalf\s+of\s)", re.I)


# "for himself and as Attorney-in-Fact", "Individually and as Attorney-in-Fact": an attorney
# who also signs in his own name (his office is in his own row), here the attorney
_OWN_AND = compiled(
    r"(?:for[ \t]+(?:himself|herself)|individually),?[ \t]+and[ \t]+as[ \t]+"
    r"(?=attorney[\s-]in[\s-]fact\b)", re.I)


def attorney_title(title: str) -> str:
    """The title of one signing under a power of attorney: "Attorney-in-Fact" for the
    capacity worded after the power ("Pursuant to Power of Attorney"), the capacity as
    printed without the power named after it ("Attorney-in-fact pursuant to powers of
    attorney previously filed" -> "Attorney-in-fact") or those it signs for ("... for the
    persons indicated"; a person's name stays: "Attorney-in-Fact for Nelson Peltz"), else
    the title unchanged."""
    if attorney_capacity(title):
        return ATTORNEY_IN_FACT
    if title[:1] in "PpUuBb(" and (power := _POWER_LEAD.match(title)):
        # "pursuant to powers of attorney previously filed" after the attorney's name on the
        # "*By:" line: the capacity (and whom it names after "for")
        return ATTORNEY_IN_FACT + signs_for(title[power.end() :].lstrip(" ,"))
    if title[:1] in "FfIi" and (own := _OWN_AND.match(title)):
        return attorney_title(title[own.end() :])  # "for himself and as Attorney-in-Fact"
    if title[:1] in "Aa(" and (under := _FACT_UNDER.match(title)):
        capacity = under.group(1).strip("()")
        return capacity + signs_for(title[under.end() - 4 :])
    return title


def signs_for(text: str) -> str:
    """The words " for Nelson Peltz" when `text` is "for" and one person's name (whom an
    attorney signs for: "Attorney-in-Fact for Nelson Peltz"), else "" ("for the persons
    indicated")."""
    if text[:3].lower() != "for" or not text[3:4].isspace():
        return ""
    person = text[4:].strip(" ,.")
    if not typed_name(person) and (after := _AFTER_PRINCIPAL.search(person)) is not None:
        # "for Steven L. Sinn, pursuant to a Power of Attorney", "for Jane Roe pursuant to
        # ...", "for Jane Roe, Senior Vice President": the name, not the words after it
        person = person[: after.start()].rstrip(" ,.")
    return f" for {person}" if typed_name(person) else ""


# what follows the name of the one an attorney signs for: a comma, or the power's words
_AFTER_PRINCIPAL = lazy(r",|[ \t](?:pursuant|under|by|per)[ \t]", re.I)


# a footnote's mark after a title or name ("Attorney-in-Fact*", "Director**", "Jane Doe\u2020",
# "Director (1)", "Trustee(*)", an HTML "<sup>1</sup>" rendered "Director\u00b9"): it points
# to the note under the table, no part of the value
_NOTE_MARKS = "*\u2020\u2021\u00a7\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"
_NOTE_ENDS = f"{_NOTE_MARKS})"


def unmarked(text: str | None) -> str | None:
    """`text` without a footnote's mark at its end (None when nothing else is left)."""
    if not text:
        return text
    end = text[-1]
    if end in _NOTE_MARKS:
        text = text.rstrip(_NOTE_MARKS)
    elif end == ")" and len(text) > 3 and text[-3] == "(" and (
            text[-2].isdigit() or text[-2] in _NOTE_MARKS):
        text = text[:-3]
    else:
        return text
    return text.rstrip(" ,") or None


def attorney_capacity(text: str) -> bool:
    """The line is the capacity of an attorney-in-fact, worded after the power of attorney
    ("Pursuant to Power of Attorney"): no sentence, and no office's name."""
    return len(text) < 45 and _BY_POWER.match(text) is not None


def _for_principal(signer: dict[str, Any], typed: str) -> bool:
    """The signature line names an attorney-in-fact (its only title) and "Name:" another
    person: the one named signs, by the attorney."""
    lines = signer["title_lines"]
    return len(lines) == 1 and _ATTORNEY.match(lines[0]) is not None and typed_name(typed) \
        and not same_person(typed, signer["name"])


# also typed in capitals ("ROBERT O'NEIL, JR."); "Sr." only last or before a comma ("Jane
# Doe, Sr. Vice President" is a title); a professional designation ("CPA", "CFA", "PhD")
_NAME_SUFFIX = compiled(rf",?\s?(?:(?:Jr|JR|II|III|IV|P[hH]\.\s?D|M\.D|Esq|ESQ|{_DESIGNATIONS})\.?"
                        r"(?=,|\s|$)|(?:Sr|SR)\.?(?=,|$))")
_SUFFIX_END = lazy(rf",[ ]?(?:Jr|JR|Sr|SR|II|III|IV|Ph\.[ ]?D|M\.D|Esq|{_DESIGNATIONS})\.?$")


def _letters(text: str) -> str:
    return NOT_LETTERS.sub("", text).lower()


def printed_name(signed: str, typed: str) -> str:
    """The signer's name of a signature and the name typed with it (the same person): the
    typed one, the signer's full printed name ("Dr. Kanwar J.S. Chadha" under "/s/ Ken
    Chadha"), unless it only repeats the signature in capitals ("/s/ Luca Maestri" over
    "LUCA MAESTRI") or shortens it; a suffix signed and not typed stays ("/s/ Henry Ford II"
    over "Henry Ford")."""
    signed_suffix = _SUFFIX_LAST.search(signed) if signed[-1:] in _SUFFIX_ENDS or signed[
        signed.rfind(" ") + 1 :].upper() in _DESIGNATION_WORDS else None
    if capitals(typed) and not capitals(signed):
        if _letters(typed) == _letters(signed) or len(typed.split()) < len(
                signed.split()) - bool(signed_suffix):
            return signed
        typed = _in_signed_case(typed, signed)  # "/s/ N. Peltz" over "NELSON PELTZ"
    if signed_suffix and not _SUFFIX_LAST.search(typed):
        return typed + _suffix_cased(signed_suffix.group(), typed)
    return typed


# a suffix ending a name ("John Smith, Jr.", "Henry Ford II"), and the letters it ends with
_SUFFIX_LAST = lazy(
    rf"(?:,[ ]?|[ ])(?:Jr|JR|Sr|SR|II|III|IV|P[hH]\.[ ]?D|M\.D|Esq|ESQ|{_DESIGNATIONS})\.?$")
_SUFFIX_ENDS = frozenset(".IVRr")  # (and a designation: _DESIGNATION_WORDS)


# (a suffix typed in capitals that keeps them in mixed case: "John Smith III")
_ROMAN = frozenset(("II", "III", "IV"))


def _in_signed_case(typed: str, signed: str) -> str:
    """A name typed in capitals, in the case its signature prints ("Nelson Peltz" of "NELSON
    PELTZ" under "/s/ N. Peltz"): each word as signed, the others cased as a name is."""
    words = {word.lower(): word for word in signed.split()}
    return " ".join(words.get(word.lower()) or _word_cased(word, signed)
                    for word in typed.split())


def _word_cased(word: str, signed: str) -> str:
    """A word of a name typed in capitals, cased as a name is: "III" and initials run
    together ("J.P.") as typed, "PH.D." as "Ph.D.", "JR." as "Jr."."""
    if word.strip(",.") in _ROMAN or len(word) < 2:
        return word
    if word.strip(",.").upper() in _DESIGNATION_WORDS:
        return _suffix_cased(word, signed)  # "CFA" as typed, "PHD" as "PhD"
    if "." in word[:-1]:
        return _suffix_cased(word, signed) if word[:3] == "PH." else word
    return cased(word)


# initials run together ("J.S.", "W.A."): one token each for person_name
_INITIALS = lazy(r"(?<=\b[A-Z]\.)(?=[A-Z]\b)")


_NICK_MARKS = "\"'(\u201c\u2018"
# a nickname in single quotes ("William 'Bill' Smith"), as person_name reads it in double ones
_SINGLE_QUOTED = lazy(r"(?<=[ \t])['\u2018]([A-Z][a-z]{1,15})['\u2019](?=[ \t])")


def _typed_person(text: str) -> bool:
    """typed_name, also for initials run together, an honorific and a nickname ("Dr. Kanwar
    J.S. Chadha", "W.A. FREEMAN", "William 'Bill' Smith")."""
    if capitals(text):
        text = text.title()
    if "'" in text or "\u2018" in text:
        text = _SINGLE_QUOTED.sub(r'"\1"', text)
    return person_name(_INITIALS.sub(" ", text) if "." in text else text) is not None


def _typed_under(text: str, name: str) -> tuple[str, str] | None:
    """A line under a signature that opens with a personal name sharing the signer's
    surname: that name typed in full (and a "Jr." or "Ph.D." after it), and the rest of the
    line after a comma or dash ("William A. Freeman, President"); None for a title line or
    another person's name."""
    if text == name or text.lower() == name.lower():
        return text, ""  # (the common case: the name typed again as signed)
    if text[:4] in ("Name", "NAME"):
        return None  # "Name: Jane Doe": read by its label
    if text[0] == "(" and text[-1] == ")":  # "(ROBERT J. BROWN)" under a 10-K's signature
        typed = _typed_under(text[1:-1], name) if len(text) > 2 else None
        return typed if typed and not typed[1] else None
    surname = _surname(name)
    low = text[:80].lower()
    if not surname or surname not in low:
        # (most lines under a signature: the cheap test) ... but the name may be misprinted
        # by a letter ("/s/ Steven A. Ballmer" over "Steven A. Ballmar", Microsoft 2001)
        return (name, "") if _misprinted(text, name) else None
    if low.startswith(surname) and low[len(surname) : len(surname) + 1] == ",":
        # "PELTZ, NELSON" under "/s/ Nelson Peltz": the name typed surname first (a
        # schedule's filing person), no title; read in order, it is the signer's own
        typed = in_given_order(text)  # (with its suffix: "ICAHN, CARL C., JR.")
        return (typed, "") if typed and _typed_person(typed.partition(",")[0]) and same_person(
            typed, name, False) else None
    parts = text.split()
    for k, word in enumerate(low.split()[1:6], 1):
        if word.strip(".,;") != surname:
            continue
        typed = " ".join(parts[: k + 1]).rstrip(",;")
        if typed != name and not _typed_person(typed):  # (most often the name typed again)
            return None
        rest = " ".join(parts[k + 1 :]) if word[-1] != "," else ", " + " ".join(parts[k + 1 :])
        typed, rest = _with_suffix(typed, rest)
        if rest and rest[0] not in ",;/-(\u2013\u2014" and not TITLE_WORD.match(rest) and \
                not md_after(rest):
            return None  # "Jane Doe Smith Trust"? not a name and a title apart
        return typed, rest.lstrip(",; /-\u2013\u2014") if rest[:1] != "(" else rest
    return None


def typed_beside(text: str, name: str) -> tuple[str, str] | None:
    """The signer's name typed in the cell beside the signature ("/s/ Jane Doe" | "Jane Doe"
    on one row, "/s/ W.A. Freeman   William A. Freeman, President"): the printed name and
    what follows it on that cell (a title, or ""); None for a title or another's name."""
    if text[0] == "(" or text[:4] in ("Name", "NAME"):
        return None  # (a caption, or a label read as the lines under a signature are)
    typed = _typed_under(text, name)
    if typed is None or typed[0] != name and not same_person(typed[0], name, False):
        return None
    return printed_name(name, typed[0]), typed[1]


def in_given_order(text: str) -> str | None:
    """A name typed surname first, in order: "NELSON PELTZ" of "PELTZ, NELSON", "CARL C.
    ICAHN, JR." of "ICAHN, CARL C., JR." (one surname word, a comma, the given names, maybe a
    suffix after a second comma); None for anything else."""
    surname, comma, given = text.partition(",")
    if not comma or " " in surname:
        return None
    given, comma, suffix = given.partition(",")
    if comma and not _NAME_SUFFIX.fullmatch(suffix.strip()) or not given.strip():
        return None
    return f"{given.strip()} {surname}" + (f", {suffix.strip()}" if comma else "")


def _misprinted(text: str, name: str) -> bool:
    """`text` is `name` with one letter of its last word typed wrong (the words before it,
    a first name and initials, the same)."""
    words, typed = name.split(), text.split()
    if len(words) < 2 or len(typed) != len(words) or typed[:-1] != words[:-1]:
        return False
    a, b = words[-1], typed[-1]
    return len(a) == len(b) >= 4 and sum(x != y for x, y in zip(a, b, strict=True)) == 1


@lru_cache(maxsize=512)
def _surname(name: str) -> str:
    """The signer's surname in lower case ("smith" of "John Smith, Jr.", "o'brien")."""
    words = name.lower().replace(",", " ").split()
    while len(words) > 1 and words[-1].strip(".") in _SUFFIXES:
        words.pop()
    return words[-1].strip(".") if words else ""


_SUFFIXES = frozenset(("jr sr ii iii iv ph.d m.d md esq " + _DESIGNATIONS.replace("|", " ")).lower()
                       .split())


def same_person(text: str, name: str, one_word: bool = True) -> bool:
    """The line is the signer's name typed again: the same letters, or a personal name with
    the same surname ("/s/ W.A. Freeman" over "William A. Freeman"); with `one_word`, also
    the name typed in full under a signature of one word."""
    text = text.rstrip(" ,")
    if text.lower() == name.lower():
        return True  # (the common case, tested first)
    words = text.split()  # a name: two to five words, each capitalised
    # (a nickname's quotes or brackets before its capital: 'William "Bill" Smith')
    if not 2 <= len(words) <= 5 or not all(w.lstrip(_NICK_MARKS)[:1].isupper() for w in words):
        return False
    # "Daniel. E. Jackson"; "Dr. Kanwar J.S. Chadha" under "/s/ Ken Chadha"; "John A. Smith,
    # Jr." under "/s/ John A. Smith" (the surname before a suffix)
    if _letters(text) == _letters(name) or _letters(_surname(text)) == _letters(_surname(name)):
        return True
    # a signature of one word, the family name typed first in the name under it ("/s/ KIM"
    # over "Kim Jin-il", Korean and Chinese issuers' 6-Ks)
    return one_word and " " not in name.strip() and len(words) <= 3 and \
        _letters(words[0]) == _letters(name) != "" and _typed_person(text)


# particles of a surname, left out when names are compared ("Pierre J. de Weck")
_PARTICLES = frozenset("de da di do du del della der den van von la le dos das ten ter".split())


def _words(name: str) -> tuple[str, list[str], set[str]]:
    """A name's first word (its initial when one is typed), the words after it (accents
    folded, lower case; no particles, initials or suffixes) and its middle initials."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    caps = folded.isupper()
    first = ""
    words: list[str] = []
    initials: set[str] = set()
    for token in folded.replace(",", " ").replace("-", " ").split():
        bare = token.strip(".()\"'\u201c\u201d")
        low = bare.lower().replace(".", "")
        if not low or low in _SUFFIXES:
            continue
        if not first:
            first = low
            continue
        if len(low) == 1 or "." in bare and len(low) <= 3:
            initials.add(low)  # "J.", "J.P."
        elif not (bare.islower() or caps and low in _PARTICLES):
            words.append(low)  # (not "de", "von", "van der")
    return first, words, initials


def same_signer(typed: str, signed: str, one_word: bool = False) -> bool:
    """`typed` is the name of the signer `signed` typed again: same_person's tests, or the
    same first name (or its initial) and a surname word in common ("Pierre J. de Weck" /
    "Pierre de Weck", "Jose Garcia" / "José García", "Mary Smith-Jones" / "Mary Smith"),
    or one name's words all in the other ("C. Robert Kidder" / "Robert Kidder"). A name
    under a signature of one word only with `one_word`: a table's row "Thomas Brown
    Director  March 24, 2015" under "/s/ Thomas  Director  March 24, 2015" is a signer of
    its own (the table reader asks without it; the lines under a signature ask with it)."""
    if same_person(typed, signed, one_word):
        return True
    first_a, words_a, mid_a = _words(typed)
    first_b, words_b, mid_b = _words(signed)
    if not first_a or not first_b or mid_a and mid_b and mid_a.isdisjoint(mid_b):
        return False  # ("Robert H. Smith" and "Robert L. Smith": two people)
    all_a, all_b = {first_a, *words_a}, {first_b, *words_b}
    if min(len(all_a), len(all_b)) > 1 and (all_a <= all_b or all_b <= all_a):
        return True
    if len(first_a) > 1 and len(first_b) > 1 and first_a != first_b:
        return False
    return first_a[0] == first_b[0] and not set(words_a).isdisjoint(words_b)


# Two title lines are two titles ("Vice President, Finance" over "Chief Accounting Officer")
# when the first ends a title and the second starts one; otherwise the second goes on with
# the first ("Executive Vice President and Chief" over "Financial Officer", "Vice President
# and Controller" over "and Chief Accounting Officer"). A field ("Finance") ends a title but
# also opens one ("Finance Director"): no break before "Director" after it.
_OFFICE_ENDS = frozenset(
    "officer counsel secretary treasurer controller comptroller president director chairman "
    "chairwoman chair ceo cfo coo cao cto partner trustee manager member attorney-in-fact"
    .split())
_FIELD_ENDS = frozenset("finance operations administration board".split())
_TITLE_STARTS = frozenset(
    "chief vice vp svp evp senior sr. executive associate assistant deputy registered principal"
    " interim acting general managing head president chairman chairwoman chair treasurer "
    "secretary controller comptroller ceo cfo coo cao authorized attorney-in-fact director"
    .split())
# In an HTML cell the lines of a title are run together ("... Assistant Secretary<div>
# Registered In-House Counsel"): an office, then a word that only opens a title, or
# "Director" after an office no title goes on from ("Chief Financial Officer<p>Director",
# "Attorney-in-Fact<p>Director"; not "President Director", a title of its own at some
# foreign issuers)
_RUN_ON = lazy(
    r"\b(Officer|Counsel|Secretary|Treasurer|Controller|Comptroller|President|Chairman|CEO|CFO"
    r"|COO|Attorney-in-[Ff]act) (?=(?:Chief|Vice|Senior|Executive|Associate|Assistant|Deputy"
    r"|Registered|Interim|Acting) [A-Z])"
    r"|\b(Officer|Counsel|Secretary|Treasurer|Controller|Comptroller|Chairman|CEO|CFO|COO"
    r"|Attorney-in-[Ff]act) (?=Director\b)")


# the small words that go on after a dash typed with no space ("Senior Vice President-" /
# "and Chief Financial Officer"), not the rest of a word broken at its hyphen
_JOINING_WORDS = frozenset("and or of for to the &".split())


def join_title(lines: list[str], cells: bool) -> str:
    """A signer's title lines as one title: ", " between two titles, " " in a title wrapped
    (`cells`: HTML, whose lines in one cell come run together)."""
    out = lines[0]
    if len(lines) == 1 and (not cells or len(out) < 24 and out[-8:] != "Director"):
        return out  # (most titles: one line, or too short to hold two run together)
    # (the last word and characters are kept as the lines are joined, not read again from
    # the title so far: a row of thousands of cells would take quadratic time)
    parts = [out]
    end = out[-2:]
    last = out.rsplit(None, 1)[-1] if out.strip() else ""
    for line in lines[1:]:
        if (end[-1:] == "/" or end[-1:] == "-" and end[-2:-1].isalpha()) and (
                line[:1].isupper() or end[-1:] == "-" and line[:1].islower()
                and line.split(None, 1)[0] not in _JOINING_WORDS):
            # "Vice President/" / "Chief Financial Officer", "Executive Vice President-" /
            # "Finance", "Attorney-" / "in-Fact for John Roe": the line broke at the slash
            # or hyphen, which joins with no space (not before "(Principal Financial
            # Officer)", "and Chief ..." or, after a slash, any word in lower case)
            parts.append(line)
            end = (end + line)[-2:]
            last = line.rsplit(None, 1)[-1] if len(line.split()) > 1 else last + line
            continue
        low = last.lower()
        first = line.split(None, 1)[0].lower() if line.strip() else ""
        # ("Finance Director": one title; "Individually" / "Chairman of the Board": the
        # capacity signed in and an office, in either order)
        two = line[:1].isupper() and (low == "individually" or first == "individually" or (
            first in _TITLE_STARTS or first[:3] == "co-") and (
            low in _OFFICE_ENDS or low[-1:] == ")" or low in _FIELD_ENDS
            and (first != "director" or low == "board")))
        parts.append(f", {line}" if two else f" {line}")
        end = (end + parts[-1])[-2:]
        if line.strip():
            last = line.rsplit(None, 1)[-1]
    out = "".join(parts)
    return _RUN_ON.sub(r"\1\2, ", out) if cells and " " in out else out


# Directors' names run together in one cell, each in capitals or capitalised ("DAVID P. ABNEY
# DOUGLAS M. BAKER, JR. GEORGE S. BARRETT ...", a 10-K signed for them by an attorney-in-
# fact): each name is read by its shape, a first name, initials and a surname, or "J. FRANK
# BROWN", or two words ("GRACE PUMA") between names with initials.
_SHAPES = (("W", "I", "W"), ("I", "W", "W"), ("W", "I", "I", "W"), ("W", "W"))
_NAME_SUFFIXES = frozenset("JR SR II III IV".split())


def _token_kind(token: str) -> str:
    """ "S" a suffix, "I" an initial, "W" a name's word, "" anything else."""
    bare = token.rstrip(",")
    if not bare:
        return ""
    if bare.rstrip(".").upper() in _NAME_SUFFIXES and (bare[-1] == "." or bare.isupper()):
        return "S"
    if len(bare) == 2 and bare[1] == "." and bare[0].isupper():
        return "I"
    word = bare.replace("-", "").replace("'", "").replace("\u2019", "")
    return "W" if len(word) >= 2 and word[0].isupper() and word.rstrip(".").isalpha() else ""


def name_list(text: str) -> list[str] | None:
    """The names of a cell of names run together, when they part one way only (two or
    more); None otherwise (a three-word name, or two names of two words side by side,
    could be cut in more than one place)."""
    tokens = text.split()
    if len(tokens) < 4 or len(tokens) > 80:
        return None
    kinds = [_token_kind(t) for t in tokens]
    if "" in kinds:
        return None
    parses: dict[tuple[int, bool], list[list[int]]] = {}

    def ends(at: int, plain_before: bool) -> list[list[int]]:
        """The ways to part tokens[at:] (each a list of the names' end indexes; at most
        two are kept: one more tells the parting is not unique)."""
        if at == len(tokens):
            return [[]]
        key = (at, plain_before)
        if key in parses:
            return parses[key]
        found: list[list[int]] = []
        for shape in _SHAPES:
            end = at + len(shape)
            plain = shape == ("W", "W")
            if end > len(tokens) or tuple(kinds[at:end]) != shape or plain and plain_before:
                continue
            if any(tokens[k][-1] == "," for k in range(at, end - 1)):
                continue  # a comma inside: two names of a list, not one
            if end < len(tokens) and kinds[end] == "S":
                end += 1  # "BAKER, JR."
            found.extend([end, *rest] for rest in ends(end, plain))
            if len(found) > 1:
                break
        parses[key] = found[:2]
        return parses[key]

    ways = ends(0, False)
    if len(ways) != 1 or len(ways[0]) < 2:
        return None
    names, start = [], 0
    for end in ways[0]:
        names.append(" ".join(tokens[start:end]).rstrip(","))
        start = end
    return names
