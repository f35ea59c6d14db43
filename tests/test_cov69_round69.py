"""Cover page, round 69: a combined filing's address and telephone captioned once ABOVE its
registrants' table (between the date of report and the rows) are every registrant's, as
they were under it; an iXBRL cover's dei: facts are each the registrant's whose legal entity
their context names (dei:LegalEntityAxis), not the one at their position, and a former
address tagged under its own member is no registrant's address.

No corpus filing prints these shapes. They are made from real covers of the corpus:
Exelon's 8-K of April 2005 (8k_2005_exeloncorp_1.txt), its one-row registrant table given
the rows of Commonwealth Edison and PECO Energy (their file and IRS numbers as Exelon's
combined filings print them) or retyped as a table of columns, Exelon's address printed once
above it; and International Flavors & Fragrances' iXBRL 8-K of May 2025
(8k_2025_internationalflavorsan_1.htm), given a second registrant's block (Commonwealth
Edison's name, state, file and IRS numbers, its CIK 0000022606 tagged in the hidden facts
ahead of IFF's) tagged in a context of its own legal-entity member, IFF's one address printed
under both.
"""

from __future__ import annotations

import re
import time
from typing import Any

from test_cov68b_round68 import _EXELON, _EXELON_ADDRESS, _EXELONS, _ROW, _TABLE_END, _row

from filing2json.parsers import parse
from support import FILINGS, edited_record, validate


def _registrants(record: dict[str, Any]) -> list[tuple[Any, ...]]:
    validate(record)
    return [(r["name"], r["state_of_incorporation"], r["commission_file_number"],
             r["irs_employer_id"], r["address"], r["phone"]) for r in record["registrants"]]


# --- an address printed once above a combined filing's table -------------------------------

_ADDRESS = ("<P align=center>10 South Dearborn Street&nbsp;&#151;&nbsp;37th Floor<BR>"
            "P.O. Box 805379<BR>Chicago, Illinois 60680-5379<BR>"
            "(Address of principal executive offices)</P>\n<P align=center>(312)&nbsp;"
            "394-7398<BR>(Registrant's telephone number, including area code)</P>\n")
_TABLE_OPEN = '<DIV align="center">\n<TABLE style="font-size: 10pt"'
_SHARED = [(name, state, file, irs, _EXELON_ADDRESS, "(312) 394-7398")
           for file, name, state, irs in _EXELONS]


def _columns_under_address() -> dict[str, str]:
    """Exelon's registrant table retyped with a column for each field, the file number's
    first, the address and telephone captioned once above it."""
    text = _EXELON.read_text(encoding="latin-1")
    start = text.index('<TABLE style="font-size: 10pt" cellspacing="0" border="0"')
    end = text.index("</TABLE>", start) + len("</TABLE>")
    rows = _row("Commission File Number", "Exact Name of Registrant as Specified in Its Charter",
                "State of Incorporation", "IRS Employer Identification No.") + "".join(
        _row(*cells) for cells in _EXELONS)
    return {text[start:end]: _ADDRESS + '<TABLE width="100%">\n' + rows + "</TABLE>\n"}


_EXELON_CELL = ("EXELON CORPORATION<BR>\n(a Pennsylvania corporation)<BR>\n10 South Dearborn "
                "Street&nbsp;&#151;&nbsp;37th Floor<BR>\nP.O. Box 805379<BR>\nChicago, Illinois "
                "60680-5379<BR>\n(312)&nbsp;394-7398\n")
_NAME_ROWS = (_ROW.format(file="1-1839", cell="COMMONWEALTH EDISON COMPANY<BR>\n"
                                              "(an Illinois corporation)", irs="36-0938600")
              + _ROW.format(file="1-1401", cell="PECO ENERGY COMPANY<BR>\n"
                                                "(a Pennsylvania corporation)", irs="23-0970240"))


def test_exelon_columns_table_under_its_one_address() -> None:
    assert _registrants(edited_record(_EXELON, _columns_under_address())) == _SHARED


def test_exelon_rows_of_names_and_states_under_one_address() -> None:
    # (each row's cell its name and state alone, the address printed once over the table)
    edit = {_EXELON_CELL: "EXELON CORPORATION<BR>\n(a Pennsylvania corporation)\n",
            _TABLE_END: _NAME_ROWS + _TABLE_END, _TABLE_OPEN: _ADDRESS + _TABLE_OPEN}
    assert _registrants(edited_record(_EXELON, edit)) == _SHARED


