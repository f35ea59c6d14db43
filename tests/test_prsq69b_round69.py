"""Press-release quotes (round 69b): speed first (issue 6), then three attribution shapes.

Speed, no record changed: whether the release body prints "Mr. Lee" (or "Ms.", "Mrs.",
"Dr.") was a find over the whole body (up to 50 KB) for each surname and honorific asked
about; each honorific's places are now found once per release (press_quotes._Titles) and a
surname is read only there. The tests below hold the index to the finds it replaced.

Leads, each an edit of Pericom's 2006 8-K on Dr. Simon Wong's election
(8k_2006_pericomsemiconductorco_3.txt: "Alex Hui, President and CEO, said of Dr. Wong's
appointment, "We are very pleased ..."):
- A surname the release names in full nowhere, printed with a job after its comma ("Hui,
  President and CEO, said of Dr. Wong's appointment,") is the speaker as printed, as "Mr.
  Hui" is (the quote was dropped); alone ("Hui said of ...") it may be a firm's, and after a
  title ("Pericom CEO Hui") an office holder named no further: both stay dropped.
- "expressed", "voiced" or "shared" after the job's comma of a colon lead-in ends the role
  whatever follows ("Alex Hui, CEO, expressed confidence in Dr. Wong:"; the role was "CEO,
  expressed confidence in Dr. Wong"); a department "shared services" stays the role's.
- An interview layout: a full name alone before the colon opening an answer under a
  question ("Q: What does Dr. Wong bring to the board?" / 'Alex Hui: "We are ..."') is its
  speaker (the quote was dropped); a heading over an indented quote ("From Alex Hui,
  President and CEO:") was read already (pinned), but one naming the job first ("Message
  from the CEO, Alex Hui:") took the heading for the role.
"""

from __future__ import annotations

import time

import pytest
from test_prsq61b_round61 import _HUI_SAID, _PERICOM, _pericom

from filing2json.parsers import parse
from filing2json.parsers.sections import press_quotes
from support import FILINGS

# -- speed: the honorific index answers as the finds did ----------------------------------

_TEXTS = [
    "Mr. Lee met Mr. Leeds and Ms. Lee-Smith. Mrs. Lee, Dr. Wong's wife, and Mr.  Hui",
    "Dr. Simon Wong joined. Mr. O'Brien said Mr. Müller and Ms. Øster met Mrs. Lee2 at Mr. L",
    "Mr.Lee Mr. lee Mr. LEE MMr. Lee Dr. Lee\u00b2 Ms. Lee_x Mr. Lee",
    "",
    "Mr. ",
    "Mr. Mr. Hui Ms. Ms. Doe",
]
_WORDS = ["Lee", "Leeds", "Lee-Smith", "Wong", "Simon Wong", "O'Brien", "Müller", "Øster",
          "Hui", "L", "lee", "LEE", "Doe", "Mr.", "Lee2", "Ms. Doe", "Simon"]
_ASKED = [("Mr.",), ("Ms.", "Mrs."), ("Mr.", "Ms.", "Mrs.", "Dr."), ("Dr.",), ("Mrs.",)]


@pytest.mark.parametrize("text", _TEXTS)
def test_the_honorific_index_answers_as_the_finds_did(text: str) -> None:
    titles = press_quotes._Titles(text)
    for word in _WORDS:
        for honorifics in _ASKED:
            assert titles.prints(word, honorifics) is press_quotes._honorific_word(
                text, word, honorifics), (word, honorifics)


def test_the_honorific_index_answers_for_a_real_release() -> None:
    text = (FILINGS / _PERICOM).read_text(encoding="latin-1")
    titles = press_quotes._Titles(text)
    assert titles.prints("Wong", ("Dr.",)) is True
    assert titles.prints("Wong", ("Mr.",)) is False
    assert titles.prints("Won", ("Dr.",)) is False  # (a whole word: "Dr. Wong" is not Won's)
    assert titles.prints("Simon Wong", press_quotes._PERSONAL) is True
    for word in ("Wong", "Hui", "Simon", "Alex", "Stapleton"):
        for honorifics in _ASKED:
            assert titles.prints(word, honorifics) is press_quotes._honorific_word(
                text, word, honorifics)


