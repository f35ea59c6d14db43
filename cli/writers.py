"""Where converted records go: stdout (jsonl, a json array, a table) or one file per input.

Every sink streams: a record is written as soon as it arrives and then forgotten (the table
keeps only its short rows). Payloads arrive already serialised by the workers.

    jsonl   {"schema_version":"1.1",...}\\n per record, nothing else on stdout
    json    [\\n  {...},\\n  {...}\\n]\\n  -- a valid array even with no records
    table   a Rich table at the end (see table.py)
    -o DIR  DIR/<out_name>.json per input (inputs.py documents out_name), written atomically:
            a hidden temp file ".<name>.json.<random>.tmp" in the same directory, flushed and
            fsync'ed, then os.replace()d over the target. A run killed at any point leaves
            only complete .json files (and at worst a stale hidden .tmp file).
"""

from __future__ import annotations

import os
import signal
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from .table import render as render_table


class Sink(Protocol):
    def write(self, payload: Any, out_name: str) -> None: ...
    def close(self) -> None: ...


class JsonlSink:
    def __init__(self, out: BinaryIO) -> None:
        self.out = out

    def write(self, payload: bytes, out_name: str) -> None:
        self.out.write(payload)

    def close(self) -> None:
        self.out.flush()


class JsonArraySink:
    def __init__(self, out: BinaryIO) -> None:
        self.out = out
        self.count = 0
        out.write(b"[")

    def write(self, payload: bytes, out_name: str) -> None:
        self.out.write(b",\n" if self.count else b"\n")
        self.out.write(payload)
        self.count += 1

    def close(self) -> None:
        self.out.write(b"\n]\n")
        self.out.flush()


class TableSink:
    def __init__(self, console: Any) -> None:
        self.console = console
        self.rows: list[tuple[str, ...]] = []

    def write(self, payload: tuple[str, ...], out_name: str) -> None:
        self.rows.append(payload)

    def close(self) -> None:
        render_table(self.rows, self.console)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def safe_relative(out_name: str) -> str:
    """out_name as a path that stays inside the output directory."""
    parts = [p for p in out_name.replace("\\", "/").split("/") if p not in ("", ".", "..")]
    return "/".join(parts) or "input"


class DirSink:
    """One .json file per input under `root`, each replaced atomically."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.mode = 0o666 & ~_umask()
        root.mkdir(parents=True, exist_ok=True)

    def path_for(self, out_name: str) -> Path:
        return self.root / (safe_relative(out_name) + ".json")

    def is_fresh(self, out_name: str, mtime_ns: int | None) -> bool:
        """--skip-existing: the output exists and is newer than the input."""
        if mtime_ns is None:
            return False
        try:
            return self.path_for(out_name).stat().st_mtime_ns > mtime_ns
        except OSError:
            return False

    def write(self, payload: bytes, out_name: str) -> None:
        target = self.path_for(out_name)
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(target, payload, self.mode)

    def close(self) -> None:
        return None


_DEFERRED = (signal.SIGINT, signal.SIGTERM)


def atomic_write(target: Path, data: bytes, mode: int = 0o644) -> None:
    """Write `data` to `target` so readers see the old file or the whole new one.

    Ctrl-C and SIGTERM are held off for the few milliseconds from creating the temp file
    to renaming it, so an interrupted run never leaves a temp file behind (SIGKILL can).
    Holding is done by the Python-level handlers, not the thread's signal mask: with -j N the
    pool's threads can take the OS signal, and the handler still runs in this thread.
    """
    held: list[int] = []
    try:
        old = {sig: signal.signal(sig, lambda signum, _frame: held.append(signum))
               for sig in _DEFERRED}
    except ValueError:  # not the main thread: no handlers to swap
        _write_replace(target, data, mode)
        return
    try:
        _write_replace(target, data, mode)
    finally:
        for sig, handler in old.items():
            signal.signal(sig, handler)
        if held:  # delivered now, to the handlers of the run (KeyboardInterrupt, exit 143)
            signal.raise_signal(held[0])


def _write_replace(target: Path, data: bytes, mode: int) -> None:
    import tempfile  # --out-dir only: 1 ms of start-up otherwise

    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
            os.fchmod(fh.fileno(), mode)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
