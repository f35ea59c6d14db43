"""Press-release quotes (round 32): "told analysts" and "wrote in a letter", a job given in a
relative clause, a firm's legal form before a job and a name, and a second attribution
after a role ending in "Inc."."""

from __future__ import annotations

from test_press_quotes_round31 import _who  # (speaker, role) of each quote found

from filing2json.parsers.sections.press_quotes import find_quotes
from filing2json.parsers.sections.press_release import parse_press_release
from filing2json.parsers.text import html_to_text


def test_told_analysts_attributes_the_quote() -> None:
    quote = '"We expect demand to stay strong through the second half of the year,"'
    assert _who(f"{quote} Jane Doe, chief executive officer of Acme Robotics, told analysts on "
                "a conference call.") == [("Jane Doe", "chief executive officer of Acme Robotics")]
    assert _who(f"{quote} Chief Executive Officer Jane Doe told analysts on a conference call "
                "Tuesday.") == [("Jane Doe", "Chief Executive Officer")]
    assert _who('Jane Doe, Chief Executive Officer of Acme, told analysts on a conference call: '
                '"We expect demand to stay strong."') == [
        ("Jane Doe", "Chief Executive Officer of Acme")]
    # a pronoun: the speaker of the paragraph before
    found = find_quotes('Jane Doe, chief executive officer, said revenue rose 12 percent.\n\n'
                        f'{quote} she told investors during the call.')
    assert [(q["speaker"], q["role"]) for q in found] == [("Jane Doe", "chief executive officer")]
    assert found[0]["text"] == (
        "We expect demand to stay strong through the second half of the year")


def test_wrote_in_a_letter_to_shareholders() -> None:
    assert _who('"We made mistakes this year and we own them," John Smith, chairman and chief '
                'executive officer, wrote in a letter to shareholders.') == [
        ("John Smith", "chairman and chief executive officer")]
    assert _who('"We made mistakes this year," wrote John Smith, chairman, in his annual letter '
                'to shareholders.') == [("John Smith", "chairman")]
    assert _who('In a letter to shareholders, John Smith, chairman, wrote: "We made mistakes '
                'this year."') == [("John Smith", "chairman")]
    # a book's title is no quote of its author's
    assert _who('John Smith, founder of Acme, wrote the book "Winning in Retail Banking" in '
                '1998.') == []


def test_stressed_and_acknowledged() -> None:
    assert _who('"The quarter was disappointing," acknowledged Jane Doe, chief executive '
                'officer.') == [("Jane Doe", "chief executive officer")]
    assert _who('"Safety remains our first priority," stressed John Smith, President of Acme '
                'Airlines.') == [("John Smith", "President of Acme Airlines")]


def test_job_given_in_a_relative_clause() -> None:
    quote = '"We are excited about the road ahead,"'
    assert _who(f"{quote} said Jane Doe, who was named chief executive in May.") == [
        ("Jane Doe", "chief executive")]
    assert _who(f"{quote} said Jane Doe, who is president of Acme.") == [
        ("Jane Doe", "president of Acme")]
    assert _who(f"{quote} said Jane Doe, who joined the Company in 2019 as chief financial "
                "officer.") == [("Jane Doe", "chief financial officer")]
    assert _who(f"{quote} said Jane Doe, who is the company's chief executive officer.") == [
        ("Jane Doe", "chief executive officer")]
    # no job, or not the one she holds: no role
    assert _who(f"{quote} said Jane Doe, who is leaving the company as chief financial "
                "officer.") == [("Jane Doe", None)]
    assert _who(f"{quote} said John Smith, who will retire as chairman next year.") == [
        ("John Smith", None)]


def test_firm_with_its_legal_form_before_a_job_and_a_name() -> None:
    quote = '"We are excited about the road ahead,"'
    assert _who(f'Acme Robotics Inc. CEO Jane Doe said, {quote[:-2]}."') == [
        ("Jane Doe", "Acme Robotics Inc. CEO")]
    assert _who(f"{quote} Acme Robotics Inc. CEO Jane Doe said.") == [
        ("Jane Doe", "Acme Robotics Inc. CEO")]
    # (was speaker "Acme Robotics", role "Inc.")
    assert _who(f"{quote} said Acme Robotics, Inc. CEO Jane Doe.") == [
        ("Jane Doe", "Acme Robotics, Inc. CEO")]
    assert _who(f"{quote} said Acme Corp. chief executive John Smith.") == [
        ("John Smith", "Acme Corp. chief executive")]


def test_a_second_attribution_after_a_role_ending_in_inc() -> None:
    found = find_quotes('"We are pleased with the quarter," said John Smith, CEO of Acme Inc. '
                        'Chief Financial Officer Bob Brown added, "Margins rose for the third '
                        'straight quarter."')
    assert [(q["speaker"], q["role"], q["text"]) for q in found] == [
        ("John Smith", "CEO of Acme Inc.", "We are pleased with the quarter"),
        ("Bob Brown", "Chief Financial Officer", "Margins rose for the third straight quarter."),
    ]


