"""PATH expansion (cli/inputs.py) and single-input conversion (cli/runner.py) on real filings."""

from __future__ import annotations

import gzip
import hashlib
import io
import os
import shutil
import tarfile
import zipfile
from pathlib import Path

import pytest

from filing2json.cli.inputs import Input, expand
from filing2json.cli.runner import Job, convert_one, read_input
from support import FILINGS, SAMPLES

SAMPLE = SAMPLES / "000_af6957f9859c0735.txt"
APPLE_8K = FILINGS / "8k_1999_applecomputerinc_1.txt"  # 5888 bytes, PEM submission
UNION_CAMP = FILINGS / "8k_1994_unioncampcorp_1.txt"  # 6171 bytes, IMS-HEADER submission


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def tree(tmp_path: Path) -> Path:
    """A folder as users keep them: subfolders, hidden files, files that are not filings."""
    root = tmp_path / "in"
    (root / "a").mkdir(parents=True)
    (root / "b").mkdir()
    (root / ".git").mkdir()
    shutil.copy(SAMPLE, root / "a" / "x.htm")
    shutil.copy(APPLE_8K, root / "a.txt")
    shutil.copy(UNION_CAMP, root / "b" / "z.txt")
    shutil.copy(SAMPLE, root / "w.sgml")
    shutil.copy(SAMPLE, root / "y.nc")
    shutil.copy(SAMPLE, root / ".hidden.txt")
    shutil.copy(SAMPLE, root / ".git" / "x.txt")
    shutil.copy(FILINGS / "MANIFEST.tsv", root / "MANIFEST.tsv")
    (root / "c.pdf").write_bytes(b"%PDF-1.4\n")
    return root


def test_directory_is_walked_recursively_sorted_and_filtered(tmp_path: Path) -> None:
    root = tree(tmp_path)
    got = list(expand([str(root)]))
    assert [i.out_name for i in got] == ["a/x.htm", "a.txt", "b/z.txt", "w.sgml", "y.nc"]
    assert [i.source for i in got] == [str(root / n) for n in
                                       ("a/x.htm", "a.txt", "b/z.txt", "w.sgml", "y.nc")]
    assert all(i.file == i.source and i.error is None for i in got)


def test_explicit_file_is_taken_whatever_its_extension(tmp_path: Path) -> None:
    root = tree(tmp_path)
    got = list(expand([str(root / "MANIFEST.tsv"), str(root / "c.pdf")]))
    assert [(i.source, i.out_name) for i in got] == [
        (str(root / "MANIFEST.tsv"), "MANIFEST.tsv"), (str(root / "c.pdf"), "c.pdf")]


def test_glob_with_double_star_is_expanded_sorted(tmp_path: Path) -> None:
    root = tree(tmp_path)
    got = list(expand([f"{root}/**/*.txt"]))
    # ** skips hidden names like glob does; out names are relative to the literal prefix.
    assert [i.out_name for i in got] == ["a.txt", "b/z.txt"]
    assert got[1].source == str(root / "b" / "z.txt")


def test_missing_path_and_empty_matches_are_errors_in_place(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.md").write_text("# not a filing\n")
    got = list(expand([str(tmp_path / "nope.txt"), str(SAMPLE), str(empty),
                       f"{tmp_path}/*.nothing"]))
    assert [(i.source, i.error) for i in got] == [
        (str(tmp_path / "nope.txt"), "no such file or directory"),
        (str(SAMPLE), None),
        (str(empty), "no filings found in directory"),
        (f"{tmp_path}/*.nothing", "no files match"),
    ]


def _tar_bytes(members: dict[str, bytes], mode: str = "w:gz") -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode=mode) as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def test_tar_gz_members_are_inputs_named_archive_bang_member(tmp_path: Path,
                                                             corpus_manifest) -> None:
    apple, union = APPLE_8K.read_bytes(), UNION_CAMP.read_bytes()
    feed = tmp_path / "feed.nc.tar.gz"
    feed.write_bytes(_tar_bytes({"2024/a.nc": apple, "README": b"x", "2024/b.txt": union}))
    got = list(expand([str(feed)]))
    assert [i.source for i in got] == [f"{feed}!2024/a.nc", f"{feed}!2024/b.txt"]
    assert [i.out_name for i in got] == ["feed.nc.tar.gz__2024__a.nc",
                                         "feed.nc.tar.gz__2024__b.txt"]
    assert sha(got[0].data) == corpus_manifest[APPLE_8K.name]["sha256"]
    assert sha(got[1].data) == corpus_manifest[UNION_CAMP.name]["sha256"]


