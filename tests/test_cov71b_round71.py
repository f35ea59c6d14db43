"""Cover page, round 71b: a date of report typed in figures parted by hyphens with a two-digit
year ("8-10-94"), after its caption, above it, under it or beside the event's in brackets, or
set under its caption past up to four blank lines; securities[] read from an HTML 12(b)
table whose exchange cell wraps its plural onto a row of its own ("New York and Pacific
Stock" / "Exchanges"), and from a cell naming a brand alone before a second exchange ("NYSE,
Chicago Stock Exchange", "Nasdaq and Chicago Stock Exchange") or an exchange's name cut before
its last words ("The Nasdaq Stock" / "Market LLC").

No corpus filing prints these shapes. They are made from real covers of the corpus: Union
Camp's 8-K of August 1994 (8k_1994_unioncampcorp_1.txt), its date line retyped (its header's
period of report is August 9, 1994: the covers below print other days, so a date read from
the header is told apart); Sophiris Bio's 8-K of March 2016 (8k_2016_sophirisbioinc_1.htm, no
header), its date over the caption retyped; Oracle's 8-K of July 2019
(8k_2019_oraclecorp_1.txt), its 12(b) table's rows retyped, and PerkinElmer's 10-K405 of 2001
(10k405_2001_perkinelmerinc_1.txt), its 12(b) table retyped (test_cov70b_round70's helpers).
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from test_cov70b_round70 import _oracle, _perkinelmer
from test_cov71_round71 import _PK_HEADS

from support import FILINGS, edited_record, validate

_UNION_CAMP = FILINGS / "8k_1994_unioncampcorp_1.txt"
_UC_DATE = "Date of Report (Date of earliest event reported) August 9, 1994 \n"
_CAPTION = "Date of Report (Date of earliest event reported)"
_SOPHIRIS = FILINGS / "8k_2016_sophirisbioinc_1.htm"
_SO_DATE = "<B>March 23, 2016</B></FONT></P>"
_NYSE = "New York Stock Exchange"
_CHICAGO = "Chicago Stock Exchange"


def _dates(path: Any, edit: dict[str, str]) -> tuple[Any, Any]:
    record = validate(edited_record(path, edit))
    return record["report_date"], record["event_date"]


# --- a date of report in figures, hyphens and a two-digit year -------------------------------

@pytest.mark.parametrize("line", [
    f"{_CAPTION}: 8-10-94\n",  # after the caption, on its line
    f"{_CAPTION}  08-10-94\n",
    f"{_CAPTION}\n                     8-10-94\n",  # under it
    f"                     8-10-94\n{_CAPTION}\n",  # above it
    f"                     8.10.94\n{_CAPTION}\n",  # (parted by stops)
])
def test_union_camp_date_of_report_dashed_two_digit_year(line: str) -> None:
    assert _dates(_UNION_CAMP, {_UC_DATE: line}) == ("1994-08-10", "1994-08-10")


def test_union_camp_date_of_report_and_event_dashed() -> None:
    # the report's date, the event's in brackets
    assert _dates(_UNION_CAMP, {_UC_DATE: f"{_CAPTION}: 08-12-94 (08-10-94)\n"}) == (
        "1994-08-12", "1994-08-10")


def test_sophiris_date_over_the_caption_dashed_two_digit_year() -> None:
    assert _dates(_SOPHIRIS, {_SO_DATE: "<B>3-23-16</B></FONT></P>"}) == (
        "2016-03-23", "2016-03-23")


# --- a date set well under its caption, blank lines between ---------------------------------

@pytest.mark.parametrize("blanks", [2, 3, 4])
def test_union_camp_date_of_report_under_blank_lines(blanks: int) -> None:
    assert _dates(_UNION_CAMP, {_UC_DATE: f"{_CAPTION}:\n" + "\n" * blanks
                                + "                     August 10, 1994\n"}) == (
        "1994-08-10", "1994-08-10")


def test_union_camp_date_of_report_under_a_rule_and_blank_lines() -> None:
    assert _dates(_UNION_CAMP, {_UC_DATE: f"{_CAPTION}\n      -----------------------\n\n\n"
                                "                     August 10, 1994\n"}) == (
        "1994-08-10", "1994-08-10")


# (neighbours that stay: one blank line; a date further down than that is not the caption's,
# the header's period of report fills it)

def test_union_camp_date_of_report_under_one_blank_line_stays() -> None:
    assert _dates(_UNION_CAMP, {_UC_DATE: f"{_CAPTION}:\n\n                     August 10, 1994\n"}
                  ) == ("1994-08-10", "1994-08-10")


def test_union_camp_date_far_under_the_caption_stays_unread() -> None:
    assert _dates(_UNION_CAMP, {_UC_DATE: f"{_CAPTION}:\n" + "\n" * 6
                                + "                     August 10, 1994\n"}) == (
        "1994-08-09", None)


# (neighbours that stay: the date spelt out, slashed or with a four-digit year; a date line
# with no date reads none of the caption's digits, the header's period of report fills it)

@pytest.mark.parametrize("line", [
    f"{_CAPTION} August 10, 1994\n",
    f"{_CAPTION}: 8/10/94\n",
    f"{_CAPTION}: 08-10-1994\n",
    f"                     8/10/94\n{_CAPTION}\n",
])
def test_union_camp_date_of_report_other_spellings_stay(line: str) -> None:
    assert _dates(_UNION_CAMP, {_UC_DATE: line}) == ("1994-08-10", "1994-08-10")


def test_union_camp_date_of_report_from_the_header_stays() -> None:
    assert _dates(_UNION_CAMP, {_UC_DATE: f"{_CAPTION}\n"}) == ("1994-08-09", None)


def test_sophiris_date_over_the_caption_spelt_out_stays() -> None:
    assert _dates(_SOPHIRIS, {}) == ("2016-03-23", "2016-03-23")


def test_cover_dates_dashed_worst_case_time() -> None:
    from filing2json.parsers.sections.cover import cover_dates
    began = time.process_time()
    for region in (f"{_CAPTION}: " + "1-2-3-4-5." * 20000,
                   f"{_CAPTION}\n" + "12-12-1 " * 25000 + f"\n{_CAPTION}",
                   "8-10-9" * 33000 + f"\n{_CAPTION}"):
        cover_dates(region)
    assert time.process_time() - began < 5


# --- an exchange cell's plural wrapped onto a row of its own, in HTML ------------------------

@pytest.mark.parametrize(("symbol", "printed"), [("ORCL", "ORCL"), ("", None)])
def test_oracle_places_plural_wrapped_onto_its_own_row(symbol: str, printed: Any) -> None:
    assert _oracle(("Common Stock", symbol, "New York and Pacific Stock"), ("", "", "Exchanges")) \
        == [("Common Stock", printed, "New York Stock Exchange"),
            ("Common Stock", printed, "Pacific Stock Exchange")]


# (neighbours that stay: the singular wrapped; the plural wrapped in one cell; text's wrap)

def test_oracle_exchange_singular_wrapped_onto_its_own_row_stays() -> None:
    assert _oracle(("Common Stock", "ORCL", "New York Stock"), ("", "", "Exchange")) == [
        ("Common Stock", "ORCL", _NYSE)]


def test_oracle_places_plural_wrapped_in_its_cell_stays() -> None:
    assert _oracle(("Common Stock", "ORCL", "New York and Pacific Stock<BR>Exchanges")) == [
        ("Common Stock", "ORCL", _NYSE), ("Common Stock", "ORCL", "Pacific Stock Exchange")]


def test_perkinelmer_places_plural_wrapped_stays() -> None:
    assert _perkinelmer(
        _PK_HEADS + "   Common Stock, $1 par value                 New York and Pacific Stock\n"
        "                                              Exchanges\n") == [
        ("Common Stock, $1 par value", None, _NYSE),
        ("Common Stock, $1 par value", None, "Pacific Stock Exchange")]


# --- a brand alone before a second exchange in one cell --------------------------------------

@pytest.mark.parametrize(("cell", "brand", "second"), [
    ("NYSE, Chicago Stock Exchange", "NYSE", _CHICAGO),
    ("NYSE; Chicago Stock Exchange", "NYSE", _CHICAGO),
    ("Nasdaq, Chicago Stock Exchange", "Nasdaq", _CHICAGO),
    ("NYSE, Chicago Stock Exchange, Inc.", "NYSE", "Chicago Stock Exchange, Inc."),
    # (the joiner no part of the brand: it was "Nasdaq and")
    ("Nasdaq and Chicago Stock Exchange", "Nasdaq", _CHICAGO),
    ("NYSE & Toronto Stock Exchange", "NYSE", "Toronto Stock Exchange"),
])
def test_oracle_brand_alone_before_a_second_exchange(cell: str, brand: str, second: str) -> None:
    assert _oracle(("Common Stock", "ORCL", cell)) == [
        ("Common Stock", "ORCL", brand), ("Common Stock", "ORCL", second)]


def test_perkinelmer_brand_alone_before_a_second_exchange_in_capitals() -> None:
    assert _perkinelmer(
        _PK_HEADS + "   COMMON STOCK, $1 PAR VALUE                 NYSE, CHICAGO STOCK EXCHANGE\n"
    ) == [("COMMON STOCK, $1 PAR VALUE", None, "NYSE"),
          ("COMMON STOCK, $1 PAR VALUE", None, "CHICAGO STOCK EXCHANGE")]


# (neighbours that stay: a brand's own company or market after its comma; a brand's market
# named in full; a brand's market beside a town's exchange)

@pytest.mark.parametrize("cell", ["NASDAQ, Inc.", "NYSE, Inc.", "Nasdaq, Global Market",
                                  "NYSE American LLC", "NYSE American Stock Exchange", "NYSE"])
def test_oracle_brand_names_one_exchange_stays(cell: str) -> None:
    assert _oracle(("Common Stock", "ORCL", cell)) == [("Common Stock", "ORCL", cell)]


def test_oracle_brand_market_beside_a_towns_exchange_stays() -> None:
    assert _oracle(("Common Stock", "ORCL", "NYSE American Toronto Stock Exchange")) == [
        ("Common Stock", "ORCL", "NYSE American"),
        ("Common Stock", "ORCL", "Toronto Stock Exchange")]


# --- an exchange's name cut before its last words, wrapped onto the next row ---------------

@pytest.mark.parametrize(("first", "rest", "name"), [
    ("The Nasdaq Stock", "Market LLC", "The Nasdaq Stock Market LLC"),
    ("The Nasdaq Global", "Select Market", "The Nasdaq Global Select Market"),
])
def test_oracle_exchange_name_wrapped_onto_its_own_row(first: str, rest: str, name: str) -> None:
    assert _oracle(("Common Stock", "ORCL", first), ("", "", rest)) == [
        ("Common Stock", "ORCL", name)]


def test_perkinelmer_exchange_name_wrapped_before_its_last_words() -> None:
    assert _perkinelmer(
        _PK_HEADS + "   Common Stock, $1 par value                 The Nasdaq Stock\n"
        "                                              Market LLC\n") == [
        ("Common Stock, $1 par value", None, "The Nasdaq Stock Market LLC")]


# (neighbours that stay: a second exchange under a whole name is a row of its own; a market
# in brackets under its exchange goes on with it)

@pytest.mark.parametrize(("first", "second"), [
    ("The Nasdaq Stock Market LLC", "NYSE Texas, Inc."),
    (_NYSE, "NYSE Chicago, Inc."),
])
def test_oracle_second_exchange_under_a_whole_name_stays(first: str, second: str) -> None:
    assert _oracle(("Common Stock", "ORCL", first), ("", "", second)) == [
        ("Common Stock", "ORCL", first), ("Common Stock", "ORCL", second)]


def test_oracle_bracketed_market_under_its_exchange_stays() -> None:
    assert _oracle(("Common Stock", "ORCL", "The Nasdaq Stock Market LLC"),
                   ("", "", "(Nasdaq Global Select Market)")) == [
        ("Common Stock", "ORCL", "The Nasdaq Stock Market LLC (Nasdaq Global Select Market)")]
