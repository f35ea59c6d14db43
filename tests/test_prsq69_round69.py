"""Press-release quotes (round 69): speed first (issue 6), then a deed in a lead-in.

Speed, no record changed: quotes_in tests each paragraph for a double mark once (and again
only where the paragraph changes) and skips the quote helpers for one with none; the marks
found are handed to quote_spans, not found again; the scan for a release's last quote reads
each paragraph with one chain of substring tests (_may_quote); parse_who answers a text it
read before in the same release from memory (forget_attributions empties it at each release).
The tests below hold each rewrite to what it replaced, on real lines and on edge cases.

Leads, each an edit of Pericom's 2006 8-K on Dr. Simon Wong's election
(8k_2006_pericomsemiconductorco_3.txt: "Alex Hui, President and CEO, said of Dr. Wong's
appointment, "We are very pleased ..."):
- A deed's bare noun before "in" or "for" and a determiner is no part of the role ("Alex Hui,
  President and CEO, expressed confidence in the team:"; the role was "President and CEO,
  expressed confidence in the team").
- The same deed joined to the verb by "and" ("Alex Hui, CEO, expressed confidence in the team
  and said,"; the role was "CEO, expressed confidence in the team and").
- "Per" before a rarer given name, a surname and a job stays in the name (unchanged, pinned),
  and a speaker named by surname whose job only the signature block prints keeps no role.
"""

from __future__ import annotations

import time

import pytest
from test_prsq61b_round61 import _HUI_SAID, _pericom

from filing2json.parsers.sections import press_quotes
from filing2json.parsers.sections.press_quote_guillemets import (
    guillemets_doubled,
    may_hold_guillemets,
)
from filing2json.parsers.sections.press_quote_singles import (
    may_hold_singles,
    straight_singles_doubled,
)
from filing2json.parsers.sections.press_quote_who import parse_who
from support import FILINGS

# -- speed: each rewrite reads as what it replaced ---------------------------------------

_PARAS = [
    "Alex Hui, President and CEO, said of Dr. Wong's appointment, \"We are very pleased.\"",
    "The company's shares rose; its customers' orders grew.",
    "Jane Doe said: 'We are delighted with the results.'",
    "Jane Doe said: \u2018We are delighted.\u2019 Sales rose.",
    "Jane Doe said: \u00abWe are delighted with the year.\u00bb",
    "OJSC \u00abAcme Steel\u00bb reported \"record\" output.",
    "``We grew,'' said John Smith, CEO.",
    "\u2018\u2018We grew,\u2019\u2019 said John Smith, CEO.",
    "It's a 12\" wafer.",
    "No quote here at all.",
    "",
    "'",
    "``",
    "a '' b",
    "\u201cOpen and never closed",
]


def _old_may_quote(para: str) -> bool:
    """_may_quote as the start of the round printed it."""
    return ("\u2018" in para or press_quotes._has_mark(para)
            or ("'" in para and may_hold_singles(para)) or may_hold_guillemets(para))


def _old_doubled(para: str) -> str:
    """The start of the round's chain of single-mark and guillemet readings in quotes_in."""
    if may_hold_guillemets(para) and not press_quotes._has_mark(para):
        para = guillemets_doubled(para)
    if "\u2018" in para and not press_quotes._has_mark(para):
        para = press_quotes.single_quotes_doubled(para)
    elif "'" in para and may_hold_singles(para) and not press_quotes._has_mark(para):
        para = straight_singles_doubled(para)
    return para


@pytest.mark.parametrize("para", _PARAS)
def test_the_one_substring_chain_reads_as_the_old_tests(para: str) -> None:
    assert press_quotes._may_quote(para) is _old_may_quote(para)


@pytest.mark.parametrize("para", _PARAS)
def test_a_paragraph_with_no_double_mark_is_doubled_as_before(para: str) -> None:
    if press_quotes._has_mark(para):
        assert _old_doubled(para) == para
    else:
        assert press_quotes._marks_doubled(para) == _old_doubled(para)


@pytest.mark.parametrize("para", _PARAS)
def test_the_marks_handed_on_give_the_spans_found_before(para: str) -> None:
    if press_quotes._has_mark(para):
        assert press_quotes.quote_spans(para, press_quotes._marks(para)) == (
            press_quotes.quote_spans(para))
    else:
        assert press_quotes.quote_spans(para) == []


def test_parse_who_answers_a_text_again_as_it_read_it() -> None:
    said = "Alex Hui, President and CEO"
    press_quotes.forget_attributions()
    first = parse_who(said)
    assert first == ("Alex Hui", "President and CEO")
    assert parse_who(said) is first
    press_quotes.forget_attributions()  # (a new release reads it afresh)
    assert parse_who(said) == first
    assert parse_who("he") == ("he", None)


def test_the_release_reads_the_same_with_the_memory_emptied_or_kept() -> None:
    # a release read twice gives the same quotes (the memory is emptied at each release)
    first = _pericom(_HUI_SAID, _HUI_SAID)
    assert first == [("Alex Hui", "President and CEO")]
    assert _pericom(_HUI_SAID, _HUI_SAID) == first


