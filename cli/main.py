"""STUB CLI (to be replaced)."""

from __future__ import annotations

import sys

import orjson

from filing2json.parsers import parse


def run() -> None:
    for path in sys.argv[2:]:
        with open(path, "rb") as fh:
            sys.stdout.buffer.write(orjson.dumps(parse(fh.read(), path)) + b"\n")
