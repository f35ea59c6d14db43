"""Signature blocks in the layouts real filings use (each copied from the named file)."""

from __future__ import annotations

import pytest

from filing2json.parsers import parse
from filing2json.parsers.sections.patterns import EXHIBIT_INDEX_LINES, SIGNATURE_LINES
from filing2json.parsers.sections.signature_block import (
    _BLOCK_END,
    _HEADING,
    MAX_LINES,
    PURSUANT,
    _last_heading_end,
    signature_block,
)
from filing2json.parsers.sections.signature_dates import Dates, block_date
from filing2json.parsers.sections.signature_registrants import each_registrant
from filing2json.parsers.sections.signatures import parse_signatures
from filing2json.parsers.values import find_dates
from support import FILINGS, SAMPLES, filing, sample


def _block(path) -> str:
    return signature_block(path.read_text(errors="replace").replace("<PAGE>", ""))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # "Dated: August 3, 2000" after the signer
        ("000", {"registrant": "CTC COMMUNICATIONS GROUP, INC.", "name": "John D. Pittenger",
                 "title": "Executive Vice President, Finance and Administration",
                 "date": "2000-08-03"}),
        # the date only in "duly authorized on April 24, 2002."
        ("003", {"registrant": "CTC COMMUNICATIONS GROUP, INC.", "name": "John D. Pittenger",
                 "title": "Executive Vice President, Finance and Administration",
                 "date": "2002-04-24"}),
        # "...duly authorized on September 20, 2001" with no closing period, no Dated line
        ("002", {"registrant": "CTC COMMUNICATIONS GROUP, INC.", "name": "John D. Pittenger",
                 "title": "Executive Vice President, Finance and Administration",
                 "date": "2001-09-20"}),
    ],
)
def test_seed_signatures(name: str, expected: dict) -> None:
    assert sample(name)["signatures"] == [expected]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # "Date: August 17, 1994   Name: Dirk R. Soutendijk" / "Title: Vice President," + 2 lines
        ("8k_1994_unioncampcorp_1.txt",
         {"registrant": "UNION CAMP CORPORATION", "name": "Dirk R. Soutendijk",
          "title": "Vice President, General Counsel and Secretary", "date": "1994-08-17"}),
        # "By:   /s/ Michael J. Graham" with By: and the name in separate columns
        ("8k_2004_searsroebuckandco_2.txt",
         {"registrant": "SEARS, ROEBUCK AND CO.", "name": "Michael J. Graham",
          "title": "Vice President and Controller", "date": "2004-07-22"}),
        # "Dated: November 19, 2007     By: /s/ Jason Smart" / "Jason Smart, Chief Executive..."
        ("8k_2007_expertelligenceinc_1.txt",
         {"registrant": "EXPERTELLIGENCE, INC.", "name": "Jason Smart",
          "title": "Chief Executive Officer, President and Director", "date": "2007-11-19"}),
        # the date in the left column above a "Date" caption, signer in the right column
        ("8k_1996_cotelligentgroupinc_4.txt",
         {"registrant": "COTELLIGENT GROUP, INC.", "name": "Curtis J. Parker",
          "title": "Vice President and Chief Accounting Officer", "date": "1996-11-25"}),
        ("8k_2006_horizonfinancialcorp_1.txt",
         {"registrant": "HORIZON FINANCIAL CORP.", "name": "V. Lawrence Evans",
          "title": "President and Chief Executive Officer", "date": "2006-01-19"}),
    ],
)
def test_signature_layouts(name: str, expected: dict) -> None:
    assert parse_signatures(_block(FILINGS / name), False, []) == [expected]


def _signers(name: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(s["registrant"], s["name"], s["title"]) for s in filing(name)["signatures"]]


@pytest.mark.parametrize(
    ("name", "first"),
    [
        # "By:" signed by nobody; "Bruce J. Feldman, President and" below; a "</page>" tag
        ("8k_1998_homehealthcorpofameric_2.txt",
         ("Home Health Corporation of America, Inc.", "Bruce J. Feldman",
          "President and Chief Executive Officer")),
        ("8k_1998_homehealthcorpofameric_1.txt",
         ("Home Health Corporation of America, Inc.", "Bruce J. Feldman",
          "President and Chief Executive Officer")),
        # "By:" over a rule, then the name line and the title line
        ("8k_2004_astafundinginc_5.txt",
         ("ASTA FUNDING, INC.", "Mitchell Herman", "Chief Financial Officer")),
        # "(Signature)" under the rule, then the name typed again with a stray full stop
        ("8k_1996_cotelligentgroupinc_3.txt",
         ("COTELLIGENT GROUP, INC.", "Daniel E. Jackson",
          "Senior Vice President, Corporate Development and General Counsel")),
        # "/s/ W.A. Freeman" over "William A. Freeman": the same person, not a title; the
        # name typed in full is the signer's printed name
        ("8k_1994_zurnindustriesinc_2.txt",
         ("ZURN INDUSTRIES, INC.", "William A. Freeman", "President")),
        # "/s/ Ken Chadha" over a rule, then "Dr. Kanwar J.S. Chadha" / "President  & CEO"
        ("8k_2001_entradanetworksinc_5.txt",
         ("ENTRADA NETWORKS, INC.", "Dr. Kanwar J.S. Chadha", "President & CEO")),
        # "PERICOM SEMICONDUCTOR" over "CORPORATION": one name on two lines
        ("8k_2005_pericomsemiconductorco_8.txt",
         ("PERICOM SEMICONDUCTOR CORPORATION", "Michael D. Craighead",
          "Chief Financial Officer")),
        # "Date:  Marcxh 12, 2002" beside the registrant: a misspelt date is no name
        ("8k_2002_pericomsemiconductorco_1.txt",
         ("Pericom Semiconductor Corporation", "Alex Chi-Ming Hui",
          "President and Chief Executive Officer")),
        # "A Nevada Corporation" under the name is its state
        ("8k_2009_expertelligenceinc_1.txt",
         ("ExperTelligence, Inc.", "Jason Smart", "CEO, CFO, Chairman")),
        # a table headed "SIGNATURE  TITLE  DATE": the heads are not the registrant; the
        # name typed under "By: /s/ GREGORY L. SUMME" in mixed case is the one kept
        ("10k405_2001_perkinelmerinc_1.txt",
         ("PERKINELMER, INC.", "Gregory L. Summe", "Chairman of the Board, Chief Executive "
          "Officer and President (Principal Executive Officer)")),
    ],
)
def test_signature_blocks_of_real_filings(name: str, first: tuple[str, str, str]) -> None:
    assert _signers(name)[0] == first


def test_signature_tables_keep_the_registrant_and_read_run_on_dates() -> None:
    # "SIGNATURES AND POWER OF ATTORNEY" and "Signature / Title / Date" heads (Acurx S-1)
    assert {s[0] for s in _signers("s1_2023_acurxpharmaceuticalsin_1.txt")} == {
        "ACURX PHARMACEUTICALS, INC."}
    # "Director    March 26,2001": a date with no space after its comma
    keane = next(s for s in filing("10k405_2001_perkinelmerinc_1.txt")["signatures"]
                 if s["name"] == "John F. Keane")
    assert (keane["title"], keane["date"]) == ("Director", "2001-03-26")
    assert find_dates("March 26,2001") == [(0, "2001-03-26")]


def test_combined_filing_signers_each_under_their_registrant() -> None:
    # Southern 2007: HTML cells "By /s/W. Ron Hinson W. Ron Hinson Comptroller", then the
    # other five registrants' names in one cell over the next signer, who signs for each
    assert _signers("8k_2007_southernco_2.txt") == [
        ("THE SOUTHERN COMPANY", "W. Ron Hinson", "Comptroller"),
        *[(f"{name} COMPANY", "Wayne Boston", "Assistant Secretary")
          for name in ("ALABAMA POWER", "GEORGIA POWER", "GULF POWER", "MISSISSIPPI POWER",
                       "SOUTHERN POWER")],
    ]
    # a line that is one name stays one registrant, even when another name is inside it
    assert each_registrant("THE SOUTHERN COMPANY", ["The Southern Company", "Southern"]) == [
        "THE SOUTHERN COMPANY"]


