"""Headings that end sections, shared by every detector that must stop at them.

All patterns are anchored at a line start and free of nested quantifiers (linear time).
Every spelling opens (after the indentation) with S (signatures) or E/I (exhibit index):
signature_block.py, exhibits.py and items.py scan behind a lookahead for those first letters, so
a spelling with another first letter must be added to their lookaheads too.
"""

from __future__ import annotations

import re

from ..linescan import LinePattern
from ..regex_cache import compiled

# "SIGNATURES", "SIGNATURE", "S I G N A T U R E S", "Signatures" alone on a line.
SIGNATURE_HEADING = compiled(
    r"^[^\S\n]*(?:SIGNATURES?|S[ \t]?I[ \t]?G[ \t]?N[ \t]?A[ \t]?T[ \t]?U[ \t]?R[ \t]?E[ \t]?S?"
    r"|Signatures?)[^\S\n]*(?:\.[^\S\n]*)?$",
    re.MULTILINE,
)

# "EXHIBIT INDEX", "INDEX TO EXHIBITS", "Exhibit Index" alone on a line.
EXHIBIT_INDEX_HEADING = compiled(
    r"^[^\S\n]*(?:EXHIBIT[ \t]+INDEX|INDEX[ \t]+TO[ \t]+EXHIBITS|Exhibit[ \t]+Index"
    r"|Index[ \t]+to[ \t]+Exhibits)[^\S\n]*$",
    re.MULTILINE,
)

# The same two headings for scans over a whole text (see linescan: fast line-to-line skips).
SIGNATURE_LINES = LinePattern(SIGNATURE_HEADING.pattern)
EXHIBIT_INDEX_LINES = LinePattern(EXHIBIT_INDEX_HEADING.pattern)
