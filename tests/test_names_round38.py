"""Names round 38: a middle initial printed without its stop ("John F Smith"), given names run
together ("MaryAnn", "JoAnn"), names of two-letter words ("Li Na", "Yu Xu") and the particles
"binti", "ibn" and "y" are people, for quotes, contacts and signers, in 1990s text and 2010s
HTML releases; firms whose names read as a person's ("Morgan Stanley", "Van Kampen Funds",
"Banco do Brasil") stay a contact's firm."""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from support import submission

# A 1998 8-K in its SGML envelope: the report, then its press release as EX-99.
_TEXT_REPORT = """                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

                                    FORM 8-K

                                 CURRENT REPORT

Date of Report (Date of earliest event reported): July 21, 1998

                         CASCADE MICRODEVICES, INC.
             (Exact name of registrant as specified in its charter)

Item 5.  Other Events

     On July 21, 1998, the Registrant issued the press release attached as
Exhibit 99.

                                   SIGNATURES

     Pursuant to the requirements of the Securities Exchange Act of 1934, the
registrant has duly caused this report to be signed on its behalf by the
undersigned hereunto duly authorized.

                                          CASCADE MICRODEVICES, INC.

Date: July 22, 1998                       By: /s/ {SIGNER}
                                              ------------------------------
                                              {SIGNER}
                                              Vice President, Finance
"""

_TEXT_RELEASE = """                                                                   EXHIBIT 99

CASCADE MICRODEVICES REPORTS RECORD SECOND QUARTER RESULTS

PORTLAND, Ore., July 21, 1998 /PRNewswire/ -- Cascade MicroDevices, Inc. (Nasdaq: CSMD)
today reported net sales of $31.6 million for the second quarter ended June 30, 1998,
an increase of 22 percent over the second quarter of 1997.

{QUOTE}

Cascade MicroDevices, Inc. designs and makes sensors for industrial controls.

{CONTACT}
"""

_TEXT = submission(_TEXT_REPORT, ("EX-99", _TEXT_RELEASE),
                   accession="0000891020-98-001187", filed="19980722").decode()

# The same as a 2014 HTML filing: a signature table, the release's paragraphs and <br> lines.
_HTML_REPORT = """<html><body>
<p align="center"><b>UNITED STATES<br>SECURITIES AND EXCHANGE COMMISSION</b></p>
<p align="center">Washington, D.C. 20549</p>
<p align="center"><b>FORM 8-K</b></p>
<p align="center"><b>CURRENT REPORT</b></p>
<p>Date of Report (Date of earliest event reported): July 22, 2014</p>
<p align="center"><b>CASCADE MICRODEVICES, INC.</b><br>(Exact name of registrant as
specified in its charter)</p>
<p><b>Item 2.02 Results of Operations and Financial Condition.</b></p>
<p>On July 22, 2014, the Company issued a press release, attached as Exhibit 99.1.</p>
<p align="center"><b>SIGNATURES</b></p>
<p>Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly
caused this report to be signed on its behalf by the undersigned hereunto duly authorized.</p>
<table>
<tr><td>Date: July 22, 2014</td><td>CASCADE MICRODEVICES, INC.</td></tr>
<tr><td></td><td>By:&nbsp;/s/&nbsp;{SIGNER}</td></tr>
<tr><td></td><td>Name: {SIGNER}</td></tr>
<tr><td></td><td>Title: Vice President, Finance</td></tr>
</table>
</body></html>"""

_HTML_RELEASE = """<html><body>
<p align="right"><b>Exhibit 99.1</b></p>
<p align="center"><b>Cascade MicroDevices Reports Record Second Quarter Results</b></p>
<p>PORTLAND, Ore., July 22, 2014 (GLOBE NEWSWIRE) -- Cascade MicroDevices, Inc. (NASDAQ: CSMD)
today reported net sales of $31.6 million for the second quarter ended June 30, 2014, an
increase of 22 percent over the second quarter of 2013.</p>
<p>{QUOTE}</p>
<p><b>About Cascade MicroDevices</b></p>
<p>Cascade MicroDevices, Inc. designs and makes sensors for industrial controls.</p>
<p><b>Investor Contact:</b></p>
<p>{CONTACT}</p>
</body></html>"""

_HTML = submission(_HTML_REPORT, ("EX-99.1", _HTML_RELEASE),
                   accession="0001193125-14-271828", filed="20140722").decode()


def _people(filing: str, quote: str, contact: str, signer: str = "John Smith") -> tuple[
        list[tuple[Any, ...]], list[tuple[Any, ...]], list[str]]:
    """(speaker, role) of each quote, (name, organization, phone) of each contact, and the
    signers' names, through the public parse."""
    text = filing.replace("{QUOTE}", quote).replace("{CONTACT}", contact)
    record = parse(text.replace("{SIGNER}", signer).encode("utf-8"), "cascade-8k.txt")
    releases = record["press_releases"]
    return ([(q["speaker"], q["role"]) for r in releases for q in r["quotes"]],
            [(c["name"], c["organization"], c["phone"]) for r in releases for c in r["contacts"]],
            [s["name"] for s in record["signatures"]])


