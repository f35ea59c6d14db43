"""Press contacts round 72b: a call sentence's stop no longer closes the value before it and a
desk's words after the number are the role ("Brian McDermott at (201) 628-2275, Investor
Relations."), a title of address in brackets is no role ("(Mr.)"), "contact us at NUMBER,
NAME" names the person, and an e-mail given to the next person's bracket goes back to the
person whose name its mailbox spells ("bmcd@..." -> Brian McDermott); on Union Camp 1994
with its head's contact line cut, edited as each test says; with the neighbours that must
not change. And two contacts printed in one HTML table row (name | phone | e-mail cells each,
on Apple's release): the first one's e-mail, nearer the second name's cell, is hers."""

from __future__ import annotations

import time

from test_rel68b_round68 import _people, _union_camp
from test_rel70_round70 import _INVESTORS, _MEDIA, _apple_table

from filing2json.parsers.sections.press_contacts import find_contacts

_PHONE = "(201) 628-2275"
_MAIL = "bmcd@unioncamp.com"


def _found(text: str) -> list[tuple[str | None, ...]]:
    return [(c["name"], c["organization"], c["role"], c["phone"], c["email"])
            for c in find_contacts(text)]


def test_desk_after_the_number_is_the_role() -> None:
    original = _union_camp(None)
    # (was: the organisation "Investor Relations." with the sentence's stop)
    release = _union_camp("\nFor more information, contact Brian McDermott at (201) 628-2275, "
                          "Investor Relations.\n")
    assert _people(release) == [("Brian McDermott", None, "Investor Relations", _PHONE, None)]
    assert release["about"] == original["about"]
    assert release["body"] == original["body"]
    # (was: "Corporate Communications.")
    assert _people(_union_camp("\nFor more information, contact Brian McDermott at "
                               "(201) 628-2275, Corporate Communications.\n")) == [
        ("Brian McDermott", None, "Corporate Communications", _PHONE, None)]
    assert _found("Contact: Jane Doe at (212) 555-0100, Investor Relations.\n") == [
        ("Jane Doe", None, "Investor Relations", "(212) 555-0100", None)]


def test_desk_after_the_number_neighbours() -> None:
    # a firm's abbreviation keeps its own stop, and stays the organisation
    assert _people(_union_camp("\nFor more information, contact Brian McDermott at "
                               "(201) 628-2275, Union Camp Corp.\n")) == [
        ("Brian McDermott", "Union Camp Corp.", None, _PHONE, None)]
    assert _found("Contact: Jane Doe at (212) 555-0100, Acme Widgets, Inc.\n") == [
        ("Jane Doe", "Acme Widgets, Inc.", None, "(212) 555-0100", None)]
    # the desk printed before the number (round 65): the role, as before
    assert _found("Contact: Jane Doe, Investor Relations, (212) 555-0100\n") == [
        ("Jane Doe", None, "Investor Relations", "(212) 555-0100", None)]


def test_title_of_address_in_brackets() -> None:
    # (was: the role "Mr.")
    assert _people(_union_camp("\nContact: Brian McDermott (Mr.), (201) 628-2275\n")) == [
        ("Brian McDermott", None, None, _PHONE, None)]
    assert _found("Contact: Jane Doe (Ms.) (212) 555-0100\n") == [
        ("Jane Doe", None, None, "(212) 555-0100", None)]
    # a job in brackets stays the role
    assert _people(_union_camp("\nContact: Brian McDermott (CFO), (201) 628-2275\n")) == [
        ("Brian McDermott", None, "CFO", _PHONE, None)]


def test_contact_us_at_the_number() -> None:
    original = _union_camp(None)
    # (was: no contact)
    release = _union_camp("\nFor more information, contact us at (201) 628-2275, "
                          "Brian McDermott.\n")
    assert _people(release) == [("Brian McDermott", None, None, _PHONE, None)]
    assert release["about"] == original["about"]
    # (was: the organisation "Us")
    assert _found("For more information, Contact Us at (212) 555-0100, Jane Doe.\n") == [
        ("Jane Doe", None, None, "(212) 555-0100", None)]
    # no one named: none, as before; a firm before "at" stays hers (round 72)
    assert _people(_union_camp("\nFor more information, contact us at (201) 628-2275.\n")
                   ) == []
    assert _found("For more information, contact Acme Widgets at (212) 555-0100, Jane Doe.\n"
                  ) == [("Jane Doe", "Acme Widgets", None, "(212) 555-0100", None)]


