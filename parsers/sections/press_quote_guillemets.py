"""Quotes in guillemets, as English releases of Russian, Swiss and Canadian issuers print
them ('said: \u00abWe are delighted ...\u00bb', '\u00ab We ... \u00bb, said Jane Doe'):
read as curly double marks. The same releases set firm names in them too ('OJSC \u00abAcme
Steel\u00bb'): those stay as printed, no quote."""

from __future__ import annotations

from ..lazy_re import lazy

# lower-case words that name things too ("\u00abBank of Moscow\u00bb"): no sign of a sentence
_PARTICLES = frozenset("a an and the of to in on for at by with de la du von van".split())
_MARK = lazy("[\u00ab\u00bb]")


def may_hold_guillemets(para: str) -> bool:
    """Whether an opening guillemet is printed (one find per paragraph)."""
    return "\u00ab" in para


def guillemets_doubled(para: str) -> str:
    """The paragraph with each guillemet-quoted span that reads as said words made curly
    double marks (same length, so offsets hold); a name ("\u00abAcme Steel\u00bb",
    "\u00abGazprom neft\u00bb") keeps its marks, and so does one nested in a quote, which
    closes at its own mark. An opening mark with no close is a quote going on in the
    paragraph under it. Only where no double mark is printed: inside a double-quoted
    paragraph a guillemet marks a name, which stays in its quote."""
    chars = list(para)
    at = para.find("\u00ab")
    while at >= 0:
        close = _closing(para, at)
        if close < 0:
            chars[at] = "\u201c"
            break
        if _spoken(para[at + 1 : min(close, at + 121)]):
            chars[at], chars[close] = "\u201c", "\u201d"
        at = para.find("\u00ab", close + 1)
    return "".join(chars)


def _closing(para: str, at: int) -> int:
    """Where the guillemet opened at ``at`` closes, an inner pair (a name in the quote)
    counted as a level; -1 when it stays open. Each call reads on from ``at`` only, and
    the caller resumes past the close: one pass over the paragraph."""
    depth = 0
    for m in _MARK.finditer(para, at):
        depth += 1 if m.group() == "\u00ab" else -1
        if not depth:
            return m.start()
    return -1


def _spoken(span: str) -> bool:
    """Whether a span reads as said words, not a name: a lower-case word past a particle,
    and four words or more or a sentence's end mark closing it ("\u00abWe grew.\u00bb");
    short name-like spans ("\u00abGazprom neft\u00bb", "\u00abMoscow exchange\u00bb",
    "\u00abGazprom transgaz Moscow\u00bb") are firms and brands, not quotes (a bounded
    look: a sentence has its four words well within its first 120 characters)."""
    words = span.split()
    if len(words) < 4 and not (len(words) > 1 and words[-1][-1] in ".!?"):
        return False
    return any(w.islower() and w.strip(".,;:!?") not in _PARTICLES for w in words)
