"""Press-release heads of round 59: a masthead (the company's name alone over the headline)
that spells the legal form otherwise than the lead does, or that the lead names without it
("PERICOM SEMICONDUCTOR CORP." over a release whose lead reads "Pericom Semiconductor
Corporation"; "Oracle Corporation" over "The Oracle Board of Directors today announced"), is
no headline; a dateline that prints a country after its state and its date in brackets
("San Jose, CA, USA (April 21, 2005) --") is read."""

from __future__ import annotations

import time
from typing import Any

from filing2json.parsers.sections.press_patterns import DEPARTMENT, PLACE_LINE, RELEASE_CAPTION
from filing2json.parsers.sections.press_release import parse_press_release
from support import FILINGS, edited_record

# Pericom Semiconductor's EX-99.1 of April 2005 (a corpus filing): its head as filed
PERICOM = "8k_2005_pericomsemiconductorco_4.txt"
HEADLINE = "           PERICOM SEMICONDUCTOR REPORTS FISCAL THIRD QUARTER RESULTS\n"
# Oracle's EX-99.1 of July 2019 (a corpus filing, HTML): its headline's first paragraph
ORACLE = "8k_2019_oraclecorp_1.txt"
ORACLE_HEAD = ('<P STYLE="margin-top:24pt; margin-bottom:0pt; font-size:10pt; font-family:'
               'Times New Roman" ALIGN="center"><B>ORACLE NAMES RONA FAIRHEAD </B></P>')


def _release(name: str, edit: dict[str, str]) -> dict[str, Any]:
    return edited_record(FILINGS / name, edit)["press_releases"][0]


def test_masthead_with_other_legal_form() -> None:
    # Pericom's release edited: the company's name typed over the headline, its legal form
    # abbreviated, spelled out or changed ("Corporation" in the lead), a blank line between or
    # none
    for masthead in ("PERICOM SEMICONDUCTOR CORP.", "Pericom Semiconductor Corp.",
                     "PERICOM SEMICONDUCTOR, INC.", "Pericom Semiconductor Holdings, Inc."):
        for gap in ("\n\n", "\n"):
            release = _release(PERICOM, {HEADLINE: f"           {masthead}{gap}{HEADLINE}"})
            assert release["headline"] == HEADLINE.strip(), (masthead, gap)
            assert release["subheadlines"] == [], (masthead, gap)
    # a headline closed by another firm's name stays one ("... TO ACQUIRE SARONIX LLC")
    head = "           PERICOM SEMICONDUCTOR TO ACQUIRE SARONIX LLC\n\n"
    release = _release(PERICOM, {HEADLINE: f"{head}{HEADLINE}"})
    assert release["headline"] == head.strip()
    assert release["subheadlines"] == [HEADLINE.strip()]


def test_masthead_the_lead_names_without_form() -> None:
    # Oracle's release edited: "Oracle Corporation" in a bold paragraph of its own over the
    # headline; the lead names no firm ("The Oracle Board of Directors today announced")
    masthead = '<P ALIGN="center"><B>Oracle Corporation</B></P>\n'
    release = _release(ORACLE, {ORACLE_HEAD: masthead + ORACLE_HEAD})
    assert release["headline"] == "ORACLE NAMES RONA FAIRHEAD TO THE BOARD OF DIRECTORS"
    assert release["subheadlines"] == []
    # another firm's name alone is kept (no word of it in the lead)
    other = '<P ALIGN="center"><B>Beta Widgets Corporation</B></P>\n'
    release = _release(ORACLE, {ORACLE_HEAD: other + ORACLE_HEAD})
    assert release["headline"] == "Beta Widgets Corporation"


DATELINE = "     SAN JOSE, Calif., April 21 /PRNewswire-FirstCall/ -- Pericom"


