"""STUB (to be replaced): iXBRL dei: facts."""

from __future__ import annotations


def dei_facts(html: str) -> dict[str, list[str]]:
    return {}
