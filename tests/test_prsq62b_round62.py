"""Press-release quotes (round 62b): a clause after the role's comma no part of it, read by
its shape: a verb of speaking (", told analysts", ", wrote in a letter to shareholders"), a
conjunction opening an adverbial clause (", once the deal closes", ", as part of the
announcement") or a participle before its object's noun (", echoing remarks made
earlier"), while a department ("Vice President, marketing and sales", "Director,
manufacturing operations") stays; and a legislator's party and state after the name ("Sen.
Jane Doe (R-Texas)", "Sen. Jane Doe, R-Texas,") read with the office spelled out, as round
62 reads "Sen. Jane Doe of Texas" ("Senator of Texas"): "Senator (R-Texas)".

The corpus prints none of these shapes. The tests edit Westell's 1999 8-K on its Teltrend
merger (Howard Kirby, "Chairman and Chief Executive Officer of Teltrend", quoted) and
Pericom's 2006 8-K on Dr. Simon Wong's election to its board (Alex Hui quoted), each edit
said in its test.
"""

from __future__ import annotations

import time

import pytest
from test_prsq45_round45 import _KIRBY, _KIRBY_SAID, _quotes
from test_prsq49_round49 import _ZIONTS, _ZIONTS_SAID
from test_prsq60_round60 import _SOON
from test_prsq61b_round61 import _HUI_SAID, _pericom

from filing2json.parsers.sections.press_quotes import find_quotes


@pytest.mark.parametrize("clause", [
    # a verb of speaking and whom to (was: the role holding it, "Chairman ... of Teltrend,
    # told analysts")
    "told analysts", "told analysts on a conference call", "told reporters in Chicago",
    "wrote in a letter to shareholders", "told Reuters", "spoke to reporters",
    # an adverbial clause
    "as part of the announcement", "as expected", "once the deal closes",
    "because the merger closes soon", "if approved by shareholders",
    "until the merger closes",
    # a participle before its object's noun
    "echoing remarks made earlier", "echoing comments", "praising employees for the year",
    "crediting staff",
])
def test_a_clause_after_the_role_is_no_part_of_it(clause: str) -> None:
    # Westell's attribution of Kirby's quote with the clause after his role
    quotes = _quotes(_KIRBY_SAID, f"stated Howard Kirby, {_KIRBY[1]}, {clause}.")
    assert quotes[2][:2] == _KIRBY


@pytest.mark.parametrize("job", [
    # a department after the job, its "-ing" word before a noun or alone
    "Vice President, marketing and sales", "Vice President, manufacturing operations",
    "Director, engineering services", "Vice President, investing activities",
    # "as" before a job or "well as" a second one
    "Vice President, as trustee", "Chief Financial Officer, as well as treasurer",
])
def test_a_department_or_job_after_the_comma_stays(job: str) -> None:
    # (was: the role holding the clause after it, ", told analysts")
    quotes = _quotes(_KIRBY_SAID, f"stated Howard Kirby, {job}, told analysts.")
    assert quotes[2][:2] == ("Howard Kirby", job)


@pytest.mark.parametrize(("said", "role"), [
    # (was: "Sen.", "Senator", "U.S. Sen.", "Rep.": the party and state dropped)
    ("Sen. Simon Wong (R-Texas) said,", "Senator (R-Texas)"),
    ("Sen. Simon Wong, R-Texas, said,", "Senator (R-Texas)"),
    ("Senator Simon Wong (R-Texas) said,", "Senator (R-Texas)"),
    ("U.S. Sen. Simon Wong (R-Texas) said,", "U.S. Senator (R-Texas)"),
    ("Rep. Simon Wong (D-Calif.) said,", "Representative (D-Calif.)"),
    ("Rep. Simon Wong, D-Calif., said,", "Representative (D-Calif.)"),
    ("Sen. Simon Wong (I-Vt.) said,", "Senator (I-Vt.)"),
    # a job after the party is the role, as after any office (was: "Sen.")
    ("Sen. Simon Wong (R-Texas), chairman of the Senate Armed Services Committee, said,",
     "chairman of the Senate Armed Services Committee"),
])
def test_a_legislators_party_and_state_go_with_the_office(said: str, role: str) -> None:
    # Pericom's quote said by a legislator instead of its CEO
    assert _pericom(_HUI_SAID, said) == [("Simon Wong", role)]


def test_a_legislators_party_after_the_quote() -> None:
    # Kirby's attribution after the quote, as a legislator's (was: "Sen.")
    quotes = _quotes(_KIRBY_SAID, "stated Sen. Howard Kirby (R-Texas).")
    assert quotes[2][:2] == ("Howard Kirby", "Senator (R-Texas)")


def test_a_party_printed_thousands_of_times_is_read_in_linear_time() -> None:
    # ~200 KB of a party's state words with no end, then a legislator quoted
    said = "Sen. Jane Doe, R-Texas" + " Texas" * 35000
    start = time.process_time()
    find_quotes(f"{_SOON} said {said}\n\n{_SOON} said Sen. Jane Doe, R-Texas.\n")
    assert time.process_time() - start < 5
    assert find_quotes(f"{_SOON} said Sen. Jane Doe, R-Texas.\n")[-1]["role"] == (
        "Senator (R-Texas)")


@pytest.mark.parametrize("lead", ["told analysts that", "wrote that"])
def test_a_phrase_told_after_the_role_still_names_no_speaker(lead: str) -> None:
    # Westell's Zionts lead-in reporting a phrase ('..., told analysts that "Teltrend
    # brings ..."'): the role read without the verb is no quote box's signature
    quotes = _quotes(_ZIONTS_SAID, f"Marc Zionts, {_ZIONTS[1]}, {lead}")
    assert all(q[0] != "Marc Zionts" for q in quotes)
    # with a colon the lead-in gives the speaker, the role without a clause before the
    # verb (was: "Chief Executive Officer of Westell, once the deal closes")
    quotes = _quotes(_ZIONTS_SAID, f"Marc Zionts, {_ZIONTS[1]}, once the deal closes, told "
                     "analysts:")
    assert quotes[0][:2] == _ZIONTS
