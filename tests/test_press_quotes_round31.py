"""Press-release quotes (round 31): a firm and a job before the speaker's name, degrees after
a name with no comma, a firm's possessive ending in "s'", and two speakers joined by "and"."""

from __future__ import annotations

from filing2json.parsers.sections.press_quotes import find_quotes
from filing2json.parsers.sections.press_release import parse_press_release
from filing2json.parsers.text import html_to_text


def _who(text: str) -> list[tuple[str, str | None]]:
    return [(q["speaker"], q["role"]) for q in find_quotes(text)]


def test_firm_and_job_before_the_speakers_name() -> None:
    # a two-word firm reads as a name: the person after the job speaks when the release
    # prints the firm as one ("Goldman Sachs & Co. LLC"), or its name holds a company word
    quote = '"We see the new product cycle driving share gains through 2016,"'
    advisor = ("Goldman Sachs & Co. LLC is acting as financial advisor to Contoso and "
               "Wachtell, Lipton, Rosen & Katz as legal counsel.")
    assert _who(f"{quote} Goldman Sachs analyst Robert Johnson said.\n\n{advisor}") == [
        ("Robert Johnson", "Goldman Sachs analyst")]
    assert _who(f"{quote} said Wells Fargo Securities analyst John Smith.") == [
        ("John Smith", "Wells Fargo Securities analyst")]
    assert _who('Contoso Robotics Chief Executive Officer Jane A. Doe said, "We closed 2021 '
                'with record revenue."') == [
        ("Jane A. Doe", "Contoso Robotics Chief Executive Officer")]
    # the name first still reads as before
    assert _who(f"{quote} said Frederic Kunzi CTO of CTC Communications.") == [
        ("Frederic Kunzi", "CTO of CTC Communications")]


def test_firm_and_job_before_the_speaker_in_an_html_release() -> None:
    p = '<p style="margin:0pt 0pt 12pt 0pt"><span style="font-family:Arial">{}</span></p>'
    html = "<html><body>" + "".join(p.format(t) for t in (
        "<b>Contoso Robotics Reports Record Fourth Quarter 2021 Results</b>",
        "SAN JOSE, Calif., Feb. 10, 2022 (GLOBE NEWSWIRE) -- Contoso Robotics, Inc. "
        "(Nasdaq: CRBT) today announced financial results for the fourth quarter ended "
        "December 31, 2021.",
        "\u201cWe closed 2021 with record revenue and strong momentum across every region,"
        "\u201d said Contoso Robotics President and CEO Jane Doe. \u201cOur new platform is "
        "winning share.\u201d",
        "<b>About Contoso Robotics</b>",
        "Contoso Robotics, Inc. designs industrial robots for the automotive industry.",
    )) + "</body></html>"
    release = parse_press_release(html_to_text(html), "ex99-1.htm")
    assert release is not None
    assert [(q["speaker"], q["role"], q["text"]) for q in release["quotes"]] == [
        ("Jane Doe", "Contoso Robotics President and CEO",
         "We closed 2021 with record revenue and strong momentum across every region. "
         "Our new platform is winning share.")]


def test_degree_after_a_name_with_no_comma() -> None:
    quote = '"The Phase 2 data support moving into a pivotal trial,"'
    assert _who(f"{quote} said Jane Doe M.D., Chief Medical Officer of Contoso Therapeutics.") \
        == [("Jane Doe", "Chief Medical Officer of Contoso Therapeutics")]
    assert _who(f"{quote} said Robert Lee PhD, Chief Scientific Officer.") == [
        ("Robert Lee", "Chief Scientific Officer")]
    # a bare "MD" is a managing director's title as often (UK): kept as the role
    assert _who(f"{quote} said Jane Doe MD.") == [("Jane Doe", "MD")]


