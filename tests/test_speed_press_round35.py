"""Round 35's press-release shortcuts give what the full rules give.

Each shortcut below skips work where a cheap test proves the work finds nothing: a leader-dot
table row or a mark-less contact line is no dateline, a window after an end mark with no
"today" announces no next release, a table row holding no "forward" is no safe harbour. The
tests check real values, and that each test lets through what the full rule needs.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from filing2json.parsers.sections.press_dateline import (
    _accepted,
    _more_dateline,
    match_dateline,
)
from filing2json.parsers.sections.press_parts import date_line
from filing2json.parsers.sections.press_patterns import ANY_DATELINE, DATE_FIRST, DATELINES
from filing2json.parsers.sections.press_release import _is_phone_line, parse_press_releases
from filing2json.parsers.sections.press_tail import forward_looking_in
from filing2json.parsers.sections.press_text import (
    ParagraphTexts,
    paragraph_text,
    prepare_lines,
    split_paragraphs,
)
from support import FILINGS

STOCKWALK = FILINGS / "8k_2000_stockwalkcomgroupinc_3.txt"


def _full_rule(line: str) -> str | None:
    """match_dateline without its shortcuts: every DATELINES pattern, DATE_FIRST, the
    spellings DATELINES lacks."""
    text = line.lstrip(" \t")
    for name, pattern in DATELINES:
        m = pattern.match(text)
        if m is not None and _accepted(name, m, text):
            return name
    if DATE_FIRST.match(text):
        return "date_first"
    found = _more_dateline(text)
    return found[0] if found else None


def test_leader_rows_of_real_statements_are_no_datelines():
    # Stockwalk 2000's 8-K prints its statements with leader dots (about 90 such rows)
    rows = [line for line in STOCKWALK.read_text(encoding="latin-1").split("\n")
            if "...." in line and line.strip()[:1].isupper()]
    assert len(rows) > 40
    assert "  Diluted...................................................           $  2.08" in rows
    for row in rows:
        assert match_dateline(row) is None
        assert _full_rule(row) is None


def test_datelines_with_dots_are_still_read():
    # an ellipsis after a place, or a place's dots run into it: datelines, not leader rows
    found = match_dateline("MINNEAPOLIS...SEPTEMBER 8, 2000, Stockwalk.com Group, Inc. "
                           "(Nasdaq: STOK), has")
    assert found is not None and found[0] == "ellipsis"
    assert found[1].group("city") == "MINNEAPOLIS" and found[1].group("day") == "8"
    found = match_dateline("MINNEAPOLIS....SEPTEMBER 8, 2000, Stockwalk.com Group, Inc. has")
    assert found is not None and found[1].group("year") == "2000"
    found = match_dateline("CONCORD, NEW HAMPSHIRE, September 26, 2000...ROCK OF AGES "
                           "CORPORATION (NASDAQ/NMS:ROAC) announced today")
    assert found is not None and found[0] == "ellipsis_after"


_WORDS = st.sampled_from(
    "Net Income Diluted Basic Cash March Monday Texas NEW YORK and Sept Balance Other "
    "INDEPENDENT AUDITORS REPORT The On Erie PA".split())


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(_WORDS, min_size=1, max_size=5),
    dots=st.integers(min_value=4, max_value=60),
    tail=st.text(alphabet=" \t$0123456789,.()%/-*#@:;|_=+[]!?", max_size=40),
)
def test_any_leader_row_is_no_dateline(words: list[str], dots: int, tail: str):
    row = " ".join(words) + "." * dots + tail
    assert match_dateline(row) is None
    assert _full_rule(row) is None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(
    "John Dinsmore Alan Russell CTC Communications Acme Corp Inc NEW YORK Brand Sand "
    "Land 410 571 8900 : ; ' \" @ $ # Investor Relations".split()), min_size=1, max_size=8))
def test_a_line_with_no_mark_after_a_place_matches_no_dateline(words: list[str]):
    line = " ".join(words)
    if not any(c in line for c in "-,.(/&\u2013\u2014\u2015") and "and" not in line:
        # what the shortcut assumes: ANY_DATELINE, and so every DATELINES pattern, fails
        assert ANY_DATELINE.match(line) is None
        assert not any(pattern.match(line) for _, pattern in DATELINES)


def test_contact_lines_and_real_datelines():
    for line in ("John Dinsmore", "Feldman Communications Inc.", "CTC Communications"):
        assert match_dateline(line) is None
    found = match_dateline("WALTHAM, Mass-August 2, 2000-- CTC Communications Group Inc.")
    assert found is not None and found[0] == "date_dash"
    # a place joined by "and", no other mark before the date's comma
    found = match_dateline("LONDON and NEW YORK, Nov. 7, 2019 /PRNewswire/ -- Acme plc")
    assert found is not None and found[1].group("city") == "LONDON and NEW YORK"


_TWO_RELEASES = """\
ACME WIDGETS REPORTS RECORD FOURTH QUARTER RESULTS

