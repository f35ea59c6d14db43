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

Nil facts (self-closing tags) and empty ones are left out. One regex scan over the fact
tags; text without "dei:" returns {} at once.
"""

from __future__ import annotations

import html as html_lib
import re

from ..regex_cache import compiled

_FACT_TAG = compiled(r"<(/?)[A-Za-z][\w.-]{0,20}:(?:nonNumeric|nonFraction)\b([^>]*)>", re.I)
_DEI_NAME = compiled(r"""\bname\s*=\s*["']\s*(dei:[^"'\s]+)""", re.I)
_BLOCK_TAG = compiled(r"<(?:br|/?p|/?div|/?tr|/?li|/?td|/?th)\b[^>]*>", re.I)
_ANY_TAG = compiled(r"<[^>]*>")


def _fact_text(inner: str) -> str:
    if "<" in inner:
        inner = _ANY_TAG.sub("", _BLOCK_TAG.sub(" ", inner))
    if "&" in inner:
        inner = html_lib.unescape(inner)
    if "\u2011" in inner:  # a non-breaking hyphen reads as one: "001&#8209;02217"
        inner = inner.replace("\u2011", "-")
    return " ".join(inner.split())


def dei_facts(html: str) -> dict[str, list[str]]:
    """{"dei:Name": [displayed value, ...]} for every dei: fact, in document order."""
    if "dei:" not in html:
        return {}
    found: list[tuple[int, str, str]] = []  # (where the fact opens, name, value)
    try:
        opened: list[tuple[str | None, int, int]] = []  # (dei name or None, tag start, content)
        for m in _FACT_TAG.finditer(html):
            closing, attrs = m.group(1), m.group(2)
            if closing:
                if not opened:
                    continue
                name, at, start = opened.pop()
                if name is not None:
                    value = _fact_text(html[start : m.start()])
                    if value:
                        found.append((at, name, value))
                continue
            if attrs.rstrip().endswith("/"):
                continue  # nil fact, no content
            dei = _DEI_NAME.search(attrs)
            opened.append((dei.group(1) if dei else None, m.start(), m.end()))
    except Exception:
        pass
    facts: dict[str, list[str]] = {}
    for _at, name, value in sorted(found):
        facts.setdefault(name, []).append(value)
    return facts
