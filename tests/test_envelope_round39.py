"""Round 39: the envelope of submissions whose SGML tags a tool saved in lower case."""

from __future__ import annotations

import re

from filing2json.parsers import parse

_SUBMISSION = """\
<SEC-DOCUMENT>0000912057-97-008765.txt : 19970314
<SEC-HEADER>0000912057-97-008765.hdr.sgml : 19970314
ACCESSION NUMBER:\t\t0000912057-97-008765
CONFORMED SUBMISSION TYPE:\t10-K405
PUBLIC DOCUMENT COUNT:\t\t2
CONFORMED PERIOD OF REPORT:\t19961231
FILED AS OF DATE:\t\t19970314
SROS:\t\t\tNYSE

FILER:

\tCOMPANY DATA:\t
\t\tCOMPANY CONFORMED NAME:\t\t\tAMCAST INDUSTRIAL CORP
\t\tCENTRAL INDEX KEY:\t\t\t0000006314
\t\tSTANDARD INDUSTRIAL CLASSIFICATION:\t3320
\t\tIRS NUMBER:\t\t\t\t310258080
\t\tSTATE OF INCORPORATION:\t\t\tOH
\t\tFISCAL YEAR END:\t\t\t0831

\tFILING VALUES:
\t\tFORM TYPE:\t\t10-K405
\t\tSEC ACT:\t\t1934 Act
\t\tSEC FILE NUMBER:\t001-09967
\t\tFILM NUMBER:\t\t97556789

\tBUSINESS ADDRESS:\t
\t\tSTREET 1:\t\t7887 WASHINGTON VILLAGE DR
\t\tCITY:\t\t\tDAYTON
\t\tSTATE:\t\t\tOH
\t\tZIP:\t\t\t45459
\t\tBUSINESS PHONE:\t\t5132915000

\tFORMER COMPANY:\t
\t\tFORMER CONFORMED NAME:\tAMERICAN CAST IRON PIPE CO
\t\tDATE OF NAME CHANGE:\t19790101
</SEC-HEADER>
<DOCUMENT>
<TYPE>10-K405
<SEQUENCE>1
<DESCRIPTION>FORM 10-K405
<TEXT>
                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549
                                   FORM 10-K
</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>EX-27
<SEQUENCE>2
<DESCRIPTION>FINANCIAL DATA SCHEDULE
<TEXT>
<TABLE> <S> <C>
<ARTICLE> 5
<MULTIPLIER> 1,000
</TABLE>
</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>
"""

_FEED = """\
<SUBMISSION>
<ACCESSION-NUMBER>0001193125-09-012345
<TYPE>8-K
<PUBLIC-DOCUMENT-COUNT>1
<PERIOD>20090120
<ITEMS>2.02
<FILING-DATE>20090121
<FILER>
<COMPANY-DATA>
<CONFORMED-NAME>AMCAST INDUSTRIAL CORP
<CIK>0000006314
<STATE-OF-INCORPORATION>OH
</COMPANY-DATA>
<FILING-VALUES>
<FORM-TYPE>8-K
<ACT>34
<FILE-NUMBER>001-09967
</FILING-VALUES>
</FILER>
<DOCUMENT>
<TYPE>8-K
<SEQUENCE>1
<FILENAME>d8k.htm
<TEXT>
<HTML><BODY><P>FORM 8-K</P></BODY></HTML>
</TEXT>
</DOCUMENT>
</SUBMISSION>
"""


def _lowercased(text: str) -> str:
    """Every SGML tag in lower case, as a tool that lowercased the markup saves it."""
    return re.sub(r"<(/?)([A-Z][A-Z0-9-]*)>", lambda m: f"<{m.group(1)}{m.group(2).lower()}>",
                  text)


def test_a_submission_with_lowercased_tags_keeps_its_header_and_documents() -> None:
    record = parse(_lowercased(_SUBMISSION).encode(), "0000912057-97-008765.txt")
    assert record["shape"] == "submission"
    assert (record["form_type"], record["accession_number"], record["filed_date"]) == (
        "10-K405", "0000912057-97-008765", "1997-03-14")
    filer = record["header"]["filer"][0]
    assert filer["company_data"]["central_index_key"] == "0000006314"
    assert filer["former_company"] == [{"former_conformed_name": "AMERICAN CAST IRON PIPE CO",
                                        "date_of_name_change": "1979-01-01"}]
    assert [(d["sequence"], d["type"], d["description"]) for d in record["documents"]] == [
        (1, "10-K405", "FORM 10-K405"), (2, "EX-27", "FINANCIAL DATA SCHEDULE")]
    assert record["registrants"][0]["cik"] == "0000006314"


