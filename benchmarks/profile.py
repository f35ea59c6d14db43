"""Where `parse` spends its time: cProfile over the corpus, in-process, to guide optimisation.

    .venv/bin/python benchmarks/profile.py [-n 3] [--no-text] [--top 25] [PATH...]

Reads every filing (default: samples/*.txt and ../shared/corpus/filings/*) once, then calls
`filing2json.parsers.parse` on each `-n` times under cProfile, and prints the top functions by
cumulative and by total (own) time. The raw profile goes to benchmarks/out/parse.prof
(`python -m pstats`, snakeviz). For a sampling profile without cProfile's per-call overhead:

    py-spy record -o benchmarks/out/parse.svg -- .venv/bin/python benchmarks/profile.py --plain
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from profile_inputs import load  # benchmarks/profile_inputs.py, beside this script

HERE = Path(__file__).resolve().parent
# This file is named like the stdlib `profile` that cProfile imports: drop our directory
# from the import path first, or cProfile would import this script instead.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]

import cProfile  # noqa: E402
import pstats  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="cProfile filing2json's parse over the corpus.")
    ap.add_argument("paths", nargs="*", help="files or directories (default: the corpus)")
    ap.add_argument("-n", "--reps", type=int, default=3, help="passes over the inputs")
    ap.add_argument("--no-text", action="store_true", help="parse with keep_text=False")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--plain", action="store_true", help="no cProfile (for py-spy)")
    args = ap.parse_args(argv)

    from filing2json.parsers import parse

    inputs = load(args.paths)
    total = sum(len(d) for _, d in inputs) * args.reps
    failed = 0

    def work() -> None:
        nonlocal failed
        for _ in range(args.reps):
            for path, data in inputs:
                try:
                    parse(data, path, keep_text=not args.no_text)
                except Exception:  # ConvertError and bugs alike: count, keep profiling
                    failed += 1

    prof = None if args.plain else cProfile.Profile()
    t0 = time.perf_counter()
    if prof is None:
        work()
    else:
        prof.runcall(work)
    took = time.perf_counter() - t0
    print(f"{len(inputs)} inputs x {args.reps} = {total / 1e6:.1f} MB in {took:.2f} s "
          f"({total / 1e6 / took:.1f} MB/s{'' if prof is None else ' under cProfile'}), "
          f"{failed} failed")
    if prof is None:
        return 0
    out = HERE / "out"
    out.mkdir(exist_ok=True)
    prof.dump_stats(out / "parse.prof")
    for key in ("cumulative", "tottime"):
        print(f"\n=== top {args.top} by {key} ===")
        pstats.Stats(prof, stream=sys.stdout).strip_dirs().sort_stats(key).print_stats(args.top)
    print(f"raw profile: {out / 'parse.prof'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
