"""Press-release quotes (round 73b): an opening verb before a bare surname, a firm word as a
surname after a middle initial, a reported clause before "adding,", a given name alone.

Leads, each an edit of Pericom's 2006 8-K on Dr. Simon Wong's election
(8k_2006_pericomsemiconductorco_3.txt: "Alex Hui, President and CEO, said of Dr. Wong's
appointment, "We are very pleased ..."), its quote paragraph replaced:
- A verb opening a lead-in before a surname alone ('Added Hui: "..."', 'Added Mr. Hui:',
  'Continued Hui,') gave no quote: the surname
  is now resolved, as '"...," Hui said.' is, to the person the release named in full before
  ("Alex Hui joined Pericom in 1990."); the verb is no given name ("Added Hui" is no person
  a later "Hui said" means). A surname named in full nowhere stays dropped, "Mr. Hui" stays
  as printed, and a heading's "Comments from Hui:" stays none.
- A surname of the firm-word list after a common given name and a middle initial ("John Q.
  Public Jr., CEO, said") was split into speaker "John Q." and role "Public Jr.": the initial
  makes it a person's name; a firm's or an address's word there stays no surname ("John Q.
  Capital").
- 'said he was pleased, adding, "..."' (a reported clause with no "that" before the
  participle) gave no quote, and before "adding:" the clause was read into the role: the
  role ends at the verb.
- A given name alone ('"...," Alex said.') after the person's full name ("Alex Hui") gave no
  quote: it is that person's when the release named one person only with that given name
  before (two, "Alex Hui" and "Alex Kim", are no one's).
"""

from __future__ import annotations

import time

import pytest
from test_prsq69b_round69 import _laid_out
from test_prsq73_round73 import _PLEASED

from filing2json.parsers.sections import press_quotes
from filing2json.parsers.sections.person_names import person_name
from filing2json.parsers.sections.press_quote_who import parse_who

_SAID = '"We are very pleased with the results of the quarter,"'
_MARGINS = '"Our margins grew," Hui said.'
_JOINED = "     Alex Hui joined Pericom in 1990.\n\n"
_FOUND = ("Alex Hui", None, "We are very pleased with th")


# -- an opening verb before a surname alone ------------------------------------------------


@pytest.mark.parametrize("lead", [
    # (was: no quote)
    "Added Hui:", "Added Mr. Hui:", "Continued Hui,", "Said Hui:", "Noted Hui,",
])
def test_an_opening_verb_before_a_surname_named_in_full_before(lead: str) -> None:
    assert _laid_out(f"{_JOINED}     {lead} {_PLEASED}\n") == [_FOUND]


def test_an_opening_verb_is_no_given_name_of_a_later_surname() -> None:
    # (was: no quote, then "Added Hui" for '"...," Hui said.')
    assert _laid_out(f"{_JOINED}     Added Hui: {_PLEASED}\n\n     {_MARGINS}\n") == [
        _FOUND, ("Alex Hui", None, "Our margins grew")]
    # (was: ("Added Hui", "CEO")) the job printed with the surname
    assert _laid_out(f"{_JOINED}     Added Hui, CEO: {_PLEASED}\n") == [
        ("Alex Hui", "CEO", "We are very pleased with th")]


@pytest.mark.parametrize(("para", "found"), [
    # (unchanged, pinned) a full name after the verb; a surname named in full nowhere; a
    # heading's "Comments from"; a word no surname
    (f"     Added Alex Hui: {_PLEASED}\n", [_FOUND]),
    (f"     Added Hui: {_PLEASED}\n", []),
    (f"{_JOINED}     Comments from Hui: {_PLEASED}\n", []),
    (f"     Added to that, {_PLEASED}\n", []),
])
def test_other_opening_verbs_read_as_before(para: str,
                                            found: list[tuple[str, str | None, str]]) -> None:
    assert _laid_out(para) == found


def test_a_titled_surname_named_nowhere_stays_as_printed() -> None:
    # (was: no quote) as 'Mr. Hui said, "..."' reads
    assert _laid_out(f"     Added Mr. Hui, {_PLEASED}\n") == [
        ("Mr. Hui", None, "We are very pleased with th")]


# -- a firm word as a surname after a middle initial ---------------------------------------


