"""Cover page, round 55: an HTML name cell closed by a bracketed footnote mark, a 6-K dated on
a bare "Dated" line with no "6-K" printed above it, a post office box run on after the street,
and a 12(b) symbol cell left empty or stating none.

Each test reads a real filing (Sophiris Bio's 2016 8-K, AEGON's 2001 20-F, Exelon's 2005 8-K,
Apple's 2024 8-K) with one value printed as other filers print it (the edit is said in each
test).
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from test_cov53_round53 import _AEGON_FORM  # (AEGON's form lines, as round 53 cuts them)

from filing2json.parsers import parse
from filing2json.parsers.sections.cover import cover_dates
from filing2json.parsers.sections.cover_address import split_address
from filing2json.parsers.sections.cover_layout import read_captioned
from filing2json.parsers.sections.cover_securities import securities_from_facts
from support import FILINGS, validate

SOPHIRIS = FILINGS / "8k_2016_sophirisbioinc_1.htm"
AEGON = FILINGS / "20f_2001_aegonnv_1.htm"
EXELON = FILINGS / "8k_2005_exeloncorp_1.txt"
APPLE = FILINGS / "8k_2024_appleinc_1.txt"


def _edited_text(path: Any, *edits: tuple[str, str]) -> str:
    text = path.read_text(encoding="utf-8", errors="replace")
    for old, new in edits:
        assert old in text
        text = text.replace(old, new, 1)
    return text


def _edited(path: Any, *edits: tuple[str, str]) -> dict[str, Any]:
    return validate(parse(_edited_text(path, *edits).encode(), path.name))


# --- registrant name --------------------------------------------------------------------------

@pytest.mark.parametrize("mark", [" (1)", " (2)", " <sup>(1)</sup>"])
def test_html_name_cell_with_bracketed_mark(mark: str) -> None:
    # Sophiris's name cell with a numbered note's mark, as "Acme Funding LLC (1)" is printed
    record = _edited(SOPHIRIS, ("<B>Sophiris Bio Inc.</B>", f"<B>Sophiris Bio Inc.{mark}</B>"))
    reg = record["registrants"][0]
    assert (reg["name"], reg["state_of_incorporation"], reg["commission_file_number"]) == (
        "Sophiris Bio Inc.", "British Columbia", "001-36054")
    assert record["warnings"] == []


# --- a 6-K's bare "Dated" line ----------------------------------------------------------------

def _six_k(lines: tuple[str, ...], header: bool) -> dict[str, Any]:
    """AEGON's 20-F cover with its form lines replaced by `lines`, filed as a 6-K under an
    SGML header (`header`) or bare."""
    text = _edited_text(AEGON, (_AEGON_FORM, "\n".join(f"{' ' * 20}{t}" for t in lines)))
    if header:
        acc = "0000950123-04-004321"
        text = (f"<SEC-DOCUMENT>{acc}.txt : 20040303\n<SEC-HEADER>{acc}.hdr.sgml : 20040303\n"
                f"ACCESSION NUMBER:\t\t{acc}\nCONFORMED SUBMISSION TYPE:\t6-K\n"
                "PUBLIC DOCUMENT COUNT:\t\t1\nFILED AS OF DATE:\t\t20040303\n</SEC-HEADER>\n"
                f"<DOCUMENT>\n<TYPE>6-K\n<SEQUENCE>1\n<FILENAME>aegon.htm\n<TEXT>\n{text}\n"
                "</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n")
    return validate(parse(text.encode(), "aegon.txt"))


_TITLE = ("REPORT OF FOREIGN PRIVATE ISSUER",
          "PURSUANT TO RULE 13a-16 OR 15d-16 OF THE SECURITIES EXCHANGE ACT OF 1934", "")


@pytest.mark.parametrize(("lines", "header"), [
    # the header says 6-K, the cover prints no form line (the title alone)
    ((*_TITLE, "Dated March 3, 2004", "", ""), True),
    ((*_TITLE, "DATED: March 3, 2004", "", ""), True),
    # a form line typed with no hyphen, bare and under a header
    (("FORM 6K", "", *_TITLE, "Dated March 3, 2004", "", ""), False),
    (("FORM 6K", "", *_TITLE, "Dated March 3, 2004", "", ""), True),
])
def test_6k_dated_line_under_its_title(lines: tuple[str, ...], header: bool) -> None:
    record = _six_k(lines, header)
    assert (record["form_type"], record["report_date"]) == ("6-K", "2004-03-03")
    assert record["registrants"][0]["name"] == "AEGON N.V."
    # the same 6-K signed on its first page: a "Dated" line under "SIGNATURES" is the
    # signer's, no date of report
    at = lines.index(_TITLE[-1]) + 1
    signed = _six_k((*lines[:at], "SIGNATURES", "", *lines[at:]), header)
    assert signed["report_date"] is None
    # with no form known the title alone does not make the line a 6-K's
    assert cover_dates("REPORT OF FOREIGN PRIVATE ISSUER\n\n   Dated: March 1, 2000\n") == (
        None, None)


# --- a post office box run on after the street ------------------------------------------------

def test_exelon_box_after_street_parted_by_comma() -> None:
    # Exelon's registrant cell: street, box, city on lines of their own (<BR>), one line
    # once rendered
    reg = validate(parse(EXELON.read_bytes(), EXELON.name))["registrants"][0]
    assert reg["address"] == {"street": "10 South Dearborn Street \u2014 37th Floor, "
                                        "P.O. Box 805379",
                              "city": "Chicago", "state": "Illinois", "zip": "60680-5379"}


@pytest.mark.parametrize(("text", "street"), [
    ("80 Park Plaza P.O. Box 1171 Newark, New Jersey 07101-1171", "80 Park Plaza, P.O. Box 1171"),
    ("10 South Dearborn Street P.O. BOX 805379, Chicago, Illinois 60680-5379",
     "10 South Dearborn Street, P.O. BOX 805379"),
])
def test_box_run_on_after_street(text: str, street: str) -> None:
    found = split_address(text, None)
    assert found is not None and found["street"] == street
    # a box alone is the street (the zip is the box's); a bracketed one stays as printed
    for alone, kept in (("P.O. Box 805379 Chicago, Illinois 60680-5379", "P.O. Box 805379"),
                        ("2301 Market Street (P.O. Box 8699), Philadelphia, Pennsylvania 19101",
                         "2301 Market Street (P.O. Box 8699)")):
        found = split_address(alone, None)
        assert found is not None and found["street"] == kept


# --- 12(b) symbol cells -----------------------------------------------------------------------

@pytest.mark.parametrize("printed", ["()", "( )", "[ ]", "(N/A)"])
def test_symbol_cell_stating_none(printed: str) -> None:
    # Apple 2024's 12(b) table, its common stock's symbol cell left empty in brackets or
    # stating none, as debt-only filers print it
    record = _edited(APPLE, ('f-18">AAPL<', f'f-18">{printed}<'))
    assert record["securities"][0] == {"title": "Common Stock, $0.00001 par value per share",
                                       "trading_symbol": None,
                                       "exchange": "The Nasdaq Stock Market LLC"}


def test_tagged_symbol_stating_none() -> None:
    rows = securities_from_facts({"dei:Security12bTitle": ["Notes due 2030", "Common Stock"],
                                  "dei:TradingSymbol": ["N/A", "ACME"],
                                  "dei:SecurityExchangeName": ["NYSE", "NYSE"]})
    assert [row["trading_symbol"] for row in rows] == [None, "ACME"]


def test_new_rules_scan_in_linear_time() -> None:
    start = time.process_time()
    split_address("1 Main Street P.O. Box 5 " * 8000 + "Denver, CO 80202", None)
    read_captioned("ACME CORP (1)\tDelaware (2)\n" * 8000 + "(Exact name of registrant)\n",
                   cells=True)
    assert time.process_time() - start < 5.0  # (quadratic: minutes)
