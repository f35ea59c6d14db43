"""Press-release quotes (round 73): a reported clause with no "that" ends a lead-in's role;
a person a sentence opens by calling "He" or "She" is of that sex.

Leads, edits of Pericom's 2006 8-K on Dr. Simon Wong's election
(8k_2006_pericomsemiconductorco_3.txt: "Alex Hui, President and CEO, said of Dr. Wong's
appointment, "We are very pleased ..."):
- A lead-in whose verb reports a clause with no "that" before the colon ('Alex Hui,
  President and CEO, said she was pleased with the quarter: "..."') read the clause into the
  role ("President and CEO, said she was pleased with the quarter"); the role now ends at
  the verb, as it did with "that" ('said that he was pleased:'), and so does a comma's when
  a sentence is quoted ('said he was pleased, "We are ..."'; was no quote). A clause running
  into the quote ('said he believes "..."') or a title quoted after the comma stays none.
- "she said" under a given name of either sex ("Jordan Hui joined Pericom in 1990.") was no
  one's: Dr. Simon Wong, whom no given name or honorific gives a sex, may have been meant as
  well. The release calls him "He" ("... the election of Dr. Simon Wong to its Board of
  Directors. He will begin serving ..."): a sentence opening "He" or "She" right after words
  naming one person only gives that person the sex, so "she" is Jordan Hui's (and no longer
  Dr. Wong's under "Mr. Hui joined ...").
"""

from __future__ import annotations

import time

import pytest
from test_prsq69b_round69 import _OLD, _laid_out

from filing2json.parsers import parse
from filing2json.parsers.sections import press_quotes
from support import FILINGS

_PERICOM = "8k_2006_pericomsemiconductorco_3.txt"
_PLEASED = '"We are very pleased with the results of the quarter."'
_MORE = '"His background and experience should prove to be a vital resource,"'
# (the release's media contacts, two people of either sex, replaced by a desk where a test
# reads whom a pronoun means among the people its body names)
_CONTACTS = "Deborah Stapleton or Alexis Pascal"


# -- a reported clause with no "that" -----------------------------------------------------


@pytest.mark.parametrize("lead", [
    # (was: role "President and CEO, said she was pleased with the quarter", ...)
    "Alex Hui, President and CEO, said she was pleased with the quarter:",
    "Alex Hui, President and CEO, said the company was well placed for growth:",
    "Alex Hui, President and CEO, stated he is proud of the team:",
    "Alex Hui, President and CEO said she was pleased with the quarter:",
    # (was: no quote) a comma before a sentence quoted
    "Alex Hui, President and CEO, said he was pleased,",
    "Alex Hui, President and CEO, noted they had a strong year,",
])
def test_a_reported_clause_ends_the_role(lead: str) -> None:
    assert _laid_out(f"     {lead} {_PLEASED}\n") == [
        ("Alex Hui", "President and CEO", "We are very pleased with th")]


@pytest.mark.parametrize(("lead", "role"), [
    # (was: no quote) the job before the name (its possessive dropped); no job
    ("Pericom's President and CEO Alex Hui said the company was well placed:",
     "President and CEO"),
    ("Alex Hui said the company was well placed:", None),
])
def test_a_reported_clause_after_the_name_gives_the_speaker(lead: str, role: str | None
                                                            ) -> None:
    assert _laid_out(f"     {lead} {_PLEASED}\n") == [
        ("Alex Hui", role, "We are very pleased with th")]


@pytest.mark.parametrize(("lead", "found"), [
    # (unchanged, pinned) "that" opening the clause
    ("Alex Hui, President and CEO, said that he was pleased:",
     [("Alex Hui", "President and CEO", "We are very pleased with th")]),
    # (unchanged, pinned) a clause running into the quote, no lead-in's stop: a phrase
    # reported; a firm or a surname named in full nowhere
    ("Alex Hui, President and CEO, said he believes", []),
    ("Pericom said the results were strong:", []),
    ("Hui said the results were strong:", []),
])
def test_other_lead_ins_read_as_before(lead: str, found: list[tuple[str, str | None, str]]
                                       ) -> None:
    assert _laid_out(f"     {lead} {_PLEASED}\n") == found


