"""Press contacts, round 65b: a contact grid whose first column labels its rows ("Name:",
"Title:", "Company:", "Contact:") reads no label as a value, and a grid printed with no
"Contact(s)" heading (people's names in its first row, their phones or e-mails below) is
read: an HTML table's anywhere in the release, a text release's columns under its end mark.

Each test reads a real filing (Caterpillar's 2022 8-K, Oracle's 2019 8-K, Asta Funding's
2005 8-K), edited where the corpus lacks the shape (the edit is said in each test).
"""

from __future__ import annotations

import re
import time

from filing2json.parsers import parse
from filing2json.parsers.sections.press_contacts import find_contacts
from support import FILINGS, validate

CATERPILLAR = FILINGS / "8k_2022_caterpillarinc_1.txt"
ORACLE = FILINGS / "8k_2019_oraclecorp_1.txt"
ASTA = FILINGS / "8k_2005_astafundinginc_7.txt"
# Caterpillar's 2022 8-K: its release's two contact lines, each a <div>, as filed
_CONTACT_DIVS = re.compile(
    r"<div[^>]*><font[^>]*>Caterpillar investor relations contact.*?"
    r"Caterpillar media contact.*?</div>", re.S)
_RYAN_PHONE, _KATE_PHONE = "+1 224-551-4074", "+1 309-361-9333"  # as filed
_RYAN_MAIL, _KATE_MAIL = "Fiedler_Ryan_S&#64;cat.com", "Kenny_Kate&#64;cat.com"


def _contacts(path: object, edits: list[tuple[str, str]]) -> list[tuple[object, ...]]:
    """The contacts of a filing's one release, each (old, new) edit made to its text."""
    text = path.read_text(encoding="latin-1")  # type: ignore[attr-defined]
    for old, new in edits:
        assert old in text
        text = text.replace(old, new)
    record = validate(parse(text.encode("latin-1"), path.name))  # type: ignore[attr-defined]
    (release,) = record["press_releases"]
    return [(c["name"], c["organization"], c["role"], c["phone"], c["email"])
            for c in release["contacts"]]


def _caterpillar(layout: str) -> list[tuple[object, ...]]:
    """Caterpillar's contacts, its two contact lines laid out as ``layout``."""
    (old,) = _CONTACT_DIVS.findall(CATERPILLAR.read_text(encoding="latin-1"))
    return _contacts(CATERPILLAR, [(old, layout)])


def _row(*cells: str) -> str:
    return "<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>"


_NAMES = ("Ryan Fiedler", "Kate Kenny")
_DESKS = ("Investor Relations", "Media Relations")
_FIRMS = ("Caterpillar Inc.", "Caterpillar Inc.")
_PHONES = (_RYAN_PHONE, _KATE_PHONE)
_MAILS = (_RYAN_MAIL, _KATE_MAIL)


def test_a_grid_s_row_labels_are_no_one_s_values() -> None:
    # Caterpillar's contact lines edited into a grid under "Contacts:" whose first column
    # labels its rows ("Name:", "Title:", "Company:", "Phone:", "Email:"), as some filers
    # print it: each person's name, desk and firm in their column (was: Ryan Fiedler of the
    # firm "Name", and a second nameless record of the role "Company")
    grid = ("<p>Contacts:</p><table>" + _row("Name:", *_NAMES) + _row("Title:", *_DESKS)
            + _row("Company:", *_FIRMS) + _row("Phone:", *_PHONES) + _row("Email:", *_MAILS)
            + "</table>")
    assert _caterpillar(grid) == [
        ("Ryan Fiedler", "Caterpillar Inc.", "Investor Relations", _RYAN_PHONE,
         "Fiedler_Ryan_S@cat.com"),
        ("Kate Kenny", "Caterpillar Inc.", "Media Relations", _KATE_PHONE, "Kenny_Kate@cat.com")]
    # "Contact:" labelling the row of numbers is no heading cutting the records in two (was:
    # each name a record with no phone, each phone one with no name)
    grid = ("<p>Media Contacts:</p><table>" + _row("Name:", *_NAMES) + _row("Title:", *_DESKS)
            + _row("Company:", *_FIRMS) + _row("Contact:", *_PHONES) + "</table>")
    assert _caterpillar(grid) == [
        ("Ryan Fiedler", "Caterpillar Inc.", "Investor Relations", _RYAN_PHONE, None),
        ("Kate Kenny", "Caterpillar Inc.", "Media Relations", _KATE_PHONE, None)]


