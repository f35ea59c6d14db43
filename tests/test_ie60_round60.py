"""Items, round 60: a real 8-K edited into shapes other filers print. A filer's own long title
(more than 12 words) set in a paragraph or <div> of its own under a bare "Item 2.02" heading
is the item's title, not its text's first line; so is one run into the text's first sentence
("Sale of the Headquarters Building. On March 23, ..."). Exhibits: a row set as a sentence
("Exhibit 99.1 - Press release dated ... is filed herewith as an exhibit.") keeps no verb."""

from __future__ import annotations

import re
import time

from filing2json.parsers import parse
from filing2json.parsers.sections.item_headings import scan
from support import FILINGS, edited_record

# Sophiris Bio 2016 (8-K, HTML): "Item 2.02" and its title in two cells of one table row
SOPHIRIS = FILINGS / "8k_2016_sophirisbioinc_1.htm"
_ROW = re.compile(r"<TABLE id=MTAB61.*?</TABLE>", re.S)
_LONG = ("Results of Operations and Financial Condition \u2013 Financial Results for the "
         "Fourth Quarter and the Full Fiscal Year")
_TEXT = "On March 23, 2016, Sophiris Bio Inc. issued a press release"


def _items(heading: str) -> list[tuple]:
    """(number, title, the text's start) of each item, the Item 2.02 table replaced by
    `heading`."""
    text = SOPHIRIS.read_text(encoding="latin-1")
    assert _ROW.search(text)
    record = parse(_ROW.sub(lambda _: heading, text, count=1).encode("latin-1"), SOPHIRIS.name)
    return [(i["number"], i["title"], i["text"][: len(_TEXT)]) for i in record["items"]]


def test_a_long_title_in_a_paragraph_of_its_own_under_a_bare_heading() -> None:
    fin = ("9.01", "Financial Statements and Exhibits",
           "(d) Exhibits\n\n99.1 Press release dated March 23, 2016.")
    for shape in ("<P><B>Item 2.02</B></P>\n<P><B>{}</B></P>",
                  "<div><b>Item 2.02</b></div>\n<div><b>{}</b></div>"):
        for title in (_LONG, "Announcement of the Financial Results of Sophiris Bio Inc. for "
                             "the Fourth Quarter and the Full Fiscal Year"):
            html = shape.format(title.replace("\u2013", "&#8211;"))
            assert _items(html) == [("2.02", title, _TEXT), fin]
    # a long line in capitals (a legend), or a sentence: the item's text, as before
    legend = ("THE INFORMATION IN THIS ITEM AND THE EXHIBIT SHALL NOT BE DEEMED FILED FOR "
              "PURPOSES OF SECTION EIGHTEEN")
    prose = ("Sophiris Bio Inc. announced its financial results for the fourth quarter and the "
             "full fiscal year today")
    for line in (legend, prose):
        items = _items(f"<P><B>Item 2.02</B></P>\n<P>{line}</P>")
        assert items[0][:2] == ("2.02", None) and items[0][2] == line[: len(_TEXT)]


def test_a_filers_own_title_run_into_the_text_under_a_bare_heading() -> None:
    text = SOPHIRIS.read_text(encoding="latin-1")
    opening = re.search(r"<P id=PARA65 [^>]*><FONT [^>]*>", text)
    assert opening
    # the table's title cell dropped and a title of the filer's own run into the first
    # sentence, in bold, as filers set it: "Item 2.02" alone over "<b>Title.</b> On March ..."
    for title in ("Fourth Quarter and Full Year Financial Results",
                  "ANNUAL AND FOURTH QUARTER RESULTS"):
        edited = _ROW.sub(lambda _: "<P><B>Item 2.02</B></P>", text, count=1).replace(
            opening.group(), f"{opening.group()}<B>{title}.</B> ", 1)
        record = parse(edited.encode("latin-1"), SOPHIRIS.name)
        first = record["items"][0]
        assert (first["number"], first["title"], first["text"][: len(_TEXT)]) == (
            "2.02", title, _TEXT)
    # a short sentence before the stop, or a year in it: the text's, no title
    for head in ("On Monday, the Board met", "Results for Fiscal 2015"):
        edited = _ROW.sub(lambda _: "<P><B>Item 2.02</B></P>", text, count=1).replace(
            opening.group(), f"{opening.group()}{head}. ", 1)
        first = parse(edited.encode("latin-1"), SOPHIRIS.name)["items"][0]
        assert (first["title"], first["text"][: len(head)]) == (None, head)


def test_long_title_lines_parse_in_linear_time() -> None:
    line = " ".join(["Completion"] * 20)
    run_in = "Sale Of Assets. " + "Word " * 4000  # a title run into a paragraph of 20 KB
    # ~1 MB of bare headings over long titles, and 200 KB of titles run into long paragraphs
    text = ("Item 8.01\n\n" + line + "\n\n") * 5000 + ("Item 8.01\n\n" + run_in + "\n\n") * 10
    start = time.process_time()
    scan(text, "8-K")
    assert time.process_time() - start < 5


# Horizon Financial 2008 (8-K): its Item 9.01 row edited into a sentence that files it
HORIZON = FILINGS / "8k_2008_horizonfinancialcorp_1.txt"
_HORIZON_ROW = "     99.1   Press Release of Horizon Financial Corp. dated January 17, 2008.\n"


def test_a_row_set_as_a_sentence_that_files_the_exhibit_keeps_no_verb() -> None:
    release = "Press Release of Horizon Financial Corp. dated January 17, 2008."
    for row in ("     Exhibit 99.1 - Press Release of Horizon Financial Corp. dated January 17, "
                "2008 is filed herewith as an exhibit.\n",
                "     99.1   Press Release of Horizon Financial Corp. dated January 17, 2008 is "
                "furnished herewith.\n"):
        exhibits = edited_record(HORIZON, {_HORIZON_ROW: row})["exhibits"]
        assert [(e["number"], e["description"], e["document"]) for e in exhibits] == [
            ("99.1", release, 1)]
