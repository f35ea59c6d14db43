"""Items, round 66: a lettered sub-item's caption wrapped over two lines; a heading in
capitals, or the filer's own title in title case, run on into its text.

Indiana Bell's 10-Q of 1999 (Part I's Items 1 and 2) and PerkinElmer's 10-K405 of 2001 (plain
text), edited into shapes other filers print:

- in Indiana Bell's Item 2, the form's Item 3 numbered after the item above it, "Item 2(a)"
  (as test_itm65b_round65), its caption wrapped flush left or hung under the keyword: only
  the first line was read as its title, the rest opened its text;
- in PerkinElmer, an "ITEM 7(a)." captioned "Quantitative and" / "Qualitative Disclosures
  About Market Risk" before "Management periodically reviews ..." (the filer's market-risk
  text, printed under Item 7): read on its first line only, the heading was a sub-paragraph
  of Item 7 and the market-risk text stayed in Item 7.

A title in capitals that is not the form's, run on into its text with no stop between (a
bold heading and its paragraph set on one line): Apple's 10-Q/A of 1997 with an "ITEM 5.
OTHER EVENTS On ..." after its Item 4 (the 8-K's caption, as 1990s 10-Qs print Item 5),
PerkinElmer's Item 9 with its answer on the heading's line, and Apple's 8-K of 1999 with its
Item 5 captioned by the filer: the whole line was the title and the item had no text.
The same in title case (PerkinElmer's Item 3 captioned "Litigation and Claims" over its
first sentence, as an HTML heading set in bold at the head of its paragraph), where a
sentence opens on a date ("On May 1, 2001, ...") or a subject and a word in lower case ("The
Company is ..."): the title ran to the first stop, taking the sentence with it.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from filing2json.parsers import parse
from support import FILINGS

INDIANA_BELL = FILINGS / "10q_1999_indianabelltelephoneco_1.txt"
PERKINELMER = FILINGS / "10k405_2001_perkinelmerinc_1.txt"
_AUDIT = "Audit Report on Continuing Property Records\n----"
_MARKET_RISK = "Quantitative and Qualitative Disclosures About Market Risk"


def _edited(path: Path, before: str, inserted: str) -> list[dict]:
    raw = path.read_text(encoding="latin-1")
    assert raw.count(before) == 1
    raw = raw.replace(before, inserted + before)
    return parse(raw.encode("latin-1"), path.name)["items"]


@pytest.mark.parametrize("heading", [
    "Item 2(a).  Quantitative and Qualitative Disclosures\nAbout Market Risk",
    "            Item 2(a) - Quantitative and Qualitative Disclosures About\n"
    "            Market Risk",
    "ITEM 2(A).  QUANTITATIVE AND QUALITATIVE\nDISCLOSURES ABOUT MARKET RISK",
], ids=["flush-left", "under-keyword", "capitals"])
def test_wrapped_caption_of_a_lettered_sub_item_is_its_title(heading: str) -> None:
    items = _edited(INDIANA_BELL, _AUDIT, f"{heading}\n\n")
    assert [i["number"] for i in items] == ["1", "2", "2A"]
    title = items[2]["title"]
    assert title == (_MARKET_RISK.upper() if heading.startswith("ITEM") else _MARKET_RISK)
    assert items[2]["text"].startswith("Audit Report on Continuing Property Records\n")
    assert items[1]["text"].endswith("we determined when we\nwill implement the new standard.")


_REVIEWS = "     Management periodically reviews its interest rate"


@pytest.mark.parametrize("heading", [
    "ITEM 7(a).  Quantitative and\nQualitative Disclosures About Market Risk",
    "ITEM 7(a).  QUANTITATIVE AND\nQUALITATIVE DISCLOSURES ABOUT MARKET RISK",
])
def test_lettered_item_known_by_its_whole_wrapped_caption(heading: str) -> None:
    items = _edited(PERKINELMER, _REVIEWS, f"{heading}\n\n")
    numbers = [i["number"] for i in items]
    assert numbers[numbers.index("7") :][:3] == ["7", "7A", "8"]
    market = items[numbers.index("7A")]
    assert market["title"].upper() == _MARKET_RISK.upper()
    assert market["standard_title"] == _MARKET_RISK
    assert market["text"].startswith("Management periodically reviews its interest rate")
    assert market["text"].endswith("transactions for speculative purposes.")
    assert items[numbers.index("7")]["text"].endswith("averaged approximately $1.8 million.")
    # a lettered paragraph of Item 7 captioned with no item's title, wrapped: no item of its own
    items = _edited(PERKINELMER, _REVIEWS, heading.replace("Quantitative", "Interest Rate")
                    .replace("QUANTITATIVE", "INTEREST RATE") + "\n\n")
    numbers = [i["number"] for i in items]
    assert "7A" not in numbers
    assert "ITEM 7(a)." in items[numbers.index("7")]["text"]


APPLE_10Q = FILINGS / "10qa_1997_applecomputerinc_1.txt"
_ITEM_4_END = "Annual Meeting of  Shareholders held on February 5, 1997.\n"
_ON_MAY_1 = "On May 1, 1997, the Company announced a new product line."


@pytest.mark.parametrize(("line", "title", "text"), [
    (f"ITEM 5. OTHER EVENTS {_ON_MAY_1}", "OTHER EVENTS", _ON_MAY_1),
    (f"ITEM 5.  OTHER EVENTS AND SUBSEQUENT EVENTS  {_ON_MAY_1}",
     "OTHER EVENTS AND SUBSEQUENT EVENTS", _ON_MAY_1),
    ("ITEM 5. OTHER EVENTS None.", "OTHER EVENTS", "None."),
    # under a bare heading, as HTML sets a heading's number and its paragraph apart
    (f"ITEM 5.\n\nOTHER EVENTS {_ON_MAY_1}", "OTHER EVENTS", _ON_MAY_1),
], ids=["sentence", "two-spaces", "answer", "below"])
def test_ten_q_title_in_capitals_run_on_into_its_text(line: str, title: str, text: str) -> None:
    raw = APPLE_10Q.read_text(encoding="latin-1")
    assert raw.count(_ITEM_4_END) == 1
    raw = raw.replace(_ITEM_4_END, f"{_ITEM_4_END}\n{line}\n")
    items = parse(raw.encode("latin-1"), APPLE_10Q.name)["items"]
    assert [(i["number"], i["title"], i["text"]) for i in items[1:]] == [("5", title, text)]
    assert items[0]["text"].endswith(_ITEM_4_END.strip())


_ITEM_9 = ("ITEM 9.  CHANGES IN AND DISAGREEMENTS WITH ACCOUNTANTS ON ACCOUNTING AND\n"
           "FINANCIAL DISCLOSURE\n\n     None.\n")
_CHANGES = "CHANGES IN AND DISAGREEMENTS WITH ACCOUNTANTS ON ACCOUNTING AND FINANCIAL DISCLOSURE"
_DISMISSED = "On March 1, 2001, the Company dismissed Arthur Andersen LLP as its accountants."


@pytest.mark.parametrize(("line", "title", "text"), [
    (f"ITEM 9.  {_CHANGES} None.", _CHANGES, "None."),
    (f"ITEM 9.  CHANGES IN REGISTRANT'S CERTIFYING ACCOUNTANT {_DISMISSED}",
     "CHANGES IN REGISTRANT'S CERTIFYING ACCOUNTANT", _DISMISSED),
])
def test_ten_k_title_in_capitals_run_on_into_its_text(line: str, title: str, text: str) -> None:
    raw = PERKINELMER.read_text(encoding="latin-1")
    assert raw.count(_ITEM_9) == 1
    items = parse(raw.replace(_ITEM_9, f"{line}\n").encode("latin-1"), PERKINELMER.name)["items"]
    (item_9,) = [i for i in items if i["number"] == "9"]
    assert (item_9["title"], item_9["text"]) == (title, text)
    assert [i["number"] for i in items] == [str(n) for n in range(1, 15)]


APPLE_8K = FILINGS / "8k_1999_applecomputerinc_1.txt"
_ITEM_5 = "Item 5.\tOther Events.\n"
_ISSUED = "On September 3, 1999, the registrant issued a press release."


@pytest.mark.parametrize(("heading", "title", "opening"), [
    (f"ITEM 5. NEW PRODUCT ANNOUNCEMENT {_ISSUED}", "NEW PRODUCT ANNOUNCEMENT", _ISSUED),
    # a list's mark after the title opens the text ("A. History and Development ...", 20-F)
    (f"ITEM 5. NEW PRODUCT ANNOUNCEMENT A. Background {_ISSUED}", "NEW PRODUCT ANNOUNCEMENT",
     f"A. Background {_ISSUED}"),
])
def test_eight_k_title_in_capitals_run_on_into_its_text(heading: str, title: str, opening: str
                                                        ) -> None:
    raw = APPLE_8K.read_text(encoding="latin-1")
    assert raw.count(_ITEM_5) == 1
    items = parse(raw.replace(_ITEM_5, f"{heading}\n").encode("latin-1"), APPLE_8K.name)["items"]
    assert [i["number"] for i in items] == ["5", "7"]
    assert items[0]["title"] == title
    assert items[0]["text"].startswith(opening)
    assert items[0]["text"].endswith("events reported pursuant to this Form 8-K.")
    # no sentence opens at a name in mixed case ("McDONALD'S") nor at a lower-case word
    mixed = "ANNOUNCEMENT BY McDONALD'S CORPORATION of a joint promotion"
    items = parse(raw.replace(_ITEM_5, f"ITEM 5. {mixed}. {_ISSUED}\n").encode("latin-1"),
                  APPLE_8K.name)["items"]
    assert (items[0]["title"], items[0]["text"][: len(_ISSUED)]) == (mixed, _ISSUED)


def test_many_capitals_headings_run_on_parse_quickly() -> None:
    # ~200 KB: one heading line of capitals words with a sentence at its end, then many
    # run-on headings in a row (each cut once: linear in the line)
    # (and in title case: subjects that open no sentence, "The Dial Corporation" over and over)
    long_line = "ITEM 5. " + "OTHER EVENTS " * 15000 + _ON_MAY_1
    many = f"ITEM 5. OTHER EVENTS {_ON_MAY_1}\n\n" * 2500
    titled = "Item 5. Other " + "The Dial Corporation " * 10000 + _ON_MAY_1
    for body in (long_line, many, titled):
        raw = APPLE_10Q.read_text(encoding="latin-1").replace(
            _ITEM_4_END, f"{_ITEM_4_END}\n{body}\n")
        started = time.process_time()
        items = parse(raw.encode("latin-1"), APPLE_10Q.name)["items"]
        assert time.process_time() - started < 5
        assert items[-1]["text"] == (_ON_MAY_1 if body != titled else "")


_ITEM_3 = "ITEM 3.  LEGAL PROCEEDINGS\n\n     The Company is subject"
_SUBJECT = "The Company is subject to various claims, legal proceedings and\ninvestigations"


@pytest.mark.parametrize(("heading", "title", "opening"), [
    ("Item 3.  Litigation and Claims", "Litigation and Claims", _SUBJECT),
    ("Item 3.  Claims Against The Company", "Claims Against The Company", _SUBJECT),
    ("Item 3.  Litigation Settled On March 1, 2001, the Company settled a claim.",
     "Litigation Settled", "On March 1, 2001, the Company settled a claim. " + _SUBJECT),
])
def test_ten_k_own_title_run_on_into_its_text(heading: str, title: str, opening: str) -> None:
    raw = PERKINELMER.read_text(encoding="latin-1")
    assert raw.count(_ITEM_3) == 1
    items = parse(raw.replace(_ITEM_3, f"{heading} The Company is subject").encode("latin-1"),
                  PERKINELMER.name)["items"]
    assert [i["number"] for i in items] == [str(n) for n in range(1, 15)]
    assert (items[2]["title"], items[2]["text"][: len(opening)]) == (title, opening)
    # a title naming a firm ("of The Dial Corporation", "The Company and Its Subsidiaries")
    # goes on past the article
    for own in ("Acquisition of The Dial Corporation",
                "Proceedings Involving The Company and Its Subsidiaries"):
        line = f"Item 3.  {own}\n\n     The Company is subject"
        items = parse(raw.replace(_ITEM_3, line).encode("latin-1"), PERKINELMER.name)["items"]
        assert (items[2]["title"], items[2]["text"][: len(_SUBJECT)]) == (own, _SUBJECT)


def test_ten_q_and_eight_k_own_title_run_on_into_a_dated_sentence() -> None:
    raw = APPLE_10Q.read_text(encoding="latin-1").replace(
        _ITEM_4_END, f"{_ITEM_4_END}\nItem 5. Other Events {_ON_MAY_1}\n")
    items = parse(raw.encode("latin-1"), APPLE_10Q.name)["items"]
    assert [(i["number"], i["title"], i["text"]) for i in items[1:]] == [
        ("5", "Other Events", _ON_MAY_1)]
    raw = raw.replace("Item 5. Other Events", "Item 5.\nOther Events")  # (a bare heading)
    items = parse(raw.encode("latin-1"), APPLE_10Q.name)["items"]
    assert [(i["number"], i["title"], i["text"]) for i in items[1:]] == [
        ("5", "Other Events", _ON_MAY_1)]
    raw = APPLE_8K.read_text(encoding="latin-1").replace(
        _ITEM_5, f"Item 5. New Product Announcement {_ISSUED}\n")
    items = parse(raw.encode("latin-1"), APPLE_8K.name)["items"]
    assert (items[0]["title"], items[0]["text"][: len(_ISSUED)]) == (
        "New Product Announcement", _ISSUED)
    # an article or a preposition in capitals goes on with the title ("Termination Of The
    # Merger Agreement with Acme Corp": no sentence opens at "The Merger Agreement with")
    own = "Termination Of The Merger Agreement with Acme Corp"
    raw = APPLE_8K.read_text(encoding="latin-1").replace(_ITEM_5, f"Item 5. {own} {_ISSUED}\n")
    items = parse(raw.encode("latin-1"), APPLE_8K.name)["items"]
    assert (items[0]["title"], items[0]["text"][: len(_ISSUED)]) == (own, _ISSUED)
