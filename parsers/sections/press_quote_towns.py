"""The town of a speaker's firm printed alone after its legal form, no part of the role:
'stated Howard Kirby, president of Teltrend Inc., Aurora.' (wire releases of the 1990s) when
the release names that word as a town elsewhere, with its state ("based in Aurora, Illinois",
the dateline "AURORA, Ill."). A town the city list holds, or printed with its state, is cut
where the role is read (press_quote_who._without_firm_place); a word named nowhere as a town
may be a division ("Acme Inc., Aerospace") and stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..values import state_code
from .press_contact_vocab import DEPARTMENT_WORDS, ENTITY_END
from .press_patterns import ROLE_WORDS
from .press_quote_who import LEGAL_FORMS

# Capitalised words after a legal form that are no town: a rank, a longer legal form or a
# department or region the job is over ("Vice President of Acme Inc., Sales")
_NOT_TOWN = DEPARTMENT_WORDS | frozenset(
    "retired ret emeritus incorporated worldwide international".split())


def _firm_town(role: str) -> str | None:
    """The word or two closing ``role`` after its firm's legal form and a comma ("Aurora" of
    "president of Teltrend Inc., Aurora", "St. Charles"), if they may be a town: capitalised,
    no legal form ("Co., Ltd."), job ("Inc., Chairman"), rank or department."""
    cut = role.rfind(", ")
    town = role[cut + 2 :]
    words = town.split()
    if cut <= 0 or not 0 < len(words) <= 2 or not role[:cut].endswith(LEGAL_FORMS) or (
            ENTITY_END.search(town)):
        return None
    for word in words:
        bare = word.rstrip(".")
        if not (bare[:1].isupper() and bare.isalpha() and bare[1:].islower()) or (
                bare.lower() in _NOT_TOWN or bare.lower() in ROLE_WORDS):
            return None
    return town


def without_named_town(role: str, paras: Sequence[str]) -> str:
    """``role`` less its firm's town printed alone after the legal form, when ``paras`` (the
    release) print that town with its state ("Aurora, Illinois", "AURORA, Ill.")."""
    town = _firm_town(role)
    if town is None:
        return role
    named = re.compile(rf"(?i:\b{re.escape(town)}),[ \t]*+(?P<state>[A-Z][A-Za-z]{{0,14}}+\.?"
                       r"(?:[ \t]?[A-Z][A-Za-z]{0,14}+\.?)?)")
    for para in paras:
        if town.lower() not in para.lower():
            continue
        for found in named.finditer(para):
            state = found["state"]
            if _state(state) or _state(state.split()[0]):
                return role[: -len(town) - 2]
    return role


def _state(word: str) -> bool:
    """Whether ``word`` is a US state ("Illinois", "Ill.", "IL"; two letters in capitals or
    with a stop: "In", "Me" after a comma are words)."""
    bare = word.rstrip(".")
    return state_code(bare) is not None and (len(bare) > 2 or bare.isupper() or bare != word)
