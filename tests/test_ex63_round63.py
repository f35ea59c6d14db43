"""Exhibit indexes of round 63: a second exhibit column told from a reference column, and a
reference column citing the other filing's exhibit.

- PerkinElmer's 10-K405 for 2000 (a corpus filing) lists "4.2  Form of Indenture dated June
  28, 1995 ..." and "4.3  Form of Senior Indenture, dated August 7, 2000, ..." one under the
  other. Edited so the two stand side by side on one line, as two-column indexes print them,
  each is an exhibit of its own: a second column opening "Form of" (or exhibit 13's "Annual
  Report to Shareholders") is an exhibit's description, not the filing an exhibit was filed
  with ("Form 8-K", "Annual Report on Form 10-K").
- The same list says in prose where 3.1 and 3.2 were filed ("... were filed with the
  Commission on March 30, 1999 as Exhibit 3.1 to the Company's Annual Report on Form 10-K
  ..."). Edited into the columns other 10-K indexes type, the exhibit's name, then the
  citation ("Exhibit 3.1 to Form 10-K for the year ended January 3, 1999", "Incorporated by
  reference to Exhibit 3 of the Report on Form 8-K", wrapped within its column or not), the
  citation is no part of the description and the exhibit is filed elsewhere.
"""

from __future__ import annotations

import time

import pytest

from filing2json.parsers import parse
from filing2json.parsers.sections.exhibits import read_entries
from support import FILINGS, validate

PERKINELMER = FILINGS / "10k405_2001_perkinelmerinc_1.txt"

_ROWS_4_2_4_3 = (
    "  4.2    Form of Indenture dated June 28, 1995 between the Company\n"
    "         and the First National Bank of Boston, as Trustee, was filed\n"
    "         with the Commission as Exhibit 4.1 to EG&G's Registration\n"
    "         Statement on Form S-3, File No. 33-59675 and is herein\n"
    "         incorporated by reference.\n"
    "  4.3    Form of Senior Indenture, dated August 7, 2000, between the\n"
    "         Company and Bank One Trust Company, N.A., as Trustee, was\n"
    "         filed with the Commission as Exhibit 4.1 to the Company's\n"
    "         Registration Statement on Form S-3, File No. 333-71069, and\n"
    "         is incorporated herein by reference.\n")
_ROWS_3_1_3_2 = (
    "  3.1    The Company's Restated Articles of Organization were filed\n"
    "         with the Commission on March 30, 1999 as Exhibit 3.1 to the\n"
    "         Company's Annual Report on Form 10-K and are herein\n"
    "         incorporated by reference.\n"
    "  3.2    Articles of Amendment to the Company's Restated Articles of\n"
    "         Organization were filed with the Commission on November 5,\n"
    "         1999 as Exhibit 3 to the Report on Form 8-K and are herein\n"
    "         incorporated by reference.\n")
_INDENTURE = "Form of Indenture dated June 28, 1995"
_SENIOR = "Form of Senior Indenture, dated August 7, 2000"
_ARTICLES = "Restated Articles of Organization"
_AMENDMENT = "Articles of Amendment to the Restated Articles of Organization"


def _exhibits(old: str, new: str) -> dict[str, tuple[str, int | None]]:
    data = PERKINELMER.read_bytes().decode("latin-1")
    assert data.count(old) == 1
    data = data.replace(old, new)
    record = validate(parse(data.encode("latin-1"), PERKINELMER.name))
    return {e["number"]: (e["description"], e["document"]) for e in record["exhibits"]}


_ROWS_4_1_4_4 = ("  4.1    Specimen Certificate of the Company's Common Stock, $1 par\n"
                 "         value, was filed with the Commission on November 5, 1999 as\n"
                 "         Exhibit 4 to the Report on Form 8-K and is incorporated\n"
                 "         herein by reference.\n" + _ROWS_4_2_4_3
                 + "  4.4    Form of Supplemental Indenture, dated August 7, 2000,\n"
                 "         between the Company and Bank One Trust Company, N.A., as\n"
                 "         Trustee, was filed with the Commission on August 4, 2000 as\n"
                 "         Exhibit 4.1 to the Company's Report on Form 8-K, and is\n"
                 "         incorporated herein by reference.\n")