def test_a_lowercased_header_cut_before_its_closer_ends_at_the_first_document() -> None:
    text = _lowercased(_SUBMISSION).replace("</sec-header>\n", "")
    record = parse(text.encode(), "cut.txt")
    assert record["shape"] == "submission"
    assert record["header"]["conformed_submission_type"] == "10-K405"
    assert "document" not in record["header"]
    assert [d["type"] for d in record["documents"]] == ["10-K405", "EX-27"]


def test_a_lone_lowercased_document_block_is_read_as_one() -> None:
    block = _SUBMISSION[_SUBMISSION.index("<DOCUMENT>"):_SUBMISSION.index("<DOCUMENT>\n<TYPE>EX")]
    record = parse(_lowercased(block).encode(), "d10k405.txt")
    assert record["shape"] == "document"
    assert [(d["sequence"], d["type"], d["description"]) for d in record["documents"]] == [
        (1, "10-K405", "FORM 10-K405")]
    assert record["form_type"] == "10-K405"


def test_a_feed_file_with_lowercased_tags_is_a_feed() -> None:
    record = parse(_lowercased(_FEED).encode(), "0001193125-09-012345.nc")
    assert record["shape"] == "feed"
    assert (record["form_type"], record["accession_number"], record["filed_date"]) == (
        "8-K", "0001193125-09-012345", "2009-01-21")
    assert record["header"]["filer"][0]["company_data"]["cik"] == "0000006314"
    assert [(d["type"], d["filename"], d["format"]) for d in record["documents"]] == [
        ("8-K", "d8k.htm", "html")]


_TOOLKIT_RELEASE = """<html><head><title>Exhibit 99.1</title></head><body>
<p>EXHIBIT 99.1</p>
<p align="center"><b>Acme Software Releases EDGAR Filing Toolkit 3.0</b></p>
<p>DALLAS, April 14, 2009 -- Acme Software, Inc. (Nasdaq: ACMS) today released version 3.0
of its EDGAR filing toolkit, which builds submissions such as:</p>
<pre>
{sample}
<type>8-K
<document>
<type>EX-99.1
</document>
</pre>
<p>&#8220;Filers save hours,&#8221; said John Smith, Chief Executive Officer.</p>
</body></html>
"""


def test_lowercased_tags_quoted_inside_a_document_are_no_envelope() -> None:
    # only the input's first tag opens a lower-case envelope: one quoted in a release's
    # <pre> is text of the release
    for sample in ("<submission>", "<sec-header>"):
        record = parse(_TOOLKIT_RELEASE.format(sample=sample).encode(), "ex99.htm")
        assert (record["shape"], record["form_type"]) == ("html", "EX-99.1"), sample
        assert [r["headline"] for r in record["press_releases"]] == [
            "Acme Software Releases EDGAR Filing Toolkit 3.0"]


def test_an_xml_element_named_submission_is_no_feed() -> None:
    xml = """<?xml version="1.0"?>
<ownershipDocument>
  <submission>
    <note>test</note>
  </submission>
  <schemaVersion>X0306</schemaVersion>
  <documentType>3</documentType>
  <periodOfReport>2020-09-15</periodOfReport>
  <issuer>
    <issuerCik>0001640147</issuerCik>
    <issuerName>Snowflake Inc.</issuerName>
    <issuerTradingSymbol>SNOW</issuerTradingSymbol>
  </issuer>
</ownershipDocument>
"""
    record = parse(xml.encode(), "form3.xml")
    assert (record["shape"], record["form_type"], record["report_date"]) == (
        "document", "3", "2020-09-15")
    assert record["header"] is None
    assert [(r["name"], r["cik"]) for r in record["registrants"]] == [
        ("Snowflake Inc.", "0001640147")]
