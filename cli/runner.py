"""Convert a stream of `Input`s into a stream of `Outcome`s, in input order, in -j processes.

`convert_one` reads, converts and serialises one input and never raises: a `ConvertError`
becomes the input's one-line error, any other exception (a bug) becomes
"internal error: ExcType: message". Workers return bytes (or a table row), so the parent only
writes. Order does not depend on the number of jobs: futures are collected first in, first
out from a bounded window (at most WINDOW_PER_JOB x jobs batches in flight), so memory stays
flat however many inputs there are. (ProcessPoolExecutor.map and Pool.imap would both pull
the whole input stream, archive member bytes included, into their queues up front.) Inputs go
to the workers in batches (up to BATCH_INPUTS inputs or BATCH_BYTES of data): one task per
small filing cost as much in pickling and queue traffic as converting it.

A worker that dies (killed by the OOM killer, a crash in a C library) breaks the pool: the
pool is rebuilt and the inputs that were in flight are retried one at a time, so the one that
kills its worker is reported as "internal error: worker process died" and the rest convert.
"""

from __future__ import annotations

import gzip
import os
import signal
import sys
import zlib
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import orjson

if TYPE_CHECKING:  # the pool machinery loads only for -j 2 and up: start-up stays short
    from concurrent.futures import Future, ProcessPoolExecutor

    Pending = list["Outcome"] | Future[list["Outcome"]]  # done at once, or in a worker

from filing2json.parsers import parse_taking, regex_cache
from filing2json.parsers.errors import ConvertError

from .inputs import Input, reason
from .table import table_row

RENDERS = ("jsonl", "json", "file", "table")
WINDOW_PER_JOB = 3
BATCH_INPUTS = 16
BATCH_BYTES = 2_000_000  # a batch's known input bytes (archive members, stat sizes)
MAX_REASON = 300


@dataclass(frozen=True, slots=True)
class Job:
    keep_text: bool = True
    render: str = "jsonl"  # jsonl: one line; json: indented for an array; file; table: a row


@dataclass(frozen=True, slots=True)
class Outcome:
    source: str
    out_name: str
    payload: bytes | tuple[str, ...] | None = None
    error: str | None = None
    skipped: bool = False
    size: int = 0  # input bytes, for the progress display


