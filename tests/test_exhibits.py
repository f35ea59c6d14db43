"""Exhibit lists in the spellings real filings use, and their link to <DOCUMENT>s."""

from __future__ import annotations

from typing import Any

import pytest

from filing2json.parsers import parse
from filing2json.parsers.sections.exhibits import (
    _CONTINUATION,
    _ENTRY,
    _INDEX_HEADING,
    _METHOD_COLUMN,
    _NOTE_WORDS,
    _SUB_NUMBERED,
    _drop_page_number,
    _entry_lines,
    _filing_clause,
    _first_cell,
    exhibit_key,
    prose_entries,
    read_entries,
)
from filing2json.parsers.sections.patterns import EXHIBIT_INDEX_LINES
from filing2json.parsers.values import squash
from support import FILINGS, filing, sample, submission, validate


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


def test_a_number_in_brackets() -> None:
    # 1990s lists print the number in brackets: "(99) Press release of the Registrant"
    text = ("     (c)  The following exhibits are filed herewith:\n\n"
            "          (99) Press release of the Registrant dated June 3, 1996.\n"
            "          (10.2) Amended Credit Agreement dated May 31, 1996.\n")
    assert read_entries(text) == [
        ("99", "Press release of the Registrant dated June 3, 1996."),
        ("10.2", "Amended Credit Agreement dated May 31, 1996.")]
    # a footnote's "10)" and a one-digit "(1)" of a 10-K's item list are no exhibits
    # (Stockwalk 2000: "10) Represents the after tax effect of recording ...")
    assert read_entries("10) Represents the after tax effect of recording the award.\n") == []
    assert read_entries("     (1)  Financial Statements\n") == []


def test_prose_lines_are_not_entries() -> None:
    text = "On August 2, 2000, the Registrant issued the following press release:\n" \
           "2000  was a good year.\n"
    assert read_entries(text) == []  # a year is not an exhibit number (1-3 digits)
    assert read_entries("On August 2, 2000, the Registrant issued a release.\n") == []


