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


def company_key(name: str) -> str:
    name = _STATE_TAG.sub("", name.upper())
    words = re.findall(r"[A-Z0-9&]+", name)
    return " ".join(w for w in (_SUFFIXES.get(w, w) for w in words) if w)


def same_company(a: str, b: str) -> bool:
    ka, kb = company_key(a), company_key(b)
    if ka == kb:
        return True
    # "APPLE INC" vs "APPLE INC." and legal-suffix-only differences ("SOUTHERN CO" vs
    # "THE SOUTHERN COMPANY"): compare without the final suffix word
    strip = {"INC", "CORP", "CO", "LTD", "LLC", "LP", "PLC", "NV", "SA", "AG"}
    ta = [w for w in ka.split() if w not in strip]
    tb = [w for w in kb.split() if w not in strip]
    return bool(ta) and ta == tb
