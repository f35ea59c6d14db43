"""Exhibit rows of round 67: a citing bracket before a last bracket that cites nothing, and
portions of a report that this one takes in.

- Pericom Semiconductor's 8-K of 2002 (a corpus filing) closes its 99 row by "[Incorporated by
  reference to Exhibit 99 to Registration Statement on Form 8-A ...]." Edited into the shape
  where another bracket that cites nothing closes the row after the citation ("(incorporated
  by reference to Exhibit 3.1 to Form S-1, No. 33-1234) (as amended)", "(Filed as Exhibit 99
  to ...) (P)"), the citation is cut, the last bracket kept and the exhibit filed elsewhere.
  Not where words come between ("[...], as amended (Series A)": the words may name a document
  filed here), nor where the last bracket files it here ("(filed herewith)").
- PerkinElmer's 10-K405 for 2000 (a corpus filing) given an exhibit 13 row as 10-Ks print it,
  "13  Portions of the Annual Report to Stockholders for the fiscal year ended December 31,
  2000 incorporated herein by reference." (bare or bracketed), and an exhibit document headed
  "EXHIBIT 13": this report takes the portions in, so the row is filed here and its document
  is that exhibit (before: the bracketed words were cut as a citation, and a document headed
  "EXHIBIT 13" under an "EX-99" was no exhibit 13). A row that names a source ("...
  incorporated by reference to Exhibit 13 to ...") still holds no document.
"""

from __future__ import annotations

import time

import pytest
from test_ex66_round66 import _CITED_99, _RELEASE, _RIGHTS, PERICOM, _index

from filing2json.parsers.sections.exhibits import read_entries
from support import FILINGS, edited_record, validate

_PLAIN_99 = "(Filed as Exhibit 99 to\n         Registration Statement on Form 8-A)"


@pytest.mark.parametrize("cited", [
    _CITED_99[:-1],  # (as filed, its stop moved after the last bracket)
    _CITED_99[:-1].replace("[", "(").replace("]", ")"),
    "(incorporated by reference to Exhibit 99 to\n         Form S-1, No. 33-1234)",
    _PLAIN_99,  # (a participle's bracket: "filed as")
])
@pytest.mark.parametrize("last", ["(as amended)", "(P)", "[Series A]",
                                  "(Confidential treatment requested)"])
def test_citing_bracket_before_a_last_bracket_citing_nothing_is_cut(cited: str,
                                                                     last: str) -> None:
    elsewhere: set[str] = set()
    entries = read_entries(_index({_CITED_99: f"{cited} {last}."}), elsewhere=elsewhere)
    assert entries == [("4", _RIGHTS), ("99", f"{_RELEASE} {last}.")]
    assert elsewhere == {"4", "99"}


@pytest.mark.parametrize(("edit", "described", "away"), [
    # (the last bracket files it here: nothing cut)
    (f"{_PLAIN_99} (filed herewith).",
     f"{_RELEASE} (Filed as Exhibit 99 to Registration Statement on Form 8-A) (filed herewith).",
     {"4"}),
    # (words between: they may name a document filed here)
    (_CITED_99[:-1] + ", as amended (Series A).",
     f"{_RELEASE} [Incorporated by reference to Exhibit 99 to Registration Statement on Form "
     "8-A filed by the Registrant dated March 12, 2002], as amended (Series A).", {"4"}),
    # (no citation before the last bracket)
    ("(Series A) (as amended).", f"{_RELEASE} (Series A) (as amended).", {"4"}),
    # (the last bracket cites too: both cut, as before)
    (_CITED_99[:-1] + " (incorporated by reference to Exhibit 99 to Form 8-A/A).",
     f"{_RELEASE}.", {"4", "99"}),
    # (a bare "incorporated by reference" in a row of no portions: another filing's, as before)
    ("(incorporated herein by reference).", f"{_RELEASE}.", {"4", "99"}),
])
def test_last_bracket_neighbours(edit: str, described: str, away: set[str]) -> None:
    elsewhere: set[str] = set()
    entries = read_entries(_index({_CITED_99: edit}), elsewhere=elsewhere)
    assert entries == [("4", _RIGHTS), ("99", described)]
    assert elsewhere == away


