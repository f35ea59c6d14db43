"""Exhibit rows of round 64b: numbered parts printed flush left, and the sentences after a
back-reference that describe the exhibit.

- PerkinElmer's 10-K405 for 2000 (a corpus filing) prints its Item 14 list's "*10.5
  Employment Contracts:" over "(1) Employment contract between Gregory L. Summe ...", ...
  "(8) ...", indented, then a note ("Except for the name of the officer ..."). Edited into
  the shape an HTML rendering gives (each row one line, "10.5<tab>Employment Contracts:";
  each part and the note a flush-left line of its own, or paragraphs a blank line apart),
  the parts are read into 10.5's description, the note not (so in a table whose rows hold
  them, their number cell empty: NVIDIA's 8-K of 2026, edited). Footnotes typed flush under the
  list's last row ("(1) Confidential treatment ..." that a row refers to, "(1) Incorporated
  by reference ...", a lone "(1)") are no parts.
- The same 10-K's EXHIBIT INDEX types 4.5 as one sentence ("... as Rights Agent, is attached
  hereto as Exhibit 4.5."). Edited into a description, a sentence pointing back to it that
  cites another filing ("Said agreement was filed as Exhibit 4.1 to ..."), and then one that
  says more of the exhibit ("Said agreement was amended by a First Amendment ..."), the
  citation is cut and the last sentence kept; the exhibit is filed elsewhere unless that
  sentence files it here ("..., which is attached hereto.").
"""

from __future__ import annotations

import re
import time

import pytest
from test_ex64_round64 import _DEFALCO, _PARTS, PERKINELMER, _item_14

from filing2json.parsers import parse
from filing2json.parsers.sections.exhibits import read_entries
from support import FILINGS, validate

_PLAN = "The Company's 1982 INCENTIVE STOCK OPTION PLAN."
_ROW = re.compile(r"[ ]?(\*?\d{1,2}\.\d{1,2})[ ]{2,}(.*)")
_PART = re.compile(r"[ ]+(\(\d\)[ ].*)")


def _rendered(rows: str, gap: str = "\n") -> str:
    """PerkinElmer's rows as an HTML rendering prints them: a row a line ("10.5<tab>..."), a
    part or the note under them a flush line of its own (a paragraph: `gap` "\\n\\n")."""
    lines: list[list[str]] = []
    for line in rows.split("\n"):
        if (row := _ROW.fullmatch(line)) is not None:
            lines.append([f"{row.group(1)}\t{row.group(2).strip()}"])
        elif (part := _PART.fullmatch(line)) is not None:
            lines.append([part.group(1).strip()])
        elif line.strip() and lines:
            # (the note under the parts: a line at their column after one that ends a sentence)
            if lines[-1][-1].endswith(".") and line.startswith("         ") \
                    and line[9] != " " and lines[-1][0][:1] == "(":
                lines.append([line.strip()])
            else:
                lines[-1].append(line.strip())
    return gap.join(" ".join(each) for each in lines)


def _contracts(gap: str = "\n") -> str:
    rows = _item_14()
    return _rendered(rows[rows.index(" 10.4    ") : rows.index("*10.7    ")], gap)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_flush_parts_read_into_the_description(gap: str) -> None:
    rows = _contracts(gap)
    assert f"*10.5\tEmployment Contracts:{gap}(1) Employment contract" in rows
    assert "\nExcept for the name of the officer" in rows
    elsewhere: set[str] = set()
    entries = dict(read_entries(rows, elsewhere=elsewhere))
    assert entries["10.5"].startswith(_PARTS)
    assert entries["10.5"].endswith(" " + _DEFALCO)  # (the note under the parts left out)
    assert entries["10.6"] == _PLAN
    assert "10.5" not in elsewhere and "10.6" in elsewhere


def test_flush_parts_counted_on_under_no_colon() -> None:
    """(edited: 10.5's caption closes on no colon; "(2)" follows "(1)")"""
    rows = _contracts().replace("Employment Contracts:\n", "Employment Contracts\n")
    entries = dict(read_entries(rows))
    assert entries["10.5"].startswith(_PARTS.replace(":", "", 1))
    assert entries["10.6"] == _PLAN


