"""Signatures of the forms that print no SIGNATURES section: ownership reports (Forms 3, 4 and
5) and 13F holdings reports, in their XML and in their older text layouts.

Schema slice: the same ``signatures`` entries {registrant, name, title, date}. From the corpus::

    4_2024_mcguirkrichardl_1.txt, <ownerSignature>:
        <signatureName>/s/ Jennifer L. Gill, By Power of Attorney</signatureName>
        <signatureDate>2024-05-01</signatureDate>
      -> {"registrant": null, "name": "Jennifer L. Gill", "title": "Attorney-in-Fact",
          "date": "2024-05-01"}
    13fhr_2023_ltsonemanagementlp_1.txt, <signatureBlock>: <name>James P Gallagher</name>
        <title>Chief Compliance Officer</title> ... <signatureDate>11-14-2023</signatureDate>
      -> {"registrant": "LTS One Management LP", "name": "James P Gallagher",
          "title": "Chief Compliance Officer", "date": "2023-11-14"}
    4_2000_productivitytechnologi_1.txt, text: "SIGNATURE OF REPORTING PERSON" over
        "/s/  Alan H. Foster", "DATE", "March 13, 2000"
    13fhra_2000_berkshirehathawayinc_1.txt, text: "Name: Marc D. Hamburg", "Title: Vice
        President", and under "Signature, Place, and Date of Signing:" the line
        "(s) Marc D. Hamburg   Omaha, NE   September 6, 2000"

An ownership report is signed for its reporting person, not for a registrant: `registrant` is
null there, and a reporting person who signs in person gets the officer title the report
gives them; an attorney who signs for them ("by power of attorney", "as attorney-in-fact")
has the title "Attorney-in-Fact", however the capacity is spelt ("Attorney-in-Fact for John
Doe" when it names whom, whatever words follow the name: "for John Doe pursuant to a Power of
Attorney"). A title may be typed under the signature, or under the "**Signature of Reporting
Person" caption under it; that caption typed as the signature names no one. A title wrapped
onto the next line goes on there: a word broken at its hyphen ("/s/ Jane Doe, Attorney-" over
"in-Fact for John Doe"), whom the attorney signs for ("Attorney-in-Fact" over "for John Doe")
or an office cut after a word no title ends in ("Chief Financial" over "Officer"). An office
typed alone under the signature, whole or so cut, is the title. A text report signed under
a "Signature:" label ("Signature: /s/ Alan H. Foster") in place of the caption is read the
same way. A 13F is
signed on behalf of its manager: `registrant` is the manager's name.
"""

from __future__ import annotations

import html
import re
from datetime import date
from typing import Any

from ..lazy_re import lazy
from ..regex_cache import compiled
from ..values import find_dates, squash
from .cover_names import company_key, same_keys
from .signature_block import plain_marks
from .signature_names import TITLE_WORD, name_of, same_person, signs_for, typed_name, unmarked
from .signature_registrants import company_words

