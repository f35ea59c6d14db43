"""Exhibit rows of round 64: a sentence referring back to the exhibit that says another filing
holds it, and an entry's numbered parts.

- PerkinElmer's 10-K405 for 2000 (a corpus filing) types its EXHIBIT INDEX's 4.5 as one
  sentence ("Amended and Restated Rights Agreement dated as of January 30, 2001 between the
  Company and Mellon Investor Services LLC, as Rights Agent, is attached hereto as Exhibit
  4.5."). Edited into the two sentences other filers type, the first describing the exhibit,
  the second pointing back to it and citing where it was filed ("Said agreement was filed as
  Exhibit 4.1 to ...", "This agreement was previously filed ...", "Such agreement is
  incorporated herein by reference ..."), the second is cut and the exhibit is filed
  elsewhere.
- The same 10-K's Item 14 list prints "*10.5  Employment Contracts:" over its numbered parts,
  "(1) Employment contract between Gregory L. Summe ...", ... "(8) ...", then a note at their
  column ("Except for the name of the officer ..."). The parts are read into 10.5's
  description, each less its own filing clause (a bracketed figure after a number is a
  footnote's, "3.1(1)", so no "10.5(1)" row), the note not. The filing's EXHIBIT INDEX lists
  the parts attached as 10.5(a) and 10.5(b), and 10.5 stays left out as their caption; with
  the index's rows cut, 10.5 is in the record with its parts (edited to twelve, "(10)" to
  "(12)" too, though 1990s lists bracket exhibit numbers so). Edited so 10.5 names one
  contract over "(1) Amendment dated ..." lines, the amendments are read the same way; a
  footnote "(1)" under the list (one a row refers to, or one that reads as a note) is not.
"""

from __future__ import annotations

import time

import pytest

from filing2json.parsers import parse
from filing2json.parsers.sections.exhibits import read_entries
from support import FILINGS, validate

PERKINELMER = FILINGS / "10k405_2001_perkinelmerinc_1.txt"

_RIGHTS = ("Amended and Restated Rights Agreement dated as of January 30, 2001 between the"
           " Company and Mellon Investor Services LLC, as Rights Agent.")
_AS_FILED = ("          LLC, as Rights Agent, is attached hereto as Exhibit 4.5.\n")


def _index_rows(first: str, stop: str) -> str:
    """The rows of PerkinElmer's EXHIBIT INDEX from `first` up to the row `stop`."""
    data = PERKINELMER.read_bytes().decode("latin-1")
    index = data.index("EXHIBIT INDEX")
    start = data.index(first, index)
    return data[data.rindex("\n", 0, start) + 1 : data.index(stop, start)]


def _edited_4_5(tail: str) -> str:
    rows = _index_rows(" 4.4 ", "10.1 ")
    assert rows.count(_AS_FILED) == 1
    return rows.replace(_AS_FILED, "          LLC, as Rights Agent." + tail)


@pytest.mark.parametrize("tail", [
    " Said agreement was filed as\n          Exhibit 4.1 to the Company's Report on Form 8-K"
    " and is\n          incorporated herein by reference.\n",
    " Said agreement was filed as\n          Exhibit 4.1 to the Company's Report on Form"
    " 8-K dated\n          January 30, 2001.\n",
    " This agreement was previously\n          filed with the Commission on February 2,"
    " 2001.\n",
    " Such agreement is incorporated\n          herein by reference to Exhibit 4.1 of the"
    " Company's\n          Report on Form 8-K.\n",
    " It was filed with the Commission\n          on February 2, 2001 as Exhibit 4.1 to the"
    " Company's\n          Report on Form 8-K, File No. 1-5075.\n",
])
def test_back_reference_sentence_cut_and_filed_elsewhere(tail: str) -> None:
    elsewhere: set[str] = set()
    entries = dict(read_entries(_edited_4_5(tail), elsewhere=elsewhere))
    assert entries["4.5"] == _RIGHTS
    assert elsewhere == {"4.4", "4.5"}


