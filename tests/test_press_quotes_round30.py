"""Press-release quotes (round 30): a place or participle in the clause before the speaker,
a firm closing a lead clause or printed as a firm elsewhere, and "she said" after a
paragraph about another person."""

from __future__ import annotations

import pytest

from filing2json.parsers.sections import press_quotes
from filing2json.parsers.sections.press_quotes import find_quotes
from filing2json.parsers.sections.press_release import parse_press_release
from filing2json.parsers.text import html_to_text


def _who(text: str) -> list[tuple[str, str | None]]:
    return [(q["speaker"], q["role"]) for q in find_quotes(text)]


def test_place_in_the_lead_clause_before_the_speaker() -> None:
    said = ' said, "We are thrilled to bring our new line of gaming tables to the show."'
    assert _who("At a press conference in Las Vegas, Nevada, Jane Doe, chief executive "
                "officer of Acme Gaming," + said) == [
        ("Jane Doe", "chief executive officer of Acme Gaming")]
    assert _who("Speaking at the annual meeting in Houston, Texas, John A. Smith" + said) == [
        ("John A. Smith", None)]
    # a bare name there is a person's when the release calls them "Ms. Doe"
    text = ("At a press conference in Las Vegas, Nevada, Jane Doe" + said
            + "\n\nMs. Doe also demonstrated the company's new mobile platform.")
    assert _who(text) == [("Jane Doe", None)]


def test_participle_lead_clause() -> None:
    said = ' said, "We expect continued growth in 2019."'
    assert _who("Looking ahead, Jane Doe, Chief Executive Officer," + said) == [
        ("Jane Doe", "Chief Executive Officer")]
    assert _who("In announcing the results, President and CEO John Smith" + said) == [
        ("John Smith", "President and CEO")]
    assert _who("Addressing shareholders at the meeting, John Smith, Chairman," + said) == [
        ("John Smith", "Chairman")]


def test_a_firm_closing_a_lead_clause_speaks_for_no_one() -> None:
    quote = ' said, "We are pleased with the outcome of the review."'
    # (the release prints the firm as one, as real ones do: "... & Co. LLC acted as ...")
    for firm, printed in (("Morgan Stanley", "Morgan Stanley & Co. LLC"),
                          ("Goldman Sachs", "Goldman Sachs & Co. LLC"),
                          ("Morgan Stanley & Co.", "Morgan Stanley & Co. LLC"),
                          ("Wells Fargo & Company", "Wells Fargo Securities, LLC")):
        text = (f"In a statement issued today, {firm}{quote}\n\n{printed} acted as "
                "financial advisor to Acme Corp. in connection with the review.")
        assert find_quotes(text) == [], firm
    # the same clause before a person the release introduces with a job reads that job
    text = ("Acme Corp. (NYSE: ACM) today named Jane Doe Chief Financial Officer, effective "
            "March 1, 2012.\n\nIn a statement, Jane Doe"
            ' said, "I am honored to join such a talented team."')
    assert _who(text) == [("Jane Doe", "Chief Financial Officer")]


def test_a_name_the_release_prints_as_a_firm_is_no_speaker() -> None:
    html = """<html><body>
<p align="center"><b>Acme Corp. Completes Strategic Review</b></p>
<p>DALLAS, Texas--(BUSINESS WIRE)--March 3, 2015-- Acme Corp. (NYSE: ACM) today announced
the completion of its strategic review. Goldman Sachs &amp; Co. LLC acted as financial
advisor to Acme.</p>
<p>&#8220;The board considered every alternative available to the company,&#8221; said
Goldman Sachs.</p>
<p>&#8220;We are confident in our standalone plan,&#8221; said John Smith, Chairman and Chief
Executive Officer of Acme.</p>
<p><b>About Acme</b></p>
<p>Acme Corp. is a leading maker of industrial pumps.</p>
</body></html>"""
    release = parse_press_release(html_to_text(html), "EX-99.1")
    assert release is not None
    assert [(q["speaker"], q["role"]) for q in release["quotes"]] == [
        ("John Smith", "Chairman and Chief Executive Officer of Acme")]


def test_she_after_a_paragraph_about_another_person() -> None:
    text = ('"We had a record quarter," said John Smith, Chairman and CEO of Acme. "Our '
            'backlog has never been stronger," Mr. Smith added.\n\n'
            "Acme also announced that Mary Jones has been named Chief Financial Officer. "
            "Previously, Ms. Jones served as treasurer of Contoso Corp.\n\n"
            '"Our balance sheet is strong and we will keep investing," she said.')
    assert _who(text) == [("John Smith", "Chairman and CEO of Acme"),
                          ("Mary Jones", "Chief Financial Officer")]
    # "he" for Smith, and "John" a man's name (round 57): "she" is the one woman, Ms. Jones
    text = text.replace("Mr. Smith added", "he added")
    assert _who(text)[-1][0] == "Mary Jones"


