"""Press-release quotes (round 50): a speaker's name in capitals with a Mc/Mac surname
("ROBERT McDONALD"), a lead-in closed by a dash ('added --') or by "the following:", by a
participle after what was spoken of ('commented on the merger, saying:'), a participle's
clause after the attribution ('," Kirby said, adding that ...'), "was quoted as saying",
"said further:" and "said regarding ...:", the premises spoken from with their town ("from
the company's Chicago headquarters"), and a determiner before a firm's name ("Both
Teltrend and Westell") that is no first name for a firm quoted bare ('said Teltrend.').

Each test edits the quotes of Westell's 1999 8-K on its Teltrend merger (a corpus filing)
into a shape other releases print, as rounds 45-49 do; guards keep what README says of a
quote said by two people or by a group.
"""

from __future__ import annotations

import pytest
from test_prsq45_round45 import _CLOSE, _CLOSE_TEXT, _KIRBY, _KIRBY_END, _KIRBY_SAID, _quotes

_ROLE = _KIRBY[1]
# Zionts's lead-in as printed: 'Marc Zionts,  Chief Executive  Officer of Westell,  stated
# that "Teltrend brings ...'
_ZIONTS_SAID = "Marc Zionts,  Chief Executive  Officer of Westell,  stated that"
_ZIONTS = ("Marc Zionts", "Chief Executive Officer of Westell")
_ZIONTS_LEAD = f"{_ZIONTS[0]}, {_ZIONTS[1]},"


@pytest.mark.parametrize(("printed", "name"), [("ROBERT McDONALD", "ROBERT McDONALD"),
                                               ("JAMES MacDONALD", "JAMES MacDONALD"),
                                               ("ROBERT J. McDONALD", "ROBERT J. McDONALD")])
def test_a_full_name_in_capitals_with_a_mc_surname(printed: str, name: str) -> None:
    # Kirby's attribution with a Mc/Mac surname in capitals, as signers print it too (was:
    # no speaker, the quote lost)
    assert _quotes(_KIRBY_SAID, f"stated {printed}, {_ROLE}.")[2][:2] == (name, _ROLE)
    quotes = _quotes(_KIRBY_SAID, f"stated Teltrend Chairman {printed}.")
    assert quotes[2][:2] == (name, "Teltrend Chairman")


def test_a_firm_with_a_mc_word_in_capitals_is_no_speaker() -> None:
    quotes = _quotes(_KIRBY_SAID, "stated McDONALD'S CORP.")
    assert all(not q[2].startswith("Teltrend is very pleased") for q in quotes)


@pytest.mark.parametrize("lead", [f"{_ZIONTS_LEAD} added --", f"{_ZIONTS_LEAD} stated--",
                                  f"{_ZIONTS_LEAD} said the following:",
                                  f"{_ZIONTS_LEAD} added the following:"])
def test_a_dash_or_the_following_closing_a_lead_in(lead: str) -> None:
    # typewriter releases close a lead-in with a dash, as others with a colon (was: no quote)
    assert _quotes(_ZIONTS_SAID, lead)[0][:2] == _ZIONTS


def test_a_dash_after_no_person_gives_no_speaker() -> None:
    quotes = _quotes(_ZIONTS_SAID, "The company added --")
    assert all(q[0] != "Marc Zionts" for q in quotes)


@pytest.mark.parametrize("lead", [f"{_ZIONTS_LEAD} commented on the transaction, saying",
                                  f"{_ZIONTS_LEAD} commented on the merger, stating:",
                                  f"{_ZIONTS_LEAD} said of the deal, adding,",
                                  f"{_ZIONTS_LEAD} said regarding the merger:",
                                  f"{_ZIONTS_LEAD} said further:"])
def test_what_was_spoken_of_before_the_quote(lead: str) -> None:
    # was: no quote for Zionts
    assert _quotes(_ZIONTS_SAID, lead)[0][:2] == _ZIONTS


def test_a_participle_after_an_action_names_its_subject() -> None:
    # "welcomed the deal" is no verb of speech, but "saying" after it is: the quote is
    # Zionts's (round 51; round 50 gave no quote)
    quotes = _quotes(_ZIONTS_SAID, "Marc Zionts welcomed the deal, saying")
    assert quotes[0][:2] == ("Marc Zionts", None)


@pytest.mark.parametrize("said", ["Kirby said, adding that approvals are pending.",
                                  "Kirby said Tuesday, noting that approvals are pending.",
                                  "Kirby said in a statement, citing strong demand.",
                                  "Kirby told analysts, adding that approvals are pending.",
                                  "Kirby was quoted as saying."])
def test_a_clause_after_the_attribution_is_no_part_of_it(said: str) -> None:
    # wire style: '"...," Kirby said, adding that ...' (was: no quote)
    quotes = _quotes(_KIRBY_END, f"{_KIRBY_END}\n{_CLOSE} {said}\n")
    assert quotes[-1] == (*_KIRBY, _CLOSE_TEXT), said


def test_quoted_as_saying_before_the_quote() -> None:
    quotes = _quotes(_KIRBY_END, f'{_KIRBY_END}\nKirby was quoted as saying, "{_CLOSE_TEXT}."\n')
    assert quotes[-1] == (*_KIRBY, f"{_CLOSE_TEXT}.")


@pytest.mark.parametrize("place", ["from the company's Chicago headquarters",
                                   "from its corporate headquarters in Aurora",
                                   "from Teltrend's New York offices"])
def test_premises_with_their_town_are_no_part_of_the_role(place: str) -> None:
    # was: role "Chairman ... of Teltrend, from the company's Chicago headquarters"
    assert _quotes(_KIRBY_SAID, f"stated Howard Kirby, {_ROLE}, {place}.")[2][:2] == _KIRBY


def test_a_firm_after_from_still_stays_in_the_role() -> None:
    quotes = _quotes(_KIRBY_SAID, "stated Howard Kirby, an analyst from Morgan Stanley.")
    assert quotes[2][:2] == ("Howard Kirby", "analyst from Morgan Stanley")  # (round 65: no "an")


def test_a_firm_quoted_bare_is_no_person_named_after_a_determiner() -> None:
    # "Both Teltrend and Westell have been ..." (Nelson's quote) gave the speaker "Both
    # Teltrend" for '"...," stated Teltrend.'; now no one (a firm's statement)
    quotes = _quotes(_KIRBY_SAID, "stated Teltrend.")
    assert all(q[0] != "Both Teltrend" for q in quotes) and len(quotes) == 2
    # a surname still finds its full name
    assert _quotes(_KIRBY_SAID, "stated Nelson.")[2][:2] == ("J. Nelson",
                                                             "Westell Inc. President and COO")


def test_two_speakers_and_a_group_as_readme_says() -> None:
    # README: a quote said by two people is the first's (a plural job after them his role);
    # a group or the company is no person: no quote
    quotes = _quotes(_KIRBY_SAID, "stated Howard Kirby and Marc Zionts, co-founders of Acme.")
    assert quotes[2][:2] == ("Howard Kirby", "co-founders of Acme")
    for group in ("the company stated.", "management stated.", "stated the company."):
        assert len(_quotes(_KIRBY_SAID, group)) == 2, group
