"""HTML table cells and press contacts, round 64: the grid rule of round 63 (a row opening
with empty cells keeps its column) counts each cell's colspan, a check mark ("x", a Wingdings
box) alone in its row under the caption asking for it is no roman page number, and a contact
line's closing "both for Acme Corp." names the firm of everyone in it.

Each test reads a real filing (Oracle's 2019 8-K, CVR Energy's 2025 SC TO-T/A, Pericom's 2006
8-K), edited where the corpus lacks the shape (the edit is said in each test).
"""

from __future__ import annotations

import time

from test_rel63_round63 import _KEN_PHONE, CVR, _contacts, _oracle_table

from filing2json.parsers.text import html_to_text
from support import FILINGS, edited_record, validate

PERICOM = FILINGS / "8k_2006_pericomsemiconductorco_3.txt"
# Oracle's contact table has five columns: the label, a spacer, Ken Bond's, a spacer, Deborah
# Hellinger's
_LABEL_AND_SPACER = ('<TD VALIGN="top">Contact:&nbsp;&nbsp;&nbsp;&nbsp;</TD>\n'
                     '<TD VALIGN="bottom">&nbsp;&nbsp;</TD>')


def test_a_label_spanning_two_columns_keeps_the_right_persons_phone() -> None:
    # Oracle's 2019 8-K with its label's cell merged with the spacer after it (COLSPAN="2",
    # as filers print a label wider than its column) and Ken Bond's phone cell left empty:
    # Deborah Hellinger's phone, in the fifth column, is hers. Counting cells, not spans,
    # put her name in the third column and her phone under Ken's (no grid: no tab)
    edit = {_LABEL_AND_SPACER: '<TD VALIGN="top" COLSPAN="2">Contact:</TD>',
            _KEN_PHONE: '<TD VALIGN="top"></TD>'}
    assert _oracle_table(edit).split("\n")[:3] == [
        "Contact:\tKen Bond\tDeborah Hellinger",
        "Oracle Investor Relations\tOracle Corporate Communications", "\t\t1.212.508.7935"]
    assert [(name, phone) for name, _, phone, _ in _contacts(edit)] == [
        ("Ken Bond", None), ("Deborah Hellinger", "1.212.508.7935")]


def test_a_span_of_an_unreadable_width_counts_one_column() -> None:
    # (a colspan typed as no number is one cell's, as a browser reads it)
    grid = "<tr><td>a</td><td>b</td><td>c</td></tr>"
    rows = grid * 2 + '<tr><td colspan="wide"></td><td></td><td>y</td></tr>' + grid * 2
    assert html_to_text(f"<table>{rows}</table>").split("\n")[2] == "\t\ty"
    rows = grid * 2 + '<tr><td colspan="2"></td><td>y</td></tr>' + grid * 2
    assert html_to_text(f"<table>{rows}</table>").split("\n")[2] == "\t\ty"


# CVR Energy's cover, item 5: "5 | CHECK BOX IF LEGAL PROCEEDINGS ... 2(e) | ¨" (its box empty)
_CAPTION = "CHECK BOX IF LEGAL PROCEEDINGS IS REQUIRED PURSUANT TO ITEMS 2(d) or 2(e)</FONT></TD>"
_BOX = ('<TD STYLE="border-bottom: Black 1pt solid; padding-bottom: 10pt; padding-top: 1pt">'
        '<FONT STYLE="font-family: Wingdings; font-size: 10pt">&uml;</FONT></TD></TR>')
_NUMBER = ('<TD STYLE="border-bottom: Black 1pt solid; padding-bottom: 10pt; padding-top: 1pt">'
           '<FONT STYLE="font-family: Times New Roman, Times, Serif; font-size: 10pt">5</FONT>'
           '</TD>')
_CHECKED = '<TR><TD><FONT STYLE="font-family: Wingdings">&#120;</FONT></TD></TR>'


def _cvr_cover(edit: dict[str, str]) -> list[str]:
    text = CVR.read_text(encoding="latin-1")
    for old, new in edit.items():
        assert old in text
        text = text.replace(old, new, 1)
    return html_to_text(text[text.index("<TEXT>") : text.index("</TEXT>")]).split("\n")


