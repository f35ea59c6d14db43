"""Press-release quotes (round 71): a place or a firm before a job, a name in capitals.

Leads, edits of Pericom's 2006 8-K on Dr. Simon Wong's election
(8k_2006_pericomsemiconductorco_3.txt: "Alex Hui, President and CEO, said of Dr. Wong's
appointment, "We are very pleased ..."):
- A place before a job's comma ("NEW YORK, PRESIDENT AND CEO, said", "San Jose, President
  and CEO, said") is no speaker (was "NEW YORK"): a large city or a state names no person.
- A firm by its last word before a job's comma ("Acme Robotics, President and CEO, said",
  "PERICOM SEMICONDUCTOR, PRESIDENT AND CEO") is no speaker either (was "Acme Robotics"):
  as a firm by its legal form is ("Westell Inc., President and COO"), it is the job's
  holder the release names, when the holder's job names no other firm (its words compared
  in either case); a common given name first keeps a person's ("Jane Foods, CFO").
- A full name printed in capitals in a caption or running text ("ALEX HUI, PRESIDENT AND
  CEO" over the quote, "Pericom named ALEX HUI to the board.") is whom a later bare surname
  means ('"...," Hui said.'; was: no quote), printed as the release prints it, with the
  role printed after it; the name quoted in capitals ('said ALEX HUI.') is a person's when
  the release prints it before a job's comma, and the name quoted in mixed case takes the
  role its capitals print.
- A role read after a name in running text ends at a quote mark opening a quote (the
  body's paragraphs read joined: a caption "Alex Hui, President and CEO" over the quote
  gave role 'President and CEO "His background and experience ...').
- An interview's answer labelled by a surname ("Hui:", "Mr. Hui:") under a question is the
  interviewee's when the heading names them ("An interview with Alex Hui, President and
  CEO"), else the person the release names in full; a question and its answer on one line
  ('Q: What does Dr. Wong bring?   A: "We ..."', a table's two cells) is the interviewee's.
"""

from __future__ import annotations

import time

import pytest
from test_prsq69b_round69 import _QUESTION, _QUOTE, _laid_out

from filing2json.parsers.sections import press_quotes

_PLEASED = '"We are very pleased to have Dr. Wong join our Board of Directors."'
_MORE = '"His background and experience should prove to be a vital resource,"'
_HOLDER = "     Alex Hui, President and CEO of Pericom, will lead the board's search.\n\n"

# -- a place or a firm before a job ---------------------------------------------------------


@pytest.mark.parametrize("who", [
    # (was: speaker "NEW YORK", "San Jose", ...)
    "NEW YORK, PRESIDENT AND CEO",
    "SAN JOSE, PRESIDENT AND CEO",
    "San Jose, President and CEO",
    "NEW JERSEY, PRESIDENT AND CEO",
    "PALO ALTO, CEO",
])
def test_a_place_before_a_job_is_no_speaker(who: str) -> None:
    assert _laid_out(f"     {who}, said, {_PLEASED}\n") == []
    assert _laid_out(f"     {_PLEASED} said {who}.\n") == []
    # (nor the job's holder: a place holds no job)
    assert _laid_out(f"{_HOLDER}     {who}, said, {_PLEASED}\n") == []


@pytest.mark.parametrize("who", [
    # (was: speaker "Acme Robotics", "TEXAS INSTRUMENTS")
    "Acme Robotics, President and CEO",
    "ACME ROBOTICS, PRESIDENT AND CEO",
    "TEXAS INSTRUMENTS, CEO",
])
def test_a_firm_before_a_job_is_no_speaker(who: str) -> None:
    assert _laid_out(f"     {who}, said, {_PLEASED}\n") == []


@pytest.mark.parametrize("who", [
    # (was: no quote; the capitals' words now compared with the holder's in either case)
    "Pericom Semiconductor, President and CEO",
    "PERICOM SEMICONDUCTOR, PRESIDENT AND CEO",
])
def test_a_firm_before_a_job_is_the_jobs_holder(who: str) -> None:
    assert _laid_out(f"{_HOLDER}     {who}, said, {_PLEASED}\n") == [
        ("Alex Hui", "President and CEO of Pericom", "We are very pleased to have")]


