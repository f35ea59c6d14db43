"""Cover page, round 73: securities[] of an HTML 12(b) row whose exchange cell is blank beside
its ticker ("Common Stock | ORCL |  ": the symbol, no exchange); a date of report whose
hyphens are each spaced their own way ("10 -Aug- 94", "10 - Aug -94"), in its own place; a
telephone whose area code is typed with the letter O for zero ("(2O2) 555-0100") or a group
with the letter l for one among digits ("(202) 555-0l00"); co-registrants' states printed with
a trust's, a partnership's or a bank's kind of entity ("(a Delaware limited partnership)",
"(a Maryland real estate investment trust)"), after "Incorporated in" or "organized under the
laws of", or with no brackets ("An Illinois corporation"); and names stacked over one caption
whose last closes on a series' numeral ("UNION CAMP CAPITAL TRUST I").

No corpus filing prints these shapes. They are made from real covers of the corpus: Oracle's
8-K of July 2019 (8k_2019_oraclecorp_1.txt), its 12(b) table's rows retyped
(test_cov70b_round70's helper); Union Camp's 8-K of August 1994 (8k_1994_unioncampcorp_1.txt),
its date line, telephone and name block retyped (its header's period of report is August 9,
1994, its business phone 201-628-2000: the covers below print other values, so a value read
from the header is told apart); Exelon's 8-K of April 2005 (8k_2005_exeloncorp_1.txt), its
registrant table given the rows of Commonwealth Edison, PECO Energy and Exelon Generation as
Exelon's later covers print them; and Southern Company's 8-K of January 2007
(8k_2007_southernco_2.txt), Gulf Power's state line retyped.
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from test_cov70b_round70 import _oracle, _perkinelmer
from test_cov71b_round71 import _CAPTION, _UC_DATE, _UNION_CAMP, _dates
from test_cov72_round72 import _placed
from test_cov72b_round72 import _AUGUST_10, _FROM_HEADER, _NYSE, _UC_PHONE, _registrant

from support import FILINGS, edited_record, validate

# --- a ticker beside a blank exchange cell, in HTML -----------------------------------------

@pytest.mark.parametrize("blank", ["", "&nbsp;"])
def test_oracle_ticker_beside_a_blank_exchange(blank: str) -> None:
    assert _oracle(("Common Stock", "ORCL", blank)) == [("Common Stock", "ORCL", None)]


def test_oracle_second_class_ticker_beside_a_blank_exchange() -> None:
    assert _oracle(("Common Stock", "ORCL", _NYSE), ("Preferred Stock", "ORCL PRA", "")) == [
        ("Common Stock", "ORCL", _NYSE), ("Preferred Stock", "ORCL PRA", None)]


# (neighbours that stay: an exchange printed as a short code, or by its brand, beside a blank
# symbol cell; a whole row; a text table's blank exchange)

@pytest.mark.parametrize("exchange", ["AMEX", "NYSE", "PHLX", "OTCQB", "OTC BB", _NYSE])
def test_oracle_exchange_beside_a_blank_symbol_stays(exchange: str) -> None:
    assert _oracle(("Common Stock", "", exchange)) == [("Common Stock", None, exchange)]


def test_oracle_whole_row_stays() -> None:
    assert _oracle(("Common Stock", "ORCL", _NYSE)) == [("Common Stock", "ORCL", _NYSE)]


def test_perkinelmer_text_ticker_beside_a_blank_exchange_stays() -> None:
    assert _perkinelmer(
        "                                              TRADING       NAME OF EACH EXCHANGE\n"
        "   TITLE OF EACH CLASS                        SYMBOL(S)     ON WHICH REGISTERED\n"
        "   COMMON STOCK, $1 PAR VALUE                 PKI\n") == [
        ("COMMON STOCK, $1 PAR VALUE", "PKI", None)]


# --- a date of report whose hyphens are each spaced their own way ---------------------------

@pytest.mark.parametrize("line", [
    *_placed("10 -Aug- 94"), *_placed("10- Aug -1994"), *_placed("Aug -10- 94"),
    f"{_CAPTION}: 10 - Aug -94\n", f"{_CAPTION}  10 -AUG- '94\n",
])
def test_union_camp_date_of_report_hyphens_spaced_unlike(line: str) -> None:
    assert _dates(_UNION_CAMP, {_UC_DATE: line}) == _AUGUST_10


def test_union_camp_report_and_event_hyphens_spaced_unlike() -> None:
    assert _dates(_UNION_CAMP, {_UC_DATE: f"{_CAPTION}: 12 -Aug- 94 (10 -Aug- 94)\n"}) == (
        "1994-08-12", "1994-08-10")


# (neighbours that stay: hyphens spaced alike, or none; no such day; outside a cover place)

@pytest.mark.parametrize("line", [*_placed("10 - Aug - 94"), *_placed("10-Aug-94"),
                                  *_placed("10 AUG 94")])
def test_union_camp_date_of_report_hyphens_spaced_alike_stay(line: str) -> None:
    assert _dates(_UNION_CAMP, {_UC_DATE: line}) == _AUGUST_10


@pytest.mark.parametrize("printed", ["31 -Feb- 94", "Aug -10- 9412"])
def test_union_camp_no_such_date_spaced_unlike_stays_unread(printed: str) -> None:
    assert _dates(_UNION_CAMP, {_UC_DATE: f"{_CAPTION}: {printed}\n"}) == _FROM_HEADER


def test_hyphens_spaced_unlike_are_no_date_outside_a_cover_place() -> None:
    from filing2json.parsers.values import find_dates
    assert find_dates("on 10 -Aug- 94 and Aug -10- 94", dashed=True) == []


def test_placed_dates_hyphens_worst_case_time() -> None:
    from filing2json.parsers.values import find_dates, placed_dates
    for text in ("10 -" * 50_000, "10 -Aug- " * 25_000, "Aug -10- " * 25_000,
                 "10  -  Aug " * 20_000):
        began = time.process_time()
        placed_dates(text, find_dates(text))
        assert time.process_time() - began < 5


# --- a telephone with look-alike letters for digits -----------------------------------------

@pytest.mark.parametrize(("printed", "phone"), [
    ("(2O2) 555-0100", "(202) 555-0100"), ("(2O2) 555-O1OO", "(202) 555-0100"),
    ("2O2-555-0100", "202-555-0100"), ("(202) 555-0l00", "(202) 555-0100"),
    ("(2l2) 555-0100", "(212) 555-0100"), ("(202) 555-Ol00", "(202) 555-0100"),
])
def test_union_camp_phone_look_alike_digits(printed: str, phone: str) -> None:
    line = _UC_PHONE.replace("(201) 628-2000", printed)
    assert _registrant({_UC_PHONE: line})["phone"] == phone


# neighbours: a vanity number's letters stay a keypad's digits, digits stay; an l among other
# letters is no digit (the header's business phone fills it)
@pytest.mark.parametrize(("printed", "phone"), [
    ("(202) 555-GOOD", "(202) 555-4663"), ("(202) 555-0100", "(202) 555-0100"),
    ("(2O2) 555-CALL", "(202) 555-2255"), ("(202) 555-lAKE", "(201) 628-2000"),
])
def test_union_camp_phone_keypad_and_digits_stay(printed: str, phone: str) -> None:
    line = _UC_PHONE.replace("(201) 628-2000", printed)
    assert _registrant({_UC_PHONE: line})["phone"] == phone


def test_spelt_phone_worst_case_time() -> None:
    from filing2json.parsers.values import spelt_phone
    began = time.process_time()
    for text in ("(2O2) 5" * 30_000, "2Ol-" * 50_000, "(lll) lll-lll " * 15_000):
        spelt_phone(text)
    assert time.process_time() - began < 5


# --- co-registrants in one table: Exelon's, its subsidiaries' rows added --------------------

_EXELON = FILINGS / "8k_2005_exeloncorp_1.txt"
_EX_END = '    <TD align="left" valign="top">23-2990190</TD>\n</TR>\n'
_BLANK_ROW = "<TR>\n    <TD>&nbsp;</TD>\n</TR>\n"


def _ex_row(file_number: str, lines: list[str], irs: str) -> str:
    """A row of Exelon's registrant table, as its own row is printed."""
    return (f'<TR valign="bottom">\n    <TD valign="top"><DIV style="margin-left:0px; '
            f'text-indent:-0px">{file_number}\n</DIV></TD>\n    <TD>&nbsp;</TD>\n'
            f'    <TD align="left" valign="top">{"<BR>".join(lines)}\n</TD>\n'
            f'    <TD>&nbsp;</TD>\n    <TD align="left" valign="top">{irs}</TD>\n</TR>\n')


