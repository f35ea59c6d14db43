"""Items of 2008-2025 HTML 10-Ks, round 27b: headings as Workiva and Donnelley print them,
rendered through the project's html_to_text."""

from __future__ import annotations

from filing2json.parsers.sections.items import find_items
from filing2json.parsers.text.html_text import html_to_text

_MDA = "Management&#8217;s Discussion and Analysis of Financial Condition and Results of Operations"


def _para(text: str) -> str:
    return f"<div><span style='font-family:Arial;font-size:10pt'>{text}</span></div>"


def _page_top(head: str) -> str:
    # a page break, then the link (or the company's name) Workiva sets atop every page
    return ("<div style='text-align:center'><span>31</span></div>"
            "<hr style='page-break-after:always'/>" + head)


def test_bare_item_number_under_a_page_top_link_with_its_title_below_is_a_heading():
    # 2020s Workiva 10-K: "ITEM 7." and its title in two blocks, right under the page's
    # "Table of Contents" link (or the company's name); neither ends a sentence to continue
    heads = ("<div><a href='#toc'><span style='font-size:8pt'>Table of Contents</span></a></div>",
             "<div style='text-align:right'><span style='font-size:8pt'>Acme Pump Corporation"
             "</span></div>")
    for head in heads:
        html = ("<html><body>" + _para("FORM 10-K")
                + "<div><span style='font-weight:700'>PART II</span></div>"
                + "<div><span style='font-weight:700'>Item 6.&#160;&#160;[Reserved]</span></div>"
                + _page_top(head)
                + "<div><span style='font-weight:700'>ITEM 7.</span></div>"
                + f"<div><span style='font-weight:700'>{_MDA}</span></div>"
                + _para("The following discussion should be read in conjunction with the "
                        "consolidated financial statements and accompanying notes.")
                + "<div><span style='font-weight:700'>ITEM 7A.&#160;&#160;Quantitative and "
                  "Qualitative Disclosures About Market Risk</span></div>"
                + _para("The Company is exposed to interest rate risk on its term loans.")
                + "<div style='text-align:center'>SIGNATURES</div></body></html>")
        spans = {s.number: s for s in find_items(html_to_text(html), "10-K")}
        assert list(spans) == ["6", "7", "7A"], head
        assert spans["6"].title == "[Reserved]"
        assert spans["7"].title == ("Management\u2019s Discussion and Analysis of Financial "
                                    "Condition and Results of Operations")
        assert spans["7"].standard_title == ("Management's Discussion and Analysis of "
                                             "Financial Condition and Results of Operations")
        assert spans["7"].text.startswith("The following discussion should be read")

    # while a line left hanging on "in" goes on into the bare "Item 7." (a mention)
    text = ("ITEM 5.  MARKET FOR REGISTRANT'S COMMON EQUITY AND RELATED STOCKHOLDER MATTERS\n\n"
            "Information on the market for the Company's common stock is included in\n"
            "Item 7.\n"
            "Management's Discussion and Analysis of Financial Condition and Results of\n"
            "Operations appears on page 12 of the Annual Report.\n\n"
            "ITEM 7.  MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND RESULTS "
            "OF OPERATIONS\n\n"
            "Net sales increased 5% in 2008.\n\n"
            "ITEM 8.  FINANCIAL STATEMENTS AND SUPPLEMENTARY DATA\n\n"
            "See the Index to Financial Statements.\n")
    spans = find_items(text, "10-K")
    assert [s.number for s in spans] == ["5", "7", "8"]
    assert "included in\nItem 7." in spans[0].text
