"""Press releases, round 43: a contact heading in a letterhead's second column, after the
issuer's name and address in the first ("ACME CORP. <gap> Contact: Jane Doe"), and "o"
sub-bullets under a "Key Points:" or "... Summary:" heading kept with their parent item, as
under a "Highlights" heading.

Each test reads a corpus filing with its text minimally edited into a shape other releases
of its era print (the edit said in each test).
"""

from __future__ import annotations

from typing import Any

from filing2json.parsers.sections.press_release import parse_press_release
from filing2json.parsers.text import html_to_text
from support import FILINGS

# Asta Funding's 2004 release (8k_2004_astafundinginc_5.txt): "CONTACT:" over two columns
_ASTA = "8k_2004_astafundinginc_5.txt"
_ASTA_BLOCK = (
    "CONTACT:\n"
    "                                          Stephen D. Axelrod, CFA\n"
    "Mitchell Herman, CFO                      Andria Arena (Media)\n"
    "ASTA FUNDING, INC.                        WOLFE AXELROD WEINBERGER ASSOC. LLC\n"
    "(201) 567-5648                            (212) 370-4500; (212) 370-4505 (Fax)\n"
    "                                          steve@wolfeaxelrod.com\n"
)


def _exhibit(name: str) -> str:
    """The filing's text from its exhibit's "Exhibit 99.1" caption to its document's end."""
    text = (FILINGS / name).read_text(encoding="utf-8", errors="replace")
    start = text.index("\n", text.index("Exhibit 99.1\n")) + 1
    return text[start : text.index("</TEXT>", start)]


def _asta(block: str) -> list[tuple[Any, ...]]:
    """The contacts of Asta's release with its contact block replaced by ``block``."""
    text = _exhibit(_ASTA)
    assert _ASTA_BLOCK in text
    release = parse_press_release(text.replace(_ASTA_BLOCK, block), "EX-99.1")
    assert release is not None
    return [(c["name"], c["organization"], c["role"], c["phone"]) for c in release["contacts"]]


def test_contact_heading_right_of_the_issuers_letterhead() -> None:
    # (was no contact: a heading was looked for at a line's start only) the issuer's name
    # and address in the first column, the contact in the second
    assert _asta(
        "ASTA FUNDING, INC.                        Contact: Mitchell Herman, CFO\n"
        "210 Sylvan Avenue                         Asta Funding, Inc.\n"
        "Englewood Cliffs, NJ 07632                (201) 567-5648\n"
    ) == [("Mitchell Herman", "Asta Funding, Inc.", "CFO", "(201) 567-5648")]
    # in capitals, the lines below the name indented under it, and two people
    assert _asta(
        "ASTA FUNDING, INC.                        CONTACTS:  Mitchell Herman, CFO\n"
        "210 Sylvan Avenue                                    (201) 567-5648\n"
        "Englewood Cliffs, NJ 07632                           Stephen D. Axelrod\n"
        "                                                     (212) 370-4500\n"
    ) == [("Mitchell Herman", None, "CFO", "(201) 567-5648"),
          ("Stephen D. Axelrod", None, None, "(212) 370-4500")]


def test_contact_heading_right_of_a_from_label_or_a_ticker() -> None:
    # (was no contact) "FROM: <issuer>" in the first column
    assert _asta(
        "FROM: Asta Funding, Inc.                  CONTACT: Mitchell Herman\n"
        "                                          (201) 567-5648\n"
    ) == [("Mitchell Herman", None, None, "(201) 567-5648")]
    # (was no contact) the first column's "FOR IMMEDIATE RELEASE" under its ticker ends no
    # block: the contact's phone beside it is read
    assert _asta(
        "NASDAQ: ASFI                              Contact: Mitchell Herman, CFO\n"
        "FOR IMMEDIATE RELEASE                     (201) 567-5648\n"
    ) == [("Mitchell Herman", None, "CFO", "(201) 567-5648")]


