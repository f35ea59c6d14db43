"""Press-release quotes (round 72): a region before a job, a name in capitals after a job,
a role at a paragraph's end.

Leads, edits of Pericom's 2006 8-K on Dr. Simon Wong's election
(8k_2006_pericomsemiconductorco_3.txt: "Alex Hui, President and CEO, said of Dr. Wong's
appointment, "We are very pleased ..."):
- A region before a job's comma ("SILICON VALLEY, CEO, said", "Orange County, President and
  CEO, said", a dateline run into a lead-in) is no speaker (was "SILICON VALLEY"): as a
  large city is, a name ending in "Valley", "County", "Region", "Coast", "Area" or
  "Triangle" names a place, unless a common given name opens it.
- Two words in capitals right after a job word are a name, as before a job's comma ("ACME
  SEMICONDUCTOR CEO ALEX HUI said,"; was: no quote, "Alex" no common given name): the
  speaker "ALEX HUI", the role the words before it as printed ("ACME SEMICONDUCTOR CEO", as
  "Acme Semiconductor CEO Alex Hui" and "ACME CEO JOHN SMITH" read).
- A role read after a name in the text before a quote ends at its paragraph's end (the
  paragraphs read so far were joined by a blank: a caption "Alex Hui, President and CEO"
  over "The board met today." gave role "President and CEO The board met").
- "he said" / "she added" in a release's first quote, no one named in mixed case before it,
  is the one full name printed in capitals with a job after its comma ("ALEX HUI,
  PRESIDENT AND CEO" in a caption over '"...," he said.'; was: no quote), as printed.
"""

from __future__ import annotations

import time

import pytest
from test_prsq71_round71 import _MORE, _PLEASED, _laid_out

from filing2json.parsers.sections import press_quotes

_PLEASED_AT = "We are very pleased to have"
_MORE_AT = "His background and experien"

# -- a region before a job ------------------------------------------------------------------


@pytest.mark.parametrize("who", [
    # (was: speaker "SILICON VALLEY", "Silicon Valley", ...)
    "SILICON VALLEY, CEO",
    "Silicon Valley, President and CEO",
    "ORANGE COUNTY, PRESIDENT AND CEO",
    "GULF COAST, CEO",
    "RESEARCH TRIANGLE, CEO",
])
def test_a_region_before_a_job_is_no_speaker(who: str) -> None:
    assert _laid_out(f"     {who}, said, {_PLEASED}\n") == []
    assert _laid_out(f"     {_PLEASED} said {who}.\n") == []


@pytest.mark.parametrize(("who", "speaker", "role"), [
    # (unchanged, pinned) a common given name first: a person's
    ("Jane Valley, CFO", "Jane Valley", "CFO"),
    ("ALEX HUI, CEO", "ALEX HUI", "CEO"),
])
def test_a_person_before_a_job_reads_as_before(who: str, speaker: str, role: str) -> None:
    assert _laid_out(f"     {who}, said, {_PLEASED}\n") == [(speaker, role, _PLEASED_AT)]


# -- a name in capitals after a job ---------------------------------------------------------


@pytest.mark.parametrize(("lead_in", "speaker", "role"), [
    # (was: no quote)
    ("ACME SEMICONDUCTOR CEO ALEX HUI said,", "ALEX HUI", "ACME SEMICONDUCTOR CEO"),
    ("PERICOM CEO ALEX HUI said,", "ALEX HUI", "PERICOM CEO"),
    ("CEO ALEX HUI said,", "ALEX HUI", "CEO"),
    ("Acme CEO ALEX HUI said,", "ALEX HUI", "Acme CEO"),
])
def test_a_name_in_capitals_after_a_job_is_the_speaker(lead_in: str, speaker: str,
                                                       role: str) -> None:
    assert _laid_out(f"     {lead_in} {_PLEASED}\n") == [(speaker, role, _PLEASED_AT)]


def test_a_name_in_capitals_after_a_job_quoted_after() -> None:
    # (was: no quote)
    assert _laid_out(f"     {_PLEASED} said ACME SEMICONDUCTOR CEO ALEX HUI.\n") == [
        ("ALEX HUI", "ACME SEMICONDUCTOR CEO", _PLEASED_AT)]


