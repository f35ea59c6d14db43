"""About and safe harbour, round 40: an "About the Company" whose text opens with "The
Company" and names its subsidiary."""

from __future__ import annotations

from filing2json.parsers.sections.press_release import parse_press_release
from filing2json.parsers.text import html_to_text

# A 1998 bank holding company's earnings release typed as text: the About's text opens
# with "The Company" and names only its bank, which shares the holding company's first word
_BANK_1998 = """\
                 HORIZON FINANCIAL CORP. ANNOUNCES RECORD EARNINGS

     BELLINGHAM, Wash., April 21, 1998 -- Horizon Financial Corp. (Nasdaq: HRZB) today
reported net income of $2.9 million, or $0.38 per diluted share, for the quarter ended
March 31, 1998, compared with $2.6 million, or $0.34 per diluted share, a year earlier.

     "Loan demand in our market area remained strong," said V. Lawrence Evans, Chairman.

About the Company

     The Company, through its wholly-owned subsidiary, Horizon Bank, a savings bank,
operates 12 offices in Whatcom, Skagit and Snohomish counties.

Contact:
Rich Jacobson
(360) 733-3050
"""


def test_about_the_company_naming_its_subsidiary_is_the_holding_companys() -> None:
    # (was: company "Horizon Bank", the subsidiary the text names)
    release = parse_press_release(_BANK_1998, "EX-99")
    assert release["about"] == {
        "company": "Horizon Financial Corp.",
        "text": "The Company, through its wholly-owned subsidiary, Horizon Bank, a savings "
                "bank, operates 12 offices in Whatcom, Skagit and Snohomish counties.",
    }
    # the same in HTML, with the subsidiary named after "its subsidiaries"
    html = (
        "<p>BELLINGHAM, Wash., April 21, 2005 -- Horizon Financial Corp. (Nasdaq: HRZB) "
        "today reported net income of $4.1 million for the quarter ended March 31, 2005.</p>"
        "<p><b>About the Company</b></p>"
        "<p>The Company conducts its business through its subsidiaries, Horizon Bank and "
        "Horizon Financial Services, Inc., from 18 offices in northwest Washington.</p>"
        "<p><b>Contact:</b><br>Rich Jacobson<br>(360) 733-3050</p>"
    )
    release = parse_press_release(html_to_text(html), "EX-99.1")
    assert release["about"]["company"] == "Horizon Financial Corp."
    # a text that opens with the company's own name keeps it
    own = _BANK_1998.replace("The Company, through", "Horizon Financial Corp., through")
    assert parse_press_release(own, "EX-99")["about"]["company"] == "Horizon Financial Corp."


def _bank_release(dateline: str, about: str) -> str:
    return (
        "Acme Bancorp Reports Record Fourth Quarter Earnings\n\n"
        f"PITTSBURGH, Pa., Jan. 21, 2015 /PRNewswire/ -- {dateline} today reported net income "
        "of $4.2 million, or $0.42 per diluted share.\n\n"
        "About the Company\n\n"
        f"{about}\n\n"
        "Contact:\nJane Smith\n(412) 555-0100\n"
    )


def test_subsidiary_word_outside_the_appositive_keeps_the_abouts_own_name() -> None:
    # "subsidiar" in the sentence before, or in "together with its subsidiaries," is no
    # appositive for the name after it (was: company "Acme", the dateline's first word)
    short = "Acme (NASDAQ: ACMB), the holding company for Acme Savings Bank,"
    for about in (
        "The Company is a bank holding company with one bank subsidiary. Acme Bancorp, Inc. "
        "was founded in 1990 and is headquartered in Pittsburgh.",
        "The Company has no subsidiaries other than the Bank. Acme Bancorp, Inc. is listed "
        "on NASDAQ under the symbol ACMB.",
        "The Company, together with its subsidiaries, Acme Bancorp, Inc. provides banking "
        "services through 12 offices in western Pennsylvania.",
    ):
        release = parse_press_release(_bank_release(short, about), "EX-99.1")
        assert release["about"]["company"] == "Acme Bancorp, Inc.", about
    # the appositive still sends the company to the dateline
    about = ("The Company, through its wholly-owned subsidiary, Acme Savings Bank, operates "
             "12 offices in western Pennsylvania.")
    release = parse_press_release(_bank_release("Acme Bancorp, Inc. (NASDAQ: ACMB)", about),
                                  "EX-99.1")
    assert release["about"]["company"] == "Acme Bancorp, Inc."