# XML elements, with or without a namespace prefix ("<ns1:signatureBlock>").
_PREFIX = r"(?:\w{1,20}:)?"
_MM_DD_YYYY = compiled(r"(\d{1,2})-(\d{1,2})-(\d{4})$")
_ISO_DATE = compiled(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")

# "/s/ Jennifer L. Gill", "(s) Marc D. Hamburg", "S/ John Doe", "(signed) John Doe": the mark
# of a typed signature
_SIGNED_MARK = lazy(r"(?:/[sS]/|\([sS]\)|\b[sS]/|\([Ss](?:igned|IGNED)\))[ \t]*")
# a comma that ends a name, not one before a suffix ("John Smith, Jr., Attorney-in-Fact")
_SUFFIX = compiled(r"(?:Jr|Sr|II|III|IV|Esq|M\.?D|Ph\.?D)\b\.?", re.I)
_GAP = compiled(r"[ \t]{2,}|\t")
# a dash with spaces around it parts a name and a title (not "Smith-Jones")
_SPACED_DASH = lazy(r"[ \t](?:--?|\u2013|\u2014)[ \t]")
# The capacity of an attorney signing for the reporting person, however spelt: "By Power of
# Attorney", "pursuant to a power of attorney", "as attorney-in-fact", "her Attorney in Fact"
# (anything after it, "for Jessica A. Garascia", goes with it)
_ATTORNEY = lazy(
    r"\b(?:(?:by|as|under|per|pursuant[ ]to)[ ])?(?:(?:a|the|his|her|its|their)[ ])?"
    r"(?:power[ ]of[ ]attorney|attorney[- ]in[- ]fact|P\.?O\.?A)\b", re.I)
_ATTORNEY_IN_FACT = "Attorney-in-Fact"
# "Jessica A. Garascia, by Katherine Kwiat, her attorney-in-fact", "By: Katherine Kwiat":
# the attorney's name follows "by"
_BY_ATTORNEY = lazy(r"(?:^|[ ,])by:?[ ]", re.I)
_RULES = "-_=* \t"
# the "Name:" / "Title:" labels typed after a signature on its line
_NAME_OR_TITLE = compiled(r"(?:Name|Title)[ \t]?:", re.I)
_TITLE_IN = compiled(r"\bTitle[ \t]?:[ \t]*", re.I)
# "/s/ Warren E. Buffett, on behalf of himself and each other reporting person hereunder"
# (Berkshire Hathaway's Form 3 for Snowflake, 2020): whom the signer signs for, no title
_CAPACITY = lazy(r"(?:individually\s+and\s+)?(?:on\s+behalf\s+of|for\s+(?:himself|herself|"
                 r"itself|themselves))\b", re.I)

# Text layouts: the caption under a Form 3/4/5 signature, and the 13F's two captions.
_REPORTING_PERSON = compiled(r"signature[ \t]+of[ \t]+reporting[ \t]+person", re.I)
_SIGNING_13F = compiled(r"signature,?[ \t]+place,?[ \t]+and[ \t]+date[ \t]+of[ \t]+signing", re.I)
_PERSON_SIGNING = compiled(r"person[ \t]+signing[ \t]+this[ \t]+report", re.I)
_MANAGER_FILING = compiled(r"manager[ \t]+filing[ \t]+this[ \t]+report", re.I)
_LABEL = compiled(r"^[ \t]*(Name|Title)[ \t]*:[ \t]*(.*)$", re.I)
_WINDOW = 5  # lines around a caption where its signature line and date stand


# The forms these layouts belong to (amendments too): other forms never reach the readers.
_FORMS = compiled(r"(?:[345]|13F-[A-Z]{2})(?:/A)?", re.I)
# Letters: a filer's correspondence with the SEC staff, and the staff's own letters
_LETTERS = compiled(r"(?:CORRESP|UPLOAD)(?:/A)?", re.I)


def form_signatures(body: str, text: str | None, registrant: str | None,
                    form_type: str | None = None) -> list[dict[str, Any]]:
    """Signatures of an ownership report or a 13F: `body` is the primary document as filed
    (XML or text), `text` its rendered text when it is readable, `registrant` the filer's
    name from the cover or header (a 13F's manager when the form does not print it). With a
    `form_type` other than 3, 4, 5 or 13F (a 20-F) there are none to read; a letter
    (CORRESP, UPLOAD) is signed under its complimentary close."""
    if form_type is not None and _LETTERS.fullmatch(form_type):
        return letter_signature(text, registrant, form_type[0] in "Cc") if text else []
    if form_type is not None and not _FORMS.fullmatch(form_type):
        return []
    if "ownerSignature>" in body:
        return _ownership_xml(body)
    if "signatureBlock>" in body:
        return _thirteen_f_xml(body, registrant)
    if not text:
        return []
    if _caption_in(text, "reporting person", _REPORTING_PERSON):
        return _ownership_text(text.split("\n"))
    if form_type is not None and form_type[0] in "345" and _signature_label_in(text):
        # "Signature: /s/ Alan H. Foster" / "Date: March 13, 2000": the form's caption
        # typed as the signature's label
        return _ownership_text(text.split("\n"), _SIGNATURE_LABEL)
    if _caption_in(text, "signing", _SIGNING_13F):
        return _thirteen_f_text(text, registrant)
    return []


def _caption_in(text: str, last_words: str, caption: re.Pattern[str]) -> bool:
    """Whether `caption` (which ends with `last_words`) is in the text."""
    return _caption_at(text, last_words, caption) >= 0


def _caption_at(text: str, last_words: str, caption: re.Pattern[str]) -> int:
    """Where the first `caption` (which ends with `last_words`, on one line) starts in the
    text, -1 if nowhere. A caseless regex has no first character to skip to, and most texts
    that come here (20-Fs, letters) are long: the words are found by fast substring searches
    (lower case, capitals, capitalised), and the pattern is tried only in the few characters
    before each."""
    first = -1
    for words in {last_words, last_words.upper(), last_words.title()}:
        at = text.find(words)
        while at >= 0 and (first < 0 or at < first):
            found = caption.search(text, max(0, at - 80), at + len(words))
            if found:
                first = found.start() if first < 0 else min(first, found.start())
                break
            at = text.find(words, at + 1)
    return first


def _caption_line(text: str, last_words: str, caption: re.Pattern[str]) -> int | None:
    """The number of the first line holding `caption` (see _caption_at), None if none."""
    at = _caption_at(text, last_words, caption)
    return text.count("\n", 0, at) if at >= 0 else None


def split_signed(value: str) -> tuple[str | None, str | None]:
    """ "/s/ Jennifer L. Gill, Secretary" -> ("Jennifer L. Gill", "Secretary"); the name keeps
    a suffix ("John Smith, Jr."); no comma, no title. One who signs "by power of attorney"
    or "as attorney-in-fact" signs as "Attorney-in-Fact"."""
    value = plain_marks(value)  # ("/ s /", "\s\ Jane Doe": "/s/")
    marks = list(_SIGNED_MARK.finditer(value))
    # "Acme Capital LP, By: /s/ John Smith, Managing Member": the one who signs follows the
    # mark; an entity named before it signs through them
    # (stars after the name: the form's "**Signature of Reporting Person" footnote mark)
    value = squash(value[marks[-1].end() :] if marks else value).strip(" ,*")
    if not marks and value[:3].lower() == "sig" and _REPORTING_PERSON.fullmatch(value):
        return None, None  # "**Signature of Reporting Person": the form's caption, no name
    if marks and value[:1] in ":-/":
        value = value.lstrip(":-/ ")  # "/s/: Jane Doe", "/s/ - Jane Doe", "/s// Jane Doe"
    attorney = _ATTORNEY.search(value)
    if attorney:
        # (the capacity in brackets or after a dash: "Jane Doe (attorney-in-fact)",
        # "Jane Doe - Attorney-in-Fact"; "... for John Doe": whom it signs for)
        principal = signs_for(value[attorney.end() :].lstrip())
        value = value[: attorney.start()].rstrip(" ,([-\u2013\u2014")
        # after the last "by": the reporting person's name may stand before it
        agents = list(_BY_ATTORNEY.finditer(value))
        if agents:
            value = value[agents[-1].end() :].strip(" ,")
    elif " for " in value:
        # "/s/ Mary Jones for John Smith": the one who signs, for the reporting person
        signer, _, person = value.partition(" for ")
        if "," not in signer and _looks_like_a_name(signer) and _looks_like_a_name(person):
            value = signer
    if not value:
        return None, None
    head, _, tail = value.partition(",")
    if not tail and (dash := _SPACED_DASH.search(head)):  # "/s/ Jane Doe - Chief Executive"
        head, tail = head[: dash.start()], head[dash.end() :]
    tail = tail.strip()
    suffix = _SUFFIX.match(tail)
    if suffix:
        head = f"{head}, {suffix.group()}"
        tail = tail[suffix.end() :].strip(" ,")
    if _CAPACITY.match(tail):
        tail = ""  # for whom one signs, not a title
    elif ":" in tail and _NAME_OR_TITLE.match(tail):
        # "/s/ Jane Roe, Name: Jane Roe, Title: General Partner": the labels typed on one line
        label = _TITLE_IN.search(tail)
        tail = tail[label.end() :] if label else ""
    if attorney:
        return head.strip() or None, _ATTORNEY_IN_FACT + principal
    return head.strip() or None, tail or None


def _entry(registrant: str | None, name: str | None, title: str | None,
           date: str | None) -> dict[str, Any]:
    # (a footnote's mark after the name or title: "Chief Financial Officer*")
    return {"registrant": registrant, "name": unmarked(name), "title": unmarked(title),
            "date": date}


def _elements(xml: str, tag: str) -> list[str]:
    """The contents of each <tag>...</tag> element, an opening tag paired with the next
    closing one: each search starts where the last one ended, so the scan is linear even
    when closing tags are missing."""
    opening = re.compile(rf"<{_PREFIX}{tag}>")
    closing = re.compile(rf"</{_PREFIX}{tag}>")
    out = []
    pos = 0
    while (start := opening.search(xml, pos)) is not None:
        end = closing.search(xml, start.end())
        if end is None:
            break
        out.append(xml[start.end() : end.start()])
        pos = end.end()
    return out


def _xml_value(xml: str, tag: str) -> str | None:
    """The text of the first <tag> element in `xml` (entities decoded), or None."""
    m = re.search(rf"<{_PREFIX}{tag}(?:[ \t][^>]{{0,200}})?>([^<]{{0,1000}})<", xml)
    if m is None:
        return None
    value = squash(html.unescape(m.group(1)))
    return value or None


def _xml_date(value: str | None) -> str | None:
    if not value:
        return None
    m = _MM_DD_YYYY.match(value)  # the 13F's spelling
    if m:
        value = f"{m.group(3)}-{int(m.group(1)):02d}-{int(m.group(2)):02d}"
    iso = _ISO_DATE.fullmatch(value)
    if iso and 1900 < int(iso.group(1)) < 2100:
        # the schema's own spelling, a valid date: what find_dates reads (through dateutil,
        # ~20 us a date) for it; an impossible one is left to find_dates
        try:
            return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3))).isoformat()
        except ValueError:
            pass
    found = find_dates(value)
    return found[0][1] if found else None


