"""Press releases (round 55): the time of release typed on the line below the dateline's date
("WALTHAM, Mass., Aug. 2, 2000" / "8:00 a.m. EDT -- CTC ..."), or the line cut inside it or
after the month's abbreviation ("Aug."), or the place alone above the date; "Background"
over a partner's standing paragraph, which is no About of the issuer's.

The dateline tests edit sample 000 (CTC Communications, August 2000: "WALTHAM, Mass-August 2,
2000-- CTC ...") into the spellings other releases print; the About tests edit Westell
Technologies' December 1999 release (a corpus filing), which prints Teltrend's standing
paragraph above its own, with no heading over either.
"""

from __future__ import annotations

import time

import pytest
from test_prsh45_round45 import _release

from filing2json.parsers import parse
from filing2json.parsers.sections.press_dateline import find_dateline
from support import SAMPLES

_CTC = SAMPLES / "000_af6957f9859c0735.txt"
_CTC_DATELINE = "WALTHAM, Mass-August 2, 2000--"
_CTC_OPENING = " CTC Communications Group Inc. (NASDAQ NM: CPTL)-a rapidly growing"


def _ctc_release(dateline: str) -> dict:
    raw = _CTC.read_bytes().decode("latin-1")
    assert _CTC_DATELINE in raw
    raw = raw.replace(_CTC_DATELINE, dateline, 1)
    return parse(raw.encode("utf-8"), _CTC.name)["press_releases"][0]


@pytest.mark.parametrize("dateline", [
    # the time of release on the line below a dateline that ends with its date or its mark
    # (was: the dateline alone a paragraph of the body, the time opening the next)
    "WALTHAM, Mass., Aug. 2, 2000\n8:00 a.m. EDT --",
    "WALTHAM, Mass., Aug. 2, 2000 --\n8:00 a.m. EDT --",
    "WALTHAM, Mass. - Aug. 2, 2000 -\n8:00 a.m. EDT -",
    "WALTHAM, Mass., Aug. 2 /PRNewswire/ --\n8:00 a.m. EDT --",
    "WALTHAM, Mass.--(BUSINESS WIRE)--Aug. 2, 2000--\n8:00 a.m. EDT--",
    # ... or the line cut inside the time (was: no dateline, no release)
    "WALTHAM, Mass., Aug. 2, 2000, 8:00 a.m.\nEDT --",
    "WALTHAM, Mass., Aug. 2, 2000, at\n8:00 a.m. EDT --",
    # a dateline cut after its month's abbreviation (was: no dateline, no release; the cut
    # a paragraph break of the body)
    "WALTHAM, Mass., Aug.\n2, 2000 --",
    "WALTHAM, Mass., Aug.\n2, 2000, 8:00 a.m. EDT --",
    "WALTHAM, Mass.--(BUSINESS WIRE)--Aug.\n2, 2000--",
])
def test_a_dateline_typed_over_two_lines(dateline: str) -> None:
    rel = _ctc_release(dateline)
    assert rel["dateline"] == {"city": "WALTHAM", "state": "Mass.", "date": "2000-08-02"}
    assert rel["headline"].startswith("CTC COMMUNICATIONS ANNOUNCES VOICE SERVICES SOFTSWITCH")
    assert rel["body"].startswith(dateline.replace("\n", " ") + _CTC_OPENING)


@pytest.mark.parametrize("dateline", [
    # the place left alone on its line, its comma after it (was: no dateline, no release)
    "WALTHAM, Mass.,\nAug. 2, 2000 --",
    "WALTHAM, Mass.,\nAug. 2, 2000, 8:00 a.m. EDT --",
    "    WALTHAM, Massachusetts,\n    August 2, 2000 /PRNewswire/ --",
])
def test_a_place_alone_over_its_date(dateline: str) -> None:
    rel = _ctc_release(dateline)
    assert rel["dateline"]["city"] == "WALTHAM"
    assert rel["dateline"]["date"] == rel["date"] == "2000-08-02"
    assert rel["body"].startswith(" ".join(dateline.split()) + _CTC_OPENING)


def test_a_place_over_a_date_must_announce() -> None:
    head = "WALTHAM, Mass.,\nAug. 2, 2000 --"
    found = find_dateline(head + _CTC_OPENING + " provider today announced\n")
    assert found is not None and found[0] == (0, len(head))
    # a letter's place and date, over its salutation: no dateline
    assert find_dateline("WALTHAM, Mass.,\nAugust 2, 2000\n\nDear Shareholders:\n") is None


