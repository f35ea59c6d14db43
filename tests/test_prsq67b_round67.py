"""Press-release quotes (round 67b): a lead-in whose verb opens the sentence in lower case,
alone or after an opening phrase and its comma ('said Jane Doe, CEO: "..."', 'Commenting on
the results, said Jane Doe, CEO: "..."', as filers writing English as a second language print
them), and 'As stated by Jane Doe, CEO:' as 'According to' is read; what the speaker did after
the job's comma before a colon ('Jane Doe, CEO, expressed her thanks:') no part of the role;
and one speaker's two quotes in one paragraph, the second attributed by surname or
pronoun ('"A," said Jane Doe, CEO. "B," Doe added.'), staying one entry, while the same
attribution in a paragraph of its own makes a second entry (the module docstring now says so).

No corpus release prints the lower-case lead-in. The tests edit Pericom's 2006 8-K on Dr.
Simon Wong's election (8k_2006_pericomsemiconductorco_3.txt: "Alex Hui, President and CEO,
said of Dr. Wong's appointment, "We are very pleased ...""), each edit said in its test.
"""

from __future__ import annotations

import time

import pytest
from test_prsq61b_round61 import _HUI_SAID, _pericom

from filing2json.parsers.sections.press_quotes import quotes_in

_HUI = [("Alex Hui", "President and CEO")]


@pytest.mark.parametrize("lead_in", [
    # (was: no quote; "Said Alex Hui, ...:" capitalised gave it)
    "said Alex Hui, President and CEO:",
    "Commenting on Dr. Wong's appointment, said Alex Hui, President and CEO:",
    "Speaking of the appointment, stated Alex Hui, President and CEO,",
    "Further, added Alex Hui, President and CEO:",
    "In his remarks, said Alex Hui, President and CEO:",
])
def test_a_lower_case_verb_opening_a_lead_in_names_its_speaker(lead_in: str) -> None:
    assert _pericom(_HUI_SAID, lead_in) == _HUI


def test_a_verb_inside_a_sentence_or_before_no_full_name_still_names_no_one() -> None:
    # the capitalised verb as before (unchanged)
    assert _pericom(_HUI_SAID, "Said Alex Hui, President and CEO:") == _HUI
    # an aside inside a sentence ("The appointment, said X, ...") opens with no phrase of a
    # participle or an adverb; a surname or a firm after the verb is no full name
    for lead_in in ("The appointment, said Alex Hui, President and CEO,",
                    "Commenting on Dr. Wong's appointment, said Pericom:"):
        assert _pericom(_HUI_SAID, lead_in) == [], lead_in
    # (round 74: was [], a titled surname after a lower-case verb now reads as after a
    # capitalised one, 'Added Mr. Hui:' -> "Mr. Hui", named in full nowhere here)
    assert _pericom(_HUI_SAID, "In the meantime, said Mr. Hui:") == [("Mr. Hui", None)]


@pytest.mark.parametrize("second", ["Hui added.", "he added.", "said Mr. Hui.",
                                    "said Alex Hui."])
def test_one_speakers_second_quote_in_the_same_paragraph_stays_one_entry(second: str) -> None:
    # (unchanged, the docstring's rule now saying so: one paragraph, one speaker, one entry;
    # a surname's attribution in a paragraph of its own makes a second one)
    paras = ['"We grew," said Alex Hui, Pericom\'s CEO. "We will grow," ' + second]
    assert quotes_in(paras) == [
        {"speaker": "Alex Hui", "role": "CEO", "text": "We grew. We will grow"}]
    assert quotes_in(['"We grew," said Alex Hui, Pericom\'s CEO.',
                      '"We will grow," ' + second]) == [
        {"speaker": "Alex Hui", "role": "CEO", "text": "We grew"},
        {"speaker": "Alex Hui", "role": "CEO", "text": "We will grow"}]


@pytest.mark.parametrize("lead_in", [
    # (was: no quote)
    "As stated by Alex Hui, President and CEO:",
    "As noted by Alex Hui, President and CEO,",
])
def test_as_stated_by_a_full_name_names_the_speaker_as_according_to_does(lead_in: str) -> None:
    assert _pericom(_HUI_SAID, lead_in) == _HUI
    # as "According to" (unchanged); a phrase the sentence runs into stays none
    assert _pericom(_HUI_SAID, "According to Alex Hui, President and CEO,") == _HUI
    assert _pericom(_HUI_SAID, "As noted by Alex Hui, President and CEO, the board is") == []


@pytest.mark.parametrize("deed", [
    # (was: the role "President and CEO, expressed his enthusiasm" ...)
    "expressed his enthusiasm", "welcomed Dr. Wong", "reflected on the appointment",
    "emphasized the board's strength", "expressed",
])
def test_what_the_speaker_did_after_the_jobs_comma_is_no_part_of_the_role(deed: str) -> None:
    assert _pericom(_HUI_SAID, f"Alex Hui, President and CEO, {deed}:") == _HUI


def test_a_department_after_the_jobs_comma_stays_in_the_role() -> None:
    # a lower-case department with an "-ed" word is no deed (unchanged)
    assert _pericom(_HUI_SAID, "Alex Hui, vice president, regulated utilities:") == [
        ("Alex Hui", "vice president, regulated utilities")]
    assert _pericom(_HUI_SAID, "Alex Hui, President and CEO:") == _HUI


def test_the_lower_case_lead_in_scan_is_linear() -> None:
    # one long sentence opening with a phrase and no comma, then one of many commas
    for para in ("Commenting " + "on the results " * 14000 + ', said Alex Hui: "We grew."',
                 "Commenting on, " * 14000 + 'said Alex Hui: "We grew."'):
        start = time.process_time()
        quotes_in([para])
        assert time.process_time() - start < 5
    # a job's comma then many lower-case "-ed" words before a colon (_DEED_COLON)
    for para in ("Jane Doe, CEO" + ", expected" * 20000 + ': "We grew."',
                 "Jane Doe, CEO, " + "expected the " * 15000 + ': "We grew."'):
        start = time.process_time()
        quotes_in([para])
        assert time.process_time() - start < 5