@pytest.mark.parametrize(
    ("number", "key"),
    [("99.1", (99, 1, "")), ("EX-99.01", (99, 1, "")), ("12(c)", (12, None, "C")),
     ("EX-12.(C)", (12, None, "C")), ("99.4(a)", (99, 4, "A")), ("EX-99.4(A)", (99, 4, "A")),
     # tender offer letters: the whole chain, under the EX-99 all such documents are typed
     ("(a)(5)(C)", (99, None, "(A)(5)(C)")), ("EX-99.(A)(5)(C)", (99, None, "(A)(5)(C)")),
     ("(d)(1)", (99, None, "(D)(1)")), ("(b)", (99, None, "B"))],
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
    # Turner lists "24(d)" but files the document as EX-23.(D), headed "EXHIBIT 24(D)": its own
    # heading links it, and it is no extra exhibit "23.(D)"
    text = (FILINGS / "8k_1994_turnerbroadcastingsyst_1.txt").read_text(errors="replace")
    assert "24(d) --   Consent of Price Waterhouse" in text and "<TYPE>EX-23.(D)" in text
    exhibits = {e["number"]: e for e in filing("8k_1994_turnerbroadcastingsyst_1.txt")
                ["exhibits"]}
    assert exhibits["12(c)"]["document"] == 2
    assert exhibits["24(d)"]["document"] == 4
    assert exhibits["24(e)"]["document"] == 5
    assert "23.(D)" not in exhibits and "23.(E)" not in exhibits


# read_entries looks only at entry lines and the lines under them; the definition walks every
# line. On whole real filings (lists, prose, tables) both must read the same entries.
def _entries_by_definition(text: str) -> list[tuple[str, str]]:
    lines = text.split("\n")
    # (a line that is no entry, "3 Months Ended" or "401(k) Plan" wrapped under a
    # description, starts none; it ends the one above only in line with the entries)
    kept, ends = _entry_lines(text, list(_ENTRY.finditer(text)))
    starts = {_ENTRY.line_start(m): m for m in kept}
    entries, pos, index = [], 0, 0
    while index < len(lines):
        match = starts.get(pos)
        pos += len(lines[index]) + 1
        index += 1
        if match is None:
            continue
        single = match.group("single") is not None
        flush = single and not lines[index - 1][:1].isspace()
        first, column = match.group("desc"), None
        if "\t" in first:
            first = _first_cell(first)
        elif (method := _METHOD_COLUMN.search(first)) is not None:
            column = len(lines[index - 1]) - len(first) + method.start()
            first = first[:method.start()]
        desc = [_drop_page_number(first)]
        # (numbered parts under the entry, "(1) Employment contract ...": see _SUB_NUMBERED)
        parts, part_column = [], 0
        while index < len(lines) and pos not in starts and pos not in ends:
            line, part = lines[index], _SUB_NUMBERED.match(lines[index])
            if part and int(part["n"]) == len(parts) + 1 and (parts or (
                    part.start("n") >= match.start("desc") - _ENTRY.line_start(match)
                    and not _NOTE_WORDS.match(line.lstrip()) and (
                        desc[-1].endswith((":", "as amended by"))
                        or "(1)" not in text[_ENTRY.line_start(kept[0]) : pos - 1]))):
                parts.append(len(desc))
                part_column = len(line) - len(line.lstrip())
            elif parts and len(line) - len(line.lstrip()) <= part_column \
                    and desc[-1].endswith("."):
                break
            elif not (_CONTINUATION.match(line) or (
                    flush and line[:1].isalpha() and not desc[-1].endswith(tuple(".);:")))):
                break
            line = lines[index] if column is None else lines[index][:column]
            if line.strip():
                desc.append(_drop_page_number(line))
            pos += len(lines[index]) + 1
            index += 1
        # (a row typed as a sentence saying where the exhibit is filed: its subject)
        pieces = [desc[a:b] for a, b in zip([0, *parts], [*parts, len(desc)], strict=True)]
        entries.append((match.group("num").replace(" ", ""), " ".join(_filing_clause(
            squash(" ".join(piece)).rstrip("*\u2020\u2021").rstrip())[0] for piece in pieces)))
    return entries


@pytest.mark.parametrize("name", ["8k_1994_turnerbroadcastingsyst_1.txt",
                                  "8k_1999_westelltechnologiesinc_3.txt",
                                  "10k405_2001_perkinelmerinc_1.txt",
                                  "8k_2004_searsroebuckandco_2.txt"])
def test_read_entries_answers_as_the_line_walk(name: str) -> None:
    text = (FILINGS / name).read_text(encoding="utf-8", errors="replace")
    assert read_entries(text) == _entries_by_definition(text)
    assert read_entries(text + "\n") == _entries_by_definition(text + "\n")
    assert len(read_entries(text)) >= 2


def test_last_index_heading_found_as_the_shared_pattern_finds_it() -> None:
    # 10k405_2001_perkinelmerinc_1.txt prints "EXHIBIT INDEX" once, above its list
    text = (FILINGS / "10k405_2001_perkinelmerinc_1.txt").read_text(errors="replace")
    for lead in ("", "   ", "\t\xa0"):
        shifted = text.replace("\n", "\n" + lead)
        ours = [m.end() for m in _INDEX_HEADING.finditer(shifted)]
        assert ours == [m.end() for m in EXHIBIT_INDEX_LINES.finditer(shifted)]
        assert [shifted[shifted.rfind("\n", 0, end) + 1 : end].strip() for end in ours] == [
            "EXHIBIT INDEX"]


def _listed(name: str) -> list[tuple[str, str]]:
    return [(e["number"], e["description"]) for e in filing(name)["exhibits"]]


def test_footnotes_table_rows_and_item_parts_are_not_exhibits() -> None:
    # Aegon 20-F 2000: Item 19 holds the financial statements, whose numbered footnotes
    # ("5.   When AEGON finishes in the top three ...") and rows ("41   (27)   (48)") look
    # like entries; the list's numbers go up and its descriptions are words
    assert [n for n, _ in _listed("20f_2001_aegonnv_1.htm")] == ["8.1", "12.1", "23.1"]
    # PerkinElmer 10-K405: "(a) 1. FINANCIAL STATEMENTS ... 3. EXHIBITS" are the item's parts
    numbers = [n for n, _ in _listed("10k405_2001_perkinelmerinc_1.txt")]
    assert numbers[:3] == ["3.1", "3.2", "3.3"]


def test_descriptions_lose_underlines_and_page_columns() -> None:
    listed = dict(_listed("8k_1997_homehealthcorpofameric_2.txt"))
    assert listed["10.1"].startswith("Agreement and Plan of Merger, dated as of September 26, "
                                     "1997, among Home Health Corporation of America, Inc.")
    # Zurn 1994: "... News Release dated April 19, 1994        Page 3" (under its group's
    # caption, "Other Documents or Statements to Security Holders": no part of it)
    assert dict(_listed("8k_1994_zurnindustriesinc_2.txt"))["20"] == (
        "News Release dated April 19, 1994")


def test_numbers_with_footnote_marks() -> None:
    # Atrinsic 2016: "99.1*<tab>Audit Committee Charter adopted by ..." (* Filed herewith)
    listed = _listed("8k_2016_atrinsicinc_1.txt")
    assert listed[0] == ("99.1", "Audit Committee Charter adopted by the Board of Directors of "
                                 "Atrinsic, Inc. on March 25, 2016")
    assert filing("8k_2016_atrinsicinc_1.txt")["exhibits"][0]["document"] == 2
    # Plymouth Rock 20-F: "3.4**", "8.1*", ... the whole list, not the part before the first mark
    numbers = [n for n, _ in _listed("20f_2021_plymouthrocktechnologi_1.htm")]
    assert numbers[3] == "3.4" and numbers[-2:] == ["15.1", "15.2"] and len(numbers) == 20


def test_entries_parted_by_one_space() -> None:
    # Sophiris 2016 prints its list as HTML paragraphs: "<P>99.1 Press release dated March
    # 23, 2016. </P>"
    assert filing("8k_2016_sophirisbioinc_1.htm")["exhibits"] == [
        {"number": "99.1", "description": "Press release dated March 23, 2016.", "document": None}
    ]
    # Asta Funding 2004 types it flush left, wrapped flush left
    (entry,) = filing("8k_2004_astafundinginc_4.txt")["exhibits"]
    assert entry == {
        "number": "10.17", "document": 2,
        "description": "Third Amended Loan and Security Agreement dated May 11, 2004, between "
                       "the Company and Israel Discount Bank of NY.",
    }


def test_one_space_entries_need_two_digits_or_a_decimal_and_a_capital() -> None:
    assert read_entries("3 Months Ended\n652 million) and is included\n20 trading days") == []
    assert read_entries("104 Cover Page Interactive Data File\n3.1 Articles of Amendment") == [
        ("104", "Cover Page Interactive Data File"), ("3.1", "Articles of Amendment")]


def test_any_item_titled_exhibits_is_read() -> None:
    # CVR Energy SC TO-T/A: "Item 12. Exhibits." (no 8-K or 10-K exhibits number) lists the
    # filing fee table as 107
    exhibits = filing("sctota_2025_cvrenergyinc_1.txt")["exhibits"]
    assert {"number": "107", "description": "Filing Fee Table", "document": None} in exhibits


def test_tender_offer_exhibits_numbered_by_their_letters() -> None:
    # CVR Energy SC TO-T/A, Item 12: "(a)(1)(A)*<tab>Offer to Purchase, dated December 6, 2024."
    # (Regulation M-A numbering); the one attached is typed EX-99.(A)(5)(C); "(b)<tab>Not
    # applicable." names none
    exhibits = filing("sctota_2025_cvrenergyinc_1.txt")["exhibits"]
    assert [e["number"] for e in exhibits] == [
        "(a)(1)(A)", "(a)(1)(B)", "(a)(1)(C)", "(a)(1)(D)", "(a)(1)(E)", "(a)(1)(F)", "(a)(1)(G)",
        "(a)(5)(A)", "(a)(5)(B)", "(a)(5)(C)", "(d)(1)", "(d)(2)", "107"]
    assert exhibits[0] == {"number": "(a)(1)(A)", "document": None,
                           "description": "Offer to Purchase, dated December 6, 2024."}
    assert exhibits[9] == {"number": "(a)(5)(C)", "document": 2, "description":
                           "Press release issued by Icahn Enterprises L.P., dated January 9, 2025"}
    assert exhibit_key("(a)(5)(C)") == exhibit_key("EX-99.(A)(5)(C)") != exhibit_key("(a)(1)(A)")
    assert exhibit_key("(b)") == exhibit_key("EX-99.(B)")  # a lone letter: the old key
    # a schedule's other items are lettered too: Item 13's "(a) Purposes." is no exhibit
    # (13 is also the number of a 10-K's old exhibits item)
    item_13 = '<P STYLE="font: 10pt Times New Roman, Times, Serif; text-align: left; ' \
              'margin-top: 0pt; margin-bottom: 0pt">Not applicable.</P>'
    parts_13 = item_13.replace("Not applicable.", "(a)   Purposes. See the Offer to Purchase."
                               "<BR>(c)(1)   Reasons. See the Offer to Purchase.")
    assert _exhibits_retyped("sctota_2025_cvrenergyinc_1.txt", (item_13, parts_13)) == exhibits
    # an 8-K's Item 9.01 parts are lettered too: no exhibits there
    parts = ("     (a)    Financial Statements of Businesses Acquired.  Not applicable.\n\n"
             "     (d)(1)  Exhibits\n\n"
             "     99.1   Press Release of Horizon Financial Corp. dated January 19, 2006.\n")
    assert [e["number"] for e in _exhibits_retyped(_HORIZON, (_HORIZON_LIST, parts))] == ["99.1"]


def test_xbrl_exhibit_numbers() -> None:
    # a 10-Q's Part II "Item 6. Exhibits" lists the XBRL files by their suffix, as 10-Ks print
    # them (laid out as the rendered HTML rows are)
    rows = ("31.1\tCertification of Chief Executive Officer pursuant to Rule 13a-14(a)\n"
            "101.INS\tInline XBRL Instance Document\n"
            "101.SCH\tInline XBRL Taxonomy Extension Schema Document\n")
    assert [n for n, _ in read_entries(rows)] == ["31.1", "101.INS", "101.SCH"]
    assert read_entries("101.ins\tlower-case suffix") == []  # a suffix is capitals


def test_exhibits_named_in_a_sentence_where_no_list_is_typed() -> None:
    # Innovative Clinical Solutions 2000: "(c) Exhibits.  Exhibit 16, the letter from
    # PricewaterhouseCoopers LLP\n regarding the ... accountants, is being attached ..."
    (exhibit,) = filing("8k_2000_innovativeclinicalsolu_4.txt")["exhibits"]
    assert exhibit == {"number": "16", "document": 2, "description":
                       "the letter from PricewaterhouseCoopers LLP regarding the foregoing "
                       "change in certifying accountants"}
    assert prose_entries("(d) Exhibits. The following exhibit is furnished with this report: "
                         "Exhibit 99.1, press release dated May 1, 2008.") == [
        ("99.1", "press release dated May 1, 2008")]
    assert prose_entries("(c) Exhibits: Exhibit 99.1 - Press release of Acme Corp. dated May "
                         "1, 2008; Exhibit 99.2 - Slides") == [
        ("99.1", "Press release of Acme Corp. dated May 1, 2008"), ("99.2", "Slides")]
    # a reference to an exhibit is none
    assert prose_entries("Exhibit 99.1 to this Current Report is furnished, not filed.") == []
    assert prose_entries("(d) Exhibits. See Exhibit Index.") == []


# Lists run into the exhibits item's paragraph instead of one entry per line. Probes retype the
# exhibits item of a real filing (the rest of the filing as filed).
def _exhibits_retyped(name: str, *edits: tuple[str, str]) -> list[dict[str, Any]]:
    """exhibits[] of a corpus filing once each (as filed, retyped) edit is made."""
    text = (FILINGS / name).read_bytes().decode("latin-1")
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return validate(parse(text.encode("latin-1"), name))["exhibits"]


_HORIZON = "8k_2006_horizonfinancialcorp_1.txt"
_HORIZON_LIST = ("     (c)    Exhibits\n\n"
                 "     99.1   Press Release of Horizon Financial Corp. dated January 19, 2006.\n")
_HORIZON_HEADING = "Item 9.01  Financial Statements and Exhibits\n- -------------------------" \
                   "-------------------\n\n"


def test_a_list_run_into_its_label_reads_as_the_list_on_its_own_line() -> None:
    # Sophiris 2016 prints "(d) Exhibits" and "99.1 Press release dated March 23, 2016." as two
    # <P>s; run into one paragraph they give the same entry, trailing period and all
    par = '<P id=PARA{} style="TEXT-ALIGN: left; MARGIN: 0pt; LINE-HEIGHT: 1.25"><FONT ' \
          'style="FONT-SIZE: 10pt; FONT-FAMILY: Times New Roman, Times, serif">'
    split = f"(d) Exhibits</FONT></P>\n{par.format(71)}&nbsp;</FONT></P>\n{par.format(72)}99.1 "
    run_in = _exhibits_retyped("8k_2016_sophirisbioinc_1.htm", (split, "(d) Exhibits. 99.1 "))
    assert run_in == filing("8k_2016_sophirisbioinc_1.htm")["exhibits"] == [
        {"number": "99.1", "description": "Press release dated March 23, 2016.", "document": None}]
    # the whole item on its heading's line: "Item 9.01 ... Exhibits. (d) Exhibits. 99.1 ..."
    one_line = ("Item 9.01 Financial Statements and Exhibits. (d) Exhibits. 99.1 Press Release of "
                "Horizon Financial Corp. dated January 19, 2006.\n")
    # (Horizon prints the release under "Exhibit 99.1" after its signatures: document 1)
    assert _exhibits_retyped(_HORIZON, (_HORIZON_HEADING + _HORIZON_LIST, one_line)) == [
        {"number": "99.1", "document": 1,
         "description": "Press Release of Horizon Financial Corp. dated January 19, 2006."}]


def test_a_wrapped_run_in_list_parts_at_each_exhibit_number() -> None:
    wrapped = ("     (c)    Exhibits.  99.1 Press Release of Horizon Financial Corp. dated\n"
               "     January 19, 2006.  99.2 Slides presented at the annual meeting of\n"
               "     shareholders on January 18, 2006; 99.3 Letter to shareholders\n")
    assert [(e["number"], e["description"]) for e in
            _exhibits_retyped(_HORIZON, (_HORIZON_LIST, wrapped))] == [
        ("99.1", "Press Release of Horizon Financial Corp. dated January 19, 2006."),
        ("99.2", "Slides presented at the annual meeting of shareholders on January 18, 2006"),
        ("99.3", "Letter to shareholders")]
    # "EXHIBIT N" spellings in capitals, after a sentence that introduces them
    capitals = ("     (c)    EXHIBITS. THE FOLLOWING EXHIBITS ARE FILED HEREWITH: EXHIBIT 99.1 -\n"
                "     PRESS RELEASE DATED JANUARY 19, 2006. EXHIBIT 99.2 - SLIDES.\n")
    assert [(e["number"], e["description"]) for e in
            _exhibits_retyped(_HORIZON, (_HORIZON_LIST, capitals))] == [
        ("99.1", "PRESS RELEASE DATED JANUARY 19, 2006."), ("99.2", "SLIDES.")]


def test_a_run_in_list_ends_at_its_sentence_and_prose_numbers_are_no_entries() -> None:
    # the sentence after the list, its amounts, sections and dates are no exhibits; an
    # abbreviation ("Corp. dated") does not end the description
    text = ("     (c)    Exhibits. 99.1 Press release of Horizon Financial Corp. dated January\n"
            "     19, 2006. The release reports net income of $99.1 million, 2.1 Times the\n"
            "     amount defined in section 2.1 Definitions of the Agreement. 10 Year Notes\n"
            "     are not affected.\n")
    assert _exhibits_retyped(_HORIZON, (_HORIZON_LIST, text)) == [
        {"number": "99.1", "document": 1,
         "description": "Press release of Horizon Financial Corp. dated January 19, 2006."}]
    # "exhibits." ending a sentence is no label: the item names its exhibits in prose only
    sentence = ("     (c)    None of the agreements is filed among the exhibits. 99.1 Percent of\n"
                "     the shares were tendered. Exhibit 99.1, press release dated January 19,\n"
                "     2006, is furnished herewith.\n")
    assert [(e["number"], e["description"]) for e in
            _exhibits_retyped(_HORIZON, (_HORIZON_LIST, sentence))] == [
        ("99.1", "press release dated January 19, 2006")]


def test_an_html_index_row_is_described_by_its_description_cell() -> None:
    # Acurx S-1 2023: the rendered index rows carry the "incorporated by reference" columns
    # ("...Maxim Group LLC<tab>8-K (Exhibit 1.1)<tab>May 17, 2023<tab>001-40536") and the filed
    # herewith mark ("Filing Fee Table<tab>X"): the description is the cell after the number
    listed = dict(_listed("s1_2023_acurxpharmaceuticalsin_1.txt"))
    assert listed["1.1"] == ("Form of Placement Agent Agreement, dated as of May 16, 2023, by and "
                             "among the Registrant and Maxim Group LLC")
    assert listed["3.3"] == "Bylaws of Acurx Pharmaceuticals, Inc."
    assert listed["107"] == "Filing Fee Table"
    assert listed["23.2"] == ("Consent of Mintz, Levin, Cohn, Ferris, Glovsky and Popeo, P.C. "
                              "(included in Exhibit 5.1)")
    # its plans are numbered three deep and open with their year: "10.7.1<tab>Acurx
    # Pharmaceuticals, Inc. 2021 Equity Incentive Plan<tab>S-1 (Exhibit 10.6)..."
    assert listed["10.7.1"] == "Acurx Pharmaceuticals, Inc. 2021 Equity Incentive Plan"
    assert "10.8" in listed and "10.12" in listed
    # a cell holding only a footnote mark is skipped; a plan's year may open a description
    rows = ("10.1\t#\t2015 Equity Incentive Plan\tS-8\t333-200000\t99.1\n"
            "10.2+\tSupply Agreement with Widget Co.\t10-Q\t001-12345\n")
    assert read_entries(rows) == _entries_by_definition(rows) == [
        ("10.1", "2015 Equity Incentive Plan"), ("10.2", "Supply Agreement with Widget Co.")]


_ASTA = "8k_2004_astafundinginc_5.txt"
_ASTA_ENTRY = "         99.1  Press release of Asta Funding, Inc. dated August 4, 2004.\n"


@pytest.mark.parametrize("retyped", [
    "         99-1  Press release of Asta Funding, Inc. dated August 4, 2004.\n",
    "     Ex. 99.1  Press release of Asta Funding, Inc. dated August 4, 2004.\n",
    "     EX-99.1   Press release of Asta Funding, Inc. dated August 4, 2004.\n",
    "     99.1 ...... Press release of Asta Funding, Inc. dated August 4, 2004.\n",
    "     Exhibit 99.1.....Press release of Asta Funding, Inc. dated August 4, 2004.\n",
    "     99.1 #   Press release of Asta Funding, Inc. dated August 4, 2004.\n",
])
def test_number_spellings_of_old_and_new_lists(retyped: str) -> None:
    # "99-1" (1990s), "Ex. 99.1", "EX-99.1", a dot leader after the number, a "#" mark: the
    # same entry, linked to the document typed EX-99.1
    (entry,) = _exhibits_retyped(_ASTA, (_ASTA_ENTRY, retyped))
    assert entry["description"] == "Press release of Asta Funding, Inc. dated August 4, 2004."
    assert entry["document"] == 2
    assert entry["number"] == ("99-1" if "99-1" in retyped else "99.1")


def test_a_dashed_number_matches_a_dashed_document_type() -> None:
    assert exhibit_key("99-1") == exhibit_key("EX-99-1") == exhibit_key("EX-99.01") == (99, 1, "")
    assert exhibit_key("EX-99-A") == exhibit_key("99(a)") == (99, None, "A")
    (entry,) = _exhibits_retyped(_ASTA, ("<TYPE>EX-99.1", "<TYPE>EX-99-1"))
    assert (entry["number"], entry["document"]) == ("99.1", 2)


def test_an_index_page_column_loses_its_dot_leader() -> None:
    # Westell 1999's EXHIBIT INDEX, as indexes with a "Sequentially Numbered Page" column print
    # it: "Press Release dated December 13, 1999. ..........   5"
    listed = dict(_exhibits_retyped_pairs(
        "8k_1999_westelltechnologiesinc_3.txt",
        ("99.1     Press Release dated December 13, 1999.\n",
         "99.1     Press Release dated December 13, 1999. ..................      5\n"),
        ("99.3     Voting  Agreement,", "99.3 . . . Voting  Agreement,")))
    assert listed["99.1"] == "Press Release dated December 13, 1999."
    assert listed["99.3"].startswith("Voting Agreement, dated December 13, 1999, among")
    assert _drop_page_number("Financial Data Schedule..........10") == "Financial Data Schedule"


def test_a_lower_number_that_names_an_attached_document_is_kept() -> None:
    # lists do not always go up: "99.1 Press Release" then "2.1 Agreement and Plan of Merger"
    # (attached as EX-2.1) is no footnote; the list's description is kept, not the <TYPE>'s
    exhibits = _exhibits_retyped(
        "8k_1999_westelltechnologiesinc_3.txt",
        ("99.2     Agreement and Plan of Merger,", "2.1      Agreement and Plan of Merger,"),
        ("<TYPE>EX-99.2", "<TYPE>EX-2.1"))
    assert exhibits[1] == {"number": "2.1", "document": 3, "description": (
        "Agreement and Plan of Merger, dated December 13, 1999, among Teltrend Inc., Westell "
        "Technologies Inc. and Theta Acquisition Corp.")}


def _exhibits_retyped_pairs(name: str, *edits: tuple[str, str]) -> list[tuple[str, str]]:
    return [(e["number"], e["description"]) for e in _exhibits_retyped(name, *edits)]


# A 1990s 10-K's Item 14 list: footnote references after the numbers ("3.1(1)"), a rule and the
# footnotes typed right under the last entry
_TEN_K_LIST = """\
     (a)(3)  Exhibits

     Exhibit
     Number     Description
     -------    -----------

      3.1(1)    Restated Certificate of Incorporation of the Registrant.

      3.2(2)    By-laws of the Registrant, as amended.

     10.1(1)*   1995 Stock Option Plan.

     10.2       Lease Agreement dated as of June 1, 1998 between the Registrant
                and Main Street Properties.

     27         Financial Data Schedule.
     ____________________
     (1)  Incorporated by reference to Exhibit 3.1 to the Registrant's
          Registration Statement on Form S-1 (File No. 33-12345).
     (2)  Incorporated by reference to the Registrant's Annual Report on Form
          10-K for the year ended December 31, 1997.
     *    Management contract or compensatory plan.
"""
# A small company's EXHIBIT INDEX with a "Method of Filing" column, wrapped within its column
_METHOD_LIST = """\
Exhibit No.   Description                                   Method of Filing
-----------   -----------                                   ----------------
3.1           Articles of Incorporation of the              Incorporated by reference to
              Registrant, as amended                        Exhibit 3.1 to Form 10-SB
10.1          Employment Agreement with John Smith          Filed herewith
99.1          Press release dated March 1, 2001             Filed herewith
"""


def test_footnote_references_and_footnotes_are_no_part_of_an_entry() -> None:
    assert read_entries(_TEN_K_LIST) == _entries_by_definition(_TEN_K_LIST) == [
        ("3.1", "Restated Certificate of Incorporation of the Registrant."),
        ("3.2", "By-laws of the Registrant, as amended."),
        ("10.1", "1995 Stock Option Plan."),
        ("10.2", "Lease Agreement dated as of June 1, 1998 between the Registrant and Main "
                 "Street Properties."),
        ("27", "Financial Data Schedule.")]
    # a description wrapped after "Form" goes on with the form's name, no entry "10"
    wrapped = ("     10.3       Credit Agreement, filed as Exhibit 10.3 to the Annual Report\n"
               "                on Form\n"
               "                10-K for the year ended December 31, 1997.\n")
    # (the filing clause, another filing's exhibit, is no part of the name: round 63b)
    assert read_entries(wrapped) == [("10.3", "Credit Agreement.")]
    # a letter after a decimal number is a sub-exhibit, kept: "99.4(a)" (Westell 1999)
    assert read_entries("99.4(a)  Letter Agreement\n")[0][0] == "99.4(a)"


def test_a_plain_text_method_of_filing_column_is_not_the_description() -> None:
    assert read_entries(_METHOD_LIST) == _entries_by_definition(_METHOD_LIST) == [
        ("3.1", "Articles of Incorporation of the Registrant, as amended"),
        ("10.1", "Employment Agreement with John Smith"),
        ("99.1", "Press release dated March 1, 2001")]


def test_a_footnote_mark_after_the_description_is_no_part_of_it() -> None:
    # Stockwalk 2000 (text): "... and SW Acquisition Corporation*" over "* Incorporated by
    # reference to Exhibit 2.7 ..."; Disney 2018 (HTML): "... WDC Merger Enterprises II, Inc.*"
    listed = dict(_listed("8k_2000_stockwalkcomgroupinc_3.txt"))
    assert listed["2.1"].endswith("Stockwalk.com Group, Inc. and SW Acquisition Corporation")
    exhibits = filing("8k_2018_waltdisneyco_1.txt")["exhibits"]
    assert exhibits[0]["number"] == "2.1"
    assert exhibits[0]["description"].endswith("and WDC Merger Enterprises II, Inc.")
    rows = ("10.1\tEmployment Agreement, dated May 1, 2012, between Acme Corp. and John "
            "Smith.\u2020\n99.1\tPress release dated May 1, 2012.**\n")
    assert read_entries(rows) == [
        ("10.1", "Employment Agreement, dated May 1, 2012, between Acme Corp. and John Smith."),
        ("99.1", "Press release dated May 1, 2012.")]


def test_regulation_s_k_sub_numbers_are_entries_of_their_own() -> None:
    # 1990s 10-K lists number management contracts "10(iii)(A)", "10(iii)(B)": each an entry
    # (not a line wrapped under the one above), with a key of its own
    text = ("  3(b)   By-Laws of the Company, as amended.\n"
            "  10(iii)(A)  1991 Stock Option Plan, as amended (incorporated by reference to\n"
            "              Exhibit 10(iii)(A) to the 1995 Form 10-K).\n"
            "  10(iii)(B)  Executive Incentive Compensation Plan.\n"
            "  10(a)(1)    Employment Agreement dated June 1, 1996 with John Smith.\n")
    assert read_entries(text) == [
        ("3(b)", "By-Laws of the Company, as amended."),
        # (round 66: the bracketed citation is cut, the exhibit filed elsewhere; it closes, and
        # the stop kept comes, on the last wrapped line: the wrapped lines are read whole)
        ("10(iii)(A)", "1991 Stock Option Plan, as amended."),
        ("10(iii)(B)", "Executive Incentive Compensation Plan."),
        ("10(a)(1)", "Employment Agreement dated June 1, 1996 with John Smith.")]
    assert exhibit_key("10(iii)(A)") == exhibit_key("EX-10.(III)(A)") == (10, None, "(III)(A)")
    assert exhibit_key("10(iii)(A)") != exhibit_key("10(iii)(B)")


_SUBMISSION = """<SEC-DOCUMENT>0000950123-98-001234.txt : 19980501
<SEC-HEADER>0000950123-98-001234.hdr.sgml : 19980501
ACCESSION NUMBER:\t\t0000950123-98-001234
CONFORMED SUBMISSION TYPE:\t8-K
PUBLIC DOCUMENT COUNT:\t\t2
FILED AS OF DATE:\t\t19980501
</SEC-HEADER>
<DOCUMENT>
<TYPE>8-K
<SEQUENCE>1
<TEXT>
                                  FORM 8-K

Item 5.  Other Events.

     On May 1, 1998, the Registrant issued the press release filed as Exhibit 99.

Item 7.  Financial Statements and Exhibits.

     (c)  Exhibits.  See {head}.

                                  SIGNATURES

     Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant
has duly caused this report to be signed on its behalf by the undersigned.

                                  ACME CORP.

                              {head}

Exhibit No.        Description
-----------        -----------
   99              Press release of Acme Corp. dated May 1, 1998.
   99.2            Letter to shareholders of Acme Corp. dated May 1, 1998.
</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>EX-99
<SEQUENCE>2
<TEXT>
ACME CORP. ANNOUNCES RECORD EARNINGS
</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>
"""


@pytest.mark.parametrize("head", ["EXHIBIT INDEX", "INDEX OF EXHIBITS", "Exhibits Index",
                                  "LIST OF EXHIBITS", "Exhibit List", "Exhibit Index.",
                                  "INDEX TO EXHIBITS:"])
def test_an_index_by_its_other_names_is_read(head: str) -> None:
    # the index after the signatures, by the names filers give it besides "EXHIBIT INDEX";
    # "99.2" is no second link to the one EX-99 document, which "99" names
    record = parse(_SUBMISSION.replace("{head}", head).encode(), "index.txt")
    assert [(e["number"], e["description"], e["document"]) for e in record["exhibits"]] == [
        ("99", "Press release of Acme Corp. dated May 1, 1998.", 2),
        ("99.2", "Letter to shareholders of Acme Corp. dated May 1, 1998.", None)]


def _submission(main: str, *exhibits: tuple[str, str]) -> list[dict[str, Any]]:
    """exhibits[] of a 1990s 8-K submission: the report, then (type, text) documents."""
    record = parse(submission(main, *exhibits), "exhibits.txt")
    return validate(record)["exhibits"]


def _report(items: str) -> str:
    return ("                                  FORM 8-K\n\n                               "
            "CURRENT REPORT\n\n" + items + "\n\n                                  SIGNATURES\n\n"
            "     Pursuant to the requirements of the Securities Exchange Act of 1934, the\n"
            "registrant has duly caused this report to be signed on its behalf by the\n"
            "undersigned hereunto duly authorized.\n\n"
            "                                        ACME WIDGET CORPORATION\n")


_TWO_RELEASES = _report(
    "Item 5.  Other Events.\n\n     On September 29, 1997, the Registrant issued the press "
    "release and the\nletter to shareholders filed herewith.\n\n"
    "Item 7.  Financial Statements and Exhibits.\n\n     (c)  Exhibits.\n\n"
    "          99.1    Press release dated September 29, 1997.\n"
    "          99.2    Letter to shareholders dated September 29, 1997.\n")


def test_a_document_is_the_exhibit_its_own_heading_names() -> None:
    # two documents typed EX-99, headed "EXHIBIT 99.1" and "EXHIBIT 99.2": the second is
    # 99.2, not lost behind the first's <TYPE>
    release = ("                                                            EXHIBIT 99.1\n\n"
               "FOR IMMEDIATE RELEASE\n\nACME WIDGET REPORTS RECORD THIRD QUARTER\n")
    letter = ("                                                            EXHIBIT 99.2\n\n"
              "                          ACME WIDGET CORPORATION\n\nDear Shareholder:\n")
    assert [(e["number"], e["document"]) for e in _submission(
        _TWO_RELEASES, ("EX-99", release), ("EX-99", letter))] == [("99.1", 2), ("99.2", 3)]
    # a heading that names an exhibit the list says is filed elsewhere links nothing
    elsewhere = _TWO_RELEASES.replace(
        "          99.1 ",
        "          10.1    Credit Agreement dated June 1, 1997 (incorporated by\n"
        "                  reference to Exhibit 10.1 to the Form 10-Q for June 30, 1997).\n"
        "          99.1 ").replace("          99.2    Letter to shareholders dated September "
                                   "29, 1997.\n", "")
    plan = "                                                            Exhibit 10.1\n\nCREDIT " \
           "AGREEMENT\n"
    assert [(e["number"], e["document"]) for e in _submission(
        elsewhere, ("EX-99.1", release), ("EX-99", plan))] == [
        ("10.1", None), ("99.1", 2), ("99", 3)]
    # Page America S-3/A: "**23(b).  Consent of Ernst & Young LLP." typed EX-99, headed
    # "Exhibit 23(b)": no extra "99"
    exhibits = filing("s3a_1995_pageamericagroupinc_1.txt")["exhibits"]
    assert {"number": "23(b)", "description": "Consent of Ernst & Young LLP.",
            "document": 2} in exhibits
    assert all(e["number"] != "99" for e in exhibits)


def test_a_document_is_the_exhibit_its_title_opens() -> None:
    # Cotelligent 1996: "1. Agreement and Plan of Reorganization and Merger, dated as of ..."
    # is the EX-2 titled "AGREEMENT AND PLAN OF REORGANIZATION" over "AND MERGER"
    assert filing("8k_1996_cotelligentgroupinc_3.txt")["exhibits"] == [
        {"number": "1", "document": 2, "description":
         "Agreement and Plan of Reorganization and Merger, dated as of September 30, 1996, "
         "among Cotelligent Group, Inc., JasTech, Inc., JasTech of Florida, Inc. and Judi "
         "Jaskiel."}]
    # Home Health 1997: "Exhibit 10.1  Agreement and Plan of Merger, ..." filed as EX-99
    exhibits = filing("8k_1997_homehealthcorpofameric_2.txt")["exhibits"]
    assert [(e["number"], e["document"]) for e in exhibits] == [("10.1", 2), ("99.1", 3)]
    merger = ("                         EXECUTION COPY\n\n"
              "                         AGREEMENT AND PLAN OF MERGER\n\n"
              "                                    among\n\n"
              "                          ACME WIDGET CORPORATION\n")
    listed = _report("Item 7.  Financial Statements and Exhibits.\n\n     (c)  Exhibits.\n\n"
                     "          2.1     Agreement and Plan of Merger, dated as of September\n"
                     "                  26, 1997, among Acme Widget Corporation and Beta Inc.\n"
                     "          99.1    Press release dated September 29, 1997.\n")
    release = "EXHIBIT 99.1\n\nACME WIDGET TO ACQUIRE BETA INC.\n"
    attached = (("EX-99", merger), ("EX-99.1", release))
    assert [(e["number"], e["document"]) for e in _submission(listed, *attached)] == [
        ("2.1", 2), ("99.1", 3)]
    # a title that fits two entries, or one the list says is filed elsewhere, links none
    ambiguous = listed.replace("          99.1", "          2.2     Agreement and Plan of "
                               "Merger among Acme and Gamma Corp.\n          99.1")
    elsewhere = listed.replace("Beta Inc.", "Beta Inc. (incorporated by reference\n"
                               "                  to Exhibit 2.1 to the Form 8-K of May 1, 1997)")
    for main in (ambiguous, elsewhere):
        assert [(e["number"], e["document"]) for e in _submission(main, *attached)
                if e["document"]] == [("99.1", 3), ("99", 2)]


def test_an_unlisted_document_is_numbered_as_its_heading_says() -> None:
    # Rock of Ages 2000: Item 7 says "None."; the EX-99 is headed "EXHIBIT 99.1"
    assert filing("8k_2000_rockofagescorp_1.txt")["exhibits"] == [
        {"number": "99.1", "description": None, "document": 2}]
    # a heading whose number the list already gave another document keeps the <TYPE>'s
    release = "EXHIBIT 99.1\n\nACME WIDGET REPORTS RECORD THIRD QUARTER\n"
    assert [(e["number"], e["document"]) for e in _submission(
        _TWO_RELEASES, ("EX-99.1", release), ("EX-99.2", "Dear Shareholder:\n"),
        ("EX-99.3", release))] == [("99.1", 2), ("99.2", 3), ("99.3", 4)]


def test_footnote_marks_and_amounts_open_entries() -> None:
    # Page America 1995 "Item 16. EXHIBITS" ("*   Previously filed", "**  Filed herewith")
    text = ("      *5.     Opinion of Stroock & Stroock & Lavan.\n"
            "      23(a).  Consent of Stroock & Stroock &  Lavan (contained\n"
            "              in Exhibit 5).\n"
            "    **23(b).  Consent of Ernst & Young LLP.\n"
            "*   Previously filed\n"
            "**  Filed herewith\n")
    assert read_entries(text) == [
        ("5", "Opinion of Stroock & Stroock & Lavan."),
        ("23(a)", "Consent of Stroock & Stroock & Lavan (contained in Exhibit 5)."),
        ("23(b)", "Consent of Ernst & Young LLP.")]
    # PerkinElmer 2001 Item 14: "*" marks the management contracts; an amount opens 10.3
    text = ("*10.2    The Company's 1999 INCENTIVE PLAN was filed with the\n"
            "         Commission on April 2, 1999 as Exhibit B to the Company's\n"
            "         Definitive Proxy Statement and is herein incorporated by reference.\n"
            " 10.3    $100,000,000 Competitive Advance and Revolving Credit\n"
            "         Facility Agreement dated as of March 2, 2001.\n"
            "+10.4\tAmended and Restated Employment Agreement with John Smith.\n")
    assert [number for number, _ in read_entries(text)] == ["10.2", "10.3", "10.4"]
    assert read_entries(text)[1][1] == ("$100,000,000 Competitive Advance and Revolving Credit "
                                        "Facility Agreement dated as of March 2, 2001.")
    # amounts in a table are no entries
    assert read_entries("  10.5     $1,234,567      $1,100,000\n 99.1   $ 2.50 per share\n") \
        == []


def test_a_footnote_run_onto_the_last_row_is_cut() -> None:
    # Disney 2018: the table's footnote renders onto the 99.1 row
    listed = dict(_listed("8k_2018_waltdisneyco_1.txt"))
    assert listed["99.1"] == ("Press Release, dated June 20, 2018, issued by The Walt Disney "
                              "Company")
    assert read_entries("10.1\tEmployment Agreement with John Smith \u2020 Management contract "
                        "or compensatory plan or arrangement.\n") == [
        ("10.1", "Employment Agreement with John Smith")]


def test_a_bare_exhibits_heading_in_another_item() -> None:
    # Southern Company 2007: no Item 9.01; Item 2.02 ends "Exhibits" over its list
    assert [(e["number"], e["description"]) for e in
            filing("8k_2007_southernco_2.txt")["exhibits"]] == [
        ("99.01", "Press Release."), ("99.02", "Financial Highlights."),
        ("99.03", "Significant Factors Impacting EPS."),
        ("99.04", "Analysis of Consolidated Earnings."), ("99.05", "Kilowatt-Hour Sales."),
        ("99.06", "Financial Overview.")]
    # a plain-text 8-K of the same shape; a bare heading far above any list is none
    item = ("Item 8.01.  Other Events.\n\n     On October 1, 2007, the Company issued a press "
            "release.\n\n     Exhibits\n\n     Exhibit 99.1   Press release dated October 1, "
            "2007.\n")
    assert [(e["number"], e["document"]) for e in _submission(_report(item))] == [("99.1", None)]
    far = item.replace("     Exhibits\n\n", "     Exhibits\n\n" + "     The Company.\n" * 200)
    assert _submission(_report(far)) == []


_RELEASE = "FOR IMMEDIATE RELEASE\n\nACME WIDGET REPORTS RECORD THIRD QUARTER\n"
_LETTER_TEXT = "                          ACME WIDGET CORPORATION\n\nDear Shareholder:\n"


@pytest.mark.parametrize(("first", "second"), [
    ("EXHIBIT 99-1", "EXHIBIT 99-2"), ("EXHIBIT NO. 99-1", "EXHIBIT NO. 99-2"),
    ("EX-99.1", "EX-99.2"), ("EX-99-1", "EX-99-2")])
def test_a_heading_with_a_dash_or_the_type_names_its_exhibit(first: str, second: str) -> None:
    # two EX-99 documents headed as 1990s filers typed them, filed letter first: each is
    # the entry its heading names
    letter = f"                                                     {second}\n\n{_LETTER_TEXT}"
    release = f"                                                     {first}\n\n{_RELEASE}"
    assert [(e["number"], e["document"]) for e in _submission(
        _TWO_RELEASES, ("EX-99", letter), ("EX-99", release))] == [("99.1", 3), ("99.2", 2)]


@pytest.mark.parametrize("heading", ["Exhibit 99-{}", "Exhibit 99.{}", "EXHIBIT 99{}"])
def test_documents_headed_by_letters_go_to_a_numbered_list_in_turn(heading: str) -> None:
    # "Exhibit 99-A", "Exhibit 99-B" atop two EX-99s under a list of 99.1 and 99.2: no
    # number of one contradicts the other's, and each goes to its entry in the order filed
    release = heading.format("A") + f"\n\n{_RELEASE}"
    letter = heading.format("B") + f"\n\n{_LETTER_TEXT}"
    assert [(e["number"], e["document"]) for e in _submission(
        _TWO_RELEASES, ("EX-99", release), ("EX-99", letter))] == [("99.1", 2), ("99.2", 3)]


def test_a_list_numbered_with_a_dash_and_a_letter() -> None:
    # "99-A    Press release ...": the 1990s lettered list, linked to documents typed EX-99
    lettered = _TWO_RELEASES.replace("99.1 ", "99-A ").replace("99.2 ", "99-B ")
    assert [(e["number"], e["document"], e["description"]) for e in _submission(
        lettered, ("EX-99", f"EXHIBIT 99-A\n\n{_RELEASE}"),
        ("EX-99", f"EXHIBIT 99-B\n\n{_LETTER_TEXT}"))] == [
        ("99-A", 2, "Press release dated September 29, 1997."),
        ("99-B", 3, "Letter to shareholders dated September 29, 1997.")]
    # forms' names are no lettered numbers
    assert read_entries("    10-K    Annual Report on Form 10-K for 1996.\n"
                        "    20-F    Annual Report of Acme N.V.\n"
                        "    8-A     Registration Statement of Acme Corp.\n") == []


def test_each_ex_99_document_goes_to_its_own_entry() -> None:
    def linked(main: str, *docs: tuple[str, str]) -> list[tuple[str, int | None]]:
        return [(e["number"], e["document"]) for e in _submission(main, *docs)]

    # filed in another order than listed: the headings say which is which
    assert linked(_TWO_RELEASES, ("EX-99", f"EXHIBIT 99.2\n\n{_LETTER_TEXT}"),
                  ("EX-99", f"EXHIBIT 99.1\n\n{_RELEASE}")) == [("99.1", 3), ("99.2", 2)]
    # a heading "EXHIBIT 99" (the <TYPE> again) gives way to one that names 99.1
    assert linked(_TWO_RELEASES, ("EX-99", f"EXHIBIT 99\n\n{_LETTER_TEXT}"),
                  ("EX-99", f"EXHIBIT 99.1\n\n{_RELEASE}")) == [("99.1", 3), ("99.2", 2)]
    # no headings: as many documents as entries go to them in the order filed
    assert linked(_TWO_RELEASES, ("EX-99", _RELEASE), ("EX-99", _LETTER_TEXT)) == [
        ("99.1", 2), ("99.2", 3)]
    # the only EX-99, headed 99.2: 99.1 is not attached
    assert linked(_TWO_RELEASES, ("EX-99", f"EXHIBIT 99.2\n\n{_LETTER_TEXT}")) == [
        ("99.1", None), ("99.2", 2)]
    # an EX-99 whose title is the list's 10.1 is not 99.1's sibling
    merger = _report("Item 7.  Financial Statements and Exhibits.\n\n     (c)  Exhibits.\n\n"
                     "          10.1    Agreement and Plan of Merger dated September 1, 1997.\n"
                     "          99.1    Press release dated September 29, 1997.\n")
    assert linked(merger, ("EX-99", "AGREEMENT AND PLAN OF MERGER\n\namong\n"),
                  ("EX-99", _RELEASE)) == [("10.1", 2), ("99.1", 3)]
    # "Exhibit 99 - Press release" alone takes the first of two EX-99s; none is claimed twice
    alone = _report("Item 7.  Financial Statements and Exhibits.\n\n     (c)  Exhibits.\n\n"
                    "          Exhibit 99 - Press release dated September 29, 1997.\n")
    assert linked(alone, ("EX-99", _RELEASE), ("EX-99", _LETTER_TEXT)) == [("99", 2), ("99", 3)]
    assert linked(alone, ("EX-99.1", _RELEASE), ("EX-99.2", _LETTER_TEXT)) == [
        ("99", 2), ("99.2", 3)]
    # three entries, two documents: which entry has none is not guessed
    three = _TWO_RELEASES.replace(
        "29, 1997.\n\n\n", "29, 1997.\n          99.3    Slides shown to analysts.\n\n\n")
    assert linked(three, ("EX-99", _RELEASE), ("EX-99", _LETTER_TEXT)) == [
        ("99.1", 2), ("99.2", None), ("99.3", None), ("99", 3)]


def test_an_empty_page_column_is_no_part_of_the_description() -> None:
    # a 1990s 10-K index: "--" (or "N/A") in the "Sequential Page Number" column of an
    # exhibit incorporated by reference
    text = ("  3(a)      Restated Certificate of Incorporation of the\n"
            "            Company (incorporated by reference to Exhibit\n"
            "            3(a) to the Company's Annual Report on Form 10-K\n"
            "            for 1993).                                                  --\n"
            "  4         Rights Agreement dated May 1, 1990.                         N/A\n"
            "  10(a)     1991 Stock Option Plan, as amended.                        45\n")
    assert read_entries(text) == [
        # (round 66: the bracketed citation is cut, the exhibit filed elsewhere; it closes, and
        # the stop kept comes, on the last wrapped line: the wrapped lines are read whole)
        ("3(a)", "Restated Certificate of Incorporation of the Company."),
        ("4", "Rights Agreement dated May 1, 1990."),
        ("10(a)", "1991 Stock Option Plan, as amended.")]


@pytest.mark.parametrize("heading", ["Exhibit 99.{} - {}", "EXHIBIT 99.{}: {}",
                                     "Exhibit 99.{} {}", "EXHIBIT 99.{} to Form 8-K{}"])
def test_a_heading_with_words_after_it_on_its_line(heading: str) -> None:
    # "Exhibit 99.2 - Letter to Shareholders" atop the first EX-99: the heading names 99.2
    letter = heading.format(2, "Letter to Shareholders" if "Form" not in heading else "")
    release = heading.format(1, "Press Release" if "Form" not in heading else "")
    assert [(e["number"], e["document"]) for e in _submission(
        _TWO_RELEASES, ("EX-99", f"{letter}\n\n{_LETTER_TEXT}"),
        ("EX-99", f"{release}\n\n{_RELEASE}"))] == [("99.1", 3), ("99.2", 2)]
