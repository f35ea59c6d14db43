"""A row of a 10-K's table of signers typed with no "/s/" ("JOHN SMITH   Director   March 18,
1999" in a conformed copy whose other rows are signed): a signer, unless it is the name of a
signer typed again (under its "/s/", maybe a blank line and a rule between, or over it, its
title wrapped) or no person beside an office ("Commercial Paper  matures January 15, 1999",
"Acme Funding  Co-Registrant", "Robert Booe  served as director until  March 18, 1999").
Also unbrace: a group of rows braced by a column of ")" shares the title and date beside it;
and the cells of a row whose signature is left blank (unsigned_under, cells_over, name_typed).
"""

from __future__ import annotations

import re
from typing import Any

from ..lazy_re import lazy
from ..values import state_code
from .cover_chunks import Chunk
from .press_contact_vocab import DEPARTMENT_WORDS, FIRM_NOUNS, JOB_WORDS
from .signature_block import has_mark, is_rule, is_signed
from .signature_dates import Dates
from .signature_names import (
    TITLE_WORD,
    given_first,
    in_given_order,
    name_of,
    same_person,
    same_signer,
    typed_name,
)
from .signature_registrants import company_words

# an office named in a title cell ("Director", "Vice President and Chief", "(Principal
# Executive Officer)", "Attorney-in-Fact"); not "Co-Registrant", "Guarantor", "Witness"
_OFFICE = lazy(
    r"\b(?:Director|Trustee|Officer|President|Chair(?:man|woman|person)?|Chief|Treasurer"
    r"|Secretary|Controller|Comptroller|Partner|Manager|Managing|Attorney|Principal|Governor"
    r"|Member|CEO|CFO|COO|CAO)s?\b", re.I)
# the small words a title holds in lower case ("Member of the Board", "Attorney-in-fact")
_TITLE_LOWER = frozenset("and of the for to in at on & - a an".split())
# an attorney-in-fact's row braced with the signers it signs for ("*By: /s/ Jane Doe")
_BY = lazy(r"\*?\s?by\b", re.I)
# words of a caption or a role, no person's name ("Conformed Signature", "Witness")
_NOT_NAMES = frozenset(
    "signature signatures signed conformed original name title date witness by".split())


def unsigned_row(rows: list[list[Chunk]], k: int, last: dict[str, Any] | None,
                 col: float, dates_of: Dates, registrants: tuple[str, ...] = ()
                 ) -> tuple[list[Chunk], int]:
    """Row k of a table whose signature column starts at `col`, `last` the signer above it
    (open, or closed a few rows up): its name chunk when it is an unsigned signer, and the
    row of the "/s/" under it when it types that signature's name over it (-1 if none);
    `registrants`: the companies the block names, no signer's name."""
    row = rows[k]
    chunk = row[0]
    name = chunk.text.rstrip(" ,")
    if not (typed_name(name) or surname_first(name)) or company_words(name) \
            or not _NOT_NAMES.isdisjoint(name.lower().split()):
        return [], -1  # (not "ARTHUR ANDERSEN LLP" over an auditors' consent)
    if last is not None and last["name"] and same_signer(name, last["name"]):
        return [], -1  # "Pierre J. de Weck" typed under "/s/ Pierre de Weck"
    title = row[1].text
    dated = any(dates_of[c.text] for c in row[1:])
    # "MICHAEL BRAUDE      <no office>      March 18, 1999" under a blank line: a signer
    # whose office was left out, not the name of a registrant
    # (a person's: not "Houston, Texas" nor "Price Waterhouse" over an auditors' report, a
    # registrant's name, a notary's under "Subscribed and sworn to before me ...")
    no_office = len(row) == 2 and k > 0 and not rows[k - 1] and bool(dates_of[title]) \
        and last is not None and _person(name, registrants) and not _prose_above(rows, k)
    if not no_office and (dates_of[title] or not _is_office(title) or not dated and (
            last is not None and not _unsigned_above(rows, k, last))):
        return [], -1
    for j in range(k + 1, min(k + 6, len(rows))):
        under = rows[j]
        if not under or is_rule(under[0].text) or under[0].start > col + 4:
            continue  # a blank, a rule, the title's next line
        if has_mark(under[0].text):
            # "ROBERT G. BOOE   Vice President and Chief" over "/s/ Robert G. Booe"
            return ([], j) if same_signer(name, name_of(under[0].text)[0]) else ([chunk], -1)
        if len(under) > 1 or not _OFFICE.search(under[0].text):
            break  # the next row of the signature column: another signer's
        # (an HTML row drops its empty cells: "Financial Officer" alone, the title's)
    return [chunk], -1


