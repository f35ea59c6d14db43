"""The regex cache: patterns built from stored engine code are the patterns re.compile makes,
and a missing, damaged or foreign cache file only costs a compile."""

from __future__ import annotations

import marshal
import re

import pytest

from filing2json.parsers import regex_cache
from filing2json.parsers.regex_cache import _Cache
from filing2json.parsers.sections.press_patterns import DATELINES

# Patterns of the kinds the parsers use: named groups, flags inline and passed, possessive
# runs, look-behind, and a character class beyond Latin-1 (stored as a big charset).
PATTERNS: list[tuple[str, int]] = [
    (r"(?P<year>\d{4})-(?P<month>\d\d)", 0),
    (r"^[ \t]*item[ \t]+(\d{1,2}\.\d{2})", re.IGNORECASE | re.MULTILINE),
    (r"(?i:for[ \t]+immediate[ \t]+release)[ \t]*[:\u2013\u2014-]?", 0),
    (r"[A-Za-z\u00c0-\u00ff.'\u2019-]*+(?<![.,])", 0),
    (DATELINES[0][1].pattern, 0),
]


@pytest.fixture(autouse=True)
def _writing_allowed(monkeypatch) -> None:
    """Python may run with PYTHONDONTWRITEBYTECODE set; the cache obeys it (tested below)."""
    monkeypatch.setattr("sys.dont_write_bytecode", False)


DATELINE = "SAN JOSE, Calif., July 29 /PRNewswire-FirstCall/ -- Acme Corp. today said"


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_cached_pattern_is_re_compiles(tmp_path, pattern: str, flags: int) -> None:
    path = tmp_path / "regex.marshal"
    writer = _Cache(path)
    first = writer.compile(pattern, flags)
    assert first == re.compile(pattern, flags)  # Pattern equality compares the engine code
    writer.save()
    reader = _Cache(path)  # a later process: loaded from the file, not compiled
    again = reader.compile(pattern, flags)
    assert reader.new == {}
    assert again == re.compile(pattern, flags)
    assert again.groupindex == re.compile(pattern, flags).groupindex
    assert again.groups == re.compile(pattern, flags).groups


def test_a_dateline_matches_the_same_from_the_cache(tmp_path) -> None:
    path = tmp_path / "regex.marshal"
    name, pattern = DATELINES[1]  # date_wire
    writer = _Cache(path)
    writer.compile(pattern.pattern, 0)
    writer.save()
    reader = _Cache(path)
    m = reader.compile(pattern.pattern, 0).match(DATELINE)
    assert reader.new == {}
    assert name == "date_wire"
    assert m is not None and m.group("city") == "SAN JOSE" and m.group("state") == "Calif."
    assert m.group("wire") == "/PRNewswire-FirstCall/"


def test_save_merges_what_another_process_wrote(tmp_path) -> None:
    path = tmp_path / "regex.marshal"
    one, two = _Cache(path), _Cache(path)
    one.compile(r"\d{3}", 0)
    two.compile(r"[A-Z]{2}", 0)
    one.save()
    two.save()
    keys = set(marshal.loads(path.read_bytes())[1])
    assert keys == {(r"\d{3}", 0), (r"[A-Z]{2}", 0)}


@pytest.mark.parametrize("content", [b"", b"not marshal at all", marshal.dumps(("other-tag", {})),
                                     marshal.dumps([1, 2, 3])])
def test_a_damaged_or_foreign_file_is_ignored_and_rewritten(tmp_path, content: bytes) -> None:
    path = tmp_path / "regex.marshal"
    path.write_bytes(content)
    cache = _Cache(path)
    assert cache.compile(r"(?P<n>\d+)", 0).match("42").group("n") == "42"
    assert list(cache.new) == [(r"(?P<n>\d+)", 0)]
    cache.save()
    assert marshal.loads(path.read_bytes())[1].keys() == {(r"(?P<n>\d+)", 0)}


def test_an_entry_that_is_not_engine_code_is_compiled_again(tmp_path) -> None:
    path = tmp_path / "regex.marshal"
    bad = (0, b"\x00\x00\x00\x00", 0, {}, (None,))
    path.write_bytes(marshal.dumps((regex_cache._TAG, {(r"ab+c", 0): bad})))
    cache = _Cache(path)
    assert cache.compile(r"ab+c", 0).fullmatch("abbbc") is not None
    assert (r"ab+c", 0) in cache.new


def test_nothing_is_written_without_bytecode_writing(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr("sys.dont_write_bytecode", True)
    path = tmp_path / "regex.marshal"
    cache = _Cache(path)
    cache.compile(r"x+", 0)
    cache.save()
    assert not path.exists()


def test_an_unwritable_folder_is_no_error(tmp_path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    cache = _Cache(blocker / "sub" / "regex.marshal")  # its folder cannot be made
    assert cache.compile(r"y+", 0).match("yy").group() == "yy"
    cache.save()
    assert cache.new  # kept: nothing was written


def test_a_bad_pattern_raises_as_re_does() -> None:
    with pytest.raises(re.error):
        regex_cache.compiled(r"(unclosed")


def test_the_module_cache_lives_in_pycache_beside_the_parsers() -> None:
    path = regex_cache._stats()["path"]
    assert path is not None and path.parent.name == "__pycache__"
    assert path.parent.parent.name == "parsers"
