"""Cover page, round 48: 12(b) cells with a footnote mark after a stacked title, and a market
of NYSE or Nasdaq stacked over a town's stock exchange ("NYSE" / "Chicago Stock Exchange").

The tests read Meta Platforms' 2025 8-K (a corpus filing) with its iXBRL tags taken out (an
HTML cover of 2019-2020, before the inline tags) and its one 12(b) row replaced by the row said
in each test, as other filers print theirs.
"""

from __future__ import annotations

from support import NASDAQ, meta_with_row


def test_star_after_a_stacked_title_still_splits() -> None:
    # Meta's row edited to a rights plan's two classes stacked in one cell, the first marked
    # for a note under the table ("Common Stock*"): the star stopped the split, giving one
    # title "Common Stock* Preferred Stock Purchase Rights"
    assert meta_with_row("Common Stock*<br/>Preferred Stock Purchase Rights", "META<br/>N/A",
                          f"{NASDAQ}<br/>{NASDAQ}") == [
        ("Common Stock", "META", NASDAQ), ("Preferred Stock Purchase Rights", None, NASDAQ)]


def test_dagger_after_a_stacked_title_still_splits() -> None:
    assert meta_with_row("Common Stock\u2020<br/>Preferred Stock Purchase Rights",
                          "META<br/>N/A", f"{NASDAQ}<br/>{NASDAQ}") == [
        ("Common Stock", "META", NASDAQ), ("Preferred Stock Purchase Rights", None, NASDAQ)]


def test_nyse_stacked_over_chicago_stock_exchange() -> None:
    # Meta's row edited to one class listed on two exchanges, "NYSE" over "Chicago Stock
    # Exchange" in one cell: read as one exchange "NYSE Chicago Stock Exchange"
    assert meta_with_row("Common Stock", "META", "NYSE<br/>Chicago Stock Exchange") == [
        ("Common Stock", "META", "NYSE"), ("Common Stock", "META", "Chicago Stock Exchange")]


def test_nyse_market_loosely_named_stays_one_exchange() -> None:
    # "NYSE American Stock Exchange", a filer's loose name of NYSE American: one exchange
    assert meta_with_row("Common Stock", "META", "NYSE American Stock Exchange") == [
        ("Common Stock", "META", "NYSE American Stock Exchange")]


def test_nyse_american_stacked_over_toronto_stock_exchange() -> None:
    # Meta's row edited as a Canadian miner prints its one class on two exchanges, "NYSE
    # American" over "Toronto Stock Exchange": read as one exchange "NYSE American Toronto
    # Stock Exchange"
    assert meta_with_row("Common Shares", "META",
                          "NYSE American<br/>Toronto Stock Exchange") == [
        ("Common Shares", "META", "NYSE American"),
        ("Common Shares", "META", "Toronto Stock Exchange")]


def test_nasdaq_tier_stacked_over_tel_aviv_stock_exchange() -> None:
    # an Israeli issuer's "Nasdaq Global Market" over "Tel Aviv Stock Exchange" (a town of two
    # words)
    assert meta_with_row("Ordinary Shares", "META",
                          "Nasdaq Global Market<br/>Tel Aviv Stock Exchange") == [
        ("Ordinary Shares", "META", "Nasdaq Global Market"),
        ("Ordinary Shares", "META", "Tel Aviv Stock Exchange")]


def test_toronto_by_its_brand_stacked_with_nyse() -> None:
    # Meta's row edited to a Canadian filer's one class listed in New York and Toronto, the
    # exchanges stacked in one cell and Toronto's printed as its brand "TSX" (with a symbol
    # for each, or one) were read as one name, "NYSE TSX" / "TSX New York Stock Exchange"
    assert meta_with_row("Common Shares", "META", "NYSE<br/>TSX") == [
        ("Common Shares", "META", "NYSE"), ("Common Shares", "META", "TSX")]
    assert meta_with_row("Common Shares", "META<br/>MT", "TSX<br/>New York Stock Exchange") == [
        ("Common Shares", "META", "TSX"), ("Common Shares", "MT", "New York Stock Exchange")]
    assert meta_with_row("Common Shares", "META", "NYSE<br/>TSX Venture Exchange") == [
        ("Common Shares", "META", "NYSE"), ("Common Shares", "META", "TSX Venture Exchange")]
    # (one exchange stays whole)
    assert meta_with_row("Common Shares", "META", "TSX Venture Exchange") == [
        ("Common Shares", "META", "TSX Venture Exchange")]
