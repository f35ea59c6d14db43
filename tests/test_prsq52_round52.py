"""Press-release quotes (round 52): a date's comma in the lead-in after the verb ("stated in a
letter to employees dated December 13, 1999:"), a retired officer's service after the name
("Howard Kirby, USN (Ret.), Chairman ..."), and a paragraph that is one quote under a
paragraph reporting what a person said ('Kirby, ..., said the company is ...' / '"..."').

Each test edits the quotes of Westell's 1999 8-K on its Teltrend merger (a corpus filing)
into a shape other releases print, as rounds 45-51 do.
"""

from __future__ import annotations

import pytest
from test_prsq45_round45 import _KIRBY, _KIRBY_SAID, _quotes
from test_prsq51_round51 import _ZIONTS, _ZIONTS_SAID

_BRINGS = "Teltrend brings outstanding products"
# Kirby's paragraph as printed, up to his second sentence
_KIRBY_PARA = ('"Teltrend  is very  pleased to join the  Westell  team",  stated  Howard  Kirby,\n'
               'Chairman  and Chief  Executive  Officer  of  Teltrend.  "Westell\'s')
_GROWTH = "Westell's high growth initiatives"


@pytest.mark.parametrize("said", ["stated in a letter to employees dated December 13, 1999:",
                                  "stated in a memo dated December 13, 1999,"])
def test_a_dates_comma_after_the_verb_keeps_the_lead_in(said: str) -> None:
    # Zionts's lead-in with where and when he wrote it (was: no speaker, the comma of the
    # date cutting the verb off the quote)
    quotes = _quotes(_ZIONTS_SAID, f"Marc Zionts, Chief Executive Officer of Westell, {said}")
    assert quotes[0][:2] == _ZIONTS
    assert quotes[0][2].startswith(_BRINGS)


@pytest.mark.parametrize("service", ["USN (Ret.)", "U.S. Navy (Retired)", "USMC (Ret)"])
def test_a_retired_officers_service_is_no_part_of_the_role(service: str) -> None:
    # Kirby printed as a retired officer (was: "USN (Ret.), Chairman and ..." as the role,
    # or "Admiral" after "U.S. Navy")
    quotes = _quotes(_KIRBY_SAID, f"stated Admiral Howard Kirby, {service},\n{_KIRBY[1]}.")
    assert quotes[2][:2] == _KIRBY


@pytest.mark.parametrize("report", [
    "Howard Kirby, Chairman and Chief Executive Officer of Teltrend, said the company is\n"
    "very pleased to join the Westell team.",
    # (a surname: Zionts is named in full and quoted above)
    "Mr. Zionts said Teltrend is very pleased to join the Westell team."])
def test_a_quote_paragraph_under_reported_speech_is_the_reported_persons(report: str) -> None:
    # Kirby's first sentence reported in a paragraph of its own, his quote under it (was:
    # the quote given to no one)
    quotes = _quotes(_KIRBY_PARA, f'{report}\n\n"Westell\'s')
    speaker = _KIRBY if report.startswith("Howard") else _ZIONTS
    assert quotes[-1][:2] == speaker
    assert quotes[-1][2].startswith(_GROWTH)


@pytest.mark.parametrize("report", ["Teltrend said the transaction is subject to approvals.",
                                    "Analysts said the transaction is a good fit.",
                                    "The merger is expected to close in the first quarter."])
def test_a_quote_paragraph_under_no_person_reported_has_no_speaker(report: str) -> None:
    quotes = _quotes(_KIRBY_PARA, f'{report}\n\n"Westell\'s')
    assert all(not q[2].startswith(_GROWTH) for q in quotes)


@pytest.mark.parametrize("said", [
    "said on Monday, December 13, 1999:", "stated in a news release dated December 13, 1999, that",
    "said in a letter dated Dec. 13, 1999:", "said in a statement issued Monday, Dec. 13:",
    "said at the company's Aurora, Ill. headquarters:"])
def test_a_dates_or_towns_punctuation_after_the_verb_keeps_the_lead_in(said: str) -> None:
    # Zionts's lead-in with when or where he spoke: the commas of a date or of a town and
    # its state, the stop of a month ("Dec. 13") or of a state before lower case ("Ill.
    # headquarters") cut no sentence (was: no speaker)
    quotes = _quotes(_ZIONTS_SAID, f"Marc Zionts, Chief Executive Officer of Westell, {said}")
    assert quotes[0][:2] == _ZIONTS
    assert quotes[0][2].startswith(_BRINGS)


@pytest.mark.parametrize("where", ["from the company's St. Charles, Ill. offices",
                                   "a position he has held since 1985"])
def test_a_towns_state_or_a_jobs_tenure_after_the_role_is_no_part_of_it(where: str) -> None:
    # Kirby's attribution with where he spoke from, the state abbreviated before lower
    # case, or how long he has held the job (was: "..., a position he has held" in the role)
    quotes = _quotes(_KIRBY_SAID, f"stated Howard Kirby, {_KIRBY[1]}, {where}.")
    assert quotes[2][:2] == _KIRBY
