"""Heading spellings, one test each, on lines copied from real filings (file cited per test).

Lines are copied verbatim (with the line before or after where the check needs it); HTML
snippets are the text of the cells with entities decoded, as the HTML renderer hands it on.
"""

from __future__ import annotations

from filing2json.parsers.linescan import LinePattern
from filing2json.parsers.sections.item_headings import (
    _HEADING_LINES,
    _PARTS,
    HEADING,
    is_toc_line,
    scan,
)
from support import FILINGS


def one(text: str, family: str | None = "8-K"):
    found = [h for h in scan(text, family) if h.kind == "item"]
    assert len(found) == 1, found
    return found[0]


def test_item_5_period_bare():
    # 8k_1996_cotelligentgroupinc_3.txt
    h = one("Item 5. \n\n     On October 7, 1996, the Company completed the acquisition of Data\n"
            'Processing Professionals, Inc. ("DPPI"). DPPI is a software professional\n')
    assert (h.numbers, h.title) == (["5"], None)


def test_item_5_other_events():
    # samples/000_af6957f9859c0735.txt
    h = one("<PAGE>\nItem 5.  Other Events\n\nOn August 2, 2000, the Registrant issued the")
    assert (h.numbers, h.title) == (["5"], "Other Events")


def test_upper_case_with_dash():
    # 8k_1994_zurnindustriesinc_2.txt
    assert one("ITEM 5 - OTHER EVENTS\n").title == "OTHER EVENTS"


def test_upper_case_with_double_dash():
    # 8k_1996_cotelligentgroupinc_4.txt
    assert one("ITEM 5 -- OTHER EVENTS\n").title == "OTHER EVENTS"


def test_upper_case_trailing_period_stripped():
    # 8k_2001_entradanetworksinc_1.txt
    assert one("ITEM 5. OTHER EVENTS.\n").title == "OTHER EVENTS"


def test_colon_separator():
    # 8k_2000_innovativeclinicalsolu_3.txt
    assert one("Item 5:           Other Events.\n").title == "Other Events"


def test_no_space_after_item():
    # 8k_2002_pericomsemiconductorco_1.txt
    h = one("Item5.    Other Events.\n")
    assert (h.numbers, h.title) == (["5"], "Other Events")


def test_decimal_number_and_title():
    # 8k_2006_horizonfinancialcorp_1.txt
    h = one("Item 2.02  Results of Operations and Financial Condition\n"
            "- --------------------------------------------------------\n\n     On January 19")
    assert (h.numbers, h.title) == (["2.02"], "Results of Operations and Financial Condition")


def test_decimal_number_with_period():
    # 8k_2005_astafundinginc_5.txt
    h = one("ITEM 2.02.  RESULTS OF OPERATIONS AND FINANCIAL CONDITION.\n")
    assert (h.numbers, h.title) == (["2.02"], "RESULTS OF OPERATIONS AND FINANCIAL CONDITION")


def test_decimal_number_with_hyphen():
    # 8k_2007_expertelligenceinc_1.txt
    h = one("Item 8.01- Other Events\n")
    assert (h.numbers, h.title) == (["8.01"], "Other Events")


def test_decimal_upper_case_without_period():
    # 8k_2005_astafundinginc_4.txt
    h = one("ITEM 9.01 FINANCIAL STATEMENTS AND EXHIBITS\n")
    assert (h.numbers, h.title) == (["9.01"], "FINANCIAL STATEMENTS AND EXHIBITS")


def test_number_and_title_in_table_cells():
    # 8k_2011_appleinc_2.txt rendered: number and title sit in two cells of one row
    h = one("Item 2.02\tResults of Operations and Financial Condition.\n\nOn January 18, 2011")
    assert (h.numbers, h.title) == (["2.02"], "Results of Operations and Financial Condition")


def test_non_breaking_space():
    # 8k_2005_exeloncorp_1.txt: "Item&nbsp;5.02. Departure of Directors ..."
    h = one("Item\xa05.02. Departure of Directors or Principal Officers; Election of Directors; "
            "Appointment of Principal Officers.\n")
    assert h.numbers == ["5.02"]
    assert h.title.endswith("Appointment of Principal Officers")


