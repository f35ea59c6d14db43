"""Press-release contacts (round 55): a region's label and a colon before a person's name
keeps the region after the name's role, as a region and a dash does ("Europe: Angela Chen,
Investor Relations": "Investor Relations, Europe"); a title "of the Bank", "of the
Partnership", "of the Trust" or "of the Fund" names the release's company, as "of the
Company" does; find_contacts takes the company names too; an agency's line "<agency> for
<the release's company>" names the agency; an e-mail after the name in columns side by side,
and a heading parted from its name by a column's gap ("INVESTOR CONTACT: <gap> Jane Doe <gap>
MEDIA CONTACT: <gap> John Roe") keep each person's fields in their own column; an agency's
"Account Executive" is a role.

The excerpts edit real contact blocks into shapes other releases print: Pericom
Semiconductor's 2006 block (Alex Hui, Angela Chen) and 2005 PR Newswire trailer (Mike
Craighead), Horizon Financial's 2006 block (three officers, one number) and Pericom's 2007
block by its agency (Stapleton Communications).
"""

from __future__ import annotations

import time

from test_prsc44_round44 import _brief, _edited  # (the same edit-and-read helpers)

from filing2json.parsers.sections.press_contacts import contacts_in, find_contacts
from support import FILINGS, edited_record, pericom_contacts

_Brief = list[tuple[str | None, ...]]
_PERICOM = "Pericom Semiconductor Corporation"
_HORIZON_2006 = "8k_2006_horizonfinancialcorp_1.txt"
_PERICOM_2005 = "8k_2005_pericomsemiconductorco_8.txt"
_PERICOM_2007 = "8k_2007_pericomsemiconductorco_2.txt"
_STAPLETON_BLOCK = ("Stapleton Communications\nAlexis Pascal/Deborah Stapleton\nTel: 650-470-0200\n"
                    "alexis@stapleton.com/deb@stapleton.com\n")


def _pericom(block: str) -> _Brief:
    return [(c["name"], c["organization"], c["role"], c["phone"]) for c in pericom_contacts(block)]


def test_a_region_and_a_colon_keeps_the_region_as_a_dash_does() -> None:
    # edited: Pericom's 2006 block with a region's label before the name and her role after
    # it (was: "Investor Relations", the region dropped; "Europe - Angela Chen" kept it)
    for block in ("CONTACT:\nEurope: Angela Chen, Investor Relations\n+44 20 7555 0100\n",
                  "CONTACT:\nEurope: Angela Chen, Investor Relations, +44 20 7555 0100\n",
                  "CONTACT:\nEurope - Angela Chen, Investor Relations, +44 20 7555 0100\n"):
        assert _pericom(block) == [
            ("Angela Chen", None, "Investor Relations, Europe", "+44 20 7555 0100")]
    assert _pericom("CONTACT:\nAsia Pacific: Alex Hui, Media Relations, +852 2555 0100\n"
                    "U.S.: Angela Chen, Investor Relations, 408-435-0800\n") == [
        ("Alex Hui", None, "Media Relations, Asia Pacific", "+852 2555 0100"),
        ("Angela Chen", None, "Investor Relations, U.S.", "408-435-0800")]
    # a region alone is the role; a group's label is no region ("Media: ..., Director")
    assert _pericom("CONTACT:\nEurope: Angela Chen, +44 20 7555 0100\n") == [
        ("Angela Chen", None, "Europe", "+44 20 7555 0100")]
    assert _pericom("CONTACT:\nMedia: Angela Chen, Director of Communications, "
                    "408-435-0800\n") == [
        ("Angela Chen", None, "Director of Communications", "408-435-0800")]


def test_a_title_of_the_bank_partnership_or_trust_names_the_releases_company() -> None:
    # edited: Horizon Financial's 2006 block (a bank holding company's) with its CFO "of
    # the Bank" (was: the role "Executive VP & CFO of the Bank", no organisation); its
    # About names "Horizon Financial Corp."
    record = edited_record(FILINGS / _HORIZON_2006, {
        "Rich Jacobson, Executive VP & CFO": "Rich Jacobson, Executive VP & CFO of the Bank"})
    contacts = record["press_releases"][0]["contacts"]
    assert [(c["name"], c["organization"], c["role"]) for c in contacts] == [
        ("V. Lawrence Evans", None, "Chairman & CEO"),
        ("Dennis Joines", None, "President & COO"),
        ("Rich Jacobson", "Horizon Financial Corp.", "Executive VP & CFO")]
    # edited: Pericom's 2006 block with a partnership's, a trust's and a fund's titles
    for term in ("Partnership", "Trust", "Fund"):
        assert _pericom(f"CONTACT:\nAlex Hui, Chief Financial Officer of the {term}\n"
                        "408-435-0800\n") == [
            ("Alex Hui", _PERICOM, "Chief Financial Officer", "408-435-0800")]
    # edited: Pericom's 2005 PR Newswire trailer typed in capitals (was: the firm "THE
    # TRUST")
    record = edited_record(FILINGS / _PERICOM_2005, {
        "VP/Chief Financial Officer of Pericom,": "VP/CHIEF FINANCIAL OFFICER OF THE TRUST,"})
    assert [(c["name"], c["organization"], c["role"])
            for c in record["press_releases"][0]["contacts"]] == [
        ("Mike Craighead", _PERICOM, "VP/CHIEF FINANCIAL OFFICER")]
    # "Chairman of the Board" names no company
    assert [(c["organization"], c["role"]) for c in contacts_in(
        ["CONTACT:", "Alex Hui, Chairman of the Board", "408-435-0800"], (_PERICOM,))] == [
        (None, "Chairman of the Board")]


