"""Items, explanatory notes, round 53: variants of real filings edited into shapes other filers
print. Item headings led by a bracket or a dash ("[Item 2.02] ...", "- Item 9.01 ..."); a
wrapped title whose first line ends on "Dr." before the name; a blank-page note under the last
item's last paragraph; an explanatory note boxed in one HTML table cell, one block a paragraph."""

from __future__ import annotations

import time

from filing2json.parsers.sections.items import find_items
from support import FILINGS, edited_items, edited_record

PERICOM = FILINGS / "8k_2006_pericomsemiconductorco_3.txt"
SOPHIRIS = FILINGS / "8k_2016_sophirisbioinc_1.htm"
_PERICOM_5_02 = ("ITEM 5.02    DEPARTURE OF DIRECTORS OR PRINCIPAL OFFICER; ELECTION OF\n"
                 "             DIRECTORS; APPOINTMENT OF PRINCIPAL OFFICERS\n")
_PERICOM_9_01 = "ITEM 9.01    FINANCIAL STATEMENTS, PRO FORMA FINANCIAL INFORMATION AND EXHIBITS.\n"
_5_02 = "Departure of Directors or Principal Officers; Election of Directors"
_9_01 = "Financial Statements and Exhibits"
_WANT = [("5.02", _5_02, "On August 15, 2006, Pericom Se"),
         ("9.01", _9_01, "(d)      Exhibits.\n\nThe exhibi")]


def _headed(first: str, second: str) -> list[tuple[str, str, str]]:
    # Pericom 2006 (8-K) with its two headings replaced by the given lines
    return edited_items(PERICOM, {_PERICOM_5_02: first + "\n", _PERICOM_9_01: second + "\n"})


def test_headings_in_brackets() -> None:
    assert _headed(f"[Item 5.02] {_5_02}", f"[Item 9.01] {_9_01}") == _WANT
    assert _headed(f"[Item 5.02 {_5_02}]", f"[ITEM 9.01 {_9_01}.]") == _WANT


def test_headings_after_a_dash() -> None:
    assert _headed(f"- Item 5.02 {_5_02}", f"- Item 9.01 {_9_01}") == _WANT
    assert _headed(f"-\tITEM 5.02. {_5_02}", f"-\tITEM 9.01. {_9_01}") == _WANT

    # a plain "Item" heading heads the items: a dash line inside the text is the text's
    items = _headed(f"Item 5.02 {_5_02}\n\n- Item 9.01 of this report lists the exhibit.",
                    f"Item 9.01 {_9_01}")
    assert [i[0] for i in items] == ["5.02", "9.01"]
    # a rule of dashes is no mark ("-- Item" is not read either)
    assert [i[0] for i in _headed(f"-- Item 5.02 {_5_02}", f"Item 9.01 {_9_01}")] == ["9.01"]


def test_marked_heading_scan_is_linear() -> None:
    for line in ("[Item 2.02 (a) and (b) and (c)", "- Items 1, 2, 3, 4, 5, 6, 7, 8 and"):
        text = (line * 7000)[:200_000]
        started = time.process_time()
        find_items(text, "8-K")
        assert time.process_time() - started < 5.0  # (quadratic: minutes)


def test_wrapped_title_after_a_courtesy_title() -> None:
    # Pericom 2006 with its Item 5.02 heading naming the new director, the line wrapped
    # after "Dr.", the name flush left
    heading = "Item 5.02 Election of Directors; Appointment of Dr.\nSimon Wong as a Director"
    items = edited_items(PERICOM, {_PERICOM_5_02: heading + "\n"})
    assert items[0] == ("5.02", "Election of Directors; Appointment of Dr. Simon Wong as a "
                        "Director", "On August 15, 2006, Pericom Se")
    assert edited_items(PERICOM, {_PERICOM_5_02: heading.upper() + "\n"})[0][1] == (
        "ELECTION OF DIRECTORS; APPOINTMENT OF DR. SIMON WONG AS A DIRECTOR")


def test_blank_page_note_under_the_last_item_is_dropped() -> None:
    # Pericom 2006 with a page note under its last paragraph, above the signature page
    last_row = "appointment of Dr. Simon Wong to the Company's board of directors.\n"
    for note in ("[Remainder of page intentionally left blank]",
                 "(This space intentionally left blank.)"):
        record = edited_record(PERICOM, {last_row: f"{last_row}\n{note}\n"})
        assert record["items"][-1]["text"].endswith("to the Company's board of directors.")


_NOTE = [
    "This Amendment No. 1 to the Current Report on Form 8-K of Sophiris Bio Inc. amends the "
    "report furnished on March 23, 2016 to furnish the complete press release as Exhibit 99.1.",
    "The press release furnished with the original report omitted its financial tables; the "
    "complete press release, including those tables, is furnished with this amendment.",
    "Except as described above, no other changes have been made to the original report, and "
    "this amendment does not reflect events occurring after the original report was furnished.",
]


def test_note_boxed_in_a_table_cell_keeps_its_paragraphs() -> None:
    # Sophiris 2016 (HTML 8-K) with a note boxed in one table cell above Item 2.02, each
    # paragraph a div of no margin (one line each when rendered, no blank line between; a cell
    # of 500 characters or more keeps its lines, see html_text.py)
    blocks = "".join(f"<DIV>{p}</DIV>" for p in ["EXPLANATORY NOTE", *_NOTE])
    anchor = '<P id=PARA59.2 style="MARGIN-BOTTOM: 0px; MARGIN-TOP: 0px">'
    record = edited_record(SOPHIRIS, {anchor: f"<TABLE border=1><TR><TD>{blocks}</TD></TR>"
                                              f"</TABLE>{anchor}"})
    assert record["explanatory_note"] == "\n\n".join(_NOTE)
    assert record["items"][0]["number"] == "2.02"
