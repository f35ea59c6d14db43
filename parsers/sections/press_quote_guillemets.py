"""Quotes in guillemets, as English releases of Russian, Swiss and Canadian issuers print
them ('said: \u00abWe are delighted ...\u00bb', '\u00ab We ... \u00bb, said Jane Doe'):
read as curly double marks. The same releases set firm names in them too ('OJSC \u00abAcme
Steel\u00bb'): those stay as printed, no quote."""

from __future__ import annotations

# lower-case words that name things too ("\u00abBank of Moscow\u00bb"): no sign of a sentence
_PARTICLES = frozenset("a an and the of to in on for at by with de la du von van".split())


def may_hold_guillemets(para: str) -> bool:
    """Whether an opening guillemet is printed (one find per paragraph)."""
    return "\u00ab" in para


def guillemets_doubled(para: str) -> str:
    """The paragraph with each guillemet-quoted span that reads as said words made curly
    double marks (same length, so offsets hold); a name ("\u00abAcme Steel\u00bb", no
    lower-case word past a particle) keeps its marks. An opening mark with no close is a
    quote going on in the paragraph under it. Only where no double mark is printed: inside
    a double-quoted paragraph a guillemet marks a name, which stays in its quote."""
    chars = list(para)
    at = para.find("\u00ab")
    while at >= 0:
        close = para.find("\u00bb", at + 1)
        if close < 0:
            chars[at] = "\u201c"
            break
        if _spoken(para[at + 1 : min(close, at + 121)]):
            chars[at], chars[close] = "\u201c", "\u201d"
        at = para.find("\u00ab", close + 1)
    return "".join(chars)


def _spoken(span: str) -> bool:
    """Whether a span reads as said words, not a name: a lower-case word past a particle
    (a bounded look: a sentence has one well within its first 120 characters)."""
    return any(w.islower() and w.strip(".,;:!?") not in _PARTICLES for w in span.split())
