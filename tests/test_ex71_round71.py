"""Exhibits, round 71: rows an HTML editor joined into one paragraph.

PerkinElmer's 10-K405 (2001) prints Item 14's exhibit list as an EDGAR text table; its HTML
copies set the second page of that table as one paragraph ("*10.2 The Company's 1999
INCENTIVE PLAN was filed ... and is herein incorporated by reference. 10.3 $100,000,000
Competitive Advance ... is attached hereto as Exhibit 10.3. 10.4 ..."). Each row is parted at
the next number of the list's run after a stop (_joined_rows), before its citation is read,
so the paragraph gives the rows the plain text does.
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


def _joined_copy(edit: tuple[str, str] | None = None) -> tuple[dict[str, Any], dict[str, Any]]:
    """(the plain text's record, the record of an HTML copy whose exhibit table page is one
    paragraph); `edit`: one (old, new) replacement in the joined rows first."""
    text = PERKINELMER.read_text(encoding="latin-1")
    head, rest = text.split("<TEXT>\n", 1)
    body, tail = rest.split("</TEXT>", 1)
    before, table = body.split(_TABLE_OPEN, 1)
    rows, after = table.split("</TABLE>\n", 1)
    joined = " ".join(rows.split())
    if edit:
        assert edit[0] in joined
        joined = joined.replace(*edit)
    page = (f"<html><body><pre>{html.escape(before)}</pre><p>{html.escape(joined)}</p>"
            f"<pre>{html.escape(after)}</pre></body></html>\n")
    copy = parse(f"{head}<TEXT>\n{page}</TEXT>{tail}".encode("latin-1"), "perkinelmer.txt")
    return parse(text.encode("latin-1"), PERKINELMER.name), copy


def _exhibit(record: dict[str, Any], number: str) -> str | None:
    return next(e["description"] for e in record["exhibits"] if e["number"] == number)


def test_joined_rows_are_read_as_the_plain_text_lists_them() -> None:
    plain, copy = _joined_copy()
    # was "The Company's 1999 INCENTIVE PLAN was filed with the Commission ... 10.3
    # $100,000,000 Competitive Advance ... *10.5 Employment Contracts: (1) ..."
    assert _exhibit(copy, "10.2") == "The Company's 1999 INCENTIVE PLAN."
    assert _exhibit(copy, "10.3") == (
        "$100,000,000 Competitive Advance and Revolving Credit Facility Agreement (referred to "
        "as the \"Credit Agreement\") dated as of March 2, 2001 among the Company, the Lenders "
        "Named Herein and The Chase Manhattan Bank as Administrative Agent.")
    assert _exhibit(copy, "10.8") == "The Company's 1998 EMPLOYEE STOCK PURCHASE PLAN."
    assert copy["exhibits"] == plain["exhibits"]


def test_a_higher_group_opens_after_the_run() -> None:
    # "... herein incorporated by reference. 21 Subsidiaries of the Registrant ...": 21
    # after 10.8 is the list's next group (was part of 10.8's description)
    rows = read_entries(
        "10.8 The Company's 1998 EMPLOYEE STOCK PURCHASE PLAN was filed as Exhibit 10.8 to the "
        "Company's Annual Report on Form 10-K and is herein incorporated by reference. 21 "
        "Subsidiaries of the Registrant is attached hereto as Exhibit 21. 23 Consent of "
        "Independent Public Accountants (appears on signature page).\n")
    assert rows == [("10.8", "The Company's 1998 EMPLOYEE STOCK PURCHASE PLAN."),
                    ("21", "Subsidiaries of the Registrant."),
                    ("23", "Consent of Independent Public Accountants (appears on signature "
                           "page).")]


def test_a_skipped_number_parts_the_row_too() -> None:
    # a list that skips a number ("10.2" then "10.4") parts at the higher one as well
    rows = read_entries(
        "10.2 The Company's 1999 INCENTIVE PLAN was filed with the Commission on April 2, 1999 "
        "as Exhibit B to the Company's Definitive Proxy Statement on Schedule 14A and is herein "
        "incorporated by reference. 10.4 $300,000,000 364-Day Amended and Restated Competitive "
        "Advance and Revolving Credit Facility Agreement dated as of March 2, 2001 is attached "
        "hereto as Exhibit 10.4.\n")
    assert rows == [("10.2", "The Company's 1999 INCENTIVE PLAN."),
                    ("10.4", "$300,000,000 364-Day Amended and Restated Competitive Advance and "
                             "Revolving Credit Facility Agreement dated as of March 2, 2001.")]


def test_each_joined_row_reads_its_own_citation() -> None:
    # the first row cites another filing, the second does not: only the first is filed
    # elsewhere (was: the citation's cut took the second row with it)
    elsewhere: set[str] = set()
    rows = read_entries("99.1 Letter of the Company, filed as Exhibit 99.1 to the Form 8-K dated "
                        "May 1, 2001, and incorporated herein by reference. 99.2 Investor "
                        "presentation.\n", elsewhere=elsewhere)
    assert rows == [("99.1", "Letter of the Company."), ("99.2", "Investor presentation.")]
    assert elsewhere == {"99.1"}


def test_a_number_below_the_run_or_cited_stays_in_the_description() -> None:
    # 10.3 after "Exhibit" is the citation's, and 4.4 after 10.3 is no later row: neither
    # parts the row (as before)
    rows = read_entries("10.3 Credit Agreement dated May 1, 2001 among the Company and the "
                        "Lenders, filed herewith as Exhibit 10.3. 4.4 Amendment No. 1 thereto.\n")
    assert rows == [("10.3", "Credit Agreement dated May 1, 2001 among the Company and the "
                             "Lenders, filed herewith as Exhibit 10.3. 4.4 Amendment No. 1 "
                             "thereto.")]


def test_joined_rows_scan_in_linear_time() -> None:
    # ~200 KB of one paragraph: rows that each part it ("1.1 Plan. 1.2 Plan. ..."), then
    # stops and numbers that part nothing ("1.1 Plan. 1.1 Plan. ...")
    rising = " ".join(f"{n}.{k} Plan." for n in range(1, 100) for k in range(1, 200))
    started = time.process_time()
    rows = read_entries(rising[:200_000] + "\n")
    read_entries("1.2 Plan. " * 20_000 + "\n")
    assert time.process_time() - started < 5
    assert rows[:2] == [("1.1", "Plan."), ("1.2", "Plan.")]


# Acurx's S-1 (2023) exhibit index: "Incorporated by Reference" columns (form, filing date,
# file number) after each description, an empty row under each row
ACURX = FILINGS / "s1_2023_acurxpharmaceuticalsin_1.txt"
_ACURX_3_2 = (
    "Certificate of Amendment to Certificate of Incorporation of Acurx Pharmaceuticals, "
    "Inc.</A></TD>\n"
    "    <TD STYLE=\"vertical-align: bottom\">&nbsp;</TD>\n"
    "    <TD STYLE=\"vertical-align: top\"></TD>\n")
_NEXT_ROW = (
    "001-40536</A></TD></TR>\n  <TR>\n"
    "    <TD STYLE=\"white-space: nowrap; vertical-align: top\">&nbsp;</TD>\n"
    "    <TD STYLE=\"vertical-align: bottom\">&nbsp;</TD>\n"
    "    <TD STYLE=\"vertical-align: top\">&nbsp;</TD>\n")


def _acurx_3_2(wrapped: str) -> dict[str, Any]:
    """Acurx's exhibit 3.2 with its description cell ending "... Acurx Pharmaceuticals" and
    the empty row under it holding `wrapped` in its description cell."""
    text = ACURX.read_text(encoding="latin-1")
    at = text.index(_ACURX_3_2)
    below = text.index(_NEXT_ROW, at) + len(_NEXT_ROW) - len("&nbsp;</TD>\n")
    text = (text[:at] + _ACURX_3_2.replace(", Inc.</A>", "</A>") + text[at + len(_ACURX_3_2):below]
            + wrapped + text[below + len("&nbsp;"):])
    record = parse(text.encode("latin-1"), ACURX.name)
    return next(e for e in record["exhibits"] if e["number"] == "3.2")


def test_incorporated_by_reference_wrapped_onto_the_next_row_is_cut() -> None:
    # was "Certificate of Amendment to Certificate of Incorporation of Acurx Pharmaceuticals
    # Incorporated by reference."
    assert _acurx_3_2("Incorporated by reference.")["description"] == (
        "Certificate of Amendment to Certificate of Incorporation of Acurx Pharmaceuticals.")
    assert _acurx_3_2("Previously filed.")["description"] == (
        "Certificate of Amendment to Certificate of Incorporation of Acurx Pharmaceuticals.")


def test_words_wrapped_onto_the_next_row_that_name_the_exhibit_stay() -> None:
    # a wrapped line of the description in capitals stays (as before)
    assert _acurx_3_2("Incorporated")["description"] == (
        "Certificate of Amendment to Certificate of Incorporation of Acurx Pharmaceuticals "
        "Incorporated")


def test_incorporated_by_reference_after_the_description_files_it_elsewhere() -> None:
    elsewhere: set[str] = set()
    rows = read_entries("10.2    Form of Indemnification Agreement\n"
                        "        Incorporated by reference.\n"
                        "10.3    Form of Securities Purchase Agreement\n", elsewhere=elsewhere)
    assert rows == [("10.2", "Form of Indemnification Agreement."),
                    ("10.3", "Form of Securities Purchase Agreement")]
    assert elsewhere == {"10.2"}


def test_a_form_cell_alone_or_two_forms_in_one_cell_are_no_description() -> None:
    # a plain-text index's Form column: "S-1 (Exhibit 5.1)" alone after the description (was
    # part of it), and two forms in one cell before the file number and the date
    elsewhere: set[str] = set()
    rows = read_entries(
        "5.1     Opinion of Mintz, Levin, Cohn, Ferris, Glovsky and Popeo, P.C.    S-1 (Exhibit "
        "5.1)\n"
        "10.2    Form of Indemnification Agreement    10-K / 10-Q    001-40536    March 31, "
        "2023\n"
        "23.2    Consent of Mintz, Levin, Cohn, Ferris, Glovsky and Popeo, P.C. (included in "
        "Exhibit 5.1)\n", elsewhere=elsewhere)
    assert rows == [
        ("5.1", "Opinion of Mintz, Levin, Cohn, Ferris, Glovsky and Popeo, P.C."),
        ("10.2", "Form of Indemnification Agreement"),
        ("23.2", "Consent of Mintz, Levin, Cohn, Ferris, Glovsky and Popeo, P.C. (included in "
                 "Exhibit 5.1)")]
    assert elsewhere == {"5.1", "10.2"}
