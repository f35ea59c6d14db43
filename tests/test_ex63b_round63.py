"""Exhibit rows typed as sentences, round 63b: a row's further sentences, and the participle
form of the filing clause.

- PerkinElmer's 10-K405 for 2000 (a corpus filing) types its EXHIBIT INDEX's 10.5(a) as two
  sentences: "Employment Contract ... as amended by an amendment dated November 5, 1999, was
  filed with the Commission ... and is herein incorporated by reference. Said contract was
  further amended by a Second Amendment dated March 3, 2001 which is attached hereto as
  Exhibit 10.5(a)." Each sentence loses its own filing clause; the second, which describes
  the exhibit attached, stays.
- The same index's 10.6 ("The Company's 1982 INCENTIVE STOCK OPTION PLAN was filed as Exhibit
  4(v) to the Company's Registration Statement on Form S-8, File No. 33-36082 and is herein
  incorporated by reference."), edited into the participle form other filers type (", filed
  as Exhibit 4(v) to ...", ", previously filed as ...", "(previously filed as ...)", ", which
  was filed as ..."), is cut to its subject the same way and is filed elsewhere.
"""

from __future__ import annotations

import time

import pytest

from filing2json.parsers import parse
from filing2json.parsers.sections.exhibits import read_entries
from support import FILINGS, validate

PERKINELMER = FILINGS / "10k405_2001_perkinelmerinc_1.txt"

_SUMME = ("Employment Contract between the Company and Gregory L. Summe dated January 8, 1998, as"
          " amended by an amendment dated November 5, 1999.")
_PLAN = "The Company's 1982 INCENTIVE STOCK OPTION PLAN"


def _index_rows(first: str, stop: str) -> str:
    """The rows of PerkinElmer's EXHIBIT INDEX from `first` up to the row `stop`."""
    data = PERKINELMER.read_bytes().decode("latin-1")
    index = data.index("EXHIBIT INDEX")
    start = data.index(first, index)
    return data[data.rindex("\n", 0, start) + 1 : data.index(stop, start)]


def test_second_sentence_describing_the_exhibit_stays() -> None:
    exhibits = validate(parse(PERKINELMER.read_bytes(), PERKINELMER.name))["exhibits"]
    described = {e["number"]: e["description"] for e in exhibits}
    assert described["10.5(a)"] == (_SUMME + " Said contract was further amended by a Second"
                                    " Amendment dated March 3, 2001.")
    # (one sentence still loses its clause)
    assert described["10.5(b)"] == ("Employment Contract between the Company and Robert F."
                                    " Friel dated November 18, 1999.")


def test_second_sentence_as_read_from_the_index() -> None:
    """The row's last clause says where the exhibit is: 10.5(a)'s amendment is attached."""
    elsewhere: set[str] = set()
    entries = dict(read_entries(_index_rows("10.4 ", "10.6 "), elsewhere=elsewhere))
    assert entries["10.5(a)"].startswith(_SUMME + " Said contract was")
    assert elsewhere == set()


@pytest.mark.parametrize("row", [
    f" {_PLAN}, filed as Exhibit\n          4(v) to the Company's Registration Statement on Form\n"
    "          S-8, File No. 33-36082.\n",
    f" {_PLAN}, previously filed as\n          Exhibit 4(v) to the Company's Registration"
    " Statement on\n          Form S-8, File No. 33-36082.\n",
    f" {_PLAN}, which was filed as\n          Exhibit 4(v) to the Company's Registration"
    " Statement on\n          Form S-8, File No. 33-36082.\n",
    f" {_PLAN} (previously filed as\n          Exhibit 4(v) to the Company's Registration"
    " Statement on\n          Form S-8, File No. 33-36082).\n",
])
def test_participle_clause_cut_and_filed_elsewhere(row: str) -> None:
    rows = _index_rows("10.6 ", "10.7 ")
    edited = rows[: rows.index(" The Company's")] + row
    elsewhere: set[str] = set()
    assert read_entries(edited, elsewhere=elsewhere) == [("10.6", _PLAN + ".")]
    assert elsewhere == {"10.6"}


@pytest.mark.parametrize("row", [
    # (filed with this report: no other filing's exhibit)
    f" {_PLAN}, filed as Exhibit\n          10.6 to this Annual Report on Form 10-K.\n",
    # (no comma nor "previously": the clause may name what the exhibit amends)
    " Amendment No. 1 to the Company's 1982 INCENTIVE STOCK OPTION PLAN filed as Exhibit\n"
    "          4(v) to the Company's Registration Statement on Form S-8.\n",
])
def test_participle_clause_kept(row: str) -> None:
    """Where the clause does not say the exhibit is another filing's, the row stays whole (as
    its neighbour with one does not)."""
    rows = _index_rows("10.6 ", "10.7 ")
    lead = rows[: rows.index(" The Company's")]
    elsewhere: set[str] = set()
    [(number, description)] = read_entries(lead + row, elsewhere=elsewhere)
    assert (number, elsewhere) == ("10.6", set())
    assert description == " ".join(row.split())
    cited = row.replace(" filed as", ", filed as").replace(",,", ",").replace(
        "10.6 to this Annual Report", "4(v) to the Company's Registration Statement")
    assert read_entries(lead + cited, elsewhere=elsewhere)[0][1].endswith("PLAN.")
    assert elsewhere == {"10.6"}


@pytest.mark.parametrize("text", [
    "21  Subsidiaries, filed with the Commission on" + " May 1, 2000" * 20_000 + "\n",
    "21  Subsidiaries" + ", filed as Exhibit 21 to" * 10_000 + " Form 10-K.\n",
    "21  Subsidiaries was filed hereto." + " Said list was filed hereto." * 8_000 + "\n",
    "21  Subsidiaries was filed hereto" + " reference. A" * 16_000 + " hereto.\n",
])
def test_pathological_rows_parse_fast(text: str) -> None:
    began = time.process_time()
    read_entries(text)
    assert time.process_time() - began < 5