def test_possessive_of_a_firm_ending_in_s() -> None:
    quote = '"We closed 2021 with record revenue,"'
    assert _who(f"{quote} said Jane Doe, Contoso Robotics' Chief Executive Officer.") == [
        ("Jane Doe", "Chief Executive Officer")]
    assert _who(f"{quote} said Edward Lampert, Sears Holdings\u2019 chairman.") == [
        ("Edward Lampert", "chairman")]


def test_two_speakers_joined_by_and_share_the_role() -> None:
    # as "John Smith & Jane Doe, co-founders of Acme," does: the first person speaks
    quote = '"We started Contoso in a garage in 2009 and never looked back,"'
    assert _who(f"{quote} said Jane Doe and John Smith, co-founders of Contoso Robotics.") == [
        ("Jane Doe", "co-founders of Contoso Robotics")]
    assert _who(f"{quote} said Jane Doe and John Smith, co-CEOs of Contoso Robotics.") == [
        ("Jane Doe", "co-CEOs of Contoso Robotics")]
    assert _who(f"{quote} said Jane Doe and John Smith, in a joint statement.") == [
        ("Jane Doe", None)]


def test_person_before_a_job_and_a_firm_speaks() -> None:
    # "Jane Doe CEO Acme Widgets" (no commas, as 1990s wire copy prints it): the name first
    # speaks unless the release prints the words before the job as a firm's
    quote = '"Our distributors in every region reported record orders in the quarter,"'
    assert _who(f"{quote} said Jane Doe CEO Acme Robotics.") == [("Jane Doe", "CEO Acme Robotics")]
    assert _who(f"{quote} said John Smith President Acme Widgets.") == [
        ("John Smith", "President Acme Widgets")]
    assert _who(f"{quote} said Jane Doe president North America.") == [
        ("Jane Doe", "president North America")]
    assert _who(f"{quote} according to Jane Doe Vice President Sales Acme Robotics.") == [
        ("Jane Doe", "Vice President Sales Acme Robotics")]
    assert _who(f'John Smith President Acme Widgets said, {quote[:-2]}."') == [
        ("John Smith", "President Acme Widgets")]
    # the dateline prints "Contoso Widgets, Inc.": the name after the job speaks
    text = ("AUSTIN, Texas, Oct. 23, 1997 /PRNewswire/ -- Contoso Widgets, Inc. (Nasdaq: CWDG) "
            "today announced record revenue for the third quarter.\n\n"
            '"Our distributors reported record orders," said Contoso Widgets President and '
            "CEO Jane Doe.")
    assert _who(text) == [("Jane Doe", "Contoso Widgets President and CEO")]


def test_name_and_a_second_person_with_a_job() -> None:
    # "Jane Doe and director John Smith": the first speaks; "and ..." is no role
    quote = '"We started Contoso in a garage in 2009 and never looked back,"'
    assert _who(f"{quote} said Jane Doe and director John Smith.") == [("Jane Doe", None)]


def test_possessive_in_s_only_before_a_job() -> None:
    # "Lands' End", "Workers' Compensation", "Teachers' Retirement System" are names
    quote = '"We closed 2021 with record revenue,"'
    assert _who(f"{quote} said Jane Doe, Lands' End chief executive.") == [
        ("Jane Doe", "Lands' End chief executive")]
    assert _who(f"{quote} said John Smith, Workers' Compensation Practice Leader.") == [
        ("John Smith", "Workers' Compensation Practice Leader")]
    assert _who(f"{quote} said John Smith, Teachers' Retirement System trustee.") == [
        ("John Smith", "Teachers' Retirement System trustee")]
    assert _who(f"{quote} said Jane Doe, Acme Partners' CEO.") == [("Jane Doe", "CEO")]


def test_bare_md_after_a_name_is_a_title() -> None:
    # UK releases: "John Smith MD, Acme UK" is the managing director
    quote = '"The UK business delivered another quarter of double-digit growth,"'
    assert _who(f"{quote} said John Smith MD, Acme UK.") == [("John Smith", "MD")]
