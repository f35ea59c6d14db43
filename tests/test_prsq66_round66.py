"""Press-release quotes (round 66): a later job in the plain present after a "who joined"
clause ("Jane Doe, who joined Acme as CFO in 1998, is the Company's President"), and an acronym
of a one-word firm joined ("joined Pericom ... President of PSC") read by the initials of the
firm's full name as the release prints it ("Pericom Semiconductor Corporation").

Each test edits Pericom's 2006 8-K on Dr. Simon Wong's election
(8k_2006_pericomsemiconductorco_3.txt) as round 65b's do (see ``_hui`` there): Alex Hui's quote
by his name alone, under a paragraph giving the jobs he held.
"""

from __future__ import annotations

import time

import pytest
from test_prsq61b_round61 import _HUI_SAID, _pericom
from test_prsq65b_round65 import _SAID, _hui

from filing2json.parsers.sections.press_quote_later import later_job, post_elsewhere

_WHO = "Alex Hui, who joined Pericom as Chief Financial Officer in 1998,"


@pytest.mark.parametrize(("now", "role"), [
    # (was: "Chief Financial Officer", the job joined as)
    ("is the Company's President", "President"),
    ("is President and Chief Executive Officer", "President and Chief Executive Officer"),
    ("is currently President of Pericom", "President of Pericom"),
    ("serves as President", "President"),
    ("currently serves as Chief Executive Officer", "Chief Executive Officer"),
])
def test_a_present_job_after_a_who_joined_clause_is_the_role(now: str, role: str) -> None:
    assert _hui(f"{_WHO} {now}.") == [("Alex Hui", role)]
    # no job, a job held beside it, one denied, or a post at another body: the job joined as
    for other in ("is pleased with the appointment", "is a graduate of Stanford University",
                  "is also President of the Semiconductor Industry Association",
                  "is not President", "is President of the IEEE"):
        assert _hui(f"{_WHO} {other}.") == [("Alex Hui", "Chief Financial Officer")], other


@pytest.mark.parametrize(("now", "role"), [
    # the same after the job joined as and "and" (was: "Vice President of Sales", or the
    # two jobs run together: "Vice President of Sales and currently serves as President")
    ("is the Company's President", "President"),
    ("is President and Chief Executive Officer", "President and Chief Executive Officer"),
    ("currently serves as President", "President"),
])
def test_a_present_job_after_and_is_the_role(now: str, role: str) -> None:
    held = "Alex Hui joined Pericom in 1990 as Vice President of Sales and {}."
    assert _hui(held.format(now)) == [("Alex Hui", role)]
    for other in ("is responsible for Asia", "is also a director", "is based in San Jose"):
        assert _hui(held.format(other)) == [("Alex Hui", "Vice President of Sales")], other


def test_an_acronym_of_a_one_word_firm_is_read_by_its_full_printed_name() -> None:
    # the release prints "Pericom Semiconductor Corporation": "PSC" is that firm (was: read
    # as another body, the job joined as kept)
    held = "Alex Hui joined Pericom in 1990 as Vice President of Sales and became {} in 1998."
    assert _hui(held.format("President of PSC")) == [("Alex Hui", "President of PSC")]
    assert _hui(f"{_WHO} is President of PSC.") == [("Alex Hui", "President of PSC")]
    # initials of no name the release prints stay another body's
    for later in ("President of PSA", "President of PSCX", "chairman of the IEEE"):
        assert _hui(held.format(later)) == [("Alex Hui", "Vice President of Sales")], later
    # with the full name edited away (each "Pericom Semiconductor Corporation" printed
    # "Pericom Corporation"), nothing tells "PSC" is Pericom's
    quotes = _pericom(_HUI_SAID, f"{held.format('President of PSC')}\n\n     {_SAID}",
                      *[("Pericom Semiconductor", "Pericom")] * 5)
    assert quotes == [("Alex Hui", "Vice President of Sales")]


def test_the_new_reads_run_in_linear_time() -> None:
    # ~200 KB of each shape's trigger with no end
    start = time.process_time()
    text = "Jane Doe, who joined Acme as CFO" + ", is" * 50_000
    later_job(text, 10, 32, True, "Jane Doe")
    later_job("Jane Doe joined Acme as CFO" + " and is" * 30_000, 24, 27, False, "Jane Doe")
    later_job("Jane Doe, who joined Acme as CFO, is " + "President " * 20_000, 10, 32, True,
              "Jane Doe")
    post_elsewhere("joined Pericom as", "President of PSC", "Pericom " * 25_000)
    post_elsewhere("joined Pericom as", "President of PSC", "Pericom Semi " * 16_000)
    assert time.process_time() - start < 5
