"""`filing2json convert` in-process (typer CliRunner) over real filings: inputs, formats, -j,
-o, error reporting and exit codes (SPEC.md "Command line")."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import shutil
import sys
import tarfile
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from rich.console import Console

from filing2json.cli import table
from filing2json.cli.inputs import Input
from filing2json.cli.runner import Job, convert_one
from support import FILINGS, SAMPLES, validate

SAMPLE = SAMPLES / "000_af6957f9859c0735.txt"
SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))
APPLE_8K = FILINGS / "8k_1999_applecomputerinc_1.txt"
SPEC_KEYS = ["schema_version", "source", "shape", "form_type", "is_amendment", "explanatory_note",
             "accession_number", "filed_date", "report_date", "event_date", "header",
             "registrants", "securities", "items", "exhibits", "documents", "press_releases",
             "signatures", "warnings"]


def records(stdout: bytes) -> list[dict]:
    lines = stdout.splitlines()
    assert all(line.startswith(b"{") for line in lines), stdout[:300]
    return [validate(json.loads(line)) for line in lines]  # every record matches the schema


def error_lines(stderr: str) -> list[str]:
    assert "Traceback" not in stderr, stderr
    return stderr.splitlines()


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- inputs ---------------------------------------------------------------------------------

def test_files_dirs_and_globs_in_argument_order(run_cli, tmp_path: Path) -> None:
    nested = tmp_path / "in" / "deep"
    nested.mkdir(parents=True)
    shutil.copy(APPLE_8K, nested / "apple.txt")
    (tmp_path / "in" / "notes.csv").write_text("a,b\n")
    res = run_cli("convert", str(SAMPLE), str(tmp_path / "in"), f"{SAMPLES}/**/00[12]*.txt")
    assert res.exit_code == 0 and res.stderr == ""
    recs = records(res.stdout_bytes)
    assert [r["source"]["path"] for r in recs] == [
        str(SAMPLE), str(nested / "apple.txt"), str(SAMPLE_FILES[1]), str(SAMPLE_FILES[2])]
    assert recs[1]["source"]["sha256"] == sha(APPLE_8K)
    assert [r["form_type"] for r in recs] == ["8-K"] * 4
    assert all(list(r) == SPEC_KEYS for r in recs)


def test_stdin_dash_and_piped_stdin_without_path(run_cli) -> None:
    data = SAMPLE.read_bytes()
    for args in (["convert", "-"], ["convert"]):
        res = run_cli(*args, input=data)
        assert res.exit_code == 0, res.stderr
        (rec,) = records(res.stdout_bytes)
        assert rec["source"]["path"] == "-"
        assert rec["source"]["sha256"] == sha(SAMPLE)
        assert rec["report_date"] == "2000-08-03"  # "Date of Report  August 3, 2000"


def test_no_path_and_a_terminal_on_stdin_is_a_usage_error(run_cli, monkeypatch) -> None:
    monkeypatch.setattr("filing2json.cli.main.stdin_is_tty", lambda: True)
    res = run_cli("convert")
    assert res.exit_code == 2 and res.stdout == ""


def _tar(path: Path, members: dict[str, Path], mode: str) -> None:
    with tarfile.open(path, mode) as tar:
        for name, src in members.items():
            tar.add(src, arcname=name)


def test_archives_each_member_one_record(run_cli, tmp_path: Path, corpus_manifest) -> None:
    names = ["8k_1994_unioncampcorp_1.txt", "4_2024_mcguirkrichardl_1.txt"]
    _tar(tmp_path / "feed.nc.tar.gz", {f"d/{n}": FILINGS / n for n in names}, "w:gz")
    _tar(tmp_path / "plain.tar", {names[0]: FILINGS / names[0]}, "w")
    with zipfile.ZipFile(tmp_path / "z.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(FILINGS / names[1], names[1])
    (tmp_path / "one.txt.gz").write_bytes(gzip.compress(APPLE_8K.read_bytes()))
    args = [str(tmp_path / n) for n in ("feed.nc.tar.gz", "plain.tar", "z.zip", "one.txt.gz")]
    res = run_cli("convert", *args)
    assert res.exit_code == 0, res.stderr
    recs = records(res.stdout_bytes)
    assert [r["source"]["path"][len(str(tmp_path)) + 1:] for r in recs] == [
        f"feed.nc.tar.gz!d/{names[0]}", f"feed.nc.tar.gz!d/{names[1]}",
        f"plain.tar!{names[0]}", f"z.zip!{names[1]}", "one.txt.gz!one.txt"]
    want = [names[0], names[1], names[0], names[1], APPLE_8K.name]
    assert [r["source"]["sha256"] for r in recs] == [corpus_manifest[n]["sha256"] for n in want]
    assert [r["source"]["bytes"] for r in recs] == [int(corpus_manifest[n]["bytes"]) for n in want]


def test_corrupt_gz_is_one_error_and_the_rest_convert(run_cli, tmp_path: Path) -> None:
    good = gzip.compress(APPLE_8K.read_bytes())
    (tmp_path / "cut.txt.gz").write_bytes(good[: len(good) // 2])
    res = run_cli("convert", str(tmp_path / "cut.txt.gz"), str(SAMPLE))
    assert res.exit_code == 1
    (line,) = error_lines(res.stderr)
    assert line.startswith(f"filing2json: error: {tmp_path}/cut.txt.gz!cut.txt: corrupt gzip: ")
    assert [r["source"]["path"] for r in records(res.stdout_bytes)] == [str(SAMPLE)]


# --- formats --------------------------------------------------------------------------------

def test_jsonl_one_line_per_input(run_cli) -> None:
    res = run_cli("convert", str(SAMPLES))
    assert res.exit_code == 0
    assert res.stdout_bytes.count(b"\n") == len(SAMPLE_FILES) == 4
    assert [r["source"]["path"] for r in records(res.stdout_bytes)] == [
        str(p) for p in SAMPLE_FILES]


def test_json_is_one_indented_array_even_when_empty(run_cli, tmp_path: Path) -> None:
    res = run_cli("convert", "-f", "json", str(SAMPLES), str(APPLE_8K))
    assert res.exit_code == 0
    arr = json.loads(res.stdout_bytes)
    assert [r["source"]["sha256"] for r in arr] == [sha(p) for p in [*SAMPLE_FILES, APPLE_8K]]
    assert res.stdout_bytes.startswith(b'[\n  {\n    "schema_version": "1.1",')
    res = run_cli("convert", "-f", "json", str(tmp_path / "missing.txt"))
    assert res.exit_code == 1 and json.loads(res.stdout_bytes) == []


def test_table_fits_80_columns(run_cli, monkeypatch) -> None:
    files = [*SAMPLE_FILES, *sorted(FILINGS.glob("8k_20*"))[:12]]
    rows = [convert_one(Input(str(p), file=str(p)), Job(render="table")).payload for p in files]
    assert rows[0][:4] == ("000_af6957f9859c0735.txt", "8-K", "r 2000-08-03",
                           "CTC COMMUNICATIONS GROUP, INC.")
    buf = io.StringIO()
    table.render(rows, Console(file=buf, width=80, force_terminal=False))
    lines = [line for line in buf.getvalue().splitlines() if line.strip()]
    assert max(len(line) for line in lines) <= 80
    assert lines[0].split() == list(table.COLUMNS)
    assert len(lines) >= len(rows) + 2  # header, rule, at least one line per row
    monkeypatch.setenv("COLUMNS", "80")
    res = run_cli("convert", "-f", "table", str(SAMPLES))
    assert res.exit_code == 0 and max(map(len, res.stdout.splitlines())) <= 80
    assert all(p.name[:12] in res.stdout for p in SAMPLE_FILES)  # one row each, names folded
    assert res.stdout.count("r 2000-08-03") == 1 and res.stdout.count("r 2002-04-24") == 1


def test_jobs_do_not_change_the_output(run_cli) -> None:
    corpus = sorted(p for p in FILINGS.iterdir() if p.name != "MANIFEST.tsv")[::4]
    assert len(corpus) >= 20
    args = [str(SAMPLES), *map(str, corpus)]
    one = run_cli("convert", "-j", "1", *args)
    two = run_cli("convert", "-j", "2", *args)
    assert one.exit_code == two.exit_code == 0
    assert one.stdout_bytes == two.stdout_bytes
    assert len(records(two.stdout_bytes)) == len(corpus) + 4
    assert run_cli("convert", "-j", "2", "-f", "json", *args).stdout_bytes == \
        run_cli("convert", "-f", "json", *args).stdout_bytes


def test_no_text_is_passed_to_the_parser(run_cli, monkeypatch) -> None:
    from filing2json.parsers import parse

    seen: list[bool] = []

    def spy(holder: list[bytes], path: str = "-", *, keep_text: bool = True) -> dict:
        data = holder.pop()
        seen.append(keep_text)
        return parse(data, path, keep_text=keep_text)

    monkeypatch.setattr("filing2json.cli.runner.parse_taking", spy)
    assert run_cli("convert", "--no-text", str(SAMPLE)).exit_code == 0
    assert run_cli("convert", str(SAMPLE)).exit_code == 0
    assert seen == [False, True]


# --- -o -----------------------------------------------------------------------------------

def test_output_dir_one_file_per_input_atomically(run_cli, tmp_path: Path) -> None:
    out = tmp_path / "out"
    src = tmp_path / "src"
    (src / "2000").mkdir(parents=True)
    shutil.copy(SAMPLE, src / "2000" / "a.txt")
    _tar(src / "f.tar.gz", {"x/b.nc": APPLE_8K}, "w:gz")
    out.mkdir()
    stale = out / "2000" / "a.txt.json"
    stale.parent.mkdir()
    stale.write_text("{half a reco")
    reader = open(stale)  # a reader holding the old file keeps seeing it whole
    res = run_cli("convert", "-o", str(out), str(src), str(APPLE_8K))
    assert res.exit_code == 0 and res.stdout == "" and res.stderr == ""
    assert reader.read() == "{half a reco"
    reader.close()
    files = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert files == ["2000/a.txt.json", "8k_1999_applecomputerinc_1.txt.json",
                     "f.tar.gz__x__b.nc.json"]
    assert json.loads(stale.read_bytes())["source"]["sha256"] == sha(SAMPLE)
    assert json.loads((out / files[2]).read_bytes())["source"]["sha256"] == sha(APPLE_8K)
    assert oct(stale.stat().st_mode & 0o777) != oct(0o600)  # not mkstemp's private mode


def test_skip_existing_needs_output_dir(run_cli) -> None:
    assert run_cli("convert", "--skip-existing", str(SAMPLE)).exit_code == 2


# --- bad inputs -----------------------------------------------------------------------------

def _bad_inputs(tmp: Path) -> dict[str, Path]:
    sub = APPLE_8K.read_bytes()
    made = {
        "empty": (tmp / "empty.txt", b""),
        "pdf": (tmp / "report.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"),
        "png": (tmp / "logo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)),
        "prose": (tmp / "notes.txt", b"Shopping list\n\nmilk, eggs, flour.\nCall Bob at 5.\n"),
        "truncated": (tmp / "cut.txt", sub[: sub.index(b"FILER:") + 30]),
    }
    for path, data in made.values():
        path.write_bytes(data)
    (tmp / "nofilings").mkdir()
    (tmp / "nofilings" / "data.csv").write_text("a,b\n")
    (tmp / "dangling.txt").symlink_to(tmp / "vanished.txt")
    paths = {k: p for k, (p, _) in made.items()}
    paths.update(missing=tmp / "missing.txt", nofilings=tmp / "nofilings",
                 dangling=tmp / "dangling.txt")
    return paths


@pytest.mark.parametrize("kind, reason", [
    ("empty", "empty file"), ("pdf", "binary file (PDF)"), ("png", "binary file (PNG)"),
    ("prose", "not an EDGAR filing"), ("missing", "no such file or directory"),
    ("dangling", "no such file or directory"), ("nofilings", "no filings found in directory"),
])
def test_bad_input_is_one_error_line_and_the_rest_convert(run_cli, tmp_path: Path, kind: str,
                                                          reason: str) -> None:
    bad = _bad_inputs(tmp_path)[kind]
    res = run_cli("convert", str(SAMPLE), str(bad), str(APPLE_8K))
    assert res.exit_code == 1
    assert error_lines(res.stderr) == [f"filing2json: error: {bad}: {reason}"]
    assert [r["source"]["path"] for r in records(res.stdout_bytes)] == [str(SAMPLE),
                                                                        str(APPLE_8K)]


def test_truncated_submission_converts_or_fails_cleanly(run_cli, tmp_path: Path) -> None:
    cut = _bad_inputs(tmp_path)["truncated"]
    res = run_cli("convert", str(cut))
    lines = error_lines(res.stderr)
    if res.exit_code == 0:
        (rec,) = records(res.stdout_bytes)
        assert rec["source"]["bytes"] == cut.stat().st_size
    else:
        assert res.exit_code == 1 and len(lines) == 1
        assert lines[0].startswith(f"filing2json: error: {cut}: ")


def test_errors_json_lines(run_cli, tmp_path: Path) -> None:
    bad = _bad_inputs(tmp_path)
    res = run_cli("convert", "--errors", "json", str(bad["empty"]), str(bad["png"]), str(SAMPLE))
    assert res.exit_code == 1
    assert [json.loads(line) for line in error_lines(res.stderr)] == [
        {"path": str(bad["empty"]), "error": "empty file"},
        {"path": str(bad["png"]), "error": "binary file (PNG)"}]
    assert len(records(res.stdout_bytes)) == 1


def test_fail_fast_stops_at_the_first_failure(run_cli, tmp_path: Path) -> None:
    res = run_cli("convert", "--fail-fast", str(SAMPLE), str(tmp_path / "nope.txt"),
                  str(APPLE_8K))
    assert res.exit_code == 1 and len(error_lines(res.stderr)) == 1
    assert [r["source"]["path"] for r in records(res.stdout_bytes)] == [str(SAMPLE)]


@pytest.mark.parametrize("variant", ["cp1252", "bom", "crlf", "cr"])
def test_encodings_and_line_ends_convert(run_cli, tmp_path: Path, variant: str) -> None:
    data = SAMPLE.read_bytes()
    if variant == "cp1252":
        data = data.replace(b"Washington, DC", b"\x93Washington\x94, DC \x96")
    elif variant == "bom":
        data = b"\xef\xbb\xbf" + data
    else:
        data = data.replace(b"\n", b"\r\n" if variant == "crlf" else b"\r")
    path = tmp_path / f"{variant}.txt"
    path.write_bytes(data)
    res = run_cli("convert", str(path))
    assert res.exit_code == 0, res.stderr
    (rec,) = records(res.stdout_bytes)
    assert rec["source"]["encoding"] == ("cp1252" if variant == "cp1252" else "utf-8")
    assert (rec["form_type"], rec["report_date"], rec["event_date"]) == (
        "8-K", "2000-08-03", "2000-08-02")
    assert rec["registrants"][0]["irs_employer_id"] == "04-3469590"


def test_a_parser_bug_is_that_inputs_error_only(run_cli, monkeypatch) -> None:
    from filing2json.parsers import parse

    def flaky(holder: list[bytes], path: str = "-", *, keep_text: bool = True) -> dict:
        data = holder.pop()
        if path.endswith("001_e8b565220de8e5a3.txt"):
            raise IndexError("list index out of range")
        return parse(data, path, keep_text=keep_text)

    monkeypatch.setattr("filing2json.cli.runner.parse_taking", flaky)
    res = run_cli("convert", str(SAMPLES))
    assert res.exit_code == 1
    reason = "internal error: IndexError: list index out of range"
    assert error_lines(res.stderr) == [f"filing2json: error: {SAMPLE_FILES[1]}: {reason}"]
    assert len(records(res.stdout_bytes)) == 3


def test_a_dying_worker_costs_only_its_input(run_cli, monkeypatch) -> None:
    from filing2json.parsers import parse

    def crashing(holder: list[bytes], path: str = "-", *, keep_text: bool = True) -> dict:
        data = holder.pop()
        if path.endswith("002_e328972705f5d40f.txt"):
            os._exit(9)  # as if the OOM killer took the worker
        return parse(data, path, keep_text=keep_text)

    monkeypatch.setattr("filing2json.cli.runner.parse_taking", crashing)
    res = run_cli("convert", "-j", "2", str(SAMPLES), str(APPLE_8K))
    assert res.exit_code == 1
    assert error_lines(res.stderr) == [
        f"filing2json: error: {SAMPLE_FILES[2]}: internal error: worker process died"]
    assert [r["source"]["path"] for r in records(res.stdout_bytes)] == [
        str(SAMPLE_FILES[0]), str(SAMPLE_FILES[1]), str(SAMPLE_FILES[3]), str(APPLE_8K)]


def test_records_with_warnings_still_print_and_exit_0(run_cli, monkeypatch) -> None:
    from filing2json.parsers import parse

    def doubtful(holder: list[bytes], path: str = "-", *, keep_text: bool = True) -> dict:
        data = holder.pop()
        rec = parse(data, path, keep_text=keep_text)
        rec["warnings"].append({"code": "cover_header_mismatch", "message": "dates differ"})
        return rec

    monkeypatch.setattr("filing2json.cli.runner.parse_taking", doubtful)
    res = run_cli("convert", str(SAMPLE))
    assert res.exit_code == 0 and res.stderr == ""
    assert records(res.stdout_bytes)[0]["warnings"][-1]["code"] == "cover_header_mismatch"


# --- other commands, usage ------------------------------------------------------------------

def test_version(run_cli) -> None:
    from importlib.metadata import version

    res = run_cli("--version")
    assert res.exit_code == 0 and res.stdout == f"filing2json {version('filing2json')}\n"


def test_schema_is_indented_json_naming_every_key(run_cli) -> None:
    res = run_cli("schema")
    assert res.exit_code == 0, res.stderr
    schema = json.loads(res.stdout_bytes)
    assert set(SPEC_KEYS) <= set(schema["properties"])
    assert res.stdout.startswith("{\n  ")


@pytest.mark.parametrize("args", [["convert", "-f", "xml", "x"], ["convert", "-j", "-1", "x"],
                                  ["convert", "--errors", "yaml", "x"], ["frobnicate"]])
def test_bad_usage_exits_2(run_cli, args: list[str]) -> None:
    res = run_cli(*args)
    assert res.exit_code == 2 and res.stdout == ""


# --- memory ---------------------------------------------------------------------------------

def _peak(run_cli, src: Path, out: Path) -> int:
    tracemalloc.start()
    try:
        res = run_cli("convert", "-q", "-o", str(out), str(src))
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        assert res.exit_code == 0


def test_memory_stays_flat_with_the_number_of_inputs(run_cli, tmp_path: Path) -> None:
    src = tmp_path / "many"
    src.mkdir()
    for i in range(300):
        os.link(SAMPLE_FILES[i % 4], src / f"{i:04d}.txt")
    few = tmp_path / "few"
    few.mkdir()
    for name in sorted(os.listdir(src))[:30]:
        os.link(src / name, few / name)
    # pathlib interns each path's parts, and an interned string dies with its last user: the
    # 300 names would go in and out of the interned-strings table at each run, and a resize of
    # that table (~2 MB once the suite has imported all its modules) is no record kept around
    kept = [sys.intern(part) for name in os.listdir(src) for part in (name, f"{name}.json")]
    kept += [sys.intern(part) for part in (tmp_path / "o0").parts]
    _peak(run_cli, few, tmp_path / "o0")  # warm-up: imports, compiled patterns, caches
    peak_few = _peak(run_cli, few, tmp_path / "o1")
    peak_many = _peak(run_cli, src, tmp_path / "o2")
    assert len(list((tmp_path / "o2").iterdir())) == 300
    # 10x the inputs: the peak may grow by bookkeeping only, never by records kept around.
    assert peak_many < peak_few + 1_000_000, (peak_few, peak_many)
    assert kept