def _unsigned_above(rows: list[list[Chunk]], k: int, last: dict[str, Any]) -> bool:
    """The row right above k is the last signer's own unsigned row, typed as this one is
    ("Tamara J. Erickson   Director" over "Kent F. Hansen   Director", the date braced once
    beside the group): each undated row a signer of its own, not the last one's title."""
    above = rows[k - 1] if k else []
    return len(above) > 1 and abs(above[0].start - rows[k][0].start) <= 2 \
        and not has_mark(above[0].text) and bool(last["name"]) \
        and same_signer(above[0].text.rstrip(" ,"), last["name"])


def surname_first(name: str) -> bool:
    """A name typed surname first, as 1990s tables list them ("WHITE, JOHN P.", "Braude,
    Michael"): one surname word, a comma, then the given names (not a state: "Houston,
    Texas" is where a report was signed)."""
    surname, comma, given = name.partition(",")
    return bool(comma) and " " not in surname and "," not in given \
        and typed_name(f"{given.strip()} {surname}") and state_code(given) is None


# the accounting firms that sign a report under a 10-K's signatures, typed without "LLP"
_AUDITORS = ("andersen", "waterhouse", "lybrand", "touche", "marwick", "kpmg", "deloitte")


def _person(name: str, registrants: tuple[str, ...]) -> bool:
    """A name with no office beside it reads as a person's: no accounting firm's, and not
    the words of a registrant's name ("HARBOR FEDERAL" of "Harbor Federal Bancorp, Inc.")."""
    low = name.lower()
    if any(firm in low for firm in _AUDITORS):
        return False
    own = set(low.replace(",", " ").split())
    return not any(own <= set(r.lower().replace(",", " ").split()) for r in registrants if r)


def _prose_above(rows: list[list[Chunk]], k: int) -> bool:
    """The first line above row k (past blanks) ends a sentence of prose ("Subscribed and
    sworn to before me this 24th day of March, 1997."), not a row of the signers' table."""
    for j in range(k - 1, max(k - 5, -1), -1):
        if rows[j]:
            text = rows[j][-1].text
            return text.endswith((".", ":")) and text.count(" ") >= 6
    return False


def _is_office(title: str) -> bool:
    """The cell names an office and reads as a title, not prose ("served as director
    until") nor a second name ("Jane Black")."""
    if not _OFFICE.search(title) or is_signed(title):
        return False
    for word in title.split():
        bare = word.strip("(),;:.")
        if bare and bare[0].islower() and bare not in _TITLE_LOWER and not bare.startswith(
                ("in-", "of-")):
            return False
    return True


def unbrace(rows: list[list[Chunk]], dates_of: Dates) -> None:
    """Rows grouped by a brace typed down a column of ")" (a 1990s table of signers: several
    directors' "/s/" rows to the left, one title and date for them all to the right, "A
    Majority of the" / "Board of Directors   March 10, 1997" beside the middle one): the braces
    go, and the title and date to their right are given to each signed row of the group, in
    place (a group with no signed row, or whose rows each hold a title of their own, only loses
    its braces)."""
    k = 0
    while k < len(rows):
        col = _brace(rows[k])
        end = k + 1
        while col is not None and end < len(rows):
            at = _brace(rows[end])
            if at is None or abs(at - col) > 2:
                break
            end += 1
        if col is not None and end - k >= 2:
            _share(rows, k, end, col, dates_of)
        k = end


def _brace(row: list[Chunk]) -> float | None:
    """The column of the brace a row holds: a lone ")" chunk, or one run into the text before
    or after it with one space ("Robert Brown )", ") Directors"), or None."""
    for c in row:
        text = c.text
        if text[-1] == ")" and (text == ")" or text[-2:] == " )" and "(" not in text):
            return c.end - 1
        if text[:2] == ") ":
            return c.start
    return None


