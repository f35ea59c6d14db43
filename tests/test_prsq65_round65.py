"""Press-release quotes (round 65): a role's leading article dropped in the job-first order as
in the firm-first one ("said Jane Doe, an analyst at Smith Barney" is "analyst at Smith
Barney", as "said Jane Doe of Smith Barney, an analyst" gives "analyst of Smith Barney"); a
short job phrase after an article and the speaker's firm held at that firm ("of Smith Barney,
an industry analyst"); a later post at another body than the firm a person joined ("joined
Pericom in 1990 as Vice President of Sales and became chairman of the IEEE in 2005") being no
role at the firm; and a job set off by a comma from the firm it names after "from" ("an analyst,
from Morgan Stanley") read as with no comma, as ", of Acme" is.

No corpus release prints these shapes, so each test edits a real attribution into the shape
other releases print (the edit named in the test): Howard Kirby's in Westell's 1999 8-K on
the Teltrend merger (8k_1999_westelltechnologiesinc_3.txt, "stated Howard Kirby, Chairman
and Chief Executive Officer of Teltrend.") or Alex Hui's in Pericom's 2006 8-K on Dr. Simon
Wong's election (8k_2006_pericomsemiconductorco_3.txt, "Alex Hui, President and CEO, said of
Dr. Wong's appointment,").
"""

from __future__ import annotations

import time

import pytest
from test_prsq45_round45 import _KIRBY, _KIRBY_SAID, _quotes
from test_prsq61b_round61 import _HUI_SAID, _pericom

from filing2json.parsers.sections.press_quote_later import post_elsewhere
from filing2json.parsers.sections.press_quote_who import clean_role


@pytest.mark.parametrize(("job", "role"), [
    ("an analyst at Smith Barney", "analyst at Smith Barney"),
    ("a senior analyst at Smith Barney", "senior analyst at Smith Barney"),
    ("an industry analyst at Smith Barney", "industry analyst at Smith Barney"),
    ("a managing director of Smith Barney", "managing director of Smith Barney"),
    ("a company spokesman", "company spokesman"),
    ("an equity research analyst", "equity research analyst"),
    ("a Smith Barney analyst who follows Westell", "Smith Barney analyst"),
])
def test_a_jobs_article_is_dropped_as_after_the_firm(job: str, role: str) -> None:
    # Kirby's attribution printed as an analyst's or a spokesman's, the job with its article
    # (was: the article kept, "an analyst at Smith Barney", where "Howard Kirby of Smith
    # Barney, an analyst" gives "analyst of Smith Barney")
    quotes = _quotes(_KIRBY_SAID, f"stated Howard Kirby, {job}.")
    assert quotes[2][:2] == (_KIRBY[0], role)
    # Kirby described, no job: the words stay as printed
    for aside in ("a former Navy pilot", "a veteran of the industry"):
        assert _quotes(_KIRBY_SAID, f"stated Howard Kirby, {aside}.")[2][:2] == (_KIRBY[0], aside)


@pytest.mark.parametrize(("job", "role"), [
    ("an industry analyst", "industry analyst"),
    ("an equity research analyst", "equity research analyst"),
    ("a company spokesman", "company spokesman"),
])
def test_a_short_job_phrase_after_the_firm_is_held_at_it(job: str, role: str) -> None:
    # Kirby's attribution printed with his firm, then a job phrase with its article (was:
    # "of Smith Barney", the job lost), as "an analyst" gives "analyst of Smith Barney"
    quotes = _quotes(_KIRBY_SAID, f"stated Howard Kirby of Smith Barney, {job}.")
    assert quotes[2][:2] == (_KIRBY[0], f"{role} of Smith Barney")
    # (job words all through stay held there, as round 64b read them)
    quotes = _quotes(_KIRBY_SAID, "stated Howard Kirby of Smith Barney, a vice president and "
                     "director.")
    assert quotes[2][:2] == (_KIRBY[0], "vice president and director of Smith Barney")
    # a description, or a job running on into a clause, holds no job at the firm
    for aside in ("a former Navy pilot", "a senior analyst covering Westell",
                  "an industry analyst covering Westell", "a veteran of the industry"):
        quotes = _quotes(_KIRBY_SAID, f"stated Howard Kirby of Smith Barney, {aside}.")
        assert quotes[2][:2] == (_KIRBY[0], "of Smith Barney"), aside


