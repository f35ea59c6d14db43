"""Press-release speed round 68 (no record changes): the lead-in test above a release's head
reads a line's words before LEAD_IN's caseless regex (``_may_lead_in``), and the About scan
turns "About: Acme" into "About  Acme" only for a paragraph whose sixth character is a colon.

These pin the gate's values on real lines (CTC Communications' seed 000, the corpus), that no
real line LEAD_IN matches fails the gate, and the records it feeds. Pure speed work: the tests
pass on the round's start tree too (the gate adds no rule; its only new function is pinned)."""

from __future__ import annotations

import time
from pathlib import Path

from filing2json.parsers import parse
from filing2json.parsers.sections import press_release as pr
from filing2json.parsers.sections.press_parts import read_head
from filing2json.parsers.sections.press_patterns import LEAD_IN
from support import FILINGS, SAMPLES, edited_record

CTC = sorted(SAMPLES.glob("000_*"))[0]  # CTC Communications, 8-K of August 2000, Item 5
CTC_LEAD_IN = "On August 2, 2000, the Registrant issued the following press release:"


def _may_lead_in(s: str) -> bool:
    gate = getattr(pr, "_may_lead_in", None)
    return True if gate is None else gate(s)  # (the start tree has no gate: all pass)


def _ctc_item_lines() -> list[str]:
    record = parse(CTC.read_bytes(), CTC.name)
    text = next(i["text"] for i in record["items"] if i["number"] == "5")
    lines = pr._prepared(text)
    assert lines is not None
    return lines


def test_gate_passes_real_lead_ins() -> None:
    # (8-K lead-ins and exhibit lines from the corpus, as printed)
    for line in (
        CTC_LEAD_IN,
        "99.1     Press Release dated December 13, 1999.",  # Westell 1999
        "E. Tenant covenants and agrees as follows:",  # Asta Funding 2005
        "attached hereto as Exhibit 99.1 and incorporated herein by reference.",  # Horizon
    ):
        assert LEAD_IN.search(line) is not None
        assert _may_lead_in(line) is True


def test_gate_rules_out_prose_that_leads_into_nothing() -> None:
    # CTC's About paragraph's last line, and its dateline paragraph's first (no lead-in word)
    for line in ("CTC Communications is a rapidly growing company.",
                 "Waltham, Mass-August 2, 2000-- CTC Communications Group Inc."):
        assert LEAD_IN.search(line) is None
        if hasattr(pr, "_may_lead_in"):
            assert pr._may_lead_in(line) is False


def test_no_real_lead_in_fails_the_gate() -> None:
    """Every line of the samples and the corpus that ends like a lead-in and that LEAD_IN
    matches passes the gate (the gate drops no match: the records cannot change)."""
    matched = 0
    files = sorted(SAMPLES.glob("*.txt")) + sorted(Path(FILINGS).iterdir())
    for path in files:
        for line in path.read_text(encoding="latin-1").split("\n"):
            s = line.strip()
            if s.endswith((":", ".")) and LEAD_IN.search(s) is not None:
                matched += 1
                assert _may_lead_in(s), (path.name, s)
    assert matched > 100  # (the corpus prints hundreds)


def test_release_top_starts_under_the_lead_in() -> None:
    lines = _ctc_item_lines()
    found = pr._locate(lines, False)
    assert found is not None
    d = found[0]
    head = read_head(lines, d)
    assert (d, head.top) == (10, 2)
    top = pr._top_start(lines, head)
    assert top == 1
    assert lines[top - 1] == CTC_LEAD_IN


def test_about_heading_with_a_colon_still_names_the_company() -> None:
    release = edited_record(CTC, {"\nAbout CTC Communications":
                                  "\nAbout: CTC Communications"})["press_releases"][0]
    assert release["about"]["company"] == "CTC Communications"
    assert release["about"]["text"][:40] == "CTC is a rapidly growing, next generatio"


def test_about_heading_as_printed_is_read_the_same() -> None:
    release = parse(CTC.read_bytes(), CTC.name)["press_releases"][0]
    assert release["about"]["company"] == "CTC Communications"
    assert release["about"]["text"][:40] == "CTC is a rapidly growing, next generatio"


def test_gate_is_linear_on_a_long_line() -> None:
    """A 200 KB line ending in "." full of near-misses ("rea", "follo", "attac", "relez")."""
    line = "rea follo attac relez " * 9000 + "end."
    start = time.process_time()
    for _ in range(20):
        _may_lead_in(line)
    assert time.process_time() - start < 5
    if hasattr(pr, "_may_lead_in"):
        assert pr._may_lead_in(line) is False
