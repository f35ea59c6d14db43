"""Press-release quotes (round 68): a preposition opening a lead-in before a full name ('From
Alex Hui, Chief Executive Officer: "..."' is Alex Hui's, "Per Angela Chen, CFO:" Angela Chen's,
as filers writing English as a second language print them); a deed right after a name whose
job comes before it ('Pericom CEO Alex Hui expressed his enthusiasm: "..."'); a job alone as
the attribution ('"...," the company's CEO said', "Apple's CFO noted") meaning the person
named with that job before; and the timing of round 67b's and these regexes fed their worst
case directly (67b's test went through quotes_in, whose 600-character sentence window cut
the input before the regexes saw it).

No corpus release prints these shapes (the check set is unchanged). The tests edit Pericom's
2006 8-K on Dr. Simon Wong's election (8k_2006_pericomsemiconductorco_3.txt: "Alex Hui,
President and CEO, said of Dr. Wong's appointment, "We are very pleased ..."") and Apple's
2011 first-quarter 8-K (8k_2011_appleinc_1.txt: Steve Jobs, Apple's CEO, and Peter
Oppenheimer, Apple's CFO, quoted), each edit said in its test.
"""

from __future__ import annotations

import time

import pytest
from test_prsq61b_round61 import _HUI_SAID, _pericom

from filing2json.parsers.sections import press_quote_who, press_quotes
from filing2json.parsers.sections.press_quote_who import parse_who
from filing2json.parsers.sections.press_quotes import quotes_in
from support import FILINGS, edited_record

_APPLE = FILINGS / "8k_2011_appleinc_1.txt"
_APPLE_END = "$4.90.&#148; </FONT></P>"  # the close of Oppenheimer's paragraph
_APPLE_P = ('<P STYLE="margin-top:12px;margin-bottom:0px"><FONT STYLE="font-family:Times New'
            ' Roman" SIZE="2">')
_JOBS = ("Steve Jobs", "CEO", "We had a phenomenal holiday qu")
_OPPENHEIMER = ("Peter Oppenheimer", "CFO", "We couldn\u2019t be happier with th")
_GREAT_YEAR = "We are going to have a great year"


def _apple_then(attribution: str) -> list[tuple[str, str | None, str]]:
    """(speaker, role, text's first 30 characters) of Apple's quotes with a paragraph after
    Oppenheimer's: '"We are going to have a great year," <attribution>'."""
    para = f"{_APPLE_P}&#147;{_GREAT_YEAR},&#148; {attribution} </FONT></P>"
    record = edited_record(_APPLE, {_APPLE_END: f"{_APPLE_END} {para}"})
    return [(q["speaker"], q["role"], q["text"][:30])
            for q in record["press_releases"][0]["quotes"]]


@pytest.mark.parametrize(("lead_in", "who"), [
    # (was: the speaker "For Alex Hui", "From Alex Hui", "Via Alex Hui", "By Alex Hui")
    ("For Alex Hui, Chief Executive Officer:", ("Alex Hui", "Chief Executive Officer")),
    ("From Alex Hui, Chief Executive Officer:", ("Alex Hui", "Chief Executive Officer")),
    ("Via Alex Hui, Chief Executive Officer:", ("Alex Hui", "Chief Executive Officer")),
    ("By Alex Hui, Chief Executive Officer:", ("Alex Hui", "Chief Executive Officer")),
    # "Per" before a common given name or an honorific (Angela Chen, Pericom's CFO, signs
    # the 8-K; was "Per Angela Chen", "Per Dr. Alex Hui")
    ("Per Angela Chen, Chief Financial Officer:", ("Angela Chen", "Chief Financial Officer")),
    ("Per Dr. Alex Hui, Chief Executive Officer:", ("Alex Hui", "Chief Executive Officer")),
])
def test_a_preposition_opening_a_lead_in_is_no_part_of_the_name(
        lead_in: str, who: tuple[str, str]) -> None:
    assert _pericom(_HUI_SAID, lead_in) == [who]


def test_per_before_a_name_with_no_common_given_name_after_it_is_the_given_name() -> None:
    # "Per" is a given name too: "Per Olof Hansson" keeps it (unchanged), while "Per Angela
    # Chen" drops it, as "Per Alex Hui" does since round 68b ("Alex" a short form of "Alexander")
    assert _pericom(_HUI_SAID, "Per Olof Hansson, Chief Executive Officer:") == [
        ("Per Olof Hansson", "Chief Executive Officer")]
    assert parse_who("Per Olof Hansson, CEO") == ("Per Olof Hansson", "CEO")
    assert parse_who("Per Alex Hui, CEO") == ("Alex Hui", "CEO")
    assert parse_who("Per Angela Chen, CFO") == ("Angela Chen", "CFO")
    # the honorific alone, with no "Per" (unchanged)
    assert _pericom(_HUI_SAID, "Dr. Alex Hui, Chief Executive Officer:") == [
        ("Alex Hui", "Chief Executive Officer")]


@pytest.mark.parametrize("lead_in", [
    # (was: no quote)
    "Pericom CEO Alex Hui expressed his enthusiasm:",
    "Pericom CEO Alex Hui expressed enthusiasm about the appointment:",
    "Pericom CEO Alex Hui welcomed Dr. Wong:",
])
def test_a_deed_right_after_a_name_with_the_job_before_it_is_no_part_of_it(lead_in: str) -> None:
    assert _pericom(_HUI_SAID, lead_in) == [("Alex Hui", "Pericom CEO")]


