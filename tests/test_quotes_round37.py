"""Press-release quotes (round 37): a surname resolved against the full name printed earlier
with an initial first ("J. Michael Smith"), a hyphenated given name ("Jean-Pierre"), a
suffix ("Jr.", "III"), a degree (", Ph.D.,"), an age before a verb of appointment, or a
photo's note ("(pictured)"), which is never the role."""

from __future__ import annotations

from filing2json.parsers.sections.press_quotes import find_quotes


def _who(text: str) -> list[tuple[str, str | None, str]]:
    return [(q["speaker"], q["role"], q["text"]) for q in find_quotes(text)]


def test_surname_finds_a_full_name_opening_with_an_initial_or_a_hyphenated_given_name() -> None:
    # (was "Michael Smith")
    assert _who("PITTSBURGH, Pa., May 4, 1999 -- Allegheny Valley Bancorp today announced "
                "that J. Michael Smith has been named President of the Bank.\n\n"
                '"Allegheny Valley has a proud history in this community," Mr. Smith said.') == [
        ("J. Michael Smith", "President of the Bank",
         "Allegheny Valley has a proud history in this community")]
    # (was "Pierre Dupont")
    assert _who("MONTREAL, June 2, 2004 /CNW/ - Tecsys Inc. today announced that Jean-Pierre "
                "Dupont has been appointed Chief Operating Officer.\n\n"
                '"I am delighted to join such a talented team," said Mr. Dupont.') == [
        ("Jean-Pierre Dupont", "Chief Operating Officer",
         "I am delighted to join such a talented team")]


def test_surname_finds_a_full_name_with_its_suffix_and_role() -> None:
    # (was "Robert Wilson", role None: the role follows the suffix)
    assert _who("MEMPHIS, Tenn., Jan. 20, 1997 -- Robert E. Wilson Jr., chairman of Delta "
                "Freight Lines Inc., announced record fourth-quarter earnings.\n\n"
                '"Our tonnage grew in every region we serve," Wilson said.') == [
        ("Robert E. Wilson Jr.", "chairman of Delta Freight Lines Inc.",
         "Our tonnage grew in every region we serve")]
    assert _who("HOUSTON, April 2, 2003 -- Thomas Gray III, president of Gulf Marine Corp., "
                "reviewed the quarter.\n\n"
                '"Day rates have firmed," Mr. Gray said.') == [
        ("Thomas Gray III", "president of Gulf Marine Corp.", "Day rates have firmed")]


def test_surname_takes_the_role_printed_after_a_degree() -> None:
    # (was role None: ", Ph.D." read as the role, then dropped as a degree)
    assert _who("CAMBRIDGE, Mass., Oct. 8, 2012 /PRNewswire/ -- Helix Biotherapeutics today "
                "presented Phase 2 data. Robert Chen, Ph.D., Chief Scientific Officer of "
                "Helix, presented the results.\n\n"
                '"These data support advancing HX-201 into Phase 3," said Dr. Chen.') == [
        ("Robert Chen", "Chief Scientific Officer of Helix",
         "These data support advancing HX-201 into Phase 3")]
    assert _who("Helix Biotherapeutics said Maria Alvarez, M.D., has been named Chief "
                "Medical Officer.\n\n"
                '"I look forward to the pivotal program," Dr. Alvarez said.') == [
        ("Maria Alvarez", "Chief Medical Officer", "I look forward to the pivotal program")]


def test_surname_takes_the_job_appointed_after_an_age() -> None:
    # (was role None: ", has been appointed chairman" read as a role and dropped)
    assert _who("DALLAS, Feb. 3, 2005 -- Lone Star Industries announced that John W. Barnes, "
                "58, has been appointed chairman and chief executive officer.\n\n"
                '"I am honored to lead this company," Barnes said.') == [
        ("John W. Barnes", "chairman and chief executive officer",
         "I am honored to lead this company")]
    assert _who("Acme Corp. said Linda Moss, 47, was named Chief Financial Officer.\n\n"
                '"Our balance sheet is strong," Ms. Moss said.') == [
        ("Linda Moss", "Chief Financial Officer", "Our balance sheet is strong")]


def test_pictured_after_a_name_is_no_role() -> None:
    # (was role "(pictured)")
    assert _who('"We are proud to bring this service to our customers," said Jane Kim '
                "(pictured), President and CEO of Harbor Bank.") == [
        ("Jane Kim", "President and CEO of Harbor Bank",
         "We are proud to bring this service to our customers")]
    assert _who("Jane Kim (pictured left), President and CEO of Harbor Bank, said, \"We are "
                'proud to bring this service to our customers."') == [
        ("Jane Kim", "President and CEO of Harbor Bank",
         "We are proud to bring this service to our customers.")]
    # (was no quote)
    assert _who('"We are proud to bring this service to our customers," said Harbor Bank CEO '
                "Jane Kim (pictured).") == [
        ("Jane Kim", "Harbor Bank CEO", "We are proud to bring this service to our customers")]
    # (was role None) the role printed after the note, for a surname later
    assert _who("SEATTLE, Sept. 9, 2014 /PRNewswire/ -- Harbor Bank announced that Jane Kim "
                "(pictured) has been named chief executive officer.\n\n"
                '"I am honored," said Ms. Kim.') == [
        ("Jane Kim", "chief executive officer", "I am honored")]


_RESULTS = ('"We delivered another strong quarter, with revenue up 12 percent. Our team '
            'executed well."')