def test_block_stops_before_exhibit_index() -> None:
    block = _block(FILINGS / "8k_2004_searsroebuckandco_2.txt")
    assert "Michael J. Graham" in block
    assert "Press release dated" not in block


def test_block_of_seed_is_the_last_lines() -> None:
    block = _block(SAMPLES / "000_af6957f9859c0735.txt")
    assert block.strip().startswith("Pursuant to the requirements")
    assert block.strip().endswith("Dated: August 3, 2000")


# signature_block reads only MAX_LINES lines after the heading and finds the last heading with a
# first-letter lookahead; the definition cuts the whole rest of the text. block_date jumps to
# the lines with a digit; the definition dates every line. Both must agree on real filings:
# the seed, Rock of Ages 2000 (no heading: the "Pursuant to" sentence), a 10-K405 whose block
# ends at its EXHIBIT INDEX, and blocks cut at MAX_LINES (Apple 2004, Caterpillar 2022).
def _block_by_definition(text: str) -> str:
    heads = list(SIGNATURE_LINES.finditer(text))
    start = heads[-1].end() if heads else -1
    if start < 0:
        starts = [m.start() for m in PURSUANT.finditer(text)]
        if not starts:
            return ""
        start = starts[-1]
    block = text[start:]
    for pattern in (EXHIBIT_INDEX_LINES, _BLOCK_END):
        end = pattern.search(block)
        if end:
            block = block[: pattern.line_start(end)]
    return "\n".join(block.split("\n")[:MAX_LINES])


def _date_by_definition(block: str) -> str | None:
    return next((dates[0][1] for line in block.split("\n") if (dates := find_dates(line))), None)


@pytest.mark.parametrize("name", ["8k_2000_rockofagescorp_1.txt",
                                  "10k405_2001_perkinelmerinc_1.txt",
                                  "8k_2004_applecomputerinc_2.txt",
                                  "8k_2022_caterpillarinc_1.txt"])
def test_block_and_date_answer_as_their_definitions(name: str) -> None:
    text = (FILINGS / name).read_text(errors="replace").replace("<PAGE>", "")
    for lead in ("", "  ", "\t"):
        shifted = text.replace("\n", "\n" + lead)
        block = signature_block(shifted)
        assert block == _block_by_definition(shifted)
        assert block_date(block, Dates()) == _date_by_definition(block)
    assert signature_block(text)


def test_block_is_cut_at_max_lines() -> None:
    text = (FILINGS / "8k_2004_applecomputerinc_2.txt").read_text(errors="replace")
    block = signature_block(text)
    assert block.count("\n") == MAX_LINES - 1
    assert block_date(block, Dates()) == "2004-07-14"  # "July 14, 2004", in the block


def test_last_heading_is_the_last_heading_line() -> None:
    # found from the "S"s of the text instead of trying every line, it is the same line
    found = 0
    for path in [*SAMPLES.glob("*.txt"), FILINGS / "8k_1994_turnerbroadcastingsyst_1.txt",
                 FILINGS / "10k405_2001_perkinelmerinc_1.txt",
                 FILINGS / "8k_2003_louisvillegasandelectr_1.htm"]:
        text = path.read_text(errors="replace")
        for variant in (text, text.replace("SIGNATURES", "S I G N A T U R E S"),
                        text.replace("SIGNATURE", "Signature")):
            ends = [m.end() for m in _HEADING.finditer(variant)]
            assert _last_heading_end(variant) == (ends[-1] if ends else -1), path.name
            found += bool(ends)
    assert found >= 12
    # sample 000: "SIGNATURES" spaced out is still the heading, the block is the same
    text = (SAMPLES / "000_af6957f9859c0735.txt").read_text()
    spaced = text.replace("SIGNATURES", "S I G N A T U R E S")
    assert signature_block(spaced) == signature_block(text)
    assert signature_block(text).lstrip().startswith("Pursuant to the requirements")


def test_signers_side_by_side_each_get_their_column() -> None:
    # two officers sign next to each other, each name and title typed in their own column
    # (the names of seed 000's release, laid out as such blocks are)
    block = (
        "SIGNATURES\n\nPursuant to the requirements of the Securities Exchange Act of 1934, "
        "the registrant has duly caused this report to be signed on its behalf by the "
        "undersigned hereunto duly authorized.\n\n"
        "CTC COMMUNICATIONS GROUP, INC.\n\n"
        "By: /s/ Robert J. Fabbricatore            By: /s/ John D. Pittenger\n"
        "    Robert J. Fabbricatore, Chairman          John D. Pittenger, Executive Vice\n"
        "                                              President, Finance\n\n"
        "Date: August 3, 2000\n"
    )
    assert parse_signatures(block, False, ["CTC COMMUNICATIONS GROUP, INC."]) == [
        {"registrant": "CTC COMMUNICATIONS GROUP, INC.", "name": "Robert J. Fabbricatore",
         "title": "Chairman", "date": "2000-08-03"},
        {"registrant": "CTC COMMUNICATIONS GROUP, INC.", "name": "John D. Pittenger",
         "title": "Executive Vice President, Finance", "date": "2000-08-03"},
    ]


def test_a_name_in_capitals_typed_again_before_the_title() -> None:
    # "/s/ THOMAS P. WHITFIELD" over "Thomas P. Whitfield, Senior Vice" (laid out as 1990s
    # plain-text 8-Ks print it, as Aames 1998 does with the name alone on its line)
    block = ("GLOBAL WIDGET HOLDINGS, INC.\n(Registrant)\n\n"
             "Date: March 15, 1999          /s/ THOMAS P. WHITFIELD\n"
             "                              Thomas P. Whitfield, Senior Vice\n"
             "                              President and Chief Financial Officer\n")
    (signer,) = parse_signatures(block, False, [])
    assert (signer["name"], signer["title"], signer["date"]) == (
        "Thomas P. Whitfield", "Senior Vice President and Chief Financial Officer",
        "1999-03-15")


@pytest.mark.parametrize(("block", "cells", "date"), [
    # an unsigned copy: "By:" over a rule left to sign on, the name typed under it
    ("ACME CORP.\n\nBy: ___________________________\n    Jane Doe\n"
     "    Chief Financial Officer\n\nDate: May 2, 2008\n", False, "2008-05-02"),
    # an old conformed copy: the signature typed in capitals over the rule, no "By:"/"/s/"
    ("                                        ACME CORP.\n"
     "                                        (Registrant)\n\n"
     "May 2, 2008                             JANE DOE\n"
     "                                        ----------------------\n"
     "                                        Jane Doe\n"
     "                                        Chief Financial Officer\n\n\n"
     "                           STATEMENT OF DIFFERENCES\n"
     "                           ------------------------\n\n"
     "The trademark symbol shall be expressed as ............ 'TM'\n", False, "2008-05-02"),
    # an HTML table's rows: "(Date)" under the date, in the cell left of the name and title
    ("ACME CORP.\n(Registrant)\nMay 1, 2008\t/s/ Jane Doe\n"
     "(Date)\tJane Doe, Chief Financial Officer\n", True, "2008-05-01"),
])
def test_a_signer_with_no_signature_typed_or_a_caption_beside_it(block: str, cells: bool,
                                                                  date: str) -> None:
    assert parse_signatures(block, cells, []) == [
        {"registrant": "ACME CORP.", "name": "Jane Doe", "title": "Chief Financial Officer",
         "date": date}]


_10K_BELOW = (
    "Pursuant to the requirements of the Securities Exchange Act of 1934, this report has\n"
    "been signed below by the following persons on behalf of the registrant and in the\n"
    "capacities and on the dates indicated.\n\n")


