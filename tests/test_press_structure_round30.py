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


# A 2021 EX-99.1 with three releases of the same day and place: results, a conference call
# notice and a dividend; only the last prints contacts, the second a safe harbour of its own
_THREE_SAME_DAY = """\
Acme Energy Reports Fourth Quarter 2020 Results

HOUSTON, Feb. 25, 2021 /PRNewswire/ -- Acme Energy Corp. (NYSE: AEC) today reported net
income of $12.4 million for the fourth quarter of 2020, or $0.52 per diluted share.

"We finished the year strong," said John Smith, Chief Executive Officer.

Investor Contact:
Jane Roe
(713) 555-0100

###

Acme Energy Schedules Fourth Quarter 2020 Conference Call

HOUSTON, Feb. 25, 2021 /PRNewswire/ -- Acme Energy Corp. (NYSE: AEC) today announced that
it will host a conference call at 10:00 a.m. Central Time on Friday, February 26, 2021.

This press release contains forward-looking statements within the meaning of the Private
Securities Litigation Reform Act of 1995. Actual results may differ materially.

SOURCE Acme Energy Corp.

###

Acme Energy Declares Quarterly Dividend

HOUSTON, Feb. 25, 2021 /PRNewswire/ -- Acme Energy Corp. (NYSE: AEC) today announced that
its Board of Directors declared a quarterly cash dividend of $0.10 per share, payable
March 31, 2021 to shareholders of record on March 15, 2021.

Media Contact:
Bob Smith
(713) 555-0120

###
"""

# A 2010 Business Wire EX-99.1: the release, "###", then its operating tables under the
# dateline and lead again, then the day's dividend release
_LEAD_AGAIN = """\
Acme Energy Reports Fourth-Quarter 2009 Results

HOUSTON--(BUSINESS WIRE)--Feb. 25, 2010--Acme Energy Corp. (NYSE: AEC) today reported
fourth-quarter 2009 net income of $12.4 million, or $0.52 per diluted share.

Investor Contact:
Jane Roe
(713) 555-0100

###

Acme Energy Corp.
Fourth-Quarter 2009 Operating Data

HOUSTON--(BUSINESS WIRE)--Feb. 25, 2010--Acme Energy Corp. (NYSE: AEC) today reported
fourth-quarter 2009 results. The tables below set out the quarter's operating data.

                                        Three Months Ended December 31,
                                             2009            2008
Production (Mboe/d)                          45.2            41.0

###

Acme Energy Declares Quarterly Dividend

HOUSTON--(BUSINESS WIRE)--Feb. 25, 2010--Acme Energy Corp. (NYSE: AEC) today announced
that its Board of Directors declared a quarterly cash dividend of $0.10 per share.

###
"""


def test_same_day_releases_are_each_read_and_a_supplement_is_passed_over() -> None:
    results, call, dividend = parse_press_releases(_THREE_SAME_DAY, "EX-99.1")
    assert [r["headline"] for r in (call, dividend)] == [
        "Acme Energy Schedules Fourth Quarter 2020 Conference Call",
        "Acme Energy Declares Quarterly Dividend"]
    assert [c["name"] for c in results["contacts"]] == ["Jane Roe"]
    assert results["forward_looking_statements"] is None
    assert call["forward_looking_statements"].startswith(
        "This press release contains forward-looking statements")
    assert [c["name"] for c in dividend["contacts"]] == ["Bob Smith"]
    assert dividend["date"] == "2021-02-25"
    # operating tables under the lead again are the first release's; the dividend is its own
    results, dividend = parse_press_releases(_LEAD_AGAIN, "EX-99.1")
    assert results["headline"] == "Acme Energy Reports Fourth-Quarter 2009 Results"
    assert dividend["headline"] == "Acme Energy Declares Quarterly Dividend"
    assert dividend["body"].endswith("a quarterly cash dividend of $0.10 per share.")


# A 2024 bank's release with a small highlights table right under its lead, the story below
_HIGHLIGHTS_ATOP = """\
Acme Bancorp Reports Fourth Quarter 2023 Results

DALLAS, Jan. 25, 2024 /PRNewswire/ -- Acme Bancorp, Inc. (NASDAQ: ACMB) today reported net
income of $12.4 million for the fourth quarter of 2023, or $0.52 per diluted share.

Fourth Quarter 2023 Financial Highlights (Unaudited)

                                    Q4 2023     Q3 2023     Q4 2022
Net income (in millions)            $  12.4     $  11.0     $  10.2
Diluted EPS                         $  0.52     $  0.46     $  0.43

"We finished the year strong," said John Smith, Chief Executive Officer. "Loan growth was
solid and deposits grew."

Net interest income increased 5% to $40.1 million compared with the third quarter of 2023.

About Acme Bancorp

Acme Bancorp, Inc. is a bank holding company based in Dallas, Texas.
"""


def test_a_highlights_table_atop_the_story_keeps_the_body() -> None:
    [release] = parse_press_releases(_HIGHLIGHTS_ATOP, "EX-99.1")
    assert release["body"].endswith(
        "Net interest income increased 5% to $40.1 million compared with the third quarter "
        "of 2023.")
    assert [(q["speaker"], q["text"]) for q in release["quotes"]] == [
        ("John Smith", "We finished the year strong. Loan growth was solid and deposits grew.")]
    # the capitals line over a narrative "Financial Highlights" list: the same
    text = _HIGHLIGHTS_ATOP.replace(
        "Fourth Quarter 2023 Financial Highlights (Unaudited)", "FOURTH QUARTER 2023\n\n"
        "Financial Highlights").replace(
        "                                    Q4 2023     Q3 2023     Q4 2022\n"
        "Net income (in millions)            $  12.4     $  11.0     $  10.2\n"
        "Diluted EPS                         $  0.52     $  0.46     $  0.43\n",
        "  *  Net income of $12.4 million\n  *  Diluted EPS of $0.52\n")
    [release] = parse_press_releases(text, "EX-99.1")
    assert len(release["quotes"]) == 1
    assert "\n\n* Diluted EPS of $0.52\n\n" in release["body"]


def test_one_word_places_named_like_labels_are_places() -> None:
    for line, city in (("CALL, Texas, March 3, 2021 -- Acme Bancshares, Inc. today announced",
                        "CALL"),
                       ("DAY, Fla., March 3, 2021 -- Acme Timber Co. today announced", "DAY")):
        found = match_dateline(line)
        assert found is not None and found[1].group("city") == city
    assert match_dateline("Ex-Dividend, March 12, 2021 -- Acme shares trade") is None
