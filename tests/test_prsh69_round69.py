"""Press-release head and body, round 69.

Speed (no record changes):
- the dateline hint (``press_dateline._DATELINE_HINT``) takes a line's indent and the blanks
  before a city's next word possessively (none can be given back to a capital);
- a statement's figure row with a dated label ("Balance, December 31, 1997....    5,955 ...")
  is judged no dateline by one cheap test (``press_dateline._figure_row``) before every
  spelling is tried on it;
- the release's body steps read ``is_unwrapped`` once, and join the lines a yearless
  dateline's year is inferred from only when one needs it.

Accuracy:
- contacts printed over the headline with no heading, one person stacked ("Brian McDermott"
  / "Union Camp Corporation" / "201-628-2275") or a list on a line, are read
  (``press_release._headless_above``; Union Camp 1994, edited);
- a capitalised word alone in round brackets under a headline line ("(Transformational)",
  "(Updated)") is a subheadline of its own, not the rest of the headline
  (``press_parts._bracketed_word``; Oracle 2019, edited);
- a release printed in an 8-K item's own text whose dateline prints no date takes the date
  of the item's sentence introducing it ("On August 2, 2000, the Registrant issued the
  following press release:"), as an exhibit release already did
  (``press_releases._date_introduced``; CTC 2000, a sample, edited).
"""

from __future__ import annotations

import time
from typing import Any

import pytest

from filing2json.parsers import parse
from filing2json.parsers.sections import press_dateline as pd
from filing2json.parsers.sections.press_text import split_paragraphs
from support import FILINGS, SAMPLES, edited_record

STOCKWALK = FILINGS / "8k_2000_stockwalkcomgroupinc_3.txt"
UNION_CAMP = FILINGS / "8k_1994_unioncampcorp_1.txt"
ORACLE = FILINGS / "8k_2019_oraclecorp_1.txt"
CTC = sorted(SAMPLES.glob("000_*"))[0]  # CTC Communications, 8-K of August 2000, Item 5


# ---- speed: figure rows ----------------------------------------------------------------

# Stockwalk 2000's statement of changes in equity, with leader dots and in columns
_FIGURE_ROWS = (
    "Balance, December 31, 1997....    5,955       119         11,946       23,507         "
    "35,572",
    "Balance, December 31, 1999....    4,782      $ 96        $ 6,028      $22,840        "
    "$28,964",
    "Balance, December 31, 1998                             5,483            110         "
    "9,265         20,131         29,506",
)


def _figure_row(text: str) -> bool:
    fn = getattr(pd, "_figure_row", None)
    assert fn is not None, "no figure-row test (the round's start tree)"
    return bool(fn(text))


def test_statement_rows_are_figure_rows_read_off_the_filing() -> None:
    text = STOCKWALK.read_text(encoding="latin-1")
    for row in _FIGURE_ROWS:
        assert row in text
        assert _figure_row(row)
        assert pd.match_dateline(row) is None
    # a tab as the column gap
    assert _figure_row("Balance, December 31, 1999\t4,782\t96")


@pytest.mark.parametrize("line", [
    "NEW YORK, March 3, 2025",  # a dateline alone on its line: no gap, no figures after it
    "WALTHAM, Mass., Aug. 2, 2000 -- CTC Communications today announced ...",
    "NEW YORK, March 3, 2025 -- Acme sales for 2024  123",  # a mark after the date
    "Balance, June 30, 2000 (unaudited)                     4,909",  # a note after the date
    "Balance, December 31, 1999 4,782",  # one blank: no column gap
])
def test_lines_that_are_no_figure_rows(line: str) -> None:
    assert not _figure_row(line)


def test_a_dateline_alone_still_matches() -> None:
    found = pd.match_dateline("NEW YORK, March 3, 2025")
    assert found is not None and found[0] == "date_alone"
    assert _figure_row("NEW YORK, March 3, 2025") is False


def test_figure_row_worst_case_is_fast() -> None:
    rows = ["Balance, Dec. 31, 1997" + "." * 250 + "x",
            "a" * 59 + " 1, 1997" + " " * 200 + "1" * 30 + "x",
            "Balance, December 31, 1997  " + "1," * 100_000]
    started = time.process_time()
    for _ in range(200):
        for row in rows:
            assert not _figure_row(row)
    assert time.process_time() - started < 5