def test_directors_signed_for_by_an_attorney_in_fact() -> None:
    # a 1990s 10-K table: "*" in the signature column, the name typed under the rule, and
    # "*By: /s/ ..." under the table
    block = (
        "                                      LINEAR DEVICES CORPORATION\n\n"
        "Date: March 28, 1997                  By: /s/ Thomas R. Baker\n"
        "                                          Thomas R. Baker\n"
        "                                          President and Chief Executive Officer\n\n"
        + _10K_BELOW +
        "        Signature                       Title                       Date\n"
        "        ---------                       -----                       ----\n\n"
        "/s/ Thomas R. Baker            President, Chief Executive       March 28, 1997\n"
        "- -----------------------      Officer and Director\n"
        "    Thomas R. Baker\n\n"
        "            *                  Director                         March 28, 1997\n"
        "- -----------------------\n"
        "    Richard M. Olsen\n\n"
        "            *                  Director                         March 28, 1997\n"
        "- -----------------------\n"
        "    Helen K. Stuart\n\n"
        "*By: /s/ Thomas R. Baker\n"
        "     ------------------------\n"
        "     Thomas R. Baker\n"
        "     Attorney-in-Fact\n")
    signers = [(s["name"], s["title"], s["date"])
               for s in parse_signatures(block, False, ["LINEAR DEVICES CORPORATION"])]
    assert signers[2:] == [("Richard M. Olsen", "Director", "1997-03-28"),
                           ("Helen K. Stuart", "Director", "1997-03-28"),
                           ("Thomas R. Baker", "Attorney-in-Fact", "1997-03-28")]


def test_html_table_rows_signed_with_a_star() -> None:
    # the same in an HTML table, rendered a row to a line: "*" in its own cell, the name
    # typed in the row below; or the star beside the name in one cell
    block = (
        "\n" + _10K_BELOW.replace("\n", " ").strip() + "\n\n"
        "Signature\tTitle\tDate\n"
        "/s/ Thomas R. Baker\tPresident, Chief Executive Officer and Director\tMarch 3, 2009\n"
        "Thomas R. Baker\n"
        "*\tDirector\tMarch 3, 2009\n"
        "Richard M. Olsen\n"
        "* Helen K. Stuart\tDirector\tMarch 3, 2009\n\n"
        "*By: /s/ Thomas R. Baker\n"
        "Thomas R. Baker, Attorney-in-Fact\n")
    assert [(s["name"], s["title"]) for s in parse_signatures(block, True, [])] == [
        ("Thomas R. Baker", "President, Chief Executive Officer and Director"),
        ("Richard M. Olsen", "Director"), ("Helen K. Stuart", "Director"),
        ("Thomas R. Baker", "Attorney-in-Fact")]


def test_a_star_after_the_signature_is_no_part_of_the_name() -> None:
    # Page America S-3/A 1995: "/s/ Steven L. Sinn*     Principal Executive    May 25, 1995"
    # over "Steven L. Sinn          Officer and Director"
    signers = filing("s3a_1995_pageamericagroupinc_1.txt")["signatures"]
    assert [(s["name"], s["title"]) for s in signers[1:4]] == [
        ("Steven L. Sinn", "Principal Executive Officer and Director"),
        ("David A. Barry", "Director"), ("Michael J. Marocco", "Director")]


def test_a_table_right_under_the_signed_below_sentence() -> None:
    # the block opens with the 10-K's second sentence, which ends lines after "on behalf of";
    # the first signed row is read, not taken for the end of the sentence
    block = ("\n" + _10K_BELOW +
             "/s/ ROBERT J. KLEIN             Chairman of the Board          March 15, 1996\n"
             "- ---------------------------\n"
             "Robert J. Klein\n\n"
             "/s/ MARY ANN LOWE               Director                       March 15, 1996\n"
             "- ---------------------------\n"
             "Mary Ann Lowe\n")
    assert [(s["name"], s["title"]) for s in parse_signatures(block, False, [])] == [
        ("Robert J. Klein", "Chairman of the Board"), ("Mary Ann Lowe", "Director")]


def test_html_paragraph_and_column_heads_end_the_title() -> None:
    # <div> paragraphs leave no blank line: the 10-K's second sentence and the table heads
    # come right under the first signer's title
    block = (
        "\nPursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act "
        "of 1934, the registrant has duly caused this report to be signed on its behalf by "
        "the undersigned, thereunto duly authorized.\n"
        "NORTHWIND SYSTEMS, INC.\n"
        "By: /s/ Karen L. Ortiz\n"
        "Karen L. Ortiz\n"
        "Chief Executive Officer\n"
        "Date: February 27, 2015\n"
        + _10K_BELOW.replace("\n", " ").strip() + "\n"
        "Signature\tTitle\tDate\n"
        "/s/ Karen L. Ortiz\tChief Executive Officer and Director\tFebruary 27, 2015\n"
        "Karen L. Ortiz\n")
    assert [(s["name"], s["title"]) for s in parse_signatures(block, True, [])] == [
        ("Karen L. Ortiz", "Chief Executive Officer"),
        ("Karen L. Ortiz", "Chief Executive Officer and Director")]


@pytest.mark.parametrize("cells", [False, True])
def test_an_entity_signing_for_the_registrant_is_no_signer(cells: bool) -> None:
    # "By: Harbor GP, LLC, its general partner" over the person who signs for it
    lines = ["HARBOR ENERGY PARTNERS, L.P.", "By: Harbor GP, LLC,", "its general partner", "",
             "By: /s/ Daniel P. Reyes", "Name: Daniel P. Reyes",
             "Title: Chief Financial Officer", "", "Date: May 4, 2012"]
    sep = "\t" if cells else "    "
    block = "\n".join(line.replace(": ", ":" + sep, 1) for line in lines)
    assert parse_signatures(block, cells, ["HARBOR ENERGY PARTNERS, L.P."]) == [
        {"registrant": "HARBOR ENERGY PARTNERS, L.P.", "name": "Daniel P. Reyes",
         "title": "Chief Financial Officer", "date": "2012-05-04"}]
    # a person's title may name the company: the person signs
    block = "ACME WIDGET CORP.\n\nBy:" + sep + "John Smith, President of the Company\n"
    assert [(s["name"], s["title"]) for s in parse_signatures(block, cells, [])] == [
        ("John Smith", "President of the Company")]


def test_each_filer_of_a_joint_statement_under_its_own_name() -> None:
    # CVR Energy SC TO-T/A 2025: each filer's name in capitals right under the last
    # "Title:" (no blank line in the HTML), and "BY: Icahn Enterprises G.P. Inc., its general
    # partner" signs for the first two
    signers = [(s["registrant"], s["name"], s["title"])
               for s in filing("sctota_2025_cvrenergyinc_1.txt")["signatures"]]
    cfo = "Chief Financial Officer and Secretary"
    assert signers[:4] == [("ICAHN ENTERPRISES HOLDINGS L.P.", "Ted Papapostolou", cfo),
                           ("ICAHN ENTERPRISES L.P.", "Ted Papapostolou", cfo),
                           ("ICAHN ENTERPRISES G.P. INC.", "Ted Papapostolou", cfo),
                           ("IEP ENERGY HOLDING LLC", "Ted Papapostolou", cfo)]
    # "/s/ CARL C. ICAHN" over "Name: Carl C. Icahn": the name typed in mixed case
    assert signers[-1][1] == "Carl C. Icahn"


def test_a_name_label_under_a_signature_in_capitals() -> None:
    # Turner Broadcasting 1994: "By:    /s/    WILLIAM S. GHEGAN" over "Name:  William S. Ghegan"
    assert _signers("8k_1994_turnerbroadcastingsyst_1.txt")[0][1] == "William S. Ghegan"


def test_html_signers_side_by_side_each_get_their_cells() -> None:
    # two officers in one HTML table, "By:", "Name:" and "Title:" each in a cell of its own
    block = ("BLUE RIDGE BANKSHARES, INC.\n\n"
             "By:\t/s/ Paul R. Kline\t\tBy:\t/s/ Lena M. Ford\n"
             "Name:\tPaul R. Kline\t\tName:\tLena M. Ford\n"
             "Title:\tPresident and Chief Executive Officer\t\tTitle:\tChief Financial Officer\n"
             "\nDate: August 9, 2011\n")
    assert [(s["name"], s["title"], s["date"]) for s in parse_signatures(block, True, [])] == [
        ("Paul R. Kline", "President and Chief Executive Officer", "2011-08-09"),
        ("Lena M. Ford", "Chief Financial Officer", "2011-08-09")]


