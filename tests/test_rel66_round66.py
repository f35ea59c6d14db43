"""Press contacts round 66: a heading's role is singular ("Investor Relations Contacts:"
over one person -> "Investor Relations Contact"), and a text grid of contacts with no
heading is read as a release's last paragraph, with no end mark above it (Apple 2011 and
2024, Sears 2004, Asta Funding 2005, edited where each test says)."""

from __future__ import annotations

import re
import time
from typing import Any

from filing2json.parsers import parse
from filing2json.parsers.sections.press_contacts import find_contacts
from support import FILINGS


def _roles(data: bytes) -> list[tuple[str | None, str | None]]:
    release = parse(data, "in.txt")["press_releases"][0]
    return [(c["name"], c["role"]) for c in release["contacts"]]


def _contacts(data: bytes) -> list[dict[str, Any]]:
    return parse(data, "in.txt")["press_releases"][0]["contacts"]


def test_a_heading_s_role_is_singular() -> None:
    # Apple's 2024 8-K: "Press Contact:" and "Investor Relations Contact:", kept as printed;
    # edited to the plural other filers print, each person is one contact (was "Investor
    # Relations Contacts")
    data = (FILINGS / "8k_2024_appleinc_1.txt").read_bytes()
    expected = [("Josh Rosenstock", "Press Contact"),
                ("Suhasini Chandramouli", "Investor Relations Contact")]
    assert _roles(data) == expected
    assert _roles(data.replace(b"Contact&#58;", b"Contacts&#58;")) == expected
    for heading, role in ((b"MEDIA CONTACTS", "MEDIA CONTACT"),
                          (b"Company Contacts", "Company Contact")):
        edited = data.replace(b"Press Contact&#58;", heading + b"&#58;")
        assert _roles(edited)[0] == ("Josh Rosenstock", role)
    # Apple's 2011 8-K prints the plural over two people (was "Investor Relations Contacts")
    data = (FILINGS / "8k_2011_appleinc_1.txt").read_bytes()
    assert _roles(data) == [("Steve Dowling", "Press Contact"),
                            ("Nancy Paxton", "Investor Relations Contact"),
                            ("Joan Hoover", "Investor Relations Contact")]


def test_a_pr_newswire_trailer_s_desk_labels() -> None:
    # Sears 2004's "/CONTACT: News Media Contact, Edgar P. McDougal, ..., or Investor
    # Contact, Scott A. Bohaboy, ...": the labels as printed
    data = (FILINGS / "8k_2004_searsroebuckandco_1.txt").read_bytes()
    assert _roles(data) == [("Edgar P. McDougal", "News Media Contact"),
                            ("Scott A. Bohaboy", "Investor Contact")]


ASTA = FILINGS / "8k_2005_astafundinginc_7.txt"
# Asta Funding's two contacts (its "CONTACT:" block at the release's head, as filed) typed
# as a grid of space-parted columns, names over firms over phones, as 1990s releases print it
_GRID = ("Mitchell Cohen                             Andria Arena\n"
         "ASTA FUNDING, INC.                         WOLFE AXELROD WEINBERGER ASSOC. LLC\n"
         "(201) 567-5648                             (212) 370-4500\n")
_PEOPLE = [("Mitchell Cohen", "ASTA FUNDING, INC.", None, "(201) 567-5648"),
           ("Andria Arena", "WOLFE AXELROD WEINBERGER ASSOC. LLC", None, "(212) 370-4500")]


def _asta(foot: str, mark: bool = False) -> list[tuple[str | None, ...]]:
    """Asta Funding's 2005 8-K, its head's "CONTACT:" block cut, its release's "###" line
    replaced by ``foot`` (kept above it with ``mark``)."""
    text = ASTA.read_text(encoding="latin-1")
    (block,) = re.findall(r"CONTACT:\n.*?steve@wolfeaxelrod\.com\n", text, re.S)
    (end,) = re.findall(r"\n +###\n", text)
    text = text.replace(block, "").replace(end, (end if mark else "\n") + "\n" + foot)
    return [(c["name"], c["organization"], c["role"], c["phone"])
            for c in _contacts(text.encode("latin-1"))]


def test_a_text_grid_of_contacts_at_a_release_s_foot_is_read() -> None:
    # the grid closing the release with no end mark (was: no contacts), as under one
    assert _asta(_GRID) == _asta(_GRID, mark=True) == _PEOPLE
    # with an e-mail row under the phones: still the foot's one paragraph
    wide = _GRID.replace("(212) 370-4500\n", "(212) 370-4500\nsteve@wolfeaxelrod.com\n")
    assert [c[0] for c in _asta(wide)] == ["Mitchell Cohen", "Andria Arena"]
    # signers' names over their titles (no phone, no e-mail), a table of figures, the grid
    # inside a longer paragraph, or a grid with prose after it: no contacts
    signers = ("Mitchell Cohen                             Arthur Stern\n"
               "Chief Financial Officer                    Chairman\n")
    table = ("                             2005           2004\n"
             "Revenues               (201) 567-5648  (212) 370-4500\n")
    prose = "Asta Funding, Inc. is a consumer receivables asset management company.\n"
    for foot in (signers, table, prose.replace(".\n", ",\n") + _GRID, _GRID + "\n" + prose):
        assert _asta(foot) == [], foot
    # ~200 KB of names rows closing a text, then of blank lines: the foot is read once
    for text in ("Intro.\n\n" + "Jane Doe   John Roe\n" * 10_000,
                 "Intro.\n\nJane Doe   John Roe\n(212) 555-0100   (212) 555-0101\n"
                 + "\n" * 200_000):
        start = time.process_time()
        find_contacts(text)
        assert time.process_time() - start < 5
