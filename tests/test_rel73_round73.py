"""Press contacts round 73: "contact us at <number or e-mail>, <name>" call sentences with no
"For more information" lead ("Please contact us at (201) 628-2275 or bmcd@unioncamp.com,
Brian McDermott."), a mailbox of a given name alone ("suhasini@apple.com") belonging to
that person, and an e-mail given to the earlier of two people when it spells only the later
one's name moved to the later one; on Union Camp 1994 with its head's contact line cut and
Apple 2024 with its contact block replaced, edited as each test says; with the neighbours
that must not change."""

from __future__ import annotations

import time

from test_rel68b_round68 import _people, _union_camp
from test_rel70_round70 import _INVESTORS, _MEDIA, _apple_table
from test_rel72b_round72 import _MAIL, _PHONE, _found

from filing2json.parsers import parse
from filing2json.parsers.sections.press_contacts import find_contacts
from support import FILINGS

_BRIAN = ("Brian McDermott", None, None, _PHONE, None)


def test_contact_us_without_information_lead() -> None:
    original = _union_camp(None)
    # (was: no contacts) "us at" the number and the e-mail, the person after them
    release = _union_camp(f"\nPlease contact us at {_PHONE} or {_MAIL}, Brian McDermott.\n")
    assert _people(release) == [("Brian McDermott", None, None, _PHONE, _MAIL)]
    assert release["about"] == original["about"]
    assert release["body"] == original["body"]
    # a desk's call: its desk the role
    release = _union_camp(f"\nInvestors may contact us at {_PHONE}, Brian McDermott.\n")
    assert _people(release) == [("Brian McDermott", None, "Investors", _PHONE, None)]
    assert release["about"] == original["about"]
    # after the question, and after another sentence of the paragraph
    assert _people(_union_camp(f"\nIf you have any questions, please contact us at {_PHONE}, "
                               "Brian McDermott.\n")) == [_BRIAN]
    assert _people(_union_camp(f"\nRepairs begin today. Please contact us at {_PHONE}, "
                               "Brian McDermott.\n")) == [_BRIAN]
    # the e-mail first, or "by e-mail at"; the person's desk after the name
    assert _people(_union_camp(f"\nPlease contact us at {_MAIL} or {_PHONE}, Brian McDermott.\n")
                   ) == [("Brian McDermott", None, None, _PHONE, _MAIL)]
    assert _people(_union_camp(f"\nPlease contact us at {_PHONE} or by e-mail at {_MAIL}, "
                               "Brian McDermott.\n")) == [
        ("Brian McDermott", None, None, _PHONE, _MAIL)]
    assert _people(_union_camp(f"\nShareholders may contact us at {_PHONE} or {_MAIL}, Brian "
                               "McDermott, Investor Relations.\n")) == [
        ("Brian McDermott", None, "Investor Relations", _PHONE, _MAIL)]
    # (the purpose after the name is no role)
    assert _found(f"Contact us at {_PHONE}, Brian McDermott, for more information.\n") == [
        _BRIAN]


def test_contact_us_with_information_lead() -> None:
    # (was: no contacts) "For more information" with the e-mail too, or the e-mail alone
    assert _people(_union_camp(f"\nFor more information, contact us at {_PHONE} or {_MAIL}, "
                               "Brian McDermott.\n")) == [
        ("Brian McDermott", None, None, _PHONE, _MAIL)]
    assert _people(_union_camp(f"\nFor more information, contact us at {_MAIL}, "
                               "Brian McDermott.\n")) == [
        ("Brian McDermott", None, None, None, _MAIL)]


def test_contact_us_neighbours() -> None:
    original = _union_camp(None)
    # no one named after the fields: no contact, the release as before
    for sentence in (f"Please contact us at {_PHONE} or info@unioncamp.com.",
                     f"Please contact us at {_PHONE}, Union Camp.",
                     f"Please contact us at {_PHONE}, Monday through Friday.",
                     f"For more information, contact us at {_PHONE}."):
        release = _union_camp(f"\n{sentence}\n")
        assert _people(release) == []
        assert release["about"] == original["about"]
    # "For more information" with the number alone (round 72b), and a person's call
    assert _people(_union_camp(f"\nFor more information, contact us at {_PHONE}, "
                               "Brian McDermott.\n")) == [_BRIAN]
    assert _people(_union_camp(f"\nPlease contact Brian McDermott at {_PHONE}.\n")) == [_BRIAN]


def test_mailbox_of_a_given_name() -> None:
    # (was: each the other's e-mail) columns of e-mails printed the wrong way round: each
    # mailbox spells one name only ("suhasini": Suhasini Chandramouli)
    release = _apple_table(
        b"<table><tr><td>Investors:</td><td>Media:</td></tr>"
        b"<tr><td>Suhasini Chandramouli</td><td>Josh Rosenstock</td></tr>"
        b"<tr><td>(408) 974-3123</td><td>(408) 862-1142</td></tr>"
        b"<tr><td>jrosenstock@apple.com</td><td>suhasini@apple.com</td></tr></table>")
    assert _people(release) == [_INVESTORS, _MEDIA]
    # (was: John Roe's) the given name's mailbox after the next person's bracket
    assert _people(_union_camp(f"\nContact: Brian McDermott {_PHONE} (John Roe), "
                               "brian@unioncamp.com\n")) == [
        ("Brian McDermott", None, None, _PHONE, "brian@unioncamp.com"),
        ("John Roe", None, None, None, None)]


