"""Press contacts round 67: call sentences other than "For more information, contact" name a
release's contacts ("Media inquiries should be directed to Jane Doe at ...", "Investors
may contact Jane Doe, Investor Relations, at ...", "Contact Jane Doe at ... for more
information.", "If you have any questions, please contact Jane Doe at ..."), at a
paragraph's start or inside it; such a paragraph on its own ends the body and the About
(Union Camp 1994, Apple 2024, edited where each test says)."""

from __future__ import annotations

import re
import time
from typing import Any

from filing2json.parsers import parse
from filing2json.parsers.sections import press_contacts
from filing2json.parsers.sections.press_contacts import find_contacts
from support import FILINGS

UNION_CAMP = FILINGS / "8k_1994_unioncampcorp_1.txt"
APPLE = FILINGS / "8k_2024_appleinc_1.txt"
# Union Camp's head prints "CONTACT: Brian McDermott      201-628-2275"; the tests cut it
# and print the same person in a sentence
_HEAD = "CONTACT: Brian McDermott      201-628-2275\n"
_LAST = "industrial corporations.\n"  # the About paragraph's last line, the release's last
_BODY_LAST = "will be fair and reasonable to all.\n"  # the body's last line


def _release(data: bytes, name: str) -> dict[str, Any]:
    return parse(data, name)["press_releases"][0]


def _union_camp(edit: dict[str, str]) -> dict[str, Any]:
    """Union Camp's release with its head's contact line cut, then each edit made."""
    text = UNION_CAMP.read_text(encoding="latin-1")
    assert _HEAD in text
    text = text.replace(_HEAD, "\n")
    for old, new in edit.items():
        assert old in text
        text = text.replace(old, new)
    return _release(text.encode("latin-1"), UNION_CAMP.name)


def _people(release: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(c["name"], c["role"], c["phone"], c["email"]) for c in release["contacts"]]


def _original() -> dict[str, Any]:
    return _release(UNION_CAMP.read_bytes(), UNION_CAMP.name)


def test_inquiries_directed_to_a_person_in_a_closing_paragraph() -> None:
    original = _original()
    # the desk's words are the role as printed (was: no contacts, the sentence in the About)
    release = _union_camp({_LAST: _LAST + "     Media inquiries should be directed to Brian "
                                          "McDermott at\n201-628-2275.\n"})
    assert _people(release) == [("Brian McDermott", "Media inquiries", "201-628-2275", None)]
    assert release["about"] == original["about"]
    assert release["body"] == original["body"]
    # plain "Questions" are no role; "or by e-mail at" is no one's name
    release = _union_camp({_LAST: _LAST + "     Questions should be addressed to Brian McDermott"
                                          " at 201-628-2275\nor by e-mail at "
                                          "bmcdermott@unioncamp.com.\n"})
    assert _people(release) == [("Brian McDermott", None, "201-628-2275",
                                 "bmcdermott@unioncamp.com")]
    assert release["about"] == original["about"]
    # naming no one: no contact, the About as before
    release = _union_camp({_LAST: _LAST + "     Questions should be directed to the Company at "
                                          "201-628-2275.\n"})
    assert release["contacts"] == []
    assert release["about"] == original["about"]


def test_contact_sentence_with_its_purpose_after_the_number() -> None:
    original = _original()
    # "Contact <name> at <number> for more information." (was: no contacts)
    release = _union_camp({_LAST: _LAST + "     Contact Brian McDermott at 201-628-2275 for more"
                                          "\ninformation.\n"})
    assert _people(release) == [("Brian McDermott", None, "201-628-2275", None)]
    assert release["about"] == original["about"]
    # a bare "Contact" opening no name's sentence stays prose ("Contact lens sales ...")
    release = _union_camp({_LAST: _LAST + "     Contact lens sales at the Wayne plant were "
                                          "unaffected.\n"})
    assert release["contacts"] == []


