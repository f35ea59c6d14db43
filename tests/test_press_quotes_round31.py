"""Press-release quotes (round 31): a firm and a job before the speaker's name, degrees after
a name with no comma, a firm's possessive ending in "s'", and two speakers joined by "and"."""

from __future__ import annotations

from filing2json.parsers.sections.press_quotes import find_quotes
from filing2json.parsers.sections.press_release import parse_press_release
from filing2json.parsers.text import html_to_text


def _who(text: str) -> list[tuple[str, str | None]]:
    return [(q["speaker"], q["role"]) for q in find_quotes(text)]


def test_firm_and_job_before_the_speakers_name() -> None:
    # a two-word firm reads as a name: the person after the job speaks, not the firm
    quote = '"We see the new product cycle driving share gains through 2016,"'
    assert _who(f"{quote} Goldman Sachs analyst Robert Johnson said.") == [
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
    assert _who(f"{quote} said Jane Doe MD.") == [("Jane Doe", None)]


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