def test_a_plain_name_closing_a_lead_clause_speaks() -> None:
    text = """ACME BANCORP REPORTS SECOND QUARTER EARNINGS

SPRINGFIELD, Ill., July 20, 2001 -- Acme Bancorp, Inc. (Nasdaq: ACMB) today reported net
income of $2.1 million for the second quarter of 2001, compared with $1.8 million a year ago.

Commenting on the results, Robert Johnson said, "We are pleased with the steady growth in
loans and deposits this quarter, despite the softer economy."

Acme Bancorp is the holding company for Acme Bank, a community bank with nine offices in
central Illinois.
"""
    release = parse_press_release(text, "EX-99.1")
    assert release is not None
    assert [(q["speaker"], q["role"]) for q in release["quotes"]] == [("Robert Johnson", None)]
    said = ' said, "We expect loan growth to continue through the second half of the year."'
    for lead, name in (("Regarding the acquisition", "Robert Johnson"),
                       ("According to the company", "Kathy Lee Chen"),
                       ("In a statement", "Jane Doe-Smith")):
        assert _who(f"{lead}, {name}{said}") == [(name, None)], lead
    # an earlier mention that gives no job names a person all the same
    text = ("Acme Corp. today announced that Robert Johnson has joined its board of directors."
            "\n\nCommenting on the appointment, Robert Johnson" + said)
    assert _who(text) == [("Robert Johnson", None)]


def test_a_title_after_a_firm_word_is_no_firm() -> None:
    quote = ('"We have built a strong team and a solid plan for growth in the years ahead,"'
             " said Jane Doe.")
    for news in ("Acme Corp. today announced that it has promoted Jane Doe Group Vice "
                 "President, Industrial Products, effective January 1, 2008.",
                 "Acme Corp. today named Jane Doe Capital Markets Director of its bank unit.",
                 "Acme plc today appointed Jane Doe Group Chief Executive."):
        assert _who(f"{news}\n\n{quote}") == [("Jane Doe", None)], news
    # a firm word, a title and a person after it: the name is a firm's
    text = ("Wells Fargo Bank Chief Economist John Roe expects rates to rise.\n\n"
            '"Demand for housing credit remains strong across the region," said Wells Fargo.')
    assert _who(text) == []


def test_a_uk_sign_off_under_the_release() -> None:
    text = """ACME PLC - INTERIM RESULTS

LONDON, 12 March 2004 -- Acme plc (NYSE: ACM) today announced its interim results for the
six months ended 31 January 2004. Revenue rose 12% to GBP 410 million.

"This has been a strong half for the group and we remain confident about the full year,"
said John Smith.

Operating profit rose 8% to GBP 52 million. The board has declared an interim dividend of
3.1p per share.

John Smith
Group Chief Executive
12 March 2004
"""
    release = parse_press_release(text, "EX-99.1")
    assert release is not None
    assert [q["speaker"] for q in release["quotes"]] == ["John Smith"]


def test_two_people_joined_by_an_ampersand() -> None:
    quote = '"We started this company in a garage and today it serves 40 countries,"'
    assert _who(f"{quote} said John Smith & Jane Doe, co-founders of Acme.") == [
        ("John Smith", "co-founders of Acme")]
    assert _who(f"{quote} said co-founders John Smith & Jane Doe.") == [
        ("John Smith", "co-founders")]
    assert _who('Commenting on the milestone, John Smith & Jane Doe said, "We started this '
                'company in a garage."') == [("John Smith", None)]


def test_she_stays_with_the_speaker_when_mr_names_another_person() -> None:
    text = ('"We had a record quarter," said Jane Lee, Chief Executive Officer of Acme.\n\n'
            "Acme also named Mary Jones Chief Financial Officer. Ms. Jones succeeds Mr. "
            "Leeds, who retired.\n\n"
            '"Our balance sheet is strong and we will keep investing," she said.')
    assert _who(text)[-1][0] == "Jane Lee"  # "Mr. Leeds" is no "Mr. Lee"
    # a predecessor with her surname: the text called the speaker "she" already
    text = ('"We had a record quarter," said Jane Smith, CEO of Acme. "Backlog is strong,"'
            " she added.\n\nAcme also named Mary Jones Chief Financial Officer. Ms. Jones "
            "succeeds Mr. Smith, who retired.\n\n"
            '"We will keep investing," she said.')
    assert _who(text) == [("Jane Smith", "CEO of Acme"), ("Jane Smith", "CEO of Acme")]


def test_a_name_quoted_often_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real = press_quotes._full_mentions

    def counting(text: str, surname: str) -> list[tuple[int, int]]:
        calls.append(surname)
        return real(text, surname)

    monkeypatch.setattr(press_quotes, "_full_mentions", counting)
    paras = ["Morgan Stanley & Co. LLC acted as financial advisor to Acme Corp."]
    paras += [f'In a statement, Morgan Stanley said, "Quarter {k} was strong for the deal."'
              for k in range(200)]
    assert press_quotes.quotes_in(paras) == []
    assert len(calls) < 20
