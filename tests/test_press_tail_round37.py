"""About and safe harbour, round 37: an About holding a list under its lead-in, a
headingless safe harbour's risks listed with stops, a headed safe harbour ending at the
company's headingless standing paragraph (1990s), and a run-in "SAFE HARBOR STATEMENT ...:"
whose text never says "forward-looking"."""

from __future__ import annotations

from filing2json.parsers.sections.press_release import parse_press_release
from filing2json.parsers.text import html_to_text

# A 2023 PR Newswire release: the About lists the company's businesses
_ABOUT_LIST_2023 = """<html><body>
<p><b>Contoso Health Announces Launch of CareLink Platform</b></p>
<p>NASHVILLE, Tenn., June 8, 2023 /PRNewswire/ -- Contoso Health, Inc. (NYSE: CTSO), a
provider of home health services, today announced the launch of CareLink, a remote
monitoring platform for its patients.</p>
<p>The platform will be available to patients in 14 states by the end of the year.</p>
<p><b>About Contoso Health</b></p>
<p>Contoso Health, Inc. is a leading provider of home health and hospice services. The
company operates:</p>
<ul>
<li>more than 300 home health agencies;</li>
<li>120 hospice locations; and</li>
<li>a personal care business in 9 states.</li>
</ul>
<p>For more information, visit www.contosohealth.com.</p>
<p><b>Forward-Looking Statements</b></p>
<p>Certain statements in this release are forward-looking statements. Actual results may
differ materially from those expressed in these statements.</p>
<p>SOURCE Contoso Health, Inc.</p>
</body></html>"""


def test_about_keeps_the_list_under_its_lead_in() -> None:
    release = parse_press_release(html_to_text(_ABOUT_LIST_2023), "EX-99.1")
    about = release["about"]
    assert about["company"] == "Contoso Health"
    text = about["text"]
    assert text.startswith("Contoso Health, Inc. is a leading provider of home health")
    assert "\u2022 120 hospice locations; and" in text
    assert "\u2022 a personal care business in 9 states." in text
    assert text.endswith("For more information, visit www.contosohealth.com.")
    assert "forward-looking" not in text
    # a list printed as a table of bullet cells, its items ending with stops
    table = _ABOUT_LIST_2023.replace(
        "<ul>\n<li>more than 300 home health agencies;</li>\n<li>120 hospice locations; and"
        "</li>\n<li>a personal care business in 9 states.</li>\n</ul>",
        "<table><tr><td>&#8226;</td><td>Home Health.</td></tr>\n"
        "<tr><td>&#8226;</td><td>Hospice.</td></tr>\n"
        "<tr><td>&#8226;</td><td>Personal Care.</td></tr></table>",
    )
    text = parse_press_release(html_to_text(table), "EX-99.1")["about"]["text"]
    assert "\u2022 Hospice.\n\n\u2022 Personal Care." in text
    assert text.endswith("visit www.contosohealth.com.")


# A 2022 GlobeNewswire release: the safe harbour has no heading and lists its risks as a
# table of bullets, each a sentence
_LISTED_RISKS_2022 = """<html><body>
<p><b>Proseware Reports Record Fiscal 2022 Revenue</b></p>
<p>PHOENIX, Sept. 14, 2022 (GLOBE NEWSWIRE) -- Proseware, Inc. (NASDAQ: PRSW) today reported
record revenue of $310 million for fiscal 2022.</p>
<p>Gross margin improved to 41%.</p>
<p><b>About Proseware</b></p>
<p>Proseware, Inc. is a leading provider of payroll software for small businesses.
Proseware is headquartered in Phoenix, Arizona.</p>
<p>This press release contains forward-looking statements that are subject to risks and
uncertainties. Important factors that could cause actual results to differ materially
include the following:</p>
<table><tr><td>&#8226;</td><td>Our ability to retain customers.</td></tr>
<tr><td>&#8226;</td><td>Competition in our markets.</td></tr>
<tr><td>&#8226;</td><td>General economic conditions.</td></tr></table>
<p>Proseware undertakes no duty to update these forward-looking statements.</p>
<p><b>Investor Relations Contact:</b><br>Pat Green<br>(602) 555-0188</p>
</body></html>"""


def test_headingless_safe_harbour_keeps_risks_listed_with_stops() -> None:
    release = parse_press_release(html_to_text(_LISTED_RISKS_2022), "EX-99.1")
    fls = release["forward_looking_statements"]
    assert fls.startswith("This press release contains forward-looking statements")
    assert "\u2022 Competition in our markets.\n\n\u2022 General economic conditions." in fls
    assert fls.endswith("Proseware undertakes no duty to update these forward-looking statements.")
    assert "Pat Green" not in fls
    assert release["about"]["text"].endswith("headquartered in Phoenix, Arizona.")


