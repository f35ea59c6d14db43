"""Round 62b (press-release contacts): contacts printed in two columns of an HTML table
("Investor Relations Contact:" beside "Media Contact:", a row each for the name, the phone and
the e-mail) keep their own role, name, phone and e-mail; a column's cell holding a name run
into its firm or job (the cell's <br> lines joined) is parted when the e-mail below it tells
who is named.

Apple's 2024 release (a corpus filing) prints its two contacts one under the other ("Press
Contact:" / name / "Apple" / e-mail / phone, then "Investor Relations Contact:" / ...); the
tests type the same people into the two-column table other filers print, its cells as given."""

from __future__ import annotations

import pytest

from filing2json.parsers import parse
from support import FILINGS

_APPLE_2024 = FILINGS / "8k_2024_appleinc_1.txt"
_FONT = "<div><font style=\"color:#000000;font-family:'Helvetica',sans-serif;font-size:9pt;"
_FIRST = _FONT + 'font-weight:700;line-height:120%">Press Contact&#58;'
_LAST = "(408) 974-3123</font></div>"
_IR = ("Suhasini Chandramouli", "(408) 974-3123", "suhasini&#64;apple.com")
_MEDIA = ("Josh Rosenstock", "(408) 862-1142", "jrosenstock&#64;apple.com")
_HEADS = ["Investor Relations Contact&#58;", "Media Contact&#58;"]


def _contacts(rows: list[list[str]]) -> list[tuple[str | None, ...]]:
    """The contacts of Apple's 2024 release with its two contact blocks replaced by a table
    of ``rows`` (each a row's cells)."""
    raw = _APPLE_2024.read_text(encoding="utf-8")
    start, end = raw.index(_FIRST), raw.index(_LAST) + len(_LAST)
    assert raw.count(_FIRST) == raw.count(_LAST) == 1
    table = "<table>" + "".join(
        "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows
    ) + "</table>"
    record = parse((raw[:start] + table + raw[end:]).encode(), str(_APPLE_2024))
    fields = ("name", "organization", "role", "phone", "email")
    return [tuple(c[f] for f in fields) for c in record["press_releases"][0]["contacts"]]


def _mail(cell: str) -> str:
    return cell.replace("&#64;", "@")


@pytest.mark.parametrize("order", [(0, 1, 2), (0, 2, 1)])  # the phone's row first, or the mail's
def test_two_columns_of_contacts_keep_their_own_fields(order: tuple[int, ...]) -> None:
    rows = [_HEADS] + [[_IR[j], _MEDIA[j]] for j in order]
    assert _contacts(rows) == [
        ("Suhasini Chandramouli", None, "Investor Relations Contact", "(408) 974-3123",
         "suhasini@apple.com"),
        ("Josh Rosenstock", None, "Media Contact", "(408) 862-1142", "jrosenstock@apple.com"),
    ]


def test_two_columns_with_a_firm_row_give_each_their_firm() -> None:
    rows = [_HEADS, [_IR[0], _MEDIA[0]], ["Apple", "Brunswick Group"], [_IR[1], _MEDIA[1]],
            [_IR[2], "jrosenstock&#64;brunswickgroup.com"]]
    assert _contacts(rows) == [
        ("Suhasini Chandramouli", "Apple", "Investor Relations Contact", "(408) 974-3123",
         "suhasini@apple.com"),
        ("Josh Rosenstock", "Brunswick Group", "Media Contact", "(408) 862-1142",
         "jrosenstock@brunswickgroup.com"),
    ]


@pytest.mark.parametrize(("ir_under", "media_under", "media_mail", "ir_fields", "media_fields"), [
    # the firm with its legal form under each name (was: no name, "Suhasini Chandramouli
    # Apple Inc." the organisation)
    ("Apple Inc.", "Apple Inc.", _MEDIA[2],
     ("Apple Inc.", "Investor Relations Contact"), ("Apple Inc.", "Media Contact")),
    # each one's job under the name (was: no name, the name and job the organisation)
    ("Director, Investor Relations", "Senior Manager, Communications", _MEDIA[2],
     (None, "Director, Investor Relations"), (None, "Senior Manager, Communications")),
    # firms with no legal form that the e-mail's domain spells (was: "Suhasini Chandramouli
    # Apple" the name, "Josh Rosenstock Brunswick Group" the organisation)
    ("Apple", "Brunswick Group", "jrosenstock&#64;brunswickgroup.com",
     ("Apple", "Investor Relations Contact"), ("Brunswick Group", "Media Contact")),
])
def test_a_name_run_into_its_firm_or_job_in_a_column_s_cell_is_parted(
        ir_under: str, media_under: str, media_mail: str,
        ir_fields: tuple[str | None, str], media_fields: tuple[str | None, str]) -> None:
    rows = [_HEADS, [f"{_IR[0]}<br>{ir_under}", f"{_MEDIA[0]}<br>{media_under}"],
            [_IR[1], _MEDIA[1]], [_IR[2], media_mail]]
    assert _contacts(rows) == [
        (_IR[0], *ir_fields, _IR[1], _mail(_IR[2])),
        (_MEDIA[0], *media_fields, _MEDIA[1], _mail(media_mail)),
    ]


def test_a_name_run_into_its_firm_in_one_column_is_parted() -> None:
    # (a one-column table: each row its own line; was: no name)
    rows = [[_HEADS[0]], [f"{_IR[0]}<br>Apple Inc."], [_IR[1]], [_IR[2]]]
    assert _contacts(rows) == [(_IR[0], "Apple Inc.", "Investor Relations Contact", _IR[1],
                                _mail(_IR[2]))]


def test_a_firm_alone_over_its_number_and_mailbox_names_no_one() -> None:
    # Asta Funding's 2004 release prints its agency "WOLFE AXELROD WEINBERGER ASSOC. LLC" over
    # "(212) 370-4500" and "steve@wolfeaxelrod.com": a firm whose first two words read as a
    # name, the mailbox spelling neither them nor the rest (no "Wolfe Axelrod" of "Weinberger
    # Assoc. LLC")
    rows = [_HEADS, [_IR[0], "Wolfe Axelrod Weinberger Assoc. LLC"], [_IR[1], "(212) 370-4500"],
            [_IR[2], "steve&#64;wolfeaxelrod.com"]]
    assert _contacts(rows)[1] == (None, "Wolfe Axelrod Weinberger Assoc. LLC", "Media Contact",
                                  "(212) 370-4500", "steve@wolfeaxelrod.com")
