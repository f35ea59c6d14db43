"""Round 36: the envelope (header blocks, documents) of layouts earlier rounds left out."""

from __future__ import annotations

from filing2json.parsers import parse
from filing2json.parsers.envelope import decode_bytes

_FUND_HEADER = """\
<SEC-DOCUMENT>0001193125-12-113456.txt : 20120315
<SEC-HEADER>0001193125-12-113456.hdr.sgml : 20120315
<ACCEPTANCE-DATETIME>20120315160512
ACCESSION NUMBER:\t\t0001193125-12-113456
CONFORMED SUBMISSION TYPE:\t497
PUBLIC DOCUMENT COUNT:\t\t1
FILED AS OF DATE:\t\t20120315
DATE AS OF CHANGE:\t\t20120315
EFFECTIVENESS DATE:\t\t20120315

FILER:

\tCOMPANY DATA:\t
\t\tCOMPANY CONFORMED NAME:\t\t\tFIDELITY SELECT PORTFOLIOS
\t\tCENTRAL INDEX KEY:\t\t\t0000320351
\t\tIRS NUMBER:\t\t\t\t042694543
\t\tSTATE OF INCORPORATION:\t\t\tMA
\t\tFISCAL YEAR END:\t\t\t0228

\tFILING VALUES:
\t\tFORM TYPE:\t\t497
\t\tSEC ACT:\t\t1933 Act
\t\tSEC FILE NUMBER:\t002-69972
\t\tFILM NUMBER:\t\t12693154

\tBUSINESS ADDRESS:\t
\t\tSTREET 1:\t\t82 DEVONSHIRE ST
\t\tCITY:\t\t\tBOSTON
\t\tSTATE:\t\t\tMA
\t\tZIP:\t\t\t02109
\t\tBUSINESS PHONE:\t\t6175636000
{series}</SEC-HEADER>
<DOCUMENT>
<TYPE>497
<SEQUENCE>1
<FILENAME>d312345d497.htm
<DESCRIPTION>SUPPLEMENT
<TEXT>
<HTML><BODY><P>Supplement to the Prospectus dated April 29, 2011</P></BODY></HTML>
</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>
"""

_MERGER = """\
<SERIES-AND-CLASSES-CONTRACTS-DATA>
<MERGER-SERIES-AND-CLASSES-CONTRACTS>
<MERGER>
<ACQUIRING-DATA>
<CIK>0000320351
<SERIES>
<SERIES-ID>S000005036
<CLASS-CONTRACT>
<CLASS-CONTRACT-ID>C000013783
</CLASS-CONTRACT>
</SERIES>
</ACQUIRING-DATA>
<TARGET-DATA>
<CIK>0000320351
<SERIES>
<SERIES-ID>S000005040
<CLASS-CONTRACT>
<CLASS-CONTRACT-ID>C000013800
</CLASS-CONTRACT>
</SERIES>
</TARGET-DATA>
</MERGER>
</MERGER-SERIES-AND-CLASSES-CONTRACTS>
</SERIES-AND-CLASSES-CONTRACTS-DATA>
"""

_NEW_CLASSES = """\
<SERIES-AND-CLASSES-CONTRACTS-DATA>
<NEW-SERIES-AND-CLASSES-CONTRACTS>
<OWNER-CIK>0000320351
<NEW-CLASSES-CONTRACTS>
<SERIES-ID>S000005036
<SERIES-NAME>Select Energy Portfolio
<CLASS-CONTRACT>
<CLASS-CONTRACT-NAME>Class Z
</CLASS-CONTRACT>
</NEW-CLASSES-CONTRACTS>
</NEW-SERIES-AND-CLASSES-CONTRACTS>
</SERIES-AND-CLASSES-CONTRACTS-DATA>
"""


def _header(series: str) -> dict:
    record = parse(_FUND_HEADER.format(series=series).encode(), "fund_497.txt")
    return record["header"]["series_and_classes_contracts_data"]


def test_a_fund_merger_block_is_a_list_even_when_alone():
    merger = _header(_MERGER)["merger_series_and_classes_contracts"]["merger"]
    assert isinstance(merger, list) and len(merger) == 1
    assert merger[0]["acquiring_data"]["series"][0]["series_id"] == "S000005036"
    targets = merger[0]["target_data"]
    assert [t["series"][0]["series_id"] for t in targets] == ["S000005040"]


def test_new_classes_of_an_existing_series_are_a_list():
    new = _header(_NEW_CLASSES)["new_series_and_classes_contracts"]
    assert new["owner_cik"] == "0000320351"
    assert new["new_classes_contracts"] == [{
        "series_id": "S000005036",
        "series_name": "Select Energy Portfolio",
        "class_contract": [{"class_contract_name": "Class Z"}],
    }]


