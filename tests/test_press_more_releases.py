"""Press releases of many eras, industries and wires, as EX-99 exhibits print them.

Each text is written the way real 8-K / 6-K exhibits of its kind are laid out (fixed-width
1990s text, 2000s wire text, rendered HTML of the 2010s-2020s); each test pins the values a
reader takes off the page.
"""

from __future__ import annotations

from typing import Any

from filing2json.parsers.sections.press_quotes import quotes_in
from filing2json.parsers.sections.press_release import parse_press_release
from filing2json.parsers.text.html_text import html_to_text


def release(text: str, document: str = "EX-99.1") -> dict[str, Any]:
    found = parse_press_release(text, document)
    assert found is not None
    return found


def html_release(body: str) -> dict[str, Any]:
    return release(html_to_text(f"<html><body>{body}</body></html>"))


def people(found: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(c["name"], c["organization"], c["role"], c["phone"], c["email"])
            for c in found["contacts"]]


# A UK issuer's 6-K (RNS layout): the date, the company and its defined terms above the
# headline, "Enquiries:" as a table of firms and their people.
UK_6K = """
<p style="text-align:right"><b>Exhibit 99.1</b></p>
<p><b>3 March 2021</b></p>
<p style="text-align:center"><b>Albion Therapeutics plc</b></p>
<p style="text-align:center"><b>(&#8220;Albion&#8221; or the &#8220;Company&#8221;)</b></p>
<p style="text-align:center"><b>Albion Announces Positive Topline Data from Phase 2b Study of
ALB-104 in Ulcerative Colitis</b></p>
<p><b>London, UK, 3 March 2021</b> &#8211; Albion Therapeutics plc (LSE: ALBN; NASDAQ: ALBT),
a clinical-stage biopharmaceutical company, today announces positive topline results from its
Phase 2b study of ALB-104 in patients with moderate to severe ulcerative colitis.</p>
<p>The study met its primary endpoint of clinical remission at week 12 (p&lt;0.01).</p>
<p>Dr. Helen Marsh, Chief Executive Officer of Albion, said: &#8216;We are delighted with these
results, which support advancing the Company&#8217;s lead programme into Phase 3.&#8217;</p>
<p><b>Enquiries:</b></p>
<table>
<tr><td><b>Albion Therapeutics plc</b></td><td></td></tr>
<tr><td>Helen Marsh, Chief Executive Officer</td><td>+44 (0)20 3555 0100</td></tr>
<tr><td>James Pike, Chief Financial Officer</td><td></td></tr>
<tr><td>&#160;</td><td></td></tr>
<tr><td><b>Consilium Strategic Communications</b></td><td>+44 (0)20 3709 5700</td></tr>
<tr><td>Mary-Jane Elliott / Chris Welsh</td><td>albion@consilium-comms.com</td></tr>
</table>
<p><b>About Albion Therapeutics</b></p>
<p>Albion Therapeutics plc is a clinical-stage biopharmaceutical company developing oral
therapies for inflammatory diseases.</p>
"""


def test_the_date_company_and_defined_terms_over_a_uk_headline_are_no_headline() -> None:
    found = html_release(UK_6K)
    assert found["headline"] == ("Albion Announces Positive Topline Data from Phase 2b Study of "
                                 "ALB-104 in Ulcerative Colitis")
    assert found["subheadlines"] == []
    assert found["date"] == "2021-03-03"


def test_a_firm_under_the_issuers_people_heads_the_names_below_it() -> None:
    found = html_release(UK_6K)
    assert people(found) == [
        ("Helen Marsh", "Albion Therapeutics plc", "Chief Executive Officer",
         "+44 (0)20 3555 0100", None),
        ("James Pike", "Albion Therapeutics plc", "Chief Financial Officer", None, None),
        ("Mary-Jane Elliott", "Consilium Strategic Communications", None,
         "+44 (0)20 3709 5700", None),
        ("Chris Welsh", "Consilium Strategic Communications", None, "+44 (0)20 3709 5700",
         "albion@consilium-comms.com"),
    ]


