"""The `filing2json` command line (SPEC.md "Command line").

    filing2json convert [OPTIONS] [PATH...]     records as JSON lines, a JSON array or a table
    filing2json schema                          the JSON Schema of one record
    filing2json --version

    $ filing2json convert samples/ | jq -r '.press_releases[].headline'
    $ filing2json convert -q -j 0 -o out/ --skip-existing feeds/      # nightly, from cron

Exit status: 0 every input converted (or skipped as up to date); 1 some input could not be
converted (the others still are, each failure one line on stderr); 2 bad usage; 130 Ctrl-C;
141 stdout closed early (`filing2json convert ... | head -1`): the run stops quietly with the
status a process killed by SIGPIPE would have, so `set -o pipefail` scripts see it as `cat` would.
143 on SIGTERM (temp files of unfinished writes are removed).
"""

from __future__ import annotations

import os
import signal
import sys
import time
from contextlib import closing
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, BinaryIO

import orjson
import typer

from .inputs import expand
from .runner import Job, Outcome, run_all
from .writers import DirSink, JsonArraySink, JsonlSink, Sink, TableSink

PROG = "filing2json"
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED, EXIT_PIPE, EXIT_TERM = 130, 141, 143


class Format(StrEnum):
    jsonl = "jsonl"
    json = "json"
    table = "table"


class ErrorStyle(StrEnum):
    text = "text"
    json = "json"


app = typer.Typer(
    name=PROG,
    help="Convert SEC EDGAR filing text files into JSON records.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("filing2json")
    except PackageNotFoundError:
        return "unknown"


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"{PROG} {_version()}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version_callback, is_eager=True,
                     help="Print the version and exit."),
    ] = False,
) -> None:
    """Convert SEC EDGAR filing text files into JSON records."""


def stdin_is_tty() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def stderr_is_tty() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


