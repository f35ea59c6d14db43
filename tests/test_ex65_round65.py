"""Exhibit rows of round 65: describing sentences after a citation, a bracketed number after
an empty cell, and footnotes under an entry that ends in a colon.

- PerkinElmer's 10-K405 for 2000 (a corpus filing) types its 4.5 as one sentence ("... as
  Rights Agent, is attached hereto as Exhibit 4.5."). Edited into a description, a sentence
  citing another filing ("Said agreement was filed as Exhibit 4.1 to ...", or the participle
  ", filed as Exhibit 4.1 to ..."), the citation's tail ("Commission File No. 1-5075.",
  "Dated as of January 30, 2001.") or a note ("Management contract ...") and a
  sentence led by no pointing word that says more of the exhibit ("A First Amendment dated
  March 1, 2001 extended its term to 2011."), that last sentence is kept, the tail not.
  Its EXHIBIT INDEX's 10.1, retyped in the columns small filers type (the description, then
  a "Method of Filing" column wrapped within its width), keeps such a sentence typed in the
  method column after the citation; so does Acurx's S-1 of 2023 (HTML), its 3.2 row's form
  cell ("8-K (Exhibit 3.1)") edited into a citation and such a sentence.
- NVIDIA's 8-K of March 2026 lists "10.1  Variable Compensation Plan - Fiscal Year 2027" in
  a table. Edited with a note under it in a row whose number cell is empty ("(10) Portions
  of this exhibit have been omitted.", or its mark "(10)" in a cell of its own), there is no
  exhibit 10.
- PerkinElmer's Item 14 list, rendered as HTML prints it (see test_ex64b) and cut after
  "10.5<tab>Employment Contracts:" (its parts listed elsewhere), over its own footnote
  numbered as other filers number theirs ("(1) This exhibit is a management contract ...");
  and Acurx's index, its footnotes "#" and "+" numbered "(1) Certain confidential portions
  ...", "(2) Denotes management compensation plan or contract.", its last row edited to
  "107<tab>Filing Fee Table:" (the "X" of its Filed Herewith column cut): the footnotes are
  no parts of the entry over them.
"""

from __future__ import annotations

import time

import pytest
from test_ex64_round64 import PERKINELMER
from test_ex64b_round64 import _RIGHTS, _contracts, _edited_4_5

from filing2json.parsers import parse
from filing2json.parsers.sections.exhibits import read_entries
from support import FILINGS, validate

_CITED = (" Said agreement was filed as\n          Exhibit 4.1 to the Company's Report on Form"
          " 8-K.")
_TAIL = " Commission File\n          No. 1-5075."
_TOLD = " A First Amendment dated March 1, 2001 extended\n          its term to 2011.\n"
_TOLD_TEXT = "A First Amendment dated March 1, 2001 extended its term to 2011."


@pytest.mark.parametrize("tail", [
    _CITED + _TOLD,
    _CITED + _TAIL + _TOLD,
    # (a note between: no part of the description)
    _CITED + " Management contract or\n          compensatory plan." + _TOLD,
    # (the citation's date typed as a sentence of its own: no description)
    _CITED + " Dated as of January\n          30, 2001." + _TOLD,
    # (the participle form)
    "\n          Filed as Exhibit 4.1 to the Company's Report on Form 8-K." + _TOLD,
])
def test_describing_sentence_after_a_citation_kept(tail: str) -> None:
    rows = _edited_4_5(tail)
    if "Filed as" in tail:
        rows = rows.replace("Agent.\n          Filed as", "Agent,\n          filed as")
    elsewhere: set[str] = set()
    entries = dict(read_entries(rows, elsewhere=elsewhere))
    assert entries["4.5"] == f"{_RIGHTS} {_TOLD_TEXT}"
    assert elsewhere == {"4.4", "4.5"}


# (the Item 14 list's 4.5 row as printed, and edited so: the record holds that list's row)
_ROW_4_5 = ("\n         LLC, as Rights Agent, is attached hereto as Exhibit 4.5.\n",
            "\n         LLC, as Rights Agent. Said agreement was filed as\n         Exhibit 4.1"
            " to the Company's Report on Form 8-K, Commission\n         File No. 1-5075. A First"
            " Amendment dated March 1, 2001\n         extended its term to 2011.\n")


