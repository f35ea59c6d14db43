"""Press releases (round 32): releases closed by PR Newswire's "-0-" or "* * *", contacts
printed under a release's own end mark, and stacked subheadlines each a sentence; layouts of
real EX-99s."""

from __future__ import annotations

from filing2json.parsers.sections.press_release import parse_press_releases
from support import release_of

# A 2003 PR Newswire EX-99.1 printing two releases of one day, each closed by the wire's
# "-0-" date stamp and its slashed contact lines
_WIRE_1 = """\
             Acme Widgets Reports Record Third Quarter Results

    NEW YORK, Oct. 22, 2003 /PRNewswire-FirstCall/ -- Acme Widgets, Inc. (NYSE: AWI)
today reported record revenue of $45.2 million for the third quarter ended September 30,
2003, up 25% from $36.1 million in the third quarter of 2002.

    Acme Widgets, Inc. is a leading maker of industrial widgets based in New York.

    -0-                             10/22/2003
"""
_WIRE_2 = """
              Acme Widgets Declares Quarterly Cash Dividend

    NEW YORK, Oct. 22, 2003 /PRNewswire-FirstCall/ -- Acme Widgets, Inc. (NYSE: AWI)
today announced that its Board of Directors declared a quarterly cash dividend of $0.10
per share, payable November 15, 2003 to shareholders of record on November 1, 2003.

    -0-                             10/22/2003
    /CONTACT:  Jane Roe, Investor Relations of Acme Widgets, Inc., +1-212-555-0100/
"""


def test_releases_closed_by_wire_marks_are_each_read() -> None:
    releases = parse_press_releases(_WIRE_1 + _WIRE_2, "EX-99.1")
    assert [r["headline"] for r in releases] == [
        "Acme Widgets Reports Record Third Quarter Results",
        "Acme Widgets Declares Quarterly Cash Dividend"]
    assert releases[1]["date"] == "2003-10-22"
    assert releases[1]["body"].endswith("to shareholders of record on November 1, 2003.")
    # "* * *" closes a release as "###" does
    text = (_WIRE_1.replace("-0-                             10/22/2003", "* * *")
            + _WIRE_2)
    assert [r["headline"] for r in parse_press_releases(text, "EX-99.1")][1] == (
        "Acme Widgets Declares Quarterly Cash Dividend")


# A 2010s EX-99.1 with two releases, each printing its contacts under its own "###"
_FIRST = """\
Acme Widgets Reports Record Fourth Quarter Results

NEW YORK, March 3, 2015 -- Acme Widgets, Inc. (NYSE: AWI) today announced record revenue
of $45.2 million for the fourth quarter of 2014, up 25% from $36.1 million a year ago.

###

Investor Contact:
Jane Roe
Acme Widgets, Inc.
(212) 555-0100

"""
_SECOND = """
Acme Widgets Declares Quarterly Dividend

NEW YORK, March 3, 2015 -- Acme Widgets, Inc. (NYSE: AWI) today announced that its Board
of Directors declared a quarterly cash dividend of $0.10 per share, payable April 1, 2015.

###

Media Contact:
John Doe
Acme Widgets, Inc.
(212) 555-0199
"""


def test_contacts_under_a_releases_own_end_mark_are_its_own() -> None:
    first, second = parse_press_releases(_FIRST + _SECOND, "EX-99.1")
    assert [c["name"] for c in first["contacts"]] == ["Jane Roe"]
    assert second["headline"] == "Acme Widgets Declares Quarterly Dividend"
    assert [c["name"] for c in second["contacts"]] == ["John Doe"]
    # releases printing their contacts over the headline keep them there
    top = ("Investor Contact:\nJane Roe\n(212) 555-0100\n\n" + _FIRST.replace(
        "Investor Contact:\nJane Roe\nAcme Widgets, Inc.\n(212) 555-0100\n", "")
        + "Media Contact:\nJohn Doe\n(212) 555-0199\n" + _SECOND.split("###")[0])
    first, second = parse_press_releases(top, "EX-99.1")
    assert [c["name"] for c in first["contacts"]] == ["Jane Roe"]
    assert [c["name"] for c in second["contacts"]] == ["John Doe"]


_STACKED = """\
              Acme Widgets Reports Record Fourth Quarter Results

                      Revenue Up 25% to $45.2 Million.
                     Net Income Rises to $4.1 Million.
                        Company Raises 2015 Outlook.

NEW YORK, March 3, 2015 -- Acme Widgets, Inc. (NYSE: AWI) today announced record revenue
of $45.2 million for the fourth quarter of 2014, up 25% from $36.1 million a year ago.
"""


def test_stacked_subheadlines_each_a_sentence_are_apart() -> None:
    assert release_of(_STACKED)["subheadlines"] == [
        "Revenue Up 25% to $45.2 Million.", "Net Income Rises to $4.1 Million.",
        "Company Raises 2015 Outlook."]
    # a line closed by an abbreviation's stop runs on
    text = _STACKED.replace("Net Income Rises to $4.1 Million.", "Record Sales to Beta Co.")
    assert release_of(text)["subheadlines"] == [
        "Revenue Up 25% to $45.2 Million.",
        "Record Sales to Beta Co. Company Raises 2015 Outlook."]
