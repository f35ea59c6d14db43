"""Press-release quotes (round 61b): a job naming its department before the speaker's name
and the firm after it ("said Vice President of Sales Jane Doe of Acme Corp."); an office or
academic title before the name and the body after it ("Professor Jane Doe of Stanford
University": "Professor of Stanford University", as "Chief Executive Officer Jane Doe of
Acme Corp." reads), a university or other body after "of" with no title being the role as a
firm is ("Dr. Jane Doe of Stanford University": "Stanford University"); and a job a full
name holds since a date ("Jane Doe has served as CFO since 2001", "has been CFO since
2001", "joined Acme in 2001 as CFO", "is a Professor of ...") giving that name's quote with
no job its role.

The corpus prints none of these shapes. The tests edit Pericom's 2006 8-K on Dr. Simon
Wong's election to its board (he "is a Professor of Electrical Engineering at Stanford
University"; Alex Hui, "President and CEO", quoted) and Westell's 1999 8-K on its Teltrend
merger (Howard Kirby, "Chairman and Chief Executive Officer of Teltrend", quoted), each
edit said in its test.
"""

from __future__ import annotations

import time

import pytest
from test_prsq45_round45 import _KIRBY_SAID, _quotes
from test_prsq60_round60 import _SOON

from filing2json.parsers import parse
from filing2json.parsers.sections.press_quotes import find_quotes
from support import FILINGS

_PERICOM = "8k_2006_pericomsemiconductorco_3.txt"
_HUI_SAID = "Alex Hui, President and CEO, said of Dr. Wong's appointment,"
_QUOTE_END = 'technology and product development."\n'


def _pericom(old: str, new: str, *more: tuple[str, str]) -> list[tuple[str, str | None]]:
    """(speaker, role) of Pericom's quotes with ``old`` (printed there) edited to ``new``
    (and each further pair of ``more``)."""
    text = (FILINGS / _PERICOM).read_text(encoding="latin-1")
    for a, b in ((old, new), *more):
        assert a in text
        text = text.replace(a, b, 1)
    record = parse(text.encode("latin-1"), _PERICOM)
    return [(q["speaker"], q["role"]) for q in record["press_releases"][0]["quotes"]]


@pytest.mark.parametrize(("said", "role"), [
    # (was: role "of Stanford University", the title lost)
    ("Professor Simon Wong of Stanford University said,", "Professor of Stanford University"),
    ("Professor Simon Wong, of Stanford University, said,", "Professor of Stanford University"),
    # an honorific is no title: the body is the role, as a firm is ("of Acme Capital
    # Partners" is "Acme Capital Partners"; was "of Stanford University")
    ("Dr. Simon Wong of Stanford University said,", "Stanford University"),
    ("Simon Wong of Stanford University said,", "Stanford University"),
])
def test_a_title_and_a_body_around_the_name_make_the_role(said: str, role: str) -> None:
    # Pericom's quote said by Dr. Wong instead of its CEO
    assert _pericom(_HUI_SAID, said) == [("Simon Wong", role)]


def test_an_office_before_the_name_takes_the_place_or_body_after_it() -> None:
    # the same reading for public offices and ranks (was: "of Austin", "of the U.S. Army")
    for said, role in (("Mayor Simon Wong of Austin said,", "Mayor of Austin"),
                       ("General Simon Wong of the U.S. Army said,", "General of the U.S. Army")):
        assert _pericom(_HUI_SAID, said) == [("Simon Wong", role)], said
    # two capitalised words may be a place or a firm: "of" stays, with or without "Dr."
    assert _pericom(_HUI_SAID, "Dr. Simon Wong of Goldman Sachs said,") == [
        ("Simon Wong", "of Goldman Sachs")]


@pytest.mark.parametrize(("job", "role"), [
    ("Vice President of Sales", "Vice President of Sales of Teltrend"),
    ("Director of Investor Relations", "Director of Investor Relations of Teltrend"),
])
def test_a_job_naming_its_department_before_the_name_and_the_firm_after_it(
        job: str, role: str) -> None:
    # Kirby's attribution printed job, name, firm (was: no speaker, the quote lost)
    quotes = _quotes(_KIRBY_SAID, f"stated {job} Howard Kirby of Teltrend.")
    assert quotes[-1][:2] == ("Howard Kirby", role)
    assert quotes[-1][2].startswith("Teltrend is very pleased to join the Westell team.")


@pytest.mark.parametrize(("held", "role"), [
    ("Alex Hui has served as President and Chief Executive Officer since 1990.",
     "President and Chief Executive Officer"),
    ("Alex Hui has been Pericom's Chief Executive Officer since its founding in 1990.",
     "Chief Executive Officer"),
    ("Alex Hui has been President of Pericom for more than fifteen years.",
     "President of Pericom"),
    ("Alex Hui joined Pericom in 1990 as President.", "President"),
])
def test_a_job_held_since_a_date_gives_the_full_names_job(held: str, role: str) -> None:
    # Pericom's CEO quoted by his full name with no job, the job he holds since a date
    # given in a paragraph before the quote or after it (was: none)
    said = "Alex Hui said of Dr. Wong's appointment,"
    assert _pericom(_HUI_SAID, f"{held}\n\n     {said}") == [("Alex Hui", role)]
    assert _pericom(_HUI_SAID, said, (_QUOTE_END, f"{_QUOTE_END}\n\n     {held}")) == [
        ("Alex Hui", role)]
    # a past job ("served as", no "has"), a stay with no job, or a tenure with no date
    # give none
    for other in ("Alex Hui served as a director of Acme from 1985 to 1990.",
                  "Alex Hui has been with Pericom since 1990.",
                  "Alex Hui has been instrumental in the deal."):
        assert _pericom(_HUI_SAID, f"{other}\n\n     {said}") == [("Alex Hui", None)], other


def test_a_job_stated_with_an_article_gives_the_full_names_job() -> None:
    # Pericom's own "Dr. Simon Wong is a Professor of Electrical Engineering at Stanford
    # University and is a Fellow of the IEEE", its quote said by him (was: none)
    assert _pericom(_HUI_SAID, "Dr. Simon Wong said,") == [
        ("Simon Wong", "Professor of Electrical Engineering at Stanford University")]
    # an article before no capital, or no job word, gives none
    for stated in ("is a leading expert", "is a Stanford graduate"):
        assert _pericom(_HUI_SAID, "Dr. Simon Wong said,", (
            "is a Professor of Electrical Engineering at Stanford\nUniversity", stated)) == [
            ("Simon Wong", None)], stated


@pytest.mark.parametrize("mention", ["Jane Doe has been CFO for more than since ",
                                     "Jane Doe has served as Chief joined Acme in 2001 "])
def test_a_tenure_printed_thousands_of_times_is_read_in_linear_time(mention: str) -> None:
    # ~200 KB of a tenure's words with no end
    text = f"{_SOON} said Jane Doe.\n\n{mention * 4500}\n\n{_SOON} said Jane Doe.\n"
    start = time.process_time()
    find_quotes(text)
    assert time.process_time() - start < 5


def test_a_department_job_between_job_and_firm_in_linear_time() -> None:
    # a long attribution of jobs and "of" (read word by word)
    said = "Vice President of Sales of " * 8000
    start = time.process_time()
    find_quotes(f"{_SOON} said {said}Jane Doe of Acme Corp.\n")
    assert time.process_time() - start < 5
