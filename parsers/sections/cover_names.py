"""Is "CTC COMMUNICATIONS GROUP, INC." the same company as "CTC COMMUNICATIONS GROUP INC"?

The header's conformed names drop punctuation, abbreviate suffixes and append state tags
("HOME HEALTH CORP OF AMERICA INC \\PA\\"); a cover prints the charter name. Compare keys.
"""

from __future__ import annotations

import re

_STATE_TAG = re.compile(r"[\\/][A-Z]{2,3}[\\/]?\s*$")
_SUFFIXES = {
    "CORPORATION": "CORP", "INCORPORATED": "INC", "COMPANY": "CO", "LIMITED": "LTD",
    "&": "AND", "THE": "", "INTL": "INTERNATIONAL", "HLDGS": "HOLDINGS",
}


_WORD = re.compile(r"[A-Z0-9&]+")


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
