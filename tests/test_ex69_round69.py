"""Exhibit rows of round 69: the words "as amended by" names stay, only the amendment's own
citation goes; and numbers with a capital letter after their decimal.

- PerkinElmer's 10-K405 for 2000 (a corpus filing) lists "4.4  Form of Supplemental Indenture,
  dated August 7, 2000, between the Company and Bank One Trust Company, N.A., as Trustee, was
  filed with the Commission on August 4, 2000 as Exhibit 4.1 to the Company's Report on Form
  8-K, and is incorporated herein by reference." under Item 14's "3. EXHIBITS". Edited into the
  shapes where the row goes on to tell how the exhibit was amended and where the amendment is
  filed ("..., as amended by Amendment No. 1 filed as Exhibit 4.2 to the Company's Form 8-K
  filed May 1, 2001."), the amendment's words stay and its "filed as Exhibit ... to ..."
  participle goes (before: the row kept whole, or, after a citation, the amendment cut with it),
  and an amendment named by its ordinal ("as supplemented by the First Supplemental Indenture
  thereto", "the Second Amendment thereto") is the agreement's own, kept (before: cut as a
  form's "Amendment No. 1 thereto", which still is).
- The same index, its 4.4 row numbered as a supplement to 4.3 ("4.3A", "10.12B"), keeps the row
  (before: lost, no entry); a lower-case letter reads as before ("4.3a").
"""

from __future__ import annotations

import time

import pytest

from filing2json.parsers.sections.exhibits import read_entries
from support import FILINGS, edited_record, submission, text_record, validate

PERKINELMER = FILINGS / "10k405_2001_perkinelmerinc_1.txt"
# the 4.4 row's tail in Item 14's list, as filed
_FILED_44 = ("         Trustee, was filed with the Commission on August 4, 2000 as\n"
             "         Exhibit 4.1 to the Company's Report on Form 8-K, and is\n"
             "         incorporated herein by reference.")
_SUPPLEMENTAL = ("Form of Supplemental Indenture, dated August 7, 2000, between the Company and "
                 "Bank One Trust Company, N.A., as Trustee")
_SENIOR = ("Form of Senior Indenture, dated August 7, 2000, between the Company and Bank One "
           "Trust Company, N.A., as Trustee.")
_RIGHTS = ("Amended and Restated Rights agreement dated as of January 30, 2001 between the "
           "Company and Mellon Investor Services LLC, as Rights Agent.")
_CITED = ("         Trustee, incorporated by reference to Exhibit 4.1 to the\n"
          "         Company's Report on Form 8-K")


def _rows(record: dict, first: int = 5, last: int = 8) -> list[tuple]:
    """(number, description, document) of the index's rows 4.3 to 4.5."""
    return [(e["number"], e["description"], e["document"])
            for e in record["exhibits"][first:last]]


def _with_tail(tail: str) -> list[tuple]:
    return _rows(validate(edited_record(PERKINELMER, {_FILED_44: tail})))


@pytest.mark.parametrize(("tail", "described"), [
    # (no citation before it: the amendment's participle cut, its words kept)
    ("         Trustee, as amended by Amendment No. 1 filed as Exhibit 4.2 to\n"
     "         the Company's Form 8-K filed May 1, 2001.", ", as amended by Amendment No. 1."),
    ("         Trustee, as supplemented by the First Supplemental Indenture\n"
     "         filed as Exhibit 4.2 to the Company's Form 8-K filed May 1, 2001.",
     ", as supplemented by the First Supplemental Indenture."),
    # (after an unbracketed citation: before, the amendment cut with it)
    (f"{_CITED}, as amended by Amendment No. 1 filed as Exhibit 4.2\n"
     "         to the Company's Form 8-K filed May 1, 2001.", ", as amended by Amendment No. 1."),
    (f"{_CITED}, as amended by Amendment No. 1, filed as Exhibit 4.2\n"
     "         to the Company's Form 8-K filed May 1, 2001.", ", as amended by Amendment No. 1."),
    (f"{_CITED}, as supplemented by the First Supplemental Indenture\n         thereto.",
     ", as supplemented by the First Supplemental Indenture thereto."),
    (f"{_CITED}, as amended by the Second Amendment thereto filed as\n"
     "         Exhibit 4.2 to the Company's Form 8-K filed May 1, 2001.",
     ", as amended by the Second Amendment thereto."),
    # (after a "filed as" participle: before, the amendment cut with it)
    ("         Trustee, filed as Exhibit 4.1 to the Company's Report on Form\n"
     "         8-K, as amended by Amendment No. 1.", ", as amended by Amendment No. 1."),
])
def test_amendment_kept_its_citation_cut(tail: str, described: str) -> None:
    assert _with_tail(tail) == [("4.3", _SENIOR, None), ("4.4", _SUPPLEMENTAL + described, None),
                                ("4.5", _RIGHTS, None)]


@pytest.mark.parametrize("tail", [
    # (as filed)
    _FILED_44,
    # (the amendment cites a filing itself, or is a form's: cut with the citation, as before)
    f"{_CITED}, as amended by Amendment No. 1 thereto.",
    f"{_CITED}, as amended by Amendment No. 1 filed May 1, 2001.",
    f"{_CITED}, as amended by Amendment No. 1 to Form 8-K/A.",
])
def test_amendment_neighbours(tail: str) -> None:
    assert _with_tail(tail) == [("4.3", _SENIOR, None), ("4.4", _SUPPLEMENTAL + ".", None),
                                ("4.5", _RIGHTS, None)]


