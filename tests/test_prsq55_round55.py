"""Press-release quotes (round 55): a speaker named in full only in the headline, a firm's
dotted initials before the speaker's job and name ("said Acme N.V. CEO Jane Doe") or inside
a role printed with the name earlier ("Jane Doe, President of J.M. Smith Co.,"), and a time
in capitals before a new sentence ("at 11 A.M. Zionts stated").

The tests edit Oracle's 2019 8-K on Rona Fairhead's election (its headline names her in
full, "ORACLE NAMES RONA FAIRHEAD TO THE BOARD OF DIRECTORS") and Westell's 1999 8-K on its
Teltrend merger (corpus filings) into shapes other releases print, as rounds 45-54 do.
"""

from __future__ import annotations

import time

import pytest
from test_prsq45_round45 import _KIRBY, _KIRBY_END, _KIRBY_SAID, _quotes
from test_prsq51_round51 import _ZIONTS, _ZIONTS_SAID

from filing2json.parsers import parse
from filing2json.parsers.sections.press_quote_heads import headline_person
from filing2json.parsers.sections.press_quotes import find_quotes, quotes_in
from support import FILINGS

ORACLE = "8k_2019_oraclecorp_1.txt"
_ELECTED = "unanimously elected Rona A.\nFairhead to"  # (as the HTML prints it)
_BRINGS = "Teltrend brings outstanding products"
_PLEASED = "Teltrend is very pleased to join the Westell team"
_CLOSE = "We expect to close the merger in the first quarter of 2000"


def _oracle(said: str) -> tuple[list[str], list[str]]:
    """(body paragraphs, [headline]) of Oracle's release with its body naming Ms. Fairhead
    by surname only (the full name left to the headline) and quoting her as ``said``
    prints it."""
    text = (FILINGS / ORACLE).read_text(encoding="latin-1")
    assert _ELECTED in text
    text = text.replace(_ELECTED, "unanimously elected Mrs.&nbsp;Fairhead to", 1)
    release = parse(text.encode("latin-1"), ORACLE)["press_releases"][0]
    assert release["headline"] == "ORACLE NAMES RONA FAIRHEAD TO THE BOARD OF DIRECTORS"
    paras = release["body"].split("\n\n")
    return [*paras[:2], said, *paras[2:]], [release["headline"]]


@pytest.mark.parametrize("said", [
    "\u201cI am honored to join the Board,\u201d said Fairhead.",
    "\u201cI am honored to join the Board,\u201d said Mrs. Fairhead.",
    "Fairhead, 57, said: \u201cI am honored to join the Board.\u201d",
])
def test_a_speaker_named_in_full_only_in_the_headline_is_found(said: str) -> None:
    # Fairhead quoted by surname, her full name printed in the (capitals) headline only
    # (was: the quote dropped, or its speaker "Mrs. Fairhead" as printed)
    paras, heads = _oracle(said)
    quotes = quotes_in(paras, heads=heads)
    assert (quotes[2]["speaker"], quotes[2]["role"]) == ("Rona Fairhead", None)
    assert quotes[2]["text"].startswith("I am honored to join the Board")
    # (the quotes of the others as before)
    assert [q["speaker"] for q in quotes] == ["Larry Ellison", "Bruce Chizen", "Rona Fairhead"]
    assert all(q["speaker"] != "Rona Fairhead" for q in quotes_in(paras))


@pytest.mark.parametrize(("head", "found"), [
    # the Oracle headline as releases in mixed case print it, with a job after the name
    ("Oracle Names Rona Fairhead Chief Financial Officer",
     ("Rona Fairhead", "Chief Financial Officer")),
    ("Rona A. Fairhead Named Chair of Oracle Corp.", ("Rona A. Fairhead", "Chair of Oracle Corp.")),
    ("Oracle Names Rona Fairhead to the Board of Directors", ("Rona Fairhead", None)),
    ("ORACLE ELECTS RONA A. FAIRHEAD TO ITS BOARD", ("Rona A. Fairhead", None)),
    ("Rona Fairhead Named Chair of Oracle's Board", ("Rona Fairhead", "Chair of Oracle's Board")),
    # no given name before the surname: a verb or a word of the headline
    ("Oracle Names Fairhead to the Board", None),
    ("ORACLE SALES FAIRHEAD RISE", None),
    ("Oracle Fuels Broadband Fairhead", None),
])
def test_the_headline_name_and_job(head: str, found: tuple[str, str | None] | None) -> None:
    assert headline_person(head, "Fairhead") == found


def test_an_acronym_in_a_subheadline_is_no_surname() -> None:
    # Westell's subheadline ends "Fuel Broadband DSL": '"...," said DSL.' names no one
    subhead = "Acquisition To Create a Leader in Telco Access Products and Fuel Broadband DSL"
    assert headline_person(subhead, "DSL") is None
    assert headline_person(subhead, "Dsl") is None