# (neighbours that stay: rows printing their own addresses keep them under an address printed
# above; the same rows with the address under the table)

def test_exelon_rows_own_addresses_under_another_address() -> None:
    other = _ADDRESS.replace("10 South Dearborn Street", "1 Other Plaza")
    cell = ("COMMONWEALTH EDISON COMPANY<BR>\n(an Illinois corporation)<BR>\n440 South LaSalle "
            "Street, Suite 3300<BR>\nChicago, Illinois 60605-1028<BR>\n(312)&nbsp;394-4321")
    rows = _ROW.format(file="1-1839", cell=cell, irs="36-0938600")
    edit = {_TABLE_END: rows + _TABLE_END, _TABLE_OPEN: other + _TABLE_OPEN}
    assert _registrants(edited_record(_EXELON, edit)) == [
        _SHARED[0],
        ("COMMONWEALTH EDISON COMPANY", "Illinois", "1-1839", "36-0938600",
         {"street": "440 South LaSalle Street, Suite 3300", "city": "Chicago",
          "state": "Illinois", "zip": "60605-1028"}, "(312) 394-4321")]


def test_exelon_rows_of_names_and_states_over_one_address() -> None:
    end = "<!-- End Table Body -->\n</TABLE>\n</DIV>\n"
    edit = {_EXELON_CELL: "EXELON CORPORATION<BR>\n(a Pennsylvania corporation)\n",
            _TABLE_END: _NAME_ROWS + _TABLE_END, end: end + _ADDRESS}
    assert _registrants(edited_record(_EXELON, edit)) == _SHARED


# --- iXBRL registrants paired by their legal entity's context -------------------------------

_IFF = FILINGS / "8k_2025_internationalflavorsan_1.htm"
_CONTEXT = "c20250501to20250501"
_COMED_CONTEXT = _CONTEXT + "_LegalEntityAxis_CommonwealthEdisonMember"
_NAME_CAPTION = "(Exact Name of Registrant as Specified in its Charter)"
_IFF_CIK = ('<ix:nonNumeric name="dei:EntityCentralIndexKey" '
            f'id="Fact_058d910e2ff843eb912aa0bc5dde04f5" contextRef="{_CONTEXT}">0000051253'
            "</ix:nonNumeric>")
_IFF_ADDRESS = {"street": "521 West 57th Street", "city": "New York", "state": "New York",
                "zip": "10019"}
_IFF_ROW = ("INTERNATIONAL FLAVORS & FRAGRANCES INC.", "0000051253", "New York", "1-4858",
            "13-1432060", _IFF_ADDRESS, "(212) 765-5500")


def _comed_context() -> str:
    return (f'<xbrli:context id="{_COMED_CONTEXT}"><xbrli:entity><xbrli:identifier '
            'scheme="http://www.sec.gov/CIK">0000051253</xbrli:identifier><xbrli:segment>'
            '<xbrldi:explicitMember dimension="dei:LegalEntityAxis">iff:CommonwealthEdisonMember'
            "</xbrldi:explicitMember></xbrli:segment></xbrli:entity><xbrli:period>"
            "<xbrli:startDate>2025-05-01</xbrli:startDate><xbrli:endDate>2025-05-01"
            "</xbrli:endDate></xbrli:period></xbrli:context>")


def _combined_iff(comed_address: str = "", comed_context: str = _COMED_CONTEXT) -> dict[str, str]:
    """IFF's cover given Commonwealth Edison's block under its own (name over its caption,
    over a copy of IFF's table of state, file and IRS numbers with ComEd's values), each
    tagged in ComEd's legal-entity context, ComEd's CIK tagged in the hidden facts ahead of
    IFF's (after it when `comed_context` is another); `comed_address`: facts of an address
    tagged for ComEd alone."""
    text = _IFF.read_text(encoding="latin-1")
    start = text.index("<table", text.index(_NAME_CAPTION))
    table = text[start : text.index("</table>", start) + len("</table>")]
    comed_table = re.sub(r' id="Fact_\w+"', "", table.replace(
        f'contextRef="{_CONTEXT}"', f'contextRef="{comed_context}"').replace(
        ">New York<", ">Illinois<").replace(">1-4858<", ">1-1839<").replace(
        ">13-1432060<", ">36-0938600<"))
    block = ('<div style="text-align: center; font-weight: bold;"><ix:nonNumeric '
             f'name="dei:EntityRegistrantName" contextRef="{comed_context}">COMMONWEALTH '
             f'EDISON COMPANY</ix:nonNumeric></div>\n<div style="text-align: center;">'
             f"{_NAME_CAPTION}</div>\n<div><br/></div>\n")
    comed_cik = (f'<ix:nonNumeric name="dei:EntityCentralIndexKey" contextRef="{comed_context}"'
                 ">0000022606</ix:nonNumeric>")
    context = f'<xbrli:context id="{_CONTEXT}">'
    ciks = comed_cik + comed_address + _IFF_CIK if comed_context == _COMED_CONTEXT \
        else _IFF_CIK + comed_cik + comed_address
    return {_IFF_CIK: ciks,
            table: table + "\n<div><br/></div>\n" + block + comed_table,
            context: _comed_context() + context}