def test_thin_space():
    # 8k_2025_internationalflavorsan_1.htm: <td>Item&#8201;5.07.</td><td>Submission of ...
    h = one("Item\u20095.07.\tSubmission of Matters to a Vote of Security Holders.\n")
    assert (h.numbers, h.title) == (["5.07"], "Submission of Matters to a Vote of Security Holders")


def test_title_on_the_next_line():
    # s1_2023_acurxpharmaceuticalsin_1.txt rendered: "ITEM 13." and its title in two blocks
    h = one("ITEM 13.\n\nOther Expenses of Issuance and Distribution.\n\nThe following table sets"
            " forth the costs and expenses", None)
    assert (h.numbers, h.title) == (["13"], "Other Expenses of Issuance and Distribution")


def test_prose_under_a_bare_heading_is_not_its_title():
    # 8k_1996_cotelligentgroupinc_3.txt (body text wraps onto a lower-case line)
    text = ("Item 2.  \n         \n\n     On September 30, 1996, Cotelligent Group, Inc. (the "
            '"Company") completed\nthe acquisition of one business with offices in two cities.')
    h = one(text)
    assert h.title is None
    assert text[h.body_start:].strip().startswith("On September 30, 1996")


def test_title_wrapped_after_a_conjunction():
    # 8k_1999_applecomputerinc_1.txt
    h = one("Item 7.    Financial Statements, Pro Forma Financial Information and\n"
            "           Exhibits.\n\n           (c)       Exhibits\n")
    assert h.title == "Financial Statements, Pro Forma Financial Information and Exhibits"


def test_long_form_title_on_one_line():
    # 8k_2003_pericomsemiconductorco_1.txt
    h = one("Item 7. Financial Statements, Pro Forma Financial Information and Exhibits.\n")
    assert (h.numbers, h.title) == (
        ["7"], "Financial Statements, Pro Forma Financial Information and Exhibits")


def test_upper_case_title_wrapped_mid_phrase():
    # 8k_2005_pericomsemiconductorco_8.txt: the standard title tells the wrap apart
    h = one("ITEM 4.02 NON-RELIANCE ON PREVIOUSLY ISSUED FINANCIAL STATEMENTS OR A RELATED\n"
            "AUDIT REPORT OR COMPLETED INTERIM REVIEW.\n\nOn August 1, 2005, management of")
    assert h.title == ("NON-RELIANCE ON PREVIOUSLY ISSUED FINANCIAL STATEMENTS OR A RELATED AUDIT"
                       " REPORT OR COMPLETED INTERIM REVIEW")


def test_title_wrapped_onto_lower_case_line():
    # 10q_1999_indianabelltelephoneco_1.txt
    h = one("            Item 2 - Management's Discussion and Analysis\n"
            "                      of Results of Operations\n\n\nThe following is", "10-Q")
    assert h.title == "Management's Discussion and Analysis of Results of Operations"


def test_letter_suffix():
    # 20f_2021_plymouthrocktechnologi_1.htm rendered
    h = one("ITEM 4A.\tUNRESOLVED STAFF COMMENTS\n\nNot applicable.\n", "20-F")
    assert (h.numbers, h.title) == (["4A"], "UNRESOLVED STAFF COMMENTS")


def test_combined_heading_with_range():
    # 8k_1999_applecomputerinc_1.txt: a disclaimer listing items, not a heading of its own
    h = one("Items 1 through 4, 6 and 8 Not Applicable.\n")
    assert h.numbers == ["1", "2", "3", "4", "6", "8"]
    assert h.not_applicable


def test_combined_heading_saying_the_keyword_again():
    # sctota_2025_cvrenergyinc_1.txt rendered: "Items 1 through 9 and Item 11." over the
    # text amending them all
    h = one("Items 1 through 9 and Item 11.\n\nThe Offer to Purchase and Items 1 through 9\n",
            "SC TO-T/A")
    assert h.numbers == ["1", "2", "3", "4", "5", "6", "7", "8", "9", "11"]
    # (laid out as 8-Ks print it; the corpus has none)
    h = one("Item 2.02 and Item 7.01 Results of Operations and Financial Condition; "
            "Regulation FD Disclosure\n")
    assert (h.numbers, h.title) == (["2.02", "7.01"], "Results of Operations and Financial "
                                    "Condition; Regulation FD Disclosure")


