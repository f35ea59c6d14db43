"""STUB (to be replaced): HTML -> text."""

from __future__ import annotations

import re


def html_to_text(html: str) -> str:
    return re.sub(r"<[^>]*>", " ", html)
