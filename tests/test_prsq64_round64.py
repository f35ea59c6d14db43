"""Press-release quotes (round 64): a speaker named with their firm before their job ("said
Jane Doe of Acme, Inc., chief executive officer", "said Jane Doe of Acme, president") has the
firm read whole with its legal form and the job held at it as the role, as the job-first
order ("Jane Doe, chief executive officer of Acme, Inc.") gives it; a description of the
person joined to the job by "and" ("chairman of Acme and a former Navy pilot") is cut as one
set off by a comma is.

The tests edit Howard Kirby's attribution in Westell's 1999 8-K on its Teltrend merger
(corpus filing 8k_1999_westelltechnologiesinc_3.txt; "stated Howard Kirby, Chairman and Chief
Executive Officer of Teltrend.") into the shapes other releases print (each edit named).
"""

from __future__ import annotations

import time

import pytest
from test_prsq45_round45 import _CLOSE, _CLOSE_TEXT, _KIRBY, _KIRBY_END, _KIRBY_SAID, _quotes

from filing2json.parsers.sections.press_quotes import find_quotes

_JOB = "Chairman and Chief Executive Officer"


@pytest.mark.parametrize("form", [", Inc.", " Inc.", " Corp.", ", L.P.", ", Ltd.",
                                  " Company", " N.V."])
def test_firm_with_its_legal_form_before_the_job(form: str) -> None:
    # Kirby's firm, with a legal form, printed between his name and his job (was: "of
    # Teltrend" for a form after a comma, the firm alone "Teltrend Inc." otherwise: the job
    # lost); the role is the one the job-first order gives
    firm = f"Teltrend{form}"
    after = _quotes(_KIRBY_SAID, f"stated Howard Kirby of {firm}, {_JOB}.")
    before = _quotes(_KIRBY_SAID, f"stated Howard Kirby, {_JOB} of {firm}.")
    assert after[2][:2] == before[2][:2] == (_KIRBY[0], f"{_JOB} of {firm}")
    # (an article or a possessive before the job, and the name-first lead-in, too)
    after = _quotes(_KIRBY_SAID, f"stated Howard Kirby of {firm}, its {_JOB.lower()}.")
    assert after[2][:2] == (_KIRBY[0], f"{_JOB.lower()} of {firm}")


def test_firm_with_its_legal_form_and_no_job_is_the_role() -> None:
    # no job after the form: the firm whole is the role, as "of Acme Robotics Corp." gives
    # "Acme Robotics Corp." (was: "of Teltrend", its legal form lost)
    for tail in ("", ", 61", ", who founded the company in 1979"):
        end = f"{tail}." if tail else ""
        quotes = _quotes(_KIRBY_SAID, f"stated Howard Kirby of Teltrend, Inc.{end}")
        assert quotes[2][:2] == (_KIRBY[0], "Teltrend, Inc."), tail


def test_a_surname_with_firm_before_the_job_is_the_person_named_in_full() -> None:
    # Kirby quoted again after his quote by honorific and surname, his firm and job after
    # (was: speaker "Mr. Kirby", role "of Teltrend")
    for tail in ("", ", Chairman"):
        said = f'{_CLOSE} said Mr. Kirby of Teltrend, Inc.{tail}.'
        quotes = _quotes(_KIRBY_END, f"{_KIRBY_END}\n{said}\n")
        assert quotes[-1] == (*_KIRBY, _CLOSE_TEXT), tail


def test_a_sentence_after_the_firms_legal_form_is_no_part_of_the_role() -> None:
    # (was: "of Teltrend", the firm cut at its legal form's comma)
    quotes = _quotes(_KIRBY_SAID, "stated Howard Kirby of Teltrend, Inc. The merger is "
                                  "expected to close in the first quarter of 2000.")
    assert quotes[2][:2] == (_KIRBY[0], "Teltrend, Inc.")


def test_firm_with_no_legal_form_before_the_job() -> None:
    # the same order with the firm's name alone: Kirby's own role (was: "of Teltrend" and
    # the firm "Teltrend Communications", the job lost)
    for firm, tail in (("Teltrend", ""), ("Teltrend", ", 61"),
                       ("Teltrend Communications", "")):
        quotes = _quotes(_KIRBY_SAID, f"stated Howard Kirby of {firm}{tail}, {_JOB}.")
        assert quotes[2][:2] == (_KIRBY[0], f"{_JOB} of {firm}"), firm
    # a job naming its own firm is the role (round 64b; was "of Teltrend"); a lawyer's rank
    # stays as it was
    quotes = _quotes(_KIRBY_SAID, f"stated Howard Kirby of Teltrend, {_JOB} of Westell.")
    assert quotes[2][:2] == (_KIRBY[0], f"{_JOB} of Westell")
    quotes = _quotes(_KIRBY_SAID, "stated Howard Kirby of Counsel, partner.")
    assert quotes[2][:2] == (_KIRBY[0], "of Counsel")


def test_name_first_lead_in_with_firm_before_the_job() -> None:
    # 'Jane Doe of Acme, Inc., chief executive officer, said, "..."' (the lead-in order)
    quotes = find_quotes('Howard Kirby of Teltrend, Inc., chief executive officer, said, '
                         '"Teltrend is very pleased to join the Westell team."')
    assert [(q["speaker"], q["role"]) for q in quotes] == [
        ("Howard Kirby", "chief executive officer of Teltrend, Inc.")]


def test_a_description_joined_to_the_job_by_and_is_no_part_of_the_role() -> None:
    # "..., and a veteran of ..." after Kirby's job describes him, as ", a veteran of ..."
    # does (was: all of it the role)
    for joint in (" and", ","):
        quotes = _quotes(_KIRBY_SAID, f"stated Howard Kirby, {_JOB} of Teltrend{joint} a "
                                      "veteran of the telecommunications industry.")
        assert quotes[2][:2] == _KIRBY, joint
    quotes = _quotes(_KIRBY_SAID, f"stated Howard Kirby, {_JOB} of Teltrend and an engineer "
                                  "by training, 61.")
    assert quotes[2][:2] == _KIRBY
    # a second job joined so stays
    quotes = _quotes(_KIRBY_SAID, f"stated Howard Kirby, {_JOB} of Teltrend and a director "
                                  "of Westell.")
    assert quotes[2][:2] == (_KIRBY[0], f"{_KIRBY[1]} and a director of Westell")


def test_joined_description_runs_in_linear_time() -> None:
    text = '"We grew," said Jane Doe, CEO' + " and a director" * 15_000 + " and a pilot."
    start = time.process_time()
    find_quotes(text)
    assert time.process_time() - start < 5


def test_firm_of_name_runs_in_linear_time() -> None:
    unit = 'said Jane Doe of Acme Beta Gamma, Inc., '
    text = '"We grew," ' + unit * (200_000 // len(unit)) + "chief executive officer."
    start = time.process_time()
    find_quotes(text)
    find_quotes(text.replace(", Inc.,", " Inc. and"))
    assert time.process_time() - start < 5
