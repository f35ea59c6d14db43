"""Signature blocks of round 71.

A table's row run together in one line (an HTML paragraph) whose name typed under the rule is
spelt otherwise than signed ("/s/ ROBERT FRIEL Senior Vice President and Chief March 26, 2001
... ------ Officer and Principal Accounting Robert F. Friel Officer)") is the typed name, the
whole title and the date (was: the whole row the name); with no date ("/s/ Jon A. Smith Chief
Financial Officer ------ John A. Smith") the same. Signers two a row in an HTML table, each
cell's lines <br> apart ("/s/ Tamara J. Erickson Tamara J. Erickson Director March 26, 2001"):
the date run on after the title is the signer's, not the title's (was: "Director March 26,
2001"); a cell's rule between the signature and the name typed under it ("/s/ Kent Hansen
_____ Kent F. Hansen Director March 26, 2001") gives the typed name and the title (was: all of
it the name); a "Date:" caption run on before the date is no part of the title. An office
typed right over "By: /s/ Jane Doe" (a blank line between or not) is the signer's title when
none is typed under the signature (was: none), not an entity's "General Partner" under "By:
Acme GP, LLC", nor the title of the signer above (PerkinElmer's 10-K405 (2001), Rock of Ages'
and Union Camp's 8-Ks, edited).
"""

from __future__ import annotations

import html
import time
from typing import Any

import pytest
from test_itm61_round61 import _as_html
from test_sig70_round70 import _PE, _PURSUANT, PERKINELMER

from filing2json.parsers import parse
from filing2json.parsers.sections.signatures import parse_signatures
from support import FILINGS, edited_record


def _signers(record: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(s["registrant"], s["name"], s["title"], s["date"]) for s in record["signatures"]]


def _block(rows: str, cells: bool = True) -> list[tuple[Any, ...]]:
    return [(s["name"], s["title"], s["date"]) for s in parse_signatures(
        _PURSUANT + rows + "\n", cells, [])]


_FRIEL = ("Robert F. Friel", "Senior Vice President and Chief Financial Officer (Principal "
          "Financial Officer and Principal Accounting Officer)", "2001-03-26")


# --- a row run together, the name typed under its rule spelt otherwise than signed ---

def test_perkinelmer_html_row_signed_without_the_initial() -> None:
    # Friel signs "ROBERT FRIEL" over his typed "Robert F. Friel" (was: the whole row the name)
    page = _as_html(False, edit=("By: /s/ ROBERT F. FRIEL", "By: /s/ ROBERT FRIEL"))
    assert _signers(parse(page.encode("latin-1"), "perkinelmer.txt"))[1] == (_PE, *_FRIEL)


_ROW = ("By: /s/ {signed} Senior Vice President and Chief March 26, 2001 Financial Officer "
        "(Principal Financial {rule} Officer and Principal Accounting Robert F. Friel Officer)")


@pytest.mark.parametrize("signed", ["ROBERT FRIEL", "Rob F. Friel", "BOB FRIEL"])
def test_wrapped_row_typed_name_spelt_otherwise(signed: str) -> None:
    # (was: the name "ROBERT FRIEL Senior Vice President and Chief March 26, 2001 ...")
    assert _block(_ROW.format(signed=signed, rule="-" * 50)) == [_FRIEL]


def test_wrapped_row_title_word_before_typed_name_not_taken() -> None:
    # "Accounting" over the name is the title's ("Accounting Robert F. Friel" is no name)
    assert _block(_ROW.format(signed="R. Friel", rule="-" * 50)) == [_FRIEL]


def test_wrapped_row_another_persons_name_as_before() -> None:
    row = _ROW.format(signed="Robert F. Friel", rule="-" * 50).replace(
        "Robert F. Friel Officer)", "Jane Q. Public Officer)")
    assert _block(row) == [(row[8:], None, "2001-03-26")]


@pytest.mark.parametrize(("row", "expected"), [
    ("/s/ Kent Hansen Vice President March 26, 2001 and Treasurer ---------- Kent F. Hansen",
     ("Kent F. Hansen", "Vice President and Treasurer", "2001-03-26")),
    ("/s/ Kent Hansen Chief Executive Officer ---------- Kent F. Hansen",
     ("Kent F. Hansen", "Chief Executive Officer", None)),
    ("/s/ Kent F. Hansen Chief Executive Officer ---------- Kent F. Hansen",
     ("Kent F. Hansen", "Chief Executive Officer", None)),
])
def test_rows_with_typed_name_parted(row: str, expected: tuple[Any, ...]) -> None:
    # (was: the whole line the name, no title)
    assert _block(row) == [expected]