def _old_people(text: str, body: str) -> list[tuple[str, str]]:
    """_people as the start of the round printed it (each mention read afresh)."""
    named = []
    for m in press_quotes._FULL_NAME.finditer(text):
        name = m.group(0)
        given = name.split(" ", 1)[0]
        if press_quotes.person_name(name) is None or press_quotes._company_word(
                text[m.end() : m.end() + 14]):
            continue
        if given.lower() in press_quotes.GIVEN_NAMES or press_quotes._honorific_word(
                body, press_quotes._surname(name), press_quotes._PERSONAL) or (
                press_quotes._mention_role(text, name, [m.span()])):
            named.append((given, press_quotes._surname(name)))
    return named


def test_the_people_named_read_each_name_once_as_before() -> None:
    text = (FILINGS / "8k_2006_pericomsemiconductorco_3.txt").read_text(encoding="latin-1")
    more = ("Kai Tanaka, CEO, met Kai Tanaka and Mr. Lee. Redwood Shores hosted Walt Disney "
            "Company. Sam Lee, 54, its president, and Ola Berg, CFO, said Ola Berg and Ola Berg.")
    for body in (text, more, text + more):
        assert press_quotes._people(body, body) == _old_people(body, body)
    # (a name no given-name list or honorific makes a person's counts where a job is printed
    # with it: "Kai Tanaka, CEO" once, the bare mention after it not)
    assert press_quotes._people(more, more) == [("Kai", "Tanaka"), ("Sam", "Lee"), ("Ola", "Berg")]


# -- a deed in a lead-in ------------------------------------------------------------------


@pytest.mark.parametrize(("lead_in", "who"), [
    # (was: "President and CEO, expressed confidence in the team")
    ("Alex Hui, President and CEO, expressed confidence in the team:",
     ("Alex Hui", "President and CEO")),
    # (was: "Chief Executive Officer, expressed optimism for the year ahead")
    ("Alex Hui, Chief Executive Officer, expressed optimism for the year ahead:",
     ("Alex Hui", "Chief Executive Officer")),
])
def test_a_deeds_noun_in_or_for_something_is_no_part_of_the_role(
        lead_in: str, who: tuple[str, str]) -> None:
    assert _pericom(_HUI_SAID, lead_in) == [who]


@pytest.mark.parametrize(("lead_in", "who"), [
    # (was: "CEO, expressed confidence in the team and")
    ("Alex Hui, CEO, expressed confidence in the team and said,", ("Alex Hui", "CEO")),
    # (was: "President and CEO, expressed enthusiasm about the appointment and")
    ("Alex Hui, President and CEO, expressed enthusiasm about the appointment and said,",
     ("Alex Hui", "President and CEO")),
])
def test_a_deed_joined_to_the_verb_by_and_is_no_part_of_the_role(
        lead_in: str, who: tuple[str, str]) -> None:
    assert _pericom(_HUI_SAID, lead_in) == [who]


def test_a_department_and_its_place_and_a_who_clause_keep_their_reading() -> None:
    # (unchanged) a lower-case department with its place stays the role; a "who" clause
    # after the job was cut already; a deed whose object is a name after "in" stays (no
    # determiner: a department's place reads so too)
    assert _pericom(_HUI_SAID, "Alex Hui, vice president, regulated utilities in Texas:") == [
        ("Alex Hui", "vice president, regulated utilities in Texas")]
    assert _pericom(_HUI_SAID, "Alex Hui, President and CEO, who welcomed the appointment and "
                               "said,") == [("Alex Hui", "President and CEO")]
    assert _pericom(_HUI_SAID, "Alex Hui, CEO, and Simon Wong, who joined the board, said,"
                    ) == [("Alex Hui", "CEO")]


def test_per_before_a_rarer_given_name_and_a_job_stays_in_the_name() -> None:
    # (unchanged, pinned) "Per" is a Scandinavian given name before another and a surname
    for lead_in, who in (("Per Ola Hui, Chief Executive Officer:",
                          ("Per Ola Hui", "Chief Executive Officer")),
                         ("Per Hui, CEO:", ("Per Hui", "CEO"))):
        assert _pericom(_HUI_SAID, lead_in) == [who], lead_in


def test_a_surname_whose_job_only_the_signature_prints_keeps_no_role() -> None:
    # (unchanged, pinned) Pericom's signature block prints "Alex Hui President,": the
    # release names no job for "Mr. Hui", so none is taken from the signature
    assert _pericom(_HUI_SAID, "Mr. Hui said of Dr. Wong's appointment,") == [("Mr. Hui", None)]


# -- time ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    ", expressed confidence in the" * 7000,
    ", expressed confidence in the and" * 6000,
    ", expressed confidence in" + " the" * 50000,
])
def test_the_deed_scans_run_in_linear_time(text: str) -> None:
    start = time.process_time()
    press_quotes._DEED_COLON.search(text)
    press_quotes._without_deed(text + " and")
    assert time.process_time() - start < 5


def test_the_paragraph_gate_reads_200_kb_of_marks_in_linear_time() -> None:
    paras = ["Jane Doe said: 'We grew.' " * 40, "\"A\" " * 2000, "'a ' " * 4000] * 4
    start = time.process_time()
    press_quotes.quotes_in(paras)
    assert time.process_time() - start < 5
