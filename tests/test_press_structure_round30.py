"""Press releases (round 30): a supplement after the end mark that repeats the dateline, and
labels set out as datelines ("Record Date, March 15, 2021 --"); layouts of real 8-Ks."""

from __future__ import annotations

from filing2json.parsers import parse
from filing2json.parsers.sections.press_dateline import match_dateline
from filing2json.parsers.sections.press_release import parse_press_releases
from support import submission

# A 2021 EX-99.1: the release, its "###", then "Supplemental Information" that prints the
# wire's dateline again over its operating tables (energy companies file them so)
_SUPPLEMENT = """\
Acme Energy Reports Fourth Quarter 2020 Results

HOUSTON, Feb. 25, 2021 /PRNewswire/ -- Acme Energy Corp. (NYSE: AEC) today reported net
income of $12.4 million for the fourth quarter of 2020, or $0.52 per diluted share.

"We finished the year strong," said John Smith, Chief Executive Officer.

About Acme Energy Corp.

Acme Energy Corp. is an independent oil and gas company based in Houston, Texas.

Investor Contact:
Jane Roe
(713) 555-0100

###

Supplemental Information

HOUSTON, Feb. 25, 2021 /PRNewswire/ -- Acme Energy Corp. today reported the following
supplemental operating data for the fourth quarter of 2020.

                                        Three Months Ended December 31,
                                             2020            2019
Production (Mboe/d)                          45.2            41.0
Realized oil price ($/Bbl)                  41.12           56.38
"""

# Two releases of the same day from the same place, each with its own contacts
_SAME_DAY = """\
Acme Energy Reports Fourth Quarter 2020 Results

HOUSTON, Feb. 25, 2021 /PRNewswire/ -- Acme Energy Corp. (NYSE: AEC) today reported net
income of $12.4 million for the fourth quarter of 2020, or $0.52 per diluted share.

Investor Contact:
Jane Roe
(713) 555-0100

###

Acme Energy Declares Quarterly Dividend

HOUSTON, Feb. 25, 2021 /PRNewswire/ -- Acme Energy Corp. (NYSE: AEC) today announced that
its Board of Directors declared a quarterly cash dividend of $0.10 per share.

Media Contact:
Bob Smith
(713) 555-0120

###
"""


def test_supplement_repeating_the_dateline_is_no_second_release() -> None:
    [release] = parse_press_releases(_SUPPLEMENT, "EX-99.1")
    assert release["headline"] == "Acme Energy Reports Fourth Quarter 2020 Results"
    assert release["about"] == {
        "company": "Acme Energy Corp.",
        "text": "Acme Energy Corp. is an independent oil and gas company based in Houston, "
                "Texas."}
    assert [c["name"] for c in release["contacts"]] == ["Jane Roe"]
    # a second release of that day, with contacts of its own, is still read
    first, second = parse_press_releases(_SAME_DAY, "EX-99.1")
    assert second["headline"] == "Acme Energy Declares Quarterly Dividend"
    assert (first["date"], second["date"]) == ("2021-02-25", "2021-02-25")
    assert [c["name"] for c in second["contacts"]] == ["Bob Smith"]


# A 2021 8-K's Item 8.01 setting out a dividend's dates, with no release quoted
_DIVIDEND_ITEM = """\
Item 8.01 Other Events.

On February 10, 2021, the Board of Directors of Acme Energy Corp. declared a quarterly cash
dividend of $0.10 per share on the Company's common stock, as follows:

Record Date, March 15, 2021 -- holders of record at the close of business on this date
will receive the dividend.

Payment Date, April 1, 2021 -- the dividend will be paid to holders of record.

SIGNATURES

Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly
caused this report to be signed on its behalf by the undersigned hereunto duly authorized.
"""


def test_labels_set_out_as_datelines_are_no_places() -> None:
    record = parse(submission(_DIVIDEND_ITEM, filed="20210211"), "x.txt")
    assert record["press_releases"] == []
    for line in ("Record Date, March 15, 2021 -- holders of record",
                 "Ex-Dividend Date, March 12, 2021 -- Acme shares trade",
                 "Annual Meeting, May 12, 2021 -- Shareholders approved",
                 "Investor Day, March 3, 2021 -- Acme today announced",
                 "Dividend Payable, April 1, 2021 -- Acme",
                 "Webcast, March 3, 2021 -- Acme today announced"):
        assert match_dateline(line) is None, line
    # places whose names hold such words are still places
    for line, city in (("SALT LAKE CITY, Utah, March 3, 2021 -- Acme", "SALT LAKE CITY"),
                       ("LAKE SUCCESS, N.Y., March 3, 2021 -- Acme", "LAKE SUCCESS")):
        found = match_dateline(line)
        assert found is not None and found[1].group("city") == city


# A 2005 bank's release closing with its figures under "FINANCIAL HIGHLIGHTS (Unaudited)" and
# the company's name; a highlights list in the narrative stays in the body
_HIGHLIGHTS_TABLE = """\
Fabrikam Bancorp Reports Record Second Quarter Earnings

COLUMBUS, Ohio, July 21, 2005 -- Fabrikam Bancorp, Inc. (NASDAQ: FABK) today reported net
income of $4.2 million for the second quarter of 2005.

Second Quarter Financial Highlights

  *  Net interest margin of 4.12%, up from 3.98%
  *  Loans grew 9% from a year ago

"It was a strong quarter for our customers and shareholders," said John Smith, President.

                            FABRIKAM BANCORP, INC.
                       FINANCIAL HIGHLIGHTS (Unaudited)
                 (Dollars in thousands, except per share data)
                                                 Three Months Ended June 30,
                                                   2005             2004
Net interest income                             $ 12,114         $ 11,020
Net income                                      $  4,211         $  3,877
"""


def test_body_ends_at_a_financial_highlights_table() -> None:
    [release] = parse_press_releases(_HIGHLIGHTS_TABLE, "EX-99.1")
    assert release["body"].endswith(
        '"It was a strong quarter for our customers and shareholders," said John Smith, '
        "President.")
    assert "\n\n* Loans grew 9% from a year ago" in release["body"]
    assert release["highlights"] == ["Net interest margin of 4.12%, up from 3.98%",
                                     "Loans grew 9% from a year ago"]
