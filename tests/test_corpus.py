"""Every real filing in the shared corpus converts, matches the schema, and gets the shape and
form type its MANIFEST.tsv records (MANIFEST was written from the files' own headers)."""

from __future__ import annotations

import csv

import pytest

from support import FILINGS, SEEDS, convert

MANIFEST = list(csv.DictReader((FILINGS / "MANIFEST.tsv").open(), delimiter="\t"))


def expected_shape(row: dict[str, str]) -> str:
    notes = row["notes"]
    if row["shape"] in ("submission", "html-submission"):
        return "submission"
    if "dissemination .nc" in notes:
        return "feed"
    if "<DOCUMENT>" in notes:
        return "document"
    return "html"  # bare HTML / iXBRL primary documents


@pytest.mark.parametrize("row", MANIFEST, ids=[r["local_filename"] for r in MANIFEST])
def test_corpus_file_converts(row: dict[str, str]) -> None:
    record = convert(FILINGS / row["local_filename"], keep_text=False)
    assert record["shape"] == expected_shape(row)
    assert record["form_type"] == row["form_type"]
    assert record["is_amendment"] == row["form_type"].endswith("/A")
    assert record["source"]["sha256"] == row["sha256"]
    assert record["source"]["bytes"] == int(row["bytes"])
    raw = (FILINGS / row["local_filename"]).read_bytes()
    tags = raw.count(b"<DOCUMENT>")
    # a submission can be header-only (ABS-15G 2025); bare text or HTML is one document
    expected = tags if tags or record["shape"] in ("submission", "feed") else 1
    assert len(record["documents"]) == expected


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name)
def test_seed_converts(path) -> None:
    record = convert(path)
    assert record["shape"] == "document"
    assert record["form_type"] == "8-K"
