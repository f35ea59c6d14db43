"""Press releases (round 43): shapes real releases print, each edited into a real corpus
filing: a date line set over the dateline, a "FROM:" issuer line over the headline, a
letterhead's listing lines ("Stock Symbol: ACM (NYSE)", "Listed:" / "Symbol:", a listing
under "FOR IMMEDIATE RELEASE"), and a contact table whose columns print each person's
department under the name.
"""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from filing2json.parsers.sections.press_contacts import contacts_in
from filing2json.parsers.sections.press_tickers import find_tickers
from support import FILINGS

_APPLE = "8k_1999_applecomputerinc_1.txt"
_APPLE_HEAD = "           Apple Reaches Settlement of Shareholder Derivative Action"
_APPLE_DATELINE = "CUPERTINO, California -- September 3, 1999 -- Apple today"


def _edited(name: str, old: str, new: str) -> dict[str, Any]:
    """The first release of corpus filing ``name`` with ``old`` printed as ``new``."""
    raw = (FILINGS / name).read_bytes().decode("latin-1")
    assert old in raw
    return parse(raw.replace(old, new, 1).encode("latin-1"), name)["press_releases"][0]


def test_date_line_right_over_the_dateline_dates_it() -> None:
    # 8k_1999_applecomputerinc_1.txt with its dateline's date set on a line of its own above
    # the city line, as typed releases print it (was: dateline date null)
    rel = _edited(_APPLE, _APPLE_DATELINE,
                  "                                    September 3, 1999\n\n"
                  "CUPERTINO, California -- Apple today")
    assert rel["headline"] == "Apple Reaches Settlement of Shareholder Derivative Action"
    assert rel["dateline"] == {"city": "CUPERTINO", "state": "California", "date": "1999-09-03"}


def test_date_line_over_the_headline_is_the_release_date_only() -> None:
    # the same with the date over the headline: the headline stands between, so the
    # dateline prints no date of its own; the date line dates the release
    raw = (FILINGS / _APPLE).read_bytes().decode("latin-1")
    raw = raw.replace(_APPLE_DATELINE, "CUPERTINO, California -- Apple today", 1)
    raw = raw.replace(_APPLE_HEAD, "          September 3, 1999\n\n" + _APPLE_HEAD, 1)
    rel = parse(raw.encode("latin-1"), _APPLE)["press_releases"][0]
    assert rel["date"] == "1999-09-03"
    assert rel["dateline"] == {"city": "CUPERTINO", "state": "California", "date": None}


def test_from_line_over_the_headline_is_no_headline() -> None:
    # 8k_1999_applecomputerinc_1.txt with the issuer's line 1990s-2000s releases print over
    # the headline (was: headline "FROM: Apple Computer, Inc.", the real one a subheadline)
    for line in ("FROM: Apple Computer, Inc.\n\n", "From: Apple Computer, Inc.\n"):
        rel = _edited(_APPLE, _APPLE_HEAD, line + _APPLE_HEAD)
        assert rel["headline"] == "Apple Reaches Settlement of Shareholder Derivative Action"
        assert rel["subheadlines"] == []


def test_listing_under_a_release_label_is_read() -> None:
    # 8k_1999_applecomputerinc_1.txt with a letterhead's listing under "FOR IMMEDIATE
    # RELEASE": "RELEASE" ends in "ASE", an exchange, which hid the listing (was: no ticker)
    for listing in ("NASDAQ: AAPL", "Nasdaq Symbol: AAPL"):
        rel = _edited(_APPLE, _APPLE_HEAD,
                      f"FOR IMMEDIATE RELEASE\n{listing}\n\n{_APPLE_HEAD}")
        assert rel["tickers"] == [{"exchange": listing.split()[0].rstrip(":"),
                                   "symbol": "AAPL"}]
        assert rel["headline"] == "Apple Reaches Settlement of Shareholder Derivative Action"


