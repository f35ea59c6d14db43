"""About and safe harbour, round 39: an outlook in the body that says "forward-looking
statements" above the headed safe harbour, and a "Disclaimer" heading over a safe harbour
that does not name itself."""

from __future__ import annotations

from filing2json.parsers.sections.press_release import parse_press_release
from filing2json.parsers.text import html_to_text

# A 2006 earnings release typed as text: the outlook says "forward-looking statements" and
# points below, where the headed safe harbour follows the call's notice and the About
_OUTLOOK_2006 = """\
              ACME ROBOTICS REPORTS RECORD THIRD QUARTER RESULTS

     DALLAS, Oct. 24, 2006 -- Acme Robotics, Inc. (Nasdaq: ACMR) today reported net income
of $4.2 million, or $0.31 per diluted share, for the third quarter ended September 30, 2006,
compared with $3.1 million, or $0.24 per diluted share, a year ago.

     "Orders from automotive customers grew in every region," said John Smith, President
and Chief Executive Officer.

Business Outlook

     For the fourth quarter of 2006, Acme expects revenue of $48 million to $50 million and
diluted earnings per share of $0.32 to $0.35. These forward-looking statements involve
risks and uncertainties, and actual results may differ materially; see "Forward-Looking
Statements" below.

     Acme will host a conference call today at 5:00 p.m. Eastern time to discuss the
results. The call will be webcast at www.acmerobotics.com.

About Acme Robotics, Inc.

     Acme Robotics, Inc. is a leading maker of industrial robots for the automotive and
electronics industries.

Forward-Looking Statements

     This press release contains forward-looking statements within the meaning of the
Private Securities Litigation Reform Act of 1995, including statements about revenue and
earnings for the fourth quarter. Actual results could differ materially because of
changes in customer demand, competition and the other risks described in Acme's Annual
Report on Form 10-K.

     Acme undertakes no obligation to update these forward-looking statements.

Contact:
Jane Doe, Investor Relations
(214) 555-1212
"""


def test_outlook_saying_forward_looking_stays_above_the_headed_safe_harbour() -> None:
    release = parse_press_release(_OUTLOOK_2006, "EX-99")
    fls = release["forward_looking_statements"]
    assert fls.startswith("This press release contains forward-looking statements within")
    assert fls.endswith("Acme undertakes no obligation to update these forward-looking "
                        "statements.")
    body = release["body"]
    assert "Business Outlook" in body
    assert "diluted earnings per share of $0.32 to $0.35." in body
    assert body.endswith("The call will be webcast at www.acmerobotics.com.")
    assert release["about"] == {
        "company": "Acme Robotics, Inc.",
        "text": "Acme Robotics, Inc. is a leading maker of industrial robots for the "
                "automotive and electronics industries.",
    }
    # with no headed safe harbour below, the outlook's sentence is the only one there is
    text = _OUTLOOK_2006[: _OUTLOOK_2006.index("Forward-Looking Statements\n")] + (
        "Contact:\nJane Doe, Investor Relations\n(214) 555-1212\n")
    fls = parse_press_release(text, "EX-99")["forward_looking_statements"]
    assert fls.startswith("For the fourth quarter of 2006, Acme expects revenue")


# A 2012 release rendered from HTML: a bold "Legal Disclaimer" over a safe harbour whose
# heading does not say "forward-looking"
_DISCLAIMER_2012 = """\
<p align="center"><b>Acme Mining Corp. Reports Drill Results at Red Lake Project</b></p>
<p>VANCOUVER, British Columbia, March 6, 2012 -- Acme Mining Corp. (NYSE MKT: AMC) today
reported assay results from 14 drill holes at its Red Lake gold project in Ontario,
including 12.4 grams per tonne gold over 6.2 metres.</p>
<p>"These holes extend the main zone 300 metres to the north," said Jane Roe, Chief
Executive Officer.</p>
<p><b>Legal Disclaimer</b></p>
<p>This news release contains forward-looking statements, including statements about the
Red Lake project's resources and the timing of further drilling, which involve risks and
uncertainties. Actual results may differ materially from those expressed or implied.
Acme undertakes no obligation to update these statements, except as required by law.</p>
<p>For further information, please contact: John Doe, Vice President, Investor Relations,
(604) 555-0100</p>
"""


