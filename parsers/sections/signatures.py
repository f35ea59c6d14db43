"""Signature block -> signatures[] {registrant, name, title, date}.

Schema slice (SPEC.md), from sample 000::

    signatures [{registrant "CTC COMMUNICATIONS GROUP, INC.", name "John D. Pittenger",
                 title "Executive Vice President, Finance and Administration",
                 date "2000-08-03"}]

The block starts at the last SIGNATURES heading of the primary document (or at the "Pursuant to
the requirements of the Securities Exchange Act" sentence). Each signature mark ("/s/", "S/",
"s/b/", "(signed)") or "By:" starts a signer; the title is read below it in the signer's column
("Title:" labels, "Name, Title" lines, titles over several lines). The name typed under the
signature or after "Name:" is the signer's printed name when it shares the signature's surname
("/s/ W.A. Freeman" over "William A. Freeman"), unless it only repeats it in capitals. The date
from "Date:" / "Dated:", "duly authorized on <date>", "on the 16th day of May, 2023", or a date
above a "Date" caption (a month misspelt by one letter when the block has no other date). In a
schedule ("After reasonable inquiry ..."), a "/s/" with no "By:" after an entity's signer is a
filing person signing for themselves: no registrant. Signers are laid out to the right of the
date in old filings, so lines are read as column chunks, as the cover reader does. In a 10-K's
table a "*" in the signature column is one signed for by the attorney-in-fact of "*By: /s/
..."; "By: Acme GP, LLC, its general partner" is an entity signing for the registrant, not a
signer. Directors starred in a list beside a "Directors" caption ("*Tamara J. Erickson, *Kent
F. Hansen") sign when that attorney did, as starred rows do. A title typed left of the
signature on its row ("Director" | "/s/ Jane Doe") is the signer's when none is typed under it;
a company's name typed left of "By:" ("ACME CORP.     By: /s/ Jane Doe") is the registrant when
the block names none or a signer has signed for the one it named. An HTML document's block
holding two registrants' parts, each under its own "Pursuant to the requirements ..." sentence,
one typed in columns (<pre>) and one in table cells, is read part by part, each in its own
layout. "Jane Doe, her attorney-in-fact" is signed as "attorney-in-fact", as "as
attorney-in-fact" is ("their attorneys-in-fact": "attorneys-in-fact"). "*By: Jane Doe" with
no "/s/" signs for the starred rows. A "Signature  Title  Date" table printing one date (in
one row or some) dates its undated rows so, not with the block's date; a "Dated:" line
right over a table dates its undated rows with its own date. A date alone under the last
signer, past a blank line, is that signer's. Entities side by side, each "By: Acme GP, LLC,"
over "its general partner", sign for the registrants over them, no signers. A firm's name with
no legal form in such a "By:" ("By: Harbor Point Management, its General Partner") is an
entity too, no signer. A "By:" alone over the signature's line is its caption (the signer
signs by it for the company over it). In a schedule, a "Signature:" label signs for the
company named right over it, and a second "Signature:" with no name over it is a filing
person's own. A "Dated:" typed beside a registrant's name dates the signers under it (a
combined filing's second registrant). "Registrant: ACME CORP." or "ACME CORP. (Registrant)"
left of "By:" is the name alone. A "Date:" cell beside the next registrants' names under a
signer ("Date: January 25, 2007" | "ALABAMA POWER COMPANY ...") starts their block and
dates its signers. A person's name in "By:" signs in any capacity ("By: John Smith, as
general partner"); a firm's name before an office ("By: Icahn Capital Management,
President") names no person, no signer. A table's row run together after the mark ("/s/
Kent F. Hansen Director March 26, 2001", maybe "... ------ Kent F. Hansen" run on) is the
name, the title and the date; its title wrapped around the date, the rule and the name typed
under it ("... Senior Vice President and Chief March 26, 2001 Financial Officer ------ Officer
Robert F. Friel", or no rule: "... Vice President March 26, 2001 and Treasurer") is joined; a
firm's name before the office ("/s/ Acme Capital Partners Director March 26, 2001") is the
name; with no date, "/s/ Kent F. Hansen Chief Executive Officer" is the name and the title.
The name typed under such a row's rule spelt otherwise than signed ("/s/ Jon A. Smith ...
------ ... John A. Smith Officer)": the same surname, opening with the signature's initial or
a given name) is the typed name, with or without a date. A cell's lines run together (<br>
apart: "/s/ Kent Hansen ____ Kent F. Hansen Director March 26, 2001") give the typed name,
the title and the date, alone on a row or two signers a row; a "Date:" caption before the
date is dropped. An office typed right over "By: /s/ Jane Doe" in its column (a blank line
between or not) is the signer's title when none is typed under it (not an entity's
"General Partner" under "By: Acme GP, LLC", nor the last title line of the signer above).
A 10-K's second sentence ("... signed below by the following persons ...") parts an HTML
block typed in columns and cells as a combined filing's does; a part printing no date is
dated by the part over it.
Offices typed over signers side by side, one over each signer's column ("President and CEO
Chief Financial Officer" over "By: /s/ Jane Doe    By: /s/ John Roe", or over the rules to
sign on, signed under them or left blank; in cells, past the date's cells opening their row:
"Date: March 1, 2004 | President | CFO"), are their titles when none is typed under the
signatures; an office over one signer ("By: /s/ Jane Doe", or one rule left blank over the
name typed) or several wrapped to lines under it ("President and Chief" over "Executive
Officer") is read whole; it may stand over a "By:" typed apart ("By:  /s/ Jane Doe", five
columns left of the "/s/"), or open right of the "/s/" over its signature (indented or
centred). Offices so typed over signers stacked (a blank line between or
not) are each one's own, not the first one's title lines; so is an office right over a
"/s/ Jane Doe" with no "By:" ("Chief Financial Officer" over "/s/ Jane Doe" over "Jane
Doe", in columns, cells or paragraphs). A row typed with single spaces parted at its comma
("/s/ Jane Doe President, Chief Executive Officer") is the name and the title opening after
it ("President, Chief Executive Officer"), as without the comma. A "Date:" line over
the sentence opening a 10-K's table ("... signed below by the following persons ...") is
the part's above, not the table's; a part over such a table printing no date takes none
of the dates its rows print. The name typed
under a wrapped row's rule may open with a given name not in the list and an initial other
than the signature's ("/s/ J. Smith" over "... Accounting Xavier Smith Officer)": the word
right before the surname, no title's, field's or department's word: "... Principal Treasury
J. Smith Officer)" keeps "Treasury" in the title); a signature found inside the name
typed ("/s/ J. Smith" in "Xavier J. Smith", "/s/ Robert Tod" in "G. Robert Tod") takes the
given name or initial before it.
EDGAR's table tags printed as text ("<TABLE>") are dropped.
A primary document with no such block (an XML ownership report, a 13F) goes to
form_signatures.

The block is found by signature_block.py, its date read by signature_dates.py, a signer's name
and title by signature_names.py and the registrant's lines by signature_registrants.py; this
module reads the block's rows and columns (parse_signatures) and is the pipeline stage (apply).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..given_names import FIRMS_LIKE_PEOPLE, GIVEN_NAMES
from ..lazy_re import lazy
from ..pipeline import Context
from ..regex_cache import compiled
from ..values import squash
from .cover_chunks import Chunk, column_chunks, rendered_cells
from .cover_names import company_key, same_keys
from .form_signatures import form_signatures, letter_date
from .press_patterns import ROLE_WORDS
from .signature_block import (
    PURSUANT,
    RULE_CHARS,
    TITLE_CAPITALS,
    TITLE_WORDS,
    has_mark,
    is_rule,
    is_signed,
    piped_cells,
    plain_marks,
    signature_block,
)
from .signature_dates import (
    DATE_LABEL,
    Dates,
    block_date,
    cell_title,
    dated_title,
    sentence_date,
)
from .signature_names import (
    SEAL,
    TITLE_WORD,
    address_line,
    attorney_capacity,
    attorney_title,
    given_first,
    join_title,
    md_closing,
    name_list,
    name_of,
    printed_name,
    read_below,
    same_person,
    title_before,
    typed_beside,
    typed_name,
    unbracketed,
    unmarked,
)
from .signature_registrants import (
    COLUMN_HEADS,
    STATE_TAIL,
    bank_name,
    capacity_cut,
    company_words,
    continues_sentence,
    dba_at,
    each_registrant,
    filing_person,
    firm_in_capitals,
    firm_in_mixed_case,
    firm_over_title,
    is_column_heads,
    is_registrant_line,
    labelled_registrant,
    named_over_own,
    next_registrant,
    on_behalf,
    plan_name,
    series_of,
)
from .signature_unsigned import (
    NO_NAME_WORDS,
    cell_date,
    cells_over,
    name_left_under,
    name_typed,
    office_cell,
    signer_typed_under,
    surname_first,
    unbrace,
    unsigned_row,
    unsigned_under,
)

# a date as printed, read by shape: a misspelt month is still no registrant ("Marcxh 12, 2002")
_DATE_SHAPE = compiled(r"[A-Za-z]{3,10}\.?\s\d{1,2},?\s(?:19|20)\d\d$")


# EDGAR's table tags, left in a block as text: "<TABLE>", "</TABLE>", "<CAPTION>", "<S>", "<C>"
_SGML_TAGS = compiled(r"</?(?:TABLE|CAPTION|S|C|FN)>", re.I)


def _date_text(text: str, dates_of: Dates) -> bool:
    """A date's caption ("Date:"), a date, or a date by its shape. (A chunk's text is not
    empty and holds no newline: each regex runs only where its first or last character
    allows it.)"""
    return text[0] in "Dd" and DATE_LABEL.match(text) is not None or bool(dates_of[text]) \
        or text[-1].isdigit() and _DATE_SHAPE.match(text) is not None


# (an asset-backed issuer's captions too: "Acme Mortgage Trust 2006-HE1" over "(Issuing
# Entity)", "ACME AUTO RECEIVABLES LLC" over "(Depositor)")
_REGISTRANT_CAPTION = lazy(r"\((?:name\s+of\s+)?(?:the\s+)?(?:(?:co-?)?registrant|issuing\s+entity"
                           r"|issuer|depositor)\)$", re.I)
_AUTHORIZED = compiled(r"authorized|behalf", re.I)


def _says_authorized(text: str) -> bool:
    """_AUTHORIZED.search; an ASCII line by substrings of its lower case (the same letters:
    re.I folds only some non-ASCII ones further, and tries the pattern at every position,
    ~15 times slower on a preamble's line)."""
    if text.isascii():
        low = text.lower()
        return "authorized" in low or "behalf" in low
    return _AUTHORIZED.search(text) is not None


# the rows under a person's name read for the signature it stands over: the next line with
# words, past blank rows (HTML rows of empty cells, or a page's space left to sign in)
_NAME_OVER = 8


def parse_signatures(block: str, cells: bool, names: list[str],
                     signs_for: str | None = None) -> list[dict[str, Any]]:
    """The signers of a block; `signs_for`: the registrant they sign for when the block
    names none (the filer, known from the cover or header)."""
    block = plain_marks(block)  # ("/ s /", "\s\": "/s/")
    if "<" in block:
        # EDGAR's table tags printed as text ("&lt;TABLE&gt;" in HTML): no registrant's name
        # ("<TABLE> <CAPTION>"), nor part of a signer's
        block = _SGML_TAGS.sub("", block)
    if not cells and "|" in block and (piped := piped_cells(block)) is not None:
        block, cells = piped, True  # ("/s/ Jane Doe | Director | March 3, 2001")
    lines = block.split("\n") if cells else block.expandtabs(8).split("\n")
    rows = [column_chunks(line, cells) for line in lines]
    dates_of = Dates()
    _join_wrapped_dates(rows)
    if ("\t)" if cells else "  )") in block:  # (a brace typed down a column of ")")
        unbrace(rows, dates_of)
    name_keys = [company_key(n) for n in names]
    registrant: str | None = None
    past_preamble = not PURSUANT.search(block[:400])
    certified = "nquiry" in block[:1500] and _INQUIRY.search(block[:1500]) is not None
    through = False  # in the lines of an entity signing for the registrant
    said = False  # the preamble has said "authorized" or "on behalf" (its end may come later)
    signers: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    beside: list[dict[str, Any]] = []  # signers side by side on one row, left to right
    column = 0.0
    names_low = [n.lower() for n in names if len(n) >= 8]
    initials = {n[0] for n in names_low}  # most rows open with none of them: no join, no lower
    registrant_row = -2  # the row that last named the registrant
    signed_at = -1  # ... and the number of signers read by then
    # the last row captioning a registrant ("(Registrant)"), the signers read by then, the name
    labelled: tuple[int, int, str | None] = (-9, 0, None)
    broken_at = -1  # the last row that leaves a registrant's signature blank or turns a page
    skip_to = 0  # rows read ahead (a list of directors)
    pending: list[Chunk] = []  # the row above a signature that typed its name
    apart: list[str] = []  # registrants named side by side on the registrant's row
    apart_of: str | None = None  # ... and the registrant read from that row
    directors = "irector" in block  # (most 8-Ks' blocks name none)
    table_col: float | None = None  # the signature column of a table signed "/s/ Name  Title  Date"
    heads: tuple[float, float] | None = None  # the "Signature" head over a table's names
    ahead: str | None = None  # a "Date: May 5, 2015" row of its own, over the next signer
    loose = False  # a row not the last signer's read since it (a sentence, a registrant's name)
    stated = False  # a "Dated: May 5, 2015" beside the registrant's name dates its signers
    sentence: str | None = None  # a "Pursuant to ..." sentence between signers, read so far
    sentence_dated: list[tuple[int, str]] = []  # (signers read by then, the date it states)
    starred = -1  # the last row signed "*" for by an attorney-in-fact
    # the signers read before each "Signature  Title  Date" row, and the date of a "Dated:"
    # line right over it ("" for one whose date is not read, None for no such line)
    dated_tables: list[tuple[int, str | None]] = []
    table_line = 0  # the heads' row of the first such table under signers (0: none)
    last_signed: int | None = None  # the last row that signs (read when a date needs it)
    by_over = False  # a "By:" alone on the line over the next signature
    passed = -1  # the last row read as an entity's lines ("By: Acme GP, LLC" / "General Partner")
    named_date: tuple[str, str] | None = None  # a registrant's name and the date beside it
    for k, row in enumerate(rows):
        if k < skip_to:
            continue
        if not past_preamble:
            # "... signed below by the following persons on behalf of the registrant and in
            # the" / "capacities and on the dates indicated.": the sentence ends lines later;
            # a signed row (a table under it with no heads) is read, not passed over
            if not row:
                continue  # (a blank line says nothing, holds no date and signs nothing)
            joined = " ".join([c.text for c in row if not is_rule(c.text)])
            said = said or _says_authorized(joined)
            if said and joined.rstrip().endswith((".", ":")):
                past_preamble = True
                continue
            past_preamble = bool(dates_of[joined])
            if not past_preamble or not any(is_signed(c.text) for c in row):
                continue
        if sentence is not None and row and _sentence_stop(row, sentence, dates_of):
            sentence = None  # (a signer's rows under a sentence with no stop of its own)
        if sentence is not None or row and _opens_sentence(row[0].text):
            # "... signed below by the following persons on behalf of the registrant and in
            # the capacities indicated on March 2, 2015.": the date of the signers under it
            # that print none of their own (the signer above may have signed on another)
            # (it ends at its stop, a colon or a blank line; a row of cells is no line of it)
            text = row[0].text if len(row) == 1 else ""
            dated = sentence_date(sentence or "", text, dates_of) if text else None
            if dated:
                sentence_dated.append((len(signers), dated))
            sentence = None if not text or text.endswith((".", ":")) \
                else f"{sentence or ''} {text}"[-80:]  # (its end is all sentence_date reads)
        if not row:  # a blank line ends the title; a rule under a signature does not
            through = False
            if current is not None and current["title_lines"] and not _goes_on(
                    rows, k, current["title_lines"][-1]):
                current, beside = None, []
            continue
        if current is None and k + 1 < len(rows) and (registrant is not None or signers) and (
                "__" in lines[k] or "--" in lines[k]):
            blank = _blank_signers(row, rows[k + 1], rows[max(0, k - 2) : k], registrant,
                                   dates_of)
            if blank:
                # "______   ______" over "Jane Doe   John Roe": signers whose names are typed
                # under lines left to sign on, read as the lines under a signature
                for signer in blank:
                    signer["ahead"] = ahead
                ahead, loose = None, False
                _office_over_blank(rows, k, passed, row, blank, signers)
                signers.extend(blank)
                current, column = blank[0], blank[0]["col"]
                beside = blank if len(blank) > 1 else []
                if beside and (offices := _offices_over(rows, k, passed, beside, signers,
                                                        cells, dates_of)):
                    for signer, office in zip(beside, offices, strict=True):
                        signer["left"] = office  # ("President   Treasurer" over the lines)
                continue
        # rules only (the first chunk tells for most rows)
        if row[0].text[0] in RULE_CHARS and all(is_rule(c.text) for c in row):
            if current is None and registrant is not None and (
                    cells or not _underlines(row, rows[k - 1])):
                # a signature line left blank, not the name's underline (HTML underlines
                # with a border, and its cells have no widths)
                broken_at = k
            continue
        if len(row) > 1 and row[0].text.lower() in _NAME_HEADS and is_column_heads(
                _row_text(row)):
            # "Signature  Title  Date": the names under "Signature" sign, "/s/" or not (not
            # under "Name  Title" of a list of officers printed after the signatures)
            heads = (row[0].start, row[0].end) if _signing_heads(row) and (
                not signers or _signed_below(rows, k)) else None
            over = _dated_over(lines, k, dates_of) if heads is not None else None
            if over is not None or heads is not None and "date" in lines[k].lower():
                dated_tables.append((len(signers), over))  # (its rows' dates: _table_dates)
                if signers and not table_line:
                    table_line = k
                    for signer in signers:
                        signer["over_table"] = True  # (their date: _dates_over_table)
            current, beside = None, []
            continue
        if current is not None and _ends_signer(row):
            current, beside = None, []
            continue
        if current is not None and len(row) == 1 and not current["title_lines"] and (
                named_over_own(row[0].text, rows[k + 1 : k + _NAME_OVER], current["name"])):
            # "/s/ Carl C. Icahn" / "Carl C. Icahn", no title, then "Gail Golden" over "/s/
            # Gail Golden" past a blank line: the next signer's name, no title of this one's
            current, beside = None, []
        if certified and len(row) == 1 and (current is None or current["title_lines"]) and (
                filing_person(row[0].text, rows[k + 1 : k + _NAME_OVER])
                or k and not rows[k - 1] and not row[0].text.isupper() and named_over_own(
                    row[0].text, rows[k + 1 : k + _NAME_OVER], None)):
            # a schedule's "JEFFREY SMITH" over "/s/ Jeffrey Smith" (also right under the
            # last signer's title: HTML drops the blank line; after a blank line, "Jeffrey
            # Smith" over his own "By: /s/ Jeffrey Smith" too): a filing person, no registrant
            registrant, registrant_row, signed_at, apart = None, k, len(signers), []
            current, beside = None, []
            continue
        if not certified and len(row) == 1 and ("," in row[0].text or row[0].text.isupper()) \
                and (current is None or current["title_lines"]) and named_over_own(
                row[0].text, rows[k + 1 : k + _NAME_OVER], None):
            # elsewhere "PELTZ, NELSON" or "NELSON PELTZ" over "/s/ Nelson Peltz" names the
            # signer below (a 10-K's director signing for the registrant above), no
            # registrant of its own
            current, beside = None, []
            continue
        if len(row) == 1 and signers and not beside and (current is None or current[
                "title_lines"]) and (typed := signer_typed_under(rows, k, current or signers[
                -1])):
            # "President" / "John Roe" / "Treasurer" (or "John Roe, Treasurer"): a second
            # signer left unsigned, its name and office typed (past a blank line or not), not
            # more of the first one's title
            current = {"registrant": registrant, "name": typed[0].rstrip(" ,"),
                       "title_lines": [typed[1]] if typed[1] else [], "date": None,
                       "col": row[0].start, "by": False, "row": -9, "ahead": ahead}
            ahead, loose, column = None, False, row[0].start
            signers.append(current)
            continue
        signed = [c for c in row if is_signed(c.text)]
        if not signed and current is None and (registrant is not None or len(row) > 1) \
                and k + 2 < len(rows):
            signed = _typed_signature(row, rows[k + 1], rows[k + 2], dates_of,
                                      registrant is not None, rows[k - 1] or rows[k - 2]
                                      if k > 1 else rows[k - 1] if k else [])
        if not signed and "*" in row[0].text and len(row) > 1 and not (
                directors and current is None and "irector" in lines[k]
                and _directors(rows, k, dates_of)[0]):
            # (not the first of directors starred one a line beside their caption, read below)
            signed = _starred(row, rows[k + 1 : k + 3], dates_of)
            starred = k if signed else starred
        if not signed and k + 1 < len(lines) and "/" in lines[k + 1] and _typed_above(
                row, rows[k + 1], current):
            pending = row[1:]  # "Jane Doe   Director   March 3" over "/s/ Jane Doe"
            continue
        if not signed and current is None and directors and (
                "irector" in lines[k] or "irector" in "".join(lines[k + 1 : k + 3])):
            listed, skip_to, dated = _directors(rows, k, dates_of)
            if listed:  # "DAVID P. ABNEY DOUGLAS M. BAKER, JR. ...   Directors"
                # (starred, "*Kent F. Hansen": signed when the "*By:" attorney under it did)
                star = any("*" in line for line in lines[k:skip_to])
                signers.extend({"registrant": registrant, "name": name, "date": dated,
                                "title_lines": ["Director"], "col": 0.0, "star": star}
                               for name in listed)
                starred = k if star else starred
                continue
        if not signed and len(row) > 1 and (
                table_col is not None and abs(row[0].start - table_col) <= 4
                or table_col is None and heads is not None
                and row[0].start <= heads[1] and row[0].end >= heads[0]):
            # "JOHN SMITH   Director   March 18, 1999" in a table whose other rows sign
            # (the signer above, though a blank closed it: its name may be typed again)
            last = current or (signers[-1] if signers and signers[-1].get(
                "row", -9) >= k - 6 else None)
            signed, over = unsigned_row(rows, k, last, table_col or row[0].start, dates_of,
                                        (registrant or "", signs_for or "", *names))
            if over > 0:
                # the name typed over its "/s/" row `over`: the title and date of this row
                # and of the title's lines under it are that signer's
                pending = [c for c in row[1:] + [c for r in rows[k + 1 : over] for c in r]
                           if not is_rule(c.text)]
                current, beside, skip_to = None, [], over
                continue
        if through and not signed:
            if registrant_row == k - 1 and _ENTITY_ROLE.search(_row_text(row)):
                registrant = None  # ("By: ACME GP, INC." over "its general partner")
            passed = k  # (no signer's office: _office_over)
            continue  # "its general partner" under "By: Acme GP, LLC,"
        through = False
        under = beside or ([current] if current is not None else [])
        if signed and under and _by_under_marks(row, signed, under, k, rows[k + 1 : k + 3],
                                                cells):
            # "/s/ John Smith" over "By: John Smith" (or "By: ------"): the name typed under
            # the signature, not a second signer
            ids = {id(c) for c in signed}
            row = [c if id(c) not in ids else Chunk(c.start, c.end, _BY_WORD.sub(
                "", c.text, count=1), None, False) for c in row]
            row = [c for c in row if c.text]
            if beside:
                _read_below_each(row, beside, dates_of, cells)
            elif row:
                read_below(row, current, column, cells, dates_of)
            continue
        if signed:
            # (a bare "By:" names nobody: most rows of two signed chunks are "By:" and "/s/")
            named = len(signed) > 1 and sum(len(c.text) > 4 for c in signed) > 1
            beside = _side_by_side(signed, registrant, k, dates_of) if named else []
            if beside and _entities_beside(beside, signed, rows[k + 1 : k + 2]):
                # "By: Acme GP, LLC,   By: Acme GP, LLC," over "its general partner" twice:
                # entities side by side signing for the registrants over them, no signers
                current, beside, through = None, [], True
                continue
            if beside and _signs_for_self(signers, certified) and not any(
                    c.text[:2].lower() == "by" and _BY_WORD.match(c.text) for c in row):
                # "/s/ Nelson Peltz   /s/ Peter W. May" after an entity's "By:" signer in a
                # schedule: filing persons side by side, each signing for themselves
                registrant = None
                for signer in beside:
                    signer["registrant"] = None
            if beside and registrant is not None and "\n" in registrant:
                # registrants one over another over signers side by side: which signs for
                # which is not told; the last named stands for them (not every one for each)
                registrant = registrant.rsplit("\n", 1)[-1]
                for signer in beside:
                    signer["registrant"] = registrant
            if len(beside) == len(apart) and registrant == apart_of:
                for signer, own in zip(beside, apart, strict=True):
                    signer["registrant"] = own
        if beside and signed:  # "By: /s/ Jane Doe      By: /s/ John Smith": one per column
            for signer in beside:
                signer["ahead"] = ahead
                signer["named"] = named_date[1] if named_date and (
                    named_date[0] == signer["registrant"]) else None
            ahead, loose = None, False
            signers.extend(beside)
            current = beside[0]
            # a table of two signers a row: "/s/ Jane Doe  Director  /s/ John Smith  Director"
            # (by identity: a list's `in` compares each pair of chunks, k * k on a long row)
            ids = {id(c) for c in signed}
            _read_below_each([c for c in row if id(c) not in ids], beside, dates_of, cells)
            if k and (offices := _offices_over(rows, k, passed, beside, signers, cells,
                                               dates_of)):
                for signer, office in zip(beside, offices, strict=True):
                    signer["left"] = office  # (taken when no line under it gives a title)
            continue
        if signed:
            marked = [c for c in signed if has_mark(c.text)]  # (every marked chunk is signed)
            chunk = marked[0] if marked else signed[0]
            rest = [c for c in row if c.start > chunk.start and not is_rule(c.text) and not (
                c.text[-1:] in (")", "]") and SEAL.match(c.text))]
            name, title = _signer_of(chunk.text)
            md = None
            if not name and not title and not rest and len(row) == 1 and not marked and (
                    _mark_under(rows, k)):
                # "By:" alone over "/s/ Jane Doe" (or over "Signature: /s/ ..."): the caption of
                # the signature under it, which signs by it; no signer of its own
                current, beside, by_over = None, [], True
                continue
            if not name and rest and is_signed(chunk.text) and not office_cell(rest[0].text):
                name, title = _signer_of(rest.pop(0).text)  # "By:" and the name apart
            if name and not title and rest and marked and (typed := typed_beside(
                    rest[0].text, name)) is not None:
                # "/s/ Jane Doe" | "Jane Doe": the name typed in the next cell, not a title
                name, title = typed[0], typed[1] or None
                if title and title[:2] == "MD" and (md := md_closing(rest[0].text, title)):
                    title = None  # "/s/ Jane Doe" | "Jane Doe MD" (_finish: the name's or title)
                rest.pop(0)
            printed = None
            if marked and not title and not rest and (name[-1:].isalnum() or name[-1:] == ")") and (
                    together := _row_run_together(name, dates_of)) is not None:
                # "/s/ Kent F. Hansen Director March 26, 2001": a table's row typed as one
                # line (an HTML paragraph, single spaces), maybe with the name's underline
                # and the name typed under it run on: the name, the title and its date
                name, title, printed = together
            elif marked and title and (titled := _office_run_on(name)) is not None:
                # "/s/ Jane Doe President, Chief Executive Officer": a row typed with single
                # spaces (HTML's blanks squashed) parted at its comma: the office opens
                # after the name
                name, title = titled[0], f"{titled[1]}, {title}"
            if not marked and (
                _ENTITY_NAME.search(name) or _ENTITY_ROLE.search(f"{name}, {title}")
                or _firm_role(name, title, rows[k + 1] if k + 1 < len(rows) else [])
            ) and not _person_signing(name):
                # "By: Acme GP, LLC, its general partner": the registrant signs through
                # another entity, whose own signer follows; its lines are no signer's
                current, beside, through = None, [], True
                if registrant is None and (entity := _entity_signing(name, title, row)):
                    # "By: ACME FOODS, INC." over the signer, no name over it: the name as
                    # signed (not "..., its general partner": that signs for the filer's)
                    registrant, registrant_row, signed_at = entity, k, len(signers)
                continue
            by = by_over or any(c.text[:2].lower() == "by" and _BY_WORD.match(c.text)
                                for c in row)
            by_over = False
            if by and (registrant is None or signers and len(signers) > signed_at) and (
                    chunk is not row[0]) and (left := _registrant_left(row, chunk, name_keys,
                                                                       dates_of)):
                # "ACME CORP.          By: /s/ Jane Doe": the name on the "By:" line (when
                # the block names none, or a signer has signed for the one it named)
                registrant, registrant_row, signed_at = left, k, len(signers)
            label = not by and _signature_label(chunk, rows, k)
            if not by and _signs_for_self(signers, certified) and not (
                    label and registrant_row > signers[-1].get("row", -9)):
                # (not "ACME CORP." over "Signature: /s/ Jane Roe": a label signs for the
                # company named right over it, as "By:" does)
                registrant = None
            if label and certified and signers and signers[-1].get("label") and (
                    signers[-1]["registrant"] is not None) and (
                    registrant_row < signers[-1].get("row", -9)):
                # a schedule's entity over "Signature: /s/ Jane Roe", its officer's, then a
                # second "Signature:" with no name over it: a filing person signing for
                # themselves ("Signature: /s/ Carl C. Icahn"), for no registrant
                registrant = None
            # (a "By:" after an entity's "By:" signer, no registrant named between: maybe a
            # filing person signing by an attorney, told by the title: see _attorney_for)
            again = by and _signs_for_self(signers, certified) and \
                registrant_row < signers[-1].get("row", -9)
            # ("/s/ Jane Doe, President March 28, 2008": a row typed with single spaces)
            title, dated = dated_title(title, dates_of) if title else (title, None)
            current = {"registrant": registrant, "name": name or None,
                       "title_lines": [title] if title else [], "date": dated,
                       "col": chunk.start, "by": by, "row": k if marked else -9,
                       "ahead": ahead, "again": again,
                       "label": label, "named": named_date[1] if named_date and (
                           named_date[0] == registrant) else None,
                       "star": "by" if row[0].text[:1] == "*" and (marked or is_signed(
                           row[0].text)) else starred == k,  # ("*By:" or "*By", no "/s/")
                       "md": md}
            if printed is not None:
                current["name"] = printed_name(name, printed)  # ("... ---- Kent F. Hansen")
            ahead, loose = None, False
            column = chunk.start
            if pending:  # the name typed in the row above, with the title and date
                rest = [c for c in pending if c.start > chunk.start - 4] + rest
                pending = []
            if any(c.text[:5] in _LABELS for c in rest):
                # "By: /s/ Jane Doe   Name: Jane Doe   Title: Chief Financial Officer": the
                # captions in cells of the signature's row, read as the lines under it
                _dates_left(row, chunk, current, dates_of)
                read_below(rest, current, column, cells, dates_of)
                signers.append(current)
                continue
            for extra in rest:  # a table row: "/s/ Name    Title    Date"
                dates = dates_of[extra.text]
                if dates and (titled := cell_title(extra.text, dates_of)):
                    # "Director since March 1, 2005", "President (March 27, 2008)"
                    current["title_lines"].append(titled[0])
                    current["date"] = titled[1] or current["date"]
                elif dates:
                    current["date"] = dates[0][1]
                    before = extra.text[: dates[0][0]].rstrip(" ,")
                    if before[-1:] == ")" and not DATE_LABEL.match(before.strip("() \t")):
                        # "(Principal Executive Officer) March 27, 2008": a row typed with
                        # single spaces runs the title's last line into the date
                        current["title_lines"].append(before)
                elif len(extra.text) < 8 and DATE_LABEL.match(extra.text):
                    continue  # "By: /s/ Jane Doe    Date:  May 5, 2005": the date's caption
                elif len(extra.text) < 12 and signers and _DITTO.fullmatch(extra.text):
                    _ditto(current, signers[-1], extra is rest[-1])
                else:
                    current["title_lines"].append(extra.text)
            _dates_left(row, chunk, current, dates_of)
            if not current["title_lines"] and chunk is not row[0] and not beside:
                _title_left(row, chunk, current, dates_of)
            if (by or marked) and k and not current["title_lines"] and "left" not in current and (
                    over := _office_over(rows, k, passed, chunk, signers)):
                # (over "/s/ Jane Doe" with no "By:" too: "Chief Financial Officer" over it)
                current["left"] = over  # (taken when no line under the signature gives one)
                current["office_over"] = True  # (its lines under it may be the next's office)
            signers.append(current)
            if marked and chunk is row[0] and rest and current["date"]:
                table_col = chunk.start  # "/s/ Name   Title   Date": a table's signature column
            continue
        if current is None:
            parts = [c.text for c in row if not _date_text(c.text, dates_of)]
            if not parts and (DATE_LABEL.match(row[0].text) or len(row) == 1 and signers and (
                    not signers[-1]["date"]) and k > (last_signed := _last_signed(rows)
                                                      if last_signed is None else last_signed)):
                # "Date: May 6, 2015" alone between signers: the last one's when it has no
                # date (its own, one over it or the block's "Dated:") and the row is typed
                # right under its title (no sentence between, nor a blank line over it with
                # the next "By:" right under it), else the next one's (typed over); a date
                # with no label alone under the last signer, past a blank line, the same
                # ("*By: /s/ Jane Roe" / "Jane Roe, Attorney-in-fact" / "July 1, 2023", each
                # an HTML paragraph)
                dated = next((d[0][1] for c in row if (d := dates_of[c.text])), None)
                if len(row) > 1 and _dates_each(row, signers, dates_of) and not (
                        stated or loose) and (rows[k - 1] or k + 1 == len(rows) or not any(
                        is_signed(c.text) for c in rows[k + 1])):
                    continue  # "Date: June 5, 1997     Date: June 6, 1997" under a blank
                if dated and signers and not signers[-1]["date"] and not (
                        signers[-1].get("ahead") or stated or loose) and (
                        rows[k - 1] or k + 1 == len(rows)
                        or not any(is_signed(c.text) for c in rows[k + 1])):
                    signers[-1]["date"] = dated
                elif dated:
                    ahead = dated
                continue
            loose = True
            row_date = next((found[0][1] for c in row if c.text[0] in "Dd" and DATE_LABEL.match(
                c.text) and (found := dates_of[c.text])), None) if len(parts) < len(row) else None
            if row_date is not None:
                stated = True  # "Dated: May 5, 2015     KESTREL FOODS, INC."
            text = " ".join(parts)
            if text[:1] == "(" and registrant_row == k - 1 and registrant is not None and (
                    _REGISTRANT_CAPTION.match(text)):
                # "ACME BANK" over "(Co-Registrant)", captioned as the name above it was
                registrant = _captioned_over(labelled, k, len(signers), broken_at, registrant)
                labelled = (k, len(signers), registrant)
            elif text[:1] == "(" and registrant_row != k - 1 and _REGISTRANT_CAPTION.match(text):
                # "(Registrant)" under a name no other test knows for one ("Ameritas
                # Variable Life Insurance Account", "... Kabushiki Kaisha")
                above = " ".join(c.text for c in rows[k - 1] if not dates_of[c.text]
                                 and not DATE_LABEL.match(c.text)) if k else ""
                if above and not is_signed(above) and not is_rule(above):
                    registrant = _captioned_over(labelled, k, len(signers), broken_at,
                                                 squash(above))
                    registrant_row, labelled = k, (k, len(signers), registrant)
                broken_at = -1  # (a rule over the caption is the name's, no signature's)
                continue
            behalf = "ehalf" in text or "EHALF" in text
            if registrant is not None and k - registrant_row <= 2 and (
                    behalf or text[-1:] in ("D", "O", "S", "d", "o", "s")
            ) and series_of(registrant, text):
                # the trust signs on behalf of its series: still the name ("ACME TRUST,")
                registrant, registrant_row = registrant.rstrip(","), k
                continue
            if text[:1] in "FfOo" and (lead := _FOR_LEAD.match(text)) is not None:
                if text[lead.end() :].lower().rstrip(" :,.") in _SELF_WORDS:
                    continue  # "FOR AND ON BEHALF OF" (the name under it), "... THE REGISTRANT"
                text = text[lead.end() :]  # "For: ACME CORP", "On behalf of ACME CORP"
            if behalf and (cut := on_behalf(text)) > 0:
                text = text[:cut]  # "ACME FUNDS TRUST, on behalf of Acme Growth Fund"
            elif ", " in text and (cut := capacity_cut(text)) > 0 and is_registrant_line(
                    text[:cut], name_keys, dates_of):
                text = text[:cut]  # "WORLD OMNI AUTO RECEIVABLES LLC, as Depositor"
            own = labelled_registrant(text) if ("egistrant" in text or "EGISTRANT" in text) and (
                text[-1:] in ")tT" or text[:1] in "RrCc(") else None
            if own:
                registrant = _captioned_over(labelled, k, len(signers), broken_at, own)
                registrant_row, labelled = k, (k, len(signers), registrant)
                if row_date is not None and registrant is not None:
                    named_date = (registrant, row_date)  # ("Dated: ...   ACME (Registrant)")
                continue
            if len(text) < 12 and _PAGE_NUMBER.fullmatch(text):
                broken_at = k  # "-45-": a page turned under the name above
                continue
            if text[:1] in "dD(" and registrant is not None and (
                    registrant_row == k - 1 or registrant_row == k - 2 and not rows[k - 1]) and (
                    dba_at(text.lstrip("(")) == 0):
                # "ACME FOODS, INC." over "d/b/a ACME MARKETS" (a blank line between or
                # not): the name as signed, one line
                registrant, registrant_row = f"{registrant} {squash(text)}", k
                continue
            if text and (is_registrant_line(text, name_keys, dates_of) or bank_name(
                    text) and _signs_next(rows, k) or len(parts) > 1 and _names_apart(
                    parts, name_keys, dates_of)) and not (
                    k and len(rows[k - 1]) == 1 and continues_sentence(rows[k - 1], text,
                                                                       name_keys)):
                text = squash(text)
                # "PERICOM SEMICONDUCTOR" over "CORPORATION": one name on two lines
                # ("INDIANA BELL TELEPHONE COMPANY," over "INCORPORATED" too)
                # ("CONSOLIDATED EDISON COMPANY" over "OF NEW YORK, INC.": no name opens
                # with "of")
                joined = registrant_row == k - 1 and registrant is not None and (
                    not company_words(registrant) or registrant.endswith(",")
                    or _GOES_ON.match(text) is not None
                    or plan_name(text) and not plan_name(registrant))
                if "," in text:  # "ACME HOMES, a California corporation"
                    text = STATE_TAIL.sub("", text)
                if not joined and registrant is not None and k - registrant_row <= 4 \
                        and len(signers) == signed_at and broken_at < registrant_row \
                        and (_stacks(registrant, text, name_keys) or _right_over(
                             rows, registrant_row, k)
                             and _stacked_capitals(registrant, text, name_keys)
                             and _signs_next(rows, k)) and not _signed_for(registrant, signers):
                    # a combined filing's registrants one over another (each "(Registrant)"
                    # captioned or not) over the signer who signs for each (not a running
                    # head naming one that signed above, nor one whose signature is blank)
                    text = f"{registrant}\n{text}"
                registrant = f"{registrant} {text}" if joined else text
                registrant_row, signed_at = k, len(signers)
                if row_date is not None:
                    # "Dated: March 26, 2003     KENTUCKY UTILITIES COMPANY": the date of the
                    # signers under that name (a combined filing's second block; was the
                    # block's first date)
                    named_date = (registrant, row_date)
                # "ACME TRUST, INC.    ACME OPERATING PARTNERSHIP, L.P.": side by side, each
                # over its own signer's column
                apart = [squash(t) for t in parts] if len(parts) > 1 and not joined and (
                    _names_apart(parts, name_keys, dates_of)) else []
                apart_of = registrant
            continue
        if row[0].text[:1].lower() in initials and _names_registrant(row, names_low):
            # the next registrant's block, right under this signer (Southern 2007)
            registrant = squash(_row_text(row))
            current = None
            continue
        if len(row) > 1 and row[0].text[:1] in "Dd" and (
                dated_row := _dated_row(row, dates_of)) is not None and (
                dated_row[0][0].text[:1].lower() in initials
                and _names_registrant(dated_row[0], names_low)
                or len(dated_row[0]) == 1 and current["title_lines"] and next_registrant(
                    dated_row[0][0].text, current, name_keys, dates_of, _signs_next(rows, k))):
            # "Date: January 25, 2007" | "ALABAMA POWER COMPANY ...": the next registrants'
            # block under this signer, its date typed beside their names (a cell of its
            # own), the date of the signers under them (was: more of this signer's title)
            registrant = squash(_row_text(dated_row[0]))
            current, beside, registrant_row, signed_at = None, [], k, len(signers)
            named_date = (registrant, dated_row[1])
            continue
        if len(row) == 1 and current["title_lines"] and row[0].text.isupper() and (
                name_left_under(row[0].text, current)) and not any(
                rows[j] for j in range(k + 1, len(rows))):
            continue  # "Title: Vice President" over "JOHN ROE", unsigned, ending the block
        if len(row) == 1 and current["title_lines"] and next_registrant(
                row[0].text, current, name_keys, dates_of,
                ("ank" in row[0].text.lower() or row[0].text.isupper() or row[0].text.istitle()
                 or row[0].text[-5:] == "ation" or company_words(row[0].text))
                and _signs_next(rows, k),
                _ends_lines(rows, k, dates_of)):
            text = row[0].text
            captioned = labelled_registrant(text) if "egistrant" in text or "EGISTRANT" in text \
                else None  # ("ACME BANK (Co-Registrant)": the name without its caption)
            if not current["date"] and k + 1 < len(rows) and len(rows[k + 1]) == 1 and (
                    dated := _date_line(rows[k + 1][0].text, dates_of)) and not _signs_next(
                    rows, k + 1):
                current["date"] = dated  # the signer's date under the firm's line, no one's
                # signature under it
            registrant, current, beside, registrant_row = captioned or squash(text), None, [], k
            continue
        if len(row) == 1 and not current["title_lines"] and (
                not rows[k - 1] or row[0].text.isupper()) and company_words(row[0].text) and (
                is_registrant_line(row[0].text, name_keys, dates_of)) and not TITLE_WORD.match(
                row[0].text) and _signs_next(rows, k):
            # a person signing with no title ("/s/ Nelson Peltz" over "NELSON PELTZ"), then
            # "TRIAN FUND MANAGEMENT, L.P." (in capitals, or past a blank line) over "By: /s/
            # ...": the next block's registrant, no title of the person's
            registrant, current, beside, registrant_row = squash(row[0].text), None, [], k
            signed_at = len(signers)
            continue
        if beside:
            _read_below_each(row, beside, dates_of, cells)
            continue
        if current["ahead"] and k + 1 < len(rows) and DATE_LABEL.match(row[0].text) and any(
                is_signed(c.text) for c in rows[k + 1]) and all(
                _date_text(c.text, dates_of) for c in row):
            # signers each under their own "Date:" row, no blank line between (an HTML table
            # drops its empty rows): the date over the next signature is the next signer's
            ahead = next((d[0][1] for c in row if (d := dates_of[c.text])), None)
            current = None
            continue
        if 1 < len(row) < 4 and current["date"] and k + 1 < len(rows) and (
                cells or row[-2].start > column + 4) and unsigned_under(
                row, rows[k + 1 : k + 3], current, dates_of):
            # "Director   June 29, 2023" over "Carl V. Sailer" right under a signed row of a
            # table: the next row, its signature cell left empty or ruled (HTML drops the
            # empty cell and the blank row between), no more of the title above
            current = {"registrant": registrant, "name": None, "title_lines": [row[-2].text],
                       "date": cell_date(row[-1].text, dates_of), "col": column,
                       "by": False, "row": -9, "ahead": None}
            signers.append(current)
            continue
        if not current["title_lines"] and len(row) == 1 and k + 1 < len(rows) and len(
                rows[k + 1]) == 1 and firm_over_title(row[0].text, rows[k + 1][0].text, current,
                                                      name_keys, dates_of):
            current["registrant"] = current["registrant"] or squash(row[0].text)
            continue  # "Carl C. Icahn" / "Icahn Partners, L.P." / "Chairman": its firm
        read_below(row, current, column, cells, dates_of)
    for at, dated in sentence_dated:
        for signer in signers[at:]:
            signer["stated"] = dated
    if signs_for and not certified and all(s["registrant"] is None for s in signers):
        for signer in signers:  # a 10-K's table under no registrant's name: the filer's
            signer["registrant"] = signs_for
    signers = [s for s in signers if s["name"] or s["title_lines"]]
    for signer in signers:
        if not signer["title_lines"] and signer.get("left"):
            signer["title_lines"].append(signer["left"])  # (_title_left)
    if starred >= 0:
        _attorney_dates(signers)
    if dated_tables:
        _table_dates(signers, dated_tables)
    if table_line:
        _dates_over_table(signers, "\n".join(lines[:table_line]), dates_of)
    for signer in signers:
        if signer.get("again") and _attorney_for(signer["title_lines"], signer["registrant"]):
            signer["registrant"] = None
    # the date the block states once, read only for a signer with no date of its own (a
    # table dates each row; a third of the blocks need none)
    default_date = block_date(block, dates_of) if any(not s["date"] for s in signers) else None
    return [_finish(s, default_date, registrant, cells) for s in signers
            for stacked in (s["registrant"] or "").split("\n")
            for registrant in each_registrant(stacked or None, names)]


# a registrant's name going on from the line above ("OF NEW YORK, INC.")
_GOES_ON = lazy(r"(?:of|and|&)\s", re.I)


# what a registrant's name is signed "for" ahead of it on its line, no part of the name:
# "For: ACME CORP", "For and on behalf of ACME LIMITED", "On behalf of ACME CORP."; and what
# names no one after it ("FOR AND ON BEHALF OF THE REGISTRANT", or nothing: the name under it)
_SELF_WORDS = frozenset(
    ("", "the registrant", "registrant", "the company", "the corporation", "the issuer"))
_FOR_LEAD = lazy(r"(?:for[ \t]?:|(?:for[ \t]+and[ \t]+)?on[ \t]+behalf[ \t]+of\b:?)[ \t]*+", re.I)


# a page's number left in the text ("-45-", "Page 45", "F-3")
_PAGE_NUMBER = lazy(r"-?\s?(?:Page\s)?(?:[A-Z]{1,3}-)?\d{1,3}\s?-?", re.I)


def _underlines(row: list[Chunk], above: list[Chunk]) -> bool:
    """A rule under the line above, as wide as it: the name's underline (a blank signature's
    line is drawn to its own width)."""
    return len(row) == 1 and bool(above) and abs(row[0].start - above[0].start) <= 1 \
        and abs(row[0].end - above[-1].end) <= 1


def _signed_for(registrant: str, signers: list[dict[str, Any]]) -> bool:
    """A signer read for the last registrant of `registrant` already (a running head
    repeating its name over the next registrant's block)."""
    key = company_key(registrant.rsplit("\n", 1)[-1])
    return any(s["registrant"] and any(same_keys(key, company_key(line)) for line in
                                       s["registrant"].split("\n")) for s in signers)


def _names_apart(parts: list[str], name_keys: list[str], dates_of: Dates) -> bool:
    """Companies named side by side, each over its own signer's column: "ACME TRUST, INC.
    ACME OPERATING PARTNERSHIP, L.P.", or a holding company beside its bank ("ACME BANCORP,
    INC.   FIRST ACME NATIONAL BANK", whose name ends in no company word)."""
    return all(company_words(t) and is_registrant_line(t, name_keys, dates_of) or bank_name(t)
               for t in parts)


def _captioned_over(labelled: tuple[int, int, str | None], k: int, signed: int, broken_at: int,
                    name: str) -> str:
    """`name`, captioned as a registrant on row k, with the registrant captioned so a few rows
    above it when no signature came between: "ACME BANCORP (Registrant)" over "ACME BANK
    (Co-Registrant)" over one "By: /s/ ..." sign for both. `labelled`: that row, the signers
    read by then (`signed` now) and its registrant."""
    at, count, above = labelled
    if above is None or k - at > 3 or count != signed or broken_at >= at:
        return name
    key = company_key(above.rsplit("\n", 1)[-1])
    if any(same_keys(key, company_key(line)) for line in name.split("\n")):
        return name  # (the same name, or stacked with it already)
    return f"{above}\n{name}"


def _stacks(above: str, text: str, name_keys: list[str]) -> bool:
    """Two registrants of a combined filing named one over the other: with two registrants
    or more in the header, the name above one of them, the line under another company."""
    if len(name_keys) < 2:
        return False
    last = company_key(above.rsplit("\n", 1)[-1])
    key = company_key(text)
    return last != key and any(same_keys(last, k) for k in name_keys) and (
        company_words(text) or any(same_keys(key, k) for k in name_keys))


def _blank_signers(row: list[Chunk], below: list[Chunk], over: list[list[Chunk]],
                   registrant: str | None, dates_of: Dates) -> list[dict[str, Any]]:
    """Lines left to sign on, bare or after "By:" ("______" or "By: ______", one or side by
    side, a date maybe left of them), each over a person's name typed in its column: a
    signer for each, its name read from the line under it; [] otherwise (a heading's
    underline, a witness's line, the name typed over the rule too, a caption or a company's
    name under the rule). `over`: the two rows above."""
    lines: list[Chunk] = []
    title: Chunk | None = None  # a 10-K table's title cell right of one line
    date: str | None = None
    for chunk in row:
        text = chunk.text
        if title is not None or len(lines) == 1 and office_cell(text):
            # "______   Director   March 26, 2001" over the name: the row of a table
            if title is not None and not (date is None and (date := cell_date(text, dates_of))):
                return []
            title = title or chunk
            continue
        if is_rule(text) and lines and lines[-1].text[:2].lower() == "by" and len(
                lines[-1].text) <= 3:
            continue  # ("By:" and its rule in chunks of their own: one line)
        if is_rule(text) or text[:2].lower() == "by" and is_signed(text) and not _signer_of(
                text)[0] and (len(text) <= 3 or is_rule(text[3:].lstrip())):
            lines.append(chunk)
        elif lines or not (dates_of[text] or DATE_LABEL.match(text)):
            return []  # (only a date stands left of the lines)
    if title is not None and below and below[-1].start >= title.start - 2:
        below = below[:-1]  # (the title's next line, right of the name)
    if not lines or len(below) != len(lines) or len(lines[0].text) < 10 and len(lines) == 1:
        return []
    above = over[-1] if over else []
    if above and (_underlines(row, above) or any(
            same_person(c.text, n.text) for c in above for n in below)):
        return []  # (names typed over their rules and again under them: _typed_signature's)
    if any(_WITNESSED.search(c.text) for r in over for c in r if "T" in c.text.upper()):
        return []
    for line, name in zip(lines, below, strict=True):
        if not line.start - 4 <= name.start < max(line.end, line.start + 10) or dates_of[
                name.text] or not name_typed(name.text) or company_words(name.text):
            return []
    lead, dated = cells_over(over, lines[0].end, dates_of) if len(lines) == 1 else ([], None)
    return [{"registrant": registrant, "name": None,
             "title_lines": lead + ([title.text] if title is not None else []),
             "date": date or dated,
             "col": line.start, "by": False, "row": -9} for line in lines]


def _right_over(rows: list[list[Chunk]], above: int, k: int) -> bool:
    """Row `above` is right over row k, or past one blank line (typed filings space the
    holding company's name from its bank's: "ACME BANCORP, INC." / "" / "FIRST ACME ..."),
    or past a lone "and" between them (blank lines around it or not: "Acme Bancorp, Inc." /
    "and" / "First Acme Bank")."""
    if above == k - 1 or above == k - 2 and not rows[k - 1]:
        return True
    between = [r for r in rows[above + 1 : k] if r] if 0 < k - above <= 4 else []
    return len(between) == 1 and len(between[0]) == 1 and between[0][0].text in _AND_LINE


# the lone word joining two registrants' names, one over the other
_AND_LINE = frozenset(("and", "AND", "And", "&"))


def _stacked_capitals(above: str, text: str, name_keys: list[str]) -> bool:
    """Two registrants one right over the other over one signature, where the header names
    one filer or none ("LOUISVILLE GAS AND ELECTRIC COMPANY" over "KENTUCKY UTILITIES
    COMPANY" over "By: /s/ ..."): two companies' names in capitals, each ending in a company
    word, and not one company's name said twice."""
    if len(name_keys) > 1:
        return False  # (a combined filing: _stacks tells)
    last = above.rsplit("\n", 1)[-1]
    # (the lower one may be the holding company's bank: "ACME BANCORP, INC." over "FIRST ACME
    # NATIONAL BANK")
    # (in mixed case too, "Acme Bancorp, Inc." over "First Acme National Bank": the two
    # typed alike, no title or address line in capitals under a name)
    if not (last.isupper() == text.isupper() and company_words(last) and (
            company_words(text) or bank_name(text))):
        return False
    return not same_keys(company_key(last), company_key(text))


# A schedule's certification, signed by each filing person: "After reasonable inquiry and to
# the best of my knowledge and belief, I certify ..." ("After due inquiry" in a Schedule TO)
_INQUIRY = lazy(r"[Aa]fter\s+(?:reasonable|due)\s+inquiry")
_BY_WORD = lazy(r"By[:.]?(?:\s|$)", re.I)


def _signs_for_self(signers: list[dict[str, Any]], certified: bool) -> bool:
    """A signature with no "By:" after an entity's "By:" signer, in a schedule (`certified`
    by its filing persons): a person filing with the entities, signing for themselves
    ("/s/ CARL C. ICAHN" after the Icahn entities' blocks), for no registrant. (A 10-K's
    directors sign "/s/" for the registrant under its "By:" signer; no such sentence there.)"""
    return certified and bool(signers) and signers[-1]["registrant"] is not None \
        and bool(signers[-1].get("by"))


# "Attorney-in-Fact for Carl C. Icahn": whom an attorney signs for
_ATTORNEY_FOR = lazy(r"attorney[ \t-]in[ \t-]fact[ \t]+for[ \t]+", re.I)


def _attorney_for(lines: list[str], registrant: str | None) -> bool:
    """A schedule's signer under an entity's signer is an attorney signing for a person (a
    filing person signing for themselves, by the attorney), not for the entity: "By: /s/
    Jane Roe" over "Jane Roe, Attorney-in-Fact for Carl C. Icahn"."""
    title = " ".join(lines)  # ("... Attorney-in-Fact for" / "Carl C. Icahn")
    found = _ATTORNEY_FOR.search(title) if "ttorney" in title or "TTORNEY" in title else None
    if found is None:
        return False
    person = title[found.end() :].strip(" ,.")
    return typed_name(person) and not (
        registrant is not None and same_keys(company_key(person), company_key(registrant)))


# the head of a table's signature column ("SIGNATURE  TITLE  DATE", "Name  Capacity  Date")
_NAME_HEADS = frozenset(("signature", "signatures", "name", "names"))

_LABELS = frozenset(("Name:", "Name ", "NAME:", "Title", "TITLE"))


def _signing_heads(row: list[Chunk]) -> bool:
    """Column heads that name the signature column: "Signature(s)", or "Name" beside a
    "Date" head ("Name  Title  Date"); "Name  Title" heads a list of officers as often."""
    return row[0].text[0] in "Ss" or any(c.text.lower() == "date" for c in row[1:])


def _signed_below(rows: list[list[Chunk]], k: int) -> bool:
    """Between the signature above and the heads at row k (a dozen rows at most) stands the
    sentence over a table of signers ("... signed below by the following persons on behalf
    of the registrant"), not another sentence ("The officers of the Company are:")."""
    for row in rows[k - 1 : max(0, k - 13) : -1]:
        if any(is_signed(c.text) for c in row):
            return False
        low = " ".join(c.text for c in row).lower()
        if "signed" in low or "behalf" in low:
            return True
    return False


def _by_under_marks(row: list[Chunk], signed: list[Chunk], under: list[dict[str, Any]],
                    k: int, below: list[list[Chunk]], cells: bool) -> bool:
    """Each "By:" of the row, with no mark, stands right under a signer's "/s/" (rules
    between) in its column, the signer with no title yet: "By: John Smith" or "By: ------"
    typed under "/s/ John Smith". A "By: ------" is the line the name typed `below` it
    signs on: not the signer's when that name is another person's ("Name: Mary Jones")."""
    for chunk in signed:
        if has_mark(chunk.text) or not _BY_WORD.match(chunk.text):
            return False
        signer = next((s for s in under if abs(chunk.start - s["col"]) <= 6), None)
        if signer is None and cells and len(under) == 1 and len(signed) == 1 and \
                _names_signer(chunk.text, under[0]):
            # HTML drops the empty cells of a row: "By: Jane Doe" lands in the first column
            # under "Date: May 5, 2025  /s/ Jane Doe" (the signer it names)
            signer = under[0]
        if signer is None or signer.get("row", -9) < k - 3 or signer["title_lines"]:
            return False
        name = name_of(chunk.text)[0]
        if not name:  # "By:" in a chunk of its own: the name after it ("By:  Jane Doe")
            after = next((c.text for c in row if c.start > chunk.start), "")
            name = "" if not after or is_rule(after) or is_signed(after) else name_of(after)[0]
        if not name and len(under) == 1:  # (side by side, the rows under are another's)
            name = _name_below(below, chunk.start)
        if name and not (signer["name"] and same_person(name, signer["name"])):
            return False
    return True


def _names_signer(text: str, signer: dict[str, Any]) -> bool:
    """A "By:" chunk names the signer itself ("By: Jane Doe" under "/s/ Jane Doe")."""
    name = name_of(text)[0]
    return bool(name and signer["name"]) and same_person(name, signer["name"])


def _name_below(below: list[list[Chunk]], start: float) -> str:
    """The person named on the first line under a "By: ------" in its column ("Name: Mary
    Jones", "Mary Jones, Chief Financial Officer"); "" for a title or any other line."""
    row = next((r for r in below if r), [])
    chunks = [c for c in row if c.start >= start - 4 and not is_rule(c.text)]
    if not chunks:
        return ""
    name = name_of(chunks[0].text)[0]
    if not name and len(chunks) > 1:  # "Name:" in a cell (or wide gap) of its own
        name = name_of(chunks[1].text)[0]
    name = unbracketed(name)
    if not typed_name(name) or TITLE_WORD.search(name) or not _ROLE_WORDS.isdisjoint(
            name.lower().split()):
        return ""  # ("Authorized Signatory" has a person's shape)
    return name


_ROLE_WORDS = frozenset(
    "authorized authorised signatory representative member trustee agent administrator"
    .split())


def _typed_above(row: list[Chunk], below: list[Chunk], current: dict[str, Any] | None) -> bool:
    """The row types the name of the signature right under it ("Jane Doe  Director  March
    3, 2020" over "/s/ Jane Doe"), not the name typed under the signature before it."""
    name = row[0].text
    if not below or name.rsplit(None, 1)[-1].lower() not in below[0].text.lower():
        return False  # (the surname typed above is signed below: most rows fail here)
    if not has_mark(below[0].text) or is_signed(name):
        return False
    signed = name_of(below[0].text)[0]
    if not signed or not same_person(name, signed) or not typed_name(name):
        return False
    return current is None or not current["name"] or not same_person(name, current["name"])


def _typed_signature(row: list[Chunk], rule: list[Chunk], again: list[Chunk],
                     dates_of: Dates, alone: bool, above: list[Chunk]) -> list[Chunk]:
    """A name typed over the line signed on, with no "By:" or "/s/": "JANE DOE" over
    "--------" over "Jane Doe" (the name typed again, as under a signature): that chunk;
    `alone`: one such name is read too (under a registrant's name), not only names side by
    side; `above`: the row over it, past a blank one ("WITNESS:": a witness's name, no
    signer's)."""
    if not rule or not again or not all(is_rule(c.text) for c in rule):
        return []
    witnessed = _WITNESSED.search(" ".join(c.text for c in above)) if above else None
    if witnessed and witnessed.group(1).upper() == "WITNESS":
        return []
    if len(row) > 1 and len(rule) == len(row) == len(again) and not witnessed:
        # two typed side by side, each over its rule and typed again under it ("John P.
        # White" or "John P. White, Director"): each a signer of its own column, a person
        # (not the caption "NAME  TITLE" nor two companies' names)
        pairs = list(zip(row, again, strict=True))
        if all(abs(c.start - a.start) <= 4 and not dates_of[c.text] and typed_name(c.text)
               and not company_words(c.text) and same_person(name_of(a.text)[0], c.text)
               for c, a in pairs):
            return row
    if not alone:
        return []
    chunk = row[-1]  # the signer's column is the right one; a date may stand left of it
    text = chunk.text
    if dates_of[text] or chunk.end < rule[0].start:
        return []
    if any(same_person(c.text, text) for c in again):
        return [chunk]
    return [chunk] if not witnessed and _office_under(chunk, rule, again) else []


def _office_under(chunk: Chunk, rule: list[Chunk], again: list[Chunk]) -> bool:
    """A person's name typed on the line signed on (the line runs past it: no heading's
    underline), the office typed under the line, alone or after the name ("John D. Pittenger"
    over "--------" over "Executive Vice President": a 1990s conformed signature)."""
    if len(again) != 1 or rule[-1].end < chunk.end + 3 or company_words(chunk.text) or not (
            typed_name(chunk.text)):
        return False
    under = again[0].text
    if office_cell(under):
        return True
    name, title = name_of(under)
    return title is not None and same_person(name, chunk.text) and (
        TITLE_WORD.match(title) is not None)


# a witness's or an attesting officer's label over typed names ("WITNESS:", "ATTEST:")
_WITNESSED = lazy(r"\b(WITNESS|ATTEST)(?:ES|ED)?\b", re.I)


# A paragraph or heading right under a title (HTML <div>s leave no blank line between them)
_PARAGRAPH_START = compiled(r"[PpKk](?i:ursuant\s+to\s|now\s+all\s)")
_POWER_HEADING = compiled(r"(?:signatures?\s+and\s+)?power\s+of\s+attorney:?$", re.I)
# a row of the exhibit list printed right under the last title with no blank line ("Exhibit
# 99.1  Press release ...", "Exhibit No.  Description", "99.1  Press release ..."): no title
_EXHIBIT_INITIALS = frozenset("Ee123456789")
_EXHIBIT_ROW = lazy(
    r"(?:(?:exhibit|ex\.)[ \t]*+(?:no\.|number\b|\d{1,3}\b)|\d{1,3}\.\d{1,3}(?:\s|\([a-z\d]\)|$))",
    re.I)


# A "By:" naming an entity that signs for the registrant: a company or a bank by its name,
# or anyone "as Trustee", "its general partner" (a person's title may say "of the Company")
_ENTITY_NAME = compiled(
    r"\b(?:INC|CORP|CORPORATION|COMPANY|LTD|LLC|L\.L\.C|L\.P|LP|N\.A|BANK|TRUST)\b", re.I)
_ENTITY_ROLE = compiled(
    r"\b(?:its|as)\s+(?:sole\s+|managing\s+|general\s+)?(?:general\s+partner|managing\s+member"
    r"|manager|member|trustee|owner\s+trustee|servicer|depositor)\b", re.I)


# an entity's capacity typed after its name, "its" parted off by _signer_of ("Harbor Point
# Management, its General Partner" -> "General Partner"), or on the line under it with "its"
_ROLE_ALONE = compiled(
    r"(?:(?:its|as)[ \t]+)?(?:sole[ \t]+|managing[ \t]+)?(?:general[ \t]+partner|managing[ \t]+"
    r"member|manager|member|trustee|investment[ \t]+(?:manager|advis[eo]r))[ \t]*,?$", re.I)


_OFFICE = lazy(rf"(?i:{TITLE_WORDS})")


def _firm_role(name: str, title: str | None, below: list[Chunk]) -> bool:
    """A firm's name with no legal form in an unmarked "By:", signing in an entity's capacity
    ("By: Harbor Point Management, its General Partner", or "its General Partner" on the line
    under it, each chunk of that line one when entities sign side by side): an entity signing
    for the registrant, as "By: Acme GP, LLC, its general partner" is, not a signer named so.
    A firm's name: two to four capitalised words, one a firm's ("Management", "Capital",
    "Partners"), no given name opening it."""
    if title is None and ", " in name and name.partition(", ")[2][:1].islower():
        name, _, title = name.partition(", ")  # ("Icahn Capital Management, president")
        title = title[4:] if title[:4] == "its " else title
    if title is None:
        if not below or not all(c.text[:2].lower() in ("it", "as") and len(c.text) <= 40
                                and _ROLE_ALONE.match(c.text) for c in below):
            return False
    elif len(title) > 40 or not (_ROLE_ALONE.match(title) or _OFFICE.match(title)):
        # (an office too: "By: Icahn Capital Management, President" names no person, whose
        # name opens with a given name; no signer, as a firm in an entity's capacity is none)
        return False
    name = name.rstrip(" ,")
    return firm_in_mixed_case(name, "") or firm_in_capitals(name, "")


# the name's underline run into a signature's line ("... March 26, 2001 ------ Kent F. Hansen")
_RULE_RUN = compiled(r"[ \t](?:-{5,}|_{5,})[ \t]")


def _row_run_together(name: str, dates_of: Dates) -> tuple[str, str, str | None] | None:
    """ "Kent F. Hansen Director March 26, 2001" after a signature's mark, a table's row run
    together in one line (an HTML paragraph, single spaces), maybe with the underline and the
    name typed under it run on ("KENT F. HANSEN Director March 26, 2001 ------ Kent F.
    Hansen"; or no title: "Kent F. Hansen March 26, 2001"): (the name, the title with its
    date, for dated_title, the name typed or None); None for any other line. The name: two to
    five words a personal name, then a title's word or the date; the line ends with a date."""
    printed = None
    if "--" in name or "__" in name:
        rule = _RULE_RUN.search(name)
        if rule is None:
            return None
        head, printed = name[: rule.start()].rstrip(), name[rule.end() :].strip()
        if not (head[-1:].isdigit() and typed_name(printed)):
            return _wrapped_row(head, printed, dates_of) or _titled_typed(head, printed, dates_of)
        name = head
    elif not name[-1:].isdigit():
        # ("... and Chief March 26, 2001 Financial Officer": the title goes on after the date)
        return _wrapped_row(name, "", dates_of) if _YEAR_END.search(name) else _titled(name)
    if not (found := dates_of[name]):
        return None
    words = name[: found[-1][0]].split()
    for i in range(2, min(len(words), 6)):
        if TITLE_WORD.match(words[i]) and typed_name(signed := " ".join(words[:i])):
            if printed is not None and not same_person(printed, signed):
                return None
            return signed, name[len(signed) :].lstrip(), printed
    if 2 <= len(words) <= 5 and typed_name(signed := " ".join(words).rstrip(",")) and (
            printed is None or same_person(printed, signed)):
        # ("Kent F. Hansen March 26, 2001", "Kent F. Hansen, March 26, 2001")
        return signed, name[len(signed) :].lstrip(" ,"), printed
    if printed is None and (firm := _firm_row(words)):
        # "/s/ Acme Capital Partners Director March 26, 2001": a firm signs, its office after
        return firm, name[len(firm) :].lstrip(" ,"), None
    return None


def _titled(name: str) -> tuple[str, str, None] | None:
    """ "Kent F. Hansen Chief Executive Officer" after a signature's mark, no date: a
    person's name (two to five words) and the title run on with a single space -> (the name,
    the title, None); None for any other line."""
    words = name.split()
    for i in range(2, min(len(words), 6)):
        if TITLE_WORD.match(words[i]):
            signed = " ".join(words[:i])
            return (signed, name[len(signed) :].lstrip(), None) if typed_name(signed) else None
    return None


_OFFICE_CAPS = lazy(TITLE_CAPITALS)


def _office_run_on(name: str) -> tuple[str, str] | None:
    """ "Jane Doe President" of "/s/ Jane Doe President, Chief Executive Officer", the name
    before a comma's title (also in capitals): a person's name (two to five words) and the
    office's first words run on -> (the name, those words); None for a name alone ("Jane
    Doe", "John Smith Jr.") or anything else."""
    if not name[-1:].isalpha() or " " not in name or typed_name(name):
        return None
    office = _OFFICE_CAPS if name.isupper() else TITLE_WORD
    words = name.split()
    for i in range(2, min(len(words), 6)):
        if office.match(words[i]):
            signed = " ".join(words[:i])
            return (signed, name[len(signed) :].lstrip()) if typed_name(signed) else None
    return None


def _titled_typed(head: str, printed: str, dates_of: Dates) -> tuple[str, str, str] | None:
    """ "Jon A. Smith Chief Financial Officer" ------ "John A. Smith": a row run together with
    no date, the name's underline and the name typed under it run on -> (the name, the title,
    the name typed), when the name typed is the signer's (the same surname); else None."""
    if dates_of[head] or not typed_name(printed) or (titled := _titled(head)) is None:
        return None
    return (titled[0], titled[1], printed) if same_person(printed, titled[0], False) else None


def _firm_row(words: list[str]) -> str | None:
    """The firm's name opening a row run together before the first title's word ("Acme
    Capital Partners Director"): two to six capitalised words a company's name; else None."""
    for i in range(2, min(len(words), 7)):
        if TITLE_WORD.match(words[i]):
            firm = " ".join(words[:i]).rstrip(",")
            ok = all(w[:1].isupper() or w in ("&", "and", "of") for w in words[:i])
            return firm if ok and (company_words(firm) or _ENTITY_NAME.search(firm)) else None
    return None


# the year closing a date found in a row (where the title wrapped around it goes on)
_YEAR_END = compiled(r"\d{4}\b")
# the words before a date a title holds ("Director since March 1, 2005"): no signer's date
_HELD_BEFORE = frozenset("since from effective until through on of to dtd u/a/d u/a".split())


def _wrapped_row(head: str, tail: str, dates_of: Dates) -> tuple[str, str, str | None] | None:
    """A table's row run together with its title wrapped in its column: "ROBERT F. FRIEL
    Senior Vice President and Chief March 26, 2001 Financial Officer (Principal Financial"
    (`head`) ------ "Officer and Principal Accounting Robert F. Friel Officer)" (`tail`, the
    name typed under the rule amid the title's lines; or no rule, `tail` empty) -> (the name,
    a person's or a firm's, the title's lines joined with the date last, for dated_title, the
    name typed or None); None for any other line."""
    found = dates_of[head]
    if len(found) != 1 or not (year := _YEAR_END.search(head, found[0][0], found[0][0] + 30)):
        return None
    at = found[0][0]
    words = head[:at].split()
    if not words or words[-1].lower() in _HELD_BEFORE:
        return None
    signed = next((" ".join(words[:i]) for i in range(2, min(len(words), 6))
                   if TITLE_WORD.match(words[i])), "")
    if not typed_name(signed):
        signed = _firm_row(words) or ""
    if not signed or not tail and not head[year.end() :].strip():
        return None
    spot, printed, end = len(tail), None, ""
    if tail:
        spot = tail.lower().find(signed.lower())
        stop = spot + len(signed)
        if spot < 0 or tail[stop : stop + 1].isalnum():
            # ("/s/ Jon A. Smith" over "John A. Smith": the name typed otherwise than signed)
            if (typed := _typed_amid(tail, signed)) is None:
                return None
            spot, stop = typed
        elif spot > 0 and (given := _given_before(tail, spot, signed)) is not None:
            spot = given  # "/s/ J. Smith" over "Xavier J. Smith": the given name typed too
        printed = tail[spot:stop]
        end = _TABLE_TAG_END.sub("", tail[stop:])  # (a 1990s "</TABLE>")
    parts = (head[len(signed) : at], head[year.end() :], tail[:spot], end)
    title = " ".join(p.strip(" ,") for p in parts if p.strip(" ,"))
    return signed, f"{title} {head[at : year.end()]}", printed


_TABLE_TAG_END = compiled(r"[ \t]*</?(?:TABLE|PAGE)>[ \t]*$", re.I)
_WORD = compiled(r"\S+")


def _typed_amid(tail: str, signed: str) -> tuple[int, int] | None:
    """The name typed under a row's rule amid its wrapped title's lines, spelt otherwise than
    signed ("Officer and Principal Accounting John A. Smith Officer)" under "/s/ Jon A.
    Smith"): where it starts and ends in `tail`, two to five capitalised words, no title's,
    opening with the signature's initial or a given name and ending in its surname (the same
    person); None when no such name is typed."""
    surname = signed.split()[-1].rstrip(",").lower()
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(tail)]
    for j, (_, stop, word) in enumerate(words):
        if word.lower() != surname:
            continue
        first = j  # the capitalised words before the surname, back to a title's word
        while first > 0 and j - first < 4 and words[first - 1][2][:1].isupper() and not (
                TITLE_WORD.match(words[first - 1][2])):
            first -= 1
        for i in range(first, j):
            # (opening with the signature's initial or a given name: not "Accounting John")
            opens = words[i][2]
            typed = tail[words[i][0] : stop]
            if (opens[0].lower() == signed[0].lower() or given_first(opens)) and typed_name(
                    typed) and same_person(typed, signed, False):
                return words[i][0], stop
        # a given name not in the list, its initial not the signature's ("/s/ J. Smith"
        # over "Xavier Smith"): the one word right before the surname (and its initials)
        i = j - 1
        while i > first and _INITIAL_WORD.fullmatch(words[i][2]):
            i -= 1
        if i >= first and i < j and _given_word(words[i][2]) and typed_name(
                typed := tail[words[i][0] : stop]) and same_person(typed, signed, False):
            return words[i][0], stop
    return None


