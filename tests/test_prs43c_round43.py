"""Press releases (round 43c): a contact line that sets the role apart from the name with a
dash, the role or firm having commas of its own ("Ken Bond - Vice President, Investor
Relations", "Ken Bond - Acme Widgets, Inc."), names that contact; two contact headings side
by side over one HTML row whose cells ran their lines together ("Ken Bond 1.650.607.0349
ken.bond@oracle.com <TAB> Deborah Hellinger ...") give each person the heading over their
own cell. The excerpts are real releases' text, minimally edited as the comments say."""

from __future__ import annotations

import pytest
from test_prs42c_round42 import _ORACLE_LEAD as ORACLE_HEAD

from filing2json.parsers.text.html_text import html_to_text
from support import release_of

# Oracle's release of July 10, 2019 (8k_2019_oraclecorp_1.txt): its head (round 42c's
# excerpt) and its About, cut before the About's own contact
_ORACLE_LEAD = ORACLE_HEAD + """\
About Oracle

The Oracle Cloud offers a complete suite of integrated applications for Sales, Service,
Marketing, Human Resources, Finance, Supply Chain and Manufacturing, plus Highly Automated and
Secure Generation 2 Infrastructure featuring the Oracle Autonomous Database. For more
information about Oracle (NYSE: ORCL), visit www.oracle.com/investor.

"""


@pytest.mark.parametrize("dash", [" - ", " -- ", " \u2013 ", " \u2014 "])
def test_dash_before_a_role_with_a_comma(dash: str) -> None:
    # edited: the contact table printed as lines under "Contact:", the role after a dash
    # ("Ken Bond - Vice President, Investor Relations"; was: no contact at all)
    rel = release_of(_ORACLE_LEAD + "Contact:\nKen Bond" + dash
                     + "Vice President, Investor Relations\n(650) 607-0349\n\n# # #\n")
    [contact] = rel["contacts"]
    assert contact["name"] == "Ken Bond"
    assert contact["role"] == "Vice President, Investor Relations"
    assert contact["phone"] == "(650) 607-0349"


def test_dash_before_a_firm_with_a_legal_form() -> None:
    # edited: the firm after a dash, its legal form after a comma (was: no contact)
    rel = release_of(_ORACLE_LEAD + "Contact:\nKen Bond - Oracle America, Inc.\n"
                     "(650) 607-0349\n\n# # #\n")
    [contact] = rel["contacts"]
    assert (contact["name"], contact["organization"]) == ("Ken Bond", "Oracle America, Inc.")


def test_dash_before_a_plain_role_is_unchanged() -> None:
    rel = release_of(_ORACLE_LEAD + "Contact:\nKen Bond - Chief Financial Officer\n"
                     "(650) 607-0349\n\n# # #\n")
    assert rel["contacts"][0]["role"] == "Chief Financial Officer"


def _cell(*lines: str) -> str:
    return '<TD VALIGN="top">' + "<BR>".join(lines) + "</TD>"


def test_headings_over_cells_whose_lines_ran_together() -> None:
    # edited: Oracle's four-row contact table (8k_2019_oraclecorp_1.txt) as a heading row
    # "Investor Contact: | Media Contact:" over one row, each person's lines in one cell
    # parted by <BR> (was: both people under "Media Contact")
    table = ("<TABLE><TR>" + _cell("Investor Contact:") + _cell("Media Contact:") + "</TR>"
             "<TR>" + _cell("Ken Bond", "1.650.607.0349", "ken.bond@oracle.com")
             + _cell("Deborah Hellinger", "1.212.508.7935", "deborah.hellinger@oracle.com")
             + "</TR></TABLE>")
    text = html_to_text("<HTML><BODY><P>For Immediate Release</P>" + table
                        + "".join(f"<P>{p}</P>" for p in _ORACLE_LEAD.split("\n\n"))
                        + "</BODY></HTML>")
    ken, deborah = release_of(text)["contacts"]
    assert (ken["name"], ken["role"], ken["phone"], ken["email"]) == (
        "Ken Bond", "Investor Contact", "1.650.607.0349", "ken.bond@oracle.com")
    assert (deborah["name"], deborah["role"], deborah["email"]) == (
        "Deborah Hellinger", "Media Contact", "deborah.hellinger@oracle.com")


def test_headings_side_by_side_over_a_person_and_a_mailbox() -> None:
    # edited: Oracle's contact table (8k_2019_oraclecorp_1.txt) under "Investor Contact: |
    # Media Contact:" headings, the media column a shared mailbox with no one named (as
    # Apple's "Media: press@apple.com" is printed); was: one contact, Ken Bond, as "Media
    # Contact" with the mailbox as his e-mail
    table = ("<TABLE><TR>" + _cell("Investor Contact:") + _cell("Media Contact:") + "</TR>"
             "<TR>" + _cell("Ken Bond") + _cell("press@oracle.com") + "</TR>"
             "<TR>" + _cell("1.650.607.0349") + _cell("1.212.508.7935") + "</TR>"
             "<TR>" + _cell("ken.bond@oracle.com") + _cell("") + "</TR></TABLE>")
    text = html_to_text("<HTML><BODY><P>For Immediate Release</P>" + table
                        + "".join(f"<P>{p}</P>" for p in _ORACLE_LEAD.split("\n\n"))
                        + "</BODY></HTML>")
    ken, media = release_of(text)["contacts"]
    assert (ken["name"], ken["role"], ken["email"]) == (
        "Ken Bond", "Investor Contact", "ken.bond@oracle.com")
    assert (media["name"], media["role"], media["phone"], media["email"]) == (
        None, "Media Contact", "1.212.508.7935", "press@oracle.com")
