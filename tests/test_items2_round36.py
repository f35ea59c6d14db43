"""Items, round 36 (second pass): where the last item of a report ends when the financial
statements follow it, and forms that print no items of their own (proxy statements, a 6-K's
list of attached documents)."""

from filing2json.parsers import parse

# A 2003 10-KSB typed as EDGAR text: Item 14, then the F-pages, then the signatures.
KSB_2003 = """\
                    U.S. SECURITIES AND EXCHANGE COMMISSION
                            WASHINGTON, D.C. 20549

                                  FORM 10-KSB

[X]  ANNUAL REPORT UNDER SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934

                  For the fiscal year ended December 31, 2003

                        Commission file number 0-21845

                           ACME TECHNOLOGIES, INC.
                (Name of small business issuer in its charter)

           Nevada                                      88-0312345
(State or other jurisdiction of              (I.R.S. Employer Identification No.)
 incorporation or organization)

Check whether the issuer (1) filed all reports required to be filed by Section 13
or 15(d) of the Exchange Act during the past 12 months, and (2) has been subject
to such filing requirements for the past 90 days.  Yes [X]  No [ ]

State issuer's revenues for its most recent fiscal year: $4,512,301

                                     PART I

ITEM 1.  DESCRIPTION OF BUSINESS

General

Acme Technologies, Inc. (the "Company") designs and sells wireless sensors for
industrial customers in the United States and Canada.

ITEM 2.  DESCRIPTION OF PROPERTY

The Company leases approximately 12,000 square feet of office and warehouse space
in Reno, Nevada under a lease expiring in 2006.

ITEM 3.  LEGAL PROCEEDINGS

None.

ITEM 4.  SUBMISSION OF MATTERS TO A VOTE OF SECURITY HOLDERS

No matters were submitted to a vote of security holders during the fourth
quarter of 2003.

                                    PART II

ITEM 5.  MARKET FOR COMMON EQUITY AND RELATED STOCKHOLDER MATTERS

The Company's common stock is quoted on the OTC Bulletin Board under the symbol
"ACMT".

ITEM 6.  MANAGEMENT'S DISCUSSION AND ANALYSIS OR PLAN OF OPERATION

Revenues for 2003 increased 14% to $4,512,301 from $3,958,144 in 2002.

ITEM 7.  FINANCIAL STATEMENTS

The financial statements of the Company are set forth beginning on page F-1.

ITEM 8.  CHANGES IN AND DISAGREEMENTS WITH ACCOUNTANTS ON ACCOUNTING AND
         FINANCIAL DISCLOSURE

None.

ITEM 8A.  CONTROLS AND PROCEDURES

As of the end of the period covered by this report, the Company's Chief
Executive Officer carried out an evaluation of the effectiveness of the
Company's disclosure controls and procedures.

                                   PART III

ITEM 9.  DIRECTORS, EXECUTIVE OFFICERS, PROMOTERS AND CONTROL PERSONS;
         COMPLIANCE WITH SECTION 16(a) OF THE EXCHANGE ACT

The information required by this item is incorporated by reference to the
Company's proxy statement for its 2004 annual meeting.

ITEM 10.  EXECUTIVE COMPENSATION

Incorporated by reference to the proxy statement.

ITEM 11.  SECURITY OWNERSHIP OF CERTAIN BENEFICIAL OWNERS AND MANAGEMENT

Incorporated by reference to the proxy statement.

ITEM 12.  CERTAIN RELATIONSHIPS AND RELATED TRANSACTIONS

None.

ITEM 13.  EXHIBITS AND REPORTS ON FORM 8-K

(a)  Exhibits

     31.1  Certification of Chief Executive Officer
     32.1  Certification pursuant to 18 U.S.C. Section 1350

(b)  Reports on Form 8-K

     None.

ITEM 14.  PRINCIPAL ACCOUNTANT FEES AND SERVICES

Audit fees billed by Smith & Jones LLP for 2003 were $42,000.

                      INDEX TO FINANCIAL STATEMENTS

Report of Independent Certified Public Accountants ..................... F-2
Balance Sheet ........................................................... F-3

                  REPORT OF INDEPENDENT CERTIFIED PUBLIC ACCOUNTANTS

To the Board of Directors
Acme Technologies, Inc.

We have audited the accompanying balance sheet of Acme Technologies, Inc. as of
December 31, 2003.

                                  SIGNATURES

In accordance with Section 13 or 15(d) of the Exchange Act, the registrant caused
this report to be signed on its behalf by the undersigned, thereunto duly
authorized.

ACME TECHNOLOGIES, INC.

By: /s/ John R. Smith
    John R. Smith, President
"""

