"""Press-release heads of round 57: a dateline's place typed on a line of its own over the
date ("SAN JOSE" / "April 21, 2005 /PRNewswire-FirstCall/ --"), or its date in brackets
before a wire's credit ("SAN JOSE, Calif. (April 21, 2005) /PRNewswire-FirstCall/ --"); a
note that the tables follow ("- See Attached Tables -") and more continuation marks ("...
more ...", "-more", "(continued on next page)", "Page | 2") out of the body; listings typed
in lower case ("(nasdaq:psem)") and a letterhead's exchanges sharing one symbol ("NYSE and
TSX: PSEM"); a typed headline whose line after a blank one opens with a joining word ("AND
NINE MONTHS NET INCOME")."""

from __future__ import annotations

import time
from typing import Any

from filing2json.parsers.sections.press_release import parse_press_release
from filing2json.parsers.sections.press_tickers import find_tickers
from support import FILINGS, edited_record

# Pericom Semiconductor's EX-99.1 of April 2005 (a corpus filing): its head as filed
PERICOM = "8k_2005_pericomsemiconductorco_4.txt"
HEADLINE = "           PERICOM SEMICONDUCTOR REPORTS FISCAL THIRD QUARTER RESULTS\n"
DATELINE = "     SAN JOSE, Calif., April 21 /PRNewswire-FirstCall/ -- Pericom"
LISTING = "Corporation (Nasdaq: PSEM) today announced"
QUOTE = "     Alex Hui, President and Chief Executive Officer of Pericom said"
ASTA = "8k_2004_astafundinginc_5.txt"  # Asta Funding's EX-99-1 of August 2004
ZURN = "8k_1994_zurnindustriesinc_2.txt"  # Zurn Industries' 8-K of May 1994


def _release(name: str, edit: dict[str, str]) -> dict[str, Any]:
    return edited_record(FILINGS / name, edit)["press_releases"][0]


def test_place_over_date() -> None:
    # Pericom's dateline edited: its place typed alone over the date (a blank line between
    # or none), as releases set in two lines print it; the body opens with the place
    for place, above, state in (("SAN JOSE", "SAN JOSE\n", None),
                                ("SAN JOSE", "SAN JOSE\n\n", None),
                                ("SAN JOSE", "SAN JOSE, Calif.\n", "Calif."),
                                ("San Jose", "San Jose, California\n", "California")):
        dateline = f"     {above}     April 21, 2005 /PRNewswire-FirstCall/ -- Pericom"
        release = _release(PERICOM, {DATELINE: dateline})
        assert release["dateline"] == {"city": place, "state": state, "date": "2005-04-21"}
        assert release["headline"] == HEADLINE.strip() and release["subheadlines"] == []
        assert release["body"].startswith(f"{above.strip()}, April 21, 2005 /PRNewswire")
    # a company's name over the date is no place (its masthead), nor a label
    for above in ("PERICOM SEMICONDUCTOR CORP.", "NEWS", "Results"):
        dateline = f"     {above}\n     April 21, 2005 -- Pericom"
        release = _release(PERICOM, {DATELINE: dateline})
        assert release["dateline"]["city"] is None, above


def test_bracketed_date_before_wire() -> None:
    # Pericom's dateline edited: its date in brackets, the wire's credit after it
    dateline = "     SAN JOSE, Calif. (April 21, 2005) /PRNewswire-FirstCall/ -- Pericom"
    release = _release(PERICOM, {DATELINE: dateline})
    assert release["dateline"] == {"city": "SAN JOSE", "state": "Calif.", "date": "2005-04-21"}
    assert release["headline"] == HEADLINE.strip()


def test_tables_note_and_more_marks_leave_body() -> None:
    # Pericom's release edited: a note that the tables follow (as its November 2005 release
    # prints "- See Attached Tables -") or a continued page's mark between two paragraphs
    plain = _release(PERICOM, {})["body"]
    for note in ("- See Attached Tables -", "(See accompanying tables)", "[Tables to follow]",
                 "-- Financial Tables Follow --", "-more",
                 "... more ...", "(continued on next page)", "Page | 2", "2 | Page"):
        body = _release(PERICOM, {QUOTE: f"                    {note}\n\n{QUOTE}"})["body"]
        assert body == plain, note
    # Zurn's 1994 8-K as filed: "... more ..." between its pages
    body = edited_record(FILINGS / ZURN, {})["press_releases"][0]["body"]
    assert "more ..." not in body and "had been anticipated." in body
    # prose that mentions tables stays
    prose = "     See attached tables for details of the results."
    assert prose.strip() in _release(PERICOM, {QUOTE: f"{prose}\n\n{QUOTE}"})["body"]


