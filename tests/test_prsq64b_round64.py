"""Press-release quotes (round 64b): a job with an article after the speaker's firm ("said
Jane Doe of Smith Barney, an analyst": "analyst of Smith Barney", as "analyst" alone gives);
a firm after a department's comma ("senior vice president, sales and marketing, at Acme")
kept in the role; a job naming its own firm after "of" and a town ("said Jane Doe of Aurora,
CEO of Acme") being the role; and a later job than the one a person joined as ("joined Acme
in 1990 as vice president of sales and was named president in 1998") being the role.

The corpus prints none of these shapes. The tests edit Howard Kirby's attribution in
Westell's 1999 8-K on its Teltrend merger (8k_1999_westelltechnologiesinc_3.txt; "stated
Howard Kirby, Chairman and Chief Executive Officer of Teltrend.") and Alex Hui's in
Pericom's 2006 8-K on Dr. Simon Wong's election (8k_2006_pericomsemiconductorco_3.txt;
"Alex Hui, President and CEO, said of Dr. Wong's appointment,") into the shapes other
releases print, each edit named in its test.
"""

from __future__ import annotations

import time

import pytest
from test_prsq45_round45 import _KIRBY, _KIRBY_SAID, _quotes
from test_prsq60_round60 import _SOON
from test_prsq61b_round61 import _HUI_SAID, _QUOTE_END, _pericom

from filing2json.parsers.sections.press_quote_later import later_job
from filing2json.parsers.sections.press_quote_who import clean_role
from filing2json.parsers.sections.press_quotes import find_quotes

_JOB = "Chairman and Chief Executive Officer"


@pytest.mark.parametrize(("job", "role"), [
    ("an analyst", "analyst"), ("a managing director", "managing director"),
    ("an analyst who follows the company", "analyst")])
def test_a_job_with_an_article_after_the_firm_is_held_at_it(job: str, role: str) -> None:
    # Kirby's attribution printed as an analyst's: the firm, then the job with its article
    # (was: "of Smith Barney", the job lost), as the job with no article gives it
    quotes = _quotes(_KIRBY_SAID, f"stated Howard Kirby of Smith Barney, {job}.")
    assert quotes[2][:2] == (_KIRBY[0], f"{role} of Smith Barney")
    bare = _quotes(_KIRBY_SAID, f"stated Howard Kirby of Smith Barney, {role}.")
    assert bare[2][:2] == quotes[2][:2]
    # a description, or a job going on into a clause, stays as it was: the firm
    for aside in ("a former Navy pilot", "a senior analyst covering Westell"):
        quotes = _quotes(_KIRBY_SAID, f"stated Howard Kirby of Smith Barney, {aside}.")
        assert quotes[2][:2] == (_KIRBY[0], "of Smith Barney"), aside


@pytest.mark.parametrize("firm", ["Teltrend", "Teltrend Inc.", "Smith & Wesson"])
def test_a_firm_after_the_departments_comma_is_kept(firm: str) -> None:
    # Kirby's job printed with a department and his firm after its comma (was: "Senior
    # Vice President, Sales and Marketing", the firm lost)
    job = "Senior Vice President, Sales and Marketing"
    quotes = _quotes(_KIRBY_SAID, f"stated Howard Kirby, {job}, at {firm}.")
    assert quotes[2][:2] == (_KIRBY[0], f"{job} at {firm}")
    quotes = _quotes(_KIRBY_SAID, f"stated Howard Kirby, {job}, at {firm}, who joined in 1995.")
    assert quotes[2][:2] == (_KIRBY[0], f"{job} at {firm}")
    # where the quote was given is no firm; nor is a place after a job with no department
    for where in ("the analysts' meeting", "Aurora, Illinois", "Comdex Expo",
                  "Teltrend's headquarters"):
        quotes = _quotes(_KIRBY_SAID, f"stated Howard Kirby, {job}, at {where}.")
        assert quotes[2][:2] == (_KIRBY[0], job), where
    quotes = _quotes(_KIRBY_SAID, f"stated Howard Kirby, {_JOB}, at Comdex.")
    assert quotes[2][:2] == (_KIRBY[0], _JOB)


