"""Cover page, round 53: phone numbers spelt with letters or run together, trading symbols
in quotes or brackets, a registrant name's footnote mark, a 6-K's "dated" report date, and a
date of report printed as a range of days.

Each test reads a real filing (sample 000, CTC Communications 2000; Oracle's 2019 8-K; AEGON's
2001 20-F) with one value printed as other filers print it (the edit is said in each test).
"""

from __future__ import annotations

import time
from typing import Any

import pytest

from filing2json.parsers import parse
from filing2json.parsers.sections.cover import _first_of_days, cover_dates
from filing2json.parsers.values import spelt_phone, unmarked_name
from support import FILINGS, SAMPLES

CTC = SAMPLES / "000_af6957f9859c0735.txt"
ORACLE = FILINGS / "8k_2019_oraclecorp_1.txt"
AEGON = FILINGS / "20f_2001_aegonnv_1.htm"

_CTC_DATES = ("Date of Report                      August 3, 2000\n"
              "(Date of earliest event reported)  (August 2, 2000)")


def _edited(path: Any, old: str, new: str) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8", errors="replace")
    assert old in text
    return parse(text.replace(old, new, 1).encode(), path.name)


# --- telephone --------------------------------------------------------------------------------

@pytest.mark.parametrize(("printed", "phone"), [
    # a vanity number (CTC's "(781) 466-8080" printed as 1-800 numbers are advertised): read
    # as dialled, its letters as a keypad's digits
    ("(800) 555-CTC1", "(800) 555-2821"),
    ("1-800-CTC-COMM", "1-800-282-2666"),
    # ten digits run together: divided as most covers print a number (and the SPEC's example)
    ("7814668080", "(781) 466-8080"),
])
def test_phone_spelt_with_letters_or_run_together(printed: str, phone: str) -> None:
    record = _edited(CTC, "(781) 466-8080", printed)
    assert record["registrants"][0]["phone"] == phone


def test_spelt_phone_reads_no_street_nor_other_numbers() -> None:
    assert spelt_phone("500 OAK PARK") is None  # a street's number and words
    assert spelt_phone("0000320193") is None  # a CIK: no area code opens with 0
    assert spelt_phone("1-800-flowers") is None  # (lower case: words, not a number)


# --- trading symbols --------------------------------------------------------------------------

@pytest.mark.parametrize("printed", ["&quot;ORCL&quot;", "&#8220;ORCL&#8221;", "[ORCL]",
                                     "(ORCL)", "'ORCL'"])
def test_trading_symbol_in_quotes_or_brackets(printed: str) -> None:
    # Oracle 2019's 12(b) table, its symbol cell "<B>ORCL</B>" printed in marks
    record = _edited(ORACLE, "<B>ORCL</B>", f"<B>{printed}</B>")
    assert record["securities"][0] == {"title": "Common Stock, par value $0.01 per share",
                                       "trading_symbol": "ORCL",
                                       "exchange": "New York Stock Exchange"}


# --- registrant name --------------------------------------------------------------------------

@pytest.mark.parametrize("mark", ["*", "**", "\u2020", "\u00b9"])
def test_registrant_name_footnote_mark(mark: str) -> None:
    # CTC's name line with a mark whose note is printed under the cover
    record = _edited(CTC, "CTC COMMUNICATIONS GROUP, INC.\n",
                     f"CTC COMMUNICATIONS GROUP, INC.{mark}\n")
    assert record["registrants"][0]["name"] == "CTC COMMUNICATIONS GROUP, INC."
    assert record["warnings"] == []


def test_unmarked_name_keeps_a_bracketed_word() -> None:
    assert unmarked_name("Acme Funding LLC (1)") == "Acme Funding LLC"
    assert unmarked_name("Acme Holdings (USA)") == "Acme Holdings (USA)"
    assert unmarked_name("*") == "*"  # (a mark alone is no name less its mark)


# --- a 6-K's date of report -------------------------------------------------------------------

_AEGON_TOP = AEGON.read_text(encoding="utf-8")
_AEGON_FORM = _AEGON_TOP[_AEGON_TOP.index("                                   FORM 20-F"):
                         _AEGON_TOP.index("Commission file number")]


@pytest.mark.parametrize(("line", "report"), [
    ("Report on Form 6-K dated March 3, 2004", "2004-03-03"),
    ("REPORT ON FORM 6-K DATED: March 3, 2004", "2004-03-03"),
    ("For the month of March 3, 2004", "2004-03-03"),  # a day typed for the month
    ("Report on Form 6-K dated March 2004", "2004-03-31"),  # a month: its last day
])
def test_foreign_issuer_report_dated(line: str, report: str) -> None:
    # AEGON's 20-F cover with its form lines printed as a 6-K's (no SEC header)
    cover = ("                                   FORM 6-K\n\n"
             "                       REPORT OF FOREIGN PRIVATE ISSUER\n"
             "                     PURSUANT TO RULE 13a-16 OR 15d-16 OF\n"
             "                      THE SECURITIES EXCHANGE ACT OF 1934\n\n"
             f"                    {line}\n\n")
    record = _edited(AEGON, _AEGON_FORM, cover)
    assert (record["form_type"], record["report_date"]) == ("6-K", report)
    assert record["registrants"][0]["name"] == "AEGON N.V."


# --- a range of days ---------------------------------------------------------------------------
# The date of report is the earliest event's (the combined caption says so): of a range or
# two days, the first, in the last date's year when it prints none.

@pytest.mark.parametrize(("dates", "report", "event"), [
    ("Date of Report                      June 30 - July 2, 2003\n"
     "(Date of earliest event reported)  (June 30, 2003)", "2003-06-30", "2003-06-30"),
    ("Date of Report                      June 28-30, 2003\n"
     "(Date of earliest event reported)  (June 27, 2003)", "2003-06-28", "2003-06-27"),
    ("Date of Report                      August 3, 2000\n"
     "(Date of earliest event reported)  (June 30 - July 2, 2000)", "2000-08-03", "2000-06-30"),
    ("Date of Report (Date of earliest event reported): June 30 through July 2, 2003",
     "2003-06-30", "2003-06-30"),
    ("Date of Report (Date of earliest event reported): December 30 - January 2, 2004",
     "2003-12-30", "2003-12-30"),
    ("                June 30 \u2013 July 2, 2003\n"
     "Date of Report (Date of earliest event reported)", "2003-06-30", "2003-06-30"),
])
def test_date_of_report_as_a_range(dates: str, report: str, event: str) -> None:
    record = _edited(CTC, _CTC_DATES, dates)
    assert (record["report_date"], record["event_date"]) == (report, event)


def test_range_scans_in_linear_time() -> None:
    line = "June 30 - " * 20000  # 200 KB of range openings with no year to close one
    start = time.process_time()
    assert _first_of_days(line) is None
    assert cover_dates(f"Date of Report: {line}\n(Date of earliest event reported)") \
        == (None, None)
    assert spelt_phone("(800) 555-" * 20000 + "CTC") is None
    assert time.process_time() - start < 5.0  # (quadratic: minutes)
