"""Press-release quotes (round 53): a military rank before the speaker's name ("said General
John Smith, CEO of Acme": the job after the name is the role, the rank only when no job is
printed, as with "Gen." and "Sen."), an aside after the lead-in's verb ('said, among other
things, "..."'), what a quote is "according to" ("a statement from Jane Doe"), a phrase
reported "according to" someone (no quote), and a quote going on in a paragraph that opens
with no quote mark (closed in it).

Each test edits the quotes of Westell's 1999 8-K on its Teltrend merger (a corpus filing)
into a shape other releases print, as rounds 45-52 do.
"""

from __future__ import annotations

import time

import pytest
from test_prsq45_round45 import _KIRBY, _KIRBY_SAID, WESTELL, _quotes
from test_prsq51_round51 import _ZIONTS, _ZIONTS_SAID

from filing2json.parsers import parse
from filing2json.parsers.sections.press_quotes import find_quotes
from support import FILINGS

_BRINGS = "Teltrend brings outstanding products"
_COMBINATION = "The combination of Westell and Teltrend will provide enormous benefits."
_PLEASED = "Teltrend is very pleased to join the Westell team"


@pytest.mark.parametrize("rank", ["General", "retired General", "Lieutenant General",
                                  "Colonel", "retired Gen.", "Brigadier General",
                                  "U.S. Army General", "retired U.S. Army General"])
def test_a_rank_before_the_name_gives_way_to_the_job_after_it(rank: str) -> None:
    # Kirby printed with a military rank before his name (was: the rank as the role, or
    # "Colonel Howard Kirby" as the speaker)
    quotes = _quotes(_KIRBY_SAID, f"stated {rank} Howard Kirby,\n{_KIRBY[1]}.")
    assert quotes[2][:2] == _KIRBY
    assert quotes[2][2].startswith(_PLEASED)


@pytest.mark.parametrize(("printed", "role"), [
    ("Captain Howard Kirby", "Captain"),
    ("Commander Howard Kirby", "Commander"), ("Gen. Howard Kirby, CEO", "CEO"),
    ("Sen. Howard Kirby, CEO", "CEO")])
def test_a_rank_with_no_job_after_the_name_is_the_role(printed: str, role: str) -> None:
    # the rank is the role only when no job is printed (as "Gen." and "Admiral" are), never
    # part of the name; an acronym job after it is the job ("Gen. Howard Kirby, CEO" gave
    # "Gen.", the acronym read as initials like the "U.S." of "U.S. Army")
    quotes = _quotes(_KIRBY_SAID, f"stated {printed}.")
    assert quotes[2][:2] == ("Howard Kirby", role)
    # (as "General" is; a job whose first word is a rank's stays the role: "General
    # Counsel")
    for printed in ("General", "General Counsel"):
        quotes = _quotes(_KIRBY_SAID, f"stated {printed} Howard Kirby.")
        assert quotes[2][:2] == ("Howard Kirby", printed)


@pytest.mark.parametrize("aside", ["among other things,", "in a statement,",
                                   "in a letter to employees,", "on December 13, 1999,",
                                   "in a memo to employees:"])
def test_an_aside_after_the_lead_ins_verb_keeps_the_speaker(aside: str) -> None:
    # Zionts's lead-in with what or where he said it set off by commas after the verb
    # (was: no speaker, the quote dropped)
    quotes = _quotes(_ZIONTS_SAID, f"Marc Zionts, Chief Executive Officer of Westell, "
                                   f"stated, {aside}")
    assert quotes[0][:2] == _ZIONTS
    assert quotes[0][2].startswith(_BRINGS)


@pytest.mark.parametrize("said", [
    "stated, in a statement, Howard  Kirby,", "stated, Howard  Kirby,",
    "stated, among others, Howard  Kirby,"])
def test_an_aside_after_the_verb_before_the_speaker_keeps_the_speaker(said: str) -> None:
    # Kirby's attribution after his quote with an aside (or a stray comma) between the verb
    # and his name (was: no speaker)
    quotes = _quotes("stated  Howard  Kirby,", said)
    assert quotes[2][:2] == _KIRBY
    assert quotes[2][2].startswith(_PLEASED)


def test_among_other_things_after_the_role_is_no_part_of_it() -> None:
    # (was: "Chairman and Chief Executive Officer of Teltrend, among other things")
    quotes = _quotes(_KIRBY_SAID, f"{_KIRBY_SAID[:-1]}, among other things.")
    assert quotes[2][:2] == _KIRBY


@pytest.mark.parametrize("joined", ["will join Westell as", "has joined the company as",
                                    "joined Westell Technologies Inc. as"])
