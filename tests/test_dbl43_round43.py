"""Plain text, round 43: a double-spaced document (a blank line after every line, as some
1990s filing agents' word processors printed them; paragraphs parted by two or more blank
lines) is read as the same document single-spaced, so that a multi-line value (an exhibit's
description, a signer's title, a headline, a cover's address) keeps all its lines.

The double-spaced filings are real corpus filings with a blank line typed after each line
of their documents (tag lines such as "<PAGE>" aside), as the metamorphic harness's
"dblspace" variant prints them; the documents that must stay as they are are real excerpts.
"""

from __future__ import annotations

import re
from typing import Any

from filing2json.parsers import parse
from filing2json.parsers.text.plain_text import clean_plain_text
from support import FILINGS

_DOCUMENT = re.compile(r"(<TEXT>[ \t]*\n?)(.*?)(</TEXT>)", re.S | re.I)


def _double_spaced(text: str) -> str:
    """Each line of each document followed by a blank line (a tag line is not doubled)."""

    def one(m: re.Match[str]) -> str:
        lines = m.group(2).split("\n")
        body = "\n".join(ln if ln.lstrip().startswith("<") else ln + "\n" for ln in lines)
        return m.group(1) + body + m.group(3)

    return _DOCUMENT.sub(one, text)


def _records(name: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The filing's record, and its double-spaced twin's."""
    text = (FILINGS / name).read_text(encoding="latin-1")
    doubled = _double_spaced(text)
    assert doubled.count("\n\n") > text.count("\n\n") * 2  # (the variant is printed)
    return parse(text.encode("latin-1"), name), parse(doubled.encode("latin-1"), name)


def test_double_spaced_exhibit_descriptions_and_signer_title() -> None:
    # Westell Technologies' 1999 8-K, double-spaced: descriptions wrapped over two lines
    plain, doubled = _records("8k_1999_westelltechnologiesinc_3.txt")
    descriptions = [e["description"] for e in doubled["exhibits"]]
    assert descriptions[1] == ("Agreement and Plan of Merger, dated December 13, 1999, among "
                               "Teltrend Inc., Westell Technologies Inc. and Theta Acquisition "
                               "Corp.")
    assert descriptions == [e["description"] for e in plain["exhibits"]]
    assert doubled["signatures"][0]["title"] == "Chairman, Chief Executive Officer"
    assert doubled["press_releases"][0]["headline"] == (
        "WESTELL TECHNOLOGIES ANNOUNCES AGREEMENT TO ACQUIRE TELTREND INC.")


def test_double_spaced_with_blanks_on_the_blank_lines() -> None:
    # Westell's 8-K double-spaced with three blanks typed on each added blank line
    name = "8k_1999_westelltechnologiesinc_3.txt"
    text = _double_spaced((FILINGS / name).read_text(encoding="latin-1"))
    record = parse(text.replace("\n\n", "\n   \n").encode("latin-1"), name)
    assert record["exhibits"][2]["description"] == (
        "Voting Agreement, dated December 13, 1999, among Robert C. Penny III and Melvin J. "
        "Simon, individually and as trustees of various trusts, and Teltrend Inc.")
    assert record["signatures"][0]["title"] == "Chairman, Chief Executive Officer"


def test_double_spaced_cover_is_read() -> None:
    # Zurn Industries' 1994 8-K, double-spaced: its cover's date, address and phone
    plain, doubled = _records("8k_1994_zurnindustriesinc_2.txt")
    assert doubled["report_date"] == "1994-04-19"
    registrant = doubled["registrants"][0]
    assert registrant["address"] == {"street": "One Zurn Place", "city": "Erie",
                                     "state": "Pennsylvania", "zip": "16505"}
    assert registrant["phone"] == "814-452-2111"
    assert doubled["press_releases"][0]["headline"] == (
        "ZURN INDUSTRIES RECORDS FOURTH QUARTER CHARGE FOR CLOSING BOILER MANUFACTURING "
        "FACILITY")
    assert doubled["registrants"] == plain["registrants"]


def test_double_spaced_paragraphs_stay_apart() -> None:
    # Westell's signature block double-spaced: a run of 2+ blank lines still parts paragraphs
    # (one blank line), a lone blank line goes
    lines = ["Pursuant to the requirements of the Securities Exchange Act of 1934, the",
             "registrant has duly caused this report to be signed on its behalf by the",
             "undersigned hereunto duly authorized.", "",
             "                              WESTELL TECHNOLOGIES, INC.", "",
             "Date: December 14, 1999       By: /s/ Robert C. Penny III",
             "                                  Chairman, Chief Executive Officer"]
    text = "\n".join(lines * 4) + "\n"
    doubled = "".join(ln + "\n\n" for ln in text.split("\n")[:-1])
    assert clean_plain_text(doubled) == text


def test_single_spaced_table_of_contents_is_kept() -> None:
    # Indiana Bell's 1999 10-Q table of contents: entries parted by two blank lines, but its
    # wrapped entries single-spaced
    toc = (FILINGS / "10q_1999_indianabelltelephoneco_1.txt").read_text(encoding="latin-1")
    start = toc.index("<PAGE>i\n") + len("<PAGE>i\n")
    text = toc[start : toc.index("\n", toc.index("Glossary", start)) + 1]
    assert text.count("\n") >= 30
    assert clean_plain_text(text) == text


def test_short_text_of_one_line_paragraphs_is_kept() -> None:
    # an item's lines parted by single blank lines (Pericom Semiconductor's 2005 8-Ks print
    # "Item 9.01" and its exhibit lines so): no run of 2+ blank lines, so no double spacing
    lines = ["Item 9.01. Financial Statements and Exhibits.", "(c) Exhibits.",
             "99.1 Press release dated April 27, 2005.", "SIGNATURES",
             "PERICOM SEMICONDUCTOR CORPORATION", "By: /s/ Angela Chen",
             "Date: April 27, 2005", "Angela Chen, Chief Financial Officer"]
    text = "\n\n".join(lines * 4) + "\n"
    assert clean_plain_text(text) == text


def test_text_with_single_spaced_blocks_is_kept() -> None:
    # the same lines with paragraph breaks of two blank lines, and Pericom's address typed
    # single-spaced under its name (edited from the 8-Ks' cover): a normal text
    lines = ["Item 9.01. Financial Statements and Exhibits.", "(c) Exhibits.",
             "99.1 Press release dated April 27, 2005.", "\nSIGNATURES",
             "PERICOM SEMICONDUCTOR CORPORATION\n3545 North First Street\n"
             "San Jose, California 95134", "By: /s/ Angela Chen",
             "Date: April 27, 2005", "Angela Chen, Chief Financial Officer\n"]
    text = "\n\n".join(lines * 3) + "\n"
    head = text[:4096]
    assert head.count("\n\n") * 5 >= head.count("\n") * 2  # (half its newlines doubled)
    assert clean_plain_text(text) == text

