"""A row of a 10-K's table of signers typed with no "/s/" ("JOHN SMITH   Director   March 18,
1999" in a conformed copy whose other rows are signed): a signer, unless it is the name of a
signer typed again (under its "/s/", maybe a blank line and a rule between, or over it, its
title wrapped) or no person beside an office ("Commercial Paper  matures January 15, 1999",
"Acme Funding  Co-Registrant", "Robert Booe  served as director until  March 18, 1999").
"""

from __future__ import annotations

import re
from typing import Any

from ..lazy_re import lazy
from .cover_chunks import Chunk
from .signature_block import has_mark, is_rule, is_signed
from .signature_dates import Dates
from .signature_names import name_of, same_signer, typed_name
from .signature_registrants import company_words

# an office named in a title cell ("Director", "Vice President and Chief", "(Principal
# Executive Officer)", "Attorney-in-Fact"); not "Co-Registrant", "Guarantor", "Witness"
_OFFICE = lazy(
    r"\b(?:Director|Trustee|Officer|President|Chair(?:man|woman|person)?|Chief|Treasurer"
    r"|Secretary|Controller|Comptroller|Partner|Manager|Managing|Attorney|Principal|Governor"
    r"|Member|CEO|CFO|COO|CAO)s?\b", re.I)
# the small words a title holds in lower case ("Member of the Board", "Attorney-in-fact")
_TITLE_LOWER = frozenset("and of the for to in at on & - a an".split())
# words of a caption or a role, no person's name ("Conformed Signature", "Witness")
_NOT_NAMES = frozenset(
    "signature signatures signed conformed original name title date witness by".split())


def unsigned_row(rows: list[list[Chunk]], k: int, last: dict[str, Any] | None,
                 col: float, dates_of: Dates) -> tuple[list[Chunk], int]:
    """Row k of a table whose signature column starts at `col`, `last` the signer above it
    (open, or closed a few rows up): its name chunk when it is an unsigned signer, and the
    row of the "/s/" under it when it types that signature's name over it (-1 if none)."""
    row = rows[k]
    chunk = row[0]
    name = chunk.text.rstrip(" ,")
    if not (typed_name(name) or _surname_first(name)) or company_words(name) \
            or not _NOT_NAMES.isdisjoint(name.lower().split()):
        return [], -1  # (not "ARTHUR ANDERSEN LLP" over an auditors' consent)
    if last is not None and last["name"] and same_signer(name, last["name"]):
        return [], -1  # "Pierre J. de Weck" typed under "/s/ Pierre de Weck"
    title = row[1].text
    dated = any(dates_of[c.text] for c in row[1:])
    # "MICHAEL BRAUDE      <no office>      March 18, 1999" under a blank line: a signer
    # whose office was left out, not the name of a registrant
    no_office = len(row) == 2 and k > 0 and not rows[k - 1] and bool(dates_of[title])
    if not no_office and (
            dates_of[title] or not _is_office(title) or not dated and last is not None):
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


def _surname_first(name: str) -> bool:
    """A name typed surname first, as 1990s tables list them ("WHITE, JOHN P.", "Braude,
    Michael"): one surname word, a comma, then the given names."""
    surname, comma, given = name.partition(",")
    return bool(comma) and " " not in surname and "," not in given \
        and typed_name(f"{given.strip()} {surname}")


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
