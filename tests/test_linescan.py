"""parsers.linescan: the newline-led scans find exactly what a MULTILINE "^" pattern finds."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import filing2json.parsers as package
from filing2json.parsers.linescan import LinePattern
from filing2json.parsers.sections.item_headings import HEADING
from filing2json.parsers.sections.patterns import SIGNATURE_HEADING
from support import FILINGS

WESTELL = FILINGS / "8k_1999_westelltechnologiesinc_3.txt"


def test_finditer_matches_the_multiline_pattern_on_a_real_filing() -> None:
    text = WESTELL.read_text(encoding="latin-1")
    fast = LinePattern(HEADING.pattern)
    got = [(fast.line_start(m), m.group("num"), m.end()) for m in fast.finditer(text)]
    want = [(m.start(), m.group("num"), m.end()) for m in HEADING.finditer(text)]
    assert got == want
    assert ("5", "7") == tuple(n for _, n, _ in got if n)[:2]  # "ITEM 5." then "ITEM 7."


def test_search_within_a_range_and_at_its_first_line() -> None:
    text = "Item 9.01 Exhibits\nSIGNATURES\nBy: /s/ Jane Roe\n  SIGNATURE\n"
    sig = LinePattern(SIGNATURE_HEADING.pattern)
    m = sig.search(text)
    assert sig.line_start(m) == 19 and m.group(0) == "\nSIGNATURES"  # led by the newline
    m = sig.search(text, 19)  # the range starts on the heading line itself
    assert sig.line_start(m) == 19
    m = sig.search(text, 20)  # mid-line: the next heading line
    assert sig.line_start(m) == text.index("  SIGNATURE")
    assert sig.search(text, 20, text.index("  SIGNATURE")) is None


def test_matching_lines_gives_line_indices_once_each() -> None:
    lines = ["Exhibit 99.1", "CTC announces", "(more)", "(more)", "text (more) text"]
    furniture = LinePattern(r"[ \t]*(?:Exhibit[ \t]+\d+(?:\.\d+)?|\(more\))[ \t]*$")
    assert furniture.matching_lines(lines) == [0, 2, 3]
    assert LinePattern(r"[ \t]*[a-z]").matching_lines(lines) == [4]




def test_forms_compile_on_first_use_and_every_defined_pattern_compiles() -> None:
    with pytest.raises(re.error):
        LinePattern("[").search("x")  # nothing compiles until used, so a broken body fails here
    # ...which is why every module-level LinePattern of the package is compiled here, once
    found = 0
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if isinstance(value, LinePattern):
                assert value.first.pattern == value.body
                assert value.rest.pattern == f"\n(?:{value.body})"
                found += 1
    assert found >= 15


def test_line_above_skips_blanks_and_rules_and_says_where_the_line_starts() -> None:
    from filing2json.parsers.linescan import line_above

    # a 1990s exhibit list: the column head over a rule, then a row
    text = "     Exhibit No.      Description\n     -----------      -----------\n\n     No. 99.1"
    row = text.rindex("     No. 99.1")
    assert line_above(text, row) == ("     -----------      -----------", text.index("     ---"))
    assert line_above(text, row, blank=" \t-_=") == ("     Exhibit No.      Description", 0)
    assert line_above(text, 0) == ("", -1)
    assert line_above("\n\n\n\n\nx", 5) == ("", -1)  # only blank lines within reach


def test_last_reads_from_the_end_and_finds_what_a_full_scan_finds() -> None:
    # a 10-K's exhibit index printed once near the start and once at the end, with a
    # tail stretch far shorter than the text: the last one, as a forward scan gives it
    body = "The Company files reports with the Commission.\n" * 400
    text = "EXHIBIT INDEX\n" + body + "   EXHIBIT INDEX\n" + body[:3_000]
    pattern = LinePattern(r"[ \t]*+EXHIBIT INDEX[ \t]*$")
    full = list(pattern.finditer(text))
    got = pattern.last(text, tail=1_000)
    assert got is not None and got.start() == full[-1].start() and len(full) == 2
    assert pattern.last(text, tail=1_000, start=full[-1].end()) is None
    assert pattern.last(body, tail=500) is None
    # one line only, in the first stretch tried: no scan of the lines above
    assert LinePattern("The Company").last(text, tail=100).start() > len(text) - 3_100