@pytest.mark.parametrize(("tail", "cited"), [
    # (filed with this report: cited, another filing)
    (" Said agreement was filed as\n          Exhibit 4.5 to this Annual Report on Form 10-K.\n",
     " Said agreement was filed as\n          Exhibit 4.1 to the Company's Report on Form 8-K.\n"),
    # (a sentence saying more of the exhibit: cited, saying where it was filed)
    (" Said agreement was amended on\n          March 1, 2001 by the First Amendment.\n",
     " Said agreement was previously\n          filed on March 1, 2001 with Form 8-K.\n"),
])
def test_back_reference_sentence_kept(tail: str, cited: str) -> None:
    """A sentence after the description that files the exhibit nowhere else stays (as the
    one edited to cite another filing does not)."""
    elsewhere: set[str] = set()
    entries = dict(read_entries(_edited_4_5(tail), elsewhere=elsewhere))
    assert entries["4.5"] == _RIGHTS[:-1] + ". " + " ".join(tail.split())
    assert elsewhere == {"4.4"}
    entries = dict(read_entries(_edited_4_5(cited), elsewhere=elsewhere))
    assert (entries["4.5"], elsewhere) == (_RIGHTS, {"4.4", "4.5"})


def test_back_reference_sentence_in_the_record() -> None:
    """(the Item 14 list's 4.5, edited so: the record holds that list's row)"""
    data = PERKINELMER.read_bytes().decode("latin-1")
    row = "\n         LLC, as Rights Agent, is attached hereto as Exhibit 4.5.\n"
    assert data.count(row) == 1
    edited = data.replace(row, "\n         LLC, as Rights Agent. Said agreement was filed as\n"
                          "         Exhibit 4.1 to the Company's Report on Form 8-K.\n")
    record = validate(parse(edited.encode("latin-1"), PERKINELMER.name))
    described = {e["number"]: e["description"] for e in record["exhibits"]}
    assert described["4.5"] == ("Amended and Restated Rights agreement dated as of January 30,"
                                " 2001 between the Company and Mellon Investor Services LLC, as"
                                " Rights Agent.")


_ITEM_14 = ("     3.  EXHIBITS", "(b) REPORTS ON FORM 8-K")
_PARTS = ("Employment Contracts: (1) Employment contract between Gregory L. Summe and the"
          " Company dated January 8, 1998, as amended by an amendment dated November 5, 1999."
          " Said contract was further amended by a Second Amendment dated March 3, 2000. (2)"
          " Employment contract between Robert F. Friel and the Company dated November 18,"
          " 1999. (3) Employment contract between Terrance L. Carlson and the Company dated June"
          " 1, 1999.")
_DEFALCO = ("(8) Employment contract between Stephen P. DeFalco and the Company dated October"
            " 23, 2000.")


def _item_14() -> str:
    data = PERKINELMER.read_bytes().decode("latin-1")
    start = data.index(_ITEM_14[0])
    return data[start : data.index(_ITEM_14[1], start)]


def test_numbered_parts_read_into_the_description() -> None:
    elsewhere: set[str] = set()
    entries = dict(read_entries(_item_14(), elsewhere=elsewhere))
    assert entries["10.5"].startswith(_PARTS)
    assert entries["10.5"].endswith(" " + _DEFALCO)  # (the note under the parts left out)
    assert "10.5" not in elsewhere and "10.6" in elsewhere


def test_numbered_parts_in_the_record() -> None:
    data = PERKINELMER.read_bytes().decode("latin-1")
    record = validate(parse(PERKINELMER.read_bytes(), PERKINELMER.name))
    numbers = [e["number"] for e in record["exhibits"]]
    assert numbers[12:14] == ["10.5(a)", "10.5(b)"]  # (10.5 heads them: no exhibit)
    index = data.index("EXHIBIT INDEX")
    cut = data[data.index("10.5(a)   ", index) : data.index("10.6      ", index)]
    record = validate(parse(data.replace(cut, "").encode("latin-1"), PERKINELMER.name))
    described = {e["number"]: e["description"] for e in record["exhibits"]}
    assert described["10.5"].startswith(_PARTS) and described["10.5"].endswith(_DEFALCO)
    assert "10.5(a)" not in described


