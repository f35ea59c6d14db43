"""Press-release heads of round 68: a date-less dateline of a place and a wire's credit alone
("SAN JOSE, Calif. (BUSINESS WIRE)", "SAN JOSE, Calif.--(BUSINESS WIRE)", "TORONTO
/CNW/"), in an HTML paragraph of its own or before the company's name, is the dateline, not
a subheadline; a place and a date a dash parts, alone in its paragraph ("SAN JOSE, Calif. --
July 10, 2019"), is too; a dateline alone in its paragraph takes the announcing paragraph
under it on to its line, so that the body opens with one paragraph, as the wire prints it."""

from __future__ import annotations

import time
from typing import Any

import pytest

from filing2json.parsers.sections.press_dateline import find_dateline, match_dateline
from support import FILINGS, edited_record

# Oracle's 2019 release naming a director (a corpus filing, HTML): its dateline opens the
# first paragraph under the two-line centred headline
ORACLE = "8k_2019_oraclecorp_1.txt"
ORACLE_DATELINE = "REDWOOD SHORES, Calif., July&nbsp;10, 2019 &#151; The Oracle"
ORACLE_HEADLINE = "ORACLE NAMES RONA FAIRHEAD TO THE BOARD OF DIRECTORS"
# the paragraph break the edits put after the dateline (the filing's own paragraph style)
PARAGRAPH = ('</P>\n<P STYLE="margin-top:12pt; margin-bottom:0pt; text-indent:4%; '
             'font-size:10pt; font-family:Times New Roman">')
ORACLE_LEAD = ("The Oracle Board of Directors today announced that it has unanimously elected "
               "Rona A. Fairhead")


def _oracle(dateline: str, after: str = "The Oracle") -> dict[str, Any]:
    """Oracle's release with its dateline edited into ``dateline``, ``after`` following."""
    return edited_record(FILINGS / ORACLE, {ORACLE_DATELINE: dateline + after})[
        "press_releases"][0]


def _head(rel: dict[str, Any]) -> tuple[Any, ...]:
    return rel["headline"], rel["subheadlines"], rel["dateline"]


@pytest.mark.parametrize(("dateline", "place"), [
    # a place and a wire's credit, no date, in a paragraph of its own (was: a subheadline,
    # no dateline)
    ("REDWOOD SHORES, Calif. (BUSINESS WIRE)", ("REDWOOD SHORES", "Calif.")),
    ("REDWOOD SHORES, Calif.--(BUSINESS WIRE)", ("REDWOOD SHORES", "Calif.")),
    ("REDWOOD SHORES, Calif. (BUSINESS WIRE) --", ("REDWOOD SHORES", "Calif.")),
    ("REDWOOD SHORES, Calif. /PRNewswire/", ("REDWOOD SHORES", "Calif.")),
    ("REDWOOD SHORES, Calif. /PRNewswire/ --", ("REDWOOD SHORES", "Calif.")),
    ("Redwood Shores, California (GLOBE NEWSWIRE)", ("Redwood Shores", "California")),
    ("TORONTO /CNW/", ("TORONTO", None)),
])
def test_dateless_wire_dateline_alone(dateline: str, place: tuple[str, Any]) -> None:
    rel = _oracle(dateline, PARAGRAPH + "The Oracle")
    assert _head(rel) == (ORACLE_HEADLINE, [],
                          {"city": place[0], "state": place[1], "date": None})
    assert rel["body"].startswith(f"{dateline} {ORACLE_LEAD}")


def test_dateless_wire_dateline_before_name() -> None:
    # (unchanged: on the company's line, the name after the credit's dash, read before)
    rel = _oracle("REDWOOD SHORES, Calif. (BUSINESS WIRE) -- ")
    assert _head(rel) == (ORACLE_HEADLINE, [],
                          {"city": "REDWOOD SHORES", "state": "Calif.", "date": None})


@pytest.mark.parametrize("dateline", [
    # (unchanged: a firm's name is no place; a credit that announces nothing under it)
    "Oracle Corporation (BUSINESS WIRE)",
])
def test_wire_credit_of_no_place(dateline: str) -> None:
    rel = _oracle(dateline, PARAGRAPH + "The Oracle")
    assert _head(rel) == (ORACLE_HEADLINE, [dateline], None)


