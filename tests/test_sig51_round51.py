"""Signature blocks of round 51: an attorney-in-fact's capacity worded after the power of
attorney ("Pursuant to Power of Attorney"), two registrants joined by "and" (on a line of its
own between their names, or in one line), the signer's name typed in the cell beside the
signature, and a "(Conformed Signature)" caption."""

from __future__ import annotations

from filing2json.parsers import parse
from support import CTC_DATED as _DATED
from support import CTC_JDP as _JDP
from support import CTC_PITTENGER as _PITTENGER
from support import FILINGS
from support import PAGE_AMERICA_ATTORNEY as _NEIDELL
from support import ctc_signatures as _ctc
from support import page_america_signer as _page_america


def test_attorney_signing_pursuant_to_power_of_attorney() -> None:
    # Page America's S-3/A edited: the attorney's capacity worded after the power he signs
    # under, on its own line or after the name (no title was read: "Pursuant to ..." was taken
    # for the start of a paragraph); the capacity said, then the power, is the capacity
    neidell = ("Martin H. Neidell", "Attorney-in-Fact", "1995-05-25")
    for lines in ("*By:/s/ Martin H. Neidell\n    Martin H. Neidell\n"
                  "    Pursuant to Power of Attorney\n",
                  "*By: /s/ Martin H. Neidell\n     Martin H. Neidell,\n"
                  "     pursuant to a power of attorney\n",
                  "*By:/s/ Martin H. Neidell\n    Martin H. Neidell, by power of attorney\n",
                  "*By:/s/ Martin H. Neidell\n    Martin H. Neidell\n"
                  "    (Pursuant to Power of Attorney)\n"):
        assert _page_america(lines) == neidell, lines
    assert _page_america("*By:/s/ Martin H. Neidell\n    Martin H. Neidell\n"
                         "    attorney-in-fact pursuant to powers\n"
                         "    of attorney previously filed\n") == (
        "Martin H. Neidell", "attorney-in-fact", "1995-05-25")
    # (the attorney's own office stays as printed)
    assert _page_america(_NEIDELL) == ("Martin H. Neidell", "attorney-in-fact", "1995-05-25")


def test_pursuant_to_power_of_attorney_under_an_8k_signature() -> None:
    # sample 000 edited: its officer signs under a power of attorney; the block's sentence
    # "Pursuant to the requirements of ..." still ends a signer's lines
    assert _ctc("                  CTC COMMUNICATIONS GROUP, INC.\n\n"
                "                 By: /s/ John D. Pittenger\n"
                "                     John D. Pittenger\n"
                "                     Pursuant to Power of Attorney\n" + _DATED) == [
        ("CTC COMMUNICATIONS GROUP, INC.", "John D. Pittenger", "Attorney-in-Fact",
         "2000-08-03")]


def test_two_registrants_joined_by_a_lone_and() -> None:
    # sample 000 edited as a bank holding company's 8-K signed with its bank: the two names
    # one over the other with "and" on a line between them, blank lines around it or not
    # (the lower name alone was read)
    for holding, joint, bank in (
            ("Acme Bancorp, Inc.", "and", "First Acme Bank"),
            ("ACME BANCORP, INC.", "       AND", "FIRST ACME NATIONAL BANK"),
            ("ACME FINANCIAL CORP.", "\n          and\n", "ACME SAVINGS BANK")):
        found = _ctc(f"                  {holding}\n                  {joint}\n"
                     f"                  {bank}\n" + _PITTENGER + _DATED)
        assert found == [(holding, *_JDP), (bank, *_JDP)], holding
    # (a name and a person's under "and": one registrant)
    assert _ctc("                  ACME BANCORP, INC.\n                  and\n"
                "                  John D. Pittenger\n" + _PITTENGER + _DATED) == [
        ("ACME BANCORP, INC.", *_JDP)]


def test_two_registrants_joined_by_and_in_one_line() -> None:
    # sample 000 edited: the holding company and its bank named in one line, the header
    # naming one filer; one company's name holding an "and" stays whole
    for line, expected in (
            ("ACME BANCORP, INC. AND FIRST ACME BANK", ["ACME BANCORP, INC.", "FIRST ACME BANK"]),
            ("Acme Holdings, Inc. and Acme Finance Corp.",
             ["Acme Holdings, Inc.", "Acme Finance Corp."]),
            ("SEARS, ROEBUCK AND CO.", ["SEARS, ROEBUCK AND CO."]),
            ("CHICAGO TITLE AND TRUST COMPANY", ["CHICAGO TITLE AND TRUST COMPANY"]),
            ("ACME GROUP AND TRUST COMPANY", ["ACME GROUP AND TRUST COMPANY"]),
            ("ACME CORP. AND SUBSIDIARIES", ["ACME CORP. AND SUBSIDIARIES"])):
        found = _ctc(f"                  {line}\n" + _PITTENGER + _DATED)
        assert found == [(name, *_JDP) for name in expected], line


