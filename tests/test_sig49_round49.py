"""Signature blocks of round 49: a bank holding company signing with its bank as co-registrant
("ACME BANCORP (Registrant)" over "ACME BANK (Co-Registrant)", "CO-REGISTRANT: ...", the
two names side by side or stacked over one signer), and a "By:______" line to sign on run on
from its colon, the name typed under it."""

from __future__ import annotations

from filing2json.parsers import parse
from support import CTC_DATED as _DATED
from support import CTC_JDP as _JDP
from support import CTC_PITTENGER as _PITTENGER
from support import FILINGS
from support import ctc_signatures as _ctc

_ROE = """
                 By: /s/ Jane Roe
                 Jane Roe,
                 Chief Financial Officer
"""
_JR = ("Jane Roe", "Chief Financial Officer", "2000-08-03")



def test_registrant_over_co_registrant_over_one_signer() -> None:
    # sample 000 edited as a bank holding company's 8-K signs with its bank: each name
    # captioned on its line, one right over the other, over one signer who signs for both
    # (the co-registrant's line was read as no name: the signer signed for the first alone)
    found = _ctc("                  ACME BANCORP (Registrant)\n"
                 "                  ACME BANK (Co-Registrant)\n" + _PITTENGER + _DATED)
    assert found == [("ACME BANCORP", *_JDP), ("ACME BANK", *_JDP)]


def test_co_registrant_over_its_own_signer() -> None:
    # sample 000 edited: each registrant over its own signer (Jane Roe signed for ACME BANCORP)
    for bank in ("ACME BANK (Co-Registrant)", "ACME BANK (CO-REGISTRANT)",
                 "CO-REGISTRANT: ACME BANK", "Co-Registrant: ACME BANK"):
        found = _ctc("                  ACME BANCORP (Registrant)\n" + _PITTENGER + "\n"
                     f"                  {bank}\n" + _ROE + _DATED)
        assert found == [("ACME BANCORP", *_JDP), ("ACME BANK", *_JR)], bank


def test_registrant_captioned_after_a_comma() -> None:
    # sample 000 edited: "ACME BANCORP, Registrant" (the first signer signed for no one, the
    # second for "ACME BANK, Co-Registrant" with its caption)
    found = _ctc("                  ACME BANCORP, Registrant\n" + _PITTENGER + "\n"
                 "                  ACME BANK, Co-Registrant\n" + _ROE + _DATED)
    assert found == [("ACME BANCORP", *_JDP), ("ACME BANK", *_JR)]


def test_captions_on_lines_of_their_own_over_one_signer() -> None:
    # sample 000 edited: each name over its caption, a blank line between the blocks, one
    # signer under both (the header names the one filer; only the bank was read)
    found = _ctc("                  ACME BANCORP\n                  (Registrant)\n\n"
                 "                  ACME BANK\n                  (Co-Registrant)\n"
                 + _PITTENGER + _DATED)
    assert found == [("ACME BANCORP", *_JDP), ("ACME BANK", *_JDP)]


def test_one_registrant_captioned_twice_is_said_once() -> None:
    # the guard: the same name captioned again (a page's running head) is one registrant
    found = _ctc("                  CTC COMMUNICATIONS GROUP, INC. (Registrant)\n"
                 "                  CTC Communications Group, Inc. (Registrant)\n"
                 + _PITTENGER + _DATED)
    assert found == [("CTC Communications Group, Inc.", *_JDP)]


def test_holding_company_beside_its_bank() -> None:
    # sample 000 edited: the two names side by side, each over its own signer's column (read
    # as one name "ACME BANCORP, INC. FIRST ACME NATIONAL BANK", or not at all under a row
    # of captions, as the bank's name ends in no company word)
    names = "ACME BANCORP, INC.                        FIRST ACME NATIONAL BANK\n"
    signers = ("\nBy: /s/ John D. Pittenger                 By: /s/ Jane Roe\n"
               "    John D. Pittenger, President              Jane Roe, Chief Financial Officer\n")
    expected = [("ACME BANCORP, INC.", *_JDP), ("FIRST ACME NATIONAL BANK", *_JR)]
    assert _ctc(names + signers + _DATED) == expected
    captions = "(Registrant)                              (Co-Registrant)\n"
    assert _ctc(names + captions + signers + _DATED) == expected
    assert _ctc("ACME BANCORP                              ACME BANK\n" + signers + _DATED) == [
        ("ACME BANCORP", *_JDP), ("ACME BANK", *_JR)]