def test_wire_credit_over_no_announcement() -> None:
    # (unchanged: the paragraph under the credit and the one under that announce nothing)
    rel = _oracle("REDWOOD SHORES, Calif. (BUSINESS WIRE)",
                  PARAGRAPH + "The election is effective." + PARAGRAPH + "The Oracle")
    assert _head(rel) == (ORACLE_HEADLINE, ["REDWOOD SHORES, Calif. (BUSINESS WIRE)",
                                            "The election is effective."], None)


@pytest.mark.parametrize(("dateline", "place"), [
    # a place and a date a dash parts, alone in its paragraph (was: a subheadline, no
    # dateline)
    ("REDWOOD SHORES, Calif. -- July 10, 2019", ("REDWOOD SHORES", "Calif.")),
    ("Redwood Shores, California - July 10, 2019", ("Redwood Shores", "California")),
    ("REDWOOD SHORES, Calif. &#150; Jul. 10, 2019", ("REDWOOD SHORES", "Calif.")),  # (an en dash)
    ("LONDON -- 10 July 2019", ("LONDON", None)),
])
def test_dashed_date_alone(dateline: str, place: tuple[str, Any]) -> None:
    rel = _oracle(dateline, PARAGRAPH + "The Oracle")
    assert _head(rel) == (ORACLE_HEADLINE, [],
                          {"city": place[0], "state": place[1], "date": "2019-07-10"})


@pytest.mark.parametrize("dateline", [
    # a dated dateline alone in its paragraph: the body opens with one paragraph (was: the
    # dateline, a paragraph break, then the announcement)
    "REDWOOD SHORES, Calif., July 10, 2019 /PRNewswire/ --",
    "REDWOOD SHORES, Calif.--(BUSINESS WIRE)--July 10, 2019--",
    "REDWOOD SHORES, Calif., July 10, 2019 (GLOBE NEWSWIRE) --",
    "REDWOOD SHORES, Calif., July 10, 2019",
    "LONDON, 10 July 2019",
])
def test_dateline_paragraph_joins_body(dateline: str) -> None:
    rel = _oracle(dateline, PARAGRAPH + "The Oracle")
    assert rel["body"][: len(dateline) + 1 + len(ORACLE_LEAD)] == f"{dateline} {ORACLE_LEAD}"
    assert rel["dateline"]["date"] == "2019-07-10"


@pytest.mark.parametrize(("under", "opening"), [
    # (unchanged: a heading under the dateline's paragraph, one word, and a paragraph that
    # opens with a bullet's dash stay paragraphs of their own)
    ("<B>Highlights</B>", "Highlights\n\nThe Oracle"),
    ("- The Oracle", "- The Oracle"),
])
def test_dateline_paragraph_over_no_sentence(under: str, opening: str) -> None:
    dateline = "REDWOOD SHORES, Calif., July 10, 2019 /PRNewswire/ --"
    after = PARAGRAPH + under + ("" if under.endswith("Oracle") else PARAGRAPH + "The Oracle")
    rel = _oracle(dateline, after)
    assert rel["body"][: len(dateline) + 2 + len(opening)] == f"{dateline}\n\n{opening}"


def test_inline_dateline_body_unchanged() -> None:
    # (unchanged: the filing's own dateline, on the announcement's line)
    rel = edited_record(FILINGS / ORACLE, {})["press_releases"][0]
    assert rel["body"].startswith("REDWOOD SHORES, Calif., July 10, 2019 \u2014 " + ORACLE_LEAD)


def test_wire_alone_linear() -> None:
    # ~200 KB of the new spelling's triggers, read in linear time
    start = time.process_time()
    assert match_dateline("SAN JOSE " * 22_000 + "(BUSINESS WIRE)") is None
    assert match_dateline("SAN JOSE, Calif. /PR " * 10_000) is None
    assert find_dateline("TORONTO /CN\n" * 16_000) is None
    assert find_dateline("TORONTO /CN /A /B " * 11_000) is None
    assert time.process_time() - start < 5