# an initial typed in a name ("J.", "J.P.")
_INITIAL_WORD = compiled(r"(?:[A-Z]\.){1,3}")
# the words of an office's field, which end a title's line right before the name typed under
# a row's rule ("... Principal Accounting Xavier Smith Officer)"): no given name
_FIELD_WORDS = ROLE_WORDS | frozenset(
    "accounting finance operations administration administrative legal marketing sales "
    "information compliance risk investment investments development business strategy "
    "human resources corporate affairs counsel trustee member partner controller "
    "comptroller assistant associate deputy interim acting group division".split())


def _given_word(word: str) -> bool:
    """A word that may be a given name typed before a surname: capitalised, letters only
    (a hyphen or an apostrophe in them), no title's or office field's word, and a listed
    given name or no word of an office's department, region or line of business (the
    title's last word right before "X. Friel": "... Principal Treasury X. Friel Officer)")."""
    bare = word.replace("-", "").replace("'", "").replace("\u2019", "")
    if not (len(bare) > 1 and bare.isalpha() and word[0].isupper() and not word.isupper()):
        return False
    lower = word.lower()
    return lower not in _FIELD_WORDS and TITLE_WORD.match(word) is None and (
        lower in GIVEN_NAMES or lower not in NO_NAME_WORDS)


def _given_before(tail: str, spot: int, signed: str) -> int | None:
    """Where the name typed under a row's rule starts when it is the signature with a given
    name or an initial before it, found at `spot` in `tail` ("Xavier J. Smith" under "/s/ J.
    Smith", "G. Robert Tod" under "/s/ Robert Tod"): that word's start; None when the word
    before is none of them (a given name only before a signature opening with an initial:
    a title's line may end in any word before a full name)."""
    if tail[spot - 1 : spot] != " ":
        return None
    start = tail.rfind(" ", 0, spot - 1) + 1
    word = tail[start : spot - 1]
    if not (_INITIAL_WORD.fullmatch(word) or signed[1:2] == "." and _given_word(word)):
        return None
    return start if typed_name(tail[start : spot + len(signed)]) else None