_NAMES = ("John F Smith", "Karen M Walsh", "MaryAnn Kowalski", "JoAnn Rivera",
          "LeeAnn Carter", "Li Na", "Bo Li", "Yu Xu", "Siti Aishah binti Ahmad",
          "Khalid ibn Rashid", "Jose Ortega y Gasset")


def test_names_once_read_as_no_person_in_a_text_release() -> None:
    # (was: no quote and no contact for any of these)
    for name in _NAMES:
        assert _people(
            _TEXT,
            '"Orders for our pressure sensors were strong in every region during the\n'
            f'quarter," said {name}, President and Chief Executive Officer.',
            f"CONTACT:\n{name}\nVice President, Finance\n(503) 555-0188",
            signer=name,
        ) == ([(name, "President and Chief Executive Officer")],
              [(name, None, "(503) 555-0188")], [name]), name


def test_names_once_read_as_no_person_in_an_html_release() -> None:
    # (was: no quote and no contact)
    for name in _NAMES:
        assert _people(
            _HTML,
            "&#8220;Orders for our pressure sensors were strong in every region,&#8221; said "
            f"{name}, Cascade&#8217;s chief executive officer.",
            f"{name}<br>Investor Relations<br>(503) 555-0188<br>ir@cascademicro.com",
            signer=name,
        ) == ([(name, "chief executive officer")], [(name, None, "(503) 555-0188")],
              [name]), name


def test_names_in_a_contact_block_typed_in_capitals() -> None:
    # (was: no contact)
    for name in ("JOHN F SMITH", "MARYANN KOWALSKI", "LI NA"):
        assert _people(_TEXT, "", f"CONTACT:  {name}\n          VICE PRESIDENT, FINANCE\n"
                                  "          (503) 555-0188")[1] == [
            (name, None, "(503) 555-0188")], name


def test_a_bare_capital_inside_no_name_stays_no_person() -> None:
    # only after a given name is a lone capital an initial: the share class is no contact
    assert _people(_TEXT, "", "CONTACT:\nJohn F Smith\nClass A Common\n(503) 555-0188")[1] == [
        ("John F Smith", "Class A Common", "(503) 555-0188")]


def test_firms_named_like_people_are_a_contacts_firm() -> None:
    # the firm line under the person is her firm (was: a second contact named by the firm)
    for firm in ("Morgan Stanley", "Goldman Sachs", "Piper Jaffray", "Wells Fargo",
                 "Lehman Brothers", "Van Kampen Funds", "Sharon Merrill", "Banco do Brasil",
                 "Grupo Televisa"):
        assert _people(_TEXT, "", f"CONTACT:\nMichelle Green\n{firm}\n(617) 555-0172")[1] == [
            ("Michelle Green", firm, "(617) 555-0172")], firm
    # an analyst of such a firm is still quoted, with the firm as her role
    assert _people(
        _TEXT, '"We think the stock is undervalued at these levels," said Morgan Stanley '
               "analyst Jane Doe.", "")[0] == [("Jane Doe", "Morgan Stanley analyst")]
    # a founder whose firm bears his name is left a person
    assert _people(
        _TEXT, '"Our clients had a record quarter," said Charles Schwab, founder and chairman.',
        "")[0] == [("Charles Schwab", "founder and chairman")]


def test_spanish_firm_joined_by_y_is_a_contacts_firm() -> None:
    # "y" joins surnames ("Ortega y Gasset"), not a firm's words (was: a second contact)
    for firm in ("Garcia y Asociados", "Ruiz y Cia"):
        assert _people(_TEXT, "", f"CONTACT:\nMichelle Green\n{firm}\n(617) 555-0172")[1] == [
            ("Michelle Green", firm, "(617) 555-0172")], firm


def test_surname_saint_at_the_end_is_a_person() -> None:
    # "Saint" opening the words marks a firm; last, it is a surname (was: no contact, and
    # the quote's speaker cut to "Eva Marie")
    name = "Eva Marie Saint"
    assert _people(
        _TEXT,
        '"Orders for our pressure sensors were strong in every region during the\n'
        f'quarter," said {name}, President and Chief Executive Officer.',
        f"CONTACT:\n{name}\nVice President, Finance\n(503) 555-0188",
    )[:2] == ([(name, "President and Chief Executive Officer")],
              [(name, None, "(503) 555-0188")])
    # ... and opening them still a firm's
    assert _people(_TEXT, "", "CONTACT:\nMichelle Green\nSaint Gobain\n(617) 555-0172")[1] == [
        ("Michelle Green", "Saint Gobain", "(617) 555-0172")]
