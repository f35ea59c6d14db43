"""Press-release head, round 72: ornament lines and underscores around subheadlines, the
cover's registrant names in an exhibit's dateline, and a typed dateline line that ends in
its dash over its sentence.

- an ornament line ("oOo", "-oOo-", "-o-", "+ + +", ". . .") between a headline and its
  subheadline, or under the subheadline: no head line, a rule between them
  (``press_parts._ORNAMENT``); before, "oOo" joined the headline or stood as a subheadline;
- a subheadline framed by underscores ("_Provision for Loan Losses Increases_"), maybe over
  two lines: a segment of its own, its marks cut (``press_parts._underscore_close``);
  before, typed right under the headline, it joined it;
- words in capitals after a date-first dash that the 8-K's cover names its registrant
  ("DECEMBER 13, 1999 -- WESTELL TECHNOLOGIES -- Robert H. Gaynor ..." in an EX-99.1, the
  cover's "WESTELL TECHNOLOGIES, INC."): the filer's name, no city, though the release
  never prints the name with its legal form (``press_dateline._cover_names``, the names
  passed from ``press_releases.apply``);
- "Record" after the verb that reports it ("Horizon Financial Reports Record" / "Third
  Quarter of Fiscal 2009 Earnings;" / "Deposits Grow 12 Percent"): the phrase goes on, one
  headline (``press_parts._RECORD_END``); before, the headline ended at "Record";
- a short typed dateline line that ends in its dash, its sentence typed on the next line
  with no blank line ("AURORA, Ill., Dec. 13, 1999 /PRNewswire/ --" / "Robert H. Gaynor
  ..."): one paragraph (``press_text._dash_runs_on``).
Horizon Financial's 8-K (2009) and Westell Technologies' 8-K (1999), edited.
"""

from __future__ import annotations

import time
from typing import Any

from filing2json.parsers.sections import press_dateline, press_parts, press_text
from support import FILINGS, edited_record

HORIZON = FILINGS / "8k_2009_horizonfinancialcorp_1.txt"
WESTELL = FILINGS / "8k_1999_westelltechnologiesinc_3.txt"
_HEADLINE = "Horizon Financial Reports Third Quarter of Fiscal 2009 Results"
_HEAD = f"""         {_HEADLINE}
         --------------------------------------------------------------
"""
_SUB = "Provision for Loan Losses Increases"
_SUB2 = "Deposits Grow 12 Percent"
_IN = "         "
_CENTRE = " " * 22
_WESTELL_LEAD = (
    "AURORA,  IL  ...(DECEMBER  13,  1999)...  Robert H.  Gaynor,  Chairman and Chief\n"
    "Executive Officer,  announced today, that Westell Technologies (NASDAQ: WSTL), a")
_GAYNOR = "Robert H. Gaynor, Chairman and Chief\nExecutive Officer, announced today, that "
_DATED = {"city": None, "state": None, "date": "1999-12-13"}


def _headed(head: str) -> dict[str, Any]:
    """The one press release of Horizon Financial's 8-K (2009), its head edited."""
    (release,) = edited_record(HORIZON, {_HEAD: head})["press_releases"]
    return release


def _westell(lead: str) -> dict[str, Any]:
    """The EX-99.1 release of Westell's 8-K (1999), its dateline and first sentence edited."""
    release = edited_record(WESTELL, {_WESTELL_LEAD: lead})["press_releases"][0]
    assert release["document"] == "EX-99.1"
    return release


# ---- an ornament line between headline and subheadline ------------------------------------


def test_ornament_line_tight_between_headline_and_subheadline() -> None:
    release = _headed(f"{_IN}{_HEADLINE}\n{_CENTRE}oOo\n{_IN}{_SUB}\n")
    assert release["headline"] == _HEADLINE
    assert release["subheadlines"] == [_SUB]


def test_ornament_lines_around_subheadline_with_blank_lines() -> None:
    release = _headed(f"{_IN}{_HEADLINE}\n\n{_CENTRE}oOo\n\n{_IN}{_SUB}\n\n{_CENTRE}oOo\n")
    assert release["headline"] == _HEADLINE
    assert release["subheadlines"] == [_SUB]
    assert release["dateline"] == {"city": "BELLINGHAM", "state": "WA", "date": "2009-01-29"}


def test_ornament_lines_part_two_subheadlines() -> None:
    release = _headed(f"{_IN}{_HEADLINE}\n{_CENTRE}oOo\n{_IN}{_SUB}\n{_CENTRE}oOo\n{_IN}{_SUB2}\n")
    assert release["headline"] == _HEADLINE
    assert release["subheadlines"] == [_SUB, _SUB2]