def test_disclaimer_heading_over_the_safe_harbour_leaves_the_body() -> None:
    release = parse_press_release(html_to_text(_DISCLAIMER_2012), "EX-99.1")
    assert release["forward_looking_statements"].startswith(
        "This news release contains forward-looking statements, including statements about")
    assert "Disclaimer" not in release["body"]
    assert release["body"].endswith("said Jane Roe, Chief Executive Officer.")


def test_disclaimer_heading_in_capitals_in_a_1990s_text() -> None:
    text = """\
                    ACME MEDICAL SYSTEMS SIGNS DISTRIBUTION AGREEMENT

     BOSTON, May 12, 1998 -- Acme Medical Systems, Inc. (Nasdaq: AMSI) today announced
that it has signed a three-year agreement with Beta Health Supply Co. to distribute its
imaging systems in the United States.

IMPORTANT NOTICE

     Except for the historical information contained herein, the matters discussed in
this news release are forward-looking statements that involve risks and uncertainties,
including the timely availability and acceptance of new products and the other risks
detailed from time to time in the Company's SEC reports.

                                    # # #
"""
    release = parse_press_release(text, "EX-99")
    assert release["forward_looking_statements"].startswith(
        "Except for the historical information contained herein")
    assert release["body"].endswith("to distribute its imaging systems in the United States.")


# A 1997 release typed as text: the safe harbour says "are forward-looking within the
# meaning of ..." (no "statements" after it) under the About, with no heading
_WITHIN_1997 = """\
               ACME MEDICAL SYSTEMS TO BUILD NEW PLANT IN OHIO

     CLEVELAND, June 3, 1997 -- Acme Medical Systems, Inc. (Nasdaq: AMSI) today announced
that it will build a 120,000 square foot manufacturing plant in Solon, Ohio, to meet
growing demand for its diagnostic imaging systems.

     "The new plant doubles our capacity," said Mary Major, President.

     Acme Medical Systems, Inc. designs, manufactures and markets diagnostic imaging
systems for cardiology and radiology.

     Certain statements in this news release, including those relating to the timing of
the new plant, are forward-looking within the meaning of the Private Securities Litigation
Reform Act of 1995 and involve risks and uncertainties that could cause actual results to
differ materially.

                                    # # #
"""


def test_forward_looking_within_the_meaning_is_a_safe_harbour() -> None:
    release = parse_press_release(_WITHIN_1997, "EX-99")
    assert release["forward_looking_statements"] == (
        "Certain statements in this news release, including those relating to the timing of "
        "the new plant, are forward-looking within the meaning of the Private Securities "
        "Litigation Reform Act of 1995 and involve risks and uncertainties that could cause "
        "actual results to differ materially.")
    # and it is no part of the About headed above it
    text = _WITHIN_1997.replace(
        "     Acme Medical Systems, Inc. designs",
        "About Acme Medical Systems\n\n     Acme Medical Systems, Inc. designs")
    about = parse_press_release(text, "EX-99")["about"]
    assert about == {
        "company": "Acme Medical Systems",
        "text": "Acme Medical Systems, Inc. designs, manufactures and markets diagnostic "
                "imaging systems for cardiology and radiology.",
    }


def test_quoted_forward_looking_before_statements_is_a_safe_harbour() -> None:
    # 2009 HTML: 'are "forward-looking" statements', the quote between the two words
    html = """\
<p align="center"><b>Acme Robotics Wins $40 Million Order from Beta Motors</b></p>
<p>DALLAS, April 14, 2009 -- Acme Robotics, Inc. (Nasdaq: ACMR) today announced that it
has received a $40 million order for welding robots from Beta Motors Corp.</p>
<p>&#8220;This is the largest order in our history,&#8221; said John Smith, Chief Executive
Officer.</p>
<p>Statements in this press release that are not strictly historical are
&#8220;forward-looking&#8221; statements as defined in the Private Securities Litigation
Reform Act of 1995. Actual results could differ materially because of factors such as
customer demand, competition and the timing of shipments.</p>
<p><b>About Acme Robotics, Inc.</b></p>
<p>Acme Robotics, Inc. is a leading maker of industrial robots for the automotive
industry.</p>
"""
    release = parse_press_release(html_to_text(html), "EX-99.1")
    assert release["forward_looking_statements"].startswith(
        "Statements in this press release that are not strictly historical are "
        "\u201cforward-looking\u201d statements")
    assert release["body"].endswith("said John Smith, Chief Executive Officer.")


