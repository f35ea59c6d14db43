"""Items, round 67b: a filer's own title run into a sentence whose subject is a firm named in
capitals with no legal form ("ITEM 5. SALE OF ASSETS HHCA sold its ...").

Home Health Corporation of America's 8-K of 1997 (its "Item 5.  Other Events" heading), edited
into shapes other filers print.
"""

from __future__ import annotations

import time

import pytest

from filing2json.parsers import parse
from filing2json.parsers.sections.items import find_items
from support import FILINGS

HOME_HEALTH = FILINGS / "8k_1997_homehealthcorpofameric_2.txt"
_HOME_HEAD = ("Item 5.        Other Events\n- -------        ------------\n\n"
              "               On September 26, 1997, Home Health")
_SOLD = "sold its interest in its infusion business."
_HOME_TEXT = ("On September 26, 1997, Home Health Corporation of America, Inc.\n(\"HHCA\") entered "
              "into an Agreement and Plan of Merger by and\n")


def _home_item_5(heading: str) -> tuple[str | None, str]:
    """Item 5 of Home Health's 8-K, its heading printed as `heading`, its text going on."""
    raw = HOME_HEALTH.read_text(encoding="latin-1")
    assert raw.count(_HOME_HEAD) == 1
    edited = raw.replace(_HOME_HEAD, f"{heading} On September 26, 1997, Home Health")
    item = parse(edited.encode("latin-1"), HOME_HEALTH.name)["items"][0]
    assert item["number"] == "5"
    return item["title"], item["text"]


@pytest.mark.parametrize(("title", "name"), [
    ("SALE OF ASSETS", "HHCA"),
    ("Sale of Assets", "HHCA"),
    ("SALE OF ASSETS", "THE COMPANY"),
    ("SALE OF ASSETS", "HOME HEALTH"),  # (the cover's name: "HOME HEALTH CORPORATION OF ...")
    ("SALE OF ASSETS", "HHCA has"),
], ids=["capitals", "title-case", "the-company", "cover-name", "has-sold"])
def test_firm_in_capitals_without_legal_form_opens_the_text(title: str, name: str) -> None:
    # "ITEM 5. SALE OF ASSETS HHCA sold its interest ...": the firm and its verb open the text
    got_title, text = _home_item_5(f"Item 5. {title} {name} {_SOLD}")
    assert got_title == title
    assert text.startswith(f"{name} {_SOLD} {_HOME_TEXT}")


def test_firms_in_capitals_and_have_open_the_text() -> None:
    # "ITEM 5. MERGER AGREEMENT HHCA and USHO have entered into ...": two firms, "have"
    sentence = "HHCA and USHO have entered into a merger agreement."
    title, text = _home_item_5(f"ITEM 5. MERGER AGREEMENT {sentence}")
    assert title == "MERGER AGREEMENT"
    assert text.startswith(f"{sentence} {_HOME_TEXT}")


@pytest.mark.parametrize(("heading", "title"), [
    # no title left before the name but one ending on "OF": the stop ends the title
    (f"ITEM 5. SALE OF HHCA {_SOLD}", "SALE OF HHCA sold its interest in its infusion business"),
    # a name of 4 words and more: no cut
    (f"ITEM 5. ACQUISITION BY BANK OF AMERICA {_SOLD}",
     "ACQUISITION BY BANK OF AMERICA sold its interest in its infusion business"),
], ids=["of-name", "by-name"])
def test_firm_in_capitals_neighbours_unchanged(heading: str, title: str) -> None:
    got_title, text = _home_item_5(heading)
    assert got_title == title
    assert text.startswith(_HOME_TEXT)


def test_capitals_title_then_date_unchanged() -> None:
    # (the neighbour: a capitals title run into its sentence's date was cut so before)
    title, text = _home_item_5("ITEM 5. SALE OF ASSETS")
    assert title == "SALE OF ASSETS"
    assert text.startswith(_HOME_TEXT)


def test_speed_capitals_and_verbs() -> None:
    line = "ITEM 5. SALE OF ASSETS " + "HHCA ACME THE " * 9000 + "sold its interest in it.\n"
    text = "FORM 8-K\n\n" + line + "ITEM 5. SALE " + "AB completed " * 9000 + "\n"
    assert len(text) > 200_000
    start = time.process_time()
    find_items(text, "8-K")
    assert time.process_time() - start < 5
