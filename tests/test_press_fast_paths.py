"""The press-release extractor's fast paths give what the plain per-line rules give.

Each scan or prefilter below stands in for a slower rule (a regex call per line, a caseless
search per paragraph); these tests run both over real corpus files and check real values.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from filing2json.parsers.sections.patterns import SIGNATURE_HEADING
from filing2json.parsers.sections.press_dateline import locate_dateline
from filing2json.parsers.sections.press_patterns import (
    ANY_FURNITURE,
    END_MARK,
    FLS_PHRASE,
    FULL_DATE_SCAN,
    ITEM_HEADING,
)
from filing2json.parsers.sections.press_quotes import _MARK, quote_spans
from filing2json.parsers.sections.press_release import (
    _drop_furniture,
    _release_end,
    _top_start,
)
from filing2json.parsers.sections.press_tail import _fls_phrase, is_boundary
from filing2json.parsers.sections.press_text import (
    ParagraphTexts,
    full_dates,
    infer_year,
    paragraph_text,
    prepare_lines,
    split_paragraphs,
    stripped_text,
)
from support import CORPUS, FILINGS

SEED_000 = CORPUS / "seeds" / "000_af6957f9859c0735.txt"
# Releases with page furniture inside (read off the files: "(more)", "-4-", "Exhibit 99.1-1").
FURNISHED = [
    "8k_2006_horizonfinancialcorp_1.txt",
    "8k_2004_astafundinginc_5.txt",
    "8k_2000_stockwalkcomgroupinc_3.txt",
]


def _lines(path: Path) -> list[str]:
    return prepare_lines(path.read_text(encoding="utf-8", errors="replace"))


def _release_end_by_line(lines: list[str], d: int) -> int:
    """The rule the scan replaces: a regex call on every stripped line after the dateline."""
    for j in range(d + 1, len(lines)):
        s = lines[j].strip()
        if s and (SIGNATURE_HEADING.match(s) or ITEM_HEADING.match(s)):
            return j
    return len(lines)


def test_release_end_seed_000_is_the_signatures():
    lines = _lines(SEED_000)
    d = locate_dateline(lines)[0]
    end = _release_end(lines, d)[0]
    assert lines[end] == "SIGNATURES"
    assert end == _release_end_by_line(lines, d)


@pytest.mark.parametrize("name", FURNISHED + ["8k_1999_westelltechnologiesinc_3.txt"])
def test_release_end_scan_equals_line_rule(name):
    lines = _lines(FILINGS / name)
    for d in (0, 1, len(lines) // 3, len(lines) // 2, len(lines) - 1):
        assert _release_end(lines, d)[0] == _release_end_by_line(lines, d)


def test_release_end_reads_stripped_lines():
    # a form feed or an ideographic space before "Item" is stripped, as by str.strip
    lines = ["WALTHAM, Mass-August 2, 2000--", "text", "\x0c\u3000Item 7. Exhibits", "x"]
    assert _release_end(lines, 0)[0] == 2
    assert _release_end(["a", "Items 5 and 7", "  S I G N A T U R E S ."], 0)[0] == 2


def test_drop_furniture_horizon_2006_more_lines():
    lines = _lines(FILINGS / "8k_2006_horizonfinancialcorp_1.txt")
    d = locate_dateline(lines)[0]
    region = lines[d : _release_end(lines, d)[0]]
    out = _drop_furniture(region)
    blanked = [region[i].strip() for i in range(len(region)) if out[i] != region[i]]
    assert [line for line in blanked if "(" in line][:4] == ["(more)"] * 4
    # each "(more)" page's head goes with its label: "HRZB-EPS Up 29% YTD" / "January 19,
    # 2006" / "Page 2" (the whole pipeline drops it earlier, as a head repeated on 3+ pages)
    assert blanked[1:4] == ["HRZB-EPS Up 29% YTD", "January 19, 2006", "Page 2"]


@pytest.mark.parametrize("name", FURNISHED)
def test_drop_furniture_equals_any_furniture(name):
    lines = _lines(FILINGS / name)
    d = locate_dateline(lines)[0]
    region = lines[d : _release_end(lines, d)[0]]
    expected = list(region)
    for i in ANY_FURNITURE.matching_lines(region):
        if len(region[i]) <= 90:
            expected[i] = ""
    out = _drop_furniture(region)
    # more is blanked only right above a "Page N" label: the head of a continued page
    for i, (got, want) in enumerate(zip(out, expected, strict=True)):
        if got != want:
            assert got == "" and any(
                re.match(r"\s*[Pp]age \d", region[j]) for j in range(i + 1, i + 4))


def test_paragraph_text_fast_and_hyphen_paths():
    joined = paragraph_text(["Trial on a Packet-", "Based Network"])
    assert joined == "Trial on a Packet-Based Network"
    # seed 001's contact lines: tabs and double spaces squash to single spaces
    assert paragraph_text(["Contact:\tJohn Dinsmore \t\t\t \tJohn Pittenger"]) == (
        "Contact: John Dinsmore John Pittenger"
    )
    assert stripped_text(["", "a\u200bb", ""]) == "a b"
    assert stripped_text(["already squashed", "text"]) == "already squashed text"


def test_paragraph_texts_seed_000_equal_paragraph_text():
    lines = _lines(SEED_000)
    d = locate_dateline(lines)[0]
    region = lines[d : _release_end(lines, d)[0]]
    stripped = [line.strip() for line in region]
    paras = split_paragraphs(region, stripped)
    texts = ParagraphTexts(stripped, paras)
    expected = [paragraph_text(region[s:e]) for s, e in paras]
    assert texts[0].startswith("WALTHAM, Mass-August 2, 2000-- CTC Communications Group Inc.")
    assert texts[2:4] == expected[2:4]
    assert list(texts) == expected
    assert len(texts) == len(expected) and texts[-1] == expected[-1]


def test_fls_phrase_prefilter_on_corpus_paragraphs():
    seen = 0
    for path in [SEED_000, FILINGS / "8k_2001_entradanetworksinc_1.txt"]:
        lines = _lines(path)
        for s, e in split_paragraphs(lines):
            text = paragraph_text(lines[s:e])
            found = _fls_phrase(text)
            assert found == bool(FLS_PHRASE.search(text[:400]))
            seen += found
    assert seen >= 2
    assert _fls_phrase("This release has FORWARD-LOOKING\nSTATEMENTS in it.")


def test_is_boundary_prefilters_keep_caseless_matches():
    # "ı" and "İ" match a caseless "i": the prefilter looks for "tem" only
    assert is_boundary("\u0131tem 8.01 Other Events", "\u0131tem 8.01 Other Events")
    assert is_boundary("# # #", "# # #")
    assert is_boundary("NOTE TO EDITORS: x", "NOTE TO EDITORS: x")
    assert is_boundary("Safe Harbor Statement", "Safe Harbor Statement")
    assert not is_boundary("Shares rose 5% in the quarter.", "Shares rose 5% in the quarter.")


def test_quote_marks_seed_000():
    text = paragraph_text(SEED_000.read_text(encoding="utf-8").split("\n"))
    starts = [m.start() for m in _MARK.finditer(text)]
    assert starts  # seed 000 quotes Frederic Kunzi and Bob Fabbricatore
    spans = quote_spans(text)
    assert text[spans[0].start :].startswith("This is a profound and exciting progress report")
    assert quote_spans("No quotation marks here.") == []
    assert [f.start for f in quote_spans("``Nice'' said Mr. Jones.")] == [2]


def test_top_start_seed_000_after_lead_in():
    lines = _lines(SEED_000)
    d = locate_dateline(lines)[0]
    from filing2json.parsers.sections.press_parts import read_head

    head = read_head(lines, d)
    top = _top_start(lines, head)
    assert "issued the following" in " ".join(lines[top - 2 : top])
    assert not END_MARK.match(lines[top].strip())


# Datelines printed without a year, and the year read off the release's other dates.
YEARLESS = [
    ("8k_1997_homehealthcorpofameric_2.txt", "Sept", "29", 1997),
    ("8k_2004_searsroebuckandco_1.txt", "July", "22", 2004),
    ("8k_2005_pericomsemiconductorco_9.txt", "Aug", "9", 2005),
]


def _spans(matches) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in matches]


@pytest.mark.parametrize("name,month,day,year", YEARLESS)
def test_full_dates_equal_full_scan_and_infer_the_year(name, month, day, year):
    text = "\n".join(_lines(FILINGS / name))
    scanned = _spans(FULL_DATE_SCAN.finditer(text, 0, 30000))
    assert len(scanned) > 3
    assert _spans(full_dates(text, 30000)) == scanned
    assert infer_year(month, day, text) == year


def test_full_dates_walk_back_over_every_part():
    text = "on\tSeptember.   \t 30,\t    2004 and May 5 1999, not 1x 2000 nor 12/31 2001;Dec 1,2002"
    assert [m.group(0) for m in full_dates(text, len(text))] == [
        m.group(0) for m in FULL_DATE_SCAN.finditer(text)
    ] == ["September.   \t 30,\t    2004", "May 5 1999"]
    assert [m.group(0) for m in full_dates("Dec. 31,   2003", 15)] == ["Dec. 31,   2003"]
    assert list(full_dates("December 31, 20045", 18)) == []
    assert [m.group(0) for m in full_dates("December 31, 20045", 17)] == ["December 31, 2004"]


_DATE_BITS = st.sampled_from(
    ["January", "Sept", "DEC", "may", "Aug", ".", ",", " ", "\t", "\n", "1999", "2004", "20",
     "19", "5", "31", "12", "3", "x", "_", "\u00b2", "\u0663"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_DATE_BITS, max_size=30).map("".join), st.integers(0, 40))
def test_full_dates_equal_full_scan_on_any_text(text, cut):
    end = min(cut, len(text))
    assert _spans(full_dates(text, end)) == _spans(FULL_DATE_SCAN.finditer(text, 0, end))
