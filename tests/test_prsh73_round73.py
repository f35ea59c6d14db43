"""Press-release head and body, round 73: a headline broken by <br>s into short pieces, a
wire's credit before the date and the place, and a closing call sentence that is no body.

- an HTML headline broken by <br>s (or printed in <div>s) into short pieces, its last piece
  the results its period heads ("Apple Reports" / "First Quarter" / "Fiscal 2024
  Results"): one headline, joined with single spaces (``press_parts._results_finish``);
  before, "Fiscal 2024 Results" stood as a subheadline;
- a wire's credit, then the date, then the place: with no year ("/PRNewswire/ -- July 22 --
  BOSTON --"), with no dash after the credit ("(BUSINESS WIRE) July 22, 2004 -- BOSTON --"),
  or the wire's name with no brackets ("BUSINESS WIRE -- July 22, 2004 -- BOSTON --"): the
  place after the date is the dateline's (``press_dateline._place_after``,
  ``_wire_as_place``); before, no city, or no release at all;
- "For more information, please call Jane Doe at ... or John Roe at ..." closing a release:
  a tail, no body paragraph (``press_release._info_call``), as "For more information,
  please contact ..." was.
Apple's 8-K (2024) and Sears' 8-K (2004), edited.
"""

from __future__ import annotations

import time
from typing import Any

from filing2json.parsers.sections import press_dateline
from filing2json.parsers.sections.press_release import parse_press_release
from support import FILINGS, edited_record

APPLE = FILINGS / "8k_2024_appleinc_1.txt"
SEARS = FILINGS / "8k_2004_searsroebuckandco_1.txt"
_APPLE_HEAD = ">Apple reports first quarter results</font>"
_APPLE_SUBS = ["Services revenue reaches new all-time record",
               "EPS up 16 percent to new all-time high"]
_SEARS_LEAD = "    HOFFMAN ESTATES, Ill., July 22 /PRNewswire-FirstCall/ -- Sears, Roebuck\n"
_SEARS_BODY_END = "Financial\nProducts business.\n\n"  # (the last body paragraph's end)


def _apple(head: str) -> dict[str, Any]:
    """The release of Apple's 8-K (2024), its headline's <font> edited."""
    release = edited_record(APPLE, {_APPLE_HEAD: head})["press_releases"][0]
    assert release["document"] == "EX-99.1"
    return release


def _sears(edit: dict[str, str]) -> dict[str, Any]:
    """The release of Sears' 8-K (2004), edited."""
    (release,) = edited_record(SEARS, edit)["press_releases"]
    return release


def _sears_lead(lead: str) -> dict[str, Any]:
    return _sears({_SEARS_LEAD: f"    {lead} Sears, Roebuck\n"})


# ---- a headline broken by <br>s into short pieces -----------------------------------------


def test_headline_broken_into_short_pieces() -> None:
    # (was: "Apple Reports First Quarter", the subheadline "Fiscal 2024 Results")
    release = _apple(">Apple Reports<br>First Quarter<br>Fiscal 2024 Results</font>")
    assert release["headline"] == "Apple Reports First Quarter Fiscal 2024 Results"
    assert release["subheadlines"] == _APPLE_SUBS
    # <br/> as XHTML prints it, and three <div>s
    release = _apple(">Apple Reports<br/>First Quarter<br/>Fiscal 2024 Results</font>")
    assert release["headline"] == "Apple Reports First Quarter Fiscal 2024 Results"
    release = _apple(">Apple Reports</font></div><div><font>First Quarter</font></div>"
                     "<div><font>Fiscal 2024 Results</font>")
    assert release["headline"] == "Apple Reports First Quarter Fiscal 2024 Results"
    assert release["subheadlines"] == _APPLE_SUBS
    # a subheadline under the three pieces stays one
    release = _apple(">Apple Reports<br>First Quarter<br>Fiscal 2024 Results</font></div>"
                     "<div><font>Revenue Up 2 Percent</font>")
    assert release["headline"] == "Apple Reports First Quarter Fiscal 2024 Results"
    assert release["subheadlines"] == ["Revenue Up 2 Percent", *_APPLE_SUBS]


def test_headline_pieces_neighbours() -> None:
    # as filed: one headline, two subheadlines
    release = _apple(_APPLE_HEAD)
    assert (release["headline"], release["subheadlines"]) == (
        "Apple reports first quarter results", _APPLE_SUBS)
    # a piece with a verb or a figure's sign under the period is a subheadline, as before
    release = _apple(">Apple Reports<br>First Quarter<br>Revenue Up 25 Percent</font>")
    assert release["headline"] == "Apple Reports First Quarter"
    assert release["subheadlines"] == ["Revenue Up 25 Percent", *_APPLE_SUBS]
    release = _apple(">Apple Reports Record First Quarter<br>Net Income Doubles</font>")
    assert release["headline"] == "Apple Reports Record First Quarter"
    assert release["subheadlines"] == ["Net Income Doubles", *_APPLE_SUBS]
    # "and" and a figure went on before this round
    release = _apple(">Apple Reports<br>Fourth Quarter and<br>Fiscal Year 2024 Results</font>")
    assert release["headline"] == "Apple Reports Fourth Quarter and Fiscal Year 2024 Results"


# ---- a wire's credit, the date, then the place ----------------------------------------------


