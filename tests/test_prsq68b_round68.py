"""Press-release quotes (round 68b): speed first (issue 6), then three lead-ins.

Speed, no record changed: _DATE_COMMA and _FULL_NAME open with what they consume (a comma, a
capital), so the regex engine tries them only there, not at every position; VERB_LAST is
searched over the end of a lead-in only (the verb closes it); _before_attribution dates the
commas once, not twice; _last_sentence tests the stops from the end; parse_who's when and
where regexes are gated by substring tests. The tests below hold each rewrite to the pattern
it replaced, on real lines and on edge cases, and time the scans on ~200 KB.

Leads, each an edit of Pericom's 2006 8-K on Dr. Simon Wong's election
(8k_2006_pericomsemiconductorco_3.txt: "Alex Hui, President and CEO, said of Dr. Wong's
appointment, "We are very pleased ..."):
- "Per" before a short form of a common given name is a preposition ("Per Alex Hui, Chief
  Executive Officer:" is Alex Hui's; "Alex" of "Alexander"), GIVEN_NAMES itself unchanged
  (the contacts read it: "Acme Widgets - Alex Hui" keeps its reading, test_prsc54).
- A deed after the name or the job may close a lead-in with a comma when a sentence is quoted
  ('Pericom's CEO Alex Hui expressed his enthusiasm, "We are ..."').
- A deed's object may be a bare noun before what it is about ("Alex Hui, CEO, expressed
  enthusiasm about the appointment:"; the role was "CEO, expressed enthusiasm about ...").
"""

from __future__ import annotations

import re
import time

import pytest
from test_prsq61b_round61 import _HUI_SAID, _pericom

from filing2json.parsers import given_names
from filing2json.parsers.sections import press_quotes
from filing2json.parsers.sections.press_patterns import VERB_LAST
from filing2json.parsers.sections.press_quote_who import parse_who

# The patterns the speed work replaced, as the start of the round printed them
_OLD_DATE_COMMA = re.compile(r",(?=[ \t]*+(?:19|20)\d\d\b)|(?<=\b(?:19|20)\d\d),"
                             r"|(?<=day),(?=[ \t]*+[A-Z][a-z])"
                             r"|(?<=[a-z]),(?=[ \t]*+[A-Z][a-z]{1,4}\.[ \t]++[a-z])")
_GIVEN_RE = r"(?:(?:[A-Z]\.){2,4}|(?:[A-Z]\.[ \t]+)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
_OLD_FULL_NAME = re.compile(rf"(?=[A-Z])\b(?<![.'\u2019-]){_GIVEN_RE}[ \t]+(?:[A-Z]\.[ \t]+)?"
                            r"[A-Z][a-z]+(?:[-'\u2019][A-Z]?[a-z]+)?\b")

_DATED = [
    "stated in a letter to employees dated March 1, 1996,",
    "said at its Aurora, Ill. offices,",
    "Jane Doe said on Monday, March 1, 2010, that",
    "In 1998, Acme, 2001, and Tuesday, Jane were read",
    "the 1999,2000 figures, Tuesday,Jane, nay, Mon. is",
    ",,1999, ,2001,",
]


@pytest.mark.parametrize("text", _DATED)
def test_the_date_commas_are_the_ones_the_old_pattern_found(text: str) -> None:
    assert press_quotes._DATE_COMMA.sub(" ", text) == _OLD_DATE_COMMA.sub(" ", text)
    assert [m.span() for m in press_quotes._DATE_COMMA.finditer(text)] == [
        m.span() for m in _OLD_DATE_COMMA.finditer(text)]


_NAMED = ("Acme today announced that Jane Doe, its CEO, and J.R. Smith met R. J. Brown, "
          "Mary-Ann O'Neil and Rona A. Fairhead. U.S. Steel's J.P.Morgan, x-Ray Smith, "
          "'Tom Jones' and .Bob Lee; Anne-Marie Smith-Jones\u2019 Kai Tanaka")


def test_the_full_names_are_the_ones_the_old_pattern_found() -> None:
    spans = [m.span() for m in press_quotes._FULL_NAME.finditer(_NAMED)]
    assert spans == [m.span() for m in _OLD_FULL_NAME.finditer(_NAMED)]
    # (none after a period, an apostrophe or a hyphen: ".Bob Lee", "'Tom Jones'", "x-Ray")
    assert [_NAMED[a:b] for a, b in spans] == [
        "Jane Doe", "J.R. Smith", "Rona A. Fairhead", "U.S. Steel's", "Anne-Marie Smith-Jones",
        "Kai Tanaka"]


@pytest.mark.parametrize("lead_in", [
    "Robert Fabbricatore, CTC's Chairman and CEO stated, ",
    "Alex Hui, President and Chief Executive Officer of Pericom said, ",
    "x" * 300 + " Jane Doe said in a statement about the merger of the two firms today:",
    "x" * 300 + " Jane Doe said  in  a  statement:",
    "x" * 300 + " Jane Doe said\tat the meeting:",
    "said, " + "said " * 60,
    "y" * 120 + " as Jane Doe pointed out,",
    "a" * 40 + " said, in part:",
])
def test_the_verb_closing_a_lead_in_is_the_one_the_whole_search_found(lead_in: str) -> None:
    found, whole = press_quotes.verb_last(lead_in), VERB_LAST.search(lead_in)
    assert (found and found.span()) == (whole and whole.span())
    assert found is not None