def _comed_fact(name: str, value: str) -> str:
    return f'<ix:nonNumeric name="dei:{name}" contextRef="{_COMED_CONTEXT}">{value}</ix:nonNumeric>'


def _tagged_registrants(edit: dict[str, str], uncaptioned: bool = False) -> list[tuple[Any, ...]]:
    """The registrants of IFF's cover so edited, as (name, cik, state, file number, IRS number,
    address, phone); `uncaptioned`: its name captions dropped, so the dei: facts alone name
    the registrants."""
    text = _IFF.read_text(encoding="latin-1")
    for old, new in edit.items():
        assert old in text
        text = text.replace(old, new)
    if uncaptioned:
        text = text.replace(_NAME_CAPTION, "")
    record = validate(parse(text.encode("latin-1"), _IFF.name))
    return [(r["name"], r["cik"], r["state_of_incorporation"], r["commission_file_number"],
             r["irs_employer_id"], r["address"], r["phone"]) for r in record["registrants"]]


_COMED_ROW = ("COMMONWEALTH EDISON COMPANY", "0000022606", "Illinois", "1-1839", "36-0938600",
              _IFF_ADDRESS, "(212) 765-5500")


def test_iff_combined_each_registrant_its_own_cik() -> None:
    # (the hidden CIKs in another order than the printed blocks)
    assert _tagged_registrants(_combined_iff()) == [_IFF_ROW, _COMED_ROW]


def test_iff_combined_facts_alone_share_the_current_address() -> None:
    # (the printed names uncaptioned: ComEd read from its facts alone, IFF's one address
    # printed under both is its, not the former address tagged under its own member)
    assert _tagged_registrants(_combined_iff(), uncaptioned=True) == [_IFF_ROW, _COMED_ROW]


def test_iff_facts_former_address_is_no_part_of_the_address() -> None:
    from filing2json.parsers.sections.cover import registrants_from_facts
    from filing2json.parsers.text.ixbrl import dei_facts

    facts = dei_facts(_IFF.read_text(encoding="latin-1"))
    assert [(r["name"], r["address"], r["phone"]) for r in registrants_from_facts(facts)] == [
        ("INTERNATIONAL FLAVORS & FRAGRANCES INC", _IFF_ADDRESS, "(212) 765-5500")]


# (neighbours that stay: a registrant's own address facts are its own; IFF as filed)

def test_iff_combined_own_address_facts_stay_its_own() -> None:
    own = "".join(_comed_fact(name, value) for name, value in (
        ("EntityAddressAddressLine1", "440 South LaSalle Street"),
        ("EntityAddressCityOrTown", "Chicago"), ("EntityAddressStateOrProvince", "IL"),
        ("EntityAddressPostalZipCode", "60605"), ("CityAreaCode", "312"),
        ("LocalPhoneNumber", "394-4321")))
    assert _tagged_registrants(_combined_iff(own), uncaptioned=True) == [
        _IFF_ROW, ("COMMONWEALTH EDISON COMPANY", "0000022606", "Illinois", "1-1839",
                   "36-0938600", {"street": "440 South LaSalle Street", "city": "Chicago",
                                  "state": "IL", "zip": "60605"}, "(312) 394-4321")]


def test_iff_combined_names_in_one_context_by_position() -> None:
    # (both registrants' facts in IFF's own context: no entity tells them apart, so each
    # fact is taken by its position, IFF's first; the former address is still no one's)
    assert _tagged_registrants(_combined_iff(comed_context=_CONTEXT)) == [_IFF_ROW, _COMED_ROW]


def test_iff_as_filed() -> None:
    assert _tagged_registrants({}) == [_IFF_ROW]