def test_row_no_date_another_persons_name_as_before() -> None:
    row = "/s/ Kent F. Hansen Chief Executive Officer ---------- Jane Q. Public"
    assert _block(row) == [(row[4:], None, None)]


# --- signers two a row in an HTML table ---

_MARK = "@@DIRECTORS@@"
_PAIRS = [("Tamara J. Erickson", "Kent F. Hansen"), ("John F. Keane", "Nicholas A. Lopardo"),
          ("Greta E. Marshall", "Gabriel Schmergel")]


def _directors_as(table: str) -> list[tuple[Any, ...]]:
    """PerkinElmer's 10-K405 set as HTML paragraphs, its directors' rows replaced by
    `table` (an HTML table of two signers a row)."""
    text = PERKINELMER.read_text(encoding="latin-1")
    start = text.index("By: /s/ TAMARA J. ERICKSON")
    rows = text[start : text.index("</TABLE>", start)]
    page = _as_html(False, edit=(rows, _MARK + "\n"))
    at = page.index(_MARK)  # (the <pre> of the table's heads, the rows left out)
    start, end = page.rindex("<pre>", 0, at), page.index("</pre>", at) + len("</pre>")
    page = page[:start] + table + page[end:]
    return _signers(parse(page.encode("latin-1"), "perkinelmer.txt"))


def _cell(*lines: str) -> str:
    return "<td>" + "<br>".join(html.escape(line) for line in lines) + "</td>"


def _directors(signed: list[str]) -> list[tuple[Any, ...]]:
    return [(_PE, name, "Director", "2001-03-26") for name in signed]


def test_two_signers_a_row_cells_with_dates() -> None:
    # "/s/ Tamara J. Erickson Tamara J. Erickson Director March 26, 2001" (was: the title
    # "Director March 26, 2001")
    dated = "March 26, 2001"
    table = "<table>" + "".join(
        f"<tr>{_cell('/s/ ' + a, a, 'Director', dated)}<td></td>"
        f"{_cell('/s/ ' + b, b, 'Director', dated)}</tr>" for a, b in _PAIRS) + "</table>"
    assert _directors_as(table)[2:] == _directors([n for pair in _PAIRS for n in pair])


def test_two_signers_a_row_cells_ruled_and_captioned() -> None:
    # "/s/ Tamara Erickson ____ Tamara J. Erickson, Director Date: March 26, 2001" (was: the
    # name "Tamara Erickson ____ Tamara J. Erickson", the title "Director Date:")
    dated = "Date: March 26, 2001"
    table = "<table>" + "".join(
        f"<tr>{_cell('/s/ ' + a.replace(' J.', ''), '_' * 20, a + ', Director', dated)}"
        f"{_cell('/s/ ' + b, '_' * 20, b + ', Director', dated)}</tr>"
        for a, b in _PAIRS) + "</table>"
    assert _directors_as(table)[2:] == _directors([n for pair in _PAIRS for n in pair])


def test_signer_alone_cell_ruled_name_title_date() -> None:
    # "/s/ Kent Hansen ____ Kent F. Hansen Director March 26, 2001": one signer a row (was:
    # all of it the name, no title)
    signed = ["Tamara Erickson", "Kent Hansen"]
    table = "<table>" + "".join(
        f"<tr>{_cell('/s/ ' + s, '_' * 20, n, 'Director', 'March 26, 2001')}</tr>"
        for s, n in zip(signed, _PAIRS[0], strict=True)) + "</table>"
    assert _directors_as(table)[2:] == _directors(list(_PAIRS[0]))


def test_two_signers_a_row_without_dates_as_before() -> None:
    table = "<table>" + "".join(
        f"<tr>{_cell('/s/ ' + a, a, 'Director')}<td></td>{_cell('/s/ ' + b, b, 'Director')}</tr>"
        for a, b in _PAIRS) + "</table>"
    assert _directors_as(table)[2:] == _directors([n for pair in _PAIRS for n in pair])


