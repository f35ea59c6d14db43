"""Exhibit lists of round 57: footnote marks and their legends, "Incorporated by Reference"
columns, Regulation S-K's numbers, and documents typed less precisely than their entries.

- A mark a legend under (or over) the list explains leaves the description: "... Plan+" over
  "+ Denotes management compensation plan ...", "... Inc. (#)" over "# Certain confidential
  portions ...", "(*)" after a number ("10.7(*)") over "(*) This exhibit is a management
  contract ..."; with no legend the description keeps what it prints. Acurx's 2023 S-1 and
  PerkinElmer's 2001 10-K405 (corpus filings), their marks moved where other filers print them.
- An entry a mark's legend says is filed elsewhere ("* Filed previously") is held by no
  document of this filing, nor is one whose row names the form it was filed with: CVR Energy's
  2025 SC TO-T/A (a corpus filing) with its one exhibit document typed "EX-99", "EX-99.(A)(5)"
  or "EX-99.A.5.C" (spellings filers use for "(a)(5)(C)") is that exhibit, (a)(5)(C).
- A plain-text index typed in columns ("8-K (Exhibit 1.1)    May 17, 2023    001-40536") keeps
  the columns out of the description, also on its wrapped lines: Acurx's index typed out so.
- "3(i) Certificate of Incorporation ..." (one digit, its letters, one space) is an entry; a
  "3-1" row in line with the rows around it no longer crashes the reader.
"""

from __future__ import annotations

import textwrap
import time
from pathlib import Path

import pytest

from filing2json.parsers import parse
from filing2json.parsers.sections.exhibits import read_entries
from filing2json.parsers.text import html_to_text
from support import FILINGS, validate

ACURX = FILINGS / "s1_2023_acurxpharmaceuticalsin_1.txt"
PERKINELMER = FILINGS / "10k405_2001_perkinelmerinc_1.txt"
CVR = FILINGS / "sctota_2025_cvrenergyinc_1.txt"

# Acurx's rows as filed: the mark after the number ("10.7.1+", "10.12#") ...
_PLAN_ROW = (">10.7.1+</FONT>", ">Acurx Pharmaceuticals, Inc. 2021 Equity Incentive Plan</FONT>")
_ASSET_ROW = (">10.12#</A>", "GLSynthesis Inc.</A></FONT></TD>")
# ... and the legends' cells
_PLUS_LEGEND = '<TD STYLE="width: 24px">+</TD>'
_HASH_LEGEND = '<TD STYLE="width: 24px">#</TD>'
_PLAN = "Acurx Pharmaceuticals, Inc. 2021 Equity Incentive Plan"
_ASSET = ("Asset Purchase Agreement, dated February 5, 2018, by and between Acurx "
          "Pharmaceuticals, Inc. and GLSynthesis Inc.")


def _record(path: Path, *edits: tuple[str, str]) -> dict:
    text = path.read_bytes().decode("latin-1")
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return validate(parse(text.encode("latin-1"), str(Path("edited") / path.name),
                          keep_text=False))


def _descriptions(record: dict) -> dict[str, str]:
    return {entry["number"]: entry["description"] for entry in record["exhibits"]}


def _marks_after_descriptions(*legends: tuple[str, str]) -> dict[str, str]:
    """Acurx with its marks printed after the descriptions: "... Plan+", "... Inc. (#)"."""
    return _descriptions(_record(
        ACURX, (_PLAN_ROW[0], ">10.7.1</FONT>"), (_PLAN_ROW[1], _PLAN_ROW[1].replace(
            "Plan</FONT>", "Plan+</FONT>")),
        (_ASSET_ROW[0], ">10.12</A>"), (_ASSET_ROW[1], "GLSynthesis Inc. (#)</A></FONT></TD>"),
        *legends))


def test_a_mark_its_legend_explains_leaves_the_description() -> None:
    described = _marks_after_descriptions()
    assert described["10.7.1"] == _PLAN
    assert described["10.12"] == _ASSET
    # (the row's other entries as before)
    assert described["10.7.2"] == (
        "Form of Stock Option Agreement under the 2021 Equity Incentive Plan")
    # with no legend for them (the legends' mark cells left empty) the marks stay printed
    bare = _marks_after_descriptions((_PLUS_LEGEND, _PLUS_LEGEND.replace("+", "")),
                                     (_HASH_LEGEND, _HASH_LEGEND.replace("#", "")))
    assert bare["10.7.1"] == _PLAN + "+"
    assert bare["10.12"] == _ASSET + " (#)"


def test_a_bracketed_mark_after_the_number() -> None:
    # PerkinElmer's Item 14 list marks management contracts "*10.7" over the legend "* This
    # exhibit is a management contract ..."; other filers bracket the mark after the number.
    # (Its 10.7 is a sentence saying where the plan was filed: its subject is the description.)
    record = _record(PERKINELMER, ("*10.7    The Company's 1992", "10.7(*)  The Company's 1992"),
                     ("\n* This exhibit is a management", "\n(*) This exhibit is a management"))
    described = _descriptions(record)
    assert described["10.7"] == "The Company's 1992 STOCK OPTION PLAN."
    assert list(described)[-4:] == ["10.8", "21", "23", "24"]


