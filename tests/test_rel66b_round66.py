"""Press releases round 66b: a number wrapped at its hyphen is rejoined with no space ("Phone:
800-435-2336"), "For media inquiries, please contact:" heads a contact block, and so does a
body's last sentence "For more information, contact" wrapped before the name (Pericom 2003 and
2006, Apple 1999, edited where each test says)."""

from __future__ import annotations

import time
from typing import Any

from filing2json.parsers import parse
from filing2json.parsers.sections.press_contact_blocks import heading_role
from filing2json.parsers.sections.press_text import paragraph_text
from support import FILINGS


def _release(data: bytes) -> dict[str, Any]:
    return parse(data, "in.txt")["press_releases"][0]


def _people(data: bytes) -> list[tuple[Any, ...]]:
    return [(c["name"], c["role"], c["phone"]) for c in _release(data)["contacts"]]


def test_a_phone_number_wrapped_at_its_hyphen_is_rejoined() -> None:
    # Pericom 2003's About ends "Phone: 800-" / "435-2336; Fax: ..." (was "800- 435-2336")
    about = _release((FILINGS / "8k_2003_pericomsemiconductorco_1.txt").read_bytes())["about"]
    assert "Phone: 800-435-2336; Fax: 408-435-1100;" in about["text"]
    # Pericom 2006's body: "calling (866) 825-" / "3308 (domestic)" (was "825- 3308")
    body = _release((FILINGS / "8k_2006_pericomsemiconductorco_5.txt").read_bytes())["body"]
    assert "accessed by calling (866) 825-3308 (domestic) or (617) 213-8062" in body


def test_a_wrapped_range_or_compound_keeps_its_hyphen_and_no_space() -> None:
    # a range reads as printed unwrapped ("1998-2000"), as Home Health 1997's "Parts 260-" /
    # "270" and Indiana Bell 1999's "a 14-" / "point checklist" do; a dash typed with spaces
    # around it, or a double hyphen, still parts the words
    assert paragraph_text(["sales for 1998-", "2000 rose"]) == "sales for 1998-2000 rose"
    assert paragraph_text(["C.F.R. Parts 260-", "270 or any"]) == "C.F.R. Parts 260-270 or any"
    assert paragraph_text(["a 14-", "point checklist"]) == "a 14-point checklist"
    assert paragraph_text(["a Packet-", "Based Network"]) == "a Packet-Based Network"
    assert paragraph_text(["rose 5% -", "2000 units"]) == "rose 5% - 2000 units"
    assert paragraph_text(["grew--", "2000 units"]) == "grew-- 2000 units"


APPLE = FILINGS / "8k_1999_applecomputerinc_1.txt"
_BLOCK = (b"       Press Contact:\n       Rhona Hamilton\n       Apple Computer, Inc.\n"
          b"       (408) 974-6439\n")


def test_inquiries_sent_to_a_contact_head_the_block() -> None:
    # Apple 1999's block edited to "For media inquiries, please contact:" (found no contact
    # at all: the comma after "inquiries" made it no heading), and to the same words run into
    # a sentence naming her
    data = APPLE.read_bytes()
    # (the role: the desk's words as printed, "For" apart)
    for heading, role in ((b"For media inquiries, please contact:", "media inquiries"),
                          (b"For Press Inquiries, contact:", "Press Inquiries"),
                          (b"For all investor inquiries please contact:", "investor inquiries"),
                          (b"MEDIA INQUIRIES, PLEASE CONTACT:", "MEDIA INQUIRIES"),
                          (b"For further inquiries, please contact:", None)):
        edited = data.replace(b"Press Contact:", heading)
        assert _people(edited) == [("Rhona Hamilton", role, "(408) 974-6439")], heading
    sentence = b"       For press inquiries, contact Rhona Hamilton at (408) 974-6439.\n"
    assert _people(data.replace(_BLOCK, sentence)) == [
        ("Rhona Hamilton", "press inquiries", "(408) 974-6439")]


def test_a_contact_sentence_wrapped_before_the_name_ends_the_body() -> None:
    # Apple 1999's block taken out and its people named in the body's last sentence, after
    # another one, the name wrapped to the next line (found none: the sentence was asked
    # for a capital after "contact" on its own line)
    data = APPLE.read_bytes().replace(_BLOCK + b"       hamiton@apple.com\n", b"")
    about = b"\nAbout Apple Computer\n"
    assert about in data
    for said in (b"please contact\nRhona Hamilton, Apple Computer, Inc., at (408) 974-6439.",
                 b"contact\nRhona Hamilton at (408) 974-6439."):
        edited = data.replace(about, b"\nApple said the offer expires Friday. For more "
                              b"information, " + said + b"\n" + about)
        assert _people(edited) == [("Rhona Hamilton", None, "(408) 974-6439")], said
    # "contact" over no one's name names no one
    edited = data.replace(about, b"\nApple said the offer expires Friday. For more "
                          b"information, please contact\nthe Company at (408) 974-6439.\n"
                          + about)
    assert _people(edited) == []


def test_inquiries_heading_and_hyphen_join_run_in_linear_time() -> None:
    line = "For " + "media " * 40000 + "inquiries, please contact: Jane Doe"
    start = time.process_time()
    heading_role(line)
    heading_role("For media inquiries " * 10000)
    paragraph_text(["800-"] * 50000)
    heading_role(". For more information, contact " * 7000)
    assert time.process_time() - start < 5
