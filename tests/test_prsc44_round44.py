"""Contacts round 44: a contact table whose second column names no one (a desk's shared
mailbox), a group's heading alone in a table cell after a column gap, and two people on one
line joined by "or" right after the first one's number (no comma), in a line and in PR
Newswire's "/CONTACT:" trailer."""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from filing2json.parsers.sections.press_contacts import contacts_in
from support import FILINGS

_ORACLE = "8k_2019_oraclecorp_1.txt"
_ORACLE_DEBORAH = '<TD VALIGN="top">Deborah Hellinger</TD>'
_ORACLE_HEAD_ROW = ('<TD VALIGN="top">Contact:&nbsp;&nbsp;&nbsp;&nbsp;</TD>\n'
                    '<TD VALIGN="bottom">&nbsp;&nbsp;</TD>\n'
                    '<TD VALIGN="top">Ken Bond</TD>\n'
                    '<TD VALIGN="bottom">&nbsp;&nbsp;</TD>\n'
                    + _ORACLE_DEBORAH)
_SEARS = "8k_2004_searsroebuckandco_1.txt"
_SEARS_CONTACT = ("News Media Contact, Edgar P. McDougal, +1-847-286-9669, or\n"
                  "Investor Contact, Scott A. Bohaboy,")

_Brief = list[tuple[str | None, ...]]


def _edited(name: str, *edits: tuple[str, str]) -> _Brief:
    """The first release's contacts of corpus filing ``name`` with each old text printed
    as the new one."""
    raw = (FILINGS / name).read_bytes().decode("latin-1")
    for old, new in edits:
        assert old in raw
        raw = raw.replace(old, new, 1)
    release = parse(raw.encode("latin-1"), name)["press_releases"][0]
    return _brief(release["contacts"])


def _brief(contacts: list[dict[str, Any]]) -> _Brief:
    return [(c["name"], c["organization"], c["role"], c["phone"], c["email"])
            for c in contacts]


_KEN = ("Ken Bond", "Oracle", "Investor Relations", "1.650.607.0349", "ken.bond@oracle.com")


def test_table_column_of_a_desk_with_no_one_named() -> None:
    # 8k_2019_oraclecorp_1.txt's table ("Contact: | Ken Bond | Deborah Hellinger" over
    # firm, phone and e-mail rows) with the second name cell empty and a shared mailbox for
    # her e-mail: the desk's column is a contact with no name (was: the column lost)
    assert _edited(_ORACLE, (_ORACLE_DEBORAH, '<TD VALIGN="top"></TD>'),
                   ("deborah.hellinger@oracle.com", "press@oracle.com")) == [
        _KEN, (None, "Oracle", "Corporate Communications", "1.212.508.7935",
               "press@oracle.com")]


def test_rows_of_one_persons_fields_stay_one_persons() -> None:
    # the same table printed as one row a person (name, e-mail and phone side by side):
    # each row is one contact, no column of phones and e-mails of its own
    table = ("Ken Bond\tken.bond@oracle.com, 1.650.607.0349\n"
             "Deborah Hellinger\tdeborah.hellinger@oracle.com, 1.212.508.7935").split("\n")
    assert _brief(contacts_in(["Contacts:", *table])) == [
        ("Ken Bond", None, None, "1.650.607.0349", "ken.bond@oracle.com"),
        ("Deborah Hellinger", None, None, "1.212.508.7935", "deborah.hellinger@oracle.com")]
    # and a phone beside a fax, an e-mail beside a web site: one person's
    found = contacts_in(["Contact: Ken Bond",
                         "Phone: 1.650.607.0349          Fax: 1.650.506.7114",
                         "E-mail: ken.bond@oracle.com     Web: www.oracle.com"])
    assert [(c["name"], c["phone"], c["email"]) for c in found] == [
        ("Ken Bond", "1.650.607.0349", "ken.bond@oracle.com")]


def test_group_heading_alone_in_a_cell_heads_its_column() -> None:
    # the same table with a label cell before each name ("Investors: | Ken Bond | Media: |
    # Deborah Hellinger"): "Media:" heads her column (was: her organisation "Media")
    for label in ("Investors:", "Contact:"):
        found = _edited(_ORACLE, (_ORACLE_HEAD_ROW,
                                  f'<TD VALIGN="top">{label}</TD>\n<TD VALIGN="top">Ken Bond</TD>\n'
                                  '<TD VALIGN="top">Media:</TD>\n' + _ORACLE_DEBORAH))
        assert found == [_KEN, ("Deborah Hellinger", "Oracle", "Corporate Communications",
                                "1.212.508.7935", "deborah.hellinger@oracle.com")], label
    # with no department row under the names, the heading is her role
    rows = ["Investors:\tKen Bond\tMedia:\tDeborah Hellinger",
            "1.650.607.0349\t1.212.508.7935"]
    assert [(c["name"], c["organization"], c["role"], c["phone"]) for c in contacts_in(rows)] == [
        ("Ken Bond", None, "Investors", "1.650.607.0349"),
        ("Deborah Hellinger", None, "Media", "1.212.508.7935")]


