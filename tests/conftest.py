"""Shared test fixtures: where the real filings are, and a way to run the CLI in-process."""

from __future__ import annotations

import csv

import pytest
from typer.testing import CliRunner, Result

from support import FILINGS


def manifest() -> dict[str, dict[str, str]]:
    """MANIFEST.tsv of the corpus: local_filename -> its row (form_type, bytes, sha256, ...)."""
    with open(FILINGS / "MANIFEST.tsv", newline="", encoding="utf-8") as fh:
        return {row["local_filename"]: row for row in csv.DictReader(fh, delimiter="\t")}


@pytest.fixture(scope="session")
def corpus_manifest() -> dict[str, dict[str, str]]:
    return manifest()


@pytest.fixture
def run_cli():
    """run_cli(*args, input=None) -> typer Result (stdout_bytes, stderr, exit_code)."""
    from filing2json.cli.main import app

    def invoke(*args: str, input: bytes | str | None = None) -> Result:
        return CliRunner().invoke(app, list(args), input=input, catch_exceptions=False)

    return invoke
