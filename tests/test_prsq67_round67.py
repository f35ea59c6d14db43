"""Press-release quotes (round 67): a speaker named with an age who only "joined" a firm, the
job in the next sentence ("Jane Doe, 54, joined Acme in 2001. She is CFO."); "he"/"she" never
meaning a last speaker whose given name is of the other sex ('"...," she said' after John
Smith's quote: the latest woman quoted before, else no one); a lead-in of only a full name
and a job before a colon, no verb ('Jane Doe, Chief Executive Officer: "..."', 'Acme CEO Jane
Doe: "..."'), also with the full stop outside the closing mark ('...".' or '..." .'); and a
quote paragraph with its stop outside the mark going on with the quote before it, or opening
one its next paragraph attributes.

No corpus release prints these shapes. The tests edit Pericom's 2006 8-K on Dr. Simon Wong's
election (8k_2006_pericomsemiconductorco_3.txt: "Alex Hui, President and CEO, said of Dr.
Wong's appointment, ...") and Home Health Corporation of America's 1997 8-K on its U.S.
HomeCare merger (8k_1997_homehealthcorpofameric_2.txt: Bruce Feldman and Jay Huffard
quoted), each edit said in its test.
"""

from __future__ import annotations

import time

import pytest
from test_prsq56_round56 import _CLOSE, _FELDMAN, _HUFFARD_END, _hhca
from test_prsq61b_round61 import _HUI_SAID, _PERICOM, _QUOTE_END, _pericom
from test_prsq65b_round65 import _hui

from filing2json.parsers import parse
from filing2json.parsers.sections.press_quote_later import joined_then
from support import FILINGS

_CLOSE_TEXT = "We expect the merger to close by December 31, 1997"
# Pericom's quote paragraph as printed
_HUI_PARA = (f'{_HUI_SAID} "We are very\npleased to have Dr. Wong join our Board of Directors. '
             "His background and\nexperience in the semiconductor field should prove to be a "
             "vital resource to\nhelp us formulate our future strategy in technology and "
             'product development."\n')


@pytest.mark.parametrize(("held", "role"), [
    # (was: no role, the age's comma read as a role's, "joined Pericom in 1990")
    ("Alex Hui, 54, joined Pericom in 1990. He is President and Chief Executive Officer.",
     "President and Chief Executive Officer"),
    ("Alex Hui, 54, has joined Pericom. He is now Chief Financial Officer.",
     "Chief Financial Officer"),
    ("Alex Hui, 54, rejoined Pericom in 2001. He currently serves as Chief Executive Officer.",
     "Chief Executive Officer"),
])
def test_an_age_then_a_joining_takes_the_job_of_the_next_sentence(held: str, role: str) -> None:
    assert _hui(held) == [("Alex Hui", role)]
    # as without the age (unchanged), and no job after it or joined as one: as before
    assert _hui(held.replace(", 54,", "")) == [("Alex Hui", role)]
    assert _hui("Alex Hui, 54, joined Pericom in 1990.") == [("Alex Hui", None)]
    assert _hui("Alex Hui, 54, joined Pericom in 1990. Pericom is based in San Jose.") == [
        ("Alex Hui", None)]
    assert _hui("Alex Hui, 54, joined Pericom in 1990 as Vice President of Sales.") == [
        ("Alex Hui", "Vice President of Sales")]


def test_a_pronoun_of_the_other_sex_than_the_last_speakers_given_name_is_no_one() -> None:
    # '"We expect the merger to close ...," she said.' after Jay Huffard's quote, Bruce
    # Feldman quoted before (was: Huffard's, a man by his given name)
    quotes = _hhca((_HUFFARD_END, f"{_HUFFARD_END}\n{_CLOSE}she said.\n"))
    assert [q[:2] for q in quotes] == [("Bruce Feldman", "CEO of HHCA"),
                                       ("Jay Huffard", "Chairman and CEO of USHO")]
    # and "he" after "Jane Huffard" with the other speaker "Brenda Feldman" (was: Jane's)
    quotes = _hhca(("Jay Huffard, Chairman", "Jane Huffard, Chairman"),
                   (_FELDMAN, "said Brenda Feldman, CEO of HHCA."),
                   (_HUFFARD_END, f"{_HUFFARD_END}\n{_CLOSE}he said.\n"))
    assert [q[0] for q in quotes] == ["Brenda Feldman", "Jane Huffard"]
    # the pronoun of the speaker's sex still means them (unchanged)
    quotes = _hhca((_HUFFARD_END, f"{_HUFFARD_END}\n{_CLOSE}he said.\n"))
    assert quotes[-1] == ("Jay Huffard", "Chairman and CEO of USHO", _CLOSE_TEXT)
    quotes = _hhca(("Jay Huffard, Chairman", "Jane Huffard, Chairman"),
                   (_HUFFARD_END, f"{_HUFFARD_END}\n{_CLOSE}she said.\n"))
    assert quotes[-1] == ("Jane Huffard", "Chairman and CEO of USHO", _CLOSE_TEXT)