def test_two_directors_a_row_with_their_titles() -> None:
    # a 10-K table of two signers a row: each title stays with its signer
    block = ("Signature\tTitle\tSignature\tTitle\n"
             "/s/ Paul R. Kline\tDirector\t/s/ Lena M. Ford\tDirector\n"
             "Paul R. Kline\t\tLena M. Ford\t\n")
    assert [(s["name"], s["title"]) for s in parse_signatures(block, True, [])] == [
        ("Paul R. Kline", "Director"), ("Lena M. Ford", "Director")]


@pytest.mark.parametrize("cell", [
    # an HTML cell whose lines (<br>) render run together
    "By: /s/ Lena M. Ford Lena M. Ford, Chief Financial Officer",
    "By: /s/ LENA M. FORD Lena M. Ford, Chief Financial Officer",
    "By: /s/ Lena M. Ford Name: Lena M. Ford Title: Chief Financial Officer",
])
def test_one_cell_holding_signature_name_and_title(cell: str) -> None:
    block = f"BLUE RIDGE BANKSHARES, INC.\nDate: August 9, 2011\t{cell}\n"
    assert parse_signatures(block, True, []) == [
        {"registrant": "BLUE RIDGE BANKSHARES, INC.", "name": "Lena M. Ford",
         "title": "Chief Financial Officer", "date": "2011-08-09"}]


def test_a_suffix_typed_after_the_name_is_no_title() -> None:
    block = ("BLUE RIDGE BANKSHARES, INC.\n\nBy:\t/s/ Paul R. Kline\n\tPaul R. Kline, Jr.\n"
             "\tPresident and Chief Executive Officer\nDate: August 9, 2011\n")
    (signer,) = parse_signatures(block, True, [])
    assert (signer["name"], signer["title"]) == (
        "Paul R. Kline, Jr.", "President and Chief Executive Officer")
    (signer,) = parse_signatures(block.replace("Kline, Jr.", "Kline III"), True, [])
    assert signer["name"] == "Paul R. Kline III"


@pytest.mark.parametrize("signed", [
    "s/b/ J.B.M. Streppel",  # Aegon 20-F 2001
    "S/ J.B.M. STREPPEL",
    "s/ J.B.M. Streppel",
    "(signed) J.B.M. Streppel",
    "(s) J.B.M. Streppel",
])
def test_signature_marks_other_than_slash_s(signed: str) -> None:
    block = ("\nThe registrant hereby certifies that it meets all of the requirements for filing\n"
             "on Form 20-F and that it has duly caused and authorized the undersigned to sign\n"
             "this annual report on its behalf.\n\n\n\nAEGON N.V.\n\n\n\n"
             f"{' ' * 60}{signed}\n\n\n"
             f"{' ' * 60}J.B.M. Streppel\n{' ' * 60}Member of the\n"
             f"{' ' * 60}Executive Board.\n\n\nDate: March 28, 2001")
    (signer,) = parse_signatures(block, False, [])
    assert signer["registrant"] == "AEGON N.V."
    assert signer["name"].lower() == "j.b.m. streppel"
    assert signer["title"] == "Member of the Executive Board"  # (the period of a sentence)
    assert signer["date"] == "2001-03-28"


def test_aegon_20f_signed_s_b() -> None:
    assert filing("20f_2001_aegonnv_1.htm")["signatures"] == [
        {"registrant": "AEGON N.V.", "name": "J.B.M. Streppel",
         "title": "Member of the Executive Board", "date": "2001-03-28"}]


@pytest.mark.parametrize(("cell", "name"), [
    # the signature over the name typed in full: the printed name (Apple's 10-K cells)
    ("/s/ Tim Cook Timothy D. Cook", "Timothy D. Cook"),
    ("/s/ Tim Cook TIMOTHY D. COOK", "Timothy D. Cook"),  # (in the signature's case)
    # the typed name only repeating the signature in capitals: the signature's case
    ("/s/ Tim Cook TIM COOK", "Tim Cook"),
])
def test_a_signature_then_the_name_typed_in_full(cell: str, name: str) -> None:
    block = ("Pursuant to the requirements of the Securities Exchange Act of 1934, this report "
             "has been signed below by the following persons on behalf of the Registrant and "
             "in the capacities and on the dates indicated.\n\n"
             "Name\tTitle\tDate\n"
             f"{cell}\tChief Executive Officer and Director (Principal Executive Officer)"
             "\tNovember 3, 2023\n")
    assert [(s["name"], s["title"], s["date"]) for s in parse_signatures(block, True, [])] == [
        (name, "Chief Executive Officer and Director (Principal Executive Officer)",
         "2023-11-03")]
    block = ("Apple Inc.\n\nDate: February 1, 2024\tBy:\t"
             f"{cell} Chief Executive Officer\n")
    assert [(s["name"], s["title"]) for s in parse_signatures(block, True, [])] == [
        (name, "Chief Executive Officer")]


@pytest.mark.parametrize(("cell", "name", "title"), [
    # one HTML cell: the signature, the name typed in full, a suffix and the title
    ("/s/ W.A. Freeman William A. Freeman President", "William A. Freeman", "President"),
    ("/s/ Bob Smith Robert L. Smith, Jr. Chief Financial Officer", "Robert L. Smith, Jr.",
     "Chief Financial Officer"),
    ("/s/ Henry Ford Henry Ford II Chairman", "Henry Ford II", "Chairman"),
    # (an initial is no surname: "Paul R." is not the whole signature)
    ("/s/ Paul R. Kline Paul R. Kline, Jr. President", "Paul R. Kline, Jr.", "President"),
])
def test_one_cell_signature_typed_name_suffix_and_title(cell: str, name: str,
                                                        title: str) -> None:
    block = f"ACME WIDGETS, INC.\n\nDate: March 2, 2010\tBy:\t{cell}\n"
    assert [(s["name"], s["title"]) for s in parse_signatures(block, True, [])] == [
        (name, title)]


@pytest.mark.parametrize(("rows", "expected"), [
    # the title after a comma in the "Name:" label's value
    ("By:\t/s/ John Smith\n\tName: John Smith, President\n", ("John Smith", "President")),
    ("By:\t/s/ Bill Smith\n\tName: William Smith, President\n",
     ("William Smith", "President")),
    # "By:" left to sign on, then a name that opens with "By" ("Byron"): all of it
    ("By:\t\n\tName/Title: Byron Smith, President\n", ("Byron Smith", "President")),
    ("By:\n\tByron Smith, President and Chief Executive Officer\n",
     ("Byron Smith", "President and Chief Executive Officer")),
])
def test_the_name_label_and_a_name_opening_with_by(rows: str,
                                                   expected: tuple[str, str]) -> None:
    block = f"ACME CAPITAL, L.P.\n\nDate: March 2, 2010\t{rows}"
    assert [(s["name"], s["title"]) for s in parse_signatures(block, True, [])] == [expected]


def test_a_filing_person_signing_for_themselves_after_the_entities() -> None:
    # CVR Energy SC TO-T/A 2025: "/s/ CARL C. ICAHN" right under Beckton Corp.'s signer
    assert filing("sctota_2025_cvrenergyinc_1.txt")["signatures"][-1] == {
        "registrant": None, "name": "Carl C. Icahn", "title": None, "date": "2025-01-10"}
    block = """SIGNATURES

     After reasonable inquiry and to the best of the knowledge and belief of each
of the undersigned, each of the undersigned certifies that the information set
forth in this statement is true, complete and correct.

Dated: March 3, 2005

                                    VALUE PARTNERS, L.P.

                                    By: /s/ Jeffrey Smith
                                        ---------------------------
                                        Name: Jeffrey Smith
                                        Title: Managing Member

                                    /s/ Jeffrey Smith
                                    -------------------------------
                                    Jeffrey Smith
"""
    assert [(s["registrant"], s["name"]) for s in parse_signatures(block, False, [])] == [
        ("VALUE PARTNERS, L.P.", "Jeffrey Smith"), (None, "Jeffrey Smith")]
    # a 10-Q's second officer signs "/s/" for the registrant: no schedule, no change
    block = block.replace("After reasonable inquiry", "Pursuant to the requirements")
    assert [s["registrant"] for s in parse_signatures(block, False, [])] == [
        "VALUE PARTNERS, L.P.", "VALUE PARTNERS, L.P."]


