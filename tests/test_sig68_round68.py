"""Signature blocks of round 68.

An attorney's title wrapped onto the next line of a text ownership report: a word broken at
its hyphen ("/s/ Jane Doe, Attorney-" over "in-Fact for Alan H. Foster", or "Attorney-in-" over
"Fact for ...") joins with no space, and whom the attorney signs for on the next line ("/s/
Jane Doe, Attorney-in-Fact" over "for Alan H. Foster") goes with the capacity (was:
"Attorney-", "Attorney-in-", "Attorney-in-Fact"); so does an office cut after a word no title
ends in ("/s/ Jane Doe, Chief Financial" over "Officer": was "Chief Financial"). Under a
report's signature block, a title line broken at a word's hyphen joins the next line with no
space when that line goes on in lower case ("Attorney-" over "in-Fact for John Roe": was
"Attorney- in-Fact for John Roe").
Productivity Technologies' Form 4 (2000, text) and Innovative Clinical Solutions' 8-K (2000,
text) are edited.

A combined 8-K (Louisville Gas and Electric's and Kentucky Utilities', 2003, HTML) with one
registrant's signature block retyped in a <pre> block and the other's left in its table: each
registrant's part (under its own "Pursuant to the requirements ..." sentence) is read in its
own layout, and the one in cells keeps its title (was: none). An attorney signing as "his
attorney-in-fact" signs as "attorney-in-fact", as "as attorney-in-fact" does (was: "his
attorney-in-fact"); Page America's S-3/A (1995) is edited.
"""

from __future__ import annotations

import time
from typing import Any

from support import FILINGS, edited_record, page_america_signer

_FOSTER = FILINGS / "4_2000_productivitytechnologi_1.txt"
_FOSTER_SIGNED = "SIGNATURE OF REPORTING PERSON\n  /s/         Alan H. Foster\n"
_ROE = "Attorney-in-Fact for Alan H. Foster"


def _signers(record: dict[str, Any]) -> list[tuple[str | None, ...]]:
    return [(s["registrant"], s["name"], s["title"], s["date"]) for s in record["signatures"]]


def _foster(lines: str) -> list[tuple[str | None, ...]]:
    """Productivity Technologies' Form 4 with `lines` typed under its caption."""
    return _signers(edited_record(_FOSTER, {_FOSTER_SIGNED: "SIGNATURE OF REPORTING PERSON\n"
                                            + lines}))


def test_attorneys_title_broken_at_its_hyphen_on_the_signature_line() -> None:
    assert _foster("  /s/ Jane Doe, Attorney-\n  in-Fact for Alan H. Foster\n") == [
        (None, "Jane Doe", _ROE, "2000-03-13")]
    assert _foster("  /s/ Jane Doe, Attorney-in-\n  Fact for Alan H. Foster\n") == [
        (None, "Jane Doe", _ROE, "2000-03-13")]


def test_attorneys_title_broken_at_its_hyphen_under_the_signature() -> None:
    assert _foster("  /s/ Jane Doe\n  Attorney-\n  in-Fact for Alan H. Foster\n") == [
        (None, "Jane Doe", _ROE, "2000-03-13")]


def test_whom_the_attorney_signs_for_on_the_next_line() -> None:
    assert _foster("  /s/ Jane Doe, Attorney-in-Fact\n  for Alan H. Foster\n") == [
        (None, "Jane Doe", _ROE, "2000-03-13")]


def test_attorneys_title_on_one_line_and_the_form_as_filed_as_before() -> None:
    # (the neighbours: the capacity whole on one line, alone under the signature; the
    # caption or the date's caption under a broken title; the form as filed)
    assert _foster("  /s/ Jane Doe, Attorney-in-Fact for Alan H. Foster\n") == [
        (None, "Jane Doe", _ROE, "2000-03-13")]
    assert _foster("  /s/ Jane Doe\n  Attorney-in-Fact\n") == [
        (None, "Jane Doe", "Attorney-in-Fact", "2000-03-13")]
    assert _foster("  /s/ Jane Doe, Attorney-in-Fact\n") == [
        (None, "Jane Doe", "Attorney-in-Fact", "2000-03-13")]
    assert _foster("  /s/ Jane Doe, Attorney-in-Fact\n  for the persons named\n") == [
        (None, "Jane Doe", "Attorney-in-Fact", "2000-03-13")]
    assert _foster("  /s/ Jane Doe, Vice-\nDATE\n") == [
        (None, "Jane Doe", "Vice-", "2000-03-13")]
    assert _signers(edited_record(_FOSTER, {})) == [
        (None, "Alan H. Foster", None, "2000-03-13")]
    # (the new rule, so that this test fails without it)
    assert _foster("  /s/ Jane Doe, Attorney-\n  in-Fact for Alan H. Foster\n")[0][2] == _ROE


