"""Items, round 30: standard titles of the form's edition in force for the period a 10-K or
20-F reports on (as its cover states it), where the printed heading gives no title or an
out-of-date one."""

from __future__ import annotations

from filing2json.parsers import parse
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


def test_an_old_title_printed_in_2008_gets_the_sec_title_of_the_day():
    # filers kept printing the pre-2006 titles for years after Release 33-8732A
    rest = """ITEM 10.  DIRECTORS AND EXECUTIVE OFFICERS OF THE REGISTRANT

     The information required by this Item is incorporated by reference to the
Company's Proxy Statement for its 2009 Annual Meeting of Shareholders.

ITEM 14.  PRINCIPAL ACCOUNTANT FEES AND SERVICES

     The information required by this Item is incorporated by reference to the
Company's Proxy Statement for its 2009 Annual Meeting of Shareholders.
"""
    titles = _standard("December 31, 2008", rest)
    assert titles["10"] == "Directors, Executive Officers and Corporate Governance"
    # the same heading in a 2001 report is that edition's title
    assert _standard("December 31, 2001", rest.replace("ITEM 14.  PRINCIPAL ACCOUNTANT FEES "
                     "AND SERVICES", "ITEM 14.  EXHIBITS"))["10"] == (
        "Directors and Executive Officers of the Registrant")


def test_a_fiscal_2002_10k_item_14_is_controls_and_procedures():
    rest = """ITEM 14.

     Within the 90 days prior to the date of this report, the Company carried out an
evaluation of the effectiveness of the design and operation of its disclosure
controls and procedures.
"""
    assert _standard("December 31, 2002", rest)["14"] == "Controls and Procedures"
    assert _standard("December 31, 2004", rest)["14"] == "Principal Accountant Fees and Services"


_ROMAN_8K = """                                   FORM 8-K

                                CURRENT REPORT
                    PURSUANT TO SECTION 13 OR 15(d) OF THE
                       SECURITIES EXCHANGE ACT OF 1934

       Date of Report (Date of earliest event reported):  March 3, 1995

                           ACME PUMP CORPORATION
           (Exact name of registrant as specified in its charter)

ITEM II.  ACQUISITION OR DISPOSITION OF ASSETS

     On March 3, 1995, the Registrant completed the sale of its Dayton, Ohio
valve plant to Valco Industries, Inc. for $12,500,000 in cash.

ITEM VII. FINANCIAL STATEMENTS AND EXHIBITS

     (c)  Exhibits

          99   Press release of the Registrant dated March 3, 1995.

                                  SIGNATURES

     Pursuant to the requirements of the Securities Exchange Act of 1934, the
registrant has duly caused this report to be signed on its behalf by the
undersigned hereunto duly authorized.
"""


def test_roman_item_numbers_of_a_1990s_8k():
    record = validate(parse(submission(_ROMAN_8K, filed="19950306"), "roman.txt"))
    assert [(i["number"], i["title"], i["scheme"], i["equivalent"]) for i in record["items"]] == [
        ("2", "ACQUISITION OR DISPOSITION OF ASSETS", "pre-2004", "2.01"),
        ("7", "FINANCIAL STATEMENTS AND EXHIBITS", "pre-2004", "9.01")]
    assert record["items"][0]["text"].startswith("On March 3, 1995, the Registrant completed")
    assert record["items"][0]["text"].endswith("for $12,500,000 in cash.")
    assert record["items"][1]["text"].endswith("dated March 3, 1995.")


def test_roman_item_numbers_leave_part_headings_alone():
    rest = """                                    PART II

ITEM V.  MARKET FOR REGISTRANT'S COMMON EQUITY AND RELATED STOCKHOLDER MATTERS

     The Company's common stock is traded on the American Stock Exchange.
"""
    spans = find_items(_COVER.format(period="December 31, 1996") + rest, "10-K")
    assert [(s.number, s.standard_title) for s in spans] == [
        ("1", "Business"),
        ("5", "Market for Registrant's Common Equity and Related Stockholder Matters")]
    assert "PART II" not in spans[0].text


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
