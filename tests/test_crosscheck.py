"""Warnings of crosscheck.py, on 10-K texts laid out as real ones print them."""

from __future__ import annotations

import pytest

from filing2json.parsers import parse
from filing2json.parsers.sections.crosscheck import titles_agree
from support import FILINGS, filing

# Apple's 10-K for fiscal 2025 (Items 5 to 7, shortened): since 2021 the form reserves Item 6
_TEN_K = (
    "UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549\n\n"
    "FORM 10-K\n\nApple Inc.\n\n"
    "Item 5.    Market for Registrant's Common Equity, Related Stockholder Matters and "
    "Issuer Purchases of Equity Securities\n\n"
    "The Company's common stock is traded on the Nasdaq Global Select Market under the "
    "symbol AAPL.\n\n"
    "Item 6.    {six}\n\n"
    "Item 7.    Management's Discussion and Analysis of Financial Condition and Results of "
    "Operations\n\n"
    "The following discussion should be read in conjunction with the consolidated financial "
    "statements.\n\n"
    "Item 9.    Changes in and Disagreements with Accountants on Accounting and Financial "
    "Disclosure\n\n"
    "Item 9A.    Controls and Procedures\n\n"
    "Based on an evaluation under the supervision of management, the Company's disclosure "
    "controls and procedures were effective.\n")


@pytest.mark.parametrize("six", ["[Reserved]", "Reserved", "(Removed and Reserved)",
                                 "[RESERVED]."])
def test_an_item_the_form_reserves_is_empty_without_a_warning(six: str) -> None:
    record = parse(_TEN_K.format(six=six).encode(), "aapl-20250927.txt")
    assert [(i["number"], i["text"] != "") for i in record["items"]] == [
        ("5", True), ("6", False), ("7", True), ("9", False), ("9A", True)]
    # the empty Item 9 is still reported
    assert [w["message"] for w in record["warnings"] if w["code"] == "item_empty"] == [
        "item 9 has a heading but no text"]


def test_an_empty_item_with_a_title_of_its_own_is_reported() -> None:
    record = parse(_TEN_K.format(six="Selected Financial Data").encode(), "aapl-2019.txt")
    assert [w["message"] for w in record["warnings"] if w["code"] == "item_empty"] == [
        "item 6 has a heading but no text", "item 9 has a heading but no text"]


@pytest.mark.parametrize(("a", "b", "agree"), [
    ("Other events", "Other Events", True),
    ("Financial statements and exhibits",
     "Financial Statements, Pro Forma Financial Information and Exhibits", True),
    ("Regulation FD Disclosure", "Results of Operations and Financial Condition", False),
])
def test_titles_agree(a: str, b: str, agree: bool) -> None:
    assert titles_agree(a, b) is agree


@pytest.mark.parametrize("name", ["8k_2004_searsroebuckandco_1.txt",
                                  "8k_2004_astafundinginc_5.txt"])
def test_an_item_edgar_printed_no_label_for_is_no_mismatch(name: str) -> None:
    # 2004 8-Ks reporting old Item 12: EDGAR's header printed "ITEM INFORMATION:" empty for it
    text = (FILINGS / name).read_text(errors="replace")
    assert "ITEM INFORMATION:\t\t\n" in text.replace("\r", "")
    record = filing(name)
    assert "12" in [i["number"] for i in record["items"]]
    assert [w for w in record["warnings"] if w["code"] == "item_information_mismatch"] == []


def test_an_item_the_header_does_not_list_is_a_mismatch() -> None:
    # the same Sears 8-K with its Item 7 heading made an Item 9 the header does not list
    text = (FILINGS / "8k_2004_searsroebuckandco_1.txt").read_text(errors="replace")
    text = text.replace("Item 7. Financial Statements and Exhibits.",
                        "Item 9. Regulation FD Disclosure.")
    record = parse(text.encode(), "sears.txt")
    assert any(w["code"] == "item_information_mismatch" and w["message"].startswith("item 9 ")
               for w in record["warnings"])
