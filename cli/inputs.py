"""PATH arguments -> a lazy, ordered stream of `Input`s, one per filing to convert.

What a PATH may be (SPEC.md "Command line"):

    samples/000.txt         a file: always taken, whatever its extension
    filings/                a directory: walked recursively in name order, taking the names in
                            FILING_SUFFIXES and ARCHIVE_SUFFIXES (hidden entries skipped,
                            symlinked directories not followed)
    'filings/**/*.txt'      a glob (quoted; expanded here with recursive=True, sorted); matching
                            files are taken as if named, matching directories walked (unless
                            the pattern has `**`, which already descends)
    -                       standard input (gzip, zip and tar data on stdin are recognised
                            by their magic bytes)

Archives are streamed member by member, never unpacked to disk. Every member is one input:

    feed.nc.tar.gz          source "feed.nc.tar.gz!0001.nc"       out_name "feed.nc.tar.gz__0001.nc"
    x.zip (member a/b.txt)  source "x.zip!a/b.txt"                out_name "x.zip__a__b.txt"
    x.txt.gz                source "x.txt.gz!x.txt"               out_name "x.txt"

`out_name` is the output file name for `-o` without ".json": a file's path relative to the
directory (or glob base) it was found under, its basename when named explicitly, and for an
archive member the archive's out_name, "__", then the member path with "/" turned into "__".

Inputs that fail before conversion (missing path, corrupt archive, directory without filings)
arrive as `Input(error=...)` in their place in the stream, so the run reports them and goes on.
"""

from __future__ import annotations

import glob
import io
import os
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

FILING_SUFFIXES = (".txt", ".htm", ".html", ".nc", ".sgml")
TAR_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")
ZIP_SUFFIXES = (".zip",)
GZ_SUFFIX = ".gz"  # one member, named like the archive minus ".gz"
ARCHIVE_SUFFIXES = TAR_SUFFIXES + ZIP_SUFFIXES + (GZ_SUFFIX,)
MAX_NESTING = 3  # archives inside archives, at most this deep
STDIN = "-"
_GLOB_MAGIC = frozenset("*?[")

# (out_name, mtime_ns) -> True when the output is up to date and the input can be skipped.
SkipTest = Callable[[str, "int | None"], bool]


@dataclass(frozen=True, slots=True)
class Input:
    """One filing to convert, or one input that already failed."""

    source: str  # the record's source.path
    out_name: str = ""  # the -o file name, without ".json"
    file: str | None = None  # a file for the worker to read; None: `data` holds the bytes
    data: bytes | None = None
    gzip: bool = False  # gunzip what is read first
    error: str | None = None  # failed before conversion: the one-line reason
    skipped: bool = False  # --skip-existing found its output up to date


def kind(name: str) -> str | None:
    """"tar", "zip", "gz", "filing" or None (not wanted in a directory walk)."""
    low = name.lower()
    if low.endswith(TAR_SUFFIXES):
        return "tar"
    if low.endswith(ZIP_SUFFIXES):
        return "zip"
    if low.endswith(GZ_SUFFIX):
        return "gz"
    if low.endswith(FILING_SUFFIXES):
        return "filing"
    return None


def reason(exc: BaseException) -> str:
    """A one-line, lower-case reason for an OS or archive error."""
    text = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    text = " ".join(text.split()) or type(exc).__name__
    return text[:1].lower() + text[1:]


def _stripped_gz(name: str) -> str:
    return name[: -len(GZ_SUFFIX)] if name.lower().endswith(GZ_SUFFIX) else name


def _member_out(prefix: str, member: str) -> str:
    """Deterministic, flat output name for an archive member (no "/", no "!")."""
    safe = member.replace("\\", "/").strip("/").replace("/", "__").replace("!", "_")
    return f"{prefix}__{safe.replace(chr(0), '_')}"


def expand(
    paths: list[str], stdin: BinaryIO | None = None, skip: SkipTest | None = None
) -> Iterator[Input]:
    """Every input named by `paths`, in order; `-` reads `stdin`."""
    for arg in paths:
        if arg == STDIN:
            data = stdin.read() if stdin is not None else b""
            yield from _from_bytes(data, STDIN, "stdin", 0)
        elif os.path.isdir(arg):
            yield from _directory(arg, skip)
        elif os.path.lexists(arg):
            yield from _file(arg, os.path.basename(arg), explicit=True, skip=skip)
        elif _GLOB_MAGIC.intersection(arg):
            yield from _glob(arg, skip)
        else:
            yield Input(arg, error="no such file or directory")


def _mtime(path: str) -> int | None:
    try:
        return os.stat(path).st_mtime_ns
    except OSError:
        return None


def _file(path: str, out: str, *, explicit: bool, skip: SkipTest | None) -> Iterator[Input]:
    k = kind(path)
    if k in ("tar", "zip"):
        yield from _archive_file(path, out, k, skip)
        return
    if k is None and not explicit:
        return
    gz = k == "gz"
    source = f"{path}!{os.path.basename(_stripped_gz(path))}" if gz else path
    out = _stripped_gz(out) if gz else out
    if skip is not None and skip(out, _mtime(path)):
        yield Input(source, out, skipped=True)
        return
    yield Input(source, out, file=path, gzip=gz)


def _directory(root: str, skip: SkipTest | None) -> Iterator[Input]:
    found = False
    for rel in _walk(root, ""):
        found = True
        if isinstance(rel, Input):
            yield rel
        else:
            yield from _file(os.path.join(root, rel), rel, explicit=False, skip=skip)
    if not found:
        yield Input(root, error="no filings found in directory")


