"""Press-release quotes (round 59): a second person a verb of appointment names with the
speaker ("named Jane Doe CFO and John Smith CEO": the job after each name is theirs), what
a role's commas set off that describes the person or the place, not the job (", an engineer
by training", ", himself an engineer", ", age 45", ", St. Charles, Illinois"), and a quote
read on past a page's head between its paragraphs ("NEWS RELEASE, August 16, 2006").

The tests edit the quotes of Westell's 1999 8-K on its Teltrend merger (corpus filing: two
chief executives quoted with their full names and roles) into a shape other releases print
(said in each test): the corpus prints none of these shapes; the page head is Pericom's
2006 8-K as filed (corpus filing).
"""

from __future__ import annotations

import time

import pytest
from test_prsq45_round45 import _KIRBY_END, _KIRBY_SAID, _quotes

from filing2json.parsers import parse
from filing2json.parsers.sections.press_quote_pages import page_furniture
from filing2json.parsers.sections.press_quote_roles import (
    without_next_appointee,
    without_person_aside,
)
from filing2json.parsers.sections.press_quote_who import clean_role
from filing2json.parsers.sections.press_quotes import find_quotes
from support import FILINGS

_SOON = '"We expect to close soon,"'


@pytest.mark.parametrize("named", [
    "Westell also named Jane Doe CFO and John Smith CEO.",
    "Jane Doe was named Chief Financial Officer and J. Michael Smith Chief Operating Officer.",
    "Westell has appointed Jane Doe CFO and Mary Roe Treasurer.",
])
def test_a_second_person_appointed_with_the_speaker_is_no_part_of_the_role(named: str) -> None:
    # a paragraph added after Kirby's quote naming two appointees, then one quoted by surname
    # (was: Jane Doe's role "CFO and John Smith CEO")
    quotes = _quotes(_KIRBY_END, f"{_KIRBY_END}\n{named} {_SOON} said Ms. Doe.\n")
    assert quotes[-1][0] == "Jane Doe"
    assert quotes[-1][1] in ("CFO", "Chief Financial Officer")
    # (no given name after "and": a job at a second firm, not a second person)
    quotes = _quotes(_KIRBY_END, f"{_KIRBY_END}\nJane Doe was named CFO and Acme Bank "
                     f"President. {_SOON} said Ms. Doe.\n")
    assert quotes[-1][:2] == ("Jane Doe", "CFO and Acme Bank President")


@pytest.mark.parametrize(("named", "said", "second"), [
    ("Westell also named Jane Doe CFO and John Smith CEO.", "Mr. Smith", ("John Smith", "CEO")),
    ("Jane Doe was named Chief Financial Officer and J. Michael Smith Chief Operating Officer.",
     "Smith", ("J. Michael Smith", "Chief Operating Officer")),
    ("Westell has appointed Jane Doe CFO and Mary Roe Treasurer.", "Ms. Roe",
     ("Mary Roe", "Treasurer")),
])
def test_the_second_person_appointed_has_the_job_after_their_name(
        named: str, said: str, second: tuple[str, str]) -> None:
    # the same paragraph, the second appointee quoted (was: role "CFO and", the first's job
    # and the "and" before the name, or none)
    quotes = _quotes(_KIRBY_END, f"{_KIRBY_END}\n{named} {_SOON} said {said}.\n")
    assert quotes[-1][:2] == second
    # (a verb after the name: no job of theirs)
    quotes = _quotes(_KIRBY_END, f"{_KIRBY_END}\nWestell named Jane Doe CFO and John Smith "
                     f"said he was glad. {_SOON} said Mr. Smith.\n")
    assert quotes[-1][:2] == ("John Smith", None)


@pytest.mark.parametrize("aside", [
    ", an engineer by training", ", himself an engineer", ", a veteran of the telecom industry",
    ", age 45", ", 45, an engineer by training", ", Chicago, Illinois",
    ", St. Charles, Ill.", ", 45, St. Charles, Illinois",
])
def test_what_describes_the_speaker_after_the_role_is_no_part_of_it(aside: str) -> None:
    # Kirby's attribution with an aside after his role, as other releases print one (was:
    # the aside kept in the role)
    quotes = _quotes(_KIRBY_SAID, f"stated Howard Kirby, Chairman of Teltrend{aside}.")
    assert quotes[2][:2] == ("Howard Kirby", "Chairman of Teltrend")
    # (a job after the comma stays: a board seat; so does a place with no firm before it)
    kept = "Managing Director, Chicago, Illinois" if "Illinois" in aside else (
        "Chairman of Teltrend, a member of the board")
    quotes = _quotes(_KIRBY_SAID, f"stated Howard Kirby, {kept}.")
    assert quotes[2][:2] == ("Howard Kirby", kept)


@pytest.mark.parametrize("role", [
    "Chairman and John" * 12000, "CFO and J. Michael Smith " * 8000, "Chairman, an" * 17000,
    "Chairman of Acme, 45" * 10000, "President of A, B, " * 11000,
])
def test_a_long_role_is_cleaned_in_linear_time(role: str) -> None:
    start = time.process_time()
    clean_role(role)
    without_next_appointee(role)
    without_person_aside(role)
    page_furniture(role)
    assert time.process_time() - start < 5


_PERICOM = "8k_2006_pericomsemiconductorco_4.txt"
_PERICOM_HEAD = "NEWS RELEASE, August 16, 2006"
_SERVED = "complete interface solution to our served markets"


def _pericom(head: str) -> list[tuple[str | None, str]]:
    """Quotes of Pericom's 2006 8-K with its page head printed as ``head`` only atop the page
    that breaks Alex Hui's quote (the filing prints it atop six pages, which the plain-text
    reader drops as a running head; its HTML rendering keeps each one, as here)."""
    text = (FILINGS / _PERICOM).read_text(encoding="latin-1")
    at = text.index(_PERICOM_HEAD, text.index("he said.\n\n<PAGE>"))
    text = (text[:at].replace(_PERICOM_HEAD, "") + head
            + text[at + len(_PERICOM_HEAD) :].replace(_PERICOM_HEAD, ""))
    record = parse(text.encode("latin-1"), _PERICOM)
    return [(q["speaker"], q["text"]) for q in record["press_releases"][0]["quotes"]]


def test_a_quote_reads_on_past_a_page_head_between_its_paragraphs() -> None:
    # Alex Hui's quote ('"...," he said.'), a page break with its head, then a paragraph all
    # in quotes with no attribution (was: dropped, the page head read as a paragraph of
    # prose)
    [(speaker, text)] = _pericom(_PERICOM_HEAD)
    assert speaker == "Alex Hui" and text.endswith(_SERVED)
    # (a line of the release's own prose there ends his turn)
    assert not _pericom("Revenue rose 12%.")[0][1].endswith(_SERVED)


@pytest.mark.parametrize("head", ["- 2 -", "Page 2 of 4", "(more)", "- MORE -",
                                  "Press Release - Page 2", "NEWS RELEASE"])
def test_a_quote_reads_on_past_a_page_number_between_its_paragraphs(head: str) -> None:
    # the same passage of Pericom's release as paragraphs (an HTML page's text, where no
    # reader of plain text drops page numbers), another page's furniture in the head's place
    text = (FILINGS / _PERICOM).read_text(encoding="latin-1")
    start = text.index('"We are very pleased with our 38.7')
    passage = text[start : text.index(_SERVED) + len(_SERVED) + 1]
    passage = passage.replace(f"<PAGE>\n\n{_PERICOM_HEAD}", head)
    [quote] = find_quotes(passage)
    assert quote["speaker"] == "Alex Hui" and quote["text"].endswith(_SERVED)