def test_credit_date_then_place_yearless() -> None:
    # (was: no city) the year from the filing's date
    release = _sears_lead("/PRNewswire/ -- July 22 -- BOSTON --")
    assert release["dateline"] == {"city": "BOSTON", "state": None, "date": "2004-07-22"}
    assert release["body"].startswith("/PRNewswire/ -- July 22 -- BOSTON -- Sears, Roebuck")
    # (was: no release)
    release = _sears_lead("(BUSINESS WIRE) -- July 22 -- HOFFMAN ESTATES, Ill. --")
    assert release["dateline"] == {"city": "HOFFMAN ESTATES", "state": "Ill.",
                                   "date": "2004-07-22"}


def test_credit_then_date_with_no_dash() -> None:
    # (was: no release)
    release = _sears_lead("(BUSINESS WIRE) July 22, 2004 -- BOSTON --")
    assert release["dateline"] == {"city": "BOSTON", "state": None, "date": "2004-07-22"}
    release = _sears_lead("/PRNewswire/ July 22, 2004 -- Hoffman Estates, Ill. --")
    assert release["dateline"] == {"city": "Hoffman Estates", "state": "Ill.",
                                   "date": "2004-07-22"}


def test_wire_name_unbracketed_then_date_and_place() -> None:
    # (was: no city: the wire's name read as the place, then dropped)
    release = _sears_lead("BUSINESS WIRE -- July 22, 2004 -- BOSTON --")
    assert release["dateline"] == {"city": "BOSTON", "state": None, "date": "2004-07-22"}
    release = _sears_lead("GLOBE NEWSWIRE -- July 22, 2004 -- Boston, Mass. --")
    assert release["dateline"] == {"city": "Boston", "state": "Mass.", "date": "2004-07-22"}
    release = _sears_lead("PRNewswire -- July 22, 2004 -- HOFFMAN ESTATES, Ill. --")
    assert release["dateline"] == {"city": "HOFFMAN ESTATES", "state": "Ill.",
                                   "date": "2004-07-22"}


def test_credit_date_place_neighbours() -> None:
    # as filed, and the credit's dash and year printed (read before this round)
    assert _sears({})["dateline"] == {"city": "HOFFMAN ESTATES", "state": "Ill.",
                                      "date": "2004-07-22"}
    release = _sears_lead("/PRNewswire/ -- July 22, 2004 -- BOSTON --")
    assert release["dateline"] == {"city": "BOSTON", "state": None, "date": "2004-07-22"}
    # the wire's name and the date, no place: the date alone
    release = _sears_lead("BUSINESS WIRE -- July 22, 2004 --")
    assert release["dateline"] == {"city": None, "state": None, "date": "2004-07-22"}
    # a firm's name after a yearless date is no place: the credit's date alone
    release = _sears_lead("/PRNewswire/ -- July 22 -- Sears, Roebuck and Co. --")
    assert release["dateline"] == {"city": None, "state": None, "date": "2004-07-22"}


def test_yearless_place_is_linear() -> None:
    line = "/PRNewswire/ -- July 22 -- " + "BOSTON " * 30000 + "--"
    start = time.process_time()
    press_dateline.match_dateline(line)
    press_dateline.match_dateline("BUSINESS WIRE -- July 22, 2004 -- " + "Boston, " * 25000)
    assert time.process_time() - start < 5


# ---- "For more information, please call ..." closing a release -----------------------------


_CALL = ("    For more information, please call Jane Doe at (847) 286-9669 or John Roe at\n"
         "(847) 286-7419.\n\n")


def test_information_call_is_no_body() -> None:
    original = _sears({})
    # (was: the body's last paragraph)
    release = _sears({_SEARS_BODY_END: _SEARS_BODY_END + _CALL})
    assert release["body"] == original["body"]
    assert release["body"].endswith("former Credit and Financial Products business.")
    assert [(c["name"], c["phone"]) for c in release["contacts"]][:2] == [
        ("Jane Doe", "(847) 286-9669"), ("John Roe", "(847) 286-7419")]
    for call in ("    For further information about Sears, call Jane Doe at 847-286-9669.\n\n",
                 "    For additional information, please e-mail Jane Doe at jdoe@sears.com.\n\n"):
        assert _sears({_SEARS_BODY_END: _SEARS_BODY_END + call})["body"] == original["body"]


def test_information_call_neighbours() -> None:
    original = _sears({})
    # a long paragraph that names a number is the body's, as is one with no number
    long = ("    For more information on the plan, shareholders may call the company's agent at\n"
            "(847) 286-9669; the agent will explain " + "the terms of the offer and " * 12
            + "more.\n\n")
    release = _sears({_SEARS_BODY_END: _SEARS_BODY_END + long})
    assert release["body"].endswith("the terms of the offer and more.")
    plain = "    For more information, please call your broker.\n\n"
    release = _sears({_SEARS_BODY_END: _SEARS_BODY_END + plain})
    assert release["body"] == (original["body"]
                               + "\n\nFor more information, please call your broker.")
    # a call sentence inside a body paragraph: the body goes on
    text = ("ACME REPORTS RESULTS\n\nBOSTON, March 3, 2024 -- Acme Corp. today reported net "
            "income of $5 million.\n\nShareholders wanting more detail may call (617) 555-0100."
            "\n")
    found = parse_press_release(text, "EX-99.1")
    assert found is not None
    assert found["body"].endswith("may call (617) 555-0100.")
