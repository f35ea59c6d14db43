"""Press-release quotes (round 49): a speaker's full name printed in capitals in a release in
mixed case ('said HOWARD KIRBY, chairman', also after a job, with "JR." or "DR."), "As X put
it," / "In the words of X," / "X had this to say:" / "X went on to say," before a quote, a
place the speaker spoke from after the role (", from Aurora, Illinois"), when or where a
lead-in was said ("said today:", "said at the meeting:", "said, in part:"), more verbs
("agreed", "confirmed", "responded", "quipped"), a firm's web site in brackets closing the
role and the town of a firm with its legal form ("of Acme Inc., Aurora, Illinois").

Each test edits the quotes of Westell's 1999 8-K on its Teltrend merger (a corpus filing)
into a shape other releases print, as rounds 45-48 do.
"""

from __future__ import annotations

import pytest
from test_prsq45_round45 import (
    _CLOSE,
    _CLOSE_TEXT,
    _KIRBY,
    _KIRBY_END,
    _KIRBY_SAID,
    WESTELL,
    _quotes,
)

from filing2json.parsers import parse
from support import FILINGS

_ROLE = _KIRBY[1]
# Zionts's lead-in as printed: 'Marc Zionts,  Chief Executive  Officer of Westell,  stated
# that "Teltrend brings ...'
_ZIONTS_SAID = "Marc Zionts,  Chief Executive  Officer of Westell,  stated that"
_ZIONTS = ("Marc Zionts", "Chief Executive Officer of Westell")


def test_a_full_name_in_capitals_in_mixed_case_prose() -> None:
    # Kirby's attribution with his whole name in capitals (was: no speaker, the quote lost)
    for printed, name in (("HOWARD KIRBY", "HOWARD KIRBY"),
                          ("HOWARD J. KIRBY", "HOWARD J. KIRBY"),
                          ("HOWARD KIRBY, JR.", "HOWARD KIRBY, JR."),
                          ("DR. HOWARD KIRBY", "HOWARD KIRBY")):
        quotes = _quotes(_KIRBY_SAID, f"stated {printed}, {_ROLE}.")
        assert quotes[2][:2] == (name, _ROLE), printed
    # the job before the name
    quotes = _quotes(_KIRBY_SAID, "stated Teltrend Chairman HOWARD KIRBY.")
    assert quotes[2][:2] == ("HOWARD KIRBY", "Teltrend Chairman")


def test_a_surname_after_a_full_name_in_capitals_finds_it() -> None:
    # then quoted again as "MR. KIRBY", in capitals too (was: no quote)
    text = (FILINGS / WESTELL).read_text(encoding="latin-1")
    text = text.replace(_KIRBY_SAID, f"stated HOWARD KIRBY, {_ROLE}.", 1).replace(
        _KIRBY_END, f"{_KIRBY_END}\n{_CLOSE} said MR. KIRBY.\n", 1)
    quotes = parse(text.encode("latin-1"), WESTELL)["press_releases"][0]["quotes"]
    last = quotes[-1]
    assert (last["speaker"], last["role"], last["text"]) == ("HOWARD KIRBY", _ROLE, _CLOSE_TEXT)


@pytest.mark.parametrize("words", ["ACME CORP", "IBM CEO", "NEW YORK", "DSL TELTREND"])
def test_capitals_that_are_no_name_speak_for_no_one(words: str) -> None:
    quotes = _quotes(_KIRBY_END, f"{_KIRBY_END}\n{_CLOSE} said {words}.\n")
    assert all(q[2] != _CLOSE_TEXT for q in quotes), words


@pytest.mark.parametrize("lead", [f"As Marc Zionts, {_ZIONTS[1]}, put it,",
                                  f"Marc Zionts, {_ZIONTS[1]}, put it simply:",
                                  f"In the words of Marc Zionts, {_ZIONTS[1]},",
                                  f"Marc Zionts, {_ZIONTS[1]}, had this to say:",
                                  f"Marc Zionts, {_ZIONTS[1]}, went on to say,",
                                  f"Marc Zionts, {_ZIONTS[1]}, concluded by saying:",
                                  f"Marc Zionts, {_ZIONTS[1]}, summed it up:"])
