"""Press releases (round 30): where a headed safe harbour ends, and highlights grouped under
labels, stacked headings and a lead-in sentence; layouts of real 1995-2025 EX-99 releases."""

from __future__ import annotations

from filing2json.parsers.sections.press_release import parse_press_release
from filing2json.parsers.text import html_to_text

# A 2015 release whose safe harbour is followed by the company's name in capitals over its
# statements (1990s-2010s text exhibits print the tables right after the last paragraph)
_SAFE_HARBOUR_OVER_TABLES = """\
Northwind Drilling Corp. Reports Record Fourth Quarter Results

HOUSTON, Texas, Feb. 5, 2015 -- Northwind Drilling Corp. (NYSE: NWD) today reported record
results for the fourth quarter ended December 31, 2014.

Revenue for the fourth quarter was $100.2 million, up 14% from a year ago.

FORWARD-LOOKING STATEMENTS

This press release contains forward-looking statements within the meaning of the Private
Securities Litigation Reform Act of 1995. Actual results may differ materially.

                         NORTHWIND DRILLING CORP.
                CONSOLIDATED STATEMENTS OF OPERATIONS
                 (In thousands, except per share data)

                                           2014          2013
Revenues                              $ 100,200     $  87,900
"""

# The wire's "Source:" line (GlobeNewswire, Business Wire) right under the safe harbour
_SAFE_HARBOUR_THEN_SOURCE = """\
Contoso Therapeutics Announces Positive Phase 2 Results

CAMBRIDGE, Mass., March 3, 2021 (GLOBE NEWSWIRE) -- Contoso Therapeutics, Inc. (Nasdaq: CTSO)
today announced positive topline results from its Phase 2 trial of CT-101.

About Contoso Therapeutics

Contoso Therapeutics, Inc. is a clinical-stage biotechnology company.

Forward-Looking Statements

This press release contains forward-looking statements. These statements are subject to
risks and uncertainties that could cause actual results to differ materially.

Source: Contoso Therapeutics, Inc.

Investor Contact:
Jane Doe
(617) 555-0100
"""


def test_headed_safe_harbour_ends_at_name_over_tables_or_source_line() -> None:
    release = parse_press_release(_SAFE_HARBOUR_OVER_TABLES, "EX-99.1")
    assert release is not None
    assert release["forward_looking_statements"] == (
        "This press release contains forward-looking statements within the meaning of the "
        "Private Securities Litigation Reform Act of 1995. Actual results may differ "
        "materially."
    )
    release = parse_press_release(_SAFE_HARBOUR_THEN_SOURCE, "EX-99.1")
    assert release is not None
    fls = release["forward_looking_statements"]
    assert fls is not None
    assert fls.endswith("could cause actual results to differ materially.")
    assert "Source:" not in fls


_NAME_IN_MIXED_CASE = """\
Acme Robotics Reports Third Quarter 2012 Results

SAN JOSE, Calif., Oct. 25, 2012 /PRNewswire/ -- Acme Robotics, Inc. (NASDAQ: ACMR) today
reported results for its third quarter.

Safe Harbor Statement

Statements in this release that are not historical facts are forward-looking statements
that involve risks and uncertainties.

Acme Robotics, Inc.

Condensed Consolidated Statements of Operations
"""


def test_headed_safe_harbour_ends_at_name_in_mixed_case() -> None:
    release = parse_press_release(_NAME_IN_MIXED_CASE, "EX-99.1")
    assert release is not None
    assert release["forward_looking_statements"] == (
        "Statements in this release that are not historical facts are forward-looking "
        "statements that involve risks and uncertainties."
    )


# A 2019 energy release: items grouped under "Financial" / "Operational" labels
_GROUPED_HEAD = """\
Redstone Energy Reports Fourth Quarter 2018 Results

MIDLAND, Texas, Feb. 20, 2019 -- Redstone Energy, Inc. (NYSE: RSE) today reported financial
and operating results for the fourth quarter of 2018.

Fourth Quarter 2018 Highlights

Financial
  -  Net income of $45.2 million, or $0.52 per diluted share
  -  Adjusted EBITDA of $120.4 million

"""
_GROUPED = _GROUPED_HEAD + """\
Operational:
  -  Production averaged 42,500 Boe per day, up 18% year over year
  -  Completed 12 gross wells in the Delaware Basin

"2018 was a transformational year for Redstone," said John Smith, Chief Executive Officer.
"""