def test_the_job_a_person_joins_as_is_their_role(joined: str) -> None:
    # Kirby named in full in a paragraph of his own with the job he joins as, then quoted by
    # surname (was: no role)
    quotes = _quotes(f'"Teltrend  is very  pleased to join the  Westell  team",  {_KIRBY_SAID}',
                     f"Howard Kirby {joined} Vice Chairman.\n\n"
                     '"Teltrend is very pleased to join the Westell team," stated Kirby.')
    assert quotes[2][:2] == ("Howard Kirby", "Vice Chairman")
    assert quotes[2][2].startswith(_PLEASED)


def test_a_quote_according_to_a_statement_is_its_signers() -> None:
    # Kirby's attribution as "according to a statement from" him (was: no speaker)
    quotes = _quotes("stated  Howard  Kirby,", "according to a statement from Howard Kirby,")
    assert quotes[2][:2] == _KIRBY
    assert quotes[2][2].startswith(_PLEASED)


def test_a_phrase_reported_according_to_someone_is_no_quote() -> None:
    # Zionts's quote run into a sentence reporting him (was: the quote his, with "Chief
    # Executive Officer of Westell, the merger means" as the role)
    quotes = _quotes(_ZIONTS_SAID, "According to Marc Zionts, Chief Executive Officer of "
                                   "Westell, the merger means")
    assert all(not q[2].startswith(_BRINGS) for q in quotes)
    assert all(q[1] is None or "merger" not in q[1] for q in quotes)


def test_a_quote_going_on_in_a_paragraph_with_no_opening_mark_is_kept() -> None:
    # Zionts's quote broken into two paragraphs, the second printed with no opening mark
    # (was: the second paragraph dropped from the quote)
    quotes = _quotes("family.  The\ncombination", "family.\n\nThe\ncombination")
    assert quotes[0][:2] == _ZIONTS
    assert quotes[0][2].startswith(_BRINGS)
    assert _COMBINATION in quotes[0][2]
    assert quotes[0][2].endswith("increase our scale.")
    # (the quote under it keeps its own speaker)
    assert quotes[1][0] == "J. Nelson"
    # (an inch's mark in the paragraph after an open quote closes none of it)
    quotes = _quotes("family.  The\ncombination", 'family.\n\nWe ship 12" modules.\n\nThe\n'
                                                  "combination")
    assert quotes[0][2].startswith(_BRINGS) and "modules" not in quotes[0][2]


def test_a_quote_signed_after_a_paragraph_with_no_opening_mark_is_whole() -> None:
    # Zionts's quote opening its paragraph, broken into two, the second printed with no
    # opening mark and signed after its close (was: the first paragraph dropped, the
    # second one's words up to the mark read as no quote)
    text = (FILINGS / WESTELL).read_text(encoding="latin-1")
    for old, new in ((f'{_ZIONTS_SAID} "', '"'), ("family.  The\ncombination",
                                                  "family.\n\nThe\ncombination"),
                     ('increase our scale."', 'increase our scale," stated Marc Zionts, Chief '
                                              "Executive Officer of Westell.")):
        assert old in text
        text = text.replace(old, new, 1)
    record = parse(text.encode("latin-1"), WESTELL)
    quote = record["press_releases"][0]["quotes"][0]
    assert (quote["speaker"], quote["role"]) == _ZIONTS
    assert quote["text"].startswith(_BRINGS)
    assert _COMBINATION in quote["text"]


def test_a_lead_in_of_a_clause_and_a_place_alone_names_no_one() -> None:
    # a quote after "As noted, in the release" (a clause, then where: no name before the
    # place) has no speaker (was: the whole record lost to an IndexError)
    quotes = _quotes("Under the terms of the  agreement,",
                     'As noted, in the release "We are pleased with the quarter and more."\n\n'
                     "Under the terms of the  agreement,")
    assert [q[0] for q in quotes] == ["Marc Zionts", "J. Nelson", "Howard Kirby"]


@pytest.mark.parametrize("body", [
    "Jane Doe said, " + "among other things " * 12000 + ', "We grew."',
    "Jane Doe said, " + "in a statement, " * 13000 + '"We grew."',
    "according to " + "a statement from " * 12000 + 'Jane Doe, "We grew."',
    '"We grew," according to ' + "a statement from " * 12000 + "Jane Doe.",
    "stated " + "retired General " * 13000 + 'Jane Doe, "We grew."',
    '"We grew," said, ' + "in a statement " * 13000 + "Jane Doe.",
    "Jane Doe " + "has joined Acme Corp. " * 10000 + 'as CEO.\n\n"We grew," said Doe.'])
def test_asides_and_ranks_parse_a_long_run_in_linear_time(body: str) -> None:
    # ~200 KB of the trigger repeated: the rules' regexes are bounded
    start = time.process_time()
    find_quotes(body)
    assert time.process_time() - start < 5.0  # (quadratic: minutes)