def test_citing_bracket_before_a_last_bracket_in_the_record() -> None:
    record = validate(edited_record(PERICOM, {_CITED_99: _CITED_99[:-1] + " (as amended)."}))
    assert [(e["number"], e["description"], e["document"]) for e in record["exhibits"]] == [
        ("4", _RIGHTS, None), ("99", f"{_RELEASE} (as amended).", None)]


_SOURCE_99 = ("reference to Exhibit 99 to Registration Statement on Form 8-A filed by\n"
              "         the Registrant dated March 12, 2002.")


@pytest.mark.parametrize(("cited", "kept"), [
    (", incorporated by\n         " + _SOURCE_99, ""),
    (" - incorporated herein by\n         " + _SOURCE_99, ""),
    (" incorporated by\n         " + _SOURCE_99, ""),
    (", which is incorporated by\n         " + _SOURCE_99.replace("reference to",
                                                               "reference from"), ""),
    # (a sentence after it that describes the exhibit stays)
    (", incorporated by\n         " + _SOURCE_99 + " The release was amended on\n"
     "         March 20, 2002.", " The release was amended on March 20, 2002."),
])
def test_unbracketed_incorporation_participle_is_cut(cited: str, kept: str) -> None:
    elsewhere: set[str] = set()
    entries = read_entries(_index({" " + _CITED_99: cited}), elsewhere=elsewhere)
    assert entries == [("4", _RIGHTS), ("99", f"{_RELEASE}.{kept}")]
    assert elsewhere == {"4", "99"}


def test_citing_bracket_before_the_participle_is_cut_too() -> None:
    """(the words between kept, as between citing brackets)"""
    elsewhere: set[str] = set()
    cited = (" (incorporated by reference to Exhibit 99 to\n         Form 8-A), as supplemented by"
             " the release of March 9, 2002, incorporated by\n         reference to Exhibit 99.2"
             " to Form 8-K dated March 9, 2002.")
    entries = read_entries(_index({" " + _CITED_99: cited}), elsewhere=elsewhere)
    assert entries == [("4", _RIGHTS), (
        "99", f"{_RELEASE}, as supplemented by the release of March 9, 2002.")]
    assert elsewhere == {"4", "99"}


@pytest.mark.parametrize(("words", "described", "away"), [
    (", incorporated by\n         reference to Exhibit 99.1 hereto.",  # (this filing's)
     ", incorporated by reference to Exhibit 99.1 hereto.", {"4"}),
    (", incorporated by\n         reference therein.",  # (another document's own)
     ", incorporated by reference therein.", {"4"}),
    (", incorporated by\n         reference into Item 5.",  # (taken into this report)
     ", incorporated by reference into Item 5.", {"4"}),
    # (a clause's subject before it: left whole)
    (", the terms of which are incorporated by\n         reference to Exhibit 99 to Form 8-A.",
     ", the terms of which are incorporated by reference to Exhibit 99 to Form 8-A.", {"4"}),
    # (inside a bracket that opens with other words: round 67b cuts the citation, the
    # bracket's words kept, see test_ex67b_round67)
    (" (as amended, incorporated by\n         reference to Exhibit 99 to Form 8-A).",
     " (as amended).", {"4", "99"}),
])
def test_incorporation_participle_neighbours_stay(words: str, described: str,
                                                  away: set[str]) -> None:
    elsewhere: set[str] = set()
    entries = read_entries(_index({" " + _CITED_99: words}), elsewhere=elsewhere)
    assert entries == [("4", _RIGHTS), ("99", _RELEASE + described)]
    assert elsewhere == away


def test_unbracketed_incorporation_participle_in_the_record() -> None:
    record = validate(edited_record(PERICOM, {" " + _CITED_99: ", incorporated by\n         "
                                              + _SOURCE_99}))
    assert [(e["number"], e["description"], e["document"]) for e in record["exhibits"]] == [
        ("4", _RIGHTS, None), ("99", f"{_RELEASE}.", None)]


PERKINELMER = FILINGS / "10k405_2001_perkinelmerinc_1.txt"
_SUBSIDIARIES = ("21        Subsidiaries of the Registrant is attached hereto as Exhibit\n"
                 "          21.")
_LAST_ROW = ("24        Power of Attorney (appears on signature page).\n</TABLE>\n</TEXT>\n"
             "</DOCUMENT>")
