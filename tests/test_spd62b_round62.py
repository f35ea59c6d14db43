"""Round 62b, speed of a samples pass: the cover's caption-line scan entered at each caption
word's rarest character, and a street line over the address caption no longer searched for a
telephone number closing it. Each cut keeps its answers: checked here against the slow way
on the real covers of the corpus and samples."""

from __future__ import annotations

import time

import pytest

from filing2json.parsers.sections.cover import cover_region
from filing2json.parsers.sections.cover_above import _TEL_FAX, NOT_PHONE_CHAR, _tel_fax
from filing2json.parsers.sections.cover_address import cut_phone
from filing2json.parsers.sections.cover_chunks import _CAPTION_WORDS as CAPTION_WORDS
from filing2json.parsers.sections.cover_chunks import WORD_LINE
from filing2json.parsers.sections.cover_layout import _caption_lines, read_captioned
from support import FILINGS, SAMPLES


def _covers() -> list[str]:
    out = []
    for path in sorted(FILINGS.glob("*.txt")) + sorted(SAMPLES.glob("*.txt")):
        text = path.read_text(errors="replace")
        out.append(cover_region(text[text.find("<TEXT>") + 6 :]))
    return [c for c in out if c]


def test_caption_scan_enters_no_word_at_a_common_letter() -> None:
    # the scan tries a match only where an entry character stands: none is one of the six
    # commonest letters of English, that a cover's lowered text is full of
    entries = {alt[0] for alt in _alternatives(WORD_LINE.pattern)}
    assert entries and not entries & set("etaoin")


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of WORD_LINE's group (its entry characters first)."""
    body = pattern[3 : pattern.rindex(")[^")]
    out, depth, start = [], 0, 0
    for k, ch in enumerate(body):
        if body[k - 1 : k] == "\\":
            continue
        depth += ch == "("
        depth -= ch == ")"
        if ch == "|" and depth == 0:
            out.append(body[start:k])
            start = k + 1
    out.append(body[start:])
    return [a[1] if a[0] == "\\" else a[0] for a in out]


def test_caption_lines_as_a_substring_test_finds_them() -> None:
    # every real cover, and one edited so that each word stands at a line's start, at its end
    # and as the text's first and last word (the lookbehinds reach back to the line's start)
    covers = [c.lower() for c in _covers()]
    words = "\n".join(f"{w}\nx {w}\n{w} y" for w in CAPTION_WORDS)
    covers.append(f"{CAPTION_WORDS[0]}\n{covers[0]}\n{words}\n{CAPTION_WORDS[-1]}")
    for low in covers:
        lines = [i for i, line in enumerate(low.split("\n"))
                 if any(word in line for word in CAPTION_WORDS)]
        assert _caption_lines(low) == lines


def test_caption_scan_is_linear() -> None:
    # each word's head repeated, its entry character never closing it: 200 KB each
    for head in ("nam", "identi", "stan", "countr", "emp", "(stree", "i."):
        start = time.process_time()
        assert _caption_lines(head * (200_000 // len(head))) == []
        assert time.process_time() - start < 5


# numbers alone on their line, as covers print them over the address or phone caption
_ALONE = [
    "(781) 466-8080",  # samples/000
    "781-466-8080 ext. 5",
    "(212) 555-1212 Extension 12",
    "1-800-555-1212 x12",
    "+44 20 7123 4567",
    "(86-21) 6133-0808",
    "(800) 555-CTC1",
    "(212) 555-1212/1213",
    "Telephone   (781) 466-8080",  # (the label with the number past _TEL_FAX's one blank)
    "Phone Number (781) 466-8080",
]


@pytest.mark.parametrize("line", _ALONE)
def test_a_number_alone_holds_no_other_character(line: str) -> None:
    rest, number = cut_phone(line)
    assert number and not rest
    assert NOT_PHONE_CHAR.search(line) is None
    assert _tel_fax(line) == number


def test_no_line_of_a_real_cover_read_as_a_number_is_ruled_out() -> None:
    # the slow way over every line of every real cover: a line cut_phone reads whole (no
    # label _TEL_FAX reads) holds no character NOT_PHONE_CHAR finds
    numbers = 0
    for cover in _covers():
        for line in cover.split("\n"):
            text = " ".join(line.split())
            if not text or len(text) > 120 or _TEL_FAX.match(text):
                continue
            rest, number = cut_phone(text)
            if number and not rest:
                numbers += 1
                assert NOT_PHONE_CHAR.search(text) is None, text
    assert numbers > 20


def test_street_line_over_the_address_caption_is_no_telephone() -> None:
    # samples/000: "220 Bear Hill Rd., Waltham, Massachusetts    02451" over its captions
    line = "220 Bear Hill Rd., Waltham, Massachusetts 02451"
    assert NOT_PHONE_CHAR.search(line) is not None and _tel_fax(line) is None
    (found,) = read_captioned((SAMPLES / "000_af6957f9859c0735.txt").read_text()[:1400])
    assert found["address"] == "220 Bear Hill Rd., Waltham, Massachusetts"
    assert found["phone"] == "(781) 466-8080"
