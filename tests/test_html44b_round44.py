"""HTML round 44: styles typed in capitals.

- EDGARizer types a style's properties in capitals ("PADDING-LEFT: 18pt"): an inline run set
  off by a left padding is parted from the text before it, whatever the case.

Each test takes a real filing (corpus, named in it) or an excerpt of one, edited as said.
"""

from __future__ import annotations

import re

from filing2json.parsers import parse
from support import FILINGS


def _styles_in_capitals(name: str) -> dict:
    """The corpus filing `name` with every style="..." typed in capitals, as EDGARizer does."""
    text = (FILINGS / name).read_bytes().decode("latin-1")
    text = re.sub(r'style="([^"]*)"', lambda m: f'style="{m.group(1).upper()}"', text)
    return parse(text.encode("latin-1"), name)


def test_padding_left_in_capitals_parts_bullet_from_text() -> None:
    # 8k_2022_caterpillarinc_1.txt, its styles in capitals: the bullet "•" and its text are
    # parted by a span styled "PADDING-LEFT:..." (the list of "Notes" by one, "i." too)
    body = _styles_in_capitals("8k_2022_caterpillarinc_1.txt")["press_releases"][0]["body"]
    assert "\n• Other income (expense) in the first quarter of 2022 was income" in body
    assert "\n▪ In North America, sales increased" in body
    assert "\nii. End-user demand is demonstrated" in body

