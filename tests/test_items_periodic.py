"""find_items on periodic reports (10-K, 10-K405, 10-KSB, 10-Q, 10-QSB, 20-F), 1993-2025, in
the layouts EDGAR filings print: titles a 10-KSB or 1990s 10-Q shares in part with a newer
form's, titles set over two HTML blocks, and the like. The texts are written as filings of
their era print them; HTML goes through the project's html_to_text."""

from __future__ import annotations

from filing2json.parsers.sections.items import find_items
from filing2json.parsers.text.html_text import html_to_text


def test_10qsb_exhibits_and_reports_on_form_8k_upper_case_title_kept_whole():
    # 10-QSB of 1998: the title opens with the current form's "Exhibits", but the whole
    # heading is the older title; its last words are no text ("8-K" is a figure)
    text = (
        "                          PART II - OTHER INFORMATION\n\n"
        "ITEM 5.  OTHER INFORMATION\n\n     None.\n\n"
        "ITEM 6.  EXHIBITS AND REPORTS ON FORM 8-K\n\n"
        "     (a)  Exhibit 27 - Financial Data Schedule\n\n"
        "     (b)  No reports on Form 8-K were filed during the quarter.\n\n"
        "                                   SIGNATURES\n\n"
        "     In accordance with the requirements of the Exchange Act, the registrant\n"
        "caused this report to be signed on its behalf by the undersigned, thereunto\n"
        "duly authorized.\n")
    spans = find_items(text, "10-QSB")
    assert [(s.number, s.title, s.standard_title) for s in spans] == [
        ("5", "OTHER INFORMATION", "Other Information"),
        ("6", "EXHIBITS AND REPORTS ON FORM 8-K", "Exhibits and Reports on Form 8-K")]
    assert spans[1].text == (
        "(a)  Exhibit 27 - Financial Data Schedule\n\n"
        "     (b)  No reports on Form 8-K were filed during the quarter.")


def test_10ksb_item_13_exhibits_and_reports_on_form_8k():
    text = (
        "ITEM 12. CERTAIN RELATIONSHIPS AND RELATED TRANSACTIONS\n\n     None.\n\n"
        "ITEM 13. EXHIBITS AND REPORTS ON FORM 8-K\n\n"
        "     (a)  Exhibits:  3.1  Articles of Incorporation\n\n"
        "     (b)  No reports on Form 8-K were filed in the fourth quarter of 2003.\n\n"
        "ITEM 14. PRINCIPAL ACCOUNTANT FEES AND SERVICES\n\n"
        "     The information is incorporated by reference to the Proxy Statement.\n")
    spans = find_items(text, "10-KSB")
    assert spans[1].title == "EXHIBITS AND REPORTS ON FORM 8-K"
    assert spans[1].text.startswith("(a)  Exhibits:  3.1  Articles of Incorporation")


def test_title_set_over_two_html_blocks_is_joined():
    # Microsoft's 2004 10-K: "ITEM 7. MANAGEMENT'S DISCUSSION AND ANALYSIS OF" and
    # "FINANCIAL CONDITION AND RESULTS OF OPERATIONS" in two paragraphs, under a running head
    html = (
        "<html><body><p>Part II</p><p>Item 7</p>"
        "<p><b>ITEM 7. MANAGEMENT\u2019S DISCUSSION AND ANALYSIS OF</b></p>"
        "<p><b>FINANCIAL CONDITION AND RESULTS OF OPERATIONS</b></p>"
        "<p><b>RESULTS OF OPERATIONS FOR 2002, 2003, AND 2004</b></p>"
        "<p>Management\u2019s Discussion and Analysis (MD&amp;A) contains statements that are "
        "forward-looking.</p>"
        "<p><b>ITEM 9. CHANGES IN AND DISAGREEMENTS WITH ACCOUNTANTS</b></p>"
        "<p><b>ON ACCOUNTING AND FINANCIAL DISCLOSURE</b></p><p>None.</p>"
        "<p><b>ITEM 9A. CONTROLS AND PROCEDURES</b></p>"
        "<p>Under the supervision and with the participation of our management, we have "
        "evaluated the effectiveness of our disclosure controls.</p></body></html>")
    spans = find_items(html_to_text(html), "10-K")
    assert [(s.number, s.title) for s in spans] == [
        ("7", "MANAGEMENT\u2019S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND RESULTS OF"
              " OPERATIONS"),
        ("9", "CHANGES IN AND DISAGREEMENTS WITH ACCOUNTANTS ON ACCOUNTING AND FINANCIAL"
              " DISCLOSURE"),
        ("9A", "CONTROLS AND PROCEDURES")]
    assert spans[0].text.startswith("RESULTS OF OPERATIONS FOR 2002, 2003, AND 2004\n\n")
    assert spans[1].text == "None."