def test_a_grid_of_names_with_no_heading_is_read() -> None:
    # Oracle's contact table with its "Contact:" cell left empty, as filers print the grid
    # over the headline with no label: names over desks over phones over e-mails (was: no
    # contacts)
    label = '<TD VALIGN="top">Contact:&nbsp;&nbsp;&nbsp;&nbsp;</TD>'
    assert _contacts(ORACLE, [(label, '<TD VALIGN="top"></TD>')]) == [
        ("Ken Bond", "Oracle", "Investor Relations", "1.650.607.0349", "ken.bond@oracle.com"),
        ("Deborah Hellinger", "Oracle", "Corporate Communications", "1.212.508.7935",
         "deborah.hellinger@oracle.com")]
    # Caterpillar's contact lines edited into such a grid under the release's end mark (the
    # desks a row of role words: was read from that row, two records with no name), and
    # labelled "Name:" with no heading over it (was: no contacts)
    grid = ("<p>###</p><table>" + _row(*_NAMES) + _row(*_DESKS) + _row(*_PHONES)
            + _row(*_MAILS) + "</table>")
    assert _caterpillar(grid) == [
        ("Ryan Fiedler", None, "Investor Relations", _RYAN_PHONE, "Fiedler_Ryan_S@cat.com"),
        ("Kate Kenny", None, "Media Relations", _KATE_PHONE, "Kenny_Kate@cat.com")]
    grid = ("<table>" + _row("Name:", *_NAMES) + _row("Title:", *_DESKS)
            + _row("Company:", *_FIRMS) + _row("Contact:", *_PHONES) + "</table>")
    assert [c[:2] for c in _caterpillar(grid)] == [
        ("Ryan Fiedler", "Caterpillar Inc."), ("Kate Kenny", "Caterpillar Inc.")]
    # names over desks with no phone or e-mail under them (a table of officers): none; nor
    # a conference call's dial-in numbers under their labels, nor offices' under their towns
    assert _caterpillar("<table>" + _row(*_NAMES) + _row(*_DESKS) + "</table>") == []
    for labels in (("Toll Free", "International"), ("Domestic Dial-In", "Replay Number"),
                   ("New York", "San Francisco")):
        assert _caterpillar("<table>" + _row(*labels) + _row(*_PHONES) + "</table>") == []
    # Oracle's 2019 8-K as filed: "Contact: | Ken Bond | Deborah Hellinger" heads its people
    # (a label over names, no record's field's label), read as before
    assert _contacts(ORACLE, []) == _contacts(ORACLE, [(label, '<TD VALIGN="top"></TD>')])


def test_a_text_grid_of_names_under_the_end_mark_is_read() -> None:
    # Asta Funding's 2005 8-K: its "CONTACT:" block cut from the release's head and its two
    # people typed as a grid of space-parted columns under the release's "###", names over
    # firms over phones (was: no contacts)
    text = ASTA.read_text(encoding="latin-1")
    (block,) = re.findall(r"CONTACT:\n.*?steve@wolfeaxelrod\.com\n", text, re.S)
    (mark,) = re.findall(r"\n +###\n", text)
    grid = ("Mitchell Cohen                             Andria Arena\n"
            "ASTA FUNDING, INC.                         WOLFE AXELROD WEINBERGER ASSOC. LLC\n"
            "(201) 567-5648                             (212) 370-4500\n")
    assert _contacts(ASTA, [(block, ""), (mark, mark + "\n" + grid)]) == [
        ("Mitchell Cohen", "ASTA FUNDING, INC.", None, "(201) 567-5648", None),
        ("Andria Arena", "WOLFE AXELROD WEINBERGER ASSOC. LLC", None, "(212) 370-4500", None)]
    # the same columns over no phone or e-mail are no contact grid (a table's head row)
    numbers = "(201) 567-5648                             (212) 370-4500\n"
    assert _contacts(ASTA, [(block, ""), (mark, mark + "\n" + grid.replace(numbers, ""))]) == []


def test_rows_of_names_parse_in_linear_time() -> None:
    # ~200 KB of tab-parted rows of names, each over a phone row: every row is tried as a
    # grid's first (a quadratic step would take minutes)
    text = ("Jane Doe\tJohn Roe\n(212) 555-0100\t(212) 555-0101\n" * 4000)[:200_000]
    start = time.process_time()
    found = find_contacts(text)
    assert time.process_time() - start < 5
    assert [c["name"] for c in found[:2]] == ["Jane Doe", "John Roe"]
    # rows that almost hold names: a cell too long, cells with no end, under end marks
    for text in ("Jane Doe\t" + "Ab " * 70_000, ("Jane Doe\t" * 8 + "\n") * 2800,
                 ("###\nJane Doe   John Roe   " + "Ab " * 30 + "\n") * 1800):
        start = time.process_time()
        find_contacts(text)
        assert time.process_time() - start < 5