def test_heading_run_into_its_text():
    # "Item 8.01. Other Events. On May 1, ..." in one paragraph (laid out as HTML 8-Ks print
    # it; the corpus has none): the title ends at its stop, the rest is the item's text
    h = one("Item 8.01. Other Events. On May 1, 2008, Acme Corp. announced a dividend.\n")
    assert (h.title, h.inline_text) == ("Other Events",
                                        "On May 1, 2008, Acme Corp. announced a dividend.")
    # an abbreviation's period is no stop; nor a stop before a short tail of a title that is
    # not the form's
    h = one("Item 1.01 Entry into an Agreement with U.S. Bank National Association\n")
    assert (h.title, h.inline_text) == (
        "Entry into an Agreement with U.S. Bank National Association", None)
    h = one("Item 1.01 Credit Agreement. Amendment No. 2\n")
    assert (h.title, h.inline_text) == ("Credit Agreement. Amendment No. 2", None)


def test_reference_in_wrapped_sentence():
    # 8k_1996_cotelligentgroupinc_3.txt, exhibit paragraph (b)
    text = ("(b)      It is impracticable to provide the required pro forma financial\n"
            "         information for the business acquired by the registrant referred to in\n"
            "         Item 2.  The registrant will file the required pro forma financial\n")
    assert scan(text, "8-K") == []


def test_reference_of_form_8k():
    # 8k_2000_innovativeclinicalsolu_4.txt, the accountant's letter
    text = ("attached),  which we understand will be filed with the  Commission,  pursuant to\n"
            "Item 4 of Form 8-K,  as part of the  Company's  Form 8-K  report  dated June 27,\n")
    assert scan(text, "8-K") == []


def test_reference_with_sub_paragraph():
    # 8k_1994_turnerbroadcastingsyst_1.txt, auditors' report in EX-23
    text = ("audits also included the financial statement schedules listed in the Index at\n"
            "Item 14(a). These financial statements and schedules are the responsibility of\n")
    assert scan(text, "10-K") == []


def test_regulation_s_k_item_is_not_a_heading():
    # 8k_2009_expertelligenceinc_1.txt: "Item 304(a)(iv) of Regulation S-K"
    assert HEADING.match("Item 304(a)(iv) of Regulation S-K.") is None


def test_title_looking_line_after_a_heading_line_is_a_heading():
    # 8k_2001_stockwalkgroupinc_1.txt rendered contents list (no page numbers)
    found = scan("ITEM 2. Acquisition or Disposition of Assets\n"
                 "ITEM 3. Bankruptcy or Receivership\nITEM 5. Other Items\nSIGNATURES\n", "8-K")
    assert [(h.numbers, h.title) for h in found] == [
        (["2"], "Acquisition or Disposition of Assets"), (["3"], "Bankruptcy or Receivership"),
        (["5"], "Other Items")]


def test_toc_line_with_dot_leaders():
    # 8k_1996_cotelligentgroupinc_4.txt
    h = one("Item 5 - Other Events..................................             3\n")
    assert h.toc


def test_toc_line_with_page_number_column():
    # 20f_2001_aegonnv_1.htm
    line = ("Item 1    Identity of Directors, Senior Management and Advisors"
            "                                   3")
    assert one(line + "\n", "20-F").toc
    assert not is_toc_line(" Identity of Directors, Senior Management and Advisors")


def test_part_heading():
    # 10k405_2001_perkinelmerinc_1.txt
    found = scan("                                    PART II\n\nITEM 5.  MARKET FOR REGISTRANT'S"
                 " COMMON EQUITY AND RELATED STOCKHOLDER MATTERS\n", "10-K")
    assert [(h.kind, h.part) for h in found] == [("part", "II"), ("item", None)]


def test_section_line_of_2004_form():
    # 8k_2016_atrinsicinc_1.txt
    found = scan("SECTION 9 \u2013 FINANCIAL STATEMENTS AND EXHIBITS\n\nItem 9.01 Financial "
                 "Statements and Exhibits.\n", "8-K")
    assert [h.kind for h in found] == ["section", "item"]


