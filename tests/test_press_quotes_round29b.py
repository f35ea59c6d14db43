"""Press-release quotes (round 29, second pass): quote boxes signed beside or above the quote,
an attribution broken onto the next line, footnote marks, clause openers, joint quotes, and a
role stated with "is"."""

from __future__ import annotations

from filing2json.parsers.sections.press_quotes import find_quotes, quotes_in
from filing2json.parsers.sections.press_release import parse_press_release
from filing2json.parsers.text import html_to_text

_HEAD = """<html><body>
<p align="center"><b>Contoso Reports Fourth Quarter and Full Year 2019 Results</b></p>
<p>REDMOND, Wash.--(BUSINESS WIRE)--Feb. 12, 2020-- Contoso Ltd. (NASDAQ: CTSO) today
reported financial results for the fourth quarter and full year ended December 31, 2019.</p>
<p>Revenue for the quarter was $412.3 million, up 14% year over year.</p>
"""
_TAIL = """<p><b>About Contoso</b></p>
<p>Contoso Ltd. is a leading provider of cloud software for manufacturers. For more
information, visit www.contoso.com.</p>
</body></html>"""


def _quotes(html: str) -> list[tuple[str, str | None, str]]:
    release = parse_press_release(html_to_text(_HEAD + html + _TAIL), "EX-99.1")
    assert release is not None
    return [(q["speaker"], q["role"], q["text"]) for q in release["quotes"]]


_BOX_QUOTE = ("<td><p>&#8220;This was a transformational year for Contoso, with record "
              "revenue and margins.&#8221;</p></td>")
_BOX_NAME = "<td><p>Satya Patel</p><p>Chief Executive Officer</p></td>"


def test_quote_box_signed_in_the_cell_beside_it() -> None:
    # Workiva releases (2016-2025): a table row, the name-and-title cell before or after
    expected = [("Satya Patel", "Chief Executive Officer",
                 "This was a transformational year for Contoso, with record revenue and "
                 "margins.")]
    assert _quotes(f"<table><tr>{_BOX_NAME}{_BOX_QUOTE}</tr></table>") == expected
    assert _quotes(f"<table><tr>{_BOX_QUOTE}{_BOX_NAME}</tr></table>") == expected


def test_quote_box_stacked_under_its_signature() -> None:
    paras = [
        "Satya Patel, Chief Executive Officer",
        "\u201cThis was a transformational year for Contoso, with record revenue.\u201d",
        "Jane Doe, Chief Financial Officer",
        "\u201cWe generated record free cash flow and returned most of it to "
        "shareholders.\u201d",
    ]
    assert [(q["speaker"], q["role"]) for q in quotes_in(paras)] == [
        ("Satya Patel", "Chief Executive Officer"),
        ("Jane Doe", "Chief Financial Officer"),
    ]
    # an award's caption beside a product's name is no quote box
    assert find_quotes('Contoso Cloud Platform Director\t"Best Product of the Year."') == []


def test_attribution_broken_onto_the_next_line() -> None:
    html = ("<p>&#8220;We delivered another quarter of strong growth and we remain confident "
            "in our outlook for the year,&#8221;<br/>said Jane Doe, Chief Executive Officer of "
            "Contoso.</p>")
    assert _quotes(html) == [
        ("Jane Doe", "Chief Executive Officer of Contoso",
         "We delivered another quarter of strong growth and we remain confident in our "
         "outlook for the year"),
    ]


def test_footnote_mark_after_the_closing_quote() -> None:
    html = ("<p>&#8220;We delivered record revenue of $1.2 billion,&#8221;<sup>1</sup> said "
            "Jane Doe, Chief Executive Officer.</p>")
    assert _quotes(html) == [
        ("Jane Doe", "Chief Executive Officer", "We delivered record revenue of $1.2 billion"),
    ]


def test_clause_opener_is_no_part_of_the_name() -> None:
    text = ("Backlog at quarter end was $84.2 million.\n\n"
            'As John Smith, Chief Executive Officer, pointed out, "Our backlog is at a record '
            'level."')
    assert [(q["speaker"], q["role"]) for q in find_quotes(text)] == [
        ("John Smith", "Chief Executive Officer")]


def test_joint_quote_of_several_people_gives_no_role() -> None:
    for who in ("John Smith, Jane Doe and Robert Brown", "John Smith and Jane Doe"):
        text = f'{who} said, "We are proud of what the team has built."'
        assert [(q["speaker"], q["role"]) for q in find_quotes(text)] == [("John Smith", None)]


def test_role_stated_with_is() -> None:
    text = ("Thomas J. Reilly is President and Chief Executive Officer of Fabrikam.\n\n"
            '"We expect the transaction to close in the third quarter," Reilly said.')
    assert [(q["speaker"], q["role"]) for q in find_quotes(text)] == [
        ("Thomas J. Reilly", "President and Chief Executive Officer of Fabrikam")]
    # "is" with no job: no role
    text = ('Jane Doe is a long-time customer of Fabrikam.\n\n"We love the product," Doe said.')
    assert [(q["speaker"], q["role"]) for q in find_quotes(text)] == [("Jane Doe", None)]


def test_role_stated_with_is_stops_at_a_verb_and_is_no_kinship() -> None:
    cases = [
        ("John Smith is President of Acme and has served in that role since 1999.",
         "Smith", "President of Acme"),
        ("Dr. Jane Doe is Acme's Chief Scientific Officer and leads its oncology programs.",
         "Doe", "Chief Scientific Officer"),
        ("John Smith is the son of the company's founder.", "Smith", None),
    ]
    for sentence, surname, role in cases:
        text = f'{sentence}\n\n"We expect the trial to read out next year," {surname} said.'
        assert [q["role"] for q in find_quotes(text)] == [role]


def test_firm_after_an_analyst_name_is_no_joint_speaker() -> None:
    for firm in ("Morgan Stanley", "Raymond James", "Piper Jaffray"):
        text = f'"We think the stock is undervalued at these levels," said John Smith, {firm}.'
        assert [(q["speaker"], q["role"]) for q in find_quotes(text)] == [("John Smith", firm)]


def test_quote_box_signed_with_a_title_only_names_no_one() -> None:
    quote = ("<td><p>&#8220;This product has transformed the way our team works every "
             "single day.&#8221;</p></td>")
    for cell in ("Purchasing Director, Midwest Utility", "Human Resources Director",
                 "Customer Success Manager"):
        assert _quotes(f"<table><tr><td><p>{cell}</p></td>{quote}</tr></table>") == []


def test_so_opens_a_given_name() -> None:
    text = ('"We are thrilled with the results of the trial," said So Young Kim, Chief '
            "Executive Officer.")
    assert [(q["speaker"], q["role"]) for q in find_quotes(text)] == [
        ("So Young Kim", "Chief Executive Officer")]
