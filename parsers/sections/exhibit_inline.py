"""Exhibits printed inside the primary document, after its signatures.

One-document submissions (1990s and 2000s 8-Ks above all) append the exhibit to the report
itself instead of filing it as a <DOCUMENT> of its own: Horizon Financial 2006-2008 prints
"Exhibit 99.1" on a line of its own under the signatures, then the release; Apple 1999 and
Zurn 1994 print their exhibit index ("99.1  Text of Press Release dated September 3, 1999
5") and the release after it, with no heading. exhibits.apply links such an exhibit to the
primary document's sequence (SPEC: `document` is the <DOCUMENT> that holds it) from the
signs read here; it never links one the list says is filed elsewhere.
"""

from __future__ import annotations

from ..lazy_re import lazy

# An exhibit's heading on a line of its own: "Exhibit 99.1", "EXHIBIT 20", "Exhibit No.
# 99.1", "EX-99.1", "EXHIBIT 99(a)" (the number only: a line that goes on to describe the
# exhibit is an index row, "Exhibit 99.1  Press release dated ..."). Lines are found by their
# word (a literal the engine skips to: about 2.5x faster than a pattern tried at each line),
# then matched whole.
_HEAD_WORD = lazy(r"E(?:xhibit|XHIBIT|X-)")
_HEADING = lazy(
    r"[ \t]*+(?:(?:EXHIBIT|Exhibit)[ \t]++(?:(?:NO|No)\.?[ \t]*+)?|EX-)"
    r"(?P<num>\d{1,3}(?:[.-]\d{1,3})?(?:[ \t]?\([A-Za-z0-9]{1,3}\))?)\.?[ \t]*+")
# (a Schedule 13D's or 13G's lettered one, "EXHIBIT A" over the joint filing agreement, where
# the caller asks: in a report, an agreement's "Exhibit A" is no exhibit of the filing)
_LETTER_HEADING = lazy(r"[ \t]*+(?:EXHIBIT|Exhibit)[ \t]++(?P<num>[A-Z])\.?[ \t]*+")
_BODY_CHARS = 2000  # the start of what a heading heads: enough to tell text from an index row
_BODY_WORDS = 40  # an exhibit's text under its heading, not a bare heading or a page header
# A release's own words, which no exhibit list prints ("Press release dated ..." does not
# tell a list entry from the release): its banner, or the verb of its lead sentence
# ("Apple today announced", "Zurn Industries, Inc. ... said today that"). Each is looked for
# around the word found first by a plain substring search, several times faster than a
# pattern tried at every character.
_LEAD_VERB = lazy(r"(?:announced|reported|said)\s++today\b|today\s++(?:announced|reported|said)\b")
_BANNER = lazy(r"(?i:for\s++immediate\s++release)")
_RELEASE_WORDS = {"today": _LEAD_VERB, "mmediate": _BANNER, "MMEDIATE": _BANNER}
_AROUND = 20  # how far before the word its phrase may open


def headed_exhibits(text: str, start: int, letters: bool = False) -> list[str]:
    """The numbers of the exhibits text[start:] prints under a heading of their own, each
    over a body of text (a heading over another heading, or over nothing, heads none);
    `letters`: lettered headings too ("EXHIBIT A")."""
    heads: list[tuple[int, int, str]] = []  # (line start, line end, number)
    for word in _HEAD_WORD.finditer(text, start):
        line = text.rfind("\n", start, word.start()) + 1 or start
        end = text.find("\n", word.end())
        end = len(text) if end < 0 else end
        head = _HEADING.fullmatch(text, line, end) or (
            _LETTER_HEADING.fullmatch(text, line, end) if letters else None)
        if head is not None:
            heads.append((line, end, head.group("num").replace(" ", "")))
    numbers = []
    for k, (_, end, number) in enumerate(heads):
        stop = heads[k + 1][0] if k + 1 < len(heads) else len(text)
        if len(text[end : min(stop, end + _BODY_CHARS)].split()) >= _BODY_WORDS:
            numbers.append(number)
    return numbers


def holds_release(text: str, start: int) -> bool:
    """text[start:] (the primary document after its items) holds a press release."""
    for word, phrase in _RELEASE_WORDS.items():
        at = text.find(word, start)
        while at >= 0:
            if phrase.search(text, max(start, at - _AROUND), at + len(word) + _AROUND):
                return True
            at = text.find(word, at + 1)
    return False