@pytest.mark.parametrize(("name", "cells"), [
    ("BP p.l.c.", False), ("Banco Santander, S.A.", True), ("Novartis AG", False),
    ("Infosys Limited", True), ("Honda Giken Kogyo Kabushiki Kaisha", False),
])
def test_foreign_issuers_name_over_the_signer(name: str, cells: bool) -> None:
    sep = "\t" if cells else "          "
    block = (f"\n{sep}{name}\n\nDated: 03 March 2015{sep}/s/ D. J. Pearl\n"
             f"{sep}D. J. Pearl\n{sep}Deputy Company Secretary\n")
    assert [(s["registrant"], s["name"], s["title"], s["date"])
            for s in parse_signatures(block, cells, [])] == [
        (name, "D. J. Pearl", "Deputy Company Secretary", "2015-03-03")]


@pytest.mark.parametrize("cells", [False, True])
def test_the_name_over_a_registrant_caption(cells: bool) -> None:
    sep = "\t" if cells else "                                    "
    block = (f"{sep}Ameritas Variable Life Insurance Account\n{sep}(Registrant)\n\n"
             f"Date: March 3, 2005{sep}By: /s/ Jane Q. Doe\n{sep}Jane Q. Doe, Secretary\n")
    assert [(s["registrant"], s["name"], s["title"])
            for s in parse_signatures(block, cells, [])] == [
        ("Ameritas Variable Life Insurance Account", "Jane Q. Doe", "Secretary")]


@pytest.mark.parametrize("html", [False, True])
def test_a_schedule_13g_date_signature_name_title_captions(html: bool) -> None:
    # the form's own layout: each value over a rule and its caption ("Signature" is no
    # heading to start the block at)
    if html:
        tail = ("\tFebruary 14, 2001\n\tDate\n\t/s/ Christine M. Buchanan\n\tSignature\n"
                "\tChristine M. Buchanan / Principal\n\tName/Title\n")
    else:
        pad, rule = " " * 40, " " * 40 + "-" * 34
        tail = "".join(f"{pad}{v}\n{rule}\n{pad}{c}\n\n" for v, c in [
            ("February 14, 2001", "Date"), ("/s/ Christine M. Buchanan", "Signature"),
            ("Christine M. Buchanan, Principal", "Name/Title")])
    text = ("Item 10. Certification\n\nNot applicable.\n\n                SIGNATURE\n\n"
            "After reasonable inquiry and to the best of my knowledge and belief, I certify "
            "that the information set forth in this statement is true, complete and "
            f"correct.\n\n{tail}")
    assert parse_signatures(signature_block(text), html, []) == [
        {"registrant": None, "name": "Christine M. Buchanan", "title": "Principal",
         "date": "2001-02-14"}]


@pytest.mark.parametrize(("cells", "sentence"), [
    (True, "thereunto duly authorized, in the City of Staten Island, State of New York, on the "
           "16th day of May, 2023."),
    # plain text: the sentence wraps after the month
    (False, "thereunto duly authorized, in the City of Staten Island, State of New York, on\n"
            "the 16th day of May,\n2023."),
])
def test_a_registration_statement_dated_the_nth_day_of(cells: bool, sentence: str) -> None:
    sep = "\t" if cells else "                                       "
    block = ("\nPursuant to the requirements of the Securities Act of 1933, the registrant has "
             "duly caused this registration statement to be signed on its behalf by the "
             f"undersigned, {sentence}\n\n{sep}ACURX PHARMACEUTICALS, INC.\n\n"
             f"{sep}By: /s/ David P. Luci\n{sep}David P. Luci\n"
             f"{sep}President and Chief Executive Officer\n")
    assert [(s["name"], s["date"]) for s in parse_signatures(block, cells, [])] == [
        ("David P. Luci", "2023-05-16")]


def test_by_order_of_the_board_is_no_signer() -> None:
    block = """
Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has
duly caused this report to be signed on its behalf by the undersigned hereunto duly
authorized.

                                   By Order of the Board of Directors

                                   /s/ Mary L. Smith
                                   Mary L. Smith
                                   Corporate Secretary

March 3, 2015
"""
    assert [(s["name"], s["title"]) for s in parse_signatures(block, False, [])] == [
        ("Mary L. Smith", "Corporate Secretary")]


def test_a_registrant_name_broken_after_a_comma() -> None:
    # Indiana Bell 10-Q: "INDIANA BELL TELEPHONE COMPANY," over "INCORPORATED"
    block = """
                                       INDIANA BELL TELEPHONE COMPANY,
                                       INCORPORATED

                                       /s/ Michael J. Viola
                                       ---------------------------------
                                       Michael J. Viola
                                       Treasurer
                                       (Principal Financial Officer)

August 13, 1999
"""
    assert [s["registrant"] for s in parse_signatures(block, False, [])] == [
        "INDIANA BELL TELEPHONE COMPANY, INCORPORATED"]


def test_the_name_typed_in_brackets_under_a_table_signature() -> None:
    # a 1990s 10-K table: "(ROBERT J. BROWN)" under the rule signed on is no title
    block = """
Pursuant to the requirements of the Securities Exchange Act of 1934, this report has been
signed below by the following persons on behalf of the registrant and in the capacities and
on the dates indicated.

          SIGNATURE                        TITLE                       DATE
          ---------                        -----                       ----

   /s/ ROBERT J. BROWN           Chairman of the Board and        March 15, 1996
- ------------------------------  Chief Executive Officer
      (ROBERT J. BROWN)

   /s/ MARY K. LEE               Vice President, Finance          March 15, 1996
- ------------------------------
        (MARY K. LEE)
"""
    assert [(s["name"], s["title"]) for s in parse_signatures(block, False, [])] == [
        ("ROBERT J. BROWN", "Chairman of the Board and Chief Executive Officer"),
        ("MARY K. LEE", "Vice President, Finance")]


def test_the_name_typed_in_full_in_brackets_under_a_table_signature() -> None:
    # "/s/ BOB BROWN" over "(ROBERT J. BROWN)": the printed name, no title
    block = """
Pursuant to the requirements of the Securities Exchange Act of 1934, this report has been
signed below by the following persons on behalf of the registrant and in the capacities and
on the dates indicated.

          SIGNATURE                        TITLE                       DATE
          ---------                        -----                       ----

   /s/ BOB BROWN                 Chairman of the Board and        March 15, 1996
- ------------------------------  Chief Executive Officer
      (ROBERT J. BROWN)

   /s/ Tom Hill                  Director                         March 15, 1996
- ------------------------------
        (Thomas Hill)
"""
    assert [(s["name"], s["title"]) for s in parse_signatures(block, False, [])] == [
        ("ROBERT J. BROWN", "Chairman of the Board and Chief Executive Officer"),
        ("Thomas Hill", "Director")]


def test_a_dash_between_the_typed_name_and_the_title() -> None:
    block = ("ACME WIDGETS, INC.\n\nDate: March 3, 2015\tBy:\t/s/ John A. Smith\n"
             "\t\tJohn A. Smith - President and Chief Executive Officer\n")
    assert [(s["name"], s["title"]) for s in parse_signatures(block, True, [])] == [
        ("John A. Smith", "President and Chief Executive Officer")]


