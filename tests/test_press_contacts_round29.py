"""Contacts round 29: layouts of real releases the earlier rounds missed."""

from __future__ import annotations

from test_press_contacts_round28 import _HEAD  # the same 8-K text as the round before

from filing2json.parsers.sections.press_release import parse_press_release
from filing2json.parsers.text import html_to_text

_TEXT_HEAD = (
    "ZENITH INSTRUMENTS REPORTS RECORD THIRD QUARTER REVENUE\n\n"
    "AUSTIN, Texas, Oct. 23, 1997 /PRNewswire/ -- Zenith Instruments, Inc. (Nasdaq: ZNTH)\n"
    "today announced revenue of $48.2 million for the third quarter ended September 30,\n"
    "1997, up 14 percent from a year ago.\n\n"
)

_Brief = list[tuple[str | None, ...]]


def _html_contacts(tail: str) -> _Brief:
    release = parse_press_release(html_to_text(_HEAD + tail + "</body></html>"), "EX-99.1")
    assert release is not None
    return _brief(release["contacts"])


def _brief(contacts: list[dict[str, str | None]]) -> _Brief:
    return [(c["name"], c["organization"], c["role"], c["phone"], c["email"]) for c in contacts]


def test_one_line_record_wrapped_after_a_comma() -> None:
    # PR Newswire's "CONTACT:" line (no slash) wrapped in the middle of the second person
    text = _TEXT_HEAD + (
        "CONTACT: John Smith, Chief Financial Officer, 512-555-0143, or Jane Doe,\n"
        "Investor Relations, 512-555-0178, both of Zenith Instruments, Inc.\n"
    )
    release = parse_press_release(text, "EX-99.1")
    assert release is not None
    assert _brief(release["contacts"]) == [
        ("John Smith", "Zenith Instruments, Inc.", "Chief Financial Officer", "512-555-0143",
         None),
        ("Jane Doe", "Zenith Instruments, Inc.", "Investor Relations", "512-555-0178", None),
    ]


def test_people_stacked_in_one_table_cell() -> None:
    # "<br>" lines of one cell render on one line: each person keeps their own number
    assert _html_contacts(
        "<table><tr><td><b>Media Contacts:</b><br>Karen Whitfield<br>(512) 555-0143<br>"
        "kwhitfield@zenithinst.com<br>Thomas Brandt<br>(512) 555-0178<br>"
        "tbrandt@zenithinst.com</td></tr></table>"
    ) == [
        ("Karen Whitfield", None, "Media Contact", "(512) 555-0143",
         "kwhitfield@zenithinst.com"),
        ("Thomas Brandt", None, "Media Contact", "(512) 555-0178", "tbrandt@zenithinst.com"),
    ]
    assert _html_contacts(
        "<p>Contacts:</p><table><tr><td>Karen Whitfield<br>Chief Financial Officer<br>"
        "512-555-0143<br>Thomas Brandt<br>Investor Relations<br>+44 (0)20 7123 4567"
        "</td></tr></table>"
    ) == [
        ("Karen Whitfield", None, "Chief Financial Officer", "512-555-0143", None),
        ("Thomas Brandt", None, "Investor Relations", "+44 (0)20 7123 4567", None),
    ]
    # a label and a second number under one person part nothing
    assert _html_contacts(
        "<table><tr><td><b>Investor Contact:</b><br>Karen Whitfield<br>Office: 512-555-0143"
        "<br>Mobile: 512-555-0199<br>kwhitfield@zenithinst.com</td></tr></table>"
    ) == [("Karen Whitfield", None, "Investor Contact", "512-555-0143",
           "kwhitfield@zenithinst.com")]


def test_firm_over_its_person_in_one_table_cell() -> None:
    # "<b>Media:</b><br>Sard Verbinnen &amp; Co<br>Name<br>phone" in each cell: the firm
    # printed over the name is that person's, whichever firm it is
    assert _html_contacts(
        "<p>Contacts:</p><table><tr><td><b>Media:</b><br>Sard Verbinnen &amp; Co<br>"
        "Paul Kranhold<br>415-618-8750</td><td><b>Investors:</b><br>Zenith Instruments,"
        " Inc.<br>Karen Whitfield<br>512-555-0143</td></tr></table>"
    ) == [
        ("Paul Kranhold", "Sard Verbinnen & Co", "Media", "415-618-8750", None),
        ("Karen Whitfield", "Zenith Instruments, Inc.", "Investors", "512-555-0143", None),
    ]