# A 2014 earnings release rendered from HTML: the About, the headed safe harbour, a bold
# "Non-GAAP Financial Measures" run into its text with no stop, and the tables
_EARNINGS_2014 = """\
<p align="center"><b>Acme Robotics Reports Fourth Quarter 2013 Results</b></p>
<p>DALLAS, Feb. 4, 2014 -- Acme Robotics, Inc. (Nasdaq: ACMR) today reported revenue of
$52.1 million for the fourth quarter of 2013, up 12% from $46.5 million a year ago.</p>
<p>&#8220;We closed the year with record orders,&#8221; said John Smith, Chief Executive
Officer.</p>
<p><b>About Acme Robotics, Inc.</b></p>
<p>Acme Robotics, Inc. is a leading maker of industrial robots for the automotive and
electronics industries.</p>
<p><b>Forward-Looking Statements</b></p>
<p>This press release contains forward-looking statements within the meaning of the
Private Securities Litigation Reform Act of 1995. Actual results could differ materially
because of changes in customer demand, competition and the other risks described in
Acme&#8217;s Annual Report on Form 10-K.</p>
<p><b>Non-GAAP Financial Measures</b> This press release includes adjusted EBITDA, a
measure not calculated in accordance with GAAP. A reconciliation to net income is
included in the tables below.</p>
<table>
<tr><td></td><td>Three Months Ended December 31,</td></tr>
<tr><td></td><td>2013</td><td>2012</td></tr>
<tr><td>Revenue</td><td>$</td><td>52,100</td><td>$</td><td>46,500</td></tr>
</table>
"""

_FLS_2014 = (
    "This press release contains forward-looking statements within the meaning of the "
    "Private Securities Litigation Reform Act of 1995. Actual results could differ materially "
    "because of changes in customer demand, competition and the other risks described in "
    "Acme\u2019s Annual Report on Form 10-K.")


def test_non_gaap_heading_run_in_without_a_stop_ends_the_safe_harbour() -> None:
    release = parse_press_release(html_to_text(_EARNINGS_2014), "EX-99.1")
    assert release["forward_looking_statements"] == _FLS_2014


def test_a_tables_period_heading_ends_the_safe_harbour_and_the_about() -> None:
    # the tables right under the safe harbour, then right under the About
    html = _EARNINGS_2014.replace(
        "<p><b>Non-GAAP Financial Measures</b> This press release includes adjusted EBITDA, a\n"
        "measure not calculated in accordance with GAAP. A reconciliation to net income is\n"
        "included in the tables below.</p>\n", "")
    release = parse_press_release(html_to_text(html), "EX-99.1")
    assert release["forward_looking_statements"] == _FLS_2014
    start = html.index("<p><b>Forward-Looking")
    html = html[:start] + html[html.index("<table>"):]
    about = parse_press_release(html_to_text(html), "EX-99.1")["about"]
    assert about["text"] == ("Acme Robotics, Inc. is a leading maker of industrial robots for "
                             "the automotive and electronics industries.")


def test_editors_note_and_call_replay_end_the_safe_harbour() -> None:
    text = _OUTLOOK_2006[: _OUTLOOK_2006.index("Contact:")]
    fls = ("This press release contains forward-looking statements within the meaning of the "
           "Private Securities Litigation Reform Act of 1995, including statements about "
           "revenue and earnings for the fourth quarter. Actual results could differ "
           "materially because of changes in customer demand, competition and the other "
           "risks described in Acme's Annual Report on Form 10-K.\n\nAcme undertakes no "
           "obligation to update these forward-looking statements.")
    note = ("Editor's Note: High-resolution photos of Acme's new welding robot are available "
            "at www.acmerobotics.com/press.\n")
    assert parse_press_release(text + note, "EX-99")["forward_looking_statements"] == fls
    replay = ("     A replay of the conference call will be available through November 7, "
              "2006\nat (800) 555-0199, passcode 4455.\n")
    assert parse_press_release(text + replay, "EX-99")["forward_looking_statements"] == fls


