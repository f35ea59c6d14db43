"""Press releases, round 28 audit: false positives of the round's own rules, in layouts of
real EX-99 releases (plain text, or HTML rendered to text)."""

from __future__ import annotations

from filing2json.parsers.sections.press_quotes import find_quotes
from filing2json.parsers.sections.press_release import parse_press_release
from filing2json.parsers.sections.press_tickers import find_tickers
from filing2json.parsers.text import html_to_text
from support import release_of

_HEAD = """\
Northwind Energy Reports Third Quarter 2015 Results

HOUSTON, Nov. 5, 2015 /PRNewswire/ -- Northwind Energy Corp. (NYSE: NWE) today reported
third quarter 2015 net income of $12.3 million, or $0.41 per diluted share.

Northwind Energy will hold a conference call on November 6, 2015 at 10:00 a.m. Central Time.

"""


def test_unheaded_safe_harbour_keeps_its_opening_sentence() -> None:
    release = release_of(
        _HEAD + "This press release contains statements that are not historical facts. These "
        "forward-looking statements are based on current expectations, and actual results may "
        "differ materially.\n"
    )
    assert release["forward_looking_statements"].startswith(
        "This press release contains statements that are not historical facts. These")
    release = release_of(
        _HEAD + "Except for historical information, the matters discussed in this press "
        "release are subject to change. The Company's forward-looking statements speak only as "
        "of the date of this release.\n"
    )
    assert release["forward_looking_statements"].startswith("Except for historical information")


def test_about_ends_at_the_safe_harbours_first_sentence() -> None:
    release = release_of(
        _HEAD + "About Northwind Energy Corp.\n\nNorthwind Energy Corp. is an independent oil "
        "and natural gas company headquartered in Houston, Texas. For more information, visit "
        "www.northwindenergy.com. This press release contains statements that are not "
        "historical facts. These forward-looking statements involve risks and uncertainties.\n"
    )
    assert release["about"]["text"] == (
        "Northwind Energy Corp. is an independent oil and natural gas company headquartered "
        "in Houston, Texas. For more information, visit www.northwindenergy.com.")
    assert release["forward_looking_statements"].startswith(
        "This press release contains statements that are not historical facts.")


_QUOTE = ('"We finished the year with strong momentum and record backlog, and we enter 2014 '
          'well positioned."')


def test_name_and_job_line_under_a_quote_that_signs_nothing() -> None:
    # the next speaker's sub-heading, over a paragraph about him
    html = (
        "<p>John Smith, Chairman and Chief Executive Officer, commented on the results.</p>"
        f"<p>{_QUOTE}</p><p><b>Robert Brown, Chief Financial Officer</b></p>"
        "<p>Mr. Brown reviewed the financial results, noting that revenue grew 12% to $250 "
        "million.</p>"
    )
    assert all(q["speaker"] != "Robert Brown" for q in find_quotes(html_to_text(html)))
    # a contact, a bio line, a sub-heading, a table row
    for line in (
        "Jane Doe, Vice President, Investor Relations\n\n(713) 555-1212\n\njane.doe@acme.com",
        "Jane Doe, Vice President, Investor Relations (713) 555-1212",
        "Jane Roe, retired Chief Financial Officer of Boeing",
        "John Smith, Chairman, to Present at Goldman Sachs Energy Conference\n\nAcme will "
        "webcast the presentation.",
        "John Smith, Chief Executive Officer    $ 450,000",
    ):
        assert find_quotes(f"{_QUOTE}\n\n{line}") == [], line
    # a signature still signs
    [quote] = find_quotes(f"{_QUOTE}\n\nThomas J. Reilly, President and Chief Executive Officer")
    assert quote["speaker"] == "Thomas J. Reilly"


def test_company_named_after_its_founder_is_no_speaker() -> None:
    text = (
        "Michael Dell, chairman, spoke at the company's annual analyst meeting.\n\n"
        "Kevin Rollins, chief executive officer, said the company saw strong demand in the "
        "quarter. Dell said it expects revenue to rise 15% next year. \"We see strong demand in "
        'every region," he said.'
    )
    [quote] = find_quotes(text)
    assert (quote["speaker"], quote["role"]) == ("Kevin Rollins", "chief executive officer")


def test_eqs_label_line_carrying_the_headline() -> None:
    release = release_of(
        "DGAP-News: Nordwind AG: Nordwind Reports Record Third Quarter Results\n\n"
        "MUNICH, Nov. 5, 2015 /PRNewswire/ -- Nordwind AG (NYSE: NWD) today reported record "
        "third quarter results.\n"
    )
    assert release["headline"] == "Nordwind AG: Nordwind Reports Record Third Quarter Results"
    release = release_of(
        "EQS-Adhoc: Nordwind N.V. Announces Pricing of Public Offering\n\n"
        "AMSTERDAM, Nov. 5, 2021 (GLOBE NEWSWIRE) -- Nordwind N.V. (NASDAQ: NWND) today "
        "announced the pricing of its public offering.\n"
    )
    assert release["headline"] == "Nordwind N.V. Announces Pricing of Public Offering"


def test_event_list_lines_are_no_datelines() -> None:
    # (with no dateline the text reads as no press release at all)
    release = parse_press_release(
        "ACME CORPORATION ANNOUNCES SCHEDULE OF ANNUAL MEETINGS\n\n"
        "Acme Corporation will hold its regional shareholder meetings as follows:\n\n"
        "     Cleveland, Ohio, May 1, 1995 . . . . . . . . . Hotel Statler\n"
        "     Akron, Ohio, May 8, 1995 . . . . . . . . . . . Quaker Square\n",
        "EX-99.1",
    )
    assert release is None or release["dateline"] is None
    release = parse_press_release(
        "Acme Corp to Present at Investor Conferences\n\n"
        "Management of Acme Corp. (NASDAQ: ACME) will present at the following conferences:\n\n"
        "New York, NY / 2nd Annual Growth Conference / March 3, 2014 / Webcast at www.acme.com\n"
        "Boston, MA / 15th Annual Tech Summit / March 10, 2014 / Webcast at www.acme.com\n",
        "EX-99.1",
    )
    assert release is None or release["dateline"] is None


def test_lone_letters_after_a_ticker_are_no_class() -> None:
    for text in ("Acme Corp. (NYSE: ACM A and B) today", "Acme Corp. (NYSE: ACM A & B) today",
                 "Acme Corp. (NYSE: ACM A and B shares) today",
                 "Acme Corp. (NYSE: ACM S & P 500 member) today"):
        assert find_tickers(text) == [{"exchange": "NYSE", "symbol": "ACM"}], text


def test_role_run_into_a_request_or_a_building_is_no_contact() -> None:
    for tail in ("Media Inquiries Please Call Jane Doe at (713) 555-1212.\n",
                 "Investor Relations John Hancock Tower, 200 Clarendon Street, Boston, MA 02116 "
                 "(617) 555-1212\n"):
        assert release_of(_HEAD + tail)["contacts"] == [], tail
