"""About and safe harbour, round 36: a notice's heading run into its text after the safe
harbour or the About ("Non-GAAP Financial Measures. This release ...", "Conference Call:
Acme will host ...") ends it, and an HTML About heading run into its paragraph with no stop
("About Acme Robotics Acme Robotics, Inc. is ...") is read."""

from __future__ import annotations

from filing2json.parsers.sections.press_release import parse_press_release
from filing2json.parsers.text import html_to_text

# A 2016 PR Newswire release: the non-GAAP note's heading run into its paragraph
_NON_GAAP_2016 = """Acme Industries Reports Third Quarter 2016 Results

CHICAGO, Oct. 27, 2016 /PRNewswire/ -- Acme Industries, Inc. (NYSE: AIN) today reported
third quarter net sales of $512.3 million, up 4 percent from the prior year.

About Acme Industries

Acme Industries, Inc. is a diversified manufacturer of engineered components for the
aerospace and automotive markets. For more information, visit www.acmeind.com.

Forward-Looking Statements

This news release contains forward-looking statements, including statements about
expected sales and earnings. Actual results could differ materially because of factors
such as raw material costs and customer demand.

Additional information concerning these and other factors is contained in the Company's
Annual Report on Form 10-K. Acme undertakes no obligation to update these statements.

Non-GAAP Financial Measures. This release includes adjusted earnings per share, a
non-GAAP financial measure. Management believes adjusted earnings per share is useful to
investors because it excludes restructuring charges.

Investor Relations Contact:
Mary Major
(312) 555-0142
"""


def test_run_in_non_gaap_heading_ends_the_safe_harbour() -> None:
    release = parse_press_release(_NON_GAAP_2016, "EX-99.1")
    fls = release["forward_looking_statements"]
    assert fls.startswith("This news release contains forward-looking statements")
    # the safe harbour's own "Additional information concerning ..." goes on
    assert fls.endswith("Acme undertakes no obligation to update these statements.")
    assert "non-GAAP" not in fls
    # so do the other notices' headings run in with a colon or a dash
    for head in ("Use of Non-GAAP Financial Information:", "NON-GAAP FINANCIAL MEASURES --"):
        text = _NON_GAAP_2016.replace("Non-GAAP Financial Measures.", head)
        fls = parse_press_release(text, "EX-99.1")["forward_looking_statements"]
        assert fls.endswith("update these statements."), head


# A 2009 release: the call's notice run into its paragraph under the About
_CALL_2009 = """Acme Bancorp Reports Record Earnings for 2008

SPRINGFIELD, Ill., Jan. 22, 2009 -- Acme Bancorp, Inc. (Nasdaq: ABCP) today reported net
income of $14.1 million, or $1.21 per diluted share, for the year ended December 31, 2008.

About Acme Bancorp

Acme Bancorp, Inc. is the holding company for Acme Savings Bank, which operates twelve
offices in central Illinois.

Conference Call: Acme will host a conference call to discuss its results at 10:00 a.m.
Central Time on January 23, 2009. The call will be webcast at www.acmebancorp.com.

Contact: Robert Brown, Chief Financial Officer, (217) 555-0199
"""


def test_run_in_conference_call_ends_the_about() -> None:
    release = parse_press_release(_CALL_2009, "EX-99.1")
    assert release["about"] == {
        "company": "Acme Bancorp",
        "text": "Acme Bancorp, Inc. is the holding company for Acme Savings Bank, which "
                "operates twelve offices in central Illinois.",
    }


# A 2021 release in HTML: the About's bold heading run into its paragraph with no stop
_RUN_IN_2021 = """<html><body>
<p align="center"><b>Acme Robotics Reports Record Fourth Quarter Revenue</b></p>
<p>SAN JOSE, Calif., Jan. 28, 2021 /PRNewswire/ -- Acme Robotics, Inc. (NASDAQ: ACME) today
reported record revenue of $84.2 million for the fourth quarter of 2020.</p>
<p>&#8220;Demand for our collaborative robots was strong,&#8221; said John Smith, Chief
Executive Officer of Acme Robotics.</p>
<p><b>{heading}</b> {opening} is a leading provider of collaborative robots for
manufacturers. The company is headquartered in San Jose, California.</p>
<p><b>Safe Harbor Statement</b></p>
<p>This press release contains forward-looking statements that involve risks and
uncertainties. Actual results may differ materially.</p>
<p>Media Contact: Jane Doe, (408) 555-0100</p>
</body></html>"""


