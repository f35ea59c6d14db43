"""Press releases the corpus audit found missing or misnamed (findings 4 and 13), as the real
filings print them: Horizon Financial's 2008 release pasted in its 8-K after the signatures,
and HHCA's 1997 headingless company paragraph."""

from __future__ import annotations

import pytest

from filing2json.parsers import parse
from filing2json.parsers.sections.press_dateline import dateline_fields, match_dateline
from filing2json.parsers.sections.press_parts import find_highlights
from filing2json.parsers.sections.press_release import parse_press_release

# Horizon Financial Corp., 8-K of January 17, 2008 (0000939057-08-000003), abridged: one
# <DOCUMENT>, the release after the signatures under "Exhibit 99.1"; the contact block and a
# "NEWS RELEASE" banner share lines, a "====" rule, a headline underlined with dashes, a
# stray comma in the dateline ("WA, --"), TeX-style ``quotes''.
_HORIZON_2008 = """\
<SEC-DOCUMENT>0000939057-08-000003.txt : 20080117
<SEC-HEADER>0000939057-08-000003.hdr.sgml : 20080117
ACCESSION NUMBER:		0000939057-08-000003
CONFORMED SUBMISSION TYPE:	8-K
PUBLIC DOCUMENT COUNT:		1
CONFORMED PERIOD OF REPORT:	20080117
FILED AS OF DATE:		20080117

FILER:

	COMPANY DATA:
		COMPANY CONFORMED NAME:			HORIZON FINANCIAL CORP
		CENTRAL INDEX KEY:			0001002682
</SEC-HEADER>
<DOCUMENT>
<TYPE>8-K
<SEQUENCE>1
<FILENAME>k8011708.txt
<DESCRIPTION>HORIZON FINANCIAL CORP. FORM 8-K
<TEXT>

                                 UNITED STATES
                       SECURITIES AND EXCHANGE COMMISSION
                            Washington, D.C. 20549

                                    FORM 8-K

     Date of Report (Date of earliest event reported): January 17, 2008

                               HORIZON FINANCIAL CORP.
              (Exact name of registrant as specified in its charter)

<PAGE>

Item 2.02  Results of Operations and Financial Condition
- --------------------------------------------------------

     On January 17, 2008, Horizon Financial Corp. issued its earnings release
for the quarter ended December 31, 2007.  A copy of the earnings release is
attached hereto as Exhibit 99.1 and incorporated herein by reference.

Item 9.01  Financial Statements and Exhibits
- --------------------------------------------

     (c)    Exhibits

     99.1   Press Release of Horizon Financial Corp. dated January 17, 2008.

<PAGE>

                                   SIGNATURES

     Pursuant to the requirements of the Securities Exchange Act of 1934, the
registrant has duly caused this report to be signed on its behalf by the
undersigned, hereunto duly authorized.

                                    HORIZON FINANCIAL CORP.

Date: January 17, 2008              By: /s/Richard P. Jacobson
                                        -------------------------------------
                                        Richard P. Jacobson
                                        President and Chief Executive Officer

<PAGE>

                                 Exhibit 99.1

<PAGE>

Contacts:
          Horizon Financial Corp.
          V. Lawrence Evans, Chairman
          Rich Jacobson, CEO
          Dennis Joines, President & COO                        NEWS RELEASE
          360.733.3050

==============================================================================

         Horizon Financial Earns $0.39 in Third Quarter of Fiscal 2008;
         --------------------------------------------------------------
                      Loan Portfolio Grows 14 Percent
                      -------------------------------

BELLINGHAM, WA, -- January 17, 2008 -- Horizon Financial Corp. (Nasdaq: HRZB)
today reported that it had strong loan growth and solid profits in the third
quarter of fiscal 2008, ended December 31, 2007. Horizon reported earnings of
$4.7 million, or $0.39 per diluted share, for the quarter ended December 31,
2007, compared to $4.9 million, or $0.40 per share, in the immediate prior
quarter of September 30, 2007.

Third Quarter Fiscal 2008 Highlights (for the quarter ended December 31, 2007,
compared to December 31, 2006):

    * Deposits topped the $1 billion threshold ending the quarter at
      $1.01 billion.
    * Net interest income grew 3% to $13.8 million from $13.4 million.

``Our local economy continues to perform very well in terms of employment and
population growth, with strength coming from aerospace, software, export trade
and services,'' stated V. Lawrence Evans, Chairman.
``We remain diligent in monitoring our construction and land development
portfolios for signs of credit weakness.''

Residential mortgage originations increased both in the quarter and
year-to-date and account for 13% of the total loan portfolio. ``While we do
not have any direct exposure to subprime loans, the softness in our real
estate markets are undoubtedly affected by fewer buyers being able to qualify
for new loans and the psychological impact of the credit squeeze,'' said Rich
Jacobson, Chief Executive Officer.

Horizon Financial Corp. is a $1.4 billion, state-chartered bank holding
company headquartered in Bellingham, Washington. Its primary subsidiary,
Horizon Bank, is a state-chartered commercial bank that operates 19
full-service offices, four commercial loan centers and four real estate loan
centers throughout Whatcom, Skagit, Snohomish and Pierce counties, Washington.

Safe Harbor Statement: Except for the historical information in this news
release, the matters described herein are forward-looking statements within
the meaning of the Private Securities Litigation Reform Act of 1995 and are
subject to risks and uncertainties that could cause actual results to differ
materially.
</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>
"""


