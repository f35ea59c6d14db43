"""Press releases (round 31): a second same-day release headed "Supplemental ...", a typed
subheadline wrapped over centred lines, and a company-name line under the headline; layouts
of real 8-Ks."""

from __future__ import annotations

from filing2json.parsers.sections.press_release import parse_press_releases
from support import release_of

_RESULTS = """\
Acme Energy Reports Fourth Quarter 2020 Results

HOUSTON, Feb. 25, 2021 /PRNewswire/ -- Acme Energy Corp. (NYSE: AEC) today reported net
income of $12.4 million for the fourth quarter of 2020, or $0.52 per diluted share.

About Acme Energy Corp.

Acme Energy Corp. is an independent oil and gas company based in Houston, Texas.

Investor Contact:
Jane Roe
(713) 555-0100

###

"""

# A 2021 EX-99.1 printing the quarter's release and, after its "###", the same day's
# dividend release, which names no contacts or About of its own
_SUPPLEMENTAL_DIVIDEND = _RESULTS + """\
Supplemental Dividend Declared

HOUSTON, Feb. 25, 2021 /PRNewswire/ -- Acme Energy Corp. (NYSE: AEC) today announced that
its Board of Directors declared a supplemental cash dividend of $0.25 per share, payable
March 31, 2021 to shareholders of record on March 15, 2021.

###
"""

# The supplement energy companies print after the release: still no release of its own
_SUPPLEMENTAL_TABLES = _RESULTS + """\
Supplemental Financial Information

HOUSTON, Feb. 25, 2021 /PRNewswire/ -- Acme Energy Corp. today reported the following
supplemental operating data for the fourth quarter of 2020.

                                        Three Months Ended December 31,
                                             2020            2019
Production (Mboe/d)                          45.2            41.0
"""


def test_second_release_headed_supplemental_news_is_read() -> None:
    first, second = parse_press_releases(_SUPPLEMENTAL_DIVIDEND, "EX-99.1")
    assert first["headline"] == "Acme Energy Reports Fourth Quarter 2020 Results"
    assert [c["name"] for c in first["contacts"]] == ["Jane Roe"]
    assert second["headline"] == "Supplemental Dividend Declared"
    assert second["date"] == "2021-02-25"
    assert second["body"].endswith("to shareholders of record on March 15, 2021.")
    # "Supplemental Financial Information" is a supplement still
    [release] = parse_press_releases(_SUPPLEMENTAL_TABLES, "EX-99.1")
    assert release["headline"] == "Acme Energy Reports Fourth Quarter 2020 Results"


def test_supplemental_tables_headed_otherwise_are_no_release() -> None:
    # what else energy and REIT releases head their supplement with: still the release's
    for head in ("Supplemental Operating Statistics", "Supplemental Segment Results",
                 "Supplementary Notes", "Supplemental Hedging Summary"):
        text = _SUPPLEMENTAL_TABLES.replace("Supplemental Financial Information", head)
        [release] = parse_press_releases(text, "EX-99.1")
        assert release["headline"] == "Acme Energy Reports Fourth Quarter 2020 Results"
    # news in such a headline is a release of its own
    text = _SUPPLEMENTAL_DIVIDEND.replace("Supplemental Dividend Declared",
                                          "Supplemental Cash Distribution Approved")
    assert [r["headline"] for r in parse_press_releases(text, "EX-99.1")][1] == (
        "Supplemental Cash Distribution Approved")


# 2003 text EX-99s: a subheadline hand-wrapped over two centred lines of balanced length
# (no line width tells it from two stacked ones: it is read as one, as before)
_BODY_2003 = """
DALLAS, Texas, October 22, 2003 -- Acme Widgets, Inc. (Nasdaq: ACME) today reported record
results for its third quarter ended September 30, 2003. Revenue for the quarter was $45.2
million, up 25% from $36.1 million in the third quarter of 2002. Net income was $4.1 million,
or $0.21 per diluted share, compared with $2.9 million, or $0.15 per diluted share, a year ago.
"""
_BALANCED = """\
              Acme Widgets Reports Record Third Quarter Results

                 Strong Demand From Automotive Customers Drives
                        Revenue Growth of 25 Percent
""" + _BODY_2003
_FISCAL_YEAR = """\
                  ACME WIDGETS REPORTS FOURTH QUARTER RESULTS

                Company Reports Record Revenue for Fiscal Year
                              Ended June 30, 2003
""" + _BODY_2003

_WRAPPED = """\
          ACME WIDGETS ANNOUNCES AGREEMENT TO ACQUIRE BETA SYSTEMS, INC.

    Acquisition of the Leading Supplier of Industrial Controls Expected to Add
                     $0.10 to Earnings Per Share in Fiscal 2004

DALLAS, Texas, October 22, 2003 -- Acme Widgets, Inc. (Nasdaq: ACME) today announced a
definitive agreement to acquire Beta Systems, Inc., a leading supplier of industrial
controls, for $120 million in cash and stock.
"""


# A title-case headline wrapped over two lines (CTC Communications 2000) still joins
_WRAPPED_HEADLINE = """\
CTC Communications Announces Six Beta Customers
Using its 100% Packet-Based Network for Voice Services

Waltham, MA, October 17, 2000 - CTC Communications Group, Inc. (NASDAQ NM: CPTL) today
announced that six beta customers are using its packet-based network for voice services.
"""


def test_hand_wrapped_centred_subheadline_is_one() -> None:
    release = release_of(_BALANCED)
    assert release["headline"] == "Acme Widgets Reports Record Third Quarter Results"
    assert release["subheadlines"] == [
        "Strong Demand From Automotive Customers Drives Revenue Growth of 25 Percent"]
    assert release_of(_FISCAL_YEAR)["subheadlines"] == [
        "Company Reports Record Revenue for Fiscal Year Ended June 30, 2003"]
    # a subheadline that fills its line and runs on is one
    assert release_of(_WRAPPED)["subheadlines"] == [
        "Acquisition of the Leading Supplier of Industrial Controls Expected to Add $0.10 to "
        "Earnings Per Share in Fiscal 2004"]
    # so is a headline wrapped before a capital, as typed (CTC Communications 2000)
    release = release_of(_WRAPPED_HEADLINE)
    assert release["headline"] == ("CTC Communications Announces Six Beta Customers Using its "
                                   "100% Packet-Based Network for Voice Services")
    assert release["subheadlines"] == []


# The company's name in brackets under the headline, as the dateline's sentence names it
_COMPANY_NOTE = """\
                Acme Widgets Completes Acquisition of Beta Systems
                             (Acme Widgets, Inc.)

DALLAS, Texas, October 22, 2003 -- Acme Widgets, Inc. (Nasdaq: ACME) today announced that it
has completed the acquisition of Beta Systems, Inc. for $120 million in cash.
"""


def test_company_name_in_brackets_under_headline_is_no_part_of_it() -> None:
    release = release_of(_COMPANY_NOTE)
    assert release["headline"] == "Acme Widgets Completes Acquisition of Beta Systems"
    assert release["subheadlines"] == []
