"""Press-release quotes (round 70): four attribution shapes.

(Speed, issue 6, not landed: parse_who's per-release memory as a bounded lru_cache kept
across releases read the same, but saved about 20 of the corpus pass's 77 readings, ~2M
instructions of ~2,750M, below the noise.)

Leads, edits of Pericom's 2006 8-K on Dr. Simon Wong's election
(8k_2006_pericomsemiconductorco_3.txt: "Alex Hui, President and CEO, said of Dr. Wong's
appointment, "We are very pleased ...") and of Westell's 1999 8-K on Teltrend
(8k_1999_westelltechnologiesinc_3.txt: 'J. Nelson Westell Inc.,  President and COO,
remarked "Both Teltrend and Westell ..."'):
- An answer marked "A:" under a question is the person an interview's heading names ("An
  interview with Alex Hui, President and CEO" / "Q: ..." / 'A: "We are ..."').
- A heading over the quote naming its speaker with no colon ("From Alex Hui, President and
  CEO") reads as the one with a colon.
- A role read from a paragraph in capitals ('"...," SAID ALEX HUI, PRESIDENT AND CEO.') and
  given to a speaker quoted again in mixed case keeps its words as printed ("PRESIDENT AND
  CEO"; was "President and Ceo").
- An initial and a common given name before a firm's legal form ("J. Walter Thompson Co.")
  name the firm, no person (was speaker "J. Walter"); a firm by its legal form then a bare
  job ("Westell Inc., President and COO, remarked") is that job's holder named in the
  release, when the holder's job names no other firm.
"""

from __future__ import annotations

import time

import pytest
from test_prsq69b_round69 import _QUESTION, _QUOTE, _laid_out

from filing2json.parsers import parse
from filing2json.parsers.sections import press_quotes
from filing2json.parsers.sections.press_quote_who import parse_who
from support import FILINGS

# -- an interview's answerer is its release's --------------------------------------------


def test_an_interviewee_is_no_later_releases() -> None:
    # (pinned) the heading of one release names no answerer of the next
    assert _laid_out(f"     An interview with Alex Hui, CEO\n\n{_QUESTION}     A: {_QUOTE}") == [
        ("Alex Hui", "CEO", "We are very pleased to have")]
    assert _laid_out(f"{_QUESTION}     A: {_QUOTE}") == []


# -- an interview's "A:" answers ----------------------------------------------------------


@pytest.mark.parametrize(("heading", "role"), [
    # (was: no quote)
    ("An interview with Alex Hui, President and CEO", "President and CEO"),
    ("Q&A with Alex Hui, President and CEO of Pericom:", "President and CEO of Pericom"),
    ("A conversation with Alex Hui, CEO", "CEO"),
])
def test_an_answer_marked_a_is_the_interviewees(heading: str, role: str) -> None:
    assert _laid_out(f"     {heading}\n\n{_QUESTION}     A: {_QUOTE}") == [
        ("Alex Hui", role, "We are very pleased to have")]


def test_each_answer_of_the_interview_is_the_interviewees() -> None:
    second = '     Q: Why now?\n\n     A: "Because the time is right to grow the board."\n'
    assert _laid_out(f"     An interview with Alex Hui, President and CEO\n\n{_QUESTION}"
                     f"     A: {_QUOTE}\n{second}") == [
        ("Alex Hui", "President and CEO", "We are very pleased to have"),
        ("Alex Hui", "President and CEO", "Because the time is right t")]


def test_an_answer_with_no_interviewee_named_stays_none() -> None:
    # (unchanged, pinned) no heading, one naming no person, or no question before the answer
    for heading in ("", "     An interview with the Chief Executive Officer\n\n",
                    "     An interview with analysts\n\n"):
        assert _laid_out(f"{heading}{_QUESTION}     A: {_QUOTE}") == [], heading
    assert _laid_out(f"     An interview with Alex Hui, President and CEO\n\n     A: {_QUOTE}"
                     ) == []


def test_the_interview_heading_scan_runs_in_linear_time() -> None:
    start = time.process_time()
    press_quotes._interviewee("Interview with A" * 12500)
    press_quotes._interviewee("Q&A with Alex Hui, " + "President and CEO " * 11000 + ":")
    press_quotes._INTERVIEW_WITH.search("interview with Ab" + " ." * 100000 + "x")
    assert time.process_time() - start < 5


# -- a heading naming the speaker with no colon -------------------------------------------


@pytest.mark.parametrize("heading", [
    # (was: no quote)
    "From Alex Hui, President and CEO",
    "Comments from Alex Hui, President and CEO",
])
def test_a_heading_with_no_colon_gives_its_speaker(heading: str) -> None:
    assert _laid_out(f"     {heading}\n\n          {_QUOTE}") == [
        ("Alex Hui", "President and CEO", "We are very pleased to have")]


def test_a_heading_with_no_colon_naming_no_job_or_no_one_stays_none() -> None:
    # (unchanged, pinned) as with the colon: a name needs its job, and a phrase is none
    for heading in ("From Alex Hui", "From the beginning", "From Alex Hui, President and CEO."):
        assert _laid_out(f"     {heading}\n\n          {_QUOTE}") == [], heading