# A 2003 release: a second heading right under the first list's last item, "o" bullets
_STACKED = """\
Fabrikam Semiconductor Reports Second Quarter Results

BOSTON, July 22, 2003 -- Fabrikam Semiconductor Corp. (NASDAQ: FABS) today reported its
results for the second quarter ended June 28, 2003.

Second Quarter Highlights:
o Revenue of $52.3 million, up 14% from a year ago.
o Gross margin of 48.2%, up from 45.1%.
Business Highlights:
o Signed three new OEM agreements.
o Opened a design center in Austin, Texas.

"Our execution was solid," said John Smith, President.
"""


def test_highlights_grouped_under_labels_and_stacked_headings() -> None:
    release = parse_press_release(_GROUPED, "EX-99.1")
    assert release is not None
    assert release["highlights"] == [
        "Net income of $45.2 million, or $0.52 per diluted share",
        "Adjusted EBITDA of $120.4 million",
        "Production averaged 42,500 Boe per day, up 18% year over year",
        "Completed 12 gross wells in the Delaware Basin",
    ]
    # (a label under a list that opened with none heads the body's items: "Outlook")
    text = _GROUPED.replace("\nFinancial\n", "\n").replace("Operational:", "Outlook")
    release = parse_press_release(text, "EX-99.1")
    assert release is not None
    assert release["highlights"] == [
        "Net income of $45.2 million, or $0.52 per diluted share",
        "Adjusted EBITDA of $120.4 million",
    ]
    # (the same labelled lists under a heading of no highlights are the body's)
    text = _GROUPED.replace("Fourth Quarter 2018 Highlights", "Drilling Program")
    release = parse_press_release(text, "EX-99.1")
    assert release is not None
    assert release["highlights"] == []
    release = parse_press_release(_STACKED, "EX-99.1")
    assert release is not None
    assert release["highlights"] == [
        "Revenue of $52.3 million, up 14% from a year ago.",
        "Gross margin of 48.2%, up from 45.1%.",
        "Signed three new OEM agreements.",
        "Opened a design center in Austin, Texas.",
    ]


# A 2003 release whose list is led by the dateline paragraph's last sentence
_LEAD_IN = """\
Fabrikam Semiconductor Reports Second Quarter Results

BOSTON, July 22, 2003 -- Fabrikam Semiconductor Corp. (NASDAQ: FABS) today reported its
second quarter results. Highlights of the quarter included:

     1.   Revenue of $52.3 million, up 14% from a year ago.
     2.   Gross margin of 48.2%, up from 45.1%.
     3.   Cash and investments of $210 million at quarter end.

"Our execution was solid," said John Smith, President.
"""

_LEAD_IN_HTML = """\
<html><body>
<p><b>Fabrikam Semiconductor Reports Second Quarter Results</b></p>
<p>BOSTON, July 22, 2008 /PRNewswire/ -- Fabrikam Semiconductor Corp. (NASDAQ: FABS) today
reported its second quarter results. Highlights for the quarter included:</p>
<ul><li>Revenue of $52.3 million, up 14% from a year ago.</li>
<li>Gross margin of 48.2%, up from 45.1%.</li></ul>
<p>"Our execution was solid," said John Smith, President.</p>
</body></html>
"""


def test_highlights_led_in_by_a_sentence() -> None:
    release = parse_press_release(_LEAD_IN, "EX-99.1")
    assert release is not None
    assert release["highlights"] == [
        "Revenue of $52.3 million, up 14% from a year ago.",
        "Gross margin of 48.2%, up from 45.1%.",
        "Cash and investments of $210 million at quarter end.",
    ]
    release = parse_press_release(html_to_text(_LEAD_IN_HTML), "EX-99.1")
    assert release is not None
    assert release["highlights"] == [
        "Revenue of $52.3 million, up 14% from a year ago.",
        "Gross margin of 48.2%, up from 45.1%.",
    ]


# A 2009 release: a safe harbour with no heading whose risks are listed under its "include:"
_HEADINGLESS_WITH_LIST = """\
Fabrikam Semiconductor Reports Third Quarter Results

SAN JOSE, Calif., October 20, 2009 -- Fabrikam Semiconductor Corp. (NASDAQ: FABS) today
reported results for its third quarter ended September 26, 2009.

Revenue for the quarter was $52.3 million.

This press release contains forward-looking statements within the meaning of the Private
Securities Litigation Reform Act of 1995. Factors that could cause actual results to differ
materially include:

  *  the level of demand for our products;
  *  competitive pressures in our markets; and
  *  general economic conditions.

Fabrikam undertakes no obligation to update any forward-looking statement.

About Fabrikam Semiconductor

Fabrikam Semiconductor Corp. designs analog chips for consumer electronics.
"""


