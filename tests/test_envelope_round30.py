"""Round 30: header-less form types (a Rule 425 legend over a copied 8-K, transition reports,
10-K405) and a Form 4's XML kept in its <XML> wrapper."""

from __future__ import annotations

import pytest
from test_envelope_round29 import RULE_425_LEGEND  # the legend of the round before

from filing2json.parsers import parse

# The 8-K cover a merger communication copies under its Rule 425 legend (2008).
_8K_COVER = """\
                                  UNITED STATES
                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                                    FORM 8-K

                                 CURRENT REPORT
                     PURSUANT TO SECTION 13 OR 15(d) OF THE
                         SECURITIES EXCHANGE ACT OF 1934

        Date of Report (Date of earliest event reported): March 3, 2008

                               ACME CORPORATION
             (Exact name of registrant as specified in its charter)
"""

_STACKED_LEGEND = RULE_425_LEGEND
# set in the right-hand column, "Rule 425" wrapped onto the next line (2001)
_COLUMN_LEGEND = """\
                                             Filed by Acme Corporation pursuant to
                                             Rule 425 under the Securities Act of 1933
                                             and deemed filed pursuant to Rule 14a-12
                                             under the Securities Exchange Act of 1934
                                             Subject Company: Widget Inc.
                                             Commission File No.: 001-12345

"""
# the filer named after the rule (2015)
_FILER_LEGEND = """\
Filed pursuant to Rule 425 under the
Securities Act of 1933, as amended,
and deemed filed pursuant to Rule 14a-12
of the Securities Exchange Act of 1934, as amended
Filer: Acme Corporation
Subject Company: Widget Inc.
Commission File No.: 001-12345

"""


@pytest.mark.parametrize("legend", [_STACKED_LEGEND, _COLUMN_LEGEND, _FILER_LEGEND])
def test_a_rule_425_legend_over_a_copied_8k_names_a_425(legend: str) -> None:
    record = parse((legend + _8K_COVER).encode(), "communication.txt")
    assert record["form_type"] == "425"
    assert record["is_amendment"] is False


def test_a_rule_425_legend_over_an_html_8k_names_a_425() -> None:
    html = ("<html><body>" + "".join(f"<p>{line}</p>" for line in _STACKED_LEGEND.splitlines())
            + "<p align=center>UNITED STATES<br>SECURITIES AND EXCHANGE COMMISSION</p>"
            "<p align=center><b>FORM 8-K</b></p><p align=center>CURRENT REPORT</p>"
            "</body></html>")
    assert parse(html.encode(), "communication.htm")["form_type"] == "425"


@pytest.mark.parametrize("legend", [_COLUMN_LEGEND, _FILER_LEGEND])
def test_a_rule_425_legend_worded_otherwise_over_a_release_names_a_425(legend: str) -> None:
    text = legend + ("FOR IMMEDIATE RELEASE\n\nAcme Corporation and Widget Inc. to Combine\n\n"
                     "NEW YORK, March 3, 2008 -- Acme Corporation (NYSE: ACM) said today\n")
    assert parse(text.encode(), "communication.txt")["form_type"] == "425"


# A 2000 Form 10-K's facing page, its Item 405 box checked.
_10K_COVER = """\
                                 UNITED STATES
                       SECURITIES AND EXCHANGE COMMISSION
                              WASHINGTON, DC 20549

                                   FORM 10-K

(MARK ONE)

[X] ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES
   EXCHANGE ACT OF 1934

                  FOR THE FISCAL YEAR ENDED DECEMBER 31, 2000

                                       OR

[ ] TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES
   EXCHANGE ACT OF 1934

           FOR THE TRANSITION PERIOD FROM             TO

                         COMMISSION FILE NUMBER 1-5075

                               ACME WIDGETS, INC.
             (EXACT NAME OF REGISTRANT AS SPECIFIED IN ITS CHARTER)

     Indicate by check mark whether the registrant:  (1) has filed all reports
required to be filed by section 13 or 15(d) of the Securities Exchange Act of
1934 during the preceding 12 months (or for such shorter period that the
registrant was required to file such reports), and (2) has been subject to such
filing requirements for the past 90 days. Yes [X] No [ ]

     Indicate by check mark if disclosure of delinquent filers pursuant to Item
405 of Regulation S-K is not contained herein, and will not be contained, to the
best of registrant's knowledge, in definitive proxy or information statements
incorporated by reference in Part III of this Form 10-K or any amendment to this
Form 10-K. [X]

     The aggregate market value of the common stock, $1 par value, held by
nonaffiliates of the registrant on March 13, 2001, was $3,192,441,444.
"""
_TRANSITION = _10K_COVER.replace("[X] ANNUAL", "[ ] ANNUAL").replace(
    "[ ] TRANSITION", "[X] TRANSITION").replace("FISCAL YEAR ENDED DECEMBER 31, 2000", "")
