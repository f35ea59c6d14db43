"""Cover page, round 59: a 6-K's uncaptioned address closed by its country before a gap and
the text, a date printed in the registrant name's column, and an 11-K's cover filed under a
10-K's form type (a 10-K/A under Rule 15d-21).

Each test reads a real filing (AEGON's 2001 20-F, Home Health's 1997 8-K, Sears' 2004 8-K)
with its cover printed as other filers print it (the edit is said in each test).
"""

from __future__ import annotations

import re

from test_html45_round45 import _as_word_html  # (a corpus filing re-printed as Word HTML)

from filing2json.parsers import parse
from filing2json.parsers.sections.cover_names import foreign_issuer_block, unmarked
from support import FILINGS, validate

AEGON = FILINGS / "20f_2001_aegonnv_1.htm"
SEARS = FILINGS / "8k_2004_searsroebuckandco_1.txt"


def _aegon_6k(after_address: str) -> dict:
    """AEGON's 2001 20-F cover (its name and address line as printed) re-printed as a 6-K's
    uncaptioned name block, `after_address` under the address line."""
    text = AEGON.read_text(encoding="latin-1")
    address = re.search(r"Mariahoeveplein 50, 2591 TV The Hague, The Netherlands", text)
    assert address is not None
    cover = ("                                   FORM 6-K\n\n"
             "                       REPORT OF FOREIGN PRIVATE ISSUER\n"
             "                     PURSUANT TO RULE 13a-16 OR 15d-16 OF\n"
             "                      THE SECURITIES EXCHANGE ACT OF 1934\n\n"
             "                          For the month of March 2002\n\n"
             "                                  AEGON N.V.\n\n"
             f"            {address.group()}\n{after_address}")
    return validate(parse(cover.encode(), "cover.txt"))


def test_6k_address_closed_by_its_country_ends_before_the_headline() -> None:
    # a press release's headline one blank line under the address (as the acme 6-K of the
    # check set prints it) is no line of the address
    (reg,) = _aegon_6k("\nAEGON reports first quarter results\n\nTHE HAGUE, March 14, 2002 - "
                       "AEGON N.V. announced today ...\n")["registrants"]
    assert reg["name"] == "AEGON N.V."
    assert reg["address"] == {"street": "Mariahoeveplein 50", "city": "The Hague",
                              "state": "The Netherlands", "zip": "2591 TV"}

    # (a rendered page's paragraphs: an address line one blank line under another still
    # belongs to it when the one above is not closed by a country, and a telephone number
    # after the country is still read)
    block = foreign_issuer_block(
        "For the month of March 2002\n\nAEGON N.V.\n\nMariahoeveplein 50\n\n"
        "2591 TV The Hague, The Netherlands\n\n+31 70 344 8344\n\nAEGON reports results\n")
    assert block["address"] == "Mariahoeveplein 50, 2591 TV The Hague, The Netherlands"
    assert block["phone"] == "+31 70 344 8344"


def test_date_in_the_name_column_is_no_registrant_name() -> None:
    # 8k_1997_homehealthcorpofameric_2.txt re-printed as Word HTML: the date of report sits
    # over a rule in the column the name's caption is printed in
    (reg,) = _as_word_html("8k_1997_homehealthcorpofameric_2.txt")["registrants"]
    assert reg["name"] == "Home Health Corporation of America, Inc."
    assert (reg["state_of_incorporation"], reg["commission_file_number"]) == (
        "Pennsylvania", "0-26938")


_ELEVEN_K_COVER = """
                                   FORM 11-K

   ANNUAL REPORT PURSUANT TO SECTION 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934

                  For the fiscal year ended December 31, 2003

                         Commission file number 1-416

         A. Full title of the plan:

                   SEARS 401(k) SAVINGS PLAN

         B. Name of issuer of the securities held pursuant to the plan and the
            address of its principal executive office:

                             SEARS, ROEBUCK AND CO.
                   3333 Beverly Road, Hoffman Estates, Illinois 60179

Item 4.  Financial Statements and Schedules.
"""


def test_11k_cover_filed_as_a_10k_amendment() -> None:
    # Sears' 2004 8-K (header and name, file number and address as printed) with its
    # document's cover re-printed as an 11-K's, filed as a 10-K/A (Rule 15d-21 lets the
    # plan's report amend the issuer's 10-K): the address is item B's, not its caption
    text = SEARS.read_text(encoding="latin-1")
    text = text.replace("CONFORMED SUBMISSION TYPE:\t8-K", "CONFORMED SUBMISSION TYPE:\t10-K/A")
    start = text.index("<TEXT>") + len("<TEXT>")
    text = text[:start] + _ELEVEN_K_COVER + text[text.index("</TEXT>", start):]
    text = text.replace("<TYPE>8-K", "<TYPE>10-K/A", 1)
    record = validate(parse(text.encode("latin-1"), "d.txt"))
    assert record["form_type"] == "10-K/A"
    reg = record["registrants"][0]
    assert (reg["name"], reg["commission_file_number"]) == ("SEARS, ROEBUCK AND CO.", "1-416")
    assert reg["address"] == {"street": "3333 Beverly Road", "city": "Hoffman Estates",
                              "state": "Illinois", "zip": "60179"}



def test_file_number_labelled_with_its_act() -> None:
    # Sears' 2004 8-K with its file number printed as a fund prints it, the Act it is filed
    # under bracketed after it ("811-5410 (1940 Act)")
    text = SEARS.read_text(encoding="latin-1").replace(
        "          1-416                                        36-1750680",
        "          811-5410 (1940 Act)                          36-1750680")
    (reg,) = validate(parse(text.encode("latin-1"), "sears.txt"))["registrants"]
    assert (reg["commission_file_number"], reg["irs_employer_id"]) == ("811-5410", "36-1750680")


def test_a_name_closed_by_several_notes_letters_drops_them() -> None:
    # Sophiris Bio's 2016 8-K (corpus) with its name cell marked by two notes, as a fund's cover
    # marks "Acme Trust<sup>b,c</sup>": HTML renders "Sophiris Bio Inc.(b,c)", the cover reads
    # the name without the marks; a series' own "(a)" after a figure stays (unmarked's rule)
    path = FILINGS / "8k_2016_sophirisbioinc_1.htm"
    html = path.read_text(encoding="utf-8", errors="replace")
    old = "<B>Sophiris Bio Inc.</B>"
    assert old in html
    record = parse(html.replace(old, "<B>Sophiris Bio Inc.<sup>b,c</sup></B>", 1).encode())
    assert record["registrants"][0]["name"] == "Sophiris Bio Inc."
    assert unmarked("Acme Trust(a, d)") == "Acme Trust"
    assert unmarked("Acme Trust 1997-1(a,b)") == "Acme Trust 1997-1(a,b)"
