"""Inline XBRL ``dei:`` facts of an HTML document (the cover page's tagged values).

Every ``ix:nonNumeric`` / ``ix:nonFraction`` whose ``name`` is in the ``dei:`` namespace, hidden
``ix:header`` facts included, in document order, as displayed text with whitespace normalised.
Example (8k_2024_appleinc_1.txt)::

    {"dei:AmendmentFlag": ["false"],
     "dei:EntityCentralIndexKey": ["0000320193"],
     "dei:DocumentType": ["8-K"],
     "dei:DocumentPeriodEndDate": ["February 1, 2024"],
     "dei:EntityRegistrantName": ["Apple Inc."],
     "dei:Security12bTitle": ["Common Stock, $0.00001 par value per share", ...], ...}

A fact split over ``ix:continuation`` elements (``continuedAt="c1"`` ... ``<ix:continuation
id="c1">``) reads as one value, its parts joined by a space as displayed (they sit in different
blocks); ``ix:exclude`` content is no part of a value. Nil facts (self-closing tags) and empty
ones are left out. The 12(b) table's facts (title, symbol, exchange, no-symbol flag) also list
their contextRef in the result's `contexts` (DeiFacts), one per value, so each row's cells
pair by the context they share rather than by their order (Apple 2024 tags its notes' "\u2014" as
dei:NoTradingSymbolFlag: a class with no symbol above one with a symbol). The registrant's
facts (ENTITY_FACTS) list theirs too, and where they stand in more than one context the
result's `members` gives each context's dimension members, so a combined filing's
registrants pair by their legal-entity member and a former address's facts (IFF 2025:
"200 Powder Mill Road" under dei:FormerAddressMember) are no one's current address. One
regex scan over the fact tags (a second over continuation tags only when a dei fact is
continued; a third over the contexts only when the registrant's facts stand in several); a
document that is not iXBRL returns {} at once.
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterator

from ..regex_cache import compiled

_FACT_TAG = compiled(r"<(/?)[A-Za-z][\w.-]{0,20}:(?:nonNumeric|nonFraction)\b([^>]*)>", re.I)
# The fact's element name, the scan's lead: a caseless search skips from ":" to ":" where
# _FACT_TAG's tries every "<" of the page (3-4x slower); the tag opens at most
# _NAME_REACH characters before its ":" ("<", "/", a letter and 20 more).
_FACT_NAME = compiled(r":(?:nonNumeric|nonFraction)\b", re.I)
_NAME_REACH = 23
_DEI_NAME = compiled(r"""\bname\s*=\s*["']\s*(dei:[^"'\s]+)""", re.I)
_BLOCK_TAG = compiled(r"<(?:br|/?p|/?div|/?tr|/?li|/?td|/?th)\b[^>]*>", re.I)
_ANY_TAG = compiled(r"<[^>]*>")
_CONTINUED_AT = compiled(r"""\bcontinuedAt\s*=\s*["']\s*([^"'\s]+)""", re.I)
_CONTINUATION_TAG = compiled(r"<(/?)[A-Za-z][\w.-]{0,20}:continuation\b([^>]*)>", re.I)
_ID = compiled(r"""(?:^|\s)id\s*=\s*["']\s*([^"'\s]+)""", re.I)
_EXCLUDE_TAG = compiled(r"<(/?)[A-Za-z][\w.-]{0,20}:exclude\b[^>]*>", re.I)
# An iXBRL document declares the inlineXBRL namespace on its root element, at its head; a
# fragment without it shows its "dei:" names there too (a cover page excerpt).
_IXBRL_NAMESPACE, _HEAD_CHARS = "inlineXBRL", 20000
_CONTEXT_REF = compiled(r"""\bcontextRef\s*=\s*["']\s*([^"'\s]+)""", re.I)
# the facts whose contexts are kept: one context per row of the 12(b) table
_ROW_FACTS = frozenset(("dei:Security12bTitle", "dei:TradingSymbol", "dei:SecurityExchangeName",
                        "dei:NoTradingSymbolFlag"))
# ... and one per registrant of a combined filing (its legal-entity member), or per address
# (a former address's own member)
ENTITY_FACTS = frozenset((
    "dei:EntityRegistrantName", "dei:EntityCentralIndexKey",
    "dei:EntityIncorporationStateCountryCode", "dei:EntityFileNumber",
    "dei:EntityTaxIdentificationNumber", "dei:EntityAddressAddressLine1",
    "dei:EntityAddressAddressLine2", "dei:EntityAddressCityOrTown",
    "dei:EntityAddressStateOrProvince", "dei:EntityAddressPostalZipCode", "dei:CityAreaCode",
    "dei:LocalPhoneNumber"))
_KEPT_CONTEXTS = _ROW_FACTS | ENTITY_FACTS
_CONTEXT_OPEN = compiled(r"<(?:[A-Za-z][\w.-]{0,20}:)?context\b[^>]{0,300}>")
_CONTEXT_CLOSE = compiled(r"</(?:[A-Za-z][\w.-]{0,20}:)?context\s*>")
_CONTEXT_REACH = 5000  # a context's period and members, never a page's worth
_MEMBER = compiled(r"""<(?:[A-Za-z][\w.-]{0,20}:)?explicitMember\b[^>]{0,300}?"""
                   r"""\bdimension\s*=\s*["']\s*([^"'\s]+)[^>]{0,300}>\s*([^<\s]+)""")


class DeiFacts(dict[str, list[str]]):
    """dei_facts' result, {name: values} (equal to a plain dict of the same items), with
    `contexts`: {name: the contextRef of each value, "" for none} of the 12(b) row facts and
    the registrant's facts (ENTITY_FACTS); `members`: {context id: its dimension members,
    "dimension=member" joined by ";", "" for none}, read only when the registrant's facts
    stand in more than one context (else {})."""

    contexts: dict[str, list[str]]
    members: dict[str, str]


def fact_contexts(facts: dict[str, list[str]], name: str) -> list[str]:
    """The contextRefs of `name`'s values in a dei_facts result ([] when not kept)."""
    contexts = getattr(facts, "contexts", None)
    return contexts.get(name, []) if contexts else []


def _fact_tags(html: str, pos: int = 0) -> Iterator[re.Match[str]]:
    """_FACT_TAG.finditer(html, pos), found from each fact's name: the tag holding a name
    opens at the last "<" before it (its prefix holds no "<"); a name inside a tag already
    found (an attribute's value) is passed over."""
    for name in _FACT_NAME.finditer(html, pos):
        colon = name.start()
        if colon < pos:
            continue
        start = html.rfind("<", max(pos, colon - _NAME_REACH), colon)
        tag = _FACT_TAG.match(html, start) if start >= 0 else None
        if tag is not None:
            yield tag
            pos = tag.end()


def _drop_excluded(inner: str) -> str:
    """`inner` less its ix:exclude elements (page footers inside a continued value)."""
    kept: list[str] = []
    depth, at = 0, 0
    for m in _EXCLUDE_TAG.finditer(inner):
        if m.group(1):
            if depth:
                depth -= 1
                at = m.end()
        else:
            if not depth:
                kept.append(inner[at : m.start()])
            depth += 1
    if not depth:
        kept.append(inner[at:])
    return "".join(kept)


def _fact_text(inner: str) -> str:
    if "<" in inner:
        if "exclude" in inner:
            inner = _drop_excluded(inner)
        inner = _ANY_TAG.sub("", _BLOCK_TAG.sub(" ", inner))
    if "&" in inner:
        inner = html_lib.unescape(inner)
    if "\u2011" in inner:  # a non-breaking hyphen reads as one: "001&#8209;02217"
        inner = inner.replace("\u2011", "-")
    return " ".join(inner.split())


def _continuations(html: str) -> dict[str, tuple[str, str | None]]:
    """{id: (displayed text, the id it continues at)} of every ix:continuation."""
    out: dict[str, tuple[str, str | None]] = {}
    opened: list[tuple[str | None, str | None, int]] = []  # (id, continuedAt, content start)
    for m in _CONTINUATION_TAG.finditer(html):
        if not m.group(1):
            ident, nxt = _ID.search(m.group(2)), _CONTINUED_AT.search(m.group(2))
            opened.append((ident and ident.group(1), nxt and nxt.group(1), m.end()))
        elif opened:
            ident, nxt, start = opened.pop()
            if ident:
                out[ident] = (_fact_text(html[start : m.start()]), nxt)
    return out


def _continued(value: str, ident: str, parts: dict[str, tuple[str, str | None]]) -> str:
    """`value` with the text of the continuation chain that starts at `ident`."""
    seen: set[str] = set()
    pieces = [value]
    while ident in parts and ident not in seen:  # a chain that loops back ends
        seen.add(ident)
        text, nxt = parts[ident]
        pieces.append(text)
        if nxt is None:
            break
        ident = nxt
    return " ".join(p for p in pieces if p)


def first_dei(html: str, name: str) -> str | None:
    """The displayed value of the first non-empty `name` fact ("dei:DocumentType"), found by
    a literal search rather than a scan of every fact (for one value wanted before the rest)."""
    pos = 0
    for _ in range(5):  # a fact is tagged once or twice; a few tries find it
        at = html.find(name, pos)
        if at < 0:
            return None
        pos = at + len(name)
        opener = _FACT_TAG.match(html, max(0, html.rfind("<", max(0, at - 2000), at)))
        if opener is None or opener.group(1) or opener.end() <= at:
            continue  # the name stood elsewhere than in a fact's opening tag
        dei = _DEI_NAME.search(opener.group(2))
        if dei is None or dei.group(1) != name or opener.group(2).rstrip().endswith("/"):
            continue
        depth = 0
        for m in _fact_tags(html, opener.end()):
            if not m.group(1):
                depth += not m.group(2).rstrip().endswith("/")
            elif depth:
                depth -= 1
            else:
                value = _fact_text(html[opener.end() : m.start()])
                if value:
                    return value
                break
    return None


def _is_ixbrl(html: str) -> bool:
    """Decided from the head: a plain HTML document is not searched to its end for "dei:"."""
    head = html[:_HEAD_CHARS]
    if _IXBRL_NAMESPACE in head:
        return "dei:" in html
    return "dei:" in head


def dei_facts(html: str) -> DeiFacts | dict[str, list[str]]:
    """{"dei:Name": [displayed value, ...]} for every dei: fact, in document order."""
    if not _is_ixbrl(html):
        return {}
    found: list[tuple[int, str, str, str]] = []  # (where the fact opens, name, value, context)
    continued: dict[int, str] = {}  # where a continued fact opens: its continuedAt
    try:
        # (dei name or None, tag start, content start, contextRef of a 12(b) row's fact)
        opened: list[tuple[str | None, int, int, str]] = []
        for m in _fact_tags(html):
            closing, attrs = m.group(1), m.group(2)
            if closing:
                if not opened:
                    continue
                name, at, start, context = opened.pop()
                if name is not None:
                    value = _fact_text(html[start : m.start()])
                    if value or at in continued:
                        found.append((at, name, value, context))
                continue
            if attrs.rstrip().endswith("/"):
                continue  # nil fact, no content
            dei = _DEI_NAME.search(attrs)
            if dei and ("ontinued" in attrs or "ONTINUED" in attrs):
                cont = _CONTINUED_AT.search(attrs)
                if cont:
                    continued[m.start()] = cont.group(1)
            name = dei.group(1) if dei else None
            ref = _CONTEXT_REF.search(attrs) if name in _KEPT_CONTEXTS else None
            opened.append((name, m.start(), m.end(), ref.group(1) if ref else ""))
        if continued:
            parts = _continuations(html)
            found = [(at, name, _continued(value, continued[at], parts) if at in continued
                      else value, context) for at, name, value, context in found]
    except Exception:
        pass
    facts = DeiFacts()
    facts.contexts = {}
    entity_refs: set[str] = set()
    for _at, name, value, context in sorted(found):
        if value:
            facts.setdefault(name, []).append(value)
            if name in _KEPT_CONTEXTS:
                facts.contexts.setdefault(name, []).append(context)
                if name in ENTITY_FACTS:
                    entity_refs.add(context)
    facts.members = context_members(html) if len(entity_refs) > 1 else {}
    return facts


def context_members(html: str) -> dict[str, str]:
    """{context id: its segment's dimension members, "dimension=member" joined by ";"} of
    every xbrli:context: the legal entity a combined filing's registrant facts belong to
    ("dei:LegalEntityAxis=aep:AppalachianPowerCoMember"), or a former address's member."""
    out: dict[str, str] = {}
    for m in _CONTEXT_OPEN.finditer(html):
        ident = _ID.search(m.group(0), 1)
        close = _CONTEXT_CLOSE.search(html, m.end(), m.end() + _CONTEXT_REACH)
        if ident is None or close is None:
            continue
        body = html[m.end() : close.start()]
        out[ident.group(1)] = ";".join(sorted(
            f"{d.group(1)}={d.group(2)}" for d in _MEMBER.finditer(body)))
    return out
