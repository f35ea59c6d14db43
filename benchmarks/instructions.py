"""Instructions of one warm parse pass, counted by valgrind: a speed figure the machine's load
does not move.

    .venv/bin/python benchmarks/instructions.py [--set corpus|samples|both] [--tree DIR ...]

Wall-clock timings on this shared 2-core machine swing by 2x while other work runs; the
instructions a pass executes barely move (run to run about 0.2%, from hash seeds and the
allocator). For each tree (default: the installed filing2json; `--tree DIR` puts DIR first on
the import path, DIR holding a `filing2json/` with `parsers/` in it, e.g. an older commit's
`git archive <commit> parsers | tar -x -C DIR/filing2json` plus an empty `__init__.py`) it runs
`valgrind --tool=callgrind` on a child that parses the inputs once and on one that parses them
twice, and prints the difference: one warm pass, imports and regex compilation left out.

Inputs: `corpus` is the samples plus the shared corpus (88 files), `samples` the four samples
ten times over. Instruction counts are a proxy, not a time: cache misses and the like are not
in them, so confirm a change worth keeping with an interleaved wall-clock run on a quiet machine
(`profile.py --plain`, `stages.py`). Needs valgrind (`apt-get install valgrind`).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

CHILD = """
import sys
from filing2json.parsers import parse
from profile_inputs import load
inputs = load([])
if sys.argv[1] == "samples":
    inputs = [(p, d) for p, d in inputs if "/samples/" in p] * 10
for _ in range(int(sys.argv[2])):
    for path, data in inputs:
        try:
            parse(data, path)
        except Exception:
            pass
"""
COLLECTED = re.compile(r"Collected : (\d+)")


def count(tree: str | None, which: str, passes: int) -> int:
    """Instructions of a child that imports filing2json and parses `which` `passes` times."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    paths = [str(HERE)] + ([tree] if tree else [])
    env["PYTHONPATH"] = os.pathsep.join(paths[::-1] + [env.get("PYTHONPATH", "")]).rstrip(
        os.pathsep
    )
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
           sys.executable, "-c", CHILD, which, str(passes)]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    found = COLLECTED.search(done.stderr)
    if done.returncode != 0 or found is None:
        raise SystemExit(f"instructions.py: valgrind failed: {done.stderr.strip()[-300:]}")
    return int(found.group(1))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Instructions of one warm parse pass (callgrind).")
    ap.add_argument("--set", choices=("corpus", "samples", "both"), default="both")
    ap.add_argument("--tree", action="append", default=[],
                    help="a directory holding filing2json/ to measure instead (repeatable)")
    args = ap.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("instructions.py: valgrind is not installed", file=sys.stderr)
        return 2
    sets = ("corpus", "samples") if args.set == "both" else (args.set,)
    trees: list[str | None] = list(args.tree) or [None]
    print(f"{'tree':40} {'set':8} {'warm pass':>14}")
    for tree in trees:
        for which in sets:
            warm = count(tree, which, 2) - count(tree, which, 1)
            print(f"{tree or 'installed':40} {which:8} {warm / 1e6:>12,.0f}M", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
