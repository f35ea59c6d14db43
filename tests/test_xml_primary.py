"""A bare EDGAR XML primary document (a Form 4's form4.xml, a 13F's primary_doc.xml), saved
without its submission: cut here from the real submissions of the corpus."""

from __future__ import annotations

import re

import pytest

from filing2json.parsers import parse
from filing2json.parsers.envelope.xml_primary import xml_filer, xml_form_type, xml_period
from filing2json.parsers.errors import NotAFilingError
from support import FILINGS, filing, validate

_XML_BODY = re.compile(r"<TEXT>\s*<XML>\s*(.*?)</XML>", re.S)


def _primary_xml(name: str) -> str:
    """The XML of the submission's first document, as EDGAR serves it on its own."""
    return _XML_BODY.search((FILINGS / name).read_text()).group(1)


@pytest.mark.parametrize(("name", "form", "period", "issuer"), [
    ("4_2025_garasciajessicaa_1.txt", "4", "2025-01-10", "0000001750"),
    ("4_2024_mcguirkrichardl_1.txt", "4", "2024-04-29", None),
    ("13fhr_2023_ltsonemanagementlp_1.txt", "13F-HR", "2023-09-30", "0001894188"),
])
def test_a_bare_xml_primary_document_converts_as_its_submission_does(
        name: str, form: str, period: str, issuer: str | None) -> None:
    whole = filing(name)
    bare = validate(parse(_primary_xml(name).encode(), "primary_doc.xml"))
    assert (bare["shape"], bare["header"], bare["documents"][0]["format"]) == (
        "document", None, "xbrl")
    assert (bare["form_type"], bare["report_date"]) == (form, period)
    assert (bare["form_type"], bare["report_date"]) == (whole["form_type"],
                                                         whole["report_date"])
    assert bare["signatures"] == whole["signatures"]
    # the company it is filed under, as the submission's header names it
    (reg,) = bare["registrants"]
    assert reg["cik"] == whole["registrants"][0]["cik"]
    assert reg["name"].upper().rstrip(".") == whole["registrants"][0]["name"].upper().rstrip(".")
    if issuer:
        assert reg["cik"] == issuer


def test_the_elements_read() -> None:
    xml = _primary_xml("4_2025_garasciajessicaa_1.txt")
    assert (xml_form_type(xml), xml_period(xml), xml_filer(xml)) == (
        "4", "2025-01-10", ("AAR CORP", "0000001750"))


@pytest.mark.parametrize("text", [
    # an XBRL instance and a linkbase: data of a filing, no filing
    '<?xml version="1.0" encoding="utf-8"?>\n<xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/'
    'instance"><dei:DocumentType contextRef="c-1">10-K</dei:DocumentType></xbrli:xbrl>\n',
    '<?xml version="1.0"?>\n<link:linkbase xmlns:link="http://www.xbrl.org/2003/linkbase">'
    '</link:linkbase>\n',
])
def test_other_xml_is_no_filing(text: str) -> None:
    with pytest.raises(NotAFilingError, match="not an EDGAR filing"):
        parse(text.encode(), "aapl-20181229.xml")