# A 1996 release: a headed safe harbour, then the company's paragraph with no heading
_STANDING_AFTER_1996 = """                  FOURTH SHIFT REPORTS THIRD QUARTER RESULTS

     MINNEAPOLIS, Oct. 22, 1996 -- Fourth Shift Corp. (Nasdaq:FSFT) today reported
revenues of $14.2 million for the third quarter of 1996.

     The company's backlog increased to $6.1 million.

"Safe Harbor" Statement under the Private Securities Litigation Reform Act of 1995:

     The statements contained in this release which are not historical facts are
forward-looking statements that are subject to risks and uncertainties, including
market acceptance of the company's products and competition.

     Fourth Shift Corp. develops and markets manufacturing software for mid-sized
manufacturers. The company is headquartered in Minneapolis, Minnesota.

                                    -30-
"""


def test_headed_safe_harbour_ends_at_the_headingless_about() -> None:
    release = parse_press_release(_STANDING_AFTER_1996, "EX-99.1")
    fls = release["forward_looking_statements"]
    assert fls.startswith("The statements contained in this release which are not historical")
    assert fls.endswith("market acceptance of the company's products and competition.")
    about = release["about"]
    assert about["company"] == "Fourth Shift Corp."
    assert about["text"].startswith("Fourth Shift Corp. develops and markets manufacturing")
    # the safe harbour's own paragraph naming the company goes on
    text = _STANDING_AFTER_1996.replace(
        "     Fourth Shift Corp. develops",
        "     Fourth Shift Corp. operates in a market that involves risks, and undertakes no\n"
        "obligation to update these statements.\n\n     Fourth Shift Corp. develops",
    )
    fls = parse_press_release(text, "EX-99.1")["forward_looking_statements"]
    assert fls.endswith("undertakes no obligation to update these statements.")


# A 1997 release: the safe harbour's heading in capitals run into a text that says
# "risks and uncertainties" but never "forward-looking"
_CAPS_RUN_IN_1997 = """                  ACME MICRO DEVICES REPORTS RECORD REVENUES

     SUNNYVALE, Calif., Jan. 15, 1997 -- Acme Micro Devices, Inc. (Nasdaq:AMDV) today
reported record revenues of $45.2 million for its fourth quarter ended December 31, 1996.

     "We are pleased with our results," said John Smith, president and chief executive
officer.

     SAFE HARBOR STATEMENT UNDER THE PRIVATE SECURITIES LITIGATION REFORM ACT OF 1995:
Statements in this press release which are not historical, including statements
regarding new product introductions, involve risks and uncertainties which could cause
actual results to differ materially.

     Acme Micro Devices, Inc. designs, develops and markets high-performance
semiconductors for the networking market. The company is headquartered in Sunnyvale,
California.

                                    # # #
"""


def test_run_in_safe_harbor_heading_without_forward_looking() -> None:
    release = parse_press_release(_CAPS_RUN_IN_1997, "EX-99.1")
    fls = release["forward_looking_statements"]
    assert fls.startswith("SAFE HARBOR STATEMENT UNDER THE PRIVATE SECURITIES LITIGATION")
    assert fls.endswith("could cause actual results to differ materially.")
    assert "SAFE HARBOR" not in release["body"]
    assert release["body"].endswith("president and chief executive officer.")
    assert release["about"]["company"] == "Acme Micro Devices, Inc."
    # so is a "Cautionary Statement:" run into its text
    text = _CAPS_RUN_IN_1997.replace(
        "SAFE HARBOR STATEMENT UNDER THE PRIVATE SECURITIES LITIGATION REFORM ACT OF 1995:\n"
        "Statements", "Cautionary Statement: Investors are cautioned that statements")
    fls = parse_press_release(text, "EX-99.1")["forward_looking_statements"]
    assert fls.startswith("Cautionary Statement: Investors are cautioned that")


