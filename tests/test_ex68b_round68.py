"""Exhibit rows of round 68b: an "Exhibit 99.1" paragraph over its description's paragraph, and
the words an amendment after an unbracketed citation keeps.

- NVIDIA's 8-K of March 2026 (a corpus filing) lists its exhibits in an HTML table under "(d)
  Exhibits" ("10.1  Variable Compensation Plan - Fiscal Year 2027", "104  The cover page ...").
  Edited into the shape where each row is two paragraphs, "Exhibit 10.1" (or "Exhibit No.
  10.1", "EX-10.1", "Ex. 10.1") over the description in a paragraph of its own (indented by a
  margin or not: the rendered text keeps no indent), each is one row (before: the 10.1 row went
  undescribed and the 104 row was lost). Not a heading over a title in capitals ("Exhibit 10.1" /
  "VARIABLE COMPENSATION PLAN ..."), nor a paragraph not right under the list's label.
- Pericom's 8-K of 2002 (a corpus filing) closes its 99 row by a bracketed citation. Edited into
  an unbracketed one followed by the exhibit's own amendment, the amendment's words stay where
  they name the exhibit's papers, not a filing: a certificate "filed with the Secretary of State
  of Delaware", an "Amendment to Registration Rights Agreement", a "Form of Amendment", a
  "Statement of Work", "as amended and supplemented by", "as further amended by" (before: cut
  with the citation). An amendment that cites a filing ("filed with the Commission", "on Form
  8-A/A") is cut with it, as before, and so now is one giving a file number ("(File No.
  0-27026)", before: kept).
"""

from __future__ import annotations

import time

import pytest
from test_ex66_round66 import _CITED_99, _RELEASE, _RIGHTS, _index

from filing2json.parsers.sections.exhibits import _split_entries, read_entries
from support import FILINGS, edited_record, validate

NVIDIA = FILINGS / "8k_2026_nvidiacorp_1.txt"
_PLAN = "Variable Compensation Plan - Fiscal Year 2027"
_COVER = "Cover Page Interactive Data File (embedded within the Inline XBRL document)"
_XBRL = [("101.SCH", "XBRL TAXONOMY EXTENSION SCHEMA DOCUMENT", 3),
         ("101.LAB", "XBRL TAXONOMY EXTENSION LABEL LINKBASE DOCUMENT", 4),
         ("101.PRE", "XBRL TAXONOMY EXTENSION PRESENTATION LINKBASE DOCUMENT", 5)]


def _exhibits(record: dict) -> list[tuple]:
    return [(e["number"], e["description"], e["document"]) for e in record["exhibits"]]


def _index_table() -> str:
    """NVIDIA's exhibit table under "(d) Exhibits", as filed."""
    text = NVIDIA.read_text(encoding="latin-1")
    start = text.index("<div><table", text.index("(d) Exhibits"))
    return text[start : text.index("</table></div>", start) + len("</table></div>")]


def _with_list(html: str) -> list[tuple]:
    return _exhibits(validate(edited_record(NVIDIA, {_index_table(): html})))


def _paragraphs(head: str, indent: str = ' style="margin-left:36pt"') -> str:
    return (f"<p>{head}10.1</p><p{indent}>{_PLAN}</p>"
            f"<p>{head}104</p><p{indent}>{_COVER}</p>")


@pytest.mark.parametrize("head", ["Exhibit ", "Exhibit No. ", "EX-", "Ex. ", "EXHIBIT "])
@pytest.mark.parametrize("indent", [' style="margin-left:36pt"', ""])
def test_exhibit_paragraph_over_its_description(head: str, indent: str) -> None:
    assert _with_list(_paragraphs(head, indent)) == [
        ("10.1", _PLAN, 2), ("104", _COVER, None), *_XBRL]


def test_exhibit_paragraph_with_a_mark_and_its_legend() -> None:
    html = (f"<p>Exhibit 10.1*</p><p>{_PLAN}</p><p>Exhibit 104</p><p>{_COVER}</p>"
            "<p>* Filed herewith.</p>")
    assert _with_list(html) == [("10.1", _PLAN, 2), ("104", _COVER, None), *_XBRL]


def test_exhibit_paragraph_under_an_intro() -> None:
    html = "<p>The following exhibits are filed with this report:</p>" + _paragraphs("Exhibit ")
    assert _with_list(html) == [("10.1", _PLAN, 2), ("104", _COVER, None), *_XBRL]


