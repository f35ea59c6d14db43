"""Which texts are searched for press releases, and in what order.

An 8-K states a release in its body ("the Registrant issued the following press release:") or
attaches it as an EX-99 exhibit. Only those texts go through the press-release extractor:
agreements, consents and financial statements (the bulk of exhibit bytes) are never read.

An exhibit release that prints no date of its own (Apple 2024: "CUPERTINO, CALIFORNIA — Apple
today announced") takes the date the 8-K gives it: its exhibit list entry ("Press release
issued by Apple Inc. on February 1, 2024.") or an item's sentence ("On February 1, 2024, Apple
Inc. issued a press release ..."). So does a release printed in an item's own text, from the
sentence that introduces it there ("On August 2, 2000, the Registrant issued the following
press release:" over "WALTHAM, Mass.-- CTC Communications ... today announced").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..model import Document
from ..pipeline import Context
from ..regex_cache import compiled
from ..values import DATE_RE, parse_date
from .press_release import parse_press_releases
from .press_text import MAX_CHARS

_RELEASE = r"(?:press|news|earnings)\s+release"
_DATE = DATE_RE.pattern
# "Press release issued by Apple Inc. on February 1, 2024", "press release dated July 22, 2004"
# (not "press release announcing results for the quarter ended June 30, 2004")
_RELEASE_ON = compiled(
    rf"{_RELEASE}\b[^;\n]{{0,80}}?\b(?:dated|on)\s+(?P<date>{_DATE})", re.I)
# "On February 1, 2024, Apple Inc. (“Apple”) issued a press release"
_ON_ISSUED = compiled(
    rf"\bOn\s+(?P<date>{_DATE}),?\s[^;\n]{{0,120}}?\b(?:issued|released|announced|"
    rf"disseminated|published|distributed)\b[^;\n]{{0,40}}?{_RELEASE}", re.I)
_ITEM_CHARS = 3000  # the sentence that introduces a release opens its item
# What an EX-99 may be instead of a release, as exhibit lists describe it (2002-03 reports
# filed their Section 906 certifications as EX-99)
_NOT_A_RELEASE = compiled(
    r"\b(?:agreements?|plan\s+of\s+(?:merger|reorganization)|indenture|consent|opinion|"
    r"charter|by-?laws|certificates?|certifications?|financial\s+statements|lease|transcript|"
    r"presentation|slides|data\s+sheet|statistics|balance\s+sheets?|"
    r"statements?\s+of\s+(?:operations|income|cash\s+flows)|"
    # a letter ("Letter to Shareholders", "Shareholder Letter"), whose "today we announced"
    # is no release's dateline
    r"letter\s+(?:to|from)|(?:share|stock|unit)holders?'?\s+letter)\b", re.I)
_RELEASE_NAMED = compiled(_RELEASE, re.I)
_RELEASE_WORDS = compiled(rf"{_RELEASE}|\bannounce", re.I)

PRESS_EXHIBIT_PREFIX = "EX-99"


def apply(ctx: Context) -> None:
    releases = []
    form = ctx.form_type or ""
    rec = ctx.record
    filed = rec.get("filed_date") or rec.get("report_date")  # gives yearless datelines a year
    announces = form.startswith(("8-K", "6-K", PRESS_EXHIBIT_PREFIX))

    def failed(where: str) -> Callable[[Exception], None]:
        # a release lost to a bug is said, not silently dropped
        return lambda exc: ctx.warn(
            "press_release_failed", f"{where}: the press release extractor failed ({exc!r})")

    listed = _exhibit_index(rec.get("exhibits") or [])
    # (what the cover names its registrants: a dateline's words in capitals may be one)
    filers = tuple(r["name"] for r in rec.get("registrants") or () if r.get("name"))
    if ctx.primary is not None and ctx.primary.readable and announces:
        texts = [item.text for item in ctx.items if item.text]
        label = form or "8-K"
        for text in texts:
            found = parse_press_releases(text, label, filed, on_error=failed(label),
                                         filers=filers)
            if found and found[0]["date"] is None:
                found[0]["date"] = _date_introduced(text, found[0])
            releases += found
        if not releases:
            # a release pasted after the signatures, outside every item (or a lone EX-99)
            # (no more than the extractor reads: a slice of a 200 MB text is a copy of it)
            start = ctx.items[-1].end if ctx.items else 0
            tail = ctx.primary.text[start : start + MAX_CHARS]
            undated = form.startswith(PRESS_EXHIBIT_PREFIX) and _described_as_release(
                listed, ctx.primary)
            releases += parse_press_releases(tail, label, filed, undated=undated,
                                             on_error=failed(label), filers=filers)
    assert ctx.envelope is not None
    for doc in ctx.envelope.documents:
        if doc is ctx.primary or not doc.readable:
            continue
        if (doc.type or "").upper().startswith(PRESS_EXHIBIT_PREFIX) \
                and not _described_as_other(listed, doc):
            doc_type = doc.type or PRESS_EXHIBIT_PREFIX
            found = parse_press_releases(doc.text, doc_type, filed,
                                         undated=_described_as_release(listed, doc),
                                         on_error=failed(doc_type), filers=filers)
            if found:  # (the 8-K dates the exhibit's first release, not one it holds after it)
                found[0]["date"] = found[0]["date"] or _date_given(ctx, listed, doc)
            releases += found
    ctx.record["press_releases"] = releases


_MAX_LISTED = 8
# the exhibit list's entries by ("document", sequence) and ("number", number): their indices
_Listed = dict[tuple[str, Any], list[int]]


def _exhibit_index(exhibits: list[dict[str, Any]]) -> tuple[_Listed, list[str]]:
    """One pass over the exhibit list, so that looking up each document is no scan of it
    (a submission may hold thousands of EX-99s)."""
    keys: _Listed = {}
    for k, e in enumerate(exhibits):
        keys.setdefault(("document", e["document"]), []).append(k)
        keys.setdefault(("number", e["number"]), []).append(k)
    return keys, [e["description"] or "" for e in exhibits]


def _described_as_other(listed: tuple[_Listed, list[str]], doc: Document) -> bool:
    """An EX-99 that its own description or the exhibit list names as something else: a
    merger agreement, a consent, a transcript (Westell 1999's EX-99.2 is 200 KB of merger
    agreement). It is not read, nor rendered; a description that says nothing keeps it."""
    return names_no_release(" ".join([doc.description or "", *_listed_as(listed, doc)]))


def _described_as_release(listed: tuple[_Listed, list[str]], doc: Document) -> bool:
    """An EX-99 that its own description or the exhibit list names a press release."""
    return _RELEASE_NAMED.search(" ".join([doc.description or "", *_listed_as(listed, doc)])) \
        is not None


def _listed_as(listed: tuple[_Listed, list[str]], doc: Document) -> list[str]:
    """The exhibit list's descriptions of the document: the entries linked to it, else those
    of its number (a list entry linked to another EX-99 describes that one)."""
    keys, descriptions = listed
    found = (doc.sequence is not None and keys.get(("document", doc.sequence))) or keys.get(
        ("number", (doc.type or "").upper().removeprefix("EX-")), [])
    # (a few: thousands of documents of one number would make each lookup read them all)
    return [descriptions[k] for k in found[:_MAX_LISTED]]


def names_no_release(description: str) -> bool:
    """The description names something other than a release, and no release."""
    return _NOT_A_RELEASE.search(description) is not None \
        and _RELEASE_WORDS.search(description) is None


def _date_given(ctx: Context, listed: tuple[_Listed, list[str]], doc: Document) -> str | None:
    """The date the 8-K gives an exhibit release: its exhibit list entry, else an item's
    sentence that says when a release was issued."""
    texts = _listed_as(listed, doc) + [(item.text or "")[:_ITEM_CHARS] for item in ctx.items]
    for text in texts:
        date = release_date_in(text)
        if date:
            return date
    return None


def _date_introduced(text: str, release: dict[str, Any]) -> str | None:
    """The date an item's sentence gives the release printed after it in the item's text
    ("On August 2, 2000, the Registrant issued the following press release:" over a
    dateline that prints no date), as an exhibit's is read (see _date_given): the sentence
    opens the item, above the dateline's place (one printed before it dates nothing)."""
    head = text[:_ITEM_CHARS]
    match = _RELEASE_ON.search(head) or _ON_ISSUED.search(head)
    if match is None:
        return None
    place = (release.get("dateline") or {}).get("city")
    if place and 0 <= text.find(place) < match.end():
        return None
    return parse_date(match.group("date"))


def release_date_in(text: str) -> str | None:
    """The date a sentence gives a release: "press release dated ...", "On ..., X issued a
    press release"."""
    match = _RELEASE_ON.search(text) or _ON_ISSUED.search(text)
    return parse_date(match.group("date")) if match else None