def test_a_check_mark_under_its_caption_is_no_page_number() -> None:
    # CVR Energy's cover with item 5's box checked and printed in a row of its own under the
    # caption, the item's number spanning both rows (ROWSPAN="2", as many covers print it):
    # the lone "x" (Wingdings' checked box) was dropped as page x (round 64b: the item
    # number's rowspan counted, the mark keeps its column under the caption)
    lines = _cvr_cover({_NUMBER: '<TD ROWSPAN="2">5</TD>',
                        _CAPTION + "\n    " + _BOX: _CAPTION + "</TR>\n" + _CHECKED})
    at = lines.index("5\tCHECK BOX IF LEGAL PROCEEDINGS IS REQUIRED PURSUANT TO ITEMS 2(d) or 2(e)")
    assert lines[at + 1 : at + 3] == ["\tx", "6\tCITIZENSHIP OR PLACE OF ORGANIZATION"]
    # (the mark alone in the row's first cell, no item number spanning into it: no grid)
    lines = _cvr_cover({_CAPTION + "\n    " + _BOX: _CAPTION + "</TR>\n" + _CHECKED})
    at = lines.index("5\tCHECK BOX IF LEGAL PROCEEDINGS IS REQUIRED PURSUANT TO ITEMS 2(d) or 2(e)")
    assert lines[at + 1 : at + 3] == ["x", "6\tCITIZENSHIP OR PLACE OF ORGANIZATION"]
    # the same cover's first table closed by a page number alone in a row ("iv", "x": no
    # caption asking for a check mark above it) drops it, as before
    last = ('OO</FONT></TD>\n    <TD STYLE="border-bottom: Black 1pt solid; padding-bottom: '
            '10pt; padding-top: 1pt">&nbsp;</TD></TR>')
    for page in ("iv", "x"):
        row = f'<TR><TD>&nbsp;</TD><TD STYLE="text-align: center">{page}</TD></TR>'
        lines = _cvr_cover({last: last + row})
        at = lines.index("14\tTYPE OF REPORTING PERSON")
        assert lines[at + 1 : at + 3] == ["OO", ""], page
        assert page not in lines and f"\t{page}" not in lines


def test_check_marks_under_captions_render_in_linear_time() -> None:
    # ~200 KB of caption rows, each over a lone check mark
    rows = "<tr><td>Check the box if so</td></tr><tr><td>x</td></tr>" * 4_000
    start = time.process_time()
    text = html_to_text(f"<table>{rows}</table>")
    assert time.process_time() - start < 5
    assert text.split("\n").count("x") == 4_000


# Pericom's 2006 8-K: PR Newswire's trailer, its two people sharing one number
_TRAILER = ("/CONTACT:  Deborah Stapleton or Alexis Pascal, +1-650-470-4234, or fax,\n"
            "+1-408-435-1100, both for Pericom Semiconductor Corporation/")


def _pericom_contacts(line: str) -> list[tuple[object, ...]]:
    (release,) = validate(edited_record(PERICOM, {_TRAILER: line}))["press_releases"]
    return [(c["name"], c["organization"], c["phone"]) for c in release["contacts"]]


def test_both_for_a_firm_names_the_firm_of_each_person() -> None:
    # the trailer with a number for each person, parted by "-or-" or ", or": "both for
    # Pericom ..." is the firm of both, as in the trailer as filed (was: the first person's
    # firm lost); so in a contact block's line (was: "for Pericom ..." the second's firm)
    both = [("Deborah Stapleton", "Pericom Semiconductor Corporation", "+1-650-470-4234"),
            ("Alexis Pascal", "Pericom Semiconductor Corporation", "+1-650-470-4235")]
    people = "Deborah Stapleton, +1-650-470-4234{} Alexis Pascal, +1-650-470-4235"
    for joiner in (" -or-", ", or"):
        line = people.format(joiner) + ", both for Pericom Semiconductor Corporation"
        assert _pericom_contacts(f"/CONTACT:  {line}/") == both, joiner
        assert _pericom_contacts(f"CONTACT:  {line}") == both, joiner
    # the trailer as filed keeps its reading
    assert _pericom_contacts(_TRAILER) == [
        ("Deborah Stapleton", "Pericom Semiconductor Corporation", "+1-650-470-4234"),
        ("Alexis Pascal", "Pericom Semiconductor Corporation", "+1-650-470-4234")]
    # (in linear time: a ~200 KB contact line of "both for" runs that never close on a firm)
    line = "Jane Doe, +1-650-470-4234, or John Roe, both for " + "x both for " * 18_000
    start = time.process_time()
    validate(edited_record(PERICOM, {_TRAILER: f"CONTACT:  {line}"}))
    assert time.process_time() - start < 5
