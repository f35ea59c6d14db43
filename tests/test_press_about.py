"""The About paragraph of press releases: printed with no heading, under the company's bare
name, before a statement's title, and the issuer's among several (layouts of 1994-2025)."""

from __future__ import annotations

from filing2json.parsers.sections.press_release import parse_press_release

# PR Newswire, 2005: the quote, the company's standing paragraph (no heading), another
# company's, the safe harbour, the wire's trailer
_PERICOM = """\
                  PERICOM SEMICONDUCTOR COMPLETES INVESTMENT IN
                 MAJOR TAIWANESE FREQUENCY CONTROL PRODUCTS SUPPLIER

     SAN JOSE, Calif., July 19 /PRNewswire-FirstCall/ -- Pericom Semiconductor
Corporation (Nasdaq: PSEM) a worldwide preferred supplier of high-performance
integrated circuits and SaRonix frequency control products, today announced
that it has completed its investment in AKER Technology Co., LTD, Taiwan.

     Alex Hui, President and Chief Executive Officer of Pericom, said, "We have
had a very successful working relationship with AKER since our acquisition of
SaRonix in October 2003."

     Pericom Semiconductor Corporation offers customers worldwide the
industry's most complete silicon and quartz based solutions for the Computing,
Communications, and Industrial market segments. Company headquarters are in
San Jose, California, with design centers and sales offices located globally.
http://www.pericom.com

     AKER, and its subsidiaries eCERA and AZER, are major crystal and frequency
control products manufacturing companies in Taiwan. AKER is the largest SMD
manufacturer in Taiwan with a production capability of 12 million units per
month.

     This press release contains forward-looking statements as defined under
The Securities Litigation Reform Act of 1995. Actual results could differ
materially.

SOURCE  Pericom Semiconductor Corporation
    -0-                             07/19/2005
    /CONTACT:  Mike Craighead, VP/Chief Financial Officer of Pericom
Semiconductor Corporation, +1-408-435-0800/
"""


def test_headingless_about_that_says_what_the_company_offers_after_the_last_quote():
    release = parse_press_release(_PERICOM, "EX-99.1")
    about = release["about"]
    assert about["company"] == "Pericom Semiconductor Corporation"
    assert about["text"].startswith("Pericom Semiconductor Corporation offers customers")
    assert about["text"].endswith("http://www.pericom.com")
    assert release["body"].endswith("acquisition of SaRonix in October 2003.\"")
    # the same paragraph above a further news paragraph is body: nothing says it is the
    # company's standing paragraph (no seat, no web site)
    news = _PERICOM.replace(
        "Company headquarters are in\nSan Jose, California, with design centers and sales "
        "offices located globally.\nhttp://www.pericom.com",
        "It will ship the new\nparts in volume in the September quarter.")
    news = news.replace("     AKER, and its", "     Pericom will ship samples to customers in "
                        "August.\nThe parts are priced at $1.20.\n\n     AKER, and its")
    release = parse_press_release(news, "EX-99.1")
    assert release["about"] is None
    assert "It will ship the new parts in volume" in release["body"]


# 2006, text: the standing paragraph is the last before the financial statements; the safe
# harbour closes the release below them
_HORIZON = """\
HORIZON FINANCIAL SECOND QUARTER EARNINGS INCREASE 23%

BELLINGHAM, WA - October 19, 2006 - Horizon Financial Corp. (Horizon) (NASDAQ:
HRZB) today reported that continued strong loan growth resulted in record
profits in the second quarter of fiscal 2007.

"Loan demand has remained high, supported by a strong local economy," stated V.
Lawrence Evans, Chairman and CEO of Horizon.

At September 30, 2006, Horizon's book value was $9.61 per share, compared to
$8.74 a year earlier.

Horizon Financial Corp. is a $1.2 billion, state-chartered bank holding company
headquartered in Bellingham, Washington. Its primary subsidiary, Horizon Bank,
operates 18 full-service offices in Whatcom, Skagit, Snohomish and Pierce
counties. Visit www.horizonbank.com for more information.

CONSOLIDATED STATEMENTS OF INCOME           Quarter Ended        Quarter Ended
(unaudited) (in 000s)                       September 30, 2006   June 30, 2006
- ------------------------------------------------------------------------------
Interest on loans                           $ 21,981             $ 20,170
Interest and dividends on securities           1,012                1,013
                                            -----------          -----------
Total interest income                         22,993               21,183

* Adjusted for the five-for-four stock split in the form of a 25% stock dividend
declared September 26, 2006.

Safe Harbor Statement: Except for the historical information in this news
release, the matters described herein are forward-looking statements within the
meaning of the Private Securities Litigation Reform Act of 1995.
"""


