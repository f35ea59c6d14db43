"""Items, round 64: a reworded caption in an HTML rendering, no blank line above it; a
signatures heading in a wording the item's end missed.

PerkinElmer's 10-K405 (2001, plain text) set as HTML paragraphs as in test_itm63_round63 (a
table "FORM 10-K CROSS-REFERENCE INDEX" after the cover, the body's item headings cut to their
bold captions), one caption reworded as filers print it ("LEGAL PROCEEDINGS" ->
"LEGAL PROCEEDING"). Each paragraph renders as one line with no blank line between, so round
63's loose match of a caption (its words 80% the title's) never ran: before, that item was
missing and the item above held its section.

Asta Funding's 8-K of August 2005 (plain text) and Sophiris Bio's of March 2016 (HTML), their
"SIGNATURE(S)" heading reworded as other filers print it ("Signature Page", "- SIGNATURES -",
"Signatures and Certifications"): the signature sentence under it ended Item 9.01, whose text
then closed with the heading.
"""

from __future__ import annotations

import time

import pytest
from test_itm62_round62 import _INDEX, _text
from test_itm63_round63 import _captioned, _html_items

from filing2json.parsers import parse
from support import FILINGS

_ABOVE = "operating\nsegments:\n\n"  # in Item 2's text, just above its table
_CAPTION = ("ITEM 3.  LEGAL PROCEEDINGS", "ITEM 3.  LEGAL PROCEEDING")
_PROSE = "The Company is subject to claims described in Note 15 to the financial statements."
# Lines in Item 2's text that read as the reworded caption but are none (a paragraph of their
# own each, or a <TABLE> block: a <pre> keeping its lines): a contents row, a line going on
# the sentence above, a sentence-case line, a table's label over no prose
_DECOYS = [
    f"<TABLE>\nLEGAL PROCEEDING                    12\n{_PROSE}\n</TABLE>\n\n",
    f"<TABLE>\nClaims against the Company are described under\nLEGAL PROCEEDING\n{_PROSE}\n"
    "</TABLE>\n\n",
    f"Legal proceeding\n\n{_PROSE}\n\n",
    "LEGAL PROCEEDING\n\n",  # over the square-footage table
]


def _edit(decoy: str) -> tuple[str, str]:
    """One edit of the filing's text: `decoy` in Item 2's text and Item 3's caption reworded."""
    text = _text()
    old = text[text.index(_ABOVE) : text.index(_CAPTION[0]) + len(_CAPTION[0])]
    return old, old.replace(_ABOVE, _ABOVE + decoy).replace(*_CAPTION)


@pytest.mark.parametrize("decoy", ["", *_DECOYS])
def test_reworded_html_caption_is_its_item(decoy: str) -> None:
    items, headed = _html_items(0, _edit(decoy))
    assert [(n, i["title"], i["text"]) for n, i in items.items()] == [
        (n, i["title"], i["text"]) for n, i in headed.items()]
    assert items["3"]["title"] == "LEGAL PROCEEDING"
    assert items["3"]["text"].startswith("The Company is subject to various claims")


def test_reworded_html_caption_of_a_left_out_item_ends_the_item_above() -> None:
    # no "Item 3." row: "LEGAL PROCEEDING" reads as the catalogue's "Legal Proceedings" and
    # ends Item 2 (before: Item 2's text held Item 3's section)
    items, headed = _html_items(3, _CAPTION)
    assert "3" not in items
    assert items["2"]["text"] == headed["2"]["text"]
    assert "LEGAL PROCEEDING" not in items["2"]["text"]


def test_many_caption_lines_without_blank_lines_parse_quickly() -> None:
    # the plain text, Item 3's caption reworded with no blank line around it (as an HTML
    # rendering prints it), under 4,000 title-cased lines in Item 2's text that each stand
    # alone over prose but read as no title
    text = _text().replace(f"</TABLE>\n\n{_CAPTION[0]}\n\n", f"</TABLE>\n{_CAPTION[1]}\n", 1)
    at = text.index("ITEM 3.  ")
    lines = f"Legal Proceeding Matters Of Other Kinds\n{_PROSE}\n" * 2000
    started = time.process_time()
    items = {i["number"]: i for i in _captioned(text[:at] + lines + text[at:], _INDEX, False)}
    assert time.process_time() - started < 5
    assert items["3"]["title"] == "LEGAL PROCEEDING"


_SIGNED = [("8k_2005_astafundinginc_5.txt", "                             SIGNATURE\n", "{}\n"),
           ("8k_2016_sophirisbioinc_1.htm", "<B>SIGNATURES</B>", "<B>{}</B>")]
# Asta's last exhibit row down to its signatures heading (a page break between)
_ROW_TO_HEADING = ("webcast.\n\n\n\n\n\n\n<PAGE>\n\n                             SIGNATURE\n")


def _last_text(name: str, edit: tuple[str, str] | None) -> str:
    raw = (FILINGS / name).read_text(encoding="latin-1")
    if edit:
        assert edit[0] in raw
        raw = raw.replace(*edit, 1)
    return parse(raw.encode("latin-1"), name)["items"][-1]["text"]


@pytest.mark.parametrize(("name", "heading", "form"), _SIGNED)
@pytest.mark.parametrize("reworded", ["Signature Page", "- SIGNATURES -",
                                      "Signatures and Certifications"])
def test_reworded_signatures_heading_ends_the_last_item(name: str, heading: str, form: str,
                                                        reworded: str) -> None:
    text = _last_text(name, (heading, form.format(reworded)))
    assert text == _last_text(name, None)
    assert "IGNATURE" not in text.upper()
    # no heading: a last row naming the signature page, just under the rows above it, stays
    row = "24.1  Power of Attorney (signature page)"
    rows = _last_text(_SIGNED[0][0], (_ROW_TO_HEADING, f"webcast.\n{row}\n\n"))
    assert rows.endswith(row)
