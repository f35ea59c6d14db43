"""STUB (to be replaced): bytes -> (text, encoding name)."""

from __future__ import annotations


def decode_bytes(data: bytes) -> tuple[str, str]:
    try:
        text, enc = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, enc = data.decode("cp1252", errors="replace"), "cp1252"
    return text.replace("\r\n", "\n").replace("\r", "\n"), enc
