"""Items and exhibits, round 43: an 8-K's exhibit list whose numbers are typed with the
document type's "EX" and a space for its hyphen ("EX 99.1  Press release ...") is read as
"EX-99.1" is, and a document headed so ("EX 99.2", "Ex. 99.1") is that exhibit; a heading naming
lettered paragraphs of one item with the number said again ("Items 5.02(b) and 5.02(c).") is
that item's heading."""

from __future__ import annotations

from filing2json.parsers import parse
from support import submission, validate

# After Asta Funding, Inc.'s 8-K of August 9, 2005 (8k_2005_astafundinginc_5.txt), Item 9.01 as
# filed but for the numbers, typed "EX 99.1" / "EX 99.2" (the list printed "99.1" / "99.2").
_ASTA_EX = """Item 9.01  Financial Statements and Exhibits.

           (c) Exhibits

          EX 99.1  Press release dated August 9, 2005.
          EX 99.2  Transcript of August 9, 2005 webcast.
"""


def _exhibits(text: str, *docs: tuple[str, str]) -> list[tuple[str, str, int | None]]:
    record = validate(parse(submission(text, *docs), "asta.txt"))
    return [(e["number"], e["description"], e["document"]) for e in record["exhibits"]]


def test_ex_and_a_space_before_the_number_is_an_entry() -> None:
    assert _exhibits(_ASTA_EX, ("EX-99.1", "Asta Funding, Inc. Reports Results"),
                     ("EX-99.2", "Transcript of webcast")) == [
        ("99.1", "Press release dated August 9, 2005.", 2),
        ("99.2", "Transcript of August 9, 2005 webcast.", 3)]


def test_ex_with_a_space_in_an_html_index_row() -> None:
    # The same list as HTML table rows, "Ex 104" for the 2019-on cover page exhibit.
    html = ("<html><body><p>Item 9.01 Financial Statements and Exhibits.</p><p>(d) Exhibits."
            "</p><table><tr><td>Exhibit No.</td><td>Description</td></tr><tr><td>EX 99.1</td>"
            "<td>Press release dated August 9, 2005.</td></tr><tr><td>Ex 104</td><td>Cover Page"
            " Interactive Data File (embedded within the Inline XBRL document)</td></tr>"
            "</table></body></html>")
    data = submission(html).replace(b"<TEXT>\n", b"<FILENAME>d8k.htm\n<TEXT>\n", 1)
    record = validate(parse(data, "asta.txt"))
    assert [(e["number"], e["description"]) for e in record["exhibits"]] == [
        ("99.1", "Press release dated August 9, 2005."),
        ("104", "Cover Page Interactive Data File (embedded within the Inline XBRL document)")]


def test_ex_then_a_word_is_no_entry() -> None:
    # "Ex" as a word ("ex officio") over a figure is no entry: the number must follow at once.
    text = _ASTA_EX + "\nEx officio 12 members of the Board attended.\n"
    assert [n for n, _, _ in _exhibits(text)] == ["99.1", "99.2"]


# The same 8-K's list as filed ("99.1" / "99.2"), its two documents both typed EX-99 and filed
# in the other order, each headed by its number written as the list above types it, "EX 99.2"
# (edited from an "EX-99.2" heading) or "Ex. 99.1": each heading links its own entry.
_ASTA = _ASTA_EX.replace("EX 99", "99")


def test_a_document_headed_ex_and_a_space_is_that_exhibit() -> None:
    for heading in ("EX 99.", "Ex. 99.", "EX99."):
        assert _exhibits(
            _ASTA,
            ("EX-99", f"{heading}2\n\nTRANSCRIPT OF WEBCAST\n\nOperator: Good morning."),
            ("EX-99", f"{heading}1\n\nASTA FUNDING, INC. REPORTS RESULTS\n\nEnglewood Cliffs"),
        ) == [("99.1", "Press release dated August 9, 2005.", 3),
              ("99.2", "Transcript of August 9, 2005 webcast.", 2)]


# After Oracle Corporation's 8-K of July 10, 2019 (8k_2019_oraclecorp_1.txt), retyped as plain
# text, its Item 5.02 heading edited to name the paragraphs answered with the number said again
# ("Items 5.02(b) and 5.02(d)", "Item 5.02(b) and Item 5.02(d)"), as 2006-on 8-Ks print it.
_ORACLE = """{heading}  Departure of Directors; Election of Directors.

     The Board of Directors (the "Board") of Oracle Corporation ("Oracle") unanimously
elected Rona Fairhead to serve as a director.

Item 9.01  Financial Statements and Exhibits.

     (d) Exhibits

     99.1  Press Release - Oracle Names Rona Fairhead to the Board of Directors, dated July
           10, 2019
"""


def test_lettered_paragraphs_with_the_number_said_again_are_one_heading() -> None:
    for heading in ("Items 5.02(b) and 5.02(d).", "Item 5.02(b) and Item 5.02(d).",
                    "ITEM 5.02(b), 5.02(d)"):
        record = validate(parse(submission(_ORACLE.format(heading=heading)), "oracle.txt"))
        assert [(i["number"], i["title"], i["text"][:30]) for i in record["items"]] == [
            ("5.02", "Departure of Directors; Election of Directors",
             'The Board of Directors (the "B'),
            ("9.01", "Financial Statements and Exhibits", "(d) Exhibits\n\n     99.1  Press")]