def _person_signing(name: str) -> bool:
    """The name before its first comma is a person's, a given name and a surname ("John
    Smith, as general partner", "Ted Papapostolou, its manager"): a signer in any capacity,
    never an entity signing for the registrant (not a firm named like a person: "Morgan
    Stanley")."""
    head = name.partition(",")[0]
    words = head.split()
    return len(words) >= 2 and given_first(words[0]) and typed_name(head) and not (
        _ENTITY_NAME.search(head) or company_words(head)) and (
        " ".join(words[:2]).title() not in FIRMS_LIKE_PEOPLE)


def _entities_beside(beside: list[dict[str, Any]], signed: list[Chunk],
                     under: list[list[Chunk]]) -> bool:
    """Side-by-side "By:" chunks with no mark, each naming an entity (a company's name, "its
    general partner"; a firm's name with no legal form over "its general partner" on the
    line under them, `under`): entities signing for the registrants over them, as one "By:
    Acme GP, LLC, its general partner" does, not signers."""
    below = under[0] if under else []
    return not any(has_mark(c.text) for c in signed) and all(
        signer["name"] and (_ENTITY_NAME.search(signer["name"]) or _ENTITY_ROLE.search(
            f"{signer['name']}, {signer['title_lines'][0] if signer['title_lines'] else ''}")
            or _firm_role(signer["name"], signer["title_lines"][0] if signer["title_lines"]
                          else None, below))
        for signer in beside)


