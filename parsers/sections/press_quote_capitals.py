"""A full name printed in capitals in running text or a caption ("JOHN SMITH, PRESIDENT AND
CEO" under a photo, "Pericom named ALEX HUI to the board.") that a later quote's bare surname
means ('"...," Smith said.'): the speaker is the name as printed, with the role printed
after it, as press_quotes reads a full name in mixed case (a short paragraph in capitals is
read as a heading, not cased, so its names were found by no mixed-case pattern)."""

from __future__ import annotations

from ..lazy_re import lazy
from .person_names import NOT_NAME, cased
from .press_patterns import ROLE_WORDS
from .press_quote_initials import person_name

# The words before a surname in capitals that may be its given name and initials: two or
# three capitals words or initials ending right before it ("ALEX ", "JOHN A. ", "J. MICHAEL ")
_BEFORE = lazy(r"(?:[A-Z][A-Z'\u2019-]*+\.?[ \t]++){1,3}$")
_LOOK_BACK = 40  # characters before the surname read for its given name
_INITIAL = lazy(r"[A-Z]\.$")
_WORD = lazy(r"[^ \t]++[ \t]++")
# a firm's words after a name ("inc", "llc", "group"; not a sentence's "today", "the")
_FIRM_WORDS = frozenset(w.rstrip(".").lower() for w in NOT_NAME) - frozenset(
    "the today this that these those we our it its their".split())


def capitals_mention(text: str, surname: str) -> tuple[int, int] | None:
    """(start, end) in ``text`` of the last full name in capitals ending in ``surname``
    ("Hui" -> "ALEX HUI", "Smith" -> "JOHN A. SMITH"): a given name (or an initial and
    one) and maybe a middle initial, which read cased make a person's name; None when the
    text prints none."""
    key = surname.upper()
    if len(key) < 2 or key == surname or not key.isupper():
        return None  # (a surname already in capitals reads as printed)
    at = text.rfind(key)
    while at > 0:
        end = at + len(key)
        if text[at - 1] in " \t" and not text[end : end + 1].isalnum() and (
                found := _given_before(text, at, end)) is not None:
            return found
        at = text.rfind(key, 0, at)
    return None


def _given_before(text: str, at: int, end: int) -> tuple[int, int] | None:
    """The start of the given name before the surname at ``at`` as a (start, end) span,
    when the words before it are one (a job or a firm before the name is none of it:
    "PRESIDENT ALEX HUI" -> "ALEX HUI")."""
    lo = max(0, at - _LOOK_BACK)
    m = _BEFORE.search(text[lo:at])
    if m is None:
        return None
    words = m.group().split()
    total = len(words)
    # a given name, or an initial and one, maybe a middle initial: the last two or three
    if len(words) == 3 and not (_INITIAL.match(words[1]) or _INITIAL.match(words[0])):
        words = words[1:]
    if len(words) == 2 and not (_INITIAL.match(words[1]) or _INITIAL.match(words[0])):
        words = words[1:]
    first = words[0]
    if first.rstrip(".").lower() in ROLE_WORDS or not first[1:2].isalpha() and (
            not _INITIAL.match(first)):
        return None
    name = [*words, text[at:end]]
    read = " ".join(w if _INITIAL.match(w) else _read(w) for w in name)
    if person_name(read) is None or any(w in NOT_NAME for w in read.split()):
        return None
    if _firm_after(text, end):
        return None
    start = lo + m.start()
    for _ in range(total - len(words)):  # (past the words dropped, whatever blanks part them)
        start = _WORD.match(text, start).end()
    return start, end


def _firm_after(text: str, end: int) -> bool:
    """Whether a firm's word follows the name ("GOLDMAN SACHS & CO.", "JOHN DEERE LLC"): a
    firm's, no person's."""
    words = text[end : end + 14].split(None, 1)
    word = words[0].strip(".,").lower() if words else ""
    return word == "&" or word in _FIRM_WORDS


def _read(word: str) -> str:
    """A word in capitals cased ("SMITH-JONES" -> "Smith-Jones"; "" or a hyphen's empty part
    as printed)."""
    return cased(word) if word and all(word.split("-")) else word


def printed_span(name: str, cased_text: str, text: str) -> str:
    """``name`` read in ``cased_text`` as ``text`` prints it at the same place (the two the
    same length): the role after a name in capitals, read cased, in its capitals."""
    at = cased_text.find(name)
    return text[at : at + len(name)] if at >= 0 else name

