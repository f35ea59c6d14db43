"""Press-release quotes (round 72b): a role read for a speaker quoted with no job ends at a
caption's end; a first "he"/"she" is no one of the other sex.

Leads, edits of Pericom's 2006 8-K on Dr. Simon Wong's election
(8k_2006_pericomsemiconductorco_3.txt: "Alex Hui, President and CEO, said of Dr. Wong's
appointment, "We are very pleased ..."):
- A full name quoted with no job takes the job the release prints after that name
  elsewhere; the release's paragraphs were read joined by blanks, so a caption "Alex Hui,
  President and CEO" over "The board met today." gave role "President and CEO The board
  met". A paragraph ending with no stop on a word not in lower case, the next opening in
  capitals, now ends the role there; a paragraph a filer split on a comma or a word in lower
  case ('stated Howard Kirby,' / "Chairman and Chief Executive Officer of Teltrend.",
  pinned in test_prsq70_round70) or over a line opening in lower case reads on as before.
- The first quote's "he" / "she", no one named before but one person with a job, is no
  one's when the given name is of the other sex ("JANE HUI, PRESIDENT AND CEO" over
  '"...," he said.'; was "JANE HUI"), as an honorific already ruled ("Mr. Hui"); a given
  name of either sex ("Alex") resolves as before.
"""

from __future__ import annotations

import pytest
from test_prsq71_round71 import _MORE, _laid_out

_MORE_AT = "His background and experien"


@pytest.mark.parametrize(("caption", "role"), [
    # (was: "President and CEO The board met", "President and CEO of Pericom The board met",
    # "PRESIDENT AND CEO The board met")
    ("Alex Hui, President and CEO", "President and CEO"),
    ("Alex Hui, President and CEO of Pericom", "President and CEO of Pericom"),
    ("ALEX HUI, PRESIDENT AND CEO", "PRESIDENT AND CEO"),
])
def test_a_caption_role_ends_at_the_caption(caption: str, role: str) -> None:
    said = f"{_MORE} said Alex Hui.\n"
    assert _laid_out(f"     {caption}\n\n     The board met today.\n\n     {said}") == [
        ("Alex Hui", role, _MORE_AT)]
    assert _laid_out(f"     {caption}\n\n     The board met today. {said}") == [
        ("Alex Hui", role, _MORE_AT)]


@pytest.mark.parametrize(("lines", "role"), [
    # (unchanged, pinned) one sentence a filer split: on a word in lower case, over a line
    # opening in lower case, the caption right over the quote, a stop ending the role
    ("The board named Alex Hui President and\n\n     Chief Executive Officer in 2001.",
     "President and Chief Executive Officer"),
    ("The board named Alex Hui President\n\n     and Chief Executive Officer in 2001.",
     "President and Chief Executive Officer"),
    ("Alex Hui, President and CEO", "President and CEO"),
    ("Alex Hui is President and CEO.\n\n     The board met today.", "President and CEO"),
])
def test_a_split_sentence_reads_on(lines: str, role: str) -> None:
    assert _laid_out(f"     {lines}\n\n     {_MORE} said Alex Hui.\n") == [
        ("Alex Hui", role, _MORE_AT)]


# -- a pronoun of the other sex than the given name ---------------------------------------


@pytest.mark.parametrize("caption", [
    # (was: speaker "JANE HUI", "Jane Hui" for "he")
    "JANE HUI, PRESIDENT AND CEO",
    "Jane Hui, President and CEO",
])
def test_a_pronoun_of_the_other_sex_means_no_one(caption: str) -> None:
    assert _laid_out(f"     {caption}\n\n     {_MORE} he said.\n") == []


@pytest.mark.parametrize(("caption", "pronoun", "found"), [
    # (unchanged, pinned) the given name's own sex, or a given name of either ("Alex")
    ("JANE HUI, PRESIDENT AND CEO", "she", ("JANE HUI", "PRESIDENT AND CEO")),
    ("Jane Hui, President and CEO", "she", ("Jane Hui", "President and CEO")),
    ("ALEX HUI, PRESIDENT AND CEO", "she", ("ALEX HUI", "PRESIDENT AND CEO")),
    ("JOHN HUI, PRESIDENT AND CEO", "he", ("JOHN HUI", "PRESIDENT AND CEO")),
])
def test_a_pronoun_of_the_given_names_sex_reads_as_before(
        caption: str, pronoun: str, found: tuple[str, str]) -> None:
    assert _laid_out(f"     {caption}\n\n     {_MORE} {pronoun} said.\n") == [
        (*found, _MORE_AT)]
