"""Press-release contacts (round 47): people named one a line over as many numbers, one a line,
take one each; "both of <firm>" and "both at <firm or number>" after people are shared by all
of them, no firm, job or role of the last.

Each test edits the contact block of Pericom Semiconductor's 2006 8-K (a corpus filing:
"CONTACT:" / "Pericom Semiconductor Corporation" / "Alex Hui/Angela Chen" / "Tel:
408-435-0800" / "ahui@pericom.com/achen@pericom.com") into a shape other releases print.
"""

from __future__ import annotations

from support import PERICOM_BLOCK, pericom_contacts

_BLOCK = PERICOM_BLOCK

_Brief = list[tuple[str | None, ...]]


def _contacts(block: str) -> _Brief:
    """The contacts of Pericom's release with its contact block printed as ``block``."""
    return [(c["name"], c["organization"], c["role"], c["phone"], c["email"])
            for c in pericom_contacts(block)]


_ORG = "Pericom Semiconductor Corporation"


def test_the_filing_as_printed() -> None:
    assert _contacts(_BLOCK) == [
        ("Alex Hui", _ORG, None, "408-435-0800", "ahui@pericom.com"),
        ("Angela Chen", _ORG, None, "408-435-0800", "achen@pericom.com"),
    ]


def test_names_one_a_line_over_a_number_each() -> None:
    # was: both "408-435-0800" and the second number lost
    assert _contacts("CONTACT:\nPericom Semiconductor Corporation\nAlex Hui\nAngela Chen\n"
                     "408-435-0800\n408-435-0801\n") == [
        ("Alex Hui", _ORG, None, "408-435-0800", None),
        ("Angela Chen", _ORG, None, "408-435-0801", None),
    ]
    # the firm printed between the names and the numbers, a job under each name
    assert _contacts("CONTACT:\nAlex Hui\nAngela Chen\nPericom Semiconductor Corporation\n"
                     "(408) 435-0800\n(408) 435-0801\n") == [
        ("Alex Hui", _ORG, None, "(408) 435-0800", None),
        ("Angela Chen", _ORG, None, "(408) 435-0801", None),
    ]
    assert _contacts("CONTACT:\nAlex Hui\nChief Executive Officer\nAngela Chen\n"
                     "Chief Financial Officer\n408-435-0800\n408-435-0801\n") == [
        ("Alex Hui", None, "Chief Executive Officer", "408-435-0800", None),
        ("Angela Chen", None, "Chief Financial Officer", "408-435-0801", None),
    ]


def test_names_one_a_line_with_e_mails_in_another_order() -> None:
    # each e-mail spells its person's name; the one number is shared
    assert _contacts("CONTACT:\nPericom Semiconductor Corporation\nAlex Hui\nAngela Chen\n"
                     "408-435-0800\n408-435-0801\nachen@pericom.com\nahui@pericom.com\n") == [
        ("Alex Hui", _ORG, None, "408-435-0800", "ahui@pericom.com"),
        ("Angela Chen", _ORG, None, "408-435-0801", "achen@pericom.com"),
    ]
    assert _contacts("CONTACT:\nPericom Semiconductor Corporation\nAlex Hui\nAngela Chen\n"
                     "Tel: 408-435-0800\nachen@pericom.com\nahui@pericom.com\n") == [
        ("Alex Hui", _ORG, None, "408-435-0800", "ahui@pericom.com"),
        ("Angela Chen", _ORG, None, "408-435-0800", "achen@pericom.com"),
    ]


def test_captioned_lines_under_names_one_a_line_stay_as_before() -> None:
    # "Office:" / "Cell:" may be one person's two lines: no one each (the first shared)
    assert _contacts("CONTACT:\nPericom Semiconductor Corporation\nAlex Hui\nAngela Chen\n"
                     "Office: 408-435-0800\nCell: 408-555-0190\n") == [
        ("Alex Hui", _ORG, None, "408-435-0800", None),
        ("Angela Chen", _ORG, None, "408-435-0800", None),
    ]
    # nor a number labelled after it ("408-435-0801 fax" is no second person's phone)
    assert _contacts("CONTACT:\nPericom Semiconductor Corporation\nAlex Hui\nAngela Chen\n"
                     "408-435-0800\n408-435-0801 fax\n") == [
        ("Alex Hui", _ORG, None, "408-435-0800", None),
        ("Angela Chen", _ORG, None, "408-435-0800", None),
    ]


def test_both_of_a_firm_after_two_names() -> None:
    # was: organisation "both of Pericom Semiconductor Corporation"
    assert _contacts("CONTACT: Alex Hui or Angela Chen, both of Pericom Semiconductor "
                     "Corporation, (408) 435-0800\n") == [
        ("Alex Hui", _ORG, None, "(408) 435-0800", None),
        ("Angela Chen", _ORG, None, "(408) 435-0800", None),
    ]


def test_both_at_a_number_or_a_firm() -> None:
    # was: role "both" for each
    assert _contacts("CONTACT: Alex Hui or Angela Chen, both at (408) 435-0800\n") == [
        ("Alex Hui", None, None, "(408) 435-0800", None),
        ("Angela Chen", None, None, "(408) 435-0800", None),
    ]
    # PR Newswire's record, each with a job: was role "Chief Financial Officer, both"
    assert _contacts("CONTACT: Alex Hui, Chief Executive Officer, or Angela Chen, Chief "
                     "Financial Officer, both at +1-408-435-0800\n") == [
        ("Alex Hui", None, "Chief Executive Officer", "+1-408-435-0800", None),
        ("Angela Chen", None, "Chief Financial Officer", "+1-408-435-0800", None),
    ]
    # was: Angela Chen's organisation "both at Pericom ...", none for Alex Hui
    assert _contacts("CONTACT: Alex Hui, Chief Executive Officer, or Angela Chen, Chief "
                     "Financial Officer, both at Pericom Semiconductor Corporation, "
                     "+1-408-435-0800\n") == [
        ("Alex Hui", _ORG, "Chief Executive Officer", "+1-408-435-0800", None),
        ("Angela Chen", _ORG, "Chief Financial Officer", "+1-408-435-0800", None),
    ]


def test_three_people_listed_before_or() -> None:
    # "A, B or C, all of <firm>, <number>": was one contact, Alex Hui, whose organisation was
    # "John Chen or Angela Chen, all of Pericom Semiconductor Corporation"
    assert _contacts("CONTACT: Alex Hui, John Chen or Angela Chen, all of Pericom Semiconductor "
                     "Corporation, (408) 435-0800\n") == [
        ("Alex Hui", _ORG, None, "(408) 435-0800", None),
        ("John Chen", _ORG, None, "(408) 435-0800", None),
        ("Angela Chen", _ORG, None, "(408) 435-0800", None),
    ]
    assert [c[0] for c in _contacts("CONTACT: Alex Hui, John Chen, Mary Major or Angela Chen, "
                                    "(408) 435-0800\n")] == [
        "Alex Hui", "John Chen", "Mary Major", "Angela Chen"]
    # a role holding "and" is no list of people
    assert _contacts("CONTACT: Alex Hui, Vice President, Sales and Marketing, (408) 435-0800\n"
                     ) == [("Alex Hui", None, "Vice President, Sales and Marketing",
                            "(408) 435-0800", None)]
