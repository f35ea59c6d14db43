"""Press contacts round 70b: the wire's "Source:" line found below a table's "Source:" note
printed in the body, another person's stack under a "Source:" line opening its paragraph
right below a first stack, and lists whose people print their number or e-mail before
their name ("(201) 628-2275 - Brian McDermott; (212) 333-3810 - John Roe"), on Union Camp
1994 with its head's contact line cut, edited as each test says; with the neighbours that
must not change."""

from __future__ import annotations

import time
from typing import Any

from test_rel68b_round68 import _HEAD, _LAST, UNION_CAMP, _union_camp
from test_rel70_round70 import _SOURCE, _TABLE, _people

from filing2json.parsers import parse
from filing2json.parsers.sections.press_contacts import find_contacts
from support import FILINGS

_BRIAN = ("Brian McDermott", "Union Camp Corporation", None, "(201) 628-2275", None)
_JOHN = ("John Roe", "Brunswick Group", None, "(212) 333-3810", None)
_STACK = "Brian McDermott\nUnion Camp Corporation\n(201) 628-2275\n"
# A paragraph of Union Camp's body, then a price table with its data's "Source:" note
_FAIR = "will be fair and reasonable to all.\n"
_NOTE = _FAIR + "\n     Linerboard price\t$ 420\t$ 395\n\nSource: Bloomberg\n\n"


def _with_note(closing: str, body: str = _NOTE) -> dict[str, Any]:
    """Union Camp's release with its head's contact line cut, ``body`` in place of its
    fourth paragraph's last line and ``closing`` under its About paragraph."""
    assert UNION_CAMP.parent == FILINGS
    text = UNION_CAMP.read_text(encoding="latin-1")
    assert _HEAD in text and _LAST in text and _FAIR in text
    text = text.replace(_HEAD, "\n").replace(_LAST, _LAST + closing).replace(_FAIR, body)
    return parse(text.encode("latin-1"), UNION_CAMP.name)["press_releases"][0]


def test_table_note_above_the_wire_source() -> None:
    original = _with_note("\n" + _STACK + "\n" + _SOURCE + _TABLE, _FAIR)
    assert _people(original["contacts"]) == [_BRIAN]
    # (was: no contacts) a table's "Source: Bloomberg" note in the body, above the wire's
    release = _with_note("\n" + _STACK + "\n" + _SOURCE + _TABLE)
    assert _people(release["contacts"]) == [_BRIAN]
    assert release["about"] == original["about"]
    # the note alone in the body, no table above it
    release = _with_note("\n" + _STACK + "\n" + _SOURCE + _TABLE,
                         _FAIR + "\nSource: Bloomberg\n\n")
    assert _people(release["contacts"]) == [_BRIAN]


def test_table_note_neighbours() -> None:
    # prose or an address above the wire's "Source:" line is still no one's contact
    assert _people(_with_note("\nJane Doe\nUnion Camp will report results today.\n"
                              "(201) 628-2275\n\n" + _SOURCE + _TABLE)["contacts"]) == []
    assert _people(_with_note("\nBrian McDermott\n1600 Valley Road\nWayne, NJ 07470\n"
                              "(201) 628-2275\n\n" + _SOURCE + _TABLE)["contacts"]) == []
    # notes under tables with no stack above any of them name no one
    text = ("Acme Corp. makes widgets.\n\nNet sales\t$ 812\t$ 745\n\nSource: Bloomberg data\n\n"
            "Net income\t$ 45\t$ 30\n\nSource: Acme Corp.\n\nNet cash\t$ 12\t$ 10\n")
    assert find_contacts(text) == []


def test_stack_under_source_below_another() -> None:
    original = _union_camp(None)
    # (was: Brian only) John Roe's stack opens with the wire's "Source:" line
    release = _union_camp("\n" + _STACK + "\n" + _SOURCE + "John Roe\nBrunswick Group\n"
                          "(212) 333-3810\n")
    assert _people(release["contacts"]) == [_BRIAN, _JOHN]
    assert release["about"] == original["about"]
    assert release["body"] == original["body"]
    # "-30-" closing it
    release = _union_camp("\n" + _STACK + "\n" + _SOURCE + "John Roe\nBrunswick Group\n"
                          "(212) 333-3810\n\n-30-\n")
    assert _people(release["contacts"]) == [_BRIAN, _JOHN]
    # "###" or a copyright notice opening the lower one's paragraph instead
    release = _union_camp("\n" + _STACK + "\n###\nJohn Roe\nBrunswick Group\n(212) 333-3810\n")
    assert _people(release["contacts"]) == [_BRIAN, _JOHN]
    release = _union_camp("\n" + _STACK + "\n(c) 1994 Union Camp Corporation\nJohn Roe\n"
                          "Brunswick Group\n(212) 333-3810\n")
    assert _people(release["contacts"]) == [_BRIAN, _JOHN]