def test_first_column_blank_or_a_release_marker_as_before() -> None:
    # a blank first column, or "FOR IMMEDIATE RELEASE" in it, read as they were
    for left in (" " * 42, "FOR IMMEDIATE RELEASE" + " " * 21):
        assert _asta(
            f"{left}CONTACT: Mitchell Herman, CFO\n"
            "                                          (201) 567-5648\n"
        ) == [("Mitchell Herman", None, "CFO", "(201) 567-5648")], left


# Horizon Financial's 2008 release (8k_2008_horizonfinancialcorp_1.txt): "o" items under a
# "*" item of its highlights
_HORIZON = "8k_2008_horizonfinancialcorp_1.txt"
_HORIZON_HEADING = (
    "Third Quarter Fiscal 2008 Highlights (for the quarter ended December 31, 2007,\n"
    "compared to December 31, 2006):\n"
)
_ASSET_QUALITY = (
    "Asset quality continues to be acceptable: Non-performing assets were just 0.12% of "
    "total assets compared to 0.09% a year ago. Loan loss reserves are 1.50% of net loans "
    "receivable compared to 1.53% a year ago."
)


def _horizon_highlights(heading: str) -> list[str]:
    text = _exhibit(_HORIZON)
    assert _HORIZON_HEADING in text
    release = parse_press_release(text.replace(_HORIZON_HEADING, heading), "EX-99.1")
    assert release is not None
    return release["highlights"]


def test_sub_bullets_under_key_points_join_their_item() -> None:
    # as printed (a "Highlights" heading), the "o" items join "Asset quality ...:"
    assert _ASSET_QUALITY in _horizon_highlights(_HORIZON_HEADING)
    # (was three items: "Asset quality continues to be acceptable:" and each "o" line)
    for heading in ("Key Points:\n", "Third Quarter Summary:\n", "Recent Developments:\n"):
        found = _horizon_highlights(heading)
        assert _ASSET_QUALITY in found, heading
        assert len(found) == 5, heading  # (the parent item, last, ends the list)
        assert found[-1] == _ASSET_QUALITY, heading


def _row(mark: str, text: str) -> str:
    return f"<table><tr><td>{mark}</td><td>{text}</td></tr></table>"


def _html_key_points(rows: str) -> list[str]:
    """Horizon Financial 2008's release head and items (8k_2008_horizonfinancialcorp_1.txt),
    set as an HTML release sets a list (a table row per item) under "Key Points:"."""
    html = (
        "<html><body><p>HORIZON FINANCIAL REPORTS THIRD QUARTER EARNINGS</p>"
        "<p>BELLINGHAM, Washington, January 24, 2008 - Horizon Financial Corp. (Nasdaq: HRZB)"
        " today reported net income of $4.7 million, or $0.39 per diluted share, for the"
        " quarter ended December 31, 2007.</p><p>Key Points:</p>" + rows +
        "<p>Our local economy continues to perform very well in terms of employment and"
        " population growth, stated V. Lawrence Evans, Chairman.</p></body></html>"
    )
    release = parse_press_release(html_to_text(html), "EX-99.1")
    assert release is not None
    return release["highlights"]


def test_sub_bullets_of_rendered_html_under_key_points() -> None:
    deposits = "Deposits topped the $1 billion threshold ending the quarter at $1.01 billion."
    quality = "Asset quality continues to be acceptable:"
    nonperforming = "Non-performing assets were just 0.12% of total assets."
    reserves = "Loan loss reserves are 1.50% of net loans receivable."
    rows = (_row("&#8226;", deposits) + _row("&#8226;", quality) + _row("o", nonperforming)
            + _row("o", reserves))
    # (was four items) no indent: the "o" items under an item ending in ":" are its own,
    # the list's last too
    assert _html_key_points(rows) == [deposits, f"{quality} {nonperforming} {reserves}"]
    # a flat list whose marks change ("o" after the first, no ":" above, the first mark
    # never back) keeps its items apart
    flat = (_row("&#8226;", deposits) + _row("o", nonperforming) + _row("o", reserves))
    assert _html_key_points(flat) == [deposits, nonperforming, reserves]