def test_the_people_named_read_the_same_from_the_index() -> None:
    text = (FILINGS / _PERICOM).read_text(encoding="latin-1")
    more = ("Kai Tanaka, CEO, met Mr. Lee. Sam Lee, 54, its president, said Ola Berg and "
            "Ola Moen. Dr. Berg spoke.")
    for body in (text, more, text + more):
        assert press_quotes._people(body, press_quotes._Titles(body)) == (
            press_quotes._people(body, body))
    # (Ola Berg a person by "Dr. Berg", Ola Moen by nothing printed)
    assert press_quotes._people(more, press_quotes._Titles(more)) == [
        ("Kai", "Tanaka"), ("Sam", "Lee"), ("Ola", "Berg")]


def test_the_honorific_index_reads_200_kb_in_linear_time() -> None:
    text = "Mr. Mr. Ms. Mrs. Dr. L " * 9000
    start = time.process_time()
    titles = press_quotes._Titles(text)
    for word in ("Lee", "L", "Mr.", "Doe"):
        titles.prints(word, press_quotes._PERSONAL)
    assert time.process_time() - start < 5


# -- a surname with a job, named in full nowhere ------------------------------------------


@pytest.mark.parametrize(("said", "who"), [
    # (was: no quote; the release names "Alex Hui" only in the 8-K's signature block)
    ("Hui, President and CEO, said of Dr. Wong's appointment,", ("Hui", "President and CEO")),
    ("Hui, president and CEO, said,", ("Hui", "president and CEO")),
    ("Hui, the chief executive, said of Dr. Wong's appointment,", ("Hui", "chief executive")),
    ("Hui, Pericom's chief executive, said,", ("Hui", "chief executive")),
])
def test_a_surname_printed_with_a_job_is_the_speaker(said: str, who: tuple[str, str]) -> None:
    assert _pericom(_HUI_SAID, said) == [who]


def test_a_surname_with_no_job_named_in_full_nowhere_stays_dropped() -> None:
    # (unchanged, pinned) alone, or with an age or a clause, it may be a firm's
    # ('"...," Gartner said'), and a title before it an office holder named no further
    # ("said President Carter"); the full name named earlier is still the one taken
    for said in ("Hui said of Dr. Wong's appointment,", "Hui, 54, said of Dr. Wong's appointment,",
                 "Hui, who founded Pericom, said of Dr. Wong's appointment,",
                 "Pericom said of Dr. Wong's appointment,",
                 "Pericom CEO Hui said of Dr. Wong's appointment,"):
        assert _pericom(_HUI_SAID, said) == [], said
    assert _pericom(_HUI_SAID, "Wong, a professor at Stanford, said,") == [
        ("Simon Wong", "professor at Stanford")]


# -- a deed no job prints, before a colon -------------------------------------------------


@pytest.mark.parametrize(("lead_in", "who"), [
    # (was: "CEO, expressed confidence in Dr. Wong" and the like)
    ("Alex Hui, CEO, expressed confidence in Dr. Wong:", ("Alex Hui", "CEO")),
    ("Alex Hui, CEO, voiced confidence in Dr. Wong:", ("Alex Hui", "CEO")),
    ("Alex Hui, President and CEO, shared a few words on Dr. Wong's election:",
     ("Alex Hui", "President and CEO")),
])
def test_a_deed_after_the_job_ends_the_role_whatever_follows(
        lead_in: str, who: tuple[str, str]) -> None:
    assert _pericom(_HUI_SAID, lead_in) == [who]


