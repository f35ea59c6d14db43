"""Exhibits, round 72: joined rows that open with a whole number, and each joined row's mark.

PerkinElmer's 10-K405 (2001) prints Item 14's exhibit list as an EDGAR text table; an HTML copy
that sets its rows as one paragraph ("21 Subsidiaries of the Registrant is attached hereto as
Exhibit 21. 23 Consent of Independent Public Accountants (appears on signature page). 24 Power
of Attorney ...") is parted at each later whole number of the list's run after a stop, as one
opening with "10.2" was (_joined_rows). Each parted row's own mark ("*10.5") is read against
the list's legend, not the first row's (_joined_marks).
"""

from __future__ import annotations

import html
import time
from typing import Any

from filing2json.parsers import parse
from filing2json.parsers.sections.exhibits import read_entries
from support import FILINGS

PERKINELMER = FILINGS / "10k405_2001_perkinelmerinc_1.txt"
_TABLE_OPEN = "<PAGE>   67\n<TABLE>\n<S>      <C>\n"
_WHOLE_ROWS = " 21      Subsidiaries of the Registrant"


def _text() -> str:
    return PERKINELMER.read_text(encoding="latin-1")


def _whole_rows_joined() -> tuple[dict[str, Any], dict[str, Any]]:
    """(the plain text's record, the record of an HTML copy whose rows 21, 23 and 24 are set
    as one paragraph under the rows above them)."""
    text = _text()
    head, rest = text.split("<TEXT>\n", 1)
    body, tail = rest.split("</TEXT>", 1)
    before, table = body.split(_TABLE_OPEN, 1)
    rows, after = table.split("</TABLE>\n", 1)
    above, whole = rows.split(_WHOLE_ROWS, 1)
    joined = " ".join((_WHOLE_ROWS + whole).split())
    page = (f"<html><body><pre>{html.escape(before + _TABLE_OPEN + above)}</pre>"
            f"<p>{html.escape(joined)}</p><pre>{html.escape(after)}</pre></body></html>\n")
    copy = parse(f"{head}<TEXT>\n{page}</TEXT>{tail}".encode("latin-1"), "perkinelmer.txt")
    return parse(text.encode("latin-1"), PERKINELMER.name), copy


def _joined_from(first: str, legend: str) -> tuple[list[tuple[str, str]], set[str]]:
    """read_entries over PerkinElmer's rows from `first` to the table's end joined into one
    paragraph, `legend` under them; (rows, the numbers filed elsewhere)."""
    text = _text()
    at = text.index(_TABLE_OPEN) + len(_TABLE_OPEN)  # (the table's second page: 10.2 on)
    rows = " ".join(text[at : text.index("</TABLE>", at)].split())
    rows = rows[rows.index(first):]
    elsewhere: set[str] = set()
    return read_entries(f"{rows}\n\n{legend}\n", elsewhere=elsewhere), elsewhere


def test_whole_number_rows_joined_into_a_paragraph_are_parted() -> None:
    # was one row "21": "Subsidiaries of the Registrant is attached hereto as Exhibit 21. 23
    # Consent of Independent Public Accountants (appears on signature page). 24 Power of ..."
    plain, copy = _whole_rows_joined()
    assert [(e["number"], e["description"]) for e in copy["exhibits"][-3:]] == [
        ("21", "Subsidiaries of the Registrant."),
        ("23", "Consent of Independent Public Accountants (appears on signature page)."),
        ("24", "Power of Attorney (appears on signature page).")]
    assert copy["exhibits"] == plain["exhibits"]


def test_numbers_inside_a_whole_number_row_stay_in_its_description() -> None:
    # "Section 21 of", "$23 million", "dated 27 March" and "Exhibit 21." lead to no row (no
    # stop before them, or a word that leads to a number); "23" after "24" is no later row
    rows, _ = _joined_from("21 Subsidiaries", "")
    assert rows == [("21", "Subsidiaries of the Registrant."),
                    ("23", "Consent of Independent Public Accountants (appears on signature "
                           "page)."),
                    ("24", "Power of Attorney (appears on signature page).")]
    edited = read_entries(
        "21 Subsidiaries of the Registrant, as defined in Section 21 of the $23 million Credit "
        "Agreement dated 27 March 2001, is attached hereto as Exhibit 21. 24 Power of Attorney "
        "(appears on signature page). 23 Consent of Independent Public Accountants (appears on "
        "signature page).\n")
    assert edited == [("21", "Subsidiaries of the Registrant, as defined in Section 21 of the "
                             "$23 million Credit Agreement dated 27 March 2001."),
                      ("24", "Power of Attorney (appears on signature page). 23 Consent of "
                             "Independent Public Accountants (appears on signature page).")]


