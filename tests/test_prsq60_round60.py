"""Press-release quotes (round 60): a speaker quoted by full name ('"...," said Jane Doe.')
whom a verb of appointment gave a job earlier in the same paragraph ("Westell named Jane
Doe Chief Financial Officer."), and a firm named like a person after "and" in an appointed
role ("named CFO and Morgan Stanley Bank President": no second appointee).

The tests edit the quotes of Westell's 1999 8-K on its Teltrend merger (corpus filing: two
chief executives quoted with their full names and roles) into a shape other releases print
(a paragraph added after Kirby's quote, said in each test): the corpus prints none of these
shapes.
"""

from __future__ import annotations

import time

import pytest
from test_prsq45_round45 import _KIRBY_END, _quotes

from filing2json.parsers.sections.press_quote_roles import without_next_appointee
from filing2json.parsers.sections.press_quotes import find_quotes

_SOON = '"We expect to close soon,"'


@pytest.mark.parametrize("named", [
    "Westell named Jane Doe Chief Financial Officer.",
    "Westell today announced that it has appointed Jane Doe Chief Financial Officer.",
    "Jane Doe was named Chief Financial Officer.",
    "Jane Doe has been appointed Chief Financial Officer effective March 1.",
])
@pytest.mark.parametrize("said", [f"{_SOON} said Jane Doe.", f"{_SOON} Jane Doe said.",
                                  'Jane Doe said, "We expect to close soon."'])
def test_a_full_name_has_the_job_appointed_earlier_in_the_paragraph(named: str, said: str
                                                                     ) -> None:
    # the appointee quoted by her full name in the paragraph that appointed her (was: no
    # role; "said Ms. Doe" had it)
    quotes = _quotes(_KIRBY_END, f"{_KIRBY_END}\n{named} {said}\n")
    assert quotes[-1][:2] == ("Jane Doe", "Chief Financial Officer")


def test_a_full_name_has_only_a_job_given_to_them() -> None:
    # the second of two appointees quoted by full name: the job after her name (was: none)
    quotes = _quotes(_KIRBY_END, f"{_KIRBY_END}\nWestell named John Smith Chief Financial "
                     f"Officer and Jane Doe Treasurer. {_SOON} said Jane Doe.\n")
    assert quotes[-1][:2] == ("Jane Doe", "Treasurer")
    # (a mention with no job gives none; nor does another person's appointment)
    quotes = _quotes(_KIRBY_END, f"{_KIRBY_END}\nJane Doe joined Westell in May. {_SOON} "
                     "said Jane Doe.\n")
    assert quotes[-1][:2] == ("Jane Doe", None)
    quotes = _quotes(_KIRBY_END, f"{_KIRBY_END}\nWestell named John Smith Chief Financial "
                     f"Officer. {_SOON} said Jane Doe.\n")
    assert quotes[-1][:2] == ("Jane Doe", None)


@pytest.mark.parametrize(("named", "role"), [
    ("Jane Doe was named CFO and Morgan Stanley Bank President.",
     "CFO and Morgan Stanley Bank President"),
    ("Westell named Jane Doe CFO and Morgan Stanley Asia Chairman.",
     "CFO and Morgan Stanley Asia Chairman"),
    ("Jane Doe was named Treasurer and Charles Schwab Bank President.",
     "Treasurer and Charles Schwab Bank President"),
])
def test_a_firm_named_like_a_person_after_and_is_part_of_the_role(named: str, role: str
                                                                   ) -> None:
    # a firm whose name reads as a given name and a surname (known as one, or with a
    # firm's word after it), then more of the job (was: the role cut there as before a
    # second appointee: "CFO")
    quotes = _quotes(_KIRBY_END, f"{_KIRBY_END}\n{named} {_SOON} said Ms. Doe.\n")
    assert quotes[-1][:2] == ("Jane Doe", role)


@pytest.mark.parametrize("named", [
    "Westell named Jane Doe CFO and Morgan Stanley its financial adviser.",
    "Jane Doe was named CFO and Morgan Stanley was retained as adviser.",
    "Westell named Jane Doe CFO and John Smith CEO.",
])
def test_a_firm_or_person_the_verb_named_with_the_speaker_ends_the_role(named: str) -> None:
    # the firm named like a person, a second object of the verb or a new clause's
    # subject: the role ends before it, as before a second appointee, whether she is
    # quoted by surname or (was: no role) in full
    for said in ("Ms. Doe", "Jane Doe"):
        quotes = _quotes(_KIRBY_END, f"{_KIRBY_END}\n{named} {_SOON} said {said}.\n")
        assert quotes[-1][:2] == ("Jane Doe", "CFO")


@pytest.mark.parametrize("role", [
    "CFO and Morgan Stanley " * 9000, "CFO and Morgan " + "Stanleyy" * 25000,
    "CFO and Charles Schwab &" * 8000, "CFO and Morgan Stanley Bank President " * 6000,
])
def test_a_long_appointed_role_is_cut_in_linear_time(role: str) -> None:
    start = time.process_time()
    cut = without_next_appointee(role)
    assert time.process_time() - start < 5
    assert cut.startswith("CFO and Morgan Stanley Bank") == role.endswith("President ")


def test_many_names_quoted_once_each_stay_fast() -> None:
    # ~2,000 people each named once and quoted ('Jane Doeabc said, "..."'): each name is
    # looked up in the paragraph before its quote (was a pattern compiled per name: ~8 s)
    names = [f"Bob Smith{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}{chr(97 + i // 676)}"
             for i in range(2000)]
    text = "WALTHAM, Mass-August 2, 2000-- x\n" + "".join(f'{n} said, "a b." ' for n in names)
    start = time.process_time()
    find_quotes(text)
    assert time.process_time() - start < 5