def test_call_sentences_inside_a_paragraph() -> None:
    # after the body's last sentence, the name wrapped to the next line (was: no contacts);
    # the body keeps its paragraph whole
    release = _union_camp({_BODY_LAST: "will be fair and reasonable to all. Investors may "
                                       "contact Brian\nMcDermott at 201-628-2275.\n"})
    assert _people(release) == [("Brian McDermott", "Investors", "201-628-2275", None)]
    assert release["body"].endswith(
        "fair and reasonable to all. Investors may contact Brian McDermott at 201-628-2275.")
    # the opening closing its line, the name on the next
    release = _union_camp({_BODY_LAST: "will be fair and reasonable to all. Media inquiries "
                                       "should be directed to\nBrian McDermott at "
                                       "201-628-2275.\n"})
    assert _people(release) == [("Brian McDermott", "Media inquiries", "201-628-2275", None)]
    # a clause before "please contact"
    release = _union_camp({_BODY_LAST: "will be fair and reasonable to all. If you have any "
                                       "questions, please contact Brian McDermott at "
                                       "201-628-2275.\n"})
    assert _people(release) == [("Brian McDermott", None, "201-628-2275", None)]
    # a firm is no person: "Shareholders may contact Georgeson ..." names no contact
    release = _union_camp({_BODY_LAST: "will be fair and reasonable to all. Shareholders may "
                                       "contact Georgeson Inc. at 201-628-2275.\n"})
    assert release["contacts"] == []


def _apple(sentences: str) -> dict[str, Any]:
    """Apple's 2024 release, its two contact blocks ("Press Contact:" / Josh Rosenstock / ...
    "Investor Relations Contact:" / Suhasini Chandramouli / ...) printed as ``sentences``
    (HTML paragraphs of their own)."""
    text = APPLE.read_text(encoding="latin-1")
    (block,) = re.findall(r"Press Contact&#58;.*?\(408\) 974-3123", text, re.S)
    return _release(text.replace(block, sentences).encode("latin-1"), APPLE.name)


def test_desk_sentences_in_an_html_release() -> None:
    original = _release(APPLE.read_bytes(), APPLE.name)
    release = _apple("Media inquiries should be directed to Josh Rosenstock at (408) 862-1142 "
                     "or jrosenstock&#64;apple.com.</font></div><div><font>Investors may "
                     "contact Suhasini Chandramouli, Investor Relations, at (408) 974-3123.")
    # (was: no contacts, both sentences in the About)
    assert _people(release) == [
        ("Josh Rosenstock", "Media inquiries", "(408) 862-1142", "jrosenstock@apple.com"),
        ("Suhasini Chandramouli", "Investor Relations", "(408) 974-3123", None)]
    assert release["about"] == original["about"]
    assert release["body"] == original["body"]
    # the desk is the role where the sentence prints none after the name
    release = _apple("Reporters may contact Josh Rosenstock at (408) 862-1142.</font></div><div>"
                     "<font>Investors may contact Suhasini Chandramouli at (408) 974-3123.")
    assert _people(release) == [("Josh Rosenstock", "Reporters", "(408) 862-1142", None),
                                ("Suhasini Chandramouli", "Investors", "(408) 974-3123", None)]


def test_call_paragraph_is_short_and_opens_with_the_sentence() -> None:
    call_paragraph = press_contacts.call_paragraph
    line = "Media inquiries should be directed to Josh Rosenstock at (408) 862-1142."
    assert call_paragraph(line, line) is True
    # a long paragraph naming its solicitor goes on: body text, not the contacts
    long = line + " The offer expires on March 1, 2024, unless extended by the Company." * 5
    assert call_paragraph(line, long) is False
    assert call_paragraph("Revenue rose. " + line, "Revenue rose. " + line) is False


def test_call_sentences_scan_in_linear_time() -> None:
    # ~200 KB of lines full of the openings' needles, none naming anyone, and one long line
    lines = ["Questions should be directed to the Company. Investors may call 1-800-555-0100. "
             "Contact lens sales were sent to the Company and made to order. " * 2] * 800
    text = "\n".join(lines) + "\n" + "Please contact Contact Contact " * 6000
    start = time.process_time()
    assert find_contacts(text) == []
    assert time.process_time() - start < 5
