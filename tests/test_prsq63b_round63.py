"""Press-release quotes (round 63b): a town the city list lacks after a name and "of", with
its state after the comma ("said Jane Doe of Aurora, Illinois, CEO of Acme"), is where the
person is from, as round 63 reads "of Austin, Texas": the job after it is the role (was: "of
Aurora"), none when no job follows; a firm with its city ("of Goldman Sachs, New York") or a
plain firm with a state keeps its reading. And, from the check set's audit, a town printed
alone after the speaker's firm and its legal form ("president of Teltrend Inc., Aurora") is
no part of the role when the release prints that town with its state elsewhere ("based in
Aurora, Illinois"); a word named nowhere as a town stays (round 49: it may be a division).

The corpus prints none of these shapes. The tests edit Pericom's 2006 8-K on Dr. Simon
Wong's election to its board (Alex Hui, "President and CEO", quoted) and Westell's 1999 8-K
on its Teltrend merger (Howard Kirby, "Chairman and Chief Executive Officer of Teltrend",
quoted), each edit said in its test.
"""

from __future__ import annotations

import time

import pytest
from test_prsq45_round45 import _KIRBY, _KIRBY_SAID, WESTELL, _quotes
from test_prsq61b_round61 import _HUI_SAID, _pericom
from test_prsq63_round63 import _WONG_JOB

from filing2json.parsers import parse
from support import FILINGS


@pytest.mark.parametrize("place", [
    # (was: "of Aurora", "of Aurora", "of Aurora", "of Cedar Rapids", "of Ithaca")
    "Aurora, Illinois", "Aurora, Ill.", "Aurora, IL", "Cedar Rapids, Iowa", "Ithaca, New York",
])
def test_a_job_after_a_town_and_its_state_is_the_role(place: str) -> None:
    # Pericom's quote said by Dr. Wong, printed with his home town and a job
    said = f"Dr. Simon Wong of {place}, chairman of Acme Corp., said,"
    assert _pericom(_HUI_SAID, said) == [("Simon Wong", "chairman of Acme Corp.")]


def test_a_town_and_its_state_alone_is_no_role() -> None:
    # no job printed: the job the release gives him is his (was: "of Aurora")
    assert _pericom(_HUI_SAID, "Simon Wong of Aurora, Illinois, said,") == [
        ("Simon Wong", _WONG_JOB)]


def test_a_town_and_its_state_after_the_quote() -> None:
    # Westell's attribution of Kirby's quote with his home town (was: "of Aurora")
    said = f"stated Howard Kirby of Aurora, Illinois, {_KIRBY[1]}."
    assert _quotes(_KIRBY_SAID, said)[2][:2] == _KIRBY


def test_a_firm_and_its_city_keep_the_firm() -> None:
    # the rule reads a town (first assertion fails without it) ...
    assert _pericom(_HUI_SAID, "Dr. Simon Wong of Aurora, Illinois, said,") == [
        ("Simon Wong", _WONG_JOB)]
    # ... while a firm before its city or state stays, as before: two words before a city's
    # name, a plain firm's name
    for said, role in (("Dr. Simon Wong of Goldman Sachs, New York, said,", "of Goldman Sachs"),
                       ("Dr. Simon Wong of Acme Bank, Illinois, said,", "Acme Bank")):
        assert _pericom(_HUI_SAID, said) == [("Simon Wong", role)], said


_BASED = "will be based in Aurora, Illinois and"


def _kirby_role(said: str, based: str = _BASED) -> str | None:
    """Kirby's role in Westell's release with his attribution printed as ``said`` and the
    sentence on where the combined firm is based naming ``based``."""
    text = (FILINGS / WESTELL).read_text(encoding="latin-1")
    assert _KIRBY_SAID in text and _BASED in text
    text = text.replace(_KIRBY_SAID, said, 1).replace(_BASED, based, 1)
    quotes = parse(text.encode("latin-1"), WESTELL)["press_releases"][0]["quotes"]
    return next(q["role"] for q in quotes if q["speaker"] == "Howard Kirby")


@pytest.mark.parametrize(("town", "based"), [
    # (was: "president of Teltrend Inc., Aurora", ".., Naperville", "..., St. Charles")
    ("Aurora", _BASED),
    ("Naperville", "will be based in Naperville, Ill. and"),
    ("St. Charles", "will be based in St. Charles, Illinois and"),
])
def test_a_town_after_the_firm_and_its_form_named_elsewhere_is_no_part_of_the_role(
        town: str, based: str) -> None:
    # Westell's attribution of Kirby's quote in wire style, the town named in the release's
    # sentence on the combined firm's headquarters (as printed, or edited to the town)
    said = f"stated Howard Kirby, president of Teltrend Inc., {town}."
    assert _kirby_role(said, based) == "president of Teltrend Inc."


def test_a_word_after_the_firm_named_nowhere_as_a_town_stays() -> None:
    # the rule reads a town the release names (first assertion fails without it) ...
    assert _kirby_role("stated Howard Kirby, president of Teltrend Inc., Aurora.") == (
        "president of Teltrend Inc.")
    # ... while a word the release never prints with a state, a rank or a department stays
    for word in ("Naperville", "Aerospace", "Retired", "Sales"):
        said = f"stated Howard Kirby, president of Teltrend Inc., {word}."
        assert _kirby_role(said) == f"president of Teltrend Inc., {word}", word
    # a word after the town's comma that spells a state's code in lower case is no state
    said = "stated Howard Kirby, president of Teltrend Inc., Naperville."
    assert _kirby_role(said, "will be based near Naperville, In fact and") == (
        "president of Teltrend Inc., Naperville")
    # a legal form after the comma is the firm's
    assert _kirby_role("stated Howard Kirby, president of Teltrend Co., Ltd.") == (
        "president of Teltrend Co., Ltd.")


def test_a_long_run_of_the_town_parses_quickly() -> None:
    # ~200 KB of the town and commas in the release's sentence, never with a state (so
    # every one is tried): the look-up is linear
    start = time.process_time()
    said = "stated Howard Kirby, president of Teltrend Inc., Naperville."
    assert _kirby_role(said, "will be based in " + "Naperville, " * 17000 + "and") == (
        "president of Teltrend Inc., Naperville")
    assert time.process_time() - start < 5
