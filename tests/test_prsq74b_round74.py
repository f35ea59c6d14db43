"""Press-release quotes (round 74b): a running-text paragraph closed by a quote on its comma,
the attribution a paragraph below; that attribution closing its sentence before a quote of
its own; a quote closed on "!" or "?" over its attribution; and "Ms." or "Mr." before a
surname two people share.

Leads, each an edit of Pericom's 2006 8-K on Dr. Simon Wong's election
(8k_2006_pericomsemiconductorco_3.txt: "Alex Hui, President and CEO, said of Dr. Wong's
appointment, "We are very pleased ..."), its quote paragraph replaced:
- 'Revenue rose 20 percent. "We will grow more next year,"' over "said Alex Hui, CEO." (or
  "Alex Hui, CEO, said.") gave no quote: a quote opening its own sentence at the end of a
  running-text paragraph and closed on a comma is signed by the paragraph below, as a
  paragraph all quote is (round 74).
- 'Alex Hui, CEO, said. "We are strong."' under '"We will grow more next year,"' gave
  neither quote: the sentence before the paragraph's first quote attributes the quote
  above, and the quote after it goes on with that speaker, as in one paragraph ('"A," Alex
  Hui said. "B"').
- '"We will grow next year!"' (or "?") over "Alex Hui, CEO, said." gave no quote: a "!" or
  "?" may end no sentence, as a comma does not ('"We will grow!" Alex Hui said.').
- "Ms. Hui" after Jane Hui's and Bob Hui's quotes was Bob Hui (the latest Hui): a title
  whose sex the latest one's given name does not fit is the latest speaker, else the person
  named in full before, whose given name does; none such: as printed.
- 'William ("Bill") Gates', a nickname in quote marks inside brackets, was no name (no quote
  for '"...," said William ("Bill") Gates, CEO.'), while 'William "Bill" Gates' and "William
  (Bill) Gates" were: it is one now, kept as printed (SPEC: the speaker's name as the release
  prints it, the nickname's marks part of it), and a surname alone after it is that name.
"""

from __future__ import annotations

import time

import pytest
from test_prsq69b_round69 import _laid_out
from test_prsq74_round74 import _COMMA, _JOINED, _MORE, _texts

from filing2json.parsers.sections import press_quotes

_GROW = ("Alex Hui", "CEO", "We will grow more next year")


# -- a running-text paragraph closed by a quote on its comma ---------------------------------


@pytest.mark.parametrize("signed", [
    # (was: no quote)
    "said Alex Hui, CEO.",
    "Alex Hui, CEO, said.",
])
def test_running_text_closed_by_a_quotes_comma(signed: str) -> None:
    assert _texts(f"{_JOINED}     Revenue rose 20 percent. {_MORE}\n\n     {signed}\n") == [_GROW]


def test_running_text_closed_by_a_quotes_comma_interrupted_below() -> None:
    # (was: "and we will hire." only)
    assert _texts(f"{_JOINED}     Revenue rose 20 percent. {_MORE}\n\n"
                  '     Alex Hui, CEO, said, "and we will hire."\n') == [
        ("Alex Hui", "CEO", "We will grow more next year, and we will hire.")]


@pytest.mark.parametrize("para", [
    # (unchanged, pinned) a sentence under it; a quote mid-sentence ending the paragraph; a
    # full stop in the quote
    f"     Revenue rose 20 percent. {_MORE}\n\n     The board met today.\n",
    f"     The product is called {_MORE}\n\n     said Alex Hui, CEO.\n",
    '     Revenue rose 20 percent. "We will grow more next year."\n\n     Alex Hui, CEO, said.\n',
])
def test_other_running_text_over_a_paragraph(para: str) -> None:
    assert _texts(_JOINED + para) == []


# -- an attribution closing its sentence before a quote of its own ---------------------------


@pytest.mark.parametrize("signed", [
    # (was: no quote)
    'Alex Hui, CEO, said. "We are strong."',
    'said Alex Hui, CEO. "We are strong."',
])
def test_an_attribution_below_then_its_own_quote(signed: str) -> None:
    assert _texts(f"{_JOINED}     {_MORE}\n\n     {signed}\n") == [
        ("Alex Hui", "CEO", "We will grow more next year. We are strong.")]


@pytest.mark.parametrize(("below", "found"), [
    # (unchanged, pinned) a sentence naming another before the next quote; a reported
    # clause; a quote above closed on its full stop
    ('The board met today. "We are strong," said Bob Kim.', [("Bob Kim", None, "We are strong")]),
    ('Hui said the company would grow in the next year. "We are strong."', []),
])
def test_other_sentences_before_a_quote_below_a_comma(
        below: str, found: list[tuple[str, str | None, str]]) -> None:
    assert _texts(f"{_JOINED}     {_MORE}\n\n     {below}\n") == found


def test_a_full_stop_above_an_attribution_and_its_quote() -> None:
    # (unchanged, pinned) the quote above ended its sentence: the sentence below is no
    # attribution of it
    assert _texts(f'{_JOINED}     "We will grow more next year."\n\n'
                  '     Alex Hui, CEO, said. "We are strong."\n') == []


# -- a quote closed on "!" or "?" over its attribution ----------------------------------------


@pytest.mark.parametrize(("quote", "signed"), [
    # (was: no quote)
    ('"We will grow next year!"', "Alex Hui, CEO, said."),
    ('"Will we grow next year?"', "Alex Hui, CEO, said."),
    ('"We will grow next year!"', "Alex Hui, CEO, said in a statement."),
])
def test_an_exclamation_over_its_attribution(quote: str, signed: str) -> None:
    assert _texts(f"{_JOINED}     {quote}\n\n     {signed}\n") == [
        ("Alex Hui", "CEO", quote.strip('"'))]


