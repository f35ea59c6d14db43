"""Print bench.py's result dict as small tables (rich when installed, plain text otherwise)."""

from __future__ import annotations

from typing import Any

Row = list[str]


def _f(x: Any, fmt: str = "{:.1f}") -> str:
    return "-" if x is None else fmt.format(x)


def throughput_rows(result: dict[str, Any]) -> tuple[Row, list[Row]]:
    head = ["set", "inputs", "MB", "floor MB/s", "j1 MB/s", "j1 files/s", "j1/floor",
            "j0 MB/s", "j0/j1", "no-text MB/s", "peak j1 MB", "j0 tree RSS", "j0 tree PSS"]
    rows = []
    named = [("samples", result.get("samples"))] + list(result.get("sets", {}).items())
    for name, s in named:
        if not s:
            continue
        r = s["ratios"]

        def get(k: str, f: str, v: dict[str, Any] = s["variants"]) -> Any:
            return (v.get(k) or {}).get(f)

        rows.append([name, str(s["inputs"]), _f(s["mb"]), _f(get("floor", "mb_per_s")),
                     _f(get("j1", "mb_per_s")), _f(get("j1", "files_per_s"), "{:.0f}"),
                     _f(r.get("j1_vs_floor"), "{:.2f}"), _f(get("j0", "mb_per_s")),
                     _f(r.get("speedup_jobs0"), "{:.2f}x"), _f(get("notext", "mb_per_s")),
                     _f(get("j1", "peak_single_mb"), "{:.0f}"),
                     _f(get("j0", "peak_total_mb"), "{:.0f}"),
                     _f(get("j0", "peak_pss_mb"), "{:.0f}")])
    return head, rows


def other_rows(result: dict[str, Any]) -> tuple[Row, list[Row]]:
    rows: list[Row] = []
    st = result.get("startup", {})
    for key, label in (("one_file", "convert one sample (wall)"),
                       ("one_file_no_pyc", "  the same, no bytecode cache of the project"),
                       ("python_import", "python -c 'import filing2json.cli.main'"),
                       ("python_bare", "python -c pass")):
        if key in st:
            rows.append([label, f"{st[key]['wall_ms']:.0f} ms", f"{st[key]['peak_rss_mb']:.0f} MB"])
    if st.get("importtime_ms") is not None:
        rows.append(["-X importtime cumulative", f"{st['importtime_ms']:.0f} ms", ""])
    for flavour, b in result.get("big", {}).items():
        if isinstance(b, dict):
            rows.append([f"{b['mb']:.0f} MB {flavour}",
                         f"{b['wall_s']:.1f} s, {_f(b['mb_per_s'])} MB/s "
                         f"({_f(b['vs_floor'], '{:.2f}')} of floor)",
                         f"{b['peak_rss_mb']:.0f} MB = {b['peak_rss_x_size']:.2f}x size"])
    for g in result.get("scaling", []):
        growth = ", ".join(f"{k[:-7]} {g[k]:.2f}" for k in g if k.endswith("_growth"))
        rows.append([f"growth {g['from']} -> {g['to']} ({g['work_x']:.0f}x work)", growth,
                     "1.00 = linear"])
    return ["measure", "value", "memory"], rows


def target_rows(result: dict[str, Any]) -> tuple[Row, list[Row]]:
    rows = []
    for t in result.get("targets", []):
        verdict = {True: "PASS", False: "FAIL", None: "n/a"}[t["pass"]]
        rows.append([t["name"], _f(t["value"], "{:.3g}"), f"{t['op']} {t['limit']:g}",
                     verdict, str(t["measured_on"] or "-")])
    return ["target", "value", "goal", "result", "on"], rows


def show(result: dict[str, Any]) -> None:
    m = result.get("machine", {})
    info = (f"{m.get('cpu_count')} CPUs, Python {m.get('python')}, {result.get('date')}, "
            f"load {m.get('loadavg_start', [0])[0]:.2f}, took {result.get('elapsed_s')} s")
    tables = [("Throughput (median of runs; ratios within each run)", *throughput_rows(result)),
              ("Start-up, big filings, growth", *other_rows(result)),
              ("Targets", *target_rows(result))]
    try:
        from rich.console import Console
        from rich.table import Table
    except ImportError:
        print(info)
        for title, head, rows in tables:
            print(f"\n{title}")
            widths = [max(len(x) for x in col) for col in zip(head, *rows, strict=False)]
            for row in [head, *rows]:
                print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=False)))
        return
    console = Console()
    if not console.is_terminal:
        console = Console(width=150)  # piped to a file: keep every column readable
    console.print(info)
    for title, head, rows in tables:
        table = Table(title=title, title_justify="left")
        for i, h in enumerate(head):
            table.add_column(h, justify="left" if i == 0 else "right")
        for row in rows:
            table.add_row(*row)
        console.print(table)