def _comed(state: str) -> str:
    return _ex_row("1-1839", ["COMMONWEALTH EDISON COMPANY", state,
                              "440 South LaSalle Street, Suite 3300",
                              "Chicago, Illinois 60605-1028", "(312)&nbsp;394-4321"],
                   "36-0938600")


_PECO = _ex_row("000-16844", ["PECO ENERGY COMPANY", "(a Pennsylvania corporation)",
                              "P.O. Box 8699", "2301 Market Street",
                              "Philadelphia, Pennsylvania 19101-8699", "(215)&nbsp;841-4000"],
                "23-0970240")


def _exelon(*rows: str) -> list[tuple[Any, ...]]:
    record = validate(edited_record(_EXELON, {_EX_END: _EX_END + "".join(rows)}))
    return [(r["name"], r["state_of_incorporation"], r["commission_file_number"],
             r["irs_employer_id"]) for r in record["registrants"]]


_EXELON_ROW = ("EXELON CORPORATION", "Pennsylvania", "1-16169", "23-2990190")
_PECO_ROW = ("PECO ENERGY COMPANY", "Pennsylvania", "000-16844", "23-0970240")


@pytest.mark.parametrize(("printed", "state"), [
    ("(an Illinois limited partnership)", "Illinois"),
    ("(a Delaware limited partnership)", "Delaware"),
    ("(a Maryland real estate investment trust)", "Maryland"),
    ("(a Delaware statutory trust)", "Delaware"),
    ("(a Massachusetts business trust)", "Massachusetts"),
    ("(an Illinois banking corporation)", "Illinois"),
    ("(Incorporated in Illinois)", "Illinois"),
    ("(organized in Illinois)", "Illinois"),
    ("(organized under the laws of the State of Illinois)", "Illinois"),
    ("An Illinois corporation", "Illinois"),
    ("a Delaware limited partnership", "Delaware"),
    ("Illinois", "Illinois"), ("New York", "New York"),  # (the state's line alone)
])
def test_exelon_co_registrant_state_with_its_kind(printed: str, state: str) -> None:
    assert _exelon(_BLANK_ROW, _comed(printed), _BLANK_ROW, _PECO) == [
        _EXELON_ROW, ("COMMONWEALTH EDISON COMPANY", state, "1-1839", "36-0938600"), _PECO_ROW]