def test_dashed_and_spaced_ornaments() -> None:
    for mark in ("-oOo-", "~ o O o ~", "OoO", "-o-", "+ + +", ". . .", "o o o"):
        release = _headed(f"{_IN}{_HEADLINE}\n{_CENTRE}{mark}\n{_IN}{_SUB}\n")
        assert (release["headline"], release["subheadlines"]) == (_HEADLINE, [_SUB]), mark


def test_ornament_between_capitals_headline_and_subheadline() -> None:
    release = _headed(f"{_IN}{_HEADLINE.upper()}\n{_CENTRE}oOo\n{_IN}{_SUB.upper()}\n")
    assert release["headline"] == _HEADLINE.upper()
    assert release["subheadlines"] == [_SUB.upper()]


def test_ornament_pattern_reads_no_word() -> None:
    assert press_parts._ORNAMENT.match("   oOo  ") is not None
    assert press_parts._ORNAMENT.match("o O o") is not None
    for line in ("o", "oo", "-o", "oOops", "oOo Net income up", "Solo", "0.0", "1.2.3", "oOo" * 5):
        assert press_parts._ORNAMENT.match(line) is None, line


# ---- a subheadline framed by underscores --------------------------------------------------


def test_underscored_subheadline_typed_right_under_headline() -> None:
    release = _headed(f"{_IN}{_HEADLINE}\n{_IN}_{_SUB}_\n")
    assert release["headline"] == _HEADLINE
    assert release["subheadlines"] == [_SUB]


def test_underscored_subheadline_after_blank_line() -> None:
    release = _headed(f"{_IN}{_HEADLINE}\n\n{_IN}_{_SUB}_\n")
    assert release["subheadlines"] == [_SUB]


def test_two_underscored_subheadlines_stacked() -> None:
    release = _headed(f"{_IN}{_HEADLINE}\n\n{_IN}_{_SUB}_\n{_IN}_{_SUB2}_\n")
    assert release["headline"] == _HEADLINE
    assert release["subheadlines"] == [_SUB, _SUB2]


def test_underscored_subheadline_wrapped_over_two_lines() -> None:
    release = _headed(f"{_IN}{_HEADLINE}\n{_IN}_Provision for Loan\n{_IN}Losses Increases_\n")
    assert release["headline"] == _HEADLINE
    assert release["subheadlines"] == [_SUB]


def test_underscored_headline_and_subheadline() -> None:
    release = _headed(f"{_IN}_{_HEADLINE}_\n\n{_IN}_{_SUB}_\n")
    assert release["headline"] == _HEADLINE
    assert release["subheadlines"] == [_SUB]


def test_title_case_subheadline_typed_right_under_headline_still_joins() -> None:
    # (no mark: a wrapped headline's next line reads the same; unchanged)
    release = _headed(f"{_IN}{_HEADLINE}\n{_IN}{_SUB}\n")
    assert release["headline"] == f"{_HEADLINE} {_SUB}"
    assert release["subheadlines"] == []


def test_underscore_only_opening_keeps_the_line() -> None:
    # (no closing mark within three lines: no frame, the line reads as before)
    release = _headed(f"{_IN}{_HEADLINE}\n\n{_IN}_{_SUB}\n")
    assert release["subheadlines"] == [f"_{_SUB}"]


def test_underscore_close_bounds() -> None:
    block = ["_Net Income Up", "25% in Quarter", "Deposits Grow_"]
    assert press_parts._underscore_close(block, 0) == 2
    assert press_parts._underscore_close(["_Net", "a", "b", "c_"], 0) == -1
    assert press_parts._underscore_close(["_Net Income", "_Sales Up_"], 0) == -1
    assert press_parts._underscore_close(["__ __"], 0) == -1


# ---- "Reports Record" over its noun --------------------------------------------------------


def test_centred_headline_of_three_lines_after_reports_record() -> None:
    release = _headed("                 Horizon Financial Reports Record\n"
                      "              Third Quarter of Fiscal 2009 Earnings;\n"
                      "                  Deposits Grow 12 Percent\n")
    assert release["headline"] == ("Horizon Financial Reports Record Third Quarter of Fiscal"
                                   " 2009 Earnings; Deposits Grow 12 Percent")
    assert release["subheadlines"] == []


def test_reports_record_goes_on_after_blank_line() -> None:
    release = _headed(f"{_IN}Horizon Financial Reports Record\n\n"
                      f"{_IN}Third Quarter of Fiscal 2009 Earnings\n")
    assert release["headline"] == (
        "Horizon Financial Reports Record Third Quarter of Fiscal 2009 Earnings")
    assert release["subheadlines"] == []


def test_record_as_noun_ends_headline_unchanged() -> None:
    release = _headed(f"{_IN}Horizon Financial Sets Quarterly Deposit Record\n\n{_IN}{_SUB}\n")
    assert release["headline"] == "Horizon Financial Sets Quarterly Deposit Record"
    assert release["subheadlines"] == [_SUB]


# ---- the cover's registrant name after a date-first dash ----------------------------------


