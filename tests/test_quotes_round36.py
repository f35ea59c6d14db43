"""Press-release quotes (round 36): plain speech verbs press_patterns.VERBS lacks
("indicated", "cautioned", "reiterated", ...) attribute a quote after it or, with a comma or
colon right before the mark, before it."""

from __future__ import annotations

from filing2json.parsers.sections.press_quotes import find_quotes


def _who(text: str) -> list[tuple[str, str | None, str]]:
    return [(q["speaker"], q["role"], q["text"]) for q in find_quotes(text)]


def test_plain_speech_verb_after_the_quote() -> None:
    # (was no quote)
    assert _who('"We expect shipments of the Model 4100 to begin in the third quarter," '
                "indicated Robert J. Hanley, President and Chief Executive Officer of "
                "Consolidated Instruments.") == [
        ("Robert J. Hanley", "President and Chief Executive Officer of Consolidated Instruments",
         "We expect shipments of the Model 4100 to begin in the third quarter")]
    assert _who('"Pricing in the memory market remains soft," Mary Ellen Carter, Chief '
                "Financial Officer, cautioned.") == [
        ("Mary Ellen Carter", "Chief Financial Officer",
         "Pricing in the memory market remains soft")]


def test_plain_speech_verb_before_the_quote_and_a_pronoun_after() -> None:
    text = ("Thomas Whitfield, Chairman of the Board, reiterated, \"The Company remains "
            "committed to its dividend.\"\n\n"
            '"We have paid a dividend for 42 consecutive years," he indicated.')
    # (was no quote)
    assert _who(text) == [
        ("Thomas Whitfield", "Chairman of the Board",
         "The Company remains committed to its dividend."),
        ("Thomas Whitfield", "Chairman of the Board",
         "We have paid a dividend for 42 consecutive years")]
    # no title or phrase reported in a sentence is a quote
    assert _who('Under the "Plan," the Company indicated it would repurchase 1,000,000 '
                "shares.") == []
    assert _who('John Doe, Chief Executive Officer, cautioned that "results may vary" in '
                "1999.") == []
    assert _who('The launch of "Project Blue," underscored Acme\'s focus on services.') == []



def test_lower_case_job_given_by_a_verb_of_appointment() -> None:
    # a 1990s release prints the job in lower case right after the name it names
    text = ("CHICAGO, Ill., March 4, 1996 -- Midwest Grain Holdings Inc. today named Richard "
            "P. Lawson president and chief executive officer, effective April 1.\n\n"
            '"Midwest Grain has a strong franchise in the Corn Belt," Lawson said.')
    # (was role None)
    assert _who(text) == [("Richard P. Lawson", "president and chief executive officer",
                           "Midwest Grain has a strong franchise in the Corn Belt")]
    # (was role None) "a" before the job is dropped, as with "was elected a director"
    assert _who("The board elected Susan M. Tate a director of the Company.\n\n"
                '"I look forward to serving," Ms. Tate said.') == [
        ("Susan M. Tate", "director of the Company", "I look forward to serving")]
    # (was role "Chief Financial Officer on Monday") a date after the job is no part of it
    assert _who("Acme Robotics named Linda K. Moss Chief Financial Officer on Monday.\n\n"
                '"Our balance sheet has never been stronger," Moss said.') == [
        ("Linda K. Moss", "Chief Financial Officer",
         "Our balance sheet has never been stronger")]
    # words that are no job give none ("in March to lead ...")
    assert _who("Acme Robotics named Linda K. Moss in March to lead its sales force.\n\n"
                '"We will grow in Asia," Moss said.') == [
        ("Linda K. Moss", None, "We will grow in Asia")]


def test_adding_before_a_second_quote_is_no_part_of_the_role() -> None:
    # (was role "Chief Executive Officer of Northwind Traders, adding")
    assert _who('"Our same-store sales rose 6.2 percent in December," said Karen L. Wu, '
                'Chief Executive Officer of Northwind Traders, adding, "We enter 2004 with '
                'lean inventories."') == [
        ("Karen L. Wu", "Chief Executive Officer of Northwind Traders",
         "Our same-store sales rose 6.2 percent in December. We enter 2004 with lean "
         "inventories.")]


def test_predicted_and_replied_attribute_a_quote() -> None:
    # (was no quote)
    assert _who('"We expect sales of the Pentium-based line to double by 1998," predicted '
                "Alan R. Shaw, vice president of marketing.") == [
        ("Alan R. Shaw", "vice president of marketing",
         "We expect sales of the Pentium-based line to double by 1998")]
    assert _who("Asked about the strike, Alan R. Shaw, vice president of operations, replied, "
                '"We expect a settlement within weeks."') == [
        ("Alan R. Shaw", "vice president of operations",
         "We expect a settlement within weeks.")]


def test_job_words_after_a_company_abbreviation_stay_in_the_role() -> None:
    # (was role "Northwind Traders Inc.")
    assert _who('"December was our strongest month ever," said Karen L. Wu, Northwind '
                "Traders Inc. President and Chief Executive Officer.") == [
        ("Karen L. Wu", "Northwind Traders Inc. President and Chief Executive Officer",
         "December was our strongest month ever")]
    # a new sentence after "Inc." still ends the role
    assert _who('"December was our strongest month ever," said Karen L. Wu, chief executive '
                "of Northwind Traders Inc. Comparable-store sales rose 6.2 percent.") == [
        ("Karen L. Wu", "chief executive of Northwind Traders Inc.",
         "December was our strongest month ever")]


def test_a_capitals_job_goes_on_past_in_and_a_lower_case_one_stops_at_its_meeting() -> None:
    # (an audit of this round's first rule, which cut every job at " in"/" on")
    assert _who("Acme appointed John Doe Senior Vice President in the Company's Commercial "
                'Lending Division.\n\n"We are pleased," Doe said.') == [
        ("John Doe", "Senior Vice President in the Company's Commercial Lending Division",
         "We are pleased")]
    assert _who("The board elected Mary Major a director of the Company at its meeting on "
                'February 10.\n\n"I look forward to serving," Major said.') == [
        ("Mary Major", "director of the Company", "I look forward to serving")]
