"""Quotes in straight single marks, as UK and Australian releases filed as plain text print
them ("John Smith, Chief Executive, said: 'We have delivered a strong year.'"), where the
same mark is also the apostrophe ("Group's", "shareholders' support")."""

from __future__ import annotations

_OPENERS = frozenset("([{\u2014\u2013-/")


def may_hold_singles(para: str) -> bool:
    """Whether a straight single mark opens a word ("said: 'We ..."), not only apostrophes
    inside words: a find per mark, several times faster than searching " '" (a blank
    starts too many false matches)."""
    at = para.find("'")
    while at >= 0:
        if at == 0 or para[at - 1] in _BEFORE_OPEN:
            return True
        at = para.find("'", at + 1)
    return False


_BEFORE_OPEN = frozenset(" \t([{\u2014\u2013-/")


def straight_singles_doubled(para: str) -> str:
    """The paragraph with each straight single-quoted span's marks made curly double ones
    (same length, so offsets hold). A mark opens after a blank or a bracket and before a
    letter ("'90s" opens nothing) and closes after any non-blank when no letter follows it
    ("'A2' from", "pleased' with"), never between two letters ("Group's"). A span of a few
    words or one with no lower-case word past a particle is a name or a scare quote ("'Widget
    Pro'", "'the Rock'", "'Project Atlas' cost"): its marks stay, so it neither quotes nor
    opens; in said words an "s" and its mark before a lower-case word is a plural's
    apostrophe ("'We thank our shareholders' support ...'"), no close. An opening mark with
    no close is kept only at the paragraph's start or after a colon ("said: 'We ..."), where
    a quote over several paragraphs goes on."""
    chars = list(para)
    size = len(para)
    opened = -1
    at = para.find("'")
    while at >= 0:
        before = para[at - 1] if at else " "
        after = para[at + 1] if at + 1 < size else " "
        if opened < 0:
            if (before.isspace() or before in _OPENERS) and after.isalpha():
                opened = at
        elif not before.isspace() and not after.isalpha():
            # (a bounded look: a long span has its four words well before 120 characters)
            spoken = _spoken(para[opened + 1 : min(at, opened + 121)])
            if not (spoken and before == "s" and after == " " and para[at + 2 : at + 3]
                    .islower()):  # (else a plural's apostrophe in said words, go on)
                if spoken:
                    chars[opened], chars[at] = "\u201c", "\u201d"
                opened = -1
        at = para.find("'", at + 1)
    if opened == 0 or (opened > 1 and para[opened - 2] == ":"):
        chars[opened] = "\u201c"  # (a quote going on in the paragraph under it)
    return "".join(chars)


# lower-case words that name things too ("'Bank of America Merrill Lynch'", "'Best Place to
# Work'"): no sign of a sentence
_PARTICLES = frozenset("a an and the of to in on for at by with de la du von van".split())


def _spoken(span: str) -> bool:
    """Whether a closed single-marked span reads as said words, not a name or a scare
    quote: four words or more, one of them lower case and no particle ("have", "remain")."""
    words = span.split()
    return len(words) >= 4 and any(
        w.islower() and w.strip(".,;:!?") not in _PARTICLES for w in words)
