"""How fast filing2json converts, how it grows with the work, and what it costs in memory.

    .venv/bin/python benchmarks/bench.py [--quick] [--sizes 0.1,1,10] [--runs N] [--save]
                                         [--big-mb 200] [--startup-runs 10]

Every figure comes from real processes: the `filing2json convert` command line (stdout to
/dev/null, default options unless said) and, in the same repetition over the same inputs, the
floor (benchmarks/floor.py: read, decode, one regex pass, a small orjson line per file). The
machine is shared and noisy, so ratios are taken within one repetition, then the median.

Writes benchmarks/out/latest.json (and benchmarks/results.json with --save), prints a table.
See benchmarks/README.md for what each figure means.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import inputsets  # noqa: E402
import report  # noqa: E402
from procwatch import RunResult, run  # noqa: E402

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
OUT = HERE / "out"
SAMPLES = REPO / "samples"
CORPUS = REPO.parent / "shared" / "corpus" / "filings"
BIG_SOURCE = "8k_1999_westelltechnologiesinc_3.txt"  # 7 plain-text documents, PEM header
FLOOR = HERE / "floor.py"
BASE_INPUTS = 5000  # the 1x set
SAMPLE_INPUTS = 2000
IMPORT = "import filing2json.cli.main"

# name, comparison, limit, what it is
TARGETS: list[tuple[str, str, float, str]] = [
    ("single_core_mb_s_vs_floor", ">=", 0.20, "-j 1 MB/s / floor MB/s on the corpus set"),
    ("samples_files_s_vs_floor", ">=", 0.10, "-j 1 files/s / floor files/s on the samples"),
    ("startup_one_file_ms", "<", 150.0, "wall time of converting one sample, whole process"),
    ("peak_rss_run_mb", "<", 200.0, "whole run: max of -j 1 peak and -j 0 tree total"),
    ("peak_rss_big_x_size", "<", 5.0, "200 MB filing: peak RSS / file size, worst flavour"),
    ("speedup_jobs0", ">=", 1.7, "-j 0 throughput / -j 1 throughput on the corpus set"),
]


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


class Cli:
    """The filing2json command and the flags it has today (older builds may lack some)."""

    def __init__(self) -> None:
        exe = Path(sys.executable).parent / "filing2json"
        self.base = [str(exe)] if exe.exists() else [sys.executable, "-m", "filing2json.cli.main"]
        env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1", "TERM": "dumb"}
        try:
            helptext = subprocess.run([*self.base, "convert", "--help"], capture_output=True,
                                      text=True, env=env, timeout=60).stdout
        except (OSError, subprocess.SubprocessError):
            helptext = ""
        self.flags = {f for f in ("--jobs", "--no-text", "--quiet") if f in helptext}
        self.notes = [f"CLI lacks {f}: rows needing it are skipped"
                      for f in ("--jobs", "--no-text", "--quiet") if f not in self.flags]

    def cmd(self, *paths: str, jobs: int | None = None, no_text: bool = False) -> list[str] | None:
        cmd = [*self.base, "convert"]
        if "--quiet" in self.flags:
            cmd.append("--quiet")
        if jobs is not None:
            if "--jobs" not in self.flags:
                return None
            cmd += ["--jobs", str(jobs)]
        if no_text:
            if "--no-text" not in self.flags:
                return None
            cmd.append("--no-text")
        return [*cmd, *paths]


def floor_cmd(*paths: str) -> list[str]:
    return [sys.executable, str(FLOOR), *paths]


def median(xs: list[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


def summarize(results: list[RunResult], count: int, nbytes: int) -> dict[str, Any]:
    wall = median([r.wall_s for r in results])
    last = results[-1]
    return {
        "cmd": last.cmd,
        "runs": len(results),
        "wall_s": round(wall, 4),
        "wall_s_all": [round(r.wall_s, 4) for r in results],
        "files_per_s": round(count / wall, 1) if wall > 0 else None,
        "mb_per_s": round(nbytes / 1e6 / wall, 2) if wall > 0 else None,
        "cpu_s": round(median([r.cpu_s for r in results]), 3),
        # cores kept busy: about 1 for -j 1; well under 2 for -j 0 means the CPU was shared
        "cores_used": round(median([r.cpu_s / r.wall_s for r in results if r.wall_s]), 2),
        "peak_single_mb": round(max(r.peak_single_mb for r in results), 1),
        "peak_total_mb": round(max(r.peak_total_mb or 0.0 for r in results), 1),
        "peak_pss_mb": round(max(r.peak_pss_mb or 0.0 for r in results), 1),
        "processes": max(r.processes for r in results),
        "returncodes": sorted({r.returncode for r in results}),
        "stderr_lines": max(r.error_lines for r in results),
        "stderr_tail": next((r.stderr_tail for r in results if r.returncode), ""),
    }


def measure_set(cli: Cli, s: inputsets.InputSet, runs: int, variants: dict[str, Any]
                ) -> dict[str, Any]:
    """Each repetition runs the floor then every variant over the same directory."""
    path = str(s.root)
    cmds: dict[str, list[str]] = {"floor": floor_cmd(path)}
    for name, (kw, _first_only) in variants.items():
        cmd = cli.cmd(path, **kw)
        if cmd is not None:
            cmds[name] = cmd
    got: dict[str, list[RunResult]] = {k: [] for k in cmds}
    ratios: dict[str, list[float]] = {}
    for i in range(runs):
        for name, cmd in cmds.items():
            if name != "floor" and variants[name][1] and i > 0:
                continue
            res = run(cmd)
            got[name].append(res)
            log(f"  {s.name} run {i + 1}/{runs} {name:8s} {res.wall_s:8.2f} s  "
                f"rc={res.returncode}  peak {res.peak_total_mb or res.peak_single_mb:.0f} MB")
        floor_wall = got["floor"][-1].wall_s
        for name in cmds:
            if name != "floor" and len(got[name]) == i + 1 and got[name][-1].wall_s > 0:
                ratio = floor_wall / got[name][-1].wall_s
                ratios.setdefault(f"{name}_vs_floor", []).append(ratio)
        if "j0" in got and "j1" in got and len(got["j0"]) == i + 1:
            speedup = got["j1"][-1].wall_s / got["j0"][-1].wall_s
            ratios.setdefault("speedup_jobs0", []).append(speedup)
    out: dict[str, Any] = {"inputs": s.count, "mb": round(s.mb, 2), "path": path, "runs": runs}
    out["variants"] = {k: summarize(v, s.count, s.bytes) for k, v in got.items() if v}
    out["ratios"] = {k: round(median(v), 3) for k, v in ratios.items()}
    out["ratios_all"] = {k: [round(x, 3) for x in v] for k, v in ratios.items()}
    return out


def _importtime_us(text: str) -> int | None:
    """Cumulative microseconds of the last (outermost) import in `-X importtime` output."""
    rows = [ln for ln in text.splitlines() if ln.startswith("import time:") and "|" in ln]
    if not rows:
        return None
    cols = rows[-1].split("|")
    try:
        return int(cols[1].strip())
    except (IndexError, ValueError):
        return None


def measure_startup(cli: Cli, n: int) -> dict[str, Any]:
    sample = sorted(SAMPLES.glob("000_*.txt"))[:1] or sorted(SAMPLES.glob("*.txt"))[:1]
    py = sys.executable
    cases: dict[str, list[str]] = {
        "python_bare": [py, "-c", "pass"],
        "python_import": [py, "-c", IMPORT],
    }
    if sample:
        cases["one_file"] = [*cli.base, "convert", str(sample[0])]
    # As users run it: the warm-up writes the project's bytecode caches (__pycache__), even
    # where the environment sets PYTHONDONTWRITEBYTECODE (this sandbox does). The same run
    # without caches of the project's own modules is measured too, as "one_file_no_pyc".
    cached = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    runs: list[tuple[str, list[str], dict[str, str]]] = [
        (name, cmd, cached) for name, cmd in cases.items()]
    if sample:
        runs.append(("one_file_no_pyc", cases["one_file"],
                     {**cached, "PYTHONDONTWRITEBYTECODE": "1"}))
    out: dict[str, Any] = {}
    for name, cmd, env in runs:
        if name == "one_file_no_pyc":
            _drop_project_pycache()
        run(cmd, sample=False, env=env)  # warm-up: bytecode caches, page cache
        res = [run(cmd, sample=False, env=env) for _ in range(n)]
        wall = median([r.wall_s for r in res])
        out[name] = {"cmd": cmd, "runs": n, "wall_ms": round(wall * 1e3, 1),
                     "wall_ms_min": round(min(r.wall_s for r in res) * 1e3, 1),
                     "peak_rss_mb": round(max(r.peak_single_mb for r in res), 1),
                     "returncodes": sorted({r.returncode for r in res})}
    times = []
    for _ in range(5):
        proc = subprocess.run([py, "-X", "importtime", "-c", IMPORT], capture_output=True,
                              text=True, env=cached)
        us = _importtime_us(proc.stderr)
        if us is not None:
            times.append(us)
    out["importtime_ms"] = round(median([t / 1e3 for t in times]), 1) if times else None
    log(f"  startup: one file {out.get('one_file', {}).get('wall_ms')} ms, import "
        f"{out['importtime_ms']} ms (-X importtime), bare python "
        f"{out['python_bare']['wall_ms']} ms")
    return out


def _drop_project_pycache() -> None:
    """Remove the bytecode caches of the project's own modules (build artefacts, ignored by
    git): the next run with PYTHONDONTWRITEBYTECODE=1 compiles them from source each time."""
    import shutil

    for folder in ("cli", "parsers"):
        for cache in (REPO / folder).rglob("__pycache__"):
            shutil.rmtree(cache, ignore_errors=True)


def measure_big(cli: Cli, size_mb: float) -> dict[str, Any]:
    src = CORPUS / BIG_SOURCE
    out: dict[str, Any] = {"source": str(src)}
    makers: dict[str, Callable[..., Path]] = {
        "submission": inputsets.synth_submission, "onedoc": inputsets.synth_onedoc}
    for flavour, make in makers.items():
        log(f"  big: preparing {flavour} ({size_mb:g} MB)")
        path = make(src, OUT / "big" / f"{flavour}_{size_mb:g}mb.txt", size_mb)
        size = path.stat().st_size
        floor = run(floor_cmd(str(path)))
        conv = run(cli.cmd(str(path)) or [*cli.base, "convert", str(path)])
        log(f"  big {flavour}: {conv.wall_s:.2f} s, peak {conv.peak_single_mb:.0f} MB, "
            f"rc={conv.returncode}; floor {floor.wall_s:.2f} s")
        out[flavour] = {
            "path": str(path), "mb": round(size / 1e6, 1),
            "wall_s": round(conv.wall_s, 3),
            "mb_per_s": round(size / 1e6 / conv.wall_s, 2) if conv.wall_s else None,
            "peak_rss_mb": round(conv.peak_single_mb, 1),
            "peak_rss_x_size": round(conv.peak_single_mb * 1e6 / size, 2),
            "returncode": conv.returncode, "stderr_tail": conv.stderr_tail,
            "floor_wall_s": round(floor.wall_s, 3),
            "floor_peak_rss_mb": round(floor.peak_single_mb, 1),
            "vs_floor": round(floor.wall_s / conv.wall_s, 3) if conv.wall_s else None,
        }
    return out


def scaling(sets: dict[str, Any]) -> list[dict[str, Any]]:
    """Cost growth between consecutive set sizes: 1.0 is linear, above it superlinear."""
    keys = sorted(sets, key=lambda k: sets[k]["inputs"])
    rows = []
    for a, b in zip(keys, keys[1:], strict=False):
        work = sets[b]["inputs"] / sets[a]["inputs"]
        row: dict[str, Any] = {"from": a, "to": b, "work_x": round(work, 2)}
        for name in ("floor", "j1", "j0"):
            va, vb = sets[a]["variants"].get(name), sets[b]["variants"].get(name)
            if va and vb:
                row[f"{name}_cost_x"] = round(vb["wall_s"] / va["wall_s"], 2)
                row[f"{name}_growth"] = round(vb["wall_s"] / va["wall_s"] / work, 3)
        rows.append(row)
    return rows


def judge(result: dict[str, Any]) -> list[dict[str, Any]]:
    sets = result["sets"]
    main_key = "x1" if "x1" in sets else max(sets, key=lambda k: sets[k]["inputs"], default=None)
    big_key = max(sets, key=lambda k: sets[k]["inputs"], default=None)
    values: dict[str, tuple[float | None, str]] = {}
    if main_key:
        r = sets[main_key]["ratios"]
        values["single_core_mb_s_vs_floor"] = (r.get("j1_vs_floor"), main_key)
        values["speedup_jobs0"] = (r.get("speedup_jobs0"), main_key)
    if big_key:
        v = sets[big_key]["variants"]
        peaks = [v["j1"]["peak_single_mb"]] if "j1" in v else []
        peaks += [v["j0"]["peak_total_mb"]] if "j0" in v else []
        values["peak_rss_run_mb"] = (max(peaks) if peaks else None, big_key)
    if result.get("samples"):
        values["samples_files_s_vs_floor"] = (result["samples"]["ratios"].get("j1_vs_floor"),
                                              "samples")
    one = result.get("startup", {}).get("one_file")
    if one:
        values["startup_one_file_ms"] = (one["wall_ms"], "startup")
    big = [v for k, v in result.get("big", {}).items() if isinstance(v, dict)]
    if big:
        values["peak_rss_big_x_size"] = (max(b["peak_rss_x_size"] for b in big), "big")
    out = []
    for name, op, limit, meaning in TARGETS:
        value, where = values.get(name, (None, None))
        ok = None if value is None else (value >= limit if op == ">=" else value < limit)
        out.append({"name": name, "value": value, "op": op, "limit": limit, "pass": ok,
                    "measured_on": where, "meaning": meaning})
    return out


def machine() -> dict[str, Any]:
    mem = None
    try:
        with open("/proc/meminfo") as fh:
            m = re.search(r"MemTotal:\s+(\d+)", fh.read())
            mem = round(int(m.group(1)) / 1024) if m else None
    except OSError:
        pass
    return {"cpu_count": os.cpu_count(), "python": platform.python_version(),
            "implementation": platform.python_implementation(), "platform": platform.platform(),
            "mem_total_mb": mem, "loadavg_start": list(os.getloadavg())}


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="the 0.1x set only (under ~2 minutes)")
    ap.add_argument("--sizes", default="0.1,1,10", help="set sizes, x 5,000 inputs")
    ap.add_argument("--runs", type=int, default=None,
                    help="repetitions per set (default 3, 1 for sizes >= 10)")
    ap.add_argument("--startup-runs", type=int, default=10)
    ap.add_argument("--big-mb", type=float, default=200.0, help="big filing size, 0 to skip")
    ap.add_argument("--save", action="store_true", help="also write benchmarks/results.json")
    args = ap.parse_args(argv)
    try:
        args.size_list = [float(x) for x in args.sizes.split(",") if x.strip()]
    except ValueError:
        ap.error(f"--sizes: not numbers: {args.sizes!r}")
    if args.quick:
        args.size_list = [0.1]
    if not args.size_list or any(x <= 0 for x in args.size_list):
        ap.error("--sizes: give positive numbers")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    OUT.mkdir(exist_ok=True)
    started = time.time()
    cli = Cli()
    for note in cli.notes:
        log(f"note: {note}")
    result: dict[str, Any] = {
        "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "machine": machine(),
        "cli": {"cmd": cli.base, "flags": sorted(cli.flags), "notes": cli.notes},
        "options": {"sizes": args.size_list, "runs": args.runs, "quick": args.quick,
                    "big_mb": args.big_mb, "base_inputs": BASE_INPUTS},
    }
    log("startup ...")
    result["startup"] = measure_startup(cli, args.startup_runs)

    sets_root = OUT / "sets"
    samples = sorted(SAMPLES.glob("*.txt"))
    runs_small = args.runs or 3
    log("samples set ...")
    s = inputsets.build_set(sets_root, "samples", samples,
                            inputsets.reps_for(SAMPLE_INPUTS, len(samples)))
    result["samples"] = measure_set(cli, s, runs_small, {"j1": ({"jobs": 1}, False)})

    files = inputsets.sources(SAMPLES, CORPUS)
    total = sum(p.stat().st_size for p in files)
    result["sources"] = {"count": len(files), "mb": round(total / 1e6, 2)}
    result["sets"] = {}
    for size in args.size_list:
        name = f"x{size:g}"
        reps = inputsets.reps_for(round(size * BASE_INPUTS), len(files))
        log(f"set {name}: building {reps} x {len(files)} inputs ...")
        s = inputsets.build_set(sets_root, f"corpus_{name}", files, reps)
        variants: dict[str, Any] = {"j1": ({"jobs": 1}, False), "j0": ({"jobs": 0}, False)}
        if size < 10:
            variants["notext"] = ({"jobs": 1, "no_text": True}, True)  # one run: cheap row
        runs = args.runs or (1 if size >= 10 else 3)
        result["sets"][name] = measure_set(cli, s, runs, variants)
    result["scaling"] = scaling(result["sets"])

    if args.big_mb > 0:
        log("big filings ...")
        result["big"] = measure_big(cli, args.big_mb)
    result["targets"] = judge(result)
    result["machine"]["loadavg_end"] = list(os.getloadavg())
    result["elapsed_s"] = round(time.time() - started, 1)

    text = json.dumps(result, indent=1)
    (OUT / "latest.json").write_text(text + "\n")
    if args.save:
        (HERE / "results.json").write_text(text + "\n")
    report.show(result)
    log(f"wrote {OUT / 'latest.json'}" + (f" and {HERE / 'results.json'}" if args.save else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
