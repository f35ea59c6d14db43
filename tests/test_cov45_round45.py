"""Cover page, round 45: the combined date caption followed by two days joined by "and"
with one year ("August 5 and 9, 1994", "March 31 and April 2, 1994"), or by two whole dates
on the line under the caption. As with two whole dates on the caption's line, the earlier
(the earliest event's) is both the report date and the event date.

Each test reads a corpus filing's cover with its date line printed as other 1990s filers
print it (the edit said in each test).
"""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from support import FILINGS

UNION_CAMP = "8k_1994_unioncampcorp_1.txt"
_DATE_LINE = "Date of Report (Date of earliest event reported) August 9, 1994"


def _union_camp(date_line: str) -> dict[str, Any]:
    """Union Camp's 1994 8-K (its document text, no header) with its date line replaced."""
    text = (FILINGS / UNION_CAMP).read_text(encoding="utf-8", errors="replace")
    body = text[text.index("<TEXT>") + len("<TEXT>") : text.index("</TEXT>")]
    assert _DATE_LINE in body
    return parse(body.replace(_DATE_LINE, date_line).encode(), "cover.txt")


def _dates(record: dict[str, Any]) -> tuple[Any, Any]:
    return record["report_date"], record["event_date"]


def test_as_filed() -> None:
    assert _dates(_union_camp(_DATE_LINE)) == ("1994-08-09", "1994-08-09")


def test_two_days_of_one_month() -> None:
    # Union Camp's date line printing two event days of one month: no date was read
    caption = "Date of Report (Date of earliest event reported) "
    assert _dates(_union_camp(caption + "August 5 and 9, 1994")) == ("1994-08-05", "1994-08-05")
    assert _dates(_union_camp(caption + "August 5th and 9th, 1994")) == ("1994-08-05",
                                                                          "1994-08-05")


def test_month_day_before_a_whole_date() -> None:
    # "March 31 and April 2, 1994": the later date (April 2) was read for both
    line = "Date of Report (Date of earliest event reported): March 31 and April 2, 1994"
    assert _dates(_union_camp(line)) == ("1994-03-31", "1994-03-31")


def test_two_dates_on_the_line_under_the_caption() -> None:
    # the dates typed on the line under the caption: the days were lost, and of two whole
    # dates the first printed (the later) was read
    under = "Date of Report (Date of earliest event reported)\n              "
    assert _dates(_union_camp(under + "August 5 and 9, 1994")) == ("1994-08-05", "1994-08-05")
    assert _dates(_union_camp(under + "August 9, 1994 and August 5, 1994")) == ("1994-08-05",
                                                                                 "1994-08-05")


def test_one_date_and_a_later_sentence_unchanged() -> None:
    # one date under the caption, an "and" in no date: the date as printed
    under = "Date of Report (Date of earliest event reported)\n              August 9, 1994"
    assert _dates(_union_camp(under)) == ("1994-08-09", "1994-08-09")


# Two co-registrants' blocks in Union Camp's 1994 layout (name over "(Exact Name ...)", its
# row of numbers over bracketed captions), filled with the values 8k_2007_southernco_2.txt
# prints for The Southern Company and Southern Power Company, which share one address and
# telephone: printed once, under the last block, as parent-and-subsidiary 8-Ks print them.
_CO_REGISTRANTS = """\
                         THE SOUTHERN COMPANY
       (Exact Name of Registrant as Specified in Charter)


DELAWARE                   1-3526            58-0690070
(State or Other          (File Number)       (I.R.S. Employer
Jurisdiction of                              Identification No.)
incorporation)


                        SOUTHERN POWER COMPANY
       (Exact Name of Registrant as Specified in Charter)


DELAWARE                   333-98553         58-2598670
(State or Other          (File Number)       (I.R.S. Employer
Jurisdiction of                              Identification No.)
incorporation)


30 Ivan Allen Jr. Blvd., N.W., Atlanta, Georgia           30308
(Address of Principal Executive Offices)         (Zip Code)


Registrants' telephone number, including area code (404) 506-5000
"""


def _co_registrants(blocks: str) -> list[dict[str, Any]]:
    text = (FILINGS / UNION_CAMP).read_text(encoding="utf-8", errors="replace")
    body = text[text.index("<TEXT>") + len("<TEXT>") : text.index("</TEXT>")]
    start = body.index("                         UNION CAMP CORPORATION")
    end = body.index("    N/A", start)
    return parse(body.replace(body[start:end], blocks).encode(), "cover.txt")["registrants"]


def test_co_registrants_share_the_address_printed_once() -> None:
    # the first registrant had no address and no telephone
    regs = _co_registrants(_CO_REGISTRANTS)
    address = {"street": "30 Ivan Allen Jr. Blvd., N.W.", "city": "Atlanta",
               "state": "Georgia", "zip": "30308"}
    assert [(r["name"], r["commission_file_number"], r["irs_employer_id"], r["address"],
             r["phone"]) for r in regs] == [
        ("THE SOUTHERN COMPANY", "1-3526", "58-0690070", address, "(404) 506-5000"),
        ("SOUTHERN POWER COMPANY", "333-98553", "58-2598670", address, "(404) 506-5000")]


def test_co_registrants_with_addresses_of_their_own_keep_them() -> None:
    # the same blocks, The Southern Company's with an address and telephone of its own
    # (Alabama Power's, from the same filing): each keeps its own
    own = _CO_REGISTRANTS.replace("incorporation)\n\n\n                        SOUTHERN", """\
incorporation)

600 North 18th Street, Birmingham, Alabama                35291
(Address of Principal Executive Offices)         (Zip Code)

Registrant's telephone number, including area code (205) 257-1000


                        SOUTHERN""", 1)
    regs = _co_registrants(own)
    assert [(r["address"]["city"], r["phone"]) for r in regs] == [
        ("Birmingham", "(205) 257-1000"), ("Atlanta", "(404) 506-5000")]
