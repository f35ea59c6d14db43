"""Press-release quotes (round 70b): a name in capitals, a firm run into its legal form, "A.".

Leads, edits of Pericom's 2006 8-K on Dr. Simon Wong's election
(8k_2006_pericomsemiconductorco_3.txt: "Alex Hui, President and CEO, said of Dr. Wong's
appointment, "We are very pleased ..."):
- One speaker, one print: a full name a later quote resolves to ('"...," Hui added.') after
  '"...," SAID ALEX HUI, PRESIDENT AND CEO.' in a paragraph in capitals is printed as the
  release prints it, "ALEX HUI" (was "Alex Hui" beside "ALEX HUI": two speakers to a
  reader), as the role is; a name the later quote's own attribution prints in mixed case
  ("said Alex Hui, President and CEO") stays so: each quote's speaker as printed.
- A two-word name in capitals before a job's comma in a mixed-case paragraph ("ALEX HUI,
  PRESIDENT AND CEO, said,") is the speaker whatever its first word (was: no quote, "Alex"
  not a common given name while "JOHN SMITH" read); alone ('said ALEX HUI.') it is a
  person's when the release prints "Mr. Hui" (or quotes "Alex Hui"), else it may be a
  firm's ("said ACME ROBOTICS"): dropped.
- A name run into a firm's legal form, then a description that is no job ("T. Rowe Price
  Group Inc., the fund manager, said") is the firm: no speaker (was "T. Rowe"); a bare job
  after it stays the person's ("J. Nelson Westell Inc., President and COO").
- A lone "A." marks an answer under a question as "A:" does.
"""

from __future__ import annotations

import time

import pytest
from test_prsq69b_round69 import _QUESTION, _QUOTE, _laid_out
from test_prsq70_round70 import _CAPS_SAID, _KIRBY, _MORE, _NELSON, _ZIONTS, _westell

from filing2json.parsers.sections import press_quotes
from filing2json.parsers.sections.press_quote_who import parse_who

_PLEASED = '"We are very pleased to have Dr. Wong join our Board of Directors."'

# -- one speaker printed one way ------------------------------------------------------------


def test_a_later_quote_takes_the_name_as_the_release_prints_it() -> None:
    # (was: "Alex Hui" for the second, "ALEX HUI" for the first)
    assert _laid_out(f"{_CAPS_SAID}     {_MORE} Hui added.\n") == [
        ("ALEX HUI", "PRESIDENT AND CEO", "WE ARE VERY PLEASED TO HAVE"),
        ("ALEX HUI", "PRESIDENT AND CEO", "His background and experien")]
    assert _laid_out(f"{_CAPS_SAID}     {_MORE} he added.\n") == [
        ("ALEX HUI", "PRESIDENT AND CEO", "WE ARE VERY PLEASED TO HAVE"),
        ("ALEX HUI", "PRESIDENT AND CEO", "His background and experien")]


def test_a_name_printed_in_mixed_case_stays_as_printed() -> None:
    # (unchanged, pinned) each quote's attribution prints the name it gives
    assert _laid_out(f"{_CAPS_SAID}     {_MORE} said Alex Hui, President and CEO.\n") == [
        ("ALEX HUI", "PRESIDENT AND CEO", "WE ARE VERY PLEASED TO HAVE"),
        ("Alex Hui", "President and CEO", "His background and experien")]
    assert _laid_out(f"{_CAPS_SAID}     {_MORE} Hui added.\n\n     Alex Hui joined Pericom "
                     "in 1990.\n") == [
        ("ALEX HUI", "PRESIDENT AND CEO", "WE ARE VERY PLEASED TO HAVE"),
        ("Alex Hui", "PRESIDENT AND CEO", "His background and experien")]


# -- a two-word name in capitals ------------------------------------------------------------


@pytest.mark.parametrize(("who", "role"), [
    # (was: no quote)
    ("ALEX HUI, PRESIDENT AND CEO, said,", "PRESIDENT AND CEO"),
    ("ALEX HUI, President and CEO, said,", "President and CEO"),
    ("ALEX HUI, the chief executive, said,", "chief executive"),
])
def test_a_capitals_name_before_a_job_is_the_speaker(who: str, role: str) -> None:
    assert _laid_out(f"     {who} {_PLEASED}\n") == [
        ("ALEX HUI", role, "We are very pleased to have")]
    assert _laid_out(f"     {_PLEASED} said {who.removesuffix(' said,')}\n") == [
        ("ALEX HUI", role, "We are very pleased to have")]


