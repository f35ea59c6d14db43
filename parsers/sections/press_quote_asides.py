"""An aside between a lead-in's verb and its quote: 'Jane Doe, CEO, said, among other
things, "..."', 'John Smith stated, in a statement issued today, "..."' (set off by commas
after the verb: what or where was said, no part of the speaker, who is read before the verb
as after 'said, "')."""

from __future__ import annotations

from ..lazy_re import lazy
from .press_patterns import VERBS

# The verb, its comma, then a lower-case aside of up to 60 characters closed by a comma or a
# colon at the text's end (bounded: one scan per verb the text holds; the comma may be a
# date's, blanked: see without_aside)
_ASIDE = lazy(
    rf"\b(?P<verb>{VERBS}),[ \t]++[a-z][^,:;\"\u201c\u201d\n]{{0,60}}[,:]?[ \t]*$")


def without_aside(sentence: str, blanked: str) -> str | None:
    """The lead-in up to its verb when an aside set off by commas closes it ("Jane Doe said,
    among other things," -> "Jane Doe said"), else None; ``blanked``: the sentence with its
    dates' commas blanked ("said, on March 1, 2010,"), the same length."""
    if sentence.rstrip()[-1:] not in (",", ":") or sentence.count(",") < 2:
        return None  # (string tests before the scan)
    m = _ASIDE.search(blanked)
    return sentence[: m.end("verb")] if m else None


# What a quote is "according to" before its speaker: "a statement from Jane Doe, CEO", "a
# press release issued by John Smith" (the speaker is the name after it)
_SOURCE = lazy(
    r"(?:a|an|the)[ \t]+(?:(?:news|press|prepared|written|joint)[ \t]+)?(?:statement|release"
    r"|letter|memo|e-?mail)[ \t]+(?:(?:issued|released|sent)[ \t]+)?(?:by|from)[ \t]+"
    r"(?=[A-Z])")


def without_source(who: str) -> str:
    """``who`` without the document it names before the speaker ("a statement from Jane
    Doe, CEO" -> "Jane Doe, CEO")."""
    m = _SOURCE.match(who) if who[:1] in "at" else None
    return who[m.end() :] if m else who


# ... or after a quote, between the verb and the speaker: '"...," said, in a statement, Jane
# Doe, CEO' (a comma alone too: '," said, Jane Doe')
_VERB_ASIDE = lazy(
    rf"[ \t,;\u2014-]*+(?:{VERBS})(?P<aside>,[ \t]++(?:[a-z][^,:;\"\u201c\u201d\n]{{0,60}},"
    r"[ \t]++)?)(?=[A-Z])")


def verb_aside_blanked(sentence: str) -> str | None:
    """The sentence after a quote with the aside after its opening verb blanked ('said, in
    a statement, Jane Doe' -> 'said                 Jane Doe': the same length, so offsets
    into it hold), or None when it has none."""
    m = _VERB_ASIDE.match(sentence)
    if m is None:
        return None
    start, end = m.span("aside")
    return f"{sentence[:start]}{' ' * (end - start)}{sentence[end:]}"