_DEFALCO_ROW = ("         (8) Employment contract between Stephen P. DeFalco and the\n"
                "             Company dated October 23, 2000.\n")


def test_parts_numbered_past_nine() -> None:
    """(edited: 10.5 lists twelve contracts; "(10)" is typed as 1990s lists bracket an
    exhibit's number, but it is at the parts' column, under part (9))"""
    rows = _item_14()
    more = "".join(_DEFALCO_ROW.replace("(8)", f"({n})").replace("23, 2000", f"{n}, 2001")
                   for n in range(9, 13))
    entries = dict(read_entries(rows.replace(_DEFALCO_ROW, _DEFALCO_ROW + more)))
    assert entries["10.5"].endswith(" ".join(
        f"({n}) Employment contract between Stephen P. DeFalco and the Company dated October"
        f" {n}, 2001." for n in range(9, 13)))
    assert list(entries)[13:16] == ["10.5", "10.6", "10.7"]


_ONE = ("*10.5    Employment contract between Gregory L. Summe and the\n"
        "         Company dated January 8, 1998, as amended by:\n"
        "         (1) Amendment dated November 5, 1999.\n"
        "         (2) Second Amendment dated March 3, 2000.\n")
_AMENDED = ("Employment contract between Gregory L. Summe and the Company dated January 8, 1998,"
            " as amended by: (1) Amendment dated November 5, 1999. (2) Second Amendment dated"
            " March 3, 2000.")


def _edited_10_5(rows: str, one: str = _ONE) -> str:
    """PerkinElmer's Item 14 list, its 10.5 naming one contract over its amendments."""
    start = rows.index("*10.5    ")
    return rows[:start] + one + rows[rows.index("*10.6    ", start):]


@pytest.mark.parametrize("colon", [":", ","])
def test_numbered_amendments_under_one_contract(colon: str) -> None:
    """(edited: 10.5 names one contract, its amendments numbered under it; with or without
    a colon over them)"""
    rows = _edited_10_5(_item_14(), _ONE.replace(":", colon))
    entries = dict(read_entries(rows))
    assert entries["10.5"] == _AMENDED.replace(":", colon)
    assert entries["10.6"] == "The Company's 1982 INCENTIVE STOCK OPTION PLAN."


_ROW_10_4 = "Administrative Agent is\n         attached hereto as Exhibit 10.4.\n"


@pytest.mark.parametrize(("ref", "note"), [
    # (a row refers to the footnote)
    ("(1)", "         (1) Confidential treatment has been requested for portions.\n"),
    # (the footnote reads as a note)
    ("", "         (1) Incorporated by reference to the Company's Form 10-K.\n"),
])
def test_footnote_under_a_row_is_no_part(ref: str, note: str) -> None:
    """(edited: a footnote typed under 10.4, at the description's column; 10.5's parts are
    read all the same)"""
    rows = _item_14()
    assert rows.count(_ROW_10_4) == 1
    rows = _edited_10_5(rows.replace(_ROW_10_4, _ROW_10_4[:-1] + ref + "\n" + note))
    entries = dict(read_entries(rows))
    assert entries["10.4"].endswith("as Administrative Agent.")
    assert entries["10.5"] == _AMENDED


@pytest.mark.parametrize("text", [
    "4.5  Rights Agreement." + " Said agreement and the other agreement and" * 5_000 + ".\n",
    "4.5  Rights Agreement." + " This was filed as Exhibit 4.1 to this" * 5_000 + ".\n",
    "4.5  Rights Agreement." + " Said agreement was amended." * 8_000 + "\n",
    "10.5  Employment Contracts:\n         (1) Employment contract.\n" * 4_000,
    "10.5  Employment Contracts\n         (1) Confidential treatment.\n" * 4_000,
    "10.5  Contracts\n" + "         (1) Incorporated by reference to Form 10-K.\n" * 4_000,
    "10.5  Contracts:\n" + "".join(f"         ({n % 99 + 1}) Contract.\n" for n in range(6_000)),
])
def test_pathological_rows_parse_fast(text: str) -> None:
    began = time.process_time()
    read_entries(text)
    assert time.process_time() - began < 5
