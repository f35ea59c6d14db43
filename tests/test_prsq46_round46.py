"""Press-release quotes (round 46): where the speaker spoke, given as a firm's premises after
the name ("stated Howard Kirby from Teltrend's headquarters in St. Charles"), is no part of a
role; "from Teltrend" alone still names the firm.

Each test edits Westell's 1999 8-K on its Teltrend merger (a corpus filing; Kirby is named in
full there) into a shape other releases print, as round 45's tests do.
"""

from __future__ import annotations

from test_prsq45_round45 import _KIRBY_SAID, _quotes


def _kirby(said: str) -> tuple[str | None, str | None]:
    return next(q[:2] for q in _quotes(_KIRBY_SAID, said) if q[0] and "Kirby" in q[0])


def test_premises_after_the_name_are_no_role() -> None:
    # was: role "from Teltrend's headquarters in St. Charles" (the place read as a job)
    for said in ("stated Howard Kirby from Teltrend's headquarters in St. Charles.",
                 "stated Howard Kirby from Teltrend's headquarters.",
                 "stated Howard Kirby from the company's offices in St. Charles, Illinois.",
                 "stated Howard Kirby from Teltrend Inc.'s plant in St. Charles.",
                 "stated Howard Kirby from Teltrend Communications' headquarters."):
        assert _kirby(said) == ("Howard Kirby", None), said


def test_from_a_firm_alone_still_names_it() -> None:
    assert _kirby("stated Howard Kirby from Teltrend.") == ("Howard Kirby", "from Teltrend")


def test_premises_after_a_role_are_no_part_of_it() -> None:
    # was: role "Chairman of Teltrend, from Teltrend's headquarters in St. Charles"
    for said in ("stated Howard Kirby, Chairman of Teltrend, from Teltrend's headquarters.",
                 "stated Howard Kirby, Chairman of Teltrend, from the company's offices in "
                 "St. Charles."):
        assert _kirby(said) == ("Howard Kirby", "Chairman of Teltrend"), said
