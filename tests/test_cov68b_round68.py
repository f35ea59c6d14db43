"""Cover page, round 68b: a 2019+ iXBRL cover's 12(b) facts pair each title with the symbol
and exchange of its own contextRef (a class with no symbol above one with a symbol keeps its
null); a combined filing's table giving each registrant's name, state, file and IRS numbers a
column each, the address and telephone captioned once under it, gives every registrant its
state and that address, whichever column comes first (a head of bare captions over several
rows is no head to flip under its first row); a post office box over the street in a
registrant's cell is parted from the street by a comma; a 1990s former name wrapped with its
old street over the old city line is the name alone.

No corpus filing prints these shapes. They are made from real covers of the corpus:
International Flavors & Fragrances' iXBRL 8-K of May 2025 (8k_2025_internationalflavorsan_1.htm),
its table head garbled (so the dei: facts are read) and its common stock's symbol retagged as
dei:NoTradingSymbolFlag "\u2014", as Apple tags its notes (8k_2024_appleinc_1.txt); and
Exelon's 8-K of April 2005 (8k_2005_exeloncorp_1.txt), its one-row registrant table given
the rows of Commonwealth Edison and PECO Energy (their file and IRS numbers and addresses as
Exelon's combined filings print them), or retyped as a table of columns with the address
under it; and Union Camp's 8-K of August 1994 (8k_1994_unioncampcorp_1.txt), given a former
name under its telephone.
"""

from __future__ import annotations

from typing import Any

import pytest

from support import FILINGS, edited_record, validate

_IFF = FILINGS / "8k_2025_internationalflavorsan_1.htm"
_EXELON = FILINGS / "8k_2005_exeloncorp_1.txt"
_GARBLED_HEAD = {">Title of each class<": ">Ti<"}
_IFF_SYMBOL = ('name="dei:TradingSymbol" id="Fact_fb393d81413e4d9f8375b1b3b3f990e9" '
               'contextRef="c20250501to20250501_StatementClassOfStockAxis_CommonStockMember">IFF<')
_IFF_NO_SYMBOL = _IFF_SYMBOL.replace("dei:TradingSymbol", "dei:NoTradingSymbolFlag").replace(
    ">IFF<", ">&#8212;<")


def _securities(record: dict[str, Any]) -> list[tuple[Any, ...]]:
    validate(record)
    return [(s["title"], s["trading_symbol"], s["exchange"]) for s in record["securities"]]


def _registrants(record: dict[str, Any]) -> list[tuple[Any, ...]]:
    validate(record)
    return [(r["name"], r["state_of_incorporation"], r["commission_file_number"],
             r["irs_employer_id"], r["address"], r["phone"]) for r in record["registrants"]]


# --- the dei: facts paired by contextRef ---------------------------------------------------

def test_iff_common_stock_without_symbol_above_notes_with_one() -> None:
    record = edited_record(_IFF, {**_GARBLED_HEAD, _IFF_SYMBOL: _IFF_NO_SYMBOL})
    assert _securities(record) == [
        ("Common Stock, par value 12 1/2\u00a2 per share", None, "NYSE"),
        ("1.800% Senior Notes due 2026", "IFF 26", "NYSE")]


def test_iff_common_stock_symbol_untagged_above_notes_with_one() -> None:
    untagged = _IFF_SYMBOL.replace('name="dei:TradingSymbol"', 'name="us-gaap:TradingSymbol"')
    record = edited_record(_IFF, {**_GARBLED_HEAD, _IFF_SYMBOL: untagged})
    assert _securities(record) == [
        ("Common Stock, par value 12 1/2\u00a2 per share", None, "NYSE"),
        ("1.800% Senior Notes due 2026", "IFF 26", "NYSE")]


# (neighbours that stay: each class with its symbol, read from the facts; the printed table)

def test_iff_facts_each_class_with_its_symbol() -> None:
    assert _securities(edited_record(_IFF, _GARBLED_HEAD)) == [
        ("Common Stock, par value 12 1/2\u00a2 per share", "IFF", "NYSE"),
        ("1.800% Senior Notes due 2026", "IFF 26", "NYSE")]