def test_a_later_joined_row_reads_its_own_mark_against_the_legend() -> None:
    # the paragraph opens with an unmarked row (10.3); "*10.5" later in it is marked, and the
    # legend says marked exhibits were filed before: 10.5 is filed elsewhere (was not: only
    # the first row's marks were read, and the legend only when the first row had one)
    rows, elsewhere = _joined_from("10.3 $100,000,000", "* Previously filed.")
    assert [number for number, _ in rows] == ["10.3", "10.4", "10.5", "10.6", "10.7", "10.8",
                                              "21", "23", "24"]
    assert elsewhere == {"10.5", "10.6", "10.7", "10.8"}


def test_a_first_row_mark_does_not_mark_the_rows_joined_after_it() -> None:
    # "*10.5" opens the paragraph: 21, 23 and 24 after it are unmarked and cite nothing, so
    # they are not filed elsewhere (were: the first row's mark was given to every row)
    rows, elsewhere = _joined_from("*10.5 Employment", "* Previously filed.")
    assert [number for number, _ in rows] == ["10.5", "10.6", "10.7", "10.8", "21", "23",
                                              "24"]
    assert elsewhere == {"10.5", "10.6", "10.7", "10.8"}


def test_a_legend_that_files_nothing_elsewhere_keeps_every_joined_row_here() -> None:
    # the filing's own legend ("* This exhibit is a management contract ...") files nothing
    # elsewhere: only the rows that cite another filing are (as before), and 10.3 and 10.4,
    # attached hereto, are parted with their own descriptions
    legend = ("* This exhibit is a management contract or compensatory plan or arrangement\n"
              "  required to be filed as an Exhibit pursuant to Item 14(c) of Form 10-K.")
    rows, elsewhere = _joined_from("10.3 $100,000,000", legend)
    assert rows[1] == ("10.4", "$300,000,000 364-Day Amended and Restated Competitive Advance "
                               "and Revolving Credit Facility Agreement dated as of March 2, "
                               "2001 among the Company, the Lenders Named Herein and The Chase "
                               "Manhattan Bank as Administrative Agent.")
    assert elsewhere == {"10.6", "10.7", "10.8"}
    assert rows[-3:] == [("21", "Subsidiaries of the Registrant."),
                         ("23", "Consent of Independent Public Accountants (appears on "
                                "signature page)."),
                         ("24", "Power of Attorney (appears on signature page).")]


def test_whole_number_joined_rows_scan_in_linear_time() -> None:
    # ~200 KB of one paragraph of whole-number rows that part it ("10 Plan. 11 Plan. ...") and
    # of marked stops and numbers that part nothing ("*15 Plan. *15 Plan. ...")
    rising = " ".join(f"{n} Plan." for n in range(10, 110)) + " "
    started = time.process_time()
    rows = read_entries((rising * 200)[:200_000] + "\n\n* Previously filed.\n")
    read_entries("*15 Plan. " * 20_000 + "\n\n* Previously filed.\n")
    assert time.process_time() - started < 5
    assert rows[:2] == [("10", "Plan."), ("11", "Plan.")]


# Asta Funding's 2005 8-K lists "99.1  Press release dated August 9, 2005." over "99.2
# Transcript of August 9, 2005 webcast."; typed on one line, each row's mark is its own
ASTA = FILINGS / "8k_2005_astafundinginc_5.txt"
_ASTA_LIST = ("          99.1  Press release dated August 9, 2005.\n"
              "          99.2  Transcript of August 9, 2005 webcast.\n")


def _asta_one_line(first: str, second: str) -> tuple[list[tuple[str, str]], set[str]]:
    """read_entries over Asta's list with its two rows typed on one line, `first` and
    `second` before their numbers, two blanks and no stop between them (a wider gap is a
    second column, a stop parts joined rows), a legend under them saying marked ones were
    furnished before; (rows, the numbers filed elsewhere)."""
    text = ASTA.read_text(encoding="latin-1")
    assert _ASTA_LIST in text
    line = (f"          {first}99.1  Press release dated August 9, 2005  {second}99.2  "
            "Transcript of August 9, 2005 webcast.\n\n* Previously furnished.\n")
    at = text.index("(c) Exhibits")
    elsewhere: set[str] = set()
    region = text[at : text.index("SIGNATURE", at)].replace(_ASTA_LIST, line)
    return read_entries(region, elsewhere=elsewhere), elsewhere


_ASTA_ROWS = [("99.1", "Press release dated August 9, 2005"),
              ("99.2", "Transcript of August 9, 2005 webcast.")]


def test_a_marked_row_typed_after_another_on_its_line_is_parted() -> None:
    # "*99.2" after the first row's gap opens a row too (was part of 99.1's description), and
    # only it is filed elsewhere
    assert _asta_one_line("", "*") == (_ASTA_ROWS, {"99.2"})


def test_the_first_row_mark_on_a_line_marks_only_that_row() -> None:
    # "*99.1 ...   99.2 ...": 99.2 is unmarked, furnished here (was filed elsewhere with 99.1)
    assert _asta_one_line("*", "") == (_ASTA_ROWS, {"99.1"})
    assert _asta_one_line("", "") == (_ASTA_ROWS, set())  # (as before)