# --- the whole-text scan answers as the plain pattern -------------------------------------------
# The scan's lead is possessive and sits behind a first-letter lookahead; on real filings, with
# their lines indented and bulleted as HTML renderings print them, it must find the lines, and
# the groups, the plain pattern finds.
_PLAIN_LEAD = r"^[^\S\n]*(?:[\u2022\u00b7\u25cf\u25aa*][^\S\n]*)?"
_SHAPES = ("8k_2000_stockwalkcomgroupinc_3.txt", "10k405_2001_perkinelmerinc_1.txt",
           "20f_2001_aegonnv_1.htm", "10q_1999_indianabelltelephoneco_1.txt",
           "8k_2005_exeloncorp_1.txt", "8k_2022_caterpillarinc_1.txt")


def _found(pattern: LinePattern, text: str) -> list[tuple[int, int, dict]]:
    return [(pattern.line_start(m), m.end(), m.groupdict()) for m in pattern.finditer(text)]


def test_heading_scan_finds_what_the_plain_pattern_finds():
    plain = LinePattern(HEADING.pattern.replace(_PARTS["lead"], _PLAIN_LEAD, 1))
    assert plain.first.pattern != HEADING.pattern
    items = 0
    for name in _SHAPES:
        text = (FILINGS / name).read_text(encoding="utf-8", errors="replace")
        for lead in ("", "    ", "\xa0\u2009", "\u2022 ", " * \t", "\u25cf"):
            shifted = text.replace("\n", "\n" + lead)
            found = _found(_HEADING_LINES, shifted)
            assert found == _found(plain, shifted), (name, lead)
            items += sum(1 for _, _, groups in found if groups["kw"])
    assert items > 100
    text = (FILINGS / "8k_2000_stockwalkcomgroupinc_3.txt").read_text(errors="replace")
    assert [(g["num"], g["rest"]) for _, _, g in _found(_HEADING_LINES, text)] == [
        ("2", ".  ACQUISITION OR DISPOSITION OF ASSETS."),
        ("7", ".  FINANCIAL STATEMENTS AND EXHIBITS.")]


# --- layouts the corpus lacks, written as filings of their era print them ---------------------

def test_bold_heading_run_into_its_paragraph_without_a_stop():
    # HTML 8-K: "<b>Item 2.02 Results of Operations and Financial Condition</b> On May 1, ..."
    # renders as one line; the title ends where the form's title ends
    h = one("Item 2.02 Results of Operations and Financial Condition On April 24, 2008, Acme "
            "Widget Corporation issued a press release announcing its first quarter results.\n")
    assert (h.title, h.inline_text) == (
        "Results of Operations and Financial Condition",
        "On April 24, 2008, Acme Widget Corporation issued a press release announcing its first"
        " quarter results.")
    h = one("Item 9.01 Financial Statements and Exhibits (d) Exhibits. 99.1 Press release.\n")
    assert (h.title, h.inline_text) == ("Financial Statements and Exhibits",
                                        "(d) Exhibits. 99.1 Press release.")
    # words that carry the title on stay in it
    h = one("Item 5. Other Events and Regulation FD Disclosure\n\nOn June 2, 2003, the")
    assert (h.title, h.inline_text) == ("Other Events and Regulation FD Disclosure", None)
    h = one("ITEM 3. LEGAL PROCEEDINGS AGAINST THE COMPANY AND ITS SUBSIDIARIES\n", "10-K")
    assert h.title == "LEGAL PROCEEDINGS AGAINST THE COMPANY AND ITS SUBSIDIARIES"
    h = one("Item 1.01 Entry into a Material Definitive Agreement With Bank Of America, N.A.\n")
    # (the initials' period is the bank's, not a stop: the title as printed, round 56)
    assert h.title == "Entry into a Material Definitive Agreement With Bank Of America, N.A."


