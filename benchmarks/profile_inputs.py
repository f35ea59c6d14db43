"""The inputs the in-process scripts (profile.py, stages.py) read: given PATHs, or the corpus."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus" / "filings"


def default_files() -> list[Path]:
    files = sorted((REPO / "samples").glob("*.txt"))
    files += sorted(p for p in CORPUS.iterdir() if p.is_file() and p.name != "MANIFEST.tsv")
    return files


def load(paths: list[str]) -> list[tuple[str, bytes]]:
    """(path, bytes) of every file under `paths`, or of the samples and corpus if none."""
    files: list[Path] = []
    for arg in paths:
        p = Path(arg)
        files += sorted(q for q in p.rglob("*") if q.is_file()) if p.is_dir() else [p]
    return [(str(p), p.read_bytes()) for p in (files or default_files())]