def _name_words(name: str) -> frozenset[str]:
    """A name's words, for matching "Garascia Jessica A." to "Jessica A. Garascia"."""
    return frozenset(w.strip(".,").lower() for w in name.split() if len(w.strip(".,")) > 1)


def _ownership_xml(body: str) -> list[dict[str, Any]]:
    owners: list[tuple[frozenset[str], str | None]] = []
    for block in _elements(body, "reportingOwner"):
        owner = _xml_value(block, "rptOwnerName")
        if owner:
            owners.append((_name_words(owner), _xml_value(block, "officerTitle")))
    out = []
    for block in _elements(body, "ownerSignature"):
        signed = _xml_value(block, "signatureName") or ""
        name, title = split_signed(signed)
        if name is None:
            continue
        if title is None:  # the reporting person signed in person: their title in the report
            words = _name_words(name)
            title = next((t for w, t in owners if w == words), None)
        out.append(_entry(_entity_before(signed), name, title,
                          _xml_date(_xml_value(block, "signatureDate"))))
    return out


def _thirteen_f_xml(body: str, registrant: str | None) -> list[dict[str, Any]]:
    for manager in _elements(body, "filingManager")[:1]:
        registrant = _xml_value(manager, "name") or registrant
    out = []
    for block in _elements(body, "signatureBlock"):
        name = _xml_value(block, "name") or split_signed(_xml_value(block, "signature") or "")[0]
        if name is None:
            continue
        out.append(_entry(registrant, name, _xml_value(block, "title"),
                          _xml_date(_xml_value(block, "signatureDate"))))
    return out