@pytest.mark.parametrize(("job", "role"), [
    ("analyst, from Morgan Stanley", "analyst from Morgan Stanley"),
    ("an analyst, from Raymond James", "analyst from Raymond James"),
    ("Chairman, from Teltrend", "Chairman from Teltrend")])
def test_a_firm_after_from_and_a_comma_reads_as_with_no_comma(job: str, role: str) -> None:
    # Kirby's job set off from the firm he is from by a comma, as ", of Teltrend" is read (was:
    # the comma kept, "analyst, from Morgan Stanley")
    assert _quotes(_KIRBY_SAID, f"stated Howard Kirby, {job}.")[2][:2] == (_KIRBY[0], role)
    # where he spoke from after the comma is none of the role
    for where in ("Aurora, Illinois", "Teltrend's headquarters", "New York"):
        quotes = _quotes(_KIRBY_SAID, f"stated Howard Kirby, {_KIRBY[1]}, from {where}.")
        assert quotes[2][:2] == _KIRBY, where


_SAID = "Alex Hui said of Dr. Wong's appointment,"


_OUTSIDE = [
    ("Alex Hui joined Pericom in 1990 as Vice President of Sales and became chairman of the "
     "IEEE in 2005.", "Vice President of Sales"),
    ("Alex Hui joined Pericom as President in 1990 and became chairman of the IEEE in 2005.",
     "President"),
    ("Alex Hui joined Pericom in 1990 as President and was elected chairman of Acme Bank in "
     "2005.", "President"),
    ("Alex Hui joined Pericom in 1990 as Vice President of Sales and became chairman at Acme "
     "Corp. in 2005.", "Vice President of Sales"),
    ("Alex Hui joined Pericom in 1990 as Vice President of Sales. He was named chairman of "
     "the IEEE Computer Society in 2005.", "Vice President of Sales"),
    ("Alex Hui, who joined Pericom in 1990 as Vice President of Sales, has been chairman of "
     "the IEEE since 2005.", "Vice President of Sales"),
]


def test_a_later_post_at_another_body_is_no_role_at_the_firm() -> None:
    # Pericom's CEO quoted by his full name with no job, a paragraph before giving the job he
    # joined Pericom as and a later post outside it (was: the outside post, "chairman of the
    # IEEE")
    for held, role in _OUTSIDE:
        assert _pericom(_HUI_SAID, f"{held}\n\n     {_SAID}") == [("Alex Hui", role)], held
    # a later job at the firm joined (named again, the company, or a unit of it) stays
    for later in ("President of Pericom", "President of Pericom Semiconductor Corporation",
                  "President of the company", "Vice President of North American Sales",
                  "Vice President of Worldwide Operations"):
        held = (f"Alex Hui joined Pericom in 1990 as Vice President of Sales and became {later} "
                "in 1998.")
        assert _pericom(_HUI_SAID, f"{held}\n\n     {_SAID}") == [("Alex Hui", later)]


def test_a_job_joined_at_the_company_named_in_capitals() -> None:
    # Hui's job given as "joined the Company ... as" (was: no role, where "joined the company
    # as" gave it); the firm unnamed, the later job stays whatever body it names
    for joined in ("the Company", "the company"):
        held = f"Alex Hui joined {joined} in 1990 as Vice President of Sales."
        assert _pericom(_HUI_SAID, f"{held}\n\n     {_SAID}") == [
            ("Alex Hui", "Vice President of Sales")]
    for joined, later in (("the company", "chairman of the IEEE"),
                          ("the Company", "President of Pericom Bank")):
        held = (f"Alex Hui joined {joined} in 1990 as Vice President of Sales and became {later} "
                "in 2005.")
        assert _pericom(_HUI_SAID, f"{held}\n\n     {_SAID}") == [("Alex Hui", later)]


@pytest.mark.parametrize("unit", ["stated Jane Doe, an ", "chairman of the Acme Bank of ",
                                  "analyst, from Morgan Stanley "])
def test_articles_and_posts_elsewhere_run_in_linear_time(unit: str) -> None:
    # ~200 KB of a shape's words with no end, read whole by each step
    text = unit * (200_000 // len(unit))
    start = time.process_time()
    clean_role(text)
    clean_role("an " + text)
    post_elsewhere("joined Pericom as", text)
    assert time.process_time() - start < 5
