"""Exhibit lists of round 51: a rate or an amount after one space, a hyphenated fraction's
rate, a "Filed herewith." sentence after the description's stop, and an exhibit list laid out
in one table cell with <br>s.

- A decimal number and one space part a description that opens with a rate or an amount, as
  rendered HTML paragraphs and single-spaced text lists print them ("4.1 4.875% Senior Notes
  due 2030", "4.2 $500,000,000 5.30% Senior Notes due 2017"); after a whole number they stay
  no entry (a table's "15 12% Increase").
- A rate typed with a hyphenated fraction opens a description ("4.1  8-1/2% Senior Notes").
- "Press release dated July 22, 2004.  Filed herewith." keeps one stop once the mark goes.
- A cell whose <br>s part exhibit rows ("(d) Exhibits<br>99.1 Press release ...<br>99.2 ...")
  gives a line for each row, as the list printed outside a table does.

The text tests take Sears' 2004 8-K (a corpus filing) with its Item 7 list re-typed as said;
the HTML test takes Sophiris Bio's 2016 8-K with its one-row list moved into a one-cell table.
"""

from __future__ import annotations

from pathlib import Path

from filing2json.parsers import parse
from filing2json.parsers.text.html_text import html_to_text
from support import FILINGS

SEARS = FILINGS / "8k_2004_searsroebuckandco_1.txt"
# its Item 7 list as filed (the index after the signature repeats "99  Press release ...")
_SEARS_ROW = ("            Exhibit 99 - Press release dated July 22, 2004, furnished\n"
              "            pursuant to Item 12\n")
SOPHIRIS = FILINGS / "8k_2016_sophirisbioinc_1.htm"
_SOPHIRIS_ROW = ('<P id=PARA72 style="TEXT-ALIGN: left; MARGIN: 0pt; LINE-HEIGHT: 1.25">'
                 '<FONT style="FONT-SIZE: 10pt; FONT-FAMILY: Times New Roman, Times, serif">'
                 "99.1 Press release dated March 23, 2016. </FONT></P>")


def _exhibits(path: Path, old: str, new: str) -> list[tuple[str, str]]:
    text = path.read_text(encoding="latin-1")
    assert old in text
    record = parse(text.replace(old, new).encode("latin-1"), path.name)
    return [(e["number"], e["description"]) for e in record["exhibits"]]


def _sears(rows: str) -> list[tuple[str, str]]:
    return _exhibits(SEARS, _SEARS_ROW, "".join(f"            {row}\n" for row in rows.split("\n")))


def test_rate_after_one_space_opens_the_description() -> None:
    assert _sears("4.1 4.875% Senior Notes due 2030\n99.1 Press release dated July 22, 2004")[:2] \
        == [("4.1", "4.875% Senior Notes due 2030"),
            ("99.1", "Press release dated July 22, 2004")]


def test_amount_then_rate_opens_the_description() -> None:
    # after one space and after a column gap alike
    for gap in (" ", "    "):
        assert _sears(f"4.2{gap}$500,000,000 5.30% Senior Notes due 2017")[0] \
            == ("4.2", "$500,000,000 5.30% Senior Notes due 2017")


def test_hyphenated_fraction_rate_opens_the_description() -> None:
    rows = "4.1  8-1/2% Senior Notes due 2008\n99.1  Press release dated July 22, 2004"
    assert _sears(rows)[:2] == [("4.1", "8-1/2% Senior Notes due 2008"),
            ("99.1", "Press release dated July 22, 2004")]


def test_whole_number_before_a_rate_after_one_space_is_no_entry() -> None:
    # a row of figures under the list (a table's "15 12% Increase") is no exhibit 15
    numbers = [n for n, _ in _sears("99.1  Press release dated July 22, 2004\n15 12% Increase")]
    assert "15" not in numbers and "99.1" in numbers


def test_herewith_sentence_leaves_one_stop() -> None:
    assert _sears("Exhibit 99 - Press release dated July 22, 2004.  Furnished herewith.")[0] \
        == ("99", "Press release dated July 22, 2004.")


_CELL_LIST = ("<table><tr><td>(d) Exhibits<br><br>99.1 Press release dated March 23, 2016."
              "<br>99.2 Investor presentation.</td></tr></table>")


def test_exhibit_rows_parted_by_br_in_one_cell() -> None:
    assert html_to_text(_CELL_LIST) == ("(d) Exhibits\n\n99.1 Press release dated March 23, 2016.\n"
                                        "99.2 Investor presentation.\n")
    assert _exhibits(SOPHIRIS, _SOPHIRIS_ROW, _CELL_LIST) == [
        ("99.1", "Press release dated March 23, 2016."), ("99.2", "Investor presentation.")]


def test_short_cell_of_br_lines_without_exhibit_rows_stays_one_line() -> None:
    # a signature cell (Sophiris's signer, typed with <br>s) is no list
    assert html_to_text("<table><tr><td>By: /s/ Peter Slover<br>Peter Slover<br>"
                        "Chief Financial Officer</td></tr></table>") == (
        "By: /s/ Peter Slover Peter Slover Chief Financial Officer\n")
