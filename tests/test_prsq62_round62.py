"""Press-release quotes (round 62): a public office before the speaker's name and a place or
court after it ("Sen. Jane Doe of Texas", "Judge Jane Doe of the U.S. District Court"), read
as round 61b reads "Professor Jane Doe of Stanford University": the office of the place or
body, an abbreviated office spelled out ("Senator of Texas", "Professor of ..."), a court's
or other public body's name after "U.S." kept whole; and a job the release gives a speaker
named in full with none by the surname alone ("Doe has served as CFO since 2001", "Ms. Doe
is Acme's CFO"); and a participle's clause after the role (", summing up the year", ",
looking ahead") no part of it.

The corpus prints none of these shapes. The tests edit Pericom's 2006 8-K on Dr. Simon
Wong's election to its board (Alex Hui, "President and CEO", quoted) and Westell's 1999
8-K on its Teltrend merger, each edit said in its test.
"""

from __future__ import annotations

import time

import pytest
from test_prsq45_round45 import _KIRBY, _KIRBY_END, _KIRBY_SAID, _quotes
from test_prsq60_round60 import _SOON
from test_prsq61b_round61 import _HUI_SAID, _QUOTE_END, _pericom

from filing2json.parsers.sections.press_quote_who import name_tail
from filing2json.parsers.sections.press_quotes import find_quotes


@pytest.mark.parametrize(("said", "role"), [
    # (was: "Sen. of Texas", "U.S. Sen. of Texas", "Prof. of Stanford University",
    # "Lt. Gov. of Texas"; "Professor Simon Wong of Stanford University" was "Professor of
    # Stanford University" already)
    ("Sen. Simon Wong of Texas said,", "Senator of Texas"),
    ("U.S. Sen. Simon Wong of New Mexico said,", "U.S. Senator of New Mexico"),
    ("Prof. Simon Wong of Stanford University said,", "Professor of Stanford University"),
    ("Lt. Gov. Simon Wong of Texas said,", "Lieutenant Governor of Texas"),
    # (was: "Judge of the U.S.", "General of the U.S.": cut at the initials' stop, the
    # body's two capitals read as a person's name)
    ("Judge Simon Wong of the U.S. District Court said,", "Judge of the U.S. District Court"),
    ("Judge Simon Wong of the U.S. District Court for the District of Delaware said,",
     "Judge of the U.S. District Court for the District of Delaware"),
    ("General Simon Wong of the U.S. Air Force said,", "General of the U.S. Air Force"),
])
def test_an_office_and_the_place_or_court_after_the_name_make_the_role(
        said: str, role: str) -> None:
    # Pericom's quote said by an office holder instead of its CEO
    assert _pericom(_HUI_SAID, said) == [("Simon Wong", role)]


def test_an_office_spelled_out_or_abbreviated_reads_alike() -> None:
    # (was: "Sen. of Texas" for the abbreviation, "Senator of Texas" spelled out)
    for said in ("Sen. Simon Wong of Texas said,", "Senator Simon Wong of Texas said,"):
        assert _pericom(_HUI_SAID, said) == [("Simon Wong", "Senator of Texas")], said
    # a party and state in brackets are no body, spelled out alike (round 62b; was "Sen.")
    assert _pericom(_HUI_SAID, "Sen. Simon Wong (R-Texas) said,") == [
        ("Simon Wong", "Senator (R-Texas)")]


def test_a_court_named_after_its_initials_goes_on_in_a_role_after_the_name() -> None:
    # (was: "Judge of the U.S.")
    quotes = _quotes(_KIRBY_END, f"{_KIRBY_END}\n{_SOON} said Jane Doe, Judge of the U.S. "
                     "Court of Appeals for the Ninth Circuit.\n")
    assert quotes[-1][:2] == ("Jane Doe", "Judge of the U.S. Court of Appeals for the Ninth "
                                          "Circuit")


