"""Press contacts and HTML table cells, round 63: a contact table's row opening with an empty
cell keeps its column (the right person's phone is not read under the left one), a table row
holding only a number inside a grid ("7 | SOLE VOTING POWER" over " | 0") is no page number,
and a rank under a department's contact heading keeps the department ("Investor Relations
Contact:" over "Jane Doe, Director").

Each test reads a real filing (Oracle's 2019 8-K, CVR Energy's 2025 SC TO-T/A, Apple's 2024
8-K), edited where the corpus lacks the shape (the edit is said in each test).
"""

from __future__ import annotations

import time
from typing import Any

from filing2json.parsers.text import html_to_text
from support import FILINGS, edited_record, validate

ORACLE = FILINGS / "8k_2019_oraclecorp_1.txt"
CVR = FILINGS / "sctota_2025_cvrenergyinc_1.txt"
APPLE = FILINGS / "8k_2024_appleinc_1.txt"

# Oracle's contact table: "Contact: | Ken Bond | Deborah Hellinger", their desks, phones, e-mails
_KEN_PHONE = '<TD VALIGN="top">1.650.607.0349</TD>'
_CONTACT_CELL = '<TD VALIGN="top">Contact:&nbsp;&nbsp;&nbsp;&nbsp;</TD>'


def _contacts(edit: dict[str, str], path: Any = ORACLE) -> list[tuple[Any, ...]]:
    (release,) = validate(edited_record(path, edit))["press_releases"]
    return [(c["name"], c["role"], c["phone"], c["email"]) for c in release["contacts"]]


def _oracle_table(edit: dict[str, str]) -> str:
    text = ORACLE.read_text(encoding="latin-1")
    for old, new in edit.items():
        assert old in text
        text = text.replace(old, new)
    start = text.index("<TABLE", text.index("For Immediate Release"))
    return html_to_text(text[start : text.index("</TABLE>", start) + 8])


def test_an_empty_cell_under_the_left_person_keeps_the_right_ones_phone() -> None:
    # Oracle's 2019 8-K with Ken Bond's phone cell left empty, as filers print a contact
    # with no line of their own: Deborah Hellinger's phone stays in her column
    assert _contacts({_KEN_PHONE: '<TD VALIGN="top"></TD>'}) == [
        ("Ken Bond", "Investor Relations", None, "ken.bond@oracle.com"),
        ("Deborah Hellinger", "Corporate Communications", "1.212.508.7935",
         "deborah.hellinger@oracle.com")]
    # the row keeps a tab for each column left of the phone (the label's, Ken Bond's) ...
    assert _oracle_table({_KEN_PHONE: '<TD VALIGN="top"></TD>'}).split("\n")[2] == (
        "\t\t1.212.508.7935")
    # ... and the filing as printed renders as before: its desks' row under the label's
    # column is no hole in a grid (the label heads one row only)
    assert _oracle_table({}).split("\n")[:2] == [
        "Contact:\tKen Bond\tDeborah Hellinger",
        "Oracle Investor Relations\tOracle Corporate Communications"]


def test_a_two_column_table_keeps_the_right_column() -> None:
    # the same table in two columns, its heading printed above it ("Contacts:" in a paragraph,
    # the label's cell empty): "Ken Bond | Deborah Hellinger" over " | 1.212.508.7935"
    edit = {_KEN_PHONE: '<TD VALIGN="top"></TD>',
            _CONTACT_CELL: '<TD VALIGN="top"></TD>',
            "Release </B></P>": "Release </B></P><P>Contacts:</P>"}
    assert _oracle_table(edit).split("\n")[:3] == [
        "Ken Bond\tDeborah Hellinger",
        "Oracle Investor Relations\tOracle Corporate Communications",
        "\t1.212.508.7935"]
    assert [(name, phone) for name, _, phone, _ in _contacts(edit)] == [
        ("Ken Bond", None), ("Deborah Hellinger", "1.212.508.7935")]


def _cvr_cover(extra_rows: str = "") -> list[str]:
    text = CVR.read_text(encoding="latin-1")
    body = text[text.index("<TEXT>") : text.index("</TEXT>")]
    if extra_rows:
        end = body.index("</TABLE>", body.index("SOLE VOTING POWER"))
        body = body[:end] + extra_rows + body[end:]
    return html_to_text(body).split("\n")


def test_a_lone_number_in_a_grid_is_no_page_number() -> None:
    # CVR Energy's 2025 SC TO-T/A cover: "7 | SOLE VOTING POWER" over " | 0" (the number's
    # own row, its item number's cell empty) was dropped as a page number
    lines = _cvr_cover()
    at = lines.index("7\tSOLE VOTING POWER")
    assert lines[at : at + 4] == ["7\tSOLE VOTING POWER", "\t0",
                                  "8\tSHARED VOTING POWER", "\t52,070,593"]
    # a page number closing the table (its number alone in the middle cell, no row below it)
    # is still one
    page = ('<TR><TD>&nbsp;</TD><TD STYLE="text-align: center">2</TD><TD>&nbsp;</TD></TR>')
    lines = _cvr_cover(page)
    at = lines.index("7\tSOLE VOTING POWER")
    assert "2" not in lines and "\t2" not in lines and lines[at + 1] == "\t0"


def _apple_contact(job: str) -> dict[str, Any]:
    # Apple's 2024 8-K with a job printed after its investor contact's name
    record = validate(edited_record(APPLE, {
        "Suhasini Chandramouli</font></div>": f"Suhasini Chandramouli, {job}</font></div>"}))
    (release,) = record["press_releases"]
    return next(c for c in release["contacts"] if c["name"] == "Suhasini Chandramouli")


def test_a_rank_under_a_department_heading_keeps_the_department() -> None:
    # "Investor Relations Contact:" over "Suhasini Chandramouli, Director": the rank names
    # no department of its own, the heading's is hers
    assert _apple_contact("Director")["role"] == "Director, Investor Relations"
    assert _apple_contact("Senior Director")["role"] == "Senior Director, Investor Relations"
    # a job complete in itself stays as printed
    assert _apple_contact("Chief Financial Officer")["role"] == "Chief Financial Officer"
    assert _apple_contact("Director, Treasury")["role"] == "Director, Treasury"


def test_rows_opening_with_empty_cells_render_in_linear_time() -> None:
    # a grid of thousands of rows, most opening with an empty cell (each looks a few rows up
    # and down for its grid, no further)
    grid = "".join(f"<tr><td>{k}</td><td>{k}</td></tr>" for k in "abc")
    rows = grid + "<tr><td></td><td>y</td></tr>" * 12_000 + grid
    start = time.process_time()
    text = html_to_text(f"<table>{rows}</table>")
    assert time.process_time() - start < 5
    # (a row so far from its grid keeps no tab; one inside it does)
    assert text.split("\n")[3:5] == ["y", "y"]
    assert html_to_text(f"<table>{grid}<tr><td></td><td>y</td></tr>{grid}</table>").split(
        "\n")[3] == "\ty"
