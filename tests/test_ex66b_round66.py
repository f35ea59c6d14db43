"""Exhibit rows of round 66b: several citing brackets in a row, a citing bracket before a
describing sentence or a file number's bracket, and an exhibit taken into this report.

- Pericom Semiconductor's 8-K of 2002 (a corpus filing) indexes exhibits 4 and 99, each row
  closed by "[Incorporated by reference to Exhibit 4 to Registration Statement on Form 8-A
  filed by the Registrant dated March 12, 2002]." Its 4 row edited as 10-K indexes print an
  amended agreement, a citing bracket after the agreement's date ("... dated as of March 6,
  2002 (incorporated by reference to Exhibit 4.1 to Form 10-Q ...), including Form ..."):
  each citing bracket is cut, the words between kept. Its 99 row edited to go on after its
  bracket with a sentence that describes the release ("]. The release announces the Rights
  Agreement."), or with the file number's bracket ("] (File No. 0-27026)."): cut too.
- Turner Broadcasting's 8-K of 1994 lists "99(b) -- Unaudited New Line Cinema Corporation
  condensed consolidated balance sheet ...", filed as its EX-99.(B). The row edited as
  reports print the exhibit they take into their text ("... 1993 and 1992 (incorporated by
  reference into Item 7).", an annual report's exhibit 13 "into Part II"; or by a legend,
  "*  Incorporated by reference into Item 7.", or a filing method column saying so) and its
  <TYPE> edited to a bare "EX-99": the exhibit is this filing's own, its document still
  linked.
"""

from __future__ import annotations

import time

import pytest

from filing2json.parsers.sections.exhibits import read_entries
from support import FILINGS, edited_record

PERICOM = FILINGS / "8k_2002_pericomsemiconductorco_1.txt"
_RIGHTS = ("Rights Agreement between Pericom Semiconductor Corporation and Equiserve Trust "
           "Company, N.A. dated as of March 6, 2002, including Form on Right Certificate "
           "attached thereto as Exhibit B.")
_RELEASE = "Press release issued by the Company on March 7, 2002"
_DATED = "N.A. dated as of March 6, 2002, including Form"
# Pericom's 99 row from its bracket on, as filed
_CITED_99 = ("[Incorporated by\n         reference to Exhibit 99 to Registration Statement on "
             "Form 8-A filed by\n         the Registrant dated March 12, 2002].")


def _index(edit: dict[str, str]) -> str:
    """Pericom's Exhibit Index, each `edit` key replaced by its value."""
    text = PERICOM.read_text(encoding="latin-1")
    index = text[text.index("No.      Description") : text.index("</TEXT>", text.index(
        "Exhibit Index"))]
    for old, new in edit.items():
        assert old in index
        index = index.replace(old, new)
    return index


@pytest.mark.parametrize("cited", [
    " (incorporated by reference to Exhibit 4.1 to Form 10-Q\n         for the quarter ended "
    "March 31, 2002)",
    " [Incorporated by reference to Exhibit 4.1 to Form 10-Q\n         for the quarter ended "
    "March 31, 2002]",
    # (a bracket of the citation's own nests)
    " (previously filed as Exhibit 4(i) to Form 10-Q\n         (File No. 0-27026))",
])
def test_each_citing_bracket_of_a_row_is_cut(cited: str) -> None:
    edit = {_DATED: f"N.A. dated as of March 6, 2002{cited}, including Form"}
    elsewhere: set[str] = set()
    entries = read_entries(_index(edit), elsewhere=elsewhere)
    assert entries == [("4", _RIGHTS), ("99", _RELEASE + ".")]
    assert elsewhere == {"4", "99"}


def test_a_bracket_citing_nothing_stays_the_citation_after_it_cut() -> None:
    edit = {_DATED: 'N.A. dated as of March 6, 2002 (the "Rights\n         Agreement") '
                    "(Exhibit 4.1 to Form 10-Q), including Form"}
    entries = read_entries(_index(edit))
    assert entries[0] == ("4", _RIGHTS.replace("2002,", '2002 (the "Rights Agreement"),'))


