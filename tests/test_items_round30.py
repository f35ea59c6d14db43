"""Items, round 30: standard titles of the form's edition in force for the period a 10-K,
10-Q or 20-F reports on (as its cover states it), where the printed heading gives no title;
a printed title picks its own edition; roman numbers are no item headings."""

from __future__ import annotations

from filing2json.parsers import parse
from filing2json.parsers.sections import item_catalog as cat
from filing2json.parsers.sections.items import find_items
from support import submission, validate

_COVER = """                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                                   FORM 10-K

(Mark One)
[X]  ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES
     EXCHANGE ACT OF 1934

     For the fiscal year ended {period}

                         Commission file number 1-8472

                           ACME PUMP CORPORATION
           (Exact name of registrant as specified in its charter)

                                    PART I

ITEM 1.  BUSINESS

     Acme Pump Corporation (the "Company") manufactures industrial pumps and
valves sold throughout North America.

"""

# A 1990s Part III and IV: the items answered together under a heading with no titles, and a
# bare "ITEM 14." over the exhibits list
_PART_III_1997 = """                                   PART III

ITEMS 10, 11, 12 AND 13.

     The information required by Items 10 through 13 is incorporated herein by
reference to the Company's definitive Proxy Statement for its 1998 Annual
Meeting of Shareholders.

                                    PART IV

ITEM 14.

     (a) Documents filed as part of this report:
         1. Financial Statements - see Item 8.
     (b) Reports on Form 8-K:  None.

                                  SIGNATURES

     Pursuant to the requirements of Section 13 or 15(d) of the Securities
Exchange Act of 1934, the registrant has duly caused this report to be signed
on its behalf by the undersigned, thereunto duly authorized.
"""


def _standard(period: str, rest: str, form: str = "10-K") -> dict[str, str | None]:
    return {s.number: s.standard_title
            for s in find_items(_COVER.format(period=period) + rest, form)}


def test_untitled_items_of_a_1997_10k_take_that_editions_titles():
    titles = _standard("December 31, 1997", _PART_III_1997)
    assert titles == {
        "1": "Business",
        "10": "Directors and Executive Officers of the Registrant",
        "11": "Executive Compensation",
        "12": "Security Ownership of Certain Beneficial Owners and Management",
        "13": "Certain Relationships and Related Transactions",
        "14": "Exhibits, Financial Statement Schedules, and Reports on Form 8-K"}
    assert _standard("December 31, 1997", _PART_III_1997, "10-K405") == titles


def test_an_old_title_printed_in_2008_keeps_its_edition():
    # filers kept printing the pre-2006 titles for years after Release 33-8732A: the printed
    # title says which edition the filer answered; the period decides only a bare heading
    rest = """ITEM 10.  DIRECTORS AND EXECUTIVE OFFICERS OF THE REGISTRANT

     The information required by this Item is incorporated by reference to the
Company's Proxy Statement for its 2009 Annual Meeting of Shareholders.

ITEM 13.

     The information required by this Item is incorporated by reference to the
Company's Proxy Statement for its 2009 Annual Meeting of Shareholders.
"""
    titles = _standard("December 31, 2008", rest)
    assert titles["10"] == "Directors and Executive Officers of the Registrant"
    assert titles["13"] == ("Certain Relationships and Related Transactions, and Director "
                            "Independence")
    assert _standard("December 31, 2005", rest)["13"] == (
        "Certain Relationships and Related Transactions")


def test_a_fiscal_2002_10k_item_14_is_controls_and_procedures():
    rest = """ITEM 14.

     Within the 90 days prior to the date of this report, the Company carried out an
evaluation of the effectiveness of the design and operation of its disclosure
controls and procedures.
"""
    assert _standard("December 31, 2002", rest)["14"] == "Controls and Procedures"
    assert _standard("December 31, 2004", rest)["14"] == "Principal Accountant Fees and Services"


_VOTES_8K = """                                   FORM 8-K

                                CURRENT REPORT
                    PURSUANT TO SECTION 13 OR 15(d) OF THE
                       SECURITIES EXCHANGE ACT OF 1934

        Date of Report (Date of earliest event reported):  May 12, 2011

                           ACME PUMP CORPORATION
           (Exact name of registrant as specified in its charter)

Item 5.07  Submission of Matters to a Vote of Security Holders.

     The Company held its Annual Meeting of Stockholders on May 12, 2011. The
stockholders voted on the following matters:

Item I.  Election of Directors

     Nominee                  For          Withheld
     John A. Smith         10,123,456      234,567
     Mary B. Jones         10,234,567      123,456

Item II.  Ratification of the Appointment of Ernst & Young LLP

     For 10,345,678        Against 12,345        Abstain 1,234

Item III.  Advisory Vote on Executive Compensation

     For 9,876,543         Against 456,789       Abstain 2,345

Item 9.01  Financial Statements and Exhibits.

     (d)  Exhibits

          99.1   Press release dated May 13, 2011.

                                  SIGNATURES

     Pursuant to the requirements of the Securities Exchange Act of 1934, the
registrant has duly caused this report to be signed on its behalf by the
undersigned hereunto duly authorized.
"""


