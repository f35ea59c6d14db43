"""The floor: the least any converter must do per input, to measure filing2json against.

    python benchmarks/floor.py DIR_OR_FILE... > /dev/null

Walks its PATHs like `filing2json convert` does (recursively, sorted, the filing suffixes),
and for each file: reads the bytes, decodes them (UTF-8, else cp1252), makes one regex pass
over the text (document types and item headings), and writes one small orjson line such as

    {"path":"samples/000_af6957f9859c0735.txt","bytes":5974,"types":[],"items":2}

on stdout. No parsing beyond that: filing2json's throughput divided by this one is the share
of the machine's reachable speed that the real work leaves.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator

import orjson

SUFFIXES = (".txt", ".htm", ".html", ".nc", ".sgml")  # as filing2json's directory walk

# One linear pass: `<TYPE>8-K` lines of submissions and `ITEM 5.` style headings.
SCAN = re.compile(r"^(?:<TYPE>([^\n<]{1,40})|[ \t]{0,20}[Ii][Tt][Ee][Mm][ \t]{1,5}\d)", re.M)


def walk(path: str) -> Iterator[str]:
    """Files under `path` in name order (the file itself when it is one)."""
    if not os.path.isdir(path):
        yield path
        return
    try:
        entries = sorted(os.scandir(path), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from walk(entry.path)
        elif entry.name.lower().endswith(SUFFIXES):
            yield entry.path


def floor_one(path: str) -> bytes:
    with open(path, "rb") as fh:
        data = fh.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", "replace")
    types: list[str] = []
    items = 0
    for m in SCAN.finditer(text):
        if m.group(1) is not None:
            types.append(m.group(1).strip())
        else:
            items += 1
    return orjson.dumps({"path": path, "bytes": len(data), "types": types, "items": items},
                        option=orjson.OPT_APPEND_NEWLINE)


def main(argv: list[str]) -> int:
    out = sys.stdout.buffer
    for arg in argv:
        for path in walk(arg):
            try:
                out.write(floor_one(path))
            except BrokenPipeError:
                return 141
            except OSError as exc:
                sys.stderr.write(f"floor: error: {path}: {exc}\n")
    out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