HOUSTON, Texas, February 25, 2021 -- Acme Widgets, Inc. (NYSE: AWI) today reported record
revenue of $45.2 million for the fourth quarter of 2020, up 25% from a year earlier, and
net income of $6.1 million, or $0.42 per diluted share.

"We closed the year with strong momentum," said Jane Doe, Chief Executive Officer.

# # #

ACME WIDGETS DECLARES QUARTERLY DIVIDEND

HOUSTON, Texas, February 24, 2021 -- Acme Widgets, Inc. (NYSE: AWI) {verb} a quarterly
cash dividend of $0.12 per share, payable March 31, 2021 to holders of record on March 15,
2021.

# # #
"""


def test_next_release_announcing_yesterday_or_in_capitals_is_read():
    for verb in ("yesterday declared", "TODAY ANNOUNCED", "declared today"):
        releases = parse_press_releases(_TWO_RELEASES.replace("{verb}", verb), "EX-99.1")
        assert [r["headline"] for r in releases] == [
            "ACME WIDGETS REPORTS RECORD FOURTH QUARTER RESULTS",
            "ACME WIDGETS DECLARES QUARTERLY DIVIDEND",
        ], verb
        assert [r["date"] for r in releases] == ["2021-02-25", "2021-02-24"]


def test_no_next_release_without_an_announcement():
    # the second dateline's paragraph announces nothing: a table page after the end mark
    text = _TWO_RELEASES.replace("{verb}", "paid")
    releases = parse_press_releases(text, "EX-99.1")
    assert len(releases) == 1
    assert releases[0]["headline"] == "ACME WIDGETS REPORTS RECORD FOURTH QUARTER RESULTS"


def _paragraphs(text: str) -> tuple[list[str], ParagraphTexts, list[str]]:
    lines = prepare_lines(text)
    stripped = [line.strip() for line in lines]
    paras = split_paragraphs(lines, stripped)
    firsts = [lines[s] for s, _ in paras]
    return firsts, ParagraphTexts(stripped, paras), [paragraph_text(lines[s:e]) for s, e in paras]


_ROWS = "".join(f"Segment {k}\t${k},{k:03d}\t${k + 1},{k:03d}\n" for k in range(1, 60))
_BODY = ("HOUSTON, Texas, February 25, 2021 -- Acme Widgets, Inc. today reported results\n"
         "for the quarter ended December 31, 2020, with record revenue across every segment\n"
         "of its business.\n\n")


def test_safe_harbour_past_a_table_under_each_heading():
    tail = ("This press release contains statements about the Company's future results "
            "that involve risks and uncertainties. Actual results may differ materially.")
    for heading in ("Forward-Looking Statements", "SAFE HARBOR STATEMENT",
                    "CAUTIONARY STATEMENT", "Cautionary Language"):
        firsts, texts, plain = _paragraphs(f"{_BODY}{_ROWS}\n{heading}\n\n{tail}\n")
        found = forward_looking_in(firsts, texts)
        assert found is not None and found[2] == tail, heading
        assert found == forward_looking_in(firsts, plain)
        # the table's rows were ruled out without being joined
        assert texts._texts[5] is None


def test_safe_harbour_phrase_on_a_paragraph_s_later_line():
    # "forward-" / "looking statements": the word on the first line, its phrase across the
    # break; and "forward" on the second line only
    for lines in (
        "Except for historical information, the matters discussed in this release are forward-\n"
        "looking statements that involve risks and uncertainties that could cause actual\n"
        "results to differ materially from those projected.\n",
        "Except for historical information, the matters discussed in this release and in\n"
        "the conference call are Forward-Looking Statements that involve risks and\n"
        "uncertainties that could cause actual results to differ materially.\n",
    ):
        firsts, texts, plain = _paragraphs(f"{_BODY}{_ROWS}\n{lines}")
        found = forward_looking_in(firsts, texts)
        assert found is not None
        assert found[2].startswith("Except for historical information, the matters discussed")
        assert "ooking statements that involve risks" in found[2].lower()
        assert found == forward_looking_in(firsts, plain)


def test_date_lines_with_a_time_still_read():
    assert date_line("Wednesday, March 12, 2025 at 4:30 p.m. ET") == "2025-03-12"
    assert date_line("EMBARGOED UNTIL 4:05 P.M. EST, MARCH 5, 2025") == "2025-03-05"
    assert date_line("For release at 7:00 a.m. ET, March 5, 2025") == "2025-03-05"
    assert date_line("Conference Call at 10:00 a.m. Eastern Time") is None


def test_phone_lines_behind_their_guard():
    assert _is_phone_line("Tel: (201) 567-5648")
    assert _is_phone_line("Phone: 401-831-6755  Fax: 401-831-6758")
    assert _is_phone_line("Tel: +44 (0)20 7123 4567")
    assert not _is_phone_line("Telecommunications services for the Mid-Atlantic states")
    assert not _is_phone_line("Telephone: call the Company's office")