@pytest.mark.parametrize(("lead_in", "found"), [
    # (unchanged, pinned) a common given name read before; a firm after a job is no one
    ("ACME CEO JOHN SMITH said,", [("JOHN SMITH", "ACME CEO", _PLEASED_AT)]),
    ("Acme Semiconductor CEO Alex Hui said,", [
        ("Alex Hui", "Acme Semiconductor CEO", _PLEASED_AT)]),
    ("ACME ALEX HUI said,", []),
])
def test_other_runs_read_as_before(lead_in: str, found: list[tuple[str, str, str]]) -> None:
    assert _laid_out(f"     {lead_in} {_PLEASED}\n") == found


# -- a role ends at its paragraph's end ------------------------------------------------------


@pytest.mark.parametrize(("caption", "role"), [
    # (was: "President and CEO The board met", "President and CEO of Pericom The board met")
    ("Alex Hui, President and CEO", "President and CEO"),
    ("Alex Hui, President and CEO of Pericom", "President and CEO of Pericom"),
])
def test_a_role_ends_at_its_paragraphs_end(caption: str, role: str) -> None:
    assert _laid_out(f"     {caption}\n\n     The board met today. {_MORE} Hui said.\n") == [
        ("Alex Hui", role, _MORE_AT)]
    assert _laid_out(f"     {caption}\n\n     The board met today.\n\n     {_MORE} said Hui.\n"
                     ) == [("Alex Hui", role, _MORE_AT)]


def test_a_role_in_its_own_paragraph_reads_as_before() -> None:
    # (unchanged, pinned) the role to its comma, and to the quote mark under a caption
    assert _laid_out(f"     Alex Hui, President and CEO, joined in 1990. The board met.\n\n"
                     f"     {_MORE} Hui said.\n") == [("Alex Hui", "President and CEO", _MORE_AT)]
    assert _laid_out(f"     Alex Hui, President and CEO\n\n     {_MORE} Hui said.\n") == [
        ("Alex Hui", "President and CEO", _MORE_AT)]


# -- "he said" after a name in capitals ----------------------------------------------------


@pytest.mark.parametrize("caption", [
    # (was: no quote)
    "ALEX HUI, PRESIDENT AND CEO",
    "Photo: ALEX HUI, PRESIDENT AND CEO",
])
def test_a_pronoun_means_the_name_in_capitals_with_a_job(caption: str) -> None:
    assert _laid_out(f"     {caption}\n\n     {_MORE} he said.\n") == [
        ("ALEX HUI", "PRESIDENT AND CEO", _MORE_AT)]
    assert _laid_out(f"     {caption}\n\n     The board met today. {_MORE} he said.\n") == [
        ("ALEX HUI", "PRESIDENT AND CEO", _MORE_AT)]


def test_a_pronoun_after_a_capitals_name_with_a_mixed_case_job() -> None:
    # (was: no quote)
    assert _laid_out(f"     JOHN SMITH, President and CEO\n\n     {_MORE} he said.\n") == [
        ("JOHN SMITH", "President and CEO", _MORE_AT)]


@pytest.mark.parametrize("caption", [
    # (unchanged, pinned) no job, two people, a place or a firm before the job
    "ALEX HUI",
    "ALEX HUI, PRESIDENT AND CEO, AND JOHN SMITH, CFO",
    "NEW YORK, PRESIDENT AND CEO",
    "ACME ROBOTICS, PRESIDENT AND CEO",
])
def test_a_pronoun_with_no_one_person_in_capitals_stays_none(caption: str) -> None:
    assert _laid_out(f"     {caption}\n\n     {_MORE} he said.\n") == []


def test_a_pronoun_after_a_quoted_capitals_name_reads_as_before() -> None:
    # (unchanged, pinned) the speaker quoted last
    assert _laid_out(f"     ALEX HUI, CEO, said, {_PLEASED}\n\n     {_MORE} he said.\n") == [
        ("ALEX HUI", "CEO", _PLEASED_AT), ("ALEX HUI", "CEO", _MORE_AT)]


@pytest.mark.parametrize("text", [
    "ALEX HUI, " * 20_000,
    "A B C D E F G H, " * 12_000,
    "HUI HUI HUI HUI HUI " * 10_000 + ",",
])
def test_reading_a_name_in_capitals_for_a_pronoun_is_fast(text: str) -> None:
    start = time.process_time()
    press_quotes._sole_in_capitals(text)
    press_quotes._sole_person(text, "he", press_quotes._Titles(text))
    assert time.process_time() - start < 5
