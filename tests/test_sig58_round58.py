"""Signature blocks of round 58: a firm's name in capitals with no legal form ("THIRD POINT",
"ELLIOTT MANAGEMENT") right under a signer's title and over the next signature, where HTML
drops the blank row between the blocks: the next block's registrant, not more of the title."""

from __future__ import annotations

from typing import Any

from filing2json.parsers.sections.signature_registrants import firm_in_capitals
from filing2json.parsers.sections.signatures import parse_signatures
from support import FILINGS, edited_record

CVR = "sctota_2025_cvrenergyinc_1.txt"  # Icahn's Schedule TO-T/A (13D filed with it), 2025
# CVR's last filing person, "/s/ CARL C. ICAHN" in a cell right under Beckton Corp.'s signer
_ICAHN = ('<TD COLSPAN="2" STYLE="border-bottom: Black 1pt solid"><FONT STYLE="font-family: '
          'Times New Roman, Times, Serif; font-size: 10pt">/s/ CARL C. ICAHN</FONT></TD></TR>')
_BECKTON = ("BECKTON CORP.", "Ted Papapostolou", "Vice President", "2025-01-10")


def _last_two(line: str) -> list[tuple[Any, ...]]:
    """CVR edited: `line` typed in a row of its own right under Beckton Corp.'s "Title: Vice
    President" (no blank row), over "By: /s/ Carl C. Icahn" in the next row."""
    edit = {_ICAHN: f'<TD COLSPAN="2"><FONT><B>{line}</B></FONT></TD></TR><TR><TD>&nbsp;</TD>'
                    '<TD COLSPAN="2" STYLE="border-bottom: Black 1pt solid">By: /s/ Carl C. '
                    'Icahn</TD></TR>'}
    return [(s["registrant"], s["name"], s["title"], s["date"])
            for s in edited_record(FILINGS / CVR, edit)["signatures"]][-2:]


def test_html_firm_without_legal_form_under_title() -> None:
    # the firm is the registrant Carl C. Icahn signs for; Beckton's title stays its own
    for firm in ("THIRD POINT", "ELLIOTT MANAGEMENT", "MORGAN STANLEY", "PERSHING SQUARE"):
        assert _last_two(firm) == [_BECKTON, (firm, "Carl C. Icahn", None, "2025-01-10")]
    # a title's own words in capitals under the title are no firm's name: the signer below
    # still signs for Beckton Corp.
    for line in ("CHIEF EXECUTIVE OFFICER", "GENERAL PARTNER"):
        assert [s[0] for s in _last_two(line)] == ["BECKTON CORP.", "BECKTON CORP."], line


def test_plain_text_firm_without_legal_form_under_title() -> None:
    # CVR's Beckton block re-typed as plain text, the firm's name on the line right under
    # "Title: Vice President" (no blank line) over "By: /s/ Carl C. Icahn"
    pad = " " * 36
    block = ("I certify that the information set forth in this statement is true, complete "
             "and correct.\n\nDate: January 10, 2025\n\n"
             f"{pad}BECKTON CORP.\n\n{pad}By: /s/ Ted Papapostolou\n"
             f"{pad}    Name: Ted Papapostolou\n{pad}    Title: Vice President\n"
             f"{pad}THIRD POINT\n{pad}By: /s/ Carl C. Icahn\n")
    signers = [(s["registrant"], s["name"], s["title"]) for s in parse_signatures(
        block, False, [])]
    assert signers == [("BECKTON CORP.", "Ted Papapostolou", "Vice President"),
                       ("THIRD POINT", "Carl C. Icahn", None)]


def test_firm_in_capitals_shapes() -> None:
    for firm in ("THIRD POINT", "ELLIOTT MANAGEMENT", "MORGAN STANLEY"):
        assert firm_in_capitals(firm, "Vice President"), firm
    # mixed case, a title in capitals above, a person's given name, a title's words, a
    # signature, too many words
    for text, title in (("Third Point", "Vice President"), ("THIRD POINT", "VICE PRESIDENT"),
                        ("JOHN SMITH", "Director"), ("EXECUTIVE OFFICER", "President and Chief"),
                        ("/S/ JOHN SMITH", "Director"), ("A B C D E", "Director"),
                        ("AB", "Director"), ("(ROBERT J. BROWN)", "Chief Executive Officer"),
                        ("ROBERT J BROWN", "Director"), ("BOB J. BROWN", "Director")):
        assert not firm_in_capitals(text, title), text