# -- a role read from a paragraph in capitals keeps its words as printed -------------------

_CAPS_SAID = ('     "WE ARE VERY PLEASED TO HAVE DR. WONG JOIN OUR BOARD OF DIRECTORS," SAID '
              "ALEX HUI, PRESIDENT AND CEO.\n\n")
_MORE = '"His background and experience should prove to be a vital resource,"'


def test_a_role_read_in_capitals_keeps_its_capitals() -> None:
    # (was: "President and Ceo", "President and Ceo of Pericom"; round 70b: the name as
    # the release prints it too, "ALEX HUI", was "Alex Hui")
    assert _laid_out(f"{_CAPS_SAID}     {_MORE} Hui added.\n") == [
        ("ALEX HUI", "PRESIDENT AND CEO", "WE ARE VERY PLEASED TO HAVE"),
        ("ALEX HUI", "PRESIDENT AND CEO", "His background and experien")]
    assert _laid_out("     ALEX HUI, PRESIDENT AND CEO OF PERICOM, SAID THE BOARD WILL GROW "
                     f"TO SEVEN MEMBERS THIS YEAR.\n\n     {_MORE} he added.\n") == [
        ("ALEX HUI", "PRESIDENT AND CEO OF PERICOM", "His background and experien")]


def test_a_role_printed_in_mixed_case_too_stays_as_read() -> None:
    # (unchanged, pinned) the job the mixed-case paragraph prints is the role
    assert _laid_out(f"{_CAPS_SAID}     {_MORE} said Alex Hui, President and CEO.\n") == [
        ("ALEX HUI", "PRESIDENT AND CEO", "WE ARE VERY PLEASED TO HAVE"),
        ("Alex Hui", "President and CEO", "His background and experien")]


# -- a firm named for a person, by its legal form ----------------------------------------

_WESTELL = "8k_1999_westelltechnologiesinc_3.txt"
_NELSON = "J. Nelson Westell Inc.,  President and COO,  remarked"
_TELTREND = "Teltrend, established in 1979,"


def _westell(said: str, named: str = "") -> list[tuple[str, str | None]]:
    """(speaker, role) of Westell's quotes, Nelson's lead-in edited to ``said`` and
    ``named`` printed before Teltrend's paragraph."""
    text = (FILINGS / _WESTELL).read_text(encoding="latin-1")
    assert _NELSON in text and _TELTREND in text
    text = text.replace(_NELSON, said, 1).replace(_TELTREND, f"{named} {_TELTREND}", 1)
    record = parse(text.encode("latin-1"), _WESTELL)
    return [(q["speaker"], q["role"]) for q in record["press_releases"][0]["quotes"]]


_ZIONTS = ("Marc Zionts", "Chief Executive Officer of Westell")
_KIRBY = ("Howard Kirby", "Chairman and Chief Executive Officer of Teltrend")
_HOLDER = "J. William Nelson, President and COO of Westell, will lead the combined company."


@pytest.mark.parametrize("who", [
    "J. Walter Thompson Co., a unit of WPP Group",
    "J. Walter Thompson Co., President and CEO",
])
def test_an_initial_and_a_given_name_before_a_legal_form_are_a_firm(who: str) -> None:
    # (was: "J. Walter")
    assert parse_who(who) is None


@pytest.mark.parametrize("said", [
    "J. Walter Thompson Co., a unit of WPP Group, remarked",
    "J. Walter Thompson Co.,  President and COO,  remarked",
])
def test_a_firm_named_for_its_founder_quotes_no_one(said: str) -> None:
    # (was: speaker "J. Walter"); no holder of the job at that firm is named: none
    assert _westell(said) == [_ZIONTS, _KIRBY]
    assert _westell(said, _HOLDER) == [_ZIONTS, _KIRBY]  # (Westell's job: not the firm's)


def test_a_firm_by_its_legal_form_then_a_job_is_the_jobs_holder() -> None:
    # (was: no quote) the release names the holder elsewhere
    assert _westell("Westell Inc.,  President and COO,  remarked", _HOLDER) == [
        _ZIONTS, ("J. William Nelson", "President and COO of Westell"), _KIRBY]
    assert _westell("Westell Inc.,  President and COO,  remarked",
                    "J. William Nelson, President and COO, will lead the company.") == [
        _ZIONTS, ("J. William Nelson", "President and COO"), _KIRBY]
    assert _westell("Westell Inc.,  President and COO,  remarked") == [_ZIONTS, _KIRBY]


def test_a_name_run_into_its_firm_stays_the_speaker() -> None:
    # (unchanged, pinned) an initial and a surname: the person, the firm the role's
    assert _westell(_NELSON) == [_ZIONTS, ("J. Nelson", "Westell Inc. President and COO"),
                                 _KIRBY]
    assert parse_who("Rich Jacobson Horizon Financial Corp., Chief Executive Officer") == (
        "Rich Jacobson", "Horizon Financial Corp. Chief Executive Officer")
    assert parse_who("Kevin Walter Acme Inc., President") == (
        "Kevin Walter", "Acme Inc. President")
