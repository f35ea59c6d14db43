"""Press releases (round 42): an exchange written out in prose ("traded on the New York Stock
Exchange under the symbol "ACM"") and its short name in a bracket ("(NYSE: ACM)") are one
listing; "under the ticker "ACME"" names a symbol as "under the symbol" does; a speaker's name
run into a firm's ("J. Nelson Westell Inc., President and COO") gives the firm to the role."""

from __future__ import annotations

import pytest

from filing2json.parsers.sections.press_quotes import parse_who
from filing2json.parsers.sections.press_tickers import find_tickers
from support import filing


def _listed(text: str) -> list[tuple[str, str]]:
    return [(t["exchange"], t["symbol"]) for t in find_tickers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dateline's bracket, then the About paragraph's prose (was: NYSE and New York
        # Stock Exchange, the one listing twice)
        ('Acme Corp. (NYSE: ACM) today reported ...\n\nAcme\'s common stock is traded on the '
         'New York Stock Exchange under the symbol "ACM".', [("NYSE", "ACM")]),
        ("Axr Inc. (AMEX: AXR) today ...\n\nIts shares trade on the American Stock Exchange "
         "under the symbol AXR.", [("AMEX", "AXR")]),
        # Nasdaq's tier run into its name is still Nasdaq
        ("Horizon Financial Corp. (NasdaqGS: HRZB) today ... Horizon Financial Corp. (Nasdaq: "
         "HRZB) is", [("NasdaqGS", "HRZB")]),
        # another market is another listing
        ("Acme Corp. (TSX: ACM) today ...\n\nAcme trades on the New York Stock Exchange under "
         "the symbol ACM.", [("TSX", "ACM"), ("New York Stock Exchange", "ACM")]),
    ],
)
def test_a_listing_named_in_prose_and_in_brackets_is_one(text: str, expected: list) -> None:
    assert _listed(text) == expected


def test_under_the_ticker_names_a_symbol() -> None:
    # the About paragraph's "under the ticker" (was: no ticker read)
    text = ('Acme Biotech\'s shares trade on the NASDAQ Global Market under the ticker "ACMB".')
    assert _listed(text) == [("NASDAQ Global Market", "ACMB")]
    # a lower-case word after "ticker" is prose, no symbol
    assert _listed("Acme trades on the Nasdaq under the ticker symbol acme.") == []


def test_westell_speaker_run_into_the_firm_gives_the_role_its_firm() -> None:
    # 8k_1999_westelltechnologiesinc_3.txt: 'J. Nelson Westell Inc.,  President and COO,
    # remarked "Both Teltrend and Westell ..."' (was: role "President and COO")
    quotes = filing("8k_1999_westelltechnologiesinc_3.txt")["press_releases"][0]["quotes"]
    assert [(q["speaker"], q["role"]) for q in quotes] == [
        ("Marc Zionts", "Chief Executive Officer of Westell"),
        ("J. Nelson", "Westell Inc. President and COO"),
        ("Howard Kirby", "Chairman and Chief Executive Officer of Teltrend"),
    ]


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        ("J. Nelson Westell Inc.,  President and COO",
         ("J. Nelson", "Westell Inc. President and COO")),
        # the Westell shape with a firm of two words (Horizon Financial 2008's CEO): the
        # firm's noun is no part of the name (was: "Rich Jacobson Horizon")
        ("Rich Jacobson Horizon Financial Corp., Chief Executive Officer",
         ("Rich Jacobson", "Horizon Financial Corp. Chief Executive Officer")),
        # a role naming its own firm is kept as printed
        ("J. Nelson Westell Inc., President of Westell", ("J. Nelson", "President of Westell")),
    ],
)
def test_name_run_into_firm(who: str, expected: tuple[str, str]) -> None:
    assert parse_who(who) == expected