def test_title_left_hanging_on_and_over_a_blank_line():
    # (a complete title is not carried on over the blank line to a sub-heading: "OVERVIEW")
    html = ("<html><body><p><b>ITEM 7A. QUANTITATIVE AND QUALITATIVE DISCLOSURES ABOUT MARKET "
            "RISK</b></p><p><b>INTEREST RATE RISK</b></p><p>Our exposure to market risk for "
            "changes in interest rates relates to our revolving credit facility.</p>"
            "<p><b>ITEM 8. FINANCIAL STATEMENTS AND</b></p>"
            "<p><b>SUPPLEMENTARY DATA</b></p>"
            "<p>The financial statements listed in Item 15 are filed as part of this report "
            "beginning on page F-1.</p></body></html>")
    spans = find_items(html_to_text(html), "10-K")
    assert [(s.number, s.title) for s in spans] == [
        ("7A", "QUANTITATIVE AND QUALITATIVE DISCLOSURES ABOUT MARKET RISK"),
        ("8", "FINANCIAL STATEMENTS AND SUPPLEMENTARY DATA")]
    assert spans[0].text.startswith("INTEREST RATE RISK\n\nOur exposure")
    assert spans[1].text.startswith("The financial statements listed in Item 15")



def test_bold_heading_with_typographic_apostrophe_run_into_its_paragraph():
    # HTML 10-Q: "Management\u2019s" (a curly apostrophe) in a bold heading run into its text
    html = ("<html><body><p><b>PART I. FINANCIAL INFORMATION</b></p>"
            "<p><b>Item 2. Management\u2019s Discussion and Analysis of Financial Condition and "
            "Results of Operations</b> The following discussion and analysis should be read in "
            "conjunction with our condensed consolidated financial statements.</p>"
            "<p><b>Item 3. Quantitative and Qualitative Disclosures About Market Risk</b> There "
            "have been no material changes in our market risk since December 31, 2011.</p>"
            "</body></html>")
    spans = find_items(html_to_text(html), "10-Q")
    assert [(s.number, s.title) for s in spans] == [
        ("2", "Management\u2019s Discussion and Analysis of Financial Condition and Results of "
              "Operations"),
        ("3", "Quantitative and Qualitative Disclosures About Market Risk")]
    assert spans[0].text == ("The following discussion and analysis should be read in "
                             "conjunction with our condensed consolidated financial statements.")


def test_item_mention_wrapped_to_a_line_start_after_a_preposition_is_no_heading():
    # a text 10-K of 1999: lines wrapped at 80 columns put a mention of "Item 7." / "Item 8."
    # at a line start, its title in title case; the line above hangs on "under" / "in"
    text = (
        "ITEM 1.  BUSINESS\n\n"
        "     The Company manufactures industrial pumps.  Certain risks relating to\n"
        "the Company's foreign operations are discussed in \"Foreign Operations\" under\n"
        "Item 7. Management's Discussion and Analysis of Financial Condition and\n"
        "Results of Operations, which is incorporated herein by reference.  The\n"
        "Company employed approximately 2,100 persons at December 31, 1999.\n\n"
        "ITEM 2.  PROPERTIES\n\n"
        "     The Company owns its principal plant in Erie, Pennsylvania, as described\n"
        "in Note 6 to the Consolidated Financial Statements included in\n"
        "Item 8. Financial Statements and Supplementary Data.\n\n"
        "ITEM 3.  LEGAL PROCEEDINGS\n\n     None.\n\n"
        "ITEM 7.  MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND\n"
        "         RESULTS OF OPERATIONS\n\n     Net sales increased 5% in 1999.\n\n"
        "ITEM 8.  FINANCIAL STATEMENTS AND SUPPLEMENTARY DATA\n\n"
        "     See pages F-1 through F-20.\n")
    spans = find_items(text, "10-K")
    assert [s.number for s in spans] == ["1", "2", "3", "7", "8"]
    assert spans[0].text.endswith(
        "Company employed approximately 2,100 persons at December 31, 1999.")
    assert spans[1].text.endswith("Item 8. Financial Statements and Supplementary Data.")
    assert spans[4].text == "See pages F-1 through F-20."


