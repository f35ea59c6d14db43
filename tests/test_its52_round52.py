"""Items, explanatory notes, round 52: variants of real filings edited into shapes other filers
print. A combined 2004 heading whose first item's title holds semicolons of its own (Item
5.02's) and names its next item at a wrapped line's end ("... Officers and Item 9.01" /
"Financial Statements and Exhibits."); a full-width rule set apart under an item's last
paragraph, above the signatures; an 8-K/A's note that says "this amended Form 8-K"."""

from __future__ import annotations

from support import FILINGS, edited_items, edited_record

PERICOM = FILINGS / "8k_2006_pericomsemiconductorco_3.txt"
_PERICOM_5_02 = ("ITEM 5.02    DEPARTURE OF DIRECTORS OR PRINCIPAL OFFICER; ELECTION OF\n"
                 "             DIRECTORS; APPOINTMENT OF PRINCIPAL OFFICERS\n")
_PERICOM_9_01 = "ITEM 9.01    FINANCIAL STATEMENTS, PRO FORMA FINANCIAL INFORMATION AND EXHIBITS.\n"
_PERICOM_TEXT = "On August 15, 2006, Pericom Se"
_5_02 = ("Departure of Directors or Certain Officers; Election of Directors; Appointment of"
         " Certain Officers; Compensatory Arrangements of Certain Officers")
_BOTH = f"{_5_02}; Financial Statements and Exhibits"


def _combined(heading: str) -> list[tuple[str, str, str]]:
    # Pericom 2006 (8-K) with its two headings replaced by one combined heading, as given
    return edited_items(PERICOM, {_PERICOM_5_02: heading, _PERICOM_9_01: ""})


def test_combined_heading_names_its_next_item_on_a_wrapped_line() -> None:
    want = [("5.02", _BOTH, _PERICOM_TEXT), ("9.01", _BOTH, _PERICOM_TEXT)]
    assert _combined("Item 5.02 Departure of Directors or Certain Officers; Election of"
                     " Directors; Appointment of\nCertain Officers; Compensatory Arrangements"
                     " of Certain Officers and Item 9.01\nFinancial Statements and"
                     " Exhibits.\n") == want
    assert _combined("Item 5.02 Departure of Directors or Certain Officers; Election of"
                     " Directors; Appointment of\nCertain Officers; Compensatory Arrangements"
                     " of Certain Officers and Item 9.01 Financial\nStatements and"
                     " Exhibits.\n") == want


def test_combined_heading_wrapped_after_a_title_of_semicolons() -> None:
    want = [("5.02", _BOTH, _PERICOM_TEXT), ("9.01", _BOTH, _PERICOM_TEXT)]
    assert _combined(f"Item 5.02 {_5_02} and Item 9.01\nFinancial Statements and"
                     " Exhibits.\n") == want
    assert _combined(f"Item 5.02 {_5_02}; Item 9.01\nFinancial Statements and Exhibits\n") == want
    upper = _BOTH.upper()
    assert _combined(f"ITEM 5.02 {_5_02.upper()} AND ITEM 9.01\nFINANCIAL STATEMENTS AND"
                     " EXHIBITS.\n") == [("5.02", upper, _PERICOM_TEXT),
                                         ("9.01", upper, _PERICOM_TEXT)]


_PERICOM_END = "Company's board of directors.\n\n<PAGE>"
_PERICOM_LAST = "appointment of Dr. Simon Wong to the Company's board of directors."


def test_rule_above_the_signatures_is_not_the_items_text() -> None:
    # Pericom 2006's page break above SIGNATURES printed as a full-width rule instead
    for rule in ("-" * 80, "- " + "-" * 78, "=" * 80, "_" * 80):
        items = edited_record(PERICOM, {_PERICOM_END: (
            f"Company's board of directors.\n\n{rule}\n")})["items"]
        assert items[-1]["text"].endswith(_PERICOM_LAST)


def test_rule_under_a_tables_last_row_stays() -> None:
    # a rule right under the last row (no blank line between) closes the table: kept
    items = edited_record(PERICOM, {_PERICOM_END: (
        f"Company's board of directors.\n{'-' * 80}\n\n<PAGE>")})["items"]
    assert items[-1]["text"].endswith(f"{_PERICOM_LAST}\n{'-' * 80}")