def test_headingless_safe_harbour_runs_through_its_listed_risks() -> None:
    release = parse_press_release(_HEADINGLESS_WITH_LIST, "EX-99.1")
    assert release is not None
    fls = release["forward_looking_statements"]
    assert fls is not None
    assert fls.split("\n\n")[1:] == [
        "* the level of demand for our products;",
        "* competitive pressures in our markets; and",
        "* general economic conditions.",
        "Fabrikam undertakes no obligation to update any forward-looking statement.",
    ]
    assert release["about"] is not None
    assert release["about"]["text"].startswith("Fabrikam Semiconductor Corp. designs")


# A 1998 text exhibit: the safe harbour runs over a <PAGE> break, the company's name printed
# atop the next page as a running head
_SAFE_HARBOUR_OVER_PAGE = """\
Acme Robotics Reports Third Quarter 1998 Results

SAN JOSE, Calif., Oct. 25, 1998 -- Acme Robotics, Inc. (NASDAQ: ACMR) today
reported net income of $3.1 million for its third quarter.

"Our execution was solid," said John Smith, President.

Safe Harbor Statement

Statements in this release that are not historical facts are forward-looking
statements that involve risks and uncertainties, including the timely development
and market acceptance of products and technologies.

<PAGE>

{head}

{after}

                                  # # #
"""
_ON = """Actual results may differ materially from those projected. Acme undertakes no
obligation to update these forward-looking statements."""


def test_headed_safe_harbour_goes_on_under_a_running_head() -> None:
    for head in ("ACME ROBOTICS, INC.", "Acme Robotics, Inc."):
        release = parse_press_release(
            _SAFE_HARBOUR_OVER_PAGE.format(head=head, after=_ON), "EX-99")
        assert release is not None
        assert release["forward_looking_statements"] == (
            "Statements in this release that are not historical facts are forward-looking "
            "statements that involve risks and uncertainties, including the timely "
            "development and market acceptance of products and technologies.\n\n"
            "Actual results may differ materially from those projected. Acme undertakes no "
            "obligation to update these forward-looking statements."
        )
    # the name over an About paragraph (no safe-harbour words) still ends it
    about = ("Acme Robotics, Inc. is a leading provider of industrial automation systems\n"
             "for manufacturers in North America and Europe.")
    release = parse_press_release(
        _SAFE_HARBOUR_OVER_PAGE.format(head="Acme Robotics, Inc.", after=about), "EX-99")
    assert release is not None
    assert release["forward_looking_statements"].endswith("products and technologies.")


# A 1997 text release: a "FINANCIAL HIGHLIGHTS" table whose sub-headings sit over
# underlines EDGAR escaped as "- -----" (no grouped list of items)
_HIGHLIGHTS_TABLE = """\
Redstone Energy Reports Fourth Quarter 1997 Results

MIDLAND, Texas, Feb. 20, 1998 -- Redstone Energy, Inc. (NYSE: RSE) today reported financial
and operating results for the fourth quarter of 1997.

"1997 was a transformational year for Redstone," said John Smith, Chief Executive Officer.

                         FINANCIAL HIGHLIGHTS

Operating Results
- -----------------
Net sales                               $ 100,200     $  87,900
Net income                                  4,100         3,200

Balance Sheet Data
- -----------------
Total assets                            $ 500,100     $ 450,000
"""

# A 2019 release: grouped highlights, then "Outlook" and "Conference Call" lists of their own
_GROUPED_THEN_OTHER_LISTS = _GROUPED_HEAD + """\
Operational
  -  Production averaged 42,500 Boe per day

{label}
  -  2019 capital budget of $300 million
  -  Production growth of 10% to 12%

Revenue for the quarter was $100 million.
"""


def test_highlights_table_underlines_and_other_lists_are_no_groups() -> None:
    release = parse_press_release(_HIGHLIGHTS_TABLE, "EX-99")
    assert release is not None
    assert release["highlights"] == []
    for label in ("2019 Outlook", "Guidance", "Conference Call Information"):
        release = parse_press_release(_GROUPED_THEN_OTHER_LISTS.format(label=label), "EX-99")
        assert release is not None
        assert release["highlights"] == [
            "Net income of $45.2 million, or $0.52 per diluted share",
            "Adjusted EBITDA of $120.4 million",
            "Production averaged 42,500 Boe per day",
        ]
    # a further group of highlights is still taken in
    release = parse_press_release(_GROUPED_THEN_OTHER_LISTS.format(label="Strategic"), "EX-99")
    assert release is not None
    assert release["highlights"][-1] == "Production growth of 10% to 12%"
