"""STUB: cover stage."""

from __future__ import annotations

from ..pipeline import Context


def apply(ctx: Context) -> None:
    return None


def apply_header_only(ctx: Context) -> None:
    return None
