"""Items, round 68b: a firm's name run into a filer's own title, as other filers print it: a
party's name after "BY" or "WITH" not cut inside ("ACQUISITION BY FIRST UNION CORP
completed ..."), a name-closing word ("Holdings") opening no name ("Sale of Assets Acme
Holdings Inc. announced ..."), and a firm's sentence opening the heading's own line, no title
in it ("Item 2.02 Sophiris Bio Inc. announced ...", "Item 2.02 The Company announced ...").

Home Health Corporation of America's 8-K of 1997 (its "Item 5.  Other Events" heading) and
Sophiris Bio's 2016 8-K (HTML, its Item 2.02 heading in a table row), both corpus filings,
edited into those shapes.
"""

from __future__ import annotations

import time

import pytest
from test_itm68_round68 import (  # the same edited filings as round 68's
    _HOME_TEXT,
    _SOPHIRIS_TEXT,
    _home_item_5,
    _sophiris_2_02,
)

from filing2json.parsers.sections.items import find_items

# --- a party's name after "BY" / "WITH" is not cut inside ---------------------------------

@pytest.mark.parametrize("line", [
    "ITEM 5. ACQUISITION BY FIRST UNION CORP completed the acquisition.",
    "ITEM 5. MERGER WITH FIRST UNION CORP completed the merger.",
    "Item 5. Acquisition by First Union Corp. completed the acquisition.",
], ids=["by-capitals", "with-capitals", "by-title-case"])
def test_party_name_after_by_or_with_is_not_cut(line: str) -> None:
    # before: "ACQUISITION BY FIRST" / "UNION CORP completed ...": a title ending inside the
    # name the preposition takes; no cut is made (the line stays the title, as "SALE OF HHCA
    # announces ..." does)
    title, text = _home_item_5(line)
    assert title == line[len("Item 5. "):].rstrip(".")
    assert text.startswith(_HOME_TEXT)


@pytest.mark.parametrize(("title", "sentence"), [
    ("ACQUISITION BY FIRST UNION CORP", "ACME CORP completed the acquisition."),
    ("Agreement with Bank of America Corp.", "Acme Corp. entered into a merger agreement."),
], ids=["capitals", "title-case"])
def test_party_name_closed_on_its_form_keeps_the_cut(title: str, sentence: str) -> None:
    # (the neighbour: the party's name closed on its legal form, the next firm's sentence is
    # the text)
    got_title, text = _home_item_5(f"Item 5. {title} {sentence}")
    assert got_title == title
    assert text.startswith(f"{sentence} {_HOME_TEXT}")


def test_sale_of_assets_capitals_name_unchanged() -> None:
    # (the neighbour: "OF" takes no party: "ASSETS" is the title's, "ACME CORP" the name)
    title, text = _home_item_5("ITEM 5. SALE OF ASSETS ACME CORP sold its business.")
    assert title == "SALE OF ASSETS"
    assert text.startswith(f"ACME CORP sold its business. {_HOME_TEXT}")


# --- a name-closing word opens no name -----------------------------------------------------

@pytest.mark.parametrize("closer", ["Holdings", "Group", "Bancorp"])
def test_name_closing_word_opens_no_name_run_in(closer: str) -> None:
    # "Item 5. Sale of Assets Acme Holdings Inc. announced ...": before "Sale of Assets Acme"
    # / "Holdings Inc. announced ..."
    sentence = f"Acme {closer} Inc. announced a sale."
    title, text = _home_item_5(f"Item 5. Sale of Assets {sentence}")
    assert title == "Sale of Assets"
    assert text.startswith(f"{sentence} {_HOME_TEXT}")


def test_name_closing_word_opens_no_name_under_a_bare_heading() -> None:
    # "Item 5." / "Sale of Assets Acme Holdings Inc. announced ...": before no title (two
    # names read, "Acme Holdings Inc." and "Holdings Inc."); now one
    sentence = "Acme Holdings Inc. announced a sale."
    title, text = _home_item_5(f"Item 5.\nSale of Assets {sentence}")
    assert title == "Sale of Assets"
    assert text.startswith(f"{sentence} {_HOME_TEXT}")


