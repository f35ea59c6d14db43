"""Names round 37: surnames printed with their particle run in before a capital ("DeAngelis",
"LeBlanc", "DiMarco", "VanDyke", "LaRue", "DuBois") are names, for quotes and contacts, in
1990s text and 2010s HTML exhibits; firms so spelt ("DeVry University") stay firms."""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from support import submission

# A 1990s 8-K in its SGML envelope: the report, then its press release as EX-99.1.
_TEXT_REPORT = """                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

                                    FORM 8-K

                                 CURRENT REPORT

Date of Report (Date of earliest event reported): March 1, 1999

                           ZENITH INSTRUMENTS, INC.
             (Exact name of registrant as specified in its charter)

Item 5.  Other Events

     On March 1, 1999, the Registrant issued the press release attached as
Exhibit 99.1.

                                   SIGNATURES

     Pursuant to the requirements of the Securities Exchange Act of 1934, the
registrant has duly caused this report to be signed on its behalf by the
undersigned hereunto duly authorized.

                                          ZENITH INSTRUMENTS, INC.

Date: March 2, 1999                       By: /s/ {SIGNER}
                                              ------------------------------
                                              {SIGNER}
                                              Chief Financial Officer
"""

_TEXT_RELEASE = """                                                                 EXHIBIT 99.1

ZENITH INSTRUMENTS REPORTS RECORD FOURTH QUARTER REVENUE

AUSTIN, Texas, March 1, 1999 /PRNewswire/ -- Zenith Instruments, Inc. (Nasdaq: ZNTH)
today announced revenue of $48.2 million for the fourth quarter ended December 31,
1998, up 14 percent from a year ago.

{QUOTE}

About Zenith Instruments

Zenith Instruments, Inc. designs test equipment for semiconductor makers.

{CONTACT}
"""

_TEXT = submission(_TEXT_REPORT, ("EX-99.1", _TEXT_RELEASE),
                   accession="0000950109-99-001234", filed="19990302").decode()

# The same as a 2012 HTML filing: a signature table, the release's paragraphs and <br> lines.
_HTML_REPORT = """<html><body>
<p align="center"><b>UNITED STATES<br>SECURITIES AND EXCHANGE COMMISSION</b></p>
<p align="center">Washington, D.C. 20549</p>
<p align="center"><b>FORM 8-K</b></p>
<p align="center"><b>CURRENT REPORT</b></p>
<p>Date of Report (Date of earliest event reported): October 23, 2012</p>
<p align="center"><b>ZENITH INSTRUMENTS, INC.</b><br>(Exact name of registrant as specified
in its charter)</p>
<p><b>Item 2.02 Results of Operations and Financial Condition.</b></p>
<p>On October 23, 2012, the Company issued a press release, attached as Exhibit 99.1.</p>
<p align="center"><b>SIGNATURES</b></p>
<p>Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly
caused this report to be signed on its behalf by the undersigned hereunto duly authorized.</p>
<table>
<tr><td>Date: October 23, 2012</td><td>ZENITH INSTRUMENTS, INC.</td></tr>
<tr><td></td><td>By:&nbsp;/s/&nbsp;{SIGNER}</td></tr>
<tr><td></td><td>Name: {SIGNER}</td></tr>
<tr><td></td><td>Title: Chief Financial Officer</td></tr>
</table>
</body></html>"""

_HTML_RELEASE = """<html><body>
<p align="right"><b>Exhibit 99.1</b></p>
<p align="center"><b>Zenith Instruments Reports Record Third Quarter Revenue</b></p>
<p>AUSTIN, Texas, Oct. 23, 2012 (BUSINESS WIRE) -- Zenith Instruments, Inc. (NASDAQ: ZNTH)
today announced revenue of $48.2 million for the third quarter ended September 30, 2012, up
14 percent from a year ago.</p>
<p>{QUOTE}</p>
<p><b>About Zenith Instruments</b></p>
<p>Zenith Instruments, Inc. designs test equipment for semiconductor makers.</p>
<p><b>Contacts:</b></p>
<p>{CONTACT}</p>
</body></html>"""

_HTML = submission(_HTML_REPORT, ("EX-99.1", _HTML_RELEASE),
                   accession="0001193125-12-123456", filed="20121023").decode()


def _people(filing: str, quote: str, contact: str, signer: str = "John Smith") -> tuple[
        list[tuple[Any, ...]], list[tuple[Any, ...]], list[str]]:
    """(speaker, role) of each quote, (name, organization, phone) of each contact, and the
    signers' names, through the public parse."""
    text = filing.replace("{QUOTE}", quote).replace("{CONTACT}", contact)
    record = parse(text.replace("{SIGNER}", signer).encode("utf-8"), "zenith-8k.txt")
    releases = record["press_releases"]
    return ([(q["speaker"], q["role"]) for r in releases for q in r["quotes"]],
            [(c["name"], c["organization"], c["phone"]) for r in releases for c in r["contacts"]],
            [s["name"] for s in record["signatures"]])