def test_a_holder_at_another_firm_is_no_one() -> None:
    # (was: speaker "Acme Robotics") the holder's job names another firm: no one
    assert _laid_out(f"{_HOLDER}     Acme Robotics, President and CEO, said, {_PLEASED}\n") == []


@pytest.mark.parametrize(("who", "speaker", "role"), [
    # (unchanged, pinned) a person's name before a job, a firm's word in the job only
    ("ALEX HUI, PRESIDENT AND CEO", "ALEX HUI", "PRESIDENT AND CEO"),
    ("Alex Hui, CEO of Acme Robotics", "Alex Hui", "CEO of Acme Robotics"),
    ("Jane Foods, CFO", "Jane Foods", "CFO"),
    ("Dallas Smith, CFO", "Dallas Smith", "CFO"),
])
def test_a_persons_name_before_a_job_reads_as_before(who: str, speaker: str, role: str
                                                      ) -> None:
    assert _laid_out(f"     {who}, said, {_PLEASED}\n") == [
        (speaker, role, "We are very pleased to have")]


# -- a full name in capitals, a surname later ---------------------------------------------


@pytest.mark.parametrize(("named", "said", "who"), [
    # (was: no quote)
    ("ALEX HUI, PRESIDENT AND CEO", "Hui said.", ("ALEX HUI", "PRESIDENT AND CEO")),
    ("Photo: ALEX HUI, PRESIDENT AND CEO", "said Mr. Hui.", ("ALEX HUI", "PRESIDENT AND CEO")),
    ("ALEX HUI", "Hui said.", ("ALEX HUI", None)),
    ("Pericom named ALEX HUI to the board.", "Hui added.", ("ALEX HUI", None)),
    ("JOHN A. SMITH, PRESIDENT AND CEO", "Smith said.", ("JOHN A. SMITH", "PRESIDENT AND CEO")),
    ("JOHN SMITH, President and CEO", "Smith said.", ("JOHN SMITH", "President and CEO")),
])
def test_a_surname_means_the_name_printed_in_capitals(named: str, said: str,
                                                      who: tuple[str, str | None]) -> None:
    assert _laid_out(f"     {named}\n\n     {_MORE} {said}\n") == [
        (*who, "His background and experien")]


@pytest.mark.parametrize("named", [
    # (unchanged, pinned) a firm's name in capitals, a job before the name, another name
    "ALEX HUI & CO.",
    "HUI HOLDINGS",
    "PRESIDENT HUI",
    "JOHN SMITH, PRESIDENT AND CEO",
])
def test_no_name_in_capitals_reads_as_before(named: str) -> None:
    assert _laid_out(f"     {named}\n\n     {_MORE} Hui said.\n") == []


def test_a_name_in_mixed_case_still_comes_first() -> None:
    # (unchanged, pinned) the name printed in mixed case later is the one a surname means
    assert _laid_out(f"     ALEX HUI\n\n     Alex Hui, President, spoke.\n\n     {_MORE} Hui "
                     "said.\n") == [("Alex Hui", "President", "His background and experien")]


def test_a_name_quoted_in_capitals_after_a_caption_is_a_persons() -> None:
    # (was: no quote; 'said ALEX HUI.' alone may be a firm's, "ACME ROBOTICS")
    assert _laid_out(f"     ALEX HUI, PRESIDENT AND CEO\n\n     {_MORE} said ALEX HUI.\n") == [
        ("ALEX HUI", "PRESIDENT AND CEO", "His background and experien")]
    # (unchanged, pinned)
    assert _laid_out(f"     ALEX HUI\n\n     {_MORE} said ALEX HUI.\n") == []


@pytest.mark.parametrize("named", ["ACME ROBOTICS", "NEW YORK"])
def test_a_firm_or_place_quoted_in_capitals_after_a_job_stays_none(named: str) -> None:
    # (unchanged, pinned) a firm's or a place's name before a job's comma says no person
    assert _laid_out(f"     {named}, PRESIDENT AND CEO\n\n     {_MORE} said {named}.\n") == []