def _entity_signing(name: str, title: str | None, row: list[Chunk]) -> str | None:
    """The company's name signing in a "By: ACME FOODS, INC." row, when it names no capacity
    ("its general partner", "as Trustee") and reads as a company's name; else None."""
    if title or _ENTITY_ROLE.search(name) or not company_words(name) or not any(
            c.text[:2].lower() == "by" and _BY_WORD.match(c.text) for c in row):
        return None
    return name.rstrip(",")


def _goes_on(rows: list[list[Chunk]], k: int, last: str) -> bool:
    """The line after the blank row k goes on with the title whose last line is `last`:
    "Title: Executive Vice President" / "" / "and Secretary", "Executive Vice President and"
    / "" / "Chief Financial Officer", "Chief Financial Officer" / "" / "(Principal Financial
    Officer)" or "(Duly Authorized Officer)" (HTML paragraphs leave a blank line between)."""
    after = rows[k + 1] if k + 1 < len(rows) else None
    if not after or len(after) != 1 or len(after[0].text) >= 60:
        return False
    text = after[0].text
    if text[:4] in ("and ", "& "):
        return True
    if text[0] == "(":
        return text[-1] == ")" and _BRACKETED_OFFICE.match(text) is not None
    # (a title cut after "and" or "of" goes on: not into a date, a caption or a mark)
    return _CUT_TITLE.search(last) is not None and _OFFICE_LINE.match(text) is not None