def test_ruled_cell_another_persons_name_as_before() -> None:
    # (a name typed under the rule that is not the signer's: no reading of it)
    assert _block("/s/ Kent Hansen ____________ Jane Q. Public Director") == [
        ("Kent Hansen ____________ Jane Q. Public Director", None, None)]


# --- an office typed over "By: /s/ ..." ---

ROCK = FILINGS / "8k_2000_rockofagescorp_1.txt"
_ROCK_BY = ('<P><FONT FACE="Times New Roman">By: /s/ Kurt M. Swenson             </FONT></P>\n'
            '\n<P><FONT FACE="Times New Roman">Kurt M. Swenson,\n Chairman and Chief Executive\n'
            ' Officer</FONT></P>')


def test_rock_of_ages_office_over_by() -> None:
    # "Chairman and Chief Executive Officer" over "By: /s/ Kurt M. Swenson" / "Kurt M.
    # Swenson" (HTML paragraphs: a blank line between) (was: no title)
    record = edited_record(ROCK, {_ROCK_BY: (
        '<P>Chairman and Chief Executive Officer</P>\n<P>By: /s/ Kurt M. Swenson</P>\n'
        '<P>Kurt M. Swenson</P>')})
    assert _signers(record) == [("ROCK OF AGES CORPORATION", "Kurt M. Swenson",
                                 "Chairman and Chief Executive Officer", "2000-09-27")]


def test_rock_of_ages_title_under_as_before() -> None:
    assert _signers(edited_record(ROCK, {})) == [
        ("ROCK OF AGES CORPORATION", "Kurt M. Swenson", "Chairman and Chief Executive Officer",
         "2000-09-27")]


UNION = FILINGS / "8k_1994_unioncampcorp_1.txt"
_UNION_BY = ("                                   By: /s/ Dirk R. Soutendijk    \n"
             "Date: August 17, 1994                 Name:   Dirk R. Soutendijk\n"
             "                                      Title: Vice President,\n"
             "                                             General Counsel and\n"
             "                                             Secretary      \n")


def test_union_camp_office_right_over_by() -> None:
    # "Vice President" typed in the signature's column right over "By:" (was: no title)
    record = edited_record(UNION, {_UNION_BY: (
        "Date: August 17, 1994              Vice President\n"
        "                                   By: /s/ Dirk R. Soutendijk    \n")})
    assert _signers(record) == [("UNION CAMP CORPORATION", "Dirk R. Soutendijk",
                                 "Vice President", "1994-08-17")]


def test_union_camp_entity_role_over_by_not_a_title() -> None:
    # "General Partner" under "By: Acme GP, LLC" is the entity's, no signer's title
    record = edited_record(UNION, {_UNION_BY: (
        "                                   By: UNION CAMP GP, LLC\n"
        "                                       General Partner\n"
        "                                   By: /s/ Dirk R. Soutendijk    \n"
        "Date: August 17, 1994\n")})
    assert [(s["name"], s["title"]) for s in record["signatures"]] == [
        ("Dirk R. Soutendijk", None)]


def test_title_of_the_signer_above_not_taken() -> None:
    # "President" ends John Roe's lines: Jane Doe, right under it, signs with no title
    rows = ("ACME CORP.\n\nBy: /s/ John Roe\n    President\nBy: /s/ Jane Doe\n\n"
            "Date: March 26, 2001\n")
    assert _block(rows, False) == [("John Roe", "President", "2001-03-26"),
                                   ("Jane Doe", None, "2001-03-26")]


# --- worst cases ---

def test_worst_case_typed_names_time() -> None:
    # ~200 KB of wrapped rows whose rule is followed by the surname again and again, never
    # a name typed, and of ruled cells whose tail never parts
    wrapped = ("/s/ Jon A. Smith Vice President and Chief March 26, 2001 Financial ------ "
               + "Officer Jx Smith " * 300 + ")")
    ruled = "/s/ Jon Smith ______ " + "Smith Jones " * 400 + "March 26, 2001"
    block = _PURSUANT + "\n".join([wrapped, ruled] * 20) + "\n"
    assert len(block) > 200_000
    start = time.process_time()
    parse_signatures(block, True, [])
    parse_signatures(block, False, [])
    assert time.process_time() - start < 5
