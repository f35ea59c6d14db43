"""Press-release head and body, round 74 (speed): cheap tests that rule a line out before a
costly regex, each never ruling out a line the regex would take.

- ``press_dateline._may_hold_dateline``: a line holding no dash, no ellipsis and no month
  with a digit cannot match any DATELINES spelling, so ANY_DATELINE (whose backtracking over
  the splits of a line of capitalised words into a place and a joined place cost ~25 us a
  line: "Technologies, Inc. and Castle Creek Technology Partners LLC") is not tried on it;
- ``press_release._CLOSED`` (a release's end mark, "###", "- END -") reads a line's indent
  possessively: no mark opens with a blank, so an indented line of a typed release is ruled
  out in one step, not once per shorter indent.

Checked over every text the corpus and samples hand the press-release reader (the lines the
readers really see), with real lines of Westell's 8-K (1999), CTC's (2000) and Asta Funding's
(2005), and a ~200 KB worst case each.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from functools import cache

import pytest
from test_ex72_round72 import ASTA
from test_itm73_round73 import CTC
from test_prsh72_round72 import WESTELL

from filing2json.parsers import parse
from filing2json.parsers.linescan import LinePattern
from filing2json.parsers.sections import press_dateline, press_release, press_releases
from filing2json.parsers.sections.press_patterns import ANY_DATELINE
from filing2json.parsers.sections.press_text import lines_of, normalised_text
from support import FILINGS, SAMPLES


@cache
def _release_texts() -> tuple[str, ...]:
    """Every text the press-release reader is handed over the corpus and the samples,
    normalised as it reads them."""
    texts: list[str] = []
    real = press_releases.parse_press_releases

    def capture(text: str, *args: object, **kwargs: object) -> list[dict[str, object]]:
        texts.append(text)
        return real(text, *args, **kwargs)  # type: ignore[arg-type]

    paths = sorted(SAMPLES.glob("*.txt")) + sorted(
        p for p in FILINGS.iterdir() if p.is_file() and p.name != "MANIFEST.tsv")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(press_releases, "parse_press_releases", capture)
        for path in paths:
            parse(path.read_bytes(), path.name)
    return tuple(normalised_text(t) for t in texts if isinstance(t, str))


def _lines() -> Iterator[str]:
    """The left-stripped lines of those texts, as match_dateline reads them."""
    for text in _release_texts():
        for line in lines_of(text):
            s = line.lstrip(" \t")
            if s:
                yield s


def _file_line(path: object, needle: str) -> str:
    """The line of a corpus file that holds ``needle``."""
    text = path.read_text(encoding="latin-1")  # type: ignore[attr-defined]
    return next(line for line in text.splitlines() if needle in line)


# ---- ANY_DATELINE's pre-test -----------------------------------------------------------------


def test_pretest_never_rules_out_a_dateline_line_of_the_corpus() -> None:
    texts = _release_texts()
    assert len(texts) > 200  # (every item and EX-99 of the corpus and samples)
    tried = ruled_out = 0
    for s in _lines():
        if not s[:1].isupper() or press_dateline._AFTER_PLACE.isdisjoint(s):
            continue  # (match_dateline tries ANY_DATELINE on no other line)
        tried += 1
        if not press_dateline._may_hold_dateline(s):
            ruled_out += 1
            assert ANY_DATELINE.match(s) is None, s
        elif ANY_DATELINE.match(s) is not None:
            assert press_dateline._may_hold_dateline(s), s
    # (most such lines are ruled out: prose, contacts, letterheads)
    assert tried > 3000 and ruled_out > tried // 2


def test_pretest_keeps_real_datelines() -> None:
    # every spelling's mark: a dash, a date, an ellipsis
    for line in ("WALTHAM, Mass-August 2, 2000-- CTC Communications Group Inc. (NASDAQ NM:",
                 "CUPERTINO, CALIFORNIA \u2014 Apple today announced financial results",
                 "SAN JOSE, Calif., July 29 /PRNewswire-FirstCall/ -- Pericom",
                 "Erie, PA ... Zurn Industries, Inc. announced today",
                 "CONCORD, NEW HAMPSHIRE, September 26, 2000...ROCK OF AGES CORPORATION",
                 "HOUSTON, Texas, March 3, 2015, Acme Corp. today announced"):
        assert press_dateline._may_hold_dateline(line), line
        assert ANY_DATELINE.match(line) is not None, line


def test_ctc_dateline_read_as_before() -> None:
    line = _file_line(CTC, "WALTHAM, Mass-August 2, 2000--")
    found = press_dateline.match_dateline(line)
    assert found is not None
    name, m = found
    assert (name, m.group("city"), m.group("state")) == ("date_dash", "WALTHAM", "Mass")


def test_westell_party_line_ruled_out() -> None:
    # a merger agreement's party line over its title: no dash, no date, capitalised words
    # and "and" that ANY_DATELINE backtracked over as a place and a joined place
    line = _file_line(WESTELL, "Castle Creek Technology Partners LLC")
    assert line.strip() == "Technologies, Inc. and Castle Creek Technology Partners LLC"
    assert not press_dateline._may_hold_dateline(line.strip())
    assert press_dateline.match_dateline(line) is None


def test_month_inside_a_word_is_no_date() -> None:
    # "mar" in "Summary" and "Remarks": a month opens a word
    assert not press_dateline._may_hold_dateline("Smith, Summary 2000 and Remarks Co.")
    assert press_dateline._may_hold_dateline("Smith, March 2000 and Remarks Co.")


def test_pretest_worst_case_200kb() -> None:
    # capitalised words, commas and "and" (the place's backtracking) and no mark: 200 KB
    row = "Technologies, Inc. and Castle Creek Technology Partners LLC and Marshall Capital\n"
    text = row * (200_000 // len(row))
    t0 = time.process_time()
    assert press_dateline.first_live_hint(text)[0] == -1
    assert time.process_time() - t0 < 5


# ---- the end mark's possessive indent --------------------------------------------------------


def _greedy(pattern: LinePattern) -> LinePattern:
    """``pattern`` with its indent read greedily again (the form before round 74)."""
    assert pattern.body.startswith("[ \\t]*+(?:")
    return LinePattern("[ \\t]*(?:" + pattern.body[len("[ \\t]*+(?:") :])


def test_closed_marks_as_before_over_the_corpus() -> None:
    greedy = _greedy(press_release._CLOSED)
    found = 0
    for text in _release_texts():
        now = [m.span() for m in press_release._CLOSED.finditer(text)]
        assert now == [m.span() for m in greedy.finditer(text)]
        found += len(now)
    assert found >= 20  # ("###", "# # #", "-30-", "- END -", ...)


def test_asta_end_mark_indented() -> None:
    text = normalised_text(ASTA.read_text(encoding="latin-1"))
    m = press_release._CLOSED.search(text)
    assert m is not None
    start = press_release._CLOSED.line_start(m)
    assert text[start : text.index("\n", start)] == " " * 39 + "###"


def test_closed_worst_case_200kb() -> None:
    # long indents under no mark: each once, not once per shorter indent
    text = ("\n" + " " * 2000 + "Revenue") * 100
    t0 = time.process_time()
    assert press_release._CLOSED.search(text) is None
    assert time.process_time() - t0 < 5
