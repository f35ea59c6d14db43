"""parsers.lazy_re: a pattern compiled on first use answers exactly as re.compile's does."""

from __future__ import annotations

import copy
import importlib
import pickle
import pkgutil
import re
from typing import Any

import pytest

import filing2json.parsers as package
from filing2json.parsers.lazy_re import LazyPattern, lazy
from support import SAMPLES

SEED = SAMPLES / "000_af6957f9859c0735.txt"


def test_lazy_answers_as_the_compiled_pattern() -> None:
    text = SEED.read_text()
    source = r"(?P<month>August|July)[ \t]+(?P<day>\d{1,2}),[ \t]+(?P<year>\d{4})"
    eager, late = re.compile(source), lazy(source)
    assert "search" not in vars(late)  # nothing compiled yet
    assert late.search(text).group() == eager.search(text).group() == "August 3, 2000"
    assert "search" in vars(late)  # now a plain attribute: no look-up cost per call
    assert [m.span() for m in late.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert late.sub("<date>", text) == eager.sub("<date>", text)
    assert late.groupindex == eager.groupindex and late.pattern == source


def test_a_broken_pattern_fails_where_it_is_used() -> None:
    broken = lazy("[")
    with pytest.raises(re.error):
        broken.search("x")


def test_copy_and_pickle_keep_the_pattern() -> None:
    source = r"Item[ \t]+(\d\.\d\d)"
    for late in (lazy(source), copy.copy(lazy(source)), pickle.loads(pickle.dumps(lazy(source)))):
        assert late.search("ITEM 5. / Item 9.01 Financial").group(1) == "9.01"


def _lazies(value: Any, depth: int = 0) -> list[LazyPattern]:
    if isinstance(value, LazyPattern):
        return [value]
    if depth < 2 and isinstance(value, (tuple, list)):
        return [p for item in value for p in _lazies(item, depth + 1)]
    return []


def test_every_lazy_pattern_of_the_package_compiles() -> None:
    found = 0
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            for pattern in _lazies(value):
                assert isinstance(pattern.groups, int)  # compiles it
                found += 1
    assert found >= 30