def test_a_quote_in_single_marks() -> None:
    found = html_release(UK_6K)
    assert found["quotes"] == [{
        "speaker": "Helen Marsh", "role": "Chief Executive Officer of Albion",
        "text": "We are delighted with these results, which support advancing the Company\u2019s "
                "lead programme into Phase 3.",
    }]
    # an apostrophe closes nothing: a plural possessive inside, a comma after the quote
    assert quotes_in([
        "SYDNEY, 24 August 2016 \u2013 Kestrel Mining Limited (ASX: KML) today reported.",
        "\u2018We thank our shareholders\u2019 support this year\u2019, said Jane Doe, Managing "
        "Director. \u2018The board is confident.\u2019",
    ]) == [{"speaker": "Jane Doe", "role": "Managing Director",
            "text": "We thank our shareholders\u2019 support this year. The board is confident."}]


def test_a_currency_note_under_the_headline_is_no_subheadline() -> None:
    found = release("""
                                                                    EXHIBIT 99.1

NEWS RELEASE

               NORTHERN CROWN MINING REPORTS SECOND QUARTER 2015 RESULTS

(All amounts in U.S. dollars unless otherwise stated)

TORONTO, Ontario--(BUSINESS WIRE)--August 5, 2015--Northern Crown Mining Corp.
(TSX:NCM)(NYSE:NCMC) ("Northern Crown" or the "Company") today reported its
financial results for the three months ended June 30, 2015.
""")
    assert found["headline"] == "NORTHERN CROWN MINING REPORTS SECOND QUARTER 2015 RESULTS"
    assert found["subheadlines"] == []
    assert found["dateline"] == {"city": "TORONTO", "state": "Ontario", "date": "2015-08-05"}


# Business Wire 2019, rendered HTML: two contacts side by side in a table, each cell's <br>
# lines run together, and the wire's "Source:" line under them.
BW_2019 = """
<p style="text-align:center"><b>Greenleaf Agritech Reports First Quarter 2019 Results</b></p>
<p>DAVIS, Calif.--(BUSINESS WIRE)--May 7, 2019--Greenleaf Agritech, Inc. (NASDAQ: GLAT), a
leader in science-based agricultural products, today reported financial results for the first
quarter ended March 31, 2019.</p>
<p><b>About Greenleaf Agritech, Inc.</b></p>
<p>Based in Davis, California, Greenleaf Agritech develops agricultural food ingredients.</p>
<table style="width:100%">
<tr><td style="width:50%"><b>Investor Contact:</b><br>Jeff Wright<br>(530) 555-1033<br>
ir@greenleafag.com</td>
<td style="width:50%"><b>Media Contact:</b><br>Katie Zimmerman<br>Ketchum<br>(415) 555-9812<br>
katie.zimmerman@ketchum.com</td></tr>
</table>
<p>Source: Greenleaf Agritech, Inc.</p>
"""


def test_a_one_word_firm_run_into_a_name_that_the_email_domain_spells() -> None:
    found = html_release(BW_2019)
    assert people(found)[1] == ("Katie Zimmerman", "Ketchum", "Media Contact", "(415) 555-9812",
                                "katie.zimmerman@ketchum.com")


def test_the_wires_source_line_under_the_contacts_is_no_organisation() -> None:
    found = html_release(BW_2019.replace("<br>Ketchum", ""))
    assert people(found) == [
        ("Jeff Wright", None, "Investor Contact", "(530) 555-1033", "ir@greenleafag.com"),
        ("Katie Zimmerman", None, "Media Contact", "(415) 555-9812",
         "katie.zimmerman@ketchum.com"),
    ]


# A 2005 bank's release: the contacts printed between the headline and the dateline, the
# speaker named in full only there.
BANK_2005 = """
                                                                    EXHIBIT 99.1

                         HARBOR CAPITAL BANCSHARES, INC.
                     REPORTS FIRST QUARTER 2005 NET INCOME

CONTACTS:
Thomas E. Whitcomb                          Linda M. Arce
President and Chief Executive Officer       Executive Vice President and CFO
(757) 555-2100                              (757) 555-2104

FOR IMMEDIATE RELEASE

NORFOLK, Virginia, April 19, 2005 - Harbor Capital Bancshares, Inc. (Nasdaq:
HCBS), the holding company for Harbor National Bank, reported net income of
$2.31 million, or $0.41 per diluted share, for the quarter ended March 31,
2005, compared to $2.02 million, or $0.36 per diluted share, for the same
quarter of 2004.

Mr. Whitcomb stated, "Our loan production was strong in every market, and we
continue to see solid demand from small businesses in Hampton Roads."

                                     -END-
"""


