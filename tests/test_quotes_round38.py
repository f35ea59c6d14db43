"""Press-release quotes (round 38): a surname run in with its particle ("DeAngelis",
"LeBlanc", "DiMarco") is a surname alone, resolved to the full name printed earlier; a
surname after an honorific ("said Mr. DeAngelis", "Dr. Chen said") with no full name
printed before is its speaker as printed."""

from __future__ import annotations

from filing2json.parsers.sections.press_quote_singles import straight_singles_doubled
from filing2json.parsers.sections.press_quotes import find_quotes


def _who(text: str) -> list[tuple[str, str | None, str]]:
    return [(q["speaker"], q["role"], q["text"]) for q in find_quotes(text)]


def test_a_particle_surname_finds_the_full_name_printed_earlier() -> None:
    # (was no quote: "DeAngelis" was no surname alone)
    assert _who("PROVIDENCE, R.I., Sept. 14, 1999 -- Narragansett Bancorp, Inc. (Nasdaq: NBCP) "
                "today announced that Robert J. DeAngelis has been named President of "
                "Narragansett Savings Bank.\n\n"
                '"I look forward to building on the Bank\'s 120-year record of service to '
                'Rhode Island," said Mr. DeAngelis.') == [
        ("Robert J. DeAngelis", "President of Narragansett Savings Bank",
         "I look forward to building on the Bank's 120-year record of service to Rhode Island")]
    assert _who("LAFAYETTE, La., March 2, 2006 /PRNewswire/ -- Acadiana Energy Partners today "
                "reported record production. Paul LeBlanc, Chief Operating Officer, reviewed "
                "the quarter.\n\n"
                '"Our new wells in Vermilion Parish came in ahead of plan," LeBlanc said.') == [
        ("Paul LeBlanc", "Chief Operating Officer",
         "Our new wells in Vermilion Parish came in ahead of plan")]


def test_an_honorific_and_a_surname_named_nowhere_before_speak_as_printed() -> None:
    # (was no quote)
    assert _who("NEW YORK, March 3, 1998 -- Hudson Valley Holding Corp. today reported record "
                "earnings for the fourth quarter.\n\n"
                '"We are very pleased with the quarter," said Mr. DeAngelis. "Our net interest '
                'margin improved for the third consecutive quarter."') == [
        ("Mr. DeAngelis", None, "We are very pleased with the quarter. Our net interest "
         "margin improved for the third consecutive quarter.")]
    assert _who("SAN DIEGO, May 1, 2007 (BUSINESS WIRE) -- Helix Biotherapeutics, Inc. "
                "announced top-line results of its Phase 2 trial of HX-201.\n\n"
                '"These data support advancing HX-201 into Phase 3," Dr. Chen said.') == [
        ("Dr. Chen", None, "These data support advancing HX-201 into Phase 3")]
    # a surname with no honorific may be a firm's name: still no quote
    assert _who("ROUND ROCK, Texas, Feb. 3, 2004 -- Dell Inc. today reported record "
                "revenue.\n\n"
                '"Our direct model continues to deliver," Dell said.') == []


def test_quotes_in_straight_single_marks_of_a_plain_text_uk_release() -> None:
    # (was no quote: straight single marks were read as apostrophes only)
    head = ("London, 3 March 2005 - Albion plc (LSE: ALB; NYSE: ALB) today announced its "
            "preliminary results for the year ended 31 December 2004.\n\n")
    assert _who(head + "Commenting on the results, John Smith, Chief Executive of Albion, "
                "said: 'We have delivered a strong performance this year, with the Group's "
                "margins at a record level.'\n\n"
                "'Our new contracts in Asia are performing well,' added Mr Smith.") == [
        ("John Smith", "Chief Executive of Albion", "We have delivered a strong performance "
         "this year, with the Group's margins at a record level."),
        ("John Smith", "Chief Executive of Albion", "Our new contracts in Asia are performing "
         "well")]
    # over two paragraphs: an opening mark at each, the closing one at the end only
    assert _who(head + "Peter Jones, Chairman, said: 'The Board is recommending a final "
                "dividend of 6.2 pence per share.\n\n"
                "'We remain confident of further progress in 2005.'") == [
        ("Peter Jones", "Chairman", "The Board is recommending a final dividend of 6.2 pence "
         "per share. We remain confident of further progress in 2005.")]
    # apostrophes, a decade and a nickname open no quote
    assert _who(head + "The Group's results reflect shareholders' support for the '90s-era "
                "plants, John 'Jack' Smith, Chief Executive, said.") == []