def test_a_shared_services_department_stays_the_role() -> None:
    # (unchanged, pinned) "shared services" is a department, not a deed
    for lead_in in ("Alex Hui, vice president, shared services:",
                    "Alex Hui, vice president, shared services, said:"):
        assert _pericom(_HUI_SAID, lead_in) == [
            ("Alex Hui", "vice president, shared services")], lead_in


def test_the_deed_scan_runs_in_linear_time() -> None:
    start = time.process_time()
    press_quotes._DEED_ANY.search(", expressed" * 20000)
    press_quotes._DEED_ANY.search(", shared services" * 12000)
    assert time.process_time() - start < 5


# -- an interview layout and a heading over the quote -------------------------------------

_OLD = '''     Alex Hui, President and CEO, said of Dr. Wong's appointment, "We are very
pleased to have Dr. Wong join our Board of Directors. His background and
experience in the semiconductor field should prove to be a vital resource to
help us formulate our future strategy in technology and product development."
'''
_QUOTE = '''"We are very
pleased to have Dr. Wong join our Board of Directors. His background and
experience in the semiconductor field should prove to be a vital resource to
help us formulate our future strategy in technology and product development."
'''
_QUESTION = "     Q: What does Dr. Wong bring to the board?\n\n"


def _laid_out(new: str) -> list[tuple[str, str | None, str]]:
    """(speaker, role, text's first words) of Pericom's quotes, its quote paragraph
    replaced by ``new``."""
    text = (FILINGS / _PERICOM).read_text(encoding="latin-1")
    assert _OLD in text
    record = parse(text.replace(_OLD, new, 1).encode("latin-1"), _PERICOM)
    return [(q["speaker"], q["role"], q["text"][:27])
            for q in record["press_releases"][0]["quotes"]]


def test_a_full_name_answering_a_question_is_the_speaker() -> None:
    # (was: no quote) the job is printed nowhere in the release: none
    assert _laid_out(f"{_QUESTION}     Alex Hui: {_QUOTE}") == [
        ("Alex Hui", None, "We are very pleased to have")]
    assert _laid_out(f"     Question: What does Dr. Wong bring?\n\n     Alex Hui: {_QUOTE}") == [
        ("Alex Hui", None, "We are very pleased to have")]


def test_a_name_alone_before_a_colon_with_no_question_stays_none() -> None:
    # (unchanged, pinned) a name alone before a colon is no lead-in elsewhere, and an
    # answer marked "A:" names no one
    assert _laid_out(f"     Alex Hui: {_QUOTE}") == []
    assert _laid_out(f"     Background:\n\n     Alex Hui: {_QUOTE}") == []
    assert _laid_out(f"{_QUESTION}     A: {_QUOTE}") == []


def test_a_heading_over_an_indented_quote_gives_its_speaker() -> None:
    # (unchanged, pinned) "From Jane Doe, CEO:" over the quoted paragraph
    for heading in ("From Alex Hui, President and CEO:", "Alex Hui, President and CEO:",
                    "Comments from Alex Hui, President and CEO:"):
        assert _laid_out(f"     {heading}\n\n          {_QUOTE}") == [
            ("Alex Hui", "President and CEO", "We are very pleased to have")], heading


@pytest.mark.parametrize(("heading", "who"), [
    # (was: role "Message from the CEO")
    ("Message from the CEO, Alex Hui:", ("Alex Hui", "CEO")),
    ("Comments from the President and CEO, Alex Hui:", ("Alex Hui", "President and CEO")),
])
def test_a_heading_naming_the_job_then_the_name(heading: str, who: tuple[str, str]) -> None:
    assert _laid_out(f"     {heading}\n\n          {_QUOTE}") == [
        (*who, "We are very pleased to have")]


def test_a_heading_naming_a_body_gives_no_speaker() -> None:
    # (unchanged, pinned) a committee or a board is no person
    for heading in ("Statement by the Special Committee:", "Comments from the Board of Directors:",
                    "Message from the CEO:"):
        assert _laid_out(f"     {heading}\n\n          {_QUOTE}") == [], heading