def one_line(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_REASON else text[: MAX_REASON - 3] + "..."


def render(record: dict[str, Any], how: str) -> bytes | tuple[str, ...]:
    if how == "jsonl":
        return orjson.dumps(record, option=orjson.OPT_APPEND_NEWLINE)
    if how == "json":  # an array element: indented one level deeper
        return b"  " + orjson.dumps(record, option=orjson.OPT_INDENT_2).replace(b"\n", b"\n  ")
    if how == "file":
        return orjson.dumps(record, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)
    return table_row(record)


def read_input(inp: Input) -> bytes:
    """The input's bytes; raises OSError / ValueError with a readable reason."""
    if inp.file is not None:
        with open(inp.file, "rb") as fh:
            data = fh.read()
    else:
        data = inp.data or b""
    if inp.gzip:
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as exc:
            raise ValueError(f"corrupt gzip: {reason(exc)}") from None
    return data


def convert_one(inp: Input, job: Job) -> Outcome:
    """Never raises (but lets KeyboardInterrupt and SystemExit through)."""
    if inp.error is not None or inp.skipped:
        return Outcome(inp.source, inp.out_name, error=inp.error, skipped=inp.skipped)
    try:
        data = read_input(inp)
    except (OSError, ValueError) as exc:
        return Outcome(inp.source, inp.out_name, error=one_line(reason(exc)))
    except Exception as exc:
        return _internal(inp, exc, 0)
    size = len(data)
    try:
        holder = [data]
        del data  # parse_taking frees the bytes once decoded
        record = parse_taking(holder, inp.source, keep_text=job.keep_text)
        payload = render(record, job.render)
    except ConvertError as exc:
        return Outcome(inp.source, inp.out_name, error=one_line(str(exc)) or "not converted",
                       size=size)
    except Exception as exc:  # a bug in a parser must not end the run
        return _internal(inp, exc, size)
    return Outcome(inp.source, inp.out_name, payload=payload, size=size)


def _internal(inp: Input, exc: BaseException, size: int) -> Outcome:
    msg = one_line(f"internal error: {type(exc).__name__}: {exc}")
    return Outcome(inp.source, inp.out_name, error=msg, size=size)


def convert_batch(inps: list[Input], job: Job) -> list[Outcome]:
    """A worker's share (pool workers end without atexit, where the regex cache is saved)."""
    outcomes = [convert_one(inp, job) for inp in inps]
    regex_cache.save()  # a no-op once every pattern a worker uses is cached
    return outcomes


def _input_size(inp: Input) -> int:
    if inp.data is not None:
        return len(inp.data)
    if inp.file is None:
        return 0
    try:
        return os.stat(inp.file).st_size
    except OSError:
        return 0


def batches(inputs: Iterable[Input]) -> Iterator[list[Input]]:
    """Runs of inputs to hand a worker at once; inputs that already failed go alone."""
    batch: list[Input] = []
    size = 0
    for inp in inputs:
        if inp.error is not None or inp.skipped:
            if batch:
                yield batch
                batch, size = [], 0
            yield [inp]
            continue
        batch.append(inp)
        size += _input_size(inp)
        if len(batch) >= BATCH_INPUTS or size >= BATCH_BYTES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _worker_init() -> None:
    # The parent handles Ctrl-C and termination; workers just stop when told.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _new_pool(jobs: int) -> ProcessPoolExecutor:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # fork starts fast and needs no re-import; elsewhere use the platform default.
    method = "fork" if sys.platform.startswith("linux") else None
    ctx = multiprocessing.get_context(method)
    return ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_worker_init)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Shut the pool down now: pending inputs are dropped, running workers terminated."""
    procs = list((getattr(pool, "_processes", None) or {}).values())
    results = getattr(pool, "_result_queue", None)  # shutdown() drops the reference
    pool.shutdown(wait=False, cancel_futures=True)
    terminated = False
    for proc in procs:
        if proc.is_alive():
            proc.terminate()
            terminated = True
    for proc in procs:
        proc.join(timeout=5)
    if terminated and results is not None and not any(p.is_alive() for p in procs):
        # A worker terminated while sending a result leaves half a message in the result
        # pipe: the pool's manager thread waits for the rest, and the interpreter's exit
        # joins that thread, so Ctrl-C hung about one run in four with -j 2. With every
        # worker gone, this process holds the pipe's last write end: closing it turns the
        # wait into end-of-file, which the manager thread handles as a broken pool.
        results._writer.close()
    _quiet_teardown()


def _quiet_teardown() -> None:
    """The run is being cut short: the pool's threads and pipes may still report the torn-down
    pipes while the interpreter exits ("Exception ignored ... Bad file descriptor" on stderr, seen
    once in many interrupted `-j 2` runs); those reports say nothing to the user, so drop them."""
    import threading

    sys.unraisablehook = lambda _unraisable: None
    threading.excepthook = lambda _args: None


def effective_jobs(jobs: int) -> int:
    return jobs if jobs > 0 else (os.cpu_count() or 1)


def run_all(inputs: Iterable[Input], job: Job, jobs: int = 1) -> Iterator[Outcome]:
    """Outcomes in input order. Close the generator (contextlib.closing) to stop early."""
    jobs = effective_jobs(jobs)
    it = iter(inputs)
    if jobs == 1:
        for inp in it:
            yield convert_one(inp, job)
        return
    head: list[Input] = []
    for inp in it:  # a single input is not worth starting processes for
        head.append(inp)
        if len(head) > 1:
            break
    if len(head) < 2:
        for inp in head:
            yield convert_one(inp, job)
        return
    yield from _Windowed(job, jobs).run(head, it)


class _Windowed:
    def __init__(self, job: Job, jobs: int) -> None:
        self.job, self.jobs = job, jobs
        self.pool = _new_pool(jobs)

    def _submit(self, batch: list[Input]) -> Pending:
        if len(batch) == 1 and (batch[0].error is not None or batch[0].skipped):
            return [convert_one(batch[0], self.job)]
        return self.pool.submit(convert_batch, batch, self.job)

    def _isolated(self, inp: Input) -> Outcome:
        """Run one input alone in the pool, so a worker death is its own."""
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self.pool.submit(convert_one, inp, self.job).result()
        except BrokenProcessPool:
            self._restart()
            return Outcome(inp.source, inp.out_name, error="internal error: worker process died")
        except Exception as exc:  # e.g. a result that could not be sent back
            return _internal(inp, exc, 0)

    def _restart(self) -> None:
        _stop(self.pool)
        self.pool = _new_pool(self.jobs)

    def run(self, head: list[Input], rest: Iterator[Input]) -> Iterator[Outcome]:
        window: deque[tuple[list[Input], Pending]] = deque()
        limit = self.jobs * WINDOW_PER_JOB
        try:
            for batch in batches(_chain(head, rest)):
                window.append((batch, self._submit(batch)))
                while len(window) >= limit:
                    yield from self._pop(window)
            while window:
                yield from self._pop(window)
        finally:
            _stop(self.pool)

    def _pop(self, window: deque[tuple[list[Input], Pending]]) -> Iterator[Outcome]:
        from concurrent.futures.process import BrokenProcessPool

        batch, pending = window.popleft()
        if isinstance(pending, list):
            yield from pending
            return
        try:
            outcomes: list[Outcome] | None = pending.result()
        except BrokenProcessPool:
            outcomes = None
        except Exception as exc:  # e.g. a result that could not be sent back
            outcomes = [_internal(inp, exc, 0) for inp in batch]
        if outcomes is not None:
            yield from outcomes
            return
        # The pool broke: retry what was in flight one input at a time on a fresh pool.
        retry = [(batch, pending)] + list(window)
        window.clear()
        self._restart()
        for inps, was in retry:
            if isinstance(was, list):
                yield from was
            else:
                for again in inps:
                    yield self._isolated(again)


def _chain(head: list[Input], rest: Iterator[Input]) -> Iterator[Input]:
    yield from head
    yield from rest
