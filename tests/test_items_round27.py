"""Items, round 27: the smaller companies' temporary "(T)" items (2008-2010), "not applicable"
sentences and dash ranges over several items (1990s 10-Qs), items named in a sentence at a
line start, and the company's name as a running head of HTML pages. The texts are written as
filings of their era print them; HTML goes through the project's html_to_text."""

from __future__ import annotations

from filing2json.parsers.sections.items import find_items
from filing2json.parsers.text.html_text import html_to_text

_CONTROLS = ("     Our Chief Executive Officer and Chief Financial Officer evaluated the\n"
             "effectiveness of our disclosure controls and procedures as of December 31, 2008.\n\n")


def test_temporary_t_items_spaced_unbracketed_and_10qsb_3a_t():
    # 10-K of 2008: "ITEM 9A (T)." (a space before the mark), "ITEM 9AT." (no brackets)
    for heading in ("ITEM 9A (T).  CONTROLS AND PROCEDURES", "ITEM 9AT.  CONTROLS AND PROCEDURES",
                    "Item 9A (T) - Controls and Procedures"):
        text = ("ITEM 9.  CHANGES IN AND DISAGREEMENTS WITH ACCOUNTANTS ON ACCOUNTING AND\n"
                "         FINANCIAL DISCLOSURE\n\n     None.\n\n" + heading + "\n\n" + _CONTROLS
                + "ITEM 9B.  OTHER INFORMATION\n\n     None.\n")
        spans = find_items(text, "10-K")
        assert [(s.number, s.title.upper(), s.standard_title) for s in spans] == [
            ("9", "CHANGES IN AND DISAGREEMENTS WITH ACCOUNTANTS ON ACCOUNTING AND FINANCIAL "
                  "DISCLOSURE", "Changes in and Disagreements With Accountants on Accounting "
                  "and Financial Disclosure"),
            ("9A", "CONTROLS AND PROCEDURES", "Controls and Procedures"),
            ("9B", "OTHER INFORMATION", "Other Information")], heading
        assert spans[0].text == "None."
        assert spans[1].text.startswith("Our Chief Executive Officer and Chief Financial")
    # 10-QSB of 2008: "Item 3A(T)" stands for the form's Item 3, "Controls and Procedures"
    text = ("                         PART I - FINANCIAL INFORMATION\n\n"
            "Item 2.  Management's Discussion and Analysis or Plan of Operation\n\n"
            "     Revenues for the quarter were $1,204,311, up from $987,650.\n\n"
            "Item 3A(T).  Controls and Procedures\n\n" + _CONTROLS
            + "                          PART II - OTHER INFORMATION\n\n"
            "Item 1.  Legal Proceedings\n\n     None.\n")
    spans = find_items(text, "10-QSB")
    assert [(s.number, s.title, s.standard_title) for s in spans] == [
        ("2", "Management's Discussion and Analysis or Plan of Operation",
         "Management's Discussion and Analysis or Plan of Operation"),
        ("3", "Controls and Procedures", "Controls and Procedures"),
        ("1", "Legal Proceedings", "Legal Proceedings")]
    assert spans[0].text == "Revenues for the quarter were $1,204,311, up from $987,650."
    assert spans[1].text.startswith("Our Chief Executive Officer")


def _ten_q(line: str) -> str:
    return ("                          PART II - OTHER INFORMATION\n\n"
            "Item 1.  Legal Proceedings\n\n"
            "     The Company is a party to ordinary routine litigation incidental to its\n"
            "business.\n\n" + line + "\n\n"
            "Item 6.  Exhibits and Reports on Form 8-K\n\n"
            "     (a)  Exhibit 27 - Financial Data Schedule\n\n"
            "                                   SIGNATURES\n")