def test_flush_parts_in_the_record() -> None:
    """(the Item 14 list rendered so, and the index's 10.5(a) and 10.5(b) rows cut: the
    record holds the list's 10.5 with its parts)"""
    data = PERKINELMER.read_bytes().decode("latin-1")
    rows = _item_14()
    block = rows[rows.index(" 10.4    ") : rows.index("*10.7    ")]
    assert data.count(block) == 1
    index = data.index("EXHIBIT INDEX")
    cut = data[data.index("10.5(a)   ", index) : data.index("10.6      ", index)]
    edited = data.replace(cut, "").replace(block, _rendered(block) + "\n")
    record = validate(parse(edited.encode("latin-1"), PERKINELMER.name))
    described = {e["number"]: e["description"] for e in record["exhibits"]}
    assert described["10.5"].startswith(_PARTS) and described["10.5"].endswith(_DEFALCO)


NVIDIA = FILINGS / "8k_2026_nvidiacorp_1.txt"
_NVIDIA_PLAN = "Variable Compensation Plan - Fiscal Year 2027"
_NVIDIA_PART = ('<tr><td colspan="3"/><td colspan="3"/><td colspan="3">({n}) Variable'
                ' Compensation Plan - Fiscal Year {year}</td></tr>')


def test_parts_in_rows_of_their_own_in_the_record() -> None:
    """NVIDIA's 8-K of March 2026 (iXBRL) lists "10.1  Variable Compensation Plan - Fiscal
    Year 2027" in a table. Edited so 10.1 is "Variable Compensation Plans:" over two rows
    whose number cell is empty ("(1) ... Fiscal Year 2027", "(2) ... 2026"; rendered
    "<tab>(1) ..."), the parts are read into 10.1's description."""
    data = NVIDIA.read_bytes().decode("utf-8")
    assert data.count(_NVIDIA_PLAN) == 1
    at = data.index(_NVIDIA_PLAN)
    end = data.index("</tr>", at) + len("</tr>")
    edited = (data[:at] + "Variable Compensation Plans:" + data[at + len(_NVIDIA_PLAN) : end]
              + _NVIDIA_PART.format(n=1, year=2027) + _NVIDIA_PART.format(n=2, year=2026)
              + data[end:])
    record = validate(parse(edited.encode("utf-8"), NVIDIA.name))
    assert record["exhibits"][0] == {
        "number": "10.1", "document": 2,
        "description": "Variable Compensation Plans: (1) Variable Compensation Plan - Fiscal"
                       " Year 2027 (2) Variable Compensation Plan - Fiscal Year 2026"}
    assert record["exhibits"][1]["number"] == "104"


@pytest.mark.parametrize(("ref", "notes"), [
    # (a row refers to the footnotes)
    ("(1)", "(1) Confidential treatment has been requested for portions.\n"
            "(2) Schedules have been omitted.\n"),
    # (they read as notes)
    ("", "(1) Incorporated by reference to the Company's Form 10-K.\n"
         "(2) Filed herewith.\n"),
    # (a lone one, no "(2)" under it)
    ("", "(1) Confidential treatment has been requested for portions.\n"),
])
def test_flush_footnotes_under_the_list_are_no_parts(ref: str, notes: str) -> None:
    """(edited: footnotes flush under the rendered list's last row, 10.6; 10.5's parts are
    read all the same)"""
    rows = _contracts()
    assert rows.endswith("reference.")
    entries = dict(read_entries(rows + ref + "\n" + notes))
    assert entries["10.5"].startswith(_PARTS)
    assert entries["10.6"] == _PLAN


_RIGHTS = ("Amended and Restated Rights Agreement dated as of January 30, 2001 between the"
           " Company and Mellon Investor Services LLC, as Rights Agent.")
