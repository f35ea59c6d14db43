"""Press-release quotes (round 61): a speaker quoted by full name with no job where the
release appoints that name in another paragraph, before or after the quote ('"...," said
Jane Doe.' / "Westell named Jane Doe Chief Financial Officer.") or lists them as a contact
with a job (Pericom's 2005 8-K, edited so its CFO speaks), and a firm after "and" in a
role: a second party ("CFO and Acme Capital, its adviser": the role is "CFO") or the firm of
a job going on after its "Inc." ("CFO and Morgan Keegan Inc. Director"); a quote said by
someone unnamed ('," said a spokeswoman') is no quote of the speaker before it (Horizon
Financial's 2008 8-K, a sentence added after its first attribution), and when or whence
after a role (", earlier this year", ", according to the release") is no part of it; a firm
named by an insurer's word ('," said New York Life') is no speaker, and a name between its
job and its firm ("said Chief Executive Officer Jane Doe of Acme Corp.") is one.

The tests edit the quotes of Westell's 1999 8-K on its Teltrend merger (corpus filing: two
chief executives quoted with their full names and roles) into a shape other releases print
(paragraphs added after Kirby's quote, said in each test): the corpus prints none of these
shapes.
"""

from __future__ import annotations

import time

import pytest
from test_prsq45_round45 import _KIRBY_END, _quotes
from test_prsq60_round60 import _SOON

from filing2json.parsers import parse
from filing2json.parsers.sections.press_quote_roles import without_second_party
from filing2json.parsers.sections.press_quotes import find_quotes
from support import FILINGS

_NAMED = "Westell named Jane Doe Chief Financial Officer effective March 1."
_CFO = ("Jane Doe", "Chief Financial Officer")


@pytest.mark.parametrize("again", [f"{_SOON} said Jane Doe.", f"{_SOON} said Ms. Doe.",
                                   'Jane Doe added, "We expect to close soon."'])
def test_a_later_appointment_gives_the_job_of_a_name_quoted_before_it(again: str) -> None:
    # quoted with no job, then appointed, then quoted again: both quotes have the job (was:
    # none; the name's first lookup, before the appointment, was kept)
    quotes = _quotes(_KIRBY_END, f"{_KIRBY_END}\n{_SOON} said Jane Doe.\n\n{_NAMED}\n\n"
                     f"{again}\n")
    assert [q[:2] for q in quotes[-2:]] == [_CFO, _CFO]


def test_an_appointment_in_another_paragraph_gives_the_job() -> None:
    # appointed in the paragraph before the quote, or after the only quote (was: none)
    quotes = _quotes(_KIRBY_END, f"{_KIRBY_END}\n{_NAMED}\n\n{_SOON} said Jane Doe.\n")
    assert quotes[-1][:2] == _CFO
    quotes = _quotes(_KIRBY_END, f"{_KIRBY_END}\n{_SOON} said Jane Doe.\n\n{_NAMED}\n")
    assert quotes[-1][:2] == _CFO
    # (another person's appointment, or mentions of the name with no job, give none)
    for other in ("Westell named John Smith Chief Financial Officer effective March 1.",
                  "Jane Doe joined Westell in May.", "Westell named Jane Doe in its filing."):
        quotes = _quotes(_KIRBY_END, f"{_KIRBY_END}\n{_SOON} said Jane Doe.\n\n{other}\n")
        assert quotes[-1][:2] == ("Jane Doe", None), other


_PERICOM = "8k_2005_pericomsemiconductorco_4.txt"
_HUI_SAID = "Alex Hui, President and Chief Executive Officer of Pericom said,"


def test_a_full_name_quoted_with_no_job_has_the_job_its_contact_gives() -> None:
    # Pericom's quote said by the CFO its contact lists ("/CONTACT: Mike Craighead,
    # VP/Chief Financial Officer of Pericom ..."), named in full with no job (was: none, as
    # "said Mr. Craighead" had it); a contact's label is no job
    for contact, role in (("Mike Craighead, VP/Chief Financial Officer",
                           "VP/Chief Financial Officer"),
                          ("Mike Craighead, Investor Relations", None)):
        text = (FILINGS / _PERICOM).read_text(encoding="latin-1")
        assert _HUI_SAID in text
        text = text.replace(_HUI_SAID, "Mike Craighead said,", 1).replace(
            "Mike Craighead, VP/Chief Financial Officer", contact)
        quotes = parse(text.encode("latin-1"), _PERICOM)["press_releases"][0]["quotes"]
        assert [(q["speaker"], q["role"]) for q in quotes] == [("Mike Craighead", role)]


