"""Signature blocks of round 66.

A division's line under a title ("President" over "Consumer Bank", "Retail Banking Group"):
ending in "Bank" or "Group" with no proper name before it, it goes on with the title (was: read
as a firm's line and dropped); a firm's line has a proper name ("Icahn National Bank", "Icahn
Financial Group"). "KK" and "SL" with no stops, in capitals, close a firm's name under a title as
"K.K." and "S.L." do ("Icahn Holding KK"; was: the title "President Icahn Holding KK"); a
title's abbreviations ("SVP", "GC", "CFO") stay the title's. A firm's name with its legal form
typed between the signer's name and title ("Carl C. Icahn" over "Icahn Partners, L.P." over
"Chairman") is the firm the signer signs for, no line of the title (was: the title "Icahn
Partners, L.P. Chairman"). The tests edit Icahn's Schedule TO-T/A on CVR Energy (2025;
test_sig59_round59, test_sig64b_round64): Icahn's certification re-typed as text, and its HTML
signature column, the division's or the firm's line typed under Icahn's name or title.

A 10-K's directors listed beside a "Directors" caption with the date in the caption's row
("Tamara J. Erickson, Kent F. Hansen, ...   Directors   March 27, 2001", or one name a line)
are signers dated so, the last two maybe joined by "and" (was: none of them a signer, or the
first one with the other names for a title), as when the row held no date; a row per director
each with a date, or a name over a line to sign on, stays a table's. PerkinElmer's 10-K405
(2001) is edited: its directors' table re-typed as such a list, signed for by Gregory L. Summe
as attorney-in-fact.
"""

from __future__ import annotations

import time

import pytest
from test_sig59_round59 import _BECKTON, _plain, _signers
from test_sig64b_round64 import _both

from filing2json.parsers.sections.signatures import parse_signatures
from support import FILINGS, edited_record

_DATE = "2025-01-10"  # the block's date in Icahn's certification
_DIVISIONS = ["Consumer Bank", "Retail Banking Group", "Wealth Management Group",
              "Commercial Bank", "CONSUMER BANK", "Global Banking Group"]
_TITLES = [["President"], ["Chief Executive Officer and", "Director"]]


@pytest.mark.parametrize("line", _DIVISIONS)
@pytest.mark.parametrize("title", _TITLES)
def test_division_under_a_title_goes_on_with_it(line: str, title: list[str]) -> None:
    assert _both(["/s/ Carl C. Icahn", "Carl C. Icahn", *title, line]) == [
        (None, "Carl C. Icahn", " ".join([*title, line]), _DATE)]


@pytest.mark.parametrize("firm", ["Icahn National Bank", "Icahn Financial Group",
                                  "ICAHN SAVINGS BANK", "First Icahn Bank"])
def test_named_bank_or_group_under_a_title_is_still_a_firm(firm: str) -> None:
    # a proper name before "Bank" or "Group": the firm's line, no title's (as before)
    assert _both(["/s/ Carl C. Icahn", "Carl C. Icahn", "President", firm]) == [
        (None, "Carl C. Icahn", "President", _DATE)]
    # a division over the next block's "By:" stays the title's (HTML dropped the blank row)
    assert _plain("/s/ Carl C. Icahn|Carl C. Icahn|President|Consumer Bank|By: /s/ Ted "
                  "Papapostolou|Ted Papapostolou|Vice President") == [
        (None, "Carl C. Icahn", "President Consumer Bank", _DATE),
        (None, "Ted Papapostolou", "Vice President", _DATE)]


@pytest.mark.parametrize("firm", ["Icahn Holding KK", "ICAHN HOLDING KK", "Icahn Holding SL",
                                  "ICAHN HOLDING SL"])
@pytest.mark.parametrize("title", _TITLES)
def test_legal_form_with_no_stops_under_a_title_is_a_firm(firm: str, title: list[str]) -> None:
    # as "SA", "AG", "NV" with no stops were already
    for typed in (firm, "Icahn Holding, SA", "Icahn AG", "Icahn NV"):
        assert _both(["/s/ Carl C. Icahn", "Carl C. Icahn", *title, typed]) == [
            (None, "Carl C. Icahn", " ".join(title), _DATE)], typed


@pytest.mark.parametrize("firm", ["Beckton KK", "Beckton SL"])
def test_legal_form_with_no_stops_over_the_next_block_is_its_registrant(firm: str) -> None:
    signers = _signers({"<B>BECKTON CORP.</B>": f"<B>{firm}</B>"})
    assert signers[-3][2] == "Chief Financial Officer, Treasurer and Secretary"
    assert signers[-2][:2] == (firm, _BECKTON[1])
    assert _plain(f"/s/ Carl C. Icahn|Carl C. Icahn|President|{firm}|By: /s/ Ted Papapostolou|"
                  "Ted Papapostolou|Vice President") == [
        (None, "Carl C. Icahn", "President", _DATE), (firm, *_BECKTON[1:])]


@pytest.mark.parametrize("line", ["SVP", "GC", "CFO", "Icahn Kk", "Sl"])
def test_title_abbreviation_under_a_title_stays_the_titles(line: str) -> None:
    # (a legal form's letters in mixed case are a name's or a title's)
    title = _both(["/s/ Carl C. Icahn", "Carl C. Icahn", "President", line])[0][2]
    assert title is not None and title.endswith(line)
    # and "KK" ends the firm's name (checked here so that each case fails without the rule)
    assert _both(["/s/ Carl C. Icahn", "Carl C. Icahn", "President", "ICAHN KK"])[0][2] == (
        "President")


