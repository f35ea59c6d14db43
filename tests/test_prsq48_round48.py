"""Press-release quotes (round 48): a full name with its surname in capitals after given
names in mixed case ("Howard KIRBY", "Brian McDERMOTT", as European and some 1990s releases
print it), found again by its surname; "since <year>" closing a role; ", who has been
<job>"; what the quote was about or where the firm is after the role's comma (", of the
merger", ", based in ..."); more verbs of attribution ("announced", "reported", "shared").

Most tests edit the quotes of Westell's 1999 8-K on its Teltrend merger (a corpus filing)
into a shape other releases print, as rounds 45-47 do.
"""

from __future__ import annotations

import pytest
from test_prsq45_round45 import _CLOSE, _CLOSE_TEXT, _KIRBY, _KIRBY_END, _KIRBY_SAID, _quotes

from filing2json.parsers import parse
from filing2json.parsers.sections.person_names import person_name
from support import FILINGS

_ROLE = _KIRBY[1]


def test_a_surname_in_capitals_after_a_given_name_is_a_full_name() -> None:
    # Kirby's attribution with his surname in capitals (was: no speaker, the quote lost),
    # then quoted again by surname, as such releases go on
    said = f"{_KIRBY_END}\n{_CLOSE} said Mr. Kirby.\n"
    for printed in ("Howard KIRBY", "Howard McKIRBY", "Howard O'KIRBY", "Howard J. KIRBY"):
        quotes = _quotes(_KIRBY_SAID, f"stated {printed}, {_ROLE}.")
        assert quotes[2][:2] == (printed, _ROLE), printed
    # the job before the name
    quotes = _quotes(_KIRBY_SAID, "stated Teltrend Chairman Howard KIRBY.")
    assert quotes[2][:2] == ("Howard KIRBY", "Teltrend Chairman")
    text = (FILINGS / "8k_1999_westelltechnologiesinc_3.txt").read_text(encoding="latin-1")
    record = parse(text.replace(_KIRBY_SAID, f"stated Howard KIRBY, {_ROLE}.", 1)
                   .replace(_KIRBY_END, said, 1).encode("latin-1"), "w.txt")
    last = record["press_releases"][0]["quotes"][-1]
    assert (last["speaker"], last["role"], last["text"]) == ("Howard KIRBY", _ROLE, _CLOSE_TEXT)


def test_a_mc_surname_in_capitals_after_a_given_name() -> None:
    # Union Camp's 1994 release (contact Brian McDermott) with its spokesman quoted, his
    # surname in capitals past its prefix; was: no quote
    text = (FILINGS / "8k_1994_unioncampcorp_1.txt").read_text(encoding="latin-1")
    explored = "options are fully explored.\n"
    assert explored in text
    text = text.replace(explored, explored + (
        '     "We expect to have a better estimate by the end of the week," said Brian\n'
        "McDERMOTT, a company spokesman.\n"
        '     "No other machines at the mill were affected," said McDermott.\n'), 1)
    quotes = parse(text.encode("latin-1"), "u.txt")["press_releases"][0]["quotes"]
    assert [(q["speaker"], q["text"]) for q in quotes] == [
        ("Brian McDERMOTT", "We expect to have a better estimate by the end of the week"),
        ("Brian McDERMOTT", "No other machines at the mill were affected")]


def test_capitals_after_a_given_name_that_are_no_surname() -> None:
    # an acronym of a place or a legal form, or a given name itself in capitals, is no name
    for words in ("Grace USA", "Howard LLC", "Acme KIRBY", "Howard Teltrend CEO"):
        assert person_name(words) is None, words
    assert person_name("Jean-Pierre DUPONT") == "Jean-Pierre DUPONT"