def test_release_pasted_in_the_8k_under_a_contact_block_with_a_banner():
    releases = parse(_HORIZON_2008.encode(), "k8011708.txt")["press_releases"]
    assert len(releases) == 1
    release = releases[0]
    assert release["document"] == "8-K"
    assert release["date"] == "2008-01-17"
    # the headline's ";" goes on below its rule, as in Horizon's 2006 releases
    assert release["headline"] == (
        "Horizon Financial Earns $0.39 in Third Quarter of Fiscal 2008; "
        "Loan Portfolio Grows 14 Percent")
    assert release["subheadlines"] == []
    assert release["dateline"] == {"city": "BELLINGHAM", "state": "WA", "date": "2008-01-17"}
    assert release["tickers"] == [{"exchange": "Nasdaq", "symbol": "HRZB"}]
    assert [(c["name"], c["role"], c["organization"], c["phone"])
            for c in release["contacts"]] == [
        ("V. Lawrence Evans", "Chairman", "Horizon Financial Corp.", "360.733.3050"),
        ("Rich Jacobson", "CEO", "Horizon Financial Corp.", "360.733.3050"),
        ("Dennis Joines", "President & COO", "Horizon Financial Corp.", "360.733.3050"),
    ]
    quotes = release["quotes"]
    assert [(q["speaker"], q["role"]) for q in quotes] == [
        ("V. Lawrence Evans", "Chairman"), ("Rich Jacobson", "Chief Executive Officer")]
    assert quotes[0]["text"].startswith("Our local economy continues to perform very well")
    assert quotes[0]["text"].endswith("for signs of credit weakness.")
    assert release["highlights"] == [
        "Deposits topped the $1 billion threshold ending the quarter at $1.01 billion.",
        "Net interest income grew 3% to $13.8 million from $13.4 million.",
    ]
    assert release["about"]["company"] == "Horizon Financial Corp."
    assert release["forward_looking_statements"].startswith("Safe Harbor Statement")


# A stray comma between the place and the dash, in each kind of dateline that has a dash
@pytest.mark.parametrize(("line", "city", "state", "date"), [
    ("BELLINGHAM, WA, -- January 17, 2008 -- Horizon Financial Corp. (Nasdaq: HRZB)",
     "BELLINGHAM", "WA", "2008-01-17"),  # Horizon Financial 2008
    ("Dallas, Texas, - March 3, 2015 - Northwind Energy, Inc. today announced",
     "Dallas", "Texas", "2015-03-03"),
    ("NEW YORK, N.Y., -- Jan. 17, 2008 /PRNewswire-FirstCall/ -- Acme Widgets, Inc.",
     "NEW YORK", "N.Y.", "2008-01-17"),
    ("SEATTLE, WA, --(BUSINESS WIRE)--Jan. 5, 2024--Northwind Systems, Inc. today",
     "SEATTLE", "WA", "2024-01-05"),
    ("HOUSTON, Texas, -- (March 3, 2015) -- Northwind Energy, Inc. today announced",
     "HOUSTON", "Texas", "2015-03-03"),
    ("BELLINGHAM, WA, - Horizon Financial Corp. (Nasdaq: HRZB) today reported",
     "BELLINGHAM", "WA", None),
])
def test_dateline_with_a_stray_comma_before_its_dash(line, city, state, date):
    found = match_dateline(line)
    assert found is not None
    assert dateline_fields(found[1], "", "2008-01-18") == {
        "city": city, "state": state, "date": date}


def test_highlights_heading_with_a_bracket():
    # wrapped at its bracket (Horizon Financial 2008), and on one line
    assert find_highlights("""\
Third Quarter Fiscal 2008 Highlights (for the quarter ended December 31, 2007,
compared to December 31, 2006):

    * Deposits topped the $1 billion threshold ending the quarter at
      $1.01 billion.
    * Tangible book value per share grew 8% to $10.60 from $9.81.
""") == ["Deposits topped the $1 billion threshold ending the quarter at $1.01 billion.",
         "Tangible book value per share grew 8% to $10.60 from $9.81."]
    assert find_highlights("""\
Fourth Quarter Highlights (compared to the fourth quarter of 2006):

  -  Net sales increased 12% to $84.2 million.
  -  Gross margin improved to 41.3% from 39.8%.
""") == ["Net sales increased 12% to $84.2 million.", "Gross margin improved to 41.3% from 39.8%."]


# A headingless company paragraph under the short name the dateline brackets: the company is
# the name the dateline prints, in full, its "Corporation" going on with "of ..."
_CCA = """\
      CORRECTIONS CORPORATION OF AMERICA ANNOUNCES FOURTH QUARTER RESULTS

     NASHVILLE, Tenn., Feb. 12 /PRNewswire-FirstCall/ -- Corrections Corporation
of America (NYSE: CXW) ("CCA" or the "Company"), the nation's largest provider of
corrections management services to government agencies, today announced its
financial results for the fourth quarter of 2003.

     Revenue increased 11.2% to $261.4 million in the fourth quarter of 2003
from $235.1 million in the fourth quarter of 2002, driven by higher occupancy.

     "We are pleased with our results for the quarter," stated John D. Ferguson,
President and Chief Executive Officer of CCA.

     CCA is the nation's largest owner and operator of privatized correctional and
detention facilities and one of the largest prison operators in the United
States, behind only the federal government and four states.

     This press release contains statements as to the Company's beliefs and
expectations of the outcome of future events that are forward-looking statements
as defined within the Private Securities Litigation Reform Act of 1995.
"""


def test_headingless_about_names_the_company_of_its_short_name_in_full():
    about = parse_press_release(_CCA, "EX-99.1", "2004-02-12")["about"]
    assert about["text"].startswith("CCA is the nation's largest owner")
    assert about["company"] == "Corrections Corporation of America"