def test_sentence_saying_items_are_not_applicable_ends_the_item_above_and_is_no_item():
    # 10-Qs of the 1990s: the sentence stood in Item 1's text (mixed case) or made items 2-5
    # titled "ARE NOT APPLICABLE AND HAVE BEEN OMITTED" (capitals)
    for line in ("Items 2, 3, 4 and 5 are not applicable and have been omitted.",
                 "ITEMS 2, 3, 4 AND 5 ARE NOT APPLICABLE AND HAVE BEEN OMITTED.",
                 "Items 3, 4 and 5 are omitted because they are not applicable.",
                 "Item 2 is not applicable.",
                 # a dash range after "Items" ("ITEMS 2 - 5." gave an item 2 titled "5")
                 "ITEMS 2 - 5.  NOT APPLICABLE",
                 "Items 2-5.  None."):
        spans = find_items(_ten_q(line), "10-Q")
        assert [(s.number, s.title, s.text) for s in spans] == [
            ("1", "Legal Proceedings",
             "The Company is a party to ordinary routine litigation incidental to its\n"
             "business."),
            ("6", "Exhibits and Reports on Form 8-K",
             "(a)  Exhibit 27 - Financial Data Schedule")], line
    # a single item answered on its heading line is still an item
    spans = find_items(_ten_q("Item 3.  Defaults Upon Senior Securities - None."), "10-Q")
    assert [(s.number, s.title, s.text) for s in spans][1] == (
        "3", "Defaults Upon Senior Securities", "None.")


_PARA = ("<p>We design, manufacture and sell industrial pumps and valves for the oil and gas, "
         "chemical and water industries.</p>")


def test_item_named_in_a_sentence_at_a_line_start_is_no_heading():
    # an HTML paragraph opening with the item and its title, then the sentence goes on: it
    # ended Item 1 and stood as an item of its own
    for sentence in (
            "Item 1A \u2014 Risk Factors in this Form 10-K describes the risks we face.",
            "Item 8 (Financial Statements and Supplementary Data) of this report includes our "
            "audited consolidated financial statements.",
            "Item 3. Legal Proceedings in Note 12 is incorporated herein by reference."):
        html = ("<html><body><p><b>Item 1. Business</b></p>" + _PARA + f"<p>{sentence}</p>"
                "<p><b>Item 1A. Risk Factors</b></p>" + _PARA
                + "<p><b>Item 2. Properties</b></p><p>We lease our headquarters.</p>"
                "</body></html>")
        spans = find_items(html_to_text(html), "10-K")
        assert [(s.number, s.title) for s in spans] == [
            ("1", "Business"), ("1A", "Risk Factors"), ("2", "Properties")], sentence
        assert spans[0].text.endswith(sentence)
    # plain text: the sentence wrapped after a full stop
    text = ("ITEM 1.  BUSINESS\n\n"
            "     The Company is subject to legal proceedings arising in the ordinary course\n"
            "of business. The information in\n"
            "Item 3. Legal Proceedings is incorporated herein by reference to Note 12 of\n"
            "the Notes to the Consolidated Financial Statements.\n\n"
            "ITEM 2.  PROPERTIES\n\n     The Company owns its plant in Dayton, Ohio.\n")
    spans = find_items(text, "10-K")
    assert [(s.number, s.title) for s in spans] == [("1", "BUSINESS"), ("2", "PROPERTIES")]
    assert spans[0].text.endswith("the Notes to the Consolidated Financial Statements.")
    # titles that carry on without a verb stay titles (20-F of 2001: "Reserved for future use")
    text = ("Item 14.  Material Modifications to the Rights of Security Holders and Use of\n"
            "          Proceeds\n\nNone\n\n"
            "Item 15.  Reserved for future use\n\nNot applicable\n\n"
            "Item 16.  Reserved for future use\n\nNot applicable\n")
    assert [(s.number, s.title) for s in find_items(text, "20-F")] == [
        ("14", "Material Modifications to the Rights of Security Holders and Use of Proceeds"),
        ("15", "Reserved for future use"), ("16", "Reserved for future use")]


_COVER = ("<p align=center><b>UNITED STATES SECURITIES AND EXCHANGE COMMISSION</b></p>"
          "<p align=center><b>FORM 10-K</b></p>"
          "<p align=center><b>ACME PUMP CORPORATION</b></p>"
          "<p align=center>(Exact name of registrant as specified in its charter)</p>")
