"""Press contacts round 71: a wire's "Source:" line (or another closing line) printed inside
one paragraph between two people's stacks, and a name (or a desk or a firm) printed in
brackets after its number or e-mail ("(201) 628-2275 (Brian McDermott)"), on Union Camp 1994
with its head's contact line cut, edited as each test says; with the neighbours that must
not change."""

from __future__ import annotations

import time

from test_rel68b_round68 import _people, _union_camp
from test_rel70_round70 import _SOURCE

from filing2json.parsers.sections.press_contacts import find_contacts

_BRIAN = ("Brian McDermott", "Union Camp Corporation", None, "(201) 628-2275", None)
_JOHN = ("John Roe", "Brunswick Group", None, "(212) 333-3810", None)
_STACK = "Brian McDermott\nUnion Camp Corporation\n(201) 628-2275\n"
_OTHER = "John Roe\nBrunswick Group\n(212) 333-3810\n"


def _found(text: str) -> list[tuple[str | None, ...]]:
    return [(c["name"], c["organization"], c["role"], c["phone"], c["email"])
            for c in find_contacts(text)]


def test_source_line_inside_one_paragraph() -> None:
    original = _union_camp(None)
    # (was: Brian only) no blank line around the wire's "Source:" line between the stacks
    release = _union_camp("\n" + _STACK + _SOURCE + _OTHER)
    assert _people(release) == [_BRIAN, _JOHN]
    assert release["about"] == original["about"]
    assert release["body"] == original["body"]
    # "-30-" closing the release under them
    assert _people(_union_camp("\n" + _STACK + _SOURCE + _OTHER + "\n-30-\n")) == [
        _BRIAN, _JOHN]
    # (was: no contacts) "###" or a copyright notice between them instead
    assert _people(_union_camp("\n" + _STACK + "###\n" + _OTHER)) == [_BRIAN, _JOHN]
    assert _people(_union_camp("\n" + _STACK + "(c) 1994 Union Camp Corporation\n"
                               + _OTHER)) == [_BRIAN, _JOHN]
    # (was: Brian only) stacks of a name and an e-mail
    assert _people(_union_camp("\nBrian McDermott\nbmcd@unioncamp.com\n" + _SOURCE
                               + "John Roe\njroe@brunswick.com\n")) == [
        ("Brian McDermott", None, None, None, "bmcd@unioncamp.com"),
        ("John Roe", None, None, None, "jroe@brunswick.com")]


def test_source_line_inside_one_paragraph_neighbours() -> None:
    # prose above the "Source:" line: the stack under it is no contact
    assert _people(_union_camp("\nUnion Camp will report its results on Tuesday.\n" + _SOURCE
                               + _OTHER)) == []
    # an address above it or under it is no one's stack
    assert _people(_union_camp("\nBrian McDermott\n1600 Valley Road\nWayne, NJ 07470\n"
                               "(201) 628-2275\n" + _SOURCE + _OTHER)) == []
    assert _people(_union_camp("\n" + _STACK + _SOURCE + "John Roe\n1600 Valley Road\n"
                               "Wayne, NJ 07470\n(212) 333-3810\n")) == [_BRIAN]
    # the line closing nothing under it; the stacks parted by blank lines (round 70b)
    assert _people(_union_camp("\n" + _STACK + _SOURCE)) == [_BRIAN]
    assert _people(_union_camp("\n" + _STACK + "\n" + _SOURCE + _OTHER)) == [_BRIAN, _JOHN]


def test_name_in_brackets_after_number() -> None:
    original = _union_camp(None)
    # (was: no contacts) each person's name in brackets after the number
    release = _union_camp("\nContacts: (201) 628-2275 (Brian McDermott); (212) 333-3810 "
                          "(John Roe)\n")
    assert _people(release) == [("Brian McDermott", None, None, "(201) 628-2275", None),
                                ("John Roe", None, None, "(212) 333-3810", None)]
    assert release["about"] == original["about"]
    assert _people(_union_camp("\nMedia Contact: (201) 628-2275 (Brian McDermott)\n")) == [
        ("Brian McDermott", None, "Media Contact", "(201) 628-2275", None)]
    assert _people(_union_camp("\nContacts:\n(201) 628-2275 (Brian McDermott)\n"
                               "(212) 333-3810 (John Roe)\n")) == [
        ("Brian McDermott", None, None, "(201) 628-2275", None),
        ("John Roe", None, None, "(212) 333-3810", None)]
    # after e-mails
    assert _people(_union_camp("\nContacts: bmcd@unioncamp.com (Brian McDermott); "
                               "jroe@brunswick.com (John Roe)\n")) == [
        ("Brian McDermott", None, None, None, "bmcd@unioncamp.com"),
        ("John Roe", None, None, None, "jroe@brunswick.com")]


def test_desk_or_firm_in_brackets_after_number() -> None:
    # (was: "(Investor Relations)", "(Brunswick Group)" with their brackets)
    assert _found("Contact: Brian McDermott\n(201) 628-2275 (Investor Relations)\n") == [
        ("Brian McDermott", None, "Investor Relations", "(201) 628-2275", None)]
    assert _found("Contact: Brian McDermott\n(212) 333-3810 (Brunswick Group)\n") == [
        ("Brian McDermott", "Brunswick Group", None, "(212) 333-3810", None)]


def test_brackets_after_number_neighbours() -> None:
    # a number's own label in brackets is no one's value
    assert _found("Contact: Brian McDermott\n1-800-555-0100 (toll free)\n") == [
        ("Brian McDermott", None, None, "1-800-555-0100", None)]
    # a name before the number, a nickname in its name
    assert _people(_union_camp("\nContact: Brian McDermott (201) 628-2275\n")) == [
        ("Brian McDermott", None, None, "(201) 628-2275", None)]
    assert _people(_union_camp("\nContact: Robert (Bob) Jones, (201) 628-2275\n")) == [
        ("Robert (Bob) Jones", None, None, "(201) 628-2275", None)]
    # the number before the name and a dash (round 70b)
    assert _people(_union_camp("\nMedia Contact: (201) 628-2275 - Brian McDermott\n")) == [
        ("Brian McDermott", None, "Media Contact", "(201) 628-2275", None)]


def test_many_closing_lines_timing() -> None:
    # ~200 KB of stacks parted by "Source:" lines in one paragraph: each try is bounded
    text = "Acme Corp. makes widgets.\n\n" + ("Jane Doe\n(212) 555-0100\nSource: Acme\n") * 5500
    start = time.process_time()
    find_contacts(text)
    assert time.process_time() - start < 5
