"""Press releases the second corpus audit found wrong, as the real filings print them: a
highlights list printed after the tables at a release's end (Asta Funding 2004), and a
page-foot letterhead left inside the body (Innovative Clinical Solutions 2000, Asta Funding
2005)."""

from __future__ import annotations

from filing2json.parsers.sections.press_release import parse_press_release

# Asta Funding, Inc., EX-99.1 of August 4, 2004, abridged: About, safe harbour and income
# table come first; "OTHER FINANCIAL HIGHLIGHTS:" with "o" bullets ends the release.
_ASTA_2004 = """\
Exhibit 99.1

                            [Asta FUNDING, INC. Logo]

         FOR IMMEDIATE RELEASE

CONTACT:
Mitchell Herman, CFO
ASTA FUNDING, INC.
(201) 567-5648


      ASTA FUNDING REPORTS RECORD THIRD QUARTER AND NINE MONTHS NET INCOME

ENGLEWOOD CLIFFS, NJ, AUGUST 4, 2004 -- ASTA FUNDING, INC., (NASDAQ: ASFI), A
LEADING CONSUMER RECEIVABLE ASSET MANAGEMENT AND LIQUIDATION COMPANY, today
reported results for the three months and nine months ended June 30, 2004.

Net income for the three months ended June 30, 2004, rose 121% to a record
$5,607,000, or $0.39 per diluted share, compared to $2,540,000, or $0.27 per
diluted share, in the same prior year period.

                                                                          -MORE-


                                      -4-
<PAGE>

Asta Funding will conduct a teleconference today at 11:00 a.m. EDT. To
participate please dial USA (877) 511-5818, International (706) 634-1462 about
5-10 minutes prior to 11:00 a.m. EDT.

                    ________________________________________

Asta Funding, Inc.

Based in Englewood Cliffs, NJ, Asta Funding, Inc., is a leading consumer
receivable asset management company that specializes in the purchase, management
and liquidation of performing and non-performing consumer receivables. For
additional information, please visit our website at www.astafunding.com.

Except for historical information contained herein, the matters set forth in
this news release are "forward- looking" statements (as defined in the Private
Securities Litigation Reform Act of 1995.) Although Asta Funding, Inc. believes
the expectations reflected in such forward-looking statements are based upon
reasonable assumptions, there can be no assurance that its expectations will be
realized. Asta Funding, Inc.'s reports with the Securities and Exchange Commission
are available free of charge through its website at www.astafunding.com.

                                                             - TABLE TO FOLLOW -


                                      -5-
<PAGE>

                       ASTA FUNDING, INC. AND SUBSIDIARIES

                      CONSOLIDATED STATEMENTS OF OPERATIONS
                                    UNAUDITED

<TABLE>
<CAPTION>
                                      Three Months Ended June 30,
                                           2004               2003
<S>                                     <C>                <C>
Net income                              $5,607,000         $2,540,000

Net income per share - Basic                 $0.42              $0.30
                     - Diluted               $0.39              $0.27
</TABLE>


OTHER FINANCIAL HIGHLIGHTS:

o Asta purchased consumer receivables with an aggregate face value of $1.5
  billion for an aggregate cost of $55.6 million during the nine months ended
  June 30, 2004.

o Cash collections for the quarter and nine months ended June 30, 2004 were
  $26.0 million and $85.3 million, respectively, compared to $18.0 million and
  $46.2 million for the same periods a year earlier.

o Regular quarterly dividend of $0.03 per share was paid on August 1, 2004.


                                       -6-
"""


def test_highlights_printed_after_the_tables_at_the_release_end() -> None:
    rel = parse_press_release(_ASTA_2004, "EX-99.1")
    assert rel is not None
    assert rel["highlights"] == [
        "Asta purchased consumer receivables with an aggregate face value of $1.5 billion"
        " for an aggregate cost of $55.6 million during the nine months ended June 30, 2004.",
        "Cash collections for the quarter and nine months ended June 30, 2004 were $26.0"
        " million and $85.3 million, respectively, compared to $18.0 million and $46.2"
        " million for the same periods a year earlier.",
        "Regular quarterly dividend of $0.03 per share was paid on August 1, 2004.",
    ]
    # the body, About and safe harbour still end where they did
    assert rel["body"].endswith("about 5-10 minutes prior to 11:00 a.m. EDT.")
    assert rel["about"]["text"].startswith("Based in Englewood Cliffs, NJ, Asta Funding")
    assert rel["forward_looking_statements"].endswith("website at www.astafunding.com.")
    # a bulleted list under another heading at the end is no highlights list
    other = _ASTA_2004.replace("OTHER FINANCIAL HIGHLIGHTS:", "CONFERENCE CALL NOTES:")
    rel = parse_press_release(other, "EX-99.1")
    assert rel is not None and rel["highlights"] == []