# A 2008 10-K in HTML: Item 15 with its "(1) Financial Statements: see Index ..." line and
# exhibit table, then the F-pages (index, auditors' report, statements), then the signatures.
TEN_K_2008_HTML = """\
<html><body>
<p align="center"><b>UNITED STATES<br>SECURITIES AND EXCHANGE COMMISSION</b><br>Washington, D.C.
20549</p>
<p align="center"><b>FORM 10-K</b></p>
<p>[X] ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934</p>
<p align="center">For the fiscal year ended December 31, 2007</p>
<p align="center"><b>CASCADE VALVE COMPANY</b><br>(Exact name of registrant as specified in its
charter)</p>
<p align="center"><b>PART I</b></p>
<p><b>Item 1. Business</b></p>
<p>Cascade Valve Company designs and manufactures industrial valves.</p>
<p><b>Item 1A. Risk Factors</b></p>
<p>Our results depend on the level of capital spending by our customers.</p>
<p align="center"><b>PART II</b></p>
<p><b>Item 8. Financial Statements and Supplementary Data</b></p>
<p>The financial statements required by this item are set forth beginning on page F-1 of this
report.</p>
<p><b>Item 9A. Controls and Procedures</b></p>
<p>Our management evaluated the effectiveness of our disclosure controls and procedures.</p>
<p align="center"><b>PART IV</b></p>
<p><b>Item 15. Exhibits and Financial Statement Schedules</b></p>
<p>(a) The following documents are filed as part of this report:</p>
<p>(1) Financial Statements: see Index to Consolidated Financial Statements on page F-1.</p>
<p>(2) Financial Statement Schedules: none.</p>
<p>(3) Exhibits:</p>
<table>
<tr><td>3.1</td><td>Restated Certificate of Incorporation</td></tr>
<tr><td>21.1</td><td>Subsidiaries of the Registrant</td></tr>
<tr><td>23.1</td><td>Consent of Deloitte &amp; Touche LLP</td></tr>
</table>
<hr style="page-break-after:always">
<p align="center"><b>INDEX TO CONSOLIDATED FINANCIAL STATEMENTS</b></p>
<table>
<tr><td>Report of Independent Registered Public Accounting Firm</td><td>F-2</td></tr>
<tr><td>Consolidated Balance Sheets as of December 31, 2007 and 2006</td><td>F-3</td></tr>
<tr><td>Consolidated Statements of Operations</td><td>F-4</td></tr>
<tr><td>Notes to Consolidated Financial Statements</td><td>F-5</td></tr>
</table>
<p align="center">F-1</p>
<hr style="page-break-after:always">
<p align="center"><b>Report of Independent Registered Public Accounting Firm</b></p>
<p>To the Board of Directors and Stockholders of Cascade Valve Company</p>
<p>We have audited the accompanying consolidated balance sheets of Cascade Valve Company and
subsidiaries as of December 31, 2007 and 2006, and the related consolidated statements of
operations for each of the three years in the period ended December 31, 2007.</p>
<p>/s/ Deloitte &amp; Touche LLP<br>Portland, Oregon<br>March 3, 2008</p>
<p align="center">F-2</p>
<hr style="page-break-after:always">
<p align="center"><b>CONSOLIDATED BALANCE SHEETS</b></p>
<table><tr><td>Cash</td><td>$ 4,210</td></tr></table>
<hr style="page-break-after:always">
<p align="center"><b>SIGNATURES</b></p>
<p>Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, the
registrant has duly caused this report to be signed on its behalf by the undersigned, thereunto
duly authorized.</p>
</body></html>
"""

