"""Cover page, round 54: a plain-text name line closed by a bracketed footnote mark, a phone
spelt with letters or run together at the end of the address line, a 6-K dated on a bare
"Dated" line, and a 6-K reporting on a span of months.

Each test reads a real filing (sample 000, CTC Communications 2000; AEGON's 2001 20-F) with
one value printed as other filers print it (the edit is said in each test).
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from test_cov53_round53 import _AEGON_FORM  # (AEGON's form lines, as round 53 cuts them)

from filing2json.parsers import parse
from filing2json.parsers.sections.cover import cover_dates
from filing2json.parsers.sections.cover_address import cut_phone
from filing2json.parsers.sections.cover_layout import read_captioned
from filing2json.parsers.values import month_end
from support import FILINGS, SAMPLES

CTC = SAMPLES / "000_af6957f9859c0735.txt"
AEGON = FILINGS / "20f_2001_aegonnv_1.htm"


def _edited(path: Any, *edits: tuple[str, str]) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8", errors="replace")
    for old, new in edits:
        assert old in text
        text = text.replace(old, new, 1)
    return parse(text.encode(), path.name)


# --- registrant name --------------------------------------------------------------------------

@pytest.mark.parametrize("mark", [" (1)", " (2)"])
def test_plain_text_name_line_with_bracketed_mark(mark: str) -> None:
    # CTC's name line with a numbered note's mark, as "Acme Funding LLC (1)" is printed
    record = _edited(CTC, ("CTC COMMUNICATIONS GROUP, INC.\n",
                           f"CTC COMMUNICATIONS GROUP, INC.{mark}\n"))
    reg = record["registrants"][0]
    assert (reg["name"], reg["state_of_incorporation"]) == ("CTC COMMUNICATIONS GROUP, INC.",
                                                            "Delaware")
    assert record["warnings"] == []


# --- telephone on the address line ------------------------------------------------------------

_CTC_PHONE = ("                               (781) 466-8080\n"
              " (Registrant's telephone number including area code)\n")
_CTC_ADDRESS = ("          220 Bear Hill Rd., Waltham, Massachusetts         02451\n"
                "        (Address of principal executive offices)          (Zip Code)")


@pytest.mark.parametrize(("printed", "phone"), [
    ("(800) 555-CTC1", "(800) 555-2821"),
    ("1-800-CTC-COMM", "1-800-282-2666"),
    ("7814668080", "(781) 466-8080"),
])
def test_spelt_phone_closing_the_address_line(printed: str, phone: str) -> None:
    # CTC's phone moved onto its address line under one combined caption, as many covers
    # print "(Address, including zip code, and telephone number ...)"
    record = _edited(CTC, (_CTC_PHONE, ""), (
        _CTC_ADDRESS,
        f"          220 Bear Hill Rd., Waltham, Massachusetts 02451 {printed}\n"
        "  (Address, including zip code, and telephone number of principal executive offices)"))
    reg = record["registrants"][0]
    assert reg["phone"] == phone
    assert reg["address"] == {"street": "220 Bear Hill Rd.", "city": "Waltham",
                              "state": "Massachusetts", "zip": "02451"}


def test_cut_phone_leaves_streets_and_words() -> None:
    assert cut_phone("500 OAK PARK") == ("500 OAK PARK", None)
    assert cut_phone("NEW YORK, NEW YORK") == ("NEW YORK, NEW YORK", None)
    assert cut_phone("CIK 0000320193") == ("CIK 0000320193", None)


# --- a 6-K's date of report -------------------------------------------------------------------


@pytest.mark.parametrize(("line", "report"), [
    ("Dated March 3, 2004", "2004-03-03"),
    ("DATED: March 3, 2004", "2004-03-03"),
    # a span of months: the report covers it to its end
    ("For the month of March, 2004 through April, 2004", "2004-04-30"),
    ("For the month of March through April 2004", "2004-04-30"),
    ("For the month of March 2004 - May 2004", "2004-05-31"),
])
def test_foreign_issuer_report_date(line: str, report: str) -> None:
    # AEGON's 20-F cover with its form lines printed as a 6-K's (no SEC header)
    lines = ("FORM 6-K", "", "REPORT OF FOREIGN PRIVATE ISSUER",
             "PURSUANT TO RULE 13a-16 OR 15d-16 OF THE SECURITIES EXCHANGE ACT OF 1934", "",
             line, "", "")
    record = _edited(AEGON, (_AEGON_FORM, "\n".join(f"{' ' * 20}{t}" for t in lines)))
    assert (record["form_type"], record["report_date"]) == ("6-K", report)
    assert record["registrants"][0]["name"] == "AEGON N.V."


@pytest.mark.parametrize("region", [
    # a sentence, not a bare date
    "FORM 6-K\n\nREPORT OF FOREIGN PRIVATE ISSUER\n\nDated March 3, 2004, as amended\n",
    # a 10-K's signature and a prospectus supplement's line (check-set shapes): no 6-K's
    "FORM 10-K\n\nSIGNATURES\n\nDated: March 1, 2000\n",
    "Supplement dated June 15, 2009 to the Prospectus\n          dated May 1, 2009\n",
])
def test_dated_line_only_a_6k_date(region: str) -> None:
    assert cover_dates(region) == (None, None)
    # (the same line under a 6-K's form line is read)
    assert cover_dates("FORM 6-K\n\n   Dated: March 1, 2000\n") == ("2000-03-01", None)


def test_month_end_of_one_month() -> None:
    assert month_end("March, 2004 and other news") == "2004-03-31"
    assert month_end("March, 2004 to") == "2004-03-31"  # (no second month: the first's)


def test_new_rules_scan_in_linear_time() -> None:
    start = time.process_time()
    assert month_end("March - " * 25000) is None
    assert cut_phone("555-CTC1 " * 25000 + "X")[1] is None
    read_captioned("ACME CORP (1)\n" * 15000 + "(Exact name of registrant)\n")
    assert time.process_time() - start < 5.0  # (quadratic: minutes)