def test_email_follows_the_name_it_spells() -> None:
    # (was: the e-mail John Roe's) the mailbox spells Brian McDermott's name
    assert _people(_union_camp(f"\nContact: Brian McDermott, {_MAIL} (John Roe)\n")) == [
        ("Brian McDermott", None, None, None, _MAIL), ("John Roe", None, None, None, None)]
    assert _people(_union_camp(f"\nContact: Brian McDermott, {_PHONE}, {_MAIL} (John Roe)\n")
                   ) == [("Brian McDermott", None, None, _PHONE, _MAIL),
                         ("John Roe", None, None, _PHONE, None)]


def test_email_follows_the_name_it_spells_neighbours() -> None:
    # the mailbox spells John Roe's name, or neither's: it stays his
    assert _people(_union_camp("\nContact: Brian McDermott, jroe@unioncamp.com (John Roe)\n")
                   ) == [("Brian McDermott", None, None, None, None),
                         ("John Roe", None, None, None, "jroe@unioncamp.com")]
    assert _people(_union_camp("\nContact: Brian McDermott, press@unioncamp.com (John Roe)\n")
                   ) == [("Brian McDermott", None, None, None, None),
                         ("John Roe", None, None, None, "press@unioncamp.com")]


def test_two_contacts_in_one_table_row() -> None:
    # (was: Suhasini Chandramouli with no e-mail) each name's cells follow it
    release = _apple_table(
        b"<p>Contacts:</p><table><tr><td>Suhasini Chandramouli</td><td>(408) 974-3123</td>"
        b"<td>suhasini@apple.com</td><td>Josh Rosenstock</td><td>(408) 862-1142</td>"
        b"<td>jrosenstock@apple.com</td></tr></table>")
    assert _people(release) == [(*_INVESTORS[:2], None, *_INVESTORS[3:]),
                                (*_MEDIA[:2], None, *_MEDIA[3:])]
    assert _found("Contacts:\nSuhasini Chandramouli    (408) 974-3123    suhasini@apple.com    "
                  "Josh Rosenstock    (408) 862-1142    jrosenstock@apple.com\n") == [
        ("Suhasini Chandramouli", None, None, "(408) 974-3123", "suhasini@apple.com"),
        ("Josh Rosenstock", None, None, "(408) 862-1142", "jrosenstock@apple.com")]


def test_two_contacts_in_one_table_row_neighbours() -> None:
    # one contact a row, and each row's desk in its first cell: as before
    release = _apple_table(
        b"<table><tr><td>Investors:</td><td>Suhasini Chandramouli</td><td>(408) 974-3123</td>"
        b"<td>suhasini@apple.com</td></tr><tr><td>Media:</td><td>Josh Rosenstock</td>"
        b"<td>(408) 862-1142</td><td>jrosenstock@apple.com</td></tr></table>")
    assert _people(release) == [_INVESTORS, _MEDIA]
    # the names' row over the phones' and the e-mails' rows (round 70)
    release = _apple_table(
        b"<table><tr><td>Investors:</td><td>Media:</td></tr>"
        b"<tr><td>Suhasini Chandramouli</td><td>Josh Rosenstock</td></tr>"
        b"<tr><td>(408) 974-3123</td><td>(408) 862-1142</td></tr>"
        b"<tr><td>suhasini@apple.com</td><td>jrosenstock@apple.com</td></tr></table>")
    assert _people(release) == [_INVESTORS, _MEDIA]


def test_contact_us_scan_is_linear() -> None:
    line = "For more information, contact us at " + "1" * 24 + " " * 100
    text = ("Contact: " + (line + "x. ") * 600)[:200_000] + "\n"
    start = time.process_time()
    find_contacts(text)
    assert time.process_time() - start < 5
