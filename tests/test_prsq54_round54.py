"""Press-release quotes (round 54): dotted initials inside a role ("U.S. Army", "Sr. V.P. of
Sales"), a lead-in paragraph ending with its verb alone ("Jane Doe, CEO, commented"), a quote
going on over several paragraphs printed with no mark, and an open quote paragraph signed
further on by its own speaker (not the one of the quote before it).

Each test edits the quotes of Westell's 1999 8-K on its Teltrend merger (a corpus filing)
into a shape other releases print, as rounds 45-53 do.
"""

from __future__ import annotations

import time

import pytest
from test_prsq45_round45 import _KIRBY, _KIRBY_SAID, WESTELL, _quotes
from test_prsq51_round51 import _ZIONTS, _ZIONTS_SAID

from filing2json.parsers import parse
from filing2json.parsers.sections.press_quote_who import parse_who
from filing2json.parsers.sections.press_quotes import find_quotes
from support import FILINGS

_BRINGS = "Teltrend brings outstanding products"
_FUEL = "We will fuel our DSL initiatives"
_PLEASED = "Teltrend is very pleased to join the Westell team"
_NELSON_END = "further broaden our DSL programs."


@pytest.mark.parametrize("role", ["U.S. Army", "Sr. V.P. of Sales", "Director of U.S. Sales",
                                  "President of Teltrend U.K. Holdings"])
def test_dotted_initials_inside_a_role_keep_the_rest_of_it(role: str) -> None:
    # Kirby's role printed with dotted initials inside it (was: "U.S.", "Sr. V.P.",
    # "Director of U.S.": the initials' period read as a sentence's end)
    quotes = _quotes(_KIRBY_SAID, f"stated Howard Kirby, {role}.")
    assert quotes[2][:2] == (_KIRBY[0], role)
    assert quotes[2][2].startswith(_PLEASED)
    # (a sentence after the initials is still none of the role)
    assert parse_who("Howard Kirby, CEO of Teltrend U.S. Revenue rose.") == (
        "Howard Kirby", "CEO of Teltrend U.S.")


@pytest.mark.parametrize("verb", ["commented", "remarked", "explained", "declared"])
def test_a_lead_in_ending_with_its_verb_alone_names_the_quote_under_it(verb: str) -> None:
    # Zionts's lead-in as a paragraph of its own ending with the verb, no colon or comma
    # (was: the quote dropped)
    quotes = _quotes(f'{_ZIONTS_SAID} "', f"{_ZIONTS[0]}, {_ZIONTS[1]}, {verb}\n\n\"")
    assert quotes[0][:2] == _ZIONTS
    assert quotes[0][2].startswith(_BRINGS)


def test_a_quote_going_on_over_paragraphs_with_no_mark_is_whole() -> None:
    # Zionts's quote broken into three paragraphs, the second and third printed with no
    # mark, the third closing it (was: cut after the second)
    text = (FILINGS / WESTELL).read_text(encoding="latin-1")
    for old, new in (("family.  The\ncombination", "family.\n\nThe\ncombination"),
                     ("benefits. We will fuel", "benefits.\n\nWe will fuel")):
        assert old in text
        text = text.replace(old, new, 1)
    quotes = parse(text.encode("latin-1"), WESTELL)["press_releases"][0]["quotes"]
    assert (quotes[0]["speaker"], quotes[0]["role"]) == _ZIONTS
    assert quotes[0]["text"].startswith(_BRINGS)
    assert _FUEL in quotes[0]["text"]
    assert quotes[0]["text"].endswith("increase our scale.")
    assert quotes[1]["speaker"] == "J. Nelson"


@pytest.mark.parametrize("mark", ["", '"'])
def test_an_open_quote_paragraph_signed_further_on_is_its_signers(mark: str) -> None:
    # Kirby's quote right under Nelson's, opening a paragraph left open and signed by Kirby
    # after its close a paragraph on (the second paragraph printed with or without an
    # opening mark) (was: the first paragraph given to Nelson)
    text = (FILINGS / WESTELL).read_text(encoding="latin-1")
    for old, new in (
            (f'"Teltrend  is very  pleased to join the  Westell  team",  {_KIRBY_SAID}  "',
             f'"Teltrend is very pleased to join the Westell team.\n\n{mark}'),
            ('DSL arena."', f'DSL arena," stated Howard Kirby, {_KIRBY[1]}.')):
        assert old in text
        text = text.replace(old, new, 1)
    quotes = parse(text.encode("latin-1"), WESTELL)["press_releases"][0]["quotes"]
    assert quotes[1]["speaker"] == "J. Nelson"
    assert quotes[1]["text"].endswith(_NELSON_END)
    assert (quotes[2]["speaker"], quotes[2]["role"]) == _KIRBY
    assert quotes[2]["text"].startswith(_PLEASED)
    assert quotes[2]["text"].endswith("DSL arena")
    # (signed "he said", it goes on with the speaker before it)
    text = text.replace(f'stated Howard Kirby, {_KIRBY[1]}.', "he said.", 1)
    quotes = parse(text.encode("latin-1"), WESTELL)["press_releases"][0]["quotes"]
    assert quotes[1]["speaker"] == "J. Nelson"
    assert quotes[1]["text"].endswith("DSL arena")


def test_open_paragraphs_and_unmarked_runs_parse_in_linear_time() -> None:
    # ~200 KB of open quote paragraphs and paragraphs with no mark: each looks a few
    # paragraphs ahead at most
    body = ('"We grew," said Jane Doe.\n\n' + '"We grew a lot.\n\nWe hired.\n\n' * 7000
            + 'We expect more," said John Smith.')
    start = time.process_time()
    find_quotes(body)
    assert time.process_time() - start < 5.0  # (quadratic: minutes)
