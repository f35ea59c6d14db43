"""Press-release quotes (round 39): speakers printed with run-together initials ("said R.J.
Smith", "A.G. Lafley, chairman, said", "CEO J.R. Hyde said"), found again by "Mr. Lafley"
later; firms named after initials ("J.P. Morgan") and place initials ("U.S. Steel") stay
no speakers."""

from __future__ import annotations

from filing2json.parsers.sections.press_quotes import find_quotes


def _who(text: str) -> list[tuple[str, str | None, str]]:
    return [(q["speaker"], q["role"], q["text"]) for q in find_quotes(text)]


_PG = ("CINCINNATI, Aug. 2, 2001 /PRNewswire/ -- The Procter & Gamble Company (NYSE: PG) "
       "today reported fiscal year earnings per share of $2.07.\n\n")


def test_a_speaker_with_run_together_initials_after_the_quote() -> None:
    # (was no quote: the stop of "R.J." ended the attribution's sentence)
    assert _who("WINSTON-SALEM, N.C., Feb. 4, 1998 -- Piedmont Federal Corp. today reported "
                "record earnings for 1997.\n\n"
                '"Our deposit growth was the strongest in ten years," said R.J. Hendricks, '
                "president of Piedmont Federal.") == [
        ("R.J. Hendricks", "president of Piedmont Federal",
         "Our deposit growth was the strongest in ten years")]
    assert _who(_PG + '"We delivered on our commitments this year," A.G. Lafley, chairman, '
                "said.") == [
        ("A.G. Lafley", "chairman", "We delivered on our commitments this year")]


def test_a_speaker_with_run_together_initials_before_the_quote() -> None:
    # (was no quote)
    assert _who(_PG + "A.G. Lafley, chairman of the board and chief executive, said: \"We "
                'delivered on our commitments this year."') == [
        ("A.G. Lafley", "chairman of the board and chief executive",
         "We delivered on our commitments this year.")]
    assert _who("MEMPHIS, Tenn., March 9, 2004 -- AutoZone, Inc. (NYSE: AZO) today reported "
                "second quarter sales of $1.2 billion.\n\n"
                'Chairman J.R. Hyde said, "Our stores continue to gain share."') == [
        ("J.R. Hyde", "Chairman", "Our stores continue to gain share.")]
    # initials between a given name and a surname
    assert _who(_PG + '"Our brands grew share in every region," said John R.J. Smith, '
                "president.") == [
        ("John R.J. Smith", "president", "Our brands grew share in every region")]


def test_a_later_honorific_finds_the_name_printed_with_run_together_initials() -> None:
    # (was speaker "Mr. Lafley" with no role: "A.G. Lafley" was no full mention)
    assert _who(_PG + "A.G. Lafley, chairman and chief executive, said the company had "
                "completed its restructuring.\n\n"
                '"We expect sales growth of 4 to 6 percent next year," said Mr. Lafley.') == [
        ("A.G. Lafley", "chairman and chief executive",
         "We expect sales growth of 4 to 6 percent next year")]


def test_firms_and_places_in_initials_speak_no_quote() -> None:
    assert _who(_PG + '"The results beat our estimates," said J.P. Morgan.') == []
    assert _who(_PG + '"The contract is important to us," said U.S. Steel.') == []
    assert _who(_PG + '"The results beat our estimates," said J.P. Morgan analyst John '
                "Smith.") == [
        ("John Smith", "J.P. Morgan analyst", "The results beat our estimates")]
    # a legal form's stop still ends the role
    assert _who(_PG + '"Sales grew," said John Smith, CEO of Philips N.V. Revenue rose 5% '
                "in the quarter.") == [("John Smith", "CEO of Philips N.V.", "Sales grew")]


def test_a_description_of_the_speakers_firm_is_no_part_of_the_role() -> None:
    # (was role "president of Beta Software, a leading provider of ...")
    head = ("SAN JOSE, Calif., May 4, 2006 (BUSINESS WIRE) -- Acme Networks, Inc. (Nasdaq: "
            "ACNW) today announced that Beta Software has deployed its routers.\n\n")
    assert _who(head + '"Acme\'s routers cut our costs by a third," said Jane Doe, president '
                "of Beta Software, a leading provider of billing software for utilities.") == [
        ("Jane Doe", "president of Beta Software", "Acme's routers cut our costs by a third")]
    assert _who("HOUSTON, Feb. 10, 1997 -- Lone Star Bancshares, Inc. today reported record "
                "earnings.\n\n"
                'John Smith, president of Lone Star National Bank, the Company\'s principal '
                'subsidiary, said, "Loan demand remained strong all year."') == [
        ("John Smith", "president of Lone Star National Bank",
         "Loan demand remained strong all year.")]
    assert _who(head + '"Demand was strong," said Jane Doe, chairman of Acme Networks, Inc., '
                "the San Jose-based maker of routers.") == [
        ("Jane Doe", "chairman of Acme Networks, Inc.", "Demand was strong")]
    # a role that is such a phrase alone, or a job after the comma, stays
    assert _who(head + '"Demand was strong," said Jane Doe, a director of the company.') == [
        ("Jane Doe", "director of the company", "Demand was strong")]  # (round 65: no "a")
    assert _who(head + '"Demand was strong," said Jane Doe, Senior Vice President, Sales and '
                "Marketing.") == [
        ("Jane Doe", "Senior Vice President, Sales and Marketing", "Demand was strong")]


