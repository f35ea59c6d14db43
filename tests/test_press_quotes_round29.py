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


def test_a_firm_closing_a_lead_clause_is_no_speaker() -> None:
    # a bank, adviser, rating agency or judge paraphrased after a clause: not the "he" who
    # speaks next, and no speaker of a quote of its own
    deal = ("John Smith, Chairman and Chief Executive Officer of Acme Corp., said the board "
            "had received a fairness opinion. In its opinion, {who} said the price was fair "
            "to shareholders.\n\n"
            '"We believe this is the right transaction for our shareholders," he said.')
    for who in ("Merrill Lynch", "Fitch Ratings"):
        assert [(q["speaker"], q["role"]) for q in find_quotes(deal.format(who=who))] == [
            ("John Smith", "Chairman and Chief Executive Officer of Acme Corp.")]
    ruling = ("John Smith, Chairman and Chief Executive Officer of Acme Corp., said the company "
              "was pleased. In his ruling, Judge Roberts said the claims lacked merit.\n\n"
              '"We are gratified by the decision," he said.')
    assert [q["speaker"] for q in find_quotes(ruling)] == ["John Smith"]
    for lead in ("In its fairness opinion, Merrill Lynch said,",
                 "As administrative agent, Wells Fargo said,",
                 "In its report to the board, Arthur Andersen said,"):
        text = f'Acme Corp. today announced a definitive agreement.\n\n{lead} "The terms are fair."'
        assert find_quotes(text) == []
    # a person named with a middle initial still speaks after such a clause
    text = ('Under the agreement, Acme will pay $12.50 per share, Thomas J. Reilly said, '
            '"We expect the transaction to close in the third quarter."')
    assert [q["speaker"] for q in find_quotes(text)] == ["Thomas J. Reilly"]


def test_surname_of_a_company_name_is_no_speaker() -> None:
    # "Disney" is the company here: "The Walt Disney Company" names no person Walt Disney
    text = ("BURBANK, Calif.--(BUSINESS WIRE)--The Walt Disney Company (NYSE: DIS) today "
            "announced plans for a new theme park in Shanghai.\n\n"
            'In a statement, Disney said, "We are thrilled to welcome guests from across '
            'China."')
    assert find_quotes(text) == []
    text = ("Charles Schwab & Co., Inc. today announced a new fund.\n\n"
            '"We are pleased with the response," Schwab said.')
    assert find_quotes(text) == []


def test_a_verb_of_appointment_gives_no_award_or_outside_post() -> None:
    said = '\n\n"I am honored by this recognition," Ms. Doe said.'
    no_job = [
        "Acme Corp. (NASDAQ: ACME) announced today that Jane Doe has been named CEO of the "
        "Year by Institutional Investor magazine.",
        "Acme Corp. today announced that Jane Doe was elected President of the Board of "
        "Trustees of Rice University.",
        "Acme Corp. announced that Jane Doe was elected Chairman of the Texas Bankers "
        "Association for 2005.",
        "Acme Corp. today announced that Jane Doe has been appointed Chair of the Audit "
        "Committee. She has served as a director since 2001.",
        "The Board today elected Jane Doe Chairman of the Compensation Committee.",
    ]
    for lead in no_job:
        assert [(q["speaker"], q["role"]) for q in find_quotes(lead + said)] == [
            ("Jane Doe", None)]
    cases = [
        # the article goes; a job named by the verb stays
        ("Acme Corp. announced that Jane Doe was elected a director of the Company.",
         "director of the Company"),
        ("Acme Corp. announced that Jane Doe was appointed Chief Financial Officer by the "
         "Board of Directors on March 1, 2012.", "Chief Financial Officer"),
        # the job printed with her full name beats a committee seat given later
        ("Jane Doe, President and Chief Executive Officer of Acme Corp., spoke. Separately, "
         "Jane Doe was appointed Chair of the Audit Committee.",
         "President and Chief Executive Officer of Acme Corp."),
        # "has been elected ..." after her name's comma is no role; the one before it is
        ("Acme Corp. announced that its chief executive, Jane Doe, has been elected Chairman "
         "of the American Bankers Association.", "chief executive"),
    ]
    for lead, role in cases:
        assert [(q["speaker"], q["role"]) for q in find_quotes(lead + said)] == [
            ("Jane Doe", role)]
