"""filing2json.parsers: EDGAR filing bytes -> one record (schema_version "1.1":
SPEC.md + CHANGELOG.md).

Library use::

    from filing2json.parsers import parse
    record = parse(open("filing.txt", "rb").read(), path="filing.txt")

`parse` raises `ConvertError` (one-line reason) for input that is not a filing.
"""

from __future__ import annotations

import hashlib
from typing import Any

from .envelope import decode_bytes  # (loaded by .stages anyway: no start-up cost)
from .errors import ConvertError
from .pipeline import Context, Options
from .record import SCHEMA_VERSION, empty_record
from .stages import REGISTRY

__all__ = ["parse", "parse_taking", "ConvertError", "SCHEMA_VERSION", "REGISTRY"]


def parse(data: bytes, path: str = "-", *, keep_text: bool = True) -> dict[str, Any]:
    """Convert one filing's bytes into its record."""
    return parse_taking([data], path, keep_text=keep_text)


def parse_taking(holder: list[bytes], path: str = "-", *,
                 keep_text: bool = True) -> dict[str, Any]:
    """`parse` for a caller that gives up its bytes: `holder` is emptied once they are
    decoded, so a 200 MB filing's bytes are freed before its text is worked on."""
    data = holder.pop()
    text, encoding = decode_bytes(data)
    source = {
        "path": path,
        "bytes": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
        "encoding": encoding,
    }
    del data
    ctx = Context(source=source, text=text, options=Options(keep_text=keep_text))
    del text  # the envelope stage drops ctx.text once the documents are cut out
    ctx.record = empty_record(source)
    REGISTRY.run(ctx)
    return ctx.record