def test_a_second_speaker_after_while_speaks_the_second_quote_only() -> None:
    # (was both quotes John Roe's, with role "while")
    assert _who("ATLANTA, Oct. 21, 2009 /PRNewswire/ -- Peachtree Bancorp (Nasdaq: PTBC) "
                "today reported third quarter net income of $4.1 million.\n\n"
                'Jane Doe, chief executive officer, said, "Our core deposits grew for the '
                'fifth straight quarter," while John Roe, chief financial officer, noted '
                'that "credit costs have clearly peaked."') == [
        ("Jane Doe", "chief executive officer",
         "Our core deposits grew for the fifth straight quarter"),
        ("John Roe", "chief financial officer", "credit costs have clearly peaked.")]


def test_a_paragraph_ending_stated_comma_introduces_the_quote_under_it() -> None:
    # (was no quote: only a paragraph ending in a colon led into the one under it)
    assert _who("PITTSBURGH, April 22, 2003 -- Allegheny Valley Bancorp, Inc. today reported "
                "first quarter earnings of $1.9 million.\n\n"
                "David W. Hall, President and Chief Executive Officer, stated,\n\n"
                '"Our loan portfolio continues to perform well despite the weak local '
                'economy."') == [
        ("David W. Hall", "President and Chief Executive Officer",
         "Our loan portfolio continues to perform well despite the weak local economy.")]
    # a paragraph ending in a comma that names no speaker leads into nothing
    assert _who("PITTSBURGH, April 22, 2003 -- Allegheny Valley Bancorp, Inc. today reported "
                "first quarter earnings.\n\nFor the quarter ended March 31, 2003,\n\n"
                '"Core deposits" grew 4% over the prior year.') == []


_BANK = ("CHARLOTTE, N.C., June 3, 1998 /PRNewswire/ -- Piedmont Bancorp (Nasdaq: PBNC) today "
         "reported record earnings.\n\n")


def test_a_state_or_legal_form_in_initials_ends_its_sentence() -> None:
    # (was no quote: "N.C." and "N.A." ended no sentence, as a name's initials)
    assert _who(_BANK + "The company opened a new branch in Charlotte, N.C. Commenting on the "
                'opening, John Smith, president of Piedmont, said, "We are pleased with the '
                'new branch."') == [
        ("John Smith", "president of Piedmont", "We are pleased with the new branch.")]
    assert _who(_BANK + "The loan was provided by Piedmont Bank, N.A. John Smith, president "
                'of Piedmont, said, "We are pleased with the terms."') == [
        ("John Smith", "president of Piedmont", "We are pleased with the terms.")]
    assert _who(_BANK + "The notes were placed with Siemens A.G. Commenting on the placement, "
                'John Smith, president, said, "We are pleased with the terms."') == [
        ("John Smith", "president", "We are pleased with the terms.")]


def test_a_quote_then_and_a_second_speaker_keeps_the_first() -> None:
    # (was the first quote John Roe's)
    assert _who(_BANK + 'Jane Doe, CEO, said, "We are pleased with the quarter," and John '
                "Roe, CFO, said costs fell.") == [
        ("Jane Doe", "CEO", "We are pleased with the quarter")]
    assert _who(_BANK + 'Chairman Jane Doe said "sales rose," and John Roe, CFO, added '
                '"costs fell."') == [
        ("Jane Doe", "Chairman", "sales rose"), ("John Roe", "CFO", "costs fell.")]


def test_a_second_job_after_the_firms_description_stays_in_the_role() -> None:
    # (was role "president of Acme Bank": the cut dropped the second job)
    assert _who(_BANK + '"Loan demand was strong," said John Smith, president of Acme Bank, '
                "a subsidiary of Acme Bancorp, and chief executive officer of Acme "
                "Bancorp.") == [
        ("John Smith", "president of Acme Bank, and chief executive officer of Acme Bancorp",
         "Loan demand was strong")]


def test_firms_named_by_initials_and_a_surname_speak_no_quote() -> None:
    # (was speaker "D.E. Shaw" / "W.L. Gore": a person needs a job or an honorific)
    assert _who(_BANK + '"We are pleased with the investment," D.E. Shaw said in a '
                "statement.") == []
    assert _who(_BANK + '"The fabric passed every test," said W.L. Gore.') == []
    assert _who(_BANK + '"We are pleased," said A.T. Kearney consultant John Smith.') == [
        ("John Smith", "A.T. Kearney consultant", "We are pleased")]
    # an honorific later tells a person
    assert _who(_BANK + '"Deposits grew," said R.J. Hendricks.\n\nMr. Hendricks joined the '
                "bank in 1990.") == [("R.J. Hendricks", None, "Deposits grew")]


def test_a_comma_lead_in_needs_a_quoted_sentence() -> None:
    # (was quote "The Acme Plan" of John Smith)
    assert _who(_BANK + "According to John Smith, CEO of Acme,\n\n"
                '"The Acme Plan" will be submitted to the court next week.') == []
