"""Round 28: the envelope of submissions as EDGAR disseminated them (stray bytes, headers)."""

import pytest

from filing2json.parsers import parse
from filing2json.parsers.envelope import decode_bytes
from filing2json.parsers.errors import BinaryInputError

# A 1996 PEM-wrapped 10-K405/A as EDGAR disseminated it.
_PEM_10K405A = """\
-----BEGIN PRIVACY-ENHANCED MESSAGE-----
Proc-Type: 2001,MIC-CLEAR
Originator-Name: webmaster@www.sec.gov
Originator-Key-Asymmetric:
 MFgwCgYEVQgBAQICAf8DSgAwRwJAW2sNKK9AVtBzYZmr6aGjlWyK3XmZv3dTINen
 TWSM7vrzLADbmYQaionwg5sDW3P6oaM5D3tdezXMm7z1T+B+twIDAQAB
MIC-Info: RSA-MD5,RSA,
 AUq0nw5e7ON1+Ii7dgOz+6q6ehEyTHBbNSl1X9tWGSShcWN6sL7VZ3X1K/RYUcd9
 Z9Jx1dVfvCZmS8tLZBNTCA==

<SEC-DOCUMENT>0000950109-96-001873.txt : 19960325
<SEC-HEADER>0000950109-96-001873.hdr.sgml : 19960325
ACCESSION NUMBER:\t\t0000950109-96-001873
CONFORMED SUBMISSION TYPE:\t10-K405/A
PUBLIC DOCUMENT COUNT:\t\t2
CONFORMED PERIOD OF REPORT:\t19951231
FILED AS OF DATE:\t\t19960322
SROS:\t\t\tNYSE

FILER:

\tCOMPANY DATA:\t
\t\tCOMPANY CONFORMED NAME:\t\t\tGENERAL SIGNAL CORP
\t\tCENTRAL INDEX KEY:\t\t\t0000040704
\t\tSTANDARD INDUSTRIAL CLASSIFICATION:\t3823
\t\tIRS NUMBER:\t\t\t\t131604580
\t\tSTATE OF INCORPORATION:\t\t\tNY
\t\tFISCAL YEAR END:\t\t\t1231

\tFILING VALUES:
\t\tFORM TYPE:\t\t10-K405/A
\t\tSEC ACT:\t\t1934 Act
\t\tSEC FILE NUMBER:\t001-00996
\t\tFILM NUMBER:\t\t96537041

\tBUSINESS ADDRESS:\t
\t\tSTREET 1:\t\tONE HIGH RIDGE PARK
\t\tCITY:\t\t\tSTAMFORD
\t\tSTATE:\t\t\tCT
\t\tZIP:\t\t\t06904
\t\tBUSINESS PHONE:\t\t2033298000
</SEC-HEADER>
<DOCUMENT>
<TYPE>10-K405/A
<SEQUENCE>1
<DESCRIPTION>AMENDMENT NO. 1 TO FORM 10-K
<TEXT>
                     SECURITIES AND EXCHANGE COMMISSION
                          WASHINGTON, D.C. 20549

                                FORM 10-K/A
</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>EX-27
<SEQUENCE>2
<DESCRIPTION>FINANCIAL DATA SCHEDULE
<TEXT>
<ARTICLE> 5
<MULTIPLIER> 1,000
</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>
-----END PRIVACY-ENHANCED MESSAGE-----
"""


@pytest.mark.parametrize(
    "pad",
    [
        b"FORM 10-K/A\x00\n",  # a NUL left in the report's first page
        b"FORM 10-K/A\n" + b"\x00" * 12 + b"\n",  # a run of NUL padding
    ],
)
def test_a_submission_with_stray_nul_bytes_is_read_not_rejected(pad: bytes) -> None:
    data = _PEM_10K405A.encode().replace(b"FORM 10-K/A\n", pad)
    record = parse(data, "0000950109-96-001873.txt")
    assert record["shape"] == "submission"
    assert record["form_type"] == "10-K405/A" and record["is_amendment"] is True
    assert record["accession_number"] == "0000950109-96-001873"
    assert record["filed_date"] == "1996-03-22"
    assert [(d["sequence"], d["type"]) for d in record["documents"]] == [
        (1, "10-K405/A"), (2, "EX-27")]
    assert record["registrants"][0]["cik"] == "0000040704"


def test_stray_nul_bytes_are_dropped_from_the_text() -> None:
    text, encoding = decode_bytes(b"<DOCUMENT>\n<TYPE>8-K\n<TEXT>\nFORM 8-K\x00\x00\n" + b"x" * 400)
    assert "\x00" not in text and "FORM 8-K\n" in text and encoding == "utf-8"


@pytest.mark.parametrize(
    "data",
    [
        # 16-bit numbers (NUL high bytes, like UTF-16 with no BOM, but control characters)
        b"".join(bytes([i % 31 + 1, 0]) for i in range(600)),
        b"\x00\x00\x01\x00" + bytes(range(256)) * 4,  # an icon, a database page, ...
    ],
)
def test_bytes_mostly_nul_are_still_binary(data: bytes) -> None:
    with pytest.raises(BinaryInputError):
        decode_bytes(data)


_REPORT_1997 = """\
                     SECURITIES AND EXCHANGE COMMISSION
                           Washington, D.C. 20549

                                  FORM 8-K

                               CURRENT REPORT
                   Pursuant to Section 13 or 15(d) of the
                       Securities Exchange Act of 1934

Date of Report (Date of earliest event reported):  September 22, 1997

                           ACME INDUSTRIES, INC.
           (Exact name of registrant as specified in its charter)

Item 5.  Other Events.

         On September 22, 1997, the Registrant issued a press release
announcing the completion of its acquisition of Widget Corp.  A copy
of the press release is filed as Exhibit 99 hereto.

Item 7.  Financial Statements and Exhibits.

         (c)  Exhibits

              99   Press Release dated September 22, 1997 of Acme
                   Industries, Inc.
"""


def test_cr_cr_lf_line_ends_are_one_line_end_each() -> None:
    from support import submission

    lf = submission(_REPORT_1997)
    doubled = lf.replace(b"\n", b"\r\r\n")
    text, _ = decode_bytes(doubled)
    assert text == lf.decode()
    record, expected = parse(doubled, "acme.txt"), parse(lf, "acme.txt")
    assert record["documents"][0]["bytes"] == expected["documents"][0]["bytes"] == len(
        _REPORT_1997) + 2  # the line ends after <TEXT> and before </TEXT>
    assert record["items"] == expected["items"]
    assert record["items"][0]["text"].startswith(
        "On September 22, 1997, the Registrant issued a press release\nannouncing")