# Audit of round 39: a headingless safe harbour that cites the Reform Act is the release's
# own, whatever headed notice follows it (a CFO commentary's, a non-GAAP or mining note)
_CITED_2006 = _OUTLOOK_2006.replace(
    _OUTLOOK_2006[_OUTLOOK_2006.index("Business Outlook"):_OUTLOOK_2006.index("Contact:")],
    """\
     This press release contains forward-looking statements within the meaning of the
Private Securities Litigation Reform Act of 1995, including statements about revenue and
earnings for the fourth quarter. Actual results could differ materially because of
changes in customer demand, competition and the other risks described in Acme's Annual
Report on Form 10-K.

About Acme Robotics, Inc.

     Acme Robotics, Inc. is a leading maker of industrial robots for the automotive and
electronics industries.

""")
_CITED_FLS = (
    "This press release contains forward-looking statements within the meaning of the "
    "Private Securities Litigation Reform Act of 1995, including statements about revenue and "
    "earnings for the fourth quarter. Actual results could differ materially because of "
    "changes in customer demand, competition and the other risks described in Acme's Annual "
    "Report on Form 10-K.")


def test_a_cfo_commentarys_safe_harbour_below_leaves_the_releases_own() -> None:
    text = _CITED_2006 + """
                  ACME ROBOTICS, INC.
            CFO COMMENTARY ON THIRD QUARTER 2006 RESULTS

     Revenue for the third quarter was $47.3 million, up 15% from a year ago.

SAFE HARBOR STATEMENT

     The commentary above contains forward-looking statements that involve risks and
uncertainties. Actual results could differ materially.
"""
    assert parse_press_release(text, "EX-99")["forward_looking_statements"] == _CITED_FLS
    text = _CITED_2006 + "\nForward-Looking Statements\n\n     See the discussion above.\n"
    assert parse_press_release(text, "EX-99")["forward_looking_statements"] == _CITED_FLS


def test_a_mining_cautionary_note_below_leaves_the_safe_harbour() -> None:
    text = _CITED_2006 + """
Cautionary Note to U.S. Investors

     The United States Securities and Exchange Commission permits U.S. mining companies, in
their filings with the SEC, to disclose only those mineral deposits that a company can
economically and legally extract or produce.
"""
    assert parse_press_release(text, "EX-99")["forward_looking_statements"] == _CITED_FLS


def test_a_forward_looking_non_gaap_heading_is_no_safe_harbours() -> None:
    non_gaap = """
Forward-Looking Non-GAAP Measures

     Acme does not provide a reconciliation of forward-looking adjusted EBITDA to net
income, the most directly comparable GAAP measure, because it cannot predict certain items
without unreasonable effort, and the risks of doing so are many.
"""
    release = parse_press_release(_CITED_2006 + non_gaap, "EX-99")
    assert release["forward_looking_statements"] == _CITED_FLS
    # nor does it beat an outlook's sentence, which cites no Act
    text = _OUTLOOK_2006[: _OUTLOOK_2006.index("Forward-Looking Statements\n")] + non_gaap
    fls = parse_press_release(text, "EX-99")["forward_looking_statements"]
    assert fls.startswith("For the fourth quarter of 2006, Acme expects revenue")


def test_a_safe_harbours_own_replay_sentence_stays_in_it() -> None:
    text = _OUTLOOK_2006[: _OUTLOOK_2006.index("Contact:")] + (
        "     This press release and the related conference call webcast, including a replay "
        "of\nthe webcast, speak only as of October 24, 2006. Acme assumes no obligation to "
        "update\nthis information.\n")
    fls = parse_press_release(text, "EX-99")["forward_looking_statements"]
    assert fls.endswith("Acme assumes no obligation to update this information.")


def test_a_webcast_sentence_with_no_number_stays_in_the_about() -> None:
    text = _OUTLOOK_2006.replace(
        "electronics industries.\n",
        "electronics industries.\n\n     Acme posts its conference call webcasts, and a "
        "replay of each,\non its website at www.acmerobotics.com.\n")
    about = parse_press_release(text, "EX-99")["about"]
    assert about["text"].endswith("and a replay of each, on its website at "
                                  "www.acmerobotics.com.")


def test_forward_looking_and_involves_in_prose_is_no_safe_harbour() -> None:
    text = _OUTLOOK_2006.replace(
        "     Acme will host a conference call",
        "     The restructuring plan announced today is forward-looking and involves closing "
        "two\nplants in Ohio and moving their work to the Dallas plant by the end of 2007.\n\n"
        "     Acme will host a conference call")
    text = text[: text.index("Forward-Looking Statements\n")].replace(
        " These forward-looking statements involve\nrisks and uncertainties, and actual "
        "results may differ materially; see \"Forward-Looking\nStatements\" below.", "")
    release = parse_press_release(text, "EX-99")
    assert release["forward_looking_statements"] is None
    assert "moving their work to the Dallas plant by the end of 2007." in release["body"]
