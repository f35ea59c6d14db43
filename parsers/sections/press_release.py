"""STUB (to be replaced by the press-release extractor)."""

from __future__ import annotations

from typing import Any


def parse_press_release(text: str, document: str) -> dict[str, Any] | None:
    return None
