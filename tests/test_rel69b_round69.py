"""Press contacts round 69b: one person's contact stacked with no heading under the About
paragraph is read over the lines that close a release below it (the wire's "Source: Union
Camp Corporation", a copyright notice, a picture's link or caption, "###", "-30-"), and such
a notice or picture line ends a contact block (no "organisation" read from it); Union Camp
1994 with its head's contact line cut, edited as each test says. And the values of items
with and without the marks a cut needs (labels, numbers, "respectively"), pinned for a
faster read of records_of tried and left out this round."""

from __future__ import annotations

import time
from typing import Any

from test_rel68b_round68 import _union_camp

from filing2json.parsers.sections.press_contact_records import cut_labels
from filing2json.parsers.sections.press_contacts import contacts_in, find_contacts

# Union Camp's head contact line cut, the contact printed under its About paragraph
# (round 68b's _union_camp)
_STACK = "\nBrian McDermott\nUnion Camp Corporation\n(201) 628-2275\nbmcd@unioncamp.com\n\n"
_BRIAN = ("Brian McDermott", "Union Camp Corporation", None, "(201) 628-2275",
          "bmcd@unioncamp.com")
_LOGO = "Logo - http://www.newscom.com/cgi-bin/prnh/19940722/UCLOGO\n"


def _people(found: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [(c["name"], c["organization"], c["role"], c["phone"], c["email"]) for c in found]


def test_stack_above_source_or_copyright() -> None:
    original = _union_camp(None)
    # (was: no contacts) the wire's "Source:" line under the stack
    release = _union_camp(_STACK + "Source: Union Camp Corporation\n")
    assert _people(release["contacts"]) == [_BRIAN]
    assert release["about"] == original["about"]
    assert release["body"] == original["body"]
    # a copyright notice in its place, on one line or wrapped, or "(c)"
    for notice in ("Copyright 1994 Union Camp Corporation. All rights reserved.\n",
                   "Copyright 1994 Union Camp Corporation. All rights\nreserved.\n",
                   "(c) 1994 Union Camp Corporation\n"):
        release = _union_camp(_STACK + notice)
        assert _people(release["contacts"]) == [_BRIAN]
        assert release["about"] == original["about"]
    # two people's stacks, one above the other
    release = _union_camp("\nBrian McDermott\nUnion Camp Corporation\n(201) 628-2275\n\n"
                          "John Roe\nBrunswick Group\n(212) 333-3810\n\n"
                          "Source: Union Camp Corporation\n")
    assert _people(release["contacts"]) == [
        ("Brian McDermott", "Union Camp Corporation", None, "(201) 628-2275", None),
        ("John Roe", "Brunswick Group", None, "(212) 333-3810", None)]
    # several closing paragraphs, going up
    release = _union_camp(_STACK + "###\n\nSource: Union Camp Corporation\n\n"
                          "Copyright 1994 Union Camp Corporation. All rights reserved.\n")
    assert _people(release["contacts"]) == [_BRIAN]


def test_stack_above_picture_lines() -> None:
    # (was: no contacts) PR Newswire's logo link, a photo's caption, a wire's picture note
    for closing in (_LOGO, "Photo: Brian McDermott at the Franklin mill\n",
                    "A photo accompanying this announcement is available at "
                    "http://www.unioncamp.com/photo.jpg\n\n-30-\n"):
        release = _union_camp(_STACK + closing)
        assert _people(release["contacts"]) == [_BRIAN]


def test_closing_lines_neighbours() -> None:
    # as before: "###", "-30-", "[LOGO]" or nothing under the stack, a "Source:" line in
    # the stack's own paragraph
    for closing in ("###\n", "-30-\n", "[LOGO]\n", ""):
        assert _people(_union_camp(_STACK + closing)["contacts"]) == [_BRIAN]
    assert _people(_union_camp(_STACK.rstrip("\n") + "\nSource: Union Camp Corporation\n")[
        "contacts"]) == [_BRIAN]
    # prose or an address block above the closing line is no one's contact
    assert _people(_union_camp(
        "\nJane Doe\nUnion Camp will report results today.\n(201) 628-2275\n\n"
        "Source: Union Camp Corporation\n")["contacts"]) == []
    assert _people(_union_camp(
        "\nBrian McDermott\n1600 Valley Road\nWayne, NJ 07470\n(201) 628-2275\n\n"
        "Copyright 1994 Union Camp Corporation\n")["contacts"]) == []
    # a paragraph opening with "Photos" or "Copyright" in a sentence closes nothing
    text = ("Acme Corp. makes widgets.\n\nJane Doe\nAcme Corp.\n(408) 555-0142\n\n"
            "Photos of the plant will be shown at the meeting in Austin next week.\n")
    assert find_contacts(text) == []


def test_notice_or_picture_line_ends_a_block() -> None:
    # a "CONTACT:" block over a copyright notice (was: organisation "1994 Union Camp
    # Corporation") or a logo's link (was: "Logo")
    for closing in ("(c) 1994 Union Camp Corporation\n", _LOGO,
                    "Photo: Brian McDermott at the Franklin mill\n"):
        release = _union_camp("\nCONTACT:\nBrian McDermott\n201-628-2275\n\n" + closing)
        assert _people(release["contacts"]) == [
            ("Brian McDermott", None, None, "201-628-2275", None)]
    # a firm's line in the block is still its organisation
    release = _union_camp("\nCONTACT:\nBrian McDermott\nUnion Camp Corporation\n"
                          "201-628-2275\n\n(c) 1994 Union Camp Corporation\n")
    assert _people(release["contacts"]) == [
        ("Brian McDermott", "Union Camp Corporation", None, "201-628-2275", None)]
    # a photo desk's line with its number is a contact, not a caption
    assert _people(find_contacts(
        "Acme Corp. makes widgets.\n\nMedia Contacts:\nJane Doe, (408) 555-0142\n"
        "Photos: John Roe, (212) 555-0100\n")) == [
        ("Jane Doe", None, "Media Contact", "(408) 555-0142", None),
        ("John Roe", None, "Photos", "(212) 555-0100", None)]


def test_closing_lines_worst_case_time() -> None:
    # ~200 KB of closing lines and stacks: a few paragraphs read going up, each short
    text = ("Jane Doe\nAcme Corp.\n(408) 555-0142\n\nSource: Acme Corp.\n"
            "Copyright 2024 Acme Corp.\n\n") * 2800
    start = time.process_time()
    find_contacts(text)
    find_contacts("Source: Acme Corp.\n" * 10000)
    assert time.process_time() - start < 5


def test_plain_items_read_as_before() -> None:
    # an item with no "@", bracket, colon, digit, site or label word: names, titles and
    # firms as printed, white space squeezed
    assert _people(contacts_in(["Contact:", "Jane  Doe", "Vice President,  Sales",
                                "Acme Widgets, Inc.", "(408) 555-0142"])) == [
        ("Jane Doe", "Acme Widgets, Inc.", "Vice President, Sales", "(408) 555-0142", None)]
    # a label word found in the lower-cased item: cut
    assert cut_labels("Jane Doe TEL 555-0142") == "Jane Doe  555-0142"
    assert cut_labels("Web Site www.acme.com") == " www.acme.com"
    assert cut_labels("Joseph Smith") == "Joseph Smith"  # "ph" in a name: no label
    assert _people(contacts_in(["Contact:", "Joseph Smith", "Chief Financial Officer",
                                "Telephone 408-555-0142", "Email jsmith@acme.com"])) == [
        ("Joseph Smith", None, "Chief Financial Officer", "408-555-0142", "jsmith@acme.com")]
    # "respectively" in any case still shares the numbers
    assert _people(contacts_in(["Contacts:", "Jane Doe or John Roe",
                                "408-555-0142 or 408-555-0143, RESPECTIVELY"])) == [
        ("Jane Doe", None, None, "408-555-0142", None),
        ("John Roe", None, None, "408-555-0143", None)]
