"""Round 33: HTML 3.2 documents that close no tag, and input cut short inside a character."""

from __future__ import annotations

from filing2json.parsers import parse
from filing2json.parsers.envelope import decode_bytes

_HEADER = """\
<SEC-DOCUMENT>0000950109-98-001234.txt : 19980312
<SEC-HEADER>0000950109-98-001234.hdr.sgml : 19980312
ACCESSION NUMBER:\t\t0000950109-98-001234
CONFORMED SUBMISSION TYPE:\t8-K
PUBLIC DOCUMENT COUNT:\t\t2
CONFORMED PERIOD OF REPORT:\t19980305
FILED AS OF DATE:\t\t19980312

FILER:

\tCOMPANY DATA:\t
\t\tCOMPANY CONFORMED NAME:\t\t\tACME WIDGET CORP
\t\tCENTRAL INDEX KEY:\t\t\t0000912345
\t\tSTANDARD INDUSTRIAL CLASSIFICATION:\t3490
\t\tIRS NUMBER:\t\t\t\t042345678
\t\tSTATE OF INCORPORATION:\t\t\tMA
\t\tFISCAL YEAR END:\t\t\t1231
</SEC-HEADER>
"""

# An 8-K of 1998 in HTML 3.2: <P> and <BR> with no end tags, no <HTML>, and (before 2001)
# no <FILENAME> to say ".htm".
_HTML32_8K = """\
<DOCUMENT>
<TYPE>8-K
<SEQUENCE>1
<DESCRIPTION>FORM 8-K
<TEXT>
<P ALIGN=CENTER>SECURITIES AND EXCHANGE COMMISSION
<BR>Washington, D.C. 20549
<P ALIGN=CENTER>FORM 8-K
<P ALIGN=CENTER>CURRENT REPORT
<BR>Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934
<P ALIGN=CENTER>Date of Report (Date of earliest event reported): March 5, 1998
<P ALIGN=CENTER>ACME WIDGET CORP
<BR>(Exact name of registrant as specified in its charter)
<P>Item 5. Other Events.
<P>On March 5, 1998, the Registrant sold its valve division to Beta Industries, Inc. for
$12 million in cash.
<P>SIGNATURES
<P>Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has
duly caused this report to be signed on its behalf by the undersigned hereunto duly
authorized.
<P>ACME WIDGET CORP
<BR>By: /s/ John Smith
<BR>John Smith, Chief Financial Officer
<BR>Date: March 12, 1998
</TEXT>
</DOCUMENT>
"""

# A press release laid out in a table whose cells close nowhere near its start.
_TABLE_EXHIBIT = """\
<DOCUMENT>
<TYPE>EX-99
<SEQUENCE>2
<DESCRIPTION>PRESS RELEASE
<TEXT>
<TABLE WIDTH="100%" BORDER=0 CELLPADDING=0 CELLSPACING=0>
<TR>
<TD WIDTH="50%" VALIGN=TOP>
FOR IMMEDIATE RELEASE
<TD WIDTH="50%" VALIGN=TOP ALIGN=RIGHT>
Contact: Mary Jones
<BR>(617) 555-1212
<TR>
<TD COLSPAN=2>
""" + "ACME WIDGET CORP. SELLS VALVE DIVISION TO BETA INDUSTRIES FOR $12 MILLION\n" * 30 + """\
</TD>
</TR>
</TABLE>
</TEXT>
</DOCUMENT>
"""

# EDGAR's own text markup around a table: plain text, whatever its tags.
_TEXT_10K = """\
<DOCUMENT>
<TYPE>10-K
<SEQUENCE>1
<TEXT>
<PAGE>
                                  UNITED STATES
                       SECURITIES AND EXCHANGE COMMISSION
<TABLE>
<CAPTION>
<S>                                      <C>
     Massachusetts                            04-2345678
</TABLE>
<FN>
(1) Excludes shares held by affiliates.
</FN>
</TEXT>
</DOCUMENT>
"""


def _formats(text: str) -> list[str]:
    return [d["format"] for d in parse(text.encode(), "acme.txt")["documents"]]


def test_an_html32_document_that_closes_no_tag_is_html() -> None:
    record = parse((_HEADER + _HTML32_8K + "</SEC-DOCUMENT>\n").encode(), "acme.txt")
    assert [d["format"] for d in record["documents"]] == ["html"]
    # read as HTML, the tags leave the text: the item is found, the signer's title is clean
    assert [i["number"] for i in record["items"]] == ["5"]
    assert record["signatures"][0]["title"] == "Chief Financial Officer"


