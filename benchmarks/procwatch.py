"""Run one child process and measure it: wall time, CPU time, peak memory of its process tree.

    res = run(["filing2json", "convert", "-q", "samples/"])
    res.wall_s, res.cpu_s, res.peak_single_mb, res.peak_total_mb, res.returncode

Peak memory, two ways (Linux):
- `peak_single_mb`: the largest resident set any one process of the tree reached. From
  `os.wait4` (the kernel folds the high-water marks of the children the child reaped into
  its own) and, while it runs, each process's VmHWM in /proc/<pid>/status.
- `peak_total_mb`: the largest sum of VmRSS over the child and all its descendants, sampled
  every `interval` seconds by a thread (so a peak shorter than that can be missed). Workers
  forked from one parent share pages, so the sum counts shared pages once per process: an
  upper bound of what the run really occupies.
- `peak_pss_mb`: the same sum of proportional set sizes (/proc/<pid>/smaps_rollup), where a
  page shared by n processes counts 1/n in each: what the tree occupies, shared pages once.

The main thread blocks in wait4, so the wall time does not depend on the sampling interval.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

MB = 1e6
PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
SCAN_EVERY = 0.25  # seconds between two looks for new descendants (a /proc scan)


@dataclass
class RunResult:
    cmd: list[str]
    returncode: int
    wall_s: float
    cpu_s: float  # user + system, the child and the descendants it reaped
    peak_single_mb: float
    peak_total_mb: float | None  # None when not sampled
    peak_pss_mb: float | None
    processes: int  # processes seen in the tree (1 + workers)
    stderr_tail: str = ""
    error_lines: int = 0  # stderr lines, i.e. inputs reported as failed
    extra: dict[str, float] = field(default_factory=dict)


def _ppids() -> dict[int, int]:
    """pid -> parent pid for every process (one /proc scan)."""
    out: dict[int, int] = {}
    try:
        names = os.listdir("/proc")
    except OSError:
        return out
    for name in names:
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        # "pid (comm) state ppid ...": comm may hold spaces and parentheses, so split after ")".
        rest = stat[stat.rfind(b")") + 2:].split(b" ", 2)
        if len(rest) >= 2 and rest[1].isdigit():
            out[int(name)] = int(rest[1])
    return out


def descendants(root: int) -> set[int]:
    """`root` and every process below it."""
    children: dict[int, list[int]] = {}
    for pid, ppid in _ppids().items():
        children.setdefault(ppid, []).append(pid)
    found, todo = {root}, [root]
    while todo:
        for kid in children.get(todo.pop(), ()):
            if kid not in found:
                found.add(kid)
                todo.append(kid)
    return found


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as fh:
            for line in fh:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _mem_kb(pid: int) -> tuple[int, int] | None:
    """(VmRSS, VmHWM) in kB, or None once the process is gone."""
    try:
        with open(f"/proc/{pid}/status", "rb") as fh:
            status = fh.read()
    except OSError:
        return None
    rss = hwm = 0
    for line in status.splitlines():
        if line.startswith(b"VmRSS:"):
            rss = int(line.split()[1])
        elif line.startswith(b"VmHWM:"):
            hwm = int(line.split()[1])
    return rss, hwm


class _Sampler(threading.Thread):
    def __init__(self, pid: int, interval: float) -> None:
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.stop = threading.Event()
        self.peak_total_kb = self.peak_single_kb = self.peak_pss_kb = 0
        self.seen: set[int] = {pid}

    def run(self) -> None:
        tree, scanned = {self.pid}, 0.0
        while not self.stop.is_set():
            now = time.monotonic()
            if now - scanned >= SCAN_EVERY:
                tree, scanned = descendants(self.pid), now
                self.seen |= tree
            total = pss = 0
            for pid in tree:
                mem = _mem_kb(pid)
                if mem is not None:
                    total += mem[0]
                    pss += _pss_kb(pid)
                    self.peak_single_kb = max(self.peak_single_kb, mem[1])
            self.peak_total_kb = max(self.peak_total_kb, total)
            self.peak_pss_kb = max(self.peak_pss_kb, pss)
            self.stop.wait(self.interval)


def run(cmd: Sequence[str], *, sample: bool = True, interval: float = 0.05,
        cwd: str | None = None, env: dict[str, str] | None = None) -> RunResult:
    """Run `cmd` with stdout to /dev/null and measure it. Never raises for a failing child."""
    with tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        try:
            proc = subprocess.Popen(list(cmd), stdin=subprocess.DEVNULL,
                                    stdout=subprocess.DEVNULL, stderr=err, cwd=cwd, env=env)
        except OSError as exc:
            return RunResult(list(cmd), 127, 0.0, 0.0, 0.0, None, None, 0, stderr_tail=str(exc))
        sampler = _Sampler(proc.pid, interval) if sample else None
        if sampler is not None:
            sampler.start()
        while True:
            try:
                _, status, usage = os.wait4(proc.pid, 0)
                break
            except InterruptedError:
                continue
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        if sampler is not None:
            sampler.stop.set()
            sampler.join()
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    single_kb = usage.ru_maxrss  # kB on Linux
    total_mb = pss_mb = None
    processes = 1
    if sampler is not None:
        single_kb = max(single_kb, sampler.peak_single_kb)
        total_mb = max(sampler.peak_total_kb, single_kb) * 1024 / MB  # a sum >= any part
        pss_mb = sampler.peak_pss_kb * 1024 / MB or None  # sampled: may miss a short peak
        processes = len(sampler.seen)
    lines = stderr.splitlines()
    return RunResult(
        cmd=list(cmd),
        returncode=proc.returncode,
        wall_s=wall,
        cpu_s=usage.ru_utime + usage.ru_stime,
        peak_single_mb=single_kb * 1024 / MB,
        peak_total_mb=total_mb,
        peak_pss_mb=pss_mb,
        processes=processes,
        stderr_tail="\n".join(lines[-5:]),
        error_lines=len(lines),
    )