def _share(rows: list[list[Chunk]], k: int, end: int, col: float, dates_of: Dates) -> None:
    lefts: list[list[Chunk]] = []
    rights: list[list[Chunk]] = []
    for row in rows[k:end]:
        left: list[Chunk] = []
        right: list[Chunk] = []
        for c in row:
            if c.text == ")":
                continue  # (the brace, or another down a column to its right)
            if c.end <= col:
                left.append(c)
            elif c.start >= col + 1:
                right.append(c)
            elif c.text[:2] == ") ":  # (the brace run into what follows it)
                text = c.text[1:].lstrip()
                right.append(Chunk(c.end - len(text), c.end, text, None, False))
            elif c.text[-2:] == " )":  # (what precedes it: "Robert Brown )")
                text = c.text[:-1].rstrip()
                left.append(Chunk(c.start, c.start + len(text), text, None, False))
            else:
                left.append(c)  # (text across the column, no brace's)
        lefts.append(left)
        rights.append(right)
    # "*By: /s/ Jane Doe": the attorney-in-fact signing for the group, none of its title hers
    by = [bool(left) and _BY.match(left[0].text.strip()) is not None for left in lefts]
    signed = [bool(left) and not at and (any(is_signed(c.text) for c in left)
                                         or left[0].text.strip()[:1] == "*"
                                         or left[0].text.strip()[-1:] == "*"
                                         or _over_rule(lefts, i))
              for i, (left, at) in enumerate(zip(lefts, by, strict=True))]
    shared = [c for right in rights for c in right]
    date = next((c for c in shared if dates_of[c.text]), None)
    if not any(signed) or not shared or not _one_title(rights, signed, date):
        rows[k:end] = [left + right for left, right in zip(lefts, rights, strict=True)]
        return
    words = " ".join(c.text for c in shared if c is not date)
    start = min(c.start for c in shared)
    beside = ([Chunk(start, start + len(words), words, None, False)] if words else []) + (
        [date] if date is not None else [])
    rows[k:end] = [left + beside if own else left + [date] if at and date is not None
                   else left for left, own, at in zip(lefts, signed, by, strict=True)]


def _over_rule(lefts: list[list[Chunk]], i: int) -> bool:
    """Left of the brace, row i types a name alone over the line signed on ("DONALD R.
    PIERCE" over "------", a conformed signature with no "/s/")."""
    left = lefts[i]
    return len(left) == 1 and i + 1 < len(lefts) and len(lefts[i + 1]) == 1 \
        and is_rule(lefts[i + 1][0].text) and typed_name(left[0].text.strip())


def _one_title(rights: list[list[Chunk]], signed: list[bool], date: Chunk | None) -> bool:
    """Whether the words right of a brace are one title for the group ("A Majority of the" /
    "Board of Directors", "Directors"), not each signer's own beside his rows ("Chairman of the
    Board" by one, "Director" by the next): one run of rows, fewer than the signers, within
    one signer's rows or read on as one ("... of the" / "Board ...", "... Board" / "and
    Director"). No words (a date alone) is the group's too."""
    lines = [(i, " ".join(c.text for c in right if c is not date))
             for i, right in enumerate(rights)]
    lines = [(i, text) for i, text in lines if text]
    if not lines:
        return True
    if lines[-1][0] - lines[0][0] + 1 != len(lines) or sum(signed) <= 1:
        return False  # (runs apart, one per signer; or one signer: his own rows tell)
    first, last = lines[0][0], lines[-1][0]
    if not any(signed[first + 1:last + 1]):
        return True  # (all within one signer's rows)
    return all(text[:1].islower() or above[-1:] == ","
               or above.rsplit(" ", 1)[-1].lower() in _TITLE_LOWER
               for (_, above), (_, text) in zip(lines, lines[1:], strict=False))


def cell_date(text: str, dates_of: Dates) -> str | None:
    """The date a table's date cell holds, None for any other cell."""
    dates = dates_of[text]
    return dates[0][1] if dates and dates[0][0] == 0 else None


def office_cell(text: str) -> bool:
    """A table's title cell beside a "By:" left unsigned ("By:   Director   March 26,
    2001" over the name typed under the line), no name: it opens with an office ("John
    Smith, President" names the signer)."""
    return TITLE_WORD.match(text) is not None and not typed_name(text)


def unsigned_under(row: list[Chunk], under: list[list[Chunk]], signer: dict[str, Any],
                   dates_of: Dates) -> bool:
    """A table's row of a title and a date ("Director | June 29, 2023", after a rule or
    not) over another person's name typed alone (a rule between or not): a row left
    unsigned, under the signer's (dated) row."""
    below = under[0]
    if len(under) > 1 and below and all(is_rule(c.text) for c in below):
        below = under[1]
    return len(below) == 1 and (len(row) == 2 or is_rule(row[0].text)) and bool(
        cell_date(row[-1].text, dates_of)) and office_cell(row[-2].text) and typed_name(
        below[0].text) and not (signer["name"] and same_person(below[0].text, signer["name"]))