@pytest.mark.parametrize("html", [
    # (a heading over a title in capitals: no row, as before)
    f"<p>Exhibit 10.1</p><p>{_PLAN.upper()}</p>",
    # (not under the list's label: no row, as before)
    f"<p>See the Exhibit Index.</p><p>Exhibit 10.1</p><p>{_PLAN}</p>",
])
def test_exhibit_paragraph_neighbours(html: str) -> None:
    assert _with_list(html) == [("10.1", None, 2), *_XBRL]


def test_index_table_as_filed() -> None:
    assert _exhibits(validate(edited_record(NVIDIA, {}))) == [
        ("10.1", _PLAN, 2),
        ("104", "The cover page of this Current Report on Form 8-K, formatted in inline XBRL "
                "(included as Exhibit 101)", None), *_XBRL]


def test_exhibit_paragraphs_in_linear_time() -> None:
    worst = ("(d) Exhibits\n\n" + "Exhibit No. 10.1*\n\n\n" + " " * 40 + "\n") * 4000
    start = time.process_time()
    read_entries(worst)
    _split_entries(worst)
    assert time.process_time() - start < 5


_UNBRACKETED = (", incorporated by reference to Exhibit 99 to\n         Registration Statement "
                "on Form 8-A")


@pytest.mark.parametrize("amended", [
    ", as amended by the Certificate of Amendment filed with the Secretary of State of "
    "Delaware on May 1, 2003.",
    ", as amended by the Certificate of Amendment filed with the Delaware Secretary of State.",
    ", as amended by the Amendment to Registration Rights Agreement dated May 1, 2003.",
    ", as amended by the Form of Amendment No. 1.",
    ", as amended by Amendment No. 1 to Statement of Work No. 3.",
    ", as amended by the Commission Agreement Amendment.",
    ", as amended and supplemented by Amendment No. 1.",
    ", as further amended by Amendment No. 2.",
])
def test_amendment_naming_the_exhibits_papers_is_kept(amended: str) -> None:
    elsewhere: set[str] = set()
    entries = read_entries(_index({f" {_CITED_99}": _UNBRACKETED + amended}),
                           elsewhere=elsewhere)
    assert entries == [("4", _RIGHTS), ("99", _RELEASE + amended)]
    assert elsewhere == {"4", "99"}


@pytest.mark.parametrize("amended", [
    # (the amendment is the cited form's: cut with the citation, as before)
    ", as amended by Amendment No. 1 filed with the Commission on May 1, 2003.",
    ", as amended by Amendment No. 1 filed with the SEC on May 1, 2003.",
    ", as amended by the Form 8-A/A filed with the Securities and Exchange Commission.",
    ", as amended by the Company's Form 8-A/A filed May 1, 2003.",
    ", as amended by Amendment No. 1 on Form 8-A/A.",
    ", as amended on Form 8-A/A.",
    ", as amended by Amendment No. 1 to the Registration Statement.",
    # (a file number: the amendment is a filing's, cut too; before: kept)
    ", as amended by Amendment No. 1 (File No. 0-27026).",
    ", as amended by Amendment No. 1, SEC File No. 0-27026.",
])
def test_amendment_citing_a_filing_is_cut(amended: str) -> None:
    elsewhere: set[str] = set()
    entries = read_entries(_index({f" {_CITED_99}": _UNBRACKETED + amended}),
                           elsewhere=elsewhere)
    assert entries == [("4", _RIGHTS), ("99", f"{_RELEASE}.")]
    assert elsewhere == {"4", "99"}


def test_amendment_filed_as_exhibit_keeps_the_amendment() -> None:
    # (round 69: the amendment's own "filed as Exhibit ... to" participle is cut, "as amended by
    # Amendment No. 1" kept; before: the amendment cut whole)
    elsewhere: set[str] = set()
    amended = ", as amended by Amendment No. 1 filed as Exhibit 4.2 to Form 8-K."
    entries = read_entries(_index({f" {_CITED_99}": _UNBRACKETED + amended}),
                           elsewhere=elsewhere)
    assert entries == [("4", _RIGHTS), ("99", f"{_RELEASE}, as amended by Amendment No. 1.")]
    assert elsewhere == {"4", "99"}


def test_amendment_filed_with_in_linear_time() -> None:
    row = ("99    Rights Agreement, incorporated by reference to Exhibit 99 to Form 8-A, as "
           "amended by" + " filed with the" + " a." * 40_000 + "\n")
    start = time.process_time()
    read_entries(row * 2)
    assert time.process_time() - start < 5
