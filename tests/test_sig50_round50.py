"""Signature blocks of round 50: a holding company over its bank typed in mixed case or a
blank line apart over one signer, and a 1990s 10-K's directors typed with no "/s/" on rows of
their own, one under another, the date typed once beside the group."""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from support import CTC_DATED as _DATED
from support import CTC_JDP as _JDP
from support import CTC_PITTENGER as _PITTENGER
from support import FILINGS
from support import ctc_signatures as _ctc


def test_holding_company_over_its_bank_in_mixed_case() -> None:
    # sample 000 edited as a bank holding company's 8-K signs with its bank, the two names
    # typed in mixed case one right over the other over one signer (the bank alone was read)
    for holding, bank in (("Acme Bancorp, Inc.", "First Acme National Bank"),
                          ("Acme Financial Corp.", "Acme Savings Bank, F.S.B."),
                          ("Acme Bancshares, Inc.", "The First National Bank of Acme")):
        found = _ctc(f"                  {holding}\n                  {bank}\n"
                     + _PITTENGER + _DATED)
        assert found == [(holding, *_JDP), (bank, *_JDP)], holding


def test_holding_company_a_blank_line_over_its_bank() -> None:
    # sample 000 edited: the two names a blank line apart (typed filings space them), in
    # capitals or not (the lower name alone was read)
    for holding, bank in (("ACME BANCORP, INC.", "FIRST ACME NATIONAL BANK"),
                          ("Acme Bancorp, Inc.", "First Acme National Bank"),
                          ("LOUISVILLE GAS AND ELECTRIC COMPANY", "KENTUCKY UTILITIES COMPANY")):
        found = _ctc(f"                  {holding}\n\n                  {bank}\n"
                     + _PITTENGER + _DATED)
        assert found == [(holding, *_JDP), (bank, *_JDP)], holding


def test_holding_company_over_its_bank_in_html_cells() -> None:
    # Sophiris Bio's 2016 8-K (a corpus filing) with its signature table re-typed for a bank
    # holding company: the two names in mixed case in rows of their own (spanning two
    # columns, a blank row between or not) over "Date: ..." | "By:" | "/s/ ..." rows
    html = (FILINGS / "8k_2016_sophirisbioinc_1.htm").read_text()
    start = html.index("<TABLE id=TBL98")
    end = html.index("</TABLE>", start) + len("</TABLE>")
    signer = [["Date: March 23, 2016", "By:", "/s/ Peter Slover"], ["", "Name:", "Peter Slover"],
              ["", "Title:", "Chief Financial Officer"]]
    names = [["", "<TD colSpan=2>Acme Bancorp, Inc.</TD>"],
             ["", "<TD colSpan=2>First Acme National Bank</TD>"]]
    expected = [(name, "Peter Slover", "Chief Financial Officer", "2016-03-23")
                for name in ("Acme Bancorp, Inc.", "First Acme National Bank")]
    for rows in (names + signer, [names[0], ["", "", ""], names[1], ["", "", ""], *signer]):
        table = "<TABLE>" + "".join("<TR>" + "".join(
            c if c[:3] == "<TD" else f"<TD>{c or '&nbsp;'}</TD>" for c in row) + "</TR>"
            for row in rows) + "</TABLE>"
        record = parse((html[:start] + table + html[end:]).encode(), "s.htm")
        assert [(s["registrant"], s["name"], s["title"], s["date"])
                for s in record["signatures"]] == expected


def test_mixed_case_name_over_a_caption_or_itself_is_one_registrant() -> None:
    # the guards: a company's name said twice, or over a line of no company, is one registrant
    assert _ctc("                  Acme Bancorp, Inc.\n                  Acme Bancorp, Inc.\n"
                + _PITTENGER + _DATED) == [("Acme Bancorp, Inc.", *_JDP)]
    assert _ctc("                  Acme Corporation\n                  Acme Capital Trust I\n"
                + _PITTENGER + _DATED) == [("Acme Corporation", *_JDP)]
    assert _ctc("                  ACME BANCORP, INC.\n\n                  Acme Bank\n"
                + _PITTENGER + _DATED) == [("Acme Bank", *_JDP)]


def _perkinelmer(table: str) -> list[tuple[Any, ...]]:
    """PerkinElmer's 2001 10-K405 (a corpus filing), its directors' table replaced: the
    signers read after its two officers."""
    text = (FILINGS / "10k405_2001_perkinelmerinc_1.txt").read_text()
    start = text.index("<TABLE>\n<CAPTION>", text.index("ON BEHALF OF THE\nREGISTRANT"))
    end = text.index("</TABLE>", start) + len("</TABLE>")
    record = parse((text[:start] + table + text[end:]).encode(), "10k.txt")
    return [(s["registrant"], s["name"], s["title"], s["date"])
            for s in record["signatures"][2:]]


_DIRECTORS = [("PERKINELMER, INC.", name, "Director", "2001-03-26")
              for name in ("Tamara J. Erickson", "Kent F. Hansen", "John F. Keane")]


def test_unsigned_directors_one_under_another() -> None:
    # the directors' table re-typed as a 1990s conformed copy: each name with no "/s/" beside
    # its office, one row under another, the date once (the second director's row was read as
    # the first one's title: "Director Kent F. Hansen Director")
    rows = ("Tamara J. Erickson            Director      )\n"
            "Kent F. Hansen                Director      )\n"
            "John F. Keane                 Director      )     March 26, 2001\n")
    assert _perkinelmer(rows) == _DIRECTORS
    assert _perkinelmer(rows.replace("      )", "")) == _DIRECTORS
    attorney = ("                                            )\n"
                "*By: /s/ Gregory L. Summe\n     Gregory L. Summe, Attorney-in-Fact\n")
    assert _perkinelmer(rows + attorney) == [
        *_DIRECTORS, ("PERKINELMER, INC.", "Gregory L. Summe", "Attorney-in-Fact", "2001-03-26")]


def test_name_typed_under_an_unsigned_row_is_no_signer() -> None:
    # the guard: the name typed again under an unsigned row, beside its title's next line
    rows = ("TAMARA J. ERICKSON            Chairman of the Board      March 26, 2001\n"
            "Tamara J. Erickson            and Director\n")
    assert _perkinelmer(rows) == [
        ("PERKINELMER, INC.", "Tamara J. Erickson", "Chairman of the Board and Director",
         "2001-03-26")]
