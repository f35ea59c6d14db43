"""Names round 37 (2): names made only of inner-capital, hyphenated or apostrophe words
("Mary-Jane Smith-Jones", "Mr. O'Neil", "J. DeAngelis"), two-letter surnames after a title
("Mr. Li") and "St." inside a name ("Thomas St. John") are people, for quotes and contacts;
firms and places so spelt ("St. Jude Medical", "LaSalle Bank", "IBM") stay firms."""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from support import submission

# A 2004 8-K in its SGML envelope: the report, then its press release as EX-99.1.
_TEXT_REPORT = """                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

                                    FORM 8-K

                                 CURRENT REPORT

Date of Report (Date of earliest event reported): April 15, 2004

                           HARBOR LIGHT SYSTEMS, INC.
             (Exact name of registrant as specified in its charter)

Item 12.  Results of Operations and Financial Condition

     On April 15, 2004, the Registrant issued the press release attached as
Exhibit 99.1.

                                   SIGNATURES

     Pursuant to the requirements of the Securities Exchange Act of 1934, the
registrant has duly caused this report to be signed on its behalf by the
undersigned hereunto duly authorized.

                                          HARBOR LIGHT SYSTEMS, INC.

Date: April 15, 2004                      By: /s/ John Smith
                                              ------------------------------
                                              John Smith
                                              Chief Financial Officer
"""

_TEXT_RELEASE = """                                                                 EXHIBIT 99.1

HARBOR LIGHT SYSTEMS REPORTS FIRST QUARTER RESULTS

BOSTON, April 15, 2004 /PRNewswire-FirstCall/ -- Harbor Light Systems, Inc.
(Nasdaq: HLSI) today reported revenue of $31.7 million for the first quarter ended
March 31, 2004, up 9 percent from a year ago.

{QUOTE}

About Harbor Light Systems

Harbor Light Systems, Inc. makes optical inspection systems.

{CONTACT}
"""

_TEXT = submission(_TEXT_REPORT, ("EX-99.1", _TEXT_RELEASE),
                   accession="0001047469-04-012345", filed="20040415").decode()

# A 2015 HTML filing: the report, then the release's paragraphs and <br> lines.
_HTML_REPORT = """<html><body>
<p align="center"><b>UNITED STATES<br>SECURITIES AND EXCHANGE COMMISSION</b></p>
<p align="center"><b>FORM 8-K</b></p>
<p align="center"><b>HARBOR LIGHT SYSTEMS, INC.</b><br>(Exact name of registrant as specified
in its charter)</p>
<p><b>Item 2.02 Results of Operations and Financial Condition.</b></p>
<p>On April 16, 2015, the Company issued a press release, attached as Exhibit 99.1.</p>
</body></html>"""

_HTML_RELEASE = """<html><body>
<p align="right"><b>Exhibit 99.1</b></p>
<p align="center"><b>Harbor Light Systems Reports First Quarter Results</b></p>
<p>BOSTON, April 16, 2015 (GLOBE NEWSWIRE) -- Harbor Light Systems, Inc. (NASDAQ: HLSI)
today reported revenue of $31.7 million for the first quarter ended March 31, 2015, up 9
percent from a year ago.</p>
<p>{QUOTE}</p>
<p><b>About Harbor Light Systems</b></p>
<p>Harbor Light Systems, Inc. makes optical inspection systems.</p>
<p><b>Contacts:</b></p>
<p>{CONTACT}</p>
</body></html>"""

_HTML = submission(_HTML_REPORT, ("EX-99.1", _HTML_RELEASE),
                   accession="0001193125-15-134567", filed="20150416").decode()


def _people(filing: str, quote: str, contact: str) -> tuple[
        list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """(speaker, role) of each quote and (name, organization, phone) of each contact, through
    the public parse."""
    text = filing.replace("{QUOTE}", quote).replace("{CONTACT}", contact)
    releases = parse(text.encode("utf-8"), "harbor-8k.txt")["press_releases"]
    return ([(q["speaker"], q["role"]) for r in releases for q in r["quotes"]],
            [(c["name"], c["organization"], c["phone"]) for r in releases for c in r["contacts"]])


_NAMES = ("Mary-Jane Smith-Jones", "Jean-Luc DeAngelis", "J. DeAngelis", "Mr. McDonald",
          "Mr. O'Neil", "Ms. LeBlanc", "Dr. McKenzie-Jones", "Mr. Li", "Ms. Ng",
          "Thomas St. John", "Mary Ellen St. Clair")


def test_names_without_a_plain_lower_case_word_in_a_text_release() -> None:
    # (was: no quote and no contact for any of these)
    for name in _NAMES:
        assert _people(
            _TEXT,
            '"We are pleased with the quarter and with the orders we booked for our new\n'
            f'inspection line," said {name}, President and Chief Executive Officer.',
            f"CONTACT:\n{name}\nChief Financial Officer\n(617) 555-0172",
        ) == ([(name, "President and Chief Executive Officer")],
              [(name, None, "(617) 555-0172")]), name


def test_names_without_a_plain_lower_case_word_in_an_html_release() -> None:
    # (was: no quote and no contact)
    for name in _NAMES:
        assert _people(
            _HTML,
            "&#8220;Orders for our new inspection line drove the quarter,&#8221; said "
            f"{name}, Harbor Light&#8217;s chief executive officer.",
            f"{name}<br>Investor Relations<br>(617) 555-0172<br>ir@harborlight.com",
        ) == ([(name, "chief executive officer")], [(name, None, "(617) 555-0172")]), name


def test_firms_and_places_so_spelt_stay_no_people() -> None:
    # the person is the speaker and contact, the firm their organization
    for firm in ("St. Jude Medical", "McDonald's Corporation", "LaSalle Bank",
                 "O'Melveny & Myers", "IBM", "St. Paul Companies"):
        assert _people(
            _TEXT,
            f'"We had a strong quarter," said Michelle Green, president of {firm}.',
            f"CONTACT:\nMichelle Green\n{firm}\n(617) 555-0172",
        ) == ([("Michelle Green", f"president of {firm}")],
              [("Michelle Green", firm, "(617) 555-0172")]), firm
    # a firm "saying" something is no speaker, and "St." no role (was: speaker "Jude Medical",
    # role "St"; "Paul Companies", "St")
    for firm in ("St. Jude Medical", "St. Paul Companies", "IBM", "LaSalle Bank"):
        assert _people(_TEXT, f'"We had a strong quarter," said {firm}.', "")[0] == [], firm