@pytest.mark.parametrize(("lead", "speaker"), [
    # (was: ("John Q.", "Public Jr.") and ("John Q.", "Public"))
    ("John Q. Public Jr., CEO, said,", "John Q. Public Jr."),
    ("John Q. Public, CEO, said,", "John Q. Public"),
    ("Mary K. Press, CEO, said,", "Mary K. Press"),
    # (unchanged, pinned) a surname of no firm word
    ("John Q. Smith Jr., CEO, said,", "John Q. Smith Jr."),
])
def test_a_firm_word_after_a_middle_initial_is_a_surname(lead: str, speaker: str) -> None:
    assert _laid_out(f"     {lead} {_PLEASED}\n") == [
        (speaker, "CEO", "We are very pleased with th")]


@pytest.mark.parametrize("name", [
    # (unchanged, pinned) a firm's or an address's word; no initial; no common given name
    "John Q. Capital", "John Q. Holdings", "Thomas H. Lee Partners", "John F. Street",
    "John Public", "Acme Q. Public", "Q. Public",
])
def test_a_firm_word_elsewhere_is_no_surname(name: str) -> None:
    assert person_name(name) is None


def test_a_firm_word_surname_keeps_a_job_before_the_name() -> None:
    assert parse_who("Acme CEO John Q. Public") == ("John Q. Public", "Acme CEO")


# -- a reported clause before a participle -------------------------------------------------


@pytest.mark.parametrize("lead", [
    # (was: no quote)
    "Alex Hui, President and CEO, said he was pleased, adding,",
    "Alex Hui, President and CEO, said he was pleased, noting,",
    # (was: role "President and CEO, said he was pleased")
    "Alex Hui, President and CEO, said he was pleased, adding:",
    # (unchanged, pinned) what the verb was about before the participle; a clause a past
    # tense's word closes
    "Alex Hui, President and CEO, stated the company was well placed, adding,",
    "Alex Hui, President and CEO, said of Dr. Wong, adding,",
])
def test_a_reported_clause_before_adding_ends_the_role(lead: str) -> None:
    assert _laid_out(f"     {lead} {_PLEASED}\n") == [
        ("Alex Hui", "President and CEO", "We are very pleased with th")]


def test_the_clause_before_a_participle_scan_runs_in_linear_time() -> None:
    long = "Jane Doe, CEO, said she was " + "very " * 40_000 + "pleased, adding,"
    many = "Jane Doe, CEO, said she was pleased " * 6_000 + "with it, adding,"
    started = time.process_time()
    assert press_quotes._said_saying(long) is None
    press_quotes._said_saying(many)
    assert time.process_time() - started < 5


# -- a given name alone --------------------------------------------------------------------


@pytest.mark.parametrize("para", [
    # (was: no quote)
    f'     {_SAID} Alex said.\n',
    f'     {_SAID} said Alex.\n',
    f'     Alex said, {_PLEASED}\n',
])
def test_a_given_name_alone_is_the_person_named_in_full_before(para: str) -> None:
    assert _laid_out(_JOINED + para) == [_FOUND]


def test_a_given_name_alone_takes_the_role_printed_with_the_full_name() -> None:
    # (was: no quote)
    assert _laid_out(f"     Alex Hui, CEO of Pericom, joined in 1990.\n\n     {_SAID} Alex "
                     "said.\n") == [("Alex Hui", "CEO of Pericom", "We are very pleased with th")]


@pytest.mark.parametrize("para", [
    # (unchanged, pinned) two people of the given name; none named in full; "Mr." before it
    # (a surname's title)
    f"     Alex Hui joined Pericom in 1990. Alex Kim joined in 1995.\n\n     {_SAID} Alex said.\n",
    f"     {_SAID} Alex said.\n",
])
def test_a_given_name_of_no_one_person_stays_none(para: str) -> None:
    assert _laid_out(para) == []


def test_a_given_name_after_a_title_is_no_given_name() -> None:
    # (was the same) "Mr. Alex" names a surname, as printed
    assert _laid_out(f"{_JOINED}     {_SAID} Mr. Alex said.\n") == [
        ("Mr. Alex", None, "We are very pleased with th")]


def test_the_given_name_scan_runs_in_linear_time() -> None:
    text = "Alex Hui met Alex Hu and " + "Alex " * 40_000 + "Alex Hui-Lee " * 4_000
    started = time.process_time()
    assert press_quotes._given_named(text, "Alex") is None
    assert press_quotes._given_named("Alex, " * 40_000 + "Alex Hui joined.", "Alex") == (
        "Alex Hui", None)
    assert time.process_time() - started < 5