_HORIZON = "8k_2008_horizonfinancialcorp_5.txt"
_JACOBSON = "said Rich Jacobson, Chief Executive Officer."
_UPBEAT = "We remain upbeat"


def _horizon_quotes(after_jacobson: str) -> list[tuple[str, str]]:
    """Horizon Financial's 2008 quotes with ``after_jacobson`` printed after the attribution
    of its first quote (in its paragraph, or as one of its own)."""
    text = (FILINGS / _HORIZON).read_text(encoding="latin-1")
    assert _JACOBSON in text
    text = text.replace(_JACOBSON, _JACOBSON + after_jacobson, 1)
    quotes = parse(text.encode("latin-1"), _HORIZON)["press_releases"][0]["quotes"]
    return [(q["speaker"], q["text"]) for q in quotes]


@pytest.mark.parametrize("after", [
    f" ``{_UPBEAT},'' said a company spokeswoman.", f" ``{_UPBEAT},'' an analyst noted.",
    f" ``{_UPBEAT},'' the company said.", f"\n\n``{_UPBEAT}.'' said one analyst.\n",
])
def test_a_quote_said_by_someone_unnamed_is_not_the_last_speakers(after: str) -> None:
    # (was: glued to Jacobson's quote before it, as a quote going on)
    quotes = _horizon_quotes(after)
    assert not [q for q in quotes if _UPBEAT in q[1]]
    assert quotes[0][0] == "Rich Jacobson"
    # "the executive": the one quoted before, as before
    quotes = _horizon_quotes(f" ``{_UPBEAT},'' said the executive.")
    assert quotes[0][0] == "Rich Jacobson" and _UPBEAT in quotes[0][1]


@pytest.mark.parametrize("when", ["earlier this year", "according to the release",
                                  "later that day", "earlier this month"])
def test_when_or_whence_after_the_role_is_no_part_of_it(when: str) -> None:
    # (was: "CFO, earlier this year", "CFO, according to the release")
    quotes = _quotes(_KIRBY_END, f"{_KIRBY_END}\n{_SOON} said Jane Doe, CFO, {when}.\n")
    assert quotes[-1][:2] == ("Jane Doe", "CFO")


@pytest.mark.parametrize("firm", ["New York Life", "Northwestern Mutual", "Pacific Life"])
def test_an_insurer_quoted_bare_is_no_speaker(firm: str) -> None:
    # a firm named by its insurer's word, no person (was: the speaker, role none)
    quotes = _quotes(_KIRBY_END, f"{_KIRBY_END}\n{_SOON} said {firm}.\n")
    assert not [q for q in quotes if q[0] == firm or "close soon" in q[2]]


@pytest.mark.parametrize(("said", "role"), [
    (f"{_SOON} said Chief Executive Officer Jane Doe of Acme Corp.",
     "Chief Executive Officer of Acme Corp."),
    (f"{_SOON} Chairman Jane Doe of the Federal Reserve Bank of Chicago said.",
     "Chairman of the Federal Reserve Bank of Chicago"),
    ('President Jane Doe of Acme Inc. said, "We expect to close soon."', "President of Acme Inc."),
    (f"{_SOON} said Westell CFO Jane Doe of Chicago.", "Westell CFO"),
])
def test_a_name_between_its_job_and_its_firm_speaks(said: str, role: str) -> None:
    # the job before the name, the firm after it (was: no speaker, the quote lost); a town
    # after it is where she is from
    quotes = _quotes(_KIRBY_END, f"{_KIRBY_END}\n{said}\n")
    assert quotes[-1][:2] == ("Jane Doe", role)
    assert quotes[-1][2].rstrip(".") == "We expect to close soon"


