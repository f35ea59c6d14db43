"""Press-release quotes (round 30): a place or participle in the clause before the speaker,
a firm closing a lead clause or printed as a firm elsewhere, and "she said" after a
paragraph about another person."""

from __future__ import annotations

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
    for firm in ("Morgan Stanley", "Goldman Sachs", "Morgan Stanley & Co.",
                 "Wells Fargo & Company"):
        assert find_quotes(f"In a statement issued today, {firm}{quote}") == [], firm
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
    # the last speaker's gender unknown: "she" stays with them
    text = text.replace("Mr. Smith added", "he added")
    assert _who(text)[-1][0] == "John Smith"