def test_office_cut_after_a_word_no_title_ends_in() -> None:
    assert _foster("  /s/ Jane Doe, Chief Financial\n  Officer\n") == [
        (None, "Jane Doe", "Chief Financial Officer", "2000-03-13")]
    assert _foster("  /s/ Jane Doe, Vice President and\n  Treasurer\n") == [
        (None, "Jane Doe", "Vice President and Treasurer", "2000-03-13")]


def test_office_whole_or_cut_over_a_caption_or_a_date_as_before() -> None:
    # (the neighbours: a whole office over a word; a cut one over the date's caption or a
    # date: the title as read)
    assert _foster("  /s/ Jane Doe, President\n  Officer\n") == [
        (None, "Jane Doe", "President", "2000-03-13")]
    assert _foster("  /s/ Jane Doe, Chief Financial\nDATE\n") == [
        (None, "Jane Doe", "Chief Financial", "2000-03-13")]
    assert _foster("  /s/ Jane Doe, Senior\n  March 14, 2000\n") == [
        (None, "Jane Doe", "Senior", "2000-03-14")]
    # (the new rule, so that this test fails without it)
    assert _foster("  /s/ Jane Doe, Chief Financial\n  Officer\n")[0][2] == \
        "Chief Financial Officer"


_ICS = FILINGS / "8k_2000_innovativeclinicalsolu_4.txt"
_ICS_TYPED = ("                                              Gary S. Gillheeney\n"
              "                                              Chief Financial Officer\n")
_ICS_REG = "INNOVATIVE CLINICAL SOLUTIONS, LTD"


def _gillheeney(first: str, second: str) -> list[tuple[str | None, ...]]:
    """Innovative Clinical Solutions' 8-K, the lines under its signature typed as `first`
    and `second`."""
    pad = " " * 46
    return _signers(edited_record(_ICS, {_ICS_TYPED: f"{pad}{first}\n{pad}{second}\n"}))


def test_title_broken_at_a_hyphen_goes_on_in_lower_case() -> None:
    assert _gillheeney("Gary S. Gillheeney, Attorney-", "in-Fact for John Roe") == [
        (_ICS_REG, "Gary S. Gillheeney", "Attorney-in-Fact for John Roe", None)]
    assert _gillheeney("Gary S. Gillheeney, Co-", "founder and Chief Financial Officer") == [
        (_ICS_REG, "Gary S. Gillheeney", "Co-founder and Chief Financial Officer", None)]


def test_title_broken_at_a_hyphen_or_a_space_as_before() -> None:
    # (the neighbours: a capital after the hyphen, a spaced dash, a line broken at a space)
    assert _gillheeney("Gary S. Gillheeney, Attorney-in-", "Fact for John Roe") == [
        (_ICS_REG, "Gary S. Gillheeney", "Attorney-in-Fact for John Roe", None)]
    assert _gillheeney("Gary S. Gillheeney, Executive Vice President -", "finance") == [
        (_ICS_REG, "Gary S. Gillheeney", "Executive Vice President - finance", None)]
    assert _gillheeney("Gary S. Gillheeney, Chief Financial", "Officer") == [
        (_ICS_REG, "Gary S. Gillheeney", "Chief Financial Officer", None)]
    assert _signers(edited_record(_ICS, {})) == [
        (_ICS_REG, "Gary S. Gillheeney", "Chief Financial Officer", None)]
    # (the new rule, so that this test fails without it)
    assert _gillheeney("Gary S. Gillheeney, Attorney-", "in-Fact for John Roe")[0][2] == \
        "Attorney-in-Fact for John Roe"


def test_many_broken_titles_take_linear_time() -> None:
    # (~200 KB of signatures each broken at a hyphen, each over its broken rest)
    lines = "  /s/ Jane Doe, Attorney-\n  in-Fact for Alan H. Foster-\n" * 3500
    began = time.process_time()
    _foster(lines)
    assert time.process_time() - began < 5


_LGE = FILINGS / "8k_2003_louisvillegasandelectr_1.htm"
_LGE_TEXT = _LGE.read_text(encoding="latin-1")
# the first registrant's block (its name's paragraph to its signature table's end) and the
# second's ("Kentucky Utilities Company" over its own table), as filed
_LGE_AT = _LGE_TEXT.index('<p align="left" style="margin:0in 0in .0001pt;text-align:left;"><b>'
                          '<font size="2" face="Times New Roman" style="font-size:10.0pt;'
                          'font-weight:bold;text-transform:uppercase;">')
