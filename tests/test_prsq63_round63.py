"""Press-release quotes (round 63): an office abbreviated before the name with nothing after
it spelled out ("said Sen. Jane Doe." is "Senator", as round 62b reads "Sen. Jane Doe
(R-Texas)": "Senator (R-Texas)"); and a place after a name and "of" where no office comes
before it ("said Dr. Jane Doe of Texas", "Jane Doe of Austin, Texas") read as where the
person is from, no job: no role (a job after it is the role), while an office keeps its place
("Senator of Texas") and a firm its "of" ("of Goldman Sachs"); and, from the check set's
audit, since what a job is held closing the role ("Chairman ... of Teltrend since its
founding"), no part of it, as "since 1998" is none.

The corpus prints none of these shapes. The tests edit Pericom's 2006 8-K on Dr. Simon
Wong's election to its board (Alex Hui, "President and CEO", quoted) and Westell's 1999 8-K
on its Teltrend merger (Howard Kirby, "Chairman and Chief Executive Officer of Teltrend",
quoted), each edit said in its test.
"""

from __future__ import annotations

import pytest
from test_prsq45_round45 import _KIRBY, _KIRBY_SAID, _quotes
from test_prsq61b_round61 import _HUI_SAID, _pericom

_WONG_JOB = "Professor of Electrical Engineering at Stanford University"


@pytest.mark.parametrize(("said", "role"), [
    # (was: "Sen.", "Rep.", "U.S. Sen.", "Lt. Gov.", "Texas Gov.", "Prof.", "Maj. Gen.")
    ("Sen. Simon Wong said,", "Senator"),
    ("Rep. Simon Wong said,", "Representative"),
    ("U.S. Sen. Simon Wong said,", "U.S. Senator"),
    ("Lt. Gov. Simon Wong said,", "Lieutenant Governor"),
    ("Texas Gov. Simon Wong said,", "Texas Governor"),
    ("Prof. Simon Wong said,", "Professor"),
    ("Maj. Gen. Simon Wong said,", "Major General"),
])
def test_an_office_alone_before_the_name_is_spelled_out(said: str, role: str) -> None:
    # Pericom's quote said by a legislator, an officer or a professor instead of its CEO
    assert _pericom(_HUI_SAID, said) == [("Simon Wong", role)]


def test_an_office_alone_after_the_quote_is_spelled_out() -> None:
    # Kirby's attribution after the quote, as a legislator's (was: "Sen.", "Rep.")
    for said, role in (("stated Sen. Howard Kirby.", "Senator"),
                       ("stated Rep. Howard Kirby.", "Representative")):
        assert _quotes(_KIRBY_SAID, said)[2][:2] == ("Howard Kirby", role), said
    # spelled out already, as printed; a job after the name is still the role
    assert _pericom(_HUI_SAID, "Senator Simon Wong said,") == [("Simon Wong", "Senator")]
    assert _pericom(_HUI_SAID, "Sen. Simon Wong, chairman of the Senate Armed Services "
                    "Committee, said,") == [
        ("Simon Wong", "chairman of the Senate Armed Services Committee")]


@pytest.mark.parametrize("said", [
    # (was: "of Texas", "of Austin", "of Boston", "of N.Y.")
    "Dr. Simon Wong of Texas said,", "Simon Wong of Texas said,",
    "Dr. Simon Wong of Austin, Texas, said,", "Dr. Simon Wong of Austin, Tex., said,",
    "Dr. Simon Wong of Boston said,", "Dr. Simon Wong of N.Y. said,",
])
def test_a_place_after_a_name_and_of_is_no_role(said: str) -> None:
    # Pericom's quote said by Dr. Wong, printed with where he is from: no role printed, so
    # the job the release gives him is his (round 61b: "is a Professor of ...")
    assert _pericom(_HUI_SAID, said) == [("Simon Wong", _WONG_JOB)]


@pytest.mark.parametrize("said", [
    # (was: "of Boston", "of Texas", "of Austin")
    "Dr. Simon Wong of Boston, chairman of Acme Corp., said,",
    "Dr. Simon Wong of Texas, chairman of Acme Corp., said,",
    "Dr. Simon Wong of Austin, Texas, chairman of Acme Corp., said,",
])
def test_a_job_after_the_place_is_the_role(said: str) -> None:
    assert _pericom(_HUI_SAID, said) == [("Simon Wong", "chairman of Acme Corp.")]


def test_an_office_or_a_firm_keeps_what_follows_of() -> None:
    # where no office comes before the name, a state after "of" is no role (was: "of Texas")
    assert _pericom(_HUI_SAID, "Dr. Simon Wong of Texas said,") == [("Simon Wong", _WONG_JOB)]
    for said, role in (
            # an office before the name keeps the place (round 62)
            ("Sen. Simon Wong of Texas said,", "Senator of Texas"),
            ("Mayor Simon Wong of Austin said,", "Mayor of Austin"),
            # a firm or a body after "of" stays, as before
            ("Dr. Simon Wong of Goldman Sachs said,", "of Goldman Sachs"),
            ("Simon Wong of Texas Instruments said,", "Texas Instruments"),
            ("Dr. Simon Wong of the University of Texas said,", "of the University of Texas"),
            # a state's two capitals are as often a firm's acronym: "of" stays
            ("Dr. Simon Wong of ME said,", "of ME")):
        assert _pericom(_HUI_SAID, said) == [("Simon Wong", role)], said


@pytest.mark.parametrize("since", [
    # (was: the role holding it, "Chairman and Chief Executive Officer of Teltrend since its
    # founding", as the check set's edit of Westell's release printed it)
    "since its founding", "since the merger", "since joining Teltrend in 1985",
    "since Teltrend's founding in 1985", ", since its founding",
])
def test_since_what_the_job_is_held_is_no_part_of_the_role(since: str) -> None:
    # Westell's attribution of Kirby's quote with how long he has held his job
    sep = "" if since[0] == "," else " "
    quotes = _quotes(_KIRBY_SAID, f"stated Howard Kirby, {_KIRBY[1]}{sep}{since}.")
    assert quotes[2][:2] == _KIRBY


def test_a_second_job_after_since_what_stays() -> None:
    # since what a first job is held, a second job after it: read as printed (as before;
    # the first assertion fails without the rule above)
    role = "Chairman of Teltrend since its founding"
    assert _quotes(_KIRBY_SAID, f"stated Howard Kirby, {role}.")[2][:2] == (
        "Howard Kirby", "Chairman of Teltrend")
    role = "Chairman of Teltrend since its founding and President since 1995"
    assert _quotes(_KIRBY_SAID, f"stated Howard Kirby, {role}.")[2][:2] == (
        "Howard Kirby", role)


def test_a_state_after_a_job_and_the_name_is_no_part_of_the_role() -> None:
    # Kirby's attribution printed job, name, state, as a town is read (round 61b: "... of
    # Chicago" none of the role; was: "Chairman and Chief Executive Officer of Illinois")
    for place in ("Illinois", "Ill."):
        quotes = _quotes(_KIRBY_SAID, f"stated Chairman and Chief Executive Officer Howard "
                                      f"Kirby of {place}.")
        assert quotes[-1][:2] == ("Howard Kirby", "Chairman and Chief Executive Officer"), place
