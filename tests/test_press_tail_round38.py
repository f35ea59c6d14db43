"""About and safe harbour, round 38: a conference call's notice, an exchange's disclaimer or
a trademark note printed with no heading under the About or the safe harbour, a short 1990s
standing paragraph with no heading above the safe harbour, and a safe harbour longer than
eight paragraphs."""

from __future__ import annotations

from filing2json.parsers.sections.press_release import parse_press_release
from filing2json.parsers.text import html_to_text

# A 2004 earnings release typed as text: the call's notice and dial-in under the About
_CALL_2004 = """\
                ACME WIDGET CORP. REPORTS SECOND QUARTER RESULTS

     DALLAS, July 22, 2004 -- Acme Widget Corp. (Nasdaq: ACWD) today reported net income
of $4.2 million, or $0.31 per diluted share, for the second quarter ended June 30, 2004,
compared with $3.1 million, or $0.24 per diluted share, a year ago.

     "We are pleased with our performance," said John Smith, President and Chief
Executive Officer.

About Acme Widget Corp.

     Acme Widget Corp. is a leading maker of industrial widgets for the energy and
chemical industries.

     Acme will host a conference call on July 23, 2004 at 10:00 a.m. Eastern time to
discuss the results. To participate, dial:

          Domestic:        (800) 555-0100
          International:   (719) 555-0100
          Passcode:        12345

Contact:
Jane Doe, Investor Relations
(214) 555-1212
"""


def test_call_notice_under_the_about_is_no_part_of_it() -> None:
    release = parse_press_release(_CALL_2004, "EX-99")
    assert release["about"] == {
        "company": "Acme Widget Corp.",
        "text": "Acme Widget Corp. is a leading maker of industrial widgets for the energy "
                "and chemical industries.",
    }
    # a later paragraph of the About that names its webcast site stays
    text = _CALL_2004.replace(
        "     Acme will host a conference call on July 23, 2004 at 10:00 a.m. Eastern time to\n"
        "discuss the results. To participate, dial:\n",
        "     Acme's shares trade on the Nasdaq National Market. Its webcasts and filings are\n"
        "posted at www.acmewidget.com.\n")
    about = parse_press_release(text, "EX-99")["about"]
    assert about["text"].endswith("Its webcasts and filings are posted at www.acmewidget.com.")


_FLS_HEADED = """\
Forward-Looking Statements

     This press release contains forward-looking statements within the meaning of the
Private Securities Litigation Reform Act of 1995, including statements about the
Company's outlook for the second half of 2004. Actual results may differ materially.
"""


def test_call_notice_under_the_safe_harbour_is_no_part_of_it() -> None:
    text = _CALL_2004.replace(
        "     Acme will host a conference call", _FLS_HEADED + "\n     Acme will host a "
        "conference call")
    release = parse_press_release(text, "EX-99")
    fls = release["forward_looking_statements"]
    assert fls.startswith("This press release contains forward-looking statements within")
    assert fls.endswith("Actual results may differ materially.")
    assert "conference call" not in fls
    # one that speaks of the call's own statements is the safe harbour's
    text = text.replace(
        "     Acme will host a conference call on July 23, 2004 at 10:00 a.m. Eastern time to\n"
        "discuss the results. To participate, dial:\n",
        "     Statements made on the conference call at 10:00 a.m. Eastern time on July 23,\n"
        "2004 may also be forward-looking; the same risks apply to them.\n")
    fls = parse_press_release(text, "EX-99")["forward_looking_statements"]
    assert fls.endswith("may also be forward-looking; the same risks apply to them.")


# A 2012 Canadian release (GlobeNewswire, HTML): the exchange's disclaimer and the trademark
# note under the forward-looking information
_CANADA_2012 = """<html><body>
<p><b>Maple Gold Mines Intersects 12.5 g/t Gold over 8 Metres at Birch Lake</b></p>
<p>VANCOUVER, British Columbia, May 3, 2012 (GLOBE NEWSWIRE) -- Maple Gold Mines Ltd.
(TSX-V: MGM) ("Maple Gold" or the "Company") is pleased to announce drill results from its
Birch Lake project in northern Ontario.</p>
<p>"These are the best holes we have drilled," said John Smith, President and CEO.</p>
<p><b>About Maple Gold Mines Ltd.</b></p>
<p>Maple Gold Mines Ltd. is a Canadian gold exploration company focused on the Birch Lake
project in Ontario.</p>
<p><b>Cautionary Statement Regarding Forward-Looking Information</b></p>
<p>This news release contains "forward-looking information" within the meaning of
applicable Canadian securities legislation, including statements regarding the Company's
exploration plans. Forward-looking information is subject to known and unknown risks that
may cause actual results to differ materially.</p>
<p><i>Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is
defined in the policies of the TSX Venture Exchange) accepts responsibility for the adequacy
or accuracy of this release.</i></p>
<p>Maple Gold and the Maple Gold logo are trademarks of Maple Gold Mines Ltd.</p>
<p>For further information, please contact:<br>John Smith, President and CEO<br>
Tel: (604) 555-1212</p>
</body></html>"""