_SPECIMEN = "Specimen Certificate of the Company's Common Stock"
_SUPPLEMENTAL = "Form of Supplemental Indenture, dated August 7, 2000"


@pytest.mark.parametrize("gap", ["   ", "      "])
def test_second_exhibit_column_opening_form_of(gap: str) -> None:
    """(the numbers run down each column: 4.1 and 4.3 over 4.2 and 4.4)"""
    left = _INDENTURE.ljust(len(_SPECIMEN))
    exhibits = _exhibits(_ROWS_4_1_4_4, f"  4.1    {_SPECIMEN}{gap}4.3    {_SENIOR}\n"
                         f"  4.2    {left}{gap}4.4    {_SUPPLEMENTAL}\n")
    assert {n: exhibits[n] for n in ("4.1", "4.2", "4.3", "4.4")} == {
        "4.1": (_SPECIMEN, None), "4.2": (_INDENTURE, None), "4.3": (_SENIOR, None),
        "4.4": (_SUPPLEMENTAL, None)}
    assert list(exhibits)[3:8] == ["4.1", "4.2", "4.3", "4.4", "4.5"]


_ROW_10_8 = (
    "*10.8    The Company's 1998 EMPLOYEE STOCK PURCHASE PLAN was filed\n"
    "         with the Commission on March 30, 1999 as Exhibit 10.8 to the\n"
    "         Company's Annual Report on Form 10-K and is herein\n"
    "         incorporated by reference.\n")
_PLAN = "The Company's 1998 EMPLOYEE STOCK PURCHASE PLAN"


def test_second_exhibit_column_annual_report_to_shareholders() -> None:
    """(10.8 cut to its name, exhibit 13 typed beside it)"""
    exhibits = _exhibits(_ROW_10_8, f"*10.8    {_PLAN}     13    Annual Report to Shareholders\n")
    assert exhibits["10.8"] == (_PLAN, None)
    assert exhibits["13"] == ("Annual Report to Shareholders", None)
    assert list(exhibits)[-4:] == ["13", "21", "23", "24"]


@pytest.mark.parametrize("rows", [
    f"  3.1    {_ARTICLES}      Exhibit 3.1 to Form 10-K for the year ended January 3, 1999\n"
    f"  3.2    {_AMENDMENT}   Exhibit 3 to Form 8-K filed November 5, 1999\n",
    # (wrapped within each column)
    f"  3.1    {_ARTICLES}      Exhibit 3.1 to Form 10-K for the\n"
    "                                             year ended January 3, 1999\n"
    "  3.2    Articles of Amendment to the    Incorporated by reference to\n"
    "         Restated Articles of            Exhibit 3 of the Report on\n"
    "         Organization                    Form 8-K\n",
    # (one line each, a gap of two or three blanks)
    f"  3.1    {_ARTICLES}  Exhibit 3.1 to Form 10-K for the year ended January 3, 1999\n"
    f"  3.2    {_AMENDMENT}   Incorporated by reference to Exhibit 3 of the Report on Form"
    " 8-K\n",
])
def test_reference_column_citing_an_exhibit(rows: str) -> None:
    exhibits = _exhibits(_ROWS_3_1_3_2, rows)
    assert exhibits["3.1"] == (_ARTICLES, None)
    assert exhibits["3.2"] == (_AMENDMENT, None)
    assert list(exhibits)[:3] == ["3.1", "3.2", "3.3"]


@pytest.mark.parametrize("rows", [
    f"3.1  {_ARTICLES}   Exhibit 3.1 to Form 10-K for the year ended January 3, 1999\n",
    f"3.1\t{_ARTICLES}\tExhibit 3.1 to Form 10-K for the year ended January 3, 1999\n",
    f"3.1  {_ARTICLES}  Incorporated by reference to Exhibit 3.1 of the Form 10-K\n",
])
def test_reference_column_says_filed_elsewhere(rows: str) -> None:
    elsewhere: set[str] = set()
    assert read_entries(rows, elsewhere=elsewhere) == [("3.1", _ARTICLES)]
    assert elsewhere == {"3.1"}


