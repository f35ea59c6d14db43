"""Contacts round 28: layouts of real releases the earlier rounds missed."""

from __future__ import annotations

from filing2json.parsers.sections.press_release import parse_press_release
from filing2json.parsers.text import html_to_text

_HEAD = (
    "<html><body><p>Zenith Instruments Reports Record Third Quarter Revenue</p>"
    "<p>AUSTIN, Texas, Oct. 23, 2012 (BUSINESS WIRE) -- Zenith Instruments, Inc."
    " (NASDAQ: ZNTH) today announced revenue of $48.2 million for the third quarter ended"
    " September 30, 2012, up 14 percent from a year ago.</p>"
    "<p>About Zenith Instruments</p><p>Zenith Instruments, Inc. designs test equipment for"
    " semiconductor makers.</p>"
)


def _contacts(tail: str) -> list[dict[str, str | None]]:
    text = html_to_text(_HEAD + tail + "</body></html>")
    release = parse_press_release(text, "EX-99.1")
    assert release is not None
    return release["contacts"]


def _brief(contacts: list[dict[str, str | None]]) -> list[tuple[str | None, ...]]:
    return [(c["name"], c["role"], c["phone"], c["email"]) for c in contacts]


def test_table_cells_with_colonless_headings_under_contacts() -> None:
    # "<b>Investor Relations</b><br>Name<br>..." in each cell: a cell renders on one line
    contacts = _contacts(
        "<p><b>Contacts:</b></p><table><tr>"
        "<td><b>Investor Relations</b><br>Karen Whitfield<br>(512) 555-0143<br>"
        "kwhitfield@zenithinst.com</td>"
        "<td><b>Media Relations</b><br>Thomas Brandt<br>(512) 555-0178<br>"
        "tbrandt@zenithinst.com</td></tr></table>"
    )
    assert _brief(contacts) == [
        ("Karen Whitfield", "Investor Relations", "(512) 555-0143", "kwhitfield@zenithinst.com"),
        ("Thomas Brandt", "Media Relations", "(512) 555-0178", "tbrandt@zenithinst.com"),
    ]


def test_table_of_colonless_headings_alone() -> None:
    # no "Contacts" over the table: the cells' own headings mark the block (a paragraph
    # led by "Media" or "Investors" with a phone in it is none)
    contacts = _contacts(
        "<p>Investors Title Company will hold a call at 10 a.m. at (800) 555-0100.</p>"
        "<p>Media General Broadcasting reaches 2.1 million homes; call 804-555-0199.</p>"
        "<table><tr><td><b>Investor Contact</b><br>Karen Whitfield<br>Zenith Instruments,"
        " Inc.<br>512-555-0143</td><td><b>Media Contact</b><br>Thomas Brandt<br>"
        "512-555-0178</td></tr></table>"
    )
    assert _brief(contacts) == [
        ("Karen Whitfield", "Investor Contact", "512-555-0143", None),
        ("Thomas Brandt", "Media Contact", "512-555-0178", None),
    ]
    assert contacts[0]["organization"] == "Zenith Instruments, Inc."


def test_one_cell_with_colonless_heading() -> None:
    contacts = _contacts(
        "<table><tr><td><b>Investors</b><br>Ms. Karen Whitfield<br>+1 512-555-0143<br>"
        "ir@zenithinst.com</td></tr></table>"
    )
    assert _brief(contacts) == [
        ("Karen Whitfield", "Investors", "+1 512-555-0143", "ir@zenithinst.com")]



def test_one_letter_labels_in_lower_case() -> None:
    # "t:" / "e:" / "f:" as releases of the 2010s print them: labels, no organisation; "f:"
    # is a fax, never the phone
    contacts = _contacts(
        "<p>Media Contact:<br>Karen Whitfield<br>f: 512-555-0199<br>t: 512-555-0143<br>"
        "e: kwhitfield@zenithinst.com</p>"
    )
    assert contacts == [{
        "name": "Karen Whitfield", "organization": None, "role": "Media Contact",
        "phone": "512-555-0143", "email": "kwhitfield@zenithinst.com", "url": None,
    }]
