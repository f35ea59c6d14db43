"""Golden records of the four sample 8-Ks (CTC Communications, 2000-2002), field by field.

tests/golden/<sample>.json holds the whole expected record. Each value in it was checked
against the filing text (cover columns, item heading, every press-release part, signature);
a test per top-level field (and per press-release part) names what broke.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from filing2json.parsers import parse
from support import SAMPLES, validate

GOLDEN = Path(__file__).parent / "golden"
SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))
FIELDS = ["schema_version", "source", "shape", "form_type", "is_amendment", "explanatory_note",
          "accession_number", "filed_date", "report_date", "event_date", "header",
          "registrants", "securities", "items", "exhibits", "documents", "signatures",
          "warnings"]
PRESS_PARTS = ["document", "date", "headline", "subheadlines", "dateline", "tickers",
               "highlights", "quotes", "body", "about", "forward_looking_statements",
               "contacts"]


def _pair(path: Path) -> tuple[dict, dict]:
    record = validate(parse(path.read_bytes(), path.name))
    expected = json.loads((GOLDEN / path.name.replace(".txt", ".json")).read_text())
    return record, expected


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.name[:3])
def test_record_field(path: Path, field: str) -> None:
    record, expected = _pair(path)
    assert record[field] == expected[field]


@pytest.mark.parametrize("part", PRESS_PARTS)
@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.name[:3])
def test_press_release_part(path: Path, part: str) -> None:
    record, expected = _pair(path)
    assert len(record["press_releases"]) == len(expected["press_releases"]) == 1
    assert record["press_releases"][0][part] == expected["press_releases"][0][part]


def test_golden_files_say_what_the_spec_says() -> None:
    """SPEC.md's example values for sample 000, independent of the golden file."""
    record, _ = _pair(SAMPLES / "000_af6957f9859c0735.txt")
    assert (record["report_date"], record["event_date"]) == ("2000-08-03", "2000-08-02")
    (item,) = record["items"]
    assert (item["number"], item["title"], item["standard_title"], item["scheme"],
            item["equivalent"]) == ("5", "Other Events", "Other Events", "pre-2004", "8.01")
    assert item["text"].startswith("On August 2, 2000, the Registrant issued")
    assert "SIGNATURES" not in item["text"] and "Pursuant to the requirements" not in item["text"]
    (release,) = record["press_releases"]
    assert release["dateline"] == {"city": "WALTHAM", "state": "Mass", "date": "2000-08-02"}
    assert release["tickers"] == [{"exchange": "NASDAQ NM", "symbol": "CPTL"}]
    assert [q["speaker"] for q in release["quotes"]] == ["Frederic Kunzi", "Bob Fabbricatore"]
    assert release["quotes"][0]["text"].startswith(
        "This is a profound and exciting progress report for us. The promise of ")
    assert release["about"]["company"] == "CTC Communications"
    assert release["about"]["text"].startswith("CTC is a rapidly growing")
    assert release["forward_looking_statements"].startswith("The statements in this press release")
    assert release["contacts"][0] == {
        "name": "John Dinsmore", "organization": "Feldman Communications Inc.", "role": None,
        "phone": "410-571-8900", "email": "JDFelCom@aol.com",
        "url": "www.FeldmanCommunications.com"}
    assert record["signatures"] == [{
        "registrant": "CTC COMMUNICATIONS GROUP, INC.", "name": "John D. Pittenger",
        "title": "Executive Vice President, Finance and Administration", "date": "2000-08-03"}]