def test_headingless_about_above_the_financial_statements():
    release = parse_press_release(_HORIZON, "8-K")
    about = release["about"]
    assert about["company"] == "Horizon Financial Corp."
    assert about["text"].startswith("Horizon Financial Corp. is a $1.2 billion")
    assert release["body"].endswith("compared to $8.74 a year earlier.")
    assert release["forward_looking_statements"].startswith("Safe Harbor Statement")


# PR Newswire, 1997: a joint release; each company's paragraph, the dateline company's under
# its ticker ("HHCA"), the last before the safe harbour
_HHCA = """\
         HOME HEALTH CORPORATION OF AMERICA, INC. TO MERGE WITH
                      U.S. HOMECARE CORPORATION

     KING OF PRUSSIA, Pa., and HARTFORD, Conn., Sept. 29 /PRNewswire/ -- Home
Health Corporation of America, Inc. (Nasdaq-NNM:HHCA) and U.S. HomeCare
Corporation (Nasdaq:USHO) today jointly announced that they have entered into a
definitive merger agreement.

     The transaction has been unanimously approved by the board of directors of
each company. The merger is expected to close by December 31, 1997.

     USHO is a provider of paraprofessional and professional home health care
services, including nursing care, personal care and other specialized
therapies. USHO is headquartered in Hartford, Connecticut.

     HHCA is a leading regional provider of comprehensive home health care
services and products, delivering nursing and related patient services,
respiratory therapy, infusion therapy and durable medical equipment.

     Statements in this press release concerning HHCA's and USHO's business
outlook are forward-looking statements that involve risks and uncertainties.
"""


def test_headingless_about_under_the_ticker_the_dateline_brackets():
    release = parse_press_release(_HHCA, "EX-99.1")
    about = release["about"]
    assert about["text"].startswith("HHCA is a leading regional provider")
    # the name the dateline prints, in full (its "Corporation" goes on "of America, Inc.")
    assert about["company"] == "Home Health Corporation of America, Inc."
    assert release["body"].endswith("USHO is headquartered in Hartford, Connecticut.")


# 2004-2005, text: the standing paragraph opens with the seat, in capitals, below a rule;
# or under the company's bare name
_ASTA = """\
ASTA FUNDING ANNOUNCES ACCELERATED VESTING OF OPTIONS

ENGLEWOOD CLIFFS, NJ, OCTOBER 5, 2005 -- ASTA FUNDING, INC., (NASDAQ: ASFI), A
LEADING CONSUMER RECEIVABLE ASSET MANAGEMENT AND LIQUIDATION COMPANY, today
announced that its Board of Directors accelerated the vesting of unvested stock
options previously awarded to employees, officers and directors.

The primary purpose of the accelerated vesting is to eliminate compensation
expense the Company would otherwise recognize in its income statement.

-------------------------------

Based in Englewood Cliffs, NJ, ASTA FUNDING, INC., is a leading consumer
receivable asset management company that specializes in the purchase,
management and liquidation of performing and non-performing consumer
receivables. For additional information, please visit our website at
http://www.astafunding.com.

Except for historical information contained herein, the matters set forth in
this news release are "forward-looking" statements (as defined in the Private
Securities Litigation Reform Act of 1995.) Although Asta Funding, Inc. believes the
expectations reflected in such forward-looking statements are based upon
reasonable assumptions, there can be no assurance that its expectations will be
realized.

###
"""


