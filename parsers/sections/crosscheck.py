"""Warnings where two sources of the same fact disagree, or a section is announced but empty.

Codes: `item_information_mismatch` (the header's ITEM INFORMATION names an item the text does
not have, or the text has an item the header does not name), `item_empty` (an item heading
with no text, unless the form reserves the item: "Item 6. [Reserved]"), `no_items` (an 8-K
whose items were not found). Cover/header disagreements are raised where they are found
(`cover_mismatch`, in cover.py).
"""

from __future__ import annotations

import re

from ..pipeline import Context
from ..regex_cache import compiled

_WORD = compiled(r"[a-z0-9]+")
# The old 8-K items added in 2003 (10 code of ethics, 11 blackout periods, 12 results of
# operations), which EDGAR's ITEM INFORMATION printed as an empty line until August 2004:
# a header cannot name them
_UNLABELLED = frozenset({"10", "11", "12"})
# a title that says the form has no such item any more: nothing to print under it
_RESERVED = compiled(r"[\[(]?(?:Removed\s+and\s+)?Reserved[\])]?\.?", re.I)
_STOP = {"of", "and", "or", "the", "a", "an", "to", "in", "on", "under", "s", "for"}


def _words(title: str | None) -> set[str]:
    return {w for w in _WORD.findall((title or "").lower()) if w not in _STOP}


def titles_agree(a: str | None, b: str | None) -> bool:
    """ "Other events" ~ "Other Events"; "Financial statements and exhibits" ~ "Financial
    Statements, Pro Forma Financial Information and Exhibits" (one's words inside the other)."""
    return _agree(_words(a), _words(b))


def _agree(wa: set[str], wb: set[str]) -> bool:
    """titles_agree of the titles' words."""
    if not wa or not wb:
        return False
    return wa <= wb or wb <= wa or len(wa & wb) / len(wa | wb) >= 0.6


def crosscheck(ctx: Context) -> None:
    items = ctx.items
    form = ctx.form_type or ""
    for item in items:
        # (`isspace` stops at the first letter; `strip` copied a 10-K item's whole text)
        if (not item.text or item.text.isspace()) and not _RESERVED.fullmatch(item.title or ""):
            ctx.warn("item_empty", f"item {item.number} has a heading but no text")
    if form.startswith("8-K") and ctx.primary is not None and ctx.primary.readable \
            and not items:
        ctx.warn("no_items", "no item headings found in the 8-K's text")
    header = ctx.envelope.header if ctx.envelope else None
    listed = (header or {}).get("item_information") or []
    listed = [t for t in (listed if isinstance(listed, list) else [listed]) if isinstance(t, str)]
    if not listed or not items:
        return
    # (each title's words once: every listed title is compared with every item's two)
    names = [(i.number, i.standard_title, i.title, _words(i.standard_title), _words(i.title))
             for i in items]
    numbers = {i.number for i in items}
    listed_words = [_words(t) for t in listed]
    for title, words in zip(listed, listed_words, strict=True):
        if title.strip().rstrip(".") in numbers:
            continue  # some headers list the number ("ITEM INFORMATION: 7"), not the title
        if not any(_agree(words, std) or _agree(words, printed)
                   for _, _, _, std, printed in names):
            ctx.warn("item_information_mismatch",
                     f"header ITEM INFORMATION {title!r} matches no item in the text")
    listed_numbers = {t.strip().rstrip(".") for t in listed}
    for number, std, printed, std_words, printed_words in names:
        if number in listed_numbers or number in _UNLABELLED:
            continue
        if not any(_agree(words, std_words) or _agree(words, printed_words)
                   for words in listed_words):
            ctx.warn("item_information_mismatch",
                     f"item {number} ({std or printed}) is not in the header's ITEM INFORMATION")