def test_a_lone_lead_word_before_the_speaker() -> None:
    # (was no quote: "Commenting" alone was read as no clause)
    assert _who("London, 3 March 2005 - Albion plc today announced its preliminary results."
                "\n\nCommenting, John Smith, Chief Executive, said: \"We have delivered a "
                "strong performance this year.\"") == [
        ("John Smith", "Chief Executive", "We have delivered a strong performance this year.")]
    assert _who("DALLAS, Jan. 5, 2004 -- Acme Inc. today announced record sales.\n\n"
                "Separately, Mary Jones, Chief Financial Officer, said, \"Our balance sheet "
                "has never been stronger.\"") == [
        ("Mary Jones", "Chief Financial Officer", "Our balance sheet has never been stronger.")]


def test_a_year_after_an_appointed_job_is_no_part_of_the_role() -> None:
    # (was role "Chief Executive in 2012")
    assert _who("London, 3 March 2015 - Albion plc today announced its results. John Smith "
                "was appointed Chief Executive in 2012.\n\n"
                '"We have delivered a strong year," Mr Smith said.') == [
        ("John Smith", "Chief Executive", "We have delivered a strong year")]


def test_a_surname_takes_a_job_stated_with_is_in_lower_case_or_after_an_age() -> None:
    # (was role None)
    assert _who("TULSA, Okla., Aug. 12, 1996 -- Cimarron Pipe Line Co. said today that "
                "throughput rose 14 percent in July. Walter B. Hughes is president of "
                "Cimarron.\n\n"
                '"Our new Oklahoma City terminal is running at capacity," Hughes said in an '
                "interview.") == [
        ("Walter B. Hughes", "president of Cimarron",
         "Our new Oklahoma City terminal is running at capacity")]
    assert _who("DENVER, Oct. 2, 2001 -- Front Range Bancorp named a new head of lending. "
                "Ellen Ward, 47, is the bank's chief credit officer.\n\n"
                '"Credit quality remains sound," Ms. Ward said.') == [
        ("Ellen Ward", "chief credit officer", "Credit quality remains sound")]


_ALBION = ("LONDON, 3 March 2015 - Albion plc today announced its preliminary results for the "
           "year ended 31 December 2014.\n\n")


def test_a_rating_in_single_marks_after_a_digit_closes_and_quotes_nothing() -> None:
    # (was quote "A2' from 'A3": a mark after a digit closed nothing)
    assert _who(_ALBION + "Moody's upgraded Albion to 'A2' from 'A3', John Smith, Finance "
                "Director, said on Tuesday.\n\n"
                "'The upgrade reflects the strength of our balance sheet,' Mr Smith added.") == [
        ("John Smith", "Finance Director",
         "The upgrade reflects the strength of our balance sheet")]


def test_a_name_or_nickname_in_single_marks_is_no_quote() -> None:
    # (was quote "Widget Pro"; and "the Rock. We have delivered a strong year.")
    assert _who(_ALBION + "Albion launched its new product 'Widget Pro', said Mr Jones, the "
                "head of sales.") == []
    para = ("Known as 'the Rock', John Smith, Chief Executive, said: 'We have delivered a "
            "strong year.'")
    assert straight_singles_doubled(para) == (
        "Known as 'the Rock', John Smith, Chief Executive, said: \u201cWe have delivered a "
        "strong year.\u201d")
    assert not [q for q in find_quotes(_ALBION + para) if "Rock" in q["text"]]
    # a short span before a lower-case word closes too; a plural's mark in said words does not
    assert _who(_ALBION + "The 'Project Atlas' cost programme is on track. John Smith, Chief "
                "Executive, said: 'We thank our shareholders' support in a difficult year.'") == [
        ("John Smith", "Chief Executive",
         "We thank our shareholders' support in a difficult year.")]


def test_a_scare_quote_closed_before_a_blank_is_no_quote() -> None:
    # (was quote "We are pleased' with the deal.": the close before a blank was missed and
    # the colon kept the span open)
    assert _who(_ALBION + "Albion bought Jones' assets. John Smith, Chief Executive, said: "
                "'We are pleased' with the deal.") == []
