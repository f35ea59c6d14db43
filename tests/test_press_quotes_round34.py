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
    # (was no quote; round 62b: the office spelled out with the party and state, was
    # "Sen.", "U.S. Sen.", "Rep.")
    assert _who(f"{quote} said Sen. Richard Shelby (R-Ala.).") == [
        ("Richard Shelby", "Senator (R-Ala.)")]
    assert _who(f"{quote} said U.S. Sen. Richard Shelby, R-Ala.") == [
        ("Richard Shelby", "U.S. Senator (R-Ala.)")]
    assert _who(f'Rep. Robert Aderholt (R-Ala.) said, {quote[:-2]}."') == [
        ("Robert Aderholt", "Representative (R-Ala.)")]


def test_office_before_the_name() -> None:
    quote = '"Acme\'s new plant will bring 400 jobs to Central Texas,"'
    # (was speaker "Austin Mayor Jane Doe", role None)
    assert _who(f"{quote} said Austin Mayor Jane Doe.") == [("Jane Doe", "Austin Mayor")]
    # (was no quote)
    assert _who(f"{quote} said Texas Governor the Honorable Rick Perry.") == [
        ("Rick Perry", "Texas Governor")]
    # (round 63: the abbreviated office spelled out, as with a party or a place after the
    # name; was "Lt. Gov.", "Texas Gov.")
    assert _who(f"{quote} said Lt. Gov. David Dewhurst.") == [
        ("David Dewhurst", "Lieutenant Governor")]
    # the surname later is the same person with the same role
    assert _who(f"{quote} said Texas Gov. Rick Perry.\n\n"
                '"We welcome Acme to Texas," Perry added.') == [
        ("Rick Perry", "Texas Governor"), ("Rick Perry", "Texas Governor")]


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


# Round 34 audit (false positives of the rules above)


def test_rank_abbreviation_before_a_spelled_title_is_one_office() -> None:
    quote = '"Acme\'s new plant will bring 400 jobs to Central Texas,"'
    # (was role "Governor": the "Lt." lost; round 63: spelled out, was "Texas Lt. Governor")
    assert _who(f"{quote} said Texas Lt. Governor David Dewhurst.") == [
        ("David Dewhurst", "Texas Lieutenant Governor")]
    # (was "Counsel", "Majority Leader")
    assert _who(f"{quote} said Acme Gen. Counsel John Smith.") == [
        ("John Smith", "Acme Gen. Counsel")]
    assert _who(f"{quote} said Sen. Majority Leader Bill Frist.") == [
        ("Bill Frist", "Sen. Majority Leader")]
    # a job printed after the name still wins
    assert _who(f"{quote} said Lt. Governor David Dewhurst, chairman of the Legislative Budget "
                "Board.") == [("David Dewhurst", "chairman of the Legislative Budget Board")]


def test_firm_named_with_an_office_word_before_a_job() -> None:
    quote = '"The merger gives our clients a national network of IT staffing offices,"'
    # (was role "Group CEO")
    assert _who(f"{quote} said The Judge Group CEO Martin Judge.") == [
        ("Martin Judge", "The Judge Group CEO")]
    assert _who(f"{quote} said Ambassador Group CEO John Smith.") == [
        ("John Smith", "Ambassador Group CEO")]


def test_office_word_inside_a_name() -> None:
    quote = '"Our anti-spam appliance blocked 98 percent of junk e-mail in the trial,"'
    # (was no quote: "Paul Judge" read as a title before the name "Jr.")
    assert _who(f"{quote} said CipherTrust CTO Paul Judge Jr.") == [
        ("Paul Judge Jr.", "CipherTrust CTO")]
    # (was no quote)
    assert _who(f"{quote} said Jane Doe Professor Emeritus.") == [
        ("Jane Doe", "Professor Emeritus")]


def test_person_before_an_analyst_job_and_a_firm() -> None:
    quote = '"Acme is well positioned for the recovery in semiconductor capital spending,"'
    # (was speaker "Raymond James", role "Jane Doe analyst")
    assert _who(f"{quote} said Jane Doe analyst Raymond James.") == [
        ("Jane Doe", "analyst Raymond James")]
    assert _who(f"{quote} said John Smith spokesman Ford Motor.") == [
        ("John Smith", "spokesman Ford Motor")]
    # the firm first still reads as a firm
    assert _who(f"{quote} said Raymond James analyst Jane Doe.") == [
        ("Jane Doe", "Raymond James analyst")]


def test_office_after_initials_closing_a_role_opens_a_sentence() -> None:
    quote = '"The contract secures 200 jobs in Huntsville,"'
    # (was role "president of Acme U.S. Sen. Jane Doe also welcomed the contract")
    assert _who(f"{quote} said John Smith, president of Acme U.S. Sen. Jane Doe also "
                "welcomed the contract.") == [("John Smith", "president of Acme U.S.")]
    # (was role "U.S."; round 63: spelled out, was "Lt. Col.")
    assert _who(f"{quote} said Lt. Col. John Smith, U.S. Army.") == [
        ("John Smith", "Lieutenant Colonel")]


def test_rank_abbreviation_ending_a_sentence() -> None:
    quote = '"We are honored to have him on our board,"'
    # (was role "a retired Navy Adm. Acme also named three new directors")
    assert _who(f"{quote} said John Smith, a retired Navy Adm. Acme also named three new "
                "directors.") == [("John Smith", "a retired Navy Adm")]
    # before a name or a rank it ends none (round 63: spelled out, was "Maj. Gen.")
    assert _who(f"{quote} said Maj. Gen. John Smith.") == [("John Smith", "Major General")]


def test_title_and_surname_alone_keep_the_quote() -> None:
    quote = '"Acme\'s new headquarters will bring 800 jobs downtown,"'
    # (was no quote)
    assert _who(f"{quote} said Mayor Watson.") == [("Mayor Watson", None)]
    assert _who(f"{quote} said Rabbi Cohen.") == [("Rabbi Cohen", None)]
    # named in full before: that person, with the role printed there
    assert _who(f"{quote} said Austin Mayor Kirk Watson.\n\n"
                '"It is a great day for Austin," Mayor Watson added.') == [
        ("Kirk Watson", "Austin Mayor"), ("Kirk Watson", "Austin Mayor")]