@pytest.mark.parametrize("para", [
    # (unchanged, pinned) a title quoted after the clause's comma, a phrase quoted in it
    'Alex Hui, President and CEO, said they named it, "Widget Pro," a first.',
    'Alex Hui, President and CEO, said the results were "a record," adding more.',
])
def test_a_clause_before_a_title_stays_none(para: str) -> None:
    assert _laid_out(f"     {para}\n") == []


def test_the_reported_clause_scan_runs_in_linear_time() -> None:
    lead = "Jane Doe, CEO, said she was " + "very " * 40_000 + "pleased:"
    many = "Jane Doe, CEO, said she was pleased " * 6_000 + "with it:"
    started = time.process_time()
    assert press_quotes._said_clause(lead, "We grew.") is None
    assert press_quotes._said_clause(many, "We grew.") is not None
    assert time.process_time() - started < 5


# -- a person called "He" or "She" --------------------------------------------------------


def _without_contacts(new: str) -> list[tuple[str, str | None, str]]:
    """(speaker, role, text's first words) of Pericom's quotes, its quote paragraph replaced
    by ``new`` and its contacts by a desk."""
    text = (FILINGS / _PERICOM).read_text(encoding="latin-1")
    assert _OLD in text and _CONTACTS in text
    text = text.replace(_OLD, new, 1).replace(_CONTACTS, "Investor Relations")
    record = parse(text.encode("latin-1"), _PERICOM)
    return [(q["speaker"], q["role"], q["text"][:27])
            for q in record["press_releases"][0]["quotes"]]


@pytest.mark.parametrize(("named", "speaker"), [
    # (was: no quote: Dr. Simon Wong might have been "she")
    ("Jordan Hui joined Pericom in 1990.", "Jordan Hui"),
    ("Pericom named Jordan Hui to its board.", "Jordan Hui"),
    ("Jane Hui joined Pericom in 1990.", "Jane Hui"),
])
def test_she_is_not_a_man_the_release_calls_he(named: str, speaker: str) -> None:
    assert _without_contacts(f"     {named}\n\n     {_MORE} she said.\n") == [
        (speaker, None, "His background and experien")]


def test_she_is_no_longer_the_man_the_release_calls_he() -> None:
    # (was: "Simon Wong", the one person of a sex left unknown)
    assert _without_contacts(f"     Mr. Hui joined Pericom in 1990.\n\n     {_MORE} she said.\n"
                             ) == []


@pytest.mark.parametrize(("named", "pronoun", "found"), [
    # (unchanged, pinned) two men may be meant: no one; the one man; a job's caption
    ("Jordan Hui joined Pericom in 1990.", "he", []),
    ("Jane Hui joined Pericom in 1990.", "he",
     [("Simon Wong", "Professor of Electrical Engineering at Stanford University",
       "His background and experien")]),
    ("Jordan Hui, President and CEO", "he",
     [("Jordan Hui", "President and CEO", "His background and experien")]),
])
def test_other_pronouns_read_as_before(named: str, pronoun: str,
                                       found: list[tuple[str, str | None, str]]) -> None:
    assert _without_contacts(f"     {named}\n\n     {_MORE} {pronoun} said.\n") == found


def test_the_contacts_still_leave_she_unsure() -> None:
    # (unchanged, pinned) two contacts who may be women, as the release prints them
    assert _laid_out(f"     Jordan Hui joined Pericom in 1990.\n\n     {_MORE} she said.\n") == []


@pytest.mark.parametrize(("text", "found"), [
    ("Acme elected Dr. Simon Wong to its board. He will serve.", {"Wong": "he"}),
    ("Acme named Alex Hui CFO.\nShe joined in 2001.", {"Hui": "she"}),
    # two people before it, a surname "He" after an honorific, a sex read both ways: none
    ("Acme named Alex Hui and Dr. Simon Wong. He will serve.", {}),
    ("Acme thanked Alex Hui and Dr. He. Wong will serve.", {}),
    ("Acme named Alex Hui. He will serve. Alex Hui then left. She returned.", {}),
])
def test_the_pronoun_read(text: str, found: dict[str, str]) -> None:
    assert press_quotes._called_by_pronoun(text, {"Hui", "Wong"}) == found


def test_the_pronoun_read_runs_in_linear_time() -> None:
    text = "Acme named Alex Hui and Dr. Simon Wong. He will serve. " * 4_000
    started = time.process_time()
    assert press_quotes._called_by_pronoun(text, {"Hui", "Wong", "Doe", "Roe"}) == {}
    assert time.process_time() - started < 5
