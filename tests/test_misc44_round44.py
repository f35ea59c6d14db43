"""Contacts, quotes and dates, round 44: two people of one contact line joined by ", and"
("Jane Doe, CFO, and John Roe, Controller, 408-..."), a department of "Finance and
Administration" after a job, joint speakers after a plural job
("said co-chairmen John Smith and Jane Doe"), a quote given "in a conference call with
analysts", a ticker after the speaker's firm ("CEO of Acme (NASDAQ: ACME)"), and dates typed
with dots ("Dated: 10.07.1997").

Each test reads a corpus filing or sample with its text edited into a shape other filers
print (the edit said in each test)."""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from filing2json.parsers.values import find_dates
from support import FILINGS, SAMPLES

# CTC Communications' 2001 8-K (sample 002): its contact block, one field a line
_CTC_CONTACT = SAMPLES / "002_e328972705f5d40f.txt"
_CTC_BLOCK = """Contact: John Pittenger
EVP and Chief Financial Officer
CTC Communications
781-466-1302 (t)
pitt@ctcnet.com (e)
www.ctcnet.com
"""


def _contacts(block: str) -> list[tuple[str, str | None, str | None]]:
    text = _CTC_CONTACT.read_text(encoding="utf-8", errors="replace")
    assert _CTC_BLOCK in text
    record = parse(text.replace(_CTC_BLOCK, block).encode(), "contacts.txt")
    return [(c["name"], c["role"], c["phone"]) for c in record["press_releases"][0]["contacts"]]


def test_two_people_of_one_contact_line_joined_by_and() -> None:
    # the block typed on one line, a second person (a name of the same release's other
    # contact block, sample 003) joined by ", and" as by ", or"
    assert _contacts("Contact: John Pittenger, Chief Financial Officer, and Alan Russell, "
                     "Controller, 781-466-1302\n") == [
        ("John Pittenger", "Chief Financial Officer", "781-466-1302"),
        ("Alan Russell", "Controller", "781-466-1302")]


def test_and_inside_a_job_keeps_the_job_whole() -> None:
    # the same line with one person whose job has ", and" in it
    assert _contacts("Contact: John Pittenger, Vice President, Finance, and Chief Financial "
                     "Officer, 781-466-1302\n") == [
        ("John Pittenger", "Vice President, Finance, and Chief Financial Officer",
         "781-466-1302")]


def test_a_department_of_finance_and_administration_is_the_role() -> None:
    # the line with the job John D. Pittenger signs this 8-K with (a "Finance and
    # Administration" department, no firm)
    assert _contacts("Contact: John Pittenger, Executive Vice President, Finance and "
                     "Administration, 781-466-1302\n") == [
        ("John Pittenger", "Executive Vice President, Finance and Administration",
         "781-466-1302")]


# CTC Communications' 2000 8-K (sample 001): Frederic Kunzi's quote, attributed after it
_CTC_QUOTE = SAMPLES / "001_e8b565220de8e5a3.txt"
_KUNZI = """results to date have been very satisfying", stated Frederic Kunzi, CTC's
Chief Technology Officer. "Customers"""


def _quotes(attribution: str) -> list[tuple[str, Any]]:
    text = _CTC_QUOTE.read_text(encoding="utf-8", errors="replace")
    assert _KUNZI in text
    record = parse(text.replace(_KUNZI, attribution).encode(), "quotes.txt")
    return [(q["speaker"], q["role"]) for q in record["press_releases"][0]["quotes"]]


def test_joint_speakers_after_a_plural_job() -> None:
    # the attribution given to the company's two co-chairmen (the second name is CTC's CEO,
    # Robert Fabbricatore): the first speaks, the plural job is the role, as "co-founders"
    for job in ("co-chairmen", "co-chairwomen"):
        assert _quotes(f'results to date have been very satisfying," said {job} Frederic '
                       'Kunzi\nand Robert Fabbricatore. "Customers') == [("Frederic Kunzi", job)]


def test_quote_given_in_a_conference_call_with_analysts() -> None:
    # the attribution after the role, with where it was said
    for where in ("in a conference call with analysts", "during an interview on Tuesday",
                  "at the company's annual meeting in Boston"):
        assert _quotes('results to date have been very satisfying," Frederic Kunzi, CTC\'s\n'
                       f'Chief Technology Officer, said {where}. "Customers') == [
            ("Frederic Kunzi", "Chief Technology Officer")]


def test_a_phrase_the_sentence_runs_on_with_is_no_setting() -> None:
    # a longer sentence after the verb that says no place is still no attribution
    assert _quotes('results to date have been very satisfying," Frederic Kunzi, CTC\'s\n'
                   'Chief Technology Officer, said the company would add many more customers '
                   'this year. "Customers') == []


def test_ticker_after_the_speakers_firm_is_no_part_of_the_role() -> None:
    # the role naming the firm, its listing after it as releases print it at first mention
    for listing in ("(NASDAQ: CPTL)", "(Nasdaq:CPTL)", "(Nasdaq NM: CPTL)"):
        assert _quotes('results to date have been very satisfying," said Frederic Kunzi, '
                       f'Chief Technology Officer\nof CTC Communications {listing}. '
                       '"Customers') == [
            ("Frederic Kunzi", "Chief Technology Officer of CTC Communications")]


def test_a_bracket_without_a_listing_stays() -> None:
    # a bracket naming no exchange is kept as printed
    assert _quotes('results to date have been very satisfying," said Frederic Kunzi, '
                   'Chief Technology Officer\n(Retired). "Customers') == [
        ("Frederic Kunzi", "Chief Technology Officer (Retired)")]


# Home Health Corporation of America's 1997 8-K: its signature dated "Dated: October 7, 1997"
_HOME_HEALTH = FILINGS / "8k_1997_homehealthcorpofameric_2.txt"


def test_a_signature_date_typed_with_dots() -> None:
    # the date typed month first with dots, as some filers type it
    text = _HOME_HEALTH.read_text(encoding="utf-8", errors="replace")
    assert "Dated: October 7, 1997" in text
    for typed in ("Dated: 10.07.1997", "Dated: 10.7.1997"):
        record = parse(text.replace("Dated: October 7, 1997", typed).encode(), "sig.txt")
        assert [s["date"] for s in record["signatures"]] == ["1997-10-07"]


def test_a_cover_date_typed_with_dots() -> None:
    # Turner Broadcasting's 1994 8-K with its date of report typed with dots
    text = (FILINGS / "8k_1994_turnerbroadcastingsyst_1.txt").read_text(
        encoding="utf-8", errors="replace")
    old = "(Date of earliest event reported)  January 24, 1994"
    assert old in text
    record = parse(text.replace(old, old.replace("January 24, 1994", "01.24.1994")).encode(),
                   "cover.txt")
    assert (record["report_date"], record["event_date"]) == ("1994-01-24", "1994-01-24")


def test_dotted_runs_that_are_no_dates() -> None:
    # a version's run of numbers, a section's, and a two-digit year are no dates
    assert find_dates("Version 1.10.12.2020; Section 2.01.2005.1; 1.5.25") == []
