"""Exhibits, round 72b: a joined row's mark after its stop or bracketed by its number.

PerkinElmer's 10-K405 (2001) prints Item 14's exhibit list as an EDGAR text table ("*10.5
Employment Contracts: ..."). Rows an HTML editor joined into one paragraph are parted at each
later number of the list's run after a stop (round 72); a row whose mark closes it after its
stop ("... attached hereto as Exhibit 10.4.* 10.5 Employment Contracts: ...") or whose mark is
bracketed by its number ("(*)10.5", "10.5(*)") now parts the paragraph there too, each mark
read against the list's legend for its own row (_JOINED_HEAD, _joined_rows). Rows typed on
one line ("99.1  Press release ...  99.2  Transcript ..., incorporated by reference to ...")
each read their own citation, not the line's (_own_citations).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from test_ex72_round72 import _ASTA_LIST, ASTA

from filing2json.parsers.sections.exhibits import read_entries
from support import FILINGS

PERKINELMER = FILINGS / "10k405_2001_perkinelmerinc_1.txt"
_TABLE_OPEN = "<PAGE>   67\n<TABLE>\n<S>      <C>\n"
_NUMBERS = ["10.3", "10.4", "10.5", "10.6", "10.7", "10.8", "21", "23", "24"]
_CITED = {"10.6", "10.7", "10.8"}  # (rows that cite another filing: filed elsewhere anyway)


def _joined(edit: Callable[[str], str], legend: str) -> tuple[list[tuple[str, str]], set[str]]:
    """read_entries over PerkinElmer's rows from 10.3 to the table's end joined into one
    paragraph and edited by `edit`, `legend` under them; (rows, numbers filed elsewhere)."""
    text = PERKINELMER.read_text(encoding="latin-1")
    at = text.index(_TABLE_OPEN) + len(_TABLE_OPEN)
    rows = " ".join(text[at : text.index("</TABLE>", at)].split())
    rows = edit(rows[rows.index("10.3 $100,000,000"):])
    elsewhere: set[str] = set()
    return read_entries(f"{rows}\n\n{legend}\n", elsewhere=elsewhere), elsewhere


def _unmarked(rows: str) -> str:
    """The rows less the marks by their numbers ("*10.5" -> "10.5")."""
    assert rows.count(". *10.") == 4
    return rows.replace(". *10.", ". 10.")


def _closing(rows: str, *ends: str) -> str:
    """The unmarked rows with a mark closing each row that ends with one of `ends`."""
    rows = _unmarked(rows)
    for end in ends:
        assert rows.count(end) == 1, end
        rows = rows.replace(end, end.replace(". ", ".* "))
    return rows


def test_a_mark_after_a_joined_row_stop_parts_the_paragraph_and_marks_that_row() -> None:
    # "... Exhibit 10.4.* 10.5 Employment Contracts: ...": 10.4's mark; 10.5 on were one row
    # "10.4" with 10.5-10.8's words in its description
    rows, elsewhere = _joined(lambda r: _closing(r, "Exhibit 10.4. 10.5"), "* Previously filed.")
    assert [number for number, _ in rows] == _NUMBERS
    assert rows[1] == ("10.4", "$300,000,000 364-Day Amended and Restated Competitive Advance "
                               "and Revolving Credit Facility Agreement dated as of March 2, "
                               "2001 among the Company, the Lenders Named Herein and The Chase "
                               "Manhattan Bank as Administrative Agent.")
    assert rows[2][1].startswith("Employment Contracts: (1) Employment contract between")
    assert elsewhere == {"10.4"} | _CITED


def test_a_mark_after_the_stop_marks_the_row_it_closes_not_the_next() -> None:
    # 10.5's mark closes it ("Exhibit 10.5(b).* 10.6"): 10.5 is filed elsewhere, 10.4 not
    rows, elsewhere = _joined(lambda r: _closing(r, "Exhibit 10.5(b). 10.6"),
                              "* Previously filed.")
    assert [number for number, _ in rows] == _NUMBERS
    assert rows[3] == ("10.6", "The Company's 1982 INCENTIVE STOCK OPTION PLAN.")
    assert elsewhere == {"10.5"} | _CITED


def test_a_mark_bracketed_before_a_joined_row_number_parts_and_marks_it() -> None:
    # "(*)10.5 Employment Contracts: ...": was no row (10.5-10.8 read into 10.4's description,
    # 10.4 filed elsewhere)
    rows, elsewhere = _joined(lambda r: r.replace("*10.", "(*)10."), "(*) Previously filed.")
    assert [number for number, _ in rows] == _NUMBERS
    assert rows[5] == ("10.8", "The Company's 1998 EMPLOYEE STOCK PURCHASE PLAN.")
    assert elsewhere == {"10.5"} | _CITED


def test_a_mark_bracketed_after_a_joined_row_number_parts_and_marks_it() -> None:
    # "10.5(*) Employment Contracts: ...", "10.6(*) The Company's 1982 ..."
    rows, elsewhere = _joined(lambda r: re.sub(r"\*(10\.\d) ", r"\1(*) ", r),
                              "* Previously filed.")
    assert [number for number, _ in rows] == _NUMBERS
    assert rows[3] == ("10.6", "The Company's 1982 INCENTIVE STOCK OPTION PLAN.")
    assert elsewhere == {"10.5"} | _CITED


def test_a_legend_that_files_nothing_elsewhere_keeps_a_mark_after_a_stop_here() -> None:
    # the neighbour that must not change: the mark parts the row, its legend files nothing
    # elsewhere, and only the rows that cite another filing are filed elsewhere
    legend = ("* This exhibit is a management contract or compensatory plan or arrangement\n"
              "  required to be filed as an Exhibit pursuant to Item 14(c) of Form 10-K.")
    rows, elsewhere = _joined(lambda r: _closing(r, "Exhibit 10.4. 10.5"), legend)
    assert [number for number, _ in rows] == _NUMBERS
    assert elsewhere == _CITED


def test_unmarked_and_leading_marks_part_as_before() -> None:
    # the start tree's shapes: "*10.5" by its number, and no marks at all
    rows, elsewhere = _joined(lambda r: r, "* Previously filed.")
    assert [number for number, _ in rows] == _NUMBERS
    assert elsewhere == {"10.5"} | _CITED
    rows, elsewhere = _joined(_unmarked, "* Previously filed.")
    assert [number for number, _ in rows] == _NUMBERS
    assert elsewhere == _CITED


def test_a_mark_after_a_stop_before_no_number_of_the_run_parts_nothing() -> None:
    # "Plan.* 9 Months" and "Plan.* 10.1 Agreement" (lower numbers) are no rows
    assert read_entries("10.2 Stock Plan.* 9 Months of vesting apply. Plan.* 10.1 "
                        "Agreement.\n") == [
        ("10.2", "Stock Plan.* 9 Months of vesting apply. Plan.* 10.1 Agreement.")]


def test_marked_joined_rows_scan_in_linear_time() -> None:
    # ~200 KB of stops with marks and bracketed marks that part nothing, and rows that do
    started = time.process_time()
    read_entries("10.2 Plan.* (*)15 Plan.*** (*) 15(*) Plan. " * 5_000 + "\n\n* Filed.\n")
    rising = " ".join(f"{n} Plan.*" for n in range(10, 110)) + " "
    rows = read_entries((rising * 200)[:200_000] + "\n\n* Previously filed.\n")
    assert time.process_time() - started < 5
    assert rows[:2] == [("10", "Plan."), ("11", "Plan.")]


# Asta Funding's 2005 8-K lists "99.1  Press release dated August 9, 2005." over "99.2
# Transcript of August 9, 2005 webcast."; typed on one line with two blanks between them, each
# row reads its own citation (_own_citations)


def _asta_one_line(first: str, second: str) -> tuple[list[tuple[str, str]], set[str]]:
    """read_entries over Asta's exhibits item with its two rows typed on one line, `first`
    closing 99.1's description and `second` 99.2's; (rows, the numbers filed elsewhere)."""
    text = ASTA.read_text(encoding="latin-1")
    assert _ASTA_LIST in text
    line = (f"          99.1  Press release dated August 9, 2005{first}  99.2  "
            f"Transcript of August 9, 2005 webcast{second}\n")
    at = text.index("(c) Exhibits")
    elsewhere: set[str] = set()
    region = text[at : text.index("SIGNATURE", at)].replace(_ASTA_LIST, line)
    return read_entries(region, elsewhere=elsewhere), elsewhere


_CITES = " to the Company's Current Report on Form 8-K filed August 10, 2005"


def test_a_later_row_citation_on_a_line_files_only_that_row_elsewhere() -> None:
    # was {"99.1", "99.2"}: the line's citation filed every row typed on it elsewhere
    rows, elsewhere = _asta_one_line(
        "", f", incorporated by reference to Exhibit 99.2{_CITES}.")
    assert rows == [("99.1", "Press release dated August 9, 2005"),
                    ("99.2", "Transcript of August 9, 2005 webcast.")]
    assert elsewhere == {"99.2"}


def test_a_first_row_bracketed_citation_on_a_line_is_cut_and_files_it_elsewhere() -> None:
    # was 99.1 "Press release dated August 9, 2005 (incorporated by reference to ...)", here
    rows, elsewhere = _asta_one_line(
        f" (incorporated by reference to Exhibit 99.1{_CITES})", ".")
    assert rows == [("99.1", "Press release dated August 9, 2005"),
                    ("99.2", "Transcript of August 9, 2005 webcast.")]
    assert elsewhere == {"99.1"}


def test_rows_on_a_line_citing_nothing_stay_here() -> None:
    # the neighbour that must not change
    rows, elsewhere = _asta_one_line("", ".")
    assert rows == [("99.1", "Press release dated August 9, 2005"),
                    ("99.2", "Transcript of August 9, 2005 webcast.")]
    assert elsewhere == set()