def test_plain_tar_and_zip_members(tmp_path: Path) -> None:
    apple = APPLE_8K.read_bytes()
    (tmp_path / "x.tar").write_bytes(_tar_bytes({"one.txt": apple}, mode="w"))
    with zipfile.ZipFile(tmp_path / "x.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("dir/two.htm", apple)
        zf.writestr("dir/skip.csv", "a,b\n")
    got = list(expand([str(tmp_path / "x.tar"), str(tmp_path / "x.zip")]))
    assert [(i.source.rsplit("/", 1)[-1], i.out_name) for i in got] == [
        ("x.tar!one.txt", "x.tar__one.txt"), ("two.htm", "x.zip__dir__two.htm")]
    assert got[1].source == f"{tmp_path}/x.zip!dir/two.htm"
    assert got[0].data == apple == got[1].data


def test_gz_file_is_one_member_named_minus_gz(tmp_path: Path, corpus_manifest) -> None:
    gz = tmp_path / "8k.txt.gz"
    gz.write_bytes(gzip.compress(APPLE_8K.read_bytes()))
    (inp,) = expand([str(gz)])
    assert (inp.source, inp.out_name, inp.file, inp.gzip) == (
        f"{gz}!8k.txt", "8k.txt", str(gz), True)
    assert sha(read_input(inp)) == corpus_manifest[APPLE_8K.name]["sha256"]


def test_archives_nested_in_a_tar(tmp_path: Path) -> None:
    apple = APPLE_8K.read_bytes()
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as zf:
        zf.writestr("in.txt", apple)
    outer = tmp_path / "o.tar"
    outer.write_bytes(_tar_bytes({"a.txt.gz": gzip.compress(apple), "b.zip": inner.getvalue()},
                                 mode="w"))
    got = list(expand([str(outer)]))
    assert [i.source[len(str(tmp_path)) + 1:] for i in got] == [
        "o.tar!a.txt.gz!a.txt", "o.tar!b.zip!in.txt"]
    assert [i.out_name for i in got] == ["o.tar__a.txt", "o.tar__b.zip__in.txt"]
    assert [read_input(i) for i in got] == [apple, apple]


def test_corrupt_archives_give_one_error_each(tmp_path: Path) -> None:
    apple = APPLE_8K.read_bytes()
    whole = _tar_bytes({"a.txt": apple, "b.txt": apple * 40})
    (tmp_path / "cut.tar.gz").write_bytes(whole[: len(whole) - 200])
    (tmp_path / "bad.zip").write_bytes(b"PK\x03\x04 this is not really a zip")
    (tmp_path / "bad.tgz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    got = list(expand([str(tmp_path / n) for n in ("cut.tar.gz", "bad.zip", "bad.tgz")]))
    assert got[0].source.endswith("cut.tar.gz!a.txt") and got[0].data == apple
    errors = [(Path(i.source).name, i.error.split(":")[0]) for i in got[1:]]
    assert errors == [("cut.tar.gz", "corrupt tar archive"), ("bad.zip", "corrupt zip archive"),
                      ("bad.tgz", "corrupt tar archive")]


def test_stdin_plain_gzip_and_tar(tmp_path: Path) -> None:
    apple = APPLE_8K.read_bytes()
    (plain,) = expand(["-"], io.BytesIO(apple))
    assert (plain.source, plain.out_name, plain.data, plain.gzip) == ("-", "stdin", apple, False)
    (gz,) = expand(["-"], io.BytesIO(gzip.compress(apple)))
    assert gz.gzip and read_input(gz) == apple
    members = list(expand(["-"], io.BytesIO(_tar_bytes({"q/a.nc": apple, "b.txt": apple}))))
    assert [(m.source, m.out_name) for m in members] == [
        ("-!q/a.nc", "stdin__q__a.nc"), ("-!b.txt", "stdin__b.txt")]


def test_skip_test_is_asked_with_out_name_and_input_mtime(tmp_path: Path) -> None:
    root = tree(tmp_path)
    asked: list[tuple[str, int | None]] = []

    def skip(out_name: str, mtime: int | None) -> bool:
        asked.append((out_name, mtime))
        return out_name.endswith(".nc")

    got = list(expand([str(root)], skip=skip))
    assert [i.skipped for i in got] == [False, False, False, False, True]
    assert asked[1] == ("a.txt", os.stat(root / "a.txt").st_mtime_ns)


def test_convert_one_reports_read_and_parse_failures(tmp_path: Path, monkeypatch) -> None:
    job = Job(render="jsonl")
    (tmp_path / "bad.txt.gz").write_bytes(b"\x1f\x8b\x08\x00not gzip at all")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (bad,) = expand([str(tmp_path / "bad.txt.gz")])
    assert convert_one(bad, job).error.startswith("corrupt gzip: ")
    assert convert_one(Input("d", file=str(tmp_path / "dangling.txt")), job).error == \
        "no such file or directory"
    ok = convert_one(Input("s", file=str(SAMPLE)), job)
    assert ok.error is None and ok.payload.startswith(b'{"schema_version":"1.1"')
    assert ok.payload.endswith(b"}\n") and ok.size == SAMPLE.stat().st_size

    def broken(holder: list[bytes], path: str = "-", *, keep_text: bool = True) -> dict:
        holder.pop()
        raise KeyError("cover")

    monkeypatch.setattr("filing2json.cli.runner.parse_taking", broken)
    assert convert_one(Input("s", file=str(SAMPLE)), job).error == \
        "internal error: KeyError: 'cover'"


@pytest.mark.parametrize("how", ["jsonl", "json", "file", "table"])
def test_every_render_of_the_sample(how: str) -> None:
    out = convert_one(Input("samples/000.txt", file=str(SAMPLE)), Job(render=how))
    if how == "table":
        assert out.payload[:3] == ("000.txt", "8-K", "r 2000-08-03")
        assert out.payload[3] == "CTC COMMUNICATIONS GROUP, INC."
    else:
        assert b'"form_type": "8-K"' in out.payload or b'"form_type":"8-K"' in out.payload