def test_dateline_hint_keeps_indented_datelines() -> None:
    # the possessive indent: an indented dateline and one of a place's particle still hint
    text = "\n".join([
        "",
        "                Pursuant to the requirements of the Act",
        "     WALTHAM, Mass., Aug. 2, 2000 -- CTC Communications today announced that",
        "     KING OF PRUSSIA, Pa., March 3, 2025 -- Acme today announced that",
    ])
    starts = [pd._DATELINE_HINT.line_start(m) for m in pd._DATELINE_HINT.finditer(text)]
    lines = [text[s : text.find("\n", s) if "\n" in text[s:] else len(text)] for s in starts]
    assert [line.strip()[:12] for line in lines] == ["WALTHAM, Mas", "KING OF PRUS"]


def test_split_paragraphs_takes_the_callers_unwrapped() -> None:
    lines = ["Acme today announced record results for its fourth quarter of 2024.", "",
             "Revenue rose 25% to $1.2 billion."]
    assert split_paragraphs(lines) == [(0, 1), (2, 3)]
    assert split_paragraphs(lines, None, True) == [(0, 1), (2, 3)]


# ---- contacts over the headline with no heading ------------------------------------------

# Union Camp's head prints "CONTACT: Brian McDermott      201-628-2275" under "FOR IMMEDIATE
# RELEASE"; the tests print the same person there with no heading
_HEAD = "CONTACT: Brian McDermott      201-628-2275\n"


def _people(release: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(c["name"], c["organization"], c["role"], c["phone"], c["email"])
            for c in release["contacts"]]


def _union_camp(new_head: str) -> dict[str, Any]:
    return edited_record(UNION_CAMP, {_HEAD: new_head})["press_releases"][0]


def test_original_head_contact() -> None:
    release = parse(UNION_CAMP.read_bytes(), UNION_CAMP.name)["press_releases"][0]
    assert _people(release) == [("Brian McDermott", None, None, "201-628-2275", None)]
    # the letterhead over it ("Union Camp Corp. 1600 Valley Rd. Wayne, N.J. 07470
    # 201-628-2275") names no one
    assert release["headline"] == ("UNION CAMP SAVANNAH LINERBOARD MACHINE SUFFERS "
                                   "EXTENSIVE DAMAGE IN DRYER SECTION FAILURE")


def test_one_person_stacked_over_the_headline() -> None:
    # right under the release label (was: no contacts)
    release = _union_camp("Brian McDermott\nUnion Camp Corporation\n201-628-2275\n")
    assert _people(release) == [
        ("Brian McDermott", "Union Camp Corporation", None, "201-628-2275", None)]
    assert release["headline"] == ("UNION CAMP SAVANNAH LINERBOARD MACHINE SUFFERS "
                                   "EXTENSIVE DAMAGE IN DRYER SECTION FAILURE")
    # a paragraph of its own, a title and an e-mail
    release = _union_camp("\nBrian McDermott\nDirector, Corporate Communications\n"
                          "(201) 628-2275\nbmcdermott@unioncamp.com\n")
    assert _people(release) == [
        ("Brian McDermott", None, "Director, Corporate Communications", "(201) 628-2275",
         "bmcdermott@unioncamp.com")]


def test_a_list_of_contacts_over_the_headline() -> None:
    release = _union_camp("Brian McDermott, 201-628-2275, or John Roe, Brunswick Group, "
                          "212-333-3810\n")
    assert _people(release) == [("Brian McDermott", None, None, "201-628-2275", None),
                                ("John Roe", "Brunswick Group", None, "212-333-3810", None)]


def test_an_address_over_the_headline_names_no_one() -> None:
    # the company's address block and switchboard: no person's name first
    release = _union_camp("Union Camp Corporation\n1600 Valley Road\nWayne, N.J. 07470\n"
                          "201-628-2275\n")
    assert release["contacts"] == []
    # a headed block is read as before, once
    release = _union_camp("CONTACT: Brian McDermott\nUnion Camp Corporation\n201-628-2275\n")
    assert _people(release) == [
        ("Brian McDermott", "Union Camp Corporation", None, "201-628-2275", None)]


# ---- a bracketed word under the headline -------------------------------------------------

_H1 = ('<P STYLE="margin-top:24pt; margin-bottom:0pt; font-size:10pt; font-family:Times New '
       'Roman" ALIGN="center"><B>ORACLE NAMES RONA FAIRHEAD </B></P>\n')