def test_a_surname_in_a_places_name_is_no_one() -> None:
    # (unchanged, pinned) "NEW YORK" names no person for '"...," York said'
    assert _laid_out(f"     NEW YORK, PRESIDENT AND CEO\n\n     {_MORE} York said.\n") == []


def test_a_name_quoted_in_mixed_case_takes_the_role_its_capitals_print() -> None:
    # (was: role None)
    assert _laid_out(f"     ALEX HUI, PRESIDENT AND CEO\n\n     {_MORE} said Alex Hui.\n") == [
        ("Alex Hui", "PRESIDENT AND CEO", "His background and experien")]


# -- a role ends at a quote mark --------------------------------------------------------------


@pytest.mark.parametrize("said", ["Hui said.", "said Alex Hui."])
def test_a_captions_role_ends_at_the_quote_under_it(said: str) -> None:
    # (was: 'President and CEO "His background and experience should prove to be a vital
    # resource')
    assert _laid_out(f"     Alex Hui, President and CEO\n\n     {_MORE} {said}\n") == [
        ("Alex Hui", "President and CEO", "His background and experien")]


def test_a_role_after_a_name_in_a_sentence_reads_as_before() -> None:
    # (unchanged, pinned) the role to its comma
    assert _laid_out(f"{_HOLDER}     {_MORE} Hui said.\n") == [
        ("Alex Hui", "President and CEO of Pericom", "His background and experien")]


# -- an interview's answers: a surname's label, a question and answer on one line ------------

_INTERVIEW = "     An interview with Alex Hui, President and CEO\n\n"


@pytest.mark.parametrize("label", ["Hui:", "Mr. Hui:"])
def test_an_answer_labelled_by_a_surname_is_the_interviewees(label: str) -> None:
    # (was: no quote)
    assert _laid_out(f"{_INTERVIEW}{_QUESTION}     {label} {_QUOTE}") == [
        ("Alex Hui", "President and CEO", "We are very pleased to have")]


def test_an_answer_labelled_by_a_surname_named_in_full_elsewhere() -> None:
    # (was: no quote) the full name and its job printed before, no interview heading
    assert _laid_out(f"{_HOLDER}{_QUESTION}     Hui: {_QUOTE}") == [
        ("Alex Hui", "President and CEO of Pericom", "We are very pleased to have")]


@pytest.mark.parametrize("label", ["Hui:", "Outlook:", "He:", "ALEX HUI:"])
def test_an_answer_label_naming_no_one_stays_none(label: str) -> None:
    # (unchanged, pinned) a surname named in full nowhere, a heading, a pronoun, a name in
    # capitals nothing says is a person's
    assert _laid_out(f"{_QUESTION}     {label} {_QUOTE}") == []


@pytest.mark.parametrize("row", [
    "Q: What does Dr. Wong bring to the board?   A:",
    "Question: What does Dr. Wong bring to the board? Answer:",
])
def test_a_question_and_answer_on_one_line_are_the_interviewees(row: str) -> None:
    # (was: no quote) a table's question and answer cells run on one line
    assert _laid_out(f"{_INTERVIEW}     {row} {_QUOTE}") == [
        ("Alex Hui", "President and CEO", "We are very pleased to have")]
    # (unchanged, pinned) with no interview heading, no one's
    assert _laid_out(f"     {row} {_QUOTE}") == []


# -- speed ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "CEO HUI " * 25_000,
    "- HUI " * 33_000,
    ("CEO " * 9 + "HUI ") * 5_000,
    "INC HUI INC " * 20_000,
])
def test_reading_capitals_for_a_surname_is_fast(text: str) -> None:
    # (imported here: the start tree has no such module, and its other tests still run)
    from filing2json.parsers.sections.press_quote_capitals import capitals_mention

    start = time.process_time()
    assert capitals_mention(text, "Hui") is None
    assert press_quotes._capitals_named(text, "Hui") is None
    assert not press_quotes._printed_with_job("ALEX HUI, " * 20_000, "ALEX HUI")
    assert time.process_time() - start < 5