# A 2019 PR Newswire release: a legend under the dateline paragraph points to the safe
# harbour at the release's end
_LEGEND_2019 = """Woodgrove Energy Announces 2020 Capital Budget

HOUSTON, Dec. 12, 2019 /PRNewswire/ -- Woodgrove Energy Corporation (NYSE: WGE) today
announced a 2020 capital budget of $450 million to $500 million.

(This news release contains forward-looking statements. Please refer to the cautionary
note regarding forward-looking statements at the end of this news release.)

The budget focuses on the Permian Basin, where the company plans to run four rigs.

"This budget keeps us within cash flow," said Tom Reed, chief executive officer.

About Woodgrove Energy

Woodgrove Energy Corporation is an independent oil and gas company headquartered in
Houston, Texas.

Cautionary Note Regarding Forward-Looking Statements

This release includes forward-looking statements, including statements about the 2020
capital budget. Actual results could differ materially from those projected.

Contact: Ann Reed, (713) 555-0100
"""


def test_legend_pointing_below_leaves_the_body_whole() -> None:
    release = parse_press_release(_LEGEND_2019, "EX-99.1")
    fls = release["forward_looking_statements"]
    assert fls.startswith("This release includes forward-looking statements, including")
    assert fls.endswith("Actual results could differ materially from those projected.")
    body = release["body"]
    assert "where the company plans to run four rigs." in body
    assert body.endswith('said Tom Reed, chief executive officer.')
    assert release["about"]["company"] == "Woodgrove Energy"
    # a legend with "See ... below" mid-body, the safe harbour headed after the quote
    text = _LEGEND_2019.replace(
        "(This news release contains forward-looking statements. Please refer to the cautionary\n"
        "note regarding forward-looking statements at the end of this news release.)",
        "This press release includes forward-looking statements within the meaning of the\n"
        "Private Securities Litigation Reform Act of 1995. See \"Cautionary Note\" below for a\n"
        "discussion of the risks relating to these statements.")
    release = parse_press_release(text, "EX-99.1")
    assert release["forward_looking_statements"].startswith("This release includes")
    assert release["body"].endswith("chief executive officer.")
    # with no safe harbour below, the legend is the release's only one
    alone = text[: text.index("About Woodgrove")]
    fls = parse_press_release(alone, "EX-99.1")["forward_looking_statements"]
    assert fls.startswith("This press release includes forward-looking statements")


_HEAD_2015 = """Acme Corp. Reports Record Third Quarter Results

AUSTIN, Texas, Oct. 20, 2015 -- Acme Corp. (NASDAQ: ACME) today reported revenue of $120
million for the third quarter, up 15% from a year ago.

"We had a strong quarter," said John Smith, chief executive officer.

"""


def test_run_in_notice_headings_that_say_nothing_of_risks_stay_body() -> None:
    # audit: a notice under a safe-harbour-like heading is no safe harbour
    for notice in (
            "Cautionary Statement: This notice of annual meeting is not a solicitation of "
            "proxies. Stockholders should read the proxy statement when it becomes available.",
            "Safe Harbor: Acme's shares have not been registered under the Securities Act and "
            "may not be offered or sold in the United States absent registration."):
        release = parse_press_release(f"{_HEAD_2015}{notice}\n\nContact: Jane Doe, 512-555-0100\n",
                                      "EX-99.1")
        assert release["forward_looking_statements"] is None, notice
        assert release["body"].endswith(notice[-40:]), notice


def test_a_short_safe_harbour_saying_see_below_is_the_safe_harbour() -> None:
    # audit: a safe harbour of its own pointing to risk factors below is no mere pointer
    fls = ("Statements in this release about future revenue are forward-looking statements "
           "that involve risks and uncertainties; see the risk factors listed below. Acme "
           "undertakes no obligation to update them.")
    text = (f"{_HEAD_2015}{fls}\n\nNon-GAAP Financial Measures\n\nAcme does not provide a "
            "reconciliation of its forward-looking non-GAAP guidance to GAAP because of the "
            "difficulty of predicting certain items, and its forward-looking statements about "
            "guidance are based on current estimates which could change materially.\n\n"
            "Contact: Jane Doe, 512-555-0100\n")
    assert parse_press_release(text, "EX-99.1")["forward_looking_statements"] == fls


def test_safe_harbour_paragraphs_opening_with_the_company_stay_in_it() -> None:
    # audit: "Acme Corp. operates in a rapidly changing environment ..." is no About
    text = _CAPS_RUN_IN_1997.replace(
        "     Acme Micro Devices, Inc. designs, develops and markets high-performance\n"
        "semiconductors for the networking market. The company is headquartered in Sunnyvale,\n"
        "California.\n",
        "     Acme Micro Devices, Inc. operates in a rapidly changing environment. New\n"
        "factors emerge from time to time, and it is not possible for management to predict\n"
        "all such factors.\n")
    release = parse_press_release(text, "EX-99.1")
    assert release["about"] is None
    assert release["forward_looking_statements"].endswith("to predict all such factors.")