# "(Principal Financial Officer)", "(Duly Authorized Officer)", "(Chief Accounting Officer)"
_BRACKETED_OFFICE = lazy(
    r"\((?:principal|duly\s+authorized|chief|authorized)\b[^()]{0,50}\)$", re.I)
# a title's line cut before its last office: "Executive Vice President and", "Member of the"
_CUT_TITLE = lazy(r"(?:\s(?:and|of|&|the)|,)$", re.I)
# a line of a title going on: capitalised office words ("Chief Financial Officer", "Board
# of Directors", "Treasurer"), no date, digit, colon or mark
_OFFICE_LINE = lazy(
    r"(?=[^\d:/]{2,59}$)(?:[A-Z][\w.&'-]*+(?:\s(?:of|and|the|for|&))*+\s?)++$")


def _ends_lines(rows: list[list[Chunk]], k: int, dates_of: Dates) -> bool:
    """Row k ends the lines under a signature: no row, a blank one or a line no signer's
    follows it, an address ("767 Fifth Avenue") or a date ("Date: January 10, 2025")."""
    if k + 1 == len(rows) or not rows[k + 1]:
        return True
    return len(rows[k + 1]) == 1 and (address_line(rows[k + 1][0].text) or bool(
        _date_line(rows[k + 1][0].text, dates_of)))