def _signed(line: str) -> tuple[str, str | None] | None:
    """The name (and title) typed after a signature mark on the line, up to a column gap or
    a date; with no mark, a name signed "by power of attorney" or "as attorney-in-fact"
    (those words sign as surely: an attorney often types no "/s/")."""
    mark = _SIGNED_MARK.search(line)
    if mark is None and not _ATTORNEY.search(line):
        return None  # most lines: no date to look for
    rest = line if mark is None else line[mark.end() :]
    dates = find_dates(rest, dashed=True)  # ("/s/ Jane Doe   3-13-00": the date's place)
    if dates:
        rest = rest[: dates[0][0]]
    cell = _GAP.split(rest.strip(), maxsplit=1)[0]
    if mark is None and not _ATTORNEY.search(cell):
        return None  # the words stood in another column
    name, title = split_signed(cell)
    if name is None or (mark is None and not _looks_like_a_name(name)):
        return None
    return name, title


# "De La Cruz", "van der Berg": small words inside a name
_NAME_PARTICLES = frozenset("de la le du da di del van von der den st. y".split())


def _looks_like_a_name(text: str) -> bool:
    """A person's name: two to six words, capitalised or a particle, letters and ".'-"
    only ("Katherine Kwiat", "Richard L. McGuirk, Jr."), not a sentence about a power of
    attorney ("This Form is signed ...", "Filed as Exhibit 24")."""
    words = text.replace(",", " ").split()
    return 2 <= len(words) <= 6 and all(
        w.replace(".", "").replace("'", "").replace("-", "").isalpha()
        and (w[0].isupper() or w.lower() in _NAME_PARTICLES) for w in words)