def test_a_public_body_after_initials_is_no_persons_name() -> None:
    for body in ("District Court", "Air Force", "Postal Service",
                 "Court of Appeals for the Ninth Circuit"):
        assert name_tail(body), body
    # a given name before a body's word is a person ("U.S. Margaret Court"); a sentence
    # going on in lower case is none
    for other in ("Margaret Court", "Service revenue rose", "Court ruled for the company"):
        assert not name_tail(other), other


_HELD = ("Hui has served as President and Chief Executive Officer since 1990.",
         "President and Chief Executive Officer")


@pytest.mark.parametrize(("held", "role"), [
    _HELD,
    ("Mr. Hui has been President of Pericom since 1990.", "President of Pericom"),
    ("Mr. Hui joined Pericom in 1990 as President.", "President"),
    ("Mr. Hui is President and Chief Executive Officer of Pericom.",
     "President and Chief Executive Officer of Pericom"),
])
def test_a_job_given_by_the_surname_alone_is_the_full_names(held: str, role: str) -> None:
    # Pericom's CEO quoted by his full name with no job, the job given by his surname in a
    # paragraph before the quote or after it (was: none)
    said = "Alex Hui said of Dr. Wong's appointment,"
    assert _pericom(_HUI_SAID, f"{held}\n\n     {said}") == [("Alex Hui", role)]
    assert _pericom(_HUI_SAID, said, (_QUOTE_END, f"{_QUOTE_END}\n\n     {held}")) == [
        ("Alex Hui", role)]


def test_a_surname_shared_or_inside_a_sentence_gives_no_job() -> None:
    said = "Alex Hui said of Dr. Wong's appointment,"
    held = _HELD[0]
    assert _pericom(_HUI_SAID, f"{held}\n\n     {said}") == [("Alex Hui", _HELD[1])]
    # another person of that surname named in full: either may be meant
    assert _pericom(_HUI_SAID, said, (_QUOTE_END, f"{_QUOTE_END}\n\n     {held} Mary Hui "
                                                  "is its Treasurer.")) == [("Alex Hui", None)]
    # the surname as a word inside a sentence (a firm's name), a past job or no job
    for other in (f"Pericom {held}", "Mr. Hui served as a director of Acme from 1985 to 1990.",
                  "Mr. Hui has been with Pericom since 1990."):
        assert _pericom(_HUI_SAID, f"{other}\n\n     {said}") == [("Alex Hui", None)], other


@pytest.mark.parametrize("clause", ["summing up the year", "looking ahead",
                                    "looking ahead to 2000", "reviewing the merger's terms",
                                    "managing the transition"])
def test_a_participles_clause_after_the_role_is_no_part_of_it(clause: str) -> None:
    # Kirby's attribution with what he did as he spoke after his role (was: the role
    # holding the clause: "Chairman ... of Teltrend, summing up the year")
    quotes = _quotes(_KIRBY_SAID, f"stated Howard Kirby, {_KIRBY[1]}, {clause}.")
    assert quotes[2][:2] == _KIRBY
    # a department in lower case after the job stays ("-ing" and no article after it)
    quotes = _quotes(_KIRBY_SAID, "stated Howard Kirby, Vice President, marketing and sales.")
    assert quotes[2][:2] == ("Howard Kirby", "Vice President, marketing and sales")


def test_a_surname_printed_thousands_of_times_is_read_in_linear_time() -> None:
    # ~200 KB of the surname's mentions giving no job
    text = (f"{_SOON} said Jane Doe.\n\n{'Doe has been with Acme since Doe. ' * 6000}\n\n"
            f"{_SOON} said Jane Doe.\n")
    start = time.process_time()
    quotes = find_quotes(text)
    assert time.process_time() - start < 5
    assert quotes[-1]["role"] is None


def test_a_public_body_printed_thousands_of_times_is_read_in_linear_time() -> None:
    said = "Judge of the U.S. District Court for the " * 5000
    start = time.process_time()
    find_quotes(f"{_SOON} said Jane Doe, {said}Acme.\n")
    assert time.process_time() - start < 5