@pytest.mark.parametrize("dateline", [
    # the same on one line: a Business Wire credit before the date, "at" before the time, a
    # dash after the state (was: no dateline; a date-less one, "WALTHAM, Mass. -")
    "WALTHAM, Mass.--(BUSINESS WIRE)--Aug. 2, 2000--8:00 a.m. EDT--",
    "WALTHAM, Mass., Aug. 2, 2000, at 8:00 a.m. EDT --",
    "WALTHAM, Mass. - Aug. 2, 2000 - 8:00 a.m. EDT -",
])
def test_more_spellings_of_a_timed_dateline(dateline: str) -> None:
    found = find_dateline(dateline + _CTC_OPENING + " provider today announced")
    assert found is not None
    assert found[1] == {"city": "WALTHAM", "state": "Mass.", "date": "2000-08-02"}
    assert found[0] == (0, len(dateline))


def test_a_time_below_is_joined_only_before_an_announcement() -> None:
    head = "WALTHAM, Mass., Aug. 2, 2000 --\n10:00 a.m. EDT --"
    found = find_dateline(head + _CTC_OPENING + " provider today announced\n")
    assert found is not None and found[0] == (0, len(head))  # (one line now)
    # a dateline over a schedule's line ("10:00 a.m. ET -- Investor Day ..."): the join
    # announces nothing, and the dateline is read alone
    found = find_dateline(head + " Investor Day at the Hyatt\n")
    assert found is not None and found[0] == (0, len("WALTHAM, Mass., Aug. 2, 2000 --"))


def test_many_timed_lines_are_read_quickly() -> None:
    # a ~200 KB line of wire-credited timed dates with no closing mark, and ~100 KB of lines
    # cut inside a time that no join closes
    line = "Acme, Beta--(BUSINESS WIRE)--July 22, 2004--8:00 a.m. EDT at " * 3_500
    cut = "Acme, Beta, July 22, 2004, 8:00 a.m.\nEDT at 8:00 a.m. at\n" * 1_800
    start = time.process_time()
    assert find_dateline(line + "\n" + cut) is None
    assert time.process_time() - start < 5.0  # (quadratic: minutes)


_WESTELL = "8k_1999_westelltechnologiesinc_3.txt"
# Teltrend's standing paragraph, less its first sentence: it opens "Teltrend designs,
# manufactures and markets ...", as a standing paragraph under a heading does
_TELTREND_LEAD = ("Teltrend  Inc.,  established  in 1979  with  over 500  employees  worldwide,"
                  "  is\nheadquartered in suburban Chicago. ")
_WESTELL_ABOUT = "\nWestell  Technologies,  Inc,  headquartered  in Aurora,"
_TELTREND_END = "Additional information can be obtained by visiting Teltrend's Web site at " \
                "www.teltrend.com."


@pytest.mark.parametrize("heading", ["Background", "BACKGROUND:"])
def test_background_over_a_partner_is_the_body(heading: str) -> None:
    # "Background" over Teltrend's paragraph (the company the deal buys): the About is
    # Westell's own paragraph below it (was: Teltrend's, as the issuer's About)
    rel = _release(_WESTELL, (_TELTREND_LEAD, f"{heading}\n\n"))
    assert rel["about"]["company"] == "Westell Technologies, Inc"
    assert rel["about"]["text"].startswith("Westell Technologies, Inc, headquartered in Aurora")
    assert rel["body"].endswith(f"{heading}\n\nTeltrend designs, manufactures and markets a "
                                "broad range of telecommunications and data communications "
                                "products used by businesses and telephone companies to "
                                "provide voice and data services. The Company's customers "
                                "range from Regional Bell Operating Companies, GTE, Sprint, "
                                "and other U.S. and International telephone companies, to "
                                "SOHO and medium-sized business. " + _TELTREND_END)


def test_background_over_a_partner_alone_is_no_about() -> None:
    # ... and with Westell's own paragraph printed as another firm's: no About at all
    rel = _release(_WESTELL, (_TELTREND_LEAD, "Background\n\n"),
                   ("\nWestell  Technologies,  Inc,  headquartered  in Aurora,  Illinois,  is a",
                    "\nAlpha Systems, Inc. is a"))
    assert rel["about"] is None
    assert "Background\n\nTeltrend designs, manufactures" in rel["body"]


def test_background_goes_with_the_standing_paragraph_under_it() -> None:
    # "Background" over Westell's own paragraph, which the tail's rule finds ("Westell
    # Technologies, Inc, headquartered in Aurora, Illinois, is a holding company"): the
    # heading goes with it (was: left at the body's end)
    rel = _release(_WESTELL, (_WESTELL_ABOUT, "\nBackground\n" + _WESTELL_ABOUT))
    assert rel["about"]["company"] == "Westell Technologies, Inc"
    assert rel["body"].endswith(_TELTREND_END)
