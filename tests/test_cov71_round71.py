"""Cover page, round 71: securities[] read from Section 12(b) tables whose classes and
exchanges are stacked line for line (a class and its rights in one cell beside two exchanges
in the next, or both cells parted by a slash), and a class's one cell naming two exchanges
parted by a slash.

No corpus filing prints these shapes. They are made from real covers of the corpus: Oracle's
8-K of July 2019 (8k_2019_oraclecorp_1.txt), its 12(b) table's rows retyped, and
PerkinElmer's 10-K405 of 2001 (10k405_2001_perkinelmerinc_1.txt), its 12(b) table retyped
(test_cov70b_round70's helpers).
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from test_cov70b_round70 import _oracle, _perkinelmer

_NYSE = "New York Stock Exchange"
_CHICAGO = "Chicago Stock Exchange"
_PK_HEADS = ("   TITLE OF EACH CLASS                        NAME OF EACH EXCHANGE ON WHICH "
             "REGISTERED\n")


# --- a class and its rights stacked in one cell beside two exchanges stacked in the next ----

@pytest.mark.parametrize(("symbol", "first"), [("", None), ("ORCL", "ORCL")])
def test_oracle_class_and_rights_stacked_beside_two_exchanges(symbol: str, first: Any) -> None:
    # each class on the exchange printed beside it (a lone symbol, at the top, the first's)
    assert _oracle(("Common Stock, $0.01 par value<BR>Preferred Stock Purchase Rights", symbol,
                    f"{_NYSE}<BR>{_CHICAGO}")) == [
        ("Common Stock, $0.01 par value", first, _NYSE),
        ("Preferred Stock Purchase Rights", None, _CHICAGO)]


def test_oracle_class_and_rights_slashed_beside_two_slashed_exchanges() -> None:
    assert _oracle(("Common Stock, $0.01 par value / Preferred Stock Purchase Rights", "",
                    f"{_NYSE} / {_CHICAGO}")) == [
        ("Common Stock, $0.01 par value", None, _NYSE),
        ("Preferred Stock Purchase Rights", None, _CHICAGO)]


def test_perkinelmer_class_and_rights_slashed_beside_two_slashed_exchanges() -> None:
    assert _perkinelmer(
        _PK_HEADS + "   COMMON STOCK, $1 PAR VALUE/PREFERRED SHARE PURCHASE RIGHTS     NEW YORK "
        "STOCK EXCHANGE/PACIFIC EXCHANGE, INC.\n") == [
        ("COMMON STOCK, $1 PAR VALUE", None, "NEW YORK STOCK EXCHANGE"),
        ("PREFERRED SHARE PURCHASE RIGHTS", None, "PACIFIC EXCHANGE, INC.")]


# (neighbours that stay: the same classes typed in text, a line each beside its exchange; one
# class stacked beside two exchanges, on each; classes stacked over one exchange repeated)

def test_perkinelmer_class_and_rights_a_line_each_stays() -> None:
    assert _perkinelmer(
        _PK_HEADS + "   COMMON STOCK, $1 PAR VALUE                 NEW YORK STOCK EXCHANGE\n"
        "   PREFERRED SHARE PURCHASE RIGHTS            CHICAGO STOCK EXCHANGE\n") == [
        ("COMMON STOCK, $1 PAR VALUE", None, "NEW YORK STOCK EXCHANGE"),
        ("PREFERRED SHARE PURCHASE RIGHTS", None, "CHICAGO STOCK EXCHANGE")]


def test_oracle_one_class_stacked_beside_two_exchanges_stays() -> None:
    assert _oracle(("Common Stock, $0.01 par value", "", f"{_NYSE}<BR>{_CHICAGO}")) == [
        ("Common Stock, $0.01 par value", None, _NYSE),
        ("Common Stock, $0.01 par value", None, _CHICAGO)]


def test_oracle_class_and_rights_over_one_exchange_repeated_stays() -> None:
    assert _oracle(("Common Stock<BR>Preferred Share Purchase Rights", "ORCL<BR>N/A",
                    f"{_NYSE}<BR>{_NYSE}")) == [
        ("Common Stock", "ORCL", _NYSE), ("Preferred Share Purchase Rights", None, _NYSE)]


# --- one class, its two exchanges parted by a slash ----------------------------------------

def test_perkinelmer_one_class_two_exchanges_parted_by_a_slash() -> None:
    assert _perkinelmer(
        _PK_HEADS + "   COMMON STOCK, $1 PAR VALUE                 NEW YORK STOCK EXCHANGE / "
        "CHICAGO STOCK EXCHANGE\n") == [
        ("COMMON STOCK, $1 PAR VALUE", None, "NEW YORK STOCK EXCHANGE"),
        ("COMMON STOCK, $1 PAR VALUE", None, "CHICAGO STOCK EXCHANGE")]


def test_oracle_one_class_two_exchanges_parted_by_a_slash() -> None:
    assert _oracle(("Common Stock, par value $0.01 per share", "ORCL",
                    "New York Stock Exchange/NYSE Chicago, Inc.")) == [
        ("Common Stock, par value $0.01 per share", "ORCL", _NYSE),
        ("Common Stock, par value $0.01 per share", "ORCL", "NYSE Chicago, Inc.")]


# (neighbours that stay: a market's tier after a slash is no exchange of its own; a bracketed
# description under its class, no footnote's mark, is part of the class's title as printed:
# the rights trade with the stock, on its exchange)

def test_perkinelmer_exchange_and_tier_parted_by_a_slash_stays() -> None:
    assert _perkinelmer(
        _PK_HEADS + "   COMMON STOCK, $1 PAR VALUE                 NASDAQ/NMS\n") == [
        ("COMMON STOCK, $1 PAR VALUE", None, "NASDAQ/NMS")]


@pytest.mark.parametrize("title", [
    "Common Stock<BR>(including associated preferred stock purchase rights)",
    "Common Stock (including associated preferred stock purchase rights)"])
def test_oracle_bracketed_description_under_its_class_stays(title: str) -> None:
    assert _oracle((title, "ORCL", _NYSE)) == [
        ("Common Stock (including associated preferred stock purchase rights)", "ORCL", _NYSE)]


def test_slashed_cells_worst_case_time() -> None:
    from filing2json.parsers.sections.cover_securities import _unstacked
    row: dict[str, str | None] = {"title": "Common Stock / " * 14000,
                                  "trading_symbol": None, "exchange": "Exchange / " * 20000}
    began = time.process_time()
    assert _unstacked(row) == [row]
    row = {"title": "Common Stock Preferred Stock " * 8000, "trading_symbol": None,
           "exchange": "New York Stock Exchange Chicago Stock Exchange " * 4000}
    _unstacked(row)
    assert time.process_time() - began < 5


# --- a list of exchanges wrapped in a text table: after its joiner, or a plural's places ----

_PK_COMMON = "   Common Stock, $1 par value                 "
_PK_UNDER = "                                              "


@pytest.mark.parametrize(("first", "second", "second_name"), [
    ("New York Stock Exchange and", "Pacific Exchange, Inc.", "Pacific Exchange, Inc."),
    ("New York Stock Exchange,", "Chicago Stock Exchange", _CHICAGO),
    ("New York Stock Exchange &", "Chicago Stock Exchange", _CHICAGO)])
def test_perkinelmer_exchanges_wrapped_after_their_joiner(first: str, second: str,
                                                          second_name: str) -> None:
    assert _perkinelmer(_PK_HEADS + _PK_COMMON + first + "\n" + _PK_UNDER + second + "\n"
                        + "   7% Notes due 2020                          New York Stock "
                        "Exchange\n") == [
        ("Common Stock, $1 par value", None, _NYSE),
        ("Common Stock, $1 par value", None, second_name),
        ("7% Notes due 2020", None, _NYSE)]


@pytest.mark.parametrize(("first", "second", "names"), [
    ("New York and Pacific Stock", "Exchanges", [_NYSE, "Pacific Stock Exchange"]),
    ("New York, Chicago and Pacific", "Stock Exchanges",
     [_NYSE, _CHICAGO, "Pacific Stock Exchange"])])
def test_perkinelmer_places_exchanges_wrapped(first: str, second: str,
                                              names: list[str]) -> None:
    assert _perkinelmer(_PK_HEADS + _PK_COMMON + first + "\n" + _PK_UNDER + second + "\n") == [
        ("Common Stock, $1 par value", None, name) for name in names]


# (neighbours that stay: one name wrapped, "New York Stock" over "Exchange"; a second
# exchange under the first with no joiner; a qualifier's plural kept whole)

@pytest.mark.parametrize(("first", "second", "names"), [
    ("New York Stock", "Exchange", [_NYSE]),
    ("New York Stock Exchange", "Chicago Stock Exchange", [_NYSE, _CHICAGO]),
    ("New York and Other Stock", "Exchanges", ["New York and Other Stock Exchanges"])])
def test_perkinelmer_exchange_wrapped_stays(first: str, second: str, names: list[str]) -> None:
    assert _perkinelmer(_PK_HEADS + _PK_COMMON + first + "\n" + _PK_UNDER + second + "\n") == [
        ("Common Stock, $1 par value", None, name) for name in names]


# --- two exchanges in one cell parted by a semicolon or "&" ---------------------------------

@pytest.mark.parametrize(("cell", "names"), [
    ("New York Stock Exchange; Chicago Stock Exchange", [_NYSE, _CHICAGO]),
    ("New York Stock Exchange &amp; Chicago Stock Exchange", [_NYSE, _CHICAGO]),
    ("New York Stock Exchange, Inc.; Pacific Exchange, Inc.",
     ["New York Stock Exchange, Inc.", "Pacific Exchange, Inc."])])
def test_oracle_two_exchanges_parted_by_a_semicolon_or_ampersand(cell: str,
                                                                 names: list[str]) -> None:
    assert _oracle(("Common Stock", "ORCL", cell)) == [
        ("Common Stock", "ORCL", name) for name in names]


# (neighbours that stay: one exchange's name with its market in brackets; "NYSE American LLC")

@pytest.mark.parametrize("cell", ["The Nasdaq Stock Market LLC (Nasdaq Global Select Market)",
                                  "NYSE American LLC", "New York Stock Exchange (NYSE)"])
def test_oracle_one_exchange_stays(cell: str) -> None:
    assert _oracle(("Common Stock", "ORCL", cell)) == [("Common Stock", "ORCL", cell)]
