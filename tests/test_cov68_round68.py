"""Cover page, round 68: a 12(b) title wrapped after a joining word ("COMMON STOCK AND" over
"PREFERRED SHARE PURCHASE RIGHTS"), each line beside an exchange of its own, is one class
listed on each exchange, and a title alone on its line ending on "and" goes on in the next
line's (or the next table row's) title; a 2019+ iXBRL cover whose 12(b) table is tagged
"N/A" or "None" throughout lists no security from its dei: facts.

No corpus filing prints these shapes. They are made from real covers of the corpus:
PerkinElmer's 10-K405 of 2001 (10k405_2001_perkinelmerinc_1.txt), its 12(b) rows retyped as
1990s filers listed a class on two exchanges; and International Flavors & Fragrances' iXBRL
8-K of May 2025 (8k_2025_internationalflavorsan_1.htm), its table's cells (and the hidden
exchange facts) retagged as filers with nothing listed tag them, or its table's cells
retyped as the wrapped rows above; and Caterpillar's 8-K of April 2022
(8k_2022_caterpillarinc_1.txt), a title's cell closed after "and".
"""

from __future__ import annotations

import time
from typing import Any

from support import FILINGS, edited_record, validate

_PERKINELMER = FILINGS / "10k405_2001_perkinelmerinc_1.txt"
_IFF = FILINGS / "8k_2025_internationalflavorsan_1.htm"
# PerkinElmer's two 12(b) rows as filed
_ROWS = ("         COMMON STOCK, $1 PAR VALUE                    NEW YORK STOCK EXCHANGE, INC.\n"
         "       PREFERRED SHARE PURCHASE RIGHTS                 NEW YORK STOCK EXCHANGE, INC.\n")
# IFF's table cells as filed: each class's title, symbol and printed exchange, and the hidden
# exchange facts
_T1 = ">Common Stock, par value 12 1/2&#162; per share</ix:nonNumeric>"
_S1 = ">IFF</ix:nonNumeric>"
_E1 = '<span style="-sec-ix-hidden:Fact_ceae2f9ec2d54ce9bb5127fa794e1641">New York Stock ' \
    "Exchange</span>"
_H1 = 'CommonStockMember">NYSE</ix:nonNumeric>'
_T2 = ">1.800% Senior Notes due 2026</ix:nonNumeric>"
_S2 = ">IFF 26</ix:nonNumeric>"
_E2 = '<span style="-sec-ix-hidden:Fact_ab9b242be95a46b885bbf8dc9179ad26">New York Stock ' \
    "Exchange</span>"
_H2 = '26Member">NYSE</ix:nonNumeric>'


def _securities(record: dict[str, Any]) -> list[tuple[Any, ...]]:
    validate(record)
    return [(s["title"], s["trading_symbol"], s["exchange"]) for s in record["securities"]]


def _perkinelmer(rows: str) -> list[tuple[Any, ...]]:
    return _securities(edited_record(_PERKINELMER, {_ROWS: rows}))


def _iff(edit: dict[str, str]) -> list[tuple[Any, ...]]:
    return _securities(edited_record(_IFF, edit))


# --- a title wrapped after "and", a line beside each exchange ------------------------------

def test_perkinelmer_capitals_title_wrapped_on_and_over_two_exchanges() -> None:
    assert _perkinelmer(
        "         COMMON STOCK AND                              NEW YORK STOCK EXCHANGE\n"
        "         PREFERRED SHARE PURCHASE RIGHTS               PACIFIC EXCHANGE\n") == [
        ("COMMON STOCK AND PREFERRED SHARE PURCHASE RIGHTS", None, "NEW YORK STOCK EXCHANGE"),
        ("COMMON STOCK AND PREFERRED SHARE PURCHASE RIGHTS", None, "PACIFIC EXCHANGE")]


def test_perkinelmer_title_wrapped_on_comma_and_over_two_exchanges() -> None:
    assert _perkinelmer(
        "         Common Stock, $1 Par Value, and               New York Stock Exchange, Inc.\n"
        "         Preferred Share Purchase Rights               Pacific Exchange, Inc.\n") == [
        ("Common Stock, $1 Par Value, and Preferred Share Purchase Rights", None,
         "New York Stock Exchange, Inc."),
        ("Common Stock, $1 Par Value, and Preferred Share Purchase Rights", None,
         "Pacific Exchange, Inc.")]


def test_perkinelmer_title_wrapped_on_and_beside_its_exchange_printed_twice() -> None:
    assert _perkinelmer(
        "         COMMON STOCK, $1 PAR VALUE, AND               NEW YORK STOCK EXCHANGE, INC.\n"
        "         PREFERRED SHARE PURCHASE RIGHTS               NEW YORK STOCK EXCHANGE, INC.\n"
    ) == [("COMMON STOCK, $1 PAR VALUE, AND PREFERRED SHARE PURCHASE RIGHTS", None,
           "NEW YORK STOCK EXCHANGE, INC.")]