HORIZON = FILINGS / "8k_2008_horizonfinancialcorp_1.txt"
_AMENDED = {"CONFORMED SUBMISSION TYPE:\t8-K": "CONFORMED SUBMISSION TYPE:\t8-K/A",
            "<TYPE>8-K": "<TYPE>8-K/A"}
_HORIZON_2_02 = ("Item 2.02  Results of Operations and Financial Condition\n"
                 "- --------------------------------------------------------")


def _note(paragraph: str, above: bool = True) -> str | None:
    # Horizon 2008 filed as an amendment, an unheaded paragraph above its first item or under
    # that item's heading
    new = f"{paragraph}\n\n{_HORIZON_2_02}" if above else f"{_HORIZON_2_02}\n\n{paragraph}"
    return edited_record(HORIZON, {**_AMENDED, _HORIZON_2_02: new})["explanatory_note"]


def test_note_of_an_amended_form_8k() -> None:
    for said in ("This amended Form 8-K is being filed to furnish the corrected earnings"
                 " release\nas Exhibit 99.1.",
                 "This amended Current Report on Form 8-K is being filed to furnish the"
                 " corrected\nearnings release as Exhibit 99.1.",
                 "Horizon Financial Corp. is filing this amended Form 8-K to furnish the"
                 " corrected\nearnings release as Exhibit 99.1.",
                 "The purpose of this amended Form 8-K is to furnish the corrected earnings\n"
                 "release as Exhibit 99.1.",
                 "This Form 8-K/A updates the Form 8-K filed January 17, 2008 to furnish the\n"
                 "corrected earnings release as Exhibit 99.1."):
        read = " ".join(said.split())
        assert _note(said) == read
        assert _note(said, above=False) == read


def test_amended_contract_is_no_note() -> None:
    # an item's own news of an amended agreement, in an 8-K/A: not the filing's note
    assert _note("On January 15, 2008, the Bank entered into an amended Form of Change in"
                 " Control\nAgreement with its officers.", above=False) is None


def test_page_note_under_the_last_item_is_not_its_text() -> None:
    # Pericom 2006 with a note filers print above a signature page after its last paragraph
    # (and the page's number under it), in wordings other than "[Signature page follows]"
    for note in ("(Signature on following page)", "[Signatures on following page]",
                 "[SIGNATURES ON FOLLOWING PAGE]\n\n2", "(Signatures follow)",
                 "(Signature appears on the next page)",
                 "[Remainder of page intentionally left blank. Signatures on following page.]"):
        items = edited_record(PERICOM, {_PERICOM_END: (
            f"Company's board of directors.\n\n{note}\n\n<PAGE>")})["items"]
        assert items[-1]["text"].endswith(_PERICOM_LAST)


def test_sentence_about_signatures_stays() -> None:
    # a paragraph that says more than the page note is the item's text
    said = "The signatures of the directors follow the agreement filed as Exhibit 10.1."
    items = edited_record(PERICOM, {_PERICOM_END: (
        f"Company's board of directors.\n\n{said}\n\n<PAGE>")})["items"]
    assert items[-1]["text"].endswith(said)


APPLE = FILINGS / "8k_1999_applecomputerinc_1.txt"
_APPLE_5 = "Item 5.\tOther Events."
_APPLE_7 = ("Item 7.    Financial Statements, Pro Forma Financial Information and\n"
            "           Exhibits.\n\n")


def test_combined_heading_in_capitals_of_the_forms_longer_wording() -> None:
    # Apple 1999's two headings printed as one line in capitals, Item 5 in the 2003 form's
    # wording (a 2003 8-K's "OTHER EVENTS AND REGULATION FD DISCLOSURE")
    title = ("OTHER EVENTS AND REGULATION FD DISCLOSURE; FINANCIAL STATEMENTS AND EXHIBITS")
    for heading in ("ITEM 5.  OTHER EVENTS AND REGULATION FD DISCLOSURE; ITEM 7.  FINANCIAL"
                    " STATEMENTS AND EXHIBITS",
                    "ITEM 5.  OTHER EVENTS AND REGULATION FD DISCLOSURE AND ITEM 7.  FINANCIAL"
                    " STATEMENTS AND EXHIBITS"):
        items = edited_items(APPLE, {_APPLE_5: heading, _APPLE_7: ""})
        assert items == [("5", title, "(i)   Reference is made to the"),
                         ("7", title, "(i)   Reference is made to the")]