@pytest.mark.parametrize("text", [
    "3.1  Articles" + "  Exhibit 3.1 t" * 20_000 + "\n",
    "3.1  Articles" + "  Incorporated by referenc" * 10_000 + "\n",
    "4.2  Form of Note" + "   4.3  Form 8" * 15_000 + "\n",
    "21  Subsidiaries" + " was filed" * 20_000 + " hereto.\n",
    "21  Subsidiaries" + ", which" * 20_000 + " is filed herewith.\n",
])
def test_pathological_rows_parse_fast(text: str) -> None:
    began = time.process_time()
    read_entries(text)
    assert time.process_time() - began < 5


def _perkinelmer_rows() -> str:
    """The rows of PerkinElmer's list, 3.1 to 10.1 (its first marked row, "*10.1", ends the
    text read alone)."""
    data = PERKINELMER.read_bytes().decode("latin-1")
    start = data.index("<C>", data.index("     3.  EXHIBITS")) + len("<C>\n")
    return data[start : data.index("*10.2", start)]


def test_rows_typed_as_sentences_as_filed() -> None:
    """PerkinElmer's list as filed: each row a sentence saying where its exhibit is filed (the
    sentence's stop stays, as a row ending "is filed herewith." keeps it)."""
    exhibits = validate(parse(PERKINELMER.read_bytes(), PERKINELMER.name))["exhibits"]
    described = {e["number"]: e["description"] for e in exhibits}
    assert described["3.1"] == "The Company's Restated Articles of Organization."
    assert described["3.3"] == ("The Company's By-Laws as amended and restated by the Board of"
                                " Directors on April 27,1999.")
    assert described["4.1"] == "Specimen Certificate of the Company's Common Stock, $1 par value."
    assert described["4.5"] == ("Amended and Restated Rights agreement dated as of January 30,"
                                " 2001 between the Company and Mellon Investor Services LLC, as"
                                " Rights Agent.")
    assert described["10.2"] == "The Company's 1999 INCENTIVE PLAN."
    assert described["10.5(b)"] == ("Employment Contract between the Company and Robert F. Friel"
                                    " dated November 18, 1999.")
    assert described["21"] == "Subsidiaries of the Registrant."
    # (a clause that does not run to the row's end stays: "(appears on signature page)")
    assert described["24"] == "Power of Attorney (appears on signature page)."


def test_rows_typed_as_sentences_say_filed_elsewhere() -> None:
    """Those incorporated by reference are filed elsewhere; those "attached hereto" are not."""
    elsewhere: set[str] = set()
    entries = dict(read_entries(_perkinelmer_rows(), elsewhere=elsewhere))
    assert entries["10.1"] == ("The Company's Supplemental Executive Retirement Plan revised as"
                               " of April 19, 1995.")
    assert list(entries) == ["3.1", "3.2", "3.3", "4.1", "4.2", "4.3", "4.4", "4.5", "10.1"]
    assert elsewhere == {"3.1", "3.2", "3.3", "4.1", "4.2", "4.3", "4.4", "10.1"}


@pytest.mark.parametrize(("row", "expected"), [
    # (PerkinElmer's 21, edited as other filers word it)
    ("21      Subsidiaries of the Registrant, a copy of which is attached hereto.\n",
     "Subsidiaries of the Registrant."),
    ("21      Subsidiaries of the Registrant, which has been filed herewith.\n",
     "Subsidiaries of the Registrant."),
    # (a verb inside the exhibit's name, no clause closing the row: kept whole)
    ("21      Subsidiaries of the Registrant is attached hereto as an annex.\n",
     "Subsidiaries of the Registrant is attached hereto as an annex."),
])
def test_rows_typed_as_sentences_edited(row: str, expected: str) -> None:
    assert read_entries(row) == [("21", expected)]