@pytest.mark.parametrize("sentence", [
    "Acme Bio Holdings Inc. announced a sale.",  # "Acme" is the name's, no title
    "Merger Agreement Acme Bio Holdings Inc. announced a sale.",  # two names to read
], ids=["one-word", "ambiguous"])
def test_firms_sentence_with_a_closer_under_a_bare_heading_unchanged(sentence: str) -> None:
    title, text = _home_item_5(f"Item 5.\n{sentence}")
    assert title is None
    assert text.startswith(f"{sentence} {_HOME_TEXT[:_HOME_TEXT.index(chr(10)) + 1]}")


# --- a firm's sentence opening the heading's own line: no title ----------------------------

@pytest.mark.parametrize("html", [
    "<P><B>Item 2.02 {s}</B></P>",
    "<P><B>Item 2.02</B> {s}</P>",
    "<P>Item 2.02 {s}</P>",
], ids=["bold", "bold-number", "plain"])
@pytest.mark.parametrize("sentence", [
    "Sophiris Bio Inc. announced its results for the fourth quarter.",  # the cover's name
    "The Company announced its results for the fourth quarter.",
    "We announced our results for the fourth quarter.",
    "Acme Corp. announced its results for the fourth quarter.",  # one word and its form
], ids=["cover-name", "the-company", "we", "one-word"])
def test_firms_sentence_on_the_heading_line_has_no_title(html: str, sentence: str) -> None:
    # before: "Sophiris" / "Bio Inc. announced ..."; the whole sentence as the title
    title, text = _sophiris_2_02(html.format(s=sentence))
    assert title is None
    assert text.startswith(f"{sentence}\n\n{_SOPHIRIS_TEXT}")


def test_firms_sentence_on_a_text_heading_line_has_no_title() -> None:
    # "Item 5. Home Health Corporation sold ...": the cover's name (its first words) opens
    # the line; before: the whole sentence as the title
    sentence = "Home Health Corporation sold its infusion business."
    title, text = _home_item_5(f"Item 5. {sentence}")
    assert title is None
    assert text.startswith(f"{sentence} {_HOME_TEXT}")


@pytest.mark.parametrize(("title", "sentence"), [
    ("Litigation", "Acme Corp. sued the registrant for damages."),  # a name not the cover's
    ("Sale of Assets", "Acme Corp. sold its infusion business."),  # small words: a title's
], ids=["one-word-title", "title-words"])
def test_title_before_a_firms_sentence_unchanged(title: str, sentence: str) -> None:
    # (the neighbours: a title of the filer's own before the firm's name stays the title)
    got_title, text = _home_item_5(f"Item 5. {title} {sentence}")
    assert got_title == title
    assert text.startswith(f"{sentence} {_HOME_TEXT}")


def test_form_title_on_the_heading_line_unchanged() -> None:
    # (the neighbour: the form's own title, then a sentence, is split as before)
    title, text = _sophiris_2_02(
        "<P>Item 2.02 Results of Operations and Financial Condition.</P>")
    assert title == "Results of Operations and Financial Condition"
    assert text.startswith(_SOPHIRIS_TEXT)


def test_speed_party_and_closers() -> None:
    line = ("ITEM 5. ACQUISITION BY " + "FIRST UNION " * 6000 + "CORP completed it.\n"
            "Item 5. Sale of Assets " + "Acme Holdings Group " * 4000 + "Inc. announced it.\n"
            "Item 2.02 " + "Acme Bio " * 6000 + "Inc. announced it.\n")
    text = "FORM 8-K\n\n" + line
    assert len(text) > 200_000
    start = time.process_time()
    find_items(text, "8-K")
    assert time.process_time() - start < 5