def test_exelon_co_registrant_address_after_its_state() -> None:
    record = validate(edited_record(_EXELON, {_EX_END: _EX_END + _comed(
        "(a Delaware limited partnership)")}))
    comed = record["registrants"][1]
    assert (comed["state_of_incorporation"], comed["address"], comed["phone"]) == (
        "Delaware", {"street": "440 South LaSalle Street, Suite 3300", "city": "Chicago",
         "state": "Illinois", "zip": "60605-1028"}, "(312) 394-4321")


# (neighbours that stay: a corporation's and an LLC's state in brackets, the state alone in
# brackets; a bare state's name stays in the name's cell, no state read)

@pytest.mark.parametrize(("printed", "state"), [
    ("(an Illinois corporation)", "Illinois"), ("(An Illinois Corporation)", "Illinois"),
    ("(an Illinois limited liability company)", "Illinois"), ("(Illinois)", "Illinois"),
])
def test_exelon_co_registrant_state_read_before_stays(printed: str, state: str) -> None:
    assert _exelon(_comed(printed), _PECO) == [
        _EXELON_ROW, ("COMMONWEALTH EDISON COMPANY", state, "1-1839", "36-0938600"), _PECO_ROW]


def test_exelon_co_registrant_name_ending_on_a_state_stays() -> None:
    row = _ex_row("1-6986", ["PUBLIC SERVICE COMPANY OF NEW MEXICO", "414 Silver Ave. SW",
                             "Albuquerque, New Mexico 87102-3289", "(505)&nbsp;241-2700"],
                  "85-0019030")
    assert _exelon(row)[1] == ("PUBLIC SERVICE COMPANY OF NEW MEXICO", None, "1-6986",
                               "85-0019030")


