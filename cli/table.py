"""`-f table`: one row per record, for people, fitting an 80-column terminal.

Columns (sample 000_af6957f9859c0735.txt):

    file       000_af6957f9859c0735.txt     the last part of source.path (archive member name)
    form       8-K
    dates      r 2000-08-03                 "r" report_date, "f" filed_date, a line each
    registrant CTC COMMUNICATIONS GROUP, INC.
    items      5 7                          item numbers
    headline   CTC COMMUNICATIONS ANNOUNCES ...   the first press release's headline

Rows are built in the workers (`table_row`, plain strings) and drawn by the parent (`render`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

COLUMNS = ("file", "form", "dates", "registrant", "items", "headline")
MAX_CELL = 160  # long headlines are cut: the table is an overview
# Fixed narrow columns; the headline takes whatever width the terminal has left.
_LAYOUT: dict[str, dict[str, Any]] = {
    "file": {"width": 12},
    "form": {"width": 6},
    "dates": {"width": 12, "no_wrap": True},
    "registrant": {"width": 15},
    "items": {"width": 5},
    "headline": {"ratio": 1, "min_width": 10},
}


def _cut(value: Any) -> str:
    text = " ".join(str(value).split()) if value not in (None, "") else ""
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "\u2026"


def _first(rows: Any, key: str) -> Any:
    if isinstance(rows, list) and rows and isinstance(rows[0], dict):
        return rows[0].get(key)
    return None


def table_row(record: dict[str, Any]) -> tuple[str, ...]:
    """The table cells of one record; never raises on odd values."""
    source = record.get("source") or {}
    path = str(source.get("path") or "") if isinstance(source, dict) else ""
    name = path.rsplit("!", 1)[-1].rsplit("/", 1)[-1]
    dates = [f"{tag} {record[key]}" for tag, key in (("r", "report_date"), ("f", "filed_date"))
             if record.get(key)]
    items = record.get("items") if isinstance(record.get("items"), list) else []
    numbers = " ".join(str(i.get("number")) for i in items if isinstance(i, dict))
    return (
        _cut(name),
        _cut(record.get("form_type")),
        "\n".join(dates),
        _cut(_first(record.get("registrants"), "name")),
        _cut(numbers),
        _cut(_first(record.get("press_releases"), "headline")),
    )


def render(rows: Iterable[tuple[str, ...]], console: Any) -> None:
    """Print the rows as one Rich table on `console` (cells are text, never markup)."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, padding=(0, 1, 0, 0),
                  expand=True)
    for col in COLUMNS:
        table.add_column(col, overflow="fold", **_LAYOUT[col])
    for row in rows:
        table.add_row(*(Text(cell) for cell in row))
    console.print(table)