def test_context_members_worst_case_time() -> None:
    from filing2json.parsers.text.ixbrl import context_members

    opens = '<xbrli:context id="c1">' + '<xbrldi:explicitMember dimension="a' * 10
    text = opens * (200_000 // len(opens))
    started = time.process_time()
    context_members(text)
    context_members('<xbrli:context id="c">' + "<" * 200_000)
    assert time.process_time() - started < 5


# --- the date of report wrapped over two lines, or in the cell left of its caption ----------

_AAMES = FILINGS / "8k_1998_aamescapitalcorp_1.txt"
_AAMES_CAPTION = "                Date of Report (Date of earliest event reported)\n"
_AAMES_DATE = "                                DECEMBER 15, 1998\n"
_SEARS = FILINGS / "8k_2004_searsroebuckandco_1.txt"
_SEARS_LINE = "         Date of Report (Date of earliest event reported): July 22, 2004\n"
_DISNEY = FILINGS / "8k_2012_waltdisneyco_1.txt"
_DISNEY_DATE = "February&nbsp;9, 2012</font></b></p>"
_DISNEY_LINE = (
    'Date of Report (Date of earliest event reported):</font></p>\n<p align="center" '
    'style="margin:0in 0in .0001pt;text-align:center;"><b><font size="2" face="Times New '
    'Roman" style="font-size:10.0pt;font-weight:bold;">February&nbsp;9, 2012</font></b></p>')
_SOPHIRIS = FILINGS / "8k_2016_sophirisbioinc_1.htm"


def _dates(path: Any, edit: dict[str, str]) -> tuple[str | None, str | None]:
    record = validate(edited_record(path, edit))
    return record["report_date"], record["event_date"]


def test_aames_date_under_the_caption_wrapped_before_its_year() -> None:
    assert _dates(_AAMES, {_AAMES_DATE: "                                DECEMBER 15,\n"
                                        "                                1998\n"}) \
        == ("1998-12-15", "1998-12-15")


def test_aames_date_over_the_caption_wrapped_before_its_year() -> None:
    assert _dates(_AAMES, {_AAMES_CAPTION + _AAMES_DATE:
                           "                                DECEMBER 15,\n"
                           "                                1998\n" + _AAMES_CAPTION}) \
        == ("1998-12-15", "1998-12-15")


def test_sears_combined_caption_wrapped_round_its_date() -> None:
    assert _dates(_SEARS, {_SEARS_LINE: "         Date of Report (Date of earliest"
                                        "             July 22, 2004\n"
                                        "         event reported):\n"}) \
        == ("2004-07-22", "2004-07-22")


def test_disney_date_over_two_paragraphs() -> None:
    assert _dates(_DISNEY, {_DISNEY_DATE: "February&nbsp;9,</font></b></p><p>2012</p>"}) \
        == ("2012-02-09", "2012-02-09")


def test_disney_date_in_the_cell_left_of_its_caption() -> None:
    assert _dates(_DISNEY, {_DISNEY_LINE: "<table><tr><td>February 9, 2012</td><td>Date of "
                                          "Report (Date of earliest event reported)</td>"
                                          "</tr></table>"}) == ("2012-02-09", "2012-02-09")


def test_sophiris_date_over_its_caption_broken_before_its_year() -> None:
    assert _dates(_SOPHIRIS, {"<B>March 23, 2016</B>": "<B>March 23,<br>2016</B>"}) \
        == ("2016-03-23", "2016-03-23")


# (neighbours that stay: the dates as filed; two labels, each its own date; a report's date
# in brackets on its own line; a date left of a caption of another field)

def test_aames_sears_disney_sophiris_as_filed() -> None:
    assert [_dates(path, {}) for path in (_AAMES, _SEARS, _DISNEY, _SOPHIRIS)] == [
        ("1998-12-15", "1998-12-15"), ("2004-07-22", "2004-07-22"),
        ("2012-02-09", "2012-02-09"), ("2016-03-23", "2016-03-23")]


def test_sears_two_labels_each_its_own_date() -> None:
    assert _dates(_SEARS, {_SEARS_LINE: "         Date of Report (July 22, 2004)\n"
                                        "         Date of earliest event reported: "
                                        "July 20, 2004\n"}) == ("2004-07-22", "2004-07-20")


def test_sears_date_over_a_line_that_is_no_year() -> None:
    assert _dates(_SEARS, {_SEARS_LINE: "         Date of Report (Date of earliest event "
                                        "reported): July 22,\n         2004 Annual Meeting\n"}) \
        == ("2004-07-22", "2004-07-22")