_LONG = _PARA.replace("</p>", " Our products are sold through distributors in North America, "
                      "Europe and Asia, and through our own sales force.</p>") * 10


def _pages(bodies: list[str], foot: str, head: str = "") -> str:
    """HTML pages: `head` atop each, `foot` (with {n}, the page number) under each."""
    return "".join(head + body + foot.format(n=n) + "<hr style='page-break-after:always'>"
                   for n, body in enumerate(bodies, 1))


_BODIES = ["<p>PART I</p><p><b>ITEM 1. BUSINESS</b></p>" + _LONG, _LONG,
           "<p><b>ITEM 1A. RISK FACTORS</b></p>" + _LONG, _LONG,
           "<p><b>ITEM 2. PROPERTIES</b></p>" + _LONG,
           "<p><b>ITEM 3. LEGAL PROCEEDINGS</b></p><p>None.</p>"]


def test_company_name_atop_each_html_page_is_no_item_text():
    # the name alone atop every page (a lone page number under each is dropped by
    # html_to_text, the break leaves a blank line): in capitals as on the cover, or not
    for head in ("<p align=right>ACME PUMP CORPORATION</p>",
                 "<p align=right><font size=1>Acme Pump Corporation</font></p>",
                 "<div style='text-align:right'>ACME PUMP CORPORATION</div>"):
        html = ("<html><body>" + _COVER + _pages(_BODIES, "<p align=center>{n}</p>", head)
                + "<p align=center>SIGNATURES</p></body></html>")
        spans = find_items(html_to_text(html), "10-K")
        assert [s.number for s in spans] == ["1", "1A", "2", "3"], head
        assert [s.text.upper().count("ACME PUMP") for s in spans] == [0, 0, 0, 0], head
        assert spans[3].text == "None."
    # the name heading the financial statements of Item 8, and once in Item 1, stays
    statements = "".join(
        f"<p align=center>ACME PUMP CORPORATION</p><p align=center>{title}</p>" + _LONG
        for title in ("CONSOLIDATED BALANCE SHEETS", "CONSOLIDATED STATEMENTS OF INCOME",
                      "CONSOLIDATED STATEMENTS OF CASH FLOWS",
                      "NOTES TO CONSOLIDATED FINANCIAL STATEMENTS"))
    html = ("<html><body>" + _COVER + "<p><b>ITEM 1. BUSINESS</b></p>" + _LONG
            + "<p>ACME PUMP CORPORATION</p>" + _LONG
            + "<p><b>ITEM 7. MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND "
            "RESULTS OF OPERATIONS</b></p>" + _LONG
            + "<p><b>ITEM 8. FINANCIAL STATEMENTS AND SUPPLEMENTARY DATA</b></p>" + statements
            + "<p><b>ITEM 9. CHANGES IN AND DISAGREEMENTS WITH ACCOUNTANTS ON ACCOUNTING AND "
            "FINANCIAL DISCLOSURE</b></p><p>None.</p></body></html>")
    spans = find_items(html_to_text(html), "10-K")
    assert [(s.number, s.text.count("ACME PUMP CORPORATION")) for s in spans] == [
        ("1", 1), ("7", 0), ("8", 4), ("9", 0)]


def test_company_name_beside_the_page_number_is_no_item_text():
    # a footer of the name and the page number, in a paragraph or a table row
    for foot in ("<p>Acme Pump Corporation&nbsp;&nbsp;&nbsp;{n}</p>",
                 "<table><tr><td>ACME PUMP CORPORATION</td><td align=right>{n}</td></tr>"
                 "</table>"):
        html = ("<html><body>" + _COVER.replace("ACME PUMP CORPORATION", "Acme Pump Corporation")
                + _pages(_BODIES, foot) + "<p align=center>SIGNATURES</p></body></html>")
        spans = find_items(html_to_text(html), "10-K")
        assert [s.number for s in spans] == ["1", "1A", "2", "3"], foot
        assert [s.text.upper().count("ACME PUMP") for s in spans] == [0, 0, 0, 0], foot
        assert spans[3].text == "None."