def test_roman_numbered_proposals_stay_in_the_8k_item():
    record = validate(parse(submission(_VOTES_8K, filed="20110513"), "votes.txt"))
    assert [i["number"] for i in record["items"]] == ["5.07", "9.01"]
    assert record["items"][0]["text"].endswith("For 9,876,543         Against 456,789       "
                                               "Abstain 2,345")
    # a servicer's statement listed in capitals, under a 1998 Item 5
    servicer = _VOTES_8K.replace("Item I.  Election of Directors", "ITEM I.   DISTRIBUTIONS TO "
                                 "CERTIFICATEHOLDERS").replace("Item II.  Ratification",
                                                               "ITEM II.  Ratification")
    assert [s.number for s in find_items(servicer, "8-K")] == ["5.07", "9.01"]


def test_roman_numbered_matters_stay_in_a_10q_part_ii_item_4():
    doc = """                                   FORM 10-Q

[X]  QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES
     EXCHANGE ACT OF 1934

     For the quarterly period ended March 31, 2008

                           ACME PUMP CORPORATION

                          PART II - OTHER INFORMATION

ITEM 4.  SUBMISSION OF MATTERS TO A VOTE OF SECURITY HOLDERS

     The Annual Meeting of Shareholders was held on April 22, 2008. The following
matters were voted on:

ITEM I.   ELECTION OF DIRECTORS
          John A. Smith        For 10,123,456      Withheld 234,567
ITEM II.  RATIFICATION OF INDEPENDENT AUDITORS
          For 10,345,678       Against 12,345      Abstain 1,234

ITEM 5.  OTHER INFORMATION

     None.

ITEM 6.  EXHIBITS

     31.1  Certification of the Chief Executive Officer
"""
    spans = find_items(doc, "10-Q")
    assert [s.number for s in spans] == ["4", "5", "6"]
    assert spans[0].text.endswith("Against 12,345      Abstain 1,234")


_TWENTY_F_1998 = """                                   FORM 20-F

[X]  ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934

                   For the fiscal year ended December 31, 1998

                                    PART I

Item 1.  Description of Business

     Acme Holdings N.V. is a holding company incorporated in the Netherlands.

Item 10.  Directors and Officers of Registrant

     The Supervisory Board has seven members.

                                   PART III

Item 15.  Defaults upon Senior Securities

     None.

Item 16.  Changes in Securities and Changes in Security for Registered Securities

     None.
"""


def test_a_1998_20f_has_the_old_editions_titles():
    spans = find_items(_TWENTY_F_1998, "20-F")
    assert [(s.number, s.standard_title) for s in spans] == [
        ("1", "Description of Business"),
        ("10", "Directors and Officers of Registrant"),
        ("15", "Defaults upon Senior Securities"),
        ("16", "Changes in Securities and Changes in Security for Registered Securities")]
    # bare headings of the same report take the edition of its period
    bare = _TWENTY_F_1998.replace("Item 10.  Directors and Officers of Registrant", "Item 10.")
    assert {s.number: s.standard_title for s in find_items(bare, "20-F")}["10"] == (
        "Directors and Officers of Registrant")


def test_a_1999_20f_in_the_new_numbering_keeps_its_printed_titles():
    # early adopters of the 2000 edition: "ITEM 3. KEY INFORMATION" in a fiscal 1999 report
    doc = _TWENTY_F_1998.replace("December 31, 1998", "December 31, 1999").replace(
        "Item 1.  Description of Business", "Item 3.  Key Information").replace(
        "Item 10.  Directors and Officers of Registrant", "Item 4.  Information on the Company"
    ).replace("Item 15.  Defaults upon Senior Securities", "Item 13.  Defaults, Dividend "
              "Arrearages and Delinquencies")
    spans = find_items(doc, "20-F")
    assert [(s.number, s.standard_title) for s in spans][:3] == [
        ("3", "Key Information"), ("4", "Information on the Company"),
        ("13", "Defaults, Dividend Arrearages and Delinquencies")]


def test_selected_financial_data_printed_for_a_june_2021_year():
    # Release 33-10890 required "[Reserved]" only for years ending on or after 2021-08-09
    rest = """ITEM 6.  SELECTED FINANCIAL DATA

     The following selected financial data for the five years ended June 30, 2021
should be read with the consolidated financial statements in Item 8.

ITEM 7.  MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND RESULTS OF
         OPERATIONS

     Net sales rose 4% to $123.4 million.
"""
    assert _standard("June 30, 2021", rest)["6"] == "Selected Financial Data"
    assert cat.in_force("10-K", "6", None, "2021-06-30") is None
    assert cat.in_force("10-K", "6", None, "2021-09-30") == "[Reserved]"


_TEN_Q_2012 = """                                   FORM 10-Q

[X]  QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES
     EXCHANGE ACT OF 1934

     {period}

                           ACME PUMP CORPORATION

                         PART I - FINANCIAL INFORMATION

ITEM 1.  FINANCIAL STATEMENTS

     The accompanying unaudited financial statements should be read in
conjunction with the audited financial statements included in the Company's
Annual Report on Form 10-K for the fiscal year ended September 30, 2011.

                          PART II - OTHER INFORMATION

ITEM 4.

     Not applicable.

ITEM 6.  EXHIBITS

     31.1  Certification of the Chief Executive Officer
"""


def test_the_period_is_read_from_the_10q_cover_only():
    for period in ("For the three months ended March 31, 2012",
                   "For the period ended March 31, 2012",
                   "For the quarterly period ended March 31, 2012",
                   "For the transition period from October 1, 2011 to March 31, 2012"):
        spans = find_items(_TEN_Q_2012.format(period=period), "10-Q")
        assert [(s.number, s.standard_title) for s in spans][1] == (
            "4", "Mine Safety Disclosures"), period
