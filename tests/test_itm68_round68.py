"""Items, round 68: a filer's own title run into a sentence whose subject is a firm, as other
filers print it: the firm's verb in the present tense ("HHCA announces ..."), the title on the
line under a bare "Item 5.", a firm in capitals closing its name on a legal form ("ACME CORP
sold ..."), and a short sentence closing a title-case line before "On <date>".

Home Health Corporation of America's 8-K of 1997 (its "Item 5.  Other Events" heading) and
Sophiris Bio's 2016 8-K (HTML, its Item 2.02 heading in a table row), both corpus filings,
edited into those shapes.
"""

from __future__ import annotations

import re
import time

import pytest

from filing2json.parsers import parse
from filing2json.parsers.sections.items import find_items
from support import FILINGS

HOME_HEALTH = FILINGS / "8k_1997_homehealthcorpofameric_2.txt"
SOPHIRIS = FILINGS / "8k_2016_sophirisbioinc_1.htm"
_HOME_HEAD = ("Item 5.        Other Events\n- -------        ------------\n\n"
              "               On September 26, 1997, Home Health")
_HOME_TEXT = ("On September 26, 1997, Home Health Corporation of America, Inc.\n(\"HHCA\") entered "
              "into an Agreement and Plan of Merger by and\n")
_ROW = re.compile(r"<TABLE id=MTAB61.*?</TABLE>", re.S)
_SOPHIRIS_TEXT = "On March 23, 2016, Sophiris Bio Inc. issued a press release"


def _home_item_5(heading: str) -> tuple[str | None, str]:
    """Item 5 of Home Health's 8-K, its heading printed as `heading`, its text going on."""
    raw = HOME_HEALTH.read_text(encoding="latin-1")
    assert raw.count(_HOME_HEAD) == 1
    edited = raw.replace(_HOME_HEAD, f"{heading} On September 26, 1997, Home Health")
    item = parse(edited.encode("latin-1"), HOME_HEALTH.name)["items"][0]
    assert item["number"] == "5"
    return item["title"], item["text"]


def _sophiris_2_02(html: str) -> tuple[str | None, str]:
    """Item 2.02 of Sophiris's 8-K, its heading's table row replaced by `html`."""
    raw = SOPHIRIS.read_text(encoding="latin-1")
    assert _ROW.search(raw)
    items = parse(_ROW.sub(lambda _: html, raw, count=1).encode("latin-1"), SOPHIRIS.name)["items"]
    assert [i["number"] for i in items] == ["2.02", "9.01"]
    return items[0]["title"], items[0]["text"]


# --- a firm's verb in the present tense opens the sentence ---------------------------------

@pytest.mark.parametrize(("title", "sentence"), [
    ("SALE OF ASSETS", "HHCA announces the sale of its infusion business."),
    ("Sale of Assets", "HHCA reports the sale of its infusion business."),
    ("SALE OF ASSETS", "THE COMPANY completes the sale of its infusion business."),
    ("Sale of Assets", "Acme Corp. announces the sale of its infusion business."),
    ("Merger Agreement",
     "Home Health Corporation of America, Inc. enters into a merger agreement."),
], ids=["capitals", "title-case", "the-company", "legal-form", "cover-name"])
def test_present_tense_verb_after_a_firm_opens_the_text(title: str, sentence: str) -> None:
    # "ITEM 5. SALE OF ASSETS HHCA announces ...": a press release's verb, as filers word them
    got_title, text = _home_item_5(f"Item 5. {title} {sentence}")
    assert got_title == title
    assert text.startswith(f"{sentence} {_HOME_TEXT}")


def test_present_tense_verb_after_a_title_ending_on_of_unchanged() -> None:
    # no title left before the name but one ending on "OF": the line stays the title
    title, text = _home_item_5("ITEM 5. SALE OF HHCA announces the sale of its business.")
    assert title == "SALE OF HHCA announces the sale of its business"
    assert text.startswith(_HOME_TEXT)


# --- the title on the line under a bare heading, run into the firm's sentence ---------------

@pytest.mark.parametrize(("title", "sentence"), [
    ("Sale of Assets", "Acme Corp. announced the sale of its infusion business."),
    ("SALE OF ASSETS", "HHCA sold its interest in its infusion business."),
    ("Sale of Assets", "Home Health Corporation of America, Inc. sold its infusion business."),
    ("SALE OF ASSETS", "ACME CORP sold its interest in its infusion business."),
], ids=["legal-form", "capitals", "cover-name", "capitals-legal-form"])
def test_title_under_a_bare_heading_run_into_a_firms_sentence(title: str, sentence: str) -> None:
    # "Item 5." / "Sale of Assets Acme Corp. announced ...": the title, then the text
    got_title, text = _home_item_5(f"Item 5.\n{title} {sentence}")
    assert got_title == title
    assert text.startswith(f"{sentence} {_HOME_TEXT}")


