"""Cover page, round 48: 12(b) cells with a footnote mark after a stacked title, and a market
of NYSE or Nasdaq stacked over a town's stock exchange ("NYSE" / "Chicago Stock Exchange").

The tests read Meta Platforms' 2025 8-K (a corpus filing) with its iXBRL tags taken out (an
HTML cover of 2019-2020, before the inline tags) and its one 12(b) row replaced by the row said
in each test, as other filers print theirs.
"""

from __future__ import annotations

import re

from support import FILINGS, text_record

_META = (FILINGS / "8k_2025_metaplatformsinc_1.txt").read_text(encoding="utf-8")
_BODY = re.sub(r"</?ix:[^>]*>", "",
               re.sub(r'<div style="display:none"><ix:header>.*?</ix:header></div>', "",
                      _META[_META.index("<body>") : _META.index("</html>") + 7], flags=re.S))
_ROW = re.compile(r'<tr><td colspan="3" style="padding:2px 1pt;text-align:center;'
                  r'vertical-align:bottom">.*?</tr>(?=</table>)')
_NASDAQ = "The Nasdaq Stock Market LLC"


def _cell(text: str) -> str:
    return f'<td colspan="3" style="padding:2px 1pt;text-align:center">{text}</td>'


def _meta_with_row(title: str, symbol: str, exchange: str, body: str = _BODY) -> list[tuple]:
    gap = '<td colspan="3" style="padding:0 1pt"/>'
    row = f"<tr>{_cell(title)}{gap}{_cell(symbol)}{gap}{_cell(exchange)}</tr>"
    record = text_record("<html><head><title>8-K</title></head>"
                         + _ROW.sub(lambda _: row, body, count=1), "meta.htm")
    return [(s["title"], s["trading_symbol"], s["exchange"]) for s in record["securities"]]



def test_star_after_a_stacked_title_still_splits() -> None:
    # Meta's row edited to a rights plan's two classes stacked in one cell, the first marked
    # for a note under the table ("Common Stock*"): the star stopped the split, giving one
    # title "Common Stock* Preferred Stock Purchase Rights"
    assert _meta_with_row("Common Stock*<br/>Preferred Stock Purchase Rights", "META<br/>N/A",
                          f"{_NASDAQ}<br/>{_NASDAQ}") == [
        ("Common Stock", "META", _NASDAQ), ("Preferred Stock Purchase Rights", None, _NASDAQ)]


def test_dagger_after_a_stacked_title_still_splits() -> None:
    assert _meta_with_row("Common Stock\u2020<br/>Preferred Stock Purchase Rights",
                          "META<br/>N/A", f"{_NASDAQ}<br/>{_NASDAQ}") == [
        ("Common Stock", "META", _NASDAQ), ("Preferred Stock Purchase Rights", None, _NASDAQ)]


def test_nyse_stacked_over_chicago_stock_exchange() -> None:
    # Meta's row edited to one class listed on two exchanges, "NYSE" over "Chicago Stock
    # Exchange" in one cell: read as one exchange "NYSE Chicago Stock Exchange"
    assert _meta_with_row("Common Stock", "META", "NYSE<br/>Chicago Stock Exchange") == [
        ("Common Stock", "META", "NYSE"), ("Common Stock", "META", "Chicago Stock Exchange")]


def test_nyse_market_loosely_named_stays_one_exchange() -> None:
    # "NYSE American Stock Exchange", a filer's loose name of NYSE American: one exchange
    assert _meta_with_row("Common Stock", "META", "NYSE American Stock Exchange") == [
        ("Common Stock", "META", "NYSE American Stock Exchange")]


def test_nyse_american_stacked_over_toronto_stock_exchange() -> None:
    # Meta's row edited as a Canadian miner prints its one class on two exchanges, "NYSE
    # American" over "Toronto Stock Exchange": read as one exchange "NYSE American Toronto
    # Stock Exchange"
    assert _meta_with_row("Common Shares", "META",
                          "NYSE American<br/>Toronto Stock Exchange") == [
        ("Common Shares", "META", "NYSE American"),
        ("Common Shares", "META", "Toronto Stock Exchange")]


def test_nasdaq_tier_stacked_over_tel_aviv_stock_exchange() -> None:
    # an Israeli issuer's "Nasdaq Global Market" over "Tel Aviv Stock Exchange" (a town of two
    # words)
    assert _meta_with_row("Ordinary Shares", "META",
                          "Nasdaq Global Market<br/>Tel Aviv Stock Exchange") == [
        ("Ordinary Shares", "META", "Nasdaq Global Market"),
        ("Ordinary Shares", "META", "Tel Aviv Stock Exchange")]