@pytest.mark.parametrize(("after", "kept"), [
    (" The release announces\n         the Rights Agreement.",
     _RELEASE + ". The release announces the Rights Agreement."),
    (" (File No. 0-27026).", _RELEASE + "."),
    (" (Commission File Number 0-27026)", _RELEASE),
    (" (File No. 0-27026). The release announces the Rights Agreement.",
     _RELEASE + ". The release announces the Rights Agreement."),
])
def test_a_citing_bracket_before_a_sentence_or_file_number_is_cut(after: str,
                                                                   kept: str) -> None:
    cited = _CITED_99[:-1] + after if after.startswith(" (") else _CITED_99 + after
    elsewhere: set[str] = set()
    entries = read_entries(_index({_CITED_99: cited}), elsewhere=elsewhere)
    assert entries == [("4", _RIGHTS), ("99", kept)]
    assert elsewhere == {"4", "99"}
    # (a bracket citing this report before the file number's: no citation, the row whole)
    here = cited.replace(_CITED_99[:-1], "(Filed as Exhibit 99 to this report)")
    elsewhere.clear()
    assert read_entries(_index({_CITED_99: here}), elsewhere=elsewhere)[1] == (
        "99", " ".join(f"{_RELEASE} {here}".split()))
    assert elsewhere == {"4"}


TURNER = FILINGS / "8k_1994_turnerbroadcastingsyst_1.txt"
_ENDED = "ended September 30, 1993 and 1992."


@pytest.mark.parametrize("taken", [
    " (incorporated by reference into Item 7).", ", incorporated by reference into Part II.",
    " (portions incorporated herein by reference in Part II).",
])
def test_an_exhibit_taken_into_this_report_is_its_own(taken: str) -> None:
    record = edited_record(TURNER, {_ENDED: _ENDED[:-1] + taken, "<TYPE>EX-99.(B)": "<TYPE>EX-99"})
    exhibits = [(e["number"], e["document"]) for e in record["exhibits"]]
    assert exhibits == [("12(c)", 2), ("12(d)", 3), ("24(d)", 4), ("24(e)", 5), ("99(a)", 6),
                        ("99(b)", 7)]
    assert record["exhibits"][-1]["description"].endswith(taken.lstrip(" ,").rstrip(".") + ".")
    # (the contrast: cited to another filing, the EX-99 is no listed 99(b))
    cited = " (incorporated by reference to Exhibit 99 to Form 8-K filed May 1, 1994)."
    record = edited_record(TURNER, {_ENDED: _ENDED[:-1] + cited, "<TYPE>EX-99.(B)": "<TYPE>EX-99"})
    assert [(e["number"], e["document"]) for e in record["exhibits"]][-2:] == [
        ("99(b)", None), ("99(b)", 7)]


_ROW_99B = "99(b) --   Unaudited New Line Cinema Corporation condensed"


@pytest.mark.parametrize("edit", [
    # (a mark closing the row, its legend under it)
    {_ENDED: _ENDED + "*\n\n            *  Incorporated by reference into Item 7."},
    # (a filing method column after the row's first line)
    {_ROW_99B: _ROW_99B + "    Incorporated by reference into Item 7"},
])
def test_a_legend_or_column_taking_the_exhibit_into_this_report_files_it_here(
        edit: dict[str, str]) -> None:
    record = edited_record(TURNER, {**edit, "<TYPE>EX-99.(B)": "<TYPE>EX-99"})
    assert [(e["number"], e["document"]) for e in record["exhibits"]][-2:] == [
        ("99(a)", 6), ("99(b)", 7)]
    assert record["exhibits"][-1]["description"].endswith(_ENDED)


@pytest.mark.parametrize("text", [
    "10.1  Agreement" + " (incorporated by reference to Exhibit 4 to Form 8-A)," * 4_000
    + " (incorporated by reference to Exhibit 4 to Form 8-A)\n",
    "10.1  Agreement" + " (incorporated by reference to Exhibit 4 to Form 8-A" * 4_000 + ")\n",
    "10.1  Agreement" + " (Series A). Amended" * 10_000 + "\n",
    "10.1  Agreement (incorporated by reference to Exhibit 4 to Form 8-A)" + " " * 200_000
    + "(File No. 1-1234)\n",
])
def test_pathological_rows_parse_fast(text: str) -> None:
    began = time.process_time()
    read_entries(text)
    assert time.process_time() - began < 5
