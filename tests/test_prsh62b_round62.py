"""Press-release heads of round 62b: a regional's listing after the classes of the listing
before it ("(NYSE: ACM, ACMW; PCX; ACM)"), and a dateline whose date bullets frame
("HOFFMAN ESTATES, Ill. \u2022 July 22, 2004 \u2022").

The tests edit Pericom Semiconductor's EX-99.1 of April 2005 (corpus
8k_2005_pericomsemiconductorco_4.txt, round 62's edits) into the shapes other filers print;
the bullets are typed as a cp1252 text types them, byte 0x95."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from test_prsh62_round62 import DATELINE, HEADLINE, LISTING, _release, _ticker

from filing2json.parsers.sections.press_dateline import find_dateline
from filing2json.parsers.sections.press_tickers import find_tickers


@pytest.mark.parametrize("listing, tickers", [
    # (was: "PCX" read as a third symbol of the Nasdaq's, and the PCX listing lost)
    ("Corporation (Nasdaq: PSEM, PSEMW; PCX; PSEM) today",
     [_ticker("Nasdaq", "PSEM"), _ticker("Nasdaq", "PSEMW"), _ticker("PCX", "PSEM")]),
    ("Corporation (Nasdaq: PSEM, PSEMW, PSEMZ; PCX; PSEM) today",
     [_ticker("Nasdaq", "PSEM"), _ticker("Nasdaq", "PSEMW"), _ticker("Nasdaq", "PSEMZ"),
      _ticker("PCX", "PSEM")]),
])
def test_listing_after_the_classes_of_the_one_before(listing: str,
                                                      tickers: list[dict[str, str]]) -> None:
    # Pericom's listing in its dateline edited: a second class, then a regional's listing
    assert _release({LISTING: listing})["tickers"] == tickers


def test_classes_stay_the_issuers() -> None:
    # the PCX's listing ends the NYSE's classes (was: "PCX" read as the NYSE's); with no
    # listing after the classes, each is still the first exchange's
    assert find_tickers("Acme (NYSE: ACM, ACMW; PCX; ACM) today") == [
        _ticker("NYSE", "ACM"), _ticker("NYSE", "ACMW"), _ticker("PCX", "ACM")]
    assert find_tickers("Acme (NYSE: ACM, ACMW; ACMZ) today") == [
        _ticker("NYSE", "ACM"), _ticker("NYSE", "ACMW"), _ticker("NYSE", "ACMZ")]
    assert find_tickers("Acme (NYSE: ACM, ACMW, ACMZ) today") == [
        _ticker("NYSE", "ACM"), _ticker("NYSE", "ACMW"), _ticker("NYSE", "ACMZ")]


@pytest.mark.parametrize("dateline, state", [
    ("     SAN JOSE, Calif. \x95 April 21, 2005 \x95 Pericom Semiconductor\n", "Calif."),
    ("     SAN JOSE \x95 April 21, 2005 \x95 Pericom Semiconductor\n", None),
    # the line ending at the last bullet, the announcement below it
    ("     SAN JOSE, Calif. \x95 April 21, 2005 \x95\nPericom Semiconductor\n", "Calif."),
    # a comma before the date, a bullet after it
    ("     SAN JOSE, Calif., April 21, 2005 \x95 Pericom Semiconductor\n", "Calif."),
])
def test_date_framed_by_bullets(dateline: str, state: str | None) -> None:
    # Pericom's dateline edited: its date framed by bullets (was: no dateline)
    release = _release({DATELINE: dateline})
    assert release["dateline"] == {"city": "SAN JOSE", "state": state, "date": "2005-04-21"}
    assert release["headline"] == HEADLINE


def test_bullet_frame_needs_its_own_close() -> None:
    # a bullet then a pipe frames nothing; two bullets do
    line = "CHICAGO \u2022 April 21, 2005 | Pericom Corp. today announced results."
    assert find_dateline(line) is None
    assert find_dateline(line.replace("|", "\u2022"))[1]["date"] == "2005-04-21"


@pytest.mark.parametrize("read, trigger, times", [
    (find_dateline, "CHICAGO \u2022 July 22, 2004 \u2022 ", 8000),
    (find_tickers, "(NYSE: ACM, ACMW, ACMX; PCX; ACM) ", 6000),
    (find_tickers, "(NYSE: ACM" + ", ACMW" * 40000, 1),  # (classes passed a few at most)
])
def test_new_patterns_linear(read: Callable[[str], object], trigger: str, times: int) -> None:
    # ~200 KB of each new rule's trigger
    started = time.process_time()
    read(trigger * times)
    assert time.process_time() - started < 5
