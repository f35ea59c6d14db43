"""Items, round 44: an 8-K whose item headings lack the keyword ("2.02  Results of Operations
and Financial Condition") or follow a list letter ("(a) Item 2.02 ...") is read when its lines
print the SEC's title for the number and no "Item" line heads an item; a rule printed a blank
line under a heading (a two-cell HTML row over a rule paragraph) is no text of the item."""

from __future__ import annotations

from filing2json.parsers import parse
from support import FILINGS, submission, validate

_HORIZON = "8k_2006_horizonfinancialcorp_1.txt"  # Horizon Financial Corp. 8-K, January 19, 2006


def _horizon(*edits: tuple[str, str]) -> list[tuple[str, str | None, str]]:
    """Items of Horizon's 8-K as filed but for `edits` (old, new) to its text."""
    text = (FILINGS / _HORIZON).read_text(encoding="latin-1")
    for old, new in edits:
        assert old in text
        text = text.replace(old, new)
    record = validate(parse(text.encode("latin-1"), _HORIZON))
    return [(i["number"], i["title"], i["text"][:40]) for i in record["items"]]


_AS_FILED = [
    ("2.02", "Results of Operations and Financial Condition",
     "On January 19, 2006, Horizon Financial C"),
    ("9.01", "Financial Statements and Exhibits", "(c)    Exhibits\n\n     99.1   Press Relea"),
]


def test_as_filed() -> None:
    assert _horizon() == _AS_FILED


def test_headings_without_the_keyword() -> None:
    # The headings typed without "Item", with or without a period after the number.
    for sep in ("  ", ". "):
        assert _horizon(("Item 2.02  Results", f"2.02{sep}Results"),
                        ("Item 9.01  Financial", f"9.01{sep}Financial")) == _AS_FILED


def test_headings_after_a_list_letter() -> None:
    assert _horizon(("Item 2.02  Results", "(a) Item 2.02  Results"),
                    ("Item 9.01  Financial", "(b) Item 9.01  Financial")) == _AS_FILED


def test_a_number_without_the_sec_title_is_no_heading() -> None:
    # A number over other words (an exhibit row, a figure, a clause) heads nothing: the same
    # lines with "Item" dropped and the titles edited to words of no 8-K item.
    assert _horizon(("Item 2.02  Results of Operations and Financial Condition",
                     "2.02  Earnings Release"),
                    ("Item 9.01  Financial Statements and Exhibits",
                     "9.01  Financial Statements of Acme Corp.")) == []


def test_exhibit_rows_are_no_headings() -> None:
    # An 8-K without item headings: its exhibit rows ("99.1  Press Release ...") stay rows.
    text = ("On January 19, 2006, Horizon Financial Corp. issued its earnings release.\n\n"
            "     99.1   Press Release of Horizon Financial Corp. dated January 19, 2006.\n"
            "     10.10  Employment Agreement with V. Lawrence Evans.\n")
    assert validate(parse(submission(text), "h.txt"))["items"] == []


def test_a_rule_a_blank_line_under_a_table_row_heading() -> None:
    # Horizon's two items as HTML: each heading a two-cell table row, a rule paragraph under it
    # ("----------", or em dashes) as some filing agents print an underline.
    for rule in ("----------", "&#8212;&#8212;&#8212;&#8212;&#8212;"):
        html = ("<html><body><table><tr><td>Item 2.02</td><td>Results of Operations and "
                f"Financial Condition</td></tr></table><p>{rule}</p><p>On January 19, 2006, "
                "Horizon Financial Corp. issued its earnings release for the quarter ended "
                "December 31, 2005.</p><table><tr><td>Item 9.01</td><td>Financial Statements "
                f"and Exhibits</td></tr></table><p>{rule}</p><p>(c) Exhibits</p><p>99.1 Press "
                "Release of Horizon Financial Corp. dated January 19, 2006.</p></body></html>")
        data = submission(html).replace(b"<TEXT>\n", b"<FILENAME>d8k.htm\n<TEXT>\n", 1)
        record = validate(parse(data, "h.txt"))
        assert [(i["number"], i["text"][:24]) for i in record["items"]] == [
            ("2.02", "On January 19, 2006, Hor"), ("9.01", "(c) Exhibits\n\n99.1 Press")]