DEF_14A_1999 = """\
                                  SCHEDULE 14A
                                 (Rule 14a-101)
                    INFORMATION REQUIRED IN PROXY STATEMENT
                            SCHEDULE 14A INFORMATION

          Proxy Statement Pursuant to Section 14(a) of the Securities
                     Exchange Act of 1934 (Amendment No.  )

Filed by the Registrant [X]
Filed by a Party other than the Registrant [ ]

Check the appropriate box:
[ ] Preliminary Proxy Statement
[ ] Confidential, for Use of the Commission Only (as permitted by Rule 14a-6(e)(2))
[X] Definitive Proxy Statement
[ ] Definitive Additional Materials
[ ] Soliciting Material Pursuant to Rule 14a-12

                             GREENFIELD BANCORP, INC.
                (Name of Registrant as Specified In Its Charter)

                             GREENFIELD BANCORP, INC.
                              NOTICE OF ANNUAL MEETING
                                 OF SHAREHOLDERS

     The Annual Meeting of Shareholders will be held on April 22, 1999 at 10:00
a.m. for the following purposes:

     1.  To elect three directors.
     2.  To ratify the appointment of KPMG LLP as independent auditors.

                                 PROXY STATEMENT

ITEM 1.  ELECTION OF DIRECTORS

     The Board of Directors has nominated the three persons named below for
election as directors to serve until the 2002 Annual Meeting.

ITEM 2.  RATIFICATION OF APPOINTMENT OF INDEPENDENT AUDITORS

     The Board of Directors has appointed KPMG LLP as independent auditors for
1999.

                                 OTHER MATTERS

     The Board knows of no other business to be presented at the meeting.

                                        By Order of the Board of Directors

                                        /s/ Mary Jones
                                        Secretary
"""

SIX_K_2003 = """\
                                    FORM 6-K

                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

                        Report of Foreign Private Issuer
                      Pursuant to Rule 13a-16 or 15d-16 of
                      the Securities Exchange Act of 1934

                          For the month of March, 2003

                              ELBIT MEDICAL IMAGING LTD.
                    (Translation of registrant's name into English)

Indicate by check mark whether the registrant files or will file annual
reports under cover of Form 20-F or Form 40-F.

               Form 20-F   X                 Form 40-F
                         -----                         -----

     Attached hereto and incorporated by reference herein are the following:

Item 1.  Press release dated March 12, 2003 announcing fourth quarter results.

Item 2.  Notice of annual general meeting of shareholders.

                                   SIGNATURES

Pursuant to the requirements of the Securities Exchange Act of 1934, the
registrant has duly caused this report to be signed on its behalf by the
undersigned, thereunto duly authorized.
"""


def _items(text: str, name: str) -> list[dict]:
    return parse(text.encode(), name)["items"]


def test_last_item_ends_at_financial_statements_in_text_10ksb() -> None:
    items = _items(KSB_2003, "acme-10ksb.txt")
    assert [i["number"] for i in items][-3:] == ["12", "13", "14"]
    assert items[-1]["text"] == "Audit fees billed by Smith & Jones LLP for 2003 were $42,000."
    assert items[-2]["text"].endswith("(b)  Reports on Form 8-K\n\n     None.")