def test_country_then_bracketed_date() -> None:
    # Pericom's dateline edited: a country after the state and the date in brackets, as US and
    # Canadian small caps print it ("Vancouver, BC, Canada (March 3, 2014) \u2013 Acme")
    for place, state in (("San Jose, CA, USA", "CA"), ("Vancouver, BC, Canada", "BC"),
                         ("San Jose, California, U.S.A.", "California")):
        for mark in (" -", " --", " - (BUSINESS WIRE) --"):
            dateline = f"     {place} (April 21, 2005){mark} Pericom"
            release = _release(PERICOM, {DATELINE: dateline})
            assert release["dateline"] == {
                "city": place.split(",")[0], "state": state, "date": "2005-04-21"}, dateline
            assert release["headline"] == HEADLINE.strip()
    # a firm's name where the city stands is no place
    dateline = "     Pericom Semiconductor Corp., San Jose, CA (April 21, 2005) -- Pericom"
    assert _release(PERICOM, {DATELINE: dateline})["dateline"] is None


def test_new_patterns_linear() -> None:
    # ~200 KB of places and brackets that never close on a date
    line = "San Jose, CA, USA - (April 21, San Jose, CA, USA ("
    text = "\n".join([line * 40] * 100)
    start = time.process_time()
    parse_press_release(text, "EX-99.1")
    # a head's lines of ~200 KB: captions, departments and places run on with no end
    for pattern, trigger in ((RELEASE_CAPTION, "Exhibit 99.1 - Press "),
                             (DEPARTMENT, "Acme Investor Relations "),
                             (PLACE_LINE, "San Jose, San Jose de la ")):
        pattern.match(trigger * 9000 + "!")
    assert time.process_time() - start < 5


def test_caption_over_headline() -> None:
    # Pericom's release edited: the exhibit's label typed with a description, or the
    # description on a line of its own under the label, over the headline
    for caption in ("Exhibit 99.1 - Press Release dated April 21, 2005",
                    "EXHIBIT 99.1: NEWS RELEASE OF PERICOM SEMICONDUCTOR CORPORATION",
                    "Exhibit 99.1\n           Press release of Pericom Semiconductor Corporation"
                    " dated April 21, 2005",
                    "Press Release issued by Pericom on April 21, 2005"):
        release = _release(PERICOM, {HEADLINE: f"           {caption}\n\n{HEADLINE}"})
        assert release["headline"] == HEADLINE.strip(), caption
        assert release["subheadlines"] == [], caption
    # a label run into the headline stays (what follows it is the headline's)
    head = "           Press Release: Pericom Semiconductor Reports Results\n"
    assert _release(PERICOM, {HEADLINE: head})["headline"] == head.strip()


def test_letterhead_department_and_place() -> None:
    # Pericom's release edited: a letterhead over the headline, the firm's name over its
    # department or its city and state
    for letterhead in ("PERICOM SEMICONDUCTOR CORPORATION\n           Investor Relations",
                       "Pericom Semiconductor Corporation\n           Corporate Communications",
                       "Pericom Public Relations",
                       "PERICOM SEMICONDUCTOR CORPORATION\n           San Jose, California",
                       "Beta Widgets, Inc.\n           San Jose, Calif."):
        release = _release(PERICOM, {HEADLINE: f"           {letterhead}\n\n{HEADLINE}"})
        assert release["headline"] == HEADLINE.strip(), letterhead
        assert release["subheadlines"] == [], letterhead
    # Oracle's HTML release edited: its name and department, each a paragraph of its own
    block = ('<P ALIGN="center">Oracle Corporation</P>\n'
             '<P ALIGN="center">Corporate Communications</P>\n')
    release = _release(ORACLE, {ORACLE_HEAD: block + ORACLE_HEAD})
    assert release["headline"] == "ORACLE NAMES RONA FAIRHEAD TO THE BOARD OF DIRECTORS"
    # a headline wrapped before its place, a subheadline under it, is kept whole
    head = ("           PERICOM SEMICONDUCTOR TO OPEN DESIGN CENTER IN\n"
            "           Shanghai, China\n\n")
    release = _release(PERICOM, {HEADLINE: f"{head}{HEADLINE}"})
    assert release["headline"] == "PERICOM SEMICONDUCTOR TO OPEN DESIGN CENTER IN Shanghai, China"
    # "Acme Expands Investor Relations" (a verb before the department) is a headline
    head = "           Pericom Expands Investor Relations\n\n"
    assert _release(PERICOM, {HEADLINE: f"{head}{HEADLINE}"})["headline"] == head.strip()
