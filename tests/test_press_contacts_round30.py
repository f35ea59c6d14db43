"""Contacts round 30: layouts of real releases the earlier rounds missed."""

from __future__ import annotations

from typing import Any

from test_press_contacts_round28 import _HEAD  # the same 8-K text as the round before
from test_press_contacts_round29 import _TEXT_HEAD

from filing2json.parsers.sections.press_release import parse_press_release
from filing2json.parsers.text import html_to_text

_Brief = list[tuple[str | None, ...]]


def _brief(contacts: list[dict[str, str | None]]) -> _Brief:
    return [(c["name"], c["organization"], c["role"], c["phone"], c["email"]) for c in contacts]


def text_release(tail: str) -> dict[str, Any]:
    """The release of a 1990s plain-text 8-K head over `tail` (shared with later rounds)."""
    release = parse_press_release(_TEXT_HEAD + tail, "EX-99.1")
    assert release is not None
    return release


def html_release(tail: str) -> dict[str, Any]:
    """The release of an HTML exhibit head over `tail`, rendered (shared with later rounds)."""
    release = parse_press_release(html_to_text(_HEAD + tail + "</body></html>"), "EX-99.1")
    assert release is not None
    return release


def _text_contacts(tail: str) -> _Brief:
    return _brief(text_release(tail)["contacts"])


def _html_contacts(tail: str) -> _Brief:
    return _brief(html_release(tail)["contacts"])


def test_office_label_before_a_name_is_the_role() -> None:
    # "Dallas Office: Jane Doe": the office is no part of the name
    assert _text_contacts(
        "CONTACTS:\n"
        "Dallas Office: Margaret Ellison, (214) 555-0100\n"
        "Houston Office: Carl Petersen, (713) 555-0199\n"
    ) == [
        ("Margaret Ellison", None, "Dallas Office", "(214) 555-0100", None),
        ("Carl Petersen", None, "Houston Office", "(713) 555-0199", None),
    ]


def test_office_label_alone_over_its_people() -> None:
    assert _text_contacts(
        "Contacts:\n"
        "Dallas Office:\n"
        "Margaret Ellison\n"
        "(214) 555-0100\n\n"
        "New York Office:\n"
        "Carl Petersen\n"
        "(212) 555-0199\n"
    ) == [
        ("Margaret Ellison", None, "Dallas Office", "(214) 555-0100", None),
        ("Carl Petersen", None, "New York Office", "(212) 555-0199", None),
    ]


def test_region_labels_in_html_cells() -> None:
    # "<b>U.S.:</b> Name<br>phone<br>e-mail" side by side with "<b>Europe:</b> ..."
    assert _html_contacts(
        "<p>Media Contacts:</p><table><tr>"
        "<td><b>U.S.:</b> Jennifer Alvarez<br>+1 512 555 0143<br>jalvarez@zenithinst.com</td>"
        "<td><b>Europe:</b> Hans Becker<br>+49 89 1234 5678<br>hbecker@zenithinst.com</td>"
        "</tr></table>"
    ) == [
        ("Jennifer Alvarez", None, "U.S.", "+1 512 555 0143", "jalvarez@zenithinst.com"),
        ("Hans Becker", None, "Europe", "+49 89 1234 5678", "hbecker@zenithinst.com"),
    ]


def test_region_label_line_after_a_group_label_line() -> None:
    # the second line was the first person's organisation ("Europe: Hans Becker")
    assert _text_contacts(
        "Contacts:\n"
        "U.S. Media: Jennifer Alvarez, +1 512 555 0143, jalvarez@zenithinst.com\n"
        "Asia Pacific: Kenji Tanaka, +81 3 5555 0143, ktanaka@zenithinst.com\n"
    ) == [
        ("Jennifer Alvarez", None, "U.S. Media", "+1 512 555 0143", "jalvarez@zenithinst.com"),
        ("Kenji Tanaka", None, "Asia Pacific", "+81 3 5555 0143", "ktanaka@zenithinst.com"),
    ]


def test_firm_label_before_a_name_is_the_organisation() -> None:
    # UK "Enquiries:" lines: "<firm>: <name>, <phone>" (a firm that reads as a person's name
    # is one when the e-mail's domain spells it)
    assert _text_contacts(
        "Enquiries:\n"
        "Zenith Instruments: Jane Brown, +44 (0)20 7123 4567, jbrown@zenithinst.co.uk\n"
        "Brunswick Group: Tom Burns, +44 (0)20 7404 5959\n"
    ) == [
        ("Jane Brown", "Zenith Instruments", None, "+44 (0)20 7123 4567",
         "jbrown@zenithinst.co.uk"),
        ("Tom Burns", "Brunswick Group", None, "+44 (0)20 7404 5959", None),
    ]


def test_firm_led_by_a_place_word_is_the_organisation() -> None:
    # a region word then a firm's word names a firm, no region: "Japan Tobacco", "US Bancorp"
    assert _text_contacts(
        "CONTACTS:\n"
        "Japan Tobacco: Hiroshi Tanaka, +81 3 5572 4292\n"
        "US Bancorp: Steven Dale, (612) 303-0784\n"
        "International Paper: Jennifer Hardin, (901) 419-4967\n"
    ) == [
        ("Hiroshi Tanaka", "Japan Tobacco", None, "+81 3 5572 4292", None),
        ("Steven Dale", "US Bancorp", None, "(612) 303-0784", None),
        ("Jennifer Hardin", "International Paper", None, "(901) 419-4967", None),
    ]


