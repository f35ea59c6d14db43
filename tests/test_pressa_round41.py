"""Press releases (round 41): one listing named twice, once with the market's tier
("NASDAQ National Market: PSEM" in the dateline, "NASDAQ: PSEM" in the About paragraph), is
one ticker; the same symbol on two markets ("TSX: NPP", "NYSE: NPP", round 39) stays two."""

from __future__ import annotations

from support import FILING_FILES, filing


def test_dateline_tier_and_about_short_name_are_one_listing() -> None:
    # 8k_2005_pericomsemiconductorco_10.txt: "[NASDAQ National Market: PSEM]" opens the
    # release, "Pericom Semiconductor Corporation (NASDAQ: PSEM) offers ..." is its About
    # (was: both listed, PSEM twice)
    rel = filing("8k_2005_pericomsemiconductorco_10.txt")["press_releases"][0]
    assert rel["tickers"] == [{"exchange": "NASDAQ National Market", "symbol": "PSEM"}]


def test_no_corpus_release_lists_a_symbol_twice_on_one_market() -> None:
    # the Nasdaq spellings of the corpus: "NASDAQ NM", "Nasdaq-NNM", "NASDAQ/NMS",
    # "NASDAQ GS", "Nasdaq": one market, each symbol once
    for path in FILING_FILES:
        if not path.name.startswith("8k_"):
            continue
        for rel in filing(path.name)["press_releases"]:
            markets = [(t["exchange"].upper()[:4], t["symbol"]) for t in rel["tickers"]]
            assert len(markets) == len(set(markets)), (path.name, rel["tickers"])