@pytest.mark.parametrize(("block", "cells", "expected"), [
    # a 1990s 8-K: the name typed in full and the title on one line under the signature
    ("                                   ZURN INDUSTRIES, INC.\n\n"
     "April 19, 1994                     By: /s/ W.A. Freeman\n"
     "                                       ---------------------------\n"
     "                                       William A. Freeman, President\n",
     False, ("William A. Freeman", "President")),
    # "Jr." and "Ph.D." after the typed name stay with it, not with the title
    ("                                   ACME WIDGETS, INC.\n\n"
     "Date: May 2, 1997                  By: /s/ Bob Smith\n"
     "                                       Robert L. Smith, Jr.\n"
     "                                       Chief Financial Officer\n",
     False, ("Robert L. Smith, Jr.", "Chief Financial Officer")),
    ("ENTRADA NETWORKS, INC.\n\nDate: November 21, 2001\t/s/ Ken Chadha\n"
     "\tKanwar J.S. Chadha, Ph.D.\n\tPresident & CEO\n",
     True, ("Kanwar J.S. Chadha, Ph.D.", "President & CEO")),
    # an HTML cell of the typed name and the title ("William R. Smith<br>Executive Vice
    # President and<br>Chief Financial Officer") rendered to one line
    ("ACME WIDGETS INC.\nDate: March 2, 2010\tBy:\t/s/ Bill Smith\n"
     "William R. Smith Executive Vice President and Chief Financial Officer\n",
     True, ("William R. Smith", "Executive Vice President and Chief Financial Officer")),
    # a surname with an apostrophe; a signature in capitals with its suffix
    ("ACME WIDGETS, INC.\n\nDate: March 2, 2010\tBy:\t/s/ Mary O'Brien\n"
     "\tMary Ellen O'Brien\n\tPresident\n", True, ("Mary Ellen O'Brien", "President")),
    ("ACME WIDGETS, INC.\n\nDate: March 2, 2010\tBy:\t/s/ BOB SMITH JR.\n"
     "\tRobert L. Smith, Jr.\n\tPresident\n", True, ("Robert L. Smith, Jr.", "President")),
    # a schedule's "Name/Title:" label under the signature
    ("Dated: February 14, 2005\n\n"
     "                                        ACME CAPITAL PARTNERS, L.P.\n\n"
     "                                        By: /s/ Bill Smith\n"
     "                                            -----------------------------\n"
     "                                            Name/Title: William Smith, Managing Director\n",
     False, ("William Smith", "Managing Director")),
    # an HTML table of "By:", "Name:" and "Title:" cells: the name under the label
    ("ACME WIDGETS, INC.\n\nDate: March 2, 2010\tBy:\t/s/ Bill Smith\n"
     "\tName:\tWilliam R. Smith\n\tTitle:\tChief Financial Officer\n",
     True, ("William R. Smith", "Chief Financial Officer")),
])
def test_the_name_typed_in_full_under_a_signature(block: str, cells: bool,
                                                   expected: tuple[str, str]) -> None:
    assert [(s["name"], s["title"]) for s in parse_signatures(block, cells, [])] == [expected]


def test_a_table_signature_over_the_name_typed_in_full() -> None:
    # a 10-K table: "/s/ Tim Cook" over "TIMOTHY D. COOK", the title going on beside it; the
    # typed name is the printed one, in the signature's case, and no part of the title
    # ("LUCA MAESTRI" only repeats the signature in capitals: the signature's case is kept)
    block = ("\n" + _10K_BELOW +
             "        Signature                     Title                          Date\n\n"
             "/s/ Tim Cook                  Chief Executive Officer and     November 3, 2023\n"
             "---------------------------   Director (Principal Executive\n"
             "TIMOTHY D. COOK               Officer)\n\n"
             "/s/ Luca Maestri              Senior Vice President, Chief    November 3, 2023\n"
             "---------------------------   Financial Officer\n"
             "LUCA MAESTRI\n\n"
             "/s/ Art Levinson              Chair of the Board              November 3, 2023\n"
             "---------------------------\n"
             "ARTHUR D. LEVINSON\n")
    assert [(s["name"], s["title"]) for s in parse_signatures(block, False, [])] == [
        ("Timothy D. Cook",
         "Chief Executive Officer and Director (Principal Executive Officer)"),
        ("Luca Maestri", "Senior Vice President, Chief Financial Officer"),
        ("Arthur D. Levinson", "Chair of the Board")]


def test_a_date_with_its_month_misspelt_dates_the_block() -> None:
    # Pericom 2002: "Date:  Marcxh 12, 2002" beside the registrant, the block's only date
    assert filing("8k_2002_pericomsemiconductorco_1.txt")["signatures"][0]["date"] == \
        "2002-03-12"
    block = ("                                   ACME WIDGETS, INC.\n\n"
             "Dated: Febuary 3, 2004             By: /s/ John A. Smith\n"
             "                                       John A. Smith\n"
             "                                       President\n")
    assert [s["date"] for s in parse_signatures(block, False, [])] == ["2004-02-03"]
    # a date spelt right wins; a word one letter from two months is none ("Juny")
    assert [s["date"] for s in parse_signatures(
        block.replace("Febuary 3", "February 4"), False, [])] == ["2004-02-04"]
    assert [s["date"] for s in parse_signatures(
        block.replace("Febuary", "Juny"), False, [])] == [None]


_POA_PREAMBLE = """
     Pursuant to the requirements of the Securities Act of 1933, the Registrant
certifies that it has reasonable grounds to believe that it meets all of the
requirements for filing on Form S-3 and has duly caused this Registration
Statement to be signed on its behalf by the undersigned, thereunto duly
authorized, in the City of Houston, State of Texas, on October 21, 1997.

                                        GULF COAST ENERGY, INC.

                                        By: /s/ Harold R. Dunn
                                           ---------------------------------
                                              Harold R. Dunn
                                              President

                               POWER OF ATTORNEY

"""
_POA_TABLE = """
     Pursuant to the requirements of the Securities Act of 1933, this
Registration Statement has been signed by the following persons in the
capacities and on the dates indicated.

          SIGNATURE                      TITLE                       DATE
          ---------                      -----                       ----

/s/ Harold R. Dunn                 President and Director      October 21, 1997
- ------------------------------
Harold R. Dunn

/s/ Susan P. Kemp                  Director                    October 21, 1997
- ------------------------------
Susan P. Kemp
"""


@pytest.mark.parametrize("power", [
    # the attorney's name in capitals on a line of its own, inside the sentence
    """     Each person whose signature appears below hereby constitutes and appoints
                             HAROLD R. DUNN
his true and lawful attorney-in-fact, with full power of substitution, to sign
any and all amendments to this Registration Statement.
""",
    # a line of the paragraph opening with "by"
    """     KNOW ALL MEN BY THESE PRESENTS, that each person whose signature appears
below constitutes and appoints Harold R. Dunn his true and lawful attorney-in-fact,
hereby ratifying and confirming all that said attorney-in-fact may lawfully do or cause to be done
by virtue hereof.
""",
])
def test_an_s3_power_of_attorney_names_no_signer_and_no_registrant(power: str) -> None:
    signers = parse_signatures(_POA_PREAMBLE + power + _POA_TABLE, False, [])
    assert [(s["registrant"], s["name"], s["title"]) for s in signers] == [
        ("GULF COAST ENERGY, INC.", "Harold R. Dunn", "President"),
        ("GULF COAST ENERGY, INC.", "Harold R. Dunn", "President and Director"),
        ("GULF COAST ENERGY, INC.", "Susan P. Kemp", "Director")]


@pytest.mark.parametrize(("sentence", "date"), [
    ("in the City of Boston, Commonwealth of Massachusetts, on this twenty-first day of\n"
     "March, 1996.", "1996-03-21"),
    ("in the City of Boston, Commonwealth of Massachusetts, this Thirtieth day of June,\n"
     "A.D. 1995.", "1995-06-30"),
    ("in the City of Boston, Commonwealth of Massachusetts, on this twenty-\n"
     "second day of March, 1996.", "1996-03-22"),
    ("in the City of Boston, Commonwealth of Massachusetts, on this 3rd\n"
     "day of May, 2001.", "2001-05-03"),
])
def test_a_block_dated_with_the_day_spelt_out(sentence: str, date: str) -> None:
    block = f"""
     Pursuant to the requirements of the Securities Exchange Act of 1934, the
registrant has duly caused this report to be signed on its behalf by the
undersigned, thereunto duly authorized, {sentence}

                                        BAY STATE INSTRUMENTS, INC.

                                        By: /s/ Alan K. Whitcomb
                                            ------------------------------
                                            Alan K. Whitcomb
                                            Treasurer
"""
    assert [(s["name"], s["date"]) for s in parse_signatures(block, False, [])] == [
        ("Alan K. Whitcomb", date)]


