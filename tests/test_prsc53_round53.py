"""Press-release contacts (round 53): of two runs around a dash that both read as names, and
no common given name to tell them apart ("Sears Roebuck - Edgar McDougal"), the firm is told
by the block: a middle initial in the person's ("Edgar P. McDougal"), an e-mail or web domain
spelling the firm ("apple.com"), the e-mail a mailbox of the person's name ("rhamilton@"),
or the firm printed again before another person; a region or a place before the dash
("Europe - Angela Chen") is the contact's role, as "Europe: Angela Chen" prints it; after an
officer's title ("VP/CFO", "Chief Financial Officer"), "of" and a firm's name with no legal
form ("of Pericom") is the organisation, whatever the number's shape.

The excerpts edit real contact blocks: Sears, Roebuck and Co.'s 2004 PR Newswire trailer
(Edgar P. McDougal, Scott A. Bohaboy), Apple Computer's 1999 press contact (Rhona
Hamilton), Pericom Semiconductor's 2006 block (Alex Hui, Angela Chen) and its 2005 trailer
(Mike Craighead), each into a shape other releases print.
"""

from __future__ import annotations

import time

from filing2json.parsers.sections.press_contacts import contacts_in
from support import FILINGS, edited_record, pericom_contacts

_Brief = list[tuple[str | None, ...]]

_SEARS = "8k_2004_searsroebuckandco_1.txt"
# the trailer and its web site lines (the site would spell "Sears" for every edit)
_SEARS_TAIL = (
    "    /CONTACT:  News Media Contact, Edgar P. McDougal, +1-847-286-9669, or\n"
    "Investor Contact, Scott A. Bohaboy, +1-847-286-7419, both of Sears, Roebuck\n"
    "and Co./\n    /Web site:  http://www.sears.com\n"
    "                http://www.sears.com/investors /")
_APPLE = "8k_1999_applecomputerinc_1.txt"
_APPLE_BLOCK = ("Press Contact:\n       Rhona Hamilton\n       Apple Computer, Inc.\n"
                "       (408) 974-6439\n       hamiton@apple.com")
_PERICOM_2005 = "8k_2005_pericomsemiconductorco_8.txt"
_PERICOM_2005_TAIL = (
    "SOURCE  Pericom Semiconductor Corporation\n"
    "     -0-                             08/02/2005\n"
    "     /CONTACT:  Mike Craighead, VP/Chief Financial Officer of Pericom,\n"
    "+1-408-435-0800/\n     /Web site:  http://www.pericom.com /")


def _edited(name: str, old: str, new: str) -> _Brief:
    """The contacts of a corpus filing with ``old`` printed as ``new``."""
    releases = edited_record(FILINGS / name, {old: new})["press_releases"]
    return [(c["name"], c["organization"], c["role"], c["phone"], c["email"])
            for release in releases for c in release["contacts"]]


def _sears(block: str) -> _Brief:
    return _edited(_SEARS, _SEARS_TAIL, block)


def _apple(block: str) -> _Brief:
    return _edited(_APPLE, _APPLE_BLOCK, block)


def _pericom(block: str) -> _Brief:
    return [(c["name"], c["organization"], c["role"], c["phone"]) for c in pericom_contacts(block)]


def test_a_middle_initial_tells_the_person_after_the_dash() -> None:
    # edited: Sears' trailer as a one-line "CONTACT:" record, the firm first and a dash
    # (was: "Sears Roebuck" the person, "Edgar P. McDougal" the firm)
    assert _sears("CONTACT:  Sears Roebuck - Edgar P. McDougal, 847-286-9669\n") == [
        ("Edgar P. McDougal", "Sears Roebuck", None, "847-286-9669", None)]
    assert _sears("CONTACT:\nSears Roebuck - Edgar P. McDougal\n847-286-9669\n") == [
        ("Edgar P. McDougal", "Sears Roebuck", None, "847-286-9669", None)]
    # the person first reads as before
    assert _sears("CONTACT:\nEdgar P. McDougal - Sears Roebuck, 847-286-9669\n") == [
        ("Edgar P. McDougal", "Sears Roebuck", None, "847-286-9669", None)]


def test_the_firm_printed_before_two_people() -> None:
    # (was: "Sears Roebuck" the person, of the firm "Edgar McDougal"; Scott is a common
    # given name, so the second row read right)
    assert _sears("CONTACT:\nSears Roebuck - Edgar McDougal, 847-286-9669\n"
                  "Sears Roebuck - Scott Bohaboy, 847-286-7419\n") == [
        ("Edgar McDougal", "Sears Roebuck", None, "847-286-9669", None),
        ("Scott Bohaboy", "Sears Roebuck", None, "847-286-7419", None)]
    # one person printed twice, with the firm's two spellings, stays the person
    assert [(c["name"], c["organization"]) for c in contacts_in([
        "CONTACT:", "Edgar McDougal, Sears Roebuck, 847-286-9669",
        "Edgar McDougal, Sears, Roebuck and Co., 847-286-9669"])] == [
        ("Edgar McDougal", "Sears Roebuck")]