def test_one_line_headings_running_on_into_their_sentence_stay_items():
    # 1990s-2000s 10-Ks that incorporate their annual report print each item on one line;
    # the title runs on into "is incorporated ..." or "is not applicable": a heading, not a
    # sentence naming the item (found by an audit: they were folded into the item above)
    text = (
        "ITEM 1.  BUSINESS\n\n"
        "     Acme Widget Corporation makes widgets in Dayton, Ohio, and sells them to\n"
        "distributors throughout North America.\n\n"
        "Item 3. Legal Proceedings in which the Company is a party are described in Note 12\n"
        "to the Consolidated Financial Statements.\n\n"
        "Item 4. Submission of Matters to a Vote of Security Holders is not applicable.\n\n"
        "PART II\n\n"
        "Item 5. Market for Registrant's Common Equity and Related Stockholder Matters is\n"
        "incorporated herein by reference to page 45 of the 2003 Annual Report to Shareholders.\n\n"
        "Item 7. Management's Discussion and Analysis of Financial Condition and Results of\n"
        "Operations is incorporated herein by reference to pages 24 through 31 of the 2003\n"
        "Annual Report to Shareholders.\n\n"
        "Item 8. Financial Statements and Supplementary Data are incorporated herein by\n"
        "reference to pages 19 through 40 of the 2003 Annual Report to Shareholders.\n")
    spans = find_items(text, "10-K")
    assert [s.number for s in spans] == ["1", "3", "4", "5", "7", "8"]
    assert spans[0].text.endswith("distributors throughout North America.")


def test_a_paragraph_opening_with_an_item_not_applicable_stays_in_its_item():
    # one sentence saying an item is not applicable ends the item above; a paragraph that
    # goes on after it is that item's text (found by an audit: the rest of Item 1 was lost)
    text = (
        "ITEM 1.  BUSINESS\n\n"
        "     Acme Widget Corporation makes widgets in Dayton, Ohio.\n\n"
        "Item 2 is not applicable to the Company's subsidiaries, as each leases its offices "
        "from the Company. The Company owns its headquarters in Dallas.\n\n"
        "     The Company has 1,200 employees.\n\n"
        "ITEM 2.  PROPERTIES\n\n     The Company owns its plant in Dayton, Ohio.\n")
    spans = find_items(text, "10-K")
    assert [s.number for s in spans] == ["1", "2"]
    assert spans[0].text.endswith("The Company has 1,200 employees.")
    assert "owns its headquarters in Dallas" in spans[0].text


def test_company_name_over_statement_titles_in_three_items_stays():
    # the name over "SELECTED FINANCIAL DATA", each statement and "SCHEDULE II" (Items 6, 8
    # and 15) heads what follows it: no running head (found by an audit: all were cut)
    def over(title: str) -> str:
        return f"<p align=center>ACME PUMP CORPORATION</p><p align=center>{title}</p>" + _LONG
    html = ("<html><body>" + _COVER + "<p><b>ITEM 1. BUSINESS</b></p>" + _LONG
            + "<p><b>ITEM 6. SELECTED FINANCIAL DATA</b></p>" + over("SELECTED FINANCIAL DATA")
            + "<p><b>ITEM 8. FINANCIAL STATEMENTS AND SUPPLEMENTARY DATA</b></p>"
            + over("CONSOLIDATED BALANCE SHEETS") + over("CONSOLIDATED STATEMENTS OF INCOME")
            + over("CONSOLIDATED STATEMENTS OF CASH FLOWS")
            + "<p><b>ITEM 15. EXHIBITS AND FINANCIAL STATEMENT SCHEDULES</b></p>"
            + over("SCHEDULE II - VALUATION AND QUALIFYING ACCOUNTS") + "</body></html>")
    spans = find_items(html_to_text(html), "10-K")
    assert [(s.number, s.text.count("ACME PUMP CORPORATION")) for s in spans] == [
        ("1", 0), ("6", 1), ("8", 3), ("15", 1)]