def test_apple_notes_without_symbols_as_filed() -> None:
    rows = _securities(edited_record(FILINGS / "8k_2024_appleinc_1.txt", {}))
    assert rows[:2] == [
        ("Common Stock, $0.00001 par value per share", "AAPL", "The Nasdaq Stock Market LLC"),
        ("0.000% Notes due 2025", None, "The Nasdaq Stock Market LLC")]


# --- a combined filing's registrants -------------------------------------------------------

_ROW = '''<TR valign="bottom">
    <TD valign="top"><DIV style="margin-left:0px; text-indent:-0px">{file}
</DIV></TD>
    <TD>&nbsp;</TD>
    <TD align="left" valign="top">{cell}
</TD>
    <TD>&nbsp;</TD>
    <TD align="left" valign="top">{irs}</TD>
</TR>
'''
_TABLE_END = "<!-- End Table Body -->"
_COMED = ("COMMONWEALTH EDISON COMPANY<BR>\n(an Illinois corporation)<BR>\n"
          "440 South LaSalle Street, Suite 3300<BR>\nChicago, Illinois 60605-1028<BR>\n"
          "(312)&nbsp;394-4321")
_PECO = ("PECO ENERGY COMPANY<BR>\n(a Pennsylvania corporation)<BR>\nP.O. Box 8699<BR>\n"
         "2301 Market Street<BR>\nPhiladelphia, Pennsylvania 19101-8699<BR>\n(215)&nbsp;841-4000")
_EXELON_ADDRESS = {"street": "10 South Dearborn Street \u2014 37th Floor, P.O. Box 805379",
                   "city": "Chicago", "state": "Illinois", "zip": "60680-5379"}


def _exelon_rows() -> dict[str, str]:
    rows = _ROW.format(file="1-1839", cell=_COMED, irs="36-0938600") \
        + _ROW.format(file="1-1401", cell=_PECO, irs="23-0970240")
    return {_TABLE_END: rows + _TABLE_END}


def test_exelon_box_over_street_parted_by_a_comma() -> None:
    assert _registrants(edited_record(_EXELON, _exelon_rows()))[2] == (
        "PECO ENERGY COMPANY", "Pennsylvania", "1-1401", "23-0970240",
        {"street": "P.O. Box 8699, 2301 Market Street", "city": "Philadelphia",
         "state": "Pennsylvania", "zip": "19101-8699"}, "(215) 841-4000")


_EXELONS = (("1-16169", "EXELON CORPORATION", "Pennsylvania", "23-2990190"),
            ("1-1839", "COMMONWEALTH EDISON COMPANY", "Illinois", "36-0938600"),
            ("1-1401", "PECO ENERGY COMPANY", "Pennsylvania", "23-0970240"))


def _row(*cells: str) -> str:
    return "<TR>" + "".join(f"<TD>{c}</TD>" for c in cells) + "</TR>\n"


def _column_table(name_first: bool = False, count: int = 3) -> dict[str, str]:
    """Exelon's registrant table retyped with a column for each field (the file number's
    first, or the name's), the address and telephone captioned once under it."""
    text = _EXELON.read_text(encoding="latin-1")
    start = text.index('<TABLE style="font-size: 10pt" cellspacing="0" border="0"')
    end = text.index("</TABLE>", start) + len("</TABLE>")
    if name_first:
        rows = _row("Exact Name of Registrant as Specified in Its Charter",
                    "State or Other Jurisdiction of Incorporation", "Commission File Number",
                    "IRS Employer Identification No.") + "".join(
            _row(name, state, file, irs) for file, name, state, irs in _EXELONS[:count])
    else:
        rows = _row("Commission File Number",
                    "Exact Name of Registrant as Specified in Its Charter",
                    "State of Incorporation", "IRS Employer Identification No.") + "".join(
            _row(*cells) for cells in _EXELONS[:count])
    table = ('<TABLE width="100%">\n' + rows + "</TABLE>\n<P align=center>10 South Dearborn "
             "Street&nbsp;&#151;&nbsp;37th Floor<BR>P.O. Box 805379<BR>"
             "Chicago, Illinois 60680-5379<BR>"
             "(Address of principal executive offices)</P>\n<P align=center>(312)&nbsp;"
             "394-7398<BR>(Registrant's telephone number, including area code)</P>\n")
    return {text[start:end]: table}


