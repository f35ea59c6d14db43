"""Compiled regexes kept between runs, as Python keeps bytecode.

CPython compiles a regex in pure Python: parsing it and generating its engine code cost
40-60 ms for the patterns one filing reaches, a third of a one-file run. The code a pattern
compiles to depends only on its source, its flags and the interpreter, so this module
stores it in ``__pycache__`` beside the package (keyed by the interpreter's cache tag and
the regex engine's version) and hands it straight to the engine (``_sre.compile``, what
``re.compile`` itself ends with) on later runs.

    >>> compiled(r"(?P<year>\\d{4})-\\d\\d").match("2024-02").group("year")
    '2024'

The cache is an optimisation only: a missing, unreadable or foreign file, an unwritable
folder, ``PYTHONDONTWRITEBYTECODE`` (``sys.dont_write_bytecode``) or a Python whose ``re``
internals differ all fall back to ``re.compile``, with the same patterns as a result.
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import re
import sys
from array import array
from pathlib import Path
from typing import Any

try:  # CPython 3.11+ internals; without them every pattern goes through re.compile
    import _sre
    from re import _compiler, _parser

    _TAG: str | None = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}"
except (ImportError, AttributeError):  # pragma: no cover - other interpreters
    _TAG = None

# (engine flags, code as array bytes, groups - 1, groupindex, indexgroup)
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

_FOLDER = Path(__file__).resolve().parent / "__pycache__"
_MAX_ENTRIES = 4000  # stale entries (edited patterns) are dropped past this many


class _Cache:
    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.entries: dict[tuple[str, int], Entry] | None = None  # loaded on first use
        self.new: dict[tuple[str, int], Entry] = {}
        self.hooked = False

    def load(self) -> dict[tuple[str, int], Entry]:
        if self.entries is None:
            self.entries = {}
            if self.path is not None:
                try:
                    data = marshal.loads(self.path.read_bytes())
                    if isinstance(data, tuple) and len(data) == 2 and data[0] == _TAG:
                        self.entries = data[1]
                except (OSError, ValueError, EOFError, TypeError):
                    pass  # no cache yet, or a damaged one: it is rewritten
        return self.entries

    def compile(self, pattern: str, flags: int) -> re.Pattern[str]:
        flags = int(flags)  # a RegexFlag does not marshal
        key = (pattern, flags)
        entry = self.load().get(key)
        if entry is not None:
            try:
                return _build(pattern, entry)
            except (RuntimeError, TypeError, ValueError):  # not this engine's code after all
                self.entries.pop(key, None)  # type: ignore[union-attr]
        entry = _generate(pattern, flags)
        compiled = _build(pattern, entry)
        self.new[key] = entry
        if not self.hooked and self.path is not None and not sys.dont_write_bytecode:
            self.hooked = True
            atexit.register(self.save)
        return compiled

    def save(self) -> None:
        """Write the cache with this process's new patterns (atomically; errors ignored)."""
        if not self.new or self.path is None or sys.dont_write_bytecode:
            return
        self.entries = None  # re-read: another process may have written since
        merged = {**self.load(), **self.new}
        if len(merged) > _MAX_ENTRIES:
            merged = dict(self.new)
        tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(exist_ok=True)
            tmp.write_bytes(marshal.dumps((_TAG, merged)))
            os.replace(tmp, self.path)
        except OSError:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
            return
        self.entries, self.new = merged, {}


def _generate(pattern: str, flags: int) -> Entry:
    """What re._compiler.compile computes before handing it to the engine."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (int(flags | parsed.state.flags), array("I", code).tobytes(), parsed.state.groups - 1,
            groupindex, tuple(indexgroup))


def _build(pattern: str, entry: Entry) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, flags, array("I", code).tolist(), groups, groupindex,
                        indexgroup)


def _cache_path() -> Path | None:
    if _TAG is None or array("I").itemsize != _sre.CODESIZE:
        return None
    return _FOLDER / f"regex.{_TAG}.marshal"


_CACHE = _Cache(_cache_path())


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the cache when this pattern was compiled before."""
    if _TAG is None or not isinstance(pattern, str) or flags & (re.DEBUG | re.LOCALE):
        return re.compile(pattern, flags)
    try:
        return _CACHE.compile(pattern, flags)
    except re.error:
        raise
    except Exception:  # noqa: BLE001 - an interpreter whose internals differ: plain re
        return re.compile(pattern, flags)


def save() -> None:
    """Write new patterns now (worker processes end without running atexit handlers)."""
    _CACHE.save()


def _stats() -> dict[str, Any]:  # for tests and benchmarks
    return {"path": _CACHE.path, "loaded": len(_CACHE.load()), "new": len(_CACHE.new)}