_AS_FILED = "          LLC, as Rights Agent, is attached hereto as Exhibit 4.5.\n"
_CITED = (" Said agreement was filed as\n          Exhibit 4.1 to the Company's Report on Form"
          " 8-K.\n")
_AMENDED = "Said agreement was amended by a First Amendment dated March 1, 2001."


def _edited_4_5(tail: str) -> str:
    data = PERKINELMER.read_bytes().decode("latin-1")
    index = data.index("EXHIBIT INDEX")
    start = data.index(" 4.4 ", index)
    rows = data[data.rindex("\n", 0, start) + 1 : data.index("10.1 ", start)]
    assert rows.count(_AS_FILED) == 1
    return rows.replace(_AS_FILED, "          LLC, as Rights Agent." + tail)


@pytest.mark.parametrize(("tail", "said", "away"), [
    (_CITED + "          Said agreement was amended by a First Amendment\n"
     "          dated March 1, 2001.\n", _AMENDED, True),
    # (the citation runs on: its words are cut too)
    (" Said agreement was filed as\n          Exhibit 4.1 to the Company's Report on Form"
     " 8-K, File\n          No. 1-5075. Said agreement was amended by a First Amendment\n"
     "          dated March 1, 2001.\n", _AMENDED, True),
    # (a second citing sentence between: cut)
    (_CITED + "          It is incorporated herein by reference. Said agreement\n"
     "          was amended by a First Amendment dated March 1, 2001.\n", _AMENDED, True),
    # (the sentence files the amendment here: its clause cut, the exhibit filed here)
    (_CITED + "          Said agreement was amended by a First Amendment\n"
     "          dated March 1, 2001, which is attached hereto.\n", _AMENDED, False),
])
def test_sentence_after_a_back_reference_kept(tail: str, said: str, away: bool) -> None:
    elsewhere: set[str] = set()
    entries = dict(read_entries(_edited_4_5(tail), elsewhere=elsewhere))
    assert entries["4.5"] == f"{_RIGHTS} {said}"
    assert elsewhere == ({"4.4", "4.5"} if away else {"4.4"})


def test_sentence_after_a_back_reference_in_the_record() -> None:
    """(the Item 14 list's 4.5, edited so: the record holds that list's row)"""
    data = PERKINELMER.read_bytes().decode("latin-1")
    row = "\n         LLC, as Rights Agent, is attached hereto as Exhibit 4.5.\n"
    assert data.count(row) == 1
    edited = data.replace(row, "\n         LLC, as Rights Agent. Said agreement was filed as\n"
                          "         Exhibit 4.1 to the Company's Report on Form 8-K. Said\n"
                          "         agreement was amended by a First Amendment dated\n"
                          "         March 1, 2001.\n")
    record = validate(parse(edited.encode("latin-1"), PERKINELMER.name))
    described = {e["number"]: e["description"] for e in record["exhibits"]}
    assert described["4.5"].endswith(" Rights Agent. " + _AMENDED)


@pytest.mark.parametrize("text", [
    "10.5\tContracts\n" + "(1) Contract.\n" * 20_000,
    "10.5\tContracts:\n" + "\n(1) Contract.\n" * 20_000,
    "10.5\tContracts\n" + "(1) Contract.\n10.6\tPlan.\n" * 10_000,
    "10.5\tContracts\n" + "\t(1) Contract.\n" * 20_000,
    "10.5\tContracts\n" + "".join(f"({n % 99 + 1}) Contract.\n\n" for n in range(15_000)),
    "4.5  Rights Agreement. Said agreement was filed as Exhibit 4.1 to Form 8-K."
    + " Said agreement was amended. Said agreement was filed as Exhibit 4.1 to Form 8-K."
    * 2_500 + "\n",
    "4.5  Rights Agreement. Said agreement was filed as Exhibit 4.1 to Form 8-K."
    + " This was amended." * 12_000 + "\n",
])
def test_pathological_rows_parse_fast(text: str) -> None:
    began = time.process_time()
    read_entries(text)
    assert time.process_time() - began < 5
