"""Exhibit lists in the spellings real filings use, and their link to <DOCUMENT>s."""

from __future__ import annotations

import pytest

from filing2json.parsers.sections.exhibits import exhibit_key, read_entries
from support import FILINGS, filing, sample


def test_entry_spellings_from_real_lists() -> None:
    # 8k_1994_turnerbroadcastingsyst_1.txt: "12(c) --   Statement re: ..." over two lines
    turner = (
        "             12(c) --   Statement re: computation of ratio of earnings to\n"
        "                        fixed charges for interim period\n"
        "\n"
        "             24(d) --   Consent of Price Waterhouse\n"
    )
    assert read_entries(turner) == [
        ("12(c)", "Statement re: computation of ratio of earnings to fixed charges for "
                  "interim period"),
        ("24(d)", "Consent of Price Waterhouse"),
    ]
    # 8k_2004_searsroebuckandco_2.txt Item 7: "Exhibit 99 - Press release dated ..."
    sears = "            Exhibit 99 - Press release dated July 22, 2004, furnished\n" \
            "            pursuant to Item 12\n"
    assert read_entries(sears) == [
        ("99", "Press release dated July 22, 2004, furnished pursuant to Item 12")]
    # HTML rows render as tab-separated cells
    assert read_entries("99.1\tPress release issued by Apple Inc. on February 1, 2024.") == [
        ("99.1", "Press release issued by Apple Inc. on February 1, 2024.")]


def test_prose_lines_are_not_entries() -> None:
    text = "On August 2, 2000, the Registrant issued the following press release:\n" \
           "2000  was a good year.\n"
    assert read_entries(text) == []  # a year is not an exhibit number (1-3 digits)
    assert read_entries("On August 2, 2000, the Registrant issued a release.\n") == []


@pytest.mark.parametrize(
    ("number", "key"),
    [("99.1", (99, 1, "")), ("EX-99.01", (99, 1, "")), ("12(c)", (12, None, "C")),
     ("EX-12.(C)", (12, None, "C")), ("99.4(a)", (99, 4, "A")), ("EX-99.4(A)", (99, 4, "A"))],
)
def test_exhibit_keys_match_list_and_document_type(number: str, key: tuple) -> None:
    assert exhibit_key(number) == key


def test_seed_has_no_exhibits() -> None:
    assert sample("000")["exhibits"] == []


def test_index_in_an_untyped_document_links_each_exhibit() -> None:
    # 8k_1999_westelltechnologiesinc_3.txt: the EXHIBIT INDEX is a <DOCUMENT> with no <TYPE>
    exhibits = filing("8k_1999_westelltechnologiesinc_3.txt")["exhibits"]
    numbers = [e["number"] for e in exhibits]
    assert numbers[:6] == ["99.1", "99.2", "99.3", "99.4(a)", "99.4(b)", "99.4(c)"]
    assert exhibits[0]["description"] == "Press Release dated December 13, 1999."
    assert exhibits[1]["description"] == (
        "Agreement and Plan of Merger, dated December 13, 1999, among Teltrend Inc., "
        "Westell Technologies Inc. and Theta Acquisition Corp.")
    assert [e["document"] for e in exhibits[:6]] == [2, 3, 4, 5, 6, 7]


def test_listed_number_differs_from_document_type() -> None:
    # Turner lists "24(d)" but files the document as EX-23.(D): no false link, both kept
    text = (FILINGS / "8k_1994_turnerbroadcastingsyst_1.txt").read_text(errors="replace")
    assert "24(d) --   Consent of Price Waterhouse" in text and "<TYPE>EX-23.(D)" in text
    exhibits = {e["number"]: e for e in filing("8k_1994_turnerbroadcastingsyst_1.txt")
                ["exhibits"]}
    assert exhibits["12(c)"]["document"] == 2
    assert exhibits["24(d)"]["document"] is None
    assert exhibits["23.(D)"]["document"] == 4
