"""Press-release quotes (round 47): an age after a surname ('said Kirby, 61.'), also with
"Mr." ('said Mr. Kirby, who founded Teltrend'), or after the role; a Mc/Mac surname printed
in capitals past its prefix ('said McDERMOTT.'); when the quote was given, set off after the
role (", following the announcement"); "Jr." printed with no comma before the role.

Most tests edit the quotes of Westell's 1999 8-K on its Teltrend merger (a corpus filing;
Howard Kirby is named in full there) into a shape other releases print, as rounds 45-46 do.
"""

from __future__ import annotations

import pytest
from test_prsq45_round45 import _CLOSE, _CLOSE_TEXT, _KIRBY, _KIRBY_END, _KIRBY_SAID, _quotes

from filing2json.parsers import parse
from filing2json.parsers.sections.press_quotes import find_quotes
from support import FILINGS


def _last(said: str) -> tuple[str, str | None, str]:
    """The last quote of Westell's release with ``said`` as a paragraph after Kirby's."""
    return _quotes(_KIRBY_END, f"{_KIRBY_END}\n{said}\n")[-1]


def test_an_age_after_the_surname_is_no_role() -> None:
    # was: no quote (the surname read with its age as no name)
    for said in (f"{_CLOSE} said Kirby, 61.", f"{_CLOSE} Kirby, 61, said.",
                 f"{_CLOSE} said Kirby, 61, who founded Teltrend in 1979."):
        quote = _last(said)
        assert quote[:2] == _KIRBY, said
        assert quote[2] == _CLOSE_TEXT


def test_an_honorific_surname_with_a_clause_finds_the_full_name() -> None:
    # was: speaker "Mr. Kirby", role None (read as a full name, not the surname it is)
    for said in (f"{_CLOSE} said Mr. Kirby, 61.",
                 f"{_CLOSE} said Mr. Kirby, who founded Teltrend in 1979."):
        assert _last(said)[:2] == _KIRBY, said


def test_an_age_after_the_role_is_no_part_of_it() -> None:
    # was: role "Chairman and Chief Executive Officer of Teltrend, 61"
    quotes = _quotes(_KIRBY_SAID, "stated Howard Kirby, Chairman and Chief Executive Officer "
                                  "of Teltrend, 61.")
    assert quotes[2][:2] == _KIRBY


def test_when_after_the_role_is_no_part_of_it() -> None:
    # was: role "Chairman and Chief Executive Officer of Teltrend, following the announcement"
    for when in ("following the announcement", "after the announcement",
                 "before the vote"):
        quotes = _quotes(_KIRBY_SAID, "stated Howard Kirby, Chairman and Chief Executive "
                                      f"Officer of Teltrend, {when}.")
        assert quotes[2][:2] == _KIRBY, when


def test_a_suffix_with_no_comma_before_the_role_stays_with_the_name() -> None:
    # was: speaker "Howard Kirby", role "Jr. Chairman and Chief Executive Officer of Teltrend"
    quotes = _quotes(_KIRBY_SAID, "stated Howard Kirby, Jr. Chairman and Chief Executive "
                                  "Officer of Teltrend.")
    assert quotes[2][:2] == ("Howard Kirby, Jr.", _KIRBY[1])
    # "Sr." opens a job as often: "Sr. Vice President" stays the role
    quotes = _quotes(_KIRBY_SAID, "stated Howard Kirby, Sr. Vice President of Teltrend.")
    assert quotes[2][:2] == ("Howard Kirby", "Sr. Vice President of Teltrend")


_UNION_CAMP = "8k_1994_unioncampcorp_1.txt"
_EXPLORED = "options are fully explored.\n"


def test_a_mc_surname_in_capitals_is_the_person_named_in_full() -> None:
    # Union Camp's 1994 release (contact Brian McDermott) with two quotes of its spokesman
    # added, the second by surname in capitals as mixed-case 1990s releases print it
    # ("McDERMOTT": the "c" stays lower case). Was: no speaker for the second.
    text = (FILINGS / _UNION_CAMP).read_text(encoding="latin-1")
    assert _EXPLORED in text
    text = text.replace(_EXPLORED, _EXPLORED + (
        '     "We expect to have a better estimate by the end of the week," said Brian\n'
        "McDermott, a company spokesman.\n"
        '     "No other machines at the mill were affected," said McDERMOTT.\n'), 1)
    quotes = parse(text.encode("latin-1"), _UNION_CAMP)["press_releases"][0]["quotes"]
    assert [(q["speaker"], q["text"]) for q in quotes] == [
        ("Brian McDermott", "We expect to have a better estimate by the end of the week"),
        ("Brian McDermott", "No other machines at the mill were affected")]


_ZIONTS_SAID = "Marc Zionts,  Chief Executive  Officer of Westell,  stated that"
_ZIONTS = ("Marc Zionts", "Chief Executive Officer of Westell")


