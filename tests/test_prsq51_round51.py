"""Press-release quotes (round 51): the premises spoken from with a town and its state set
off by a comma ("from Teltrend's St. Charles, Illinois headquarters") or after "from the",
how a quote was given after the role (", by telephone"), "in part" before "as follows:",
"had this comment:", a clause in the past tense before "saying", a degree's period before
the verb ("Jane Doe, Ph.D. said"), more credentials and a retired rank after a name, a
suffix after a name the job precedes ("Teltrend Chairman Howard Kirby, Jr."), and when a
person was named to their job ("named Jane Doe, 54, President in 2001").

Each test edits the quotes of Westell's 1999 8-K on its Teltrend merger (a corpus filing)
into a shape other releases print, as rounds 45-50 do.
"""

from __future__ import annotations

import pytest
from test_prsq45_round45 import _KIRBY, _KIRBY_SAID, WESTELL, _quotes

from filing2json.parsers import parse
from support import FILINGS

_ROLE = _KIRBY[1]
# Zionts's lead-in as printed: 'Marc Zionts,  Chief Executive  Officer of Westell,  stated
# that "Teltrend brings ...'
_ZIONTS_SAID = "Marc Zionts,  Chief Executive  Officer of Westell,  stated that"
_ZIONTS = ("Marc Zionts", "Chief Executive Officer of Westell")
_ZIONTS_LEAD = f"{_ZIONTS[0]}, {_ZIONTS[1]},"
_PLEASED = "Teltrend is very pleased to join the Westell team"


@pytest.mark.parametrize("premises", ["from Teltrend's St. Charles, Illinois headquarters",
                                      "from its Aurora, Illinois offices"])
def test_premises_with_a_town_and_its_state_are_no_part_of_the_role(premises: str) -> None:
    # Kirby's attribution with where he spoke from, the town set off from its state by a
    # comma (was: the premises kept in the role, "... of Teltrend, from Teltrend's St.")
    quotes = _quotes(_KIRBY_SAID, f"stated Howard Kirby, {_ROLE}, {premises}.")
    assert quotes[2][:2] == _KIRBY
    assert quotes[2][2].startswith(_PLEASED)


def test_how_the_quote_was_given_after_the_role() -> None:
    # '..., by telephone.' (was: role "Chairman and ... of Teltrend, by telephone")
    for how in ("by telephone", "by phone", "by e-mail"):
        quotes = _quotes(_KIRBY_SAID, f"stated Howard Kirby, {_ROLE}, {how}.")
        assert quotes[2][:2] == _KIRBY, how


def test_in_part_before_as_follows() -> None:
    # Zionts's lead-in as 1990s releases and filings quoting a letter print it (was: no
    # speaker, the quote lost)
    for lead in ("stated, in part, as follows:", "stated in part as follows:",
                 "stated, as follows:", "stated, in pertinent part, as follows:"):
        quotes = _quotes(_ZIONTS_SAID, f"{_ZIONTS_LEAD} {lead}")
        assert quotes[0][:2] == _ZIONTS, lead
        assert quotes[0][2].startswith("Teltrend brings outstanding products")


def test_a_degree_before_the_verb_ends_no_sentence() -> None:
    # a degree's period right before the verb, no comma after it (was: the sentence cut at
    # "Ph.D.", no speaker, the quote lost)
    for printed in ("Ph.D.", "M.D."):
        quotes = _quotes(_ZIONTS_SAID, f"Westell CEO Marc Zionts, {printed} stated,")
        assert quotes[0][:2] == ("Marc Zionts", "Westell CEO"), printed
        quotes = _quotes(_ZIONTS_SAID, f"Marc Zionts, {printed} stated")
        assert quotes[0][:2] == ("Marc Zionts", None), printed
    quotes = _quotes(_KIRBY_SAID, "Teltrend CEO Howard Kirby, M.D. said.")
    assert quotes[2][:2] == ("Howard Kirby", "Teltrend CEO")


def test_a_degree_closing_a_sentence_still_ends_it() -> None:
    # a capital after the degree opens a new sentence: Zionts's lead-in after a sentence
    # ending in "Ph.D." is read alone
    quotes = _quotes(_ZIONTS_SAID, f"Westell's founder holds a Ph.D. {_ZIONTS_LEAD} stated that")
    assert quotes[0][:2] == _ZIONTS


def test_a_suffix_after_a_name_the_job_precedes() -> None:
    # "Teltrend Chairman Howard Kirby, Jr." (was: "Howard Kirby", the suffix lost), before
    # and after the quote
    quotes = _quotes(_KIRBY_SAID, "stated Teltrend Chairman Howard Kirby, Jr.")
    assert quotes[2][:2] == ("Howard Kirby, Jr.", "Teltrend Chairman")
    quotes = _quotes(_ZIONTS_SAID, "Westell CEO Marc Zionts, Jr. stated,")
    assert quotes[0][:2] == ("Marc Zionts, Jr.", "Westell CEO")
    quotes = _quotes(_ZIONTS_SAID, "Westell CEO Marc Zionts, III, stated,")
    assert quotes[0][:2] == ("Marc Zionts, III", "Westell CEO")