# Innovative Clinical Solutions, Ltd., EX-99 of July 14, 2000, abridged: the letterhead foot
# is printed at a page break with no <PAGE> tag, in the middle of a sentence, and again at
# the end of the release.
_ICSL_2000 = """\
[LOGO]
ICSL
- ----
Innovative Clinical Solutions, Ltd.

FOR IMMEDIATE RELEASE
- ---------------------

CONTACTS:
Innovative Clinical Solutions, Ltd.
Gary Gillheeney, Chief Financial Officer and Treasurer
Tel: (401) 831-6755 Fax: (401) 831-6758


               Innovative Clinical Solutions Announces Initiation
                           of Bond Restructuring Plan


Providence,  RI,  July 14,  2000----Innovative  Clinical  Solutions,  Ltd.  (OTC
Bulletin  Board:   ICSL.OB)  today  announced  that  it  and  its  wholly  owned
subsidiaries commenced the implementation of a plan to restructure the Company's
existing $100 million  6.75%  convertible  Debentures  due 2003.

Investors are urged to read the  Disclosure  Statement  and the other  materials
included  therewith, all of which have been or will be filed with the Securities
and Exchange Commission (the "SEC").  Investors  may read the  Disclosure
Statement at the SEC's Public Reference Room at 450 Fifth Street,  N.W.,
Washington,  D.C. 20549. Investors  may obtain  further  information  on the

               10 Dorrance Street, Suite 400, Providence RI 02903
                     Phone: 401-831-6755 Fax: 401-831-6758

operation of the Public Reference Room by calling the SEC at 1-800-SEC-0330.
Investors may also obtain a copy of any of the Company's  publicly available
material free of charge by writing to Innovative Clinical Solutions, Ltd., 10
Dorrance Street, Providence, RI 02818, Attention: Gary S. Gillheeney, Chief
Financial Officer.

Requests may also be made by telephone or facsimile to the Company's offices:

               10 Dorrance Street, Suite 400, Providence RI 02903
                     Phone: 401-831-6755 Fax: 401-831-6758

Innovative Clinical Solutions, Ltd., headquartered in Providence,  Rhode Island,
provides services that support the needs of the  pharmaceutical and managed care
industries.

Editor's Note:This release is available on the Internet at http://www.ICSLtd.net
                              ---------------------

               10 Dorrance Street, Suite 400, Providence RI 02903
                     Phone: 401-831-6755 Fax: 401-831-6758
"""


def test_page_letterhead_cutting_a_sentence_leaves_the_body() -> None:
    rel = parse_press_release(_ICSL_2000, "EX-99")
    assert rel is not None
    body = rel["body"]
    assert ("Investors may obtain further information on the operation of the Public"
            " Reference Room by calling the SEC at 1-800-SEC-0330.") in body
    # an address the text leads into (after a colon) is the release's own: it stays
    assert body.endswith("offices:\n\n10 Dorrance Street, Suite 400, Providence RI 02903"
                         "\n\nPhone: 401-831-6755 Fax: 401-831-6758")
    assert "by writing to Innovative Clinical Solutions, Ltd., 10 Dorrance Street" in body


# Asta Funding, Inc., EX-99.1 of August 9, 2005, abridged: the page foot is a PEM-dashed rule
# and the letterhead address under a "- MORE -" line, then <PAGE>.
_ASTA_2005 = """\
[ASTA FUNDING LOGO]                                                 Exhibit 99.1
NASDAQ: ASFI

                                            FOR IMMEDIATE RELEASE

CONTACT:
Mitchell Cohen, CFO
ASTA FUNDING, INC.
(201) 567-5648


                  ASTA FUNDING REPORTS RECORD THIRD QUARTER AND
                       NINE MONTHS REVENUES AND NET INCOME

ENGLEWOOD CLIFFS, NJ, AUGUST 9, 2005 -- ASTA FUNDING, INC., (NASDAQ: ASFI), A
LEADING CONSUMER RECEIVABLE ASSET MANAGEMENT AND LIQUIDATION COMPANY, today
reported results for the three months and nine months ended June 30, 2005.

"Our financial metrics," Mr. Stern added, "are strong with cash collections in
the quarter of $43.5 million, up significantly from the $26.0 million collected
in the same quarter a year earlier. At June 30, 2005 stockholder's equity was
$136.4 million and our book value was $10.05, an increase of roughly 25% from
June 30, 2004."

                                                                        - MORE -

- --------------------------------------------------------------------------------
                  210 Sylvan Avenue, Englewood Cliffs, NJ 07632
                       (201) 567-5648, (201) 567-2203 fax


<PAGE>

Mr. Stern concluded, "Asta has been steadfast in its business focus. We are
disciplined buyers of distressed consumer receivable portfolios."

Asta Funding will conduct a teleconference today at 10:30 a.m. EDT. To
participate please dial USA/Canada (877) 511-5818, International (706) 634-1462.
"""


def test_page_foot_letterhead_under_more_leaves_the_body() -> None:
    rel = parse_press_release(_ASTA_2005, "EX-99.1")
    assert rel is not None
    body = rel["body"]
    assert "Sylvan" not in body and "567-2203" not in body and "-----" not in body
    assert ('from June 30, 2004."\n\nMr. Stern concluded, "Asta has been steadfast'
            in body)