@pytest.mark.parametrize("name_first", [False, True])
def test_exelon_columns_table_each_registrant_state_and_shared_address(name_first: bool) -> None:
    # (the file-number column first, or the name column first: each row a registrant)
    assert _registrants(edited_record(_EXELON, _column_table(name_first=name_first))) == [
        ("EXELON CORPORATION", "Pennsylvania", "1-16169", "23-2990190", _EXELON_ADDRESS,
         "(312) 394-7398"),
        ("COMMONWEALTH EDISON COMPANY", "Illinois", "1-1839", "36-0938600", _EXELON_ADDRESS,
         "(312) 394-7398"),
        ("PECO ENERGY COMPANY", "Pennsylvania", "1-1401", "23-0970240", _EXELON_ADDRESS,
         "(312) 394-7398")]


# (neighbours that stay: one registrant's row under a head of columns; each row's own cell;
# Exelon as filed)

def test_exelon_name_first_columns_one_row() -> None:
    assert _registrants(edited_record(_EXELON, _column_table(name_first=True, count=1))) == [
        ("EXELON CORPORATION", "Pennsylvania", "1-16169", "23-2990190", _EXELON_ADDRESS,
         "(312) 394-7398")]


def test_exelon_each_row_its_own_address() -> None:
    assert _registrants(edited_record(_EXELON, _exelon_rows()))[:2] == [
        ("EXELON CORPORATION", "Pennsylvania", "1-16169", "23-2990190", _EXELON_ADDRESS,
         "(312) 394-7398"),
        ("COMMONWEALTH EDISON COMPANY", "Illinois", "1-1839", "36-0938600",
         {"street": "440 South LaSalle Street, Suite 3300", "city": "Chicago",
          "state": "Illinois", "zip": "60605-1028"}, "(312) 394-4321")]


def test_exelon_as_filed() -> None:
    assert _registrants(edited_record(_EXELON, {})) == [
        ("EXELON CORPORATION", "Pennsylvania", "1-16169", "23-2990190", _EXELON_ADDRESS,
         "(312) 394-7398")]


# --- a former name wrapped with its old street, over its city line -------------------------

_UNION_CAMP = FILINGS / "8k_1994_unioncampcorp_1.txt"
_PHONE_LINE = "Registrant's telephone number, including area code (201) 628-2000\n"
_FORMER_CAPTION = "         (Former name or former address, if changed since last report)\n"


def _former(lines: str) -> str | None:
    record = edited_record(_UNION_CAMP, {_PHONE_LINE: f"{_PHONE_LINE}\n\n{lines}{_FORMER_CAPTION}"})
    validate(record)
    return record["registrants"][0]["former_name"]


def test_union_camp_former_name_and_street_over_city_line() -> None:
    assert _former("                 Union Camp Paper Company, 1600 Valley Road,\n"
                   "                        Wayne, New Jersey 07470\n") \
        == "Union Camp Paper Company"


# (neighbours that stay: the name alone; on one line with its old address; "Not Applicable")

def test_union_camp_former_name_alone() -> None:
    assert _former("                          Union Camp Paper Company\n") \
        == "Union Camp Paper Company"


def test_union_camp_former_name_and_address_one_line() -> None:
    assert _former("       Union Camp Paper Company, 1600 Valley Road, Wayne, NJ\n") \
        == "Union Camp Paper Company, 1600 Valley Road, Wayne, NJ"


def test_union_camp_former_name_not_applicable() -> None:
    assert _former("                               Not Applicable\n") is None