def _text_contacts(tail: str) -> _Brief:
    release = parse_press_release(_TEXT_HEAD + tail, "EX-99.1")
    assert release is not None
    return _brief(release["contacts"])


def test_person_over_a_firm_and_its_town_in_one_cell() -> None:
    # "<br>" lines name, firm, town: the person is the first line, the town no part of it
    for firm, town, phone in (
        ("Sard Verbinnen &amp; Co", "New York", "(212) 687-8080"),
        ("Brunswick Group LLP", "New York", "(212) 333-3810"),
        ("Zenith Holdings Ltd.", "United Kingdom", "+44 20 7555 0143"),
        ("Zenith Instruments, Inc.", "San Antonio", "(210) 555-0143"),
        ("Zenith Instruments, Inc.", "Palo Alto, CA", "(650) 555-0143"),
    ):
        assert _html_contacts(
            f"<table><tr><td><b>Media:</b><br>Karen Whitfield<br>{firm}<br>{town}<br>{phone}"
            "</td></tr></table>"
        ) == [("Karen Whitfield", firm.replace("&amp;", "&"), "Media", phone, None)]
    # a firm over a town only names no one
    assert _html_contacts(
        "<table><tr><td><b>Investor Contact:</b><br>Zenith Instruments, Inc.<br>San Antonio"
        "<br>(210) 555-0143</td></tr></table>"
    ) == []


def test_comma_ending_lines_of_a_stacked_block() -> None:
    # a comma ends a line of a stacked block: no one-line record wrapped
    assert _text_contacts(
        "Contact: John Smith\n         Chief Financial Officer,\n"
        "         Zenith Instruments, Inc.\n         (512) 555-0143\n"
    ) == [("John Smith", "Zenith Instruments, Inc.", "Chief Financial Officer",
           "(512) 555-0143", None)]
    assert _text_contacts(
        "Contacts:\nMedia: Jane Doe, (512) 555-0143,\nInvestors: John Roe, (512) 555-0178\n"
    ) == [("Jane Doe", None, "Media", "(512) 555-0143", None),
          ("John Roe", None, "Investors", "(512) 555-0178", None)]
    assert _text_contacts(
        "Contacts:\nJohn Smith, Chief Financial Officer,\n"
        "Jane Doe, Vice President, Investor Relations,\nZenith Instruments, Inc.\n"
        "(512) 555-0143\n"
    ) == [("John Smith", "Zenith Instruments, Inc.", "Chief Financial Officer",
           "(512) 555-0143", None),
          ("Jane Doe", "Zenith Instruments, Inc.", "Vice President, Investor Relations",
           "(512) 555-0143", None)]
    assert _text_contacts("CONTACT: John Smith,\n         Jane Doe\n         (512) 555-0143\n") == [
        ("John Smith", None, None, "(512) 555-0143", None),
        ("Jane Doe", None, None, "(512) 555-0143", None)]
    assert _text_contacts(
        "CONTACTS:\nZenith Instruments, Inc.,\n1234 Main Street, Austin, Texas 78701\n"
        "John Smith, 512-555-0143\n"
    ) == [("John Smith", "Zenith Instruments, Inc.", None, "512-555-0143", None)]


def test_phone_labels_and_places_in_a_cell_are_no_people() -> None:
    # "Karen Whitfield<br>(512) 555-0143<br>Toll Free (800) 555-0199": one person's numbers
    for label in ("Toll Free", "Main Line", "Voice Mail", "After Hours", "Main Number",
                  "Sales Desk", "United Kingdom:", "New York:"):
        assert _html_contacts(
            f"<table><tr><td><b>Investor Contact:</b><br>Karen Whitfield<br>(512) 555-0143"
            f"<br>{label} (800) 555-0199</td></tr></table>"
        ) == [("Karen Whitfield", None, "Investor Contact", "(512) 555-0143", None)], label
    assert _html_contacts(
        "<table><tr><td><b>Contact:</b><br>Karen Whitfield<br>kwhitfield@zenithinst.com<br>"
        "Austin Texas<br>(512) 555-0143</td></tr></table>"
    )[0][3:] == ("(512) 555-0143", "kwhitfield@zenithinst.com")