def test_10k_lettered_items_printed_with_a_period():
    # "ITEM 1.A." for Item 1A (smaller filers' 10-Ks of 2006 on): no second Item 1
    text = (
        "ITEM 1.  BUSINESS\n\n     Harbor Pumps, Inc. makes centrifugal pumps.\n\n"
        "ITEM 1.A.  RISK FACTORS\n\n     Our sales depend on municipal budgets.\n\n"
        "ITEM 1.B.  UNRESOLVED STAFF COMMENTS\n\n     None.\n\n"
        "ITEM 2.  PROPERTIES\n\n     We own our plant in Racine, Wisconsin.\n\n"
        "ITEM 9.A.  CONTROLS AND PROCEDURES\n\n"
        "     Our disclosure controls and procedures were effective.\n")
    spans = find_items(text, "10-K")
    assert [(s.number, s.title, s.standard_title) for s in spans] == [
        ("1", "BUSINESS", "Business"),
        ("1A", "RISK FACTORS", "Risk Factors"),
        ("1B", "UNRESOLVED STAFF COMMENTS", "Unresolved Staff Comments"),
        ("2", "PROPERTIES", "Properties"),
        ("9A", "CONTROLS AND PROCEDURES", "Controls and Procedures")]
    assert spans[0].text == "Harbor Pumps, Inc. makes centrifugal pumps."


def test_20f_lettered_parts_of_an_item_stay_in_it():
    # a 20-F prints its items' parts "Item 5.A. Operating Results": part of Item 5, whose
    # own heading keeps its title and its text runs over all the parts
    html = (
        "<html><body><p><b>ITEM 4A. UNRESOLVED STAFF COMMENTS</b></p><p>None.</p>"
        "<p><b>ITEM 5. OPERATING AND FINANCIAL REVIEW AND PROSPECTS</b></p>"
        "<p><b>Item 5.A. Operating Results</b></p>"
        "<p>Revenues were $412.3 million in 2023.</p>"
        "<p><b>Item 5.B. Liquidity and Capital Resources</b></p>"
        "<p>We had cash of $88.1 million at December 31, 2023.</p>"
        "<p><b>ITEM 6. DIRECTORS, SENIOR MANAGEMENT AND EMPLOYEES</b></p>"
        "<p>Our board has seven members.</p></body></html>")
    spans = find_items(html_to_text(html), "20-F")
    assert [(s.number, s.title) for s in spans] == [
        ("4A", "UNRESOLVED STAFF COMMENTS"),
        ("5", "OPERATING AND FINANCIAL REVIEW AND PROSPECTS"),
        ("6", "DIRECTORS, SENIOR MANAGEMENT AND EMPLOYEES")]
    assert spans[1].text == (
        "Item 5.A. Operating Results\n\nRevenues were $412.3 million in 2023.\n\n"
        "Item 5.B. Liquidity and Capital Resources\n\n"
        "We had cash of $88.1 million at December 31, 2023.")


def test_10q_title_carried_on_in_lower_case_in_the_next_html_block():
    # "Item 2. Management's Discussion and Analysis of Financial Condition" / "and Results of
    # Operations" in two paragraphs of an HTML 10-Q
    html = ("<html><body><p><b>PART I. FINANCIAL INFORMATION</b></p>"
            "<p><b>Item 2. Management's Discussion and Analysis of Financial Condition</b></p>"
            "<p><b>and Results of Operations</b></p>"
            "<p>Net revenues for the quarter ended March 31, 2010 were $18.4 million.</p>"
            "<p><b>Item 4. Controls and Procedures</b></p>"
            "<p>Our disclosure controls and procedures were effective.</p></body></html>")
    spans = find_items(html_to_text(html), "10-Q")
    assert [(s.number, s.title) for s in spans] == [
        ("2", "Management's Discussion and Analysis of Financial Condition and Results of "
              "Operations"),
        ("4", "Controls and Procedures")]
    assert spans[0].text == "Net revenues for the quarter ended March 31, 2010 were $18.4 million."
    assert spans[1].text == "Our disclosure controls and procedures were effective."