def test_last_item_ends_at_financial_statements_in_html_10k() -> None:
    items = _items(TEN_K_2008_HTML, "cascade-10k.htm")
    item15 = items[-1]
    assert item15["number"] == "15"
    text = item15["text"]
    assert text.startswith("(a) The following documents are filed as part of this report:")
    # the item's own index reference and exhibit table stay; the F-pages go
    assert "see Index to Consolidated Financial Statements on page F-1" in text
    assert text.endswith("23.1\tConsent of Deloitte & Touche LLP")
    assert "We have audited" not in text and "INDEX TO CONSOLIDATED" not in text
    # Item 8 keeps its own text
    assert items[2]["number"] == "8"
    assert "beginning on page F-1" in items[2]["text"]
    # statements printed as Item 15's "(1)" part, its "(3) Exhibits:" list after them, stay
    at = TEN_K_2008_HTML.index("<p>(3) Exhibits:</p>")
    fs_at = TEN_K_2008_HTML.index('<hr style="page-break-after:always">')
    sig_at = TEN_K_2008_HTML.rindex('<hr style="page-break-after:always">')
    reordered = (TEN_K_2008_HTML[:at] + TEN_K_2008_HTML[fs_at:sig_at]
                 + TEN_K_2008_HTML[at:fs_at] + TEN_K_2008_HTML[sig_at:])
    inside = _items(reordered, "cascade-10k.htm")[-1]["text"]
    assert "We have audited the accompanying" in inside
    assert inside.endswith("23.1\tConsent of Deloitte & Touche LLP")


def test_proxy_statement_proposals_are_no_items() -> None:
    record = parse(DEF_14A_1999.encode(), "greenfield-def14a.txt")
    assert record["form_type"] == "DEF 14A"
    assert record["items"] == []


def test_six_k_list_of_attached_documents_is_no_items() -> None:
    record = parse(SIX_K_2003.encode(), "elbit-6k.txt")
    assert record["form_type"] == "6-K"
    assert record["items"] == []
    assert not [w for w in record["warnings"] if w["code"] == "item_empty"]


def test_statements_inside_the_last_item_before_its_exhibits_stay() -> None:
    # (audit) a 1990s Item 13 prints the statements as its "(a) 1." part, then its exhibits
    # under another label: "(a) 3.  Exhibits", "(a)(3) The exhibits listed below ..."
    head, _, _ = KSB_2003.partition("ITEM 13.  EXHIBITS AND REPORTS ON FORM 8-K")
    for label in ("(a)  3.  Exhibits", "(a)(3) The exhibits listed below are filed herewith:",
                  "(c)  The following exhibits are filed with this report:"):
        text = head + f"""ITEM 13.  EXHIBITS, FINANCIAL STATEMENT SCHEDULES AND REPORTS ON FORM 8-K

(a)  1.  Financial Statements

The following financial statements of the Company are included herein:

                  REPORT OF INDEPENDENT CERTIFIED PUBLIC ACCOUNTANTS

To the Board of Directors
Acme Technologies, Inc.

We have audited the accompanying balance sheet of Acme Technologies, Inc. as of
December 31, 2003.

     2.  Financial Statement Schedules

None.

{label}

     31.1  Certification of Chief Executive Officer

                                  SIGNATURES

In accordance with Section 13 or 15(d) of the Exchange Act, the registrant caused
this report to be signed on its behalf by the undersigned, thereunto duly
authorized.
"""
        last = _items(text, "acme-10ksb.txt")[-1]
        assert last["number"] == "13"
        assert "We have audited the accompanying" in last["text"]
        assert last["text"].endswith("31.1  Certification of Chief Executive Officer")


def test_soliciting_material_copy_of_an_8k_keeps_its_items() -> None:
    # (audit) a merger 8-K filed again as DEFA14A (Rule 14a-12) prints the 8-K's items
    from support import form_record

    text = """                                  FORM 8-K

                               CURRENT REPORT

     Date of Report (Date of earliest event reported): March 3, 2015

                             ACME HOLDINGS, INC.

[X]  Soliciting material pursuant to Rule 14a-12 under the Exchange Act

Item 1.01  Entry into a Material Definitive Agreement.

On March 2, 2015, Acme Holdings, Inc. entered into an Agreement and Plan of Merger with
Beta Corp., under which Beta Corp. will acquire all of the outstanding shares of Acme.

Item 9.01  Financial Statements and Exhibits.

(d) Exhibits

99.1  Press release dated March 3, 2015.
"""
    record = form_record("DEFA14A", text, "20150303")
    assert [i["number"] for i in record["items"]] == ["1.01", "9.01"]