def _signed_name(line: str) -> str | None:
    """The name typed after a signature mark on the line (see `_signed`)."""
    signed = _signed(line)
    return signed[0] if signed else None


def _first_date(lines: list[str]) -> str | None:
    """The first date in the lines by a signature ("3-13-00" too: the date's place)."""
    for line in lines:
        found = find_dates(line, dashed=True)
        if found:
            return found[0][1]
    return None


# a text ownership report's signature labelled, not captioned: "Signature: /s/ Alan H.
# Foster" (the mark on the label's line)
_SIGNATURE_LABEL = compiled(r"^[ \t]*+\**+[ \t]*+signature[ \t]*+:[ \t]*+(?=\S)", re.I)


def _signature_label_in(text: str) -> bool:
    """Whether a line of the text opens with a "Signature:" label a signature follows."""
    for words in ("ignature:", "IGNATURE:", "ignature :", "IGNATURE :"):
        at = text.find(words)
        while at >= 0:
            start = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            line = text[start : end if end >= 0 else len(text)]
            if _SIGNATURE_LABEL.match(line) and _signed(line):
                return True
            if end < 0:
                break
            at = text.find(words, end)  # (the next line: a line is read once)
    return False


def _ownership_text(lines: list[str], caption: re.Pattern[str] = _REPORTING_PERSON
                    ) -> list[dict[str, Any]]:
    """The signature line by the "Signature of Reporting Person" caption (above it on the
    printed form, below it in some filings; or the "Signature:" label on its own line) and
    the first date from that line down."""
    out = []
    for i, line in enumerate(lines):
        if not caption.search(line):
            continue
        window = range(max(0, i - _WINDOW), min(len(lines), i + _WINDOW + 1))
        signed = next(((j, s) for j in window if (s := _signed(lines[j]))), None) \
            or _typed_above(lines, i)
        if signed is None:
            continue
        j, (name, title) = signed
        if title and (title[-1] == "-" or title == _ATTORNEY_IN_FACT
                      or title.rsplit(None, 1)[-1].lower() in _OPEN_ENDS):
            title = _title_wrapped(title, lines, j)
        labelled = _labels_under(lines, j)
        if title is None and j + 1 < len(lines):
            title = _label_after(lines[j + 1 : labelled], 0, "title") \
                or _title_below(lines, j, i, name)
        date = _first_date(lines[j : max(i, labelled - 1) + _WINDOW + 1])
        if not any(e["name"] == name for e in out):
            out.append(_entry(_entity_over(lines, j, i), name, title, date))
    return out