def test_an_email_tells_the_firm_from_the_person() -> None:
    # edited: Apple's 1999 block with its firm before a dash on the name's line ("Rhona" is
    # no common given name; was: "Apple Computer" the person, of the firm "Rhona Hamilton")
    assert _apple("Press Contact:\n       Apple Computer - Rhona Hamilton\n"
                  "       (408) 974-6439\n       hamiton@apple.com") == [
        ("Rhona Hamilton", "Apple Computer", "Press Contact", "(408) 974-6439",
         "hamiton@apple.com")]  # (the domain spells "Apple")
    for mailbox in ("rhamilton@mac.com", "rhona.hamilton@mac.com"):  # (her mailbox)
        assert _apple("Press Contact:\n       Apple Computer - Rhona Hamilton\n"
                      f"       (408) 974-6439\n       {mailbox}") == [
            ("Rhona Hamilton", "Apple Computer", "Press Contact", "(408) 974-6439", mailbox)]
    # (the role after the name, the whole record on one line)
    assert _apple("Press Contact: Apple Computer - Rhona Hamilton, Director, "
                  "(408) 974-6439, hamiton@apple.com") == [
        ("Rhona Hamilton", "Apple Computer", "Director", "(408) 974-6439",
         "hamiton@apple.com")]
    # a firm's own mailbox spells no person: "John Smith, President" / "Nevada Minerals,
    # ..., nevadaminerals@aol.com" stays as it reads
    assert [(c["name"], c["organization"]) for c in contacts_in([
        "Contact:", "Rhona Hamilton, Director", "Nevada Minerals, (775) 555-1234, "
        "nevadaminerals@aol.com"])] == [("Rhona Hamilton", "Nevada Minerals")]


def test_a_region_before_the_dash_is_the_role() -> None:
    # edited: Pericom's 2006 block with its two people each under a region (was: no
    # contact; "Asia Pacific" a person)
    assert _pericom("CONTACT:\nU.S. - Alex Hui, 408-435-0800\n"
                    "Europe - Angela Chen, +44 20 7555 0100\n") == [
        ("Alex Hui", None, "U.S.", "408-435-0800"),
        ("Angela Chen", None, "Europe", "+44 20 7555 0100")]
    assert _pericom("CONTACT: Europe - Angela Chen, 408-435-0800\n") == [
        ("Angela Chen", None, "Europe", "408-435-0800")]
    assert _pericom("CONTACT:\nAsia Pacific - Angela Chen\nTel: 408-435-0800\n") == [
        ("Angela Chen", None, "Asia Pacific", "408-435-0800")]
    # (was: "London" her firm)
    assert _pericom("CONTACT:\nLondon - Angela Chen, +44 20 7555 0100\n") == [
        ("Angela Chen", None, "London", "+44 20 7555 0100")]
    # a firm before the dash stays the organisation
    assert _pericom("CONTACT: Pericom - Angela Chen, 408-435-0800\n") == [
        ("Angela Chen", "Pericom", None, "408-435-0800")]


def test_the_firm_after_an_officers_title() -> None:
    # edited: Pericom's 2005 trailer as a "CONTACT:" record with a bracketed area code (was:
    # "VP/Chief Financial Officer of Pericom" the role, no organisation)
    assert _edited(_PERICOM_2005, _PERICOM_2005_TAIL, "CONTACT:  Mike Craighead, VP/Chief "
                   "Financial Officer of Pericom,\n(408) 435-0800\n\nSOURCE  Pericom "
                   "Semiconductor Corporation") == [
        ("Mike Craighead", "Pericom", "VP/Chief Financial Officer", "(408) 435-0800", None)]
    assert _pericom("CONTACT: Alex Hui, VP/CFO of Pericom, (408) 435-0800\n") == [
        ("Alex Hui", "Pericom", "VP/CFO", "(408) 435-0800")]
    assert _pericom("CONTACT:\nAlex Hui, President and CEO of Pericom Semiconductor\n"
                    "(408) 435-0800\n") == [
        ("Alex Hui", "Pericom Semiconductor", "President and CEO", "(408) 435-0800")]
    # a department, a region or a segment after "of" stays in the role
    for role in ("Vice President of Manufacturing", "Chief Executive Officer of North America",
                 "CEO of Retail Banking", "Director of Investor Relations"):
        assert _pericom(f"CONTACT: Alex Hui, {role}, (408) 435-0800\n") == [
            ("Alex Hui", None, role, "(408) 435-0800")], role


def test_long_dashed_rows_parse_fast() -> None:
    rows = ["CONTACT:", "Sears Roebuck - " * 12_000 + "Edgar P. McDougal, 847-286-9669",
            "Sears Roebuck - Edgar McDougal, " + "VP/CFO of Pericom " * 10_000]
    start = time.process_time()
    contacts_in(rows)
    assert time.process_time() - start < 5.0  # (quadratic: minutes)
