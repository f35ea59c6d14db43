"""Press-release head, round 72b: a wire's credit printed before the dateline's place, and
a brand in lower case opening a mixed-case line under a capitals headline.

- a line that opens with a wire's credit, then the place and date ("(BUSINESS WIRE)--AURORA,
  Ill., Dec. 13, 1999--Robert H. Gaynor ...", "--(BUSINESS WIRE)--AURORA, Ill., ...",
  "/PRNewswire/ -- AURORA, Ill., ..."): the place after the credit is the dateline's
  (``press_dateline._place_after_credit``); before, the line stood as a subheadline and
  the release had no dateline, or (a dash or slash first) a dateline with no city.
  The body keeps the line as printed. A credit with no place after it ("--(BUSINESS
  WIRE)--Westell said ...") is read as before: a dateline with no city.
- a mixed-case line opening with a brand in lower case ("iPhone Revenue Sets Record in
  Quarter", "eSpeed ...") typed right under a capitals headline: a subheadline, the case
  style changing (``press_parts._brand_under_caps``); before, its lower-case first letter
  read as a word going on from the headline, and it joined it. The same line in capitals,
  or under a title-case headline, joins as before.
Westell Technologies' 8-K (1999), edited.
"""

from __future__ import annotations

import time
from typing import Any

from filing2json.parsers.sections import press_dateline
from support import FILINGS, edited_record

WESTELL = FILINGS / "8k_1999_westelltechnologiesinc_3.txt"
_LEAD = (
    "AURORA,  IL  ...(DECEMBER  13,  1999)...  Robert H.  Gaynor,  Chairman and Chief\n"
    "Executive Officer,  announced today, that Westell Technologies (NASDAQ: WSTL), a")
_GAYNOR = "Robert H.  Gaynor,  Chairman and Chief\nExecutive Officer,  announced today, that " \
    "Westell Technologies (NASDAQ: WSTL), a"
_AURORA = {"city": "AURORA", "state": "Ill.", "date": "1999-12-13"}
_SUB = ["Acquisition To Create a Leader in Telco Access Products and Fuel Broadband DSL"]


def _westell(dateline: str) -> dict[str, Any]:
    """The EX-99.1 release of Westell's 8-K (1999), ``dateline`` typed before its first
    sentence in place of its own dateline."""
    release = edited_record(WESTELL, {_LEAD: dateline + _GAYNOR})["press_releases"][0]
    assert release["document"] == "EX-99.1"
    return release


def test_paren_credit_before_the_place() -> None:
    release = _westell("(BUSINESS WIRE)--AURORA, Ill., Dec. 13, 1999--")
    assert release["dateline"] == _AURORA
    assert release["subheadlines"] == _SUB
    assert release["body"][:82] == (
        "(BUSINESS WIRE)--AURORA, Ill., Dec. 13, 1999--Robert H. Gaynor, Chairman and Chief")


def test_dashed_paren_credit_before_the_place() -> None:
    release = _westell("--(BUSINESS WIRE)--AURORA, Ill., Dec. 13, 1999--")
    assert release["dateline"] == _AURORA
    assert release["subheadlines"] == _SUB


def test_slash_credit_before_the_place() -> None:
    release = _westell("/PRNewswire/ -- AURORA, Ill., Dec. 13, 1999 -- ")
    assert release["dateline"] == _AURORA
    assert release["body"][:50] == "/PRNewswire/ -- AURORA, Ill., Dec. 13, 1999 -- Rob"


def test_place_first_unchanged() -> None:
    """(neighbour) the place before the credit, or no credit: read as before."""
    assert _westell("AURORA, Ill., Dec. 13, 1999--")["dateline"] == _AURORA
    assert _westell("AURORA, Ill.--(BUSINESS WIRE)--Dec. 13, 1999--")["dateline"] == _AURORA


def test_credit_with_no_place_unchanged() -> None:
    """(neighbour) a credit and the sentence, or a credit and the date: no city, as before."""
    release = _westell("--(BUSINESS WIRE)--Westell said ")
    assert release["dateline"] == {"city": None, "state": None, "date": None}
    dated = _westell("--(BUSINESS WIRE)--Dec. 13, 1999--")
    assert dated["dateline"] == {"city": None, "state": None, "date": "1999-12-13"}


def test_credit_led_match() -> None:
    found = press_dateline.match_dateline("(GLOBE NEWSWIRE) -- TORONTO, Ontario, March 3, "
                                          "2015 -- Acme Corp. today announced")
    assert found is not None
    assert found[1].group("city") == "TORONTO"
    assert press_dateline.match_dateline("(BUSINESS WIRE)--Acme Corp. today said") is None


def test_credit_led_speed() -> None:
    """Lines of credits and capitals with no dateline after them: linear time."""
    line = "(BUSINESS WIRE)--" + "AURORA " * 30 + "\n"
    lines = [("--" if k % 2 else "") + line for k in range(400)]
    started = time.process_time()
    for s in lines:
        press_dateline.match_dateline(s.rstrip("\n"))
    assert time.process_time() - started < 5


_CAPS_HEAD = "        WESTELL TECHNOLOGIES ANNOUNCES AGREEMENT TO ACQUIRE TELTREND INC.\n"
_CAPS = "WESTELL TECHNOLOGIES ANNOUNCES AGREEMENT TO ACQUIRE TELTREND INC."


def _headed(below: str, head: str = _CAPS_HEAD) -> dict[str, Any]:
    """The EX-99.1 release of Westell's 8-K (1999), its headline line ``head`` typed with
    ``below`` right under it."""
    record = edited_record(WESTELL, {_CAPS_HEAD: head + "        " + below + "\n"})
    return record["press_releases"][0]


def test_brand_line_under_capitals() -> None:
    release = _headed("iPhone Revenue Sets Record in Quarter")
    assert release["headline"] == _CAPS
    assert release["subheadlines"] == ["iPhone Revenue Sets Record in Quarter", *_SUB]
    release = _headed("eSpeed Revenue Sets Record in Quarter")
    assert release["subheadlines"] == ["eSpeed Revenue Sets Record in Quarter", *_SUB]


def test_brand_line_in_capitals_joins() -> None:
    """(neighbour) the line in capitals too: one headline, as before."""
    release = _headed("iPHONE REVENUE SETS RECORD")
    assert release["headline"] == f"{_CAPS} iPHONE REVENUE SETS RECORD"
    assert release["subheadlines"] == _SUB


def test_brand_line_under_title_case_joins() -> None:
    """(neighbour) under a title-case headline, no change of case style: one headline."""
    head = "        Westell Technologies Announces Agreement to Acquire Teltrend Inc.\n"
    release = _headed("iPhone Revenue Sets Record in Quarter", head)
    assert release["headline"] == ("Westell Technologies Announces Agreement to Acquire "
                                   "Teltrend Inc. iPhone Revenue Sets Record in Quarter")


def test_capitals_wrap_unchanged() -> None:
    """(neighbour) a capitals headline wrapped over two lines stays one."""
    release = edited_record(WESTELL, {_CAPS_HEAD: "        WESTELL TECHNOLOGIES ANNOUNCES "
                                      "AGREEMENT\n        TO ACQUIRE TELTREND INC.\n"})
    assert release["press_releases"][0]["headline"] == _CAPS
