"""Exhibit lists of round 40: a list typed with one space after each number, where a
one-digit number ("4 Specimen Common Stock Certificate") stands in line with the entries
around it and a plan's year opens a description ("10.1 1995 Stock Option Plan")."""

from __future__ import annotations

from filing2json.parsers import parse
from support import filer_submission


def _exhibits(text: str, form: str = "10-K") -> list[tuple[str, str]]:
    data = filer_submission(text, form, ("OSPREY INSTRUMENTS INC",),
                            accession="0000950109-97-001234", filed="19970328",
                            period="19961231", cik_stem="000081234")
    return [(e["number"], e["description"]) for e in parse(data, "d.txt")["exhibits"]]


_ITEM_14 = """                                    PART IV

ITEM 14.  EXHIBITS, FINANCIAL STATEMENT SCHEDULES AND REPORTS ON FORM 8-K

     (a)(3)  Exhibits

"""


def test_one_digit_entry_in_line_with_single_spaced_rows() -> None:
    text = _ITEM_14 + """3.1 Restated Certificate of Incorporation of the Registrant
3.2 By-laws of the Registrant, as amended
4 Specimen Common Stock Certificate
10.1 1995 Stock Option Plan
10.2 Lease Agreement dated June 1, 1994 between the Registrant and Elm Realty Trust
21 Subsidiaries of the Registrant
27 Financial Data Schedule
"""
    assert _exhibits(text) == [
        ("3.1", "Restated Certificate of Incorporation of the Registrant"),
        ("3.2", "By-laws of the Registrant, as amended"),
        ("4", "Specimen Common Stock Certificate"),
        ("10.1", "1995 Stock Option Plan"),
        ("10.2", "Lease Agreement dated June 1, 1994 between the Registrant and Elm Realty Trust"),
        ("21", "Subsidiaries of the Registrant"),
        ("27", "Financial Data Schedule")]


def test_one_digit_line_out_of_order_stays_out() -> None:
    # a "3 Months ..." line under 3.2 is no exhibit 3 (its number does not rise), and a
    # year after one space opens no two-digit exhibit ("21 1996 ...")
    text = _ITEM_14 + """  3.1 Restated Certificate of Incorporation of the Registrant
  3.2 By-laws of the Registrant
  2 Agreement and Plan of Merger
  10.1 1995 Stock Option Plan
  27 Financial Data Schedule
"""
    numbers = [number for number, _ in _exhibits(text)]
    assert numbers == ["3.1", "3.2", "10.1", "27"]


def test_figure_under_a_description_that_runs_on_is_no_entry() -> None:
    # "... relating to the" / "9 Percent Senior Notes due 2006": a wrapped description whose
    # line opens with a figure at the entries' column (nor "... premises at" / "5 Penn Plaza")
    text = _ITEM_14 + """3.1 Restated Certificate of Incorporation
4.1 Indenture between the Registrant and the trustee, relating to the
9 Percent Senior Notes due 2006
4.2 Lease Agreement between the Registrant and Penn Realty for the premises at
5 Penn Plaza, New York, New York
10.1 Employment Agreement with John Smith
"""
    numbers = [number for number, _ in _exhibits(text)]
    assert "9" not in numbers and "5" not in numbers
    assert numbers[0] == "3.1" and numbers[-1] == "10.1"


def test_year_under_a_description_that_runs_on_opens_no_entry() -> None:
    text = _ITEM_14 + """3.1 Restated Certificate of Incorporation
4.1 Indenture dated as of June 1, 1996
4.2 First Supplemental Indenture relating to the
5.5 2006 Senior Notes
10.1 Employment Agreement with John Smith
"""
    assert _exhibits(text) == [
        ("3.1", "Restated Certificate of Incorporation"),
        ("4.1", "Indenture dated as of June 1, 1996"),
        ("4.2", "First Supplemental Indenture relating to the 5.5 2006 Senior Notes"),
        ("10.1", "Employment Agreement with John Smith")]