@pytest.mark.parametrize("lead", ["had this comment:", "offered these remarks on the merger:",
                                  "made these comments:", "had these thoughts,"])
def test_this_comment_closing_a_lead_in(lead: str) -> None:
    # Zionts's lead-in with "this"/"these" for "the following" (was: no speaker, the quote
    # lost)
    quotes = _quotes(_ZIONTS_SAID, f"{_ZIONTS_LEAD} {lead}")
    assert quotes[0][:2] == _ZIONTS
    assert quotes[0][2].startswith("Teltrend brings outstanding products")


def test_this_comment_reported_is_no_lead_in() -> None:
    # a phrase quoted after "this comment" names no speaker of it
    quotes = _quotes(_ZIONTS_SAID, f"{_ZIONTS_LEAD} said this comment was")
    assert all(not q[2].startswith("Teltrend brings") for q in quotes)


def test_when_a_person_was_named_to_a_job_after_their_age() -> None:
    # Zionts named with his age and the year he took the job, then quoted by surname (was:
    # role "Chief Executive Officer in 1998")
    quotes = _quotes(_ZIONTS_SAID, "Westell named Marc Zionts, 38, Chief Executive Officer "
                     "in 1998. Mr. Zionts stated that")
    assert quotes[0][:2] == ("Marc Zionts", "Chief Executive Officer")


@pytest.mark.parametrize("credentials", ["D.D.S.", "P.E.", "RN", "FACS", "CPA, CMA"])
def test_more_credentials_after_the_name_are_no_part_of_the_role(credentials: str) -> None:
    # a dentist's, engineer's, nurse's, surgeon's or accountant's letters between Kirby's
    # name and his job (was: role "P.E., Chairman and ...")
    quotes = _quotes(_KIRBY_SAID, f"stated Howard Kirby, {credentials}, {_ROLE}.")
    assert quotes[2][:2] == _KIRBY


def test_a_retired_rank_note_is_no_role() -> None:
    # "Gen. Howard Kirby (Ret.)," as releases print a retired officer (was: role "(Ret.)")
    quotes = _quotes(_KIRBY_SAID, f"stated Gen. Howard Kirby (Ret.), {_ROLE}.")
    assert quotes[2][:2] == _KIRBY



@pytest.mark.parametrize("lead", ["welcomed the merger, saying", "expressed his enthusiasm, "
                                  "stating:", "thanked the Teltrend team, adding,"])
def test_a_participle_after_what_the_speaker_did(lead: str) -> None:
    # Zionts's lead-in with what he did before "saying" (was: no speaker, the quote lost)
    quotes = _quotes(_ZIONTS_SAID, f"{_ZIONTS_LEAD} {lead}")
    assert quotes[0][:2] == _ZIONTS
    assert quotes[0][2].startswith("Teltrend brings outstanding products")


def test_a_participle_after_what_a_firm_did_names_no_speaker() -> None:
    # a firm's action, no person: the quote stays unattributed
    quotes = _quotes(_ZIONTS_SAID, "Westell Technologies, Inc. welcomed the merger, saying")
    assert all(not q[2].startswith("Teltrend brings") for q in quotes)


@pytest.mark.parametrize("verb", ["enthused", "offered"])
def test_more_verbs_of_attribution(verb: str) -> None:
    # '"...", enthused Howard Kirby, ...' (was: no speaker, the quote lost)
    quotes = _quotes(_KIRBY_SAID, f"{verb} Howard Kirby, {_ROLE}.")
    assert quotes[2][:2] == _KIRBY


def test_from_the_place_after_the_role() -> None:
    # where Kirby spoke from, past his role's comma (was: "... of Teltrend, from the floor
    # of the New York Stock Exchange" as the role)
    for where in ("from the floor of the New York Stock Exchange", "from the company's booth"):
        quotes = _quotes(_KIRBY_SAID, f"stated Howard Kirby, {_ROLE}, {where}.")
        assert quotes[2][:2] == _KIRBY, where


@pytest.mark.parametrize("lead", ["STATED, IN PART:", "STATED, IN PART, AS FOLLOWS:"])
def test_in_part_in_a_paragraph_typed_in_capitals(lead: str) -> None:
    # Zionts's paragraph typed in capitals, as 1990s wire copy prints it (was: no speaker)
    text = (FILINGS / WESTELL).read_text(encoding="latin-1")
    start = text.index(_ZIONTS_SAID)
    end = text.index("increase our scale.\"", start) + len("increase our scale.\"")
    para = text[start:end].replace("stated that", lead.lower(), 1).upper()
    record = parse((text[:start] + para + text[end:]).encode("latin-1"), WESTELL)
    first = record["press_releases"][0]["quotes"][0]
    assert (first["speaker"], first["role"]) == ("MARC ZIONTS",
                                                 "CHIEF EXECUTIVE OFFICER OF WESTELL")
