"""STUB: exhibits stage."""

from __future__ import annotations

from ..pipeline import Context


def apply(ctx: Context) -> None:
    return None