@pytest.mark.parametrize("since", ["since 1995", "since May 1995", "since May 1, 1995"])
def test_since_when_closing_the_role_is_no_part_of_it(since: str) -> None:
    # was: role "Chairman and Chief Executive Officer of Teltrend since 1995"
    for comma in ("", ","):
        quotes = _quotes(_KIRBY_SAID, f"stated Howard Kirby, {_ROLE}{comma} {since}.")
        assert quotes[2][:2] == _KIRBY, since
    # "since" with no date: since what, no part of it either (round 63; was: the role
    # "... of Teltrend since its founding")
    quotes = _quotes(_KIRBY_SAID, f"stated Howard Kirby, {_ROLE} since its founding.")
    assert quotes[2][:2] == _KIRBY


def test_who_has_been_or_took_over_as_gives_the_job() -> None:
    # was: role None
    for who in ("who has been", "who took over as"):
        quotes = _quotes(_KIRBY_SAID, f"stated Howard Kirby, {who} {_ROLE} since 1995.")
        assert quotes[2][:2] == _KIRBY, who
    # (no job word: no role)
    quotes = _quotes(_KIRBY_SAID, "stated Howard Kirby, who has been with Teltrend since 1995.")
    assert quotes[2][:2] == ("Howard Kirby", None)


@pytest.mark.parametrize("verb", ["announced", "reported", "shared", "warned", "recalled",
                                  "insisted", "highlighted"])
def test_more_verbs_of_attribution(verb: str) -> None:
    # was: no quote for Kirby's attribution with these verbs
    assert _quotes(_KIRBY_SAID, f"{verb} Howard Kirby, {_ROLE}.")[2][:2] == _KIRBY
    quotes = _quotes(_KIRBY_END, f'{_KIRBY_END}\nHoward Kirby {verb}, "{_CLOSE_TEXT}."\n')
    assert quotes[-1] == (*_KIRBY, f"{_CLOSE_TEXT}.")


def test_a_firm_announcing_is_no_speaker() -> None:
    # Westell (a firm) announcing a quoted sentence: no one's quote
    quotes = _quotes(_KIRBY_END, f'{_KIRBY_END}\nWestell Inc. announced, "{_CLOSE_TEXT}."\n')
    assert all(q[2] != f"{_CLOSE_TEXT}." for q in quotes)


@pytest.mark.parametrize("tail", ["of the merger", "about the merger", "regarding the merger",
                                  "concerning the merger", "based in Arlington Heights",
                                  "headquartered in Arlington Heights"])
def test_what_the_quote_was_about_or_where_the_firm_is_is_no_part_of_the_role(
        tail: str) -> None:
    # was: the role kept the words after its comma
    quotes = _quotes(_KIRBY_SAID, f"stated Howard Kirby, {_ROLE}, {tail}.")
    assert quotes[2][:2] == _KIRBY, tail


def test_a_firm_after_of_the_stays_in_the_role() -> None:
    # "President, of the Bank" names where the job is held (a capital after "the")
    quotes = _quotes(_KIRBY_SAID, "stated Howard Kirby, President, of the Bank.")
    assert quotes[2][:2] == ("Howard Kirby", "President of the Bank")


@pytest.mark.parametrize("note", ["(1)", " (1)", "*", "**", "\u00b9"])
def test_a_footnote_mark_closing_the_attribution_is_no_part_of_the_role(note: str) -> None:
    # was: the role kept the mark ("Chairman and Chief Executive Officer of Teltrend(1)")
    quotes = _quotes(_KIRBY_SAID, f"stated Howard Kirby, {_ROLE}{note}.")
    assert quotes[2][:2] == _KIRBY, note
    # a bracket of words stays: "Chairman (Ret.)"
    quotes = _quotes(_KIRBY_SAID, "stated Howard Kirby, Chairman (Ret.)")
    assert quotes[2][1] == "Chairman (Ret.)"


def test_to_whom_the_quote_was_said_is_no_part_of_the_role() -> None:
    # was: role "Chairman and Chief Executive Officer of Teltrend, to analysts"
    for whom in ("analysts", "reporters", "shareholders"):
        quotes = _quotes(_KIRBY_SAID, f"stated Howard Kirby, {_ROLE}, to {whom}.")
        assert quotes[2][:2] == _KIRBY, whom
