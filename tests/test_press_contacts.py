"""press_contacts shortcuts give what the plain per-line rules give, on the real corpus.

Expected values were read off the seed 8-Ks (the "Contact:" lines near their ends).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from filing2json.parsers.sections.patterns import SIGNATURE_HEADING
from filing2json.parsers.sections.press_contacts import (
    _BLOCK_END,
    _LABELS,
    _cut_labels,
    _heading_cells,
    _lone_role,
    _strip_junk,
    contact_block_end,
    contact_heading_lines,
    find_contacts,
    heading_role,
)
from filing2json.parsers.sections.press_patterns import (
    ABOUT_HEADING,
    END_MARK,
    FURNITURE,
    ITEM_HEADING,
    NOTE_TO_EDITORS,
    SEPARATOR,
)
from support import FILING_FILES as FILINGS
from support import SEED_FILES as SEEDS
from support import filing

# What _strip_junk stands for: the regex it replaced.
_JUNK_RE = re.compile(r"^[\s,;:/|\u2022\u00b7-]+|[\s,;:/|\u2022\u00b7-]+$")


@cache
def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8", errors="replace").replace("\r", "").split("\n")


def test_seed_contact_headings() -> None:
    got = [[_lines(p)[i] for i in contact_heading_lines(_lines(p))] for p in SEEDS]
    assert got == [
        ["Contact:"],
        ["Contact:\tJohn Dinsmore \t\t\t \tJohn Pittenger"],
        ["Contact: John Pittenger"],
        ["Finance Contact: John Pittenger", "Media Contact: Alan Russell"],
    ]
    assert contact_heading_lines(_lines(SEEDS[3]), 121, 200) == [126]
    assert contact_heading_lines(_lines(SEEDS[3]), -30) == [120, 126]  # as a slice


@pytest.mark.parametrize("path", SEEDS + FILINGS, ids=lambda p: p.name)
def test_contact_heading_lines_is_heading_role_per_line(path: Path) -> None:
    lines = _lines(path)
    assert contact_heading_lines(lines) == [
        i for i, line in enumerate(lines)
        if heading_role(line) is not None or _heading_cells(line) is not None
        or _lone_role(lines, i)
    ]


def test_block_end_pattern_and_block_ends() -> None:
    plain = [SIGNATURE_HEADING, ITEM_HEADING, NOTE_TO_EDITORS, ABOUT_HEADING, END_MARK,
             SEPARATOR, *(p for _, p in FURNITURE)]  # fmt: skip
    for path in SEEDS + FILINGS[:30]:
        for line in _lines(path):
            s = line.strip()
            assert bool(_BLOCK_END.match(s)) == any(p.match(s) for p in plain), s
    # seed 003: "Finance Contact: John Pittenger" (line 120) runs over one blank line and
    # "Media Contact: Alan Russell" (126) to "<PAGE>" (131), page furniture
    lines = _lines(SEEDS[3])
    assert lines[131] == "<PAGE>"
    assert [contact_block_end(lines, i) for i in (120, 126)] == [131, 131]


def test_cell_cleaning_is_the_regexes() -> None:
    cells = {c for p in SEEDS + FILINGS[:30] for line in _lines(p) for c in re.split(r"\t+", line)}
    cells |= {" , - Jan\u00a0", "\n\u2022 x \u00b7\n", "Fax:", "pitt@ctcnet.com (e)", "WEBSITE"}
    for cell in cells:
        assert _strip_junk(cell) == _JUNK_RE.sub("", cell), cell
        assert _cut_labels(cell) == _LABELS.sub(" ", cell), cell


def test_names_joined_by_or_share_the_organisation_and_phone() -> None:
    # PR Newswire trailer of Pericom 2006: "/CONTACT:  Alexis Pascal, alexis@stapleton.com, or
    # Deborah Stapleton, deb@stapleton.com, of Stapleton Communications, +1-650-470-0200, for
    # Pericom Semiconductor Corporation/"
    (release,) = filing("8k_2006_pericomsemiconductorco_5.txt")["press_releases"]
    assert [(c["name"], c["email"], c["organization"], c["phone"])
            for c in release["contacts"]] == [
        ("Alexis Pascal", "alexis@stapleton.com", "Stapleton Communications", "+1-650-470-0200"),
        ("Deborah Stapleton", "deb@stapleton.com", "Stapleton Communications",
         "+1-650-470-0200"),
    ]


def test_an_e_mail_spelt_with_a_short_first_name_finds_its_owner() -> None:
    # Asta Funding 2004: "Stephen D. Axelrod, CFA" and "Andria Arena (Media)" share a column
    # ending in "steve@wolfeaxelrod.com": Stephen's, not the last one named
    (release,) = filing("8k_2004_astafundinginc_5.txt")["press_releases"]
    emails = {c["name"]: c["email"] for c in release["contacts"]}
    assert (emails["Stephen D. Axelrod"], emails["Andria Arena"]) == (
        "steve@wolfeaxelrod.com", None)
    # ", CFA" after his name is a credential, not a role; "(Media)" after hers is a role
    roles = {c["name"]: c["role"] for c in release["contacts"]}
    assert (roles["Stephen D. Axelrod"], roles["Andria Arena"]) == (None, "Media")


def _contact(name, organization, role, phone, email=None):
    return {"name": name, "organization": organization, "role": role, "phone": phone,
            "email": email, "url": None}


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        # PR Newswire's later trailer prints no slashes: "CONTACT: <name> of <company>, phone"
        # (here with the names and number of Pericom 2005's slashed trailer)
        ("CONTACT: Patrick B. Brennan of Pericom Semiconductor Corporation, +1-408-435-0800",
         [_contact("Patrick B. Brennan", "Pericom Semiconductor Corporation", None,
                   "+1-408-435-0800")]),
        # "<name>, <company>": a company's legal form ends the cell, so it is no role
        ("CONTACT: Edgar P. McDougal, Sears, Roebuck and Co., +1-847-286-9669",
         [_contact("Edgar P. McDougal", "Sears, Roebuck and Co.", None, "+1-847-286-9669")]),
        ("CONTACT: Mitchell Herman, CFO, Asta Funding, Inc., 201-567-5648",
         [_contact("Mitchell Herman", "Asta Funding, Inc.", "CFO", "201-567-5648")]),
        # a department is part of the role, not an organisation
        ("Contact: Patrick B. Brennan, VP, Investor Relations, +1-408-435-0800",
         [_contact("Patrick B. Brennan", None, "VP, Investor Relations", "+1-408-435-0800")]),
        # "Contact Information:" opens a block as "Contact:" does
        ("Contact Information:\nJohn Dinsmore\nFeldman Communications Inc.\n410-571-8900 (t)",
         [_contact("John Dinsmore", "Feldman Communications Inc.", None, "410-571-8900")]),
    ],
)
def test_contact_lines_of_newswire_trailers(block: str, expected: list) -> None:
    assert find_contacts(block) == expected


def test_contact_information_heading_is_a_plain_heading() -> None:
    assert heading_role("Contact Information:") == (None, " " * 20)
    # the role reads as "Media Contact:" gives it
    assert heading_role("Media Contact Information:")[0] == heading_role("Media Contact:")[0] \
        == "Media Contact"


def test_a_department_line_under_a_name_is_the_role() -> None:
    # Asta Funding's two contact columns, the agency's with its "Investor Relations" line:
    # the department is Stephen D. Axelrod's role, the agency below it his organisation
    block = ("Contacts:\n"
             "Mitchell Herman                    Stephen D. Axelrod\n"
             "Chief Financial Officer            Investor Relations\n"
             "Asta Funding, Inc.                 Wolfe Axelrod Weinberger Assoc. LLC\n"
             "(201) 567-5648                     (212) 370-4500\n")
    assert find_contacts(block) == [
        _contact("Mitchell Herman", "Asta Funding, Inc.", "Chief Financial Officer",
                 "(201) 567-5648"),
        _contact("Stephen D. Axelrod", "Wolfe Axelrod Weinberger Assoc. LLC",
                 "Investor Relations", "(212) 370-4500"),
    ]


def test_a_department_before_the_name_is_the_role() -> None:
    # PR Newswire's closing line (laid out as the wire prints it): the department first
    assert find_contacts("For further information: Investor Relations, Dana White, "
                         "312-555-0110, investors@widgetco.com") == [
        _contact("Dana White", None, "Investor Relations", "312-555-0110",
                 "investors@widgetco.com")]
    # the department on its own line above the name is no organisation
    assert find_contacts("Contact:\nInvestor Relations\nDana White\n312-555-0110") == [
        _contact("Dana White", None, "Investor Relations", "312-555-0110")]


def test_a_role_alone_over_a_name_and_a_phone_heads_a_group() -> None:
    # no colon: "Investor Relations" / "Jane Doe" / phone, a blank line above each group
    tail = ("Revenue for the quarter was $10.2 million, up 12 percent.\n\n"
            "Investor Relations\nJane Doe\n(408) 555-1212\nir@acme.com\n\n"
            "Media\nJohn Roe\nRoe PR\n(212) 555-0000\n")
    assert find_contacts(tail) == [
        _contact("Jane Doe", None, "Investor Relations", "(408) 555-1212", "ir@acme.com"),
        _contact("John Roe", "Roe PR", "Media", "(212) 555-0000")]
    # under a name the word is that person's job; over a paragraph it is a section's heading
    assert find_contacts("Contact:\nJane Doe\nInvestor Relations\n(408) 555-1212\n\n"
                         "John Roe\nMedia\n(212) 555-0000\n") == [
        _contact("Jane Doe", None, "Investor Relations", "(408) 555-1212"),
        _contact("John Roe", None, "Media", "(212) 555-0000")]
    assert find_contacts("Investor Relations\n\nAcme will host a call today at 5 p.m. "
                         "Eastern. Dial (800) 555-1212 to listen.\n") == []
    assert find_contacts("Investor Relations\nAcme will host a call today at 5 p.m.\n"
                         "Dial (800) 555-1212 to listen.\n") == []


def test_a_cells_lines_run_together_are_read_apart() -> None:
    # an HTML cell "Contact: Jane Doe<br>Acme Corp.<br>(408) ...<br>jdoe@..." renders as one
    # line, beside the "FOR IMMEDIATE RELEASE" cell
    assert find_contacts("FOR IMMEDIATE RELEASE\tContact: Jane Doe Acme Corp. (408) 555-1212 "
                         "jdoe@acme.com") == [
        _contact("Jane Doe", "Acme Corp.", None, "(408) 555-1212", "jdoe@acme.com")]
    assert find_contacts("Contact: Jane A. Doe Vice President, Investor Relations "
                         "(408) 555-1212") == [
        _contact("Jane A. Doe", None, "Vice President, Investor Relations", "(408) 555-1212")]


def test_an_organisation_above_the_groups_stands_for_each() -> None:
    # Business Wire's "Contacts" block (laid out as the wire prints it): the company first,
    # then one heading per group; a group naming its own agency keeps it
    block = ("Contacts\n"
             "Zenith Financial Corp.\n"
             "Media:\n"
             "Brunswick Group\n"
             "Ann Lee, 213-555-0188\n"
             "\n"
             "Investor Relations:\n"
             "Paul Green, 213-555-0177\n")
    assert find_contacts(block) == [
        _contact("Ann Lee", "Brunswick Group", "Media", "213-555-0188"),
        _contact("Paul Green", "Zenith Financial Corp.", "Investor Relations", "213-555-0177"),
    ]


@pytest.mark.parametrize(("block", "expected"), [
    # A 1990s wire release's block (laid out as such releases print it): no row names two
    # people, but the two columns start at the same places on every row
    ("Contact:  Robert J. Smith                       Investor Relations:\n"
     "          Chief Financial Officer               Linda Park\n"
     "          (217) 555-1212                        The Park Group\n"
     "                                                (312) 555-4400\n",
     [("Robert J. Smith", None, "Chief Financial Officer", "(217) 555-1212"),
      ("Linda Park", "The Park Group", "Investor Relations", "(312) 555-4400")]),
    # one heading over each column on the first row (as 1990s releases print it too): the
    # second heading was read as the first column's role and the second's organisation
    ("COMPANY CONTACT:                        INVESTOR CONTACT:\n"
     "Robert Smith                            Mary Jones\n"
     "Chief Financial Officer                 The Investor Group\n"
     "(303) 555-1212                          (212) 555-3434\n",
     [("Robert Smith", None, "Chief Financial Officer", "(303) 555-1212"),
      ("Mary Jones", "The Investor Group", "INVESTOR CONTACT", "(212) 555-3434")]),
    # an HTML release's contact table (as rendered: a row per line, cells by tabs): its
    # heading row has no colons and no "Contacts" above it; "Director, Communications" is
    # her job, not a company
    ("Investor Relations\tMedia\n"
     "Mark Ellison\tDana Ruiz\n"
     "Vice President, Investor Relations\tDirector, Communications\n"
     "(303) 555-2100\t(303) 555-2150\n",
     [("Mark Ellison", None, "Vice President, Investor Relations", "(303) 555-2100"),
      ("Dana Ruiz", None, "Director, Communications", "(303) 555-2150")]),
])
def test_columns_typed_side_by_side(block: str, expected: list[tuple]) -> None:
    assert find_contacts(block) == [_contact(*fields) for fields in expected]


def test_a_name_and_a_phone_on_each_row_are_no_two_columns() -> None:
    # the phones are no second column of people
    assert find_contacts("Contacts:\nJohn Smith       (212) 555-1212\n"
                         "Jane Doe         (212) 555-1313\n") == [
        _contact("John Smith", None, None, "(212) 555-1212"),
        _contact("Jane Doe", None, None, "(212) 555-1313"),
    ]


def test_both_of_names_the_organisation_of_everyone_on_the_line() -> None:
    # Sears 2004's PR Newswire trailer: "..., both of Sears, Roebuck and Co./" (commas in the
    # name; only the second contact got an organisation, cut to "Sears", before)
    (release,) = filing("8k_2004_searsroebuckandco_1.txt")["press_releases"]
    assert [(c["name"], c["role"], c["organization"]) for c in release["contacts"]] == [
        ("Edgar P. McDougal", "News Media Contact", "Sears, Roebuck and Co."),
        ("Scott A. Bohaboy", "Investor Contact", "Sears, Roebuck and Co."),
    ]


@pytest.mark.parametrize("line", [
    # groups named inside one line, after one "CONTACT:" heading (laid out as the wires
    # print them): a colon or a comma after the group, "; " or ", or " between groups
    "CONTACTS: Investors: John Smith, +1-212-555-1212; Media: Jane Doe, +1-212-555-1313, "
    "both of Acme Corp.",
    "CONTACT: Investors: John Smith, +1-212-555-1212, or Media: Jane Doe, +1-212-555-1313, "
    "both of Acme Corp.",
    "CONTACT: Investors, John Smith, +1-212-555-1212, or Media, Jane Doe, +1-212-555-1313, "
    "both of Acme Corp.",
    "/CONTACT: Investors, John Smith, +1-212-555-1212, or Media, Jane Doe, +1-212-555-1313, "
    "both of Acme Corp./",
])
def test_groups_named_inside_one_line(line: str) -> None:
    assert find_contacts(line) == [
        _contact("John Smith", "Acme Corp.", "Investors", "+1-212-555-1212"),
        _contact("Jane Doe", "Acme Corp.", "Media", "+1-212-555-1313"),
    ]


def test_a_trunk_zero_in_an_international_number() -> None:
    # London numbers as European releases print them: "+44 (0)20 7123 4567"
    assert find_contacts("Media Contact:\nBob Smith | +44 (0)20 7123 4567 | press@globex.com\n"
                         ) == [_contact("Bob Smith", None, "Media Contact",
                                        "+44 (0)20 7123 4567", "press@globex.com")]


@pytest.mark.parametrize("heading", [
    "For further information, please contact:", "FOR MORE INFORMATION, CONTACT:",
    "For additional information please contact",
])
def test_a_please_contact_heading(heading: str) -> None:
    # the heading ends in "contact" (a colon or not), the contact stacked under it
    block = (f"{heading}\n\nJerry W. Danni\nSenior Vice President, Corporate Affairs\n"
             "(303) 839-5060\n")
    assert find_contacts(block) == [
        _contact("Jerry W. Danni", None, "Senior Vice President, Corporate Affairs",
                 "(303) 839-5060")]


def test_contacts_named_in_a_sentence() -> None:
    # the sentence wraps; its stop and the "at" before each phone are not part of a name
    text = ("For further information, please contact Jerry W. Danni, Senior Vice President,\n"
            "Corporate Affairs, at (303) 839-5060.\n\nApex Silver is a mining company.\n")
    assert find_contacts(text) == [
        _contact("Jerry W. Danni", None, "Senior Vice President, Corporate Affairs",
                 "(303) 839-5060")]
    two = ("For more information, please contact Jane Doe at (212) 555-0100 or John Roe\n"
           "at (212) 555-0200.\n")
    assert find_contacts(two) == [_contact("Jane Doe", None, None, "(212) 555-0100"),
                                  _contact("John Roe", None, None, "(212) 555-0200")]
    # the same "at" and stop after a heading with a colon
    assert find_contacts("Contact: John Danni, Vice President, at (303) 839-5060 or "
                         "jdanni@apex.com.\n") == [
        _contact("John Danni", None, "Vice President", "(303) 839-5060", "jdanni@apex.com")]
    # no person named: no contact
    assert find_contacts("For more information, please contact Acme Investor Relations "
                         "at 555-0100.\n") == []


def test_each_cell_a_heading_and_its_person() -> None:
    # an HTML table's row, each cell "Heading:<br>name<br>role<br>phone<br>e-mail" (the
    # cell's lines joined by spaces): one contact per cell, each under its own heading
    row = ("Investor Contact: Mark Jensen Chief Financial Officer (704) 555-2000 "
           "mjensen@vanguardmills.com\tMedia Contact: Erin Walsh Walsh Communications "
           "(212) 555-7700 erin@walshcomm.com\n")
    assert find_contacts(row) == [
        _contact("Mark Jensen", None, "Chief Financial Officer", "(704) 555-2000",
                 "mjensen@vanguardmills.com"),
        _contact("Erin Walsh", "Walsh Communications", "Media Contact", "(212) 555-7700",
                 "erin@walshcomm.com"),
    ]
    # the same typed in text columns, a name after each heading
    text = ("Investor Contact: Mark Jensen             Media Contact: Erin Walsh\n"
            "Chief Financial Officer                   Walsh Communications\n"
            "(704) 555-2000                            (212) 555-7700\n")
    assert find_contacts(text) == [
        _contact("Mark Jensen", None, "Chief Financial Officer", "(704) 555-2000"),
        _contact("Erin Walsh", "Walsh Communications", "Media Contact", "(212) 555-7700"),
    ]


def test_a_cell_of_name_role_and_company_run_together() -> None:
    # "Contacts:" over two cells: a name, a role and a company, or a name and a firm
    row = ("Contacts:\nMark Jensen Chief Financial Officer Vanguard Mills, Inc. (704) 555-2000"
           "\tErin Walsh Walsh Communications (212) 555-7700 erin@walshcomm.com\n")
    assert find_contacts(row) == [
        _contact("Mark Jensen", "Vanguard Mills, Inc.", "Chief Financial Officer",
                 "(704) 555-2000"),
        _contact("Erin Walsh", "Walsh Communications", None, "(212) 555-7700",
                 "erin@walshcomm.com"),
    ]
    # a three-word name alone is still one name, not a name and a firm
    assert find_contacts("Contact:\nJohn Paul Jones (704) 555-2000\n") == [
        _contact("John Paul Jones", None, None, "(704) 555-2000")]


def test_a_firm_after_the_name_and_a_comma_is_the_organisation() -> None:
    # Business Wire's one-line contacts: "<name>, <firm>, <phone>"; a firm needs no legal form
    block = ("Contacts:\n"
             "Karen Brill, Halcyon Devices, 408-555-0142\n"
             "Todd Kessler, FTI Consulting, 212-850-5600\n")
    assert find_contacts(block) == [
        _contact("Karen Brill", "Halcyon Devices", None, "408-555-0142"),
        _contact("Todd Kessler", "FTI Consulting", None, "212-850-5600"),
    ]
    assert find_contacts("Media Contact: Lisa Moreno, Senior Vice President, Brunswick Group, "
                         "(212) 333-3810\n") == [
        _contact("Lisa Moreno", "Brunswick Group", "Senior Vice President", "(212) 333-3810")]
    # a department alone, or a job the shared role words lack, is still the role
    assert find_contacts("Contact: Dana White, Investor Relations and Corporate Communications, "
                         "(312) 555-0110\nContact: Paul Green, Controller, (312) 555-0120\n") == [
        _contact("Dana White", None, "Investor Relations and Corporate Communications",
                 "(312) 555-0110"),
        _contact("Paul Green", None, "Controller", "(312) 555-0120")]


def test_an_extension_is_part_of_the_phone() -> None:
    assert find_contacts("Contact: Gail Thompson, Treasurer, (614) 555-2300, ext. 204\n"
                         "Contact: Roy Ames, (614) 555-2300 x217\n") == [
        _contact("Gail Thompson", None, "Treasurer", "(614) 555-2300 ext. 204"),
        _contact("Roy Ames", None, None, "(614) 555-2300 x217")]


def test_letters_and_suffixes_after_the_name() -> None:
    # "Ph.D." is no "Ph." phone label; "Jr." is the name's, the role comes after it
    assert find_contacts("Contact: Susan Kline, Ph.D., Vice President, Investor Relations, "
                         "(617) 555-0190\n") == [
        _contact("Susan Kline", None, "Vice President, Investor Relations", "(617) 555-0190")]
    assert find_contacts("Contact: Robert L. Hayes, Jr., Chief Financial Officer, "
                         "(919) 555-4410\n") == [
        _contact("Robert L. Hayes, Jr.", None, "Chief Financial Officer", "(919) 555-4410")]


def test_a_mailto_link_leaves_no_role() -> None:
    # an HTML release's "mailto:" link text, rendered with the address
    assert find_contacts("Investor Contact:\nKaren Brill\n408-555-0142\n"
                         "mailto:kbrill@halcyondevices.com\n") == [
        _contact("Karen Brill", None, "Investor Contact", "408-555-0142",
                 "kbrill@halcyondevices.com")]


def test_a_firm_under_a_complete_contact_heads_the_next_name() -> None:
    # Business Wire's "Contacts" block: the company, its person, "or", the agency, its person
    block = ("Contacts\n"
             "Halcyon Devices, Inc.\n"
             "Karen Brill, 408-555-0142\n"
             "kbrill@halcyondevices.com\n"
             "or\n"
             "FTI Consulting\n"
             "Todd Kessler, 212-850-5600\n")
    assert find_contacts(block) == [
        _contact("Karen Brill", "Halcyon Devices, Inc.", None, "408-555-0142",
                 "kbrill@halcyondevices.com"),
        _contact("Todd Kessler", "FTI Consulting", None, "212-850-5600"),
    ]


def test_a_longer_name_run_into_its_firm() -> None:
    # an HTML cell's lines joined: a name of three words (or with an initial) and a firm;
    # the e-mail's domain spells the firm
    assert find_contacts("Contacts:\nMary Ann Smith Walsh Communications (212) 555-7700 "
                         "msmith@walshcomm.com\n") == [
        _contact("Mary Ann Smith", "Walsh Communications", None, "(212) 555-7700",
                 "msmith@walshcomm.com")]
    assert find_contacts("Contacts:\nMary Ann Smith Walsh Communications, Inc. (212) 555-7700 "
                         "mary@walshcomm.com\n") == [
        _contact("Mary Ann Smith", "Walsh Communications, Inc.", None, "(212) 555-7700",
                 "mary@walshcomm.com")]
    assert find_contacts("Media Contact: Karen J. Brill Lippert Heilshorn (212) 838-3777 "
                         "kbrill@lippertheilshorn.com\n") == [
        _contact("Karen J. Brill", "Lippert Heilshorn", "Media Contact", "(212) 838-3777",
                 "kbrill@lippertheilshorn.com")]
    assert find_contacts("Contacts:\nRoy T. Ames Walsh Communications (212) 555-7700\n") == [
        _contact("Roy T. Ames", "Walsh Communications", None, "(212) 555-7700")]
    # with no domain to tell, a name of four words stays one
    assert find_contacts("Contact:\nMary Ann Smith Walsh (212) 555-7700\n") == [
        _contact("Mary Ann Smith Walsh", None, None, "(212) 555-7700")]


def test_headings_alone_over_the_columns_of_a_table() -> None:
    # an HTML table rendered a row per line: the heading row's cells hold no names, and the
    # first heading must stay over the first column, not drift to the second
    block = ("Investor Contact:\tMedia Contact:\n"
             "Karen Brill\tTodd Kessler\n"
             "Halcyon Devices, Inc.\tEdelman\n"
             "(408) 555-0142\t(212) 555-0188\n")
    assert find_contacts(block) == [
        _contact("Karen Brill", "Halcyon Devices, Inc.", "Investor Contact", "(408) 555-0142"),
        _contact("Todd Kessler", "Edelman", "Media Contact", "(212) 555-0188"),
    ]


def test_a_slashed_trailer_with_a_legal_form_and_a_client() -> None:
    # PR Newswire 1990s: a company's "Inc." after a comma, "; or" between groups, and the
    # agency's client ("for ...") last, which names no one
    line = ("/CONTACT:  Karen Brill, Chief Financial Officer of Halcyon Devices, Inc., "
            "408-555-0142; or Investors, Todd Kessler of The Ruth Group, 212-555-0188, for "
            "Halcyon Devices/\n")
    assert find_contacts(line) == [
        # ("<title> of <company>": the company is her organisation)
        _contact("Karen Brill", "Halcyon Devices, Inc.", "Chief Financial Officer",
                 "408-555-0142"),
        _contact("Todd Kessler", "The Ruth Group", "Investors", "212-555-0188"),
    ]


def test_one_letter_labels_and_bracketed_extensions() -> None:
    # "T:"/"E:"/"F:" labels as 2010s releases print them; "F:" marks a fax, not the phone
    assert find_contacts("Media Contact:\nKaren Brill\nF: (408) 555-0199\nT: (408) 555-0142\n"
                         "E: kbrill@halcyondevices.com\n") == [
        _contact("Karen Brill", None, "Media Contact", "(408) 555-0142",
                 "kbrill@halcyondevices.com")]
    assert find_contacts("Contact: Roy Ames (614) 555-2300 (ext. 217)\n") == [
        _contact("Roy Ames", None, None, "(614) 555-2300 ext. 217")]


def test_names_with_accents_particles_or_a_nickname() -> None:
    block = ("Contacts:\n"
             "José García, Investor Relations, +34 91 555 0142\n"
             "Peter van der Berg, Treasurer, +31 20 555 0188\n"
             'William "Bill" Hart, Chief Financial Officer, (615) 555-0100\n')
    assert find_contacts(block) == [
        _contact("José García", None, "Investor Relations", "+34 91 555 0142"),
        _contact("Peter van der Berg", None, "Treasurer", "+31 20 555 0188"),
        _contact('William "Bill" Hart', None, "Chief Financial Officer", "(615) 555-0100"),
    ]


def test_a_french_number_keeps_all_its_groups() -> None:
    # "+33 1 42 14 20 00": five groups after the country code
    assert find_contacts("Investor Relations:\nFrançois Dupont\n+33 1 42 14 20 00\n") == [
        _contact("François Dupont", None, "Investor Relations", "+33 1 42 14 20 00")]


def test_a_company_line_that_reads_as_a_name_is_the_organisation() -> None:
    # "Halcyon Devices" above the person looks like a name; the e-mail's domain spells it
    block = ("Contacts:\nHalcyon Devices\nKaren Brill\n(408) 555-0142\n"
             "kbrill@halcyondevices.com\n")
    assert find_contacts(block) == [
        _contact("Karen Brill", "Halcyon Devices", None, "(408) 555-0142",
                 "kbrill@halcyondevices.com")]
    # two people, neither spelt by the domain, stay two people
    assert [c["name"] for c in find_contacts(
        "Contacts:\nAlexis Pascal\nDeborah Stapleton\n(650) 470-0200\ndeb@stapleton.com\n"
    )] == ["Alexis Pascal", "Deborah Stapleton"]


def test_a_contact_sentence_inside_a_paragraph() -> None:
    # the sentence follows another on its line, and the paragraph goes on after it
    text = ("The call will be webcast at www.halcyondevices.com. For more information, "
            "contact Karen Brill\nat (408) 555-0142. A replay will be available until "
            "March 10.\n\nHalcyon Devices designs sensors.\n")
    assert find_contacts(text) == [_contact("Karen Brill", None, None, "(408) 555-0142")]
    # no person named: nothing
    assert find_contacts("Revenue rose 4%. For more information, contact Investor Relations "
                         "at (408) 555-0142.\n") == []


def test_a_name_at_or_with_a_firm() -> None:
    assert find_contacts("Media Contact: Lisa Moreno at Brunswick Group, (212) 333-3810\n"
                         "Investor Contact: Todd Kessler with Edelman, (212) 555-0188\n") == [
        _contact("Lisa Moreno", "Brunswick Group", "Media Contact", "(212) 333-3810"),
        _contact("Todd Kessler", "Edelman", "Investor Contact", "(212) 555-0188"),
    ]


@pytest.mark.parametrize(("line", "expected"), [
    # PR Newswire's "CONTACT:" line of the 2000s (no slashes): two people, "; or" between,
    # the agency's client after ", for" names no one's organisation
    ("CONTACT: Karen Brill of Halcyon Devices, +1-408-555-0142, kbrill@halcyondevices.com; or "
     "Todd Kessler of Brunswick Group, +1-212-333-3810, tkessler@brunswickgroup.com, for "
     "Halcyon Devices",
     [("Karen Brill", "Halcyon Devices", None, "+1-408-555-0142", "kbrill@halcyondevices.com"),
      ("Todd Kessler", "Brunswick Group", None, "+1-212-333-3810",
       "tkessler@brunswickgroup.com")]),
    # ", or" between two people, "both of" a company whose phone follows it
    ("CONTACT: Karen Brill, Chief Financial Officer, or Todd Kessler, Investor Relations, "
     "both of Halcyon Devices, Inc., +1-408-555-0142",
     [("Karen Brill", "Halcyon Devices, Inc.", "Chief Financial Officer", "+1-408-555-0142"),
      ("Todd Kessler", "Halcyon Devices, Inc.", "Investor Relations", "+1-408-555-0142")]),
    # "of <company>, Inc.": the company is the organisation (its legal form no other one)
    ("CONTACT: Karen Brill, Chief Financial Officer of Halcyon Devices, Inc., +1-408-555-0142",
     [("Karen Brill", "Halcyon Devices, Inc.", "Chief Financial Officer", "+1-408-555-0142")]),
])
def test_newswire_contact_lines_of_two_people(line: str, expected: list[tuple]) -> None:
    assert find_contacts(line + "\n") == [_contact(*fields) for fields in expected]


def test_a_company_with_its_town_heads_the_block() -> None:
    # Business Wire 2000: "CONTACT: <company>, Inc., <town>" over its person, then an agency
    # with its town; the town is no part of the firm's name
    block = ("CONTACT: Halcyon Devices, Inc., San Jose\n"
             "Karen Brill, 408/555-0142\n"
             "or\n"
             "Morgen-Walke Associates, New York, N.Y.\n"
             "Todd Kessler, 212/333-3810\n")
    assert find_contacts(block) == [
        _contact("Karen Brill", "Halcyon Devices, Inc.", None, "408/555-0142"),
        _contact("Todd Kessler", "Morgen-Walke Associates", None, "212/333-3810"),
    ]
    # a firm's name with a comma in it is no firm and its town; a department after the firm
    # is the role of those under it
    assert find_contacts("CONTACT: Sears, Roebuck and Co.\nKaren Brill, 847/286-9669\n") == [
        _contact("Karen Brill", "Sears, Roebuck and Co.", None, "847/286-9669")]
    assert find_contacts("CONTACT: Halcyon Devices, Inc., Investor Relations\n"
                         "Karen Brill, 408/555-0142\n") == [
        _contact("Karen Brill", "Halcyon Devices, Inc.", "Investor Relations", "408/555-0142")]


def test_a_two_word_first_name_run_into_its_firm() -> None:
    # one HTML cell's lines joined, no e-mail to tell where the name ends: "Mary Ann" is
    # two given names, the surname after them is no part of the firm
    assert find_contacts("Contact:\nMary Ann Victor Crown Crafts, Inc. (225) 647-9100\n") == [
        _contact("Mary Ann Victor", "Crown Crafts, Inc.", None, "(225) 647-9100")]
    assert find_contacts("Media Contact:\nJo Ellen Burke Sitrick Brincko Group "
                         "(310) 788-2850\n") == [
        _contact("Jo Ellen Burke", "Sitrick Brincko Group", "Media Contact", "(310) 788-2850")]
    # a two-word name still ends before a firm
    assert find_contacts("Contact:\nKaren Brill Halcyon Devices, Inc. (408) 555-0142\n") == [
        _contact("Karen Brill", "Halcyon Devices, Inc.", None, "(408) 555-0142")]


def test_names_typed_in_capitals() -> None:
    # 1990s releases typed the block in capitals, as EDGAR kept them
    block = ("FOR IMMEDIATE RELEASE\n"
             "CONTACT:  ROBERT J. WARD\n"
             "          VICE PRESIDENT-FINANCE\n"
             "          (601) 948-6813\n")
    assert find_contacts(block) == [
        _contact("ROBERT J. WARD", None, "VICE PRESIDENT-FINANCE", "(601) 948-6813")]
    assert find_contacts("CONTACT:  ROBERT J. WARD\n          SENIOR VICE PRESIDENT AND\n"
                         "          CHIEF FINANCIAL OFFICER\n          (601) 948-6813\n") == [
        _contact("ROBERT J. WARD", None, "SENIOR VICE PRESIDENT AND CHIEF FINANCIAL OFFICER",
                 "(601) 948-6813")]
    columns = ("CONTACTS:  STEVEN L. ADAMS              PATRICIA A. KELLY\n"
               "           CHIEF FINANCIAL OFFICER      INVESTOR RELATIONS\n"
               "           (814) 452-2111               (814) 452-2117\n")
    assert find_contacts(columns) == [
        _contact("STEVEN L. ADAMS", None, "CHIEF FINANCIAL OFFICER", "(814) 452-2111"),
        _contact("PATRICIA A. KELLY", None, "INVESTOR RELATIONS", "(814) 452-2117")]
    # in a block typed in mixed case a line in capitals is the firm, no one's name
    assert find_contacts("Contact:  Steve Adams\n          ZURN INDUSTRIES\n"
                         "          (814) 452-2111\n") == [
        _contact("Steve Adams", "ZURN INDUSTRIES", None, "(814) 452-2111")]
    # a headline in capitals under the block names no one (nothing of its own to call)
    assert find_contacts("CONTACT:  BRIAN MCDERMOTT\n          UNION CAMP CORPORATION\n"
                         "          201-628-2275\n\n"
                         "            PAPER MACHINE SUFFERS\n"
                         "            EXTENSIVE DAMAGE\n") == [
        _contact("BRIAN MCDERMOTT", "UNION CAMP CORPORATION", None, "201-628-2275")]


def test_a_local_number_with_no_area_code() -> None:
    # 1990s releases for the local press printed seven digits; a fax is still no phone
    assert find_contacts("Contact:  Steve Adams\n          Treasurer\n          452-2111\n") == [
        _contact("Steve Adams", None, "Treasurer", "452-2111")]
    assert find_contacts("CONTACT: Brian McDermott, 628-2275 (fax 628-2299)\n") == [
        _contact("Brian McDermott", None, None, "628-2275")]
    # the end of a nine-digit zip code is none
    assert [c["phone"] for c in find_contacts(
        "Contact:  Steve Adams\n          Treasurer\n          Erie, Pennsylvania 16512-2206\n"
    )] == [None]


def test_a_fax_in_brackets_leaves_no_role() -> None:
    assert find_contacts("Contact: Brian McDermott (201) 628-2275 (Fax: (201) 628-2299)\n"
                         ) == [_contact("Brian McDermott", None, None, "(201) 628-2275")]


def test_an_address_spelt_without_digits_is_no_name() -> None:
    block = ("Contact:  Steve Adams\n"
             "          Zurn Industries, Inc.\n"
             "          One Zurn Place\n"
             "          Erie, PA 16505-0280\n"
             "          (814) 452-2111\n")
    assert find_contacts(block) == [
        _contact("Steve Adams", "Zurn Industries, Inc.", None, "(814) 452-2111")]


def test_a_firm_named_with_a_job_word_is_the_organisation() -> None:
    # "Financial" qualifies a job ("Chief Financial Officer") but makes none alone
    assert find_contacts("Investor Contact:\nJane Morgan\nFinancial Dynamics\n"
                         "(212) 850-5600\n") == [
        _contact("Jane Morgan", "Financial Dynamics", "Investor Contact", "(212) 850-5600")]
    assert find_contacts("CONTACT: Tim Grace, The Financial Relations Board, "
                         "312-640-6667\n") == [
        _contact("Tim Grace", "The Financial Relations Board", None, "312-640-6667")]
    # a line of job words only is still the role
    assert find_contacts("Contact:\nJane Morgan\nChief Executive\n(212) 850-5600\n") == [
        _contact("Jane Morgan", None, "Chief Executive", "(212) 850-5600")]


def test_a_group_word_after_a_name_in_a_slashed_trailer_is_the_role() -> None:
    # PR Newswire 1990s: "Investor Relations" after the name is her job, not a new group
    trailer = ("/CONTACT:  Mitchell Herman, Chief Financial Officer, 201-567-5648, or "
               "Andria Arena, Investor Relations,\n212-370-4500, both of Asta Funding/\n")
    assert find_contacts(trailer) == [
        _contact("Mitchell Herman", "Asta Funding", "Chief Financial Officer", "201-567-5648"),
        _contact("Andria Arena", "Asta Funding", "Investor Relations", "212-370-4500")]
    assert find_contacts("/CONTACT:  Kate Kenny, Media Relations of Caterpillar, "
                         "309-675-1000/\n") == [
        _contact("Kate Kenny", "Caterpillar", "Media Relations", "309-675-1000")]
    # before a name it still heads the group
    assert find_contacts("/CONTACT:  Investors, Mitchell Herman, 201-567-5648, or Media, "
                         "Andria Arena, 212-370-4500/\n") == [
        _contact("Mitchell Herman", None, "Investors", "201-567-5648"),
        _contact("Andria Arena", None, "Media", "212-370-4500")]


def test_a_role_over_two_lines_is_one_role() -> None:
    block = ("Contact:\nJohn Pittenger\nExecutive Vice President and\nChief Financial Officer\n"
             "CTC Communications\n781-466-1302\n")
    assert find_contacts(block) == [
        _contact("John Pittenger", "CTC Communications",
                 "Executive Vice President and Chief Financial Officer", "781-466-1302")]
    assert find_contacts("Contact:\nDana White\nVice President\nInvestor Relations\n"
                         "312-555-0110\n") == [
        _contact("Dana White", None, "Vice President, Investor Relations", "312-555-0110")]


def test_a_firm_under_the_person_that_the_domain_spells() -> None:
    # "Halcyon Devices" reads as a name; the e-mail's domain spells it, under Karen Brill
    block = ("Media Contact:\nKaren Brill\nHalcyon Devices\nTel: +1 (408) 555-0142\n"
             "Email: karen.brill@halcyondevices.com\n")
    assert find_contacts(block) == [
        _contact("Karen Brill", "Halcyon Devices", "Media Contact", "+1 (408) 555-0142",
                 "karen.brill@halcyondevices.com")]


def test_capitals_with_of_or_and_between_names() -> None:
    assert find_contacts("CONTACT:  STEVEN ADAMS OF ZURN INDUSTRIES, INC., 814/452-2111\n") == [
        _contact("STEVEN ADAMS", "ZURN INDUSTRIES, INC.", None, "814/452-2111")]
    assert find_contacts("CONTACT:  STEVEN ADAMS OR PATRICIA KELLY\n"
                         "          (814) 452-2111\n") == [
        _contact("STEVEN ADAMS", None, None, "(814) 452-2111"),
        _contact("PATRICIA KELLY", None, None, "(814) 452-2111")]


def test_a_title_of_a_company_is_the_role_and_the_organisation() -> None:
    # PR Newswire's trailer prints "<name>, <title> of <company>" (Pericom 2003 and 2005)
    assert find_contacts(
        "    /CONTACT:  Patrick B. Brennan, VP Investor Relations of Pericom\n"
        "Semiconductor Corporation, +1-408-435-0800, or fax, +1-408-435-1100/\n") == [
        _contact("Patrick B. Brennan", "Pericom Semiconductor Corporation",
                 "VP Investor Relations", "+1-408-435-0800")]
    assert find_contacts("     /CONTACT:  Mike Craighead, VP/Chief Financial Officer of "
                         "Pericom,\n+1-408-435-0800/\n") == [
        _contact("Mike Craighead", "Pericom", "VP/Chief Financial Officer", "+1-408-435-0800")]
    # a department, a board or a region after "of" is part of the title
    assert find_contacts("     /CONTACT:  Jane Morgan, Director of Investor Relations of "
                         "Halcyon Devices, Inc., +1-408-555-0142/\n") == [
        _contact("Jane Morgan", "Halcyon Devices, Inc.", "Director of Investor Relations",
                 "+1-408-555-0142")]
    assert find_contacts("     /CONTACT:  Jane Morgan, Vice President of Human Resources, "
                         "+1-408-555-0142/\n") == [
        _contact("Jane Morgan", None, "Vice President of Human Resources", "+1-408-555-0142")]
    assert find_contacts("     /CONTACT:  Paul Green, Chairman of the Board of Zenith "
                         "Bancorp, +1-303-555-0100/\n") == [
        _contact("Paul Green", "Zenith Bancorp", "Chairman of the Board", "+1-303-555-0100")]
    # elsewhere the company needs its legal form, or the e-mail's domain spelling it
    assert find_contacts("Contact:\nJane Morgan\nChief Financial Officer of Halcyon Devices, "
                         "Inc.\n(408) 555-0142\n") == [
        _contact("Jane Morgan", "Halcyon Devices, Inc.", "Chief Financial Officer",
                 "(408) 555-0142")]
    assert find_contacts("Contact: Jane Morgan, Vice President of Halcyon Devices, "
                         "408-555-0142, jmorgan@halcyondevices.com\n") == [
        _contact("Jane Morgan", "Halcyon Devices", "Vice President", "408-555-0142",
                 "jmorgan@halcyondevices.com")]
    assert find_contacts("Contact: Jane Morgan, Vice President of Finance, "
                         "(408) 555-0142\n") == [
        _contact("Jane Morgan", None, "Vice President of Finance", "(408) 555-0142")]


def test_a_title_going_on_after_of_on_the_next_line() -> None:
    assert find_contacts("CONTACT:  Robert J. Ward, Vice President of Investor Relations of\n"
                         "          Zenith Financial Corp., 212-555-1234\n") == [
        _contact("Robert J. Ward", "Zenith Financial Corp.",
                 "Vice President of Investor Relations", "212-555-1234")]
    assert find_contacts("Contact:\nDana White\nVice President of\nInvestor Relations\n"
                         "312-555-0110\n") == [
        _contact("Dana White", None, "Vice President of Investor Relations", "312-555-0110")]


def test_a_firm_before_the_group_in_a_heading() -> None:
    # Caterpillar 2022: "Caterpillar investor relations contact: Ryan Fiedler, ..."; the role
    # as "Investor Relations Contact:" gives it
    assert find_contacts(
        "Caterpillar investor relations contact: Ryan Fiedler, +1 224-551-4074 or "
        "Fiedler_Ryan_S@cat.com\n\n"
        "Caterpillar media contact: Kate Kenny, +1 309-361-9333 or Kenny_Kate@cat.com\n") == [
        _contact("Ryan Fiedler", "Caterpillar", "investor relations contact", "+1 224-551-4074",
                 "Fiedler_Ryan_S@cat.com"),
        _contact("Kate Kenny", "Caterpillar", "media contact", "+1 309-361-9333",
                 "Kenny_Kate@cat.com")]
    assert find_contacts("Apple Press Contact:\nJosh Rosenstock\n(408) 862-1142\n"
                         "jrosenstock@apple.com\n") == [
        _contact("Josh Rosenstock", "Apple", "Press Contact", "(408) 862-1142",
                 "jrosenstock@apple.com")]
    # a qualifier of the group is no firm
    for heading in ("News Media Contact", "European Media Contact", "U.S. Media Contact",
                    "Company Contact", "Investor Relations Contact"):
        assert find_contacts(f"{heading}: Ryan Fiedler, +1 224-551-4074\n") == [
            _contact("Ryan Fiedler", None, heading, "+1 224-551-4074")]


def test_enquiries_headings() -> None:
    # UK style: "Enquiries:", a firm's line with its phone over the people it stands for
    block = ("Enquiries:\n\n"
             "Halcyon Devices plc                        +44 (0)20 7123 4567\n"
             "John Smith, Chief Executive\n"
             "Jane Morgan, Finance Director\n\n"
             "Brunswick Group                            +44 (0)20 7404 5959\n"
             "Tom Burns\n")
    assert find_contacts(block) == [
        _contact("John Smith", "Halcyon Devices plc", "Chief Executive", "+44 (0)20 7123 4567"),
        _contact("Jane Morgan", "Halcyon Devices plc", "Finance Director",
                 "+44 (0)20 7123 4567"),
        _contact("Tom Burns", "Brunswick Group", None, "+44 (0)20 7404 5959")]
    assert find_contacts("Investor enquiries:\nJane Morgan, Halcyon Devices plc "
                         "+44 20 7123 4567\nMedia enquiries:\nTom Burns, Brunswick "
                         "+44 20 7404 5959\n") == [
        _contact("Jane Morgan", "Halcyon Devices plc", "Investor enquiries", "+44 20 7123 4567"),
        _contact("Tom Burns", "Brunswick", "Media enquiries", "+44 20 7404 5959")]
    assert heading_role("For further enquiries:") == (None, " " * 22)
    assert heading_role("INQUIRIES:")[0] is None


def test_a_firm_line_with_its_phone_heads_the_names_below() -> None:
    block = ("Contacts:\n"
             "Halcyon Devices, Inc.                      (408) 555-0142\n"
             "Jane Morgan, Chief Financial Officer\n\n"
             "Financial Dynamics                         (212) 850-5600\n"
             "Tom Burns\n")
    assert find_contacts(block) == [
        _contact("Jane Morgan", "Halcyon Devices, Inc.", "Chief Financial Officer",
                 "(408) 555-0142"),
        _contact("Tom Burns", "Financial Dynamics", None, "(212) 850-5600")]


def test_fields_split_by_bars() -> None:
    # 2010s releases: "Jane Doe | Acme Widgets | 408-555-0142 | jane@..." as commas
    assert find_contacts("Contact: Jane Morgan | Halcyon Devices | 408-555-0142 | "
                         "jmorgan@halcyondevices.com\n") == [
        _contact("Jane Morgan", "Halcyon Devices", None, "408-555-0142",
                 "jmorgan@halcyondevices.com")]
    assert find_contacts("Media Contact:\nJane Morgan | Halcyon Devices\n"
                         "+1 408 555 0142 | jmorgan@halcyondevices.com\n") == [
        _contact("Jane Morgan", "Halcyon Devices", "Media Contact", "+1 408 555 0142",
                 "jmorgan@halcyondevices.com")]


def test_a_title_of_a_company_in_capitals() -> None:
    assert find_contacts("CONTACT:  JOHN A. SMITH, VICE PRESIDENT OF FINANCE OF ZENITH "
                         "FINANCIAL CORP., (312) 555-1234\n") == [
        _contact("JOHN A. SMITH", "ZENITH FINANCIAL CORP.", "VICE PRESIDENT OF FINANCE",
                 "(312) 555-1234")]


def test_enquiries_please_contact_names_no_role() -> None:
    assert find_contacts("For further enquiries please contact:\n"
                         "John Smith, Halcyon Devices plc, +44 (0)20 7123 4567\n") == [
        _contact("John Smith", "Halcyon Devices plc", None, "+44 (0)20 7123 4567")]
    assert heading_role("Media enquiries please contact:")[0] == "Media enquiries"


def test_a_client_with_a_legal_form_ends_a_slashed_trailer() -> None:
    # PR Newswire: "..., for Halcyon Devices, Inc./": the client's "Inc." is no one's firm
    trailer = ("     /CONTACT:  Jane Morgan, President and CEO of Halcyon Devices, Inc., "
               "+1-408-555-0142; or Todd Kessler, Investor Relations of The Ruth Group, "
               "+1-646-536-7000, for Halcyon Devices, Inc./\n")
    assert find_contacts(trailer) == [
        _contact("Jane Morgan", "Halcyon Devices, Inc.", "President and CEO",
                 "+1-408-555-0142"),
        _contact("Todd Kessler", "The Ruth Group", "Investor Relations", "+1-646-536-7000")]


def test_a_firm_and_its_department_under_a_name() -> None:
    # Oracle 2019's two columns: "Oracle Investor Relations" under Ken Bond, whose e-mail's
    # domain spells the firm; the department is his role
    block = ("Contact:\tKen Bond\t\tDeborah Hellinger\n"
             "\tOracle Investor Relations\t\tOracle Corporate Communications\n"
             "\t+1.650.607.0349\t\t+1.212.508.7935\n"
             "\tken.bond@oracle.com\t\tdeborah.hellinger@oracle.com\n")
    assert find_contacts(block) == [
        _contact("Ken Bond", "Oracle", "Investor Relations", "+1.650.607.0349",
                 "ken.bond@oracle.com"),
        _contact("Deborah Hellinger", "Oracle", "Corporate Communications", "+1.212.508.7935",
                 "deborah.hellinger@oracle.com")]
    # a firm named so, its domain spelling no such word, stays whole
    assert find_contacts("Contact:\nJane Morgan\nIntegrated Corporate Relations\n"
                         "203-682-8200\njane.morgan@icrinc.com\n") == [
        _contact("Jane Morgan", "Integrated Corporate Relations", None, "203-682-8200",
                 "jane.morgan@icrinc.com")]


def test_a_pr_firm_then_two_names_on_one_line() -> None:
    # 1990s Business Wire / PR Newswire: the agency's name, then its two people on one line,
    # after a slash or under it; both work for the agency
    under = ("CONTACT:  Morgen-Walke Associates\n"
             "          Jim Byers, Lauren Levine\n"
             "          (212) 850-5600\n")
    slash = "Contact: Morgen-Walke Associates / Jim Byers, Lauren Levine, (212) 850-5600\n"
    expected = [
        _contact("Jim Byers", "Morgen-Walke Associates", None, "(212) 850-5600"),
        _contact("Lauren Levine", "Morgen-Walke Associates", None, "(212) 850-5600")]
    assert find_contacts(under) == expected
    assert find_contacts(slash) == expected
    # with no firm above, a name after the comma may be a firm named like a person
    assert find_contacts("Contact: Jane Morgan, Sard Verbinnen, (212) 687-8080\n") == [
        _contact("Jane Morgan", "Sard Verbinnen", None, "(212) 687-8080")]


def test_a_colonless_enquiries_heading_in_capitals() -> None:
    # RNS / UK release: "ENQUIRIES" alone over the firms and their people, a blank line
    # between the firms; the second person of the company printed no phone of her own
    block = ("ENQUIRIES\n"
             "\n"
             "Halcyon Devices plc\n"
             "John Smith, Chief Executive            +44 (0)20 7123 4567\n"
             "Jane Brown, Finance Director\n"
             "\n"
             "Brunswick Group\n"
             "Simon Sporborg                         +44 (0)20 7404 5959\n")
    assert find_contacts(block) == [
        _contact("John Smith", "Halcyon Devices plc", "Chief Executive", "+44 (0)20 7123 4567"),
        _contact("Jane Brown", "Halcyon Devices plc", "Finance Director", None),
        _contact("Simon Sporborg", "Brunswick Group", None, "+44 (0)20 7404 5959")]
    assert heading_role("FOR FURTHER INFORMATION") == (None, " " * 23)
    # a sentence wrapped so that its opening stands alone is no heading
    assert heading_role("For further information") is None


def test_a_group_enquiries_heading_alone_over_its_contact() -> None:
    # "MEDIA ENQUIRIES" as "Media Inquiries" is read: a heading over a name and a phone
    block = ("The Company will report its results on 3 March.\n"
             "\n"
             "MEDIA ENQUIRIES\n"
             "Jane Doe\n"
             "+44 (0)20 7123 4567\n"
             "\n"
             "INVESTOR ENQUIRIES\n"
             "John Roe\n"
             "+44 (0)20 7123 4568\n")
    assert find_contacts(block) == [
        _contact("Jane Doe", None, "MEDIA ENQUIRIES", "+44 (0)20 7123 4567"),
        _contact("John Roe", None, "INVESTOR ENQUIRIES", "+44 (0)20 7123 4568")]
    # under a name such words are the person's job
    assert find_contacts("Contact:\nJane Doe\nInvestor Enquiries\n(408) 555-1212\n") == [
        _contact("Jane Doe", None, "Investor Enquiries", "(408) 555-1212")]


def test_a_nickname_inside_a_contact_name() -> None:
    assert find_contacts("Contact: Robert (Bob) Jones, Chief Financial Officer, "
                         "(408) 555-1212\n") == [
        _contact("Robert (Bob) Jones", None, "Chief Financial Officer", "(408) 555-1212")]
    assert find_contacts('Contact:\nWilliam "Bill" Smith\nHalcyon Devices, Inc.\n'
                         "(408) 555-1212\n") == [
        _contact('William "Bill" Smith', "Halcyon Devices, Inc.", None, "(408) 555-1212")]


def test_two_names_on_one_line_over_their_firm() -> None:
    # 1990s: the two people first, their agency on the line under them
    block = ("CONTACT:  Jim Byers, Lauren Levine\n"
             "          Morgen-Walke Associates\n"
             "          (212) 850-5600\n")
    assert find_contacts(block) == [
        _contact("Jim Byers", "Morgen-Walke Associates", None, "(212) 850-5600"),
        _contact("Lauren Levine", "Morgen-Walke Associates", None, "(212) 850-5600")]
    # a city under a firm named like a person is no firm
    assert find_contacts("Contact:  Jane Morgan, Sard Verbinnen\n          New York\n"
                         "          (212) 687-8080\n")[0]["organization"] == "Sard Verbinnen"


def test_an_honorific_is_no_part_of_a_contact_name() -> None:
    assert find_contacts("Contact: Ms. Jane Morgan, (212) 555-1212\n") == [
        _contact("Jane Morgan", None, None, "(212) 555-1212")]
