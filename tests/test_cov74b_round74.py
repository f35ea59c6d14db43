"""Cover page, round 74b: the Section 12(b) table as other filers print it.

- Symbols listed in one cell with a comma, semicolon or slash ("META, META.WS", "META /
  METAW") beside as many classes, stacked in the title's cell or parted there by a slash,
  are a row each: the symbol "META," kept its comma, or the two classes ran into one.
- A unit's title naming its "redeemable Warrant" in capitals is one class, not cut before
  the warrant, so a SPAC's three stacked classes (units, shares, warrants) part.
- A first class's title wrapped over a row of its own, its symbol and exchange beside its
  last words opening in lower case ("Depositary Shares, each representing a 1/1,000th" /
  "interest in a share of ..."), is one class, not two.

Never: one class beside a list of symbols stays one row as printed; "N/A" and "BRK/B" are
no list; "None" / "N/A" rows list nothing.

The cover is Meta Platforms' 2025 8-K (a corpus filing) with its iXBRL tags taken out, as the
12(b) rounds re-type its one row (support.meta_with_row); the text table is typed under the
CTC Communications sample's cover (sample 000).
"""

from __future__ import annotations

from test_cov72b_round72 import _NYSE

from support import (
    _META_ROW,
    CTC_SAMPLE,
    NASDAQ,
    _meta_cell,
    meta_body,
    meta_with_row,
    text_record,
)

_META = "Class A Common Stock, $0.000006 par value"


def _rows(*rows: tuple[str, str, str]) -> list[tuple]:
    """The securities read from Meta's cover with its 12(b) row replaced by `rows`."""
    gap = '<td colspan="3" style="padding:0 1pt"/>'
    html = "".join(f"<tr>{_meta_cell(t)}{gap}{_meta_cell(s)}{gap}{_meta_cell(e)}</tr>"
                   for t, s, e in rows)
    record = text_record("<html><head><title>8-K</title></head>"
                         + _META_ROW.sub(lambda _: html, meta_body(), count=1), "meta.htm")
    return [(s["title"], s["trading_symbol"], s["exchange"]) for s in record["securities"]]


def test_symbols_listed_with_a_comma_beside_stacked_classes() -> None:
    assert meta_with_row(f"{_META}<br/>Warrants", "META, META.WS", _NYSE) == [
        (_META, "META", _NYSE), ("Warrants", "META.WS", _NYSE)]
    # the exchange stacked too, once a class
    assert meta_with_row(f"{_META}<br/>Warrants", "META, META.WS", f"{_NYSE}<br/>{_NYSE}") == [
        (_META, "META", _NYSE), ("Warrants", "META.WS", _NYSE)]


def test_symbols_parted_by_a_slash_or_semicolon_beside_stacked_classes() -> None:
    assert meta_with_row(f"{_META}<br/>Warrants", "META / METAW", NASDAQ) == [
        (_META, "META", NASDAQ), ("Warrants", "METAW", NASDAQ)]
    assert meta_with_row(f"{_META}<br/>Warrants", "META/METAW", NASDAQ) == [
        (_META, "META", NASDAQ), ("Warrants", "METAW", NASDAQ)]
    assert meta_with_row(f"{_META}<br/>Warrants", "META; METAW", NASDAQ) == [
        (_META, "META", NASDAQ), ("Warrants", "METAW", NASDAQ)]


def test_symbols_listed_with_a_comma_beside_slashed_classes() -> None:
    assert meta_with_row("Common Stock / Warrants", "META, METAW", NASDAQ) == [
        ("Common Stock", "META", NASDAQ), ("Warrants", "METAW", NASDAQ)]


def test_a_preferred_series_symbol_in_the_list() -> None:
    assert meta_with_row(f"{_META}<br/>Series A Preferred Stock", "META, META PRA", _NYSE) == [
        (_META, "META", _NYSE), ("Series A Preferred Stock", "META PRA", _NYSE)]


def test_units_naming_a_redeemable_warrant_in_capitals() -> None:
    units = ("Units, each consisting of one share of Class A Common Stock and one-half of one "
             "redeemable Warrant")
    assert meta_with_row(f"{units}<br/>Class A Common Stock<br/>Warrants",
                         "METAU<br/>META<br/>METAW", NASDAQ) == [
        (units, "METAU", NASDAQ), ("Class A Common Stock", "META", NASDAQ),
        ("Warrants", "METAW", NASDAQ)]
    assert meta_with_row(f"{units}<br/>Class A Common Stock<br/>Warrants",
                         "METAU, META, METAW", NASDAQ) == [
        (units, "METAU", NASDAQ), ("Class A Common Stock", "META", NASDAQ),
        ("Warrants", "METAW", NASDAQ)]