def test_describing_sentence_after_a_citation_in_the_record() -> None:
    printed, edited = _ROW_4_5
    data = PERKINELMER.read_bytes().decode("latin-1")
    assert data.count(printed) == 1
    record = validate(parse(data.replace(printed, edited).encode("latin-1"), PERKINELMER.name))
    exhibit = next(e for e in record["exhibits"] if e["number"] == "4.5")
    assert exhibit["description"].endswith(" Rights Agent. " + _TOLD_TEXT)


_PLAN = "The Company's Supplemental Executive Retirement Plan revised as of April 19, 1995"
_METHOD_ROWS = (
    "10.1     The Company's Supplemental            Incorporated by reference to\n"
    "         Executive Retirement Plan revised     Exhibit 10.1 to the Company's\n"
    "         as of April 19, 1995                  Annual Report on Form 10-K for\n"
    "                                               the fiscal year ended December\n"
    "                                               31, 1995. The plan was amended\n"
    "                                               effective January 1, 1999.\n"
    "10.2     The Company's 1999 INCENTIVE PLAN     Filed herewith\n")


def test_describing_sentence_in_a_method_column() -> None:
    printed = " ".join(PERKINELMER.read_bytes().decode("latin-1").split())
    assert f"{_PLAN} was filed as Exhibit 10.1 to the Company's Annual Report" in printed
    elsewhere: set[str] = set()
    entries = dict(read_entries(_METHOD_ROWS, elsewhere=elsewhere))
    assert entries["10.1"] == f"{_PLAN}. The plan was amended effective January 1, 1999."
    assert entries["10.2"] == "The Company's 1999 INCENTIVE PLAN"
    assert elsewhere == {"10.1"}
    # (a citation alone: nothing after the description)
    cited = _METHOD_ROWS.replace(" The plan was amended", "").replace(
        "effective January 1, 1999.", "")
    assert dict(read_entries(cited))["10.1"] == _PLAN


ACURX = FILINGS / "s1_2023_acurxpharmaceuticalsin_1.txt"
_ACURX_FORM = "8-K<BR>\n(Exhibit 3.1)</A>"
_ACURX_CITE = ("Incorporated by reference to Exhibit 3.1 to the Form 8-K filed June 20, 2023. The"
               " amendment restates Article FOURTH.</A>")


def test_describing_sentence_in_a_method_cell_in_the_record() -> None:
    data = ACURX.read_bytes().decode("latin-1")
    row = data.index("Certificate of Amendment to Certificate of Incorpo")
    at = data.index(_ACURX_FORM, row)
    assert data.count(_ACURX_FORM) == 1
    edited = data[:at] + _ACURX_CITE + data[at + len(_ACURX_FORM):]
    record = validate(parse(edited.encode("latin-1"), ACURX.name))
    exhibit = next(e for e in record["exhibits"] if e["number"] == "3.2")
    assert exhibit == {"number": "3.2", "document": None,
                       "description": "Certificate of Amendment to Certificate of Incorporation"
                                      " of Acurx Pharmaceuticals, Inc. The amendment restates"
                                      " Article FOURTH."}


NVIDIA = FILINGS / "8k_2026_nvidiacorp_1.txt"
_NVIDIA_PLAN = "Variable Compensation Plan - Fiscal Year 2027"
_NOTE = "Portions of this exhibit have been omitted."


