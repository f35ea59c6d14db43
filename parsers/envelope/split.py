"""STUB (to be replaced): text -> Envelope."""

from __future__ import annotations

from ..model import TEXT, Document, Envelope


def read_envelope(text: str) -> Envelope:
    doc = Document(None, None, None, None, TEXT, text, len(text.encode()))
    return Envelope("document", None, [doc])
