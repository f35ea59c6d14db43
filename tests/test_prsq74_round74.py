"""Press-release quotes (round 74): a lower-case verb after an opening phrase before a
surname alone, a speaker quoted by a nickname, and an attribution in capitals a paragraph
below a quote closed on its comma.

Leads, each an edit of Pericom's 2006 8-K on Dr. Simon Wong's election
(8k_2006_pericomsemiconductorco_3.txt: "Alex Hui, President and CEO, said of Dr. Wong's
appointment, "We are very pleased ..."), its quote paragraph replaced:
- 'Commenting on the results, said Hui:' (a lower-case verb after an opening phrase, then a
  surname alone) gave no quote, while 'Added Hui:' (round 73b) gave "Alex Hui": the surname
  now resolves the same way, to the person the release named in full before; a titled
  surname named in full nowhere speaks as printed ("Mr. Hui", as after "Added"); a surname
  named nowhere and a firm's name stay dropped. (Old test changed: test_prsq67b_round67's
  "In the meantime, said Mr. Hui:" [] -> [("Mr. Hui", None)].)
- A speaker quoted by a nickname ('"...," Bill Gates said.') after the release named them
  by the formal given name ("William H. Gates, Chairman of Pericom, joined ...") was "Bill
  Gates" with no role: it is now the full name the release prints, with its role, when one
  person of that surname has a formal given name the nickname shortens (a table of common
  nicknames in given_names.py); two such, or none, leave the name as printed. A nickname's
  sex is its formal name's ("Liz": "she"), and a nickname and its formal name under one
  surname are one person, not two who leave "he" or "she" unsure.
- A quote paragraph closed on a comma ('"...,"') over a paragraph opening in capitals with
  its attribution ("Alex Hui, CEO, said.", "Hui said.") gave no quote: the comma says the
  sentence goes on, as 'said Alex Hui, CEO.' in lower case already read.
"""

from __future__ import annotations

import time

import pytest
from test_prsq69b_round69 import _OLD, _laid_out
from test_prsq73_round73 import _PERICOM, _PLEASED, _without_contacts
from test_prsq73b_round73 import _FOUND, _JOINED

from filing2json.parsers import given_names, parse
from filing2json.parsers.sections import press_quotes
from filing2json.parsers.sections.press_quote_pronouns import given_sex, people_sexes
from support import FILINGS

_COMMA = '"We are very pleased with the results of the quarter,"'
_MORE = '"We will grow more next year,"'
_GATES = "     William H. Gates, Chairman of Pericom, joined Pericom in 1990.\n\n"
_WONG = ("Simon Wong", "Professor of Electrical Engineering at Stanford University")


# -- a lower-case verb after an opening phrase, before a surname alone ----------------------


@pytest.mark.parametrize("lead", [
    # (was: no quote)
    "Commenting on the results, said Hui:",
    "Commenting on it, said Hui:",
    "In the meantime, said Hui,",
    "Commenting on the results, said Mr. Hui:",
    "said Hui:",
])
def test_a_lower_case_verb_after_a_phrase_before_a_surname_named_in_full(lead: str) -> None:
    assert _laid_out(f"{_JOINED}     {lead} {_PLEASED}\n") == [_FOUND]


@pytest.mark.parametrize(("para", "found"), [
    # (was: no quote) an honorific says a person: as printed, named in full nowhere
    (f"     Commenting on the results, said Mr. Hui: {_PLEASED}\n",
     [("Mr. Hui", None, "We are very pleased with th")]),
    # (unchanged, pinned) a surname named in full nowhere; a firm; an aside in a sentence;
    # a full name after the phrase
    (f"     Commenting on the results, said Hui: {_PLEASED}\n", []),
    (f"{_JOINED}     Commenting on the results, said Pericom: {_PLEASED}\n", []),
    (f"{_JOINED}     The results, said Hui, {_PLEASED}\n", []),
    (f"     Commenting on the results, said Alex Hui: {_PLEASED}\n", [_FOUND]),
])
def test_other_lower_case_lead_ins(para: str, found: list[tuple[str, str | None, str]]) -> None:
    assert _laid_out(para) == found


# -- a nickname ---------------------------------------------------------------------------


