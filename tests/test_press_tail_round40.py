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