def name_typed(text: str) -> bool:
    """A person's name typed under a line to sign on, alone or with the title after a comma
    ("John D. Pittenger, President")."""
    if typed_name(text.rstrip(" ,")):
        return True
    head, _, title = text.partition(", ")
    return bool(title) and TITLE_WORD.match(title) is not None and typed_name(head)


def cells_over(over: list[list[Chunk]], end: float, dates_of: Dates
               ) -> tuple[list[str], str | None]:
    """ "Director   March 26, 2001" right of a blank signature line, on the rows over it
    (a title of two lines, the date beside its first): a 10-K table's row whose signature
    cell is left empty -> the title's lines and the date ([] and None for anything else)."""
    lines: list[str] = []
    for above in reversed(over):
        if not above or len(above) > 2 or above[0].start < end:
            break
        date = cell_date(above[1].text, dates_of) if len(above) == 2 else None
        if len(above) == 2 and date is None:
            break
        lines.insert(0, above[0].text)
        if date:  # (a table dates a row on its first line)
            return (lines, date) if office_cell(lines[0]) else ([], None)
    return ([lines[-1]], None) if lines and office_cell(lines[-1]) else ([], None)


# a title cut after one of these goes on in the next line ("Vice President of")
_GOES_ON = frozenset("of and for to the &".split())


def name_left_under(text: str, signer: dict[str, Any], initialled: bool = False,
                    stacked: bool = False) -> bool:
    """A person's name in capitals, unsigned, on the block's last line right under a
    finished title ("Title: Vice President" over "JOHN ROE"): no line of that title. Not
    under a title in capitals with no "Title:" label (its next line could be its own), nor
    the signer's own name typed under a table's signature ("/s/ Art Levinson" over "Chair
    of the Board" beside it, then "ARTHUR D. LEVINSON"). `initialled`: a middle initial
    tells a name as a known given name does ("Gilbert F. Amelio"); `stacked`: an office of
    its own opens under it or after its comma, so a title in capitals above is no bar and a
    name of two or three plain words no office or department holds tells one too
    ("Gilbert Amelio" over "Chairman and Chief Executive Officer")."""
    words, title = text.split(), signer["title_lines"][-1]
    if not 2 <= len(words) <= 5 or not (given_first(words[0]) or initialled and any(
            len(w) == 2 and w[1] == "." and w[0].isupper() for w in words[1:-1])
            or stacked and _plain_name(words)) or (
            title.isupper() and not signer.get("labelled") and not stacked) or signer[
            "name"] and same_person(text, signer["name"]):
        return False
    end = title.rstrip()[-1:]
    last = title.rsplit(None, 1)[-1].lower() if title.strip() else ""
    return end != "," and last not in _GOES_ON and typed_name(text) and not _OFFICE.search(
        text) and not company_words(text)


# words of an office's department, region or line of business, and of a firm's name, never
# of a person's ("Worldwide Marketing", "North America", "Consumer Products")
NO_NAME_WORDS = JOB_WORDS | DEPARTMENT_WORDS | FIRM_NOUNS | frozenset(
    "worldwide international domestic north south east west central america americas europe"
    " asia pacific latin products services systems technology technologies solutions"
    " information resources research planning engineering manufacturing banking retail"
    " consumer commercial industrial strategy human capital trust division group tax"
    " regulatory clinical quality medical scientific".split())
# the words an office opens with, on the line under a name or after its comma
_OPENS = frozenset(
    "president chief vice executive senior director chairman chairwoman chair chairperson"
    " secretary treasurer general controller comptroller principal manager managing partner"
    " trustee ceo cfo coo assistant".split())
# the heads of surnames cased inside ("McDonald", "DeLuca")
_CASED_HEADS = frozenset(("Mc", "De", "Di", "Du", "La", "Le"))


def _plain_name(words: list[str]) -> bool:
    """Two or three words typed as a name's are ("Gilbert Amelio", "GILBERT AMELIO",
    "Anne-Marie O'Neil", "Sean McDonald"): letters only, each part opening with a capital,
    all in capitals or the rest in lower case but for a "Mc"/"Mac"/"De" surname's, and no
    word of an office, department or firm."""
    if not 2 <= len(words) <= 3:
        return False
    caps = all(w.isupper() for w in words)
    for word in words:
        if word.lower() in NO_NAME_WORDS:
            return False
        for part in word.replace("'", "-").split("-"):
            if not part.isalpha() or not part[0].isupper() or not caps and not (
                    part[1:].islower() or len(part) == 1 or part[3:].islower() and part[
                    :2] in _CASED_HEADS or part[4:].islower() and part[:3] == "Mac"):
                return False
    return True


