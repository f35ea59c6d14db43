"""Press-release quotes (round 34): an analyst's firm before the name, a public office or
rank before a name ("Sen.", "Texas Governor", "Lt. Gen."), a clerical style ("Rabbi",
"Father") dropped as "Dr." is, and an age before the role."""

from __future__ import annotations

from test_press_quotes_round31 import _who  # (speaker, role) of each quote found

from filing2json.parsers.sections.press_release import parse_press_release


def test_analyst_of_a_firm_named_before_the_speaker() -> None:
    quote = '"We expect the new line to drive share gains through 2001,"'
    # (was speaker "Smith Barney", role "analyst John Smith")
    assert _who(f"{quote} said Smith Barney analyst John Smith.") == [
        ("John Smith", "Smith Barney analyst")]
    # (was speaker "Morgan Stanley Dean Witter", role "analyst John Smith")
    assert _who(f"{quote} said Morgan Stanley Dean Witter analyst Mary Jones.") == [
        ("Mary Jones", "Morgan Stanley Dean Witter analyst")]
    # a person before a job and a region still speaks
    assert _who(f"{quote} said Jane Doe president North America.") == [
        ("Jane Doe", "president North America")]


def test_legislator_with_party_and_state() -> None:
    quote = '"This contract keeps 300 jobs in Alabama,"'
    # (was no quote)
    assert _who(f"{quote} said Sen. Richard Shelby (R-Ala.).") == [("Richard Shelby", "Sen.")]
    assert _who(f"{quote} said U.S. Sen. Richard Shelby, R-Ala.") == [
        ("Richard Shelby", "U.S. Sen.")]
    assert _who(f'Rep. Robert Aderholt (R-Ala.) said, {quote[:-2]}."') == [
        ("Robert Aderholt", "Rep.")]


def test_office_before_the_name() -> None:
    quote = '"Acme\'s new plant will bring 400 jobs to Central Texas,"'
    # (was speaker "Austin Mayor Jane Doe", role None)
    assert _who(f"{quote} said Austin Mayor Jane Doe.") == [("Jane Doe", "Austin Mayor")]
    # (was no quote)
    assert _who(f"{quote} said Texas Governor the Honorable Rick Perry.") == [
        ("Rick Perry", "Texas Governor")]
    assert _who(f"{quote} said Lt. Gov. David Dewhurst.") == [("David Dewhurst", "Lt. Gov.")]
    # the surname later is the same person with the same role
    assert _who(f"{quote} said Texas Gov. Rick Perry.\n\n"
                '"We welcome Acme to Texas," Perry added.') == [
        ("Rick Perry", "Texas Gov."), ("Rick Perry", "Texas Gov.")]


def test_rank_before_the_name_and_a_job_after_it() -> None:
    # (was role "Gen", the job after the comma lost)
    assert _who('"The robots will save soldiers\' lives," said Gen. John Smith, commander of '
                "Army Materiel Command.") == [("John Smith", "commander of Army Materiel Command")]


def test_clerical_style_is_no_part_of_the_name() -> None:
    # (was speaker "Rabbi David Cohen", then "Rabbi Cohen")
    assert _who('"We are grateful for Acme\'s gift," said Rabbi David Cohen, president of the '
                'Houston Board of Rabbis.\n\n"It will feed 500 families," Rabbi Cohen added.') == [
        ("David Cohen", "president of the Houston Board of Rabbis"),
        ("David Cohen", "president of the Houston Board of Rabbis")]
    # (was speaker "Father John Smith")
    assert _who('"The school will serve 500 children," said Father John Smith, pastor of '
                "St. Mary's Church.") == [("John Smith", "pastor of St. Mary's Church")]


def test_age_before_the_role_in_a_release() -> None:
    text = (
        "ACME ROBOTICS NAMES JANE DOE CHIEF EXECUTIVE OFFICER\n\n"
        "AUSTIN, Texas, Oct. 24, 2006 /PRNewswire/ -- Acme Robotics, Inc. (Nasdaq: ACME) today "
        "named Jane Doe chief executive officer, effective November 1.\n\n"
        '"I am honored to lead Acme into its next chapter," said Jane Doe, 52, chief executive '
        "officer designate.\n\n"
        "About Acme Robotics\n\n"
        "Acme Robotics, Inc. designs industrial robots.\n"
    )
    release = parse_press_release(text, "EX-99.1")
    assert release is not None
    # (was role "52, chief executive officer designate")
    assert [(q["speaker"], q["role"], q["text"]) for q in release["quotes"]] == [
        ("Jane Doe", "chief executive officer designate",
         "I am honored to lead Acme into its next chapter")]
