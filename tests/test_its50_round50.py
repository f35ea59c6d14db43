"""Items and explanatory notes, round 50: variants of real filings edited into shapes other
filers print. 8-K item headings printed after their section on one line ("Section 2, Item
2.02 ...", "Section 2. Financial Information. Item 2.02 ..."); explanatory-note headings
"Reason for Amendment" (amendments), "Explanation of Amendment" and (8-Ks) "Introductory
Statement"; and an 8-K/A's statement in the second sentence of its opening paragraph, after
the sentence naming the original report, or said of the report ("... is hereby amended to
...")."""

from __future__ import annotations

from support import FILINGS, edited_items, edited_record

HORIZON = FILINGS / "8k_2008_horizonfinancialcorp_1.txt"

_HORIZON_2_02 = "Item 2.02  Results of Operations and Financial Condition"
_HORIZON_9_01 = "Item 9.01  Financial Statements and Exhibits"
# Horizon 2008 filed as an amendment: its form type in the header and the document
_AMENDED = {"CONFORMED SUBMISSION TYPE:\t8-K": "CONFORMED SUBMISSION TYPE:\t8-K/A",
            "<TYPE>8-K": "<TYPE>8-K/A"}
_HORIZON_ITEMS = [
    ("2.02", "Results of Operations and Financial Condition", "On January 17, 2008, Horizon F"),
    ("9.01", "Financial Statements and Exhibits", "(c)    Exhibits\n\n     99.1   P")]
# Horizon's original report named in a first sentence over 200 characters long, as 8-K/As open
_ORIGINAL = ('On January 17, 2008, Horizon Financial Corp. (the "Company") filed a Current\n'
             'Report on Form 8-K (the "Original Report") with the Securities and Exchange\n'
             "Commission reporting under Item 2.02 the release of its earnings for the\n"
             "quarter ended December 31, 2007 and furnishing the release as Exhibit 99.1. ")


def _headed(mark_2_02: str, mark_9_01: str) -> list[tuple[str, str, str]]:
    # Horizon 2008 (8-K) with each item heading's "Item ..." replaced as given
    return edited_items(HORIZON, {_HORIZON_2_02: mark_2_02 + _HORIZON_2_02[9:],
                                  _HORIZON_9_01: mark_9_01 + _HORIZON_9_01[9:]})


def test_section_and_item_after_a_comma() -> None:
    assert _headed("Section 2, Item 2.02", "Section 9, Item 9.01") == _HORIZON_ITEMS


def test_section_name_closed_by_a_period() -> None:
    assert _headed("Section 2. Financial Information. Item 2.02",
                   "Section 9. Financial Statements and Exhibits. Item 9.01") == _HORIZON_ITEMS


def test_section_of_another_number_gives_no_item() -> None:
    # "Section 3, Item 2.02": the item is not of that section (a contract's cross-reference)
    assert _headed("Section 3, Item 2.02", "Section 3, Item 9.01") == []


def _note(paragraph: str, amended: bool = True) -> str | None:
    # the paragraph put above Horizon's first item, its 8-K made an 8-K/A when `amended`
    edit = {**(_AMENDED if amended else {}), _HORIZON_2_02: paragraph + "\n\n" + _HORIZON_2_02}
    return edited_record(HORIZON, edit)["explanatory_note"]


# a reason that states no amendment itself: read only under a heading
_REASON = ("The earnings release furnished on January 17, 2008 gave a wrong date; the\n"
           "corrected release is furnished as Exhibit 99.1.")
_REASON_NOTE = " ".join(_REASON.split())


def test_reason_for_amendment_heading() -> None:
    assert _note("Reason for Amendment\n\n" + _REASON) == _REASON_NOTE
    assert _note("REASONS FOR THE AMENDMENT\n\n" + _REASON) == _REASON_NOTE


def test_explanation_of_amendment_heading() -> None:
    assert _note("Explanation of Amendment\n\n" + _REASON) == _REASON_NOTE


def test_no_heading_no_note() -> None:
    assert _note(_REASON) is None


def test_reason_heading_on_an_original_8k_is_not_read() -> None:
    # (the heading is looked for on amendments only)
    assert _note("Reason for Amendment\n\n" + _REASON, amended=False) is None


def test_introductory_statement_of_an_8k() -> None:
    para = "On January 17, 2008, Horizon Financial Corp. completed the sale of its branch."
    assert _note("INTRODUCTORY STATEMENT\n\n" + para, amended=False) == para


def test_filing_this_amendment_after_the_original_report() -> None:
    para = _ORIGINAL + "The Company is filing this\nAmendment No. 1 to correct the date."
    assert _note(para) == " ".join(para.split())


def test_amends_the_original_report() -> None:
    para = _ORIGINAL + "By this Amendment No. 1, the Company\namends the Original Report."
    assert _note(para) == " ".join(para.split())


def test_purpose_after_the_original_report() -> None:
    para = _ORIGINAL + "The purpose of this Amendment No. 1 is to\ncorrect the date."
    assert _note(para) == " ".join(para.split())


def test_report_is_hereby_amended() -> None:
    # 1990s 8-K/As: "Item 7 of the Current Report on Form 8-K ... is hereby amended to ..."
    para = ("The Current Report on Form 8-K of Horizon Financial Corp. filed January 17,\n"
            "2008 is hereby amended to correct the date of the earnings release.")
    assert _note(para) == " ".join(para.split())


def test_other_document_amended_from_time_to_time_is_no_note() -> None:
    para = ("The Company's Current Report on Form 8-K describes the Credit Agreement, as it\n"
            "is amended from time to time by the parties.")
    assert _note(para) is None