def _date_line(text: str, dates_of: Dates) -> str | None:
    """The date of a line that is a date alone or captioned ("Date: January 10, 2025")."""
    dates = dates_of[text]
    return dates[0][1] if dates and (not dates[0][0] or DATE_LABEL.match(text)) else None


_SIGNATURE_LABELS = ("signature:", "signature")


def _signature_label(chunk: Chunk, rows: list[list[Chunk]], k: int) -> bool:
    """The signature `chunk` of row k is captioned "Signature:": in its chunk ("Signature:
    /s/ Jane Roe"), in a cell left of it, or alone on the line over it (past one blank)."""
    if chunk.text[:9].lower() == "signature" or any(
            c.end <= chunk.start and c.text.lower() in _SIGNATURE_LABELS for c in rows[k]):
        return True
    for row in (rows[k - 1], rows[k - 2]) if k > 1 else rows[:k]:
        if row:
            return len(row) == 1 and row[0].text.lower() in _SIGNATURE_LABELS
    return False


def _mark_under(rows: list[list[Chunk]], k: int) -> bool:
    """The next line with words under row k (past one blank line, and a "Signature:" label
    alone on its line) holds a signature mark ("/s/ Jane Doe", "Signature: /s/ Jane Doe")."""
    for row in rows[k + 1 : k + 4]:
        if not row or len(row) == 1 and row[0].text.lower() in _SIGNATURE_LABELS:
            continue
        return any(has_mark(c.text) for c in row)
    return False


def _last_signed(rows: list[list[Chunk]]) -> int:
    """The last row that signs (-1 for none): a row under it has no signer after it."""
    return next((k for k in range(len(rows) - 1, -1, -1)
                 if any(is_signed(c.text) for c in rows[k])), -1)


def _signs_next(rows: list[list[Chunk]], k: int) -> bool:
    """The next line after row k, past one blank, signs ("By: /s/ ...", "Date: ...  By:")."""
    for row in rows[k + 1 : k + 3]:
        if row:
            return any(is_signed(c.text) for c in row)
    return False


def _opens_sentence(text: str) -> bool:
    """The chunk opens a "Pursuant to the requirements of the Securities ..." sentence, also
    after an S-8's caption for its plan ("The Plan. Pursuant to ...")."""
    if text[0] in "Pp":
        return PURSUANT.match(text) is not None
    return "ursuant to" in text[:40] and PURSUANT.search(text, 0, 80) is not None


_SIGNER_OPENS = lazy(r"(?:/s/|By:)", re.I)
_DATE_ALONE = 20  # "September 30, 2015." at most
_WANTS_DATE = frozenset(("on", "of", "on,", "of,"))  # a sentence so cut goes on to its date


def _sentence_stop(row: list[Chunk], sentence: str, dates_of: Dates) -> bool:
    """The row ends a "Pursuant to ..." sentence that printed no stop of its own ("... on
    the dates indicated" over "/s/ Walter S. Pruitt"): a signature ("/s/", "By:"), a rule,
    or a signer's date alone on its line, but under a sentence cut before its date."""
    text = row[0].text
    if _SIGNER_OPENS.match(text) or is_rule(text):
        return True
    dates = dates_of[text]
    if len(dates) != 1 or dates[0][0] != 0 or len(text) > _DATE_ALONE:
        return False
    words = sentence[-12:].split()  # ("... in the capacities indicated on" / "March 2, 2015.")
    return not words or words[-1].lower() not in _WANTS_DATE


def _row_text(row: list[Chunk]) -> str:
    return " ".join(c.text for c in row)


def _ends_signer(row: list[Chunk]) -> bool:
    """The row ends the signer's lines: the 10-K's "Pursuant to the requirements ... signed
    below by the following persons", "KNOW ALL PERSONS BY THESE PRESENTS", a "POWER OF
    ATTORNEY" heading, a long sentence (not a signed row), or the column heads of the table
    that follows."""
    text = row[0].text
    if text[0] in _EXHIBIT_INITIALS and _EXHIBIT_ROW.match(text):
        return True
    if len(row) == 1:
        # (not a signed row run together: "By: /s/ ROBERT F. FRIEL Senior Vice President and
        # Chief March 26, 2001 Financial Officer ..." reads as a signer's)
        return len(text) > 200 and not is_signed(text) or text[0] in "PpKkSs" and (
            _PARAGRAPH_START.match(text) is not None and not attorney_capacity(text)
            or _POWER_HEADING.match(text) is not None)
    if text[0] in "Pp" and _PARAGRAPH_START.match(text):
        return True
    return text.lower() in COLUMN_HEADS and is_column_heads(_row_text(row))


def _attorney_dates(signers: list[dict[str, Any]]) -> None:
    """Directors starred in a 10-K's table with no date of their own signed when the
    attorney-in-fact of the "*By: /s/ ..." under them did: his date, not the block's."""
    undated: list[dict[str, Any]] = []
    for signer in signers:
        if signer.get("star") is True and not signer["date"]:
            undated.append(signer)
        elif signer.get("star") == "by":
            for starred in undated:
                starred["date"] = signer["date"]
            undated = []


def _dated_over(lines: list[str], k: int, dates_of: Dates) -> str | None:
    """The date of a "Dated: March 1, 2000" line right over the table's heads at line k (a
    few lines up): the date its undated rows take, stated for them ("" when the line's date
    is not read); None for no such line. A date over the sentence opening the table (a 10-K's
    "... signed below by the following persons ...", an HTML paragraph one line long) is the
    part's above it, its signer's ("Date: March 26, 2001" under the registrant's), not the
    table's."""
    for line in reversed(lines[max(0, k - 6) : k]):
        text = line.strip()
        if text[:1] in "Dd" and DATE_LABEL.match(text) and any(c.isdigit() for c in text):
            found = dates_of[text]
            return found[0][1] if found else ""
        if len(text.split(None, _SENTENCE_WORDS)) > _SENTENCE_WORDS:
            return None  # (a sentence's line: the lines over it are another part's)
    return None


_SENTENCE_WORDS = 8  # a line of more words is a sentence's (or a signer's row), no caption's


def _table_dates(signers: list[dict[str, Any]], starts: list[tuple[int, str | None]]) -> None:
    """A "Signature  Title  Date" table printing one date, in one row or some (Acurx's S-1
    edited: only "June 30, 2023" beside Robert G. Shawah): its undated rows signed then too,
    not on the block's date; a table printing two dates leaves its undated rows alone. A
    table under a "Dated: June 28, 2023" line: its undated rows signed on that date (not the
    block's first, the registrant's signer's), whatever its rows print."""
    for at, (start, over) in enumerate(starts):
        # (a starred row takes its attorney's date; an attorney-in-fact under the table
        # signs on a date of his own)
        rows = [s for s in signers[start : starts[at + 1][0] if at + 1 < len(starts) else None]
                if s.get("star") not in (True, "by") and not any(
                    "ttorney" in t for t in s["title_lines"])]
        if over is None:
            dates = {s["date"] for s in rows if s["date"]}
            if len(dates) != 1 or len(rows) < 2:
                continue
            over = dates.pop()
        for signer in rows if over else ():
            if not signer["date"] and not signer.get("ahead") and not signer.get("stated"):
                signer["date"] = over


def _dates_over_table(signers: list[dict[str, Any]], over: str, dates_of: Dates) -> None:
    """The signers of the part over a 10-K's "Signature  Title  Date" table whose rows print
    dates, printing none of their own: the date the part over the table states, else none
    (was: the table's first row's, read as the block's): a table's dates are its rows'
    signers', as an HTML block read part by part leaves such a part undated."""
    undated = [s for s in signers if s.get("over_table") and not s["date"]]
    if undated and any(s["date"] for s in signers if not s.get("over_table")):
        stated = block_date(over, dates_of)
        for signer in undated:
            signer["part"] = stated


def _starred(row: list[Chunk], below: list[list[Chunk]], dates_of: Dates) -> list[Chunk]:
    """A 10-K table row signed for by an attorney-in-fact ("*By: /s/ ..." under the table):
    a star in the signature column, beside the title and date, and the name typed under it
    ("*" over "Robert Brown") or beside the star ("* Robert Brown", "ROBERT BROWN*")."""
    chunk = row[0]
    text = chunk.text
    bare = text.strip("* ")
    if bare:
        # ("SMITH, BARNEY*": typed surname first, as unsigned rows are)
        return [chunk] if text.strip()[0] == "*" or text.strip()[-1] == "*" \
            and (typed_name(bare) or surname_first(bare)) else []
    if any(dates_of[c.text] for c in row[1:]):
        return [chunk]
    typed = next((r for r in below if r and not all(is_rule(c.text) for c in r)), None)
    return [chunk] if typed and typed_name(unbracketed(typed[0].text)) else []


# the caption beside a list of directors: "Directors", "Constituting a majority of the Board
# of Directors" (its lines joined)
_DIRECTORS = lazy(r"(?:.{0,60}\bof\s+the\s+Board\s+of\s+)?Directors?$", re.I)