def test_cover_name_in_capitals_after_date_first_dash_is_no_city() -> None:
    release = _westell(f"DECEMBER 13, 1999 -- WESTELL TECHNOLOGIES -- {_GAYNOR}the Company"
                       " (NASDAQ: WSTL), a")
    assert release["dateline"] == _DATED
    assert release["date"] == "1999-12-13"
    assert release["headline"] == (
        "WESTELL TECHNOLOGIES ANNOUNCES AGREEMENT TO ACQUIRE TELTREND INC.")
    assert release["body"][:60] == "DECEMBER 13, 1999 -- WESTELL TECHNOLOGIES -- Robert H. Gayno"


def test_cover_name_after_date_comma_gives_no_dateline() -> None:
    # (as the text's own print of the name does: see round 71b)
    release = _westell(f"DECEMBER 13, 1999, WESTELL TECHNOLOGIES -- {_GAYNOR}the Company"
                       " (NASDAQ: WSTL), a")
    assert release["dateline"] is None
    assert release["date"] == "1999-12-13"


def test_city_in_capitals_after_date_first_dash_keeps_its_place() -> None:
    release = _westell(f"DECEMBER 13, 1999 -- WHEATON -- {_GAYNOR}the Company (NASDAQ: WSTL), a")
    assert release["dateline"] == {"city": "WHEATON", "state": None, "date": "1999-12-13"}


def test_cover_names_match() -> None:
    names = ("WESTELL TECHNOLOGIES, INC.",)
    assert press_dateline._cover_names("WESTELL TECHNOLOGIES", names)
    assert press_dateline._cover_names("Westell Technologies", names)
    assert press_dateline._cover_names("ORACLE", ("Oracle Corporation",))
    assert press_dateline._cover_names("SEARS ROEBUCK", ("SEARS, ROEBUCK AND CO.",))
    # (one word of a longer name may be the city the firm is named for)
    assert not press_dateline._cover_names("WESTELL", names)
    assert not press_dateline._cover_names("AURORA", names)
    assert not press_dateline._cover_names("WESTELL TECHNOLOGIES", ())


# ---- a typed dateline line that ends in its dash ------------------------------------------


def test_prnewswire_dateline_line_ending_in_dash_runs_on() -> None:
    release = _westell(f"AURORA, Ill., Dec. 13, 1999 /PRNewswire/ --\n{_GAYNOR}Westell"
                       " Technologies (NASDAQ: WSTL), a")
    assert release["dateline"] == {"city": "AURORA", "state": "Ill.", "date": "1999-12-13"}
    assert release["body"].split("\n\n")[0][:80] == (
        "AURORA, Ill., Dec. 13, 1999 /PRNewswire/ -- Robert H. Gaynor, Chairman and Chief")


def test_business_wire_dateline_line_ending_in_dash_runs_on() -> None:
    release = _westell(f"AURORA, Ill.--(BUSINESS WIRE)--Dec. 13, 1999--\n{_GAYNOR}Westell"
                       " Technologies (NASDAQ: WSTL), a")
    assert release["dateline"] == {"city": "AURORA", "state": "Ill.", "date": "1999-12-13"}
    assert release["body"].split("\n\n")[0][:70] == (
        "AURORA, Ill.--(BUSINESS WIRE)--Dec. 13, 1999-- Robert H. Gaynor, Chair")


def test_dash_runs_on_shapes() -> None:
    assert press_text._dash_runs_on("NEW YORK, March 3, 2025 /PRNewswire/ --", "Acme today")
    assert press_text._dash_runs_on("NEW YORK, March 3, 2025 \u2014", "\u201cWe are")
    # (a framed subheadline or item, a word's hyphen, a line under it opening no word)
    assert not press_text._dash_runs_on("-- Net income up 25% --", "Sales rose")
    assert not press_text._dash_runs_on("on a Packet-", "Based Network")
    assert not press_text._dash_runs_on("NEW YORK --", "-- Net income up")


def test_short_line_ending_in_stop_still_ends_paragraph() -> None:
    lines = ["Acme Corp. today announced results for its first quarter of fiscal 2025, a",
             "record.", "Revenue rose 25% to $45 million in the quarter, the company said,",
             "and margins widened."]
    assert press_text.split_paragraphs(lines) == [(0, 2), (2, 4)]


def test_ornament_and_underscore_head_worst_case_time() -> None:
    lines = (["_" + "Net Income Up " * 8] * 2 + ["oOo " * 30, " o O o " * 20]) * 1000
    lines.append("NEW YORK, March 3, 2025 /PRNewswire/ -- Acme Corp. today announced")
    begin = time.process_time()
    for _ in range(5):
        press_parts.read_head(lines, len(lines) - 1)
        press_parts._segments(lines[:3000], False)
    assert time.process_time() - begin < 5
