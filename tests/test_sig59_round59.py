"""Signature blocks of round 59, in a schedule's joint filing: a filing person's name typed
surname first ("ICAHN, CARL C.", as "PELTZ, NELSON" is) under or over their own signature; a
person signing with no title right over the next entity's block; a firm's name in mixed case
with no legal form ("Trian Fund Management") right under a finished title and over the next
signature. Each test edits Icahn's Schedule TO-T/A on CVR Energy (2025), whose last filing
person signs "/s/ CARL C. ICAHN" over "Name: Carl C. Icahn" after six entities' blocks."""

from __future__ import annotations

import time
from typing import Any

from filing2json.parsers.sections.signatures import parse_signatures
from support import FILINGS, edited_record

CVR = "sctota_2025_cvrenergyinc_1.txt"
_FONT = '<FONT STYLE="font-family: Times New Roman, Times, Serif; font-size: 10pt">'
# CVR's last filing person: his signature's cell, the "Name:" row under it
_ICAHN = (f'<TD COLSPAN="2" STYLE="border-bottom: Black 1pt solid">{_FONT}/s/ CARL C. ICAHN'
          '</FONT></TD></TR>')
_ICAHN_NAME = (f'<TR STYLE="vertical-align: top">\n    <TD>&nbsp;</TD>\n    <TD COLSPAN="2">{_FONT}'
               'Name: Carl C. Icahn</FONT></TD></TR>')
# the first entity's name, opening the table of signers
_FIRST = f'<TD COLSPAN="2">{_FONT}<B>ICAHN ENTERPRISES HOLDINGS L.P.</B></FONT></TD></TR>'
_HOLDINGS = ("ICAHN ENTERPRISES HOLDINGS L.P.", "Ted Papapostolou",
             "Chief Financial Officer and Secretary", "2025-01-10")
_BECKTON = ("BECKTON CORP.", "Ted Papapostolou", "Vice President", "2025-01-10")
_SELF = (None, "Carl C. Icahn", None, "2025-01-10")


def _cells(lines: list[str]) -> str:
    """Each line a row of its own in the table's signature column."""
    return "".join(f'<TD COLSPAN="2">{_FONT}{line}</FONT></TD></TR><TR><TD>&nbsp;</TD>'
                   for line in lines)


def _signers(edit: dict[str, str]) -> list[tuple[Any, ...]]:
    return [(s["registrant"], s["name"], s["title"], s["date"])
            for s in edited_record(FILINGS / CVR, edit)["signatures"]]


def test_html_name_typed_surname_first_under_own_signature_is_no_title() -> None:
    # "/s/ Carl C. Icahn" over "ICAHN, CARL C." (was: the title "ICAHN, CARL C.")
    edit = {_ICAHN: _cells(["/s/ Carl C. Icahn", "ICAHN, CARL C."]) + "<TD></TD></TR>",
            _ICAHN_NAME: ""}
    assert _signers(edit)[-2:] == [_BECKTON, _SELF]


def test_html_person_first_with_no_title_over_an_entity_block() -> None:
    # Icahn signs first, his name under his signature (in capitals, surname first, or not at
    # all), right over the first entity's name: that name is its block's registrant, not his
    # title (was: his title "ICAHN ENTERPRISES HOLDINGS L.P.", the entity's signer none);
    # typed surname first over his signature, he is a filing person, no registrant
    for lines in (["/s/ Carl C. Icahn", "CARL C. ICAHN"], ["/s/ Carl C. Icahn", "ICAHN, CARL C."],
                  ["ICAHN, CARL C.", "/s/ Carl C. Icahn"], ["/s/ Carl C. Icahn"]):
        signers = _signers({_FIRST: _cells(lines) + _FIRST})
        assert signers[:2] == [_SELF, _HOLDINGS], lines
        assert len(signers) == 8, lines


# CVR's certification and its Beckton Corp. block, re-typed as plain text
_PAD = " " * 36
_HEAD = ("After due inquiry and to the best of my knowledge and belief, I certify that the "
         "information set forth in this statement is true, complete and correct.\n\n"
         "Date: January 10, 2025\n\n")
_BLOCK = (f"{_PAD}BECKTON CORP.\n\n{_PAD}By: /s/ Ted Papapostolou\n"
          f"{_PAD}    Name: Ted Papapostolou\n{_PAD}    Title: Vice President\n")


def _plain(lines: str) -> list[tuple[Any, ...]]:
    block = _HEAD + "".join(f"{_PAD}{line}\n" if line else "\n" for line in lines.split("|"))
    return [(s["registrant"], s["name"], s["title"], s["date"])
            for s in parse_signatures(block, False, [])]


def test_plain_text_person_first_then_entity_after_a_blank_line() -> None:
    # a blank line after a signer with no title, then the entity's name over its "By:" (was:
    # the entity's name Icahn's title, Beckton's signer with no registrant)
    for person in ("/s/ Carl C. Icahn|CARL C. ICAHN", "/s/ Carl C. Icahn|ICAHN, CARL C.",
                   "ICAHN, CARL C.||/s/ Carl C. Icahn", "/s/ Carl C. Icahn"):
        assert _plain(f"{person}||{_BLOCK.replace(_PAD, '').rstrip()}") == [
            _SELF, _BECKTON], person
    # a title typed under the name surname first is still read
    assert _plain("/s/ Carl C. Icahn|ICAHN, CARL C.|Title: Chairman") == [
        (None, "Carl C. Icahn", "Chairman", "2025-01-10")]


