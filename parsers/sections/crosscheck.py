"""STUB: crosscheck stage."""

from __future__ import annotations

from ..pipeline import Context


def crosscheck(ctx: Context) -> None:
    return None
