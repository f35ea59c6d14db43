"""Round 58 (adr): classes stacked in the title and symbol cells of one 12(b) row, over one
exchange, are a row each.

Meta Platforms' 2025 8-K (a corpus filing) with its 12(b) row re-typed as SPACs and issuers
of warrants print theirs: each class a line of one cell (<br>), its symbol a line of the next,
and the one exchange (maybe over its market tier) once for all.
"""

from __future__ import annotations

from support import NASDAQ, meta_with_row

_TITLE = "Class A Common Stock, $0.000006 par value"


def test_two_classes_over_one_exchange_are_two_rows() -> None:
    assert meta_with_row(f"{_TITLE}<br>Warrants", "META<br>METAW", NASDAQ) == [
        (_TITLE, "META", NASDAQ), ("Warrants", "METAW", NASDAQ)]
    # one symbol with NYSE's suffix is no second symbol: the row stays whole
    assert meta_with_row(f"{_TITLE}<br>Warrants", "META WS", NASDAQ) == [
        (f"{_TITLE} Warrants", "META WS", NASDAQ)]


def test_classes_over_one_exchange_and_its_tier_share_both() -> None:
    exchange = f"{NASDAQ} Nasdaq Global Select Market"
    units = ("Units, each consisting of one share of Class A Common Stock and one-half of one"
             " Warrant")
    warrants = ("Warrants, each whole warrant exercisable for one share of Class A Common"
                " Stock at an exercise price of $11.50")
    assert meta_with_row(f"{units}<br>{_TITLE}<br>{warrants}", "METAU<br>META<br>METAW",
                         f"{NASDAQ}<br>Nasdaq Global Select Market") == [
        (units, "METAU", exchange), (_TITLE, "META", exchange), (warrants, "METAW", exchange)]