@pytest.mark.parametrize("doc_type", ["EX-99", "EX-99.(A)(5)", "EX-99.A.5.C"])
def test_a_document_typed_less_precisely_is_the_one_entry_filed_here(doc_type: str) -> None:
    # CVR's list marks every exhibit but (a)(5)(C) "*" over "* Filed previously"
    record = _record(CVR, ("<TYPE>EX-99.(A)(5)(C)", f"<TYPE>{doc_type}"))
    linked = {entry["number"]: entry["document"] for entry in record["exhibits"]}
    assert linked["(a)(5)(C)"] == 2
    assert linked["(a)(1)(A)"] is None and linked["(a)(5)(B)"] is None
    assert len(record["exhibits"]) == 13  # (no exhibit added for the document)


def _acurx_index() -> str:
    """Acurx's exhibit index as rendered: a tab between cells."""
    raw = ACURX.read_bytes().decode("latin-1")
    body = raw[raw.index("<TEXT>") : raw.index("</TEXT>")]
    text = html_to_text(body)
    start = text.index("EXHIBIT NUMBER\tEXHIBIT DESCRIPTION")
    return text[start : text.index("Denotes management compensation", start) + 60]


def _typed_out(index: str, starred: bool = False) -> str:
    """The index typed as a text filer types it: the description wrapped in its column, the
    "Filed Herewith" X or the Form, Filing Date and File Number columns on its first line
    (`starred`: as 1990s indexes type it, a "*" in the page column for an exhibit filed
    elsewhere, "*  Incorporated by reference." under the list)."""
    lines = []
    for line in index.split("\n"):
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) < 3 or not cells[0][:1].isdigit():
            lines.append(line.replace("\t", "   "))
            continue
        desc = textwrap.wrap(cells[1], 50)
        columns = "X" if cells[2] == "X" else "*" if starred else "".join(
            cell.ljust(width) for cell, width in zip(cells[2:], (22, 16, 12), strict=False))
        lines.append(cells[0].ljust(9) + desc[0].ljust(54) + columns.rstrip())
        lines += [" " * 9 + more for more in desc[1:]]
    return "\n".join(lines) + ("\n\n*  Incorporated by reference.\n" if starred else "")


def test_incorporated_by_reference_columns_typed_out() -> None:
    index = _acurx_index()
    rendered_away: set[str] = set()
    rendered = read_entries(index, elsewhere=rendered_away)
    typed = _typed_out(index)
    assert ("1.1      Form of Placement Agent Agreement, dated as of May    8-K (Exhibit 1.1)"
            in typed)
    typed_away: set[str] = set()
    assert read_entries(typed, elsewhere=typed_away) == rendered
    assert ("1.1", "Form of Placement Agent Agreement, dated as of May 16, 2023, by and among "
            "the Registrant and Maxim Group LLC") in rendered
    assert ("3.2", "Certificate of Amendment to Certificate of Incorporation of Acurx "
            "Pharmaceuticals, Inc.") in rendered
    # the rows incorporated by reference: all but those filed herewith (an X)
    assert rendered_away == typed_away
    assert {"1.1", "3.1", "10.7.1", "10.13", "21.1"} <= rendered_away
    assert not {"5.1", "23.1", "23.2", "24.1", "107"} & rendered_away
    starred_away: set[str] = set()
    assert read_entries(_typed_out(index, starred=True), elsewhere=starred_away) == rendered
    assert starred_away == rendered_away


def test_one_digit_numbers_with_letters_after_one_space() -> None:
    # Acurx's first rows, printed one paragraph each, the charter and by-laws numbered as
    # Regulation S-K numbers them ("3(i)", "3(ii)") or with a dash (1990s: "3-1")
    rows = ["1.1 Form of Placement Agent Agreement, dated as of May 16, 2023, by and among the "
            "Registrant and Maxim Group LLC",
            "3(i) Certificate of Incorporation of Acurx Pharmaceuticals, Inc.",
            "3(ii) Bylaws of Acurx Pharmaceuticals, Inc.",
            "4.1 Form of Series A Warrant"]
    assert [number for number, _ in read_entries("\n".join(rows))] == [
        "1.1", "3(i)", "3(ii)", "4.1"]
    assert read_entries("\n".join(rows).replace("3(i)", "3-1"))[1] == (
        "3-1", "Certificate of Incorporation of Acurx Pharmaceuticals, Inc.")


def test_marks_and_columns_read_in_linear_time() -> None:
    texts = [
        "10.1" + " (*)" * 50_000 + "\n",  # bracketed marks after a number
        "10.1  Plan" + "  10-K (Exhibit 1.1" * 12_000 + "\n",  # a form column never closed
        "10.1*  Plan\n" + "(*) asterisk " * 16_000,  # a legend's mark named over and over
        "10.1\tPlan" + "\t*\t8-K\tIncorporated" * 15_000 + "\n",  # cells after a row
        "10.1   Plan" + " +" * 100_000 + "\n* Filed herewith\n",  # marks closing a row
    ]
    for text in texts:
        assert len(text) > 200_000
        start = time.process_time()
        read_entries(text, elsewhere=set())
        assert time.process_time() - start < 5