def test_a_deed_after_a_lower_case_word_or_no_job_still_names_no_one() -> None:
    # the verb said as before (unchanged)
    assert _pericom(_HUI_SAID, "Pericom CEO Alex Hui said:") == [("Alex Hui", "Pericom CEO")]
    # a name and a deed with no job is no caption; nor is a deed after a lower-case word
    for lead_in in ("Alex Hui expressed his enthusiasm:",
                    "The head of regulated utilities expressed his enthusiasm:"):
        assert _pericom(_HUI_SAID, lead_in) == [], lead_in
    assert press_quotes._name_deed("Jane Doe, head of regulated utilities") is None
    assert press_quotes._name_deed("Acme CEO Jane Doe expressed his thanks") is not None


@pytest.mark.parametrize(("attribution", "who"), [
    # (was: the quote dropped, no speaker read)
    ("Apple&#146;s CEO added.", _JOBS[:2]),
    ("the company&#146;s CFO said.", _OPPENHEIMER[:2]),
    ("the Company&#146;s chief executive officer said.", _JOBS[:2]),
    ("the CEO said.", _JOBS[:2]),
    ("its chief executive said.", _JOBS[:2]),
    ("Apple&#146;s Chief Financial Officer noted.", _OPPENHEIMER[:2]),
])
def test_a_job_alone_attributing_a_quote_is_its_holder_quoted_before(
        attribution: str, who: tuple[str, str]) -> None:
    assert _apple_then(attribution) == [_JOBS, _OPPENHEIMER, (*who, _GREAT_YEAR[:30])]


def test_a_job_no_one_quoted_holds_or_a_firm_names_no_one() -> None:
    # the job one speaker holds is that speaker's (was: no quote) ...
    assert _apple_then("Apple&#146;s CFO said.") == [
        _JOBS, _OPPENHEIMER, (*_OPPENHEIMER[:2], _GREAT_YEAR[:30])]
    # ... but no one quoted is Apple's President; "the company said" is no person (unchanged)
    for attribution in ("Apple&#146;s President said.", "the company said."):
        assert _apple_then(attribution) == [_JOBS, _OPPENHEIMER], attribution


def test_a_job_alone_is_the_person_the_text_before_names_with_it() -> None:
    # (was: no quote) named with the job in running text, not quoted before
    said = "Alex Hui, President and CEO, welcomed Dr. Wong. {} said,"
    assert _pericom(_HUI_SAID, said.format("The company's CEO")) == [
        ("Alex Hui", "President and CEO")]
    assert _pericom(_HUI_SAID, said.format("Pericom's Chief Executive Officer")) == [
        ("Alex Hui", "President and CEO")]
    # a job no one named holds, or a vice's ("Vice President" holds no "President"), and a
    # past job ("he was the CEO of the Hong Kong ... Institute", Dr. Wong's) name no one
    assert _pericom(_HUI_SAID, said.format("The company's CFO")) == []
    assert _pericom(_HUI_SAID, "Alex Hui, Vice President, welcomed Dr. Wong. The company's"
                               " President said,") == []
    assert _pericom(_HUI_SAID, "Pericom's CEO said of Dr. Wong's appointment,") == []


def test_office_alone_reads_only_job_words() -> None:
    assert press_quote_who.office_alone("the company's CEO") == "ceo"
    assert press_quote_who.office_alone("Acme's President and CEO") == "president and ceo"
    assert press_quote_who.office_alone("the company") is None
    assert press_quote_who.office_alone("the company's board") is None
    assert press_quote_who.office_alone("Jane Doe") is None


def _timed(run: object, *args: object) -> None:
    start = time.process_time()
    run(*args)  # type: ignore[operator]
    assert time.process_time() - start < 5


def test_the_lead_in_regexes_are_linear_fed_directly() -> None:
    # round 67b's and this round's regexes on ~200 KB of their worst case, no sentence
    # window before them (quotes_in reads 600 characters around a quote)
    for text in (", expected" * 20000, ", expected the" + " expected" * 20000 + " x:",
                 ", " + "a" * 200000 + "ed"):
        _timed(press_quotes._DEED_COLON.search, text)
    for text in ("Jane Doe" + " expected" * 20000, "Jane Doe " + "a" * 200000 + "ed x",
                 "Doe expected" + " x" * 100000 + ","):
        _timed(press_quotes._DEED_AFTER_NAME.search, text)
        _timed(press_quotes._name_deed, text)
    for text in ("Commenting" + " on the results" * 14000, "In" + " x" * 100000 + ", said A",
                 "Commenting on, " * 14000 + "said Jane Doe"):
        _timed(press_quotes._VERB_INVERTED.match, text)
        _timed(press_quotes._VERB_OPENS.match, text)
    for text in ("As stated by " * 15000, "According " * 20000):
        _timed(press_quotes._ACCORDING.match, text)
    for text in ("the company's " + "CEO " * 50000, "Acme's" * 35000, "The " * 50000):
        _timed(press_quote_who.office_alone, text)
        _timed(parse_who, "Per " + text)


def test_a_job_alone_read_many_times_is_linear() -> None:
    # ~200 KB: paragraphs naming people with jobs, each followed by a quote a job alone
    # attributes (each reads at most 6,000 characters before it)
    named = ", ".join(f"Jane {surname}, Vice President" for surname in (
        "Doe", "Roe", "Smith", "Brown", "Green", "Black", "White", "Stone", "Wood", "Hill"))
    paras = [named, '"We grew," the company\'s President said.'] * 250
    start = time.process_time()
    quotes_in(paras)
    assert time.process_time() - start < 5