@pytest.mark.parametrize("cells", [
    f'<td colspan="3"/><td colspan="3"/><td colspan="3">(10) {_NOTE}</td>',
    # (the mark in a cell of its own)
    f'<td colspan="3"/><td colspan="3"/><td colspan="3">(10)</td><td>{_NOTE}</td>',
])
def test_bracketed_number_after_an_empty_cell_is_no_exhibit(cells: str) -> None:
    data = NVIDIA.read_bytes().decode("utf-8")
    assert data.count(_NVIDIA_PLAN) == 1
    end = data.index("</tr>", data.index(_NVIDIA_PLAN)) + len("</tr>")
    edited = data[:end] + f"<tr>{cells}</tr>" + data[end:]
    record = validate(parse(edited.encode("utf-8"), NVIDIA.name))
    assert [(e["number"], e["description"]) for e in record["exhibits"][:2]] == [
        ("10.1", _NVIDIA_PLAN),
        ("104", "The cover page of this Current Report on Form 8-K, formatted in inline XBRL"
                " (included as Exhibit 101)")]
    # (a 1990s list typed with tabs brackets every number: its rows stay exhibits)
    assert read_entries("\t(10)\tMaterial contracts.\n\t(99)\tPress release.\n") == [
        ("10", "Material contracts."), ("99", "Press release.")]


_PERKINELMER_NOTE = ("* This exhibit is a management contract or compensatory plan or"
                     " arrangement\n  required to be filed as an Exhibit pursuant to Item 14(c)"
                     " of Form 10-K.")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_footnote_under_a_colon_is_no_part(gap: str) -> None:
    assert PERKINELMER.read_bytes().decode("latin-1").count(_PERKINELMER_NOTE) == 1
    rows = _contracts(gap)
    caption = "Employment Contracts:"
    rows = rows[: rows.index(caption) + len(caption)]
    note = "(1) " + " ".join(_PERKINELMER_NOTE[2:].split())
    entries = dict(read_entries(rows + gap + note + "\n"))
    assert entries["10.5"] == caption
    assert entries["10.4"].startswith("$300,000,000 364-Day Amended")


def test_footnotes_under_a_colon_in_the_record() -> None:
    data = ACURX.read_bytes().decode("latin-1")
    edits = [
        ('<TD STYLE="width: 24px">#</TD>\n    <TD STYLE="text-align: left">Certain',
         '<TD STYLE="text-align: left">(1) Certain'),
        ('<TD STYLE="width: 24px">+</TD>\n    <TD STYLE="text-align: justify">Denotes',
         '<TD STYLE="text-align: justify">(2) Denotes'),
        ('font-size: 10pt">Filing Fee Table</FONT></A></TD>\n'
         '    <TD STYLE="vertical-align: bottom">&nbsp;</TD>\n'
         '    <TD STYLE="vertical-align: top"><A HREF="tm2319782d1_ex-filingfees.htm">'
         '<FONT STYLE="font-family: Times New Roman, Times, Serif; font-size: 10pt">X</FONT>',
         'font-size: 10pt">Filing Fee Table:</FONT></A></TD>\n'
         '    <TD STYLE="vertical-align: bottom">&nbsp;</TD>\n'
         '    <TD STYLE="vertical-align: top"><A HREF="tm2319782d1_ex-filingfees.htm">'
         '<FONT STYLE="font-family: Times New Roman, Times, Serif; font-size: 10pt">'),
    ]
    for old, new in edits:
        assert data.count(old) == 1
        data = data.replace(old, new)
    record = validate(parse(data.encode("latin-1"), ACURX.name))
    assert record["exhibits"][-1] == {"number": "107", "description": "Filing Fee Table:",
                                      "document": 4}


@pytest.mark.parametrize("text", [
    "3.1  Articles. Said amendment was filed as Exhibit 3.1 to Form 8-K."
    + " No. A. Inc. B. Co. C." * 10_000 + "\n",
    "3.1  Articles. Said amendment was filed as Exhibit 3.1 to Form 8-K."
    + " The amendment restates Article IV." * 6_000 + "\n",
    "3.1\tArticles\tIncorporated by reference to Exhibit 3.1. " + "A. B. " * 30_000 + "\n",
    "10.5\tContracts:\n(1) " + "Employment contract " * 10_000 + "\n",
    "10.5\tContracts:\n(1) " + "a " * 100_000 + "\n",
])
def test_pathological_rows_parse_fast(text: str) -> None:
    began = time.process_time()
    read_entries(text)
    assert time.process_time() - began < 5
