"""values.placed_dates tries its pattern only at the tokens where a match can start
(`_placed_matches`): the same matches as the pattern's own scan over every position, which
cost ~22 µs an 84-character caption line (stop 51)."""

from __future__ import annotations

from filing2json.parsers.values import _PLACED, _placed_matches, placed_dates
from support import FILINGS


def _spans(matches: object) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in matches]  # type: ignore[attr-defined]


def test_token_scan_finds_what_the_full_scan_finds_in_every_corpus_filing() -> None:
    found = 0
    for path in sorted(FILINGS.glob("*.*")):
        text = path.read_text(encoding="latin-1")[:60_000]
        full = _spans(_PLACED.finditer(text))
        assert _spans(_placed_matches(text)) == full, path.name
        found += len(full)
    assert found > 0


def test_union_camp_caption_spellings() -> None:
    # Union Camp's 1994 8-K caption, its date retyped as the covers round 72 reads
    caption = "Date of Report (Date of earliest event reported) "
    for printed, at in (("10-Aug-94", 49), ("the tenth day of August, 1994", 53),
                        ("8 / 10 / 94", 49), ("August Tenth, 1994", 49), ("x_10-Aug-94", None)):
        dates = placed_dates(caption + printed, [])
        assert dates == ([] if at is None else [(at, "1994-08-10")]), printed
