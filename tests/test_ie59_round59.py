"""Items and exhibits, round 59: real filings edited into shapes other filers print. An EX-10
document attached where the list says that exhibit is incorporated by reference keeps its own
number; an exhibits item that names its exhibit in a sentence before the number ("... is
furnished as Exhibit 99.1 herewith."); a title under a bare item heading wrapped onto a second
line that opens with a capital ("Item 8.01" / "Other" / "Matters")."""

from __future__ import annotations

import time

from filing2json.parsers.sections.exhibits import named_entries
from support import FILINGS, edited_items, edited_record

# Asta Funding 2005 (8-K): Item 9.01 lists "10.1  Lease Agreement ...", filed as EX-10.1
ASTA = FILINGS / "8k_2005_astafundinginc_4.txt"
_ASTA_ROW = ("10.1         Lease Agreement between Asta Funding, Inc. and 210 Sylvan Avenue\n"
             "             LLC for the space at 210 Sylvan Avenue\n")
_ASTA_ELSEWHERE = (
    "10.1         Lease Agreement between Asta Funding, Inc. and 210 Sylvan Avenue\n"
    "             LLC for the space at 210 Sylvan Avenue (incorporated by reference\n"
    "             to Exhibit 10.1 to the Company's Form 10-Q for June 30, 2005)\n")
# (round 66: the bracketed citation is cut from the description, the exhibit filed elsewhere)
_LEASE = ("Lease Agreement between Asta Funding, Inc. and 210 Sylvan Avenue LLC for the space at "
          "210 Sylvan Avenue")


def _asta_exhibits(edit: dict[str, str]) -> list[tuple]:
    return [(e["number"], e["description"], e["document"])
            for e in edited_record(ASTA, edit)["exhibits"]]


def test_attached_ex10_keeps_its_own_number_where_the_list_says_elsewhere() -> None:
    # the row edited to say the lease is incorporated by reference, the document typed with
    # the bare "EX-10" under its own heading "EXHIBIT 10.1": exhibit 10.1 attached, not a "10"
    edit = {_ASTA_ROW: _ASTA_ELSEWHERE, "<TYPE>EX-10.1": "<TYPE>EX-10"}
    assert _asta_exhibits(edit) == [("10.1", _LEASE, None), ("10.1", "LEASE AGREEMENT", 2)]
    # headed with a number the list does not print: that number, as before
    assert _asta_exhibits({**edit, "EXHIBIT 10.1\n": "EXHIBIT 10.3\n"}) == [
        ("10.1", _LEASE, None), ("10.3", "LEASE AGREEMENT", 2)]
    # no heading: the <TYPE>'s number
    assert _asta_exhibits({**edit, "EXHIBIT 10.1\n": "\n"}) == [
        ("10.1", _LEASE, None), ("10", "LEASE AGREEMENT", 2)]


# Horizon Financial 2008 (8-K): one document, the release printed after the signatures; its
# Item 9.01 list edited into a sentence that names the exhibit before its number
HORIZON = FILINGS / "8k_2008_horizonfinancialcorp_1.txt"
_HORIZON_ROW = "     99.1   Press Release of Horizon Financial Corp. dated January 17, 2008.\n"
_HORIZON_RELEASE = "Press release of Horizon Financial Corp. dated January 17, 2008"


def _horizon_exhibits(sentence: str) -> list[tuple]:
    return [(e["number"], e["description"], e["document"])
            for e in edited_record(HORIZON, {_HORIZON_ROW: sentence})["exhibits"]]


def test_a_sentence_naming_the_exhibit_before_its_number() -> None:
    for sentence in (
            "     The press release of Horizon Financial Corp. dated January 17, 2008 is\n"
            "furnished as Exhibit 99.1 herewith.\n",
            "     A copy of the press release of Horizon Financial Corp. dated January 17, 2008\n"
            "is attached hereto as Exhibit 99.1 and incorporated herein by reference.\n",
            "     The press release of Horizon Financial Corp. dated January 17, 2008, attached\n"
            "hereto as Exhibit 99.1, is incorporated herein by reference.\n"):
        assert _horizon_exhibits(sentence) == [("99.1", _HORIZON_RELEASE, 1)], sentence


def test_a_sentence_naming_an_exhibit_filed_elsewhere_or_two() -> None:
    assert named_entries("(d) Exhibits. The press release is furnished as Exhibit 99.1 "
                         "herewith and the slides are furnished as Exhibit 99.2 herewith.") == [
        ("99.1", "Press release"), ("99.2", "Slides")]
    # another filing's exhibit, or a clause that names none, is no entry
    for text in ("(d) Exhibits. The press release was filed as Exhibit 99.1 to the Company's "
                 "Form 10-Q.",
                 "(d) Exhibits. The Agreement was previously filed as Exhibit 10.1.",
                 "(d) Exhibits. On May 1, 2008, the Company issued a press release, a copy of "
                 "which is attached as Exhibit 99.1 hereto."):
        assert named_entries(text) == [], text
    # the Company's own name stays as printed
    assert named_entries("(d) Exhibits. The Company's press release dated May 1, 2008, "
                         "attached hereto as Exhibit 99.1 and incorporated herein.") == [
        ("99.1", "The Company's press release dated May 1, 2008")]


def test_named_before_number_is_linear() -> None:
    text = "(d) Exhibits. " + "The press release is furnished as Exhibit 99.1 herewith " * 3600
    began = time.process_time()
    named_entries(text)
    assert time.process_time() - began < 5


# Pericom 2006 (8-K): Item 5.02's heading replaced by a bare item heading over its own title
PERICOM = FILINGS / "8k_2006_pericomsemiconductorco_3.txt"
_PERICOM_5_02 = ("ITEM 5.02    DEPARTURE OF DIRECTORS OR PRINCIPAL OFFICER; ELECTION OF\n"
                 "             DIRECTORS; APPOINTMENT OF PRINCIPAL OFFICERS\n")
_PERICOM_TEXT = "On August 15, 2006, Pericom Se"


def _first_item(heading: str) -> tuple:
    return edited_items(PERICOM, {_PERICOM_5_02: heading})[0]


def test_a_title_under_a_bare_heading_wrapped_before_a_capital() -> None:
    assert _first_item("Item 8.01\nOther\nMatters\n") == ("8.01", "Other Matters", _PERICOM_TEXT)
    assert _first_item("ITEM 8.01\n\nDIRECTOR\nAPPOINTMENT\n") == (
        "8.01", "DIRECTOR APPOINTMENT", _PERICOM_TEXT)
    assert _first_item("Item 8.01\nAppointment of a New\nDirector\n") == (
        "8.01", "Appointment of a New Director", _PERICOM_TEXT)
    # a sub-heading under the form's whole title is the text's
    assert _first_item("Item 8.01\nOther Events\nDirector Appointment\n") == (
        "8.01", "Other Events", "Director Appointment\n\n     On ")
    # the text's first line right under a one-line title is no part of it
    assert _first_item("Item 8.01\nOther Matters\nOn August 15, 2006, Pericom announced.\n")[1] \
        == "Other Matters"