def test_a_capitals_name_with_a_given_name_reads_as_before() -> None:
    # (unchanged, pinned)
    assert _laid_out(f"     JOHN SMITH, PRESIDENT AND CEO, said, {_PLEASED}\n") == [
        ("JOHN SMITH", "PRESIDENT AND CEO", "We are very pleased to have")]
    assert _laid_out(f"     {_PLEASED} said JOHN SMITH.\n") == [
        ("JOHN SMITH", None, "We are very pleased to have")]


def test_a_capitals_name_alone_is_a_person_by_an_honorific() -> None:
    # (was: no quote) "Mr. Hui" printed elsewhere in the release
    mr_hui = "\n\n     Mr. Hui joined Pericom in 1990.\n"
    assert _laid_out(f"     {_PLEASED} said ALEX HUI.{mr_hui}") == [
        ("ALEX HUI", None, "We are very pleased to have")]
    assert _laid_out(f"     ALEX HUI said, {_PLEASED}{mr_hui}") == [
        ("ALEX HUI", None, "We are very pleased to have")]


def test_a_capitals_name_alone_and_unconfirmed_stays_none() -> None:
    # (unchanged, pinned) no honorific: a firm's as often ("said ACME ROBOTICS")
    assert _laid_out(f"     {_PLEASED} said ALEX HUI.\n") == []
    assert _laid_out(f"     {_PLEASED} ALEX HUI said.\n\n     Hui founded Pericom in 1990.\n"
                     ) == []
    assert _laid_out(f"     {_PLEASED} said ACME ROBOTICS.\n\n     Acme Robotics makes "
                     "robots.\n") == []


def test_capitals_that_are_no_name_stay_none() -> None:
    # (unchanged, pinned) a firm's legal form, a job, an acronym
    for who in ("ACME CORP, PRESIDENT AND CEO", "VICE PRESIDENT, SALES", "IBM CEO"):
        assert parse_who(who) is None, who


# -- a name run into a legal form, then no job -----------------------------------------------


@pytest.mark.parametrize("who", [
    "T. Rowe Price Group Inc., the fund manager",
    "T. Rowe Price Group Inc., a Baltimore-based asset manager",
])
def test_a_name_run_into_a_legal_form_then_no_job_is_the_firm(who: str) -> None:
    # (was: "T. Rowe")
    assert parse_who(who) is None


def test_a_firm_quoted_by_a_run_in_name_quotes_no_one() -> None:
    # (was: speaker "T. Rowe", role "the fund manager")
    assert _westell("T. Rowe Price Group Inc., the fund manager, remarked") == [
        _ZIONTS, _KIRBY]


def test_a_name_run_into_its_firm_then_a_job_stays_the_person() -> None:
    # (unchanged, pinned) a bare job or an articled one
    assert _westell(_NELSON) == [_ZIONTS, ("J. Nelson", "Westell Inc. President and COO"),
                                 _KIRBY]
    assert parse_who("Rich Jacobson Horizon Financial Corp., Chief Executive Officer") == (
        "Rich Jacobson", "Horizon Financial Corp. Chief Executive Officer")
    assert parse_who("Rich Jacobson Horizon Financial Corp., the chief executive") == (
        "Rich Jacobson", "Horizon Financial Corp. chief executive")


# -- a lone "A." answering ------------------------------------------------------------------


@pytest.mark.parametrize("question", [_QUESTION, "     Q. What does Dr. Wong bring?\n\n"])
def test_a_lone_a_marks_the_interviewees_answer(question: str) -> None:
    # (was: no quote)
    assert _laid_out(f"     An interview with Alex Hui, President and CEO\n\n{question}"
                     f"     A. {_QUOTE}") == [
        ("Alex Hui", "President and CEO", "We are very pleased to have")]


def test_a_lone_a_with_no_question_or_interviewee_stays_none() -> None:
    # (unchanged, pinned)
    assert _laid_out(f"{_QUESTION}     A. {_QUOTE}") == []
    assert _laid_out(f"     An interview with Alex Hui, President and CEO\n\n     A. {_QUOTE}"
                     ) == []


# -- speed ------------------------------------------------------------------------------------


def test_the_printed_name_and_job_reads_run_in_linear_time() -> None:
    paras = ["ALEX HUI, PRESIDENT AND CEO, SAID THE BOARD WILL GROW. " * 40] * 100  # (~200 KB)
    paras += ["Hui said the board will grow to seven members this year. " * 35] * 100
    start = time.process_time()
    for k in range(50):
        assert press_quotes._printed_name(f"Alex Hui{k}", paras) == f"Alex Hui{k}"
    assert press_quotes._printed_name("Alex Hui", paras) == "ALEX HUI"
    assert parse_who("ALEX HUI, " + "PRESIDENT AND CEO " * 11000) is None
    assert parse_who("T. Rowe Price Group Inc., the " + "fund " * 40000) is None
    assert time.process_time() - start < 5