def test_run_in_particle_surnames_in_a_text_release() -> None:
    # (was: no quote and no contact at all for any of these)
    for name in ("Robert DeAngelis", "Michelle LeBlanc", "Anthony DiMarco", "Peter VanDyke",
                 "Susan LaRue", "Mark DuBois", "Carl DeSimone", "Richard A. DeVito"):
        assert _people(
            _TEXT,
            '"We are pleased with the quarter and with the demand we see for our new\n'
            f'testers," said {name}, President and Chief Executive Officer.',
            f"CONTACT:\n{name}\nChief Financial Officer\n(512) 555-0143",
            signer=name,
        ) == ([(name, "President and Chief Executive Officer")],
              [(name, None, "(512) 555-0143")], [name]), name


def test_run_in_particle_surnames_beside_roles_and_firms() -> None:
    # the role printed before the name, PR Newswire's one-line "<name> of <firm>" contact
    assert _people(
        _TEXT,
        'Chief Executive Officer Michelle LeBlanc said, "We had a strong quarter."',
        "CONTACT: Anthony DiMarco of Zenith Instruments, 512-555-0143",
    ) == ([("Michelle LeBlanc", "Chief Executive Officer")],
          [("Anthony DiMarco", "Zenith Instruments", "512-555-0143")], ["John Smith"])
    # a suffix after the surname stays with it; "III" too
    assert _people(
        _TEXT,
        '"We had a strong quarter," said Paul DeMarco Jr., chairman.',
        "CONTACT:\nLaura DiNapoli III\n(512) 555-0143",
    ) == ([("Paul DeMarco Jr.", "chairman")], [("Laura DiNapoli III", None, "(512) 555-0143")],
          ["John Smith"])
    # a firm spelt with such a particle is no person: the person's organization instead
    assert _people(
        _TEXT,
        '"We had a strong quarter," said Michelle LeBlanc, president of DeVry University.',
        "CONTACT:\nMichelle LeBlanc\nDeVry University\n(630) 555-0143",
    ) == ([("Michelle LeBlanc", "president of DeVry University")],
          [("Michelle LeBlanc", "DeVry University", "(630) 555-0143")], ["John Smith"])


def test_run_in_particle_surnames_in_an_html_release() -> None:
    # (was: no quote and no contact)
    for name in ("Robert DeAngelis", "Anne LaFleur", "Ann Marie DeLuca"):
        assert _people(
            _HTML,
            "&#8220;Demand for our new testers drove the quarter,&#8221; said "
            f"{name}, Zenith&#8217;s chief executive officer.",
            f"{name}<br>Investor Relations<br>(512) 555-0143<br>ir@zenithinst.com",
            signer=name,
        ) == ([(name, "chief executive officer")],  # ("Zenith's" dropped)
              [(name, None, "(512) 555-0143")], [name]), name


def test_given_names_beyond_the_commonest_tell_a_person_from_a_firm() -> None:
    # a person, a firm's job, then the firm: the given name ("Neil", "Carlos", "Wei") marks
    # the person (was: speaker "Piper Jaffray", role "Neil Stern analyst")
    quote = '"Zenith is well placed for the recovery in test equipment spending,"'
    for name in ("Neil Stern", "Carlos Ruiz", "Wei Zhang"):
        assert _people(_TEXT, f"{quote} said {name} analyst Piper Jaffray.", "")[0] == [
            (name, "analyst Piper Jaffray")], name
        # the firm first still reads as a firm
        assert _people(_TEXT, f"{quote} said Piper Jaffray analyst {name}.", "")[0] == [
            (name, "Piper Jaffray analyst")], name
    # a titled contact whose surname reads as a firm's plural is a person when the given name
    # is one (was: organisation "Ms. Carmen Foods" over Carl Petersen); a firm stays a firm
    assert _people(_TEXT, "", "CONTACTS:\nMs. Carmen Foods\nCarl Petersen\n(801) 555-0100")[1] \
        == [("Carmen Foods", None, "(801) 555-0100"), ("Carl Petersen", None, "(801) 555-0100")]
    assert _people(_TEXT, "", "CONTACTS:\nMrs. Fields Brands\nCarl Petersen\n(801) 555-0100")[
        1] == [("Carl Petersen", "Mrs. Fields Brands", "(801) 555-0100")]
