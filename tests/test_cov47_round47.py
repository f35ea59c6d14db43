"""Cover page, round 47: 12(b) tables whose cells stack several lines (run into one line once
rendered), and a registrant's two Commission file numbers in one place.

The HTML tests read Meta Platforms' 2025 8-K (a corpus filing) with its iXBRL tags taken out
(an HTML cover of 2019-2020, before the inline tags) and its one 12(b) row replaced by the
row said in each test, as other filers print theirs; the text tests read the CTC
Communications sample 8-K with the file number line edited.
"""

from __future__ import annotations

from support import NASDAQ, SAMPLES, meta_body, meta_with_row, text_record


def test_meta_row_read_as_printed() -> None:
    assert meta_with_row("Class A Common Stock, $0.000006 par value", "META", NASDAQ) == [
        ("Class A Common Stock, $0.000006 par value", "META", NASDAQ)]


def test_stacked_rights_stay_one_class() -> None:
    # "Common Stock<br/>Preferred Stock Purchase Rights", two symbols and the exchange twice
    # (a rights plan's class under the common stock): "Purchase Rights" was cut as a third
    # title, so nothing was split
    assert meta_with_row("Common Stock<br/>Preferred Stock Purchase Rights", "META<br/>N/A",
                          f"{NASDAQ}<br/>{NASDAQ}") == [
        ("Common Stock", "META", NASDAQ), ("Preferred Stock Purchase Rights", None, NASDAQ)]


def test_stacked_spac_units_shares_and_warrants() -> None:
    # a SPAC's three classes stacked in one row, NYSE's "ACME WS" for the warrants: "one
    # redeemable warrant" cut a title at "Warrant", and the symbols did not group
    units = ("Units, each consisting of one share of Class A common stock and one-half of one "
             "redeemable warrant")
    shares = "Class A common stock, par value $0.0001 per share"
    warrants = ("Redeemable warrants, each whole warrant exercisable for one share of Class A "
                "common stock at an exercise price of $11.50")
    assert meta_with_row(f"{units}<br/>{shares}<br/>{warrants}", "META U<br/>META<br/>META WS",
                          "NYSE<br/>NYSE<br/>NYSE") == [
        (units, "META U", "NYSE"), (shares, "META", "NYSE"), (warrants, "META WS", "NYSE")]
    # (the warrants "to purchase Common Stock": one title)
    assert meta_with_row("Common Stock, $0.001 par value<br/>Warrants to purchase Common Stock",
                          "META<br/>METAW", f"{NASDAQ}<br/>{NASDAQ}") == [
        ("Common Stock, $0.001 par value", "META", NASDAQ),
        ("Warrants to purchase Common Stock", "METAW", NASDAQ)]


def test_one_class_on_two_exchanges_with_a_symbol_each() -> None:
    # a Canadian issuer's common shares on the NYSE and the TSX, the symbol printed for each
    assert meta_with_row("Common Shares, no par value", "META<br/>META",
                          "New York Stock Exchange<br/>Toronto Stock Exchange") == [
        ("Common Shares, no par value", "META", "New York Stock Exchange"),
        ("Common Shares, no par value", "META", "Toronto Stock Exchange")]


def test_second_exchange_after_a_brand_alone() -> None:
    # 2025's dual listings on NYSE Texas, the first exchange printed as its brand or tier
    for first in ("NYSE", "Nasdaq Global Select Market", "NYSE Arca"):
        assert meta_with_row("Common Stock", "META", f"{first}<br/>NYSE Texas, Inc.") == [
            ("Common Stock", "META", first), ("Common Stock", "META", "NYSE Texas, Inc.")]
    assert meta_with_row("Ordinary Shares", "META", "New York Stock Exchange<br/>London Stock "
                          "Exchange<br/>Euronext Amsterdam") == [
        ("Ordinary Shares", "META", "New York Stock Exchange"),
        ("Ordinary Shares", "META", "London Stock Exchange"),
        ("Ordinary Shares", "META", "Euronext Amsterdam")]
    # (one name kept whole)
    assert meta_with_row("Common Stock", "META", "The Nasdaq Stock Market LLC") == [
        ("Common Stock", "META", NASDAQ)]


def _meta_file_number(number: str) -> str | None:
    body = meta_body().replace(">001-35551<", f">{number}<")
    record = text_record("<html><head><title>8-K</title></head>" + body, "meta.htm")
    return record["registrants"][0]["commission_file_number"]


_CTC = next(SAMPLES.glob("000_*.txt")).read_text(encoding="utf-8")


def _ctc_file_number(number: str) -> str | None:
    text = _CTC.replace("0-27505  ", f"{number}  ", 1)
    return text_record(text, "ctc.txt")["registrants"][0]["commission_file_number"]


def test_two_file_numbers_give_the_first() -> None:
    # a registrant with an Exchange Act and a Securities Act number: the pair was kept whole
    # ("001-35551 333-123456", stacked in the cell) or dropped (a comma)
    assert _meta_file_number("001-35551<br/>333-123456") == "001-35551"
    assert _meta_file_number("001-35551 and 333-123456") == "001-35551"
    assert _ctc_file_number("0-27505, 333-12345") == "0-27505"
    assert _ctc_file_number("0-27505/333-1234") == "0-27505"
    assert _ctc_file_number("0-27505") == "0-27505"


def test_phone_typed_with_a_spaced_hyphen() -> None:
    # the CTC sample's "(781) 466-8080" typed as typewriters spaced it: was no phone at all
    def phone(number: str) -> str | None:
        text = _CTC.replace("(781) 466-8080", number, 1)
        return text_record(text, "ctc.txt")["registrants"][0]["phone"]

    assert phone("(781) 466 - 8080") == "(781) 466-8080"
    assert phone("781 - 466 - 8080") == "781-466-8080"
    assert phone("(781) 466-8080") == "(781) 466-8080"