def test_html_release_with_told_and_a_relative_clause() -> None:
    p = '<p style="margin:0pt 0pt 12pt 0pt"><span style="font-family:Arial">{}</span></p>'
    html = "<html><body>" + "".join(p.format(t) for t in (
        "<b>Contoso Robotics Reports Record Fourth Quarter 2021 Results</b>",
        "SAN JOSE, Calif., Feb. 10, 2022 (GLOBE NEWSWIRE) -- Contoso Robotics, Inc. "
        "(Nasdaq: CRBT) today announced financial results for the fourth quarter ended "
        "December 31, 2021.",
        "\u201cWe closed 2021 with record revenue and strong momentum across every region,"
        "\u201d said Jane Doe, who was named chief executive officer in March 2021. \u201cOur "
        "pipeline has never been stronger.\u201d",
        "Revenue for the quarter was $48.2 million, up 31% from a year ago.",
        "\u201cWe expect gross margin to expand again in 2022,\u201d Chief Financial Officer "
        "John Roe told analysts on the company\u2019s earnings call.",
        "<b>About Contoso Robotics</b>",
        "Contoso Robotics, Inc. builds warehouse robots. For more information, visit "
        "www.contoso.com.",
    )) + "</body></html>"
    quotes = parse_press_release(html_to_text(html), "EX-99.1")["quotes"]
    assert [(q["speaker"], q["role"]) for q in quotes] == [
        ("Jane Doe", "chief executive officer"), ("John Roe", "Chief Financial Officer")]
    assert quotes[0]["text"] == ("We closed 2021 with record revenue and strong momentum "
                                 "across every region. Our pipeline has never been stronger.")


def test_1990s_release_in_tex_marks() -> None:
    text = """                      ACME BANCORP REPORTS RECORD EARNINGS

     SPRINGFIELD, Ill., April 18, 1996 -- Acme Bancorp (NASDAQ: ACMB) today
reported record net income of $4.2 million for the first quarter of 1996.

     ``We are very pleased with the quarter,'' said John A. Smith, who was
elected president and chief executive officer of the Company in January.
``Loan demand remained strong throughout our market area.''

     Mr. Smith told shareholders at the annual meeting, ``We expect 1996 to
be another record year.''

     Acme Bancorp is the holding company for Acme Bank, N.A.
"""
    quotes = parse_press_release(text, "EX-99")["quotes"]
    role = "president and chief executive officer of the Company"
    assert [(q["speaker"], q["role"], q["text"]) for q in quotes] == [
        ("John A. Smith", role, "We are very pleased with the quarter. Loan demand remained "
                                "strong throughout our market area."),
        ("John A. Smith", role, "We expect 1996 to be another record year."),
    ]


# -- false positives of the rules above (an audit of round 32) --

def test_told_or_wrote_before_a_quote_needs_a_colon_or_comma() -> None:
    # a title told or a phrase reported, not a quote (each was attributed to its subject)
    assert _who('Jane Doe told the story of "The Little Engine That Could" to the audience '
                'at the annual meeting.') == []
    assert _who('Jane Doe told the audience about "Project Phoenix," the company\'s '
                'turnaround plan.') == []
    assert _who('The lawsuit alleges that John Smith told investors the product was "ready '
                'for market" when it was not.') == []
    assert _who('The plaintiffs allege that Jane Doe told analysts on a conference call that '
                'sales were "on track."') == []
    # a colon or comma before the mark: the quote is theirs
    assert _who('Jane Doe, chief executive officer, told analysts on a conference call: "We '
                'expect demand to stay strong."') == [("Jane Doe", "chief executive officer")]


def test_relative_clause_job_stops_at_upon_and_until() -> None:
    quote = '"We are pleased with the results,"'
    # (was "Chairman Emeritus upon his retirement", "President of Acme until his ...")
    assert _who(f"{quote} said John Smith, who was named Chairman Emeritus upon his "
                "retirement.") == [("John Smith", "Chairman Emeritus")]
    assert _who(f"{quote} said John Smith, who is President of Acme until his successor is "
                "named.") == [("John Smith", "President of Acme")]


def test_relative_clause_job_held_no_longer() -> None:
    quote = '"We are pleased with the results,"'
    # a former job is kept as printed, as the comma form keeps it (round 33)
    assert _who(f"{quote} said John Smith, who is Acme's founder and former president.") == [
        ("John Smith", "founder and former president")]
    # "former" of the firm, not the job
    assert _who(f"{quote} said Jane Doe, who is general counsel of the Company's former "
                "parent.") == [("Jane Doe", "general counsel of the Company's former parent")]


def test_wrote_after_a_title_mid_sentence() -> None:
    # (was a quote of Oliver Stone's)
    assert _who('He starred in "Wall Street," wrote Oliver Stone in his memoir.') == []
    assert _who('"We made mistakes this year," wrote John Smith, chairman, in his annual '
                'letter to shareholders.') == [("John Smith", "chairman")]