def test_exchange_disclaimer_and_trademark_note_end_the_safe_harbour() -> None:
    release = parse_press_release(html_to_text(_CANADA_2012), "EX-99.1")
    fls = release["forward_looking_statements"]
    assert fls.startswith('This news release contains "forward-looking information"')
    assert fls.endswith("may cause actual results to differ materially.")
    assert release["about"]["company"] == "Maple Gold Mines Ltd."
    # the trademark note right under the safe harbour
    html = _CANADA_2012.replace(
        _CANADA_2012[_CANADA_2012.index("<p><i>") : _CANADA_2012.index("<p>Maple Gold and")], "")
    fls = parse_press_release(html_to_text(html), "EX-99.1")["forward_looking_statements"]
    assert fls.endswith("may cause actual results to differ materially.")
    # the disclaimer under the About, where no safe harbour follows, is not the About's
    html = _CANADA_2012.replace(
        _CANADA_2012[_CANADA_2012.index("<p><b>Cautionary") : _CANADA_2012.index("<p><i>")], "")
    about = parse_press_release(html_to_text(html), "EX-99.1")["about"]
    assert about["text"] == ("Maple Gold Mines Ltd. is a Canadian gold exploration company "
                             "focused on the Birch Lake project in Ontario.")


# A 1996 release typed as text: the company's one-sentence standing paragraph, no heading,
# above the safe harbour in capitals
_SHORT_ABOUT_1996 = """\
FOR IMMEDIATE RELEASE

                  ACME MEDICAL ANNOUNCES FDA CLEARANCE

     BOSTON, MASSACHUSETTS, June 12, 1996 -- Acme Medical Corporation (Nasdaq: ACMD)
announced today that it has received clearance from the U.S. Food and Drug
Administration to market its CardioScan imaging system.

     Acme Medical Corporation develops, manufactures and markets diagnostic imaging
systems for cardiology.

     EXCEPT FOR THE HISTORICAL INFORMATION CONTAINED HEREIN, THE MATTERS DISCUSSED IN THIS
PRESS RELEASE ARE FORWARD-LOOKING STATEMENTS THAT INVOLVE RISKS AND UNCERTAINTIES,
INCLUDING THE TIMELY DEVELOPMENT AND MARKET ACCEPTANCE OF PRODUCTS AND OTHER RISKS
DETAILED FROM TIME TO TIME IN THE COMPANY'S SEC REPORTS.

                                     # # #
"""


def test_short_standing_sentence_above_the_safe_harbour_is_the_about() -> None:
    release = parse_press_release(_SHORT_ABOUT_1996, "EX-99")
    assert release["about"] == {
        "company": "Acme Medical Corporation",
        "text": "Acme Medical Corporation develops, manufactures and markets diagnostic "
                "imaging systems for cardiology.",
    }
    assert release["body"].endswith("to market its CardioScan imaging system.")
    assert release["forward_looking_statements"].startswith("EXCEPT FOR THE HISTORICAL")
    # a short sentence of news there is the body's (a long one is read as before)
    news = _SHORT_ABOUT_1996.replace(
        "develops, manufactures and markets diagnostic imaging\nsystems for cardiology.",
        "is the first company to receive such\nclearance.")
    release = parse_press_release(news, "EX-99")
    assert release["about"] is None
    assert release["body"].endswith("is the first company to receive such clearance.")


# A 2018 biotech release typed as text: ten paragraphs under the safe harbour's heading
_LONG_FLS_2018 = """\
ACME BIOSCIENCES ANNOUNCES FIRST QUARTER 2018 RESULTS

SAN DIEGO, May 8, 2018 -- Acme Biosciences, Inc. (Nasdaq: ACBI) today reported financial
results for the first quarter ended March 31, 2018.

Net loss for the quarter was $12.3 million, compared with $10.1 million a year ago.

About Acme Biosciences

Acme Biosciences, Inc. is a biotechnology company developing treatments for fibrotic
diseases. For more information, visit www.acmebio.com.

Forward-Looking Statements

This press release contains forward-looking statements, including statements about the
timing of our clinical trials and our cash runway.

Words such as "anticipate," "believe," "estimate," "expect," "intend," "may," "plan,"
"will" and similar expressions are intended to identify forward-looking statements.

These statements are based on our current expectations and involve risks and
uncertainties.

Actual results could differ materially from those projected for many reasons, including
the results of clinical trials.

Our clinical trials may not be completed on schedule, or at all.

We may need additional financing, which may not be available on acceptable terms.

We depend on third parties to manufacture our product candidates.

Other risks are described in our Annual Report on Form 10-K for the year ended December
31, 2017, filed with the Securities and Exchange Commission.

You should not place undue reliance on these statements, which speak only as of the date
of this release. We undertake no obligation to update them.

Acme will host a conference call today at 4:30 p.m. Eastern time. To participate, dial
(877) 555-0100.

Investor Contact:
John Doe
(858) 555-0100
"""


def test_long_safe_harbour_keeps_its_last_paragraphs() -> None:
    release = parse_press_release(_LONG_FLS_2018, "EX-99.1")
    fls = release["forward_looking_statements"]
    assert fls.startswith("This press release contains forward-looking statements, including")
    assert "We depend on third parties to manufacture" in fls
    assert fls.endswith("We undertake no obligation to update them.")
    assert len(fls.split("\n\n")) == 9
    assert release["about"]["text"].endswith("visit www.acmebio.com.")