def test_iff_cells_title_wrapped_on_and_over_two_exchanges() -> None:
    assert _iff({_T1: ">Common Stock and</ix:nonNumeric>", _S1: "></ix:nonNumeric>",
                 _T2: ">Preferred Share Purchase Rights</ix:nonNumeric>",
                 _S2: "></ix:nonNumeric>", _E2: "Pacific Exchange"}) == [
        ("Common Stock and Preferred Share Purchase Rights", None, "New York Stock Exchange"),
        ("Common Stock and Preferred Share Purchase Rights", None, "Pacific Exchange")]


def test_iff_cells_title_wrapped_on_and_keeps_its_symbol_on_each_exchange() -> None:
    assert _iff({_T1: ">Common Stock and</ix:nonNumeric>",
                 _T2: ">Preferred Share Purchase Rights</ix:nonNumeric>",
                 _S2: "></ix:nonNumeric>", _E2: "Pacific Exchange"}) == [
        ("Common Stock and Preferred Share Purchase Rights", "IFF", "New York Stock Exchange"),
        ("Common Stock and Preferred Share Purchase Rights", "IFF", "Pacific Exchange")]


def test_perkinelmer_first_title_wrapped_on_and_its_exchange_beside_the_last_line() -> None:
    assert _perkinelmer(
        "         COMMON STOCK, $1 PAR VALUE, AND\n"
        "         PREFERRED SHARE PURCHASE RIGHTS               NEW YORK STOCK EXCHANGE, INC.\n"
        "         9% NOTES DUE 2010                             NEW YORK STOCK EXCHANGE, INC.\n"
    ) == [("COMMON STOCK, $1 PAR VALUE, AND PREFERRED SHARE PURCHASE RIGHTS", None,
           "NEW YORK STOCK EXCHANGE, INC."),
          ("9% NOTES DUE 2010", None, "NEW YORK STOCK EXCHANGE, INC.")]


def test_perkinelmer_second_title_wrapped_on_and_at_the_edge_is_its_own_class() -> None:
    assert _perkinelmer(
        "         COMMON STOCK, $1 PAR VALUE                    NEW YORK STOCK EXCHANGE, INC.\n"
        "         SERIES A PREFERRED STOCK AND\n"
        "         PREFERRED SHARE PURCHASE RIGHTS               NEW YORK STOCK EXCHANGE, INC.\n"
    ) == [("COMMON STOCK, $1 PAR VALUE", None, "NEW YORK STOCK EXCHANGE, INC."),
          ("SERIES A PREFERRED STOCK AND PREFERRED SHARE PURCHASE RIGHTS", None,
           "NEW YORK STOCK EXCHANGE, INC.")]


def test_caterpillar_title_wrapped_on_and_into_the_next_table_row() -> None:
    # (Caterpillar's 8-K of April 2022, its common stock's cell closed after "and" and the
    # rights opening a row of their own beside the symbol and exchange)
    record = edited_record(FILINGS / "8k_2022_caterpillarinc_1.txt", {
        ">Common Stock ($1.00 par value)</ix:nonNumeric>":
            ">Common Stock ($1.00 par value) and</ix:nonNumeric></span></td></tr><tr><td>"
            "<span><ix:nonNumeric>Preferred Stock Purchase Rights</ix:nonNumeric>"})
    assert _securities(record) == [
        ("Common Stock ($1.00 par value) and Preferred Stock Purchase Rights", "CAT",
         "The New York Stock Exchange"),
        ("8% Debentures due February 15, 2023", "CAT23", "The New York Stock Exchange"),
        ("5.3% Debentures due September 15, 2035", "CAT35", "The New York Stock Exchange")]


# (neighbours that stay: two classes a line each, two classes on one line, one class over two
# exchanges)

def test_perkinelmer_as_filed_two_classes() -> None:
    assert _perkinelmer(_ROWS) == [
        ("COMMON STOCK, $1 PAR VALUE", None, "NEW YORK STOCK EXCHANGE, INC."),
        ("PREFERRED SHARE PURCHASE RIGHTS", None, "NEW YORK STOCK EXCHANGE, INC.")]


def test_perkinelmer_two_classes_on_one_line_stay_one_title() -> None:
    assert _perkinelmer(
        "         COMMON STOCK, $1 PAR VALUE, AND PREFERRED SHARE PURCHASE RIGHTS   "
        "NEW YORK STOCK EXCHANGE, INC.\n") == [
        ("COMMON STOCK, $1 PAR VALUE, AND PREFERRED SHARE PURCHASE RIGHTS", None,
         "NEW YORK STOCK EXCHANGE, INC.")]


