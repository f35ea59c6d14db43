"""Press-release quotes (round 45): a surname printed in capitals in a release in mixed case
('said KIRBY.', as some 1990s releases print it), a shared or plural job before the names
("Co-Chairmen Howard Kirby and Marc Zionts"), when or where the speaker spoke after the name
("said Kirby on Tuesday", "said Kirby at the company's annual meeting"), and a job set off
from its firm by a comma ("Chairman, of Teltrend").

Each test edits the quotes of Westell's 1999 8-K on its Teltrend merger (two chief
executives quoted with their full names and roles) into a shape other releases print (said
in each test).
"""

from __future__ import annotations

from filing2json.parsers import parse
from support import FILINGS

WESTELL = "8k_1999_westelltechnologiesinc_3.txt"
_KIRBY_END = "expansion into the DSL arena.\"\n"
_KIRBY_SAID = ("stated  Howard  Kirby,\nChairman  and Chief  Executive  Officer  of  "
               "Teltrend.")
_KIRBY = ("Howard Kirby", "Chairman and Chief Executive Officer of Teltrend")
_CLOSE = '"We expect to close the merger in the first quarter of 2000,"'
_CLOSE_TEXT = "We expect to close the merger in the first quarter of 2000"


def _quotes(old: str, new: str) -> list[tuple[str, str | None, str]]:
    """Westell's quotes with ``old`` (a real passage of the release) printed as ``new``."""
    text = (FILINGS / WESTELL).read_text(encoding="latin-1")
    assert old in text
    record = parse(text.replace(old, new, 1).encode("latin-1"), WESTELL)
    return [(q["speaker"], q["role"], q["text"]) for q in record["press_releases"][0]["quotes"]]


def test_a_surname_in_capitals_is_the_person_named_in_full() -> None:
    # Kirby, named in full above, quoted again by his surname in capitals (after or before
    # the quote, with or without "Mr."), as some mixed-case 1990s releases print it
    for said in (f"{_CLOSE} said KIRBY.", f"{_CLOSE} KIRBY said.", f"{_CLOSE} said Mr. KIRBY.",
                 f'KIRBY added, "{_CLOSE_TEXT}."'):
        quotes = _quotes(_KIRBY_END, f"{_KIRBY_END}\n{said}\n")
        assert quotes[-1][:2] == _KIRBY, said
        assert quotes[-1][2].rstrip(".") == _CLOSE_TEXT


def test_a_word_in_capitals_named_nowhere_in_full_speaks_for_no_one() -> None:
    # an acronym where the surname would be ("said DSL.") finds no one named in full
    quotes = _quotes(_KIRBY_END, f"{_KIRBY_END}\n{_CLOSE} said DSL.\n")
    assert len(quotes) == 3 and all(q[2] != _CLOSE_TEXT for q in quotes)


def test_a_shared_or_plural_job_before_the_names_is_the_role() -> None:
    # Kirby's attribution printed with the title merging firms give joint leaders
    for title in ("Co-Chairmen", "Co-Chief Executive Officers", "Chairmen"):
        quotes = _quotes(_KIRBY_SAID, f"stated {title} Howard Kirby and Marc Zionts.")
        assert quotes[2][:2] == ("Howard Kirby", title), title
    quotes = _quotes(_KIRBY_SAID, "stated Co-Chairman Howard Kirby.")
    assert quotes[2][:2] == ("Howard Kirby", "Co-Chairman")


def test_when_or_where_the_surname_spoke_is_no_part_of_the_name() -> None:
    # Kirby, named in full above, quoted again by surname with the day, the time or the
    # place after it, as wire releases print it
    for said in ("said Kirby on Tuesday.", "Kirby said Tuesday.", "said Kirby yesterday.",
                 "said Kirby this morning.", "said Kirby at the company's annual meeting.",
                 "said Kirby during a conference call with analysts.",
                 "said Kirby in Aurora, Illinois.", "said Kirby in prepared remarks.",
                 "said Kirby on Monday at the conference."):
        quotes = _quotes(_KIRBY_END, f"{_KIRBY_END}\n{_CLOSE} {said}\n")
        assert quotes[-1] == (*_KIRBY, _CLOSE_TEXT), said


def test_a_day_opening_the_sentence_is_no_part_of_the_name() -> None:
    # the day printed before the speaker (wire style), the surname's or the full name's;
    # a lead clause of a participle still names the speaker after it
    for said in (f'On Tuesday, Kirby said, "{_CLOSE_TEXT}."',
                 f'Yesterday, Kirby said, "{_CLOSE_TEXT}."',
                 f'Speaking at the annual meeting, Kirby said: "{_CLOSE_TEXT}."'):
        quotes = _quotes(_KIRBY_END, f"{_KIRBY_END}\n{said}\n")
        assert quotes[-1] == (*_KIRBY, f"{_CLOSE_TEXT}."), said


def test_when_the_full_name_spoke_is_no_part_of_the_role() -> None:
    # Kirby's own attribution with the day after his role or his name
    quotes = _quotes(_KIRBY_SAID, "stated Howard Kirby, Chairman and Chief Executive "
                                  "Officer of Teltrend, on Tuesday.")
    assert quotes[2][:2] == _KIRBY
    quotes = _quotes(_KIRBY_SAID, "stated Chairman and Chief Executive Officer Howard Kirby "
                                  "on Tuesday.")
    assert quotes[2][:2] == ("Howard Kirby", "Chairman and Chief Executive Officer")


def test_a_firm_after_a_job_and_a_comma_joins_the_job() -> None:
    # "Chairman and Chief Executive Officer, of Teltrend": the comma 1990s releases print
    # before the firm the job is held at
    quotes = _quotes(_KIRBY_SAID, "stated Howard Kirby, Chairman and Chief Executive "
                                  "Officer, of Teltrend.")
    assert quotes[2][:2] == _KIRBY
