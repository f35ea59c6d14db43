"""Cover page, round 70b: securities[] read from Section 12(b) tables printed as other filers
print them (an exchange's head wrapped over three lines, two classes on one line parted by a
slash, a note stacked under its class in the title's cell, a text table's tags printed as text
in an HTML document), and registrants' values printed once (an old office printed as its city
line alone a blank line under the new office; a stacked table whose state is printed on the
second row only).

No corpus filing prints these shapes. They are made from real covers of the corpus:
PerkinElmer's 10-K405 of 2001 (10k405_2001_perkinelmerinc_1.txt), its 12(b) table retyped,
or its cover set in an HTML <pre> with its tags escaped ("&lt;TABLE&gt;", as
test_itm61_round61 sets it); Oracle's 8-K of July 2019 (8k_2019_oraclecorp_1.txt), its 12(b)
table's rows retyped; Union Camp's 8-K of August 1994 (8k_1994_unioncampcorp_1.txt), given
its old Newark city line a blank line under its Wayne office; and Ferrellgas' 2003 cover
(test_cover's stacked rows over bracketed captions), its issuer's state left blank.
"""

from __future__ import annotations

import html
import time
from typing import Any

import pytest
from test_cov69b_round69 import _UC_ADDRESS, _UC_OFFICE, _UNION_CAMP
from test_cov70_round70 import _FERRELLGAS, _FERRELLGAS_ROWS, _FINANCE_STATE
from test_cover import _stacked_names
from test_itm61_round61 import _as_html

from filing2json.parsers import parse
from support import FILINGS, edited_record, validate

_PERKINELMER = FILINGS / "10k405_2001_perkinelmerinc_1.txt"
_ORACLE = FILINGS / "8k_2019_oraclecorp_1.txt"
# PerkinElmer's 12(b) table as filed, its heads over its rows
_PK_TABLE = (
    "             TITLE OF EACH CLASS                 NAME OF EACH EXCHANGE ON WHICH REGISTERED\n"
    "             -------------------                 -----------------------------------------\n"
    "<S>                                            <C>\n"
    "         COMMON STOCK, $1 PAR VALUE                    NEW YORK STOCK EXCHANGE, INC.\n"
    "       PREFERRED SHARE PURCHASE RIGHTS                 NEW YORK STOCK EXCHANGE, INC.\n")
_PK_ROWS = [("COMMON STOCK, $1 PAR VALUE", None, "NEW YORK STOCK EXCHANGE, INC."),
            ("PREFERRED SHARE PURCHASE RIGHTS", None, "NEW YORK STOCK EXCHANGE, INC.")]


def _securities(record: dict[str, Any]) -> list[tuple[Any, ...]]:
    validate(record)
    return [(s["title"], s["trading_symbol"], s["exchange"]) for s in record["securities"]]


def _perkinelmer(table: str) -> list[tuple[Any, ...]]:
    return _securities(edited_record(_PERKINELMER, {_PK_TABLE: table}))


# --- an exchange's head wrapped over three lines, "on which" beside the title's head --------

def test_perkinelmer_exchange_head_on_three_lines() -> None:
    assert _perkinelmer(
        "                                              TRADING       NAME OF EACH EXCHANGE\n"
        "   TITLE OF EACH CLASS                        SYMBOL(S)     ON WHICH\n"
        "                                                            REGISTERED\n"
        "   COMMON STOCK, $1 PAR VALUE                 PKI           NEW YORK STOCK EXCHANGE\n"
    ) == [("COMMON STOCK, $1 PAR VALUE", "PKI", "NEW YORK STOCK EXCHANGE")]


# (neighbours that stay: "Trading" over "Symbol(s)", the exchange's head on two lines; the
# symbol's head wrapped under the title's)

@pytest.mark.parametrize("heads", [
    "                                              TRADING       NAME OF EACH EXCHANGE\n"
    "   TITLE OF EACH CLASS                        SYMBOL(S)     ON WHICH REGISTERED\n",
    "   TITLE OF EACH CLASS                        TRADING       NAME OF EACH EXCHANGE\n"
    "                                              SYMBOL(S)     ON WHICH REGISTERED\n"])
def test_perkinelmer_symbol_head_wrapped_stays(heads: str) -> None:
    assert _perkinelmer(
        heads + "   COMMON STOCK, $1 PAR VALUE                 PKI           NEW YORK STOCK "
        "EXCHANGE\n") == [("COMMON STOCK, $1 PAR VALUE", "PKI", "NEW YORK STOCK EXCHANGE")]


# --- the title's head wrapped, "TITLE OF" over "EACH CLASS" -----------------------------------