def test_contacts_between_the_headline_and_the_dateline() -> None:
    found = release(BANK_2005)
    assert found["headline"] == ("HARBOR CAPITAL BANCSHARES, INC. REPORTS FIRST QUARTER 2005 "
                                 "NET INCOME")
    assert people(found) == [
        ("Thomas E. Whitcomb", None, "President and Chief Executive Officer", "(757) 555-2100",
         None),
        ("Linda M. Arce", None, "Executive Vice President and CFO", "(757) 555-2104", None),
    ]


def test_a_speaker_named_in_full_only_in_the_contacts() -> None:
    found = release(BANK_2005)
    assert found["quotes"] == [{
        "speaker": "Thomas E. Whitcomb", "role": "President and Chief Executive Officer",
        "text": "Our loan production was strong in every market, and we continue to see solid "
                "demand from small businesses in Hampton Roads.",
    }]


def test_the_wires_link_to_its_copy_ends_the_about() -> None:
    found = html_release("""
<p align="center"><b>Bluestem Brands Reports Second Quarter 2015 Results</b></p>
<p>EDEN PRAIRIE, Minn., July 28, 2015 /PRNewswire/ -- Bluestem Brands, Inc. (NYSE: BSTM) today
reported results for its second quarter ended June 30, 2015.</p>
<p><b>About Bluestem Brands, Inc.</b></p>
<p>Bluestem Brands, Inc., headquartered in Eden Prairie, Minnesota, is a leading multi-brand,
online and direct marketing retailer. For more information, visit www.bluestem.com.</p>
<p>To view the original version on PR Newswire, visit: http://www.prnewswire.com/news-releases/
bluestem-brands-reports-second-quarter-2015-results-300119876.html</p>
<p>SOURCE Bluestem Brands, Inc.</p>
""")
    assert found["about"] == {
        "company": "Bluestem Brands, Inc.",
        "text": "Bluestem Brands, Inc., headquartered in Eden Prairie, Minnesota, is a leading "
                "multi-brand, online and direct marketing retailer. For more information, visit "
                "www.bluestem.com.",
    }


def test_groups_headed_at_the_company_and_at_its_agency() -> None:
    found = release("""
                                   EXHIBIT 99.1

FOR FURTHER INFORMATION:

AT THE COMPANY:                        AT FINANCIAL RELATIONS BOARD:
Gary L. Smith                          Kathy Price       Tim Grace
Chief Financial Officer                General Info      Analyst Info
(847) 555-4000                         (312) 640-6696    (312) 640-6667

FOR IMMEDIATE RELEASE

            MIDWEST PRECISION TOOL REPORTS THIRD QUARTER RESULTS

ELK GROVE VILLAGE, ILLINOIS, OCTOBER 27, 2005 -- MIDWEST PRECISION TOOL CORP.
(NYSE: MPT) today reported net sales of $84.6 million for the third quarter
ended September 30, 2005.
""")
    assert people(found) == [
        ("Gary L. Smith", None, "Chief Financial Officer", "(847) 555-4000", None),
        ("Kathy Price", "FINANCIAL RELATIONS BOARD", None, "(312) 640-6696", None),
        ("Tim Grace", "FINANCIAL RELATIONS BOARD", "Analyst Info", "(312) 640-6667", None),
    ]
    # stacked, one group under the other
    found = release("""
ELK GROVE VILLAGE, ILLINOIS, OCTOBER 27, 2005 -- MIDWEST PRECISION TOOL CORP.
(NYSE: MPT) today reported net sales of $84.6 million for the third quarter.

                                   # # #

FOR FURTHER INFORMATION:
AT THE COMPANY:
Gary L. Smith, Chief Financial Officer
(847) 555-4000
AT FINANCIAL RELATIONS BOARD:
Kathy Price
(312) 640-6696
""")
    assert people(found) == [
        ("Gary L. Smith", None, "Chief Financial Officer", "(847) 555-4000", None),
        ("Kathy Price", "FINANCIAL RELATIONS BOARD", None, "(312) 640-6696", None),
    ]


