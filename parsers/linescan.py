"""Line-anchored regex search that skips from line start to line start.

Python's regex engine tries a MULTILINE ``^`` at every character of the text, so a scan for
"a line that starts with Item" costs a failed attempt per character (about 4x the time of
the same scan led by a literal character). Led by a literal newline, the engine jumps with
a fast character search from one line start to the next. ``LinePattern`` keeps both forms:
the ``^`` form for a line at the very start of the searched range, the newline form for
every other line, and reports where the *line* starts either way.

    >>> p = LinePattern(r"[ \\t]*SIGNATURES?[ \\t]*$")
    >>> p.line_start(p.search("Item 9.01\\n  SIGNATURES\\nBy: /s/ A"))
    10
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator
from itertools import chain

from .regex_cache import compiled


class LinePattern:
    """``body`` is a regex matched at a line start (a leading ``^`` is harmless); it must not
    match a newline before its first character."""

    __slots__ = ("body", "flags", "first", "rest")
    first: re.Pattern[str]
    rest: re.Pattern[str]

    def __init__(self, body: str, flags: int = 0) -> None:
        self.body, self.flags = body, flags | re.MULTILINE

    def __getattr__(self, name: str) -> re.Pattern[str]:
        """Compile a form on first use (then it is a plain slot): a one-file run pays at
        start-up only for the scans that file needs, of the hundred or so defined."""
        if name == "first":
            self.first = compiled(self.body, self.flags)
            return self.first
        if name == "rest":
            self.rest = compiled(f"\n(?:{self.body})", self.flags)
            return self.rest
        raise AttributeError(name)

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """The first line in text[start:end] that matches."""
        stop = len(text) if end is None else end
        # (_head inline: this runs for every line-anchored scan of every document)
        if start == 0 or text[start - 1 : start] == "\n":
            head = self.first.match(text, start, stop)
            if head is not None:
                return head
        return self.rest.search(text, start, stop)

    def finditer(self, text: str, start: int = 0, end: int | None = None
                 ) -> Iterator[re.Match[str]]:
        """Every matching line in text[start:end]: the C iterator itself, not a generator
        around it (a Python frame resumed per match cost more than the regex on short
        lines)."""
        stop = len(text) if end is None else end
        if start == 0 or text[start - 1 : start] == "\n":  # (_head inline, as in search)
            head = self.first.match(text, start, stop)
            if head is not None:
                return chain((head,), self.rest.finditer(text, head.end(), stop))
        return self.rest.finditer(text, start, stop)

    def last(self, text: str, start: int = 0, tail: int = 50_000) -> re.Match[str] | None:
        """The last line in text[start:] that matches, for a body that matches within its
        line: the text's last `tail` characters are tried first, then the stretch above, so
        a match near the end (an index printed last) costs no scan of the whole text. Each
        stretch runs from a line's start to a line's end: every line is tried once, whole."""
        end = len(text)
        while end > start:
            begin = max(start, text.rfind("\n", 0, max(0, end - tail)) + 1)
            found = deque(self.finditer(text, begin, end), maxlen=1)
            if found:
                return found[0]
            end = begin - 1  # (the newline before the stretch)
        return None

    def line_start(self, m: re.Match[str]) -> int:
        """Where the matched line starts (the newline form matches one character earlier)."""
        return m.start() + 1 if m.re is self.rest else m.start()

    def matching_lines(self, lines: list[str]) -> list[int]:
        """Indices of the lines where the pattern matches: one C-level pass over the joined
        lines instead of a Python call per line (callers still apply their exact per-line
        rule to the few lines they get)."""
        text = "\n".join(lines)
        out: list[int] = []
        i = pos = 0
        for m in self.finditer(text):
            start = self.line_start(m)
            i += text.count("\n", pos, start)
            pos = start
            if not out or out[-1] != i:
                out.append(i)
        return out


def line_above(text: str, line_start: int, tries: int = 4, blank: str | None = None
               ) -> tuple[str, int]:
    """The nearest line above the line at `line_start` that holds more than `blank`'s
    characters (whitespace by default; " \t-_=" skips rules too), and where it starts; up
    to `tries` lines looked at; ("", -1) where none is near."""
    end = line_start - 1
    for _ in range(tries):
        if end < 0:
            break
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip(blank):
            return line, start
        end = start - 1
    return "", -1
