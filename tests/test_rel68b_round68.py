"""Press contacts round 68b: a desk's call typed in capitals ("ANALYSTS SHOULD CALL Brian
McDermott at ..."; Union Camp 1994, edited), and people's contacts stacked with no heading
above a "NOTE TO EDITORS" line that closes the release's text over its (c) line and tables
(Apple 2024, its headings cut); with the neighbours that must not change."""

from __future__ import annotations

import re
import time
from typing import Any

from filing2json.parsers import parse
from filing2json.parsers.sections.press_contacts import find_contacts
from support import FILINGS

UNION_CAMP = FILINGS / "8k_1994_unioncampcorp_1.txt"
APPLE = FILINGS / "8k_2024_appleinc_1.txt"
# Union Camp's head prints "CONTACT: Brian McDermott      201-628-2275"; the tests cut it
# and print the same person in a closing paragraph of its own
_HEAD = "CONTACT: Brian McDermott      201-628-2275\n"
_LAST = "industrial corporations.\n"  # the About paragraph's last line, the release's last


def _people(release: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(c["name"], c["organization"], c["role"], c["phone"], c["email"])
            for c in release["contacts"]]


def _union_camp(closing: str | None) -> dict[str, Any]:
    """Union Camp's release with its head's contact line cut and ``closing`` printed under
    its About paragraph (None: the release as filed)."""
    text = UNION_CAMP.read_text(encoding="latin-1")
    if closing is not None:
        assert _HEAD in text and _LAST in text
        text = text.replace(_HEAD, "\n").replace(_LAST, _LAST + closing)
    return parse(text.encode("latin-1"), UNION_CAMP.name)["press_releases"][0]


def test_desk_call_typed_in_capitals() -> None:
    original = _union_camp(None)
    # (was: no contacts) the desk as printed is the role
    release = _union_camp("     ANALYSTS SHOULD CALL Brian McDermott at\n201-628-2275.\n")
    assert _people(release) == [("Brian McDermott", None, "ANALYSTS", "201-628-2275", None)]
    assert release["about"] == original["about"]
    assert release["body"] == original["body"]
    # the name in capitals too (a known given name first)
    release = _union_camp("     REPORTERS MAY CALL BRIAN MCDERMOTT AT 201-628-2275.\n")
    assert _people(release) == [("BRIAN MCDERMOTT", None, "REPORTERS", "201-628-2275", None)]
    assert release["about"] == original["about"]
    # after another sentence of the paragraph
    release = _union_camp("     Repairs begin today. ANALYSTS CAN CALL Brian McDermott at "
                          "201-628-2275.\n")
    assert _people(release) == [("Brian McDermott", None, "ANALYSTS", "201-628-2275", None)]


def test_call_in_capitals_neighbours() -> None:
    # a firm's name in capitals after the call names no one; nor does "THE COMPANY"
    assert _people(_union_camp("     INVESTORS CAN CALL ACME WIDGETS AT 201-628-2275.\n")) == []
    assert _people(_union_camp("     ANALYSTS SHOULD CALL THE COMPANY AT 201-628-2275.\n")) == []
    # the call in lower case, as before
    assert _people(_union_camp("     Reporters may call Brian McDermott at\n201-628-2275.\n")) \
        == [("Brian McDermott", None, "Reporters", "201-628-2275", None)]
    # the release as filed
    assert _people(_union_camp(None)) == [
        ("Brian McDermott", None, None, "201-628-2275", None)]


_JOSH = ("Josh Rosenstock", "Apple", "Press Contact", "(408) 862-1142", "jrosenstock@apple.com")
_SUHASINI = ("Suhasini Chandramouli", "Apple", "Investor Relations Contact", "(408) 974-3123",
             "suhasini@apple.com")


def _apple(*cuts: bytes) -> dict[str, Any]:
    data = APPLE.read_bytes()
    for cut in cuts:
        assert cut in data
        data = data.replace(cut, b"")
    return parse(data, APPLE.name)["press_releases"][0]


# The second person's lines, from its heading's <div> to its phone's
_SECOND = re.compile(rb"<div><font[^>]*>Investor Relations Contact&#58;.*?\(408\) 974-3123"
                     rb"</font></div>", re.S)


def test_foot_stacks_above_note_to_editors() -> None:
    original = _apple()
    assert _people(original) == [_JOSH, _SUHASINI]
    # the headings cut: two stacks above "NOTE TO EDITORS: ...", then the (c) line and the
    # tables (was: no contacts); each person's fields as printed
    release = _apple(b"Press Contact&#58;", b"Investor Relations Contact&#58;")
    assert _people(release) == [(*_JOSH[:2], None, *_JOSH[3:]),
                                (*_SUHASINI[:2], None, *_SUHASINI[3:])]
    for key in ("body", "about", "forward_looking_statements", "headline", "quotes"):
        assert release[key] == original[key]
    # one person's stack alone there
    data = _SECOND.sub(b"", APPLE.read_bytes().replace(b"Press Contact&#58;", b""), count=1)
    release = parse(data, APPLE.name)["press_releases"][0]
    assert _people(release) == [(*_JOSH[:2], None, *_JOSH[3:])]


def test_foot_above_note_neighbours() -> None:
    # prose above the note is no one's contact (a sentence's stop in its lines)
    text = ("Acme Corp. makes widgets.\n\nJane Doe\nAcme will report results today.\n"
            "(408) 555-0142\n\nNOTE TO EDITORS: see www.acme.com.\n\n(c) 2024 Acme Corp.\n")
    assert find_contacts(text) == []
    # a stack above the note is read
    text = ("Acme Corp. makes widgets.\n\nJane Doe\nAcme Corp.\n(408) 555-0142\n\n"
            "NOTE TO EDITORS: see www.acme.com.\n\n(c) 2024 Acme Corp.\n")
    assert [(c["name"], c["organization"], c["phone"]) for c in find_contacts(text)] == [
        ("Jane Doe", "Acme Corp.", "(408) 555-0142")]


def test_foot_stacks_worst_case_time() -> None:
    # ~200 KB of stacked contacts over a note: each paragraph read once going up
    text = "Jane Doe\nAcme Corp.\n(408) 555-0142\n\n" * 5000 + "NOTE TO EDITORS: x\n"
    start = time.process_time()
    find_contacts(text)
    assert time.process_time() - start < 5