def _title_wrapped(title: str, lines: list[str], k: int) -> str:
    """`title`, read on line k, with its rest wrapped onto the next line's first column: a
    word broken at its hyphen ("/s/ Jane Doe, Attorney-" over "in-Fact for John Roe", or
    "Attorney-in-" over "Fact for John Roe"), whom an attorney signs for ("/s/ Jane Doe,
    Attorney-in-Fact" over "for John Roe") or the rest of an office cut after a word no
    title ends in ("Chief Financial" over "Officer"); the title as read when the next line
    goes on with none (a caption, a date, a blank line)."""
    cell = _first_cell(lines, k + 1)
    if title[-1] == "-" and title[-2:-1].isalpha() and cell[:1].isalpha() and (
            not cell.isupper() and not _REPORTING_PERSON.search(cell)):
        joined = title + cell  # (a word broken at its hyphen joins with no space)
        attorney = _ATTORNEY.match(joined)
        if attorney:
            return _ATTORNEY_IN_FACT + signs_for(joined[attorney.end() :].lstrip())
        return joined
    if title == _ATTORNEY_IN_FACT and cell[:4].lower() == "for ":
        return title + signs_for(cell)  # (no name after "for": the title as read)
    if title.rsplit(None, 1)[-1].lower() in _OPEN_ENDS and cell[:1].isalpha() and not (
            cell.isupper() or any(c.isdigit() for c in cell) or _REPORTING_PERSON.search(cell)):
        return f"{title} {cell}"  # "Chief Financial" over "Officer"
    return title


# the words no title ends in: the line broke in the office's name ("/s/ Jane Doe, Chief
# Financial" over "Officer", "Vice President and" over "Treasurer")
_OPEN_ENDS = frozenset("and of & the chief vice executive senior financial operating "
                       "accounting".split())


def _first_cell(lines: list[str], k: int) -> str:
    """The first column of line k ("" past the last line)."""
    return _GAP.split(lines[k].strip(), maxsplit=1)[0] if k < len(lines) else ""


def _labels_under(lines: list[str], signed: int) -> int:
    """The line after the "Name:" / "Title:" labels right under a signature line (the line
    after the signature when there are none)."""
    end = signed + 1
    while end < min(len(lines), signed + 4) and _LABEL.match(lines[end]):
        end += 1
    return end


def _entity_over(lines: list[str], signed: int, caption: int) -> str | None:
    """The entity a reporting person's signer signs for: its name before the mark ("Acme
    Partners, L.P., By: /s/ Jane Roe") or on the line over "By: /s/ Jane Roe" (past a blank
    line, or a general partner's own "By: Acme GP, LLC, its general partner"), a company's
    name of its own on its line; None for a person who signs as themself."""
    mark = _SIGNED_MARK.search(lines[signed])
    if mark and lines[signed][: mark.start()].strip(" \t:").lower() not in ("", "by"):
        return _entity_before(lines[signed])  # (most marks open their line, or "By:" does)
    for j in range(signed - 1, max(caption if caption < signed else -1, signed - 4), -1):
        line = lines[j].strip()
        if line and not _BY_WORD.match(line):
            # (a line of its own: not a sentence's last, "... held by" over "Acme, L.P.")
            above = lines[j - 1].strip(_RULES) if j and j - 1 != caption else ""
            alone = not above or above[-1] in ".:;)"
            return _entity(line) if alone else None
    return None


def _entity_before(signed: str) -> str | None:
    """The company named before a signature's mark ("Acme Partners, L.P., By: /s/ Jane Roe",
    "Acme Capital LP, By: Acme GP, LLC, its general partner, By: /s/ ..."), or None."""
    marks = list(_SIGNED_MARK.finditer(signed))
    before = signed[: marks[-1].start()].strip(_RULES + ",") if marks else ""
    by = _BY_WORD.search(before) if before else None
    return _entity(before[: by.start()] if by else before) if before else None


# "By:" / "By" after an entity's name, or opening a general partner's line (not "Byron")
_BY_WORD = lazy(r"(?:^|[ \t,])by(?::|[ \t]|$)", re.I)


def _entity(text: str) -> str | None:
    """A company's name alone (a legal form ending it, a few words, no sentence), or None."""
    text = squash(text).strip(" ,:")
    return text if text[:1].isupper() and len(text.split()) <= 8 and company_words(text) \
        else None


def _title_under(line: str, name: str, next_line: str | None = None) -> str | None:
    """The title on the line under a signature: the name typed again with it ("Jane Roe,
    Attorney-in-Fact for John Doe", "Jane Roe, Chief Financial Officer") or an attorney's
    capacity alone ("as Attorney-in-Fact for John Doe"); the first column's only."""
    cell = _GAP.split(line.strip(), maxsplit=1)[0]
    if cell[-1:] == "-" and next_line is not None:
        cell = _title_wrapped(cell, [line, next_line], 0)  # ("Attorney-" / "in-Fact for ...")
    if attorney := _ATTORNEY.match(cell):
        return _ATTORNEY_IN_FACT + signs_for(cell[attorney.end() :].lstrip())
    if "," not in cell:
        return _office_under(cell, next_line)  # (most lines: a rule, the caption, a date)
    typed, title = split_signed(cell)
    return title if typed and title and same_person(typed, name) else None


