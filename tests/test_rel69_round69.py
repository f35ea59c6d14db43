"""Press contacts round 69 (speed, issue 6): the contact readers do less work per item and
per row (a cell's number cuts only where it holds a digit, a row with no gap read as one
cell without the column walk, the dash and "&" tests before their loops); these tests pin
the values the faster paths give on the samples and the shapes each fast path skips or
keeps."""

from __future__ import annotations

import time
from typing import Any

from filing2json.parsers.sections.press_contact_columns import _cells
from filing2json.parsers.sections.press_contact_vocab import person_named_firm, segment_name
from filing2json.parsers.sections.press_contacts import contacts_in, find_contacts
from support import sample


def _people(found: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [(c["name"], c["organization"], c["role"], c["phone"], c["email"], c["url"])
            for c in found]


def test_samples_contacts_as_before() -> None:
    # seed 000: two people stacked, each with "(t)" and "(e)" labels after the fields
    release = sample("000")["press_releases"][0]
    assert _people(release["contacts"])[:2] == [
        ("John Dinsmore", "Feldman Communications Inc.", None, "410-571-8900",
         "JDFelCom@aol.com", "www.FeldmanCommunications.com"),
        ("Alan Russell", "CTC Communications", None, "781-522-8731", "arussell@ctcnet.com",
         "http://www.ctcnet.com"),
    ]


def test_one_cell_row_keeps_its_indent() -> None:
    # a row with no tab and no run of three blanks is one cell at its indent (the fast path)
    assert _cells("  Jane Doe, Acme Corp.,") == [(2, "Jane Doe, Acme Corp.")]
    assert _cells(" ,  ") == []
    # a street or town line in the cell is cut, as in a row of columns
    assert _cells("Austin, TX 78701") == []
    # a gap still parts the cells
    assert _cells("Jane Doe   John Roe") == [(0, "Jane Doe"), (11, "John Roe")]
    assert _cells("Jane Doe\tJohn Roe") == [(0, "Jane Doe"), (16, "John Roe")]


def test_numbers_cut_only_where_a_digit_is() -> None:
    # a line with a digit: each kind of number still cut (a trunk "(0)", one with no area
    # code, a toll-free number in letters)
    assert _people(find_contacts(
        "Media Contact:\nBob Smith | +44 (0)20 7123 4567 | press@globex.com\n")) == [
        ("Bob Smith", None, "Media Contact", "+44 (0)20 7123 4567", "press@globex.com", None)]
    assert _people(contacts_in(["CONTACT:", "Jane Doe", "452-2111"])) == [
        ("Jane Doe", None, None, "452-2111", None, None)]
    assert _people(contacts_in(["Contact:", "Jane Doe", "Toll-free: 1-800-FLOWERS"])) == [
        ("Jane Doe", None, None, "1-800-FLOWERS", None, None)]
    # a line with none: a name and a firm, nothing cut
    assert _people(contacts_in(["Contact:", "Jane Doe", "Acme Widgets, Inc."])) == [
        ("Jane Doe", "Acme Widgets, Inc.", None, None, None, None)]


def test_dash_and_ampersand_tests() -> None:
    # an en dash after a region still parts it from the name
    assert _people(contacts_in(
        ["Contacts:", "Europe \u2013 Angela Chen, Investor Relations, +44 20 7123 4567"])) == [
        ("Angela Chen", None, "Investor Relations, Europe", "+44 20 7123 4567", None, None)]
    # "&" and "and" still dropped from a firm's words; none: the words as they are
    assert person_named_firm("Hill & Knowlton") is True
    assert person_named_firm("Hill and Knowlton") is True
    assert person_named_firm("Jane Doe") is False
    assert segment_name("Consumer Products") is True


def test_long_block_time() -> None:
    # ~200 KB of stacked one-cell rows with no gap, digits and dashes: linear work
    rows = ["Contact:"] + ["Jane Doe - Acme & Sons, 212-555-0100 x9"] * 5000
    start = time.process_time()
    contacts_in(rows)
    assert time.process_time() - start < 5
