"""Press contacts round 70: one person's contact stacked with no heading in a closing
paragraph that opens with the wire's "Source:" line (or another closing line), and a stack
above a "Source:" line under which the release's financial tables are printed (Union Camp
1994 with its head's contact line cut, edited as each test says); contacts printed in a
two-column HTML table under "Investors:" / "Media:" headings (Apple 2024, its contact
lines replaced), pinned; with the neighbours that must not change."""

from __future__ import annotations

import re
import time
from typing import Any

from test_rel68b_round68 import APPLE, _union_camp

from filing2json.parsers import parse
from filing2json.parsers.sections.press_contacts import find_contacts

_BRIAN = ("Brian McDermott", "Union Camp Corporation", None, "(201) 628-2275", None)
_SOURCE = "Source: Union Camp Corporation\n"
# The financial statements a release prints under its "Source:" line (no "NOTE TO EDITORS")
_TABLE = ("\n                      UNION CAMP CORPORATION\n"
          "             CONSOLIDATED STATEMENTS OF INCOME\n"
          "           (In thousands, except per share data)\n\n"
          "                          Three Months Ended    Six Months Ended\n"
          "Net sales                 $  812,345  $ 745,210   $1,612,000  $1,500,000\n"
          "Cost of sales                600,111    550,222    1,200,000   1,100,000\n"
          "Net income                $   45,000  $  30,000   $   90,000  $   60,000\n")