@pytest.mark.parametrize(("heads", "rows"), [
    ("   TITLE OF                                   NAME OF EACH EXCHANGE ON WHICH REGISTERED\n"
     "   EACH CLASS\n"
     "   ----------                                 -----------------------------------------\n",
     [("COMMON STOCK, $1 PAR VALUE", None, "NEW YORK STOCK EXCHANGE")]),
    ("      TITLE OF                               NAME OF EACH EXCHANGE\n"
     "     EACH CLASS                               ON WHICH REGISTERED\n",
     [("COMMON STOCK, $1 PAR VALUE", None, "NEW YORK STOCK EXCHANGE")]),
    ("   TITLE OF                                   TRADING       NAME OF EACH EXCHANGE\n"
     "   EACH CLASS                                 SYMBOL(S)     ON WHICH REGISTERED\n",
     [("COMMON STOCK, $1 PAR VALUE", "PKI", "NEW YORK STOCK EXCHANGE")])])
def test_perkinelmer_title_head_wrapped(heads: str, rows: list[tuple[Any, ...]]) -> None:
    symbol = "PKI" if rows[0][1] else "   "
    assert _perkinelmer(heads + f"   COMMON STOCK, $1 PAR VALUE                 {symbol}      "
                        "     NEW YORK STOCK EXCHANGE\n") == rows


# (neighbour that stays: a 12(g) table's wrapped head lists nothing)

def test_perkinelmer_12g_table_title_head_wrapped_lists_nothing() -> None:
    text = _PERKINELMER.read_text(encoding="latin-1")
    caption = "SECURITIES REGISTERED PURSUANT TO SECTION 12(b) OF THE ACT:"
    assert caption in text
    assert _securities(edited_record(_PERKINELMER, {
        caption: "SECURITIES REGISTERED PURSUANT TO SECTION 12(b) OF THE ACT: NONE\n\n"
                 "SECURITIES REGISTERED PURSUANT TO SECTION 12(g) OF THE ACT:",
        _PK_TABLE: "   TITLE OF                                   NAME OF EACH EXCHANGE\n"
                   "   EACH CLASS                                 ON WHICH REGISTERED\n"
                   "   COMMON STOCK, $1 PAR VALUE                 NASDAQ\n"})) == []


def test_wrapped_title_head_worst_case_time() -> None:
    from filing2json.parsers.sections.cover_securities import securities_from_text
    region = "title of  exchange\nnot a class\n" + "title of   title of  \n" * 10000
    began = time.process_time()
    assert securities_from_text(region, False) == []
    assert time.process_time() - began < 5


# --- two classes on one line, a slash parting the titles and the symbols --------------------

@pytest.mark.parametrize(("row", "rows"), [
    ("   COMMON STOCK/WARRANTS               PKI/PKIW            NEW YORK STOCK EXCHANGE\n",
     [("COMMON STOCK", "PKI", "NEW YORK STOCK EXCHANGE"),
      ("WARRANTS", "PKIW", "NEW YORK STOCK EXCHANGE")]),
    ("   Common Stock / Warrants             PKI / PKI WS        New York Stock Exchange\n",
     [("Common Stock", "PKI", "New York Stock Exchange"),
      ("Warrants", "PKI WS", "New York Stock Exchange")])])
def test_perkinelmer_two_classes_parted_by_a_slash(row: str, rows: list[tuple[str, ...]]
                                                   ) -> None:
    heads = ("   TITLE OF EACH CLASS                 TRADING SYMBOL(S)   NAME OF EACH EXCHANGE "
             "ON WHICH REGISTERED\n")
    assert _perkinelmer(heads + row) == rows


def _oracle_row(*cells: str) -> str:
    return "<TR>" + "<TD>&nbsp;</TD>".join(f"<TD>{c}</TD>" for c in cells) + "</TR>\n"


def _oracle(*rows: tuple[str, str, str]) -> list[tuple[Any, ...]]:
    """Oracle's 12(b) table, its rows retyped as `rows` under its heads."""
    text = _ORACLE.read_text(encoding="latin-1")
    start = text.index('<TR STYLE="page-break-inside:avoid ; font-family:Times New Roman; '
                       'font-size:10pt">\n<TD VALIGN="bottom" NOWRAP')
    end = text.index('</TABLE> <P STYLE="margin-top:12pt', start)
    table = _oracle_row("<B>Title of each class</B>", "<B>Trading Symbol(s)</B>",
                        "<B>Name of each exchange on which registered</B>")
    table += "".join(_oracle_row(*row) for row in rows)
    return _securities(edited_record(_ORACLE, {text[start:end]: table}))


def test_oracle_cells_two_classes_parted_by_a_slash() -> None:
    assert _oracle(("Common Stock, par value $0.01 per share / Warrants", "ORCL / ORCLW",
                    "New York Stock Exchange / NYSE Arca, Inc.")) == [
        ("Common Stock, par value $0.01 per share", "ORCL", "New York Stock Exchange"),
        ("Warrants", "ORCLW", "NYSE Arca, Inc.")]