def _directors(rows: list[list[Chunk]], k: int,
               dates_of: Dates) -> tuple[list[str], int, str | None]:
    """The directors listed from row k to a blank line beside a "Directors" caption (a 10-K's
    directors, signed for by an attorney-in-fact), as names run together in a cell ("DAVID
    P. ABNEY DOUGLAS M. BAKER, JR. ...") or one a line ("... and GRETA E. MARSHALL" the last),
    the row after them and the date in the caption's row ("Directors    March 26, 2001": one
    date, the last cell of its row; a date in two rows is a table's); none when a cell is
    neither names that part one way only nor the caption."""
    names: list[str] = []
    caption: list[str] = []
    dated, ruled = None, False
    end = k
    while end < len(rows) and rows[end] and end < k + 12:
        for chunk in rows[end]:
            text = chunk.text
            if is_signed(text):
                return [], k, None
            if dates_of[text]:
                if names and dated is None and len(rows[end]) == 1 and DATE_LABEL.match(text):
                    dated = dates_of[text][0][1]  # "Date: March 27, 2001" under the list
                    continue
                if dated is not None or chunk is not rows[end][-1] or chunk is rows[end][0]:
                    return [], k, None  # a table's row, not a list
                dated = dates_of[text][0][1]
                continue
            if "*" in text:  # "*Kent F. Hansen", "KENT F. HANSEN*": starred for the attorney,
                # each name of a list too ("*Tamara J. Erickson, *Kent F. Hansen")
                text = " ".join(text.replace("*", " ").split()).replace(" ,", ",") or text
            listed = name_list(text) or ([text.rstrip(",")] if typed_name(text) else None) \
                or _names_and(text)
            if listed:
                names.extend(listed)
            elif not is_rule(text):
                caption.append(text)
            else:
                ruled = True
        end += 1
    if len(names) < 2 or not _DIRECTORS.match(" ".join(caption)) or dated and ruled:
        return [], k, None  # ("JOHN P. WHITE  Director  March 18, 1999" over a line to sign
        # on: a table's row)
    if dated is None and end + 1 < len(rows) and len(rows[end + 1]) == 1 and DATE_LABEL.match(
            text := rows[end + 1][0].text) and (date := dates_of[text]):
        return names, end + 2, date[0][1]  # "Date: March 27, 2001" past a blank line
    return names, end, dated


def _names_and(text: str) -> list[str] | None:
    """ "Nicholas A. Lopardo and Greta E. Marshall" ("... AND ..."): a list's last two names,
    or None."""
    joint = " and " if " and " in text else " AND " if " AND " in text else None
    if joint is None:
        return None
    left, _, right = text.rpartition(joint)
    left = left.rstrip(" ,")
    first = name_list(left) or ([left] if typed_name(left) else None)
    return [*first, right] if first and typed_name(right) else None


# "Jane Doe, as attorney-in-fact", "JANE DOE AS ATTORNEY-IN-FACT": the capacity after "as";
# "Carl C. Icahn, individually" (maybe "... and as trustee")
_AS_CAPACITY = lazy(r",?(?<![ \t])[ \t]++(?:as[ \t]++(?=[A-Za-z])|individually\b)", re.I)


def _signer_of(text: str) -> tuple[str, str | None]:
    """name_of, with the capacity one signs in after "as" parted from the name ("/s/ Jane
    Doe, as attorney-in-fact" -> "Jane Doe", "as attorney-in-fact": _finish drops "as"), and
    "individually" ("/s/ Carl C. Icahn, individually": the title, as typed under the name)."""
    name, title = name_of(text)
    if ("__" in name or "--" in name) and (ruled := _ruled_name(name)):
        name, title = ruled[0], ruled[1] or title
    low = name.lower()
    if " as " not in low and "individually" not in low:  # (most names)
        return name, title
    cut = _AS_CAPACITY.search(name)
    if cut is None or not typed_name(name[: cut.start()]):
        return name, title  # (not "Acme GP, LLC, as general partner": an entity's)
    capacity = name[cut.start() :].lstrip(" ,\t")
    said = capacity[3:].lstrip(" \t").lower() if capacity[:2].lower() == "as" else ""
    if said[:3] == "of " and any(ch.isdigit() for ch in said) or said.startswith("such"):
        # "Jane Doe as of March 5, 1997" (when she signed), "Jane Doe, as such" (in the
        # office named under it): no capacity
        return name[: cut.start()], title
    if said[:3] == "of ":
        return name, title  # ("as of counsel": no name to part)
    return name[: cut.start()], f"{capacity}, {title}" if title else capacity


def _ruled_name(name: str) -> tuple[str, str | None] | None:
    """ "Jane Doe ________ Jane Doe": a signature, its line and the name typed under it run
    together in one cell (an HTML cell's lines, <br> apart), maybe with the title and date
    typed under the name ("Kent Hansen ____ Kent F. Hansen Director March 26, 2001") -> the
    printed name and that title (its date on, for dated_title), when the name typed is the
    signer's; None for anything else."""
    rule = _RULE_RUN.search(name)
    if rule is None:
        return None
    signed, typed = name[: rule.start()].strip(), name[rule.end() :].strip()
    if not signed or not typed:
        return None
    if typed_name(typed):
        return (printed_name(signed, typed), None) if same_person(typed, signed, False) else None
    together = _row_run_together(typed, Dates()) if typed[-1].isdigit() else _titled(typed)
    if together is None or not same_person(together[0], signed, False):
        return None
    return printed_name(signed, together[0]), together[1]


def _side_by_side(signed: list[Chunk], registrant: str | None,
                  k: int, dates_of: Dates) -> list[dict[str, Any]]:
    """A signer for each signed chunk of a row, when two or more of them name someone; a
    date run on after the title in its cell ("/s/ Jane Doe Jane Doe Director March 26,
    2001": an HTML cell's lines, <br> apart) is the signer's, as a signer alone's is."""
    out = []
    by: float | None = None  # a "By:" in a cell or column of its own: the signer's column
    for chunk in signed:
        name, title = _signer_of(chunk.text)
        if not name:
            by = chunk.start if by is None else by
            continue
        title, dated = dated_title(title, dates_of) if title else (title, None)
        out.append({"registrant": registrant, "name": name,
                    "title_lines": [title] if title else [], "date": dated,
                    "col": chunk.start if by is None else by,
                    "row": k if has_mark(chunk.text) else -9})
        by = None
    return out if len(out) > 1 else []


def _read_below_each(row: list[Chunk], beside: list[dict[str, Any]], dates_of: Dates,
                     cells: bool) -> None:
    """Lines under signers side by side: each chunk goes to the signer whose column it
    stands in (the last one starting at or left of it); a date alone goes to all of them.
    Rendered HTML drops empty cells, so a cell's column is only its place in the row: one
    chunk a signer ("Name: Jane Doe  Name: John Roe" under "Date: ...  By: /s/ ...  By:
    /s/ ...") goes to each in turn."""
    parts: list[list[Chunk]] = [[] for _ in beside]
    kept = []
    # "Date: March 5, 2024      Date: March 6, 2024": a date under each signer is its own
    own = sum(bool(dates_of[c.text]) for c in row) == len(beside) > 1
    for chunk in row:
        if not own and dates_of[chunk.text] and len(chunk.text) < 25 and not is_signed(chunk.text):
            for signer in beside:
                signer["date"] = signer["date"] or dates_of[chunk.text][0][1]
            continue
        kept.append(chunk)
    # (not "Title:" and its value in cells of their own, the other signer's cells empty)
    in_turn = cells and len(kept) == len(beside) and not any(
        c.text[-1] == ":" for c in kept)
    # one cell alone under signers whose cells are in turn: the cells left of it were empty
    # and dropped, so it goes on with the one title left open ("Title: President" beside
    # "Title: Vice President and Chief" over "Financial Officer"); a bracketed cell is a
    # caption ("(Principal Financial Officer)"), no title's continuation
    open_at = _open_title(beside) if cells and len(kept) == 1 and len(beside) > 1 \
        and kept[0].text[0] != "(" else None
    for at, chunk in enumerate(kept):
        k = at if in_turn else open_at if open_at is not None and ":" not in chunk.text \
            else max((j for j, s in enumerate(beside) if s["col"] <= chunk.start + 4), default=0)
        parts[k].append(chunk)
    for signer, chunks in zip(beside, parts, strict=True):
        if chunks:
            read_below(chunks, signer, signer["col"], False, dates_of)


# a title's last word that leaves it to go on in the next line (not "executive", "principal",
# "general": "Chief Executive" (UK), "Principal", "Secretary General" are titles)
_OPEN_ENDS = frozenset("and & of for the chief vice senior".split())


def _open_title(beside: list[dict[str, Any]]) -> int | None:
    """The one signer side by side whose title line ends open ("... and Chief"), the others'
    closed; None when none or more than one."""
    found = None
    for at, signer in enumerate(beside):
        lines = signer["title_lines"]
        if not lines:
            return None  # (a title to come: a lone cell may be its first line)
        words = lines[-1].split()  # (a "Title:" alone leaves an empty line)
        if words and (words[-1].lower() in _OPEN_ENDS or words[-1][-1] in ",-/"):
            if found is not None:
                return None
            found = at
    return found


