"""A bare EDGAR XML primary document, read where no SGML header states what it is.

EDGAR's XML forms open with one of two roots: ``<ownershipDocument>`` (Forms 3, 4 and 5) and
``<edgarSubmission>`` (13F, Form D, Form 144 and others). Saved on its own (``form4.xml``,
``primary_doc.xml``) such a document is a filing without its header: its form type, period and
filer are read from its own elements. From ``4_2022_snowflake_ownership_edgartools.xml``::

    <ownershipDocument> <documentType>4</documentType>
      <periodOfReport>2022-12-13</periodOfReport>
      <issuer> <issuerCik>0001640147</issuerCik> <issuerName>Snowflake Inc.</issuerName> ...
    -> xml_root "ownershipDocument", xml_form_type "4", xml_period "2022-12-13",
       xml_filer ("Snowflake Inc.", "0001640147")

Other XML (an XBRL instance, a linkbase) has neither root and stays "not an EDGAR filing".
"""

from __future__ import annotations

import html

from ..lazy_re import LazyPattern, lazy
from ..values import parse_date

# the root element after an optional XML declaration (and a namespace prefix), maybe inside
# the <XML> wrapper EDGAR's .txt submissions print it in (a document cut out of one)
_ROOT = lazy(r"\s*+(?:<[Xx][Mm][Ll]>\s*+)?(?:<\?xml[^>]{0,300}\?>\s*+)?"
             r"<(?:\w{1,20}:)?(ownershipDocument|edgarSubmission)[\s>/]")
_ROOT_CHARS = 2000
# the first element of a name, its value up to the next tag (prefix and attributes allowed)
_ELEMENT = "<(?:\\w{{1,20}}:)?{0}(?:\\s[^>]{{0,300}})?>([^<]{{0,300}})<"
_FORM = lazy(_ELEMENT.format("(?:documentType|submissionType)"))
_PERIOD = lazy(_ELEMENT.format("periodOfReport"))
_ISSUER_NAME = lazy(_ELEMENT.format("issuerName"))
_ISSUER_CIK = lazy(_ELEMENT.format("issuerCik"))
_NAME = lazy(_ELEMENT.format("name"))
_ENTITY_NAME = lazy(_ELEMENT.format("entityName"))
_CIK = lazy(_ELEMENT.format("cik"))
_MM_DD_YYYY = lazy(r"(\d{2})-(\d{2})-(\d{4})")  # a 13F's "06-30-2023"


def xml_root(text: str) -> str | None:
    """ "ownershipDocument" or "edgarSubmission" when `text` is such a document, else None."""
    match = _ROOT.match(text[:_ROOT_CHARS])
    return match.group(1) if match else None


def _value(pattern: LazyPattern, text: str) -> str | None:
    match = pattern.search(text)
    value = html.unescape(match.group(1)).strip() if match else ""
    return " ".join(value.split()) or None


def xml_form_type(text: str) -> str | None:
    """The form the document says it is: "4", "4/A", "13F-HR", "D"."""
    return _value(_FORM, text)


def xml_period(text: str) -> str | None:
    """The period of report, ISO: "2022-12-13" as printed, or a 13F's "06-30-2023"."""
    value = _value(_PERIOD, text)
    if value is None:
        return None
    us = _MM_DD_YYYY.fullmatch(value)
    return parse_date(f"{us.group(3)}-{us.group(1)}-{us.group(2)}" if us else value)


def xml_filer(text: str) -> tuple[str | None, str | None]:
    """(name, CIK of ten digits) of the company the filing is filed under: an ownership
    report's or a Form 144's issuer, a 13F's filing manager, an N-PX's reporting person (a
    Form D's issuer), or (None, None). (A Form 144's first <cik> is its filer's, the
    seller's, not the issuer's.)"""
    if xml_root(text) == "ownershipDocument" or "issuerCik>" in text:
        name, cik = _value(_ISSUER_NAME, text), _value(_ISSUER_CIK, text)
    else:
        at = text.find("filingManager>")
        if at < 0:  # an N-PX names its filer as the reporting person
            at = text.find("reportingPerson>")
        name = _value(_NAME, text[at:]) if at >= 0 else _value(_ENTITY_NAME, text)
        cik = _value(_CIK, text)
    return name, (cik.zfill(10) if cik and cik.isdigit() and len(cik) <= 10 else None)
