"""Filing-level fields from the SGML header, whichever of its two dialects it is in.

The SEC-HEADER dialect says `conformed_submission_type`, `filed_as_of_date`, ...; the
<SUBMISSION> feed dialect says `type`, `filing_date`, ... The accessors here read either.
"""

from __future__ import annotations

import re
from typing import Any

from ..envelope.split import EXHIBIT_LABEL
from ..lazy_re import lazy
from ..model import Document, Envelope

_ACCESSION = re.compile(r"\d{10}-\d{2}-\d{6}")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def accession(value: str | None) -> str | None:
    """The accession number inside a header value; a damaged one is null, not garbage."""
    match = _ACCESSION.search(value or "")
    return match.group(0) if match else None


def iso_date(value: str | None) -> str | None:
    """A header date that converted to ISO; one that did not (damaged) is null."""
    return value if value and _ISO_DATE.fullmatch(value) else None


_LABEL_CHARS = 1000  # an exhibit's label heads its first page
# "FORM 8-K", "SCHEDULE 13G" alone on a line (EDGAR names a Schedule 13D "SC 13D"), maybe
# as "AMENDMENT NO. 1 TO FORM 10-K", "FORM 8-K/A No. 1" or "FORM 10-K/A (Amendment No. 2)"
_FORM_ON_COVER = re.compile(
    r"^[ \t]*(AMENDMENT[ \t]+NO\.?[ \t]*\d{1,2}[ \t]+TO[ \t]+)?"
    r"(?:FORM[ \t]+([0-9A-Z][0-9A-Z\-/]{0,11})|SCHEDULE[ \t]+(13[DG](?:/A)?))"
    r"(?:[ \t]+\(?(AMENDMENT[ \t]+)?NO\.?[ \t]*\d{1,2}\)?)?[ \t]*$",
    re.M | re.I)
# "FORM 8-K" over "(Amendment No. 1)", maybe under "CURRENT REPORT" and the Act's lines: an
# amendment, though the form line says no "/A"
_AMENDMENT_BELOW = re.compile(r"\n[ \t]*\(?[ \t]*Amendment[ \t]+No\b", re.I)
_AMENDMENT_CHARS = 400
# ... or under "AMENDMENT NO. 1" (and a "TO" line) just above the form line
_AMENDMENT_ABOVE = lazy(
    r"\(?[ \t]*Amendment[ \t]+No\.?[ \t]*\d{1,2}[ \t]*\)?(?:[ \t]*(?:\n[ \t]*){0,2}to)?"
    r"[ \t]*(?:\n[ \t]*){1,3}\Z", re.I)
_ABOVE_CHARS = 150


def first(mapping: Any, *keys: str) -> str | None:
    """The first of `keys` that `mapping` holds as a non-empty string.

    Headers are hand-typed in places: a tag may repeat (a list) or hold a block (a dict)
    where a value was expected; the first string wins and blocks are passed over.
    """
    mapping = block(mapping)
    if not mapping:
        return None
    for key in keys:
        value = mapping.get(key)
        if isinstance(value, list):
            value = next((v for v in value if isinstance(v, str) and v), None)
        if isinstance(value, str) and value:
            return value
    return None


def block(value: Any) -> dict[str, Any] | None:
    """A header block, whether it came as one dict or as a list of them."""
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, dict)), None)
    return value if isinstance(value, dict) else None


def primary_document(env: Envelope) -> Document | None:
    """The document that holds the cover page: EDGAR's first (sequence 1) document.

    Even when it is not text (a Form 4 or 13F XML document) it stays primary: the cover then
    comes from the header, never from an exhibit such as a power of attorney.
    """
    return env.documents[0] if env.documents else None


def normalise_form_type(value: str | None) -> str | None:
    if not value:
        return None
    form = re.sub(r"\s+", " ", value.strip()).upper()
    return form or None


def _amended(head: str, match: re.Match[str]) -> bool:
    """Does the cover call the form on this line an amendment, on it, below it or above it?"""
    if match.group(1) or match.group(4):
        return True
    start, end = match.start(), match.end()
    return bool(_AMENDMENT_BELOW.search(head, end, end + _AMENDMENT_CHARS)
                or _AMENDMENT_ABOVE.search(head, max(0, start - _ABOVE_CHARS), start))


def header_fields(env: Envelope, primary: Document | None) -> dict[str, Any]:
    header = env.header
    form = first(header, "conformed_submission_type", "type", "form_type")
    if not form and primary is not None:
        form = primary.type
    if not form and primary is not None and primary.readable:
        head = primary.text[:5000]
        match = _FORM_ON_COVER.search(head)
        if match:
            form = match.group(2) or f"SC {match.group(3)}"
            if not form.upper().endswith("/A") and _amended(head, match):
                form += "/A"
        elif label := EXHIBIT_LABEL.search(head, 0, _LABEL_CHARS):  # a lone exhibit's file
            form = f"EX-{label.group(1)}"
    form = normalise_form_type(form)
    return {
        "form_type": form,
        "is_amendment": bool(form and form.endswith("/A")),
        "accession_number": accession(first(header, "accession_number")),
        "filed_date": iso_date(first(header, "filed_as_of_date", "filing_date")),
    }


def header_period(header: dict[str, Any] | None) -> str | None:
    return iso_date(first(header, "conformed_period_of_report", "period"))


def _blocks(header: dict[str, Any], key: str) -> list[dict[str, Any]]:
    blocks = header.get(key)
    blocks = blocks if isinstance(blocks, list) else [blocks]
    return [b for b in blocks if isinstance(b, dict)]


def _with_owner_file_number(issuer: dict[str, Any], header: dict[str, Any]) -> dict[str, Any]:
    """Forms 3, 4 and 5 are filed under the issuer's file number, which the header prints only
    in each reporting owner's FILING VALUES (the ISSUER block has none): lend it to the issuer."""
    if issuer.get("filing_values") is not None:
        return issuer
    for owner in _blocks(header, "reporting_owner"):
        values = block(owner.get("filing_values"))
        if first(values, "sec_file_number", "file_number"):
            return {**issuer, "filing_values": values}
    return issuer


def header_companies(header: dict[str, Any] | None) -> list[dict[str, Any]]:
    """The filer blocks (or subject companies, for forms filed about another company)."""
    if not header:
        return []
    for key in ("filer", "subject_company", "issuer", "filed_by", "reporting_owner"):
        blocks = _blocks(header, key)
        if blocks and key == "issuer":
            return [_with_owner_file_number(b, header) for b in blocks]
        if blocks:
            return blocks
    return []
