"""Press contacts round 67b: every call sentence of a paragraph is read ("Media inquiries
should be directed to Jane Doe at .... Investors may contact John Roe at ...."), and call
sentences with no "contact" and no "directed"/"addressed" in their line are found too
("Media inquiries should be sent to Jane Doe ...", "Questions should be referred to ...")
(Union Camp 1994, edited where each test says); the lines' scans stay linear."""

from __future__ import annotations

import time
from typing import Any

from filing2json.parsers import parse
from filing2json.parsers.sections.press_contacts import find_contacts
from support import FILINGS

UNION_CAMP = FILINGS / "8k_1994_unioncampcorp_1.txt"
# Union Camp's head prints "CONTACT: Brian McDermott      201-628-2275"; the tests cut it
# and print contacts elsewhere
_HEAD = "CONTACT: Brian McDermott      201-628-2275\n"
_LAST = "industrial corporations.\n"  # the About paragraph's last line, the release's last
_BODY_LAST = "will be fair and reasonable to all.\n"  # the body's last line


def _release(data: bytes) -> dict[str, Any]:
    return parse(data, UNION_CAMP.name)["press_releases"][0]


def _union_camp(edit: dict[str, str]) -> dict[str, Any]:
    """Union Camp's release with its head's contact line cut, then each edit made."""
    text = UNION_CAMP.read_text(encoding="latin-1")
    assert _HEAD in text
    text = text.replace(_HEAD, "\n")
    for old, new in edit.items():
        assert old in text
        text = text.replace(old, new)
    return _release(text.encode("latin-1"))


def _people(release: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(c["name"], c["role"], c["phone"], c["email"]) for c in release["contacts"]]


def _original() -> dict[str, Any]:
    return _release(UNION_CAMP.read_bytes())


def test_two_call_sentences_in_one_line() -> None:
    original = _original()
    # (was: only Brian McDermott, the first sentence's)
    release = _union_camp({_LAST: _LAST + "     Media inquiries should be directed to Brian "
                                          "McDermott at 201-628-2275. Investors may contact "
                                          "John Roe at 212-333-3810.\n"})
    assert _people(release) == [("Brian McDermott", "Media inquiries", "201-628-2275", None),
                                ("John Roe", "Investors", "212-333-3810", None)]
    assert release["about"] == original["about"]
    # after the body's last sentence, inside its paragraph
    release = _union_camp({_BODY_LAST: "will be fair and reasonable to all. For more "
                                       "information, contact Brian McDermott at 201-628-2275."
                                       " Reporters may call John Roe at 212-333-3810.\n"})
    assert _people(release) == [("Brian McDermott", None, "201-628-2275", None),
                                ("John Roe", "Reporters", "212-333-3810", None)]


def test_a_sentence_after_the_call_that_names_no_one_stays_out() -> None:
    release = _union_camp({_LAST: _LAST + "     Media inquiries should be directed to Brian "
                                          "McDermott at 201-628-2275. The offer will expire "
                                          "on March 1, 1995.\n"})
    assert _people(release) == [("Brian McDermott", "Media inquiries", "201-628-2275", None)]


def test_call_sentences_with_other_verbs() -> None:
    original = _original()
    # (was: no contacts for either; the paragraph already ended the About)
    release = _union_camp({_LAST: _LAST + "     Questions should be referred to Brian "
                                          "McDermott at 201-628-2275.\n"})
    assert _people(release) == [("Brian McDermott", None, "201-628-2275", None)]
    assert release["about"] == original["about"]
    release = _union_camp({_LAST: _LAST + "     Media inquiries should be sent to Brian "
                                          "McDermott at\n201-628-2275.\n"})
    assert _people(release) == [("Brian McDermott", "Media inquiries", "201-628-2275", None)]
    assert release["about"] == original["about"]
    # a "conference call" or "questions" in prose names no contact
    release = _union_camp({_LAST: _LAST + "     Union Camp will hold a conference call at 11 "
                                          "a.m. to answer questions from analysts.\n"})
    assert release["contacts"] == []


def test_call_word_scans_in_linear_time() -> None:
    # ~200 KB of lines full of the scanned words, none naming anyone
    lines = ["Questions on the conference call may call for inquiries. Inquiries should be "
             "sent to the Company; analysts can call 1-800-555-0100 with questions. " * 2] * 700
    text = "\n".join(lines) + "\n" + "Reporters may call Call call " * 6000
    start = time.process_time()
    assert find_contacts(text) == []
    assert time.process_time() - start < 5