def test_first_title_wrapped_over_a_row_of_its_own() -> None:
    depositary = "Depositary Shares, each representing a 1/1,000th"
    rest = "interest in a share of 5.875% Series A Preferred Stock"
    assert _rows((depositary, "", ""), (rest, "META PrA", _NYSE)) == [
        (f"{depositary} {rest}", "META PrA", _NYSE)]
    assert _rows(("Class A Common Stock, par value $0.000006", "", ""),
                 ("per share", "META", NASDAQ)) == [
        ("Class A Common Stock, par value $0.000006 per share", "META", NASDAQ)]


def test_wrapped_title_neighbours_unchanged() -> None:
    depositary = "Depositary Shares, each representing a 1/1,000th"
    rest = "interest in a share of 5.875% Series A Preferred Stock"
    # the symbol beside the first line: one class as before
    assert _rows((depositary, "META PrA", _NYSE), (rest, "", "")) == [
        (f"{depositary} {rest}", "META PrA", _NYSE)]
    # a class after a whole one, wrapped the same way: its own row as before
    assert _rows((_META, "META", NASDAQ), (depositary, "", ""), (rest, "META PrA", _NYSE)) == [
        (_META, "META", NASDAQ), (f"{depositary} {rest}", "META PrA", _NYSE)]
    # a capitalised class under a title alone is no wrap of it
    assert _rows((_META, "META", NASDAQ), ("Warrants", "METAW", NASDAQ)) == [
        (_META, "META", NASDAQ), ("Warrants", "METAW", NASDAQ)]


def test_one_class_beside_a_list_stays_as_printed() -> None:
    assert meta_with_row(_META, "META, META.WS", _NYSE) == [(_META, "META, META.WS", _NYSE)]
    # "N/A" and a class symbol with a slash are no list of two
    assert meta_with_row(f"{_META}<br/>Warrants", "N/A", NASDAQ) == [
        (f"{_META} Warrants", None, NASDAQ)]
    assert meta_with_row("Class B Common Stock<br/>Class A Common Stock", "BRK/B", _NYSE) == [
        ("Class B Common Stock Class A Common Stock", "BRK/B", _NYSE)]


def test_none_rows_list_nothing() -> None:
    assert meta_with_row("None", "N/A", "N/A") == []
    assert meta_with_row("Not applicable", "Not applicable", "Not applicable") == []
    assert _rows((_META, "META", NASDAQ), ("None", "N/A", "N/A")) == [(_META, "META", NASDAQ)]
    assert _rows(("None", "N/A", "N/A"), (_META, "META", NASDAQ)) == [(_META, "META", NASDAQ)]


_HEAD = ("Title of each class              Trading Symbol(s)    "
         "Name of each exchange on which registered\n")


def _typed(table: str) -> list[tuple]:
    """The securities of a 12(b) table typed in text under the CTC sample's cover."""
    anchor = "report)\n"
    assert anchor in CTC_SAMPLE
    text = CTC_SAMPLE.replace(anchor, anchor + "\nSecurities registered pursuant to Section "
                              "12(b) of the Act:\n\n" + _HEAD + table + "\n\n", 1)
    return [(s["title"], s["trading_symbol"], s["exchange"])
            for s in text_record(text)["securities"]]


def test_text_first_title_wrapped_at_the_edge_after_an_open_word() -> None:
    assert _typed("Depositary Shares, each representing a\n"
                  "1/1,000th interest in a share of\n"
                  "5.875% Series A Preferred Stock  CTCG PrA             New York Stock Exchange\n"
                  ) == [("Depositary Shares, each representing a 1/1,000th interest in a share of "
                         "5.875% Series A Preferred Stock", "CTCG PrA", _NYSE)]


def test_text_slashed_classes_with_listed_symbols() -> None:
    assert _typed("Common Stock / Warrants          CTCG, CTCGW          "
                  "The Nasdaq Stock Market LLC\n") == [
        ("Common Stock", "CTCG", NASDAQ), ("Warrants", "CTCGW", NASDAQ)]


def test_text_neighbours_unchanged() -> None:
    # the same title indented under a whole class: one class as before
    assert _typed("Common Stock                     CTCG                 "
                  "The Nasdaq Stock Market LLC\n"
                  "Depositary Shares, each representing a\n"
                  "  1/1,000th interest in a share of\n"
                  "  5.875% Series A Preferred Stock  CTCG PrA           New York Stock Exchange\n"
                  ) == [("Common Stock", "CTCG", NASDAQ),
                        ("Depositary Shares, each representing a 1/1,000th interest in a share of "
                         "5.875% Series A Preferred Stock", "CTCG PrA", _NYSE)]
    assert _typed("None                             N/A                  N/A\n") == []