def test_a_title_named_after_a_department_run_into_the_name() -> None:
    found = html_release("""
<table style="width:100%"><tr>
<td><p><b>Investor Contacts:</b></p><p>Rob Fink</p><p>FTI Consulting</p><p>(212) 850-5600</p>
<p>rob.fink@fticonsulting.com</p></td>
<td><p><b>Media Contacts:</b></p><p>Ellen Hoffmann</p><p>Chief Communications Officer</p>
<p>(617) 555-0139</p><p>ehoffmann@pelicanrx.com</p></td>
</tr></table>
<p style="text-align:center"><b>PELICAN THERAPEUTICS REPORTS FOURTH QUARTER AND FULL YEAR 2016
FINANCIAL RESULTS</b></p>
<p><b>WALTHAM, Mass., February 22, 2017</b> &#8212; Pelican Therapeutics, Inc. (NASDAQ: PLCN)
today reported financial results for the fourth quarter and full year 2016.</p>
""")
    assert people(found) == [
        ("Rob Fink", "FTI Consulting", "Investor Contact", "(212) 850-5600",
         "rob.fink@fticonsulting.com"),
        ("Ellen Hoffmann", None, "Chief Communications Officer", "(617) 555-0139",
         "ehoffmann@pelicanrx.com"),
    ]


def test_the_financial_statements_under_the_contacts_are_no_organisation() -> None:
    found = html_release("""
<p style="text-align:center"><b>Marlin Payments Reports Second Quarter 2023 Results</b></p>
<p>ATLANTA, Aug. 01, 2023 (GLOBE NEWSWIRE) -- Marlin Payments, Inc. (NYSE: MRLN) today reported
financial results for the second quarter ended June 30, 2023.</p>
<p><b>Contacts</b></p>
<p>Investors:<br>Tom Walsh<br>ir@marlinpay.com</p>
<p>Media:<br>Ana Reyes<br>press@marlinpay.com</p>
<p style="text-align:center"><b>MARLIN PAYMENTS, INC.<br>CONDENSED CONSOLIDATED STATEMENTS OF
OPERATIONS</b><br>(In millions, except per share data)</p>
<table><tr><td>Revenue</td><td>$</td><td>612.4</td><td>$</td><td>519.0</td></tr></table>
""")
    assert people(found) == [
        ("Tom Walsh", None, "Investors", None, "ir@marlinpay.com"),
        ("Ana Reyes", None, "Media", None, "press@marlinpay.com"),
    ]


def test_a_dateline_alone_in_its_paragraph_over_the_announcement() -> None:
    found = html_release("""
<p align="center"><b>NEWS RELEASE</b></p>
<p align="center"><b>CORNERSTONE FINANCIAL CORPORATION ANNOUNCES<br>FOURTH QUARTER EARNINGS AND
INCREASED DIVIDEND</b></p>
<p><b>Hartford, Connecticut, March 3, 2014</b></p>
<p>Cornerstone Financial Corporation (NASDAQ: CFCT), the holding company for Cornerstone Bank,
today announced net income of $4.1 million for the fourth quarter of 2013.</p>
""")
    assert found["dateline"] == {"city": "Hartford", "state": "Connecticut", "date": "2014-03-03"}
    assert found["headline"] == ("CORNERSTONE FINANCIAL CORPORATION ANNOUNCES FOURTH QUARTER "
                                 "EARNINGS AND INCREASED DIVIDEND")
    assert found["subheadlines"] == []
    # a place and a date over a letter announce nothing
    assert parse_press_release(html_to_text(
        "<p>Boston, Massachusetts, March 3, 2014</p><p>Dear Shareholders:</p><p>It is my "
        "pleasure to invite you to our annual meeting, to be held on April 24, 2014.</p>"),
        "EX-99.1") is None