# (neighbours that stay: one symbol for classes parted by a slash, that trade as one; a slash
# in a fraction; a symbol's own slash under one title)

@pytest.mark.parametrize("row", [
    ("Common Stock, par value $0.01 per share / Preferred Share Purchase Rights", "ORCL",
     "New York Stock Exchange"),
    ("Common Stock, par value 12 1/2&#162; per share", "ORCL", "New York Stock Exchange"),
    ("Class B Common Stock", "ORCL/B", "New York Stock Exchange"),
    ("Class A/B Common Stock", "ORCL/ORCLB", "New York Stock Exchange"),
    ("Depositary Shares, each representing a 1/1,000th interest in a share of 6% Preferred "
     "Stock", "ORCL PRA", "New York Stock Exchange")])
def test_oracle_cells_one_class_with_a_slash_stays(row: tuple[str, str, str]) -> None:
    assert _oracle(row) == [tuple(html.unescape(cell) for cell in row)]


# --- a note stacked under its class in the title's cell ------------------------------------

_COMMON = ("Common Stock, par value $0.01 per share", "ORCL", "New York Stock Exchange")


@pytest.mark.parametrize("title", [
    "Depositary Shares<BR>(1) Each representing a 1/1,000th interest in a share of 6% "
    "Preferred Stock",
    "Depositary Shares(1)<BR>(1) Each representing a 1/1,000th interest in a share of 6% "
    "Preferred Stock",
    "Depositary Shares (1)<BR>(1) Represents a 1/1,000th interest in a share of 6% "
    "Preferred Stock"])
def test_oracle_note_stacked_under_its_class(title: str) -> None:
    assert _oracle(_COMMON, (title, "ORCL PRA", "New York Stock Exchange")) == [
        _COMMON, ("Depositary Shares", "ORCL PRA", "New York Stock Exchange")]


_PK_HEADS = ("   TITLE OF EACH CLASS                        TRADING SYMBOL   NAME OF EACH EXCHANGE "
             "ON WHICH REGISTERED\n")
_PK_COMMON = ("   COMMON STOCK, $1 PAR VALUE                 PKI              NEW YORK STOCK "
              "EXCHANGE\n")
_PK_DEPOSITARY = ("   DEPOSITARY SHARES (1)                      PKI PRA          NEW YORK STOCK "
                  "EXCHANGE\n")
_PK_RIGHTS = ("   PREFERRED SHARE PURCHASE RIGHTS            PKI              NEW YORK STOCK "
              "EXCHANGE\n")


@pytest.mark.parametrize("note", [
    "   (1) Each representing a 1/1,000th interest in a share of 6% Preferred Stock\n",
    "   (1) Each representing a 1/1,000th interest\n       in a share of 6% Preferred Stock\n"])
def test_perkinelmer_note_under_its_class_more_classes_under_it(note: str) -> None:
    assert _perkinelmer(_PK_HEADS + _PK_COMMON + _PK_DEPOSITARY + note + _PK_RIGHTS) == [
        ("COMMON STOCK, $1 PAR VALUE", "PKI", "NEW YORK STOCK EXCHANGE"),
        ("DEPOSITARY SHARES", "PKI PRA", "NEW YORK STOCK EXCHANGE"),
        ("PREFERRED SHARE PURCHASE RIGHTS", "PKI", "NEW YORK STOCK EXCHANGE")]


def test_oracle_note_row_under_its_class_more_classes_under_it() -> None:
    assert _oracle(_COMMON, ("Depositary Shares (1)", "ORCL PRA", "New York Stock Exchange"),
                   ("(1) Each representing a 1/1,000th interest in a share of 6% Preferred "
                    "Stock", "", ""),
                   ("Preferred Share Purchase Rights", "ORCL", "New York Stock Exchange")) == [
        _COMMON, ("Depositary Shares", "ORCL PRA", "New York Stock Exchange"),
        ("Preferred Share Purchase Rights", "ORCL", "New York Stock Exchange")]


# (neighbours that stay: a note under the last class ends the table, the lines under it no
# class; a note whose mark closes no title above ends it too)

def test_perkinelmer_note_under_the_last_class_ends_the_table() -> None:
    assert _perkinelmer(_PK_HEADS + _PK_COMMON + _PK_DEPOSITARY
                        + "   (1) Each representing a 1/1,000th interest in a share of 6% "
                        "Preferred Stock\n\n   Aggregate market value of the voting stock "
                        "held by non-affiliates: $4,000,000,000\n") == [
        ("COMMON STOCK, $1 PAR VALUE", "PKI", "NEW YORK STOCK EXCHANGE"),
        ("DEPOSITARY SHARES", "PKI PRA", "NEW YORK STOCK EXCHANGE")]


