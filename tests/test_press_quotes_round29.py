"""Press-release quotes (round 29): surnames after a lead clause, double-barrelled and Mc/O'
surnames, and the role a release gives with a verb of appointment."""

from __future__ import annotations

from filing2json.parsers.sections.press_quotes import find_quotes
from filing2json.parsers.sections.press_release import parse_press_release
from filing2json.parsers.text import html_to_text

# A 2018 Business Wire deal release: the CEO paraphrased after a lead clause, then quoted
_DEAL = """\
<p>HOUSTON--(BUSINESS WIRE)--May 1, 2018--Fabrikam Energy, Inc. (NYSE: FEI) today announced a
definitive agreement to acquire Contoso Oil Company for $1.2 billion in cash.</p>
<p>Thomas J. Reilly, President and Chief Executive Officer of Fabrikam, and Linda Park, Chief
Financial Officer, will discuss the transaction on a conference call at 9:00 a.m. Central
Time.</p>
<p>Under the agreement, Fabrikam will pay $12.50 per share in cash, Reilly said.
&#8220;We expect the transaction to close in the third quarter,&#8221; he added.</p>
<p>In a statement, Park said, &#8220;The acquisition is immediately accretive to cash flow
per share.&#8221;</p>
<p><b>About Fabrikam Energy</b></p>
<p>Fabrikam Energy, Inc. is an independent oil and gas company based in Houston, Texas.</p>
"""


def test_surname_closing_a_lead_clause_is_the_speaker() -> None:
    release = parse_press_release(html_to_text(_DEAL), "EX-99.1")
    assert release is not None
    assert [(q["speaker"], q["role"], q["text"]) for q in release["quotes"]] == [
        ("Thomas J. Reilly", "President and Chief Executive Officer of Fabrikam",
         "We expect the transaction to close in the third quarter"),
        ("Linda Park", "Chief Financial Officer",
         "The acquisition is immediately accretive to cash flow per share."),
    ]
    # a clause closing on a word that names no one seen: the quote is dropped, not Acme's
    assert find_quotes('In a statement, Acme said, "We will appeal the ruling."') == []


def test_double_barrelled_and_mc_surnames() -> None:
    text = (
        '"Gross margin improved for the fourth straight quarter," stated Mary O\'Brien-Smith, '
        "Senior Vice President and Chief Financial Officer.\n\n"
        "Robert A. McDonald, Chief Operating Officer, joined the company in 1994.\n\n"
        '"Both plants are running at full capacity," McDonald said.\n\n'
        '"We expect to keep the dividend at its current level," O\'Brien-Smith added.'
    )
    assert [(q["speaker"], q["role"]) for q in find_quotes(text)] == [
        ("Mary O'Brien-Smith", "Senior Vice President and Chief Financial Officer"),
        ("Robert A. McDonald", "Chief Operating Officer"),
        ("Mary O'Brien-Smith", "Senior Vice President and Chief Financial Officer"),
    ]


def test_role_given_with_a_verb_of_appointment() -> None:
    # 8-K Item 5.02 releases: the role is printed with "named", "appointed", "as"
    cases = [
        ("Acme Corp. (NASDAQ: ACME) today announced that Jane Doe has been named Chief "
         "Financial Officer, effective March 1, 2012.", "Chief Financial Officer"),
        ("Acme Corp. today announced that Jane Doe was appointed Executive Vice President "
         "and Chief Operating Officer effective January 2, 2008.",
         "Executive Vice President and Chief Operating Officer"),
        ("The Board of Directors of Acme Corp. today named Jane Doe Chief Financial Officer of "
         "Acme Corp. She succeeds John Roe, who is retiring.",
         "Chief Financial Officer of Acme Corp."),
        ("Acme Corp. today named Jane Doe, 54, as President of its Industrial Products "
         "division.", "President of its Industrial Products division"),
    ]
    for lead, role in cases:
        text = lead + '\n\n"I am honored to join such a talented team," Ms. Doe said.'
        assert [(q["speaker"], q["role"]) for q in find_quotes(text)] == [("Jane Doe", role)]
    # named to a board: no job
    text = ("Acme Corp. announced that Jane Doe has been elected to the Board of Directors.\n\n"
            '"I look forward to working with the board," Ms. Doe said.')
    assert [(q["speaker"], q["role"]) for q in find_quotes(text)] == [("Jane Doe", None)]
