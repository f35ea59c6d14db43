"""The record (schema_version "1.1": SPEC.md + CHANGELOG.md): its keys, in order, with empty
values."""

from __future__ import annotations

from typing import Any

SCHEMA_VERSION = "1.1"


def empty_record(source: dict[str, Any]) -> dict[str, Any]:
    """Every key is always present; what the filing does not state stays null or []."""
    return {
        "schema_version": SCHEMA_VERSION,
        "source": source,
        "shape": None,
        "form_type": None,
        "is_amendment": False,
        "explanatory_note": None,  # 1.1: an amendment's note, an 8-K's Introductory Note
        "accession_number": None,
        "filed_date": None,
        "report_date": None,
        "event_date": None,
        "header": None,
        "registrants": [],
        "securities": [],
        "items": [],
        "exhibits": [],
        "documents": [],
        "press_releases": [],
        "signatures": [],
        "warnings": [],
    }


def empty_registrant() -> dict[str, Any]:
    return {
        "name": None,
        "cik": None,
        "state_of_incorporation": None,
        "commission_file_number": None,
        "irs_employer_id": None,
        "address": None,
        "phone": None,
        "former_name": None,
    }