def test_amendment_with_a_comma_before_its_participle_as_before() -> None:
    # (", filed as ..." after the amendment: cut at its comma, as before)
    assert _with_tail("         Trustee, as amended by Amendment No. 1, filed as Exhibit 4.2 "
                      "to\n         the Company's Form 8-K filed May 1, 2001.") == [
        ("4.3", _SENIOR, None), ("4.4", _SUPPLEMENTAL + ", as amended by Amendment No. 1.", None),
        ("4.5", _RIGHTS, None)]


def _index(tail: str) -> str:
    """Item 14's exhibit list, the 4.4 row's tail replaced by `tail`."""
    text = PERKINELMER.read_text(encoding="latin-1").replace(_FILED_44, tail, 1)
    start = text.index("3.  EXHIBITS")
    return text[start : text.index("</TABLE>", start)]


def test_amendment_filed_as_files_the_exhibit_elsewhere() -> None:
    elsewhere: set[str] = set()
    entries = read_entries(_index(
        "         Trustee, as amended by Amendment No. 1 filed as Exhibit 4.2 to\n"
        "         the Company's Form 8-K filed May 1, 2001. The amendment extends\n"
        "         the term of the Notes."), elsewhere=elsewhere)
    assert dict(entries)["4.4"] == (_SUPPLEMENTAL + ", as amended by Amendment No. 1. The "
                                    "amendment extends the term of the Notes.")
    assert "4.4" in elsewhere and "4.5" not in elsewhere


def test_amendment_filed_as_this_reports_is_not_cut() -> None:
    # (the participle names this report's exhibit: no citation, the row kept whole, as before)
    elsewhere: set[str] = set()
    entries = read_entries(_index(
        "         Trustee, as amended by Amendment No. 1 filed as Exhibit 4.6 to\n"
        "         this report."), elsewhere=elsewhere)
    assert dict(entries)["4.4"] == (_SUPPLEMENTAL + ", as amended by Amendment No. 1 filed "
                                    "as Exhibit 4.6 to this report.")
    assert "4.4" not in elsewhere


# the 4.4 row's first line in Item 14's list and in the EXHIBIT INDEX, as filed
_ROW_44 = "  4.4    Form of Supplemental Indenture, dated August 7, 2000,"
_INDEX_44 = " 4.4      Form of Supplemental Indenture, dated August 7, 2000,"


def _numbered(number: str) -> dict:
    """The record with the 4.4 row numbered `number` in both lists."""
    row = "Form of Supplemental Indenture, dated August 7, 2000,"
    return validate(edited_record(PERKINELMER, {_ROW_44: f"{' ' + number:<9}{row}",
                                                _INDEX_44: f"{' ' + number:<10}{row}"}))


@pytest.mark.parametrize("number", ["4.3A", "4.3B", "10.12B"])
def test_number_with_a_letter_after_its_decimal(number: str) -> None:
    record = _numbered(number)
    assert _rows(record) == [("4.3", _SENIOR, None), (number, _SUPPLEMENTAL + ".", None),
                             ("4.5", _RIGHTS, None)]


def test_lower_case_lettered_number_as_before() -> None:
    record = _numbered("4.3a")
    assert _rows(record) == [("4.3", _SENIOR, None), ("4.3a", _SUPPLEMENTAL + ".", None),
                             ("4.5", _RIGHTS, None)]


def test_capital_lettered_number_holds_its_document() -> None:
    main = ("Item 7.  Financial Statements and Exhibits.\n\n(c) Exhibits\n\n"
            "4.3A     First Supplemental Indenture, dated August 7, 2000.\n"
            "10.12B   Second Amendment to Lease.\n\nSIGNATURES\n")
    record = text_record(submission(main, ("EX-4.3A", "FIRST SUPPLEMENTAL INDENTURE " * 20),
                                    ("EX-10.12B", "SECOND AMENDMENT TO LEASE " * 20)).decode())
    assert [(e["number"], e["description"], e["document"]) for e in record["exhibits"]] == [
        ("4.3A", "First Supplemental Indenture, dated August 7, 2000.", 2),
        ("10.12B", "Second Amendment to Lease.", 3)]


def test_capital_lettered_numbers_in_linear_time() -> None:
    worst = ("4.3A" + " " * 30 + "a\n") * 6000 + ("4.3B\t" + "1" * 60 + "\n") * 3000
    start = time.process_time()
    read_entries(worst)
    assert time.process_time() - start < 5


def test_amendment_participle_in_linear_time() -> None:
    row = ("4.4    Indenture, as amended by" + " filed as Exhibit 4.2" * 8000
           + " filed as" * 8000 + "\n"
           "4.5    Indenture, incorporated by reference to Exhibit 4.1 to Form 8-K, as amended"
           " by" + " the First a b c" * 20000 + " thereto.\n")
    start = time.process_time()
    read_entries(row * 2)
    assert time.process_time() - start < 5