def _run_in(heading: str, opening: str) -> dict:
    html = _RUN_IN_2021.replace("{heading}", heading).replace("{opening}", opening)
    return parse_press_release(html_to_text(html), "EX-99.1")


def test_about_heading_run_in_without_a_stop() -> None:
    release = _run_in("About Acme Robotics", "Acme Robotics, Inc.")
    assert release["about"] == {
        "company": "Acme Robotics",
        "text": "Acme Robotics, Inc. is a leading provider of collaborative robots for "
                "manufacturers. The company is headquartered in San Jose, California.",
    }
    assert release["body"].endswith("said John Smith, Chief Executive Officer of Acme Robotics.")
    # in capitals with its ticker (whose colon is no inline heading's)
    release = _run_in("ABOUT ACME ROBOTICS (NASDAQ: ACME)", "Acme Robotics, Inc.")
    assert release["about"]["company"] == "ACME ROBOTICS"
    assert release["about"]["text"].startswith("Acme Robotics, Inc. is a leading provider")
    # a run-in heading over news stays in the body
    html = _RUN_IN_2021.replace(
        "<b>{heading}</b> {opening} is a leading provider of collaborative robots for\n"
        "manufacturers. The company is headquartered in San Jose, California.",
        "<b>About the Acquisition</b> Acme Robotics expects the acquisition to close in the "
        "second quarter of 2021.")
    release = parse_press_release(html_to_text(html), "EX-99.1")
    assert release["about"] is None
    assert release["body"].endswith("to close in the second quarter of 2021.")


# A 2001 bank holding company's release: "ABOUT THE COMPANY" opens with its subsidiary
_SUBSIDIARY_2001 = """           ACME BANCORP, INC. ANNOUNCES SECOND QUARTER EARNINGS

     TOPEKA, Kan., July 20, 2001 -- Acme Bancorp, Inc. (Nasdaq: ACBK) today reported net
income of $2.1 million, or $.52 per diluted share, for the second quarter of 2001.

     ABOUT THE COMPANY

     First Federal Savings Bank of Kansas, the Company's wholly owned subsidiary, operates
nine offices in northeast Kansas. Acme Bancorp, Inc. is headquartered in Topeka, Kansas.

     CONTACT: Mark Jones, President, (785) 555-0123
"""


def test_about_the_company_opening_with_its_subsidiary() -> None:
    release = parse_press_release(_SUBSIDIARY_2001, "EX-99.1")
    assert release["about"]["company"] == "Acme Bancorp, Inc."
    assert release["about"]["text"].startswith("First Federal Savings Bank of Kansas, the")
    text = _SUBSIDIARY_2001.replace(
        "the Company's wholly owned subsidiary,", "a wholly-owned subsidiary of the Company,")
    assert parse_press_release(text, "EX-99.1")["about"]["company"] == "Acme Bancorp, Inc."
    # the holding company itself in apposition is the company
    text = _SUBSIDIARY_2001.replace(
        "First Federal Savings Bank of Kansas, the Company's wholly owned subsidiary, operates",
        "Acme Financial Group, the holding company for First Federal, operates")
    assert parse_press_release(text, "EX-99.1")["about"]["company"] == "Acme Financial Group"


def test_a_safe_harbour_paragraph_in_capitals_is_no_notice_heading() -> None:
    # a 1990s safe harbour typed in capitals goes on: its "ADDITIONAL INFORMATION ..." is its
    # own sentence, where a capitals heading run into mixed-case text is a notice's
    from filing2json.parsers.sections.press_tail import other_section_run_in

    assert not other_section_run_in(
        "ADDITIONAL INFORMATION CONCERNING THESE AND OTHER FACTORS IS CONTAINED IN THE "
        "COMPANY'S FORM 10-K. THE COMPANY UNDERTAKES NO OBLIGATION TO UPDATE THESE STATEMENTS.")
    assert other_section_run_in(
        "NON-GAAP FINANCIAL MEASURES. This release includes adjusted earnings per share, "
        "which is not a measure of performance under GAAP.")