_H2 = ('<P STYLE="margin-top:0pt; margin-bottom:0pt; font-size:10pt; font-family:Times New '
       'Roman" ALIGN="center"><B>TO THE BOARD OF DIRECTORS </B></P>\n')
_MIXED = "Oracle Names Rona Fairhead to the Board of Directors"


def _oracle(head: str) -> dict[str, Any]:
    return edited_record(ORACLE, {_H1 + _H2: head})["press_releases"][0]


@pytest.mark.parametrize("note", ["(Transformational)", "(Updated)", "(Corrected)"])
def test_bracketed_word_under_a_br_headline(note: str) -> None:
    # was: "Oracle Names ... Directors (Transformational)"
    release = _oracle(f'<P ALIGN="center"><B>{_MIXED}<BR>{note}</B></P>\n')
    assert release["headline"] == _MIXED
    assert release["subheadlines"] == [note]


def test_bracketed_word_in_a_paragraph_of_its_own() -> None:
    release = _oracle(f'<P ALIGN="center"><B>{_MIXED}</B></P><P ALIGN="center">'
                      '(Transformational)</P>\n')
    assert (release["headline"], release["subheadlines"]) == (_MIXED, ["(Transformational)"])
    release = _oracle('<P ALIGN="center"><B>ORACLE NAMES RONA FAIRHEAD TO THE BOARD OF '
                      'DIRECTORS<BR>(Transformational)</B></P>\n')
    assert (release["headline"], release["subheadlines"]) == (
        "ORACLE NAMES RONA FAIRHEAD TO THE BOARD OF DIRECTORS", ["(Transformational)"])


def test_bracketed_lines_that_still_go_on() -> None:
    # the original two capitals lines: one headline
    release = parse(ORACLE.read_bytes(), ORACLE.name)["press_releases"][0]
    assert (release["headline"], release["subheadlines"]) == (
        "ORACLE NAMES RONA FAIRHEAD TO THE BOARD OF DIRECTORS", [])
    # a bracket opening a wrapped part in lower case goes on, as before
    release = _oracle('<P ALIGN="center"><B>Oracle Names Rona Fairhead<BR>(former BBC '
                      'Trust chair) to the Board of Directors</B></P>\n')
    assert release["headline"] == ("Oracle Names Rona Fairhead (former BBC Trust chair) to "
                                   "the Board of Directors")


# ---- the date an item's sentence gives the release printed under it ---------------------

_CTC_DATELINE = "WALTHAM, Mass-August 2, 2000-- CTC"
_CTC_SAYS = "On August 2, 2000, the Registrant issued the following press release:"
_CTC_DATE_LINE = "08/02/2000\n"  # a date line under the headline, cut by the edits


def _ctc(edit: dict[str, str]) -> tuple[Any, Any]:
    release = edited_record(CTC, edit)["press_releases"][0]
    return release["date"], release["dateline"]


def test_original_ctc_date() -> None:
    assert _ctc({}) == ("2000-08-02", {"city": "WALTHAM", "state": "Mass", "date": "2000-08-02"})


def test_dateless_dateline_takes_the_items_sentence_date() -> None:
    # was: None
    assert _ctc({_CTC_DATELINE: "WALTHAM, Mass.-- CTC", _CTC_DATE_LINE: "\n"}) == (
        "2000-08-02", {"city": "WALTHAM", "state": "Mass.", "date": None})
    # "dated" after the release's name
    assert _ctc({_CTC_DATELINE: "WALTHAM, Mass.-- CTC", _CTC_DATE_LINE: "\n",
                 _CTC_SAYS: "The Registrant issued the following press release dated July 31, "
                            "2000:"})[0] == "2000-07-31"


def test_no_sentence_date_no_date() -> None:
    # no date in the item's sentence: none invented
    assert _ctc({_CTC_DATELINE: "WALTHAM, Mass.-- CTC", _CTC_DATE_LINE: "\n",
                 _CTC_SAYS: "The Registrant issued the following press release:"}) == (
        None, {"city": "WALTHAM", "state": "Mass.", "date": None})
    # the sentence printed under the dateline's place (in the release's own text) dates none
    assert _ctc({_CTC_DATELINE: "WALTHAM, Mass.-- CTC", _CTC_DATE_LINE: "\n",
                 _CTC_SAYS: "Waltham news:", "announced that it has attained":
                 "announced that it has attained (On August 1, 2000, CTC issued a press "
                 "release about its network)"})[0] is None