class Reporter:
    """Error lines and notes on stderr; a progress display only on a terminal."""

    def __init__(self, style: ErrorStyle, quiet: bool) -> None:
        self.style = style
        self.quiet = quiet
        self.tty = stderr_is_tty()
        self.progress: Any = None
        self.task: Any = None
        self.done = self.failed = self.skipped = 0
        self.started = time.monotonic()

    def __enter__(self) -> Reporter:
        if self.tty and not self.quiet:
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self.progress = Progress(
                SpinnerColumn(),
                TextColumn("{task.completed} done, {task.fields[failed]} failed, "
                           "{task.fields[mb]:.1f} MB"),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self.progress.start()
            self.task = self.progress.add_task("convert", total=None, failed=0, mb=0.0)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()

    def line(self, text: str) -> None:
        try:
            if self.progress is not None:
                from rich.text import Text

                self.progress.console.print(Text(text), soft_wrap=True)
            else:
                sys.stderr.write(text + "\n")
                sys.stderr.flush()
        except (OSError, ValueError):
            pass  # stderr gone: nothing sensible left to do with a diagnostic

    def error(self, path: str, reason: str) -> None:
        self.failed += 1
        if self.style is ErrorStyle.json:
            self.line(orjson.dumps({"path": path, "error": reason}).decode())
        else:
            self.line(f"{PROG}: error: {path}: {reason}")

    def advance(self, outcome: Outcome) -> None:
        if outcome.skipped:
            self.skipped += 1
        elif outcome.error is None:
            self.done += 1
        if self.progress is not None:
            task = self.progress.tasks[0]
            mb = task.fields["mb"] + outcome.size / 1e6
            self.progress.update(self.task, advance=1, failed=self.failed, mb=mb)

    def summary(self) -> None:
        if self.tty and not self.quiet:
            took = time.monotonic() - self.started
            self.line(f"{PROG}: {self.done} converted, {self.failed} failed, "
                      f"{self.skipped} skipped in {took:.1f} s")


def _stdout() -> BinaryIO:
    return sys.stdout.buffer


def _make_sink(fmt: Format, output_dir: Path | None) -> tuple[Sink, str]:
    if output_dir is not None:
        return DirSink(output_dir), "file"
    if fmt is Format.table:
        from rich.console import Console

        return TableSink(Console(file=sys.stdout)), "table"
    if fmt is Format.json:
        return JsonArraySink(_stdout()), "json"
    return JsonlSink(_stdout()), "jsonl"


def _quiet_stdout() -> None:
    """After a broken pipe: point stdout at /dev/null so the final flush cannot fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


@app.command()
def convert(
    paths: Annotated[
        list[str] | None,
        typer.Argument(metavar="PATH", show_default=False,
                       help="Files, directories, quoted globs ('dir/**/*.txt'), archives "
                            "(.gz .zip .tar .tar.gz .tgz) or - for stdin."),
    ] = None,
    fmt: Annotated[Format, typer.Option("-f", "--format", help="Output format.")] = Format.jsonl,
    output_dir: Annotated[
        Path | None,
        typer.Option("-o", "--output-dir", file_okay=False,
                     help="Write DIR/<input name>.json per input instead of stdout."),
    ] = None,
    skip_existing: Annotated[
        bool, typer.Option("--skip-existing", help="With -o: skip inputs whose output is newer.")
    ] = False,
    jobs: Annotated[
        int, typer.Option("-j", "--jobs", min=0, help="Worker processes (0: one per core).")
    ] = 1,
    no_text: Annotated[
        bool, typer.Option("--no-text", help="Drop long text bodies (item text, release body).")
    ] = False,
    fail_fast: Annotated[
        bool, typer.Option("--fail-fast", help="Stop at the first input that fails.")
    ] = False,
    errors: Annotated[
        ErrorStyle, typer.Option("--errors", help="Error lines on stderr as text or JSON.")
    ] = ErrorStyle.text,
    quiet: Annotated[bool, typer.Option("-q", "--quiet", help="No progress, no notes.")] = False,
) -> None:
    """Convert filings to JSON records: one line each on stdout, or files with -o."""
    if skip_existing and output_dir is None:
        raise typer.BadParameter("--skip-existing needs -o/--output-dir",
                                 param_hint="'--skip-existing'")
    if not paths:
        if stdin_is_tty():
            raise typer.BadParameter("give a PATH, or pipe a filing on standard input",
                                     param_hint="'PATH...'")
        paths = ["-"]
    try:
        sink, how = _make_sink(fmt, output_dir)
    except OSError as exc:
        raise typer.BadParameter(f"cannot create {output_dir}: {exc.strerror}",
                                 param_hint="'-o'") from None
    skip = sink.is_fresh if skip_existing and isinstance(sink, DirSink) else None
    inputs = expand(paths, getattr(sys.stdin, "buffer", None) if "-" in paths else None, skip)
    try:
        failed = _run(inputs, sink, Job(keep_text=not no_text, render=how), jobs,
                      fail_fast, Reporter(errors, quiet))
    except BrokenPipeError:
        _quiet_stdout()
        raise typer.Exit(EXIT_PIPE) from None
    raise typer.Exit(EXIT_FAILED if failed else EXIT_OK)


def _run(inputs: Any, sink: Sink, job: Job, jobs: int, fail_fast: bool,
         reporter: Reporter) -> bool:
    """Convert everything, write it, report failures; True when any input failed."""
    with reporter, closing(run_all(inputs, job, jobs)) as outcomes:
        for outcome in outcomes:
            if outcome.error is None and not outcome.skipped:
                try:
                    sink.write(outcome.payload, outcome.out_name)
                except BrokenPipeError:
                    raise
                except OSError as exc:
                    outcome = Outcome(outcome.source, outcome.out_name,
                                      error=f"cannot write output: {exc.strerror or exc}")
            if outcome.error is not None:
                reporter.error(outcome.source, outcome.error)
            reporter.advance(outcome)
            if fail_fast and reporter.failed:
                break
        sink.close()
    reporter.summary()
    return reporter.failed > 0


@app.command()
def schema() -> None:
    """Print the JSON Schema of one record."""
    try:
        from filing2json.parsers.schema import record_schema  # imported late: optional module
    except ImportError as exc:
        sys.stderr.write(f"{PROG}: error: schema unavailable: {exc}\n")
        raise typer.Exit(EXIT_FAILED) from None
    out = _stdout()
    try:
        opts = orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE
        out.write(orjson.dumps(record_schema(), option=opts))
        out.flush()
    except BrokenPipeError:
        _quiet_stdout()
        raise typer.Exit(EXIT_PIPE) from None


def _on_sigterm(signum: int, frame: object) -> None:
    raise SystemExit(EXIT_TERM)


def run() -> None:
    """Console-script entry point."""
    try:
        signal.signal(signal.SIGTERM, _on_sigterm)
    except (ValueError, OSError):  # not the main thread
        pass
    try:
        app(prog_name=PROG)
    except KeyboardInterrupt:
        sys.exit(EXIT_INTERRUPTED)
    except BrokenPipeError:
        _quiet_stdout()
        sys.exit(EXIT_PIPE)


if __name__ == "__main__":
    run()
