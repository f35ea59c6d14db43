"""The JSON Schema of one record (schema_version "1.1": SPEC.md + CHANGELOG.md), printed by
`filing2json schema`."""

from __future__ import annotations

from typing import Any

from .record import SCHEMA_VERSION

DATE = {"type": ["string", "null"], "pattern": r"^\d{4}-\d{2}-\d{2}$"}
STR = {"type": ["string", "null"]}
INT = {"type": ["integer", "null"]}


def _obj(props: dict[str, Any], nullable: bool = False) -> dict[str, Any]:
    return {
        "type": ["object", "null"] if nullable else "object",
        "properties": props,
        "required": list(props),
        "additionalProperties": False,
    }


def _list(item: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "items": item}


ADDRESS = _obj({"street": STR, "city": STR, "state": STR, "zip": STR}, nullable=True)
REGISTRANT = _obj({
    "name": STR, "cik": STR, "state_of_incorporation": STR, "commission_file_number": STR,
    "irs_employer_id": STR, "address": ADDRESS, "phone": STR, "former_name": STR,
})
ITEM = _obj({
    "number": {"type": "string"}, "title": STR, "standard_title": STR,
    "scheme": STR, "equivalent": STR, "text": STR,
})
PRESS_RELEASE = _obj({
    "document": STR, "date": DATE, "headline": STR, "subheadlines": _list({"type": "string"}),
    "dateline": _obj({"city": STR, "state": STR, "date": DATE}, nullable=True),
    "tickers": _list(_obj({"exchange": STR, "symbol": STR})),
    "highlights": _list({"type": "string"}),
    "quotes": _list(_obj({"speaker": STR, "role": STR, "text": STR})),
    "body": STR,
    "about": _obj({"company": STR, "text": STR}, nullable=True),
    "forward_looking_statements": STR,
    "contacts": _list(_obj({"name": STR, "organization": STR, "role": STR, "phone": STR,
                            "email": STR, "url": STR})),
})


def record_schema() -> dict[str, Any]:
    schema = _obj({
        "schema_version": {"const": SCHEMA_VERSION},
        "source": _obj({"path": {"type": "string"}, "bytes": {"type": "integer"},
                        "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
                        "encoding": {"type": "string"}}),
        "shape": {"enum": ["document", "submission", "feed", "html"]},
        "form_type": STR,
        "is_amendment": {"type": "boolean"},
        "explanatory_note": {"type": ["string", "null"],
                             "description": "the explanatory note: an amendment's, or an 8-K's"
                                            " Introductory Note (1.1)"},
        "accession_number": {"type": ["string", "null"], "pattern": r"^\d{10}-\d{2}-\d{6}$"},
        "filed_date": DATE,
        "report_date": DATE,
        "event_date": DATE,
        "header": {"type": ["object", "null"],
                   "description": "the SGML header, tag names snake_cased, blocks nested"},
        "registrants": _list(REGISTRANT),
        "securities": _list(_obj({"title": STR, "trading_symbol": STR, "exchange": STR})),
        "items": _list(ITEM),
        "exhibits": _list(_obj({"number": {"type": "string"}, "description": STR,
                                "document": INT})),
        "documents": _list(_obj({"sequence": INT, "type": STR, "filename": STR,
                                 "description": STR, "bytes": {"type": "integer"},
                                 "format": {"enum": ["text", "html", "xbrl", "pdf",
                                                     "uuencoded", "binary"]}})),
        "press_releases": _list(PRESS_RELEASE),
        "signatures": _list(_obj({"registrant": STR, "name": STR, "title": STR,
                                  "date": DATE})),
        "warnings": _list(_obj({"code": {"type": "string"}, "message": {"type": "string"}})),
    })
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://filing2json.invalid/schema/record-1.1.json"
    schema["title"] = "filing2json record"
    return schema