@pytest.mark.parametrize("firm", ["Icahn Partners, L.P.", "ICAHN PARTNERS, L.P.",
                                  "Icahn Capital LP", "Icahn Enterprises Holdings L.P."])
def test_firm_between_name_and_title_is_whom_the_signer_signs_for(firm: str) -> None:
    assert _both(["/s/ Carl C. Icahn", "Carl C. Icahn", firm, "Chairman"]) == [
        (firm, "Carl C. Icahn", "Chairman", _DATE)]
    assert _plain(f"By: /s/ Carl C. Icahn|Name: Carl C. Icahn|{firm}|Title: Chairman") == [
        (firm, "Carl C. Icahn", "Chairman", _DATE)]


def test_firm_line_in_a_title_stays_in_it() -> None:
    # after a title's first line, or opening with "of": the title's own line (as before)
    assert _both(["/s/ Carl C. Icahn", "Carl C. Icahn", "Chairman", "of Icahn Partners, L.P.",
                  "and Director"]) == [
        (None, "Carl C. Icahn", "Chairman of Icahn Partners, L.P. and Director", _DATE)]
    assert _both(["/s/ Carl C. Icahn", "Carl C. Icahn", "President, Icahn Partners, L.P.",
                  "Chairman"]) == [
        (None, "Carl C. Icahn", "President, Icahn Partners, L.P. Chairman", _DATE)]
    # the firm over "Chairman" is the signer's (the new rule: so that this test fails without)
    assert _both(["/s/ Carl C. Icahn", "Carl C. Icahn", "Icahn Partners, L.P.", "Chairman"])[
        0][0] == "Icahn Partners, L.P."


def test_division_and_firm_lines_parse_in_linear_time() -> None:
    head = "Pursuant to the requirements of the Act, duly authorized.\n\nACME, INC.\n\n"
    for run in ("Consumer " * 22000 + "Bank", "Acme KK " * 25000, "Acme, L.P.\n" * 18000):
        start = time.process_time()
        parse_signatures(f"{head}By: /s/ John Roe\nJohn Roe\nPresident\n{run}\nChairman\n",
                         False, [])
        parse_signatures(f"{head}By: /s/ John Roe\nJohn Roe\n{run}\nChairman\n", False, [])
        assert time.process_time() - start < 5
    for run in ("Jane Roe and " * 16000, "Jane Roe, " * 20000):  # a directors' list
        start = time.process_time()
        parse_signatures(f"{head}{run}Jane Roe    Directors    March 27, 2001\n{run}\n\n"
                         "By: /s/ John Roe\nJohn Roe\nAttorney-in-fact\n", False, [])
        assert time.process_time() - start < 5


_PKI = FILINGS / "10k405_2001_perkinelmerinc_1.txt"
_NAMES = ["Tamara J. Erickson", "Kent F. Hansen", "John F. Keane", "Nicholas A. Lopardo",
          "Greta E. Marshall"]
_SUMME = "\nBy: /s/ Gregory L. Summe\n    Gregory L. Summe\n    Attorney-in-fact\n"


def _pki_directors(listed: str) -> list[tuple[str | None, ...]]:
    """PerkinElmer's directors' table (from its first row to the table's end) re-typed."""
    text = _PKI.read_text(encoding="latin-1")
    start = text.index("By: /s/ TAMARA J. ERICKSON")
    old = text[start : text.index("</TABLE>", start)]
    return [(s["name"], s["title"], s["date"])
            for s in edited_record(_PKI, {old: listed})["signatures"][2:]]


def _pad(text: str, width: int) -> str:
    return text + " " * (width - len(text))


@pytest.mark.parametrize("shape", ["comma", "comma and", "one a line", "capitals",
                                   "capitals and"])
def test_directors_listed_beside_a_dated_caption_sign(shape: str) -> None:
    names = [n.upper() for n in _NAMES] if shape[:8] == "capitals" else _NAMES
    caption = "Directors" + " " * 20 + "March 27, 2001"
    head = _pad(", ".join(names[:3]) + ",", 60) + caption + "\n"
    if shape == "comma":
        listed = head + ", ".join(names[3:])
    elif shape.endswith(" and"):  # the last two joined by "and" ("AND" in capitals)
        listed = head + (" AND " if names[0].isupper() else " and ").join(names[3:])
    else:
        listed = _pad(names[0], 60) + caption + "\n" + "\n".join(names[1:])
    assert _pki_directors(f"{listed}\n{_SUMME}") == [
        *((n, "Director", "2001-03-27") for n in names),
        ("Gregory L. Summe", "Attorney-in-fact", "2001-03-26")]


def test_directors_each_dated_or_over_a_line_stay_a_tables_rows() -> None:
    # a date in each row: each row a signer of its own (as before)
    rows = "".join(f"{_pad(n, 53)}Director{' ' * 32}March 27, 2001\n" for n in _NAMES[:3])
    assert _pki_directors(f"{rows}{_SUMME}")[:3] == [
        (n, "Director", "2001-03-27") for n in _NAMES[:3]]
    # the name over a line to sign on and typed again: one signer (as before)
    rows = "".join(f"{_pad(n.upper(), 53)}Director{' ' * 32}March 27, 2001\n{'-' * 50}\n{n}\n\n"
                   for n in _NAMES[:2])
    assert _pki_directors(rows) == [(n, "Director", "2001-03-27") for n in _NAMES[:2]]
    # (the new rule, so that this test fails without it: the last two joined by "and")
    listed = _pad(", ".join(_NAMES[:3]) + ",", 60) + "Directors\n" + " and ".join(_NAMES[3:])
    assert [s[0] for s in _pki_directors(f"{listed}\n{_SUMME}")] == [*_NAMES, "Gregory L. Summe"]