def test_perkinelmer_note_with_no_mark_above_ends_the_table() -> None:
    assert _perkinelmer(_PK_HEADS + _PK_COMMON
                        + "   * Not for trading, but only in connection with the listing of "
                        "the shares\n" + _PK_RIGHTS) == [
        ("COMMON STOCK, $1 PAR VALUE", "PKI", "NEW YORK STOCK EXCHANGE")]


# (neighbours that stay: the note in a row of its own; a second class stacked under a marked
# one, each with its symbol)

def test_oracle_note_in_a_row_of_its_own_stays() -> None:
    assert _oracle(_COMMON, ("Depositary Shares (1)", "ORCL PRA", "New York Stock Exchange"),
                   ("(1) Each representing a 1/1,000th interest in a share of 6% Preferred "
                    "Stock", "", "")) == [
        _COMMON, ("Depositary Shares", "ORCL PRA", "New York Stock Exchange")]


def test_oracle_second_class_under_a_marked_one_stays() -> None:
    assert _oracle(("Common Stock (1)<BR>Warrants", "ORCL<BR>ORCLW",
                    "New York Stock Exchange")) == [
        ("Common Stock", "ORCL", "New York Stock Exchange"),
        ("Warrants", "ORCLW", "New York Stock Exchange")]


# --- a text table's tags printed as text (an HTML document holding the filing in <pre>) ----

def test_perkinelmer_in_html_pre_with_its_tags_printed() -> None:
    # (test_itm61_round61's PerkinElmer set as HTML: the cover in <pre>, "&lt;S&gt;" and all)
    record = parse(_as_html(False).encode("latin-1"), "perkinelmer.txt")
    assert _securities(record) == _PK_ROWS


def test_printed_tags_worst_case_time() -> None:
    from filing2json.parsers.sections.cover_securities import securities_from_text
    region = ("Title of each class       Name of each exchange on which registered\n"
              + "<S> <C> <S> <C> <S> <C> <S> <C> <X>\n" * 5000)
    began = time.process_time()
    securities_from_text(region, False)
    assert time.process_time() - began < 5


# --- an old office printed as its city line alone, a blank line under the new one ----------

_CAPTION = "(Address of Principal Executive Offices)\n"


@pytest.mark.parametrize("lines", [
    "1600 VALLEY ROAD\nWAYNE, NEW JERSEY 07470\n\nNEWARK, NEW JERSEY 07102\n" + _CAPTION,
    "1600 VALLEY ROAD, WAYNE, NEW JERSEY 07470\n\nNEWARK, NEW JERSEY 07102\n" + _CAPTION,
    "1600 VALLEY ROAD\nWAYNE, NEW JERSEY 07470\n\nNEWARK, NEW JERSEY 07102\n\n" + _CAPTION,
    # (each zip in the zip's column)
    "1600 VALLEY ROAD\nWAYNE, NEW JERSEY                 07470\n\n"
    "NEWARK, NEW JERSEY                 07102\n"
    "(Address of Principal Executive Offices)         (Zip Code)\n"])
def test_union_camp_old_city_line_a_blank_line_under_the_office(lines: str) -> None:
    record = validate(edited_record(_UNION_CAMP, {_UC_ADDRESS: lines}))
    assert record["registrants"][0]["address"] == _UC_OFFICE


# (neighbours that stay: a city line a blank line under its street; two city lines with no
# street, the lower read)

def test_union_camp_city_line_under_its_street_stays() -> None:
    lines = "1600 VALLEY ROAD\n\nWAYNE, NEW JERSEY 07470\n" + _CAPTION
    record = validate(edited_record(_UNION_CAMP, {_UC_ADDRESS: lines}))
    assert record["registrants"][0]["address"] == _UC_OFFICE


def test_union_camp_two_city_lines_stay() -> None:
    lines = "WAYNE, NEW JERSEY 07470\n\nNEWARK, NEW JERSEY 07102\n" + _CAPTION
    record = validate(edited_record(_UNION_CAMP, {_UC_ADDRESS: lines}))
    assert record["registrants"][0]["address"] == {
        "street": None, "city": "NEWARK", "state": "NEW JERSEY", "zip": "07102"}


# --- a stacked table printing its state on the second row only -----------------------------

def test_ferrellgas_first_row_state_blank() -> None:
    region = _FERRELLGAS.replace("L.P.               Delaware", "L.P.                       ")
    assert _stacked_names(region, False) == _FERRELLGAS_ROWS


# (neighbour that stays: the second row's state blank, the first's shared)

def test_ferrellgas_second_row_state_blank_stays() -> None:
    region = _FERRELLGAS.replace(_FINANCE_STATE, "Finance Corp.               ")
    assert _stacked_names(region, False) == _FERRELLGAS_ROWS