# A 2004 submission: the 8-K typed in Word (cp1252 smart quotes), its press release exhibit
# saved as UTF-8 elsewhere; the cp1252 bytes outnumber the UTF-8 characters.
_MIXED_8K = (
    b"<DOCUMENT>\n<TYPE>8-K\n<SEQUENCE>1\n<FILENAME>form8k.txt\n<TEXT>\n"
    b"Item 12.  Results of Operations and Financial Condition.\n\n"
    b"     On July 22, 2004, the Company\x92s Board approved the \x93Plan\x94 and the\n"
    b"\x93Agreement\x94; the Company issued the press release attached as Exhibit 99.1.\n"
    b"</TEXT>\n</DOCUMENT>\n"
    b"<DOCUMENT>\n<TYPE>EX-99.1\n<SEQUENCE>2\n<FILENAME>ex99-1.txt\n<TEXT>\n"
    b"ACME WIDGET CORP. REPORTS RECORD SECOND QUARTER \xe2\x80\x94 SALES UP 12%\n\n"
    b"CHICAGO, July 22, 2004 \xe2\x80\x94 Acme Widget Corp. (NYSE: AWC) today reported\n"
    b"</TEXT>\n</DOCUMENT>\n"
)


def test_a_utf8_exhibit_among_cp1252_documents_keeps_its_dashes():
    text, encoding = decode_bytes(_MIXED_8K)
    assert encoding == "cp1252"
    assert "the Company\u2019s Board approved the \u201cPlan\u201d" in text
    assert "RECORD SECOND QUARTER \u2014 SALES UP 12%" in text
    assert "CHICAGO, July 22, 2004 \u2014 Acme" in text
    # (the 8-K alone, no UTF-8 punctuation in it, reads as cp1252 as before)
    alone = _MIXED_8K[: _MIXED_8K.index(b"<DOCUMENT>\n<TYPE>EX-99.1")]
    assert decode_bytes(alone)[1] == "cp1252"


# A 1997 PEM-wrapped 8-K as EDGAR disseminated it: every line opening with "-" escaped by
# "- " (RFC 934), the rule under the exhibit list's headings and the "-2-" page number too.
_PEM_8K = """\
-----BEGIN PRIVACY-ENHANCED MESSAGE-----
Proc-Type: 2001,MIC-CLEAR
Originator-Name: webmaster@www.sec.gov
Originator-Key-Asymmetric:
 MFgwCgYEVQgBAQICAf8DSgAwRwJAW2sNKK9AVtBzYZmr6aGjlWyK3XmZv3dTINen
 TWSM7vrzLADbmYQaionwg5sDW3P6oaM5D3tdezXMm7z1T+B+twIDAQAB
MIC-Info: RSA-MD5,RSA,
 P8RaQf+72x8F5sSCOl4H0bG3L1K2Yq9wQ7cZ4X6s1tVnmHkJ0lQy9JwBq8Xy0cR5
 3rXk2Qz7Xb8pY1wX5nQ1lQ==

<SEC-DOCUMENT>0000950131-97-005678.txt : 19970930
<SEC-HEADER>0000950131-97-005678.hdr.sgml : 19970930
ACCESSION NUMBER:\t\t0000950131-97-005678
CONFORMED SUBMISSION TYPE:\t8-K
PUBLIC DOCUMENT COUNT:\t\t1
CONFORMED PERIOD OF REPORT:\t19970922
FILED AS OF DATE:\t\t19970929
</SEC-HEADER>
<DOCUMENT>
<TYPE>8-K
<SEQUENCE>1
<TEXT>
Item 7.  Financial Statements and Exhibits.
- ------   ----------------------------------

         (c)  Exhibits

              Exhibit No.       Description
              -----------       -----------
              99                Press Release dated September 22, 1997

- - 2 -

- -------------------------------------------------
</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>
-----END PRIVACY-ENHANCED MESSAGE-----
"""


def test_pem_dash_escapes_are_undone():
    text, encoding = decode_bytes(_PEM_8K.encode())
    assert encoding == "utf-8"
    assert "Exhibits.\n------   ----------------------------------\n" in text
    assert "\n- 2 -\n\n-------------------------------------------------\n</TEXT>" in text
    # indented rules and the PEM boundary lines stay as printed
    assert "              -----------       -----------\n" in text
    assert text.startswith("-----BEGIN PRIVACY-ENHANCED MESSAGE-----\n")
    assert text.endswith("</SEC-DOCUMENT>\n-----END PRIVACY-ENHANCED MESSAGE-----\n")
    record = parse(_PEM_8K.encode(), "0000950131-97-005678.txt")
    assert record["documents"][0]["bytes"] == len(
        text[text.index("<TEXT>") + 6 : text.index("</TEXT>")])
    # (without the PEM wrapper nothing was escaped: a "- " line is as filed)
    plain = _PEM_8K[_PEM_8K.index("<SEC-DOCUMENT>") : _PEM_8K.index("-----END")]
    assert "\n- - 2 -\n" in decode_bytes(plain.encode())[0]