def test_a_pronoun_after_a_speaker_of_the_other_sex_is_the_latest_one_of_its_sex() -> None:
    # Pericom's quote edited into Jane Hui's, John Doe's after it, then '"...," she said.'
    # (two women named, Hui and the contact Deborah Stapleton: no one woman) (was: Doe's)
    said = ('"We grew," said Jane Hui, President and CEO.\n\n     "Costs fell," said John '
            'Doe, CFO.\n\n     "We will grow," {} said.\n')
    assert _pericom(_HUI_PARA, said.format("she")) == [
        ("Jane Hui", "President and CEO"), ("John Doe", "CFO"), ("Jane Hui", "President and CEO")]
    # "he" is still the last speaker, a man (unchanged)
    assert _pericom(_HUI_PARA, said.format("he")) == [
        ("Jane Hui", "President and CEO"), ("John Doe", "CFO"), ("John Doe", "CFO")]
    # no woman quoted before: no one (was: Doe's)
    assert _pericom(_HUI_PARA, said.replace("Jane", "Peter").format("she")) == [
        ("Peter Hui", "President and CEO"), ("John Doe", "CFO")]


@pytest.mark.parametrize(("lead", "who"), [
    # a short quote after a lead-in of a name and a job (was: no quote)
    ("Alex Hui, Chief Executive Officer:", ("Alex Hui", "Chief Executive Officer")),
    ("Alex Hui, President and CEO:", ("Alex Hui", "President and CEO")),
    ("Pericom President and CEO Alex Hui:", ("Alex Hui", "Pericom President and CEO")),
    ("Alex Hui (President and CEO):", ("Alex Hui", "President and CEO")),
    ("Alex Hui, Ph.D., President and CEO:", ("Alex Hui", "President and CEO")),
])
def test_a_name_and_a_job_before_a_colon_lead_a_quote_in(
        lead: str, who: tuple[str, str]) -> None:
    quotes = _pericom(_HUI_PARA, f'{lead} "We are very pleased to have Dr. Wong join us."\n')
    assert quotes == [who]
    # Pericom's quote as printed after the lead-in, and with the stop outside its closing
    # mark (was: none for the job before the name, none for the stop outside)
    assert _pericom(_HUI_SAID, lead) == [who]
    for end in ('product development".\n', 'product development" .\n'):
        assert _pericom(_HUI_SAID, lead, (_QUOTE_END, end)) == [who], end


def _pericom_texts(para: str) -> list[tuple[str, str | None, str]]:
    """(speaker, role, text) of Pericom's quotes with its quote paragraph printed ``para``."""
    text = (FILINGS / _PERICOM).read_text(encoding="latin-1")
    assert _HUI_PARA in text
    record = parse(text.replace(_HUI_PARA, para, 1).encode("latin-1"), _PERICOM)
    return [(q["speaker"], q["role"], q["text"]) for q in record["press_releases"][0]["quotes"]]


_HUI_ONE = "We are very pleased to have Dr. Wong join our Board of Directors"
_HUI_TWO = ("His background and experience in the semiconductor field should prove to be a "
            "vital resource to help us formulate our future strategy in technology and product "
            "development")


@pytest.mark.parametrize("stop", ['".', '" .'])
def test_a_quote_paragraph_with_its_stop_outside_the_mark_goes_on_or_opens_a_quote(
        stop: str) -> None:
    # Pericom's quote in two paragraphs, each sentence's stop outside its closing mark
    # (was: the second paragraph, or the first one with no speaker, dropped)
    said = f'{_HUI_SAID} "{_HUI_ONE}{stop}\n\n     "{_HUI_TWO}{stop}\n'
    assert _pericom_texts(said) == [("Alex Hui", "President and CEO", f"{_HUI_ONE}. {_HUI_TWO}")]
    said = f'"{_HUI_ONE}{stop}\n\n     "{_HUI_TWO}", said Alex Hui, President and CEO.\n'
    assert _pericom_texts(said) == [("Alex Hui", "President and CEO", f"{_HUI_ONE}. {_HUI_TWO}")]
    # (a term in quotes opening a sentence that goes on is still no quote paragraph)
    said = f'{_HUI_SAID} "{_HUI_ONE}{stop}\n\n     "Adjusted EBITDA" is a non-GAAP measure.\n'
    assert _pericom_texts(said) == [("Alex Hui", "President and CEO", _HUI_ONE)]


@pytest.mark.parametrize("lead", ["Outlook:", "Alex Hui:", "Board of Directors:",
                                  "Pericom Semiconductor Corporation:"])
def test_a_heading_or_a_name_alone_before_a_colon_leads_no_quote_in(lead: str) -> None:
    # (no job, or no person: no speaker, as before)
    assert _pericom(_HUI_PARA, f'{lead} "We are very pleased to have Dr. Wong join us."\n') == []


def test_the_new_reads_run_in_linear_time() -> None:
    # ~200 KB of each shape's trigger with no end
    from filing2json.parsers.sections.press_quotes import _captioned

    start = time.process_time()
    _captioned("Jane Doe, " * 20_000 + "CEO:")
    _captioned("Jane Doe (CEO) " * 14_000 + ":")
    text = "Jane Doe" + ", 54," * 40_000 + " joined Acme"
    joined_then(text, 8, "Jane Doe")
    joined_then("Jane Doe, 54, joined " + "Acme " * 40_000, 8, "Jane Doe")
    assert time.process_time() - start < 5
