"""Press contacts round 68: a desk's "may call" sentence ("Reporters may call Jane Doe at
..."), one person's contact stacked with no heading at a release's foot ("Brian McDermott" /
"Union Camp Corporation" / "201-628-2275"), and a list of contacts on a line or two with no
heading there ("Brian McDermott, 201-628-2275, or John Roe, Brunswick Group, 212-333-3810,
for Union Camp"); an address block, a signature or prose there names no one (Union Camp
1994, edited where each test says)."""

from __future__ import annotations

import time
from typing import Any

from test_rel67b_round67 import _release, _union_camp  # round 67b's Union Camp edits

from filing2json.parsers.sections.press_contacts import find_contacts
from support import FILINGS

UNION_CAMP = FILINGS / "8k_1994_unioncampcorp_1.txt"
# Union Camp's head prints "CONTACT: Brian McDermott      201-628-2275"; the tests cut it
# and print the same person elsewhere
_HEAD = "CONTACT: Brian McDermott      201-628-2275\n"
_LAST = "industrial corporations.\n"  # the About paragraph's last line, the release's last
_BODY_LAST = "will be fair and reasonable to all.\n"  # the body's last line
_MARK = "\n                              # # #\n"  # a closing end mark


def _people(release: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(c["name"], c["organization"], c["role"], c["phone"], c["email"])
            for c in release["contacts"]]


def _original() -> dict[str, Any]:
    return _release(UNION_CAMP.read_bytes())


def test_desk_may_call_a_person() -> None:
    original = _original()
    # a closing paragraph of its own (was: no contacts); the desk is the role as printed
    release = _union_camp({_LAST: _LAST + "     Reporters may call Brian McDermott at\n"
                                          "201-628-2275.\n"})
    assert _people(release) == [("Brian McDermott", None, "Reporters", "201-628-2275", None)]
    assert release["about"] == original["about"]
    assert release["body"] == original["body"]
    # "can call", after another sentence of the paragraph, with an e-mail
    release = _union_camp({_LAST: _LAST + "     Repairs begin today. Investors can call Brian "
                                          "McDermott at 201-628-2275\nor e-mail "
                                          "bmcdermott@unioncamp.com.\n"})
    assert _people(release) == [("Brian McDermott", None, "Investors", "201-628-2275",
                                 "bmcdermott@unioncamp.com")]
    # "should call"
    release = _union_camp({_LAST: _LAST + "     Analysts should call Brian McDermott at "
                                          "201-628-2275.\n"})
    assert _people(release) == [("Brian McDermott", None, "Analysts", "201-628-2275", None)]
    # no desk's words, no person after "call": the body as before, no contact
    release = _union_camp({_BODY_LAST: "will be fair and reasonable to all. Customers may call "
                                       "their sales\nrepresentative for details.\n"})
    assert release["contacts"] == []
    assert release["about"] == original["about"]
    release = _union_camp({_LAST: _LAST + "     Analysts may call 201-628-2275 for a replay.\n"})
    assert release["contacts"] == []


def test_one_person_stacked_at_the_foot() -> None:
    original = _original()
    # name / firm / phone, the release's last paragraph (was: no contacts)
    release = _union_camp({_LAST: _LAST + "\nBrian McDermott\nUnion Camp Corporation\n"
                                          "201-628-2275\n"})
    assert _people(release) == [
        ("Brian McDermott", "Union Camp Corporation", None, "201-628-2275", None)]
    assert release["about"] == original["about"]
    assert release["body"] == original["body"]
    # a title and an e-mail, over a closing end mark
    release = _union_camp({_LAST: _LAST + "\nBrian McDermott\nDirector, Corporate "
                                          "Communications\n(201) 628-2275\n"
                                          "bmcdermott@unioncamp.com\n" + _MARK})
    assert _people(release) == [
        ("Brian McDermott", None, "Director, Corporate Communications", "(201) 628-2275",
         "bmcdermott@unioncamp.com")]
    # the company's address and switchboard: no person's name on its first line
    release = _union_camp({_LAST: _LAST + "\nUnion Camp Corporation\n1600 Valley Road\n"
                                          "Wayne, NJ 07470\n201-628-2000\n"})
    assert release["contacts"] == []
    # a person's mailing address: an address block, no contact
    release = _union_camp({_LAST: _LAST + "\nBrian McDermott\nUnion Camp Corporation\n"
                                          "1600 Valley Road\nWayne, NJ 07470\n201-628-2275\n"})
    assert release["contacts"] == []
    # a signature: no phone or e-mail under the name
    release = _union_camp({_LAST: _LAST + "\n                    UNION CAMP CORPORATION\n\n"
                                          "                    By: /s/ Brian McDermott\n"
                                          "                    Brian McDermott\n"})
    assert release["contacts"] == []
    # prose under a name: a sentence, no contact
    release = _union_camp({_LAST: _LAST + "\nBrian McDermott\nwill answer questions today.\n"
                                          "Call 201-628-2275.\n"})
    assert release["contacts"] == []


def test_list_of_contacts_on_a_line_at_the_foot() -> None:
    original = _original()
    # wrapped over two lines (was: no contacts); the client after "for" is no one's firm
    release = _union_camp({_LAST: _LAST + "\nBrian McDermott, 201-628-2275, or John Roe, "
                                          "Brunswick Group,\n212-333-3810, for Union Camp\n"})
    assert _people(release) == [
        ("Brian McDermott", None, None, "201-628-2275", None),
        ("John Roe", "Brunswick Group", None, "212-333-3810", None)]
    assert release["about"] == original["about"]
    # one person on one line, above a closing end mark
    release = _union_camp({_LAST: _LAST + "\nBrian McDermott, Union Camp Corporation, "
                                          "201-628-2275, ext. 204\n" + _MARK})
    assert _people(release) == [
        ("Brian McDermott", "Union Camp Corporation", None, "201-628-2275 ext. 204", None)]
    # prose after the name and its comma: no list
    release = _union_camp({_LAST: _LAST + "\nBrian McDermott, the company's spokesman, said "
                                          "repairs will cost $5 million, 201-628-2275.\n"})
    assert release["contacts"] == []


def test_foot_contacts_read_in_linear_time() -> None:
    # ~200 KB closing paragraphs: a name over a long line of street-like words, a list's
    # long line, and lines full of the "may call" needle naming no one
    stack = "\n\nBrian McDermott\n" + "1 Aa Bb Cc " * 20000 + "\n201-628-2275\n"
    listed = "\n\nBrian McDermott, " + "201-628-2275, or Aa " * 10000 + "\n"
    calls = "\n".join(["Reporters may call the desk; analysts can call 1-800-555-0100 and may "
                       "call " * 3] * 700)
    start = time.process_time()
    assert find_contacts(stack) == []
    assert find_contacts(listed) == []
    assert find_contacts(calls) == []
    assert time.process_time() - start < 5