_10K_HEAD = """<SEC-DOCUMENT>0000912057-97-010234.txt : 19970328
<SEC-HEADER>0000912057-97-010234.hdr.sgml : 19970328
ACCESSION NUMBER:\t\t0000912057-97-010234
CONFORMED SUBMISSION TYPE:\t{form}
PUBLIC DOCUMENT COUNT:\t\t1
FILED AS OF DATE:\t\t19970328

{role}:

\tCOMPANY DATA:\t
\t\tCOMPANY CONFORMED NAME:\t\t\tACME WIDGET CORP
\t\tCENTRAL INDEX KEY:\t\t\t0000123456
\t\tSTATE OF INCORPORATION:\t\t\tDE

\tFILING VALUES:
\t\tFORM TYPE:\t\t{form}
\t\tSEC FILE NUMBER:\t0-12345
</SEC-HEADER>
<DOCUMENT>
<TYPE>{form}
<SEQUENCE>1
<TEXT>
"""
_10K_TABLE = """
                                   SIGNATURES

     Pursuant to the requirements of Section 13 or 15(d) of the Securities
Exchange Act of 1934, the registrant has duly caused this report to be signed
on its behalf by the undersigned, thereunto duly authorized.

     Pursuant to the requirements of the Securities Exchange Act of 1934, this
report has been signed below by the following persons on behalf of the
registrant and in the capacities and on the dates indicated.

         SIGNATURE                       TITLE                        DATE
         ---------                       -----                        ----

/s/ Walter P. Kline            President, Chief Executive      March 27, 1997
- -----------------------------  Officer and Director
Walter P. Kline                (Principal Executive Officer)

/s/ George M. Sutter           Director                        March 27, 1997
- -----------------------------
George M. Sutter
</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>
"""


def test_a_10k_table_under_no_registrant_line_signs_for_the_filer() -> None:
    text = _10K_HEAD.format(form="10-K", role="FILER") + _10K_TABLE
    signers = parse(text.encode(), "10k.txt")["signatures"]
    assert [(s["registrant"], s["name"]) for s in signers] == [
        ("ACME WIDGET CORP", "Walter P. Kline"), ("ACME WIDGET CORP", "George M. Sutter")]
    # a schedule's filing persons sign for themselves, not for the subject company
    text = _10K_HEAD.format(form="SC 13D", role="SUBJECT COMPANY") + _10K_TABLE
    assert [s["registrant"] for s in parse(text.encode(), "13d.txt")["signatures"]] == [
        None, None]


@pytest.mark.parametrize(("block", "cells"), [
    ("Date: February 14, 2020\nSignature: /s/ Mary T. Lang\n"
     "Name/Title: Mary T. Lang, Managing Director\n", True),
    ("Dated: February 14, 2020\n\n                                   By: /s/ Mary T. Lang\n"
     "                                   Name and Title: Mary T. Lang, Managing Director\n",
     False),
])
def test_a_schedule_name_and_title_label(block: str, cells: bool) -> None:
    text = ("\nAfter reasonable inquiry and to the best of my knowledge and belief, I certify "
            "that the information set forth in this statement is true, complete and correct."
            f"\n\n{block}")
    assert parse_signatures(text, cells, []) == [
        {"registrant": None, "name": "Mary T. Lang", "title": "Managing Director",
         "date": "2020-02-14"}]


@pytest.mark.parametrize(("row", "cells"), [
    ("Name: Douglas G. Voss        Title: Chairman and President", False),
    ("Name:\tDouglas G. Voss\tTitle:\tChairman and President", True),
])
def test_name_and_title_labels_on_one_line(row: str, cells: bool) -> None:
    block = f"GREAT LAKES AVIATION, LTD.\n\nBy: /s/ Douglas G. Voss\n{row}\nDate: June 2, 1998\n"
    assert parse_signatures(block, cells, []) == [
        {"registrant": "GREAT LAKES AVIATION, LTD.", "name": "Douglas G. Voss",
         "title": "Chairman and President", "date": "1998-06-02"}]


@pytest.mark.parametrize(("line", "registrant"), [
    ("Golden West Homes (Registrant)", "Golden West Homes"),
    ("Registrant: Golden West Homes", "Golden West Homes"),
    ("GOLDEN WEST HOMES, a California corporation", "GOLDEN WEST HOMES"),
])
def test_a_registrant_captioned_on_its_line(line: str, registrant: str) -> None:
    block = f"""
     Pursuant to the requirements of the Securities Exchange Act of 1934, the
registrant has duly caused this report to be signed on its behalf by the
undersigned hereunto duly authorized.

                              {line}

Date: March 3, 1995           By: /s/ Dale R. Kirk
                                  Dale R. Kirk, Controller
"""
    assert parse_signatures(block, False, []) == [
        {"registrant": registrant, "name": "Dale R. Kirk", "title": "Controller",
         "date": "1995-03-03"}]


def test_a_foreign_issuers_date_with_an_ordinal_day_first() -> None:
    # a 6-K: "Date: 21st March 2018" beside the signer
    block = ("\nPursuant to the requirements of the Securities Exchange Act of 1934, the "
             "registrant has duly caused this report to be signed on its behalf by the "
             "undersigned, thereunto duly authorized.\n\n\tBRITANNIA MINING PLC\n"
             "Date: 21st March 2018\tBy:\t/s/ Oliver J. Hartley\n\tName:\tOliver J. Hartley\n"
             "\tTitle:\tCompany Secretary\n")
    assert parse_signatures(block, True, []) == [
        {"registrant": "BRITANNIA MINING PLC", "name": "Oliver J. Hartley",
         "title": "Company Secretary", "date": "2018-03-21"}]


@pytest.mark.parametrize(("rows", "cells", "name"), [
    # "/s/ Bill Smith" over "Name: William "Bill" Smith": the typed name, nickname and all
    ("                                       Name: William \"Bill\" Smith\n"
     "                                       Title: Chief Financial Officer\n",
     False, 'William "Bill" Smith'),
    ("                                       Name/Title: William (Bill) Smith, Chief "
     "Financial Officer\n", False, "William (Bill) Smith"),
    ("\tName:\tWilliam \u201cBill\u201d Smith\n\tTitle:\tChief Financial Officer\n", True,
     "William \u201cBill\u201d Smith"),
    # in single quotes, typed under the signature or run on in its HTML cell
    ("                                       William 'Bill' Smith\n"
     "                                       Chief Financial Officer\n",
     False, "William 'Bill' Smith"),
    ("William 'Bill' Smith Chief Financial Officer\n", True, "William 'Bill' Smith"),
])
def test_a_nickname_in_the_name_typed_under_the_signature(rows: str, cells: bool,
                                                          name: str) -> None:
    signed = "Date: May 2, 1997\tBy: /s/ Bill Smith\n" if cells else \
        "Date: May 2, 1997                  By: /s/ Bill Smith\n"
    block = "                                   ACME WIDGETS, INC.\n\n" + signed + rows
    assert [(s["name"], s["title"]) for s in parse_signatures(block, cells, [])] == [
        (name, "Chief Financial Officer")]


@pytest.mark.parametrize("line", [
    "By: /s/ John A. Smith - Chief Financial Officer",
    "By: /s/ John A. Smith -- Chief Financial Officer",
    "By: /s/ John A. Smith \u2014 Chief Financial Officer",
])
def test_a_title_after_a_spaced_dash_on_the_signature_line(line: str) -> None:
    block = ("                                   ACME WIDGETS, INC.\n\n"
             f"Date: March 3, 1996                {line}\n")
    assert [(s["name"], s["title"]) for s in parse_signatures(block, False, [])] == [
        ("John A. Smith", "Chief Financial Officer")]
    # a hyphenated surname is the name's
    block = block.replace(line, "By: /s/ Mary Smith-Jones")
    assert [s["name"] for s in parse_signatures(block, False, [])] == ["Mary Smith-Jones"]