def test_stack_under_source_neighbours() -> None:
    # an address under the "Source:" line is no one's: the stack above alone, as before
    assert _people(_union_camp("\n" + _STACK + "\n" + _SOURCE + "John Roe\n1600 Valley Road\n"
                               "Wayne, NJ 07470\n(212) 333-3810\n")["contacts"]) == [_BRIAN]
    # the stack over its "Source:" line, the line closing nothing under it
    assert _people(_union_camp("\n" + _STACK + "\n" + _SOURCE)["contacts"]) == [_BRIAN]
    # one stack under the "Source:" line, none above it (round 70)
    assert _people(_union_camp("\n" + _SOURCE + _STACK)["contacts"]) == [_BRIAN]


def test_number_before_name_list() -> None:
    original = _union_camp(None)
    # (was: John given Brian's number) each number before its person's name
    release = _union_camp("\nContacts: (201) 628-2275 - Brian McDermott; (212) 333-3810 - "
                          "John Roe\n")
    assert _people(release["contacts"]) == [
        ("Brian McDermott", None, None, "(201) 628-2275", None),
        ("John Roe", None, None, "(212) 333-3810", None)]
    assert release["about"] == original["about"]
    # a comma after the number
    release = _union_camp("\nContacts: 201-628-2275, Brian McDermott; 212-333-3810, John Roe\n")
    assert _people(release["contacts"]) == [
        ("Brian McDermott", None, None, "201-628-2275", None),
        ("John Roe", None, None, "212-333-3810", None)]
    # (was: Brian's e-mail lost) e-mails before the names
    release = _union_camp("\nContacts: bmcd@unioncamp.com - Brian McDermott; "
                          "jroe@brunswick.com - John Roe\n")
    assert _people(release["contacts"]) == [
        ("Brian McDermott", None, None, None, "bmcd@unioncamp.com"),
        ("John Roe", None, None, None, "jroe@brunswick.com")]


def test_number_before_name_neighbours() -> None:
    # names before their numbers, as before
    assert _people(_union_camp("\nContacts: Brian McDermott - (201) 628-2275; John Roe - "
                               "(212) 333-3810\n")["contacts"]) == [
        ("Brian McDermott", None, None, "(201) 628-2275", None),
        ("John Roe", None, None, "(212) 333-3810", None)]
    assert _people(_union_camp("\nContacts: Brian McDermott, Union Camp Corporation, "
                               "(201) 628-2275; John Roe, Brunswick Group, (212) 333-3810\n")
                   ["contacts"]) == [_BRIAN, _JOHN]
    # one person's number first; one line each under the heading
    assert _people(_union_camp("\nMedia Contact: (201) 628-2275 - Brian McDermott\n")
                   ["contacts"]) == [
        ("Brian McDermott", None, "Media Contact", "(201) 628-2275", None)]
    assert _people(_union_camp("\nContacts:\n(201) 628-2275 - Brian McDermott, Union Camp "
                               "Corporation\n(212) 333-3810 - John Roe, Brunswick Group\n")
                   ["contacts"]) == [_BRIAN, _JOHN]
    # a firm on the person's line
    assert _people(_union_camp("\nContact: Brian McDermott, Union Camp Corp., (201) 628-2275\n")
                   ["contacts"]) == [
        ("Brian McDermott", "Union Camp Corp.", None, "(201) 628-2275", None)]


def test_many_source_lines_timing() -> None:
    # ~200 KB of "Source:" notes under short table rows: each tried line is bounded
    text = "Acme Corp. makes widgets.\n\n" + "Net sales\t$ 812\n\nSource: Bloomberg\n\n" * 6000
    start = time.process_time()
    assert find_contacts(text) == []
    assert time.process_time() - start < 5
