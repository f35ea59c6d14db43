"""HTML table cells and press contacts, round 65: a cell spanning rows in the middle of a row
(a gutter or a label, rowspan="4") keeps the values of the rows under it in their columns; a
table of no value whose first cell spans past its last row leaves the next table's rows in
theirs; and a contact grid's row opened by a field's label ("Phone: | 1.650... | 1.212...")
gives each person the value in their column.

Each test reads a real filing (Caterpillar's 2022 8-K, Oracle's 2019 8-K), edited where the
corpus lacks the shape (the edit is said in each test).
"""

from __future__ import annotations

import re

from filing2json.parsers import parse
from filing2json.parsers.text import html_to_text
from support import FILINGS, validate

CATERPILLAR = FILINGS / "8k_2022_caterpillarinc_1.txt"
# Caterpillar's 2022 8-K: its release's two contact lines, each a <div>, as filed
_CONTACT_DIVS = re.compile(
    r"<div[^>]*><font[^>]*>Caterpillar investor relations contact.*?"
    r"Caterpillar media contact.*?</div>", re.S)
_RYAN = ("Ryan Fiedler", "investor relations contact", "Fiedler_Ryan_S@cat.com")
_KATE = ("Kate Kenny", "media contact", "Kenny_Kate@cat.com")
_PHONE = "+1 309-361-9333"  # Kate Kenny's, as filed


def _grid(gutter: str) -> str:
    """The two contacts laid out as a grid, heads over names over phones over e-mails, the
    phone row printing Kate Kenny's only (Ryan Fiedler reached by e-mail); `gutter` opens the
    media column (a cell spanning the table's rows, or nothing)."""
    return (
        "<table><tr><td>Caterpillar investor relations contact:</td>"
        f"{gutter}<td>Caterpillar media contact:</td></tr>"
        "<tr><td>Ryan Fiedler</td><td>Kate Kenny</td></tr>"
        f"<tr><td></td><td>{_PHONE}</td></tr>"
        "<tr><td>Fiedler_Ryan_S&#64;cat.com</td><td>Kenny_Kate&#64;cat.com</td></tr></table>")


def _contacts(layout: str) -> list[tuple[object, ...]]:
    """The contacts of Caterpillar's release, its contact lines laid out as `layout`."""
    text = CATERPILLAR.read_text(encoding="latin-1")
    (old,) = _CONTACT_DIVS.findall(text)
    record = validate(parse(text.replace(old, layout).encode("latin-1"), CATERPILLAR.name))
    (release,) = record["press_releases"]
    return [(c["name"], c["role"], c["email"], c["phone"]) for c in release["contacts"]]


_READING = [(*_RYAN, None), (*_KATE, _PHONE)]


def test_a_cell_spanning_rows_mid_row_keeps_the_values_under_it_in_their_columns() -> None:
    # Caterpillar's contact lines edited into a grid whose gutter, a cell between the two
    # columns, spans all four rows (rowspan="4", the rows under it printing no cell there):
    # Kate Kenny's phone under her name stays hers (was: the rows under the gutter counted
    # from its column, the phone read in Ryan Fiedler's column and given to him)
    gutter = '<td rowspan="4" style="width:5%">&#160;</td>'
    grid = _grid(gutter)
    assert html_to_text(grid).split("\n")[2] == "\t" + _PHONE
    assert _contacts(grid) == _READING
    # a label cell so spanning, in the middle of the row, as a cover's caption: the same
    assert html_to_text(_grid('<td rowspan="4">or</td>')).split("\n")[2] == "\t\t" + _PHONE
    # the grid without the gutter reads so too
    assert _contacts(_grid("")) == _READING


def test_a_table_of_no_value_spanning_past_its_end_shifts_no_row_after_it() -> None:
    # Caterpillar's contact lines edited into the grid (no gutter), after a spacer table of
    # one empty row whose first cell spans three (rowspan="3", as page layouts print): the
    # grid's rows keep their columns (was: the spacer's span, never closed as its table held
    # no value, moved the grid's first three rows one column right, and the phone row, read
    # outside the grid, gave Kate Kenny's phone to Ryan Fiedler)
    spacer = '<table><tr><td rowspan="3">&#160;</td><td>&#160;</td></tr></table>'
    assert html_to_text(spacer + _grid("")).split("\n")[2] == "\t" + _PHONE
    assert _contacts(spacer + _grid("")) == _READING
    # a spacer spanning no row past its end changes nothing either
    assert _contacts(spacer.replace(' rowspan="3"', "") + _grid("")) == _READING


ORACLE = FILINGS / "8k_2019_oraclecorp_1.txt"
# Oracle's 2019 8-K: its release's contact grid, "Contact:" beside its two people, their desks,
# phones and e-mails under them, as filed; the rows under the first open with an empty cell
_EMPTY = '<TD VALIGN="top"></TD>\n<TD VALIGN="bottom">&nbsp;&nbsp;</TD>\n<TD VALIGN="top">'
_ROW = '<TR STYLE="page-break-inside:avoid ; font-family:Times New Roman; font-size:10pt">\n'
_KEN = ("Ken Bond", "1.650.607.0349", "ken.bond@oracle.com")
_DEBORAH = ("Deborah Hellinger", "1.212.508.7935", "deborah.hellinger@oracle.com")


def _oracle(edit: dict[str, str]) -> list[tuple[object, ...]]:
    text = ORACLE.read_text(encoding="latin-1")
    for old, new in edit.items():
        assert text.count(old) == 1
        text = text.replace(old, new)
    (release,) = validate(parse(text.encode("latin-1"), ORACLE.name))["press_releases"]
    return [(c["name"], c["phone"], c["email"]) for c in release["contacts"]]


def _labelled(value: str, label: str) -> dict[str, str]:
    """The empty first cell of the row holding ``value`` printing ``label``."""
    return {_EMPTY + value: _EMPTY.replace("></TD>", f">{label}</TD>", 1) + value}


def test_a_field_label_opening_a_grid_row_labels_the_value_in_each_column() -> None:
    # Oracle's grid edited so: the phones' and e-mails' rows open with their field's label
    # ("Phone:", as many grids print it): Deborah Hellinger's phone stays hers (was: the
    # label's cell moved the row's values left of their columns, her phone read in Ken
    # Bond's column, after his, and lost)
    assert _oracle({}) == [_KEN, _DEBORAH]
    for phone, mail in (("Phone:", "Email:"), ("Tel.:", "E-mail:"), ("Phone", "Email")):
        edit = _labelled(_KEN[1], phone) | _labelled(_KEN[2], mail)
        assert _oracle(edit) == [_KEN, _DEBORAH], phone
    # a fax's row over the phones' (a row inserted so): the faxes are no one's phone (was:
    # Ken Bond's fax read as his phone, Deborah Hellinger's phone lost)
    fax = ('<TR><TD VALIGN="top">Fax:</TD><TD></TD><TD VALIGN="top">1.650.607.0300</TD><TD></TD>'
           '<TD VALIGN="top">1.212.508.7900</TD></TR>')
    ((old, new),) = _labelled(_KEN[1], "Phone:").items()
    assert _oracle({_ROW + old: fax + _ROW + new}) == [_KEN, _DEBORAH]