# a table's date wrapped in its narrow column: "March 26," over "2001"
_MONTH_DAY = lazy(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?[ \t]\d{1,2},?")
_YEAR = lazy(r"(?:19|20)\d\d\.?")


def _join_wrapped_dates(rows: list[list[Chunk]]) -> None:
    """A row's last chunk holding a month and day ("March 26,") whose year is typed under
    it in its column, in one of the next two rows: the year joins the date, and a rule takes
    its place below (where it would read as a line of the title)."""
    for k, row in enumerate(rows[:-1]):
        if len(row) < 2:
            continue
        last = row[-1]
        text = last.text
        if len(text) > 13 or text[-1] not in ",0123456789" or not _MONTH_DAY.fullmatch(text):
            continue
        for below in rows[k + 1 : k + 3]:
            year = next((c for c in below if abs(c.start - last.start) <= 4
                         and len(c.text) < 6 and _YEAR.fullmatch(c.text)), None)
            if year is not None:
                row[-1] = Chunk(last.start, max(last.end, year.end),
                                f"{text.rstrip(',')}, {year.text}", None, False)
                # (a line left empty goes on as a rule would, not a blank line: the signer's
                # lines go on under it)
                below[below.index(year)] = Chunk(year.start, year.end, "----", None, False)
                break


# a ditto mark typed in a table's cell for "the same as above" ('"', "''", '"  "', "Do.")
_DITTO = lazy(r"(?:[\"\u201c\u201d\u3003]|''|do\.?|ditto)(?:[ \t]++(?:[\"\u201c\u201d]|''))*",
              re.I)


def _ditto(signer: dict[str, Any], above: dict[str, Any], last: bool) -> None:
    """A ditto mark in a signer's row of a 1990s 10-K table repeats the cell above it: the
    title when the row has none yet and a cell follows ('"   "' for title and date), else
    the date."""
    if signer["title_lines"] or last and above["date"]:
        signer["date"] = signer["date"] or above["date"]
    else:
        signer["title_lines"] = list(above["title_lines"])


def _dates_each(row: list[Chunk], signers: list[dict[str, Any]], dates_of: Dates) -> bool:
    """Dates side by side below the signers read side by side from one row, each under its
    own column: each dates the signer above it (True when so read)."""
    last = signers[-len(row):]
    if len(last) < len(row) or any(s["date"] or s.get("ahead") for s in last) or len(
            {s.get("row") for s in last}) > 1 or last[0]["row"] < 0:
        return False  # (not one row's signers, or dated already)
    if not all(abs(s["col"] - c.start) <= 8 and dates_of[c.text]
               for s, c in zip(last, row, strict=True)):
        return False
    for signer, chunk in zip(last, row, strict=True):
        signer["date"] = dates_of[chunk.text][0][1]
    return True


def _dates_left(row: list[Chunk], chunk: Chunk, signer: dict[str, Any],
                dates_of: Dates) -> None:
    for other in row:
        if other.start < chunk.start:
            dates = dates_of[other.text]
            if dates:
                signer["date"] = dates[0][1]


def _title_left(row: list[Chunk], chunk: Chunk, signer: dict[str, Any],
                dates_of: Dates) -> None:
    """A title typed left of the signature on its row, the signer given none on the right
    ("Chief Executive Officer    /s/ Jane Doe", a table of "Title | Signature" cells): the
    signer's title when none is typed under it either (was: none). Only the cell next to
    the signature's (title_before)."""
    left = [c for c in row if c.end <= chunk.start]
    if left and not dates_of[left[-1].text] and (title := title_before(left[-1].text)):
        signer["left"] = title  # (taken when no line under the signature gives a title)


def _office_over(rows: list[list[Chunk]], k: int, passed: int, chunk: Chunk,
                 signers: list[dict[str, Any]]) -> str | None:
    """ "Chief Executive Officer" right over "By: /s/ Jane Doe" (or "/s/ Jane Doe", no
    "By:") in its column (a blank line
    between or not: HTML's paragraphs; wrapped: "President and Chief" over "Executive
    Officer"): the office the signer signs in, when no line under the signature gives a
    title; None for anything else (the last line of the signer above's title, read as that
    one's; an entity's "General Partner" under "By: Acme GP, LLC", at row `passed`)."""
    at = _row_over(rows, k)
    starts = _signature_columns(rows[k], chunk)
    over = [c for c in rows[at] if _in_signature_columns(c, starts, chunk)]
    if at == passed or len(over) != 1:
        return None
    text = over[0].text
    above = signers[-1] if signers and signers[-1]["title_lines"] else None
    if above is not None and text in above["title_lines"][-1] and not above.get("office_over"):
        return None

    def in_column(row: list[Chunk]) -> list[Chunk] | None:
        found = [c for c in row if _in_signature_columns(c, starts, chunk)]
        return found if len(found) == 1 else None

    lines = _wrapped_over(rows, at, passed, in_column)
    offices = _offices_of([over] if lines is None else [*lines, over])
    if above is not None and text in above["title_lines"][-1]:
        # the signer above signs under its own office: the lines read as its title, right
        # over this signature, are this one's office (offices over "By:" stacked, a blank
        # line between or not: HTML's paragraphs); else the signer above's last title line
        if not offices or squash(" ".join(above["title_lines"])) != squash(offices[0]):
            return None
        above["title_lines"] = []
    return offices[0] if offices else None


def _signature_columns(row: list[Chunk], chunk: Chunk) -> tuple[float, ...]:
    """The columns an office over the signature `chunk` may open at: the signature's, and
    that of a "By:" typed apart left of it ("By:  /s/ Jane Doe", the office over "By:", five
    columns left of the "/s/")."""
    at = row.index(chunk) if chunk in row else 0
    if at and len(row[at - 1].text) < 4 and _BY_WORD.match(row[at - 1].text):
        return (chunk.start, row[at - 1].start)
    return (chunk.start,)


def _in_signature_columns(over: Chunk, starts: tuple[float, ...], chunk: Chunk) -> bool:
    """A line over the signature `chunk` opening in one of its `starts` columns, or further
    right over the signature itself (an office indented or centred over "/s/ Jane Doe", five
    columns right of the "/s/")."""
    return any(abs(over.start - start) <= 4 for start in starts) \
        or chunk.start < over.start < chunk.end


def _office_over_blank(rows: list[list[Chunk]], k: int, passed: int, row: list[Chunk],
                       blank: list[dict[str, Any]], signers: list[dict[str, Any]]) -> None:
    """ "Chief Executive Officer" over one line left to sign on, the name typed under it:
    the signer's office (taken when no line under the name gives a title), as over a
    signature ("By: /s/ Jane Doe"); the signers above not yet joined by it."""
    if len(blank) != 1 or blank[0]["title_lines"] or not k:
        return
    rule = next((c for c in row if c.start == blank[0]["col"]), None)
    if rule is not None and (over := _office_over(rows, k, passed, rule, signers)):
        blank[0]["left"] = over


def _row_over(rows: list[list[Chunk]], k: int) -> int:
    """The row over row k's signature that may type its office: the one right over it, past
    a blank line (HTML's paragraphs) and past the rule to sign on ("Chief Financial
    Officer" over "__________" over "/s/ Jane Doe")."""
    at = k - 1 if rows[k - 1] or k < 2 else k - 2
    if at and rows[at] and rows[at][0].text[0] in RULE_CHARS and all(
            is_rule(c.text) for c in rows[at]):
        at -= 1
    return at


_OFFICE_LINES = 3  # an office typed over a signature wraps to three lines at most


def _wrapped_over(rows: list[list[Chunk]], at: int, passed: int,
                  pick: Callable[[list[Chunk]], list[Chunk] | None]) -> list[list[Chunk]] | None:
    """The lines right over row `at` (no blank line between, none signed, none an entity's)
    whose chunks `pick` finds in the signers' columns: an office's first lines wrapped over
    its last; None when there are none."""
    lines: list[list[Chunk]] = []
    top = at
    while top > passed + 1 and len(lines) < _OFFICE_LINES - 1 and rows[top - 1] and not any(
            is_signed(c.text) for c in rows[top - 1]) and (
            higher := pick(rows[top - 1])) is not None:
        top -= 1
        lines.insert(0, higher)
    return lines or None


def _offices_of(lines: list[list[Chunk]]) -> list[str] | None:
    """The offices typed over signers, a chunk a signer on each line (the first line opening
    each office, the others going on with it; lines over them that open none, a registrant's
    name, left out): one title a signer; None when a line opens no office or holds a date
    or a caption."""
    while len(lines) > 1 and not all(office_cell(c.text) for c in lines[0]):
        lines = lines[1:]
    offices = []
    for column, chunk in enumerate(lines[0]):
        title = title_before(chunk.text)
        rest = [line[column].text for line in lines[1:]]
        if title is None or not office_cell(chunk.text) or not all(map(_goes_on_office, rest)):
            return None
        offices.append(join_title([title, *rest], False))
    return offices


def _goes_on_office(text: str) -> bool:
    """A line that may go on with an office over it ("Executive Officer"): no date, caption,
    rule, signature or company's name."""
    return ":" not in text and not any(ch.isdigit() for ch in text) and not is_rule(
        text) and not is_signed(text) and not company_words(text)


def _offices_over(rows: list[list[Chunk]], k: int, passed: int, beside: list[dict[str, Any]],
                  signers: list[dict[str, Any]], cells: bool, dates_of: Dates) -> list[str] | None:
    """Offices typed right over signers side by side, one over each signer's column
    ("President and CEO    Chief Financial Officer" over "By: /s/ Jane Doe    By: /s/ John
    Roe", a blank line between or not; wrapped: "President and Chief" over "Executive
    Officer"; a "Date:" typed left of them, in a column or a cell): each signer's office,
    when no line under its signature gives one; None for anything else (a line not an
    office, a chunk over no signer's column, the last title lines of the signers above, an
    entity's lines under "By: Acme GP, LLC")."""
    at = _row_over(rows, k)
    if at == passed or (over := _over_each(rows[at], beside, cells, dates_of)) is None:
        return None
    count = len(beside)
    above = [line for s in signers[-count - 2 : -count] for line in s["title_lines"][-1:]]
    if any(c.text in line for line in above for c in over):
        return None  # (the signers above end their titles with these lines)
    lines = _wrapped_over(rows, at, passed,
                          lambda row: _over_each(row, beside, cells, dates_of))
    return _offices_of([over] if lines is None else [*lines, over])


def _over_each(row: list[Chunk], beside: list[dict[str, Any]], cells: bool,
               dates_of: Dates) -> list[Chunk] | None:
    """The row's chunks when one stands over each signer side by side (in cells, by order:
    rendered HTML drops empty cells, the date's cells opening the row dropped: "Date: March
    1, 2004 | President | Chief Financial Officer"; in columns, each in its signer's column,
    a chunk left of the first one's dropped: "Date: March 1, 2004"); None otherwise."""
    if not cells:
        row = [c for c in row if c.start + 4 >= beside[0]["col"]]
    else:
        row = _past_dates(row, len(beside), dates_of)
    if len(row) != len(beside):
        return None
    if not cells:
        for at, chunk in enumerate(row):
            if chunk.start + 4 < beside[at]["col"] or at + 1 < len(beside) and (
                    chunk.start + 4 >= beside[at + 1]["col"]):
                return None
    return row


def _past_dates(row: list[Chunk], count: int, dates_of: Dates) -> list[Chunk]:
    """A row of cells past the date's cells opening it ("Date:", "March 1, 2004", or both in
    one cell) while it holds more cells than `count` signers: the cells over the signers."""
    at = 0
    while len(row) - at > count and _date_text(row[at].text, dates_of):
        at += 1
    return row[at:] if at else row


def _registrant_left(row: list[Chunk], chunk: Chunk, name_keys: list[str],
                     dates_of: Dates) -> str | None:
    """A company's name typed left of a "By:" signature on its row ("ACME CORP.     By:
    /s/ Jane Doe", the name and title under "By:"; "Dated: March 3, 2003 | ACME CORP. | By:
    | /s/ Jane Doe" in cells): the registrant, when the block has named none (was: none) or
    a signer has signed for the one named last (a second registrant's block: was the first's).
    Only one cell left of it, past the date's, and a name ending in a company word or the
    filer's own (not a title or a person's name typed left of the signature)."""
    left = [c for c in row if c.end <= chunk.start and not _date_text(c.text, dates_of)
            and not (c.text[:2].lower() == "by" and _BY_WORD.match(c.text))]
    if len(left) != 1:
        return None
    text = left[0].text.rstrip()
    if "egistrant" in text or "EGISTRANT" in text:
        # "Registrant: ACME CORP.", "ACME CORP. (Registrant)" left of "By: /s/ Jane Doe": the
        # name, not its caption
        text = labelled_registrant(text) or text
    if not (company_words(text) or name_keys and any(
            same_keys(company_key(text), key) for key in name_keys)):
        return None
    if not is_registrant_line(text, name_keys, dates_of) or TITLE_WORD.match(text):
        return None
    return squash(STATE_TAIL.sub("", text) if "," in text else text)


def _dated_row(row: list[Chunk], dates_of: Dates) -> tuple[list[Chunk], str] | None:
    """(the row's other chunks, the date) of a row opening with a date's caption and its
    date ("Date: January 25, 2007" | "ALABAMA POWER COMPANY"); None for any other row, or
    one with nothing beside the date."""
    if not DATE_LABEL.match(row[0].text):
        return None
    named = [c for c in row if not _date_text(c.text, dates_of)]
    ids = {id(c) for c in named}
    dated = next((d[0][1] for c in row if id(c) not in ids and (d := dates_of[c.text])), None)
    return (named, dated) if named and dated is not None else None


def _names_registrant(row: list[Chunk], names_low: list[str]) -> bool:
    """The row opens with a registrant's name (`names_low`: the names in lower case)."""
    text = _row_text(row).lower()
    return any(text.startswith(n) for n in names_low)


def _said_again(line: str, below: str) -> bool:
    """The title line `below` opens with `line`, word for word ("President" over "President
    and Chief Executive Officer"; not "Director" over "Directors' Representative")."""
    line = line.rstrip(" ,")
    return line[:1].isupper() and len(below) > len(line) and below[len(line)] in " ,(" \
        and below[: len(line)].lower() == line.lower()


_FULL_STOP = lazy(r"(?<=[a-z]{4})\.$")


_CLOSING = {"(": ")", "[": "]"}


# "his attorney-in-fact", "her Attorney in Fact", "their attorneys-in-fact": an attorney's
# capacity, said of whom it signs for
_WHOSE_ATTORNEY = lazy(r"(?:his|her|their)[ \t]+(?=attorneys?[ \t-]in[ \t-]fact\b)", re.I)


def _finish(signer: dict[str, Any], default_date: str | None, registrant: str | None,
            cells: bool) -> dict[str, Any]:
    # (a footnote's mark after a title line or the name: "Attorney-in-Fact*", "Director (1)")
    lines = [line for line in map(unmarked, signer["title_lines"]) if line]
    name = unmarked(signer["name"])
    if signer.get("md"):
        # "Jane Doe, MD" typed under the signature: a designation over a title's lines, else
        # the title itself ("MD": a managing director)
        if lines:
            name = f"{name}{signer['md']}"
        else:
            lines = [signer["md"].lstrip(", ")]
    if len(lines) > 1:
        # "Attorney-in-fact" in the row's title cell and typed again under the name: once
        lines = [line for at, line in enumerate(lines)
                 if not at or line.lower() != lines[at - 1].lower()]
        # "/s/ John Roe, President" over "President and Chief Executive Officer": the title
        # on the signature's line, typed again in full under it, is said once
        lines = [line for at, line in enumerate(lines)
                 if at + 1 == len(lines) or not _said_again(line, lines[at + 1])]
    if len(lines) > 1 and lines[0][:3].lower() == "as " and set(
            lines[0][3:].lower().split()) <= set(lines[1].lower().replace(",", " ").split()):
        lines = lines[1:]  # "/s/ John Smith, as President   President and Director": once
    title = squash(join_title(lines, cells) if lines else "").strip(" ,") or None
    if title and title[-1] == "." and _FULL_STOP.search(title):
        title = title[:-1]  # "Member of the / Executive Board.": not "Inc." or "Corp."
    if title and title[:3].lower() == "as ":
        title = title[3:].lstrip() or None  # "Jane Doe, as Attorney-in-Fact": the capacity
    elif title and title[0] in "HhTt" and (whose := _WHOSE_ATTORNEY.match(title)):
        title = title[whose.end() :]  # "Jane Doe, her attorney-in-fact": the capacity too
    if title and ("ttorney" in title or "TTORNEY" in title):
        # "Pursuant to Power of Attorney": an attorney-in-fact; "Jane Roe, Attorney-in-Fact
        # for Fred D. Anderson" over his offices: for him (their offices are his)
        head = attorney_title(squash(lines[0]).strip(" ,").removeprefix("as ")) \
            if len(lines) > 1 else ""
        title = head if head[:8].lower() == "attorney" and "fact for " in head.lower() \
            else attorney_title(title)
    if title and title[0] in "([" and title[-1] == _CLOSING.get(title[0]) \
            and title.count(title[0]) == 1 and title.count(title[-1]) == 1:
        # "(Chief Financial Officer)", "[Chief Financial Officer]" alone: the office
        title = title[1:-1].strip() or None
    if registrant and registrant[-1] == ",":
        registrant = registrant[:-1]  # "ACME, INC.," over "a Delaware corporation"
    return {"registrant": registrant, "name": name, "title": title,
            "date": signer["date"] or signer.get("ahead") or signer.get("named")
            or signer.get("stated") or (signer["part"] if "part" in signer else default_date)}


# Forms whose signers sign for themselves, not for the company the record names: a
# schedule's filing persons (its registrant is the subject company), an insider's Forms 3, 4,
# 5 and 144, the SEC staff's letters
_FOR_THEMSELVES = lazy(r"SC\b|[345](?:/A)?$|144\b|UPLOAD", re.I)


def apply(ctx: Context) -> None:
    primary = ctx.primary
    if primary is None:
        return
    names = [r["name"] for r in ctx.record["registrants"] if r.get("name")]
    found: list[dict[str, Any]] = []
    if primary.readable:
        text = primary.text
        # the block follows the last item (from its line's start); do not read a TOC or the
        # cover
        pos = text.rfind("\n", 0, ctx.items[-1].start) + 1 if ctx.items else 0
        block = signature_block(text, pos)
        if block:
            signs_for = names[0] if len(names) == 1 and not _FOR_THEMSELVES.match(
                ctx.form_type or "") else None
            found = _read_in_parts(block, primary.format, names, signs_for)
    if not found:  # Forms 3/4/5 and 13F sign without a SIGNATURES section, letters too
        found = form_signatures(primary.body, primary.text if primary.readable else None,
                                names[0] if names else None, ctx.form_type)
    if not found and primary.readable and _LETTER.match(ctx.form_type or ""):
        # a letter with no complimentary close, signed as a report is: "Alltel Corporation"
        # over "By: /s/ Francis X. Frantz", "Name: ...", "Title: ..." (CORRESP 2005)
        block = _signed_tail(primary.text)
        if block:
            signs_for = names[0] if len(names) == 1 and ctx.form_type[0] in "Cc" else None
            found = parse_signatures(block, rendered_cells(primary.format, block), names, signs_for)
            dated = letter_date(primary.text.split("\n", 60)[:60])
            for signer in found:  # (a date in the lines over it is the letter's text's)
                signer["date"] = dated or signer["date"]
    ctx.record["signatures"] = found


_LETTER = lazy(r"(?:CORRESP|UPLOAD)\b", re.I)


def _read_in_parts(block: str, fmt: str, names: list[str],
                   signs_for: str | None) -> list[dict[str, Any]]:
    """The signers of a block, each registrant's part read as it was rendered: an HTML
    document's block holding two reports' signatures, each under its own "Pursuant to the
    requirements ..." sentence (a combined 8-K), one typed in columns (a <pre> block) and
    one in table cells, is read part by part, each in its own layout (read as one, the
    cells' lines under a tab-placed signature fall left of its column: no title). A 10-K's
    second sentence ("... signed below by the following persons ...") parts it so too."""
    cells = rendered_cells(fmt, block)
    if fmt != "html" or cells:
        return parse_signatures(block, cells, names, signs_for)
    starts = [m.start() for m in PURSUANT.finditer(block)]
    # (a sentence with text over it starts a part: a 10-K's second, "... of the Securities
    # Exchange Act ...", under a first its pattern does not know, "... of Section 13 or 15(d)")
    cuts = [at for at in starts if (at == 0 or block[at - 1] == "\n") and block[:at].strip()]
    parts = [block[a:b] for a, b in zip([0, *cuts], [*cuts, len(block)], strict=True)]
    laid = [rendered_cells(fmt, part) for part in parts]
    if len(parts) < 2 or all(laid) or not any(laid):
        return parse_signatures(block, cells, names, signs_for)
    found: list[dict[str, Any]] = []
    for part, part_cells in zip(parts, laid, strict=True):
        signers = parse_signatures(part, part_cells, names, signs_for)
        if found and not any(s["date"] for s in signers):
            # a part that prints no date ("... on the date indicated", none indicated) is
            # dated as the block read whole is: by the part over it
            dated = next((s["date"] for s in reversed(found) if s["date"]), None)
            for signer in signers:
                signer["date"] = dated
        found.extend(signers)
    return found


def _signed_tail(text: str) -> str:
    """The end of a letter from three lines above its last "/s/" (the name of the company
    signing goes over it), or ""."""
    at = max(text.rfind("/s/"), text.rfind("/S/"))
    if at < 0:
        return ""
    start = at
    for _ in range(4):
        start = text.rfind("\n", 0, max(0, start - 1))
        if start < 0:
            break
    return text[start + 1 : start + 1 + 2000]