@pytest.mark.parametrize("firm", ["Teltrend N.V.", "Teltrend S.A.", "Teltrend U.S.A."])
def test_a_firms_initials_before_the_job_and_name_keep_the_attribution(firm: str) -> None:
    # Kirby's attribution with his firm's initials before his job and name (was: the
    # initials' period read as a sentence's end, the quote dropped or its role cut)
    quotes = _quotes(_KIRBY_SAID, f"stated {firm} Chief Executive Officer Howard Kirby.")
    assert quotes[2][:2] == (_KIRBY[0], f"{firm} Chief Executive Officer")
    assert quotes[2][2].startswith(_PLEASED)
    quotes = _quotes(f'{_ZIONTS_SAID} "', f'{firm} Chief Executive Officer Marc Zionts said, "')
    assert quotes[0][:2] == (_ZIONTS[0], f"{firm} Chief Executive Officer")
    # (a job and a name after the initials still open a new sentence when a verb follows)
    quotes = _quotes(_KIRBY_SAID, f"stated Howard Kirby, Chief Executive Officer of {firm} "
                     "Chief Financial Officer John Roe welcomed the merger.")
    assert quotes[2][:2] == (_KIRBY[0], f"Chief Executive Officer of {firm}")
    quotes = _quotes(_KIRBY_END, f'{_KIRBY_END}\n"{_CLOSE}," said Howard Kirby, Chief '
                     f'Executive Officer of {firm} Chief Financial Officer John Roe added, '
                     '"We are ready."\n')
    assert quotes[-2] == (_KIRBY[0], f"Chief Executive Officer of {firm}", _CLOSE)
    assert quotes[-1] == ("John Roe", "Chief Financial Officer", "We are ready.")


@pytest.mark.parametrize("role", ["President of J.M. Teltrend Co.",
                                  "President of Teltrend U.S. Holdings Inc.",
                                  "Senior V.P. Sales and Marketing", "Director of U.S. Sales"])
def test_initials_inside_a_role_printed_with_the_name_earlier(role: str) -> None:
    # a person named in full with a role holding initials, quoted later by surname (was: the
    # role cut at the initials' period: "President of J.M.", "Senior V.P."); after the
    # attribution too (Kirby's)
    quotes = _quotes(_KIRBY_END, f"{_KIRBY_END}\nJohn Roe, {role}, joined Westell in 1998."
                     f'\n\n"{_CLOSE}," said Roe.\n')
    assert quotes[-1] == ("John Roe", role, _CLOSE)
    quotes = _quotes(_KIRBY_SAID, f"stated Howard Kirby, {role}. The merger is expected to "
                     "close soon.")
    assert quotes[2][:2] == (_KIRBY[0], role)


@pytest.mark.parametrize("time_", ["11 A.M.", "3 P.M."])
def test_a_time_before_a_new_sentence_ends_it(time_: str) -> None:
    # Zionts's lead-in after a sentence ending in a time (was: "A.M. Zionts" read as a
    # name's initials, the role running on over the time); in lower case as before
    for clock in (time_, time_.lower()):
        for surname in ("Zionts", "Mr. Zionts"):
            lead = f"{_ZIONTS[0]}, {_ZIONTS[1]}, spoke at {clock} {surname} stated that"
            quotes = _quotes(_ZIONTS_SAID, lead)
            assert quotes[0][:2] == _ZIONTS, lead
            assert quotes[0][2].startswith(_BRINGS)
        # (a time before lower case ends no sentence)
        quotes = _quotes(_ZIONTS_SAID, f"At the {clock} call, {_ZIONTS[0]}, {_ZIONTS[1]}, "
                         "stated that")
        assert quotes[0][:2] == _ZIONTS


def test_a_long_run_of_initials_or_headline_names_parses_fast() -> None:
    start = time.process_time()
    find_quotes('"We grew," said ' + "Acme N.V. CEO " * 15000 + "Jane Doe.")
    find_quotes("Jane Doe spoke at 11 A.M. " * 8000 + '"We grew," Doe said.')
    find_quotes("Jane Doe, president of Acme U.S. Foods Inc. " * 5000 + '"We grew," Doe said.')
    find_quotes('"We grew," said Jane Doe, Senior V.P. ' + "Sales U.S. " * 15000)
    quotes_in(['"We grew," said Doe.'], heads=["Names Jane Doe " * 15000])
    assert time.process_time() - start < 5


def test_the_whole_record_reads_the_headline_name() -> None:
    # press_release passes the headline into quotes_in: Oracle's release with the body's
    # "Rona A. Fairhead" cut to "Mrs. Fairhead" and her own quote added as a paragraph
    # (was: speaker "Mrs. Fairhead", the headline's full name unread)
    text = (FILINGS / ORACLE).read_text(encoding="latin-1")
    assert _ELECTED in text
    text = text.replace(_ELECTED, "unanimously elected Mrs.&nbsp;Fairhead to", 1)
    said = "<P>&#147;I am honored to join the Board,&#148; said Mrs.&nbsp;Fairhead.</P>\n"
    anchor = "<P STYLE=\"margin-top:12pt; margin-bottom:0pt; text-indent:4%; font-size:10pt;" \
        " font-family:Times New Roman\">Members of Oracle"
    assert anchor in text
    text = text.replace(anchor, said + anchor, 1)
    quotes = parse(text.encode("latin-1"), ORACLE)["press_releases"][0]["quotes"]
    mine = [q for q in quotes if q["text"].startswith("I am honored to join the Board")]
    assert [(q["speaker"], q["role"]) for q in mine] == [("Rona Fairhead", None)]