def test_headingless_about_that_opens_with_the_company_seat():
    release = parse_press_release(_ASTA, "EX-99.1")
    assert release["about"]["company"] == "ASTA FUNDING, INC."
    assert release["about"]["text"].startswith("Based in Englewood Cliffs, NJ, ASTA FUNDING")
    assert release["body"].endswith("recognize in its income statement.")  # no rule


def test_about_under_the_company_bare_name():
    text = _ASTA.replace("-------------------------------\n\nBased in Englewood Cliffs, NJ, "
                         "ASTA FUNDING, INC., is", "Asta Funding, Inc.\n\nBased in Englewood "
                         "Cliffs, NJ, Asta Funding, Inc., is")
    release = parse_press_release(text, "EX-99.1")
    assert release["about"]["company"] == "Asta Funding, Inc."
    assert release["about"]["text"].startswith("Based in Englewood Cliffs, NJ, Asta Funding")
    assert release["body"].endswith("recognize in its income statement.")


def test_headingless_about_with_its_seat_after_the_name():
    # 2000: "<name>, Ltd., headquartered in <city>, provides ..."
    text = (
        "Innovative Clinical Solutions Announces Bond Restructuring Plan\n\n"
        "Providence, RI, July 14, 2000----Innovative Clinical Solutions, Ltd. (OTC Bulletin "
        "Board: ICSL.OB) today announced that it commenced the implementation of a plan to "
        "restructure its 6.75% convertible Debentures due 2003.\n\n"
        "The Prepackaged Plan was submitted to all Debentureholders for their consent.\n\n"
        "Innovative Clinical Solutions, Ltd., headquartered in Providence, Rhode Island, "
        "provides services that support the needs of the pharmaceutical and managed care "
        "industries.\n\n"
        "This press release contains forward-looking statements regarding future events and "
        "the future performance of the Company that involve risks and uncertainties that "
        "could cause actual results to differ materially.\n"
    )
    release = parse_press_release(text, "EX-99")
    assert release["about"]["company"] == "Innovative Clinical Solutions, Ltd."
    assert release["body"].endswith("for their consent.")


def test_headingless_about_of_the_company_the_headline_names():
    # 1999: the dateline opens with the chief executive, the headline with the company
    text = """\
       WESTELL TECHNOLOGIES ANNOUNCES AGREEMENT TO ACQUIRE TELTREND INC.

AURORA, IL ...(DECEMBER 13, 1999)... Robert H. Gaynor, Chairman and Chief
Executive Officer, announced today, that Westell Technologies (NASDAQ: WSTL)
has signed a definitive agreement to acquire Teltrend Inc. (NASDAQ: TLTN).

Teltrend Inc., established in 1979 with over 500 employees worldwide, is
headquartered in suburban Chicago. Teltrend designs, manufactures and markets
telecommunications products.

Westell Technologies, Inc, headquartered in Aurora, Illinois, is a holding
company for Westell, Inc. and Conference Plus, Inc. Additional information can
be obtained by visiting Westell's Web site at www.westell.com.

"Safe Harbor" statement under the Private Securities Litigation Reform Act of
1995:

Certain statements contained herein are forward-looking statements that involve
risks and uncertainties.
"""
    release = parse_press_release(text, "EX-99.1")
    assert release["about"]["company"] == "Westell Technologies, Inc"
    assert release["body"].endswith("markets telecommunications products.")
    # a news paragraph in the same place is no About
    news = text.replace("is a holding\ncompany for Westell, Inc. and Conference Plus, Inc.",
                        "today announced\nthat it is a party to the merger agreement.")
    assert parse_press_release(news, "EX-99.1")["about"] is None


def test_about_ends_at_the_statement_title_in_capitals():
    # PR Newswire, 2004: "About Sears", its paragraph, then the income statement's title
    text = """\
                   Sears Reports Second Quarter 2004 Results

     HOFFMAN ESTATES, Ill., July 22 /PRNewswire-FirstCall/ -- Sears, Roebuck and
Co. today reported second quarter net income of $53 million.

    About Sears

     Sears, Roebuck and Co. is a leading broadline retailer providing
merchandise and related services. The company is the largest provider of
product repair services with more than 14 million service calls made annually.

    SEARS, ROEBUCK AND CO.

    CONSOLIDATED INCOME
                                          For the 13         For the 26
                                          Weeks Ended        Weeks Ended
    REVENUES
     Merchandise sales and services     $8,700  $ 8,851   $16,403   $16,325
"""
    about = parse_press_release(text, "EX-99")["about"]
    assert about["company"] == "Sears"
    assert about["text"].endswith("service calls made annually.")