def _opens_office(text: str) -> bool:
    """The line opens an office ("Chairman and Chief Executive Officer", "TREASURER"), not
    more of one ("and Treasurer", "(Principal Financial Officer)") or prose; its first word
    maybe hyphenated ("Vice-President")."""
    first = text.split(None, 1)[0].rstrip(",").split("-", 1)[0].lower() if text.strip() else ""
    return first in _OPENS and _is_office(text)


# the words of a label before a colon ("Printed Name:", "Signature Title:"), no name's
_LABEL_WORDS = frozenset("name title position capacity date print printed signature by its"
                         .split())


def _joined(text: str) -> tuple[str, str] | None:
    """A plain name, then an office after a colon, "as" or a hyphen typed with no spaces
    ("John A. Roe: Treasurer", "JOHN ROE AS TREASURER", "John Roe-Vice-President"; not the
    hyphen of "Smith-Jones"): the name and the office, else None."""
    if ":" in text:
        name, _, office = text.partition(":")
    elif " as " in text or " AS " in text:
        name, _, office = text.partition(" as " if " as " in text else " AS ")
    else:
        at, name, office = text.find("-", 0, 60), "", ""
        while 0 < at and not office:  # the first hyphen an office follows, in a name's reach
            if _opens_office(text[at + 1 :]):
                name, office = text[:at], text[at + 1 :]
            at = text.find("-", at + 1, 60)
    words = name.split()  # (a middle initial is no bar: "Gilbert F. Amelio")
    plain = [w for w in words if not (len(w) == 2 and w[1] == "." and w[0].isupper())]
    return (name.strip(), office.strip()) if office and len(words) < 5 and _plain_name(
        plain) and not any(w.lower() in _LABEL_WORDS for w in plain) and _opens_office(
        office) else None


def signer_typed_under(rows: list[list[Chunk]], k: int, last: dict[str, Any]
                       ) -> tuple[str, str | None] | None:
    """Row k types a person's name alone, unsigned, under the last signer's finished title
    (right under it or past one blank line), over an office of its own in its column
    ("President" / "John Roe" / "Treasurer", also in capitals) or with the office after its
    comma, a spaced dash, in brackets (also in capitals), after a colon, "as" or a bare
    hyphen ("John Roe, Treasurer", "John Roe - Treasurer", "JOHN ROE (TREASURER)", "John
    Roe: Treasurer", "John Roe as Treasurer", "John Roe-Treasurer"), the name maybe typed
    surname first ("Roe, John"): a signer left unsigned, not more of that title. Its name
    and the office typed on its line (None if that is under it)."""
    row = rows[k]
    above = rows[k - 1] if k and rows[k - 1] else rows[k - 2] if k > 1 and not rows[
        k - 1] else []
    if len(row) != 1 or k + 1 >= len(rows) or len(above) != 1 or not last["title_lines"] or (
            not above[0].text.endswith(last["title_lines"][-1])) or has_mark(row[0].text):
        return None
    text = row[0].text
    joined = _joined(text) if ":" in text or "-" in text or " as " in text or (
        " AS " in text) else None
    if joined:
        name, office = joined
    elif ":" in text:
        return None  # (a "Name:" line is the signer's own, read with it)
    else:
        name, office = name_of(text) if "," in text or " -" in text or "\u2013" in text or (
            "\u2014" in text) or text[-1:] == ")" else (text, None)
    told = name  # (one typed surname first, "Roe, John A.", is told as "John A. Roe")
    if office is not None:
        stacked = _opens_office(office)
    else:
        told = "," in name and in_given_order(name) or name
        below = rows[k + 1]
        stacked = bool(below) and abs(below[0].start - row[0].start) <= 2 and _is_office(
            below[0].text) and not has_mark(below[0].text)
        if stacked and not _opens_office(below[0].text):
            # ("and Treasurer" under a name it knows: as before, no title in capitals above)
            return (name, None) if name_left_under(told, last, True) else None
    return (name, office) if stacked and name_left_under(told, last, True, True) else None