def test_find_contacts_reads_with_the_company_names() -> None:
    # Pericom's 2006 block with its officer "of the Company", read outside a release: the
    # company given names her firm (was: no way to give it; the organisation unknown)
    text = "CONTACT:\nAlex Hui, Chief Financial Officer of the Company\n408-435-0800\n"
    assert _brief(find_contacts(text, (_PERICOM,))) == [
        ("Alex Hui", _PERICOM, "Chief Financial Officer", "408-435-0800", None)]
    assert _brief(find_contacts(text)) == [
        ("Alex Hui", None, "Chief Financial Officer", "408-435-0800", None)]


def test_an_agency_for_the_releases_company_is_her_firm() -> None:
    # edited: Pericom's 2007 block by its agency, named with no firm's word and its client
    # after "for" (was: the organisation "Stapleton for Pericom")
    block = "Alexis Pascal, Stapleton for Pericom, 650-470-0200\nalexis@stapleton.com\n"
    assert _edited(_PERICOM_2007, (_STAPLETON_BLOCK, block)) == [
        ("Alexis Pascal", "Stapleton", None, "650-470-0200", "alexis@stapleton.com")]
    # a client that is not the release's company stays part of the name
    assert [c["organization"] for c in contacts_in(
        ["CONTACT:", "Alexis Pascal, Center for Biologics, 650-470-0200"], (_PERICOM,))] == [
        "Center for Biologics"]


def test_an_e_mail_on_the_name_line_in_two_columns() -> None:
    # edited: Pericom's 2006 block as two columns, each name with its e-mail after it and a
    # number under it (was: his number lost, hers given his)
    for gap in (" ", "  "):
        block = (f"CONTACT:\nAlex Hui{gap}ahui@pericom.com            "
                 f"Angela Chen{gap}achen@pericom.com\n"
                 "408-435-0800                          408-435-0801\n")
        assert [(c["name"], c["phone"], c["email"]) for c in pericom_contacts(block)] == [
            ("Alex Hui", "408-435-0800", "ahui@pericom.com"),
            ("Angela Chen", "408-435-0801", "achen@pericom.com")]


def test_headings_parted_from_their_names_by_a_gap() -> None:
    # edited: Pericom's 2006 block as two headed columns, each heading a column's gap before
    # its name (was: the headings swapped, "MEDIA CONTACT" his)
    for investor, media in (("INVESTOR CONTACT:", "MEDIA CONTACT:"),
                            ("Investor Contact:", "Media Contact:")):
        block = (f"{investor}   Alex Hui        {media}   Angela Chen\n"
                 "                    408-435-0800                     408-435-0801\n")
        assert _pericom(block) == [
            ("Alex Hui", None, investor[:-1], "408-435-0800"),
            ("Angela Chen", None, media[:-1], "408-435-0801")]


def test_an_account_executive_is_a_role() -> None:
    # edited: Pericom's 2007 block with the agency's person's job ("Account Executive": was
    # the firm, stacked, and "Account Executive, Stapleton Communications" in a line)
    stacked = ("Alexis Pascal\nAccount Executive\nStapleton Communications\nTel: 650-470-0200\n"
               "alexis@stapleton.com\n")
    line = ("Alexis Pascal, Account Executive, Stapleton Communications, 650-470-0200\n"
            "alexis@stapleton.com\n")
    for block in (stacked, line):
        assert _edited(_PERICOM_2007, (_STAPLETON_BLOCK, block)) == [
            ("Alexis Pascal", "Stapleton Communications", "Account Executive", "650-470-0200",
             "alexis@stapleton.com")]


def test_long_rows_parse_fast() -> None:
    rows = ["CONTACT:", "Europe: Angela Chen, " + "Investor Relations " * 10_000,
            "Alex Hui, " + "Stapleton for Pericom " * 10_000,
            "Alex Hui " + "ahui " * 40_000 + "ahui@pericom.com     Angela Chen achen@pericom.com",
            "INVESTOR CONTACT:   " * 10_000 + "Alex Hui"]
    start = time.process_time()
    contacts_in(rows, ("Pericom " * 20_000, "", ""))
    assert time.process_time() - start < 5.0  # (quadratic: minutes)
