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


# A 2000 Business Wire EX-99: a capitals headline wrapped after the issuer's "INC."
_WRAPPED = """\
                       STOCKWALK.COM GROUP, INC.
          COMPLETES ACQUISITION OF KINNARD INVESTMENTS, INC.

MINNEAPOLIS, Minn., March 3, 2000 -- Stockwalk.com Group, Inc. (Nasdaq: STOK) today
announced that it has completed its acquisition of Kinnard Investments, Inc.
"""


def test_headline_wrapped_after_an_abbreviation_runs_on() -> None:
    release = release_of(_WRAPPED)
    assert release["headline"] == (
        "STOCKWALK.COM GROUP, INC. COMPLETES ACQUISITION OF KINNARD INVESTMENTS, INC.")
    assert release["subheadlines"] == []
    # mixed case, wrapped after a title's or a legal form's stop in any case
    for first, second in (("Acme Names Former Sen.", "John Smith to Board of Directors."),
                          ("Acme Technologies Pte.", "Ltd. Reports Record Revenue."),
                          ("Acme Holdings AG.", "Reports Record First Half Results.")):
        text = _WRAPPED.replace("STOCKWALK.COM GROUP, INC.", first).replace(
            "COMPLETES ACQUISITION OF KINNARD INVESTMENTS, INC.", second)
        release = release_of(text)
        assert (release["headline"], release["subheadlines"]) == (first + " " + second, [])


# A 2008 EX-99.1 with two releases: the first prints "* * *" between its news and its
# conference call, About and contacts, and closes with "# # #" over the second
_DIVIDED = """\
                 ACME CORP. REPORTS RECORD FOURTH QUARTER EARNINGS

DALLAS, Texas, March 3, 2008 -- Acme Corp. (NYSE: ACME) today reported record
fourth quarter net income of $42 million, or $1.05 per share.

"This was a strong year," said John Smith, Chief Executive Officer of Acme.

                                  * * *

Acme will host a conference call at 10:00 a.m. Central time on March 4, 2008.

About Acme Corp.

Acme Corp. is a leading provider of industrial automation systems, headquartered in
Dallas, Texas.

Contact: Jane Doe, (214) 555-1212

                                   # # #

                 ACME CORP. DECLARES QUARTERLY DIVIDEND

DALLAS, Texas, March 3, 2008 -- Acme Corp. (NYSE: ACME) today announced that its
board of directors declared a quarterly dividend of $0.25 per share, payable April 1,
2008 to shareholders of record on March 15, 2008.

                                   # # #
"""


def test_divider_inside_a_release_does_not_end_it_before_its_tail() -> None:
    first, second = parse_press_releases(_DIVIDED, "EX-99.1")
    assert first["about"] == {
        "company": "Acme Corp.",
        "text": "Acme Corp. is a leading provider of industrial automation systems, "
                "headquartered in Dallas, Texas."}
    assert [(c["name"], c["phone"]) for c in first["contacts"]] == [
        ("Jane Doe", "(214) 555-1212")]
    assert second["headline"] == "ACME CORP. DECLARES QUARTERLY DIVIDEND"
    assert second["about"] is None and second["contacts"] == []


# A 2008 EX-99.1 with two releases: the first prints no contacts, the second prints its
# own over its headline, right under the first one's "# # #"
_ABOVE = """\
                 ACME CORP. DECLARES QUARTERLY DIVIDEND

DALLAS, Texas, March 3, 2008 -- Acme Corp. (NYSE: ACME) today announced that its
board of directors declared a quarterly dividend of $0.25 per share, payable April 1,
2008 to shareholders of record on March 15, 2008.

                                   # # #

CONTACT: Jane Doe
         Acme Corp.
         (214) 555-1212

FOR IMMEDIATE RELEASE

              ACME CORP. REPORTS RECORD FOURTH QUARTER EARNINGS

DALLAS, Texas, March 3, 2008 -- Acme Corp. (NYSE: ACME) today reported record
fourth quarter net income of $42 million, or $1.05 per share.

"This was a strong year," said John Smith, Chief Executive Officer of Acme.

                                   # # #
"""


def test_contacts_over_the_next_headline_are_the_next_releases() -> None:
    first, second = parse_press_releases(_ABOVE, "EX-99.1")
    assert first["contacts"] == []
    assert second["headline"] == "ACME CORP. REPORTS RECORD FOURTH QUARTER EARNINGS"
    assert [(c["name"], c["organization"], c["phone"]) for c in second["contacts"]] == [
        ("Jane Doe", "Acme Corp.", "(214) 555-1212")]