def test_name_typed_beside_the_signature() -> None:
    # sample 000 edited: the name typed again on the signature's line, in a column of its
    # own (it was read as the first words of the title)
    assert _ctc("                  CTC COMMUNICATIONS GROUP, INC.\n\n"
                "                 By: /s/ John D. Pittenger      John D. Pittenger\n"
                "                     President\n" + _DATED) == [
        ("CTC COMMUNICATIONS GROUP, INC.", *_JDP)]


def test_name_typed_in_the_cell_beside_the_signature_html() -> None:
    # Sophiris Bio's 2016 8-K (a corpus filing) with its signature table re-typed: "/s/ Peter
    # Slover" and "Peter Slover" in cells side by side, the title in the row under
    html = (FILINGS / "8k_2016_sophirisbioinc_1.htm").read_text()
    start = html.index("<TABLE id=TBL98")
    end = html.index("</TABLE>", start) + len("</TABLE>")
    table = ("<TABLE><TR><TD>&nbsp;</TD><TD colSpan=3>Sophiris Bio Inc.</TD></TR>"
             "<TR><TD>Date: March 23, 2016</TD><TD>By:</TD><TD>/s/ Peter Slover</TD>"
             "<TD>Peter Slover</TD></TR><TR><TD>&nbsp;</TD><TD>&nbsp;</TD>"
             "<TD>Chief Financial Officer</TD><TD>&nbsp;</TD></TR></TABLE>")
    record = parse((html[:start] + table + html[end:]).encode(), "s.htm")
    assert [(s["registrant"], s["name"], s["title"], s["date"])
            for s in record["signatures"]] == [
        ("Sophiris Bio Inc.", "Peter Slover", "Chief Financial Officer", "2016-03-23")]
    # ... and as a table of signers whose typed names have a column of their own
    rows = [("Signature", "Name", "Title", "Date"),
            ("/s/ Peter Slover", "Peter Slover", "Chief Financial Officer", "March 23, 2016"),
            ("/s/ Jane Doe", "Jane Doe", "Director", "March 23, 2016")]
    table = "<TABLE>" + "".join("<TR>" + "".join(f"<TD>{c}</TD>" for c in row) + "</TR>"
                                for row in rows) + "</TABLE>"
    record = parse((html[:start] + table + html[end:]).encode(), "s.htm")
    assert [(s["name"], s["title"]) for s in record["signatures"]] == [
        ("Peter Slover", "Chief Financial Officer"), ("Jane Doe", "Director")]


def test_conformed_signature_caption_is_no_title() -> None:
    # sample 000 edited as a 1990s typed copy captions its signature
    assert _ctc("                  CTC COMMUNICATIONS GROUP, INC.\n\n"
                "                 By: /s/ John D. Pittenger\n"
                "                     ---------------------------\n"
                "                     John D. Pittenger, President\n"
                "                     (Conformed Signature)\n" + _DATED) == [
        ("CTC COMMUNICATIONS GROUP, INC.", *_JDP)]


def test_asset_backed_issuer_captioned_over_its_trustee() -> None:
    # sample 000 edited as an asset-backed issuer's 8-K signs: the trust's name (no company
    # word at its end) captioned "(Issuing Entity)" or "(Issuer)", its trustee signing for it
    # (the header's filer was read for the registrant)
    for caption in ("(Issuing Entity)", "(Issuer)"):
        found = _ctc("                  Acme Mortgage Trust 2006-HE1\n"
                     f"                  {caption}\n\n"
                     "                  By: Acme Bank, National Association, not in its\n"
                     "                      individual capacity but solely as Trustee\n\n"
                     "                  By: /s/ John D. Pittenger\n"
                     "                  Name: John D. Pittenger\n"
                     "                  Title: President\n" + _DATED)
        assert found == [("Acme Mortgage Trust 2006-HE1", *_JDP)], caption


def test_asset_backed_trust_named_with_its_series() -> None:
    # sample 000 edited as above, the trust's name in mixed case ending in its series, with
    # no caption under it, its servicer signing for it
    for trust in ("Acme Auto Receivables Trust 2005-1",
                  "Acme Mortgage Securities Trust, Series 2006-HE1"):
        found = _ctc(f"                  {trust}\n\n"
                     "                  By: Acme Financial Services, Inc., as Servicer\n\n"
                     "                  By: /s/ John D. Pittenger\n"
                     "                  Name: John D. Pittenger\n"
                     "                  Title: President\n" + _DATED)
        assert found == [(trust, *_JDP)], trust
