"""Press-release contacts (round 54): a firm before a dash that reads as a name ("Sears
Roebuck - Edgar McDougal", no common given name and nothing else in the block to tell) is
told by the release printing it as its company (the About's company, the headline, the lead
after the dateline); a region and a dash before a person's name ("EMEA -- Angela Chen") is no
dateline inside a contact block (a dateless dateline needs an announcement in its own
paragraph, and none sits under "CONTACT:"); "of the Company" after a title names the
release's company (its About's name), not a firm; a region before the dash and a role after
the name are both kept ("Investor Relations, Europe").

The excerpts edit real contact blocks: Sears, Roebuck and Co.'s 2004 PR Newswire trailer
(Edgar P. McDougal) and Pericom Semiconductor's 2006 block (Alex Hui, Angela Chen), each
into a shape other releases print.
"""

from __future__ import annotations

import time

from test_prsc53_round53 import _SEARS, _SEARS_TAIL  # (Sears' trailer and its file)

from filing2json.parsers.sections.press_contacts import contacts_in
from filing2json.parsers.sections.press_dateline import block_dateline
from support import FILINGS, PERICOM_2006, PERICOM_BLOCK, edited_record, pericom_contacts

_Brief = list[tuple[str | None, ...]]


def _sears(block: str) -> _Brief:
    """Sears' 2004 release with its trailer printed as ``block``."""
    releases = edited_record(FILINGS / _SEARS, {_SEARS_TAIL: block})["press_releases"]
    return [(c["name"], c["organization"], c["role"], c["phone"])
            for release in releases for c in release["contacts"]]


def _pericom(block: str) -> _Brief:
    return [(c["name"], c["organization"], c["role"], c["phone"]) for c in pericom_contacts(block)]


def test_the_firm_the_release_prints_before_the_dash() -> None:
    # edited: Sears' trailer as one person under its firm and a dash, her phone alone under
    # it ("Edgar" no common given name; was: "Sears Roebuck" the person, of the firm "Edgar
    # McDougal"); the lead prints "Sears, Roebuck and Co. (NYSE: S) today reported"
    assert _sears("CONTACT:\nSears Roebuck - Edgar McDougal\n847-286-9669\n") == [
        ("Edgar McDougal", "Sears Roebuck", None, "847-286-9669")]
    assert _sears("CONTACT:  Sears Roebuck - Edgar McDougal, 847-286-9669\n") == [
        ("Edgar McDougal", "Sears Roebuck", None, "847-286-9669")]
    # the person first reads as before
    assert _sears("CONTACT:\nEdgar McDougal - Sears Roebuck\n847-286-9669\n") == [
        ("Edgar McDougal", "Sears Roebuck", None, "847-286-9669")]
    # the About's company tells it too; a firm the release does not print stays unread
    rows = ["CONTACT:", "Acme Widgets - Alex Hui", "408-435-0800"]
    assert [(c["name"], c["organization"]) for c in contacts_in(
        rows, ("Acme Widgets, Inc.", "Acme Widgets Reports Results", ""))] == [
        ("Alex Hui", "Acme Widgets")]
    assert [(c["name"], c["organization"]) for c in contacts_in(
        rows, ("Pericom Semiconductor Corporation", "", ""))] == [
        ("Acme Widgets", "Alex Hui")]


def test_a_region_and_a_dash_in_a_contact_block_is_no_dateline() -> None:
    # edited: Pericom's 2006 block with one person under a region and a double dash (was:
    # the dateline "EMEA", no date, no headline, no contact)
    for block in ("CONTACT:\nEMEA -- Angela Chen\n+44 20 7555 0100\n",
                  "CONTACT:\nEMEA -- Angela Chen, +44 20 7555 0100\n"):
        assert _pericom(block) == [("Angela Chen", None, "EMEA", "+44 20 7555 0100")]
        record = edited_record(FILINGS / PERICOM_2006, {PERICOM_BLOCK: block})
        (release,) = record["press_releases"]
        assert release["dateline"] == {"city": "San Jose", "state": "Calif.",
                                       "date": "2006-08-16"}
    # a dateline before an announcement still ends a block
    assert block_dateline("EMEA -- Angela Chen, +44 20 7555 0100") is False
    assert block_dateline("NEW YORK -- Acme Corp. today announced") is True
    assert block_dateline("SAN JOSE, Calif., Aug. 16, 2006 -- Angela Chen") is True


def test_of_the_company_is_the_releases_company() -> None:
    # edited: Pericom's 2006 block with its officer's title "of the Company" (was: the role
    # "Chief Financial Officer of the Company", no organisation); its About names it
    for block in ("CONTACT:\nAlex Hui, Chief Financial Officer of the Company\n"
                  "408-435-0800\n",
                  "CONTACT: Alex Hui, Chief Financial Officer of the Company, 408-435-0800\n"):
        assert _pericom(block) == [("Alex Hui", "Pericom Semiconductor Corporation",
                                    "Chief Financial Officer", "408-435-0800")]
    # with no company known the organisation stays unknown
    assert [(c["organization"], c["role"]) for c in contacts_in(
        ["CONTACT:", "Alex Hui, VP Finance of the Corporation", "408-435-0800"])] == [
        (None, "VP Finance")]


def test_a_region_and_a_role_are_both_kept() -> None:
    # edited: Pericom's 2006 block with a region before the name and her role after it
    # (was: "Investor Relations", the region dropped)
    for block in ("CONTACT:\nEurope - Angela Chen, Investor Relations\n+44 20 7555 0100\n",
                  "CONTACT:\nEurope - Angela Chen, Investor Relations, +44 20 7555 0100\n"):
        assert _pericom(block) == [
            ("Angela Chen", None, "Investor Relations, Europe", "+44 20 7555 0100")]
    # a department first stays the role alone
    assert [(c["name"], c["role"]) for c in contacts_in(
        ["CONTACT:", "Investor Relations, Dana White, 312-555-0110"])] == [
        ("Dana White", "Investor Relations")]


def test_long_rows_parse_fast() -> None:
    rows = ["CONTACT:", "EMEA -- " * 25_000 + "Angela Chen, 408-435-0800",
            "Sears Roebuck - Edgar McDougal, " + "Chief of the Company " * 10_000]
    start = time.process_time()
    contacts_in(rows, ("Sears Roebuck " * 20_000, "x " * 50_000, ""))
    block_dateline("EMEA -- " + "Angela " * 30_000)
    assert time.process_time() - start < 5.0  # (quadratic: minutes)
