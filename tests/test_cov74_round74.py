"""Cover page, round 74: a bank's legal form ("N.A.", "National Association") and a foreign
firm's ("AG", "LLP") close a name as "Inc." or "Trust" do, so names stacked over one caption
part there: two sponsors of an asset-backed 10-D ("Bank of America, National Association" /
"Wells Fargo Bank, N.A." over "(Exact name of sponsor as specified in its charter)") are two
registrants, not one joined name; a combined filing's bank and its holding company stacked
over one name caption, one row of numbers each, part as FelCor's names do. Never inside one
bank's name: "Bank of America, N.A." stays whole, and so does a name wrapped before its
"National Association".

The 10-D cover is the Banc of America Funding 2007-1 Trust's of round 33's tests
(test_cover4_round33), the stacked table FelCor's of round 28's (test_cover_round28).
"""

from __future__ import annotations

import time
from typing import Any

from test_cover4_round33 import _TEN_D_2007
from test_cover_round28 import _FELCOR

from filing2json.parsers.sections import cover_stacked
from support import text_record

_SPONSOR = "                     Bank of America, National Association\n"
_CIK_LINE = "     Central Index Key Number of sponsor: 0001102113\n\n"


def _sponsors(lines: str, cik: bool = False) -> list[tuple[Any, ...]]:
    """The registrants of the 10-D with `lines` printed over its sponsor's caption."""
    assert _SPONSOR in _TEN_D_2007
    text = _TEN_D_2007.replace(_SPONSOR, (_CIK_LINE if cik else "") + lines)
    return [(r["name"], r["cik"], r["commission_file_number"])
            for r in text_record(text)["registrants"]]


_ISSUER = ("Banc of America Funding 2007-1 Trust", None, "333-130961-06")
_DEPOSITOR = ("Banc of America Funding Corporation", None, "333-130961")


def test_two_sponsors_stacked_over_one_caption() -> None:
    lines = ("                     Bank of America, National Association\n"
             "                     Wells Fargo Bank, N.A.\n")
    assert _sponsors(lines) == [
        _ISSUER, _DEPOSITOR,
        ("Bank of America, National Association", None, None),
        ("Wells Fargo Bank, N.A.", None, None)]


def test_two_sponsors_the_cik_stays_with_the_first() -> None:
    lines = ("                     Bank of America, N.A.\n"
             "                     Wells Fargo Bank, National Association\n")
    assert _sponsors(lines, cik=True) == [
        _ISSUER, _DEPOSITOR,
        ("Bank of America, N.A.", "0001102113", None),
        ("Wells Fargo Bank, National Association", None, None)]


def test_three_sponsors_foreign_legal_forms() -> None:
    lines = ("                     Deutsche Bank AG\n"
             "                     Morgan Stanley Mortgage Capital Holdings LLC\n"
             "                     Barclays Bank PLC\n")
    assert [name for name, _, _ in _sponsors(lines)][2:] == [
        "Deutsche Bank AG", "Morgan Stanley Mortgage Capital Holdings LLC", "Barclays Bank PLC"]


def test_one_sponsor_stays_whole() -> None:
    # the round-33 cover as printed, and a bank's "N.A." after its comma: one sponsor each
    assert _sponsors(_SPONSOR)[2:] == [("Bank of America, National Association", None, None)]
    assert _sponsors("                     Bank of America, N.A.\n")[2:] == [
        ("Bank of America, N.A.", None, None)]
    # wrapped before its legal form: one name over two lines
    assert _sponsors("                     U.S. Bank\n"
                     "                     National Association\n")[2:] == [
        ("U.S. Bank National Association", None, None)]


def test_sponsor_and_a_trailing_phrase_stay_whole() -> None:
    # a name run on past its legal form by words that close no name: not parted
    assert _sponsors("                     Deutsche Bank AG\n"
                     "                     New York Branch\n")[2:] == [
        ("Deutsche Bank AG New York Branch", None, None)]


def test_bank_and_holding_company_stacked_with_numbers() -> None:
    text = _FELCOR.replace("FELCOR LODGING TRUST INCORPORATED", "WELLS FARGO & COMPANY") \
        .replace("FELCOR LODGING LIMITED PARTNERSHIP", "WELLS FARGO BANK, N.A.")
    regs = text_record(text)["registrants"]
    assert [(r["name"], r["state_of_incorporation"], r["commission_file_number"])
            for r in regs] == [("WELLS FARGO & COMPANY", "Maryland", "1-14236"),
                               ("WELLS FARGO BANK, N.A.", "Delaware", "333-39595")]


def test_split_names_bank_endings() -> None:
    joined = "Bank of America, National Association Wells Fargo Bank, N.A."
    assert cover_stacked.split_names(joined, 2) == [
        "Bank of America, National Association", "Wells Fargo Bank, N.A."]
    assert cover_stacked.split_names("Bank of America, N.A.", 1) == ["Bank of America, N.A."]
    assert cover_stacked.split_names("Bank of America, N.A.", 2) is None
    # "Association" closes a name only after "National"
    assert cover_stacked.whole_names("Acme Homeowners Association Wells Fargo Bank, N.A.") is None
    assert cover_stacked.whole_names("Sidley Austin LLP Mayer Brown LLP") == [
        "Sidley Austin LLP", "Mayer Brown LLP"]


def test_whole_names_worst_case_is_linear() -> None:
    name = " ".join(["Acme Bank, N.A."] * 14000)  # ~210 KB, a part at every legal form
    start = time.process_time()
    names = cover_stacked.whole_names(name)
    assert time.process_time() - start < 5
    assert names is not None and len(names) == 14000