def test_answer_after_a_dash_is_the_items_text():
    # 1990s 10-Q, Part II: "Item 1.   Legal Proceedings - None"
    text = ("PART II.  OTHER INFORMATION\n\nItem 1.   Legal Proceedings - None\n\n"
            "Item 4.   Submission of Matters to a Vote of Security Holders -- None.\n\n"
            "Item 6.   Exhibits and Reports on Form 8-K\n")
    found = [(h.numbers, h.title, h.inline_text) for h in scan(text, "10-Q")
             if h.kind == "item"]
    assert found == [(["1"], "Legal Proceedings", "None"),
                     (["4"], "Submission of Matters to a Vote of Security Holders", "None."),
                     (["6"], "Exhibits and Reports on Form 8-K", None)]


def test_text_under_a_bare_heading_is_not_its_title():
    # 1990s 10-K, Part III: "ITEM 12." with the answer on the next line
    h = one("ITEM 12.\n\n     Incorporated by reference to the Proxy Statement.\n", "10-K")
    assert h.title is None
    h = one("ITEMS 10, 11, 12 AND 13.\n\n     Incorporated herein by reference to the "
            "Proxy Statement.\n", "10-K")
    assert (h.numbers, h.title) == (["10", "11", "12", "13"], None)
    # a short title under the heading still is one
    h = one("Item 5.\n\nThe Merger\n\n     On March 3, 1997, the Registrant and Beta Corp.")
    assert h.title == "The Merger"


def test_title_below_an_underlined_bare_heading():
    text = ("Item 5.\n- -------\n\nOther Events\n- ------------\n\n     On March 3, 1997, the "
            "Registrant announced a merger.\n")
    h = one(text)
    assert h.title == "Other Events"
    assert text[h.body_start:].strip().startswith("On March 3, 1997")


def test_item_no_spelling():
    h = one("Item No. 5.  Other Events.\n\n     On March 3, 1997, the Registrant announced")
    assert (h.numbers, h.title) == (["5"], "Other Events")


def test_long_form_title_hung_under_its_first_letter():
    # Form 8-K's long wording of Item 7, wrapped without a conjunction at the break
    h = one("ITEM 7.  FINANCIAL STATEMENTS, PRO FORMA FINANCIAL\n"
            "         INFORMATION AND EXHIBITS.\n\n     (c)  Exhibits.\n")
    assert h.title == "FINANCIAL STATEMENTS, PRO FORMA FINANCIAL INFORMATION AND EXHIBITS"
    h = one("Item 7.  Financial Statements, Pro Forma Financial\n"
            "         Information and Exhibits\n\n         (c)  Exhibits.\n")
    assert h.title == "Financial Statements, Pro Forma Financial Information and Exhibits"
    # a complete title does not take in the line hung under it
    h = one("ITEM 2.  ACQUISITION OR DISPOSITION OF ASSETS\n"
            "         ACQUISITION OF BETA CORPORATION\n\n     On March 3, 1997, the Registrant")
    assert h.title == "ACQUISITION OR DISPOSITION OF ASSETS"


def test_title_hyphenated_at_the_line_end():
    h = one("ITEM 2.03  CREATION OF A DIRECT FINANCIAL OBLIGATION OR AN OBLIGATION UNDER AN OFF-\n"
            "           BALANCE SHEET ARRANGEMENT OF A REGISTRANT\n\n     The information")
    assert h.title == ("CREATION OF A DIRECT FINANCIAL OBLIGATION OR AN OBLIGATION UNDER AN "
                       "OFF-BALANCE SHEET ARRANGEMENT OF A REGISTRANT")


def test_run_in_text_split_on_the_heading_line_keeps_its_period():
    text = ("ITEM 8.01. OTHER EVENTS.  On May 1, 2008, the Company announced a dividend of\n"
            "$0.10 per share payable June 1, 2008.\n\nITEM 9.01.")
    h = scan(text, "8-K")[0]
    assert (h.title, h.inline_text) == ("OTHER EVENTS",
                                        "On May 1, 2008, the Company announced a dividend of")
    assert text[h.body_start:].strip().startswith("$0.10 per share payable June 1, 2008.")