def _last_two(line: str) -> list[tuple[Any, ...]]:
    """CVR edited: `line` typed in a row of its own right under Beckton Corp.'s "Title: Vice
    President" (no blank row), over "By: /s/ Carl C. Icahn" in the next row."""
    edit = {_ICAHN: f'<TD COLSPAN="2">{_FONT}{line}</FONT></TD></TR><TR><TD>&nbsp;</TD>'
                    '<TD COLSPAN="2" STYLE="border-bottom: Black 1pt solid">By: /s/ Carl C. '
                    'Icahn</TD></TR>'}
    return _signers(edit)[-2:]


def test_html_firm_in_mixed_case_under_a_finished_title() -> None:
    # the firm is the registrant Carl C. Icahn signs for (was: more of Beckton's title)
    for firm in ("Trian Fund Management", "Icahn Capital", "Pershing Square Capital Management"):
        assert _last_two(firm) == [_BECKTON, (firm, "Carl C. Icahn", None, "2025-01-10")]
    # an office's words, a department, a title going on in lower case, a person's name: no
    # firm, the signer below still signs for Beckton Corp.
    for line in ("Investor Relations", "Head of Trading", "Senior Managing Director",
                 "Portfolio Manager", "Carl Icahn", "Capital Markets Group Head of Sales"):
        assert [s[0] for s in _last_two(line)] == ["BECKTON CORP.", "BECKTON CORP."], line


def test_plain_text_firm_in_mixed_case_under_a_finished_title() -> None:
    assert _plain(f"{_BLOCK.replace(_PAD, '').rstrip()}|Trian Fund Management|"
                  "By: /s/ Carl C. Icahn") == [
        _BECKTON, ("Trian Fund Management", "Carl C. Icahn", None, "2025-01-10")]


def test_plain_text_filing_persons_side_by_side_after_an_entity() -> None:
    # two persons' signatures on one row after an entity's "By:" signer, each name typed
    # under its own (in capitals or surname first): each signs for themselves (was: for the
    # entity above); entities side by side, each signed "By:", keep their own names
    for names in ("CARL C. ICAHN                     TED PAPAPOSTOLOU",
                  "ICAHN, CARL C.                    PAPAPOSTOLOU, TED"):
        assert _plain(f"{_BLOCK.replace(_PAD, '').rstrip()}||"
                      f"/s/ Carl C. Icahn                  /s/ Ted Papapostolou|{names}") == [
            _BECKTON, _SELF, (None, "Ted Papapostolou", None, "2025-01-10")], names
    assert [s[0] for s in _plain(
        f"{_BLOCK.replace(_PAD, '').rstrip()}||"
        "IEP ENERGY HOLDING LLC            BECKTON CORP.|"
        "By: /s/ Ted Papapostolou          By: /s/ Ted Papapostolou|"
        "Title: Vice President             Title: Vice President")] == [
        "BECKTON CORP.", "IEP ENERGY HOLDING LLC", "BECKTON CORP."]


def test_firm_with_legal_form_in_mixed_case_under_an_unlabelled_title() -> None:
    # Beckton's block typed with no "Name:" / "Title:" labels, the next firm's name in mixed
    # case with its legal form right under the title, over its signature ("By: /s/ ..." or
    # its general partner's "By: ..."): the next block's registrant (was: more of the title)
    unlabelled = "BECKTON CORP.|By: /s/ Ted Papapostolou|Ted Papapostolou|Vice President"
    for firm in ("Elliott Associates, L.P.", "Trian Fund Management GP, LLC"):
        for by in ("", "By: Icahn Enterprises G.P. Inc., its general partner|"):
            assert _plain(f"{unlabelled}|{firm}|{by}By: /s/ Carl C. Icahn") == [
                _BECKTON, (firm, "Carl C. Icahn", None, "2025-01-10")], (firm, by)
    # a title cut after "of" goes on into the firm's name; a title's own line stays a title
    assert _plain(f"{unlabelled} of|Elliott Associates, L.P.|By: /s/ Carl C. Icahn")[0] == (
        "BECKTON CORP.", "Ted Papapostolou", "Vice President of Elliott Associates, L.P.",
        "2025-01-10")
    office = _plain(f"{unlabelled}|President, Icahn Capital LP|By: /s/ Carl C. Icahn")
    assert [s[0] for s in office] == ["BECKTON CORP.", "BECKTON CORP."]
    assert office[0][2].endswith("President, Icahn Capital LP")


def test_signature_page_caption_under_the_last_title_is_no_title() -> None:
    # a schedule's page caption right under the last signer's title (HTML drops the blank
    # row; plain text may print none): no more of the title (was: "Vice President [Signature
    # Page to Schedule TO]"); the next filing person still signs for themselves
    for caption in ("[Signature Page to Schedule TO]", "(SIGNATURE PAGE TO SCHEDULE 13D/A)",
                    "Signature Page to Amendment No. 3 to Schedule 13D"):
        edit = {_ICAHN: _cells([caption, "/s/ CARL C. ICAHN"]) + "<TD></TD></TR>"}
        assert _signers(edit)[-2:] == [_BECKTON, _SELF], caption
        assert _plain(f"{_BLOCK.replace(_PAD, '').rstrip()}|{caption}") == [_BECKTON], caption


def test_signature_page_caption_speed() -> None:
    # a 200 KB line opening like the caption under a title: read in linear time
    start = time.process_time()
    _plain(f"{_BLOCK.replace(_PAD, '').rstrip()}|[Signature page to " + "x " * 100_000)
    _plain(f"{_BLOCK.replace(_PAD, '').rstrip()}|" + "Signature page to " * 11_000)
    assert time.process_time() - start < 5
