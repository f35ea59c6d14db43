"""Press-release quotes (round 65b): the job a person joined as read where the sentence runs on
past the role's bound to a later job ("joined Pericom in 1990 as Vice President of Sales and
was named president of the Semiconductor Industry Association in 2005") or a "who joined"
clause runs past it to its comma, and a later post at an acronym of the joined firm's initials
("joined Pericom Semiconductor ... President of PSC") held at that firm.

No corpus release prints these shapes, so each test edits Alex Hui's attribution in Pericom's
2006 8-K on Dr. Simon Wong's election (8k_2006_pericomsemiconductorco_3.txt, "Alex Hui,
President and CEO, said of Dr. Wong's appointment,") into a quote by his name alone, with a
paragraph before it giving the jobs he held, as releases print a speaker's career.
"""

from __future__ import annotations

import time

import pytest
from test_prsq61b_round61 import _HUI_SAID, _pericom

from filing2json.parsers.sections.press_quote_later import post_elsewhere
from filing2json.parsers.sections.press_quotes import _role_after

_SAID = "Alex Hui said of Dr. Wong's appointment,"


def _hui(held: str) -> list[tuple[str, str | None]]:
    """(speaker, role) of Pericom's quotes with ``held`` printed a paragraph before Hui's
    quote, which names him alone."""
    return _pericom(_HUI_SAID, f"{held}\n\n     {_SAID}")


@pytest.mark.parametrize(("held", "role"), [
    # a later post at another body: the job joined as (was: no role at all, the sentence
    # past the role's 90 characters)
    ("Alex Hui joined Pericom in 1990 as Vice President of Sales and was named president of "
     "the Semiconductor Industry Association in 2005.", "Vice President of Sales"),
    ("Alex Hui, 54, joined Pericom in 1990 as Vice President of Worldwide Sales and Marketing "
     "and was elected chairman of the IEEE Computer Society in 2005.",
     "Vice President of Worldwide Sales and Marketing"),
    # a later job at the firm: that job
    ("Alex Hui joined Pericom in 1990 as Vice President of Worldwide Sales and Marketing and "
     "was named President and Chief Executive Officer in 2005.",
     "President and Chief Executive Officer"),
])
def test_a_long_clause_still_gives_the_job_joined_as(held: str, role: str) -> None:
    assert _hui(held) == [("Alex Hui", role)]
    # with no later job, the words read within the bound are no whole job: no role, as before
    held = ("Alex Hui joined Pericom in 1990 as Vice President of Worldwide Sales and Marketing "
            "for the Asia Pacific region and the Americas in its early years.")
    assert _hui(held) == [("Alex Hui", None)]


@pytest.mark.parametrize(("held", "role"), [
    # a "who joined" clause past the role's 90 characters, read to its comma (was: no role)
    ("Alex Hui, who joined Pericom Semiconductor Corporation in 1990 as Vice President of "
     "Worldwide Sales and Marketing, has been chairman of the IEEE since 2005.",
     "Vice President of Worldwide Sales and Marketing"),
    ("Alex Hui, who joined Pericom Semiconductor Corporation in 1990 as Vice President of "
     "Worldwide Sales and Marketing, has been President since 2005.", "President"),
    # a firm of three words and a year before "as" (was: no role, four words at most)
    ("Alex Hui, who joined Pericom Semiconductor Corporation in 1990 as Vice President of "
     "Sales, lives in San Jose.", "Vice President of Sales"),
])
def test_a_long_who_joined_clause_gives_its_job(held: str, role: str) -> None:
    assert _hui(held) == [("Alex Hui", role)]


@pytest.mark.parametrize(("firm", "later"), [
    ("Pericom Semiconductor", "President of PSC"),
    ("Pericom Semiconductor Corporation", "President of PSC"),
    ("PSC", "President of Pericom Semiconductor Corporation"),
])
def test_an_acronym_of_the_joined_firm_is_that_firm(firm: str, later: str) -> None:
    # a later post at the firm joined named by its initials, with or without its legal form's
    # (was: read as another organisation, "Vice President of Sales")
    held = f"Alex Hui joined {firm} in 1990 as Vice President of Sales and became {later} in 1998."
    assert _hui(held) == [("Alex Hui", later)]
    # other acronyms stay other bodies: initials of no firm joined, nor of the one word's
    # firm as the release prints it in full (round 66: "PSC" after "joined Pericom" is
    # Pericom Semiconductor Corporation's, see test_prsq66_round66)
    for firm, later in (("Pericom Semiconductor", "chairman of the IEEE"),
                        ("Pericom Semiconductor", "President of PSCX"),
                        ("Pericom", "President of PTI")):
        held = (f"Alex Hui joined {firm} in 1990 as Vice President of Sales and became {later} "
                "in 2005.")
        assert _hui(held) == [("Alex Hui", "Vice President of Sales")], later


@pytest.mark.parametrize("unit", ["joined Acme as ", "Vice President and ", ", who joined Acme "])
def test_long_joined_clauses_run_in_linear_time(unit: str) -> None:
    # ~200 KB of a shape's words with no end, read after a name at every step
    text = "Jane Doe " + unit * (200_000 // len(unit))
    start = time.process_time()
    for at in range(8, len(text), len(text) // 50):
        _role_after(text, "Jane Doe", at)
    post_elsewhere("joined " + "Acme " * 40_000 + "as", "President of AAAAA")
    assert time.process_time() - start < 5
