"""Quotes in straight single marks, as UK and Australian releases filed as plain text print
them ("John Smith, Chief Executive, said: 'We have delivered a strong year.'"), where the
same mark is also the apostrophe ("Group's", "shareholders' support")."""

from __future__ import annotations

_OPENERS = frozenset("([{\u2014\u2013-/")
_CLOSE_BEFORE = frozenset(".,!?\u2026")
_CLOSE_NEXT = frozenset(",.;:!?)\u2014\u2013")


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
    letter ("'90s" opens nothing) and closes after a stop or comma, or before punctuation,
    never between two letters ("Group's"); an opening mark with no close is kept only at
    the paragraph's start or after a colon ("said: 'We ..."), where a quote over several
    paragraphs goes on."""
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
        elif not before.isspace() and not (before.isalpha() and after.isalpha()) and (
                before in _CLOSE_BEFORE or after in _CLOSE_NEXT or at + 1 == size):
            chars[opened], chars[at] = "\u201c", "\u201d"
            opened = -1
        at = para.find("'", at + 1)
    if opened == 0 or (opened > 1 and para[opened - 2] == ":"):
        chars[opened] = "\u201c"  # (a quote going on in the paragraph under it)
    return "".join(chars)
