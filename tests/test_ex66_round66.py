"""Exhibit rows of round 66: a bracketed citation closing a row, and another document's own
incorporation ("incorporated by reference therein").

- Pericom Semiconductor's 8-K of 2002 (a corpus filing) indexes exhibits 4 and 99, each row
  closed by "[Incorporated by reference to Exhibit 4 to Registration Statement on Form 8-A
  filed by the Registrant dated March 12, 2002]." Plymouth Rock Technologies' 20-F of 2021
  closes its rows by "(incorporated by reference to the Registrant's Form 20FR12G furnished to
  the Commission on September 11, 2015)". The citation is cut, the exhibit filed elsewhere, as
  the unbracketed and sentence citations are. Pericom's brackets edited as other filers print
  them: round ones, "(Exhibit 4 to ...)" (1990s 10-Ks), "[Previously filed as ...]", "(Filed as
  Exhibit 4 to ...)"; and into brackets that cite no other filing ("(Confidential treatment
  requested)", "(Series A)", "(Filed as Exhibit 99 to this report)"), which stay.
- Turner Broadcasting's 8-K of 1994 lists "1(c) - Terms Agreement ... and the Underwriting
  Agreement Basic Provisions dated June 30, 1993 incorporated by reference therein", filed as
  its EX-1.(C) headed "Exhibit 1(c)": the words tell what the terms agreement incorporates,
  not where this exhibit is filed. Its <TYPE> edited to a bare "EX-1" (or "EX-99"): the
  document is still the listed 1(c), no extra exhibit.
"""

from __future__ import annotations

import time

import pytest

from filing2json.parsers.sections.exhibits import read_entries
from support import FILINGS, edited_record, filing

PERICOM = FILINGS / "8k_2002_pericomsemiconductorco_1.txt"
_RIGHTS = ("Rights Agreement between Pericom Semiconductor Corporation and Equiserve Trust "
           "Company, N.A. dated as of March 6, 2002, including Form on Right Certificate "
           "attached thereto as Exhibit B.")
_RELEASE = "Press release issued by the Company on March 7, 2002"
# Pericom's 99 row from its bracket on, as filed
_CITED_99 = ("[Incorporated by\n         reference to Exhibit 99 to Registration Statement on "
             "Form 8-A filed by\n         the Registrant dated March 12, 2002].")


def _index(edit: dict[str, str] | None = None) -> str:
    """Pericom's Exhibit Index, each `edit` key replaced by its value."""
    text = PERICOM.read_text(encoding="latin-1")
    index = text[text.index("No.      Description") : text.index("</TEXT>", text.index(
        "Exhibit Index"))]
    for old, new in (edit or {}).items():
        assert old in index
        index = index.replace(old, new)
    return index


@pytest.mark.parametrize("cited", [
    _CITED_99,  # (as filed)
    _CITED_99.replace("[", "(").replace("]", ")"),
    "(Exhibit 99 to Registration Statement on Form 8-A filed by\n         the Registrant).",
    "[Previously filed as Exhibit 99 to\n         Registration Statement on Form 8-A].",
    "(Filed as Exhibit 99 to\n         Registration Statement on Form 8-A).",
    # (a bracket of the citation's own nests: "(File No. ...)")
    "(incorporated herein by reference\n         to Exhibit 99 to Form 8-A (File No. 0-27026))",
])
def test_bracketed_citation_closing_a_row_is_cut_and_filed_elsewhere(cited: str) -> None:
    elsewhere: set[str] = set()
    stop = "." if cited.endswith(".") else ""
    entries = read_entries(_index({_CITED_99: cited}), elsewhere=elsewhere)
    assert entries == [("4", _RIGHTS), ("99", _RELEASE + stop)]
    assert elsewhere == {"4", "99"}


@pytest.mark.parametrize("bracket", [
    "(Confidential treatment requested)", "(Series A)", "(filed herewith)",
    "(incorporated by reference therein)",
    # (taken into this report, as 10-Ks print their exhibit 13)
    "(incorporated by reference into Item 5)",
    # (this filing holds it)
    "(incorporated by reference to Exhibit 99.1 hereto)", "(Filed as Exhibit 99 to this report)",
])
def test_bracket_citing_no_other_filing_stays(bracket: str) -> None:
    elsewhere: set[str] = set()
    entries = read_entries(_index({_CITED_99: bracket}), elsewhere=elsewhere)
    assert entries == [("4", _RIGHTS), ("99", f"{_RELEASE} {bracket}")]
    assert elsewhere == {"4"}  # (its twin citing another filing: cut)


def test_the_records_hold_no_bracketed_citation() -> None:
    record = edited_record(PERICOM, {})
    assert [(e["number"], e["description"], e["document"]) for e in record["exhibits"]] == [
        ("4", _RIGHTS, None), ("99", _RELEASE + ".", None)]
    exhibits = filing("20f_2021_plymouthrocktechnologi_1.htm")["exhibits"]
    assert [(e["number"], e["description"]) for e in exhibits[:3]] == [
        ("3.1", "Certificate of Incorporation"), ("3.2", "Notice of Articles"),
        ("3.3", "Articles")]
    assert exhibits[7]["description"] == ("Share Purchase Agreement dated June 18, 2018 with "
                                          "Plymouth Rock USA and the Selling Shareholders of "
                                          "Plymouth Rock USA")
    assert not any("incorporated" in e["description"] for e in exhibits)


TURNER = FILINGS / "8k_1994_turnerbroadcastingsyst_2.txt"


@pytest.mark.parametrize("doc_type", ["EX-1", "EX-99"])
def test_incorporated_by_reference_therein_is_no_citation_of_the_exhibit(doc_type: str) -> None:
    record = edited_record(TURNER, {"<TYPE>EX-1.(C)": f"<TYPE>{doc_type}"})
    exhibits = [(e["number"], e["document"]) for e in record["exhibits"]]
    assert exhibits == [("1(c)", 2), ("4(f)", 3), ("4(g)", 4)]
    assert record["exhibits"][0]["description"].endswith(
        "Basic Provisions dated June 30, 1993 incorporated by reference therein")


@pytest.mark.parametrize("text", [
    "99.1  Press release (" + "(" * 200_000 + "incorporated by reference to Exhibit 4 to Form"
    " 8-A)\n",
    "99.1  Press release" + " [Incorporated by reference to Exhibit 4 to Form 8-A]" * 4_000
    + "\n",
    "99.1  Press release (incorporated by reference to Exhibit 4" + ")" * 200_000 + "\n",
])
def test_pathological_rows_parse_fast(text: str) -> None:
    began = time.process_time()
    read_entries(text)
    assert time.process_time() - began < 5
