"""STUB (to be replaced by the item detector)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass
class ItemSpan:
    number: str
    title: str | None
    start: int
    end: int
    text: str
    standard_title: str | None = None
    scheme: str | None = None
    equivalent: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "title": self.title,
            "standard_title": self.standard_title,
            "scheme": self.scheme,
            "equivalent": self.equivalent,
            "text": self.text,
        }


def find_items(text: str, form_type: str | None) -> list[ItemSpan]:
    return []