_PORTIONS = ("Portions of the Annual Report to Stockholders for the fiscal year ended December "
             "31, 2000")
_ROW_13 = ("13        Portions of the Annual Report to Stockholders for the fiscal\n"
           "          year ended December 31, 2000")


def _with_13(tail: str, doc_type: str) -> dict:
    """PerkinElmer's record, its EXHIBIT INDEX given a 13 row ending in `tail` and the filing
    an exhibit document of `doc_type` headed "EXHIBIT 13"."""
    document = (f"\n<DOCUMENT>\n<TYPE>{doc_type}\n<SEQUENCE>2\n<FILENAME>b38210peex13.txt\n"
                "<DESCRIPTION>PORTIONS OF ANNUAL REPORT\n<TEXT>\n"
                "                                   EXHIBIT 13\n\n"
                "                          SELECTED FINANCIAL DATA\n</TEXT>\n</DOCUMENT>")
    record = edited_record(PERKINELMER, {_SUBSIDIARIES: f"{_ROW_13}{tail}\n{_SUBSIDIARIES}",
                                         _LAST_ROW: _LAST_ROW + document})
    return validate(record)


def _exhibit(record: dict, number: str) -> tuple:
    return next((e["description"], e["document"]) for e in record["exhibits"]
                if e["number"] == number)


@pytest.mark.parametrize("doc_type", ["EX-13", "EX-99"])
@pytest.mark.parametrize("tail", [" (incorporated herein by reference).",
                                  " (incorporated by reference)."])
def test_portions_taken_in_by_a_bare_bracket(tail: str, doc_type: str) -> None:
    record = _with_13(tail, doc_type)
    assert _exhibit(record, "13") == (_PORTIONS + tail, 2)
    assert [e["number"] for e in record["exhibits"]].count("99") == 0


def test_portions_taken_in_unbracketed_held_by_the_document_headed_so() -> None:
    """(the words unbracketed stayed before too; the "EX-99" headed "EXHIBIT 13" was no 13)"""
    record = _with_13(" incorporated herein by reference.", "EX-99")
    assert _exhibit(record, "13") == (_PORTIONS + " incorporated herein by reference.", 2)
    assert [e["number"] for e in record["exhibits"]].count("99") == 0


def test_portions_taken_in_read_entries() -> None:
    elsewhere: set[str] = set()
    text = f"{_ROW_13} (incorporated herein by reference).\n{_SUBSIDIARIES}\n"
    assert read_entries(text, elsewhere=elsewhere) == [
        ("13", _PORTIONS + " (incorporated herein by reference)."),
        ("21", "Subsidiaries of the Registrant.")]
    assert elsewhere == set()


@pytest.mark.parametrize("doc_type", ["EX-13", "EX-99"])
def test_portions_from_another_filing_neighbours(doc_type: str) -> None:
    """(a row that names its source: filed elsewhere, the document headed "EXHIBIT 13" no
    exhibit 13 unless its <TYPE> says so, as before)"""
    tail = (",\n          incorporated by reference to Exhibit 13 to the Company's Annual"
            "\n          Report on Form 10-K for 1999.")
    record = _with_13(tail, doc_type)
    if doc_type == "EX-13":
        assert _exhibit(record, "13") == (_PORTIONS + ".", 2)
    else:
        assert _exhibit(record, "13") == (_PORTIONS + ".", None)


@pytest.mark.parametrize("row", [
    "3.1  Articles " + "(Series A) " * 20_000 + "(P)\n",
    "3.1  Articles" + ", incorporated by reference to (" * 6_000 + "\n",
    "3.1  Articles" + " incorporated by reference" * 8_000 + " to Exhibit 3.1 hereto\n",
    "3.1  Articles " + "(incorporated by reference to Exhibit 3.1 to Form S-1) " * 4_000
    + "(P)\n",
    "3.1  Articles " + "(" * 100_000 + ")\n",
    "3.1  Articles " + "(Filed as Exhibit 3.1 to " * 8_000 + ")" * 8_000 + " (P)\n",
    "13  Portions of " + "incorporated herein by reference " * 6_000 + "(P)\n",
])
def test_last_bracket_scan_is_linear(row: str) -> None:
    start = time.process_time()
    read_entries(row * 1)
    assert time.process_time() - start < 5
