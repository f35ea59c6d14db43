"""Items, round 55: variants of real filings edited into shapes other filers print. A title
ending on an abbreviation ("... Agreement with Dr.", "... Acme Inc.", "... Jr.") keeps its
period, and a title ending "with Dr." does not run on into the text's first line; a line of
the cover's list of items ("Item 7.01 Regulation FD Disclosure") whose item the body does not
head is no heading of the body's first item."""

from __future__ import annotations

from support import FILINGS, edited_items, edited_record

PERICOM = FILINGS / "8k_2006_pericomsemiconductorco_3.txt"
HORIZON = FILINGS / "8k_2006_horizonfinancialcorp_1.txt"
_PERICOM_5_02 = ("ITEM 5.02    DEPARTURE OF DIRECTORS OR PRINCIPAL OFFICER; ELECTION OF\n"
                 "             DIRECTORS; APPOINTMENT OF PRINCIPAL OFFICERS\n")
_PERICOM_TEXT = "On August 15, 2006, Pericom Se"
_HORIZON_2_02 = "Item 2.02  Results of Operations and Financial Condition\n"
_2_02 = ("2.02", "Results of Operations and Financial Condition", "On January 19, 2006, Horizon F")
_9_01 = ("9.01", "Financial Statements and Exhibits", "(c)    Exhibits\n\n     99.1   P")


def _pericom_title(heading: str) -> tuple[str, str, str]:
    # Pericom 2006 (8-K) with its Item 5.02 heading (two lines) replaced by `heading`
    return edited_items(PERICOM, {_PERICOM_5_02: heading})[0]


def test_title_ending_on_an_abbreviation_keeps_its_period() -> None:
    # the heading names the director, the name left off the line: the blank line under it
    for title in ("Election of Directors; Agreement with Dr.",
                  "ELECTION OF DIRECTORS; AGREEMENT WITH DR.",
                  "Entry into a Material Definitive Agreement with Acme Corp.",
                  "Entry into a Material Definitive Agreement with Simon Wong, Jr."):
        number = "1.01" if "Definitive" in title else "5.02"
        assert _pericom_title(f"Item {number}. {title}\n") == (number, title, _PERICOM_TEXT)
    # a stop after the abbreviation's period is the heading's, and goes
    assert _pericom_title("Item 1.01 Agreement with Acme Inc.:\n")[1] == "Agreement with Acme Inc."
    assert _pericom_title("Item 5.02 Election of Directors.\n")[1] == "Election of Directors"


def test_title_ending_on_dr_with_the_text_right_under_it() -> None:
    # the heading's blank line dropped: the paragraph's first line ("     On August 15, 2006,
    # Pericom Semiconductor Corporation (the "Company")") opens the text, no name of the title
    heading = "Item 5.02 Election of Directors; Appointment of Dr.\n"
    assert edited_items(PERICOM, {_PERICOM_5_02 + "\n": heading})[0] == (
        "5.02", "Election of Directors; Appointment of Dr.", _PERICOM_TEXT)
    # nor one opening on a name whose sentence runs on below ("issued a press release ...")
    first = '     On August 15, 2006, Pericom Semiconductor Corporation (the "Company")\n'
    edit = {_PERICOM_5_02 + "\n" + first: heading + first[:5] + first[25:]}
    assert edited_items(PERICOM, edit)[0] == (
        "5.02", "Election of Directors; Appointment of Dr.", "Pericom Semiconductor Corporat")
    # a name on the line below, the text right under it, carries the title on
    edit = {_PERICOM_5_02 + "\n": heading + "          Simon Wong\n"}
    assert edited_items(PERICOM, edit)[0] == (
        "5.02", "Election of Directors; Appointment of Dr. Simon Wong", _PERICOM_TEXT)


def test_cover_list_line_is_no_heading_of_the_first_item() -> None:
    # Horizon 2006 (8-K) with the items the report covers listed above its first heading,
    # one of them with no heading in the body: that item stays empty (item_empty), it does
    # not take Item 2.02's text
    listed = ("     Item 2.02 Results of Operations and Financial Condition\n"
              "     Item 7.01 Regulation FD Disclosure\n"
              "     Item 9.01 Financial Statements and Exhibits\n\n\n")
    items = edited_items(HORIZON, {_HORIZON_2_02: listed + _HORIZON_2_02})
    assert items == [("7.01", "Regulation FD Disclosure", ""), _2_02, _9_01]
    items = edited_items(HORIZON, {_HORIZON_2_02: "Item 7.01. Regulation FD Disclosure.\n\n\n"
                                   + _HORIZON_2_02})
    assert items == [("7.01", "Regulation FD Disclosure", ""), _2_02, _9_01]

    # the body's 9.01 heading missing (its list printed under "Exhibits"): the cover's 9.01
    # line does not take Item 2.02's text either
    nine = "Item 9.01  Financial Statements and Exhibits\n- " + "-" * 44 + "\n"
    items = edited_items(HORIZON, {
        _HORIZON_2_02: "Item 2.02 Results of Operations and Financial Condition\n"
                       "Item 9.01 Financial Statements and Exhibits\n\n" + _HORIZON_2_02,
        nine: "Exhibits\n"})
    assert [(n, text) for n, _, text in items] == [("9.01", ""), ("2.02", _2_02[2])]



# Pericom 2006 made an 8-K/A: its header's and document's type, and a note over its items
_AMENDED = {"CONFORMED SUBMISSION TYPE:\t8-K\n": "CONFORMED SUBMISSION TYPE:\t8-K/A\n",
            "<TYPE>8-K\n": "<TYPE>8-K/A\n"}
_RULE = "=" * 80 + "\n\n<PAGE>\n\nITEM 5.02"


def test_note_wrapped_before_an_item_it_names() -> None:
    # the note's sentence wrapped at "amend", the next line opening on the item amended: the
    # line goes on with the sentence (no item heading, no end of the note)
    for named in ("Item 9.01(a) and (b) of the Current Report on Form 8-K filed on",
                  "Item 9.01 Financial Statements and Exhibits of the Current Report filed on",
                  'Item 2.01 "Completion of Acquisition" of the Current Report filed on'):
        note = ("This Amendment No. 1 on Form 8-K/A is being filed to amend\n"
                f"{named}\nAugust 16, 2006 to include the financial statements.")
        record = edited_record(PERICOM, {**_AMENDED, _RULE: "=" * 80 + "\n\nEXPLANATORY NOTE\n\n"
                                         + note + "\n\n\nITEM 5.02"})
        assert record["explanatory_note"] == " ".join(note.split("\n"))
        assert [i["number"] for i in record["items"]] == ["5.02", "9.01"]