def test_perkinelmer_two_classes_on_two_exchanges_each_a_class() -> None:
    assert _perkinelmer(
        "         COMMON STOCK, $1 PAR VALUE                    NEW YORK STOCK EXCHANGE\n"
        "         PREFERRED SHARE PURCHASE RIGHTS               PACIFIC EXCHANGE\n") == [
        ("COMMON STOCK, $1 PAR VALUE", None, "NEW YORK STOCK EXCHANGE"),
        ("PREFERRED SHARE PURCHASE RIGHTS", None, "PACIFIC EXCHANGE")]


def test_wrapped_on_joiner_long_title_is_linear() -> None:
    from filing2json.parsers.sections.cover_securities import _wrapped_on_joiner

    prev = {"title": "Common Stock and " * 12000 + "x", "trading_symbol": None,
            "exchange": "New York Stock Exchange"}
    row = {"title": "Rights", "trading_symbol": None, "exchange": "Pacific Exchange"}
    start = time.process_time()
    for _ in range(20):
        assert not _wrapped_on_joiner(prev, row)
    assert time.process_time() - start < 5


# --- an iXBRL table tagged "N/A" or "None": no security ------------------------------------

def test_iff_table_tagged_na_throughout_lists_nothing() -> None:
    assert _iff({_T1: ">N/A</ix:nonNumeric>", _S1: ">N/A</ix:nonNumeric>", _E1: "N/A",
                 _H1: 'CommonStockMember">N/A</ix:nonNumeric>',
                 _T2: ">N/A</ix:nonNumeric>", _S2: ">N/A</ix:nonNumeric>", _E2: "N/A",
                 _H2: '26Member">N/A</ix:nonNumeric>'}) == []


def test_iff_table_tagged_none_lists_nothing() -> None:
    assert _iff({_T1: ">None</ix:nonNumeric>", _S1: ">None</ix:nonNumeric>", _E1: "None",
                 _H1: 'CommonStockMember">None</ix:nonNumeric>',
                 _T2: "></ix:nonNumeric>", _S2: "></ix:nonNumeric>", _E2: "",
                 _H2: '26Member"></ix:nonNumeric>'}) == []


def test_iff_table_tagged_not_applicable_lists_nothing() -> None:
    assert _iff({_T1: ">Not applicable</ix:nonNumeric>",
                 _S1: ">Not applicable</ix:nonNumeric>", _E1: "Not applicable",
                 _H1: 'CommonStockMember">Not applicable</ix:nonNumeric>',
                 _T2: "></ix:nonNumeric>", _S2: "></ix:nonNumeric>", _E2: "",
                 _H2: '26Member"></ix:nonNumeric>'}) == []


def _meta(title: str, symbol: str, exchange: str) -> list[tuple[Any, ...]]:
    """Meta's 8-K of December 2025, its one 12(b) row's tagged cells retyped."""
    return _securities(edited_record(FILINGS / "8k_2025_metaplatformsinc_1.txt", {
        ">Class A Common Stock, $0.000006 par value<": f">{title}<", ">META<": f">{symbol}<",
        ">The Nasdaq Stock Market LLC<": f">{exchange}<"}))


def test_meta_row_tagged_na_lists_nothing() -> None:
    assert _meta("N/A", "N/A", "N/A") == []


def test_meta_row_tagged_not_applicable_lists_nothing() -> None:
    assert _meta("Not applicable", "Not applicable", "Not applicable") == []


def test_meta_row_with_two_symbols_keeps_them_as_printed() -> None:
    assert _meta("Class A Common Stock, $0.000006 par value", "META, METAW",
                 "The Nasdaq Stock Market LLC") == [
        ("Class A Common Stock, $0.000006 par value", "META, METAW",
         "The Nasdaq Stock Market LLC")]


# (neighbours that stay: the table as filed; its head garbled, read from the dei: facts, the
# exchange as tagged)

def test_iff_as_filed() -> None:
    assert _iff({}) == [
        ("Common Stock, par value 12 1/2\u00a2 per share", "IFF", "New York Stock Exchange"),
        ("1.800% Senior Notes due 2026", "IFF 26", "New York Stock Exchange")]


def test_iff_garbled_head_read_from_facts() -> None:
    assert _iff({">Title of each class<": ">Ti<"}) == [
        ("Common Stock, par value 12 1/2\u00a2 per share", "IFF", "NYSE"),
        ("1.800% Senior Notes due 2026", "IFF 26", "NYSE")]