def test_email_spelling_the_later_name_moves() -> None:
    # (was: Suhasini Chandramouli's) the one e-mail of the row under the first column
    release = _apple_table(
        b"<table><tr><td>Investors:</td><td>Media:</td></tr>"
        b"<tr><td>Suhasini Chandramouli</td><td>Josh Rosenstock</td></tr>"
        b"<tr><td>(408) 974-3123</td><td>(408) 862-1142</td></tr>"
        b"<tr><td>jrosenstock@apple.com</td><td></td></tr></table>")
    assert _people(release) == [(*_INVESTORS[:4], None), _MEDIA]
    # (was: Brian McDermott's) on one line, and stacked
    assert _people(_union_camp(f"\nContacts: Brian McDermott, {_PHONE}, jroe@unioncamp.com; "
                               "John Roe, (212) 555-0100\n")) == [
        _BRIAN, ("John Roe", None, None, "(212) 555-0100", "jroe@unioncamp.com")]
    assert _found(f"Contact:\nBrian McDermott\n{_PHONE}\njohn@unioncamp.com\n\nJohn Roe\n"
                  "(212) 555-0100\n") == [
        _BRIAN, ("John Roe", None, None, "(212) 555-0100", "john@unioncamp.com")]


_PERICOM = FILINGS / "8k_2006_pericomsemiconductorco_5.txt"
# Pericom's PR Newswire trailer as filed: each person's e-mail after the name
_TRAILER = b"Alexis Pascal, alexis@stapleton.com, or Deborah Stapleton,\ndeb@stapleton.com,"
_STAPLETON = ("Stapleton Communications", None, "+1-650-470-0200")


def _pericom(trailer: bytes) -> list[tuple[str | None, ...]]:
    data = _PERICOM.read_bytes()
    assert _TRAILER in data
    release = parse(data.replace(_TRAILER, trailer), _PERICOM.name)["press_releases"][0]
    return [(c["name"], c["organization"], c["role"], c["phone"], c["email"])
            for c in release["contacts"]]


def test_short_given_name_mailbox_moves() -> None:
    # (was: Alexis Pascal's) "deb": the first letters of Deborah Stapleton's given name
    assert _pericom(b"Alexis Pascal, deb@stapleton.com, or Deborah Stapleton,") == [
        ("Alexis Pascal", *_STAPLETON, None),
        ("Deborah Stapleton", *_STAPLETON, "deb@stapleton.com")]
    # as filed, and the earlier one's mailbox printed after the later name: his (as before)
    assert _pericom(_TRAILER) == [("Alexis Pascal", *_STAPLETON, "alexis@stapleton.com"),
                                  ("Deborah Stapleton", *_STAPLETON, "deb@stapleton.com")]
    assert _pericom(b"Alexis Pascal, or Deborah Stapleton,\nalexis@stapleton.com,") == [
        ("Alexis Pascal", *_STAPLETON, "alexis@stapleton.com"),
        ("Deborah Stapleton", *_STAPLETON, None)]


def test_email_spelling_the_later_name_neighbours() -> None:
    # Apple's release as filed, and its e-mails in their own columns
    assert _people(_apple_table(
        b"<table><tr><td>Investors:</td><td>Media:</td></tr>"
        b"<tr><td>Suhasini Chandramouli</td><td>Josh Rosenstock</td></tr>"
        b"<tr><td>(408) 974-3123</td><td>(408) 862-1142</td></tr>"
        b"<tr><td>suhasini@apple.com</td><td>jrosenstock@apple.com</td></tr></table>")
    ) == [_INVESTORS, _MEDIA]
    # a desk's mailbox, or one spelling neither name, stays where it is printed
    for mail in ("press@unioncamp.com", "info@unioncamp.com"):
        assert _found(f"Contacts: Brian McDermott, {_PHONE}, {mail}; John Roe, "
                      "(212) 555-0100\n") == [
            ("Brian McDermott", None, None, _PHONE, mail),
            ("John Roe", None, None, "(212) 555-0100", None)]
    # the later one has an e-mail of his own: none moves
    assert _found(f"Contacts: Brian McDermott, {_PHONE}, jroe@unioncamp.com; John Roe, "
                  "(212) 555-0100, press@unioncamp.com\n") == [
        ("Brian McDermott", None, None, _PHONE, "jroe@unioncamp.com"),
        ("John Roe", None, None, "(212) 555-0100", "press@unioncamp.com")]
    # a mailbox both names spell ("john": John Smith and John Roe) stays
    assert _found(f"Contacts: John Smith, {_PHONE}, john@unioncamp.com; John Roe, "
                  "(212) 555-0100\n") == [
        ("John Smith", None, None, _PHONE, "john@unioncamp.com"),
        ("John Roe", None, None, "(212) 555-0100", None)]
    # the e-mail spelling the earlier name goes back to it (round 72b)
    assert _people(_union_camp(f"\nContact: Brian McDermott, {_MAIL} (John Roe)\n")) == [
        ("Brian McDermott", None, None, None, _MAIL), ("John Roe", None, None, None, None)]


def test_contact_us_scan_is_linear() -> None:
    line = "Please contact us at (" + "1" * 30 + " or " + "a" * 60 + "@" + "b." * 50
    text = ("\n".join([line] * 2000))[:200_000] + "\n"
    start = time.process_time()
    find_contacts(text)
    assert time.process_time() - start < 5
