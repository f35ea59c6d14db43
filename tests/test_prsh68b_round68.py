"""Press-release head speed, round 68b (no record changes).

- The dateline gate (``press_dateline.first_live_hint``): before a text is split into lines,
  its dateline hint lines are read on the normalised text itself; a text where every hint
  line is dead (no dateline spelling matches it, and it opens no wrapped dateline) and no
  release label runs into a line holds no dateline, and is given up (most 8-K item texts);
  else the dateline search opens at the first live hint line, whose match is not made
  again.
- ``_FURNITURE_LINES`` (press_release): one test of a line's first character for all its
  branches.
- ``_named_after_company`` (press_tickers): a bracket whose first character is no capital
  (nor a blank) names no exchange, and is passed.

The tests pin the gate's values on real texts (the corpus's 8-K items), that a gated parse
gives the same releases as the ungated search on every real text the corpus feeds it, the
shapes the gate must keep (a label run into the dateline, a wrapped dateline) and the
neighbours of the other two gates. Pure speed work: the tests pass on the round's start tree
too (where the gate's functions are missing, they are skipped)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from filing2json.parsers import parse
from filing2json.parsers.sections import press_dateline as pd
from filing2json.parsers.sections import press_release as pr
from filing2json.parsers.sections import press_releases as prs
from filing2json.parsers.sections.press_patterns import FURNITURE
from filing2json.parsers.sections.press_tickers import find_tickers
from support import FILINGS, SAMPLES, release_of

CTC = sorted(SAMPLES.glob("000_*"))[0]  # CTC Communications, 8-K of August 2000, Item 5
GATED = hasattr(pd, "first_live_hint")
needs_gate = pytest.mark.skipif(not GATED, reason="the round's start tree has no gate")


def _live(text: str) -> tuple[int, Any]:
    from filing2json.parsers.sections.press_text import normalised_text
    return pd.first_live_hint(normalised_text(text))


def _item_text(path: Path, number: str) -> str:
    record = parse(path.read_bytes(), path.name)
    return next(i["text"] for i in record["items"] if i["number"] == number)


def _release_texts() -> list[tuple[str, str, str | None, bool]]:
    """Every (text, label, filed, undated) the corpus's 8-Ks, 6-Ks and the samples give the
    release reader, as the pipeline calls it."""
    calls: list[tuple[str, str, str | None, bool]] = []
    real = prs.parse_press_releases

    def spy(text: str, document: str, filed: str | None = None, undated: bool = False,
            on_error: Any = None, **more: Any) -> list[dict[str, Any]]:
        calls.append((text, document, filed, undated))
        return real(text, document, filed, undated, on_error, **more)

    prs.parse_press_releases = spy
    try:
        paths = [*sorted(SAMPLES.iterdir()),
                 *(p for p in sorted(FILINGS.iterdir()) if p.name.startswith(("8k", "6k")))]
        for path in paths:
            if path.is_file():
                parse(path.read_bytes(), path.name)
    finally:
        prs.parse_press_releases = real
    return calls


# ---- the dateline gate ----------------------------------------------------------------------


@needs_gate
def test_item_texts_without_a_release_are_ruled_out() -> None:
    # Turner Broadcasting 1994's Item 7 and Walt Disney 2018's Item 1.01 (14,472 characters
    # of agreement): no dateline, no hint line that may open one
    turner = sorted(FILINGS.glob("8k_1994_turnerbroadcastingsyst_1.txt"))[0]
    disney = sorted(FILINGS.glob("8k_2018_waltdisneyco_1.txt"))[0]
    assert _live(_item_text(turner, "7")) == (-1, None)
    assert _live(_item_text(disney, "1.01")) == (-1, None)
    assert pr.parse_press_releases(_item_text(disney, "1.01"), "8-K") == []


@needs_gate
def test_first_live_hint_of_ctc_item_5() -> None:
    # CTC's Item 5: the first hint line that may open a wrapped dateline is the
    # subheadline's "... Between 11 CTC Branch Sales" / "Offices--" cut (its own test fails);
    # the dateline under it is read from there, as before
    text = _item_text(CTC, "5")
    from filing2json.parsers.sections.press_text import normalised_text
    norm = normalised_text(text)
    at, known = pd.first_live_hint(norm)
    assert (norm[at : norm.index("\n", at)], known) == ("Offices--", None)
    release = pr.parse_press_release(text, "8-K")
    assert release is not None
    assert release["dateline"] == {"city": "WALTHAM", "state": "Mass", "date": "2000-08-02"}


def _ungated(monkeypatch: pytest.MonkeyPatch) -> None:
    """The search from the text's top, every line read (the start tree's)."""
    monkeypatch.setattr(pr, "first_live_hint", lambda text: (0, None))


@needs_gate
def test_gate_changes_no_release_of_the_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _release_texts()
    gated = [pr.parse_press_releases(*c) for c in calls]
    ruled_out = sum(1 for text, *_ in calls if isinstance(text, str) and _live(text)[0] < 0)
    _ungated(monkeypatch)
    assert [pr.parse_press_releases(*c) for c in calls] == gated
    assert sum(map(len, gated)) >= 30  # (the corpus's releases, 38: the test reads them)
    assert ruled_out * 2 > len(calls)  # most texts read hold no release, and are passed


# "NEWS RELEASE:" run into the dateline (no hint line: the label's colon is no dateline
# mark): the label is split off and the dateline read, as without the gate
_LABELLED = (
    "NEWS RELEASE: DALLAS, Texas, March 3, 2015 -- Acme Widgets Corp. (NYSE: ACW) today\n"
    "announced that it has completed the purchase of Beta Tools Inc. for $40 million.\n"
    "\n"
    "The purchase adds three plants to Acme's business in Texas, the company said.\n"
)


def test_label_run_into_the_dateline_is_kept() -> None:
    if GATED:
        assert _live(_LABELLED) == (0, None)
    release = release_of(_LABELLED)
    assert release["dateline"] == {"city": "DALLAS", "state": "Texas", "date": "2015-03-03"}
    assert release["tickers"] == [{"exchange": "NYSE", "symbol": "ACW"}]


# A dateline wrapped after its wire's credit: the first line alone is an undated dateline, a
# live hint that the search reads from (its match not made again), joined to the date below
_WRAPPED = (
    "Acme Names New Chief Executive\n"
    "\n"
    "SOUTH SAN FRANCISCO, Calif.--(BUSINESS WIRE)--\n"
    "Nov. 3, 2005--Acme Widgets Corp. today announced that Jane Roe, 52, has been named\n"
    "its chief executive officer, effective December 1, 2005.\n"
)


def test_wrapped_dateline_is_kept() -> None:
    if GATED:
        at, known = _live(_WRAPPED)
        assert at == _WRAPPED.index("SOUTH")
        assert known is not None and (known[0], known[1].group()) == (
            "wire_first", "SOUTH SAN FRANCISCO, Calif.--(BUSINESS WIRE)--")
    release = release_of(_WRAPPED)
    assert release["dateline"] == {"city": "SOUTH SAN FRANCISCO", "state": "Calif.",
                                   "date": "2005-11-03"}
    assert release["headline"] == "Acme Names New Chief Executive"


@needs_gate
def test_gate_on_worst_case_text_is_linear() -> None:
    # ~200 KB of hint lines that no dateline spelling takes (a statement's leader rows, a
    # party list): each is tried once
    rows = ("Balance, December 31, 1997....    5,955       119         11,946\n"
            "         Technologies, Inc. and Castle Creek Technology Partners LLC\n")
    text = rows * (200_000 // len(rows))
    start = time.process_time()
    assert pd.first_live_hint(text) == (-1, None)
    assert time.process_time() - start < 5


# ---- page furniture ------------------------------------------------------------------------


_FURNITURE_SHAPES = (
    "Exhibit 99.1", "EXHIBIT 99", "  (more)", "- MORE -", "\u2013 more \u2013", "/more/",
    "[more]", "(continued)", "NEWS RELEASE", "For Immediate Release", "Hold for release",
    "Embargoed until 4:05 p.m. EST", "FROM: Acme Corp.", "N E W S", "[LOGO]", "(Acme logo)",
    "LOGO", "<PAGE>", "2", "- 2 -", "Page 2 of 4", "Add 1", "ADD TWO", "Document",
    "- See Attached Tables -", "See attached tables.", "Tables follow", "Media Release",
    "...more...", "-more",
)
_PROSE = ("Acme Widgets Corp. today announced", "the purchase of Beta", "   In 2005, Acme",
          "Sales rose 5%", "Title", "\"We are pleased,\" said Jane Roe", "Document 2")


def test_furniture_lines_are_the_branches_lines() -> None:
    # every shape the branches take is still found; prose, at every first character the
    # gate passes or not, is not
    lines = [*_FURNITURE_SHAPES, *_PROSE]
    found = pr._FURNITURE_LINES.matching_lines(lines)
    assert found == list(range(len(_FURNITURE_SHAPES)))
    for line in lines:  # (the lookahead drops no branch's match)
        branches = any(p.match(line) for _, p in FURNITURE) or bool(
            pr.re.match(rf"[ \t]*(?:{pr._MORE_MARKS})", line))
        assert (pr._FURNITURE_LINES.first.match(line) is not None) == branches, line


# ---- tickers -------------------------------------------------------------------------------


def test_exchange_named_after_a_company() -> None:
    # Zurn Industries 1994: "Zurn Industries, Inc. (New York Stock Exchange)"; a blank
    # inside the bracket; a bracket of figures or lower-case words names none
    assert find_tickers("Zurn Industries, Inc. (New York Stock Exchange), a leading") == [
        {"exchange": "New York Stock Exchange", "symbol": None}]
    assert find_tickers("Acme Corp. ( NYSE) said") == [{"exchange": "NYSE", "symbol": None}]
    assert find_tickers("Acme Corp. (nyse) said (in thousands) (1)") == []


# ... and one cut inside its date: "WALTHAM, Mass., August" matches no spelling alone; it
# ends in a month, so the gate keeps it (the search joins it to "2, 2000 -- Acme ...")
_CUT_AT_MONTH = (
    "Acme Names New Chief Executive\n"
    "\n"
    "WALTHAM, Mass., August\n"
    "2, 2000 -- Acme Widgets Corp. today announced that Jane Roe has been named its chief\n"
    "executive officer.\n"
)


def test_dateline_cut_at_its_month_is_kept() -> None:
    if GATED:
        assert pd.match_dateline("WALTHAM, Mass., August") is None
        assert _live(_CUT_AT_MONTH) == (_CUT_AT_MONTH.index("WALTHAM"), None)
    release = release_of(_CUT_AT_MONTH)
    assert release["dateline"] == {"city": "WALTHAM", "state": "Mass.", "date": "2000-08-02"}
    assert release["body"] == (
        "WALTHAM, Mass., August 2, 2000 -- Acme Widgets Corp. today announced that Jane Roe"
        " has been named its chief executive officer.")