def test_holding_company_over_its_bank_in_capitals() -> None:
    # sample 000 edited: the holding company's name in capitals right over its bank's, over
    # one signer, who signs for both (the bank alone was read)
    found = _ctc("                  ACME BANCORP, INC.\n"
                 "                  FIRST ACME NATIONAL BANK\n" + _PITTENGER + _DATED)
    assert found == [("ACME BANCORP, INC.", *_JDP), ("FIRST ACME NATIONAL BANK", *_JDP)]


def test_co_registrant_in_html_cells() -> None:
    # Sophiris Bio's 2016 8-K (a corpus filing) with its signature table re-typed: the two
    # registrants captioned in rows of their own over one "By:" | "/s/ ..." row
    html = (FILINGS / "8k_2016_sophirisbioinc_1.htm").read_text()
    start = html.index("<TABLE id=TBL98")
    end = html.index("</TABLE>", start) + len("</TABLE>")
    rows = [["SOPHIRIS BIO INC. (Registrant)"], ["SOPHIRIS PHARMA CORP. (Co-Registrant)"],
            ["By:", "/s/ Peter Slover"], ["&nbsp;", "Peter Slover"],
            ["&nbsp;", "Chief Financial Officer"], ["Date: March 23, 2016"]]
    table = "<TABLE>" + "".join(
        "<TR>" + "".join(f"<TD>{c}</TD>" for c in row) + "</TR>" for row in rows) + "</TABLE>"
    record = parse((html[:start] + table + html[end:]).encode(), "s.htm")
    signer = ("Peter Slover", "Chief Financial Officer", "2016-03-23")
    assert [(s["registrant"], s["name"], s["title"], s["date"])
            for s in record["signatures"]] == [
        ("SOPHIRIS BIO INC.", *signer), ("SOPHIRIS PHARMA CORP.", *signer)]


def test_line_to_sign_on_run_on_from_by() -> None:
    # sample 000 edited as 1990s filers typed a line left to sign on: "By:" run on into the
    # rule with no space, the name typed under it (no signer was read)
    for indent in ("", "   ", "    "):
        found = _ctc("                                    CTC COMMUNICATIONS GROUP, INC.\n\n"
                     "                                    By:___________________________\n"
                     f"                                    {indent}John D. Pittenger\n"
                     f"                                    {indent}Executive Vice President\n"
                     + _DATED)
        assert found == [("CTC COMMUNICATIONS GROUP, INC.", "John D. Pittenger",
                          "Executive Vice President", "2000-08-03")], indent


def test_co_registrant_right_under_the_last_title() -> None:
    # sample 000 edited as a block typed with no blank lines (as HTML paragraphs render): the
    # co-registrant's captioned name right under the first signer's title starts its block
    # (it was read as the end of the title, and Jane Roe signed for ACME BANCORP)
    found = _ctc("                  ACME BANCORP (Registrant)\n"
                 "                  By: /s/ John D. Pittenger\n"
                 "                      John D. Pittenger, President\n"
                 "                  ACME BANK (Co-Registrant)\n"
                 "                  By: /s/ Jane Roe\n"
                 "                      Jane Roe, Chief Financial Officer\n" + _DATED)
    assert found == [("ACME BANCORP", *_JDP), ("ACME BANK", *_JR)]


def test_name_typed_over_the_line_office_under_it() -> None:
    # sample 000 edited as a 1990s conformed copy: the signer's name typed on the line signed
    # on, with no "By:" or "/s/", the office typed under the line (no signer was read)
    head = "                                    CTC COMMUNICATIONS GROUP, INC.\n\n"
    rule = "                                    ------------------------------\n"
    for name, under in (("John D. Pittenger", "Executive Vice President"),
                        ("John D. Pittenger", "John D. Pittenger, Executive Vice President")):
        found = _ctc(f"{head}Date: August 3, 2000                {name}\n{rule}"
                     f"                                    {under}\n")
        assert found == [("CTC COMMUNICATIONS GROUP, INC.", "John D. Pittenger",
                          "Executive Vice President", "2000-08-03")], under


def test_witness_or_place_over_the_line_signs_nothing() -> None:
    # the guards: a witness's name (under "WITNESS:" past a blank line), a place or the
    # company's name typed over a line with an office under it are no signer
    head = "                                    CTC COMMUNICATIONS GROUP, INC.\n\n"
    rule = "                                    ------------------------------\n"
    for over in ("                                    WITNESS:\n\n"
                 "                                    Mary Smith\n",
                 "                                    Houston, Texas\n",
                 "                                    CTC COMMUNICATIONS GROUP, INC.\n"):
        assert _ctc(f"{head}{over}{rule}                                    Secretary\n"
                    + _DATED) == [], over