@pytest.mark.parametrize("para", [
    # (was: ("Bill Gates", None))
    f'     {_COMMA} Bill Gates said.\n',
    f'     {_COMMA} said Bill Gates.\n',
    f'     Commenting on the results, Bill Gates said, {_PLEASED}\n',
])
def test_a_nickname_is_the_full_name_printed_before(para: str) -> None:
    assert _laid_out(_GATES + para) == [
        ("William H. Gates", "Chairman of Pericom", "We are very pleased with th")]


def test_a_nickname_with_its_own_role_keeps_it() -> None:
    # (was: ("Bill Gates", "CEO"))
    assert _laid_out(f"{_GATES}     {_COMMA} said Bill Gates, CEO.\n") == [
        ("William H. Gates", "CEO", "We are very pleased with th")]


def test_a_surname_after_a_nickname_is_one_speaker() -> None:
    # (was: "Bill Gates", then "William H. Gates" for '"...," Gates said.')
    gates = ("William H. Gates", "Chairman of Pericom")
    assert _laid_out(f"{_GATES}     {_COMMA} Bill Gates said.\n\n     {_MORE} Gates said.\n"
                     ) == [(*gates, "We are very pleased with th"),
                           (*gates, "We will grow more next year")]


@pytest.mark.parametrize("named", [
    # (unchanged, pinned) no formal name printed; two of them; a name no nickname
    "",
    "     Christopher Gates and Christine Gates met.\n\n",
    "     Wilhelm Gates joined Pericom in 1990.\n\n",
])
def test_a_nickname_with_no_one_formal_name_stays_as_printed(named: str) -> None:
    assert _laid_out(f"{named}     {_COMMA} Chris Gates said.\n") == [
        ("Chris Gates", None, "We are very pleased with th")]


def test_one_formal_name_printed_twice_is_one_person() -> None:
    # (was: ("Bill Gates", None)) with and without the middle initial: the last, as "Gates
    # said" reads
    assert _laid_out(f"{_GATES}     William Gates spoke.\n\n     {_COMMA} Bill Gates said.\n") == [
        ("William Gates", None, "We are very pleased with th")]


def test_a_name_no_nickname_stays_as_printed() -> None:
    # (unchanged, pinned) "Alex" is no nickname of the table (a short form of a name)
    assert _laid_out(f"     Alexander Hui joined Pericom.\n\n     {_COMMA} Alex Hui said.\n") == [
        ("Alex Hui", None, "We are very pleased with th")]


def test_a_nicknames_sex_is_its_formal_names() -> None:
    # (was: "Liz Hui" for "he" too, the last speaker, of a sex unknown)
    assert _without_contacts(
        f"     Liz Hui joined Pericom in 1990.\n\n     {_COMMA} Liz Hui said.\n\n"
        f"     {_MORE} he said.\n") == [("Liz Hui", None, "We are very pleased with th"),
                                        (*_WONG, "We will grow more next year")]
    # (unchanged, pinned) a name given to both sexes leaves it unsure
    assert _without_contacts(f"     Chris Hui joined Pericom in 1990.\n\n     {_COMMA} he said.\n"
                             ) == []


def test_a_nickname_and_its_formal_name_are_one_person() -> None:
    # (was: no second quote: "Elizabeth Hui" and "Liz Hui" read as two people named Hui)
    assert _without_contacts(
        f"     Elizabeth Hui joined Pericom in 1990.\n\n     {_COMMA} Liz Hui said.\n\n"
        f"     {_MORE} he said.\n") == [("Elizabeth Hui", None, "We are very pleased with th"),
                                        (*_WONG, "We will grow more next year")]


def test_the_nickname_table() -> None:
    assert given_names.formal_names("Bill") == ("william",)
    assert given_names.formal_names("Peggy") == ("margaret",)
    assert given_names.formal_names("Alex") == ()
    assert [given_sex(g) for g in ("Liz", "Bill", "Chris", "Terry", "Kate")] == [
        "she", "he", None, None, "she"]
    assert people_sexes([("Elizabeth", "Hui"), ("Liz", "Hui")], {}) == {"hui": "she"}
    assert people_sexes([("Jane", "Hui"), ("Liz", "Hui")], {}) == {"hui": "?"}


# -- an attribution in capitals a paragraph below a quote closed on its comma --------------