def test_a_lead_in_naming_a_verb_long_before_its_end_has_none() -> None:
    assert press_quotes.verb_last("Jane Doe said the results " + "were good and " * 20) is None


@pytest.mark.parametrize("text", [
    "It was the best of times, and " * 200,
    "Jane Doe. Acme Inc. CEO. " * 200,
])
def test_the_last_sentence_is_the_one_read_forwards(text: str) -> None:
    window = text[-press_quotes._SENTENCE_WINDOW:]
    start = 0
    for m in press_quotes._SENTENCE_END.finditer(window):
        if press_quotes._ends_sentence(window, m.start()):
            start = m.end()
    assert press_quotes._last_sentence(text) == window[start:]


# -- "Per" before a given name's short form -------------------------------------------------


def test_per_before_the_short_form_of_a_given_name_is_a_preposition() -> None:
    # (was: the speaker "Per Alex Hui")
    assert _pericom(_HUI_SAID, "Per Alex Hui, Chief Executive Officer:") == [
        ("Alex Hui", "Chief Executive Officer")]
    assert parse_who("Per Alex Hui, CEO") == ("Alex Hui", "CEO")
    assert parse_who("Per Matt Hui, CEO") == ("Matt Hui", "CEO")


def test_per_before_a_swedes_middle_name_or_a_surname_stays_his() -> None:
    # (unchanged) "Per Olof Hansson", "Per Hansson": "Per" the given name
    assert _pericom(_HUI_SAID, "Per Olof Hansson, Chief Executive Officer:") == [
        ("Per Olof Hansson", "Chief Executive Officer")]
    assert parse_who("Per Olof Hansson, CEO") == ("Per Olof Hansson", "CEO")
    assert parse_who("Per Angela Chen, CFO") == ("Angela Chen", "CFO")
    assert given_names.given_or_short("Alex") is True
    assert given_names.given_or_short("Olof") is False
    assert given_names.given_or_short("Ale") is False  # (three letters: no short form read)
    # the contacts' list is the full names only ("Acme Widgets - Alex Hui", test_prsc54)
    assert "alex" not in given_names.GIVEN_NAMES


# -- a deed before a comma, a deed's bare noun ------------------------------------------------


@pytest.mark.parametrize(("lead_in", "who"), [
    # (was: no quote)
    ("Pericom's CEO Alex Hui expressed his enthusiasm,", ("Alex Hui", "CEO")),
    ("Pericom CEO Alex Hui expressed his enthusiasm,", ("Alex Hui", "Pericom CEO")),
    ("Alex Hui, CEO, expressed his enthusiasm,", ("Alex Hui", "CEO")),
    ("Alex Hui, CEO, expressed enthusiasm about the appointment,", ("Alex Hui", "CEO")),
])
def test_a_deed_closing_a_lead_in_with_a_comma_gives_the_speaker(
        lead_in: str, who: tuple[str, str]) -> None:
    assert _pericom(_HUI_SAID, lead_in) == [who]


def test_a_comma_lead_in_with_no_deed_no_job_or_a_title_quoted_names_no_one() -> None:
    # (unchanged) a name and a deed with no job; a department; a title quoted after a deed
    for lead_in in ("Alex Hui expressed his enthusiasm,",
                    "Alex Hui, vice president, regulated utilities,"):
        assert _pericom(_HUI_SAID, lead_in) == [], lead_in
    said = "Jane Doe, CEO, introduced the product,"
    assert press_quotes._captioned(said, "Widget Pro Max,") is None
    assert press_quotes._captioned(said, "We are very pleased with the launch.") == (
        "Jane Doe", "CEO")


def test_a_deeds_bare_noun_and_what_it_is_about_is_no_part_of_the_role() -> None:
    # (was: role "CEO, expressed enthusiasm about the appointment")
    assert _pericom(_HUI_SAID, "Alex Hui, CEO, expressed enthusiasm about the appointment:") == [
        ("Alex Hui", "CEO")]
    # a lower-case department stays the role (unchanged)
    assert _pericom(_HUI_SAID, "Alex Hui, vice president, regulated utilities:") == [
        ("Alex Hui", "vice president, regulated utilities")]


# -- time ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    ", expressed enthusiasm about" * 8000,
    ", expressed enthusiasm regarding the " * 6000,
    ", 1999, Tuesday, Aurora, Ill. x" * 7000,
    "Jane Doe Smith A. B. " * 10000,
])
def test_the_rewritten_scans_stay_linear_on_200_kb(text: str) -> None:
    start = time.process_time()
    press_quotes._DEED_COLON.search(text)
    press_quotes._DATE_COMMA.sub(" ", text)
    list(press_quotes._FULL_NAME.finditer(text))
    press_quotes.verb_last(text)
    press_quotes._captioned(text[:190] + ":", "We grew.")
    assert time.process_time() - start < 5
