"""Items and signatures, round 43: a heading naming two items with a lettered paragraph after
the later one ("Item 5.02(d) and 5.03(a)."), a "/s/" mark spaced with a tab ("/s\t/ Jane
Doe"), the signer's name typed again in brackets on the signed line ("/s/ Jane Doe (Jane
Doe)"), an office or a caption in brackets there ("/s/ Jane Doe (Principal Financial
Officer)", "(Signature)"), and a title typed after the name wrapped after its comma.

Each test reads a corpus filing or sample with its text edited into a shape other filers
print (the edit said in each test)."""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from support import FILINGS, SAMPLES

_PERICOM = "8k_2006_pericomsemiconductorco_3.txt"
_PERICOM_HEADING = "ITEM 5.02    DEPARTURE OF DIRECTORS OR PRINCIPAL OFFICER; ELECTION OF"


def _items(text: str) -> list[tuple[str, str]]:
    record = parse(text.encode(), "items.txt")
    return [(item["number"], item["text"][:22]) for item in record["items"]]


def test_two_items_with_a_lettered_paragraph_after_the_later_one() -> None:
    # Pericom Semiconductor's 2006 8-K (a director elected) with its "ITEM 5.02" heading
    # naming the paragraphs answered, as 2006-on 8-Ks print them, and a second item
    text = (FILINGS / _PERICOM).read_text(encoding="utf-8", errors="replace")
    assert _PERICOM_HEADING in text
    for edited in ("ITEM 5.02(d) AND 5.03(a)    DEPARTURE OF DIRECTORS OR PRINCIPAL OFFICER; "
                   "ELECTION OF",
                   "ITEMS 5.02 AND 5.03(a).    DEPARTURE OF DIRECTORS OR PRINCIPAL OFFICER; "
                   "ELECTION OF",
                   "ITEM 5.02(d), 5.03 (a) AND (b)    DEPARTURE OF DIRECTORS OR PRINCIPAL "
                   "OFFICER; ELECTION OF"):
        assert _items(text.replace(_PERICOM_HEADING, edited)) == [
            ("5.02", "On August 15, 2006, Pe"), ("5.03", "On August 15, 2006, Pe"),
            ("9.01", "(d)      Exhibits.\n\nTh")]


def test_a_lettered_paragraph_after_the_later_item_is_not_a_title() -> None:
    # the same heading in title case, the title read after the paragraph letter
    text = (FILINGS / _PERICOM).read_text(encoding="utf-8", errors="replace")
    edited = text.replace(_PERICOM_HEADING, "Item 5.02(d) and 5.03(a).  Departure of "
                          "Directors or Principal Officer; Election of")
    record = parse(edited.encode(), "items.txt")
    assert [item["title"] for item in record["items"][:2]] == [
        "Departure of Directors or Principal Officer; Election of DIRECTORS; APPOINTMENT OF "
        "PRINCIPAL OFFICERS"] * 2


# CTC Communications' 2000 8-K (sample 001): "By: /s/ John D. Pittenger" over his name and
# title
_CTC = SAMPLES / "001_e8b565220de8e5a3.txt"
_CTC_BLOCK = """                 By: /s/ John D. Pittenger
                 John D. Pittenger,
                 Executive Vice President, Finance and Administration
"""
_CTC_TITLE = "Executive Vice President, Finance and Administration"


def _signers(block: str) -> list[dict[str, Any]]:
    text = _CTC.read_text(encoding="utf-8")
    assert _CTC_BLOCK in text
    return parse(text.replace(_CTC_BLOCK, block).encode(), "sig.txt")["signatures"]


def test_a_mark_spaced_with_a_tab() -> None:
    # the sample's mark typed "/s\t/" (a tab where other filers type "/s /"), no name under it
    for mark in ("/s\t/", "/S\t/"):
        block = f"                 {mark} John D. Pittenger\n                 {_CTC_TITLE}\n"
        signers = _signers(block)
        assert [(s["name"], s["title"]) for s in signers] == [("John D. Pittenger", _CTC_TITLE)]


def test_a_name_typed_again_in_brackets_on_the_signed_line() -> None:
    # the sample's name line run onto the signed one in brackets
    for signed, name in (("/s/ John D. Pittenger (John D. Pittenger)", "John D. Pittenger"),
                         ("/s/ John Pittenger (John D. Pittenger)", "John D. Pittenger")):
        block = f"                 By: {signed}\n                 {_CTC_TITLE}\n"
        assert [(s["name"], s["title"]) for s in _signers(block)] == [(name, _CTC_TITLE)]



def test_an_office_in_brackets_on_the_signed_line() -> None:
    # the sample's signer naming his office in brackets on the signed line, no title under it
    block = "                 By: /s/ John D. Pittenger (Principal Financial Officer)\n"
    assert [(s["name"], s["title"]) for s in _signers(block)] == [
        ("John D. Pittenger", "Principal Financial Officer")]


def test_a_title_on_the_signed_line_wrapped_at_its_comma() -> None:
    # the sample's title typed after the signature and wrapped at its comma
    block = ("                 By: /s/ John D. Pittenger, Executive Vice President,\n"
             "                 Finance and Administration\n")
    assert [(s["name"], s["title"]) for s in _signers(block)] == [
        ("John D. Pittenger", _CTC_TITLE)]
    # and with no signature typed, the name and title typed under "By:"
    block = ("                 By:\n"
             "                 John D. Pittenger, Executive Vice President,\n"
             "                 Finance and Administration\n")
    assert [(s["name"], s["title"]) for s in _signers(block)] == [
        ("John D. Pittenger", _CTC_TITLE)]


def test_a_caption_in_brackets_on_the_signed_line() -> None:
    # the sample's signed line with its "(Signature)" caption typed beside the name
    block = ("                 By: /s/ John D. Pittenger (Signature)\n"
             f"                 {_CTC_TITLE}\n")
    assert [(s["name"], s["title"]) for s in _signers(block)] == [
        ("John D. Pittenger", _CTC_TITLE)]


def test_a_row_typed_with_single_spaces_keeps_its_bracketed_office() -> None:
    # a 10-K row typed with single spaces (Pacific Gold Corp.'s 2007 10-K, as in
    # test_signatures_round28, its date left off): the bracketed office stays in the title
    text = _CTC.read_text(encoding="utf-8").replace(
        _CTC_BLOCK, "/s/ Ronald L. Tingle Chief Financial Officer (Principal Financial "
        "Officer)\nRonald L. Tingle\n")
    signers = parse(text.encode(), "sig.txt")["signatures"]
    assert [(s["name"], s["title"]) for s in signers] == [
        ("Ronald L. Tingle", "Chief Financial Officer (Principal Financial Officer)")]
