"""Items and explanatory notes, round 51: variants of real filings edited into shapes other
filers print. A pre-2004 8-K heading wrapped in the form's longer wording ("Other Events and
Regulation FD" / "Disclosure.", "... PRO FORMA FINANCIAL" / "INFORMATION AND EXHIBITS."),
flush left or after a tab; a combined 2004 heading wrapped as plain text wraps its long line
("... Condition and Item 7.01 Regulation FD" / "Disclosure"), or naming its items out of the
form's order; an explanatory note closed by a rule or a row of marks."""

from __future__ import annotations

from support import FILINGS, edited_items, edited_record

APPLE = FILINGS / "8k_1999_applecomputerinc_1.txt"
HORIZON = FILINGS / "8k_2008_horizonfinancialcorp_1.txt"
HOME_HEALTH = FILINGS / "8k_1997_homehealthcorpofameric_2.txt"

_APPLE_5 = "Item 5.\tOther Events."
_APPLE_7 = ("Item 7.    Financial Statements, Pro Forma Financial Information and\n"
            "           Exhibits.")
_APPLE_5_TEXT = "(i)   Reference is m"
_APPLE_7_TEXT = "(c)       Exhibits\n\n"


def _apple(edit: dict[str, str]) -> list[tuple[str, str, str]]:
    # Apple's 1999 8-K with its headings edited; (number, title, the text's first 20 characters)
    return [(n, t, x[:20]) for n, t, x in edited_items(APPLE, edit)]


def test_item_5_wrapped_in_the_forms_longer_wording() -> None:
    # Apple 1999's "Item 5. Other Events." printed in the 2003 form's wording, wrapped
    want = ("5", "Other Events and Regulation FD Disclosure", _APPLE_5_TEXT)
    for wrapped in ("Item 5.\tOther Events and Regulation FD\n\tDisclosure.",
                    "Item 5. Other Events and Regulation FD\nDisclosure.",
                    "Item 5.  Other Events and Regulation FD\n         Disclosure."):
        assert _apple({_APPLE_5: wrapped})[0] == want


def test_item_7_wrapped_flush_left_or_after_a_tab() -> None:
    # Apple 1999's Item 7 wrapped after "FINANCIAL" (flush left) or "INFORMATION" (a tab)
    upper = ("7", "FINANCIAL STATEMENTS, PRO FORMA FINANCIAL INFORMATION AND EXHIBITS",
             _APPLE_7_TEXT)
    assert _apple({_APPLE_7: "ITEM 7. FINANCIAL STATEMENTS, PRO FORMA FINANCIAL\n"
                             "INFORMATION AND EXHIBITS."})[1] == upper
    assert _apple({_APPLE_7: "ITEM 7.\tFINANCIAL STATEMENTS, PRO FORMA FINANCIAL INFORMATION\n"
                             "\tAND EXHIBITS."})[1] == upper
    assert _apple({_APPLE_7: "Item 7. Financial Statements, Pro Forma Financial\n"
                             "Information and Exhibits."})[1] == (
        "7", "Financial Statements, Pro Forma Financial Information and Exhibits", _APPLE_7_TEXT)


def test_long_caption_run_into_its_text() -> None:
    # Apple 1999's headings run into their paragraphs on one line (a bold HTML heading and its
    # text in one block), in the form's longer wording: the whole caption is the title
    five = "Item 5.\tOther Events.\n\n     (i)   Reference"
    assert _apple({five: "ITEM 5. OTHER EVENTS AND REGULATION FD DISCLOSURE On September 3,"
                         " 1999, the registrant issued a press release. Reference"})[0] == (
        "5", "OTHER EVENTS AND REGULATION FD DISCLOSURE", "On September 3, 1999")
    assert _apple({five: "Item 5. Other Events and Regulation FD Disclosure Reference"})[0] == (
        "5", "Other Events and Regulation FD Disclosure", "Reference is made to")
    seven = _APPLE_7 + "\n\n           (c)"
    assert _apple({seven: "Item 7. Financial Statements, Pro Forma Financial Information and"
                          " Exhibits (c)"})[1] == (
        "7", "Financial Statements, Pro Forma Financial Information and Exhibits",
        "(c) Exhibits\n\n99.1  ")


PERICOM = FILINGS / "8k_2003_pericomsemiconductorco_1.txt"


def test_item_12_wrapped_in_the_wording_filers_print() -> None:
    # Pericom 2003's "Item 9. Regulation FD Disclosure." replaced by the Item 12 heading its
    # own text names ("Item 12. Disclosure of Results of Operations and Financial
    # Condition"), wrapped
    items = edited_items(PERICOM, {"Item 9. Regulation FD Disclosure.": (
        "Item 12. Disclosure of Results of Operations and Financial\nCondition.")})
    assert items[1] == ("12", "Disclosure of Results of Operations and Financial Condition",
                        "This information, furnished un")


def test_complete_title_over_its_underline_stays() -> None:
    # Home Health 1997 as filed: "Item 5.        Other Events" / "- -------        ------------"
    # (the underline carries no words on: the title stays the form's, the text its own)
    items = edited_record(HOME_HEALTH, {})["items"]
    assert items[0]["title"] == "Other Events"
    assert items[0]["text"].startswith(
        "On September 26, 1997, Home Health Corporation of America, Inc.\n"
        "               (\"HHCA\") entered")


_HORIZON_2_02 = ("Item 2.02  Results of Operations and Financial Condition\n"
                 "- --------------------------------------------------------")
_COMBINED = "Results of Operations and Financial Condition; Regulation FD Disclosure"
_HORIZON_TEXT = "On January 17, 2008, Horizon F"