@pytest.mark.parametrize("sentence", [
    "Home Health Corporation of America, Inc. announced a sale.",  # the cover's name
    "Acme Bio Holdings Inc. announced a sale.",  # "Acme" / "Acme Bio": no one name to read
    "Acme Holdings Inc. announced a sale.",  # one word before the name: the name's
    "THE ACME GROUP announced a sale.",  # "THE ACME": a sentence's subject
    "HOME HEALTH GROUP announced a sale.",  # "HOME" / "HOME HEALTH": no one name
    "Merger Agreement Acme Bio Holdings Inc. announced a sale.",  # two names to read
], ids=["cover-name", "long-name", "one-word", "the", "capitals", "ambiguous"])
def test_firms_sentence_under_a_bare_heading_stays_the_text(sentence: str) -> None:
    # (its lines keep their indent: no title line above them)
    title, text = _home_item_5(f"Item 5.\n{sentence}")
    assert title is None
    assert text.startswith(f"{sentence} {_HOME_TEXT[:_HOME_TEXT.index(chr(10)) + 1]}")


def test_html_title_run_into_a_firms_sentence_under_a_bare_heading() -> None:
    # Sophiris's "Item 2.02" alone in bold, its own title in bold opening the paragraph
    sentence = "Sophiris Bio Inc. announced its financial results for the fourth quarter."
    title, text = _sophiris_2_02(
        f"<P><B>Item 2.02</B></P><P><B>Fourth Quarter Results</B> {sentence}</P>")
    assert title == "Fourth Quarter Results"
    assert text.startswith(f"{sentence}\n\n{_SOPHIRIS_TEXT}")


@pytest.mark.parametrize("sentence", [
    "Sophiris Bio Inc. announced its financial results for the fourth quarter.",
    "Sophiris Bio Inc. announces its financial results for the fourth quarter.",
], ids=["past", "present"])
def test_html_firms_sentence_under_a_bare_heading_unchanged(sentence: str) -> None:
    # (the neighbour: the firm's own sentence under "Item 2.02" is the text, no title)
    title, text = _sophiris_2_02(f"<P><B>Item 2.02</B></P><P>{sentence}</P>")
    assert title is None
    assert text.startswith(f"{sentence}\n\n{_SOPHIRIS_TEXT}")


# --- a firm in capitals closing its name on a legal form ---------------------------------

@pytest.mark.parametrize("name", ["ACME CORP", "ACME CORPORATION", "ACME INC", "ACME HOLDINGS"])
def test_capitals_name_closed_by_legal_form_opens_the_text(name: str) -> None:
    # "ITEM 5. SALE OF ASSETS ACME CORP sold ...": the name is "ACME CORP", not "CORP"
    sentence = f"{name} sold its interest in its infusion business."
    title, text = _home_item_5(f"ITEM 5. SALE OF ASSETS {sentence}")
    assert title == "SALE OF ASSETS"
    assert text.startswith(f"{sentence} {_HOME_TEXT}")


# --- a short sentence closing a title-case line before "On <date>" -------------------------

def test_sentence_closed_before_a_date_leaves_the_firms_cut() -> None:
    # "Item 5. Sale of Assets Home Health ..., Inc. announced a sale. On September 26, ...":
    # the stop closing "sale." is no title's end, the firm's name opens the text
    sentence = "Home Health Corporation of America, Inc. announced a sale."
    title, text = _home_item_5(f"Item 5. Sale of Assets {sentence}")
    assert title == "Sale of Assets"
    assert text.startswith(f"{sentence} {_HOME_TEXT}")


def test_title_case_title_then_date_unchanged() -> None:
    # (the neighbour: a title in title case run into "On <date>" is cut there, as before)
    title, text = _home_item_5("Item 5. Sale of Assets")
    assert title == "Sale of Assets"
    assert text.startswith(_HOME_TEXT)


def test_speed_title_under_bare_heading() -> None:
    line = "Sale of Assets " + "Acme Bio Holdings Inc. ACME CORP " * 6000 + "announces it.\n"
    text = "FORM 8-K\n\nItem 5.\n" + line + "Item 5.\n" + "HHCA CORP " * 12000 + "sells\n"
    assert len(text) > 200_000
    start = time.process_time()
    find_items(text, "8-K")
    assert time.process_time() - start < 5
