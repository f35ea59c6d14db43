"""Items and explanatory notes, round 48: variants of real filings edited into shapes other
filers print. A keyword-less 8-K heading whose number stands alone over its title ("2.02" /
"Results of Operations and Financial Condition", "5." / "Other Events"), Item 5's Regulation
FD caption of 2000-2004 without the keyword, a merger 8-K's "Introductory Note" above its
items, and a 10-Q contents list whose wrapped entries carry their page numbers on their last
lines ("Item 1.  Financial Statements" / "Condensed Statements of Income and" / ... "1")."""

from __future__ import annotations

from support import FILINGS, SAMPLES, edited_items, edited_record

HORIZON = FILINGS / "8k_2008_horizonfinancialcorp_1.txt"
SOPHIRIS = FILINGS / "8k_2016_sophirisbioinc_1.htm"
PERKINELMER = FILINGS / "10k405_2001_perkinelmerinc_1.txt"
INDIANA_BELL = FILINGS / "10q_1999_indianabelltelephoneco_1.txt"
CTC = SAMPLES / "000_af6957f9859c0735.txt"

_HORIZON_2_02 = "Item 2.02  Results of Operations and Financial Condition"
_HORIZON_9_01 = "Item 9.01  Financial Statements and Exhibits"
_CTC_5 = "Item 5.  Other Events"

# An "Introductory Note" as merger 8-Ks (2004-on) print it above Item 2.01: the paragraph the
# items refer back to (wording of a completed-merger 8-K, names changed to the filer's)
_INTRO = ("On January 17, 2008, Horizon Financial Corp. (the \"Company\") completed its\n"
          "previously announced merger with Example Bancorp, pursuant to the Agreement and\n"
          "Plan of Merger, dated as of September 4, 2007.")
_INTRO_NOTE = " ".join(_INTRO.split())


_record = edited_record
_items = edited_items


def test_horizon_as_filed() -> None:
    assert _items(HORIZON, {}) == [
        ("2.02", "Results of Operations and Financial Condition",
         "On January 17, 2008, Horizon F"),
        ("9.01", "Financial Statements and Exhibits", "(c)    Exhibits\n\n     99.1   P")]


def test_keywordless_number_alone_over_its_title() -> None:
    # Horizon 2008 with "Item" dropped and each title moved under its number ("2.02" /
    # "Results of Operations and Financial Condition"): no item was read at all
    edit = {_HORIZON_2_02: "2.02\n" + _HORIZON_2_02[10:],
            _HORIZON_9_01: "9.01.\n" + _HORIZON_9_01[10:]}
    assert _items(HORIZON, edit) == _items(HORIZON, {})


def test_keywordless_old_number_alone_over_its_title() -> None:
    # the CTC 2000 sample's "Item 5.  Other Events" printed "5." / "Other Events"
    got = _items(CTC, {_CTC_5: "5.\nOther Events"})
    assert got == [("5", "Other Events", "On August 2, 2000, the Registr")]


def test_number_alone_over_other_words_is_no_heading() -> None:
    # a number alone over words that are not the SEC's title for it (a figure, a page
    # number: "5" with no period) heads nothing
    assert _items(CTC, {_CTC_5: "5\nOther Events"}) == []
    edit = {_HORIZON_2_02: "2.02\nQuarterly Earnings", _HORIZON_9_01: "9.01\nExhibits"}
    assert _items(HORIZON, edit) == []


def test_keywordless_regulation_fd_caption() -> None:
    # CTC 2000 sample's heading with Item 5's caption of 2000-2004 and no keyword
    got = _items(CTC, {_CTC_5: "5.\tOther Events and Regulation FD Disclosure"})
    assert got == [("5", "Other Events and Regulation FD Disclosure",
                    "On August 2, 2000, the Registr")]


def test_introductory_note_of_an_8k() -> None:
    # Horizon 2008 with an underlined "Introductory Note" above its first item
    edit = {_HORIZON_2_02: "Introductory Note\n- -----------------\n\n" + _INTRO + "\n\n"
            + _HORIZON_2_02}
    record = _record(HORIZON, edit)
    assert record["explanatory_note"] == _INTRO_NOTE
    assert [i["number"] for i in record["items"]] == ["2.02", "9.01"]


def test_introductory_note_in_html() -> None:
    # Sophiris Bio 2016 (HTML) with a bold "Introductory Note" paragraph above its Item 2.02
    # table row
    note = ("<P><B>INTRODUCTORY NOTE</B></P><P>&nbsp;</P><P>On March 1, 2016 (the &#8220;"
            "Closing Date&#8221;), Sophiris Bio Inc. completed its previously announced merger"
            " with Example Sub, Inc.</P><P>&nbsp;</P>\n")
    record = _record(SOPHIRIS, {"<TABLE id=MTAB61": note + "<TABLE id=MTAB61"})
    assert record["explanatory_note"] == (
        "On March 1, 2016 (the \u201cClosing Date\u201d), Sophiris Bio Inc. completed its "
        "previously announced merger with Example Sub, Inc.")
    assert record["items"][0]["text"].startswith("On March 23, 2016, Sophiris Bio Inc.")


def test_introductory_note_of_a_10k_is_none() -> None:
    # PerkinElmer's 2001 10-K405 with an "INTRODUCTORY NOTE" defining terms above Item 1:
    # no amendment's note, no 8-K's
    edit = {"ITEM 1.  BUSINESS": "INTRODUCTORY NOTE\n\nIn this report, \"PerkinElmer\" means "
            "PerkinElmer, Inc. and its subsidiaries.\n\nITEM 1.  BUSINESS"}
    assert _record(PERKINELMER, edit)["explanatory_note"] is None


def test_contents_entries_wrapped_to_their_page_numbers() -> None:
    # Indiana Bell's 1999 10-Q with "Item" in its contents rows (" Item 1.  Financial
    # Statements" over wrapped sub-entries, each page number on the entry's last line) and a
    # body heading "ITEM 1.  FINANCIAL STATEMENTS (UNAUDITED)": the contents row was taken
    # for Item 1 and the body's items were lost
    body = "                        Item 1 - Financial Statements\n"
    edit = {" 1.    Financial Statements\n": " Item 1.  Financial Statements\n",
            " 2.    Management's Discussion": " Item 2.  Management's Discussion",
            body: "PART I.  FINANCIAL INFORMATION\n\nITEM 1.  FINANCIAL STATEMENTS (UNAUDITED)\n"}
    got = _items(INDIANA_BELL, edit)
    assert got == [
        ("1", "FINANCIAL STATEMENTS (UNAUDITED)", "CONDENSED STATEMENTS OF INCOME"),
        ("2", "Management's Discussion and Analysis of Results of Operations",
         "The following is a discussion ")]


def test_keywordless_number_alone_after_an_item_heading() -> None:
    # Horizon 2008 with "Item 2.02 ..." as filed and its Item 9.01 printed "9.01" / "Financial
    # Statements and Exhibits": item 9.01 was lost into item 2.02's text
    assert _items(HORIZON, {_HORIZON_9_01: "9.01\n" + _HORIZON_9_01[11:]}) == _items(HORIZON, {})


def test_keywordless_old_number_alone_after_an_item_heading() -> None:
    # Union Camp 1994 (corpus) with its "ITEM 7.   FINANCIAL STATEMENTS, ..." printed "7." over
    # the title
    name = FILINGS / "8k_1994_unioncampcorp_1.txt"
    got = _items(name, {"ITEM 7.   FINANCIAL": "7.\nFINANCIAL"})
    assert got == _items(name, {})
    assert [n for n, *_ in got] == ["5", "7"]