@pytest.mark.parametrize("signed", [
    # (was: no quote)
    "Alex Hui, CEO, said.", "Hui said.", "Alex Hui, CEO, said in a statement.",
])
def test_an_attribution_below_a_quotes_comma(signed: str) -> None:
    found = _laid_out(f"{_JOINED}     {_COMMA}\n\n     {signed}\n")
    assert found == [("Alex Hui", "CEO" if "CEO" in signed else None,
                      "We are very pleased with th")]


@pytest.mark.parametrize(("quote", "below", "found"), [
    # (unchanged, pinned) in lower case; a sentence under it; a full stop in the quote
    (_COMMA, "said Alex Hui, CEO.", [("Alex Hui", "CEO", "We are very pleased with th")]),
    (_COMMA, "The board met today.", []),
    (_COMMA, "Hui said that the company would grow in the next year.", []),
    (_PLEASED, "Alex Hui, CEO, said.", []),
])
def test_other_paragraphs_below_a_quote(quote: str, below: str,
                                        found: list[tuple[str, str | None, str]]) -> None:
    assert _laid_out(f"{_JOINED}     {quote}\n\n     {below}\n") == found


def test_the_nickname_read_is_linear() -> None:
    # many full mentions of the surname before a nickname's quote
    text = "William Gates met Wilma Gates. " * 6000 + '"We grew," said Bill Gates.'
    start = time.process_time()
    press_quotes.quotes_in([text])
    assert time.process_time() - start < 5


# -- a quote over paragraphs, its speaker named a paragraph after it ends -------------------

_OPEN = '"We are very pleased with the results of the quarter.'


@pytest.mark.parametrize("signed", [
    # (was: the last paragraph's words only, the open paragraph above it lost)
    "said Alex Hui, CEO.",
    # (was: no quote)
    "Alex Hui, CEO, said.",
])
def test_the_open_paragraphs_above_go_to_the_speaker_named_below(signed: str) -> None:
    record = _texts(f"{_JOINED}     {_OPEN}\n\n     {_MORE}\n\n     {signed}\n")
    assert record == [("Alex Hui", "CEO", "We are very pleased with the results of the "
                       "quarter. We will grow more next year")]


def test_the_open_paragraphs_above_a_signature_go_with_it() -> None:
    # (was: "We will grow more next year." only)
    assert _texts(f"{_JOINED}     {_OPEN}\n\n     \"We will grow more next year.\"\n\n"
                  "     Alex Hui, President and CEO\n") == [
        ("Alex Hui", "President and CEO", "We are very pleased with the results of the "
         "quarter. We will grow more next year.")]


def test_an_attribution_interrupting_a_quote_over_two_paragraphs() -> None:
    # (was: "and we will hire." only)
    assert _texts(f'{_JOINED}     {_MORE}\n\n     Alex Hui, CEO, said, "and we will hire."\n') == [
        ("Alex Hui", "CEO", "We will grow more next year, and we will hire.")]


@pytest.mark.parametrize(("paras", "found"), [
    # (unchanged, pinned) a full stop ends the quote above; a sentence before the lead-in;
    # a quote with its own speaker above
    ('"We will grow more next year."\n\n     Alex Hui, CEO, said: "We will hire."',
     [("Alex Hui", "CEO", "We will hire.")]),
    (f'{_MORE}\n\n     The board met. Alex Hui, CEO, said: "We will hire."',
     [("Alex Hui", "CEO", "We will hire.")]),
    (f'{_MORE} said Bob Kim, CFO.\n\n     Alex Hui, CEO, said: "We will hire."',
     [("Bob Kim", "CFO", "We will grow more next year"), ("Alex Hui", "CEO", "We will hire.")]),
    (f"{_OPEN}\n\n     \"We will grow more next year.\"\n\n     The board met today.", []),
])
def test_other_quotes_over_paragraphs(paras: str, found: list[tuple[str, str | None, str]]
                                      ) -> None:
    assert _texts(f"{_JOINED}     {paras}\n") == found


def _texts(new: str) -> list[tuple[str, str | None, str]]:
    """(speaker, role, whole text) of Pericom's quotes, its quote paragraph replaced."""
    text = (FILINGS / _PERICOM).read_text(encoding="latin-1")
    assert _OLD in text
    record = parse(text.replace(_OLD, new, 1).encode("latin-1"), _PERICOM)
    return [(q["speaker"], q["role"], q["text"]) for q in record["press_releases"][0]["quotes"]]
