"""Press-release quotes, About and safe harbour (round 28): layouts of real EX-99 releases."""

from __future__ import annotations

from filing2json.parsers.sections.press_quotes import find_quotes
from filing2json.parsers.sections.press_release import parse_press_release
from filing2json.parsers.text import html_to_text

# A 2019 GlobeNewswire release with its CEO's quote boxed, signed on the line under it
_SIGNED_BOX = """\
<p style="text-align:center"><b>Fabrikam Bancorp Completes Acquisition of River Valley Bank</b></p>
<p>COLUMBUS, Ohio, July 01, 2019 (GLOBE NEWSWIRE) -- Fabrikam Bancorp, Inc. (NASDAQ: FABK)
today announced that it has completed its acquisition of River Valley Bank.</p>
<p>&#8220;Today marks an important step for our company. We welcome River Valley&#8217;s
customers and employees to Fabrikam.&#8221;</p>
<p>Thomas J. Reilly, President and Chief Executive Officer</p>
<p>Under the agreement, each River Valley share was converted into 0.85 shares of Fabrikam
common stock.</p>
<p><b>About Fabrikam Bancorp</b></p>
<p>Fabrikam Bancorp, Inc. is the holding company for Fabrikam Bank, a community bank with
42 branches in central Ohio.</p>
"""


def test_quote_signed_on_the_line_under_it_with_no_dash() -> None:
    release = parse_press_release(html_to_text(_SIGNED_BOX), "EX-99.1")
    assert release is not None
    [quote] = release["quotes"]
    assert quote["speaker"] == "Thomas J. Reilly"
    assert quote["role"] == "President and Chief Executive Officer"
    assert quote["text"].startswith("Today marks an important step for our company.")
    # a heading under a quote signs nothing
    text = (
        '"We are pleased with the progress of the quarter and look forward to 2016."\n\n'
        "Conference Call Information\n\n"
        "Acme will host a conference call at 5:00 p.m. Eastern Time today."
    )
    assert find_quotes(text) == []


def test_pronoun_after_a_surname_reported_in_the_same_paragraph() -> None:
    # "Reilly said ... "...," he added." after another speaker's quote: he is Reilly
    text = (
        "Thomas J. Reilly, President and Chief Executive Officer, said the merger would "
        "close in July.\n\n"
        '"We are excited to join Fabrikam," said Linda Park, former President of River '
        "Valley Bank.\n\n"
        "Reilly said the bank would keep all of its branches open. \"This transaction is "
        'immediately accretive to earnings," he added.'
    )
    quotes = find_quotes(text)
    assert [(q["speaker"], q["role"]) for q in quotes] == [
        ("Linda Park", "former President of River Valley Bank"),
        ("Thomas J. Reilly", "President and Chief Executive Officer"),
    ]
    assert quotes[1]["text"] == "This transaction is immediately accretive to earnings"


# A 2015 PR Newswire release whose About paragraph runs on into its safe harbour
_ABOUT_AND_SAFE_HARBOR = """\
Northwind Energy Reports Third Quarter 2015 Results

HOUSTON, Nov. 5, 2015 /PRNewswire/ -- Northwind Energy Corp. (NYSE: NWE) today reported
third quarter 2015 net income of $12.3 million, or $0.41 per diluted share.

Northwind Energy will hold a conference call on November 6, 2015 at 10:00 a.m. Central Time.

About Northwind Energy Corp.

Northwind Energy Corp. is an independent oil and natural gas company headquartered in
Houston, Texas. This press release contains forward-looking statements within the meaning
of Section 27A of the Securities Act and Section 21E of the Exchange Act. Actual results
could differ materially from those projected.

###
"""


def test_about_paragraph_running_into_the_safe_harbour() -> None:
    release = parse_press_release(_ABOUT_AND_SAFE_HARBOR, "EX-99.1")
    assert release is not None
    assert release["about"] == {
        "company": "Northwind Energy Corp.",
        "text": "Northwind Energy Corp. is an independent oil and natural gas company "
        "headquartered in Houston, Texas.",
    }
    fls = release["forward_looking_statements"]
    assert fls.startswith("This press release contains forward-looking statements within")
    assert fls.endswith("could differ materially from those projected.")
    assert not release["body"].rstrip().endswith("About Northwind Energy Corp.")
    assert release["body"].endswith("at 10:00 a.m. Central Time.")
    # a lead speaking of the safe harbour itself stays with it
    text = (
        "ACME CORP. REPORTS RESULTS\n\n"
        "DALLAS, Texas, May 3, 2004 -- Acme Corp. (Nasdaq: ACME) today reported first "
        "quarter revenue of $10.2 million.\n\n"
        "Safe Harbor Statement under the Private Securities Litigation Reform Act of 1995. "
        "This press release contains forward-looking statements that involve risks and "
        "uncertainties, and actual results may differ materially.\n"
    )
    release = parse_press_release(text, "EX-99")
    assert release["forward_looking_statements"].startswith("Safe Harbor Statement under")