_LGE_BLOCK = _LGE_TEXT[_LGE_AT : _LGE_TEXT.index("</table>", _LGE_AT) + len("</table>")]
_KU_AT = _LGE_TEXT.rindex("<p", 0, _LGE_TEXT.index("Kentucky\nUtilities Company", _LGE_AT + len(
    _LGE_BLOCK)))
_KU_BLOCK = _LGE_TEXT[_KU_AT : _LGE_TEXT.rindex("</table>") + len("</table>")]
_LGE_REG, _KU_REG = "Louisville Gas and Electric Company", "Kentucky Utilities Company"
_MCCALL = "John R. McCall"
_FILED_TITLE = "Executive Vice President, General Counsel and Corporate Secretary"


def _typed(registrant: str) -> str:
    """A registrant's signature block typed in a <pre> block, its name left of "By:"."""
    return (f"<pre>\n{registrant:<45}By: /s/ John R. McCall\n{'':49}John R. McCall\n"
            f"{'':49}Executive Vice President\n\nDated: March 25, 2003\n</pre>")


def test_combined_8k_one_registrants_block_typed_the_other_in_cells() -> None:
    # (the second's title lines, in table cells under a tab-placed signature, were left of
    # its column when the whole block was read as typed text: no title)
    assert _signers(edited_record(_LGE, {_LGE_BLOCK: _typed(_LGE_REG)})) == [
        (_LGE_REG, _MCCALL, "Executive Vice President", "2003-03-25"),
        (_KU_REG, _MCCALL, _FILED_TITLE, "2003-03-25")]
    assert _signers(edited_record(_LGE, {_KU_BLOCK: _typed(_KU_REG)})) == [
        (_LGE_REG, _MCCALL, _FILED_TITLE, "2003-03-25"),
        (_KU_REG, _MCCALL, "Executive Vice President", "2003-03-25")]


def test_combined_8k_both_in_cells_or_both_typed_as_before() -> None:
    # (the neighbours: both blocks as filed; both typed)
    assert _signers(edited_record(_LGE, {})) == [
        (_LGE_REG, _MCCALL, _FILED_TITLE, "2003-03-25"),
        (_KU_REG, _MCCALL, _FILED_TITLE, "2003-03-25")]
    assert _signers(edited_record(_LGE, {_LGE_BLOCK: _typed(_LGE_REG),
                                         _KU_BLOCK: _typed(_KU_REG)})) == [
        (_LGE_REG, _MCCALL, "Executive Vice President", "2003-03-25"),
        (_KU_REG, _MCCALL, "Executive Vice President", "2003-03-25")]
    # (the new rule, so that this test fails without it)
    assert _signers(edited_record(_LGE, {_LGE_BLOCK: _typed(_LGE_REG)}))[1][2] == _FILED_TITLE


def test_attorney_signing_as_his_or_her_attorney_in_fact() -> None:
    assert page_america_signer(
        "*By: /s/ Martin H. Neidell\n    Martin H. Neidell, his attorney-in-fact\n") == (
        "Martin H. Neidell", "attorney-in-fact", "1995-05-25")
    assert page_america_signer(
        "*By: /s/ Martin H. Neidell\n    Martin H. Neidell, her Attorney-in-Fact for Steven "
        "L. Sinn\n") == ("Martin H. Neidell", "Attorney-in-Fact for Steven L. Sinn",
                         "1995-05-25")


def test_attorney_signing_as_attorney_in_fact_and_a_title_of_three_words_as_before() -> None:
    # (the neighbours: "as" before the capacity; a title that opens with no possessive)
    assert page_america_signer(
        "*By: /s/ Martin H. Neidell\n    Martin H. Neidell, as attorney-in-fact\n") == (
        "Martin H. Neidell", "attorney-in-fact", "1995-05-25")
    assert page_america_signer(
        "*By: /s/ Martin H. Neidell\n    Martin H. Neidell, Hershey Director\n") == (
        "Martin H. Neidell", "Hershey Director", "1995-05-25")
    # (the new rule, so that this test fails without it)
    assert page_america_signer(
        "*By: /s/ Martin H. Neidell\n    Martin H. Neidell, his attorney-in-fact\n")[1] == \
        "attorney-in-fact"


def test_many_parts_of_two_layouts_take_linear_time() -> None:
    # (~200 KB of typed blocks, each under its own "Pursuant to ..." sentence, over the
    # second registrant's table)
    part = ("<p>Pursuant to the requirements of the Securities Exchange Act of 1934, the "
            "registrant has duly caused this report to be signed.</p>\n" + _typed(_LGE_REG))
    began = time.process_time()
    edited_record(_LGE, {_LGE_BLOCK: part * 700})
    assert time.process_time() - began < 5
