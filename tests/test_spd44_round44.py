"""Round 44 speed work: the cover chunker's fast path for lines with no caption word gives
the chunks the general path gives (the same cuts, columns and caption flags)."""

from __future__ import annotations

from filing2json.parsers.sections.cover_chunks import _CHUNK, _cut, _is_caption
from support import FILINGS

WESTELL = FILINGS / "8k_1999_westelltechnologiesinc_3.txt"


def _general(line: str) -> list[tuple[float, float, str, bool]]:
    """What _cut gave before the fast path: a span per chunk, then its caption test."""
    return [(float(m.start()), float(m.end()), m.group(), _is_caption(m.group(), None))
            for m in _CHUNK.finditer(line)]


def test_fast_path_matches_the_general_chunks_on_a_real_cover() -> None:
    lines = WESTELL.read_text(encoding="latin-1").split("\n")[:120]  # its cover page
    for line in lines:
        got = [(c.start, c.end, c.text, c.caption) for c in _cut(line, False, False)]
        assert got == _general(line), line
    assert any(c.caption for line in lines for c in _cut(line, False, False))


def test_bracketed_pieces_are_captions_figures_are_not() -> None:
    # Westell Technologies' 1999 8-K cover, as printed: a caption row, and the address row
    # with its zip code (edited: the zip typed in brackets, as some covers print it)
    row = "(Commission File Number)                (I.R.S. Employer Identification Number)"
    chunks = _cut(row, False, False)
    assert [c.text for c in chunks] == [
        "(Commission File Number)", "(I.R.S. Employer Identification Number)"]
    assert all(c.caption and c.field is None for c in chunks)
    assert chunks[1].start == float(row.index("(I.R.S."))
    values = _cut("750 North Commons Drive, Aurora, Illinois                         (60504)",
                  False, False)
    assert [(c.text, c.caption) for c in values] == [
        ("750 North Commons Drive, Aurora, Illinois", False), ("(60504)", False)]