def test_the_following_comments_lead_in_is_no_part_of_the_role() -> None:
    head = "ATLANTA, Feb. 12, 2015 /PRNewswire/ -- Acme Corp. today reported results.\n\n"
    # (was role "Chief Executive Officer, made the following")
    assert _who(f"{head}Jane Doe, Chief Executive Officer, made the following comments:\n\n"
                f"{_RESULTS}\n") == [("Jane Doe", "Chief Executive Officer", _RESULTS[1:-1])]
    assert _who(f"{head}Jane Doe, Chief Executive Officer, offered the following remarks on "
                f"the fourth quarter:\n\n{_RESULTS}\n") == [
        ("Jane Doe", "Chief Executive Officer", _RESULTS[1:-1])]
    # (was no quote)
    assert _who(f"{head}Jane Doe, Chief Executive Officer, had the following to say about "
                f"the quarter:\n\n{_RESULTS}\n") == [
        ("Jane Doe", "Chief Executive Officer", _RESULTS[1:-1])]
    assert _who('John A. Smith, Chairman of the Board, stated as follows: "The Board is '
                'pleased with the progress of the Company."') == [
        ("John A. Smith", "Chairman of the Board",
         "The Board is pleased with the progress of the Company.")]
    # a company's statement names no one
    assert _who('The Company issued the following statement: "We are cooperating fully '
                'with the investigation."') == []


def test_comments_from_heading_names_the_speaker() -> None:
    # (was no quote)
    assert _who("ATLANTA, Feb. 12, 2015 -- Acme Corp. today reported results.\n\n"
                "Comments from Jane Doe, President and Chief Executive Officer:\n\n"
                f"{_RESULTS}\n") == [
        ("Jane Doe", "President and Chief Executive Officer", _RESULTS[1:-1])]
    # a heading naming no one gives no speaker
    assert _who("ATLANTA, Feb. 12, 2015 -- Acme Corp. today reported results.\n\n"
                f"Comments from Management:\n\n{_RESULTS}\n") == []


def test_a_phrase_in_a_later_sentence_is_no_part_of_the_quote() -> None:
    quote = ('"We are pleased with the quarter," said Jane Doe, chief executive officer of '
             "Acme Corp.")
    # (was "We are pleased with the quarter, continue to invest in growth markets.")
    assert _who(f'{quote} Doe said the company would "continue to invest in growth '
                'markets."') == [
        ("Jane Doe", "chief executive officer of Acme Corp.", "We are pleased with the quarter")]
    # (was "We are pleased with the quarter. Widget Pro 3000": a product's name)
    assert _who(f'{quote} The new model, called "Widget Pro 3000," ships in May.') == [
        ("Jane Doe", "chief executive officer of Acme Corp.", "We are pleased with the quarter")]
    # (was "..., the most important launch in our history.")
    assert _who(f'{quote} She added that the launch was "the most important launch in our '
                'history."') == [
        ("Jane Doe", "chief executive officer of Acme Corp.", "We are pleased with the quarter")]
    # a new quoted sentence after the attribution goes on with it
    assert _who(f'{quote} "Our customers noticed."') == [
        ("Jane Doe", "chief executive officer of Acme Corp.",
         "We are pleased with the quarter. Our customers noticed.")]
    assert _who('Jane Doe, CEO, said that "we expect growth in every region this year."') == [
        ("Jane Doe", "CEO", "we expect growth in every region this year.")]


def test_further_degrees_after_the_name_are_no_role() -> None:
    # (was role "M.B.A., Chief Scientific Officer")
    assert _who('"The data support a pivotal trial," said Robert Chen, Ph.D., M.B.A., Chief '
                "Scientific Officer of Helix Biotherapeutics.") == [
        ("Robert Chen", "Chief Scientific Officer of Helix Biotherapeutics",
         "The data support a pivotal trial")]
    # (was role "M.P.H., Chief Medical Officer")
    assert _who('"Enrollment is ahead of plan," said Maria Alvarez, M.D., M.P.H., Chief '
                "Medical Officer.") == [
        ("Maria Alvarez", "Chief Medical Officer", "Enrollment is ahead of plan")]
    # (was role "Pharm.D., Vice President, Clinical Development")
    assert _who('"Enrollment is ahead of plan," said Susan Park, Pharm.D., Vice President, '
                "Clinical Development.") == [
        ("Susan Park", "Vice President, Clinical Development", "Enrollment is ahead of plan")]


def test_a_roman_numeral_before_a_hyphen_is_no_suffix() -> None:
    # "II-VI President", "II-VI's": a company's name after the comma (was "Kramer, II")
    head = ("PITTSBURGH, Pa., May 4, 1999 -- II-VI Incorporated (Nasdaq: IIVI) today "
            "announced results. ")
    assert _who(head + "Francis J. Kramer, II-VI President, reviewed the quarter.\n\n"
                '"Demand was strong," Kramer said.') == [
        ("Francis J. Kramer", "II-VI President", "Demand was strong")]
    assert _who(head + "The results were reviewed by Vincent Mattera, II-VI's chief "
                'operating officer.\n\n"Demand was strong," Mattera said.') == [
        ("Vincent Mattera", "chief operating officer", "Demand was strong")]


def test_an_attribution_alone_between_two_fragments_joins_them() -> None:
    # the gap holds the attribution only, no sentence of its own (was: the second fragment
    # dropped)
    assert _who('"We grew in every region," said John Smith "and we will keep growing."') == [
        ("John Smith", None, "We grew in every region, and we will keep growing.")]
    assert _who('"We grew in every region," John Smith said, adding "we will keep '
                'growing."') == [
        ("John Smith", None, "We grew in every region, we will keep growing.")]
    assert _who('"We grew in every region," said John Smith, President and CEO "and we will '
                'keep growing."') == [
        ("John Smith", "President and CEO", "We grew in every region, and we will keep growing.")]