def test_a_table_laid_out_exhibit_without_end_tags_is_html() -> None:
    # beside a 10-K in EDGAR's text markup (<PAGE>, <TABLE>, <S>, <C>, <FN>), which stays text
    text = _HEADER + _TEXT_10K + _TABLE_EXHIBIT + "</SEC-DOCUMENT>\n"
    assert _formats(text) == ["text", "html"]


def test_a_bare_html32_document_is_html_shaped() -> None:
    body = _HTML32_8K.split("<TEXT>\n", 1)[1].split("</TEXT>", 1)[0]
    assert parse(body.encode(), "d8k.txt")["shape"] == "html"


def test_utf8_cut_inside_its_last_character_stays_utf8() -> None:
    data = "The Company\u2019s \u201cValve Division\u201d was sold.\n".encode() + b"\xe2\x80"
    assert decode_bytes(data) == ("The Company\u2019s \u201cValve Division\u201d was sold.\n",
                                  "utf-8")
    # one lead byte after UTF-8 characters is a cut character too
    assert decode_bytes("r\u00e9sum\u00e9 ".encode() + b"\xc3") == ("r\u00e9sum\u00e9 ", "utf-8")
    # but after pure ASCII it may be a cp1252 letter ending the file: kept
    assert decode_bytes(b"Banque Soci\xe9t\xe9") == ("Banque Soci\xe9t\xe9", "cp1252")


def test_ascii_ending_in_two_high_bytes_stays_cp1252() -> None:
    # no UTF-8 character before them: no evidence of a UTF-8 file cut short, so the bytes
    # stay, read as cp1252 like any other such file's
    data = b"FILED AS OF DATE:\t\t19980312\r\nSee the \xe2\x80"
    assert decode_bytes(data) == ("FILED AS OF DATE:\t\t19980312\nSee the \u00e2\u20ac",
                                  "cp1252")
    # a cp1252 trademark line closing the file with no line end: "Touch\u00e9\u00ae"
    data = b"FORM 8-K\r\nThe Company sells its products under the brand Touch\xe9\xae"
    assert decode_bytes(data) == (
        "FORM 8-K\nThe Company sells its products under the brand Touch\u00e9\u00ae", "cp1252")


def test_utf16_cut_inside_its_last_code_unit() -> None:
    data = "\ufeffFORM 8-K\r\nCURRENT REPORT\r\n".encode("utf-16-le") + b"C"
    assert decode_bytes(data) == ("FORM 8-K\nCURRENT REPORT\n", "utf-16")


# A Form 144's primary_doc.xml (XML since 2023): the filer is the seller, the issuer is named
# in <issuerInfo>.
_FORM144_XML = """\
<?xml version="1.0" encoding="UTF-8"?>
<edgarSubmission xmlns="http://www.sec.gov/edgar/ownership" xmlns:com="http://www.sec.gov/edgar/common">
  <headerData>
    <submissionType>144</submissionType>
    <filerInfo>
      <filer>
        <filerCredentials>
          <cik>0001214156</cik>
          <ccc>XXXXXXXX</ccc>
        </filerCredentials>
      </filer>
      <liveTestFlag>LIVE</liveTestFlag>
    </filerInfo>
  </headerData>
  <formData>
    <issuerInfo>
      <issuerCik>0000320193</issuerCik>
      <issuerName>Apple Inc.</issuerName>
      <secFileNumber>001-36743</secFileNumber>
      <issuerAddress>
        <com:street1>ONE APPLE PARK WAY</com:street1>
        <com:city>CUPERTINO</com:city>
        <com:stateOrCountry>CA</com:stateOrCountry>
        <com:zipCode>95014</com:zipCode>
      </issuerAddress>
      <issuerContactPhone>(408) 996-1010</issuerContactPhone>
      <nameOfPersonForWhoseAccountTheSecuritiesAreToBeSold>Jeffrey Williams\
</nameOfPersonForWhoseAccountTheSecuritiesAreToBeSold>
      <relationshipsToIssuer>Officer</relationshipsToIssuer>
    </issuerInfo>
  </formData>
</edgarSubmission>
"""


def test_a_bare_form144_xml_is_filed_under_its_issuer() -> None:
    record = parse(_FORM144_XML.encode(), "primary_doc.xml")
    assert record["form_type"] == "144"
    assert [(r["name"], r["cik"]) for r in record["registrants"]] == [
        ("Apple Inc.", "0000320193")]