def test_lower_case_listing() -> None:
    # Pericom's listing typed in lower case, its exchange or its symbol; the symbol in capitals
    for listing, exchange in (("(nasdaq:psem)", "nasdaq"), ("(nasdaq: PSEM)", "nasdaq"),
                              ("(NASDAQ:psem)", "NASDAQ")):
        release = _release(PERICOM, {LISTING: f"Corporation {listing} today announced"})
        assert release["tickers"] == [{"exchange": exchange, "symbol": "PSEM"}], listing
    # words in brackets after a colon are no listing
    assert find_tickers("Acme (aim: growth) and (note: see) and (nasdaq: the end) today") == []


def test_exchanges_sharing_a_symbol_on_their_line() -> None:
    # Pericom's head edited: a letterhead's listing line above or under the headline, two
    # exchanges sharing the symbol ("NYSE and TSX: PSEM"), is no headline and gives both
    listed = [{"exchange": "NYSE", "symbol": "PSEM"}, {"exchange": "TSX", "symbol": "PSEM"},
              {"exchange": "Nasdaq", "symbol": "PSEM"}]
    for head in (f"           NYSE and TSX: PSEM\n\n{HEADLINE}",
                 f"{HEADLINE}\n           NYSE and TSX: PSEM\n",
                 f"           (NYSE: PSEM)\n\n{HEADLINE}"):
        release = _release(PERICOM, {HEADLINE: head})
        assert release["headline"] == HEADLINE.strip() and release["subheadlines"] == [], head
        if "TSX" in head:
            assert release["tickers"] == listed
    release = _release(PERICOM, {HEADLINE: f"           NYSE American and TSX: PSEM\n{HEADLINE}"})
    assert release["tickers"][:2] == [{"exchange": "NYSE American", "symbol": "PSEM"},
                                      {"exchange": "TSX", "symbol": "PSEM"}]
    # in prose, not opening its line: only the listing the colon closes
    assert find_tickers("Acme Mines Ltd. NYSE and TSX: ABC\n") == [
        {"exchange": "TSX", "symbol": "ABC"}]


def test_capitals_headline_wrapped_after_blank_line() -> None:
    # Asta Funding's headline edited: wrapped before "AND", a blank line between; its
    # subheadline stays one
    headline = "ASTA FUNDING REPORTS RECORD THIRD QUARTER AND NINE MONTHS NET INCOME"
    release = _release(ASTA, {
        headline: "ASTA FUNDING REPORTS RECORD THIRD QUARTER\n\n      AND NINE MONTHS NET INCOME"})
    assert release["headline"] == headline
    assert release["subheadlines"] == ["NET INCOME GROWS OVER 120% IN QUARTER"]
    # Pericom's 2003 headline in title case, wrapped before "and"
    text = "Pericom Semiconductor Reports Fiscal Fourth Quarter and Annual Results"
    release = edited_record(FILINGS / "8k_2003_pericomsemiconductorco_1.txt", {
        text: "Pericom Semiconductor Reports Fiscal Fourth Quarter\n\n    and Annual Results"}
    )["press_releases"][0]
    assert release["headline"] == text and release["subheadlines"] == []
    # a capitals subheadline opening with another word stays one
    release = _release(ASTA, {
        headline: "ASTA FUNDING REPORTS RECORD THIRD QUARTER\n\n      TO HOST CONFERENCE CALL"})
    assert release["headline"] == "ASTA FUNDING REPORTS RECORD THIRD QUARTER"


def test_new_patterns_linear() -> None:
    # pathological inputs of ~200 KB for the new regexes: lower-case listings, the tables
    # note and the continued-page marks on one long line, many place-like lines
    start = time.process_time()
    assert find_tickers("(nasdaq:" * 25_000 + "abc)") == [{"exchange": "nasdaq", "symbol": "ABC"}]
    find_tickers("(nyse: abc " * 20_000)
    find_tickers("NYSE and " * 22_000 + "TSX: ABC")
    body = "\n".join(("- see attached " * 14_000, "... more " * 22_000, "(continued on " * 15_000))
    parse_press_release("Acme Reports Results\n\nHOUSTON, Texas, March 3, 2005 -- Acme Corp. "
                        "today announced results.\n\n" + body, "EX-99.1")
    parse_press_release("LONDON\n" * 20_000 + "March 3, 2005 -- Acme Corp. today announced.",
                        "EX-99.1")
    assert time.process_time() - start < 5.0  # (quadratic: minutes)