def _office_under(cell: str, next_line: str | None) -> str | None:
    """An office typed alone under a signature ("/s/ Jane Doe" over "Chief Financial
    Officer"), maybe cut after a word no title ends in and going on in the next line's first
    column ("Chief Financial" over "Officer"); None for anything else (a caption, a date)."""
    if len(cell) > 60 or not TITLE_WORD.match(cell) or any(c.isdigit() for c in cell) \
            or cell.isupper() or _REPORTING_PERSON.search(cell):
        return None
    if next_line is not None and cell.rsplit(None, 1)[-1].lower() in _OPEN_ENDS:
        return _title_wrapped(cell, ["", next_line], 0)
    return cell


def _title_below(lines: list[str], signed: int, caption: int, name: str) -> str | None:
    """The title typed under a signature (see _title_under): on the line right under it, or
    past the rule and the "**Signature of Reporting Person  Date" caption under it, on the
    line under the caption ("/s/ Jane Roe" over a rule, the caption, then "Jane Roe,
    Attorney-in-Fact for John Doe"; was: none)."""
    last = caption + 1 if caption > signed else signed + 1
    for k in range(signed + 1, min(len(lines), last + 1)):
        line = lines[k]
        if not line.strip(_RULES) or _REPORTING_PERSON.search(line):
            continue  # (a rule, a blank line, the caption)
        return _title_under(line, name, lines[k + 1] if k + 1 < len(lines) else None)
    return None


def _typed_above(lines: list[str], caption: int) -> tuple[int, tuple[str, None]] | None:
    """A name typed with no mark on the line signed on, right over the caption (a rule
    between them): "John A. Smith      March 3, 1997" over "**Signature of Reporting
    Person   Date"."""
    for j in range(caption - 1, max(-1, caption - 3), -1):
        line = lines[j].strip()
        if not line:
            return None
        if line.strip(_RULES):
            cell = _GAP.split(line, maxsplit=1)[0].strip(" *")
            return (j, (cell, None)) if _looks_like_a_name(cell) else None
    return None


def _label_after(lines: list[str], start: int, label: str) -> str | None:
    """The value of the first "Name:" / "Title:" label within a few lines of `start`."""
    for line in lines[start : start + 2 * _WINDOW]:
        m = _LABEL.match(line)
        if m and m.group(1).lower() == label:
            value = squash(m.group(2)).strip(_RULES)
            return value or None
    return None


def _thirteen_f_text(text: str, registrant: str | None) -> list[dict[str, Any]]:
    """The signer is named under "Person Signing this Report on Behalf of Reporting Manager";
    the date stands on the line under "Signature, Place, and Date of Signing"."""
    signing = _caption_line(text, "signing", _SIGNING_13F)
    if signing is None:
        return []
    lines = text.split("\n")
    person = _caption_line(text, "report", _PERSON_SIGNING)
    manager = _caption_line(text, "report", _MANAGER_FILING)
    if manager is not None:
        registrant = _label_after(lines, manager, "name") or registrant
    below = lines[signing + 1 : signing + 2 * _WINDOW]
    name = _label_after(lines, person, "name") if person is not None else None
    if name is None:
        name = next((n for n in map(_signed_name, below) if n), None)
    if name is None:
        return []
    title = _label_after(lines, person, "title") if person is not None else None
    return [_entry(registrant, name, title, _first_date(below))]


# A letter's complimentary close: "Sincerely,", "Very truly yours,", "Respectfully submitted,"
# (the signature may follow on its line: "Sincerely, /s/ Jane Doe, Chief Financial Officer")
_CLOSE = lazy(
    r"[ \t]*+(?:(?:Very[ \t]+)?(?:[Tt]ruly|[Ss]incerely)[ \t]+[Yy]ours|Yours[ \t]+(?:very[ \t]+)?"
    r"(?:[Tt]ruly|[Ss]incerely)|Sincerely|Respectfully(?:[ \t]+(?:submitted|yours))?"
    r"|(?:Best|Kind|With[ \t]+best)[ \t]+[Rr]egards|Regards|Cordially)[,.]?(?=[ \t]|$)", re.I)
