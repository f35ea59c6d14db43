"""Press releases (round 59): an About heading with a colon stuck to "About".

The tests edit Pericom Semiconductor's January 2007 release (corpus
8k_2007_pericomsemiconductorco_2.txt, EX-99.1, a text release whose "About Pericom" heading
stands over its standing paragraph) into shapes other filers print: the heading printed
"About: Pericom" (or in capitals, or run into its paragraph); a page's footer printing the
company's name and the page label apart by a column gap ("Pericom Semiconductor Corporation
Page 2 of 4") set between two paragraphs or inside one; its "Q2 NEW PRODUCTS" paragraphs
printed as a bulleted list under a key-points heading with a word between "Key" and its noun
("Key Financial Results:").

Westell Technologies' 1999 release (corpus 8k_1999_westelltechnologiesinc_3.txt, EX-99.1, a
text release whose safe-harbour heading wraps under its rule: "... Reform Act" / "-----" /
"of 1995:") is set apart into paragraphs as a text release set in HTML lines renders it: the
heading, then the rule run into its last words ("----- of 1995:"), then the second rule.
"""

from __future__ import annotations

import time
from typing import Any

import pytest

from filing2json.parsers.sections.press_release import parse_press_release
from support import FILINGS, edited_record

_PERICOM = "8k_2007_pericomsemiconductorco_2.txt"
_PERICOM_ABOUT = "About Pericom\n\nPericom Semiconductor"
_PERICOM_TEXT = "Pericom Semiconductor Corporation (NASDAQ: PSEM) offers customers worldwide"
_PERICOM_BODY_END = "An archived webcast replay will be available on the web site for 12 months."


def _release(name: str, *edits: tuple[str, str]) -> dict[str, Any]:
    """The first release of the corpus filing ``name`` with each (old, new) edit made."""
    return edited_record(FILINGS / name, dict(edits))["press_releases"][0]


@pytest.mark.parametrize(("about", "company"), [
    ("About: Pericom\n\nPericom Semiconductor", "Pericom"),
    ("ABOUT: PERICOM\n\nPericom Semiconductor", "PERICOM"),
    ("About:  Pericom Semiconductor Corporation\n\nPericom Semiconductor",
     "Pericom Semiconductor Corporation"),
    ("About: Pericom. Pericom Semiconductor", "Pericom"),
])
def test_an_about_heading_with_a_stuck_colon_ends_the_body(about: str, company: str) -> None:
    # (was: the heading kept as the body's last paragraph, the About read headingless)
    rel = _release(_PERICOM, (_PERICOM_ABOUT, about))
    assert rel["body"].endswith(_PERICOM_BODY_END)
    assert rel["about"]["company"] == company
    assert rel["about"]["text"].startswith(_PERICOM_TEXT)


_PERICOM_PARA_END = "switch box and notebook PCs.\n\n"


@pytest.mark.parametrize("footer", [
    "Pericom Semiconductor Corporation      Page 2 of 4",
    "Pericom Semiconductor Corporation\tPage 2",
    "PERICOM SEMICONDUCTOR CORP.      ADD 1",
])
def test_a_footer_with_its_page_label_after_a_gap_leaves_the_body(footer: str) -> None:
    # (was: the footer kept as a body paragraph)
    rel = _release(_PERICOM, (_PERICOM_PARA_END, f"{_PERICOM_PARA_END}{footer}\n\n"))
    assert "Page 2" not in rel["body"] and "ADD 1" not in rel["body"]
    assert "notebook PCs.\n\nThe company released two new VCXO" in rel["body"]


def test_a_footer_inside_a_paragraph_leaves_it_whole() -> None:
    footer = "Pericom Semiconductor Corporation      Page 2 of 4"
    rel = _release(_PERICOM, ("with 12 bit deep\n", f"with 12 bit deep\n\n{footer}\n\n"))
    assert "with 12 bit deep color capability." in rel["body"]


def test_a_name_and_page_label_in_one_run_stay() -> None:
    # one blank between them: a sentence's words may end so ("... see the Annual Report Page 2
    # of 4"); only a gap sets a footer apart
    line = "Pericom Semiconductor Corporation Page 2 of 4"
    rel = _release(_PERICOM, (_PERICOM_PARA_END, f"{_PERICOM_PARA_END}{line}\n\n"))
    assert line in rel["body"]


def test_a_long_run_of_gapped_labels_parses_fast() -> None:
    line = "Acme Widgets Corporation" + " \t" * 30 + "Page 2 of 4 Page\n\n"
    text = "ACME REPORTS RESULTS\n\nNEW YORK, March 5, 1997 -- Acme today reported.\n\n"
    start = time.process_time()
    parse_press_release(text + line * (200_000 // len(line)), "EX-99")
    assert time.process_time() - start < 5


_PERICOM_PRODUCTS = ["Pericom expanded its PCI Express", "The company launched eight new HDMI",
                     "The  company  released  two new VCXO", "Pericom also released three new"]


@pytest.mark.parametrize("heading", [
    "Key Financial Results:", "KEY FINANCIAL RESULTS", "Third Quarter Key Operating Results:",
    "Key Strategic Developments",
])
@pytest.mark.parametrize("mark", ["\u00b7 ", "     o    "])
def test_a_list_under_a_key_financial_results_heading_is_the_highlights(heading: str,
                                                                        mark: str) -> None:
    # (was: no highlights)
    edits = [("  Q2 NEW PRODUCTS\n", f"{heading}\n")]
    edits += [(item, mark + item) for item in _PERICOM_PRODUCTS]
    rel = _release(_PERICOM, *edits)
    assert [h[:32] for h in rel["highlights"]] == [
        "Pericom expanded its PCI Express", "The company launched eight new H",
        "The company released two new VCX", "Pericom also released three new "]


_WESTELL = "8k_1999_westelltechnologiesinc_3.txt"


def test_a_safe_harbour_headings_wrapped_rest_under_its_rule_is_no_text() -> None:
    # (was: the rule and "of 1995:" read as a heading ending the safe harbour before its
    # text: no safe harbour, and no About either)
    act = "Litigation Reform Act\n"
    rel = _release(_WESTELL, (f"{act}     ---", f"{act}\n     ---"),
                   ("of 1995:\n- --------", "of 1995:\n\n- --------"))
    assert rel["forward_looking_statements"].startswith(
        "Certain statements contained herein including, without limitation, the combined")
    assert rel["about"]["company"] == "Westell Technologies, Inc"