@pytest.mark.parametrize("mention", ["Jane Doe was named in May. ",
                                     "Jane Doe joined Acme as in 2001. ", "Jane Doe, 45, "])
def test_a_name_printed_thousands_of_times_is_read_in_linear_time(mention: str) -> None:
    # ~60 KB of mentions giving no job (an appointment's each read the ones before it:
    # about a minute)
    text = f"{_SOON} said Jane Doe.\n\n{mention * 2000}\n\n{_SOON} said Jane Doe.\n"
    start = time.process_time()
    quotes = find_quotes(text)
    assert time.process_time() - start < 5
    assert quotes[-1]["role"] is None


@pytest.mark.parametrize("said", ["said Ms. Doe", "said Jane Doe"])
@pytest.mark.parametrize("named", [
    "Westell named Jane Doe CFO and Acme Capital, its adviser.",
    "Westell named Jane Doe CFO and Acme Capital as its financial adviser.",
    "Jane Doe was named CFO and Acme Capital, its adviser, said the terms were fair.",
    "Westell named Jane Doe CFO and Morgan Keegan Inc. its adviser.",
    "Westell named Jane Doe CFO and Morgan Keegan & Co. its adviser.",
    "Westell named Jane Doe CFO and Goldman Sachs, its adviser.",
])
def test_a_firm_the_verb_named_with_the_speaker_is_no_part_of_the_role(named: str, said: str
                                                                       ) -> None:
    # the verb's second object, a firm and its part (was: "CFO and Acme Capital", "CFO and
    # Morgan Keegan Inc.", "CFO and Goldman Sachs")
    quotes = _quotes(_KIRBY_END, f"{_KIRBY_END}\n{named} {_SOON} {said}.\n")
    assert quotes[-1][:2] == ("Jane Doe", "CFO")


def test_a_second_party_after_the_speakers_job_is_no_part_of_the_role() -> None:
    # 'said Jane Doe, CFO and Acme Capital, its adviser' (was: all of it the role)
    for said, role in (("CFO and Acme Capital, its adviser", "CFO"),
                       ("CFO, and Acme Capital, its adviser", "CFO"),
                       ("CFO of Westell, and Acme Capital Partners", "CFO of Westell")):
        quotes = _quotes(_KIRBY_END, f"{_KIRBY_END}\n{_SOON} said Jane Doe, {said}.\n")
        assert quotes[-1][:2] == ("Jane Doe", role), said


@pytest.mark.parametrize("said", ["said Ms. Doe", "said Jane Doe"])
def test_a_job_going_on_after_its_firms_inc_is_the_role(said: str) -> None:
    # the appointed job read past the firm's "Inc." (was: "CFO and Morgan Keegan Inc."); a
    # sentence going on with a name after it is none of it
    quotes = _quotes(_KIRBY_END, f"{_KIRBY_END}\nWestell named Jane Doe CFO and Morgan Keegan "
                     f"Inc. Director. {_SOON} {said}.\n")
    assert quotes[-1][:2] == ("Jane Doe", "CFO and Morgan Keegan Inc. Director")
    quotes = _quotes(_KIRBY_END, f"{_KIRBY_END}\nWestell named Jane Doe CFO of Acme Inc. "
                     f"Chief Executive John Smith approved. {_SOON} {said}.\n")
    assert quotes[-1][:2] == ("Jane Doe", "CFO of Acme Inc.")


def test_a_firm_after_and_is_cut_and_jobs_and_firms_after_of_stay_whole() -> None:
    assert without_second_party("CFO and Acme Capital") == "CFO"  # (was: kept)
    for role in ("CFO and Acme Bank President", "CFO and Morgan Keegan Inc. Director",
                 "Vice President and Controller", "CEO of Acme and Beta Capital",
                 "President and Chief Executive Officer", "Treasurer and Assistant Secretary"):
        assert without_second_party(role) == role


@pytest.mark.parametrize("role", ["Chairman and John" * 12000, "CFO and Acme Capital " * 10000,
                                  "CFO and " * 25000])
def test_a_long_role_with_many_ands_is_cut_in_linear_time(role: str) -> None:
    start = time.process_time()
    without_second_party(role)
    assert time.process_time() - start < 5
