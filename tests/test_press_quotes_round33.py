"""Press-release quotes (round 33): a group or a firm after a preposition is no speaker, a
job held no longer is kept as printed in a relative clause as after a comma, "Jane Doe of
Acme Capital Partners" gives the firm as the role (a place or "of Counsel" keeps its "of"),
and a style before a name ("the Honorable Jane Doe") is dropped."""

from __future__ import annotations

from test_press_quotes_round31 import _who  # (speaker, role) of each quote found

from filing2json.parsers.sections.press_release import parse_press_release


def test_analysts_at_a_firm_are_no_speaker() -> None:
    # (was speaker "Smith Barney", role "Analysts at")
    assert _who('Analysts at Smith Barney said, "We agree with management\'s outlook for '
                'the year."') == []
    assert _who('"We agree with management\'s outlook for the year," analysts at Goldman '
                'Sachs said.') == []
    # (was speaker "Smith Barney", role "analysts")
    assert _who('"We agree with management\'s outlook," Smith Barney analysts said.') == []
    # (was speaker "Jane Doe", role "a spokeswoman for")
    assert _who('"The settlement resolves all claims," said a spokeswoman for Jane Doe.') == []
    # an analyst named in full still speaks
    assert _who('"We agree with management\'s outlook," said Jane Doe, an analyst at Smith '
                'Barney.') == [("Jane Doe", "analyst at Smith Barney")]  # (round 65: no article)


def test_title_ending_in_a_department_before_the_name() -> None:
    # (was speaker "Sales John Smith", role "Vice President of")
    assert _who('"Orders from our distributors were at record levels," said Vice President '
                'of Sales John Smith.') == [("John Smith", "Vice President of Sales")]
    # (was speaker "Acme Jane Doe", role "Chief Operating Officer of")
    assert _who('"The plant is running at full capacity," said Chief Operating Officer of '
                'Acme Jane Doe.') == [("Jane Doe", "Chief Operating Officer of Acme")]


def test_former_job_kept_as_printed_in_both_forms() -> None:
    quote = '"We are proud of what we built over thirty years,"'
    # the comma form and the relative clause give the same role (was None for the clause)
    assert _who(f"{quote} said John Smith, Acme's founder and former president.") == [
        ("John Smith", "founder and former president")]
    assert _who(f"{quote} said John Smith, who is Acme's founder and former president.") == [
        ("John Smith", "founder and former president")]
    # "the former chief executive" as "the chief executive" (was "the former ...")
    assert _who(f"{quote} said John Smith, the former chief executive of Acme.") == [
        ("John Smith", "former chief executive of Acme")]


def test_name_of_a_firm_gives_the_firm_as_role() -> None:
    # a plain firm's name (legal form, firm's noun) after "of" is the role
    assert _who('Jane Doe of Acme Capital Partners said, "We welcome the board\'s '
                'decision."') == [("Jane Doe", "Acme Capital Partners")]
    assert _who('"We welcome the board\'s decision," said John Smith of Acme Robotics '
                'Corp.') == [("John Smith", "Acme Robotics Corp.")]
    # two capitalised words may be a firm, a place or a rank: "of" stays with them
    assert _who('"We welcome the board\'s decision," said Jane Doe of Smith Barney.') == [
        ("Jane Doe", "of Smith Barney")]


def test_of_a_place_or_of_counsel_keeps_its_of() -> None:
    # (was "Counsel", "Houston", "Boston": the meaning changed; round 63: a place after
    # "of" is where the person is from, no job: no role, was "of Houston", "of Boston")
    quote = '"The ruling confirms the validity of our patents,"'
    assert _who(f"{quote} said John Smith of Counsel.") == [("John Smith", "of Counsel")]
    assert _who(f"{quote} said Jane Doe of Houston.") == [("Jane Doe", None)]
    assert _who(f"{quote} said Jane Doe of Boston.") == [("Jane Doe", None)]
    assert _who(f"{quote} said Jane Doe of Counsel to Smith & Jones LLP.") == [
        ("Jane Doe", "of Counsel to Smith & Jones LLP")]


def test_article_and_style_before_a_name() -> None:
    quote = '"Exports create good jobs in every state,"'
    # (was no quote; before round 33 speaker "Honorable Jane Doe", role "the")
    assert _who(f"{quote} said the Honorable Jane Doe, U.S. Secretary of Commerce.") == [
        ("Jane Doe", "U.S. Secretary of Commerce")]
    assert _who(f"The Reverend Jesse Jackson said, {quote}") == [("Jesse Jackson", None)]
    assert _who(f"{quote} said The Right Reverend John Smith, Bishop of Texas.") == [
        ("John Smith", "Bishop of Texas")]
    # (was role "Hon", the job after the comma lost)
    assert _who(f"{quote} said Hon. John Smith, Mayor of Austin.") == [
        ("John Smith", "Mayor of Austin")]
    # a body named for a person still speaks for no one
    assert _who(f"{quote} said Representatives of the Jane Doe Foundation.") == []


def test_release_with_analysts_quote_and_executive_quote() -> None:
    text = """ACME ROBOTICS COMPLETES ACQUISITION OF BETA SYSTEMS

AUSTIN, Texas, March 3, 1999 -- Acme Robotics, Inc. (NASDAQ: ACMR) today announced that it
has completed its acquisition of Beta Systems Corp.

"Beta gives us the software platform our customers have asked for," said Jane Doe,
President and Chief Executive Officer of Acme Robotics.

Analysts at Smith Barney said, "The combination creates the leading supplier of warehouse
automation software."

"We expect the acquisition to add to earnings in 2000," added Doe.

Acme Robotics, Inc. is a leading maker of warehouse robots.
"""
    rec = parse_press_release(text, "EX-99.1")
    assert rec is not None
    assert [(q["speaker"], q["role"]) for q in rec["quotes"]] == [
        ("Jane Doe", "President and Chief Executive Officer of Acme Robotics"),
        ("Jane Doe", "President and Chief Executive Officer of Acme Robotics")]
