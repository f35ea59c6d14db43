"""Regexes compiled on first use, for module-level pattern tables.

Compiling is pure Python in CPython's ``re`` (about 0.1 ms per pattern, several ms for the
long spelling tables; ``regex_cache`` keeps the results between runs), and a one-file run
needs only the patterns its filing reaches: a plain 8-K never reads the 20-F cover captions
or the amendment's explanatory-note spellings. A ``lazy`` pattern costs nothing at import;
its first use compiles it and copies the compiled pattern's methods onto the object, so
every later call is a plain attribute look-up.

    >>> DATE = lazy(r"\\d{4}-\\d{2}-\\d{2}")
    >>> DATE.search("filed 2024-02-01").group()
    '2024-02-01'

Use it where a pattern is only called (``.match``, ``.search``, ...). Code that needs a real
``re.Pattern`` (``m.re is P``, ``isinstance``) should use ``regex_cache.compiled``.
"""

from __future__ import annotations

from typing import Any

from . import regex_cache

_COPIED = ("match", "search", "fullmatch", "finditer", "findall", "sub", "subn", "split",
           "pattern", "flags", "groups", "groupindex")


class LazyPattern:
    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        # only reached while the methods are not yet copied (or for an unknown name); private
        # and dunder names (copy, pickle asking before __init__ ran) never compile
        if name.startswith("_"):
            raise AttributeError(name)
        compiled = regex_cache.compiled(*self._source)
        for attr in _COPIED:
            setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self._source[0]!r})"


def lazy(pattern: str, flags: int = 0) -> Any:
    """A pattern that compiles on first use (typed Any: it answers as a re.Pattern does)."""
    return LazyPattern(pattern, flags)
