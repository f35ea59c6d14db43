"""Exhibit rows of round 65b: a citation typed as a sentence of its own, and a bracketed
participle closing before a sentence that describes the exhibit.

- Stockwalk.com's 8-K of 2000 (a corpus filing) marks its 2.1 row "Corporation*" over the
  footnote "* Incorporated by reference to Exhibit 2.7 to Amendment No. 1 to the Registration
  Statement on Form S-2 of Stockwalk.com Group, Inc. (Registration No. 333-35544) filed on June
  23, 2000." Edited as other filers type it, the footnote's sentence typed in the row after
  the description's stop (or "Previously filed as ...", "Filed as ...", a describing sentence
  after it), or the row closed by a bracketed participle ("(previously filed as Exhibit 2.7 to
  ...)") before such a sentence: the citation is cut, the sentence kept, the exhibit filed
  elsewhere.
- Asta Funding's 8-K of 2005 lists "10.1  Lease Agreement ... 210 Sylvan Avenue", filed as its
  EX-10.1 under the heading "EXHIBIT 10.1". Its row edited into either shape (and the <TYPE>
  to a bare "EX-10", as round 59's test does): the record's 10.1 is filed elsewhere, so the
  document is the exhibit its heading numbers, not the listed entry.
"""

from __future__ import annotations

import time

import pytest

from filing2json.parsers.sections.exhibits import read_entries
from support import FILINGS, edited_record

STOCKWALK = FILINGS / "8k_2000_stockwalkcomgroupinc_3.txt"
_MERGER = ("Agreement and Plan of Merger, dated June 5, 2000, by and between Kinnard Investments,"
           " Inc., Stockwalk.com Group, Inc. and SW Acquisition Corporation")
_CITED = ("to Exhibit 2.7 to Amendment No. 1 to the\n         Registration Statement on Form S-2"
          " of Stockwalk.com Group, Inc. (Registration\n         No. 333-35544) filed on June 23,"
          " 2000.")
_TOLD = " The merger closed\n         on July 31, 2000.\n"
_TOLD_TEXT = "The merger closed on July 31, 2000."


def _index(row_end: str) -> str:
    """Stockwalk's EXHIBIT INDEX, its 2.1 row ending `row_end` instead of its "*" mark, the
    footnote cut."""
    text = STOCKWALK.read_bytes().decode("latin-1")
    start = text.index("2.1      Agreement")
    rows = text[start : text.index("- ---------------\n* Inc", start)]
    assert rows.count("Corporation*\n") == 1
    return rows.replace("Corporation*\n", "Corporation" + row_end)


@pytest.mark.parametrize(("row_end", "told"), [
    (". Incorporated by reference\n         " + _CITED + "\n", ""),
    (". Incorporated herein by\n         reference " + _CITED + _TOLD, _TOLD_TEXT),
    (". Previously filed as Exhibit 2.7\n         " + _CITED[len("to Exhibit 2.7 "):] + _TOLD,
     _TOLD_TEXT),
    (". Filed as Exhibit 2.7 to\n         the Registration Statement on Form S-2.\n", ""),
    # (the bracketed participle before a sentence; a "(Registration No. ...)" inside it nests)
    (" (previously filed as Exhibit\n         2.7 to the Registration Statement on Form S-2"
     " (Registration\n         No. 333-35544)). The merger closed\n         on July 31, 2000.\n",
     _TOLD_TEXT),
    (" (previously filed as Exhibit\n         2.7 to Form S-2).\n", ""),
])
def test_citation_sentence_cut_and_exhibit_filed_elsewhere(row_end: str, told: str) -> None:
    elsewhere: set[str] = set()
    entries = read_entries(_index(row_end), elsewhere=elsewhere)
    assert entries == [("2.1", " ".join(filter(None, [_MERGER + ".", told]))),
                       ("23.1", "Consent of KPMG LLP"), ("99.1", "Press Release")]
    assert elsewhere == {"2.1"}


@pytest.mark.parametrize(("stays", "cut", "told"), [
    # (filed with this report: no citation of another filing)
    (". Filed as Exhibit 2.1 to this\n         report.\n",
     ". Filed as Exhibit 2.1 to the\n         Form S-2.\n", ""),
    # (a bracket that closes before more of the description, not a sentence)
    (" (previously filed as Exhibit\n         2.7 to Form S-2), as amended July 1, 2000.\n",
     " (previously filed as Exhibit\n         2.7 to Form S-2). It was amended July 1, 2000.\n",
     " It was amended July 1, 2000."),
])
def test_no_other_filing_cited_stays(stays: str, cut: str, told: str) -> None:
    elsewhere: set[str] = set()
    assert dict(read_entries(_index(stays), elsewhere=elsewhere))["2.1"] == " ".join(
        (_MERGER + stays).split())
    assert elsewhere == set()
    # (its twin citing another filing, or a sentence after the bracket: cut)
    assert dict(read_entries(_index(cut), elsewhere=elsewhere))["2.1"] == _MERGER + "." + told
    assert elsewhere == {"2.1"}


ASTA = FILINGS / "8k_2005_astafundinginc_4.txt"
_ASTA_ROW = ("10.1         Lease Agreement between Asta Funding, Inc. and 210 Sylvan Avenue\n"
             "             LLC for the space at 210 Sylvan Avenue\n")
_LEASE = "Lease Agreement between Asta Funding, Inc. and 210 Sylvan Avenue LLC for the space at " \
         "210 Sylvan Avenue."


@pytest.mark.parametrize(("row_end", "told"), [
    (". Incorporated by reference\n             to Exhibit 10.1 to the Company's Form 10-Q for"
     " June 30, 2005.\n", ""),
    (" (previously filed as\n             Exhibit 10.1 to the Company's Form 10-Q for June 30,"
     " 2005). The lease\n             runs ten years from May 1, 2005.\n",
     " The lease runs ten years from May 1, 2005."),
])
def test_citation_sentence_in_the_record(row_end: str, told: str) -> None:
    record = edited_record(ASTA, {_ASTA_ROW: _ASTA_ROW[:-1] + row_end,
                                  "<TYPE>EX-10.1": "<TYPE>EX-10"})
    assert [(e["number"], e["description"], e["document"]) for e in record["exhibits"]] == [
        ("10.1", _LEASE + told, None), ("10.1", "LEASE AGREEMENT", 2)]


@pytest.mark.parametrize("text", [
    "3.2  Bylaws (previously filed as Exhibit 3.2 to Form 10-K" + " (" * 100_000 + ").\n",
    "3.2  Bylaws (previously filed as Exhibit 3.2 to Form 10-K). The" + " A. B" * 40_000 + "\n",
    "3.1  Articles. Incorporated by reference to Exhibit 3.1." + " Filed with the Commission on"
    * 7_000 + "\n",
    "3.1  Articles" + ". Filed as Exhibit 3.1 to this" * 7_000 + "\n",
])
def test_pathological_rows_parse_fast(text: str) -> None:
    began = time.process_time()
    read_entries(text)
    assert time.process_time() - began < 5