def _combined(heading: str) -> list[tuple[str, str, str]]:
    # Horizon 2008 (8-K) with its Item 2.02 heading replaced as given: its first two items
    return edited_items(HORIZON, {_HORIZON_2_02: heading})[:2]


def test_combined_heading_wrapped_in_its_last_title() -> None:
    want = [("2.02", _COMBINED, _HORIZON_TEXT), ("7.01", _COMBINED, _HORIZON_TEXT)]
    assert _combined("Item 2.02 Results of Operations and Financial Condition and Item 7.01"
                     " Regulation FD\nDisclosure") == want
    assert _combined("Item 2.02 Results of Operations and Financial Condition and Item 7.01"
                     " Regulation\nFD Disclosure") == want
    assert _combined("Item 2.02 Results of Operations and Financial Condition; Item 7.01"
                     " Regulation FD\nDisclosure.") == want


def test_combined_heading_wrapped_after_its_last_number() -> None:
    want = [("2.02", _COMBINED, _HORIZON_TEXT), ("7.01", _COMBINED, _HORIZON_TEXT)]
    assert _combined("Item 2.02. Results of Operations and Financial Condition and Item 7.01."
                     "\nRegulation FD Disclosure.") == want


def test_one_title_for_two_items_wrapped_in_its_last_part() -> None:
    title = "Results of Operations and Financial Condition and Regulation FD Disclosure"
    assert _combined("Items 2.02 and 7.01. Results of Operations and Financial Condition and"
                     " Regulation FD\nDisclosure.") == [("2.02", title, _HORIZON_TEXT),
                                                        ("7.01", title, _HORIZON_TEXT)]


def test_combined_heading_keeps_no_comma_before_and() -> None:
    assert _combined("Item 2.02 Results of Operations and Financial Condition, and Item 7.01"
                     " Regulation FD Disclosure")[0][1] == _COMBINED


def test_combined_heading_out_of_the_forms_order() -> None:
    title = "Regulation FD Disclosure; Results of Operations and Financial Condition"
    want = [("7.01", title, _HORIZON_TEXT), ("2.02", title, _HORIZON_TEXT)]
    assert _combined("Item 7.01 Regulation FD Disclosure and Item 2.02 Results of Operations"
                     " and Financial\nCondition") == want


# Horizon 2008 filed as an amendment: its form type in the header and the document
_AMENDED = {"CONFORMED SUBMISSION TYPE:\t8-K": "CONFORMED SUBMISSION TYPE:\t8-K/A",
            "<TYPE>8-K": "<TYPE>8-K/A"}
_NOTE = ("This Amendment No. 1 to the Current Report on Form 8-K of Horizon Financial Corp.,\n"
         "filed January 17, 2008, is being filed to furnish the corrected earnings release\n"
         "as Exhibit 99.1.\n\n"
         "Except as described above, no other changes have been made to the Original Report.")
_NOTE_READ = "\n\n".join(" ".join(para.split()) for para in _NOTE.split("\n\n"))


def _note_over(line: str) -> str | None:
    # the note put above Horizon's first item, a paragraph of one line (as given) between them
    edit = {**_AMENDED, _HORIZON_2_02: f"EXPLANATORY NOTE\n\n{_NOTE}\n\n{line}\n\n{_HORIZON_2_02}"}
    return edited_record(HORIZON, edit)["explanatory_note"]


def test_note_ends_at_a_rule() -> None:
    assert _note_over("- " + "-" * 78) == _NOTE_READ
    assert _note_over("_" * 40) == _NOTE_READ
    assert _note_over("=" * 80) == _NOTE_READ


def test_note_ends_at_a_row_of_marks() -> None:
    assert _note_over(" " * 35 + "* * *") == _NOTE_READ


def test_note_ends_at_a_section_line() -> None:
    # "Section 2 - Financial Information" over Item 2.02, as 2004-2010 8-Ks print it
    assert _note_over("Section 2 - Financial Information") == _NOTE_READ
    assert _note_over("Section 2. Financial Information") == _NOTE_READ
    assert _note_over(" " * 25 + "Section 2") == _NOTE_READ


def test_section_of_an_act_or_a_contract_is_note_text() -> None:
    # a paragraph opening on another section ("Section 2.02 of ...", "Section 13 or 15(d)
    # ...") is none
    para = "Section 2.02 of the Credit Agreement was not amended."
    assert _note_over(para) == f"{_NOTE_READ}\n\n{para}"
    para = "Section 13 or 15(d) of the Securities Exchange Act of 1934 requires this report."
    assert _note_over(para) == f"{_NOTE_READ}\n\n{para}"


SOPHIRIS = FILINGS / "8k_2016_sophirisbioinc_1.htm"
_SOPHIRIS_2_02 = '<TABLE id=MTAB61 '


def test_html_note_ends_at_a_section_line() -> None:
    # Sophiris 2016 (HTML 8-K) made an 8-K/A, a note and a bold section line (en dash) put
    # above its Item 2.02 table
    note = ("This Amendment No. 1 on Form 8-K/A amends the Current Report on Form 8-K of"
            " Sophiris Bio Inc. filed March 23, 2016 to furnish the corrected press release as"
            " Exhibit 99.1.")
    above = (f"<p style='text-align:center'><b>EXPLANATORY NOTE</b></p><p>{note}</p>"
             "<p><b>Section 2 &#8211; Financial Information</b></p>")
    record = edited_record(SOPHIRIS, {">FORM 8-K<": ">FORM 8-K/A<",
                                      _SOPHIRIS_2_02: above + _SOPHIRIS_2_02})
    assert record["explanatory_note"] == note
    assert record["items"][0]["number"] == "2.02"