def test_number_and_title_with_no_space_between():
    # HTML 8-K spacing the title off with an empty inline block: "Item 2.02Results of ..."
    h = one("Item 2.02Results of Operations and Financial Condition.\n\nOn May 1, 2008, the")
    assert (h.numbers, h.title) == (["2.02"], "Results of Operations and Financial Condition")
    # a 10-K number followed by letters is no heading
    assert [x for x in scan("Item 1Business\n", "10-K") if x.kind == "item"] == []


def test_contents_line_wrapped_before_its_page_number():
    text = ("Item 7.   Management's Discussion and Analysis of Financial\n"
            "          Condition and Results of Operations...........................   12\n"
            "Item 8.   Financial Statements and Supplementary Data.................   20\n"
            "Item 9.   Changes in and Disagreements with Accountants on Accounting\n"
            "          and Financial Disclosure                                      21\n")
    assert [(h.numbers, h.toc) for h in scan(text, "10-K")] == [
        (["7"], True), (["8"], True), (["9"], True)]


def test_sub_paragraph_references_ending_a_wrapped_sentence():
    # an 8-K/A's explanatory note: no "Item 9" titled "01(a)(4)", no bare "Item 5.02"
    text = ("     This Amendment No. 1 is being filed to include the financial statements\n"
            "required by Item 9.01(a), which were omitted from the Original Report in reliance on\n"
            "Item 9.01(a)(4).  The information required by Item 5.02(e) is in the response "
            "under\nItem 5.02(e).\n\nItem 9.01  Financial Statements and Exhibits.\n")
    assert [(h.numbers, h.title) for h in scan(text, "8-K")] == [
        (["9.01"], "Financial Statements and Exhibits")]
    # a period before a digit is no separator: this line holds no "Item 9"
    text = ("within the time allowed.\nItem 9.01(a)(4) of Form 8-K permits the Company to "
            "file them by amendment.\n")
    assert scan(text, "8-K") == []


def test_combined_heading_with_a_title_per_number():
    # "Items 2.02 and 7.01." over both titles, each ending in its period (laid out as 2005-2010
    # earnings 8-Ks print it; the corpus has none): the second title is no text
    h = one("Items 2.02 and 7.01. Results of Operations and Financial Condition. Regulation FD "
            "Disclosure.\n\nOn July 27, 2006, Acme Corp. issued a press release announcing")
    assert (h.numbers, h.title, h.inline_text) == (
        ["2.02", "7.01"],
        "Results of Operations and Financial Condition. Regulation FD Disclosure", None)
    # run into the text on the same line: the split falls after the last title
    h = one("Items 7.01 and 8.01. Regulation FD Disclosure. Other Events. On May 1, 2008, Acme "
            "Corp. announced a dividend.\n")
    assert (h.title, h.inline_text) == ("Regulation FD Disclosure. Other Events",
                                        "On May 1, 2008, Acme Corp. announced a dividend.")


def test_spelled_out_item_number():
    # 1990s 8-Ks spell the number out ("ITEM FIVE. OTHER EVENTS"; the corpus has none)
    h = one("ITEM FIVE. OTHER EVENTS\n\n     On March 3, 1997, the Registrant announced")
    assert (h.numbers, h.title) == (["5"], "OTHER EVENTS")
    h = one("Item Seven.  Financial Statements and Exhibits.\n\n(c) Exhibits\n")
    assert (h.numbers, h.title) == (["7"], "Financial Statements and Exhibits")
    # not a number: "ITEM NONE", a lower-case word
    assert [x for x in scan("Item one of the Plan\nITEM NONE\n", "8-K") if x.kind == "item"] == []


def test_temporary_item_t_of_smaller_companies():
    # 10-Qs of 2008-2010 (smaller reporting companies): "Item 4T. Controls and Procedures"
    # is the form's Item 4 of Part I, as "Item 4(T)" and the 10-K's "Item 9A(T)" read
    h = one("ITEM 4T.  CONTROLS AND PROCEDURES\n\n     Our management, with the participation "
            "of our Chief Executive Officer,\n", "10-Q")
    assert (h.numbers, h.title) == (["4"], "CONTROLS AND PROCEDURES")
    h = one("Item 4T. Controls and Procedures\n", "10-Q")
    assert h.numbers == ["4"]