_CLOSE_WORDS = ("incerely", "ruly", "espectfully", "egards", "ordially", "INCERELY", "RULY")
# what follows the signer's lines: copies, enclosures
_AFTER_SIGNER = lazy(r"(?:cc|bcc|copy|copies|enclosures?|attachments?)\b", re.I)
# an officer's title (a law firm's partner signs for no registrant)
_OFFICER = lazy(r"\b(?:Chief|President|Officer|Secretary|Treasurer|Controller|Counsel|Director"
                r"|Chairman|CEO|CFO)\b")
_LETTER_LINES = 8  # the signer's lines under the close, at most


def letter_signature(text: str, filer: str | None, correspondent: bool) -> list[dict[str, Any]]:
    """The signer of a letter: the lines under its last complimentary close ("Sincerely,"
    over "/s/ Jane Doe", "Jane Doe", "Chief Financial Officer"), dated by the letter's date
    line near its top. A filer's letter (`correspondent`: CORRESP) is signed for the filer
    by its officer (or the company named under the title); the staff's, for no registrant."""
    lines = text.split("\n")
    close = None
    for k in range(len(lines) - 1, max(-1, len(lines) - 400), -1):
        line = lines[k]
        if any(w in line for w in _CLOSE_WORDS) and _CLOSE.match(line):
            close = k
            break
    if close is None:
        return []
    rest = lines[close][_CLOSE.match(lines[close]).end() :].strip()
    below = ([rest] if rest else []) + lines[close + 1 : close + 1 + 3 * _LETTER_LINES]
    name: str | None = None
    titles: list[str] = []
    registrant: str | None = None
    seen = 0
    for line in below:
        line = squash(line)
        if not line:
            if name and titles:
                break
            continue
        seen += 1
        if seen > _LETTER_LINES or _AFTER_SIGNER.match(line):
            break
        if line.strip(_RULES) == "":
            continue
        if name is None:
            signed, title = name_of(line) if _SIGNED_MARK.search(line) else (line, None)
            if "," in signed and title is None:  # "Jane Doe, Chief Financial Officer"
                signed, _, title = signed.partition(",")
            signed = signed.strip()
            if not signed or not typed_name(signed):
                if _SIGNED_MARK.search(line):
                    continue  # "/s/ Acme LLP": a firm signing, its partner may follow
                return []
            name = signed
            if title:
                titles.append(title.strip())
            continue
        if not titles and same_person(line, name):
            continue  # the name typed again under "/s/ Jane Doe"
        if filer and same_keys(company_key(line), company_key(filer)):
            registrant = line.rstrip(",")
            break
        if _FIRM_LINE.search(line):
            break  # "of LATHAM & WATKINS LLP": the signer's firm, no title
        titles.append(line)
    if name is None:
        return []
    title = squash(" ".join(titles)).strip(" ,") or None
    if correspondent and registrant is None and title and _OFFICER.search(title) \
            and not _FIRM.search(title):
        registrant = filer
    return [_entry(registrant if correspondent else None, name, title, letter_date(lines))]


# a law firm's partner, or counsel for the company ("Counsel to the Company": outside counsel
# signs for no registrant; the company's own "General Counsel" does)
_FIRM = lazy(r"\b(?:LLP|L\.L\.P|P\.C|PLLC|Partner|Attorneys?)\b|\b[Cc]ounsel[ \t]+(?:to|for)\b")
_FIRM_LINE = lazy(r"\b(?:LLP|L\.L\.P|P\.C|PLLC)\.?,?$")


def letter_date(lines: list[str]) -> str | None:
    """The letter's date: the first line near its top that is only a date."""
    for line in lines[:60]:
        line = line.strip()
        if 8 <= len(line) <= 20 and line[-4:].isdigit():
            found = find_dates(line)
            if found and found[0][0] == 0:
                return found[0][1]
    return None
