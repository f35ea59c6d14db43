"""STUB (to be replaced): strip page furniture from plain-text documents."""

from __future__ import annotations


def clean_plain_text(text: str) -> str:
    return text.replace("<PAGE>", "")
