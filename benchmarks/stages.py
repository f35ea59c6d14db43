"""Where `parse` spends its time, stage by stage: in-process, without a profiler's overhead.

    .venv/bin/python benchmarks/stages.py [-n 5] [PATH...]

Reads every filing (default: samples/*.txt and ../shared/corpus/filings/*) once, then parses
them all `-n` times and prints, for each stage of the pipeline (parsers/stages.py) and for the
document text the stages ask for (HTML rendering, libxml2's parse included, since it renders
as it parses, and plain-text clean-up), the best pass's milliseconds and share. A stage's
figure excludes the document text it caused to be computed: text is computed once per
document, by whichever stage reads it first, so it is charged to "text" instead.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

from profile_inputs import load  # benchmarks/profile_inputs.py, beside this script

# the text functions timed, by the module attribute the caller looks them up under
TEXT_PARTS = (
    ("text: HTML (all)", "filing2json.parsers.text", "html_to_text"),
    ("text: plain", "filing2json.parsers.text", "clean_plain_text"),
)


class Clock:
    """Time spent in the wrapped calls; `nested` counts the text part of a stage's time."""

    def __init__(self) -> None:
        self.spent: Counter[str] = Counter()
        self.text = 0.0  # seconds of document text computed so far (HTML and plain)

    def wrap(self, label: str, fn: Callable[..., Any], counts_as_text: bool) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                took = time.perf_counter() - t0
                self.spent[label] += took
                if counts_as_text:
                    self.text += took
        return timed

    def wrap_stage(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(ctx: Any) -> None:
            text0, t0 = self.text, time.perf_counter()
            fn(ctx)
            self.spent[name] += time.perf_counter() - t0 - (self.text - text0)
        return timed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Time filing2json's parse stage by stage.")
    ap.add_argument("paths", nargs="*", help="files or directories (default: the corpus)")
    ap.add_argument("-n", "--reps", type=int, default=5, help="passes; the best one is shown")
    args = ap.parse_args(argv)

    import importlib

    from filing2json.parsers import REGISTRY, parse

    clock = Clock()
    for label, module, attr in TEXT_PARTS:
        mod = importlib.import_module(module)
        fn = getattr(mod, attr, None)
        if fn is not None:  # a private helper may be renamed; the rest still counts
            setattr(mod, attr, clock.wrap(label, fn, counts_as_text=not label.startswith(" ")))
    for name, fn in list(REGISTRY):
        REGISTRY.register(clock.wrap_stage(name, fn), name, REGISTRY.priority(name))

    inputs = load(args.paths)
    for path, data in inputs:  # warm-up: imports, lazy regexes
        parse(data, path)
    best: dict[str, float] = {}
    wall = float("inf")
    for _ in range(args.reps):
        clock.spent.clear()
        t0 = time.perf_counter()
        for path, data in inputs:
            parse(data, path)
        took = time.perf_counter() - t0
        if took < wall:
            wall, best = took, dict(clock.spent)
    mb = sum(len(d) for _, d in inputs) / 1e6
    print(f"{len(inputs)} inputs, {mb:.1f} MB; best of {args.reps} passes: {wall * 1e3:.1f} ms "
          f"({mb / wall:.1f} MB/s)")
    print(f"{'part':<28}{'ms':>9}{'share':>8}")
    rows = sorted(best.items(), key=lambda kv: (kv[0].startswith(" "), -kv[1]))
    for label, spent in rows:
        print(f"{label:<28}{spent * 1e3:>9.1f}{spent / wall:>8.0%}")
    rest = wall - sum(v for k, v in best.items() if not k.startswith(" "))
    print(f"{'(outside the stages)':<28}{rest * 1e3:>9.1f}{rest / wall:>8.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