def test_put_it_and_in_the_words_of_introduce_the_quote(lead: str) -> None:
    # was: no quote for Zionts
    assert _quotes(_ZIONTS_SAID, lead)[0][:2] == _ZIONTS


@pytest.mark.parametrize("when", ["stated today:", "stated Monday,", "stated yesterday:",
                                  "stated at the meeting:", "stated during the call:",
                                  "stated, in part:"])
def test_when_where_or_how_much_was_said_before_the_quote(when: str) -> None:
    # was: no quote for Zionts
    lead = f"Marc Zionts,  Chief Executive  Officer of Westell,  {when}"
    assert _quotes(_ZIONTS_SAID, lead)[0][:2] == _ZIONTS


def test_said_today_that_still_reports_a_phrase() -> None:
    # 'stated today that "..."' stays a phrase reported, as 'stated that' is
    quotes = _quotes(_ZIONTS_SAID, "Marc Zionts, Chief Executive Officer of Westell, stated "
                     "today that")
    assert all(q[0] != "Marc Zionts" for q in quotes)


@pytest.mark.parametrize("place", ["from Aurora, Illinois", "from Aurora, Ill.",
                                   "from New York", "from London, England"])
def test_a_place_spoken_from_is_no_part_of_the_role(place: str) -> None:
    # was: role "Chairman ... of Teltrend, from Aurora, Illinois"
    quotes = _quotes(_KIRBY_SAID, f"stated Howard Kirby, {_ROLE}, {place}.")
    assert quotes[2][:2] == _KIRBY, place


def test_a_firm_after_from_stays_in_the_role() -> None:
    # "from Morgan Stanley" names where the speaker works, no place
    quotes = _quotes(_KIRBY_SAID, "stated Howard Kirby, an analyst, from Morgan Stanley.")
    assert quotes[2][:2] == ("Howard Kirby", "analyst from Morgan Stanley")  # (round 65: as ", of")


@pytest.mark.parametrize("verb", ["agreed", "confirmed", "responded", "quipped"])
def test_more_verbs_of_attribution(verb: str) -> None:
    # was: no quote for Kirby's attribution with these verbs
    assert _quotes(_KIRBY_SAID, f"{verb} Howard Kirby, {_ROLE}.")[2][:2] == _KIRBY
    quotes = _quotes(_KIRBY_END, f'{_KIRBY_END}\nHoward Kirby {verb}, "{_CLOSE_TEXT}."\n')
    assert quotes[-1] == (*_KIRBY, f"{_CLOSE_TEXT}.")


def test_a_web_site_closing_the_role_is_no_part_of_it() -> None:
    # was: role "Chairman ... of Teltrend (www.teltrend.com)"
    quotes = _quotes(_KIRBY_SAID, f"stated Howard Kirby, {_ROLE} (www.teltrend.com).")
    assert quotes[2][:2] == _KIRBY
    # words in the bracket stay
    quotes = _quotes(_KIRBY_SAID, "stated Howard Kirby, Chairman (Ret.)")
    assert quotes[2][1] == "Chairman (Ret.)"


@pytest.mark.parametrize("place", ["Aurora, Illinois", "Aurora, Ill.", "Chicago"])
def test_the_town_of_a_firm_with_its_legal_form_is_no_part_of_the_role(place: str) -> None:
    # wire style: "president of Teltrend Inc., Aurora, Illinois" (was: the role kept it)
    quotes = _quotes(_KIRBY_SAID, f"stated Howard Kirby, president of Teltrend Inc., {place}.")
    assert quotes[2][:2] == ("Howard Kirby", "president of Teltrend Inc.")
    # a town alone goes too, as the release prints it with its state ("based in Aurora,
    # Illinois"; round 63b: a word named nowhere as a town stays)
    quotes = _quotes(_KIRBY_SAID, "stated Howard Kirby, president of Teltrend Inc., Aurora.")
    assert quotes[2][1] == "president of Teltrend Inc."