def test_symbol_before_its_exchange() -> None:
    # 8k_1999_applecomputerinc_1.txt with a letterhead printing the symbol first (was: no
    # ticker, and "Stock Symbol: AAPL (Nasdaq)" or "Listed: NASDAQ Symbol: AAPL" the headline)
    for listing, exchange in (("Stock Symbol: AAPL (Nasdaq)", "Nasdaq"),
                              ("Ticker Symbol: AAPL (Nasdaq National Market)",
                               "Nasdaq National Market"),
                              ("Listed: NASDAQ\nSymbol: AAPL", "NASDAQ")):
        rel = _edited(_APPLE, _APPLE_HEAD, f"FOR IMMEDIATE RELEASE\n{listing}\n\n{_APPLE_HEAD}")
        assert rel["headline"] == "Apple Reaches Settlement of Shareholder Derivative Action"
        assert rel["subheadlines"] == []
        assert rel["tickers"] == [{"exchange": exchange, "symbol": "AAPL"}]


def test_symbol_first_listings_in_text() -> None:
    # letterhead lines of 1990s-2000s releases (symbols as Pericom 2005 and Apple print them)
    assert find_tickers("Stock Symbol: PSEM   Listed: Nasdaq\n") == [
        {"exchange": "Nasdaq", "symbol": "PSEM"}]
    assert find_tickers("Symbol: ACM\nExchange: NYSE\n") == [{"exchange": "NYSE", "symbol": "ACM"}]
    # "Traded: NYSE / Symbol: ACM" (was: exchange "NYSE /")
    assert find_tickers("Traded: NYSE / Symbol: ACM\n") == [{"exchange": "NYSE", "symbol": "ACM"}]
    # a symbol alone names no exchange
    assert find_tickers("Ticker Symbol: AAPL\n") == []


_ORACLE = "8k_2019_oraclecorp_1.txt"
_ORACLE_ROW = ('<TD VALIGN="top">Oracle&nbsp;Investor&nbsp;Relations'
               + "&nbsp;" * 20 + "</TD>\n"
               '<TD VALIGN="bottom">&nbsp;&nbsp;</TD>\n'
               '<TD VALIGN="top">Oracle&nbsp;Corporate&nbsp;Communications</TD></TR>')


def test_department_under_each_name_in_a_contact_table() -> None:
    # 8k_2019_oraclecorp_1.txt's contact table ("Contact: | Ken Bond | Deborah Hellinger"
    # over rows of firm, phone, e-mail) with the firm row printed as each one's department
    # over a row "Oracle Corporation" (was: two nameless contacts beside two bare names)
    row = ('<TD VALIGN="top">Investor&nbsp;Relations</TD>\n'
           '<TD VALIGN="bottom">&nbsp;&nbsp;</TD>\n'
           '<TD VALIGN="top">Media&nbsp;Relations</TD></TR>\n'
           '<TR><TD VALIGN="top"></TD>\n<TD VALIGN="bottom">&nbsp;&nbsp;</TD>\n'
           '<TD VALIGN="top">Oracle&nbsp;Corporation</TD>\n'
           '<TD VALIGN="bottom">&nbsp;&nbsp;</TD>\n'
           '<TD VALIGN="top">Oracle&nbsp;Corporation</TD></TR>')
    rel = _edited(_ORACLE, _ORACLE_ROW, row)
    assert [(c["name"], c["role"], c["organization"], c["phone"], c["email"])
            for c in rel["contacts"]] == [
        ("Ken Bond", "Investor Relations", "Oracle Corporation", "1.650.607.0349",
         "ken.bond@oracle.com"),
        ("Deborah Hellinger", "Media Relations", "Oracle Corporation", "1.212.508.7935",
         "deborah.hellinger@oracle.com"),
    ]


def test_group_headings_between_people_stay_headings() -> None:
    # 8k_2019_oraclecorp_1.txt's two contacts stacked under group headings: a heading under
    # a name with a person named under it heads the next group, no job of the name above
    found = contacts_in(["Investor Contact:", "Ken Bond", "Media Contact:",
                         "Deborah Hellinger", "1.212.508.7935"])
    assert [(c["name"], c["role"]) for c in found] == [
        ("Ken Bond", "Investor Contact"), ("Deborah Hellinger", "Media Contact")]