@pytest.mark.parametrize("job", [f"{_JOB} of Teltrend", "chief executive officer at Teltrend",
                                 f"{_JOB} of Teltrend Inc."])
def test_a_job_naming_its_firm_after_a_town_is_the_role(job: str) -> None:
    # Kirby from a town the city list lacks, no state, then his job at his firm (was: "of
    # Aurora", the job lost)
    quotes = _quotes(_KIRBY_SAID, f"stated Howard Kirby of Aurora, {job}.")
    assert quotes[2][:2] == (_KIRBY[0], job)


_SAID = "Alex Hui said of Dr. Wong's appointment,"


@pytest.mark.parametrize("held", [
    "Alex Hui joined Pericom in 1990 as Vice President of Sales and was named President in "
    "1998.",
    "Alex Hui joined Pericom in 1990 as Vice President, Sales, and became President in 1998.",
    "Alex Hui joined Pericom in 1990 as Vice President and Treasurer and has been President "
    "since 1998.",
    "Mr. Hui joined Pericom in 1990 as Vice President of Sales and was promoted to President "
    "in 1998.",
    "Alex Hui joined Pericom in 1990 as Vice President of Sales and is now its President.",
    "Alex Hui joined Pericom in 1990 as Vice President of Sales. He was named President in "
    "1998.",
    "Alex Hui joined Pericom in 1990 as Vice President of Sales. Mr. Hui became President in "
    "1998.",
    "Alex Hui, who joined Pericom in 1990 as Vice President of Sales, has been President since "
    "1998.",
])
def test_a_later_job_than_the_one_joined_as_is_the_role(held: str) -> None:
    # Pericom's CEO quoted by his full name with no job, a paragraph before the quote or
    # after it giving the job he joined as and his later one (was: the job joined as,
    # "Vice President of Sales", or "... and became President")
    assert _pericom(_HUI_SAID, f"{held}\n\n     {_SAID}") == [("Alex Hui", "President")]
    assert _pericom(_HUI_SAID, _SAID, (_QUOTE_END, f"{_QUOTE_END}\n\n     {held}")) == [
        ("Alex Hui", "President")]


def test_no_later_job_of_the_person_keeps_the_job_joined_as() -> None:
    # (another person's later job, or no job after the verb, is none of his)
    for held in (
            "Alex Hui joined Pericom in 1990 as President. He has been instrumental in its "
            "growth.",
            "Alex Hui joined Pericom in 1990 as President and John Smith became Treasurer in "
            "1998.",
            "Alex Hui joined Pericom in 1990 as President. Mr. Smith was named Treasurer in "
            "1998."):
        assert _pericom(_HUI_SAID, f"{held}\n\n     {_SAID}") == [("Alex Hui", "President")]
    # a seat on the board taken later is held with the job, and ends it (was: "President
    # and became a member of the board", run on past the job)
    for seat in ("has been a director since 1991", "became a member of the board in 1995",
                 "was elected to the board in 1995"):
        held = f"Alex Hui joined Pericom in 1990 as President and {seat}."
        assert _pericom(_HUI_SAID, f"{held}\n\n     {_SAID}") == [("Alex Hui", "President")]


@pytest.mark.parametrize("unit", ["Jane Doe joined Acme in 2001 as CFO and ",
                                  "Jane Doe joined Acme in 2001 as CFO. He was ",
                                  "said Jane Doe, vice president, sales, at Acme "])
def test_later_jobs_and_firms_after_a_department_run_in_linear_time(unit: str) -> None:
    # ~200 KB of a shape's words with no end: in a release, and read whole by each step
    text = unit * (200_000 // len(unit))
    start = time.process_time()
    find_quotes(f"{_SOON} said Jane Doe.\n\n{text}\n\n{_SOON} said Jane Doe.\n")
    later_job(text, 0, len(text) - 100, False, "Jane Doe")
    later_job(text, 0, 100, True, "Jane Doe")
    clean_role(text)
    assert time.process_time() - start < 5