_NO_405 = "Form 10-K. [ ]"


def test_a_10k_cover_with_its_item_405_box_checked_is_a_10k405() -> None:
    assert parse(_10K_COVER.encode(), "10k.txt")["form_type"] == "10-K405"
    # unchecked, or for a year filed after EDGAR dropped the form: a 10-K
    assert parse(_10K_COVER.replace("Form 10-K. [X]", _NO_405).encode(),
                 "10k.txt")["form_type"] == "10-K"
    assert parse(_10K_COVER.replace("DECEMBER 31, 2000", "DECEMBER 31, 2004").encode(),
                 "10k.txt")["form_type"] == "10-K"


@pytest.mark.parametrize(("text", "form"), [
    (_TRANSITION.replace("Form 10-K. [X]", _NO_405), "10-KT"),
    (_TRANSITION.replace("FROM             TO", "FROM JULY 1, 2000 TO DECEMBER 31, 2000"),
     "10-KT405"),
    # no box checked, the transition's dates filled in
    (_TRANSITION.replace("[X] TRANSITION", "[ ] TRANSITION").replace("Form 10-K. [X]", _NO_405)
     .replace("FROM             TO", "FROM JULY 1, 2000 TO DECEMBER 31, 2000"), "10-KT"),
    (_TRANSITION.replace("FORM 10-K\n", "FORM 10-K/A\n").replace("Form 10-K. [X]", _NO_405),
     "10-KT/A"),
])
def test_a_10k_cover_with_its_transition_box_checked_is_a_10kt(text: str, form: str) -> None:
    record = parse(text.encode(), "10k.txt")
    assert record["form_type"] == form
    assert record["is_amendment"] is form.endswith("/A")


def test_an_html_10q_cover_with_its_transition_box_checked_is_a_10qt() -> None:
    html = """<html><body><p align=center>UNITED STATES<br>SECURITIES AND EXCHANGE COMMISSION
<br>Washington, D.C. 20549</p><p align=center><b>FORM 10-Q</b></p>
<p>(Mark One)</p>
<table><tr><td>&#9744;</td><td>QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE
SECURITIES EXCHANGE ACT OF 1934</td></tr></table>
<p align=center>For the quarterly period ended</p><p align=center>OR</p>
<table><tr><td>&#9746;</td><td>TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE
SECURITIES EXCHANGE ACT OF 1934</td></tr></table>
<p align=center>For the transition period from October 1, 2020 to December 31, 2020</p>
<p align=center>Commission File Number 001-12345</p>
<p align=center><b>ACME WIDGETS, INC.</b></p></body></html>"""
    assert parse(html.encode(), "10q.htm")["form_type"] == "10-QT"


# A Form 4's primary document as a .txt submission prints it, inside its <XML> wrapper.
_FORM4_XML = """\
<XML>
<?xml version="1.0"?>
<ownershipDocument>

    <schemaVersion>X0508</schemaVersion>

    <documentType>4</documentType>

    <periodOfReport>2024-04-29</periodOfReport>

    <notSubjectToSection16>0</notSubjectToSection16>

    <issuer>
        <issuerCik>0000842517</issuerCik>
        <issuerName>ISABELLA BANK Corp</issuerName>
        <issuerTradingSymbol>ISBA</issuerTradingSymbol>
    </issuer>

    <reportingOwner>
        <reportingOwnerId>
            <rptOwnerCik>0001234567</rptOwnerCik>
            <rptOwnerName>McGuirk Richard L</rptOwnerName>
        </reportingOwnerId>
    </reportingOwner>
</ownershipDocument>
</XML>
"""


def test_a_form4_xml_kept_in_its_wrapper_is_read_as_one() -> None:
    record = parse(_FORM4_XML.encode(), "form4.txt")
    assert record["shape"] == "document"
    assert record["form_type"] == "4"
    assert record["report_date"] == "2024-04-29"
    assert [(r["name"], r["cik"]) for r in record["registrants"]] == [
        ("ISABELLA BANK Corp", "0000842517")]


def test_a_lone_form4_document_block_reads_its_wrapped_xml() -> None:
    block = ("<DOCUMENT>\n<TYPE>4\n<SEQUENCE>1\n<FILENAME>form4.xml\n<TEXT>\n" + _FORM4_XML
             + "</TEXT>\n</DOCUMENT>\n")
    record = parse(block.encode(), "form4.txt")
    assert record["form_type"] == "4"
    assert record["report_date"] == "2024-04-29"
    assert record["registrants"][0]["cik"] == "0000842517"