def test_in_a_country_headings_are_the_role() -> None:
    # "In Canada:" / "In the U.S.:" over their people: the country, no firm
    assert _text_contacts(
        "CONTACTS:\n"
        "In Canada:\n"
        "Margaret Ellison\n"
        "(416) 555-0143\n\n"
        "In the U.S.:\n"
        "Carl Petersen\n"
        "(212) 555-0199\n"
    ) == [
        ("Margaret Ellison", None, "Canada", "(416) 555-0143", None),
        ("Carl Petersen", None, "U.S.", "(212) 555-0199", None),
    ]


def test_label_that_reads_as_a_name_is_no_firm() -> None:
    # no domain spells "Frank Wilson": neither the firm nor the role of the one after it
    assert _text_contacts(
        "CONTACT:\n"
        "Frank Wilson: Margaret Ellison, (512) 555-0143\n"
    ) == [("Margaret Ellison", None, None, "(512) 555-0143", None)]


def test_department_word_under_a_name_is_no_firm() -> None:
    # "@zenithcommunications.com" holds "communications": the department, not a firm
    assert _html_contacts(
        "<p align=\"center\">###</p><p>Contacts:</p><table><tr>"
        "<td>Margaret Ellison<br>Communications<br>(512) 555-0143<br>"
        "mellison@zenithcommunications.com</td>"
        "<td>Carl Petersen<br>Marketing<br>(512) 555-0199<br>"
        "cpetersen@marketingworks.com</td>"
        "</tr></table>"
    ) == [
        ("Margaret Ellison", None, "Communications", "(512) 555-0143",
         "mellison@zenithcommunications.com"),
        ("Carl Petersen", None, "Marketing", "(512) 555-0199", "cpetersen@marketingworks.com"),
    ]


def test_bracketed_at_before_a_phone_is_no_email() -> None:
    # "(at) 512.555.0143": a dotted phone number, no domain of an e-mail
    assert _text_contacts(
        "Contact:\n"
        "Margaret Ellison\n"
        "Zenith Instruments, Inc.\n"
        "Phone (at) 512.555.0143\n"
    ) == [("Margaret Ellison", "Zenith Instruments, Inc.", None, "512.555.0143", None)]


def test_obfuscated_email_is_the_email() -> None:
    assert _text_contacts(
        "Contact:\n"
        "Margaret Ellison\n"
        "Zenith Instruments, Inc.\n"
        "(512) 555-0143\n"
        "mellison (at) zenithinst.com\n"
    ) == [("Margaret Ellison", "Zenith Instruments, Inc.", None, "(512) 555-0143",
           "mellison@zenithinst.com")]


def test_obfuscated_email_in_brackets_in_an_html_cell() -> None:
    assert _html_contacts(
        "<p>Contact:</p><p>Margaret Ellison<br>Zenith Instruments<br>(512) 555-0143<br>"
        "mellison[at]zenithinst[dot]com</p>"
    ) == [("Margaret Ellison", "Zenith Instruments", None, "(512) 555-0143",
           "mellison@zenithinst.com")]


def test_one_word_firm_under_a_name_in_a_table_cell() -> None:
    # "Name<br>ICR<br>phone<br>e-mail" renders "Name ICR phone e-mail": the firm the
    # e-mail's domain spells
    assert _html_contacts(
        "<p align=\"center\">###</p><p>Contacts:</p><table><tr>"
        "<td>Margaret Ellison<br>Chief Financial Officer<br>Zenith Instruments, Inc.<br>"
        "(512) 555-0143<br>mellison@zenithinst.com</td>"
        "<td>Brian Kowalski<br>ICR<br>(646) 277-1200<br>brian.kowalski@icrinc.com</td>"
        "</tr></table>"
    ) == [
        ("Margaret Ellison", "Zenith Instruments, Inc.", "Chief Financial Officer",
         "(512) 555-0143", "mellison@zenithinst.com"),
        ("Brian Kowalski", "ICR", None, "(646) 277-1200", "brian.kowalski@icrinc.com"),
    ]


def test_firm_named_after_its_founders_is_no_person() -> None:
    assert _text_contacts(
        "Media Contact:\n"
        "Andrew Siegel / Aaron Palash\n"
        "Joele Frank, Wilkinson Brimmer Katcher\n"
        "(212) 355-4449\n"
    ) == [
        ("Andrew Siegel", "Joele Frank, Wilkinson Brimmer Katcher", "Media Contact",
         "(212) 355-4449", None),
        ("Aaron Palash", "Joele Frank, Wilkinson Brimmer Katcher", "Media Contact",
         "(212) 355-4449", None),
    ]


def test_firm_label_with_its_legal_form_or_initials() -> None:
    # "Acme plc:", "Acme, Inc.:" and "FTI Consulting:" before the name: the firm
    assert _text_contacts(
        "Enquiries:\n"
        "Zenith Instruments plc: Jane Brown, +44 (0)20 7123 4567\n"
        "FTI Consulting: Tom Burns, +44 (0)20 3727 1000\n"
    ) == [
        ("Jane Brown", "Zenith Instruments plc", None, "+44 (0)20 7123 4567", None),
        ("Tom Burns", "FTI Consulting", None, "+44 (0)20 3727 1000", None),
    ]
    assert _text_contacts(
        "CONTACT:\n"
        "Zenith Instruments, Inc.: Margaret Ellison, (512) 555-0143\n"
    ) == [("Margaret Ellison", "Zenith Instruments, Inc.", None, "(512) 555-0143", None)]