def _people(found: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [(c["name"], c["organization"], c["role"], c["phone"], c["email"]) for c in found]


def test_stack_under_an_opening_closing_line() -> None:
    original = _union_camp(None)
    # (was: no contacts) "Source:" opens the stack's own paragraph
    release = _union_camp("\n" + _SOURCE + "Brian McDermott\nUnion Camp Corporation\n"
                          "(201) 628-2275\n")
    assert _people(release["contacts"]) == [_BRIAN]
    assert release["about"] == original["about"]
    assert release["body"] == original["body"]
    # the name and the number only; "-30-" under it
    release = _union_camp("\n" + _SOURCE + "Brian McDermott\n(201) 628-2275\n\n-30-\n")
    assert _people(release["contacts"]) == [
        ("Brian McDermott", None, None, "(201) 628-2275", None)]
    # a copyright notice opening it instead
    release = _union_camp("\n(c) 1994 Union Camp Corporation\nBrian McDermott\n"
                          "Union Camp Corporation\n(201) 628-2275\n")
    assert _people(release["contacts"]) == [_BRIAN]


def test_stack_under_an_opening_closing_line_neighbours() -> None:
    # an address block or prose under the "Source:" line is no one's contact
    assert _people(_union_camp("\n" + _SOURCE + "Brian McDermott\n1600 Valley Road\n"
                               "Wayne, NJ 07470\n(201) 628-2275\n")["contacts"]) == []
    assert _people(_union_camp("\n" + _SOURCE + "Jane Doe\nUnion Camp will report results "
                               "today.\n(201) 628-2275\n")["contacts"]) == []
    # as before: the stack over its "Source:" line, or "Source:" closing its paragraph
    assert _people(_union_camp("\nBrian McDermott\nUnion Camp Corporation\n(201) 628-2275\n\n"
                               + _SOURCE)["contacts"]) == [_BRIAN]
    assert _people(_union_camp("\nBrian McDermott\nUnion Camp Corporation\n(201) 628-2275\n"
                               + _SOURCE)["contacts"]) == [_BRIAN]
    # a "Source:" line alone closes nothing
    assert _people(_union_camp("\n" + _SOURCE)["contacts"]) == []


def test_stack_above_source_over_tables() -> None:
    original = _union_camp(None)
    # (was: no contacts) the stack, the wire's "Source:" line, then the statements
    release = _union_camp("\nBrian McDermott\nUnion Camp Corporation\n(201) 628-2275\n\n"
                          + _SOURCE + _TABLE)
    assert _people(release["contacts"]) == [_BRIAN]
    assert release["about"] == original["about"]
    # "###" between the stack and its "Source:" line; "SOURCE:" in capitals
    release = _union_camp("\nBrian McDermott\nUnion Camp Corporation\n(201) 628-2275\n\n"
                          "###\n\nSOURCE: Union Camp Corporation\n" + _TABLE)
    assert _people(release["contacts"]) == [_BRIAN]
    # two people's stacks
    release = _union_camp("\nBrian McDermott\nUnion Camp Corporation\n(201) 628-2275\n\n"
                          "John Roe\nBrunswick Group\n(212) 333-3810\n\n" + _SOURCE + _TABLE)
    assert _people(release["contacts"]) == [
        _BRIAN, ("John Roe", "Brunswick Group", None, "(212) 333-3810", None)]


def test_stack_above_source_neighbours() -> None:
    # prose or an address above the "Source:" line is no one's contact
    assert _people(_union_camp("\nJane Doe\nUnion Camp will report results today.\n"
                               "(201) 628-2275\n\n" + _SOURCE + _TABLE)["contacts"]) == []
    assert _people(_union_camp("\nBrian McDermott\n1600 Valley Road\nWayne, NJ 07470\n"
                               "(201) 628-2275\n\n" + _SOURCE + _TABLE)["contacts"]) == []
    # a table's "Source:" note with no stack above it names no one
    text = ("Acme Corp. makes widgets.\n\nNet sales\t$ 812\t$ 745\n\n"
            "Source: Bloomberg data\n\nNet income\t$ 45\t$ 30\n")
    assert find_contacts(text) == []
    # "resources" in prose is no "Source:" line
    text = ("Acme Corp. makes widgets.\n\nJane Doe\nAcme Corp.\n(408) 555-0142\n\n"
            "Human resources: see the plan.\n\nNet income\t$ 45\t$ 30\n")
    assert find_contacts(text) == []


# Apple's two people's headings and lines, from the first heading's <div> to the second
# person's phone's
_BLOCK = re.compile(rb"<div><font[^>]*>Press Contact&#58;.*?\(408\) 974-3123</font></div>",
                    re.S)
_INVESTORS = ("Suhasini Chandramouli", None, "Investors", "(408) 974-3123", "suhasini@apple.com")
_MEDIA = ("Josh Rosenstock", None, "Media", "(408) 862-1142", "jrosenstock@apple.com")


def _apple_table(table: bytes) -> dict[str, Any]:
    data = APPLE.read_bytes()
    assert _BLOCK.search(data)
    return parse(_BLOCK.sub(lambda _: table, data, count=1), APPLE.name)["press_releases"][0]


def test_two_column_table_pinned() -> None:
    # "Investors:" | "Media:" over a name, a phone and an e-mail cell each (read before this
    # round: pinned)
    release = _apple_table(
        b"<table><tr><td>Investors:</td><td>Media:</td></tr>"
        b"<tr><td>Suhasini Chandramouli</td><td>Josh Rosenstock</td></tr>"
        b"<tr><td>(408) 974-3123</td><td>(408) 862-1142</td></tr>"
        b"<tr><td>suhasini@apple.com</td><td>jrosenstock@apple.com</td></tr></table>")
    assert _people(release["contacts"]) == [_INVESTORS, _MEDIA]
    # each heading and person in one cell, lines parted by <br>
    release = _apple_table(
        b"<table><tr><td><b>Investors:</b><br>Suhasini Chandramouli<br>(408) 974-3123<br>"
        b"suhasini@apple.com</td><td><b>Media:</b><br>Josh Rosenstock<br>(408) 862-1142<br>"
        b"jrosenstock@apple.com</td></tr></table>")
    assert _people(release["contacts"]) == [_INVESTORS, _MEDIA]
    # a firm's row and labelled cells
    release = _apple_table(
        b"<table><tr><td>Investors:</td><td>Media:</td></tr>"
        b"<tr><td>Suhasini Chandramouli</td><td>Josh Rosenstock</td></tr>"
        b"<tr><td>Apple</td><td>Apple</td></tr>"
        b"<tr><td>Tel: (408) 974-3123</td><td>Tel: (408) 862-1142</td></tr>"
        b"<tr><td>Email: suhasini@apple.com</td><td>Email: jrosenstock@apple.com</td></tr>"
        b"</table>")
    assert _people(release["contacts"]) == [(_INVESTORS[0], "Apple", *_INVESTORS[2:]),
                                            (_MEDIA[0], "Apple", *_MEDIA[2:])]


def test_closing_stacks_worst_case_time() -> None:
    # ~200 KB of "Source:" lines opening stacks, and of "Source:" lines over tables
    text = ("Source: Acme Corp.\nJane Doe\nAcme Corp.\n(408) 555-0142\n\n") * 4500
    start = time.process_time()
    find_contacts(text)
    find_contacts("Acme Corp. makes widgets.\n\n" + "Source: x\nresources\n\n" * 10000
                  + "Net income\t$ 45\t$ 30\n")
    assert time.process_time() - start < 5
    # many "source:" lines in lower case (no wire's line: each passed, the lines counted once)
    start = time.process_time()
    find_contacts("Acme Corp. makes widgets.\n\n" + "source: x\n" * 20000
                  + "\nNet income\t$ 45\t$ 30\n")
    assert time.process_time() - start < 5