def test_the_issuers_about_wins_under_its_short_name():
    # 2025, HTML rendered to text: an offeror's release prints the target's About first
    text = "\n\n".join([
        "ICAHN ENTERPRISES L.P. AND ICAHN ENTERPRISES HOLDINGS L.P. ANNOUNCE RESULTS OF "
        "TENDER OFFER FOR SHARES OF CVR ENERGY",
        "SUNNY ISLES BEACH, Fla., January 9, 2025 \u2014 Icahn Enterprises L.P. (NASDAQ: IEP) "
        "(\u201cIEP\u201d) and Icahn Enterprises Holdings L.P. (\u201cIEH\u201d) today "
        "announced the results of IEH\u2019s cash tender offer for shares of CVR Energy, Inc.",
        "IEH will accept for payment all shares properly tendered at a price of $18.25 per "
        "share.",
        "About CVR Energy",
        "Headquartered in Sugar Land, Texas, CVR Energy is a diversified holding company "
        "primarily engaged in the renewables, petroleum refining and marketing businesses.",
        "About IEP and IEH",
        "Icahn Enterprises L.P. (NASDAQ: IEP), a master limited partnership, is a diversified "
        "holding company owning subsidiaries engaged in Investment, Energy and Automotive.",
        "Cautionary Statement Regarding Forward-Looking Statements",
        "This press release may contain \u201cforward-looking statements\u201d within the "
        "meaning of the federal securities laws.\n",
    ])
    release = parse_press_release(text, "EX-99.(A)(5)(C)")
    assert release["about"]["company"] == "IEP and IEH"
    assert release["about"]["text"].startswith("Icahn Enterprises L.P. (NASDAQ: IEP)")
    assert release["body"].endswith("$18.25 per share.")


def test_a_bio_of_the_person_the_dateline_opens_with_is_no_about():
    # PR Newswire, 2007: the chairman announces; the last paragraph is his biography
    text = """\
                   ACME NAMES JANE DOE CHIEF EXECUTIVE OFFICER

     NEW YORK, May 1, 2007 /PRNewswire/ -- Robert Smith, Chairman of Acme Corp.
(NYSE: ACM), announced today that the board of directors has named Jane Doe
chief executive officer, effective June 1.

     Robert Smith is a 30-year veteran of the industrial equipment business and
has served as the company's chairman since 1995 and as its chief executive since
2001.

     This press release contains forward-looking statements within the meaning of
the Private Securities Litigation Reform Act of 1995 that involve risks and
uncertainties.
"""
    release = parse_press_release(text, "EX-99.1")
    assert release["about"] is None
    assert release["body"].endswith("as its chief executive since 2001.")


def test_headingless_about_after_a_trademark_sign():
    # HTML rendered to text, 2012: one line a paragraph
    text = "\n\n".join([
        "Contoso Launches Cloud Backup for Small Business",
        "SEATTLE, March 6, 2012 /PRNewswire/ -- Contoso\u00ae (NASDAQ: CTSO) today announced "
        "Contoso Cloud Backup, a service for businesses with fewer than 50 employees.",
        "\u201cSmall businesses lose data every day,\u201d said Ann Lee, chief executive officer "
        "of Contoso.",
        "Contoso\u00ae is a leading provider of data protection software for small and "
        "mid-sized businesses. For more information, visit www.contoso.com.",
        "# # #\n",
    ])
    release = parse_press_release(text, "EX-99.1")
    assert release["about"] == {
        "company": "Contoso",
        "text": "Contoso\u00ae is a leading provider of data protection software for small and "
                "mid-sized businesses. For more information, visit www.contoso.com.",
    }
    assert release["body"].endswith("chief executive officer of Contoso.")
