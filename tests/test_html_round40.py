"""Round 40: HTML rendering of ordered lists (numbered items, as a browser shows them)."""

from __future__ import annotations

from filing2json.parsers import parse
from filing2json.parsers.text.html_text import html_to_text

_RELEASE = """<html><body>
<p style="text-align:center"><b>Acme Industries Reports Second Quarter 2019 Results</b></p>
<p>CLEVELAND, Ohio, July 25, 2019 -- Acme Industries, Inc. (NYSE: ACME) today reported financial
results for the second quarter ended June 30, 2019.</p>
<p><b>Second Quarter Highlights:</b></p>
<ol>
<li>Net sales of $412.3 million, up 6.1% from the prior year quarter;</li>
<li>Diluted earnings per share of $0.87, compared with $0.71;</li>
<li>Operating cash flow of $58.4 million.</li>
</ol>
<p>&#8220;We delivered another strong quarter,&#8221; said Jane Doe, Chief Executive Officer of
Acme Industries.</p>
</body></html>"""

_SUBMISSION = """<SEC-DOCUMENT>0000950123-19-000001.txt : 20190725
<SEC-HEADER>0000950123-19-000001.hdr.sgml : 20190725
ACCESSION NUMBER:\t\t0000950123-19-000001
CONFORMED SUBMISSION TYPE:\t8-K
PUBLIC DOCUMENT COUNT:\t\t2
CONFORMED PERIOD OF REPORT:\t20190725
FILED AS OF DATE:\t\t20190725
FILER:
\tCOMPANY DATA:\t
\t\tCOMPANY CONFORMED NAME:\t\t\tACME INDUSTRIES INC
\t\tCENTRAL INDEX KEY:\t\t\t0000999999
</SEC-HEADER>
<DOCUMENT>
<TYPE>8-K
<SEQUENCE>1
<FILENAME>form8k.htm
<TEXT>
<html><body><p>FORM 8-K</p>
<p>Item 2.02 Results of Operations and Financial Condition.</p>
<p>On July 25, 2019, Acme Industries, Inc. issued a press release, attached as Exhibit 99.1.</p>
<p>Item 9.01 Financial Statements and Exhibits.</p>
<p>99.1 Press release dated July 25, 2019.</p></body></html>
</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>EX-99.1
<SEQUENCE>2
<FILENAME>ex991.htm
<TEXT>
""" + _RELEASE + """
</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>
"""


def test_ordered_list_items_read_with_their_numbers():
    html = ("<p>At the Annual Meeting, the stockholders voted on the following proposals:</p>"
            "<ol><li>the election of eight directors;</li>"
            "<li>the ratification of the appointment of Ernst &amp; Young LLP; and</li>"
            "<li>an advisory vote on executive compensation.</li></ol>"
            "<p>The final results are set forth below.</p>")
    lines = html_to_text(html).splitlines()
    assert "1. the election of eight directors;" in lines
    assert "2. the ratification of the appointment of Ernst & Young LLP; and" in lines
    assert "3. an advisory vote on executive compensation." in lines


def test_ordered_list_type_style_start_and_value():
    html = ('<ol type="a"><li>a plan of merger;</li><li>a stock purchase agreement.</li></ol>'
            '<ol start="3" style="list-style-type: lower-roman"><li>Article III</li>'
            '<li>Article IV</li></ol>'
            '<ol style="list-style: upper-alpha outside"><li>Stock Options</li>'
            '<li value="5">Restricted Stock Units</li><li>Performance Shares</li></ol>')
    lines = html_to_text(html).splitlines()
    assert "a. a plan of merger;" in lines and "b. a stock purchase agreement." in lines
    assert "iii. Article III" in lines and "iv. Article IV" in lines
    assert "A. Stock Options" in lines
    assert "E. Restricted Stock Units" in lines and "F. Performance Shares" in lines


def test_nested_ordered_list_numbers_each_level():
    html = ("<ol><li>Amendments to the Bylaws<ol type='a'><li>Section 2.3 is amended;</li>"
            "<li>Section 3.1 is deleted.</li></ol></li><li>Effective Date</li></ol>")
    lines = [line for line in html_to_text(html).splitlines() if line]
    assert lines == ["1. Amendments to the Bylaws", "a. Section 2.3 is amended;",
                     "b. Section 3.1 is deleted.", "2. Effective Date"]


def test_list_styled_none_shows_no_marker():
    # the bullet typed in the item's text is the only one a browser shows
    html = ('<ul style="list-style-type:none"><li>&#8226; Revenue of $1.2 billion</li>'
            '<li>&#8226; EPS of $0.45</li></ul>')
    lines = [line for line in html_to_text(html).splitlines() if line]
    assert lines == ["\u2022 Revenue of $1.2 billion", "\u2022 EPS of $0.45"]


def test_release_highlights_in_an_ordered_list():
    record = parse(_SUBMISSION.encode(), "0000950123-19-000001.txt")
    (release,) = record["press_releases"]
    assert release["highlights"] == [
        "Net sales of $412.3 million, up 6.1% from the prior year quarter;",
        "Diluted earnings per share of $0.87, compared with $0.71;",
        "Operating cash flow of $58.4 million.",
    ]