def test_or_right_after_a_number_parts_two_people_on_a_line() -> None:
    # 8k_1994_unioncampcorp_1.txt's "CONTACT: Brian McDermott      201-628-2275" with a
    # second person after "or" (was: one contact, role "or Ellen Kamen")
    found = _edited("8k_1994_unioncampcorp_1.txt", (
        "CONTACT: Brian McDermott      201-628-2275",
        "CONTACT: Brian McDermott, 201-628-2275 or Ellen Kamen, 201-628-2231"))
    assert found == [("Brian McDermott", None, None, "201-628-2275", None),
                     ("Ellen Kamen", None, None, "201-628-2231", None)]
    # a job or firm after the second name, and "both of" the firm of both
    rows = ["CONTACT:  Edgar P. McDougal, +1-847-286-9669 or Scott A. Bohaboy, "
            "+1-847-286-7419, both of Sears, Roebuck and Co."]
    assert [(c["name"], c["organization"], c["phone"]) for c in contacts_in(rows)] == [
        ("Edgar P. McDougal", "Sears, Roebuck and Co.", "+1-847-286-9669"),
        ("Scott A. Bohaboy", "Sears, Roebuck and Co.", "+1-847-286-7419")]
    rows = ["Contact: Edgar P. McDougal of Sears, Roebuck and Co., 847-286-9669 or "
            "Scott A. Bohaboy, Investor Relations, 847-286-7419"]
    assert [(c["name"], c["role"], c["phone"]) for c in contacts_in(rows)] == [
        ("Edgar P. McDougal", None, "847-286-9669"),
        ("Scott A. Bohaboy", "Investor Relations", "847-286-7419")]


def test_or_right_after_a_number_in_a_pr_newswire_trailer() -> None:
    # 8k_2004_searsroebuckandco_1.txt's "/CONTACT:" trailer with no comma before "or" (was:
    # Scott A. Bohaboy given Edgar P. McDougal's number)
    for new in ("Edgar P. McDougal, +1-847-286-9669 or Scott A. Bohaboy,",
                "Edgar P. McDougal, +1-847-286-9669 or Scott A.\nBohaboy,"):
        found = _edited(_SEARS, (_SEARS_CONTACT, new))
        assert [(c[0], c[1], c[3]) for c in found] == [
            ("Edgar P. McDougal", "Sears, Roebuck and Co.", "+1-847-286-9669"),
            ("Scott A. Bohaboy", "Sears, Roebuck and Co.", "+1-847-286-7419")], new
    # the groups' labels as printed, the comma before "or" dropped
    found = _edited(_SEARS, (_SEARS_CONTACT, _SEARS_CONTACT.replace(", or", " or")))
    assert [(c[0], c[2], c[3]) for c in found] == [
        ("Edgar P. McDougal", "News Media Contact", "+1-847-286-9669"),
        ("Scott A. Bohaboy", "Investor Contact", "+1-847-286-7419")]


def test_two_names_joined_before_a_comma_share_what_follows() -> None:
    # 8k_2007_pericomsemiconductorco_2.txt's "Stapleton Communications" / "Alexis
    # Pascal/Deborah Stapleton" printed as one PR Newswire-style line, the two names joined
    # by "or" / "and" and their firm or department after the comma (was: no contacts)
    name = "8k_2007_pericomsemiconductorco_2.txt"
    old = "Stapleton Communications\nAlexis Pascal/Deborah Stapleton\n"
    found = _edited(name, (old, "Alexis Pascal or Deborah Stapleton, Stapleton Communications\n"))
    assert found == [
        ("Alexis Pascal", "Stapleton Communications", None, "650-470-0200",
         "alexis@stapleton.com"),
        ("Deborah Stapleton", "Stapleton Communications", None, "650-470-0200",
         "deb@stapleton.com")]
    found = _edited(name, (old, "Alexis Pascal and Deborah Stapleton, Investor Relations\n"))
    assert [(c[0], c[1], c[2]) for c in found] == [
        ("Alexis Pascal", None, "Investor Relations"),
        ("Deborah Stapleton", None, "Investor Relations")]