@pytest.mark.parametrize(("preamble", "dated"), [
    # a 10-K/A: the fiscal year the report covers, wrapped before its date
    ("     Pursuant to the requirements of Section 13 or 15(d) of the Securities\n"
     "Exchange Act of 1934, the registrant has duly caused this Amendment No. 1 to its\n"
     "Annual Report on Form 10-K for the fiscal year ended\n"
     "December 31, 2002 to be signed on its behalf by the undersigned, thereunto duly\n"
     "authorized.\n\n", "Date: April 29, 2003"),
    # an 8-K naming the report by its date
    ("     Pursuant to the requirements of the Securities Exchange Act of 1934, the\n"
     "registrant has duly caused this report on Form 8-K dated March 3, 2003 to be\n"
     "signed on its behalf by the undersigned hereunto duly authorized.\n\n",
     "Dated: April 29, 2003"),
])
def test_the_report_date_in_the_preamble_is_not_the_signing_date(preamble: str,
                                                                  dated: str) -> None:
    block = (preamble + "                                   ACME HOLDINGS, INC.\n\n"
             "                                   By: /s/ Jane Doe\n"
             "                                       Jane Doe\n"
             "                                       Chief Financial Officer\n\n" + dated + "\n")
    assert [s["date"] for s in parse_signatures(block, False, [])] == ["2003-04-29"]
    # with no other date in the block, none is given
    assert [s["date"] for s in parse_signatures(block.replace(dated, ""), False, [])] == [None]


def test_a_signature_caption_with_its_note_and_a_name_title_caption() -> None:
    # the 1990s 10-Q layout of the form itself: "(Signature)*" under the line signed on,
    # and its note "*Print the name and title ..." under the block
    block = ("                                      ACME WIDGET CORPORATION\n"
             "                                      -----------------------\n"
             "                                           (Registrant)\n\n"
             "Date  August 12, 1996                 By /s/ Richard Roe\n"
             "                                         ----------------------------\n"
             "                                         (Signature)*\n"
             "                                         Richard Roe, Vice President\n"
             "                                         and Chief Financial Officer\n\n"
             "                                         *Print the name and title of each\n"
             "                                         signing officer under his signature.\n")
    assert [(s["registrant"], s["name"], s["title"], s["date"])
            for s in parse_signatures(block, False, [])] == [
        ("ACME WIDGET CORPORATION", "Richard Roe", "Vice President and Chief Financial Officer",
         "1996-08-12")]
    # HTML <div>s render with no blank line before the note
    block = ("ACME WIDGET CORPORATION\n(Registrant)\nDate: August 12, 1996\tBy /s/ Richard Roe\n"
             "\t(Signature)*\n\tRichard Roe, Vice President and Chief Financial Officer\n"
             "*Print the name and title of each signing officer under his signature.\n")
    assert [(s["name"], s["title"]) for s in parse_signatures(block, True, [])] == [
        ("Richard Roe", "Vice President and Chief Financial Officer")]
    # "(Name/Title)" under the name and title typed on one line
    block = ("ACME WIDGET CORPORATION\n\nBy: /s/ Richard Roe\n    ---------------------------\n"
             "    Richard Roe, Chief Financial Officer\n    (Name/Title)\nDate: May 1, 2003\n")
    assert [(s["name"], s["title"]) for s in parse_signatures(block, False, [])] == [
        ("Richard Roe", "Chief Financial Officer")]


def test_starred_directors_named_in_brackets_under_the_rule() -> None:
    # The Home Depot's 10-K for fiscal 2000: each director's row is a star and "Director",
    # the name typed in brackets under the line; the attorney-in-fact signs below the table
    block = (
        "Signature                         Title                            Date\n"
        "---------                         -----                            ----\n\n"
        "/s/ Carol B. Tome                 Senior Vice President-Finance    April 20, 2001\n"
        "------------------                and Accounting (Principal\n"
        "(Carol B. Tome)                   Accounting Officer)\n\n"
        "         *                        Director\n"
        "-------------------------------\n"
        "(Frank Borman)\n\n\n"
        "         *                        Director\n"
        "-------------------------------\n"
        "(Milledge A. Hart, III)\n\n\n"
        "*        The undersigned, by signing his name hereto, does hereby sign this\n"
        "report on behalf of each of the above-indicated directors of the Registrant\n"
        "pursuant to powers of attorney, executed on behalf of each such director.\n\n\n"
        "                                    By: /s/ Robert L. Nardelli\n"
        "                                       ----------------------------------------\n"
        "                                       (Robert L. Nardelli, Attorney-in-fact)\n")
    assert [(s["name"], s["title"]) for s in parse_signatures(block, False,
                                                              ["THE HOME DEPOT, INC."])] == [
        ("Carol B. Tome",
         "Senior Vice President-Finance and Accounting (Principal Accounting Officer)"),
        ("Frank Borman", "Director"), ("Milledge A. Hart, III", "Director"),
        ("Robert L. Nardelli", "Attorney-in-fact")]


def test_the_name_and_title_typed_in_one_pair_of_brackets() -> None:
    # The Home Depot's 10-K for fiscal 2000: "(Robert L. Nardelli, President & CEO)" under the
    # line signed on; the brackets go with the name, not into the title
    block = ("                                    THE HOME DEPOT, INC.\n\n\n"
             "                                    By: /s/ Robert L. Nardelli\n"
             "                                       ----------------------------------------\n"
             "                                       (Robert L. Nardelli, President & CEO)\n\n\n"
             "                                    Date:   April 20, 2001\n"
             "                                         --------------------------------------\n")
    assert [(s["registrant"], s["name"], s["title"], s["date"])
            for s in parse_signatures(block, False, [])] == [
        ("THE HOME DEPOT, INC.", "Robert L. Nardelli", "President & CEO", "2001-04-20")]


@pytest.mark.parametrize(("rows", "cells"), [
    ("By: /s/ John A. Smith\nName: John A. Smith, Jr.\nTitle: Chief Financial Officer\n", False),
    ("By:\t/s/ John A. Smith\n\tName:\tJohn A. Smith, Jr.\n\tTitle:\tChief Financial Officer\n",
     True),
])
def test_a_suffix_after_the_name_label_under_a_signature_without_it(rows: str,
                                                                     cells: bool) -> None:
    # "Name: John A. Smith, Jr." under "/s/ John A. Smith": the same person (the surname is
    # the word before the suffix), and the typed name is the printed one
    block = "ACME HOLDINGS, INC.\n\n" + rows + "Date: May 1, 2003\n"
    assert [(s["name"], s["title"]) for s in parse_signatures(block, cells, [])] == [
        ("John A. Smith, Jr.", "Chief Financial Officer")]


@pytest.mark.parametrize("heading", ["EXHIBIT 99-1", "EXHIBIT 99(a)", "Exhibit 99-A",
                                     "EXHIBIT 99.A", "Exhibit 10(iii)(A)"])
def test_the_block_ends_at_an_exhibit_heading_with_a_dash_or_a_letter(heading: str) -> None:
    # a 1990s 8-K whose press release follows its signature in the same document: the
    # release's "By:" and "/s/" lines and its headline in capitals are no signers
    text = ("                                  SIGNATURES\n\n"
            "     Pursuant to the requirements of the Securities Exchange Act of 1934, the\n"
            "registrant has duly caused this report to be signed on its behalf by the\n"
            "undersigned hereunto duly authorized.\n\n"
            "                                        ACME WIDGET CORPORATION\n\n"
            "Date: October 1, 1997                   By: /s/ John A. Smith\n"
            "                                            John A. Smith\n"
            "                                            Chief Financial Officer\n\n\n"
            f"                                                        {heading}\n\n"
            "FOR IMMEDIATE RELEASE\n\nACME WIDGET CORPORATION ANNOUNCES MERGER\n\n"
            "     The agreement was signed for Beta Inc.\n\n/s/ Mary Major\n"
            "Mary Major, Secretary\n")
    block = signature_block(text)
    assert heading not in block
    assert [(s["registrant"], s["name"]) for s in parse_signatures(block, False, [])] == [
        ("ACME WIDGET CORPORATION", "John A. Smith")]