@pytest.mark.parametrize(("para", "found"), [
    # (unchanged, pinned) in lower case; a signature line; a sentence under it
    ('"We will grow next year!"\n\n     said Alex Hui, CEO.',
     [("Alex Hui", "CEO", "We will grow next year!")]),
    ('"We will grow next year!"\n\n     Alex Hui, President and CEO',
     [("Alex Hui", "President and CEO", "We will grow next year!")]),
    ('"We will grow next year!"\n\n     The board met today.', []),
    ('"We will grow next year!"\n\n     Hui said that the company would grow in the next year.',
     []),
])
def test_other_paragraphs_below_an_exclamation(
        para: str, found: list[tuple[str, str | None, str]]) -> None:
    assert _texts(f"{_JOINED}     {para}\n") == found


# -- a title before a surname two people share ------------------------------------------------

_TWO = (f"     {_COMMA} Jane Hui said.\n\n     {_MORE} Bob Hui said.\n\n")


def test_ms_is_the_woman_of_the_surname() -> None:
    # (was: "Bob Hui" for "Ms. Hui", the latest Hui)
    assert _laid_out(f'{_TWO}     "We will hire," Ms. Hui said.\n\n'
                     '     "We will build," Mr. Hui said.\n') == [
        ("Jane Hui", None, "We are very pleased with th"),
        ("Bob Hui", None, "We will grow more next year"),
        ("Jane Hui", None, "We will hire"),
        ("Bob Hui", None, "We will build")]


def test_ms_is_the_woman_named_in_full_before() -> None:
    # (was: "Bob Hui", CFO, for "Ms. Hui": the latest named)
    assert _laid_out(f"     Jane Hui is CEO. Bob Hui is CFO.\n\n     {_COMMA} said Ms. Hui.\n\n"
                     f"     {_MORE} said Mr. Hui.\n") == [
        ("Jane Hui", "CEO", "We are very pleased with th"),
        ("Bob Hui", "CFO", "We will grow more next year")]


def test_a_title_no_one_of_the_surname_fits_is_as_printed() -> None:
    # (was: "Bob Hui")
    assert _laid_out(f"     Bob Hui joined Pericom.\n\n     {_COMMA} said Ms. Hui.\n") == [
        ("Ms. Hui", None, "We are very pleased with th")]


@pytest.mark.parametrize(("named", "speaker"), [
    # (unchanged, pinned) one Hui of the title's sex; a given name of either sex
    ("Jane Hui joined Pericom.", "Jane Hui"),
    ("Chris Hui joined Pericom.", "Chris Hui"),
])
def test_a_title_fitting_the_one_of_the_surname(named: str, speaker: str) -> None:
    assert _laid_out(f"     {named}\n\n     {_COMMA} said Ms. Hui.\n") == [
        (speaker, None, "We are very pleased with th")]


# -- a nickname in quote marks inside brackets -------------------------------------------------

_BILL = 'William ("Bill") Gates'


@pytest.mark.parametrize("para", [
    # (was: no quote)
    f'     "We will grow next year," said {_BILL}, CEO.\n',
    f'     {_BILL}, CEO, said, "We will grow next year,"\n',
])
def test_a_nickname_in_marks_and_brackets_is_part_of_the_name(para: str) -> None:
    assert _laid_out(para) == [(_BILL, "CEO", "We will grow next year")]


@pytest.mark.parametrize("attribution", [
    # (was: no quote; "Bill Gates"; "Mr. Gates", none of them the name printed before)
    "Gates said.", "Bill Gates said.", "Mr. Gates said.",
])
def test_a_surname_after_a_nickname_in_marks_and_brackets(attribution: str) -> None:
    assert _laid_out(f"     {_BILL}, Chairman of Pericom, joined Pericom in 1990.\n\n"
                     f"     {_COMMA} {attribution}\n") == [
        (_BILL, "Chairman of Pericom", "We are very pleased with th")]


@pytest.mark.parametrize("name", [
    # (unchanged, pinned) the nickname in marks alone, or in brackets alone
    'William "Bill" Gates', "William (Bill) Gates",
])
def test_a_nickname_in_marks_or_brackets(name: str) -> None:
    assert _laid_out(f"     {name}, Chairman of Pericom, joined Pericom in 1990.\n\n"
                     f"     {_COMMA} Gates said.\n") == [
        (name, "Chairman of Pericom", "We are very pleased with th")]


def test_the_title_read_is_linear() -> None:
    # ~200 KB: many men of one surname named in full and quoted, each "Ms." quote read
    # against them
    text = "Bob Gates met John Gates. " * 4000 + (
        '"We grew," said John Gates. "We fell," said Ms. Gates. ' * 1000)
    start = time.process_time()
    press_quotes.quotes_in([text])
    press_quotes.quotes_in(text.split(". "))
    assert time.process_time() - start < 5


def test_running_text_closed_by_quotes_is_linear() -> None:
    # ~200 KB of paragraphs each closed by a quote on its comma, an attribution under each
    text = 'Revenue rose. "We will grow," \n\nAlex Hui, CEO, said. "We grew,"\n\n' * 3000
    start = time.process_time()
    press_quotes.quotes_in(text.split("\n\n"))
    assert time.process_time() - start < 5


def test_a_name_and_a_space_ending_the_text_is_read() -> None:
    # (was: IndexError, the words after the name read as a firm's were none)
    assert press_quotes.quotes_in(['"We will grow," said Alex Hui.', "Alex Hui "]) == [
        {"speaker": "Alex Hui", "role": None, "text": "We will grow"}]