@pytest.mark.parametrize("printed", ["(a wholly owned subsidiary)", "(formed in 1998)"])
def test_exelon_co_registrant_other_brackets_name_no_state(printed: str) -> None:
    assert _exelon(_comed(printed))[1][1:] == (None, "1-1839", "36-0938600")


# --- co-registrants in one table: Southern Company's, a partnership's state -----------------

_SOUTHERN = FILINGS / "8k_2007_southernco_2.txt"
_GULF_STATE = "<font size=2>(A Florida Corporation)</font>"


@pytest.mark.parametrize(("printed", "state"), [
    ("(A Florida Limited Partnership)", "Florida"), ("(A Florida Business Trust)", "Florida"),
    ("(Incorporated in Florida)", "Florida"), ("(A Florida Corporation)", "Florida"),
])
def test_southern_gulf_power_state_with_its_kind(printed: str, state: str) -> None:
    record = validate(edited_record(_SOUTHERN, {_GULF_STATE: f"<font size=2>{printed}</font>"}))
    gulf = record["registrants"][3]
    assert (gulf["name"], gulf["state_of_incorporation"], gulf["commission_file_number"],
            gulf["irs_employer_id"], gulf["address"]["city"]) == (
        "Gulf Power Company", state, "0-2429", "59-0276810", "Pensacola")


def test_co_registrant_state_patterns_worst_case_time() -> None:
    from filing2json.parsers.sections.cover_above import INCORPORATED
    from filing2json.parsers.sections.cover_table import _plain_state
    began = time.process_time()
    for text in ("(a Delaware " * 20_000, "(organized under the laws of " * 8_000,
                 "An Illinois " * 20_000, "a New York limited " * 12_000):
        INCORPORATED.search(text)
        _plain_state(text)
    assert time.process_time() - began < 5


# --- names stacked over one caption, the last closed by a series' numeral -------------------

_UC_NAME = "                         UNION CAMP CORPORATION                   \n"
_UC_ROW = "VIRGINIA                   1-4001            13-5652423          \n"
_UC_FIRST = ("UNION CAMP CORPORATION", "VIRGINIA", "1-4001", "13-5652423")


def _stacked(second: str) -> list[tuple[Any, ...]]:
    record = validate(edited_record(_UNION_CAMP, {
        _UC_NAME: f"{_UC_NAME}                         {second}\n",
        _UC_ROW: f"{_UC_ROW}DELAWARE                   333-12345         13-1234567\n"}))
    return [(r["name"], r["state_of_incorporation"], r["commission_file_number"],
             r["irs_employer_id"]) for r in record["registrants"]]


@pytest.mark.parametrize("second", ["UNION CAMP CAPITAL TRUST I", "UNION CAMP CAPITAL TRUST II",
                                    "UNION CAMP CAPITAL TRUST IV", "UNION CAMP FUNDING LLC 2"])
def test_union_camp_stacked_name_closed_by_a_series_numeral(second: str) -> None:
    assert _stacked(second) == [_UC_FIRST, (second, "DELAWARE", "333-12345", "13-1234567")]


# (neighbours that stay: a name closed by its legal form)
@pytest.mark.parametrize("second", ["UNION CAMP FUNDING TRUST", "UNION CAMP CAPITAL L.P."])
def test_union_camp_stacked_name_closed_by_its_form_stays(second: str) -> None:
    assert _stacked(second) == [_UC_FIRST, (second, "DELAWARE", "333-12345", "13-1234567")]