def _walk(root: str, rel: str) -> Iterator[str | Input]:
    """Relative paths of wanted files under root, sorted by path components."""
    here = os.path.join(root, rel) if rel else root
    try:
        with os.scandir(here) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield Input(here, error=reason(exc))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        sub = f"{rel}/{entry.name}" if rel else entry.name
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(root, sub)
        elif kind(entry.name) is not None:
            yield sub


def _glob_base(pattern: str) -> str:
    """The literal directory in front of the first glob component ("" for none)."""
    parts = pattern.split(os.sep)
    literal: list[str] = []
    for part in parts[:-1]:
        if _GLOB_MAGIC.intersection(part):
            break
        literal.append(part)
    return os.sep.join(literal)


def _glob(pattern: str, skip: SkipTest | None) -> Iterator[Input]:
    matches = sorted(glob.glob(pattern, recursive=True))
    base = _glob_base(pattern)
    walk_dirs = "**" not in pattern
    taken = False
    for path in matches:
        if os.path.isdir(path):
            if walk_dirs:
                taken = True
                yield from _directory(path, skip)
            continue
        taken = True
        out = os.path.relpath(path, base) if base else path
        yield from _file(path, out, explicit=True, skip=skip)
    if not taken:
        yield Input(pattern, error="no files match")


def _archive_file(path: str, out: str, k: str, skip: SkipTest | None) -> Iterator[Input]:
    mtime = _mtime(path)
    try:
        fh = open(path, "rb")  # closed by the with below
    except OSError as exc:
        yield Input(path, error=reason(exc))
        return
    with fh:
        members = _tar(fh, path, out, 0) if k == "tar" else _zip(fh, path, out, 0)
        yield from _skipping(members, mtime, skip)


def _skipping(
    members: Iterator[Input], mtime: int | None, skip: SkipTest | None
) -> Iterator[Input]:
    for inp in members:
        if skip is not None and inp.error is None and skip(inp.out_name, mtime):
            yield Input(inp.source, inp.out_name, skipped=True)
        else:
            yield inp


def _member(data: bytes, source: str, out: str, depth: int) -> Iterator[Input]:
    """An archive member: a filing, or (up to MAX_NESTING) an archive itself."""
    k = kind(source)
    if k in ("tar", "zip") and depth < MAX_NESTING:
        fh = io.BytesIO(data)
        reader = _tar if k == "tar" else _zip
        yield from reader(fh, source, out, depth + 1)
    elif k == "gz":
        name = os.path.basename(_stripped_gz(source.rsplit("!", 1)[-1]))
        yield Input(f"{source}!{name}", _stripped_gz(out), data=data, gzip=True)
    else:
        yield Input(source, out, data=data)


def _tar(fh: BinaryIO, source: str, out: str, depth: int) -> Iterator[Input]:
    import tarfile  # archives only: 2-4 ms of every run's start-up otherwise

    found = False
    try:
        with tarfile.open(fileobj=fh, mode="r|*") as tar:
            for info in tar:
                if not info.isfile() or kind(info.name) is None:
                    continue
                base = os.path.basename(info.name.rstrip("/"))
                if not base or base.startswith("."):
                    continue
                found = True
                src, dst = f"{source}!{info.name}", _member_out(out, info.name)
                extracted = tar.extractfile(info)
                data = extracted.read() if extracted is not None else b""
                yield from _member(data, src, dst, depth)
    except (tarfile.TarError, EOFError, OSError, zlib.error) as exc:
        yield Input(source, error=f"corrupt tar archive: {reason(exc)}")
        return
    if not found:
        yield Input(source, error="no filings found in archive")


def _zip(fh: BinaryIO, source: str, out: str, depth: int) -> Iterator[Input]:
    import zipfile  # archives only, as tarfile

    try:
        archive = zipfile.ZipFile(fh)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        yield Input(source, error=f"corrupt zip archive: {reason(exc)}")
        return
    found = False
    with archive:
        for info in archive.infolist():
            base = os.path.basename(info.filename.rstrip("/"))
            if info.is_dir() or kind(base) is None or base.startswith("."):
                continue
            found = True
            src, dst = f"{source}!{info.filename}", _member_out(out, info.filename)
            try:
                data = archive.read(info)
            except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError,
                    NotImplementedError, zlib.error) as exc:
                yield Input(src, error=f"corrupt zip member: {reason(exc)}")
                continue
            yield from _member(data, src, dst, depth)
    if not found:
        yield Input(source, error="no filings found in archive")


def _from_bytes(data: bytes, source: str, out: str, depth: int) -> Iterator[Input]:
    """Standard input: an archive when its magic bytes say so, else one filing."""
    head = data[:512]
    if head[:2] == b"\x1f\x8b":
        try:
            inner = zlib.decompressobj(wbits=31).decompress(data[:65536], 512)
        except zlib.error:
            inner = b""
        if inner[257:262] == b"ustar":
            yield from _tar(io.BytesIO(data), source, out, depth)
        else:
            yield Input(source, out, data=data, gzip=True)
    elif head[:4] == b"PK\x03\x04":
        yield from _zip(io.BytesIO(data), source, out, depth)
    elif head[257:262] == b"ustar":
        yield from _tar(io.BytesIO(data), source, out, depth)
    else:
        yield Input(source, out, data=data)