def test_a_lead_clause_of_lower_case_words_before_the_speaker() -> None:
    # Zionts' lead-in opened by a clause as other releases print it (was: no quote)
    for lead in ("In addition", "In response", "In his remarks", "With respect to the merger",
                 "Upon completion of the merger", "Also commenting", "Moreover", "Later"):
        quotes = _quotes(_ZIONTS_SAID, f"{lead}, Marc Zionts, Chief Executive Officer of "
                                       "Westell, stated,")
        assert quotes[0][:2] == _ZIONTS, lead
        assert quotes[0][2].startswith("Teltrend brings outstanding products")


# Kirby's attribution with words around his job that are no part of it (each was kept in
# the role, or gave role None for the relative clauses)
_AROUND_THE_JOB = [
    # how the quote was given, after the role
    "stated Howard Kirby, Chairman and Chief Executive Officer of Teltrend, via webcast.",
    "stated Howard Kirby, Chairman and Chief Executive Officer of Teltrend, upon announcing "
    "the merger.",
    "stated Howard Kirby, Chairman and Chief Executive Officer of Teltrend, as he announced "
    "the merger.",
    # an age before the job
    "stated Howard Kirby, the 61-year-old Chairman and Chief Executive Officer of Teltrend.",
    "stated Howard Kirby, 61-year-old Chairman and Chief Executive Officer of Teltrend.",
    "stated Howard Kirby, age 61, Chairman and Chief Executive Officer of Teltrend.",
    # a job held since a year, in a relative clause
    "stated Howard Kirby, who has served as Chairman and Chief Executive Officer of Teltrend "
    "since 1995.",
    "stated Howard Kirby, who currently serves as Chairman and Chief Executive Officer of "
    "Teltrend since 1995.",
    "stated Howard Kirby, who was recently named Chairman and Chief Executive Officer of "
    "Teltrend since 1995.",
]


@pytest.mark.parametrize("attribution", _AROUND_THE_JOB)
def test_words_around_the_job_are_no_part_of_the_role(attribution: str) -> None:
    assert _quotes(_KIRBY_SAID, attribution)[2][:2] == _KIRBY


def test_a_surname_with_its_role_after_the_comma() -> None:
    # Kirby, named in full above, quoted again by surname with a job (was: no quote)
    quote = _last(f"{_CLOSE} Kirby, Teltrend's chairman, said.")
    assert quote == ("Howard Kirby", "chairman", _CLOSE_TEXT)
    quote = _last(f"{_CLOSE} said Kirby, the chief executive of Teltrend.")
    assert quote == ("Howard Kirby", "chief executive of Teltrend", _CLOSE_TEXT)


def test_a_firm_possessive_joined_by_of_or_ampersand_is_no_part_of_the_role() -> None:
    # Kirby's attribution given a firm's possessive, as an adviser's quote prints it (the
    # release names Hambrecht & Quist); was: the role kept "Hambrecht & Quist's"
    quotes = _quotes(_KIRBY_SAID, "stated Howard Kirby, Hambrecht & Quist's managing director.")
    assert quotes[2][:2] == ("Howard Kirby", "managing director")
    # a job's own "of" stays: "Chairman of Teltrend's board"
    quotes = _quotes(_KIRBY_SAID, "stated Howard Kirby, Chairman of Teltrend's board.")
    assert quotes[2][:2] == ("Howard Kirby", "Chairman of Teltrend's board")


def test_jobs_on_both_sides_of_a_comma_before_the_name() -> None:
    # was: role "President and Chief Executive Officer" (the job before the comma lost)
    quotes = _quotes(_KIRBY_SAID, "stated Teltrend Chairman, President and Chief Executive "
                                  "Officer Howard Kirby.")
    assert quotes[2][:2] == ("Howard Kirby",
                             "Teltrend Chairman, President and Chief Executive Officer")


def test_a_date_after_the_role_with_no_on_is_no_part_of_it() -> None:
    # the CTC sample's Fabbricatore attribution with the day added as releases print it
    said = ('"In the year 2000, all telecommunications voice and data services will be '
            'provided on CTC\'s packet-based ICN network", said Bob Fabbricatore, CTC\'s '
            'Chairman and CEO, {day}. "Our ICN network is the next generation."')
    for day in ("Aug. 2", "August 2", "Aug. 2, 2000"):
        quotes = find_quotes(said.format(day=day))
        assert [(q["speaker"], q["role"]) for q in quotes] == [
            ("Bob Fabbricatore", "Chairman and CEO")], day
    # a name holding a month's name is no date: "March of Dimes"
    quotes = find_quotes(said.format(day="Director, March of Dimes"))
    assert quotes[0]["role"] == "Chairman and CEO, Director, March of Dimes"
